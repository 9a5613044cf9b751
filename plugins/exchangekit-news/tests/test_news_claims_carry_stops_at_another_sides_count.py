"""The side of the claim before is not carried to a count that names whose it is otherwise.

"... had put the enemy's weekly losses at 'about 7,300'", told after a sentence on the
teller's own losses it does not publish: the enemy's losses are the teller's enemy's,
not the side the sentence before named. "The last Ukrainian figure ... put the dead at
10,000 to 13,000", told after Kyiv's count of Russian losses: the adjective names the
side that gave the figure (and perhaps the side it counts), so Russia's side is not
carried on to it, and nothing is read. A toll whose sentence names no side still
takes the side of the passage.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

News = Callable[..., Any]
TOLD = "Ukraine's General Staff said on Monday that Russian losses had reached 690,000. "


def test_news_the_enemys_weekly_losses_are_not_the_side_told_before(news: News) -> None:
    text = (
        "The defence ministry in Moscow said its forces had taken two more villages. It has "
        "given no figures for the losses of the Russian armed forces since 2022. A retired "
        "general, speaking to a state radio station, recalled that a week earlier the "
        'defence ministry had put the enemy\'s weekly losses at "about 7,300" servicemen.'
    )
    assert [(subject, kind) for subject, kind, _ in news(text).claim_list()] == [
        ("UKR", "total_losses")
    ]


def test_news_another_sides_figure_does_not_take_the_side_told_before(news: News) -> None:
    text = (
        TOLD + "Kyiv has published no figure for its own dead this year. The last Ukrainian "
        "figure, given by an adviser to the president in late 2022, put the dead at between "
        "10,000 and 13,000."
    )
    assert news(text).claim_list() == [("RUS", "total_losses", "690,000")]


def test_news_a_toll_naming_no_side_takes_the_side_told_before(news: News) -> None:
    text = (
        TOLD + "Western analysts think that number too high. Estimates by Western officials "
        "put the number of dead at around 120,000."
    )
    assert [(subject, kind) for subject, kind, _ in news(text).claim_list()] == [
        ("RUS", "total_losses"),
        ("RUS", "killed"),
    ]
