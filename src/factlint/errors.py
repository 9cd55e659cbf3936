"""The one kind of error a user's own file can cause: it names the file, the line and what is wrong."""
from __future__ import annotations


class UserError(Exception):
    """A problem with a file a user wrote or handed us. Printed as one line, never as a traceback."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        message = _one_line(message)  # a quoted key or value may hold a line break
        super().__init__(message)
        self.path = path
        self.line = line
        self.message = message

    def __reduce__(self):  # rebuilt whole when it comes back from a worker process
        return UserError, (self.path, self.message, self.line)

    def __str__(self) -> str:
        where = f"{_one_line(self.path)}:{self.line}" if self.line else _one_line(self.path)
        return f"{where}: {self.message}"


def _one_line(text: str) -> str:
    return text.replace("\r", "\\r").replace("\n", "\\n")
