"""``python -m pipeline train-roles``: rebuild the deal-role classifier from the corpus and the config.

Steps, each printed as it runs:
1. every article of the corpus (``training/src``, ``training/events``, ``training/events_extra``,
   ``training/news``, ``training/real_pages``: inline-annotated, with their gold events) runs through the pipeline with the deal rules alone; each ORG mention of
   an article where they read a round or a takeover becomes one Doc of features
   (``pipeline/components/deal_roles.py``), an investor or a buyer when the gold says so (a
   buyer's every mention, since the buyer is chosen by its name; a label is left unsaid in an
   article with no event of its type).
   A seeded 10 % of the articles is the dev split that picks the best checkpoint;
2. ``spacy train configs/roles.cfg`` trains a ``textcat_multilabel`` on them;
3. the best checkpoint is copied into ``pipeline/models/roles`` (unless ``--no-install``),
   where the ``deal_events`` stage takes it.
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parents[2]
# (training/events_extra and training/news since stop 50: on dev_real, which no version trains on,
# funding 0.804 -> 0.823 and acquisitions 0.649 -> 0.655; README, stop 50. training/real_pages since
# stop 61, at 526 articles: on the dev sets funding +0.003 to +0.019, dev_real acquisitions -0.007,
# and on a batch nobody had read, acquisitions 0.526 -> 0.542; README, stop 61)
CORPUS = [ROOT / "training" / "src", ROOT / "training" / "events", ROOT / "training" / "events_extra",
          ROOT / "training" / "news", ROOT / "training" / "real_pages"]

EPILOG = """\
examples:
  python -m pipeline train-roles                                    # the shipped model (about 2 min on 2 cores)
  python -m pipeline train-roles --output /tmp/roles --no-install   # try a change without replacing it
  python -m pipeline train-roles --limit 40 --epochs 1 --output /tmp/smoke --no-install

The model is reproducible from configs/roles.cfg, the corpus and this command: every
hyper-parameter is in the config (seed included). It reads the rules' events, so retrain it
after a change of patterns/deals.json or of the rules.
"""


def add_train_roles_parser(sub) -> None:
    t = sub.add_parser("train-roles", help="train the deal events' investor and buyer classifier on the corpus's gold events",
                       description=__doc__.split("\n\n", 1)[1], epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    t.add_argument("--corpus", nargs="+", default=[str(p) for p in CORPUS], metavar="PATH",
                   help="*.ann files or folders (default: training/src training/events training/events_extra "
                        "training/news training/real_pages)")
    t.add_argument("--config", default=str(ROOT / "configs" / "roles.cfg"), help="spaCy training config")
    t.add_argument("--output", default=str(ROOT / "build" / "roles"),
                   help="work folder: corpus files and checkpoints (default: build/roles)")
    t.add_argument("--epochs", type=int, help="override the config's max_epochs")
    t.add_argument("--limit", type=int, help="use only the first N articles (a smoke run)")
    t.add_argument("--dev-share", type=float, default=0.1, help="share of articles held out as dev (default 0.1)")
    t.add_argument("--no-install", action="store_true", help="leave pipeline/models/roles as it is")
    t.set_defaults(func=cmd_train_roles)


def examples(paths: list[str | Path], nlp=None, limit: int | None = None, log=print):
    """(article id, [(features, gold roles, labels read)]) for each article where the rules read an event
    of a label's type, in corpus order."""
    import tempfile

    from ..api import OFFSET_MAP_KEY, _make_doc, record_span
    from ..components.deal_roles import BUYER_LABEL, LABEL_TYPE, LABELS, features
    from ..evaluate.events import fillers
    from ..gold.inline import convert
    from ..io.readers import Document, mask_markup
    from .corpus import find_sources

    if nlp is None:
        import pipeline

        nlp = pipeline.load()
    deals = nlp.get_pipe("deal_events")
    files = find_sources(paths)[:limit]
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        records = [convert(f, Path(tmp)) for f in files]
    docs = (_make_doc(nlp, Document(r["id"], r["text"], r["meta"], mask_markup(r["text"])[0])) for r in records)
    with nlp.select_pipes(disable=["deal_events"]):
        for n, (record, doc) in enumerate(zip(records, nlp.pipe(docs, batch_size=16)), 1):
            art, events = deals.rule_events(doc)
            # (as at run time: a label is learnt from the articles where the rules read an event
            # of its type, and left unsaid, not false, in the others)
            read = {label for label in LABELS if any(ev["type"] == LABEL_TYPE[label] for ev in events)}
            if read:
                gold: dict[tuple[int, int], set[str]] = {}
                for ev in record.get("events") or ():
                    for role, ref in fillers(ev):
                        if isinstance(ref, tuple) and f"{ev['type']}.{role}" in read:
                            gold.setdefault(ref, set()).add(f"{ev['type']}.{role}")
                offset_map, text = doc.user_data.get(OFFSET_MAP_KEY), record["text"]
                feats = features(art, events)
                roles = [gold.get(record_span(offset_map, text, e.start, e.end, e.label), set()) for e, _ in feats]
                # a buyer is chosen by its name (``RoleModel.give_buyers``): every mention of it is one
                buyers = {e.key for (e, _), r in zip(feats, roles) if BUYER_LABEL in r}
                out.append((record["id"], [(f, r | ({BUYER_LABEL} if e.key in buyers else set()), read)
                                           for (e, f), r in zip(feats, roles)]))
            if n % 100 == 0:
                log(f"  {n} of {len(records)} articles read")
    return out


