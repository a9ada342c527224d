"""Connection profiles for shared databases, and testing one before it is saved.

A :class:`ConnectionProfile` is what the "Connect to shared database" dialog
remembers (in the UI settings, as a plain dict): name, host, port, database,
user (the person's database role) and TLS mode — never a password. The
password joins only in memory: :meth:`ConnectionProfile.url` builds a
SQLAlchemy URL that carries it for the engine, and :attr:`safe_url` is what
may be shown.

:func:`test_connection` connects once, the way a Workspace will, and checks
everything that would stop the user: each failure is a
:class:`ConnectionProblem` (a ``DatabaseUnavailable``) with one sentence and
a ``kind`` the dialog uses to point at the field to fix. Driver messages pass
through :func:`~desk_app.services.credentials.scrub` first, and the original
exception is never chained, so no password reaches a message, a log or a
crash report.
"""
from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desk_app.domain.errors import DatabaseUnavailable, InvalidInput
from desk_app.domain.messages import join_sentences, translate
from desk_app.services.credentials import scrub, service_name
from desk_app.store import migrate
from desk_app.store import pg_probe as probe
from desk_app.store.engine import DatabaseURL, postgres_url, safe_url

log = logging.getLogger(__name__)

SSL_MODES = ("disable", "prefer", "require", "verify-full")
SSL_LABELS = {
    "disable": "Off (trusted network only)",
    "prefer": "Use TLS when the server offers it",
    "require": "Require TLS",
    "verify-full": "Require TLS and verify the server",
}
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_SECONDS = 8


@dataclass(frozen=True)
class ConnectionProfile:
    """A shared database to connect to. JSON-serialisable; deliberately without a password."""

    name: str
    host: str = "localhost"
    port: int = DEFAULT_PORT
    database: str = "desk"
    user: str = ""
    sslmode: str = "prefer"
    offline_capable: bool = False   # keep a field workspace on this computer (services/field_workspace.py)

    # -- (de)serialising -----------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, raw: dict) -> ConnectionProfile:
        """Build from settings; unknown keys (a stray "password" included) are dropped."""
        names = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in dict(raw).items() if k in names}
        try:
            values["port"] = int(values.get("port", DEFAULT_PORT))
        except (TypeError, ValueError):
            values["port"] = DEFAULT_PORT
        for key in ("name", "host", "database", "user", "sslmode"):
            if key in values:
                values[key] = str(values[key]).strip()
        values["offline_capable"] = values.get("offline_capable") in (True, "true", "1", 1)
        if values.get("sslmode") not in SSL_MODES:
            values["sslmode"] = "prefer"
        return cls(**{"name": "", **values})

    # -- addresses -------------------------------------------------------------------
    def url(self, password: str | None = None) -> DatabaseURL:
        """The SQLAlchemy URL; the password lives only in the returned object."""
        return postgres_url(host=self.host, port=self.port, database=self.database, user=self.user,
                            password=password, sslmode=self.sslmode)

    @property
    def safe_url(self) -> str:
        return safe_url(self.url())

    @property
    def where(self) -> str:
        """"db on host:port" for messages."""
        return f"{self.database} on {self.host}:{self.port}"

    @property
    def service(self) -> str:
        return service_name(self.host, self.port, self.database)

    @property
    def label(self) -> str:
        return self.name or f"{self.user}@{self.host}/{self.database}"

    def problems(self) -> list[str]:
        """Every field that is not usable, as sentences."""
        out = []
        if not self.host.strip():
            out.append(translate("Errors", "Enter the server's host name or address."))
        if not 1 <= int(self.port) <= 65535:
            out.append(translate("Errors", "The port must be a number from 1 to 65535 (PostgreSQL's usual port is "
                                           "5432)."))
        if not self.database.strip():
            out.append(translate("Errors", "Enter the database name (ask the admin; often “desk”)."))
        if not self.user.strip():
            out.append(translate("Errors", "Enter your database login (your own role, as the admin created it)."))
        if self.sslmode not in SSL_MODES:
            out.append(translate("Errors", "Choose a TLS mode: {modes}.").format(modes=", ".join(SSL_MODES)))
        return out


