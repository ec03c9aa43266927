"""Chain of custody: hash the raw bytes before anything cleans them, and say where and when they came from."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from rasd import EXTRACTOR
from rasd.document import Custody


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def custody_for(raw: bytes, source: str, retrieved: str | None = None) -> Custody:
    return Custody(raw_sha256=hashlib.sha256(raw).hexdigest(), source=source,
                   retrieved=retrieved or now_utc(), extractor=EXTRACTOR)
