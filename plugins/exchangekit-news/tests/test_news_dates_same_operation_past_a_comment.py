""" "In the same operation" past a sentence that only comments on the handover.

"On Thursday, trucks brought back 500 bodies. Moscow says they are soldiers. Kyiv, in
the same operation, returned 20": the handover the third sentence points back to is
the one the first dated, though no leg of it was read and a sentence with neither
figure nor date stands between. It is not the day of the report.
"""

from __future__ import annotations

from datetime import date

from .conftest import read

_FRIDAY = date(2025, 11, 14)


def test_news_the_same_operation_past_a_comment_takes_the_day_told() -> None:
    text = (
        "On Thursday, a convoy of lorries drove across the front line with 500 bodies on "
        "board. Moscow describes all of them as Ukrainian soldiers. In the same operation, "
        "Ukraine handed the remains of 20 Russian servicemen back to Russia, the "
        "headquarters said.\n"
    )
    legs = read(text, published=_FRIDAY).period_legs()
    assert ("2025-11-13", "UKR", "RUS", "remains", "20") in legs
    assert all(leg[0] == "2025-11-13" for leg in legs)


def test_news_a_new_figure_between_leaves_the_same_operation_undated_by_it() -> None:
    text = (
        "On Thursday, a convoy of lorries drove across the front line with 500 bodies on "
        "board. Some 9,000 bodies have come back since 2022, officials say. In the same "
        "operation, Ukraine handed the remains of 20 Russian servicemen back to Russia, "
        "the headquarters said.\n"
    )
    legs = read(text, published=_FRIDAY).period_legs()
    assert not any(leg[0] == "2025-11-13" and leg[4] == "20" for leg in legs)
