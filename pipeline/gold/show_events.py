"""Print the events of a gold or output JSONL file, each role with its text, to check them by eye.

    python -m pipeline.gold.show_events evaluation/gold/gold.jsonl [ID...]
"""

from __future__ import annotations

import json
import sys


def describe(record: dict) -> list[str]:
    text, lines = record["text"], []

    def show(ref) -> str:
        if ref is None or ref == []:
            return "-"
        if isinstance(ref, dict):
            ref = [ref["start"], ref["end"]]
        if isinstance(ref, list) and ref and isinstance(ref[0], (list, dict)):
            return "; ".join(show(r) for r in ref)
        if isinstance(ref, list):
            return f"{text[ref[0]:ref[1]]!r}@{ref[0]}"
        return str(ref)

    for ev in record.get("events", []):
        s, e = ev["trigger"]
        lines.append(f"{record['id']}  {ev['type']}  trigger {text[s:e]!r}@{s}")
        lines += [f"    {role}: {show(value)}" for role, value in ev["roles"].items()]
    return lines


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    wanted = set(argv[1:])
    with open(argv[0], encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if not wanted or rec["id"] in wanted:
                print("\n".join(describe(rec)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
