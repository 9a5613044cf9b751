"""A figure its own teller first gave and then set right in the same sentence is withdrawn.

"The ministry first said 45 had come home, then corrected the figure to 41": the 45 is
no handover. A first figure followed by a revision of some other count ("raised its
count of the missing to 300") still reads.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import read

_DAY = date(2025, 5, 4)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kyiv first said on Sunday that {n} Ukrainians had come home, then corrected the figure"
        " to {m} on Monday.",
        "The ministry initially said {n} Ukrainian soldiers had come home from Russian"
        " captivity, but later revised it to {m}.",
        "Kyiv originally said {n} Ukrainian soldiers were freed by Russia and then amended its"
        " figure to {m}.",
    ],
)
@pytest.mark.parametrize(("n", "m"), [(131, 113), (45, 54)])
def test_news_a_first_figure_its_teller_set_right_is_no_transfer(
    sentence: str, n: int, m: int
) -> None:
    legs = read(sentence.format(n=n, m=m), published=_DAY).legs_as_text()
    assert all(count != str(n) for _, _, _, count in legs)


def test_news_a_first_figure_beside_another_count_revised_still_reads() -> None:
    legs = read(
        "The ministry first said 45 Ukrainian soldiers had come home from Russian captivity,"
        " and raised its count of the missing to 300.",
        published=_DAY,
    ).legs_as_text()
    assert ("RUS", "UKR", "prisoners_of_war", "45") in legs


def test_news_a_first_figure_without_a_revision_still_reads() -> None:
    legs = read(
        "The ministry first said on Sunday that 45 Ukrainian soldiers had come home from"
        " Russian captivity.",
        published=_DAY,
    ).legs_as_text()
    assert ("RUS", "UKR", "prisoners_of_war", "45") in legs
