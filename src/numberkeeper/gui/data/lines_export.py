""" "Export lines…" (File menu): pick a file — a CSV the import reads back, or a workbook
(#18) — write it in the background, say how many lines.

Its own module beside data_actions.py, as the receipts' is beside the receipts window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.data.export_runner import (
    CSV_WITH_BOM,
    XLSX,
    BackgroundTask,
    Progress,
    choose_export,
    run_task,
)
from numberkeeper.gui.data.workbook_texts import line_workbook_texts, sheets_right_to_left
from numberkeeper.services.container import Services


class LinesExport(QObject):
    """The export's dialogs and messages (a QObject, so that lupdate sees its plural)."""

    def run(self, parent: QWidget, services: Services, today: str) -> BackgroundTask | None:
        """Ask for a file and export every line (archived ones too); None if cancelled."""
        # Imported when used: the export code is not needed to start the app.
        from numberkeeper.services import exports

        choice = choose_export(
            parent, self.tr("Export lines"), Path.home() / f"numberkeeper-lines-{today}.csv"
        )
        if choice is None:
            return None
        target, kind = choice
        # The workbook's words are chosen here, on the GUI thread.
        texts, right_to_left = line_workbook_texts(), sheets_right_to_left()

        def job(_progress: Progress) -> int:
            if kind != XLSX:
                return exports.export_lines_csv(services, target, bom=kind == CSV_WITH_BOM)
            from numberkeeper.services import workbook_exports  # XlsxWriter: when asked

            return workbook_exports.export_lines_xlsx(
                services, target, texts=texts, right_to_left=right_to_left
            )

        def done(count: int) -> None:
            prompts.info(
                parent,
                self.tr("Lines exported"),
                fill(self.tr("%n line(s) written to {path}.", "", count), path=str(target)),
            )

        return run_task(
            parent,
            self.tr("Exporting lines"),
            fill(self.tr("Writing {name}…"), name=target.name),
            job,
            done,
            failure_title=self.tr("The lines were not exported"),
            cancellable=False,
        )
