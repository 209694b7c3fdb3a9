"""Gold events written by hand (evaluation/ANNOTATION.md §2b), resolved to offsets.

An event's trigger is marked inline in the body, like an entity, with the
label ``EV`` and the event's key as its norm: ``Mistral AI [[a levé|EV|e1]]
1,7 milliard d'euros``; a word that states several events of a list takes their
keys by commas (``Kervalo et Datavolt [[ont levé|EV|e1,e2]] 5 et 8 millions``).
Its type and roles go in a block after the body, one event a line, opened by a
line ``=== events ===``::

    e1 funding | company: Mistral AI | amount: 1,7 milliard d'euros | round: C
       | investors: ASML; Nvidia | valuation: 11,7 milliards d'euros | date: 9 septembre 2025
    e2 acquisition | acquirer: Google | target: Wiz | price: 32 milliards de dollars | status: announced
    e3 fine | authority: CNIL | target: Google | amount: 325 millions d'euros | date: 3 septembre 2025

(one line each; a line may be continued on the next when that one starts with
``|``). A role names the surface text of an annotated span of the role's label (an
ORG for a company, a MONEY for an amount: a PRODUCT span with the same text is not
counted); it resolves to the span with that text nearest to the trigger in the
trigger's sentence, else the nearest one before the trigger, else the nearest one
after (the guideline's rule), and ``text @N`` picks the N-th such span in the article.
``investors`` are separated by ``;``. A role left out is null.
"""

from __future__ import annotations

import re

EVENTS_MARK = re.compile(r"^=== events ===[ \t]*$", re.M)

# type -> role -> what fills it: a span label, a list of spans, or a word.
ROLES: dict[str, dict[str, str]] = {
    "funding": {"company": "ORG", "amount": "MONEY", "round": "word", "investors": "ORG list",
                "valuation": "MONEY", "date": "DATE"},
    "acquisition": {"acquirer": "ORG", "target": "ORG", "price": "MONEY", "date": "DATE", "status": "word"},
    "fine": {"authority": "ORG", "target": "ORG", "amount": "MONEY", "date": "DATE"},
}
# The role that names the deal's main party, and the one that holds its money.
MAIN_ROLE = {"funding": "company", "acquisition": "target", "fine": "target"}
MONEY_ROLE = {"funding": "amount", "acquisition": "price", "fine": "amount"}
STATUSES = ("announced", "completed", "abandoned")
ROUND_RE = re.compile(r"(pre-seed|seed|bridge|[A-H](?:[+]|-\d)?)")

# (also a full stop glued between a word and the next sentence, as pasted agency copy has it:
# "industries aéronautiques.Cette transaction", never "Amazon.com" nor "M.Dupont")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"A-ZÀ-Ý0-9])|\n+|(?<=[a-zà-ÿ]{3}[.!?])(?=[A-ZÀ-Ý][a-zà-ÿ]{2})")


def split_events(body: str) -> tuple[str, str]:
    """(body without the events block, the block's text)."""
    m = EVENTS_MARK.search(body)
    if not m:
        return body, ""
    text = body[:m.start()]
    if text.endswith("\n\n"):     # the blank line that sets the block apart is not the article's
        text = text[:-1]
    return text, body[m.end():]


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() == m.end():
            # a glued full stop ends a sentence after a word in lower case only ("aéronautiques.Cette"),
            # not inside a name ("Your.Online")
            word = re.search(r"(\w+)[.!?]$", text[max(0, m.start() - 40):m.start()])
            if word is None or not word.group(1).islower():
                continue
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def pointed_mention(mentions: list[tuple[int, int]], trigger: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """Of the mentions of one name, in order, the one a role points at (§2b): in the trigger's
    sentence, the nearest the trigger; else the nearest before it; else the first."""
    s0, s1 = sentence
    same = [m for m in mentions if s0 <= m[0] and m[1] <= s1]
    if same:
        return min(same, key=lambda m: abs(m[0] - trigger))
    before = [m for m in mentions if m[1] <= trigger]
    return before[-1] if before else mentions[0]


def _lines(block: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for n, raw in enumerate(block.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("|") and out:
            out[-1] = (out[-1][0], out[-1][1] + " " + line)
        else:
            out.append((n, line))
    return out


def resolve_events(block: str, text: str, spans: list[dict], triggers: dict[str, tuple[int, int]],
                   where: str, error) -> list[dict]:
    """Events of the block with every role as offsets; ``error(message)`` raises."""
    sentences = sentence_bounds(text)

    def sentence_of(pos: int) -> tuple[int, int]:
        return next(((s, e) for s, e in sentences if s <= pos <= e), (0, len(text)))

    def find(surface: str, label: str, trigger: tuple[int, int], line: int) -> list[int]:
        m = re.fullmatch(r"(.*?)\s*@(\d+)", surface)
        nth = None
        if m:
            surface, nth = m.group(1), int(m.group(2))
        cands = [sp for sp in spans if sp["text"] == surface and sp["label"] == label]
        if not cands:
            error(f"{where}: events line {line}: no {label} span {surface!r} in the article")
        if nth is not None:
            if not 1 <= nth <= len(cands):
                error(f"{where}: events line {line}: {surface!r} @{nth}: only {len(cands)} such span(s)")
            sp = cands[nth - 1]
        else:
            return list(pointed_mention([(sp["start"], sp["end"]) for sp in cands], trigger[0], sentence_of(trigger[0])))
        return [sp["start"], sp["end"]]

    events, seen = [], set()
    for line, content in _lines(block):
        head, *parts = [p.strip() for p in content.split("|")]
        m = re.fullmatch(r"(\w+)\s+(\w+)", head)
        if not m:
            error(f"{where}: events line {line}: starts with 'KEY TYPE', got {head!r}")
        key, etype = m.groups()
        if etype not in ROLES:
            error(f"{where}: events line {line}: unknown type {etype!r} (one of {', '.join(ROLES)})")
        if key not in triggers:
            error(f"{where}: events line {line}: no trigger [[...|EV|{key}]] in the body")
        if key in seen:
            error(f"{where}: events line {line}: event {key!r} described twice")
        seen.add(key)
        trigger = triggers[key]
        roles: dict = {r: ([] if kind == "ORG list" else None) for r, kind in ROLES[etype].items()}
        for part in parts:
            if not part:
                continue
            name, colon, value = part.partition(":")
            name, value = name.strip(), value.strip()
            if not colon or name not in ROLES[etype]:
                error(f"{where}: events line {line}: {part!r} is not 'ROLE: value' with a role of {etype} "
                      f"({', '.join(ROLES[etype])})")
            kind = ROLES[etype][name]
            if kind == "ORG list":
                roles[name] = [find(v.strip(), "ORG", trigger, line) for v in value.split(";") if v.strip()]
            elif kind == "word":
                if name == "status" and value not in STATUSES:
                    error(f"{where}: events line {line}: status {value!r} is not one of {', '.join(STATUSES)}")
                if name == "round" and not ROUND_RE.fullmatch(value):
                    error(f"{where}: events line {line}: round {value!r} is not seed, pre-seed, bridge or a letter")
                roles[name] = value
            else:
                roles[name] = find(value, kind, trigger, line)
        events.append({"type": etype, "trigger": list(trigger), "roles": roles})
    missing = set(triggers) - seen
    if missing:
        error(f"{where}: trigger(s) {', '.join(sorted(missing))} marked in the body but no events line")
    events.sort(key=lambda e: e["trigger"][0])
    return events
