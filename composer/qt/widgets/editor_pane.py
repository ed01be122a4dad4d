"""The middle of the window: title, role and pack, channel tabs, the editor with its
counters and fold, and below it (a splitter, so the editor keeps its lines on a laptop
screen) the media and the paid-campaign form as two tabs — all showing one draft.

Edits go into the Draft model; the window hears about them through the draft's change
listeners and re-checks (this pane does not know about checks)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QMessageBox, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from checks.channels.spec import load_channels
from composer.present.channel_fold import channel_fold, fold_index
from composer.present.posted import posted_text
from composer.model.draft import Draft
from composer.qt import plain_message
from composer.present.title_suggestion import suggest_title
from composer.qt.widgets.channel_tabs import MASTER, ChannelTabs
from composer.qt.widgets.counter_strip import CounterStrip
from composer.qt.widgets.media_panel import MediaPanel
from composer.qt.widgets.paid_form import PaidForm
from composer.qt.widgets.post_editor import PostEditor
from composer.qt.widgets.role_pack_bar import RolePackBar

EDITOR_LINES = 12  # the editor shows at least this many lines before the tabs below get room


class EditorPane(QWidget):
    tab_changed = Signal(str)
    title_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: Draft | None = None
        # set by the window when it keeps revisions: keep_revision(draft, reason)
        self.keep_revision: Callable[[Draft, str], object] | None = None
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Title (only you and reviewers see it)"))
        self.title.setAccessibleName(self.tr("Draft title"))
        self.title.setToolTip(self.tr("A name for the draft in your drafts list; suggested from the text's "
                                      "first words until you write your own"))
        self.role_pack = RolePackBar(self)
        self.tabs = ChannelTabs(self)
        self.editor = PostEditor(self)
        self.editor.setPlaceholderText(self.tr(
            "Write the post here. Checks run as you type; what they find is listed on the right and "
            "underlined in the text.\n\nChoose the channels with “Channels…” above the text. Add images "
            "in the tab below. When the text is ready, send it for review."))
        self.counters = CounterStrip(self)
        self.media = MediaPanel(self)
        self.paid = PaidForm(self)
        self._empty = QLabel(self.tr("No draft open. Press Ctrl+N to start a new one."), self)
        self._suggested: str | None = None
        self._followed: str | None = None  # the channel whose editor can undo following the master text
        self._shown: tuple[str | None, str] | None = None  # (draft id, tab) of the text in the editor

        self.details = QTabWidget(self)
        self.details.setObjectName("editor_details")
        self.details.setAccessibleName(self.tr("Images and paid visibility"))
        self.details.setDocumentMode(True)
        paid_scroll = QScrollArea(self.details)
        paid_scroll.setWidgetResizable(True)
        paid_scroll.setFrameShape(QFrame.Shape.NoFrame)
        paid_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        paid_scroll.setWidget(self.paid)
        self.details.addTab(self.media, "")
        self.details.addTab(paid_scroll, "")
        self.details.setTabToolTip(0, self.tr("The post's images and videos with their alt texts and captions"))
        self.details.setTabToolTip(1, self.tr("Whether the post is paid or boosted, and who decided and was told"))
        writing = QWidget(self)
        top = QVBoxLayout(writing)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.editor, 1)
        top.addWidget(self.counters)
        self.body = QSplitter(Qt.Orientation.Vertical, self)
        self.body.setObjectName("editor_split")
        self.body.addWidget(writing)
        self.body.addWidget(self.details)
        self.body.setCollapsible(0, False)
        self.body.setCollapsible(1, False)
        self.body.setStretchFactor(0, 1)
        self.body.setStretchFactor(1, 0)
        self._split_restored = False  # True once the user chose a split (or it was restored)
        self._balance_timer = QTimer(self, singleShot=True, interval=0)
        self._balance_timer.timeout.connect(self.balance_split)
        self.body.installEventFilter(self)
        self.body.splitterMoved.connect(lambda *_: setattr(self, "_split_restored", True))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._empty)
        self._parts = (self.title, self.role_pack, self.tabs, self.body)
        for widget in self._parts:
            layout.addWidget(widget, 1 if widget is self.body else 0)
        self._label_details()

        self.title.editingFinished.connect(self._on_title)
        self.tabs.current_changed.connect(self._on_tab)
        self.tabs.channels_chosen.connect(self._on_channels)
        self.tabs.reset_requested.connect(self._on_reset)
        self.editor.text_edited.connect(self._on_text)
        self.role_pack.role_chosen.connect(lambda role: self.draft and self.draft.set_role(role))
        self.role_pack.pack_chosen.connect(lambda pack: self.draft and self.draft.set_pack(pack))
        self.paid.changed.connect(lambda paid, record: self.draft and self.draft.set_paid(paid, record))
        self.paid.changed.connect(lambda *_: self._label_details())
        self.media.media_changed.connect(self._label_details)
        self.media.media_changed.connect(self.balance_split)
        self.set_draft(None)

    # -- which draft and tab -----------------------------------------------------------
    def set_draft(self, draft: Draft | None, paid_hints: tuple[str, str] = ("", "")) -> None:
        self.draft = draft
        self._suggested = None
        for widget in self._parts:
            widget.setVisible(draft is not None)
        self._empty.setVisible(draft is None)
        self.title.setText(draft.title if draft else "")
        if draft is not None:
            self.role_pack.show_choice(draft.role, draft.pack)
        self.tabs.set_draft(draft)
        self.media.set_draft(draft)
        self.paid.load(draft, *paid_hints)
        self._label_details()
        self.balance_split()
        self.show_tab_text()

    # -- the editor / details split --------------------------------------------------------
    def _label_details(self) -> None:
        count = len(self.draft.media) if self.draft is not None else 0
        media = self.tr("Images and videos")
        self.details.setTabText(0, f"{media} ({count})" if count else media)
        paid = self.draft is not None and self.draft.paid
        self.details.setTabText(1, self.tr("Paid visibility: on") if paid else self.tr("Paid visibility"))

    def editor_min_height(self) -> int:
        """The height of the editor's part that shows EDITOR_LINES lines, the counters and
        whatever else stands around the editor there (the language-version switch)."""
        editor = self.editor
        frame = editor.frameWidth() * 2 + int(editor.document().documentMargin() * 2)
        around = self.counters.sizeHint().height() + 6
        writing = self.body.widget(0)
        if editor.isVisible() and editor.height() > 0 and writing.height() > editor.height():
            around = max(around, writing.height() - editor.height())
        return EDITOR_LINES * editor.fontMetrics().lineSpacing() + frame + around

    def details_wanted_height(self) -> int:
        """The tabs below the editor with a whole media card in view."""
        cards = [card.sizeHint().height() for card in self.media.cards]
        content = max(cards) if cards else self.media.empty_label.sizeHint().height()
        return (self.details.tabBar().sizeHint().height() + self.media.add_button.sizeHint().height()
                + content + 16)

    def balance_split(self) -> None:
        """Give the editor its lines first and the tabs below the rest (until the user
        drags the splitter: from then on the split is theirs, and remembered)."""
        total = sum(self.body.sizes())
        if total <= 0 or self._split_restored:
            return
        top = max(self.editor_min_height(), total - self.details_wanted_height())
        top = min(top, total - self.details.minimumSizeHint().height())
        self.body.setSizes([top, total - top])

    def save_split(self) -> QByteArray:
        return self.body.saveState()

    def restore_split(self, state: QByteArray) -> None:
        self._split_restored = self.body.restoreState(state)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body and event.type() == QEvent.Type.Resize and not self._split_restored:
            self._balance_timer.start()  # after the splitter has shared out the new size itself
        return super().eventFilter(watched, event)

    def show_media_card(self, index: int) -> bool:
        """Open the images tab on card `index`, scrolled into view with its alt text focused."""
        cards = self.media.cards
        if not 0 <= index < len(cards):
            return False
        self.details.setCurrentWidget(self.media)
        card = cards[index]
        self.media.scroll.ensureWidgetVisible(card)
        target = card.alt_editor or card.captions_box or card.remove_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_paid_form(self) -> None:
        self.details.setCurrentIndex(1)

    def set_paid_hints(self, decides: str, notify: str) -> None:
        self.paid.load(self.draft, decides, notify)

    def current_tab(self) -> str:
        return self.tabs.current()

    def show_tab_text(self) -> None:
        """Put the current tab's text in the editor (after a tab switch, reset or load)."""
        draft = self.draft
        tab = self.current_tab()
        shown = (None if draft is None else draft.id, tab)
        if shown != self._shown:  # another text: its own undo stack (even when the words are the same)
            self._shown, self._followed = shown, None
            self.editor.document().clearUndoRedoStacks()
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
        elif self._followed == tab and text == draft.master and not draft.variant(tab).linked:
            draft.reset_variant(tab)  # Ctrl+Shift+Z after undoing "Follow the master text again"
            self.tabs.refresh()
        else:
            was_linked = draft.variant(tab).linked
            draft.set_variant_text(tab, text)
            if was_linked:
                self.tabs.refresh()
        self.update_counters()
        self._suggest_title(draft)

    def _suggest_title(self, draft: Draft) -> None:
        """While the title is still the new draft's default (or one suggested here), follow
        the text's first words."""
        default = QCoreApplication.translate("MainWindow", "New draft")
        if draft.title not in ("", default, self._suggested):
            return
        suggestion = suggest_title(draft.master or self.editor.text())
        if suggestion and suggestion != draft.title:
            self._suggested = suggestion
            self.title.setText(suggestion)
            self.title_edited.emit(suggestion)

    def _on_reset(self, channel: str) -> None:
        """Make `channel` follow the master text again, after the user agreed to lose its own
        text (and, where the window keeps revisions, with its text kept as one first)."""
        draft = self.draft
        if draft is None or channel == MASTER or draft.variant(channel).linked:
            return
        name = load_channels()[channel].name
        answer = plain_message.ask(self, self.tr("Follow the master text again"), self.tr(
            "%1 has its own text. Following the master text again replaces it with the master text. The %1 text "
            "is kept in History, where you can restore it.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.keep_revision is not None:
            self.keep_revision(draft, "before_follow_master")
        # in the channel's editor, one step of its undo stack: Ctrl+Z gives the channel its own
        # text back (a user edit of a channel following the master makes it its own again)
        undoable = self.current_tab() == channel
        if undoable:
            self.editor.replace_all_undoably(draft.master)
        draft.reset_variant(channel)
        self.tabs.refresh()
        self.show_tab_text()  # the same text: the editor keeps its undo stack
        self._followed = channel if undoable else None

    def _on_channels(self, channels: list[str]) -> None:
        if self.draft is None:
            return
        before = self.current_tab()
        if channels:
            self.draft.set_channels(channels)
        self.tabs.refresh()  # an empty choice is refused: a draft goes to at least one channel
        if self.current_tab() != before:  # the open channel was removed: show the master text, not its text
            self._on_tab(self.current_tab())
        self.update_counters()

    def _on_title(self) -> None:
        if self.draft is not None and self.title.text().strip() and self.title.text().strip() != self.draft.title:
            self.title_edited.emit(self.title.text().strip())
