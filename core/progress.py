"""Progress reporting and cancellation for long jobs, with no threading assumptions.

The engine calls `job.step(...)` between chunks of work; the window runs the
engine in a worker thread and passes callbacks that emit signals and read a
cancel flag. `Cancelled` unwinds the job cleanly at the next step.
"""

from __future__ import annotations

from collections.abc import Callable

from core.errors import Cancelled

ProgressFn = Callable[[float, str], None]
CancelFn = Callable[[], bool]


class Job:
    """A progress range [lo, hi] of an overall job, with a shared cancel check."""

    def __init__(
        self,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
        lo: float = 0.0,
        hi: float = 1.0,
    ) -> None:
        self._progress = progress
        self._cancel = cancel
        self._lo = lo
        self._hi = hi

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop."""
        if self._cancel is not None and self._cancel():
            raise Cancelled("cancelled")

    def step(self, fraction: float, message: str = "") -> None:
        """Report progress within this job's range (0..1) and honour cancellation."""
        self.check()
        if self._progress is not None:
            f = min(1.0, max(0.0, fraction))
            self._progress(self._lo + (self._hi - self._lo) * f, message)

    def sub(self, lo: float, hi: float) -> Job:
        """A child job covering [lo, hi] of this job's range."""
        span = self._hi - self._lo
        return Job(self._progress, self._cancel, self._lo + span * lo, self._lo + span * hi)
