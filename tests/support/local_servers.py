"""Real servers on 127.0.0.1 for the tests of #17 (and the bench): Radicale (CalDAV, with
htpasswd auth in plain text and a storage folder of its own), started as its own process on a
free port, stopped and started again on the same port; small misbehaving HTTP servers (HTML,
500, silence) for the bad-input tests; a receiver for Apprise's json:// and an SMTP server
(aiosmtpd) that keep what they are sent.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import http.server
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, up: bool = True, timeout: float = 15.0) -> None:
    """Until something listens on `port` (or, with up=False, nothing does)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            s.settimeout(0.2)
            listening = s.connect_ex((HOST, port)) == 0
        if listening == up:
            return
        time.sleep(0.05)
    raise TimeoutError(f"port {port} still {'closed' if up else 'open'} after {timeout} s")


class Radicale:
    """A Radicale server of its own: `users` log in with plain-text passwords."""

    def __init__(self, folder: Path, users: dict[str, str]) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.users_file = folder / "users"
        self.set_users(users)
        self.config = folder / "config"
        self.config.write_text(
            "[server]\n"
            f"hosts = {HOST}:{self.port}\n"
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {self.users_file}\n"
            "htpasswd_encryption = plain\n"
            "delay = 0\n"  # no pause after a refused password: the tests refuse some
            "[storage]\n"
            f"filesystem_folder = {folder / 'storage'}\n"
            "[logging]\n"
            "level = warning\n",
            encoding="utf-8",
        )
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The server's address."""
        return f"http://{HOST}:{self.port}/"

    def set_users(self, users: dict[str, str]) -> None:
        """Who may log in, and with which password (read at the next start)."""
        lines = "".join(f"{name}:{password}\n" for name, password in users.items())
        self.users_file.write_text(lines, encoding="utf-8")

    def start(self) -> None:
        """Run it (on the same port as before) and wait until it listens."""
        assert self.process is None
        self.process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(self.config)],
            stdout=subprocess.DEVNULL,
            stderr=(self.folder / "radicale.log").open("ab"),
        )
        try:
            wait_for_port(self.port)
        except TimeoutError:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop it and wait until the port is closed."""
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
        self.process = None
        wait_for_port(self.port, up=False)


class _Canned(http.server.BaseHTTPRequestHandler):
    """Answers every request with the server's `status` and `body`, or never (`silent`)."""

    def _answer(self) -> None:
        server = self.server
        if getattr(server, "silent", False):
            time.sleep(getattr(server, "silence_s", 5.0))
            return
        body: bytes = getattr(server, "body", b"")
        self.send_response(getattr(server, "status", 200))
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if getattr(server, "dav", False):  # says it speaks CalDAV, then answers HTML
            self.send_header("DAV", "1, 2, calendar-access")
        self.end_headers()
        self.wfile.write(body)

    # http.server calls do_<METHOD>: every method gets the same answer.
    do_GET = do_PUT = do_PROPFIND = do_OPTIONS = do_REPORT = do_DELETE = do_POST = _answer  # noqa: N815

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@contextmanager
def canned_http(
    status: int = 200, body: bytes = b"", silent: bool = False, dav: bool = False
) -> Iterator[str]:
    """An HTTP server answering everything alike (an HTML page, a 500, or nothing at all;
    with `dav`, claiming CalDAV in its headers); yields its address."""
    server = http.server.ThreadingHTTPServer((HOST, 0), _Canned)
    server.status, server.body, server.silent = status, body, silent  # type: ignore[attr-defined]
    server.dav = dav  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _Receiver(http.server.BaseHTTPRequestHandler):
    """Keeps the JSON body of every POST (Apprise's json:// sends one per message)."""

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        self.server.received.append(json.loads(self.rfile.read(length)))  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@contextmanager
def json_receiver(port: int = 0) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """A receiver for Apprise's json://127.0.0.1:PORT/ URLs; yields its port and the messages
    received so far (each a dict with "title" and "message")."""
    server = http.server.ThreadingHTTPServer((HOST, port), _Receiver)
    server.received = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], server.received  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def smtp_server() -> Iterator[tuple[int, list[email.message.Message]]]:
    """A real SMTP server (aiosmtpd) that keeps every message; yields its port and them."""
    from aiosmtpd.controller import Controller

    received: list[email.message.Message] = []

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            received.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
            return "250 OK"

    port = free_port()
    controller = Controller(Handler(), hostname=HOST, port=port)
    controller.start()
    try:
        yield port, received
    finally:
        controller.stop()


@contextmanager
def running_radicale(folder: Path, users: dict[str, str]) -> Iterator[Radicale]:
    """A Radicale of its own in `folder`, running for the `with` block."""
    server = Radicale(folder, users)
    server.start()
    try:
        yield server
    finally:
        server.stop()
