from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from rasd.errors import InputError, UsageError
from rasd.ingest import read_documents, sniff_format


def test_ingest_text_keeps_custody_of_the_raw_bytes(tmp_path: Path) -> None:
    raw = "\ufeffقصفت الطائرات المدينة.".encode()
    path = tmp_path / "r.txt"
    path.write_bytes(raw)
    (doc,) = read_documents([str(path)], published="2021-12-20")
    assert doc.text == "قصفت الطائرات المدينة."
    assert doc.custody.raw_sha256 == hashlib.sha256(raw).hexdigest()
    assert doc.custody.source == str(path.resolve())
    assert doc.custody.retrieved.endswith("Z")
    assert doc.meta.published == "2021-12-20"


def test_ingest_jsonl_reads_metadata_per_line(tmp_path: Path) -> None:
    lines = [{"id": "a", "text": "نص أول", "outlet": "SY24", "published": "2021-12"},
             {"id": "b", "text": "نص ثان", "url": "https://example.org/x"}]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    docs = list(read_documents([str(path)]))
    assert [d.meta.input_id for d in docs] == ["a", "b"]
    assert docs[0].meta.outlet == "SY24" and docs[0].meta.published == "2021-12"
    assert docs[1].custody.source.endswith("docs.jsonl:2")


@pytest.mark.parametrize("content, message", [
    (b'{"text": ""}\n', "non-empty"),
    (b'{"text": "x"\n', "not JSON"),
    (b'{"text": "x", "published": "20/12/2021"}\n', "not ISO 8601"),
])
def test_ingest_jsonl_bad_lines_are_clear_errors(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        list(read_documents([str(path)]))


def test_ingest_text_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("مرحبا".encode("cp1256"))
    with pytest.raises(InputError, match="not UTF-8"):
        list(read_documents([str(path)]))


def test_ingest_missing_file_and_bad_format() -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_documents(["/nonexistent/x.txt"]))
    with pytest.raises(UsageError):
        list(read_documents(["x"], fmt="pdf"))


def test_ingest_sniffs_format_from_name_and_bytes() -> None:
    assert sniff_format("a.jsonl", b"") == "jsonl"
    assert sniff_format("", b'  {"text": 1}') == "jsonl"
    assert sniff_format("", b"<!DOCTYPE html><html>") == "html"
    assert sniff_format("notes", "نص".encode()) == "text"
