"""A frozen Windows/macOS app ships libvoikko and voikko-fi itself; the model finds the
dictionary through VOIKKO_DICTIONARY_PATH, set from the folder beside the executable."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from checks.language import models


@pytest.mark.parametrize("layout", ["windows", "macos"])
def test_the_frozen_apps_own_dictionary_is_found(tmp_path: Path, monkeypatch, layout: str) -> None:
    if layout == "windows":
        exe, dictionary = tmp_path / "somevahti" / "somevahti.exe", tmp_path / "somevahti" / "voikko"
    else:
        exe = tmp_path / "Somevahti.app" / "Contents" / "MacOS" / "somevahti"
        dictionary = tmp_path / "Somevahti.app" / "Contents" / "Resources" / "voikko"
    exe.parent.mkdir(parents=True)
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert models.bundled_voikko_dictionary() is None  # not shipped: the system's copy, if any
    (dictionary / "5" / "mor-standard").mkdir(parents=True)
    assert models.bundled_voikko_dictionary() == dictionary.resolve()
    monkeypatch.delenv("VOIKKO_DICTIONARY_PATH", raising=False)
    models.voikko_available()  # no libvoikko here, so False; the path is set for the model either way
    assert os.environ["VOIKKO_DICTIONARY_PATH"] == str(dictionary.resolve())


def test_an_unfrozen_python_uses_the_system_library(monkeypatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert models.bundled_voikko_dictionary() is None
