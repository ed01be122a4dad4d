"""The composer's own sentences (resources/ui_messages) are complete and alike in Finnish,
Swedish and English, every key the code names exists, no text is left unused, and the
start-up language decides which one the user reads."""
from __future__ import annotations

import ast
import random
import re
import tomllib
from functools import cache
from pathlib import Path

import pytest

from checks.messages import LANGUAGES, placeholders
from checks.model import Finding, Severity
from composer import messages
from composer.approval.changes import what_changed
from composer.approval.content import content_json
from composer.model.draft import Draft
from composer.messages import catalogue, render
from composer.review_package import PackageError, read_package
from composer.review_package.limits import human_size
from composer.storage import open_store
from composer.approval.workflow import WorkflowError, archive, send_to_review
from tests.storage_fixtures import FakeClock

REPO = Path(__file__).resolve().parents[1]
CATALOGUES = REPO / "resources" / "ui_messages"
SOURCE_DIRS = ("checks", "composer", "packaging", "bench")  # tests name keys too, but do not count as use
HOLE = "[A-Za-z0-9_]+"  # what an f-string's {…} stands for in a key: one dotted segment
KEY_SHAPE = re.compile(r"[a-z_]+(\.[a-z0-9_]+)+")


def flat(table: dict, prefix: str = "") -> dict[str, object]:
    out: dict[str, object] = {}
    for name, value in table.items():
        out.update(flat(value, f"{prefix}{name}.") if isinstance(value, dict) else {f"{prefix}{name}": value})
    return out


def catalogue_files(lang: str) -> dict[str, dict[str, object]]:
    """Each file of one language: its name → its flattened keys and values."""
    return {path.name: flat(tomllib.loads(path.read_text("utf-8")))
            for path in sorted((CATALOGUES / lang).glob("*.toml"))}


# -- the catalogues themselves ----------------------------------------------------------
def test_every_language_has_the_same_files_keys_and_placeholders() -> None:
    english = catalogue("en")
    assert english, "no ui_messages catalogue found"
    for lang in LANGUAGES:
        assert sorted(catalogue_files(lang)) == sorted(catalogue_files("en")), f"{lang}: not the same files"
        texts = catalogue(lang)
        assert sorted(set(english) - set(texts)) == [], f"{lang}: keys missing"
        assert sorted(set(texts) - set(english)) == [], f"{lang}: keys English does not have"
        differing = [key for key in english if placeholders(texts[key]) != placeholders(english[key])]
        assert differing == [], f"{lang}: placeholders differ from English"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_text_is_empty_or_defined_twice(lang: str) -> None:
    seen: dict[str, str] = {}
    for name, texts in catalogue_files(lang).items():
        for key, text in texts.items():
            assert isinstance(text, str) and text.strip(), f"{lang}/{name}: {key} is empty or not text"
            assert key not in seen, f"{lang}: {key} is in both {seen[key]} and {name}"
            seen[key] = name


# -- keys the code names ----------------------------------------------------------------
@cache
def usage() -> tuple[dict[str, str], dict[str, str], frozenset[str], frozenset[str]]:
    """What the sources say about keys: (literal keys given to message()/render() → where,
    key patterns from f-strings → where, every string constant, every word)."""
    topics = {key.split(".")[0] for key in catalogue("en")}
    named: dict[str, str] = {}
    patterns: dict[str, str] = {}
    literals: set[str] = set()
    words: set[str] = set()
    for folder in SOURCE_DIRS:
        for path in sorted((REPO / folder).rglob("*.py")):
            source = path.read_text("utf-8")
            words.update(w.lower() for w in re.findall(r"\w+", source))
            tree = ast.parse(source)
            functions, modules = _message_names(tree)
            for node in ast.walk(tree):
                where = f"{path.relative_to(REPO)}:{getattr(node, 'lineno', 0)}"
                if isinstance(node, ast.Call) and node.args:
                    first = node.args[0]
                    literal = first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
                    if _calls_messages(node, functions, modules):
                        if literal is not None:
                            named.setdefault(literal, where)
                        elif isinstance(first, ast.JoinedStr):
                            patterns.setdefault(_pattern(first), where)
                    elif literal and KEY_SHAPE.fullmatch(literal) and literal.split(".")[0] in topics:
                        named.setdefault(literal, where)  # handed to an error or record that renders it
                elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                    literals.add(node.value)
                elif isinstance(node, ast.JoinedStr) and _starts_with_topic(node, topics):
                    patterns.setdefault(_pattern(node), where)
    return named, patterns, frozenset(literals), frozenset(words)


