"""A bare number that leaves out the noun of things its sentence just counted counts them.

"She has sent him 23 parcels this year, and only one came back": "one" is one of the
parcels, not a person come home, though "came back" stands right after it. A bare
number beside a verb of coming home is read as people only when the nearest number
before it in its clause group does not count things; a handover or a vehicle counted
before ("in 48 exchanges", "three lorries") leaves the bare number people.
"""

from __future__ import annotations

import pytest
from exchangekit_news._mentions import find_mentions, lexicon
from exchangekit_news._tokens import tokenize

from exchangekit import DEFAULT_REGISTRY


def _figure_texts(text: str) -> set[str]:
    """The figures the mention finder reads as counts of people in the one sentence ``text``."""
    tokens = tokenize(text)
    mentions = find_mentions(tokens, 0, len(tokens), text, lexicon(iter(DEFAULT_REGISTRY)))
    return {text[tokens[f.first].start : tokens[f.last - 1].end] for f in mentions.figures}


@pytest.mark.parametrize(
    "text",
    [
        "She has sent him 23 parcels this year, his sister said, and only one came back.",
        # harder: a word-form count of the things, the number a word too, an aside between
        "Over the winter the family mailed twelve letters to the camp in Taganrog, "
        "according to his mother, and two came back unopened.",
    ],
)
def test_a_bare_number_after_things_counts_them(text: str) -> None:
    assert _figure_texts(text) == set()


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # near-miss: a count of exchanges leaves the number after it a count of people
        (
            "Ukrainians have been freed in 48 exchanges since 2022, and 1,098 came home "
            "in 2023 alone, the headquarters said.",
            {"1,098"},
        ),
        # near-miss: people named between the things and the number
        (
            "Her son sent 14 letters from the camp, and of the men held with him, "
            "30 came home in May.",
            {"30"},
        ),
    ],
)
def test_a_bare_number_after_handovers_or_people_still_counts(text: str, figures: set[str]) -> None:
    assert _figure_texts(text) == figures
