"""``report -o OUT`` and ``report --format EXPORTER``: the report in a file, or by a plugin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def _run(*argv: str) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "exchangekit", *argv], capture_output=True, text=True, check=False
    )
    return done.returncode, done.stdout, done.stderr


def test_report_writes_json_to_the_file_given_with_o(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    status, out, _ = _run("report", "--format", "json", "-o", str(target))
    assert status == 0
    assert out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["inputs"]


def test_report_hands_the_records_to_an_installed_exporter(tmp_path: Path) -> None:
    target = tmp_path / "report.jsonl"
    status, _, _ = _run("report", "--format", "jsonl", "-o", str(target))
    assert status == 0
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) > 4  # the bundled example's records, one a line


def test_an_unknown_report_format_is_a_usage_error_naming_the_exporters() -> None:
    status, _, err = _run("report", "--format", "nosuch")
    assert status == 2
    assert "no installed exporter is called 'nosuch'" in err
    assert "json" in err
