"""`numberkeeper-cli secret …`: a line's passwords, PINs, PUKs and eSIM codes in the OS keyring.

`secret set` reads the value from standard input, never from an argument (arguments end up
in shell history and process lists).
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any, TextIO

from numberkeeper.cli.types import read_secret, record_id, say
from numberkeeper.services.container import Services

KINDS_HELP = "password, pin, puk, esim-code or other:NAME"


def add_secret_parsers(sub: Any) -> None:
    """Register `secret set|get|list|delete`."""
    secret = sub.add_parser("secret", help="secrets of a line, kept in the OS keyring")
    verbs = secret.add_subparsers(dest="secret_command", required=True)
    set_ = verbs.add_parser("set", help="store a secret read from standard input")
    set_.add_argument("id", type=record_id)
    set_.add_argument("kind", help=KINDS_HELP)
    set_.set_defaults(func=run_set)
    get = verbs.add_parser("get", help="print a secret")
    get.add_argument("id", type=record_id)
    get.add_argument("kind", help=KINDS_HELP)
    get.set_defaults(func=run_get)
    list_ = verbs.add_parser("list", help="which secrets a line has (no values)")
    list_.add_argument("id", type=record_id)
    list_.set_defaults(func=run_list)
    delete = verbs.add_parser("delete", help="remove a secret from the keyring")
    delete.add_argument("id", type=record_id)
    delete.add_argument("kind", help=KINDS_HELP)
    delete.set_defaults(func=run_delete)


def run_set(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`secret set`: the value comes from standard input (or a prompt that does not echo)."""
    value = read_secret("Secret (not shown): ")
    ref = services.secrets.set(args.id, args.kind, value, now)
    out.write(f"stored {ref.label} of line {args.id} in the keyring\n")
    return 0


def run_get(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`secret get`: exit code 1 when the line has no such secret."""
    stored = services.secrets.get(args.id, args.kind)
    if stored is None:
        say(f"kind: line {args.id} has no {args.kind} stored")
        return 1
    out.write(stored + "\n")
    return 0


def run_list(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`secret list`: which secrets a line has, never their values."""
    for entry in services.secrets.list(args.id):
        out.write(f"{entry.ref.label}\t{entry.updated_at.isoformat()}\n")
    return 0


def run_delete(args: argparse.Namespace, services: Services, now: datetime, out: TextIO) -> int:
    """`secret delete`."""
    existed = services.secrets.delete(args.id, args.kind, now)
    out.write(
        f"deleted {args.kind} of line {args.id}\n"
        if existed
        else f"line {args.id} had no {args.kind}\n"
    )
    return 0
