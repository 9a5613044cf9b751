"""An exchange dated by its telling takes the earlier day its other side was told "in return".

"Ukraine has secured the return of 120 soldiers, officials said on Thursday. In return,
Kyiv handed over 64 Russian servicemen, the president said on Wednesday": the exchange
was done by the time it was first told, so both sides are Wednesday's. A sentence not
opening "In return" ("Separately, ...") tells another handover, and the first keeps
its day.
"""

from __future__ import annotations

from .conftest import read

_FIRST = (
    "Ukraine has secured the return of 120 of its soldiers from Russian captivity, "
    "officials said on Thursday. "
)
_SECOND = (
    " Kyiv handed over 64 Russian servicemen, the president said in his evening address on "
    "Wednesday."
)


def test_news_the_other_side_told_a_day_earlier_dates_the_exchange() -> None:
    assert read(_FIRST + "In return," + _SECOND).dated_ways() == {
        ("2025-10-22", "RUS", "UKR", "120"),
        ("2025-10-22", "UKR", "RUS", "64"),
    }


def test_news_a_separate_handover_told_earlier_leaves_the_first_its_day() -> None:
    # near miss: "Separately" tells another handover, not this exchange's other side
    assert read(_FIRST + "Separately," + _SECOND).dated_ways() == {
        ("2025-10-23", "RUS", "UKR", "120"),
        ("2025-10-22", "UKR", "RUS", "64"),
    }
