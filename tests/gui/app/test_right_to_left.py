"""Arabic turns the interface right to left, and numbers stay left to right inside it (#18).

The direction follows the language chosen, never the system's locale; what the app writes into
its sentences is isolated (gui/common/bidi.py), which Qt's own text layout is asked to prove
here: the digits of a phone number come out on the screen in the order they are written.
"""

from __future__ import annotations

import ast
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QTextLayout, QTextLine, QTextOption
from PySide6.QtWidgets import QApplication

from numberkeeper.gui.app import i18n
from numberkeeper.gui.app.icons import DIRECTIONAL_ICONS, theme_name, themed_icon
from numberkeeper.gui.common.bidi import FSI, LRI, PDI, fill, isolate, left_to_right, plain

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight
NUMBER = "+965 9000 1234"
GUI = Path(i18n.__file__).resolve().parents[1]


@pytest.fixture
def clean_language(qapp):
    """Undo what install_translators does to the process: translators and default locale."""
    before = QLocale()
    yield
    i18n.remove_translators()
    QLocale.setDefault(before)


def visual_digits(text: str) -> str:
    """The digits and plus signs of `text`, left to right as Qt lays out an Arabic paragraph."""
    layout = QTextLayout(text, QApplication.font())
    option = QTextOption()
    option.setTextDirection(RTL)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    edges = []
    for i, ch in enumerate(text):
        if ch.isdigit() or ch == "+":
            start, end = (line.cursorToX(i, edge)[0] for edge in QTextLine.Edge)
            if start == end:  # the first character of an isolate: Qt gives the run's edge
                start = end = line.cursorToX(i + 1)[0] - 0.5
            edges.append(((start + end) / 2, ch))
    return "".join(ch for _x, ch in sorted(edges))


def test_arabic_lays_the_application_out_right_to_left(clean_language) -> None:
    try:
        assert i18n.install_translators("ar_KW") == "ar"
        assert QGuiApplication.layoutDirection() == RTL
        assert i18n.right_to_left()
        assert i18n.interface_language() == "ar"
        assert i18n.install_translators("en") == "en"  # an Arabic user who chose English
        assert QGuiApplication.layoutDirection() == LTR
        assert i18n.install_translators("ar") == "ar"
    finally:
        i18n.remove_translators()
    assert QGuiApplication.layoutDirection() == LTR
    assert not i18n.right_to_left()


@pytest.mark.parametrize("code", ["en", "zh_CN", "zh_TW"])
def test_other_languages_stay_left_to_right_and_untouched(clean_language, code: str) -> None:
    try:
        i18n.install_translators(code)
        assert QGuiApplication.layoutDirection() == LTR
        # Nothing is added to the texts: files, the clipboard and the tests see them as before.
        assert fill("{name} — {number}", name="Bank", number=NUMBER) == f"Bank — {NUMBER}"
        assert isolate(NUMBER) == left_to_right(NUMBER) == NUMBER
    finally:
        i18n.remove_translators()


def test_values_in_arabic_sentences_are_isolated(arabic) -> None:
    sentence = fill(
        "{name} ينتهي في {date} — {number}", name="Bank (old)", date="2026-12-01", number=NUMBER
    )
    assert sentence == (f"{FSI}Bank (old){PDI} ينتهي في {FSI}2026-12-01{PDI} — {LRI}{NUMBER}{PDI}")
    assert plain(sentence) == f"Bank (old) ينتهي في 2026-12-01 — {NUMBER}"
    assert isolate("") == ""  # an empty cell stays empty


def test_a_number_in_an_arabic_sentence_is_shown_in_its_own_order(arabic) -> None:
    template = "الرقم {number} ينتهي بعد {left}"
    shown = fill(template, number=NUMBER, left="3 d 4 h")
    assert visual_digits(shown) == "34+96590001234"  # "3 d 4 h" on the left, as Arabic reads
    # Without the isolates the groups of digits come out reversed: the check can fail.
    bare = template.format(number=NUMBER, left="3 d 4 h")
    assert "+96590001234" not in visual_digits(bare)
    # A cell holding the number alone, in a right-to-left table.
    assert visual_digits(isolate(NUMBER)) == "+96590001234"
    assert visual_digits(NUMBER) != "+96590001234"


