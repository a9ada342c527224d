"""Import-linter contract types of Desk's own (registered in pyproject.toml, run by ``make lint``).

``only_submodules``: the source modules may import an external package only from the
listed submodules. Import-linter's own ``forbidden`` type cannot say this: it sees an
external package as one node, so ``sqlalchemy.exc`` and ``sqlalchemy.orm`` look the same.
This type reads the import statement itself (grimp keeps each import's line). It may
also name ``forbidden_packages`` the sources may not import at all, not even for type
checking (a database driver: its connections and errors belong in the store).
"""
from __future__ import annotations

import re

import grimp
from importlinter import Contract, ContractCheck, fields, output

_STATEMENT = re.compile(r"^\s*(?:from\s+([\w.]+)\s+import|import\s+([\w.]+))")


class OnlySubmodulesContract(Contract):
    """``source_modules`` (and their children) import ``package`` only from ``allowed_submodules``.

    ``forbidden_packages`` (optional): external packages they may not import in any way.
    ``ignore_importers`` lists modules not yet held to the rule (each says why in the config).
    """

    source_modules = fields.ListField(subfield=fields.StringField())
    package = fields.StringField()
    allowed_submodules = fields.ListField(subfield=fields.StringField())
    forbidden_packages = fields.ListField(subfield=fields.StringField(), required=False, default=[])
    ignore_importers = fields.ListField(subfield=fields.StringField(), required=False, default=[])

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        sources = [str(m) for m in self.source_modules]  # type: ignore[attr-defined]
        package = str(self.package)
        allowed = {str(m) for m in self.allowed_submodules}  # type: ignore[attr-defined]
        ignored = {str(m) for m in self.ignore_importers}  # type: ignore[attr-defined]
        forbidden = [str(p) for p in self.forbidden_packages]  # type: ignore[attr-defined]
        found: list[dict[str, object]] = []
        for imported in (package, *forbidden):
            if imported not in graph.modules:
                continue
            for importer in sorted(graph.find_modules_that_directly_import(imported)):
                if importer in ignored or not any(importer == s or importer.startswith(s + ".") for s in sources):
                    continue
                for detail in graph.get_import_details(importer=importer, imported=imported):
                    match = _STATEMENT.match(detail["line_contents"])
                    module = (match.group(1) or match.group(2)) if match else imported
                    if imported != package or module not in allowed:
                        found.append({"importer": importer, "line": detail["line_number"],
                                      "statement": detail["line_contents"].strip(), "package": imported})
        return ContractCheck(kept=not found, metadata={"found": found})

    def render_broken_contract(self, check: ContractCheck) -> None:
        allowed = ", ".join(sorted(str(m) for m in self.allowed_submodules))  # type: ignore[attr-defined]
        for item in check.metadata["found"]:
            output.print_error(f"{item['importer']}:{item['line']}: {item['statement']}")
            output.indent_cursor()
            if item["package"] == str(self.package):
                output.print_error(f"only {allowed} may be imported here; put the rest in desk_app.store")
            else:
                output.print_error(f"{item['package']} may not be imported here; put its use in desk_app.store")
            output.new_line()
