"""JSON Lines: one document per line with at least `text` (also id, url, outlet, published, title)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from rasd.document import Document, Meta
from rasd.errors import InputError
from rasd.ingest.custody import custody_for
from rasd.ingest.text import decode_utf8


def read_jsonl(raw: bytes, source: str, published: str | None) -> Iterator[Document]:
    from rasd.ingest import check_published

    for line_no, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{line_no}"
        try:
            obj = json.loads(decode_utf8(line, where))
        except json.JSONDecodeError as err:
            raise InputError(f"{where}: not JSON ({err.msg} at column {err.colno})") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
            raise InputError(f"{where}: each line must be a JSON object with a non-empty \"text\"")
        meta = Meta(url=obj.get("url"), outlet=obj.get("outlet"), title=obj.get("title"),
                    published=check_published(obj.get("published") or published, where),
                    language=obj.get("language") or "ar", input_id=obj.get("id"))
        yield Document(text=obj["text"], meta=meta,
                       custody=custody_for(line, where, retrieved=obj.get("retrieved")))
