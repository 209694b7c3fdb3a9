"""``python -m pipeline patterns {validate,add,suggest,init}``: the pattern workflow for users.

Pattern files are spaCy ruler patterns (JSONL, one per line, keys
``label``, ``pattern``, ``id``). ``validate`` reports, with file and line:
malformed lines, unknown keys, bad token patterns (spaCy's own schema),
duplicate patterns, one alias mapped to two ids or two labels, and patterns
that can never match because the French tokenizer splits their text
differently. ``add`` appends a name and its aliases to the right file.
``suggest`` reads extraction output and lists the names the model (or a
context rule) found that no pattern file holds, most widespread first, and
``--add`` writes the chosen ones: how a newsroom keeps its lists up to date.
``init`` copies the shipped files into a folder the newsroom owns.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from .errors import PatternFileError
from .normalise.lexicon import patterns_dir as default_patterns_dir

KEYS = {"label", "pattern", "id"}
LABEL_FILES = {"ORG": "org.jsonl", "PRODUCT": "product.jsonl", "EVENT": "event.jsonl",
               "INDEX": "index.jsonl", "LAW": "law.jsonl", "ASSET": "asset.jsonl"}
TEXT_ATTRS = ("ORTH", "TEXT", "LOWER")

EPILOG = """\
examples:
  python -m pipeline patterns init ~/newsroom-patterns     # a folder of your own
  python -m pipeline patterns validate
  python -m pipeline patterns validate --patterns my_patterns/
  python -m pipeline patterns add ORG "Poolside" --alias "Poolside AI"
  python -m pipeline patterns add PRODUCT "Claude Opus 4.5" --alias "Opus 4.5"
  python -m pipeline extract news/ -o out.jsonl && python -m pipeline patterns suggest out.jsonl
  python -m pipeline patterns suggest out.jsonl --min-docs 3 --add            # add every suggestion
  python -m pipeline patterns suggest out.jsonl --add "Qovoltis" "Nexalia"     # add these two

