"""An in-memory keyring backend for tests, and fixtures that install a backend and put
the previous one back afterwards.

Use in a test module: `from tests.memory_keyring import memory_keyring, no_keyring`.
"""
from __future__ import annotations

from typing import Iterator

import keyring
import keyring.backends.fail
import pytest
from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Passwords in a dict, gone when the test ends. Priority below zero keeps it out of
    keyring's automatic backend detection; tests install it explicitly."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - a class property
        return -1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}
        self.writes = 0

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password
        self.writes += 1

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@pytest.fixture
def installed_keyring() -> Iterator[None]:
    """Puts back whatever backend was installed before the test."""
    previous = keyring.get_keyring()
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(installed_keyring: None) -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def no_keyring(installed_keyring: None) -> keyring.backends.fail.Keyring:
    """What headless Linux has: keyring's fail backend, raising NoKeyringError."""
    backend = keyring.backends.fail.Keyring()
    keyring.set_keyring(backend)
    return backend
