"""The main window and its parts: workflow, pairing, sidebar, minor edit, shared database, connect, locks, live."""
