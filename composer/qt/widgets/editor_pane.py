"""The middle of the window: title, role and pack, channel tabs, the editor with its
counters and fold, media, and the paid-campaign form — all showing one draft.

Edits go into the Draft model; the window hears about them through the draft's change
listeners and re-checks (this pane does not know about checks)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from checks.channels.spec import load_channels
from composer.present.channel_fold import channel_fold, fold_index
from composer.present.posted import posted_text
from composer.model.draft import Draft
from composer.qt.widgets.channel_tabs import MASTER, ChannelTabs
from composer.qt.widgets.counter_strip import CounterStrip
from composer.qt.widgets.media_panel import MediaPanel
from composer.qt.widgets.paid_form import PaidForm
from composer.qt.widgets.post_editor import PostEditor
from composer.qt.widgets.role_pack_bar import RolePackBar

MEDIA_MIN_HEIGHT = 250


class EditorPane(QWidget):
    tab_changed = Signal(str)
    title_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: Draft | None = None
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Title (only you and reviewers see it)"))
        self.title.setAccessibleName(self.tr("Draft title"))
        self.role_pack = RolePackBar(self)
        self.tabs = ChannelTabs(self)
        self.editor = PostEditor(self)
        self.editor.setPlaceholderText(self.tr("Write the post here. Checks run as you type."))
        self.counters = CounterStrip(self)
        self.media = MediaPanel(self)
        self.paid = PaidForm(self)
        self._empty = QLabel(self.tr("No draft open. Press Ctrl+N to start a new one."), self)

        self.media.setMinimumHeight(MEDIA_MIN_HEIGHT)
        layout = QVBoxLayout(self)
        layout.addWidget(self._empty)
        self._parts = (self.title, self.role_pack, self.tabs, self.editor, self.counters, self.media, self.paid)
        for widget in self._parts:
            layout.addWidget(widget, 1 if widget is self.editor else 0)

        self.title.editingFinished.connect(self._on_title)
        self.tabs.current_changed.connect(self._on_tab)
        self.tabs.channels_chosen.connect(self._on_channels)
        self.tabs.reset_requested.connect(self._on_reset)
        self.editor.text_edited.connect(self._on_text)
        self.role_pack.role_chosen.connect(lambda role: self.draft and self.draft.set_role(role))
        self.role_pack.pack_chosen.connect(lambda pack: self.draft and self.draft.set_pack(pack))
        self.paid.changed.connect(lambda paid, record: self.draft and self.draft.set_paid(paid, record))
        self.set_draft(None)

    # -- which draft and tab -----------------------------------------------------------
    def set_draft(self, draft: Draft | None, paid_hints: tuple[str, str] = ("", "")) -> None:
        self.draft = draft
        for widget in self._parts:
            widget.setVisible(draft is not None)
        self._empty.setVisible(draft is None)
        self.title.setText(draft.title if draft else "")
        if draft is not None:
            self.role_pack.show_choice(draft.role, draft.pack)
        self.tabs.set_draft(draft)
        self.media.set_draft(draft)
        self.paid.load(draft, *paid_hints)
        self.show_tab_text()

    def set_paid_hints(self, decides: str, notify: str) -> None:
        self.paid.load(self.draft, decides, notify)

    def current_tab(self) -> str:
        return self.tabs.current()

    def show_tab_text(self) -> None:
        """Put the current tab's text in the editor (after a tab switch, reset or load)."""
        draft = self.draft
        tab = self.current_tab()
        text = "" if draft is None else draft.master if tab == MASTER else draft.text_for(tab)
        self.editor.set_text(text)
        self.editor.set_findings([])
        self.editor.setEnabled(draft is not None)
        self.update_counters()

    def update_counters(self) -> None:
        """Counters for every chosen channel, and the shown channel's fold and overflow."""
        draft = self.draft
        specs = load_channels()
        tab = self.current_tab()
        if draft is None:
            self.counters.update_counts([], tab)
            return
        # what will be posted: the primary version's post, or the bilingual post when combined
        self.counters.update_counts([(specs[c], posted_text(draft, c, draft.versions.primary)) for c in draft.channels],
                                    tab)
        text = self.editor.text()
        if tab != MASTER:  # the same fold and cut as the channel preview
            spec = specs[tab]
            shown = channel_fold(spec, text)
            label = self.tr("%1 shows about %2 characters before “See more”; the rest is hidden at first.") \
                .replace("%1", spec.name).replace("%2", str(spec.fold)) if spec.fold else ""
            self.editor.set_fold(shown.fold, label, shown.cut)
            return
        folds = [(specs[c].fold, specs[c].name) for c in draft.channels
                 if draft.variant(c).linked and specs[c].fold]
        if folds:
            fold = min(f for f, _ in folds)
            names = ", ".join(name for f, name in folds if f == fold)
            label = self.tr("%1 shows about %2 characters before “See more”; the rest is hidden at first.") \
                .replace("%1", names).replace("%2", str(fold))
            self.editor.set_fold(fold_index(fold, text), label, None)
        else:
            self.editor.set_fold(None, "", None)

    # -- edits ---------------------------------------------------------------------------
    def _on_tab(self, tab: str) -> None:
        self.show_tab_text()
        self.tab_changed.emit(tab)

    def _on_text(self, text: str) -> None:
        draft = self.draft
        if draft is None:
            return
        tab = self.current_tab()
        if tab == MASTER:
            draft.set_master(text)
        else:
            was_linked = draft.variant(tab).linked
            draft.set_variant_text(tab, text)
            if was_linked:
                self.tabs.refresh()
        self.update_counters()

    def _on_reset(self, channel: str) -> None:
        if self.draft is not None and channel != MASTER:
            self.draft.reset_variant(channel)
            self.tabs.refresh()
            self.show_tab_text()

    def _on_channels(self, channels: list[str]) -> None:
        if self.draft is None:
            return
        if channels:
            self.draft.set_channels(channels)
        self.tabs.refresh()  # an empty choice is refused: a draft goes to at least one channel
        self.update_counters()

    def _on_title(self) -> None:
        if self.draft is not None and self.title.text().strip() and self.title.text().strip() != self.draft.title:
            self.title_edited.emit(self.title.text().strip())
