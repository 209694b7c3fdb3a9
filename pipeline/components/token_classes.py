"""Token classes for the MONEY and DATE token patterns.

Sets ``token._.num`` (how the token can take part in a number) and
``token._.tclass`` (its class in ``patterns/lexicon.json``), so that the
patterns in ``patterns/money.jsonl`` and ``patterns/date.jsonl`` stay short
and readable (``{"_": {"tclass": "CUR"}}``) and a currency or a month added
to the lexicon is matched without touching a pattern.

``num`` values: ``D`` digits (``10``, ``1,5``), ``G`` a three-digit group
(``000``: a number or the tail of one), ``S`` a space token between groups,
``W`` a number word, ``F`` digits fused with a scale (``5bn``, ``10k``).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.attrs import IDX, LOWER, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..normalise.lexicon import Lexicon
from ._serial import LexiconState, doc_text

if not Token.has_extension("num"):
    Token.set_extension("num", default="")
if not Token.has_extension("tclass"):
    Token.set_extension("tclass", default="")

# "746.000.000": thousands grouped by dots; "7'916'438", "1’500": by apostrophes (Swiss)
_DIGITS = re.compile(r"^\d+(?:[.,]\d+)?$|^\d{1,3}(?:\.\d{3}){2,}$|^\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?$"
                     r"|^\d{1,3}(?:\.\d{3})+,\d+$")   # ("1.601,7": dot-grouped thousands, a decimal comma)
# "-1,2", "−350" (U+2212): a negative number glued to its sign, one token
_SIGNED = re.compile(r"^[-−]\d+(?:[.,]\d+)?$")
_YEAR_RANGE = re.compile(r"^(?:19[5-9]\d|20\d\d)[–—](?:19[5-9]\d|20\d\d)$")  # "2024–2025"
_DASH_RANGE = re.compile(r"^\d+(?:[.,]\d+)?[–—]\d+(?:[.,]\d+)?$")  # "20–25": one token, a range
_GROUP = re.compile(r"^\d{3}(?:,\d+)?$")  # "000", and the last group of "1 234,50"
_SPACE = re.compile(r"^[\u00a0\u202f\u2009\u2007]+$")
_YEAR = re.compile(r"^(?:19[5-9]\d|20\d\d)$")  # 1950-2099: "la neutralité carbone d'ici 2050"
_DAY = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])$|^1(?:er|ᵉʳ)$")
# "12/12/2025", "12.12.25", "07-11-2019" (day first; the same separator twice)
_NUMDATE = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1(?:\d{4}|\d{2})$")
_QTOKEN = re.compile(r"^[TQ][1-4]$|^[SH][12]$")
_ORD = re.compile(r"^[1-4](?:er|re|ère|e|ème|nd|nde)$")
_TWO = re.compile(r"^\d{2}$")
_CENT, _POUR = get_string_id("cent"), get_string_id("pour")

# Words that are numbers for text2num; "un"/"une" only count next to a
# scale or a currency, which the patterns require anyway.
NUMBER_WORDS = frozenset("""un une deux trois quatre cinq six sept huit neuf dix onze douze treize
quatorze quinze seize vingt vingts trente quarante cinquante soixante cent cents mille""".split())


# Tokens the French tokenizer keeps in one piece though no span could start inside them:
# (what the text must hold for a look at the tokens to be worth it, the token's two parts).
_GLUED = (
    # "plus d'1 milliard d'euros": the elision off the number
    (re.compile(r"[dDlLjJ]['’]\d"), re.compile(r"^([dDlLjJ]['’])(\d.*)$")),
    # "12,99€/mois": the unit off the price, as "12,99 €/mois" is written with a space
    (re.compile(r"\d[€$£¥]/"), re.compile(r"^(\d[\d.,]*[€$£¥])(/\w+)$")),
)


def _split_glued_tokens(doc: Doc) -> None:
    """Split the glued forms of ``_GLUED`` in two tokens, in one retokenization."""
    text = doc_text(doc)
    forms = [token for in_text, token in _GLUED if in_text.search(text)]
    if not forms:
        return  # most documents: a look at the text, not at every token (5 % of the time)
    glued = []
    for tok in doc:
        if tok.ent_iob_ == "I":
            continue
        m = next((m for form in forms if (m := form.match(tok.text))), None)
        if m:
            glued.append((tok, list(m.groups())))
    if not glued:
        return
    with doc.retokenize() as retokenizer:
        for tok, parts in glued:
            retokenizer.split(tok, parts, heads=[(tok, 1), tok.head])


class TokenClasser(LexiconState):
    """Assigns ``_.num`` and ``_.tclass`` from a lexicon.

    lexicon_path (str | None): the word tables (default ``patterns/lexicon.json``).
    """

    def __init__(self, lexicon_path: str | None = None, lexicon: Lexicon | None = None):
        super().__init__(lexicon_path, lexicon)
        self._compiled_for: Lexicon | None = None

    def _compile(self) -> None:
        lex = self._compiled_for = self.lexicon
        scale_suffix = "|".join(sorted(map(re.escape, lex.scales), key=len, reverse=True))
        symbols = [s for s in lex.currency_exact if not s[0].isalpha()]
        sym = "|".join(sorted(map(re.escape, symbols), key=len, reverse=True))
        codes = "|".join(sorted((re.escape(s) for s in [*lex.currency_exact, *(lex.fused_codes or ())]
                                 if s[0].isalpha()), key=len, reverse=True))
        self._fused_num = re.compile(rf"^\d+(?:[.,]\d+)?(?:{scale_suffix})$")
        fused = "|".join(map(re.escape, lex.fused_codes or ())) or "(?!)"
        # ("100ME": a scale and a letter that is a currency only glued to it)
        self._money_tok = re.compile(rf"^\d+(?:[.,]\d+)?(?:(?:{scale_suffix})?(?:{sym})"
                                     rf"|(?:{scale_suffix})(?:{fused}))$")
        self._scale_cur = re.compile(rf"^(?:{scale_suffix})(?:{sym}|{codes})$")
        # (keyed and compared by the hashes of the words' lower forms)
        self._multi: dict[int, list[tuple[int, ...]]] = {}
        for words in sorted((tuple(k.split()) for k in lex.currency_words if " " in k), key=len, reverse=True):
            self._multi.setdefault(get_string_id(words[0]), []).append(tuple(map(get_string_id, words)))
        self._short_months = frozenset(map(get_string_id, lex.short_months))
        self._cache: dict[int, tuple[str, str]] = {}     # a word's hash -> its (num, tclass)

    def __call__(self, doc: Doc) -> Doc:
        if self._compiled_for is not self.lexicon:
            self._compile()
        _split_glued_tokens(doc)
        cache = self._cache
        if len(cache) > 500_000:   # bounded: a stream of new words must not grow it forever
            cache.clear()
        signs: list[int] = []
        lexicon = self.lexicon
        user_data = doc.user_data
        # One pass over hashes, not Token objects (a Token, its text and two extension writes
        # through ``tok._`` per word were most of this stage): a known word's classes come from
        # its hash, and are written where ``token._.num`` and ``token._.tclass`` read them.
        arrays = doc.to_array([ORTH, LOWER, IDX])
        orths, lowers, idxs = arrays[:, 0].tolist(), arrays[:, 1].tolist(), arrays[:, 2].tolist()
        n_tok = len(orths)
        nums: dict[int, str] = {}          # token index -> its num, where it has one
        for i, orth in enumerate(orths):
            classes = cache.get(orth)
            if classes is None:
                tok = doc[i]
                text = tok.text
                classes = self._num(text, tok.lower_), self._tclass(tok, text, tok.lower_, lexicon) or ""
                if not classes[1] and len(text) > 1 and text.endswith("."):
                    # The tokenizer keeps a final full stop on "M€." and "K€.":
                    # the class is the one of the word without it.
                    bare = text[:-1]
                    cls = self._tclass(tok, bare, bare.lower(), lexicon) or ""
                    if cls in ("SCALECUR", "MONEYTOK", "CURSYM", "SCALE"):
                        classes = (classes[0], cls)
                cache[orth] = classes
            if not (classes[0] or classes[1]):
                continue
            if classes[1] == "MONTH" and lowers[i] in self._short_months and not (
                    i and _DAY.match(doc[i - 1].text)):
                classes = (classes[0], "")   # "Jan Koum": an abbreviation is a month only after its day
            if classes[0] == "W" and i and lowers[i] == _CENT and lowers[i - 1] == _POUR and not (
                    i + 1 < n_tok and self._tclass(doc[i + 1], doc[i + 1].text, doc[i + 1].lower_,
                                                   lexicon) in ("SCALE", "CUR", "CURSYM")):
                # "a crû de 16 pour cent à 7,5 milliards": a percentage, no hundred ("pour cent
                # millions d'euros" still is one)
                classes = ("", classes[1])
            # Classes depend on the text alone, so they are computed once per word;
            # empty ones are the extension's default and need no write.
            if classes[0]:
                user_data[("._.", "num", idxs[i], None)] = nums[i] = classes[0]
            if classes[1]:
                user_data[("._.", "tclass", idxs[i], None)] = classes[1]
                if classes[1] == "CURSYM":
                    signs.append(i)
            if classes[0] or classes[1]:
                doc[i].lemma_ = f"{classes[1]}|{classes[0]}"  # the native copy the rulers match on
        # Multi-word currencies ("francs suisses", "dollars canadiens"):
        # the first word is CUR, the rest CURX.
        i = 0
        while i < n_tok:
            for words in self._multi.get(lowers[i], ()):
                n = len(words)
                if i + n <= n_tok and tuple(lowers[i:i + n]) == words:
                    for j in range(i, i + n):
                        cls = "CUR" if j == i else "CURX"
                        user_data[("._.", "tclass", idxs[j], None)] = cls
                        doc[j].lemma_ = f"{cls}|{nums.get(j, '')}"
                    i += n - 1
                    break
            i += 1
        # A country's code glued after the dollar sign ("79,95 $A", "14 999 $MXN"): the tokenizer
        # splits the sign off, the lexicon knows the pair ("$A" is AUD), so the code is part of it.
        exact = self.lexicon.currency_exact
        for i in signs:
            tok = doc[i]
            if i + 1 < n_tok and not tok.whitespace_:
                nxt = doc[i + 1]
                if nxt.is_upper and not nxt._.tclass and tok.text + nxt.text in exact:
                    nxt._.tclass = "CURX"
                    nxt.lemma_ = f"CURX|{nxt._.num}"
        return doc

    def _num(self, text: str, low: str) -> str:
        if _DIGITS.match(text):
            return "G" if _GROUP.match(text) else "D"
        if _DASH_RANGE.match(text) or _SIGNED.match(text):
            return "D"
        if _SPACE.match(text):
            return "S"
        if low in NUMBER_WORDS or ("-" in low and all(p in NUMBER_WORDS or p == "et" for p in low.split("-"))):
            return "W"
        if self._fused_num.match(text):
            return "F"
        return ""

    def _tclass(self, tok, text: str, low: str, lex: Lexicon) -> str | None:
        if text in lex.currency_exact:
            return "CURSYM"
        if low in lex.currency_words:
            return "CUR"
        if self._money_tok.match(text):
            return "MONEYTOK"
        if self._scale_cur.match(text):
            return "SCALECUR"
        if text in lex.scales or (low in lex.scales and len(low) > 2):
            return "SCALE"
        if low.startswith("demi-") and low[5:] in lex.scales:
            return "SCALE"  # "un demi-milliard": half the scale
        if _YEAR.match(text) or _YEAR_RANGE.match(text):
            return "YEAR"
        if _NUMDATE.match(text):
            return "NUMDATE"
        if _DAY.match(text):
            return "DAYNUM"
        if _TWO.match(text):
            return "NN"
        if low in lex.months and (tok.is_lower or tok.is_title or tok.is_upper):
            return "MONTH"  # in capitals too ("EN JUIN"): the date stage checks the context
        if low in lex.weekdays:
            return "WEEKDAY"
        if low in lex.seasons:
            return "SEASON"
        if _QTOKEN.match(text):
            return "QTOKEN"
        if low in lex.ordinals or _ORD.match(low):
            return "ORD"
        if low.startswith("mi-") and (low[3:] in lex.months or _YEAR.match(low[3:])):
            return "MIDTOK"
        if lex.period_parts.get(low) in ("START", "MID", "END") and not low.endswith("-"):
            return "PART"     # "début", "fin", "mi", "milieu": the period_parts of patterns/lexicon.json
        if low in lex.relative_days:
            return "ANAPH" if low in ("veille", "lendemain", "surlendemain", "avant-veille") else "RELDAY"
        if low in lex.units:
            return "UNIT"
        if low in lex.directions:
            return "DIR"
        return None


# Every class a token can get, for the native translation of the patterns below.
TCLASSES = ("", "CUR", "CURX", "CURSYM", "MONEYTOK", "SCALECUR", "SCALE", "YEAR", "NUMDATE", "DAYNUM", "NN",
            "MONTH", "WEEKDAY", "SEASON", "QTOKEN", "ORD", "MIDTOK", "PART", "ANAPH", "RELDAY", "UNIT", "DIR")
NUMS = ("", "D", "G", "S", "W", "F")


def _accepts(spec, value: str) -> bool | None:
    """Whether a Matcher value spec accepts ``value``; None for a spec we do not translate."""
    if isinstance(spec, str):
        return value == spec
    if isinstance(spec, dict) and set(spec) <= {"IN", "NOT_IN"}:
        return (value in spec.get("IN", (value,))) and value not in spec.get("NOT_IN", ())
    return None


def native_token_spec(spec: dict) -> dict:
    """``{"_": {"tclass": "YEAR"}}`` -> ``{"LEMMA": {"IN": ["YEAR|", "YEAR|D", ...]}}``.

    The Matcher calls back into Python for every ``_`` predicate on every
    token (~14 us a token for the MONEY and DATE patterns); token_classes also
    writes each token's classes as its lemma (``"tclass|num"``, the pipeline has no
    lemmatizer), a native attribute matched in C. Pattern files keep the
    readable ``_`` form; specs with other ``_`` keys or operators stay as they are.
    """
    ext = spec.get("_")
    if not isinstance(ext, dict) or not ext or set(ext) - {"tclass", "num"} or "LEMMA" in spec:
        return spec
    values = _lemma_values(json.dumps(ext, sort_keys=True))
    if values is None:
        return spec
    out = {k: v for k, v in spec.items() if k != "_"}
    out["LEMMA"] = {"IN": list(values)}
    return out


@lru_cache(maxsize=None)
def _lemma_values(ext_json: str) -> tuple[str, ...] | None:
    # The ~870 class predicates of patterns/ are a few dozen distinct ones: each is translated
    # once (132 combinations tested each time cost 0.05 s of a cold start, measured).
    ext = json.loads(ext_json)
    values = []
    for t in TCLASSES:
        for n in NUMS:
            oks = [_accepts(ext[k], v) for k, v in (("tclass", t), ("num", n)) if k in ext]
            if any(ok is None for ok in oks):
                return None
            if all(oks):
                values.append(f"{t}|{n}" if t or n else "")
    return tuple(values)


def native_patterns(patterns: list[dict]) -> list[dict]:
    """The ruler patterns with their token-class predicates made native."""
    out = []
    for p in patterns:
        if isinstance(p.get("pattern"), list):
            p = {**p, "pattern": [native_token_spec(t) if isinstance(t, dict) else t for t in p["pattern"]]}
        out.append(p)
    return out


@Language.factory(
    "token_classes",
    assigns=["token._.num", "token._.tclass"],
    default_config={"lexicon_path": None},
)
def make_token_classes(nlp: Language, name: str, lexicon_path: str | None) -> TokenClasser:
    """Token classes for the rulers; ``lexicon_path`` None reads ``patterns/lexicon.json``."""
    return TokenClasser(lexicon_path)
