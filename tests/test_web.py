"""Web pages as they are and text as the web writes it (issue 14): the main text of
saved pages (tests/data/pages, written by the team), their publication dates,
spaces of every width, invisible characters, decomposed accents, byte-order marks,
YAML front matter, and dates that are no dates."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from pipeline.io.readers import MetadataWarning, decode, read_file, read_html

PAGES = Path(__file__).resolve().parent / "data" / "pages"
PAGE_NAMES = sorted(p.stem for p in PAGES.glob("*.html"))


def _expect(name: str) -> dict:
    return json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))


def _plain(s: str) -> str:
    return " ".join(s.replace("\u00a0", " ").replace("\u202f", " ").split())


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_web_page_main_text_without_furniture(name):
    text, meta = read_html((PAGES / f"{name}.html").read_text(encoding="utf-8"))
    exp = _expect(name)
    for sentence in exp["article_sentences"]:
        assert _plain(sentence) in _plain(text)
    for furniture in exp["furniture_strings"]:
        assert _plain(furniture) not in _plain(text)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_web_page_publication_date_wherever_the_page_gives_it(name):
    _, meta = read_html((PAGES / f"{name}.html").read_text(encoding="utf-8"))
    assert meta["published"] == _expect(name)["published"]


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_web_page_no_span_from_furniture(extract_file, name):
    rec = extract_file(PAGES / f"{name}.html")
    exp = _expect(name)
    names = {s["text"] for s in rec["spans"] if s["label"] in ("ORG", "PRODUCT")}
    assert not names & set(exp["furniture_only_names"])
    assert rec["meta"]["published"] == exp["published"]
    assert any(n in names for n in exp["article_names"])


def test_web_page_full_mode_keeps_the_furniture():
    name = "blog-theme"
    text, _ = read_html((PAGES / f"{name}.html").read_text(encoding="utf-8"), "full")
    assert any(_plain(f) in _plain(text) for f in _expect(name)["furniture_strings"])


def test_web_page_metadata_title_and_site():
    _, meta = read_html((PAGES / "jsonld-only.html").read_text(encoding="utf-8"))
    assert meta["title"].startswith("Mistral AI")
    assert meta.get("author")


@pytest.fixture(scope="module")
def extract_file(nlp):
    from pipeline.api import extract_records

    def run(path: Path) -> dict:
        (doc,) = list(read_file(path))
        return next(extract_records([doc], nlp))

    return run


# ---------------------------------------------------------------- text as the web writes it

@pytest.mark.parametrize("text,label,surface,norm", [
    ("Nvidia a levé 2\u00a0milliards d'euros.", "MONEY", "2\u00a0milliards d'euros", {"amount": 2e9, "currency": "EUR"}),
    ("Le groupe a dépensé 3\u202f500\u202fmillions de dollars.", "MONEY", "3\u202f500\u202fmillions de dollars",
     {"amount": 3.5e9, "currency": "USD"}),
    ("Un prix de 1\u2009299 euros.", "MONEY", "1\u2009299 euros", {"amount": 1299, "currency": "EUR"}),
    ("Annonce faite le 18\u00a0novembre\u00a02025 à Paris.", "DATE", "18\u00a0novembre\u00a02025", {"value": "2025-11-18"}),
    ("Sortie prévue le 3\u202fmars\u202f2026.", "DATE", "3\u202fmars\u202f2026", {"value": "2026-03-03"}),
], ids=["nbsp-money", "narrow-nbsp-thousands", "thin-space-thousands", "nbsp-date", "narrow-nbsp-date"])
def test_web_spaces_inside_amounts_and_dates(extract, text, label, surface, norm):
    rec = extract(text, "2025-11-20")
    got = [(s["text"], s["norm"]) for s in rec["spans"] if s["label"] == label]
    assert len(got) == 1
    assert got[0][0] == surface
    for key, value in norm.items():
        assert got[0][1][key] == value


@pytest.mark.parametrize("text,surface,cid", [
    ("Mis\u00adtral AI lève des fonds.", "Mis\u00adtral AI", "Mistral AI"),
    ("Mi\u200bstral AI lève des fonds.", "Mi\u200bstral AI", "Mistral AI"),
    ("La Socie\u0301te\u0301 Ge\u0301ne\u0301rale investit.", "Socie\u0301te\u0301 Ge\u0301ne\u0301rale", "Société Générale"),
    ("\ufeffNvidia publie ses comptes.", "Nvidia", "Nvidia"),
], ids=["soft-hyphen", "zero-width-space", "decomposed-accents", "bom-in-text"])
def test_web_invisible_characters_and_decomposed_accents(extract, text, surface, cid):
    rec = extract(text, "2025-11-20")
    (span,) = [s for s in rec["spans"] if s["label"] == "ORG"]
    assert rec["text"] == text                           # the record carries the text as read
    assert text[span["start"]:span["end"]] == surface   # offsets point into it
    assert span["norm"]["id"] == cid


@pytest.mark.parametrize("text,surface", [
    ("En mars 2019, **Stratobase** lève 12 millions d'euros auprès de Partech.", "Stratobase"),
    ("**Santé.** À Lyon, **Carbonea** lève 12 millions d'euros.", "Carbonea"),
    ("Le groupe   Capgemini  rachète WNS.", "Capgemini"),
], ids=["bold-name", "bold-name-after-bold-heading", "space-runs"])
def test_web_a_name_between_markup_or_space_runs(extract, text, surface):
    """Masked markdown leaves runs of spaces; the NER reads them as one space, offsets kept."""
    rec = extract(text, "2025-11-20")
    orgs = [s for s in rec["spans"] if s["label"] == "ORG"]
    assert surface in [text[s["start"]:s["end"]] for s in orgs]


@pytest.mark.parametrize("text", ["a  b   c", "  début", "fin  ", "Mis\u00adtral  lève  2\u00a0milliards"])
def test_web_space_runs_map_back(text):
    from pipeline.io.webtext import normalise, to_original

    out, offset_map = normalise(text)
    assert "  " not in out
    for i, ch in enumerate(out):
        start, end = to_original(offset_map, i, i + 1)
        assert ch == " " or ch in text[start:end]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_web_utf16_and_utf32_with_bom(codec):
    text = "Nvidia a levé 2 milliards d'euros le 18 novembre 2025."
    bom = {"utf-16": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32": b"\xff\xfe\x00\x00",
           "utf-32-be": b"\x00\x00\xfe\xff"}[codec]
    data = bom + text.encode(codec.replace("-be", "-be") if "be" in codec else codec + "-le")
    assert decode(data, "a.txt") == text


# ---------------------------------------------------------------- front matter and dates

@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_web_front_matter_read_by_yaml(tmp_path, newline):
    p = tmp_path / "a.md"
    lines = ["---", 'title: "Mistral AI lève 1,7 milliard"', "date: 2025-09-09", "tags: [IA, financement]", "---",
             "Mistral AI a levé 1,7 milliard d'euros."]
    p.write_bytes(newline.join(lines).encode("utf-8"))
    (doc,) = list(read_file(p))
    assert doc.meta["published"] == "2025-09-09"
    assert doc.nlp_text.strip().startswith("Mistral AI a levé")   # the title is metadata, never annotated


@pytest.mark.parametrize("value", ["hier", "2025-13-45", "mardi dernier"])
def test_web_front_matter_date_that_is_no_date_is_left_out(tmp_path, value):
    p = tmp_path / "a.md"
    p.write_text(f"---\ndate: {value}\n---\nNvidia a publié ses comptes hier.\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        (doc,) = list(read_file(p))
    assert "published" not in doc.meta
    assert any(issubclass(w.category, MetadataWarning) and "not a date" in str(w.message) for w in caught)


@pytest.mark.parametrize("block,published", [
    ("title: Quantique : Pasqal et Quandela accélèrent\ndate: 2025-06-18", "2025-06-18"),
    ("title: iPhone 17 : les prix\npublished: 2025-09-10T07:00:00+02:00", "2025-09-10"),
    ("date: [2025-01-01", "2025-01-01"),
], ids=["colon-in-title", "colon-and-datetime", "broken-list"])
def test_web_front_matter_invalid_yaml_read_line_by_line(tmp_path, block, published):
    p = tmp_path / "a.md"
    p.write_text(f"---\n{block}\n---\nTexte.\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        (doc,) = list(read_file(p))
    assert doc.meta.get("published") == published
    assert any("not valid YAML" in str(w.message) for w in caught)


@pytest.mark.parametrize("bad", ["hier", "2025-13-45", "22/11/2025", 20251122])
def test_web_api_refuses_a_publication_date_that_is_no_date(nlp, bad):
    from pipeline.api import extract_text
    from pipeline.errors import ArgumentError

    with pytest.raises(ArgumentError, match="published: .* is not a date in YYYY-MM-DD form"):
        extract_text("Nvidia a publié ses comptes hier.", nlp, published=bad)


def test_web_cli_refuses_a_publication_date_that_is_no_date(capsys):
    from pipeline.cli import main

    with pytest.raises(SystemExit) as e:
        main(["extract", "seeds/", "--published", "hier"])
    assert e.value.code == 2
    assert "'hier' is not a date in YYYY-MM-DD form" in capsys.readouterr().err
