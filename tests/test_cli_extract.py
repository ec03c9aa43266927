from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from conftest import DEV, SAMPLE
from rasd.cli import cli
from rasd.evaluate.contract import check


def _run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_cli_extract_sample_records_keep_the_contract() -> None:
    code, out, _ = _run("extract", str(SAMPLE))
    assert code == 0
    (rec,) = [json.loads(line) for line in out.splitlines()]
    assert check(rec) == []
    assert "“المصالحات”" in out  # Arabic stays unescaped


def test_cli_extract_dev_documents_keep_the_contract(tmp_path: Path) -> None:
    out = tmp_path / "dev.jsonl"
    code, _, _ = _run("extract", str(DEV / "docs.jsonl"), "-o", str(out))
    assert code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    docs = [json.loads(line) for line in (DEV / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in records] == [d["text"] for d in docs]
    assert [p for r in records for p in check(r)] == []


def test_cli_extract_reads_standard_input_as_text() -> None:
    code, out, _ = _run("extract", "-", "--published", "2021-12-20", input="قصفت الطائرات مدينة إدلب أمس.")
    assert code == 0
    assert json.loads(out)["doc"]["published"] == "2021-12-20"


def test_cli_extract_table_is_for_people() -> None:
    code, out, _ = _run("extract", str(SAMPLE), "--table")
    assert code == 0
    assert "SY24" in out and "events" in out


def test_cli_errors_are_one_line_with_exit_codes() -> None:
    code, _, err = _run("extract", "/no/such/file.txt")
    assert code == 1 and err.strip().startswith("rasd: error:") and len(err.strip().splitlines()) == 1
    code, _, err = _run("extract", "-", "--published", "yesterday", input="نص")
    assert code == 1 and "ISO 8601" in err
    code, _, _ = _run("extract")
    assert code == 2


def test_cli_every_command_has_help_with_an_example() -> None:
    for command in cli.commands:
        code, out, _ = _run(command, "--help")
        assert code == 0 and "Example:" in out, command
