"""A casualty figure told bare and restated with a hedge nearby is one hedged claim."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count


@settings(max_examples=30, deadline=None)
@given(
    st.integers(min_value=2, max_value=90).map(lambda k: k * 1000),
    st.sampled_from(
        [
            ('"Over {n}" was the number he gave on Sunday.', Count.more_than),
            ("He later said it was more than {n}.", Count.more_than),
            ("The true figure, he added, was at least {n}.", Count.at_least),
        ]
    ),
)
def test_news_a_bare_toll_restated_with_a_hedge_is_the_hedged_claim(
    news: Callable[..., Any], found: Callable[..., Any], n: int, restated: tuple[str, Any]
) -> None:
    wording, count = restated
    text = (
        f"President Volodymyr Zelensky said on Sunday that {n:,} Ukrainian soldiers had "
        f"been killed on the battlefield. {wording.format(n=f'{n:,}')}"
    )
    killed = {c for s, kind, c in found(news(text)) if (s, kind) == ("UKR", "killed")}
    assert killed == {count(n)}


def test_news_a_hedge_on_another_number_leaves_the_bare_toll_exact(
    news: Callable[..., Any], found: Callable[..., Any]
) -> None:
    text = (
        "President Volodymyr Zelensky said on Sunday that 46,000 Ukrainian soldiers had "
        "been killed on the battlefield. Over 46,000 more were wounded, he added, "
        "and over 46 million Ukrainians mourn them."
    )
    killed = {c for s, kind, c in found(news(text)) if (s, kind) == ("UKR", "killed")}
    assert killed == {Count.exact(46_000)}


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=1, max_value=90).map(lambda k: k * 1000))
def test_news_an_equal_hedged_figure_in_the_same_sentence_is_another_figure(
    news: Callable[..., Any], found: Callable[..., Any], n: int
) -> None:
    text = (
        f"The mission said at least {n:,} civilians were killed and {n:,} injured in Ukraine "
        "since February 2022."
    )
    wounded = {c for s, kind, c in found(news(text)) if kind == "wounded"}
    assert Count.at_least(n) not in wounded


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from([("one million", 1_000_000), ("900,000", 900_000), ("50,000", 50_000)]),
    st.integers(min_value=1, max_value=400),
    st.sampled_from(["The figure - {m} on that morning - ", "The exact number was {m}, which "]),
)
def test_news_a_threshold_passed_then_given_in_full_is_the_full_count(
    news: Callable[..., Any], threshold: tuple[str, int], extra: int, opening: str
) -> None:
    """ "Russian losses passed one million. The figure - 1,000,340 ... -": one exact claim,
    not "more than one million"."""
    words, n = threshold
    full = f"{n + extra:,}"
    text = (
        f"Ukraine's General Staff said on Friday that Russian losses had passed {words}. "
        f"{opening.format(m=full)}includes killed, wounded and captured soldiers."
    )
    assert [c.count for c in news(text).claims] == [Count.exact(n + extra)]


def test_news_a_full_figure_far_from_the_threshold_leaves_the_threshold(
    news: Callable[..., Any],
) -> None:
    """A figure well above the threshold is another count: "more than" stays."""
    text = (
        "Ukraine's General Staff said on Friday that Russian losses had passed one million. "
        "The figure - 1,250,000 on that morning - includes killed and wounded soldiers."
    )
    assert Count.exact(1_250_000) not in [c.count for c in news(text).claims]
    assert Count.more_than(1_000_000) in [c.count for c in news(text).claims]


def _hedges_per_number(n: int, text: str) -> set[str]:
    """The hedges before ``n`` in ``text``, read with a pattern compiled for ``n`` itself."""
    from exchangekit_news._hedged_restatements import _HEDGE

    numerals = "|".join(map(re.escape, dict.fromkeys((f"{n:,}", str(n)))))
    pattern = re.compile(
        rf"\b({_HEDGE})\s+[\"“‘']?(?:{numerals})(?![\d,.]*\d)(?!\s+(?:more|million|billion))",
        re.IGNORECASE,
    )
    return {m.group(1).lower() for m in pattern.finditer(text)}


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1000, max_value=99_999),
    st.lists(
        st.sampled_from(
            [
                "over ",
                "More than ",
                "at least ",
                "no fewer than ",
                "in excess of ",
                '"',
                "“",
                " ",
                ",",
                ".",
                "5",
                "{n}",
                "{plain}",
                "{other}",
                " more",
                " million",
                " dead",
                "over{n}",
            ]
        ),
        max_size=12,
    ),
    st.integers(min_value=1000, max_value=99_999),
)
def test_news_one_hedge_pattern_reads_as_one_compiled_per_number(
    n: int, parts: list[str], other: int
) -> None:
    # The shared pattern finds the same hedges as one built for the figure's own numerals.
    from exchangekit_news._hedged_restatements import _HEDGED_NUMERAL

    text = "".join(parts).format(n=f"{n:,}", plain=str(n), other=f"{other:,}")
    written = {f"{n:,}", str(n)}
    shared = {m.group(1).lower() for m in _HEDGED_NUMERAL.finditer(text) if m.group(2) in written}
    assert shared == _hedges_per_number(n, text)
