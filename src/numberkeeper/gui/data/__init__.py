"""The File menu's data: import, exports off the GUI thread, backups, the calendar file."""
