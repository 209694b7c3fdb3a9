"""The database sink on a real SQLite file and a real PostgreSQL server (started by .ci/run;
set TECHNEWS_TEST_POSTGRES_URL to run those here): idempotent writes, replaced documents,
interrupted runs, --skip-seen, and the README's queries."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.io.db import Database, period_bounds, run_query, write_records

from .conftest import ROOT, SEEDS

pytest.importorskip("sqlalchemy")

PG_URL = os.environ.get("TECHNEWS_TEST_POSTGRES_URL")
GOLD_ARTICLES = ROOT / "evaluation" / "gold" / "articles"


def _clear(url: str) -> None:
    from pipeline.io.db import METADATA, engine_for

    engine = engine_for(url)
    METADATA.drop_all(engine)
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'news.db'}"
        return
    if not PG_URL:
        pytest.skip("no PostgreSQL server: .ci/run starts one (TECHNEWS_TEST_POSTGRES_URL)")
    _clear(PG_URL)
    yield PG_URL
    _clear(PG_URL)


@pytest.fixture(scope="module")
def gold_records(nlp):
    from pipeline.api import extract_records
    from pipeline.io.readers import read_paths

    docs = [d for d in read_paths([str(GOLD_ARTICLES)], 2_000_000) if not isinstance(d, Exception)]
    return list(extract_records(docs[:12], nlp))


def _snapshot(url: str) -> dict:
    tables = {}
    for table, order in (("documents", "doc_id"), ("mentions", "doc_id, start_char"),
                         ("entities", "entity_id, label"), ("events", "doc_id, trigger_start")):
        tables[table] = run_query(url, f"SELECT * FROM {table} ORDER BY {order}")[1]
    return tables


@pytest.mark.parametrize("value, first, last", [
    ("2025", "2025-01-01", "2025-12-31"),
    ("2024-02", "2024-02-01", "2024-02-29"),
    ("2025-11-03", "2025-11-03", "2025-11-03"),
    ("2025-Q4", "2025-10-01", "2025-12-31"),
    ("2025-H1", "2025-01-01", "2025-06-30"),
    ("2025-W02", "2025-01-06", "2025-01-12"),
    ("2025-SU", "2025-06-01", "2025-08-31"),
    ("2025-WI", "2025-12-01", "2026-02-28"),
])
def test_period_bounds(value, first, last):
    assert period_bounds(value) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("value", ["", "PRESENT", "2025-13", "2025-Q9x", None])
def test_period_bounds_of_no_period(value):
    assert period_bounds(value) == (None, None)


def test_write_then_rerun_changes_nothing(db_url, gold_records):
    db = Database(db_url)
    assert write_records(gold_records, db, batch=5) == {"inserted": 12, "replaced": 0, "unchanged": 0}
    before = _snapshot(db_url)
    n_spans = sum(len(r["spans"]) for r in gold_records)
    assert len(before["mentions"]) == n_spans
    assert write_records(gold_records, Database(db_url)) == {"inserted": 0, "replaced": 0, "unchanged": 12}
    assert _snapshot(db_url) == before          # processed_at included: nothing was touched


def test_typed_columns_hold_the_norms(db_url, gold_records):
    write_records(gold_records, Database(db_url))
    money = [(s, r["id"]) for r in gold_records for s in r["spans"] if s["label"] == "MONEY"]
    span, doc_id = money[0]
    cols, rows = run_query(db_url, "SELECT amount, currency, text FROM mentions WHERE doc_id = :d AND "
                                   "start_char = :s", {"d": doc_id, "s": span["start"]})
    assert rows == [(pytest.approx(span["norm"]["amount"]), span["norm"]["currency"], span["text"])]
    dates = [(s, r["id"]) for r in gold_records for s in r["spans"] if s["label"] == "DATE"]
    span, doc_id = dates[0]
    _, rows = run_query(db_url, "SELECT date_value, date_end, date_norm FROM mentions WHERE doc_id = :d "
                                "AND start_char = :s", {"d": doc_id, "s": span["start"]})
    first, last = period_bounds(span["norm"]["value"])
    assert [tuple(str(v) for v in row) for row in rows] == [(str(first), str(last), span["norm"]["value"])]


def test_changed_document_is_replaced_whole(db_url, gold_records):
    db = Database(db_url)
    write_records(gold_records, db)
    changed = dict(gold_records[0], text=gold_records[0]["text"][:200],
                   spans=[s for s in gold_records[0]["spans"] if s["end"] <= 200])
    assert db.write([changed]) == {"inserted": 0, "replaced": 1, "unchanged": 0}
    _, rows = run_query(db_url, "SELECT start_char, end_char FROM mentions WHERE doc_id = :d ORDER BY start_char",
                        {"d": changed["id"]})
    assert rows == [(s["start"], s["end"]) for s in changed["spans"]]
    _, docs = run_query(db_url, "SELECT count(*) FROM documents")
    assert docs == [(12,)]


def test_entities_follow_replacements(db_url, gold_records):
    """A name seen only in a document whose new text drops it leaves the entities table."""
    db = Database(db_url)
    write_records(gold_records, db)
    rec = gold_records[0]
    counts: dict = {}
    for r in gold_records:
        for key in {(s["norm"]["id"], s["label"]) for s in r["spans"] if s["label"] in ("ORG", "PRODUCT")}:
            counts[key] = counts.get(key, 0) + 1
    only_here = next(k for k in {(s["norm"]["id"], s["label"]) for s in rec["spans"] if s["label"] == "ORG"}
                     if counts[k] == 1)
    stripped = dict(rec, text=rec["text"] + " ", spans=[s for s in rec["spans"]
                                                       if (s.get("norm") or {}).get("id") != only_here[0]])
    db.write([stripped])
    _, rows = run_query(db_url, "SELECT documents FROM entities WHERE entity_id = :e AND label = :l",
                        {"e": only_here[0], "l": only_here[1]})
    assert rows == []


def test_interrupted_run_leaves_no_half_document(db_url, gold_records):
    def stream():
        for i, rec in enumerate(gold_records):
            if i == 6:
                raise KeyboardInterrupt
            yield rec

    db = Database(db_url)
    with pytest.raises(KeyboardInterrupt):
        write_records(stream(), db, batch=4)
    _, docs = run_query(db_url, "SELECT doc_id FROM documents ORDER BY doc_id")
    assert sorted(d for (d,) in docs) == sorted(r["id"] for r in gold_records[:4])   # the first batch only
    for rec in gold_records[:4]:
        _, rows = run_query(db_url, "SELECT count(*) FROM mentions WHERE doc_id = :d", {"d": rec["id"]})
        assert rows == [(len(rec["spans"]),)]
    # the next run completes it
    assert write_records(gold_records, Database(db_url))["inserted"] == len(gold_records) - 4


def test_cli_skip_seen_processes_only_new_or_changed(db_url, tmp_path, capsys):
    folder = tmp_path / "news"
    shutil.copytree(SEEDS, folder)
    assert main(["extract", str(folder), "--db", db_url, "-q"]) == 0
    assert "2 inserted" in capsys.readouterr().err
    assert main(["extract", str(folder), "--db", db_url, "--skip-seen", "-q"]) == 0
    assert "2 document(s) already in the database" in capsys.readouterr().err
    first = sorted(folder.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nMise à jour : Mistral AI a réagi.\n", encoding="utf-8")
    (folder / "nouveau.txt").write_text("Le 3 mars 2025, Doctolib a levé 50 millions d'euros.", encoding="utf-8")
    assert main(["extract", str(folder), "--db", db_url, "--skip-seen", "-q"]) == 0
    err = capsys.readouterr().err
    assert "1 inserted, 1 replaced, 0 unchanged, 1 skipped as seen" in err


def test_cli_db_and_output_together(db_url, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(SEEDS), "--db", db_url, "-o", str(out), "-q"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    _, rows = run_query(db_url, "SELECT doc_id FROM documents ORDER BY doc_id")
    assert [d for (d,) in rows] == sorted(r["id"] for r in records)


@pytest.mark.parametrize("argv, message", [
    (["--skip-seen"], "--skip-seen: needs --db"),
    (["--db", "nosuchdialect://x"], "--db: cannot use"),
])
def test_cli_db_errors(argv, message, capsys):
    assert main(["extract", str(SEEDS), *argv]) == 1
    assert message in capsys.readouterr().err


def _readme_queries() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Querying the database", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```", section, re.S)


def test_readme_queries_return_what_the_records_say(db_url, tmp_path):
    """The README's three queries, run on the seed articles, give the rows the records give."""
    out = tmp_path / "seeds.jsonl"
    assert main(["extract", str(SEEDS), str(GOLD_ARTICLES), "--db", db_url, "-o", str(out), "-q"]) in (0, 1)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    queries = _readme_queries()
    assert len(queries) >= 3
    by_id = {r["id"]: r for r in records}

    # 1. amounts of at least 10 million euros in articles published in September 2025
    _, rows = run_query(db_url, queries[0])
    expected = sorted((r["id"], s["text"]) for r in by_id.values() for s in r["spans"]
                      if s["label"] == "MONEY" and s["norm"]["currency"] == "EUR" and s["norm"]["amount"] >= 1e7
                      and "2025-09-01" <= r["meta"].get("published", "") <= "2025-09-30")
    assert sorted((row[1], row[2]) for row in rows) == expected and expected
    # 2. the articles that name Meta Platforms, newest first
    _, rows = run_query(db_url, queries[1])
    expected = {r["id"] for r in by_id.values()
                if any(s["label"] == "ORG" and s["norm"]["id"] == "Meta Platforms" for s in r["spans"])}
    assert {row[1] for row in rows} == expected and expected
    # 3. funding rounds above 10 million euros, with their investors
    _, rows = run_query(db_url, queries[2])
    expected = set()
    for r in by_id.values():
        for ev in r.get("events", []):
            amount = ev["roles"].get("amount")
            span = next((s for s in r["spans"] if amount and [s["start"], s["end"]] == list(amount)), None)
            if ev["type"] == "funding" and span and span["norm"]["currency"] == "EUR" and span["norm"]["amount"] > 1e7:
                expected.add(r["id"])
    assert {row[1] for row in rows} == expected and expected
