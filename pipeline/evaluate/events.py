"""Scoring of deal events (evaluation/ANNOTATION.md §2b, §3).

Role fillers are compared as (document, type, role, value) where the value is a
span's offsets or a word (``round``, ``status``): precision, recall and F1 per type
and role, and per type over all its roles. An event is whole when one predicted
event of its type holds every role its gold event fills (``reason`` is not scored).
Only gold records that carry an ``events`` list are scored.

A second figure per type, by entity, compares each span filler by what it names instead of
where: an ORG by its normalised id, an amount by its value and currency, a date by its value
(the record's span at those offsets; its text when none is there). It is not the official score
(§3 matches offsets); it shows how much of the gap is the choice of mention, the right company
or amount pointed at in another sentence than the gold's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..gold.events import MAIN_ROLE as MAIN_PARTY
from ..gold.events import ROLES

SCORED_ROLES = {etype: tuple(roles) for etype, roles in ROLES.items()}


def _ref(value):
    if isinstance(value, dict):
        return (value.get("start"), value.get("end"))
    if isinstance(value, list) and len(value) == 2 and all(isinstance(x, int) for x in value):
        return tuple(value)
    return value


def fillers(ev: dict) -> list[tuple[str, object]]:
    """(role, value) pairs an event fills; each investor is one filler."""
    out = []
    for role in SCORED_ROLES.get(ev.get("type"), ()):
        value = (ev.get("roles") or {}).get(role)
        if value is None or value == []:
            continue
        if role == "investors":
            out += [(role, _ref(v)) for v in value]
        else:
            out.append((role, _ref(value)))
    return out


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class EventScores:
    roles: dict = field(default_factory=dict)      # (type, role) -> PRF
    types: dict = field(default_factory=dict)      # type -> PRF over its role fillers
    events: dict = field(default_factory=dict)     # type -> PRF over whole events
    by_entity: dict = field(default_factory=dict)  # type -> PRF over its role fillers, by what they name
    errors: list = field(default_factory=list)     # (doc id, type, role, value, "FP"|"FN")

    def to_dict(self) -> dict:
        return {"roles": {f"{t}.{r}": s.to_dict() for (t, r), s in sorted(self.roles.items())},
                "types": {t: s.to_dict() for t, s in sorted(self.types.items())},
                "events": {t: s.to_dict() for t, s in sorted(self.events.items())},
                "types_by_entity": {t: s.to_dict() for t, s in sorted(self.by_entity.items())}}


def _named(record: dict) -> dict:
    """What each span of a record names, by its offsets: an id, an amount, a date's value."""
    out = {}
    for span in record.get("spans") or []:
        norm = span.get("norm") or {}
        if span.get("label") == "MONEY":
            what = (norm.get("amount"), norm.get("currency"))
        elif span.get("label") == "DATE":
            what = norm.get("value")
        else:
            what = norm.get("id")
        if what is None or what == (None, None):
            what = span.get("text")
        out[(span.get("start"), span.get("end"))] = (span.get("label"), str(what).lower())
    return out


def _by_entity(fills: Counter, named: list[dict], text: str) -> Counter:
    """The fillers keyed by what they name: by the first of ``named`` (gold's labels first) that
    holds a span at their offsets, so the same offsets always name the same thing."""
    out: Counter = Counter()
    for (etype, role, value), n in fills.items():
        if isinstance(value, tuple) and len(value) == 2:
            value = next((m[value] for m in named if value in m), ("", text[value[0]:value[1]].lower()))
        out[(etype, role, value)] += n
    return out


def _matches(gold_f: Counter, pred_f: Counter):
    """(key, tp, fp, fn) of each filler either side holds."""
    for key in gold_f | pred_f:
        tp = min(gold_f[key], pred_f[key])
        yield key, tp, pred_f[key] - tp, gold_f[key] - tp


def _whole(gold_ev: dict, pred_ev: dict) -> bool:
    if gold_ev.get("type") != pred_ev.get("type"):
        return False
    return Counter(fillers(gold_ev)) <= Counter(fillers(pred_ev))


