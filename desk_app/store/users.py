"""Desk's people (the ``users`` table): who they are, their role, and the server login in use."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desk_app.store.models import User


class UserRepository:
    """Users by login, in the session's transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def role(self, login: str) -> str | None:
        user = self._s.get(User, login)
        return user.role if user is not None else None

    def any(self) -> bool:
        return self._s.execute(select(User.login).limit(1)).first() is not None

    def add(self, login: str, *, role: str, display_name: str, created_at: datetime) -> None:
        self._s.add(User(login=login, display_name=display_name or login, role=role, active=True,
                         created_at=created_at))

    def put(self, login: str, *, role: str, display_name: str, created_at: datetime,
            reactivate: bool = False) -> None:
        """Add ``login``, or give the existing user ``role`` (and make them active again with ``reactivate``)."""
        user = self._s.get(User, login)
        if user is None:
            self.add(login, role=role, display_name=display_name, created_at=created_at)
            return
        user.role = role
        if reactivate:
            user.active = True

    def logins_and_roles(self) -> list[tuple[str, str]]:
        return [(u.login, u.role) for u in self._s.scalars(select(User).order_by(User.login))]

    def display_name(self, login: str) -> str | None:
        name: str | None = self._s.execute(
            select(User.display_name).where(User.login == login)).scalar_one_or_none()
        return name

    def server_login(self) -> str:
        """The database server's name for the connected user (PostgreSQL's ``current_user``)."""
        return str(self._s.execute(text("SELECT current_user")).scalar_one())
