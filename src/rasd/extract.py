"""The library entry point: documents in, records out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from rasd.document import Document
from rasd.pipeline import Pipeline, default_pipeline
from rasd.record import to_record


def extract_documents(docs: Iterable[Document], pipeline: Pipeline | None = None) -> Iterator[Document]:
    """Run every document through the pipeline, one at a time (memory stays flat on long runs)."""
    pipe = pipeline or default_pipeline()
    for doc in docs:
        yield pipe(doc)


def extract_records(docs: Iterable[Document], pipeline: Pipeline | None = None) -> Iterator[dict[str, Any]]:
    for doc in extract_documents(docs, pipeline):
        yield to_record(doc)
