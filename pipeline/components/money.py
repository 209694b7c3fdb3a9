"""MONEY: choose among the ruler's money candidates and normalise them.

The span ruler proposes ``MONEY`` (an amount with its currency) and
``MONEY_BARE`` (a scaled amount with none, ``valorisée à 2 milliards``).
This stage keeps the longest explicit amounts, keeps a bare amount only
where the sentence uses it as money, gives it the currency of the nearest
preceding explicit amount (ANNOTATION.md, MONEY), and stores each span's
``norm`` in ``span._.norm``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache, lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..errors import NormalisationError
from ..normalise.lexicon import Lexicon
from ..normalise.money import LONE_SCALES, find_currency, parse_money
from ..normalise.numbers_fr import normalise_spaces
from ._serial import LexiconState, doc_text, sent_bounds, set_span_norm

CONTEXT_TOKENS = 8
FOLLOW_TOKENS = 60         # how far back a bare amount looks for the amount whose kind it has
COMPARE_TOKENS = 60
# "passe de 4,99 euros à 5,99 euros" states a change (two amounts), "coûte de 4,99 euros
# à 14,99 euros" a range (one span): the verb before "de" says which.
CHANGE_VERB_STEMS = ("pass", "augment", "grimp", "baiss", "mont", "chut", "bond", "recul", "progress",
                     "évolu", "relev", "port", "rédui", "abaiss", "hauss", "tomb", "descend", "gonfl", "rehauss",
                     "réhauss")
# ... unless the amounts are a range's: "la fourchette relevée de 30 à 32 dollars"
RANGE_NOUNS = ("fourchette", "tranche", "gamme")
# With the currency written once, only a verb of state says from-to ("passés de 60 à 70
# euros"); a verb of increase gives its size ("augmenteront de 1 à 2 euros": a range).
FROM_TO_STEMS = ("pass", "relev", "port", "ramen", "abaiss", "rédui", "rehauss", "réhauss")


# the words between "à" and an approximate amount ("passé de 3 millions à près de 5 millions")
_APPROXIMATION = frozenset(("près", "plus", "moins", "de", "d'", "d’", "environ"))
# a date word after a bare amount says when, it is not what the amount counts
_WHEN_CLASSES = frozenset(("MONTH", "MIDTOK", "PART", "WEEKDAY", "RELDAY", "SEASON", "QTOKEN", "YEAR"))


class MoneyNormaliser(LexiconState):
    """Money spans from ruler candidates.

    candidates_key (str): ``doc.spans`` key the ruler writes to.
    output_key (str): ``doc.spans`` key for the chosen MONEY spans.
    lexicon_path (str | None): currency and scale tables (default ``patterns/lexicon.json``).
    """

    def __init__(self, lexicon_path: str | None = None, candidates_key: str = "rules",
                 output_key: str = "money", lexicon: Lexicon | None = None):
        super().__init__(lexicon_path, lexicon)
        self.candidates_key = candidates_key
        self.output_key = output_key

    def __call__(self, doc: Doc) -> Doc:
        cands = doc.spans[self.candidates_key] if self.candidates_key in doc.spans else []
        cands = list(cands) + self._subunit_ranges(doc, cands)
        # each candidate is judged once (it parses its bounds), whichever list asks
        ranges: dict[tuple[int, int], bool] = {}

        def in_range(s: Span) -> bool:
            key = (s.start, s.end)
            if key not in ranges:
                ranges[key] = not self._not_a_range(doc, s)
            return ranges[key]

        # "à 499 et 299 euros": a list stands for its first amount (read with the text given)
        # ("10, 20 ou 50 euros": every amount before the last)
        lists = {s: items for s in cands if in_range(s) and (items := _list_items(doc, s, self.lexicon))}
        cands = [s for s in cands if s not in lists] + [Span(doc, f.start, f.end, label=s.label_)
                                                         for s, items in lists.items() for f, _ in items]
        texts = {(f.start, f.end): text for items in lists.values() for f, text in items}
        # a bare list's first amount counts what the list counts ("de 45 à 48 millions d'exemplaires")
        whole = {(f.start, f.end): s for s, items in lists.items() for f, _ in items}
        explicit = filter_spans([s for s in cands if s.label_ == "MONEY" and in_range(s)
                                 and not _scale_without_article(doc, s) and not _a_book(s)])
        taken = {i for s in explicit for i in range(s.start, s.end)}
        # ("au 30 juin 2012 à 54,2 millions": a year after its month is no first bound, bare or not)
        bare = filter_spans([s for s in cands if s.label_ == "MONEY_BARE" and in_range(s)
                             and not any(i in taken for i in range(s.start, s.end))
                             # (a lone scale word is money only after the verb that passes it)
                             and (len(s) > 1 or s[0].lower_ not in LONE_SCALES or _threshold_scale(doc, s))])
        chosen: list[tuple[Span, dict]] = []
        # one search of the text, and only when an amount needs it
        canadian = cache(lambda: self._canadian(doc))
        central_african = cache(lambda: self._central_african(doc))
        for span in explicit:
            text = texts.get((span.start, span.end), span.text.rstrip("."))
            try:
                money = parse_money(text, lexicon=self.lexicon)
            except NormalisationError:
                continue
            if money.currency == "USD":
                if canadian() and _unmarked_dollar(text, self.lexicon):
                    money = money._replace(currency="CAD")
            elif money.currency == "XOF" and "XOF" not in text and central_african():
                money = money._replace(currency="XAF")     # the CFA franc of Cameroon, Gabon, Congo, Chad
            if chosen and (shared := self._shared_subunit(text)) and chosen[-1][1]["currency"] in shared:
                # "des appels à 33,5 centimes" after amounts in francs: Swiss centimes
                money = money._replace(currency=chosen[-1][1]["currency"])
            if money.currency:
                chosen.append((span, money.to_norm()))
        explicit_ok = sorted(chosen, key=lambda sn: sn[0].start)
        for span in bare:
            if not self._used_as_money(doc, whole.get((span.start, span.end), span), chosen):
                continue
            currency = self._context_currency(span, explicit_ok)
            if currency is None and not explicit_ok:
                # "une offre non sollicitée de 10,3 milliards" in a Québec story that writes no
                # currency at all: its dollars (§4's Canadian article)
                currency = "CAD" if canadian() else None
            if currency is None:
                continue
            try:
                money = parse_money(texts.get((span.start, span.end), span.text.rstrip(".")),
                                    default_currency=currency, lexicon=self.lexicon)
            except NormalisationError:
                continue
            chosen.append((span, money.to_norm()))
        chosen.sort(key=lambda sn: sn[0].start)
        out = []
        for span, norm in chosen:
            new = Span(doc, span.start, span.end, label="MONEY")
            set_span_norm(doc, new, norm)
            out.append(new)
        doc.spans[self.output_key] = out
        return doc

    def _subunit_ranges(self, doc: Doc, cands) -> list[Span]:
        """"entre 5 et 6 centimes", "de 36,5 à 12,5 cents": an amount in a sub-unit and the number
        joined to it before, one candidate (read here from the amount's candidate: a pattern would
        put a window around every number of the text for these rare words)."""
        out = []
        for s in cands:
            if s.label_ == "MONEY" and len(s) == 2 and _subunit(s[-1], self.lexicon) and s.start >= 2 \
                    and doc[s.start - 1].lower_ in ("et", "à", "a", "-", "–", "au") \
                    and doc[s.start - 2].text[:1].isdigit() and doc[s.start - 2]._.num:
                out.append(Span(doc, s.start - 2, s.end, label="MONEY"))
        return out

    def _shared_subunit(self, text: str) -> tuple:
        """The other currencies of a sub-unit written without its currency ("33,5 centimes")."""
        shared = self.lexicon.subunit_shared or {}
        words = text.lower().split()
        if not shared or len(words) != 2 or words[1] not in shared or find_currency(text, self.lexicon)[0]:
            return ()
        return shared[words[1]]

    def _canadian(self, doc: Doc) -> bool:
        """An article set in Canada (§4, stop 17): its places and demonyms (`montréalaise`,
        `Ottawa`, `canadiennes`) said twice at least; there, `$` and `dollars` alone are CAD."""
        found = _words_found(doc_text(doc), self.lexicon.canadian_words)
        return len(found) >= 2 and any(w != "canada" for w in found)

    def _central_african(self, doc: Doc) -> bool:
        """An article set in Central Africa (§4, stop 22): its countries, demonyms and cities
        (`Cameroun`, `camerounais`, `Libreville`) said twice at least; there, the CFA franc
        (`FCFA`, `francs CFA`) is the Central African one, XAF."""
        return len(_words_found(doc_text(doc), self.lexicon.central_african_words)) >= 2

    def _not_a_range(self, doc: Doc, span: Span) -> bool:
        """A candidate that reads as a range but is not one: "AirPods 4 à 149 euros" (the
        first number ends a name), "le 9 septembre 2025 à 1 229 euros", "en 2021 et 60 millions" (a
        year after its month or a preposition is never the first bound), "passe de 4,99 euros à 5,99 euros" (a change)."""
        if not any(t.lower_ in ("à", "et", "ou", "au", "-", "–") for t in span):
            return False
        prev = doc[span.start - 1] if span.start > 0 else None
        if re.fullmatch(r"(?:19|20)\d\d", span[0].text) and prev is not None and (
                prev._.tclass == "MONTH" or prev.lower_ in ("en", "depuis", "dès", "année", "exercice", "fin", "début")):
            # "en 2021 et 60 millions d'euros": a year before "et" or "à" is a date, not a first bound
            return True
        if any(t.i > span.start and _subunit(t, self.lexicon) for t in span[:-1]):
            return True       # "25 cents et 14 milliards de dollars": each bound has its own unit
        curs = [t for t in span if t._.tclass in ("CUR", "CURSYM", "SCALECUR")]
        if len(curs) > 1 and _decreasing(doc, span, self.lexicon):
            return True       # "de 249 euros à 170 euros": a range rises, a price cut is two prices
        if len(curs) > 1:
            # "passe de 4,99 euros à 5,99 euros": a change, two amounts; "de 4,99 euros à
            # 14,99 euros" (a price range) is one span. A verb before "de" says which.
            if prev is None or prev.lower_ not in ("de", "entre") or _after_change_verb(doc, span) \
                    or _signed_change_after(doc, span):
                return True
            # "une perte de 1,2 milliard d'euros et 350 millions de dollars": "de ... et" is
            # no range (only "entre ... et" is), nor are two currencies
            # ("de 0,99 euro à 999 euros": one currency, its singular and its plural)
            if len({find_currency(t.text, self.lexicon)[0] for t in curs}) > 1 or (
                    prev.lower_ == "de" and any(t.lower_ == "et" for t in span)):
                return True
        return (prev is not None and not prev.is_sent_start and prev.is_alpha
                and any(c.isupper() for c in prev.text))

    def _used_as_money(self, doc: Doc, span: Span, chosen: list) -> bool:
        """A bare scaled amount is money unless it counts something: "2 millions
        d'utilisateurs" is not, "5 milliards de dette" and "4 milliards de plus" are.
        ``chosen``: the amounts read as money so far, the explicit ones first."""
        nxt = doc[span.end] if span.end < len(doc) else None
        money_noun = False
        if nxt is not None and nxt.lower_ in ("de", "d'", "d’"):
            after = doc[span.end + 1] if span.end + 1 < len(doc) else None
            if after is not None and span.end + 2 < len(doc) and (after.pos_ == "ADJ" or (
                    after.lower_ in ("la", "l'", "l’", "les") and doc[span.end + 2].lower_ in self.lexicon.money_nouns)):
                # "227 millions de nouveaux capitaux", "65,3 millions de la vente de terminaux"
                after = doc[span.end + 2]
            if after is None or (after.lower_ not in ("plus", "moins", "ici")  # "30 milliards d'ici la fin de l'année"
                                 and after.lower_ not in self.lexicon.money_nouns
                                 and not self._names_a_period(doc, after)
                                 and not _names_a_company(doc, after)):
                return False
            money_noun = after.lower_ in self.lexicon.money_nouns
        elif nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ not in self.lexicon.money_nouns \
                and nxt._.tclass not in _WHEN_CLASSES:
            return False      # "2 millions utilisateurs"; not "106 millions mi-avril", "5 millions lundi"
        if self._compares_a_count(doc, span) or self._follows_a_count(doc, span):
            return False
        if [t.lower_ for t in doc[span.end:span.end + 2]] == ["le", "nombre"]:
            return False    # "estime à près de 240 millions le nombre de photos": a count
        if self._counts_subject(doc, span) or self._counts_like_next(doc, span):
            return False
        if money_noun or chosen:
            # (the noun says it when the article writes no currency: "de nouveaux capitaux"; in a
            # Québec story that writes none, the first amount read as money makes the next ones so)
            return True
        sent_start, _ = sent_bounds(doc, span.start)
        window = doc[max(sent_start, span.start - CONTEXT_TOKENS):span.start]
        return any(t.text in self.lexicon.money_cues or t.lower_ in self.lexicon.money_cues for t in window) \
            or self._repeats_an_amount(span, chosen)

    def _counts_subject(self, doc: Doc, span: Span) -> bool:
        """"Son nombre d'abonnés augmente de 6,7 % à 221,64 millions", "La base d'abonnés de
        Telus de 8,4 millions", "Les connexions ... ont augmenté pour atteindre 1,6 million": a
        noun that counts (``count_nouns``) earlier in the sentence, with no money word or
        currency between, is what the bare amount counts."""
        sent_start, _ = sent_bounds(doc, span.start)
        count = next((t.i for t in reversed(doc[sent_start:span.start]) if t.lower_ in self.lexicon.count_nouns), None)
        # (a money noun after its determiner or preposition: "son chiffre d'affaires"; "clients
        # considérés comme actifs" still counts clients)
        return count is not None and not any(
            t._.tclass in ("CUR", "CURSYM", "SCALECUR", "MONEYTOK")
            or (t.lower_ in self.lexicon.money_nouns and (doc[t.i - 1].pos_ == "DET" or doc[t.i - 1].lower_ in (
                "de", "d'", "d’", "du", "des", "en", "au", "aux")))
            for t in doc[count + 1:span.start])

    def _counts_like_next(self, doc: Doc, span: Span) -> bool:
        """"est passé de 3 millions à près de 5 millions d'abonnés": a change's first amount
        counts what its second counts (§4, stop 23), words like "près de" between them."""
        if span.end >= len(doc) or doc[span.end].lower_ not in ("à", "au", "et", "ou"):
            return False
        for tok in doc[span.end + 1:span.end + 6]:
            if tok._.tclass == "SCALE" and doc[tok.i - 1]._.num:
                nxt = doc[tok.i + 1:tok.i + 3]
                return len(nxt) == 2 and nxt[0].lower_ in ("de", "d'", "d’") and nxt[1]._.tclass not in (
                    "CUR", "CURSYM") and nxt[1].lower_ not in self.lexicon.money_nouns and (
                    nxt[1].pos_ == "NOUN" and nxt[1].lower_ not in ("plus", "moins"))
            if tok._.num in ("D", "G") and tok.i + 1 < len(doc) and not doc[tok.i + 1]._.num \
                    and doc[tok.i + 1]._.tclass != "SCALE":
                # "respectivement 1,192 million et 653.708 exemplaires": the second, unscaled, counts a noun
                nxt = doc[tok.i + 1]
                return nxt.pos_ in ("NOUN", "ADJ") and nxt.is_lower and not nxt._.tclass \
                    and nxt.lower_ not in self.lexicon.money_nouns
            if tok.is_punct or not (tok._.num or tok.lower_ in _APPROXIMATION):
                return False      # ("vaut 1,4 milliard et emploie environ 500 personnes": another clause)
        return False

    def _names_a_period(self, doc: Doc, det: Token) -> bool:
        """"le total de 450 millions de la semaine dernière", "les 2 milliards de l'an
        dernier", "les 74,6 millions de 2024": after "de", a period with its article, or a year,
        says whose amount it is, no noun counted."""
        if det._.tclass == "YEAR":
            return True     # "par rapport aux 74,6 millions de 2024": that year's amount
        if det.lower_ not in ("la", "l'", "l’", "le", "cette", "ce", "cet") or det.i + 1 >= len(doc):
            return False
        period = doc[det.i + 1]
        return period.lower_ in self.lexicon.units or period._.tclass in _WHEN_CLASSES

    def _repeats_an_amount(self, span: Span, chosen: list) -> bool:
        """"un financement de 137,5 millions ... D'où viennent les 137,5 millions que
        l'entreprise a levés ?": a bare amount written as one already read as money earlier
        in the article is that money again (what the cue words would say is further on)."""
        words = span.text.rstrip(".")
        return any(s.start < span.start and (s.text == words or s.text.startswith(words + " "))
                   for s, _ in chosen)

    def _compares_a_count(self, doc: Doc, span: Span) -> bool:
        """"6,5 millions d'abonnés au T3, contre 6,4 millions au T2", "19,1 millions
        d'unités, dont 6,3 millions au T1", "207,64 millions de membres, soit +3,98 millions":
        after "contre", "dont", "et", "soit", the bare amount
        is of the kind of the amount it is compared with, here a count (the nearest
        scaled number before it in the sentence counts a noun)."""
        sent_start, _ = sent_bounds(doc, span.start)
        # the compared amount is near: a bounded look back keeps many amounts linear
        before = doc[max(sent_start, span.start - COMPARE_TOKENS):span.start]
        if not any(t.lower_ in ("contre", "après", "vs", "dont", "et", "soit", "que", "qu'", "qu’") for t in before[-3:]):
            return False      # ("247 millions d'utilisateurs, soit bien plus que les 243,8 millions prévus")
        for tok in reversed(before[:-1]):
            if tok._.tclass == "SCALE":
                # The compared amount counts something: "6,5 millions d'abonnés"; a bare one
                # ("303 millions au précédent") is of the kind of the one before it.
                nxt = doc[tok.i + 1:tok.i + 3]
                if len(nxt) == 2 and nxt[0].lower_ in ("de", "d'", "d’"):
                    return self._counts_a_noun(doc, nxt[1])
                if len(nxt) and nxt[0]._.tclass in ("CUR", "CURSYM"):
                    return False
        return False

    def _counts_a_noun(self, doc: Doc, tok: Token) -> bool:
        """The word after a scaled amount's "de" names what it counts ("6,5 millions d'abonnés"),
        not its currency, a money noun or whose money it is ("les 50 millions de l'assurtech Alan")."""
        return tok._.tclass not in ("CUR", "CURSYM") and tok.lower_ not in self.lexicon.money_nouns \
            and not _names_a_company(doc, tok)

    def _follows_a_count(self, doc: Doc, span: Span) -> bool:
        """"Sur ces 7,41 millions de nouveaux abonnés, 1,96 million sont aux États-Unis": with
        no money word before it in its sentence, a bare amount is of the kind of the nearest
        scaled amount before it, a count when that one counts a noun (bare amounts between
        them, "Sur ces 125 millions, 68,3 millions", are of the same kind); an amount of money
        nearer makes it money."""
        sent_start, _ = sent_bounds(doc, span.start)
        cues = self.lexicon.money_cues
        if any(t.text in cues or t.lower_ in cues for t in doc[sent_start:span.start]):
            return False
        for tok in reversed(doc[max(0, span.start - FOLLOW_TOKENS):span.start]):
            if tok._.tclass in ("CUR", "CURSYM", "SCALECUR", "MONEYTOK"):
                return False
            if tok._.tclass != "SCALE" or not tok.i or not doc[tok.i - 1]._.num:
                continue       # ("des milliers de puces": no amount)
            nxt = doc[tok.i + 1:tok.i + 3]
            if len(nxt) == 2 and nxt[0].lower_ in ("de", "d'", "d’") and nxt[1].lower_ not in ("plus", "moins"):
                return self._counts_a_noun(doc, nxt[1])
        return False

    @staticmethod
    def _context_currency(span: Span, explicit: list) -> str | None:
        """The currency of the nearest preceding explicit amount that is not a
        conversion of another ("32 milliards de dollars, soit 29,4 milliards
        d'euros": the dollars count); with none before, the nearest after."""
        explicit = [(s, n) for i, (s, n) in enumerate(explicit)
                    if not (i and _is_conversion(explicit[i - 1][0], s))]
        before = [n for s, n in explicit if s.end <= span.start]
        if before:
            return before[-1]["currency"]
        after = [n for s, n in explicit if s.start >= span.end]
        return after[0]["currency"] if after else None


def _words_found(text: str, words: frozenset) -> list[str]:
    """The words of a table the text names, lower-cased, in order (an article's places)."""
    low = text.lower()
    if not any(w in low for w in words):
        return []     # (a plain search first: the word-bounded one costs four times more)
    return [m.group(0).lower() for m in _words_regex(words).finditer(text)]


@lru_cache(maxsize=4)
def _words_regex(words: frozenset) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(words))) + r")(?!\w)", re.I)


