"""Translated sentences for the core's validation errors, field names, and failed writes.

The core names every refused value with an `ErrorCode` and the values the sentence needs
(`FieldError.params`); this module turns that into a sentence in the user's language. Each
sentence is a literal inside `QCoreApplication.translate("FieldErrors", ...)` so that
`pyside6-lupdate` extracts it; the parameters are filled in afterwards with `str.format`.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from numberkeeper.core.errors import (
    COUNTRY_SEPARATOR,
    ChangedElsewhereError,
    ErrorCode,
    FieldError,
    LineNotFoundError,
    LineStateError,
    NumberKeeperError,
    ReceiptNotFoundError,
    StorageError,
    ValidationError,
)
from numberkeeper.gui.app.i18n import normalise_language
from numberkeeper.gui.common.bidi import fill, isolated
from numberkeeper.gui.common.storage_messages import storage_text
from numberkeeper.territory_names import country_name

if TYPE_CHECKING:  # the backups service is not needed before the first paint (#2)
    from numberkeeper.services.archives import BackupProblem


class _KeepMissing(dict[str, str]):
    """Format parameters that leave an unknown `{name}` as it is instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def error_templates() -> dict[ErrorCode, str]:
    """Every error code's sentence in the current language, parameters not yet filled in.

    The sentences stand under the field they concern, so they do not repeat the field's name.
    """
    return {
        ErrorCode.REQUIRED: QCoreApplication.translate("FieldErrors", "This field is required."),
        ErrorCode.NUMBER_UNPARSABLE: QCoreApplication.translate(
            "FieldErrors",
            "“{value}” is not a phone number. Write it with its country code, e.g. +965 5000 1234.",
        ),
        ErrorCode.NUMBER_INVALID: QCoreApplication.translate(
            "FieldErrors", "“{value}” is not a valid number in any country’s numbering plan."
        ),
        ErrorCode.NUMBER_DUPLICATE: QCoreApplication.translate(
            "FieldErrors", "{value} is already kept as line {line_id}."
        ),
        ErrorCode.DATE_INVALID: QCoreApplication.translate(
            "FieldErrors", "“{value}” is not a date. Use YYYY-MM-DD, e.g. 2026-03-31."
        ),
        ErrorCode.DATE_NO_SUCH_DAY: QCoreApplication.translate(
            "FieldErrors",
            "“{value}” is not a date: {month} {year} has no day {day} (it has {days} days).",
        ),
        ErrorCode.DATE_NO_SUCH_MONTH: QCoreApplication.translate(
            "FieldErrors",
            "“{value}” is not a date: there is no month {month_number}; months go from 01 to 12.",
        ),
        ErrorCode.DATE_OUT_OF_RANGE: QCoreApplication.translate(
            "FieldErrors", "{value} is outside the dates NumberKeeper keeps: {low} to {high}."
        ),
        ErrorCode.AMOUNT_INVALID: QCoreApplication.translate(
            "FieldErrors", "“{value}” is not an amount. Use digits and a decimal point."
        ),
        ErrorCode.AMOUNT_NEGATIVE: QCoreApplication.translate(
            "FieldErrors", "“{value}” is negative; amounts cannot be below zero."
        ),
        ErrorCode.AMOUNT_TOO_PRECISE: QCoreApplication.translate(
            "FieldErrors", "“{value}” has more decimals than {currency} allows ({decimals})."
        ),
        ErrorCode.AMOUNT_TOO_LARGE: QCoreApplication.translate(
            "FieldErrors", "“{value}” is too large."
        ),
        ErrorCode.CURRENCY_UNKNOWN: QCoreApplication.translate(
            "FieldErrors", "“{value}” is not a known currency code (ISO 4217, e.g. KWD)."
        ),
        ErrorCode.TIME_ZONE_UNKNOWN: QCoreApplication.translate(
            "FieldErrors", "“{value}” is not a known time zone (e.g. Asia/Kuwait)."
        ),
        ErrorCode.TIME_INVALID: QCoreApplication.translate(
            "FieldErrors", "“{value}” is not a time of day (use HH:MM, e.g. 09:00)."
        ),
        ErrorCode.INTEGER_INVALID: QCoreApplication.translate(
            "FieldErrors", "“{value}” is not a whole number."
        ),
        ErrorCode.INTEGER_OUT_OF_RANGE: QCoreApplication.translate(
            "FieldErrors", "{value} must be between {low} and {high}."
        ),
        ErrorCode.CHOICE_INVALID: QCoreApplication.translate(
            "FieldErrors", "“{value}” is not one of: {choices}."
        ),
        ErrorCode.TEXT_TOO_LONG: QCoreApplication.translate(
            "FieldErrors", "This is longer than {limit} characters."
        ),
        ErrorCode.BALANCE_NEEDS_CURRENCY: QCoreApplication.translate(
            "FieldErrors", "A balance needs a currency."
        ),
        ErrorCode.EXTENSION_INVALID: QCoreApplication.translate(
            "FieldErrors", "“{value}” is not a validity extension. Use e.g. 30d, 1m or 1y."
        ),
        ErrorCode.DATE_IN_PAST: QCoreApplication.translate(
            "FieldErrors", "{value} is in the past."
        ),
        ErrorCode.DATE_IN_FUTURE: QCoreApplication.translate(
            "FieldErrors", "{value} is in the future."
        ),
        ErrorCode.NUMBER_REPEATED: QCoreApplication.translate(
            "FieldErrors", "{value} is already on row {row} of this file."
        ),
        ErrorCode.CONFIRMATION_MISMATCH: QCoreApplication.translate(
            "FieldErrors", "“{value}” does not match the last four digits of the number."
        ),
        ErrorCode.FILE_UNREADABLE: QCoreApplication.translate(
            "FieldErrors", "{value} cannot be read ({reason})."
        ),
        ErrorCode.FILE_MISSING: QCoreApplication.translate(
            "FieldErrors", "{value} cannot be read (no such file)."
        ),
        ErrorCode.CARRIER_COUNTRY_MISMATCH: QCoreApplication.translate(
            "FieldErrors",
            "{value} is a carrier in {country}, but this number is from {number_country}.",
        ),
        ErrorCode.NUMBER_NEEDS_COUNTRY_CODE: QCoreApplication.translate(
            "FieldErrors",
            "“{value}” could be a number in {country}: {carrier} is a carrier in each. "
            "Write it with its country code.",
        ),
        ErrorCode.NUMBER_NOT_IN_PLAN: QCoreApplication.translate(
            "FieldErrors",
            "{value} is not in the numbering plan known to this version of NumberKeeper. "
            "It will be kept: check that it is right.",
        ),
        ErrorCode.URL_INVALID: QCoreApplication.translate(
            "FieldErrors", "“{value}” is not a web address. Write it as https://…"
        ),
        ErrorCode.URL_HAS_PASSWORD: QCoreApplication.translate(
            "FieldErrors", "The address holds a password. Type the password in its own field."
        ),
        ErrorCode.SCHEME_UNKNOWN: QCoreApplication.translate(
            "FieldErrors", "“{value}” is not a kind of channel NumberKeeper can send to."
        ),
        ErrorCode.CHANNEL_URL_INVALID: QCoreApplication.translate(
            "FieldErrors",
            "“{value}” is not a channel address NumberKeeper can use: a part it needs (a token, "
            "a host or a recipient) is missing or malformed.",
        ),
        ErrorCode.NAME_TAKEN: QCoreApplication.translate(
            "FieldErrors", "A channel named “{value}” exists already."
        ),
        ErrorCode.FILE_TOO_LARGE: QCoreApplication.translate(
            "FieldErrors", "{value} is larger than {limit} MiB."
        ),
        ErrorCode.FILE_NOT_UTF8: QCoreApplication.translate(
            "FieldErrors",
            "{value} is not UTF-8 text (at byte {byte}). Save it as “CSV UTF-8” and try again.",
        ),
        ErrorCode.FILE_NOT_REGULAR: QCoreApplication.translate(
            "FieldErrors", "{value} is not a regular file (a device, a pipe or a folder)."
        ),
        ErrorCode.CSV_QUOTE_UNCLOSED: QCoreApplication.translate(
            "FieldErrors",
            '{value}: the quote (") opened on row {row} is not closed where its cell ends. '
            "Nothing was imported.",
        ),
        ErrorCode.CELL_LINE_BREAK: QCoreApplication.translate(
            "FieldErrors",
            'This cell runs over several lines of the file: is a quote (") left open?',
        ),
        ErrorCode.AMOUNT_HAS_COMMA: QCoreApplication.translate(
            "FieldErrors",
            "“{value}” has a comma. Write amounts without thousands separators and with a "
            "decimal point, e.g. 1000 or 1.5.",
        ),
    }


