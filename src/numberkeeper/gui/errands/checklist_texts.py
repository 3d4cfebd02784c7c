# ruff: noqa: E501 — each string stays on one line so pyside6-lupdate reads it as one literal.
"""The checklists' English strings (core.checklists), marked for translation in one table.

The core defines the errands as data in English; pyside6-lupdate cannot see strings it does not
find as literals, so every step title, help text, field label and channel guidance of
core.checklists is repeated here inside QT_TRANSLATE_NOOP("Checklist", ...). At runtime
`checklist_text` translates a core string in the "Checklist" context. A unit test checks that
this table lists every string of core.checklists, so a new step cannot go untranslated.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from numberkeeper.core.carriers import CarrierFact
from numberkeeper.core.receipts import Channel
from numberkeeper.gui.app.i18n import QT_TRANSLATE_NOOP, carrier_language

CONTEXT = "Checklist"

# Step titles, help texts and field labels, in the order core.checklists defines them.
STEP_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Checklist", "Current state"),
    QT_TRANSLATE_NOOP("Checklist", "Where the line stands before you pay."),
    QT_TRANSLATE_NOOP("Checklist", "Channel"),
    QT_TRANSLATE_NOOP("Checklist", "How will you renew?"),
    QT_TRANSLATE_NOOP("Checklist", "Amount and validity"),
    QT_TRANSLATE_NOOP(
        "Checklist",
        "What you pay and how the validity changes. The new expiry is computed from the later of today and the current expiry.",
    ),
    QT_TRANSLATE_NOOP("Checklist", "Amount"),
    QT_TRANSLATE_NOOP("Checklist", "Currency"),
    QT_TRANSLATE_NOOP("Checklist", "Validity"),
    QT_TRANSLATE_NOOP("Checklist", "Balance afterwards"),
    QT_TRANSLATE_NOOP("Checklist", "Proof"),
    QT_TRANSLATE_NOOP("Checklist", "Record what proves the payment."),
    QT_TRANSLATE_NOOP("Checklist", "Payment method"),
    QT_TRANSLATE_NOOP("Checklist", "Reference / transaction number"),
    QT_TRANSLATE_NOOP("Checklist", "Confirmation SMS received"),
    QT_TRANSLATE_NOOP("Checklist", "Receipt photo or PDF"),
    QT_TRANSLATE_NOOP("Checklist", "Note"),
    QT_TRANSLATE_NOOP("Checklist", "Summary"),
    QT_TRANSLATE_NOOP("Checklist", "Check everything, then finish to save the receipt."),
    QT_TRANSLATE_NOOP("Checklist", "Short or long term"),
    QT_TRANSLATE_NOOP(
        "Checklist", "Carriers offer short suspensions (e.g. while travelling) and long ones."
    ),
    QT_TRANSLATE_NOOP("Checklist", "Term"),
    QT_TRANSLATE_NOOP("Checklist", "Policy and fee"),
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Some carriers still charge a monthly fee while a line is suspended: check your carrier's terms. A fee you pay is recorded as a receipt.",
    ),
    QT_TRANSLATE_NOOP("Checklist", "Monthly fee"),
    QT_TRANSLATE_NOOP("Checklist", "Prepare"),
    QT_TRANSLATE_NOOP("Checklist", "The carrier will ask for these."),
    QT_TRANSLATE_NOOP("Checklist", "Passport or civil ID at hand"),
    QT_TRANSLATE_NOOP("Checklist", "Registered e-mail at hand"),
    QT_TRANSLATE_NOOP("Checklist", "Account number at hand"),
    QT_TRANSLATE_NOOP("Checklist", "Tell your contacts"),
    QT_TRANSLATE_NOOP(
        "Checklist", "People and services that reach you on this number should know."
    ),
    QT_TRANSLATE_NOOP("Checklist", "Emergency contacts told"),
    QT_TRANSLATE_NOOP("Checklist", "Request submitted"),
    QT_TRANSLATE_NOOP("Checklist", "When you asked the carrier, and the reference it gave you."),
    QT_TRANSLATE_NOOP("Checklist", "Submitted on"),
    QT_TRANSLATE_NOOP("Checklist", "Reference"),
    QT_TRANSLATE_NOOP("Checklist", "Waiting for the carrier"),
    QT_TRANSLATE_NOOP(
        "Checklist",
        "You can close this and come back: progress is saved. Finish once the carrier confirms the suspension.",
    ),
    QT_TRANSLATE_NOOP("Checklist", "The carrier confirmed the suspension"),
    QT_TRANSLATE_NOOP("Checklist", "Suspended until (empty: open-ended)"),
    QT_TRANSLATE_NOOP("Checklist", "Ask to resume"),
    QT_TRANSLATE_NOOP("Checklist", "Ask the carrier to restore service."),
    QT_TRANSLATE_NOOP("Checklist", "Requested on"),
    QT_TRANSLATE_NOOP("Checklist", "Service restored"),
    QT_TRANSLATE_NOOP("Checklist", "Make a call or send an SMS to check."),
    QT_TRANSLATE_NOOP("Checklist", "Service works again"),
    QT_TRANSLATE_NOOP("Checklist", "Balance"),
    QT_TRANSLATE_NOOP(
        "Checklist", "Check the balance and move what you can before the line closes."
    ),
    QT_TRANSLATE_NOOP("Checklist", "Balance checked"),
    QT_TRANSLATE_NOOP("Checklist", "Amount transferred out"),
    QT_TRANSLATE_NOOP("Checklist", "Transferred to"),
    QT_TRANSLATE_NOOP("Checklist", "Linked accounts"),
    QT_TRANSLATE_NOOP(
        "Checklist",
        "A recycled number is handed to a stranger: of 259 recycled US numbers studied, 171 were still linked to accounts on major sites. Unbind each account, or keep it deliberately.",
    ),
    QT_TRANSLATE_NOOP("Checklist", "Accounts"),
    QT_TRANSLATE_NOOP("Checklist", "Records"),
    QT_TRANSLATE_NOOP(
        "Checklist", "Save or export this line's receipts and history before you close it."
    ),
    QT_TRANSLATE_NOOP("Checklist", "Records saved"),
    QT_TRANSLATE_NOOP("Checklist", "Beware of scams"),
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Carriers never ask for your PIN or a verification code by SMS or phone. Anyone who does is a scammer.",
    ),
    QT_TRANSLATE_NOOP("Checklist", "I understand"),
    QT_TRANSLATE_NOOP("Checklist", "Confirm"),
    QT_TRANSLATE_NOOP(
        "Checklist", "The line will be marked cancelled; its history and receipts are kept."
    ),
    QT_TRANSLATE_NOOP("Checklist", "Last four digits of the number"),
)

# CHANNEL_GUIDANCE, one sentence or two per channel.
GUIDANCE_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Pay on the carrier's website or app. Keep the confirmation page or e-mail: its reference number is your proof.",
    ),
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Bring your passport or civil ID: stores ask for it before touching a line. Ask for a printed receipt.",
    ),
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Keep the printed slip and its transaction number: it is the only proof if the top-up is delayed.",
    ),
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Enter the voucher code through the carrier's short code or website. Keep the card until the top-up shows on your balance.",
    ),
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Call the carrier's hotline from another phone if needed. Write down the agent's name and the ticket number.",
    ),
    QT_TRANSLATE_NOOP(
        "Checklist",
        "Pay through a bank app or payment service. Check that the number is right before paying; keep the payment reference.",
    ),
)

# The words shown for the stored choice values (channels, suspension terms, account decisions).
CHOICE_LABELS: dict[str, str] = {
    Channel.ONLINE: QT_TRANSLATE_NOOP("Checklist", "Carrier website or app"),
    Channel.STORE: QT_TRANSLATE_NOOP("Checklist", "Store counter"),
    Channel.KIOSK: QT_TRANSLATE_NOOP("Checklist", "Self-service kiosk"),
    Channel.VOUCHER: QT_TRANSLATE_NOOP("Checklist", "Recharge voucher"),
    Channel.HOTLINE: QT_TRANSLATE_NOOP("Checklist", "Hotline"),
    Channel.THIRD_PARTY: QT_TRANSLATE_NOOP("Checklist", "Third-party payment"),
    "short": QT_TRANSLATE_NOOP("Checklist", "Short term (e.g. while travelling)"),
    "long": QT_TRANSLATE_NOOP("Checklist", "Long term"),
    "unbound": QT_TRANSLATE_NOOP("Checklist", "Unbound"),
    "kept": QT_TRANSLATE_NOOP("Checklist", "Kept on purpose"),
}

TRANSLATABLE: frozenset[str] = frozenset(STEP_TEXTS + GUIDANCE_TEXTS)


def checklist_text(text: str) -> str:
    """A core.checklists string in the interface language (as it is when untranslated)."""
    return QCoreApplication.translate(CONTEXT, text)


def choice_label(value: str) -> str:
    """The translated words for a stored choice value; the value itself when it has none."""
    english = CHOICE_LABELS.get(value)
    return QCoreApplication.translate(CONTEXT, english) if english else value


def facts_html(facts: Iterable[CarrierFact], language: str) -> str:
    """A carrier's facts as rich text, one paragraph each, with a link to where it was read.

    The sentences come from carriers.json in the carrier's own languages (#16), like its names.
    """
    words = carrier_language(language)
    source = QCoreApplication.translate("Checklist", "Source")
    return "".join(
        f'<p>{html.escape(fact.text(words), quote=False)} <a href="{html.escape(fact.source)}">'
        f"{html.escape(source, quote=False)}</a></p>"
        for fact in facts
    )
