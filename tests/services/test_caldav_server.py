"""services/caldav_server.py against a server that answers a PROPFIND without a body (allprop)
leaving out the resource type and the change tag, as iCloud does (caldav's compatibility
hints: propfind.allprop.resourcetype unsupported): asked again for just those, the calendar is
still known as one (#17)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest

from numberkeeper.services.caldav_server import CalendarServer

HOST = "127.0.0.1"
CALENDAR = "/dana/calendars/work/"
ALLPROP = """<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:"><d:response><d:href>{href}</d:href><d:propstat>
<d:prop><d:displayname>Work</d:displayname></d:prop>
<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"""
ASKED = """<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"
 xmlns:cs="http://calendarserver.org/ns/"><d:response><d:href>{href}</d:href><d:propstat>
<d:prop><d:resourcetype><d:collection/><c:calendar/></d:resourcetype>
<cs:getctag>ctag-42</cs:getctag></d:prop>
<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"""


class _AllpropWithoutType(http.server.BaseHTTPRequestHandler):
    """Answers a PROPFIND without a body with the display name only, one with a body with the
    resource type and the change tag; keeps each request's body length."""

    def do_PROPFIND(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        self.server.bodies.append(len(body))  # type: ignore[attr-defined]
        answer = (ASKED if body else ALLPROP).format(href=self.path).encode()
        self.send_response(207)
        self.send_header("Content-Type", "application/xml; charset=utf-8")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def server() -> Iterator[tuple[str, list[int]]]:
    httpd = http.server.ThreadingHTTPServer((HOST, 0), _AllpropWithoutType)
    httpd.bodies = []  # type: ignore[attr-defined]
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://{HOST}:{httpd.server_address[1]}", httpd.bodies  # type: ignore[attr-defined]
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_calendar_missing_from_allprop_is_asked_for_by_name(
    server: tuple[str, list[int]],
) -> None:
    base, bodies = server
    with CalendarServer(base + "/", "dana", "pw") as caldav:
        found = caldav.collection(base + CALENDAR)
    assert (found.is_calendar, found.ctag) == (True, "ctag-42")
    assert bodies[0] == 0  # first without a body, as the no-change sync asks
    assert bodies[1] > 0  # then for the resource type and change tag by name