_COUNTRY_PARAMS = ("country", "number_country")


def field_error_text(error: FieldError) -> str:
    """The translated sentence for one refused value, its parameters filled in.

    A translation with a broken placeholder falls back to the core's English sentence rather
    than hiding the error.
    """
    template = error_templates().get(error.code)
    if template is None:
        return error.message
    params = dict(error.params)
    language = normalise_language(QLocale())
    # Codes from the core ("KW", or "KW, OM, QA"): the countries' names here.
    separator = QCoreApplication.translate("FieldErrors", ", ")
    for key in _COUNTRY_PARAMS:
        if key in params:
            codes = params[key].split(COUNTRY_SEPARATOR)
            params[key] = separator.join(country_name(code, language) for code in codes)
    if error.code is ErrorCode.DATE_NO_SUCH_DAY:  # "2": "February", "2月" (#16)
        params["month"] = month_name(int(params["month"]), language)
    try:
        return template.format_map(_KeepMissing(isolated(params)))
    except (ValueError, IndexError):
        return error.message


def month_name(month: int, language: str) -> str:
    """A month as a date names it: "February", "فبراير"; in Chinese "2月", not the "二月"
    of QLocale's long form, which reads as a calendar page's title in "2027年二月"."""
    short = QLocale.FormatType.ShortFormat
    if language.startswith("zh"):
        return QLocale().standaloneMonthName(month, short)
    return QLocale().standaloneMonthName(month)


