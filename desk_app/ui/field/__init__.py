"""The window's side of a field workspace: the sync state in the status bar, Send now, the outbox."""
