"""The investors of a round named away from it, and the buyer of a takeover told with none: a
trained classifier beside the deal rules.

The deal rules (``deals.py``) find the events and read their roles where French news puts them
in the sentence that states the deal. Real articles often list a round's investors sentences
later (``Parmi ses nouveaux actionnaires figurent Kima Ventures, Axeleo Capital et Breega``),
which no rule of the sentence reaches: on the opened real sets, 417 of 575 gold investors are
outside the round's sentence. This stage scores every ORG mention of an article with a round
or with a takeover the rules read with no buyer: a linear model over features of the mention
(its words, the words around it, its distance to the nearest trigger of each type, what the
rules said of it and of its name elsewhere, the cue words of ``patterns/deals.json`` around it,
the nouns and verbs of its sentence, how often the article names it). The mentions it is sure
of join the investors of the round stated last before them; the name it is surest of becomes
the buyer of each buyerless takeover. It is spaCy's
``textcat_multilabel`` (bag of features, one token a feature),
trained by ``python -m pipeline train-roles`` from ``configs/roles.cfg`` on the gold events of
``training/src``, ``training/events``, ``training/events_extra``, ``training/news`` and
``training/real_pages``.

Only these two: the other roles are single, and where the rules leave one empty they mostly
decided so (a revenue is no price, a sector total's week dates no round); the model, filling
them, broke those principled cases (README, stop 36). A takeover with no buyer is seldom such a
case: it is mostly one told in passing ("l'australien ezyCollect, racheté en mai 2024", "loin
devant Motorola Mobility, rachetée 12,5 milliards de dollars en 2012") in an article about its
buyer, which the guideline fills (README, stop 48). Nor may the model drop a rule's event: that
cost more rounds and fines than it saved (stop 48).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

from ..gold.events import pointed_mention

# The roles the model reads, one label each of a multi-label classifier: a round's investors, and
# the buyer of a takeover the rules read with no buyer ("l'australien ezyCollect, racheté en mai
# 2024": the company the article is about).
BUYER_LABEL = "acquisition.acquirer"
LABELS = ("funding.investors", BUYER_LABEL)
# The type whose events each label is learnt from and used on.
LABEL_TYPE = {label: label.split(".")[0] for label in LABELS}
_DIGIT = re.compile(r"\d")
_TYPES = ("funding", "acquisition", "fine")
_CUES = ("investor_cues", "lead_cues", "investor_sentence_cues", "investor_stop", "role_cues")


def _word(tok) -> str:
    return _DIGIT.sub("0", tok.lower_.replace("’", "'"))[:24]


def _band(chars: int) -> str:
    return "a" if chars < 20 else "b" if chars < 60 else "c" if chars < 150 else "d"


def candidates(art) -> list:
    """The mentions an investor may be: ORG, or a name no list holds read as a product."""
    return [e for e in art.ents if e.company_like]


def _mentions_given(events: list[dict]):
    """(type, role, (start, end)) of each mention the events' roles point at."""
    for ev in events:
        for role, value in ev["roles"].items():
            for ref in (value or () if role == "investors" else [value]):
                if isinstance(ref, list) and len(ref) == 2:
                    yield ev["type"], role, tuple(ref)


