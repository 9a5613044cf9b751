"""The day "the exchange took place" paragraphs after a figure dated by its telling.

A wire dated the morning after a swap opens "Kyiv said on Friday that 88 soldiers had
been freed" and only later, after quotes and colour, says "The swap took place late on
Thursday". While no other exchange has been told in between, the definite "the swap"
is the one the story is about, so its day is the figure's day, however many sentences
lie between. A day a figure is dated by only because the statement was made that day
is still so dated when the sentence names other dates ("since the invasion in
February") that do not date the figure.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange

_PUBLISHED = date(2024, 3, 15)  # a Friday; "Thursday" is 14 March


def _exchanges(text: str) -> list[tuple[str, set[tuple[str, str, Count]]]]:
    """(period, {(sender, receiver, count)}) of every exchange read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=_PUBLISHED, publisher="Desk"
    )
    return [
        (str(item.period), {(t.sender.code, t.receiver.code, t.count) for t in item.transfers})
        for item in items
        if isinstance(item, Exchange)
    ]


_FILLER = (
    "Relatives waited for hours at the hospital gates. "
    '"We never stopped hoping," one mother told reporters. '
    "Several of the men needed help to walk. "
    "Officials gave no details of the talks that led to the deal. "
)


def test_news_swap_day_four_sentences_after_the_telling() -> None:
    assert _exchanges(
        "Ukraine said on Friday that 88 of its soldiers had been freed from Russian "
        "captivity. " + _FILLER + "The swap took place late on Thursday, officials said."
    ) == [("2024-03-14", {("RUS", "UKR", Count.exact(88))})]


def test_news_handover_day_after_a_second_side_and_filler() -> None:
    assert _exchanges(
        "Moscow said on Friday it had got back 64 servicemen from Ukraine. Kyiv received "
        "64 prisoners of war in return. " + _FILLER + "The handover happened on Wednesday "
        "near the border."
    ) == [
        (
            "2024-03-13",
            {("UKR", "RUS", Count.exact(64)), ("RUS", "UKR", Count.exact(64))},
        )
    ]


def test_news_told_day_kept_beside_other_dates_of_the_sentence() -> None:
    # "in February" dates the invasion, not the figure: the figure is dated by its telling
    assert _exchanges(
        "Ukraine said on Friday that 72 of its soldiers had been freed in the largest "
        "swap since the invasion in February, most of them captured in May. "
        + _FILLER
        + "The exchange took place on Thursday, officials said."
    ) == [("2024-03-14", {("RUS", "UKR", Count.exact(72))})]


def test_news_another_exchange_between_keeps_the_told_day() -> None:
    # near miss: an exchange of its own told in between is the one "the swap" could mean
    found = _exchanges(
        "Ukraine said on Friday that 88 of its soldiers had been freed from Russian "
        "captivity. " + _FILLER + "In January, 50 civilians had been returned from "
        "Russia. The swap took place on Thursday."
    )
    assert ("2024-03-15", {("RUS", "UKR", Count.exact(88))}) in found


def test_news_separate_exchange_day_far_later_is_not_the_figure_s() -> None:
    # near miss: "another" exchange on a day before is not the one told
    found = _exchanges(
        "Ukraine said on Friday that 88 of its soldiers had been freed from Russian "
        "captivity. " + _FILLER + "Another exchange took place on Thursday."
    )
    assert found == [("2024-03-15", {("RUS", "UKR", Count.exact(88))})]


@settings(max_examples=20, deadline=None)
@given(n=st.integers(min_value=2, max_value=1500), fillers=st.integers(min_value=3, max_value=6))
def test_news_swap_day_holds_whatever_the_count_and_distance(n: int, fillers: int) -> None:
    """The swap's own day wins over the day of telling at any distance and count."""
    filler = "Families gathered outside the hospital. " * fillers
    found = _exchanges(
        f"Kyiv said on Friday that {n:,} prisoners of war had come home from Russia. "
        + filler
        + "The exchange took place on Thursday."
    )
    assert found == [("2024-03-14", {("RUS", "UKR", Count.exact(n))})]
