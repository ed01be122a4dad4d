"""`somevahti check`: check posts from files, stdin or JSON Lines, as DESIGN.md specifies.

Exit codes: 0 no error-level finding, 1 at least one, 2 bad input (message on stderr).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import IO, Iterable

from checks.engine import Engine
from checks.messages import LANGUAGES, default_language
from checks.model import CHANNELS, Finding, Post, Severity
from checks.packs import PackError
from checks.post_json import PostError, post_from_json

EXIT_OK, EXIT_ERRORS, EXIT_BAD_INPUT = 0, 1, 2
_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}


class BadInput(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise BadInput(f"{message} (see somevahti check --help)")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="somevahti check", description="Check social-media posts against a guideline pack.")
    p.add_argument("file", nargs="?", default="-", help="a plain-text or JSON post; - for standard input (default)")
    p.add_argument("--batch", metavar="POSTS.jsonl", help="check many JSON posts, one per line")
    p.add_argument("--pack", default="kokkola", help="pack name or path to a .toml file (default: kokkola)")
    p.add_argument("--channel", choices=CHANNELS, help="channel of a plain-text post (default: facebook)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.add_argument("--lang", choices=LANGUAGES, help="language of the messages (default: from the locale)")
    return p


def _read(path: str, stdin: IO[str]) -> str:
    if path == "-":
        return stdin.read()
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise BadInput(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise BadInput(f"{path}: cannot be read ({exc.strerror})") from None


def parse_single(content: str, name: str, channel: str | None) -> Post:
    """A JSON post when the content is a JSON object, otherwise plain text."""
    stripped = content.lstrip()
    if stripped.startswith("{"):
        try:
            data = json.loads(content)
        except json.JSONDecodeError as exc:
            raise BadInput(f"{name}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg})") from None
        try:
            return post_from_json(data, default_channel=channel or "facebook")
        except PostError as exc:
            raise BadInput(f"{name}: {exc}") from None
    return Post(channel=channel or "facebook", text=content.rstrip("\n"))


def result_json(post: Post, findings: list[Finding]) -> dict:
    return {"id": post.id, "channel": post.channel, "findings": [f.to_json() for f in findings]}


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def format_text(name: str, post: Post, findings: list[Finding], colour: bool) -> Iterable[str]:
    for f in findings:
        where = f"{name}:{':'.join(map(str, _line_col(post.text, f.start)))}" if f.start is not None \
            else f"{name}:{f.target}"
        label = f.severity.label
        if colour:
            label = f"{_COLOURS[f.severity]}{label}\033[0m"
        yield f"{where}: {label} {f.rule}: {f.message}"


def _warn_about_models(engine: Engine, err: IO[str]) -> None:
    if engine.models.error:
        print(f"somevahti check: warning: the language models could not be loaded ({engine.models.error}); "
              "names, lemmas and word lists were checked without them", file=err)


def _worst(findings: list[Finding]) -> int:
    return EXIT_ERRORS if any(f.severity == Severity.ERROR for f in findings) else EXIT_OK


def _parse_lines(path: str, content: str) -> Iterable[tuple[int, Post | str]]:
    """(line number, post or the problem with that line) for every non-empty line."""
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield number, post_from_json(json.loads(line))
        except json.JSONDecodeError as exc:
            yield number, f"{path}:{number}:{exc.colno}: not valid JSON ({exc.msg})"
        except PostError as exc:
            yield number, f"{path}:{number}: {exc}"


def run_batch(engine: Engine, path: str, stdin: IO[str], out: IO[str], err: IO[str]) -> int:
    entries = list(_parse_lines(path, _read(path, stdin)))
    results = iter(engine.check_many(p for _, p in entries if isinstance(p, Post)))
    status = EXIT_OK
    for number, entry in entries:
        if isinstance(entry, Post):
            findings = next(results)
            out.write(json.dumps(result_json(entry, findings), ensure_ascii=False) + "\n")
            status = max(status, _worst(findings))
        else:
            print(f"somevahti check: {entry}", file=err)
            out.write(json.dumps({"id": None, "line": number, "error": entry}, ensure_ascii=False) + "\n")
            status = EXIT_BAD_INPUT
    return status


def main(argv: list[str] | None = None, stdin: IO[str] | None = None, out: IO[str] | None = None,
         err: IO[str] | None = None) -> int:
    stdin, out, err = stdin or sys.stdin, out or sys.stdout, err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except BadInput as exc:
        print(f"somevahti check: {exc}", file=err)
        return EXIT_BAD_INPUT
    except SystemExit as exc:  # --help
        return EXIT_OK if exc.code == 0 else EXIT_BAD_INPUT
    try:
        engine = Engine(args.pack, lang=args.lang or default_language())
        if args.batch:
            status = run_batch(engine, args.batch, stdin, out, err)
            _warn_about_models(engine, err)
            return status
        name = "<stdin>" if args.file == "-" else args.file
        post = parse_single(_read(args.file, stdin), name, args.channel)
        findings = engine.check(post)
    except (PackError, BadInput) as exc:
        print(f"somevahti check: {exc}", file=err)
        return EXIT_BAD_INPUT
    _warn_about_models(engine, err)
    if args.format == "json":
        out.write(json.dumps(result_json(post, findings), ensure_ascii=False, indent=2) + "\n")
    else:
        colour = hasattr(out, "isatty") and out.isatty() and "NO_COLOR" not in os.environ
        for line in format_text(name, post, findings, colour):
            out.write(line + "\n")
    return _worst(findings)
