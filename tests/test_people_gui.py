"""People in the post in the window (issue 19): the people record filled from the media
card with the keyboard, the prompt when faces are found, the same photo in a second draft
filled in from storage, a child's guardian consent clearing the error, and consent
recorded from the person-name finding. Finnish first."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog

from checks.model import Media
from checks.people import Consent, PeopleRecord
from composer.model.draft import Draft
from composer.model.face_hint import FaceHint, face_count, should_ask
from composer.qt.widgets import people_editor as people_editor_module
from composer.qt.screenshot import wait_for_checks
from composer.qt.widgets import people_hint
from composer.qt.widgets.media_panel import MediaPanel
from composer.qt.widgets.people_editor import ConsentDialog
from tests.composer_fixtures import key_text

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
TODAY = QDate.currentDate().toString("yyyy-MM-dd")


def plain_image(path: Path, color: str = "#3a7bd5") -> Path:
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path))
    return path


def face_photo(path: Path) -> Path:
    skimage_data = pytest.importorskip("skimage.data", reason="scikit-image ships the sample photo with a face")
    from PIL import Image
    Image.fromarray(skimage_data.astronaut()).save(path)
    return path


@pytest.fixture
def panel(qtbot) -> MediaPanel:
    widget = MediaPanel()
    qtbot.addWidget(widget)
    widget.set_draft(Draft(channels=["facebook"]))
    widget.resize(900, 420)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.hints.shutdown()


def keys(widget, *names: Qt.Key) -> None:
    from PySide6.QtTest import QTest
    for name in names:
        QTest.keyClick(widget, name)


# -- the face hint (Qt-free) ---------------------------------------------------------------------
def test_face_hint_finds_a_face_and_none_in_a_plain_picture(tmp_path) -> None:
    assert face_count(str(face_photo(tmp_path / "astronautti.png"))).faces >= 1
    assert face_count(str(plain_image(tmp_path / "sininen.png"))) == FaceHint(0)


def test_face_hint_on_an_unreadable_file_asks_anyway(tmp_path) -> None:
    broken = tmp_path / "rikki.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 ei kuva")
    hint = face_count(str(broken))
    assert hint.faces == 0 and not hint.available
    assert should_ask("image", hint, False)


def test_should_ask_is_a_prompt_rule_not_a_gate() -> None:
    assert should_ask("image", FaceHint(2), False)
    assert not should_ask("image", FaceHint(0), False)
    assert should_ask("image", FaceHint(0), True)  # the pack asks for every picture
    assert not should_ask("video", None, False) and should_ask("video", None, True)


# -- the media card ------------------------------------------------------------------------------
def test_people_record_filled_with_the_keyboard_guardian_consent_for_a_child(qtbot, panel, tmp_path) -> None:
    panel.add_files([plain_image(tmp_path / "liikuntapaiva.png")])
    editor = panel.cards[0].people_editor
    assert not editor.consent.isVisible()
    editor.shows.setFocus()
    keys(editor.shows, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down)  # nobody, adults, children
    assert panel.draft.media[0].people == PeopleRecord("children")
    assert editor.consent.isVisible() and not editor.consent.method.isEnabled()
    keys(editor.consent.given_by, Qt.Key.Key_Down, Qt.Key.Key_Down)  # the person, a guardian
    keys(editor.consent.method, Qt.Key.Key_Down)  # signed form → school register
    editor.consent.reference.setFocus()
    key_text(editor.consent.reference, "KR-14")
    assert panel.draft.media[0].people == PeopleRecord(
        "children", Consent("guardian", "school_register", TODAY, "KR-14"))
    keys(editor.shows, Qt.Key.Key_Up)  # adults: the consent stays, from a guardian is not required
    assert panel.draft.media[0].people.shows == "adults"
    keys(editor.shows, Qt.Key.Key_Home)
    assert panel.draft.media[0].people is None  # "not recorded" again


def test_a_record_set_elsewhere_shows_on_the_card(qtbot, panel, tmp_path) -> None:
    panel.add_files([plain_image(tmp_path / "a.png")])
    panel.draft.set_people(0, PeopleRecord("adults", Consent("person", "verbal", "2026-11-02")))
    editor = panel.cards[0].people_editor
    assert editor.shows.currentData() == "adults"
    assert editor.consent.given_by.currentData() == "person" and editor.consent.method.currentData() == "verbal"
    assert editor.consent.on.date().toString("yyyy-MM-dd") == "2026-11-02"


def test_faces_found_ask_who_is_in_the_picture(qtbot, panel, tmp_path) -> None:
    panel.add_files([face_photo(tmp_path / "astronautti.png"), plain_image(tmp_path / "taivas.png")])
    panel.hints.wait()
    qtbot.waitUntil(lambda: panel.cards[0].people_editor.prompt.isVisible())
    assert panel.cards[0].people_editor.prompt.text() == "Faces found: who is in this picture?"
    assert not panel.cards[1].people_editor.prompt.isVisible()  # no face, the pack does not ask
    assert panel.draft.media[0].people is None  # a prompt, never a record made for the user
    keys(panel.cards[0].people_editor.shows, Qt.Key.Key_Down)
    assert not panel.cards[0].people_editor.prompt.isVisible()


def test_the_pack_can_ask_for_every_picture(qtbot, panel, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(people_hint, "pack_asks_always", lambda pack: True)
    panel.add_files([plain_image(tmp_path / "taivas.png")])
    panel.hints.wait()
    qtbot.waitUntil(lambda: panel.cards[0].people_editor.prompt.isVisible())
    assert panel.cards[0].people_editor.prompt.text() == "Who is in this picture?"


def test_the_same_photo_in_a_second_draft_does_not_ask_again(qtbot, make_window, tmp_path) -> None:
    window = make_window(profile="maija", user="Maija")
    photo = face_photo(tmp_path / "satutuokio.png")
    window.actions_by_name["new"].trigger()
    first = window.pane.draft
    window.pane.media.add_files([photo])
    window.pane.media.hints.wait()
    first.set_people(0, PeopleRecord("children", Consent("guardian", "signed_form", "2026-11-01", "L-9")))
    assert window.storage.flush()
    window.actions_by_name["new"].trigger()
    second = window.pane.draft
    assert second is not first
    copy = tmp_path / "kopio.png"
    copy.write_bytes(photo.read_bytes())
    window.pane.media.add_files([copy])
    window.pane.media.hints.wait()
    qtbot.waitUntil(lambda: second.media[0].people is not None)
    assert second.media[0].people == first.media[0].people
    assert not window.pane.media.cards[0].people_editor.prompt.isVisible()
    assert "earlier draft" in window.pane.media.message_label.text()


def test_child_error_clears_once_a_guardian_consent_is_recorded(qtbot, window, tmp_path, language_models) -> None:
    window.actions_by_name["new"].trigger()
    draft = window.pane.draft
    draft.set_master("Koulun liikuntapäivä oli mahtava!")
    window.pane.media.add_files([plain_image(tmp_path / "kentta.png")])
    wait_for_checks(window)
    rules = lambda: {f.rule for f in window.findings.findings()}  # noqa: E731
    assert "personal_data.people_unrecorded" in rules()
    draft.set_people(0, PeopleRecord("children"))
    wait_for_checks(window)
    assert "personal_data.child_consent" in rules() and "personal_data.people_unrecorded" not in rules()
    draft.set_people(0, PeopleRecord("children", Consent("guardian", "email", "2026-11-25")))
    wait_for_checks(window)
    assert "personal_data.child_consent" not in rules()


class AcceptingConsent:
    """Stands in for the consent dialog: records the person's consent by e-mail."""
    DialogCode = QDialog.DialogCode
    names: list[str] = []

    def __init__(self, name, consent=None, parent=None) -> None:
        AcceptingConsent.names.append(name)
        self.name = name

    def exec(self):
        return QDialog.DialogCode.Accepted

    def result_consent(self):
        return self.name, Consent("person", "email", "2026-11-27")


