"""Every failure NumberKeeper reports, in one hierarchy (#14), so a face catches one type and
words each kind once:

    NumberKeeperError
    ├── NotFoundError            LineNotFoundError, ReceiptNotFoundError
    ├── ChangedElsewhereError    what was read was changed by another window or process
    ├── RefusedError             ValidationError (per field), LineStateError, ImportRefusedError,
    │                            services.backups.RestoreRefusedError
    ├── UnavailableError         SecretsUnavailableError (the keyring), KeyringTimeoutError
    ├── ExportCancelledError     the caller asked to stop
    └── StorageError             the database or a file cannot be used; `problem` says why

The services raise only these: SQLite's and the file system's errors become StorageError at
the services' boundary (services/boundary.py). `str()` of each is English, for the command line
and logs; the GUI words them from their codes and values (gui/common/messages.py). Validation
errors name the field and carry a code (`FieldError`), so every face can translate them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class NumberKeeperError(Exception):
    """Something the user asked for did not happen; nothing was written unless said so."""


class NotFoundError(NumberKeeperError, LookupError):
    """The record named by its id does not exist (deleted, perhaps in another window)."""

    what = "record"

    def __init__(self, record_id: int) -> None:
        self.record_id = record_id
        super().__init__(f"there is no {self.what} {record_id}")


class LineNotFoundError(NotFoundError):
    """No line has that id."""

    what = "line"

    @property
    def line_id(self) -> int:
        """The id that was asked for."""
        return self.record_id


class ReceiptNotFoundError(NotFoundError):
    """No receipt has that id."""

    what = "receipt"


class ChangedElsewhereError(NumberKeeperError):
    """What the caller read changed since (e.g. renewed from the command line while its edit
    dialog was open): saving what the caller holds would silently undo that. Nothing written."""


class RefusedError(NumberKeeperError, ValueError):
    """The request cannot be carried out as it stands; nothing was written."""


class LineStateError(RefusedError):
    """The line is not in a state that allows this (e.g. renewing a cancelled line)."""


class ImportRefusedError(RefusedError):
    """The import's preview has errors (or the file changed under it): nothing was imported."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems[:5]) + ("; …" if len(problems) > 5 else ""))


class UnavailableError(NumberKeeperError):
    """Something outside NumberKeeper that the request needs cannot be used right now."""


class Unavailability(StrEnum):
    """Why secrets cannot be used right now."""

    NO_BACKEND = "no_backend"  # no Secret Service / Keychain / Credential Manager reachable
    LOCKED = "locked"  # the keyring is locked and the unlock was refused
    ERROR = "error"  # anything else the backend reported
    TIMEOUT = "timeout"  # no answer in time (e.g. an unlock prompt is still open)


class SecretsUnavailableError(UnavailableError):
    """The keyring cannot be used; `reason` says why, `detail` is the backend's own words."""

    def __init__(self, reason: Unavailability, detail: str) -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason.value}: {detail}")


class KeyringTimeoutError(SecretsUnavailableError):
    """The keyring did not answer in time (e.g. an unlock prompt is still open)."""

    def __init__(self, timeout_ms: int) -> None:
        self.timeout_ms = timeout_ms
        detail = f"the keyring did not answer within {timeout_ms / 1000:g} s"
        super().__init__(Unavailability.TIMEOUT, detail)

    def __str__(self) -> str:
        return self.detail


class ExportCancelledError(NumberKeeperError):
    """The progress callback returned False; the export was abandoned and nothing written."""


class StorageProblem(StrEnum):
    """Why the database or a file cannot be used. Each has its own sentence: only a damaged
    database is told to restore a backup (#15)."""

    NOT_A_FOLDER = "not_a_folder"  # the data folder's path is a file
    READ_ONLY = "read_only"  # a read-only folder, file or disk: `path` is what to change
    DISK_FULL = "disk_full"  # `free` bytes left, `needed` at least
    LOCKED = "locked"  # another program is writing and did not let go in time
    DAMAGED = "damaged"  # the database is damaged, or no longer a database at all
    NOT_OURS = "not_ours"  # another program's database: never written to
    TOO_NEW = "too_new"  # written by a newer NumberKeeper; `detail` is its schema version
    CANNOT_OPEN = "cannot_open"  # any other reason it cannot be opened: `detail` says
    FAILED = "failed"  # any other reason a change could not be written: `detail` says


