"""Deal events (evaluation/ANNOTATION.md §2b): who raised how much from whom, who bought
whom, who was fined, read from the entities and the words of each sentence.

Rules over the resolved entities, not a dependency parse: the deal's parties are
where French news puts them (the subject ORG before the verb, the target after
it, `par` for the passive, `auprès de`/`mené par` for investors), and the
sentence splitter the pipeline already runs gives the clauses. The parse would
cost about a third of the pipeline's time per token for little gain on this
register. Trigger words and cues are data in ``patterns/deals.json``.

Each event is a dict ``{"type", "trigger": [start, end], "roles": {...}}`` with
character offsets into the Doc's text; a role is ``[start, end]`` of one of the
Doc's entities (a list of them for ``investors``), a word (``round``,
``status``), a phrase (``reason``) or None.
"""

from __future__ import annotations

import bisect
import json
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass, replace
import datetime as dt
from functools import cached_property, lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..gold.events import MAIN_ROLE, MONEY_ROLE, ROLES
from ..normalise.numbers_fr import parse_number
from ._serial import RESOLVED_ENTS, doc_text, resolved_ents

class _lazy:
    """A regular expression compiled the first time it is used, where ``re.compile`` would
    compile it at import: the rules hold some 200, and an article that states no deal uses a
    tenth of them (25 of the module's 183 on the benchmark's cold-start article), so a cold
    start need not pay for the others (about 0.09 s). Once compiled, the pattern's methods are
    the instance's own attributes: a call costs what it costs on a compiled pattern."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self._flags = pattern, flags

    def __getattr__(self, name: str):
        if name.startswith("__") or name == "_flags":
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for attr in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
                     "flags", "groups", "groupindex"):
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __reduce__(self):
        return _lazy, (self.pattern, self._flags)


if not Doc.has_extension("deals"):
    Doc.set_extension("deals", default=None)

# The guideline's roles (pipeline/gold/events.py), and a fine's reason, which is output but not scored.
ROLE_ORDER = {etype: (*roles, *(("reason",) if etype == "fine" else ())) for etype, roles in ROLES.items()}


@dataclass(frozen=True)
class Ent:
    start: int
    end: int
    label: str
    text: str
    key: str          # the canonical id for names, the surface otherwise
    amount: float | None = None
    currency: str | None = None
    year: int | None = None
    guessed: bool = False   # a PRODUCT no list holds: often a company in deal news
    value: str | None = None   # a DATE's normalised value
    until: str | None = None   # the last day of a DATE that is a range ("du 24 au 28 juin")

    @property
    def company_like(self) -> bool:
        """An ORG, or a name no list holds that was read as a product: a possible party."""
        return self.label == "ORG" or self.guessed


# How far past an anaphora of the deal ("L'opération", "la jeune pousse") its date may stand, in a
# sentence that speaks of the deal again: the sentence after a round, the lead after a headline
_ANAPHORA_REACH = 40


def _one_name(x: str, y: str) -> bool:
    """Whether two names are one: the same, or one is the other and more words ("Facebook",
    "Facebook Ireland"), whatever their case."""
    x, y = x.casefold(), y.casefold()
    return x == y or x.startswith(y + " ") or y.startswith(x + " ")


def _alternation(words: list[str], flags=re.I) -> re.Pattern:
    # a word ends where a letter is not followed by one, or on its elision ("auprès d'Elaia")
    return _lazy(r"(?<!\w)(?:" + "|".join(words) + r")(?:(?<!\w)|(?!\w))", flags)


class _AnyOf:
    """Patterns asked in turn whether any occurs, where one alternation of them all would be:
    Python compiles the union of the three types' triggers in about 60 ms of every cold start, the
    three alone in 18."""

    def __init__(self, patterns: list[re.Pattern]):
        self.patterns = patterns

    def found(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether any of the patterns occurs in ``text[pos:endpos]`` (the first one found ends the search)."""
        return any(p.search(text, pos, endpos) is not None for p in self.patterns)


class DealRules:
    """The compiled contents of one ``deals.json``."""

    def __init__(self, data: dict):
        types = data["types"]
        self.triggers = {t: _alternation(v["triggers"]) for t, v in types.items()}
        self.any_trigger = _AnyOf(list(self.triggers.values()))
        self.weak = {t: _alternation(v["weak_triggers"]) if v.get("weak_triggers") else None for t, v in types.items()}
        self.into = {t: _alternation(v["into_triggers"]) if v.get("into_triggers") else None for t, v in types.items()}
        self.objects = {t: _alternation(v["object_triggers"]) if v.get("object_triggers") else None
                        for t, v in types.items()}
        self.sellers = {t: _alternation(v["seller_triggers"]) if v.get("seller_triggers") else None
                        for t, v in types.items()}
        cue = {k: _alternation(v) for k, v in data.items() if isinstance(v, list) and not k.startswith("_")}
        self.cue = cue
        # (not an acronym that opens a longer one: "CMA CGM", the shipping group, is no CMA)
        self.authority = _lazy(r"(?<!\w)(?:" + "|".join(data["authority_words"]) + r")(?!\w)(?! (?-i:[A-Z]{2,})\b)")
        # a fine's target named by its kind after "à" ("à la société Kervalo", "à l'opérateur Orange"):
        # the optional kind, as a piece of the patterns that read it
        kinds = data.get("target_kinds", ())
        # (and up to two words that qualify it: "à l'opérateur historique", "à la banque en ligne")
        kind = r"(?:(?:" + "|".join(kinds) + r")(?:\s+[a-zà-ÿ-]+){0,2}?\s+)?" if kinds else ""
        # one more name of a fine's list of targets ("à MTN, Orange et Nexttel, et à la société
        # publique Camtel")
        self.next_target = _lazy(r"\s*(?:,|et|,\s*et)\s*(?:à\s+)?(?:l['’]|le |la )?" + kind)
        # what comes between a fine's verb and its target ("a infligé une amende à l'opérateur")
        # ("une nouvelle amende d'un montant de 9,2 millions d'euros à la banque en ligne N26": elided words too)
        words = r"(?:\w+(?:['’]\w+)?\s+){0,8}?"
        # ("aux trois opérateurs mobiles MTN, Orange et Nexttel": a count before the kind, plural,
        # which names them; not a plural kind alone, "visant les opérateurs mobiles", no one company)
        kinds_named = r"(?:(?:" + "|".join(k + "s?" for k in kinds) + r")(?:\s+[a-zà-ÿ-]+){0,2}?\s+)?" if kinds else ""
        self.fine_to = _lazy(r"\s*" + words + r"(?:à|contre|à l['’]encontre d[eu']|visant|aux?)\s*"
                                  r"(?:l['’]|le |la |les )?(?:(?:deux|trois|quatre|cinq|six|\d+)\s+)?" + kinds_named + "$")
        # a target named by its kind alone, after the verb ("a infligé une amende au géant
        # américain", "a condamné le réseau social à"): the company told of
        bare_kind = r"(?:" + "|".join(kinds) + r")(?!\w)" if kinds else r"(?!)"
        self.fine_to_kind = _lazy(
            r"\s*(?:" + words + r"(?:(?:à|contre|visant)\s+(?:l['’]|le |la |les )|au |aux |"
            r"à l['’]encontre (?:du |des |de (?:l['’]|la )))|(?:l['’]|le |la |les ))" + bare_kind)
        # ... and between an amount and the one who pays it ("150 M€ à Google"), or, in a list the
        # verb announces by a colon, the one it is for ("a infligé ces pénalités : 1,494 million
        # d'euros pour BNP Paribas, 1,168 million d'euros pour La Banque Postale")
        # ("256 millions à la charge d'Orange, 220 millions à celle de SFR": a total's breakdown)
        self.amount_to = _lazy(r"\s*(?:d['’]amende\s*)?(?:à (?:la charge|celle) d(?:e |['’]|u |es )|à|au"
                                    r"|à l['’]encontre d(?:e |['’]|u |es ))\s*"
                                    r"(?:l['’]|le |la |les )?" + kind)
        self.amount_for = _lazy(r"\s*pour\s+(?:l['’]|le |la |les )?" + kind)
        # the fund an investor raises for itself, right after the raising word: an amount, "pour" or
        # "de", then a determiner and up to two words ("un nouveau fonds", "pour son quatrième fonds");
        # not "des fonds" (a company's fundraising)
        fund = data.get("own_fund_cues")
        self.own_fund = _lazy(r"\s*(?:MONTANT\s+)?(?:(?:pour|de|d['’])\s*)?(?:un|son|sa|leur|ce|cet|le|la)\s+"
                                   r"(?:[\w'’-]+\s+){0,2}?(?:" + "|".join(fund) + r")(?!\w)", re.I) if fund else None
        # stock markets, news agencies, data providers: named beside deals, never a party to one
        self.not_parties = {w.lower() for w in data.get("not_parties", [])}
        self.round = _lazy(r"(?i)(?<!\w)(?:s[ée]ries?\s+((?-i:[A-H]))(?![\w'’-])|(pr[ée][- ]?(?:amorçage|seed))|"
                                r"(amorçage|seed)(?!\w)|(bridge)(?!\w))")


@lru_cache(maxsize=4)
def load_rules(path: str) -> DealRules:
    from ..errors import PatternFileError

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return DealRules(data)
    except (OSError, ValueError, KeyError, re.error) as e:
        raise PatternFileError(path, f"cannot read the deal rules: {e}") from None


# what stands right before a trigger that opens no new deal: "qui", "pour", "afin de", "avant d'en"
# ("Sprints Capital (connu pour avoir investi chez Vinted)": an infinitive of the past too)
# (a relative clause may hold a few words before its verb: "ce qui lui a permis de prendre le contrôle")
_BOUND_VERB = _lazy(r"(?:\bqui(?:\s+[\w'’]+){0,4}|\bpour(?:\s+avoir)?|\bafin\s+d[e'’]|\bavant\s+d(?:e|['’]\s*en|['’]))\s*$",
                         re.I)

# what may stand between a name and the verb it is the subject of ("Quintar s'empresse")
_CLITICS = frozenset(["ne", "n'", "se", "s'", "lui", "leur", "l'", "le", "la", "les", "en", "y"])


def _finite_verb(tok) -> bool:
    """Whether the token is a finite verb; not the noun of ``jeune pousse`` (a start-up), which
    the tagger reads as ``pousser`` ("Cisco a racheté la jeune pousse allemande ParStream")."""
    return tok.pos_ in ("VERB", "AUX") and tok.morph.get("VerbForm") == ["Fin"] and not (
        tok.lower_ in ("pousse", "pousses") and tok.i and tok.doc[tok.i - 1].lower_ in ("jeune", "jeunes")) \
        and not _time_ago(tok)


# what follows `il y a` when it tells a time ago ("a acquis il y a peu deux sociétés suisses")
_AGO = frozenset("""peu longtemps quelques plusieurs un une deux trois quatre cinq six sept huit neuf dix onze
douze quinze vingt trente cent""".split())


def _time_ago(tok) -> bool:
    """Whether the token is the verb of `il y a` telling a time ago, an adverbial, no clause."""
    doc, i = tok.doc, tok.i
    return tok.lower_ == "a" and i >= 2 and doc[i - 1].lower_ == "y" and doc[i - 2].lower_ == "il" \
        and i + 1 < len(doc) and (doc[i + 1].lower_ in _AGO or doc[i + 1].like_num)


def _future_or_conditional(tok) -> bool:
    return bool({"Fut", "Cnd"} & set(tok.morph.get("Tense") + tok.morph.get("Mood")))


# the verbs that put a deal to come before its past infinitive ("doit avoir bouclé")
_TO_COME = frozenset("""va vont allait allaient ira iront doit doivent devait devaient devra devront devrait
    devraient peut peuvent pouvait pouvaient pourra pourront pourrait pourraient veut veulent voulait
    voulaient compte comptent envisage envisagent souhaite souhaitent espère espèrent""".split())
# what puts a verb in the infinitive as another's complement ("permet au géant de mettre la main sur")
_INFINITIVE_MARK = _lazy(r"(?:\bde|\bd['’]|\bà)\s*$", re.I)

# what leads from a round's noun to the company that raised it: "levée de 3 millions pour ",
# "tour de table de ", "nouvelle ronde de financement record pour " (its amounts read as MONTANT)
_FOR_COMPANY = _lazy(r"\W*(?:\w+\W+){0,3}?(?:pour|de|d['’]|chez)\s*")
# the money a round brought to a company: "qui avait apporté 17,5 millions à Spark"
# ("Les deux plus gros tours de table (500 millions d'euros chacun) ont été attribués à Doctolib et Ecovadis")
_GIVEN_TO = _lazy(r"\W*(?:MONTANT(?:\s+chacune?s?)?\s*\)\s*)?(?:qui\s+)?"
                       r"(?:(?:a|avait|ont|avaient|va|vont)\s+)?(?:été\s+)?(?:apport|accord|octroy|attribu)\w*"
                       r"\s+(?:MONTANT\s+)?(?:à|au)\s+(?:la |le |l['’])?(?:[\w-]+\s+){0,2}?")


# a company's kind between a preposition and its name: "pour l'entreprise montréalaise ", "de la start-up "
_KIND_BEFORE_NAME = _lazy(r"(?<!\w)(?:la|le|l['’]|du)\s*[\w-]+(?:\s+[\w-]+){0,2}\s*$", re.I)


# an investment "dans" the company described, not named: "dans la start-up française"
_INTO_DESCRIBED = _lazy(r"(?:\s*(?:[\w'’-]+\s+){0,4}?)?\s*dans\s+(?:la|cette|l['’])\s*"
                             r"(?:start-?up|jeune pousse|société|entreprise|pépite|fintech|licorne|scale-?up)\b", re.I)


# the relative that names what money goes into ("Coveo, dans laquelle Evergreen Coast Capital a
# investi", "EBI, où le Fonds de solidarité FTQ a injecté")
_INTO_WHICH = _lazy(r"\s*,?\s*(?:dans\s+(?:laquelle|lequel|lesquelles|lesquels)|où)\s+")
# "y" before an investing verb: into the company told of ("y investit", "y a injecté")
_INTO_IT = _lazy(r"(?<!\w)y\s+(?:(?:a|ont|avait|avaient|aurait)\s+)?$")


# the end of a wire's dateline: "(Reuters) - ", "(Agence Ecofin) — "
_DATELINE_END = _lazy(r"\)\s*[-–—]")


# the auxiliary of a passive right before a participle ("a été rachetée", "sont acquises")
_PASSIVE = _lazy(r"(?:(?:a|ont|avait|avaient|aura|auront)\s+(?:déjà\s+|finalement\s+)?été|est|sont|était|étaient|sera|seront"
                      r"|vien(?:t|nent)\s+d['’]\s*être)\s+$", re.I)
# the investors named after a colon: "auprès d'un pool d'investisseurs de prestige : Amadeus, ..."
_INVESTORS_LISTED = _lazy(r"[^.;:!?]{0,40}\binvestisseurs\b[^.;:!?]{0,30}:\s*(?:l['’]|le |la |les )?")
# a round's leads told first: "Menée par A-moon et Hitachi Ventures, la série F ..."
_FRONTED_LEAD = _lazy(r"\s*(?:co-?)?(?:men|emmen|pilot|dirig|orchestr)ée?s?\s+par\s|\s*conduite?s?\s+par\s", re.I)
# a name that takes part in a round named after it: "a mené le tour de table", ", déjà au capital depuis
# août 2017, a participé de nouveau au tour de table", "ont également contribué à l'opération"
_JOINED_ROUND = _lazy(r"(?:\s*,[^.;:]{0,60},)?\s*(?:a|ont|avait|avaient)\s+(?:(?:également|aussi|déjà|de\s+nouveau|"
                           r"à\s+nouveau)\s+)*(?:co-?)?(?:mené|piloté|dirigé|participé|pris\s+part|contribué)\s+"
                           r"(?:(?:également|aussi|de\s+nouveau|à\s+nouveau)\s+)*(?:à\s+l['’]|à\s+la\s+|à\s+cette\s+|à\s+cet?\s+|au\s+|"
                           r"l['’]|le\s+|la\s+|ce\s+|cet\s+|cette\s+)\s*(?:nouveau\s+|nouvelle\s+|dernier\s+|dernière\s+)?"
                           # ("ont pris part à ce tour dit de série C": the series named after the round's noun)
                           r"(?:tour\s+(?:de\s+table\s+)?(?:dit\s+)?(?:de\s+)?)?", re.I)
# the preposition that opens a fronted clause stating a round, its subject after the comma
# a fronted clause of what a company has: "Avec 105 millions d'euros levés", "Grâce aux 20 millions obtenus"
_FRONTED_WITH = _lazy(r"\W*(?:avec|grâce\s+aux?|grâce\s+à)\s", re.I)
_FRONTED = _lazy(r"\W*(?:(?:avec|malgré|grâce\s+aux?|grâce\s+à|après|suite\s+à)\s|fortes?\s+d(?:['’]|e\s))", re.I)


# a fronted clause that tells where a company comes from, before its anaphoric subject: "Née à
# l'Inria Startup Studio de Lille, la jeune pousse ...", "Fondée par d'anciens de Google, elle ..."
_FRONTED_ORIGIN = _lazy(r"\W*(?:n[ée]e?s?|fond[ée]e?s?|cr[ée]{2}e?s?|bas[ée]e?s?|install[ée]e?s?|issue?s?|"
                             r"incub[ée]e?s?|lanc[ée]e?s?|essaim[ée]e?s?)\s", re.I)
# a fronted clause that compares or sets a time, before an anaphoric subject: "Comme Datavolt, la
# start-up ...", "Avant Airtel Sierra Leone, l'opérateur français avait officialisé le rachat de ...",
# "Après l'échec de son offre sur Datavolt, le groupe a racheté ..."
_FRONTED_ASIDE = _lazy(r"\W*(?:avant|après|comme|tout\s+comme|outre|contrairement\s+(?:à|au|aux)|à\s+l['’]instar\s+d|"
                            r"face\s+(?:à|au|aux)|malgré|grâce\s+(?:à|au|aux)|suite\s+(?:à|au|aux)|à\s+la\s+suite\s+d|"
                            r"au-delà\s+d|parallèlement\s+(?:à|au|aux)|dans\s+la\s+foulée\s+d|lors\s+d)", re.I)
# a concessive clause: "alors que", "tandis que", "bien que", "même si"
_CONCESSIVE = _lazy(r"\b(?:alors qu|tandis qu|bien qu|même s)(?:e\b|['’]|i\b)", re.I)
# A comma, then a relative pronoun and a verb ending at a person: the person is the inverted
# subject of an aside ("Nexthink, que dirige Pedro Bados, a levé"), not the one the verb after it has.
_INVERTED_SUBJECT = _lazy(r",\s*(?:que|qu['’]|dont|où)\s+(?:[\w'’-]+\s+){1,3}$")
# a stake whose words name no company after them: the capital is the company's told of
_OWN_CAPITAL = _lazy(r"(?i)(?:son|leur)\s+capital$|la\s+majorité$|pris\s+pied\s+au\s+capital$")
# a company described before its name, in apposition after a comma ("une autre pépite française de la finance, ")
_DESCRIBED_APPOSITION = _lazy(r"\s*(?:une?|la|le|l['’]|deux|trois|quatre|cinq|plusieurs)\s*(?:[\w'’-]+\s+){1,7}?[\w'’-]+\s*,\s*", re.I)
# a verb of taking part in a round, before the round's words ("en participant au tour d'", "a pris part à la",
# "participe aussi à la")
# ("Alibaba a mené un tour de table d'1 milliard de dollars dans Moonshot AI": a verb of leading it)
_TAKES_PART = _lazy(r"(?<!\w)(?:(?:particip\w*|pris\s+part|prend(?:re)?\s+part|prennent\s+part)\s+"
                         r"(?:(?:aussi|également|notamment|déjà|de\s+nouveau|à\s+nouveau)\s+)?"
                         r"(?:au|à(?:\s+la|\s+l['’]|\s+cet?|\s+cette|\s+une?)?)|(?:co-?)?(?:men|pilot|dirig|conduit|emmen)é\s*"
                         r"(?:un|une|le|la|l['’]|ce|cette)?)\s*"
                         r"(?:(?:tour|levée|opération)\s+(?:de\s+table\s+|de\s+fonds\s+)?(?:d['’]\s*|de\s+))?$", re.I)
# a fine named again by its noun, then the verb that gives its amount ("la sanction s'élève à")
_FINE_AMOUNT_TOLD = _lazy(r"(?i)(?<!\w)(?:l['’]amende|la\s+sanction|la\s+pénalité|le\s+montant\s+de\s+"
                               r"(?:l['’]amende|la\s+sanction))\s+(?:[\w-]+\s+){0,2}?(?:s['’]élève|atteint|se\s+monte|"
                               r"s['’]établit|est\s+de|représente)\w*")
# the opening of a gerund clause: "En levant ...", "En annonçant ..."
# a relative pronoun for what was bought, its buyer named by its kind or a pronoun, then the
# auxiliary of a compound past ("Moves, que le réseau social avait racheté", "qu'il a acquis")
_RELATIVE_ANAPHOR = _lazy(r",\s*(?:que\s+|qu['’]\s*)(?:(?:le|la|l['’])\s*(?:[a-zà-ÿ-]+\s+){1,2}?|il\s+|elle\s+)"
                               r"(?:a|avait|ont|avaient)\s+(?:(?:déjà|aussi|également|lui-même|elle-même)\s+)?$", re.I)
# a takeover's participle that may open a sentence ("Racheté par Microsoft ..., Nokia")
_FRONTED_PARTICIPLE = _lazy(r"(?:rachet|repris|acquis|aval|absorb|englout|achet)\w*", re.I)
# ... or its noun after a possessive and a preposition of time ("Depuis sa reprise par Intel,
# Lemoptix", "Un an après son rachat par Vivendi, où en est Dailymotion ?")
_FRONTED_NOUN = _lazy(r"(?:rachat|acquisition|reprise|absorption)", re.I)
_FRONTED_POSSESSIVE = _lazy(r"[\s*_#>-]*(?:[\w'’-]+\s+){0,3}?(?:depuis|après|avant|dès|lors\s+de|suite\s+à)\s+"
                                 r"(?:son|sa|leur)\s+(?:[\w-]+\s+)?", re.I)
_GERUND_EN = _lazy(r"\W*en\s+", re.I)
_AFTER_HAVING = _lazy(r"\W*(?:[\w'’-]+\s+){0,3}?après\s+avoir\s+(?:(?:déjà|récemment|notamment)\s+)?", re.I)
# the company a person raises for: "pour lancer sa propre maison Les Nouveaux Éditeurs"
_FOUNDED_FOR = _lazy(r"\s*pour\s+(?:lancer|créer|fonder|développer|financer)\s+(?:sa|son|leur)\s", re.I)
# what joins a person's role to the company's name: "PDG d'Element AI", "fondateur de la société X"
_OF_THE_COMPANY = _lazy(r"\s+d(?:e\s+|['’]|u\s+)(?:la |le |l['’])?")
# the stakes the named ones hold, bought from them: "rachète les participations des fonds historiques X et Y"
_HOLDERS_STAKE = _lazy(r"\s*(?:au\s+préalable\s+|aussi\s+|également\s+)?(?:les|la|sa|ses|leurs?)\s+"
                            r"(?:participations?|parts|actions|titres)\s+(?:détenue?s?\s+par\s+|de\s+|des\s+|du\s+|d['’])"
                            r"(?:l['’]|la\s+|le\s+|les\s+)?(?:[a-zà-ÿ-]+\s+){0,3}", re.I)
# an amount named to compare with another: "nettement plus élevé que les 484 millions de dollars"
_COMPARED_AMOUNT = _lazy(r"(?i)\b(?:que|qu['’]|contre)\s+(?:les?|la|l['’]|ses|des|ceux\s+de|celui\s+de)?\s*$")
# what a buyer named first buys: "par Nvidia | de la start-up israélienne | Run:ai"
_OF_THE_BOUGHT = _lazy(r"\s*,?\s*(?:de|d['’]|du|des)\s*(?:la |le |les |l['’])?(?:[\w'’-]+\s+){0,4}?")
# whom a thing is bought from, named in apposition: "rachetait Giphy à son propriétaire actuel, Meta"
_FROM_OWNER = _lazy(r"(?:\bà|\bauprès\s+d(?:e|u|es|['’]))\s+(?:son|sa|ses|leurs?)\s")
# "entre", "entrent": the verb of "entre au capital", which the tagger often reads as a preposition
_ENTERS = _lazy(r"(?i)entr(?:e|ent)")
# an object pronoun before a deal's verb: "qui en a fait l'acquisition", "Datavolt l'a racheté"
_CLITIC_OBJECT = _lazy(r"(?<![\w'’])(?:en|l['’])\s*(?:a|ont|avait|avaient|aura|auront|avoir)\s+"
                            # ("KKR en avait lui-même pris le contrôle en 2015")
                            r"(?:(?:lui-même|elle-même|eux-mêmes|déjà|aussi|également|alors|finalement|ensuite)\s+)?"
                            r"(?:fait\s+l['’]\s*)?$")
# a stake in the capital that names no company ("Mannai avait acquis 99 % du capital"): the company told of's
_STAKE_OF_IT = _lazy(r"\s+(?:(?:près|plus) de\s+|environ\s+)?(?:\d+(?:[,.]\d+)?\s*%|la\s+(?:totalité|majorité))"
                          r"\s+du\s+capital(?!\s+d(?:e|u|es|['’]))", re.I)
_OWNER_OF = _lazy(r"(?i)(?<!\w)(?:filiale|maison[- ]mère|détenue?s?(?:\s+\w+)?\s+par)\s+(?:d['’]\s*|de\s+|du\s+|des\s+)?(?:l['’]|le |la |les )?(?:[\w-]+\s+){0,2}$")
_WITH_PARTY = _lazy(r"(?<!\w)avec\s+(?:l['’]|le |la |les )?(?:[\w-]+\s+){0,2}$")
_MAJOR_CURRENCIES = frozenset({"EUR", "USD", "GBP", "CHF"})
# a participle in the passive or in apposition ("est cédée", "a été vendue", ", cédée"), not after
# `avoir` ("a cédé": its subject sells)
_PASSIVE_BEFORE = _lazy(r"(?:\b(?:est|sont|était|étaient|été|fut|furent|sera|seront)\s+(?:[\w'’-]+\s+){0,2}|,\s*)$")
# who buys what is sold, after "à": "cède Worldgrid à Alten", "vendue au groupe X" (the buyer may
# be described first: "au cabinet de conseil en ingénierie français Alten", "à son concurrent français
# Worldline")
_TO_BUYER = _lazy(r"(?:(?:à|au|aux)\s+(?:l['’]|le |la |les |son |sa |leurs? )?(?:[\w-]+\s+){0,2}"
                       r"|(?:au|aux|à\s+(?:l['’]|la |les |son |sa |leurs? ))\s*(?:[a-zà-ÿ-]+\s+){3,6})$")
# a valuation named after its amount: "porte à 6 milliards d'euros la valorisation de l'entreprise"
_VALUATION_AFTER = _lazy(r"\s*(?:la|sa|leur)\s+valoris", re.I)
# a deal's own worth, where `valeur` elsewhere values the company ("valorisée à", "une valeur de
# 2 milliards" for a round): "une transaction d'une valeur de 27,7 milliards de dollars"
_DEAL_WORTH = _lazy(r"(?:accord|transaction|opération|contrat|deal|offre)\s+d['’]une\s+valeur\s+"
                         r"(?:totale\s+|globale\s+|estimée\s+)?(?:de\s+|d['’])(?:près\s+de\s+|environ\s+)?$", re.I)


# a possessive right before a deal's noun: "son rachat", "sa précédente acquisition"
_ITS = _lazy(r"(?<![\w'’])(?:son|sa)\s+(?:[\w-]+\s+)?$", re.I)
_POSSESSIVE = _lazy(r"(?<![\w'’])(?:son|sa|ses|leur|leurs)\s+(?:[\w-]+\s+)?$", re.I)


# a demonstrative right before a deal's noun: "ce rachat", "cette acquisition"
_DEMONSTRATIVE = _lazy(r"(?<![\w'’])(?:ce|cet|cette)\s+$", re.I)


# a pronoun object right before a fine's verb: "lui avait infligé", "l'a condamnée"
_PRONOUN_RECEIVED = _lazy(r"(?<![\w'’])(?:il|elle)\s+(?:a|avait|aura)\s+(?:(?:déjà|aussi|également)\s+)?"
                               r"(?:reçu|pris|essuyé|subi|encaissé)\s+(?:une|un|la|le)\s+(?:\w+\s+)?$", re.I)
_CLITIC = _lazy(r"(?<![\w'’])(?:lui|leur|l['’]|les)\s*(?:(?:a|ont|avait|avaient|aura|auront)(?:\s+déjà)?\s+)?$", re.I)


# a relative clause's deal word, right after its "qui" ("Indy, qui a décroché 40 M€", "K Health,
# qui a décroché elle aussi 25 millions", "Salesforce qui avale Tableau"): what stands between
# the pronoun and the deal word
_RELATIVE_DEAL = _lazy(r"(?:,\s*|\s+)qui\s+(?:(?:a|ont|avait|avaient|aura|auront|vient|viennent|venait|s['’]est|"
                            r"se\s+sont|s['’]était)\s+)?(?:(?:déjà|aussi|également|récemment|pour\s+sa\s+part|de|d['’])\s*){0,3}$",
                            re.I)
# what may stand between that clause's name and its comma: nothing, brackets, or an aside of its
# own ("Optibus, dont l'algorithme optimise les transports publics, qui a obtenu 40 millions")
# ("Actility, spécialiste des réseaux IoT à bas débit, qui bouclait 71 M€": an apposition too)
_BEFORE_RELATIVE = _lazy(r"\s*(?:\([^()]{0,80}\))?\s*(?:,\s*(?:dont\s[^,;:()]{1,100}|(?!qui\b)[a-zà-ÿ][^,;:()\d]{1,60}))?")
# a further company a stake goes into: its own `dans` after a joint, a few words before its name,
# the previous one's aside between (", qui fournit des services énergétiques, et dans")
_FURTHER_INTO = _lazy(r"(?:\s*,[^,;:()]{1,90})?\s*,?\s*(?:et|ainsi\s+que|puis|ou|comme)\s+dans\s+"
                           r"(?:[\w'’-]+\s+){0,6}?", re.I)
# a bet on companies ("a déjà misé sur"), and what joins the next company it is on
_BET = _lazy(r"misé$")
_FURTHER_ON = _lazy(r"(?:\s*,[^,;:()]{1,90})?\s*(?:,|,?\s*et|,?\s*ainsi\s+que|,?\s*puis)\s+(?:sur\s+)?"
                         r"(?:(?:l['’]|le\s+|la\s+|les\s+)?(?:[\w'’-]+\s+){0,4}?)", re.I)
# what says deals are to come ("va réaliser", "prévoit", "envisage", "devrait")
_DEALS_TO_COME = _lazy(r"(?i)\b(?:va|vont|allait|prévoi\w*|compt\w*|veu\w*|souhait\w*|projet\w*|envisag\w*|"
                            r"devr\w*|pourr\w*|vis\w*)\s")
# what may open a clause before its subject: markup, a short adverbial and its comma ("En 2019, ")
_OPENING_ADVERBIAL = _lazy(r"([\s*_#>-]*)(?:[^,.;:\n]{1,30},\s*)?")
# after an anaphoric subject, the words that describe it and the comma that opens an aside ("la
# société de biotechnologie, issue de l'"); then the aside's rest up to its closing comma, and an
# auxiliary or an adverb before the verb
_ANAPHOR_ASIDE_OPENS = _lazy(r"(?:\s+[\w'’-]+){0,4}\s*,([^,;:()]{0,60})")
_ANAPHOR_ASIDE_CLOSES = _lazy(r"[^,;:()]{0,40},\s*(?:[\w'’-]+\s+){0,3}")
# a takeover noun in the plural, which may announce a list of its targets
_PLURAL_DEAL = _lazy(r"(?i)(?:acquisitions|rachats|achats)")
# what opens that list: a few words (the buyer after `par`), then a colon or a bracket
_LIST_OPENING = _lazy(r"[^.;:()\n]{0,60}?\s*([:(])\s*")
# between two targets of such a list: a comma or a joint, with a few words of what the one before
# is or where ("Deck13 Interactive en Allemagne, Douze Dixièmes à Paris ou encore Carpool"), or its
# month in brackets ("Rayonnance (mai 2014), ASP Serveur (août 2014)")
_LIST_ITEM_GAP = _lazy(r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:en|à|au|aux)\s+[\w-]+(?:\s+[\w-]+)?)?(?:\s*,\s*[^,;:()]{1,45}?(?=\s*,))?"
                            r"\s*(?:,\s*|\s+)(?:(?:et|ou|puis)(?:\s+encore)?\s*,?\s*)?"
                            r"(?:(?:plus\s+près\s+de\s+nous|enfin|surtout)\s*,\s*)?(?:(?:le|la|l['’]|les)\s*(?:[\w-]+\s+)?)?", re.I)
# what opens a list's next item before its name (", et Orange, qui ...", ", Salesforce qui ...")
_CLAUSE_JOINT_BEFORE = _lazy(r"(?:[,;:]|\bet|\bpuis|\bou)(?:\s+encore)?\s*$")


def _guessed(source: str) -> bool:
    """A PRODUCT read by the NER or by a form ("la plateforme de vidéo Streamia"), not listed."""
    return source == "model" or source.split(":")[0].endswith("_forms.jsonl")


def _ents(doc, ents, services: frozenset = frozenset()) -> list[Ent]:
    """The entities as (start, end, label), the resolver's list when it left one. A product
    in ``services`` (a company's service by its name, `Facebook`) may be a party, as a guessed one."""
    text, norms, sources = doc_text(doc), doc._.norms or {}, doc._.sources or {}
    out = []
    for start, end, label in ents:
        if label not in ("ORG", "MONEY", "DATE", "PRODUCT"):
            continue
        surface = text[start:end]
        norm = norms.get(f"{start}:{end}:{label}") or {}
        year = None
        if label == "DATE" and str(norm.get("value", ""))[:4].isdigit():
            year = int(norm["value"][:4])
        out.append(Ent(start, end, label, surface,
                       str(norm.get("id") or surface) if label in ("ORG", "PRODUCT") else surface,
                       norm.get("amount") if label == "MONEY" else None,
                       norm.get("currency") if label == "MONEY" else None, year,
                       label == "PRODUCT" and (_guessed(sources.get(f"{start}:{end}:{label}", ""))
                                               or str(norm.get("id") or surface) in services),
                       str(norm.get("value")) if label == "DATE" and norm.get("value") else None,
                       str(norm.get("end")) if label == "DATE" and norm.get("end") else None))
    # a guessed product named after a company of the article ("Ripple Custody", "Quadient AR",
    # beside Ripple and Quadient) is that company's product, no party of its own
    orgs = {e.text for e in out if e.label == "ORG"}
    return [replace(e, guessed=False) if e.guessed and " " in e.text and e.text.split(" ", 1)[0] in orgs else e
            for e in out]


def _figures(text: str) -> int:
    """How many significant figures an amount is written with: "1,84 milliard" 3, "1,8" 2,
    "500 millions" 1, "deux milliards" (a word) 1."""
    m = re.search(r"\d[\d\s.,]*", text)
    if m is None:
        return 1
    digits = re.sub(r"\D", "", m.group()).lstrip("0")
    if "," not in m.group():
        digits = digits.rstrip("0")     # "500": the zeros of a round number are no figures
    return max(1, len(digits))


def _rounded(amount: float, figures: int) -> float:
    return float(f"{amount:.{figures}g}")


def _truncated(amount: float, figures: int) -> float:
    if amount <= 0:
        return amount
    scale = 10 ** (math.floor(math.log10(amount)) - figures + 1)
    return float(f"{math.floor(amount / scale + 1e-9) * scale:.{figures}g}")


def _is_count(word: str) -> bool:
    """"3", "trois": a count of rounds; "des", "les": none."""
    n = parse_number(word)
    return n is not None and n > 1


_RESPECTIVELY = _lazy(r"(?i)(?<!\w)respectiv(?:ement|es?|s)(?!\w)")   # "respectivement", "des amendes respectives de"


def _period_start(value: str) -> dt.date | None:
    """The first day of a week (`2020-W38`), a month (`2022-08`), a quarter (`2023-Q3`) or a
    half (`2023-H1`); None for a day, a year..."""
    try:
        if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
            return dt.date(int(m[1]), int(m[2]), 1)
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            return dt.date(int(m[1]), 3 * int(m[2]) - 2, 1)
        if m := re.fullmatch(r"(\d{4})-H([12])", value):
            return dt.date(int(m[1]), 6 * int(m[2]) - 5, 1)
        if m := re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1)
    except ValueError:
        return None
    return None


