"""Use cases shared by the GUI and the CLI: validate, write in one transaction, log an event."""
