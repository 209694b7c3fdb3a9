"""DATE end to end: span and TIMEX3 value of every date in real French sentences."""

from __future__ import annotations

import pytest

from .cases.date_cases import DATE_CASES, KNOWN_FAILURES

CASES = [pytest.param(*c[1:], id=c[0], marks=[pytest.mark.xfail(strict=True)] if c[0] in KNOWN_FAILURES else [])
         for c in DATE_CASES]


@pytest.mark.parametrize("sentence,published,expected", CASES)
def test_dates_spans_and_values(extract, sentence, published, expected):
    rec = extract(sentence, published)
    got = [(s["text"], s["norm"]["value"]) for s in rec["spans"] if s["label"] == "DATE"]
    assert got == expected


def test_dates_undated_articles_never_crash(extract):
    """The same sentences in an article with no publication date and no earlier
    date: every DATE still gets a value (unknown parts as X)."""
    for _, sentence, _, _ in DATE_CASES:
        rec = extract(sentence, None)
        assert all(s["norm"].get("value") for s in rec["spans"] if s["label"] == "DATE"), sentence
