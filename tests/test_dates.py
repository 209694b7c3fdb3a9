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
