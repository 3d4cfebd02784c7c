"""What the main window shows while there are no lines: an invitation to add one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A short sentence and two buttons: add the first line, or look at the demo."""

    add_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("No numbers kept yet"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        text = QLabel(
            self.tr(
                "Add a phone number and the date its credit runs out. NumberKeeper counts "
                "down to that day, so none of your numbers lapses and goes to a stranger "
                "by surprise."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.add_button = QPushButton(self.tr("Add your first line"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_requested)
        self.demo_button = QPushButton(self.tr("Open the demo"))
        self.demo_button.clicked.connect(self.demo_requested)

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch()

        # A column of readable width, centred: a wrapped label needs a width to wrap to.
        column = QWidget(self)
        column.setMinimumWidth(320)
        column.setMaximumWidth(460)
        inner = QVBoxLayout(column)
        inner.addWidget(title)
        inner.addSpacing(8)
        inner.addWidget(text)
        inner.addSpacing(16)
        inner.addLayout(buttons)

        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(column, 3)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
