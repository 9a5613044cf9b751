"""The command line reads well: wrapped text, sources and quotes, ordered findings, --fail-on."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import (
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    Finding,
    Party,
    Period,
    PersonCategory,
    Quote,
    Severity,
    Source,
    SourceKind,
    Transfer,
    strategies,
)
from exchangekit.api import export
from exchangekit.cli import main
from exchangekit.cli.analysis import build_report, reaching
from exchangekit.cli.arguments import EXIT_FINDINGS, build_parser, command_line_words, text_width
from exchangekit.cli.loading import bundled_example
from exchangekit.cli.report import explain_findings, render_report, wrap
from exchangekit.findings import by_severity
from exchangekit.models import record_sources
from exchangekit.reconcile import FINDING_CODES

UKR, RUS = Party.lookup("UKR"), Party.lookup("RUS")


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _widest(text: str) -> int:
    return max((len(line) for line in text.splitlines()), default=0)


# -- wrapping --------------------------------------------------------------------------------------


def test_report_on_the_bundled_example_fits_80_columns_when_piped() -> None:
    env = {k: v for k, v in os.environ.items() if k != "EXCHANGEKIT_PLUGINS"}
    env["COLUMNS"] = "300"  # a pipe is 80 wide whatever the environment says
    done = subprocess.run(
        [sys.executable, "-m", "exchangekit", "report"],
        capture_output=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode("utf-8")
    assert _widest(text) <= 80
    assert "“Kyiv's prisoner-of-war headquarters said" in text
    assert "- Coordination Headquarters for the Treatment of Prisoners of" in text
    assert "source: News report of 23 October 2025" in text


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_report_keeps_within_any_width_and_loses_no_word(
    capsys: pytest.CaptureFixture[str], width: int
) -> None:
    code, out, _ = _run(capsys, "report", "--width", str(width))
    assert code == 0
    assert _widest(out) <= width
    _, unwrapped, _ = _run(capsys, "report", "--width", "100000")
    assert _widest(unwrapped) > 120  # the old report's long lines are there to wrap

    def words(text: str) -> list[str]:  # headings' underlines are as wide as the heading
        return [w for w in text.split() if w.strip("-=")]

    assert words(out) == words(unwrapped)


@given(strategies.datasets())
def test_any_report_fits_80_columns_and_keeps_every_character(dataset: Dataset) -> None:
    data = build_report(dataset, by="month", inputs=["x"])
    text = render_report(data, width=80)
    assert _widest(text) <= 80
    assert "".join(text.split()) == "".join(render_report(data).split())


@given(
    st.lists(st.text(alphabet=st.sampled_from("ab c-"), max_size=200), max_size=5),
    st.integers(min_value=10, max_value=100),
)
def test_wrap_keeps_every_line_within_width_and_its_indent(lines: list[str], width: int) -> None:
    indented = ["  " + line for line in lines]
    out = wrap(indented, width)
    assert all(len(line) <= width for line in out)
    assert all(line.startswith("  ") for line in out if line.strip())
    assert "".join("".join(out).split()) == "".join("".join(indented).split())


def test_width_is_80_unless_a_terminal_or_asked() -> None:
    class Pipe:
        def isatty(self) -> bool:
            return False

    args = build_parser().parse_args(["report"])
    assert text_width(args, Pipe()) == 80
    args = build_parser().parse_args(["report", "--width", "100"])
    assert text_width(args, Pipe()) == 100


def test_width_too_narrow_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "report", "--width", "10")
    assert code == 2
    assert "--width" in err
    assert "at least 40" in err


# -- what an exchange shows ---------------------------------------------------------------------


def _sourced_exchange() -> Exchange:
    wire = Source("Wire", kind=SourceKind.MEDIA, url="https://example.org/story")
    return Exchange(
        id="ex-1",
        kind=ExchangeKind.PRISONER_SWAP,
        period=Period.day(date(2025, 5, 1)),
        transfers=[Transfer(UKR, RUS, PersonCategory.PRISONERS_OF_WAR, Count.exact(10))],
        sources=[wire, Source("wire"), Source("Ministry", party=UKR), wire],
        quotes=[Quote("word " * 100)],
        notes=["Both sides confirmed it."],
    )


def test_each_source_is_listed_once_with_its_url() -> None:
    exchange = _sourced_exchange()
    assert [s.name for s in record_sources(exchange)] == ["Wire", "Ministry"]
    text = render_report(
        build_report(Dataset(exchanges=[exchange]), by="month", inputs=["x"]), width=80
    )
    assert text.count("Wire") == 1
    assert "- Wire <https://example.org/story>" in text
    assert "note: Both sides confirmed it." in text


def test_a_long_quote_is_cut_at_a_word() -> None:
    exchange = _sourced_exchange()
    text = render_report(build_report(Dataset(exchanges=[exchange]), by="month", inputs=["x"]))
    (line,) = [line for line in text.splitlines() if "“" in line]
    assert line.endswith("word…”")
    assert " wor…" not in line
    assert len(line.strip()) < 260


# -- findings: order, explanation, --fail-on -----------------------------------------------------


_SEVERITY = st.sampled_from(list(Severity))


@given(st.lists(st.tuples(_SEVERITY, st.lists(st.sampled_from("abcd"), max_size=3))))
def test_findings_come_most_severe_first_then_by_record(
    raw: list[tuple[Severity, list[str]]],
) -> None:
    findings = [Finding(sev, "code", "m", ids) for sev, ids in raw]
    ordered = by_severity(findings, records=["d", "c", "b", "a"])
    assert sorted(ordered, key=id) == sorted(findings, key=id)
    ranks = [f.severity.rank for f in ordered]
    assert ranks == sorted(ranks, reverse=True)
    place = {"d": 0, "c": 1, "b": 2, "a": 3}
    for first, second in itertools.pairwise(ordered):
        if first.severity is second.severity and first.record_ids and second.record_ids:
            assert place[first.record_ids[0]] <= place[second.record_ids[0]]


def test_reaching_picks_findings_at_or_above_a_severity() -> None:
    info, warning, error = (Finding(s, "x", "m") for s in Severity)
    everything = [info, warning, error]
    assert reaching(everything, None) == ()
    assert reaching(everything, Severity.WARNING) == (warning, error)
    assert reaching(everything, Severity.ERROR) == (error,)


def _contradicting_claims(tmp_path: Path) -> Path:
    """Two running totals that cannot both be true: an error finding, plus less severe ones."""
    from exchangekit import CasualtyCategory, CasualtyClaim

    def claim(i: int, count: Count, who: str) -> CasualtyClaim:
        return CasualtyClaim(
            id=f"c{i}",
            subject=UKR,
            category=CasualtyCategory.KILLED,
            count=count,
            covers=Period.between(date(2022, 2, 24), date(2025, 2, 28)),
            as_of=Period.month(2025, 2),
            claimant=Source(who),
        )

    dataset = Dataset(
        claims=[
            claim(1, Count.exact(100), "A"),
            claim(2, Count.exact(5000), "B"),
            claim(3, Count.approx(5000), "C"),
        ]
    )
    path = tmp_path / "claims.json"
    export(dataset, path)
    return path


def test_fail_on_exits_3_at_or_above_the_severity(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _contradicting_claims(tmp_path)
    for command in ("report", "compare"):
        assert _run(capsys, command, path)[0] == 0
        code, out, _ = _run(capsys, command, path, "--fail-on", "error")
        assert code == EXIT_FINDINGS == 3
        assert "error:" in out  # printed in full before failing
        assert _run(capsys, command, path, "--fail-on", "warning")[0] == 3
    # The bundled example has one warning and no errors.
    assert _run(capsys, "report", "--fail-on", "error")[0] == 0
    assert _run(capsys, "report", "--fail-on", "warning")[0] == 3


def test_fail_on_is_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "report", "--help")
    assert code == 0
    assert "--fail-on" in out
    assert "3 findings" in " ".join(out.split())


def test_report_findings_are_ordered_in_text_and_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _contradicting_claims(tmp_path)
    _, out, _ = _run(capsys, "compare", path, "--format", "json")
    (group,) = json.loads(out)["groups"]
    ranks = [Severity(f["severity"]).rank for f in group["findings"]]
    assert len(ranks) > 1
    assert ranks == sorted(ranks, reverse=True)
    _, text, _ = _run(capsys, "compare", path, "--width", "1000")
    said = [line.split(":")[0].strip() for line in text.splitlines()]
    said = [s for s in said if s in ("error", "warning", "info")]
    assert said == sorted(said, key=lambda s: -Severity(s).rank)


def test_report_explains_each_finding_code_that_occurs(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "report", "--width", "1000")
    explained = out.split("What the findings mean\n----------------------\n")[1]
    meaning = FINDING_CODES["joint-below-member-floors"].meaning
    assert f"warning joint-below-member-floors (1): {meaning[0].upper()}{meaning[1:]}." in explained


def test_explanations_most_severe_first_and_unknown_codes_listed() -> None:
    findings = [
        Finding(Severity.INFO, "merged-duplicates", "m"),
        Finding(Severity.ERROR, "from-a-plugin", "m"),
        Finding(Severity.INFO, "merged-duplicates", "m"),
    ]
    assert explain_findings(findings, indent="") == [
        "error from-a-plugin (1): No description is registered.",
        "info merged-duplicates (2): Several reports of one exchange were merged into one.",
    ]


# -- command-line words --------------------------------------------------------------------------


def test_parser_advice_names_the_command_line_flags() -> None:
    advice = (
        "pass published= (a date such as '2025-10-23') or unresolved='skip' to leave it out; "
        "date_order='DMY' is not an option here"
    )
    assert command_line_words(advice, ["unresolved"]) == (
        "pass --published DATE (a date such as '2025-10-23') or -O unresolved=skip to leave it "
        "out; date_order='DMY' is not an option here"
    )
    assert command_line_words("url='https://x' and markup=", ["markup"]) == (
        "--url https://x and -O markup=VALUE"
    )


def test_a_bundled_example_repr_is_short() -> None:
    dataset = bundled_example()
    assert repr(dataset) == "Dataset(4 exchanges, 4 claims, 1 tally, 1 provenance entry)"
    assert all(len(repr(e)) < 400 for e in dataset.exchanges)
