"""A line's errands say only what its own carrier says, in English and in Chinese (#16).

Renewing a Zain Kuwait line at a kiosk quoted Omantel's receipts, and suspending an Ooredoo
Oman line quoted Zain Kuwait's terms. For every preset carrier, every text of every errand's
pages (each renewal channel's guidance too) is read and must name no other carrier and hold
no other carrier's fact.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import phonenumbers
import pytest
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel
from wizard_support import open_services, show

from numberkeeper.core.carriers import Carrier
from numberkeeper.core.receipts import Channel
from numberkeeper.core.validation import LineInput
from numberkeeper.gui.app import i18n
from numberkeeper.gui.errands.cancel_wizard import CancelWizard
from numberkeeper.gui.errands.checklist_wizard import ChecklistWizard
from numberkeeper.gui.errands.renew_wizard import RenewWizard
from numberkeeper.gui.errands.resume_wizard import ResumeWizard
from numberkeeper.gui.errands.suspend_wizard import SuspendWizard
from numberkeeper.gui.receipts.receipt_dialog import ReceiptDialog
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

CATALOG = carrier_catalog()
WIZARDS = (RenewWizard, SuspendWizard, ResumeWizard, CancelWizard)


@pytest.fixture
def services(conn: sqlite3.Connection, data_dir: Path) -> Services:
    return open_services(conn, data_dir)


def plain(text: str) -> str:
    """A label's words without markup (a link's address is not something the user reads)."""
    if QtGui.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def page_texts(wizard: ChecklistWizard) -> list[str]:
    texts = []
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        texts += [page.title(), page.subTitle()]
        texts += [plain(label.text()) for label in page.findChildren(QLabel)]
    if isinstance(wizard, RenewWizard):
        for channel in Channel:
            wizard.editors["channel"].choose(channel)  # type: ignore[attr-defined]
            texts.append(plain(wizard.guidance.text()))
    return texts


def mentions(text: str, name: str) -> bool:
    if name.isascii():  # a whole word: "du" is not in "due"
        return re.search(rf"(?<![\w&]){re.escape(name)}(?![\w&])", text, re.IGNORECASE) is not None
    return name in text


def example_number(country: str) -> str:
    number = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.MOBILE)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@pytest.mark.parametrize("carrier", CATALOG.carriers, ids=lambda c: c.id)
def test_no_hint_names_another_carrier(
    qtbot, services: Services, clock, language: str, carrier: Carrier
) -> None:
    line = services.lines.add(
        LineInput(number=example_number(carrier.country), expires="2027-01-31", carrier=carrier.id),
        clock(),
    ).line
    shown = []
    for wizard_class in WIZARDS:
        wizard = show(qtbot, wizard_class(services, clock, language, line.id))
        shown += page_texts(wizard)
        wizard.reject()
    own = set(carrier.names.values())
    words = i18n.carrier_language(language)
    for other in CATALOG.carriers:
        if other.id == carrier.id:
            continue
        for name in set(other.names.values()) - own:
            named = [text for text in shown if mentions(text, name)]
            assert not named, f"{carrier.id} line names {other.id}: {named}"
        for fact in other.facts:
            assert not [text for text in shown if fact.text(words) in text], fact
    for fact in carrier.facts:  # its own facts are there, in the interface language
        assert [text for text in shown if fact.text(words) in text], fact


def test_the_payment_method_hint_is_the_receipt_dialogs_for_every_country(
    qtbot, services: Services, clock, language: str
) -> None:
    # Seen in a walk: the renewal's proof page had no hint, the receipt dialog one.
    hints = set()
    for carrier in ("kw-zain", "om-omantel", "cn-china-mobile"):
        country = next(c.country for c in CATALOG.carriers if c.id == carrier)
        typed = LineInput(number=example_number(country), expires="2027-01-31", carrier=carrier)
        line = services.lines.add(typed, clock()).line
        wizard = show(qtbot, RenewWizard(services, clock, language, line.id))
        hints.add(wizard.editors["payment_method"].edit.placeholderText())  # type: ignore[attr-defined]
        wizard.reject()
        dialog = ReceiptDialog(services, clock, language, None, line.id)
        qtbot.addWidget(dialog)
        hints.add(dialog.method_edit.placeholderText())
    assert len(hints) == 1
    assert hints.pop()
