"""Resolve a French date mention to a TIMEX3-style value.

Pure Python (no spaCy, no clock): the reference date (publication date or
narrative anchor), the tense of the sentence and the anaphoric anchor are
arguments.

    >>> import datetime as dt
    >>> resolve_date("18 novembre 2025").value
    '2025-11-18'
    >>> resolve_date("fin octobre", ref=dt.date(2025, 11, 22)).to_norm()
    {'value': '2025-10', 'mod': 'END'}
    >>> resolve_date("mercredi", ref=dt.date(2025, 11, 22), tense=-1).value
    '2025-11-19'
    >>> resolve_date("la semaine dernière", ref=dt.date(2025, 11, 22)).value
    '2025-W46'
    >>> resolve_date("mars").value
    'XXXX-03'
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..errors import NormalisationError
from .lexicon import Lexicon, load_lexicon
from .numbers_fr import normalise_spaces, parse_number

SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
# (month, day) a season of year y begins: the winter of y begins in December of y
SEASON_START = {"SP": (3, 20), "SU": (6, 21), "FA": (9, 22), "WI": (12, 21)}
# the season that ends one, the same year
_NEXT_SEASON = {"SP": "SU", "SU": "FA", "FA": "WI"}


# The tense moves an underspecified date into another year only when the date lies far from the
# reference: a past verb with a day, month or period starting up to 75 days ahead ("la date du 13
# septembre est la plus plausible puisqu'il s'agit d'un mardi", in July), a future one with a day
# or period ended up to 62 days back ("bouclée en avril, et avant le salon prévu du 22 au 25 mai",
# in May) are more often a verb of another clause, or one read wrong, than a date most of a year
# away. The margins read the opened real sets and the training corpus best (stop 35).
PAST_AHEAD = 75
FUTURE_BACK = 62
# A weekday no tense places is the nearest such day: up to three days ahead ("présente mercredi
# sa navette" in a Monday newsletter), else behind ("annonce mercredi" on a Thursday).
WD_AHEAD = 3


@dataclass(frozen=True)
class When:
    """A calendar value at a granularity: D(ay), W(eek), M(onth), Q(uarter), H(alf), S(eason), Y(ear).

    ``year`` is None when unknown; ``sub`` is the month, week, quarter,
    half or season code; ``day`` only for D.
    """

    gran: str
    year: int | None
    sub: int | str | None = None
    day: int | None = None

    @classmethod
    def of_day(cls, d: dt.date) -> "When":
        return cls("D", d.year, d.month, d.day)

    @classmethod
    def holding(cls, d: dt.date, unit: str) -> "When | None":
        """The day, ISO week, month, quarter, half or year that holds ``d``; None for another unit."""
        if unit == "D":
            return cls.of_day(d)
        if unit == "W":
            y, w, _ = d.isocalendar()
            return cls("W", y, w)
        if unit == "M":
            return cls("M", d.year, d.month)
        if unit == "Q":
            return cls("Q", d.year, (d.month - 1) // 3 + 1)
        if unit == "H":
            return cls("H", d.year, 1 if d.month <= 6 else 2)
        if unit == "Y":
            return cls("Y", d.year)
        return None

    @property
    def date(self) -> dt.date | None:
        """A representative day (the first of the period), when the year is known."""
        if self.year is None:
            return None
        if self.gran == "D":
            return dt.date(self.year, self.sub, self.day)
        if self.gran == "M":
            return dt.date(self.year, self.sub, 1)
        if self.gran == "W":
            return dt.date.fromisocalendar(self.year, self.sub, 1)
        if self.gran == "Q":
            return dt.date(self.year, 3 * self.sub - 2, 1)
        if self.gran == "H":
            return dt.date(self.year, 6 * self.sub - 5, 1)
        if self.gran == "S":
            return dt.date(self.year, SEASON_MONTH[self.sub], 1)
        return dt.date(self.year, 1, 1)

    def timex(self) -> str:
        y = f"{self.year:04d}" if self.year is not None else "XXXX"
        g = self.gran
        if g == "Y":
            return y
        # An anaphor or a relative date without any reference ("le mois prochain" in
        # an undated article) knows its granularity only: its parts stay X.
        if g == "M":
            return f"{y}-{self.sub:02d}" if self.sub else f"{y}-XX"
        if g == "D":
            return f"{y}-{self.sub:02d}-{self.day:02d}" if self.sub and self.day else f"{y}-XX-XX"
        if g == "W":
            return f"{y}-W{self.sub:02d}" if self.sub else f"{y}-WXX"
        if g == "Q":
            return f"{y}-Q{self.sub or 'X'}"
        if g == "H":
            return f"{y}-H{self.sub or 'X'}"
        return f"{y}-{self.sub or 'XX'}"

    def shift(self, n: int, unit: str | None = None) -> "When":
        """Move by ``n`` units (default: the value's own granularity)."""
        unit = unit or self.gran
        if self.year is None:
            return self
        if unit == "Y":
            if self.gran == "D":
                try:
                    return replace(self, year=self.year + n)
                except ValueError:
                    return When("D", self.year + n, self.sub, 28)
            return replace(self, year=self.year + n)
        if unit == "D" and self.gran == "D":
            return When.of_day(self.date + dt.timedelta(days=n))
        if unit == "W" and self.gran in ("W", "D"):
            d = self.date + dt.timedelta(weeks=n)
            if self.gran == "D":
                return When.of_day(d)
            y, w, _ = d.isocalendar()
            return When("W", y, w)
        if unit == "M" and self.gran in ("M", "D"):
            months = self.year * 12 + (self.sub - 1) + n
            if self.gran == "M":
                return When("M", months // 12, months % 12 + 1)
            day = min(self.day, 28)
            return When("D", months // 12, months % 12 + 1, day)
        if unit == "Q" and self.gran == "Q":
            q = self.year * 4 + (self.sub - 1) + n
            return When("Q", q // 4, q % 4 + 1)
        if unit == "H" and self.gran == "H":
            h = self.year * 2 + (self.sub - 1) + n
            return When("H", h // 2, h % 2 + 1)
        if unit == "S" and self.gran == "S":
            return replace(self, year=self.year + n // 4) if n % 4 == 0 else self
        return self


@dataclass(frozen=True)
class DateNorm:
    value: str
    end: str | None = None
    mod: str | None = None
    when: When | None = None

    def to_norm(self) -> dict:
        norm = {"value": self.value}
        if self.end:
            norm["end"] = self.end
        if self.mod:
            norm["mod"] = self.mod
        return norm


def _count(word: str) -> int | None:
    """"3", "trois", "seize", "dix-huit", "vingt-quatre": a count; "quelques": None."""
    n = parse_number(word)
    return int(n) if n is not None else None


# a count in digits or words; parse_number tells whether the word is a number
_COUNT = r"(?P<n>\d+|[a-zé]+(?:-[a-zé]+)*)"
# a shift counted from the date told of: "dix jours plus tard", "deux ans et demi auparavant"
SHIFT = re.compile(_COUNT + r"\s+(?P<unit>jours?|semaines?|mois|ans?|années?|trimestres?)(?P<half>\s+et\s+demie?)?\s+"
                   r"(?P<dir>plus tôt|plus tard|auparavant|avant|après|plus loin)")


@lru_cache(maxsize=8)
def _word_regexes(lex: Lexicon) -> tuple[str, str, str, str, re.Pattern]:
    months = "|".join(sorted((re.escape(m) for m in lex.months), key=len, reverse=True))
    ords = "|".join(sorted((re.escape(o) for o in lex.ordinals), key=len, reverse=True))
    # ("courant mars" reads as the month itself: no part, so not in period_parts)
    parts = "|".join(sorted((re.escape(p) for p in [*lex.period_parts, "courant"]), key=len, reverse=True))
    # "avril, mai et juin derniers": the months before the last two of a list sharing its direction
    month_list = re.compile(rf"^({months})\s*,\s*(?:(?:{months})\s*,\s*)*(?:{months})\s+et\s+"
                            rf"(?=(?:{months})\s+(?:derni|prochain)\w*$)")
    return f"(?P<month>{months})", "(?P<wd>" + "|".join(lex.weekdays) + ")", ords, parts, month_list


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


class _Resolver:
    def __init__(self, lex: Lexicon, ref: dt.date | None, tense: int, anchor: When | None):
        self.lex = lex
        self.ref = ref
        self.tense = tense
        self.anchor = anchor
        self.month_re, self.wd_re, self.ords_re, self.parts_re, self.month_list_re = _word_regexes(lex)

    # -- helpers
    @property
    def ref_year(self) -> int | None:
        return self.ref.year if self.ref else None

    def month(self, word: str) -> int:
        return self.lex.months[word]

    def _year_for(self, month: int, day: int = 1) -> int | None:
        """Year of a month (and day) written without one, from the reference and the tense."""
        if not self.ref:
            return None
        year = self.ref.year
        try:
            cand = dt.date(year, month, min(day, 28))
        except ValueError:
            return year
        # (a date "depuis", tense -2, is always behind)
        if self.tense > 0 and cand < self.ref.replace(day=1) - dt.timedelta(days=1) and (self.ref - cand).days > FUTURE_BACK:
            return year + 1
        if self.tense < 0 and cand > self.ref and ((cand - self.ref).days > PAST_AHEAD or self.tense < -1):
            return year - 1
        if self.tense == 0 and (cand - self.ref).days > 183:
            # "Google, 325 millions d'euros (septembre)" in a review of January: with no verb to say
            # it is ahead, a month more than half a year away is the one just past
            return year - 1
        return year

    def year_of(self, s: str | None) -> int | None:
        """A written year; two digits are the nearest such year not more than ten years
        after the reference ("12/12/95" in 2025 is 1995, "12/12/30" is 2030); without a
        reference, 00-49 are 20xx and 50-99 19xx (never the machine's clock)."""
        if not s:
            return None
        y = int(s)
        if y >= 100:
            return y
        pivot = (self.ref.year + 10) if self.ref else 2049
        year = (pivot // 100) * 100 + y
        return year if year <= pivot else year - 100

    def weekday(self, wd: int, direction: int = 0) -> When:
        if not self.ref:
            return When("D", None)
        delta = (wd - self.ref.weekday()) % 7          # days ahead to the next such day (0 = today)
        if direction > 0 or (direction == 0 and self.tense > 0):
            days = delta if delta else 7 if direction > 0 else 0
        elif direction < 0:
            days = delta - 7 if delta else -7
        elif self.tense == 0 and 0 < delta <= WD_AHEAD:
            days = delta
        else:
            days = delta - 7 if delta else 0
        return When.of_day(self.ref + dt.timedelta(days=days))

    def current(self, unit: str) -> When | None:
        if not self.ref:
            return None
        return When.holding(self.ref, unit) or When("Y", self.ref.year)

    def unknown(self, unit: str) -> When:
        return When(unit, None, None)

    def _half_shift(self, day: When | None, sign: int, n: int, unit: str) -> When:
        """"il y a un mois et demi", "deux semaines et demie plus tard": n and a half units
        from a day, counted in days, at the unit's granularity (a week's at the day's)."""
        if day is None or day.gran != "D" or day.year is None:
            return self.unknown("D" if unit == "W" else unit)
        length = {"D": 1, "W": 7, "M": 30.4, "Q": 91.3, "Y": 365.25}[unit]
        d = day.date + dt.timedelta(days=sign * int((n + 0.5) * length))
        return When.holding(d, "D" if unit == "W" else unit)

    # -- the forms, tried in order
    def resolve(self, text: str) -> DateNorm:
        s = normalise_spaces(text.lower().replace("’", "'").replace("ᵉʳ", "er"))
        s = re.sub(r"^(?:le|la|les|l'|du|au|en|dès|depuis|à|pour)\s*(?=\d)", "", s)
        # "le tout début de l'année", "la toute fin de l'année", "ce début d'année"
        s = re.sub(r"^(?:tout|toute|ce|cette)\s+(?=début|debut|fin)", "", s)
        s = re.sub(r"^(?:ce|cet)\s+(?=\S+\s+(?:trimestre|semestre)\b)", "", s)  # "ce 3ème trimestre": that ordinal one
        s = re.sub(r"\s+qui\s+(?:s'est\s+écoulée?|vient\s+de\s+s'écouler)$", " écoulé", s)  # "le mois qui s'est écoulé"
        # "deuxième partie de 2023", "la première moitié de l'année 2024": a half of the year named
        s = re.sub(r"^(\S+)\s+(?:partie|moitié)\s+(?:de\s+|d')(?:(?:l'|son\s+|sa\s+|leur\s+)(?:année|exercice)"
                   r"(?:\s+(?:fiscale?|financi[eè]re?|décalé))?\s+)?(?=\d{4}(?:\s*[-–/]\s*\d{2,4})?$)", r"\1 semestre ", s)
        s = re.sub(r"^(\S+)\s+moitié\s+de\s+l'année$", r"\1 semestre", s)  # "la première moitié de l'année"
        # "hier mardi 25 janvier 2022", "mardi, 02.06.2020": the date written in full says the day
        s = re.sub(rf"^(?:aujourd'hui|hier|avant-hier|demain|après-demain)\s+(?={self.wd_re}\s*,?\s*\d)", "", s)
        s = re.sub(rf"^({self.wd_re})\s*,\s*(?=\d)", r"\1 ", s)
        s = re.sub(rf"^{self.wd_re}\s+(?=\d{{1,2}}[/.-]\d)", "", s)  # "jeudi 29/07/2021"
        # "avril, mai et juin derniers": a list of months sharing its direction is the range of its
        # first and last (v2, as "mars et juin derniers")
        s = self.month_list_re.sub(r"\1 et ", s)
        mod = None
        m = re.match(rf"^({self.parts_re})(?:\s*-\s*|\s+(?:de\s+|d')?|(?=\d))", s)
        if m and s[m.end():]:
            mod = self.lex.period_parts.get(m.group(1).rstrip("-"))
            s = s[m.end():].strip()
        s = re.sub(r"\s*,\s*(?=\d{4}$)", " ", s)  # "3 mars, 2019"
        # "juin 27, 2017": a byline's month before its day, in the American order
        s = re.sub(rf"^{self.month_re}\s+(?P<day>\d{{1,2}})\s+(?=\d{{4}}$)", r"\g<day> \g<month> ", s)
        if mod:
            s = re.sub(r"^(?:du|de la|de l'|cette)\s*(?=\S)", "", s)  # "fin du second semestre 2023", "début de cette année 2022"
            s = re.sub(r"^mois\s+(?:de\s+|d')(?=\S)", "", s)    # "fin du mois de décembre": a generic head
        m = re.fullmatch(r"(?P<head>.+?)\s+(?:de\s+|d')(?P<rel>(?:cette|cet)\s+(?:année|exercice)|"
                         r"l'(?:an|année|exercice)\s+\w+|la\s+même\s+année)", s)
        if m and (not mod or re.match(r"\S+\s+(?:trimestre|semestre)$", m["head"])):
            # "premier semestre de cette année", "avril de l'an dernier": the period in the year the
            # relative words name (also after a part: "fin du premier trimestre de cette année")
            rel = self._relative(m["rel"]) or self._anaphora(m["rel"])
            if rel is not None and rel.when is not None and rel.when.year is not None and rel.when.gran == "Y":
                s = f"{m['head']} {rel.when.year}"
        week_of = re.fullmatch(r"semaine du (.+)", s)
        if week_of and not mod:
            # "la semaine du 8 avril": the week that day falls in
            day = self.resolve(week_of[1])
            if day.when is not None and day.when.gran == "D" and day.when.year is not None and not day.end:
                iso = dt.date(day.when.year, day.when.sub, day.when.day).isocalendar()
                return self._norm(When("W", iso[0], iso[1]))
        norm = self._absolute(s) or self._relative(s) or self._anaphora(s) or self._ago(s) or self._nth_weekday(s) \
            or self._nth_week(s) or self._christmas(s)
        if norm is None:
            raise NormalisationError(f"cannot read a date in {text!r}")
        if (mod == "END" and self.tense < 0 and self.ref and self.ref.month <= 3 and norm.when is not None
                and re.fullmatch(r"(?:de\s+|du\s+)?(?:l')?(?:année|an|exercice)", s)):
            # "portées par les fêtes de fin d'année" in a past sentence of January: the year just
            # ended (as a season not begun yet in a past sentence, §4)
            norm = self._norm(norm.when.shift(-1, "Y"))
        if mod and not norm.mod and not norm.end:
            norm = replace(norm, mod=mod)
        return norm

    def _absolute(self, s: str) -> DateNorm | None:
        M, WD = self.month_re, self.wd_re
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
        if m:
            return self._day(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})", s)
        if m:
            return self._day(self.year_of(m[4]), int(m[3]), int(m[1]))
        # "du 3 au 5 juin 2024", "3-5 juin"
        m = re.fullmatch(rf"(?:du\s+)?(?:{WD}\s+)?(?P<d1>\d{{1,2}})(?:er)?\s*(?:au|-|–|et)\s*"
                         rf"(?:{WD.replace('wd', 'wd2')}\s+)?(?P<d2>\d{{1,2}})(?:er)?\s+{M}(?:\s+(?P<y>\d{{4}}))?", s)
        if m:
            mo = self.month(m["month"])
            y = self.year_of(m["y"]) or self._year_for(mo, int(m["d1"]))
            start, end = self._day(y, mo, int(m["d1"])), self._day(y, mo, int(m["d2"]))
            if start and end:
                return DateNorm(start.value, end=end.value, when=start.when)
        # "du 26 février au 1er mars 2024": a range across months, the year written once
        m = re.fullmatch(rf"(?:du\s+)?(?:{WD}\s+)?(?P<d1>\d{{1,2}})(?:er)?\s+{M}(?:\s+(?P<y1>\d{{4}}))?\s*(?:au|-|–)\s*"
                         rf"(?:{WD.replace('wd', 'wd2')}\s+)?(?P<d2>\d{{1,2}})(?:er)?\s+"
                         rf"(?P<m2>{M.replace('month', 'month2')})(?:\s+(?P<y>\d{{4}}))?", s)
        if m and (m["y1"] is None or m["y"] is not None):
            mo1, mo2 = self.month(m["month"]), self.month(m["month2"])
            y2 = self.year_of(m["y"]) or self._year_for(mo2, int(m["d2"]))
            y1 = y2 - 1 if y2 is not None and mo1 > mo2 else y2  # "du 28 décembre au 3 janvier 2025"
            if m["y1"]:
                y1 = int(m["y1"])   # "du 1er avril 2023 au 30 juin 2023": each year written
            start, end = self._day(y1, mo1, int(m["d1"])), self._day(y2, mo2, int(m["d2"]))
            if start and end:
                return DateNorm(start.value, end=end.value, when=start.when)
        # ("hier 20 janvier": the day named; "le 12 avril passé"; "les 5 et 6 septembre derniers")
        m = re.fullmatch(rf"(?:(?:hier|avant-hier|demain|aujourd'hui)\s+)?(?:{WD}\s+)?(\d{{1,2}})(?:er|e)?\s+{M}"
                         r"(?:\s+(?P<y>\d{4})|\s+(?P<dir>derni(?:er|ère)s?|prochaine?s?|passée?s?|écoulée?s?))?", s)
        if m:
            mo = self.month(m["month"])
            day = int(m[2])
            y = self.year_of(m["y"]) if m["y"] else self._year_for(mo, day)
            if m["dir"] and self.ref is not None:
                # "le 3 octobre prochain": the next such day after the reference; "dernier": the last before
                y = self.ref.year
                if m["dir"].startswith("prochain") and (mo, day) <= (self.ref.month, self.ref.day):
                    y += 1
                elif not m["dir"].startswith("prochain") and (mo, day) >= (self.ref.month, self.ref.day):
                    y -= 1
            if m["wd"] and not m["y"] and y is not None:
                # "vendredi 14 septembre": the year next to the reference whose 14 September is a Friday
                wd = self.lex.weekdays[m["wd"]]
                y = next((c for c in (y, y - 1, y + 1) if _weekday_of(c, mo, day) == wd), y)
            return self._day(y, mo, day)
        m = re.fullmatch(rf"(?:{WD}\s+)?(\d{{1,2}})(?:er)?", s)
        if m:
            return self._day_of_month(int(m[2]), self.lex.weekdays[m["wd"]] if m["wd"] else None)
        m = re.fullmatch(r"(?:les\s+)?(?P<side>premiers|derniers)\s+mois\s+(?:de\s+|d')(?P<y>\d{4})", s)
        if m:  # "les premiers mois de 2020", uncounted: the year's start (its end for "derniers")
            return replace(self._norm(When("Y", int(m["y"]))), mod="START" if m["side"] == "premiers" else "END")
        m = re.fullmatch(r"(?:les\s+)?(?P<n>\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze)\s+"
                         r"(?P<side>premiers|derniers)\s+mois\s+(?:de\s+(?P<this>l'|cette\s+|cet\s+)(?:année|exercice)"
                         r"(?:\s+(?P<dir>[^\W\d]+))?|de\s+|d')?\s*(?P<y>\d{4})?", s)
        if m:
            return self._months_of_year(m)
        m = re.fullmatch(rf"(?:entre\s+)?{M}\s+(?P<y1>\d{{4}})\s*(?:à|-|–|et)\s*"
                         rf"(?P<m2>{M.replace('month', 'month2')})\s+(?P<y2>\d{{4}})", s)
        if m:  # "(entre) avril 2004 et mai 2005": a range of months, each with its year
            start = When("M", int(m["y1"]), self.month(m["month"]))
            end = When("M", int(m["y2"]), self.month(m["month2"]))
            return DateNorm(start.timex(), end=end.timex(), when=start)
        m = re.fullmatch(rf"(?:entre\s+)?{M}\s*(?:à|au|-|–|et)\s*(?P<m2>{M.replace('month', 'month2')})"
                         rf"(?:\s+(?P<y>\d{{4}}))?(?:\s+(?P<dir>derniers|dernières|prochains|prochaines))?", s)
        if m:  # "juillet à septembre", "(entre) octobre et décembre 2024", "mars et juin derniers"
            m1, m2 = self.month(m["month"]), self.month(m["month2"])
            y = self.year_of(m["y"]) or self._year_for(m1)
            y2 = y
            if m["dir"] and self.ref and not m["y"]:
                # "décembre et janvier derniers" in March: December of last year, January of this one
                if m["dir"].startswith("dern"):
                    y2 = self.ref.year if m2 < self.ref.month else self.ref.year - 1
                    y = y2 - 1 if m1 > m2 else y2
                else:
                    y = self.ref.year if m1 > self.ref.month else self.ref.year + 1
                    y2 = y + 1 if m2 < m1 else y
            start, end = When("M", y, m1), When("M", y2, m2)
            return DateNorm(start.timex(), end=end.timex(), when=start)
        m = re.fullmatch(rf"{M}(?:\s+(?:de\s+l'année\s+)?(?P<y>\d{{4}}))?(?:\s+(?P<dir>dernier|prochain))?", s)
        if m:
            mo = self.month(m["month"])
            y = self.year_of(m["y"])
            if y is None:
                if m["dir"] and self.ref:
                    y = self.ref.year - 1 if m["dir"] == "dernier" and mo >= self.ref.month else (
                        self.ref.year + 1 if m["dir"] == "prochain" and mo <= self.ref.month else self.ref.year)
                else:
                    y = self._year_for(mo)
            return self._norm(When("M", y, mo))
        # ("de 2023 à fin 2029", "entre début 2020 et début 2022": a part of a bound's year narrows
        # nothing the range's years say; the part before the first was read above)
        m = re.fullmatch(rf"(?:l'(?:année|exercice)\s+)?(\d{{4}})\s*(?:-|–|/|à|et)\s*"
                         rf"(?:(?:{self.parts_re})\s+)?(\d{{2}}|\d{{4}})", s)
        if m:
            y1, y2 = int(m[1]), int(m[2])
            if y2 < 100:
                y2 += (y1 // 100) * 100
            if 1900 <= y1 < y2 <= 2100:
                return DateNorm(str(y1), end=str(y2), when=When("Y", y1))
        m = re.fullmatch(r"(?:l'(?:année|exercice)\s+|(?:année|exercice)\s+)?((?:19|20)\d{2})", s)
        if m:
            return self._norm(When("Y", int(m[1])))
        q = self._quarter_half(s)
        if q:
            return q
        m = re.fullmatch(r"(?:(?:le|l'|au|cet|ce|cette)\s*)?(printemps|été|automne|hiver)(?:\s+(?P<y>\d{4}|dernier|prochain))?", s)
        if m:
            code = self.lex.seasons[m[1]]
            if m["y"] and m["y"].isdigit():
                return self._norm(When("S", int(m["y"]), code))
            y = self.ref_year
            if y is not None and m["y"]:
                # "l'été dernier": the latest summer over by the reference ("observé depuis l'été
                # dernier" in July is the summer before this one, as "le mois dernier" is not this
                # month); "l'hiver prochain": the next one to begin after it.
                start = dt.date(y, SEASON_MONTH[code], 1)
                if m["y"] == "dernier" and code in _NEXT_SEASON:
                    y = y if dt.date(y, *SEASON_START[_NEXT_SEASON[code]]) <= self.ref else y - 1
                elif m["y"] == "dernier":
                    y = y if start < self.ref else y - 1     # (a winter straddles two years)
                else:
                    y = y if start > self.ref else y + 1
            elif y is not None and self.ref and self.tense and not s.startswith("ce"):
                # ("cet été", "ce printemps" name this year's, whatever the tense)
                # as a quarter (§4): "ouvrira au printemps" in November is next spring,
                # "a levé cet hiver" in November the winter begun last December
                first = dt.date(y, *SEASON_START[code])
                if self.tense > 0 and (self.ref - first).days > 92:    # that season is over
                    y += 1
                elif self.tense < 0 and first > self.ref:
                    y -= 1
            return self._norm(When("S", y, code))
        return None

    def _quarter_half(self, s: str) -> DateNorm | None:
        m = re.fullmatch(rf"(?:(?:le|la|au|du)\s+)?(?P<ord>{self.ords_re})\s+(?P<kind>trimestre|semestre)"
                         rf"(?:\s+(?:d[eu]\s+(?:l'|son\s+|sa\s+|leur\s+)?(?:année|exercice)"
                         rf"(?:\s+(?:fiscale?|financi[eè]re?|décalé))?\s+|(?:de\s+)?l'exercice\s+"
                         rf"|fiscal\s+|de\s+)?(?P<y>\d{{4}})(?:\s*[-–/]\s*(?:\d{{4}}|\d{{2}}))?"
                         rf"|\s+de\s+l'(?:année|exercice)(?:\s+en\s+cours|\s+(?P<dir>\w+))?)?", s)
        if m and (m["dir"] is None or m["dir"] in self.lex.directions):
            n = self.lex.ordinals[m["ord"]]
            gran = "Q" if m["kind"] == "trimestre" else "H"
            if gran == "H":
                n = 2 if n > 1 else 1
            if m["ord"] in ("dernier", "dernière") and re.search(r"(?:trimestre|semestre)$", s) \
                    and self.tense <= 0 and self.ref is not None:
                # "a dégagé 34,7 millions au dernier trimestre": the latest closed, not the fourth
                # ("dernier trimestre de l'année" is)
                current = (self.ref.month - 1) // 3 + 1 if gran == "Q" else (1 if self.ref.month <= 6 else 2)
                y, n = (self.ref.year, current - 1) if current > 1 else (self.ref.year - 1, 4 if gran == "Q" else 2)
                return self._norm(When(gran, y, n))
            # "premier semestre 2022-2023": the fiscal year named by its first year (§4)
            y = int(m["y"]) if m["y"] else self._period_year(gran, n)
            if m["dir"] and self.ref is not None:
                y = self.ref.year + self.lex.directions[m["dir"]]   # "de l'année précédente"
            return self._norm(When(gran, y, n))
        # ("s1 2025-26": a half of a fiscal year over two years, named by its first, as "premier
        # semestre 2022-2023" is)
        m = re.fullmatch(r"(?P<kind>[tqsh])(?P<n>[1-4])"
                         r"(?:\s*[-/]?\s*(?P<y>\d{4}|\d{2})(?:\s*[-–/]\s*(?:\d{4}|\d{2}))?)?", s)
        if m:
            gran = "Q" if m["kind"] in "tq" else "H"
            n = int(m["n"])
            if gran == "H" and n > 2:
                return None
            y = self.year_of(m["y"]) if m["y"] else self._period_year(gran, n)
            return self._norm(When(gran, y, n))
        return None

    def _period_year(self, gran: str, n: int) -> int | None:
        """Year of a quarter or half written without one: a future sentence about a
        period already over this year means next year's ("sera finalisée au T1"), a
        past one about a period not begun yet last year's ("a réalisé au T4", in January),
        each beyond its margin (``FUTURE_BACK``, ``PAST_AHEAD``)."""
        if not self.ref:
            return None
        current = (self.ref.month - 1) // 3 + 1 if gran == "Q" else (1 if self.ref.month <= 6 else 2)
        if self.tense > 0 and n < current:
            last_month = n * 3 if gran == "Q" else n * 6
            if n == current - 1 and (self.ref - _last_day(self.ref.year, last_month)).days <= FUTURE_BACK:
                # "Samsung prévoit un bénéfice record au troisième trimestre" on 5 October: the
                # quarter just closed, whose figures are not out yet ("au deuxième trimestre" in
                # early August as well)
                return self.ref.year
            return self.ref.year + 1
        if self.tense < 0 and n > current:
            if (When(gran, self.ref.year, n).date - self.ref).days <= PAST_AHEAD and self.tense > -2:
                return self.ref.year
            return self.ref.year - 1
        return self.ref.year

    def _relative(self, s: str) -> DateNorm | None:
        m = re.fullmatch(rf"(?P<rel>aujourd['’]hui|hier|avant-hier|demain|après-demain)\s+{self.wd_re}", s)
        if m:
            return self._relative(m["rel"])      # "hier lundi": the weekday only names the day
        if s in self.lex.relative_days and s not in ("veille", "lendemain", "surlendemain", "avant-veille"):
            n = self.lex.relative_days[s]
            return self._norm(When.of_day(self.ref + dt.timedelta(days=n)) if self.ref else When("D", None))
        m = re.fullmatch(rf"{self.wd_re}\s+(?:à|au)\s+{self.wd_re.replace('wd', 'wd2')}", s)
        if m:
            # "dans la nuit de lundi à mardi", "de mercredi à samedi": a range, the first day read as a
            # weekday is, the last the first such day after it
            start = self.weekday(self.lex.weekdays[m["wd"]])
            if start.year is None:
                return self._norm(start)
            days = (self.lex.weekdays[m["wd2"]] - self.lex.weekdays[m["wd"]]) % 7 or 7
            return DateNorm(start.timex(), end=When.of_day(start.date + dt.timedelta(days=days)).timex(), when=start)
        m = re.fullmatch(rf"(?:(?P<ce>ce|cet)\s+)?{self.wd_re}(?:\s+(?P<dir>dernier|prochain|passé|matin|soir))?", s)
        if m:
            direction = {"dernier": -1, "passé": -1, "prochain": 1}.get(m["dir"] or "", 0)
            return self._norm(self.weekday(self.lex.weekdays[m["wd"]], direction))
        # "le précédent trimestre", "le prochain exercice": the direction before the unit
        s = re.sub(r"^(?:(?:le|la|l')\s*)?(précédente?|prochaine?)\s+(mois|trimestre|semestre|exercice)$", r"\2 \1", s)
        m = re.fullmatch(r"(?:(?:le|la|l')\s*)?(semaine|mois|an|année|trimestre|semestre|exercice)\s+"
                         r"(dernier|dernière|passé|passée|écoulé|écoulée|précédent|précédente|prochain|prochaine|suivant|suivante|en cours)", s)
        if m:
            unit = self.lex.units[m[1]]
            d = {"en cours": 0}.get(m[2], self.lex.directions.get(m[2], 0))
            if m[2] in ("précédent", "précédente", "suivant", "suivante"):
                base = self._anchor_at(unit)
            else:
                base = self.current(unit)
            return self._norm(base.shift(d, unit) if base else self.unknown(unit))
        m = re.fullmatch(r"(?:ce|le)\s+week\s*-?\s*end(?:\s+(dernier|passé|prochain))?", s)
        if m:
            # a weekend is valued as its ISO week (§4): "a baissé ce week-end" the latest one begun
            # by the day, "ce week-end" otherwise this week's, "le week-end prochain" the next one
            if not self.ref:
                return self._norm(self.unknown("W"))
            wd = self.ref.weekday()
            if m[1] in ("dernier", "passé") or (m[1] is None and self.tense < 0):
                day = self.ref - dt.timedelta(days=(wd - 5) % 7)
            elif m[1] == "prochain" and wd >= 5:
                day = self.ref + dt.timedelta(days=7)
            else:
                day = self.ref
            y, w, _ = day.isocalendar()
            return self._norm(When("W", y, w))
        m = re.fullmatch(r"(?:cette|ce|cet)\s+(semaine|mois|année|an|trimestre|semestre|exercice)(?:\s*-\s*ci|\s+ci)?", s)
        if m:
            unit = self.lex.units[m[1]]
            if unit == "M" and self.tense < 0 and self.ref and self.ref.day <= 7:
                # "Ce mois-ci, 67 start-up ont levé ..." published on the 3rd: a tally of the month
                # just ended, the month the review covers (§2, settled in v2)
                return self._norm(self.current("M").shift(-1, "M"))
            return self._norm(self.current(unit) or self.unknown(unit))
        m = re.fullmatch(r"(?:de\s+|du\s+)?(?:l'|la\s+|cette\s+|ce\s+)?(année|an|exercice|semaine|mois|trimestre|semestre)(?:\s+en\s+cours)?", s)
        if m:  # what is left of "fin de l'année", "début de cette semaine"
            unit = self.lex.units[m[1]]
            return self._norm(self.current(unit) or self.unknown(unit))
        return None

    def _anchor_at(self, unit: str) -> When | None:
        a = self.anchor or (When.of_day(self.ref) if self.ref else None)
        if a is None or a.year is None:
            return None
        if unit == a.gran:
            return a
        if unit == "Y":
            return When("Y", a.year)
        return (When.holding(a.date, unit) if unit != "D" else None) or a

    def _anaphora(self, s: str) -> DateNorm | None:
        m = re.fullmatch(r"(?:la|le|l')\s*(veille|lendemain|surlendemain|avant-veille)", s)
        if m:
            a = self._anchor_at("D")
            if a is None or a.gran != "D":
                return self._norm(When("D", None))
            return self._norm(a.shift(self.lex.relative_days[m[1]], "D"))
        m = re.fullmatch(r"(?:le|la|l')\s*(?:même|meme)\s+(jour|semaine|mois|année|an|trimestre)|(?:ce|cette)\s+même\s+(jour|année|mois)"
                         r"|(?:le|la|l')\s*(jour|semaine|mois|année)\s+même|(?:ce|cette)\s+(jour|semaine|mois|année|trimestre)\s*-\s*là", s)
        if m:
            unit = self.lex.units[next(g for g in m.groups() if g)]
            a = self._anchor_at(unit)
            return self._norm(a or self.unknown(unit))
        m = SHIFT.fullmatch(s)
        if m and (n := _count(m["n"])) is not None:
            unit = self.lex.units[m["unit"]]
            sign = -1 if m["dir"] in ("plus tôt", "auparavant", "avant") else 1
            if self.anchor is None and self.ref and unit in ("Y", "Q", "H", "M") and not m["half"]:
                # "146 685 dollars contre 168 000 deux ans plus tôt" with no date told before: counted
                # from the reference at the unit's granularity, as "il y a deux ans" is (guideline v2)
                return self._norm(self.current(unit).shift(sign * n, unit))
            a = self.anchor or (When.of_day(self.ref) if self.ref else None)
            if a is None or a.year is None:
                return self._norm(self.unknown(unit))
            if m["half"]:
                return self._norm(self._half_shift(a if a.gran == "D" else self._anchor_at("D"), sign, n, unit))
            if unit == "Y":
                return self._norm(a.shift(sign * n, "Y"))
            if unit == "Q" and a.gran == "Q":
                return self._norm(a.shift(sign * n, "Q"))
            if unit == "M":
                base = a if a.gran in ("M", "D") else self._anchor_at("M")
                return self._norm(base.shift(sign * n, "M"))
            if unit in ("D", "W"):
                base = a if a.gran == "D" else self._anchor_at("D")
                return self._norm(base.shift(sign * n * (7 if unit == "W" else 1), "D"))
            return self._norm(a.shift(sign * n, unit))
        m = re.fullmatch(r"(?:l'|la|le)\s*(année|an|mois|semaine|trimestre)\s+(suivante?|précédente?|d'après|d'avant)", s)
        if m:
            unit = self.lex.units[m[1]]
            a = self._anchor_at(unit)
            sign = 1 if m[2] in ("suivant", "suivante", "d'après") else -1
            return self._norm(a.shift(sign, unit) if a else self.unknown(unit))
        return None

    def _christmas(self, s: str) -> DateNorm | None:
        """"Noël 2011", "Noël" (of "avant Noël", its preposition left out by the DATE stage):
        25 December of the year written, else the nearest one by the tense (§4)."""
        m = re.fullmatch(r"noël(?:\s+(?P<y>\d{4}))?", s)
        if not m:
            return None
        return self._day(int(m["y"]) if m["y"] else self._year_for(12, 25), 12, 25)

    def _nth_week(self, s: str) -> DateNorm | None:
        """"la première semaine de novembre": the ISO week holding the month's first day
        (its last day for "dernière"), then a week later for each rank."""
        m = re.fullmatch(rf"(?:la\s+)?(?P<ord>\S+)\s+semaine\s+(?:du\s+mois\s+)?(?:de\s+|d')\s*{self.month_re}(?:\s+(?P<y>\d{{4}}))?", s)
        if not m or (m["ord"] not in self.lex.ordinals and m["ord"] != "dernière"):
            return None
        mo = self.month(m["month"])
        y = self.year_of(m["y"]) or self._year_for(mo)
        if y is None:
            return self._norm(When("W", None))
        if m["ord"] in ("dernier", "dernière"):
            day = _last_day(y, mo)
        else:
            day = dt.date(y, mo, 1) + dt.timedelta(days=7 * (self.lex.ordinals[m["ord"]] - 1))
        iso = day.isocalendar()
        return self._norm(When("W", iso[0], iso[1]))

    def _nth_weekday(self, s: str) -> DateNorm | None:
        """"le premier lundi de septembre", "le dernier vendredi (du mois) de novembre 2025"."""
        m = re.fullmatch(rf"(?:le\s+)?(?P<ord>\S+)\s+{self.wd_re}\s+(?:du\s+mois\s+)?(?:de\s+|d')\s*{self.month_re}(?:\s+(?P<y>\d{{4}}))?", s)
        if not m or m["ord"] not in self.lex.ordinals:
            return None
        mo = self.month(m["month"])
        y = self.year_of(m["y"]) or self._year_for(mo)
        if y is None:
            return self._norm(When("D", None))
        wd = self.lex.weekdays[m["wd"]]
        if m["ord"] == "dernier":
            last = _last_day(y, mo)
            day = last - dt.timedelta(days=(last.weekday() - wd) % 7)
        else:
            first = dt.date(y, mo, 1)
            day = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (self.lex.ordinals[m["ord"]] - 1))
            if day.month != mo:
                return None
        return self._norm(When.of_day(day))

    def _ago(self, s: str) -> DateNorm | None:
        """"il y a trois ans", "il y a encore six mois": counted back from the reference
        (the publication date), at the unit's granularity (guideline v2); "dans six mois",
        "dans dix jours" likewise counted ahead (§4, stop 39)."""
        m = re.fullmatch(r"(?:(?P<ago>il y a)(?:\s+(?:encore|seulement|déjà|à peine|tout juste|près de|environ"
                         r"|presque|exactement|(?:un peu )?plus de))*|dans)\s+"
                         + _COUNT + r"\s+"
                         r"(?P<unit>jours?|semaines?|mois|ans?|années?|trimestres?)(?P<half>\s+et\s+demie?)?", s)
        if not m or (n := _count(m["n"])) is None:
            return None
        sign = -1 if m["ago"] else 1
        unit = self.lex.units[m["unit"]]
        if m["half"]:
            return self._norm(self._half_shift(When.of_day(self.ref) if self.ref else None, sign, n, unit))
        if unit == "W":
            # the ISO week holding the day n weeks back ("il y a deux semaines" in an article of
            # 3 December 2021 -> 2021-W46): real writers label a week, as the guideline's unit says
            return self._norm(When.holding(self.ref + sign * dt.timedelta(weeks=n), "W") if self.ref
                              else self.unknown("W"))
        base = self.current(unit)
        return self._norm(base.shift(sign * n, unit) if base else self.unknown(unit))

    def _day_of_month(self, day: int, wd: int | None) -> DateNorm | None:
        """"le 21", "vendredi 21": a day of the month the story is in. Alone, the month of
        the date just mentioned ("en novembre (le 12 ...)"); with its weekday, the month
        next to that date (or to the reference) in which that day is that weekday."""
        a = self.anchor if self.anchor is not None and self.anchor.gran in ("D", "M") else None
        if a is None or a.year is None:
            if wd is None or not self.ref:
                return None
            a = When.of_day(self.ref)
        if wd is None:
            return self._day(a.year, a.sub, day)
        for shift in (0, 1, -1):
            m = When("M", a.year, a.sub).shift(shift, "M")
            if _weekday_of(m.year, m.sub, day) == wd:
                return self._day(m.year, m.sub, day)
        return None

    def _months_of_year(self, m: re.Match) -> DateNorm:
        """"les six premiers mois de l'année" is the first half, "les trois derniers mois
        de 2024" the last quarter; other counts are a range of months."""
        n = _count(m["n"])
        y = int(m["y"]) if m["y"] else self.ref_year
        if m["dir"] and self.ref is not None:
            if m["dir"] not in self.lex.directions:
                return None
            y = self.ref.year + self.lex.directions[m["dir"]]   # "de l'année dernière"
        first = m["side"] == "premiers"
        if n in (3, 6):
            gran = "Q" if n == 3 else "H"
            sub = 1 if first else (4 if gran == "Q" else 2)
            if not m["y"] and not m["dir"] and (m["this"] or "").startswith("l'"):
                # "a perdu des abonnés au cours des trois derniers mois de l'année", in March: the
                # quarter's year as for "quatrième trimestre" ("de cette année" pins this one)
                y = self._period_year(gran, sub)
            return self._norm(When(gran, y, sub))
        start, end = (1, n) if first else (13 - n, 12)
        return DateNorm(When("M", y, start).timex(), end=When("M", y, end).timex(), when=When("M", y, start))

    def _day(self, y: int | None, mo: int, d: int) -> DateNorm | None:
        try:
            if y is not None:
                dt.date(y, mo, d)
            elif not (1 <= mo <= 12 and 1 <= d <= 31):
                return None
        except ValueError:
            return None
        return self._norm(When("D", y, mo, d))

    @staticmethod
    def _norm(w: When) -> DateNorm:
        return DateNorm(w.timex(), when=w)


def resolve_date(text: str, ref: dt.date | None = None, *, tense: int = 0,
                 anchor: When | None = None, lexicon: Lexicon | None = None) -> DateNorm:
    """Resolve a date mention.

    text (str): the mention (``fin octobre``, ``le lendemain``, ``T3 2025``).
    ref (date | None): the publication date or the narrative anchor.
    tense (int): -1 past, +1 future, 0 unknown, -2 strictly behind (``depuis``);
        picks the weekday or year of an underspecified date.
    anchor (When | None): the date an anaphor (``le lendemain``, ``un an plus
        tôt``) refers to; defaults to ``ref``.
    RETURNS (DateNorm): value, optional end and mod. Raises NormalisationError
        for text that is not a date.
    """
    return _Resolver(lexicon or load_lexicon(), ref, tense, anchor).resolve(text)


def is_absolute(norm: DateNorm) -> bool:
    """True for a value that needed no reference (it can anchor later mentions)."""
    return norm.when is not None and norm.when.year is not None
