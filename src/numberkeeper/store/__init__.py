"""SQLite storage through the standard `sqlite3` module: connection, migrations, repositories."""
