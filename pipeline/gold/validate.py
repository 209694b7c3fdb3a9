"""Check gold files against the annotation guideline (evaluation/ANNOTATION.md).

Every problem is reported with its file, line and reason; a file is checked
to the end before anything is raised, so one run lists all the fixes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..errors import GoldFileError

LABELS = ("ORG", "PRODUCT", "MONEY", "DATE")
_ISO4217_FILE = Path(__file__).with_name("iso4217.txt")
TIMEX_RE = re.compile(r"""^(?:\d{4}|XXXX)
    (?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?   # month, day
      |-W\d{2}                           # ISO week
      |-Q[1-4]|-H[12]                    # quarter, half
      |-(?:SP|SU|FA|WI))?$               # season
""", re.VERBOSE)
MODS = {"START", "MID", "END", "APPROX"}
# Words a span may not start with (ANNOTATION.md §2): articles, prepositions,
# elided forms, qualifiers of amounts.
ARTICLES = {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "au", "aux"}
PREPOSITIONS = {"en", "à", "dès", "depuis", "pour", "par", "sur", "avec", "chez", "vers", "entre", "avant", "après"}
MONEY_QUALIFIERS = {"environ", "près", "plus", "moins", "jusqu'", "jusqu’", "jusqu'à", "quelque", "quelques",
                    "approximately", "about", "around", "presque"}
LEAD_PUNCT = set(",.;:!?)]}»”’\"'(«“‘-–—/*#`_")
TRAIL_PUNCT = set(",;:!?([{«“‘\"'-–—/*#`_")
_ABBREV_DOT = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z](?:\.[A-Z])+)\.$")
# Determiners a relative date keeps ("la semaine dernière", "l'an dernier",
# "ce mardi"); before an absolute date they are an error ("le 18 novembre").
_ABSOLUTE_AFTER_ARTICLE = re.compile(r"^(?:le|la|l'|l’)\s*(?:\d|(?:année|exercice)\s+\d)", re.I)
_FIRST_WORD = re.compile(r"^([^\s]+?['’]|[^\s'’]+)")


def iso4217() -> frozenset[str]:
    return frozenset(c.strip() for c in _ISO4217_FILE.read_text(encoding="utf-8").split() if c.strip())


def _is_number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and x == x


def check_span(text: str, span: dict, codes: frozenset[str]) -> list[str]:
    """Problems of one span (empty when it is fine)."""
    probs: list[str] = []
    for key in ("start", "end", "label"):
        if key not in span:
            return [f"missing '{key}'"]
    start, end, label = span["start"], span["end"], span["label"]
    if not (isinstance(start, int) and isinstance(end, int)) or not (0 <= start < end <= len(text)):
        return [f"offsets {start}-{end} are not inside the text (length {len(text)})"]
    mention = text[start:end]
    if "text" in span and span["text"] != mention:
        probs.append(f"offsets {start}-{end} give {mention!r}, not the span's text {span['text']!r}")
    if label not in LABELS:
        probs.append(f"unknown label {label!r} (expected one of {', '.join(LABELS)})")
    if mention[0].isspace() or mention[-1].isspace():
        probs.append(f"{mention!r} starts or ends with whitespace")
    signed = label == "MONEY" and mention[0] in "-−" and mention[1:2].isdigit()   # a loss keeps its sign (§4)
    if mention[0] in LEAD_PUNCT and not signed:
        probs.append(f"{mention!r} starts with punctuation {mention[0]!r}")
    # (a brand may end on its own apostrophe, "Bankin'", a quoted name never opens without one;
    # or on its exclamation mark, "Yahoo!", the game "Keep it Alive!")
    branded = label in ("ORG", "PRODUCT") and mention[-2:-1].isalpha() and (
        (mention[-1] in "'’" and mention[0] not in "'’") or mention[-1] == "!")
    if (mention[-1] in TRAIL_PUNCT and not branded) or (mention[-1] == "." and not _ABBREV_DOT.search(mention)):
        probs.append(f"{mention!r} ends with punctuation {mention[-1]!r}")
    m = _FIRST_WORD.match(mention)
    first = m.group(1).lower() if m else ""
    norm_id = (span.get("norm") or {}).get("id", "") if isinstance(span.get("norm"), dict) else ""
    name_with_article = label in ("ORG", "PRODUCT") and str(norm_id).lower().startswith(first)
    number_word = label == "MONEY" and first in ("un", "une")
    if (label in ("ORG", "PRODUCT", "MONEY") and first in ARTICLES | PREPOSITIONS
            and not name_with_article and not number_word):
        # "Le Chat", "Les Echos": the article belongs to the name when the canonical name has it.
        probs.append(f"{mention!r} starts with the article or preposition {first!r}")
    if label == "MONEY" and first in MONEY_QUALIFIERS:
        probs.append(f"{mention!r} starts with the qualifier {first!r}, which stays outside MONEY")
    if label == "DATE":
        if first in PREPOSITIONS or first in ("du", "au", "aux", "des", "de", "d'", "d’"):
            probs.append(f"{mention!r} starts with the preposition {first!r}")
        elif _ABSOLUTE_AFTER_ARTICLE.match(mention):
            probs.append(f"{mention!r}: the article or generic head stays outside an absolute date")
    probs += _check_norm(label, span.get("norm"), codes)
    return probs


def _check_norm(label: str, norm, codes: frozenset[str]) -> list[str]:
    if label not in LABELS:
        return []
    if not isinstance(norm, dict):
        return [f"norm must be an object, not {norm!r}"]
    if label in ("ORG", "PRODUCT"):
        if not isinstance(norm.get("id"), str) or not norm["id"].strip():
            return [f"{label} norm needs a non-empty 'id', got {norm!r}"]
        return []
    if label == "MONEY":
        probs = []
        if not _is_number(norm.get("amount")):
            probs.append(f"MONEY amount {norm.get('amount')!r} is not a number")
        if norm.get("currency") not in codes:
            probs.append(f"MONEY currency {norm.get('currency')!r} is not an ISO 4217 code")
        if "amount_max" in norm:
            if not _is_number(norm["amount_max"]):
                probs.append(f"MONEY amount_max {norm['amount_max']!r} is not a number")
            elif _is_number(norm.get("amount")) and norm["amount_max"] < norm["amount"]:
                probs.append("MONEY amount_max is smaller than amount")
        return probs
    probs = []
    value = norm.get("value")
    if not isinstance(value, str) or not TIMEX_RE.match(value):
        probs.append(f"DATE value {value!r} is not a TIMEX3 value (2025-11-18, 2025-10, 2025-Q1, 2025-W47, 2026-SP, XXXX-10)")
    if "end" in norm and (not isinstance(norm["end"], str) or not TIMEX_RE.match(norm["end"])):
        probs.append(f"DATE end {norm['end']!r} is not a TIMEX3 value")
    if "mod" in norm and norm["mod"] not in MODS:
        probs.append(f"DATE mod {norm['mod']!r} is not one of {', '.join(sorted(MODS))}")
    return probs


def check_record(rec, codes: frozenset[str]) -> list[str]:
    """Problems of one gold record, each prefixed with the span it concerns."""
    if not isinstance(rec, dict):
        return ["record is not a JSON object"]
    probs = []
    if not isinstance(rec.get("id"), str) or not rec["id"]:
        probs.append("record needs a string 'id'")
    text = rec.get("text")
    if not isinstance(text, str) or not text:
        return probs + ["record needs a non-empty string 'text'"]
    spans = rec.get("spans")
    if not isinstance(spans, list):
        return probs + ["record needs a list 'spans'"]
    prev_end, prev_start = -1, -1
    for i, sp in enumerate(spans):
        if not isinstance(sp, dict):
            probs.append(f"span {i}: not an object")
            continue
        where = f"span {i} ({sp.get('start')}-{sp.get('end')} {sp.get('label')})"
        probs += [f"{where}: {p}" for p in check_span(text, sp, codes)]
        s, e = sp.get("start"), sp.get("end")
        if isinstance(s, int) and isinstance(e, int):
            if s < prev_start:
                probs.append(f"{where}: spans are not sorted by start")
            elif s < prev_end:
                probs.append(f"{where}: overlaps the previous span (which ends at {prev_end})")
            prev_start, prev_end = s, max(prev_end, e)
    return probs + check_events(rec, spans)


def check_events(rec: dict, spans: list) -> list[str]:
    """Problems of a record's events (§2b): known type and roles, every role on a span of its label."""
    from .events import ROLES, ROUND_RE, STATUSES

    events = rec.get("events")
    if events is None:
        return []
    if not isinstance(events, list):
        return ["'events' is not a list"]
    by_offsets = {(sp.get("start"), sp.get("end")): sp.get("label") for sp in spans if isinstance(sp, dict)}
    text = rec["text"]
    probs = []
    for i, ev in enumerate(events):
        where = f"event {i}"
        if not isinstance(ev, dict) or ev.get("type") not in ROLES:
            probs.append(f"{where}: needs a 'type', one of {', '.join(ROLES)}")
            continue
        where = f"event {i} ({ev['type']})"
        trig = ev.get("trigger")
        if not (isinstance(trig, list) and len(trig) == 2 and all(isinstance(x, int) for x in trig)
                and 0 <= trig[0] < trig[1] <= len(text)):
            probs.append(f"{where}: 'trigger' must be [start, end] inside the text")
        roles = ev.get("roles")
        if not isinstance(roles, dict):
            probs.append(f"{where}: needs a 'roles' object")
            continue
        for name, value in roles.items():
            kind = ROLES[ev["type"]].get(name)
            if kind is None:
                probs.append(f"{where}: unknown role {name!r}")
            elif value is None or value == []:
                continue
            elif kind == "word":
                ok = value in STATUSES if name == "status" else bool(ROUND_RE.fullmatch(str(value)))
                if not ok:
                    probs.append(f"{where}: {name} {value!r} is not allowed")
            else:
                label = kind.split()[0]
                for ref in (value if kind.endswith("list") else [value]):
                    if by_offsets.get(tuple(ref) if isinstance(ref, list) else None) != label:
                        probs.append(f"{where}: {name} {ref!r} is not the offsets of a {label} span")
    return probs


