"""Guideline packs: TOML data that configures the checks."""
from checks.packs.errors import PackError
from checks.packs.loader import available_packs, load_pack, user_pack_dir
from checks.packs.pack import Pack

__all__ = ["Pack", "PackError", "available_packs", "load_pack", "user_pack_dir"]
