"""The report the command line prints: its text, its JSON and CSV shapes, and the bundled data."""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import runpy
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    Party,
    Period,
    PersonCategory,
    Source,
    SourceKind,
    Transfer,
    strategies,
)
from exchangekit.api import export, parse
from exchangekit.cli import main
from exchangekit.cli.analysis import build_report, directions
from exchangekit.cli.arguments import build_parser, parser_options
from exchangekit.cli.loading import bundled_example
from exchangekit.cli.progress import Progress, progress_for
from exchangekit.cli.report import render_exchange, render_report
from exchangekit.cli.shapes import (
    COMPARE_COLUMNS,
    REPORT_COLUMNS,
    TOTALS_COLUMNS,
    report_json,
    report_rows,
)
from exchangekit.reconcile import merge_duplicate_claims, totals

REPO = Path(__file__).resolve().parent.parent
UKR, RUS, ICRC = Party.lookup("UKR"), Party.lookup("RUS"), Party.lookup("ICRC")


# -- one line per record -------------------------------------------------------------------------


def test_exchange_shows_date_kind_directions_counts_intermediaries_sources() -> None:
    kyiv = Source("Kyiv headquarters", kind=SourceKind.GOVERNMENT, party=UKR)
    moscow = Source("Russian side", kind=SourceKind.GOVERNMENT, party=RUS)
    exchange = Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=Period.day(date(2025, 10, 23)),
        transfers=[
            Transfer(RUS, UKR, PersonCategory.REMAINS, Count.exact(1000), attributed_to=moscow),
            Transfer(UKR, RUS, PersonCategory.REMAINS, Count.exact(31)),
        ],
        intermediaries=[ICRC],
        sources=[kyiv, moscow],
    )
    assert render_exchange(exchange).splitlines() == [
        f"2025-10-23  repatriation of remains via ICRC  [{exchange.id}]",
        "            RUS → UKR remains: 1,000 (according to Russian side)",
        "            UKR → RUS remains: 31",
        "            sources:",
        "              - Kyiv headquarters (UKR)",
        "              - Russian side (RUS)",
    ]


def test_exchange_without_intermediaries_or_sources_pads_the_date() -> None:
    exchange = Exchange(
        kind=ExchangeKind.PRISONER_SWAP,
        period=Period.month(2025, 5),
        transfers=[Transfer(UKR, RUS, PersonCategory.PRISONERS_OF_WAR, Count.approx(390))],
    )
    assert render_exchange(exchange, date_width=10).splitlines() == [
        f"2025-05     prisoner swap  [{exchange.id}]",
        "            UKR → RUS prisoners of war: around 390 [351, 429]",
    ]


# -- the whole report ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def example() -> Dataset:
    return bundled_example()


def test_bundled_example_is_the_running_example(example: Dataset) -> None:
    assert len(example.exchanges) == 4
    to_ukraine = totals(example, by="month", receiver="UKR", category="remains")
    assert [b.format() for b in to_ukraine] == ["2025-07", "2025-08", "2025-09", "2025-10"]
    assert to_ukraine.total.contains(4000)
    assert str(totals(example, receiver="RUS").total) == "31"
    subjects = {(c.subject.code, c.category) for c in example.claims}
    assert ("UKR", CasualtyCategory.KILLED) in subjects
    assert ("RUS", CasualtyCategory.KILLED) in subjects
    assert ("UKR", CasualtyCategory.MISSING) in subjects


def test_bundled_example_is_what_the_generator_script_builds(example: Dataset) -> None:
    script = runpy.run_path(str(REPO / "examples" / "make_bundled_example.py"))
    assert script["build_running_example"]() == example
    assert script["main"](["--check"]) == 0


