"""HTML tables of exchanges: read by a header that names each column, one exchange per row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]

_INTRO = "<p>Our desk keeps a list of the handovers it could confirm.</p>"


def _table(header: list[str], rows: list[list[str]], caption: str = "") -> str:
    """An article holding one table with ``header`` as its first row of ``<th>`` cells."""
    head = "".join(f"<th>{cell}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    caption_tag = f"<caption>{caption}</caption>" if caption else ""
    return f"{_INTRO}<table>{caption_tag}<tr>{head}</tr>{body}</table><p>More next week.</p>"


def _both_ways(day: str, figure: str) -> set[tuple[str, str, str, str, str]]:
    """A swap of ``figure`` people of no stated kind each way on ``day``."""
    return {(day, "RUS", "UKR", "other", figure), (day, "UKR", "RUS", "other", figure)}


@pytest.mark.parametrize(
    ("header", "rows", "caption", "expected"),
    [
        pytest.param(
            ["When", "Freed by Moscow", "Freed by Kyiv", "Brokered by"],
            [["12 March 2025", "175", "175", "the Emirates"], ["2 May 2025", "205", "205", ""]],
            "",
            _both_ways("2025-03-12", "175") | _both_ways("2025-05-02", "205"),
            id="freed-by-side",
        ),
        pytest.param(
            ["Day", "Bodies repatriated to Ukraine", "Bodies repatriated to Russia"],
            [["14 Feb", "757", "34"], ["30 Jun", "1,000", "n/a"]],
            "Repatriations of the fallen in 2025",
            {
                ("2025-02-14", "RUS", "UKR", "remains", "757"),
                ("2025-02-14", "UKR", "RUS", "remains", "34"),
                ("2025-06-30", "RUS", "UKR", "remains", "1,000"),
            },
            id="caption-gives-year",
        ),
        pytest.param(
            ["Ukrainians freed", "Russians freed", "Date of swap", "Who", "Source"],
            [
                ["90", "–", "9 Jan 2025", "civilians", "ombudsman"],
                ["", "undisclosed", "20 Jan 2025", "soldiers", "ministry"],
                ["40", "40", "Total", "", ""],
            ],
            "",
            {("2025-01-09", "RUS", "UKR", "civilians", "90")},
            id="nationality-kind-column-empty-cells-total-row",
        ),
        pytest.param(
            ["Exchange date", "Kyiv got back", "Released by Ukraine", "Returned to Ukraine so far"],
            [["2025-08-14", "84", "84", "5,941"], ["2025-09-02", "146", "146", "6,087"]],
            "",
            _both_ways("2025-08-14", "84") | _both_ways("2025-09-02", "146"),
            id="side-as-subject-iso-dates-running-total-column-left-out",
        ),
        pytest.param(
            ["Date", "Russia handed over", "Ukraine received", "Remarks"],
            [["3 April 2025", "60", "58", "all of them gravely injured"]],
            "",
            # two columns of one direction: which figure is meant is not said
            set(),
            id="same-direction-twice",
        ),
    ],
)
def test_a_table_is_read_by_its_header(
    recap: Recap,
    header: list[str],
    rows: list[list[str]],
    caption: str,
    expected: set[tuple[str, str, str, str, str]],
) -> None:
    assert recap(_table(header, rows, caption)) == expected


@pytest.mark.parametrize(
    "header",
    [
        ["Date", "Ukraine", "Russia"],  # whose figure is it: sent or received?
        ["Date", "Exchanged by Kyiv", "Exchanged by Moscow"],  # a swap says no way
        ["Month", "Freed to Ukraine", "Freed to Russia"],  # no column of dates
        ["Date", "Returned: Ukraine", "Returned: Russia"],
    ],
)
def test_a_header_it_cannot_read_yields_nothing_from_the_cells(
    recap: Recap, header: list[str]
) -> None:
    rows = [["5 March 2025", "120 prisoners returned home", "95"], ["8 April 2025", "60", "60"]]
    assert recap(_table(header, rows)) == set()


def test_a_note_that_all_were_wounded_gives_their_kind(recap: Recap) -> None:
    text = _table(
        ["Date", "Came home to Ukraine", "Went back to Russia", "Comment"],
        [["21 July 2025", "31", "not given", "all seriously wounded"]],
    )
    assert recap(text) == {("2025-07-21", "RUS", "UKR", "wounded_prisoners", "31")}


def test_prose_around_a_table_is_still_read(recap: Recap) -> None:
    text = _table(["Date", "Freed to Ukraine"], [["1 June 2025", "12"]]).replace(
        "<p>More next week.</p>",
        "<p>On 4 June 2025, Russia handed 70 prisoners of war back to Ukraine.</p>",
    )
    assert recap(text) == {
        ("2025-06-01", "RUS", "UKR", "other", "12"),
        ("2025-06-04", "RUS", "UKR", "prisoners_of_war", "70"),
    }


def test_a_layout_table_of_one_column_is_read_as_prose(recap: Recap) -> None:
    text = (
        "<p>Weekly digest.</p><table><tr><td>On 4 June 2025, Russia handed 70 prisoners of war"
        " back to Ukraine.</td></tr><tr><td>Subscribe for more.</td></tr></table>"
    )
    assert recap(text) == {("2025-06-04", "RUS", "UKR", "prisoners_of_war", "70")}


_HEADERS = [
    "Date",
    "Handed over to Kyiv",
    "Handed over to Moscow",
    "Mediator",
    "Notes",
]
_FIGURE = st.one_of(
    st.integers(min_value=0, max_value=5000).map(lambda n: f"{n:,}"),
    st.sampled_from(["", "n/a", "–", "undisclosed", "about 40", "some 300"]),
)
_ROW = st.tuples(
    st.dates(min_value=date(2022, 3, 1), max_value=date(2025, 10, 1)),
    _FIGURE,
    _FIGURE,
    st.sampled_from(["UAE", "Qatar", "none", ""]),
    st.sampled_from(["", "25 of them civilians", "all 12 wounded", "in two stages"]),
)


def _stated(cells: list[list[str]]) -> set[tuple[str, str, str, str, str]]:
    """The transfers the rows state: each figure cell that holds a figure, nothing else."""
    from exchangekit import Count, CountParseError

    out = set()
    for day, *figures in cells:
        for cell, (sender, receiver) in zip(
            figures[:2], [("RUS", "UKR"), ("UKR", "RUS")], strict=True
        ):
            try:
                count = Count.parse(cell)
            except CountParseError:
                continue
            if count.best:
                out.add((day, sender, receiver, "other", str(count)))
    return out


@settings(max_examples=40, deadline=None)
@given(rows=st.lists(_ROW, min_size=1, max_size=4, unique_by=lambda r: r[0]), data=st.data())
def test_a_table_yields_only_its_cells_figures_whatever_the_column_order(
    news: Callable[..., Any], rows: list[tuple[date, str, str, str, str]], data: st.DataObject
) -> None:
    cells = [[d.strftime("%d %B %Y"), *rest] for d, *rest in rows]
    order = data.draw(st.permutations(range(len(_HEADERS))))
    shuffled = _table([_HEADERS[i] for i in order], [[row[i] for i in order] for row in cells])
    stated = _stated([[d.isoformat(), *rest] for d, *rest in rows])
    assert news(shuffled, published=date(2025, 11, 20)).period_legs() == stated
    assert news(_table(_HEADERS, cells), published=date(2025, 11, 20)).period_legs() == stated
