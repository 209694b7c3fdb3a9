"""Inline annotation format for writing gold articles by hand.

Writing character offsets by hand is how gold files go wrong, so gold
articles are written with their annotations inline and converted:

    @layout: md            (md, txt or html)
    @published: 2025-11-22 (the article's publication date, ISO)
    @published_known: yes  (txt only: "no" leaves meta.published out)
    @source: seeds/x.txt   (optional: annotate an existing file; the
                            stripped body must equal it byte for byte)
    ===
    Le [[18 novembre 2025|DATE|2025-11-18]], [[Nvidia|ORG]] a promis
    [[10 milliards de dollars|MONEY|10000000000 USD]] à [[Anthropic|ORG]].

An annotation is ``[[surface|LABEL]]`` or ``[[surface|LABEL|norm]]``:

- ORG, PRODUCT: norm is the canonical id (defaults to the surface text);
- MONEY: ``AMOUNT CUR`` or ``AMOUNT-AMOUNT_MAX CUR`` (``15e9 USD``; a loss keeps
  its sign: ``-1.2e9 EUR``);
- DATE: ``VALUE`` or ``VALUE/END`` (``2024/2025``).

For the html layout, the body is written as plain paragraphs separated by
blank lines (a first line starting with ``# `` becomes the ``<h1>``); the
converter renders the HTML file and the gold text is what the HTML reader
extracts from it, so the two can never drift apart.
"""

from __future__ import annotations

import html as html_lib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ANNOTATION_RE = re.compile(r"\[\[([^\[\]|]+)\|([A-Z]+)(?:\|([^\[\]]*))?\]\]")


class InlineFormatError(ValueError):
    """An inline gold source that cannot be converted (path, line, reason)."""


@dataclass
class InlineArticle:
    id: str
    layout: str
    published: str | None
    published_known: bool
    text: str
    spans: list[dict] = field(default_factory=list)
    source: str | None = None
    events_block: str = ""


def _parse_norm(label: str, raw: str | None, surface: str, where: str) -> dict:
    if label == "EV":   # an event's trigger: its norm is the events' keys (pipeline/gold/events.py)
        # (one word may state several events of a list: "[[ont levé|EV|e1,e2]]", keys by commas)
        if not raw or not re.fullmatch(r"\w+(?:\s*,\s*\w+)*", raw.strip()):
            raise InlineFormatError(f"{where}: trigger {surface!r} needs an event key: [[{surface}|EV|e1]] "
                                    f"(or keys by commas for a word that states several: [[{surface}|EV|e1,e2]])")
        return {"keys": re.split(r"\s*,\s*", raw.strip())}
    if label in ("ORG", "PRODUCT"):
        return {"id": (raw or surface).strip()}
    if raw is None or not raw.strip():
        raise InlineFormatError(f"{where}: {label} annotation {surface!r} needs a norm")
    raw = raw.strip()
    if label == "MONEY":
        # a loss keeps its sign (guideline §4): "-1.2e9 EUR", "−350000000 USD" (U+2212)
        m = re.fullmatch(r"([-−]?[0-9.e+]+)(?:-([-−]?[0-9.e+]+))?\s+([A-Z]{3})", raw)
        if not m:
            raise InlineFormatError(f"{where}: MONEY norm {raw!r} is not 'AMOUNT CUR' or 'MIN-MAX CUR'")
        norm = {"amount": _number(m.group(1)), "currency": m.group(3)}
        if m.group(2):
            norm["amount_max"] = _number(m.group(2))
        return norm
    if label == "DATE":
        value, _, end = raw.partition("/")
        norm = {"value": value}
        if end:
            norm["end"] = end
        return norm
    raise InlineFormatError(f"{where}: unknown label {label!r}")


def _number(s: str) -> int | float:
    x = float(s.replace("−", "-"))
    return int(x) if x.is_integer() else x


