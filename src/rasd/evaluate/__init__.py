"""`rasd eval`: extract a gold set's documents, score them with the reference metrics, gate on floors."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import click

from rasd.errors import InputError
from rasd.evaluate import scorer
from rasd.extract import extract_records
from rasd.ingest import read_documents
from rasd.record import dumps

METRICS = ["events", "events_strict", "events_untyped", "source", "target", "event_place", "event_date",
           "attribution", "status", "violations", "places", "times", "actors", "quantities"]


def score_records(golds: dict[str, Any], records: list[dict[str, Any]]) -> dict[str, Any]:
    """The reference scorer's report for these records (same aggregation as its `main`)."""
    totals = {n: scorer.Counts() for n in METRICS}
    seen: set[str] = set()
    for rec in records:
        key = scorer.text_key(rec.get("text", ""))
        if key in golds and key not in seen:
            seen.add(key)
            scorer.score_doc(golds[key], scorer.Doc(rec), totals)
    for key in golds.keys() - seen:
        scorer.score_doc(golds[key], scorer.Doc({"text": "", "events": []}), totals)
    report: dict[str, Any] = {n: c.prf() for n, c in totals.items()}
    report["documents"] = {"gold": len(golds), "scored": len(seen),
                           "missing": [g["id"] for k, g in golds.items() if k not in seen]}
    args_f1 = [report[n]["f1"] for n in ("source", "target", "event_place", "event_date", "attribution")]
    report["summary"] = {
        "event_f1": report["events"]["f1"],
        "argument_f1": round(sum(args_f1) / len(args_f1), 4),
        "place_f1": report["places"]["f1"],
        "time_f1": report["times"]["f1"],
        "actor_f1": report["actors"]["f1"],
    }
    return report


def events_by_type(golds: dict[str, Any], records: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Event P/R/F1 per PLOVER type, with the scorer's matching (type or alt type, trigger or sentence)."""
    tp: dict[str, int] = {}  # matched gold events, by gold type (recall)
    tp_sys: dict[str, int] = {}  # matched system events, by system type (precision)
    sys_n: dict[str, int] = {}
    gold_n: dict[str, int] = {}
    for rec in records:
        gold = golds.get(scorer.text_key(rec.get("text", "")))
        if gold is None:
            continue
        matched = scorer.match_events(rec["text"], gold["events"], rec["events"])
        by_sys = {si: gi for gi, si in matched}
        for gi, g in enumerate(gold["events"]):
            if not g.get("optional"):
                gold_n[g["type"]] = gold_n.get(g["type"], 0) + 1
                if gi in by_sys.values():
                    tp[g["type"]] = tp.get(g["type"], 0) + 1
        for si, e in enumerate(rec["events"]):
            if si in by_sys and gold["events"][by_sys[si]].get("optional"):
                continue  # an optional event found costs and earns nothing
            sys_n[e["type"]] = sys_n.get(e["type"], 0) + 1
            if si in by_sys:
                tp_sys[e["type"]] = tp_sys.get(e["type"], 0) + 1
    out = {}
    for t in sorted(set(gold_n) | set(sys_n)):
        p = tp_sys.get(t, 0) / sys_n[t] if sys_n.get(t) else 0.0
        r = tp.get(t, 0) / gold_n[t] if gold_n.get(t) else 0.0
        out[t] = {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                  "tp": tp.get(t, 0), "sys": sys_n.get(t, 0), "gold": gold_n.get(t, 0)}
    return out


def format_by_type(by_type: dict[str, dict[str, float]]) -> str:
    return "\n".join(f"  {t:10s} P {r['p']:.3f}  R {r['r']:.3f}  F1 {r['f1']:.3f}  (tp {r['tp']}, sys {r['sys']}, "
                     f"gold {r['gold']})" for t, r in by_type.items())


def format_report(report: dict[str, Any]) -> str:
    lines = [f"{n:15s} P {r['p']:.3f}  R {r['r']:.3f}  F1 {r['f1']:.3f}  "
             f"(tp {r['tp']}, sys {r['sys']}, gold {r['gold']})" for n in METRICS for r in [report[n]]]
    docs = report["documents"]
    lines.append(f"documents: {docs['scored']} of {docs['gold']} scored"
                 + (f"; missing {docs['missing']}" if docs["missing"] else ""))
    lines.append("summary: " + " ".join(f"{k}={v:.3f}" for k, v in report["summary"].items()))
    return "\n".join(lines)


def check_floors(report: dict[str, Any], baseline: dict[str, float]) -> list[str]:
    """Metrics below their floor. Keys are summary names (event_f1) or metric names (status)."""
    failures = []
    for name, floor in baseline.items():
        if name.startswith("_"):
            continue
        value = report["summary"][name] if name in report["summary"] else report[name]["f1"]
        if value + 1e-9 < floor:
            failures.append(f"{name} {value:.3f} < floor {floor:.3f}")
    return failures


def run_eval(docs: Path, gold: Path, baseline: Path | None, as_json: bool, save: Path | None,
             by_type: bool = False) -> bool:
    try:
        golds = scorer.load_gold(str(gold), str(docs))
    except (KeyError, json.JSONDecodeError, OSError) as err:
        raise InputError(f"cannot read the gold set {gold}: {err}") from None
    started = time.perf_counter()
    records = list(extract_records(read_documents([str(docs)], "jsonl")))
    seconds = time.perf_counter() - started
    if save:
        save.write_text("".join(dumps(r) + "\n" for r in records), encoding="utf-8")
    report = score_records(golds, records)
    report["extract_seconds"] = round(seconds, 3)
    if by_type:
        report["events_by_type"] = events_by_type(golds, records)
    click.echo(json.dumps(report, ensure_ascii=False, indent=2) if as_json else format_report(report))
    if by_type and not as_json:
        click.echo("events by type:\n" + format_by_type(report["events_by_type"]))
    if not as_json:
        click.echo(f"extraction: {seconds:.2f} s for {len(records)} documents")
    if not baseline:
        return True
    failures = check_floors(report, json.loads(baseline.read_text(encoding="utf-8")))
    for f in failures:
        click.echo(f"below floor: {f}", err=True)
    if not failures:
        click.echo(f"all floors in {baseline} met", err=True)
    return not failures
