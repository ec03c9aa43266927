"""Plain UTF-8 text: one file, one document."""

from __future__ import annotations

from collections.abc import Iterator

from rasd.document import Document, Meta
from rasd.errors import InputError
from rasd.ingest.custody import custody_for


def decode_utf8(raw: bytes, where: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{where}: not UTF-8 (byte {err.start}: {raw[err.start:err.start + 1]!r})") from None


def read_text(raw: bytes, source: str, published: str | None) -> Iterator[Document]:
    text = decode_utf8(raw, source)
    if not text.strip():
        raise InputError(f"{source}: the document is empty")
    yield Document(text=text, meta=Meta(published=published), custody=custody_for(raw, source))
