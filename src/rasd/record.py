"""`rasd.record/1`: the one output format (see RECORD.md), written and read here only."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from rasd.document import Document

FORMAT = "rasd.record/1"


def to_record(doc: Document) -> dict[str, Any]:
    """The record of one extracted document; every span's text is read from the original."""
    return {
        "format": FORMAT,
        "doc": {
            "id": doc.id,
            "url": doc.meta.url,
            "outlet": doc.meta.outlet,
            "published": doc.meta.published,
            "language": doc.meta.language,
            "title": doc.meta.title,
            "input_id": doc.meta.input_id,
            "custody": asdict(doc.custody),
        },
        "text": doc.text,
        "mentions": [_mention(m) for m in doc.mentions],
        "actors": [_drop_none(asdict(a), keep=("kb_id", "country", "name_en")) for a in doc.actors],
        "places": [_place(p) for p in doc.places],
        "times": [asdict(t) for t in doc.times],
        "quantities": [asdict(q) for q in doc.quantities],
        "events": [_event(doc, e) for e in doc.events],
    }


def _mention(m: Any) -> dict[str, Any]:
    out = {"id": m.id, "kind": m.kind, "start": m.start, "end": m.end, "text": m.text}
    if m.label:
        out["label"] = m.label
    return out


def _place(p: Any) -> dict[str, Any]:
    out = asdict(p)
    out["lat"] = None if p.lat is None else round(p.lat, 5)
    out["lon"] = None if p.lon is None else round(p.lon, 5)
    return out


def _event(doc: Document, e: Any) -> dict[str, Any]:
    out = asdict(e)
    out["trigger"] = {"start": e.trigger.start, "end": e.trigger.end, "text": doc.span_text(e.trigger)}
    out["evidence"] = {"start": e.evidence.start, "end": e.evidence.end}
    out["confidence"] = round(e.confidence, 3)
    return out


def _drop_none(d: dict[str, Any], keep: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None or k in keep}


def dumps(record: dict[str, Any]) -> str:
    """One JSON Lines line, UTF-8 with Arabic unescaped."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def loads(line: str) -> dict[str, Any]:
    rec = json.loads(line)
    if rec.get("format") != FORMAT:
        from rasd.errors import InputError

        raise InputError(f"not a {FORMAT} record (format {rec.get('format')!r})")
    return rec