def field_labels() -> dict[str, str]:
    """The translated name of each line field, by the field names `FieldError.field` uses."""
    return {
        "number": QCoreApplication.translate("FieldLabels", "Number"),
        "label": QCoreApplication.translate("FieldLabels", "Label"),
        "carrier": QCoreApplication.translate("FieldLabels", "Carrier"),
        "kind": QCoreApplication.translate("FieldLabels", "Kind"),
        "plan": QCoreApplication.translate("FieldLabels", "Plan"),
        "time_zone": QCoreApplication.translate("FieldLabels", "Time zone"),
        "expires": QCoreApplication.translate("FieldLabels", "Expires on"),
        "grace_days": QCoreApplication.translate("FieldLabels", "Grace days"),
        "keep_alive_days": QCoreApplication.translate("FieldLabels", "Keep alive every"),
        "keep_alive_counts": QCoreApplication.translate("FieldLabels", "Counts as activity"),
        "balance_amount": QCoreApplication.translate("FieldLabels", "Balance"),
        "balance_currency": QCoreApplication.translate("FieldLabels", "Currency"),
        "currency": QCoreApplication.translate("FieldLabels", "Currency"),
        "balance_checked_on": QCoreApplication.translate("FieldLabels", "Checked on"),
        "status": QCoreApplication.translate("FieldLabels", "Status"),
        "resume_on": QCoreApplication.translate("FieldLabels", "Resume on"),
        "linked_accounts": QCoreApplication.translate("FieldLabels", "Linked accounts"),
        "notes": QCoreApplication.translate("FieldLabels", "Notes"),
        # The errands' free texts (services refuse them over MAX_STEP_TEXT characters).
        "note": QCoreApplication.translate("FieldLabels", "Note"),
        "reference": QCoreApplication.translate("FieldLabels", "Reference"),
        "payment_method": QCoreApplication.translate("FieldLabels", "Payment method"),
        "transferred_to": QCoreApplication.translate("FieldLabels", "Transferred to"),
    }


def field_label(field_name: str) -> str:
    """One field's translated name; the raw field name for a field this module does not know."""
    return field_labels().get(field_name, field_name)


def labelled_error_text(error: FieldError, labels: Mapping[str, str] | None = None) -> str:
    """ "Field: sentence", for errors shown away from their field (e.g. in a summary)."""
    name = (labels or field_labels()).get(error.field, error.field)
    return fill(
        QCoreApplication.translate("FieldErrors", "{field}: {message}"),
        field=name,
        message=field_error_text(error),
    )


