"""Exec= quoting for the autostart and menu entries (numberkeeper.desktop_entry)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from numberkeeper.desktop_entry import exec_argument, exec_value, string_value


def test_plain_arguments_are_written_as_they_are() -> None:
    assert exec_value(["/usr/bin/numberkeeper", "--background"]) == (
        "/usr/bin/numberkeeper --background"
    )


def test_an_argument_with_a_space_is_quoted() -> None:
    assert exec_argument("/opt/Number Keeper/numberkeeper") == '"/opt/Number Keeper/numberkeeper"'


def test_a_percent_sign_is_doubled_so_it_is_no_field_code() -> None:
    assert exec_argument("/home/a%f/numberkeeper") == "/home/a%%f/numberkeeper"


def test_quote_dollar_backtick_and_backslash_are_escaped_then_backslashes_doubled() -> None:
    # Quoting rule: \" \$ \` \\ ; then the string escapes double every backslash.
    assert exec_argument('/x/"a" $b `c` d\\e') == '"/x/\\\\"a\\\\" \\\\$b \\\\`c\\\\` d\\\\\\\\e"'


def test_string_values_escape_backslashes_and_control_characters() -> None:
    assert string_value("C:\\x\ty") == "C:\\\\x\\ty"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="needs desktop-file-utils")
def test_an_awkward_path_gives_a_valid_entry(tmp_path: Path) -> None:
    entry = tmp_path / "io.github.numberkeeper.Test.desktop"
    awkward = '/opt/My "Apps" $HOME 100%/numberkeeper'
    entry.write_text(
        "[Desktop Entry]\nType=Application\nName=Test\n"
        f"Exec={exec_value([awkward, '--background'])}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


# GLib reads desktop entries for GNOME and most other desktops: the system Python's GObject
# bindings (python3-gi, installed by .ci/install-debian-packages) parse what we write.
_GLIB_READS_EXEC = """
import json, sys
from gi.repository import GLib
key_file = GLib.KeyFile()
key_file.load_from_file(sys.argv[1], GLib.KeyFileFlags.NONE)
ok, argv = GLib.shell_parse_argv(key_file.get_string("Desktop Entry", "Exec"))
print(json.dumps(argv))
"""


SYSTEM_PYTHON = "/usr/bin/python3"


def _system_python_has_gi() -> bool:
    if not Path(SYSTEM_PYTHON).is_file():
        return False
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import gi"], capture_output=True, check=False)
    return check.returncode == 0


@pytest.mark.skipif(not _system_python_has_gi(), reason="needs python3-gi (make desktop-deps)")
def test_glib_reads_back_the_same_arguments(tmp_path: Path) -> None:
    command = ['/opt/My "Apps" $HOME `x` back\\slash 100%/numberkeeper', "--background"]
    entry = tmp_path / "test.desktop"
    entry.write_text(
        f"[Desktop Entry]\nType=Application\nName=Test\nExec={exec_value(command)}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [SYSTEM_PYTHON, "-c", _GLIB_READS_EXEC, str(entry)],
        capture_output=True,
        text=True,
        check=True,
    )
    # Field codes are expanded after parsing, where "%%" becomes "%".
    assert [arg.replace("%%", "%") for arg in json.loads(result.stdout)] == command
