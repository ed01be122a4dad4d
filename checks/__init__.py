"""Somevahti's guideline engine. Pure Python: never imports Qt.

    from checks import Engine, Post
    engine = Engine("kokkola", lang="fi")      # loads the pack once
    findings = engine.check(Post(channel="x", text="…"))
"""
from checks.engine import Engine
from checks.model import CATEGORIES, CHANNELS, ROLES, Finding, Fix, Media, Post, Severity
from checks.packs import Pack, PackError, load_pack

__all__ = ["CATEGORIES", "CHANNELS", "ROLES", "Engine", "Finding", "Fix", "Media", "Pack", "PackError",
           "Post", "Severity", "load_pack"]
