"""``python -m pipeline patterns {validate,add}``: the pattern workflow for users.

Pattern files are spaCy ruler patterns (JSONL, one per line, keys
``label``, ``pattern``, ``id``). ``validate`` reports, with file and line:
malformed lines, unknown keys, bad token patterns (spaCy's own schema),
duplicate patterns, one alias mapped to two ids or two labels, and patterns
that can never match because the French tokenizer splits their text
differently. ``add`` appends a name and its aliases to the right file.
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
  python -m pipeline patterns validate
  python -m pipeline patterns validate --patterns my_patterns/
  python -m pipeline patterns add ORG "Poolside" --alias "Poolside AI"
  python -m pipeline patterns add PRODUCT "Claude Opus 4.5" --alias "Opus 4.5"

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


def add_patterns_parser(sub) -> None:
    p = sub.add_parser("patterns", help="validate pattern files or add a name to them",
                       description=__doc__.split("\n\n")[1], epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    psub = p.add_subparsers(dest="patterns_command", metavar="ACTION")
    psub.required = True
    v = psub.add_parser("validate", help="report every problem with its file and line")
    v.add_argument("--patterns", metavar="DIR", help="pattern folder (default: the project's patterns/)")
    v.set_defaults(func=cmd_validate)
    a = psub.add_parser("add", help="add an organisation or product with its aliases",
                        epilog='example: python -m pipeline patterns add ORG "Poolside" --alias "Poolside AI"')
    a.add_argument("label", choices=sorted(LABEL_FILES), help="ORG or PRODUCT")
    a.add_argument("name", help="the name as written in articles")
    a.add_argument("--alias", action="append", default=[], help="another written form (repeatable)")
    a.add_argument("--id", dest="canonical", help="canonical name for norm.id (default: NAME)")
    a.add_argument("--patterns", metavar="DIR", help="pattern folder (default: the project's patterns/)")
    a.set_defaults(func=cmd_add)


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


def cmd_add(args) -> int:
    folder = Path(args.patterns) if args.patterns else default_patterns_dir()
    added = add_pattern(folder, args.label, args.name, args.alias, args.canonical)
    target = folder / LABEL_FILES[args.label]
    if added:
        print(f"{target}: added {', '.join(repr(p['pattern']) for p in added)} as {args.label} "
              f"{added[0]['id']!r}")
    else:
        print(f"{target}: nothing to add, already there")
    return 0
