"""French tech-news entity extraction: ORG, PRODUCT, MONEY and DATE, each with a
normalised value a database can use.

    >>> import pipeline
    >>> nlp = pipeline.load()                                   # doctest: +SKIP
    >>> pipeline.extract_text("Nvidia investit 10 milliards de dollars.", nlp)  # doctest: +SKIP

Importing the package is cheap: spaCy loads on the first ``load()``.
"""

from .io.readers import Document

__version__ = "0.2.0"
__all__ = ["Document", "load", "extract_records", "extract_text", "__version__"]


def load(patterns_dir=None, **kwargs):
    """The assembled spaCy pipeline (see ``pipeline.assemble.load``)."""
    from .assemble import load as _load

    return _load(patterns_dir, **kwargs)


def extract_records(documents, nlp=None, **kwargs):
    """Records for documents (see ``pipeline.api.extract_records``)."""
    from .api import extract_records as _extract

    return _extract(documents, nlp, **kwargs)


def extract_text(text, nlp=None, **kwargs):
    """One record for one text (see ``pipeline.api.extract_text``)."""
    from .api import extract_text as _extract

    return _extract(text, nlp, **kwargs)
