"""Context rules for ORG and PRODUCT names, used by the entity resolver.

The trained NER reads most names no list holds; these rules are the ones that
still earn their place (switched off one at a time, each lowers a measured
score: ``python -m evaluation.ablation``):

- a name followed by an apposition naming its kind takes that kind
  (``Belenos, un ordinateur photonique`` -> PRODUCT);
- a name that is a company or its service (``AWS``, ``Instagram``) takes the
  label its context gives (``chez AWS`` -> ORG, ``sur Instagram`` -> PRODUCT);
- a name after a locative word is a place (``dans l'Union européenne``);
- the model's ORG on a person (``Arthur Mensch``) or an event
  (``le sommet Choose France``) is dropped;
- headlines in capitals or Title Case say nothing through their capitals.

The word lists are data (``patterns/lexicon.json``); the rules only say
where to look.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.attrs import IS_ALPHA, IS_UPPER, LENGTH, ORTH, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ..normalise.lexicon import Lexicon
from ._serial import add_sequence, match_sequences

# A version after a product name: "4", "2.5", "S25", "X1" (not a year: "Office 2024"
# stays a product and a date only when the list knows the product).
VERSION = re.compile(r"^(?:v?\d{1,3}(?:\.\d+)?[a-z]?|[A-Z]{1,2}\d{1,4}[a-z]?)$")
# Edition words: they end a product name, they never start one ("les modèles Pro et Pro Max").
EDITIONS = {"Pro", "Max", "Ultra", "Mini", "Plus", "Lite", "Turbo", "Flash", "Air", "Nano", "Edge", "Fold", "Flip"}
# Words that never continue a name even when capitalised (a new sentence in a title,
# a French function word at the start of a line).
FUNCTION_WORDS = {"Le", "La", "Les", "L'", "Un", "Une", "Des", "De", "Du", "Et", "Ou", "En", "Au", "Aux",
                  "Ce", "Cette", "Ces", "Son", "Sa", "Ses", "Il", "Elle", "Ils", "Elles", "Qui", "Que",
                  "Pour", "Par", "Sur", "Avec", "Dans", "Selon", "Mais", "Donc", "Si", "À", "A"}
_FUNCTION_WORD_IDS = frozenset(map(get_string_id, FUNCTION_WORDS))
SKIP_BACK = {"le", "la", "les", "l'", "l’", "de", "d'", "d’", "du", "des", "un", "une", "au", "aux", "à"}
AUXILIARIES = {"a", "ont", "va", "vont", "avait", "avaient", "aura", "auront", "est", "sont", "s'", "s’",
               "se", "lui", "leur", "y", "en", "ne", "n'", "n’"}


HEADLINE_KEY = "_pipeline_headline_tokens"


def mark_headlines(doc: Doc) -> None:
    """Remembers the tokens of sentences written in capitals or in Title Case
    ("NVIDIA ANNONCE UN CHIFFRE RECORD", "Microsoft Annonce Des Résultats"):
    there a capital says nothing about a name. Call ``forget_headlines`` after."""
    marked: set[int] = set()
    n = len(doc)
    if doc.has_annotation("SENT_START"):
        starts = [i for i, flag in enumerate(doc.to_array(SENT_START).tolist()) if i == 0 or flag == 1]
        bounds = zip(starts, starts[1:] + [n]) if n else ()
    else:
        bounds = [(0, n)]
    # (lexeme attributes as arrays: a Token and three properties per word were this stage's cost)
    rows = doc.to_array([IS_ALPHA, IS_UPPER, LENGTH, ORTH]).tolist() if n else []
    for start, end in bounds:
        words = [r for r in rows[start:end] if r[0]]
        upper = sum(1 for r in words if r[1] and r[2] >= 3)
        titled_function = sum(1 for r in words[1:] if r[3] in _FUNCTION_WORD_IDS)
        if upper >= 3 and upper * 2 >= len(words) or titled_function >= 2:
            marked.update(range(start, end))
    doc.user_data[HEADLINE_KEY] = marked


def forget_headlines(doc: Doc) -> None:
    doc.user_data.pop(HEADLINE_KEY, None)


def is_name_word(tok) -> bool:
    """A capitalised word that can continue a name: "Advanced", "Ads", "S", "AI",
    "Convergence.ai"; not a function word, not the first word of a sentence, not a
    word of a headline in capitals."""
    text = tok.text
    if not text[:1].isupper() or text in FUNCTION_WORDS or tok.is_sent_start:
        return False
    if tok.i in tok.doc.user_data.get(HEADLINE_KEY, ()):
        return False
    return bool(re.match(r"^[A-Z][\w\-.&+']*$", text)) and not text.endswith(".")


def _one_space(doc: Doc, i: int) -> bool:
    """Token ``i`` is followed by a single space on the same line."""
    return doc[i].whitespace_ == " "


def _word_before(doc: Doc, start: int, max_skip: int = 3):
    """The first word before ``start`` that is not an article or a preposition."""
    i, skipped = start - 1, 0
    while i >= 0 and doc[i].lower_ in SKIP_BACK and skipped < max_skip:
        i -= 1
        skipped += 1
    return doc[i] if i >= 0 else None


def _verb_after(doc: Doc, end: int):
    i = end
    while i < len(doc) and i < end + 4 and (doc[i].lower_ in AUXILIARIES or doc[i].pos_ == "AUX"):
        i += 1
    return doc[i] if i < len(doc) else None


def acts_as_company(doc: Doc, end: int, lex: Lexicon) -> bool:
    """The name ending at ``end`` is the subject of what only a company does: ``Orbitale a
    levé``, ``Orbitale, qui conçoit des satellites``."""
    i = end
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "qui":
        i += 2
    verb = _verb_after(doc, i)
    return verb is not None and verb.lower_ in lex.company_verbs


def drop_counted_number(span: Span, lex: Lexicon) -> Span:
    """A product form ending with a number that counts or prices something gives the
    number back: "Copilot 30 dollars par mois" -> "Copilot"."""
    if len(span) > 1 and VERSION.match(span[-1].text) and span[-1].text[:1].isdigit() \
            and not _version_not_count(span.doc, span.end - 1, lex):
        return Span(span.doc, span.start, span.end - 1, label=span.label_, span_id=span.id_)
    return span


def _version_not_count(doc: Doc, i: int, lex: Lexicon) -> bool:
    """"AirPods 4 à 149 euros" is a version; "ChatGPT 800 millions" and
    "Copilot 30 dollars" are a count and a price."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None:
        return True
    low = nxt.lower_
    if low in lex.scales or low in lex.currency_words or nxt.text in lex.currency_exact or low in ("%", "pour"):
        return False
    if nxt.text[:1].isdigit() or (nxt.pos_ == "NOUN" and nxt.is_lower):
        return False
    return True


