"""A side named inside a relative clause does not own the people "its" counts later.

"Russia, whose defence ministry spoke a few minutes before Kyiv did, got back 146
soldiers and said it had also received eight of its civilians": Kyiv stands inside
the "whose" clause, which only tells about Russia; "its" is Russia's, the subject's,
so the eight civilians go to Russia. Nor does Kyiv, inside a "whose" clause, say what
Russia said after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count


def _legs(result: Any) -> set[tuple[str, str, str, int | None]]:
    return {
        (t.sender.code, t.receiver.code, t.category.value, t.count.best)
        for e in result.exchanges
        for t in e.transfers
    }


def test_news_its_after_a_whose_clause(news: Callable[..., Any]) -> None:
    text = (
        "Russia, whose defence ministry spoke a few minutes before Kyiv did, got back 146 "
        "soldiers and said it had also received eight of its civilians."
    )
    assert ("UKR", "RUS", "civilians", 8) in _legs(news(text))
    assert ("RUS", "UKR", "civilians", 8) not in _legs(news(text))


def test_news_its_after_a_whose_clause_other_side(news: Callable[..., Any]) -> None:
    text = (
        "Ukraine, whose negotiators briefed reporters after Moscow did, received 95 "
        "soldiers and said it had also got back six of its civilians."
    )
    assert ("RUS", "UKR", "civilians", 6) in _legs(news(text))


def test_news_its_after_a_which_clause(news: Callable[..., Any]) -> None:
    text = (
        "Moscow, which confirmed the handover after Kyiv did, took back 51 soldiers "
        "and 12 of its civilians."
    )
    legs = _legs(news(text))
    assert ("UKR", "RUS", "civilians", 12) in legs
    assert ("RUS", "UKR", "civilians", 12) not in legs


def test_news_its_inside_the_relative_clause_is_its_party(news: Callable[..., Any]) -> None:
    # near-miss: a figure told inside the relative clause keeps that clause's side
    legs = _legs(news("Officials in Moscow praised Kyiv, which got back 40 of its soldiers."))
    assert legs == {("RUS", "UKR", "prisoners_of_war", 40)}


def test_news_its_of_a_relative_speaker(news: Callable[..., Any]) -> None:
    # near-miss: "it" and "its" inside the "which said" clause stay the relative's side
    text = "The deal was hailed by Russia, which said it had got back 40 of its soldiers."
    assert _legs(news(text)) == {("UKR", "RUS", "prisoners_of_war", 40)}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=11, max_value=1799),
    st.sampled_from([("Russia", "Kyiv", "RUS"), ("Ukraine", "Moscow", "UKR")]),
)
def test_news_its_is_the_subject_past_a_whose_clause(
    news: Callable[..., Any], n: int, sides: tuple[str, str, str]
) -> None:
    """Whatever the figure and sides, "its" past a "whose" clause is the subject's."""
    subject, other, code = sides
    text = (
        f"{subject}, whose officials spoke after {other} did, received {n + 1:,} soldiers "
        f"and said it had also got back {n:,} of its civilians."
    )
    received = {
        (t.receiver.code, t.count)
        for e in news(text).exchanges
        for t in e.transfers
        if t.category.value == "civilians"
    }
    assert received == {(code, Count.exact(n))}


def _speakers(result: Any) -> set[tuple[str, int | None, str | None]]:
    return {
        (
            t.receiver.code,
            t.count.best,
            getattr(getattr(t.attributed_to, "party", None), "code", None),
        )
        for e in result.exchanges
        for t in e.transfers
    }


def test_news_speaker_past_a_whose_clause(news: Callable[..., Any]) -> None:
    # the side inside the "whose" clause does not say what the subject said
    text = (
        "Ukraine got 133 soldiers back on Sunday. Russia, whose defence ministry issued "
        "its statement an hour ahead of Kyiv's, took back as many troops, and said it "
        "had recovered nine of its civilians as well."
    )
    legs = _speakers(news(text))
    assert ("RUS", 9, "RUS") in legs
    assert not any(party == "UKR" for receiver, _, party in legs if receiver == "RUS")


def test_news_speaker_past_a_whose_clause_other_side(news: Callable[..., Any]) -> None:
    text = (
        "Russia got 95 soldiers back on Sunday. Ukraine, whose negotiators briefed "
        "reporters after Moscow did, received the same number of soldiers, and said it "
        "had also got back six of its civilians."
    )
    legs = _speakers(news(text))
    assert ("UKR", 6, "UKR") in legs


def test_news_speaker_of_a_which_clause_keeps_its_clause(news: Callable[..., Any]) -> None:
    # near-miss: "which said" inside the relative clause is the relative's side speaking
    text = "The deal was hailed by Russia, which said it had got back 40 of its soldiers."
    assert _speakers(news(text)) == {("RUS", 40, "RUS")}
