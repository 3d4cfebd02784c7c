"""The renew, suspend, resume and cancel errands, defined as data.

Each action is a sequence of steps; each step names the fields it collects. The GUI renders
these (translating titles through its own table of the same English strings) and the
services validate the collected values; neither hard-codes the steps.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from numberkeeper.core.receipts import Channel


class Action(StrEnum):
    """A carrier errand the app walks the user through."""

    RENEW = "renew"
    SUSPEND = "suspend"
    RESUME = "resume"
    CANCEL = "cancel"


# The longest answer a TEXT field takes (a reference, a note): longer is refused, never cut.
MAX_STEP_TEXT = 500


class FieldKind(StrEnum):
    """What a step field holds, and so which widget shows it."""

    TEXT = "text"
    DATE = "date"
    MONEY = "money"  # amount text; the currency comes from the step's CURRENCY field
    CURRENCY = "currency"
    EXTENSION = "extension"  # "30d", "1m", "1y", or a new expiry date
    CHOICE = "choice"
    CHECK = "check"
    FILE = "file"
    ACCOUNTS = "accounts"  # each linked account: unbound or kept
    LAST_FOUR = "last_four"


@dataclass(frozen=True)
class FieldSpec:
    """One value a step collects."""

    id: str
    label: str
    kind: FieldKind
    required: bool = False
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class StepSpec:
    """One step of an errand: a title, what to know, what to record."""

    id: str
    title: str
    help: str
    fields: tuple[FieldSpec, ...] = ()
    # A step the user may leave open for days (waiting for the carrier); progress is saved.
    waits: bool = False


SUSPEND_TERMS = ("short", "long")
ACCOUNT_DECISIONS = ("unbound", "kept")

# General advice only: what one carrier says is a CarrierFact of its preset (#16).
CHANNEL_GUIDANCE: dict[Channel, str] = {
    Channel.ONLINE: "Pay on the carrier's website or app. Keep the confirmation page or e-mail: "
    "its reference number is your proof.",
    Channel.STORE: "Bring your passport or civil ID: stores ask for it before touching a line. "
    "Ask for a printed receipt.",
    Channel.KIOSK: "Keep the printed slip and its transaction number: it is the only proof if "
    "the top-up is delayed.",
    Channel.VOUCHER: "Enter the voucher code through the carrier's short code or website. Keep "
    "the card until the top-up shows on your balance.",
    Channel.HOTLINE: "Call the carrier's hotline from another phone if needed. Write down the "
    "agent's name and the ticket number.",
    Channel.THIRD_PARTY: "Pay through a bank app or payment service. Check that the number is "
    "right before paying; keep the payment reference.",
}

CHECKLISTS: dict[Action, tuple[StepSpec, ...]] = {
    Action.RENEW: (
        StepSpec("state", "Current state", "Where the line stands before you pay."),
        StepSpec(
            "channel",
            "Channel",
            "How will you renew?",
            (FieldSpec("channel", "Channel", FieldKind.CHOICE, True, tuple(Channel)),),
        ),
        StepSpec(
            "amount",
            "Amount and validity",
            "What you pay and how the validity changes. The new expiry is computed from the "
            "later of today and the current expiry.",
            (
                FieldSpec("amount", "Amount", FieldKind.MONEY, True),
                FieldSpec("currency", "Currency", FieldKind.CURRENCY, True),
                FieldSpec("extension", "Validity", FieldKind.EXTENSION, True),
                FieldSpec("new_balance", "Balance afterwards", FieldKind.MONEY),
            ),
        ),
        StepSpec(
            "proof",
            "Proof",
            "Record what proves the payment.",
            (
                FieldSpec("payment_method", "Payment method", FieldKind.TEXT),
                FieldSpec("reference", "Reference / transaction number", FieldKind.TEXT),
                FieldSpec("sms_confirmed", "Confirmation SMS received", FieldKind.CHECK),
                FieldSpec("attachment", "Receipt photo or PDF", FieldKind.FILE),
                FieldSpec("note", "Note", FieldKind.TEXT),
            ),
        ),
        StepSpec("summary", "Summary", "Check everything, then finish to save the receipt."),
    ),
    Action.SUSPEND: (
        StepSpec(
            "term",
            "Short or long term",
            "Carriers offer short suspensions (e.g. while travelling) and long ones.",
            (FieldSpec("term", "Term", FieldKind.CHOICE, True, SUSPEND_TERMS),),
        ),
        StepSpec(
            "policy",
            "Policy and fee",
            "Some carriers still charge a monthly fee while a line is suspended: check your "
            "carrier's terms. A fee you pay is recorded as a receipt.",
            (
                FieldSpec("fee", "Monthly fee", FieldKind.MONEY),
                FieldSpec("currency", "Currency", FieldKind.CURRENCY),
            ),
        ),
        StepSpec(
            "prepare",
            "Prepare",
            "The carrier will ask for these.",
            (
                FieldSpec("id_ready", "Passport or civil ID at hand", FieldKind.CHECK),
                FieldSpec("email_ready", "Registered e-mail at hand", FieldKind.CHECK),
                FieldSpec("account_ready", "Account number at hand", FieldKind.CHECK),
            ),
        ),
        StepSpec(
            "contacts",
            "Tell your contacts",
            "People and services that reach you on this number should know.",
            (FieldSpec("contacts_told", "Emergency contacts told", FieldKind.CHECK),),
        ),
        StepSpec(
            "submitted",
            "Request submitted",
            "When you asked the carrier, and the reference it gave you.",
            (
                FieldSpec("submitted_on", "Submitted on", FieldKind.DATE, True),
                FieldSpec("reference", "Reference", FieldKind.TEXT),
            ),
        ),
        StepSpec(
            "waiting",
            "Waiting for the carrier",
            "You can close this and come back: progress is saved. Finish once the carrier "
            "confirms the suspension.",
            (
                FieldSpec(
                    "confirmed", "The carrier confirmed the suspension", FieldKind.CHECK, True
                ),
                FieldSpec("resume_on", "Suspended until (empty: open-ended)", FieldKind.DATE),
            ),
            waits=True,
        ),
    ),
    Action.RESUME: (
        StepSpec(
            "request",
            "Ask to resume",
            "Ask the carrier to restore service.",
            (
                FieldSpec("requested_on", "Requested on", FieldKind.DATE, True),
                FieldSpec("reference", "Reference", FieldKind.TEXT),
            ),
        ),
        StepSpec(
            "confirm",
            "Service restored",
            "Make a call or send an SMS to check.",
            (FieldSpec("restored", "Service works again", FieldKind.CHECK, True),),
        ),
    ),
    Action.CANCEL: (
        StepSpec(
            "balance",
            "Balance",
            "Check the balance and move what you can before the line closes.",
            (
                FieldSpec("balance_checked", "Balance checked", FieldKind.CHECK, True),
                FieldSpec("transferred", "Amount transferred out", FieldKind.MONEY),
                FieldSpec("currency", "Currency", FieldKind.CURRENCY),
                FieldSpec("transferred_to", "Transferred to", FieldKind.TEXT),
            ),
        ),
        StepSpec(
            "accounts",
            "Linked accounts",
            "A recycled number is handed to a stranger: of 259 recycled US numbers studied, "
            "171 were still linked to accounts on major sites. Unbind each account, or keep "
            "it deliberately.",
            (FieldSpec("accounts", "Accounts", FieldKind.ACCOUNTS, True, ACCOUNT_DECISIONS),),
        ),
        StepSpec(
            "records",
            "Records",
            "Save or export this line's receipts and history before you close it.",
            (FieldSpec("records_saved", "Records saved", FieldKind.CHECK),),
        ),
        StepSpec(
            "scams",
            "Beware of scams",
            "Carriers never ask for your PIN or a verification code by SMS or phone. Anyone "
            "who does is a scammer.",
            (FieldSpec("scam_warning_read", "I understand", FieldKind.CHECK, True),),
        ),
        StepSpec(
            "confirm",
            "Confirm",
            "The line will be marked cancelled; its history and receipts are kept.",
            (FieldSpec("last_four", "Last four digits of the number", FieldKind.LAST_FOUR, True),),
        ),
    ),
}


def steps(action: Action) -> tuple[StepSpec, ...]:
    """The steps of one errand, in order."""
    return CHECKLISTS[action]


def step_index(action: Action, step_id: str) -> int:
    """Position of a step (0 if unknown, so a stale saved run restarts at the beginning)."""
    for i, step in enumerate(CHECKLISTS[action]):
        if step.id == step_id:
            return i
    return 0


def answered(value: object) -> bool:
    """Whether a field's value counts as an answer (an unticked box or blank text does not)."""
    return value not in (None, "", False, {})


def missing_required(action: Action, step_id: str, values: dict[str, object]) -> list[str]:
    """Ids of the required fields of a step that have no value yet."""
    step = CHECKLISTS[action][step_index(action, step_id)]
    return [f.id for f in step.fields if f.required and not answered(values.get(f.id))]
