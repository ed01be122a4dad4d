"""The draft's images and videos as a strip of cards, with alt text and captions.

Media come in through the "Add image or video…" button, by dropping files on the panel
or by pasting (Ctrl+V, or `paste_from_clipboard`): file URLs, or raw image data that is
saved as `<sha256>.png` in the paste directory. The panel edits the draft only through
`Draft.add_media`, `update_media` and `remove_media`, and shows the draft back from its
change events, so changes made elsewhere show up here too. `media_changed` is emitted
after every media change of the current draft; the window re-checks then.

Each card also holds the item's people record. An added file gets the record remembered
for the same bytes in another draft (`hints.memory`), or else, when faces are found or
the pack asks for every picture, its card asks "who is in this picture?" (people_hint).
"""
from __future__ import annotations

import tempfile
import time
import weakref
from pathlib import Path
from typing import Iterable

import shiboken6
from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDropEvent, QGuiApplication, QImage, QImageReader, QPalette, QPixmap,
)
from PySide6.QtWidgets import (
    QApplication, QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QStyle, QVBoxLayout, QWidget,
)

from checks.channels.spec import ChannelSpec, load_channels
from checks.model import Finding, Media, Severity
from composer.model.draft import Draft
from composer.model.draft_change import DraftChange, Part
from composer.model.media_files import VIDEO_PATTERNS, media_kind, save_png
from composer.qt.severity_style import severity_color
from composer.model.media_limits import media_limits
from composer.qt.widgets.media_drop import MediaDropTarget, local_paths, png_bytes
from composer.qt.widgets.media_card import THUMB_SIZE, MediaCard, app_ratio, thumbnail_pixmap
from composer.qt.widgets.people_hint import PeopleHint, PeopleHints, apply_hint
from composer.qt.widgets.thumbnail_loader import ThumbnailLoader

# Cards are built a few per event-loop pass, so a draft with many media never freezes the
# window: CARDS_AT_ONCE always (a usual post's media show at once), more while PASS_BUDGET_S lasts.
CARDS_AT_ONCE = 3
PASS_BUDGET_S = 0.015


