"""phonenumbers without its offline geocoder, carrier and time-zone tables (40 MB that
Somevahti never uses; replaces pyinstaller-hooks-contrib's hook, which collects them all).
The number metadata is imported by region name, so every other module goes in."""
from PyInstaller.utils.hooks import collect_submodules

UNUSED = ("phonenumbers.geocoder", "phonenumbers.geodata", "phonenumbers.carrier", "phonenumbers.carrierdata",
          "phonenumbers.timezone", "phonenumbers.tzdata")
hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(UNUSED))
