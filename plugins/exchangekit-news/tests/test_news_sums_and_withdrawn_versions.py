"""Figures that are no handover: a sum between two told events, a withdrawn version's.

"About 1,500 bodies were returned between the two reports" counts the people moved over
the time between two events in any number of handovers: no one handover's size. "An
earlier version of this fact check said 52 ..." is a correction's withdrawn figure,
whatever two words name the piece.
"""

from __future__ import annotations

from datetime import date

from .conftest import moves

_DAY = date(2026, 3, 9)


def test_news_a_figure_returned_between_two_statements_is_no_handover() -> None:
    found = moves(
        "The ministry's statements of January and March put the bodies returned at 4,000 "
        "and 5,500, so some 1,500 came back to Ukraine between those statements.",
        _DAY,
    )
    assert not any(m[3] == 1500 for m in found)


def test_news_a_figure_returned_between_two_reports_is_no_handover() -> None:
    found = moves("Some 640 soldiers were brought back to Ukraine between the two reports.", _DAY)
    assert not any(m[3] == 640 for m in found)


def test_news_between_two_sides_still_names_who_swapped() -> None:
    # near miss: "between" the sides says who exchanged, not over what time
    found = moves(
        "On Friday, Russia handed over 75 Ukrainian soldiers in an exchange between the two sides.",
        _DAY,
    )
    assert ("RUS", "UKR", "prisoners_of_war", 75) in found


def test_news_an_earlier_version_of_a_fact_check_withdraws_its_figure() -> None:
    found = moves(
        "Fact check: no, Kyiv did not get 9,000 bodies\n\n"
        "Last Thursday, 800 bodies were returned to Ukraine, the headquarters said. In "
        "return, the bodies of 41 Russian soldiers were handed over to Russia.\n\n"
        "Correction, 9 March 2026: An earlier version of this fact check said 52 Russian "
        "bodies were handed over. The correct figure is 41.",
        _DAY,
    )
    assert ("UKR", "RUS", "remains", 41) in found
    assert not any(m[3] == 52 for m in found)


def test_news_an_earlier_version_of_a_news_story_withdraws_its_figure() -> None:
    found = moves(
        "Last Thursday, 800 bodies were returned to Ukraine, the headquarters said. In "
        "return, the bodies of 41 Russian soldiers were handed over to Russia.\n\n"
        "Correction: An earlier version of this news story said 52 Russian bodies were "
        "handed over.",
        _DAY,
    )
    assert not any(m[3] == 52 for m in found)
