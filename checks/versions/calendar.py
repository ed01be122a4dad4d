"""Month and weekday words in Finnish, Swedish and English, and the numbers they stand for.

Finnish month and weekday names inflect ("joulukuuta", "lauantaina"), so they match as
stems; Swedish and English ones match as whole words ("december", "dec.", "måndagen").
"""
from __future__ import annotations

import re

_FI_MONTHS = ("tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu",
              "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu")
_SV_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
              "oktober", "november", "december")
_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december")
_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                  "okt": 10, "oct": 10, "nov": 11, "dec": 12}

MONTH_STEMS: dict[str, int] = {stem: i + 1 for i, stem in enumerate(_FI_MONTHS)}
MONTH_WORDS: dict[str, int] = {**_ABBREVIATIONS, **{w: i + 1 for names in (_SV_MONTHS, _EN_MONTHS)
                                                    for i, w in enumerate(names)}}
# A month word: a Finnish stem with any ending, or a whole Swedish/English word or abbreviation.
MONTH = ("(?:" + "|".join(rf"{s}\w*" for s in _FI_MONTHS) + "|(?:"
         + "|".join(sorted(MONTH_WORDS, key=len, reverse=True)) + r")\b\.?)")

_WEEKDAY_STEMS = {
    "maanantai": 1, "tiistai": 2, "keskiviikko": 3, "torstai": 4, "perjantai": 5, "lauantai": 6, "sunnuntai": 7,
    "måndag": 1, "tisdag": 2, "onsdag": 3, "torsdag": 4, "fredag": 5, "lördag": 6, "söndag": 7,
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}
WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAY_STEMS) + r")\w*", re.IGNORECASE)


def month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    for stem, number in MONTH_STEMS.items():
        if word.startswith(stem):
            return number
    return MONTH_WORDS.get(word)


def weekday_number(word: str) -> int:
    return _WEEKDAY_STEMS[word.lower()]
