"""``exchangekit tallies`` and the report's tally section: stated totals against itemized ones."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from exchangekit import (
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    ExchangeTally,
    Party,
    Period,
    PersonCategory,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit.api import export, parse
from exchangekit.cli import main

UKR, RUS = Party.lookup("UKR"), Party.lookup("RUS")
THURSDAY = date(2025, 10, 23)
HEADQUARTERS = Source(
    "Coordination Headquarters for the Treatment of Prisoners of War",
    SourceKind.GOVERNMENT,
    party=UKR,
)


def _handover(period: Period, figure: str) -> Exchange:
    return Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=period,
        transfers=[Transfer(RUS, UKR, PersonCategory.REMAINS, Count.parse(figure))],
    )


def _tally(tally_id: str, figure: str, since: date) -> ExchangeTally:
    return ExchangeTally(
        id=tally_id,
        receiver=UKR,
        sender=RUS,
        category=PersonCategory.REMAINS,
        count=Count.parse(figure),
        covers=Period.between(since, THURSDAY),
        as_of=Period.day(THURSDAY),
        claimant=HEADQUARTERS,
    )


DATASET = Dataset(
    exchanges=[
        *(_handover(Period.month(2025, m), "around 1,000") for m in (7, 8, 9)),
        _handover(Period.day(THURSDAY), "1,000"),
    ],
    tallies=[
        _tally("since-july", "about 4,000", date(2025, 7, 1)),
        _tally("since-the-invasion", "some 9,000", date(2022, 2, 24)),
        _tally("too-low", "3,000", date(2025, 7, 1)),
    ],
)
VERDICTS = {"since-july": "consistent", "since-the-invasion": "missing", "too-low": "excess"}


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".csv"])
def test_the_tallies_round_trip_and_get_their_verdicts_through_the_command_line(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"handovers{suffix}"
    export(DATASET, path)
    assert parse(path).tallies == DATASET.tallies
    code, out, err = _run(capsys, "tallies", path, "--format", "json")
    assert (code, err) == (0, "")
    document = json.loads(out)
    assert {t["id"]: t["verdict"] for t in document["tallies"]} == VERDICTS
    codes = [t["finding"]["code"] for t in document["tallies"]]
    assert codes == ["tally-consistent", "tally-exceeds-itemized", "itemized-exceed-tally"]
    missing = document["tallies"][1]["gap"]
    assert (missing["low"], missing["high"]) == (3800, 6200)


def test_text_output_fits_80_columns_and_says_what_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "handovers.json"
    export(DATASET, path)
    code, out, _ = _run(capsys, "tallies", path)
    assert code == 0
    assert max(len(line) for line in out.splitlines()) <= 80
    flat = " ".join(out.split())
    assert "at least 3,800 and at most 6,200 people are missing from the data" in flat
    assert "more than the tally by at least 700 and at most 1,300 people" in flat
    assert "up to 700 people may still be missing" in flat


def test_csv_has_one_row_per_tally(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "handovers.json"
    export(DATASET, path)
    code, out, _ = _run(capsys, "tallies", path, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["id"]: r["verdict"] for r in rows} == VERDICTS
    assert rows[1]["gap_low"] == "3800"
    assert rows[2]["severity"] == "error"


def test_fail_on_stops_a_pipeline_on_double_counting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "handovers.json"
    export(DATASET, path)
    assert _run(capsys, "tallies", path, "--fail-on", "error")[0] == 3
    export(Dataset(exchanges=DATASET.exchanges, tallies=DATASET.tallies[:2]), path)
    assert _run(capsys, "tallies", path, "--fail-on", "error")[0] == 0
    assert _run(capsys, "tallies", path, "--fail-on", "warning")[0] == 3


def test_the_report_checks_the_tallies_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "handovers.json"
    export(DATASET, path)
    code, out, _ = _run(capsys, "report", path)
    assert code == 0
    assert "Stated tallies against the itemized exchanges (3)" in out
    assert "error: itemized-exceed-tally:" in out
    assert out.splitlines()[-1].startswith("4 exchanges, 0 claims, 3 stated tallies;")
    code, out, _ = _run(capsys, "report", path, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert sum(r["section"] == "tally" for r in rows) == 3
    assert {r["code"] for r in rows if r["section"] == "finding"} >= {
        "tally-consistent",
        "tally-exceeds-itemized",
        "itemized-exceed-tally",
    }


def test_no_tallies_is_said_plainly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "handovers.json"
    export(Dataset(exchanges=DATASET.exchanges), path)
    assert _run(capsys, "tallies", path) == (0, "no stated tallies to check\n", "")
