"""A "who" clause on someone listed after the figure tells that person's story, not the swap's day.

"Kyiv handed over 30 soldiers and a former mayor, ... who fled abroad in March before
being caught in May, officials said on Tuesday": the months are the mayor's flight and
arrest; the handover has only the day it was told. A "who" clause that hands someone
over ("who was handed over on Monday") is the exchange itself and keeps its day.
"""

from __future__ import annotations

from .conftest import read

_OPENING = (
    "Kyiv handed over 30 Russian soldiers and a former mayor, a businessman and an ally of "
    "the Kremlin who "
)


def test_news_months_of_a_persons_flight_and_arrest_are_not_the_handovers() -> None:
    text = _OPENING + (
        "had been charged with fraud and who fled abroad in March before being caught in "
        "May, officials said on Tuesday."
    )
    assert read(text).dated_ways() == {("2025-10-21", "UKR", "RUS", "30")}


def test_news_a_who_clause_that_hands_over_keeps_its_day() -> None:
    # near miss: the clause's verb moves the person, so its day is the exchange's
    text = _OPENING + "was handed over on Monday, officials said on Tuesday."
    assert read(text).dated_ways() == {("2025-10-20", "UKR", "RUS", "30")}
