"""Desk: the editorial client for Russian originals and English translations."""
import time

STARTED = time.perf_counter()
"""When the package was first imported (the bench hook's fallback for the process start)."""
