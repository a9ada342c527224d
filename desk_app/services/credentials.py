"""Passwords for shared databases: in the OS keyring, or in memory for this run only.

:class:`CredentialStore` keeps one password per (server, role): the keyring
service name is ``desk:postgresql://HOST:PORT/DATABASE`` and the user name is
the database role. When the keyring cannot be used — no backend on a headless
Linux (``NoKeyringError``), a locked or broken Secret Service
(``KeyringLocked``, ``InitError``) — the password is kept in a dict in memory
for this run only, :attr:`CredentialStore.persistent` becomes False and
:data:`SESSION_ONLY_MESSAGE` is what the UI says. Nothing is ever written to
disk by this module.

:func:`scrub` removes a password from any text (a driver's error message can
quote the connection string) before it is shown or logged.
"""
from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Protocol
from urllib.parse import quote, quote_plus

from desk_app.domain.messages import translate

if TYPE_CHECKING:  # keyring is imported when a password is first needed, not at every start
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SESSION_ONLY_MESSAGE = translate("Credentials", "No system keyring: the password is kept for this session only.")
MASK = "***"


class ServerLogin(Protocol):
    host: str
    port: int
    database: str
    user: str


def service_name(host: str, port: int | str, database: str) -> str:
    """The keyring service of one server and database: ``desk:postgresql://host:port/db``."""
    return f"desk:postgresql://{host}:{port}/{database}"


class CredentialStore:
    """get/set/delete a role's password; falls back to memory when the keyring fails."""

    def __init__(self, backend: KeyringBackend | None = None):
        self._backend = backend
        self._memory: dict[tuple[str, str], str] = {}
        self._failed = False

    # -- state -------------------------------------------------------------------
    @property
    def persistent(self) -> bool:
        """True while passwords go to a real keyring (False after it failed once this run)."""
        return not self._failed and _usable(self._keyring())

    @property
    def message(self) -> str:
        """What the UI says about where passwords go ("" when they go to the keyring)."""
        return "" if self.persistent else SESSION_ONLY_MESSAGE

    # -- passwords -----------------------------------------------------------------
    def get(self, login: ServerLogin) -> str | None:
        key = _key(login)
        if key in self._memory:
            return self._memory[key]
        if not self.persistent:
            return None
        try:
            return self._keyring().get_password(*key)
        except Exception as exc:
            self._fail("read", exc)
            return None

    def set(self, login: ServerLogin, password: str) -> bool:
        """Remember the password; True when it went to the keyring, False when only to memory."""
        key = _key(login)
        if self.persistent:
            try:
                self._keyring().set_password(*key, password)
                self._memory.pop(key, None)
                return True
            except Exception as exc:
                self._fail("store", exc)
        self._memory[key] = password
        return False

    def remember_for_session(self, login: ServerLogin, password: str) -> None:
        """Keep the password in memory until Desk quits (never on disk)."""
        self._memory[_key(login)] = password

    def delete(self, login: ServerLogin) -> None:
        from keyring.errors import PasswordDeleteError

        key = _key(login)
        self._memory.pop(key, None)
        if not self.persistent:
            return
        try:
            self._keyring().delete_password(*key)
        except PasswordDeleteError:
            pass   # there was none
        except Exception as exc:
            self._fail("delete", exc)

    # -- internals ---------------------------------------------------------------------
    def _keyring(self) -> KeyringBackend:
        if self._backend is not None:
            return self._backend
        import keyring

        return keyring.get_keyring()

    def _fail(self, what: str, exc: BaseException) -> None:
        from keyring.errors import KeyringError

        self._failed = True
        kind = type(exc).__name__
        if not isinstance(exc, KeyringError):
            kind = f"{kind} (from the keyring backend)"
        log.warning("keyring: could not %s a password (%s); keeping passwords in memory for this run", what, kind)


def _key(login: ServerLogin) -> tuple[str, str]:
    return service_name(login.host, login.port, login.database), login.user


def _usable(backend: KeyringBackend) -> bool:
    from keyring.backends import fail

    if isinstance(backend, fail.Keyring):
        return False
    backends = getattr(backend, "backends", None)   # the chainer: usable when it chains something
    return backends is None or bool(backends)


_PASSWORD_PARAM = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.|'')*'|\"[^\"]*\"|\S+)", re.IGNORECASE)
_URL_PASSWORD = re.compile(r"(://[^:/@\s]*:)([^@\s]+)@")


def scrub(text: str, *secrets: str | None) -> str:
    """``text`` without the given secrets and without anything that looks like a password in a DSN."""
    for secret in secrets:
        if not secret or len(secret) < 4:   # a tiny "password" would mangle every word; the DSN rules below still apply
            continue
        for form in {secret, quote(secret, safe=""), quote_plus(secret)}:
            text = text.replace(form, MASK)
    text = _PASSWORD_PARAM.sub(lambda m: m.group(1) + MASK, text)
    return _URL_PASSWORD.sub(lambda m: m.group(1) + MASK + "@", text)
