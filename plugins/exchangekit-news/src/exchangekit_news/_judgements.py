"""Phrases of judgement set off by commas between a copula and its figure.

"Russia's casualties are, on the balance of public estimates, about 900,000": the
phrase says on what the figure rests, not what it counts, so the copula before it
still links the figure to its subject.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from exchangekit_news import _lexicon as lx

__all__ = ["copula_before_judgement", "is_judgement"]

_OPENERS: Final = frozenset({"on", "by", "in"})
_NOUNS: Final = frozenset(
    {"balance", "estimate", "estimates", "account", "accounts", "reckoning", "judgement"}
    | {"judgment", "assessment", "assessments", "calculation", "calculations", "view"}
)
_REACH: Final = 8  # words in such a phrase


def is_judgement(norm_at: Mapping[int, str], first: int, end: int) -> bool:
    """Whether the words ``first`` to ``end`` (a closing comma) are a phrase of judgement:
    "on most estimates", "by Kyiv's reckoning", "in our assessment".
    """
    return (
        end - first <= _REACH
        and norm_at.get(first) in _OPENERS
        and any(norm_at.get(i) in _NOUNS for i in range(first + 1, end))
    )


def copula_before_judgement(norm_at: Mapping[int, str], comma: int, floor: int) -> int:
    """The copula before a phrase of judgement that closes at ``comma``, else ``comma``.

    Only a form of "be" right before the phrase's opening comma counts: "are, by most
    accounts, over 900,000"; the phrase stands no later than ``floor`` words back.
    """
    for c in range(comma - 2, max(floor, comma - _REACH - 2), -1):
        if norm_at.get(c) != ",":
            continue
        if is_judgement(norm_at, c + 1, comma) and norm_at.get(c - 1) in lx.BE_FORMS:
            return c - 1
        return comma
    return comma
