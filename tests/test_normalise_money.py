"""parse_money / parse_amount: the pure MONEY normaliser, without spaCy."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.errors import NormalisationError
from pipeline.normalise.money import parse_amount, parse_money

# (mention, amount, currency, amount_max)
PARSE_CASES = [
    ("30 milliards de dollars", 30e9, "USD", None),
    ("15 milliards $", 15e9, "USD", None),
    ("$30 billion", 30e9, "USD", None),
    ("226 millions d'euros", 226e6, "EUR", None),
    ("226 millions d’euros", 226e6, "EUR", None),
    # a headline in title case (stop 34, the training corpus's headlines)
    ("52 Millions D'Euros", 52e6, "EUR", None),
    ("1,2 Milliard De Dollars", 1.2e9, "USD", None),
    ("un milliard de dollars", 1e9, "USD", None),
    ("1,5 Md€", 1.5e9, "EUR", None),
    ("10 000 euros", 10_000, "EUR", None),
    ("10\u00a0000 euros", 10_000, "EUR", None),
    ("10\u202f000 €", 10_000, "EUR", None),
    ("1 229 euros", 1229, "EUR", None),
    ("150 dollars", 150, "USD", None),
    ("mille euros", 1000, "EUR", None),
    ("millier d'euros", 1000, "EUR", None),          # "le cap du millier d'euros": one of the scale
    ("milliard de dollars", 1e9, "USD", None),
    ("deux cents millions d'euros", 200e6, "EUR", None),
    ("trois milliards et demi de dollars", 3.5e9, "USD", None),
    ("2 milliards et demi d'euros", 2.5e9, "EUR", None),
    ("un million et demi d'euros", 1.5e6, "EUR", None),
    ("vingt-cinq millions de dollars", 25e6, "USD", None),
    ("10k€", 10_000, "EUR", None),
    ("10 K€", 10_000, "EUR", None),
    ("5 M€", 5e6, "EUR", None),
    ("5M€", 5e6, "EUR", None),
    ("200 M$", 200e6, "USD", None),
    ("2,5 Mds$", 2.5e9, "USD", None),
    ("4 Md$", 4e9, "USD", None),
    ("3 Mrd €", 3e9, "EUR", None),
    ("1 billion de dollars", 1e12, "USD", None),
    ("USD 2.5 billion", 2.5e9, "USD", None),
    ("US$ 5 millions", 5e6, "USD", None),
    ("£5bn", 5e9, "GBP", None),
    ("1,2 milliard de livres sterling", 1.2e9, "GBP", None),
    ("5 000 milliards de yens", 5e12, "JPY", None),
    ("200 milliards de yuans", 200e9, "CNY", None),
    ("3 millions de francs suisses", 3e6, "CHF", None),
    ("CHF 3 millions", 3e6, "CHF", None),
    # the dirham of francophone news is Morocco's; the Emirates' is named as such
    ("3 milliards de dirhams", 3e9, "MAD", None),
    ("17,6 milliards de dirhams marocains", 17.6e9, "MAD", None),
    ("50 millions de dirhams émiratis", 50e6, "AED", None),
    ("20 MAD", 20, "MAD", None),
    ("45 DH", 45, "MAD", None),
    # a scale glued to a currency code; in the Moroccan press "MMDH" is milliards de dirhams
    ("250 MDH", 250e6, "MAD", None),
    ("1,4 MMDH", 1.4e9, "MAD", None),
    ("75 MUSD", 75e6, "USD", None),
    ("2,3 MdEUR", 2.3e9, "EUR", None),
    ("12 MCHF", 12e6, "CHF", None),
    # the CFA franc of francophone Africa's press, in every spelling
    ("40 milliards FCFA", 40e9, "XOF", None),
    ("850 millions de Fcfa", 850e6, "XOF", None),
    ("2 418 650 000 FCFA", 2418650000, "XOF", None),
    ("6 milliards de XAF", 6e9, "XAF", None),
    ("35,6 millions de dinars", 35.6e6, "TND", None),
    ("12 MDT", 12e6, "TND", None),
    ("221,4 millions en francs suisses", 221.4e6, "CHF", None),
    ("500 millions de dollars canadiens", 500e6, "CAD", None),
    ("40 millions de dollars américains", 40e6, "USD", None),
    ("€500", 500, "EUR", None),
    ("500 ¥", 500, "JPY", None),
    ("12,99 EUR", 12.99, "EUR", None),
    ("10 et 15 milliards de dollars", 10e9, "USD", 15e9),
    ("10 à 15 M€", 10e6, "EUR", 15e6),
    ("2 à 3 milliards d'euros", 2e9, "EUR", 3e9),
    ("1,2 à 1,5 milliard d'euros", 1.2e9, "EUR", 1.5e9),
]


@pytest.mark.parametrize("text,amount,currency,amount_max", PARSE_CASES, ids=[c[0] for c in PARSE_CASES])
def test_money_parse(text, amount, currency, amount_max):
    money = parse_money(text)
    assert float(money.amount) == pytest.approx(amount)
    assert money.currency == currency
    if amount_max is None:
        assert money.amount_max is None
    else:
        assert float(money.amount_max) == pytest.approx(amount_max)


@pytest.mark.parametrize("text,default,amount,currency", [
    ("2 milliards", "EUR", 2e9, "EUR"),
    ("13,8 milliards", "USD", 13.8e9, "USD"),
    ("52 milliards", None, 52e9, None),
    ("30 milliards de dollars", "EUR", 30e9, "USD"),
], ids=["bare-eur", "bare-usd", "bare-none", "own-currency-wins"])
def test_money_parse_default_currency(text, default, amount, currency):
    value, cur = parse_amount(text, default_currency=default)
    assert float(value) == pytest.approx(amount) and cur == currency


@pytest.mark.parametrize("text", ["", "beaucoup d'argent", "dollars", "€", "1 2 3 4 euros"],
                         ids=["empty", "words", "currency-only", "symbol-only", "too-many-numbers"])
def test_money_parse_rejects(text):
    with pytest.raises(NormalisationError):
        parse_money(text)


def test_money_parse_amount_spec_example():
    assert parse_amount("1,5 Md€") == (Decimal("1.5e9"), "EUR")


def test_money_norm_is_json_ready():
    assert parse_money("1,5 Md€").to_norm() == {"amount": 1500000000, "currency": "EUR"}
    assert parse_money("12,5 euros").to_norm() == {"amount": 12.5, "currency": "EUR"}
    assert parse_money("10 à 15 M€").to_norm() == {"amount": 10000000, "currency": "EUR", "amount_max": 15000000}


# -- property-based: render random amounts the French way and read them back

SCALES = [("", 0), (" mille", 3), (" k", 3), (" million", 6), (" millions", 6), (" M", 6),
          (" milliard", 9), (" milliards", 9), (" Md", 9), (" Mds", 9), (" Mrd", 9)]
CURRENCIES = [("{} de dollars", "USD"), ("{} d'euros", "EUR"), ("{} €", "EUR"), ("{} $", "USD"),
              ("{} USD", "USD"), ("{} EUR", "EUR"), ("$ {}", "USD"), ("US$ {}", "USD"),
              ("{} de livres sterling", "GBP"), ("{} de yens", "JPY"), ("{} de francs suisses", "CHF"),
              ("CHF {}", "CHF"), ("{} de dollars canadiens", "CAD"), ("{} de yuans", "CNY")]
SEPARATORS = [" ", "\u00a0", "\u202f"]


def _render_int(n: int, sep: str) -> str:
    s = str(n)
    groups = []
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    return sep.join(groups)


@settings(max_examples=300, deadline=None)
@given(integer=st.integers(min_value=1, max_value=999_999), decimals=st.one_of(st.none(), st.integers(0, 99)),
       scale=st.sampled_from(SCALES), currency=st.sampled_from(CURRENCIES), sep=st.sampled_from(SEPARATORS))
def test_money_property_rendered_amounts_read_back(integer, decimals, scale, currency, sep):
    number = _render_int(integer, sep)
    value = Decimal(integer)
    if decimals is not None:
        number += f",{decimals:02d}"
        value += Decimal(decimals) / 100
    word, power = scale
    if not word.strip() or word.strip() in ("de",):
        pass
    fmt, code = currency
    body = number + word
    # "1 million d'euros" reads naturally; "5 000 € " without scale too.
    text = fmt.format(body)
    money = parse_money(text)
    assert money.currency == code
    assert money.amount == value * (Decimal(10) ** power)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.€$£¥kKMdsrilonardeuxtsUSDEUR'-àet")), max_size=40))
def test_money_property_never_raises_anything_else(text):
    try:
        parse_money(text)
    except NormalisationError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_money_property_arbitrary_text(text):
    try:
        parse_money(text)
    except NormalisationError:
        pass


@pytest.mark.parametrize("text,amount,currency", [
    ("-1,2 milliard d'euros", "-1200000000", "EUR"),
    ("\u2212350 millions de dollars", "-350000000", "USD"),
    ("-0,5 euro", "-0.5", "EUR"),
    ("25 cents", "0.25", "USD"),
    ("80 centimes", "0.80", "EUR"),
    ("15 centimes d'euro", "0.15", "EUR"),
    ("deux cents euros", "200", "EUR"),
], ids=["minus-hyphen", "minus-sign", "minus-decimal", "cents", "centimes", "centimes-of-euro", "words-hundreds"])
def test_normalise_money_sign_and_subunits(text, amount, currency):
    from decimal import Decimal

    from pipeline.normalise.money import parse_amount

    value, code = parse_amount(text)
    assert value == Decimal(amount) and code == currency



@pytest.mark.parametrize("text,low,high", [
    # the sign belongs to the first bound of a range, not to both (stop 22)
    ("-150 millions d'euros à 200 millions d'euros", "-150000000", "200000000"),
    ("-2 à 3 milliards de dollars", "-2000000000", "3000000000"),
    ("10 à 15 M€", "10000000", "15000000"),
], ids=["negative-first-bound", "negative-first-bound-shared-scale", "positive-range"])
def test_normalise_money_signed_range(text, low, high):
    from decimal import Decimal

    from pipeline.normalise.money import parse_money

    money = parse_money(text)
    assert (money.amount, money.amount_max) == (Decimal(low), Decimal(high))