"""'The same number ... as we received' after a figure handed over does not repeat it.

"Kyiv sent back 12 injured Russians for them and, for the larger group, the same number of
Russian soldiers as it got home": the "as" clause says the echo repeats a count received,
so the 12 just handed over is not the one repeated; which receipt it is the sentence
leaves open, so nothing is read for it (a miss, not a wrong figure).
"""

from __future__ import annotations

from datetime import date

from .conftest import moves


def transfers(text: str) -> set[tuple[str, str, str, int]]:
    """(sender, receiver, category, count) of every transfer read in ``text``."""
    return moves(text, published=date(2025, 5, 3))


def test_the_figure_sent_is_not_the_one_received() -> None:
    text = (
        "Separately, 40 badly injured soldiers also came back to Ukraine. For them, the "
        "Ukrainian side handed over 12 injured Russian prisoners, and for the larger group, "
        "the same number of Russian soldiers as we received."
    )
    found = transfers(text)
    assert ("UKR", "RUS", "wounded_prisoners", 12) in found
    assert not any(
        (s, r, n) == ("UKR", "RUS", 12) and c != "wounded_prisoners" for s, r, c, n in found
    )


def test_a_receipt_told_before_the_echo_is_still_repeated() -> None:
    """Near miss: the figure before the echo was received, so the echo repeats it."""
    text = (
        "Kyiv received 90 soldiers on Friday and handed over the same number of Russians "
        "as it received."
    )
    found = transfers(text)
    assert ("RUS", "UKR", "prisoners_of_war", 90) in found
    assert any((s, r, n) == ("UKR", "RUS", 90) for s, r, _, n in found)


def test_a_plain_echo_after_a_figure_sent_still_repeats_it() -> None:
    """Near miss: with no "as ... received", the echo repeats the figure before it."""
    text = (
        "On Friday Russia handed over 75 Ukrainian soldiers and got back the same number "
        "of its own servicemen."
    )
    found = transfers(text)
    assert any((s, r, n) == ("RUS", "UKR", 75) for s, r, _, n in found)
    assert any((s, r, n) == ("UKR", "RUS", 75) for s, r, _, n in found)
