"""People carried "to another swap" were on their way to a handover, not handed over.

"A plane that Moscow says was carrying 40 prisoners to another exchange crashed": the
people never reached the swap ahead of them, so no figure of it is read, as with "to
an exchange" or "to the next swap".
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import moves

_DAY = date(2025, 6, 20)


@pytest.mark.parametrize("article", ["an", "another"])
def test_news_people_carried_to_a_swap_moved_no_one(article: str) -> None:
    text = (
        "A transport plane that Moscow says was carrying 40 Ukrainian prisoners to "
        f"{article} exchange crashed on Wednesday."
    )
    assert moves(text, _DAY) == set()


def test_news_people_handed_over_in_another_swap_are_read() -> None:
    # near miss: "in another exchange" tells the handover itself, done
    text = "Russia handed 40 Ukrainian prisoners of war to Ukraine in another exchange on Monday."
    assert moves(text, _DAY) == {("RUS", "UKR", "prisoners_of_war", 40)}
