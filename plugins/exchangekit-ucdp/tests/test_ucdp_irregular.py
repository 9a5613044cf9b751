"""Each irregularity of published GED rows has a fixture row and the outcome the README gives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import exchangekit
from exchangekit import CasualtyClaim, Count, ParseError, Population, Precision

FIXTURES = Path(__file__).parent / "fixtures"
GED = FIXTURES / "ged-23.1.csv"


@pytest.fixture(scope="module")
def collected() -> exchangekit.ParseResult:
    return exchangekit.parse(GED, errors="collect")


def _claims(result: exchangekit.ParseResult, event: str) -> dict[str, CasualtyClaim]:
    prefix = f"ged-{event}-"
    return {c.id.removeprefix(prefix): c for c in result.dataset.claims if c.id.startswith(prefix)}


def _error(result: exchangekit.ParseResult, line: int) -> ParseError:
    [error] = [e for e in result.errors if e.line == line]
    return error


def test_collect_keeps_every_good_row_and_reports_each_bad_one(
    collected: exchangekit.ParseResult,
) -> None:
    events = {c.id.split("-")[1] for c in collected.dataset.claims}
    assert events == {"900001", "900002", "900003", "900004", "900005", "900010", "900011"}
    assert [(e.line, e.field) for e in collected.errors] == [
        (7, "date_end"),
        (8, "deaths_b"),
        (9, "active_year"),
        (10, "date_start"),
    ]
    assert all(e.source is not None and e.source.endswith("ged-23.1.csv") for e in collected.errors)


def test_raise_stops_at_the_first_bad_row_naming_line_and_column() -> None:
    with pytest.raises(ParseError) as caught:
        exchangekit.parse(GED)
    assert caught.value.line == 7
    assert caught.value.field == "date_end"
    assert "column 30 (date_end)" in str(caught.value)
    assert "2023-08-02 is before date_start 2023-08-05" in str(caught.value)


def test_a_regular_event_splits_into_sides_civilians_unknown_and_total(
    collected: exchangekit.ParseResult,
) -> None:
    claims = _claims(collected, "900001")
    assert list(claims) == ["a", "b", "civilians", "unknown", "total"]
    assert [claims[k].subject.code for k in claims] == ["RUS", "UKR", "UKR", "UKR", "UKR"]
    assert [claims[k].population for k in claims] == [
        Population.COMBATANTS,
        Population.COMBATANTS,
        Population.CIVILIANS,
        Population.UNKNOWN,
        Population.ALL,
    ]
    assert sum(claims[k].count.best or 0 for k in ("a", "b", "civilians", "unknown")) == 20
    assert claims["total"].count == Count.between(17, 26, 20)
    assert claims["a"].count == Count.between(4, 7, 5)  # 5·17/20 = 4.25 down, 5·26/20 = 6.5 up
    first = claims["a"]
    assert first.covers == exchangekit.Period.day(date(2023, 3, 1))
    assert [s.name for s in first.relayed_by] == [
        "Example Wire",
        "Sample Daily",
        "Invented General Staff",
    ]
    assert first.relayed_by[1].published == date(2023, 3, 3)
    assert [q.text for q in first.quotes] == ["Shelling reported near Riverton", "Fighting goes on"]
    assert first.quotes[0].document is not None
    assert first.quotes[0].document.startswith("Example Wire,2023-03-02")
    assert any(
        c.startswith("location: Riverton town, Riverton raion, Eastfield oblast, Ukraine")
        and "latitude 48.5, longitude 38.1" in c
        and "where_prec 1" in c
        for c in first.caveats
    )


def test_low_best_high_out_of_order_is_read_as_the_hull_with_a_caveat(
    collected: exchangekit.ParseResult,
) -> None:
    claims = _claims(collected, "900002")  # low 0, best 3, high 2; date with T00:00:00
    assert claims["total"].count == Count.between(0, 3, 3)
    assert claims["a"].count.best == 3
    assert claims["a"].count.contains(3)
    assert any("out of order" in c for c in claims["total"].caveats)
    assert claims["total"].covers.start == date(2023, 5, 22)
    assert claims["total"].subject.code == "RUS"  # the country "Russia (Soviet Union)"


def test_best_zero_gives_only_the_total_claim(collected: exchangekit.ParseResult) -> None:
    claims = _claims(collected, "900003")  # all zero; number_of_sources -1; 00:00:00.000 dates
    assert list(claims) == ["total"]
    assert claims["total"].count == Count.exact(0)
    assert claims["total"].covers.start == date(2023, 6, 10)
    assert any("how many sources" in c for c in claims["total"].caveats)


def test_check_deaths_is_a_caveat_and_a_whole_month_keeps_its_precision(
    collected: exchangekit.ParseResult,
) -> None:
    claims = _claims(collected, "900004")
    assert claims["total"].covers == exchangekit.Period.month(2023, 7)
    assert any("Check deaths" in c for c in claims["total"].caveats)


def test_parts_that_do_not_add_up_to_best_are_kept_with_a_caveat(
    collected: exchangekit.ParseResult,
) -> None:
    claims = _claims(collected, "900005")
    assert [claims[k].count.best for k in ("a", "b", "total")] == [4, 4, 10]
    assert any("add up to 8, but best is 10" in c for c in claims["total"].caveats)


def test_a_span_of_days_is_a_range_and_date_prec_one_over_days_is_noted(
    collected: exchangekit.ParseResult,
) -> None:
    span = _claims(collected, "900010")["total"].covers
    assert (span.start, span.end, span.precision) == (
        date(2023, 8, 3),
        date(2023, 8, 7),
        Precision.RANGE,
    )
    odd = _claims(collected, "900011")["total"]
    assert any("date_prec 1" in c for c in odd.caveats)


@pytest.mark.parametrize(
    ("line", "words"),
    [
        (8, "'-3' is not a whole number of deaths"),
        (9, "'yes' is not 1/0 or true/false"),
        (10, "'01/03/2023' is not a date"),
    ],
)
def test_each_unreadable_cell_is_named(
    collected: exchangekit.ParseResult, line: int, words: str
) -> None:
    assert words in _error(collected, line).message


def test_active_year_spellings_all_read(collected: exchangekit.ParseResult) -> None:
    # 1, True, false, False, true and 0 stand in rows 900001..900005 and 900010.
    assert {c.id.split("-")[1] for c in collected.dataset.claims} >= {
        "900001",
        "900002",
        "900003",
        "900004",
        "900005",
        "900010",
    }
