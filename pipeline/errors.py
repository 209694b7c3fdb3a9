"""Every error the product raises, in one place.

Each carries where it happened (a file, a file and line) and why, and reads
like ``patterns/org.jsonl:12: unknown key 'lable'``. The CLI prints the
message and exits 1 with no traceback.
"""

from __future__ import annotations


class PipelineError(Exception):
    """Base class of the product's errors."""

    def __init__(self, where: str, reason: str):
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class InputError(PipelineError, ValueError):
    """An input document that cannot be read (empty, binary, undecodable, too big, malformed)."""


class PatternFileError(PipelineError, ValueError):
    """A pattern file with problems; ``problems`` lists every one found."""

    def __init__(self, where: str, reason: str, problems: list[str] | None = None):
        super().__init__(where, reason)
        self.problems = problems or []


class GoldFileError(PipelineError, ValueError):
    """A gold file that breaks the annotation guideline."""

    def __init__(self, where: str, reason: str, problems: list[str] | None = None):
        super().__init__(where, reason)
        self.problems = problems or []


class NormalisationError(ValueError):
    """A mention the normaliser cannot read as a value (``parse_amount("beaucoup")``)."""


class ArgumentError(PipelineError, ValueError):
    """A bad argument to the Python API (``published="hier"``)."""
