"""The cancel checklist's list of linked accounts: each one unbound or deliberately kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from numberkeeper.core.checklists import ACCOUNT_DECISIONS, FieldSpec
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.errands.checklist_texts import choice_label
from numberkeeper.gui.errands.field_editor import FieldEditor


class AccountsEditor(FieldEditor):
    """One row per linked account with a choice per decision; more accounts can be added.

    Answered once every listed account has a decision (a line with no accounts is answered:
    there is nothing to unbind). The value maps account → "unbound" | "kept".
    """

    def __init__(
        self, spec: FieldSpec, accounts: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(spec, parent)
        self.decisions = spec.choices or ACCOUNT_DECISIONS
        self.groups: dict[str, QButtonGroup] = {}
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self.grid.setHorizontalSpacing(16)
        self.none_label = QLabel(
            self.tr("No linked accounts are recorded for this line. Add any you remember below.")
        )
        self.none_label.setWordWrap(True)
        self.add_edit = QLineEdit(self)
        self.add_edit.setPlaceholderText(self.tr("e.g. WhatsApp, bank app, Gmail 2FA"))
        self.add_edit.setAccessibleName(self.tr("Another account"))
        self.add_button = QPushButton(self.tr("Add account"), self)
        self.add_button.setEnabled(False)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_edit, 1)
        add_row.addWidget(self.add_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.none_label)
        column.addLayout(self.grid)
        column.addLayout(add_row)
        for account in accounts:
            self.add_account(account)
        self._update_none()
        self.add_edit.textChanged.connect(lambda text: self.add_button.setEnabled(bool(text)))
        self.add_edit.returnPressed.connect(self._add_typed)
        self.add_button.clicked.connect(self._add_typed)

    def accounts(self) -> list[str]:
        """The accounts listed, in order."""
        return list(self.groups)

    def add_account(self, account: str) -> None:
        """List one more account, undecided (nothing happens if it is listed already)."""
        account = account.strip()
        if not account or account in self.groups:
            return
        row = len(self.groups)
        name = QLabel(account, self)
        self.grid.addWidget(name, row, 0)
        group = QButtonGroup(self)
        for column, decision in enumerate(self.decisions, start=1):
            button = QRadioButton(choice_label(decision), self)
            button.setObjectName(decision)
            button.setAccessibleName(
                fill(
                    self.tr("{account}: {decision}"),
                    account=account,
                    decision=choice_label(decision),
                )
            )
            group.addButton(button, column)
            self.grid.addWidget(button, row, column)
        group.buttonClicked.connect(lambda _button: self.changed.emit())
        self.groups[account] = group
        self._update_none()

    def decide(self, account: str, decision: str) -> None:
        """Choose a decision for one account, as if the user had clicked it."""
        group = self.groups[account]
        group.button(self.decisions.index(decision) + 1).click()

    def _add_typed(self) -> None:
        self.add_account(self.add_edit.text())
        self.add_edit.clear()
        self.changed.emit()

    def _update_none(self) -> None:
        self.none_label.setVisible(not self.groups)

    def value(self) -> dict[str, str]:
        chosen: dict[str, str] = {}
        for account, group in self.groups.items():
            checked = group.checkedId()
            if checked > 0:
                chosen[account] = self.decisions[checked - 1]
        return chosen

    def set_value(self, value: Any) -> None:
        decided = dict(value) if isinstance(value, dict) else {}
        for account in decided:
            self.add_account(str(account))
        for account, group in self.groups.items():
            decision = decided.get(account)
            if decision in self.decisions:
                group.button(self.decisions.index(str(decision)) + 1).setChecked(True)

    def filled(self) -> bool:
        return len(self.value()) == len(self.groups)

    def undecided(self) -> list[str]:
        """Accounts that still need a decision."""
        chosen = self.value()
        return [a for a in self.groups if a not in chosen]
