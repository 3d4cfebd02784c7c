"""Calendar sync over CalDAV (#17): the account dialog and when syncs run."""
