"""Where NumberKeeper keeps its data: platformdirs, unless overridden.

Order: an explicit `--data-dir`, then the NUMBERKEEPER_DATA_DIR environment variable, then
`platformdirs.user_data_dir("NumberKeeper")`.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from numberkeeper import APP_NAME
from numberkeeper.store.db import DATABASE_NAME

DATA_DIR_ENV = "NUMBERKEEPER_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use (not created here)."""
    if override:
        return Path(override).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False))


def database_path(folder: Path) -> Path:
    """The SQLite file inside a data folder."""
    return folder / DATABASE_NAME
