"""tone.sarcasm — sarcasm markers ("joku nero", "onnittelut vaan", "snyggt jobbat").

Guideline: "Kunnioita viestisi vastaanottajaa, valitse äänensävy tilanteen ja roolisi
mukaisesti." Sarcasm reads as mockery in the city's name.
Best practice: say what is wrong, plainly. Phrases only: "nero" alone is a compliment.
"""
from __future__ import annotations

from checks.model import Severity
from checks.rules.tone._lexicon_rule import LexiconRule


class Sarcasm(LexiconRule):
    id = "tone.sarcasm"
    category = "tone"
    severity = Severity.WARNING
    lexicon = "tone.sarcasm"


RULE = Sarcasm()
