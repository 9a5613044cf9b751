"""Datelines: the place and date that open wire and agency copy, and a live blog's time stamps.

"KYIV, Oct 23 (Reuters) –", "MOSCOW, March 3. /TASS/.", "KYIV/MOSCOW, July 17
(Northern Wire) -" and "LONDON, 5 May 2025 -" date the story; an entry that
opens with a time of day ("14:05 Prisoner swap under way") is from the day the
live blog was published (or from the day it names, "Wed 21:40"), or from the
day its heading names ("Saturday 24 May") when the blog runs over several days.
The date found is the default date of the events the text goes on to tell
without dating them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Final

from exchangekit import Period, PeriodParseError, Precision
from exchangekit_news import _lexicon as lx
from exchangekit_news._tokens import NUM, SYM, WORD, Token

__all__ = [
    "dated_stamp",
    "dateline",
    "day_heading",
    "issued_line",
    "month_ended",
    "month_issued_line",
    "month_line",
    "period_line",
    "titled_month",
]

_PLACE_WORDS: Final = 4  # "NEW YORK", "KYIV/MOSCOW", "RIO DE JANEIRO"
_PLACE_JOINERS: Final = frozenset({"/", "-", "."})
_AFTER: Final = frozenset({"(", "/", "-", "–", "—", ".", ":", "|"})
# Words of a heading that name the period a report covers: "update covering 1 to 30 June".
_COVERING: Final = frozenset({"covering", "covers", "period"})
# Participles that open a transcript's heading with the day it went on air.
_AIRED: Final = frozenset({"broadcast", "aired", "recorded", "taped", "filmed"})
# Nouns of what a transcript holds, before the participle of when it was made: "Interview
# recorded in Kyiv on Saturday".
_RECORDED_PARTS: Final = frozenset({"interview", "conversation", "programme", "program", "segment"})
# Participles after a heading's separator that tell when the document came out, not
# what it covers: "Covering the period to 31 December 2024 | Issued 10 January 2025".
# After a heading's bar "released" cannot be said of prisoners, so it joins the set here.
_ISSUED: Final = lx.HEADING_ISSUED_WORDS | {"released"}
# Words after a heading's period that add what else the report holds: ", with annual figures".
_CONTENTS: Final = frozenset({"with", "including", "plus"})
# Names of a periodic report whose title closes with the month it covers: "Update, June 2025".
_PERIODIC: Final = frozenset({"update", "bulletin"})
# Bars that set the fields of a heading apart: "Research note | Institute | July 2025".
_FIELD_BARS: Final = frozenset({"|", "·", "•"})
# Marks between a periodic report's name and the month it covers ("Update | June 2025").
_TITLE_MONTH_MARKS: Final = frozenset({",", ":", "-", "\u2013", "\u2014"}) | _FIELD_BARS


def _day(token: Token) -> bool:
    return token.kind == NUM and token.text.isdigit() and 1 <= int(token.text) <= 31


def _year(token: Token) -> bool:
    return token.kind == NUM and len(token.text) == 4 and token.text.isdigit()


def _month(token: Token) -> bool:
    return token.kind == WORD and token.norm in lx.MONTHS and token.text[:1].isupper()


def _past_ordinal(tokens: Sequence[Token], j: int, last: int) -> int:
    """Past the ordinal ending glued to a day ("2nd", "October 23rd"), if there is one."""
    if j < last and tokens[j].gap == 0 and tokens[j].norm in ("st", "nd", "rd", "th"):
        return j + 1
    return j


def _time_stamp(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the sentence opens with a time of day, "14:05" or "9:30"."""
    return (
        first + 2 < last
        and tokens[first].kind == NUM
        and tokens[first].text.isdigit()
        and int(tokens[first].text) < 24
        and tokens[first + 1].text == ":"
        and tokens[first + 1].gap == 0
        and tokens[first + 2].gap == 0
        and tokens[first + 2].kind == NUM
        and len(tokens[first + 2].text) == 2
    )


_WEEKDAY_ABBREVIATIONS: Final = {day[:3]: day for day in lx.WEEKDAYS} | {
    "tues": "tuesday",
    "thur": "thursday",
    "thurs": "thursday",
}


def _weekday_stamp(tokens: Sequence[Token], first: int, last: int) -> tuple[int, str] | None:
    """A live blog's time stamp after a day's name, "Wed 21:40" or "Thursday, 07:15".

    A blog that runs past midnight names the day of each entry; the entry is
    from that day, not from the day the blog was published.
    """
    if first >= last or tokens[first].kind != WORD or not tokens[first].text[:1].isupper():
        return None
    norm = tokens[first].norm
    day = norm if norm in lx.WEEKDAYS else _WEEKDAY_ABBREVIATIONS.get(norm)
    if day is None:
        return None
    i = first + 1
    while i < last and tokens[i].text in (".", ","):
        i += 1
    if not _time_stamp(tokens, i, last):
        return None
    return i + 3, day.capitalize()