def load_profiles(raw: Iterable) -> list[ConnectionProfile]:
    """Profiles from the settings list (entries that are not dicts are skipped)."""
    return [ConnectionProfile.from_dict(item) for item in raw or [] if isinstance(item, dict)]


def dump_profiles(profiles: Iterable[ConnectionProfile]) -> list[dict]:
    return [p.to_dict() for p in profiles]


class ConnectionProblem(DatabaseUnavailable):
    """Why a profile cannot be used: one sentence, plus what kind of problem and which field to fix.

    ``kind`` is one of: password, host, server, tls, database, login, rights,
    not_desk_user, schema_missing, schema_old, schema_new, profile, other.
    """

    FIELDS = {"password": "password", "host": "host", "server": "port", "tls": "sslmode",
              "database": "database", "login": "user", "profile": "host"}

    def __init__(self, message: str, kind: str = "other", *, can_upgrade: bool = False):
        super().__init__(message)
        self.kind = kind
        self.can_upgrade = can_upgrade   # schema_old and the user may run "desk db upgrade"

    @property
    def field(self) -> str | None:
        return self.FIELDS.get(self.kind)


def test_connection(profile: ConnectionProfile, password: str | None, *,
                    connect: probe.Connector | None = None) -> None:
    """Connect and check the login and schema; raises ConnectionProblem (or InvalidInput) with one sentence.

    ``connect`` replaces ``psycopg.connect`` (tests).
    """
    problems = profile.problems()
    if problems:
        raise InvalidInput(join_sentences(problems) if len(problems) == 1 else translate(
            "Errors", "The profile is incomplete: {problems}").format(problems=join_sentences(problems)))
    try:
        with probe.probe_connection(host=profile.host, port=profile.port, database=profile.database,
                                    user=profile.user, password=password, sslmode=profile.sslmode,
                                    connect_timeout=CONNECT_TIMEOUT_SECONDS,
                                    application_name="Desk connection test", connect=connect) as server:
            _check_schema_and_login(server, profile)
    except probe.CannotConnect as exc:
        raise _connect_problem(profile, password, exc) from None
    except probe.NoPrivilege:
        raise _no_rights(profile) from None
    except probe.ServerFailed as exc:
        raise ConnectionProblem(
            translate("Errors", "The server at {host}:{port} answered with an error ({reason}); try again, or ask "
                                "the admin.").format(
            host=profile.host, port=profile.port, reason=scrub(probe.first_line(str(exc)), password)),
            "other") from None


test_connection.__test__ = False   # not a pytest test, whatever its name


def _check_schema_and_login(server: probe.ServerProbe, profile: ConnectionProfile) -> None:
    login = server.current_login()
    revision = server.schema_revision()
    if revision is probe.NO_SCHEMA:
        raise ConnectionProblem(
            translate("Errors", "The database {where} is not a Desk database yet; check the database name, or ask "
                                "an admin to set it up with “desk db upgrade” and “desk db provision”.").format(
            where=profile.where), "schema_missing")
    head = migrate.head_revision()
    if revision != head:
        known = migrate.known_revisions()
        if revision is not None and revision not in known:
            raise ConnectionProblem(
                translate("Errors", "The database {where} was upgraded by a newer Desk (schema {revision}); install "
                                    "the newer Desk to use it, or open the local workspace.").format(
                where=profile.where, revision=revision), "schema_new")
        if server.is_admin(login):
            raise ConnectionProblem(
                translate("Errors", "The database {where} has an older schema ({revision}, this Desk needs {head}); "
                                    "as an admin, run “desk db upgrade” against it, then test again.").format(
                where=profile.where, revision=revision or 'none', head=head), "schema_old",
                can_upgrade=True)
        raise ConnectionProblem(
            translate("Errors", "The database {where} has an older schema ({revision}, this Desk needs {head}); ask "
                                "an admin to run “desk db upgrade”, or open the local workspace meanwhile.").format(
            where=profile.where, revision=revision or 'none', head=head), "schema_old")
    if server.desk_role(login) is None and server.has_users():
        raise ConnectionProblem(
            translate("Errors", "The login “{login}” is not a Desk user on {where}; ask an admin to run “desk user "
                                "add {login} --role ROLE”.").format(
            login=login, where=profile.where), "not_desk_user")
    server.read_articles()   # a provisioned server must also let the role read articles


