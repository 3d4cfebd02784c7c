"""Every English string of core.checklists is in the GUI's translation table."""

from __future__ import annotations

import ast
from pathlib import Path

from numberkeeper.core.checklists import (
    ACCOUNT_DECISIONS,
    CHANNEL_GUIDANCE,
    CHECKLISTS,
    SUSPEND_TERMS,
    Action,
    steps,
)
from numberkeeper.core.receipts import Channel
from numberkeeper.gui.errands import checklist_texts
from numberkeeper.gui.errands.checklist_texts import CHOICE_LABELS, TRANSLATABLE, choice_label


def core_strings() -> set[str]:
    found: set[str] = set(CHANNEL_GUIDANCE.values())
    for step_list in CHECKLISTS.values():
        for step in step_list:
            found |= {step.title, step.help}
            found |= {field.label for field in step.fields}
    return found


def test_every_title_help_label_and_guidance_is_listed() -> None:
    missing = core_strings() - TRANSLATABLE
    assert not missing, f"add these to gui/errands/checklist_texts.py: {sorted(missing)}"


def test_the_table_holds_only_literals_lupdate_can_read() -> None:
    # pyside6-lupdate reads QT_TRANSLATE_NOOP("Checklist", "<one literal>") only.
    tree = ast.parse(Path(checklist_texts.__file__).read_text(encoding="utf-8"))
    marked = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            context, text = node.args
            assert isinstance(context, ast.Constant)
            assert context.value == "Checklist"
            assert isinstance(text, ast.Constant), ast.dump(text)
            marked.add(text.value)
    assert core_strings() <= marked


def test_every_choice_has_words() -> None:
    for value in [*Channel, *SUSPEND_TERMS, *ACCOUNT_DECISIONS]:
        assert value in CHOICE_LABELS
        assert choice_label(value) != value


def test_field_ids_are_unique_within_an_action() -> None:
    # The wizard keeps one flat answers dict per errand.
    for action in Action:
        ids = [field.id for step in steps(action) for field in step.fields]
        assert len(ids) == len(set(ids)), action
