"""Broken packages and unwritable values: clear errors naming the file, line and column."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import attrs
import pytest
from exchangekit_frictionless import write_package

from exchangekit import Dataset, export, parse
from exchangekit.errors import ExportError, ParseError
from exchangekit.safecsv import csv_line


def rewrite(path: Path, column: str, value: str, row: int = 0) -> None:
    """Set ``column`` of data row ``row`` of the CSV file at ``path`` to ``value``."""
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    rows[row + 1][rows[0].index(column)] = value
    path.write_text("".join(map(csv_line, rows)), encoding="utf-8", newline="")


def test_a_negative_bound_names_its_file_line_and_column(tmp_path: Path, example: Dataset) -> None:
    descriptor = write_package(example, tmp_path)
    rewrite(tmp_path / "claims.csv", "low", "-5")
    with pytest.raises(ParseError) as caught:
        parse(descriptor, "datapackage")
    error = caught.value
    assert error.source is not None
    assert error.source.endswith("claims.csv")
    assert error.line == 2
    assert "must not be negative" in error.message


def test_a_broken_foreign_key_is_reported_and_the_rest_is_read(
    tmp_path: Path, example: Dataset
) -> None:
    descriptor = write_package(example, tmp_path)
    rewrite(tmp_path / "transfers.csv", "exchange_id", "no-such-exchange")
    dataset, errors = parse(descriptor, "datapackage", errors="collect")
    messages = [(e.field, e.message) for e in errors]
    assert (
        "exchange_id",
        "exchange 'no-such-exchange' is not in the exchanges table (or could not be read)",
    ) in messages
    assert dataset.claims == example.claims
    assert dataset.tallies == example.tallies


def test_an_unknown_source_id_names_the_column(tmp_path: Path, example: Dataset) -> None:
    descriptor = write_package(example, tmp_path)
    rewrite(tmp_path / "claims.csv", "claimant", "src-nobody")
    with pytest.raises(
        ParseError, match="'src-nobody' is not an id in the sources table"
    ) as caught:
        parse(descriptor, "datapackage")
    assert caught.value.field == "claimant"


def test_a_missing_column_is_listed(tmp_path: Path, example: Dataset) -> None:
    descriptor = write_package(example, tmp_path)
    path = tmp_path / "claims.csv"
    with path.open(encoding="utf-8", newline="") as stream:
        rows = [row[:3] + row[4:] for row in csv.reader(stream)]  # drop "low"
    path.write_text("".join(map(csv_line, rows)), encoding="utf-8", newline="")
    with pytest.raises(ParseError, match="lacks the column low"):
        parse(descriptor, "datapackage")


def test_a_descriptor_without_its_directory_cannot_find_its_tables(
    tmp_path: Path, example: Dataset
) -> None:
    descriptor = write_package(example, tmp_path)
    with pytest.raises(ParseError, match="has no directory for its tables"):
        parse(io.BytesIO(descriptor.read_bytes()), "datapackage")


def test_a_path_leaving_the_package_is_refused(tmp_path: Path, example: Dataset) -> None:
    descriptor = write_package(example, tmp_path / "package")
    content = json.loads(descriptor.read_text(encoding="utf-8"))
    content["resources"][0]["path"] = "../secret.csv"
    descriptor.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(ParseError, match="leaves the package"):
        parse(descriptor, "datapackage")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"not json at all", "is not JSON"),
        (b'{"name": "x"}', "needs a 'resources' array"),
        (b"PK\x03\x04 broken", "not a readable zip archive"),
    ],
)
def test_input_that_is_no_package_is_a_parse_error(data: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse(io.BytesIO(data), "datapackage")


def test_a_zip_without_a_descriptor_says_so() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("data.csv", "a,b\n")
    with pytest.raises(ParseError, match=r"no datapackage\.json at its top level"):
        parse(io.BytesIO(out.getvalue()), "datapackage")


def test_a_text_stream_is_no_place_for_a_zip(example: Dataset) -> None:
    with pytest.raises(TypeError, match="datapackage format writes bytes"):
        export(example, io.StringIO(), "datapackage")
    with pytest.raises(ParseError, match="datapackage format is read as bytes"):
        parse(io.StringIO("{}"), "datapackage")


def test_empty_text_that_would_read_back_as_missing_is_refused(example: Dataset) -> None:
    claim = example.claims[0]
    broken = attrs.evolve(claim, claimant=attrs.evolve(claim.claimant, url=""))
    with pytest.raises(ExportError, match="cannot tell apart from no value") as caught:
        export(Dataset(claims=[broken]), io.BytesIO(), "datapackage")
    assert caught.value.field == "claimant.url"


def test_unknown_options_are_a_type_error(example: Dataset) -> None:
    with pytest.raises(TypeError, match="takes no options"):
        export(example, io.BytesIO(), "datapackage", colour="red")