def backup_problem_texts() -> dict[str, str]:
    """Each kind of backup problem (services.archives.BackupProblemKind), translated."""
    return {
        "not_a_backup": QCoreApplication.translate(
            "BackupProblems", "{name} is not a NumberKeeper backup ({reason})."
        ),
        "manifest_unreadable": QCoreApplication.translate(
            "BackupProblems", "Its list of files (manifest) cannot be read ({reason})."
        ),
        "unexpected_file": QCoreApplication.translate(
            "BackupProblems", "It holds a file a backup never holds: {name}."
        ),
        "file_unreadable": QCoreApplication.translate(
            "BackupProblems", "{name} cannot be read from the archive ({reason})."
        ),
        "file_damaged": QCoreApplication.translate(
            "BackupProblems", "{name} is damaged: it is not the file that was backed up."
        ),
        "file_missing": QCoreApplication.translate(
            "BackupProblems", "{name} is missing from the archive."
        ),
        "database_damaged": QCoreApplication.translate(
            "BackupProblems", "{name} fails its integrity check ({reason})."
        ),
        "database_too_new": QCoreApplication.translate(
            "BackupProblems",
            "Its database was written by a newer version of NumberKeeper (schema {version}; "
            "this version knows up to {known}).",
        ),
        "database_not_ours": QCoreApplication.translate(
            "BackupProblems", "Its database is not a NumberKeeper database."
        ),
        "attachment_missing": QCoreApplication.translate(
            "BackupProblems", "The attachment {name} is missing."
        ),
        "attachment_damaged": QCoreApplication.translate(
            "BackupProblems", "The attachment {name} is damaged."
        ),
        "not_listed": QCoreApplication.translate(
            "BackupProblems", "It holds {name}, which its list of files (manifest) does not name."
        ),
        "not_a_file": QCoreApplication.translate(
            "BackupProblems", "{name} in it is not a plain file (a link, a folder or a device)."
        ),
        "too_large": QCoreApplication.translate(
            "BackupProblems", "{name} in it would unpack to {size}, more than {limit}."
        ),
    }


def backup_problem_text(problem: BackupProblem) -> str:
    """One problem of a backup, in the user's language (the service's is English)."""
    template = backup_problem_texts().get(problem.kind.value)
    return template.format_map(_KeepMissing(problem.params)) if template else str(problem)


def failure_text(error: BaseException) -> str:
    """A sentence for the user about why a job failed: every error the services raise has its
    own words (a full disk, a read-only folder, a locked database …)."""
    if isinstance(error, ValidationError):
        return "\n".join(field_error_text(e) for e in error.errors)
    if isinstance(error, NumberKeeperError):
        return write_error_text(error)
    if isinstance(error, OSError):  # the window's own files (the services' are StorageError)
        where = error.filename if isinstance(error.filename, str) else ""
        if error.errno == errno.ENOSPC:
            return QCoreApplication.translate(
                "BackgroundTask", "The disk is full. Free some space, or choose another disk."
            )
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return fill(
                QCoreApplication.translate(
                    "BackgroundTask",
                    "NumberKeeper may not write there ({path}). Choose a folder you can write to.",
                ),
                path=where or "?",
            )
        reason = error.strerror or str(error)
        if where:
            return fill(
                QCoreApplication.translate("BackgroundTask", "{path}: {reason}"),
                path=where,
                reason=reason,
            )
        return reason
    return str(error) or type(error).__name__


def refusal_text(error: BaseException) -> str:
    """Why a restore did not happen: its backup's problems, or the system's reason."""
    from numberkeeper.services.archives import RestoreRefusedError

    if isinstance(error, RestoreRefusedError):
        return "\n".join(backup_problem_text(p) for p in error.problems)
    return failure_text(error)


def write_error_text(error: BaseException) -> str:
    """A failed change to the data, in the user's language ("nothing was saved" where true).

    The services' own messages are English and meant for logs and the command line.
    """
    if isinstance(error, LineNotFoundError):
        return QCoreApplication.translate(
            "Errors", "This line no longer exists: it was deleted, perhaps in another window."
        )
    if isinstance(error, ReceiptNotFoundError):
        return QCoreApplication.translate(
            "Errors", "This receipt no longer exists: it was deleted, perhaps in another window."
        )
    if isinstance(error, ChangedElsewhereError):
        return QCoreApplication.translate(
            "Errors",
            "This line was changed elsewhere meanwhile. Nothing was saved: open it again to "
            "see the change.",
        )
    if isinstance(error, LineStateError):  # e.g. cancelled from the command line meanwhile
        return QCoreApplication.translate(
            "Errors",
            "This line's status no longer allows this (it was changed elsewhere, perhaps "
            "cancelled or suspended). Nothing was saved.",
        )
    if isinstance(error, ValidationError):
        return "\n".join(labelled_error_text(e) for e in error.errors)
    if isinstance(error, StorageError):
        return storage_text(error)
    return str(error) or type(error).__name__
