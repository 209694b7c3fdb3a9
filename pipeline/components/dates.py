"""DATE: choose among the ruler's date candidates and anchor them on the calendar.

Reference time (ANNOTATION.md, DATE): the publication date in
``doc._.published`` when known; otherwise the latest absolute date
mentioned before the expression (narrative anchoring); with neither,
unknown parts stay ``X``. Anaphors (``le lendemain``, ``un an plus tôt``)
take the date they refer to: the last one mentioned before them. The tense
of the nearest verb decides between the past and the future reading of an
underspecified date (``a annoncé mercredi`` vs ``présentera mercredi``).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.attrs import ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..errors import NormalisationError
from ..normalise.dates import SHIFT, When, is_absolute, resolve_date
from ..normalise.lexicon import Lexicon
from ._serial import LexiconState, doc_text, sent_bounds, sentence_arrays, set_span_norm

_ANCHOR_RANK = {"D": 3, "W": 2, "M": 2}
_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d{2}\b|\d{1,2}/\d{1,2}/\d{2,4}")
# Relative forms whose value depends on the reference, not on anaphora.
_DAY_ANAPHORS = ("veille", "lendemain", "surlendemain", "avant-veille", "même jour", "jour même",
                 "semaine-là", "même semaine")
# Verbs further than this from the date are not its verb (and a sentence
# with no end must not make the scan quadratic).
TENSE_WINDOW = 25
_FUTURE_ENDING = re.compile(r"r(?:ai|as|a|ons|ez|ont)$")
_FUTURE_THIRD = re.compile(r"\wr(?:a|ont)$")
# a first-group verb's conditional ("communiquerait"); an imperfect has no "e" before "-rait"
# ("déclarait", "gérait")
_CONDITIONAL_ER = re.compile(r"[^é]er(?:ait|aient)$")
_FUTURE_PLURAL = re.compile(r"\wr(?:ons|ez|ont)$")
# participles that say something is planned or awaited, not done
_LOOKING_AHEAD = {"prévu", "prévue", "prévus", "prévues", "attendu", "attendue", "attendus", "attendues",
                  "programmé", "programmée", "programmés", "programmées", "planifié", "planifiée",
                  "planifiés", "planifiées", "espéré", "espérée", "espérés", "espérées", "envisagé", "envisagée",
                  "envisagés", "envisagées"}
# "avoir" in the present before a participle: its compound past ("n'a pas attendu")
_HAVE_PRESENT = frozenset({"a", "ai", "as", "avons", "avez", "ont"})
# "avoir" in the imperfect before a participle: the pluperfect
_PLUPERFECT_AUX = frozenset({"avait", "avaient", "avais", "avions", "aviez"})
# a forecast looks ahead at what follows it: "Nous continuons d'anticiper un second semestre
# fort" ("En avril, le studio anticipe ...": April is when it says so)
_FORECAST = {"anticipe", "anticipent", "anticipons", "anticiper", "prévoyons", "prévoir"}
_FUTURE_AUX = {"va", "vont", "allons", "allez", "vas", "devrait", "devraient", "doit", "doivent", "prévoit",
               "prévoient", *_FORECAST}


# what opens a date that restates the one before it: "cinq mois plus tard (le 8 décembre)"
_RESTATED = re.compile(r"\(\s*(?:le)?\s*")
# what joins the days of a list ("jeudi et vendredi", "lundi, mardi ou mercredi")
_LISTED = re.compile(r"\s*(?:,|et|ou|puis|,\s*puis|,\s*et)\s*", re.I)
# what joins two dates of one list: "le 2 février et le 9 février 2018", "en mai ou en juin 2024"
_LISTED_BEFORE = re.compile(r"(?i)\s*,?\s*(?:et|ou)(?:\s+(?:le|du|au|en))?\s*")


def _aside_participle(tok) -> bool:
    """``plus tôt que prévu``, ``initialement annoncé``, ``comme prévu``: a participle that
    compares with a plan tells no tense of the sentence."""
    return tok.i > 0 and "Part" in tok.morph.get("VerbForm") and \
        tok.doc[tok.i - 1].lower_ in ("que", "qu'", "qu’", "initialement", "comme")


_PHRASE_BREAKS = frozenset([",", ";", ":", "(", ")", "—", "–", ".", "!", "?", "«", "»", '"'])


def _inclusive(tok: Token, span: Span) -> bool:
    """"jusqu'à samedi inclus", "jusqu'au 31 mars compris": the bound included, no verb."""
    return tok.i == span.end and tok.lower_ in ("inclus", "incluse", "compris", "comprise")


# "autrement dit", "cela dit": a participle frozen into a linking phrase, no verb of the clause
_FROZEN_PARTICIPLES = {"dit": frozenset({"autrement", "cela", "ceci", "soit"})}


def _frozen(tok: Token) -> bool:
    """"après le 2e trimestre 2022, autrement dit à partir du 1er juillet": "dit" tells no tense."""
    before = _FROZEN_PARTICIPLES.get(tok.lower_)
    return before is not None and tok.i > 0 and tok.doc[tok.i - 1].lower_ in before


def _tells_no_tense(tok: Token, span: Span) -> bool:
    """A token both tense readers pass over: not a verb, or one that tells no tense of the clause
    (a participle of comparison, a bound's "inclus", a frozen "autrement dit")."""
    return tok.pos_ not in ("VERB", "AUX") or _aside_participle(tok) or _inclusive(tok, span) or _frozen(tok)


def _attributive_participle(tok: Token, span: Span) -> bool:
    """A past participle with no auxiliary that does not lead to the date: it describes a noun
    ("la société basée à Cupertino", "un chiffre d'affaires au deuxième trimestre situé entre
    ..."), and tells no tense of the clause. One before the date in the same phrase ("lancée en
    avril", "présenté à la Maison-Blanche le 21 janvier") still does."""
    if "Part" not in tok.morph.get("VerbForm") or "Past" not in tok.morph.get("Tense"):
        return False
    if span.start - 4 <= tok.i < span.start or (
            tok.i < span.start and not any(t.text in _PHRASE_BREAKS for t in tok.doc[tok.i + 1:span.start])):
        return False
    return _auxiliary_of(tok, pronominal=True) is None


def _auxiliary_of(tok: Token, pronominal: bool = False) -> Token | None:
    """A participle's auxiliary: the nearest one before it, an aside between them included
    ("sera, selon nos informations, déployée"; the tagger reads "sera" as a VERB at times);
    None past another verb or a stop. With ``pronominal``, a reflexive "s'", "se" counts too."""
    for prev in reversed(tok.doc[max(0, tok.i - 7):tok.i]):
        if prev.pos_ == "AUX" or (prev.lower_ in _FUTURE_BE and prev.pos_ == "VERB") or (
                pronominal and prev.lower_ in ("s'", "s’", "se")):
            return prev
        if prev.pos_ == "VERB" or (prev.pos_ == "PUNCT" and prev.text != ","):
            return None
    return None


_OPEN_QUOTES = frozenset("«“")
_CLOSE_QUOTES = frozenset("»”")
_QUOTES_KEY = "_pipeline_quotes"


def _quote_marks(doc: Doc) -> tuple[list, list, list, list, list]:
    """Per token, computed once per document (a sentence may hold many dates): the last
    straight quote before it in its sentence and the parity of their count, the next one
    at or after it; the last guillemet before it when that one opens, the next closing one
    at or after it; and the count of verbs before it."""
    marks = doc.user_data.get(_QUOTES_KEY)
    if marks is not None and len(marks[0]) == len(doc):
        return marks
    n = len(doc)
    last_straight, next_straight = [None] * n, [n] * n
    opened, next_close = [None] * n, [n] * n
    verbs = [0] * (n + 1)
    # (integer arrays, not Token objects: this walks every token of every document with a date)
    orth, pos = doc.to_array([ORTH, POS]).T.tolist() if n else ([], [])
    strings = doc.vocab.strings
    straight_id, opens, closes = strings['"'], {strings[q] for q in _OPEN_QUOTES}, {strings[q] for q in _CLOSE_QUOTES}
    verb_pos = {strings["VERB"], strings["AUX"]}
    starts, ends = sentence_arrays(doc)
    straight = guillemet = None
    count = 0
    for i in range(n):
        if starts[i] == i:
            straight, guillemet, count = None, None, 0
        last_straight[i] = straight if count % 2 else None
        opened[i] = guillemet if guillemet is not None and orth[guillemet] in opens else None
        if orth[i] == straight_id:
            straight, count = i, count + 1
        elif orth[i] in opens or orth[i] in closes:
            guillemet = i
        verbs[i + 1] = verbs[i] + (pos[i] in verb_pos)
    nxt_s = nxt_c = n
    for i in range(n - 1, -1, -1):
        if orth[i] == straight_id:
            nxt_s = i
        if orth[i] in closes:
            nxt_c = i
        next_straight[i] = nxt_s if nxt_s < ends[i] else ends[i]
        next_close[i] = nxt_c if nxt_c < ends[i] else ends[i]
    marks = (last_straight, next_straight, opened, next_close, verbs)
    doc.user_data[_QUOTES_KEY] = marks
    return marks


def _clause_bounds(doc: Doc, span: Span) -> tuple[int, int]:
    """The sentence holding ``span``, or the quotation inside it that holds it: "nous
    retrouverons la croissance au second semestre », a déclaré ..." takes its tense from
    the speaker's words, not from the verb that reports them."""
    start, end = sent_bounds(doc, span.start)
    last_straight, next_straight, opened, next_close, verbs = _quote_marks(doc)
    after = span.end if span.end < end else None
    if last_straight[span.start] is not None:
        # (straight quotes open and close alike: an odd count before the span opens one)
        quote = last_straight[span.start] + 1, next_straight[after] if after is not None else end
    elif opened[span.start] is not None:
        quote = opened[span.start] + 1, next_close[after] if after is not None else end
    else:
        return start, end
    # a quoted phrase with no verb ('sera lancé "aux alentours du mois de mars"') takes the sentence's
    return quote if verbs[quote[1]] > verbs[quote[0]] else (start, end)


def _beside_report(doc: Doc, span: Span, lo: int = 0) -> bool:
    """Whether a verb of report in an incise touches ``span`` ("rapporte ce mardi Le Parisien")."""
    return any(lo <= i < len(doc) and doc[i].lower_ in REPORTING for i in (span.start - 1, span.end))


def sentence_tense(doc: Doc, span: Span) -> int:
    """-1 past, +1 future, 0 unknown: the tense of the verb nearest to ``span`` in its sentence."""
    sent_start, sent_end = _clause_bounds(doc, span)
    lo = max(sent_start, span.start - TENSE_WINDOW)
    hi = min(sent_end, span.end + TENSE_WINDOW)
    best: tuple[int, int] | None = None
    if _beside_report(doc, span, lo):
        # "..., qui ne sera pas effectif, rapporte ce mardi Le Parisien": the day of the report
        # its verb sits against, not the tense of the clause it reports
        return 0
    verbs = _quote_marks(doc)[4]
    for i in range(lo, hi):
        if verbs[i + 1] == verbs[i]:
            continue    # no verb: it tells no tense (a Token per word of the window cost a third of this stage)
        tok = doc[i]
        if _tells_no_tense(tok, span) or (tok.lower_ in _FORECAST and tok.i > span.start) \
                or _attributive_participle(tok, span):
            continue
        t = _token_tense(tok)
        if not t:
            # A plain present says nothing ("ouvrent vendredi" is future when the
            # sentence goes on "et les livraisons commenceront").
            continue
        dist = min(abs(tok.i - span.start), abs(tok.i - (span.end - 1)))
        if best is None or dist < best[0]:
            best = (dist, t)
    return best[1] if best else 0


ANNOUNCING = {"conclut", "concluent", "ouvre", "s'ouvre", "commence", "commencent", "débute", "débutent",
              "tient", "achève", "termine", "terminent", "clôt", "clôture", "publie", "votent", "vote",
              "examine", "examinent", "rend", "rendent", "annonce", "annoncent", "présente", "présentent", "dévoile", "dévoilent", "lance", "lancent",
              "publie", "publient", "officialise", "officialisent", "révèle", "révèlent", "inaugure",
              "inaugurent", "signe", "signent", "dépose", "déposent", "ouvre", "ouvrent", "confirme",
              "confirment", "rachète", "rachètent", "lève", "lèvent", "sort", "sortent", "entre", "entrent",
              "poursuit", "poursuivent", "reprend", "reprennent", "tiennent",
              # a decision is news of the day too ("La CNIL inflige aujourd'hui à Google ...")
              "inflige", "infligent", "sanctionne", "sanctionnent", "condamne", "condamnent", "divulgue",
              "divulguent", "autorise", "autorisent", "approuve", "approuvent"}


# verbs of a report in the present, in an incise after what they report
REPORTING = frozenset({"rapporte", "rapportent", "indique", "indiquent", "précise", "précisent", "affirme",
                       "affirment", "explique", "expliquent", "souligne", "soulignent", "assure", "assurent",
                       "déclare", "déclarent", "écrit", "écrivent", "estime", "estiment", "annonce", "annoncent",
                       "confirme", "confirment", "révèle", "révèlent", "rapportait", "indiquait"})


def nearest_verb_tense(doc: Doc, span: Span) -> int | None:
    """The tense of the verb nearest to ``span`` in its sentence, a plain present
    included (0); None without a verb."""
    sent_start, sent_end = _clause_bounds(doc, span)
    best: tuple[int, int] | None = None
    verbs = _quote_marks(doc)[4]
    for i in range(max(sent_start, span.start - TENSE_WINDOW), min(sent_end, span.end + TENSE_WINDOW)):
        if verbs[i + 1] == verbs[i]:
            continue    # no verb: it tells no tense
        tok = doc[i]
        if _tells_no_tense(tok, span) or _compound_auxiliary(tok):
            continue
        t = _token_tense(tok)
        if t is None:
            continue
        if t == -1 and span.start < tok.i and "Part" in tok.morph.get("VerbForm"):
            aux = next((p for p in reversed(doc[max(0, tok.i - 4):tok.i]) if p.pos_ != "ADV"), None)
            if aux is not None and aux.lower_ in ("est", "sont"):
                t = 0  # "sont aujourd'hui réunis": a state, in the present
        dist = min(abs(tok.i - span.start), abs(tok.i - (span.end - 1)))
        if best is None or dist < best[0]:
            best = (dist, t)
    return best[1] if best else None


_HABIT_WORDS = frozenset(("habituellement", "traditionnellement", "généralement", "ordinairement", "d'ordinaire",
                          "d’ordinaire", "parfois", "rituellement"))


def _habitual(doc: Doc, span: Span) -> bool:
    """A period with no year or day of its own, in a clause that tells a habit ("observe
    habituellement en fin d'exercice", "le mois de décembre est traditionnellement", "se
    décalent parfois en début d'année suivante"): what happens each year, no date."""
    if any(t._.tclass in ("YEAR", "DAYNUM", "NUMDATE") for t in span):
        return False
    # the adverb within three words of the period, no punctuation between ("Le trimestre en
    # cours, traditionnellement le plus fort": an aside about it, still a date)
    for side in (reversed(doc[max(0, span.start - 3):span.start]), doc[span.end:span.end + 3]):
        for t in side:
            if t.is_punct:
                break
            if t.lower_ in _HABIT_WORDS:
                return True
    return False


def _compound_auxiliary(tok: Token) -> bool:
    """The auxiliary of a compound tense ("Aujourd'hui, Microsoft a annoncé"): its participle,
    an adverb or the date itself between them, tells the tense; the auxiliary's present does not."""
    if tok.pos_ != "AUX" or "Fin" not in tok.morph.get("VerbForm"):
        return False
    for nxt in tok.doc[tok.i + 1:tok.i + 4]:
        if "Part" in nxt.morph.get("VerbForm"):
            return True
        if nxt.pos_ != "ADV":
            return False
    return False


def _aside(doc: Doc, span: Span) -> bool:
    text = span.text.lower()
    if "plus tôt" in text or "auparavant" in text or "avant" in text.split():
        return True
    i = span.start - 1
    while i > 0 and doc[i].lower_ in ("le", "l'", "l’", "en", "dès", "depuis"):
        i -= 1
    return i > 0 and "Part" in doc[i].morph.get("VerbForm") and doc[i - 1].text == ","


_REPORTS = {"résultats", "comptes", "chiffres", "bilan", "ventes", "performances"}


def _reported_period(doc: Doc, span: Span) -> bool:
    """A quarter or half whose results are published is over, whatever the tense."""
    words = span.text.lower()
    if not any(w in words for w in ("trimestre", "semestre")) and not re.match(r"^[ths][1-4]$", words):
        return False
    return any(t.lower_ in _REPORTS for t in doc[max(0, span.start - 3):span.start])


def _until(doc: Doc, span: Span) -> bool:
    """``jusqu'à samedi``, ``jusqu'au 15 janvier``, ``jusqu'en mars``: a limit ahead of the present
    (``d'ici`` is ``_by``)."""
    before = [t.lower_.replace("’", "'") for t in doc[max(0, span.start - 3):span.start]]
    if before and before[-1] in ("la", "l'"):
        before = before[:-1]          # "jusqu'à la fin de l'année"
    # (the tokenizer splits "jusqu'au" and "jusqu'en" after the elision)
    return before[-2:] in (["jusqu'", "à"], ["jusqu'", "au"], ["jusqu'", "en"]) or before[-1:] in (
        ["jusqu'à"], ["jusqu'au"], ["jusqu'en"])


def _by(doc: Doc, span: Span) -> bool:
    """``d'ici vendredi``, ``d'ici la fin de l'année``: a limit ahead of the present, whatever
    the verb's tense."""
    before = [t.lower_.replace("’", "'") for t in doc[max(0, span.start - 4):span.start]]
    if before and before[-1] in ("la", "le", "l'", "les"):
        before = before[:-1]
    if before and before[-1] in ("à", "au", "aux"):
        before = before[:-1]    # "d'ici à la fin novembre", "d'ici au 31 mars"
    # ("valider le passe au-delà du 15 janvier": beyond a limit, which lies ahead as well)
    return before[-2:] == ["d'", "ici"] \
        or bool(_BEYOND.search(doc_text(doc), max(0, span.start_char - 20), span.start_char))


def _since(doc: Doc, span: Span) -> bool:
    """``depuis le printemps``, ``attendues depuis mars``: a start behind the present."""
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in ("le", "l'", "l’", "la", "les"):
        i -= 1
    return i >= 0 and doc[i].lower_ == "depuis"


def _quoted_first_person(doc: Doc, span: Span) -> bool:
    """« Nous lançons aujourd'hui ... »: a speaker's present in quotes is the day they speak."""
    before = doc[max(0, span.start - 15):span.start]   # (a sentence may end inside the quote)
    opened = max((t.i for t in before if t.text in ("«", "“", '"')), default=None)
    if opened is None or any(t.text in ("»", "”") for t in doc[opened + 1:span.start]):
        return False
    return any(t.lower_ in ("nous", "je", "j'", "j’", "on") for t in doc[opened + 1:span.start])


def _announcing_verb_near(doc: Doc, span: Span) -> bool:
    window = doc[max(0, span.start - 4):min(len(doc), span.end + 4)]
    return any(t.lower_ in ANNOUNCING for t in window)


_FUTURE_BE = frozenset(["sera", "seront"])


def _token_tense(tok: Token) -> int | None:
    tense = tok.morph.get("Tense")
    form = tok.morph.get("VerbForm")
    if tok.i and tok.lower_ in ("est", "sont") and tok.doc[tok.i - 1].lower_ in ("s'", "s’", "se"):
        return -1   # "la rentabilité s'est redressée": a pronominal verb's compound past, whatever its participle's tag
    if tok.lower_ in _FUTURE_AUX:
        return 1
    if "Fut" in tense:
        # The tagger sometimes reads a present as a future ("discute"): a French
        # future always ends in -rai, -ras, -ra, -rons, -rez or -ront.
        return 1 if _FUTURE_ENDING.search(tok.lower_) else 0
    if tok.lower_ in _LOOKING_AHEAD:
        # "le lancement est prévu en février": planned, so ahead ("était prévu": no longer)
        prev = tok.doc[tok.i - 1] if tok.i else None
        past_aux = prev is not None and prev.pos_ == "AUX" and {"Imp", "Past"} & set(prev.morph.get("Tense"))
        aux = _auxiliary_of(tok)
        # "n'a pas attendu longtemps": avoir makes the compound past of the verb, waited, not awaited
        return -1 if past_aux or (aux is not None and aux.lower_ in _HAVE_PRESENT) else 1
    if "Part" in form and _FUTURE_THIRD.search(tok.lower_):
        return 1    # "rejoindra", read as a participle by the tagger: no participle ends in -ra or -ront
    if "Inf" in form and _FUTURE_PLURAL.search(tok.lower_):
        return 1    # "que nous en apprendrons davantage", read as an infinitive: none ends in -rons, -rez, -ront
    if tok._.num:
        return None  # "129,95" read as a verb by the tagger: a number tells no tense
    if "Part" in form and "Past" in tense:
        # "sera finalisée", "sera de son côté proposé", "sera, selon nos informations,
        # déployée": a participle after a future auxiliary is future; the nearest auxiliary decides
        prev = _auxiliary_of(tok)
        if prev is None:
            return -1
        if "Inf" in prev.morph.get("VerbForm") or prev.lower_ in ("avoir", "être"):
            return None  # "négocie jusqu'au 6 mars après avoir sollicité ...": no tense of its own
        if "Pass" in tok.morph.get("Voice") and "Cnd" in prev.morph.get("Mood") and _reported_future(prev):
            return 1    # "a indiqué que la console serait livrée en mars": ahead of the statement
        if prev.lower_ in _PLUPERFECT_AUX:
            # "l'IFC, qui avait déjà injecté cinq millions lors de la série A de septembre", in July:
            # a past before the story's past, behind the reference however close (as "depuis" is)
            return -2
        return 1 if "Fut" in prev.morph.get("Tense") else -1
    if tok.lower_ in _PLUPERFECT_AUX and (part := next((t for t in tok.doc[tok.i + 1:tok.i + 4] if t.pos_ != "ADV"), None)) \
            is not None and "Part" in part.morph.get("VerbForm"):
        return -2   # the pluperfect's auxiliary ("avait déjà mené"), read as its participle is
    if "Imp" in tense and "Fin" in form and _CONDITIONAL_ER.search(tok.lower_) and _reported_future(tok):
        return 1    # "a déclaré qu'elle communiquerait", read as an imperfect: "-erait" is a conditional's
    if "Past" in tense or "Imp" in tense:
        return -1
    if "Cnd" in tok.morph.get("Mood") and "Fin" in form and not (
            tok.pos_ == "AUX" and tok.i + 1 < len(tok.doc) and "Part" in tok.doc[tok.i + 1].morph.get("VerbForm")) \
            and _reported_future(tok):
        # "a confirmé que le service serait disponible au printemps": the future of a past
        # statement, ahead of it
        return 1
    if "Pres" in tense and "Fin" in form:
        # "je reviendrai" is tagged present; no French present ends in -rai in the first
        # person singular, every future does.
        if tok.lower_.endswith("rai") and "1" in tok.morph.get("Person") and len(tok.text) > 4:
            return 1
        return 0
    return None


def _reported_future(tok: Token) -> bool:
    """A conditional in a clause a statement introduces ("a confirmé que le service serait
    disponible"): the future seen from the past; not a relative's ("qui la valoriserait ...
    contre 300 milliards en mars"). (A conditional past, "aurait vendu", is read from its
    participle.)"""
    doc = tok.doc
    return any(t.lower_ in ("que", "qu'", "qu’") for t in doc[max(0, tok.i - 6):tok.i])


class DateNormaliser(LexiconState):
    """Date spans from ruler candidates.

    candidates_key (str): ``doc.spans`` key the ruler writes to.
    output_key (str): ``doc.spans`` key for the chosen DATE spans.
    money_key (str): ``doc.spans`` key of the money stage's amounts (run before this one), which
        tell a sentence that compares figures.
    lexicon_path (str | None): month, weekday and relative-word tables (default ``patterns/lexicon.json``).
    """

    def __init__(self, lexicon_path: str | None = None, candidates_key: str = "rules",
                 output_key: str = "date", lexicon: Lexicon | None = None, money_key: str = "money"):
        super().__init__(lexicon_path, lexicon)
        self.candidates_key = candidates_key
        self.output_key = output_key
        self.money_key = money_key

    def __call__(self, doc: Doc) -> Doc:
        cands = doc.spans[self.candidates_key] if self.candidates_key in doc.spans else []
        dates = [s for s in cands if s.label_ == "DATE"]
        starts = {s.start for s in dates}
        longest = {}
        for s in dates:
            longest[s.start] = max(longest.get(s.start, 0), s.end)
        # "le 12 novembre" is the day and its month: "le 12" alone only where no date starts at
        # "12"; "ce mercredi 23" is the day its number names, without "ce"
        spans = filter_spans([s for s in dates if not (_day_alone(s) and s.start + 1 in starts)
                              and not (_this_weekday(s) and longest.get(s.start + 1, 0) > s.end)
                              and not _weekdays_before_a_day(doc, s) and not _article_before_a_year(doc, s)]
                             + _of_the_year(doc, dates))
        last_end = -1                        # where the latest date ended (token index)
        last_text = ""                       # and its words
        published = _as_date(doc._.published)
        narrative: dt.date | None = None     # latest absolute date mentioned so far
        narrative_year_only = False
        narrative_rank = -1                  # how precise it is: a day beats a month beats a year
        last: When | None = None             # latest resolved date, for anaphora
        last_period: When | None = None      # latest quarter, half or month, for "la même période"
        last_quarter: When | None = None     # latest quarter or half
        last_day: When | None = None
        listed_day: tuple[int, dt.date] | None = None  # where the latest bare weekday ended, and its day
        out = []
        spans, texts = self._days_sharing_a_month(doc, spans, self.lexicon)
        reviewed = _reviewed_month(doc, spans, published, self.lexicon)
        reviewed_year = _reviewed_year(doc, spans, published, self.lexicon)
        for span in spans:
            if _before_an_event(doc, span):
                continue      # "le lendemain d'un rapport du GIEC": relative to an event (§4), no date
            if span[0].lower_ == "entre" and len(span) > 1:
                span = doc[span.start + 1:span.end]  # "entre 2026 et 2028": the range, not the preposition
                if span[0].lower_ == "le" and len(span) > 1:
                    # "entre le 18 juillet et le 25 juillet": a range of days, read as "du ... au ..."
                    span = doc[span.start + 1:span.end]
                    texts[(span.start, span.end)] = re.sub(r"\s+et\s+(?:le\s+)?", " au ", span.text, count=1)
            feast = next((t.i for t in span if t.lower_ == "noël"), None)
            if feast is not None and feast > span.start:
                span = doc[feast:span.end]     # "avant Noël", "pour Noël 2011": the feast, its preposition out
            if len(span) == 2 and span[0]._.tclass == "WEEKDAY" and span[1]._.tclass == "DAYNUM" \
                    and not _ends_a_day(doc, span) and doc[span.end].pos_ not in ("AUX", "VERB"):
                # "a levé mercredi 20 millions": the weekday alone ("ce mercredi 23 est": the day)
                span = doc[span.start:span.start + 1]
            if _day_alone(span):
                # "en novembre (le 12 en Amérique du Nord)": a day of the month just named
                if last is None or last.gran not in ("D", "M") or span.start - last_end > DAY_ALONE_REACH \
                        or not _ends_a_day(doc, span):
                    continue
                span = doc[span.start + 1:span.end]
            if span.end < len(doc) and doc[span.end].lower_ in ("décalé", "décalée") and \
                    span[-1].lower_ in ("exercice", "annuel", "annuelle") and len(span) > 2:
                # "premier trimestre de son exercice décalé": the quarter alone, as three real
                # writers in four wrote it (one kept "de son exercice" when no "décalé" follows)
                span = doc[span.start:span.start + 2]
            if len(span) == 3 and span[1]._.tclass == "SEASON" and span[2]._.tclass == "YEAR":
                span = doc[span.start + 1:span.end]   # "à l'été 2024": the article stays out of an absolute date
            elif len(span) > 2 and span[0].lower_ in ("ce", "cet") and span[-1]._.tclass == "YEAR":
                span = doc[span.start + 1:span.end]   # "ce premier semestre 2023": so does a demonstrative (§4)
            if span.end < len(doc) and (
                    (span.text.lower() in ("cette année", "cet exercice") and doc[span.end]._.tclass == "YEAR")
                    or (span[-1].lower_ in ("tôt", "tard") and doc[span.end].lower_ in ("que", "qu'", "qu’"))):
                # "cette année 2023": the year says it alone (§4); "une semaine plus tôt que prévu":
                # a shift against a plan, no date
                continue
            if len(span) > 1 and span[-1].lower_ in ("dernier", "dernière") and span.end < len(doc) \
                    and doc[span.end].lower_ in ("délai", "carat"):
                span = doc[span.start:span.end - 1]    # "fin avril dernier délai": at the latest, no past April
            if not self._is_date_here(doc, span, self.lexicon):
                continue
            # "premier trimestre fiscal de 2021": the quarter of the year named (§4)
            text = _reworded(texts.get((span.start, span.end), span.text))
            text = _OWN_EXERCISE.sub(r"\1 de l'exercice", _FISCAL.sub(r"\1", text))
            ref = published or narrative
            if reviewed is not None and (_THIS_MONTH.fullmatch(text) or _MONTH_BEFORE.fullmatch(text)):
                # a monthly review's "ce mois-ci" is the month reviewed, "le mois précédent" the one before it
                ref = reviewed
                text = _MONTH_BEFORE.sub("le mois dernier", text)
            elif reviewed_year is not None and _OF_THE_REVIEW.fullmatch(text) and sentence_tense(doc, span) <= 0:
                # a yearly review published in January: "la plus grosse levée de l'année", "cette année",
                # "le second semestre" are of the year it reviews
                ref = reviewed_year
            elif reviewed is not None and len(span) == 1 and span[0]._.tclass == "MONTH":
                # its months are read from the month reviewed: "contre 9,6 millions en novembre" in
                # a December review published on 3 January is last November
                ref = reviewed
            prior = _PERIOD_BEFORE.fullmatch(text)
            if prior and _period_of_kind(last_period, prior[1]):
                # "le quatrième trimestre 2019 ... après une hausse au trimestre précédent": the one
                # before the period told of, not before the publication
                told = last_period
                n, y = (told.sub - 1, told.year) if told.sub > 1 else (_PER_YEAR[told.gran], told.year - 1)
                text = f"{_ORDINAL_WORDS[n]} {prior[1]} {y}"
            if published is not None and last_quarter is not None and _THIS_QUARTER.fullmatch(text) \
                    and last_quarter == When.holding(published, last_quarter.gran).shift(-1, last_quarter.gran) \
                    and sentence_tense(doc, span) <= 0:
                # "« Notre solide performance ce trimestre »" in the results of the quarter just closed,
                # told of before: that quarter, not the one the article is published in
                told = last_quarter
                text = f"{_ORDINAL_WORDS[told.sub]} {'trimestre' if told.gran == 'Q' else 'semestre'} {told.year}"
            same = _SAME_PERIOD_OF_YEAR.fullmatch(text)
            if same:
                # "le premier trimestre ... contre la même période de 2021": that quarter of 2021
                text = _period_in_year(last_period, (same["kind"] or same["kind2"]).lower(), same["year"], self.lexicon)
            part = _PART_OF_PERIOD.fullmatch(text)
            if part and span.end < len(doc) and doc[span.end].lower_ in ("clos", "achevé", "terminé", "clôturé"):
                continue      # "à la fin du trimestre clos en août": the quarter its month names
            if part and _period_of_kind(last, part[2]):
                # "le chiffre d'affaires du premier trimestre ... à la fin du trimestre": the one told of
                text = f"{part[1]} du {_ORDINAL_WORDS[last.sub]} {part[2]} {last.year}"
            longer = _with_two_digit_year(doc, span)
            if longer is not None:
                pivot = (ref.year + 10) if ref else 2049      # the guideline's rule, never the clock
                y = (pivot // 100) * 100 + int(longer[-1].text)
                span, text = longer, f"{span.text} {y if y <= pivot else y - 100}"
            if text.replace("’", "'").lower() == "l'année" and last is not None and last.year is not None \
                    and last_end > sent_bounds(doc, span.start)[0]:
                # "Décembre a même été l'un des mois les plus actifs de l'année" in January: the year
                # of the period its sentence tells of
                text = str(last.year)
            if last is not None and last.year is not None and span[-1]._.tclass == "MONTH" \
                    and _RESTATED.fullmatch(doc[last_end:span.start].text):
                # "cinq mois plus tard (le 8 décembre)": the date in brackets restates the one before it
                text = f"{text} {last.year}"
            anaphoric_day = any(w in text.lower() for w in _DAY_ANAPHORS) or (
                # "Le 17 janvier, ... fixé en 2019 ... Dix jours plus tard": days counted from a day,
                # not from the year named since
                last is not None and last.gran not in ("D", "W") and last_day is not None
                and (shift := SHIFT.fullmatch(text.lower())) is not None and shift["unit"].startswith("jour")
                and not shift["half"])
            anchor = last_day if anaphoric_day else last
            tense = sentence_tense(doc, span)
            if tense == 0 and _beside_report(doc, span):
                tense = -1  # "rapporte ce mardi Le Parisien": the day of a report made, on or before publication
            if reviewed is None and tense < 0 and _THIS_MONTH.fullmatch(text):
                tense = 0  # "a levé ... l'an dernier et ouvre un entrepôt ce mois-ci": no monthly review, this month
            if tense <= 0 and _until(doc, span) and nearest_verb_tense(doc, span) in (0, 1, None):
                # "se poursuit jusqu'à samedi": the coming Saturday; "restent gratuites jusqu'à la
                # fin de l'année ; Samsung n'a pas précisé": the present beside it decides
                tense = 1
            if _by(doc, span):
                tense = 1  # "devrait être finalisé d'ici la fin de l'année": a limit ahead, whatever the participle
            if _since(doc, span):
                tense = -2  # "attendues depuis le printemps", whatever the verb's tense: behind, however close
            if _reported_period(doc, span):
                tense = -1  # "publiera ses résultats du quatrième trimestre": a period over
            if published is None and narrative_year_only:
                tense = 0  # "En 2024 ..., dont une en juin": June of that year, whatever the tense
            if _moved_to(doc, span, self.lexicon):
                tense = 1  # "après le report à l'automne de la sortie": a date moved is ahead
            if tense < 0 and _scheduled_for(doc, span):
                tense = 0  # "avait annoncé les consoles pour le 10 novembre": the day set, the nearest one
            if tense == 0 and published is not None and published.month <= 3 and last_quarter is not None \
                    and last_quarter.year == published.year - 1 and last_quarter.sub == _PER_YEAR[last_quarter.gran] \
                    and _YEAR_END.fullmatch(text.lower()):
                tense = -1  # "le quatrième trimestre 2021 ... porté par les fêtes de fin d'année": that year's end
            same_period = _after_same_period(doc, span)
            # "la même période" is the quarter or half told of, even after a month named since
            # ("le trimestre clos fin décembre ... la même période de l'année dernière")
            compared = last_quarter if same_period and last_quarter is not None else \
                last if last is not None and last.gran in ("Q", "H", "M") else \
                last_period if same_period else None
            if compared is not None and compared.gran == "M" and _closes(compared, last_quarter):
                # "au quatrième trimestre, clos fin décembre, ... contre 525 millions un an plus tôt": the
                # month that closes the quarter told of names it, as after "la même période" (§4, stop 20)
                compared = last_quarter
            if compared is None and last is not None and last.gran == "Y" and _YEAR_ALONE.fullmatch(last_text) \
                    and _A_YEAR_AGO.fullmatch(text.lower()) and last_end > sent_bounds(doc, span.start)[0]:
                # "ont levé 2,3 milliards d'euros en 2023, contre 3,6 milliards un an plus tôt": the
                # year of the sentence, a year before (a part of one, "les fêtes de fin d'année",
                # is no period reported)
                compared = last
            if compared is None and last_quarter is not None and _A_YEAR_AGO.fullmatch(text.lower()):
                # "le trimestre clos le 30 juin, contre 362 millions un an plus tôt", "les fêtes de fin
                # d'année ... contre 111 milliards il y a un an": the quarter reported, a year before
                compared = last_quarter
            comparison = compared is not None and _compared_year_ago(doc, span, self.lexicon, last_end)
            if not comparison and published is not None and published.month <= 4 and last is not None \
                    and last.gran == "Y" and last.year == published.year - 1 and _YEAR_ALONE.fullmatch(last_text) \
                    and _YEAR_BEFORE.match(text.lower()) and _compares(_window_before(doc, span)[1], self.lexicon):
                # "la marge ne pèse que 3,5 %, contre 9 % l'an dernier" in the results of 2021 published
                # in March 2022: the year before the year reported, not the one before the publication
                compared, comparison = last, True
            if comparison:
                # "contre 8 milliards il y a un an", "la même période de l'année précédente":
                # the period compared, a year before (§4)
                text = re.sub(r"^il y a\s+(?:\w+\s+)*?(\w+\s+ans?)$", r"\1 plus tôt", text.lower())
                text = _YEAR_BEFORE.sub("un an plus tôt", text)
                anaphoric_day = False
                anchor = compared
            if not comparison and published is not None and (m := _PREVIOUS_PERIOD.fullmatch(text.lower())) \
                    and _figures_in_sentence(doc, span, self.money_key):
                # "contre 24,2 milliards au trimestre précédent" in a quarter's results: the one
                # before the quarter reported, which is the one told of, else the last one over
                unit = "Q" if (m[1] or m[2]) == "trimestre" else "H"
                anchor = last_quarter if last_quarter is not None and last_quarter.gran == unit else \
                    When.holding(published, unit).shift(-1, unit)
            try:
                norm = resolve_date(text, ref, tense=tense, anchor=anchor, lexicon=self.lexicon)
                if tense == 0 and published is not None and _not_begun(norm.when, published) \
                        and not _YEAR_WRITTEN.search(text) and (
                            last is not None and last.year == published.year - 1
                            or nearest_verb_tense(doc, span) != 0):
                    # "Proximus clôture l'année 2023 ... - Excellente performance au quatrième trimestre"
                    # in February 2024: a quarter not begun yet, with no verb to say it is ahead,
                    # is the one of the year told of; so it is with no year told of when no plain
                    # present looks ahead ("un quatrième trimestre sans accroc", "73 000 clients
                    # enregistrés au quatrième trimestre"; "table sur un lancement au quatrième
                    # trimestre" is ahead)
                    norm = resolve_date(text, ref, tense=-1, anchor=anchor, lexicon=self.lexicon)
                elif tense == 0 and published is not None and published.month <= 3 \
                        and _YEAR_END.fullmatch(text.lower()) and nearest_verb_tense(doc, span) != 0:
                    # "malgré une fin d'année plus terne", "à l'approche de la fin d'année" in February's
                    # results: the year's end just over, as a quarter not begun is (no plain present
                    # looking ahead: "la sortie est prévue en fin d'année" stays this year's)
                    norm = resolve_date(text, ref, tense=-1, anchor=anchor, lexicon=self.lexicon)
            except NormalisationError:
                continue
            bare_weekday = len(span) == 1 and span[0]._.tclass == "WEEKDAY"
            if bare_weekday and listed_day is not None and _LISTED.fullmatch(doc[listed_day[0]:span.start].text):
                # "attendus jeudi et vendredi avant d'ouvrir ... samedi" on a Thursday: the days of a
                # list follow one another, each the first such day after the one before it
                norm = resolve_date(text, listed_day[1] + dt.timedelta(days=1), tense=1, lexicon=self.lexicon)
            if bare_weekday and last is not None and last.gran == "D" and last.year is not None \
                    and _RESTATED_DAY.fullmatch(doc[last_end:span.start].text) \
                    and last.date.weekday() == self.lexicon.weekdays.get(span[0].lower_):
                # "demain matin (mardi)", "aujourd'hui (jeudi, NDLR)": the weekday names the day just told
                norm = resolve_date(last.date.isoformat(), ref, lexicon=self.lexicon)
            listed_day = (span.end, norm.when.date) if bare_weekday and norm.when is not None \
                and norm.when.year is not None else None
            start = span.start
            if _YEAR_BEFORE.match(span.text.lower()):
                # "par rapport à la même période de l'année précédente" is one span, as "la même période
                # de 2021" is (§4, stop 39): the period compared, a year before
                start = max(_same_period_head(doc, span.start), out[-1].end if out else 0)
            new = Span(doc, start, span.end, label="DATE")
            set_span_norm(doc, new, norm.to_norm())
            out.append(new)
            last_end, last_text = span.end, span.text
            when = _months_as_period(norm.when, norm.end)
            # ("Un an plus tôt, la perte nette s'élevait à ..." after a half's figures: the same half a
            # year before, told to compare, whatever word opens the sentence)
            looks_back = when is not None and when.gran in ("Q", "H") \
                and _A_YEAR_AGO.fullmatch(text.lower()) is not None
            if when is not None and when.year is not None and not comparison and not looks_back \
                    and not _compared_with(doc, span, self.lexicon):
                # (a period compared with, "un an plus tôt", is no new period told of: the next
                # "il y a un an" compares with the same one)
                last = when
                if when.gran in ("Q", "H", "M"):
                    last_period = when
                if when.gran in ("Q", "H"):
                    last_quarter = when
                # A day anaphor ("le même jour", "le lendemain") refers to the story's
                # day, which an aside does not move: a participial flashback
                # (", publié le 20 janvier,") or a step back ("deux jours plus tôt").
                if when.gran == "D" and not _aside(doc, span):
                    last_day = when
                # Only a date whose year is written anchors the narrative: "21 janvier"
                # resolved against it must not pull the reference back.
                # "The latest absolute date mentioned before": the latest in time,
                # so a look back ("octobre 2024") does not move the story's present.
                # A precise date beats a vaguer one: "d'ici 2026" or "fin 2026" is a
                # forecast, the story's present is the day it tells of.
                # A limit ahead ("d'ici 2025") is a goal, no date the story is told at.
                if published is None and is_absolute(norm) and _YEAR_WRITTEN.search(text) and not _by(doc, span):
                    rank = _ANCHOR_RANK.get(when.gran, 0)
                    if rank > narrative_rank or (rank == narrative_rank and when.date >= narrative):
                        # (a half or a quarter names the year the story is told of, as a year
                        # does: "Au premier semestre 2024 ... 134 millions en avril" is April 2024)
                        narrative, narrative_year_only, narrative_rank = when.date, when.gran in ("Y", "H", "Q"), rank
        doc.spans[self.output_key] = out
        return doc

    @staticmethod
    def _days_sharing_a_month(doc: Doc, spans: list[Span], lex: Lexicon) -> tuple[list[Span], dict]:
        """"les 3 et 7 octobre" is one span per day (guideline v2): "3", read as "3
        octobre", and "7 octobre"; "du 3 au 7 octobre" stays one range. A date moved by
        a verb ("a repoussé le lancement de janvier à mars 2024") is two dates, the first
        read with the second's year (§4), as a change of price is two amounts.
        RETURNS (spans, the text to read for a span whose own text is not enough)."""
        out: list[Span] = []
        texts: dict = {}
        for i, span in enumerate(spans):
            if (len(span) >= 4 and span[1].lower_ == "et" and span[0].text.isdigit() and span[2].text.isdigit()
                    and span[3]._.tclass == "MONTH"):
                first, rest = doc[span.start:span.start + 1], doc[span.start + 2:span.end]
                texts[(first.start, first.end)] = f"{span[0].text} {doc[span.start + 3:span.end].text}"
                out += [first, rest]
            elif (k := _moved_between(span)) and _rescheduled(doc, span, lex):
                # ("a décalé la sortie du 26 mai 2026 au 19 novembre 2026", "de janvier à mars 2024")
                first, rest = doc[span.start:span.start + k], doc[span.start + k + 1:span.end]
                years = [t.text for t in first if t._.tclass == "YEAR"] or [t.text for t in rest if t._.tclass == "YEAR"]
                texts[(first.start, first.end)] = " ".join([t.text for t in first if t._.tclass != "YEAR"] + years[:1])
                out += [first, rest]
            else:
                out.append(span)
                nxt = spans[i + 1] if i + 1 < len(spans) else None
                if nxt is not None and span[-1]._.tclass == "MONTH" and nxt[-1]._.tclass == "YEAR" \
                        and not any(t._.tclass == "YEAR" for t in span) \
                        and _LISTED_BEFORE.fullmatch(doc[span.end:nxt.start].text):
                    # "le 2 février et le 9 février 2018": a list of dates shares the year written last
                    texts[(span.start, span.end)] = f"{span.text} {nxt[-1].text}"
                # "Quatrième trimestre et année 2023": the quarter of the year named after it
                after = doc[span.end:span.end + 5]
                if span[-1].lower_ in ("trimestre", "semestre") and len(after) >= 3 and after[0].lower_ == "et" \
                        and not any(t._.tclass == "YEAR" for t in span):
                    k = 1 + (after[1].lower_ in ("de", "l'", "l’")) + (len(after) > 2 and after[2].lower_ in ("l'", "l’"))
                    if k + 1 < len(after) and after[k].lower_ in ("année", "exercice") \
                            and after[k + 1]._.tclass == "YEAR":
                        texts[(span.start, span.end)] = f"{span.text} {after[k + 1].text}"
        return out, texts

    @staticmethod
    def _is_date_here(doc: Doc, span: Span, lex: Lexicon) -> bool:
        first = span[0]
        prev = doc[span.start - 1] if span.start > 0 else None
        nxt = doc[span.end] if span.end < len(doc) else None
        low = first.lower_.replace("’", "'")
        prev_low = prev.lower_.replace("’", "'") if prev is not None else ""
        if low == "il" and nxt is not None and nxt.lower_.replace("’", "'") in ("que", "qu'"):
            return False  # "il y a deux ans que la société existe": a duration
        if low == "ce" and len(span) == 2 and span[1].lower_ == "jour" and (
                prev_low in ("à", "qu'", "jusqu'") or (prev is not None and prev.text == "A")):
            return False  # "non détenues à ce jour", "A ce jour" (a capital without its accent): so far, no day
        if len(span) == 1 and first._.tclass == "YEAR" and (
                prev_low in ("n°", "nº", "no", "numéro") or (
                nxt is not None and nxt.text in ("-", "/") and span.end + 1 < len(doc)
                and re.fullmatch(r"\d{3,}", doc[span.end + 1].text)
                and not re.fullmatch(r"(?:19|20)\d\d", doc[span.end + 1].text))):
            return False  # "la décision n°2022-0805": a reference number, no year
        if prev_low == "chaque":
            return False  # "appliquée chaque 1er janvier", "chaque vendredi": a recurrence, no date
        if _habitual(doc, span):
            return False  # "le mois de décembre est traditionnellement moins actif": a habit, no date
        if len(span) == 2 and low in ("ce", "le") and span[1].lower_ == "mois" and nxt is not None \
                and nxt.lower_ in ("de", "d'", "d’") \
                and span.end + 1 < len(doc) and doc[span.end + 1]._.tclass == "MONTH":
            return False  # "en ce mois d'avril 2024": the month named after it is the date
        if len(span) == 1 and first._.tclass == "SEASON" and prev_low in ("de", "d'") and span.start > 1 \
                and doc[span.start - 2]._.tclass != "PART" and doc[span.start - 2].lower_ != "mois" \
                and not (nxt is not None and nxt._.tclass == "YEAR"):
            return False  # "les soldes d'été", "Ferme d'hiver", "les feuilles d'automne": a kind, no date
        if low == "demain" and len(span) == 1 and prev_low in ("de", "d'"):
            return False  # "les entreprises de demain", "la société d'aujourd'hui et de demain": the future
        if low == "aujourd'hui" and len(span) == 1:
            # "d'aujourd'hui", "jusqu'à aujourd'hui", "aujourd'hui encore": nowadays.
            if nxt is not None and nxt.text == "," and span.end + 1 < len(doc) \
                    and doc[span.end + 1]._.tclass in ("WEEKDAY", "DAYNUM"):
                return True  # "aujourd'hui, samedi 15 mars": the day, named again
            if prev_low in ("d'", "à", "qu'"):
                # (but "à partir d'aujourd'hui" is the day itself, and so is an act's: "dans sa décision
                # d'aujourd'hui, la Commission confirme")
                return span.start > 1 and doc[span.start - 2].lower_ in ("partir", "dès") + _DAYS_ACTS
            if nxt is not None and nxt.lower_ in ("encore", "déjà"):
                return False
            if nxt is not None and nxt.lower_ in ("que", "qu'", "qu’") and prev_low == "est" \
                    and span.start > 1 and doc[span.start - 2].lower_ in ("c'", "c’", "ce"):
                return True  # "c'est aujourd'hui que Microsoft met fin ...": the day, put forward
            if nxt is not None and nxt.lower_ == "le" and span.end + 1 < len(doc) \
                    and doc[span.end + 1]._.tclass in ("WEEKDAY", "DAYNUM"):
                return True  # "nous sommes aujourd'hui le mardi 14 octobre": the day, named
            if nxt is not None and (nxt.pos_ == "ADJ" or "Part" in nxt.morph.get("VerbForm")) \
                    and prev is not None and prev.pos_ in ("NOUN", "PROPN", "PUNCT"):
                return False  # "une technologie aujourd'hui dépassée": a state now, not a day
            if prev is not None and prev.lower_ in ("depuis", "dès", "partir"):
                return True  # "depuis aujourd'hui", "dès aujourd'hui": the day itself
            # The publication day is news: something was or will be done today.
            # In a sentence in the plain present ("l'IA est aujourd'hui partout")
            # it means nowadays, unless the verb announces ("présente aujourd'hui").
            if nearest_verb_tense(doc, span) in (0, None) and not _announcing_verb_near(doc, span) \
                    and not _quoted_first_person(doc, span):
                return False
        if len(span) == 1 and first._.tclass == "MONTH" and first.is_title and not first.is_sent_start \
                and not (prev is not None and "\n" in prev.text):
            return False  # "Mars" mid-sentence is the planet (or the company), not March; a line's first word is capitalised
        if any(t._.tclass == "MONTH" and t.is_upper for t in span) and len(span) == 1:
            # A month in capitals ("LANCEMENT EN JUIN") is one after a preposition or a
            # part-of-period word; "MAI" alone in a headline may be an acronym.
            if prev_low not in ("en", "de", "d'", "dès", "depuis", "fin", "début", "mi", "au", "pour", "avant", "après"):
                return False
        if len(span) == 1 and first._.tclass == "WEEKDAY" and prev is not None and prev.lower_ == "le" \
                and (nxt is None or nxt._.tclass != "DAYNUM"):
            return False  # "une keynote le mardi", "joignable le dimanche": a habit, not a day
        if low == "été" and len(span) == 1:
            # The season, not the participle of "être" ("a été lancé").
            if prev_low not in ("l'", "cet", "en", "d'", "plein") and (nxt is None or nxt._.tclass != "YEAR"):
                return False
        if _period_as_a_kind(doc, span):
            return False
        if len(span) == 1 and first._.tclass == "YEAR":
            if prev_low == "années" and first.text.endswith("0"):
                return False  # "les années 2000": a decade, which the guideline leaves out (§4)
            if prev is not None and (prev.text in lex.edition_names or prev_low in ("édition", "l'édition")):
                # "lors de l'E3 2019", "au MWC 2020", "la finale de l'édition 2020": an event's edition,
                # no date ("le baromètre IT 2013" is the year the report covers: a date)
                return False
            # "Gemini 2025", "Office 2024", "iPhone 2025": a year glued to a name.
            if prev is not None and prev.is_title and not prev.is_sent_start and prev._.tclass not in ("MONTH",):
                if prev.pos_ == "PROPN":
                    return False
            nxt = doc[span.end] if span.end < len(doc) else None
            if nxt is not None and nxt._.tclass in ("SCALE", "CUR", "CURSYM", "SCALECUR"):
                return False
            if nxt is not None and nxt.pos_ == "NOUN" and nxt.is_lower and nxt.lower_[-1] in "sx" \
                    and not nxt._.tclass:
                return False  # "où 2000 personnes travaillent", "créer 2000 emplois": a count, no year
        return True


def _months_as_period(when: When | None, end: str | None) -> When | None:
    """"de janvier à mars" told of is the first quarter, "de janvier à juin" the first half: the
    period a comparison after it counts from ("soit 10 % de plus qu'il y a un an" -> that quarter
    a year before); any other date is itself."""
    if when is None or when.gran != "M" or when.year is None or not end or \
            not (m := re.fullmatch(r"(\d{4})-(\d{2})", end)) or int(m[1]) != when.year:
        return when
    first, last = when.sub, int(m[2])
    if first % 3 == 1 and last == first + 2:
        return When("Q", when.year, (first - 1) // 3 + 1)
    if first in (1, 7) and last == first + 5:
        return When("H", when.year, 1 if first == 1 else 2)
    return when


def _closes(month: When, period: When | None) -> bool:
    """Whether ``month`` is the last month of ``period``, a quarter or a half."""
    if period is None or period.year != month.year or not isinstance(period.sub, int) or not isinstance(month.sub, int):
        return False
    return month.sub == period.sub * (3 if period.gran == "Q" else 6)


def _not_begun(when, published: dt.date) -> bool:
    """A quarter or half of the year of publication that starts after it."""
    return when is not None and when.gran in ("Q", "H") and when.year == published.year \
        and isinstance(when.sub, int) and when.date > published


def _period_as_a_kind(doc: Doc, span: Span) -> bool:
    """"un record pour un premier trimestre", "pour un mois d'avril", "le meilleur deuxième
    trimestre de son histoire": a quarter or a month as a kind of period, no date. Only
    without a year: "pour un premier trimestre 2024 difficile" names one."""
    if any(t._.tclass == "YEAR" for t in span) or not any(
            t._.tclass == "MONTH" or t.lower_ in ("trimestre", "semestre") for t in span):
        return False
    i = span.start - 1
    if i >= 1 and doc[i].lower_ in ("d'", "d’", "de") and doc[i - 1].lower_ == "mois":
        i -= 2              # "un mois d'avril"
    if i >= 1 and doc[i].lower_ in ("un", "une") and doc[i - 1].lower_ == "pour":
        return True         # ("a signé un premier trimestre difficile" is this year's)
    after = " ".join(t.lower_ for t in doc[span.end:span.end + 4])
    return i >= 0 and doc[i].lower_ in ("meilleur", "meilleure", "pire") and re.match(
        r"(?:fiscal |fiscale )?de (?:son|leur|notre) histoire", after) is not None


# acts of a day: "la décision d'aujourd'hui" is today's, where "la société d'aujourd'hui" is nowadays'
_DAYS_ACTS = ("décision", "annonce", "communiqué", "séance", "audience", "réunion", "vote", "conférence")

# how far (tokens) "le 12" may be from the date whose month it takes
DAY_ALONE_REACH = 40
# what may follow a day written alone: a punctuation mark, a preposition, a conjunction
_AFTER_A_DAY = {"en", "à", "au", "aux", "dans", "pour", "et", "ou", "avant", "après", "dès", "sur", "chez"}


def _weekdays_before_a_day(doc: Doc, span: Span) -> bool:
    """"du samedi au dimanche 21 août": the second weekday opens the day it names, no range of
    weekdays."""
    return len(span) == 3 and span[0]._.tclass == span[2]._.tclass == "WEEKDAY" and span.end < len(doc) \
        and doc[span.end]._.tclass == "DAYNUM"


def _article_before_a_year(doc: Doc, span: Span) -> bool:
    """"le dernier trimestre 2023", "en cette fin d'année 2023": with its year written the period
    leaves its article or demonstrative out (v2)."""
    return span[0].lower_ in ("le", "ce", "cet", "cette") and span.end < len(doc) and doc[span.end]._.tclass == "YEAR"


def _day_alone(span: Span) -> bool:
    return len(span) == 2 and span[0].lower_ in ("le", "au", "du") and span[1]._.tclass == "DAYNUM"


def _before_an_event(doc: Doc, span: Span) -> bool:
    """"à la veille du sommet", "le lendemain d'un rapport": a day told from an event, not from
    a date ("la veille du 14 juillet" is a date's)."""
    if span[-1].lower_ not in ("veille", "lendemain", "surlendemain", "avant-veille") or span.end + 1 >= len(doc):
        return False
    of, nxt = doc[span.end], doc[span.end + 1]
    if of.lower_ not in ("de", "du", "des", "d'", "d’"):
        return False
    if span.start and doc[span.start - 1].lower_ in ("état", "part"):
        return False     # "après avoir fait état la veille de résultats": the "de" is the verb's
    if nxt.lower_ in ("la", "l'", "l’", "le", "ce", "cette", "un", "une", "son", "sa", "ses", "leur") \
            and span.end + 2 < len(doc):
        nxt = doc[span.end + 2]
    return not nxt._.tclass and not nxt._.num


def _this_weekday(span: Span) -> bool:
    return len(span) == 2 and span[0].lower_ == "ce" and span[1]._.tclass == "WEEKDAY"


def _ends_a_day(doc: Doc, span: Span) -> bool:
    """"le 21, le jour même", "le 12 en Amérique du Nord": nothing that the number counts follows."""
    if span.end >= len(doc):
        return True
    nxt = doc[span.end]
    return nxt.is_punct and nxt.text not in ("%", "/", "-") or nxt.lower_ in _AFTER_A_DAY


_SET_DAYS = frozenset(("lancement", "sortie", "commercialisation", "disponibilité", "livraison"))


def _scheduled_for(doc: Doc, span: Span) -> bool:
    """"pour le 10 novembre", "la date de lancement du 5 juin": a day set for something,
    whatever the tense of the announcement."""
    before = [t.lower_ for t in doc[max(0, span.start - 4):span.start]]
    return bool(before) and (before[-1] == "pour" or before[-2:] == ["pour", "le"] or (
        len(before) == 4 and before[0] == "date" and before[1] in ("de", "d'", "d’") and before[2] in _SET_DAYS
        and before[3] == "du")) \
        and any(t._.tclass == "MONTH" for t in span) and not any(t._.tclass == "YEAR" for t in span)


# what may stand between a day and the weekday that restates it: "demain matin (mardi)"
_RESTATED_DAY = re.compile(r"\s*(?:matin|soir|après-midi|midi)?\s*[\"»”]?\s*[(,]\s*", re.I)
# the year before, said without "il y a": "l'année précédente", "l'an dernier"
_YEAR_END = re.compile(r"fin (?:d['’]\s*|de l['’]\s*)année")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
_BEYOND = re.compile(r"\bau-delà\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*$", re.I)
_PREVIOUS_PERIOD = re.compile(r"(?:(?:le|au|du)\s+)?(?:(trimestre|semestre)\s+précédent|précédent\s+(trimestre|semestre))")


def _figures_in_sentence(doc: Doc, span: Span, money_key: str) -> bool:
    """Whether the sentence compares figures: an amount (``doc.spans[money_key]``) or a
    percentage, or "par rapport"."""
    s0, s1 = sent_bounds(doc, span.start)
    return any(t.text == "%" or t.lower_ == "rapport" for t in doc[s0:s1]) or any(
        s0 <= e.start < s1 for e in doc.spans.get(money_key, []))


_A_YEAR_AGO = re.compile(r"il y a (?:un|1) an|un an (?:plus tôt|auparavant)")
_YEAR_BEFORE = re.compile(r"^(?:l['’]\s*(?:année|an)\s+(?:dernière|dernier|précédente|passée|passé)"
                          r"|l['’]\s*exercice\s+(?:précédent|dernier|passé)"
                          r"|un an (?:plus tôt|auparavant))$")


def _moved_between(span: Span) -> int:
    """Where "à"/"au" splits a from-to whose bounds are each a day, a month or a year ("janvier
    à mars 2024", "26 mai 2026 au 19 novembre 2026", "2025 à 2026"): its index in the span, else 0."""
    for k in range(1, len(span) - 1):
        if span[k].lower_ in ("à", "au"):
            nxt = span[k + 1]._.tclass
            day = nxt == "DAYNUM" and k + 2 < len(span) and span[k + 2]._.tclass == "MONTH"
            return k if span[k - 1]._.tclass in ("MONTH", "YEAR") and (nxt in ("MONTH", "YEAR") or day) else 0
    return 0


def _rescheduled(doc: Doc, span: Span, lex: Lexicon) -> bool:
    """"de janvier à mars" after a verb that moves a date ("a repoussé le lancement du
    casque de janvier à mars", "décalait la sortie du 26 mai au 19 novembre"): a change of
    date, not a period."""
    if span.start == 0 or doc[span.start - 1].lower_ not in ("de", "du"):
        return False
    stems = tuple(lex.reschedule_verbs)
    # back to the clause's end, not to the parser's sentence start: it may split "de | janvier"
    # ("un nouveau report de trois semaines de la date limite de l'accord, du 31 octobre au 22 novembre")
    for t in reversed(doc[max(0, span.start - 14):span.start - 1]):
        if t.text in (".", "!", "?", ";"):
            return False
        if t.lower_.startswith(stems):
            return True
        if t.pos_ == "VERB":
            return False     # "Le plan, reporté, couvre la période de 2025 à 2027": another verb's object
    return False


def _moved_to(doc: Doc, span: Span, lex: Lexicon) -> bool:
    """"le report à l'automne", "repoussé au printemps", "décalée à mars": the date a thing
    was moved to, which lies ahead of the move."""
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in ("la", "l'", "l’", "le"):
        i -= 1
    if i < 1 or doc[i].lower_ not in ("à", "au"):
        return False
    stems = tuple(lex.reschedule_verbs)
    return any(t.lower_.startswith(stems) for t in doc[max(0, i - 4):i])


def _compared_with(doc: Doc, span: Span, lex: Lexicon) -> bool:
    """"en baisse de 7 % par rapport à 2023, après une baisse de 38 % l'année précédente":
    a period named as the one compared with is no period told of, and the anaphora after it
    ("l'année précédente") still counts from the one told of."""
    # ("la même période de 2021" names the period told of in that year: a period, not a word of comparison)
    def compares(t: Token) -> bool:
        return t.lower_ in lex.comparison_words and t.lower_ != "période"

    if any(compares(t) for t in doc[max(0, span.start - 3):span.start]):
        return True
    if span.start > 0 and doc[span.start - 1].lower_ in ("qu'", "qu’", "que", "au", "en") \
            and _comparative(doc[max(0, span.start - 6):span.start]):
        return True     # "soit 33 % de moins qu'au quatrième trimestre de 2021": compared with, as after "contre"
    # "contre 108,5 millions au premier trimestre 2011", "contre une perte de 221 millions d'euros
    # au deuxième trimestre 2018": the figure compared sits between the word and the period, so
    # look past an amount, its unit and its noun, never past a verb
    for t in reversed(doc[max(0, span.start - 10):span.start]):
        if compares(t):
            return True
        if t.is_punct or not (t.like_num or t.pos_ in ("NOUN", "ADP", "DET", "NUM", "SYM")):
            return False
    return False


def _same_period_head(doc: Doc, i: int) -> int:
    """Where "la même période de" ending at token ``i`` starts; ``i`` when it does not. (Without
    "de", "la même période l'an dernier", real writers leave "la même période" out.)"""
    j = i - 1
    if j < 2 or doc[j].lower_ not in ("de", "d'", "d’") or doc[j - 1].lower_ != "période" \
            or doc[j - 2].lower_ != "même":
        return i
    return j - 3 if j >= 3 and doc[j - 3].lower_ == "la" else j - 2


def _after_same_period(doc: Doc, span: Span) -> bool:
    """"pour la même période l'an dernier", "au même moment l'an dernier", "à la même époque":
    the period compared is the latest one told of,
    even when a day was named since ("le trimestre clos le 30 juin")."""
    before = " ".join(t.lower_ for t in doc[max(0, span.start - 4):span.start])
    return bool(re.search(r"même (?:période|moment|époque)\b", before)) or _same_period_after(doc, span)


def _same_period_after(doc: Doc, span: Span) -> bool:
    """"davantage que l'an dernier à la même période": the period named right after the year."""
    after = " ".join(t.lower_ for t in doc[span.end:span.end + 4])
    return bool(re.match(r"(?:(?:à|a|sur|pour|durant|pendant)\s+la\s+même\s+(?:période|époque)"
                         r"|au\s+même\s+moment)\b", after))


def _comparative(window: Span) -> bool:
    """"soit 10 points de plus qu'il y a un an", "deux fois plus qu'il y a un an": a comparative
    compares as "contre" does."""
    words = [t.lower_ for t in window]
    return any(w in ("qu'", "qu’", "que") and any(p in ("plus", "moins", "davantage") for p in words[max(0, i - 4):i])
               for i, w in enumerate(words))


def _window_before(doc: Doc, span: Span) -> tuple[int, Span]:
    """Where ``span``'s sentence starts, and the words of it (up to eight) before ``span``."""
    sent_start, _ = sent_bounds(doc, span.start)
    return sent_start, doc[max(sent_start, span.start - 8):span.start]


def _compares(window: Span, lex: Lexicon) -> bool:
    """A comparison word or a comparative in ``window``."""
    return any(t.lower_ in lex.comparison_words for t in window) or _comparative(window)


def _compared_year_ago(doc: Doc, span: Span, lex: Lexicon, last_end: int) -> bool:
    """"contre 8 milliards il y a un an", "par rapport à la même période de l'année
    précédente" after a quarter's figures: a comparison with the same quarter a year
    before, not the year before the article. "l'an dernier" compares the quarter only
    in the quarter's sentence or after "même période": "Ses investissements de l'année
    ..., contre 29,8 milliards l'an dernier" after a quarter's outlook compares years."""
    ago = span[0].lower_ == "il" and span[-1].lower_ in ("an", "ans")
    if not ago and not _YEAR_BEFORE.match(span.text.lower()):
        return False
    sent_start, window = _window_before(doc, span)
    if _after_same_period(doc, span):
        return True     # "au même moment l'an dernier", "l'an dernier à la même époque"
    if not _compares(window, lex):
        return False
    # ("un an plus tôt", like "il y a un an", is a comparison whatever sentence told the period)
    return ago or bool(_A_YEAR_AGO.fullmatch(span.text.lower())) or last_end > sent_start \
        or any(t.lower_ in ("période", "rapport") for t in window)


# "cette période de l'année", "au cours de l'année de leur lancement", "les deux derniers mois et
# demi de l'année": the year as a frame, not the current one
_NOT_OF_THE_YEAR = frozenset(("période", "moment", "cours", "mois", "demi", "jour", "saison", "partie"))
# "élue application de l'année", "sacré jeu de l'année": a title, no year
_AWARD_STEMS = ("élu", "sacré", "désigné", "nommé", "couronné")


_OF_THE_YEAR = re.compile(r"\bde\s+l['’](année)\b", re.I)


def _of_the_year(doc: Doc, dates: list[Span]) -> list[Span]:
    """"la plus grosse levée de l'année", "la moyenne mensuelle de l'année": `l'année` is the
    current year (§4, stop 17), where no longer date holds it ("fin de l'année", "de l'année 2024")."""
    taken = {i for s in dates for i in range(s.start, s.end)}
    out = []
    for m in _OF_THE_YEAR.finditer(doc_text(doc)):
        t = doc.char_span(m.start(1), m.end(1))
        if t is None:
            continue
        i = t.start
        if i < 2 or i in taken or i - 1 in taken or doc[i - 1].lower_ not in ("l'", "l’") \
                or doc[i - 2].lower_ != "de" or (i >= 3 and doc[i - 3].lower_ in _NOT_OF_THE_YEAR):
            continue
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and (nxt.like_num or nxt.lower_ in ("de", "d'", "d’", "fiscale", "civile", "glissante")):
            continue
        if any(w.lower_.startswith(_AWARD_STEMS) for w in doc[max(0, i - 6):i - 2]):
            continue
        out.append(Span(doc, i - 1, i + 1, label="DATE"))
    return out


# the granularity a period's word names ("Trimestre précédent" capitalised in a heading too)
_KIND_GRAN = {"trimestre": "Q", "semestre": "H", "mois": "M"}
_PER_YEAR = {"Q": 4, "H": 2}     # how many quarters or halves a year has: the last one's number


def _period_of_kind(when: When | None, kind: str) -> bool:
    """``when`` is a numbered quarter (``kind`` "trimestre") or half ("semestre") of a known year."""
    return when is not None and when.year is not None and isinstance(when.sub, int) \
        and when.gran == _KIND_GRAN.get(kind.lower())


_PART_OF_PERIOD = re.compile(r"(début|fin|mi|milieu)\s+d[ue]\s+(trimestre|semestre)", re.I)
_ORDINAL_WORDS = {1: "premier", 2: "deuxième", 3: "troisième", 4: "quatrième"}
_PERIOD_BEFORE = re.compile(r"(?:le\s+|au\s+)?(trimestre|semestre)\s+précédent", re.I)


_FISCAL = re.compile(r"\b(trimestre|semestre)\s+fiscal(?:\s+de)?\b", re.I)
# "troisième trimestre de son exercice annuel décalé": the company's year, told as the year's (§4)
_OWN_EXERCISE = re.compile(r"\b(trimestre|semestre)\s+de\s+(?:son|sa|leur)\s+exercice"
                           r"(?:\s+(?:fiscal|fiscale|annuel|annuelle))?", re.I)
# "la même période de 2021", "la période correspondante de l'exercice 2014": that period in that year
_SAME_PERIOD_OF_YEAR = re.compile(r"(?:la\s+|le\s+)?(?:même\s+(?P<kind>période|trimestre|semestre|mois)|"
                                  r"(?P<kind2>période|trimestre|semestre|mois)\s+correspondante?)\s+"
                                  r"(?:d[e'’]\s*|en\s+)?(?:l['’]\s*(?:exercice|année)\s+)?(?P<year>(?:19|20)\d\d)", re.I)


def _period_in_year(told: When | None, kind: str, year: str, lex: Lexicon) -> str:
    """The text of the period told of (``told``, a quarter, a half or a month) in ``year``;
    the year alone when none is told of, or not of the kind named."""
    if told is None or told.year is None or not isinstance(told.sub, int) \
            or _KIND_GRAN.get(kind, told.gran) != told.gran:
        return year
    if told.gran == "M":
        return f"{max((w for w, n in lex.months.items() if n == told.sub), key=len)} {year}"
    return f"{_ORDINAL_WORDS[told.sub]} {'trimestre' if told.gran == 'Q' else 'semestre'} {year}"


# What the press writes for a period the resolver reads under another name: "ce jour" is the
# day of publication, "les trois mois précédents" the quarter before the one told of, "le
# prochain trimestre" the next, "le plus récent trimestre" the latest closed. ("les trois
# derniers mois" is not a date: most writers left it out, a rolling span more than a quarter.)
_REWORDINGS = [
    (re.compile(r"ce jour", re.I), "aujourd'hui"),
    (re.compile(r"(?:3|trois) mois précédents", re.I), "le trimestre précédent"),
    (re.compile(r"(?:le|la) (prochaine?) (trimestre|semestre|exercice)", re.I), r"le \2 \1"),
    # the Québec press's "au plus récent trimestre": the latest closed, "le dernier trimestre"
    (re.compile(r"plus récent (trimestre|semestre)", re.I), r"dernier \1"),
    # "d'ici la fin de ce mois de mars 2019": the month named
    (re.compile(r"((?:tout )?\w+) de ce mois d(?:e |['’])(.+)", re.I), r"\1 \2"),
]


def _reworded(text: str) -> str:
    for pattern, new in _REWORDINGS:
        if pattern.fullmatch(text):
            return pattern.sub(new, text)
    return text


_THIS_QUARTER = re.compile(r"ce\s+(?:dernier\s+)?(?:trimestre|semestre)", re.I)
_THIS_MONTH = re.compile(r"(?:ce|cet)\s+mois(?:\s*-\s*ci|\s+ci)?", re.I)
_MONTH_BEFORE = re.compile(r"(?:le\s+|du\s+)?mois\s+(?:dernier|précédent|passé)", re.I)


def _reviewed_month(doc: Doc, spans: list[Span], published: dt.date | None, lex: Lexicon) -> dt.date | None:
    """The last day of the month a monthly review covers, when the article is one: published
    in a month's first week, it counts the month just ended "ce mois-ci" ("Ce mois-ci, 36
    startups tricolores ont permis ... 391,4 millions d'euros", a tally no three-day-old
    month has). Its month words then read from that month (§2, settled in v2)."""
    if published is None or published.day > 7:
        return None
    for span in spans:
        if not _THIS_MONTH.fullmatch(span.text) or sentence_tense(doc, span) > 0:
            continue
        if _tallies(doc, span, lex):
            return published.replace(day=1) - dt.timedelta(days=1)
    return None


def _tallies(doc: Doc, span: Span, lex: Lexicon, besides: int | None = None) -> bool:
    """Whether the sentence of ``span`` counts a period's deals: a number (other than the token
    ``besides``) or a share, and a tally word ("36 startups", "720 opérations", "un tiers des
    montants", "un total de 525 millions")."""
    s0, s1 = sent_bounds(doc, span.start)
    sentence = doc[s0:s1]
    words = sentence.text.lower()    # (its text: the tokenizer splits "start-up" in three)
    return any((t.like_num or t.lower_ in lex.tally_shares) and t.i != besides for t in sentence) and any(
        re.search(rf"(?<!\w){re.escape(w)}(?!\w)", words) for w in lex.tally_words)


# the periods a yearly review names without their year
_OF_THE_REVIEW = re.compile(r"(?:(?:cette|l['’])\s*)?année(?:\s+en\s+cours)?|(?:(?:le|la|au|du)\s+)?"
                            r"(?:premier|second|deuxième|troisième|quatrième|1er|2e|2nd|3e|4e)\s+(?:semestre|trimestre)",
                            re.I)


def _reviewed_year(doc: Doc, spans: list[Span], published: dt.date | None, lex: Lexicon) -> dt.date | None:
    """The last day of the year a yearly review covers, when the article is one: published in
    January, it tallies the year before ("En 2023, les start-up françaises ont levé 8,3 milliards
    d'euros en 720 opérations"). Its bare years and halves then read from that year, as real
    writers read them (a real sealed-36 writer, by the meaning §2 gives a roundup's period)."""
    if published is None or published.month != 1:
        return None
    last = str(published.year - 1)
    for span in spans:
        if span.text == last and sentence_tense(doc, span) <= 0 and _tallies(doc, span, lex, besides=span.start):
            return dt.date(published.year - 1, 12, 31)
    return None


def _with_two_digit_year(doc: Doc, span: Span) -> Span | None:
    """"le 14 juillet 89": a day and month followed by two digits that count nothing is
    the day with a two-digit year (guideline §4); "le 3 mars 25 entreprises" is not."""
    if len(span) < 2 or span[-1]._.tclass != "MONTH" or not re.fullmatch(r"\d{1,2}(?:er)?", span[-2].text) \
            or span.end >= len(doc):
        return None
    nxt = doc[span.end]
    if not re.fullmatch(r"\d\d", nxt.text) or nxt.whitespace_ == "" and span.end + 1 < len(doc) \
            and doc[span.end + 1].text not in ".,;:!?)»":
        return None
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if after is not None and (after.pos_ in ("NOUN", "ADJ", "NUM", "PROPN") or after.text in ("%", "€", "$")
                              or after._.tclass in ("SCALE", "CUR", "CURSYM", "SCALECUR")):
        return None
    return doc[span.start:span.end + 1]


def _as_date(value) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@Language.factory(
    "date_normaliser",
    assigns=["doc.spans"],
    requires=["token._.tclass"],
    default_config={"lexicon_path": None, "candidates_key": "rules", "output_key": "date", "money_key": "money"},
)
def make_date_normaliser(nlp: Language, name: str, lexicon_path: str | None,
                         candidates_key: str, output_key: str, money_key: str) -> DateNormaliser:
    """DATE spans and TIMEX3 norms; ``lexicon_path`` None reads ``patterns/lexicon.json``."""
    return DateNormaliser(lexicon_path, candidates_key, output_key, money_key=money_key)
