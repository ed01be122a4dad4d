"""Keeps the shown draft's findings current: asks the worker to check after each change
and works out what each tab shows — a channel tab its variant's findings, the master tab
those of every channel that follows the master — without the ignored ones.

The review, approval and export gates ask with `when_checked(callback)`: the callback gets
every channel's findings once the full check of the content as it is then has come back
(at once when it already has), or None when it did not come in time or the draft changed
to another one. Nothing waits in a loop; the answer arrives with the check's result."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from checks.model import Finding, Severity
from composer.checking.job import CheckJob, CheckResult
from composer.qt.checking.scheduler import CheckWorker
from composer.model.draft import Draft, Ignored, finding_key
from composer.model.draft_change import DraftChange
from composer.qt.widgets.channel_tabs import MASTER

CHECK_WAIT_MS = 60000
FindingsByChannel = dict[str, list[Finding]]


class LiveChecks(QObject):
    updated = Signal()  # the shown findings changed
    error = Signal(str)
    gate_waiting = Signal(bool)  # a gate waits for the checks (True), or stopped waiting (False)
    gate_timed_out = Signal()    # the checks did not come back within CHECK_WAIT_MS
    checking_changed = Signal(bool)  # True while the shown content has no check result yet

    def __init__(self, worker: CheckWorker, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.lang = lang
        self.draft: Draft | None = None
        self.tab = MASTER
        self.result: CheckResult | None = None
        self._subscribed: set[int] = set()
        self._waiting: list[Callable[[FindingsByChannel | None], None]] = []
        self._give_up = QTimer(self, singleShot=True, interval=CHECK_WAIT_MS)
        self._give_up.timeout.connect(self._time_out)
        self._checking = False
        worker.finished.connect(self._on_result)
        worker.language_ready.connect(self.recheck)

    def set_draft(self, draft: Draft | None) -> None:
        if draft is not self.draft:
            self._answer(None)  # a gate waiting for the previous draft's checks stops
        self.draft = draft
        self.result = None
        self._set_checking(draft is not None)
        if draft is not None and id(draft) not in self._subscribed:
            self._subscribed.add(id(draft))
            draft.on_change(self._on_draft_changed)
        self.updated.emit()
        self.recheck(immediate=True)

    def set_tab(self, tab: str) -> None:
        self.tab = tab
        self.updated.emit()

    def recheck(self, immediate: bool = True) -> None:
        draft = self.draft
        if draft is None:
            return
        self.worker.request(self._job(draft), immediate=immediate)
        self._set_checking(True)

    @property
    def checking(self) -> bool:
        """True until the result of the latest request (the current content) has arrived."""
        return self._checking

    def _set_checking(self, checking: bool) -> None:
        if checking != self._checking:
            self._checking = checking
            self.checking_changed.emit(checking)

    def _job(self, draft: Draft) -> CheckJob:
        posts = tuple((channel, draft.post(channel)) for channel in draft.channels)
        return CheckJob(draft.id, draft.pack, self.lang, posts)

    def _on_draft_changed(self, draft: Draft, change: DraftChange) -> None:
        if draft is not self.draft:
            return
        if change.needs_recheck:
            # choices and restores re-check at once; typing (text, alt text, the paid form) after a pause
            self.recheck(immediate=not change.typed)
        else:
            self.updated.emit()

    def _on_result(self, result: CheckResult) -> None:
        if self.draft is None or result.job.draft_id != self.draft.id:
            return
        self.result = result
        if result.error:
            self.error.emit(result.error)
        self._set_checking(result.job.serial != self.worker.latest_serial)
        self.updated.emit()
        if self._waiting:
            found = self.findings_by_channel()
            if found is not None or result.error:
                self._answer(found)

    # -- gates -----------------------------------------------------------------------
    def when_checked(self, callback: Callable[[FindingsByChannel | None], None]) -> None:
        """Call `callback(findings_by_channel)` once the full check of the current content is
        back: at once when it already is, else after a re-check (the window stays
        responsive). None instead: no answer within CHECK_WAIT_MS, the check failed, or
        another draft was shown meanwhile."""
        found = self.findings_by_channel()
        if found is not None:
            callback(found)
            return
        self._waiting.append(callback)
        if len(self._waiting) == 1:
            self._give_up.start()
            self.gate_waiting.emit(True)
        self.recheck(immediate=True)

    @property
    def waiting(self) -> bool:
        """A gate is waiting for the checks."""
        return bool(self._waiting)

    def _time_out(self) -> None:
        self.gate_timed_out.emit()
        self._answer(None)

    def _answer(self, found: FindingsByChannel | None) -> None:
        self._give_up.stop()
        waiting, self._waiting = self._waiting, []
        if waiting:
            self.gate_waiting.emit(False)
        for callback in waiting:
            callback(found)

    # -- what the window shows ---------------------------------------------------------
    @property
    def language_done(self) -> bool:
        return self.result is not None and self.result.language_done

    def _all(self, key: str) -> list[Finding]:
        if self.result is None or self.draft is None:
            return []
        if key != MASTER:
            return list(self.result.findings.get(key, []))
        keys = [c for c in self.draft.channels if self.draft.variant(c).linked] or self.draft.channels[:1]
        merged: dict[tuple, Finding] = {}
        for channel in keys:
            for finding in self.result.findings.get(channel, []):
                merged.setdefault((finding.rule, finding.target, finding.start, finding.end, finding.message), finding)
        return sorted(merged.values(), key=lambda f: (f.target, f.start or 0, -f.severity))

    def shown(self, key: str | None = None) -> tuple[list[Finding], list[tuple[Finding, Ignored]]]:
        """(findings to show, (finding, ignore record) pairs) for a tab, the current one by default."""
        findings = self._all(self.tab if key is None else key)
        ignored = self.draft.ignored if self.draft else {}
        kept = [f for f in findings if finding_key(f) not in ignored]
        dropped = [(f, ignored[finding_key(f)]) for f in findings if finding_key(f) in ignored]
        return kept, dropped

    def findings_by_channel(self) -> FindingsByChannel | None:
        """Every chosen channel's findings (ignored ones included) when the latest check of
        the current content has come back with the language pass; None while it runs, and
        None when the result checked other content than the draft holds now (a change that
        failed to ask for a re-check must not let a gate trust old findings)."""
        result, draft = self.result, self.draft
        if draft is None or result is None or not result.language_done or result.error \
                or result.job.serial != self.worker.latest_serial or not self.worker.idle:
            return None
        job = self._job(draft)
        if (result.job.pack, result.job.posts) != (job.pack, job.posts):
            return None
        return {channel: list(result.findings.get(channel, [])) for channel in draft.channels}

    def badges(self) -> dict[str, tuple[int, int]]:
        """(errors, warnings) per channel, ignored findings left out."""
        counts = {}
        for channel in (self.draft.channels if self.draft else []):
            kept, _ = self.shown(channel)
            counts[channel] = (sum(f.severity == Severity.ERROR for f in kept),
                               sum(f.severity == Severity.WARNING for f in kept))
        return counts
