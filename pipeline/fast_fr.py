"""spaCy's French language class without its two-second import.

Importing ``spacy.lang.fr`` compiles the tokenizer's ``TOKEN_MATCH``: one
regular expression of about 250 alternatives, each repeating the full
Unicode letter classes, which takes ~1.7 s here (spaCy issue #2679, pull
request #3046); loading a saved French pipeline compiles it again from the
tokenizer file. Every alternative has one of four shapes (a known word with
a fixed tail, a known prefix then a hyphen, a known elided prefix, a
hyphenated combination), so the same language can be written as four
alternations, one per shape, that build in a few milliseconds and match
exactly the same strings.

This module reads spaCy's own French data (prefix lists, exceptions,
punctuation) from the installed package, without running the compile, and
registers a ``fr`` language class that uses the cheaper ``token_match``.
``tests/test_fast_tokenizer.py`` proves the tokenisation identical to the
stock French tokenizer's on every gold text and seed.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from functools import lru_cache
from pathlib import Path

import spacy.lang
from spacy.language import BaseDefaults, Language

FR_DIR = Path(spacy.lang.__file__).parent / "fr"


def _fr_module(name: str):
    """Load ``spacy/lang/fr/<name>.py`` without importing the ``spacy.lang.fr`` package."""
    full = f"spacy.lang.fr.{name}"
    if full in sys.modules:
        return sys.modules[full]
    spec = importlib.util.spec_from_file_location(full, FR_DIR / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "spacy.lang.fr"
    sys.modules[full] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[full]
        raise
    return module


@lru_cache(maxsize=1)
def _exceptions_namespace() -> dict:
    """Run spaCy's French ``tokenizer_exceptions.py`` minus its TOKEN_MATCH compile."""
    _fr_module("punctuation")
    path = FR_DIR / "tokenizer_exceptions.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    tree.body = [node for node in tree.body
                 if not (isinstance(node, ast.Assign)
                         and any(getattr(t, "id", None) == "TOKEN_MATCH" for t in node.targets))]
    namespace = {"__name__": "spacy.lang.fr.tokenizer_exceptions", "__package__": "spacy.lang.fr",
                 "__file__": str(path)}
    exec(compile(tree, str(path), "exec"), namespace)
    return namespace


@lru_cache(maxsize=1)
def fast_token_match():
    """A ``token_match`` accepting exactly what the stock French one accepts."""
    ns = _exceptions_namespace()
    punct = _fr_module("punctuation")
    hyphen, elision = punct.HYPHENS, punct.ELISION
    from spacy.lang.char_classes import ALPHA, ALPHA_LOWER as al

    prefixes, elided, combos = ns["_hyphen_prefix"], ns["_elision_prefix"], ns["_hyphen_combination"]
    explicit = ns["_regular_exp"][: len(ns["_regular_exp"]) - len(prefixes) - len(elided) - len(combos)]
    # The known words: "^<word>[{al}]+$" or "^<word>[{al}]*$"; group them by tail.
    tails = {f"[{al}]+$": [], f"[{al}]*$": []}
    for pattern in explicit:
        for tail, heads in tails.items():
            if pattern.startswith("^") and pattern.endswith(tail):
                heads.append(pattern[1:-len(tail)])
                break
        else:
            raise ValueError(f"unexpected French token_match alternative {pattern!r}; "
                             "the installed spaCy changed its French tokenizer data")
    shapes = [f"^(?:{'|'.join(heads)}){tail}" for tail, heads in tails.items() if heads]
    shapes.append(f"^(?:{'|'.join(prefixes)})[{hyphen}][{al}][{hyphen}{al}{elision}]*$")
    shapes.append(f"^(?:{'|'.join(elided)})[{elision}][{al}][{hyphen}{al}{elision}]*$")
    shapes.append(f"^[{ALPHA}]+[{hyphen}](?:{'|'.join(combos)})[{hyphen}](?:l[{elision}])?[{ALPHA}]+$")
    return re.compile("(?iu)" + "|".join(f"(?:{s})" for s in shapes)).match


