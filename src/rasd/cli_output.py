"""What `rasd extract` writes: JSON Lines for programs, or a table of events for people."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

import click

from rasd.extract import extract_records
from rasd.ingest import read_documents
from rasd.record import dumps


@contextmanager
def _open_out(output: str) -> Iterator[IO[str]]:
    if output == "-":
        yield sys.stdout
        return
    with open(output, "w", encoding="utf-8") as fh:
        yield fh


def write_records(inputs: list[str], output: str, fmt: str, published: str | None, table: bool,
                  progress: bool | None) -> int:
    """Extract and write each record as soon as it is made (a crash loses at most one document)."""
    show = sys.stderr.isatty() if progress is None else progress
    started, n = time.perf_counter(), 0
    with _open_out(output) as out:
        for rec in extract_records(read_documents(inputs, fmt, published)):
            out.write(event_table(rec) if table else dumps(rec) + "\n")
            out.flush()
            n += 1
            if show:
                rate = n / max(time.perf_counter() - started, 1e-9)
                click.echo(f"\r{n} documents ({rate:.1f}/s)", err=True, nl=False)
    if show:
        click.echo("", err=True)
    return n


def event_table(rec: dict[str, Any]) -> str:
    """Who did what to whom, where, when, how many, according to whom: one row per event."""
    actors = {a["id"]: a for a in rec["actors"]}
    places = {p["id"]: p for p in rec["places"]}
    mentions = {m["id"]: m for m in rec["mentions"]}
    head = ["#", "what", "who", "to whom", "where", "when", "how many", "according to", "status"]
    rows = [head]
    for i, e in enumerate(rec["events"], 1):
        def names(role: str, e: dict[str, Any] = e) -> str:
            return "، ".join(_actor_label(actors[r["actor"]]) for r in e["roles"] if r["role"] == role) or "-"

        place = places.get(e.get("place") or "")
        att = e["attribution"]
        said = mentions[att["mention"]]["text"] if att.get("mention") in mentions else ""
        counts = ", ".join(f"{c['kind']} {'~' if c['approx'] else ''}{c['value'] if c['value'] is not None else '?'}"
                           for c in e["counts"])
        rows.append([str(i), f"{e['type']}{'/' + e['mode'] if e.get('mode') else ''} «{e['trigger']['text']}»",
                     names("source"), names("target"),
                     f"{place['name']} ({e['place_precision']})" if place else "-",
                     (e.get("date") or {}).get("value") or "-", counts or "-",
                     f"{att['kind']}{': ' + said if said else ''}", e["status"]])
    title = rec["doc"].get("title") or rec["doc"].get("input_id") or rec["doc"]["id"][:12]
    meta = f"{title} — {rec['doc'].get('outlet') or 'unknown outlet'}, published {rec['doc'].get('published') or '?'}"
    body = "\n".join(" | ".join(r) for r in rows) if rec["events"] else "(no events found)"
    summary = (f"{len(rec['events'])} events, {len(rec['actors'])} actors, {len(rec['places'])} places, "
               f"{len(rec['times'])} times, {len(rec['quantities'])} quantities")
    return f"{meta}\n{body}\n{summary}\n\n"


def _actor_label(actor: dict[str, Any]) -> str:
    return actor["name"] + (f" [{actor['name_en']}]" if actor.get("name_en") else "")
