"""A recap's verbless dated lines ("May 6: 205 for 205") as past swaps; a schedule's as nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]

_MONTHS = ["February", "March", "April", "May", "June", "July", "August"]


def _series(heading: str, lines: list[str]) -> str:
    return "Swap review\n\nThe story so far.\n\n" + heading + "\n\n" + "\n\n".join(lines) + "\n"


def test_news_each_dated_line_of_a_recap_is_a_swap_of_prisoners_on_its_day(recap: Recap) -> None:
    """ "February 5: 150 for 150, mediated by ..." under a heading is that day's swap."""
    found = recap(
        _series(
            "The swaps, month by month",
            [
                "February 5: 150 for 150, mediated by the United Arab Emirates.",
                "March 19: 175 for 175.",
                "April 19: the Easter exchange, 246 for 246.",
            ],
        )
    )
    for day, size in (("2025-02-05", "150"), ("2025-03-19", "175"), ("2025-04-19", "246")):
        assert (day, "RUS", "UKR", "prisoners_of_war", size) in found
        assert (day, "UKR", "RUS", "prisoners_of_war", size) in found


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.integers(min_value=11, max_value=900), min_size=2, max_size=4, unique=True),
    st.sampled_from(["{m} {d}", "{d} {m}"]),
    st.sampled_from(["", ", mediated by Qatar", ", on the eve of a holiday"]),
    st.sampled_from(["Exchanges this year", "How the year went", "The record"]),
)
def test_news_a_dated_line_keeps_its_own_size_and_day(
    recap: Recap, sizes: list[int], form: str, tail: str, heading: str
) -> None:
    """Whatever the sizes, wording of the date or the aside, each line is its own day's swap."""
    lines = [
        form.format(m=_MONTHS[k], d=k + 3) + f": {n} for {n}{tail}." for k, n in enumerate(sizes)
    ]
    found = recap(_series(heading, lines))
    for k, n in enumerate(sizes):
        day = f"2025-{k + 2:02d}-{k + 3:02d}"
        assert (day, "RUS", "UKR", "prisoners_of_war", str(n)) in found
        assert (day, "UKR", "RUS", "prisoners_of_war", str(n)) in found
    assert len(found) == 2 * len(sizes)


@pytest.mark.parametrize(
    "text",
    [
        # a schedule: its heading plans
        _series("Planned exchanges", ["December 5: 150 for 150.", "December 19: 175 for 175."]),
        _series("What comes next", ["December 5: 150 for 150.", "December 19: 175 for 175."]),
        # the lines themselves plan
        _series(
            "The talks",
            ["December 5: 150 for 150 will be swapped.", "December 19: 175 for 175 is planned."],
        ),
        # a lone dated line is no series
        "Swap review\n\nThe story so far.\n\nFebruary 5: 150 for 150.\n\nNothing else happened.\n",
    ],
)
def test_news_a_schedule_or_a_lone_dated_line_moves_no_one(recap: Recap, text: str) -> None:
    """Dated lines under a plan's heading, with a modal, or standing alone are not swaps."""
    assert not {leg for leg in recap(text) if leg[4] in ("150", "175")}


def test_news_a_bare_pair_of_a_dated_line_does_not_take_the_last_lines_kind(
    recap: Recap,
) -> None:
    """After a line about the wounded, the next line's "205 for 205" is of prisoners of war."""
    found = recap(
        _series(
            "The swaps",
            [
                "March 19: 175 for 175. Hours later Russia handed over 22 badly wounded soldiers.",
                "May 6: 205 for 205, on the eve of a holiday.",
            ],
        )
    )
    assert ("2025-05-06", "RUS", "UKR", "prisoners_of_war", "205") in found
    assert not any(leg[4] == "205" and leg[3] == "wounded_prisoners" for leg in found)


def test_news_a_swap_of_the_wounded_counts_its_relative_clauses_figures_as_wounded(
    recap: Recap,
) -> None:
    """ "a swap of the wounded in which Ukraine received 31 and gave back 15": wounded both ways."""
    found = recap(
        "On April 19 the sides swapped 246 for 246, plus a separate swap of the wounded in "
        "which Ukraine received 31 and gave back 15."
    )
    assert ("2025-04-19", "RUS", "UKR", "wounded_prisoners", "31") in found
    assert ("2025-04-19", "UKR", "RUS", "wounded_prisoners", "15") in found
    assert ("2025-04-19", "RUS", "UKR", "prisoners_of_war", "246") in found


def test_news_a_headline_year_after_than_is_no_topic_year(recap: Recap) -> None:
    """ "More came home in six months than in all of 2024": undated days stay this year's."""
    found = recap(
        "More Ukrainians came home in six months than in all of 2024\n\n"
        "On February 5 the sides swapped 150 for 150."
    )
    assert ("2025-02-05", "RUS", "UKR", "prisoners_of_war", "150") in found


def test_news_a_dated_colon_inside_a_line_is_no_listed_line(recap: Recap) -> None:
    """ "... in the spring. March 19: 175 for 175." opens no line of a series of its own."""
    text = _series(
        "The swaps",
        ["Talks went on in the spring. March 19: 175 for 175.", "April 19: 246 for 246."],
    )
    assert not {leg for leg in recap(text) if leg[4] == "175"}