def strip_annotations(body: str, where: str) -> tuple[str, list[dict]]:
    """Remove inline markup; RETURNS the plain text and its spans."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in ANNOTATION_RE.finditer(body):
        chunk = body[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        surface, label, raw = m.group(1), m.group(2), m.group(3)
        line = body.count("\n", 0, m.start()) + 1
        norm = _parse_norm(label, raw, surface, f"{where}:{line}")
        spans.append({"start": length, "end": length + len(surface), "label": label,
                      "text": surface, "norm": norm})
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    leftover = re.search(r"\[\[|\]\]", text)
    if leftover:
        line = text.count("\n", 0, leftover.start()) + 1
        raise InlineFormatError(f"{where}: malformed annotation near body line {line}")
    return text, spans


def parse_inline(path: Path) -> InlineArticle:
    raw = path.read_text(encoding="utf-8")
    header, sep, body = raw.partition("\n===\n")
    if not sep:
        raise InlineFormatError(f"{path}: missing the '===' line after the header")
    fields = {}
    for n, line in enumerate(header.splitlines(), 1):
        if not line.strip():
            continue
        m = re.fullmatch(r"@(\w+):\s*(.*?)\s*", line)
        if not m:
            raise InlineFormatError(f"{path}:{n}: header line is not '@key: value'")
        fields[m.group(1)] = m.group(2)
    layout = fields.get("layout", "txt")
    if layout not in ("md", "txt", "html"):
        raise InlineFormatError(f"{path}: unknown layout {layout!r}")
    published = fields.get("published") or None
    known = fields.get("published_known", "yes").lower() in ("yes", "true", "1")
    from .events import split_events

    body, events_block = split_events(body)
    text, spans = strip_annotations(body, str(path))
    return InlineArticle(path.stem, layout, published, known, text, spans, fields.get("source"), events_block)


def _with_events(record: dict, art: InlineArticle, src: Path) -> dict:
    """Move the EV trigger marks out of the spans and resolve the events block against them."""
    from .events import resolve_events

    triggers = {key: (sp["start"], sp["end"]) for sp in record["spans"] if sp["label"] == "EV"
                for key in sp["norm"]["keys"]}
    record["spans"] = [sp for sp in record["spans"] if sp["label"] != "EV"]

    def error(message: str):
        raise InlineFormatError(message)

    # Always a list: an article labelled with no deal is scored (its predicted events are false positives).
    record["events"] = resolve_events(art.events_block, record["text"], record["spans"], triggers, str(src), error)
    return record


def render_html(text: str, published: str | None) -> str:
    """Wrap plain paragraphs in a small, realistic article page."""
    paras = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    title = ""
    if paras and paras[0].startswith("# "):
        title = paras.pop(0)[2:].strip()
    head = ['<!DOCTYPE html>', '<html lang="fr">', "<head>", '<meta charset="utf-8">',
            f"<title>{html_lib.escape(title)}</title>"]
    if published:
        head.append(f'<meta property="article:published_time" content="{published}T08:00:00+01:00">')
    head += ["<style>body { font-family: serif; }</style>", "</head>", "<body>",
             '<nav><a href="/">Accueil</a> | <a href="/tech">Tech</a></nav>', "<article>"]
    if title:
        head.append(f"<h1>{html_lib.escape(title)}</h1>")
    for p in paras:
        head.append(f"<p>{html_lib.escape(p, quote=False)}</p>")
    head += ["</article>", "<script>window.analytics = {};</script>", "</body>", "</html>", ""]
    return "\n".join(head)


def convert(src: Path, articles_dir: Path) -> dict:
    """Convert one inline source: writes the article file, RETURNS the gold record."""
    art = parse_inline(src)
    return _with_events(_convert(art, src, articles_dir), art, src)


def _convert(art: InlineArticle, src: Path, articles_dir: Path) -> dict:
    meta: dict = {}
    if art.source:
        original = Path(art.source).read_text(encoding="utf-8")
        if original != art.text:
            at = next((i for i, (a, b) in enumerate(zip(original, art.text)) if a != b),
                      min(len(original), len(art.text)))
            raise InlineFormatError(f"{src}: stripped text differs from {art.source} at character {at}: "
                                    f"{original[at:at + 30]!r} vs {art.text[at:at + 30]!r}")
        meta["source"] = art.source
        if art.published and art.published_known:
            meta["published"] = art.published
        return {"id": Path(art.source).stem, "text": original, "meta": meta, "spans": art.spans}
    if art.layout == "html":
        raw_html = render_html(art.text, art.published)
        out = articles_dir / f"{art.id}.html"
        out.write_text(raw_html, encoding="utf-8")
        from pipeline.io.readers import read_html

        extracted, _ = read_html(raw_html)  # what `extract` reads from the page (its main text)
        text, spans = _realign(art, extracted, src)
    else:
        ext = "md" if art.layout == "md" else "txt"
        out = articles_dir / f"{art.id}.{ext}"
        out.write_text(art.text, encoding="utf-8")
        text, spans = art.text, art.spans
    meta["source"] = out.as_posix()
    if art.published and (art.layout != "txt" or art.published_known):
        meta["published"] = art.published
    return {"id": art.id, "text": text, "meta": meta, "spans": spans}


def _realign(art: InlineArticle, extracted: str, src: Path) -> tuple[str, list[dict]]:
    """Map spans of the written text onto the text the HTML reader extracts.

    The two differ only in whitespace (the reader collapses it inside a
    block and separates blocks with a blank line) and in the title's ``# ``,
    so the non-space characters are walked in step and each span's ends are
    carried over; a surface repeated earlier cannot steal the position.
    """
    written = art.text.strip()
    offset = len(art.text) - len(art.text.lstrip())
    if written.startswith("# "):
        written, offset = written[2:], offset + 2
    pos: dict[int, int] = {}
    # The page adds a navigation bar before the article: start at the title.
    i, j = 0, max(0, extracted.find(written.split("\n", 1)[0].strip()))
    while i < len(written) and j < len(extracted):
        if written[i] == extracted[j] and not written[i].isspace():
            pos[i + offset] = j
            i += 1
            j += 1
        elif written[i].isspace():
            i += 1
        elif extracted[j].isspace():
            j += 1
        else:
            raise InlineFormatError(f"{src}: written and extracted texts differ at {written[i:i + 30]!r} / "
                                    f"{extracted[j:j + 30]!r}")
    spans = []
    for sp in art.spans:
        if sp["start"] not in pos or sp["end"] - 1 not in pos:
            raise InlineFormatError(f"{src}: span {sp['text']!r} is not in the extracted HTML text")
        start, end = pos[sp["start"]], pos[sp["end"] - 1] + 1
        if extracted[start:end] != sp["text"]:
            raise InlineFormatError(f"{src}: span {sp['text']!r} maps to {extracted[start:end]!r}")
        spans.append({**sp, "start": start, "end": end})
    return extracted, spans


def source_files(paths) -> list[Path]:
    """The *.ann files named, a folder's in name order."""
    files: list[Path] = []
    for p in map(Path, paths):
        files += sorted(p.glob("*.ann")) if p.is_dir() else [p]
    return files


