"""The window's translations, resources/translations/somevahti_{fi,sv,en}.ts: in step with
the code (a new tr() string without a translation fails, named), every entry finished and
true to its source (placeholders, a trailing "…" or ":", one accelerator where the source
has one), menus whose accelerators are unique in every language, and .ts files that
compile without warnings into .qm files the window really speaks."""
from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from composer.model.draft import Draft
from composer.qt.translations import language_installed

REPO = Path(__file__).resolve().parents[1]
TS_DIR = REPO / "resources" / "translations"
LANGS = ("fi", "sv", "en")
PLACEHOLDER = re.compile(r"%\d|%n|\{[a-z_]+\}")
ENDINGS = ("…", ":")
# What a few window strings read as in each language (action, menu, a widget's own text).
SPOKEN = {
    "fi": ("&Uusi luonnos", "&Luonnos", "Kirjoita julkaisu tähän. Tarkistukset toimivat kirjoittaessasi; havainnot "
           "näkyvät oikealla ja alleviivattuina tekstissä."),
    "sv": ("&Nytt utkast", "&Utkast", "Skriv inlägget här. Kontrollerna körs medan du skriver; det de hittar listas "
           "till höger och stryks under i texten."),
    "en": ("&New draft", "&Draft", "Write the post here. Checks run as you type; what they find is listed on the "
           "right and underlined in the text."),
}