def _message_names(tree: ast.Module) -> tuple[set[str], set[str]]:
    """The names bound to composer.messages' message/render, and to the module itself."""
    functions, modules = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "composer.messages":
            functions |= {a.asname or a.name for a in node.names if a.name in ("message", "render")}
        elif isinstance(node, ast.ImportFrom) and node.module == "composer":
            modules |= {a.asname or a.name for a in node.names if a.name == "messages"}
        elif isinstance(node, ast.Import):
            modules |= {a.asname for a in node.names if a.name == "composer.messages" and a.asname}
    return functions, modules


def _calls_messages(call: ast.Call, functions: set[str], modules: set[str]) -> bool:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id in functions
    return (isinstance(func, ast.Attribute) and func.attr in ("message", "render")
            and isinstance(func.value, ast.Name) and func.value.id in modules)


def _starts_with_topic(node: ast.JoinedStr, topics: set[str]) -> bool:
    head = node.values[0] if node.values else None
    return (isinstance(head, ast.Constant) and isinstance(head.value, str)
            and head.value.split(".")[0] in topics and "." in head.value)


def _pattern(node: ast.JoinedStr) -> str:
    return "".join(re.escape(part.value) if isinstance(part, ast.Constant) else f"({HOLE})"
                   for part in node.values)


def test_every_key_the_code_names_exists() -> None:
    named, patterns, _, _ = usage()
    keys = catalogue("en")
    unknown = sorted(f"{where}: {key}" for key, where in named.items() if key not in keys)
    assert unknown == [], "keys named in code but missing from resources/ui_messages"
    unmatched = sorted(f"{where}: {pattern}" for pattern, where in patterns.items()
                       if not any(re.fullmatch(pattern, key) for key in keys))
    assert unmatched == [], "key patterns in code that match no key in resources/ui_messages"


def test_no_text_is_unused() -> None:
    """A key is used when the code names it, or when an f-string in the code builds it and
    every part filled in ({state} → "approved") is a word the code uses."""
    _, patterns, literals, words = usage()
    compiled = [re.compile(pattern) for pattern in patterns]

    def built(key: str) -> bool:
        return any((match := pattern.fullmatch(key)) and all(part.lower() in words for part in match.groups())
                   for pattern in compiled)

    unused = sorted(key for key in catalogue("en") if key not in literals and not built(key))
    assert unused == [], "texts in resources/ui_messages that no code uses"


def test_a_placeholder_may_be_called_key_or_lang() -> None:
    assert render("review_package.json.duplicate_key", "fi", key="'schema'") == "avain 'schema' esiintyy kahdesti"
    assert render("review_package.json.duplicate_key", "sv", key="'schema'", lang="fi") == \
        "nyckeln 'schema' förekommer två gånger"


# -- the start-up language --------------------------------------------------------------
@pytest.fixture
def use_language():
    previous = messages.current_language()
    yield messages.set_language
    messages.set_language(previous)


