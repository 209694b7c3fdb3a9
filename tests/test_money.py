"""MONEY end to end: span and norm of every amount in real French sentences."""

from __future__ import annotations

import pytest

from .cases.money_cases import KNOWN_FAILURES, MONEY_CASES

CASES = [pytest.param(*c[1:], id=c[0], marks=[pytest.mark.xfail(strict=True)] if c[0] in KNOWN_FAILURES else [])
         for c in MONEY_CASES]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_money_spans_and_norms(extract, sentence, expected):
    rec = extract(sentence, "2025-11-22")
    got = [(s["text"], s["norm"]) for s in rec["spans"] if s["label"] == "MONEY"]
    assert [g[0] for g in got] == [e[0] for e in expected]
    for (text, norm), (_, amount, currency, amount_max) in zip(got, expected):
        assert norm["currency"] == currency, text
        assert norm["amount"] == pytest.approx(amount, rel=1e-9), text
        if amount_max is None:
            assert "amount_max" not in norm, text
        else:
            assert norm["amount_max"] == pytest.approx(amount_max, rel=1e-9), text
