"""tone.rumour — rumour markers ("kuulemma", "huhujen mukaan", "lär ha", "rumour has it").

Guideline: "Oikeaa tietoa, ei huhuja tai juoruja." "Asiallinen ja oikea tieto! Varmista
tietojen paikkansapitävyys."
Best practice: check the facts and say where they come from. Correcting a rumour
("Huhut kirjaston sulkemisesta eivät pidä paikkaansa") is not flagged: only phrases that
pass a rumour on are in the lexicon.
"""
from __future__ import annotations

from checks.model import Severity
from checks.rules.tone._lexicon_rule import LexiconRule


class Rumour(LexiconRule):
    id = "tone.rumour"
    category = "tone"
    severity = Severity.WARNING
    lexicon = "tone.rumours"


RULE = Rumour()
