"""The window must appear without waiting for spaCy: loading a guideline pack (which the
window does for the paid-campaign hints) must not import it. spaCy belongs to the check
child process."""
from __future__ import annotations

import subprocess
import sys


def test_loading_a_pack_does_not_import_spacy() -> None:
    code = ("import sys\nfrom checks.pack_loading import load_pack\nload_pack('kokkola')\nload_pack('naantali')\n"
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "False"
