"""Every error a person may read is marked for translation (issue 16).

Scans the source of desk_app/domain, services and store: each ``SomeDeskError(first, ...)``
(raised, returned or kept for later) must get its sentence from ``translate("Context", "...")``
(``desk_app.domain.messages``), a variable holding one, or a helper that returns one, so the
window can show it in Russian. A new ``raise InvalidInput(f"...")`` fails here.
"""
from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import desk_app
from desk_app.domain.errors import DeskError

ROOT = Path(desk_app.__file__).parent
LAYERS = ("domain", "services", "store")
USER_FACING_VALUE_ERRORS = {"InvalidEntity"}
"""ValueError subclasses whose message reaches users (the services re-raise them as InvalidInput)."""

PASS_THROUGH = {"message_of", "join_sentences"}
"""Helpers that keep a Message that is already translatable (another error's, joined sentences)."""

ALLOWED: set[tuple[str, str]] = set()
"""(file, error) pairs allowed to raise an unmarked sentence; each needs a reason here. None so far."""


def _modules():
    for layer in LAYERS:
        package = importlib.import_module(f"desk_app.{layer}")
        for info in pkgutil.walk_packages(package.__path__, f"desk_app.{layer}."):
            if ".migrations" in info.name or info.name.rsplit(".", 1)[-1].startswith("cli"):
                continue
            yield importlib.import_module(info.name)


def _error_names() -> set[str]:
    names = set(USER_FACING_VALUE_ERRORS)
    for module in _modules():
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, DeskError):
                names.add(value.__name__)
    return names


def _sources() -> list[Path]:
    return sorted(p for layer in LAYERS for p in (ROOT / layer).rglob("*.py")
                  if "migrations" not in p.parts and not p.name.startswith("cli"))


def _called(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        func = node.func
        return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    return None


class _Marked:
    """Whether an expression yields a translatable Message."""

    def __init__(self, helpers: dict[str, list[ast.FunctionDef]]):
        self._helpers = helpers
        self._checking: set[str] = set()

    def expr(self, node: ast.AST, scope: ast.AST | None) -> bool:
        if isinstance(node, ast.IfExp):
            return self.expr(node.body, scope) and self.expr(node.orelse, scope)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
            return self.expr(node.func.value, scope)
        name = _called(node)
        if name == "translate":
            return True
        if name in PASS_THROUGH:
            return True
        if name in self._helpers:
            return self.helper(name)
        if isinstance(node, ast.Name) and scope is not None:
            values = [n.value for n in ast.walk(scope) if isinstance(n, ast.Assign)
                      and any(isinstance(t, ast.Name) and t.id == node.id for t in n.targets)]
            return bool(values) and all(self.expr(v, scope) for v in values)
        return False

    def helper(self, name: str) -> bool:
        """A helper returns a Message on every path (a list's one item counts: it was marked when added)."""
        if name in self._checking:
            return True
        self._checking.add(name)
        try:
            for function in self._helpers[name]:
                for node in ast.walk(function):
                    if isinstance(node, ast.Return) and node.value is not None:
                        value = node.value
                        if isinstance(value, ast.Subscript):   # problems[0]: a sentence already marked
                            continue
                        if not self.expr(value, function):
                            return False
            return True
        finally:
            self._checking.discard(name)


def _unmarked(extra: dict[str, str] | None = None) -> list[str]:
    """``file:line: Error(...)`` for each unmarked sentence; ``extra`` adds sources (name: text)."""
    errors = _error_names()
    trees = {str(path.relative_to(ROOT)): ast.parse(path.read_text(encoding="utf-8")) for path in _sources()}
    trees.update({name: ast.parse(text) for name, text in (extra or {}).items()})
    helpers: dict[str, list[ast.FunctionDef]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                helpers.setdefault(node.name, []).append(node)
    marked = _Marked(helpers)
    found = []
    for rel, tree in trees.items():
        functions = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        for node in ast.walk(tree):
            name = _called(node)
            if name not in errors or not node.args or (rel, name) in ALLOWED:
                continue
            scope = next((f for f in functions if f.lineno <= node.lineno <= (f.end_lineno or f.lineno)
                          and any(n is node for n in ast.walk(f))), None)
            if not marked.expr(node.args[0], scope):
                found.append(f"{rel}:{node.lineno}: {name}({ast.unparse(node.args[0])[:80]}…)")
    return found


def test_every_error_sentence_is_marked_for_translation():
    unmarked = _unmarked()
    assert not unmarked, ("wrap these sentences in translate(\"Errors\", \"...\").format(...) "
                          "(desk_app.domain.messages):\n" + "\n".join(unmarked))


def test_the_scan_finds_unmarked_sentences():
    """The check itself can fail: f-strings, plain strings and unmarked helpers are reported."""
    probe = (
        "def plain(x):\n"
        "    raise NotFound(f'There is no {x}.')\n"
        "def helper_sentence(x):\n"
        "    return f'{x} is wrong.'\n"
        "def through_helper(x):\n"
        "    raise InvalidInput(helper_sentence(x))\n"
        "def through_variable(x):\n"
        "    text = 'Nothing here.'\n"
        "    raise PermissionDenied(text)\n"
        "def marked(x):\n"
        "    text = translate('Errors', 'No {x}.').format(x=x)\n"
        "    raise NotFound(text)\n"
    )
    found = [line for line in _unmarked({"probe.py": probe}) if line.startswith("probe.py")]
    assert [line.split(":")[1] for line in found] == ["2", "6", "9"]
