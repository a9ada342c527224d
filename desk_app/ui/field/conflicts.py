"""A field sync conflict in the existing three-way conflict dialog: the server's text, mine, the merge."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desk_app.domain.article import ArticleData
from desk_app.domain.errors import ConflictError, DeskError
from desk_app.services.conflicts import ConflictService
from desk_app.ui.conflict.dialog import ConflictDialog
from desk_app.ui.i18n import localized, translate


def prepare_case(field: Any, article_id: str) -> Any:
    """The ConflictCase of a pushed edit the server recorded as a conflict."""
    _base, mine_snap, theirs_snap = field.sync.conflict_texts(article_id)
    mine = ArticleData.from_snapshot(mine_snap)
    first_base = field.sync.conflict_base_version(article_id)
    mine.version = first_base or 0   # the version the offline edits started from: the merge's base
    theirs = ArticleData.from_snapshot(theirs_snap) if theirs_snap else None
    return ConflictService(field.local).prepare(mine, ConflictError("", stored=theirs, mine=mine))


def resolve_interactively(field: Any, article_id: str, parent: QWidget | None = None) -> bool:
    """Show the dialog; on a choice, queue the result on top of the server's version. True when resolved."""
    case = prepare_case(field, article_id)
    dialog = ConflictDialog(case, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    choice = dialog.choice
    theirs = case.theirs or case.mine
    if choice == "theirs":
        fields = {name: getattr(theirs, name) for name in ArticleData.EDITABLE}
    elif choice == "mine":
        fields = {name: getattr(case.mine, name) for name in ArticleData.EDITABLE}
    else:
        merged = case.merged or case.mine
        fields = {name: getattr(merged, name) for name in ArticleData.EDITABLE}
        fields["body"] = dialog.merged_text()
        for name, side in dialog.field_choices().items():
            fields[name] = getattr(case.mine if side == "mine" else theirs, name)
    try:
        field.sync.resolve_conflict(article_id, fields)
    except DeskError as exc:
        QMessageBox.warning(parent, translate("FieldConflicts", "Conflict not resolved"), localized(exc))
        return False
    return True