def test_finnish_corrupt_database_sentence_names_the_backup(tmp_path: Path, use_language) -> None:
    (tmp_path / "somevahti.sqlite3").write_bytes(random.Random(7).randbytes(32 * 1024))
    use_language("fi")
    store, problem = open_store(tmp_path, clock=FakeClock())
    store.close()
    assert problem is not None and problem.kind == "corrupt"
    backup = Path(problem.backup_path).name
    assert problem.message == ("Tallennettuja luonnoksiasi ei voitu lukea, koska tietokantatiedosto on "
                               "vahingoittunut. Somevahti aloitti tyhjällä tietokannalla ja säilytti "
                               f"vahingoittuneen tiedoston nimellä {backup}.")


def test_workflow_sentences_follow_the_language(use_language) -> None:
    draft = Draft(master="Kirjasto on kiinni itsenäisyyspäivänä.", channels=["facebook"], author="Aino")
    archive(draft, "Aino")
    expected = {
        "fi": "Tämä luonnos on arkistoitu, joten sitä ei voi lähettää tarkastukseen.",
        "sv": "Utkastet är arkiverat, så det kan inte skickas till granskning.",
        "en": "This draft is archived, so it cannot be sent to review.",
    }
    for lang, sentence in expected.items():
        use_language(lang)
        with pytest.raises(WorkflowError) as raised:
            send_to_review(draft, {"facebook": []}, "Aino")
        assert str(raised.value) == sentence


def test_blocking_findings_sentence_in_finnish(use_language) -> None:
    draft = Draft(master="Henkilötunnus 131052-308T näkyy kuvassa.", channels=["facebook"], author="Aino")
    hetu = Finding(rule="personal_data.hetu", category="personal_data", severity=Severity.ERROR, start=14, end=25,
                   target="text", excerpt="131052-308T", message="")
    use_language("fi")
    with pytest.raises(WorkflowError) as raised:
        send_to_review(draft, {"facebook": [hetu]}, "Aino")
    assert str(raised.value) == ("Virhetason havainto on korjattava tai ohitettava kirjallisella perustelulla, "
                                 "ennen kuin luonnoksen voi lähettää tarkastukseen.")


def test_what_changed_after_approval_follows_the_language(use_language) -> None:
    approved = Draft(master="Satutuokio lauantaina klo 11.", channels=["facebook"])
    before = content_json(approved, "facebook")
    approved.set_master("Satutuokio on peruttu.")
    after = content_json(approved, "facebook")
    for lang, words in (("fi", ["teksti"]), ("sv", ["texten"]), ("en", ["text"])):
        use_language(lang)
        assert what_changed(before, after) == words


def test_review_package_refusal_follows_the_language(tmp_path: Path, use_language) -> None:
    path = tmp_path / "Satutuokio.somevahti"
    path.write_text("Tämä ei ole zip-tiedosto vaan tekstiä.", encoding="utf-8")
    expected = {
        "fi": "Tiedosto Satutuokio.somevahti ei ole Somevahdin tarkastuspaketti.",
        "sv": "Filen Satutuokio.somevahti är inte ett granskningspaket från Somevahti.",
        "en": "The file Satutuokio.somevahti is not a Somevahti review package.",
    }
    for lang, sentence in expected.items():
        use_language(lang)
        with pytest.raises(PackageError) as raised:
            read_package(path)
        assert str(raised.value) == sentence and raised.value.key == "not_zip"


def test_sizes_are_written_the_way_each_language_writes_them(use_language) -> None:
    sizes = (900, 1536 * 1024, 1024 ** 3)
    for lang, expected in (("fi", ["900 tavua", "1,5 Mt", "1 Gt"]), ("sv", ["900 byte", "1,5 MB", "1 GB"]),
                           ("en", ["900 bytes", "1.5 MB", "1 GB"])):
        use_language(lang)
        assert [human_size(size) for size in sizes] == expected


def test_an_unknown_language_is_refused(use_language) -> None:
    with pytest.raises(ValueError, match="unknown language 'de': expected one of fi, sv, en"):
        use_language("de")
    assert messages.current_language() in LANGUAGES