# READ_ONLY's detail when its cause is known: the faces word these two in their language.
READ_ONLY_MOUNT = "its disk is mounted read-only"
NO_PERMISSION = "no permission to write"

STORAGE_TEMPLATES: dict[StorageProblem, str] = {
    StorageProblem.NOT_A_FOLDER: "{path} is a file, not a folder for the data.",
    StorageProblem.READ_ONLY: "{path} is read-only ({detail}), so nothing can be saved there. "
    "Make it writable (its permissions, or mount its disk read-write), or choose another data "
    "folder; nothing was changed.",
    StorageProblem.DISK_FULL: "the disk holding {path} is full ({free} free); nothing was "
    "saved. Free at least {needed} on it and try again.",
    StorageProblem.LOCKED: "{path} is busy: another program (another NumberKeeper window, the "
    "command line, a script) is writing to it. Nothing was saved; try again in a moment.",
    StorageProblem.DAMAGED: "{path} is damaged ({detail}). It was not changed; restore a backup "
    "(numberkeeper-cli restore FILE.zip, or start NumberKeeper to choose a daily backup).",
    StorageProblem.NOT_OURS: "{path} is not a NumberKeeper database ({detail}); it was not "
    "changed. Choose another data folder.",
    StorageProblem.TOO_NEW: "{path} was written by a newer version of NumberKeeper (schema "
    "{detail}). Update NumberKeeper to open it; the file was not changed.",
    StorageProblem.CANNOT_OPEN: "NumberKeeper cannot open {path}: {detail}.",
    StorageProblem.FAILED: "{path} could not be changed ({detail}); nothing was saved.",
}


def byte_size(size: int) -> str:
    """A size for people: "32 KiB", "1.5 MiB"."""
    value, unit = float(size), "bytes"
    for larger in ("KiB", "MiB", "GiB"):
        if value < 1024:
            break
        value, unit = value / 1024, larger
    number = f"{value:.0f}" if unit == "bytes" else f"{value:.1f}".removesuffix(".0")
    return f"{number} {unit}"


class StorageError(NumberKeeperError):
    """The database or a file cannot be used as it is; `problem` says why, `path` where.

    `detail` is the system's or SQLite's own words; for DISK_FULL, `free` and `needed` are in
    bytes. Nothing was written (a transaction was rolled back, a file left as it was).
    """

    def __init__(
        self,
        problem: StorageProblem,
        path: Path | str,
        detail: str = "",
        *,
        free: int = 0,
        needed: int = 0,
    ) -> None:
        self.problem = problem
        self.path = Path(path)
        self.detail = detail
        self.free = free
        self.needed = needed
        super().__init__(
            STORAGE_TEMPLATES[problem].format(
                path=self.path, detail=detail, free=byte_size(free), needed=byte_size(needed)
            )
        )


