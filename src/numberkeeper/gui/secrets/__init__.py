"""A line's portal and secrets: the panel in the line's dialog, the keyring off the GUI thread."""