def features(art, events: list[dict], skip=None) -> list[tuple[object, list[str]]]:
    """(mention, its feature words) for each candidate of an article whose rules ran, but those
    ``skip(mention)`` says need no score."""
    doc, text = art.doc, art.text
    # each type's triggers, with the index of their sentence
    by_type: dict[str, list[tuple[int, int, str, int]]] = {t: [] for t in _TYPES}
    for a, b, etype, word in getattr(art, "trigger_list", ()):
        by_type[etype].append((a, b, word.lower(), art.sentence_at(a)))
    # what the rules said: the exact mention, and the same name elsewhere
    said: dict[tuple[int, int], set[str]] = {}
    said_key: dict[str, set[str]] = {}
    keys = {(e.start, e.end): e.key for e in art.ents}
    for etype, role, ref in _mentions_given(events):
        said.setdefault(ref, set()).add(f"{etype}.{role}")
        if ref in keys:
            said_key.setdefault(keys[ref], set()).add(f"{etype}.{role}")
    # the cue words of patterns/deals.json the rules read investors by ("menée par", "aux côtés
    # de"; "rival", "partenariat", "fondateur"), before the name and in its sentence
    cues = [(cue, art.rules.cue[cue]) for cue in _CUES if cue in art.rules.cue]
    in_sentence: dict[int, list[str]] = {}
    seen: set[str] = set()
    out = []
    names = candidates(art)
    # how often the article names it, and whether it is the name the article names most: the
    # company an article is about buys what a list tells it "racheté" with no buyer
    told = Counter(e.key for e in names)
    most = max(told.values(), default=0)
    for e in names:
        first = e.key not in seen
        seen.add(e.key)
        if skip is not None and skip(e):
            continue
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None:
            continue
        label = "ORG"       # every candidate reads as a company
        f = [f"lab:{label}"]
        f += [f"w:{_word(t)}" for t in span[:4]]
        if e.label == "ORG" and art.is_authority(e):
            f.append("auth")
        f.append("first" if first else "again")
        f.append(f"told:{min(told[e.key], 4)}")
        if told[e.key] == most and most > 1:
            f.append("most")
        left = [_word(t) for t in doc[max(0, span.start - 3):span.start]][::-1]
        right = [_word(t) for t in doc[span.end:span.end + 2]]
        ctx = []
        for i, w in enumerate(left):
            ctx.append(f"l{i + 1}:{w}")
        if len(left) >= 2:
            ctx.append(f"l21:{left[1]}_{left[0]}")
        for i, w in enumerate(right):
            ctx.append(f"r{i + 1}:{w}")
        if span.start:
            ctx.append(f"lp:{doc[span.start - 1].pos_}")
        if span.end < len(doc):
            ctx.append(f"rp:{doc[span.end].pos_}")
        f += ctx
        k = art.sentence_at(e.start)
        s0, s1 = art.sents[k] if 0 <= k < len(art.sents) else (0, len(text))
        if k == 0:
            f.append("head")
        for t in _TYPES:
            trigs = by_type[t]
            if not trigs:
                continue
            # the nearest trigger of the type, by sentences then characters
            best = min(trigs, key=lambda x: (abs(x[3] - k), abs(x[0] - e.start)))
            d = k - best[3]
            rel = "s0" if d == 0 else "n1" if d == 1 else "p1" if d == -1 else "nf" if d > 1 else "pf"
            base = f"{t}:{rel}"
            f.append(base)
            f.append(f"{base}:{label}")
            f.append(f"{t}:tw:{best[2]}")
            if rel == "s0":
                side = "bef" if e.end <= best[0] else "aft"
                gap = best[0] - e.end if side == "bef" else e.start - best[1]
                between = sum(1 for x in art.within(min(e.end, best[1]), max(e.start, best[0]))
                              if x.company_like and x.label == e.label)
                f += [f"{base}:{label}:{side}", f"{base}:{label}:{side}:{_band(gap)}",
                      f"{base}:{label}:{side}:n{min(between, 2)}"]
            f += [f"{base}:{label}:{c}" for c in ctx[:2] + ctx[3:4]]
        f += [f"cue:{cue}:before" for cue, pattern in cues if pattern.search(text, max(s0, e.start - 40), e.start)]
        for role in said.get((e.start, e.end), ()):
            f.append(f"R:{role}")
        for role in said_key.get(e.key, ()):
            f.append(f"RK:{role}")
        if k not in in_sentence:
            # the cue words of the sentence, and its nouns and verbs, which tell what a name does there
            in_sentence[k] = [f"cue:{cue}:sent" for cue, pattern in cues if pattern.search(text, s0, s1)] + sorted(
                {f"sw:{_word(t)}" for t in doc.char_span(s0, s1, alignment_mode="expand") or ()
                 if t.pos_ in ("NOUN", "VERB") and len(t) > 3})[:40]
        out.append((e, f + in_sentence[k]))
    return out


def feature_doc(vocab, words: list[str]) -> Doc:
    return Doc(vocab, words=words or ["lab:none"])


ROLES_DIR = Path(__file__).resolve().parents[1] / "models" / "roles"
# A name the rules did not give to a round joins it when the model is at least this sure. Chosen
# on the opened real sets, which the model never trained on (README, stop 36; 0.35 since stop 63,
# when the model trained on 769 real-pages retellings read more names as investors than at 0.3)
ADD = 0.35
# A takeover the rules read with no buyer takes the name the model is at least this sure of.
BUYER = 0.5
# A sentence that only says a name takes part completes the round up to five sentences after it
# (§4, stop 29); one that names investors or the round ("Parmi les investisseurs figurent ...")
# at any distance.
FAR = 5


