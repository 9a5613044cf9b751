"""The ``exchangekit`` command line: every command, its exit status and its error messages."""

from __future__ import annotations

import csv
import importlib.resources
import io
import json
import os
import re
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, ClassVar, TextIO

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
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
    __version__,
)
from exchangekit import plugins as plugin_manager
from exchangekit.api import export, parse
from exchangekit.cli import main
from exchangekit.cli import progress as progress_module
from exchangekit.cli.loading import bundled_example
from exchangekit.formats import Item, Parser
from exchangekit.hookspecs import hookimpl
from exchangekit.reconcile import compare

Run = Callable[..., tuple[int, str, str]]

BUILTIN_FORMATS = ("json", "jsonl", "csv")
SUFFIX = {"json": ".json", "jsonl": ".jsonl", "csv": ".csv"}

UKR, RUS, ICRC = Party.lookup("UKR"), Party.lookup("RUS"), Party.lookup("ICRC")
THURSDAY = Period.day(date(2025, 10, 23))


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """Run the command line in-process; return its exit status, stdout and stderr."""

    def invoke(*argv: str | Path) -> tuple[int, str, str]:
        code = main([str(arg) for arg in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A copy of the bundled example data as a canonical JSON file."""
    path = tmp_path / "example.json"
    resource = importlib.resources.files("exchangekit").joinpath("data/running-example.json")
    path.write_bytes(resource.read_bytes())
    return path


def _handover(
    transfers: list[Transfer], source: str, party: Party, period: Period = THURSDAY
) -> Exchange:
    return Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=period,
        transfers=transfers,
        intermediaries=[ICRC],
        sources=[Source(source, kind=SourceKind.GOVERNMENT, party=party)],
    )


def _remains(sender: Party, receiver: Party, n: int) -> Transfer:
    return Transfer(sender, receiver, PersonCategory.REMAINS, Count.exact(n))


def _kyiv_report(to_ukraine: int = 1000) -> Dataset:
    return Dataset(
        exchanges=[
            _handover(
                [_remains(RUS, UKR, to_ukraine), _remains(UKR, RUS, 31)], "Kyiv statement", UKR
            )
        ]
    )


def _moscow_report(to_ukraine: int = 1000) -> Dataset:
    return Dataset(
        exchanges=[
            _handover(
                [_remains(UKR, RUS, 31), _remains(RUS, UKR, to_ukraine)], "Moscow statement", RUS
            )
        ]
    )


def _write(dataset: Dataset, path: Path) -> Path:
    export(dataset, path)
    return path


# -- general behaviour -------------------------------------------------------------------------


def test_version(run: Run) -> None:
    code, out, _ = run("--version")
    assert code == 0
    assert out.strip() == f"exchangekit {__version__}"


def test_help_lists_every_command(run: Run) -> None:
    code, out, _ = run("--help")
    assert code == 0
    for command in ("plugins", "formats", "convert", "totals", "compare", "merge", "report"):
        assert command in out


def test_no_command_is_a_usage_error(run: Run) -> None:
    code, _, err = run()
    assert code == 2
    assert "required" in err


def test_unknown_option_is_a_usage_error(run: Run) -> None:
    code, _, err = run("report", "--no-such-option")
    assert code == 2
    assert "--no-such-option" in err


def test_bad_published_date_is_a_usage_error(run: Run, example: Path) -> None:
    code, _, err = run("report", example, "--published", "23/10/2025")
    assert code == 2
    assert "YYYY-MM-DD" in err


def test_malformed_parser_option_is_a_usage_error(run: Run, example: Path) -> None:
    code, _, err = run("report", example, "-O", "no equals sign")
    assert code == 2
    assert "KEY=VALUE" in err


def test_internal_error_is_status_1_without_traceback(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from exchangekit.cli import commands

    def broken(*args: object) -> int:
        raise RuntimeError("something inside broke")

    monkeypatch.setitem(commands.COMMANDS, "formats", broken)
    code, out, err = run("formats")
    assert code == 1
    assert out == ""
    assert err.strip() == (
        "exchangekit: internal error: RuntimeError: something inside broke "
        "(run with --debug for the traceback)"
    )
    code, _, err = run("formats", "--debug")
    assert code == 1
    assert "Traceback (most recent call last)" in err
    assert "something inside broke" in err


# -- plugins and formats ----------------------------------------------------------------------


def test_plugins_lists_the_builtin_formats_with_distribution_and_version(run: Run) -> None:
    code, out, err = run("plugins")
    assert code == 0, err
    for name in BUILTIN_FORMATS:
        line = f"{name}: exchangekit {__version__}, loaded; parsers: {name}; exporters: {name}"
        assert line in out.splitlines()


def test_plugins_says_which_are_disabled_by_the_environment(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXCHANGEKIT_PLUGINS", "json,nosuch")
    plugin_manager.reset()
    try:
        run("formats")  # the manager warns here, once
        code, out, _ = run("plugins")
    finally:
        monkeypatch.delenv("EXCHANGEKIT_PLUGINS")
        plugin_manager.reset()
    assert code == 0
    lines = out.splitlines()
    assert f"json: exchangekit {__version__}, loaded; parsers: json; exporters: json" in lines
    assert (
        f"csv: exchangekit {__version__}, disabled: EXCHANGEKIT_PLUGINS does not name it" in lines
    )
    problems = lines[lines.index("Problems:") + 1 :]
    assert any("'nosuch'" in problem for problem in problems)


class _BrokenPlugin:
    """A plugin whose hook raises, as a plugin with a bug would."""

    @hookimpl
    def exchangekit_parsers(self) -> list[type[Parser]]:
        raise RuntimeError("the plugin author forgot something")


@pytest.fixture
def broken_plugin() -> Iterator[None]:
    plugin = _BrokenPlugin()
    plugin_manager.reset()  # the manager warns once per problem; start afresh
    plugin_manager.pm.register(plugin, name="broken-example")
    try:
        yield
    finally:
        plugin_manager.pm.unregister(plugin)
        plugin_manager.reset()


def test_plugins_shows_a_plugin_that_failed_and_why(run: Run, broken_plugin: None) -> None:
    code, out, _ = run("plugins")
    assert code == 0
    (line,) = [line for line in out.splitlines() if line.startswith("broken-example:")]
    assert line.startswith("broken-example: registered in code, failed: ")
    assert "RuntimeError: the plugin author forgot something" in line
    assert f"json: exchangekit {__version__}, loaded" in out  # the others still work


def test_a_broken_plugin_warns_in_one_line_and_others_still_work(
    run: Run, broken_plugin: None, example: Path
) -> None:
    code, out, err = run("totals", example)
    assert code == 0
    assert "around 1,000" in out
    warning_lines = [line for line in err.splitlines() if "broken-example" in line]
    assert warning_lines
    assert all(line.startswith("exchangekit: warning: ") for line in warning_lines)
    assert "Traceback" not in err


def test_formats_lists_parsers_and_exporters_with_suffixes(run: Run) -> None:
    code, out, _ = run("formats")
    assert code == 0
    parsers, exporters = out.split("Exporters:")
    for section in (parsers, exporters):
        assert ".jsonl .ndjson" in section
        for name in BUILTIN_FORMATS:
            assert f"\n  {name} " in section


# -- convert ----------------------------------------------------------------------------------


@pytest.mark.parametrize("source", BUILTIN_FORMATS)
@pytest.mark.parametrize("target", BUILTIN_FORMATS)
def test_convert_between_builtin_formats(
    run: Run, example: Path, tmp_path: Path, source: str, target: str
) -> None:
    original = parse(example)
    first = tmp_path / f"first{SUFFIX[source]}"
    second = tmp_path / f"second{SUFFIX[target]}"
    assert run("convert", example, first) == (0, "", "")
    assert run("convert", first, second) == (0, "", "")
    assert parse(second) == original


def test_convert_with_explicit_formats_ignores_suffixes(
    run: Run, example: Path, tmp_path: Path
) -> None:
    odd = tmp_path / "records.txt"
    assert run("convert", example, odd, "--to", "jsonl")[0] == 0
    assert run("convert", odd, tmp_path / "back.dat", "--from", "jsonl", "--to", "json")[0] == 0
    assert parse(tmp_path / "back.dat", "json") == parse(example)


def test_convert_to_stdout_and_from_stdin(
    run: Run, example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run("convert", example, "-", "--to", "jsonl")
    assert code == 0
    assert len(out.splitlines()) > 1
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(out.encode("utf-8"))))
    code, again, _ = run("convert", "-", "-", "--from", "jsonl", "--to", "jsonl")
    assert code == 0
    assert again == out


def test_convert_to_stdout_needs_a_format(run: Run, example: Path) -> None:
    code, out, err = run("convert", example, "-")
    assert (code, out) == (2, "")
    assert err.strip() == "exchangekit: error: writing to standard output ('-') needs --to FORMAT"


def test_missing_input_file_names_it(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    code, _, err = run("convert", missing, tmp_path / "out.json")
    assert code == 2
    assert err.strip() == f"exchangekit: error: {missing}: No such file or directory"


def test_unknown_format_lists_what_is_installed(run: Run, example: Path, tmp_path: Path) -> None:
    code, _, err = run("convert", example, tmp_path / "out.xml")
    assert code == 2
    assert err.startswith("exchangekit: error: ")
    assert len(err.strip().splitlines()) == 1
    assert "'.xml'" in err
    assert "jsonl" in err
    code, _, err = run("convert", example, tmp_path / "out.json", "--from", "yaml")
    assert code == 2
    assert "'yaml'" in err


def test_parse_error_names_file_and_line_in_one_line(
    run: Run, example: Path, tmp_path: Path
) -> None:
    lines = tmp_path / "records.jsonl"
    assert run("convert", example, lines)[0] == 0
    text = lines.read_text(encoding="utf-8").splitlines()
    text[2] = '{"type": "exchange", "this": "is not an exchange"}'
    lines.write_text("\n".join(text) + "\n", encoding="utf-8")
    code, out, err = run("convert", lines, tmp_path / "out.json")
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1
    assert err.startswith(f"exchangekit: error: {lines}, line 3")
    assert not (tmp_path / "out.json").exists()


def test_errors_collect_keeps_good_records_reports_bad_ones_and_exits_2(
    run: Run, example: Path, tmp_path: Path
) -> None:
    lines = tmp_path / "records.jsonl"
    assert run("convert", example, lines)[0] == 0
    text = lines.read_text(encoding="utf-8").splitlines()
    good = len(text) - 2  # header line and one broken record
    text[2] = "{not json"
    lines.write_text("\n".join(text) + "\n", encoding="utf-8")
    out_path = tmp_path / "out.json"
    code, _, err = run("convert", lines, out_path, "--errors", "collect")
    assert code == 2
    assert err.startswith(f"exchangekit: error: {lines}, line 3")
    assert len(parse(out_path)) == good


def test_invalid_record_is_an_input_error(run: Run, tmp_path: Path) -> None:
    document = json.loads(
        importlib.resources.files("exchangekit")
        .joinpath("data/running-example.json")
        .read_text(encoding="utf-8")
    )
    document["exchanges"][0]["transfers"][0]["receiver"] = "RUS"  # sender is RUS too
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = run("report", bad)
    assert code == 2
    assert err.startswith(f"exchangekit: error: {bad}")
    assert "receiver" in err


def test_export_option_that_the_exporter_lacks_is_a_usage_error(
    run: Run, example: Path, tmp_path: Path
) -> None:
    code, _, err = run("convert", example, tmp_path / "out.csv", "-E", "dialect=excel")
    assert code == 2
    assert "dialect" in err


# -- parser options ---------------------------------------------------------------------------


class _RecordingParser(Parser):
    """Reads nothing and remembers the options it was given."""

    name = "recording"
    description = "A test parser that records its options"
    suffixes = (".rec",)
    seen: ClassVar[list[dict[str, Any]]] = []

    def parse(self, stream: TextIO, *, source: str, **options: Any) -> Iterator[Item]:
        self.seen.append(options)
        stream.read()
        yield from ()


class _RecordingPlugin:
    @hookimpl
    def exchangekit_parsers(self) -> list[type[Parser]]:
        return [_RecordingParser]


@pytest.fixture
def recording_parser() -> Iterator[list[dict[str, Any]]]:
    plugin = _RecordingPlugin()
    plugin_manager.pm.register(plugin, name="recording-example")
    _RecordingParser.seen.clear()
    try:
        yield _RecordingParser.seen
    finally:
        plugin_manager.pm.unregister(plugin)


def test_parser_options_are_forwarded(
    run: Run, tmp_path: Path, recording_parser: list[dict[str, Any]]
) -> None:
    article = tmp_path / "article.rec"
    article.write_text("Some text.", encoding="utf-8")
    code, out, err = run(
        "report",
        article,
        "--published",
        "2025-10-23",
        "--publisher",
        "A wire service",
        "--url",
        "https://example.org/a",
        "-O",
        "strict=true",
        "-O",
        "max-sentences=20",
        "-O",
        "label=plain words",
        "-O",
        'code="007"',
    )
    assert code == 0, err
    assert "Exchanges (0)" in out
    assert recording_parser == [
        {
            "published": date(2025, 10, 23),
            "publisher": "A wire service",
            "url": "https://example.org/a",
            "strict": True,
            "max_sentences": 20,
            "label": "plain words",
            "code": "007",
        }
    ]


def test_one_option_given_two_ways_is_a_usage_error(
    run: Run, tmp_path: Path, recording_parser: list[dict[str, Any]]
) -> None:
    article = tmp_path / "article.rec"
    article.write_text("", encoding="utf-8")
    code, _, err = run("report", article, "--publisher", "A", "-O", "publisher=B")
    assert code == 2
    assert "publisher" in err
    assert recording_parser == []


def test_option_the_parser_lacks_is_an_input_error(run: Run, example: Path) -> None:
    code, _, err = run("report", example, "--published", "2025-10-23")
    assert code == 2
    assert err.startswith("exchangekit: error: ")
    assert "published" in err


def test_parser_options_without_input_are_a_usage_error(run: Run) -> None:
    code, out, err = run("report", "--published", "2025-10-23")
    assert (code, out) == (2, "")
    assert "none was given" in err


# -- totals -----------------------------------------------------------------------------------


def test_totals_text_has_one_table_per_receiver_and_category(run: Run, example: Path) -> None:
    code, out, _ = run("totals", example)
    assert code == 0
    to_ukraine, to_russia = out.split("\n\n")
    assert "receiver UKR" in to_ukraine
    assert "2025-07" in to_ukraine
    assert "around 4,000 [3,700, 4,300]" in to_ukraine
    assert "receiver RUS" in to_russia
    assert "31" in to_russia


def test_totals_with_filters_is_one_table(run: Run, example: Path) -> None:
    code, out, _ = run("totals", example, "--receiver", "Moscow", "--category", "remains")
    assert code == 0
    assert out.count("total ") == 1
    assert "31" in out
    assert "1,000" not in out


def test_totals_of_one_receiver_never_add_bodies_to_prisoners(run: Run, tmp_path: Path) -> None:
    """Regression: a 185-for-185 swap and 1,000 bodies in October once printed 1,185."""
    swap = Exchange(
        kind=ExchangeKind.PRISONER_SWAP,
        period=Period.day(date(2025, 10, 2)),
        transfers=[
            Transfer(RUS, UKR, PersonCategory.PRISONERS_OF_WAR, Count.exact(185)),
            Transfer(UKR, RUS, PersonCategory.PRISONERS_OF_WAR, Count.exact(185)),
        ],
    )
    bodies = Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=THURSDAY,
        transfers=[Transfer(RUS, UKR, PersonCategory.REMAINS, Count.exact(1000))],
    )
    path = tmp_path / "october.json"
    export(Dataset(exchanges=[swap, bodies]), path, format="json")
    for fmt in ("text", "json", "csv"):
        code, out, _ = run("totals", path, "--receiver", "UKR", "--format", fmt)
        assert code == 0
        assert not re.search(r"\b1,?185\b", out), out
    code, out, _ = run("totals", path, "--receiver", "UKR")
    prisoners, remains = out.split("\n\n")
    assert "category prisoners_of_war" in prisoners
    assert "total    185" in prisoners
    assert "category remains" in remains
    assert "total    1,000" in remains


def test_totals_by_quarter_json(run: Run, example: Path) -> None:
    code, out, _ = run("totals", example, "--by", "quarter", "--format", "json")
    assert code == 0
    tables = json.loads(out)["tables"]
    assert [(t["receiver"], t["category"], t["by"]) for t in tables] == [
        ("UKR", "remains", "quarter"),
        ("RUS", "remains", "quarter"),
    ]
    to_ukraine = tables[0]
    assert [b["period"] for b in to_ukraine["buckets"]] == ["2025-Q3", "2025-Q4"]
    assert to_ukraine["buckets"][1]["count"] == {
        "low": 1000,
        "high": 1000,
        "best": 1000,
        "qualifier": "exact",
        "text": "1,000",
    }
    assert to_ukraine["total"]["low"] <= 4000 <= to_ukraine["total"]["high"]


def test_totals_csv(run: Run, example: Path) -> None:
    code, out, _ = run("totals", example, "--receiver", "UKR", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["period"] for r in rows] == ["2025-07", "2025-08", "2025-09", "2025-10", "total"]
    assert rows[-1]["start"] == "2025-07-01"
    assert rows[-1]["end"] == "2025-10-31"
    assert all(r["receiver"] == "UKR" for r in rows)
    assert rows[0]["high"] == "1100"


def test_totals_cumulative_grows(run: Run, example: Path) -> None:
    code, out, _ = run("totals", example, "--receiver", "UKR", "--cumulative", "--format", "json")
    assert code == 0
    (table,) = json.loads(out)["tables"]
    assert table["cumulative"] is True
    lows = [b["count"]["low"] for b in table["buckets"]]
    assert lows == sorted(lows)
    assert lows[-1] == table["total"]["low"]


def test_totals_unknown_party_is_an_input_error(run: Run, example: Path) -> None:
    code, _, err = run("totals", example, "--sender", "narnia")
    assert code == 2
    assert err.startswith("exchangekit: error: ")
    assert "narnia" in err


def test_totals_merges_duplicate_reports_before_adding(run: Run, tmp_path: Path) -> None:
    kyiv = _write(_kyiv_report(), tmp_path / "kyiv.json")
    moscow = _write(_moscow_report(), tmp_path / "moscow.jsonl")
    code, out, err = run("totals", kyiv, moscow, "--receiver", "UKR", "--format", "json")
    assert code == 0
    (table,) = json.loads(out)["tables"]
    assert table["total"]["text"] == "1,000"
    assert "merged-duplicates" in err


# -- compare ----------------------------------------------------------------------------------


def test_compare_text_is_the_library_comparison(run: Run, example: Path) -> None:
    code, out, _ = run("compare", example, "--width", "10000")
    assert code == 0
    comparison = compare(parse(example).claims)
    assert out == str(comparison) + "\n"
    wrapped = run("compare", example)[1]
    assert max(len(line) for line in wrapped.splitlines()) <= 80
    assert " ".join(wrapped.split()) == " ".join(out.split())
    titles = [group.splitlines()[0] for group in out.split("\n\n")]
    assert titles == [group.title for group in comparison.groups]
    assert len(titles) == 4
    assert "more than 135,000 (documented minimum" in out


def test_compare_json_and_csv_agree(run: Run, example: Path) -> None:
    code, out, _ = run("compare", example, "--format", "json")
    assert code == 0
    groups = json.loads(out)["groups"]
    code, out, _ = run("compare", example, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert sorted(r["claim_id"] for r in rows) == sorted(
        c["id"] for g in groups for c in g["claims"]
    )
    russian = next(g for g in groups if (g["subject"], g["category"]) == ("RUS", "killed"))
    (claim,) = russian["claims"]
    assert claim["count"]["low"] == 135_001
    assert claim["count"]["high"] is None
    assert claim["method"] == "documented_minimum"


def _camps_dataset() -> Dataset:
    """Four figures for Russia's dead in three camps: no consensus, and nobody is an outlier."""
    russia, ukraine = Party.lookup("RUS"), Party.lookup("UKR")
    war = Period.between(date(2022, 2, 24), date(2025, 10, 1))

    def said(figure: str, source: Source, method: ClaimMethod) -> CasualtyClaim:
        return CasualtyClaim(
            subject=russia,
            category=CasualtyCategory.KILLED,
            count=Count.parse(figure),
            covers=war,
            as_of=Period.month(2025, 10),
            claimant=source,
            method=method,
        )

    return Dataset(
        claims=[
            said(
                "around 250,000",
                Source("US intelligence", SourceKind.GOVERNMENT, Party.lookup("USA")),
                ClaimMethod.INTELLIGENCE_ESTIMATE,
            ),
            said(
                "between 60,000 and 80,000",
                Source("Demographers", SourceKind.RESEARCH),
                ClaimMethod.STATISTICAL_ESTIMATE,
            ),
            said(
                "more than 135,000",
                Source("BBC Russian and Mediazona", SourceKind.MEDIA),
                ClaimMethod.DOCUMENTED_MINIMUM,
            ),
            said(
                "1,130,000",
                Source("General Staff", SourceKind.MILITARY, ukraine),
                ClaimMethod.OFFICIAL_STATEMENT,
            ),
        ]
    )


def test_compare_without_a_consensus_prints_camps_and_no_envelope(run: Run, tmp_path: Path) -> None:
    path = _write(_camps_dataset(), tmp_path / "camps.json")
    code, out, _ = run("compare", path, "--belligerents", "RUS, Kyiv")
    assert code == 0
    assert "no consensus as of 2025-10" in out
    assert "    camp 1: 60,000–80,000 (Demographers)" in out
    assert "General Staff (UKR), adversary's claim: 1,130,000" in out
    assert "225,000–1,130,000" not in out
    assert "outlier" not in out.replace("no claim is called an outlier", "")

    code, out, _ = run("compare", path, "--format", "json", "--belligerents", "RUS,UKR")
    document = json.loads(out)
    assert document["belligerents"] == ["RUS", "UKR"]
    (group,) = document["groups"]
    assert group["envelope"] is None
    assert group["consensus"] == group["outliers"] == []
    assert [camp["envelope"]["text"] for camp in group["camps"]] == [
        "60,000–80,000",
        "around 250,000 [225,000, 275,000]",
        "1,130,000",
    ]
    assert [len(camp["claims"]) for camp in group["camps"]] == [1, 2, 2]
    assert group["extent"]["low"] == 60_000
    assert [c["standpoint"] for c in group["claims"]] == [
        "independent",
        "independent",
        "independent",
        "adversary",
    ]

    code, out, _ = run("compare", path, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["envelope_text"] for r in rows} == {""}
    assert {r["outlier"] for r in rows} == {"false"}
    assert [r["camps"] for r in rows] == ["2", "1", "2; 3", "3"]
    assert [r["standpoint"] for r in rows] == ["independent"] * 4  # only RUS's losses counted


def test_compare_rejects_unknown_belligerents(run: Run, example: Path) -> None:
    code, _, err = run("compare", example, "--belligerents", "RUS,Kyev")
    assert code == 2
    assert "belligerents: no registered party is called 'Kyev'" in err
    code, _, err = run("compare", example, "--belligerents", " , ")
    assert code == 2
    assert "names no party" in err


def test_compare_with_no_claims(run: Run, tmp_path: Path) -> None:
    path = _write(_kyiv_report(), tmp_path / "kyiv.json")
    code, out, _ = run("compare", path)
    assert code == 0
    assert "no claims" in out


# -- merge ------------------------------------------------------------------------------------


def test_merge_writes_one_exchange_per_event_and_prints_findings(run: Run, tmp_path: Path) -> None:
    kyiv = _write(_kyiv_report(), tmp_path / "kyiv.json")
    moscow = _write(_moscow_report(), tmp_path / "moscow.csv")
    merged_path = tmp_path / "merged.jsonl"
    code, out, _ = run("merge", kyiv, moscow, "-o", merged_path)
    assert code == 0
    merged = parse(merged_path)
    (exchange,) = merged.exchanges
    assert {s.name for s in exchange.sources} == {"Kyiv statement", "Moscow statement"}
    assert "merged-duplicates" in out
    assert out.strip().splitlines()[-1] == (
        f"merged 2 inputs: 2 exchange reports into 1 exchanges, 0 claims -> {merged_path}"
    )


def _tally(count: int = 9_000) -> ExchangeTally:
    return ExchangeTally(
        receiver=UKR,
        sender=RUS,
        category=PersonCategory.REMAINS,
        count=Count.approx(count),
        covers=Period.between(date(2022, 2, 24), date(2025, 10, 23)),
        as_of=THURSDAY,
        claimant=Source("Coordination Headquarters", SourceKind.GOVERNMENT, party=UKR),
        exchange_count=Count.exact(58),
    )


def test_merge_keeps_the_stated_tallies_and_counts_them(run: Run, tmp_path: Path) -> None:
    with_tally = attrs.evolve(_kyiv_report(), tallies=[_tally()])
    kyiv = _write(with_tally, tmp_path / "kyiv.json")
    moscow = _write(_moscow_report(), tmp_path / "moscow.csv")
    merged_path = tmp_path / "merged.jsonl"
    code, out, _ = run("merge", kyiv, moscow, "-o", merged_path)
    assert code == 0
    assert parse(merged_path).tallies == (_tally(),)
    assert out.strip().splitlines()[-1] == (
        f"merged 2 inputs: 2 exchange reports into 1 exchanges, 0 claims, 1 tally -> {merged_path}"
    )


@pytest.mark.parametrize("target", BUILTIN_FORMATS)
def test_convert_carries_tallies_to_every_format(run: Run, tmp_path: Path, target: str) -> None:
    dataset = Dataset(tallies=[_tally(), _tally(4_000)], provenance=["desk"])
    start = _write(dataset, tmp_path / "start.json")
    code, _, _ = run("convert", start, tmp_path / f"there{SUFFIX[target]}")
    assert code == 0
    assert parse(tmp_path / f"there{SUFFIX[target]}") == dataset


def test_merge_reports_counts_that_cannot_both_be_true(run: Run, tmp_path: Path) -> None:
    kyiv = _write(_kyiv_report(to_ukraine=1000), tmp_path / "kyiv.json")
    moscow = _write(_moscow_report(to_ukraine=909), tmp_path / "moscow.json")
    code, out, _ = run("merge", kyiv, moscow, "-o", tmp_path / "merged.json")
    assert code == 0
    assert "error: conflicting-counts" in out


def test_merge_to_stdout_keeps_findings_on_stderr(run: Run, tmp_path: Path) -> None:
    kyiv = _write(_kyiv_report(), tmp_path / "kyiv.json")
    moscow = _write(_moscow_report(), tmp_path / "moscow.json")
    code, out, err = run("merge", kyiv, moscow, "-o", "-", "--to", "json")
    assert code == 0
    assert len(json.loads(out)["exchanges"]) == 1
    assert "merged-duplicates" in err


def test_merge_refuses_one_id_for_two_different_records(run: Run, tmp_path: Path) -> None:
    claim = CasualtyClaim(
        id="claim-1",
        subject=UKR,
        category=CasualtyCategory.KILLED,
        count=Count.more_than(46_000),
        covers=Period.between(date(2022, 2, 24), date(2025, 2, 28)),
        as_of=Period.month(2025, 2),
        claimant=Source("Kyiv", kind=SourceKind.GOVERNMENT, party=UKR),
    )
    first = _write(Dataset(claims=[claim]), tmp_path / "first.json")
    changed = Dataset(claims=[CasualtyClaim(**{**_fields(claim), "count": Count.exact(46_000)})])
    second = _write(changed, tmp_path / "second.json")
    code, _, err = run("merge", first, second, "-o", tmp_path / "merged.json")
    assert code == 2
    assert "claim-1" in err
    assert str(first) in err
    assert not (tmp_path / "merged.json").exists()


def _fields(claim: CasualtyClaim) -> dict[str, Any]:
    import attrs

    return attrs.asdict(claim, recurse=False)


def test_stdin_can_be_read_only_once(run: Run) -> None:
    code, _, err = run("merge", "-", "-", "-o", "-", "--to", "json")
    assert code == 2
    assert "only once" in err


# -- report -----------------------------------------------------------------------------------


def test_report_without_input_reports_the_bundled_example(run: Run) -> None:
    code, out, err = run("report")
    assert (code, err) == (0, "")
    assert "example data bundled with exchangekit" in out
    assert "2025-10-23" in out
    assert "RUS → UKR remains: 1,000 (according to Russian authorities)" in out
    assert "UKR → RUS remains: 31" in out
    assert "via ICRC" in out
    assert "more than 135,000" in out
    assert "over 46,000" in out or "more than 46,000" in out


def test_report_of_a_file_equals_the_bundled_report_but_for_its_name(
    run: Run, example: Path
) -> None:
    bundled = run("report", "--width", "1000")[1]
    from_file = run("report", example, "--width", "1000")[1]
    assert from_file.replace(str(example), "BUNDLED") == bundled.replace(
        "example data bundled with exchangekit (running-example.json)", "BUNDLED"
    )


# -- progress ---------------------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_for_long_input(
    run: Run, example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(progress_module, "LONG_INPUT_BYTES", 0)
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.delenv("TERM", raising=False)
    code, _, _ = run("convert", example, tmp_path / "copy.jsonl")
    assert code == 0
    drawn = terminal.getvalue()
    assert re.search(rf"reading {example.name} \[[#.]{{24}}\] +\d+%  \d+ kB of \d+ kB", drawn)
    assert drawn.endswith("\r")  # the line is erased again
    assert parse(tmp_path / "copy.jsonl") == parse(example)


def test_no_progress_bar_when_stderr_is_not_a_terminal(
    run: Run, example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress_module, "LONG_INPUT_BYTES", 0)
    code, _, err = run("convert", example, tmp_path / "copy.jsonl")
    assert (code, err) == (0, "")


# -- as a program -----------------------------------------------------------------------------


def test_python_dash_m_exchangekit_report() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "exchangekit", "report"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "exchangekit report" in done.stdout
    assert "RUS → UKR" in done.stdout


def test_installed_exchangekit_script() -> None:
    scripts = Path(sysconfig.get_path("scripts"))
    script = next(p for p in (scripts / "exchangekit", scripts / "exchangekit.exe") if p.exists())
    done = subprocess.run(
        [str(script), "report", "--format", "json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["exchanges"]) == 4
    done = subprocess.run(
        [str(script), "report", "no-such-file.json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "exchangekit: error: no-such-file.json: No such file or directory"
    )


def test_output_survives_a_terminal_that_cannot_encode_arrows() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "exchangekit", "report", "--format", "json"],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout.decode("ascii"))  # escapes, still valid JSON
    envelopes = [g["envelope"]["text"] for g in document["comparison"]["groups"]]
    expected = [str(g.envelope) for g in compare(bundled_example().claims).groups]
    assert envelopes == expected
    assert any(not text.isascii() for text in expected)


# -- properties -------------------------------------------------------------------------------


def _datasets() -> st.SearchStrategy[Dataset]:
    from exchangekit import strategies

    return strategies.datasets()


# Each example writes and renames real files (with fsync); the formats' own round-trip
# properties run many more examples in memory.
@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.data(),
    source=st.sampled_from(BUILTIN_FORMATS),
    target=st.sampled_from(BUILTIN_FORMATS),
)
def test_convert_there_and_back_is_lossless(data: st.DataObject, source: str, target: str) -> None:
    dataset = data.draw(_datasets())
    with tempfile.TemporaryDirectory() as tmp:
        start = Path(tmp) / f"start{SUFFIX[source]}"
        there = Path(tmp) / f"there{SUFFIX[target]}"
        back = Path(tmp) / f"back{SUFFIX[source]}"
        export(dataset, start)
        assert main(["convert", str(start), str(there)]) == 0
        assert main(["convert", str(there), str(back)]) == 0
        assert parse(back) == dataset


# -- the reference page ---------------------------------------------------------------------------

DOCS = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def _console_examples() -> list[tuple[str, list[str]]]:
    """Every ``$ exchangekit ...`` line of the page's console blocks, with the lines after it."""
    examples: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S):
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, *expected = chunk.splitlines()
            examples.append((command, expected))
    return examples


def _fits(expected: list[str], actual: list[str]) -> bool:
    """Whether ``actual`` fits ``expected``: a line ``...`` stands for any lines, and
    ``...`` inside a line for any text."""
    if not expected:
        return not actual
    head, rest = expected[0], expected[1:]
    if head == "...":
        return any(_fits(rest, actual[i:]) for i in range(len(actual) + 1))
    pattern = ".*".join(re.escape(part) for part in head.split("..."))
    return bool(actual) and re.fullmatch(pattern, actual[0]) is not None and _fits(rest, actual[1:])


def test_fits_understands_ellipses() -> None:
    assert _fits(["a", "...", "d"], ["a", "b", "c", "d"])
    assert _fits(["a", "...", "b"], ["a", "b"])
    assert _fits(["x ... z"], ["x y z"])
    assert not _fits(["a", "...", "d"], ["a", "b"])
    assert not _fits(["a"], ["a", "b"])


def test_every_console_example_in_the_reference_prints_what_it_shows(
    run: Run, example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    examples = _console_examples()
    assert len(examples) >= 10
    monkeypatch.chdir(example.parent)
    example.rename(example.parent / "running-example.json")
    monkeypatch.setenv("EXCHANGEKIT_PLUGINS", ",".join(BUILTIN_FORMATS))
    plugin_manager.reset()
    try:
        for command, expected in examples:
            program, *argv = command.split()
            assert program == "exchangekit", command
            code, out, err = run(*argv)
            actual = (out + err).splitlines()
            assert _fits(expected, actual), f"$ {command}\n" + "\n".join(actual)
            assert (code == 0) == (not err.startswith("exchangekit: error")), command
    finally:
        monkeypatch.delenv("EXCHANGEKIT_PLUGINS")
        plugin_manager.reset()
