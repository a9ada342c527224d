"""What every CLI command prints the same way: JSON on standard output."""
from __future__ import annotations

import json
import sys
from typing import Any


def print_json(value: Any) -> None:
    """``value`` as indented UTF-8 JSON (Cyrillic as it is), with a final newline."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