def write_docbins(items, out_dir: Path, dev_share: float) -> tuple[int, int]:
    """train.spacy and dev.spacy, the articles split as the NER's are (``corpus.split``)."""
    import spacy
    from spacy.tokens import DocBin

    from ..components.deal_roles import LABELS, feature_doc
    from .corpus import split

    vocab = spacy.blank("xx").vocab
    train, dev = split(items, dev_share, id_of=lambda item: item[0])
    out_dir.mkdir(parents=True, exist_ok=True)
    sizes = []
    for name, part in (("dev", dev), ("train", train)):
        db = DocBin(store_user_data=False)
        for _, mentions in part:
            for words, roles, read in mentions:
                doc = feature_doc(vocab, words)
                doc.cats = {label: float(label in roles) for label in LABELS if label in read}
                db.add(doc)
        db.to_disk(out_dir / f"{name}.spacy")
        sizes.append(len(db))
    return sizes[1], sizes[0]


def install(model_best: Path, target: Path | None = None) -> Path:
    """Copy a trained pipeline into ``target`` (atomically), without its string table: the
    model hashes its features, and each Doc adds its own strings when it is made."""
    from ..components.deal_roles import ROLES_DIR
    from .train import replace_folder

    def fill(tmp: Path) -> None:
        shutil.copytree(model_best, tmp)
        (tmp / "vocab" / "strings.json").write_text("[]\n", encoding="utf-8")

    return replace_folder(target or ROLES_DIR, fill)


def train_roles(corpus: list[str], config: str, output: str, *, epochs: int | None = None,
                limit: int | None = None, dev_share: float = 0.1, do_install: bool = True, log=print) -> Path:
    """Build the examples, train, install; RETURNS the best checkpoint's folder."""
    from .train import fit

    out = Path(output)
    t0 = time.perf_counter()
    log(f"[1/3] examples: {', '.join(map(str, corpus))} -> {out / 'corpus'}")
    items = examples(corpus, limit=limit, log=log)
    if not items:
        raise ValueError("no article of the corpus has a round or a takeover the rules read: nothing to learn from")
    n_train, n_dev = write_docbins(items, out / "corpus", dev_share)
    log(f"  {len(items)} articles with a round or a takeover: {n_train} names to train on, {n_dev} to pick the checkpoint")
    overrides = {"paths.train": str(out / "corpus" / "train.spacy"), "paths.dev": str(out / "corpus" / "dev.spacy")}
    return fit(config, out, overrides, epochs, install if do_install else None, log, t0)


def cmd_train_roles(args) -> int:
    from .train import run_command

    return run_command("train-roles", train_roles, args)
