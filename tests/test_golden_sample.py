"""Golden file: the whole record of the bundled sample. Regenerate after an intended change with
`RASD_UPDATE_GOLDEN=1 pytest tests/test_golden_sample.py` and review the diff."""

from __future__ import annotations

import json
import os

from click.testing import CliRunner

from conftest import ROOT, SAMPLE
from rasd.cli import cli

GOLDEN = ROOT / "tests" / "golden" / "sample.record.json"


def _stable(record: dict) -> dict:
    custody = record["doc"]["custody"]
    custody["retrieved"] = custody["source"] = "<varies>"
    custody["extractor"] = "<version>"
    return record


def test_golden_sample_record_is_unchanged() -> None:
    result = CliRunner().invoke(cli, ["extract", str(SAMPLE)])
    assert result.exit_code == 0
    record = _stable(json.loads(result.stdout))
    if os.environ.get("RASD_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert record == expected