def _days_of_a_week(value: str, until: str) -> dt.date | None:
    """The first day of a range of days (``value`` to ``until``) that lies within one week (`du
    24 au 28 juin`, a weekly review's days); None for a longer range."""
    try:
        first, last = dt.date.fromisoformat(value), dt.date.fromisoformat(until)
    except ValueError:
        return None
    return first if first <= last and first.isocalendar()[:2] == last.isocalendar()[:2] else None


# where a clause joined to the one before starts: " et discute", ", puis rachète"
# a bracket that opens an aside of two words or more ("(la levée précédente"; not "(OPA)")
_ASIDE_BRACKET = r"\((?=\s*\w+\W+\w)"
# (not a decimal comma: "1,025 million d'euros (la levée précédente ...)"; a bracket opens an aside)
_CLAUSE_JOINT = _lazy(r"\s+(?:et|mais|puis)\s+|[,;](?!\d)\s*|\s*" + _ASIDE_BRACKET)


# a takeover offer named by its noun ("l'OPA de Vivendi", "son offre publique d'achat")
_OFFER_WORD = _lazy(r"(?i)OPA|offre (?:publique )?d['’]achat|offres?")


# "un investissement de série A", "un investissement en série B": the round named with the word
_ROUND_NAMED = _lazy(r"(?i:s[ée]rie)\s+[A-H]\b")


# "Ombrine, que Velouria", "Lyrae, qu'Ampéra Mobilité", "X, que le groupe américain Y": the
# relative pronoun between what was bought and its buyer; an apposition may name its kind first
# ("DeepMind, le laboratoire que Google a racheté")
_RELATIVE_OBJECT = _lazy(r"\s*[,(]?\s*(?:(?:l['’]|le |la |les |un |une )[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+)?"
                              r"(?:que\s+|qu['’]\s*)(?:l['’]|le |la |les )?(?:[\w-]+\s+){0,3}?")

# the amount a fine's verb gives before naming whom it fines ("a sanctionné à hauteur de 20
# millions d'euros l'américain Clearview AI"): no payee after a sum to pay, as in "condamne X à
# verser N à Y"
_AMOUNT_ASIDE = _lazy(r"\s*,?\s*(?:à\s+hauteur|pour\s+un\s+montant)\s+d(?:e\s+|['’]\s*)MONTANT\s*,?\s*"
                           r"(?:(?:l['’]|le\s+|la\s+|les\s+)?[\w'’-]+\s+){0,3}?(?:l['’]|le\s+|la\s+|les\s+)?")

# what joins two names of a list: "X, Y et Z"; with an apposition after each ("HysetCo, spécialiste
# de la mobilité hydrogène, et Pigment"); or "ainsi que" ("Amazon, ainsi que Google"); "ou encore"
# closes a list as "et" does ("Facebook, Twitter ou encore Google")
_LIST_JOINT = _lazy(r"\s*(?:,|et|,?\s*ou\s+encore|,?\s*ainsi\s+que)\s*")
# the same, each name with its kind in brackets ("Latitude (micro-lanceurs), Greenerwave (antennes) et")
_LIST_JOINT_BRACKETS = _lazy(r"\s*(?:\([^()]{0,60}\)\s*)?(?:,|et|,\s*et)\s*")
# a fine two companies share ("Orange et SFR se voient condamnés ensemble à payer 183 millions"): one told
_JOINTLY = _lazy(r"\s+(?:ensemble|conjointement|solidairement)\b")
# between two companies an objective fine verb names ("sanctionne Apple et Meta"; not "Apple, filiale de")
# ("frappé le champion du commerce en ligne Alibaba et le spécialiste de la livraison Meituan": what
# each one is, before its name)
_DESCRIBED_NEXT = r"(?:(?:l['’]|le |la )(?:[a-zà-ÿ-]+\s+){1,5})?"
_OBJECT_LIST_JOINT = _lazy(r"\s*(?:,|et|,\s*et)\s*" + _DESCRIBED_NEXT)
_LIST_JOINT_ASIDE = _lazy(r"\s*(?:,[^,;.()]{0,80},\s*)?(?:et|,)\s*")
_LIST_JOINT_ALSO = _lazy(r"\s*(?:,|et|,?\s*ainsi que)\s*")
_OBJECT_LIST_JOINT_ALSO = _lazy(_LIST_JOINT_ALSO.pattern + _DESCRIBED_NEXT)
# a roundup's item: its amount, then the company "pour" which it was raised (after a colon), or
# "de" it, told with the definite article ("les 59 millions d'euros du champion ... Vestiaire Collective")
_FOR = _lazy(r"\s+pour\s+")
# after a roundup's colon, the word between an amount and its company: "pour", "à" ("ces tours de
# table : 900 000 euros à Lelivrescolaire.fr, 1,2 million à Kartable"), "de" after "les" ("les 59
# millions d'euros de Vestiaire Collective"); "chacune" before it shares the amount ("50 millions
# chacune pour l'assurtech Alan et la medtech Dynacure")
_LISTED_LINK = _lazy(r"\s+(chacune?s?\s+)?(?:(pour|à)|de|du|des|d['’])\s*")
# the second company of a shared amount: "et la medtech Dynacure", "et de la medtech Dynacure"
_AND_ALSO = _lazy(r"\s+et\s+(?:(?:de|du|des|d['’])\s*)?(?:(?:la|le|l['’])\s*)?(?:[a-zà-ÿ-]+\s+){0,4}")
_AMOUNT_FOR = _lazy(r"\s*[\d,.]+\s*(?:millions?|milliards?|M€|Md€|M\$)\s*(?:d['’]euros|de dollars)?\s+pour\s", re.I)
# a gapped round after a round's amount: ", Verkor, 850 millions d'euros en septembre, et Carbios, ..."
_GAP_JOINT = _lazy(r"(?:\s*[,;]\s*(?:et\s+|puis\s+|suivie?s?\s+(?:de\s+|d['’]\s*|par\s+))?|\s+et\s+)"
                        r"(?:la\s+|le\s+|l['’]\s*)?")
# (what the company does may stand in brackets between its name and its amount: "et Amolyt Pharma
# (maladies endocriniennes rares) 130 millions")
_GAP_LINK = _lazy(r"\s*(?:\([^()]{1,80}\)\s*)?,?\s*(?:avec\s+)?"
                       r"(?:(?:légèrement|un\s+peu)\s+)?(?:plus\s+de\s+|près\s+de\s+|environ\s+)?")
# ... or an aside that says what the company is or does ("Ecovadis, qui note les entreprises sur leurs
# performances, 478 millions d'euros", "Back Market, champion des produits reconditionnés, 450 millions")
_GAP_ASIDE = _lazy(r"\s*,\s*(?:qui\s[^,;:()\d]{1,100}?|[^,;:()\d]{1,60}?),\s*")
# the gap before a further target of a takeover's list ("avait racheté Altran en 2019 pour 3,6
# milliards, et Syniti en 2024"). After an article it may say what the target is ("l'éditeur de
# jeux mobiles Easybrain et le développeur Aspyr", "l'allemand Carpooling, son concurrent, ou le
# hongrois Autohop", "Statsig ..., puis sur io"), but not with a preposition before the name
# ("Kervalo, la filiale de Datavolt"), a pronoun and its verb ("et l'a fusionnée avec Fastweb") or
# "du", "de la" ("l'éditeur de la messagerie WhatsApp": what the target makes). With no article,
# words there are a clause ("Zynga, à qui l'on doit FarmVille") or a description ("Firesprite,
# auteur de jeux PlayStation")
_TARGET_LISTED = _lazy(r"[^.;:]{0,60}?(?:,\s*et|,\s*ou|,|\s+et|\s+ou|\s+puis|,?\s+ainsi\s+que)(?:\s+encore)?\s+"
                            r"(?:(?:sur\s+)?(?:(?:l['’]|le |la |les )"
                            r"(?!(?:a|ont|avait|avaient|est|sont|était)\s)(?!.*(?<!\w)(?:du|des|de\s+la|de\s+l['’]))"
                            r"(?:(?:[a-zà-ÿ'’-]+\s+){0,3}(?!(?:de|du|des|d['’]|à|au|aux|par|chez|pour|sur|avec|dans|en|contre)\s)"
                            r"[a-zà-ÿ-]+\s+)?)?"
                            # ("de l'américain Buy.com, de l'allemand Tradoria.de, du britannique Play.com")
                            r"|(?:de\s+l['’]\s*|du\s+|d['’]\s*)(?:[a-zà-ÿ-]+\s+){0,2}"
                            # ("le rachat de Kervalo et de Datavolt": the name right after "de")
                            r"|de\s+)")
# a second fine told by "une autre" ("une amende de 325 millions d'euros contre Google et une autre de
# 150 millions d'euros contre Shein")
_OWNED_BEFORE = _lazy(r"(?i)\b(?:sa|son|ses|leurs?)\s+[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+)?\s+$")
_ANOTHER = _lazy(r"\s*,?\s*et\s+une\s+autre\s+(?:amende\s+|sanction\s+)?(?:de\s+|d['’]\s*)")
_AGAINST = _lazy(r"\s*(?:contre|à\s+l['’]encontre\s+d(?:e|u|es|['’])|à|au)\s*(?:l['’]|le |la |les )?")
# the company a round benefits, after it and its amount ("une levée de 5 millions d'euros au profit
# d'Acorus Networks")
_FOR_THE_BENEFIT = _lazy(r"\s*(?:de\s+fonds\s+)?(?:(?:de|à)\s+)?(?:MONTANT\s*)?(?:\(\s*MONTANT\s*\)\s*)?,?\s*"
                              r"au\s+profit\s+d(?:e\s+|u\s+|es\s+|['’]\s*)(?:la |le |l['’])?(?:[\w-]+\s+){0,3}?")
# `par` in an adverb names no agent ("par ailleurs", "par la suite", "par exemple")
_NOT_AN_ADVERB = r"(?!(?:ailleurs|exemple|la\s+suite|conséquent|contre|le\s+passé|an|mois|jour|voie|endroits|moments)\b)"
_PASSIVE_AGENT = _lazy(r"\s*(?:en\s+(?:19|20)\d\d\s+)?par\s+" + _NOT_AN_ADVERB + r"(?:la |le |les |l['’])?(?:[\w'’-]+\s+){0,2}?")
_GAP_WHEN = _lazy(r"\s*(?:en|au|le|à)?\s*")
_COLON = _lazy(":")
# a bulleted line ("- ", "• ", "1. ") and its text; markdown's markers reach the stage as a
# space ("- **Luko** :" is read " Luko :"), so an indented line is one too
_BULLET = _lazy(r"(?m)^(?:[ \t]*(?:[-•*–+]|\d{1,2}[.)])[ \t]+|[ \t]+)(\S[^\n]*)$")
# a list item's company, what it does in brackets, and the colon or dash before its amount
_ITEM_LEAD = _lazy(r"[*_]*\s*(?:\([^()\n]{0,100}\)\s*)?[*_]*\s*[:–—]\s*")
# a subject that describes a company by what it is: "la société", "l'éditeur montpelliérain"
# (a word in lower case after it: "Le Monde" is a name)
_DESCRIBING = _lazy(r"[Ll](?:(?:a|e|es)\s+|['’]\s*)[a-zà-ÿ]")
# a fine list item's company, then a colon, a dash or a comma before its amount ("**Meta, 91 millions d'euros**")
_FINE_ITEM_LEAD = _lazy(r"[*_]*\s*(?:\([^()\n]{0,100}\)\s*)?[*_]*\s*[:–—,]\s*[*_]*")
_ABOUT = _lazy(r"(?:(?:près|plus|environ|quelque|un peu plus)\s*(?:de\s+|d['’]\s*)?)?")
# a roundup item's amount may come with the kind of money it is ("- **Lhyfe** : un prêt de 149
# millions d'euros accordé par Natixis", "une dette de 5 millions d'euros de la BEI": a raise, §2b)
_RAISED_AS = _lazy(r"(?:(?:un|une)\s+(?:nouve(?:au|l|lle)\s+)?(?:prêt|dette|emprunt|financement|ligne\s+de\s+crédit)"
                        r"(?:\s+[a-zà-ÿ-]+){0,2}?\s+(?:de\s+|d['’]\s*))?" + _ABOUT.pattern)
_OF_OR_FOR = _lazy(r"\s+(?:pour|de|du|des|d['’])\s*")
_DEFINITE_PLURAL = _lazy(r"(?<!\w)les\s+$")
_AND_OF = _lazy(r"\s+et\s+(?:de|du|des|d['’])\s*(?:(?:la|le|l['’])\s*)?(?:[a-zà-ÿ-]+\s+){0,4}")
# how far after "pour" a roundup's item names its company ("pour le champion européen du
# bricolage et du jardinage ManoMano": 55 characters)
_FOR_NAME_REACH = 90


def _listed_round(company: Ent, amount: Ent | None, date: Ent | None = None, investors: list[Ent] | None = None,
                  rnd: str | None = None) -> dict:
    """A round a roundup lists by its company's name: no round letter and no investor, unless
    a bulleted item gives them."""
    return {"type": "funding", "weak": False, "roles": {
        "company": company, "amount": amount, "round": rnd, "investors": investors or [], "valuation": None,
        "date": date}}


def _quarter_index(day: dt.date) -> int:
    return day.year * 4 + (day.month - 1) // 3


# what may stand between an infinitive of buying and the company it buys: an article and
# a few words of kind ("acquérir l'investisseur en infrastructure numérique DigitalBridge")
# (what is bought is the name, not goods bought from it: "acheter des serveurs chez Dell")
_NAMED_OBJECT = _lazy(r"\s*(?:(?:l['’]|le |la |les |un |une |son |sa |ses |leur )?"
                           r"(?:(?!(?:chez|auprès|via|sur)\s)[\w'’-]+\s+){0,5}?)?")


def _sentences(doc) -> list[tuple[int, int]]:
    """Sentence bounds by the rule the gold events were resolved with (a full stop before a
    capital, a line break), which also costs a regex rather than a walk over the tokens."""
    from ..gold.events import sentence_bounds

    text = doc_text(doc)
    out = []
    for s0, s1 in sentence_bounds(text):
        while s1 > s0 and text[s1 - 1].isspace():
            s1 -= 1
        if s1 > s0:
            out.append((s0, s1))
    return out


# one deal of a plural named by "celui de", "celle d'" ("deux rachats : celui de l'assureur allemand Coya")
_CELUI_DE = r"cel(?:ui|le)\s+(?:de|d['’]|du)\s*(?:la |le |l['’])?(?:[\w'’-]+\s+){0,3}"
_EACH_ONE = _lazy(r"\s*[:,]?\s*(?:et\s+)?" + _CELUI_DE + "?")
_EACH_ONE_BEFORE = _lazy(r"(?<!\w)" + _CELUI_DE + "$")
# a merger's noun that speaks of one already told ("le rapprochement", "au rapprochement", "cette fusion")
_TOLD_BEFORE = _lazy(r"(?i)(?:(?<!\w)(?:le|la|au|du|ce|cette)\s+|(?<!\w)l['’]\s*)$")
# the "et" that joins a second verb to the first one's object ("Poshmark pour 1,2 milliard de
# dollars et pris le contrôle de", "et a aussi acquis"): its auxiliary and an adverb may stand before the verb
_AND_BEFORE_THE_VERB = _lazy(r"(?<!\w)(?:et|puis)\s+(?:(?:a|avait|ont|avaient)\s+)?(?:(?:aussi|également|enfin|ensuite|"
                                  r"surtout|déjà)\s+)?(?=\S*$)")
# after an investing verb, the companies it went into counted, then some of them named ("dans plus de
# neuf entreprises, dont", "sur plus de 13 sociétés, parmi lesquelles")
_PORTFOLIO = _lazy(r"\s*(?:dans|sur)\s+(?:(?:plus|près)\s+d['’e]\s*|une\s+)?(?:[\w-]+\s+){0,2}?(?:sociétés|entreprises|"
                        r"start-?ups?|jeunes\s+pousses|pépites)\b[^.;:()]{0,40}?,?\s*(?:dont|parmi\s+lesquelles|notamment)\s+")
# a relative clause on the first deal between it and the second verb ("a mis la main sur Osmoz en
# janvier, ce qui l'a fait entrer dans l'Est du pays, puis a repris Netapsys")
_RELATIVE_ASIDE = _lazy(r"[^,;.:]{0,40},\s*(?:ce\s+qui|ce\s+que|qui|dont)\s[^,;.:]{1,100},\s*")
# a round told after a comma as the time something happened ("Distalmotion a obtenu le feu vert,
# après une levée de", ", lors d'une levée de", ", à l'issue d'une levée de")
_ADVERBIAL_ROUND = _lazy(r"(?i),\s*(?:après|lors|à\s+l['’]issue|au\s+terme|suite|à\s+la\s+suite)\s*"
                              r"(?:d['’]\s*|de\s+|du\s+|à\s+)?(?:(?:une|un|sa|son|la|le|cette|ce)\s+)?$")
# what may stand before the name a sentence opens on: markup, an article and a few words of kind
_OPENS_ON = _lazy(r"[\W_]*(?:(?:le|la|les|l['’])\s*(?:[\w-]+\s+){0,3}?)?", re.I)
# a round's noun, and what stands between it and the company it names ("de fonds de", "de MONTANT de la
# start-up")
_ROUND_NOUN_WORD = _lazy(r"(?i)levées?|tours?|rondes?|financements?|augmentations?")
# (the amounts written MONTANT: ``without_amounts``); a round one takes part in may be `dans` its company
# (not after a possessive: "un financement de 10 millions d'euros de son actionnaire Supernova Invest" is
# its giver, the investor)
_AFTER_ROUND = (r"\s*(?:de\s+(?:table|fonds)\s+)?(?:(?:de\s+|d['’]\s*)MONTANT\s*,?\s*)?(?:de\s+|d['’]\s*|du\s+{into})"
                r"(?!(?:son|sa|ses|leurs?)\s)(?:(?:la|le|l['’])\s*)?(?:[\w-]+\s+){{0,2}}?")
_OF_THE_ROUND = _lazy(_AFTER_ROUND.format(into=""))
_INTO_THE_ROUND = _lazy(_AFTER_ROUND.format(into=r"|dans\s+"))
# what may stand between a merger's noun and its complement: a year, an adverb ("en 2022", "finalement")
_MERGER_GAP = r"(?:en\s+\d{4}\s+|[\w-]+ment\s+)?"
# a merger's noun and the first of the two parties its complement names ("du rapprochement d'ALD
# Automotive et de LeasePlan", "de la fusion entre Line et Yahoo Japan"), and between the two
_MERGED_FIRST = _lazy(r"\s*" + _MERGER_GAP + r"(?:(?:de|du|des|entre)\s+(?:l['’]\s*|la\s+|le\s+|les\s+)?|d['’]\s*)"
                           r"(?:[\w'’-]+\s+){0,2}?")
_MERGED_SECOND = _lazy(r"\s*(?:et|avec)\s+(?:(?:de|du|des)\s+(?:l['’]\s*|la\s+|le\s+|les\s+)?|d['’]\s*)?(?:[\w'’-]+\s+){0,2}?")
# what names a merger's parties after its noun: "de A et de B", "entre A et B", "avec B", "Rogers-Shaw"
# ("le rapprochement fait de Microsoft le troisième acteur": a verb between, no complement)
_MERGER_COMPLEMENT = _lazy(r"\s*(?:" + _MERGER_GAP + r"(?:(?:de|du|des|entre|avec)(?!\w)|d['’])|[A-Z])")
# an apposition's closing comma right before the verb, its auxiliary between (", a levé")
_TO_THE_VERB_AFTER_COMMA = _lazy(r",\s*(?:(?:a|ont|avait|avaient|vient de|viennent de)\s+)?$")
# where a total's one round is told: ", dont un tour de 80 millions", ", dont 1,5 million"
_OF_WHICH = _lazy(r",?\s*dont\s+(?:(?:un|une|le|la)\s+(?:[\w-]+\s+){0,3}?(?:de|d['’])\s*)?")
_SPACES = _lazy(r"\s*")
# nothing but spaces and markdown's emphasis ("**Getaround**, qui ...", "- **Kylotonn**")
_MARKUP_ONLY = _lazy(r"[\s*_]*")
# from an aside's closing comma to the main clause's deal word: a few words, no negation
# (", a annoncé une levée", ", vient de boucler"; not ", ne fait pas partie de cette levée")
_TO_THE_MAIN_VERB = _lazy(r",\s*(?!ne\s|n['’])(?:[\w'’-]+\s+){0,3}")
# what announces a list of takeovers after the deal word: a count or a plural, then a colon
# ("une quinzaine de studios, dont :", "les acquisitions hors de Chine :", "huit studios :")
_LIST_ANNOUNCED = _lazy(r"[^\n:.;]{0,80}?(?:,\s*(?:dont|parmi lesquels|notamment))?\s*:\s*")
# a list item's takeover told by its parties ("- Avril 2016 : Withings par Nokia (170 millions
# d'euros)"): what follows its date, what stands between target and buyer, what may end it
_ITEM_DATE_END = _lazy(r"[*_\s]*[:–—-]?[*_\s]*")
_BY_BUYER = _lazy(r"[*_]*\s+(?:par|chez)\s+[*_]*")
_ITEM_PRICE_END = _lazy(r"[*_\s]*(?:\(\s*[^()]*\)\s*)?[.;]?\s*")
# a done deal's auxiliary before its word ("a racheté", "a multiplié les acquisitions")
_DONE_BEFORE = _lazy(r"(?<!\w)(?:a|ont|avait|avaient)\s+(?:[\w'’-]+\s+){0,2}$")
# what follows a stake's share to the company it is of ("35 % de", "21 % du capital de")
_SHARE_OF = _lazy(r"\s*(?:du\s+capital\s+)?(?:de\s+|d['’]\s*)")
# a stake a seller sells in itself, right after its verb ("cède 20 % de son capital", "15 % du capital")
_OWN_STAKE = _lazy(r"\s*(?:(?:près de|plus de|environ)\s+)?\d+(?:[,.]\d+)?\s*%\s+(?:de\s+son|du)\s+capital")
# an aside's opening, from its comma to a deal word: a relative clause (", qui a racheté", ", dont
# le rachat"), and a participle ("racheté", "acquise") right after the comma
_RELATIVE_OPENING = _lazy(r",\s*(?:qui|dont|que|lequel|laquelle|lesquels|lesquelles)\s[^,]*$")
# a singular noun of buying, and the pronoun that stands for it before the next deal's name
_BUYING_NOUN = _lazy(r"(?i)(?:rachat|acquisition|achat|reprise)")
_THAT_OF = _lazy(r"(?i)(?<!\w)(?:celui|celle)\s+(?:de\s+(?:la\s+|l['’])?|d['’]|du\s+|des\s+)")
# from a company named in a heading to the verb that tells its round ("Mistral AI boucle",
# "Mirabel Robotics Lève", "Lydia vient de lever"), and what a weak verb must name after it to
# tell one ("boucle un tour d'amorçage", "décroche 10 millions"; not "décroche le contrat")
_HEADING_VERB = _lazy(r"\s+(?:(?:a|vient\s+de|va|veut)\s+)?")
_ROUND_WORD_AFTER = _lazy(r"(?i)\s+(?:[\w'’-]+\s+){0,3}?(?:tours?\b|levées?\b|financements?\b|séries?\b|amorçage|fonds\b|\d)")
# what gives the names after it as examples of a list ("parmi lesquels Natixis", "dont", "comme")
_EXAMPLES_BEFORE = _lazy(r"(?:parmi\s+(?:lesquel(?:le)?s|eux|elles)|\bdont|\bnotamment|\bcomme|\btels?\s+que)\s+(?:l['’]|le\s+|la\s+|les\s+)?$")
# what may close a round's noun the trigger read in part ("levée| de fonds", "tour| de table")
_NOUN_REST = _lazy(r"\s*(?:(?:de|d['’])\s*(?:fonds|table|financement|amorçage|série\s+\w+)\s*)?")
# ownership told by its noun ("propriété de", "propriétaire de"), and the `depuis` that dates it
_OWNED = _lazy(r"(?i)propriét(?:é|aire)\s+d(?:e|u|es|['’])\s*")
_SINCE = _lazy(r"(?i)\bdepuis\s+")
# a unit of a company named after it ("la division mobile de", "les activités logicielles d'",
# "sa filiale française de"), and the unit's own name in apposition after its parent
# ("deux filiales africaines d'Airtel": several, counted)
_UNIT_OF = _lazy(r"\s*(?:[\w'’-]+\s+){0,3}?(?:la|le|les|sa|son|ses|l['’]|deux|trois|quatre|cinq|plusieurs)\s*"
                      r"(?:[\w'’-]+\s+){0,2}?(?:branches?|divisions?|filiales?|activités?|pôles?|unités?|départements?|métiers?)\b"
                      r"(?:\s+[\w'’-]+){0,3}?\s+(?:de|d['’]|du|des)\s*(?:l['’]|le\s+|la\s+|les\s+)?(?:[\w'’-]+\s+){0,3}?", re.I)
_UNIT_NAMED = _lazy(r"\s*,\s*(?:(?:baptisée?|appelée?|nommée?|rebaptisée?)\s+)?", re.I)
# what comes before a fine's verb that says it was not imposed ("n'avait jamais été", "pas",
# "sans"), and a participle used as a noun ("les trois sanctionnés et Clarios")
_FINE_NEGATED = _lazy(r"(?:\bn'|\bne\s)(?:\S+\s+){0,3}$|\b(?:pas|jamais|sans)\s+(?:encore\s+|été\s+)?$")
_FINE_NOMINAL = _lazy(r"\b(?:les|des|ces)\s+(?:\w+\s+)?$")
# what says an authority decided, near the day it did ("a rendu ses décisions", "décision rendue")
_DECISION_DATED = _lazy(r"\b(?:décisions?|rendue?s?|prononcée?s?)\b", re.I)
# a clause that opens on a pronoun subject before a deal's verb (", puis il a bouclé")
_CLAUSE_PRONOUN = _lazy(r"(?:[,;]|\bet|\bpuis|\bmais)\s+(?:il|elle|ils|elles)\s+(?:[\w'’-]+\s+){0,4}?(?:[ld]['’])?$")
# a buyer told only by its kind after the one sold ("à un consortium", "à un fonds américain")
_UNNAMED_BUYER = _lazy(r"\s*(?:\([^()]*\)\s*)?(?:à|au)\s+(?:un|une|des|plusieurs)\s+(?:[\w-]+\s*){1,3}(?:[,.;]|$)")
# what a target is known for, listed after it ("Zynga, un poids lourd du jeu connu pour Farmville,
# Empires & Puzzles et Words With Friends"): its products, no more targets
_KNOWN_FOR = _lazy(r"\b(?:connue?s?|réputée?s?|célèbres?)\s+pour\b|\b(?:éditeur|éditrice|créateur|créatrice)\s+d(?:e|u|es)\b")
# investors named by their kind as the subject of money put into a company ("Les bailleurs de
# fonds ont aussi misé sur Payfit")
_INVESTORS_AS_SUBJECT = _lazy(r"(?i)\b(?:les|des|ses|leurs|plusieurs)\s+(?:\w+\s+)?(?:bailleurs\s+de\s+fonds|investisseurs|capital-risqueurs|business\s+angels)\b")
# a verb joined by `et` right before a deal's verb ("... et vient de récolter", "et a levé")
_VERB_JOINED = _lazy(r"\s(?:et|mais|puis)\s+(?=(?:vien(?:t|nent)\s+d['’e]\s*|(?:a|ont|avait|avaient)\s+(?:\w+\s+)?)\S*$)")
# a joint and a determiner right before a deal's noun ("..., ainsi que la reprise", "et le rachat")
_NOUN_AFTER_JOINT = _lazy(r"(?:,\s*|\s+)(?:et|ainsi\s+que|puis|ou)\s+(?:la|le|les|son|sa|ses|leur|leurs|un|une)\s+(?:[\w-]+\s+)?$"
                               r"|(?:,\s*|\s+)(?:et|ainsi\s+que|puis|ou)\s+l['’]\s*$")
# a deal's noun right before the name it is of ("le rachat d'", "la reprise de")
_DEAL_OF = _lazy(r"\w\s+(?:de\s+|d['’]\s*|du\s+)(?:la\s+|l['’]\s*)?$")
# a participle clause with its own subject ("Qualcomm ayant déposé une offre")
_ABSOLUTE_CLAUSE = _lazy(r"\s+(?:ayant|étant)\b")
# an aside between a name and the one it describes: its agent (", soutenu par", ", détenue depuis
# 2019 par le fonds", ", fondé par"), or an apposition that opens on its article (", le studio
# derrière", ", l'éditeur de")
_AGENT_ASIDE = _lazy(r"\s*,\s*(?:(?:[\w'’-]+\s+){0,2}?[\w'’-]{3,}(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies)\s+(?:[\w'’-]+\s+){0,3}?par\s+"
                          r"(?:l['’]|le\s+|la\s+|les\s+)?(?:[\w'’-]+\s+){0,3}?|(?:le|la|les|l['’]|un|une)\s*(?:[\w'’-]+\s+){1,4}?(?:de|d['’]|du|des|derrière)\s*(?:l['’]|le\s+|la\s+|les\s+)?)")
_BORN_OF_A_DEAL = _lazy(r"\s*,?\s*(?:de\s+la\s+fusion|du\s+rapprochement|du\s+mariage|de\s+l['’]union|du\s+rachat)\b")
_OWNERSHIP = _lazy(r"(?i)\b(?:appartien(?:t|nent|nait|naient)|détenue?s?\s+par|dans\s+le\s+giron)\b")
# from a deal's target to the buyer a relative clause on the deal names ("le rachat d'Activision,
# éditeur de jeux vidéo, que Microsoft a annoncé"), and the verb of announcing after the buyer
_WHOSE_BUYER = _lazy(r"(?:\s*,[^,;.()]{1,80},)?\s*(?:que|qu['’])\s*(?:le\s+|la\s+|l['’]|les\s+)?(?:[\w'’-]+\s+){0,2}?")
_ANNOUNCED_IT = _lazy(r"\s+(?:a|avait|ont|avaient|vient\s+d['’]|venait\s+d['’])\s*(?:\w+\s+)?(?:annonc|officialis|finalis|conclu|boucl|lanc|propos|dévoil|scell|sign)")
# a noun phrase in apposition after a comma, up to the deal's noun ("..., la plus grosse acquisition",
# "..., une opération record", "..., soit le plus gros rachat")
_APPOSED_DEAL = _lazy(r"(?i),\s*(?:(?:soit|c['’]est)\s+)?(?:un|une|la|le|l['’]|cette|ce)\s*(?:[\w-]+\s+){0,2}$")
# the verbs of receiving money, whose giver `de` names after the amount; what may stand between
# the verb and its amount; `de` and the giver, or the next giver of the list
_RECEIVING = _lazy(r"(?i)(?:obt|reç|reçu|perç|décroch|sécuris)")
_AMOUNT_NEXT = _lazy(r"\s+(?:(?:au\s+total|en\s+tout|près\s+de|plus\s+de|environ|quelque)\s+)?")
_FROM_GIVER = _lazy(r"\s+(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+|d['’]\s*)")
_AND_FROM_GIVER = _lazy(r"\s*(?:,|et)\s*(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+|d['’]\s*)?")
# a plural deal noun that tells deals in general ("les acquisitions d'Apple", "ses rachats")
# a plural takeover noun's targets each after `de` ("les rachats d'Energy Net, de Jade et de JRTS")
_OF_LIST_OPENING = _lazy(r"\s*(?:,\s*(?:ceux|celles)\s+)?(?:d['’]|de\s+|du\s+)(?:l['’]|la\s+|le\s+)?")
_OF_LIST_JOINT = _lazy(r"\s*(?:,|et|,\s*et)\s*(?:d['’]|de\s+|du\s+)(?:l['’]|la\s+|le\s+)?")
_DEALS_IN_GENERAL = _lazy(r"(?i)(?:acquisitions|rachats|achats|reprises|fusions)")
# a round's noun brought in by "avec", "via" or "dans le cadre de" restates the deal the verb before
# told ("Lydia fait entrer Tencent à son capital, avec un tour de 40 millions d'euros"); not "lors
# d'un tour", which tells an earlier one ("valorisé 1,5 milliard en 2021 lors d'un tour de 380 millions")
_RESTATED_BY = _lazy(r"(?i)(?:avec|via|dans\s+le\s+cadre\s+d['’]|à\s+l['’]occasion\s+d['’])\s*"
                          r"(?:un|une|son|sa|cette|ce)\s+(?:[\w-]+\s+)?$")
# what opens the next name of a list ("..., ou encore Donna", "et Kervalo")
_LIST_ITEM_BEFORE = _lazy(r"(?:,|\bet|\bou\s+encore|\bainsi\s+que)\s*$")
_PARTICIPLE = _lazy(r"(?i)[\w'’-]+(?:é|ée|és|ées|is|ise|ises)")
# the next name of a list after `celui de` ("celui de Circ et de Scoot")
_AND_OF_JOINT = _lazy(r"\s*(?:,|et)\s*(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+)?")
# "chacun": one deal, or one fine, for each name of a list
_EACH = _lazy(r"(?<!\w)chacune?s?(?!\w)")
# the nouns of a round, which name its company after them ("la levée de Swish", "les tours de table de Sorare")
_ROUND_NOUN = _lazy(r"(?i)(?:levées?(?:\s+de\s+fonds)?|(?:méga-)?tours?(?:\s+de\s+table)?|rondes?(?:\s+de\s+financement)?"
                         r"|financements?|opérations?)")
# a roundup's name, then its amount after "avec" ("Sorare avec 40 millions d'euros", "Libeo, avec 20 millions")
_WITH_AMOUNT = _lazy(r"\s*,?\s*avec\s+(?:(?:près|plus)\s+de\s+|environ\s+)?")
# ... or after a comma, "à" at most ("celui d'Innovafeed, à 250 M€, et celui de Zeplug, à 240 M€",
# "la levée de la néobanque Qonto, 486 millions d'euros, puis celle de Back Market"), an aside
# before it ("I-Run, spécialiste de la mode et du sport, avec 100 millions d'euros"); the amount
# ends its item (_ITEM_END), else it is a figure of the company's ("Qonto, 486 millions d'euros de
# chiffre d'affaires")
_COMMA_AMOUNT = _lazy(r"\s*(?:,[^,;:()\d\n]{1,60})?,\s*(?:avec\s+|à\s+)?(?:(?:près|plus)\s+de\s+|environ\s+)?")
_ITEM_END = _lazy(r"\s*(?:(?:lui|elle|eux|elles)\s+aussi\s*)?(?:[,;.)]|et\s|puis\s|$)")
# a relative clause that tells what a listed company does, up to its amount in brackets
# ("DrivEco, qui installe des bornes de recharge (250 M€)"): no bracket, no new clause inside
_RELATIVE_THEN_BRACKET = _lazy(r",\s*qui\s[^()\n;:]{1,140}?\s\(\s*")
# ... or an apposition that says what it is ("de Ledger, jeune pousse de la fintech (61 millions
# d'euros, janvier)"): no figure, no bracket, no new clause inside
_APPOSITION_THEN_BRACKET = _lazy(r",\s*[^,()\n;:\d]{1,70}?\s\(\s*")
# after the company a round's noun names ("les tours de table de Sorare"), the next of its list, each
# after its own "de" ("de Homa Games et de Powder", "et par celles de Milla Group et de Chargepoly"),
# a few words of what it is between ("de la medtech lyonnaise Kervalo")
_NEXT_OF_NOUN = _lazy(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:et\s+|ou\s+)?|\s+(?:et|ou)\s+)(?:encore\s+)?"
                           r"(?:par\s+)?(?:(?:celles?|ceux|celui)\s+)?"
                           r"(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+)(?:[a-zà-ÿ-]+\s+){0,3}?")
# a plural round noun, or its pronoun, and the "de" before the first company of its list ("les tours
# de table de Sorare, de Homa Games et de Powder", "et par celles de Milla Group et de Chargepoly")
_ROUNDS_OF = _lazy(r"(?i)(?<!\w)(?:(?:les|des|ses|leurs|aux|ces)\s+(?:[\w-]+\s+){0,2}?(levées(?:\s+de\s+fonds)?"
                        r"|tours\s+de\s+table|(?:méga-)?tours|rondes(?:\s+de\s+financement)?)|(celles))\s+"
                        r"(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+)(?:[a-zà-ÿ-]+\s+){0,3}?")