class FastFrenchDefaults(BaseDefaults):
    pass


# The deliberate differences from the stock rules (set by pipeline.load, whichever French
# class built the tokenizer): a full stop after a currency symbol ends the sentence ("au prix
# de 499,99€."). The stock suffixes split it only after a letter or a digit, which leaves
# "499,99€." one token that no amount pattern can read.
CURRENCY_FULL_STOP = r"(?<=[€$£¥₩])\."
# And a full stop glued between a number (or its closing bracket) and the next sentence
# ("entrée en Bourse en 2014.Selon les modalités", "en 2019).Le groupe", "2018-19.L'éditeur",
# as agency copy pasted without its spaces has it) is a word of its own: else "2014.Selon"
# is one token, neither a year nor a sentence end. So is one after a code or an acronym in
# capitals ("a gagné un bon 10 CHF.Un manager", "selon la CNIL.La décision").
GLUED_FULL_STOP = r"(?<=[0-9])\)(?=\.[A-ZÀ-Ý])|(?<=[0-9)])\.(?=[A-ZÀ-Ý](?:[a-zà-ÿ]|['’]))|(?<=[A-Z]{2})\.(?=[A-ZÀ-Ý][a-zà-ÿ])"
# A full stop after a single capital letter ends a sentence after a name that ends in one
# ("pour la Xbox Series X.", "l'iPhone X. Il coûte"): the stock suffixes split a full stop
# only after a lower-case letter or a digit, which leaves "X." one token no name or sentence
# end can be read from. "M." stays an abbreviation (a special case, applied first), and
# "U.S." keeps its stops (the letter must open the token).
SINGLE_CAPITAL_FULL_STOP = r"(?<=^[A-ZÀ-Ý])\."
# So does one after a capital that follows a lower-case letter or a digit ("passe à la 5G.
# Orange investit", "l'application LG ThinQ. Frigolab a levé", "en 4K."): the stock suffixes
# split after two capitals ("IBM.") but leave "5G." one token, so no sentence ended there and
# the NER read "LG ThinQ. Frigolab" as one name.
MIXED_CAPITAL_FULL_STOP = r"(?<=[a-zà-ÿ0-9][A-ZÀ-Ý])\."
# A plus sign glued to a number states an increase ("+4€ par mois", "(+200 euros !)"): the
# amount is what follows it (ANNOTATION.md §4), so the sign is a word of its own. A minus
# sign stays glued: it makes the amount negative.
PLUS_SIGN = r"\+(?=[0-9])"
# A list dash glued to the item's first word ("-WeTransfer racheté.", as telex columns write
# their items) is a word of its own: else "-WeTransfer" is one token no name can be read from.
LIST_DASH = r"-(?=[A-ZÀ-Ý][A-Za-zÀ-ÿ])"
EXTRA_PREFIXES = (PLUS_SIGN, LIST_DASH)
# A dollar sign glued between an amount and its country's code ("499$US", "10$CA") is a
# word of its own, as in "499 $ US": else the amount is one token no range can join
# ("entre 499$US et 699$US").
GLUED_DOLLAR_CODE = r"(?<=[0-9])\$(?=[A-Z]{2,3}\b)"
# A double hyphen glued between a wire's dateline and the text ("PARIS (Agefi-Dow Jones)--Le
# groupe") is a dash of its own: else ")--Le" hides the name and the first word.
GLUED_DOUBLE_DASH = r"(?<=[\w)])--(?=\w)|(?<=\w)\)(?=--\w)"
EXTRA_INFIXES = (GLUED_FULL_STOP, GLUED_DOLLAR_CODE, GLUED_DOUBLE_DASH)
# A double prime closes a quotation where a publishing tool took the straight quote after a
# number for inches ("annoncé le 17 mai 2021″."): after a year or a word it is a quote mark of
# its own, and so is the full stop after it; after other digits it stays the inch ("13″").
# (A suffix is anchored at its end as a whole: its alternatives go in one group.)
DOUBLE_PRIME_QUOTE = r"(?:(?<=(?:19|20)[0-9]{2})″|(?<=[^\W\d_])″|(?<=″)\.)"
# A hyphen glued to the end of a word closes an aside set off by dashes ("les licornes -ces
# start-up valorisées à plus d'un milliard de dollars- qui", "SFR, Bouygues et Orange- s'imaginait"):
# a word of its own, else "dollars-" and "Orange-" are words no amount or name is read from.
CLOSING_DASH = r"(?<=[^\W\d_]{2})-"
EXTRA_SUFFIXES = (CURRENCY_FULL_STOP, SINGLE_CAPITAL_FULL_STOP, MIXED_CAPITAL_FULL_STOP, DOUBLE_PRIME_QUOTE,
                  CLOSING_DASH)


