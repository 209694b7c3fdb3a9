"""Records into a database a newsroom can query: SQLite by default, PostgreSQL for a shared one.

One code path for both (SQLAlchemy Core). Tables, normalised for queries:

- ``documents``: one row per article (``doc_id``, ``source``, ``published``, the
  text's SHA-256, when and by which pipeline version it was processed);
- ``mentions``: one row per span, its norm in typed columns (``entity_id`` for
  ORG/PRODUCT, ``amount``/``amount_max``/``currency`` for MONEY, ``date_value``/
  ``date_end``, the first and last day of the period, and ``date_norm`` for DATE);
- ``entities``: one row per canonical id and label with the first and last
  publication date it was seen on and its number of documents;
- ``events`` and ``event_investors``: the deals of §2b, roles as typed columns.

Writes are idempotent: a document already stored with the same text hash and
pipeline version is left alone; one whose text changed is replaced whole. Each
batch of documents is one transaction, so an interrupted run leaves every
committed document whole and none half-written. The schema carries its version
(``schema_version``); ``MIGRATIONS`` brings an older database up to date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from functools import lru_cache
from typing import Iterable, Iterator

DEFAULT_DB = "sqlite:///news.db"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _season_bounds(year: int, code: str) -> tuple[dt.date, dt.date]:
    # Meteorological seasons: a query by month range finds them.
    first, last = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}[code]
    return dt.date(year, first, 1), _month_end(year + (last - 1) // 12, (last - 1) % 12 + 1)


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def period_bounds(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of a normalised DATE value (``2025``, ``2025-10``, ``2025-10-03``,
    ``2025-Q3``, ``2025-H2``, ``2025-W12``, ``2025-SU``); (None, None) for what is not one.

    >>> period_bounds("2025-Q3")
    (datetime.date(2025, 7, 1), datetime.date(2025, 9, 30))
    >>> period_bounds("2024-02")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    if not value or not value[:4].isdigit():
        return None, None
    year, rest = int(value[:4]), value[5:]
    try:
        if not rest:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if rest[0] == "Q" and rest[1:].isdigit():
            q = int(rest[1:])
            return dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
        if rest[0] == "H" and rest[1:].isdigit():
            h = int(rest[1:])
            return dt.date(year, 6 * h - 5, 1), _month_end(year, 6 * h)
        if rest[0] == "W" and rest[1:].isdigit():
            monday = dt.date.fromisocalendar(year, int(rest[1:]), 1)
            return monday, monday + dt.timedelta(days=6)
        if rest in ("SP", "SU", "FA", "WI"):
            return _season_bounds(year, rest)
        if len(rest) == 2:
            return dt.date(year, int(rest), 1), _month_end(year, int(rest))
        day = dt.date.fromisoformat(value[:10])
        return day, day
    except ValueError:
        return None, None


def engine_for(url: str):
    """A SQLAlchemy engine for ``url``; ``postgresql://`` uses psycopg 3 when psycopg2 is absent."""
    from sqlalchemy import create_engine, event

    from ..errors import PipelineError

    if url.startswith(("postgresql://", "postgres://")):
        import importlib.util

        if importlib.util.find_spec("psycopg2") is None:
            if importlib.util.find_spec("psycopg") is None:
                raise PipelineError("--db", "PostgreSQL needs a driver: pip install 'fr-technews-pipeline[postgres]'")
            url = "postgresql+psycopg://" + url.split("://", 1)[1]
    try:
        engine = create_engine(url, future=True)
    except Exception as e:  # noqa: BLE001 (a malformed URL or unknown dialect: one clear line)
        raise PipelineError("--db", f"cannot use {url!r}: {e}") from None
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(conn, record):   # cascades need the foreign keys on
            cur = conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.close()
    return engine


