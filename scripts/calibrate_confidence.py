"""Fit event confidences on the training set and report how well they are calibrated.

    python scripts/calibrate_confidence.py --docs ../shared/corpus/train/docs.jsonl --gold ../shared/corpus/train/gold
    python scripts/calibrate_confidence.py --docs eval/dev/docs.jsonl --gold eval/dev/gold --report

Fitting: every system event is a trial, a success when the reference scorer matches it to a gold
event (required or optional). The confidence of a cell (type | verb or noun trigger | with or without
roles) is its success rate, shrunk towards the type's rate when the cell is small. Report: the
events bucketed by confidence, with the observed share of matches per bucket (a reliability table)
and the expected calibration error.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

import yaml

from rasd.evaluate import scorer
from rasd.events.confidence import cell
from rasd.extract import extract_records
from rasd.ingest import read_documents

OUT = Path(__file__).resolve().parents[1] / "src/rasd/data/events/confidence.yaml"
PRIOR = 5.0  # pseudo-events pulling a small cell towards its type's rate


def trials(docs: str, gold: str) -> list[tuple[dict, bool]]:
    golds = scorer.load_gold(gold, docs)
    out = []
    for rec in extract_records(read_documents([docs], "jsonl")):
        g = golds.get(scorer.text_key(rec["text"]))
        if g is None:
            continue
        matched = {si for _, si in scorer.match_events(rec["text"], g["events"], rec["events"])}
        out += [(e, i in matched) for i, e in enumerate(rec["events"])]
    return out


def _key(event: dict) -> str:
    return cell(event["type"], event["trigger"]["text"], bool(event["roles"]))


def fit(results: list[tuple[dict, bool]]) -> dict[str, float]:
    by_cell: dict[str, list[bool]] = collections.defaultdict(list)
    by_type: dict[str, list[bool]] = collections.defaultdict(list)
    for e, ok in results:
        by_cell[_key(e)].append(ok)
        by_type[e["type"]].append(ok)
    overall = sum(ok for _, ok in results) / max(len(results), 1)
    table = {"*": round(overall, 3)}
    for t, oks in by_type.items():
        table[t] = round((sum(oks) + PRIOR * overall) / (len(oks) + PRIOR), 3)
    for c, oks in by_cell.items():
        prior = table[c.split("|")[0]]
        table[c] = round((sum(oks) + PRIOR * prior) / (len(oks) + PRIOR), 3)
    return dict(sorted(table.items()))


def report(results: list[tuple[dict, bool]]) -> None:
    buckets: dict[int, list[tuple[float, bool]]] = collections.defaultdict(list)
    for e, ok in results:
        buckets[min(int(e["confidence"] * 5), 4)].append((e["confidence"], ok))
    ece = 0.0
    print("confidence   events  mean conf  matched")
    for b in sorted(buckets):
        items = buckets[b]
        conf = sum(c for c, _ in items) / len(items)
        acc = sum(ok for _, ok in items) / len(items)
        ece += len(items) / len(results) * abs(conf - acc)
        print(f"{b / 5:.1f}-{(b + 1) / 5:.1f}   {len(items):6d}  {conf:9.3f}  {acc:7.3f}")
    print(f"expected calibration error: {ece:.3f} over {len(results)} events")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--report", action="store_true", help="only print the reliability table")
    args = ap.parse_args()
    results = trials(args.docs, args.gold)
    if args.report:
        report(results)
        return
    header = "# Event confidence by cell, fitted by scripts/calibrate_confidence.py on the training set.\n"
    OUT.write_text(header + yaml.safe_dump(fit(results), allow_unicode=True, sort_keys=True), encoding="utf-8")
    print(f"{len(results)} events; wrote {OUT}")


if __name__ == "__main__":
    main()
