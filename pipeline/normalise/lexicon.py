"""The word tables of ``patterns/lexicon.json``, loaded once and shared.

Detection (token classes for the rulers) and normalisation (values) read
the same tables, so a currency or a month spelling added there is both
found and understood.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import PatternFileError

NAME_TABLES = ("first_names", "event_heads", "person_roles", "locative_words",
               "locative_orgs", "dual_names", "org_cues", "product_cues", "org_kinds", "product_kinds",
               "not_org_acronyms", "ambiguous_product_kinds", "head_nouns", "sector_words",
               "comparison_words", "reschedule_verbs", "tally_words", "tally_shares", "count_nouns", "canadian_words",
               "central_african_words",
               "board_words", "subsidiary_places", "edition_names", "demonyms", "company_name_tails")
PATTERNS_ENV = "PIPELINE_PATTERNS"


@lru_cache(maxsize=1)
def shipped_patterns_dir() -> Path:
    """The pattern files shipped with the product: the checkout's ``patterns/``, or
    the ``pipeline_patterns`` package data of an installed wheel."""
    here = Path(__file__).resolve().parents[2] / "patterns"
    if (here / "lexicon.json").is_file():
        return here
    import importlib.util

    spec = importlib.util.find_spec("pipeline_patterns")
    if spec is None or not spec.submodule_search_locations:
        raise PatternFileError("pipeline_patterns", "the shipped pattern files are not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def user_patterns_dir() -> Path | None:
    """The user's own pattern folder, layered over the shipped files: ``$PIPELINE_PATTERNS``."""
    value = os.environ.get(PATTERNS_ENV)
    return Path(value) if value else None


def patterns_dir() -> Path:
    """The folder a command reads or writes by default: ``$PIPELINE_PATTERNS`` or the shipped one."""
    return user_patterns_dir() or shipped_patterns_dir()


