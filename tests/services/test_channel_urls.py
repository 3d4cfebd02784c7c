"""The channel forms' fields become Apprise URLs that Apprise reads back the same (#17)."""

from __future__ import annotations

import apprise
import pytest

from numberkeeper.core.errors import ErrorCode, ValidationError
from numberkeeper.services.channel_urls import FIELDS, ChannelKind, channel_url

SAMPLES = {
    ChannelKind.EMAIL: {
        "smtp_host": "smtp.qq.com",
        "smtp_port": "465",
        "smtp_user": "me@qq.com",
        "smtp_password": "p@ss/word?",
        "from_address": "me@qq.com",
        "to_address": "phone@example.com",
    },
    ChannelKind.TELEGRAM: {"bot_token": "123456789:AAE-abc_def", "chat_id": "987654321"},
    ChannelKind.NTFY: {"server": "", "topic": "nk-alerts"},
    ChannelKind.BARK: {"server": "https://bark.example.org/", "device_key": "KEY123"},
    ChannelKind.SERVERCHAN: {"send_key": "SCT123456abcdef"},
    ChannelKind.PUSHPLUS: {"token": "a" * 32},
    ChannelKind.WECOM: {"bot_key": "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa"},
    ChannelKind.DINGTALK: {"token": "b" * 64, "secret": "SECabc"},
    ChannelKind.FEISHU: {"token": "c" * 36},
    ChannelKind.OTHER: {"url": "ntfy://my-topic"},
}
READ_BACK = {  # what Apprise reads from the URL: each secret where it belongs
    ChannelKind.EMAIL: {"password": "p@ss/word?", "smtp_host": "smtp.qq.com", "port": 465},
    ChannelKind.TELEGRAM: {"bot_token": "123456789:AAE-abc_def"},
    ChannelKind.NTFY: {"topics": ["nk-alerts"]},
    ChannelKind.BARK: {"host": "bark.example.org", "targets": ["KEY123"]},
    ChannelKind.SERVERCHAN: {"token": "SCT123456abcdef"},
    ChannelKind.PUSHPLUS: {"token": "a" * 32},
    ChannelKind.WECOM: {"host": "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa"},
    ChannelKind.DINGTALK: {"token": "b" * 64, "secret": "SECabc"},
    ChannelKind.FEISHU: {"token": "c" * 36},
    ChannelKind.OTHER: {"topics": ["my-topic"]},
}


@pytest.mark.parametrize("kind", list(ChannelKind))
def test_every_form_gives_a_url_apprise_reads_back(kind: ChannelKind) -> None:
    plugin = apprise.Apprise.instantiate(channel_url(kind, SAMPLES[kind]))
    assert plugin is not None
    for attribute, value in READ_BACK[kind].items():
        assert getattr(plugin, attribute) == value


def test_empty_required_fields_are_named() -> None:
    with pytest.raises(ValidationError) as e:
        channel_url(ChannelKind.TELEGRAM, {"bot_token": " "})
    assert [(x.field, x.code) for x in e.value.errors] == [
        ("bot_token", ErrorCode.REQUIRED),
        ("chat_id", ErrorCode.REQUIRED),
    ]
    assert channel_url(ChannelKind.DINGTALK, {"token": "t"}) == "dingtalk://t/"  # secret optional
    assert all(FIELDS[k] for k in ChannelKind)