def _no_rights(profile: ConnectionProfile) -> ConnectionProblem:
    return ConnectionProblem(
        translate("Errors", "The login “{user}” has no rights in the Desk database {where}; ask an admin to run "
                            "“desk user add {user} --role ROLE”.").format(
        user=profile.user, where=profile.where), "rights")


def _connect_problem(profile: ConnectionProfile, password: str | None, exc: probe.CannotConnect) -> ConnectionProblem:
    raw = scrub(str(exc), password)
    kind = probe.connect_failure_kind(raw)
    at = f"{profile.host}:{profile.port}"
    if kind == "password_refused":
        return ConnectionProblem(
            translate("Errors", "The server at {at} refused the password for “{user}”; type it again, or check the "
                                "login name in the profile.").format(at=at, user=profile.user), "password")
    if kind == "password_missing":
        return ConnectionProblem(
            translate("Errors", "The server at {at} asks for a password for “{user}”; enter it and try again.").format(
            at=at, user=profile.user), "password")
    if kind == "unknown_host":
        return ConnectionProblem(
            translate("Errors", "The host “{host}” is unknown; check the server name in the profile, or open the "
                                "local workspace.").format(host=profile.host), "host")
    if kind == "no_tls":
        return ConnectionProblem(
            translate("Errors", "The server at {at} does not offer TLS, which this profile requires; ask the admin "
                                "to enable TLS, or choose a weaker TLS mode only on a trusted network.").format(
            at=at), "tls")
    if kind == "tls_failed":
        return ConnectionProblem(
            translate("Errors", "The TLS connection to {at} failed ({reason}); ask the admin for the "
                                "server's certificate, or choose the TLS mode “Require TLS”.").format(
            at=at, reason=probe.first_line(raw)), "tls")
    if kind == "no_database":
        return ConnectionProblem(
            translate("Errors", "There is no database “{database}” on {at}; check the database name in the "
                                "profile.").format(
            database=profile.database, at=at),
            "database")
    if kind == "no_login":
        return ConnectionProblem(
            translate("Errors", "The server at {at} has no login “{user}”; check the login name, or ask an admin to "
                                "run “desk user add {user} --role ROLE”.").format(at=at, user=profile.user), "login")
    if kind == "login_disabled":
        return ConnectionProblem(
            translate("Errors", "The login “{user}” may not sign in on {at}; ask an admin to run “desk user add "
                                "{user} --role ROLE”.").format(user=profile.user, at=at), "login")
    if kind == "no_connect_privilege":
        return ConnectionProblem(
            translate("Errors", "The login “{user}” may not connect to the database {where}; ask an admin to run "
                                "“desk user add {user} --role ROLE”.").format(
            user=profile.user, where=profile.where), "rights")
    if kind == "host_refused":
        return ConnectionProblem(
            translate("Errors", "The server at {at} does not accept “{user}” from this computer; ask the admin to "
                                "allow it (pg_hba.conf), or check the TLS mode.").format(
            at=at, user=profile.user), "rights")
    if kind == "server_full":
        return ConnectionProblem(
            translate("Errors", "The server at {at} is full (too many connections); try again in a minute.").format(
            at=at), "server")
    if kind == "server_starting":
        return ConnectionProblem(
            translate("Errors", "The server at {at} is starting or stopping; try again in a moment.").format(
            at=at), "server")
    if kind == "unreachable":
        return ConnectionProblem(
            translate("Errors", "Cannot reach a database server at {at} (it may be down, or the port is wrong); try "
                                "again later, check the profile, or open the local workspace.").format(
            at=at), "server")
    return ConnectionProblem(
        translate("Errors", "Cannot connect to {where}: {reason}; check the profile or try again.").format(
        where=profile.where, reason=probe.first_line(raw)), "other")