def unlabelled(art: InlineArticle) -> str:
    """The source with its labels, triggers and events taken out: what a second annotator is given
    to label blind. Its text is the article's to the character, so the offsets of both labellings
    meet; the URL is left out, so the page is not looked up."""
    header = [f"@layout: {art.layout}"]
    if art.published:
        header.append(f"@published: {art.published}")
    if not art.published_known:
        header.append("@published_known: no")
    return "\n".join(header) + "\n===\n" + art.text


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m pipeline.gold.inline",
                                 description="Convert inline-annotated gold sources to the JSONL record format.")
    ap.add_argument("sources", nargs="+", type=Path, help="*.ann files or folders holding them")
    ap.add_argument("--articles", type=Path, default=Path("evaluation/gold/articles"),
                    help="folder for the rendered article files (default: %(default)s)")
    ap.add_argument("-o", "--output", type=Path, help="gold JSONL to write (default: stdout)")
    args = ap.parse_args(argv)
    files = source_files(args.sources)
    args.articles.mkdir(parents=True, exist_ok=True)
    records, failed = [], 0
    for f in files:
        try:
            records.append(convert(f, args.articles))
        except (InlineFormatError, OSError) as e:
            print(f"error: {e}", file=sys.stderr)
            failed += 1
    from ..io.writers import write_jsonl

    write_jsonl(records, args.output)
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
        for e in r.get("events", []):
            counts["events:" + e["type"]] = counts.get("events:" + e["type"], 0) + 1
    print(f"{len(records)} articles, spans per label: {counts}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
