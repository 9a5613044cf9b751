"""A figure in a clause whose subject names no one: "No estimate ... comes close to N".

"No Western government, in any briefing we have seen, has put Ukrainian dead anywhere
close to 300,000": the clause says who has not given the figure, so no one of record
claims it. "No fewer than", "no doubt" and an answer "No." before a statement leave
the figure told.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "No official, independent or academic estimate that our desk could find, however "
        "generous its method, comes close to 900,000 Russian dead.",
        "The posts are widely shared. None of the governments involved, in public at least, "
        "has ever put Ukrainian military deaths at 400,000.",
        "The ministry publishes its figures daily, but no western intelligence service has "
        "estimated Russian military deaths anywhere near 700,000.",
    ],
)
def test_news_a_figure_no_one_gives_is_no_claim(news: News, text: str) -> None:
    assert news(text).claims == []


def test_news_the_clause_after_a_no_one_subject_still_tells(news: News, found: Found) -> None:
    """Near miss: "No one outside Kyiv can check it, but the ministry says ..." tells."""
    text = (
        "No one outside Kyiv can check the number, but the General Staff says that more "
        "than 250,000 Russian soldiers have been killed since February 2022."
    )
    assert found(news(text)) == {("RUS", "killed", Count.more_than(250_000))}


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "No fewer than 31,000 Ukrainian soldiers had been killed, Zelensky said at a "
            "news conference in Kyiv on Sunday.",
            Count.parse("at least 31,000"),
        ),
        (
            "Is the viral figure true? No. Ukraine's General Staff said on Monday that "
            "Russian losses had reached about 1,060,000, killed and wounded.",
            Count.approx(1_060_000),
        ),
    ],
)
def test_news_no_as_a_count_or_an_answer_leaves_the_figure_told(
    news: News, text: str, dead: Count
) -> None:
    """Near miss: "No fewer than" counts; "No." answers a question and a statement follows."""
    assert dead in news(text).claim_counts()
