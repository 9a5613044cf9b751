"""A correction telling what the newsroom itself wrote withdraws that figure.

"Correction to our 09:40 post: we wrote that 12 civilians returned in the swap. The
ombudsman says it was ten." The figure after "we wrote (reported, said) that" in a
correction, or after "we wrongly reported", is the error being set right, never a
handover. "As we reported earlier, 12 civilians returned" outside a correction still
reads.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import read

_STORY = (
    "Russia's defence ministry said it had handed over the bodies of 900 servicemen and"
    " received the bodies of 35 Russian soldiers on Tuesday.\n\n"
)


@pytest.mark.parametrize(
    "notice",
    [
        "Correction: in an earlier update we reported that {n} civilians were freed.",
        "Correction: we wrote that {n} civilians were freed on Tuesday.",
        "We wrongly reported that {n} civilians were freed.",
    ],
)
@pytest.mark.parametrize("n", [12, 14, 30])
def test_news_what_we_wrote_in_a_correction_is_no_transfer(notice: str, n: int) -> None:
    legs = read((_STORY + notice.format(n=n) + "\n"), published=date(2025, 11, 19)).legs_as_text()
    assert all(count != str(n) for _, _, _, count in legs)
    assert ("RUS", "UKR", "remains", "900") in legs


def test_news_what_we_reported_outside_a_correction_still_reads() -> None:
    legs = read(
        "As we reported earlier, 12 Ukrainian civilians were freed by Russia on Tuesday.",
        published=date(2025, 11, 19),
    ).legs_as_text()
    assert ("RUS", "UKR", "civilians", "12") in legs
