"""Scoring of deal events (evaluation/ANNOTATION.md §2b, §3).

Role fillers are compared as (document, type, role, value) where the value is a
span's offsets or a word (``round``, ``status``): precision, recall and F1 per type
and role, and per type over all its roles. An event is whole when one predicted
event of its type holds every role its gold event fills (``reason`` is not scored).
Only gold records that carry an ``events`` list are scored.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

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

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class EventScores:
    roles: dict = field(default_factory=dict)      # (type, role) -> PRF
    types: dict = field(default_factory=dict)      # type -> PRF over its role fillers
    events: dict = field(default_factory=dict)     # type -> PRF over whole events
    errors: list = field(default_factory=list)     # (doc id, type, role, value, "FP"|"FN")

    def to_dict(self) -> dict:
        return {"roles": {f"{t}.{r}": s.to_dict() for (t, r), s in sorted(self.roles.items())},
                "types": {t: s.to_dict() for t, s in sorted(self.types.items())},
                "events": {t: s.to_dict() for t, s in sorted(self.events.items())}}


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
        for role in roles:
            s.roles[(etype, role)] = PRF()
    for g in scored:
        p_events = [e for e in (by_id.get(g["id"], {}).get("events") or []) if e.get("type") in SCORED_ROLES]
        g_events = [e for e in g["events"] if e.get("type") in SCORED_ROLES]
        gold_f = Counter((e["type"], r, v) for e in g_events for r, v in fillers(e))
        pred_f = Counter((e["type"], r, v) for e in p_events for r, v in fillers(e))
        for key in gold_f | pred_f:
            etype, role, value = key
            tp = min(gold_f[key], pred_f[key])
            fp, fn = pred_f[key] - tp, gold_f[key] - tp
            for bucket in (s.roles[(etype, role)], s.types[etype]):
                bucket.tp += tp
                bucket.fp += fp
                bucket.fn += fn
            s.errors += [(g["id"], etype, role, value, "FP")] * fp + [(g["id"], etype, role, value, "FN")] * fn
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
