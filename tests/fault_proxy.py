"""A loopback TCP proxy for fault tests: forwards to PostgreSQL and cuts connections on cue.

Threads, bounded: every connection's two pumps are daemon threads that end
when either side closes; :meth:`FaultProxy.stop` closes everything and joins
them (the proxy also stops itself after ``lifetime`` seconds).

A cut is armed with a *rule*: ``cut_when(lambda seen: ...)`` looks at the
traffic seen so far in one direction and returns True when the connection
must be cut *before* that chunk is delivered. Helpers recognise the steps of
a push in the PostgreSQL wire protocol:

* ``before_send``: the client's first message that carries ``desk_apply_op``
  never reaches the server (nothing applied);
* ``commit_reply``: the server's reply to COMMIT (``CommandComplete
  "COMMIT"``) never reaches the client (everything applied, the client heard
  nothing);
* ``mid_pull``: the server's reply to the pull query is cut halfway.
"""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable

Rule = Callable[[bytes], bool]


class FaultProxy:
    def __init__(self, target_host: str, target_port: int, *, lifetime: float = 300.0):
        self.target = (target_host, target_port)
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self._deadline = time.monotonic() + lifetime
        self.refuse = False                  # True: every new connection is closed at once (server "down")
        self._to_server: Rule | None = None  # armed rules; each fires once
        self._to_client: Rule | None = None
        self.cuts = 0
        self._accept = threading.Thread(target=self._serve, name="fault-proxy", daemon=True)
        self._accept.start()

    # -- arming ------------------------------------------------------------------
    def cut_to_server(self, rule: Rule) -> None:
        with self._lock:
            self._to_server = rule

    def cut_to_client(self, rule: Rule) -> None:
        with self._lock:
            self._to_client = rule

    def disarm(self) -> None:
        with self._lock:
            self._to_server = self._to_client = None

    # -- life --------------------------------------------------------------------
    def _serve(self) -> None:
        while not self._stopping.is_set() and time.monotonic() < self._deadline:
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                break
            if self.refuse:
                client.close()
                continue
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            client.settimeout(None)
            with self._lock:
                self._sockets += [client, server]
            for src, dst, upstream in ((client, server, True), (server, client, False)):
                t = threading.Thread(target=self._pump, args=(src, dst, upstream), daemon=True)
                self._threads.append(t)
                t.start()
        self._close_all()

    def _pump(self, src: socket.socket, dst: socket.socket, upstream: bool) -> None:
        seen = b""
        try:
            while True:
                chunk = src.recv(65536)
                if not chunk:
                    break
                seen = (seen + chunk)[-65536:]
                with self._lock:
                    rule = self._to_server if upstream else self._to_client
                    fire = rule is not None and rule(seen)
                    if fire:
                        if upstream:
                            self._to_server = None
                        else:
                            self._to_client = None
                        self.cuts += 1
                if fire:
                    if not upstream:
                        dst.sendall(chunk[: len(chunk) // 2])  # a reply cut halfway
                    break
                dst.sendall(chunk)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def _close_all(self) -> None:
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for s in sockets:
            try:
                s.close()
            except OSError:
                pass

    def stop(self) -> None:
        self._stopping.set()
        self._listener.close()
        self._accept.join(timeout=5)
        self._close_all()
        for t in self._threads:
            t.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def before_send(seen: bytes) -> bool:
    return b"desk_apply_op" in seen


def commit_reply(seen: bytes) -> bool:
    return b"C\x00\x00\x00\x0bCOMMIT\x00" in seen


def mid_pull(seen: bytes) -> bool:
    """(server → client) the first reply carrying an article's fields: only the pull sends those."""
    return b'"headline"' in seen
