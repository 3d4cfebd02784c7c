"""Files shipped with the app (carrier presets, icons, translations).

In a wheel they live in `numberkeeper/resources` (hatchling force-include); in a source
checkout or editable install, in the repository's top-level `resources/`; in a PyInstaller
bundle, under `sys._MEIPASS`. The package is always installed as files (never run from a zip),
so the folder is found beside this module; importlib.resources would cost 5–8 ms of imports
(zipfile, tempfile) at every start for nothing (#2).
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path

from numberkeeper.core.carriers import CarrierCatalog


@cache
def resources_root() -> Path:
    """The folder holding carriers.json, icons/ and translations/."""
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "numberkeeper" / "resources")
    candidates.append(Path(__file__).resolve().parent / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    for candidate in candidates:
        if (candidate / "carriers.json").is_file():
            return candidate
    raise FileNotFoundError("NumberKeeper's resources folder was not found; reinstall the app.")


def resource_path(*parts: str) -> Path:
    """A file under the resources folder."""
    return resources_root().joinpath(*parts)


@cache
def carrier_catalog() -> CarrierCatalog:
    """The carrier presets shipped in resources/carriers.json."""
    with resource_path("carriers.json").open(encoding="utf-8") as f:
        return CarrierCatalog.from_json(json.load(f))
