"""The day a later sentence says a group already counted was taken prisoner.

"Kyiv is ready to hand over two soldiers captured in Kursk, Zelensky said on Sunday. The
two men, aged 20 and 26, were captured on Jan. 9": the definite "the two men" takes up
the count told before, and the passive gives the day the captured count stands for. So
does "them" after an active verb of taking ("his forces had captured them on
Saturday"), which takes up the one captured group just counted, whatever its size.
"""

from __future__ import annotations

from typing import Final

from exchangekit_news._mentions import Mentions

# Passive heads of being taken, with the noun "taken" needs: "were taken prisoner".
_TAKEN: Final = frozenset({"captured"})
_TAKEN_AS: Final = frozenset({"prisoner", "captive"})
_BE: Final = frozenset({"were", "was", "been"})
# The most words of place between the participle and its date: "in Russia's Kursk region".
_PLACE_SPAN: Final = 6
# The most tokens a comma-set aside after the noun may take: ", one aged 20 and the other 26,".
_ASIDE_SPAN: Final = 16


def capture_told(mentions: Mentions) -> tuple[int | None, str] | None:
    """(count, date text) when the sentence dates the capture of a definite group.

    Only "the <number> <people>" with an exact count, a passive "were captured" or
    "were taken prisoner" right after it (past a comma-set aside), and "on" or "in" a
    date after the verb with no clause break between them; or "captured them" or
    "took them prisoner" before such a date, whose count (None) is the group's told before.
    """
    norm = mentions.words.norm
    for figure in mentions.figures:
        count = figure.amount
        if figure.noun is None or count.high != count.low or norm(figure.first - 1) != "the":
            continue
        at = figure.np_end
        if norm(at) == ",":
            close = next(
                (i for i in range(at + 1, at + _ASIDE_SPAN) if norm(i) in (",", ".", ";")), None
            )
            if close is None or norm(close) != ",":
                continue
            at = close + 1
        if norm(at) == "had":
            at += 1
        if norm(at) not in _BE:
            continue
        at += 1
        if norm(at) in _TAKEN:
            at += 1
        elif norm(at) == "taken" and norm(at + 1) in _TAKEN_AS:
            at += 2
        else:
            continue
        for date in mentions.dates:
            if date.since or not at < date.first <= at + _PLACE_SPAN + 1:
                continue
            if _dated_right_after(mentions, at, date.first):
                return count.low, date.text
    return _them_taken_on(mentions)


def _them_taken_on(mentions: Mentions) -> tuple[None, str] | None:
    """(None, date text) for "captured them on Saturday": the date of a group's taking.

    The active verb and "them" take up a group counted before; "captured them in
    2023" as much as "on Saturday", any date the verb reaches with no clause between.
    """
    if "them" not in mentions.words.norm_set:
        return None  # most sentences: no "them" for the verb to take up
    norm = mentions.words.norm
    for date in mentions.dates:
        if date.since:
            continue
        for at in range(max(0, date.first - _PLACE_SPAN - 3), date.first):
            if norm(at) in _TAKEN and norm(at + 1) == "them":
                taken = at + 2
            elif norm(at) == "took" and norm(at + 1) == "them" and norm(at + 2) in _TAKEN_AS:
                taken = at + 3
            else:
                continue
            if taken < date.first and _dated_right_after(mentions, taken, date.first):
                return None, date.text
    return None


def _dated_right_after(mentions: Mentions, at: int, date: int) -> bool:
    """Whether the date at ``date`` follows the verb ending at ``at`` in its own clause:
    "on" or "in" right before the date, and no comma, "and" or "but" between them."""
    between = [mentions.words.norm(i) for i in range(at, date)]
    return between[-1] in ("on", "in") and not {",", "and", ";", "but"} & set(between)
