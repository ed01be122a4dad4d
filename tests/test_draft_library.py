"""The drafts library: add, rename, duplicate, remove and restore at the same place."""
from __future__ import annotations

import pytest

from composer.model.draft import Draft
from composer.model.draft_library import DraftLibrary, LibraryChange


def test_duplicate_remove_and_restore_keep_order_and_tell_listeners() -> None:
    library = DraftLibrary()
    heard: list[tuple[LibraryChange, str]] = []
    library.on_change(lambda lib, what, draft: heard.append((what, draft.title)))
    first = library.add(Draft(title="Kirjasto", master="Kirjasto on kiinni."))
    second = library.add(Draft(title="Uimahalli"))
    copy = library.duplicate(first, "Kirjasto (kopio)")
    assert [d.title for d in library.drafts] == ["Kirjasto", "Kirjasto (kopio)", "Uimahalli"]
    assert copy.master == first.master and copy.id != first.id
    index = library.remove(copy)
    library.add(copy, index)
    assert library.drafts[1] is copy
    library.rename(second, "  ")  # blank titles are not renames
    library.rename(second, "Uimahalli avataan")
    assert heard[-1] == (LibraryChange.RENAMED, "Uimahalli avataan")
    assert [w for w, _ in heard].count(LibraryChange.REMOVED) == 1
    with pytest.raises(ValueError):
        library.add(first)
