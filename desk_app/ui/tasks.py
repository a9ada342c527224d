"""The one way Desk runs long work off the GUI thread (after Picard's run_task).

``runner.run(fn, on_done=..., on_error=...)`` runs ``fn(task)`` in a worker
thread; ``task.progress(done, total, text)`` reports progress and returns
False once the user cancelled, so loops can stop. Results, errors and
progress come back on the GUI thread through queued signals. Each call may
carry a ``key``: starting a new task with the same key cancels the previous
one and drops its result (what search-as-you-type needs). A ``quiet`` task
(loading list thumbnails while the user scrolls) does not make the runner
``busy``, so the status bar's busy indicator does not flicker for it.

Tests use :class:`SynchronousTaskRunner`, which runs everything at once.
"""
from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class TaskCancelled(Exception):
    """Raised inside a task by ``task.check()`` after the user cancelled it."""


class TaskHandle:
    """What a running task sees: progress reporting and the cancel flag."""

    def __init__(self, task_id: int, emitter: _Emitter):
        self.id = task_id
        self._emitter = emitter
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self.cancelled:
            raise TaskCancelled()

    def progress(self, done: int, total: int, text: str = "") -> bool:
        if self._emitter is not None:
            self._emitter.sig_progress.emit(self.id, done, total, text)
        return not self.cancelled


class _Emitter(QObject):
    sig_progress = Signal(int, int, int, str)
    """A task reported progress: task id, done, total, text."""
    sig_finished = Signal(int, object)
    """A task returned: task id, result."""
    sig_failed = Signal(int, object)
    """A task raised: task id, exception."""


class _Job(QRunnable):
    def __init__(self, fn: Callable[[TaskHandle], Any], handle: TaskHandle, emitter: _Emitter):
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._handle = handle
        self._emitter = emitter

    def run(self) -> None:  # worker thread
        try:
            result = self._fn(self._handle)
        except BaseException as exc:
            self._emitter.sig_failed.emit(self._handle.id, exc)
        else:
            self._emitter.sig_finished.emit(self._handle.id, result)


class TaskRunner(QObject):
    """Runs callables in a thread pool and hands results back on the GUI thread."""

    sig_busy_changed = Signal(bool)
    """Work started (True) or all work ended (False)."""
    sig_progress = Signal(int, int, int, str)
    """Some task reported progress: task id, done, total, text."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._emitter = _Emitter()
        self._emitter.sig_finished.connect(self._on_finished)
        self._emitter.sig_failed.connect(self._on_failed)
        self._emitter.sig_progress.connect(self._on_progress)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None, Callable | None]] = {}
        self._handles: dict[int, TaskHandle] = {}
        self._by_key: dict[str, int] = {}
        self._quiet: set[int] = set()

    def run(self, fn: Callable[[TaskHandle], Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None, key: str | None = None,
            quiet: bool = False) -> TaskHandle:
        if key is not None and key in self._by_key:
            self.cancel(self._by_key[key])
        task_id = next(self._ids)
        handle = TaskHandle(task_id, self._emitter)
        self._handles[task_id] = handle
        self._callbacks[task_id] = (on_done, on_error, on_progress)
        if key is not None:
            self._by_key[key] = task_id
        if quiet:
            self._quiet.add(task_id)
        elif len(self._handles) - len(self._quiet) == 1:
            self.sig_busy_changed.emit(True)
        self._pool.start(_Job(fn, handle, self._emitter))
        return handle

    def cancel(self, task_id: int) -> None:
        handle = self._handles.get(task_id)
        if handle is not None:
            handle.cancel()

    def cancel_all(self) -> None:
        for handle in list(self._handles.values()):
            handle.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (used at shutdown and by tests)."""
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return len(self._handles) > len(self._quiet)

    @Slot(int, int, int, str)
    def _on_progress(self, task_id: int, done: int, total: int, text: str) -> None:
        callbacks = self._callbacks.get(task_id)
        handle = self._handles.get(task_id)
        if callbacks is None or handle is None or handle.cancelled:
            return
        self.sig_progress.emit(task_id, done, total, text)
        if callbacks[2] is not None:
            callbacks[2](done, total, text)

    @Slot(int, object)
    def _on_finished(self, task_id: int, result: Any) -> None:
        handle, (on_done, _err, _prog) = self._pop(task_id)
        if handle is not None and not handle.cancelled and on_done is not None:
            on_done(result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        handle, (_done, on_error, _prog) = self._pop(task_id)
        if handle is None or handle.cancelled or isinstance(exc, TaskCancelled):
            return
        if on_error is not None:
            on_error(exc)

    def _pop(self, task_id: int):
        handle = self._handles.pop(task_id, None)
        callbacks = self._callbacks.pop(task_id, (None, None, None))
        for key, value in list(self._by_key.items()):
            if value == task_id:
                del self._by_key[key]
        if task_id in self._quiet:
            self._quiet.discard(task_id)
        elif not self.busy:
            self.sig_busy_changed.emit(False)
        return handle, callbacks


class SynchronousTaskRunner(TaskRunner):
    """Runs each task at once on the calling thread: for tests."""

    def run(self, fn, *, on_done=None, on_error=None, on_progress=None, key=None, quiet=False) -> TaskHandle:
        handle = TaskHandle(next(self._ids), None)  # type: ignore[arg-type]
        if on_progress is not None:
            original = handle.progress

            def progress(done: int, total: int, text: str = "") -> bool:
                on_progress(done, total, text)
                return original(done, total, text)

            handle.progress = progress  # type: ignore[method-assign]
        try:
            result = fn(handle)
        except TaskCancelled:
            return handle
        except BaseException as exc:
            if on_error is None:
                raise
            on_error(exc)
        else:
            if on_done is not None:
                on_done(result)
        return handle
