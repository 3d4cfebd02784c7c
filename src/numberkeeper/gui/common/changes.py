"""The window's one change signal (#14): every face that writes says here what it changed,
and everything that shows data listens here and reloads once, if the change concerns it.

There is one `ChangeSignal` per open data folder — per `Services`, which every window, dialog
and tray of the app shares — got with `change_signal(services)`:

- a face that wrote emits what the service returned: `change_signal(services).tell(
  result.changes)` (a `services.changes.Changes`: kinds of record, line ids, receipt ids);
- a view connects `change_signal(services).changed` and reloads when `changes.touches(…)` or
  `changes.touches_line(…)` says it shows something that changed;
- writes whose ids are unknown tell `Changes.everything()`: a restored backup, or another
  process's write (the window's watcher of PRAGMA data_version, #15, tells it on this signal).

Keyed by the services rather than one per application, so two data folders in one process
(the tests) never hear each other.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Signal

from numberkeeper.services.changes import Changes
from numberkeeper.services.container import Services


class ChangeSignal(QObject):
    """`changed(Changes)`, once per write, for everything that shows the folder's data."""

    changed = Signal(object)  # services.changes.Changes

    def tell(self, changes: Changes) -> None:
        """Say what a write changed (nothing is said for no change)."""
        if changes:
            self.changed.emit(changes)


_SIGNALS: WeakKeyDictionary[Services, ChangeSignal] = WeakKeyDictionary()


def change_signal(services: Services) -> ChangeSignal:
    """The change signal of the data folder these services are open on (made on first use,
    on the GUI thread)."""
    signal = _SIGNALS.get(services)
    if signal is None:
        signal = _SIGNALS[services] = ChangeSignal()
    return signal
