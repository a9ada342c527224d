"""Connecting to a shared database: the profile dialog and the live-update bridge."""
