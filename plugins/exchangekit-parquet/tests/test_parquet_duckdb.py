"""The DuckDB queries of docs/tables.md, run with the real duckdb, equal reconcile.totals()."""

from __future__ import annotations

import contextlib
import re
import tempfile
from datetime import date
from pathlib import Path

import duckdb
import pytest
from exchangekit_parquet import write_tables
from hypothesis import given, settings

from exchangekit import Dataset, ExchangeKind, Period, PersonCategory
from exchangekit import strategies as ks
from exchangekit.reconcile import totals

DOCS_PAGE = Path(__file__).resolve().parents[3] / "docs" / "tables.md"
SAVED = re.compile(r"```\{code-block\} sql\n:caption: (?P<name>[\w.-]+)\n\n(?P<body>.*?)```", re.S)


def _query(name: str) -> str:
    """The query the docs page shows under the caption ``name``, so the two cannot drift."""
    if not DOCS_PAGE.exists():
        pytest.skip("docs/tables.md is not here (a plugin installed outside the repository)")
    queries = {m["name"]: m["body"] for m in SAVED.finditer(DOCS_PAGE.read_text("utf-8"))}
    return queries[name]


def _run(dataset: Dataset, query: str) -> list[tuple[date, int, int | None, int | None]]:
    with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder):
        write_tables(dataset, "tables")
        with duckdb.connect() as connection:
            return [tuple(row) for row in connection.sql(query).fetchall()]  # type: ignore[misc]


def _in_one_month(period: Period) -> bool:
    return (period.start.year, period.start.month) == (period.end.year, period.end.month)


handovers = ks.datasets(
    exchanges=ks.exchanges(
        kinds=[ExchangeKind.REPATRIATION_OF_REMAINS, ExchangeKind.PRISONER_SWAP],
        parties=["UKR", "RUS"],
        categories=[PersonCategory.REMAINS, PersonCategory.PRISONERS_OF_WAR],
        periods=ks.periods(min_date=date(2024, 11, 1), max_date=date(2025, 4, 30)),
    ),
    max_exchanges=6,
    max_claims=0,
    max_tallies=0,
)


def _buckets(
    dataset: Dataset, *, within_month: bool
) -> list[tuple[date, int, int | None, int | None]]:
    chosen = [e for e in dataset.exchanges if _in_one_month(e.period) or not within_month]
    result = totals(chosen, by="month", receiver="UKR", category="remains")
    return [(bucket.start, c.low, c.best, c.high) for bucket, c in result.items()]


@settings(max_examples=25, deadline=None)
@given(handovers)
def test_the_monthly_query_equals_totals_for_figures_inside_one_month(dataset: Dataset) -> None:
    rows = _run(dataset, _query("monthly_remains.sql"))
    expected = _buckets(dataset, within_month=True)
    # totals() lists every month of the span, empty ones as exact zero; SQL lists months with rows.
    by_month = {row[0]: row for row in rows}
    assert set(by_month) <= {row[0] for row in expected}
    for row in expected:
        assert by_month.get(row[0], (row[0], 0, 0, 0)) == row


@settings(max_examples=25, deadline=None)
@given(handovers)
def test_the_spreading_query_equals_totals_for_every_figure(dataset: Dataset) -> None:
    rows = _run(dataset, _query("monthly_remains_spread.sql"))
    assert rows == _buckets(dataset, within_month=False)


def test_the_queries_are_the_ones_on_the_docs_page() -> None:
    assert "FROM 'tables/transfers.parquet'" in _query("monthly_remains.sql")
    assert "generate_series" in _query("monthly_remains_spread.sql")
