"""Figures a sentence says came out on a day are as of that day when the next sentences give them.

"On Monday two new estimates of Ukrainian losses were published. A think tank put the
dead at 60,000. Kyiv's allies, meanwhile, put total losses at 400,000.": the sentence
names the day and says figures came out, and the sentence after it (and the next one,
while the one between gave only that day's figures) tells them, with no date of its
own. A sentence that only sets a day ("On Monday the front was quiet.") dates no
figure after it, and a figure with a date of its own keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_DAY = date(2026, 3, 13)  # a Friday


def _dates(news: News, text: str) -> list[str]:
    return [str(c.as_of) for c in news(text, published=_DAY).claims]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday two new estimates of Ukrainian losses were published. The Halden Institute "
        "put Ukraine's dead at 60,000. Kyiv's allies, meanwhile, put total Ukrainian losses at "
        "400,000.",
        "On Monday two very different figures for Russian dead appeared. Mediazona said it had "
        "confirmed 150,000 Russian soldiers killed. Ukraine's General Staff put total Russian "
        "losses at about 1,200,000.",
        "Two rival counts emerged on Monday. Mediazona said it had confirmed 150,000 Russian "
        "soldiers killed. Ukraine's General Staff put total Russian losses at about 1,200,000.",
    ],
)
def test_news_figures_said_to_come_out_are_as_of_that_day(news: News, text: str) -> None:
    assert _dates(news, text) == ["2026-03-09", "2026-03-09"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a day set, but no figures said to come out
        (
            "On Monday the front was quiet. Mediazona said it had confirmed 150,000 Russian "
            "soldiers killed.",
            ["2026-03-13"],
        ),
        # "released" here is the prisoners', and the numbers did not come out
        (
            "On Monday the numbers of prisoners released by each side were not disclosed. "
            "Mediazona said it had confirmed 150,000 Russian soldiers killed.",
            ["2026-03-13"],
        ),
        # the figure's own date wins
        (
            "On Monday two very different figures for Russian dead appeared. Mediazona said in "
            "February it had confirmed 150,000 Russian soldiers killed.",
            ["2026-02"],
        ),
    ],
)
def test_news_a_day_alone_or_a_figures_own_date_is_not_carried(
    news: News, text: str, dates: list[str]
) -> None:
    assert _dates(news, text) == dates


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    killed=st.integers(min_value=2_200, max_value=300_000),
    day=st.sampled_from([("Monday", "09"), ("Tuesday", "10"), ("Wednesday", "11")]),
)
def test_news_the_next_figure_takes_the_day_the_figures_came_out(
    news: News, killed: int, day: tuple[str, str]
) -> None:
    text = (
        f"On {day[0]} new figures for Russian dead were published. Mediazona said it had "
        f"confirmed {killed:,} Russian soldiers killed."
    )
    assert _dates(news, text) == [f"2026-03-{day[1]}"]
