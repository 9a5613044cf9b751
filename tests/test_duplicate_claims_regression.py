"""Regression: one Mediazona figure in two files, its byline spelt two ways, is one claim.

Before source identity and claim merging, ``merge`` kept the figure twice and
the report said the source agreed with itself ("BBC News Russian and
Mediazona and BBC Russian and Mediazona agree"). These tests use only names
that existed before the fix, so they fail on the old code.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
    Count,
    Dataset,
    Party,
    Period,
    Source,
    SourceKind,
)
from exchangekit.api import export, parse
from exchangekit.cli import main
from exchangekit.reconcile import compare, merge_duplicates

Run = Callable[..., tuple[int, str, str]]

NEWS = Source("BBC News Russian and Mediazona", SourceKind.MEDIA)
SHORT = Source("BBC Russian and Mediazona", SourceKind.MEDIA)


def open_count(claimant: Source) -> CasualtyClaim:
    """Mediazona's count of Russian dead confirmed by name: "more than 135,000", a floor."""
    return CasualtyClaim(
        subject=Party.lookup("RUS"),
        category=CasualtyCategory.KILLED,
        count=Count.parse("more than 135,000"),
        covers=Period.between(date(2022, 2, 24), date(2025, 10, 23)),
        as_of=Period.day(date(2025, 10, 23)),
        claimant=claimant,
        method=ClaimMethod.DOCUMENTED_MINIMUM,
        caveats=["Counts only deaths confirmed from open sources."],
    )


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """Run the command line in-process; return its exit status, stdout and stderr."""

    def invoke(*argv: str | Path) -> tuple[int, str, str]:
        code = main([str(arg) for arg in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture
def two_files(tmp_path: Path) -> tuple[Path, Path]:
    """The figure once in a JSON file under each spelling of its byline."""
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    export(Dataset(claims=[open_count(NEWS)]), first)
    export(Dataset(claims=[open_count(SHORT)]), second)
    return first, second


def test_the_api_merges_the_two_records_into_one_claim() -> None:
    result = merge_duplicates(
        Dataset(claims=[open_count(NEWS)]) + Dataset(claims=[open_count(SHORT)])
    )
    assert len(result.claims) == 1


def test_two_spellings_of_one_byline_never_agree_with_each_other() -> None:
    comparison = compare([open_count(NEWS), open_count(SHORT)])
    assert [f.code for f in comparison.findings if f.code == "claims-agree"] == []


def test_cli_merge_writes_the_claim_once(run: Run, two_files: tuple[Path, Path]) -> None:
    merged = two_files[0].parent / "merged.json"
    code, out, _ = run("merge", *two_files, "-o", merged)
    assert code == 0
    (claim,) = parse(merged).claims
    assert claim.claimant.name in {NEWS.name, SHORT.name}
    assert "merged-duplicate-claims" in out


def test_cli_report_lists_the_claim_once_and_finds_no_self_agreement(
    run: Run, two_files: tuple[Path, Path]
) -> None:
    code, out, _ = run("report", *two_files)
    assert code == 0
    assert "Casualty claims compared (1)" in out
    assert "agree" not in out.replace("disagree", "")
    code, out, _ = run("report", *two_files, "--format", "json")
    assert code == 0
    (group,) = json.loads(out)["comparison"]["groups"]
    assert len(group["claims"]) == 1


def test_cli_compare_lists_the_claim_once(run: Run, two_files: tuple[Path, Path]) -> None:
    code, out, err = run("compare", *two_files)
    assert code == 0
    assert " ".join(out.split()).count("more than 135,000 (documented minimum") == 1
    assert "merged-duplicate-claims" in err