def test_person_name_offers_record_consent_and_is_quiet_after(qtbot, window, language_models, monkeypatch) -> None:
    monkeypatch.setattr(people_editor_module, "ConsentDialog", AcceptingConsent)
    window.actions_by_name["new"].trigger()
    draft = window.pane.draft
    draft.set_master("Kiitos Sanna Niemiselle hienosta kevätkaudesta!")
    wait_for_checks(window)
    finding = next(f for f in window.findings.findings() if f.rule == "personal_data.person_name")
    window.findings.select(finding)
    assert window.findings._consent.isVisibleTo(window.findings)
    window.findings._consent.click()
    assert AcceptingConsent.names[-1] == "Sanna Niemiselle"
    assert [c.name for c in draft.consents] == ["Sanna Niemiselle"]
    wait_for_checks(window)
    assert "personal_data.person_name" not in {f.rule for f in window.findings.findings()}
    draft.set_master("Kiitos Sanna Niemiselle ja Pekka Virtaselle!")
    wait_for_checks(window)
    names = [f.excerpt for f in window.findings.findings() if f.rule == "personal_data.person_name"]
    assert names == ["Pekka Virtaselle"]


def test_consent_dialog_needs_a_giver_and_a_name(qtbot) -> None:
    dialog = ConsentDialog("Sanna Niemiselle")
    qtbot.addWidget(dialog)
    assert dialog.save_button.isEnabled()
    assert dialog.result_consent() == ("Sanna Niemiselle", Consent("person", "email", TODAY))
    dialog.fields.given_by.setCurrentIndex(0)  # no consent recorded
    assert not dialog.save_button.isEnabled() and dialog.result_consent() is None
    dialog.fields.given_by.setCurrentIndex(2)
    dialog.name.setText("   ")
    assert not dialog.save_button.isEnabled()


def test_pack_setting_ask_without_face(tmp_path) -> None:
    packs = Path(__file__).parent / "data" / "packs"
    assert people_hint.pack_asks_always(str(packs / "ask_every_picture.toml"))
    assert not people_hint.pack_asks_always("kokkola")
    assert not people_hint.pack_asks_always(str(tmp_path / "puuttuu.toml"))  # a broken pack never blocks adding


def test_the_reviewer_sees_who_is_in_the_pictures_before_approving(qtbot, tmp_path) -> None:
    from composer.model.people_record import people_summary
    from composer.qt.widgets.approve_dialog import ApproveDialog
    draft = Draft(channels=["facebook"], media=[Media("image", "Oppilaita.", None, None, PeopleRecord(
        "children", Consent("guardian", "signed_form", "2026-08-20", "L-5")))])
    lines = people_summary(draft, "fi")
    dialog = ApproveDialog("Liikuntapäivä", ["facebook"], "Pekka", "", None, people_lines=lines)
    qtbot.addWidget(dialog)
    assert dialog.people.text() == "Kuva 1: Tunnistettavia lapsia (alle 18 v.) – lupa: huoltaja, " \
                                   "allekirjoitettu lomake, 2026-08-20, viite L-5"
    assert not dialog.people.isHidden()
    plain = ApproveDialog("Tiedote", ["facebook"], "Pekka", "", None, people_lines=[])
    qtbot.addWidget(plain)
    assert plain.people.isHidden()
