"""Figures a text refutes or that no one of record stands behind are no claims (b23-d).

"Kyiv has not admitted losing 900,000": the verb of admitting is negated, so the
gerund's figure is no one's count. "A post shared widely says ...", "The claim: a
viral post says ...": a post (or a rumour) as the only source is hearsay the text
weighs, not a side's count; a side's own post ("In a post on Telegram, the
ministry said ...") still is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "No, Kyiv has not admitted losing 900,000 soldiers.",
        "Moscow has never acknowledged losing more than 80,000 men in the offensive.",
        # harder: contracted negation, a quote around the figure
        'The ministry didn\'t admit losing "half a million troops", the analyst said.',
    ],
)
def test_news_figure_after_a_negated_admission_is_no_claim(news: News, text: str) -> None:
    """A gerund under a negated verb of admitting gives no claim."""
    assert news(text).claims == []


def test_news_admitted_losing_stays_a_claim(news: News) -> None:
    """Without the negation, admitting a loss is a claim of it."""
    claims = news("Kyiv admitted in March losing 46,000 soldiers.").claims
    assert [(c.subject.code, c.count.best) for c in claims] == [("UKR", 46_000)]


@pytest.mark.parametrize(
    "text",
    [
        "A post shared thousands of times this week says Russia has lost two million troops.",
        "The claim: a viral post on Telegram says that Ukraine has lost 900,000 men killed.",
        # harder: a rumour, with a clause between the noun and its verb of saying
        "A rumour that spread on Friday, after the strike, claimed Russia had lost "
        "12,000 soldiers near the river.",
    ],
)
def test_news_a_post_as_the_only_source_makes_no_claim(news: News, text: str) -> None:
    """What an unsourced post or rumour says is not read as anyone's count."""
    assert news(text).claims == []


@pytest.mark.parametrize(
    "text",
    [
        "A widely shared post on Telegram says that Russia's own defence minister "
        '"conceded" in May that 250,000 Russian soldiers have been killed.',
        # harder: a label, a hyphenated compound and two adjectives before the head
        "CLAIM: A much-circulated viral post claimed that 500,000 Ukrainian troops had died.",
    ],
)
def test_news_a_post_with_modifiers_and_a_nested_speaker_makes_no_claim(
    news: News, text: str
) -> None:
    """A post with several words before its head, quoting someone of record, is still hearsay."""
    assert news(text).claims == []


def test_news_a_side_speaking_in_a_post_still_claims(news: News) -> None:
    """ "In a post ..., the ministry said": the ministry is the speaker, and the claim is read."""
    claims = news("In a post on Telegram, the ministry said Russia had lost 1,200 soldiers.").claims
    assert [(c.subject.code, c.count.best) for c in claims] == [("RUS", 1_200)]
    # near miss: a long-modified post the ministry speaks in is the ministry's too
    claims = news(
        "In a widely shared post on Telegram, the ministry said Russia had lost 1,200 soldiers."
    ).claims
    assert [(c.subject.code, c.count.best) for c in claims] == [("RUS", 1_200)]
