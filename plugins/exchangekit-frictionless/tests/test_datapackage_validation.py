"""The real frictionless validator passes every exported package and fails broken ones."""

from __future__ import annotations

import contextlib
import csv
import importlib.resources
import io
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import frictionless
from exchangekit_frictionless import write_package
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Dataset, export, parse, strategies
from exchangekit.safecsv import csv_line

BUNDLED = parse(
    io.BytesIO(
        importlib.resources.files("exchangekit").joinpath("data/running-example.json").read_bytes()
    ),
    "json",
)
"""The running example bundled with exchangekit."""
DATASETS = strategies.datasets(max_exchanges=3, max_claims=3, max_tallies=3)
# Each example runs the whole frictionless validator, which takes a moment.
SLOW = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def errors(report: frictionless.Report) -> list[tuple[str, str]]:
    """Every error the report holds, as (type, note) pairs."""
    return [(error.type, error.note) for task in report.tasks for error in task.errors] + [
        (error.type, error.note) for error in report.errors
    ]


@SLOW
@given(DATASETS)
def test_every_exported_zip_validates_with_zero_errors(dataset: Dataset) -> None:
    out = io.BytesIO()
    export(dataset, out, "datapackage")
    with zipfile.ZipFile(out) as archive, fresh_directory() as directory:
        archive.extractall(directory)
        report = frictionless.validate(str(directory / "datapackage.json"))
    assert errors(report) == []
    assert report.valid


@contextlib.contextmanager
def fresh_directory() -> Iterator[Path]:
    """A new temporary directory for one Hypothesis example (a fixture's would be shared)."""
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def test_the_zip_itself_validates(tmp_path: Path, example: Dataset) -> None:
    target = tmp_path / "example.zip"
    export(example, target)
    report = frictionless.validate(str(target))
    assert errors(report) == []
    assert report.valid


def test_every_table_is_described_and_typed(tmp_path: Path, example: Dataset) -> None:
    package = frictionless.Package(str(write_package(example, tmp_path)))
    names = [resource.name for resource in package.resources]
    for name in ("exchanges", "transfers", "claims", "tallies", "sources", "quotes"):
        assert name in names
    for resource in package.resources:
        assert resource.schema.primary_key, resource.name
        for field in resource.schema.fields:
            assert field.description, f"{resource.name}.{field.name}"
    transfers = package.get_resource("transfers").schema
    assert transfers.get_field("low").constraints == {"required": True, "minimum": 0}
    assert transfers.get_field("high").constraints == {"minimum": 0}
    assert transfers.get_field("low").type == "integer"
    assert package.get_resource("claims").schema.get_field("covers_start").type == "date"
    keys = {(tuple(k["fields"]), k["reference"]["resource"]) for k in transfers.foreign_keys}
    assert (("exchange_id",), "exchanges") in keys
    claim_keys = package.get_resource("claims").schema.foreign_keys
    assert any(k["reference"]["resource"] == "sources" for k in claim_keys)


def rewrite(path: Path, column: str, value: str, row: int = 0) -> None:
    """Set ``column`` of data row ``row`` of the CSV file at ``path`` to ``value``."""
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    rows[row + 1][rows[0].index(column)] = value
    path.write_text("".join(map(csv_line, rows)), encoding="utf-8", newline="")


def test_a_broken_foreign_key_fails_validation(tmp_path: Path, example: Dataset) -> None:
    descriptor = write_package(example, tmp_path)
    rewrite(tmp_path / "transfers.csv", "exchange_id", "no-such-exchange")
    report = frictionless.validate(str(descriptor))
    assert not report.valid
    assert [kind for kind, _ in errors(report)] == ["foreign-key"]


def test_a_broken_source_reference_fails_validation(tmp_path: Path, example: Dataset) -> None:
    descriptor = write_package(example, tmp_path)
    rewrite(tmp_path / "claims.csv", "claimant", "src-nobody")
    report = frictionless.validate(str(descriptor))
    assert [kind for kind, _ in errors(report)] == ["foreign-key"]


@given(st.integers(max_value=-1))
@settings(max_examples=5, deadline=None)
def test_a_negative_bound_fails_validation(bound: int) -> None:
    with fresh_directory() as directory:
        descriptor = write_package(BUNDLED, directory)
        rewrite(directory / "claims.csv", "low", str(bound))
        report = frictionless.validate(str(descriptor))
    assert [(kind, note) for kind, note in errors(report)] == [
        ("constraint-error", 'constraint "minimum" is "0"')
    ]


def test_a_package_that_reads_back_through_exchangekit_still_validates(
    tmp_path: Path, example: Dataset
) -> None:
    descriptor = write_package(example, tmp_path)
    assert parse(descriptor, "datapackage") == example
    assert frictionless.validate(str(descriptor)).valid