def update_script():
    spec = importlib.util.spec_from_file_location("update_translations", REPO / "packaging" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    numerus: bool
    kind: str | None  # the translation's type: None when finished
    forms: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"[{self.context}] {self.source!r}"


def entries(path: Path) -> list[Entry]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            forms = tuple(f.text or "" for f in translation.iter("numerusform")) if numerus \
                else (translation.text or "",)
            found.append(Entry(name, message.findtext("source"), numerus, translation.get("type"), forms))
    return found


def mnemonics(text: str) -> list[str]:
    """The accelerator letters of a Qt text ("&&" is a literal ampersand)."""
    letters, i = [], 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                letters.append(text[i + 1].lower())
            i += 2
        else:
            i += 1
    return letters


def clashes(texts: list[str]) -> list[str]:
    """Texts whose accelerator another text of the same group already uses."""
    seen: dict[str, str] = {}
    clashing = []
    for text in texts:
        for letter in mnemonics(text):
            if letter in seen:
                clashing.append(f"{seen[letter]!r} and {text!r} both use {letter!r}")
            seen[letter] = text
    return clashing


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> dict[str, tuple[Path, str]]:
    """Each .ts compiled by pyside6-lrelease: (the .qm, lrelease's report)."""
    folder = tmp_path_factory.mktemp("qm")
    result = {}
    for lang in LANGS:
        qm = folder / f"somevahti_{lang}.qm"
        done = subprocess.run([*update_script().pyside_tool("lrelease"), str(TS_DIR / f"somevahti_{lang}.ts"),
                               "-qm", str(qm)], capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        result[lang] = (qm, done.stdout + done.stderr)
    return result


def test_the_ts_files_hold_exactly_the_strings_of_the_code(tmp_path) -> None:
    update_script().main(["--into", str(tmp_path)])
    problems = []
    for lang in LANGS:
        committed = {(e.context, e.source, e.numerus) for e in entries(TS_DIR / f"somevahti_{lang}.ts")}
        fresh = entries(tmp_path / f"somevahti_{lang}.ts")
        problems += [f"{lang}: no translation for {e.name}" for e in fresh if e.kind == "unfinished"]
        gone = committed - {(e.context, e.source, e.numerus) for e in fresh}
        problems += [f"{lang}: [{context}] {source!r} is no longer in the code" for context, source, _ in sorted(gone)]
    assert not problems, "run packaging/update_translations.py and translate:\n" + "\n".join(problems)


def tr_call_problems(path: Path) -> list[str]:
    """tr() calls lupdate misreads: inside an f-string (not seen at all) or through a bare
    alias `tr = ….tr` (filed under the wrong context, so never translated at run time)."""
    tree = ast.parse(path.read_text("utf-8"))
    where = path.relative_to(REPO)

    def is_tr(node: ast.AST) -> bool:
        return isinstance(node, ast.Call) and (
            isinstance(node.func, ast.Attribute) and node.func.attr in ("tr", "translate")
            or isinstance(node.func, ast.Name) and node.func.id in ("tr", "translate"))

    problems = [f"{where}:{node.lineno}: a tr() call inside an f-string is invisible to lupdate"
                for joined in ast.walk(tree) if isinstance(joined, ast.JoinedStr)
                for node in ast.walk(joined) if is_tr(node)]
    aliased = sorted({node.lineno for node in ast.walk(tree)
                      if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"})
    if aliased:
        problems.append(f"{where}: tr() through an alias (lines {', '.join(map(str, aliased))}) gets the wrong "
                        f"context; use self.tr() or QCoreApplication.translate(\"Context\", …)")
    return problems


def test_every_tr_call_is_one_lupdate_reads() -> None:
    problems = [problem for path in update_script().source_files(REPO) for problem in tr_call_problems(path)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_every_entry_is_finished_and_not_empty(lang) -> None:
    found = entries(TS_DIR / f"somevahti_{lang}.ts")
    assert len(found) > 200
    problems = [f"{e.name} is {e.kind}" for e in found if e.kind is not None]
    problems += [f"{e.name} has an empty translation" for e in found if not all(f.strip() for f in e.forms)]
    problems += [f"{e.name} has {len(e.forms)} plural forms, not 2" for e in found if e.numerus and len(e.forms) != 2]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders_endings_and_accelerators(lang) -> None:
    problems = []
    for entry in entries(TS_DIR / f"somevahti_{lang}.ts"):
        for form in entry.forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(entry.source)):
                problems.append(f"{entry.name}: placeholders differ in {form!r}")
            problems += [f"{entry.name}: {form!r} should end with {end!r} like its source"
                         for end in ENDINGS if entry.source.endswith(end) != form.endswith(end)]
            if len(mnemonics(form)) != len(mnemonics(entry.source)):
                problems.append(f"{entry.name}: {form!r} needs exactly as many accelerators (&) as its source")
    assert not problems, "\n".join(problems)


def test_the_ts_files_compile_without_warnings(compiled) -> None:
    for lang, (qm, report) in compiled.items():
        count = len(entries(TS_DIR / f"somevahti_{lang}.ts"))
        lines = [line.strip() for line in report.splitlines() if line.strip()]
        assert lines[1:] == [f"Generated {count} translation(s) ({count} finished and 0 unfinished)"], report
        assert qm.stat().st_size > 0


def test_a_compiled_translation_speaks_finnish_with_plurals(qapp, compiled) -> None:
    translator = QTranslator()
    assert translator.load(str(compiled["fi"][0]))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&Draft") == "&Luonnos"
        assert QCoreApplication.translate("FindingsPanel", "%n error(s)", "", 1) == "1 virhe"
        assert QCoreApplication.translate("FindingsPanel", "%n error(s)", "", 3) == "3 virhettä"
        assert QCoreApplication.translate("MainWindow", "not a string of ours") == "not a string of ours"
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("lang", LANGS)
def test_the_window_speaks_the_language_with_unique_accelerators(lang, compiled, make_window) -> None:
    with language_installed(lang, [compiled[lang][0]]):
        window = make_window(lang)
        window.add_draft(Draft(title="Testi", channels=["facebook", "instagram"]))
        shown = (window.actions_by_name["new"].text(), window.menuBar().actions()[0].text(),
                 window.pane.editor.placeholderText().split("\n\n")[0])
        problems = [f"shows {text!r}, not {wanted!r}" for text, wanted in zip(shown, SPOKEN[lang]) if text != wanted]
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        for each in menus:
            problems += [f"menu {each.title()!r}: {c}" for c in clashes([a.text() for a in each.actions()])]
        # Alt+letter in the window: menu titles, buttons and labels of the fields they name
        widgets = [w for w in window.findChildren(QWidget) if w.isVisibleTo(window)]
        window_level = [m.title() for m in menus]
        window_level += [w.text() for w in widgets if isinstance(w, QAbstractButton)]
        window_level += [w.text() for w in widgets if isinstance(w, QLabel) and w.buddy() is not None]
        problems += [f"window: {c}" for c in clashes(window_level)]
    assert not problems, "\n".join(problems)
