"""The acled parser reads ACLED's layouts by column name and keeps each event's current version."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import attrs
import pytest
from exchangekit_acled import ACLED, AcledParser, read_exports
from hypothesis import given
from hypothesis import strategies as st

import exchangekit
from exchangekit import (
    DEFAULT_REGISTRY,
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
    ClaimScope,
    Count,
    Dataset,
    ExchangekitError,
    ParseError,
    Party,
    Period,
    Population,
    Precision,
    Qualifier,
    Source,
)

FIXTURES = Path(__file__).parent / "fixtures"
COLUMNS = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "actor1",
    "actor2",
    "country",
    "source",
    "notes",
    "fatalities",
    "timestamp",
)
HEADER = ",".join(COLUMNS)


def read(text: str, **options: object) -> Dataset:
    """Parse ``text`` as an ACLED export, raising at the first bad row."""
    return exchangekit.parse(io.StringIO(text), format="acled", **options)


def collect(text: str, **options: object) -> tuple[Dataset, tuple[ParseError, ...]]:
    """Parse ``text`` as an ACLED export, keeping every good row and every error."""
    result = exchangekit.parse(io.StringIO(text), format="acled", errors="collect", **options)
    return result.dataset, result.errors


def row(
    event: str = "XYZ1",
    day: str = "2024-03-05",
    precision: str = "1",
    fatalities: str = "4",
    timestamp: str = "1710000000",
    actor1: str = "Military Forces of Russia (2000-)",
    actor2: str = "Military Forces of Ukraine (2019-)",
    country: str = "Ukraine",
    source: str = "Example Wire",
    notes: str = "Invented note.",
) -> str:
    """One row in the layout of :data:`HEADER`."""
    cells = [event, day, precision, actor1, actor2, country, source, notes, fatalities, timestamp]
    return ",".join(f'"{c}"' if "," in c else c for c in cells)


def table(*rows: str) -> str:
    """A whole export: the header and ``rows``."""
    return "\n".join((HEADER, *rows)) + "\n"


def claim(dataset: Dataset, event: str) -> CasualtyClaim:
    """The one claim with id ``event``."""
    [found] = [c for c in dataset.claims if c.id == event]
    return found


# -- one claim per event ---------------------------------------------------------------------


def test_an_event_becomes_one_incident_claim_of_everyone_killed() -> None:
    dataset = read(table(row(notes="Shelling; toll disputed.", source="Wire A; Gazette B")))
    [event] = dataset.claims
    assert event.id == "XYZ1"
    assert event.subject.code == "UKR"
    assert event.category is CasualtyCategory.KILLED
    assert event.population is Population.ALL
    assert event.scope is ClaimScope.INCIDENT
    assert event.claimant == ACLED
    assert event.relayed_by == (Source("Wire A"), Source("Gazette B"))
    assert event.covers == Period.day(date(2024, 3, 5))
    assert event.as_of == Period.day(date(2024, 3, 9))  # 1710000000 is 2024-03-09 UTC
    assert event.caveats[0] == "Shelling; toll disputed."
    assert "actor1: Military Forces of Russia (2000-) = RUS" in event.caveats[1]
    assert "actor2: Military Forces of Ukraine (2019-) = UKR" in event.caveats[1]


def test_fatalities_are_a_floor_that_is_also_the_best_figure() -> None:
    [event] = read(table(row(fatalities="12"))).claims
    assert event.count == Count(12, None, 12, Qualifier.AT_LEAST)
    assert event.method is ClaimMethod.DOCUMENTED_MINIMUM
    assert event.count.conservative == 12


def test_fatalities_can_be_read_as_exact_figures() -> None:
    [event] = read(table(row(fatalities="12")), fatalities="exact").claims
    assert event.count == Count.exact(12)
    assert event.method is ClaimMethod.UNSPECIFIED


@pytest.mark.parametrize(
    ("precision", "covers"),
    [
        ("1", Period.day(date(2024, 3, 5))),
        ("2", Period(date(2024, 3, 2), date(2024, 3, 8), Precision.RANGE)),
        ("3", Period.month(2024, 3)),
    ],
)
def test_time_precision_sets_the_span_the_event_happened_in(precision: str, covers: Period) -> None:
    [event] = read(table(row(precision=precision))).claims
    assert event.covers == covers


@pytest.mark.parametrize(
    "text", ["2024-03-05", "2024-03-05T00:00:00", "5 March 2024", "05-Mar-2024", "05/03/2024"]
)
def test_every_date_form_acled_has_used_reads_as_the_same_day(text: str) -> None:
    [event] = read(table(row(day=text))).claims
    assert event.covers == Period.day(date(2024, 3, 5))


def test_a_numeric_date_is_read_day_first_never_guessed_month_first() -> None:
    _, [error] = collect(table(row(day="03/15/2024")))
    assert (error.line, error.field) == (2, "event_date")
    assert "not a day of the calendar" in error.message


def test_an_iso_timestamp_is_read_as_well_as_unix_seconds() -> None:
    [event] = read(table(row(timestamp="2024-04-01 10:00:00"))).claims
    assert event.as_of == Period.day(date(2024, 4, 1))


def test_without_a_timestamp_the_figure_is_dated_by_the_event() -> None:
    [event] = read(table(row(timestamp="", precision="3"))).claims
    assert event.as_of == event.covers == Period.month(2024, 3)


# -- layouts -----------------------------------------------------------------------------------


def _figures(dataset: Dataset) -> list[CasualtyClaim]:
    """The claims without their description caveat, which lists the columns a layout has."""
    return [attrs.evolve(c, caveats=c.caveats[:-1]) for c in dataset.claims]


def test_two_layouts_of_the_same_events_give_the_same_claims() -> None:
    api = exchangekit.parse(FIXTURES / "api-layout.csv")
    old = exchangekit.parse(FIXTURES / "old-export-layout.csv", format="acled")
    assert [c.id for c in api.claims] == ["XYZ0001", "XYZ0002", "XYZ0003", "XYZ0004"]
    assert _figures(api) == _figures(old)


def test_columns_are_found_by_name_in_any_order_and_case() -> None:
    reordered = " Fatalities ,COUNTRY,Event_Date,event_id_cnty\n7,Ukraine,2024-03-05,XYZ9\n"
    [event] = read(reordered).claims
    assert (event.id, event.count.low, event.covers.precision) == ("XYZ9", 7, Precision.DAY)


def test_a_file_without_a_required_column_names_it() -> None:
    with pytest.raises(ParseError) as caught:
        read("event_id_cnty,event_date,country\nXYZ1,2024-03-05,Ukraine\n")
    assert (caught.value.line, caught.value.field) == (1, "fatalities")
    assert "not an ACLED export" in caught.value.message


def test_the_parser_is_chosen_by_content_for_a_csv_file(tmp_path: Path) -> None:
    path = tmp_path / "download.csv"
    path.write_text(table(row()), encoding="utf-8")
    assert [c.id for c in exchangekit.parse(path).claims] == ["XYZ1"]


def test_sniff_wants_acled_s_id_and_fatalities_columns() -> None:
    parser = AcledParser()
    assert parser.sniff(HEADER + "\n")
    assert parser.sniff("\ufeffEVENT_ID_CNTY,FATALITIES\n")
    assert not parser.sniff("record_type,id,count\n")


# -- parties -----------------------------------------------------------------------------------


def test_unknown_actors_and_countries_become_stable_derived_parties() -> None:
    [event] = read(table(row(country="Sudan", actor1="Rapid Support Forces"))).claims
    assert event.subject == Party("SUDAN", "Sudan")
    assert "Rapid Support Forces = RAPID_SUPPORT_FORCES" in event.caveats[-1]


def test_subject_actors_takes_both_sides_together() -> None:
    [event] = read(table(row()), subject="actors").claims
    assert event.subject.code == "RUS+UKR"


def test_a_registry_maps_a_data_set_s_own_names() -> None:
    mine = DEFAULT_REGISTRY.with_aliases({"Imaginary Brigade": "RUS"})
    [event] = read(table(row(actor1="Imaginary Brigade", actor2="")), subject="actors").claims
    assert event.subject.code == "IMAGINARY_BRIGADE"
    [mapped] = read(
        table(row(actor1="Imaginary Brigade", actor2="")), subject="actors", registry=mine
    ).claims
    assert mapped.subject.code == "RUS"


def test_options_are_checked() -> None:
    with pytest.raises(TypeError, match="registry="):
        read(table(row()), colour="blue")
    with pytest.raises(ValueError, match="fatalities="):
        read(table(row()), fatalities="best")
    with pytest.raises(TypeError, match="PartyRegistry"):
        read(table(row()), registry={"Wagner": "RUS"})


# -- revisions ---------------------------------------------------------------------------------


def test_a_revised_event_keeps_only_the_newer_version() -> None:
    dataset = exchangekit.parse(FIXTURES / "api-layout.csv")
    revised = claim(dataset, "XYZ0001")
    assert revised.count.best == 9
    assert revised.caveats[0].startswith("Invented note: revised")
    assert len(dataset.claims) == 4


def test_an_older_version_after_the_newer_one_is_dropped() -> None:
    newer = row(fatalities="9", timestamp="1710500000")
    older = row(fatalities="4", timestamp="1710000000")
    for rows in ((older, newer), (newer, older)):
        [event] = read(table(*rows)).claims
        assert event.count.best == 9


@given(st.lists(st.integers(1_709_700_000, 1_800_000_000), min_size=1, max_size=6, unique=True))
def test_whatever_the_order_the_latest_timestamp_wins(stamps: list[int]) -> None:
    rows = [row(fatalities=str(stamp % 1000), timestamp=str(stamp)) for stamp in stamps]
    [event] = read(table(*rows)).claims
    assert event.count.best == max(stamps) % 1000


def test_a_repeated_identical_row_is_kept_once() -> None:
    assert len(read(table(row(), row())).claims) == 1


def test_two_versions_no_timestamp_orders_keep_the_first_and_say_so() -> None:
    dataset, [error] = collect(table(row(fatalities="4"), row(fatalities="9")))
    assert claim(dataset, "XYZ1").count.best == 4
    assert (error.line, error.field) == (3, "timestamp")
    assert "same timestamp" in error.message
    assert "line 2" in error.message
    _, [untimed] = collect(
        table(row(timestamp="", fatalities="4"), row(timestamp="", fatalities="9"))
    )
    assert "no timestamp" in untimed.message


def test_revisions_across_files_are_resolved_by_read_exports(tmp_path: Path) -> None:
    january, march = tmp_path / "january.csv", tmp_path / "march.csv"
    january.write_text(table(row(fatalities="4", timestamp="1709800000")), encoding="utf-8")
    march.write_text(
        table(row(fatalities="9", timestamp="1710000000"), row(event="XYZ2")), encoding="utf-8"
    )
    dataset, errors = read_exports([january, march])
    assert not errors
    assert [(c.id, c.count.best) for c in dataset.claims] == [("XYZ1", 9), ("XYZ2", 4)]
    with pytest.raises(ExchangekitError, match="XYZ1"):
        exchangekit.parse(january).merge(exchangekit.parse(march))


def test_read_exports_collects_a_bad_file_and_reads_the_others(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text(table(row()), encoding="utf-8")
    bad.write_text("id,count\n1,2\n", encoding="utf-8")
    dataset, [error] = read_exports([bad, good], errors="collect")
    assert [c.id for c in dataset.claims] == ["XYZ1"]
    assert error.source == str(bad)
    assert error.field == "event_id_cnty"
    with pytest.raises(ParseError):
        read_exports([bad, good])


# -- bad rows ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        (row(fatalities="-3"), "fatalities"),
        (row(fatalities="a dozen"), "fatalities"),
        (row(fatalities=""), "fatalities"),
        (row(day="2024-02-30"), "event_date"),
        (row(day="yesterday"), "event_date"),
        (row(precision="4"), "time_precision"),
        (row(precision=""), "time_precision"),
        (row(event=""), "event_id_cnty"),
        (row(country=" "), "country"),
        (row(timestamp="soon"), "timestamp"),
        (row(timestamp="1000000000"), "timestamp"),  # 2001, before the event
        ("XYZ1,2024-03-05,1", None),
    ],
)
def test_a_bad_row_is_reported_with_line_and_column(bad: str, field: str | None) -> None:
    dataset, [error] = collect(table(row(event="GOOD1"), bad, row(event="GOOD2")))
    assert [c.id for c in dataset.claims] == ["GOOD1", "GOOD2"]
    assert (error.line, error.field) == (3, field)
    assert error.source


def test_a_line_break_inside_a_cell_does_not_shift_later_line_numbers() -> None:
    notes = '"Invented note\nover two lines."'
    text = table(row(notes=notes), row(fatalities="x"))
    dataset, [error] = collect(text)
    assert len(dataset.claims) == 1
    assert error.line == 4
