"""Renew, suspend, resume, cancel, keep-alive activity: the checklist wizards and their fields."""
