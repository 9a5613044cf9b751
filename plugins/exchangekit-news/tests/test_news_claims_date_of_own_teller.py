"""A claim told by a second teller later in a sentence takes that teller's date.

"Britain's defence ministry said last week that ... had reached 900,000 - in line with a
paper put out this month by a think tank, which estimated ... nearly 950,000": the
think tank's figure is of this month, when its paper came out, not of the ministry's
week told at the head of the sentence. The ministry's own figure keeps its week.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import read

_PUBLISHED = date(2025, 6, 13)  # a Friday; last week is 2025-W23, inside June
_CSIS = "Center for Strategic and International Studies"
_TEXTS = [
    "Britain's defence ministry said in a briefing last week that Russian casualties had "
    "probably climbed to some 900,000, a judgement close to that of a paper released this "
    f"month by the {_CSIS}, which estimated that Russia had suffered nearly 950,000 "
    "casualties.\n",
    "Britain's defence ministry said last week that Russian casualties had probably reached "
    f"900,000 - in line with a paper put out this month by the {_CSIS}, a think tank in "
    "Washington, which estimated that Russia had suffered nearly 950,000 casualties.\n",
]


def _days(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for claim in read(text, published=_PUBLISHED).claims:
        found.setdefault(claim.claimant.name, set()).add(str(claim.as_of))
    return found


@pytest.mark.parametrize("text", _TEXTS)
def test_news_a_later_tellers_figure_takes_its_own_month(text: str) -> None:
    assert _days(text)[_CSIS] == {"2025-06"}


@pytest.mark.parametrize("text", _TEXTS)
def test_news_the_first_tellers_figure_keeps_its_week(text: str) -> None:
    # near miss: the figure of the teller the sentence opens with keeps that teller's week
    assert _days(text)["UK Ministry of Defence"] == {"2025-W23"}
