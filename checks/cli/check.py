"""`somevahti check`: check posts from files, stdin or JSON Lines, as DESIGN.md specifies.

Exit codes: 0 no error-level finding, 1 at least one, 2 bad input (message on stderr;
with --batch: at least one line without a post, whose result line then says why).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import IO, Iterable

from checks.cli.batch import default_jobs, run_batch
from checks.cli.batch_lines import MAX_TEXT_CHARS, too_long
from checks.cli.batch_worker import result_json, worst
from checks.engine import Engine
from checks.messages import LANGUAGES, default_language
from checks.model import CHANNELS, Finding, Post, Severity
from checks.pack_loading import load_pack
from checks.packs import PackError
from checks.post_json import PostError, post_from_json

EXIT_OK, EXIT_ERRORS, EXIT_BAD_INPUT = 0, 1, 2
MAX_POST_BYTES = 1 << 20  # as a batch line: 1 MiB, far more than any channel takes
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
    p.add_argument("--jobs", type=_jobs, default=None, metavar="N",
                   help="--batch: worker processes, each with its own language models (default: one per core)")
    return p


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value[:20]!r}") from None
    if not 1 <= jobs <= 64:
        raise argparse.ArgumentTypeError("expected a number from 1 to 64")
    return jobs


def _decoded(name: str, raw: bytes) -> str:
    if len(raw) > MAX_POST_BYTES:
        raise BadInput(f"{name}: longer than {MAX_POST_BYTES:,} bytes; a post is far shorter on every channel")
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise BadInput(f"{name}:{line}: not UTF-8 text (byte {exc.start + 1} is 0x{raw[exc.start]:02x})") from None


def _read(path: str, stdin: IO[str]) -> str:
    """One post from a file or stdin, read as bytes (whatever the locale says) and at
    most MAX_POST_BYTES of it."""
    if path == "-":
        source = getattr(stdin, "buffer", None)
        if source is None:  # a text stream (tests)
            text = stdin.read(MAX_POST_BYTES + 1)
            return _decoded("<stdin>", text.encode("utf-8", "surrogatepass")) if len(text) > MAX_POST_BYTES \
                else text
        try:
            return _decoded("<stdin>", source.read(MAX_POST_BYTES + 1))
        except OSError as exc:
            raise BadInput(f"<stdin>: cannot be read ({exc.strerror or exc})") from None
    try:
        with open(path, "rb") as fh:
            return _decoded(path, fh.read(MAX_POST_BYTES + 1))
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BadInput(f"{path}: is a folder, not a post") from None
    except OSError as exc:
        raise BadInput(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _open_batch(path: str, stdin: IO[str]) -> tuple[str, IO]:
    """(name for messages, a stream of the batch's lines: bytes when possible)."""
    if path == "-":
        return "<stdin>", getattr(stdin, "buffer", stdin)
    try:
        return path, open(path, "rb")
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BadInput(f"{path}: is a folder, not a batch file") from None
    except OSError as exc:
        raise BadInput(f"{path}: cannot be read ({exc.strerror or exc})") from None


def parse_single(content: str, name: str, channel: str | None) -> Post:
    """A JSON post when the content is a JSON object, otherwise plain text."""
    stripped = content.lstrip()
    if stripped.startswith("{"):
        try:
            data = json.loads(content)
        except json.JSONDecodeError as exc:
            raise BadInput(f"{name}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg})") from None
        except RecursionError:
            raise BadInput(f"{name}: not valid JSON (nested too deeply)") from None
        except ValueError as exc:  # an integer with more digits than Python converts
            raise BadInput(f"{name}: not valid JSON ({exc})") from None
        try:
            post = post_from_json(data, default_channel=channel or "facebook")
        except PostError as exc:
            raise BadInput(f"{name}: {exc}") from None
    else:
        post = Post(channel=channel or "facebook", text=content.rstrip("\n"))
    if len(post.text) > MAX_TEXT_CHARS:
        raise BadInput(f"{name}: {too_long(post.text)}")
    return post


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
        yield f"{_terminal_safe(where)}: {label} {f.rule}: {_terminal_safe(f.message)}"


def _terminal_safe(text: str) -> str:
    """User text quoted in a finding line, escaped where it could drive the terminal
    (escape sequences, carriage returns) or fail to encode (lone surrogates)."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape", "backslashreplace").decode("ascii")
                   for ch in text)


def _warn_about_models(engine: Engine, err: IO[str]) -> None:
    if engine.models.error:
        print(f"somevahti check: warning: the language models could not be loaded ({engine.models.error}); "
              "names, lemmas and word lists were checked without them", file=err)


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
        lang = args.lang or default_language()
        if args.batch:
            return _batch(args, lang, stdin, out, err)
        engine = Engine(args.pack, lang=lang)
        name = "<stdin>" if args.file == "-" else args.file
        post = parse_single(_read(args.file, stdin), name, args.channel)
        findings = engine.check(post)
    except (PackError, BadInput) as exc:
        print(f"somevahti check: {exc}", file=err)
        return EXIT_BAD_INPUT
    _warn_about_models(engine, err)
    if args.format == "json":
        out.write(_ascii_if_needed(result_json(post, findings), indent=2) + "\n")
    else:
        colour = hasattr(out, "isatty") and out.isatty() and "NO_COLOR" not in os.environ
        for line in format_text(name, post, findings, colour):
            out.write(line + "\n")
    return worst(findings)


def _batch(args: argparse.Namespace, lang: str, stdin: IO[str], out: IO[str], err: IO[str]) -> int:
    pack = load_pack(args.pack)  # a broken pack stops here, before any worker starts
    name, stream = _open_batch(args.batch, stdin)
    try:
        return run_batch(pack, lang, name, stream, out, err, args.jobs or default_jobs())
    except BrokenPipeError:  # the reader of our output went away (`| head`): stop quietly
        return EXIT_BAD_INPUT
    finally:
        if stream is not getattr(stdin, "buffer", stdin):
            stream.close()


def _ascii_if_needed(obj: dict, indent: int | None = None) -> str:
    """JSON text; with \\u escapes when a value holds a lone surrogate (not UTF-8-able)."""
    text = json.dumps(obj, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(obj, ensure_ascii=True, indent=indent)
    return text
