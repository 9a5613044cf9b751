"""A figure a correction notice sets right is the story's own, told again in the body.

- "Correction: An earlier version of this story misstated ... Ukraine received 161
  soldiers, not 116 as first reported." over a body in which a ministry, "for its
  part", says 161 came home: one figure, told twice, is one transfer (the ministry's),
  not an unattributed story figure beside the source's account.
- Near miss: the same sentence as the story's own plain report (no correction notice
  before it) stays a record beside the receiving side's own account, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_PUBLISHED = date(2025, 3, 12)
_BODY = (
    "Ukraine's coordination headquarters, for its part, said that {n} Ukrainian soldiers "
    "had come home from Russian captivity on Tuesday."
)


def _counts(read: Any) -> list[tuple[str, str]]:
    return [
        (str(t.count), t.attributed_to.name if t.attributed_to else "")
        for e in read.exchanges
        for t in e.transfers
    ]


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(120, 900),
    label=st.sampled_from(["Correction:", "CORRECTION:", "Clarification:"]),
    verb=st.sampled_from(["misstated", "misreported"]),
)
def test_news_a_corrected_figure_merges_with_the_body_s(
    news: News, n: int, label: str, verb: str
) -> None:
    text = (
        f"{label} An earlier version of this story {verb} the number of prisoners "
        f"Ukraine got back. Ukraine received {n} soldiers, not {n - 7} as first reported."
        "\n\nKyiv and Moscow swap prisoners\n\n" + _BODY.format(n=n)
    )
    counts = _counts(news(text, published=_PUBLISHED))
    assert [c for c, _ in counts].count(str(n)) == 1
    assert str(n - 7) not in [c for c, _ in counts]


def test_news_a_plain_story_figure_and_the_side_s_account_are_one_record(news: News) -> None:
    # near miss: no correction notice, so the side is the figure's second teller: one
    # record (convention 13), the side named in a note
    text = "Ukraine received 161 soldiers on Tuesday.\n\n" + _BODY.format(n=161)
    read = news(text, published=_PUBLISHED)
    assert [c for c, _ in _counts(read)].count("161") == 1
    assert any("also gave 161 " in note for e in read.exchanges for note in e.notes)
