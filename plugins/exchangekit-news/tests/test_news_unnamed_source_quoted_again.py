"""An unnamed source's quote after the story has told its figure: one record.

Agency copy often gives a handover's figures from "a source familiar with the
talks" and then quotes that source ("'... eighteen of our dead came home,' the
source added"). The definite "the source" points back at the source already
told, so the quoted figure is the same source's telling again, not a second
account beside the story's. A named source restating the figure (a ministry, a
side) is still kept as its own account.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("lead", "quote"),
    [
        (
            "Moscow returned 640 bodies to Kyiv on Tuesday and received 18 in return, "
            "a source familiar with the matter said.",
            '"The handover went calmly. Eighteen of our dead came home to Russia," '
            "the source added.",
        ),
        (
            "Ukraine received 640 bodies on Tuesday and handed back 18, according to "
            "a source in the Russian delegation.",
            '"Eighteen bodies of our men were brought back to Russia," the same source said later.',
        ),
        (
            "Russia handed 640 bodies to the Ukrainian side on Tuesday and got 18 back, "
            "an informed source told reporters in Moscow.",
            'The source went on: "It was all done quietly." "Eighteen of our fallen came '
            'back to Russia," the source told them.',
        ),
    ],
)
def test_news_the_sources_quote_of_a_figure_it_gave_is_not_a_second_record(
    news: News, lead: str, quote: str
) -> None:
    assert news(f"{lead} {quote}").legs_sorted() == [
        ("RUS", "UKR", "remains", Count.exact(640)),
        ("UKR", "RUS", "remains", Count.exact(18)),
    ]


def test_news_a_named_source_restating_an_unnamed_sources_figure_is_its_second_teller(
    news: News,
) -> None:
    # one record under the unnamed source that told it first (convention 13); the
    # ministry is named in a note
    text = (
        "Moscow freed 640 Ukrainian prisoners on Tuesday and received 18 Russian soldiers in "
        "return, a source familiar with the matter said. Russia's defence ministry said 18 "
        "Russian soldiers had been returned."
    )
    read = news(text)
    assert read.legs_sorted().count(("UKR", "RUS", "prisoners_of_war", Count.exact(18))) == 1
    assert any(
        note.startswith("Russian Ministry of Defence also gave 18 ")
        for e in read.exchanges
        for note in e.notes
    )


@settings(max_examples=20, deadline=None)
@given(
    sent=st.integers(min_value=100, max_value=5_000).filter(lambda n: not 1800 <= n <= 2100),
    back=st.integers(min_value=2, max_value=99),
)
def test_news_an_unnamed_sources_quote_adds_no_record_whatever_the_numbers(
    news: News, sent: int, back: int
) -> None:
    text = (
        f"Moscow returned {sent:,} bodies to Kyiv on Tuesday and received {back} in return, "
        "a source familiar with the matter said. "
        f'"The handover went calmly. {back} of our dead came home to Russia," '
        "the source added."
    )
    assert news(text).legs_sorted() == [
        ("RUS", "UKR", "remains", Count.exact(sent)),
        ("UKR", "RUS", "remains", Count.exact(back)),
    ]
