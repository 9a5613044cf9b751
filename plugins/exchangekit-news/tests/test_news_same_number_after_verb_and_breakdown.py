""" "The same number" after a whole, its own verb, and a dashed list of its parts.

"On Monday 250 people returned to Ukraine – 230 soldiers and 20 civilians – and the same
number went the other way": the whole's verb phrase stands between the whole and the
dash, but parts of two kinds adding up exactly to the whole spell it out, so the bare
repeat is of the whole (people of no one kind), never the last part's civilians. Parts
that do not add up are no breakdown, and then the repeat is read as nothing at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


def test_news_same_number_after_a_whole_with_its_verb_repeats_the_whole(news: News) -> None:
    moved = news(
        "On Monday 250 people returned to Ukraine – 230 soldiers and 20 civilians – "
        "and the same number went the other way."
    ).legs_as_text()
    assert ("UKR", "RUS", "other", "250") in moved
    assert not any(s == "UKR" and c != "250" for s, _, _, c in moved)


def test_news_same_number_after_a_longer_verb_phrase_and_spaced_hyphens(news: News) -> None:
    # harder: a longer verb phrase, spaced hyphens for dashes, a nationality for the whole
    moved = news(
        "Late on Monday 250 Ukrainians were brought back across the border - "
        "230 soldiers and 20 civilians - and Russia received the same number."
    ).legs_as_text()
    assert ("UKR", "RUS", "other", "250") in moved
    assert ("UKR", "RUS", "civilians", "20") not in moved


def test_news_same_number_after_parts_that_do_not_add_up_reads_no_part(news: News) -> None:
    # near miss: 230 + 10 is not 250, so the list is no breakdown of the whole
    moved = news(
        "On Monday 250 people returned to Ukraine – 230 soldiers and 10 civilians – "
        "and the same number went the other way."
    ).legs_as_text()
    assert not any(s == "UKR" and k == "civilians" for s, _, k, _ in moved)


@settings(max_examples=15, deadline=None)
@given(
    soldiers=st.integers(min_value=40, max_value=400),
    civilians=st.integers(min_value=3, max_value=39),
    verb=st.sampled_from(["returned to Ukraine", "came back to Ukraine", "were freed by Russia"]),
    dash=st.sampled_from(["–", "—", "-"]),
)
def test_news_the_repeat_of_a_spelled_out_whole_is_never_its_last_part(
    news: News, soldiers: int, civilians: int, verb: str, dash: str
) -> None:
    total = soldiers + civilians
    result = news(
        f"On Monday {total} people {verb} {dash} {soldiers} soldiers and {civilians} "
        f"civilians {dash} and the same number went the other way."
    )
    to_russia = {(k, c) for s, _, k, c in result.legs_as_text() if s == "UKR"}
    assert to_russia == {("other", str(total))}


@settings(max_examples=15, deadline=None)
@given(
    soldiers=st.integers(min_value=30, max_value=400),
    civilians=st.integers(min_value=2, max_value=29),
    cue=st.sampled_from(["including", "among them"]),
)
def test_news_same_number_after_an_including_breakdown_is_never_the_last_part(
    news: News, soldiers: int, civilians: int, cue: str
) -> None:
    """ "N people, including A soldiers and B civilians, and ... the same number": not B."""
    moved = news(
        f"On Friday Kyiv got back {soldiers + civilians} people, {cue} {soldiers} "
        f"soldiers and {civilians} civilians, and Moscow received the same number."
    ).legs_as_text()
    assert ("RUS", "UKR", "other", str(soldiers + civilians)) in moved
    assert not any(s == "UKR" and c == str(civilians) for s, _, _, c in moved)


def test_news_same_number_after_a_single_group_still_repeats_it(news: News) -> None:
    """Near miss: a plain group before "the same number" is repeated as before."""
    moved = news(
        "On Friday Kyiv got back 84 civilians, and Moscow received the same number."
    ).legs_as_text()
    assert ("UKR", "RUS", "civilians", "84") in moved
