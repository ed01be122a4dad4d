"""`somevahti export DRAFT_ID --out DIR [--force-draft] [--by NAME] [--lang fi|sv|en]
[--data DIR]`: the same export folder as the window's Export, for scripts.

The draft is checked in full first (language models included), as the summary reports
the checks. A final export records the "exported" step in the draft's history and saves
it; an export marked as a draft changes nothing in storage.
"""
from __future__ import annotations

import argparse
import getpass
import sqlite3
import sys
from pathlib import Path
from typing import IO

from checks.packs import PackError
from composer.cli.stored_drafts import find_draft, load_drafts, opened_store
from composer.cli.usage import (
    EXIT_NOT_APPROVED, EXIT_OK, BadInput, CommandParser, add_common_options, one_line, run,
)
from composer.model.draft import Draft
from composer.model.draft_codec import draft_to_dict
from composer.export import ExportError, check_draft, export_draft, is_final
from composer.export.final import not_approved_message
from composer.export.folder import require_empty_folder
from composer.messages import render
from composer.storage.store import Store
from composer.approval.workflow import WorkflowError, mark_exported

PROG = "somevahti export"
USER_KEY = "user"  # the ui_state key the window writes (composer.qt.window_storage.USER_KEY)


def build_parser() -> CommandParser:
    parser = CommandParser(prog=PROG, description="Export a draft to a folder: a text file per channel, images "
                                                  "without metadata, alt texts and a summary (HTML, Markdown, JSON).")
    parser.add_argument("draft_id", metavar="DRAFT_ID", help="the draft's id or a unique start of it "
                                                             "(see somevahti list)")
    parser.add_argument("--out", metavar="DIR", required=True, help="a new or empty folder for the files")
    parser.add_argument("--force-draft", action="store_true",
                        help="export a draft that is not approved; every file is marked LUONNOS / UTKAST / DRAFT")
    parser.add_argument("--by", metavar="NAME", help="who exports, recorded in the summary and the draft's "
                                                     "history (default: the name set in Somevahti's Settings, "
                                                     "else your login name)")
    add_common_options(parser)
    return parser


def main(argv: list[str] | None = None, out: IO[str] | None = None, err: IO[str] | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr

    def export(args: argparse.Namespace, lang: str) -> int:
        with opened_store(args.data, lang) as store:
            return _export(store, args, lang, out, err)
    return run(build_parser(), argv, err, export)


def _export(store: Store | None, args: argparse.Namespace, lang: str, out: IO[str], err: IO[str]) -> int:
    drafts, warnings = load_drafts(store, lang)
    for warning in warnings:
        print(f"{PROG}: {warning}", file=err)
    position, draft = find_draft(drafts, args.draft_id, lang)
    folder = Path(args.out)
    by = " ".join((args.by if args.by is not None else _settings_name(store) or _login_name()).split())
    if not is_final(draft) and not args.force_draft:
        print(f"{PROG}: {not_approved_message(draft, lang)} {render('cli.force_hint', lang)}", file=err)
        return EXIT_NOT_APPROVED
    try:
        require_empty_folder(folder, lang)  # before the checks, which take a few seconds
        findings = check_draft(draft, lang)
        result = export_draft(draft, findings, folder, lang=lang, force_draft=args.force_draft, by=by)
    except PackError as exc:
        raise BadInput(render("cli.pack_error", lang, pack=draft.pack, detail=str(exc))) from None
    except ExportError as exc:
        raise BadInput(str(exc)) from None
    _warn_about_models(lang, err)
    title = one_line(draft.title) or render("export.untitled", lang)
    key = "cli.exported_final" if result.final else "cli.exported_draft"
    out.write(render(key, lang, title=title, folder=str(result.out_dir), count=len(result.files)) + "\n")
    out.writelines(f"  {name}\n" for name in result.files)
    if result.final and store is not None and _record_exported(store, position, draft, by, lang, err):
        out.write(render("cli.state_recorded", lang) + "\n")
    return EXIT_OK


def _record_exported(store: Store, position: int, draft: Draft, by: str, lang: str, err: IO[str]) -> bool:
    """Record the "exported" step in the draft's history and save it; False (with a
    warning) when the workflow does not allow it or the database cannot be written."""
    try:
        mark_exported(draft, by)
    except WorkflowError as exc:
        print(f"{PROG}: {render('cli.state_not_recorded', lang, reason=str(exc))}", file=err)
        return False
    try:
        store.save_records(draft_to_dict(draft), position)  # the window may have saved edits meanwhile
    except (sqlite3.Error, OSError) as exc:
        print(f"{PROG}: {render('cli.state_not_saved', lang, detail=str(exc))}", file=err)
        return False
    return True


def _warn_about_models(lang: str, err: IO[str]) -> None:
    from checks import shared_models
    if shared_models().error:
        print(f"{PROG}: {render('cli.models_missing', lang, detail=shared_models().error)}", file=err)


def _settings_name(store: Store | None) -> str:
    """The name the window last recorded from Settings ("" when none)."""
    if store is None:
        return ""
    try:
        value = store.ui_state(USER_KEY, {})
    except (sqlite3.Error, ValueError):
        return ""
    name = value.get("name") if isinstance(value, dict) else None
    return name.strip() if isinstance(name, str) else ""


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""
