"""A bare "the number" later in a sentence is the running total its first clause told."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_PUBLISHED = date(2025, 11, 4)


def _values(result: Any) -> dict[str, tuple[str, str, str]]:
    return {str(t.count): (t.receiver.code, t.category.value, str(t.as_of)) for t in result.tallies}


def test_news_the_number_grown_after_a_semicolon_is_the_same_total(news: News) -> None:
    result = news(
        "The ombudsman said 4,120 Ukrainians had been freed since 2022; after the "
        "latest exchange the number had grown to 4,390.",
        published=_PUBLISHED,
    )
    values = _values(result)
    assert values["4,120"][:2] == ("UKR", "other")
    assert values["4,390"][:2] == ("UKR", "other")


def test_news_the_number_stood_at_on_its_own_date(news: News) -> None:
    result = news(
        "By the end of July, the office said, 4,120 Ukrainians had come home since 2022; "
        "by the end of September the number stood at 4,390.",
        published=_PUBLISHED,
    )
    values = _values(result)
    assert values["4,390"][:2] == ("UKR", "other")
    assert values["4,390"][2].startswith("2025-09")


def test_news_the_number_dated_by_its_saying_not_the_swap_it_counts(news: News) -> None:
    # a harder form: the swap's day as a possessive, the saying day in an aside
    result = news(
        "By the end of July, according to the ombudsman, 4,120 Ukrainians had been freed "
        "since 2022; with Sunday's exchange, the ombudsman said on Monday, the number had "
        "grown to 4,390.",
        published=_PUBLISHED,
    )
    assert _values(result)["4,390"] == ("UKR", "other", "2025-11-03")


def test_news_the_number_of_something_else_is_no_total(news: News) -> None:
    # near miss: "the number of" counts what its own noun says
    result = news(
        "The ombudsman said 4,120 Ukrainians had been freed since 2022; the number of "
        "requests from families had grown to 9,000.",
        published=_PUBLISHED,
    )
    assert "9,000" not in _values(result)


def test_news_the_number_with_no_total_before_is_no_total(news: News) -> None:
    # near miss: no running total told before for "the number" to point back to
    result = news(
        "Officials met the families on Monday; the number had grown to 300 by the evening.",
        published=_PUBLISHED,
    )
    assert not result.tallies


def test_news_it_taken_past_a_value_is_the_total_told_before(news: News) -> None:
    # "took it past N": the running total of the first clause, now more than N
    result = news(
        "The ombudsman said 4,120 Ukrainians had been freed since 2022, and the two "
        "October exchanges took it past 4,400.",
        published=_PUBLISHED,
    )
    assert _values(result)["more than 4,400"][:2] == ("UKR", "other")


def test_news_it_brought_to_a_value_is_the_total_told_before(news: News) -> None:
    result = news(
        "The ombudsman said 4,120 Ukrainians had been freed since 2022; the October swap "
        "brought it to 4,390.",
        published=_PUBLISHED,
    )
    assert _values(result)["4,390"][:2] == ("UKR", "other")


def test_news_it_brought_with_no_total_before_is_no_total(news: News) -> None:
    # near miss: "it" with no running total told before is no total
    result = news(
        "The ministry said its convoy left on Monday, and the drivers took it past 400 "
        "checkpoints.",
        published=_PUBLISHED,
    )
    assert not result.tallies


@given(
    told=st.integers(min_value=1_000, max_value=8_000),
    added=st.integers(min_value=50, max_value=900),
    verb=st.sampled_from(["took it to", "brought it to", "pushed it to"]),
)
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_news_raised_it_reads_the_later_value_of_the_same_total(
    news: News, told: int, added: int, verb: str
) -> None:
    # whatever the values, the later one is the same way and kind as the total told
    result = news(
        f"The ombudsman said {told:,} Ukrainians had been freed since 2022, and the latest "
        f"swap {verb} {told + added:,}.",
        published=_PUBLISHED,
    )
    values = _values(result)
    assert values[f"{told:,}"][:2] == values[f"{told + added:,}"][:2] == ("UKR", "other")


def test_news_another_teller_putting_the_number_at_is_no_later_value(news: News) -> None:
    # near miss: "put the number at" is a second teller's figure for the same total, not
    # the total grown; the rules for rival tellers weigh it, this one must not read it
    result = news(
        "Kyiv said on Friday that it had recovered 3,010 people since the invasion began; "
        "on Monday its ombudsman put the number at more than 3,100.",
        published=_PUBLISHED,
    )
    assert "more than 3,100" not in _values(result)