# ... or with its own amount: "de 96,2 millions pour CeQur, de 77 millions pour ADC Therapeutics"
_NEXT_AMOUNT_FOR = _lazy(r"\s*(?:,\s*(?:et\s+|ou\s+)?|\s+(?:et|ou)\s+)(?:encore\s+)?de\s+")
_FOR_NAME = _lazy(r"\s+pour\s+(?:la\s+|le\s+|l['’]\s*)?(?:[a-zà-ÿ-]+\s+){0,3}?")
# a relative clause right after a name ("Salesforce, qui acquiert MetaMind")
_WHO_DEALS = _lazy(r"\s*,\s*qui\s")
# between a name bought and its buyer: after `par`, or after `à` when it was sold
_BOUGHT_BY = _lazy(r"\s+par\s+(?:l['’]|le |la |les )?")
_SOLD_TO = _lazy(r"\s+(?:à\s+(?:l['’]|la\s+)?|au\s+|aux\s+)(?:[a-zà-ÿ-]+\s+)?")
# the word "puis" (not "depuis"): a later deal of a list
_THEN = _lazy(r"(?<![\w-])puis\b")
# between a deal's buyer and the next pair of a list that leaves the verb out (", puis", " et")
_GAPPED_PAIR = _lazy(r"\s*(?:,\s*(?:puis\s+|et\s+)?|\s+(?:et|puis)\s+)")
# from a fronted participle's agent to the main clause's subject ("Rachetée par Snap, la start-up Zenly")
_TO_THE_SUBJECT = _lazy(r"[\s*_]*,\s*(?:(?:l['’]|le |la |les )(?:[\w'’-]+\s+){0,3}?)?")
# a clause of a list opening with its subject, and what may stand between the subject and its verb
# ("quand son concurrent Ingram Micro doit s'acquitter de 62 millions": a possessive and a kind may stand
# between the clause's opening and its subject)
_CLAUSE_OPENING = _lazy(r"(?:[,;]|\bet|\btandis\s+que|\balors\s+que|\bquand|\blorsque|\bpendant\s+que)\s*"
                             r"(?:l['’]|le |la |les |(?:son|sa|leur) (?:[\w-]+\s+){1,2})?$")
_TO_THE_VERB = _lazy(r"\s+(?:(?:a|ont|est|sont|a été|ont été|avait|avaient|devra|doit|devront|doivent)\s+)?")


def _part(starts: list[int], i: int, s0: int, s1: int) -> tuple[int, int]:
    """The i-th deal's part of the sentence (s0, s1), from where each part starts."""
    return starts[i] if i else s0, starts[i + 1] if i + 1 < len(starts) else s1