# Special cases that only restate what the tokenizer reads anyway: a lone line break or tab
# is one token of its own text with the rule or without it (no affix or infix splits one
# whitespace character). Kept, they cost a tenth of the pipeline's time: spaCy's tokenizer
# stops caching a document's words after the first special case it hits (one flag per Doc,
# its guard for spaCy issue #1250), so in every article with a line break each later word
# went through the affix regexes again (0.47 s of the tokenizer's 0.50 s on the bench
# corpus; 0.06 s without them). tests/test_fast_tokenizer.py checks the tokens, offsets and
# spaces are the stock tokenizer's.
def without_restating_specials(exceptions: dict) -> dict:
    """``exceptions`` (special cases) less those that map one whitespace character other than
    the space to itself and nothing more (the space is matched inside documents instead)."""
    from spacy.symbols import ORTH

    return {k: v for k, v in exceptions.items()
            if not (len(k) == 1 and k.isspace() and k != " " and v == [{ORTH: k}])}


def with_differences(tokenizer, defaults):
    """Give a tokenizer built from ``defaults`` (the stock French rules) the deliberate
    differences above: the one place that lists them for a tokenizer built elsewhere."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    tokenizer.prefix_search = compile_prefix_regex([*defaults.prefixes, *EXTRA_PREFIXES]).search
    tokenizer.suffix_search = compile_suffix_regex([*defaults.suffixes, *EXTRA_SUFFIXES]).search
    tokenizer.infix_finditer = compile_infix_regex([*defaults.infixes, *EXTRA_INFIXES]).finditer
    return tokenizer


class FastFrench(Language):
    """spaCy's French, with the cheap ``token_match`` (and the currency full stop)."""

    lang = "fr"
    Defaults = FastFrenchDefaults


def _fill_defaults() -> None:
    if getattr(FastFrenchDefaults, "_filled", False):
        return
    ns = _exceptions_namespace()
    punct = _fr_module("punctuation")
    d = FastFrenchDefaults
    d.tokenizer_exceptions = without_restating_specials(ns["TOKENIZER_EXCEPTIONS"])
    # the deliberate differences, here too so the affix rules are compiled once
    d.prefixes = [*punct.TOKENIZER_PREFIXES, *EXTRA_PREFIXES]
    d.infixes = [*punct.TOKENIZER_INFIXES, *EXTRA_INFIXES]
    d.suffixes = [*punct.TOKENIZER_SUFFIXES, *EXTRA_SUFFIXES]
    d.token_match = fast_token_match()
    d.lex_attr_getters = _fr_module("lex_attrs").LEX_ATTRS
    d.syntax_iterators = _fr_module("syntax_iterators").SYNTAX_ITERATORS
    d.stop_words = _fr_module("stop_words").STOP_WORDS
    d._filled = True


def register() -> None:
    """Make ``spacy.load`` and ``spacy.blank`` use FastFrench for ``fr`` in this process.

    Left to the caller (``pipeline.load``): a library should not change what
    ``spacy.load`` does for everyone who merely imports it. Does nothing once
    the stock ``spacy.lang.fr`` is imported (its cost is paid already).
    """
    from spacy.util import registry

    if "spacy.lang.fr" in sys.modules:
        return
    _fill_defaults()
    registry.languages.register("fr", func=FastFrench)
