"""Adding and editing a line: its dialog, form and facts, and the errands on the selected line."""
