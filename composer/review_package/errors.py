"""The one error a review package raises: a plain sentence for the user, and a key for code."""
from __future__ import annotations

from composer.messages import message
from composer.review_package.layout import MEDIA_NAME


class PackageError(Exception):
    """`str(error)` is the sentence to show, in the start-up language; `key` names its
    template under `review_package.error` in resources/ui_messages."""

    def __init__(self, key: str, **values: object) -> None:
        self.key = key
        self.values = values
        shown = {name: shown_name(value) if name in ("member", "path") and isinstance(value, str) else value
                 for name, value in values.items()}
        super().__init__(message(f"review_package.error.{key}", **shown))


def shown_name(name: str) -> str:
    """A member or path name as the user sees it: control characters escaped, and the
    SHA-256 of a media name shortened ("media/b1ff9c8ea3a7….png")."""
    name = "".join(c if c.isprintable() else ascii(c)[1:-1] for c in name[:200])
    match = MEDIA_NAME.fullmatch(name)
    return f"media/{match['sha256'][:12]}…{match['ext'] or ''}" if match else name
