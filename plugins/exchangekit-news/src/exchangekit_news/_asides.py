"""Short bracketed notes beside a figure, read past as if they were not there.

Reporting marks a figure with an editor's note in brackets: "50 (illustrative)
soldiers", "passed 150,000 (provisional) in November", "is now 3,956 (rounded), in
60 exchanges". The note says how sure the figure is, not what it counts, but it
stands between the figure and its noun, verb or date, where every rule looks. So
a note of a few lower-case words right after a number is taken out of the
sentence's tokens once, before any rule reads them; the text and its offsets stay,
so a record still quotes the sentence as written. The note may also follow the
figure's noun ("1,300 servicemen (illustrative) had been killed").

A bracket that carries meaning stays: one holding a number, a date, a name or a
source ("(about 1,100)", "(May 3)", "(according to Kyiv)"), or a word the rules
read for what is counted or how ("(bodies)", "(killed and wounded)", "(each)").
A hedge in the bracket ("(approx.)", "(estimated)") is taken out too, and the
figure it follows is read as approximate (see :func:`hedged_by_aside`).
"""

from __future__ import annotations

import re
from typing import Final

from exchangekit_news import _lexicon as lx
from exchangekit_news._tokens import NUM, SYM, TOKEN_TEXT, WORD, Token

__all__ = ["hedged_by_aside", "skip_asides"]

_MAX_WORDS: Final = 3  # "(figures not verified)"; a longer bracket is a clause of its own

# Round brackets and the square ones an editor's "[sic]" takes, each with its closer.
_CLOSERS: Final = {"(": ")", "[": "]"}

# Words that give a bracket meaning for the rules: what a figure counts, how it is shared
# out or summed, when, and who says so. Any of them keeps the bracket in the sentence.
_MEANINGFUL: Final = (
    lx.PEOPLE.firsts
    | lx.CASUALTY_NOUNS
    | lx.KILLED_WORDS
    | lx.WOUNDED_WORDS
    | lx.MISSING_WORDS
    | lx.CAPTURED_WORDS
    | lx.CAPTIVE_AFTER
    | {"hostage", "hostages", "captive"}
    | lx.CIVILIAN_WORDS
    | lx.FIGHTERS
    | lx.REMAINS_NOUNS
    | lx.PRISONER_NOUNS
    | lx.EXCHANGE_NOUNS
    | lx.STAGE_PLURALS
    | lx.ONE_HANDOVER_NOUNS
    | lx.TOTAL_WORDS
    | lx.FIGURE_HEADS
    | lx.NUMBER_WORDS
    | lx.MONTHS.keys()
    | lx.WEEKDAYS
    | lx.RELATIVE_DAYS
    | lx.DATE_UNITS
    | lx.AGE_HEADS
    # sharing out and summing: "(each)", "(both ways)", "(in total)", "(net)"
    | {"each", "both", "every", "per", "all", "total", "net", "combined", "cumulative"}
    | {"including", "incl", "alone", "only", "more", "fewer", "less", "alive", "way", "ways"}
    # prepositions open a phrase of source, place or time: "(according to Kyiv)", "(to date)"
    | {"according", "per", "by", "from", "to", "of", "in", "on", "at", "since", "as", "for"}
)

# Hedges that may stand alone in a bracket after a figure: "1,000 (approx.)".
_HEDGE_WORDS: Final = frozenset(
    {"approx", "approximately", "approximate", "est", "estimated", "estimate", "about"}
    | {"around", "roughly", "circa", "ca"}
)
_HEDGE_AFTER: Final = re.compile(
    rf"[ \t\u00a0]*\((?:{'|'.join(sorted(_HEDGE_WORDS))})\.?\)", re.IGNORECASE
)


def _aside_end(sentence: list[Token], open_at: int) -> int:
    """The index just past the closing bracket of a transparent note at ``open_at``, or -1.

    The note is one to :data:`_MAX_WORDS` lower-case words, each with at most a full
    stop of an abbreviation after it ("(illus.)"), and none the rules read for meaning.
    """
    closer = _CLOSERS[sentence[open_at].text]
    words = 0
    j = open_at + 1
    end = min(len(sentence), open_at + 2 * _MAX_WORDS + 2)
    while j < end:
        token = sentence[j]
        if token.kind == SYM and token.text == closer:
            return j + 1 if words else -1
        if token.kind == WORD:
            if not token.text[0].islower() or token.poss or token.norm in _MEANINGFUL:
                return -1
            words += 1
        elif not (token.text == "." and sentence[j - 1].kind == WORD and token.gap == 0):
            return -1  # a digit, a comma, a dash: more than a note
        j += 1
    return -1


def skip_asides(sentence: list[Token]) -> list[Token]:
    """``sentence`` without the short notes bracketed right after its figures.

    A figure is a number in digits or a number word; the note's "(" follows it
    directly or past the few words of its noun ("2,000 soldiers (illustrative)
    remain"). Most sentences hold no "(" and come back as they are, untouched.
    """
    if _CLOSERS.keys().isdisjoint(map(TOKEN_TEXT, sentence)):
        return sentence  # most sentences: tested in C, without a Python step per token
    kept: list[Token] = []
    i = 0
    length = len(sentence)
    while i < length:
        token = sentence[i]
        if token.text in _CLOSERS:
            back = _past_figure(kept)  # looked for only before a bracket
            end = _aside_end(sentence, i) if back else -1
            # a hedge past the noun ("640 soldiers (approx.)") is left where it stands:
            # only one right after the figure is read as the figure's (hedged_by_aside)
            if end > 0 and (back == 1 or sentence[i + 1].norm not in _HEDGE_WORDS):
                i = end
                continue
        kept.append(token)
        i += 1
    return kept


def _past_figure(kept: list[Token]) -> int:
    """How far back the tokens kept so far have a figure, past at most its noun's words; 0: none.

    1 is a figure right at the end ("2,000"); more is a figure and the words after it
    ("2,000 Ukrainian soldiers"), at most three of them.
    """
    for back in range(1, min(len(kept), 4) + 1):
        token = kept[-back]
        if _is_figure(token):
            return back
        if token.kind != WORD:
            return 0
    return 0


def _is_figure(token: Token) -> bool:
    return token.kind == NUM or (token.kind == WORD and token.norm in lx.NUMBER_WORDS)


def hedged_by_aside(text: str, end: int) -> bool:
    """Whether a bracketed hedge ("(approx.)", "(estimated)") follows a figure ending at ``end``."""
    return _HEDGE_AFTER.match(text, end) is not None
