"""resolve_date: the pure DATE normaliser, without spaCy."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from pipeline.errors import NormalisationError
from pipeline.normalise.dates import When, resolve_date
from pipeline.normalise.lexicon import load_lexicon

PUB = dt.date(2025, 11, 22)  # a Saturday

# (mention, reference, tense, anchor, expected norm)
CASES = [
    ("18 novembre 2025", None, 0, None, {"value": "2025-11-18"}),
    ("1er juin 2024", PUB, 0, None, {"value": "2024-06-01"}),
    ("mardi 4 juin", dt.date(2024, 6, 10), -1, None, {"value": "2024-06-04"}),
    ("22/11/2025", None, 0, None, {"value": "2025-11-22"}),
    ("2025-11-22", None, 0, None, {"value": "2025-11-22"}),
    ("3 mars", PUB, 0, None, {"value": "2025-03-03"}),
    ("novembre 2025", None, 0, None, {"value": "2025-11"}),
    ("mars", PUB, 0, None, {"value": "2025-03"}),
    ("janvier", PUB, 1, None, {"value": "2026-01"}),
    # a tense contradicted by a date close ahead or behind is read as this year's (stop 35):
    # a past verb and a day up to 75 days ahead, a future one and a day up to 62 days back
    ("20 octobre", dt.date(2025, 8, 28), -1, None, {"value": "2025-10-20"}),
    ("13 septembre", dt.date(2022, 7, 17), -1, None, {"value": "2022-09-13"}),
    ("15 décembre", dt.date(2025, 9, 1), -1, None, {"value": "2024-12-15"}),
    ("décembre", dt.date(2025, 8, 20), -1, None, {"value": "2024-12"}),
    ("avril", dt.date(2024, 5, 22), 1, None, {"value": "2024-04"}),
    ("10 juillet", dt.date(2025, 8, 29), 1, None, {"value": "2025-07-10"}),
    ("février", dt.date(2025, 5, 20), 1, None, {"value": "2026-02"}),
    # ... and a quarter or half: a past one starting up to 75 days ahead, a future one ended up to
    # 62 days back stay this year's
    # a weekday with no tense: the nearest such day, up to three days ahead (2020-02-03 is a Monday)
    ("mercredi", dt.date(2020, 2, 3), 0, None, {"value": "2020-02-05"}),
    ("jeudi", dt.date(2020, 2, 3), 0, None, {"value": "2020-02-06"}),
    ("vendredi", dt.date(2020, 2, 3), 0, None, {"value": "2020-01-31"}),
    ("mercredi", dt.date(2020, 2, 3), -1, None, {"value": "2020-01-29"}),
    ("troisième trimestre", dt.date(2024, 5, 2), -1, None, {"value": "2024-Q3"}),
    ("quatrième trimestre", dt.date(2024, 5, 2), -1, None, {"value": "2023-Q4"}),
    ("second semestre", dt.date(2024, 5, 20), -1, None, {"value": "2024-H2"}),
    ("deuxième trimestre", dt.date(2024, 8, 20), 1, None, {"value": "2024-Q2"}),
    ("premier trimestre", dt.date(2024, 8, 20), 1, None, {"value": "2025-Q1"}),
    ("mars", None, 0, None, {"value": "XXXX-03"}),
    ("fin octobre", PUB, -1, None, {"value": "2025-10", "mod": "END"}),
    ("fin octobre", None, 0, None, {"value": "XXXX-10", "mod": "END"}),
    ("début 2024", PUB, 0, None, {"value": "2024", "mod": "START"}),
    ("mi-2025", PUB, 0, None, {"value": "2025", "mod": "MID"}),
    ("mi-mars", PUB, 0, None, {"value": "2025-03", "mod": "MID"}),
    ("fin 2022", PUB, 0, None, {"value": "2022", "mod": "END"}),
    ("2021", PUB, 0, None, {"value": "2021"}),
    ("premier trimestre", PUB, 0, None, {"value": "2025-Q1"}),
    ("premier trimestre 2025", None, 0, None, {"value": "2025-Q1"}),
    ("troisième trimestre 2024", None, 0, None, {"value": "2024-Q3"}),
    ("T3 2025", None, 0, None, {"value": "2025-Q3"}),
    ("T4", PUB, 0, None, {"value": "2025-Q4"}),
    ("deuxième semestre", PUB, 0, None, {"value": "2025-H2"}),
    ("second semestre 2025", None, 0, None, {"value": "2025-H2"}),
    ("S1 2024", None, 0, None, {"value": "2024-H1"}),
    ("printemps 2026", None, 0, None, {"value": "2026-SP"}),
    ("cet automne", PUB, 0, None, {"value": "2025-FA"}),
    ("l'été dernier", PUB, 0, None, {"value": "2025-SU"}),
    # a season without its year, as a quarter (§4): a future sentence about one already over
    # means next year's, a past one about one not begun yet last year's
    ("au printemps", dt.date(2024, 11, 20), 1, None, {"value": "2025-SP"}),
    ("au printemps", dt.date(2024, 4, 10), 1, None, {"value": "2024-SP"}),
    ("l'hiver", dt.date(2024, 11, 20), -1, None, {"value": "2023-WI"}),
    ("cet été", dt.date(2024, 11, 20), 1, None, {"value": "2024-SU"}),
    ("l'été", dt.date(2024, 11, 20), 0, None, {"value": "2024-SU"}),
    ("mercredi", PUB, -1, None, {"value": "2025-11-19"}),
    ("mercredi", PUB, 1, None, {"value": "2025-11-26"}),
    ("ce mardi", PUB, -1, None, {"value": "2025-11-18"}),
    ("mardi dernier", PUB, 0, None, {"value": "2025-11-18"}),
    ("jeudi prochain", PUB, 0, None, {"value": "2025-11-27"}),
    ("hier", PUB, 0, None, {"value": "2025-11-21"}),
    ("aujourd'hui", PUB, 0, None, {"value": "2025-11-22"}),
    ("demain", PUB, 0, None, {"value": "2025-11-23"}),
    ("avant-hier", PUB, 0, None, {"value": "2025-11-20"}),
    ("la semaine dernière", PUB, 0, None, {"value": "2025-W46"}),
    ("la semaine prochaine", PUB, 0, None, {"value": "2025-W48"}),
    ("le mois prochain", PUB, 0, None, {"value": "2025-12"}),
    ("le mois dernier", PUB, 0, None, {"value": "2025-10"}),
    ("l'an dernier", PUB, 0, None, {"value": "2024"}),
    ("l'année dernière", PUB, 0, None, {"value": "2024"}),
    ("l'an prochain", PUB, 0, None, {"value": "2026"}),
    ("cette année", PUB, 0, None, {"value": "2025"}),
    ("ce mois-ci", PUB, 0, None, {"value": "2025-11"}),
    ("le même jour", PUB, 0, When("D", 2025, 11, 18), {"value": "2025-11-18"}),
    ("le lendemain", None, 0, When("D", 2025, 11, 18), {"value": "2025-11-19"}),
    ("la veille", PUB, 0, When("D", 2025, 3, 1), {"value": "2025-02-28"}),
    ("un an plus tôt", PUB, 0, When("Q", 2025, 3), {"value": "2024-Q3"}),
    ("deux ans plus tard", None, 0, When("M", 2019, 3), {"value": "2021-03"}),
    ("l'année suivante", None, 0, When("Y", 2019), {"value": "2020"}),
    ("le mois suivant", None, 0, When("M", 2024, 12), {"value": "2025-01"}),
    ("la même année", None, 0, When("D", 2023, 5, 2), {"value": "2023"}),
    ("2024-2025", None, 0, None, {"value": "2024", "end": "2025"}),
    ("3 au 5 juin", PUB, 0, None, {"value": "2025-06-03", "end": "2025-06-05"}),
    ("juin 27, 2017", PUB, 0, None, {"value": "2017-06-27"}),
    ("Septembre 1, 2024", PUB, 0, None, {"value": "2024-09-01"}),
]


@pytest.mark.parametrize("text,ref,tense,anchor,expected", CASES,
                         ids=[f"{c[0]}@{c[1]}/{c[2]}" for c in CASES])
def test_dates_resolve(text, ref, tense, anchor, expected):
    assert resolve_date(text, ref, tense=tense, anchor=anchor).to_norm() == expected


@pytest.mark.parametrize("text", ["deux ans", "récemment", "15h30", "1,5", "Gemini 2.5", "31/02/2025", "beaucoup"])
def test_dates_resolve_rejects(text):
    with pytest.raises(NormalisationError):
        resolve_date(text, PUB)


TIMEX = re.compile(r"^(?:\d{4}|XXXX)(?:-(?:\d{2}|XX|W(?:\d{2}|XX)|Q[1-4X]|H[12X]|SP|SU|FA|WI)(?:-(?:\d{2}|XX))?)?$")
_LEX = load_lexicon()
# Every relative and anaphoric form the lexicon can spell, with no reference at all
# (an undated article whose first date is relative): each must read or be refused,
# never crash, and leave its unknown parts as X.
RELATIVE_FORMS = sorted(
    {f"{det} {unit} {d}" for unit in _LEX.units for d in _LEX.directions
     for det in ("le", "la", "l'") if unit[:1].isalpha()}
    | set(_LEX.relative_days)
    | {f"cet {s}" for s in _LEX.seasons} | {f"l'{s} prochain" for s in _LEX.seasons if s[0] in "aeé"}
    | {"le même jour", "le jour même", "cette semaine-là", "un an plus tôt", "deux mois plus tard", "la même année"})


@pytest.mark.parametrize("text", RELATIVE_FORMS)
def test_dates_resolve_without_any_reference(text):
    try:
        norm = resolve_date(text, None, tense=1).to_norm()
    except NormalisationError:
        return
    assert TIMEX.match(norm["value"]), norm
