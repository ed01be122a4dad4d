"""Guideline packs: TOML data that configures the checks. Load one with
`checks.load_pack` (checks.pack_loading), which knows the rules a pack may configure."""
from checks.packs.errors import PackError
from checks.packs.loader import available_packs, read_pack, resolve, user_pack_dir
from checks.packs.pack import Pack
from checks.packs.validate import validate as validate_pack_data

__all__ = ["Pack", "PackError", "available_packs", "read_pack", "resolve", "user_pack_dir", "validate_pack_data"]