A new pattern takes effect on the next run; no code changes.
"""


def _tokens(tokenizer, text: str) -> list[str]:
    return [t.text for t in tokenizer(text)]


def _token_spec_problems(spec, tokenizer) -> list[str]:
    probs = []
    if not isinstance(spec, dict):
        return ["a token pattern is a list of objects"]
    for attr in TEXT_ATTRS:
        value = spec.get(attr)
        values = value if isinstance(value, str) else (value or {}).get("IN", []) if isinstance(value, dict) else []
        if isinstance(values, str):
            values = [values]
        for v in values:
            if not isinstance(v, str):
                continue
            # An elided form is a token only before its word ("d'" in "d'euros").
            contexts = [v, f"{v}Anthropic" if v[-1] in "'’" else f"« {v} »"]
            if not any(v in _tokens(tokenizer, c) for c in contexts):
                probs.append(f"{attr} {v!r} can never match one token: the tokenizer splits it into "
                             f"{_tokens(tokenizer, v)}")
    return probs


def check_patterns(folder: str | Path) -> tuple[int, list[str]]:
    """RETURNS (number of patterns, problems as 'file:line: reason')."""
    import spacy
    from spacy.errors import MatchPatternError
    from spacy.matcher import Matcher

    from . import components  # noqa: F401  (token extensions used by the patterns)

    folder = Path(folder)
    nlp = spacy.blank("fr")
    tokenizer = nlp.tokenizer
    problems: list[str] = []
    seen: dict[tuple, str] = {}
    alias_ids: dict[tuple, dict[str, str]] = defaultdict(dict)
    alias_labels: dict[str, dict[str, str]] = defaultdict(dict)
    n = 0
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        return 0, [f"{folder}: no *.jsonl pattern file"]
    for f in files:
        for lineno, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{f}:{lineno}"
            try:
                p = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: malformed JSON ({e.msg} at column {e.colno})")
                continue
            n += 1
            if not isinstance(p, dict):
                problems.append(f"{where}: a pattern line must be a JSON object")
                continue
            for k in sorted(set(p) - KEYS):
                problems.append(f"{where}: unknown key {k!r} (expected {', '.join(sorted(KEYS))})")
            label, pattern, pid = p.get("label"), p.get("pattern"), p.get("id")
            if not isinstance(label, str) or not label:
                problems.append(f"{where}: 'label' must be a non-empty string")
                continue
            if pid is not None and not isinstance(pid, str):
                problems.append(f"{where}: 'id' must be a string")
            if isinstance(pattern, str):
                if not pattern.strip() or pattern != pattern.strip():
                    problems.append(f"{where}: phrase pattern {pattern!r} is empty or has surrounding spaces")
                    continue
                alone = _tokens(tokenizer, pattern)
                in_text = _tokens(tokenizer, f"Selon {pattern}, rien.")[1:-3]
                if any(not t.strip() for t in alone):
                    problems.append(f"{where}: phrase pattern {pattern!r} can never match running text: "
                                    "it holds a whitespace token (two spaces, a tab or a newline)")
                elif alone != in_text:
                    problems.append(f"{where}: phrase pattern {pattern!r} can never match running text: "
                                    f"it tokenises as {alone} alone but {in_text} in a sentence")
                key = (label, pattern)
                if pid is not None:
                    other = alias_ids[key]
                    if other and pid not in other:
                        first_id, first_where = next(iter(other.items()))
                        problems.append(f"{where}: alias {pattern!r} maps to id {pid!r} here and to "
                                        f"{first_id!r} at {first_where}")
                    other.setdefault(pid, where)
                labels = alias_labels[pattern]
                if labels and label not in labels:
                    first_label, first_where = next(iter(labels.items()))
                    problems.append(f"{where}: {pattern!r} is {label} here and {first_label} at {first_where}")
                labels.setdefault(label, where)
            elif isinstance(pattern, list) and pattern:
                for spec in pattern:
                    problems += [f"{where}: {pr}" for pr in _token_spec_problems(spec, tokenizer)]
                try:
                    Matcher(nlp.vocab, validate=True).add("check", [pattern])
                except (MatchPatternError, ValueError, TypeError, KeyError) as e:
                    msg = " ".join(str(e).split())
                    problems.append(f"{where}: invalid token pattern: {msg[:300]}")
                key = (label, json.dumps(pattern, sort_keys=True, ensure_ascii=False))
            else:
                problems.append(f"{where}: 'pattern' must be a phrase (string) or a non-empty list of token objects")
                continue
            if key in seen:
                problems.append(f"{where}: duplicate of the pattern at {seen[key]}")
            else:
                seen[key] = where
    return n, problems


def add_pattern(folder: str | Path, label: str, name: str, aliases: list[str], canonical: str | None = None
                ) -> list[dict]:
    """Append ``name`` and its aliases for ``label``; RETURNS the lines added.

    Raises PatternFileError when an alias already belongs to another id.
    """
    from .io.writers import open_output

    folder = Path(folder)
    if label not in LABEL_FILES:
        raise PatternFileError(label, f"unknown label; 'patterns add' knows {', '.join(LABEL_FILES)}")
    path = folder / LABEL_FILES[label]
    pid = canonical or name
    existing = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    known: dict[str, str] = {}
    for line in existing:
        try:
            p = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(p, dict) and p.get("label") == label and isinstance(p.get("pattern"), str):
            known[p["pattern"]] = p.get("id") or p["pattern"]
    added = []
    for surface in dict.fromkeys([name, *aliases]):
        surface = surface.strip()
        if not surface:
            raise PatternFileError(str(path), "empty name or alias")
        if surface in known:
            if known[surface] != pid:
                raise PatternFileError(str(path), f"{surface!r} already maps to id {known[surface]!r}")
            continue
        added.append({"label": label, "pattern": surface, "id": pid})
    if added:
        with open_output(path) as out:
            for line in existing:
                out.write(line + "\n")
            for p in added:
                out.write(json.dumps(p, ensure_ascii=False) + "\n")
    return added


def _known_phrases(folder: Path) -> set[str]:
    known = set()
    for f in sorted(folder.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            try:
                p = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(p, dict) and isinstance(p.get("pattern"), str):
                known.add(p["pattern"].casefold())
                if p.get("id"):
                    known.add(str(p["id"]).casefold())
    return known


def suggest(records, folder: str | Path, *, min_docs: int = 1, labels=("ORG", "PRODUCT")) -> list[dict]:
    """Names that no pattern file holds, from extraction records.

    records (Iterable[dict]): output records (``extract``'s JSONL).
    RETURNS (list[dict]): ``{"label", "name", "docs", "mentions", "context", "source"}``, most
    documents first; a name seen with two labels takes the commoner one.
    """
    known = _known_phrases(Path(folder))
    found: dict[str, dict] = {}
    for rec in records:
        text = rec.get("text", "")
        for sp in rec.get("spans", []):
            if sp.get("label") not in labels:
                continue
            name = text[sp["start"]:sp["end"]] if text else sp.get("text", "")
            name = " ".join(name.split())
            if len(name) < 2 or name.casefold() in known:
                continue
            entry = found.setdefault(name, {"name": name, "docs": set(), "mentions": 0, "labels": {},
                                            "context": "", "source": sp.get("source", "")})
            entry["docs"].add(rec.get("id"))
            entry["mentions"] += 1
            entry["labels"][sp["label"]] = entry["labels"].get(sp["label"], 0) + 1
            if not entry["context"] and text:
                a, b = max(0, sp["start"] - 60), min(len(text), sp["end"] + 60)
                entry["context"] = " ".join(text[a:b].split())
    out = []
    for e in found.values():
        if len(e["docs"]) < min_docs:
            continue
        label = max(e["labels"], key=lambda k: (e["labels"][k], k))
        out.append({"label": label, "name": e["name"], "docs": len(e["docs"]), "mentions": e["mentions"],
                    "context": e["context"], "source": e["source"]})
    out.sort(key=lambda e: (-e["docs"], -e["mentions"], e["name"]))
    return out


def writable_folder(folder: Path) -> Path:
    """The folder ``add`` may write to: a user's folder, or the shipped files of a source
    checkout; never the package data of an installed wheel."""
    from .normalise.lexicon import shipped_patterns_dir

    try:
        shipped = shipped_patterns_dir().resolve()
    except PatternFileError:
        return folder
    if folder.resolve() == shipped and not (shipped.parent / "pyproject.toml").is_file():
        raise PatternFileError(str(folder), "these are the pattern files installed with the product; "
                                            "copy them into a folder of your own with 'python -m pipeline "
                                            "patterns init DIR', then pass --patterns DIR or set PIPELINE_PATTERNS=DIR")
    return folder


def init_folder(target: str | Path, force: bool = False) -> list[Path]:
    """Copy the shipped pattern files into ``target``; RETURNS the files written."""
    import shutil

    from .normalise.lexicon import shipped_patterns_dir

    target = Path(target)
    shipped = shipped_patterns_dir()
    files = sorted(shipped.glob("*.jsonl")) + [shipped / "lexicon.json"]
    clash = [target / f.name for f in files if (target / f.name).exists()]
    if clash and not force:
        raise PatternFileError(str(target), f"{len(clash)} pattern file(s) already there ({clash[0].name}...); "
                                            "--force replaces them")
    target.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy2(f, target / f.name)) for f in files]


def add_patterns_parser(sub) -> None:
    p = sub.add_parser("patterns", help="validate pattern files or add a name to them",
                       description=__doc__.split("\n\n")[1], epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    psub = p.add_subparsers(dest="patterns_command", metavar="ACTION")
    psub.required = True
    v = psub.add_parser("validate", help="report every problem with its file and line")
    v.add_argument("--patterns", metavar="DIR", help="your own pattern folder, layered over the shipped files (default: $PIPELINE_PATTERNS, else the shipped files alone)")
    v.set_defaults(func=cmd_validate)
    a = psub.add_parser("add", help="add an organisation or product with its aliases",
                        epilog='example: python -m pipeline patterns add ORG "Poolside" --alias "Poolside AI"')
    a.add_argument("label", choices=sorted(LABEL_FILES), help="ORG or PRODUCT")
    a.add_argument("name", help="the name as written in articles")
    a.add_argument("--alias", action="append", default=[], help="another written form (repeatable)")
    a.add_argument("--id", dest="canonical", help="canonical name for norm.id (default: NAME)")
    a.add_argument("--patterns", metavar="DIR", help="your own pattern folder, layered over the shipped files (default: $PIPELINE_PATTERNS, else the shipped files alone)")
    a.set_defaults(func=cmd_add)
    g = psub.add_parser("suggest", help="names found in extraction output that no pattern file holds",
                        description="List the ORG and PRODUCT names of extraction records (the model's or a "
                                    "context rule's) that no pattern file holds, ranked by the number of "
                                    "documents, with one line of context each; --add writes them.",
                        epilog="examples:\n"
                               "  python -m pipeline patterns suggest out.jsonl\n"
                               "  python -m pipeline patterns suggest out/*.jsonl --min-docs 3 --label ORG\n"
                               "  python -m pipeline patterns suggest out.jsonl --add \"Qovoltis\"\n"
                               "  python -m pipeline patterns suggest out.jsonl --min-docs 5 --add   # all listed",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    g.add_argument("outputs", nargs="+", metavar="OUT.jsonl", help="records written by 'extract'")
    g.add_argument("--min-docs", type=int, default=1, metavar="N", help="only names in N documents or more")
    g.add_argument("--label", choices=["ORG", "PRODUCT"], help="only this label")
    g.add_argument("--top", type=int, metavar="N", help="list at most N names")
    g.add_argument("--add", nargs="*", metavar="NAME",
                   help="write these listed names into the pattern files (no NAME: every listed one)")
    g.add_argument("--patterns", metavar="DIR", help="your own pattern folder, layered over the shipped files (default: $PIPELINE_PATTERNS, else the shipped files alone)")
    g.set_defaults(func=cmd_suggest)
    i = psub.add_parser("init", help="copy the shipped pattern files into a folder of your own",
                        description="Copy the pattern files shipped with the product into DIR, a folder the "
                                    "newsroom owns and extends; use it with --patterns DIR or "
                                    "PIPELINE_PATTERNS=DIR. A folder of your own is layered over the shipped "
                                    "files: it may also hold only your additions.",
                        epilog="example:\n  python -m pipeline patterns init ~/newsroom-patterns\n"
                               "  PIPELINE_PATTERNS=~/newsroom-patterns python -m pipeline extract news/",
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    i.add_argument("dir", metavar="DIR", help="the folder to create or fill")
    i.add_argument("--force", action="store_true", help="replace pattern files already in DIR")
    i.set_defaults(func=cmd_init)


def cmd_validate(args) -> int:
    folder = Path(args.patterns) if args.patterns else default_patterns_dir()
    n, problems = check_patterns(folder)
    for pr in problems:
        print(pr, file=sys.stderr)
    if problems:
        print(f"{folder}: {len(problems)} problem(s) in {n} pattern(s)", file=sys.stderr)
        return 1
    print(f"{folder}: {n} pattern(s), no problem")
    return 0


def cmd_init(args) -> int:
    written = init_folder(args.dir, args.force)
    print(f"{args.dir}: {len(written)} pattern file(s) copied; use it with --patterns {args.dir} "
          f"or PIPELINE_PATTERNS={args.dir}")
    return 0


def cmd_add(args) -> int:
    folder = writable_folder(Path(args.patterns) if args.patterns else default_patterns_dir())
    added = add_pattern(folder, args.label, args.name, args.alias, args.canonical)
    target = folder / LABEL_FILES[args.label]
    if added:
        print(f"{target}: added {', '.join(repr(p['pattern']) for p in added)} as {args.label} "
              f"{added[0]['id']!r}")
    else:
        print(f"{target}: nothing to add, already there")
    return 0


def cmd_suggest(args) -> int:
    folder = Path(args.patterns) if args.patterns else default_patterns_dir()
    records, failed = [], 0
    for path in args.outputs:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            print(f"error: {path}: {getattr(e, 'strerror', None) or e}", file=sys.stderr)
            failed += 1
            continue
        # split on "\n" only: a record's text may hold U+2028, which splitlines() would cut at
        for n, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                rec = None
                reason = f"malformed JSON ({e.msg} at column {e.colno})"
            else:
                reason = "not an output record (an object with 'text' and 'spans')"
            if not isinstance(rec, dict) or not isinstance(rec.get("spans"), list):
                print(f"error: {path}:{n}: {reason}", file=sys.stderr)
                failed += 1
                continue
            records.append({"id": rec.get("id", f"{path}:{n}"), "text": rec.get("text") or "",
                            "spans": rec["spans"]})
    labels = (args.label,) if args.label else ("ORG", "PRODUCT")
    found = suggest(records, folder, min_docs=args.min_docs, labels=labels)[:args.top]
    for e in found:
        print(f"{e['label']}\t{e['docs']} doc(s)\t{e['mentions']} mention(s)\t{e['name']}\t{e['source']}\t"
              f"« {e['context']} »")
    print(f"{len(found)} name(s) not in {folder}", file=sys.stderr)
    if args.add is None:
        return 1 if failed else 0
    folder = writable_folder(folder)
    wanted = set(args.add) if args.add else {e["name"] for e in found}
    unknown = wanted - {e["name"] for e in found}
    for name in sorted(unknown):
        print(f"error: {name}: not among the suggestions listed", file=sys.stderr)
    lengths = {f: len(f.read_text(encoding="utf-8").splitlines()) for f in folder.glob("*.jsonl")}
    added = 0
    for e in found:
        if e["name"] not in wanted:
            continue
        try:
            added += len(add_pattern(folder, e["label"], e["name"], []))
        except PatternFileError as err:
            print(f"error: {err}", file=sys.stderr)
            failed += 1
    # Validate what was written: a name the tokenizer cannot match is reported at its line.
    _, problems = check_patterns(folder)
    new_problems = [p for p in problems if _is_new_line(p, lengths)]
    for p in new_problems:
        print(p, file=sys.stderr)
    print(f"added {added} pattern(s) to {folder}", file=sys.stderr)
    return 1 if (failed or unknown or new_problems) else 0


def _is_new_line(problem: str, lengths: dict) -> bool:
    path, _, rest = problem.partition(".jsonl:")
    line = rest.split(":", 1)[0]
    f = Path(path + ".jsonl")
    return line.isdigit() and int(line) > lengths.get(f, 0)
