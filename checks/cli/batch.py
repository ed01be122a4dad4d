"""`somevahti check --batch`: a stream of JSON posts in, one JSON result per line out.

A reader thread turns input lines into entries (a bounded queue: memory stays flat on
any size of input); the main thread groups them into chunks, has them checked — by a
pool of worker processes that share the language models loaded once, or in this process
with `--jobs 1` — and writes each chunk's results, in input order, as soon as they are
ready. A chunk ends when it is full or when the input pauses, so an interactive pipe
gets its answer without waiting for more lines.

A line that holds no post (bad JSON, bad UTF-8, a wrong type, a blank line, …) gets an
error result `{"id", "line", "error"}` instead of `{"id", "channel", "findings"}`.
"""
from __future__ import annotations

import json
import os
import queue
import threading
from collections import deque
from concurrent.futures import Future
from typing import IO, Callable

from checks.cli.batch_lines import Entry, entries
from checks.cli.batch_worker import Checker, ChunkResult, InlineChecker, PoolChecker
from checks.packs import Pack

EXIT_OK, EXIT_ERRORS, EXIT_BAD_INPUT = 0, 1, 2
CHUNK = 32  # posts per task: enough for spaCy's batching, small enough to stream
PAUSE_S = 0.05  # input idle this long ends a chunk early
QUEUE_LINES = 512  # entries read ahead of the checkers
STDERR_LINES = 100  # bad lines reported one by one on stderr; the rest are counted
_END, _WAKE = object(), object()


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class LineWriter:
    """Writes one JSON object per line as UTF-8; a value holding a lone surrogate (which
    UTF-8 cannot carry) is written with \\u escapes instead."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.binary = getattr(out, "buffer", None)

    def write(self, obj: dict) -> None:
        text = json.dumps(obj, ensure_ascii=False)
        try:
            data = (text + "\n").encode("utf-8")
        except UnicodeEncodeError:
            text = json.dumps(obj, ensure_ascii=True)
            data = (text + "\n").encode("utf-8")
        if self.binary is not None:
            self.binary.write(data)
        else:
            self.out.write(text + "\n")

    def flush(self) -> None:
        (self.binary or self.out).flush()


def _read_ahead(name: str, stream: IO, into: "queue.Queue[object]") -> None:
    try:
        for entry in entries(name, stream):
            into.put(entry)
    except OSError as exc:  # a read error mid-stream: reported as the batch's last problem
        into.put(exc)
    finally:
        into.put(_END)


def _offer(into: "queue.Queue[object]", item: object) -> None:
    try:
        into.put_nowait(item)
    except queue.Full:  # the main thread is not waiting for input then
        pass


class Report:
    """Exit status, and the bad lines on stderr (the first STDERR_LINES of them)."""

    def __init__(self, err: IO[str]) -> None:
        self.err = err
        self.status = EXIT_OK
        self.bad_lines = 0
        self.models_error: str | None = None

    def bad(self, message: str) -> None:
        self.status = EXIT_BAD_INPUT
        self.bad_lines += 1
        if self.bad_lines <= STDERR_LINES:
            print(f"somevahti check: {message}", file=self.err)

    def finish(self) -> int:
        if self.bad_lines > STDERR_LINES:
            print(f"somevahti check: {self.bad_lines - STDERR_LINES} more bad lines (see their \"error\" results)",
                  file=self.err)
        if self.models_error:
            print(f"somevahti check: warning: the language models could not be loaded ({self.models_error}); "
                  "names, lemmas and word lists were checked without them", file=self.err)
        return self.status


def _emit(chunk: list[Entry], result: ChunkResult, writer: LineWriter, report: Report) -> None:
    checked = iter(result.results)
    for entry in chunk:
        if entry.post is None:
            report.bad(entry.error or "")
            writer.write({"id": entry.id, "line": entry.line, "error": entry.error})
            continue
        obj, problem, status = next(checked)
        if problem is not None:
            message = f"{entry.line}: {problem}"
            report.bad(message)
            writer.write({"id": entry.post.id, "line": entry.line, "error": message})
        else:
            assert obj is not None
            writer.write(obj)
            report.status = max(report.status, status)
    report.models_error = report.models_error or result.models_error
    writer.flush()


def run_batch(pack: Pack, lang: str, name: str, stream: IO, out: IO[str], err: IO[str], jobs: int,
              make_checker: Callable[[Pack, str, int], Checker] | None = None) -> int:
    """Check every line of `stream`; returns the exit code."""
    # The checker first: a pool forks its workers before the reader thread exists.
    checker: Checker = (make_checker or (InlineChecker if jobs <= 1 else PoolChecker))(pack, lang, jobs)
    lines: "queue.Queue[object]" = queue.Queue(maxsize=QUEUE_LINES)
    threading.Thread(target=_read_ahead, args=(name, stream, lines), name="somevahti-batch-reader",
                     daemon=True).start()
    writer, report = LineWriter(out), Report(err)
    window: deque[tuple[list[Entry], int, Future]] = deque()

    def emit_first() -> None:
        chunk, count, future = window.popleft()
        _emit(chunk, checker.result(future, count), writer, report)

    def submit(chunk: list[Entry]) -> None:
        posts = [e.post for e in chunk if e.post is not None]
        future = checker.submit(posts)
        future.add_done_callback(lambda _f: _offer(lines, _WAKE))  # a result wakes the loop
        window.append((chunk, len(posts), future))
        while len(window) > 2 * max(jobs, 1):  # enough work queued: wait for the oldest
            emit_first()

    chunk: list[Entry] = []
    posts = 0
    finished = False
    try:
        while not finished or chunk or window:
            while window and window[0][2].done():
                emit_first()
            if finished:
                if chunk:
                    submit(chunk)
                    chunk, posts = [], 0
                elif window:
                    emit_first()
                continue
            try:
                item = lines.get(timeout=PAUSE_S if chunk else None)
            except queue.Empty:  # the input paused: check what has come so far
                submit(chunk)
                chunk, posts = [], 0
                continue
            if item is _WAKE:
                continue
            if item is _END:
                finished = True
            elif isinstance(item, OSError):
                report.bad(f"{name}: could not be read to the end ({item.strerror or item})")
                finished = True
            else:
                assert isinstance(item, Entry)
                chunk.append(item)
                posts += item.post is not None
                if posts >= CHUNK or len(chunk) >= QUEUE_LINES:
                    submit(chunk)
                    chunk, posts = [], 0
    finally:
        checker.close()
    return report.finish()