class ErrorCode(StrEnum):
    """Why a value was refused. Each code has one English template below."""

    REQUIRED = "required"
    NUMBER_UNPARSABLE = "number_unparsable"
    NUMBER_INVALID = "number_invalid"
    NUMBER_DUPLICATE = "number_duplicate"
    DATE_INVALID = "date_invalid"
    DATE_NO_SUCH_DAY = "date_no_such_day"
    DATE_NO_SUCH_MONTH = "date_no_such_month"
    DATE_OUT_OF_RANGE = "date_out_of_range"
    AMOUNT_INVALID = "amount_invalid"
    AMOUNT_NEGATIVE = "amount_negative"
    AMOUNT_TOO_PRECISE = "amount_too_precise"
    AMOUNT_TOO_LARGE = "amount_too_large"
    CURRENCY_UNKNOWN = "currency_unknown"
    TIME_ZONE_UNKNOWN = "time_zone_unknown"
    TIME_INVALID = "time_invalid"
    INTEGER_INVALID = "integer_invalid"
    INTEGER_OUT_OF_RANGE = "integer_out_of_range"
    CHOICE_INVALID = "choice_invalid"
    TEXT_TOO_LONG = "text_too_long"
    BALANCE_NEEDS_CURRENCY = "balance_needs_currency"
    EXTENSION_INVALID = "extension_invalid"
    DATE_IN_PAST = "date_in_past"
    DATE_IN_FUTURE = "date_in_future"
    CONFIRMATION_MISMATCH = "confirmation_mismatch"
    FILE_UNREADABLE = "file_unreadable"
    FILE_TOO_LARGE = "file_too_large"
    FILE_NOT_UTF8 = "file_not_utf8"
    FILE_NOT_REGULAR = "file_not_regular"  # a device, a pipe: would read forever or hang (#15)
    CSV_QUOTE_UNCLOSED = "csv_quote_unclosed"  # swallowed the rows after it (#15)
    CELL_LINE_BREAK = "cell_line_break"  # a one-line cell over several lines: a quote left open
    AMOUNT_HAS_COMMA = "amount_has_comma"  # "1,000": a thousands separator or a decimal comma?
    NUMBER_REPEATED = "number_repeated"
    CARRIER_COUNTRY_MISMATCH = "carrier_country_mismatch"
    NUMBER_NEEDS_COUNTRY_CODE = "number_needs_country_code"
    # A warning, not a refusal: the number is kept (#13).
    NUMBER_NOT_IN_PLAN = "number_not_in_plan"
    # Reaching the phone (#17): a server's or a channel's address, a channel's name.
    URL_INVALID = "url_invalid"
    URL_HAS_PASSWORD = "url_has_password"
    SCHEME_UNKNOWN = "scheme_unknown"
    CHANNEL_URL_INVALID = "channel_url_invalid"  # an Apprise URL, not a web address
    NAME_TAKEN = "name_taken"
    # A file named for an errand is not there (#14): a code, so the window says it in its
    # language instead of showing the service's English reason.
    FILE_MISSING = "file_missing"