def score_events(gold: list[dict], pred: list[dict]) -> EventScores | None:
    """Scores of predicted events against the gold records that carry events; None if none do."""
    scored = [g for g in gold if isinstance(g.get("events"), list)]
    if not scored:
        return None
    by_id = {p["id"]: p for p in pred}
    s = EventScores()
    for etype, roles in SCORED_ROLES.items():
        s.types[etype] = PRF()
        s.events[etype] = PRF()
        s.by_entity[etype] = PRF()
        for role in roles:
            s.roles[(etype, role)] = PRF()
    for g in scored:
        p = by_id.get(g["id"], {})
        p_events = [e for e in (p.get("events") or []) if e.get("type") in SCORED_ROLES]
        g_events = [e for e in g["events"] if e.get("type") in SCORED_ROLES]
        gold_f = Counter((e["type"], r, v) for e in g_events for r, v in fillers(e))
        pred_f = Counter((e["type"], r, v) for e in p_events for r, v in fillers(e))
        for (etype, role, value), tp, fp, fn in _matches(gold_f, pred_f):
            for bucket in (s.roles[(etype, role)], s.types[etype]):
                bucket.add(tp, fp, fn)
            s.errors += [(g["id"], etype, role, value, "FP")] * fp + [(g["id"], etype, role, value, "FN")] * fn
        # (gold's own label of a mention names it for both sides: a wrong id of the right mention
        # is a normalisation error, counted elsewhere, not a wrong filler)
        text, named = g.get("text", ""), [_named(g), _named(p)]
        for (etype, _, _), tp, fp, fn in _matches(_by_entity(gold_f, named, text), _by_entity(pred_f, named, text)):
            s.by_entity[etype].add(tp, fp, fn)
        # whole events: each gold event matched once, by a predicted event holding all its roles
        free = list(p_events)
        for ge in g_events:
            hit = next((pe for pe in free if _whole(ge, pe)), None)
            if hit is not None:
                free.remove(hit)
                s.events[ge["type"]].tp += 1
            else:
                s.events[ge["type"]].fn += 1
        for pe in free:
            s.events[pe["type"]].fp += 1
    return s


def format_events(s: EventScores) -> str:
    lines = ["events: role fillers (matched by offsets and role) and whole events", "",
             f"{'type':<12} {'role':<11} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}"]
    for etype, roles in SCORED_ROLES.items():
        for role in roles:
            r = s.roles[(etype, role)]
            if r.tp + r.fn + r.fp:
                lines.append(f"{etype:<12} {role:<11} {r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f} "
                             f"{r.tp + r.fn:5d} {r.tp + r.fp:5d}")
        t, e = s.types[etype], s.events[etype]
        lines.append(f"{etype:<12} {'all roles':<11} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} "
                     f"{t.tp + t.fn:5d} {t.tp + t.fp:5d}")
        lines.append(f"{etype:<12} {'EVENTS':<11} {e.precision:6.3f} {e.recall:6.3f} {e.f1:6.3f} "
                     f"{e.tp + e.fn:5d} {e.tp + e.fp:5d}")
    lines += ["", "role fillers matched by what they name (an id, an amount, a date's value), not by offsets;",
              "not the official score: the gap to the line above is the choice of mention", ""]
    for etype in SCORED_ROLES:
        b = s.by_entity[etype]
        lines.append(f"{etype:<12} {'by entity':<11} {b.precision:6.3f} {b.recall:6.3f} {b.f1:6.3f} "
                     f"{b.tp + b.fn:5d} {b.tp + b.fp:5d}")
    return "\n".join(lines)


MISS_CAUSES = ("no trigger", "party not an entity", "rules")


def missed_events(gold: list[dict], pred: list[dict], triggers: dict) -> dict[str, Counter]:
    """Why gold events have no predicted event, per type (aggregate counts: they say where the
    misses lie without showing a text). A gold event is found when a predicted event of its type
    names its main party (``MAIN_PARTY``: the same offsets, or the same words). Each other one is
    counted once, by the first cause that holds: no trigger word of its type (``triggers``, the
    type's compiled trigger patterns) overlaps its gold trigger; its main party is no predicted
    ORG or PRODUCT span (the NER's part); else the rules read neither."""
    by_id = {p["id"]: p for p in pred}
    out = {etype: Counter() for etype in MAIN_PARTY}
    for g in gold:
        text, p = g.get("text", ""), by_id.get(g["id"], {})
        names = {(sp["start"], sp["end"]) for sp in p.get("spans") or [] if sp.get("label") in ("ORG", "PRODUCT")}
        parties = [(e["type"], _ref(e.get("roles", {}).get(MAIN_PARTY[e["type"]])))
                   for e in p.get("events") or [] if e.get("type") in MAIN_PARTY]
        told = {(etype, text[ref[0]:ref[1]]) for etype, ref in parties if ref is not None}
        for ev in g.get("events") or []:
            etype = ev.get("type")
            party = _ref(ev.get("roles", {}).get(MAIN_PARTY.get(etype)))
            if etype not in MAIN_PARTY or party is None:
                continue
            if (etype, text[party[0]:party[1]]) in told:
                out[etype]["found"] += 1
                continue
            trig = _ref(ev.get("trigger"))
            said = trig is not None and any(m.start() < trig[1] and trig[0] < m.end() for m in triggers[etype].finditer(
                text, max(0, trig[0] - 60), min(len(text), trig[1] + 60)))
            cause = "no trigger" if not said else "party not an entity" if party not in names else "rules"
            out[etype][cause] += 1
    return out


