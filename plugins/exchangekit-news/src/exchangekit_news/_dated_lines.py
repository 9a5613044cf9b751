"""Lines a story lists past events by, each opened by its date and a colon or a spaced dash.

A recap sets out its exchanges as verbless lines under a heading: "February 5: 150 for
150, mediated by the UAE." / "May 6 - 205 for 205, on the eve of Victory Day." Such a
line tells what was done on its day; the same lines under "Planned swaps" or with "will"
in them set out a schedule, which moved no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from exchangekit_news import _lexicon as lx
from exchangekit_news._tokens import NUM, WORD, Token, tokenize

# The most tokens a date opening a line may take before its colon: "May 23-25:".
_DATE_SPAN: Final = 5
# The most dated lines looked back over for the series' heading; past them the heading
# is out of sight and the line is left unread (it keeps the look-back linear in the text).
_SERIES_REACH: Final = 40
# The most tokens a bracketed name of the day may take: "(Ukraine's Independence Day)".
_ASIDE_SPAN: Final = 10


# Marks that may open a list's line before its date: "- 2 October: ...", "• May 6: ...".
_BULLETS: Final = frozenset({"-", "\u2013", "\u2022", "*"})


def after_bullet(tokens: Sequence[Token], at: int) -> int:
    """Where a line's words begin past a bullet at ``at``: "- 2 October:" begins at "2"."""
    return at + (at + 1 < len(tokens) and tokens[at].norm in _BULLETS)


def opens_dated_line(tokens: Sequence[Token], at: int) -> int | None:
    """The colon after the date that opens the line at ``at``, if one does: "May 6:", "6 May:".

    A month name and day numbers make up the date, and a colon ends it, or a dash with
    white space on both sides ("MAY 6 - 205 for 205"), whose index then stands for the
    colon; a dash touching a number joins days ("May 23-25 -").
    """
    if at >= len(tokens):
        return None
    colon = _date_then_colon(tokens, at)
    return colon if colon is not None else _date_then_dash(tokens, at)


def _date_then_dash(tokens: Sequence[Token], at: int) -> int | None:
    """The spaced dash after the date that opens the line at ``at``: "JANUARY 5 - 25 ..."."""
    month = False
    for i in range(at, min(len(tokens) - 1, at + _DATE_SPAN + 1)):
        token = tokens[i]
        if token.norm in lx.DASH_MARKS and token.gap and tokens[i + 1].gap:
            return i if month and i > at and tokens[i + 1].gap == 1 else None
        if token.norm in lx.MONTHS:
            month = True
        elif token.kind != NUM and token.norm not in ("-", "\u2013", ",", "."):
            return None
    return None


def _date_then_colon(tokens: Sequence[Token], at: int) -> int | None:
    """The colon after the date that opens the line at ``at``: "May 6:", "6 May:"."""
    month = False
    i = at
    while i < min(len(tokens), at + _DATE_SPAN + 1):
        token = tokens[i]
        if token.norm == ":":
            return i if month and i > at else None
        if token.norm == "(" and month:
            # the day's name in brackets: "24 August (Independence Day):"
            close = next(
                (
                    j
                    for j in range(i + 1, min(len(tokens), i + _ASIDE_SPAN))
                    if tokens[j].norm == ")"
                ),
                None,
            )
            if close is None or close + 1 >= len(tokens) or tokens[close + 1].norm != ":":
                return None
            return close + 1
        if token.norm in lx.MONTHS:
            month = True
        elif token.kind != NUM and token.norm not in ("-", "\u2013", ",", "."):
            return None
        i += 1
    return None


_MONTH: Final = "|".join(sorted((m for m in lx.MONTHS if m.isalpha()), key=len, reverse=True))
_DAYS: Final = r"\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?"
# A line opened by a date and a colon or a spaced dash: "February 5:", "5 February:",
# "May 23-25:", "June:", "MAY 6 -", after a list's bullet, and with the day's name in
# brackets before the colon.
_DATED_LINE: Final = re.compile(
    rf"[ \t]*(?:[-\u2013\u2022*][ \t]+)?"  # a bullet: "- 2 October:"
    rf"(?:{_DAYS}\s+(?:{_MONTH})\.?|(?:{_MONTH})\.?(?:\s+{_DAYS})?)(?:,?\s+\d{{4}})?"
    r"(?:\s*\([^()\n]{1,60}\))?"  # the day's name: "24 August (Independence Day):"
    r"(?:\s*:|[ \t]+[-\u2013\u2014][ \t])",  # "May 6:" or "MAY 6 - 205 for 205"
    re.IGNORECASE,
)


