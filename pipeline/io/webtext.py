"""Text as the web writes it, made readable for the pipeline, offsets kept.

French web text is full of no-break and thin spaces inside amounts and dates
(``2\\u00a0milliards``, ``18\\u202fnovembre\\u202f2025``), of zero-width
characters and soft hyphens inside words, and of accents written as a letter
plus a combining mark. The pipeline runs on a normalised copy: such spaces
become plain spaces (one for one), invisible characters are dropped, and
letters are composed (NFC); a map sends every offset of the copy back into
the original text, which the record carries unchanged. A bracket glued to a
word and a number gets a space before it (``wons(8,1 millions``), so the amount
inside is a token of its own.

    >>> text, m = normalise("Mis\\u00adtral lève 2\\u00a0milliards")
    >>> text
    'Mistral lève 2 milliards'
    >>> to_original(m, 0, 7)
    (0, 8)
"""

from __future__ import annotations

import re
import unicodedata

# Spaces of every width that separate words as a plain space does.
SPACES = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000"
_SPACE_TABLE = str.maketrans({c: " " for c in SPACES})
# Characters that print nothing: zero-width space, joiners, word joiner, BOM, soft hyphen.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_ANY_INVISIBLE = re.compile("[" + "".join(sorted(INVISIBLE)) + "]")

OffsetMap = tuple[list[int], list[int]]


# "12 milliards de wons(8,1 millions d'euros)": a bracket glued to a word and a number
# is one token for the tokenizer; a space is put before it.
_GLUED_BRACKET = re.compile(r"(?<=[^\W\d_])\((?=\d)")
_SPACE_RUN = re.compile(r" {2,}")


def normalise(text: str) -> tuple[str, OffsetMap | None]:
    """RETURNS (normalised text, offset map or None when offsets are unchanged)."""
    spaced = text.translate(_SPACE_TABLE)
    glued = {m.start() for m in _GLUED_BRACKET.finditer(spaced)} if "(" in spaced else set()
    # Runs of spaces (markup masked as spaces: "**Stratobase**", aligned columns) read as one:
    # the NER learned from text where a name stands between single spaces.
    doubled = {m.start() + k for m in _SPACE_RUN.finditer(spaced) for k in range(1, m.end() - m.start())} \
        if "  " in spaced else set()
    plain = not glued and not _ANY_INVISIBLE.search(spaced) and unicodedata.is_normalized("NFC", spaced)
    if plain and not doubled:
        return spaced, None
    if plain:
        return _drop_runs(spaced)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(spaced)
    while i < n:
        c = spaced[i]
        if c in INVISIBLE or i in doubled:
            i += 1
            continue
        if i in glued:  # an inserted space: it belongs to no character of the original
            out.append(" ")
            starts.append(i)
            ends.append(i)
        j = i + 1
        # a letter and its combining marks (invisible characters between them are dropped)
        while j < n and (unicodedata.combining(spaced[j]) or spaced[j] in INVISIBLE):
            j += 1
        cluster = "".join(ch for ch in spaced[i:j] if ch not in INVISIBLE)
        for ch in unicodedata.normalize("NFC", cluster):
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return "".join(out), (starts, ends)


def _drop_runs(text: str) -> tuple[str, OffsetMap]:
    """Only space runs to shorten: kept stretches are copied whole and their offsets made
    by ``range`` (the character loop below costs several percent of the pipeline's time)."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _SPACE_RUN.finditer(text):
        keep_end = m.start() + 1          # the run's first space stays
        parts.append(text[pos:keep_end])
        starts.extend(range(pos, keep_end))
        ends.extend(range(pos + 1, keep_end + 1))
        pos = m.end()
    parts.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return "".join(parts), (starts, ends)


def to_original(offset_map: OffsetMap | None, start: int, end: int) -> tuple[int, int]:
    """Offsets ``[start, end)`` of the normalised text, as offsets of the original text."""
    if offset_map is None:
        return start, end
    starts, ends = offset_map
    return starts[start], ends[end - 1]
