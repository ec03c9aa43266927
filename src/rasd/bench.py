"""`rasd bench`: throughput and peak memory of extraction, as figures (never as a timed test)."""

from __future__ import annotations

import resource
import time
from dataclasses import dataclass
from pathlib import Path

from rasd.extract import extract_documents
from rasd.ingest import read_documents
from rasd.pipeline import default_pipeline


@dataclass
class BenchResult:
    documents: int
    characters: int
    load_seconds: float
    seconds: float
    peak_rss_mb: float

    def lines(self) -> list[str]:
        return [
            f"documents        {self.documents}",
            f"characters       {self.characters}",
            f"start-up         {self.load_seconds:.2f} s (pipeline and data files, incl. first document)",
            f"extraction       {self.seconds:.2f} s after start-up",
            f"throughput       {self.documents / self.seconds:.1f} documents/s, "
            f"{self.characters / self.seconds:,.0f} characters/s",
            f"per document     {1000 * self.seconds / self.documents:.1f} ms",
            f"peak memory      {self.peak_rss_mb:.0f} MB (max resident set size)",
        ]


def run_bench(docs_path: Path, repeat: int = 1) -> BenchResult:
    """Extract every document `repeat` times; the first document also pays for loading the data."""
    docs = list(read_documents([str(docs_path)], "auto"))
    if not docs:
        from rasd.errors import InputError

        raise InputError(f"{docs_path}: no documents")
    started = time.perf_counter()
    pipeline = default_pipeline()
    list(extract_documents(docs[:1], pipeline))
    load = time.perf_counter() - started
    fresh = list(read_documents([str(docs_path)], "auto")) * repeat
    started = time.perf_counter()
    for _ in extract_documents(fresh, pipeline):
        pass
    seconds = max(time.perf_counter() - started, 1e-9)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return BenchResult(len(fresh), sum(len(d.text) for d in fresh), load, seconds, peak)
