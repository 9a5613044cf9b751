"""A document's own statement of the span it reports on, and the records whose span it is.

"This bulletin summarises the handovers recorded between 1 April and 30 June 2025" (or a
label line "Reporting period: 1-31 May 2025 | Issued: 9 June 2025") states the period the
document covers: a total "over the quarter" then covers that quarter, even when a later
briefing day dates it, never the war up to that briefing. A toll ranked among months
("the deadliest month for civilians since March 2022") is that month's, not a running
total since March 2022. Totals told "between 2 June and 29 June" cover those days, even
when the sentence gives them two figures.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

_PUBLISHED = date(2025, 7, 14)
_HEAD = "Quarterly bulletin of the Returning Families Alliance\n\n"
_SUMMARISES = (
    _HEAD + "This bulletin summarises the handovers of prisoners and of the dead that were "
    "recorded between 1 April and 30 June 2025, with what they mean for our members.\n\n"
)


def _spans(news: Callable[..., Any], text: str) -> set[tuple[str, str]]:
    return {
        (str(t.covers), str(t.count))
        for t in news(text, published=_PUBLISHED).tallies
        if t.receiver.code == "UKR"
    }


@pytest.mark.parametrize(
    "text",
    [
        _SUMMARISES + "Over the quarter, then, the remains of 2,400 people have come back "
        "to Ukraine - a figure confirmed by the coordination headquarters at a briefing "
        "on 3 July.",
        _SUMMARISES + "In all, during the quarter, Ukraine received the bodies of 2,400 "
        "soldiers, the headquarters said.",
    ],
)
def test_a_sum_over_the_stated_quarter_covers_it(news: Callable[..., Any], text: str) -> None:
    assert _spans(news, text) == {("2025-04-01/2025-06-30", "2,400")}


@pytest.mark.parametrize(
    "text",
    [
        # the span stated is no calendar quarter: "the quarter" names no span told
        _HEAD + "This bulletin summarises the handovers recorded between 15 April and 30 "
        "June 2025.\n\nOver the quarter, then, the remains of 2,400 people have come back "
        "to Ukraine - a figure confirmed by the coordination headquarters at a briefing "
        "on 3 July.",
        # an article's dates that are no document's own span
        _HEAD + "The handovers were recorded between 1 April and 30 June 2025, the "
        "Alliance said.\n\nOver the quarter, then, the remains of 2,400 people have come "
        "back to Ukraine - a figure confirmed by the coordination headquarters at a "
        "briefing on 3 July.",
    ],
)
def test_no_quarter_stated_no_quarter_read(news: Callable[..., Any], text: str) -> None:
    assert ("2025-04-01/2025-06-30", "2,400") not in _spans(news, text)


@pytest.mark.parametrize(
    "label",
    [
        "Reporting period: 1-31 May 2025 | Issued: 9 June 2025",
        "Issued: 9 June 2025 | Reporting period: 1 to 31 May 2025",
    ],
)
def test_a_label_line_states_the_period(news: Callable[..., Any], label: str) -> None:
    text = (
        f"Monitoring Mission: Returns of Prisoners - Update\n{label}\n\n"
        "During the period, in two exchanges, 390 Ukrainian servicemen and civilians "
        "came home from Russian captivity, the Mission said.\n"
    )
    assert _spans(news, text) == {("2025-05-01/2025-05-31", "390")}


def test_an_earlier_updates_period_is_not_this_ones(news: Callable[..., Any]) -> None:
    text = (
        "Monitoring Mission: Returns of Prisoners - Update\n"
        "The reporting period of the last update: 1-30 April 2025.\n\n"
        "During the period, in two exchanges, 390 Ukrainian servicemen and civilians "
        "came home from Russian captivity, the Mission said.\n"
    )
    assert ("2025-04-01/2025-04-30", "390") not in _spans(news, text)


_MISSION = "UN monitoring mission update\n\n"


def _claim_spans(news: Callable[..., Any], text: str) -> dict[str, str]:
    return {str(c.count): str(c.covers) for c in news(text, published=_PUBLISHED).claims}


@pytest.mark.parametrize(
    "sentence",
    [
        "In April, according to figures the Mission verified, 187 civilians were killed, "
        "making it the deadliest month for civilians since September 2022, and 940 were "
        "injured.",
        "The Mission verified that 187 civilians were killed in April - the lowest monthly "
        "figure since September 2022, it said.",
    ],
)
def test_a_toll_ranked_among_months_is_that_months(news: Callable[..., Any], sentence: str) -> None:
    assert _claim_spans(news, _MISSION + sentence + "\n")["187"] == "2025-04"


def test_a_running_toll_since_a_date_keeps_its_start(news: Callable[..., Any]) -> None:
    text = (
        _MISSION + "Since September 2022, the Mission has verified that at least 9,400 "
        "civilians have been killed, the highest toll it has recorded in any region.\n"
    )
    assert _claim_spans(news, text)["at least 9,400"].startswith("2022-09-01/")


@pytest.mark.parametrize(
    "sentence",
    [
        "Our own tally, drawn from statements in both capitals, is that no fewer than 950 "
        "Ukrainian servicemen came home between 2 June and 29 June, and that Russia got "
        "back some 900 of its own.",
        "Kyiv, the note says, got back at least 950 of its soldiers between 2 June and 29 "
        "June, while Moscow received about 900.",
    ],
)
def test_totals_between_two_days_both_cover_the_span(
    news: Callable[..., Any], sentence: str
) -> None:
    tallies = news(_HEAD + sentence + "\n", published=_PUBLISHED).tallies
    assert {(t.receiver.code, str(t.covers)) for t in tallies} == {
        ("UKR", "2025-06-02/2025-06-29"),
        ("RUS", "2025-06-02/2025-06-29"),
    }


def test_a_total_between_a_day_and_no_date_is_not_dated_by_its_first_day(
    news: Callable[..., Any],
) -> None:
    sentence = (
        "Kyiv, the note says, got back at least 950 of its soldiers between 2 June, when "
        "the talks resumed, and the end of the talks, in stages whose sizes were kept quiet."
    )
    spans = _spans(news, _HEAD + sentence + "\n")
    assert not any(covers.endswith("/2025-06-02") for covers, _ in spans)


_UPDATE = (
    "Monitoring Mission: Protection of Civilians - Update\n"
    "Reporting period: 1-31 May 2025 | Issued: 12 June 2025\n\n"
)


def test_a_monitors_running_count_stands_at_the_period_end(news: Callable[..., Any]) -> None:
    text = (
        _UPDATE + "Since 24 February 2022, the Mission has verified that at least 12,900 "
        "civilians have been killed in Ukraine, among them 690 children.\n"
    )
    claims = news(text, published=date(2025, 6, 12)).claims
    assert {(str(c.count), str(c.as_of), str(c.covers)) for c in claims} >= {
        ("at least 12,900", "2025-05-31", "2022-02-24/2025-05-31")
    }


def test_a_count_with_no_start_keeps_the_day_it_is_told(news: Callable[..., Any]) -> None:
    text = (
        _UPDATE + "Thousands of Ukrainian prisoners of war, the Mission has verified, "
        "are still held by Russia, among them at least 2,000 civilians.\n"
    )
    claims = news(text, published=date(2025, 6, 12)).claims
    assert "2025-05-31" not in {str(c.as_of) for c in claims}
