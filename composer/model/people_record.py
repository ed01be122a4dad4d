"""People records and consents as plain data, and as sentences for the reviewer.

The values themselves are the engine's (checks.people: PeopleRecord, Consent,
NamedConsent), so the checks see exactly what the author recorded. This module gives the
composer what it needs around them: JSON-ready dicts (draft files, revisions, review
packages, the content an approval covers, the per-file memory in storage), parsing with
a clear error, and the lines the reviewer and the internal summary show. Qt-free.

Nothing here ever goes into a channel text or an exported image.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from checks.people import GIVERS, METHODS, SHOWS, Consent, NamedConsent, PeopleRecord
from checks.post_json import PostError, consent_from_json, consents_from_json, people_from_json
from composer.messages import render

if TYPE_CHECKING:
    from composer.model.draft import Draft

__all__ = ["GIVERS", "METHODS", "SHOWS", "Consent", "NamedConsent", "PeopleRecord", "PeopleFormatError",
           "consent_line", "consent_to_dict", "consents_from_list", "consents_to_list", "named_consent_line",
           "people_from_dict", "people_line", "people_to_dict"]


class PeopleFormatError(ValueError):
    """A people record or consent that does not fit; the message names the key."""


def consent_to_dict(consent: Consent) -> dict[str, str]:
    return {"given_by": consent.given_by, "method": consent.method, "on": consent.on,
            "reference": consent.reference}


def people_to_dict(record: PeopleRecord) -> dict[str, Any]:
    out: dict[str, Any] = {"shows": record.shows}
    if record.consent is not None:
        out["consent"] = consent_to_dict(record.consent)
    return out


def consents_to_list(consents: tuple[NamedConsent, ...] | list[NamedConsent]) -> list[dict[str, str]]:
    return [{"name": item.name, **consent_to_dict(item.consent)} for item in consents]


def people_from_dict(data: Any, where: str = "people") -> PeopleRecord:
    try:
        return people_from_json(data, where)
    except PostError as exc:
        raise PeopleFormatError(str(exc)) from None


def consent_from_dict(data: Any, where: str = "consent") -> Consent:
    try:
        return consent_from_json(data, where)
    except PostError as exc:
        raise PeopleFormatError(str(exc)) from None


def consents_from_list(data: Any) -> tuple[NamedConsent, ...]:
    try:
        return consents_from_json(data)
    except PostError as exc:
        raise PeopleFormatError(str(exc)) from None


# -- sentences ------------------------------------------------------------------------
def consent_line(consent: Consent, lang: str) -> str:
    """"huoltaja, koulun kuvausluparekisteri, 2026-08-15, viite L-14" in `lang`."""
    parts = [render(f"people.given_by.{consent.given_by}", lang), render(f"people.method.{consent.method}", lang)]
    if consent.on.strip():
        parts.append(consent.on.strip())
    if consent.reference.strip():
        parts.append(render("people.reference", lang, reference=consent.reference.strip()))
    return ", ".join(parts)


def people_line(record: PeopleRecord | None, lang: str) -> str:
    """What a picture shows and who agreed, one line: "Lapsia (alle 18 v.) – lupa:
    huoltaja, …" / "Ei merkitty"."""
    if record is None:
        return render("people.unrecorded", lang)
    shows = render(f"people.shows.{record.shows}", lang)
    if not record.identifiable:
        return shows
    if record.consent is None:
        return render("people.line_no_consent", lang, shows=shows)
    return render("people.line_consent", lang, shows=shows, consent=consent_line(record.consent, lang))


def named_consent_line(item: NamedConsent, lang: str) -> str:
    return render("people.named_line", lang, name=item.name, consent=consent_line(item.consent, lang))


def people_summary(draft: Draft, lang: str) -> list[str]:
    """What the reviewer reads before approving: one line per image or video ("Kuva 1:
    Tunnistettavia lapsia (alle 18 v.) – lupa: huoltaja, …") and one per named person."""
    lines = [render("people.media_line", lang, item=render(f"export.media.{m.kind}", lang, number=i + 1),
                    line=people_line(m.people, lang)) for i, m in enumerate(draft.media)]
    return lines + [named_consent_line(c, lang) for c in draft.consents]
