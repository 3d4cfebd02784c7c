"""What a write changed, by kind of record and by id (#14).

The services return it with what they wrote (`RenewalResult.changes`, `StatusResult.changes`,
…); the window's one change signal (gui/common/changes.py) carries it to everything that shows
data, which reloads once, and only if the change concerns it. A write whose ids are unknown —
another process wrote to the database (#15), a backup was restored — is `Changes.everything()`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """A kind of record a write may change."""

    LINES = "lines"  # a line's own fields: added, edited, renewed, suspended, archived, deleted
    RECEIPTS = "receipts"
    ACTIVITIES = "activities"  # the keep-alive log
    CHECKLISTS = "checklists"  # a saved, unfinished errand (the menus say "Continue …")
    REMINDERS = "reminders"  # reminders acknowledged or snoozed, the reminder settings
    SECRETS = "secrets"  # which secrets a line keeps in the keyring


@dataclass(frozen=True)
class Changes:
    """The kinds of record a write changed, and the ids it knows of.

    `line_ids` are the lines it changed or whose records (receipts, activities, runs) it
    changed; `receipt_ids` the receipts it added, edited or deleted. `unknown` says the ids
    are not known: any record of these kinds may have changed.
    """

    kinds: frozenset[Kind] = frozenset()
    line_ids: frozenset[int] = frozenset()
    receipt_ids: frozenset[int] = frozenset()
    unknown: bool = False

    @classmethod
    def of(cls, *kinds: Kind, lines: Iterable[int] = (), receipts: Iterable[int] = ()) -> Changes:
        """Changes of these kinds to these lines and receipts."""
        return cls(frozenset(kinds), frozenset(lines), frozenset(receipts))

    @classmethod
    def any_of(cls, *kinds: Kind) -> Changes:
        """Records of these kinds changed, which ones is not known."""
        return cls(frozenset(kinds), unknown=True)

    @classmethod
    def everything(cls) -> Changes:
        """Anything may have changed: a write by another process, a restored backup."""
        return cls.any_of(*Kind)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds,
            self.line_ids | other.line_ids,
            self.receipt_ids | other.receipt_ids,
            self.unknown or other.unknown,
        )

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def touches(self, *kinds: Kind) -> bool:
        """Whether records of any of these kinds changed."""
        return any(kind in self.kinds for kind in kinds)

    def touches_line(self, line_id: int) -> bool:
        """Whether this line, or a record of it, may have changed (any line, ids unknown)."""
        return self.unknown or line_id in self.line_ids
