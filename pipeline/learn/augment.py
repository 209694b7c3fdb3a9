"""Entity-swap augmentation: the same sentence with other names of the same label.

A model trained on a few thousand names remembers them; the product must read
the names it was never told. Each training example is also shown, with
probability ``level``, with every ORG and PRODUCT replaced (consistently within
the document) by a name of the same label: half from the pattern files, half
invented from ``training/names.json``. PER and LOC spans are kept in place.

Registered as ``pipeline.entity_swap.v1`` for the ``[corpora.train.augmenter]``
block of ``configs/ner.cfg``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from spacy.training import Example
from spacy.util import registry

SWAPPED = ("ORG", "PRODUCT")


class NameBank:
    """Names to swap in, per label: real ones from the pattern files and invented ones."""

    def __init__(self, known: dict[str, list[str]], parts: dict):
        self.known = known
        self.parts = parts

    @classmethod
    def from_files(cls, patterns_dir: str | Path, names_path: str | Path) -> "NameBank":
        from ..assemble import read_pattern_files

        known: dict[str, list[str]] = {label: [] for label in SWAPPED}
        for rec in read_pattern_files(patterns_dir):
            pat = rec["pattern"]
            if rec["label"] in known and isinstance(pat, str) and len(pat) >= 3:
                known[rec["label"]].append(pat)
        parts = json.loads(Path(names_path).read_text(encoding="utf-8"))
        return cls(known, parts)

    def _word(self, rng: random.Random) -> str:
        syl = self.parts["syllables"]
        w = "".join(rng.choice(syl) for _ in range(rng.choice((2, 2, 3))))
        return w.capitalize()

    def invent(self, label: str, rng: random.Random) -> str:
        kind = "org" if label == "ORG" else "product"
        shape = rng.choice(self.parts[f"{kind}_shapes"])
        w1, w2 = self._word(rng), self._word(rng)
        name = (shape.replace("NAME", w1.upper()).replace("Name Name", f"{w1} {w2}")
                .replace("NameName", w1 + w2).replace("Name & Name", f"{w1} & {w2}")
                .replace("aName", "e" + w1).replace("Name-N", f"{w1}-{rng.randint(1, 9)}")
                .replace("NameN", f"{w1}{rng.randint(2, 12)}").replace("Name", w1))
        return name + rng.choice(self.parts[f"{kind}_tails"])

    def pick(self, label: str, rng: random.Random) -> str:
        if self.known.get(label) and rng.random() < 0.5:
            return rng.choice(self.known[label])
        return self.invent(label, rng)


def swap_names(nlp, example: Example, bank: NameBank, rng: random.Random) -> Example | None:
    """A copy of ``example`` with its ORG/PRODUCT names swapped; None if it cannot align."""
    ref = example.reference
    text = ref.text
    chosen: dict[tuple[str, str], str] = {}
    pieces: list[str] = []
    new_ents: list[tuple[int, int, str]] = []
    pos = length = 0
    for ent in ref.ents:
        pieces.append(text[pos:ent.start_char])
        length += ent.start_char - pos
        if ent.label_ in SWAPPED:
            key = (ent.label_, ent.text.casefold())
            if key not in chosen:
                chosen[key] = bank.pick(ent.label_, rng)
            # a headline in capitals keeps its capitals ("QOVOLTIS LÈVE ...")
            surface = chosen[key].upper() if ent.text.isupper() and len(ent.text) > 4 else chosen[key]
        else:
            surface = ent.text
        new_ents.append((length, length + len(surface), ent.label_))
        pieces.append(surface)
        length += len(surface)
        pos = ent.end_char
    pieces.append(text[pos:])
    new_text = "".join(pieces)
    doc = nlp.make_doc(new_text)
    spans = [doc.char_span(s, e, label=label) for s, e, label in new_ents]
    if any(s is None for s in spans):
        return None
    doc.ents = spans
    return Example(nlp.make_doc(new_text), doc)


@registry.augmenters("pipeline.entity_swap.v1")
def create_entity_swap(level: float, patterns_dir: str, names_path: str, seed: int = 0):
    """level (float): share of examples also shown with swapped names.
    patterns_dir (str): folder of ``org.jsonl``/``product.jsonl`` (real names).
    names_path (str): JSON of invented-name parts.
    RETURNS (Callable[[Language, Example], Iterator[Example]]).
    """
    bank = NameBank.from_files(patterns_dir, names_path)
    rng = random.Random(seed)

    def augment(nlp, example: Example):
        yield example
        if rng.random() < level and any(e.label_ in SWAPPED for e in example.reference.ents):
            swapped = swap_names(nlp, example, bank, rng)
            if swapped is not None:
                yield swapped

    return augment
