"""Read articles from files into documents with offsets exact to the source.

Pure Python, no spaCy: every reader returns ``Document`` objects whose
``text`` is what the record format carries, plus a ``masked`` copy of the
same length in which metadata and markup (front matter, markdown markers,
link targets) are blanked out, so the pipeline annotates the masked text and
its offsets hold for the original one.
"""

from __future__ import annotations

import codecs
import json
import re
import warnings
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
DEFAULT_MAX_BYTES = 5_000_000
PUBLISHED_KEYS = ("date", "datepublished", "published", "pubdate", "published_at", "publishdate")


class DecodingWarning(UserWarning):
    """A file was not UTF-8 and was read as cp1252/Latin-1."""


@dataclass
class Document:
    id: str
    text: str
    meta: dict = field(default_factory=dict)
    masked: str | None = None

    @property
    def nlp_text(self) -> str:
        """The text the pipeline runs on: same length as ``text``."""
        return self.masked if self.masked is not None else self.text


# ---------------------------------------------------------------- decoding

def decode(data: bytes, source: str) -> str:
    """Decode file bytes: UTF-32/UTF-16 with a BOM, UTF-8 (BOM dropped), else cp1252/Latin-1
    with a warning.

    Raises InputError for empty and binary content.
    """
    if not data.strip():
        raise InputError(source, "empty file")
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):  # (UTF-32 first: its little-endian BOM begins like UTF-16's)
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as err:
                raise InputError(source, f"invalid {codec.upper()} at byte {err.start}") from None
            if not text.strip():
                raise InputError(source, "empty file")
            if _looks_binary(text):
                raise InputError(source, f"binary file (control characters after a {codec.upper()} byte-order mark)")
            return text
    if b"\x00" in data[:65536]:
        raise InputError(source, "binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        try:
            text = data.decode("cp1252")
            enc = "cp1252"
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            enc = "latin-1"
        if _looks_binary(text):
            raise InputError(source, f"not text: invalid UTF-8 at byte {err.start} and not readable as {enc}") from None
        warnings.warn(f"{source}: not UTF-8 (invalid byte at {err.start}); decoded as {enc}",
                      DecodingWarning, stacklevel=2)
        return text
    if _looks_binary(text):
        raise InputError(source, "binary file (control characters)")
    return text


def _looks_binary(text: str) -> bool:
    """More than 5 % of control, format, private-use or unassigned characters: not text
    (bytes read through a wrong byte-order mark give such characters, not controls)."""
    import unicodedata

    sample = text[:65536]
    if not sample:
        return False
    odd = sum(1 for c in sample if ((ord(c) < 32 and c not in "\n\r\t\f\v") or 0x7F <= ord(c) < 0xA0
                                    or unicodedata.category(c) in ("Cf", "Co", "Cn", "Cs")))
    return odd / len(sample) > 0.05


# ---------------------------------------------------------------- dates in metadata

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_EN_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_JS_DATE = re.compile(r"\b([A-Z][a-z]{2})[a-z]*\.? (\d{1,2}),? (\d{4})\b")


def parse_published(value: str) -> str | None:
    """Read a publication date as written in metadata; RETURNS ISO ``YYYY-MM-DD`` or None.

    >>> parse_published("Sat Nov 22 2025 19:38:25 GMT+0000 (Coordinated Universal Time)")
    '2025-11-22'
    >>> parse_published("2025-11-22T19:38:25Z")
    '2025-11-22'
    """
    value = value.strip().strip("'\"")
    m = _ISO_DATE.search(value)
    if m:
        return _valid_iso(*map(int, m.groups()))
    m = _JS_DATE.search(value)
    if m and m.group(1).lower() in _EN_MONTHS:
        return _valid_iso(int(m.group(3)), _EN_MONTHS[m.group(1).lower()], int(m.group(2)))
    m = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", value)
    if m:
        return _valid_iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return _dateparser_fallback(value)


def _dateparser_fallback(value: str) -> str | None:
    """Other written forms ("12 juin 2025", "Thursday, 12 June 2025"): dateparser,
    asked for a full date only, so "juin" alone is not read as a day. A value
    without a written year ("hier", "mardi") is no date: it would be resolved
    against the machine's clock."""
    if not re.search(r"\b\d{4}\b", value):
        return None
    import dateparser

    parsed = dateparser.parse(re.sub(r"\(.*?\)", "", value), languages=["fr", "en"],
                              settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                        "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date().isoformat() if parsed else None


def _valid_iso(y: int, mo: int, d: int) -> str | None:
    import datetime as dt

    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


# ---------------------------------------------------------------- plain text and markdown

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?$", re.S | re.M)
# Markup that never belongs in a span: heading hashes, emphasis stars and
# underscores at word edges, backticks, fence lines, link targets.
_MD_MASKS = [
    re.compile(r"^[ \t]*(?:```|~~~).*$", re.M),
    re.compile(r"^[ \t]*#{1,6}(?=[ \t])", re.M),
    re.compile(r"\*{1,3}|`+"),
    re.compile(r"\]\([^)\s]*\)"),
    re.compile(r"https?://\S+"),
    re.compile(r"^[ \t]*[-*+](?=[ \t])", re.M),
]


class MetadataWarning(UserWarning):
    """Metadata that could not be read (front matter, a publication date that is no date)."""


def _front_matter_loader():
    """YAML's safe loader without its timestamp type: ``date: 2025-13-45`` stays a string
    that is reported, where the stock loader raises building a date."""
    import yaml

    class FrontMatterLoader(yaml.SafeLoader):
        pass

    FrontMatterLoader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    return FrontMatterLoader


def front_matter_meta(block: str) -> dict:
    """Metadata of a YAML front-matter block: ``published`` from its date key.

    The block is read by a YAML parser; a date that is not one ("hier",
    "2025-13-45") is reported as a warning and left out, never resolved against
    the machine's clock.
    """
    import datetime as dt

    import yaml

    try:
        data = yaml.load(block, Loader=_front_matter_loader())
    except (yaml.YAMLError, ValueError) as e:
        # Hand-written front matter often breaks YAML with a French title
        # ("title: Quantique : Pasqal ..."): each "key: value" line is still read.
        mark = getattr(e, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        warnings.warn(f"front matter is not valid YAML{where}; read line by line", MetadataWarning, stacklevel=3)
        data = {}
        for line in block.splitlines():
            key, sep, value = line.partition(":")
            if sep and key.strip() and not key.startswith((" ", "\t", "-")):
                data.setdefault(key.strip(), value.strip().strip("'\""))
    if not isinstance(data, dict):
        return {}
    meta: dict = {}
    for key, value in data.items():
        if str(key).lower() in PUBLISHED_KEYS and "published" not in meta and value is not None:
            if isinstance(value, dt.datetime):
                value = value.date()
            published = value.isoformat() if isinstance(value, dt.date) else parse_published(str(value))
            if published:
                meta["published"] = published
            else:
                warnings.warn(f"front matter {key}: {value!r} is not a date; no publication date",
                              MetadataWarning, stacklevel=3)
    return meta


def _blank(s: str) -> str:
    return re.sub(r"[^\n]", " ", s)


def mask_markup(text: str) -> tuple[str, dict]:
    """Blank out front matter and markdown markup; RETURNS (masked text, metadata)."""
    meta: dict = {}
    masked = text
    m = _FRONT_MATTER.match(text)
    if m:
        meta = front_matter_meta(m.group(1))
        masked = _blank(text[: m.end()]) + text[m.end():]
    for rx in _MD_MASKS:
        masked = rx.sub(lambda mm: _blank(mm.group(0)), masked)
    assert len(masked) == len(text)
    return masked, meta


def read_text_file(text: str, doc_id: str, source: str) -> Document:
    masked, meta = mask_markup(text)
    return Document(doc_id, text, {"source": source, **meta}, masked)


# ---------------------------------------------------------------- HTML

_SKIP_TAGS = {"head", "script", "style", "noscript", "template", "svg", "iframe", "object"}
_BLOCK_TAGS = {"p", "div", "section", "article", "header", "footer", "main", "aside", "nav",
               "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th",
               "blockquote", "figure", "figcaption", "pre", "dl", "dt", "dd", "body", "form"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skip = 0
        self.published: str | None = None
        self.time_published: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            prop = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if prop in ("article:published_time", "datepublished", "date", "pubdate",
                        "publish-date", "dc.date") and a.get("content") and not self.published:
                self.published = parse_published(a["content"])
        elif tag == "time" and a.get("datetime") and not self.time_published:
            self.time_published = parse_published(a["datetime"])
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self._flush()
        elif tag == "br":
            self.current.append("\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in _SKIP_TAGS:
            self.skip -= 1

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data):
        if not self.skip:
            # Source line breaks are layout, not text: only <br> breaks a line.
            self.current.append(re.sub(r"[ \t\r\n\f\v]+", " ", data))

    def _flush(self):
        block = "".join(self.current)
        self.current = []
        lines = [re.sub(r"[ \t\r\n\f\v]+", " ", part).strip() for part in block.split("\n")]
        block = "\n".join(line for line in lines if line)
        if block:
            self.blocks.append(block)


def read_html_text(raw: str) -> tuple[str, str | None]:
    """Visible text of a whole HTML page (``--html full``), blocks separated by a blank
    line; RETURNS (text, published)."""
    parser = _TextExtractor()
    parser.feed(raw)
    parser.close()
    parser._flush()
    return "\n\n".join(parser.blocks), parser.published or parser.time_published


HTML_MODES = ("main", "full")
# A date the page writes in words near its title: "Publié le 12 mars 2019", "Mis à jour le ...".
_PUBLISHED_IN_TEXT = re.compile(
    r"\b(?:publi[ée]e?|mis en ligne|posted|published)\s+(?:le|on)?\s*"
    r"((?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)?\s*\d{1,2}(?:er)?\s+\w+\.?\s+\d{4}|"
    r"\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})", re.I)


def _unwrap_layout_tables(raw: str) -> str:
    """Old sites lay pages out with nested tables: trafilatura keeps a table whole,
    menus included. A table holding another table is layout, not data: its cells
    become blocks, so the boilerplate tests (link density...) apply to each."""
    if "<table" not in raw.lower():
        return raw
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(raw)
    except (etree.ParserError, ValueError):
        return raw
    if not tree.xpath("//table[.//table]"):
        return raw
    for el in tree.xpath("//table|//tbody|//thead|//tfoot|//tr|//td|//th"):
        el.tag = "div"
    for el in tree.xpath("//font|//center"):
        el.drop_tag()
    return lxml_html.tostring(tree, encoding="unicode")


def _tidy(text: str) -> str:
    lines = [line.strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def read_html(raw: str, mode: str = "main") -> tuple[str, dict]:
    """The text of an HTML page and its metadata; RETURNS (text, meta).

    mode "main" (default): the article's main text, title first, without menus,
    banners, sidebars, "à lire aussi" blocks, comments or footers (trafilatura),
    with ``title``, ``author``, ``sitename`` and ``published`` (JSON-LD, Open
    Graph, meta tags, the article's ``<time>``; else a "Publié le ..." near the
    title). mode "full": every visible block of the page, as before.
    """
    if mode not in HTML_MODES:
        raise ValueError(f"html mode {mode!r}: expected one of {', '.join(HTML_MODES)}")
    if mode == "full":
        full, published = read_html_text(raw)
        return full, ({"published": published} if published else {})
    import trafilatura

    found = trafilatura.bare_extraction(
        _unwrap_layout_tables(raw), with_metadata=True, include_comments=False, include_tables=True,
        favor_precision=True,
        # No clock: htmldate's upper bound defaults to today; dates are read, never guessed.
        date_extraction_params={"extensive_search": False, "original_date": True, "max_date": "2999-12-31"})
    body = _tidy(found.text) if found is not None and found.text else ""
    if not body:
        return read_html(raw, "full")
    meta: dict = {}
    title = (found.title or "").strip()
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    for key in ("title", "author", "sitename"):
        value = getattr(found, key, None)
        if value:
            meta[key] = value.strip()
    date = parse_published(found.date) if found.date else None
    if date is None:  # the whole page, read only for this fallback
        full, published = read_html_text(raw)
        m = _PUBLISHED_IN_TEXT.search(full[:3000])
        date = parse_published(m.group(1)) if m else published
    if date:
        meta["published"] = date
    return body, meta


# ---------------------------------------------------------------- JSONL

def read_jsonl(text, source: str, max_bytes: int | None = None, first_line: int = 1
               ) -> Iterator[Document | InputError]:
    """Yield one document per record line; a bad line yields an InputError and reading goes on.

    text (str | Iterable[bytes | str]): the whole JSONL text, or its lines as they are read
        (a file or stdin, streamed). Lines end at "\\n" only: a record's text may hold U+2028.
    max_bytes (int | None): a longer line is reported, not read.
    first_line (int): the line number of the first line given, when ``text`` is a chunk of a
        larger file (default ids and error locations count lines of the whole file).
    """
    stem = Path(source).stem
    lines = text.split("\n") if isinstance(text, str) else text
    for n, line in enumerate(lines, first_line):
        where = f"{source}:{n}"
        if isinstance(line, (bytes, bytearray)):
            if max_bytes is not None and len(line) > max_bytes:
                yield InputError(where, f"record is {len(line):,} bytes, over the limit of {max_bytes:,} (--max-bytes)")
                continue
            if not line.strip():
                continue
            try:
                line = decode(bytes(line), where)
            except InputError as e:
                yield e
                continue
        elif not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(where, f"malformed JSON ({e.msg} at column {e.colno})")
            continue
        yield record_document(rec, where, source, f"{stem}:{n}")


def record_document(rec, where: str, source: str, default_id: str) -> Document | InputError:
    """One ``{"id", "text", "meta"}`` record as a Document, or the InputError that says why
    not (shared by JSONL input and the HTTP service, so both read a record alike)."""
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        return InputError(where, "record is not an object with a string 'text'")
    try:
        json.dumps(rec, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return InputError(where, "record holds a lone surrogate (an escape such as \\ud800 alone): not valid Unicode")
    if not rec["text"].strip():
        return InputError(where, "empty text")
    meta = dict(rec.get("meta") or {}) if isinstance(rec.get("meta"), dict) else {}
    meta.setdefault("source", source)
    if "published" in meta:
        published = parse_published(str(meta["published"]))
        if published:
            meta["published"] = published
        else:
            del meta["published"]
    doc_id = str(rec["id"]) if rec.get("id") is not None and str(rec.get("id")) != "" else default_id
    return Document(doc_id, rec["text"], meta)


def printable(name: str) -> str:
    """A file name as text that can be written out: bytes that are not UTF-8 become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


# ---------------------------------------------------------------- paths

def iter_files(paths: Iterable[str | Path], exclude: set | None = None) -> Iterator[Path | InputError]:
    """Expand files and folders (recursively, sorted) into readable files; an unreadable
    folder is reported; files in ``exclude`` (the run's own output) are skipped."""
    import os

    exclude = exclude or set()
    for p in paths:
        path = Path(p)
        if path.is_dir():
            problems: list[InputError] = []
            found: list[Path] = []

            def report(err: OSError) -> None:
                problems.append(InputError(printable(str(err.filename)), f"cannot read folder: {err.strerror}"))

            for folder, dirs, files in os.walk(path, onerror=report):
                dirs.sort()
                found += [Path(folder) / f for f in files if Path(f).suffix.lower() in SUFFIXES]
            found = sorted(f for f in found if f.resolve() not in exclude)
            yield from problems
            if not found and not problems:
                yield InputError(printable(str(path)), f"folder holds no {', '.join(SUFFIXES)} file")
            yield from found
        elif path.is_file():
            if path.resolve() not in exclude:
                yield path
        else:
            yield InputError(printable(str(path)), "no such file or folder")


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, html: str = "main", name: str | Path | None = None
              ) -> Iterator[Document | InputError]:
    """Read one file into documents (several for JSONL); errors are yielded, not raised.

    html (str): ``main`` reads a page's article text, ``full`` every visible block.
    name (str | Path | None): the path as the user wrote it, for ``meta.source`` and errors,
        where ``path`` is another way to reach the same file (a Dask worker's absolute path).
    """
    source = printable(Path(name if name is not None else path).as_posix())
    stem = printable(path.stem)
    if path.suffix.lower() == ".jsonl":
        # read a line at a time: --max-bytes limits one record, not the file
        try:
            with open(path, "rb") as f:
                yield from read_jsonl(iter(f), source, max_bytes)
        except OSError as e:
            yield InputError(source, e.strerror or str(e))
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputError(source, f"file is {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")
            return
        data = path.read_bytes()
        text = decode(data, source)
    except InputError as e:
        yield e
        return
    except OSError as e:
        yield InputError(source, e.strerror or str(e))
        return
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        body, page_meta = read_html(text, html)
        if not body.strip():
            yield InputError(source, "HTML page has no visible text")
            return
        yield Document(stem, body, {"source": source, **page_meta})
    else:
        yield read_text_file(text, stem, source)


def read_paths(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES, html: str = "main",
               exclude: set | None = None) -> Iterator[Document | InputError]:
    """Documents from files and folders, in input order, read lazily; errors come in the stream."""
    for item in iter_files(paths, exclude):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item, max_bytes, html)
