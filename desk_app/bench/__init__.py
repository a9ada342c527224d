"""The performance harness behind ``desk bench`` (docs/performance.md); never part of the tests.

``corpus`` generates and caches the archive, ``harness`` runs and reports the
figures, ``measures_db``/``measures_ui``/``measures_align`` measure them.
"""
