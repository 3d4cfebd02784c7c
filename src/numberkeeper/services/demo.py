"""Sample lines for `numberkeeper --demo`: what the app does, without typing anything.

Dates are relative to `now`, so the demo always shows one line expiring in 3 days, one in
grace and one suspended.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from numberkeeper.core.lines import Line
from numberkeeper.core.validation import LineInput
from numberkeeper.services.boundary import storage_errors
from numberkeeper.services.lines import LineService


def demo_inputs(now: datetime) -> list[LineInput]:
    """The sample lines, as a person would have typed them on `now`."""

    def local_day(days: int, zone: str) -> str:
        return (now.astimezone(ZoneInfo(zone)).date() + timedelta(days=days)).isoformat()

    checked = now.date().isoformat()
    return [
        LineInput(
            number="+965 9666 1234",
            expires=local_day(3, "Asia/Kuwait"),
            label="Bank OTP (Kuwait)",
            carrier="kw-zain",
            plan="Prepaid eeZee",
            balance_amount="1.250",
            balance_currency="KWD",
            balance_checked_on=checked,
            linked_accounts="NBK online banking\nWhatsApp\nGoogle 2FA",
            notes="Recharge with a Zain voucher from the supermarket.",
        ),
        LineInput(
            number="+965 6660 1234",
            expires=local_day(-2, "Asia/Kuwait"),
            label="Old work number",
            carrier="kw-ooredoo",
            grace_days="30",
            linked_accounts="WeChat\nAlipay",
        ),
        LineInput(
            number="+968 9212 3456",
            expires=local_day(40, "Asia/Muscat"),
            label="Muscat apartment",
            carrier="om-omantel",
            keep_alive_days="90",
            keep_alive_counts="top_up,call,sms",
            balance_amount="3.5",
            balance_currency="OMR",
            balance_checked_on=checked,
            linked_accounts="Bank Muscat\nWhatsApp",
        ),
        LineInput(
            number="+968 7912 3456",
            expires=local_day(12, "Asia/Muscat"),
            label="Travel eSIM",
            carrier="om-ooredoo",
            kind="esim",
            status="suspended",
            resume_on=local_day(45, "Asia/Muscat"),
            notes="Suspended while abroad; monthly fee applies.",
        ),
        LineInput(
            number="+1 202 555 0143",
            expires=local_day(20, "America/New_York"),
            label="US virtual number",
            carrier="VoIP provider",
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
            label="家里的号码",
            carrier="cn-china-mobile",
            grace_days="90",
            balance_amount="58.00",
            balance_currency="CNY",
            linked_accounts="微信\n支付宝\n工商银行",
        ),
    ]


@storage_errors
def populate_demo(service: LineService, now: datetime) -> list[Line]:
    """Add the sample lines to an (empty) database; return them."""
    return [service.add(typed, now) for typed in demo_inputs(now)]