@dataclass(frozen=True, eq=False)
class Lexicon:
    currency_words: dict          # lower-case surface -> ISO code
    currency_exact: dict          # case-sensitive symbol or code -> ISO code
    scales: dict                  # scale word -> power of ten (French reading)
    english_scales: dict          # scale word -> power of ten (English reading)
    code_scales: dict             # a scale fused to a currency code -> the scale word it stands for ("MMDH")
    money_cues: frozenset
    money_nouns: frozenset        # "5 milliards de dette": nouns that keep a bare amount money
    months: dict
    weekdays: dict
    seasons: dict
    ordinals: dict
    period_parts: dict
    relative_days: dict
    units: dict
    directions: dict
    places: frozenset = frozenset()          # place words: a model LOC made of them stays a place
    company_verbs: frozenset = frozenset()   # "X a levé": what only a company does
    # Words around an ORG or PRODUCT name that settle what it is (entity resolver).
    first_names: frozenset = frozenset()     # "Arthur Mensch" is a person, whatever the model says
    event_heads: frozenset = frozenset()     # "le sommet Choose France": an event, not an ORG
    person_roles: frozenset = frozenset()    # "le cofondateur, Arthur Mensch"
    locative_words: frozenset = frozenset()  # "dans l'Union européenne": a place there
    locative_orgs: frozenset = frozenset()   # canonical ids that are places after locative_words
    dual_names: frozenset = frozenset()      # canonical ids that are a company or its service
    org_cues: frozenset = frozenset()        # "chez AWS", "le rachat d'Instagram": the company
    product_cues: frozenset = frozenset()    # "sur Netflix", "l'application TikTok": the service
    org_kinds: frozenset = frozenset()       # "Lorca, le consortium ...": an apposition naming the kind
    product_kinds: frozenset = frozenset()   # "Belenos, un ordinateur photonique ..."
    not_org_acronyms: frozenset = frozenset()   # "IPO", "ETF", "B2B": common acronyms, never a name
    ambiguous_product_kinds: frozenset = frozenset()  # "X, une plateforme ...": a start-up as often as a product
    head_nouns: frozenset = frozenset()      # "la Commission" after "Commission européenne": the same ORG
    reschedule_verbs: frozenset = frozenset()  # stems: "repoussé de janvier à mars" moves a date
    comparison_words: frozenset = frozenset()  # "contre X il y a un an": the compared period, a year before
    tally_words: frozenset = frozenset()     # "36 startups ont levé ... ce mois-ci": a monthly review's count
    tally_shares: frozenset = frozenset()    # "un tiers des montants": a share counts like a number in a tally
    count_nouns: frozenset = frozenset()     # "la base d'abonnés ... de 8,4 millions": what a bare amount counts
    canadian_words: frozenset = frozenset()  # "montréalaise", "Ottawa": an article set in Canada, where "$" is CAD
    central_african_words: frozenset = frozenset()  # "Cameroun", "Libreville": where "FCFA" is XAF, not XOF
    board_words: frozenset = frozenset()     # "directoire", "collège": a board before the name it governs (lower case)
    sector_words: frozenset = frozenset()    # "la Foodtech", "la FinTech": a sector, never a name (lower case)
    edition_names: frozenset = frozenset()   # "au MWC 2020", "les Game Awards 2019": an event's edition, no date
    demonyms: frozenset = frozenset()        # "le Singapourien Unabiz": a demonym before a name is not the name (lower case)
    subsidiary_places: frozenset = frozenset()  # "Orange Suisse", "Altice France": a company's national arm
    company_name_tails: frozenset = frozenset()  # "Tableau Software" ... "Tableau": what a name may drop
    currency_subunits: dict | None = None  # "cents" -> (ISO code, factor): "25 cents" is 0.25 USD
    fused_codes: dict | None = None  # a currency letter only after a scale: "21,1 ME" is 21.1 million EUR
    short_months: frozenset = frozenset()  # "jan", "sep": in ``months``, but a month only after a day number
    subunit_shared: dict | None = None  # "centimes" -> ("CHF",): the same sub-unit name in other currencies

    @classmethod
    def from_dict(cls, data: dict, where: str = "lexicon") -> "Lexicon":
        try:
            cur = data["currencies"]
            return cls(
                currency_words={k.lower(): v for k, v in cur["words"].items() if not k.startswith("_")},
                currency_exact={k: v for k, v in cur["exact"].items() if not k.startswith("_")},
                currency_subunits={k.lower(): (v[0], v[1]) for k, v in cur.get("subunits", {}).items()
                                   if not k.startswith("_")},
                scales=dict(data["scales"]["words"]),
                english_scales=dict(data["scales"]["english_scales"]),
                code_scales={k: v for k, v in data["scales"].get("before_code", {}).items()
                             if not k.startswith("_")},
                fused_codes={k: v for k, v in cur.get("fused", {}).items() if not k.startswith("_")},
                subunit_shared={k.lower(): tuple(v) for k, v in cur.get("subunit_shared", {}).items()
                                if not k.startswith("_")},
                money_cues=frozenset(data["money_cues"]),
                money_nouns=frozenset(data.get("money_nouns", ())),
                places=frozenset(data.get("places", ())),
                company_verbs=frozenset(data.get("company_verbs", ())),
                **{k: frozenset(data.get(k, ())) for k in NAME_TABLES},
                months={**data["months"], **{k: v for k, v in data.get("short_months", {}).items()
                                             if not k.startswith("_")}},
                short_months=frozenset(k for k in data.get("short_months", {}) if not k.startswith("_")),
                weekdays=dict(data["weekdays"]),
                seasons=dict(data["seasons"]),
                ordinals=dict(data["ordinals"]),
                period_parts=dict(data["period_parts"]),
                relative_days=dict(data["relative_days"]),
                units=dict(data["units"]),
                directions=dict(data["directions"]),
            )
        except (KeyError, TypeError, AttributeError) as e:
            raise PatternFileError(where, f"missing or malformed table {e}") from None

    def to_dict(self) -> dict:
        return {
            "currencies": {"words": self.currency_words, "exact": self.currency_exact, "fused": self.fused_codes or {},
                           "subunit_shared": {k: list(v) for k, v in (self.subunit_shared or {}).items()},
                           "subunits": {k: list(v) for k, v in (self.currency_subunits or {}).items()}},
            "scales": {"words": self.scales, "english_scales": self.english_scales,
                       "before_code": self.code_scales},
            "money_cues": sorted(self.money_cues),
            "money_nouns": sorted(self.money_nouns),
            "places": sorted(self.places),
            "company_verbs": sorted(self.company_verbs),
            **{k: sorted(getattr(self, k)) for k in NAME_TABLES},
            "months": {k: v for k, v in self.months.items() if k not in self.short_months},
            "short_months": {k: self.months[k] for k in sorted(self.short_months)},
            "weekdays": self.weekdays, "seasons": self.seasons,
            "ordinals": self.ordinals, "period_parts": self.period_parts,
            "relative_days": self.relative_days, "units": self.units, "directions": self.directions,
        }


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Read a lexicon file (default: the user's folder's, else the shipped one).

    A user's lexicon is layered over the shipped one: its tables replace the
    shipped tables of the same name, the others stay.
    """
    if path is None:
        user = user_patterns_dir()
        path = user / "lexicon.json" if user and (user / "lexicon.json").is_file() \
            else shipped_patterns_dir() / "lexicon.json"
    return _load(str(path))


def _read_json(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except OSError as e:
        raise PatternFileError(path, f"cannot read lexicon: {e.strerror}") from None
    except json.JSONDecodeError as e:
        raise PatternFileError(f"{path}:{e.lineno}", f"malformed JSON: {e.msg}") from None


@lru_cache(maxsize=8)
def _load(path: str) -> Lexicon:
    data = _read_json(path)
    try:
        shipped = shipped_patterns_dir() / "lexicon.json"
    except PatternFileError:
        shipped = None
    if shipped is not None and Path(path).resolve() != shipped.resolve():
        data = {**_read_json(str(shipped)), **data}   # a user's lexicon: its tables win
    return Lexicon.from_dict(data, path)
