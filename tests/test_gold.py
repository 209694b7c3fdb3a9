"""The gold validator: the gold set passes, and each kind of corruption is rejected."""

from __future__ import annotations

import copy
import json

import pytest

from pipeline.errors import GoldFileError
from pipeline.gold.validate import check_record, iso4217, validate, validate_file

from .conftest import GOLD

CODES = iso4217()
TEXT = ("Le 18 novembre 2025, Nvidia et la CNIL ont vu Microsoft 365 Copilot lever "
        "environ 30 milliards de dollars, contre 2 milliards l'an dernier.")
GOOD = {
    "id": "ex", "text": TEXT, "meta": {"published": "2025-11-22"},
    "spans": [
        {"start": 3, "end": 19, "label": "DATE", "norm": {"value": "2025-11-18"}},
        {"start": 21, "end": 27, "label": "ORG", "norm": {"id": "Nvidia"}},
        {"start": 34, "end": 38, "label": "ORG", "norm": {"id": "Commission nationale de l'informatique et des libertés"}},
        {"start": 46, "end": 67, "label": "PRODUCT", "norm": {"id": "Microsoft 365 Copilot"}},
        {"start": 82, "end": 105, "label": "MONEY", "text": "30 milliards de dollars",
         "norm": {"amount": 30000000000, "currency": "USD"}},
        {"start": 114, "end": 125, "label": "MONEY", "norm": {"amount": 2000000000, "currency": "USD"}},
        {"start": 126, "end": 138, "label": "DATE", "norm": {"value": "2024"}},
    ]}


def test_gold_example_record_is_valid():
    assert [TEXT[s["start"]:s["end"]] for s in GOOD["spans"]] == [
        "18 novembre 2025", "Nvidia", "CNIL", "Microsoft 365 Copilot", "30 milliards de dollars",
        "2 milliards", "l'an dernier"]
    assert check_record(GOOD, CODES) == []


def _corrupt(fn):
    rec = copy.deepcopy(GOOD)
    fn(rec)
    return rec


def _set(i, **kw):
    return lambda r: r["spans"][i].update(kw)


CORRUPTIONS = {
    "offsets-outside-text": (_set(0, end=10_000), "not inside the text"),
    "text-does-not-match": (_set(4, start=83), "not the span's text"),
    "overlap": (_set(2, start=25), "overlaps"),
    "unsorted": (lambda r: r["spans"].reverse(), "not sorted"),
    "unknown-label": (_set(1, label="COMPANY"), "unknown label"),
    "amount-not-number": (_set(4, norm={"amount": "30 milliards", "currency": "USD"}), "is not a number"),
    "currency-not-iso": (_set(4, norm={"amount": 3e10, "currency": "$"}), "ISO 4217"),
    "date-not-timex": (_set(0, norm={"value": "18/11/2025"}), "TIMEX3"),
    "date-bad-mod": (_set(0, norm={"value": "2025-11-18", "mod": "LATE"}), "mod"),
    "org-without-id": (_set(1, norm={}), "non-empty 'id'"),
    "leading-space": (_set(1, start=20), "whitespace"),
    "trailing-punctuation": (_set(0, end=20), "punctuation"),
    "leading-article": (_set(2, start=31), "article or preposition 'la'"),
    "money-qualifier": (lambda r: r["spans"][4].update(start=74, text=None) or r["spans"][4].pop("text"),
                        "qualifier 'environ'"),
    "date-article-before-absolute": (_set(0, start=0), "stays outside an absolute date"),
    "date-preposition": (lambda r: r.update(text=r["text"].replace("Le 18", "En 18")) or
                         r["spans"][0].update(start=0), "preposition 'en'"),
}


@pytest.mark.parametrize("name", sorted(CORRUPTIONS))
def test_gold_corruption_is_rejected(name):
    fn, reason = CORRUPTIONS[name]
    problems = check_record(_corrupt(fn), CODES)
    assert any(reason in p for p in problems), problems


