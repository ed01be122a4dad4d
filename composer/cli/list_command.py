"""`somevahti list [--json] [--data DIR] [--lang fi|sv|en]`: the stored drafts with id,
title, state and channels — a table for people, a JSON array for scripts. The JSON also
says, per channel, who approved and whether the approval is verified, signed by an
unknown key, unsigned or invalid, and whether it counts."""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from typing import IO

from composer.cli.stored_drafts import load_drafts, opened_store, short_ids, shown_id
from composer.cli.usage import (
    EXIT_OK, CommandParser, add_common_options, one_line, run,
)
from composer.messages import render
from composer.approval.approve import approval_status
from composer.present.names import state_name
from composer.approval.workflow import effective_state
from composer.model.draft import Draft


def build_parser() -> CommandParser:
    parser = CommandParser(prog="somevahti list", description="List the drafts Somevahti has stored.")
    parser.add_argument("--json", action="store_true", help="print a JSON array (id, title, state, channels, "
                                                            "approvals)")
    add_common_options(parser)
    return parser


def main(argv: list[str] | None = None, out: IO[str] | None = None, err: IO[str] | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr

    def list_drafts(args: argparse.Namespace, lang: str) -> int:
        with opened_store(args.data, lang, writable=False) as store:
            drafts, warnings = load_drafts(store, lang)
        for warning in warnings:
            print(f"somevahti list: {warning}", file=err)
        rows = [{"id": d.id, "title": d.title, "state": effective_state(d), "channels": list(d.channels),
                 "approvals": approvals(d)} for _, d in drafts]
        if args.json:
            out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        elif not rows:
            out.write(render("cli.list.empty", lang) + "\n")
        else:
            out.write(table(rows, lang))
        return EXIT_OK
    return run(build_parser(), argv, err, list_drafts)


def approvals(draft: Draft) -> dict[str, dict | None]:
    """Per chosen channel: the approval's reviewer, time, state ("current"/"void"), trust
    ("verified", "unknown_key", "unsigned", "invalid"), key fingerprint and whether it
    counts; None where there is none."""
    out: dict[str, dict | None] = {}
    for channel in draft.channels:
        status = approval_status(draft, channel)
        out[channel] = None if status.state == "none" else {
            "reviewer": status.reviewer, "at": status.at, "state": status.state, "trust": status.trust,
            "key_fingerprint": status.key_fingerprint, "self_approval": status.self_approval,
            "counts": status.counts}
    return out


def table(rows: list[dict], lang: str) -> str:
    """Aligned columns: short id, state, channels, title (last: it is the longest)."""
    short = short_ids([shown_id(row["id"]) for row in rows])
    lines = [[render(f"cli.list.{column}", lang) for column in ("id", "state", "channels", "title")]]
    lines += [[short[shown_id(row["id"])], state_name(row["state"], lang), one_line(", ".join(row["channels"])),
               one_line(row["title"]) or render("export.untitled", lang)] for row in rows]
    widths = [max(_width(line[i]) for line in lines) for i in range(3)]
    return "".join("  ".join(cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(line[:3]))
                   + "  " + line[3] + "\n" for line in lines)


def _width(text: str) -> int:
    """Terminal columns of `text` (wide East Asian characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1
               for ch in text)
