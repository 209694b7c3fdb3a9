"""The final stage: one set of non-overlapping entities in ``doc.ents``.

Combines, per ANNOTATION.md:
- MONEY and DATE spans chosen by their normalisers;
- ORG and PRODUCT spans of the curated rulers (their pattern ``id`` is the
  canonical name);
- the statistical model's entities: its ORG on names the patterns do not
  know still comes out (a new start-up must not be lost), PER and LOC stay
  where no rule span overlaps them, MISC is dropped.

Rule spans beat model spans on overlapping text; among rule spans the
longest wins. A vendor ORG directly before a PRODUCT joins it
(``Microsoft`` + ``Foundry``). Articles, elisions and generic heads stay
outside (``la start-up Poolside`` -> ``Poolside``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ._serial import LexiconState, get_span_norm, set_span_norm
from .names import EDITIONS
from .names import (appositions, context_label, context_orgs, context_products, coordinated_names,
                    drop_counted_number, extend_names, forget_headlines, is_event, is_person, mark_headlines)

SCORED = ("ORG", "PRODUCT", "MONEY", "DATE")
# Ruler labels kept whole from the curated files; EVENT, INDEX, LAW and ASSET names
# (``VivaTech``, ``CAC 40``, ``DMA``, ``Bitcoin``) are not scored but hold their text
# against the model's ORG.
RULER_LABELS = ("ORG", "PRODUCT", "EVENT", "INDEX", "LAW", "ASSET")
KEPT_MODEL_LABELS = ("ORG", "PER", "LOC")
EDITION_WORDS = EDITIONS | {"Standard", "Premium", "Basic", "Essential", "Essentiel", "Classic", "Performance"}
# Words that introduce a name without being part of it.
LEADING_HEADS = {
    "le", "la", "les", "l'", "l’", "d'", "d’", "du", "des", "de", "au", "aux", "un", "une",
    "start-up", "startup", "jeune", "pousse", "société", "entreprise", "groupe", "fonds", "firme",
    "laboratoire", "labo", "éditeur", "fabricant", "constructeur", "opérateur", "banque", "cabinet",
    "plateforme", "modèle", "modèles", "puce", "puces", "assistant", "application", "appli",
    "service", "logiciel", "smartphone", "processeur", "gamme", "famille", "agent", "outil",
    "américain", "américaine", "français", "française", "chinois", "chinoise", "allemand",
    "allemande", "britannique", "européen", "européenne", "californien", "californienne",
    "parisien", "parisienne", "japonais", "japonaise", "coréen", "coréenne", "néerlandais",
    "néerlandaise", "suisse", "canadien", "canadienne", "israélien", "israélienne", "taïwanais",
    "suédois", "suédoise", "spécialiste", "new-yorkais", "new-yorkaise", "d'investissement",
    "gpu", "llm", "pc", "suv", "ia",
}
# The model tags "Bourse de Paris" as ORG; the guideline does not (like "la Bourse").
NOT_ORG_HEADS = {"Bourse", "Bourses"}
EDGE_PUNCT = set(".,;:!?()[]{}\"'«»“”‘’*#`_-–—/|")


def _is_plain_word(tok) -> bool:
    """A lower-case word without digits ("start", "franco-italien"): never the first word
    of a name, while "iPhone", "xAI" and "o3-mini" are."""
    return tok.is_lower and tok.text.replace("-", "").isalpha()


class EntityResolver(LexiconState):
    """Writes ``doc.ents`` from rule spans and the statistical NER.

    rule_keys (list[str]): ``doc.spans`` keys holding rule spans, in priority order.
    ruler_key (str): the key of the ORG/PRODUCT span ruler.
    keep_model_labels (list[str]): model labels kept where no rule span overlaps.
    """

    def __init__(self, rule_keys=("money", "date"), ruler_key="rules",
                 keep_model_labels=KEPT_MODEL_LABELS, keep_rule_data=False, lexicon_path=None):
        super().__init__(lexicon_path)
        self.rule_keys = list(rule_keys)
        self.ruler_key = ruler_key
        self.keep_model_labels = set(keep_model_labels)
        self.keep_rule_data = keep_rule_data

    def __call__(self, doc: Doc) -> Doc:
        mark_headlines(doc)
        try:
            return self._resolve(doc)
        finally:
            forget_headlines(doc)

    def _resolve(self, doc: Doc) -> Doc:
        model_ents = list(doc.ents)
        rules: list[Span] = []
        norms: dict[tuple[int, int, str], dict] = {}
        for key in self.rule_keys:
            for s in doc.spans.get(key, []):
                rules.append(s)
                n = get_span_norm(s)
                if n is not None:
                    norms[(s.start, s.end, s.label_)] = n
        named, heads = self._ruler_spans(doc, norms)
        rules = self._join_vendor(doc, filter_spans(rules + named), norms)
        rules = extend_names(doc, rules, norms, self.lexicon)
        rules += coordinated_names(doc, heads, rules, norms)
        rules += appositions(doc, rules, norms, self.lexicon)
        rules += context_orgs(doc, rules, norms, self.lexicon)
        rules += context_products(doc, rules, norms, self.lexicon)
        taken = set()
        for s in rules:
            taken.update(range(s.start, s.end))
        out = list(rules)
        from_model: list[Span] = []
        # "Elon Musk" once makes "Musk" a person everywhere in the article.
        surnames = {e[-1].text for e in model_ents if e.label_ == "PER" and len(e) > 1}
        for ent in model_ents:
            if ent.label_ not in self.keep_model_labels:
                continue
            if any(i in taken for i in range(ent.start, ent.end)):
                continue
            t = self._trim(doc, ent)
            if t is None:
                continue
            if t.label_ in ("LOC", "PER") and self._acts_as_company(doc, t, surnames):
                t = Span(doc, t.start, t.end, label="ORG")
            elif t.label_ == "ORG" and (not self._plausible_org(t) or t.text in self.lexicon.not_org_acronyms
                                        or (len(t) == 1 and t.text in EDITION_WORDS)):
                continue  # ("des versions « Standard »": an edition, not a company)
            if t.label_ == "ORG" and is_person(t, self.lexicon):
                t = Span(doc, t.start, t.end, label="PER")
            elif t.label_ == "ORG" and is_event(t, self.lexicon):
                continue
            out.append(t)
            from_model.append(t)
            if t.label_ == "ORG":
                norms[(t.start, t.end, "ORG")] = {"id": t.text}
        out = self._propagate(doc, filter_spans(out), from_model, norms)
        out = self._relabel(doc, out, norms)
        doc.ents = sorted(out, key=lambda s: s.start)
        doc._.norms = {}
        for s in doc.ents:
            n = norms.get((s.start, s.end, s.label_))
            if n is not None:
                set_span_norm(doc, s, n)
        if not self.keep_rule_data:
            self._drop_rule_data(doc)
        # token_classes lent the lemma to the rulers (no lemmatizer here): give it back empty.
        for tok in doc:
            if tok.lemma:
                tok.lemma = 0
        return doc

    def _drop_rule_data(self, doc: Doc) -> None:
        """The candidates and token classes have served: dropping them keeps docs small
        when ``nlp.pipe(n_process=N)`` sends them back between processes."""
        for key in (self.ruler_key, *self.rule_keys):
            if key in doc.spans:
                del doc.spans[key]
        for key in [k for k in doc.user_data if isinstance(k, tuple) and len(k) > 1
                    and k[0] == "._." and k[1] in ("num", "tclass")]:
            del doc.user_data[key]
        # tok2vec's output (96 floats a token) is the bulk of a serialised Doc.
        doc.tensor = doc.tensor[:0]

    def _relabel(self, doc: Doc, spans: list[Span], norms: dict) -> list[Span]:
        """Company-or-service names take the label of their context; a curated
        organisation that is a place here (``dans l'UE``) goes."""
        out = []
        for s in spans:
            if s.label_ not in ("ORG", "PRODUCT"):
                out.append(s)
                continue
            norm = norms.get((s.start, s.end, s.label_))
            label = context_label(doc, s, norm, self.lexicon)
            if label is None:
                continue
            if label != s.label_:
                norms[(s.start, s.end, label)] = norm or {"id": s.text}
                s = Span(doc, s.start, s.end, label=label)
            out.append(s)
        return out

    def _ruler_spans(self, doc: Doc, norms: dict) -> tuple[list[Span], list[Span]]:
        """ORG/PRODUCT spans of the ruler, trimmed, one per (start, end, label).

        A curated pattern's ``id`` is the canonical name. Form patterns
        (ids starting with ``@``: a product line with its version, a name
        after its kind) take the id of a curated PRODUCT they end with
        (``Nvidia H100`` -> ``H100``), else their own text. On equal text a
        curated span wins over a form span.
        """
        curated: dict[tuple[int, int, str], str] = {}
        forms: list[Span] = []
        heads: list[Span] = []
        for s in doc.spans.get(self.ruler_key, []):
            if s.label_ not in RULER_LABELS:
                continue
            if s.id_ and not s.id_.startswith("@"):
                # A curated phrase is the name as written ("Le Chat", "gpt-oss-20b"): kept whole.
                curated.setdefault((s.start, s.end, s.label_), s.id_)
                continue
            t = self._trim(doc, s)
            if t is not None and t.text not in self.lexicon.not_org_acronyms \
                    and not (t.label_ == "ORG" and (is_person(t, self.lexicon) or t[0].text in self.lexicon.first_names)):
                t = drop_counted_number(t, self.lexicon)
                forms.append(t)
                if s.id_.startswith("@head-"):
                    heads.append(t)
        out = []
        for (start, end, label), cid in curated.items():
            out.append(Span(doc, start, end, label=label))
            norms[(start, end, label)] = {"id": cid}
        by_end = {(end, label): (start, cid) for (start, end, label), cid in curated.items()}
        for t in forms:
            key = (t.start, t.end, t.label_)
            if any((t.start, t.end, label) in curated for label in RULER_LABELS):
                continue  # "des GPU Nvidia": the curated ORG, not a product named Nvidia
            inner = by_end.get((t.end, t.label_))
            cid = inner[1] if inner and inner[0] >= t.start else t.text
            out.append(t)
            norms[key] = {"id": cid}
        return out, filter_spans(heads)

    @staticmethod
    def _propagate(doc: Doc, spans: list[Span], from_model: list[Span], norms: dict) -> list[Span]:
        """One name, one label in a document: "la start-up Qovarlis" makes every later
        "Qovarlis" an ORG, even where the model read a place or a person.

        Names come from form patterns and the model's ORG (curated names already
        match everywhere); an occurrence already held by a rule span is left alone.
        """
        model_keys = {(s.start, s.end) for s in from_model}
        names: dict[tuple[str, ...], tuple[str, dict]] = {}
        for s in spans:
            key = (s.start, s.end, s.label_)
            if s.label_ in ("ORG", "PRODUCT") and s.text[:1].isupper() and len(s.text) >= 3:
                names.setdefault(tuple(t.text for t in s), (s.label_, norms.get(key, {"id": s.text})))
        if not names:
            return spans
        owner: dict[int, Span] = {i: s for s in spans for i in range(s.start, s.end)}
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for words in names:
            by_first.setdefault(words[0], []).append(words)
        added: list[Span] = []
        dropped: set[tuple[int, int]] = set()
        for tok in doc:
            for words in by_first.get(tok.text, ()):
                start, end = tok.i, tok.i + len(words)
                if end > len(doc) or tuple(t.text for t in doc[start:end]) != words:
                    continue
                holders = {owner[i] for i in range(start, end) if i in owner}
                if any((h.start, h.end) not in model_keys for h in holders):
                    continue  # a rule span (or this very name) is there already
                if any(h.start < start or h.end > end for h in holders):
                    continue
                label, norm = names[words]
                if any(h.label_ == label and (h.start, h.end) == (start, end) for h in holders):
                    continue
                dropped.update((h.start, h.end) for h in holders)
                new = Span(doc, start, end, label=label)
                norms[(start, end, label)] = norm
                added.append(new)
        if not added:
            return spans
        return filter_spans([s for s in spans if (s.start, s.end) not in dropped] + added)

    @staticmethod
    def _trim(doc: Doc, span: Span) -> Span | None:
        start, end = span.start, span.end
        while start < end and (doc[start].lower_ in LEADING_HEADS or doc[start].is_space
                               or doc[start].text in EDGE_PUNCT or _is_plain_word(doc[start])):
            start += 1
        while end > start and (doc[end - 1].is_space or doc[end - 1].text in EDGE_PUNCT
                               or doc[end - 1].lower_ in ("de", "d'", "d’", "du", "la", "le", "et")):
            end -= 1
        if start >= end:
            return None
        new = Span(doc, start, end, label=span.label_, span_id=span.id_)
        return new

    def _acts_as_company(self, doc: Doc, span: Span, surnames: set = frozenset()) -> bool:
        """The model reads most unknown company names as places or persons:
        "Qovarlis a levé", "Qovarlis recrute", "le rachat de Qovarlis", "chez
        Qovarlis" are companies, unless the name is a known place, or (for the
        model's PER) a name of two words or more, a first name, or the surname of a
        person named in full elsewhere in the article."""
        lex = self.lexicon
        if span.text in lex.places or any(t.text in lex.places for t in span):
            return False
        if span.label_ == "PER" and (len(span) > 1 or span[0].text in lex.first_names
                                     or span[0].text in surnames):
            return False
        window = doc[span.end:span.end + 3]
        after = [t for t in window if not (t.pos_ == "AUX" or t.lower_ in ("a", "ont", "va", "vont"))]
        passive = any(t.lower_ in ("est", "sont", "sera", "seront", "été") for t in window[:2])
        if after and after[0].lower_ in lex.company_verbs and not passive:
            return True  # "X a levé"; not "X est facturé 30 dollars", a product
        i = span.start - 1
        if i >= 0 and doc[i].lower_ in ("de", "d'", "d’", "du"):
            i -= 1
        return i >= 0 and (doc[i].lower_ in lex.org_context_nouns or doc[i].lower_ == "chez")

    @staticmethod
    def _plausible_org(span: Span) -> bool:
        """Drops the model's ORG on a capitalised common noun (``Réactions``, ``Montant``)."""
        if "\n" in span.text:
            return False
        if span.start > 0 and span.doc[span.start - 1].text == "-" and not span.doc[span.start - 1].whitespace_:
            return False  # "Dall-E": the end of a hyphenated word
        if span[0].text in NOT_ORG_HEADS:
            return False
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        if nxt is not None and nxt.like_num and nxt.text[:1].isdigit():
            return False  # "CAC 40", "Euro Stoxx 50": a stock index, not annotated
        if len(span) == 1:
            tok = span[0]
            if tok.pos_ in ("NOUN", "VERB", "ADJ", "ADV") and tok.is_title:
                return False
            if not any(c.isupper() for c in tok.text):
                return False
        if span[0].is_lower:
            return False
        return True

    @staticmethod
    def _join_vendor(doc: Doc, spans: list[Span], norms: dict) -> list[Span]:
        """``Microsoft`` + ``Foundry`` -> one PRODUCT, per the guideline's vendor rule."""
        spans = sorted(spans, key=lambda s: s.start)
        out: list[Span] = []
        for s in spans:
            prev = out[-1] if out else None
            if (prev is not None and prev.label_ == "ORG" and s.label_ == "PRODUCT" and prev.end == s.start
                    and not doc[prev.end - 1].whitespace_ == "" and "\n" not in doc[prev.end - 1].whitespace_):
                joined = Span(doc, prev.start, s.end, label="PRODUCT")
                norms[(joined.start, joined.end, "PRODUCT")] = norms.get((s.start, s.end, "PRODUCT"), {"id": s.text})
                out[-1] = joined
                continue
            out.append(s)
        return out


@Language.factory(
    "entity_resolver",
    assigns=["doc.ents"],
    default_config={"rule_keys": ["money", "date"], "ruler_key": "rules",
                    "keep_model_labels": list(KEPT_MODEL_LABELS), "keep_rule_data": False,
                    "lexicon_path": None},
)
def make_entity_resolver(nlp: Language, name: str, rule_keys: list, ruler_key: str,
                         keep_model_labels: list, keep_rule_data: bool,
                         lexicon_path: str | None) -> EntityResolver:
    """Final ORG/PRODUCT/MONEY/DATE entities with their norms; ``keep_rule_data``
    keeps the rule candidates (``doc.spans``) and token classes for inspection."""
    return EntityResolver(rule_keys, ruler_key, keep_model_labels, keep_rule_data, lexicon_path)