def test_wizard_arrows_turn_with_the_text(arabic) -> None:
    # QWizard's Back and Next are "< السابق" and "التالي >" (qtbase_ar.qm): the arrows are
    # mirrored characters, drawn the other way round in right-to-left text.
    from PySide6.QtCore import QCoreApplication

    back = QCoreApplication.translate("QWizard", "< &Back")
    forward = QCoreApplication.translate("QWizard", "&Next >")
    assert (back, forward) == ("< ال&سّابق", "ال&تّالي >")
    assert unicodedata.mirrored(back[0])
    assert unicodedata.mirrored(forward[-1])


@pytest.fixture
def adwaita(clean_language):
    """The Adwaita icon theme (Debian's adwaita-icon-theme), which draws -rtl pictures."""
    if not Path("/usr/share/icons/Adwaita/index.theme").is_file():
        pytest.fail("adwaita-icon-theme is missing (.ci/install-debian-packages)")
    paths, name = QIcon.themeSearchPaths(), QIcon.themeName()
    QIcon.setThemeSearchPaths([*paths, "/usr/share/icons"])
    QIcon.setThemeName("Adwaita")
    yield
    QIcon.setThemeSearchPaths(paths)
    QIcon.setThemeName(name)


def picture(icon: QIcon) -> QImage:
    return icon.pixmap(32).toImage()


def test_directional_icons_turn_around_in_arabic(adwaita) -> None:
    revert, send, add = (
        QIcon.ThemeIcon.DocumentRevert,
        QIcon.ThemeIcon.MailSend,
        QIcon.ThemeIcon.ListAdd,
    )
    assert theme_name(revert) == "document-revert"
    left_to_right_pictures = {icon: picture(themed_icon(icon)) for icon in (revert, send, add)}
    try:
        i18n.install_translators("ar")
        # The theme's own picture for right to left, where it draws one …
        assert picture(themed_icon(revert)) == picture(QIcon.fromTheme("document-revert-rtl"))
        assert picture(themed_icon(revert)) != left_to_right_pictures[revert]
        # … else the picture mirrored; an icon that does not point stays as it is.
        mirrored = left_to_right_pictures[send].flipped(Qt.Orientation.Horizontal)
        assert picture(themed_icon(send)) == mirrored != left_to_right_pictures[send]
        assert add not in DIRECTIONAL_ICONS
        assert picture(themed_icon(add)) == left_to_right_pictures[add]
    finally:
        i18n.remove_translators()


def translated_formats(source: str) -> list[int]:
    """Lines where a translated text is filled with str.format instead of bidi.fill."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in ("format", "format_map"):
            continue
        base = node.func.value
        if isinstance(base, ast.Call):
            name = getattr(base.func, "attr", None) or getattr(base.func, "id", None)
            if name in ("tr", "translate", "_tr", "_t"):
                found.append(node.lineno)
    return found


def test_every_translated_sentence_is_filled_through_bidi() -> None:
    # A sentence filled with .format would put a bare phone number into Arabic text.
    offenders = {
        str(path.relative_to(GUI)): lines
        for path in sorted(GUI.rglob("*.py"))
        if (lines := translated_formats(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}
    sample = 'x = self.tr("{n} left").format(n=1)\ny = fill(self.tr("{n} left"), n=1)\n'
    assert translated_formats(sample) == [1]  # the check finds what it looks for


@pytest.mark.parametrize(
    "text", ["تجديد الخط · رموز البنك (الكويت)", "電信業者 · 儲值 · 帳戶", "运营商 · 充值 · 账户"]
)
def test_a_font_on_the_machine_draws_every_letter(qapp, text: str) -> None:
    # #18: no box in place of a letter. Qt falls back to any font that has the letters; on
    # Linux that is DejaVu Sans for Arabic and Noto CJK for Chinese (.ci/install-debian-packages).
    layout = QTextLayout(text)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs = [i for run in layout.glyphRuns() for i in run.glyphIndexes()]
    assert len(glyphs) >= len(text.replace(" ", "")) * 0.8  # Arabic joins no letters away
    assert 0 not in glyphs, "a letter drawn as a box: install fonts-dejavu-core, fonts-noto-cjk"
