"""UI tests: the scripted fakes in tests/ui/fakes.py are imported by name (import-mode=importlib)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
