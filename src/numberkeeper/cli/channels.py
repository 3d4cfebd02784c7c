"""`numberkeeper-cli channel …` (#17): where reminders are pushed — `add NAME` (the Apprise
URL read from standard input: it holds tokens, which must not reach shell history or process
lists), `list` (names and schemes, never URLs), `test NAME`, `remove NAME`.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any, TextIO

from numberkeeper.cli.calendar import reach_failure
from numberkeeper.cli.types import EXIT_BAD_INPUT, EXIT_PROBLEM, read_secret, say
from numberkeeper.cli.wording import words
from numberkeeper.core.errors import ValidationError
from numberkeeper.core.reach import ReachError
from numberkeeper.local_zone import local_zone
from numberkeeper.services.container import Services


def add_channel_parsers(sub: Any) -> None:
    """Register `channel add|list|test|remove`."""
    channel = sub.add_parser("channel", help="push channels: e-mail, Telegram, ntfy, WeChat …")
    verbs = channel.add_subparsers(dest="channel_command", required=True)
    add = verbs.add_parser("add", help="add a channel; its Apprise URL is read from standard input")
    add.add_argument("name", help="a name of your choice, e.g. Phone")
    add.set_defaults(func=run_add)
    verbs.add_parser("list", help="the channels: names and schemes").set_defaults(func=run_list)
    test = verbs.add_parser("test", help="send a test message to a channel now")
    test.add_argument("name")
    test.set_defaults(func=run_test)
    remove = verbs.add_parser("remove", help="remove a channel and its URL from the keyring")
    remove.add_argument("name")
    remove.set_defaults(func=run_remove)


def run_add(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`channel add NAME`: the URL from standard input (or a prompt that does not echo)."""
    url = read_secret("Apprise URL (not shown): ")
    try:
        channel = services.push.add(args.name, url, now)
    except ValidationError as e:
        # The URL came from standard input, not from an option: say so, not "--url".
        for error in e.errors:
            where = "URL (standard input)" if error.field == "url" else error.field
            say(f"{where}: {error.message}")
        return EXIT_BAD_INPUT
    out.write(f"added {channel.name} ({channel.scheme}); its URL is in the keyring\n")
    return 0


def run_list(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`channel list`: one line a channel, NAME<tab>SCHEME."""
    for channel in services.push.channels():
        out.write(f"{channel.name}\t{channel.scheme}\n")
    return 0


def run_test(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`channel test NAME`: exit 1 when the message did not go."""
    title, body = words(services.reminders.language(), local_zone()).test
    try:
        services.push.test(args.name, title, body)
    except ReachError as e:
        say(reach_failure(f"sending to {args.name}", e))
        return EXIT_PROBLEM
    out.write(f"sent a test message to {args.name}\n")
    return 0


def run_remove(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`channel remove NAME`."""
    if services.push.remove(args.name):
        out.write(f"removed {args.name}\n")
        return 0
    say(f"name: there is no channel named {args.name}")
    return EXIT_BAD_INPUT
