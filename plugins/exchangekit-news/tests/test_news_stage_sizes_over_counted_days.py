"""Sizes listed after "over three days from 9 June": one stage a day, both ways.

A recap often tells a multi-day swap by the days it ran and the sizes, with no
"stages" noun: "carried out over three days from 9 June, with 212, 180 and 95
people going each way". Each size is one day's exchange in both directions, on
the day its place in the list names. Not read when the sizes do not match the
days counted, or when one side alone is told handing them over.
"""

from __future__ import annotations

from collections.abc import Callable

Recap = Callable[..., set[tuple[str, str, str, str, str]]]


def test_news_sizes_after_a_counted_run_of_days_are_one_stage_a_day(recap: Recap) -> None:
    text = (
        "The swap, which negotiators in Doha had pieced together over weeks of haggling, "
        "was finally carried out over three days from 9 June, with 212, 180 and 95 "
        "people going each way, the ombudsman's office later confirmed."
    )
    assert recap(text) == {
        ("2025-06-09", "RUS", "UKR", "other", "212"),
        ("2025-06-09", "UKR", "RUS", "other", "212"),
        ("2025-06-10", "RUS", "UKR", "other", "180"),
        ("2025-06-10", "UKR", "RUS", "other", "180"),
        ("2025-06-11", "RUS", "UKR", "other", "95"),
        ("2025-06-11", "UKR", "RUS", "other", "95"),
    }


def test_news_sizes_not_matching_the_days_counted_get_no_stage_days(recap: Recap) -> None:
    # two sizes for three days: which day had which is unknown
    text = (
        "The swap was carried out over three days from 9 June, with 212 and 180 people "
        "going each way."
    )
    assert not {leg for leg in recap(text) if leg[0] in {"2025-06-09", "2025-06-10"}}


def test_news_sizes_over_counted_days_handed_over_by_one_side_go_one_way(recap: Recap) -> None:
    text = (
        "Over three days from 9 June, Russia returned 212, 180 and 95 bodies, "
        "Kyiv's coordination office said."
    )
    assert not {leg for leg in recap(text) if leg[1:3] == ("UKR", "RUS")}