class MediaPanel(MediaDropTarget, QWidget):
    media_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft: Draft | None = None
        self._subscribed: list[weakref.ref[Draft]] = []
        self._cards: list[MediaCard] = []
        self._findings: dict[int, list[Finding]] = {}
        self._thumbs: dict[str, QPixmap | None] = {}
        self._loader = ThumbnailLoader(max(1, round(THUMB_SIZE * app_ratio())), self)
        self._loader.loaded.connect(self._thumbnail_loaded)
        self._more_cards = QTimer(self, singleShot=True, interval=0)
        self._more_cards.timeout.connect(self._sync_cards)
        self._paste_dir: Path | None = None
        self._last_dir = ""
        self._prompts: dict[str, str] = {}  # path → the people prompt its card shows
        self.hints = PeopleHints(self)
        self.hints.ready.connect(self._people_hint)

        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Images and videos"))
        self.setAccessibleDescription(self.tr("The post's images and videos. Paste an image here with Ctrl+V or "
                                              "drop files here; each image has its alt text."))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add image or video…"), self)
        self.add_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.add_button.setAccessibleName(self.tr("Add image or video"))
        self.add_button.setToolTip(self.tr("You can also drop files here or paste an image with Ctrl+V"))
        self.add_button.clicked.connect(self.choose_files)
        top.addWidget(self.add_button)
        self.message_label = QLabel(self)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        top.addWidget(self.message_label, 1)
        layout.addLayout(top)
        self.overflow_label = QLabel(self)
        self.overflow_label.setWordWrap(True)
        self.overflow_label.hide()
        layout.addWidget(self.overflow_label)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the cards' fields, which scroll into view
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        strip = QWidget(self.scroll)
        self._strip = QHBoxLayout(strip)
        self._strip.setContentsMargins(0, 0, 0, 0)
        self._strip.setSpacing(8)
        self.empty_label = QLabel(
            self.tr("No images or videos yet. Add them with the button, drop files here or paste with Ctrl+V."),
            strip)
        self.empty_label.setWordWrap(True)
        self._strip.addWidget(self.empty_label, 1)
        self._strip.addStretch(0)
        self.scroll.setWidget(strip)
        layout.addWidget(self.scroll, 1)
        self._update_enabled()

    # -- draft and findings -----------------------------------------------------------------
    @property
    def draft(self) -> Draft | None:
        return self._draft

    @property
    def cards(self) -> list[MediaCard]:
        return list(self._cards)

    def set_draft(self, draft: Draft | None) -> None:
        """Show `draft`'s media. Events from drafts shown earlier are ignored from now on."""
        if draft is self._draft:
            return
        self._draft = draft
        self._findings = {}
        if draft is not None and not any(ref() is draft for ref in self._subscribed):
            self._subscribed = [ref for ref in self._subscribed if ref() is not None]
            self._subscribed.append(weakref.ref(draft))
            panel = weakref.ref(self)

            def listener(changed: Draft, change: DraftChange) -> None:
                me = panel()
                if me is not None and shiboken6.isValid(me):
                    me._draft_changed(changed, change)

            draft.on_change(listener)
        self._clear_cards()
        self._sync_cards()
        self._update_enabled()

    def set_findings(self, findings: Iterable[Finding]) -> None:
        """Show findings aimed at `media:N` on card N: worst severity icon, messages as tooltip."""
        grouped: dict[int, list[Finding]] = {}
        for finding in findings:
            kind, _, number = finding.target.partition(":")
            if kind == "media" and number.isdigit():
                grouped.setdefault(int(number), []).append(finding)
        self._findings = grouped
        for card in self._cards:
            card.set_findings(grouped.get(card.index, []))

    def set_paste_dir(self, path: str | Path) -> None:
        """Where pasted images are saved (as `<sha256>.png`)."""
        self._paste_dir = Path(path)

    def paste_dir(self) -> Path:
        if self._paste_dir is None:
            self._paste_dir = Path(tempfile.mkdtemp(prefix="somevahti-paste-"))
        return self._paste_dir

    # -- adding media ----------------------------------------------------------------------
    def add_files(self, paths: Iterable[str | Path]) -> int:
        """Add the images and videos among `paths`; say in the message label what was refused."""
        if self._draft is None:
            return 0
        refused: list[str] = []
        added = 0
        room = media_limits().per_draft_max - len(self._draft.media)
        for raw in paths:
            path = Path(raw)
            name = path.name or str(path)
            kind = media_kind(path)
            if added >= room:
                refused.append(self.tr("A post can have at most {limit} images and videos; “{name}” was not added.")
                               .format(limit=media_limits().per_draft_max, name=name))
            elif not path.is_file():
                refused.append(self.tr("“{name}” was not found.").format(name=name))
            elif kind is None:
                refused.append(self.tr("“{name}” is not an image or a video.").format(name=name))
            elif kind == "image" and not QImageReader(str(path)).canRead():
                refused.append(self.tr("“{name}” could not be read as an image.").format(name=name))
            else:
                self._last_dir = str(path.parent)
                self._draft.add_media(Media(kind=kind, path=str(path)))
                self.hints.request(str(path), kind, self._draft.pack)
                added += 1
        self._show_message(" ".join(refused))
        return added

    def choose_files(self) -> None:
        formats = [bytes(fmt.data()).decode() for fmt in QImageReader.supportedImageFormats()]
        images = sorted({f"*.{ext}" for ext in formats if media_kind(f"x.{ext}") == "image"})
        videos = list(VIDEO_PATTERNS)
        filters = ";;".join([
            self.tr("Images and videos") + f" ({' '.join(images + videos)})",
            self.tr("Images") + f" ({' '.join(images)})",
            self.tr("Videos") + f" ({' '.join(videos)})",
            self.tr("All files") + " (*)",
        ])
        paths, _chosen = QFileDialog.getOpenFileNames(self, self.tr("Add images or videos"), self._last_dir, filters)
        if paths:
            self.add_files(paths)

    def paste_from_clipboard(self) -> bool:
        """Add the files or the image on the clipboard; True if something was added."""
        clipboard = QGuiApplication.clipboard()
        return self._add_from_mime(clipboard.mimeData(), clipboard.image,
                                   self.tr("The clipboard has no image or file to add."))

    def _add_from_mime(self, mime: QMimeData | None, image_of, nothing: str) -> bool:
        if self._draft is None:
            return False
        paths = local_paths(mime)
        if paths:
            return self.add_files(paths) > 0
        if mime is not None and mime.hasImage():
            image = image_of()
            if isinstance(image, QImage) and not image.isNull():
                return self.add_files([save_png(png_bytes(image), self.paste_dir())]) > 0
        self._show_message(nothing)
        return False

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if not self._droppable(mime):
            event.ignore()
            return
        event.acceptProposedAction()
        self._add_from_mime(mime, lambda: mime.imageData(), self.tr("Nothing to add in what was dropped."))

    # -- cards ------------------------------------------------------------------------------
    def _draft_changed(self, draft: Draft, change: DraftChange) -> None:
        if draft is not self._draft:
            return  # an earlier draft: there is no way to unsubscribe from it
        if change.part in (Part.MEDIA, Part.REPLACED):
            self._sync_cards()
            self.media_changed.emit()
        elif change.part in (Part.MEDIA_ITEM, Part.PEOPLE):
            index = change.media_index
            if index is not None and index < len(self._cards) and index < len(draft.media):
                self._cards[index].set_media(draft.media[index])
            self.media_changed.emit()
        elif change.part is Part.CHANNELS:
            specs = self._alt_channels()
            for card in self._cards:
                card.set_channels(specs)

    def _alt_channels(self) -> list[ChannelSpec]:
        if self._draft is None:
            return []
        specs = load_channels()
        return [specs[c] for c in self._draft.channels if c in specs and specs[c].alt_max is not None]

    def _thumbnail(self, item: Media) -> QPixmap | None:
        """The thumbnail if it has been read; else None for now, and it is read off the GUI
        thread and shown when it arrives."""
        if item.kind != "image" or not item.path:
            return None
        if item.path not in self._thumbs:
            self._loader.request(item.path)
        return self._thumbs.get(item.path)

    def _thumbnail_loaded(self, path: str, image) -> None:
        pixmap = None if image.isNull() else thumbnail_pixmap(image, app_ratio())
        self._thumbs[path] = pixmap
        for card in self._cards:
            if card.media.path == path and card.media.kind == "image":
                card.set_thumbnail(pixmap)

    def _sync_cards(self) -> None:
        """Match cards to the draft's media, keeping the cards of media still there."""
        media = list(self._draft.media) if self._draft is not None else []
        limit = media_limits().per_draft_max
        self.overflow_label.setText(self.tr(
            "This draft has {count} images and videos, but a post can have at most {limit}. Only the first {limit} "
            "are shown; remove some to see the rest.").format(count=len(media), limit=limit))
        self.overflow_label.setVisible(len(media) > limit)
        media = media[:limit]  # an old or hand-made draft with thousands of media: cards for a post's worth
        old, new = self._cards, []
        focused = QApplication.focusWidget()
        focus_card = next((card for card in old if focused is not None and card.isAncestorOf(focused)), None)
        j, built, deadline = 0, 0, time.perf_counter() + PASS_BUDGET_S
        for index, item in enumerate(media):
            k = next((k for k in range(j, len(old)) if (old[k].media.kind, old[k].media.path)
                      == (item.kind, item.path)), None)
            if k is None and built >= CARDS_AT_ONCE and time.perf_counter() > deadline:
                self._more_cards.start()  # the rest in the next passes: the window stays responsive
                break
            if k is None:
                card = self._new_card(index, item)
                built += 1
            else:
                for gone in old[j:k]:
                    self._drop_card(gone)
                card, j = old[k], k + 1
                card.set_index(index)
                card.set_media(item)
            new.append(card)
        for gone in old[j:]:
            if gone not in new:
                self._drop_card(gone)
        self._cards = new
        self._findings = {n: f for n, f in self._findings.items() if n < len(new)}
        for index, card in enumerate(new):
            placed = self._strip.itemAt(index)
            if placed is None or placed.widget() is not card:  # only cards that moved are laid out again
                self._strip.removeWidget(card)
                self._strip.insertWidget(index, card)
                card.show()
            card.set_findings(self._findings.get(index, []))
        self.empty_label.setVisible(not media)
        if focus_card is not None and focus_card not in new:
            # The focused card went away: keep keyboard users near where they were.
            index = old.index(focus_card)
            if new:
                new[min(index, len(new) - 1)].remove_button.setFocus()
            else:
                self.add_button.setFocus()

    def _new_card(self, index: int, item: Media) -> MediaCard:
        card = MediaCard(index, item, self._thumbnail(item), self._strip.parentWidget())
        card.set_channels(self._alt_channels())
        card.alt_edited.connect(self._alt_edited)
        card.captions_toggled.connect(self._captions_toggled)
        card.remove_requested.connect(self._remove)
        card.people_edited.connect(self._people_edited)
        if item.people is None and item.path in self._prompts:
            card.people_editor.show_prompt(self._prompts[item.path])
        if card.alt_editor is not None:
            card.alt_editor.installEventFilter(self)
            card.alt_editor.viewport().installEventFilter(self)
        return card

    def _drop_card(self, card: MediaCard) -> None:
        # Only hidden and deleted later: the card may be inside its own remove button's signal.
        self._strip.removeWidget(card)
        card.hide()
        card.deleteLater()

    def _clear_cards(self) -> None:
        for card in self._cards:
            self._drop_card(card)
        self._cards = []

    def _people_edited(self, index: int, record: object) -> None:
        if self._draft is not None and index < len(self._draft.media):
            self._draft.set_people(index, record)  # type: ignore[arg-type]

    def _people_hint(self, path: str, hint: PeopleHint) -> None:
        message = apply_hint(self._draft, self._cards, self._prompts, path, hint, self)
        if message:
            self._show_message(message)

    def _alt_edited(self, index: int, text: str) -> None:
        if self._draft is not None and index < len(self._draft.media):
            self._draft.update_media(index, alt=text)

    def _captions_toggled(self, index: int, checked: bool) -> None:
        if self._draft is not None and index < len(self._draft.media):
            self._draft.update_media(index, captions=checked)

    def _remove(self, index: int) -> None:
        if self._draft is not None and index < len(self._draft.media):
            self._draft.remove_media(index)

    def _show_message(self, text: str) -> None:
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.WindowText, severity_color(Severity.WARNING, self.palette()))
        self.message_label.setPalette(palette)
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _update_enabled(self) -> None:
        self.add_button.setEnabled(self._draft is not None)
