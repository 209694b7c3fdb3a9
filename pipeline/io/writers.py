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
    return json.dumps(record, ensure_ascii=False) + "\n"


@contextmanager
def open_output(path: str | Path | None) -> Iterator[IO[str]]:
    """Yield a text stream for the records.

    ``None`` or ``-`` is stdout. A path gets a temporary file beside it,
    renamed over the path only when the block ends without an exception
    (KeyboardInterrupt included); otherwise the temporary file is removed
    and any earlier file at the path is left as it was.
    """
    if path is None or str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
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