class _Article:
    def __init__(self, doc, rules: DealRules, ents=None, services: frozenset = frozenset()):
        self.text = doc_text(doc)
        self.rules = rules
        ents = resolved_ents(doc) if ents is None else ents
        self.ents = _ents(doc, ents, services)
        # (people: "Arnaud Nourry lève des fonds" names no company as the one raising)
        self.persons = [(start, end) for start, end, label in ents if label == "PER"]
        self.starts = [e.start for e in self.ents]
        self.mentions = Counter(e.key for e in self.ents if e.label == "ORG")
        self.sents = _sentences(doc)
        self.sent_starts = [s0 for s0, _ in self.sents]
        self.doc = doc
        published = doc._.published
        self.year = int(published[:4]) if published else None
        self.published = published

    def within(self, a: int, b: int, label: str | None = None) -> list[Ent]:
        # the entities are in order: a binary search finds the first, not a walk over all
        i = bisect.bisect_left(self.starts, a)
        out = []
        for e in self.ents[i:]:
            if e.start >= b:
                break
            if e.end <= b and (label is None or e.label == label):
                out.append(e)
        return out

    @cached_property
    def verb_starts(self) -> list[int]:
        """Where each finite verb starts: a name after a deal's noun with such a verb between is
        no object of it (read only when a takeover's noun asks, not for every article)."""
        return [t.idx for t in self.doc if _finite_verb(t)]

    def verb_between(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.verb_starts, a)
        return i < len(self.verb_starts) and self.verb_starts[i] < b

    def infinitive_at(self, a: int, b: int) -> bool:
        """Whether the verb at ``a`` is an infinitive after ``de``, ``d'`` or ``à`` ("permet au
        géant des logiciels de mettre la main sur"): a verb's complement, with no subject of its own."""
        span = self.doc.char_span(a, b, alignment_mode="expand")
        return span is not None and "Inf" in span[0].morph.get("VerbForm") and bool(
            _INFINITIVE_MARK.search(self.text, max(0, a - 4), a))

    def told_done(self, trig: tuple[int, int]) -> bool:
        """Whether the deal verb itself is a past participle that tells the deal done: a compound
        past (``a racheté``, ``a été vendu``, ``s'est emparé``, ``après avoir acquis``) or a
        description (``Zenly, l'application rachetée par Snap``), not under a future, a
        conditional or a verb that tells it to come (``sera racheté``, ``devrait être cédé``,
        ``accepte d'être racheté``)."""
        span = self.doc.char_span(*trig, alignment_mode="expand")
        if span is None:
            return False
        # the participle may come after the trigger's own auxiliary ("s'est séparé de")
        part = next((t for t in span if t.morph.get("VerbForm") == ["Part"]), span[0])
        if part.morph.get("VerbForm") != ["Part"] or part.morph.get("Tense") != ["Past"]:
            return False
        i = part.i - 1
        while i >= 0 and (self.doc[i].pos_ in ("AUX", "ADV") or self.doc[i].lower_.replace("’", "'") in _CLITICS
                          or self.doc[i].lower_ in ("avoir", "être")):
            tok = self.doc[i]
            if _future_or_conditional(tok) or tok.lower_ in ("pas", "jamais"):
                return False
            if tok.lower_ == "être" and not (
                    i and self.doc[i - 1].lower_.replace("’", "'") in ("s'", "se", "après")):
                return False      # "doit être racheté", "accepte d'être racheté"; not "après s'être emparé"
            i -= 1
        return i < 0 or not (self.doc[i].lower_ in _TO_COME or _future_or_conditional(self.doc[i]))

    def done_by_its_clause(self, trig: tuple[int, int]) -> bool:
        """Whether a gerund states a deal its clause's verb tells done: "Adonix a étoffé son
        catalogue en mettant la main sur Clé 128" (the verb before it, infinitives it governs
        skipped, is a compound past). Not an infinitive of purpose: "a déposé une offre pour
        racheter" tells an offer made, the deal to come."""
        span = self.doc.char_span(*trig, alignment_mode="expand")
        first = next((t for t in span if t.pos_ in ("VERB", "AUX")), None) if span is not None else None
        if first is None:
            return False
        lead = self.text[max(self.sentence[0], first.idx - 12):first.idx].lower().replace("’", "'")
        gerund = first.morph.get("VerbForm") == ["Part"] and first.morph.get("Tense") == ["Pres"] \
            and re.search(r"(?<!\w)en\s+(?:s'|se\s+)?$", lead)
        if not gerund:
            return False
        for tok in reversed(self.doc[:first.i]):
            if tok.idx < self.sentence[0]:
                return False
            if tok.pos_ not in ("VERB", "AUX") or tok.morph.get("VerbForm") == ["Inf"]:
                continue
            if tok.morph.get("VerbForm") != ["Part"] or tok.morph.get("Tense") != ["Past"]:
                return False      # "Datavolt grandit en rachetant": its own present, no past
            aux = tok.i and self.doc[tok.i - 1]
            return bool(aux) and aux.pos_ == "AUX" and not _future_or_conditional(aux) \
                and aux.lower_ not in _TO_COME
        return False

    def subject_of_a_verb(self, e: Ent) -> bool:
        """Whether a finite verb follows the name, clitics apart ("Quintar s'empresse de racheter")."""
        span = self.doc.char_span(e.start, e.end, alignment_mode="expand")
        for tok in self.doc[span.end:span.end + 4] if span is not None else ():
            if tok.lower_.replace("’", "'") in _CLITICS:
                continue
            return _finite_verb(tok)
        return False

    def starting_at(self, pos: int, end: int, label: str | None = None) -> Ent | None:
        """The first entity (of ``label``) between ``pos`` and ``end``, when it starts right at ``pos``."""
        e = next(iter(self.within(pos, end, label)), None)
        return e if e is not None and e.start == pos else None

    def date_right_after(self, pos: int, end: int, preposition: bool = False) -> Ent | None:
        """A date right after ``pos``, a preposition between or none ("850 millions d'euros en
        septembre", "Verkor en septembre 2023"); with ``preposition``, one must be there."""
        when = _GAP_WHEN.match(self.text, pos, end)
        if preposition and not when.group().strip():
            return None
        return self.starting_at(when.end(), end, "DATE")

    def sentence_at(self, pos: int) -> int:
        """The index of the sentence holding character ``pos``."""
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def near(self, cue: str, end: int, width: int, start_floor: int = 0) -> bool:
        """A ``cue`` in the ``width`` characters before ``end``."""
        window = self.text[max(start_floor, end - width):end]
        return bool(self.rules.cue[cue].search(window))

    def deciding(self, authorities: list[Ent]) -> list[Ent]:
        """The authorities that decide, not a union named beside its regulator ("Agissant au nom de
        l'Union européenne, le gendarme irlandais, la DPC", "les États membres de l'Union européenne
        ... l'Antitrust italien réclame"); the union itself when it is all there is."""
        lesser = self.rules.cue.get("lesser_authorities")
        if lesser is None:
            return authorities
        return [e for e in authorities if not lesser.fullmatch(e.text)] or authorities

    def union_body(self, authority: Ent, trig) -> Ent | None:
        """The body that decides for a union the fine's sentence names as its author ("L'UE frappe
        Google", then "la Commission européenne a annoncé"): `Union européenne` and `UE` are the
        authority only when the article names no other (§4). Its mention in the trigger's
        sentence, else the nearest before, else the first after; None when there is none."""
        lesser, bodies = self.rules.cue.get("lesser_authorities"), self.rules.cue.get("union_bodies")
        if lesser is None or bodies is None or not lesser.fullmatch(authority.text):
            return None
        named = [e for e in self.ents if e.label == "ORG" and bodies.fullmatch(e.text)]
        s0, s1 = self.sentence
        inside = [e for e in named if s0 <= e.start and e.end <= s1]
        if inside:
            return min(inside, key=lambda e: abs(e.start - trig[0]))
        before = [e for e in named if e.end <= trig[0]]
        return before[-1] if before else next(iter(named), None)

    def fined_before(self, prior: list[Ent], trig, word: str) -> list[Ent]:
        """Whom a fine's participle after the names fines: a plural one each name of the list
        before it ("Amazon et Apple sanctionnés", one fine each), or the first named when they
        share one ("condamnés ensemble": as buyers named together, §4); else the name before it."""
        if not re.search(r"(?:és|ées)$", word.lower()):
            return prior[-1:]
        listed = self.listed_with(prior, prior[-1])
        return listed[:1] if _JOINTLY.match(self.text, trig[1]) else listed

    def object_list(self, first: Ent, names: list[Ent]) -> list[Ent]:
        """Each name of a fine verb's object list that opens with ``first`` ("Bruxelles sanctionne
        Apple et Meta", "met Google et Apple à l'amende"): one fine each, their amounts from the
        sentences that detail them."""
        return self.listed_after([e for e in names if e.start > first.end and e.label == first.label], first,
                                 _OBJECT_LIST_JOINT)

    def is_authority(self, e: Ent) -> bool:
        if self.names_authority(e):
            return True
        # the short form in brackets of an authority named just before it ("la Commission indienne de
        # la concurrence (CCI) a condamné le groupe": the CCI is no company fined)
        if self.text[max(0, e.start - 3):e.start].rstrip().endswith("(") and \
                self.text[e.end:e.end + 3].lstrip().startswith(")"):
            # (not a court's: "le Tribunal administratif fédéral (TAF)" judges the authority's decision)
            named = self.within(max(0, e.start - 120), e.start, "ORG")
            return bool(named) and bool(re.fullmatch(r"\s*\(\s*", self.text[named[-1].end:e.start])) \
                and self.names_authority(named[-1]) and not self.rules.cue["court_words"].search(named[-1].text)
        return False

    def names_authority(self, e: Ent) -> bool:
        """Whether a name is an authority's by its words (``authority_words``)."""
        return bool(self.rules.authority.search(e.text) or self.rules.authority.search(e.key))

    # -------------------------------------------------------------- roles

    def money(self, seg: tuple[int, int], trig: tuple[int, int]) -> tuple[Ent | None, Ent | None]:
        """(the deal's amount, the valuation) in a segment: a valuation follows its cue
        (`valorisée à`) with no other amount between; a conversion (`soit`) and a price
        per share are neither."""
        valuation = None
        before, after, inside = [], [], []
        prev = seg[0]
        for e in self.within(*seg, "MONEY"):
            gap = (max(prev, e.start - 60), e.start)
            prev = e.end
            if self.rules.cue["valuation_cues"].search(self.text, *gap) or _VALUATION_AFTER.match(self.text, e.end):
                valuation = valuation or e      # ("porte à 6 milliards d'euros la valorisation")
                continue
            if self.converted(e, seg[0]) or (
                    self.text[max(0, e.start - 1):e.start] == "(" and (
                        self.converts(e) or (e.start - 1 > trig[1] and not _NOUN_REST.fullmatch(self.text, trig[1], e.start - 1)))):
                continue      # (an amount in brackets is the deal's only right after its noun, "sa
                # cinquième levée de fonds (150 M€)" whole)
            if self.per_share(e):
                continue
            if self.is_revenue(e):
                continue      # "le rachat d'Osiatis (309 M€ de chiffre d'affaires)": the company's size
            if trig[0] <= e.start and e.end <= trig[1]:
                inside.append(e)      # "inflige 1,1 milliard d'euros d'amende": the statement's own
            else:
                (after if e.start >= trig[1] else before).append(e)
        amount = inside[0] if inside else after[0] if after else (before[-1] if before else None)
        if not inside and before and re.fullmatch(r"\s*", self.text[before[-1].end:trig[0]]) and \
                re.search(r"(?:é|ée|és|ées)$", self.text[trig[0]:trig[1]]):
            amount = before[-1]      # "les 12 millions d'euros récoltés par X": the participle's own amount
        return amount, valuation

    def converted(self, e: Ent, floor: int = 0) -> bool:
        """Whether an amount converts the one right before it ("32 milliards de dollars, soit
        environ 29,4 milliards d'euros"); a `soit` with no amount before it gives the amount
        itself ("écope de la sanction la plus lourde, soit 63,5 millions d'euros")."""
        window = max(floor, e.start - 14)
        cue = None
        for cue in self.rules.cue["conversion_cues"].finditer(self.text, window, e.start):
            pass
        if cue is None:
            return False
        return any(x.label == "MONEY" and re.fullmatch(r"\s*[,(]?\s*", self.text[x.end:cue.start()])
                   for x in self.within(max(0, cue.start() - 60), cue.start()))

    def per_share(self, e: Ent) -> bool:
        """An amount per share ("26,79 USD par action"): neither a deal's price nor a round's amount."""
        return bool(self.rules.cue["per_share_cues"].match(self.text[e.end:e.end + 16].lstrip()))

    def converts(self, e: Ent) -> bool:
        """Whether an amount in brackets converts the amount before them ("300 millions de dollars
        (257 millions d'euros)"), where "les deux plus gros tours de table (500 millions d'euros
        chacun)" gives the rounds' own amount."""
        before = self.text[:e.start - 1].rstrip()
        return any(x.label == "MONEY" and x.end == len(before) for x in self.within(max(0, e.start - 80), e.start))

    def is_revenue(self, e: Ent) -> bool:
        """An amount that sizes a company (`288 M€ de chiffre d'affaires`, `CA de 130 M€`):
        neither a deal's price nor a round's amount."""
        cue = self.rules.cue
        if "revenue_after_cues" in cue and cue["revenue_after_cues"].match(self.text[e.end:e.end + 30].lstrip()):
            return True
        if "revenue_before_cues" in cue:
            window = self.text[max(0, e.start - 45):e.start]     # ("chiffre d'affaires consolidé de ": 32)
            found = list(cue["revenue_before_cues"].finditer(window))
            return bool(found) and not window[found[-1].end():].strip()      # the cue right before it
        return False

    def passive_agent(self, trig, word: str, orgs: list[Ent]) -> Ent | None:
        """The name after a raising verb's passive participle and `par`: "levés par H Company"
        (the one who raised; "financé par" names who put the money in), its year between ("les
        484 millions de dollars levés en 2019 par GetYourGuide"), what it is before it ("réunis
        par le poids lourd OVH")."""
        # (the last word of a merged trigger: "Le tour de table de 5 millions d'euros a été bouclé par Kervalo")
        last = self.text[trig[0]:trig[1]].split()[-1]
        if not re.search(r"(?:é|u|i)e?s?$", last) or re.match(r"(?i)financ|inject", last):
            return None
        after = next((e for e in orgs if e.start >= trig[1]), None)
        if after is None or not _PASSIVE_AGENT.fullmatch(self.without_amounts(trig[1], after.start)):
            return None
        return after

    def into_word(self, etype: str, word: str) -> bool:
        """Whether a deal word puts money or a stake into someone ("investit", "entre au capital")."""
        into = self.rules.into.get(etype)
        return bool(into and into.fullmatch(word))

    def relative_antecedent(self, pos: int) -> Ent | None:
        """The name a relative clause's `qui` right before ``pos`` stands for ("Dougs, qui a
        bouclé", "Salesforce qui avale"), with nothing between them but brackets or an aside of
        its own; None when no such clause or name is there."""
        s0 = self.sentence[0]
        m = _RELATIVE_DEAL.search(self.text, max(s0, pos - 60), pos)
        if m is None:
            return None
        names = [e for e in self.within(s0, m.start()) if e.company_like]
        if not names or self.is_authority(names[-1]) or not _BEFORE_RELATIVE.fullmatch(self.text, names[-1].end,
                                                                                          m.start()):
            return None
        return names[-1]

    def relative_raiser(self, trig, word: str) -> Ent | None:
        """The name a relative clause right before a raising verb stands for; None for a verb
        whose subject puts the money in ("qui a financé")."""
        return None if re.match(r"(?i)financ", word) else self.relative_antecedent(trig[0])

    def amount_right_before(self, trig) -> Ent | None:
        """The amount right before the trigger ("les 250 millions d'euros levés")."""
        return next((e for e in self.within(max(0, trig[0] - 60), trig[0], "MONEY")
                     if not self.text[e.end:trig[0]].strip()), None)

    def without_amounts(self, a: int, b: int) -> str:
        """The text between a and b with each amount written as one word."""
        out, pos = [], a
        for e in self.within(a, b, "MONEY"):
            out += [self.text[pos:e.start], "MONTANT"]
            pos = e.end
        return "".join(out) + self.text[pos:b]

    def relative_host(self, trig, names: list[Ent]) -> Ent | None:
        """The name before "dans laquelle", "dans lequel" or "où" whose clause puts money into it
        (``_INTO_WHICH``), with only its investor between the relative and the verb."""
        for e in reversed([e for e in names if e.end <= trig[0]]):
            m = _INTO_WHICH.match(self.text, e.end, trig[0])
            if m is not None and re.fullmatch(r"(?:[^,;:()]{1,80}?)\s+(?:(?:a|ont|avait|avaient|aurait)\s+)?"
                                              r"(?:(?:déjà|aussi|également|notamment)\s+)?",
                                              self.text[m.end():trig[0]]):
                return e
        return None

    def into_target(self, trig, seg, names: list[Ent]) -> Ent | None:
        """The name the money goes into: `dans X`, `au capital de la start-up X` (a few words at most)."""
        # (from the trigger's start: "entré au capital" holds its cue, "de Glovo" follows)
        cues = list(self.rules.cue["into_cues"].finditer(self.text, trig[0], seg[1]))
        if self.text[trig[1] - 1] == "%" and (share := _SHARE_OF.match(self.text, trig[1])) is not None:
            # a stake told by its share is of the company after `de` ("prend 35 % de Hexaflux Robotics",
            # "avoir pris 21 % du capital de Zhejiang Leapmotor"), which comes first
            cues.insert(0, share)
        for m in cues:
            for e in names:
                # ("dans le studio de jeux vidéo québécois Hibernum": what it is, then its name)
                if e.start >= m.end() and re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,6}?", self.text[m.end():e.start]):
                    return e
                if e.start >= m.end() and _DESCRIBED_APPOSITION.fullmatch(self.text, m.end(), e.start) \
                        and not self.subject_of_a_verb(e):
                    # "dans une autre pépite française de la finance, Lydia": what it is, then its name
                    return e
        return None

    def recent_company(self, pos: int) -> Ent | None:
        recent = [ev for ev, trig in self.fundings if pos - trig[1] < 400]
        return recent[-1]["roles"]["company"] if recent else None

    def sourced(self, e: Ent) -> bool:
        """`selon Dealroom`: a name quoted as the source is no party to the deal; nor is a stock
        market, nor a wire's dateline ("(Agence Ecofin) - Sur les 330 milliards ...")."""
        return (self.near("source_cues", e.start, 14) or e.key.lower() in self.rules.not_parties
                # ("Interrogée à l'époque par L'Agefi, l'entreprise avait démenti": the paper that asked)
                or ("asked_by_cues" in self.rules.cue and self.near("asked_by_cues", e.start, 50))
                or e.text.lower() in self.rules.not_parties
                or (self.text[e.start - 1:e.start] == "(" and self.dateline_end(e.end)))

    def dateline_end(self, pos: int) -> bool:
        """Whether a wire's dateline closes at ``pos`` or a few characters on, the rest of the
        wire's name between ("(Reuters) - ", "PARIS (Agefi-Dow Jones)--Le groupe")."""
        close = self.text.find(")", pos, pos + 30)
        return close != -1 and "(" not in self.text[pos:close] and bool(_DATELINE_END.match(self.text, close))

    def subject(self, candidates: list[Ent], trig) -> Ent:
        """The nearest name before the verb, unless it sits in an apposition that closes just
        before it ("Medisonar, issue de l'Inserm, a bouclé"): then the name the apposition describes."""
        near = candidates[-1]
        if len(candidates) >= 2 and re.fullmatch(r"\s*\(\s*", self.text[candidates[-2].end:near.start]) and \
                re.match(r"\s*\)", self.text[near.end:trig[0]]):
            # "Embracer Group AB (Embracer) a annoncé": the name its short form in brackets repeats
            candidates, near = candidates[:-1], candidates[-2]
        gap = self.text[near.end:trig[0]]
        if len(candidates) >= 2 and re.fullmatch(r"\s*et\s+", gap) and self.verb_between(candidates[-2].end, near.start):
            # "Cajoo s'allie à Carrefour et lève 40 millions": a second verb joined by "et" has the
            # first one's subject, not its object
            return candidates[-2]
        if self.role_before(near, 30) is not None:
            # "a dit Jean-François Gagné, PDG d'Element AI, fier d'avoir amassé 137,5 M$": the
            # role's company is the one the person speaks for
            return near
        if len(candidates) >= 2 and "," in gap and len(gap.split()) <= 4:
            opening = self.text.rfind(",", candidates[-2].end, near.start)
            if opening != -1:
                return candidates[-2]
        if re.match(r"\s*,", gap):
            # "Worldline, filiale du géant de l'informatique Atos, a annoncé ... acquérir", "Sa
            # holding, Altice, qui possède Numericable-SFR et Portugal Telecom, s'est offert":
            # the names of an apposition closed by a comma describe the one it opens on
            for k in range(len(candidates) - 2, -1, -1):
                between = self.text[candidates[k].end:candidates[k + 1].start]
                # (not a bare comma: "Deuxième derrière Zama, Greenly, qui aide ..., a réuni" opens the
                # clause on Greenly)
                if re.match(r"\s*,", between) and not re.fullmatch(r"\s*,\s*", between) \
                        and len(self.text[candidates[k].end:near.end].split()) <= 14:
                    return candidates[k]
        elif len(candidates) >= 2 and _TO_THE_VERB_AFTER_COMMA.search(gap) and not re.search(r"[;:.]", gap) and \
                re.fullmatch(r"\s*,[^,;:.()]*[^\W\d_][^,;:.()]*", self.text[candidates[-2].end:near.start]):
            # (not "Deuxième derrière Zama, Greenly, qui aide ..., a réuni": a name right after the
            # comma opens the clause, no apposition)
            # "NicOx, doyenne des start-up de Sophia avec ses 28 ans, ..., a décroché", "OneStock,
            # éditeur d'une solution BtoB qui optimise ..., a levé": the apposition's name describes
            # the one it opens on, though words follow it before the comma that closes it
            return candidates[-2]
        return near

    def subject_before(self, pos: int, nearest: bool = False) -> Ent | None:
        """What `la start-up`, `le groupe` refers to: the first name of the nearest sentence
        before ``pos`` that has one (its subject, in news prose); with ``nearest``, that one even
        when the article names another more."""
        subjects = []
        # (in a list's item that names a company before ``pos``, the item's: a brief's anaphora
        # does not reach the brief above, "- **Encore une licorne.** L'heureuse élue s'appelle
        # Doctolib ... La société vient de boucler", the item before told of Google)
        item = self.item_line(pos)
        named = [e for e in self.within(item.start(1), pos, "ORG") if self.party(e)] if item is not None else []
        floor = item.start(1) if named else 0
        if named and (opener := self.item_opening(item.start(1), named)) is not None:
            return opener     # ("- **Tarvane Energy** : 24 millions ... Le tour est mené par Demeter ...
            # La société avait levé 5 millions": the company the item opens on)
        for s0, s1 in reversed(self.sents[:bisect.bisect_left(self.sent_starts, pos)]):   # (those starting before pos)
            if s1 <= floor:
                break
            names = [e for e in self.within(max(s0, floor), min(s1, pos), "ORG") if not self.is_authority(e) and not self.sourced(e)]
            if names:
                subjects.append(names[0])
                if nearest or len(subjects) == 3:
                    break
        if not subjects:
            return None
        if nearest:
            return subjects[0]
        # the article's own company, when it is one of the last subjects, over a passing one
        # ("Salesforce Ventures complète la série B. [...] l'entreprise rachète Cryptik")
        return max(subjects, key=lambda e: self.mentions[e.key])

    def described(self, a: int, b: int) -> bool:
        """A company named by what it is (`la jeune pousse`, `la start-up française`), not by
        a pronoun: after a verb, "il" or "elle" may be anyone."""
        return any(" " in m.group() or "'" in m.group() or "’" in m.group()
                   for m in self.rules.cue["anaphora"].finditer(self.text, a, b))

    def main_company(self, pos: int) -> Ent | None:
        """The company an article that opens on `l'entreprise française` names only later: its
        most mentioned name (twice at least), at the mention nearest before ``pos``, else the first after."""
        names = [e for e in self.ents if e.label == "ORG" and not self.is_authority(e) and not self.sourced(e)]
        if not names:
            return None
        key = max(names, key=lambda e: self.mentions[e.key]).key
        if self.mentions[key] < 2:
            return None
        mentions = [e for e in names if e.key == key]
        before = [e for e in mentions if e.end <= pos]
        return before[-1] if before else mentions[0]

    def person_subject(self, start: int, trig) -> bool:
        """Whether a person is the subject right before the verb, after ``start`` ("Arnaud Nourry
        lève", "Arnaud Nourry, vient de lever")."""
        # (not an agent or a list of an apposition: "La start-up, fondée par Philippe Corrot et Adrien
        # Nussenbaum, a bouclé"; nor the inverted subject of a relative aside: "Nexthink, que dirige
        # Pedro Bados, a levé")
        return any(start <= a and re.fullmatch(r"[\s,]*(?:[\w'’-]+\s+){0,3}?", self.text[b:trig[0]])
                   and not re.search(r"(?:\bpar|\bde|d['’]|\bavec|\bet)\s*$", self.text[max(0, a - 8):a])
                   and not _INVERTED_SUBJECT.search(self.text, max(start, a - 40), a)
                   for a, b in self.persons if b <= trig[0])

    def role_before(self, e: Ent, width: int) -> re.Match | None:
        """A person's role right before a name, within ``width`` characters ("PDG d'Element AI",
        "le fondateur de Kervalo"): the role's match, else None."""
        role = self.rules.cue.get("role_cues")
        at = list(role.finditer(self.text, max(0, e.start - width), e.start)) if role is not None else []
        if at and _OF_THE_COMPANY.fullmatch(self.text, at[-1].end(), e.start):
            return at[-1]
        return None

    def speaks_for(self, e: Ent) -> bool:
        """Whether a name follows a person's present role ("le fondateur de Kervalo", "PDG
        d'Element AI"; not "l'ancien PDG d'Hachette")."""
        at = self.role_before(e, 40)
        return at is not None and not re.search(r"(?:ancien(?:ne)?|ex-)\s*$", self.text[max(0, e.start - 40):at.start()])

    def founded(self, trig, seg) -> Ent | None:
        """The company a person raises for: "pour lancer sa propre maison Les Nouveaux Éditeurs"."""
        m = _FOUNDED_FOR.search(self.text, trig[1], seg[1])
        if m is None:
            return None
        return next((e for e in self.within(m.end(), seg[1]) if e.company_like and re.fullmatch(
            r"(?:[\w'’-]+\s+){0,3}?", self.text[m.end():e.start])), None)

    def anaphoric_subject(self, last: Ent, trig, seg) -> Ent | None:
        """The company told of, when the subject of the verb is an anaphora (`la jeune pousse`)
        right after a comma that closes a fronted clause holding ``last``."""
        if not (_FRONTED_ORIGIN.match(self.text, seg[0], last.start) or _FRONTED_ASIDE.match(self.text, seg[0], last.start)):
            return None      # "Quant au spécialiste ... Voltana, il a levé": the name is the subject
        m = self.rules.cue["anaphora"].search(self.text, last.end, trig[0])
        if m is None or not re.fullmatch(r"[^.;:]*,\s*", self.text[last.end:m.start()]) \
                or not re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,4}", self.text[m.end():trig[0]]):
            return None
        return self.company_told_of(seg[0])

    def described_anaphor(self, names: list[Ent], trig, seg) -> Ent | None:
        """The company told of, when the verb's subject is an anaphora (`la société de
        biotechnologie`) opening its part, and every name before the verb stands in the aside
        between commas that follows it; None otherwise."""
        opening = _OPENING_ADVERBIAL.match(self.text, seg[0])
        m = self.rules.cue["anaphora"].match(self.text, opening.end(1)) or \
            self.rules.cue["anaphora"].match(self.text, opening.end())
        if m is None or m.end() > names[0].start or re.match(r"(?i)elle|il", m.group()):
            return None
        # (an aside that says something of it, not its name alone: "Le leader français, Voodoo, a levé")
        opens = _ANAPHOR_ASIDE_OPENS.fullmatch(self.text, m.end(), names[0].start)
        if opens is None or not opens.group(1).strip() or \
                not _ANAPHOR_ASIDE_CLOSES.fullmatch(self.text, names[-1].end, trig[0]):
            return None
        return self.company_told_of(seg[0])

    def party(self, e: Ent) -> bool:
        """Whether a name may be a party to a deal: a company (or a guessed product), neither an
        authority nor the source of the news."""
        return e.company_like and not self.is_authority(e) and not self.sourced(e)

    def latest_named(self, seg, trig) -> Ent | None:
        """What `ce dernier`, `cette dernière` before the verb names: the last company named
        before the clause (not the company told of, as `elle` is)."""
        cue = self.rules.cue.get("latest_anaphora")
        m = cue.search(self.text, seg[0], trig[0]) if cue is not None else None
        if m is None:
            return None
        named = [e for e in self.ents if e.end <= m.start() and self.party(e)]
        return named[-1] if named else None

    def company_told_of(self, pos: int) -> Ent | None:
        """What `elle`, `la jeune pousse` names: the company of the round just read, else the
        subject before, else (an article that opens on "La startup française ...") its own company."""
        recent = self.recent_company(pos)
        subject = self.subject_before(pos)
        if recent is not None:
            # ("MedDay ... lui ont apporté 39 millions. Eye Tech Care occupe le quatrième rang. [...]
            # L'entreprise a récolté 33 millions": a company named as a subject since the round
            # was read is the one told of now)
            last = self.fundings[-1][1][1] if self.fundings else pos
            # (the nearest subject too: the most named of the last three sentences' may be the
            # previous round's investor, "Sofinnova Partners ... lui ont apporté")
            for named in (subject, self.subject_before(pos, nearest=True)):
                if named is not None and named.start > last and named.key != recent.key \
                        and named.key not in self.investor_keys() and self.opens_its_sentence(named):
                    return named
            return recent
        if subject is not None and subject.key in self.investor_keys():
            # "Renault entre au capital [...] l'entreprise avait aussi obtenu de la BEI 25 millions":
            # a round's investor is no company the article tells of; its own company is, or (a
            # roundup, where an investor is named most: "Vient ensuite Enyo Pharma, spécialiste des
            # antiviraux. La société a bouclé") the nearest subject that is no investor
            nearest = self.subject_before(pos, nearest=True)
            if nearest is not None and nearest.key not in self.investor_keys():
                return nearest
            return self.main_company(pos) or subject
        return subject or self.main_company(pos)

    def opens_its_sentence(self, e: Ent) -> bool:
        """Whether a name opens its sentence (nothing before it but spaces, markdown and opening
        quotes): news prose's subject."""
        s0 = self.sents[self.sentence_at(e.start)][0]
        return bool(re.fullmatch(r"[\s*#_«\"-]*", self.text[s0:e.start]))

    def investor_keys(self) -> set[str]:
        """The names the rounds read so far give as investors."""
        return {e.key for ev, _ in self.fundings for e in ev["roles"]["investors"]}

    def deal_dates(self, start: int, end: int, sent_start: int) -> list[Ent]:
        """The dates between ``start`` and ``end`` that can date a deal: not one that tells when
        a company was founded ("fondée en 2018"), within the sentence opening at ``sent_start``."""
        # (a company born of a deal was born with it: "MasOrange, née en mars 2024 de la fusion avec
        # MásMóvil")
        return [e for e in self.within(start, end, "DATE") if not self.near("founding_cues", e.start, 16, sent_start)
                or _BORN_OF_A_DEAL.match(self.text, e.end)]

    def date(self, seg: tuple[int, int], trig: tuple[int, int]) -> Ent | None:
        dates = [e for e in self.deal_dates(*seg, seg[0]) if not self.conceded(e, trig)]
        return min(dates, key=lambda e: abs(e.start - trig[0])) if dates else None

    def conceded(self, e: Ent, trig: tuple[int, int]) -> bool:
        """Whether a date sits in a concessive clause closed before the statement ("Alors que la
        French Tech n'avait pas connu de mega-tours en février et en mars, HysetCo et Pigment ont
        levé ..."): it dates what the clause concedes, not the deal."""
        if e.end > trig[0]:
            return False
        m = None
        for m in _CONCESSIVE.finditer(self.text, max(0, e.start - 120), e.start):
            pass
        return m is not None and "," not in self.text[m.end():e.start] and "," in self.text[e.end:trig[0]]

    def round(self, seg: tuple[int, int]) -> str | None:
        m = self.rules.round.search(self.text[seg[0]:seg[1]])
        if not m:
            return None
        if m.group(1):
            return m.group(1).upper()
        return "pre-seed" if m.group(2) else "seed" if m.group(3) else "bridge"

    def funding(self, seg, trig, word) -> list[dict]:
        r = self.rules
        if r.own_fund is not None and r.own_fund.match(self.without_amounts(trig[0] + len(word), seg[1])):
            # "Partech boucle un nouveau fonds de 400 millions d'euros", "Elaia a levé 150 millions pour son
            # quatrième fonds": an investor's own fund, raised from its backers, is no round (§4, stop 48)
            # (read after the first deal word: "boucle ... série A" is one merged trigger)
            return []
        orgs = self.described_subject(seg) + [e for e in self.within(*seg, "ORG") if not self.sourced(e)]
        if re.match(r"(?:ce|cet|cette)\s", word, re.I) and self.fundings and not [
                e for e in orgs if e.end <= trig[0]]:
            # "cette nouvelle levée de fonds porte à 6 milliards la valorisation": the round just told,
            # of which it may give the valuation or the investors (merged with it)
            told = self.fundings[-1][0]["roles"]["company"]
            return self.completes(told, self.investor_list(orgs, trig, seg, told), seg, self.money(seg, trig)[1])
        company, investors, agent_amount, agent, host = None, [], None, None, None
        into = self.into_word("funding", word)
        if into and _ROUND_NAMED.search(self.text[trig[0]:trig[1] + 16]) and self.into_target(trig, seg, orgs) is None:
            # "Wave a annoncé un investissement de série A de 200 millions de dollars": an
            # investment named by its round is the round of its subject, as "une levée" is
            into = False
        if into:
            # "Nvidia investit 2 milliards dans Nokia": the money goes into the ORG after 'dans'
            company = self.into_target(trig, seg, orgs)
            if company is None and (_INTO_IT.search(self.text, max(0, trig[0] - 14), trig[0]) or word.lower().startswith(("y ", "lui "))
                                    or _INTO_DESCRIBED.match(
                    # ("un investissement majeur de 180 millions de dollars (159 millions d'euros) dans la startup")
                    re.sub(r"\s*\(\s*MONTANT\s*\)", "", self.without_amounts(trig[1], seg[1])))):
                # "Le fonds Elliott ... y investit 100 millions de dollars", "a investi 16 millions dans la
                # start-up française": into the company just told of
                company = self.company_told_of(seg[0])
            if company is None and (among := _PORTFOLIO.match(self.text, trig[1], seg[1])) is not None and (
                    first := self.starting_at(among.end(), seg[1])) is not None and first.company_like:
                # "Real Ventures a investi dans plus de neuf entreprises, dont INSTANT Financial, Algolux et
                # Minibridge AI": the investor's stake in each company the list names
                return [{"company": c, "amount": None, "round": None, "investors": [e for e in orgs if e.end <= trig[0]][-1:],
                         "valuation": None, "date": self.date(seg, trig), "_weak": False}
                        for c in self.listed_after([e for e in orgs if e.start > first.end], first)]
            if company is None and (host := self.relative_host(trig, orgs)) is not None:
                # "Coveo, dans laquelle Evergreen Coast Capital a investi 100 millions $", "EBI, où le
                # Fonds de solidarité FTQ a injecté 53 millions $": into the name the relative stands
                # for; who invests is after it
                company = host
            if company is None:
                return []      # into its own data centres, a country, a sector: no round
            investors = [e for e in orgs if e.end <= trig[0] and (host is None or e.start > host.end)]
            if not investors and r.cue["anaphora"].search(self.text, seg[0], trig[0]):
                # "Il a aussi annoncé un investissement de 1 milliard dans Nokia": the subject before
                investors = [e for e in [self.subject_before(seg[0])] if e is not None and e is not company]
        else:
            before = [e for e in orgs if e.end <= trig[0] and not self.near("investor_cues", e.start, 14, seg[0])]
            # (not "une augmentation de capital au profit de Bpifrance": the one the new shares go to)
            beneficiary = next((e for e in orgs if e.start >= trig[1] and _FOR_THE_BENEFIT.fullmatch(
                self.without_amounts(trig[1], e.start)) and "augmentation" not in self.text[trig[0]:e.start].lower()), None)
            joined = self.round_joined(trig, orgs) if beneficiary is None else None
            if joined is not None:
                # "Orange Ventures remet un jeton en participant au tour d'amorçage d'Afrikamart", "Partech
                # a pris part à la levée de fonds de Kervalo": the round is the company's named after it;
                # who takes part in it invests ("le spécialiste chinois du commerce en ligne a mené un
                # tour de table d'1 milliard de dollars dans Moonshot AI": the company told of)
                company = joined
                if before:
                    investors = [e for e in self.listed_with(before, before[-1]) if not self.speaks_for(e)]
                elif r.cue["anaphora"].search(self.text, seg[0], trig[0]):
                    investors = [e for e in [self.subject_before(seg[0])] if e is not None and e.key != joined.key]
            elif beneficiary is not None:
                # "Elaia avait piloté une levée de 5 millions d'euros au profit d'Acorus Networks": the
                # round is the company's it benefits; the subject who led it invests
                company = beneficiary
                investors = [e for e in before[-1:] if not self.speaks_for(e)]
            elif (agent := self.passive_agent(trig, word, orgs)) is not None and (
                    not before or (agent_amount := self.amount_right_before(trig)) is not None):
                # "les 203,5 millions d'euros levés par H Company", "talonnant les 224 millions
                # obtenus par OVH en 2016": a passive participle's agent raised the money (whatever
                # name the sentence holds before, when the amount stands right before the participle)
                company = agent
            elif (raiser := self.relative_raiser(trig, word)) is not None:
                # "avec Indy, qui a décroché 40 M€, et Dougs, qui a bouclé son premier tour de table à
                # 25 M€": the name a relative clause's 'qui' stands for raised the money (its part
                # starts at the verb, so the name is in the part before)
                company = raiser
            elif not before and self.fronted_gerund(seg, trig) and (
                    subject := self.gerund_subject(trig) or self.gerund_anaphor(trig, seg)) is not None:
                company = subject
            elif before and _JOINED_ROUND.fullmatch(self.text, before[-1].end, trig[0]) and self.fundings:
                # "Le constructeur Daimler a mené le tour de table", "Didi Chuxing, déjà au capital, a
                # participé de nouveau au tour de table": who puts money into the round just told
                told = self.fundings[-1][0]["roles"]["company"]
                return self.completes(told, self.listed_with(before, before[-1]) + self.investor_list(orgs, trig, seg, told),
                                      seg)
            elif _FRONTED_LEAD.match(self.text, seg[0], trig[0]):
                # "Menée par le fonds israélien A-moon et les Japonais de Hitachi Ventures, la série F
                # ...": the names before the round lead it; the round is the company's told of
                investors = [e for e in orgs if e.end <= trig[0]]
                company = self.company_told_of(seg[0])
                if company is None:
                    return []
            elif self.person_subject(before[-1].end if before else seg[0], trig) and not (
                    before and self.speaks_for(before[-1])):
                # "L'ancien PDG d'Hachette, Arnaud Nourry, vient de lever 3,1 millions d'euros pour lancer sa
                # propre maison Les Nouveaux Éditeurs": a person raises, for the company he founds if named
                company = self.founded(trig, seg)
                if company is None:
                    return []
            elif before and (told := self.anaphoric_subject(before[-1], trig, seg)) is not None:
                # "Née à l'Inria Startup Studio de Lille, la jeune pousse vient de lever 2 M€": the name in
                # the fronted clause is none; the subject is the company told of
                company = told
            elif before and (told := self.described_anaphor(before, trig, seg)) is not None:
                # "La société de biotechnologie, issue de l'Inserm, avait récolté 1,5 M€": the subject
                # is the anaphora, the names are its aside's
                company = told
            elif before and (head := self.item_head(trig)) is not None:
                # "- **Sumeria** : la néobanque issue de Lydia a levé 50 millions": the item's company,
                # which the subject describes, not a name of the description
                company = head
            elif before and (owner := self.round_owner_after(trig, orgs)) is not None:
                # "Datavolt salue la levée de fonds de Kervalo", "lors de la levée de 10 millions
                # d'euros de Kervalo": the round is the company's its noun names, not the subject's
                company = owner
            elif before and (opener := self.subject_of_an_adverbial_round(trig)) is not None:
                # "Sendinblue a acquis Metrilo, après une levée de 160 millions de dollars", "Le suisse
                # Distalmotion a obtenu le feu vert de la FDA, après une levée de 150 millions": a round
                # told after a comma as when something happened is the sentence's subject's
                company = opener
            elif before:
                company = self.subject(before, trig)
            elif (latest := self.latest_named(seg, trig)) is not None:
                company = latest      # "Ce dernier a levé 290 millions": the company named last
            elif r.cue["anaphora"].search(self.text, seg[0], trig[0]) or re.match(r"(?i)(?:sa|son)\s", word) \
                    or _ITS.search(self.text, max(seg[0], trig[0] - 24), trig[0]):
                # "Elle avait levé 6 millions en 2023", "À la suite de sa levée de 100 millions d'euros":
                # the company told of (not "Leurs levées de fonds atteignent respectivement 27, 15 et 10
                # millions": several companies' rounds)
                company = self.company_told_of(seg[0])
            else:
                after = [e for e in orgs if e.start >= trig[1]]
                # a fronted clause: "Avec 9,3 millions levés, ...", "Malgré une levée de fonds de 110
                # millions de dollars, Blade ...", "Grâce à une levée de 12 millions, Kervalo ..."
                fronted = bool(_FRONTED.match(self.text, seg[0], trig[0]))
                if not after and fronted:
                    # a roundup's fronted clause ends where the next verb's part begins: its
                    # subject may lie past the part ("Avec un tour de table à 9 millions, Linkfluence conclut la levée")
                    after = [e for e in self.within(trig[1], self.sentence[1], "ORG") if not self.sourced(e)][:1]
                gap = self.without_amounts(trig[1], after[0].start) if after else ""
                # ("la levée de fonds de près de 15 millions d'euros de l'entreprise Pili": an amount's approximation)
                gap = re.sub(r"(?i)(?<!\w)(?:(?:près|plus|moins)\s+d['’e]\s*|environ\s+)(?=MONTANT)", "", gap)
                by = r.cue["raised_by_cues"].search(gap) if after and "raised_by_cues" in r.cue else None
                if by is not None and re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,3}?", gap[by.end():]):
                    # "la levée de 15 millions d'euros bouclée par Phenix": the company after 'par'
                    company = after[0]
                elif after and fronted and r.cue["investor_cues"].search(gap) and _FRONTED_WITH.match(
                        self.text, seg[0], trig[0]) and (subject := self.gerund_subject(trig)) is not None:
                    # "Avec 105 millions d'euros obtenus auprès de Lightspeed, Mistral AI signe un record":
                    # the clause names its investors, the main clause's subject raised
                    company = subject
                elif after and fronted and len(gap) <= 120 and re.search(
                        r",\s*(?:(?:la|le|l['’])\s*[\w-]+(?:\s+[\w-]+)?\s+)?$", gap) and not re.search(
                        r"[;:()]|\bd(?:e|['’])\s*(?:son|sa|ses|leurs?)\s", gap) \
                        and not r.cue["investor_cues"].search(re.sub(r"^\s*de\s+fonds\b", "", gap)):
                    # "Après une première levée de fonds en 2018 de 3,5 millions d'euros puis une seconde
                    # de 11 millions en 2020, Exotrail a annoncé ...": the fronted clause's subject (not
                    # when the clause names whose round it was: "de son concurrent")
                    company = after[0]
                elif after and _GIVEN_TO.fullmatch(gap):
                    # "une ronde de série A qui avait apporté 17,5 millions à Spark": who receives it
                    company = after[0]
                elif after and (_FOR_COMPANY.fullmatch(gap) or (
                        # "nouvelle ronde de financement record pour l'entreprise montréalaise LightSpeed"
                        (kind := _KIND_BEFORE_NAME.search(gap)) and (
                            # ("la levée de fonds de huit millions d'euros de la Health Tech toulousaine Sêmeia":
                            # after the round's amount, what the company is)
                            # ("la levée de 96 millions d'euros du marseillais ImCheck Therapeutics")
                            re.fullmatch(r"\s*(?:de\s+fonds\s+)?(?:de\s+)?MONTANT\s+" + (
                                "" if kind.group().lower().startswith("du") else r"d(?:e\s+|['’])"), gap[:kind.start()])
                            or (self.described(after[0].start - len(kind.group()), after[0].start)
                                and _FOR_COMPANY.fullmatch(gap[:kind.start()])))) or (
                        # "Avec 9,3 millions levés, Antaios occupe la première place": a roundup's fronted clause
                        # ("Avec un tour de table à 9 millions de dollars (8 millions d'euros), Linkfluence conclut")
                        re.fullmatch(r"\s*(?:de\s+fonds\s+)?(?:(?:à|de)\s+)?(?:MONTANT\s*)?(?:\(\s*MONTANT\s*\)\s*)?,\s*", gap)
                        and fronted)) \
                        and not r.cue["investor_cues"].search(re.sub(r"^\s*de\s+fonds\b", "", gap)):
                    # ("une levée | de fonds de ...": the rest of the funding noun, no investor's fund)
                    company = after[0]
                elif not after and self.described(trig[0], self.sentence[1]):
                    # "Un premier tour de table a permis à la pépite française de lever 105 millions"
                    company = self.company_told_of(seg[0])
                elif self.earlier_round(trig):
                    # "Un premier tour de 2 millions d'euros avait été apporté par des business angels
                    # en 2014", "Une levée antérieure, conclue en février, lui avait rapporté 40
                    # millions": an earlier round of the company told of, with its own amount and date
                    company = self.company_told_of(seg[0])
        if company is None:
            # "Cette série C est menée par Coatue, aux côtés de Bpifrance": no new company and no
            # new money, so it completes the round just read
            amount_here, _ = self.money(seg, trig)
            if amount_here is None and r.cue["investor_cues"].search(self.text, trig[1], seg[1]):
                company = self.recent_company(seg[0])
        if company is None:
            # a name the NER read as a product, right before the verb ("**Medisonar** a bouclé")
            named = [e for e in self.within(seg[0], trig[0], "PRODUCT")]
            if named and re.fullmatch(r"[\s*,]*(?:\w+\s+){0,3}?", self.text[named[-1].end:trig[0]]):
                company = named[-1]
        if company is None:
            return []
        amount, valuation = self.money(seg, trig)
        if agent_amount is not None:
            # "21,3 millions récoltés par Imcyse, 20 millions obtenus par NeuVasQ": each participle's
            # amount is the one before it
            amount = agent_amount
        if self.total(seg, trig) and (one := self.round_of_a_total(seg, trig)) is not None:
            # the total's one round: its amount, and its date and investors told after it
            amount, seg = one, (one.start, seg[1])
            investors = []
        rnd = self.round(seg)
        if amount is None and valuation is None and rnd is None and not (
                r.cue["funding_without_amount"].search(self.text, trig[0], trig[1] + 30)) and not (
                into and (investors or _INVESTORS_AS_SUBJECT.search(self.text, seg[0], trig[0]))
                and company.start >= trig[1]) and not (
                agent is company and re.search(r"(?i)tours?|levées?|s[ée]ries?", word)):
            # ("Les plus gros tours de table ont été bouclés par UnifiedPost, Collibra et Nyxoah": a
            # round's noun whose participle names who raised it states it)
            # (the main party is enough when the verb says it: "Alan a levé des fonds", "Microsoft
            # investit dans d-Matrix": who puts money into whom)
            return []
        weak = bool(r.weak["funding"] and r.weak["funding"].fullmatch(word))
        if weak and company.end <= trig[0] and re.search(r"(?i)\b(?:levées|opérations|tours de table)\s*\([^()]*$",
                                                         self.text[self.sentence[0]:company.start]):
            # "Les levées (Datavolt et Kervalo) ont rassemblé 30 millions": the rounds' sum, their names in
            # brackets (any name in brackets before a weak verb was tried: it cost real sealed 26's funding)
            return []
        # (what the money is for, up to a few words past the amount: "a décroché un contrat de 5 millions",
        # "a obtenu 2 millions de subventions"; not a later aside: "a réussi à collecter 14 millions d'euros,
        # dont 7 millions de financements privés, le solde étant des subventions publiques")
        # (a weak verb beside a takeover never gets here: events() drops it, "le rachat ..., bouclé par SAP")
        # ("Kervalo a elle aussi obtenu des capitaux": money told with no amount)
        if weak and ((amount is None and not r.cue["funding_without_amount"].search(self.text, trig[0], trig[1] + 30))
                     or r.cue["not_funding_cues"].search(
                self.text, seg[0], min(seg[1], max(amount.end if amount is not None else 0, trig[1]) + 30))):
            return []      # "a décroché un contrat": no round
        if company.start < trig[1] and r.cue["sector_cues"].search(self.text, max(seg[0], trig[0] - 50), trig[0]):
            # "les start-up de la French Tech ont levé 3,8 milliards": a sector total (but "l'écosystème
            # garde en tête la levée de 15 millions de l'entreprise Pili" names the company after it)
            return []
        if host is None:     # (the relative's clause named its investor: "où Datavolt a injecté 5 M€, et Kervalo")
            investors += self.investor_list(orgs, trig, seg, company) or self.given_by(orgs, trig, amount, company, word)
        investors = self.investors_of(investors, company)
        date = self.date(seg, trig)
        listed = (self.respectively(trig, orgs, company) or self.paired_in_order(trig, seg, orgs, company)) \
            if company.end <= trig[0] else []
        if listed:
            # "Alan et Qonto ont levé respectivement 50 et 30 millions d'euros"
            return [{"company": c, "amount": a, "round": rnd, "investors": [], "valuation": None, "date": date,
                     "_weak": weak} for c, a in listed]
        if company.start >= trig[1] and _ROUND_NOUN.fullmatch(word):
            # "des tours de table de 96,2 millions pour CeQur, de 77 millions pour ADC Therapeutics":
            # one round per amount and name, none of them an investor
            listed = self.rounds_listed_after(company, amount, seg)
            if listed:
                names = {id(c) for c, _ in listed}
                investors = [e for e in investors if id(e) not in names]
                return [{"company": company, "amount": amount, "round": rnd, "investors": investors,
                         "valuation": valuation, "date": date, "_weak": weak}] + [
                    {"company": c, "amount": a, "round": None, "investors": [], "valuation": None, "date": date,
                     "_weak": weak} for c, a in listed]
        further = [{"company": c, "amount": None, "round": None, "investors": investors, "valuation": None,
                    "date": date, "_weak": weak} for c in self.further_into(
                       company, seg, orgs, bool(_BET.search(self.text, trig[0], trig[1])))] if into else []
        # (several agents of a plural participle raised a round each, none of them an investor)
        agents = agent is company and bool(re.search(r"(?:és|ées|us|ues|is|ies)$", self.text[trig[0]:trig[1]]))
        companies = self.each(orgs, company, trig, agents)
        if len(companies) == 1 and not agents and company.end <= trig[0] and self.plural_verb(trig):
            # "Latitude (micro-lanceurs), Greenerwave et Aldoria ont bouclé des tours de table",
            # "REstore, Teamleader et Ojoo récoltent plusieurs millions": the subjects of a plural
            # verb raised a round each, their amounts untold; a sum they share ("ont levé à elles
            # cinq 1,8 milliard") is none of theirs (§4)
            companies = self.listed_with(orgs, company, _LIST_JOINT_BRACKETS)
            if len(companies) > 1:
                investors, amount = [], None
        if len(companies) > 1 and agents:
            investors = [e for e in investors if e not in companies]
        return [{"company": c, "amount": amount, "round": rnd, "investors": investors if c is company else [],
                 "valuation": valuation, "date": date, "_weak": weak} for c in companies] + further

    def rounds_listed_after(self, company: Ent, amount: Ent | None, seg) -> list[tuple[Ent, Ent]]:
        """The further rounds a round's noun lists after the company it names, each amount before
        its name ("des tours de table de 96,2 millions pour CeQur, de 77 millions pour ADC
        Therapeutics"); the lists of names each after its own "de" are ``rounds_of_a_plural_noun``'s."""
        end = self.sentence[1]
        out: list[tuple[Ent, Ent]] = []
        if amount is None or amount.end > company.start or not _FOR_NAME.fullmatch(self.text, amount.end, company.start):
            return out
        prev = company
        while (joint := _NEXT_AMOUNT_FOR.match(self.text, prev.end, end)) is not None:
            money = self.starting_at(joint.end(), end, "MONEY")
            link = _FOR_NAME.match(self.text, money.end, end) if money is not None else None
            name = self.starting_at(link.end(), end) if link is not None else None
            if name is None or not name.company_like:
                break
            out.append((name, money))
            prev = name
        return out

    def earlier_round(self, trig) -> bool:
        """Whether the round's words name it by its rank or as past (``un premier tour``, ``une
        levée antérieure``: ``earlier_round_cues``)."""
        cue = self.rules.cue.get("earlier_round_cues")
        return cue is not None and any(m.start() < trig[1] and trig[0] < m.end()
                                       for m in cue.finditer(self.text, max(0, trig[0] - 30), trig[1] + 30))

    def further_into(self, first: Ent, seg, names: list[Ent], bet: bool = False) -> list[Ent]:
        """The further companies a stake goes into, each after its own `dans` ("a déjà investi dans
        Tendril, qui fournit des services énergétiques, et dans Advanced Microgrid Solutions"); after
        a bet (``bet``: "a déjà misé sur Doctolib, Qonto et Swile", "sur AirBnB, le site de
        location ..., sur Kickstarter ... et sur le site d'actualités Buzzfeed"), a list of them."""
        out, prev = [], first
        joint = _FURTHER_ON if bet else _FURTHER_INTO
        for e in names:
            if e.start <= prev.start or not e.company_like:
                continue
            if not joint.fullmatch(self.text, prev.end, e.start):
                break
            out.append(e)
            prev = e
        return out

    def completes(self, company: Ent, investors: list[Ent], seg, valuation: Ent | None = None) -> list[dict]:
        """A statement that completes the round just told (its investors, round, valuation): a weak
        event of it, merged with it."""
        return [{"company": company, "amount": None, "round": self.round(seg), "valuation": valuation,
                 "investors": self.investors_of(investors, company), "date": None, "_weak": True}]

    def fronted_gerund(self, seg: tuple[int, int], trig: tuple[int, int]) -> bool:
        """Whether the deal is told in a gerund clause before the main one: the trigger is the
        gerund ("En levant 20 millions d'euros auprès de Partech, Kervalo ...", "En rachetant
        Kervalo, Datavolt ..."), or follows a gerund of stating ("En annonçant un tour de table
        à 100 millions, Spendesk ..."); not "En attendant une série B, Verdana a obtenu ...".
        """
        m = _GERUND_EN.match(self.text, seg[0], trig[0])
        if m is None:
            # ("Deux ans après avoir bouclé un tour de table de 137 millions de dollars, Element AI
            # remet le couvert": the past infinitive after `après` is fronted the same way)
            return _AFTER_HAVING.fullmatch(self.text, seg[0], trig[0]) is not None
        if m.end() == trig[0]:
            return bool(re.match(r"[\w'’-]+ant\b", self.text[trig[0]:trig[1]]))
        cue = self.rules.cue.get("statement_gerunds")
        return cue is not None and cue.match(self.text, m.end(), trig[0]) is not None

    def gerund_subject(self, trig: tuple[int, int]) -> Ent | None:
        """The subject of the main clause after a fronted gerund clause ("En levant 20 millions
        d'euros auprès de Partech, Idinvest et Kima, la fintech Kervalo devient ..."): the first
        party after a comma that closes the clause, past any list the clause ends with."""
        prev, joined = None, False
        for e in self.within(trig[1], self.sentence[1]):
            if not e.company_like or self.is_authority(e):
                continue
            gap = self.text[prev.end if prev else trig[1]:e.start]
            if prev is not None and re.fullmatch(r"\s+et\s+", gap):
                joined, prev = True, e      # "Partech, Idinvest et Kima": a list of the clause
                continue
            if re.search(r",\s*(?:(?:la|le|les|l['’])\s*(?:[\w-]+\s+){0,4})?$", gap) and not (
                    prev is not None and not joined and re.fullmatch(r",\s*", gap) and self.continues_list(e)):
                return e
            prev = e
        return None

    def gerund_anaphor(self, trig: tuple[int, int], seg: tuple[int, int]) -> Ent | None:
        """A main clause after a fronted gerund whose subject names the company by a pronoun
        or its kind ("En levant 600 millions d'euros lors d'une série D menée par Prima
        Materia, elle porte ..."): the company told of."""
        for m in re.finditer(r",\s*", self.text[trig[1]:self.sentence[1]]):
            a = trig[1] + m.end()
            hit = self.rules.cue["anaphora"].match(self.text, a)
            if hit is not None and re.match(r"\s", self.text[hit.end():hit.end() + 1]):
                return self.company_told_of(seg[0])
        return None

    def continues_list(self, e: Ent) -> bool:
        """Whether a name is followed by another of the same list (", Y" or " et Y")."""
        nxt = next((x for x in self.within(e.end, self.sentence[1]) if x.company_like), None)
        return nxt is not None and bool(_LIST_JOINT.fullmatch(self.text, e.end, nxt.start))

    def each(self, orgs: list[Ent], company: Ent, trig, agents: bool = False) -> list[Ent]:
        """"Adionics et Loisirs Enchères qui ont chacun levé 4 millions": one round per name
        of the list before the verb; with ``agents``, the list of a plural participle's agents ("Les
        plus gros tours de table ont été bouclés par UnifiedPost, Collibra et Nyxoah"); else the
        company alone."""
        if agents:
            return self.listed_after(orgs, company)
        if not _EACH.search(self.text, max(0, trig[0] - 25), trig[1] + 40):
            return [company]
        if company.start >= trig[1]:
            # "Les deux plus gros tours de table (500 millions d'euros chacun) ont été attribués à Doctolib
            # et Ecovadis": the list after the verb
            return self.listed_after(orgs, company)
        return self.listed_with(orgs, company)

    def plural_verb(self, trig) -> bool:
        """Whether the deal's verb, or the auxiliary just before it, is plural ("ont bouclé",
        "récoltent")."""
        span = self.doc.char_span(*trig, alignment_mode="expand")
        verb = next((t for t in span if t.pos_ in ("VERB", "AUX")), None) if span is not None else None
        if verb is None:
            return False
        if verb.morph.get("VerbForm") == ["Part"]:
            verb = next((t for t in reversed(self.doc[max(0, verb.i - 4):verb.i]) if t.pos_ == "AUX"), None)
        return verb is not None and verb.morph.get("VerbForm") == ["Fin"] and verb.morph.get("Number") == ["Plur"]

    def listed_with(self, names: list[Ent], last: Ent, joint: re.Pattern = _LIST_JOINT) -> list[Ent]:
        """The names of a list that ends with ``last`` ("X, Y et Z"), in text order."""
        out = [last]
        for e in reversed([e for e in names if e.end <= last.start]):
            if not joint.fullmatch(self.text, e.end, out[0].start):
                break
            out.insert(0, e)
        return out

    def listed_after(self, names: list[Ent], first: Ent, joint: re.Pattern = _LIST_JOINT) -> list[Ent]:
        """The names of a list that opens with ``first`` ("X, Y et Z"), in text order."""
        out = [first]
        for e in names:
            if e.start > out[-1].end and joint.fullmatch(self.text, out[-1].end, e.start):
                out.append(e)
        return out

    def investor_list(self, orgs: list[Ent], trig, seg, company) -> list[Ent]:
        """The names after an investor cue (`auprès de`, `mené par`) and the list that
        continues it (`, X, Y et Z`), up to a word that ends it (`pour`, `contre`)."""
        r = self.rules
        # each cue in turn: "une levée de fonds de 300 millions (...), lors d'une opération menée
        # par Permira": the first ("de fonds") names nobody, the next does
        for cue in r.cue["investor_cues"].finditer(self.text, trig[1], min(seg[1], trig[1] + 160)):
            if r.cue["investor_stop"].search(self.text, max(trig[1], cue.start() - 25), cue.start()):
                return []      # "un partenariat avec Uber", "pour rivaliser avec": no investor list
            out, pos = [], cue.end()
            for e in orgs:
                if e.start < cue.start() or e is company:
                    continue
                gap = self.text[pos:e.start]
                if not out and _INVESTORS_LISTED.fullmatch(gap):
                    pass           # "auprès d'un pool d'investisseurs de prestige : Amadeus, Itochu, ..."
                elif len(gap) > 70 or r.cue["investor_stop"].search(gap) or re.search(r"[.;:!?]", gap):
                    break
                out.append(e)
                pos = e.end
            if out:
                return out
        return []

    def given_by(self, orgs: list[Ent], trig, amount: Ent | None, company: Ent, word: str) -> list[Ent]:
        """Who gave the money a verb of receiving tells, named by `de` right after its amount
        ("Withings a obtenu 60 millions d'euros de Bpifrance et de Crédit Mutuel Equity"): the
        names of that list. After a verb of raising, `de` names whose money it is instead."""
        if amount is None or company.start >= trig[0] or not _RECEIVING.match(word) \
                or not _AMOUNT_NEXT.fullmatch(self.text, trig[1], amount.start):
            return []
        out, pos = [], amount.end
        for e in orgs:
            if e.start < pos or e is company:
                continue
            if not (_FROM_GIVER if not out else _AND_FROM_GIVER).fullmatch(self.text, pos, e.start):
                break
            out.append(e)
            pos = e.end
        return out

    def investors_of(self, investors: list[Ent], company: Ent) -> list[Ent]:
        """A round's investors as the role lists them: each name once, the company raising left
        out, the lead first when the text names one (`mené par`)."""
        investors = self.unique(investors, company)
        lead = [e for e in investors if self.near("lead_cues", e.start, 30)]
        return lead[:1] + [e for e in investors if e not in lead[:1]]

    @staticmethod
    def unique(ents: list[Ent], exclude: Ent | None = None) -> list[Ent]:
        seen, out = {exclude.key} if exclude else set(), []
        for e in ents:
            if e.key not in seen:
                seen.add(e.key)
                out.append(e)
        return out

    def second_verb_of_the_buyer(self, roles: dict, trig, found: list, first: int) -> None:
        """"Naver a racheté Poshmark pour 1,2 milliard de dollars et pris le contrôle de Wallapop",
        "avait pris une participation dans Irrigo, ..., puis racheté Humisens": a takeover verb joined
        by "et" or "puis" to the sentence's takeover before it has that one's buyer (not its target,
        nor no buyer), and the price and date said before the "et" are that one's."""
        buyer = roles.get("acquirer")
        prev = next((ev["roles"] for ev, _, _ in reversed(found[first:]) if ev["type"] == "acquisition"), None)
        if prev is None or prev.get("target") is None or prev.get("acquirer") is None:
            return
        target = roles.get("target")
        if buyer is None and target is not None and target.end <= trig[0] and target.key != prev["acquirer"].key \
                and (joined := _AND_BEFORE_THE_VERB.search(self.text, max(target.end, trig[0] - 24), trig[0])) is not None:
            # "avait pris une participation dans Irrigo, ..., puis racheté en décembre le fabricant Humisens":
            # a participle sharing the first verb's auxiliary is active, its object after it
            bought = next((e for e in self.within(trig[1], self.sentence[1]) if self.party(e)
                           and re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,8}?", self.text[trig[1]:e.start])), None)
            if bought is None:
                return
            roles["acquirer"], roles["target"] = prev["acquirer"], bought
        elif buyer is not None and buyer.key == prev["target"].key and (joined := _AND_BEFORE_THE_VERB.search(
                self.text, buyer.end, trig[0])) is not None and (
                not self.verb_between(buyer.end, joined.start())
                or _RELATIVE_ASIDE.fullmatch(self.text, buyer.end, joined.start())):
            roles["acquirer"] = prev["acquirer"]
        else:
            return
        # (what the first verb's clause says before "et" or "puis" is its own: "a racheté Datavolt pour
        # 1,2 milliard en 2019 et pris le contrôle de Quintar en 2021")
        if (price := roles.get("price")) is not None and price.end <= joined.start():
            roles["price"] = None
        if (date := roles.get("date")) is not None and date.end <= joined.start():
            roles["date"] = next(iter(self.within(trig[1], min(self.sentence[1], trig[1] + 60), "DATE")), None)

    def acquisition(self, seg, trig, word) -> list[dict]:
        r = self.rules
        # a regulator that blocks or clears a deal is no party to it; a name only the NER
        # read as a product may be one ("jette son dévolu sur Infinera, rachetée ...")
        orgs = self.described_subject(seg) + [e for e in self.within(*seg) if e.company_like
                                              and not self.sourced(e) and not self.is_authority(e)]
        before = [e for e in orgs if e.end <= trig[0]]
        after = [e for e in orgs if e.start >= trig[1]]
        opened = self.text.rfind("(", seg[0], trig[0])
        if opened != -1 and self.text.find(")", opened, trig[0]) == -1 and (
                closed := self.text.find(")", trig[1], seg[1])) != -1:
            # "Gaikai (que Sony vient à peine de racheter, NDLR), OnLive, G-Cluster": a deal told in
            # brackets names none of the names after them
            after = [e for e in after if e.end <= closed]
        # ("racheté par son concurrent britannique Trainline": a possessive and two words of kind)
        # ("le rachat d'Osiatis (309 M€ de chiffre d'affaires) par Econocom", "racheté à hauteur de
        # 52,5 % par Qtel": an aside, an amount or a share may stand before 'par')
        # ("une proposition de rachat de 3,6 milliards de dollars de la part de son rival DoorDash")
        # (not an adverb: "rachète par ailleurs Kervalo", "par la suite")
        par = re.compile(r"\s*(?:[\w'’%,-]+\s+){0,8}?(?:par\s+" + _NOT_AN_ADVERB + r"|(?:de\s+la\s+part|émanant)\s+d(?:e\s+|u\s+|es\s+|['’]))"
                         r"(?:l['’]|le |la |les |son |sa |ses |leur )?(?:[\w'’-]+\s+){0,4}$")
        by = next((e for e in after if par.match(re.sub(r"\s*\([^()]*\)", "", self.without_amounts(trig[1], e.start)))
                   and not self.rules.any_trigger.found(self.text, trig[1], e.start)), None)
        low = word.lower()
        if not before and by is not None and (
                _FRONTED_PARTICIPLE.fullmatch(low) and re.fullmatch(r"[\s*_#>-]*", self.text[seg[0]:trig[0]])
                or _FRONTED_NOUN.fullmatch(low) and _FRONTED_POSSESSIVE.fullmatch(self.text, seg[0], trig[0])):
            # "Acquis par Microsoft contre 5,4 milliards d'euros, un joli magot, Nokia a vu fondre
            # ses effectifs": a participle that opens the sentence, its buyer after `par`; what it
            # bought is the main clause's subject, after the comma that closes it
            # ("Depuis sa reprise par Intel, Lemoptix a pu": the deal's noun, whose possessive
            # stands for that subject)
            target = next((e for e in after if e.start > by.end and "," in self.text[by.end:e.start]
                           and re.search(r",\s*(?:(?:la|le|les|l['’])\s*(?:[\w-]+\s+){0,4})?$",
                                         self.text[by.end:e.start])), None)
            if target is not None:
                price, _ = self.money((seg[0], target.start), trig)
                return [{"acquirer": by, "target": target, "price": price, "date": self.date(seg, trig),
                         "status": "completed"}]
        if (rel := _RELATIVE_ANAPHOR.search(self.text, seg[0], trig[0])) is not None and rel.end() == trig[0] \
                and not self.within(rel.start(), trig[0]) and (
                    bought := next((e for e in reversed(before) if _MARKUP_ONLY.fullmatch(self.text, e.end, rel.start())),
                                   None)) is not None and (
                    buyer := self.company_told_of(seg[0])) is not None and buyer.key != bought.key:
            # "Vient ensuite Moves, que le réseau social avait racheté en 2014": what was bought named
            # before the relative pronoun, its buyer the company told of, named by its kind or a pronoun
            return [{"acquirer": buyer, "target": bought, "price": self.money(seg, trig)[0],
                     "date": self.date(seg, trig), "status": "completed"}]
        if low in ("acquérir", "acheter") and not any(
                e.label == "ORG" and _NAMED_OBJECT.fullmatch(self.text, trig[1], e.start) for e in after):
            return []      # "pouvoir acquérir une Xbox Series X chez la Fnac": a purchase, no takeover
        if re.fullmatch(r"(?:acquisitions|rachats|achats|reprises)", low) and by is not None:
            # "les rachats d'Instagram et WhatsApp par Facebook": one deal per name before the buyer
            named = [e for e in after if e.end <= by.start]
            if named and re.fullmatch(r"\s*(?:de |d['’]|du |des )\s*", self.text[trig[1]:named[0].start]) and all(
                    re.fullmatch(r"\s*(?:,|et)\s*(?:de |d['’])?\s*", self.text[a.end:b.start]) for a, b in zip(named, named[1:])) \
                    and re.fullmatch(r"\s*par\s+", self.text[named[-1].end:by.start]):
                # (deals named in the plural are told as done, "par le passé", unless called off)
                status = "abandoned" if self.rules.cue["abandoned_cues"].search(self.text, *seg) else "completed"
                return [{"acquirer": by, "target": e, "price": None, "date": self.date(seg, trig), "status": status}
                        for e in named]
        if re.fullmatch(r"(?:acquisitions|rachats|achats|reprises)", low) and _EACH_ONE.match(self.text, trig[1]):
            # "consacre cet argent à deux rachats : celui de l'assureur allemand Coya et celui d'Unkle":
            # the deals named one by one, by the company the article tells of
            named = [e for e in after if _EACH_ONE_BEFORE.search(self.text[max(trig[1], e.start - 60):e.start])]
            buyer = self.subject(before, trig) if before else self.company_told_of(seg[0])
            if named and buyer is not None:
                status = "abandoned" if r.cue["abandoned_cues"].search(self.text, *seg) else "announced"
                return [{"acquirer": buyer, "target": e, "price": None, "date": self.date(seg, trig), "status": status}
                        for e in named if e.key != buyer.key]
        if _DEALS_IN_GENERAL.fullmatch(low):
            return []      # "les acquisitions d'Apple", "ses rachats": deals in general, each told on its own
        if after and _HOLDERS_STAKE.fullmatch(self.text, trig[1], after[0].start):
            return []      # "rachètera les participations des fonds Ventech et XAnge": the sellers', no takeover of them
        # "la reprise de Datavolt" names its target, "la reprise de la start-up" describes it; with
        # neither, "la reprise du marché", "une reprise en fin de trimestre" is a recovery, no takeover
        named_after = low == "reprise" and any(re.fullmatch(
            r"\s*(?:d['’]|de |du |des )(?:la |le |l['’])?(?:[\w-]+\s+){0,2}", self.text[trig[1]:e.start]) for e in after)
        # ("la medtech Biocorp, reprise par le danois Novo Nordisk": the participle, its buyer after `par`)
        if low == "reprise" and not named_after and not self.described(trig[1], min(seg[1], trig[1] + 40)) \
                and not re.match(r"\s+par\s", self.text[trig[1]:trig[1] + 6]):
            return []
        if not before and self.fronted_gerund(seg, trig) and not (r.sellers["acquisition"] and r.sellers[
                "acquisition"].fullmatch(word)) and self.gerund_subject(trig) is None and after and (
                told := self.gerund_anaphor(trig, seg)) is not None and told.key != after[0].key:
            # "En mettant la main sur National Semiconductor, le fondeur américain ...": a main clause
            # that names the buyer by its kind or a pronoun, the company told of
            acquirer, target = told, after[0]
            after = after[:1]
        elif not before and self.fronted_gerund(seg, trig) and (
                subject := self.gerund_subject(trig)) is not None:
            # "En rachetant Kervalo pour 40 millions, Datavolt ...": the main clause's subject is
            # the buyer (the seller, after a selling verb), the clause's name what is sold
            sold = next((e for e in after if e.end <= subject.start), None)
            if sold is None:
                return []
            if r.sellers["acquisition"] and r.sellers["acquisition"].fullmatch(word):
                buyer = next((e for e in after if e.start >= sold.end and e.end <= subject.start
                              and _TO_BUYER.search(self.text[sold.end:e.start])), None)
                if buyer is None:
                    return []
                acquirer, target = buyer, sold
            else:
                acquirer, target = subject, sold
            after = [e for e in after if e.end <= subject.start]
        elif r.sellers["acquisition"] and r.sellers["acquisition"].fullmatch(word):
            # "Atos cède Worldgrid à Alten": the buyer comes after 'à', what is sold after the verb;
            # a stake sold ("cède sa participation dans") is no acquisition of the company
            if r.cue["disposal_cues"].search(self.text, trig[1], min(seg[1], trig[1] + 40)) and re.search(
                    r"participation|actions|parts", self.text[trig[1]:trig[1] + 40]):
                return []
            buyer = next((e for e in after if _TO_BUYER.search(self.text[trig[1]:e.start])), None)
            sold = next((e for e in after if buyer is None or e.start < buyer.start), None)
            if sold is None and buyer is not None and before and re.search(r"(?:é|ée|és|ées|u|ue|us|ues)$", low):
                sold = before[-1]      # "TVTY, ... puis cédée à Nielsen": the participle's subject was sold
            if sold is None and buyer is not None and before and (kind := r.cue["anaphora"].match(
                    self.text, _SPACES.match(self.text, trig[1]).end())) and kind.group().lower() not in ("elle", "il") \
                    and not self.subject_of_a_verb(before[-1]):
                # "avait récupéré les brevets de Motorola, avant de céder l'entreprise à Lenovo": the
                # company sold, named by its kind, is the last one named before the verb (not the
                # seller, its subject: "Quintar a vendu la start-up à Datavolt" sells another)
                sold = before[-1]
            if sold is None and buyer is not None and not before and re.search(r"(?:é|ée|és|ées)$", low) \
                    and r.cue["anaphora"].search(self.text, seg[0], trig[0]) \
                    and _PASSIVE_BEFORE.search(self.text, max(seg[0], trig[0] - 40), trig[0]):
                # "La jeune société est cédée en 2004 à Greetings Interactive": the participle's
                # subject names by its kind the company told of
                sold = self.company_told_of(seg[0])
            if sold is None and buyer is not None and before and _OWN_STAKE.match(self.text, trig[1]):
                # "Quartzel AI cède 20 % de son capital au fonds Ormeau": a stake in itself
                sold = self.subject(before, trig)
            unnamed = buyer is None and sold is not None and _UNNAMED_BUYER.match(self.text, sold.end, seg[1])
            if not unnamed and (buyer is None or sold is None or buyer.key == sold.key):
                return []
            # ("Huawei cède sa division Honor à un consortium": the one sold, its buyer told only by
            # its kind: no buyer, §4 stop 48)
            acquirer, target = (None if unnamed else buyer), sold
        elif self.into_word("acquisition", word):
            # a stake: "prend 20 % du capital de X", "une participation dans X"
            if r.cue["disposal_cues"].search(self.text, max(seg[0], trig[0] - 40), trig[0]):
                return []      # a stake sold, or written down: not bought
            target = self.into_target(trig, seg, after)
            # ("EMC et VMware ont pris une part du capital d'Atos": buyers named together, the first, §4)
            acquirer = self.listed_with(before, before[-1])[0] if before else None
            if target is None and _OWN_CAPITAL.search(self.text, trig[0], trig[1]):
                # "Mediacités gagne en solidité : Mediapart entre à son capital", "C'est le fonds Hg qui
                # prendra la majorité": the company the sentence names first, else the one told of
                # (not the buyer's co-subjects: "Les fonds Sofinnova Partners et Seventure entrent à son capital")
                buyers = {e.key for e in self.listed_with(before, before[-1])} if acquirer is not None else set()
                target = next((e for e in self.within(self.sentence[0], trig[0]) if self.party(e)
                               and (acquirer is None or e.key != acquirer.key) and e.key not in buyers), None)
                if target is None and (told := self.company_told_of(seg[0])) is not None and (
                        acquirer is None or told.key != acquirer.key):
                    target = told
                raising = self.recent_company(trig[0])
                if target is not None and raising is not None and raising.key == target.key:
                    # "Cardiolys annonce une levée de 12 millions d'euros. [...] Les fonds Sofinnova
                    # Partners et Seventure entrent à son capital": the investors of the company's
                    # round just told, no stake; nor a deal word the classifier should see
                    self.trigger_list[:] = [u for u in self.trigger_list if not (
                        u[2] == "acquisition" and trig[0] <= u[0] and u[1] <= trig[1])]
                    return []
        elif low.startswith(("fusion", "rapprochement")) and not re.search(r"rachat|acqui|achat|reprise", self.text[trig[0]:trig[1]], re.I):
            # ("une fusion-acquisition issue du rachat d'Osiatis par Econocom": a purchase told)
            # "A et B fusionnent", "la fusion de A avec B": the first named is the acquirer
            # ("Pioneer Merger Corp et l'application d'investissement Acorns Grow": a kind between)
            pair = before[-2:] if len(before) >= 2 and re.fullmatch(
                r"[\s*]*(?:et|,)[\s*]*(?:(?:l['’]|le |la |les )(?:[\w'’-]+\s+){0,3}?)?",
                self.text[before[-2].end:before[-1].start]) else []
            if not pair and _TOLD_BEFORE.search(self.text, max(0, trig[0] - 8), trig[0]) \
                    and not _MERGER_COMPLEMENT.match(self.text, trig[1]):
                # "Le rapprochement fait de Microsoft le troisième acteur, derrière Tencent et Sony",
                # "la fusion renforcera la pression sur BT Group": the merger already told, whose
                # parties the names after it are not
                return []
            # "Ayvens, né du rapprochement d'ALD Automotive et de LeasePlan": a complement naming
            # both parties names the merger's, whatever comes before it
            both = after[:2] if len(after) >= 2 and _MERGED_FIRST.fullmatch(self.text, trig[1], after[0].start) \
                and _MERGED_SECOND.fullmatch(self.text, after[0].end, after[1].start) else []
            parties = pair or both or (before[-1:] + after[:1] if before else after[:2])
            if not pair and after and "own_offerings_cues" in r.cue and r.cue["own_offerings_cues"].search(
                    self.text, trig[1], after[0].start):
                return []      # "fusionner ses solutions AppDynamics et ThousandEyes": its own products
            acquirer, target = (parties + [None, None])[:2]
        elif "acquirer_after_cues" in r.cue and r.cue["acquirer_after_cues"].fullmatch(word) and (
                after or (after := self.right_after(trig))):
            # "MonDocteur passe dans le giron de Doctolib": the one bought comes first (the
            # buyer is never before it: "Le studio est passé sous pavillon Ubisoft"); the buyer may
            # open the sentence's next part ("passe dans le giron d'IQGeo : les fonds s'emparent ...")
            # (not a name its clients' or partners' list gives as an example: "Cette société, qui
            # protège les applications de plus de 500 clients, parmi lesquels Natixis et Lenovo, est
            # passée sous le contrôle de Datadog": the anaphora is the subject, the company told of)
            examples = next((e for e in before if _EXAMPLES_BEFORE.search(
                self.text, max(seg[0], e.start - 24), e.start)), None)
            subjects = [e for e in before if examples is None or e.end <= examples.start]
            if not subjects and examples is not None and r.cue["anaphora"].match(
                    self.text, _OPENING_ADVERBIAL.match(self.text, seg[0]).end(1)):
                subjects = [x for x in [self.company_told_of(seg[0])] if x is not None]
            target, acquirer = (self.subject(subjects, trig) if subjects else None), after[0]
        elif len(before) == 2 and _OFFER_WORD.fullmatch(word) and re.search(
                r"(?:son|sa|leur)\s+(?:[\w-]+\s+)?$", self.text[max(seg[0], trig[0] - 24):trig[0]]):
            # "Worldline détient 93,9 % de son concurrent Ingenico à l'issue de son offre publique
            # d'achat": the offer is its subject's, on the other company named
            acquirer, target = before
        elif (bidder := self.bidder(word, trig, after)) is not None:
            # "l'OPA de Vivendi sur Lagardère", "Gameloft qualifie d'hostile l'OPA de Vivendi":
            # an offer's `de` names who makes it; its target follows `sur`, else is the subject
            acquirer = bidder
            on = next((e for e in after if e.start > bidder.end and re.fullmatch(
                r"\s*(?:[\w'’-]+\s+){0,3}?(?:sur|contre|visant|pour)\s+(?:l['’]|le |la |les )?(?:[\w'’-]+\s+){0,2}",
                self.text[bidder.end:e.start])), None)
            target = on or (self.subject(before, trig) if before else None)
        elif by is not None:
            # "X racheté par Y", "le rachat de X par Y"
            acquirer = by
            rest = [e for e in after if e.start < by.start]
            if not rest:
                # "l'acquisition par Nvidia de la start-up israélienne Run:ai": the buyer first, then
                # what it buys after "de"
                rest = [e for e in after if e.start > by.end and _OF_THE_BOUGHT.fullmatch(self.text, by.end, e.start)][:1]
            if not rest and not before and re.fullmatch(r"[\s#*_]*", self.text[seg[0]:trig[0]]):
                # "Rachetée par Snap, Zenly ravive le débat": a participle opening the sentence
                # describes the main clause's subject
                rest = [e for e in after if e.start > by.end and _TO_THE_SUBJECT.fullmatch(self.text, by.end, e.start)][:1]
            target = rest[0] if rest else (before[-1] if before else None)
            if not rest and len(before) >= 2 and _AGENT_ASIDE.fullmatch(self.text, before[-2].end, before[-1].start) \
                    and re.fullmatch(r"\s*(?:,|et)\s*", self.text[before[-1].end:trig[0]]):
                # "Gorillas, soutenu par Delivery Hero, racheté par Getir": the name of an aside's
                # agent describes the one before it, the one bought ("Cajoo, fondé par des anciens
                # de Frichti et racheté par l'allemand Flink": the two participles, one subject)
                target = before[-2]
            if target is None and not before and re.fullmatch(r"[\s#*_]*", self.text[seg[0]:trig[0]]) and (
                    comma := self.text.find(",", by.end, seg[1])) != -1 and r.cue["anaphora"].match(
                    self.text, _SPACES.match(self.text, comma + 1).end()):
                # "Repris par la RATP en 2020, le spécialiste des cartes enchaîne les pertes": the
                # fronted participle describes the main clause's subject, an anaphora of the company told of
                # (not when the agent's own takeover was told before: "Racheté par Kervalo pour 170
                # millions, le spécialiste des capteurs ..." tells that deal again, below)
                told_of = self.company_told_of(seg[0])
                if told_of is not None and told_of.key != by.key and not any(
                        ev["roles"]["acquirer"] is not None and ev["roles"]["acquirer"].key == by.key
                        for ev in self.acquisitions):
                    target = told_of
            if target is None and (r.cue["anaphora"].search(self.text, trig[1], by.start)
                                   or r.cue["anaphora"].search(self.text, seg[0], trig[0])):
                # "la finalisation du rachat de l'entreprise par le fonds Thoma Bravo", "La start-up
                # vient d'être rachetée par Flink": the company told of
                target = self.company_told_of(seg[0])
        elif re.search(r"(?:é|ée|és|ées|is|ise|ises)$", low) and not low.startswith(("s'", "s’", "se ")) \
                and before and (not self.auxiliary_before(trig, max(seg[0], before[-1].end))
                                or _PASSIVE.search(self.text[max(seg[0], trig[0] - 20):trig[0]])) \
                and not (named_after and re.search(r"(?<!\w)(?:la|une|sa|cette|leur|l['’])\s*$",
                                                   self.text[max(seg[0], trig[0] - 8):trig[0]])):
            # ("annonce la reprise de Datavolt": a noun, its target after it)
            # "One Medical, acquis pour 3,9 milliards": a participle with no auxiliary, or with
            # the auxiliary of the passive ("InstaDeep a été rachetée pour 440 millions")
            target, acquirer = before[-1], None
        else:
            # ("a signé un protocole avec le groupe La Poste pour l'acquisition de ...": the party
            # after "avec" is the other side of the agreement, not the buyer)
            # (nor its short form in brackets: "avec l'américain Alliance Data Systems (ADS) pour acheter
            # Epsilon"; nor a name that only says whose unit the subject is: "L'ancienne filiale d'Atos
            # a racheté", "Cajoo, détenu par Carrefour")
            if before and (told := self.anaphoric_subject(before[-1], trig, seg)) is not None:
                # "Avant Airtel Sierra Leone, l'opérateur français avait officialisé le rachat de ...":
                # the name in the fronted clause is none; the buyer is the company told of
                before = [told]
            others = [e for e in before if _WITH_PARTY.search(self.text, max(seg[0], e.start - 30), e.start)]
            parties = [e for e in before if e not in others and not any(
                re.fullmatch(r"\s*\(\s*", self.text[o.end:e.start]) for o in others)
                and not _OWNER_OF.search(self.text, max(seg[0], e.start - 40), e.start)]
            acquirer = self.subject(parties, trig) if parties else None
            if acquirer is not None:
                # "Activa Capital et Bpifrance Investissement ont mis la main sur Nexeya": buyers
                # named together, the first is the acquirer, as for a merger (§4)
                together = self.listed_with(before, acquirer)
                if len(together) >= 2 and re.fullmatch(r"\s*et\s*", self.text[together[-2].end:acquirer.start]):
                    acquirer = together[0]
            target = after[0] if after else None
            if target is not None and _UNIT_OF.fullmatch(self.text, trig[1], target.start):
                # "a racheté la division mobile de Motorola": a unit the article does not name, no
                # takeover of its parent (§4, stop 49); named after it, the unit is the target
                named = next((e for e in after if e.start > target.end), None)
                if named is None or not _UNIT_NAMED.fullmatch(self.text, target.end, named.start):
                    return []
                target, after = named, [e for e in after if e.start >= named.start]
            if target is not None and self.verb_between(trig[1], target.start):
                # "L'acquisition permettra à Nokia de ...", "ce rachat est une nécessité pour IBM":
                # a name past another verb is no object of the deal's word
                target = None
            if target is None and acquirer is not None and _CLITIC_OBJECT.search(self.text, max(seg[0], trig[0] - 30), trig[0]):
                # "Gearbox s'est retrouvé sur le marché, et c'est Take-Two qui en a fait l'acquisition",
                # "Kervalo ... Datavolt l'a racheté": the pronoun stands for the company named before the buyer
                target = next((e for e in reversed(self.within(self.sentence[0], acquirer.start))
                               if self.party(e) and e.key != acquirer.key), None)
                if target is None and (told := self.subject_before(self.sentence[0], nearest=True)) is not None \
                        and told.key != acquirer.key:
                    # "Leetchi chercherait un nouveau propriétaire. Le Crédit Mutuel Arkéa, qui la détient,
                    # souhaiterait s'en défaire, six ans après l'avoir acquise": the company of the
                    # sentence before
                    target = told
            if target is None and acquirer is not None:
                # "la start-up lilloise Ombrine, que Velouria a rachetée en janvier": the relative
                # pronoun stands for what was bought, named before it
                target = next((e for e in reversed(before) if e.end <= acquirer.start and _RELATIVE_OBJECT.fullmatch(
                    self.text, e.end, acquirer.start)), None)
            if target is None and acquirer is not None and not after and (
                    kind := r.cue["anaphora"].match(self.text, _SPACES.match(self.text, trig[1]).end())) \
                    and kind.group().lower() not in ("elle", "il"):
                # "Getaround ... a fait savoir qu'elle rachetait la pépite française": the company told
                # of, named by its kind as the verb's object
                # (not a buyer of a takeover told before: "Le propriétaire d'UPC ... pour s'offrir
                # l'opérateur mobile", after "Liberty Global se porte acquéreur de Sunrise")
                told_of = self.company_told_of(seg[0])
                target = told_of if told_of is not None and told_of.key != acquirer.key and not any(
                    ev["roles"]["acquirer"] is not None and ev["roles"]["acquirer"].key == told_of.key
                    for ev in self.acquisitions) else None
        if target is None and acquirer is not None and _STAKE_OF_IT.match(self.text, trig[1]) and (
                told_of := self.company_told_of(seg[0])) is not None and told_of.key != acquirer.key:
            # "Inetum change de mains. En 2015, Mannai avait acquis 99 % du capital": the company told of
            target = told_of
        if target is None:
            # "jette son dévolu sur Infinera, rachetée ...": the object opens the next part of the sentence
            nxt = self.right_after(trig)
            if nxt and nxt[0].start >= seg[1]:
                target = nxt[0]
        if target is None:
            named = [e for e in self.within(trig[1], seg[1], "PRODUCT")]
            if named and re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,5}?", self.text[trig[1]:named[0].start]):
                target = named[0]      # a company the NER read as a product, right after the verb
        if acquirer is None and (r.cue["anaphora"].search(self.text, seg[0], trig[0]) or _POSSESSIVE.search(
                self.text, max(seg[0], trig[0] - 24), trig[0]) or self.latest_named(seg, trig) is not None):
            # "la société rachète", "son précédent achat": the company the article tells of
            latest = self.latest_named(seg, trig)
            acquirer = latest or self.subject_before(seg[0])
            bought = next((ev["roles"]["acquirer"] for ev in reversed(self.acquisitions) if acquirer is not None
                           and ev["roles"]["target"].key == acquirer.key and ev["roles"]["acquirer"] is not None), None)
            if bought is not None and latest is None and not any(
                    ev["roles"]["acquirer"] is not None and ev["roles"]["acquirer"].key == acquirer.key
                    and ev["roles"]["target"].key == bought.key for ev in self.acquisitions):
                # "Embracer rachète Gearbox. Gearbox a créé Borderlands. Le géant scandinave a aussi mis
                # la main sur Aspyr": a company just bought is seldom the buyer told of; its buyer is
                acquirer = bought
        told = [ev["roles"] for ev in self.acquisitions]
        # (this sentence or the one before: further on, "Cette acquisition" names another deal)
        recent = [ev["roles"] for ev, k in zip(self.acquisitions, self.acquisition_sents)
                  if self.sentence_index - k <= 1]
        demonstrative = bool(_DEMONSTRATIVE.search(self.text, max(seg[0], trig[0] - 24), trig[0]))
        if demonstrative and recent:
            # "Ce rachat de Bethesda permet à Microsoft ...": the deal just told, named by a part
            acquirer, target = recent[-1]["acquirer"], recent[-1]["target"]
        if target is None and acquirer is not None:
            # "Racheté par Nokia pour 170 millions d'euros, le pionnier ...": the buyer's deal told again
            target = next((t["target"] for t in reversed(told) if t["acquirer"] is not None
                           and t["acquirer"].key == acquirer.key), None)
        if target is None and acquirer is not None and re.fullmatch(r"(?i)OP[AER]|offre publique.*", word):
            # "Balyo s'envole alors que SoftBank va lancer une OPA amicale": an offer with no target
            # named after it is on the other company of the sentence
            target = next((e for e in self.within(*self.sentence) if self.party(e) and e.key != acquirer.key), None)
        if target is not None and _BUYING_NOUN.fullmatch(low) and target.start >= trig[1] and (
                rel := _WHOSE_BUYER.match(self.text, target.end, self.sentence[1])) is not None and (
                buyer := self.starting_at(rel.end(), self.sentence[1])) is not None and self.party(buyer) \
                and _ANNOUNCED_IT.match(self.text, buyer.end, self.sentence[1]):
            # "face au rachat d'Activision Blizzard, éditeur de jeux vidéo, que Microsoft a annoncé en
            # janvier 2022": the relative clause on the deal names its buyer
            acquirer = buyer
        if target is None or (acquirer is not None and acquirer.key == target.key):
            return []
        if demonstrative and any(t["acquirer"] is not None and t["acquirer"].key == target.key for t in told):
            return []      # "Avec ce rachat, l'Amérique du Nord devient le premier marché de Capgemini": told
        # (a target read past the part's end, "va racheter | Altran pour 3,6 milliards", brings its price)
        part = (seg[0], self.sentence[1]) if target.start >= seg[1] else seg
        price, worth = self.money(part, trig)
        if price is None and worth is not None and _DEAL_WORTH.search(self.text, max(part[0], worth.start - 60), worth.start):
            price = worth      # "un accord d'une valeur de 27,7 milliards de dollars": what the deal is worth
        if price is not None and price.amount is not None and price.amount < 10_000:
            price = None      # "rachetées au prix de 26,79 $": a price per share, not the deal's
        if (own := self.bracketed_amount(target)) is not None and target.start >= trig[1]:
            price = own      # "acquis Allociné (67 millions), 750g (près de 10 millions)"
        date = self.date(part, trig)
        if date is None and _OWNED.fullmatch(word):
            # "Sunrise, propriété de Liberty Global depuis 2020": dated ownership is a takeover
            # done then (§4, stop 54), the date after `depuis` (no founding's here)
            date = self.dated_since(trig[1], seg[1])
        if date is None and _OWNERSHIP.search(self.text, *self.sentence):
            # "SteelSeries appartient depuis 2021 au danois GN Store Nord, qui l'a racheté", "Depuis
            # mai 2021, Dotemu appartient à Focus Entertainment, qui l'a racheté": the ownership's
            # start dates the takeover that made it
            date = self.dated_since(*self.sentence)
        sentence_text = self.text[seg[0]:seg[1]]
        if r.cue["abandoned_cues"].search(sentence_text):
            status = "abandoned"
        elif (r.cue["completed_cues"].search(sentence_text)
              or (date is not None and self.year is not None and date.year is not None and date.year < self.year)
              or self.told_done(trig) or self.done_by_its_clause(trig)):
            status = "completed"
        else:
            status = "announced"
        events = [{"acquirer": acquirer, "target": target, "price": price, "date": date, "status": status,
                   "_agent": by is not None and acquirer is by and bool(re.search(
                       r"de\s+la\s+part\s+d(?:e|u|es|['’])", self.text[trig[1]:by.start]))}]
        # "avait racheté Altran en 2019 pour 3,6 milliards, et Syniti en 2024": one deal per name listed
        prev = target
        for e in after:
            if e.start <= prev.end or by is not None:
                continue
            gap = self.text[prev.end:e.start]
            if gap.count("(") > gap.count(")"):
                continue      # ("Clé 128 (gestion d'entrepôt avec le logiciel Geode), sur Abel": a name in an aside)
            if gap.count(")") > gap.count("("):
                break      # ("de GoPuff (qui s'est offert Dija) ou de YangoDeli": the aside the target stood in ends)
            if not _TARGET_LISTED.fullmatch(gap) or _KNOWN_FOR.search(gap) or \
                    self.rules.any_trigger.found(gap) or _FROM_OWNER.search(gap) or self.subject_of_a_verb(e) \
                    or _ABSOLUTE_CLAUSE.match(self.text, e.end) \
                    or self.verb_between(prev.end + ((rel := _RELATIVE_ASIDE.match(gap)) and rel.end() or 0), e.start):
                break      # (", Stellantis passe à l'offensive": the next clause's subject, no target listed;
                # "Atos s'offre Bull, la Chine et les États-Unis s'accusent d'espionnage, Microsoft et
                # Salesforce alliés": a clause of its own between two names ends the list; not a
                # relative one, "le russe Busfor, dont elle s'est retirée ..., puis le français Klaxit";
                # nor the subject of an absolute clause: "pour acheter Veoneer, Qualcomm ayant déposé une
                # offre plus généreuse")
            if (clause := _WHO_DEALS.match(self.text, e.end)) is not None and self.rules.any_trigger.found(
                    self.text, clause.end(), min(self.sentence[1], clause.end() + 40)):
                break      # ("qui reprend Curse, ou encore Salesforce, qui acquiert MetaMind": a buyer of its own)
            nxt = next((x for x in after if x.start > e.end), None)
            part = (e.start, nxt.start if nxt else seg[1])
            # ("acquis Allociné (67 millions), 750g (près de 10 millions)": each name's price in
            # the brackets after it)
            part_price = self.bracketed_amount(e) or self.money(part, (e.start, e.end))[0]
            # (a date before the verb dates each name of its list: "Le 3 mars, Salesforce a acquis
            # Slack, Heroku et MuleSoft"; not one after it, the first name's own: "a racheté Altran
            # en 2019", "a racheté en 2019 le russe Busfor, puis le français Klaxit"; the word, not "depuis")
            fronted = date if date is not None and date.end <= trig[0] and not _THEN.search(gap) else None
            events.append({"acquirer": acquirer, "target": e, "price": part_price,
                           "date": self.date(part, (e.start, e.end)) or fronted, "status": status})
            prev = e
        if _BUYING_NOUN.fullmatch(low):
            # "le rachat d'Ogone (pour 360 millions d'euros) et celui de GlobalCollect (pour 820
            # millions)", "la reprise de MGM, puis celle de One Medical": the noun stood for, one
            # more deal of the same buyer per name
            prev = events[-1]["target"]
            for m in _THAT_OF.finditer(self.text, prev.end, self.sentence[1]):
                named = next((e for e in self.within(m.end(), self.sentence[1]) if e.company_like), None)
                if named is None or not re.fullmatch(r"(?:[\w'’-]+\s+){0,4}?", self.text[m.end():named.start]) \
                        or (acquirer is not None and named.key == acquirer.key):
                    continue
                nxt = _THAT_OF.search(self.text, named.end, self.sentence[1])
                part = (named.start, nxt.start() if nxt else self.sentence[1])
                part_price, _ = self.money(part, (named.start, named.end))
                # ("le rachat par Lime de Jump, celui de Circ et de Scoot par Bird": the names the
                # pronoun lists, and their own buyer after `par`)
                names = [e for e in self.within(*part) if e.company_like and not self.is_authority(e)]
                listed = self.listed_after(names, named, _AND_OF_JOINT) if names and names[0] is named else [named]
                after_list = names[len(listed)] if len(names) > len(listed) else None
                buyer = after_list if after_list is not None and _BOUGHT_BY.fullmatch(
                    self.text, listed[-1].end, after_list.start) else acquirer
                for e in listed:
                    if buyer is None or e.key != buyer.key:
                        events.append({"acquirer": buyer, "target": e, "price": part_price,
                                       "date": self.date(part, (named.start, named.end)) or date, "status": status})
        sold_to = (acquirer is not None and target.end <= trig[0] and acquirer.start >= trig[1]
                   and r.sellers["acquisition"] is not None and r.sellers["acquisition"].fullmatch(word))
        if (by is not None and acquirer is by and target.end <= trig[0]) or sold_to:
            # "Capptain acquise par Microsoft, puis Mesagraph par Twitter et La Fourchette par
            # TripAdvisor", "Withings cédé à Nokia et Aldebaran à SoftBank": the verb left out,
            # each pair a name bought and its buyer after 'par' (after 'à', when sold)
            link = _SOLD_TO if sold_to else _BOUGHT_BY
            prev = acquirer
            for sold, buyer in zip(after, after[1:]):
                if sold.start <= prev.end or not _GAPPED_PAIR.fullmatch(self.text, prev.end, sold.start) \
                        or not link.fullmatch(self.text, sold.end, buyer.start):
                    continue
                events.append({"acquirer": buyer, "target": sold, "price": None, "date": None, "status": status})
                prev = buyer
        if len(events) >= 2 and _RESPECTIVELY.search(self.text, events[-1]["target"].end, self.sentence[1]):
            # "Easybrain et Aspyr, pour respectivement 765 millions et 450 millions": in order
            amounts = self.stated_amounts(events[-1]["target"].end, self.sentence[1])
            if len(amounts) == len(events):
                for ev, amount in zip(events, amounts):
                    ev["price"] = amount
        shared = [ev for ev in events if ev["price"] is not None and ev["price"] is events[-1]["price"]]
        if len(shared) >= 2:
            # "racheté SecureData et SecureLink, pour 515 millions d'euros": one price for several
            # companies says nothing of each one's (§4, stop 54; as for fines)
            for ev in shared:
                ev["price"] = None
        return events

    def right_after(self, trig: tuple[int, int]) -> list[Ent]:
        """The company named right after a deal's words, though the sentence's next part
        opens with it, as a list of one (the shape of ``after``); empty if a verb comes between."""
        nxt = next((e for e in self.within(trig[1], self.sentence[1])
                    if e.company_like and not self.is_authority(e)), None)
        if nxt is None or not re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,4}?", self.text[trig[1]:nxt.start]) \
                or self.verb_between(trig[1], nxt.start):
            return []
        return [nxt]

    def bidder(self, word: str, trig, after: list[Ent]) -> Ent | None:
        """Who makes an offer named by its noun: the name right after `l'OPA de`, `l'offre
        publique d'achat de` (where `le rachat de X` names what is bought)."""
        if not _OFFER_WORD.fullmatch(word):
            return None
        # ("une offre publique d'achat hostile de plus de 117 milliards de dollars de Broadcom sur
        # Qualcomm": a kind and the offer's amount may come before who makes it)
        return next((e for e in after[:1] if e.label == "ORG" and re.fullmatch(
            r"\s*(?:(?:hostile|amicale|mixte|géante|record|publique|ferme)\s+){0,3}(?:(?:de|d['’])\s*(?:(?:plus|près|moins)\s+d(?:e\s+|['’]))?"
            r"MONTANT\s+)?(?:de |d['’]|du )\s*", self.without_amounts(trig[1], e.start))), None)

    def fine(self, seg, trig, word) -> list[dict]:
        orgs = [e for e in self.within(*seg) if e.company_like and not self.sourced(e)]
        authorities = [e for e in orgs if e.label == "ORG" and self.is_authority(e)]
        r = self.rules
        why = r.cue["reason_cues"].search(self.text, trig[1], seg[1])
        # "une amende de 233 millions de dollars ... pour des manquements liés à sa messagerie
        # WhatsApp": a service the fined company owns, named in the reason, is not the one fined
        owned = [e for e in orgs if why is not None and e.start > why.start()
                 and _OWNED_BEFORE.search(self.text, why.start(), e.start)]
        others = [e for e in orgs if e not in authorities and e not in owned]
        weak = self.says(r.weak["fine"], trig, word)
        if not others and not weak:
            # a company the NER read as a product, before the verb or where the one fined is named
            # ("à X"), not one a clause after it speaks of ("contre le groupe de Cupertino, accusé
            # d'avoir abusé ... sur l'iPhone"); a verb of paying alone is no cue that a product is a company
            others = [e for e in self.within(*seg, "PRODUCT") if e.end <= trig[0]
                      or r.fine_to.match(self.without_amounts(trig[1], e.start))]
        # (the fine's noun may open the next part: "a frappé Alibaba d'une | amende de 2 millions")
        if weak and not authorities and not re.search(
                r"(?i)amende|sanction|pénalité|infli[gé]", self.text[seg[0]:min(self.sentence[1], seg[1] + 12)]) \
                and not r.cue["reason_cues"].search(self.text, trig[1], seg[1]) and not self.fine_told_just_before(trig):
            # "devra verser une indemnité de rupture": a payment, not a fine ("Apple devra verser 48
            # millions d'euros pour abus de position dominante": the wrong it pays for makes it one;
            # so does a fine told just before: "Asus écope de la sanction la plus lourde. Philips
            # devra verser 29,8 millions")
            return []
        targets = []
        objective = self.says(r.objects["fine"], trig, word)
        prior = [e for e in others if e.end <= trig[0]]
        if not prior and (described := self.described_by_participle(trig)) is not None:
            # "la CNIL s'en prend à sa société sœur HUBSIDE.STORE, condamnée à son tour à payer 525 000
            # euros": the part starts at the participle, whose name stands before its comma
            prior = [described]
        if objective and prior and re.search(r"(?:é|ée|és|ées)$", word.lower()) and not self.auxiliary_before(
                trig, max(seg[0], prior[-1].end)):
            objective = False      # "SFR sanctionné", "Apple, condamnée en 2020": the name before it
            targets = self.fined_before(prior, trig, word)
        if objective:
            # "condamne la plateforme X à verser ... à Y": the one condemned comes first, and
            # a name after the amount is who is paid, not who pays
            first = next((e for e in others if e.start >= trig[1]), None)
            # a news outlet is a party when it is the one sanctioned ("a sanctionné le quotidien Le Figaro")
            outlet = next((e for e in self.within(trig[1], min(seg[1], trig[1] + 40), "ORG")
                           if not self.is_authority(e)), None)
            if outlet is not None and (first is None or outlet.start < first.start) and \
                    re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,3}?", self.text[trig[1]:outlet.start]) and \
                    not self.near("source_cues", outlet.start, 14):
                first = outlet
            if first is None or (self.within(trig[1], first.start, "MONEY") and not _AMOUNT_ASIDE.fullmatch(
                    self.without_amounts(trig[1], first.start))) or first.start - trig[1] >= 70:
                named = [e for e in self.within(trig[1], min(seg[1], trig[1] + 70), "PRODUCT")
                         if not self.within(trig[1], e.start, "MONEY")]
                first = named[0] if named else None
            if first is not None:
                # ("Bruxelles sanctionne Apple et Meta", "met Google et Apple à l'amende": each name of
                # the object's list, one fine each; their amounts from the sentences that detail them)
                targets = self.object_list(first, others)
        if not targets and objective and any(e.start >= trig[1] for e in others) and not any(
                e.end <= trig[0] for e in others):
            return []
        if not targets:
            targets = [e for e in others if e.start >= trig[1] and r.fine_to.match(self.without_amounts(trig[1], e.start))]
            if targets:
                # "à Apple et Meta": one fine each; their amounts come from the sentences that detail them
                targets = targets[:1]
                for t in others:
                    if t.start > targets[-1].end and r.next_target.fullmatch(self.text, targets[-1].end, t.start):
                        targets.append(t)
        if not targets and r.cue["fine_nouns"].search(word):
            # "Collecte de coordonnées sur LinkedIn : sanction de 240 000 euros pour la société KASPR":
            # a fine's noun and amount, then whom it is for (not the headline's topic before them)
            amount, _ = self.money(seg, trig)
            targets = [e for e in others if amount is not None and e.start >= amount.end
                       and r.amount_for.fullmatch(self.text, amount.end, e.start)][:1]
        if not targets:
            # ("LinkedIn, propriété du géant américain Microsoft, a écopé": the name the apposition describes)
            later = [e for e in others if e.start >= trig[1]]
            targets = [self.subject(prior, trig)] if prior else later[:1]
            if prior and targets[0] is prior[-1]:
                targets = self.fined_before(prior, trig, word)
            elif not prior and later and re.fullmatch(r"\s*", self.text[trig[1]:later[0].start]):
                # "Rome sanctionne Apple et Google de 10 millions d'euros chacun"
                targets = self.object_list(later[0], later)
        if not targets and (latest := self.latest_named(seg, trig)) is not None:
            targets = [latest]      # "Ce dernier a écopé d'une amende": the company named last
        if not targets and ((not r.cue["fine_nouns"].match(word) and (
                _CLITIC.search(self.text, max(seg[0], trig[0] - 24), trig[0])
                or r.cue["anaphora"].search(self.text, seg[0], trig[0])))
                # ("Un an plus tôt, il avait reçu une amende de 2,42 milliards": the noun received
                # by a pronoun subject)
                or _PRONOUN_RECEIVED.search(self.text, max(seg[0], trig[0] - 45), trig[0])):
            # "l'Autorité lui avait infligé 1,1 milliard", "L'entreprise avait déjà été condamnée à
            # 1,8 milliard": the company the article is telling of
            targets = [e for e in [self.subject_before(seg[0])] if e is not None]
        if not targets and (r.fine_to_kind.match(self.without_amounts(trig[1], seg[1]))
                            # (a verb and its noun merged into one trigger: "condamné ... à une amende")
                            or r.fine_to_kind.match(self.text, trig[0] + len(word.split()[0]), trig[1])):
            # "Le gendarme de la concurrence a infligé une amende de 500 millions d'euros au géant
            # américain", "la DPC avait condamné le réseau social à une nouvelle amende"
            targets = [e for e in [self.company_told_of(seg[0])] if e is not None and not self.is_authority(e)]
        told = self.fines[-1]["roles"] if self.fines else None
        if not targets and told is not None and told["amount"] is None and not self.fines[-1].get("each") \
                and self.sentence_index - self.fine_sents[-1] <= 2 and self.money(seg, trig)[0] is not None \
                and not (authorities and told["authority"] is not None
                         and all(a.key != told["authority"].key for a in authorities)):
            # "Orange était condamnée par l'Arcep. Le régulateur a prononcé une amende de 26 millions
            # d'euros": a fine with no one named gives its amount to the fine just told without one
            # (not another authority's: "la DGCCRF a prononcé pour 4,6 millions d'euros d'amendes")
            targets = [told["target"]]
        if not targets and owned:
            # (the owner: the company of the fine just told, else the one the article tells of)
            targets = [told["target"]] if told is not None and self.sentence_index - self.fine_sents[-1] <= 2 \
                else [e for e in [self.company_told_of(seg[0])] if e is not None and not self.is_authority(e)]
        if not targets:
            return []
        authorities = self.deciding(authorities)
        authority = min(authorities, key=lambda e: abs(e.start - trig[0])) if authorities else None
        if authority is not None:
            # "l'AGCM (Autorità Garante della Concorrenza e del Mercato) vient d'infliger": the name
            # its other form in brackets repeats (§4)
            # ("la Comisión Nacional de los Mercados y la Competencia (CNMC)", "Le gendarme italien
            # (Autorità garante della concorrenza e del mercato, AGCM)": any name, the first of the two)
            names = [e for e in orgs if e.label == "ORG"]
            authority = next((e for e in names if e.end <= authority.start and (re.fullmatch(
                # ("(ARTP, publique)": a word on it may follow the short form in the brackets)
                r"\s*\(\s*", self.text[e.end:authority.start]) and re.match(r"\s*(?:\)|,[^()]{0,40}\))",
                                                                            self.text[authority.end:])
                or (re.fullmatch(r"\s*,\s*", self.text[e.end:authority.start])
                    and re.search(r"\(\s*$", self.text[max(0, e.start - 3):e.start])
                    and re.match(r"\s*\)", self.text[authority.end:])))),
                authority)
        if authority is None and prior and targets[0].start >= trig[1] and not weak \
                and prior[-1].key != targets[0].key and ":" not in self.text[prior[-1].end:trig[0]]:
            # (not a headline's topic before a colon: "Collecte de coordonnées sur LinkedIn : sanction ...")
            # "Le CRTC impose des pénalités de 7,5 millions de dollars à Bell Canada": who
            # imposes a fine on a name after it is the authority, listed or not
            authority = prior[-1]
        # "un jury fédéral de San Francisco l'a condamné à verser ...": who decided is told by a
        # description with no name; no regulator named elsewhere stands in (§4, stop 54)
        described = self.rules.cue.get("described_deciders")
        unnamed = authority is None and described is not None and described.search(self.text, *self.sentence) is not None
        if authority is None and not unnamed and self.fines:
            authority = self.fines[-1]["roles"]["authority"]    # "elle avait frappé ...": the same regulator
        if authority is None and not unnamed:
            # The nearest authority before the fine, else the first one after it. A fine told
            # by a verb of the sanction ("sanctionnée", "écopé") or its noun ("l'amende de 40
            # millions confirmée") without its author is a regulator's: a court named beside it
            # hears the appeal ("L'affaire est pendante devant le Tribunal administratif
            # fédéral. En 2009, une amende ..."). A verdict ("condamné à verser 20 000 euros à
            # SFR") may be a court's: the nearest authority stays.
            earlier = [e for e in self.ents if e.label == "ORG" and e.end <= seg[0] and self.is_authority(e)]
            later = [e for e in self.ents if e.label == "ORG" and e.start >= seg[1] and self.is_authority(e)]
            court = self.rules.cue.get("court_words")
            if court is not None and not re.match(r"(?i)condamn", word):
                earlier = [e for e in earlier if not court.search(e.key)] or earlier
                later = [e for e in later if not court.search(e.key)] or later
            earlier, later = self.deciding(earlier), self.deciding(later)
            authority = earlier[-1] if earlier else (later[0] if later else None)
        if authority is not None:
            authority = self.union_body(authority, trig) or authority
        amount, _ = self.money(seg, trig)
        if amount is None:
            # "épingle Criteo et lui inflige 40 millions": the amount in the rest of the sentence
            amount, _ = self.money((seg[1], self.sentence[1]), (seg[1], seg[1]))
        first = self.bracketed_amount(targets[0]) if amount is None else None
        if first is not None:
            # "infliger une amende à Facebook (210 millions d'euros) et Instagram (180 millions
            # d'euros)": each name's amount in the brackets after it, one fine each
            listed = [(targets[0], first)]
            for e in others:
                if e.start > listed[-1][0].end and re.fullmatch(r"\s*\([^()]*\)\s*(?:,|et)\s*(?:l['’]|le |la )?",
                                                               self.text[listed[-1][0].end:e.start]):
                    money = self.bracketed_amount(e)
                    if money is not None:
                        listed.append((e, money))
            date = self.date(seg, trig)
            return [{"authority": authority, "target": e, "amount": money, "date": date, "reason": None}
                    for e, money in listed]
        reason = None
        m = self.rules.cue["reason_cues"].search(self.text, trig[0], seg[1])
        if m:
            tail = re.split(r"[.;:()\n]|, (?:a|ont|selon|indique|précise)", self.text[m.start():seg[1]], maxsplit=1)[0]
            reason = " ".join(tail.split()[:15]).rstrip(",") or None
        date = self.date(seg, trig)
        pairs = self.amount_pairs(seg, trig, others)
        # (a list before the verb is read back from its last name: "Tech Data et Ingram Micro, sont
        # sanctionnés de 76,1 millions d'euros et 62,9 millions d'euros")
        named = targets[-1] if targets[-1].end <= trig[0] else targets[0]
        listed = self.respectively(trig, others, named) or self.paired_in_order(trig, seg, others, named)
        if listed:
            # "Tech Data et Ingram Micro ont été sanctionnés, à hauteur de 76,1 et 62,9 millions
            # d'euros respectivement": one fine per name, the amounts in the names' order
            return [{"authority": authority, "target": t, "amount": a, "date": date, "reason": reason}
                    for t, a in listed]
        if len(pairs) > 1:
            # "150 M€ à Google en 2021 et 60 millions à Microsoft": one fine per amount and name
            # (each amount's own date after it, else the decision's: "Le 7 décembre 2020, la CNIL a
            # prononcé des amendes de 100 millions d'euros à l'encontre de ...")
            return [{"authority": authority, "target": t, "amount": a,
                     "date": self.date((a.start, seg[1]), (a.start, a.end)) or date, "reason": reason} for a, t in pairs]
        if len(targets) > 1:
            # "des amendes de 150 et 60 millions d'euros à Google et Facebook": as many amounts listed
            # before the names as names, paired in order, as with `respectivement`
            amounts = self.stated_amounts(trig[0], targets[0].start)
            listed = len(amounts) == len(targets) and self.in_a_row(amounts)
            # ("sanctionne Apple et Google de 10 millions d'euros chacun": the amount is each one's)
            each = amount if amount is not None and amount.start > targets[-1].end and _EACH.match(
                self.text, _SPACES.match(self.text, amount.end).end()) else None
            return [{"authority": authority, "target": t, "amount": amounts[i] if listed else each, "date": date,
                     "reason": reason, "_each": True} for i, t in enumerate(targets)]
        if amount is not None and targets[0].end <= trig[0] and _EACH.search(
                self.text, max(seg[0], trig[0] - 25), min(seg[1], trig[1] + 40)):
            # "les mêmes Orange, MTN et Nexttel s'étaient vu infliger chacun une amende d'un milliard
            # de francs CFA": the amount is each name's of the list before the verb
            listed = self.listed_with(others, targets[0])
            if len(listed) > 1:
                return [{"authority": authority, "target": t, "amount": amount, "date": date, "reason": reason,
                         "_each": True} for t in listed]
        if len(targets) == 1 and targets[0].end <= trig[0] and self.plural_verb(trig) and (
                amount is None or r.cue["total_cues"].search(self.text, max(seg[0], amount.start - 25), amount.end)):
            # "tous ont écopé d'une amende", "Airtel, Telecel et Onatel sont tous trois condamnés à
            # reverser un montant cumulé de": one fine each, its amount not told (a sum is no one's
            # share); a fine they share is one, as fined_before reads a participle's list
            listed = self.listed_with(others, targets[0])
            if len(listed) > 1 and not _JOINTLY.search(self.text, trig[0], seg[1]):
                return [{"authority": authority, "target": t, "amount": None, "date": date, "reason": reason,
                         "_each": True} for t in listed]
        events = [{"authority": authority, "target": targets[0], "amount": amount, "date": date, "reason": reason}]
        if amount is not None and (other := self.another_fine(max(amount.end, targets[0].end))) is not None:
            # "une amende de 325 millions d'euros contre Google et une autre de 150 millions d'euros
            # contre Shein": the second told by "une autre", its amount and its company
            events.append({"authority": authority, "target": other[1], "amount": other[0], "date": date, "reason": None})
        # "Apple écope de 500 millions d'euros, et Meta de 200 millions", "Apple est condamné à
        # une amende de 500 millions d'euros et Meta à 200 millions": the verb left out
        for e in others:
            if amount is None or e.start <= amount.end or e.key == targets[0].key:
                continue
            # (", et la chaîne hôtelière Marriott de 18,4 millions de livres": what the company is)
            if not re.search(r"(?:,\s*|\s)et\s+(?:(?:l['’]|le |la )(?:[a-zà-ÿ-]+\s+){0,2})?$",
                             self.text[max(seg[0], e.start - 40):e.start]):
                continue
            # (", et Apple, d'un montant de 500 millions"; ", et T-Mobile 350 millions de dollars en 2022":
            # nothing between, the amount's own date after it)
            money = next((m for m in self.within(e.end, min(self.sentence[1], e.end + 40), "MONEY")
                          if re.fullmatch(r"\s*,?\s*(?:de|d['’]|d['’]un montant de|à)?\s*", self.text[e.end:m.start])), None)
            if money is not None:
                own = self.date_right_after(money.end, self.sentence[1], preposition=True)
                events.append({"authority": authority, "target": e, "amount": money, "date": own or date, "reason": None})
        return events

    def another_fine(self, pos: int) -> tuple[Ent, Ent] | None:
        """The amount and the company of "et une autre de 150 millions d'euros contre Shein" right
        after ``pos``."""
        m = _ANOTHER.match(self.text, pos, self.sentence[1])
        money = self.starting_at(m.end(), self.sentence[1], "MONEY") if m else None
        if money is None:
            return None
        link = _AGAINST.match(self.text, money.end, self.sentence[1])
        company = self.starting_at(link.end(), self.sentence[1]) if link else None
        return (money, company) if company is not None and company.company_like else None

    def says(self, words: re.Pattern | None, trig: tuple[int, int], word: str) -> bool:
        """Whether the trigger's word is one of ``words``, read where it stands in the text (a
        word may need what follows it: "s'acquittera de", "réclame à")."""
        m = words.match(self.text, trig[0]) if words is not None else None
        return m is not None and m.end() == trig[0] + len(word)

    def fine_told_just_before(self, trig: tuple[int, int]) -> bool:
        """Whether this sentence or one of the two before it told a fine, with its parties or
        without them ("L'Autorité a sanctionné quatre fabricants."; "Sanctionné pour ses
        pratiques, Amazon devra verser": a fine word earlier in the sentence)."""
        k = self.sentence_index
        if self.fine_sents and k - self.fine_sents[-1] <= 2:
            return True
        imposed, nouns = self.rules.cue["fine_imposed"], self.rules.cue["fine_nouns"]
        if any(t[2] == "fine" and self.sentence[0] <= t[0] and t[1] <= trig[0] and (
                imposed.match(self.text, t[0]) or nouns.match(self.text, t[0])) for t in self.trigger_list):
            return True
        return any(k - bisect.bisect_left(self.sent_starts, sent[0]) <= 2 for _, sent in self.orphans[-3:])

    def bracketed_amount(self, name: Ent, label: str = "MONEY") -> Ent | None:
        """The amount (or the entity of ``label``) alone in brackets right after a name
        ("Facebook (210 millions d'euros)", "Rayonnance (mai 2014)")."""
        return next((m for m in self.within(name.end, min(self.sentence[1], name.end + 40), label)
                     if re.fullmatch(r"\s*\(\s*", self.text[name.end:m.start])
                     and re.match(r"\s*\)", self.text[m.end:m.end + 3])), None)

    def respectively(self, trig, names: list[Ent], first: Ent) -> list[tuple[Ent, Ent]]:
        """A list of names and a list of amounts tied by `respectivement`, paired in order
        (the names nearest the verb when the list is longer: "deux grossistes d'Apple, Tech
        Data et Ingram Micro")."""
        # (before the verb too: "ont respectivement levé 200 millions et 135 millions")
        if not _RESPECTIVELY.search(self.text, max(self.sentence[0], trig[0] - 20), self.sentence[1]):
            return []
        if first.end <= trig[0]:
            # ("Meero, Doctolib, Ynsect ainsi que ManoMano avaient obtenu respectivement")
            parties = self.listed_with(names, first, _LIST_JOINT_ALSO)
            before = [e for e in names if e.end <= trig[0]]
            if len(parties) < 2 and before:
                # names each with an apposition ("HysetCo, spécialiste de la mobilité hydrogène, et Pigment,
                # logiciel de planification financière, ont respectivement levé ..."): back from the verb
                listed = self.listed_with(before, before[-1], _LIST_JOINT_ASIDE)
                if len(listed) >= 2 and first in listed:
                    parties = listed
        else:
            # ("Amazon, ainsi que Google, ... respectivement")
            parties = self.listed_after(names, first, _OBJECT_LIST_JOINT_ALSO)
        # (from the trigger's start: "écopent respectivement de 76 M€ et 63 M€ d'amendes" is one
        # trigger, its verb and its noun, with the amounts between them)
        amounts = self.stated_amounts(trig[0], self.sentence[1])
        n = min(len(parties), len(amounts))
        return list(zip(parties[-n:], amounts[:n])) if n >= 2 else []

    def paired_in_order(self, trig, seg, names: list[Ent], last: Ent) -> list[tuple[Ent, Ent]]:
        """Names listed before the verb and as many amounts listed after it, paired in order with
        no `respectivement` ("Tech Data et Ingram Micro sont sanctionnés de 76,1 millions d'euros
        et 62,9 millions d'euros"); one amount for several names says nothing of each one's share."""
        if last.end > trig[0]:
            return []
        parties = self.listed_with(names, last)
        amounts = self.stated_amounts(trig[1], seg[1])
        if len(parties) < 2 or len(amounts) != len(parties) or not self.in_a_row(amounts):
            return []
        return list(zip(parties, amounts))

    def in_a_row(self, ents: list[Ent]) -> bool:
        """Whether names or amounts are listed one after another, joined by a comma or `et`."""
        return all(_LIST_JOINT.fullmatch(self.text, a.end, b.start) for a, b in zip(ents, ents[1:]))

    def stated_amounts(self, a: int, b: int) -> list[Ent]:
        """The amounts between ``a`` and ``b`` as stated, not their conversions: neither after a
        conversion cue nor in brackets ("150 millions de dollars (138 millions d'euros)")."""
        return [e for e in self.within(a, b, "MONEY")
                if not self.converted(e, a) and self.text[max(0, e.start - 1):e.start] != "("]

    def amount_pairs(self, seg, trig, names: list[Ent]) -> list[tuple[Ent, Ent]]:
        pairs = []
        amounts = self.within(trig[0], seg[1], "MONEY")
        listed = bool(amounts) and re.fullmatch(r"[^:.;]*:\s*", self.text[trig[1]:amounts[0].start]) is not None
        for a in amounts:
            t = next((e for e in names if e.start >= a.end and (
                self.rules.amount_to.fullmatch(self.text[a.end:e.start])
                or (listed and self.rules.amount_for.fullmatch(self.text[a.end:e.start])))), None)
            if t is not None:
                pairs.append((a, t))
        return pairs

    # -------------------------------------------------------------- the article

    def triggers(self) -> list[tuple[int, int, str, str]]:
        taken: list[tuple[int, int, str, str]] = []
        # (a deal word in a product's name is none: "l'outil d'intégration Amplify Fusion")
        spans = [(e.start, e.end) for e in self.ents if e.label in ("ORG", "MONEY", "PRODUCT")]
        # "Jefferies reste à l'achat", "une recommandation d'achat", "le pouvoir d'achat": a broker's
        # rating or a household's spending, no takeover
        rating = self.rules.cue.get("not_acquisition_before")
        # what a buying verb takes that is no company: support, a principle, an idea
        taken_thing = self.rules.cue.get("not_acquisition_after")
        # what a selling verb takes that is goods, not a company: "qui vend un accessoire pour la
        # montre d'Apple", "vendre des forfaits" (a company's trade, not its sale)
        goods = self.rules.cue.get("goods_after_sale")
        for etype in ("fine", "acquisition", "funding"):
            for m in self.rules.triggers[etype].finditer(self.text):
                a, b = m.span()
                if any(s < b and a < e for s, e in spans) or any(s < b and a < e for s, e, *_ in taken):
                    continue
                if etype == "acquisition" and rating is not None and m.group().lower() == "achat" and any(
                        x.end() == a for x in rating.finditer(self.text, max(0, a - 30), a)):
                    continue
                if etype == "acquisition" and taken_thing is not None and taken_thing.match(self.text, b + 1):
                    continue      # "s'offre à nouveau le soutien de l'IFC", "reprend le principe des fantasy leagues"
                if etype == "acquisition" and goods is not None and re.match(r"(?i)(?:re)?vend", m.group()) \
                        and goods.match(self.text, b + 1):
                    continue
                if etype == "acquisition" and _OWN_CAPITAL.search(m.group()) and any(
                        e.label == "MONEY" and 0 <= a - e.end <= 3 for e in self.ents):
                    continue      # "La moitié, soit 50 millions d'euros, entre à son capital": money raised
                taken.append((a, b, etype, m.group()))
        return sorted(taken)

    def two_clauses(self, first, second) -> bool:
        """Whether two deal words are each a verb of its own clause, a comma between them, or the
        second opens an aside in brackets ("son deuxième tour de table, d'un montant de 1,025 million
        d'euros (sa première levée remontait à juillet 2024)": an earlier round)."""
        between = self.text[first[1]:second[0]]
        if "(" in between and ")" not in between and re.search(_ASIDE_BRACKET, self.text[first[1]:second[1]]):
            return True     # (not "une offre publique d'achat (OPA)": the same deal's other name)
        if "," not in self.text[first[1]:second[0]]:
            return False
        spans = [self.doc.char_span(a, b, alignment_mode="expand") for a, b, *_ in (first, second)]
        # ("Vestiaire Collective récolte 178 millions, Kering entre au capital": the tagger reads this
        # verb as the preposition it also is)
        return all(sp is not None and (sp[0].pos_ in ("VERB", "AUX") or _ENTERS.fullmatch(sp[0].text)) for sp in spans)

    def takeover_beside(self, trig) -> bool:
        """Whether the sentence of a weak funding verb tells a takeover outside an aside."""
        s0, s1 = self.sentence
        # (nor one a clause of its own tells, its subject named after a comma: "Kalray obtient 5,2
        # M€, TSMC mise 12 Md$ sur Phoenix, le français Teemo acquis par Near", a headline's briefs)
        return any(u[2] == "acquisition" and s0 <= u[0] and u[1] <= s1 and not self.in_aside(u, trig, s0, s1)
                   and not (u[0] > trig[1] and self.two_clauses(trig, u) and any(
                       e.company_like for e in self.within(self.text.rfind(",", trig[1], u[0]), u[0])))
                   for u in self.trigger_list)

    def in_aside(self, trig, other, s0: int, s1: int) -> bool:
        """Whether a deal word stands in an aside between commas that leaves ``other`` (another
        deal word of the sentence) out: a relative clause ("l'américain, qui a racheté Drivy en
        2019, obtient") or a participle ("face à Onfido, racheté par Entrust")."""
        bounds = self.aside_bounds(trig, s0, s1)
        return bounds is not None and not bounds[0] < other[0] < bounds[1]

    def described_subject(self, seg) -> list[Ent]:
        """The subject a part takes from before an aside (``part_starts``), as a one-name list."""
        subject = self.described_subjects.get(seg[0])
        return [subject] if subject is not None else []

    def aside_bounds(self, trig, s0: int, s1: int) -> tuple[int, int] | None:
        """The commas that open and close the aside a deal word stands in, or None."""
        opening = self.text.rfind(",", s0, trig[0])
        if opening < 0 or not (_RELATIVE_OPENING.match(self.text, opening, trig[0])
                               or (_PARTICIPLE.fullmatch(self.text, trig[0], trig[1])
                                   and not self.text[opening + 1:trig[0]].strip())):
            return None
        closing = self.text.find(",", trig[1], s1)
        return opening, s1 if closing < 0 else closing

    def auxiliary_before(self, trig, floor: int) -> bool:
        """Whether an auxiliary stands before a participle, after ``floor`` (the name before it):
        adverbs may come between ("Nintendo a tout de même racheté", "a finalement acquis")."""
        return bool(self.rules.cue["auxiliaries"].search(self.text[max(floor, trig[0] - 30):trig[0]]))

    def fine_amount_follow_up(self, sent) -> None:
        """"L'IAB Europe écope d'une amende. [...] Selon Bloomberg, la sanction s'élève à 250 000
        euros": a sentence that gives the amount of the fine just stated without one, up to three
        sentences on (a fine with no amount is dropped at the end, ``merge``, unless its verb
        imposed it on a named company: ``fine_told_done``)."""
        if not self.fines or self.fines[-1]["roles"]["amount"] is not None \
                or self.sentence_index - self.fine_sents[-1] > 3:
            return
        m = _FINE_AMOUNT_TOLD.search(self.text, *sent)
        if m is None:
            return
        amount = next((e for e in self.within(m.end(), sent[1], "MONEY") if re.fullmatch(
            r"\s*(?:à\s+|de\s+)?(?:près\s+de\s+|plus\s+de\s+|environ\s+)?", self.text[m.end():e.start])), None)
        if amount is not None:
            self.fines[-1]["roles"]["amount"] = amount

    def dated_since(self, a: int, b: int) -> Ent | None:
        """The first date right after a `depuis` between ``a`` and ``b`` ("depuis mai 2021"), else None."""
        return next((e for m in _SINCE.finditer(self.text, a, b) if (e := self.starting_at(m.end(), b, "DATE")) is not None),
                    None)

    def fine_breakdown(self, found: list, sent) -> None:
        """"Le Conseil a infligé aux trois opérateurs, Orange, SFR et Bouygues Telecom, une amende
        de 534 millions d'euros. La facture se répartit ainsi : 256 millions d'euros pour Orange,
        220 millions pour SFR et 58 millions pour Bouygues Telecom": the next sentence's list after
        a colon splits the fine just stated, one per company its sentence names (§4: one fine per
        company a statement names, each its own amount)."""
        if not self.fines or self.sentence_index - self.fine_sents[-1] != 1:
            return
        colon = self.text.find(":", *sent)
        if colon == -1:
            return
        fine_sent = self.sents[self.fine_sents[-1]]
        named = {e.key: e for e in self.within(*fine_sent) if self.party(e)}
        pairs = self.amount_pairs((colon, sent[1]), (colon, colon),
                                  [e for e in self.within(colon, sent[1]) if self.party(e)])
        if len(pairs) < 2 or any(name.key not in named for _, name in pairs):
            return
        stated = [(ev, trig, s) for ev, trig, s in found if ev["type"] == "fine" and s == fine_sent]
        if not stated:
            return
        first, trig, s = stated[0]
        by_target = {ev["roles"]["target"].key: ev for ev, _, _ in stated if ev["roles"].get("target") is not None}
        for amount, name in pairs:
            ev = by_target.get(name.key)
            if ev is not None:
                ev["roles"]["amount"] = amount
                continue
            ev = {**first, "roles": {**first["roles"], "target": named[name.key], "amount": amount}}
            found.append((ev, trig, s))
            self.fines.append(ev)
            self.fine_sents.append(self.fine_sents[-1])

    def round_owner_after(self, trig, orgs: list[Ent]) -> Ent | None:
        """The company a round's noun names after its amount or right after it ("la levée de fonds
        de Kervalo", "la levée de 10 millions d'euros de Kervalo"), else None."""
        if not _ROUND_NOUN_WORD.search(self.text, *trig):
            return None
        return self.named_after_round(trig, [e for e in orgs if self.party(e)], _OF_THE_ROUND)

    def named_after_round(self, trig, orgs: list[Ent], words: re.Pattern) -> Ent | None:
        """The first of ``orgs`` after the round's noun with only ``words`` between."""
        return next((e for e in orgs if e.start >= trig[1] and words.fullmatch(self.without_amounts(trig[1], e.start))),
                    None)

    def subject_of_an_adverbial_round(self, trig) -> Ent | None:
        """The name the sentence opens on (its kind and an article before it at most), when the
        round is told after a comma by an adverbial of time (``, après une levée de``, ``, lors
        d'une levée de``) and no name follows the round's words; else None."""
        if not _ADVERBIAL_ROUND.search(self.text, max(self.sentence[0], trig[0] - 40), trig[0]):
            return None
        # (the sentence's first name, though another deal's part holds it: "Sendinblue a acquis Metrilo,
        # après une levée de")
        first = next((e for e in self.within(self.sentence[0], trig[0]) if self.party(e)), None)
        if first is None or not _OPENS_ON.fullmatch(self.text, self.sentence[0], first.start):
            return None
        return first

    def round_joined(self, trig, orgs: list[Ent]) -> Ent | None:
        """The company whose round a subject takes part in ("en participant au tour d'amorçage
        d'Afrikamart"): the name right after the round's words, when a verb of taking part stands
        before them; else None."""
        if not _TAKES_PART.search(self.text, max(self.sentence[0], trig[0] - 60), trig[0]):
            return None
        return self.named_after_round(trig, orgs, _INTO_THE_ROUND)

    def described_by_participle(self, trig) -> Ent | None:
        """The company a participle after a comma describes ("HUBSIDE.STORE, condamnée"): the name
        right before the comma, in the trigger's sentence; None for any other word."""
        if not _PARTICIPLE.fullmatch(self.text, *trig):
            return None
        comma = re.search(r",\s*$", self.text[max(self.sentence[0], trig[0] - 4):trig[0]])
        if comma is None:
            return None
        end = max(self.sentence[0], trig[0] - 4) + comma.start()
        return next((e for e in self.within(self.sentence[0], end) if e.end == end and e.company_like
                     and not self.is_authority(e) and not self.sourced(e)), None)

    def restating_participle(self, trig, s1: int) -> bool:
        """Whether a deal word is a participle with no auxiliary, after a comma, and no company
        named in the rest of its clause (", cédé pour 2,6 milliards de dollars")."""
        a, b = trig[0], trig[1]
        if not _PARTICIPLE.fullmatch(self.text, a, b) or not re.search(r",\s*$", self.text[max(0, a - 3):a]):
            return False
        comma = self.text.find(",", b, s1)
        end = s1 if comma < 0 else comma
        return not any(e.company_like for e in self.within(b, end))

    def blocked(self, seg, trig, etype: str) -> bool:
        a = max(seg[0], trig[0] - 70)
        if etype == "funding" and _PARTICIPLE.fullmatch(self.text, *trig) and (
                amount := self.amount_right_before(trig)) is not None:
            # "Coinhouse pourrait puiser dans les 40 millions d'euros levés en juin dernier": a
            # participle after its amount tells money raised; another verb's mood says nothing of it
            a = max(a, amount.start)
        if (joint := _VERB_JOINED.search(self.text, a, trig[0])) is not None:
            a = joint.end()      # ("Lime prévoit de s'introduire en Bourse ... et vient de récolter": the plan is the other verb's)
        b = min(seg[1], trig[1] + 25)
        window = self.text[a:b]
        if self.rules.cue["abandoned_cues"].search(self.text, seg[0], seg[1]):
            return False       # "l'abandon de leur projet de fusion": a deal given up is an event
        if etype == "fine" and (colon := self.text.find(":", trig[1], seg[1])) != -1 and len(
                self.amount_pairs((colon, seg[1]), (colon, colon + 1), [e for e in self.within(colon, seg[1])
                                                                        if e.company_like])) >= 2:
            return False       # "Au total, les amendes atteignent 534 millions d'euros, ainsi ventilées : 256
            # millions à la charge d'Orange, 220 millions à celle de SFR": the total's breakdown is fines
        if etype == "fine" and self.total(seg, trig) and self.fined_list_after(seg, trig):
            return bool(self.rules.cue["rumour_cues"].search(window))      # ("l'IBPT sanctionne Proximus et
            # Telenet, pour près de 240 000 euros au total": one fine each, the total no one's amount)
        return bool(self.rules.cue["rumour_cues"].search(window)
                    or (self.total(seg, trig) and (etype != "funding" or self.round_of_a_total(seg, trig) is None)))

    def fined_list_after(self, seg, trig) -> bool:
        """Whether a fine's verb has a list of two companies or more for its object."""
        after = [e for e in self.within(trig[1], seg[1]) if e.company_like and not self.is_authority(e)]
        return bool(after) and _NAMED_OBJECT.fullmatch(self.text, trig[1], after[0].start) is not None \
            and len(self.object_list(after[0], after)) >= 2

    def round_of_a_total(self, seg, trig) -> Ent | None:
        """The amount of one round a total names after `dont` ("a levé au total plus de 170
        millions d'euros, dont un tour de 80 millions de dollars en septembre 2021"), else None."""
        # (from the trigger's start: "levé au total ..., dont un tour" may be one trigger, merged)
        m = _OF_WHICH.search(self.text, trig[0], seg[1])
        if m is None:
            return None
        return next((e for e in self.within(m.end(), seg[1], "MONEY") if e.start == m.end()), None)

    def next_item_with(self, first, second) -> bool:
        """Whether the round's noun that "avec" brings in belongs to the next name of a list, in
        an aside of its own ("Techwolf, qui a levé 40 millions, ou encore Donna, avec un tour de
        table de 1,5 million"), not to the first verb's deal ("Lydia fait entrer Tencent à son
        capital, avec un tour de 40 millions")."""
        names = [e for e in self.within(first[1], second[0]) if e.company_like]
        return bool(names) and _LIST_ITEM_BEFORE.search(self.text, first[1], names[0].start) is not None \
            and self.text[names[-1].end:second[0]].lstrip().startswith(",")

    def total(self, seg, trig) -> bool:
        """Whether a deal word tells a sum of rounds ("a levé 210 millions d'euros au total")."""
        return bool(self.rules.cue["total_cues"].search(self.text[max(seg[0], trig[0] - 40):min(seg[1], trig[1] + 60)]))

    def events(self) -> list[dict]:
        found: list[tuple[dict, tuple[int, int], tuple[int, int]]] = []   # (event, trigger, sentence)
        self.fundings: list[tuple[dict, tuple[int, int]]] = []
        self.orphans: list[tuple[tuple[int, int], tuple[int, int]]] = []   # fine statements that gave no event
        self.titled_takeovers: list[tuple[tuple[int, int], tuple[int, int]]] = []   # the title's, likewise
        self.fines: list[dict] = []
        self.fine_sents: list[int] = []     # the index of each one's sentence
        self.acquisitions: list[dict] = []
        self.acquisition_sents: list[int] = []     # the index of each one's sentence
        triggers = self.trigger_list = self.triggers()
        self.described_subjects: dict[int, Ent] = {}    # a part's start -> its subject, told before an aside
        self.headed_rounds: set[str] = set()    # the companies whose first round a heading states
        last_funding = last_deal = None
        opening = None       # (types, date, sentence index) of a statement that named no party
        for k, (s0, s1) in enumerate(self.sents):
            self.sentence, self.sentence_index = (s0, s1), k
            here = [t for t in triggers if s0 <= t[0] and t[1] <= s1]
            if any(t[2] == "acquisition" for t in here):
                # "CGI a bouclé en juillet l'acquisition de Kantik": a weak funding verb in a deal's
                # sentence states the deal (it is no round), and must not cut the deal's part short
                # (not one told in an aside of the round's sentence: "Getaround, qui a racheté le français
                # Drivy en 2019, obtient 140 millions de dollars", "a obtenu 20 millions ... face à
                # Onfido, racheté par Entrust")
                weak = self.rules.weak["funding"]
                here = [t for t in here if not (t[2] == "funding" and weak and weak.fullmatch(t[3])
                                                and self.takeover_beside(t))]
                # ("Datavolt verse 20 millions pour racheter Kervalo": a payment for the deal that follows, no fine)
                here = [t for t in here if not (t[2] == "fine" and self.says(self.rules.weak["fine"], t[:2], t[3])
                                                and any(u[2] == "acquisition" and 0 <= u[0] - t[1] <= 80 for u in here))]
            # "le rachat par Google de Looker, autre spécialiste des données, cédé pour 2,6 milliards":
            # a participle in apposition that names no party of its own restates the deal whose noun
            # names its buyer first, and must not cut that deal's part short (not "depuis celui de
            # Slack, repris pour 27,7 milliards", "puis celle de One Medical, acquis pour": its own deal)
            first_deal = next((t for t in here if t[2] == "acquisition"), None)
            if first_deal is not None and re.match(r"\s+par\s", self.text[first_deal[1]:first_deal[1] + 6]):
                here = [t for t in here if t is first_deal or not (
                    t[2] == "acquisition" and self.restating_participle(t, s1))]
            # Two trigger words with no name between them state one deal ("boucle une levée").
            merged: list[list] = []
            for t in here:
                # (not after a plural that tells deals in general: "les derniers achats datent de
                # 2013 : le rachat d'Ogone", whose deal the singular states)
                # (nor two verbs of their own on either side of a comma: "Qonto, qui a obtenu sa
                # licence auprès de l'ACPR, a bouclé 200 millions": the aside's verb is no part of the round)
                if merged and merged[-1][2] == t[2] and not _DEALS_IN_GENERAL.fullmatch(merged[-1][3]) and (not [
                        e for e in self.within(merged[-1][1], t[0])
                        if e.company_like and not self.is_authority(e)] or (
                        t[2] == "funding" and _RESTATED_BY.search(self.text, max(merged[-1][1], t[0] - 40), t[0])
                        and not self.next_item_with(merged[-1], t))) \
                        and not self.two_clauses(merged[-1], t):
                    merged[-1][1] = t[1]
                else:
                    merged.append(list(t))
            if not merged:
                last_funding = self.follow_up(last_funding, (s0, s1))
                last_deal = self.price_follow_up(last_deal, (s0, s1))
                self.fine_amount_follow_up((s0, s1))
                self.fine_breakdown(found, (s0, s1))
                continue
            # Each deal of a list ("X lève 5 M€, Y lève 3 M€") reads its own part of the sentence.
            # A fine names its target after the verb ("a infligé 500 M€ à Apple et sanctionné Meta"):
            # its part of the sentence ends where the next verb starts.
            starts = self.part_starts(merged, s0)
            # a total states no deal, so cuts no part ("En levant 600 millions ... mené par Prima
            # Materia, elle porte à 1,15 milliard le total de ses levées": the lead stays in the
            # round's part); a rumour or a denial still ends a clause
            kept_triggers = [t for i, t in enumerate(merged) if not self.total(_part(starts, i, s0, s1), t[:2])]
            parts = merged
            if kept_triggers and len(kept_triggers) < len(merged):
                parts = kept_triggers
                starts = self.part_starts(parts, s0)
            before = len(found)
            for i, (a, b, etype, word) in enumerate(parts):
                seg = _part(starts, i, s0, s1)
                if self.blocked(seg, (a, b), etype):
                    continue
                for roles in getattr(self, etype)(seg, (a, b), word):
                    if etype == "acquisition":
                        self.second_verb_of_the_buyer(roles, (a, b), found, before)
                    ev = {"type": etype, "roles": roles, "weak": roles.pop("_weak", False),
                          "agent": roles.pop("_agent", False), "each": roles.pop("_each", False),
                          "item": self.item_at(s0)}
                    found.append((ev, (a, b), (s0, s1)))
                    if etype == "fine":
                        self.fines.append(ev)
                        self.fine_sents.append(k)
                    amount = roles.get("amount")
                    if etype == "funding" and not (amount is not None and _COMPARED_AMOUNT.search(
                            self.text, max(s0, amount.start - 24), amount.start)):
                        # (a round named only to compare, "plus élevé que les 484 millions de dollars levés
                        # en 2019 par GetYourGuide", is no round the next sentences go on telling)
                        last_funding = [ev, 0]
                        self.fundings.append((ev, (a, b)))
                    if etype == "acquisition":
                        last_deal = [ev, 0]
                        self.acquisitions.append(ev)
                        self.acquisition_sents.append(k)
            if len(found) == before:
                # (not one company's sum of fines: "Meta s'est vu réclamer un milliard de dollars,
                # tous dossiers confondus" first states none of the fines the article goes on to
                # tell; "Airtel, Telecel et Onatel sont condamnés à reverser un montant cumulé" does)
                fined = [e for e in self.within(s0, s1) if e.company_like and not self.is_authority(e)]
                self.orphans += [((t[0], t[1]), (s0, s1)) for t in merged if t[2] == "fine"
                                 and (len(fined) > 1 or not self.total((s0, s1), t[:2]))]
                if k == 0:
                    # (a buyer's word: "Dell cède son pôle de contenus" names the seller, "Amazon et
                    # Facebook enchaînent les rachats" deals in general)
                    sellers = self.rules.sellers["acquisition"]
                    self.titled_takeovers += [((t[0], t[1]), (s0, s1)) for t in merged if t[2] == "acquisition"
                                              and not _DEALS_IN_GENERAL.fullmatch(t[3])
                                              and not (sellers and sellers.fullmatch(t[3]))]
                # "Le tour réunit Accel, Creandum ...": a weak verb that states no deal of its own
                # may still complete the round just read
                last_funding = self.follow_up(last_funding, (s0, s1))
                # "La filiale compte acquérir 100 % du capital pour un prix de 950 millions d'euros",
                # "Le montant du rachat était de 1,4 milliard": a deal's word with no party of its
                # own gives the price of the deal just told
                if any(t[2] == "acquisition" for t in merged):
                    last_deal = self.price_follow_up(last_deal, (s0, s1))
                # "Hier, mercredi 23 avril, la Commission a imposé ses premières amendes": a statement
                # with no party dates the deals of its type the next sentence details
                # (a round's period is the roundup's rule, above)
                stated = self.date((s0, s1), (merged[0][0], merged[0][1]))
                parties = [e for e in self.within(s0, s1) if e.company_like and not self.is_authority(e)]
                types = {t[2] for t in merged} - {"funding"}
                opening = (types, stated, k) if stated is not None and types and not parties else None
            elif opening is not None and k == opening[2] + 1:
                for ev, _, _ in found[before:]:
                    if ev["type"] in opening[0]:
                        ev["opening_date"] = opening[1]     # when no statement of the deal dates it
        found += self.gapped_rounds(found)
        found += self.gapped_takeovers(found)
        known = {id(ev["roles"]["company"]) for ev, _, _ in found if ev["type"] == "funding"}
        found += self.listed_rounds(known)
        found += self.bulleted_rounds(known, found)
        # (an item already read as a fine, or as a round: "- **Kervalo** : 20 millions d'euros auprès de Partech")
        found += self.bulleted_fines({id(ev["roles"]["target" if ev["type"] == "fine" else "company"])
                                      for ev, _, _ in found if ev["type"] in ("fine", "funding")})
        found += self.amounts_for_names(known)
        found += self.rounds_of_a_plural_noun(found)
        found += self.bulleted_takeovers()      # (an item's own statement merges with its list's)
        found += self.dated_takeover_items()
        found += self.inline_takeovers(found)
        return self.merge(found)

    def bulleted_takeovers(self) -> list[tuple[dict, tuple[int, int], tuple[int, int]]]:
        """A takeover statement that names no target and announces a list ("Depuis 2018, Nacon a
        racheté une quinzaine de studios, dont :", "NetEase, qui a multiplié les acquisitions hors
        de Chine :"): each item that opens on a company is one of the buyer's takeovers, two items
        at least. The buyer is the last company named before the deal word on its line."""
        out = []
        for a, b, etype, _word in self.trigger_list:
            if etype != "acquisition":
                continue
            line_start = self.text.rfind("\n", 0, a) + 1
            line_end = self.text.find("\n", b)
            line_end = len(self.text) if line_end < 0 else line_end
            if not _LIST_ANNOUNCED.fullmatch(self.text, b, line_end) or self.within(b, line_end, "ORG"):
                continue
            buyers = [e for e in self.within(line_start, a, "ORG") if e.company_like and not self.is_authority(e)]
            if not buyers:
                continue
            status = "completed" if _DONE_BEFORE.search(self.text, line_start, a) else "announced"
            listed, pos = [], line_end + 1
            while (item := _BULLET.match(self.text, pos)) is not None or self.text[pos:pos + 1] == "\n":
                if item is None:
                    pos += 1      # (a blank line between the statement and its list)
                    continue
                opening = self.item_opening(item.start(1), [e for e in self.within(item.start(1), item.end(1))
                                                            if e.company_like])
                if opening is None:
                    break
                listed.append((opening, (item.start(1), item.end(1))))
                pos = item.end() + 1
            if len(listed) < 2:
                continue
            for target, line in listed:
                if target.key != buyers[-1].key:
                    roles = {"acquirer": buyers[-1], "target": target, "price": None, "date": None, "status": status}
                    out.append(({"type": "acquisition", "weak": False, "roles": roles}, (a, b), line))
        return out

    def dated_takeover_items(self) -> list[tuple[dict, tuple[int, int], tuple[int, int]]]:
        """A list of takeovers told by their parties alone, each item "[date :] target par buyer
        [(price)]" ("- Avril 2016 : Withings par Nokia (170 millions d'euros)"), after a takeover
        word of the article ("les jeunes pousses rachetées"): one completed takeover each, two
        items at least. The trigger is the last takeover word before the first item."""
        words = [t for t in self.trigger_list if t[2] == "acquisition"]
        if not words:
            return []
        out = []
        for item in _BULLET.finditer(self.text, words[0][1]):
            i0, i1 = item.start(1), item.end(1)
            names = [e for e in self.within(i0, i1) if e.company_like]
            if len(names) != 2 or not _BY_BUYER.fullmatch(self.text, names[0].end, names[1].start):
                continue
            target, buyer = names
            date = next(iter(self.within(i0, target.start, "DATE")), None)
            if date is None and not _MARKUP_ONLY.fullmatch(self.text, i0, target.start):
                continue
            if date is not None and not (_MARKUP_ONLY.fullmatch(self.text, i0, date.start)
                                         and _ITEM_DATE_END.fullmatch(self.text, date.end, target.start)):
                continue
            if not _ITEM_PRICE_END.fullmatch(self.text, buyer.end, i1):
                continue
            price = next(iter(self.within(buyer.end, i1, "MONEY")), None)
            trig = [t for t in words if t[1] <= i0][-1]
            roles = {"acquirer": buyer, "target": target, "price": price, "date": date, "status": "completed"}
            out.append(({"type": "acquisition", "weak": False, "roles": roles}, (trig[0], trig[1]), (i0, i1)))
        return out if len(out) >= 2 else []

    def inline_takeovers(self, found) -> list[tuple[dict, tuple[int, int], tuple[int, int]]]:
        """A plural takeover noun whose targets its sentence lists after a colon or in brackets
        ("Microsoft a multiplié les acquisitions : Ninja Theory, Obsidian, Double Fine et, plus près
        de nous, ZeniMax Media", "deux acquisitions en 2023 (Datavolt et Holis)"): one takeover of
        each, two at least. The buyer is the company named after the noun's `par`, else the last
        one before it in the sentence, else (`Le groupe multiplie les rachats`) the subject just
        before."""
        out = []
        taken = {ev["roles"]["target"].key for ev, _, _ in found
                 if ev["type"] == "acquisition" and ev["roles"].get("target") is not None}
        for a, b, etype, word in self.trigger_list:
            if etype != "acquisition" or not _PLURAL_DEAL.fullmatch(word):
                continue
            s0, s1 = self.sents[self.sentence_at(a)]
            opening = _LIST_OPENING.match(self.text, b, s1)
            if opening is None:
                out += self.takeovers_of_a_list(a, b, s0, s1, taken)
                continue
            close = s1 if opening.group(1) == ":" else self.text.find(")", opening.end(), s1)
            if close < 0:
                continue
            agent = [e for e in self.within(b, opening.start()) if e.company_like]
            if agent and not re.search(r"\bpar\s+(?:[\w'’-]+\s+){0,2}$", self.text[b:agent[-1].start]):
                continue     # the noun's own words name no one but its buyer
            buyers = agent or [e for e in self.within(s0, a) if e.company_like and not self.is_authority(e)]
            if not buyers and self.rules.cue["anaphora"].search(self.text, s0, a) and (
                    told := self.subject_before(s0, nearest=True)) is not None:
                # "Focus Entertainment avait réalisé ... Le groupe multiplie les rachats : ...": the
                # subject just before
                buyers = [told]
            names = [e for e in self.within(opening.end(), close) if e.company_like and not self.is_authority(e)]
            if not buyers or len(names) < 2 or not re.fullmatch(r"[\s*_]*(?:(?:le|la|l['’]|les)\s*)?(?:[\w-]+\s+)?",
                                                                  self.text[opening.end():names[0].start]):
                continue
            listed = [names[0]]
            for prev, e in zip(names, names[1:]):
                gap = _LIST_ITEM_GAP.fullmatch(self.text, prev.end, e.start)
                if gap is None or not re.search(r",|\b(?:et|ou|puis)\b", gap.group()):
                    break
                listed.append(e)
            if len(listed) < 2:
                continue
            # (the list of a company's takeovers tells deals done, unless it says they are to come:
            # "Kervalo va réaliser deux acquisitions")
            status = "announced" if _DEALS_TO_COME.search(self.text, s0, a) else "completed"
            for target in listed:
                if target.key != buyers[-1].key and target.key not in taken:
                    # ("Rayonnance (mai 2014), ASP Serveur (août 2014)": each one's month in brackets)
                    roles = {"acquirer": buyers[-1], "target": target, "price": None,
                             "date": self.bracketed_amount(target, "DATE"), "status": status}
                    out.append(({"type": "acquisition", "weak": False, "roles": roles}, (a, b), (s0, s1)))
        return out

    def takeovers_of_a_list(self, a: int, b: int, s0: int, s1: int, taken: set) -> list:
        """A plural takeover noun with its targets each after `de` ("les rachats d'Energy Net, de Jade
        et de JRTS", "Trois autres rachats, ceux d'Energy Net, de Jade et de JRTS"): one takeover
        of each, two at least, by the company named before the noun in the sentence, else the
        subject just before it."""
        first = _OF_LIST_OPENING.match(self.text, b, s1)
        names = [e for e in self.within(b, s1) if e.company_like and not self.is_authority(e)]
        if first is None or not names or names[0].start != first.end():
            return []
        listed = [names[0]]
        for prev, e in zip(names, names[1:]):
            if not _OF_LIST_JOINT.fullmatch(self.text, prev.end, e.start):
                break
            listed.append(e)
        buyers = [e for e in self.within(s0, a) if e.company_like and not self.is_authority(e)]
        if not buyers and (told := self.subject_before(s0, nearest=True)) is not None:
            buyers = [told]
        if len(listed) < 2 or not buyers:
            return []
        status = "announced" if _DEALS_TO_COME.search(self.text, s0, a) else "completed"
        return [({"type": "acquisition", "weak": False,
                  "roles": {"acquirer": buyers[-1], "target": e, "price": None, "date": None, "status": status}},
                 (a, b), (s0, s1)) for e in listed if e.key != buyers[-1].key and e.key not in taken]

    def gapped_rounds(self, found) -> list[tuple[dict, tuple[int, int], tuple[int, int]]]:
        """Rounds that share the verb of the round told before them, each a name and an amount
        after a comma: "Ynsect a levé 175 millions de dollars en avril, Verkor, 850 millions
        d'euros en septembre, et Carbios, 141 millions d'euros en juillet"."""
        return [(_listed_round(name, money, date), trig, sent)
                for ev, trig, sent in found if ev["type"] == "funding"
                for name, money, date in self.gapped(ev["roles"], "company", "amount", trig, sent)]

    def gapped_takeovers(self, found) -> list[tuple[dict, tuple[int, int], tuple[int, int]]]:
        """Takeovers that share the participle of the one told before them, each a name and a
        price after a comma: "Instagram avait été acheté un milliard de dollars en 2012, WhatsApp
        19 milliards de dollars en 2014" (the form ``gapped_rounds`` reads for rounds; where the
        names follow the verb, the target list of ``acquisition`` reads them)."""
        return [({"type": "acquisition", "roles": {"acquirer": ev["roles"]["acquirer"], "target": name, "price": price,
                                                   "date": date, "status": ev["roles"]["status"]}}, trig, sent)
                for ev, trig, sent in found if ev["type"] == "acquisition"
                for name, price, date in self.gapped(ev["roles"], "target", "price", trig, sent)]

    def gapped(self, roles: dict, main: str, money_role: str, trig, sent) -> list[tuple[Ent, Ent, Ent | None]]:
        """(name, amount, date) of each deal after a deal's amount (and date) that leaves its verb
        out, a name and an amount after a comma or `et`; none unless the deal's main party stands
        before its verb."""
        out: list[tuple[Ent, Ent, Ent | None]] = []
        if roles[money_role] is None or roles[main] is None or roles[main].end > trig[0]:
            return out
        pos = roles[money_role].end
        if roles["date"] is not None and 0 <= roles["date"].start - pos <= 8:
            pos = roles["date"].end
        while (joint := _GAP_JOINT.match(self.text, pos, sent[1])) is not None:
            name = self.starting_at(joint.end(), sent[1])
            if name is None or not name.company_like or self.is_authority(name):
                break
            money = self.starting_at(_GAP_LINK.match(self.text, name.end, sent[1]).end(), sent[1], "MONEY")
            if money is None and (aside := _GAP_ASIDE.match(self.text, name.end, sent[1])) is not None and not any(
                    e.company_like for e in self.within(name.end, aside.end())):
                # ", Ecovadis, qui note les entreprises sur leurs performances sociales, 478 millions d'euros":
                # what the company does, between its name and its amount
                money = self.starting_at(aside.end(), sent[1], "MONEY")
            if money is None:
                break
            date = self.date_right_after(money.end, sent[1])
            pos = date.end if date is not None else money.end
            out.append((name, money, date))
        return out

    def part_starts(self, merged: list, s0: int) -> list[int]:
        """Where each deal's part of a sentence starts."""
        starts = []
        prev_end = s0
        for j, (a, b, etype, _word) in enumerate(merged):
            subj = [e for e in self.within(prev_end, a, "ORG") if not self.is_authority(e)]
            aside = self.aside_bounds(merged[j - 1], s0, a) if j else None
            # (the main verb right after the aside: not "Kervalo, qui a investi 15 millions dans
            # Datavolt, ne fait pas partie de cette nouvelle levée")
            described = next((e for e in reversed(self.within(s0, aside[0], "ORG"))
                              if _MARKUP_ONLY.fullmatch(self.text, e.end, aside[0])), None) \
                if aside and aside[1] < a and _TO_THE_MAIN_VERB.fullmatch(self.text, aside[1], a) else None
            if described is not None:
                # "Getaround, qui a racheté le français Drivy en 2019, a levé 200 millions": the deal
                # told in the aside keeps its own part, up to the aside's closing comma; the main
                # verb's part starts there, its subject the name the aside describes
                starts.append(aside[1])
                self.described_subjects[aside[1]] = described
                prev_end = b
                continue
            if j and subj and merged[j - 1][2] == "funding" and self.passive_agent(
                    merged[j - 1][:2], merged[j - 1][3], subj) is not None:
                # "21,3 millions récoltés par Imcyse (immunothérapies), 20 millions obtenus par
                # NeuVasQ": the name after a participle's 'par' raised the money before it; the
                # next deal's part starts after that name
                starts.append(subj[0].end)
            elif j and subj and self.rules.cue["into_cues"].search(self.text, max(prev_end, subj[-1].start - 16),
                                                                   subj[-1].start):
                # "a investi 15 millions dans Mistral AI, ... cette levée": the name after 'dans'
                # is the previous verb's object, not the next one's subject
                starts.append(subj[-1].end)
            elif j and merged[j - 1][2] == "fine":
                # ("a infligé 500 M€ à Apple et sanctionné Meta": the name before the verb is the
                # previous fine's; "Philips devra verser 29,8 millions, Pioneer est condamné à
                # régler 10,2 millions": a clause of its own opens with its subject)
                # ("derrière les 1,2 milliard d'euros infligés à Meta en 2023 et les 746 millions d'euros
                # infligés à Amazon": a participle's amount right before it is its own fine's)
                told = self.amount_right_before((a, b))
                starts.append(subj[-1].start if subj and self.opens_clause(subj[-1], a)
                              else told.start if told is not None and told.start >= prev_end else a)
            elif j and not self.into_word(etype, _word) and (ante := self.relative_antecedent(a)) is not None \
                    and ante.start >= prev_end and _CLAUSE_JOINT_BEFORE.search(self.text, prev_end, ante.start):
                # "Datavolt, qui a racheté Kervalo en mars, et Orange, qui s'est offert Holis en mai",
                # "Google qui s'offre Looker ..., Salesforce qui avale Tableau": the next deal's part
                # starts at the name its relative clause stands for, which makes it, a list's next
                # item (not "avec Educapital et Partech, qui entre au capital": who joins a round)
                starts.append(ante.start)
            elif j and _BOUND_VERB.search(self.text, max(prev_end, a - 32), a):
                # "avec Educapital et Partech, qui entre au capital", "pour financer": a verb in a
                # relative clause or an infinitive has the subject before it, and the list before
                # it stays whole in the deal it completes
                starts.append(a)
            elif j and _APPOSED_DEAL.search(self.text, max(prev_end, a - 40), a) and self.noun_at(a, b):
                # "Microsoft a finalisé le rachat d'Activision Blizzard pour 68,7 milliards de dollars,
                # la plus grosse acquisition de l'histoire": a deal's noun in apposition names the
                # deal before it again; the name before it is that deal's, not its subject
                starts.append(a)
            elif j and (coord := _NOUN_AFTER_JOINT.search(self.text, max(prev_end, a - 30), a)) is not None \
                    and re.match(r"\s*(?:de\s|d['’]|du\s|des\s)", self.text[b:b + 4]) and self.noun_at(a, b):
                # "le rachat d'Electronic Arts, à 55 milliards de dollars, ainsi que la reprise de
                # Warner Bros par Netflix": a deal's noun joined to the one before names no subject
                # before it; what comes before the joint stays the previous deal's
                starts.append(coord.start())
            elif j and etype == "acquisition" and (pro := _CLAUSE_PRONOUN.search(self.text, max(prev_end, a - 40), a)) \
                    is not None and not self.within(pro.start(), a, "ORG"):
                # "Il a racheté Play en 2020, puis il a bouclé l'acquisition d'UPC Poland": a clause
                # with a pronoun for its subject starts the next deal's part; the name before it is
                # the previous deal's object
                starts.append(pro.start())
            elif j and self.infinitive_at(a, b) and not (subj and self.subject_of_a_verb(subj[-1])):
                # "Adobe va acquérir Figma pour 20 milliards de dollars, une opération qui permet au
                # géant de mettre la main sur ...": an infinitive's subject is the clause's before it,
                # so the name between is the previous deal's object, not the next one's subject
                starts.append(a)
            elif j and not subj and merged[j - 1][2] == "funding" and (
                    joints := [m for m in _CLAUSE_JOINT.finditer(self.text, prev_end, a + 40) if m.start() < a]):
                # "Nimbo Labs a levé 3 millions d'euros l'an dernier et discute d'un rapprochement":
                # with no subject of its own, the next deal's part starts at the clause that holds
                # it; what comes before (the amount, the date) stays the previous deal's
                starts.append(joints[-1].start())
            else:
                starts.append(subj[-1].start if subj and prev_end > s0 else prev_end)
            prev_end = b
        return starts

    def noun_at(self, a: int, b: int) -> bool:
        """Whether the trigger word at ``a`` is a noun (the parser's part of speech)."""
        span = self.doc.char_span(a, b, alignment_mode="expand")
        return span is not None and span[0].pos_ == "NOUN"

    def opens_clause(self, name: Ent, verb: int) -> bool:
        """Whether a name is the subject of the verb at ``verb``, opening a clause after a
        comma or `et` with no more than an auxiliary between ("et Carrefour Banque écope",
        ", Pioneer est condamné")."""
        return bool(_CLAUSE_OPENING.search(self.text, max(0, name.start - 32), name.start)
                    and _TO_THE_VERB.fullmatch(self.text, name.end, verb))

    def rounds_of_a_plural_noun(self, found) -> list[tuple[dict, tuple[int, int], tuple[int, int]]]:
        """The rounds a plural noun lists, each company after its own "de" (``_ROUNDS_OF``): "avec
        les tours de table de Sorare, de Homa Games et de Powder"; "la levée de Swish (47M€) et
        celles de Milla Group et de Chargepoly, qui pèsent chacune 15 millions d'euros" (the pronoun
        after a round told in its sentence). Each name's amount is the one in brackets after it,
        else the one they raised each, else none (§4, stop 17). A name of such a list invests in no
        round of its sentence."""
        out = []
        taken = {ev["roles"]["company"].key for ev, _, _ in found if ev["type"] == "funding"}
        for m in _ROUNDS_OF.finditer(self.text):
            s0, s1 = self.sents[self.sentence_at(m.start())]
            if m.group(2) and not any(
                    t[2] == "funding" and s0 <= t[0] < m.start() for t in self.trigger_list):
                continue      # ("celles de": the rounds only after a round told in the sentence)
            first = self.starting_at(m.end(), s1)
            if first is None or not self.party(first):
                continue
            listed = [(first, self.bracketed_amount(first))]
            while (joint := _NEXT_OF_NOUN.match(self.text, listed[-1][0].end, s1)) is not None:
                name = self.starting_at(joint.end(), s1)
                if name is None or not self.party(name):
                    break
                listed.append((name, self.bracketed_amount(name)))
            each = _EACH.search(self.text, listed[-1][0].end, min(s1, listed[-1][0].end + 40))
            shared = next(iter(self.within(each.end(), min(s1, each.end() + 40), "MONEY")), None) if each else None
            keys = {c.key for c, _ in listed}
            for ev, _, sent in found:
                if ev["type"] == "funding" and sent == (s0, s1):
                    ev["roles"]["investors"] = [e for e in ev["roles"]["investors"] if e.key not in keys]
            noun = m.span(1) if m.group(1) else m.span(2)
            out += [(_listed_round(c, a or shared), noun, (s0, s1))
                    for c, a in listed if c.key not in taken and not self.named_before(c)]
        return out

    def named_before(self, name: Ent) -> bool:
        """Whether the article named ``name`` before (a list that names it again tells a round
        already told: "Les seuls tours de Qonto et de Back Market pèsent ...")."""
        return any(e.key == name.key and e.end <= name.start for e in self.ents if e.company_like)

    def amounts_for_names(self, known: set) -> list[tuple[dict, tuple[int, int], tuple[int, int]]]:
        """A roundup's amounts each told with the company that raised it, two items at least:
        after a colon, "4 méga-levées de fonds : 180 millions d'euros pour la plateforme ...
        Ecovadis, 125 millions d'euros pour le champion ... ManoMano"; or by the definite
        article, the funding noun in the sentence or the one before, "les 59 millions d'euros
        du champion du e-commerce Vestiaire Collective, les 50 millions de l'assurtech Alan et
        de la medtech Dynacure". The name is the first party after "pour" (or "de") and before
        the next amount; a second one joined by "et de" raised the same."""
        cue = self.rules.cue.get("roundup_list_cues")
        out: list = []
        if cue is None:
            return out
        for k, (s0, s1) in enumerate(self.sents):
            m = cue.search(self.text, s0, s1)
            colon = self.text.find(":", m.end(), s1) if m else -1
            least = 2
            if colon != -1:
                start, link = colon, _LISTED_LINK
            elif _AMOUNT_FOR.match(self.text, s0, s1):
                # "850 millions pour Verkor en septembre 2023, 304 millions pour Electra en janvier
                # 2024, 200 millions pour HysetCo ...": a list of three that opens its sentence
                start, link, least = s0, _FOR, 3
            elif m is not None or (k and cue.search(self.text, *self.sents[k - 1])):
                start, link = s0, _OF_OR_FOR
            else:
                continue
            amounts = self.within(start, s1, "MONEY")
            here, items = [], 0
            for i, money in enumerate(amounts):
                after = link.match(self.text, money.end, money.end + 16)
                if after is None:
                    continue
                definite = _DEFINITE_PLURAL.search(self.text, max(s0, money.start - 5), money.start)
                if (link is _OF_OR_FOR or link is _LISTED_LINK and not after.group(2)) and not definite:
                    continue
                stop = min(amounts[i + 1].start if i + 1 < len(amounts) else s1, after.end() + _FOR_NAME_REACH)
                names = [e for e in self.within(after.end(), stop) if self.party(e)]
                if not names:
                    continue
                items += 1
                if id(names[0]) in known:
                    continue
                parties = names[:1]
                if link is _OF_OR_FOR and len(names) > 1 and _AND_OF.fullmatch(self.text, names[0].end, names[1].start):
                    parties.append(names[1])          # "de l'assurtech Alan et de la medtech Dynacure"
                elif link is _LISTED_LINK and after.group(1) and len(names) > 1 and \
                        _AND_ALSO.fullmatch(self.text, names[0].end, names[1].start):
                    parties.append(names[1])          # "50 millions chacune pour Alan et la medtech Dynacure"
                # ("850 millions pour Verkor en septembre 2023": the round's month right after its name)
                date = self.date_right_after(parties[-1].end, stop, preposition=True)
                here += [(_listed_round(name, money, date), (m.start(), m.end()) if m else (money.start, money.end),
                          (s0, s1)) for name in parties]
            if items >= least:
                out += here
        return out

    def listed_rounds(self, known: set) -> list[tuple[dict, tuple[int, int], tuple[int, int]]]:
        """A roundup's list of rounds, each name with its amount in brackets after a funding
        noun: "les levées de fonds de Qonto (486 millions d'euros), d'Ecovadis (478 millions)
        ou de Back Market (450 millions)"; "Zelup et CiviTime (2 millions chacune)"."""
        cue = self.rules.cue.get("roundup_list_cues")
        out = []
        if cue is None:
            return out
        # the sentences that tell a round (one pass over the triggers, not one per sentence)
        told = {self.sentence_at(t[0]) for t in self.trigger_list if t[2] == "funding"}
        for k, (s0, s1) in enumerate(self.sents):
            m = cue.search(self.text, s0, s1)
            min_items = 1
            colon = _COLON.search(self.text, s0, s1) if k in told else None
            if m and colon and m.start() > colon.start():
                m = None      # a round's noun after the list the colon opens names none of it
            if not m:
                # "14 jeunes pousses ont annoncé des opérations de plus de 10 millions. La moitié a
                # franchi le cap des 20 millions : Alan (185 millions), Ornikar (100 millions), ...",
                # "Voodoo a récolté 169 millions ... Le reste du top 5 se compose de la fintech Ledger
                # (61 millions d'euros en janvier), de l'EdTech OpenClassrooms (51 millions ...",
                # "Mano Mano (110 millions) et Wynd (72 millions) complètent ce Top 5": a list after
                # the sentence that names a round; two names at least
                # ("plusieurs sociétés ont levé au minimum 40 M€ : Lifen (50 M€), Quantum Surgical (40 M€)":
                # the list after the colon of a sentence that tells rounds itself)
                if not (k in told and _COLON.search(self.text, s0, s1)) and (
                        k == 0 or not (k - 1 in told or cue.search(self.text, *self.sents[k - 1]))):
                    continue
                m, min_items = _COLON.search(self.text, s0, s1), 2
            names = [e for e in self.within(m.end() if m else s0, s1) if e.company_like and not self.is_authority(e)
                     and not self.sourced(e)]
            here = []
            for i, e in enumerate(names):
                if id(e) in known:
                    continue
                if _DEAL_OF.search(self.text, max(s0, e.start - 30), e.start) and self.rules.triggers[
                        "acquisition"].search(self.text, max(s0, e.start - 30), e.start):
                    continue      # ("Deux opérations géantes : le rachat d'Electronic Arts, à 55 milliards": bought, not raised)
                opening = re.match(r"\s*\(\s*", self.text[e.end:e.end + 4])
                bracket = e.end + opening.end() if opening else None
                if bracket is None and ((rel := _RELATIVE_THEN_BRACKET.match(self.text, e.end, s1)) is not None
                                        or (rel := _APPOSITION_THEN_BRACKET.match(self.text, e.end, s1)) is not None) \
                        and not any(x.company_like for x in self.within(e.end, rel.end())):
                    # "DrivEco, qui installe des bornes de recharge (250 M€)": what the company does,
                    # told in a relative clause between its name and its amount
                    bracket = rel.end()
                if bracket is None:
                    # "Sorare avec 40 millions d'euros, Alan avec 20 millions", "puis Not So Dark et
                    # Libeo, avec 20 millions chacune": its amount after "avec", in a sentence of rounds
                    with_ = _WITH_AMOUNT.match(self.text, e.end, s1) if m is not None else None
                    money = self.starting_at(with_.end(), s1, "MONEY") if with_ else None
                    if money is None and (comma := _COMMA_AMOUNT.match(self.text, e.end, s1)) is not None:
                        money = self.starting_at(comma.end(), s1, "MONEY")
                        if money is not None and not _ITEM_END.match(self.text, money.end, s1) \
                                and not _EACH.match(self.text, _SPACES.match(self.text, money.end).end(), s1):
                            money = None
                    if money is None:
                        continue
                    each = _EACH.match(self.text, _SPACES.match(self.text, money.end).end(), s1)
                    parties = self.listed_with(names[:i], e) if each else [e]
                    trigger = (m.start(), m.end()) if m else (e.start, e.end)
                    here += [(_listed_round(c, money), trigger, (s0, s1)) for c in parties if id(c) not in known]
                    continue
                money = self.starting_at(bracket, min(s1, bracket + 40), "MONEY")
                if money is None:
                    continue
                # ("Greenbig (20 millions d'euros pour recycler le plastique)": what the money is for)
                closing = re.match(r"\s*(chacune?s?)?\s*(?:pour\s+[^()\n]{1,80}?)?\)", self.text[money.end:money.end + 100])
                date = None
                if not closing:
                    # "Ledger (61 millions d'euros en janvier)": the round's month in the brackets
                    # (the date must start near the amount; it may end further: "en septembre 2025")
                    date = next(iter(self.within(money.end, min(s1, money.end + 40), "DATE")), None)
                    if date is None or not re.fullmatch(r",?\s*(?:en|au|à|le|l['’])?\s*",
                                                        self.text[money.end:date.start]) \
                            or not re.match(r"\s*\)", self.text[date.end:date.end + 4]):
                        continue     # "(6,85 millions d'euros en 3 opérations)": a sector's sum, not a round
                # "Zelup et CiviTime (2 millions chacune)": each name of the list raised it
                parties = self.listed_with(names[:i], e) if closing and closing.group(1) else [e]
                for c in parties:      # (with no colon, each name with its amount states its round)
                    trigger = (m.start(), m.end()) if m else (e.start, e.end)
                    here.append((_listed_round(c, money, date), trigger, (s0, s1)))
            if here and min_items == 2 and all(ev["roles"]["amount"].amount is not None and ev["roles"]["amount"].amount >= 1e9
                                               for ev, _, _ in here) and (
                    (val := self.rules.cue.get("valuation_cues")) is not None and (
                        val.search(self.text, s0, s1) or (k and val.search(self.text, *self.sents[k - 1])))):
                here = []     # ("avec une valeur de 5,8 milliards d'euros. Elle efface ainsi Back Market (5,1
                # milliards d'euros), tombeur de Qonto (4,4 milliards)": a ranking of valuations, no rounds)
            if len(here) >= min_items:
                out += here
            out += self.counted_rounds(cue, known, s0, s1)
        return out

    def item_line(self, pos: int) -> re.Match | None:
        """The list item whose line holds ``pos`` (its words are group 1), else None."""
        return _BULLET.match(self.text, self.text.rfind("\n", 0, pos + 1) + 1)

    def item_at(self, pos: int) -> bool:
        """Whether the sentence at ``pos`` opens an item of a list (its line's first words)."""
        item = self.item_line(pos)
        return item is not None and abs(item.start(1) - pos) <= 4

    def item_opening(self, a: int, names: list[Ent]) -> Ent | None:
        """The name an item starting at ``a`` opens on: the first of ``names``, with only markup
        before it; else None."""
        return names[0] if names and _MARKUP_ONLY.fullmatch(self.text, a, names[0].start) else None

    def item_lead(self, a: int, b: int, names: list[Ent], lead_words: re.Pattern) -> re.Match | None:
        """The lead (``lead_words``: a colon, a dash, what it does in brackets) after the name an
        item (``a`` to ``b``) opens on (``item_opening``); else None."""
        if self.item_opening(a, names) is None:
            return None
        return lead_words.match(self.text, names[0].end, b)

    def item_head(self, trig: tuple[int, int]) -> Ent | None:
        """The company a list item opens on, when the item's lead (a colon or a dash, what it does
        in brackets before) is followed by a subject that describes it (`la société`, `le
        logiciel de service client pour Shopify`) up to the verb ``trig``; else None."""
        item = self.item_line(trig[0])
        if item is None:
            return None
        names = [e for e in self.within(item.start(1), trig[0]) if self.party(e)]
        lead = self.item_lead(item.start(1), trig[0], names, _ITEM_LEAD)
        if lead is None or not _DESCRIBING.match(self.text, lead.end(), trig[0]):
            return None
        # (a round's noun after another verb may be the round of the company it names: "- **Tikehau
        # Capital** : le gestionnaire d'actifs entre au capital de Sérac Data, après la série A de la
        # jeune pousse")
        verb = self.doc.char_span(trig[0], trig[1], alignment_mode="expand")
        return names[0] if verb is not None and verb[0].pos_ in ("VERB", "AUX") else None

    def listed_items(self, lead_words: re.Pattern, floor: int, before_amount: re.Pattern = _ABOUT):
        """The items of a bulleted list that open with a party and give an amount of at least
        ``floor`` after its lead (a colon, a dash, what it does in brackets) and ``before_amount``:
        (party, amount, sentence, the item's part of the sentence) for each."""
        for item in _BULLET.finditer(self.text):
            a, b = item.start(1), item.end(1)
            names = [e for e in self.within(a, b) if e.company_like and not self.is_authority(e)]
            lead = self.item_lead(a, b, names, lead_words)
            money = next(iter(self.within(lead.end(), b, "MONEY")), None) if lead else None
            if money is None or not before_amount.fullmatch(self.text[lead.end():money.start]) \
                    or money.amount is None or money.amount < floor:
                continue
            sent = self.sents[self.sentence_at(money.start)]
            yield names[0], money, sent, (a, min(b, sent[1]))

    def bulleted_rounds(self, known: set, found: list) -> list[tuple[dict, tuple[int, int], tuple[int, int]]]:
        """A roundup's bulleted list, each item a company, what it does, and its amount with no
        verb: "- **Luko** (assurance habitation) : 20 millions d'euros auprès d'Accel et de
        Founders Fund". Two items at least, in an article that tells of rounds, none of them a
        purchase or a fine."""
        r = self.rules
        if not any(t[2] == "funding" for t in self.trigger_list):
            return []
        out, items = [], 0
        # (from 100,000: "- **Nothing Ear** : 129 euros" is a buying guide's price, no round)
        for company, money, sent, seg in self.listed_items(_ITEM_LEAD, 100_000, _RAISED_AS):
            if r.triggers["acquisition"].search(self.text, *seg) or r.triggers["fine"].search(self.text, *seg) \
                    or self.near("valuation_cues", money.start, 30, seg[0]):
                continue      # "- **Kervalo** : rachat de Sylquor pour 20 millions d'euros"
            items += 1
            if id(company) in known and any(
                    ev["type"] == "funding" and ev["roles"]["company"] is company
                    and (ev["roles"]["amount"] is None or ev["roles"]["amount"].start == money.start)
                    for ev, _, _ in found):
                continue      # (an item with its own verb: "- **Wakam** : 40 millions d'euros levés auprès de ...";
                # not one whose earlier round the item tells too: "La société avait levé 5 millions")
            orgs = [e for e in self.within(*seg, "ORG") if not self.sourced(e)]
            investors = self.investors_of(self.investor_list(orgs, (money.start, money.end), seg, company), company)
            out.append((_listed_round(company, money, investors=investors, rnd=self.round((money.start, seg[1]))),
                        (money.start, money.end), sent))
        return out if items >= 2 else []

    def bulleted_fines(self, known: set) -> list[tuple[dict, tuple[int, int], tuple[int, int]]]:
        """A review's list of fines, each item a company and its amount with no verb: "- **Meta,
        91 millions d'euros** (septembre) : ...", "- Slimpay : 180 000 euros en décembre 2021, pour
        ...". Two items at least, in an article that tells of fines more than of deals, none of the
        items a round or a purchase; the authority is the one the item names, else the last one
        named before it."""
        r = self.rules
        kinds = [t[2] for t in self.trigger_list]
        if kinds.count("fine") <= max(kinds.count("funding"), kinds.count("acquisition")):
            return []
        out, items = [], 0
        for target, money, sent, seg in self.listed_items(_FINE_ITEM_LEAD, 10_000):
            if r.triggers["acquisition"].search(self.text, *seg) or r.triggers["funding"].search(self.text, *seg):
                continue
            items += 1
            if id(target) in known:
                continue
            authority = next((e for e in self.within(*seg, "ORG") if self.is_authority(e)), None) or next(
                (e for e in reversed(self.within(0, seg[0], "ORG")) if self.is_authority(e)), None)
            roles = {"authority": authority, "target": target, "amount": money,
                     "date": self.date(seg, (money.start, money.end)), "reason": None}
            out.append(({"type": "fine", "weak": False, "roles": roles}, (money.start, money.end), sent))
        return out if items >= 2 else []

    def counted_rounds(self, cue, known: set, s0: int, s1: int) -> list:
        """"avec trois opérations (Syntony, Carlili et Padam)": a roundup counts its rounds and
        names them in brackets, with no amount; each name raised money in the period reviewed."""
        out = []
        for m in cue.finditer(self.text, s0, s1):
            opening = re.match(r"\s*\(", self.text[m.end():m.end() + 4])
            count = re.search(r"(?<!\w)(\d+|\w+)\s+$", self.text[max(s0, m.start() - 12):m.start()])
            closing = self.text.find(")", m.end(), s1)
            if not opening or not count or closing == -1 or not _is_count(count.group(1)):
                continue
            inside = (m.end() + opening.end(), closing)
            names = self.within(*inside, "ORG")
            rest = "".join(self.text[a:b] for a, b in zip(
                [inside[0]] + [e.end for e in names], [e.start for e in names] + [inside[1]]))
            if not names or not re.fullmatch(r"(?:\s|,|(?<!\w)et(?!\w))*", rest):
                continue      # "(6,85 millions en 3 opérations)", "(medtech, mobilité, retail…)": no list of names
            date = self.date((s0, s1), (m.start(), m.end()))
            for e in names:
                if id(e) not in known:
                    out.append((_listed_round(e, None, date), (m.start(), m.end()), (s0, s1)))
        return out

    def price_follow_up(self, last, sent) -> list | None:
        """The sentence after a deal that gives its price ("Le montant, 14,3 milliards de
        dollars, valorise ...") completes it, up to two sentences on; a valuation is no price."""
        cues = self.rules.cue.get("price_cues")
        if last is None or last[1] >= 2 or cues is None:
            return None
        roles = last[0]["roles"]
        if roles["price"] is None:
            for e in self.within(*sent, "MONEY"):
                window = self.text[max(sent[0], e.start - 40):e.start]
                if cues.search(window) and not self.rules.cue["valuation_cues"].search(window) \
                        and self.text[max(0, e.start - 1):e.start] != "(" and not self.is_revenue(e) \
                        and not self.per_share(e) \
                        and (e.amount is None or e.amount >= 10_000):
                    # (neither "au prix de 25,50 euros par titre" nor a price of a few euros)
                    roles["price"] = e
                    break
        return [last[0], last[1] + 1]

    def follow_up(self, last, sent) -> list | None:
        """A sentence after a round that names its valuation or more investors ("Nvidia et
        Bpifrance remettent aussi au pot") completes it, up to five sentences on; one that names
        the round again ("Le tour de table a été mené par ..."), up to eight."""
        if last is None:
            return None
        ev, age = last
        if age >= 8:
            return None
        letter = self.round(sent)
        if letter is not None and len(letter) == 1 and ev["roles"]["round"] not in (None, letter):
            # "La société avait levé 25 M€ lors d'une série A. [...] Cette série B a été emmenée par
            # Temasek": a sentence of another round of the company tells that round (the headline's,
            # with no letter yet), not the one read last
            ev = next((f for f, _ in reversed(self.fundings) if f["roles"]["round"] in (None, letter)
                       and f["roles"]["company"].key == ev["roles"]["company"].key), None)
            if ev is None:
                return None
            ev["roles"]["round"], age = letter, -1      # (told again here: the sentences after it go on with it)
        roles, cue = ev["roles"], self.rules.cue
        if ev.get("item") and self.item_at(sent[0]):
            first = next((e for e in self.within(*sent) if e.company_like), None)
            if first is not None and first.key != roles["company"].key:
                return None      # the next item of a list tells another company's round
        if roles["valuation"] is None and age < 5:
            for e in self.within(*sent, "MONEY"):
                if self.near("valuation_cues", e.start, 40, sent[0]):
                    roles["valuation"] = e
                    break
        if roles["amount"] is None and age == 0:
            # "annonce une nouvelle levée de fonds ... GBL s'engage à investir 266 millions":
            # the round's amount in the next sentence, after a verb of the money put in
            for e in self.within(*sent, "MONEY"):
                window = self.text[max(sent[0], e.start - 40):e.start]
                if self.rules.triggers["funding"].search(window) and e is not roles["valuation"] \
                        and not cue["valuation_cues"].search(window) \
                        and not cue["sector_cues"].search(self.text, sent[0], e.start):
                    roles["amount"] = e
                    break
        if roles["date"] is None and age == 0 and "round_anaphora" in cue:
            opening = re.match(r"[\s#*»«\"-]*", self.text[sent[0]:sent[1]]).end()
            if (named := cue["round_anaphora"].match(self.text, sent[0] + opening)) is not None:
                # "L'opération, annoncée mardi 20 septembre, porte à 450 millions ...": the next
                # sentence, opening on the round, dates it in its first words ("Le nouveau tour doit
                # financer une usine qui produira ... à partir de 2022" dates the plant)
                dates = self.deal_dates(named.end(), min(sent[1], named.end() + _ANAPHORA_REACH), sent[0])
                if dates:
                    roles["date"] = dates[0]
        end = sent[1]
        # (far from the round, only a sentence that names it again completes it)
        told = cue["investor_sentence_cues"].search(self.text, sent[0], sent[1]) if age < 5 else None
        if not told and "round_anaphora" in cue and (told := cue["round_anaphora"].search(self.text, *sent)):
            # "Le tour de table a été réalisé avec le fonds General Atlantic, rejoint par Alven": a
            # sentence of the round just told names who is in it, up to what the money is for or
            # whom it is compared with ("Ce financement ... afin de rivaliser avec Zeplug")
            cut = cue["round_clause_end"].search(self.text, *sent) if "round_clause_end" in cue else None
            end = cut.start() if cut else sent[1]
        if told:
            # ("Eric Schmidt, ancien patron de Google, y participe": Google is no investor)
            more = [e for e in self.within(sent[0], end, "ORG") if not self.is_authority(e) and not self.sourced(e)
                    and not cue["investor_stop"].search(self.text, max(sent[0], e.start - 20), e.start)
                    and self.role_before(e, 60) is None]
            roles["investors"] = self.unique(roles["investors"] + more, roles["company"])
        return [ev, age + 1]

    def fine_told_done(self, ev, trig) -> bool:
        """Whether a fine with no amount is stated by a verb that imposes it on a named company,
        neither negated nor wished for (``n'avait jamais été sanctionné``, ``de sanctionner``)."""
        if ev["roles"].get("target") is None:
            return False
        said = self.text[trig[0]:trig[1]].lower().replace("’", "'")
        if not self.rules.cue["fine_imposed"].search(said):
            return False
        before = self.text[max(0, trig[0] - 40):trig[0]].lower().replace("’", "'")
        return not _FINE_NEGATED.search(before) and not (
            self.rules.cue["fine_imposed"].match(said) and _FINE_NOMINAL.search(before))

    def fine_amounts_told_respectively(self, kept: list) -> None:
        """"L'IBPT sanctionne Proximus et Telenet. Le régulateur réclame aux deux opérateurs
        respectivement 150 000 euros et 88 782 euros": the fines one statement gives several
        companies without their amounts take, in order, the amounts a sentence up to three after
        it lists with `respectivement` and names no company."""
        by_trig: dict = {}
        for ev, trig, _ in kept:
            if ev["type"] == "fine":
                by_trig.setdefault(trig, []).append(ev)
        for trig, evs in by_trig.items():
            if len(evs) < 2 or any(ev["roles"]["amount"] is not None for ev in evs):
                continue
            i = self.sentence_at(trig[0])
            for s0, s1 in self.sents[i + 1:i + 4]:
                if not _RESPECTIVELY.search(self.text, s0, s1):
                    continue
                amounts = [m for m in self.within(s0, s1, "MONEY") if not self.converted(m, s0)]
                if len(amounts) == len(evs) and not any(self.party(e) for e in self.within(s0, s1, "ORG")):
                    for ev, amount in zip(evs, amounts):
                        ev["roles"]["amount"] = amount
                break

    def decision_date(self, trig: tuple[int, int], kept: list) -> Ent | None:
        """The date a sentence near an undated fine gives its decision ("C'est mercredi 23 avril que
        la Commission a rendu ses décisions", "Dans sa décision, rendue mercredi", "la décision
        rendue le 16 mars 2020. Par ce texte, l'Autorité avait infligé"): the sentence before the
        fine's, its own, or one of the four after it that states no other fine."""
        i = self.sentence_at(trig[0])
        others = [t for _, t, _ in kept if t != trig]
        for k in [i, i - 1] + list(range(i + 1, i + 5)):
            if not 0 <= k < len(self.sents):
                continue
            s0, s1 = self.sents[k]
            if k != i and any(s0 <= t[0] < s1 for t in others):
                continue
            for m in _DECISION_DATED.finditer(self.text, s0, s1):
                dates = [d for d in self.within(max(s0, m.start() - 50), min(s1, m.end() + 50), "DATE")
                         if d.start >= s0 and d.end <= s1]
                if dates:
                    return min(dates, key=lambda d: min(abs(d.start - m.end()), abs(m.start() - d.end)))
        return None

    def merge(self, found) -> list[dict]:
        """One event per deal: a repeat fills the roles the first statement left empty."""
        kept: list[tuple[dict, tuple[int, int], tuple[int, int]]] = []
        for ev, trig, sent in found:
            twin = next((k for k in kept if self.same_deal(k[0], ev)), None)
            if twin is None:
                kept.append((ev, trig, sent))
                continue
            roles = twin[0]["roles"]
            if ev["type"] == "acquisition" and ev.get("agent") and not twin[0].get("agent") \
                    and roles["acquirer"] is not None and ev["roles"]["target"] is not None \
                    and roles["acquirer"].key == ev["roles"]["target"].key:
                # "Deliveroo grimpe après une offre de rachat de son rival DoorDash" read the parties the
                # wrong way round; "une proposition de rachat de la part de DoorDash" names the buyer
                # (not any "par": "Les actions détenues par Vivendi seront rachetées par Ubisoft" is
                # another deal between the two)
                roles["acquirer"], roles["target"] = ev["roles"]["acquirer"], ev["roles"]["target"]
                twin[0]["agent"] = True
            if ev["type"] == "acquisition":
                # the deal's state is the furthest any statement of it says: abandoned, else completed
                rank = {"announced": 0, "completed": 1, "abandoned": 2}
                roles["status"] = max(roles["status"], ev["roles"]["status"], key=rank.get)
            for role, value in ev["roles"].items():
                if role == "investors":
                    roles[role] = self.unique(roles[role] + value, roles.get("company"))
                elif roles.get(role) is None and value is not None:
                    roles[role] = value
        # A statement with no amount ("SFR sanctionné" in a headline) only opens an event that
        # a later statement of the same deal completes.
        # A fine whose verb says it was imposed on a named company stands without its amount
        # ("la NCC avait déjà sanctionné Etisalat et Glo"; "Temu mis à l'amende"); a fine noun
        # alone ("l'amende ne suffira pas", "des dommages et intérêts") does not.
        kept = [k for k in kept if k[0]["type"] != "fine" or k[0]["roles"]["amount"] is not None
                or self.fine_told_done(k[0], k[1])]
        self.fine_amounts_told_respectively(kept)
        for ev, _, _ in kept:
            if ev["roles"].get("date") is None and ev.get("opening_date") is not None:
                ev["roles"]["date"] = ev["opening_date"]
        for ev, trig, sent in kept:
            if ev["roles"].get("date") is None and sent == self.sents[0] and len(self.sents) > 1:
                # A headline's deal is dated by the lead that follows it ("La CNIL a annoncé hier ..."),
                # the first of the next sentences that names one of its parties (a standfirst, a
                # byline or a caption may come between)
                parties = {v.key for v in ev["roles"].values() if isinstance(v, Ent)}
                for lead in self.sents[1:4]:
                    end = lead[1]
                    if not {e.key for e in self.within(*lead, "ORG")} & parties:
                        end = self.end_of_the_deals_words(lead)
                    # (not the date of another deal of the same party the lead tells: "Amazon avait
                    # déjà été condamné en septembre 2019 par le Tribunal de commerce")
                    dates = [d for d in self.deal_dates(lead[0], end, lead[0])
                             if not self.dates_another(ev, d, kept)] if end is not None else []
                    if not dates and ev["type"] != "fine" and (told := self.announced_on(lead)) is not None \
                            and not self.dates_another(ev, told, kept):
                        # the day the lead says the news was made public, with no anaphora of the deal
                        # ("Le réseau social tricolore a dévoilé ce jeudi un financement") or one too far
                        # from it ("La start-up de Massy, issue de l'Institut d'Optique, annonce ce mardi
                        # une série B"); not a fine's, whose date is the decision's, which the lead may
                        # give later
                        dates = [told]
                    if dates:
                        ev["roles"]["date"] = dates[0]
                        break
        self.date_rounds_by_period(kept)
        self.date_fines_of_one_decision(kept)
        for ev, trig, _ in kept:
            if ev["type"] == "fine" and ev["roles"].get("date") is None:
                ev["roles"]["date"] = self.decision_date(trig, kept)
        return [self.to_offsets(ev, *self.first_statement(ev, trig, sent)) for ev, trig, sent in kept]

    def dates_another(self, ev: dict, date: Ent, kept) -> bool:
        """Whether ``date`` is the date of another deal of the same type and main party, with an
        amount of its own (an earlier fine or round of the company)."""
        main, money = MAIN_ROLE[ev["type"]], MONEY_ROLE[ev["type"]]
        party, amount = ev["roles"].get(main), ev["roles"].get(money)
        return party is not None and any(
            o is not ev and o["type"] == ev["type"] and o["roles"].get("date") is date
            and o["roles"].get(main) is not None and o["roles"][main].key == party.key
            and o["roles"].get(money) is not None and not self._same_amount(o["roles"][money], amount)
            for o, _, _ in kept)

    def announced_on(self, sent: tuple[int, int]) -> Ent | None:
        """The date a verb of announcement in ``sent`` stands beside (`a dévoilé ce jeudi`,
        `Mardi 31 mai, elle a fait savoir`), or None."""
        cue = self.rules.cue.get("announcement_cues")
        if cue is None:
            return None
        dates = self.deal_dates(*sent, sent[0])
        for m in cue.finditer(self.text, *sent):
            for d in dates:
                if 0 <= d.start - m.end() <= 3 or 0 <= m.start() - d.end <= 24:
                    return d
        return None

    def end_of_the_deals_words(self, sent: tuple[int, int]) -> int | None:
        """Where a lead that speaks of the headline's deal without naming its parties stops
        telling of it, or None: it speaks by the company's anaphora or the round's, and what
        dates the deal stands before or right after them ("Mardi 31 mai, elle a fait savoir",
        "La jeune pousse a dévoilé ce lundi une levée", "L'opération a été rendue publique ce
        mercredi"; not "Le nouveau tour doit financer une usine qui produira ... à partir de
        2027", as for the sentence after a round)."""
        found = [m for k in ("anaphora", "round_anaphora") if (c := self.rules.cue.get(k)) is not None
                 and (m := c.search(self.text, *sent)) is not None]
        if not found:
            return None
        return min(sent[1], min(m.end() for m in found) + _ANAPHORA_REACH)

    def first_statement(self, ev: dict, trig, sent) -> tuple[tuple[int, int], tuple[int, int]]:
        """Where a fine is first stated (§2b): an earlier sentence whose fine word gave no event of
        its own and that names the one fined ("Maroc Telecom ... L'ANRT a décidé de liquider
        l'astreinte", the fine told in full further on): its roles' mentions are that sentence's,
        else the nearest before it. (Tried on rounds and takeovers too: the team's sets fell, a
        roundup's title naming its companies before any round is told.)"""
        target = ev["roles"].get("target")
        if ev["type"] == "acquisition" and self.titled_takeovers and sent != self.titled_takeovers[0][1]:
            # "# Nacon s'offre le studio qui prépare Le Seigneur des Anneaux", the target named in
            # the body: the title states the takeover of a party it names, whose roles are its
            # mentions, else the first ones after it (the title's deal is the first one with that party)
            t, s = self.titled_takeovers[0]
            named = {e.key for e in self.within(*s) if e.company_like}
            if any(isinstance(v, Ent) and v.key in named for v in (target, ev["roles"].get("acquirer"))):
                self.titled_takeovers = []
                return t, s
        if ev["type"] != "fine" or not isinstance(target, Ent):
            return trig, sent
        for t, s in self.orphans:
            if s[1] <= sent[0] and any(
                    e.key == target.key for e in self.within(*s) if e.label == target.label):
                return t, s
        return trig, sent

    def date_fines_of_one_decision(self, kept) -> None:
        """Fines the next sentence adds to a dated one, by the same authority ("... a annoncé
        lundi avoir infligé à Apple 1,1 milliard. Deux grossistes ont également été sanctionnés
        ..."), are of the same decision: its date."""
        prev = None
        # ("Quelques mois plus tôt, Criteo s'était vu infliger 40 millions": another decision)
        cue = self.rules.cue.get("other_decision_cues")
        for ev, trig, sent in kept:
            if ev["type"] != "fine":
                continue
            roles, k = ev["roles"], self.sentence_at(trig[0])
            if prev is not None and roles["date"] is None and prev[0]["date"] is not None \
                    and roles["authority"] is not None and prev[0]["authority"] is not None \
                    and roles["authority"].key == prev[0]["authority"].key and 0 <= k - prev[1] <= 1 \
                    and not (cue is not None and cue.search(self.text, *self.sents[k])):
                roles["date"] = prev[0]["date"]
            # (a fine a headline states is dated further on, where the body tells it again: "La
            # France inflige à Apple une amende record ... L'Autorité a fait savoir lundi ... Tech
            # Data et Ingram Micro sont eux aussi sanctionnés": the sentence of its date counts)
            dated = self.sentence_at(roles["date"].start) if isinstance(roles["date"], Ent) else k
            prev = (roles, max(k, dated))

    def date_rounds_by_period(self, kept) -> None:
        """A roundup's rounds are dated by its period (§4): "les start-up ont levé 62 millions
        d'euros cette semaine", "En août, 13 opérations ..." date each round after them that
        its own sentence does not date. A period is the week of publication, its month or
        the month before (a monthly review), its quarter or the quarter before (a quarterly
        barometer), or its year or the year before when told with the rounds ("les tours de
        table bouclés en 2021"), stated whole in a sentence that holds no round of its own."""
        rounds = [(ev, trig, sent) for ev, trig, sent in kept if ev["type"] == "funding"]
        if not rounds or not self.published:
            return
        # one round is a roundup's when its period is told with the rounds counted ("10
        # opérations ont été enregistrées en août"); two rounds of two companies are one anyway
        single = len({ev["roles"]["company"].key for ev, _, _ in rounds}) < 2
        listed = self.rules.cue.get("roundup_list_cues")
        if single and listed is None:
            return
        try:
            published = dt.date.fromisoformat(self.published[:10])
        except ValueError:
            return
        # (a round's own date dates no other round; another date of its sentence may be the
        # review's period: "Au premier semestre 2023, la région a vu 40 levées, dont celle de X")
        own = {id(ev["roles"]["date"]) for ev, _, _ in rounds if ev["roles"]["date"] is not None}
        compared = self.rules.cue.get("period_comparison_cues")
        periods = []
        for e in self.ents:
            if e.label != "DATE" or not e.value or id(e) in own:
                continue
            # (a range of days within a week is read as that week: "du 24 au 28 juin")
            start = _days_of_a_week(e.value, e.until) if e.until else _period_start(e.value)
            kind = "W" if e.until else e.value
            # (a month's own "dernier" names the month before, a monthly review's period: "ont réuni
            # 312 millions d'euros le mois dernier"; a year's is a comparison: "L'an passé")
            until = e.start if "-" in e.value else e.end
            if start is None or not start <= published or (compared is not None and compared.search(
                    self.text, max(0, e.start - 30), until)):
                continue     # "après le pic constaté fin septembre", "la semaine dernière": compared with
            # the week of publication; the month of publication or the one before it; the
            # quarter of publication or the one before it (a quarterly barometer)
            if self.near("founding_cues", e.start, 16):
                continue     # "fondée en 2018": no period reviewed
            with_rounds = listed is not None and listed.search(self.text, *self.sents[self.sentence_at(e.start)]) is not None
            if "W" in kind:
                recent = start.isocalendar()[:2] == published.isocalendar()[:2]
            elif "Q" in kind:
                recent = _quarter_index(published) - _quarter_index(start) <= 1
            elif "H" in kind:
                # a half-year's review, published in it or in the half after
                recent = _quarter_index(published) // 2 - _quarter_index(start) // 2 <= 1
            elif "-" not in kind:
                # a year's review, published in it or in the year after, whose year is told with
                # its rounds ("les tours de table bouclés en 2021"): a year alone dates too much
                recent = published.year - start.year <= 1 and with_rounds
            else:
                recent = (published.year - start.year) * 12 + published.month - start.month <= 1
            if recent and single and not with_rounds:
                continue
            if recent:
                periods.append(e)
        for ev, trig, _ in rounds:
            if ev["roles"]["date"] is None:
                before = [e for e in periods if e.end <= trig[0]]
                # (a month or a week the review names dates its rounds better than its year)
                chosen = [e for e in before if "-" in e.value or e.until] or before
                if chosen:
                    ev["roles"]["date"] = chosen[-1]

    @staticmethod
    def _same_amount(x: Ent | None, y: Ent | None, rounded: bool = False) -> bool:
        if x is None or y is None or x.amount is None or y.amount is None:
            return True
        if x.currency != y.currency:
            # "près de 3 milliards de dollars", then "2,95 milliards d'euros": one fine or takeover
            # told in two of the major currencies, whose rates lie within a third of each other
            return rounded and {x.currency, y.currency} <= _MAJOR_CURRENCIES and x.amount > 0 and y.amount > 0 \
                and max(x.amount, y.amount) <= 1.35 * min(x.amount, y.amount)
        if abs(x.amount - y.amount) <= 0.01 * max(abs(x.amount), abs(y.amount)):
            return True
        if not rounded:
            return False
        # "plus de 1,8 milliard" and "1,84 milliard", "deux milliards" and "1,84 milliard": the
        # amount written with fewer figures is the other rounded to them (for a fine or a
        # takeover of one company; a roundup's rounds are often alike)
        # (or cut to them: a headline's "4,6 millions d'euros" for the decision's 4,665 millions)
        rough, exact = sorted((x, y), key=lambda e: _figures(e.text))
        figures = _figures(rough.text)
        return figures < _figures(exact.text) and rough.amount in (_rounded(exact.amount, figures),
                                                                  _truncated(exact.amount, figures))

    def same_deal(self, a: dict, b: dict) -> bool:
        if a["type"] != b["type"]:
            return False
        main, money = MAIN_ROLE[a["type"]], MONEY_ROLE[a["type"]]
        x, y = a["roles"][main], b["roles"][main]
        ma, mb = a["roles"][money], b["roles"][money]
        # (a headline in capitals names the company the body writes in lower case: "OPALINE
        # SYSTEMS LÈVE 30 MILLIONS", then "Opaline Systems boucle une série B")
        xk, yk = x.key.casefold(), y.key.casefold()
        extended = xk != yk and _one_name(xk, yk)
        if a["type"] == "fine" and ma is not None and mb is not None and ma.start == mb.start \
                and not (a.get("each") and b.get("each") and xk != yk):
            # "a condamné Apple à une amende de 1,8 milliard ... envers Spotify": the verb and the
            # noun state one fine, whose amount is the same mention (not each name's of a list
            # fined "chacun")
            return True
        if a["type"] == "fine" and (ma is None or mb is None) and extended:
            # "la CNIL inflige des amendes ... à Facebook" in the headline, "à Facebook Ireland"
            # with its amount in the body: one fine
            return True
        if xk == yk:
            return self._same_amount(a["roles"][money], b["roles"][money], rounded=a["type"] != "funding") \
                or self.converted_beside(ma, mb) or self.converted_beside(mb, ma)
        if a["type"] == "acquisition" and extended and (
                a["roles"]["acquirer"] is None or b["roles"]["acquirer"] is None
                or _one_name(a["roles"]["acquirer"].key, b["roles"]["acquirer"].key)) and self._same_amount(ma, mb):
            # "le rachat d'IGATE" in the headline, "d'IGATE Corporation" in the body; "Rogers met la
            # main sur Shaw", then "Rogers Communications ... son acquisition de Shaw Communications"
            return True
        if a["type"] == "acquisition" and a["roles"]["acquirer"] is not None and b["roles"]["acquirer"] is not None \
                and {x.key, a["roles"]["acquirer"].key} == {y.key, b["roles"]["acquirer"].key}:
            return True      # "le rachat de NXP par Qualcomm" ... "la fusion de NXP avec Qualcomm": one deal
        # the same amount restated: "H" then "H Company", or a weak verb ("a bouclé") about it
        if ma is None or mb is None or ma.amount is None or not self._same_amount(ma, mb):
            return False
        if xk in yk or yk in xk:
            return True
        # a weak verb restates the deal told before in a sentence that names its company again or
        # speaks of it before the name read ("La jeune pousse a bouclé ce tour de 25 millions avec
        # Idinvest", its company misread), not another company's round of the same size, whose
        # name is the subject ("K Health a décroché elle aussi 25 millions")
        if not b.get("weak"):
            return False
        sent = self.sents[self.sentence_at(y.start)]
        # (not "la startup « Toucan Toco »": a kind set before the name is no anaphora)
        # (another mention than the first statement's own: "Avanan a collecté 25 millions de dollars,
        # soit autant que l'application K Health, qui a décroché elle aussi 25 millions")
        return any(e.key.casefold() == xk and e.start != x.start for e in self.within(*sent, "ORG")) or any(
            not re.fullmatch(r"[\s«»\"“”]*", self.text[m.end():y.start])
            for m in self.rules.cue["anaphora"].finditer(self.text, sent[0], y.start))

    def converted_beside(self, x: Ent | None, y: Ent | None) -> bool:
        """Whether ``y``'s sentence states ``x``'s amount beside it, in ``x``'s currency ("Anthropic
        empoche 12,1 milliards d'euros", then "une série F de 13 milliards de dollars, l'équivalent
        d'environ 12,1 milliards d'euros"): one deal told in two currencies."""
        if x is None or y is None or x.amount is None or x.currency == y.currency:
            return False
        sent = self.sents[self.sentence_at(y.start)]
        return any(e is not y and e.currency == x.currency and e.amount is not None
                   and self._same_amount(x, e) for e in self.within(*sent, "MONEY"))

    def canonical(self, e: Ent, trig: tuple[int, int], sent: tuple[int, int]) -> Ent:
        """The mention a role points at (§2b): in the trigger's sentence, else the nearest
        earlier one with the same text, else the first later one."""
        if sent[0] <= e.start and e.end <= sent[1]:
            return e
        # (a mention of the same name: `l'Autorité` after `l'Autorité de la concurrence`)
        same = [x for x in self.ents if x.label == e.label and (
            x.text == e.text or (e.label == "ORG" and x.key == e.key))]
        inside = [x for x in same if sent[0] <= x.start and x.end <= sent[1]]
        if inside:
            return min(inside, key=lambda x: abs(x.start - trig[0]))
        before = [x for x in same if x.end <= trig[0]]
        return before[-1] if before else same[0]

    def heading_before(self, sent) -> tuple[int, int] | None:
        """The heading right above a sentence ("## Schneider Electric boucle Voltaris"): a short
        line with no full stop, which states the deal first when it names its party."""
        i = self.sents.index(sent) if sent in self.sents else -1
        if i <= 0:
            return None
        h = self.sents[i - 1]
        if self.is_heading(h, sent[0]) and not self.is_heading(sent, self.text.find("\n", sent[1]) + 1 or len(self.text)):
            return h
        # (not above a heading that states the deal itself: "# Apple et Meta dans le viseur de
        # Bruxelles", then "## Bruxelles met à l'amende Apple et Meta")
        return None

    def round_heading(self, ev: dict, sent) -> tuple[int, int] | None:
        """The title or heading above a round's sentence that states the round first (§2b): it
        says a round's word and names its company ("Mistral AI boucle un tour d'amorçage hors
        norme", then the amount in the body), and no other amount; only for the first round of the
        company (a roundup's title names its companies before their rounds, an article its
        company's earlier rounds after the new one)."""
        company, amount = ev["roles"].get("company"), ev["roles"].get("amount")
        if not isinstance(company, Ent) or company.key in self.headed_rounds:
            return None
        self.headed_rounds.add(company.key)
        i = self.sents.index(sent) if sent in self.sents else -1
        above = [h for h in (self.heading_before(sent), self.sents[0] if i > 0 else None) if h is not None]
        for h in above:
            if h == sent or any(isinstance(amount, Ent) and m.text != amount.text or amount is None
                                for m in self.within(*h, "MONEY")):
                continue
            for e in self.within(*h):
                if e.text != company.text or e.label != company.label:
                    continue
                # the round's word is the verb right after the company, a weak one with the
                # round's noun or an amount after it ("Mistral AI boucle un tour d'amorçage"; not
                # "Scriptal décroche le contrat", "Ledger : une bibliothèque ... vide les
                # portefeuilles de la finance décentralisée", "Sorare et les autres")
                m = _HEADING_VERB.match(self.text, e.end, h[1])
                verb = self.rules.triggers["funding"].match(self.text, m.end(), h[1]) if m else None
                weak = self.rules.weak["funding"]
                if verb is not None and (weak is None or not weak.fullmatch(verb.group())
                                         or _ROUND_WORD_AFTER.match(self.text, verb.end(), h[1])):
                    return h
        return None

    def is_heading(self, h: tuple[int, int], after: int) -> bool:
        """Whether the sentence ``h`` is a short line with no full stop, a line break before ``after``."""
        line = self.text[h[0]:h[1]].strip()
        return not (len(line.split()) > 14 or line.endswith((".", "!", "?", ":")) or "\n" not in self.text[h[1]:after])

    def to_offsets(self, ev: dict, trig, sent) -> dict:
        heading = self.round_heading(ev, sent) if ev["type"] == "funding" else self.heading_before(sent)
        fixed: set[int] = set()
        main = ev["roles"].get(MAIN_ROLE[ev["type"]])
        if heading is not None and isinstance(main, Ent) and any(
                e.text == main.text for e in self.within(*heading) if e.label == main.label):
            # the heading states the deal first: its mentions are the roles' (§2b)
            heading_ents = self.within(*heading)
            for role, value in list(ev["roles"].items()):
                if isinstance(value, Ent):
                    twin = next((e for e in heading_ents if e.text == value.text and e.label == value.label), None)
                    if twin is not None:
                        ev["roles"][role] = twin
                        fixed.add(id(twin))
        roles = {}
        for role in ROLE_ORDER[ev["type"]]:
            value = ev["roles"].get(role)
            if isinstance(value, Ent):
                e = value if id(value) in fixed else self.canonical(value, trig, sent)
                roles[role] = [e.start, e.end]
            elif isinstance(value, list):
                roles[role] = [[e.start, e.end] for e in (self.canonical(x, trig, sent) for x in value)]
            else:
                roles[role] = value
        return {"type": ev["type"], "trigger": [trig[0], trig[1]], "roles": roles}


