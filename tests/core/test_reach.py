"""Addresses typed for a calendar server, and how long to wait after failures (#17)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from numberkeeper.core.errors import ErrorCode, ValidationError
from numberkeeper.core.reach import check_server_url, retry_after


@pytest.mark.parametrize(
    "url",
    [
        "https://caldav.icloud.com/",
        "https://cloud.example.org/remote.php/dav",
        " http://127.0.0.1:5232/ ",
        "https://user@caldav.fastmail.com/dav/",
    ],
)
def test_server_addresses_taken(url: str) -> None:
    assert check_server_url(url) == url.strip()


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("", ErrorCode.REQUIRED),
        ("caldav.icloud.com", ErrorCode.URL_INVALID),
        ("ftp://example.com/", ErrorCode.URL_INVALID),
        ("https://", ErrorCode.URL_INVALID),
        ("https://exa mple.com/", ErrorCode.URL_INVALID),
        ("https://example.com:http/", ErrorCode.URL_INVALID),
        ("https://me:secret@example.com/", ErrorCode.URL_HAS_PASSWORD),
    ],
)
def test_bad_server_addresses_refused(url: str, code: ErrorCode) -> None:
    with pytest.raises(ValidationError) as e:
        check_server_url(url)
    assert [(x.field, x.code) for x in e.value.errors] == [("url", code)]


def test_backoff_doubles_from_a_minute_to_an_hour() -> None:
    waits = [retry_after(n) for n in range(0, 10)]
    assert waits[:4] == [
        timedelta(0),
        timedelta(minutes=1),
        timedelta(minutes=2),
        timedelta(minutes=4),
    ]
    assert waits[-1] == timedelta(hours=1)
    assert retry_after(10_000) == timedelta(hours=1)
