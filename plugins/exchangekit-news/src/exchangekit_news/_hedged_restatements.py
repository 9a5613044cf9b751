"""A casualty figure told bare in one sentence and with its hedge in a sentence near it.

"Zelensky said 46,000 Ukrainian soldiers had been killed. ... 'Over 46,000' was the
number he gave": the bare figure is the hedged one shortened, so the claim is the
hedged count, never an exact 46,000 beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

from exchangekit import Count, Qualifier

# Hedges that bound a figure from one side, each with the count it makes of N.
_HEDGES: Final[dict[str, Callable[[int], Count]]] = {
    "over": Count.more_than,
    "more than": Count.more_than,
    "in excess of": Count.more_than,
    "at least": Count.at_least,
    "no fewer than": Count.at_least,
}
_HEDGE: Final = "|".join(sorted(map(re.escape, _HEDGES), key=len, reverse=True))

RESTATEMENT_REACH: Final = 2  # sentences either side a hedged restatement may stand
# A hedge, an opening quotation mark allowed, and a whole numeral: digits not run on by more
# digits (",5", ".5") and not a multiple ("46 million", "46,000 more"). Where a hedge
# stands, at most one numeral can end there, so it is compared with the figure afterwards:
# one pattern for every figure, rather than one compiled for each new number.
_HEDGED_NUMERAL: Final = re.compile(
    rf"\b({_HEDGE})\s+[\"“‘']?(\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\d,.]*\d)"
    r"(?!\s+(?:more|million|billion))",
    re.IGNORECASE,
)


def hedged_restatement(amount: Count, nearby: Iterable[str]) -> Count | None:
    """The hedged count of an exact ``amount`` that a nearby sentence restates with a hedge.

    ``nearby`` are the sentences around the claim's own (in its own sentence a hedged
    equal number is another figure: "at least 1,000 killed and 1,000 injured"). Only
    figures of 1,000 or more, as printed ("46,000", or "46000") right after the hedge,
    an opening quotation mark allowed between, and not followed by more digits or a
    multiplier ("over 46,000 more", "over 46 million" are other figures).
    """
    if amount.low != amount.high or amount.low < 1000:
        return None
    n = amount.low
    written = tuple(dict.fromkeys((f"{n:,}", str(n))))
    nearby = [text for text in nearby if any(numeral in text for numeral in written)]
    if not nearby:
        return None  # the number is written nowhere near: nothing to search for a hedge
    found = {
        m.group(1).lower()
        for text in nearby
        for m in _HEDGED_NUMERAL.finditer(text)
        if m.group(2) in written
    }
    counts = {_HEDGES[hedge](n) for hedge in found}
    return counts.pop() if len(counts) == 1 else None


# "The figure - 1,000,340 ..." / "The exact number was 1,000,340": a sentence that opens on
# the count just told and gives it in full.
_EXACT_OPENING: Final = re.compile(
    r"\s*(?:the|that|its)\s+(?:exact\s+|precise\s+|actual\s+)?(?:figure|number|count|tally)"
    r"\s*(?:[-–—:,(]|was|is|stood\s+at)\s*(\d{1,3}(?:,\d{3})+)(?![\d,.]*\d)",
    re.IGNORECASE,
)


# "... had exceeded one million, reaching 1,000,340": a participle of arriving that gives the
# full count the round threshold just passed stands at.
_EXACT_REACHED: Final = re.compile(
    r",\s*(?:reaching|hitting|(?:rising|climbing|growing)\s+to|standing\s+at)"
    r"\s+(\d{1,3}(?:,\d{3})+)(?![\d,.]*\d)(?!\s+(?:more|million|billion))",
    re.IGNORECASE,
)


def _round_threshold(amount: Count) -> int | None:
    """The round N of "more than N" (1,000 or more, one leading digit), or None."""
    threshold = bound_of(amount)
    if amount.qualifier is not Qualifier.MORE_THAN or amount.high is not None or threshold is None:
        return None
    if threshold < 1000 or int(str(threshold)[1:] or "0") != 0:
        return None  # not a round figure: "more than 46,000" told as a count of its own
    return threshold


def _just_above(threshold: int, numeral: str) -> Count | None:
    full = int(numeral.replace(",", ""))
    return Count.exact(full) if threshold < full < threshold * 1.01 else None


def exact_restatement(amount: Count, following: str) -> Count | None:
    """The exact count a threshold just passed is given as in the sentence right after.

    "The daily tally ... passed one million. The figure - 1,000,340 on that morning - ...":
    the claim is the exact 1,000,340, not "more than one million" beside it. Only a round
    threshold of 1,000 or more, and a full figure above it by under one per cent.
    """
    threshold = _round_threshold(amount)
    if threshold is None:
        return None
    match = _EXACT_OPENING.match(following)
    return None if match is None else _just_above(threshold, match.group(1))


def exact_reached(amount: Count, own: str) -> Count | None:
    """The exact count a threshold passed is said to reach in the claim's own sentence.

    "Losses had passed half a million, reaching 500,210": the claim is the exact 500,210,
    told beside the round milestone. Only a round threshold of 1,000 or more, and a full
    figure above it by under one per cent, after "reaching", "rising to" or "standing at".
    """
    threshold = _round_threshold(amount)
    if threshold is None:
        return None
    counts = {_just_above(threshold, m.group(1)) for m in _EXACT_REACHED.finditer(own)}
    counts.discard(None)
    return counts.pop() if len(counts) == 1 else None


def bound_of(count: Count) -> int | None:
    """The N a one-sided count is told against: "more than N", "at least N", "up to N"."""
    if count.qualifier is Qualifier.MORE_THAN and count.low is not None:
        return count.low - 1
    if count.qualifier is Qualifier.AT_LEAST:
        return count.low
    if count.qualifier is Qualifier.AT_MOST:
        return count.high
    if count.qualifier is Qualifier.FEWER_THAN and count.high is not None:
        return count.high + 1
    return None
