"""Lists of dated per-side shares, "N each on <day>", found once per sentence.

"Two swaps followed: 25 each on the 4th and then 35 each on the 11th": the mention finder
marks every dated share and, for each one a list holds after another, where the list's
first share stands. The figure windows, the swap verb's object and the swap noun before a
colon all read this one mapping, so they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable

from exchangekit_news._mentions import find_mentions, lexicon
from exchangekit_news._tokens import tokenize
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import DEFAULT_REGISTRY

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]
_LEXICON = lexicon(iter(DEFAULT_REGISTRY))


def _shares(text: str) -> dict[str, str | None]:
    """The dated shares of a one-sentence ``text``: each number, and its list's first one."""
    tokens = tokenize(text)
    found = find_mentions(tokens, 0, len(tokens), text, _LEXICON).dated_shares
    return {
        tokens[each - 1].text: None if opening is None else tokens[opening - 1].text
        for each, opening in found.items()
    }


def test_every_later_share_of_a_list_points_to_its_first() -> None:
    text = (
        "Three swaps followed: 25 each on the 4th, 30 each on the 8th and then 35 each on the 11th."
    )
    assert _shares(text) == {"25": None, "30": "25", "35": "25"}


def test_a_share_told_apiece_in_a_month_is_listed_too() -> None:
    """Harder: "apiece" and months ("in March") instead of "each" and days."""
    text = "The sides swapped 12 apiece in March and 18 apiece in April."
    assert _shares(text) == {"12": None, "18": "12"}


def test_a_rate_is_no_dated_share() -> None:
    """Near miss: "N each day" is a rate, and a share after it opens no list."""
    text = "Shelling killed 5 each day, and 40 each on the 3rd were swapped."
    assert _shares(text) == {"40": None}


@settings(max_examples=30, deadline=None)
@given(
    sizes=st.lists(st.integers(min_value=11, max_value=400), min_size=2, max_size=4),
    joins=st.lists(st.sampled_from([", ", " and ", " and then "]), min_size=3, max_size=3),
)
def test_only_the_first_share_of_a_list_opens_it(sizes: list[int], joins: list[str]) -> None:
    """Whatever the joins, each share after the first points to the first, and only it."""
    items = [f"{n} each on the {day}th" for n, day in zip(sizes, range(4, 20, 4), strict=False)]
    text = "Swaps followed: " + items[0]
    for join, item in zip(joins, items[1:], strict=False):
        text += join + item
    shares = find_mentions(tokenize(text), 0, len(tokenize(text)), text, _LEXICON).dated_shares
    openings = list(shares.values())
    assert len(openings) == len(sizes)
    assert openings[0] is None
    assert set(openings[1:]) == {next(iter(shares))}


def test_a_colon_list_reads_every_share_both_ways(recap: Recap) -> None:
    """The readings the three rules give stay: each share of the list on its own day."""
    found = recap(
        "Kyiv and Moscow traded 30 prisoners each in February. "
        "June brought three more exchanges: 25 each on the 4th, 30 each on the 8th, "
        "and then 35 each on the 11th."
    )
    both = {("UKR", "RUS"), ("RUS", "UKR")}
    for day, count in (("2025-06-04", "25"), ("2025-06-08", "30"), ("2025-06-11", "35")):
        assert {(leg[1], leg[2]) for leg in found if leg[0] == day and leg[4] == count} == both