def _unmarked_dollar(text: str, lex: Lexicon) -> bool:
    """"30 millions $", "16,5 M$", "9 millions de dollars", "50 cents": a dollar (or its
    cent) no country marks ("$ US", "dollars américains", "US$" do)."""
    s = normalise_spaces(text)
    _, start, end = find_currency(s, lex)
    if start < 0:
        # the dollar's cent, alone ("une chanson coûte 50 cents" in Montréal is Canadian too)
        return bool(re.search(r"\d\s*cents?$", s, re.I))
    return s[start:end].lower() in ("$", "dollar", "dollars")


def _names_a_company(doc: Doc, tok: Token) -> bool:
    """"une levée de 40,5 millions de The Exploration Company", "la dette de 499 millions de
    Logica", "les 50 millions de l'assurtech Alan": after "de", a name the NER read (after its
    article and a few lower-case words that describe it) says whose amount it is, no noun counted."""
    if tok.lower_ in ("la", "le", "l'", "l’"):
        for nxt in doc[tok.i + 1:tok.i + 6]:
            if nxt.ent_iob_ == "B" and nxt.ent_type_ == "ORG":
                return nxt.i > tok.i + 1
            if not (nxt.is_lower and (nxt.is_alpha or "-" in nxt.text)):
                return False
        return False
    return tok.ent_iob_ == "B" and tok.ent_type_ == "ORG"     # ("232 millions d'iPhone": a product counted)