def parties_are_companies(doc: Doc, events: list[dict]) -> None:
    """A name that raises, is bought or is fined acts as a company: ORG, as the
    guideline's `Instagram` case has it ("condamné la plateforme de vidéo Streamia").
    Its other mentions that no curated list labels follow it (one name, one label).

    Only the deal's main party (``MAIN_ROLE``: the company raising, the target): an
    acquirer or an investor read as a product is as often a person ("Octave Klaba
    reprend Shadow"), measured on the corpus dev split."""
    parties = {tuple(ref) for ev in events if (ref := ev["roles"].get(MAIN_ROLE[ev["type"]]))}
    ents = resolved_ents(doc)
    text = doc_text(doc)
    names = {text[a:b] for a, b, label in ents if label == "PRODUCT" and (a, b) in parties}
    if not names:
        return
    sources = doc._.sources or {}
    norms = doc._.norms or {}
    relabelled = []
    for a, b, label in ents:
        key = f"{a}:{b}:PRODUCT"
        if label == "PRODUCT" and text[a:b] in names and ((a, b) in parties or _guessed(sources.get(key, ""))):
            for store in (sources, norms):
                if key in store:
                    store[f"{a}:{b}:ORG"] = store.pop(key)
            if key.replace("PRODUCT", "ORG") in sources:
                sources[f"{a}:{b}:ORG"] += " +rule:deal_party"
            relabelled.append((a, b, "ORG"))
        else:
            relabelled.append((a, b, label))
    doc.ents = [doc.char_span(a, b, label=label) for a, b, label in relabelled]
    doc.user_data[RESOLVED_ENTS] = relabelled


