"""Small reusable widgets for the dialogs (date field, error label, carrier combo)."""
