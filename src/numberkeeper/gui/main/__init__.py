"""The main window: the table of lines, its filter, the countdown timer, the empty state."""
