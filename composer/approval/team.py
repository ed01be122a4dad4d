"""Who may approve for a team: the review rules of a guideline pack and its reviewers.

A pack lists reviewers itself, or names a team file that does, or both:

    [review]
    team = "viestinta"          # reads viestinta.team.toml beside the pack (a name, never a path)
    allow_unsigned = false      # default: only signed approvals by a listed reviewer's key count

    [[review.reviewers]]        # also the form of a team file, and of "Export my public key"
    name = "Pekka Tarkastaja"
    key = "base64 of the Ed25519 public key"

`policy_for_pack(name)` gives a ReviewPolicy; a pack or team file that cannot be read
gives a policy with no reviewers and `problem` set (so nothing verifies, nothing breaks).
The local user's own name and public key are added by the caller (`with_user`) so that
self-approval is caught by key too.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from checks.pack_loading import load_pack
from checks.packs import PackError, resolve, validate_pack_data
from composer.approval.signing import fingerprint

TEAM_SUFFIX = ".team.toml"
PLAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


def same_name(a: str, b: str) -> bool:
    """Names compared ignoring case and extra spaces; an empty name matches nothing."""
    a, b = " ".join((a or "").split()).casefold(), " ".join((b or "").split()).casefold()
    return bool(a) and a == b


@dataclass(frozen=True)
class Reviewer:
    name: str
    key: str  # base64 Ed25519 public key

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)


@dataclass(frozen=True)
class ReviewPolicy:
    reviewers: tuple[Reviewer, ...] = ()
    allow_unsigned: bool = False
    allow_self_approval: bool = False
    own_name: str = ""  # the person at this computer (Settings)
    own_key: str = ""   # their public key, when they have one
    problem: str = ""   # why the pack or team file could not be read ("" when it could)

    def names_for_key(self, key: str) -> list[str]:
        return [r.name for r in self.reviewers if key and r.key == key]

    def keys_for_name(self, name: str) -> list[str]:
        return [r.key for r in self.reviewers if same_name(r.name, name)]

    def with_user(self, name: str, key: str) -> "ReviewPolicy":
        return replace(self, own_name=" ".join(name.split()), own_key=key)


def _reviewers(entries: list) -> list[Reviewer]:
    out = []
    for entry in entries:
        if isinstance(entry, dict) and not entry.get("remove") and fingerprint(str(entry.get("key", ""))):
            out.append(Reviewer(" ".join(str(entry.get("name", "")).split()), str(entry["key"])))
    return out


def read_team_file(path: Path) -> list[Reviewer]:
    """The reviewers a team file lists; PackError when it is not a valid team file."""
    try:
        source = path.read_text("utf-8")
        data = tomllib.loads(source)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PackError(path, None, "", f"a readable team file ({exc})") from None
    validate_pack_data(path, source, data, {})
    extra = sorted(set(data) - {"review"}) + sorted(set(data.get("review", {})) - {"reviewers"})
    if extra:
        raise PackError(path, None, extra[0], "a team file lists only [[review.reviewers]]")
    return _reviewers(data.get("review", {}).get("reviewers", []))


def team_file_for(pack_files: tuple[Path, ...], team: str) -> Path | None:
    if not PLAIN_NAME.fullmatch(team):
        return None
    for folder in dict.fromkeys(p.parent for p in pack_files):
        candidate = folder / f"{team}{TEAM_SUFFIX}"
        if candidate.is_file():
            return candidate
    return None


_cache: dict[tuple[str, str], tuple[tuple, ReviewPolicy]] = {}


def _stamp(paths: list[Path]) -> tuple:
    out: list[tuple[str, int | None, int | None]] = []
    for path in paths:
        try:
            info = path.stat()
            out.append((str(path), info.st_mtime_ns, info.st_size))
        except OSError:
            out.append((str(path), None, None))
    return tuple(out)


def policy_for_pack(pack_name: str) -> ReviewPolicy:
    """The review policy of the pack called `pack_name` (re-read when its files change)."""
    if not PLAIN_NAME.fullmatch(pack_name or ""):
        return ReviewPolicy(problem=f"{pack_name!r} is not a pack name")
    try:
        key = (pack_name, str(resolve(pack_name)))
        cached = _cache.get(key)
        if cached is not None and _stamp([Path(p[0]) for p in cached[0]]) == cached[0]:
            return cached[1]
        pack = load_pack(pack_name)
    except PackError as exc:
        return ReviewPolicy(problem=str(exc))
    reviewers = _reviewers(pack.entries("review.reviewers"))
    problem = ""
    files = list(pack.files)
    team = pack.value("review.team")
    if isinstance(team, str):
        path = team_file_for(pack.files, team)
        if path is None:
            problem = f"team file {team}{TEAM_SUFFIX} not found beside the pack"
        else:
            files.append(path)
            try:
                reviewers += read_team_file(path)
            except PackError as exc:
                problem = str(exc)
    policy = ReviewPolicy(tuple(dict.fromkeys(reviewers)), pack.value("review.allow_unsigned", False) is True,
                          pack.allow_self_approval, problem=problem)
    _cache[key] = (_stamp(files), policy)
    return policy


def public_key_entry(name: str, key: str) -> str:
    """The lines a team adds to its team file (or pack) to list this reviewer."""
    escaped = " ".join(name.split()).replace("\\", "\\\\").replace('"', '\\"')
    return (f"# Somevahti reviewer key, fingerprint {fingerprint(key)}\n"
            f"[[review.reviewers]]\nname = \"{escaped}\"\nkey = \"{key}\"\n")
