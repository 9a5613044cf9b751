"""'Ukraine returned N defenders': Ukraine's own word for its soldiers, so Ukraine got them.

"Kyiv returned the bodies of 40 defenders" was read as bodies Ukraine handed to Russia:
"returned" with a side as subject normally gives, but "defenders" is the word Ukraine
uses for its own soldiers, so with Ukraine the subject it brought them home.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=20, deadline=None)
@given(
    count=st.integers(min_value=12, max_value=900),
    side=st.sampled_from(["Ukraine", "Kyiv"]),
    verb=st.sampled_from(["returned", "has returned", "had returned"]),
    people=st.sampled_from(
        ["the bodies of {n} defenders", "the remains of {n} defenders", "{n} defenders home"]
    ),
)
def test_news_ukraine_returned_its_defenders_received_them(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
    count: int,
    side: str,
    verb: str,
    people: str,
) -> None:
    found = legs(f"On Thursday {side} {verb} {people.format(n=count)}.")
    assert [k[:2] for k in found] == [("RUS", "UKR")]
    assert str(next(iter(found.values()))) == str(count)


def test_news_defenders_returned_after_an_aside(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # the harder form: an opening aside and a relative clause after the people
    found = legs(
        "Following another repatriation on Friday, Ukraine returned the bodies of 61 more"
        " defenders, who were killed near Avdiivka last winter."
    )
    assert str(found.get(("RUS", "UKR", "remains"))) == "61"
    assert ("UKR", "RUS", "remains") not in found


def test_news_russia_returning_defenders_still_gives(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # near miss: Russia returning Ukraine's defenders hands them over, as before
    found = legs("On Thursday Russia returned the bodies of 45 defenders.")
    assert str(found.get(("RUS", "UKR", "remains"))) == "45"


def test_news_ukraine_returning_russian_soldiers_still_gives(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # near miss: a nationality on the people names their side
    found = legs("On Thursday Ukraine returned the bodies of 45 Russian soldiers.")
    assert str(found.get(("UKR", "RUS", "remains"))) == "45"
