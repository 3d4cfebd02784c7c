"""The Apprise URL of a push channel from the few fields its form asks for (#17): e-mail over
SMTP, Telegram, ntfy, Bark, ServerChan and PushPlus (WeChat), WeCom, DingTalk, Feishu — or any
Apprise URL typed whole. The window's channel form builds on these; services.push checks the
result with Apprise itself.

Every value is escaped where it goes, so a password with "@" or "/" stays a password.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote, urlencode

from numberkeeper.core.errors import ErrorCode, FieldError, ValidationError


class ChannelKind(StrEnum):
    """The kinds of channel with a form of their own; OTHER is an Apprise URL as typed."""

    EMAIL = "email"
    TELEGRAM = "telegram"
    NTFY = "ntfy"
    BARK = "bark"
    SERVERCHAN = "serverchan"
    PUSHPLUS = "pushplus"
    WECOM = "wecom"
    DINGTALK = "dingtalk"
    FEISHU = "feishu"
    OTHER = "other"


@dataclass(frozen=True)
class Field:
    """One field of a channel's form: its key, whether it is secret (shown as dots), whether
    it may stay empty, and what it holds when the form opens."""

    key: str
    secret: bool = False
    optional: bool = False
    default: str = ""


FIELDS: dict[ChannelKind, tuple[Field, ...]] = {
    ChannelKind.EMAIL: (
        Field("smtp_host"),
        Field("smtp_port", default="587"),
        Field("smtp_user"),
        Field("smtp_password", secret=True),
        Field("from_address"),
        Field("to_address"),
    ),
    ChannelKind.TELEGRAM: (Field("bot_token", secret=True), Field("chat_id")),
    ChannelKind.NTFY: (
        Field("server", optional=True, default="ntfy.sh"),
        Field("topic", secret=True),
    ),
    ChannelKind.BARK: (
        Field("server", optional=True, default="api.day.app"),
        Field("device_key", secret=True),
    ),
    ChannelKind.SERVERCHAN: (Field("send_key", secret=True),),
    ChannelKind.PUSHPLUS: (Field("token", secret=True),),
    ChannelKind.WECOM: (Field("bot_key", secret=True),),
    ChannelKind.DINGTALK: (
        Field("token", secret=True),
        Field("secret", secret=True, optional=True),
    ),
    ChannelKind.FEISHU: (Field("token", secret=True),),
    ChannelKind.OTHER: (Field("url", secret=True),),
}


def _part(value: str, safe: str = "") -> str:
    return quote(value, safe=safe)


def _email(v: Mapping[str, str]) -> str:
    port = v["smtp_port"] or "587"
    # 465 speaks TLS from the start, 587 upgrades with STARTTLS: Apprise's mailtos does both;
    # a server without TLS (a local relay) is mailto.
    scheme = "mailto" if port == "25" else "mailtos"
    query = urlencode(
        {"smtp": v["smtp_host"], "port": port, "from": v["from_address"], "to": v["to_address"]}
    )
    domain = v["from_address"].rpartition("@")[2] or v["smtp_host"]
    return f"{scheme}://{_part(v['smtp_user'])}:{_part(v['smtp_password'])}@{domain}?{query}"


def _server(value: str, default: str) -> str:
    host = value.strip().removeprefix("https://").rstrip("/")
    return host or default


BUILDERS: dict[ChannelKind, Callable[[Mapping[str, str]], str]] = {
    ChannelKind.EMAIL: _email,
    # A bot token is "123456789:AAE…": Apprise reads the colon as part of it.
    ChannelKind.TELEGRAM: lambda v: f"tgram://{_part(v['bot_token'], ':')}/{_part(v['chat_id'])}",
    ChannelKind.NTFY: lambda v: (
        f"ntfys://{_part(v['topic'])}"
        if _server(v["server"], "ntfy.sh") == "ntfy.sh"
        else f"ntfys://{_server(v['server'], 'ntfy.sh')}/{_part(v['topic'])}"
    ),
    ChannelKind.BARK: lambda v: (
        f"barks://{_server(v['server'], 'api.day.app')}/{_part(v['device_key'])}"
    ),
    ChannelKind.SERVERCHAN: lambda v: f"schan://{_part(v['send_key'])}",
    ChannelKind.PUSHPLUS: lambda v: f"pushplus://{_part(v['token'])}",
    ChannelKind.WECOM: lambda v: f"wecombot://{_part(v['bot_key'])}",
    ChannelKind.DINGTALK: lambda v: (
        f"dingtalk://{_part(v['secret'])}@{_part(v['token'])}/"
        if v["secret"]
        else f"dingtalk://{_part(v['token'])}/"
    ),
    ChannelKind.FEISHU: lambda v: f"feishu://{_part(v['token'])}",
    ChannelKind.OTHER: lambda v: v["url"],
}


# The kind a stored channel's scheme belongs to, to name it in a list (OTHER: the scheme itself).
KIND_OF_SCHEME = {
    "mailto": ChannelKind.EMAIL,
    "mailtos": ChannelKind.EMAIL,
    "tgram": ChannelKind.TELEGRAM,
    "ntfy": ChannelKind.NTFY,
    "ntfys": ChannelKind.NTFY,
    "bark": ChannelKind.BARK,
    "barks": ChannelKind.BARK,
    "schan": ChannelKind.SERVERCHAN,
    "pushplus": ChannelKind.PUSHPLUS,
    "wecombot": ChannelKind.WECOM,
    "dingtalk": ChannelKind.DINGTALK,
    "feishu": ChannelKind.FEISHU,
}


def channel_url(kind: ChannelKind, values: Mapping[str, str]) -> str:
    """The Apprise URL for a kind's fields; ValidationError naming each required field left
    empty (by its key)."""
    cleaned = {f.key: values.get(f.key, "").strip() for f in FIELDS[kind]}
    missing = [
        FieldError(f.key, ErrorCode.REQUIRED)
        for f in FIELDS[kind]
        if not f.optional and not cleaned[f.key]
    ]
    if missing:
        raise ValidationError(missing)
    return BUILDERS[kind](cleaned)
