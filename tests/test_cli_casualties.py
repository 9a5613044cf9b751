"""``exchangekit totals --subject/--population``: incident casualty figures added up per bucket."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
    ClaimScope,
    Count,
    Dataset,
    Party,
    Period,
    Population,
    Source,
    SourceKind,
)
from exchangekit.api import export
from exchangekit.cli import main

UKR, RUS = Party.lookup("UKR"), Party.lookup("RUS")
EVENTS = Source("Invented event data set", SourceKind.RESEARCH)


def _event(
    event_id: str,
    day: date,
    subject: Party,
    count: Count,
    population: Population = Population.COMBATANTS,
) -> CasualtyClaim:
    return CasualtyClaim(
        id=event_id,
        subject=subject,
        category=CasualtyCategory.KILLED,
        count=count,
        covers=Period.day(day),
        as_of=Period.day(day),
        claimant=EVENTS,
        method=ClaimMethod.MEDIA_ESTIMATE,
        scope=ClaimScope.INCIDENT,
        population=population,
    )


DATASET = Dataset(
    claims=[
        _event("e1", date(2024, 3, 2), RUS, Count.between(3, 6, 4)),
        # the same figure on the same day, but another event: it must count too
        _event("e2", date(2024, 3, 2), RUS, Count.between(3, 6, 4)),
        _event("e3", date(2024, 4, 9), RUS, Count.exact(7)),
        _event("e4", date(2024, 4, 9), UKR, Count.exact(5)),
        _event("e5", date(2024, 4, 9), UKR, Count.exact(2), Population.CIVILIANS),
    ]
)


@pytest.fixture
def events(tmp_path: Path) -> Path:
    path = tmp_path / "events.json"
    export(DATASET, path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_subject_adds_that_sides_combatant_dead_per_month(
    events: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(capsys, "totals", str(events), "--by", "month", "--subject", "RUS")
    assert status == 0, err
    assert out.splitlines()[:4] == [
        "Totals by month (subject RUS; population combatants)",
        "  2024-03  6–12 (best 8)",
        "  2024-04  7",
        "  total    13–19 (best 15)",
    ]


def test_population_and_csv_and_json(events: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(
        capsys,
        "totals",
        str(events),
        "--subject",
        "Kyiv",
        "--population",
        "civilians",
        "--format",
        "csv",
    )
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["subject"], r["population"], r["period"], r["best"]) for r in rows] == [
        ("Kyiv", "civilians", "2024-04", "2"),
        ("Kyiv", "civilians", "total", "2"),
    ]
    status, out, _ = _run(capsys, "totals", str(events), "--subject", "UKR", "--format", "json")
    [table] = json.loads(out)["tables"]
    assert (table["population"], table["total"]["best"]) == ("combatants", 5)


def test_transfer_filters_with_subject_are_a_usage_error(
    events: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = _run(capsys, "totals", str(events), "--subject", "RUS", "--receiver", "UKR")
    assert status == 2
    assert "--receiver chooses transfers" in err


def test_several_subjects_without_subject_is_an_error_naming_them(
    events: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = _run(capsys, "totals", str(events), "--population", "combatants")
    assert status == 2
    assert "'RUS', 'UKR'" in err


@given(st.lists(st.integers(0, 500), min_size=1, max_size=12))
def test_every_incident_counts_even_when_two_look_alike(figures: list[int]) -> None:
    claims = [
        _event(f"e{n}", date(2024, 5, 1), RUS, Count.exact(figure))
        for n, figure in enumerate(figures)
    ]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "events.json"
        export(Dataset(claims=claims), path)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            status = main(["totals", str(path), "--subject", "RUS", "--format", "json"])
    assert status == 0
    assert json.loads(out.getvalue())["tables"][0]["total"]["best"] == sum(figures)
