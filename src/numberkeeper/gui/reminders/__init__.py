"""Reminders: the scheduler, the banner, desktop notifications, the tray and their words."""
