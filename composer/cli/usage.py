"""What the `list` and `export` commands share: exit codes, argument errors as plain
messages, the message language."""
from __future__ import annotations

import argparse
import unicodedata
from typing import IO, Callable

from checks.messages import default_language
from checks.messages import LANGUAGES
from composer.messages import set_language

EXIT_OK, EXIT_NOT_APPROVED, EXIT_BAD_INPUT = 0, 1, 2


class BadInput(Exception):
    """Bad input: `str()` is the sentence to print; the command exits with 2."""


class CommandParser(argparse.ArgumentParser):
    def error(self, message: str):
        raise BadInput(f"{message} (see {self.prog} --help)")


def add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", metavar="DIR", help="the folder where Somevahti keeps its drafts "
                                                       "(default: the app's own data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="language of the messages and the summary (default: from the locale)")


def use_language(lang: str | None) -> str:
    """The language asked for (default: from the locale), also made the language of the
    composer's own sentences (workflow messages)."""
    chosen = lang or default_language()
    set_language(chosen)
    return chosen


def one_line(text: str) -> str:
    """User text fit for a terminal line: whitespace collapsed, control characters (which
    could move the cursor or recolour the terminal) dropped."""
    return "".join(ch for ch in " ".join(text.split()) if unicodedata.category(ch)[0] != "C")


def run(parser: CommandParser, argv: list[str] | None, err: IO[str],
        body: Callable[[argparse.Namespace, str], int]) -> int:
    """Parse `argv`, choose the language and run `body(args, lang)`; bad input (from the
    arguments or the body) is one line on `err` prefixed with the command, exit code 2."""
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help
        return EXIT_OK if exc.code == 0 else EXIT_BAD_INPUT
    except BadInput as exc:
        print(f"{parser.prog}: {exc}", file=err)
        return EXIT_BAD_INPUT
    lang = use_language(args.lang)
    try:
        return body(args, lang)
    except BadInput as exc:
        print(f"{parser.prog}: {exc}", file=err)
        return EXIT_BAD_INPUT
