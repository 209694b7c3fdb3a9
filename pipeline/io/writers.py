"""Write JSONL records so that an interrupted run never leaves a file that looks complete."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator


def dumps(record: dict) -> str:
    # U+2028 and U+2029 are line ends for many readers (Python's splitlines among
    # them): escaped, a record stays on its line; JSON reads them back the same.
    return json.dumps(record, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n"


def output_target(path: str | Path | None) -> Path | None:
    """Where ``-o`` writes, checked before any work: a symlink is followed to its
    target; a folder, a device or a pipe is refused; the folder must be writable.
    RETURNS the real path (None for stdout); raises PipelineError."""
    from ..errors import PipelineError

    if path is None or str(path) == "-":
        return None
    target = Path(os.path.realpath(path))
    if target.exists() and not target.is_file():
        kind = "a folder" if target.is_dir() else "not a regular file (a device or a pipe)"
        raise PipelineError(str(path), f"output path is {kind}; refusing to replace it")
    parent = target.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise PipelineError(str(path), f"cannot create the output folder: {e.strerror}") from None
    if not os.access(parent, os.W_OK | os.X_OK):
        raise PipelineError(str(path), f"cannot write in {parent}")
    return target


@contextmanager
def open_output(path: str | Path | None) -> Iterator[IO[str]]:
    """Yield a text stream for the records.

    ``None`` or ``-`` is stdout. A path gets a temporary file beside its real
    target (a symlink is written through), renamed over it only when the block
    ends without an exception (KeyboardInterrupt and SIGTERM included); otherwise
    the temporary file is removed and any earlier file is left as it was. The
    file keeps the mode of the one it replaces, or gets the umask's.
    """
    target = output_target(path)
    if target is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    if target.exists():
        mode = target.stat().st_mode & 0o7777
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_jsonl(records, path: str | Path | None) -> int:
    """Write records atomically; RETURNS how many were written."""
    n = 0
    with open_output(path) as f:
        for r in records:
            f.write(dumps(r))
            n += 1
    return n
