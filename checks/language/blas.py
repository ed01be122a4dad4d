"""Which matrix multiply the Finnish NER runs on.

spaCy's models multiply through thinc's bundled BLIS by default. For the NER's small
matrices (a sentence's few dozen tokens × 768) numpy's OpenBLAS, held to one thread, is
~1.5× faster on the real-text posts (tests/test_blas_choice.py: same entities on all of
them) — but only on one thread: OpenBLAS's own threads on a busy 2-core machine make it
~8× slower instead. So numpy is used only when this process's OpenBLAS can still be told
to stay on one thread (numpy not yet imported, OPENBLAS_NUM_THREADS unset or 1) and numpy
was built with OpenBLAS; otherwise BLIS, as before.
"""
from __future__ import annotations

import logging
import os
import sys
from contextlib import contextmanager
from typing import Iterator

log = logging.getLogger(__name__)
THREADS_VAR = "OPENBLAS_NUM_THREADS"


def hold_openblas_to_one_thread() -> None:
    """Call before anything imports numpy: OpenBLAS reads the variable when it loads (a
    number the user chose is kept)."""
    if "numpy" not in sys.modules:
        os.environ.setdefault(THREADS_VAR, "1")


def single_thread_openblas() -> bool:
    """True when numpy runs on OpenBLAS held to one thread."""
    if os.environ.get(THREADS_VAR) != "1":
        return False
    try:
        import numpy
        blas = numpy.show_config(mode="dicts")["Build Dependencies"]["blas"]["name"]
    except Exception:  # an unusual numpy build: keep BLIS
        log.debug("numpy's BLAS is unknown", exc_info=True)
        return False
    return "openblas" in str(blas).lower()


@contextmanager
def fastest_ops() -> Iterator[bool]:
    """Models built inside use numpy's OpenBLAS when single_thread_openblas(), else BLIS.
    Yields which (True: numpy)."""
    use_numpy = single_thread_openblas()
    if not use_numpy:
        yield False
        return
    from thinc.api import NumpyOps, get_current_ops, set_current_ops
    before = get_current_ops()
    set_current_ops(NumpyOps(use_blis=False))
    try:
        yield True
    finally:
        set_current_ops(before)
