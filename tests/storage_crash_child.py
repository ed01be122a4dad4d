"""Child process of tests/test_storage_crash.py: edit one draft and save it in a tight loop.

Run: python tests/storage_crash_child.py DATA_DIR. It continues from what it finds in
DATA_DIR. Save number N is written into the master text, a variant, a comment, a media
alt text, an ignored finding and an approval, so a half-written save would show; after
each completed commit it prints "saved N" (flushed). Every 10th save adds a comment,
every 25th changes the state; its clock moves one minute per save, so revisions are
kept as in real use. Imports stay small (no Qt, no checks engine) so it starts fast.
"""
from __future__ import annotations

import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from composer.storage import open_store

DRAFT_ID = "crash-test-draft"
START = datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)
STATES = ("draft", "in_review")


def draft_data(n: int, images: list[str]) -> dict:
    """The draft as save number `n` leaves it (the draft_to_dict form)."""
    tag = f"N={n}"
    return {
        "format": 1, "id": DRAFT_ID, "title": "Kaatumistesti", "author": "Maija", "state": STATES[(n // 25) % 2],
        "master": f"Kirjasto on auki lauantaina. {tag}\n\nBiblioteket är öppet på lördag. {tag}",
        "channels": ["facebook", "instagram", "x"],
        "variants": {"x": f"Kirjasto auki la {tag} #kirjasto", "instagram": f"Tervetuloa! {tag}"},
        "media": [{"kind": "image", "alt": f"Kirjaston ovi {tag}", "captions": None, "path": images[0]},
                  {"kind": "image", "alt": "Lukupassi", "captions": None, "path": images[1]}],
        "paid": False, "paid_record": {"decided_by": "", "notified_to": "", "notified_on": ""},
        "role": "organisation", "pack": "kokkola",
        "ignored": [{"rule": "tone.shouting", "target": "text", "excerpt": tag, "reason": "Testi", "by": "Maija"}],
        "checklist": ["facts"],
        "comments": [{"author": "Pekka", "body": f"Kommentti {i}", "at": "2026-11-23T08:00:00Z", "id": f"c{i}"}
                     for i in range(1, n // 10 + 1)]
                    + [{"author": "Maija", "body": f"Viimeisin {tag}", "at": "2026-11-23T08:00:00Z", "id": "latest"}],
        "approvals": [{"channel": "x", "reviewer": "Pekka", "content_hash": "ab" * 32, "content": tag,
                       "at": "2026-11-23T08:00:00Z", "signature": "", "public_key": ""}],
        "history": [{"from_state": STATES[i % 2], "to_state": STATES[(i + 1) % 2], "by": "Maija", "note": "",
                     "at": "2026-11-23T08:00:00Z", "id": f"step{i}", "after": f"step{i - 1}" if i else ""}
                    for i in range(n // 25)],
    }


def stored_n(master: str) -> int:
    return int(re.search(r"N=(\d+)", master).group(1))


def main() -> None:
    data_dir = Path(sys.argv[1])
    n = 0
    store, problem = open_store(data_dir, clock=lambda: START + timedelta(minutes=n))
    if problem is not None:
        print(f"problem {problem.kind}: {problem.detail}", flush=True)
        sys.exit(3)
    images = [str(data_dir.parent / "kuvat" / name) for name in ("ovi.png", "passi.png")]
    found = [d for d in store.load_all() if d["id"] == DRAFT_ID]
    n = stored_n(found[0]["master"]) if found else 0
    while True:
        n += 1
        store.save_draft(draft_data(n, images), 0)
        print(f"saved {n}", flush=True)


if __name__ == "__main__":
    main()
