"""Ingestion: every format, exact offsets, front matter, encodings, bad input."""

from __future__ import annotations

import json

import pytest

from pipeline.errors import InputError
from pipeline.io.readers import (DecodingWarning, Document, decode, mask_markup, parse_published,
                                 read_file, read_html_text, read_paths)

from .conftest import SEEDS


def _read(path, **kw):
    return list(read_paths([path], **kw))


@pytest.mark.parametrize("value,expected", [
    ("2025-11-22", "2025-11-22"),
    ("2025-11-22T19:38:25+01:00", "2025-11-22"),
    ("Sat Nov 22 2025 19:38:25 GMT+0000 (Coordinated Universal Time)", "2025-11-22"),
    ('"2024-03-05"', "2024-03-05"),
    ("05/03/2024", "2024-03-05"),
    ("June 12, 2025", "2025-06-12"),
    ("12 juin 2025", "2025-06-12"),
    ("pas une date", None),
    ("2025-02-30", None),
], ids=lambda v: str(v)[:20])
def test_readers_parse_published(value, expected):
    assert parse_published(value) == expected


def test_readers_seed_front_matter_is_masked_and_dated():
    (doc,) = _read(SEEDS / "000_91ea438c95295eca.txt")
    assert doc.meta["published"] == "2025-11-22"
    assert doc.text == (SEEDS / "000_91ea438c95295eca.txt").read_text(encoding="utf-8")
    end = doc.text.index("\n---\n", 4) + 4
    assert doc.nlp_text[:end].strip() == ""
    assert len(doc.nlp_text) == len(doc.text)
    # Markup is blanked, words are kept at the same offsets.
    i = doc.text.index("**Sonnet 4.5**")
    assert doc.nlp_text[i:i + 14] == "  Sonnet 4.5  "


def test_readers_seed_without_date():
    (doc,) = _read(SEEDS / "003_65507d5bbac09205.txt")
    assert "published" not in doc.meta
    assert doc.nlp_text == doc.text


@pytest.mark.parametrize("key", ["date", "datePublished", "published", "pubDate"])
def test_readers_markdown_front_matter_keys(tmp_path, key):
    p = tmp_path / "a.md"
    p.write_text(f"---\ntitle: Nvidia\n{key}: 2024-05-02\n---\n# Titre\n\nNvidia lève 2 Md$.\n", encoding="utf-8")
    (doc,) = _read(p)
    assert doc.meta["published"] == "2024-05-02"
    assert "Nvidia" not in doc.nlp_text[: doc.text.index("# Titre")]
    assert doc.nlp_text.index("Nvidia lève") == doc.text.index("Nvidia lève")


def test_readers_markdown_link_targets_are_masked():
    masked, _ = mask_markup("Voir [l'annonce](https://nvidia.com/10-milliards) de Nvidia.")
    assert "nvidia.com" not in masked and "10-milliards" not in masked
    assert masked.index("l'annonce") == 6


def test_readers_html_visible_text_and_date(tmp_path):
    page = ("<html><head><title>Titre caché</title>"
            '<meta property="article:published_time" content="2025-06-12T08:00:00+02:00">'
            "<script>var a = '10 milliards de dollars';</script><style>p{}</style></head>"
            "<body><h1>Mistral AI lève 1,7 Md€</h1><p>La start-up   a levé\n1,7 milliard d'euros.</p>"
            "<p>ASML&nbsp;mène le tour.</p></body></html>")
    p = tmp_path / "a.html"
    p.write_text(page, encoding="utf-8")
    (doc,) = _read(p)
    assert doc.meta["published"] == "2025-06-12"
    # main text (trafilatura): its spaces are plain spaces
    assert doc.text == "Mistral AI lève 1,7 Md€\n\nLa start-up a levé 1,7 milliard d'euros.\nASML mène le tour."
    assert "var a" not in doc.text and "Titre caché" not in doc.text
    (full,) = list(read_file(p, html="full"))
    assert full.text == "Mistral AI lève 1,7 Md€\n\nLa start-up a levé 1,7 milliard d'euros.\n\nASML\xa0mène le tour."


def test_readers_html_time_element(tmp_path):
    p = tmp_path / "b.htm"
    p.write_text('<body><p>Publié le <time datetime="2024-02-01">1er février</time>.</p></body>', encoding="utf-8")
    (doc,) = _read(p)
    assert doc.meta["published"] == "2024-02-01"


def test_readers_jsonl_records_and_bad_line(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text(json.dumps({"id": "a", "text": "Nvidia gagne.", "meta": {"published": "2025-01-02"}}) + "\n"
                 + "{pas du json\n"
                 + json.dumps({"id": "b", "text": "Apple perd."}) + "\n", encoding="utf-8")
    items = _read(p)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.id for d in docs] == ["a", "b"]
    assert docs[0].meta["published"] == "2025-01-02"
    assert len(errors) == 1 and errors[0].where.endswith("batch.jsonl:2") and "malformed JSON" in errors[0].reason


def test_readers_utf8_bom_is_dropped(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffOrange investit 3 M€.".encode("utf-8"))
    (doc,) = _read(p)
    assert doc.text == "Orange investit 3 M€."


def test_readers_cp1252_is_decoded_with_a_warning(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("L’Autorité a infligé une amende de 150 millions d’euros à Apple – été 2024.".encode("cp1252"))
    with pytest.warns(DecodingWarning, match="latin.txt"):
        (doc,) = _read(p)
    assert "L’Autorité" in doc.text and "été" in doc.text and "–" in doc.text


@pytest.mark.parametrize("content,reason", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
], ids=["empty", "blank", "png", "control-bytes"])
def test_readers_bad_files_are_reported(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    (err,) = _read(p)
    assert isinstance(err, InputError) and reason in err.reason and "bad.txt" in str(err)


def test_readers_size_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("Nvidia " * 100, encoding="utf-8")
    (err,) = _read(p, max_bytes=100)
    assert isinstance(err, InputError) and "over the limit" in err.reason


def test_readers_folder_is_recursive_and_sorted(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B", encoding="utf-8")
    (tmp_path / "sub" / "a.md").write_text("A", encoding="utf-8")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    assert [d.id for d in _read(tmp_path)] == ["b", "a"]


def test_readers_missing_path():
    (err,) = list(read_paths(["/nonexistent/file.txt"]))
    assert isinstance(err, InputError) and "no such file" in err.reason


def test_readers_decode_rejects_binary_in_latin1():
    with pytest.raises(InputError):
        decode(b"\xff\xfe\x01\x02\x03\x04\x05\x06" * 50, "x.bin")


def test_readers_html_extraction_keeps_entities():
    text, _ = read_html_text("<p>AT&amp;T &amp; Orange</p>")
    assert text == "AT&T & Orange"
