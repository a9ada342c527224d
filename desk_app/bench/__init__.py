"""The performance harness behind ``desk bench`` (docs/performance.md); never part of the tests.

``corpus`` generates the archive (``vocabulary`` holds its word lists), ``load``
writes it into SQLite and PostgreSQL and caches it, ``harness`` runs and
reports the figures, ``measures_db``/``measures_ui``/``measures_align`` measure
them, ``command`` is the ``desk bench`` subcommand.
"""