def test_report_sections_in_order(example: Dataset) -> None:
    text = render_report(build_report(example, by="month", inputs=["the example"]))
    lines = text.splitlines()
    underlined = [a for a, b in itertools.pairwise(lines) if re.fullmatch(r"[-=]+", b)]
    assert underlined == [
        "exchangekit report",
        "Exchanges (4)",
        "Totals by month, per receiver and category",
        "Casualty claims compared (4)",
        "Stated tallies against the itemized exchanges (1)",
        "What the findings mean",
    ]
    assert "Input: the example" in lines
    assert re.fullmatch(
        r"4 exchanges, 4 claims, 1 stated tally; findings: \d+ errors?, \d+ warnings?, "
        r"\d+ infos?",
        text.splitlines()[-1],
    )


def test_report_lists_exchanges_in_date_order(example: Dataset) -> None:
    text = render_report(build_report(example, by="month", inputs=["x"]))
    listing = text.split("Exchanges (4)\n-------------\n")[1].split("\n\n")[0].splitlines()
    firsts = [line.split()[0] for line in listing if not line.startswith("   ")]
    assert firsts == ["2025-07", "2025-08", "2025-09", "2025-10-23"]


def test_report_totals_are_per_receiver_and_category(example: Dataset) -> None:
    assert [(s.receiver, s.category) for s in directions(example.exchanges)] == [
        ("UKR", PersonCategory.REMAINS),
        ("RUS", PersonCategory.REMAINS),
    ]


def test_report_json_shape(example: Dataset) -> None:
    data = build_report(example, by="quarter", inputs=["x"])
    document = json.loads(json.dumps(report_json(data)))
    assert list(document) == [
        "inputs",
        "provenance",
        "exchanges",
        "duplicates",
        "totals",
        "comparison",
        "tallies",
    ]
    (tally,) = document["tallies"]
    assert tally["id"] == "tally-remains-2025-07-to-10"
    assert (tally["receiver"], tally["sender"], tally["category"]) == ("UKR", "RUS", "remains")
    assert tally["verdict"] == "consistent"
    assert (tally["itemized"]["low"], tally["itemized"]["high"]) == (3700, 4300)
    assert (tally["gap"]["low"], tally["gap"]["high"]) == (0, 700)
    assert tally["exchange_ids"] == [e["id"] for e in document["exchanges"]]
    assert tally["finding"]["code"] == "tally-consistent"
    thursday = document["exchanges"][-1]
    assert thursday["period"] == "2025-10-23"
    assert thursday["intermediaries"] == ["ICRC"]
    assert [t["count"]["best"] for t in thursday["transfers"]] == [1000, 31]
    assert thursday["transfers"][0]["attributed_to"]["party"] == "RUS"
    tables = document["totals"]["tables"]
    assert {t["by"] for t in tables} == {"quarter"}
    groups = document["comparison"]["groups"]
    assert sum(len(g["claims"]) for g in groups) == 4
    for group in groups:
        assert list(group) == [
            "subject",
            "category",
            "scope",
            "covers",
            "as_of",
            "envelope",
            "consensus",
            "floor_from",
            "ceiling_from",
            "outliers",
            "camps",
            "extent",
            "claims",
            "findings",
        ]
        for finding in group["findings"]:
            assert set(finding) == {"severity", "code", "message", "record_ids"}


def test_report_csv_sections(example: Dataset) -> None:
    data = build_report(example, by="month", inputs=["x"])
    rows = list(report_rows(data))
    assert {row["section"] for row in rows} <= {
        "exchange",
        "total",
        "claim",
        "envelope",
        "camp",
        "tally",
        "finding",
    }
    assert sum(row["section"] == "exchange" for row in rows) == 5  # one per transfer
    assert sum(row["section"] == "claim" for row in rows) == 4
    assert all(set(row) <= set(REPORT_COLUMNS) for row in rows)


def test_every_csv_column_is_documented() -> None:
    reference = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    for column in {*TOTALS_COLUMNS, *COMPARE_COLUMNS, *REPORT_COLUMNS}:
        assert f"`{column}`" in reference, column


