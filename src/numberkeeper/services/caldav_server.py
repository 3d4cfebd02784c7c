"""One CalDAV server, through the `caldav` library (RFC 4791; #17): finding and making
calendars, a calendar's change tag, its resources' ETags, writing and deleting one event.

No WebDAV is written by hand: requests go through caldav.DAVClient. Every failure comes out as
core.reach.ReachError with a problem code (the network library's errors are OSErrors, which
the services' storage boundary would otherwise take for a disk problem). caldav, its HTTP
library and lxml are imported when a server is first used, never at start-up.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote, unquote, urljoin, urlsplit

from numberkeeper.core.reach import ReachError, ReachProblem

if TYPE_CHECKING:
    from caldav.collection import Calendar
    from caldav.response import DAVResponse, PropfindResult

TIMEOUT_S = 20
CALENDAR_TYPE = "{urn:ietf:params:xml:ns:caldav}calendar"
GETETAG = "{DAV:}getetag"
RESOURCETYPE = "{DAV:}resourcetype"
# A calendar's change tag: CalendarServer's getctag, else RFC 6578's sync-token.
CHANGE_TAGS = ("{http://calendarserver.org/ns/}getctag", "{DAV:}sync-token")
ICS_TYPE = {"Content-Type": "text/calendar; charset=utf-8"}


@dataclass(frozen=True)
class Collection:
    """A calendar as its PROPFIND says: whether it is one, and its change tag (None if the
    server keeps none)."""

    is_calendar: bool
    ctag: str | None


def resource_url(calendar_url: str, uid: str) -> str:
    """Where an event of ours lives: its UID, escaped, plus .ics, inside the calendar."""
    base = calendar_url if calendar_url.endswith("/") else calendar_url + "/"
    return urljoin(base, quote(uid, safe="") + ".ics")


def resource_name(href: str) -> str:
    """The last part of a resource's address, unescaped: "line-1-expiry@numberkeeper.ics"."""
    path = urlsplit(href).path.rstrip("/")
    return unquote(path.rsplit("/", 1)[-1])


@contextlib.contextmanager
def reach_errors() -> Iterator[None]:
    """Turn what caldav, niquests and lxml raise into ReachError."""
    import niquests.exceptions as net
    from caldav.lib import error as dav

    try:
        yield
    except ReachError:
        raise
    except dav.AuthorizationError as e:
        raise ReachError(ReachProblem.AUTH, str(e.reason or "")) from e
    except net.SSLError as e:
        raise ReachError(ReachProblem.TLS, _short(e)) from e
    except net.Timeout as e:
        raise ReachError(ReachProblem.TIMEOUT, _short(e)) from e
    except (net.ConnectionError, net.TooManyRedirects) as e:
        raise ReachError(ReachProblem.UNREACHABLE, _short(e)) from e
    except dav.NotFoundError as e:
        raise ReachError(ReachProblem.CALENDAR_GONE, _short(e)) from e
    except dav.DAVError as e:
        raise ReachError(_problem_of_text(str(e)), _short(e)) from e
    except net.RequestException as e:  # an address the HTTP library cannot use
        raise ReachError(ReachProblem.UNREACHABLE, _short(e)) from e
    except (ValueError, TypeError, AttributeError, KeyError) as e:
        # An answer caldav or lxml cannot read: HTML, a broken XML body … Python's words for
        # that ("'NoneType' object has no attribute 'tag'") would tell the user nothing.
        raise ReachError(ReachProblem.NOT_CALDAV, "its answer is not WebDAV XML") from e


# What the HTTP library wraps around the cause of a failed connection: its pool, the request,
# and its objects by their memory addresses ("HTTPConnectionPool(host='h', port=1): Max
# retries exceeded with url: / (Caused by NewConnectionError('<…object at 0x7f…>: Failed to
# establish a new connection: [Errno 111] Connection refused'))").
_CAUSED_BY = re.compile(r"\(Caused by \w+\((.*)\)\)\s*$", re.DOTALL)
_POOL = re.compile(r"^\w*ConnectionPool\([^)]*\):\s*")
_OBJECT = re.compile(r"<[^<>]* object at 0x[0-9a-fA-F]+>:?\s*")


def _short(e: BaseException) -> str:
    """The words of an error on one line, the network library's wrapping taken off."""
    text = " ".join(str(e).split())
    caused = _CAUSED_BY.search(text)
    if caused:
        text = caused.group(1).strip().strip("'\"")
    text = _OBJECT.sub("", _POOL.sub("", text))
    # An error page's HTML after its status line ("501 Not Implemented <!DOCTYPE HTML> …").
    text = text.split("<", 1)[0].rstrip(" '\"") if "<" in text else text
    return text[:300]


def _problem_of_text(text: str) -> ReachProblem:
    return ReachProblem.SERVER_ERROR if text.lstrip().startswith("5") else ReachProblem.NOT_CALDAV