ENGLISH_TEMPLATES: dict[ErrorCode, str] = {
    ErrorCode.REQUIRED: "is required",
    ErrorCode.NUMBER_UNPARSABLE: "{value} is not a phone number; write it with its country code, "
    "e.g. +965 5000 1234",
    ErrorCode.NUMBER_INVALID: "{value} is not a valid number in any country's numbering plan",
    ErrorCode.NUMBER_DUPLICATE: "{value} is already kept as line {line_id}",
    ErrorCode.DATE_INVALID: "{value} is not a date (use YYYY-MM-DD)",
    ErrorCode.DATE_NO_SUCH_DAY: "{value} is not a date: {month_name} {year} has no day {day} "
    "(it has {days} days)",
    ErrorCode.DATE_NO_SUCH_MONTH: "{value} is not a date: there is no month {month_number} "
    "(months go from 01 to 12)",
    ErrorCode.DATE_OUT_OF_RANGE: "{value} is outside the dates kept ({low} to {high})",
    ErrorCode.AMOUNT_INVALID: "{value} is not an amount",
    ErrorCode.AMOUNT_NEGATIVE: "{value} is negative; amounts cannot be below zero",
    ErrorCode.AMOUNT_TOO_PRECISE: "{value} has more decimals than {currency} allows ({decimals})",
    ErrorCode.AMOUNT_TOO_LARGE: "{value} is too large",
    ErrorCode.CURRENCY_UNKNOWN: "{value} is not a known ISO 4217 currency code",
    ErrorCode.TIME_ZONE_UNKNOWN: "{value} is not a known time zone",
    ErrorCode.TIME_INVALID: "{value} is not a time of day (use HH:MM, e.g. 09:00)",
    ErrorCode.INTEGER_INVALID: "{value} is not a whole number",
    ErrorCode.INTEGER_OUT_OF_RANGE: "{value} must be between {low} and {high}",
    ErrorCode.CHOICE_INVALID: "{value} is not one of: {choices}",
    ErrorCode.TEXT_TOO_LONG: "is longer than {limit} characters",
    ErrorCode.BALANCE_NEEDS_CURRENCY: "a balance needs a currency",
    ErrorCode.EXTENSION_INVALID: "{value} is not a validity extension (use e.g. 30d, 1m, 1y)",
    ErrorCode.DATE_IN_PAST: "{value} is in the past",
    ErrorCode.DATE_IN_FUTURE: "{value} is in the future",
    ErrorCode.CONFIRMATION_MISMATCH: "{value} does not match the last four digits",
    ErrorCode.FILE_UNREADABLE: "{value} cannot be read ({reason})",
    ErrorCode.FILE_TOO_LARGE: "{value} is larger than {limit} MiB",
    ErrorCode.FILE_NOT_UTF8: "{value} is not UTF-8 text (byte {byte}); save it as “CSV UTF-8”",
    ErrorCode.FILE_NOT_REGULAR: "{value} is not a regular file (a device, a pipe or a folder)",
    ErrorCode.CSV_QUOTE_UNCLOSED: '{value}: the quote (") opened on row {row} is not closed '
    "where its cell ends; nothing was imported",
    ErrorCode.CELL_LINE_BREAK: 'runs over several lines of the file: is a quote (") left open?',
    ErrorCode.AMOUNT_HAS_COMMA: "{value} has a comma: write amounts without thousands "
    "separators and with a decimal point (1000 or 1.5)",
    ErrorCode.NUMBER_REPEATED: "{value} is already on row {row} of this file",
    ErrorCode.CARRIER_COUNTRY_MISMATCH: "{value} is a carrier in {country}; the number is from "
    "{number_country}",
    ErrorCode.NUMBER_NEEDS_COUNTRY_CODE: "{value} could be a number in {country} ({carrier} is a "
    "carrier in each); write it with its country code",
    ErrorCode.URL_INVALID: "{value} is not a web address (write it as https://…)",
    ErrorCode.URL_HAS_PASSWORD: "the address holds a password; type it in the password field",
    ErrorCode.SCHEME_UNKNOWN: "{value} is not a kind of channel NumberKeeper can send to",
    ErrorCode.CHANNEL_URL_INVALID: "{value} is not a channel address NumberKeeper can use: a "
    "part it needs (a token, a host or a recipient) is missing or malformed",
    ErrorCode.NAME_TAKEN: "a channel named {value} exists already",
    ErrorCode.NUMBER_NOT_IN_PLAN: "{value} is not in the numbering plan known to this version — "
    "check it",
    ErrorCode.FILE_MISSING: "{value} cannot be read (no such file)",
}


# Between the country codes of an error's "country" parameter ("KW, OM, QA"); the GUI splits
# on it to name each country in the user's language.
COUNTRY_SEPARATOR = ", "


@dataclass(frozen=True)
class FieldError:
    """One refused value: which field, why (code), and the values the message needs."""

    field: str
    code: ErrorCode
    params: dict[str, str] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        """The English sentence, e.g. `expires: 2026-02-31 is not a date (use YYYY-MM-DD)`."""
        return ENGLISH_TEMPLATES[self.code].format(**self.params)


class ValidationError(RefusedError):
    """Raised when input is refused; carries every field error found, not just the first."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))

    @classmethod
    def single(cls, field_name: str, code: ErrorCode, **params: str) -> ValidationError:
        """A ValidationError holding exactly one field error."""
        return cls([FieldError(field_name, code, dict(params))])

    def for_field(self, field_name: str) -> list[FieldError]:
        """The errors that concern one field."""
        return [e for e in self.errors if e.field == field_name]