# the verbs of a value that passes a scale ("la valeur dépasse le milliard"; a heading's "Le cap du
# milliard" is no amount in the team's gold)
_THRESHOLD_WORDS = frozenset(("dépasse", "dépassent", "dépassé", "dépasser", "franchit", "franchissent", "franchi",
                              "franchir", "atteint", "atteignent", "atteindre", "passe", "passent", "passé"))


def _threshold_scale(doc: Doc, span: Span) -> bool:
    """"la valeur dépasse le milliard": the scale alone, after its article and the verb that
    passes it, is one of it in the article's currency (real writers, stop 26);
    "le milliard d'utilisateurs" is no amount (a noun after it), nor is a scale in prose."""
    i = span.start
    if len(span) != 1 or i < 2 or doc[i - 1].lower_ != "le" or doc[i - 2].lower_ not in _THRESHOLD_WORDS:
        return False
    return span.end >= len(doc) or doc[span.end].lower_ not in ("de", "d'", "d’")


def _scale_without_article(doc: Doc, span: Span) -> bool:
    """"le milliard de dollars", "du million d'euros", "le millier d'euros": one of the scale, after its article;
    "par million d'euros investi" is a rate, not an amount."""
    if span[0]._.tclass != "SCALE" or span[0].lower_ not in LONE_SCALES:
        return False
    return span.start == 0 or doc[span.start - 1].lower_ not in ("le", "du", "au")


