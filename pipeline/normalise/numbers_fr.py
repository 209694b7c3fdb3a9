"""French numbers as journalists write them: digits or words.

    >>> parse_number("10 000")
    Decimal('10000')
    >>> parse_number("1,5")
    Decimal('1.5')
    >>> parse_number("deux cents")
    Decimal('200')
    >>> parse_number("beaucoup") is None
    True
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# Every space a French typesetter puts between thousands groups.
SPACES = "\u00a0\u202f\u2009\u2007 "
_SPACE_RE = re.compile(f"[{SPACES}]+")

# Thousands groups separated by spaces, dots or (the Swiss way) apostrophes, optional decimal
# part: "10 000", "1.000.000", "7'916'438", "1 229,50", "2.5", "1,5".
_DIGITS_RE = re.compile(r"""
    ^(?P<int>\d{1,3}(?:(?P<sep>[ .'])\d{3})(?:(?P=sep)\d{3})*|\d+)
    (?:[,.](?P<frac>\d+))?$
""", re.VERBOSE)


def normalise_spaces(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


def parse_digits(text: str, *, dot_thousands: bool = False) -> Decimal | None:
    """Digits with French or English separators; RETURNS None when not a number.

    A single dot before three digits ("2.500") is ambiguous: a decimal point
    before a scale word ("1.125 milliard", written the English way) and a
    thousands separator in a plain amount ("20.000 euros", as part of the
    French press writes it): the caller says which with ``dot_thousands``.
    """
    s = normalise_spaces(text).replace("’", "'")
    m = _DIGITS_RE.match(s)
    if not m:
        return None
    integer = m.group("int").replace(" ", "").replace(".", "").replace("'", "")
    frac = m.group("frac")
    if m.group("sep") == "." and frac is None and s.count(".") == 1 and not dot_thousands \
            and not s.endswith(".000"):
        # "1.125 milliard" is a decimal point; "3.000 milliards" cannot be one (guideline v2)
        integer, frac = s.split(".")
    try:
        return Decimal(f"{integer}.{frac}") if frac else Decimal(integer)
    except InvalidOperation:
        return None


def parse_words(text: str) -> Decimal | None:
    """A number written in French words (``trois milliards et demi``); None if not one.

    text2num does the numerals; ``et demi(e)`` adds half of the last unit.
    """
    from text_to_num import text2num

    s = normalise_spaces(text.lower().replace("’", "'"))
    half = False
    m = re.search(r"\s+et\s+demie?$", s)
    if m:
        half = True
        s = s[: m.start()]
    if not s:
        return None
    try:
        value = Decimal(text2num(s, "fr"))
    except (ValueError, TypeError):
        return None
    if half:
        unit = _last_unit(s)
        value += Decimal(unit) / 2
    return value


def _last_unit(words: str) -> int:
    last = words.split()[-1].rstrip("s")
    return {"million": 10**6, "milliard": 10**9, "mille": 10**3, "cent": 100, "billion": 10**12}.get(last, 1)


def parse_number(text: str) -> Decimal | None:
    """Digits or words; RETURNS a Decimal, or None when the text is not a number."""
    value = parse_digits(text)
    return value if value is not None else parse_words(text)
