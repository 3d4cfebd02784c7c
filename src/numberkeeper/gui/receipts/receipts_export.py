""" "Export receipts…": pick a file (CSV or a workbook, #18), write it in the background, say how
many rows.

Shared by the receipts window (exporting what its filter shows) and the cancel checklist
(exporting one line's receipts before it is closed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from numberkeeper.core.errors import ExportCancelledError
from numberkeeper.core.receipts import ReceiptFilter
from numberkeeper.gui.common import prompts
from numberkeeper.gui.common.bidi import fill
from numberkeeper.gui.common.clock import Clock
from numberkeeper.gui.data.export_runner import (
    CSV_WITH_BOM,
    XLSX,
    BackgroundTask,
    Progress,
    choose_export,
    run_task,
)
from numberkeeper.gui.data.workbook_texts import receipt_workbook_texts, sheets_right_to_left
from numberkeeper.services.container import Services


class ReceiptsExport(QObject):
    """The export's dialogs and messages. A QObject so that `self.tr` gives lupdate a plural
    it can see (QCoreApplication.translate with a variable count is not read as one)."""

    def run(
        self, parent: QWidget, services: Services, clock: Clock, flt: ReceiptFilter
    ) -> BackgroundTask | None:
        """Ask for a file and export the receipts `flt` selects; None if the user cancelled."""
        # Imported when used: the export code is not needed to start the app.
        from numberkeeper.services import exports

        today = clock().astimezone().date().isoformat()
        choice = choose_export(
            parent,
            self.tr("Export receipts"),
            Path.home() / f"numberkeeper-receipts-{today}.csv",
        )
        if choice is None:
            return None
        target, kind = choice
        # The workbook's words are chosen here, on the GUI thread (#18).
        texts = receipt_workbook_texts() if kind == XLSX else None
        right_to_left = sheets_right_to_left()

        def job(progress: Progress) -> int:
            def report(p: exports.ExportProgress) -> bool:
                return progress(p.done, p.total)

            if texts is None:
                bom = kind == CSV_WITH_BOM
                return exports.export_receipts_csv(services, target, flt, bom=bom, progress=report)
            from numberkeeper.services import workbook_exports  # XlsxWriter: when asked

            return workbook_exports.export_receipts_xlsx(
                services, target, flt, texts=texts, right_to_left=right_to_left, progress=report
            )

        def exported(count: int) -> None:
            prompts.info(
                parent,
                self.tr("Receipts exported"),
                fill(self.tr("%n receipt(s) written to {path}.", "", count), path=str(target)),
            )

        return run_task(
            parent,
            self.tr("Exporting receipts"),
            fill(self.tr("Writing {name}…"), name=target.name),
            job,
            exported,
            cancel_exceptions=(ExportCancelledError,),
            failure_title=self.tr("The receipts were not exported"),
        )


def export_receipts(
    parent: QWidget, services: Services, clock: Clock, flt: ReceiptFilter
) -> BackgroundTask | None:
    """Ask for a file and export the receipts `flt` selects; None if the user cancelled."""
    return ReceiptsExport(parent).run(parent, services, clock, flt)