# Capitalised words that are common nouns in French tech news, never a name in apposition.
NOT_NAMES = {"IA", "AI", "UE", "GPU", "CPU", "PDG", "Bourse", "État", "Etat", "Internet", "Web", "Noël", "Pâques"}
DETERMINERS = {"un", "une", "le", "la", "l'", "l’", "sa", "son", "ses", "leur", "les", "cette", "ce"}


def appositions(doc: Doc, spans: list[Span], norms: dict, lex: Lexicon) -> list[Span]:
    """A name followed by an apposition naming its kind takes that kind:
    ``Lorca, le consortium formé par ...`` -> ORG, ``Belenos, un ordinateur
    photonique`` -> PRODUCT. Returns the new spans (names no rule holds)."""
    owner = {i: s for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if i in owner or not (tok.text[:1].isupper() and re.match(r"^[A-Z][\w\-.&+']*$", tok.text)) \
                or tok.text in FUNCTION_WORDS or tok.text in NOT_NAMES or is_first_name(tok.text, lex) \
                or tok.text in lex.places or (i > 0 and is_first_name(doc[i - 1].text, lex)):
            i += 1
            continue
        j = i + 1
        while j < n and j not in owner and is_name_word(doc[j]) and _one_space(doc, j - 1):
            j += 1
        k = j
        if j == i + 1 and tok.pos_ in ("ADV", "CCONJ", "SCONJ", "ADP", "PRON"):
            i = j
            continue   # "Enfin, l'entreprise mesure ...": a connector opening the sentence, no name
        if k + 2 < n and doc[k].text == "," and doc[k + 1].lower_ in DETERMINERS:
            m = k + 2
            while m < n and m < k + 5 and doc[m].pos_ == "ADJ" and doc[m].is_lower:
                m += 1
            head = doc[m].lower_ if m < n else ""
            if head == "start" and m + 2 < n and doc[m + 2].lower_ == "up":
                head = "start-up"
            label = "ORG" if head in lex.org_kinds else "PRODUCT" if head in lex.product_kinds else None
            if label == "PRODUCT" and head in lex.ambiguous_product_kinds and \
                    doc[k + 1].lower_ not in ("sa", "son", "ses", "leur", "leurs"):
                label = None  # "Meero, une plateforme B2B": as often the start-up as its product
            if label is not None and not any(doc[x].text in lex.places for x in range(i, j)):
                new = Span(doc, i, j, label=label)
                norms[(i, j, label)] = {"id": new.text}
                found.append(new)
        i = j
    return found


def head_nouns_alone(doc: Doc, spans: list[Span], norms: dict, lex: Lexicon) -> list[Span]:
    """``la Commission``, ``l'Autorité`` after the body was named in full (``Commission
    européenne``), ``le tribunal`` after ``tribunal de commerce de Paris``: the same ORG, with
    its full name as id (§4). The surface forms are the lexicon's ``head_nouns`` (courts in
    lower case too, as the guideline writes ``le tribunal``; ``l'autorité`` stays a
    description); a head noun that opens no earlier name stays a common noun."""
    named = [s for s in spans if s.label_ == "ORG" and len(s) > 1 and s[0].text.capitalize() in lex.head_nouns]
    if not named:
        return []      # most documents: no walk over their tokens
    by_start = {s.start: s for s in spans if s.label_ == "ORG"}
    full: dict[str, dict] = {}
    found = []
    owner = {i for s in spans for i in range(s.start, s.end)}
    for tok in doc[min(s.start for s in named):]:   # nothing is named in full before
        s = by_start.get(tok.i)
        head = tok.text.capitalize()
        if s is not None and len(s) > 1 and head in lex.head_nouns:
            full[head] = norms.get((s.start, s.end, "ORG")) or {"id": s.text}
        elif s is not None and len(s) == 1 and head in full:
            norms[(s.start, s.end, "ORG")] = dict(full[head])   # (an apposition's ORG, say)
        elif tok.i not in owner and tok.text in lex.head_nouns and head in full and tok.i > 0 \
                and doc[tok.i - 1].lower_ in ("la", "l'", "l’", "le"):
            new = Span(doc, tok.i, tok.i + 1, label="ORG")
            norms[(tok.i, tok.i + 1, "ORG")] = dict(full[head])
            found.append(new)
    return found


def short_heads(doc: Doc, spans: list[Span], norms: dict, lex: Lexicon) -> list[Span]:
    """``Tableau`` in an article that names ``Tableau Software``: a company named in full with a
    word of its kind last (the lexicon's ``company_name_tails``: ``Software``, ``Studios``,
    ``Systems``) is the same ORG where the article drops that word, before or after the full
    name (a headline often does), with the full name's id. Only words no other span holds,
    and not the opening of a longer capitalised name."""
    tails = lex.company_name_tails
    heads: dict[tuple[str, ...], dict] = {}
    for s in spans:
        if s.label_ != "ORG" or len(s) < 2 or s[-1].text not in tails:
            continue
        k = len(s) - 1
        while k > 1 and s[k - 1].text in tails:
            k -= 1       # ("Kervalo Software Group": both words of kind)
        head = s[:k]
        if all(t.text[:1].isupper() for t in head) and head.text not in tails:
            heads.setdefault(tuple(t.text for t in head), norms.get((s.start, s.end, "ORG")) or {"id": s.text})
    if not heads:
        return []      # most documents: no walk over their tokens
    index: dict = {}
    for words in heads:
        add_sequence(index, words, words)
    owner = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for start, end, words in match_sequences(doc.to_array(ORTH).tolist(), index):
        if any(i in owner for i in range(start, end)):
            continue
        if end < len(doc) and doc[end].text[:1].isupper() and doc[end - 1].whitespace_:
            continue      # ("Tableau Desktop": a longer name of its own)
        found.append(Span(doc, start, end, label="ORG"))
        norms[(start, end, "ORG")] = dict(heads[words])
        owner.update(range(start, end))
    return found


def _list_start(doc: Doc, start: int, max_names: int = 4) -> int:
    """Where the list of names ending with the one at ``start`` begins: ``sur Facebook,
    Instagram et WhatsApp`` -> Facebook's token, so every name of the list reads the same
    word before it."""
    for _ in range(max_names):
        j = start - 1
        if j > 0 and doc[j].lower_ in ("de", "d'", "d’"):
            j -= 1
        # (a capitalised common noun is no name of the list: "sur Internet, Doctolib a levé")
        if j < 1 or doc[j].lower_ not in (",", "et", "ou") or not doc[j - 1].text[:1].isupper() \
                or doc[j - 1].text in NOT_NAMES:
            return start
        j -= 1
        while j > 0 and j > start - 6 and doc[j - 1].text[:1].isupper() and doc[j - 1].whitespace_:
            j -= 1
        start = j
    return start


def context_label(doc: Doc, span: Span, norm: dict | None, lex: Lexicon,
                  companies: frozenset = frozenset()) -> str | None:
    """The label a company-or-service name takes here (``chez AWS`` -> ORG,
    ``sur Instagram`` -> PRODUCT, and so each name of ``sur Facebook et Instagram``), or
    None to drop a curated ORG that is a place (``dans l'Union européenne``); else the
    span's own label."""
    cid = (norm or {}).get("id", span.text)
    before = _word_before(doc, span.start)
    if cid in lex.locative_orgs and before is not None and before.lower_ in lex.locative_words:
        return None
    if span.label_ == "PRODUCT" and (described_as_company(doc, span.end, lex) or (
            cid in companies and not _product_cue_before(doc, span.start, lex))):
        # a name the text calls a company ("Venmo, start-up américaine") is one, here and
        # wherever else the article names it, except as a service ("sur Venmo")
        return "ORG"
    if cid not in lex.dual_names:
        return span.label_
    before = _word_before(doc, _list_start(doc, span.start))
    if before is not None:
        if before.text in lex.org_cues or before.lower_ in lex.org_cues:
            return "ORG"
        if before.lower_ in lex.product_cues:
            return "PRODUCT"
    after = _verb_after(doc, span.end)
    if after is not None and after.lower_ in lex.company_verbs:
        return "ORG"
    return span.label_


def _product_cue_before(doc: Doc, start: int, lex: Lexicon) -> bool:
    before = _word_before(doc, _list_start(doc, start))
    return before is not None and (before.lower_ in lex.product_cues or before.lower_ in lex.product_kinds)


def described_as_company(doc: Doc, end: int, lex: Lexicon) -> bool:
    """``Windsurf, jeune pousse spécialisée dans l'IA``, ``Twitch, une start-up de San
    Francisco``: an apposition gives the name a company's kind."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    m = end + 1
    if doc[m].lower_ in ("une", "un", "la", "le", "l'", "l’", "cette"):
        m += 1
    while m < len(doc) and m < end + 5 and doc[m].pos_ == "ADJ" and doc[m].is_lower and doc[m].lower_ != "jeune":
        m += 1
    if m >= len(doc):
        return False
    head = doc[m].lower_
    if head == "jeune" and m + 1 < len(doc) and doc[m + 1].lower_ == "pousse":
        head = "jeune-pousse"
    elif head == "start" and m + 2 < len(doc) and doc[m + 2].lower_ == "up":
        head = "start-up"
    return head in lex.org_kinds


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=4)
def _plain_first_names(names: frozenset) -> frozenset:
    return frozenset(_plain(n) for n in names)


def is_first_name(word: str, lex: Lexicon) -> bool:
    """A listed first name, with or without its accents ("Benoit" for "Benoît", "Andre")."""
    return word in lex.first_names or _plain(word) in _plain_first_names(lex.first_names)


def is_sector_word(tok, lex: Lexicon) -> bool:
    """A sector's word, singular or plural ("EdTech", "Assurtechs"): before a name, the
    sector it belongs to, not part of the name."""
    return tok.lower_.removesuffix("s") in lex.sector_words


def is_role(tok, lex: Lexicon) -> bool:
    """A person's role as the lexicon writes it: a word in lower case ("fondateur") or an
    acronym in capitals ("PDG", "DG", "CEO")."""
    return tok.lower_ in lex.person_roles or tok.text in lex.person_roles


def is_person(span: Span, lex: Lexicon) -> bool:
    """"Arthur Mensch", "Jensen Huang": a known first name opening a two- or
    three-word name, or a name right after a role (``le cofondateur, X``)."""
    first = span[0].text.capitalize() if span[0].is_upper else span[0].text   # "SERGE TENANI" in a credit
    if 2 <= len(span) <= 3 and is_first_name(first, lex):
        return True
    if 2 <= len(span) <= 4 and span[0].text in ("M.", "Mme", "Mlle", "Me", "Dr", "Pr") and span[1].is_title:
        return True      # "M. Têtu", "Mme Louafi": a civility before a surname
    doc = span.doc
    s = span.start
    if s >= 3 and doc[s - 1].text == "." and len(doc[s - 2].text) == 1 and doc[s - 2].is_upper \
            and is_first_name(doc[s - 3].text, lex):
        return True      # "Michael E. Roach": a surname after a middle initial
    i = span.start - 1
    while i >= 0 and doc[i].text in (",", "(", "de", "d'", "la", "le", "l'", "start", "-", "up", "du"):
        i -= 1
    return i >= 0 and i >= span.start - 6 and doc[i].lower_ in lex.person_roles and doc[span.start - 1].text == ","


def is_event(span: Span, lex: Lexicon) -> bool:
    """"le sommet Choose France", "lors de VivaTech": an event, not annotated."""
    before = _word_before(span.doc, span.start)
    return before is not None and before.lower_ in lex.event_heads
