"""Who is in a picture and who agreed: the people record of an image or video, and the
consents recorded for people named in the text.

Engine vocabulary (frozen, Qt-free, no composer): `Media.people` carries a
PeopleRecord, `Post.consents` the NamedConsents. A missing record is None — the checks
then ask "who is in this picture?".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# What the picture shows. "children" wins when adults and children are both recognisable.
SHOWS: tuple[str, ...] = ("nobody", "adults", "children", "crowd")
IDENTIFIABLE: frozenset[str] = frozenset({"adults", "children"})
GIVERS: tuple[str, ...] = ("person", "guardian")
METHODS: tuple[str, ...] = ("signed_form", "school_register", "email", "verbal")


@dataclass(frozen=True)
class Consent:
    """A recorded consent: who gave it, how, when (ISO date) and an optional reference
    such as a form number."""
    given_by: str  # one of GIVERS
    method: str  # one of METHODS
    on: str  # ISO date, "2026-11-30"
    reference: str = ""

    def __post_init__(self) -> None:
        if self.given_by not in GIVERS:
            raise ValueError(f"unknown consent giver {self.given_by!r}")
        if self.method not in METHODS:
            raise ValueError(f"unknown consent method {self.method!r}")


@dataclass(frozen=True)
class PeopleRecord:
    """Who an image or video shows, and the consent for identifiable people (if any)."""
    shows: str  # one of SHOWS
    consent: Consent | None = None

    def __post_init__(self) -> None:
        if self.shows not in SHOWS:
            raise ValueError(f"unknown people record {self.shows!r}")

    @property
    def identifiable(self) -> bool:
        return self.shows in IDENTIFIABLE

    @property
    def settled(self) -> bool:
        """Nothing more to record: nobody identifiable, or a consent that fits (a
        guardian's for children)."""
        if not self.identifiable:
            return True
        if self.consent is None:
            return False
        return self.shows != "children" or self.consent.given_by == "guardian"


@dataclass(frozen=True)
class NamedConsent:
    """Consent recorded for a person named in the text."""
    name: str
    consent: Consent


def _words(name: str) -> list[str]:
    return [w.strip(".,:;!?()\"'”“’").casefold() for w in name.split() if w.strip(".,:;!?()\"'”“’")]


# Case endings (with clitics and Swedish/English genitives) a surname may take after
# its stem; stems may change up to two letters before them (Nieminen → Niemise-lle).
_ENDINGS = ("n", "a", "ä", "ta", "tä", "na", "nä", "ksi", "lle", "lla", "llä", "lta", "ltä", "ssa", "ssä", "sta",
            "stä", "han", "hen", "hin", "hon", "hun", "hyn", "hän", "hön", "en", "in", "ine", "ineen", "tta", "ttä",
            "s", "'s", "’s", "'n", "’n", ":n", "kin", "nkin")
_ENDING = re.compile("(?:" + "|".join(sorted((re.escape(e) for e in _ENDINGS), key=len, reverse=True)) + ")"
                     + "(?:kin|kaan|kään)?")


def _same_last_word(recorded: str, found: str) -> bool:
    """Finnish inflects only the last word of a full name ("Sanna Niemiselle", "Heikki
    Mäkisen"): the found word is the recorded one with a case ending, its last one to
    three letters changed by the stem (Nieminen → Niemise-, Lahti → Lahde-). "Niemi"
    and "Nieminen" are different names."""
    if recorded == found:
        return True
    shared = 0
    for a, b in zip(recorded, found):
        if a != b:
            break
        shared += 1
    rest_recorded, rest_found = recorded[shared:], found[shared:]
    if shared < 3 or len(rest_recorded) > 3 or not rest_found:
        return False
    if not rest_recorded:
        return _ENDING.fullmatch(rest_found) is not None
    return any(_ENDING.fullmatch(rest_found[cut:]) for cut in range(0, min(2, len(rest_found) - 1) + 1))


def same_person(recorded: str, found: str) -> bool:
    """Whether the name found in a text is the name a consent was recorded for: the
    same number of words, the first ones equal (case-insensitive), the last one equal
    up to its inflected ending (in either direction)."""
    a, b = _words(recorded), _words(found)
    if not a or len(a) != len(b) or a[:-1] != b[:-1]:
        return False
    # either may be the inflected one: a consent recorded from "Sanna Niemiselle" holds
    # for "Sanna Nieminen" too
    return _same_last_word(a[-1], b[-1]) or _same_last_word(b[-1], a[-1])


def consent_for(consents: tuple[NamedConsent, ...], name: str) -> Consent | None:
    """The consent recorded for `name` (in any inflected form), or None."""
    for item in consents:
        if same_person(item.name, name):
            return item.consent
    return None