def _list_items(doc: Doc, span: Span, lex: Lexicon) -> list[tuple[Span, str]]:
    """Two amounts joined by "et" are a range only after "entre" (guideline §4): "à 499 et
    299 euros", "respectivement à 1 159 et 1 259 euros" are two prices; so are those of a
    list with commas, "respectivement 500, 600 et 700 $", "un coupon de 10, 20, ou 50 euros".
    RETURNS each amount before the last with the text it reads as (its number with the last
    one's scale and currency), or [] when ``span`` is no such list."""
    # ("0 ou 2 euros" likewise: "ou" never makes a range)
    seps = [t.i for t in span if t.lower_ in ("et", "ou") or (t.text == "," and t.i > span.start)]
    if not seps and (_after_change_verb(doc, span, FROM_TO_STEMS) or _decreasing(doc, span, lex)
                     or _signed_change_after(doc, span)):
        # "les jeux étaient passés de 60 à 70 euros": a change, two prices (guideline §4)
        seps = [next((t.i for t in span if t.lower_ in ("à", "au")), None)]
        seps = [i for i in seps if i is not None]
    if not seps:
        return []
    et = seps[-1]
    if seps[0] == span.start or et + 1 >= span.end or doc[et + 1].lower_ in ("demi", "demie"):
        return []
    if span.start > 0 and doc[span.start - 1].lower_ == "entre" and doc[et].lower_ != "ou" and len(seps) == 1:
        return []
    bounds = [span.start] + [i + 1 for i in seps]
    # (", ou" leaves nothing between its two separators)
    items = [doc[a:b] for a, b in zip(bounds, seps) if b > a]
    second = doc[et + 1:span.end]
    out = []
    for first in items:
        if any(t._.tclass in ("CUR", "CURSYM", "SCALECUR") for t in first) or not first[0]._.num \
                or (len(first) > 1 and _subunit(first[-1], lex)):
            return []        # "20 euros et 30 centimes", "25 cents et 14 milliards": each has its unit
        has_scale = any(t._.tclass == "SCALE" for t in first)
        # ("36,5 à 12,5 cents": "cents" also counts hundreds, but after digits it is the sub-unit)
        tail = next((t.i for t in second if (t._.tclass in ("CUR", "CURSYM", "SCALECUR") if has_scale
                                              else not t._.num or _subunit(t, lex))), None)
        if tail is None:
            return []
        out.append((first, f"{first.text} {doc[tail:span.end].text}"))
    return out


