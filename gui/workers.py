"""Import and comparison off the UI thread, with progress, cancel and stale-result dropping.

`run_request` is the plain function a worker runs (read new sources, compare,
re-apply manual edits). `Runner` starts it in a QThreadPool as numbered jobs:
starting a new job cancels the previous one, and anything an older job
reports afterwards is dropped (`dropped` says so), never shown.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from core.document import Document
from core.edits import Edit, apply_edits
from core.errors import Cancelled, ParallaxError, SourceError
from core.model import Comparison
from gui.models.layout import prepare_layout

CompareFn = Callable[..., Comparison]
ReadFn = Callable[..., Document]
IMPORT_SHARE = 0.15  # of the progress bar spent reading sources


@dataclass
class Request:
    """Everything one run needs, built on the UI thread before it starts (nothing shared)."""

    documents: list[Document]
    specs: list[str] = field(default_factory=list)  # files or URLs to read and append
    texts: list[tuple[str, str]] = field(default_factory=list)  # pasted (text, title) to append
    edits: list[Edit] = field(default_factory=list)
    max_bytes: int | None = None  # None: the readers' default limit


@dataclass
class Outcome:
    documents: list[Document]
    comparison: Comparison | None
    failures: list[tuple[str, str]]  # (origin, reason) of each source that could not be read


def run_request(
    request: Request,
    *,
    compare: CompareFn,
    read: ReadFn | None = None,
    progress: Callable[[float, str], None] = lambda f, m: None,
    cancel: Callable[[], bool] = lambda: False,
) -> Outcome:
    """Read, compare, re-apply edits. Raises Cancelled or ParallaxError."""
    from core.readers import read_source, read_text  # imported here, off the UI thread, so the window opens fast

    read = read or read_source
    limit = {} if request.max_bytes is None else {"max_bytes": request.max_bytes}
    documents = list(request.documents)
    failures: list[tuple[str, str]] = []
    todo: list[tuple[str, Callable[[], Document]]] = [
        (spec, lambda spec=spec: read(spec, **limit)) for spec in request.specs
    ]
    todo += [
        (title or "pasted text", lambda t=text, n=title: read_text(t, origin="pasted text", title=n))
        for text, title in request.texts
    ]
    for n, (name, reader) in enumerate(todo):
        if cancel():
            raise Cancelled("cancelled")
        progress(IMPORT_SHARE * n / max(1, len(todo)), f"Reading {_short(name)}")
        try:
            doc = reader()
            if any(d.origin == doc.origin and d.text == doc.text for d in documents):
                failures.append((name, "it is already in the comparison"))  # a second drop of the same file
            else:
                documents.append(doc)
        except SourceError as exc:
            failures.append((exc.origin, exc.reason))
        except OSError as exc:
            failures.append((name, exc.strerror or str(exc)))
        except ParallaxError as exc:
            failures.append((name, str(exc)))
        except Exception as exc:  # a reader bug must not lose the other sources
            failures.append((name, f"could not be read ({type(exc).__name__}: {exc})"))
    if len(documents) >= 2:
        comparison = compare(
            documents,
            progress=lambda f, m: progress(IMPORT_SHARE + (1 - IMPORT_SHARE) * f, m),
            cancel=cancel,
        )
    elif documents:
        from core.pipeline import build_sentences  # lazy: the engine loads only when needed

        sources, sentences = build_sentences(documents)
        comparison = Comparison(sources, sentences).with_statuses()
    else:
        comparison = None
    if comparison is not None and request.edits:
        comparison = apply_edits(comparison, request.edits)
    return Outcome(documents, comparison, failures)


def _short(name: str) -> str:
    return name if len(name) <= 60 else "…" + name[-59:]


def _pipeline_compare(documents: list[Document], **kwargs: Any) -> Comparison:
    """core.pipeline.compare, imported on first use (in the worker thread)."""
    from core.pipeline import compare

    return compare(documents, **kwargs)


class JobSignals(QObject):
    """Lives on the UI thread; the worker only emits (queued across threads)."""

    started = Signal(int)
    progress = Signal(int, float, str)
    finished = Signal(int, object)
    errored = Signal(int, str, str)
    cancelled = Signal(int)


class Job(QRunnable):
    def __init__(
        self, job_id: int, request: Request, compare: CompareFn, read: ReadFn | None, signals: JobSignals
    ) -> None:
        super().__init__()
        self.job_id = job_id
        self._request = request
        self._compare = compare
        self._read = read
        self.signals = signals
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        s, jid = self.signals, self.job_id
        s.started.emit(jid)
        try:
            outcome = run_request(
                self._request,
                compare=self._compare,
                read=self._read,
                progress=lambda f, m: s.progress.emit(jid, f, m),
                cancel=self._stop.is_set,
            )
            prepare_layout(outcome.comparison)  # rows and link maps built here, not on the UI thread
        except Cancelled:
            s.cancelled.emit(jid)
        except ParallaxError as exc:
            s.errored.emit(jid, str(exc), "")
        except Exception as exc:  # shown in the message bar with the traceback as details
            s.errored.emit(jid, f"The comparison failed: {type(exc).__name__}: {exc}", traceback.format_exc())
        else:
            s.finished.emit(jid, outcome)


class Runner(QObject):
    """Runs one job at a time from the UI's point of view; older jobs' results are dropped."""

    busyChanged = Signal(bool)
    progress = Signal(float, str)
    finished = Signal(object)  # Outcome of the current job
    errored = Signal(str, str)  # message, details
    cancelled = Signal()
    dropped = Signal(int)  # a stale job reported after a newer one started or it was cancelled (tests, logs)

    def __init__(
        self,
        compare: CompareFn | None = None,
        read: ReadFn | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._compare = compare or _pipeline_compare
        self._read = read
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)  # a cancelled job may still be winding down
        self._next_id = 0
        self._current: Job | None = None
        self._jobs: dict[int, Job] = {}  # alive until they report, so their signals stay connected

    @property
    def current_id(self) -> int | None:
        return self._current.job_id if self._current is not None else None

    def is_busy(self) -> bool:
        return self._current is not None

    def start(self, request: Request) -> int:
        if self._current is not None:
            self._current.cancel()
        self._next_id += 1
        signals = JobSignals(self)
        job = Job(self._next_id, request, self._compare, self._read, signals)
        signals.progress.connect(self._on_progress)
        signals.finished.connect(self._on_finished)
        signals.errored.connect(self._on_errored)
        signals.cancelled.connect(self._on_cancelled)
        was_busy = self._current is not None
        self._current = job
        self._jobs[job.job_id] = job
        self._pool.start(job)
        if not was_busy:
            self.busyChanged.emit(True)
        return job.job_id

    def cancel(self) -> None:
        """Cancel at once from the UI's point of view: a job blocked in a slow download or a long step
        winds down in the background and whatever it reports later is dropped, never shown."""
        if self._current is not None:
            self._current.cancel()
            self._current = None
            self.busyChanged.emit(False)
            self.cancelled.emit()

    def abandon(self) -> None:
        """Stop caring about the current job (a session replaced what it was computing)."""
        if self._current is not None:
            self._current.cancel()
            self._current = None
            self.busyChanged.emit(False)

    def wait(self, msecs: int = 5000) -> bool:
        """Cancel everything and wait for the threads (window closing)."""
        for job in self._jobs.values():
            job.cancel()
        return self._pool.waitForDone(msecs)

    def _is_current(self, job_id: int) -> bool:
        return self._current is not None and self._current.job_id == job_id

    def _retire(self, job_id: int) -> bool:
        """Forget a job that has reported; True if it was the current one."""
        job = self._jobs.pop(job_id, None)
        if job is not None:
            job.signals.deleteLater()
        if self._is_current(job_id):
            self._current = None
            self.busyChanged.emit(False)
            return True
        self.dropped.emit(job_id)
        return False

    @Slot(int, float, str)
    def _on_progress(self, job_id: int, fraction: float, message: str) -> None:
        if self._is_current(job_id):
            self.progress.emit(fraction, message)

    @Slot(int, object)
    def _on_finished(self, job_id: int, outcome: Any) -> None:
        if self._retire(job_id):
            self.finished.emit(outcome)

    @Slot(int, str, str)
    def _on_errored(self, job_id: int, message: str, details: str) -> None:
        if self._retire(job_id):
            self.errored.emit(message, details)

    @Slot(int)
    def _on_cancelled(self, job_id: int) -> None:
        if self._retire(job_id):
            self.cancelled.emit()
