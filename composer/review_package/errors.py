"""The one error a review package raises: a plain sentence for the user, and a key for code."""
from __future__ import annotations

from composer.review_package.messages import message


class PackageError(Exception):
    """`str(error)` is the sentence to show; `key` names the template (see messages.py)."""

    def __init__(self, key: str, **values: object) -> None:
        self.key = key
        self.values = values
        super().__init__(message(key, **values))
