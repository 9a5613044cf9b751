"""Event figures added up per month equal a plain sum of GED's columns, inside honest bounds."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import date
from pathlib import Path

from exchangekit_ucdp import synthetic as ged_rows
from hypothesis import given
from hypothesis import strategies as st

import exchangekit
from exchangekit.reconcile import casualty_totals


def _plain_sums(text: str) -> tuple[Counter[tuple[str, str]], dict[str, Counter[tuple[str, str]]]]:
    """Per (side code, month) the summed deaths_a/deaths_b, and per (country, month) best/low/high.

    Only the csv module and the tests' own name table: nothing of the parser.
    """
    sides: Counter[tuple[str, str]] = Counter()
    countries: dict[str, Counter[tuple[str, str]]] = {k: Counter() for k in ("best", "low", "high")}
    for line in csv.DictReader(io.StringIO(text)):
        month = line["date_start"][:7]
        sides[ACTORS[line["side_a"]], month] += int(line["deaths_a"])
        sides[ACTORS[line["side_b"]], month] += int(line["deaths_b"])
        for column, sums in countries.items():
            sums[COUNTRIES[line["country"]], month] += int(line[column])
    return sides, countries


def _check(text: str) -> int:
    """Assert the acceptance criteria on GED text; return how many buckets were checked."""
    data = exchangekit.parse(io.StringIO(text), format="ucdp-ged")
    sides, countries = _plain_sums(text)
    checked = 0
    for code in sorted(set(ACTORS.values())):
        totals = casualty_totals(data, by="month", subject=code, population="combatants")
        seen = set()
        for bucket, count in totals.items():
            month = f"{bucket.start:%Y-%m}"
            seen.add(month)
            expected = sides.get((code, month), 0)
            assert count.best == expected, (code, month)
            assert count.low <= expected
            assert count.high is not None
            assert expected <= count.high
            checked += 1
        assert {m for (c, m), n in sides.items() if c == code and n} <= seen
    for code in sorted(set(COUNTRIES.values())):
        totals = casualty_totals(data, by="month", subject=code, population="all")
        for bucket, count in totals.items():
            key = (code, f"{bucket.start:%Y-%m}")
            assert count.best == countries["best"].get(key, 0)
            assert count.low <= min(countries["low"].get(key, 0), count.best)
            assert count.high is not None
            assert count.high >= max(countries["high"].get(key, 0), count.best)
    return checked


ACTORS = {
    "Government of Russia (Soviet Union)": "RUS",
    "Government of Ukraine": "UKR",
    "Military Forces of Ukraine (2019-)": "UKR",
    "Wagner Group": "WAGNER_GROUP",
    "Legion of the Invented North": "LEGION_OF_THE_INVENTED_NORTH",
}
"""The codes each invented actor must get, written out here rather than taken from the plugin."""

COUNTRIES = {"Ukraine": "UKR", "Russia (Soviet Union)": "RUS"}


def test_the_invented_names_are_the_ones_written_out_here() -> None:
    assert set(ged_rows.ACTORS) == set(ACTORS)
    assert set(ged_rows.COUNTRIES) == set(COUNTRIES)


def test_several_thousand_events_add_up_per_month_as_the_plain_sum(tmp_path: Path) -> None:
    path = tmp_path / "ged.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        ged_rows.write(ged_rows.generate(4000, seed=20231), stream)
    assert _check(path.read_text(encoding="utf-8")) >= 4 * 36


@st.composite
def rows(draw: st.DrawFn, event_id: int) -> dict[str, str]:
    """Any plausible row, sometimes with low and high out of order as published rows are."""
    parts = draw(st.tuples(*(st.integers(0, 60) for _ in range(4))))
    best = sum(parts)
    low = draw(st.integers(0, best + 5))
    high = draw(st.integers(max(0, best - 5), best * 3 + 5))
    return ged_rows.row(
        event_id,
        draw(st.dates(date(2022, 1, 1), date(2024, 12, 31))),
        draw(st.sampled_from((1, 2, 4))),
        draw(st.sampled_from(sorted(ACTORS))),
        draw(st.sampled_from(sorted(ACTORS))),
        draw(st.sampled_from(sorted(COUNTRIES))),
        parts,
        low,
        high,
        draw(st.sampled_from(ged_rows.DATE_FORMATS)),
    )


@st.composite
def files(draw: st.DrawFn, max_events: int = 25) -> list[dict[str, str]]:
    """A GED file's rows, with distinct ids."""
    count = draw(st.integers(0, max_events))
    return [draw(rows(event_id)) for event_id in range(1, count + 1)]


@given(rows=files())
def test_any_ged_file_adds_up_per_month_as_the_plain_sum(rows: list[dict[str, str]]) -> None:
    _check(ged_rows.write(rows))
