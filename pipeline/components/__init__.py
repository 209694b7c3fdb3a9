"""spaCy components of the pipeline, registered as factories on import
(and through the ``spacy_factories`` entry points, for ``spacy.load``)."""

from .dates import DateNormaliser, make_date_normaliser
from .deals import DealEvents, make_deal_events
from .money import MoneyNormaliser, make_money_normaliser
from .phrases import PhraseNames, make_phrase_names
from .resolver import EntityResolver, make_entity_resolver
from .sentences import RuleSentences, make_rule_sentences
from .token_classes import TokenClasser, make_token_classes
from .windowed_ruler import WindowedSpanRuler, make_windowed_span_ruler

__all__ = ["WindowedSpanRuler", "make_windowed_span_ruler", "DealEvents", "make_deal_events", "DateNormaliser", "EntityResolver", "MoneyNormaliser", "PhraseNames", "RuleSentences", "TokenClasser",
           "make_date_normaliser", "make_entity_resolver", "make_money_normaliser", "make_phrase_names", "make_rule_sentences",
           "make_token_classes"]
