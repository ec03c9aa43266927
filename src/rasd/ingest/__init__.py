"""Ingest: turn input files into `Document`s, keeping the custody of the raw bytes.

One reader per format, registered in `READERS`; `read_documents` picks one by `--format` or,
with `auto`, by the file name and its first bytes.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from rasd.document import Document
from rasd.errors import InputError, UsageError
from rasd.ingest.jsonl import read_jsonl
from rasd.ingest.text import read_text

Reader = Callable[[bytes, str, str | None], Iterator[Document]]
READERS: dict[str, Reader] = {"text": read_text, "jsonl": read_jsonl}
FORMATS = ("auto", "text", "jsonl", "html", "rss", "warc")
_PLANNED = {"html", "rss", "warc"}
_ISO = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def check_published(value: str | None, where: str) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not _ISO.match(value):
        raise InputError(f"{where}: published date {value!r} is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def sniff_format(name: str, head: bytes) -> str:
    lower = name.lower()
    for suffix, fmt in ((".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "jsonl"), (".txt", "text"),
                        (".html", "html"), (".htm", "html"), (".rss", "rss"), (".atom", "rss"),
                        (".xml", "rss"), (".warc", "warc"), (".warc.gz", "warc")):
        if lower.endswith(suffix):
            return fmt
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        return "jsonl"
    if stripped[:15].lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    if stripped.startswith(b"WARC/"):
        return "warc"
    return "text"


def read_documents(inputs: list[str], fmt: str = "auto", published: str | None = None) -> Iterator[Document]:
    """Documents from files (or `-` for standard input), in input order."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    published = check_published(published, "--published")
    for name in inputs:
        raw = _read_bytes(name)
        chosen = sniff_format(name if name != "-" else "", raw[:64]) if fmt == "auto" else fmt
        if chosen in _PLANNED:
            raise InputError(f"{name}: the {chosen} reader is not part of this version yet; "
                             "convert to text or JSON Lines first")
        yield from READERS[chosen](raw, "stdin" if name == "-" else str(Path(name).resolve()), published)


def _read_bytes(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name)
    if not path.exists():
        raise InputError(f"{name}: no such file")
    if path.is_dir():
        raise InputError(f"{name}: is a folder; pass the files inside it")
    return path.read_bytes()
