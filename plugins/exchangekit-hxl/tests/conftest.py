"""Shared fixtures for the HXL tests: the Hypothesis profiles, writing and reading tables."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from exchangekit_hxl import HxlExporter, HxlParser

from exchangekit import CasualtyClaim, Dataset, Exchange, ExchangeTally, ParseError
from exchangekit.profiles import register_profiles

register_profiles()

Read = Callable[[str], tuple[Dataset, list[ParseError]]]


def write_table(dataset: Dataset) -> str:
    """The HXL table the exporter writes for ``dataset``."""
    stream = io.StringIO()
    HxlExporter().write(dataset.records, stream, provenance=dataset.provenance)
    return stream.getvalue()


def read_table(text: str) -> tuple[Dataset, list[ParseError]]:
    """The records the parser reads from ``text``, and the row errors it reported."""
    items = list(HxlParser().parse(io.StringIO(text, newline=""), source="table.csv"))
    return Dataset(
        exchanges=[i for i in items if isinstance(i, Exchange)],
        claims=[i for i in items if isinstance(i, CasualtyClaim)],
        tallies=[i for i in items if isinstance(i, ExchangeTally)],
    ), [i for i in items if isinstance(i, ParseError)]


@pytest.fixture
def write() -> Callable[[Dataset], str]:
    """Write a dataset as an HXL table."""
    return write_table


@pytest.fixture
def read() -> Read:
    """Read an HXL table into a dataset and the row errors."""
    return read_table
