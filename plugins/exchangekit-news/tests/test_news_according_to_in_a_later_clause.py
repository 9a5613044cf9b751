""" "According to X" in a clause joined on after a figure is that clause's source only.

"On May 3, the ministry recalls, 40 soldiers were brought back, and in June, according
to Kyiv, ...": the figure before the joint (", and", ", but", ";") is told by its own
clause's speaker, whose side is the home the soldiers came back to; the later clause's
source says nothing of it. "Recalls" is a verb of saying like "says".
"""

from __future__ import annotations

from datetime import date

from .conftest import moves

_LEAD = "Russia's defence ministry said on Sunday that 40 soldiers had come home.\n\n"


def test_news_a_recalled_figure_keeps_its_own_speaker_past_a_later_according() -> None:
    found = moves(
        _LEAD + "On March 2, the ministry recalls, 57 servicemen were brought back, and in "
        "April, according to the Ukrainian side, there was a further swap of 30 for 30.",
        date(2025, 5, 12),
    )
    assert ("UKR", "RUS", "prisoners_of_war", 57) in found
    assert ("RUS", "UKR", "prisoners_of_war", 57) not in found


def test_news_a_said_figure_keeps_its_own_speaker_past_a_later_according() -> None:
    found = moves(
        _LEAD + "On March 2, the ministry said, 57 servicemen were brought back; in April, "
        "according to the Ukrainian side, there was a further swap of 30 for 30.",
        date(2025, 5, 12),
    )
    assert ("RUS", "UKR", "prisoners_of_war", 57) not in found


def test_news_according_to_in_the_figures_own_clause_still_sets_its_home() -> None:
    # near miss: the source stands in the figure's own clause, so its side is the home
    found = moves(
        "On March 2, according to the Ukrainian side, 57 servicemen were brought back.",
        date(2025, 5, 12),
    )
    assert ("RUS", "UKR", "prisoners_of_war", 57) in found