class DealEvents:
    """spaCy component: ``doc._.deals`` holds the article's events."""

    def __init__(self, nlp: Language, name: str, deals_path: str, roles_model: str = ""):
        self.name = name
        self.deals_path = deals_path
        self.rules = load_rules(deals_path)
        self.nlp = nlp
        self._services: frozenset | None = None
        # the role classifier (deal_roles.py: investors, buyers): "" the shipped one, "none" the
        # rules alone, or a folder written by `python -m pipeline train-roles`, checked now rather
        # than at the first round
        if roles_model not in ("", "none"):
            from ..errors import PipelineError
            from .deal_roles import holds_model

            if not holds_model(roles_model):
                raise PipelineError(str(roles_model), "no role classifier here (no config.cfg): "
                                                      "write one with python -m pipeline train-roles")
        self.roles_model = roles_model
        self._roles = None

    @property
    def services(self) -> frozenset:
        """The names that are a company or its service (the resolver's ``dual_names``): a party
        when fined or bought even where the text reads the service ("une amende à Facebook")."""
        if self._services is None:
            try:
                self._services = self.nlp.get_pipe("entity_resolver").lexicon.dual_names
            except KeyError:
                self._services = frozenset()
        return self._services

    @property
    def roles(self):
        """The role classifier, loaded on the first article with a deal (None: rules alone)."""
        if self._roles is None and self.roles_model != "none":
            from .deal_roles import load_role_model

            self._roles = load_role_model(self.roles_model or None) or False
        return self._roles or None

    def rule_events(self, doc: Doc):
        """(the article as the rules read it, the rules' events), or (None, []) with no deal."""
        text = doc_text(doc)
        listed = self.rules.cue.get("roundup_list_cues")
        # (a roundup may tell its rounds with no verb: "les 59 millions d'euros de Vestiaire Collective")
        ents = resolved_ents(doc) if self.rules.any_trigger.found(text) or (
            listed is not None and listed.search(text)) else ()
        if not any(label == "ORG" for _, _, label in ents):
            return None, []
        art = _Article(doc, self.rules, ents, self.services)
        return art, art.events()

    def __call__(self, doc: Doc) -> Doc:
        art, events = self.rule_events(doc)
        if events and self.roles is not None:
            events = self.roles.refine(art, events)
        doc._.deals = events
        if events:
            parties_are_companies(doc, events)
        return doc

    def to_disk(self, path, exclude=tuple()):
        import shutil

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "deals.json").write_text(Path(self.deals_path).read_text(encoding="utf-8"), encoding="utf-8")
        if self.roles is not None:      # the saved pipeline carries its role classifier
            shutil.copytree(self.roles.path, path / "roles", dirs_exist_ok=True)

    def from_disk(self, path, exclude=tuple()):
        self.deals_path = str(Path(path) / "deals.json")
        self.rules = load_rules(self.deals_path)
        saved = Path(path) / "roles"
        self.roles_model, self._roles = (str(saved) if saved.is_dir() else "none"), None
        return self


@Language.factory("deal_events", default_config={"deals_path": "", "roles_model": ""})
def make_deal_events(nlp: Language, name: str, deals_path: str, roles_model: str) -> DealEvents:
    if not deals_path:
        from ..normalise.lexicon import shipped_patterns_dir

        deals_path = str(shipped_patterns_dir() / "deals.json")
    return DealEvents(nlp, name, deals_path, roles_model)
