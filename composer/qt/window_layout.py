"""The main window's layout, made for laptop screens (1280×720, 1366×768 at 125 %):
drafts list | review bar and editor pane | one side column of tabs (findings, before
publishing, comments, preview) instead of two panels competing for its height. Both the
drafts list and the side column collapse (View menu, or drag the splitter), and the
layout — window geometry, column widths, the editor/media split, the side tab shown —
is kept in the typed settings (composer.settings_schema, resources/settings/settings.toml).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from composer.qt.accessibility import apply_tab_order, describe_review_steps
from composer.settings_schema import Settings

SIDE_TABS = ("findings", "checklist", "comments", "preview")
DEFAULT_SIZE = (1280, 720)
# Share of the width: drafts list, editor, side column.
WIDTHS = (0.13, 0.50, 0.37)
_VIEW_SHORTCUTS = {
    "toggle_drafts": "Shift+F9",  # Ctrl+Shift+L moves between language versions
    "toggle_side": "F9",
    "show_findings": "Alt+1",
    "show_checklist": "Alt+2",
    "show_comments": "Alt+3",
    "show_preview": "Alt+4",
}


class WindowLayout(QObject):
    """Builds the central widget of `window` and the View menu; remembers the layout."""

    def __init__(self, window: QMainWindow) -> None:  # the MainWindow, whose widgets it lays out
        super().__init__(window)
        self.window = window
        self._shares_kept = False  # True once the widths are the user's (dragged or restored)
        self.side_tabs = QTabWidget(window)
        self.side_tabs.setObjectName("side_tabs")
        self.side_tabs.setAccessibleName(QCoreApplication.translate("WindowLayout", "Side column"))
        self.side_tabs.setDocumentMode(True)
        # four tabs share a laptop's narrow column: long titles shorten ("Ennen julk…"),
        # the tooltip and the screen reader still give them whole
        self.side_tabs.setUsesScrollButtons(False)
        self.side_tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self._pages = {"findings": window.findings, "checklist": window.checklist,
                       "comments": window.comments, "preview": window.preview}
        for number, name in enumerate(SIDE_TABS, start=1):
            index = self.side_tabs.addTab(self._pages[name], self.tab_title(name))
            self.side_tabs.setTabToolTip(index, f"{self.tab_title(name)}: {self._tab_help(name)} (Alt+{number})")
        describe_review_steps(window.review_bar.buttons)
        center = QWidget(window)
        column = QVBoxLayout(center)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(window.review_bar)
        column.addWidget(window.pane, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal, window)
        self.split.setObjectName("main_split")
        self.split.addWidget(window.drafts)
        self.split.addWidget(center)
        self.split.addWidget(self.side_tabs)
        self.split.setCollapsible(0, True)
        self.split.setCollapsible(1, False)
        self.split.setCollapsible(2, True)
        for index, share in enumerate(WIDTHS):
            self.split.setStretchFactor(index, round(share * 100))
        window.setCentralWidget(self.split)
        self.columns = (window.drafts, center, self.side_tabs)
        self.actions = self._view_actions()
        self._order_timer = QTimer(window, singleShot=True, interval=0)
        self._order_timer.timeout.connect(self.apply_tab_order)
        window.pane.media.media_changed.connect(self._order_timer.start)
        window.drafts.current_draft_changed.connect(lambda _draft: self._order_timer.start())
        self.split.splitterMoved.connect(lambda *_: self._user_moved())
        self._share_timer = QTimer(self, singleShot=True, interval=0)
        self._share_timer.timeout.connect(self._share_widths)
        self.split.installEventFilter(self)

    # -- widths until the user chooses them ---------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.split and event.type() == QEvent.Type.Resize and not self._shares_kept:
            self._share_timer.start()  # after the splitter has shared out the new width itself
        return super().eventFilter(watched, event)

    def _share_widths(self) -> None:
        """The default shares of the width (WIDTHS) at the window's real size, columns
        hidden from the View menu staying hidden."""
        if self._shares_kept:
            return
        width = sum(self.split.sizes())
        if width <= 0:  # not laid out yet: zero sizes would collapse the columns
            return
        sizes = [int(width * share) for share in WIDTHS]
        for index, name in ((0, "toggle_drafts"), (2, "toggle_side")):
            if not self.actions[name].isChecked():
                sizes[1] += sizes[index]
                sizes[index] = 0
        self.split.setSizes(sizes)

    def _user_moved(self) -> None:
        self._shares_kept = True
        self._sync_checks()

    def apply_tab_order(self) -> list[QWidget]:
        """Tab walks the drafts list, then the review bar and the editor, then the side
        column, each in reading order (widgets made later, like media cards, included)."""
        return apply_tab_order(self.columns)

    # -- the side column ------------------------------------------------------------------
    def tab_title(self, name: str, count: int = 0) -> str:
        titles = {"findings": QCoreApplication.translate("WindowLayout", "Findings"),
                  "checklist": QCoreApplication.translate("WindowLayout", "Checklist"),
                  "comments": QCoreApplication.translate("WindowLayout", "Comments"),
                  "preview": QCoreApplication.translate("WindowLayout", "Preview")}
        return f"{titles[name]} ({count})" if count else titles[name]

    def _tab_help(self, name: str) -> str:
        return {
            "findings": QCoreApplication.translate("WindowLayout", "What the checks found in the text and media"),
            "checklist": QCoreApplication.translate("WindowLayout", "Things to check yourself before publishing"),
            "comments": QCoreApplication.translate("WindowLayout", "The team's comments on this draft"),
            "preview": QCoreApplication.translate("WindowLayout", "How the post looks on each channel"),
        }[name]

    def set_count(self, name: str, count: int) -> None:
        """Show a count in the tab's title ("Findings (5)"), or none."""
        index = self.side_tabs.indexOf(self._pages[name])
        self.side_tabs.setTabText(index, self.tab_title(name, count))
        self.side_tabs.tabBar().setAccessibleTabName(index, self.tab_title(name, count))

    def show_side(self, name: str) -> QWidget:
        """Open the side column (if collapsed) on tab `name`; returns that page."""
        page = self._pages[name]
        self._expand(2)
        self.side_tabs.setCurrentWidget(page)
        return page

    def current_side(self) -> str:
        current = self.side_tabs.currentWidget()
        return next((name for name, page in self._pages.items() if page is current), SIDE_TABS[0])

    def _expand(self, index: int) -> None:
        sizes = self.split.sizes()
        if sizes[index] > 0:
            return
        self._shares_kept = True
        width = max(sum(sizes), self.window.width())
        sizes[index] = int(width * WIDTHS[index])
        sizes[1] = max(0, width - sum(s for i, s in enumerate(sizes) if i != 1))
        self.split.setSizes(sizes)
        self._sync_checks()

    def toggle(self, index: int, shown: bool) -> None:
        """Show or collapse the drafts list (0) or the side column (2)."""
        self._shares_kept = True
        if shown:
            self._expand(index)
        else:
            sizes = self.split.sizes()
            sizes[1] += sizes[index]
            sizes[index] = 0
            self.split.setSizes(sizes)
        self._sync_checks()

    def _sync_checks(self) -> None:
        sizes = self.split.sizes()
        if sum(sizes) <= 0:  # not laid out yet
            return
        for name, index in (("toggle_drafts", 0), ("toggle_side", 2)):
            action = self.actions[name]
            action.blockSignals(True)
            action.setChecked(sizes[index] > 0)
            action.blockSignals(False)

    def _view_actions(self) -> dict[str, QAction]:
        texts = {
            "toggle_drafts": QCoreApplication.translate("WindowLayout", "&Drafts list"),
            "toggle_side": QCoreApplication.translate("WindowLayout", "&Side column"),
            "show_findings": QCoreApplication.translate("WindowLayout", "&Findings"),
            "show_checklist": QCoreApplication.translate("WindowLayout", "Chec&klist"),
            "show_comments": QCoreApplication.translate("WindowLayout", "&Comments"),
            "show_preview": QCoreApplication.translate("WindowLayout", "&Preview"),
        }
        actions: dict[str, QAction] = {}
        for name, shortcut in _VIEW_SHORTCUTS.items():
            action = QAction(texts[name], self.window)
            action.setObjectName(f"action_{name}")
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            actions[name] = action
        for name, index in (("toggle_drafts", 0), ("toggle_side", 2)):
            actions[name].setCheckable(True)
            actions[name].setChecked(True)
            actions[name].toggled.connect(lambda shown, i=index: self.toggle(i, shown))
        for name in SIDE_TABS:
            actions[f"show_{name}"].triggered.connect(lambda _checked=False, n=name: self.focus_side(n))
        self.window.addActions(list(actions.values()))
        return actions

    def add_menu(self) -> None:
        """The View menu, after the window's own menus."""
        menu = self.window.menuBar().addMenu(QCoreApplication.translate("WindowLayout", "&View"))
        for name, action in self.actions.items():
            menu.addAction(action)
            if name == "toggle_side":
                menu.addSeparator()

    def focus_side(self, name: str) -> None:
        """Open tab `name` and put the keyboard focus in it."""
        page = self.show_side(name)
        target = page.focusProxy() or next((w for w in page.findChildren(QWidget)
                                            if w.isVisible() and w.isEnabled()
                                            and w.focusPolicy() & Qt.FocusPolicy.TabFocus), page)
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- remembering -----------------------------------------------------------------------
    def restore(self, settings: Settings) -> None:
        """The layout the window had when it last closed; the laptop default the first time."""
        geometry = settings.get("window/geometry")
        if geometry is None or not self.window.restoreGeometry(geometry):
            self.window.resize(*self.default_size())
        split = settings.get("window/split")
        self._shares_kept = split is not None and self.split.restoreState(split)
        if not self._shares_kept:
            self._share_widths()
        editor = settings.get("window/editor_split")
        if editor is not None:
            self.window.pane.restore_split(editor)
        self.side_tabs.setCurrentWidget(self._pages[settings.get("window/side_tab")])
        self._sync_checks()

    def default_size(self) -> tuple[int, int]:
        """1280×720, or the screen's available area when that is smaller."""
        screen = self.window.screen()
        if screen is None:
            return DEFAULT_SIZE
        area = screen.availableGeometry()
        return min(DEFAULT_SIZE[0], area.width()), min(DEFAULT_SIZE[1], area.height())

    def save(self, settings: Settings) -> None:
        settings.set("window/geometry", self.window.saveGeometry())
        settings.set("window/split", self.split.saveState())
        settings.set("window/editor_split", self.window.pane.save_split())
        settings.set("window/side_tab", self.current_side())