def _subunit(tok: Token, lex: Lexicon) -> bool:
    """"cents", "centimes" after digits: a currency's sub-unit ("25 cents"); after a number
    word it counts hundreds ("sept cent quarante-six millions", "deux cents euros")."""
    return tok.lower_ in (lex.currency_subunits or {}) and tok.i > 0 and tok.doc[tok.i - 1].text[:1].isdigit()


def _decreasing(doc: Doc, span: Span, lex: Lexicon) -> bool:
    """"de 25.000 à 15.000 yens", "de 249 euros à 170 euros": bounds that fall are a change, two
    amounts (a range is written low to high)."""
    at = next((t.i for t in span if t.lower_ in ("à", "au")), None)
    if at is None or at == span.start or at + 1 >= span.end:
        return False

    def bound(text: str) -> Decimal | None:
        try:
            return parse_money(text, lexicon=lex).amount
        except NormalisationError:
            return None

    first, second = doc[span.start:at], doc[at + 1:span.end]
    a, b = bound(first.text), bound(second.text)
    if a is None or b is None:
        return False
    if _subunit(second[-1], lex) and not any(_subunit(t, lex) for t in first):
        a = bound(f"{first.text} {second[-1].text}") or a     # "de 20 à 30 centimes": the sub-unit is both bounds'
    scale = next((t for t in second if t._.tclass == "SCALE"), None)
    if scale is not None and not any(t._.tclass in ("SCALE", "SCALECUR", "MONEYTOK") for t in first):
        b_number = bound(doc[second.start:scale.i].text)
        if b_number is not None and a <= b_number:
            a = bound(f"{first.text} {scale.text}") or a     # "de 2 à 3 millions": the scale is both bounds'
    return a > b