def format_missed(missed: dict[str, Counter]) -> str:
    lines = ["gold events whose main party no predicted event names, by cause (a trigger word no pattern",
             "of the type reads; a party the NER did not find; the rules), and those found:", "",
             f"{'type':<12} {'gold':>5} {'found':>6} " + " ".join(f"{c:>{len(c)}}" for c in MISS_CAUSES)]
    for etype, c in missed.items():
        total = sum(c.values())
        lines.append(f"{etype:<12} {total:5d} {c['found']:6d} " + " ".join(f"{c[k]:>{len(k)}d}" for k in MISS_CAUSES))
    return "\n".join(lines)


FOUND_KINDS = ("right", "missing", "wrong", "spurious")


def found_event_roles(gold: list[dict], pred: list[dict]) -> dict[str, Counter]:
    """Where the role fillers of each type go, split by whether the event was found (aggregate
    counts, no text). A gold event is found when a predicted event of its type points at its
    main party's very mention (``MAIN_PARTY``); each predicted event serves one gold event, the
    one it shares most fillers with. On found events, each role's fillers are ``right``,
    ``missing`` (the prediction leaves the role empty), ``wrong`` (it fills the role with another
    span or word) or ``spurious`` (it fills a role the gold leaves empty); ``missed`` counts the
    fillers of the gold events not found, ``unmatched`` those of the predicted events that found
    none. It tells whether a type's gap is finding its events or reading their roles."""
    by_id = {p["id"]: p for p in pred}
    out = {etype: Counter() for etype in MAIN_PARTY}
    for g in gold:
        if g.get("events") is None:
            continue
        pevs = [e for e in by_id.get(g["id"], {}).get("events") or [] if e.get("type") in MAIN_PARTY]
        used: set[int] = set()
        for ev in g["events"]:
            etype = ev.get("type")
            if etype not in MAIN_PARTY:
                continue
            party = _ref((ev.get("roles") or {}).get(MAIN_PARTY[etype]))
            gold_f = Counter(fillers(ev))
            cands = [k for k, e in enumerate(pevs) if k not in used and e["type"] == etype and party is not None
                     and _ref((e.get("roles") or {}).get(MAIN_PARTY[etype])) == party]
            if not cands:
                out[etype]["missed"] += sum(gold_f.values())
                continue
            k = max(cands, key=lambda k: sum((Counter(fillers(pevs[k])) & gold_f).values()))
            used.add(k)
            pred_f = Counter(fillers(pevs[k]))
            for role in {r for r, _ in gold_f} | {r for r, _ in pred_f}:
                g_r = Counter({f: n for f, n in gold_f.items() if f[0] == role})
                p_r = Counter({f: n for f, n in pred_f.items() if f[0] == role})
                right = sum((g_r & p_r).values())
                lost, extra = sum((g_r - p_r).values()), sum((p_r - g_r).values())
                wrong = min(lost, extra)
                out[etype].update({"right": right, "wrong": wrong, "missing": lost - wrong, "spurious": extra - wrong})
        for k, e in enumerate(pevs):
            if k not in used:
                out[e["type"]]["unmatched"] += len(fillers(e))
    return out


def found_role_ceilings(c: Counter) -> tuple[float, float, float]:
    """(role-filler F1 with events matched by their main party's mention, as found; the same
    with every role of the found events right; the same with every gold event found, its roles
    read as the found ones are, and no predicted event left unmatched)."""
    right, lost, wrong, extra = (c[k] for k in FOUND_KINDS)
    missed, unmatched = c["missed"], c["unmatched"]
    now = PRF(right, wrong + extra + unmatched, lost + wrong + missed).f1
    roles = PRF(right + lost + wrong, unmatched, missed).f1
    # (every event found, read as the found ones are: the found events' own F1, whatever their number)
    every = PRF(right, wrong + extra, lost + wrong).f1
    return now, roles, every


def format_found_roles(found: dict[str, Counter]) -> str:
    lines = ["role fillers of the events found (a predicted event at the gold main party's mention) and",
             "of the others; F1 with events matched so, as found / every found role right / every event",
             "found, its roles read as now:", "",
             f"{'type':<12} " + " ".join(f"{k:>8}" for k in (*FOUND_KINDS, "missed", "unmatched"))
             + "   F1 now / roles right / events found"]
    for etype, c in found.items():
        now, roles, every = found_role_ceilings(c)
        lines.append(f"{etype:<12} " + " ".join(f"{c[k]:8d}" for k in (*FOUND_KINDS, "missed", "unmatched"))
                     + f"   {now:.3f} / {roles:.3f} / {every:.3f}")
    return "\n".join(lines)


def format_event_errors(s: EventScores, gold: list[dict]) -> str:
    texts = {g["id"]: g["text"] for g in gold}
    out = []
    for doc_id, etype, role, value, kind in s.errors:
        shown = value
        if isinstance(value, tuple) and len(value) == 2 and doc_id in texts:
            shown = repr(texts[doc_id][value[0]:value[1]]) + f"@{value[0]}"
        out.append(f"{kind:3} {doc_id}  {etype}.{role}: {shown}")
    return "\n".join(out)
