"""spaCy without its test suite (replaces pyinstaller-hooks-contrib's hook-spacy, which
collects everything): spaCy imports many of its own modules by name, so all the others go in."""
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("spacy", excludes=["tests"])
hiddenimports = collect_submodules("spacy", filter=lambda name: not name.startswith("spacy.tests"))
