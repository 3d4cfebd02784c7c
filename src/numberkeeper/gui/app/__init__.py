"""Starting the app: launch, start-up check, one instance, signals, autostart, languages, icons."""