def test_news_a_dated_line_far_below_its_heading_is_left_unread(recap: Recap) -> None:
    """Past 40 dated lines the heading is out of sight: a schedule cannot be told from a
    record, so the line moves no one (and the look-back stays linear in the text)."""
    lines = [f"{_MONTHS[k // 7]} {k % 7 + 1}: {100 + k} for {100 + k}." for k in range(45)]
    found = recap(_series("Planned exchanges", lines[:1]) + "\n" + "\n\n".join(lines[1:]))
    sizes = {leg[4] for leg in found}
    assert not sizes  # under "Planned exchanges": none of the 45, near the heading or far
    found = recap(_series("The record", lines))
    sizes = {leg[4] for leg in found}
    assert "101" in sizes
    assert "144" not in sizes


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.integers(min_value=11, max_value=900), min_size=2, max_size=4, unique=True),
    st.sampled_from(["- ", "\u2022 ", "* "]),
    st.sampled_from(["", " (Easter)", " (the eve of a holiday)"]),
)
def test_news_a_bulleted_dated_line_with_a_named_day_is_its_days_swap(
    recap: Recap, sizes: list[int], bullet: str, name: str
) -> None:
    """ "- 19 April (Easter): 246 for 246." is a listed line like "April 19: 246 for 246."."""
    lines = [f"{bullet}{k + 3} {_MONTHS[k]}{name}: {n} for {n}." for k, n in enumerate(sizes)]
    found = recap(_series("The prisoner swaps", lines))
    for k, n in enumerate(sizes):
        day = f"2025-{k + 2:02d}-{k + 3:02d}"
        assert (day, "RUS", "UKR", "prisoners_of_war", str(n)) in found
        assert (day, "UKR", "RUS", "prisoners_of_war", str(n)) in found
    assert len(found) == 2 * len(sizes)


def test_news_a_bulleted_schedule_moves_no_one(recap: Recap) -> None:
    """Bullets do not make a plan's lines ("- 5 December (Friday): 150 for 150") swaps."""
    text = _series(
        "Planned exchanges", ["- 5 December (Friday): 150 for 150.", "- 19 December: 175 for 175."]
    )
    assert not {leg for leg in recap(text) if leg[4] in ("150", "175")}


@pytest.mark.parametrize("bullet", ["", "- "])
def test_news_a_dated_lines_date_carries_to_its_next_sentence(recap: Recap, bullet: str) -> None:
    """ "- 23-25 May: the deal agreed in talks. Each side got back 1,000 people." is of May."""
    found = recap(
        _series(
            "The prisoner swaps",
            [
                f"{bullet}19 April: 246 for 246.",
                f'{bullet}23-25 May: the "1,000 for 1,000" agreed in talks, done in three stages. '
                "Each side got back 1,000 people, soldiers and civilians.",
            ],
        )
    )
    thousand = {leg[0] for leg in found if leg[4] == "1,000"}
    assert thousand
    assert not thousand - {"2025-05-23", "2025-05-25"}


def test_news_a_dated_lines_date_stops_at_the_line_end(recap: Recap) -> None:
    """A sentence on the next, undated line does not take the line's date above it."""
    found = recap(
        _series(
            "The prisoner swaps",
            [
                "- 19 April: 246 for 246.",
                '- 23-25 May: the "1,000 for 1,000" agreed in talks.',
                "Russia later said each side got back 1,000 people.",
            ],
        )
    )
    assert not any(leg[4] == "1,000" and leg[0].startswith("2025-05") for leg in found)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    # past 31, as "FEBRUARY 3 - 11 for 11" may as well open with the days 3 to 11
    st.lists(st.integers(min_value=32, max_value=900), min_size=2, max_size=4, unique=True),
    st.sampled_from(["-", "\u2013", "\u2014"]),
    st.sampled_from([str.upper, str.title]),
    st.sampled_from(["", ", mediated by Qatar", ", brokered again by the Emirates"]),
)
def test_news_a_line_dated_before_a_spaced_dash_is_its_days_swap(
    recap: Recap, sizes: list[int], dash: str, case: Callable[[str], str], tail: str
) -> None:
    """ "MAY 6 - 205 for 205, brokered ..." is a recap line as "May 6: 205 for 205" is."""
    lines = [f"{case(_MONTHS[k])} {k + 3} {dash} {n} for {n}{tail}." for k, n in enumerate(sizes)]
    found = recap(_series("Our timeline", lines))
    for k, n in enumerate(sizes):
        day = f"2025-{k + 2:02d}-{k + 3:02d}"
        assert (day, "RUS", "UKR", "prisoners_of_war", str(n)) in found
        assert (day, "UKR", "RUS", "prisoners_of_war", str(n)) in found
    assert len(found) == 2 * len(sizes)


@pytest.mark.parametrize(
    "text",
    [
        # a schedule told with dashes
        _series("Planned exchanges", ["DECEMBER 5 - 150 for 150.", "DECEMBER 19 - 175 for 175."]),
        # a lone line is no series
        "Swap review\n\nThe story so far.\n\nFEBRUARY 5 - 150 for 150.\n\nNothing else.\n",
        # a dash touching its words joins, it does not open the line's entry
        _series("The record", ["February 5 -150 for 150.", "March 19 -175 for 175."]),
    ],
)
def test_news_a_dash_dated_schedule_or_lone_line_moves_no_one(recap: Recap, text: str) -> None:
    """Dash-dated lines under a plan's heading, alone, or with an unspaced dash are not swaps."""
    assert not {leg for leg in recap(text) if leg[4] in ("150", "175")}
