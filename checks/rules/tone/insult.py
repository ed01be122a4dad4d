"""tone.insult — insults, slurs and profanity.

Guideline: "Älä käyttäydy somessa loukkaavasti"; "Epäasiallisen kohtelun ja
käyttäytymisen nollatoleranssi koskee myös toimintaa sosiaalisessa mediassa."
Anti-pattern: "Nämä urpot eivät osaa pysäköidä." Best practice: describe the problem,
not the people. Words are the lexicon `tone.insults` (fi/sv/en, each with a severity).
Mild adjectives ("tyhmä", "dum", "stupid") are insults only when they describe people
("Tyhmät valittajat …"), and then errors in the organisation's name, as is any insult
aimed at a named person, an official, a resident or the city in the same sentence.
"""
from __future__ import annotations

from checks.model import Severity
from checks.rules.tone._lexicon_rule import LexiconRule


class Insult(LexiconRule):
    id = "tone.insult"
    category = "tone"
    severity = Severity.ERROR
    lexicon = "tone.insults"
    aimed_error = True


RULE = Insult()
