"""Read a French money mention into an amount and an ISO 4217 currency.

Pure Python (no spaCy). The tables (currencies, scale words) come from
``patterns/lexicon.json``.

    >>> parse_amount("1,5 Md€")
    (Decimal('1500000000'), 'EUR')
    >>> parse_amount("30 milliards de dollars")
    (Decimal('30000000000'), 'USD')
    >>> parse_amount("$30 billion")
    (Decimal('30000000000'), 'USD')
    >>> parse_money("10 et 15 milliards de dollars").amount_max
    Decimal('15000000000')
    >>> parse_amount("trois milliards et demi de dollars")
    (Decimal('3500000000'), 'USD')
    >>> parse_amount("−350 millions de dollars")
    (Decimal('-350000000'), 'USD')
    >>> parse_amount("80 centimes")
    (Decimal('0.80'), 'EUR')
    >>> parse_money("4,99 euros à 14,99 euros").amount_max
    Decimal('14.99')
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from ..errors import NormalisationError
from .lexicon import Lexicon, load_lexicon
from .numbers_fr import normalise_spaces, parse_digits, parse_words


class Money(NamedTuple):
    amount: Decimal
    currency: str | None
    amount_max: Decimal | None = None

    def to_norm(self) -> dict:
        """The record-format ``norm`` of the amount (ANNOTATION.md, MONEY)."""
        norm: dict = {"amount": _json_number(self.amount), "currency": self.currency}
        if self.amount_max is not None:
            norm["amount_max"] = _json_number(self.amount_max)
        return norm


def _json_number(x: Decimal) -> int | float:
    return int(x) if x == x.to_integral_value() else float(x)


_RANGE_SPLIT = re.compile(r"\s+(?:et(?!\s+demi)|à|a|au|to|and)\s+|\s*[-–]\s*(?=\d)")
_FUSED = re.compile(r"^(\d[\d.,]*)([A-Za-z]+)$")
_HALF = re.compile(r"\s+et\s+demie?$")
# (any case: "52 Millions D'Euros" in a headline in title case)
_LINK = re.compile(r"(?:\s+|^)(?:de|d'|d’|of|en)\s*$", re.I)
# the link left before the range word once the first bound's currency is gone
# ("15,9 milliards de [dollars] et 16,2 milliards de dollars")
_LINK_BEFORE_RANGE = re.compile(r"\s+(?:de|d'|d’)\s+(?=(?:et|à|au)\s)", re.I)


# the currencies written with a "$" and the country's mark ("M$ US", "M$ CAN")
_DOLLARS = frozenset(("USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD"))


@lru_cache(maxsize=8)
def _currency_regexes(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """One alternation per table, longest surface first, so a search finds the longest currency."""
    exact = sorted(lex.currency_exact, key=len, reverse=True)
    # (each led by a class of the alternatives' first characters: the same matches, but a position
    # no alternative can start at fails at once, where the engine tried every alternative there,
    # ~1 us a character of every amount, measured)
    exact_re = re.compile(_first_chars(exact) + "(?:" + "|".join(
        rf"(?<![A-Za-z]){re.escape(s)}(?![A-Za-z])" if s[0].isalpha() else re.escape(s) for s in exact) + ")")
    words = sorted(lex.currency_words, key=len, reverse=True)
    words_re = re.compile(r"(?<!\w)" + _first_chars(words) + "(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    return exact_re, words_re


def _first_chars(alternatives: list[str]) -> str:
    """A lookahead that holds where one of ``alternatives`` (none empty) can start."""
    return "(?=[" + "".join(sorted({re.escape(a[0]) for a in alternatives})) + "])"


@lru_cache(maxsize=8)
def _subunit_regex(lex: Lexicon) -> re.Pattern:
    words = sorted(lex.currency_subunits or {}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)")


@lru_cache(maxsize=8)
def _fused_code_regex(lex: Lexicon) -> re.Pattern:
    """A scale glued to a currency code: 'MUSD', 'MdEUR', 'MDH', 'MMDH' (groups: scale, code)."""
    scales = sorted(set(lex.scales) | set(lex.code_scales), key=len, reverse=True)
    codes = sorted([c for c in lex.currency_exact if c[0].isalpha() and len(c) > 1] + list(lex.fused_codes or ()),
                   key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(" + "|".join(map(re.escape, scales)) + ")("
                      + "|".join(map(re.escape, codes)) + r")(?![A-Za-z])")


def _unfuse_code(s: str, lex: Lexicon) -> str:
    """'120 MUSD' -> '120 M USD'; '3 MMDH' -> '3 milliard DH', where the fused scale reads otherwise."""
    fused = lex.fused_codes or {}
    return _fused_code_regex(lex).sub(
        lambda m: f"{lex.code_scales.get(m.group(1), m.group(1))} {fused.get(m.group(2), m.group(2))}", s)


def find_currency(s: str, lex: Lexicon) -> tuple[str | None, int, int]:
    """RETURNS (ISO code, start, end) of the longest currency in ``s``, or (None, -1, -1)."""
    exact_re, words_re = _currency_regexes(lex)
    best: tuple[str | None, int, int] = (None, -1, -1)
    for m in exact_re.finditer(s):
        if best[0] is None or m.end() - m.start() > best[2] - best[1]:
            best = (lex.currency_exact[m.group(0)], m.start(), m.end())
    for m in words_re.finditer(s.lower()):
        if best[0] is None or m.end() - m.start() > best[2] - best[1]:
            best = (lex.currency_words[m.group(0)], m.start(), m.end())
    return best


def _scale_power(word: str, english: bool, lex: Lexicon) -> int | None:
    if english and word.lower() in lex.english_scales:
        return lex.english_scales[word.lower()]
    if word in lex.scales:
        return lex.scales[word]
    return lex.scales.get(word.lower())


# the scale words that stand alone for one of the scale ("le cap du millier d'euros", "dépasse le milliard")
LONE_SCALES = ("millier", "million", "milliard")


def _parse_part(part: str, english: bool, lex: Lexicon) -> tuple[Decimal, int | None]:
    """One amount with its scale; RETURNS (value, scale power or None)."""
    part = part.strip()
    demi = re.match(r"^(?:(?:un|une)\s+)?demi-(\w+)$", part, re.I)
    if demi and _scale_power(demi.group(1), english, lex) is not None:
        return Decimal("0.5"), _scale_power(demi.group(1), english, lex)  # "un demi-milliard"
    half = bool(_HALF.search(part))
    if half:
        part = _HALF.sub("", part)
    words = part.split()
    power = None
    if len(words) == 1 and words[0].lower() in LONE_SCALES:
        return Decimal(1), _scale_power(words[0], english, lex)   # "le cap du millier d'euros": one of the scale
    if len(words) > 1 and _scale_power(words[-1], english, lex) is not None:
        power = _scale_power(words[-1], english, lex)
        number_text = " ".join(words[:-1])
    else:
        m = _FUSED.match(part)
        if m and _scale_power(m.group(2), english, lex) is not None:
            power = _scale_power(m.group(2), english, lex)
            number_text = m.group(1)
        else:
            number_text = part
    # "1.768 millions": a plural scale counts two at least, so the dot before three digits groups
    # thousands (1,768 would be "1,768 million"); "1.5 million" keeps its decimal point
    plural_after_one = power is not None and words[-1].lower().endswith("s") and bool(
        re.fullmatch(r"1\.\d{3}", number_text.strip()))
    # "10.693 millions d'euros", "1.196 millions": results in millions group their thousands
    # with a dot (real writers read each so, stop 27); a decimal is written with a comma
    grouped_millions = power is not None and words[-1].lower() == "millions" and bool(
        re.fullmatch(r"\d{1,3}\.\d{3}", number_text.strip()))
    value = parse_digits(number_text, dot_thousands=power is None or plural_after_one or grouped_millions)
    if value is None and power is not None:
        value = parse_words(number_text)  # "six milliards": words, then the scale
    if value is None:
        # Words carry their own scale ("deux cents millions"): hand text2num the lot.
        whole = parse_words(part + (" et demi" if half else ""))
        if whole is not None:
            return whole, None
        value = parse_words(number_text)
        if value is None:
            raise NormalisationError(f"cannot read a number in {part!r}")
    if half:
        value += Decimal("0.5")
    return value, power


def parse_money(text: str, *, default_currency: str | None = None,
                lexicon: Lexicon | None = None) -> Money:
    """Read a money mention; RETURNS Money(amount, currency, amount_max).

    ``default_currency`` is used when the mention has none of its own (an
    elliptical amount such as ``2 milliards``); currency is None when
    neither gives one. Raises NormalisationError when no number is found.
    """
    lex = lexicon or load_lexicon()
    s = normalise_spaces(text).replace("’", "'")
    if not s:
        raise NormalisationError("cannot read an amount in an empty string")
    negative = s[:1] in ("-", "−")
    if negative:
        s = s[1:].lstrip()
    # "25 cents", "80 centimes (d'euro)": a sub-unit, in the main currency
    sub = _subunit_regex(lex).search(s.lower()) if lex.currency_subunits else None
    if sub and re.match(r"^\d", s):
        s = (s[:sub.start()] + " " + s[sub.end():]).strip()
    else:
        sub = None
    s = _unfuse_code(s, lex)
    code, c_start, c_end = find_currency(s, lex)
    first_digit = re.search(r"\d", s)
    english = bool(re.search(r"\b(?:bn|trillions?)\b|\d(?:bn)\b", s, re.I)) or (
        code is not None and first_digit is not None and c_end <= first_digit.start()
        and bool(re.search(r"\bbillions?\b", s)))
    if code is not None:
        s = (s[:c_start] + " " + s[c_end:]).strip()
        # "4,99 euros à 14,99 euros": the currency written twice, once per bound; "650 M$ US",
        # "141 M$ CAN": the country after the dollar sign says which dollar
        # ("2 G$ US à 3 G$ US": a sign and a country per bound, up to four marks)
        for _ in range(3):
            again, a_start, a_end = find_currency(s, lex)
            if not ((again == code and _RANGE_SPLIT.search(s)) or (s[a_start:a_end] == "$" and code in _DOLLARS)):
                break
            s = (s[:a_start] + " " + s[a_end:]).strip()
    if code in _DOLLARS and re.search(r"\s(?:CA|CAN)$", s):
        # "50 M$ CA": the country after the scale-glued sign ("$ CA" after a digit reads as a word)
        code, s = "CAD", s[:s.rindex(" ")].strip()
    if s.isupper() and sum(c.isalpha() for c in s) > 1:
        s = s.lower()  # a headline in capitals: "57 MILLIARDS DE DOLLARS" (not the scale of "1,06 G$")
    s = _LINK_BEFORE_RANGE.sub(" ", _LINK.sub("", s)).strip()
    if not s:
        raise NormalisationError(f"cannot read an amount in {text!r}: no number")
    parts = [p for p in _RANGE_SPLIT.split(s) if p.strip()]
    if len(parts) > 2:
        raise NormalisationError(f"cannot read an amount in {text!r}: too many numbers")
    # "-150 millions d'euros à 200 millions d'euros": the sign is the first bound's; a bound
    # of its own may carry one too ("de -2 à -1 milliard")
    signs = [-1 if i == 0 and negative else 1 for i in range(len(parts))]
    for i, p in enumerate(parts):
        if p.lstrip()[:1] in ("-", "−"):
            signs[i], parts[i] = -1, p.lstrip()[1:]
        elif p.lstrip()[:1] == "+":
            parts[i] = p.lstrip()[1:]      # "entre -1 milliard et +3 milliards": the upper bound's sign
    parsed = [_parse_part(p, english, lex) for p in parts]
    last_power = parsed[-1][1]
    values = []
    for value, power in parsed:
        # "10 et 15 milliards": the scale written once applies to both ends ("de 250 000 à 5 millions
        # de dollars": not to a first bound already larger than the second's number)
        power = power if power is not None else (last_power if value <= parsed[-1][0] else None)
        value = value * (Decimal(10) ** power) if power else value
        # Whole amounts read as whole numbers: 1500000000, not 1500000000.0.
        values.append(value.to_integral_value() if value == value.to_integral_value() else value)
    if sub is not None:
        sub_code, factor = lex.currency_subunits[sub.group(1)]
        values = [v * Decimal(str(factor)) for v in values]
        code = code or sub_code
    values = [v * sign for v, sign in zip(values, signs)]
    currency = code or default_currency
    if len(values) == 2:
        low, high = sorted(values)
        return Money(low, currency, high)
    return Money(values[0], currency)


def parse_amount(text: str, *, default_currency: str | None = None,
                 lexicon: Lexicon | None = None) -> tuple[Decimal, str | None]:
    """RETURNS (amount, currency) of a money mention; see ``parse_money``."""
    money = parse_money(text, default_currency=default_currency, lexicon=lexicon)
    return money.amount, money.currency
