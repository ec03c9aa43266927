"""Shared fixtures: documents built in code, the bundled sample, the repository's paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.analyse.stage import analyse_stage
from rasd.document import Document, Meta
from rasd.ingest.custody import custody_for

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "sy24-deir-ez-zor-2021.jsonl"
DEV = ROOT / "eval" / "dev"


def make_doc(text: str, published: str | None = None) -> Document:
    """A document as ingest would make it, with no stage run yet."""
    return Document(text=text, meta=Meta(published=published), custody=custody_for(text.encode(), "test"))


def analysed(text: str, published: str | None = None) -> Document:
    return analyse_stage(make_doc(text, published))


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE
