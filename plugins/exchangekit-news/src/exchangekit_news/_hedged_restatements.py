"""A casualty figure told bare in one sentence and with its hedge in a sentence near it.

"Zelensky said 46,000 Ukrainian soldiers had been killed. ... 'Over 46,000' was the
number he gave": the bare figure is the hedged one shortened, so the claim is the
hedged count, never an exact 46,000 beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

from exchangekit import Count

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
    numerals = "|".join(map(re.escape, written))
    pattern = re.compile(
        rf"\b({_HEDGE})\s+[\"“‘']?(?:{numerals})(?![\d,.]*\d)(?!\s+(?:more|million|billion))",
        re.IGNORECASE,
    )
    found = {m.group(1).lower() for text in nearby for m in pattern.finditer(text)}
    counts = {_HEDGES[hedge](n) for hedge in found}
    return counts.pop() if len(counts) == 1 else None
