"""tone.attack — attacks on people, officials or the city.

Guideline: "Somekeskusteluissa kunnan työntekijät kunnioittavat luottamushenkilöitä ja
luottamushenkilöt kunnan työntekijöitä. Erimielisyydet ratkotaan muualla kuin
sosiaalisessa mediassa." "Loan heittoon kaupunkia tai sen työntekijöitä kohtaan
luottamushenkilöt eivät osallistu."
Anti-pattern: "Virkamiehet valehtelevat", "hankkeen sössiminen". Best practice: criticise
decisions with facts, settle disagreements elsewhere. The advice depends on the role.
Severity: a warning; an error in the organisation's name when the sentence aims it at a
person or body — a name or an official, resident or the city ("Valtuutettu Virtanen
valehtelee"): the Kokkola guideline's zero tolerance.
"""
from __future__ import annotations

from checks.model import Severity
from checks.rules.tone._lexicon_rule import LexiconRule


class Attack(LexiconRule):
    id = "tone.attack"
    category = "tone"
    severity = Severity.WARNING
    lexicon = "tone.attacks"
    aimed_error = True


RULE = Attack()
