"""A dataset written as a data package reads back exactly, as a zip and as a directory."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import attrs
from exchangekit_frictionless import read_package, write_package
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import (
    CasualtyClaim,
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    Party,
    Period,
    PersonCategory,
    Population,
    Source,
    Transfer,
    export,
    parse,
    strategies,
)
from exchangekit.cli import main
from exchangekit.models import Quote

DATASETS = strategies.datasets(max_exchanges=4, max_claims=4, max_tallies=3)


@contextlib.contextmanager
def fresh_directory() -> Iterator[Path]:
    """A new temporary directory for one Hypothesis example."""
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def zipped(dataset: Dataset) -> bytes:
    out = io.BytesIO()
    export(dataset, out, "datapackage")
    return out.getvalue()


@given(DATASETS)
def test_a_zipped_package_reads_back_exactly(dataset: Dataset) -> None:
    assert parse(io.BytesIO(zipped(dataset)), "datapackage") == dataset


@given(DATASETS)
@settings(deadline=None)
def test_a_package_directory_reads_back_exactly(dataset: Dataset) -> None:
    with fresh_directory() as directory:
        descriptor = write_package(dataset, directory)
        assert read_package(directory) == dataset
        assert parse(descriptor, "datapackage") == dataset


@given(DATASETS)
def test_the_same_dataset_gives_the_same_bytes(dataset: Dataset) -> None:
    assert zipped(dataset) == zipped(Dataset(**attrs.asdict(dataset, recurse=False)))


@given(strategies.hostile_text(min_size=1).filter(lambda text: text != ""))
def test_text_that_would_trouble_a_spreadsheet_is_kept_exactly(text: str) -> None:
    # A data package is read by data tools, so nothing is neutralised: "=1+2" stays "=1+2".
    source = Source(text if text.strip() else f"x{text}", url=text)
    exchange = Exchange(
        kind=ExchangeKind.PRISONER_SWAP,
        period=Period.month(2025, 5),
        transfers=[
            Transfer(
                Party.lookup("UKR"),
                Party.lookup("RUS"),
                PersonCategory.PRISONERS_OF_WAR,
                Count.exact(390),
                attributed_to=source,
            )
        ],
        notes=[text, "", text],
        quotes=[Quote(text, document=text)],
        id=text if text.strip() else "id",
    )
    dataset = Dataset(exchanges=[exchange], provenance=[text])
    assert parse(io.BytesIO(zipped(dataset)), "datapackage") == dataset


@given(strategies.casualty_claims(), st.sampled_from(Population))
def test_a_claim_keeps_its_population_and_every_other_field(
    claim: CasualtyClaim, population: Population
) -> None:
    claim = attrs.evolve(claim, population=population)
    back = parse(io.BytesIO(zipped(Dataset(claims=[claim]))), "datapackage")
    assert back.claims == (claim,)
    assert back.claims[0].population is population


def test_an_empty_dataset_is_an_empty_package() -> None:
    assert parse(io.BytesIO(zipped(Dataset())), "datapackage") == Dataset()


def test_two_parties_sharing_a_code_stay_apart(tmp_path: Path) -> None:
    first, second = Party("AA", "First"), Party("AA", "Second", ("Other",))
    exchange = Exchange(
        kind=ExchangeKind.CIVILIAN_RETURN,
        period=Period.year(2024),
        transfers=[Transfer(first, Party("BB", "B"), PersonCategory.CIVILIANS, Count.at_least(3))],
        intermediaries=[second],
    )
    dataset = Dataset(exchanges=[exchange])
    write_package(dataset, tmp_path)
    with (tmp_path / "parties.csv").open(encoding="utf-8", newline="") as stream:
        assert [row["id"] for row in csv.DictReader(stream)] == ["AA", "BB", "AA~2"]
    assert read_package(tmp_path) == dataset


def test_the_package_layout(tmp_path: Path, example: Dataset) -> None:
    target = tmp_path / "example.zip"
    export(example, target)
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        descriptor = json.loads(archive.read("datapackage.json"))
        claims = archive.read("claims.csv").decode("utf-8").splitlines()
    assert names[0] == "datapackage.json"
    assert [r["path"] for r in descriptor["resources"]] == names[1:]
    assert descriptor["exchangekit"] == {"version": 1, "provenance": list(example.provenance)}
    assert claims[0].split(",")[:6] == ["id", "subject", "category", "low", "best", "high"]


def test_convert_writes_and_reads_a_package_by_its_suffix(tmp_path: Path, example: Dataset) -> None:
    source, package, back = tmp_path / "in.json", tmp_path / "out.zip", tmp_path / "back.json"
    export(example, source)
    assert main(["convert", str(source), str(package)]) == 0
    assert main(["convert", str(package), str(back)]) == 0
    assert parse(back) == example


def test_the_formats_listing_names_the_plugin(capsys: object) -> None:
    from exchangekit import plugins

    assert "datapackage" in plugins.parsers()
    assert "datapackage" in plugins.exporters()
    assert plugins.exporters()["datapackage"].binary is True


@given(st.data())
@settings(max_examples=10)
def test_records_streamed_from_another_format_convert_without_a_dataset(
    data: st.DataObject,
) -> None:
    dataset = data.draw(DATASETS)
    text = io.BytesIO()
    export(dataset, text, "jsonl")
    text.seek(0)
    from exchangekit.api import iter_parse

    with iter_parse(text, "jsonl") as stream:
        out = io.BytesIO()
        export(stream, out, "datapackage", provenance=dataset.provenance)
    assert parse(io.BytesIO(out.getvalue()), "datapackage") == dataset


def test_cells_hold_formula_like_text_as_it_is(tmp_path: Path) -> None:
    # Unlike the csv format, a data package does not prefix "=..." with an apostrophe.
    claimant = Source("=HYPERLINK(1)", url='+1 bad, "quoted"\nline')
    exchange = Exchange(
        kind=ExchangeKind.PRISONER_SWAP,
        period=Period.month(2025, 5),
        transfers=[
            Transfer(
                Party.lookup("UKR"),
                Party.lookup("RUS"),
                PersonCategory.CIVILIANS,
                Count.exact(2),
                attributed_to=claimant,
            )
        ],
    )
    write_package(Dataset(exchanges=[exchange]), tmp_path)
    with (tmp_path / "sources.csv").open(encoding="utf-8", newline="") as stream:
        (row,) = csv.DictReader(stream)
    assert (row["name"], row["url"]) == ("=HYPERLINK(1)", '+1 bad, "quoted"\nline')
