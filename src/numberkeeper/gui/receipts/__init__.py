"""Receipts: their window, table model, dialog, filter bar and CSV export."""
