"""`numberkeeper-cli`: the scripting face of the same services the window uses.

One module per feature registers its sub-commands, each with the function that runs it
(`set_defaults(func=…)`); `main` opens the database, runs that function, and turns the errors
the services raise into one line on stderr and an exit code (`ERRORS`). Bad input prints one
line naming the field and exits with code 2, writing nothing.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from numberkeeper import __version__, paths
from numberkeeper.cli.calendar import add_calendar_parsers
from numberkeeper.cli.channels import add_channel_parsers
from numberkeeper.cli.data import add_data_parsers
from numberkeeper.cli.errands import add_errand_parsers
from numberkeeper.cli.lines import add_line_parsers
from numberkeeper.cli.receipts import add_receipt_parsers
from numberkeeper.cli.reminders import add_reminder_parsers
from numberkeeper.cli.secrets import add_secret_parsers
from numberkeeper.cli.types import EXIT_BAD_INPUT, EXIT_PROBLEM, OneLineParser, option_of, say
from numberkeeper.core.errors import (
    ChangedElsewhereError,
    ExportCancelledError,
    NotFoundError,
    RefusedError,
    SecretsUnavailableError,
    StorageError,
    UnavailableError,
    ValidationError,
)
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.container import Services


def _refused_field(e: Exception, args: argparse.Namespace) -> str:
    first = e.errors[0] if isinstance(e, ValidationError) else None
    return f"{option_of(args.command, first.field)}: {first.message}" if first else str(e)


def _keyring_unavailable(e: Exception, _args: argparse.Namespace) -> str:
    if isinstance(e, SecretsUnavailableError):
        return f"keyring unavailable ({e.reason.value}): {e.detail}"
    return str(e)


# Error type → exit code and the words after "numberkeeper-cli: ". The first entry that the
# error is an instance of answers; anything else is a bug and keeps its traceback.
# The kinds are core.errors' hierarchy (#14): every error a service raises is one of them.
ERRORS: tuple[tuple[type[Exception], int, Callable[[Exception, argparse.Namespace], str]], ...] = (
    (ValidationError, EXIT_BAD_INPUT, _refused_field),
    (NotFoundError, EXIT_BAD_INPUT, lambda e, _args: f"id: {e}"),
    (ChangedElsewhereError, EXIT_BAD_INPUT, lambda e, _args: str(e)),
    (RefusedError, EXIT_BAD_INPUT, lambda e, _args: str(e)),
    (UnavailableError, EXIT_PROBLEM, _keyring_unavailable),
    (StorageError, EXIT_PROBLEM, lambda e, _args: str(e)),
    (ExportCancelledError, EXIT_PROBLEM, lambda e, _args: "cancelled"),
)


def _report(error: Exception, args: argparse.Namespace) -> int:
    """Print what went wrong as one line on stderr; return the exit code it calls for."""
    for kind, code, words in ERRORS:
        if isinstance(error, kind):
            say(words(error, args))
            return code
    raise error


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and documentation)."""
    parser = OneLineParser(prog="numberkeeper-cli", description="Keep prepaid phone numbers alive.")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument(
        "--data-dir",
        help="data folder (default: NUMBERKEEPER_DATA_DIR or the platform's user data folder)",
    )
    parser.set_defaults(without_database=False)
    sub = parser.add_subparsers(dest="command", required=True)
    add_line_parsers(sub)
    add_errand_parsers(sub)
    add_receipt_parsers(sub)
    add_secret_parsers(sub)
    add_reminder_parsers(sub)
    add_data_parsers(sub)
    add_calendar_parsers(sub)
    add_channel_parsers(sub)
    return parser


def _log_to_stderr() -> None:
    """Log records reach standard error only when NUMBERKEEPER_LOG names a level: a failed
    command says one line, not a library's record beside it (caldav logs every answer it did
    not expect, some with a traceback)."""
    name = os.environ.get("NUMBERKEEPER_LOG", "").upper()
    level = logging.getLevelNamesMapping().get(name, logging.CRITICAL + 1)
    handler = logging.StreamHandler()
    handler.setLevel(level)  # libraries set their own loggers' levels: the handler decides
    handler.setFormatter(logging.Formatter("numberkeeper-cli: %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=min(level, logging.CRITICAL), handlers=[handler])


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `numberkeeper-cli`; returns the exit code."""
    _log_to_stderr()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir is not None and not args.data_dir.strip():
        # Likely an unset shell variable: never fall back to the user's real data.
        parser.error("--data-dir: the folder name is empty")
    data_dir = paths.data_dir(args.data_dir)
    if args.without_database:  # check/restore: no connection may be open (#5)
        code: int = args.func(args, data_dir, sys.stdout)
        return code
    try:
        services = Services.open_folder(data_dir, carrier_catalog())
    except StorageError as e:
        return _report(e, args)
    try:
        now = getattr(args, "at", None) or datetime.now(UTC)
        code = args.func(args, services, now, sys.stdout)
        return code
    except tuple(kind for kind, _code, _words in ERRORS) as e:
        return _report(e, args)
    finally:
        services.close()