def _status_problem(status: int, what: str) -> ReachError:
    if status in (401, 403):
        return ReachError(ReachProblem.AUTH, f"{status} on {what}")
    if status == 404:
        return ReachError(ReachProblem.CALENDAR_GONE, f"404 on {what}")
    if status >= 500:
        return ReachError(ReachProblem.SERVER_ERROR, f"{status} on {what}")
    return ReachError(ReachProblem.REFUSED, f"{status} on {what}")


class CalendarServer:
    """A logged-in connection to one server (close it, or use it as a context manager)."""

    def __init__(self, url: str, username: str, password: str, timeout: float = TIMEOUT_S):
        with reach_errors():
            from caldav.davclient import DAVClient

            self.client = DAVClient(
                url=url,
                username=username,
                password=password,
                timeout=int(timeout),
                enable_rfc6764=False,  # the address typed is the server's: no DNS guessing
            )

    def __enter__(self) -> CalendarServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Let the connection go."""
        with contextlib.suppress(Exception):
            self.client.close()

    def check(self) -> None:
        """Refuse (NOT_CALDAV) a server that does not say it speaks CalDAV."""
        with reach_errors():
            response = self.client.options(str(self.client.url))
            if response.status >= 500:
                raise _status_problem(response.status, str(self.client.url))
            if "calendar-access" not in str(response.headers.get("DAV", "")):
                raise ReachError(ReachProblem.NOT_CALDAV, "no calendar-access in its DAV header")

    def calendars(self) -> list[tuple[str, str]]:
        """The account's calendars: (name, address)."""
        with reach_errors():
            # caldav's types allow its asyncio variant too: the sync client returns lists.
            found = cast("list[Calendar]", self.client.get_principal().calendars())
            return [(_name(c), str(c.url)) for c in found]

    def make_calendar(self, name: str) -> str:
        """Create a calendar; its address."""
        with reach_errors():
            made = cast("Calendar", self.client.get_principal().make_calendar(name=name))
            return str(made.url)

    def collection(self, url: str) -> Collection:
        """What a calendar's own PROPFIND says. First without a request body (every
        property: a no-change sync sends no body); a server whose answer to that leaves out
        the resource type or the change tag — iCloud does not list resourcetype under allprop
        (caldav's compatibility hints) — is asked again for just those properties."""
        with reach_errors():
            props = self._properties(url, None)
            if RESOURCETYPE not in props or not any(props.get(t) for t in CHANGE_TAGS):
                props = {**props, **self._properties(url, [RESOURCETYPE, *CHANGE_TAGS])}
            types = props.get(RESOURCETYPE) or []
            ctag = next((str(props[t]) for t in CHANGE_TAGS if props.get(t)), None)
            return Collection(CALENDAR_TYPE in types, ctag)

    def _properties(self, url: str, names: list[str] | None) -> dict[str, Any]:
        """The properties a depth-0 PROPFIND on `url` returns (all of them without `names`)."""
        response = self.client.propfind(url, props=names, depth=0)
        if response.status >= 400:
            raise _status_problem(response.status, url)
        mine = [r for r in _propfind_results(response) if _same_path(r.href, url)]
        if not mine:
            raise ReachError(ReachProblem.NOT_CALDAV, f"{response.status} without a listing")
        return {k: v for k, v in mine[0].properties.items() if v is not None}

    def listing(self, url: str) -> dict[str, tuple[str, str | None]]:
        """The calendar's resources: name → (address, ETag)."""
        with reach_errors():
            response = self.client.propfind(url, props=[GETETAG], depth=1)
            if response.status >= 400:
                raise _status_problem(response.status, url)
            if response.status != 207:
                raise ReachError(ReachProblem.NOT_CALDAV, f"{response.status} without a listing")
            found: dict[str, tuple[str, str | None]] = {}
            for r in _propfind_results(response):
                if _same_path(r.href, url):
                    continue
                etag = r.properties.get(GETETAG)
                found[resource_name(r.href)] = (urljoin(url, r.href), str(etag) if etag else None)
            return found

    def put(self, url: str, body: bytes) -> str | None:
        """Write one event resource (creating or replacing it); its new ETag when told."""
        with reach_errors():
            response = self.client.put(url, body.decode("utf-8"), ICS_TYPE)
            if response.status not in (200, 201, 204):
                raise _status_problem(response.status, resource_name(url))
            etag = response.headers.get("ETag")
            return str(etag) if etag else None

    def delete(self, url: str) -> None:
        """Delete one event resource; one already gone is no error."""
        with reach_errors():
            response = self.client.delete(url)
            if response.status not in (200, 204, 404):
                raise _status_problem(response.status, resource_name(url))


def _propfind_results(response: DAVResponse) -> list[PropfindResult]:
    from caldav.response import PropfindResult

    return [r for r in response.results or [] if isinstance(r, PropfindResult)]


def _name(calendar: Calendar) -> str:
    try:
        return str(calendar.get_display_name() or "")
    except Exception:  # a calendar without a readable name is still listed
        return ""


def _same_path(href: Any, url: str) -> bool:
    """Whether a listing's href names the collection at `url` itself."""
    a = unquote(urlsplit(str(href)).path).rstrip("/")
    b = unquote(urlsplit(url).path).rstrip("/")
    return a == b
