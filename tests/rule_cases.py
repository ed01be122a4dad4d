"""Rule cases as data: tests/data/rule_cases/<category>.toml.

Each [[case]] names a rule, a language and a post, and says whether the rule fires:
  rule, lang, expect = "fail" | "pass", text, channel?, media?, paid?, paid_notified?,
  role?, pack? (a name, or a .toml path relative to tests/data), consents? (as in the
  CLI's JSON post), covers? (a substring a finding of the rule must cover),
  target? (e.g. "media:0"), severity? (the finding's severity), fix? (text after the fix).
A media item's `path` is relative to tests/data (e.g. "images/plain_photo.jpg"); its
`people` is the CLI's JSON people record ({shows = "children", consent = {…}}).
Language versions (issue 18): versions = {fi = "…", sv = "…"} instead of text, combined?,
safety?, stale? ([["sv", "fi"]]: sv is behind fi), version? (the version `covers` and
`fix` are in; a finding of the rule must be labelled with it), other? (a substring the
finding's other side must cover, in the other version).
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checks.model import Media, Post
from checks.post_json import consents_from_json, people_from_json

CASE_DIR = Path(__file__).parent / "data" / "rule_cases"


@dataclass(frozen=True)
class RuleCase:
    file: str
    index: int
    data: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.data['rule']}-{self.data['lang']}-{self.data['expect']}-{self.index}"

    def post(self) -> Post:
        d = self.data
        media = tuple(Media(kind=m["kind"], alt=m.get("alt"), captions=m.get("captions"),
                            path=str(CASE_DIR.parent / m["path"]) if "path" in m else None,
                            people=people_from_json(m["people"], "people") if "people" in m else None)
                      for m in d.get("media", []))
        versions = tuple(d.get("versions", {}).items())
        return Post(channel=d.get("channel", "facebook"), text=d["text"] if "text" in d else versions[0][1],
                    media=media, paid=d.get("paid", False), paid_notified=d.get("paid_notified", False),
                    role=d.get("role", "organisation"), consents=consents_from_json(d.get("consents", [])),
                    versions=versions, combined=d.get("combined", False), safety=d.get("safety", False),
                    stale=tuple(tuple(s) for s in d.get("stale", [])))

    @property
    def pack(self) -> str:
        pack = self.data.get("pack", "kokkola")
        return str(CASE_DIR.parent / pack) if pack.endswith(".toml") else pack

    def text_of(self, version: str) -> str:
        """The text a finding's span is in: the case's text, or one version's."""
        if version:
            return self.data["versions"][version]
        return self.data["text"] if "text" in self.data else next(iter(self.data["versions"].values()))


def load_cases() -> list[RuleCase]:
    cases = []
    for path in sorted(CASE_DIR.glob("*.toml")):
        with path.open("rb") as fh:
            for index, data in enumerate(tomllib.load(fh).get("case", [])):
                cases.append(RuleCase(path.name, index, data))
    return cases