def test_gold_validate_file_names_file_and_line(tmp_path):
    bad = _corrupt(_set(1, label="COMPANY"))
    p = tmp_path / "g.jsonl"
    p.write_text(json.dumps(GOOD) + "\n" + json.dumps({**bad, "id": "ex2"}) + "\n{oops\n", encoding="utf-8")
    n, problems = validate_file(p)
    assert n == 3
    assert any(pr.startswith(f"{p}:2: span 1") and "unknown label" in pr for pr in problems)
    assert any(pr.startswith(f"{p}:3: malformed JSON") for pr in problems)
    with pytest.raises(GoldFileError):
        validate(p)


def test_gold_duplicate_ids(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text(json.dumps(GOOD) + "\n" + json.dumps(GOOD) + "\n", encoding="utf-8")
    _, problems = validate_file(p)
    assert any("already used on line 1" in pr for pr in problems)


@pytest.mark.skipif(not list(GOLD.glob("*.jsonl")), reason="no gold file yet")
def test_gold_set_is_valid():
    n = validate(GOLD)
    assert n >= 2


@pytest.mark.skipif(not list(GOLD.glob("*.jsonl")), reason="no gold file yet")
def test_gold_seeds_are_in_the_gold_set_unchanged():
    from .conftest import SEEDS

    records = {json.loads(line)["id"]: json.loads(line) for f in GOLD.glob("*.jsonl")
               for line in f.read_text(encoding="utf-8").splitlines() if line.strip()}
    for seed in SEEDS.glob("*.txt"):
        assert records[seed.stem]["text"] == seed.read_text(encoding="utf-8")


def test_gold_build_renders_articles_beside_its_output(tmp_path):
    """Building another set (a training folder, a new hold-out) writes its articles next to its
    JSONL, never into evaluation/gold/articles."""
    from pipeline.cli import main

    src = tmp_path / "src"
    src.mkdir()
    (src / "x1.ann").write_text("@layout: md\n@published: 2025-06-12\n===\n"
                                "# [[Kerbalto|ORG]] lève [[3 millions d'euros|MONEY|3e6 EUR]]\n", encoding="utf-8")
    before = set((GOLD / "articles").iterdir())
    assert main(["gold", "build", str(src), "-o", str(tmp_path / "set" / "set.jsonl")]) == 0
    assert (tmp_path / "set" / "articles" / "x1.md").read_text(encoding="utf-8").startswith("# Kerbalto")
    assert set((GOLD / "articles").iterdir()) == before


@pytest.mark.parametrize("surface,norm,expected", [
    ("1,2 milliard d'euros", "1.2e9 EUR", {"amount": 1200000000, "currency": "EUR"}),
    ("4,99 à 14,99 euros", "4.99-14.99 EUR", {"amount": 4.99, "amount_max": 14.99, "currency": "EUR"}),
    # a loss keeps its sign (guideline §4), with a hyphen or the minus sign U+2212
    ("-1,2 milliard d'euros", "-1.2e9 EUR", {"amount": -1200000000, "currency": "EUR"}),
    ("−350 millions de dollars", "−350000000 USD", {"amount": -350000000, "currency": "USD"}),
])
def test_inline_money_norm(surface, norm, expected):
    from pipeline.gold.inline import strip_annotations

    text, spans = strip_annotations(f"La perte atteint [[{surface}|MONEY|{norm}]].", "ex")
    assert text == f"La perte atteint {surface}."
    assert spans[0]["norm"] == expected


@pytest.mark.parametrize("surface", ["-55 millions d'euros", "−350 millions de dollars"])
def test_a_signed_amount_is_a_valid_span(surface):
    text = f"Le résultat opérationnel passe à {surface}."
    start = text.index(surface)
    rec = {"id": "ex", "text": text, "meta": {"published": "2016-05-13"},
           "spans": [{"start": start, "end": start + len(surface), "label": "MONEY",
                      "norm": {"amount": -55000000 if "55" in surface else -350000000,
                               "currency": "EUR" if "euros" in surface else "USD"}}]}
    assert check_record(rec, CODES) == []


def test_a_dash_before_a_word_is_still_punctuation():
    text = "Le groupe - Orange - progresse."
    rec = {"id": "ex", "text": text, "meta": {"published": "2016-05-13"},
           "spans": [{"start": 10, "end": 18, "label": "ORG", "norm": {"id": "Orange"}}]}
    assert any("punctuation" in p for p in check_record(rec, CODES))


@pytest.mark.parametrize("text, mention, valid", [
    # a brand that ends on its own apostrophe (stop 53, dev_real3); a quoted name stays an error
    ("L'application Bankin' lance les virements.", "Bankin'", True),
    ("L'application 'Kervalo' lance les virements.", "'Kervalo'", False),
    ("Le groupe Kervalo, Datavolt progresse.", "Kervalo,", False),
    # or on its exclamation mark (stop 54, dev_real4: the game "Keep it Alive!"); not a sentence's
    ("Le studio sort Keep it Alive! sur Switch.", "Keep it Alive!", True),
    ("Le studio sort Kervalo !", "Kervalo !", False),
])
def test_a_brands_own_apostrophe_ends_a_name(text, mention, valid):
    start = text.index(mention)
    rec = {"id": "ex", "text": text, "meta": {"published": "2016-05-13"},
           "spans": [{"start": start, "end": start + len(mention), "label": "PRODUCT", "norm": {"id": mention}}]}
    assert (not any("punctuation" in p for p in check_record(rec, CODES))) == valid


def test_inline_money_norm_rejects_a_word():
    from pipeline.gold.inline import InlineFormatError, strip_annotations

    with pytest.raises(InlineFormatError, match="MONEY norm"):
        strip_annotations("Une perte de [[2 milliards|MONEY|moins 2e9 EUR]].", "ex")


@pytest.mark.parametrize("trigger, keys", [
    ("[[ont respectivement levé|EV|e1,e2]]", ["e1", "e2"]),
    ("[[ont respectivement levé|EV|e1, e2]]", ["e1", "e2"]),
])
def test_one_trigger_may_state_several_events_of_a_list(tmp_path, trigger, keys):
    """A roundup's verb shared by its rounds (stop 40: every writer of the real sets met it)."""
    from pipeline.gold.inline import convert

    src = tmp_path / "roundup.ann"
    src.write_text("@published: 2024-05-03\n===\n[[Kervalo|ORG]] et [[Datavolt|ORG]] " + trigger
                   + " [[5 millions d'euros|MONEY|5e6 EUR]] et [[8 millions d'euros|MONEY|8e6 EUR]].\n\n"
                   "=== events ===\n"
                   "e1 funding | company: Kervalo | amount: 5 millions d'euros\n"
                   "e2 funding | company: Datavolt | amount: 8 millions d'euros\n", encoding="utf-8")
    (tmp_path / "articles").mkdir()
    rec = convert(src, tmp_path / "articles")
    text = rec["text"]
    assert [text[slice(*ev["trigger"])] for ev in rec["events"]] == ["ont respectivement levé"] * len(keys)
    assert [text[slice(*ev["roles"]["company"])] for ev in rec["events"]] == ["Kervalo", "Datavolt"]
    assert check_record(rec, CODES) == []


@pytest.mark.parametrize("layout", ["md", "txt", "html"])
def test_a_stripped_source_is_the_same_text_unlabelled(tmp_path, layout):
    """`gold strip` gives a second annotator the text to the character: labelled again and built,
    its offsets meet the first annotator's (README, "Agreement between annotators")."""
    from pipeline.cli import main

    src = tmp_path / "src"
    src.mkdir()
    (src / "k1.ann").write_text(
        f"@layout: {layout}\n@published: 2024-05-03\n@url: https://example.org/k1\n===\n"
        "# [[Kervalo|ORG]] [[lève|EV|e1]] [[5 millions d'euros|MONEY|5e6 EUR]]\n\n"
        "La start-up [[Kervalo|ORG]] a bouclé son tour auprès de [[Partech|ORG]] [[mardi|DATE|2024-04-30]].\n\n"
        "=== events ===\ne1 funding | company: Kervalo | amount: 5 millions d'euros | investors: Partech\n",
        encoding="utf-8")
    assert main(["gold", "strip", str(src), "-o", str(tmp_path / "blind")]) == 0
    blind = (tmp_path / "blind" / "k1.ann").read_text(encoding="utf-8")
    assert "[[" not in blind and "@url" not in blind and "=== events ===" not in blind
    assert main(["gold", "build", str(src), "-o", str(tmp_path / "a" / "a.jsonl")]) == 0
    assert main(["gold", "build", str(tmp_path / "blind"), "-o", str(tmp_path / "b" / "b.jsonl")]) == 0
    a, b = (json.loads((tmp_path / d / f"{d}.jsonl").read_text(encoding="utf-8")) for d in ("a", "b"))
    assert a["text"] == b["text"] and a["meta"]["published"] == b["meta"]["published"]
    assert b["spans"] == [] and not b.get("events")
    # stripping into the sources' own folder would erase their labels
    assert main(["gold", "strip", str(src), "-o", str(src)]) == 1
    assert "[[Kervalo|ORG]]" in (src / "k1.ann").read_text(encoding="utf-8")


def test_a_trigger_key_list_must_be_keys():
    from pipeline.gold.inline import InlineFormatError, strip_annotations

    with pytest.raises(InlineFormatError, match="keys by commas"):
        strip_annotations("Kervalo et Datavolt [[ont levé|EV|e1;e2]] 5 et 8 millions.", "ex")


@pytest.mark.parametrize("name, size", [("holdout_real", 80), ("holdout_real2", 60), ("dev_real", 40),
                                        ("holdout_gen", 40), ("dev_deals", 40), ("holdout_deals", 40),
                                        ("holdout_real3", 60), ("holdout_real4", 40),
                                        ("holdout_real5", 40), ("holdout_real6", 40),
                                        ("holdout_real7", 40), ("dev_real2", 40),
                                        ("dev_real3", 40), ("holdout_real8", 40),
                                        ("dev_real4", 48), ("holdout_real9", 40),
                                        ("holdout_real10", 40), ("holdout_real11", 40),
                                        ("holdout_real12", 40), ("holdout_real13", 40),
                                        ("holdout_real14", 40), ("holdout_real15", 32),
                                        ("holdout_real16", 32), ("holdout_real17", 40),
                                        ("holdout_real18", 32), ("holdout_real19", 32),
                                        ("holdout_real20", 32), ("holdout_real21", 32),
                                        ("holdout_real22", 32), ("holdout_real23", 32),
                                        ("holdout_real24", 30), ("holdout_real25", 32),
                                        ("holdout_real26", 32)])
def test_the_real_structure_hold_outs_are_valid_and_what_their_sources_build(tmp_path, name, size):
    """evaluation/holdout_real (stop 40), holdout_real2 (stop 41), the read dev_real and the sealed
    holdout_gen (stop 43), the read dev_deals and the sealed holdout_deals (stop 44), the sealed
    holdout_real3 (stop 47), the sealed holdout_real4 (stop 48), holdout_real5 (stop 50), holdout_real6 (stop 52), holdout_real7 and the read dev_real2 and dev_real3 (stop 53), the sealed holdout_real8 and holdout_real9 and the read dev_real4 (stop 54), the sealed holdout_real10 (stop 55), the sealed holdout_real11 (stop 56), the sealed holdout_real12 (stop 57), the sealed holdout_real13 (stop 58), the sealed holdout_real14 and holdout_real15 (stop 59), the sealed holdout_real16 and holdout_real17 (stop 60), the sealed holdout_real18 and holdout_real19 (stop 61), the sealed holdout_real20, holdout_real21 and holdout_real22 (stop 62), the sealed holdout_real23 and holdout_real24 (stop 63), the sealed holdout_real25 and holdout_real26 (stop 64): their committed
    records are the build of their sources."""
    from pipeline.gold.inline import convert

    root = GOLD.parent / name
    assert validate(root / f"{name}.jsonl") == size
    committed = {json.loads(line)["id"]: json.loads(line)
                 for line in (root / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()}
    for src in sorted((root / "src").glob("*.ann")):
        rec = convert(src, tmp_path)
        kept = committed[rec["id"]]
        assert (rec["text"], rec["spans"], rec["events"]) == (kept["text"], kept["spans"], kept["events"]), src.name
