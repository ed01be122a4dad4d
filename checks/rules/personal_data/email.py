"""personal_data.email — an e-mail address.

Anti-pattern: a private address ("liisa.k1980@outlook.com") in a city post.
Best practice: the organisation's shared mailbox. Addresses on the pack's organisation
domains are info only: the organisation's own contact (a personal-looking one such as
etunimi.sukunimi@kokkola.fi gets a hint to use a shared mailbox). A Mastodon handle
(@kirjasto@mastodon.social) is not an e-mail address.
"""
from __future__ import annotations

from typing import Iterable

import regex

from checks.context import Context
from checks.model import Severity
from checks.rules.base import Hit, Rule

_EMAIL = regex.compile(r"(?<![\p{L}\p{Nd}._%+@＠-])[\p{L}\p{Nd}._%+-]+@((?:[\p{L}\p{Nd}-]+\.)+\p{L}{2,})(?![\p{L}\p{Nd}-])")
_PERSONAL_LOCAL = regex.compile(r"^\p{L}{2,}\.\p{L}{2,}$")


def on_domain(domain: str, allowed: set[str]) -> bool:
    domain = domain.lower()
    return any(domain == d or domain.endswith("." + d) for d in allowed)


class Email(Rule):
    id = "personal_data.email"
    category = "personal_data"
    severity = Severity.WARNING
    reads_channel = False

    def check(self, ctx: Context) -> Iterable[Hit]:
        domains = {e["domain"].lower() for e in ctx.pack.entries("organisation.domains")}
        for m in _EMAIL.finditer(ctx.text):
            address = m.group().rstrip(".")
            end = m.start() + len(address)
            if on_domain(m.group(1).rstrip("."), domains):
                local = address.split("@")[0]
                if _PERSONAL_LOCAL.match(local):
                    yield Hit("personal_data.email.organisation_personal", m.start(), end,
                              args={"address": address}, severity=Severity.INFO)
                continue
            yield Hit("personal_data.email.private", m.start(), end, args={"address": address})


RULE = Email()