def _lines(text: str, at: int, step: int) -> Iterator[tuple[int, int]]:
    """The lines with words on them from the one after (``step`` 1) or before (-1) ``at``.

    ``at`` is a position on a line; each line comes as (start, end), blank lines skipped.
    """
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    while True:
        if step > 0:
            if end >= len(text):
                return
            start = end + 1
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
        else:
            if start == 0:
                return
            end = start - 1
            start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            yield start, end


def _planning(token: Token) -> bool:
    """Whether a word speaks of a plan; "May" with a capital is the month."""
    return token.norm in lx.PLANNING and token.text != "May"


def _plans(words: str) -> bool:
    """Whether a stretch of text speaks of a plan: "Planned swaps", "will be held"."""
    return any(w.lower() in lx.PLANNING and w != "May" for w in re.findall(r"[A-Za-z]+", words))


def listed_past_line(tokens: Sequence[Token], first: int, last: int, text: str) -> int | None:
    """The colon of a sentence that is one dated line of a series of past events.

    "The swaps, month by month / February 5: 150 for 150, ... / May 6: 205 for 205":
    the sentence from ``first`` to ``last`` opens a line with "DATE:", the line above
    or below it opens the same way, and neither the sentence nor the heading the
    series stands under speaks of a plan ("Planned swaps", "will be"). None otherwise.
    """
    first = after_bullet(tokens, first)
    colon = opens_dated_line(tokens, first)
    if colon is None or any(_planning(t) for t in tokens[colon:last]):
        return None
    at = tokens[first].start
    if text[text.rfind("\n", 0, at) + 1 : at].strip() not in ("", *_BULLETS):
        return None  # the sentence does not open its line
    neighbours = 0
    heading = ""
    for line in _lines(text, at, -1):
        if _DATED_LINE.match(text, *line) is None:
            heading = text[line[0] : line[1]]
            break
        neighbours += 1
        if neighbours > _SERIES_REACH:
            return None  # the heading is too far up to tell a record from a schedule
    below = next(_lines(text, at, 1), None)
    if below is not None and _DATED_LINE.match(text, *below) is not None:
        neighbours += 1
    if neighbours == 0:
        return None  # a line alone is no series
    return None if _plans(heading) else colon


# The most characters looked over for the sentence after a list of days: past them, a
# "respectively" is too far on to share a list out over those days.
_NEXT_REACH: Final = 300
# The most words between a shared-out list and its "respectively": "24, 31 and 30 of its
# soldiers respectively".
_LIST_NOUN_REACH: Final = 5


def respective_list_next(text: str, end: int) -> int:
    """How many figures the sentence after ``text[:end]`` lists before a closing "respectively".

    "Ukraine took back 1,000 bodies on July 17, Aug. 19 and Sept. 18. Russia received
    19, 24 and 31 respectively": the next sentence shares a list out over the days just
    listed, so each day was a handover of its own. The list is a run of bare numbers
    joined by commas and "and", a few words of its people at most before the word; the
    sentence names no month of its own (its list would share out over those). 0 when
    there is no such sentence, list or word.
    """
    following = text[end : end + _NEXT_REACH]
    if "respectively" not in following.lower():
        return 0  # most sentences: no list shared out next, and nothing to tokenize
    tokens = tokenize(following)
    for at, token in enumerate(tokens):
        norm = token.norm
        if norm in lx.MONTHS:
            return 0
        if norm in (".", "!", "?", ";") and not (
            norm == "." and at > 0 and tokens[at - 1].norm in lx.MONTH_ABBREVIATIONS
        ):
            return 0
        if norm == "respectively":
            return _run_before(tokens, at)
    return 0


def _run_before(tokens: Sequence[Token], at: int) -> int:
    """How many bare numbers joined by "," and "and" end a few words before ``at``."""
    i = at - 1
    while i >= 0 and at - i <= _LIST_NOUN_REACH and tokens[i].kind != NUM:
        if tokens[i].kind != WORD or tokens[i].norm == "and":
            return 0
        i -= 1
    count = 0
    while i >= 0 and tokens[i].kind == NUM:
        count += 1
        j = i - 1
        while j >= 0 and i - j <= 2 and tokens[j].norm in (",", "and"):
            j -= 1  # "19, 24 and 31", "19, 24, and 31"
        if j == i - 1:
            break
        i = j
    return count if count >= 2 else 0
