"""The accuracy gate: `rasd eval` on the bundled dev set must meet every floor in eval/baseline.json.

Floors only go up: raise them when accuracy improves; never lower one to land a change."""

from __future__ import annotations

import json

from click.testing import CliRunner

from conftest import DEV, ROOT
from rasd.cli import cli
from rasd.evaluate import check_floors

BASELINE = ROOT / "eval" / "baseline.json"


def test_eval_gate_dev_scores_meet_the_floors() -> None:
    result = CliRunner().invoke(cli, ["eval", "--docs", str(DEV / "docs.jsonl"), "--gold", str(DEV / "gold"),
                                      "--baseline", str(BASELINE)])
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "summary:" in result.stdout


def test_eval_gate_reports_a_metric_below_its_floor() -> None:
    report = {"summary": {"event_f1": 0.5}, "status": {"f1": 0.9}}
    assert check_floors(report, {"event_f1": 0.6, "status": 0.8}) == ["event_f1 0.500 < floor 0.600"]


def test_eval_gate_baseline_names_known_metrics() -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    known = {"event_f1", "argument_f1", "place_f1", "time_f1", "actor_f1", "events_strict", "attribution",
             "status", "quantities", "violations", "source", "target", "event_place", "event_date"}
    assert set(k for k in baseline if not k.startswith("_")) <= known