# Each example writes and renames real files (with fsync); the formats' own round-trip
# properties run many more examples in memory.
@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(dataset=strategies.datasets())
def test_report_works_on_any_valid_dataset(dataset: Dataset) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "data.jsonl"
        export(dataset, path)
        # The report merges records of one claim (the same figure and dates from one source,
        # however its publication date or spelling differs) before comparing.
        compared = len(merge_duplicate_claims(dataset).claims)
        for output in ("text", "json", "csv"):
            out = io.StringIO()
            assert _main_to(out, ["report", str(path), "--format", output]) == 0
            text = out.getvalue()
            if output == "json":
                document = json.loads(text)
                claims = [c for g in document["comparison"]["groups"] for c in g["claims"]]
                assert len(claims) == compared
                assert [t["id"] for t in document["tallies"]] == [t.id for t in dataset.tallies]
            elif output == "csv":
                rows = list(csv.DictReader(io.StringIO(text)))
                assert sum(r["section"] == "claim" for r in rows) == compared
                tallies = [r["id"] for r in rows if r["section"] == "tally"]
                assert tallies == [t.id for t in dataset.tallies]
            else:
                assert f"Casualty claims compared ({compared})" in text


def test_report_counts_one_claim_read_twice_once(tmp_path: Path) -> None:
    # Found by the property above: the same figure from one source, once with its
    # publication date and once without, is one claim, and the report says it merged them.
    ukraine = UKR
    day = Period.parse("2025-02-01")

    def claim(published: date | None) -> CasualtyClaim:
        claimant = Source(
            name="Ukraine's Coordination Headquarters",
            kind=SourceKind.GOVERNMENT,
            published=published,
        )
        return CasualtyClaim(
            subject=ukraine,
            category=CasualtyCategory.KILLED,
            count=Count.parse("over 46,000"),
            covers=day,
            as_of=day,
            claimant=claimant,
        )

    path = tmp_path / "claims.jsonl"
    export(Dataset(claims=[claim(None), claim(date(2025, 2, 2))]), path)
    out = io.StringIO()
    assert _main_to(out, ["report", str(path)]) == 0
    text = out.getvalue()
    assert "Casualty claims compared (1)" in text
    assert "merged-duplicate-claims" in text


def _main_to(stream: io.StringIO, argv: list[str]) -> int:
    import contextlib

    with contextlib.redirect_stdout(stream):
        return main(argv)


# -- the pieces around it ------------------------------------------------------------------------


def test_totals_in_the_report_match_the_library(example: Dataset) -> None:
    data = build_report(example, by="month", inputs=["x"])
    for table in data.totals:
        expected = totals(
            example,
            by="month",
            receiver=table.selection.receiver,
            category=table.selection.category,
        )
        assert table.totals == expected


def test_option_values_are_json_when_they_parse_as_json() -> None:
    args = build_parser().parse_args(
        ["report", "a.txt", "-O", "n=3", "-O", "flag=false", "-O", "words=3 days", "-O", "x=[1]"]
    )
    assert parser_options(args) == {"n": 3, "flag": False, "words": "3 days", "x": [1]}


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_progress_redraws_at_most_once_per_interval_and_erases_itself() -> None:
    stream, clock = io.StringIO(), _Clock()
    bar = Progress(stream, "big.jsonl", 1000, interval=0.1, clock=clock)
    bar.advance(100)
    bar.advance(100)  # same instant: not redrawn
    assert stream.getvalue().count("\r") == 1
    assert "20%" not in stream.getvalue()
    clock.now = 0.5
    bar.advance(300)
    assert stream.getvalue().count("\r") == 2
    assert "[############............]  50%" in stream.getvalue()
    bar.close()
    assert stream.getvalue().endswith("\r")
    assert stream.getvalue().split("\r")[-2].strip() == ""


def test_progress_only_on_a_terminal_for_long_inputs(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("TERM", raising=False)
    assert progress_for(io.StringIO(), "f", 10**9) is None
    assert progress_for(Terminal(), "f", 10) is None
    assert progress_for(Terminal(), "f", 10**9) is not None
    monkeypatch.setenv("TERM", "dumb")
    assert progress_for(Terminal(), "f", 10**9) is None


def test_parse_round_trip_of_the_bundled_file_is_exact(example: Dataset) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "again.json"
        export(example, path)
        assert parse(path) == example
