"""Carriers typed by name resolve in the number's country, and numbers the metadata does not
know yet are kept with a warning (#13): through the core, the service, the import and the CLI."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import pytest
from export_support import open_services

from numberkeeper.cli import main
from numberkeeper.core.carriers import Carrier
from numberkeeper.core.errors import ErrorCode, ValidationError
from numberkeeper.core.phones import in_numbering_plan, parse_phone
from numberkeeper.core.validation import LineInput, line_warnings, validate_line
from numberkeeper.resources import carrier_catalog
from numberkeeper.services.line_import import DuplicatePolicy, import_lines, preview_lines_csv
from numberkeeper.services.lines import LineService

# A sample number of each preset's country, valid in the installed metadata.
SAMPLE_NUMBER = {
    "KW": "+965 5000 1234",
    "OM": "+968 9123 4567",
    "QA": "+974 3300 1234",
    "BH": "+973 3600 0000",
    "SA": "+966 50 123 4567",
    "AE": "+971 50 123 4567",
    "CN": "+86 138 0013 8000",
}
# Within the right length for Kuwait, in no range the metadata knows (a new allocation).
UNKNOWN_RANGE = "+965 9260 1815"


def shared_names() -> list[tuple[str, Carrier]]:
    """(name, preset) for every name that presets of several countries share, any language."""
    by_name: dict[str, list[Carrier]] = defaultdict(list)
    for carrier in carrier_catalog().carriers:
        for name in set(carrier.names.values()):
            by_name[name.casefold()].append(carrier)
    return [
        (name, carrier)
        for name, carriers in sorted(by_name.items())
        if len({c.country for c in carriers}) > 1
        for carrier in carriers
    ]


def test_the_catalog_has_names_shared_between_countries() -> None:
    names = {name for name, _ in shared_names()}
    assert {"ooredoo", "zain", "stc", "vodafone"} <= names


@pytest.mark.parametrize(
    ("name", "preset"), shared_names(), ids=lambda v: v if isinstance(v, str) else v.id
)
def test_a_shared_name_means_the_carrier_of_the_numbers_country(name: str, preset: Carrier) -> None:
    assert carrier_catalog().resolve(name, preset.country) == preset
    fields = validate_line(
        LineInput(number=SAMPLE_NUMBER[preset.country], carrier=name, expires="2027-01-31"),
        carrier_catalog(),
    )
    assert (fields.carrier, fields.country) == (preset.id, preset.country)
    assert fields.time_zone == preset.time_zone


@pytest.mark.parametrize(
    ("number", "name", "expected"),
    [
        ("+968 7123 4567", "Ooredoo", "om-ooredoo"),
        ("+973 3600 0000", "Zain", "bh-zain"),
        ("+966 50 123 4567", "stc", "sa-stc"),
        ("+974 3300 1234", "Vodafone", "qa-vodafone"),
        ("+965 5000 1234", "ooredoo", "kw-ooredoo"),
    ],
)
def test_the_issues_examples(number: str, name: str, expected: str) -> None:
    fields = validate_line(
        LineInput(number=number, carrier=name, expires="2027-01-31"), carrier_catalog()
    )
    assert fields.carrier == expected


def test_no_preset_of_that_name_in_the_numbers_country_is_still_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_line(
            LineInput(number=SAMPLE_NUMBER["CN"], carrier="Zain", expires="2027-01-31"),
            carrier_catalog(),
        )
    [error] = caught.value.errors
    assert (error.field, error.code) == ("carrier", ErrorCode.CARRIER_COUNTRY_MISMATCH)
    assert error.params["country"] == "KW, BH"
    assert error.params["number_country"] == "CN"


def test_a_preset_chosen_by_id_is_not_swapped_for_another_country() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_line(
            LineInput(number=SAMPLE_NUMBER["OM"], carrier="kw-ooredoo", expires="2027-01-31"),
            carrier_catalog(),
        )
    assert caught.value.errors[0].code is ErrorCode.CARRIER_COUNTRY_MISMATCH


def test_a_local_number_with_a_shared_name_asks_for_the_country_code() -> None:
    # 9123 4567 has the length of a number in Kuwait, Oman and Qatar: no guess.
    with pytest.raises(ValidationError) as caught:
        validate_line(
            LineInput(number="9123 4567", carrier="Ooredoo", expires="2027-01-31"),
            carrier_catalog(),
        )
    [error] = caught.value.errors
    assert (error.field, error.code) == ("number", ErrorCode.NUMBER_NEEDS_COUNTRY_CODE)
    assert error.params["country"] == "KW, OM, QA"
    # With one preset of that name, a local number is read in its country, as before.
    fields = validate_line(
        LineInput(number="9123 4567", carrier="Omantel", expires="2027-01-31"), carrier_catalog()
    )
    assert fields.number == "+96891234567"


# -- valid, possible, impossible ---------------------------------------------------------


def test_three_kinds_of_number_in_the_core() -> None:
    valid = parse_phone(SAMPLE_NUMBER["KW"])
    assert valid.in_plan
    possible = parse_phone(UNKNOWN_RANGE)
    assert (possible.e164, possible.region, possible.in_plan) == ("+96592601815", "KW", False)
    assert not in_numbering_plan(possible.e164)
    with pytest.raises(ValidationError) as caught:
        parse_phone("+965 1234")
    assert caught.value.errors[0].code is ErrorCode.NUMBER_INVALID


def test_a_possible_number_is_stored_with_a_warning(service: LineService, now: datetime) -> None:
    line = service.add(
        LineInput(number=UNKNOWN_RANGE, carrier="Zain", expires="2027-01-31"), now
    ).line
    assert (line.fields.number, line.fields.carrier) == ("+96592601815", "kw-zain")
    [warning] = line_warnings(line.fields)
    assert (warning.field, warning.code) == ("number", ErrorCode.NUMBER_NOT_IN_PLAN)
    assert warning.params["value"] == "+965 9260 1815"
    assert "not in the numbering plan known to this version" in warning.message
    valid = service.add(LineInput(number=SAMPLE_NUMBER["KW"], expires="2027-01-31"), now).line
    assert line_warnings(valid.fields) == []


def test_the_import_keeps_a_possible_number_and_warns(
    conn: sqlite3.Connection, data_dir: Path, tmp_path: Path, now: datetime
) -> None:
    services = open_services(conn, data_dir)
    source = tmp_path / "lines.csv"
    source.write_text(
        "number,carrier,expires\n"
        f"{UNKNOWN_RANGE},Zain,2027-01-31\n"
        "+968 7123 4567,Ooredoo,2027-02-28\n"
        "+965 1234,Zain,2027-02-28\n",
        encoding="utf-8",
    )
    preview = preview_lines_csv(services, source)
    assert [(e.row, e.error.code if e.error else None) for e in preview.errors] == [
        (4, ErrorCode.NUMBER_INVALID)
    ]
    assert [(w.row, w.column) for w in preview.warnings] == [(2, "number")]
    source.write_text(
        "number,carrier,expires\n"
        f"{UNKNOWN_RANGE},Zain,2027-01-31\n"
        "+968 7123 4567,Ooredoo,2027-02-28\n",
        encoding="utf-8",
    )
    preview = preview_lines_csv(services, source)
    assert preview.ok
    import_lines(services, preview, DuplicatePolicy.SKIP, now)
    kept = {ln.fields.number: ln.fields.carrier for ln in services.lines.list_lines()}
    assert kept == {"+96592601815": "kw-zain", "+96871234567": "om-ooredoo"}


# -- the command line ---------------------------------------------------------------------


def cli(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def test_cli_resolves_a_shared_name(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(data_dir, "add-line", "--number", "+96871234567", "--carrier", "Ooredoo",
               "--expires", "2027-01-31") == 0  # fmt: skip
    assert cli(data_dir, "add-line", "--number", "+973 3600 0000", "--carrier", "Zain",
               "--expires", "2027-01-31") == 0  # fmt: skip
    capsys.readouterr()
    assert cli(data_dir, "show", "1", "--json") == 0
    assert '"carrier": "om-ooredoo"' in capsys.readouterr().out
    assert cli(data_dir, "show", "2", "--json") == 0
    assert '"carrier": "bh-zain"' in capsys.readouterr().out


def test_cli_kinds_of_number(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(data_dir, "add-line", "--number", UNKNOWN_RANGE, "--carrier", "Zain",
               "--expires", "2027-01-31") == 0  # fmt: skip
    captured = capsys.readouterr()
    assert "added line 1" in captured.out
    assert captured.err.strip() == (
        "numberkeeper-cli: warning: --number: +965 9260 1815 is not in the numbering plan "
        "known to this version — check it"
    )
    assert cli(data_dir, "add-line", "--number", SAMPLE_NUMBER["OM"],
               "--expires", "2027-01-31") == 0  # fmt: skip
    assert capsys.readouterr().err == ""
    assert cli(data_dir, "add-line", "--number", "+965 1234", "--expires", "2027-01-31") == 2
    assert "not a valid number" in capsys.readouterr().err


def test_cli_import_warns_on_stderr_and_imports(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "lines.csv"
    source.write_text(f"number,carrier,expires\n{UNKNOWN_RANGE},Zain,2027-01-31\n", "utf-8")
    assert cli(data_dir, "import", "lines", "--csv", str(source)) == 0
    captured = capsys.readouterr()
    assert "imported: 1 added" in captured.out
    assert "warning: row 2, number: +965 9260 1815 is not in the numbering plan" in captured.err