class RoleModel:
    """The trained classifier: the ``textcat_multilabel`` model of a folder ``spacy train`` wrote.

    Only its network is built, from the folder's config, and given its weights: a Doc of
    features needs no tokenizer or language (and the whole pipeline's ``spacy.load`` would be
    a tenth of a second of the product's cold start)."""

    def __init__(self, path):
        import srsly
        from spacy import util
        from spacy.vocab import Vocab

        self.path = Path(path)
        config = util.load_config(self.path / "config.cfg")
        self.model = util.registry.resolve({"model": config["components"]["textcat_multilabel"]["model"]})["model"]
        self.labels = list(srsly.read_json(self.path / "textcat_multilabel" / "cfg")["labels"])
        self.model.set_dim("nO", len(self.labels))
        self.model.from_disk(self.path / "textcat_multilabel" / "model")
        self.vocab = Vocab()

    def scores(self, feats: list[tuple[object, list[str]]]) -> dict[tuple[int, int], dict[str, float]]:
        if not feats:
            return {}
        table = self.model.ops.to_numpy(self.model.predict([feature_doc(self.vocab, f) for _, f in feats]))
        return {(e.start, e.end): dict(zip(self.labels, map(float, row))) for (e, _), row in zip(feats, table)}

    def refine(self, art, events: list[dict]) -> list[dict]:
        """The rules' events, with the investors the model is sure of added to their rounds, and a
        buyer given to the takeovers the rules read with none."""
        rounds = any(ev["type"] == "funding" for ev in events) and "funding.investors" in self.labels
        buyerless = [ev for ev in events if ev["type"] == "acquisition" and not ev["roles"].get("acquirer")
                     and ev["roles"].get("target")] if BUYER_LABEL in self.labels else []
        if not rounds and not buyerless:
            return events
        keys = {(e.start, e.end): e.key for e in art.ents}
        # A name the rules gave a part in a deal keeps it: the start-up raising in a roundup's
        # next item invests in no other, an investor of one round is not added to the next; nor
        # is a source, a stock market or a wire a party (the rules' own test). Those need no score,
        # but as a buyer: the group that bought one company in a list buys the next.
        taken = {keys.get(ref) for _, role, ref in _mentions_given(events)
                 if role in ("company", "target", "acquirer", "investors")}
        feats = features(art, events, skip=lambda e: art.sourced(e) or (e.key in taken and not buyerless))
        p = self.scores(feats)
        if buyerless:
            # (a buyer the model gives is taken as well: no investor of a round)
            taken |= self.give_buyers(art, buyerless, [(e, p[(e.start, e.end)][BUYER_LABEL]) for e, _ in feats], keys)
        if not rounds:
            return events
        for e, _ in feats:
            if p[(e.start, e.end)]["funding.investors"] < ADD or e.key in taken:
                continue      # (or taken by an earlier name of this loop)
            ev = _event_for(events, "funding", e.start)
            if art.sentence_at(e.start) - art.sentence_at(ev["trigger"][0]) > FAR and _takes_part_only(art, e):
                continue
            if e.end <= ev["trigger"][0] and art.sentence_at(e.start) == art.sentence_at(ev["trigger"][0]):
                continue      # the round's own sentence before its words: the rules read it ("Datavolt salue la levée de Kervalo")
            ev["roles"]["investors"] = [*(ev["roles"].get("investors") or []), [e.start, e.end]]
            taken.add(e.key)
        return events

    @staticmethod
    def give_buyers(art, takeovers: list[dict], scored: list[tuple[object, float]], keys: dict) -> set[str]:
        """Each takeover's buyer: the name the model is surest of (at least ``BUYER``) among those
        named up to the end of the deal's sentence, but its target and any authority; the
        mention of it the guideline points at (``pointed_mention``, as the gold's roles are
        resolved). RETURNS the names given."""
        given = set()
        for ev in takeovers:
            t0 = ev["trigger"][0]
            s0, s1 = art.sents[art.sentence_at(t0)]
            target = keys.get(tuple(ev["roles"]["target"]))
            best: dict[str, float] = {}
            for e, score in scored:
                if e.start < s1 and e.key != target and score >= BUYER and not art.is_authority(e):
                    best[e.key] = max(score, best.get(e.key, 0.0))
            if not best:
                continue
            key = max(best, key=best.get)
            mentions = [(e.start, e.end) for e in art.ents if e.key == key and e.company_like]
            ev["roles"]["acquirer"] = list(pointed_mention(mentions, t0, (s0, s1)))
            given.add(key)
        return given


def _takes_part_only(art, e) -> bool:
    """Whether the name's sentence says only that it takes part (``Elaia et Partech y
    participent``), with no word that names investors or the round (``investisseurs``,
    ``mené par``, ``fonds``): such a sentence completes a round up to ``FAR`` sentences on."""
    s0, s1 = art.sents[art.sentence_at(e.start)]
    return not art.rules.cue["investor_cues"].search(art.text, s0, s1)


def _event_for(events: list[dict], etype: str, pos: int) -> dict | None:
    """The event of the type a mention at ``pos`` speaks of: the last one stated before it, else the first."""
    of_type = [ev for ev in events if ev["type"] == etype]
    before = [ev for ev in of_type if ev["trigger"][0] <= pos]
    return before[-1] if before else (of_type[0] if of_type else None)


def holds_model(path) -> bool:
    """Whether ``path`` is a folder ``train-roles`` wrote (its config beside the weights)."""
    return (Path(path) / "config.cfg").is_file()


def load_role_model(path=None) -> RoleModel | None:
    """The model at ``path`` (default: the shipped ``pipeline/models/roles``), None when there is none."""
    path = Path(path) if path else ROLES_DIR
    return RoleModel(path) if holds_model(path) else None