def gold_files(path: str | Path) -> list[Path]:
    path = Path(path)
    if path.is_dir():
        return sorted(path.glob("*.jsonl"))
    return [path]


def validate_file(path: str | Path) -> tuple[int, list[str]]:
    """RETURNS (number of records, problems as 'file:line: reason')."""
    codes = iso4217()
    problems: list[str] = []
    n = 0
    seen: dict[str, int] = {}
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        return 0, [f"{path}: cannot read: {e}"]
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        n += 1
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{path}:{lineno}: malformed JSON ({e.msg} at column {e.colno})")
            continue
        rid = rec.get("id") if isinstance(rec, dict) else None
        if isinstance(rid, str):
            if rid in seen:
                problems.append(f"{path}:{lineno}: id {rid!r} already used on line {seen[rid]}")
            seen[rid] = lineno
        problems += [f"{path}:{lineno}: {p}" for p in check_record(rec, codes)]
    return n, problems


def validate(path: str | Path) -> int:
    """Validate a gold file or folder; RETURNS the record count, raises GoldFileError listing every problem."""
    files = gold_files(path)
    if not files:
        raise GoldFileError(str(path), "no *.jsonl gold file")
    total, problems = 0, []
    for f in files:
        n, p = validate_file(f)
        total += n
        problems += p
    if problems:
        raise GoldFileError(str(path), f"{len(problems)} problem(s):\n" + "\n".join(problems), problems)
    return total
