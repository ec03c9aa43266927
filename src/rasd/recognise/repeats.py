"""Times and quantities keep one mention per distinct expression; later occurrences of the same text are
kept in the mention's attrs["repeats"] (start, end and their own values). Events read every occurrence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rasd.document import Document, Span


def occurrences_in(doc: Document, mention_id: str, span: Span) -> Iterator[tuple[Span, dict[str, Any] | None]]:
    """The mention itself (with None) and each of its repeats (with its attrs) that lie inside `span`."""
    m = doc.mention(mention_id)
    if span.contains(m.span):
        yield m.span, None
    for r in m.attrs.get("repeats", []):
        where = Span(r["start"], r["end"])
        if span.contains(where):
            yield where, r