def _place_end(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """The index of the comma after a place written in capitals, or None."""
    i, words = first, 0
    while i < last and words <= _PLACE_WORDS:
        token = tokens[i]
        if token.kind == WORD and len(token.text) >= 2 and token.text.isupper():
            words += 1
        elif token.text == "," and words:
            return i
        elif not (token.kind == SYM and token.text in _PLACE_JOINERS and words and token.gap == 0):
            return None  # a joiner glued inside the name ("ST.-PETERSBURG") is passed over
        i += 1
    return None


def _date_after(tokens: Sequence[Token], i: int, last: int) -> tuple[int, str] | None:
    """A day and month ("Oct 23", "Oct. 23", "23 October"), with an optional year."""
    if i + 1 >= last:
        return None
    if _month(tokens[i]):
        month, j = tokens[i].text, i + 1
        if tokens[j].text == "." and tokens[j].gap == 0 and j + 1 < last:
            j += 1
        if not _day(tokens[j]):
            return None
        day, j = tokens[j].text, _past_ordinal(tokens, j + 1, last)
    elif _day(tokens[i]) and (k := _past_ordinal(tokens, i + 1, last)) < last and _month(tokens[k]):
        day, month, j = tokens[i].text, tokens[k].text, k + 1  # "23 October", "2nd October"
    else:
        return None
    if j + 1 < last and tokens[j].text == "," and _year(tokens[j + 1]):
        return j + 2, f"{day} {month} {tokens[j + 1].text}"
    if j < last and _year(tokens[j]):
        return j + 1, f"{day} {month} {tokens[j].text}"
    return j, f"{day} {month}"


def _past_weekday(tokens: Sequence[Token], first: int, last: int) -> int:
    """Where a date starts after an optional weekday and comma: "Friday, 23 May"."""
    i = first
    if i < last and tokens[i].norm in lx.WEEKDAYS:
        i += 1
        if i < last and tokens[i].text == ",":
            i += 1
    return i


def day_heading(
    tokens: Sequence[Token], first: int, last: int, published: date | None = None
) -> str | None:
    """The date of a heading that is a date and nothing else ("Saturday 24 May"), or None.

    A live blog that runs over several days heads each day's entries with the
    day; its time stamps are of that day, not of the day it was last updated.
    Rules may set the heading off on either side ("— Saturday 24 May —"): both are
    stripped here. Given ``published``, a heading whose weekday is not its date's
    ("Friday 30 May" read as 2024's, a Thursday) dates nothing. A day after
    ``published`` may stand: a blog keeps the day it opened while it runs on.
    """
    while first < last and tokens[first].kind == SYM:
        first += 1
    found = _date_after(tokens, _past_weekday(tokens, first, last), last)
    if found is None:
        return None
    end, text = found
    while end < last and tokens[end].kind == SYM:
        end += 1
    if end != last:
        return None
    if published is None:
        return text
    try:
        day = Period.parse(text, reference=published).start
    except PeriodParseError:
        return None
    named = tokens[first].norm
    if named in lx.WEEKDAYS and lx.WEEK.index(named) != day.weekday():
        return None
    return text


def dated_stamp(tokens: Sequence[Token], first: int, last: int) -> tuple[int, str] | None:
    """A live blog's stamp that names the entry's date and time, "Friday 23 May, 14:10"; or None.

    Where it ends and the date's text. A blog that runs over several days may
    stamp each entry with its full date; the entry is from that day, whatever
    day the page was last updated.
    """
    found = _date_after(tokens, _past_weekday(tokens, first, last), last)
    if found is None:
        return None
    end, text = found
    if end < last and tokens[end].text in (",", "-", "–", "—"):
        end += 1
    if not _time_stamp(tokens, end, last):
        return None
    return end + 3, text


def dateline_place(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """Where the place of a dateline opening ``tokens[first:last]`` ends, or None.

    Only a place dateline ("KYIV, Nov 14 (Wire) –") has one; a time stamp has none.
    """
    if dateline(tokens, first, last) is None or _time_stamp(tokens, first, last):
        return None
    if _weekday_stamp(tokens, first, last) is not None:
        return None
    return _place_end(tokens, first, last)


def _aired_line(tokens: Sequence[Token], first: int, last: int) -> tuple[int, str] | None:
    """The day a transcript's heading says it went on air, "Broadcast Sunday, 16 February
    2025; transcript posted Monday, 17 February 2025", or None.

    What the speakers say they said on that day, not on the day it was posted; the
    rest of the line (when it was posted) tells no event, so nothing of it is read.
    """
    if first >= last or not tokens[first].text[:1].isupper():
        return None
    if tokens[first].norm in _RECORDED_PARTS and first + 1 < last:
        return _recorded_line(tokens, first + 1, last)
    if tokens[first].norm not in _AIRED:
        return None
    i = first + 1 + (first + 1 < last and tokens[first + 1].norm in ("on", ":"))
    found = _date_after(tokens, _past_weekday(tokens, i, last), last)
    if found is None:
        return None
    end, text = found
    if end < last and tokens[end].text not in _AFTER | {";", ","}:
        return None
    return last, text


def _recorded_line(tokens: Sequence[Token], i: int, last: int) -> tuple[int, str] | None:
    """The day of "Interview recorded in Kyiv on Saturday." heading a transcript, or None.

    What is said in the interview was said that day, before it went on air; the
    line is read only when it holds nothing more than the place and the day.
    """
    if tokens[i].norm not in _AIRED:
        return None
    i += 1
    if i < last and tokens[i].norm == "in":
        j = i + 1
        while j < last and j - i <= 3 and tokens[j].kind == WORD and tokens[j].text[:1].isupper():
            j += 1
        if j == i + 1:
            return None
        i = j
    if i + 1 >= last or tokens[i].norm != "on":
        return None
    if tokens[i + 1].norm in lx.WEEKDAYS and (i + 2 == last or tokens[i + 2].text == "."):
        return last, tokens[i + 1].text
    found = _date_after(tokens, _past_weekday(tokens, i + 1, last), last)
    if found is None or (found[0] < last and tokens[found[0]].text != "."):
        return None
    return last, found[1]


def _past_country(tokens: Sequence[Token], i: int, last: int) -> int:
    """Where a date starts after the country a place's dateline names: "KYIV, Ukraine, May 2".

    The country or region is written as a name (one to three capitalised words) and
    closed by a comma; ``i`` itself when there is none.
    """
    j = i
    while j < last and j - i < 3 and tokens[j].kind == WORD and tokens[j].text[:1].isupper():
        j += 1
    return j + 1 if i < j < last and tokens[j].text == "," else i


def dateline(tokens: Sequence[Token], first: int, last: int) -> tuple[int, str] | None:
    """Where a dateline opening ``tokens[first:last]`` ends, and its date text; or None.

    A live blog's time stamp gives "today". The text is meant for
    :meth:`exchangekit.Period.parse` against the publication date. The
    sentence's own reading starts at the end, so the place is not an actor
    and the dateline's date is not the date of what the sentence tells.
    """
    if _time_stamp(tokens, first, last):
        return first + 3, "today"
    weekday = _weekday_stamp(tokens, first, last)
    if weekday is not None:
        return weekday
    aired = _aired_line(tokens, first, last)
    if aired is not None:
        return aired
    comma = _place_end(tokens, first, last)
    if comma is None:
        return None
    found = _date_after(tokens, comma + 1, last)
    if found is None:
        found = _date_after(tokens, _past_country(tokens, comma + 1, last), last)
    if found is None:
        return None
    end, text = found
    # What follows must close the dateline: an agency in brackets, a dash, a full stop.
    if end < last and tokens[end].text not in _AFTER:
        return None
    if end < last and tokens[end].text == "(":
        close = end + 1
        while close < last and close - end <= _PLACE_WORDS and tokens[close].text != ")":
            close += 1
        if close < last and tokens[close].text == ")":
            end = close + 1
    return end, text


def month_line(tokens: Sequence[Token], first: int, last: int) -> str | None:
    """The month of a line that is a month and a year and nothing else ("July 2025"), or None.

    A research note or a magazine piece dated by its month only: what it dates by
    the month alone ("in May", "last month") can be read against that month. The
    month may close a heading of fields set apart by bars or middle dots
    ("Research note | Security Institute | July 2025").
    """
    if last - first == 2 and _month(tokens[first]) and _year(tokens[first + 1]):
        return f"{tokens[first].text} {tokens[first + 1].text}"
    if (
        last - first > 3
        and tokens[last - 3].text in _FIELD_BARS
        and _month(tokens[last - 2])
        and _year(tokens[last - 1])
    ):
        return f"{tokens[last - 2].text} {tokens[last - 1].text}"
    return None


def titled_month(tokens: Sequence[Token], first: int, last: int) -> str | None:
    """The month a periodic report's title closes with ("Monthly Update, June 2025"), or None.

    Such a title names the month the report covers, which may be before the day it is
    issued; whether it is, only the line of issue can tell.
    """
    if (
        last - first > 3
        and tokens[last - 4].norm in _PERIODIC
        # "Monthly Update, June 2025", "Monthly Update - June 2025", "Update: June 2025"
        and tokens[last - 3].text in _TITLE_MONTH_MARKS
        and _month(tokens[last - 2])
        and _year(tokens[last - 1])
    ):
        return f"{tokens[last - 2].text} {tokens[last - 1].text}"
    return None


def issued_line(tokens: Sequence[Token], first: int, last: int) -> str | None:
    """The day of a heading line that tells only when the document was issued, or None.

    "Issued in Kyiv, 10 July 2025", "Issued on 10 July 2025": the line dates the
    release, not what the document counts.
    """
    if last - first < 3 or tokens[first].norm not in _ISSUED:
        return None
    i = first + 1
    if tokens[i].norm == "in":  # "Issued in Kyiv,": a place of one to a few words
        comma = next(
            (j for j in range(i + 1, min(last, i + 2 + _PLACE_WORDS)) if tokens[j].text == ","),
            None,
        )
        if comma is None or any(t.kind != WORD for t in tokens[i + 1 : comma]):
            return None
        i = comma + 1
    i += i < last and tokens[i].norm in ("on", ":")
    found = _date_after(tokens, i, last)
    if found is None or not all(t.kind == SYM for t in tokens[found[0] : last]):
        return None
    return found[1]


def month_issued_line(tokens: Sequence[Token], first: int, last: int) -> tuple[str, str] | None:
    """The month a heading line names and the day it gives in brackets for the issue, or None.

    "January 2026 (issued 10 February 2026)": a periodic report's line of the month it
    covers, with the day it came out set apart; what it counts is as of that month.
    """
    if not (
        last - first > 5
        and _month(tokens[first])
        and _year(tokens[first + 1])
        and tokens[first + 2].text == "("
        and tokens[first + 3].norm in _ISSUED
        and tokens[last - 1].text == ")"
    ):
        return None
    at = first + 4 + (tokens[first + 4].norm in ("on", ":"))
    found = _date_after(tokens, at, last)
    if found is None or found[0] != last - 1:
        return None
    return f"{tokens[first].text} {tokens[first + 1].text}", found[1]


def month_ended(month: str, issued: str) -> str | None:
    """The last day of ``month`` when the day ``issued`` comes after it, or None.

    A report issued after the month its title names counts its running totals to that
    month's end; one issued within its month ("Update, December 2025", published on
    the 3rd) is current on its day.
    """
    try:
        covered, day = Period.parse(month), Period.parse(issued)
    except PeriodParseError:
        return None
    if covered.precision is not Precision.MONTH or day.start <= covered.end:
        return None
    end = covered.end
    return f"{end.day} {end:%B} {end.year}"


def period_line(tokens: Sequence[Token], first: int, last: int) -> str | None:
    """The last day of a heading's reporting period ("update covering 1 to 30 November
    2024"), or None.

    A periodic report's running totals are as of the end of the period it covers,
    not of the day it was released.
    """
    for i in range(first, last - 3):
        if tokens[i].norm not in _COVERING:
            continue
        for j in range(i + 1, min(last, i + 8)):
            if tokens[j].norm not in lx.SPAN_JOINS:
                continue
            found = _date_after(tokens, j + 1, last)
            if found is not None and (
                all(t.kind == SYM for t in tokens[found[0] : last])
                or _issued_after(tokens, found[0], last)
                or _contents_after(tokens, found[0], last)
            ):
                return found[1]
        return None
    return None


def _contents_after(tokens: Sequence[Token], i: int, last: int) -> bool:
    """Whether ``tokens[i:last]`` adds what else the report holds, ", with annual figures for 2025".

    A heading may go on past its period to name other contents; with no figure in them
    (a year only) the line is still a heading, and the period's end still dates the figures.
    """
    return (
        i + 1 < last
        and tokens[i].text == ","
        and tokens[i + 1].norm in _CONTENTS
        and all(t.kind != NUM or _year(t) for t in tokens[i + 2 : last])
    )


def _issued_after(tokens: Sequence[Token], i: int, last: int) -> bool:
    """Whether ``tokens[i:last]`` is a separator and a day of issue, "| Issued 10 January 2025".

    A heading may close its period with the day the document came out; that day is
    the publication's, and the period's end still dates the figures.
    """
    if not (
        i + 2 < last and tokens[i].text in _AFTER | {";", ","} and tokens[i + 1].norm in _ISSUED
    ):
        return False
    at = i + 2 + (tokens[i + 2].norm in ("on", ":"))  # "| Issued: 10 July 2025"
    return _date_after(tokens, at, last) is not None
