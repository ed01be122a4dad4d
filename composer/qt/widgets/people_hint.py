"""When an image or video is added: look up the people record remembered for the same
file (by SHA-256) and, if there is none, look for faces — off the GUI thread.

One worker thread; results come back to the GUI thread as `ready(path, PeopleHint)`.
The panel then fills in the remembered record or asks "who is in this picture?". A
prompt, never a gate; the face count is used once and not kept.
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from checks.pack_loading import load_pack
from checks.packs import PackError
from composer.model.face_hint import FaceHint, face_count, should_ask
from composer.model.media_files import file_sha256
from composer.model.people_record import PeopleFormatError, PeopleRecord, people_from_dict

log = logging.getLogger(__name__)
Memory = Callable[[str], "dict[str, Any] | None"]


@dataclass(frozen=True)
class PeopleHint:
    remembered: PeopleRecord | None  # the record given for this file in another draft
    faces: FaceHint | None
    ask: bool  # ask for the record at once


def pack_asks_always(pack: str) -> bool:
    """`[people_hint] ask_without_face = true` in the draft's pack."""
    try:
        return load_pack(pack).ask_without_face
    except (PackError, OSError, ValueError):
        return False


def people_hint(path: str, kind: str, pack: str, memory: Memory | None) -> PeopleHint:
    """The remembered record for the file, else the face hint (Qt-free; the worker's job)."""
    remembered = None
    if memory is not None:
        try:
            data = memory(file_sha256(path))
            remembered = None if data is None else people_from_dict(data)
        except (OSError, PeopleFormatError, TimeoutError) as exc:
            log.info("no remembered people record for %s: %s", path, exc)
    if remembered is not None:
        return PeopleHint(remembered, None, False)
    faces = face_count(path) if kind == "image" else None
    return PeopleHint(None, faces, should_ask(kind, faces, pack_asks_always(pack)))


class PeopleHints(QObject):
    ready = Signal(str, object)  # path, PeopleHint — delivered on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="people-hint")
        self.memory: Memory | None = None
        self._relay.connect(self.ready, Qt.ConnectionType.QueuedConnection)

    _relay = Signal(str, object)

    def request(self, path: str, kind: str, pack: str) -> None:
        memory = self.memory

        def job() -> None:
            try:
                hint = people_hint(path, kind, pack, memory)
            except Exception:  # a hint must never break adding a picture
                log.exception("people hint failed for %s", path)
                hint = PeopleHint(None, None, kind == "image")
            self._relay.emit(path, hint)

        self._pool.submit(job)

    def wait(self) -> None:
        """Finish pending hints (tests, closing)."""
        self._pool.submit(lambda: None).result()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def apply_hint(draft, cards: list, prompts: dict[str, str], path: str, hint: PeopleHint, panel: QWidget) -> str:
    """Fill in the remembered record, or ask, on every item of `draft` showing `path`
    that has no record yet (`prompts` keeps the question for cards made later). Returns
    the panel's message ("" for none)."""
    if draft is None or (hint.remembered is None and not hint.ask):
        return ""
    if hint.remembered is None:
        found = hint.faces is not None and hint.faces.faces > 0
        prompts[path] = (QCoreApplication.translate("MediaPanel", "Faces found: who is in this picture?") if found
                         else QCoreApplication.translate("MediaPanel", "Who is in this picture?"))
    for index, item in enumerate(list(draft.media)):
        if item.path != path or item.people is not None:
            continue
        if hint.remembered is not None:
            draft.set_people(index, hint.remembered)
        elif index < len(cards):
            cards[index].people_editor.show_prompt(prompts[path])
            focused = QApplication.focusWidget()
            if focused is None or panel.isAncestorOf(focused):  # never pull focus out of the text
                cards[index].people_editor.shows.setFocus()
    if hint.remembered is None:
        return ""
    return QCoreApplication.translate("MediaPanel", "Who is in the picture was filled in from an earlier draft with "
                                                    "the same file – check it.")
