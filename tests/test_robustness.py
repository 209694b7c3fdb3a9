"""Pathological text finishes in seconds, not minutes (spaCy issue #1078 and
regexes with nested quantifiers are the usual culprits). A SIGALRM turns a
hang into a failure instead of a stuck CI run; the budget is generous on
purpose, this is not a speed measurement."""

from __future__ import annotations

import signal

import pytest

BUDGET_S = 60


@pytest.fixture
def deadline():
    def on_alarm(signum, frame):
        raise TimeoutError(f"took more than {BUDGET_S} s")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(BUDGET_S)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize("text", [
    "a" * 100_000,
    "10 000 € " * 20_000,
    "'-" * 50_000,
    "'" * 30_000 + "-" * 30_000,
    "d'" * 20_000 + "Nvidia",
    "1" * 50_000,
    "milliards de dollars " * 5_000,
    "le lendemain " * 5_000,
    "Le rachat de " + " ".join(f"Nom{chr(65 + i % 26)}{i}" for i in range(20_000)),
    "La start-up " + ", ".join(f"Nom{chr(65 + i % 26)}{i}" for i in range(10_000)),
], ids=["long-word", "repeated-amounts", "apostrophes-hyphens", "apostrophes-then-hyphens",
        "elisions", "long-number", "repeated-scales", "repeated-anaphora", "long-run-of-names",
        "long-list-of-names"])
def test_robustness_pathological_text(extract, deadline, text):
    rec = extract(text, "2025-11-22")
    for s in rec["spans"]:
        assert text[s["start"]:s["end"]] == s["text"]


def test_robustness_repeated_amounts_are_all_found(extract, deadline):
    text = "10 000 € " * 2_000
    rec = extract(text)
    money = [s for s in rec["spans"] if s["label"] == "MONEY"]
    assert len(money) == 2_000
    assert all(s["norm"] == {"amount": 10000, "currency": "EUR"} for s in money)
