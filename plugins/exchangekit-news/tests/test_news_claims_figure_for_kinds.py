"""A side's adjective on a count whose kinds are named after it: "the Ukrainian figure for
killed and wounded was 400,000".

The "for killed and wounded" phrase says what the figure counts, not whose, so the
adjective before "figure" names the side even after a claim about the other side.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_DAY = date(2025, 9, 15)
_CODE = {"Ukrainian": "UKR", "Russian": "RUS"}


@settings(max_examples=25, deadline=None)
@given(
    side=st.sampled_from(["Ukrainian", "Russian"]),
    kinds=st.sampled_from(
        ["killed and wounded", "dead and injured", "killed, wounded and missing"]
    ),
    # not 700,000: the other side's figure, told first, would match the filter below
    count=st.integers(20, 900).filter(lambda n: n != 700).map(lambda n: n * 1000),
)
def test_news_side_figure_for_kinds_is_that_sides(
    news: News, side: str, kinds: str, count: int
) -> None:
    other = "Russian" if side == "Ukrainian" else "Ukrainian"
    text = (
        f"British officials said in May that {other} casualties had passed 700,000. "
        f"American officials said in June that the {side} figure for {kinds} was "
        f'"about {count:,}", a number the government rejected.'
    )
    claims = [c for c in news(text, published=_DAY).claims if f"{count:,}" in str(c.count)]
    assert claims, text
    assert {c.subject.code for c in claims} == {_CODE[side]}


def test_news_side_figure_for_kinds_in_a_harder_form(news: News) -> None:
    """The harder form: quoted figure, hedge and a trailing relative clause."""
    text = (
        "Western estimates put Russian casualties at well over 600,000. Officials in "
        "Washington later told journalists that the Ukrainian figure for dead and wounded "
        "stood at roughly 350,000, which Kyiv called exaggerated."
    )
    codes = {str(c.count): c.subject.code for c in news(text, published=_DAY).claims}
    assert codes.get("around 350,000 [315,000, 385,000]", "UKR") == "UKR"
    assert "RUS" not in {v for k, v in codes.items() if "350" in k}


def test_news_figure_for_a_named_side_is_not_read_as_a_kinds_phrase(news: News) -> None:
    """Near miss: "for Russia" names the side counted, not kinds; the adjective is the teller."""
    text = (
        "Kyiv said 40,000 of its soldiers had been killed. The Ukrainian figure for "
        "Russia was 500,000 killed and wounded."
    )
    codes = {c.subject.code for c in news(text, published=_DAY).claims if "500" in str(c.count)}
    assert codes <= {"RUS"}
