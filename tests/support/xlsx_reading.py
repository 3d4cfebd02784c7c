"""An .xlsx read back with the standard library (zipfile + ElementTree), for the workbook
export's tests (#18): openpyxl is not a dependency, and this reads what the file says, cell by
cell, without a spreadsheet's interpretation."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# The built-in number formats the exports may use.
BUILT_IN_FORMATS = {0: "General", 1: "0", 3: "#,##0", 4: "#,##0.00"}


@dataclass(frozen=True)
class Cell:
    """One cell: its type ("s" text, "n" number), its value and its number format."""

    type: str
    value: str | float
    number_format: str


@dataclass
class Sheet:
    """One sheet's cells by reference ("A1"), and how it is laid out."""

    name: str
    cells: dict[str, Cell] = field(default_factory=dict)
    right_to_left: bool = False
    frozen_rows: int = 0
    widths: dict[int, int] = field(default_factory=dict)  # 0-based column → characters
    xml: str = ""

    def rows(self) -> list[list[str | float | None]]:
        """The values row by row, None for an empty cell."""
        grid: dict[int, dict[int, str | float]] = {}
        for ref, cell in self.cells.items():
            col, row = split_ref(ref)
            grid.setdefault(row, {})[col] = cell.value
        width = 1 + max((c for row in grid.values() for c in row), default=-1)
        return [[grid[r].get(c) for c in range(width)] for r in sorted(grid)]


def split_ref(ref: str) -> tuple[int, int]:
    """("B3") → (1, 2): 0-based column and row."""
    match = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    assert match, ref
    col = 0
    for letter in match.group(1):
        col = col * 26 + ord(letter) - 64
    return col - 1, int(match.group(2)) - 1


def _text(node: ElementTree.Element) -> str:
    # A rich-text cell is several runs: join their <t> pieces.
    return "".join(t.text or "" for t in node.iter(f"{MAIN}t"))


def _formats(zf: zipfile.ZipFile) -> list[str]:
    styles = ElementTree.fromstring(zf.read("xl/styles.xml"))
    custom = {
        int(f.get("numFmtId", "0")): f.get("formatCode", "") for f in styles.iter(f"{MAIN}numFmt")
    }
    xfs = styles.find(f"{MAIN}cellXfs")
    assert xfs is not None
    found = []
    for xf in xfs:
        number = int(xf.get("numFmtId", "0"))
        found.append(custom.get(number) or BUILT_IN_FORMATS.get(number, str(number)))
    return found


def read_workbook(path: Path) -> list[Sheet]:
    """The workbook's sheets, in order."""
    with zipfile.ZipFile(path) as zf:
        formats = _formats(zf)
        book = ElementTree.fromstring(zf.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels.iter(f"{PACKAGE_REL}Relationship")}
        shared_strings: list[str] = []
        if "xl/sharedStrings.xml" in zf.namelist():
            shared = ElementTree.fromstring(zf.read("xl/sharedStrings.xml"))
            shared_strings = [_text(si) for si in shared]
        sheets = []
        for entry in book.iter(f"{MAIN}sheet"):
            xml = zf.read("xl/" + str(targets[entry.get(f"{REL}id")])).decode("utf-8")
            sheets.append(_sheet(str(entry.get("name")), xml, formats, shared_strings))
        return sheets


def _sheet(name: str, xml: str, formats: list[str], shared: list[str]) -> Sheet:
    root = ElementTree.fromstring(xml)
    sheet = Sheet(name, xml=xml)
    view = root.find(f"{MAIN}sheetViews/{MAIN}sheetView")
    if view is not None:
        sheet.right_to_left = view.get("rightToLeft") == "1"
        pane = view.find(f"{MAIN}pane")
        if pane is not None and pane.get("state") == "frozen":
            sheet.frozen_rows = int(float(pane.get("ySplit", "0")))
    for col in root.iter(f"{MAIN}col"):
        for number in range(int(col.get("min", "1")), int(col.get("max", "1")) + 1):
            # The file stores characters plus 5 pixels of margin, in 7-pixel digits.
            sheet.widths[number - 1] = round(float(col.get("width", "0")) - 5 / 7)
    for c in root.iter(f"{MAIN}c"):
        number_format = formats[int(c.get("s", "0"))]
        kind = c.get("t", "n")
        if kind == "inlineStr":
            sheet.cells[str(c.get("r"))] = Cell("s", _text(c), number_format)
        elif kind == "s":
            v = c.find(f"{MAIN}v")
            assert v is not None
            assert v.text is not None
            sheet.cells[str(c.get("r"))] = Cell("s", shared[int(v.text)], number_format)
        elif kind == "n":
            v = c.find(f"{MAIN}v")
            assert v is not None
            assert v.text is not None
            sheet.cells[str(c.get("r"))] = Cell("n", float(v.text), number_format)
        else:
            raise AssertionError(f"unexpected cell type {kind} in {c.get('r')}")
    return sheet
