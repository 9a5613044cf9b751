"""A total summed "in the reporting period" covers that period when the report gives both ends.

"4.1. In the reporting period (1 July - 30 September 2025), ... 1,120 citizens were
returned" and "This update ... covers the period from 1 July to 30 September 2025.
... Over the reporting period, ... 2,210": each total covers July to September, not
the war up to 30 September. A level the count reached in the period ("the total rose
to 11,400") and a total "by the end of the reporting period" still run from the war's
start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

_PUBLISHED = date(2025, 10, 20)
_HEAD = "Quarterly update of the Office of the Ombudsman\n\n"
_COVERS = (
    _HEAD + "This update, written for our partners and donors, covers the period from "
    "1 July to 30 September 2025.\n\n"
)


def _spans(news: Callable[..., Any], text: str) -> set[str]:
    return {covers for covers, *_ in news(text, published=_PUBLISHED).tally_spans()}


@pytest.mark.parametrize(
    "text",
    [
        _HEAD + "4.1. In the reporting period (1 July – 30 September 2025), as a result of "
        "nine exchanges, 1,120 citizens of Ukraine were returned from Russian captivity, "
        "the Office said.",
        _COVERS + "Over the reporting period, according to the Coordination Headquarters, "
        "the bodies of 2,210 fallen soldiers were repatriated to Ukraine.",
        _COVERS + "During the period, in six separate handovers, Ukraine took back the "
        "bodies of 2,210 soldiers, the headquarters said.",
    ],
)
def test_a_sum_over_the_period_covers_its_stated_ends(news: Callable[..., Any], text: str) -> None:
    assert _spans(news, text) == {"2025-07-01/2025-09-30"}


@pytest.mark.parametrize(
    "text",
    [
        _COVERS + "During the reporting period, the total number of bodies returned to "
        "Ukraine rose to 11,400, the headquarters said.",
        _COVERS + "By the end of the reporting period, the number of bodies returned to "
        "Ukraine since the start of the invasion had reached 11,400, the headquarters said.",
    ],
)
def test_a_level_reached_in_the_period_is_not_its_sum(news: Callable[..., Any], text: str) -> None:
    assert _spans(news, text) == {"2022-02-24/2025-09-30"}


_BRACKETED = (
    _HEAD + "2.1. In the reporting period ({period}), the Office followed every handover "
    "of prisoners and of the dead.\n\n"
)


def test_a_bracketed_quarter_is_the_quarter_named_later(news: Callable[..., Any]) -> None:
    text = _BRACKETED.format(period="1 July – 30 September 2025") + (
        "Over the quarter, in four handovers, Ukraine took back the bodies of 3,150 "
        "soldiers, the headquarters said."
    )
    assert _spans(news, text) == {"2025-07-01/2025-09-30"}


def test_a_bracketed_span_of_no_quarter_is_not_the_quarter(news: Callable[..., Any]) -> None:
    text = _BRACKETED.format(period="15 July – 30 September 2025") + (
        "Over the quarter, in four handovers, Ukraine took back the bodies of 3,150 "
        "soldiers, the headquarters said."
    )
    assert "2025-07-15/2025-09-30" not in _spans(news, text)
