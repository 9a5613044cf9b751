"""Nationals set off after a clause that moved wounded soldiers are those wounded.

"On the same day wounded soldiers were also traded, 12 Ukrainians for 7 Russians": the
counts after the comma spell out who the clause moved, so each is of wounded prisoners,
not people of no kind. Wounded soldiers named in a clause that moved no one say nothing
of the nationals counted next. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Recap = Callable[[str], Any]


def test_news_nationals_after_wounded_soldiers_moved(recap: Recap) -> None:
    found = recap(
        "Kyiv and Moscow swapped 84 prisoners apiece on 3 October; on the same day,"
        " mediators said, wounded soldiers were also traded, 12 Ukrainians for 7 Russians."
    )
    assert ("2025-10-03", "RUS", "UKR", "wounded_prisoners", "12") in found
    assert ("2025-10-03", "UKR", "RUS", "wounded_prisoners", "7") in found
    assert not any(kind == "other" for _, _, _, kind, _ in found)


def test_news_wounded_soldiers_of_another_clause_give_no_kind(recap: Recap) -> None:
    # near miss: the wounded are treated, not moved; the 31 freed are of no kind said
    found = recap(
        "Wounded soldiers were treated in Kharkiv on 3 October, while 31 Ukrainians"
        " were freed from Russian captivity that day."
    )
    assert not any(kind == "wounded_prisoners" for _, _, _, kind, _ in found)
