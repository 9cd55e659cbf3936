"""A progress bar with the rate and the time left, on a terminal, for runs that last more than a moment."""
from __future__ import annotations

import sys
import time

DELAY = 2.0  # seconds before the bar appears: a quick run prints nothing extra


class Progress:
    def __init__(self, total: int, enabled: bool) -> None:
        """`enabled`: the caller found standard error a terminal and was not asked to be quiet."""
        self.total = total
        self.enabled = enabled and total > 1
        self.done = 0
        self.started = time.monotonic()
        self._bar = None
        self._task = None

    def advance(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        if self._bar is None:
            if time.monotonic() - self.started < DELAY:
                return
            self._show()
        self._bar.update(self._task, completed=self.done, rate=f"{self.done / (time.monotonic() - self.started):,.0f} files/s")

    def _show(self) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)

        self._bar = Bar(TextColumn("checking"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"),
                        TimeRemainingColumn(), console=Console(file=sys.stderr), transient=True)
        self._task = self._bar.add_task("check", total=self.total, rate="")
        self._bar.start()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