# a signed share of change right after the amounts: "(+10 %)", "(−5,5 %)"
_SIGNED_CHANGE = re.compile(r"\s*\(\s*[+\-−–]\s*\d[\d\s,.]*\s*%")


def _signed_change_after(doc: Doc, span: Span) -> bool:
    """"Business Premium, de 20 à 22 $ (+10 %)": a from-to with its share of change in brackets
    is a change, two amounts, even in a list line with no verb (guideline §4, stop 27)."""
    # (a bracket must follow: doc.text would join the whole document for each candidate)
    if span.start == 0 or doc[span.start - 1].lower_ != "de" or span.end >= len(doc) or doc[span.end].text != "(":
        return False
    return bool(_SIGNED_CHANGE.match(doc[span.end:span.end + 6].text))


def _after_change_verb(doc: Doc, span: Span, stems: tuple = CHANGE_VERB_STEMS) -> bool:
    """"passe de", "relevé de" right before the amounts: what follows is a change; "la
    fourchette relevée de 30 à 32 dollars" is the new range."""
    if span.start < 2 or doc[span.start - 1].lower_ != "de":
        return False
    # the verb right before "de", or a few words before it ("est passé en un an de 8,9 à 3,7 milliards",
    # "a relevé son objectif de cours de 236 à 242 euros")
    for i in range(span.start - 2, max(-1, span.start - 8), -1):
        tok = doc[i]
        if tok.text == "," and i == span.start - 2:
            continue      # "le prix avait été réduit, de 259 à 189 dollars"
        if tok.is_punct:
            return False
        if tok.lower_.startswith(stems):
            return not (i >= 1 and doc[i - 1].lower_ in RANGE_NOUNS)
    return False


def _a_book(span: Span) -> bool:
    """"un livre": the pound is feminine ("une livre", "deux livres"), the masculine is a book
    ("digne d'un livre à suspense", "a écrit un livre sur Apple")."""
    return len(span) == 2 and span[0].lower_ == "un" and span[1].lower_ == "livre"


def _is_conversion(prev: Span, span: Span) -> bool:
    between = span.doc[prev.end:span.start]
    return len(between) <= 6 and any(t.text == "(" or t.lower_ in ("soit", "environ") for t in between)


@Language.factory(
    "money_normaliser",
    assigns=["doc.spans"],
    requires=["token._.num", "token._.tclass"],
    default_config={"lexicon_path": None, "candidates_key": "rules", "output_key": "money"},
)
def make_money_normaliser(nlp: Language, name: str, lexicon_path: str | None,
                          candidates_key: str, output_key: str) -> MoneyNormaliser:
    """MONEY spans and norms; ``lexicon_path`` None reads ``patterns/lexicon.json``."""
    return MoneyNormaliser(lexicon_path, candidates_key, output_key)