def _tables():
    from sqlalchemy import (Column, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData,
                            String, Table, Text)

    md = MetaData()
    t = {}
    t["schema_version"] = Table("schema_version", md, Column("version", Integer, primary_key=True),
                                Column("applied_at", DateTime(timezone=True)))
    t["documents"] = Table(
        "documents", md,
        Column("doc_id", String(512), primary_key=True),
        Column("source", Text),
        Column("published", Date, index=True),
        Column("text_hash", String(64), nullable=False, index=True),
        Column("text", Text, nullable=False),
        Column("processed_at", DateTime(timezone=True), nullable=False),
        Column("pipeline_version", String(64), nullable=False),
        Column("meta", Text),
    )
    t["mentions"] = Table(
        "mentions", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("doc_id", String(512), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
        Column("start_char", Integer, nullable=False),
        Column("end_char", Integer, nullable=False),
        Column("label", String(16), nullable=False),
        Column("text", Text, nullable=False),
        Column("entity_id", Text),
        Column("amount", Float),
        Column("amount_max", Float),
        Column("currency", String(8)),
        Column("date_value", Date),
        Column("date_end", Date),
        Column("date_norm", String(32)),
        Column("source", Text),
        Index("ix_mentions_doc", "doc_id"),
        Index("ix_mentions_entity", "label", "entity_id"),
        Index("ix_mentions_money", "label", "currency", "amount"),
        Index("ix_mentions_date", "label", "date_value"),
    )
    t["entities"] = Table(
        "entities", md,
        Column("entity_id", Text, primary_key=True),
        Column("label", String(16), primary_key=True),
        Column("first_seen", Date),
        Column("last_seen", Date),
        Column("documents", Integer, nullable=False),
    )
    t["events"] = Table(
        "events", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("doc_id", String(512), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
        Column("type", String(16), nullable=False),
        Column("trigger_start", Integer), Column("trigger_end", Integer), Column("trigger_text", Text),
        Column("company_id", Text),      # funding
        Column("acquirer_id", Text),     # acquisition
        Column("authority_id", Text),    # fine
        Column("target_id", Text),       # acquisition, fine
        Column("amount", Float),         # funding amount, acquisition price, fine amount
        Column("amount_max", Float),
        Column("currency", String(8)),
        Column("valuation", Float), Column("valuation_currency", String(8)),
        Column("round", String(16)),
        Column("status", String(16)),
        Column("reason", Text),
        Column("date_value", Date), Column("date_end", Date),
        Column("roles", Text, nullable=False),   # the record's roles as JSON (offsets)
        Index("ix_events_doc", "doc_id"),
        Index("ix_events_type_amount", "type", "currency", "amount"),
        Index("ix_events_target", "type", "target_id"),
        Index("ix_events_company", "type", "company_id"),
    )
    t["event_investors"] = Table(
        "event_investors", md,
        Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        Column("position", Integer, primary_key=True),   # 0 is the lead when the text names one
        Column("entity_id", Text, nullable=False),
        Index("ix_event_investors_entity", "entity_id"),
    )
    return md, t


@lru_cache(maxsize=1)
def _schema():
    return _tables()


def __getattr__(name: str):
    # SQLAlchemy is imported when the database is first used, not with the command line
    # (it would add 0.15 s to every command's start).
    if name == "METADATA":
        return _schema()[0]
    if name == "TABLES":
        return _schema()[1]
    raise AttributeError(name)

# Each migration brings the schema from the version before it; a database made by an
# older release is upgraded in place when it is opened.
MIGRATIONS = [
    (1, ("schema_version", "documents", "mentions", "entities")),
    (2, ("events", "event_investors")),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def migrate(engine) -> int:
    """Create or upgrade the schema; RETURNS the version now in force."""
    from sqlalchemy import func, inspect, select

    from ..errors import PipelineError

    with engine.begin() as conn:
        current = 0
        if inspect(conn).has_table("schema_version"):
            current = conn.execute(select(func.max(_schema()[1]["schema_version"].c.version))).scalar() or 0
        if current > SCHEMA_VERSION:
            raise PipelineError(str(engine.url), f"database schema version {current} is newer than this "
                                                 f"release's ({SCHEMA_VERSION}); upgrade the package")
        for version, names in MIGRATIONS:
            if version > current:
                for name in names:
                    _schema()[1][name].create(conn, checkfirst=True)
                conn.execute(_schema()[1]["schema_version"].insert().values(
                    version=version, applied_at=dt.datetime.now(dt.timezone.utc)))
        return SCHEMA_VERSION


def _money(norm) -> tuple:
    if not isinstance(norm, dict):
        return None, None, None
    return norm.get("amount"), norm.get("amount_max"), norm.get("currency")


def _date(norm) -> tuple:
    if not isinstance(norm, dict) or not norm.get("value"):
        return None, None, None
    first, last = period_bounds(norm["value"])
    if norm.get("end"):
        last = period_bounds(norm["end"])[1] or last
    value = norm["value"] + (f"/{norm['end']}" if norm.get("end") else "")
    return first, last, value


def mention_rows(record: dict) -> list[dict]:
    rows = []
    for sp in record.get("spans", []):
        norm, label = sp.get("norm"), sp["label"]
        amount, amount_max, currency = _money(norm) if label == "MONEY" else (None, None, None)
        first, last, date_norm = _date(norm) if label == "DATE" else (None, None, None)
        rows.append({
            "doc_id": record["id"], "start_char": sp["start"], "end_char": sp["end"], "label": label,
            "text": sp.get("text", record["text"][sp["start"]:sp["end"]]),
            "entity_id": norm.get("id") if isinstance(norm, dict) and label in ("ORG", "PRODUCT", "PER", "LOC")
            else None,
            "amount": amount, "amount_max": amount_max, "currency": currency,
            "date_value": first, "date_end": last, "date_norm": date_norm, "source": sp.get("source"),
        })
    return rows


def _span_at(record: dict, ref):
    if isinstance(ref, dict):
        ref = [ref.get("start"), ref.get("end")]
    if not isinstance(ref, (list, tuple)) or len(ref) != 2:
        return None
    return next((sp for sp in record.get("spans", []) if sp["start"] == ref[0] and sp["end"] == ref[1]), None)


def event_rows(record: dict) -> list[tuple[dict, list[str]]]:
    """(events row, investor ids) for each event of a record."""
    from ..gold.events import MONEY_ROLE

    out = []
    for ev in record.get("events", []):
        roles = ev.get("roles", {})

        def ident(role):
            sp = _span_at(record, roles.get(role))
            return (sp.get("norm") or {}).get("id", sp["text"]) if sp else None

        money = _span_at(record, roles.get(MONEY_ROLE.get(ev["type"], "amount")))
        amount, amount_max, currency = _money(money["norm"]) if money else (None, None, None)
        valuation = _span_at(record, roles.get("valuation"))
        val_amount, _, val_currency = _money(valuation["norm"]) if valuation else (None, None, None)
        date = _span_at(record, roles.get("date"))
        first, last, _ = _date(date["norm"]) if date else (None, None, None)
        trig = ev.get("trigger") or [None, None]
        row = {
            "doc_id": record["id"], "type": ev["type"], "trigger_start": trig[0], "trigger_end": trig[1],
            "trigger_text": record["text"][trig[0]:trig[1]] if trig[0] is not None else None,
            "company_id": ident("company"), "acquirer_id": ident("acquirer"),
            "authority_id": ident("authority"), "target_id": ident("target"),
            "amount": amount, "amount_max": amount_max, "currency": currency,
            "valuation": val_amount, "valuation_currency": val_currency,
            "round": roles.get("round"), "status": roles.get("status"), "reason": roles.get("reason"),
            "date_value": first, "date_end": last, "roles": json.dumps(roles, ensure_ascii=False),
        }
        investors = []
        for ref in roles.get("investors") or []:
            sp = _span_at(record, ref)
            if sp:
                investors.append((sp.get("norm") or {}).get("id", sp["text"]))
        out.append((row, investors))
    return out


class Database:
    """A database the records go into, opened (and migrated) once per run.

        >>> db = Database("sqlite://")                     # in memory
        >>> db.write([{"id": "a", "text": "Apple.", "meta": {"published": "2025-11-03"},
        ...            "spans": [{"start": 0, "end": 5, "label": "ORG", "norm": {"id": "Apple"}}]}])
        {'inserted': 1, 'replaced': 0, 'unchanged': 0}
    """

    def __init__(self, url: str = DEFAULT_DB, pipeline_version: str | None = None):
        from .. import __version__

        self.url = url
        self.engine = engine_for(url)
        self.version = pipeline_version or __version__
        from sqlalchemy.exc import SQLAlchemyError

        from ..errors import PipelineError

        try:
            migrate(self.engine)
        except SQLAlchemyError as e:
            raise PipelineError("--db", f"cannot open {self.engine.url.render_as_string()}: "
                                        f"{str(e).splitlines()[0]}") from None

    def known(self, pairs: list[tuple[str, str]]) -> set[tuple[str, str]]:
        """Which (doc_id, text_hash) pairs are stored already, by this pipeline version."""
        from sqlalchemy import select

        docs = _schema()[1]["documents"]
        ids = [p[0] for p in pairs]
        with self.engine.connect() as conn:
            rows = conn.execute(select(docs.c.doc_id, docs.c.text_hash).where(
                docs.c.doc_id.in_(ids), docs.c.pipeline_version == self.version)).all()
        return {(r.doc_id, r.text_hash) for r in rows}

    def write(self, records: list[dict]) -> dict:
        """Store a batch of records in one transaction; RETURNS counts of what happened."""
        from sqlalchemy import delete, insert, select

        docs, mentions, events, investors = (_schema()[1][n] for n in ("documents", "mentions", "events",
                                                                 "event_investors"))
        counts = {"inserted": 0, "replaced": 0, "unchanged": 0}
        now = dt.datetime.now(dt.timezone.utc)   # an audit column, never used to resolve a date
        with self.engine.begin() as conn:
            stored = {r.doc_id: (r.text_hash, r.pipeline_version) for r in conn.execute(
                select(docs.c.doc_id, docs.c.text_hash, docs.c.pipeline_version).where(
                    docs.c.doc_id.in_([r["id"] for r in records])))}
            touched: set[tuple[str, str]] = set()
            for rec in records:
                h = text_hash(rec["text"])
                before = stored.get(rec["id"])
                if before == (h, self.version):
                    counts["unchanged"] += 1
                    continue
                if before is not None:
                    touched |= self._entity_keys(conn, rec["id"])
                    conn.execute(delete(docs).where(docs.c.doc_id == rec["id"]))   # cascades
                    counts["replaced"] += 1
                else:
                    counts["inserted"] += 1
                meta = rec.get("meta") or {}
                published = meta.get("published")
                conn.execute(insert(docs).values(
                    doc_id=rec["id"], source=meta.get("source"),
                    published=dt.date.fromisoformat(published) if published else None,
                    text_hash=h, text=rec["text"], processed_at=now, pipeline_version=self.version,
                    meta=json.dumps(meta, ensure_ascii=False)))
                rows = mention_rows(rec)
                if rows:
                    conn.execute(insert(mentions), rows)
                touched |= {(r["entity_id"], r["label"]) for r in rows if r["entity_id"]}
                for row, investor_ids in event_rows(rec):
                    event_id = conn.execute(insert(events).values(**row)).inserted_primary_key[0]
                    if investor_ids:
                        conn.execute(insert(investors), [{"event_id": event_id, "position": i, "entity_id": e}
                                                         for i, e in enumerate(investor_ids)])
                stored[rec["id"]] = (h, self.version)   # the same id twice in a batch: the last one wins
            self._refresh_entities(conn, touched)
        return counts

    @staticmethod
    def _entity_keys(conn, doc_id: str) -> set[tuple[str, str]]:
        from sqlalchemy import select

        m = _schema()[1]["mentions"]
        return {(r.entity_id, r.label) for r in conn.execute(
            select(m.c.entity_id, m.c.label).where(m.c.doc_id == doc_id, m.c.entity_id.is_not(None)).distinct())}

    @staticmethod
    def _refresh_entities(conn, keys: set[tuple[str, str]]) -> None:
        """Recount the entities a batch touched, from the mentions (so a replaced document's
        old names lose it)."""
        from sqlalchemy import and_, delete, func, insert, select, tuple_

        if not keys:
            return
        m, d, ent = _schema()[1]["mentions"], _schema()[1]["documents"], _schema()[1]["entities"]
        keys_list = sorted(keys)
        for i in range(0, len(keys_list), 500):
            chunk = keys_list[i:i + 500]
            conn.execute(delete(ent).where(tuple_(ent.c.entity_id, ent.c.label).in_(chunk)))
            agg = (select(m.c.entity_id, m.c.label, func.min(d.c.published), func.max(d.c.published),
                          func.count(func.distinct(m.c.doc_id)))
                   .select_from(m.join(d, and_(m.c.doc_id == d.c.doc_id)))
                   .where(tuple_(m.c.entity_id, m.c.label).in_(chunk))
                   .group_by(m.c.entity_id, m.c.label))
            conn.execute(insert(ent).from_select(["entity_id", "label", "first_seen", "last_seen", "documents"],
                                                 agg))

    def close(self) -> None:
        self.engine.dispose()


def skip_seen(documents: Iterable, db: Database, on_skip=None, chunk: int = 256) -> Iterator:
    """The documents whose (id, text hash) the database does not hold yet, in order;
    read a chunk at a time so a growing folder costs one query per chunk."""
    import itertools

    it = iter(documents)
    while True:
        block = list(itertools.islice(it, chunk))
        if not block:
            return
        pairs = [(d.id, text_hash(d.text)) for d in block]
        known = db.known(pairs)
        for d, pair in zip(block, pairs):
            if pair in known:
                if on_skip:
                    on_skip(d)
            else:
                yield d


def write_records(records: Iterable[dict], db: Database, batch: int = 64) -> dict:
    """Store records, one transaction per ``batch`` of them; RETURNS the summed counts."""
    import itertools

    totals = {"inserted": 0, "replaced": 0, "unchanged": 0}
    it = iter(records)
    while True:
        block = list(itertools.islice(it, batch))
        if not block:
            return totals
        for k, v in db.write(block).items():
            totals[k] += v


def run_query(url: str, sql: str, params: dict | None = None) -> tuple[list[str], list[tuple]]:
    """(column names, rows) of one SQL statement on the database at ``url``."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from ..errors import PipelineError

    engine = engine_for(url)
    try:
        with engine.connect() as conn:
            result = conn.execute(text(sql), params or {})
            return list(result.keys()), [tuple(r) for r in result]
    except SQLAlchemyError as e:
        raise PipelineError("query", str(e.orig if getattr(e, "orig", None) else e).splitlines()[0]) from None
    finally:
        engine.dispose()


def add_query_parser(sub) -> None:
    import argparse

    q = sub.add_parser(
        "query", help="run one SQL query on the database that extract --db filled",
        description="Run one SQL statement on the records' database (SQLite or PostgreSQL) and print the rows "
                    "as tab-separated text with a header. Tables: documents, mentions, entities, events, "
                    "event_investors (README, 'Querying the database').",
        epilog="examples:\n"
               "  python -m pipeline query --db sqlite:///news.db \"SELECT label, count(*) FROM mentions GROUP BY label\"\n"
               "  python -m pipeline query --db sqlite:///news.db -f rounds.sql\n",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    q.add_argument("sql", nargs="?", help="the SQL statement (or -f FILE)")
    q.add_argument("-f", "--file", help="read the SQL statement from this file")
    q.add_argument("--db", default=DEFAULT_DB, metavar="URL", help="database URL (default %(default)s)")
    q.set_defaults(func=cmd_query)


def cmd_query(args) -> int:
    import sys
    from pathlib import Path

    from ..errors import PipelineError

    if bool(args.sql) == bool(args.file):
        raise PipelineError("query", "give the SQL statement or -f FILE (one of them)")
    sql = Path(args.file).read_text(encoding="utf-8") if args.file else args.sql
    if args.db.startswith("sqlite:///") and not Path(args.db[len("sqlite:///"):]).exists():
        raise PipelineError(args.db, "no such database file (run extract --db first)")
    columns, rows = run_query(args.db, sql)
    print("\t".join(columns))
    for row in rows:
        print("\t".join("" if v is None else str(v) for v in row))
    print(f"{len(rows)} row(s)", file=sys.stderr)
    return 0
