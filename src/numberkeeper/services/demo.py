"""Sample lines for `numberkeeper --demo`: what the app does, without typing anything.

Dates are relative to `now`, so the demo always shows one line expiring in 3 days, one in
grace and one suspended. The words a person would have typed (labels, notes, linked accounts)
are in the demo's interface language (#16): the window passes its translation of them; without
one they are English. The Chinese line's words are in Chinese in every interface, as its user
typed them, in Traditional characters under a Traditional Chinese interface.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from numberkeeper.core.lines import Line
from numberkeeper.core.validation import LineInput
from numberkeeper.services.boundary import storage_errors
from numberkeeper.services.lines import LineService

# The context of the demo's words in the translation catalogues.
CONTEXT = "Demo"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a demo text for pyside6-lupdate (this layer never imports Qt); the window
    translates it in `context`."""
    return text


def _english(text: str) -> str:
    return text


def demo_inputs(now: datetime, translate: Callable[[str], str] = _english) -> list[LineInput]:
    """The sample lines, as a person would have typed them on `now`; `translate` words what
    they typed (labels, notes, accounts) in the interface language."""
    t = translate

    def local_day(days: int, zone: str) -> str:
        return (now.astimezone(ZoneInfo(zone)).date() + timedelta(days=days)).isoformat()

    checked = now.date().isoformat()
    return [
        LineInput(
            number="+965 9666 1234",
            expires=local_day(3, "Asia/Kuwait"),
            label=t(QT_TRANSLATE_NOOP("Demo", "Bank OTP (Kuwait)")),
            carrier="kw-zain",
            plan="Prepaid eeZee",
            balance_amount="1.250",
            balance_currency="KWD",
            balance_checked_on=checked,
            linked_accounts=t(
                QT_TRANSLATE_NOOP("Demo", "NBK online banking\nWhatsApp\nGoogle 2FA")
            ),
            notes=t(
                QT_TRANSLATE_NOOP("Demo", "Recharge with a Zain voucher from the supermarket.")
            ),
        ),
        LineInput(
            number="+965 6660 1234",
            expires=local_day(-2, "Asia/Kuwait"),
            label=t(QT_TRANSLATE_NOOP("Demo", "Old work number")),
            carrier="kw-ooredoo",
            grace_days="30",
            linked_accounts=t(QT_TRANSLATE_NOOP("Demo", "WeChat\nAlipay")),
        ),
        LineInput(
            number="+968 9212 3456",
            expires=local_day(40, "Asia/Muscat"),
            label=t(QT_TRANSLATE_NOOP("Demo", "Muscat apartment")),
            carrier="om-omantel",
            keep_alive_days="90",
            keep_alive_counts="top_up,call,sms",
            balance_amount="3.5",
            balance_currency="OMR",
            balance_checked_on=checked,
            linked_accounts=t(QT_TRANSLATE_NOOP("Demo", "Bank Muscat\nWhatsApp")),
        ),
        LineInput(
            number="+968 7912 3456",
            expires=local_day(12, "Asia/Muscat"),
            label=t(QT_TRANSLATE_NOOP("Demo", "Travel eSIM")),
            carrier="om-ooredoo",
            kind="esim",
            status="suspended",
            resume_on=local_day(45, "Asia/Muscat"),
            notes=t(QT_TRANSLATE_NOOP("Demo", "Suspended while abroad; monthly fee applies.")),
        ),
        LineInput(
            number="+1 202 555 0143",
            expires=local_day(20, "America/New_York"),
            label=t(QT_TRANSLATE_NOOP("Demo", "US virtual number")),
            carrier=t(QT_TRANSLATE_NOOP("Demo", "VoIP provider")),
            kind="virtual",
            time_zone="America/New_York",
            grace_days="0",
            balance_amount="4.20",
            balance_currency="USD",
            linked_accounts="Telegram\nApple ID",
        ),
        LineInput(
            number="+86 138 1234 5678",
            expires=local_day(200, "Asia/Shanghai"),
            # Typed by a user in mainland China: a Traditional interface writes it its way.
            label=t(QT_TRANSLATE_NOOP("Demo", "家里的号码")),
            carrier="cn-china-mobile",
            grace_days="90",
            balance_amount="58.00",
            balance_currency="CNY",
            linked_accounts=t(QT_TRANSLATE_NOOP("Demo", "微信\n支付宝\n工商银行")),
        ),
    ]


@storage_errors
def populate_demo(
    service: LineService, now: datetime, translate: Callable[[str], str] = _english
) -> list[Line]:
    """Add the sample lines to an (empty) database, worded by `translate`; return them."""
    return [service.add(typed, now).line for typed in demo_inputs(now, translate)]
