"""Shared fixtures: the pipeline is loaded once per test session (~5 s)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "evaluation" / "gold"


@pytest.fixture(scope="session")
def nlp():
    import pipeline

    return pipeline.load()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text, published=None) -> record, with the session's pipeline."""
    from pipeline.api import extract_text

    def run(text: str, published: str | dt.date | None = None) -> dict:
        return extract_text(text, nlp, published=str(published) if published else None)

    return run


def spans_of(record: dict, label: str) -> list[tuple[str, dict]]:
    return [(s["text"], s["norm"]) for s in record["spans"] if s["label"] == label]
