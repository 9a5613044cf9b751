"""From every sentence's drafts to records: dates resolved, repetitions joined, provenance kept.

Both directions of one exchange, told in different sentences or by
different parties, become one :class:`~exchangekit.Exchange`: drafts with the
same kind of people (remains, or the living) and the same date join, and a
draft without a date joins the exchange the text is about at that point (or,
before any, the first one dated later). The same figure told twice becomes
one record that keeps both sentences.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Final, Generic, Literal, TypeVar

import attrs

from exchangekit import (
    CasualtyCategory,
    CasualtyClaim,
    ClaimScope,
    Count,
    Exchange,
    ExchangeKind,
    ExchangeTally,
    Party,
    PartyRegistry,
    Period,
    PeriodParseError,
    PersonCategory,
    Precision,
    Qualifier,
    Quote,
    Source,
    Transfer,
)
from exchangekit.errors import ParseError, RecordSkipped, RecordValidationError
from exchangekit.figures import iter_figures
from exchangekit_news import _lemmas
from exchangekit_news._drafts import (
    PUBLISHER,
    SHIFT_MARK,
    WAR_YEAR_END,
    WAR_YEAR_START,
    ClaimDraft,
    LegDraft,
    RankDraft,
    SentenceFacts,
)
from exchangekit_news._hedged_restatements import (
    RESTATEMENT_REACH,
    bound_of,
    exact_reached,
    exact_restatement,
    hedged_restatement,
)
from exchangekit_news._lexicon import (
    EXCHANGE_NOUNS,
    HANDOVER_PLURALS,
    MONTHS,
    ONE_HANDOVER_NOUNS,
    ORDINAL_TENS,
    ORDINALS,
    PEOPLE,
    PRESIDENTS,
    SPEECH,
    WEEKDAYS,
    Role,
    SourceEntry,
    words,
)
from exchangekit_news._markup import Text
from exchangekit_news._mentions import (
    MEDIATOR_CODES,
    MONTHS_LATER,
    ON_DAY,
    SAME_DAY,
    WEEK_OF,
    WEEKEND,
    YEARS_AGO_TODAY,
)
from exchangekit_news._stage_lists import _STAGE_NOTE, stage_rank
from exchangekit_news._tokens import tokenize
from exchangekit_news._transfer_roles import _SIZE_RANKS

__all__ = ["UNDATED_WINDOW_DAYS", "Assembler", "Unresolved"]

Unresolved = Literal["error", "skip"]

_CHECK_REFERENCE: Final = date(2000, 6, 15)  # any day: tells relative dates from nonsense
_CAVEAT_REACH: Final = 3  # sentences a caveat may look back for the claims it qualifies
_SAME_FIGURE_REACH: Final = 16  # earlier claims of one figure compared with a new statement
_DAY_WORDS: Final = frozenset({"today", "yesterday"})
# A statement the text dates no closer than a week: "officials who spoke last week".
# "the exchange brought the number freed to 1,762": a total the exchange itself raised.
# Each alternative starts at a word boundary with a fixed word, so none backtracks.
# "On Wednesday nine children came home, officials said. Since 2022, they added, 1,087
# ...": a total told on with the statement about that exchange.
_ADDED: Final = re.compile(r",\s+(?:it|he|she|they)\s+added\s*,")
# "said the total had now topped 5,900": "now" in reported speech is when it was said
_HAD_NOW: Final = re.compile(r"\bhad\s+now\b", re.IGNORECASE)
# "He said the total had reached 4,306" opening a sentence: the statement of the one before
_GOES_ON_SAYING: Final = re.compile(r"\s*(?:He|She|It|They)\s+(?:said|added)\b")
# "The commissioner said ...", "The ombudsman thanked Qatar and said ...": a definite
# speaker opening the sentence with a past verb of saying, perhaps after another of its acts
_NOUN_GOES_ON_SAYING: Final = re.compile(
    r"\s*The\s+([a-z]+)\s+(?:also\s+)?"
    r"(?:said|added|\w+ed\b[^.;,]{0,40}?\s+and\s+(?:also\s+)?said)\b"
)
_MONTHS: Final = "|".join(calendar.month_name[1:])
# "8 April", "April 8": a day of a month as a sentence names it
_DAY_OF_MONTH: Final = rf"\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}}"
_WEEKDAY_NAMES: Final = "|".join(w.capitalize() for w in sorted(WEEKDAYS))
# "... said on Thursday evening that", "announced on 8 April": the day a statement was made
_SAID_ON_DAY: Final = re.compile(
    r"\b(?:said|announced|reported|stated|confirmed|wrote|told\s+reporters)\s+"
    rf"(?:(?:on\s+)?({_WEEKDAY_NAMES}|yesterday)|on\s+({_DAY_OF_MONTH}))\b"
)
# "With that day's exchange, the number had passed 7,000": the day the sentence before named
_WITH_THAT_DAYS: Final = re.compile(
    r"\bwith\s+that\s+day['’]s\s+(?:exchange|swap|handover|group|release|repatriation|return)\b",
    re.IGNORECASE,
)
# "on Saturday evening", "on 16 May", "on May 16": a day a sentence names
_ON_A_DAY: Final = re.compile(rf"\bon\s+({_WEEKDAY_NAMES}|{_DAY_OF_MONTH})\b")
# "In total, 4,300 have come home" opening a sentence: the sum of the statement just made
_SUMS_UP: Final = re.compile(r"\s*(?:In total|In all|Altogether|All told),")
# "..., the total stands at a little over 6,000, it said.": the same, the pronoun last
_PRONOUN_SAID_LAST: Final = re.compile(r",\s+(?:he|she|it|they)\s+(?:said|added)\W*$")
# "In 2024 alone, it said, 1,358 were returned": the same, an aside after a short opening
_PRONOUN_SAID_ASIDE: Final = re.compile(
    r"\s*[^,.;]{1,40},\s+(?:he|she|it|they)\s+(?:said|added)\s*,"
)
# A rank of one exchange, in digits or in words: "the 7th", "the seventh", "the sixty-first"
_RANK: Final = (
    r"(?:\d+(?:st|nd|rd|th)|(?:(?:"
    + "|".join(sorted(ORDINAL_TENS))
    + r")[- ])?(?:"
    + "|".join(sorted(ORDINALS))
    + r"))"
)
# "Wednesday's exchange was the 63rd since ...": an exchange ranked, a count as of it; so
# is one the speaker "called the 77th exchange" or one given its rank as an aside ("The
# exchange, the 83rd since the invasion, was ...")
_RANKED_EXCHANGE: Final = re.compile(
    r"\b(?:exchange|swap|handover)\s+(?:was|is)\s+the\s+\d+(?:st|nd|rd|th)\b"
    r"|\b(?:called|described)\s+it\s+(?:as\s+)?the\s+" + _RANK + r"\s+(?:exchange|swap|handover)\b"
    r"|\b(?:exchange|swap|handover),\s+the\s+" + _RANK + r"\s+(?:since|of)\b"
)
# "the headquarters says this was the 72nd exchange and that 6,410 have now returned": the
# rank told in the past, the total in the present "now", the total is current when told
# (not "calls this the 72nd exchange and says 6,410 have now come home": as of the swap)
_SAYS_WAS_RANKED_NOW: Final = re.compile(
    r"\bsays?\s+(?:that\s+)?(?:this|it)\s+was\s+the\s+" + _RANK + r"\b[^.;]*\b(?:have|has)\s+now\b"
)
# "Counting Monday's swap, 1,358 came home in 2024": a total opened by the day's exchange it
# sums through stands on that day (not "said this week that, counting Tuesday's swap, ...")
_COUNTING_OPENER: Final = re.compile(
    r"\s*(?:Counting|Including)\s+\w+['’]s\s+(?:exchange|swap|handover|group)\b"
)
# "The latest handover took the number", "The most recent swap brought": the newest of
# the exchanges told, whatever the sentence before looked back to.
_LATEST_EXCHANGE_OPENS: Final = re.compile(
    r"\s*The\s+(?:latest|last|newest|most\s+recent)\s+(?:exchange|swap|handover)\b"
)
# "That brings the total", "According to the ministry, that brings", "By our count that
# brings": the demonstrative opens its clause. After a noun "that" is a relative pronoun ("a
# deal that brings", "a January handover that took") and the total is that noun's.
_THAT_OPENS: Final = r"(?:(?<![\w’'])(?<![\w’']\s)that|\bcount,?\s+that)"
_RAISED_BY_EXCHANGE: Final = re.compile(
    # "It was the 62nd of the war, officials said, and took the number": the subject
    # carried over the coordinator is the exchange's; "that brings the total" after a
    # handover is that handover, as "this" is
    r"(?:\b(?:exchange|swap|handover|release|it|this|one that|one which|, and)|"
    + _THAT_OPENS
    # "That exchange, the headquarters said, brought the number": an aside of saying
    # between the exchange and its verb
    + r")(?:\s*,(?:\s+[\w'’]+){1,4}\s+(?:said|says|added),)?"
    # "the exchange, the 49th since February 2022, brought the number": its rank as an aside
    r"(?:\s*,\s+the\s+" + _RANK + r"\b[^,.;]{0,50},)?"
    r"\s+(?:had\s+|has\s+)?"
    r"(?:brought|brings|took|takes|raised|raises|pushed|pushes)\s+"
    # "it raised to 4,181 the number freed": the figure may come before the noun
    r"(?:to\s+\S+\s+)?the\s+(?:total|number)\b"
    # "That makes, by the office's count, 3,956 returned": the sum with the exchange just told
    r"|" + _THAT_OPENS + r"\s+(?:makes|made)(?:\s*,[^,.;]{1,40},)?\s+(?=\S*\d)"
    # "With Friday's exchange, 3,210 had been freed", "with it the number had risen to"
    r"|\bwith\s+(?:\w+['’]s\s+(?:exchange|swap|handover|group)|it,?\s+the\s+(?:total|number))\b"
    # "said that with this exchange the number had passed 5,750": reported as of that exchange
    # (not "With this exchange the number has grown to 800", told as of the statement)
    r"|\bwith\s+(?:this|that|the latest)\s+(?:exchange|swap|handover)\b(?=[^.;]{0,150}\bhad\b)"
    # "said that, counting it, Ukraine had freed 1,456": a total the exchange is part of
    r"|\b(?:counting|including)\s+(?:it|this|this one|that one)\s*,"
    # "said it was the 60th exchange and that 3,956 had been returned": counted through it,
    # as in "described it as the 60th exchange" and "the swap was the 61st of the war"; a
    # mediator's "it was its tenth mediation" ranks the exchange it helped with
    r"|\b(?:it|this|that) (?:was|as) (?:the|its|their) "
    + _RANK
    + r"\s+(?:exchange|swap|handover|mediation)\b"
    r"|\b(?:exchange|swap|handover) was the " + _RANK + r"\s+(?:of|since)\b"
    # "By the end of that exchange, 1,762 had come home": the total as the exchange left it
    r"|\b(?:by the end of|after|following)\s+(?:that|this|the latest)\s+"
    r"(?:exchange|swap|handover)\b",
    re.IGNORECASE,
)
# "With Thursday's handover, ...": the day whose exchange a total counts through
_WITH_DAYS_EXCHANGE: Final = re.compile(
    r"\bwith\s+(" + "|".join(sorted(WEEKDAYS)) + r"|today|yesterday)['’]s\s+"
    r"(?:exchange|swap|handover|group)\b",
    re.IGNORECASE,
)
# "With this exchange, the number freed has passed 5,900", "including Saturday's group":
# a total said to count the exchange just told stands on the exchange's day (one it is
# "including", told days later, may have moved since and is the story's own)
_COUNTS_THIS_EXCHANGE: Final = re.compile(
    r"\b(?:with|including|counting)\s+(?:this(?:\s+latest)?|that|the\s+latest|"
    r"(?:that\s+)?day['’]s|today['’]s|yesterday['’]s|(?:" + "|".join(sorted(WEEKDAYS)) + r")['’]s)"
    r"\s+(?:exchange|swap|handover|operation|round|group|release|repatriation|return)\b"
    # "With this, the number reunited has reached 138": "this" is the return just told
    r"|\bwith\s+this\s*,"
    # "with these returns, 2,147 have now come home": the people the one return just told
    # brought back (not "these exchanges", several of them)
    r"|\bwith\s+these\s+(?:releases|repatriations|returns|reunifications)\b",
    re.IGNORECASE,
)
# "Wednesday's exchange was the 49th ..., and it brought", "Monday's swap took the total to":
# the day whose exchange a ranked or raising sentence is about
_DAYS_EXCHANGE: Final = re.compile(
    r"\b(" + "|".join(sorted(WEEKDAYS)) + r"|yesterday)['’]s\s+(?:exchange|swap|handover)\b",
    re.IGNORECASE,
)
# How far back the exchange a story calls "this" may lie.
_THIS_WEEK: Final = timedelta(days=7)
# "calls this the 67th exchange and says 5,857 have come home", "described the swap as
# the 71st since 2022, bringing the total to": the exchange ranked in the total's sentence
_RANKED_HERE: Final = re.compile(
    r"\b(?:this|it|exchange|swap|handover|operation|round)\s+(?:was\s+|is\s+|as\s+)?"
    r"(?:the|its|their)\s+(?!first\b)" + _RANK + r"\b"
    # what follows names the exchange or its count ("the sixth round of talks" does not)
    r"(?=\s+(?:exchange|swap|handover|repatriation|mediation|such|of\s+the\s+war|since|"
    r"between|it|they|this|in)\b|\s*[,.;:])",
    re.IGNORECASE,
)
# "The exchange was the first since January 8, when 50 were freed": the exchange after
# "since" is one the rank looks back to, never the one it ranks
_RANKED_SINCE: Final = re.compile(
    r"\b(?:exchange|swap|handover)\s+(?:was|is)\s+the\s+" + _RANK + r"\s+since\b", re.IGNORECASE
)
# "6,140 have been returned ..., the most recent of them on 15 May": a present perfect total
# whose date is that of its latest exchange, told in an aside after it ({} is the date)
_LATEST_ONE_ON: Final = (
    r"\b(?:has|have)\s+(?:been\s+)?\w+\b[^;]*?,\s+the\s+(?:latest|last|most\s+recent)"
    r"(?:\s+(?:of\s+them|one))?\s+(?:on|in)\s+{}(?!\w)"
)
# "That brought the number to 2,235" opening its sentence: an exchange just told raised it
_POINTS_BACK: Final = re.compile(
    r"\s*(?:That|This|It)\s+(?:had\s+|has\s+)?"
    r"(?:brought|brings|took|takes|raised|raises|pushed|pushes)\b"
)
# "the first since a January handover that took the total to 4,100": the total is the
# earlier handover's, the one a relative clause hangs on after "since" or "after"
# The exchange told in stages just before as what raised a total: "That brought the total
# to", "the operation had brought to more than 5,000 the number".
_RAISED_BY_STAGES: Final = re.compile(
    r"\b(?:exchange|swap|handover|operation|that|it|this)\s+(?:had\s+|has\s+)?"
    r"(?:brought|brings|raised|pushed|took)\s+(?:to\s+(?:\S+\s+){1,3}?)?the\s+(?:total|number)\b",
    re.IGNORECASE,
)
_RAISED_BY_EARLIER: Final = re.compile(
    r"\b(?:since|after|before|than)\s+(?:[\w’']+\s+){0,3}?(?:exchange|swap|handover)s?,?\s+"
    r"(?:that|which)\s+(?:had\s+|has\s+)?(?:brought|brings|took|takes|raised|raises|pushed)\b",
    re.IGNORECASE,
)
_TOLD_IN_A_WEEK: Final = re.compile(
    r"\b(?:described|spoke|speaking|told|interviews?|recorded|briefed|briefings?)\b"
    r"[^.;:!?\n]{0,40}?\b(?:this week|last week|earlier (?:in the|this) week)\b",
    re.IGNORECASE,
)
# "week" in any case (a Kelvin sign is a "k" to IGNORECASE): the pattern above can match
# only in the few characters before one, and this one scans a text several times faster.
# Words by which a sentence tells a second exchange beside one told before: "Separately,
# ...", "... were returned as well", "another 63".
_SECOND_EXCHANGE: Final = re.compile(r"\b(?:separately|also|as\s+well|another)\b", re.IGNORECASE)
# A sentence opening on one exchange told before: "The handover took place on ...", or
# on the people it moved: "They crossed the border on 12 March".
_THE_EXCHANGE_OPENS: Final = re.compile(
    r"\s*(?:(?:The|That|This)\s+(?:handover|exchange|swap|repatriation)|They)\b"
)
_WEEK: Final = re.compile("[Ww][Ee][Ee][Kk\u212a]")
# How far before "week" the pattern's match can start: its verb (10 letters at most),
# 40 other characters and "earlier in the ".
_WEEK_REACH: Final = 70
# A statement the text dates to a weekday: "the General Staff said on Thursday".
_TOLD_ON_A_DAY: Final = re.compile(
    r"\b(?:" + "|".join(sorted(SPEECH)) + r")\s+(?:late |early )?on\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    # "On Friday, the defence ministry gave its first update": the day opens the telling
    r"|\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),\s+"
    r"(?:[\w'’-]+\s+){1,5}?(?:"
    + "|".join(sorted(SPEECH | {"gave", "published", "issued"}))
    + r")\b",
    re.IGNORECASE,
)
# A total for the span of the figure told before: "Russia received 78 over the same period".
# A front's sector named as the scope of a figure: "in this direction", "on that axis".
_ONE_SECTOR: Final = re.compile(
    r"\b(?:in|on|along) (?:this|that|the same) (?:direction|sector|axis)\b", re.IGNORECASE
)
# A bulletin's paragraph on one sector's forces: "Units of the Zapad group of forces ...".
_SECTOR_GROUP: Final = re.compile(
    r"\s*units of the [\w-]+(?: [\w-]+)? group of forces\b", re.IGNORECASE
)
# All sectors together: "in all directions", "along the entire front line".
_ALL_SECTORS: Final = re.compile(
    r"\b(?:in|on|along|across) (?:all (?:the )?(?:directions|sectors|axes)"
    r"|the (?:entire|whole) front(?: line)?)\b",
    re.IGNORECASE,
)
_SAME_PERIOD: Final = re.compile(
    r"\b(?:over|in|during|for) the same (?:period|time|span|days|weeks)\b", re.IGNORECASE
)
# "Before today's exchange, 6,095 had been freed": a day's exchange the total stops short of.
_BEFORE_DAYS_EXCHANGE: Final = r"\bbefore {}(?:'s|\u2019s) (?:{})\b"
# Its first word alone: a sentence without it needs no pattern built for its day.
_BEFORE: Final = re.compile(r"\bbefore\b", re.IGNORECASE)
# Days the text has told one by one, summed by a total: "over the three days", "across
# those two days" (the definite article points back; "over three days" does not).
# A half or quarter of a year as a total's date text: "the first half of 2022". It
# closes on its own last day even when it opened before the war did.
_PART_OF_YEAR: Final = re.compile(
    r"the (?:first|second|third|fourth|last) (?:half|quarter)\b", re.IGNORECASE
)
_OVER_TOLD_DAYS: Final = re.compile(
    r"\b(?:over|across|during|in) (?:the|those|these) (\w+) days\b(?! of\b)", re.IGNORECASE
)
# A span running back from the day a total is told: "over the past week", "in the last
# three days".
_PAST_DAYS: Final = re.compile(
    r"\b(?:over|in|during|across) the (?:past|last|previous) "
    r"(?:(\w+) days|(week|fortnight)|(month|year))\b(?! of\b)",
    re.IGNORECASE,
)
_DAYS_IN: Final = {"week": 7, "fortnight": 14}
# The most days such a span may count for its days to be read: "the past 30 days".
_PAST_DAYS_MOST: Final = 31
# A start the total is counted from: "since the war began" keeps a total war-long.
_SINCE_WORD: Final = re.compile(r"\bsince\b", re.IGNORECASE)
# The words that make a span the whole time a total was counted over: "during 2024",
# "between June 11 and the end of August" (a span closed by its stated end).
_OVER_WHOLE: Final = (
    r"(?:\b(?:during|throughout|(?:over|in) the (?:whole|course) of)\s+"
    r"|\bbetween\s[^,;.]{1,40}?\sand\s+(?=the end of\b))"
)
# A year's opening months, read as the last of them: "in the first nine months of 2025".
_FIRST_MONTHS: Final = re.compile(r"\bthe\s+first\s+\w+\s+months\s+of\b", re.IGNORECASE)
# A total told to have risen to (reached) its figure in a span: "rose to 1,450 in June".
_REACHED_IN: Final = (
    r"\b(?:(?:rose|risen|climbed|grew|grown|increased)\s+to|reached|passed|topped)\s+"
    r"(?:[a-z]+\s+){0,2}\d[\d,.]*(?:\s*\([^()]{1,40}\))?(?:\s+[a-z]+)?\s+in\s+"
)
# Saying in the present or its perfect: a count told as it stands now ("has said that").
# "this year" written out: the year the text is current in, even in its first days.
_THIS_YEAR: Final = re.compile(r"\bthis\s+year\b", re.I)
# An aside telling a total lags behind the latest returns: "a figure that does not yet
# include those freed this month", "not yet counting Friday's swap".
_NOT_YET_COUNTED: Final = re.compile(
    r"\b(?:(?:does|do|did)\s+not|doesn't|don't)\s+yet\s+(?:include|count|reflect)"
    r"|\bnot\s+yet\s+(?:including|counting|reflecting)\b",
    re.I,
)
# A series told without its count: "in several stages", "over multiple handovers",
# "there were several handovers".
_UNCOUNTED_SERIES: Final = re.compile(
    r"\b(?:in|over|through|during|there\s+were|there\s+had\s+been)\s+"
    r"(?:several|multiple|a\s+series\s+of)\s+(?:" + "|".join(sorted(HANDOVER_PLURALS)) + r")\b",
    re.IGNORECASE,
)
# A tally's start told as a whole year ("in 2024", "during 2024"), not "since 2024".
_WHOLE_YEAR_TOLD: Final = re.compile(r"(?:in|during|throughout) \d{4}$")


# A start told with its end too: "from 1 July 2025 to 30 September 2025".
_CLOSED_SPAN: Final = re.compile(r"from .+ to .+")


def _counts_its_year_only(leg: LegDraft) -> bool:
    """Whether a tally counts only the year it starts in, so its span ends with that year.

    "said in January ... freed last year", "said on Monday ... come home in 2024",
    "compared with 1,125 in 2023": the figure is that year's, not the war's up to
    the day it was told.
    """
    if leg.year_only:
        return True
    return leg.stated and (
        leg.since == "last year" or bool(_WHOLE_YEAR_TOLD.match(leg.since or ""))
    )


_SAID_NOW: Final = re.compile(
    r"\b(?:(?:has|have)\s+(?:said|stated|reported|announced)|says|say)\b", re.IGNORECASE
)
# The past perfect of a count told: "said 2,000 had come home in 2024".
_PAST_PERFECT: Final = re.compile(r"\bhad\b", re.IGNORECASE)
# "had" (with an adverb or "been") and the verb after it: "it had (already) received".
_HAD_VERB: Final = re.compile(
    r"\bhad\s+(?:(?:already|also|just|now|finally|then|since|\w+ly)\s+)?(?:been\s+)?([a-z]+)",
    re.IGNORECASE,
)
# A time told between a verb of saying and "that": "said in November that".
_SAID_WHEN: Final = re.compile(
    r"\b(?:" + "|".join(sorted(SPEECH)) + r")\s+(?:in|at|on|during)\s+([^,;.]{1,40}?),?\s+that\b",
    re.IGNORECASE,
)
# The same time opening the sentence before its teller: "In September an official told
# families that ...", no figure between the time and the verb.
_WHEN_SAID: Final = re.compile(
    r"(?:in|at|on|during)\s+([^,;.\d]{1,40}?|[^,;.]{1,20}?\d{4}),?\s+[^,;.\d]{1,80}?\b(?:"
    + "|".join(sorted(SPEECH))
    + r")\b[^,;.\d]{0,40}?\bthat\b",
    re.IGNORECASE,
)
# A statement in the present or the perfect: its figure stands when the text is written.
# The label of a note a statement sets beside its story: "Reference: ...", "Background:".
_NOTE_LABEL: Final = re.compile(r"(?:for\s+)?(?:reference|background)\s*:", re.IGNORECASE)
_NOW_TOLD: Final = re.compile(r"\b(?:has|have|says)\b", re.IGNORECASE)
_SEASON: Final = re.compile(r"\b(?:spring|summer|autumn|winter)\b", re.IGNORECASE)
UNDATED_WINDOW_DAYS: Final = 30
# How far after publication a yearless "before 28 October" may name the coming day.
_UPCOMING_BOUND: Final = timedelta(days=UNDATED_WINDOW_DAYS)
_HAS_YEAR: Final = re.compile(r"\b\d{4}\b")


def _year_on(day: date) -> date | None:
    """``day`` a year later, or None past the last year a date can name (29 February: 1 March)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return None if day.year >= date.max.year else date(day.year + 1, 3, 1)


"""Days up to publication in which an exchange is put whose text says its date is not known."""
# "without saying exactly when", "did not say when", "gave no date", "the date was not disclosed"
_DATE_UNKNOWN: Final = re.compile(
    r"\b(?:without|not|n't|never)\b(?:\W+\w+){0,3}?\W+"
    r"(?:say|saying|said|specify|specifying|disclose|disclosing|reveal|revealing|give|giving)"
    r"\b(?:\W+\w+){0,2}?\W+when\b"
    r"|\b(?:no|without a|without any) (?:date|day)\b"
    r"|\b(?:date|day)\b(?:\W+\w+){0,3}?\W+(?:was|were|is|has|had)(?: been)? not "
    r"(?:given|disclosed|stated|known|announced|made public|specified)\b",
    re.IGNORECASE,
)


_EVERY_FIGURE: Final = re.compile(
    r"\b(?:both|all)(?: of)?(?: the| these| those| their)? "
    r"(?:numbers|figures|estimates|counts|tallies|totals)\b",
    re.IGNORECASE,
)
# An exchange that ended this long before the day a report is told from is recalled, not
# the news: figures told earlier without a date are not its ("... 115 came home. The swap was
# the first since late June, when 90 were exchanged").
_RECALLED_AFTER: Final = timedelta(days=7)
# How many days (and sentences) after its exchange a statement's day can be
# The most days an exchange made in stages spans ("from 23 to 25 May").
_STAGED_DAYS: Final = 7
_TOLD_REACH: Final = 2
# Days before its telling an exchange taken up by name may be dated by a bare weekday:
# one of the six before the day it is told on.
_TAKEN_UP_REACH: Final = 6
# A total named again with the day it was given: "That figure, the headquarters said on Friday,"
_FIGURE_SAID_ON: Final = re.compile(
    r"\s*(?:That|This|The) (?:figure|number|total)\s*,(?:\s+[\w'’]+){1,5}\s+said\s+on\s+"
    r"(" + "|".join(w.capitalize() for w in sorted(WEEKDAYS)) + r")\s*,"
)
# A sentence opening on the other side of the exchange just told: "In return, Kyiv freed 55".
_IN_RETURN_OPENS: Final = re.compile(r"\s*In (?:return|exchange)\b")
# Words telling a handover apart from the one told before: "in a separate exchange".
_ANOTHER_EXCHANGE: Final = re.compile(
    r"\b(?:separate(?:ly)?|another|new|second|further|earlier|previous)\b", re.IGNORECASE
)
# "Earlier in November", "earlier this month": a time in the month before the day told last.
_EARLIER_IN_MONTH: Final = re.compile(r"\bearlier\s+(?:in|this)\s+(?:the\s+)?\w+", re.IGNORECASE)
# Words of a list going on to a later swap: "103 for 103 on 14 September, followed by ...".
_LIST_GOES_ON: Final = re.compile(
    r"\b(?:followed\s+by|then|later|after\s+that|more|next)\b", re.IGNORECASE
)
# The most days before it was told that a group told as captured can have been taken.
_CAPTURE_REACH: Final = timedelta(days=31)
# The days of a month its parts span: "early December" is the 1st to the 10th.
# "the end of December" and "the start of December" are its late and early parts.
_MONTH_PARTS: Final = {
    "early": (1, 10),
    "mid": (11, 20),
    "late": (21, 31),
    "start": (1, 10),
    "beginning": (1, 10),
    "middle": (11, 20),
    "end": (21, 31),
}
_WAR_START_SLACK: Final = timedelta(days=31)  # a claim dated this close to the war's start
# is dated by its start ("since February 2022"), not by when it was said
# A year's total told within this long of the year's close is its result as announced
# ("On the results of 2024", 2 January): told later, it is recalled as the year left it.
_YEAR_RESULT_SLACK: Final = timedelta(days=31)


def _comparable(one: Count, other: Count) -> bool:
    """Whether two counts are near enough (within a factor of two) to be rival accounts."""
    a, b = one.best, other.best
    return a is not None and b is not None and 2 * min(a, b) >= max(a, b)


class _NeedsReference:
    """A date that only the publication date can resolve ("on Thursday", "in February")."""

    def __init__(self, text: str) -> None:
        self.text = text


@attrs.define(eq=False)
class _Leg:
    sender: str
    receiver: str
    category: PersonCategory
    count: Count
    attributed: SourceEntry | None
    accord: bool
    sentences: dict[int, None]  # an ordered set
    whole: bool = False  # stated with its parts by kind in one breath: not dropped for them
    guessed: bool = False  # its kind read from the context, not stated ("390 Ukrainians")
    definite: bool = False  # "the eleven Ukrainians": people already counted
    over_headline: bool = False  # the body's figure, told where the headline gave another
    corrects: bool = False  # told in a correction notice: the story's figure set right
    headline_sized: bool = False  # the body's vague figure ("dozens") sized by a headline's
    # second tellers of the same figure, coded under the first (convention 13)
    tellers: dict[SourceEntry, None] = attrs.Factory(dict)


@attrs.define(eq=False)
class _Event:
    group: str
    period: Period
    first: int
    legs: list[_Leg] = attrs.Factory(list)
    intermediaries: dict[str, None] = attrs.Factory(dict)  # ordered sets, all four
    speakers: dict[SourceEntry, None] = attrs.Factory(dict)
    sentences: dict[int, None] = attrs.Factory(dict)
    notes: dict[str, None] = attrs.Factory(dict)


@attrs.define(eq=False)
class _Claim:
    draft: ClaimDraft
    as_of: Period
    explicit: bool  # dated by the text, not by the publication date
    covers: Period
    caveats: dict[str, None]  # ordered sets
    sentences: dict[int, None]

    @property
    def last(self) -> int:
        """The latest sentence that stated or qualified the figure."""
        return next(reversed(self.sentences))


# How much older than a headline a body's claim may be and still be the one it rounds.
_HEADLINE_CURRENT: Final = timedelta(days=7)


# How many sentences apart a rank and a total of people to the same side may be told and
# still be one statement: a headline's "the 74th exchange" and the body's total after it.
_RANK_JOIN_REACH: Final = 2


_D = TypeVar("_D", LegDraft, RankDraft)


@attrs.define(eq=False)
class _Total(Generic[_D]):
    """A running total read (a total of people, or one told only as a number of exchanges),
    with its day, its span and the sentences telling it."""

    draft: _D
    as_of: Period
    covers: Period
    sentences: dict[int, None]  # an ordered set
    # dated by nothing but the text's own day ("Kyiv says 6,700 have now come home"): a
    # telling of the same figure with a day of its own dates that one total
    undated: bool = False


def _top(count: Count) -> int:
    """The largest value a count allows, or its floor when it has none ("more than 900")."""
    return count.low if count.high is None else count.high


def _group(category: PersonCategory) -> str:
    return "remains" if category is PersonCategory.REMAINS else "living"


class Assembler:
    """Collects every sentence's facts and yields records and recoverable errors."""

    def __init__(
        self,
        *,
        text: Text,
        source: str,
        publisher: Source,
        published: date | None,
        unresolved: Unresolved,
        conflict_start: date,
        registry: PartyRegistry,
        whole_only: bool = False,
    ) -> None:
        self.text = text
        # a whole told with its parts by kind is recorded alone, the parts in a note
        self.whole_only = whole_only
        self.spans: list[tuple[int, int]] = []  # visible start and end of each sentence
        self.source = source
        self.publisher = publisher
        self.published = published
        self.unresolved = unresolved
        self.conflict_start = conflict_start
        self.registry = registry
        self.errors: list[ParseError] = []
        self._reported: set[tuple[int, str]] = set()
        self.events: list[_Event] = []
        # the same events by group, in the same order: the rules that look back over the
        # exchanges of one kind read only that kind's (see :meth:`_keep_event`)
        self._events_of: dict[str, list[_Event]] = {}
        # whether sentence ``index`` ranks an exchange by size, once worked out
        self._ranks: dict[int, bool] = {}
        # The first sentence by which an exchange dated to a day had been told (see
        # :meth:`_day_told_before`); None until one is found.
        self._day_told_by: int | None = None
        self._by_key: dict[tuple[str, Period], _Event] = {}
        # more exchanges of one period that one sentence tells apart ("two exchanges, of 49
        # and then 103"), by group, period and sentence
        self._apart: dict[tuple[str, Period, int], list[_Event]] = {}
        # the later stages of a list one sentence dates alike, by their place in it
        self._stages: dict[tuple[str, Period, int, int], _Event] = {}
        self._current: dict[str, _Event] = {}
        self._last_event: _Event | None = None
        # The latest exchange told outside a labelled note ("Reference: ..."), and the
        # exchanges only such notes told: "the same day" after a note is the story's day
        self._story_event: _Event | None = None
        self._noted: set[int] = set()
        # The exchange told before the sentence being read: "a day earlier, 270 came back
        # and Ukraine received 390" counts both figures from it, not the first from it and
        # the second from the first
        self._event_before: tuple[int, _Event | None] = (-1, None)
        self._pending: dict[str, list[tuple[int, LegDraft]]] = {}
        # the exchange a whole told again to be broken down went to, by sentence and way
        self._broken_down: dict[tuple[int, str, str], _Event] = {}
        # The date of the latest exchange told without a figure per direction ("the sides
        # exchanged hundreds of prisoners on Wednesday"): undated figures after it are its.
        self._announced: Period | None = None
        # The latest exchange dated only by the day it was told, and that sentence
        self._told: tuple[int, _Event] | None = None
        self._last_handover = -1  # the latest sentence a handover (no total) was read from
        # The latest sentence a running total was read from, and the totals read from it
        # (which rule reads these and which the drafts' ``Discourse.tallies``: see there)
        self._last_tallies: tuple[int, list[_Total[LegDraft]]] = (-1, [])
        self.claims: list[_Claim] = []
        self._claim_index: dict[tuple[object, ...], list[_Claim]] = {}
        self._recent: list[_Claim] = []
        self._periods: dict[str, Period | _NeedsReference | None] = {}
        self._line_starts: list[int] | None = None
        self.tallies: dict[tuple[object, ...], _Total[LegDraft]] = {}
        # Totals told only as a number of exchanges: "the 68th swap since 2022".
        self._rank_totals: dict[tuple[object, ...], _Total[RankDraft]] = {}
        # Figures that sum the daily stages told one by one: running totals over those days.
        self._stage_sums: list[_Total[LegDraft]] = []
        # Figures over a span (a month, a week) a smaller figure on one day of it was part
        # of: the span's sum of several handovers, a total over it, by leg.
        self._sums_of_parts: dict[_Leg, Period] = {}
        # the smaller figures of a leg's own kind told after it and noted beside it
        self._also_given: dict[_Leg, list[Count]] = {}
        # The sentence that last told a part of such a span, and the span's exchange.
        self._split_from: dict[str, tuple[int, _Event]] = {}
        self._datelines: list[tuple[int, Period]] = []  # (sentence, date), in text order
        self._stamped: set[int] = set()  # sentences of live-blog entries opened by a time stamp
        # heading lines whose date is the end of the period a report covers, not its issue day
        self._period_ends: set[int] = set()
        # (heading line, last day of the month a report's title covers), when issued later
        self._counted_to: tuple[int, Period] | None = None
        # (receiver, count) of figures a correction notice withdrew: told anywhere, unread
        self._withdrawn: set[tuple[str, Count]] = set()
        # Mediators and speakers of a sentence whose figures wait for a date, by sentence.
        self._extras: dict[int, tuple[dict[str, None], tuple[SourceEntry, ...]]] = {}
        # Two-way totals ("A and B exchanged 146 prisoners") waiting for the exchange they
        # describe: (sentence, group, note).
        self._two_way: list[tuple[int, str, str]] = []
        self._told_in_a_week: bool | None = None  # the whole text searched once, when asked
        self._month: Period | None = None  # the month a text without a day is dated by
        self._body_start: int | None = None  # the first sentence after the headlines

    def published_month(self, text: str) -> None:
        """The text's head dates it by its month alone ("July 2025"): read what that allows."""
        try:
            month = Period.parse(text)
        except PeriodParseError:
            return
        if month.precision is Precision.MONTH:
            self._month = month
            self._periods.clear()  # what was left unread for want of a reference may read now

    def _within_month(self, text: str) -> Period | None:
        """``text`` read against the month the text is dated by, when its day does not matter.

        "in May" or "last month" read the same on the month's first and last days;
        "yesterday" or "on Thursday" do not, and stay unread.
        """
        if self._month is None:
            return None
        try:
            first = Period.parse(text, reference=self._month.start)
            last = Period.parse(text, reference=self._month.end)
        except PeriodParseError:
            return None
        return first if first == last else None

    # -- dates and places -----------------------------------------------------------

    def _statement_told_in_a_week(self) -> bool:
        """Whether the text dates a statement only to a week ("officials who spoke last week").

        Searched once per text: the answer is the same for every claim in it. A text that
        dates a statement to a weekday ("the General Staff said on Thursday") is pegged on
        that day: an aside told "last week" does not take the day from its other figures.
        """
        if self._told_in_a_week is None:
            visible = self.text.visible
            self._told_in_a_week = (
                _told_in_a_week(visible) and _TOLD_ON_A_DAY.search(visible) is None
            )
        return self._told_in_a_week

    def _resolve(self, text: str) -> Period | _NeedsReference | None:
        if SHIFT_MARK in text:
            base, _, days = text.partition(SHIFT_MARK)
            days, _, named = days.partition(ON_DAY)
            if named:
                return _shift_to_day(self._resolve(base), int(days), int(named))
            coming = _counted_back_from_coming_holiday(base, int(days), self.published)
            return coming or _shift(self._resolve(base), int(days))
        if text in self._periods:
            return self._periods[text]
        result: Period | _NeedsReference | None
        try:
            result = (
                _whole_month(text, self.published)
                or _day_of_month(text, self.published)
                or _weekend(text, self.published)
                or _week_of(text, self.published)
                or _weekday_last_week(text, self.published)
                or _years_ago_today(text, self.published)
                or _year_of_war(text, self.conflict_start, self.published)
                or Period.parse(text, reference=self.published)
            )
            if (
                text.startswith("last ")
                and text[5:].lower() in WEEKDAYS
                and self.published is not None
                and result.start == self.published - timedelta(days=1)
            ):
                # "last Thursday" told on a Friday is the week before: yesterday is
                # "on Thursday" or "yesterday"
                result = Period.day(result.start - timedelta(days=7))
            if (
                text.startswith("the ")
                and text[4:].lower() in WEEKDAYS
                and result.start == self.published
            ):
                # "On the Friday, 390 went each way" narrates a day gone by: told on a
                # Friday, the report's own day would be "today" or "on Friday"
                result = Period.day(result.start - timedelta(days=7))
            result = _holiday_at_hand(text, result, self.published)
        except PeriodParseError:
            result = self._within_month(text)
            relative = self.published is None and _parses(text, _CHECK_REFERENCE)
            if result is None and relative:
                result = _NeedsReference(text)
        self._periods[text] = result
        return result

    def _entry_day(self, sentence: int, group: str) -> Period | None:
        """The day of a live blog's entry, for a figure it does not date, when the exchange
        the text was about is from an entry of another day; None otherwise.

        "Saturday 24 May ... 16:16 — 307 servicemen were handed over by each" is
        Saturday's stage, not Friday's exchange told the day before.
        """
        current = self._current.get(group)
        if not self._stamped or sentence not in self._stamped:
            return None
        day = self._dateline_of(sentence)
        if current is None:
            # The first figure the blog gives is of its entry's day, not of a date the
            # text names later ("Saturday ... 307 came back"; "Sunday ... 303 today").
            return day
        told = self._dateline_of(next(reversed(current.sentences)))
        if day is None or told is None or current.period.contains(day):
            return None
        if day == told and self._entry_of(sentence) == self._entry_of(
            next(reversed(current.sentences))
        ):
            return None
        return day

    def _resolve_at(self, sentence: int, text: str) -> Period | _NeedsReference | None:
        """Resolve ``text`` as written under the dateline in force at ``sentence``.

        "Today" and "yesterday" in a story datelined "KYIV, Oct 22", or in a live
        blog's entry under "Saturday 24 May", are that day and the day before,
        not the publication date and the day before it.
        """
        if SHIFT_MARK in text:
            base, _, days = text.partition(SHIFT_MARK)
            days, _, named = days.partition(ON_DAY)
            if named:
                return _shift_to_day(self._resolve_at(sentence, base), int(days), int(named))
            coming = _counted_back_from_coming_holiday(base, int(days), self.published)
            return coming or _shift(self._resolve_at(sentence, base), int(days))
        if text.startswith(SAME_DAY + MONTHS_LATER):
            return None  # only an exchange is dated on from the exchange before (see _add_leg)
        if text == SAME_DAY:
            # "The exchange came on the same day Shoigu gave his figure": the exchange's day
            before, event = self._event_before
            if before != sentence:
                event = self._last_event
            if event is not None and id(event) in self._noted and self._story_event is not None:
                event = self._story_event
            if event is not None and event.period.precision is Precision.DAY:
                return event.period
            return None
        day = self._dateline_of(sentence) if text in _DAY_WORDS else None
        if day is None or self._datelines[0][0] > sentence:
            return self._resolve(text)
        try:
            return Period.parse(text, reference=day.start)
        except PeriodParseError:
            return self._resolve(text)

    def _months_after_event(self, sentence: int, counted: str) -> Period | None:
        """The month (or, told "exactly", the day) some months after the exchange just told.

        "On January 5, 25 came home. A month later, 150 were exchanged for 150": February
        (5 February when "exactly"). With no exchange told before, or none dated in one
        month, the span has no anchor: the figure is left undated, not given another date.
        """
        before, event = self._event_before
        if before != sentence:
            event = self._last_event
        exact = counted.endswith("d")
        months = int(counted.removesuffix("d"))
        if event is None or event.period.precision not in (Precision.DAY, Precision.MONTH):
            return None
        start = event.period.start
        index = start.year * 12 + start.month - 1 + months
        year, month = divmod(index, 12)
        if exact and event.period.precision is Precision.DAY and start.day <= 28:
            return Period.day(date(year, month + 1, start.day))
        return Period.month(year, month + 1)

    def dateline(
        self, index: int, text: str, *, stamp: bool = False, period_end: bool = False
    ) -> None:
        """Sentence ``index`` opens with a dateline dated ``text``, the default date from here.

        ``stamp`` says it is a live blog's time stamp: the sentences of its entry
        are then dated by it before the exchange told in an earlier entry.
        ``period_end`` says the date closes the period a report covers
        ("Reporting period: 1-30 June 2025 | Issued: 10 July 2025").
        """
        resolved = self._resolve(text)
        if isinstance(resolved, Period) and resolved.days == 1:
            self._datelines.append((index, resolved))
            if period_end:
                self._period_ends.add(index)
            if stamp:
                self._stamped.add(index)
        elif stamp:
            self._stamped.discard(index)

    def counted_to(self, index: int, text: str) -> None:
        """From sentence ``index`` on, a report's running totals are as of ``text``.

        The last day of the month its title covers ("Monthly Update, June 2025",
        issued in July): a casualty toll it gives undated is counted to then; what
        else it tells keeps the day of issue.
        """
        resolved = self._resolve(text)
        if isinstance(resolved, Period) and resolved.days == 1:
            self._counted_to = (index, resolved)

    def _claims_default(self, index: int) -> Period | None:
        """The date of a casualty toll sentence ``index`` gives undated."""
        if self._counted_to is not None and self._counted_to[0] <= index:
            return self._counted_to[1]
        return self._default_day(index)

    def entry(self, index: int) -> None:
        """Sentence ``index`` belongs to the live-blog entry of the latest time stamp."""
        if self._stamped and self._datelines and self._datelines[-1][0] in self._stamped:
            self._stamped.add(index)

    def _dateline_of(self, sentence: int) -> Period | None:
        """The dateline in force at ``sentence``; before the first one (a headline), that one."""
        if not self._datelines:
            return None
        at = bisect.bisect_right(self._datelines, sentence, key=lambda d: d[0])
        return self._datelines[max(at - 1, 0)][1]

    def _entry_of(self, sentence: int) -> int:
        """The sentence that opened the dateline or live-blog entry ``sentence`` is in."""
        at = bisect.bisect_right(self._datelines, sentence, key=lambda d: d[0])
        return self._datelines[max(at - 1, 0)][0] if self._datelines else 0

    def _default_day(self, sentence: int) -> Period | None:
        """The date of a figure the text does not date: its dateline's, else the publication's."""
        dated = self._dateline_of(sentence)
        if dated is not None:
            return dated
        return Period.day(self.published) if self.published is not None else None

    def line(self, sentence: int) -> int:
        if self._line_starts is None:
            original = self.text.original
            self._line_starts = [0]
            position = original.find("\n")
            while position >= 0:
                self._line_starts.append(position + 1)
                position = original.find("\n", position + 1)
        start = self.text.original_span(*self.spans[sentence])[0]
        return bisect.bisect_right(self._line_starts, start)

    def quote(self, sentence: int) -> Quote:
        start, end = self.spans[sentence]
        o_start, o_end = self.text.original_span(start, end)
        return Quote(self.text.quote(start, end), o_start, o_end, self.source)

    def _unresolved(self, sentence: int, what: str, text: str) -> None:
        if (sentence, text) in self._reported:
            return  # both directions of one swap share their date
        self._reported.add((sentence, text))
        sentence_text = self.quote(sentence).text[:120]
        line = self.line(sentence)
        if self.unresolved == "error":
            raise ParseError(
                f"{what} is dated {text!r}, which is relative to when the text was written; "
                f"nothing is guessed: pass published= (a date or an ISO date such as "
                f"'2025-10-23') or unresolved='skip' to leave it out "
                f"(sentence: {sentence_text!r})",
                source=self.source,
                line=line,
                field="published",
            )
        self.errors.append(
            RecordSkipped(
                f"{what} dated {text!r} was left out, as unresolved='skip' asks: the date is "
                f"relative to when the text was written; pass published= to read it "
                f"(sentence: {sentence_text!r})",
                source=self.source,
                line=line,
                field="published",
            )
        )

    def _undated(self, sentence: int, leg: LegDraft) -> None:
        self.errors.append(
            ParseError(
                f"an exchange ({leg.amount} {leg.category.value.replace('_', ' ')} from "
                f"{leg.sender} to {leg.receiver}) is described without any date, and the "
                "text has no dateline and no publication date was given (pass published=); "
                f"it was left out (sentence: {self.quote(sentence).text[:120]!r})",
                source=self.source,
                line=self.line(sentence),
            )
        )

    # -- collecting -------------------------------------------------------------------

    def add(self, index: int, span: tuple[int, int], facts: SentenceFacts) -> None:
        """Take in sentence ``index`` (``span`` of the visible text) and what it states."""
        self.spans.append(span)
        self._withdrawn.update(facts.withdrawn)
        self._event_before = (index, self._last_event)
        touched: list[_Event] = []
        waiting = sum(map(len, self._pending.values()))
        for leg in facts.legs:
            rival = None if leg.tally else self._rival_of_total(index, leg)
            summed = self._both_ways_summed(leg) if leg.tally else None
            if summed is not None:
                summed.notes[_both_ways_note(leg.amount)] = None
                summed.sentences[index] = None
            elif leg.tally:
                self._add_tally(index, leg)
            elif rival is not None:
                self._add_rival_tally(index, leg, rival)
            else:
                touched.extend(self._add_leg(index, leg))
                self._last_handover = index
        if sum(map(len, self._pending.values())) > waiting:
            self._extras[index] = (dict.fromkeys(facts.intermediaries), tuple(facts.speakers))
        for rank in facts.ranks:
            self._add_rank(index, rank)
        self._figure_said_on(index)
        if not facts.legs and facts.event_date is not None:
            self._redate_told(index, facts.event_date, facts.event_group)
            self._narrow_week(index, facts.event_date)
            self._date_pending(index, facts.event_date, facts.event_group)
        targets = list(dict.fromkeys(touched)) or (
            [self._last_event] if self._last_event is not None else []
        )
        if not targets and facts.intermediaries and self._extras:
            # "The UAE mediated." after figures still waiting for their date.
            self._extras[next(reversed(self._extras))][0].update(
                dict.fromkeys(facts.intermediaries)
            )
        for event in targets:
            for code in facts.intermediaries:
                event.intermediaries[code] = None
            if facts.intermediaries:
                event.sentences[index] = None
        if facts.two_way is not None:
            category, words = facts.two_way
            kind = category.value.replace("_", " ")
            note = (
                f"the text gives {words!r} ({kind}) for both directions together, not "
                "saying per side or in all; no figure is recorded for either direction"
            )
            current = self._current.get(_group(category))
            if not touched and current is not None and self._about(current, facts.event_date):
                touched.append(current)  # "... 95 soldiers came home. The sides swapped 190."
            self._two_way.append((index, _group(category), note))
        for event in dict.fromkeys(touched):
            for speaker in facts.speakers:
                event.speakers[speaker] = None
            self._take_two_way(index, event)
        if touched and _NOTE_LABEL.match(self.quote(index).text) is None:
            self._story_event = self._last_event
            self._noted.difference_update(id(event) for event in touched)
        elif touched:
            self._noted.update(id(e) for e in touched if e is not self._story_event)
        if facts.faked:
            self._drop_faked(index - 1)
        for draft in facts.claims:
            self._add_claim(index, draft)
        if facts.caveat is not None:
            self._attach_caveat(index, facts.caveat)
        if facts.capture is not None:
            self._redate_capture(index, *facts.capture)
        if facts.mixed:
            self._mixed(facts.mixed)

    def _drop_faked(self, index: int) -> None:
        """Drop the claims told only in sentence ``index``, read from a copy since called faked.

        "A second version showed Russian dead at 16,000. Officials say that version was
        doctored": a figure the text disowns is no one's estimate and is not published.
        """
        gone = [c for c in self.claims if list(c.sentences) == [index]]
        if not gone:
            return
        self.claims = [c for c in self.claims if c not in gone]
        self._recent = [c for c in self._recent if c not in gone]
        for candidates in self._claim_index.values():
            candidates[:] = [c for c in candidates if c not in gone]

    def _mixed(self, drafts: tuple[LegDraft, ...]) -> None:
        """Give no one kind to the transfers and totals a later sentence says held civilians too.

        "... 390, 307 and 303 on 23, 24 and 25 May. The first stage included civilians":
        the 390 each way and the per-side whole were soldiers and civilians together. A
        transfer is matched on its day too: with stages of equal sizes ("100, 100 and
        100") only the one named holds civilians.
        """
        told = {(d.sentence, d.sender, d.receiver, d.amount, d.category, d.tally) for d in drafts}
        days = {self._resolve_at(d.sentence, d.dates[0]) for d in drafts if d.dates and not d.tally}
        for event in self.events:
            if event.period not in days:
                continue
            for leg in event.legs:
                key = (leg.sender, leg.receiver, leg.count, leg.category, False)
                if any((i, *key) in told for i in leg.sentences):
                    leg.category = PersonCategory.OTHER
        for tally in self.tallies.values():
            d = tally.draft
            key = (d.sender, d.receiver, d.amount, d.category, True)
            if any((i, *key) in told for i in tally.sentences):
                tally.draft = d._replace(category=PersonCategory.OTHER)

    def _redate_capture(self, index: int, count: int | None, text: str) -> None:
        """Date a captured count told just before by the day a next sentence says that
        group was taken: "two soldiers captured in Kursk, Zelensky said on Sunday. The two
        men were captured on Jan. 9" stands on Jan. 9. Only an exact count of the same size,
        told up to two sentences before and dated within a month after the capture; for
        "captured them" (no count) only when one such captured count is in reach.
        """
        resolved = self._resolve_at(index, text)
        if not isinstance(resolved, Period):
            return
        near = [
            claim
            for claim in self.claims
            if claim.draft.category is CasualtyCategory.CAPTURED
            and 0 < index - claim.last <= _TOLD_REACH
            and claim.draft.amount.low == claim.draft.amount.high
        ]
        if count is None and len({c.draft.amount.low for c in near}) != 1:
            return  # "them" could be either group, or no counted one: leave the dates
        for claim in near:
            if (
                count is not None and claim.draft.amount.low != count
            ) or not resolved.end <= claim.as_of.start <= resolved.end + _CAPTURE_REACH:
                continue
            claim.covers = (
                Period.between(claim.covers.start, resolved.end)
                if (claim.covers.start <= resolved.end)
                else resolved
            )
            claim.as_of, claim.explicit = resolved, True

    def _about(self, event: _Event, date_text: str | None) -> bool:
        """Whether a sentence dated ``date_text`` (or undated) can be about ``event``."""
        if date_text is None:
            return True
        resolved = self._resolve(date_text)
        return isinstance(resolved, Period) and (
            event.period.contains(resolved) or resolved.contains(event.period)
        )

    def _take_two_way(self, index: int, event: _Event) -> None:
        """Give ``event`` the notes of two-way totals told of its kind just before it."""
        kept = []
        for sentence, group, note in self._two_way:
            if group == event.group and index - sentence <= _TWO_WAY_REACH:
                event.notes[note] = None
                event.sentences[sentence] = None
            else:
                kept.append((sentence, group, note))
        self._two_way = kept

    def _left_two_way(self) -> None:
        """Report the two-way totals no exchange took: nothing is dropped quietly."""
        for sentence, _, note in self._two_way:
            self.errors.append(
                RecordSkipped(
                    f"an exchange was left out: {note} (sentence: "
                    f"{self.quote(sentence).text[:120]!r})",
                    source=self.source,
                    line=self.line(sentence),
                )
            )
        self._two_way = []

    def _add_leg(self, index: int, leg: LegDraft) -> list[_Event]:
        group = _group(leg.category)
        periods: list[Period] = []
        for text in leg.dates:
            resolved = self._resolve_at(index, text)
            if text.startswith(SAME_DAY + MONTHS_LATER):
                resolved = self._months_after_event(index, text.partition(MONTHS_LATER)[2])
            if isinstance(resolved, _NeedsReference):
                self._unresolved(index, "an exchange", resolved.text)
                return []
            if resolved is None and MONTHS_LATER in text:
                if (index, text) in self._reported:
                    return []  # both directions of one swap share their date
                self._reported.add((index, text))
                self.errors.append(
                    RecordSkipped(
                        "an exchange told some months after another was left out: no "
                        f"exchange dated before it to count from (sentence: "
                        f"{self.quote(index).text[:120]!r})",
                        source=self.source,
                        line=self.line(index),
                    )
                )
                return []
            if (
                resolved is None
                and text == SAME_DAY
                and self._datelines
                and self._datelines[0][0] <= index
            ):
                # "KYIV, May 24 - The same day, ...": the dateline's is the day told before
                resolved = self._dateline_of(index)
            if resolved is None and text == SAME_DAY:
                # "The same day, ..." with no day told before it: no day to point back to,
                # and the article's date would be a guess
                if (index, text) not in self._reported:
                    self._reported.add((index, text))
                    self.errors.append(
                        RecordSkipped(
                            'an exchange told on "the same day" with no day told before it '
                            f"was left out (sentence: {self.quote(index).text[:120]!r})",
                            source=self.source,
                            line=self.line(index),
                        )
                    )
                return []
            if resolved is None and ON_DAY in text:
                if (index, text) not in self._reported:
                    self._reported.add((index, text))
                    self.errors.append(
                        RecordSkipped(
                            "an exchange told some days after another, on a day of the month "
                            "the count does not reach, was left out (sentence: "
                            f"{self.quote(index).text[:120]!r})",
                            source=self.source,
                            line=self.line(index),
                        )
                    )
                return []
            if resolved is None and text.startswith(SAME_DAY + SHIFT_MARK):
                # "A day later, 60 came home" with no exchange of a known day told before
                # it: the day counted from is not known, and another would be a guess
                if (index, text) not in self._reported:
                    self._reported.add((index, text))
                    self.errors.append(
                        RecordSkipped(
                            "an exchange told some days after another was left out: no "
                            "exchange of a known day told before it to count from "
                            f"(sentence: {self.quote(index).text[:120]!r})",
                            source=self.source,
                            line=self.line(index),
                        )
                    )
                return []
            if resolved is not None:
                periods.append(resolved)
        if any(self._past_bound(leg, p) for p in periods):
            # "swapped 80 each before 20 October, officials said on Wednesday 22 October":
            # a day on or after the bound is not the exchange's; it is dated as undated
            periods = []
        if len(periods) == 1:
            self._other_side_told_earlier(index, group, periods[0])
        if not leg.told and len(periods) == 1:
            self._told_before_own_day(index, group, periods[0], leg)
        if leg.told and len(periods) == 1:
            periods = [
                self._restated_day(group, periods[0], leg)
                or self._other_side_told_later(index, group, periods[0], leg)
                or periods[0]
            ]
        if not periods:
            entry_day = self._entry_day(index, group)
            if entry_day is not None:
                periods.append(entry_day)
        if not periods and group == "remains" and group not in self._current:
            living = {e.period for e in self._events_of.get("living", ())}
            if len(living) == 1 and _SAME_SWAP.search(self.quote(index).text):
                # "In the same swap, Kyiv received the bodies of two volunteers": the
                # bodies went on the day of the one swap told (with two, which is unsure)
                periods.append(living.pop())
        if not periods and self._other_share_of_total(index, leg):
            return []
        if not periods:
            current = self._current.get(group)
            if current is None and self._announced is not None:
                current = self._event(group, self._announced, index)
                self._make_current(current)
            if current is None or self._past_bound(leg, current.period):
                self._pending.setdefault(group, []).append((index, leg))
                return []
            current = self._broken_down.get((index, leg.sender, leg.receiver)) or (
                self._restated_event(current, leg)
            )
            if leg.whole:
                # "Of the 230, 213 were soldiers and 17 civilians": the parts go with it
                self._broken_down[index, leg.sender, leg.receiver] = current
            self._merge(current, index, leg)
            return [current]
        ranked = self._ranked_restatement(index, leg, periods)
        if ranked is not None:
            self._merge(ranked, index, leg)
            return [ranked]
        events = []
        # "early December" is not the exchange of 31 December told just before; nor is
        # "Separately, on 18 November, nine returned" the month's count told just before
        apart = (
            self._opens_apart(index)
            or any(self._apart_in_month(group, text) for text in leg.dates)
            or self._listed_apart(group, index, leg)
            or self._earlier_in_month(group, index, leg, periods)
            or self._wider_sum(group, leg, periods)
        )
        rank = stage_rank(leg.note)
        for period in periods:
            event = self._event(
                group, period, index, nested=not leg.aside and not apart, told=leg.told
            )
            if rank is not None and rank > 1:
                event = self._later_stage(event, index, rank)
            elif self._told_apart(event, index, leg):
                event = self._next_of_pair(event, index, leg)
            self._merge(event, index, leg)
            if leg.series:
                note = f"one of {len(periods)} similar exchanges described together in one sentence"
                event.notes[note] = None
            events.append(event)
        if not leg.series and not leg.aside and not self._recalled_beside(index, events[0]):
            self._make_current(events[0])
        if leg.told and len(events) == 1 and events[0].period.days == 1:
            self._told = (index, events[0])
        elif self._told is not None and self._told[1] in events:
            self._told = None  # dated by the exchange's own day too
        return events

    def _recalled_beside(self, index: int, event: _Event) -> bool:
        """Whether ``event`` is recalled beside a later exchange its own sentence told first.

        "90 came home on Tuesday, the second swap after 75 were traded for 75 in May": the
        earlier swap is told in passing; the sentence's own exchange stays the one later
        sentences ("The UAE mediated.") go on telling.
        """
        current = self._current.get(event.group)
        return (
            current is not None
            and current is not event
            and index in current.sentences
            and event.period.end < current.period.start
        )

    def _other_share_of_total(self, index: int, leg: LegDraft) -> bool:
        """Whether an undated handover is a side's own share of the total read last.

        "Moscow said it had handed over 6,000 bodies in June, in stages. Russia, for its
        part, got back 78": "for its part" sets the 78 beside the figure told before it,
        as "in turn" and "in return" do ("Ukraine, in turn, handed over the remains of 78").
        When that figure is a total of the same kind of people moved the other way, over
        a bounded span (not the whole war) or told in the same sentence, with no handover
        read since, the 78 are that total's counterpart, not a leg of the exchange told
        earlier, so no exchange is read from it. A total since 2022 told sentences
        before, one of another kind, or one moved the same way is no such counterpart.
        """
        if index >= len(self.spans):
            return False
        start, end = self.spans[index]
        if _COUNTERPART.search(self.text.visible, start, end) is None:
            return False
        sentence, tallies = self._last_tallies
        return sentence > self._last_handover and any(
            (sentence == index or tally.covers.start > self.conflict_start)
            and tally.draft.category is leg.category
            and (tally.draft.sender, tally.draft.receiver) == (leg.receiver, leg.sender)
            for tally in tallies
        )

    def _rival_of_total(self, index: int, leg: LegDraft) -> _Total[LegDraft] | None:
        """The total told in the sentence before that an undated figure is the other side's
        account of.

        "Kyiv says it received 6,000 bodies from Russia in June. Moscow put the number it
        had handed over at 6,020": the figure moves the same people the same way as the
        total just told, names no day, and comes from the other side, so it is that side's
        count of the same span, not a handover on the day of the report. None when a
        handover was read since the total, the figures agree, or they are too far apart
        to count the same people ("said it had handed over 45" after 6,000 is a handover).
        """
        if leg.dates or leg.series or leg.attributed is None:
            return None
        sentence, tallies = self._last_tallies
        if sentence != index - 1 or sentence <= self._last_handover:
            return None
        return next(
            (
                tally
                for tally in tallies
                if (tally.draft.sender, tally.draft.receiver, tally.draft.category)
                == (leg.sender, leg.receiver, leg.category)
                and tally.draft.amount != leg.amount
                and _comparable(tally.draft.amount, leg.amount)
                and tally.draft.attributed is not None
                and tally.draft.attributed.party != leg.attributed.party
            ),
            None,
        )

    def _both_ways_summed(self, leg: LegDraft) -> _Event | None:
        """The exchange just told whose two ways a total with no span of its own adds up to.

        "Russia and Ukraine freed 205 each on Friday. ... In all, 410 men crossed the
        border": the exact sum of the one exchange's two ways is a head count of that
        handover in both directions, no side's running total. None when the total names a
        start or a number of exchanges, or the figures do not add up exactly.
        """
        event = self._last_event
        if (
            event is None
            or leg.since is not None
            or leg.exchange_count is not None
            or leg.dates
            or leg.amount.qualifier is not Qualifier.EXACT
        ):
            return None
        counts: dict[tuple[str, str], set[int]] = {}
        for way in event.legs:
            if way.count.qualifier is not Qualifier.EXACT:
                return None
            counts.setdefault((way.sender, way.receiver), set()).add(way.count.low)
        if len(counts) != 2 or any(len(sizes) != 1 for sizes in counts.values()):
            return None
        total = sum(next(iter(sizes)) for sizes in counts.values())
        return event if total == leg.amount.low else None

    def _add_rival_tally(self, index: int, leg: LegDraft, rival: _Total[LegDraft]) -> None:
        """Keep ``leg`` as its source's total over the span of the ``rival`` it answers."""
        draft = leg._replace(tally=True, since=rival.draft.since, dates=rival.draft.dates)
        key = (leg.sender, leg.receiver, leg.category, leg.amount, rival.as_of)
        tally = self.tallies.setdefault(key, _Total(draft, rival.as_of, rival.covers, {}))
        tally.sentences[index] = None

    def _ranked_restatement(
        self, index: int, leg: LegDraft, periods: list[Period]
    ) -> _Event | None:
        """The exchange told before that a figure ranked by size looks back to.

        "They swapped 40 each in March, and in the biggest swap of the year so far
        Kyiv had got 95 of its people back": a superlative exchange with the very count
        an exchange on another day moved this way is that exchange, told again, not a
        second one on the sentence's date. None unless exactly one such exchange exists.
        """
        if len(periods) != 1 or leg.series or not self._ranks_exchange(index):
            return None
        way = (leg.sender, leg.receiver, leg.amount)
        earlier = [
            event
            for event in self._events_of.get(_group(leg.category), ())
            if event.period != periods[0]
            and any(
                (moved.sender, moved.receiver, moved.count) == way and min(moved.sentences) < index
                for moved in event.legs
            )
        ]
        return earlier[0] if len(earlier) == 1 else None

    def _ranks_exchange(self, index: int) -> bool:
        """Whether sentence ``index`` ranks an exchange by size ("the largest swap")."""
        ranks = self._ranks.get(index)
        if ranks is not None:
            return ranks  # asked again for each figure the sentence tells
        start, end = self.spans[index]
        sentence = self.text.visible[start:end]
        # A token's norm is its lower-cased word, so a ranking word is in the lower-cased
        # text whenever a token is one; most sentences name none and need no tokenizing.
        lowered = sentence.lower()
        if all(rank not in lowered for rank in _SIZE_RANKS):
            ranks = False
        else:
            tokens = tokenize(sentence)
            ranks = any(
                token.norm in _SIZE_RANKS
                and tokens[i - 1].norm == "the"
                and any(t.norm in EXCHANGE_NOUNS for t in tokens[i + 1 : i + 4])
                for i, token in enumerate(tokens)
                if i > 0
            )
        self._ranks[index] = ranks
        return ranks

    def _restated_event(self, current: _Event, leg: LegDraft) -> _Event:
        """The earlier exchange an undated leg restates, rather than the exchange last dated.

        "90 Ukrainians were freed on Tuesday for the same number of Russians. ... It was
        the second swap, after one of 75 each on 31 May. ... The Russian ministry said 90
        servicemen had been returned": the last date told is of the aside's swap, whose
        figure that way differs, while exactly one exchange told before moved this very
        count this way. The leg is that exchange's, not a rival figure for the other.
        Failing that, an exchange told with this count the other way and nothing yet
        this way ("64 Ukrainians came home on Monday") is the one whose other side the
        leg tells.
        """
        way = (leg.sender, leg.receiver)
        same_way = [moved for moved in current.legs if (moved.sender, moved.receiver) == way]
        if not same_way:
            return self._restated_elsewhere(current, leg)
        if any(moved.count == leg.amount for moved in same_way):
            return current
        others = [e for e in self._events_of.get(current.group, ()) if e is not current]
        matches = [
            event
            for event in others
            if any((m.sender, m.receiver, m.count) == (*way, leg.amount) for m in event.legs)
        ]
        if not matches:
            matches = [
                event
                for event in others
                if any((m.receiver, m.sender, m.count) == (*way, leg.amount) for m in event.legs)
                and not any((m.sender, m.receiver) == way for m in event.legs)
            ]
        return matches[0] if len(matches) == 1 else current

    def _restated_elsewhere(self, current: _Event, leg: LegDraft) -> _Event:
        """The one earlier exchange that moved this very count this way, when the last has none.

        "195 Ukrainians were handed over on Wednesday. ... Earlier, on January 3, 248
        Russians had come home. ... The ministry's statement says 195 Ukrainians were
        handed over": the recalled swap tells nothing this way, and the figure is the
        Wednesday swap's, said again. A figure the recalled swap moved the other way
        ("248 each way") stays that swap's.
        """
        if any(moved.count == leg.amount for moved in current.legs):
            return current
        way = (leg.sender, leg.receiver, leg.amount)
        matches = [
            event
            for event in self._events_of.get(current.group, ())
            if event is not current
            and any((m.sender, m.receiver, m.count) == way for m in event.legs)
        ]
        return matches[0] if len(matches) == 1 else current

    def _told_apart(self, event: _Event, index: int, draft: LegDraft) -> bool:
        """Whether ``event`` holds another count of the draft's way that the same sentence
        tells as another exchange of the same month.

        "September brought two exchanges, of 49 and then 103 Ukrainians", "two more
        swaps, of 103 and 95 on each side": figures listed in turn ("and then") or
        after a numbered plural of exchanges are one exchange each, not one figure and
        a rival to drop.
        """
        return any(
            (leg.sender, leg.receiver, leg.category)
            == (draft.sender, draft.receiver, draft.category)
            and index in leg.sentences
            and leg.count != draft.amount
            and self._listed_exchanges(index, leg.count, draft.amount)
            for leg in event.legs
        )

    def _next_of_pair(self, event: _Event, index: int, draft: LegDraft) -> _Event:
        """The exchange, of those sentence ``index`` tells apart in ``event``'s period,
        that has no count of the draft's way yet; a new one when each has one."""
        for other in [*self._apart.get((event.group, event.period, index), []), event]:
            if other is not event and not self._told_apart(other, index, draft):
                return other
        other = _Event(event.group, event.period, index)
        self._apart.setdefault((event.group, event.period, index), []).append(other)
        self._keep_event(other)
        return other

    def _later_stage(self, event: _Event, index: int, rank: int) -> _Event:
        """The exchange of the ``rank``-th stage sentence ``index`` lists in ``event``'s period.

        "in four stages that month, of 1,100, 900, 900 and 1,050": each size is a
        handover of its own, the first in ``event``, each later one in an exchange made
        for its place (so the second 900 is not the first told again).
        """
        key = (event.group, event.period, index, rank)
        stage = self._stages.get(key)
        if stage is None:
            stage = self._stages[key] = _Event(event.group, event.period, index)
            self._keep_event(stage)
        return stage

    def _listed_exchanges(self, index: int, first: Count, second: Count) -> bool:
        """Whether sentence ``index`` lists exact ``first`` and ``second`` as two exchanges."""
        if index >= len(self.spans):
            return False
        pair = []
        for count in (first, second):
            if count.low is None or count.low != count.high:
                return False
            pair.append(f"{count.low:,}")
        start, end = self.spans[index]
        sentence = self.text.visible[start:end]
        numbered = _NUMBERED_EXCHANGES.search(sentence) is not None
        joins = (
            r"(?:,? and then|, then|,? then)" if not numbered else r"(?:,? and then|,? then|,? and)"
        )
        return any(
            re.search(rf"\b{a}{joins} {b}\b", sentence) is not None for a, b in (pair, pair[::-1])
        )

    def _listed_apart(self, group: str, index: int, leg: LegDraft) -> bool:
        """Whether a dated leg is another swap of a list the current exchange opened.

        "103 for 103 on 14 September, followed by 49 for 49 in September": the current
        exchange already moved another count this way in the same sentence, and a word
        of sequence or of another swap ("followed by", "then", "more", "earlier") in that
        sentence tells a different swap; without one the month is the day's told again.
        A month's count equal to the sum of the day's legs that way ("103 soldiers and 10
        civilians on 14 September, and 113 people in September") is the same people. Only a day's
        exchange opens such a list: a month's count beside a year's vague one ("in
        2024, a few hundred at a time, ... 563 in November") stays one account.
        """
        current = self._current.get(group)
        if current is None or current.period.days != 1:
            return False
        told = [
            moved.count
            for moved in current.legs
            if (moved.sender, moved.receiver) == (leg.sender, leg.receiver)
            and index in moved.sentences
        ]
        if not told or leg.amount in told:
            return False
        best = [count.best for count in told if count.best is not None]
        if len(best) == len(told) and sum(best) == leg.amount.best:
            return False
        start, end = self.spans[index]
        return any(
            words.search(self.text.visible, start, end) is not None
            for words in (_LIST_GOES_ON, _ANOTHER_EXCHANGE)
        )

    def _earlier_in_month(
        self, group: str, index: int, leg: LegDraft, periods: list[Period]
    ) -> bool:
        """Whether "earlier in November" sets a count before the day's exchange told already.

        "On Saturday 12 came home. Earlier in November, 107 had come home": the month
        holds the Saturday, but "earlier" puts the count before it, and a count the
        Saturday's exchange did not move that way is another swap, not that one's
        told again by its month. The same count again may be the day's restated.
        """
        current = self._current.get(group)
        if current is None or current.period.days != 1 or len(periods) != 1:
            return False
        month = periods[0]
        if month.days < 28 or not month.start <= current.period.start <= month.end:
            return False
        told = [
            moved.count
            for moved in current.legs
            if (moved.sender, moved.receiver) == (leg.sender, leg.receiver)
            and index not in moved.sentences
        ]
        if not told or leg.amount in told:
            return False
        start, end = self.spans[index]
        found = _EARLIER_IN_MONTH.search(self.text.visible, start, end)
        return found is not None and found.group().split()[-1].lower() in (
            "month",
            *MONTHS,
        )

    def _apart_in_month(self, group: str, text: str) -> bool:
        """Whether a part of a month ("early December") leaves out the current exchange's day.

        "82 came home on 31 December ... in early December, 60 were returned": the
        early part of the month holds no 31st, so the figure is an earlier exchange,
        not the same one told by its month; nor is "the end of January" the 3rd.
        """
        current = self._current.get(group)
        words = text.lower().removeprefix("the ").split(" ", 2)
        part = words[0].partition("-")[0]  # "mid-December"
        if part in ("start", "beginning", "middle", "end") and words[1:2] != ["of"]:
            return False  # "the end of December", not "end December"
        if current is None or current.period.days != 1 or part not in _MONTH_PARTS:
            return False
        low, high = _MONTH_PARTS[part]
        return not low <= current.period.start.day <= high

    def _wider_sum(self, group: str, leg: LegDraft, periods: list[Period]) -> bool:
        """Whether ``leg`` is a smaller figure of the way a figure over a wider span moved.

        "This month, 30 children came home ... The first group, of eight, crossed on
        12 May": the day's smaller figure is one handover of the month's several, not
        the day the month's figure moved on. The month's figure is then their sum, a
        total over the month (kept in ``_sums_of_parts``), and the day's its own exchange.
        The other way's figure in the same sentence looks to the same month's exchange.
        """
        wider = self._current.get(group)
        split = self._split_from.get(group)
        if split is not None and split[0] == leg.sentence:
            wider = split[1]
        if (
            wider is None
            or not leg.amount.is_exact
            or leg.amount.low is None
            or not any(
                wider.period.contains(period) and period.days < wider.period.days
                for period in periods
            )
        ):
            return False
        wholes = [
            told
            for told in wider.legs
            if (told.sender, told.receiver) == (leg.sender, leg.receiver)
            and told.count.is_exact
            and told.count.low is not None
            and told.count.low > leg.amount.low
        ]
        for whole in wholes:
            self._sums_of_parts[whole] = wider.period
        if wholes:
            self._split_from[group] = (leg.sentence, wider)
        return bool(wholes)

    def _opens_apart(self, index: int) -> bool:
        """Whether sentence ``index`` opens by setting what it tells apart ("Separately, ...").

        "14 children came home in November. Separately, on 18 November, nine returned":
        the dated figure is another return, not the day of the month's count.
        """
        if index >= len(self.spans):
            return False
        start, end = self.spans[index]
        return _OPENS_APART.match(self.text.visible, start, end) is not None

    def _restated_day(self, group: str, told: Period, leg: LegDraft) -> Period | None:
        """The day of an exchange told before that a leg dated only by its telling restates.

        "The swap was carried out on Wednesday. ... The ministry said on Thursday that
        55 servicemen had been returned": the same count the same way, told a day or
        two after that exchange, is an account of it, not a new exchange on Thursday.
        The same count told the other way ("Kyiv said on Thursday it had handed 22
        wounded to Russia", after "received 22 wounded" on Wednesday) is a side's
        rival account of that exchange's direction, or its other side, too.
        """
        if told.days != 1:
            return None
        for event in reversed(self._events_of.get(group, [])):
            gap = (told.start - event.period.start).days
            if event.period.days != 1 or not 1 <= gap <= _TOLD_REACH:
                continue
            if any(
                moved.count == leg.amount
                and (moved.sender, moved.receiver)
                in ((leg.sender, leg.receiver), (leg.receiver, leg.sender))
                for moved in event.legs
            ):
                return event.period
        return None

    def _other_side_told_later(
        self, index: int, group: str, told: Period, leg: LegDraft
    ) -> Period | None:
        """The day of the exchange just told whose missing side a later telling gives.

        "Yesterday Russia got back 24 of its dead. ... Kyiv confirmed this afternoon it had
        received 1,000 bodies": the pluperfect looks back from the telling to the exchange
        told a day or two before, which moved no one this leg's way; it is that
        exchange's other side, not a second handover on the day it was told.
        """
        if told.days != 1 or index == 0:
            return None
        start, end = self.spans[index]
        if not self._handover_pluperfect(start, end):
            return None
        if _ANOTHER_EXCHANGE.search(self.text.visible, start, end) is not None:
            return None  # "it had received 60 in a separate exchange": not the one told
        event = self._current.get(group)
        if event is None or event.period.days != 1 or index in event.sentences:
            return None
        if not 1 <= (told.start - event.period.start).days <= _TOLD_REACH:
            return None
        if any(
            (moved.sender, moved.receiver) == (leg.sender, leg.receiver) for moved in event.legs
        ):
            return None
        return event.period

    def _handover_pluperfect(self, start: int, end: int) -> bool:
        """Whether a verb of handing over between ``start`` and ``end`` is itself pluperfect.

        "it had received 1,000 bodies" looks back from the telling; "it received 909
        bodies of soldiers who had been killed" tells the handover on the day it is told,
        whatever else in the sentence "had" done.
        """
        return any(
            _lemmas.is_transfer_form(found.group(1).lower())
            for found in _HAD_VERB.finditer(self.text.visible, start, end)
        )

    def _redate_told(self, index: int, text: str, group: str | None = None) -> None:
        """Give the exchange just dated by the day it was told the day a next sentence
        says it happened: "..., officials said on Thursday. The exchange, which took
        place late on Wednesday, ...". Only a day or two earlier is the same exchange
        told a day later; anything else is left to the other rules. Further on, after
        quotes and colour, the day still goes to that exchange while no other has been
        told since and the sentence does not mark one ("Another swap took place ...").
        A sentence opening on the exchange ("The exchange took place on Thursday", told
        on a Sunday) takes it up by name, so a bare weekday, one of the week before the
        telling, is its day; a full date further back is another exchange recalled. A
        sentence on people of the other ``group`` ("Prisoner swaps began on Tuesday" after
        bodies) dates their exchange, not this one.
        """
        if self._told is None:
            return
        event = self._told[1]
        if group is not None and group != event.group:
            return
        sentence = self.quote(index).text
        if index - self._told[0] > _TOLD_REACH and (
            self._last_event is not event or _ANOTHER_EXCHANGE.search(sentence) is not None
        ):
            return
        resolved = self._resolve(text)
        if not isinstance(resolved, Period) or resolved.days != 1:
            return
        taken_up = (
            text.lower() in WEEKDAYS
            and _THE_EXCHANGE_OPENS.match(sentence) is not None
            and _ANOTHER_EXCHANGE.search(sentence) is None
            and _SECOND_EXCHANGE.search(sentence) is None
        )
        reach = _TAKEN_UP_REACH if taken_up else _TOLD_REACH
        if not 1 <= (event.period.start - resolved.start).days <= reach:
            return
        self._redate(event, resolved)

    def _told_before_own_day(self, index: int, group: str, day: Period, leg: LegDraft) -> None:
        """Give the exchange just dated by the day it was told the day a next figure gives it.

        "The ministry said on Tuesday that 63 servicemen had come home. 'On 9 June, 63
        servicemen were returned,' it said": the same count moved the same way, a day or
        two before the telling and told a sentence or two later, is that exchange on its
        own day, not a second exchange. People of another kind ("63 civilians") or a
        sentence marking a second exchange ("separately", "as well") are another exchange.
        """
        if self._told is None or not 0 < index - self._told[0] <= _TOLD_REACH or day.days != 1:
            return
        event = self._told[1]
        if event.group != group or not 1 <= (event.period.start - day.start).days <= _TOLD_REACH:
            return
        if _SECOND_EXCHANGE.search(self.quote(index).text):
            return  # "Separately, on 9 June, ...": told as another exchange beside it
        if any(
            moved.count == leg.amount
            and (moved.sender, moved.receiver) == (leg.sender, leg.receiver)
            and (
                moved.category == leg.category
                or PersonCategory.OTHER in (moved.category, leg.category)
            )
            for moved in event.legs
        ):
            self._redate(event, day)

    def _other_side_told_earlier(self, index: int, group: str, day: Period) -> None:
        """Give the exchange just dated by its telling the earlier day its other side was told.

        "Ukraine got back 215, officials said on Thursday. In return, Kyiv handed over 55,
        Zelensky said on Wednesday": the exchange was done when first told, so the day of
        the earlier telling is the nearer one. Only a next sentence opening "In return",
        a day or two before, with the exchange moving people one way only so far.
        """
        if self._told is None or not 0 < index - self._told[0] <= _TOLD_REACH or day.days != 1:
            return
        event = self._told[1]
        if event.group != group or not 1 <= (event.period.start - day.start).days <= _TOLD_REACH:
            return
        if _IN_RETURN_OPENS.match(self.quote(index).text) is None:
            return
        if len({(moved.sender, moved.receiver) for moved in event.legs}) == 1:
            self._redate(event, day)

    def _redate(self, event: _Event, period: Period) -> None:
        """Move the exchange just dated by its telling to ``period``, unless one is there."""
        if (event.group, period) in self._by_key:
            return
        del self._by_key[(event.group, event.period)]
        event.period = period
        self._by_key[(event.group, period)] = event
        self._told = None

    def _narrow_week(self, index: int, text: str) -> None:
        """Give the exchange just dated to a week the day a next sentence says it happened.

        "Eleven children have returned this week. ... They crossed on Tuesday": a day
        inside the week told a sentence or two later, by a sentence with no figure of its
        own, is the day of the same exchange.
        """
        event = self._last_event
        if (
            event is None
            or (event.period.days != 7 and not self._month_one_exchange(event, index))
            or not 0 < index - max(event.sentences, default=event.first) <= _TOLD_REACH
        ):
            return
        resolved = self._resolve(text)
        if not isinstance(resolved, Period) or resolved.days != 1:
            return
        if not event.period.contains(resolved) or (event.group, resolved) in self._by_key:
            return
        del self._by_key[(event.group, event.period)]
        event.period = resolved
        self._by_key[(event.group, resolved)] = event

    def _month_one_exchange(self, event: _Event, index: int) -> bool:
        """Whether a month's exchange is taken up again as one: "That handover, on 15 January".

        "In January, 600 bodies were returned ... The handover took place on 15 January":
        the sentence opens on the exchange with a definite article or a demonstrative (or
        on its people: "They arrived on 15 January"), so the day is that exchange's.
        "Another handover took place on 25 January" is a second.
        """
        if event.period.precision is not Precision.MONTH:
            return False
        text = self.quote(index).text
        opens = _THE_EXCHANGE_OPENS.match(text)
        if opens is None or _SECOND_EXCHANGE.search(text):
            return False
        # "They said on 12 March that ...": the day the people spoke, not of the exchange
        return not opens.group().endswith("They") or SPEECH.isdisjoint(words(text))

    def _event(
        self, group: str, period: Period, index: int, *, nested: bool = True, told: bool = False
    ) -> _Event:
        event = self._by_key.get((group, period))
        current = self._current.get(group)
        # "this week" and "on Thursday" in one report are one exchange: keep the narrower
        # (not for an earlier exchange told in passing: "followed one earlier this month";
        # nor a day that only dates a telling: "returned last week ... Qatar said on
        # Saturday that two more went the other way" leaves the exchange in its week).
        if (
            nested
            and event is None
            and current is not None
            and current.period != period
            and (current.period.contains(period) or period.contains(current.period))
        ):
            if period.days < current.period.days and not (told and current.period.days == 7):
                del self._by_key[(group, current.period)]
                current.period = period
                self._by_key[(group, period)] = current
            return current
        if event is None:
            event = _Event(group, period, index)
            self._by_key[(group, period)] = event
            self._keep_event(event)
        return event

    def _keep_event(self, event: _Event) -> None:
        """Add a new exchange to those told, in the order told, and to its group's."""
        self.events.append(event)
        self._events_of.setdefault(event.group, []).append(event)

    def _make_current(self, event: _Event) -> None:
        self._current[event.group] = event
        self._last_event = event
        waiting = self._pending.pop(event.group, [])
        kept = [
            (index, leg)
            for index, leg in waiting
            if self._recalled(event, index) or self._past_bound(leg, event.period)
        ]
        for index, pending in waiting:
            if (index, pending) not in kept:
                self._merge(event, index, pending)
        if kept:
            self._pending[event.group] = kept

    def _recalled(self, event: _Event, sentence: int) -> bool:
        """Whether ``event``, told after undated figures of ``sentence``, is an earlier
        exchange recalled rather than the one they tell: it ended over a week before the
        day the text is told from, so they keep the report's own day.
        """
        day = self._default_day(sentence)
        return day is not None and event.period.end < day.start - _RECALLED_AFTER

    def _date_pending(self, index: int, text: str, only: str | None = None) -> None:
        resolved = self._resolve(text)
        if not isinstance(resolved, Period):
            return
        if not self._pending:
            if not self._current:
                self._announced = resolved
            return
        for group in list(self._pending):
            if group not in self._current and only in (None, group):
                self._make_current(self._event(group, resolved, index))

    def _merge(self, event: _Event, index: int, draft: LegDraft) -> None:
        event.sentences[index] = None
        extras = self._extras.get(index)
        if extras is not None:
            event.intermediaries.update(extras[0])
            event.speakers.update(dict.fromkeys(extras[1]))
        if draft.note is not None:
            event.notes[draft.note] = None
        for leg in event.legs:
            same = (leg.sender, leg.receiver, leg.category) == (
                draft.sender,
                draft.receiver,
                draft.category,
            )
            if not same:
                continue
            if (
                leg.guessed
                and not draft.guessed
                and leg.count != draft.amount
                and leg.category is not PersonCategory.REMAINS
            ):
                continue  # a kind guessed for one figure is no rival of a stated kind's figure
            account = leg.count == draft.amount and _counted_apart(draft)
            if account and (
                self._second_account(index, leg, draft)
                or self._receiver_restates(index, leg, draft)
                or self._plain_account(index, leg, draft)
            ):
                if _beside_its_whole(event, index, draft):
                    continue  # "205 Ukrainians, 185 soldiers and 20 civilians": a part of a
                    # whole its teller gives in the same sentence stays with that breakdown
                self._fold_account(event, index, leg, draft)
                return
            if draft.added and index not in leg.sentences:
                continue  # "Also returned were three servicemen": a further group of the kind
            if leg.count == draft.amount:
                if draft.whole and draft.attributed not in (None, leg.attributed):
                    # "Of the 230 freed, he says, 213 are soldiers and 17 civilians": he
                    # tells the whole again to break it down, so its parts are his too
                    leg.tellers[draft.attributed] = None
            elif _rivals(leg, draft):
                continue  # kept beside it below, as the other source's account
            elif self._headline_only(leg, index):
                # "Sides complete 1,000-for-1,000 swap" over "each handing over 303 on the
                # last day": the body's figure for the day, whichever was read first
                event.notes[_headline_note(leg.count, draft)] = None
                leg.count, leg.over_headline = draft.amount, True
                leg.attributed = draft.attributed or leg.attributed
            elif self._named_after_unsourced(index, leg, draft):
                continue  # the story's own figure, then a named source's: both kept
            elif _within(leg.count, draft.amount):
                pass  # the same figure stated more precisely already
            elif self._headline_unhedged(leg, index, draft):
                pass  # "1,000 bodies" in a headline over the body's "some 1,000": the body's
            elif _round_restated(leg.count, draft.amount):
                pass  # "some 1,000 bodies ... 1,000 bodies had been received": still some
            elif _within(draft.amount, leg.count):
                leg.count = draft.amount  # the more precise statement of the same figure
                leg.headline_sized = self._in_headlines(index) and not any(
                    self._in_headlines(i) for i in leg.sentences
                )
            elif _sized_later(leg.count, draft.amount):
                leg.count = draft.amount  # "dozens came home", then "150 were freed": the size
                leg.attributed = draft.attributed or leg.attributed
            elif draft.restates and leg.count.qualifier is Qualifier.ORDER_OF_MAGNITUDE:
                # "a few dozen ... On the Russian side, the figures were 19, 19 and 24": each
                # handover's own size, even below the order's least
                leg.count = draft.amount
            elif index not in leg.sentences and self._marked_agreeing(index, draft):
                continue  # "... put the number at 50 as well": another account, not a correction
            elif index in leg.sentences and self._listed_parts(index, leg.count, draft.amount):
                continue  # "213 soldiers and sergeants, 11 officers and ...": parts of one kind
            elif index in leg.sentences and self._further_group(index, draft.amount):
                continue  # "five officers, along with 205 other soldiers": a second group
            else:
                leg.over_headline |= self._headline_yields(leg, index)
                note = (
                    f"another figure for {draft.category.value.replace('_', ' ')} from "
                    f"{draft.sender} to {draft.receiver} was also given: {draft.amount}"
                )
                event.notes[note] = None
                leg.sentences[index] = None
                self._also_given.setdefault(leg, []).append(draft.amount)
                return
            if draft.accord and not leg.accord:
                leg.attributed, leg.accord = draft.attributed, True
            elif leg.attributed is None:
                leg.attributed = draft.attributed
            leg.sentences[index] = None
            return
        rerouted = self._rerouted(event, index, draft)
        if rerouted is not None:
            # "Russia freed five officers. The five officers were flown to Turkey": the
            # later sentence sets right where the people counted before went
            rerouted.receiver = draft.receiver
            rerouted.sentences[index] = None
            return
        rivals = [
            leg
            for leg in event.legs
            if (leg.sender, leg.receiver, leg.category)
            == (draft.sender, draft.receiver, draft.category)
        ]
        if rivals and draft.attributed is not None:
            for rival in rivals:
                if rival.attributed is not None:
                    event.notes[_rival_note(rival, draft)] = None
        event.legs.append(
            _Leg(
                draft.sender,
                draft.receiver,
                draft.category,
                draft.amount,
                draft.attributed,
                draft.accord,
                {index: None},
                draft.whole,
                draft.guessed,
                draft.definite,
                corrects=draft.corrects,
            )
        )
        if draft.attributed is not None:
            event.speakers[draft.attributed] = None

    def _rerouted(self, event: _Event, index: int, draft: LegDraft) -> _Leg | None:
        """The leg told before whose people a definite figure now sends to a third country.

        "The five officers were flown to Turkey", after "Russia freed five officers": the
        same people from the same side, now to a country that is neither side of the leg.
        """
        if not draft.definite or draft.tally:
            return None
        told = [
            leg
            for leg in event.legs
            if (leg.sender, leg.category, leg.count) == (draft.sender, draft.category, draft.amount)
            and leg.receiver not in (draft.receiver, draft.sender)
            and index > max(leg.sentences)
        ]
        return told[0] if len(told) == 1 else None

    def _fold_account(self, event: _Event, index: int, leg: _Leg, draft: LegDraft) -> None:
        """Code a second teller's account of a figure told before once, under the first teller.

        "..., the ministry said. In return, 150 were handed over, Kyiv confirmed": one figure
        for one direction of one exchange, told twice, is one record (the corpus's convention
        13); the second teller is kept among the exchange's sources and named in a note.
        """
        leg.sentences[index] = None
        leg.definite = leg.definite and draft.definite  # "one of the 84", then "84 came home"
        if draft.attributed is None:
            return
        leg.tellers[draft.attributed] = None
        event.speakers[draft.attributed] = None
        event.notes[_second_teller_note(leg, draft)] = None

    def _second_account(self, index: int, leg: _Leg, draft: LegDraft) -> bool:
        """Whether a sentence gives a second source's own account of the same figure.

        "Kyiv said 40 came home; Moscow put the number at 40 as well": the two sources
        agree, and the second account is folded into the first's record (rival figures
        stay records of their own). A figure
        the sentence marks as agreeing ("as well", "too") or gives as the source's own
        count ("gave a figure of 757 for the Ukrainian dead") is one; so is a figure each
        side states in its own words ("Kyiv said 205 soldiers came home ... Moscow said
        205 Ukrainian servicemen were handed over"). Two voices of one side ("Moscow",
        its defence ministry), a figure told as people already counted ("the 248 it
        received"), one a side "confirmed that" a mediator's figure came home, one only
        echoed ("in exchange for the same number") and one first
        tagged "..., both sides said" (both sides' word already) stay one record.
        """
        if leg.attributed is None or draft.attributed is None or leg.attributed == draft.attributed:
            return False
        if draft.account or self._marked_agreeing(index, draft):
            return True
        if (
            leg.attributed.party != draft.attributed.party
            and not draft.definite  # "confirmed the return of the 22 wounded": already counted
            and self._own_account(index)
        ):
            return True  # "Kyiv, for its part, said it got back 146": the other side's word
        return (
            (
                leg.attributed.party != draft.attributed.party
                or _person_and_state(leg.attributed, draft.attributed)
            )
            and not leg.definite
            and not draft.definite
            and not self._echoed(index)
            # "Qatar said it brokered the return of seven ... Kyiv confirmed that seven
            # came home": a side vouches for the mediator's figure, no account of its own
            and not (
                leg.attributed.party in MEDIATOR_CODES and self._matches(_CONFIRMED_THAT, index)
            )
            and not all(self._echoed(sentence) for sentence in leg.sentences)
            and not any(self._both_sides_said(sentence) for sentence in leg.sentences)
        )

    def _receiver_restates(self, index: int, leg: _Leg, draft: LegDraft) -> bool:
        """Whether the receiving side gives, later and as its own, the story's own figure.

        "150 Ukrainians came home on Wednesday. ... Kyiv's headquarters, for its part,
        confirmed receiving 150": the side's account of the story's figure, folded into
        the story's record with the side named as a second teller. Only a sentence that
        marks the figure as the side's own word counts: a plain restatement is the
        story's source named.
        """
        return (
            leg.attributed is None
            and not leg.corrects  # a correction notice's figure is the story's, set right
            and draft.attributed is not None
            and draft.attributed.party == draft.receiver
            and not draft.definite
            and index > max(leg.sentences)
            and not self._echoed(index)
            and (draft.account or self._own_account(index))
        )

    def _plain_account(self, index: int, leg: _Leg, draft: LegDraft) -> bool:
        """Whether a named source restates, in a later sentence, a figure told before.

        "Ukraine and Russia each freed 115 on Saturday. ... Russia's defence ministry
        said 115 servicemen had been handed back": the source's own statement of the
        story's (or another source's) figure, folded into that record with the source
        named as a second teller. People told as
        already counted ("the 115 Russians"), an echo ("the same number", before or
        after), a source that "confirmed that seven children had come home" (it
        vouches for the figure told), a figure first told only in a headline and one
        told as "..., both sides said" (the side is one of its sources) stay one
        record, as does a figure a correction notice
        set right before the body tells it.
        """
        return (
            draft.attributed is not None
            and not leg.corrects
            and leg.attributed != draft.attributed
            and (leg.attributed is None or leg.attributed.party != draft.attributed.party)
            and not draft.definite
            and index > max(leg.sentences)
            and not self._echoed(index)
            and not all(self._echoed(sentence) for sentence in leg.sentences)
            and not self._matches(_CONFIRMED_THAT, index)
            and not self._unnamed_source_again(index, leg)
            and any(self._matches(_ENDED, sentence) for sentence in leg.sentences)
            and not any(self._both_sides_said(sentence) for sentence in leg.sentences)
        )

    def _both_sides_said(self, index: int) -> bool:
        """Whether sentence ``index`` credits its figures to both sides of a swap.

        "..., both sides said" does, and so does a tag naming a source of each side
        together: "..., Russia's defence ministry and a senior Ukrainian official said".
        Two voices of one side ("Ukraine's ombudsman and its headquarters said") do not.
        """
        if self._matches(_BOTH_SAID, index):
            return True
        if index >= len(self.spans):
            return False
        start, end = self.spans[index]
        for tag in _JOINT_SAID.finditer(self.text.visible, start, end):
            one, two = self._sides_named(tag["one"]), self._sides_named(tag["two"])
            if len(one) == 1 and len(two) == 1 and one != two and one | two == {"RUS", "UKR"}:
                return True
        return False

    def _sides_named(self, phrase: str) -> set[str]:
        """The swap's sides ``phrase`` names by name, alias or adjective ("Kyiv's", "Russian")."""
        said = set(words(phrase))
        named = set()
        for code in ("RUS", "UKR"):
            party = self.registry.lookup(code)
            if any(set(words(name)) <= said for name in (party.name, *party.aliases)):
                named.add(code)
        return named

    def _unnamed_source_again(self, index: int, leg: _Leg) -> bool:
        """Whether sentence ``index`` credits "the source" that first told ``leg`` unnamed.

        "..., a source familiar with the talks said. '... 31 of our dead came home,' the
        source added": the definite "the source" points back at the one source told
        before, so its quoted figure is that source's telling again, not a second account.
        """
        return self._matches(_THE_SOURCE, index) and any(
            self._matches(_A_SOURCE, sentence) for sentence in leg.sentences
        )

    def _headline_only(self, leg: _Leg, index: int) -> bool:
        """Whether ``leg`` is told only by the headline and sentence ``index`` is the body's.

        A headline's terse figure that the body gives otherwise for the same direction
        and kind is the deal's whole or a rounding; the body's statement is the record
        (the headline's figure is kept as a note), and :meth:`_headline_outweighed` makes
        the other direction follow, so the two never mix.
        """
        return not self._in_headlines(index) and self._headlines_only(leg)

    def _headline_yields(self, leg: _Leg, index: int) -> bool:
        """Whether sentence ``index`` is the headline giving another figure for the body's ``leg``.

        The mirror of :meth:`_headline_only` when the body's figure was read first.
        """
        return self._in_headlines(index) and not any(self._in_headlines(i) for i in leg.sentences)

    def _headline_unhedged(self, leg: _Leg, index: int, draft: LegDraft) -> bool:
        """Whether sentence ``index`` is the headline giving the body's hedged ``leg`` bare.

        A headline drops the body's "some" or "about" to save space ("1,000 bodies"
        over "Some 1,000 bodies were handed over"); the same number without its hedge
        is no more precise, so the body's hedge stands. A headline number the body does
        not give as its best ("1,212" over "more than 1,200") still counts as precise.
        """
        return (
            self._headline_yields(leg, index)
            and draft.amount.is_exact
            and not leg.count.is_exact
            and leg.count.best == draft.amount.low
        )

    def _headline_outweighed(self, leg: _Leg, legs: list[_Leg]) -> bool:
        """Whether ``leg`` is a headline's figure whose other direction the body replaced.

        "Sides swap 1,000 each" over "Ukraine got back 390 on Friday": the body tells the
        day's stage one way, so the headline's whole deal the other way is no figure for
        that day either; both directions follow the body or neither, never 1,000 one way
        and 390 the other.
        """
        return self._headlines_only(leg) and any(
            other.over_headline
            and (other.sender, other.receiver) == (leg.receiver, leg.sender)
            and other.category is leg.category
            for other in legs
        )

    def _in_headlines(self, index: int) -> bool:
        """Whether sentence ``index`` is the headline or the headline given again.

        A web page gives its headline more than once ("<title>", then "<h1>", with a
        byline between): a line before the first sentence a full stop ends that repeats
        a figure of the first line is the headline again. A line of figures of its own
        there ("185 defenders are home" under a sender's name) is the body's.
        """
        if not self._headline():
            return False
        if index == 0:
            return True
        if self._body_start is None:
            self._body_start = next(
                (
                    i
                    for i, (start, end) in enumerate(self.spans)
                    if self.text.visible[start:end].rstrip()[-1:] in (".", "!", "?")
                ),
                None,
            )
            if self._body_start is None:
                return False  # no sentence of the body read yet
        if index >= min(self._body_start, len(self.spans)):
            return False
        return bool(self._figures_in(0) & self._figures_in(index))

    def _figures_in(self, index: int) -> set[str]:
        """The numbers written in digits in sentence ``index``."""
        start, end = self.spans[index]
        return set(_DIGITS.findall(self.text.visible, start, end))

    def _headlines_only(self, leg: _Leg) -> bool:
        """Whether only the headlines (:meth:`_in_headlines`) tell ``leg``."""
        return all(self._in_headlines(i) for i in leg.sentences)

    def _headline_superseded(self, leg: _Leg, legs: list[_Leg]) -> bool:
        """Whether ``leg``'s figure is a headline's that the body tells exactly otherwise.

        "Ukraine gets back 84 soldiers" over a body giving 246 and 277 for the same way
        and kind: the body governs, and the headline's figure (also one that only sized
        the body's "dozens") is no record of its own. A figure only the headlines tell
        is kept.
        """
        if not (leg.headline_sized or self._headlines_only(leg)):
            return False
        return any(
            other is not leg
            and other.count.is_exact
            and other.count != leg.count
            and (other.sender, other.receiver, other.category)
            == (leg.sender, leg.receiver, leg.category)
            and not any(self._in_headlines(i) for i in other.sentences)
            for other in legs
        )

    def _headline_tallied(self, leg: _Leg) -> bool:
        """Whether ``leg`` is a headline's figure the body tells, the same way, as a total.

        "520 soldiers returned" over a body saying 520 came back over three days: the
        headline gives the body's sum tersely, so it is that total, no handover of its own.
        """
        return (
            leg.count.is_exact
            and self._headlines_only(leg)
            and any(
                (t.draft.sender, t.draft.receiver) == (leg.sender, leg.receiver)
                and t.draft.amount == leg.count
                and not any(self._in_headlines(i) for i in t.sentences)
                for t in self.tallies.values()
            )
        )

    def _headline_misread(self, leg: _Leg, legs: list[_Leg]) -> bool:
        """Whether ``leg`` is a headline's figure that the body tells going the other way.

        "Ukraine frees 108 women" over "108 Ukrainian women were freed ... 110 Russians
        were handed over": the body gives the figure to the other side and its own
        figure for the headline's direction and kind, so the headline's terse verb was
        read the wrong way round. A headline figure the body never restates, or splits
        into parts by kind ("205 Ukrainians are home" over 185 soldiers and 20
        civilians), is kept.
        """
        if not self._headlines_only(leg):
            return False
        body = [other for other in legs if not any(self._in_headlines(i) for i in other.sentences)]
        return any(
            other.count == leg.count
            and (other.sender, other.receiver) == (leg.receiver, leg.sender)
            for other in body
        ) and any(
            other.count != leg.count
            and (other.sender, other.receiver, other.category)
            == (leg.sender, leg.receiver, leg.category)
            for other in body
        )

    def _parts_for_their_sum(self, event: _Event) -> None:
        """Set a leg told first as a sum back to its own part, when the parts add up to it.

        "Kyiv freed 412 soldiers", then "388 soldiers in the first part, 24 wounded in the
        second": the 412 is both parts added up, not a figure of soldiers, so the leg of
        soldiers takes the 388 told later; the sum stays in the notes. Only exact figures
        from the same side, with parts of other kinds that add up to the sum exactly.
        """
        for leg in event.legs:
            whole = leg.count.low
            if leg.count.high != whole:
                continue
            smaller = [c for c in self._also_given.get(leg, ()) if c.high == c.low < whole]
            if len(smaller) != 1:
                continue
            others = [
                o
                for o in event.legs
                if o is not leg
                and (o.sender, o.receiver) == (leg.sender, leg.receiver)
                and o.category is not leg.category
                and o.count.low == o.count.high
            ]
            if others and smaller[0].low + sum(o.count.low for o in others) == whole:
                event.notes[f"{leg.count} is the sum of the parts told; each part is recorded"] = (
                    None
                )
                leg.count = smaller[0]

    def _drop_parts(self, legs: list[_Leg], notes: dict[str, None]) -> list[_Leg]:
        """The legs, less a whole's own parts when only wholes are asked for."""
        return _parts_dropped(legs, notes) if self.whole_only else legs

    def _headline_kind(self, leg: _Leg, legs: list[_Leg]) -> bool:
        """Whether ``leg`` is a headline's kind for a figure the body tells of no one kind.

        "Ukraine gets back 116 prisoners" over "Kyiv said 116 Ukrainians came home": the
        headline's short word is not the body's statement of who came home, so the body's
        figure of no one kind stands and the headline's is the same people told again. A
        headline under a masthead or a line of the statement's date (lines with no full
        stop, before the body) is a headline too, and so is one a body sentence points
        back at without its figure ("Most of them are privates").
        """
        if leg.category is PersonCategory.OTHER or not self._told_in_heading(leg):
            return False
        return any(
            0 not in other.sentences
            and other.category is PersonCategory.OTHER
            and not other.whole
            and other.count == leg.count
            and (other.sender, other.receiver) == (leg.sender, leg.receiver)
            for other in legs
        )

    def _told_in_heading(self, leg: _Leg) -> bool:
        """Whether ``leg``'s figure is told only in the lines opening the text.

        Its first sentence is one of the heading lines (see :meth:`_heading_lines`), and
        every body sentence it was joined with states no figure of its count.
        """
        heading = self._heading_lines()
        if not leg.sentences or min(leg.sentences) >= heading:
            return False
        for index in leg.sentences:
            if index < heading:
                continue
            start, end = self.spans[index]
            if any(m.count == leg.count for m in iter_figures(self.text.visible[start:end])):
                return False
        return True

    def _heading_lines(self) -> int:
        """How many sentences open the text with no full stop: masthead, date line, headline."""
        count = 0
        for start, end in self.spans:
            if self.text.visible[start:end].rstrip()[-1:] in ("", ".", "!", "?"):
                break
            count += 1
        return count

    def _headline(self) -> bool:
        """Whether the text's first sentence is its headline: no full stop ends it."""
        if not self.spans:
            return False
        start, end = self.spans[0]
        return self.text.visible[start:end].rstrip()[-1:] not in ("", ".", "!", "?")

    def _matches(self, pattern: re.Pattern[str], index: int) -> bool:
        """Whether ``pattern`` occurs in sentence ``index``."""
        if index >= len(self.spans):
            return False
        start, end = self.spans[index]
        return pattern.search(self.text.visible, start, end) is not None

    def _confirmed(self, leg: _Leg) -> bool:
        """Whether every sentence telling ``leg`` says its source "confirmed that" it happened."""
        return all(self._matches(_CONFIRMED_THAT, sentence) for sentence in leg.sentences)

    def _first_person(self, index: int) -> bool:
        """Whether sentence ``index`` speaks in a side's first person ("our people", "we")."""
        if index >= len(self.spans):
            return False
        start, end = self.spans[index]
        return _FIRST_PERSON.search(self.text.visible, start, end) is not None

    def _told_at(self, leg: _Leg) -> tuple[int, int]:
        """When ``leg`` was first told, as a key that orders the tellings of the text.

        Reading order, except in a live blog whose time-stamped entries run newest first
        ("21:55 ... 20:40 ... 18:02"): there an entry further down was told earlier, so
        the entries count backwards and the sentences within one forwards.
        """
        if not self._newest_first:
            return (0, min(leg.sentences))
        return min((-self._entry_of(i), i) for i in leg.sentences)

    @property
    def _newest_first(self) -> bool:
        """Whether the text is a live blog whose time-stamped entries run newest first.

        At least two entries, each stamped with a time ("21:55") on a day, and each one
        earlier than the one above it; anything else is read in its own order.
        """
        times = []
        for index, day in self._datelines:
            if index not in self._stamped or index >= len(self.spans):
                continue
            start, end = self.spans[index]
            found = _STAMP_TIME.match(self.text.visible, start, end)
            if found is None:
                return False  # a stamp of no time read: the order is not known
            times.append((day.start, int(found.group(1)) * 60 + int(found.group(2))))
        return len(times) >= 2 and all(a > b for a, b in itertools.pairwise(times))

    def _says_mix(self, leg: _Leg) -> bool:
        """Whether a sentence telling ``leg`` counts its people as of no one kind.

        "90 of its people", "90 persons", "90 soldiers and civilians": the figure
        names people in general or a group of two kinds, not a count whose kind the
        text gives no word for ("90 captives", "90 for 90").
        """
        return any(self._says_mix_in(index, str(leg.count)) for index in leg.sentences)

    def _says_mix_in(self, index: int, told: str) -> bool:
        """Whether sentence ``index`` counts ``told`` people of no one kind."""
        if index >= len(self.spans):
            return False
        start, end = self.spans[index]
        tokens = tokenize(self.text.visible[start:end])
        for i, token in enumerate(tokens):
            if token.text != told:
                continue
            at = i + 1
            if at < len(tokens) and tokens[at].norm == "of":
                at += 2 + (at + 2 < len(tokens) and tokens[at + 2].norm == "own")
            elif at < len(tokens) and tokens[at].norm in ("ukrainian", "russian"):
                at += 1  # "95 Russian captives": the side's adjective names no kind
            found = PEOPLE.match(tokens, at, len(tokens))
            if found is None:
                continue
            end_at, noun = found
            if noun.category in (None, PersonCategory.OTHER):
                return True
            if end_at + 1 < len(tokens) and tokens[end_at].norm == "and":
                then = PEOPLE.match(tokens, end_at + 1, len(tokens))
                if then is not None and then[1].category not in (None, noun.category):
                    return True
        return False

    def _own_account(self, index: int) -> bool:
        """Whether sentence ``index`` marks a figure as a side's own word ("for its part")."""
        if index >= len(self.spans):
            return False
        start, end = self.spans[index]
        return _OWN_ACCOUNT.search(self.text.visible, start, end) is not None

    def _named_after_unsourced(self, index: int, leg: _Leg, draft: LegDraft) -> bool:
        """Whether the receiving side's own figure follows the story's unsourced one.

        "In return, 246 Ukrainians were handed over. ... Zelensky wrote that 277 had
        returned home": the first figure is the story's account, the second the count
        of the side that got its people back, and they differ, so each is kept as its
        own account (as rivals are). The other side's word on them is no such count.
        """
        return (
            leg.attributed is None
            and draft.attributed is not None
            and draft.attributed.party == draft.receiver
            and index not in leg.sentences
            and index > max(leg.sentences)
            and leg.count.best is not None
            and draft.amount.best is not None
            and leg.count.best != draft.amount.best
        )

    def _echoed(self, index: int) -> bool:
        """Whether sentence ``index`` echoes a figure ("the same number", "as many").

        The echoed figure is no count of the speaker's own; the direction it gives cannot
        be told from the one stated beside it, so the sentence is no second account.
        """
        if index >= len(self.spans):
            return False
        start, end = self.spans[index]
        return _ECHO.search(self.text.visible, start, end) is not None

    def _listed_parts(self, index: int, first: Count, second: Count) -> bool:
        """Whether sentence ``index`` lists ``first`` and then ``second``, each with its noun.

        "213 soldiers and sergeants, 11 officers and six civilians": items of one list
        of the people freed, not two counts of the same people.
        """
        if first.best is None or second.best is None or index >= len(self.spans):
            return False
        start, end = self.spans[index]
        return any(
            (int(m.group(1).replace(",", "")), int(m.group(2).replace(",", "")))
            == (first.best, second.best)
            for m in _LISTED_PARTS.finditer(self.text.visible, start, end)
        )

    def _further_group(self, index: int, amount: Count) -> bool:
        """Whether sentence ``index`` adds ``amount`` as "N other" people to a group before it.

        "freed five officers, along with 205 other soldiers": "other" sets the 205 beside
        the five as more people of the kind, not as another account of the same people.
        """
        if amount.best is None or index >= len(self.spans):
            return False
        start, end = self.spans[index]
        return any(
            int(m.group(1).replace(",", "")) == amount.best
            for m in _FURTHER_GROUP.finditer(self.text.visible, start, end)
        )

    def _marked_agreeing(self, index: int, draft: LegDraft) -> bool:
        """Whether sentence ``index`` follows the draft's figure with "as well" or "too".

        The marker presents the figure as one more source's account; a later sentence
        giving a different figure that way is that source's version, not a correction.
        """
        best = draft.amount.best
        if best is None or index >= len(self.spans):
            return False
        start, end = self.spans[index]
        visible = self.text.visible
        if visible.find("too", start, end) < 0 and visible.find("as well", start, end) < 0:
            return False  # most sentences: neither marker, so no figure for the pattern to try
        return any(
            int(m.group(1).replace(",", "")) == best
            for m in _AGREEING.finditer(visible, start, end)
        )

    # -- claims -------------------------------------------------------------------------

    def _add_claim(self, index: int, draft: ClaimDraft) -> None:
        if draft.as_of is not None and MONTHS_LATER in draft.as_of:
            draft = draft._replace(as_of=None)  # "A year later, 5,000 had died": no exchange's
        explicit = draft.as_of is not None
        if draft.as_of is not None:
            resolved = self._counted_from_told(index, draft.as_of)
            if resolved is None:
                resolved = self._resolve_at(index, draft.as_of)
        else:
            # a text dated by its month alone ("July 2025"): current in that month
            resolved = (
                self._claims_default(index)
                or self._month
                or _NeedsReference("(no date; the figure is current when published)")
            )
            if (
                draft.category is CasualtyCategory.CAPTURED
                and self.published is not None
                and (
                    (self._period_ends and self._entry_of(index) in self._period_ends)
                    or self._claims_default(index) != self._default_day(index)
                )
            ):
                # "thousands remain in Russian detention" in a report issued after the
                # period it covers: who is held now is told as of the day of issue
                resolved = Period.day(self.published)
            if (
                isinstance(resolved, Period)
                and draft.scope is not ClaimScope.PERIOD  # "over the past day": a day's own
                and self._statement_told_in_a_week()
            ):
                # "estimates described to reporters this week", "the interview, recorded
                # earlier in the week": the statement has no day, so neither has its count
                resolved = Period.month(resolved.start.year, resolved.start.month)
        if isinstance(resolved, _NeedsReference):
            self._unresolved(index, "a casualty figure", resolved.text)
            return
        if resolved is None:
            default = self._default_day(index)
            if default is None:
                return
            resolved, explicit = default, False
        if (
            draft.as_of is not None
            and resolved.precision is Precision.RANGE
            and _SEASON.search(draft.as_of) is not None
        ):
            # "a leaked slide from the spring gave 223,000": a season says no more than its
            # year when a figure stood
            resolved = Period.year(resolved.start.year)
        if draft.by_end and resolved.precision is Precision.YEAR:
            # "by the end of 2024": its last month, one step finer; "by the end of June"
            # stays the month, as a journalist would publish it
            resolved = Period.month(resolved.end.year, 12)
        default = self._claims_default(index)
        if (
            default is not None
            and resolved.start <= self.conflict_start
            and resolved.end < self.conflict_start + _WAR_START_SLACK
        ):
            # "killed since the invasion began in February 2022": the start, not the date
            # (a date in the war's first weeks, "three weeks ago" in April 2022, is a date)
            resolved, explicit = default, False
        start = self.conflict_start
        since = self._resolve(draft.since) if draft.since is not None else None
        if isinstance(since, Period):
            start = _start_of(since, self.conflict_start)
        covers = Period.between(start, resolved.end) if start <= resolved.end else resolved
        if draft.to_date:
            # "has lost 300,000 so far this year": the year to the day told, which must
            # fall in that year; else the span cannot be stated
            if not isinstance(since, Period) or not since.start <= resolved.end <= since.end:
                return
            covers = Period.between(since.start, resolved.end)
        elif draft.scope is ClaimScope.PERIOD:
            covers = resolved  # one day's losses: the day it was stated for
        key = (draft.subject, draft.category, draft.amount, draft.population)
        candidates = self._claim_index.setdefault(key, [])
        for claim in candidates:
            if self._same_claim(claim, draft, resolved, explicit):
                self._join_claim(claim, index, draft, resolved, explicit)
                self._touch(claim)
                return
        claim = _Claim(
            draft, resolved, explicit, covers, dict.fromkeys(draft.caveats), {index: None}
        )
        self.claims.append(claim)
        # One figure said many times with different dates is many claims; look at few of them.
        candidates.append(claim)
        del candidates[:-_SAME_FIGURE_REACH]
        self._touch(claim)

    def _counted_from_told(self, index: int, text: str) -> Period | _NeedsReference | None:
        """A claim's day counted from the time told just before: "said two days earlier".

        Days counted from no date of the sentence count from the claim dated to a day in
        the sentence just before ("Moscow said on Friday that ... Kyiv said two days
        earlier that ...": Wednesday), else from the exchange just told, else from the
        story's own day; None when ``text`` counts no days so.
        """
        base, _, days = text.partition(SHIFT_MARK)
        if base != SAME_DAY or not days or ON_DAY in days:
            return None
        told = [
            c
            for c in self.claims
            if index - 1 in c.sentences and c.explicit and c.as_of.precision is Precision.DAY
        ]
        if told:
            return _shift(told[-1].as_of, int(days))
        return self._resolve_at(index, text) or _shift(self._default_day(index), int(days))

    def _add_rank(self, index: int, rank: RankDraft) -> None:
        """A total told only as a number of exchanges: current when the text is, over the
        span from its "since" (else the war's start)."""
        as_of = self._default_day(index)
        if as_of is None:
            self._unresolved(index, "a number of exchanges", "(no date; current when published)")
            return
        start = self.conflict_start
        if rank.since is not None:
            since = self._resolve_at(index, rank.since)
            if not isinstance(since, Period):
                return  # a span whose start is not read would count the wrong exchanges
            start = _start_of(since, self.conflict_start)
        if start > as_of.end:
            return
        key = (rank.sender, rank.receiver, rank.category, rank.exchanges)
        known = self._rank_totals.get(key)
        if known is None:
            covers = Period.between(start, as_of.end)
            known = self._rank_totals[key] = _Total(rank, as_of, covers, {})
        known.sentences[index] = None

    def _add_tally(self, index: int, leg: LegDraft) -> None:
        """A stated running total: dated by the sentence, else current on the publication date."""
        leg = self._whole_year_said_on(index, leg)
        resolved: Period | _NeedsReference | None = None
        for text in leg.dates:
            resolved = self._resolve_at(index, text)  # "today" in a live blog's entry: its day
            if resolved is not None:
                break
        if (
            isinstance(resolved, Period)
            and resolved.precision is Precision.DAY
            and len(leg.dates) == 1
            and self._before_days_exchange(index, leg.dates[0])
        ):
            resolved = Period.day(resolved.start - timedelta(days=1))
        through: date | None = None  # the day of the latest exchange a total counts
        stated = self._default_day(index)
        if (
            isinstance(resolved, Period)
            and stated is not None
            and len(leg.dates) == 1
            and resolved.end < stated.start
            and self._latest_one_on(index, leg.dates[0])
        ):
            # "6,140 have been returned, the most recent of them on 15 May": the total
            # counts through that exchange and is current when told
            through, resolved = resolved.end, stated
        if isinstance(resolved, Period) and len(leg.dates) > 1:
            resolved = self._listed_span(index, leg.dates)
            if resolved is None:
                return  # a span only partly read would be silently short
        carried: Period | None = None  # the date of a figure told before
        told_days = self._over_told_days(index) if resolved is None else None
        summed = self._summed_exchanges(index, leg) if resolved is None and not told_days else None
        summed_end: date | None = None  # the last exchange a recap's total adds up
        if (
            summed is not None
            and summed.days > _STAGED_DAYS
            and stated is not None
            and stated.start > summed.end
        ):
            # "the summer's four exchanges brought 1,200 home": a recap of exchanges weeks
            # apart, not the stages of one operation, is the total as the text tells it
            resolved, summed_end = stated, summed.end
        told_days = told_days or summed
        if told_days is not None and resolved is None:
            resolved = Period.day(told_days.end)  # as of the last of the days it sums
        undated = False
        if resolved is None:
            carried = (
                self._raised_by_exchange(index, leg)
                or self._raised_by_staged_total(index, leg)
                or self._same_period(index)
                or self._same_teller_goes_on(index)
                or self._that_days_exchange(index)
            )
            undated = carried is None and leg.since is None
            resolved = (
                carried
                or self._default_day(index)
                or _NeedsReference("(no date; the total is current when published)")
            )
        if isinstance(resolved, _NeedsReference):
            self._unresolved(index, "a running total", resolved.text)
            return
        if told_days is None and leg.since is None:
            told_days = self._past_days_ending(index, resolved)
        if told_days is None and not leg.dates and leg.since is None:
            told_days = self._days_ending(index, resolved)
        start = self.conflict_start
        staged: date | None = None  # the first of the few days a staged exchange took
        span_end: date | None = through or summed_end
        if self._year_just_begun(index, leg, resolved, stated):
            return
        if leg.stated and resolved.precision is not Precision.DAY:
            if leg.dates[0].lower().startswith("the end of"):
                resolved = Period.day(resolved.end)  # "by the end of August": its last day
                if stated is not None and resolved.end > stated.end:
                    resolved = stated  # "by the end of the year" told on 29 December: then
                elif stated is not None and self._lags_behind(index):
                    # "had reached 5,000 by the end of May, a figure that does not yet
                    # include those freed this month": the count as told now, up to May
                    resolved, span_end = stated, resolved.end
        elif (
            carried is None
            and stated is not None
            and resolved.precision is not Precision.DAY
            and resolved.start < stated.start
        ):
            # "in June alone, six handovers brought home 6,000", "this year", "since the
            # invasion in February 2022": a month or year is the span the total covers;
            # the total itself is stated when the text is (its dateline or publication).
            if resolved.start > self.conflict_start or (
                _PART_OF_YEAR.match(leg.dates[0]) and resolved.end > self.conflict_start
            ):
                # "in the first half of 2022": the part of the year the war was in
                start = max(resolved.start, self.conflict_start)
                span_end = resolved.end if resolved.end < stated.end else None
                if resolved.precision is Precision.MONTH and self._first_months(index):
                    # "in the first nine months of 2025": January to the month reached
                    start = max(resolved.start.replace(month=1, day=1), self.conflict_start)
            raised = self._raised_by_exchange(index, leg)
            # "the exchange brings the number freed this year to 800": the year is the span,
            # the day of the exchange that raised it the date
            within = raised is not None and resolved.start <= raised.start <= resolved.end
            if raised is not None and within:
                resolved = raised
            elif self._counted_before(index, leg.dates[0]):
                # "Before this month, Kyiv had received 7,000 bodies": the span closes
                # where the month opens, and the count is told as it stands now
                start, span_end = self.conflict_start, resolved.start - timedelta(days=1)
                resolved = stated
            elif self._said_when(index, leg.dates[0]):
                # "said in November that 1,000 had come home": stated in that month, and
                # the month is not the span the total covers
                start, span_end = self.conflict_start, None
            elif resolved.end < stated.start and (
                self._over_whole(index, leg.dates[0])
                or (
                    resolved.precision is Precision.YEAR
                    and resolved.end + _YEAR_RESULT_SLACK < stated.start
                    and self._in_year(index, leg.dates[0])
                )
            ):
                # "during 2024, 1,358 came home", "388 returned in 2024 alone": a total over
                # the whole of a span that closed before the text is current at its end
                resolved = Period.day(resolved.end)
            elif (
                resolved.precision is Precision.RANGE
                and resolved.end < stated.start
                and (closing := self._between_close(index, leg.dates[0])) is not None
            ):
                # "46 were returned in several groups between December and March": a total
                # over a span that closed before the text stands at the span's last date
                resolved = closing
            elif resolved.precision is Precision.RANGE and resolved.days <= _STAGED_DAYS:
                # "over three days from May 23 ... each released 1,000": an exchange made in
                # stages over a few days, its total complete on the last of them
                staged = start
                resolved = Period.day(resolved.end)
            elif (
                resolved.precision is Precision.MONTH
                and resolved.end < stated.start
                and self._reached_in(index, leg.dates[0])
            ):
                # "the total rose to 1,450 in June": it stood at 1,450 as of June, and the
                # month is when it got there, not the span it covers
                start, span_end = self.conflict_start, None
            elif self._closed_month_series(index, leg, resolved, stated):
                pass  # "in June, in several stages, 6,000 were returned": as of that month
            else:
                resolved = stated
        if leg.since is not None:
            since = self._resolve(leg.since)
            if isinstance(since, Period) and (staged is None or since.start >= staged):
                # "What has happened since the talks began in May: ... 1,000 each between
                # 23 and 25 May": a start before the days of a staged exchange frames them
                start = _start_of(since, self.conflict_start)
        if told_days is not None:
            start = told_days.start
        end = span_end or resolved.end
        if start > end:
            # "said last December that 1,200 had been freed this year", read in June: the
            # span would open after the total stood, so the reading is not one to print
            return
        if (
            leg.stated
            and leg.since in ("this year", "last year")
            and self.published is not None
            and resolved.end.year != self.published.year
        ):
            # "said in December that 1,200 had been freed last year", read in June: the
            # speaker's "last year" is not the reader's, and which year it was is unknown
            return
        if (_counts_its_year_only(leg) or _CLOSED_SPAN.match(leg.since or "")) and isinstance(
            since, Period
        ):
            # "Over the quarter (1 July to 30 September), 3,000 ..., confirmed on 2
            # October": a span told with both its ends closes the total's span there
            end = min(end, since.end)
        covers = Period.between(start, end)
        key = (leg.sender, leg.receiver, leg.category, leg.amount, resolved)
        known = self.tallies.get(key) or self._told_on_another_day(key, undated)
        if known is not None and known.undated and not undated and known.as_of != resolved:
            # the standfirst's "6,700 have now come home", then the body's day it was reached
            old = (leg.sender, leg.receiver, leg.category, leg.amount, known.as_of)
            del self.tallies[old]
            known.as_of, known.covers, known.undated = resolved, covers, False
            self.tallies[key] = known
        if known is None:
            known = self.tallies[key] = _Total(leg, resolved, covers, {}, undated)
        elif known.draft.attributed is None and leg.attributed is not None:
            known.draft = leg
        known.sentences[index] = None
        self._note_tally(index, known)

    def _whole_year_said_on(self, index: int, leg: LegDraft) -> LegDraft:
        """Date a total over the whole of a year by that year, not by the day it was told.

        "In the whole of 2024, the headquarters said on Monday, 4,800 bodies came home":
        the day dates the saying; the figure sums the year, so it covers that year (and,
        the year closed, stands at its end) rather than the war up to Monday.
        """
        if len(leg.dates) != 1 or leg.since is not None:
            return leg
        start, end = self.spans[index]
        said = _SAID_ON_DAY.search(self.text.visible, start, end)
        if said is None or (said.group(1) or said.group(2)) != leg.dates[0]:
            return leg
        whole = re.search(
            _OVER_WHOLE + r"((?:19|20)\d\d)\b(?!\s*(?:and|or)\b)",
            self.text.visible[start:end],
            re.I,
        )
        return leg if whole is None else leg._replace(dates=(whole.group(1),), stated=False)

    def _lags_behind(self, index: int) -> bool:
        """Whether sentence ``index`` says its total does not yet count the latest returns.

        "3,000 had come home by the end of April, a figure that does not yet include May's
        swaps": the source's latest count, told as current when the text is, though it
        runs only to the date given.
        """
        start, end = self.spans[index]
        return _NOT_YET_COUNTED.search(self.text.visible, start, end) is not None

    def _figure_said_on(self, index: int) -> None:
        """Date the undated total told just before by the day "That figure, X said on Friday" gives.

        "2,598 have come home. That figure, the headquarters said on Friday, was reached
        after ...": the sentence names the total again and the day it was given, earlier
        than the text's own day; the total stands on that day.
        """
        if index == 0:
            return
        start, end = self.spans[index]
        said = _FIGURE_SAID_ON.match(self.text.visible, start, end)
        if said is None:
            return
        day = self._resolve_at(index, said.group(1))
        if not isinstance(day, Period) or day.precision is not Precision.DAY:
            return
        stated = self._default_day(index - 1)
        told = [
            t
            for t in self.tallies.values()
            if index - 1 in t.sentences and not t.draft.dates and t.as_of == stated
        ]
        if len(told) != 1 or not told[0].covers.start <= day.start < told[0].as_of.start:
            return
        tally = told[0]
        leg = tally.draft
        del self.tallies[(leg.sender, leg.receiver, leg.category, leg.amount, tally.as_of)]
        tally.as_of, tally.undated = day, False
        tally.covers = Period.between(tally.covers.start, day.end)
        self.tallies[(leg.sender, leg.receiver, leg.category, leg.amount, day)] = tally

    def _told_on_another_day(
        self, key: tuple[object, ...], undated: bool
    ) -> _Total[LegDraft] | None:
        """The same total read before on another day, when one of the two has no day of its own.

        A standfirst's "Kyiv says more than 6,700 have now come home" and the body's "the
        exchange brought the number to more than 6,700" are one figure told twice: the
        telling dated only by the publication is no second total beside the dated one.
        """
        head = key[:4]
        return next(
            (t for k, t in self.tallies.items() if (undated or t.undated) and k[:4] == head),
            None,
        )

    def _note_tally(self, index: int, tally: _Total[LegDraft]) -> None:
        """Keep ``tally`` as one of the totals read from the latest such sentence."""
        latest, tallies = self._last_tallies
        if index != latest:
            self._last_tallies = (index, [tally])
        elif tally not in tallies:
            tallies.append(tally)

    def _listed_span(self, index: int, texts: tuple[str, ...]) -> Period | None:
        """The span from the first to the last of the dates one total is told over.

        "In July, August and October, Russia received 31 bodies in all": one figure over
        listed months sums them all, so it covers July to October, not July alone. If
        any of them cannot be read, no span is given rather than a part of it.
        """
        periods = [self._resolve_at(index, text) for text in texts]
        if not all(isinstance(p, Period) for p in periods):
            return None
        spans = [p for p in periods if isinstance(p, Period)]
        start, end = min(p.start for p in spans), max(p.end for p in spans)
        if (start, end) == (spans[0].start, spans[0].end):
            return spans[0]  # "on 23 May and by the end of May": one span, as first told
        return Period.between(start, end)

    def _past_days_ending(self, index: int, day: Period) -> Period | None:
        """The days "over the past week" ("the last three days") sums, ending on ``day``.

        "Kyiv said on Monday that 900 bodies had been returned over the past week": the
        span runs back from the day the total is told, so it covers that week, not the war
        since 2022. Only for a total told on one day, and not with a "since" in the
        sentence, whose start is the span's.
        """
        if day.precision is not Precision.DAY:
            return None
        start, end = self.spans[index]
        found = _PAST_DAYS.search(self.text.visible, start, end)
        if found is None or _SINCE_WORD.search(self.text.visible, start, end) is not None:
            return None
        if found.group(3) is not None:
            # "over the past year": back to the day after the same date a year (month) before
            months = 12 if found.group(3).lower() == "year" else 1
            return Period.between(_months_back(day.end, months) + timedelta(days=1), day.end)
        if found.group(2) is not None:
            days = _DAYS_IN[found.group(2).lower()]
        else:
            try:
                count = Count.parse(found.group(1))
            except ValueError:
                return None
            if count.low != count.high or not 2 <= count.low <= _PAST_DAYS_MOST:
                return None
            days = count.low
        return Period.between(day.end - timedelta(days=days - 1), day.end)

    def _days_ending(self, index: int, day: Period) -> Period | None:
        """The days "over the three days" sums, ending on the day the total is told.

        "Over the three days 1,000 people came home each way", told in Sunday's entry of a
        live blog read newest first: the days were not told before it, so the total covers
        Friday to Sunday, not the war since 2022. Not "the three days of talks" (days of
        something else) nor a total "since" a start. Only for a total told on one day, a span
        of a few days (:data:`_STAGED_DAYS` at most), and no day of an exchange told before
        (days told that do not run are not the span's, and the rule above reads those
        that do).
        """
        if day.precision is not Precision.DAY:
            return None
        start, end = self.spans[index]
        found = _OVER_TOLD_DAYS.search(self.text.visible, start, end)
        if found is None or _SINCE_WORD.search(self.text.visible, start, end) is not None:
            return None  # "..., 5,000 in all since the war began": the war-long span stands
        try:
            count = Count.parse(found.group(1))
        except ValueError:
            return None
        if count.low != count.high or not 2 <= count.low <= _STAGED_DAYS:
            return None
        if self._day_told_before(index):
            return None  # days told before that are not the span's: which days is unknown
        return Period.between(day.end - timedelta(days=count.low - 1), day.end)

    def _day_told_before(self, index: int) -> bool:
        """Whether an exchange dated to a day was told in a sentence before ``index``.

        Once true it stays true for every later sentence (events only gain sentences, and a
        day's event is only ever redated to another day), so the first sentence it held for
        is kept and the events are scanned again only while none has been found.
        """
        if self._day_told_by is not None and self._day_told_by <= index:
            return True
        if any(
            event.period.precision is Precision.DAY and min(event.sentences, default=index) < index
            for event in self.events
        ):
            self._day_told_by = index
            return True
        return False

    def _over_told_days(self, index: int) -> Period | None:
        """The days a total "over the three days" sums, when the text told them before.

        "On Friday 390 came home, on Saturday 307, on Sunday 303. Over the three days
        each side released 1,000": the total stands on the last of those days, not on
        the day of the report, and covers them. Only as many days running as it counts,
        each a day the text dated an exchange to, are those days (a stage whose one
        side went unread still counts for the other's total).
        """
        start, end = self.spans[index]
        found = _OVER_TOLD_DAYS.search(self.text.visible, start, end)
        if found is None:
            return None
        try:
            count = Count.parse(found.group(1))
        except ValueError:
            return None
        days = sorted(
            {
                event.period
                for event in self.events
                if event.period.precision is Precision.DAY
                and min(event.sentences, default=index) < index
            },
            key=lambda period: period.start,
        )
        if count.low != count.high or not 2 <= count.low <= len(days):
            return None
        told = days[-count.low :]
        if (told[-1].start - told[0].start).days != count.low - 1:
            return None  # not days running: some other days, or one told apart
        return Period.between(told[0].start, told[-1].end)

    def _summed_exchanges(self, index: int, leg: LegDraft) -> Period | None:
        """The days of the exchanges told just before whose figures an undated total adds up.

        "On Tuesday 10 civilians came home ...; on Friday 146 soldiers were freed.
        Taken together, 156 had come home": a total that is exactly the sum of the
        last two to :data:`_STAGE_DAYS` exchanges told to its receiver (each one's
        largest figure that way) stands on the last of their days and covers them.
        """
        start, end = self.spans[index]
        if _OVER_TOLD_DAYS.search(self.text.visible, start, end) is not None:
            return None  # "over the two days" counts the days told, or nothing
        if not leg.amount.is_exact or "+" in leg.receiver:
            return None
        told = [
            event
            for event in self._events_of.get(_group(leg.category), ())
            if event.period.precision is Precision.DAY
            and max(event.sentences, default=index) < index
        ]
        added, summed = 0, []
        for event in sorted(told, key=lambda e: e.first, reverse=True)[:_STAGE_DAYS]:
            figures = [
                moved.count.low
                for moved in event.legs
                if moved.receiver == leg.receiver and moved.count.is_exact
            ]
            if not figures:
                return None  # an exchange that moved none its way: not a run of its figures
            added += max(figures)
            summed.append(event.period)
            if added >= leg.amount.low:
                break
        if len(summed) < 2 or added != leg.amount.low:
            return None
        return Period.between(min(p.start for p in summed), max(p.end for p in summed))

    def _year_just_begun(
        self, index: int, leg: LegDraft, resolved: Period, stated: Period | None
    ) -> bool:
        """Whether a total read as over "this year" is told in January without saying so.

        "Ukraine got back 2,000 prisoners over the year", told on 5 January, means the
        year just ended (or cannot be said): a span of the five days of the new year would
        be silently wrong, so no total is read. "this year" written out keeps its year.
        """
        if leg.dates != ("this year",) or stated is None or stated.end.month != 1:
            return False
        if resolved.precision is not Precision.YEAR or resolved.start.year != stated.end.year:
            return False
        start, end = self.spans[index]
        return _THIS_YEAR.search(self.text.visible[start:end]) is None

    def _closed_month_series(
        self, index: int, leg: LegDraft, month: Period, stated: Period
    ) -> bool:
        """Whether a total sums an uncounted series of handovers in a month now closed.

        "In June, in several stages, Russia handed over 6,000 bodies": the stages all fell in
        June, so the total stood as of that month, not the day it was retold; so did the sum
        of one exchange told as lasting several days ("the three-day swap in May"). Not a bare
        "in June alone, 6,000 came home" (a span a total stated now may cover), nor one the
        speaker "has said" or "says" (told as it stands now).
        """
        if month.precision is not Precision.MONTH or month.end >= stated.start:
            return False
        if leg.several_days:
            return True  # "the three-day swap in May": one exchange, over when May was
        start, end = self.spans[index]
        visible = self.text.visible
        return (
            _UNCOUNTED_SERIES.search(visible, start, end) is not None
            and _SAID_NOW.search(visible, start, end) is None
        )

    def _first_months(self, index: int) -> bool:
        """Whether sentence ``index`` counts over a year's first months ("the first nine
        months of 2025"), which its date mention names by the last of them."""
        start, end = self.spans[index]
        return _FIRST_MONTHS.search(self.text.visible, start, end) is not None

    def _reached_in(self, index: int, when: str) -> bool:
        """Whether sentence ``index`` tells its total rising to its figure in ``when``.

        "The number freed since 2022 rose to 1,450 in June": the month is when the total
        stood at that figure, so it is as of that month, not of the day it was retold.
        """
        start, end = self.spans[index]
        pattern = _REACHED_IN + re.escape(when) + r"\b"
        return re.search(pattern, self.text.visible[start:end], re.I) is not None

    def _counted_before(self, index: int, when: str) -> bool:
        """Whether sentence ``index`` counts up to ``when``: "before this month", "and
        before June"; the month is where the span ends, not the one it covers."""
        start, end = self.spans[index]
        pattern = r"\bbefore\s+" + re.escape(when) + r"\b"
        return re.search(pattern, self.text.visible[start:end], re.I) is not None

    def _over_whole(self, index: int, when: str) -> bool:
        """Whether sentence ``index`` counts over the whole of ``when``: "during 2024",
        "over the whole of 2024", "between June 11 and the end of August". A bare "in 2024"
        or "in June alone" may be the span of a total stated at the report, so only these
        words date it to the span's end ("in the whole of 2023 and 2024" does not end in 2023)."""
        start, end = self.spans[index]
        found = re.search(
            _OVER_WHOLE + re.escape(when) + r"\b(?!\s*(?:and|or)\b)",
            self.text.visible[start:end],
            re.I,
        )
        return found is not None

    def _between_close(self, index: int, when: str) -> Period | None:
        """The last date of a "between X and Y" span ``when`` reads ("X to Y"), as told.

        "between December and March" closes in March: the total stands as of that
        month, not the day the text was published; one a speaker "has said" or "says"
        is told as it stands now.
        """
        first, sep, last = when.partition(" to ")
        sentence = self.text.visible[slice(*self.spans[index])]
        if not sep or not re.search(
            r"\bbetween\s+" + re.escape(first) + r"\s+and\s+" + re.escape(last) + r"\b",
            sentence,
            re.I,
        ):
            return None
        if _SAID_NOW.search(sentence):
            return None
        closing = self._resolve_at(index, last)
        if not isinstance(closing, Period):
            return None
        return Period.day(closing.end) if last.lower().startswith("the end of") else closing

    def _in_year(self, index: int, when: str) -> bool:
        """Whether sentence ``index`` tells of "in 2024" in the past (a calendar year the total
        covers), not "since 2024", "the 2024 exchanges" or "in 2022 and 2023" (the span runs
        on), nor "said 2,000 had come home in 2024" (a count as it stood when told)."""
        start, end = self.spans[index]
        if _PAST_PERFECT.search(self.text.visible, start, end) is not None:
            return False
        found = re.search(
            r"\bin\s+" + re.escape(when) + r"\b(?!\s*(?:and|or|to|through|until|[-–—]))",
            self.text.visible[start:end],
            re.I,
        )
        return found is not None

    def _said_when(self, index: int, when: str) -> bool:
        """Whether ``when`` stands between a verb of saying and its "that" in sentence
        ``index``, or opens the sentence before them: "said at the end of December that
        ...", "In September the minister told reporters that ...", the time the total
        was told."""
        start, end = self.spans[index]
        opening = _WHEN_SAID.match(self.text.visible, start, end)
        if opening is not None and when.lower().startswith(opening.group(1).lower()):
            return True  # "In September an official told families that ..."
        found = _SAID_WHEN.search(self.text.visible, start, end)
        while found is not None:
            if when.lower().startswith(found.group(1).lower()):  # "November (2024)"
                return True
            found = _SAID_WHEN.search(self.text.visible, found.end(), end)
        return False

    def _latest_one_on(self, index: int, day: str) -> bool:
        """Whether ``day`` is the latest exchange's in an aside after a present perfect total.

        "6,140 have been returned since 2022, the most recent of them on 15 May": the
        date is the last exchange counted, and the total, told in the present, stands
        when told; "3,000 had been freed by then, the latest on 8 February" stands then.
        """
        start, end = self.spans[index]
        pattern = re.compile(_LATEST_ONE_ON.format(re.escape(day)), re.IGNORECASE)
        return pattern.search(self.text.visible, start, end) is not None

    def _before_days_exchange(self, index: int, day: str) -> bool:
        """Whether the sentence sums up to the exchange of ``day``: "before today's swap".

        "Before today's exchange, 6,095 had been freed" counts every homecoming until the
        day before that exchange, so the total stands as of that earlier day.
        """
        start, end = self.spans[index]
        if _BEFORE.search(self.text.visible, start, end) is None:
            return False
        pattern = _BEFORE_DAYS_EXCHANGE.format(re.escape(day), "|".join(sorted(ONE_HANDOVER_NOUNS)))
        return re.compile(pattern, re.IGNORECASE).search(self.text.visible, start, end) is not None

    def _same_period(self, index: int) -> Period | None:
        """The date of the figure told just before, for a total "over the same period".

        "Kyiv's tally stood at 6,057 by Monday. Russia received 78 over the same
        period": the period is the one the sentence before gave its figure for, not
        the day the report came out. Only a total, or an exchange dated no closer than
        a month, of the sentence right before counts, and only for a figure told in
        the past.
        """
        start, end = self.spans[index]
        if index == 0 or _SAME_PERIOD.search(self.text.visible, start, end) is None:
            return None
        if _NOW_TOLD.search(self.text.visible, start, end) is not None:
            return None  # "says 3,500 have come back over the same period": current now
        before = index - 1
        told = [t.as_of for t in self.tallies.values() if before in t.sentences]
        # an exchange's day may be only its first stage's; its month is the period
        told += [
            e.period
            for e in self.events
            if before in e.sentences and e.period.precision is not Precision.DAY
        ]
        return told[-1] if len(set(told)) == 1 else None

    def _same_teller_goes_on(self, index: int) -> Period | None:
        """The day the sentence before says its speaker spoke, when this one goes on with it.

        "The commissioner said on Thursday that 18 children had come home. The commissioner
        thanked Qatar and said 2,300 had been returned since 2022": the same speaker, named
        again with a past verb of saying and no date of the sentence's own, goes on with the
        statement of that day, not the day of the report. Only a day before the story's.
        """
        if index == 0:
            return None
        start, end = self.spans[index]
        visible = self.text.visible
        goes_on = _NOUN_GOES_ON_SAYING.match(visible, start, end)
        if goes_on is None:
            return None
        before_start, before_end = self.spans[index - 1]
        said = _SAID_ON_DAY.search(visible, before_start, before_end)
        if said is None:
            return None
        # the speaker named again is in the subject of that "said"
        subject = re.findall(r"[a-z]+", visible[before_start : said.start()].lower())
        if goes_on.group(1) not in subject:
            return None
        day = self._resolve_at(index - 1, said.group(1) or said.group(2))
        stated = self._default_day(index)
        if not isinstance(day, Period) or day.precision is not Precision.DAY or stated is None:
            return None
        return day if day.end < stated.start else None

    def _that_days_exchange(self, index: int) -> Period | None:
        """The one day the sentence before names, for a total counted "with that day's exchange".

        "The number went up on the screen on Saturday evening. With that day's exchange, the
        headquarters said, 7,000 had come home": "that day" points back to the day just
        told, on which the total stood, whether or not the text told the exchange itself.
        """
        if index == 0:
            return None
        start, end = self.spans[index]
        if _WITH_THAT_DAYS.search(self.text.visible, start, end) is None:
            return None
        before_start, before_end = self.spans[index - 1]
        named = {
            m.group(1) for m in _ON_A_DAY.finditer(self.text.visible, before_start, before_end)
        }
        if len(named) != 1:
            return None  # no day, or more than one that "that day" could be
        day = self._resolve_at(index - 1, named.pop())
        stated = self._default_day(index)
        if not isinstance(day, Period) or day.precision is not Precision.DAY or stated is None:
            return None
        return day if day.end <= stated.end else None

    def _latest_told(self, index: int, event: _Event, stated: Period) -> _Event:
        """The newest exchange of ``event``'s group when the sentence opens "The latest swap".

        "... on Thursday. A month earlier, on March 12, ... The latest handover took the
        number past 15,000": the exchange told last looked back; the latest one is the one
        of the latest day before the telling.
        """
        start, end = self.spans[index]
        if _LATEST_EXCHANGE_OPENS.match(self.text.visible, start, end) is None:
            return event
        days = [
            e
            for e in self.events
            if e.group == event.group
            and e.period.precision is Precision.DAY
            and e.period.start < stated.start
        ]
        return max(days, key=lambda e: e.period.start) if days else event

    def _raised_by_exchange(self, index: int, leg: LegDraft) -> Period | None:
        """The day of the exchange an undated total says that exchange raised it to.

        "The exchange brought the number freed to 1,762", told on Sunday of
        Saturday's swap, is the total as of Saturday. Only an exchange the text
        dated to a day before the story's, in an earlier sentence, moving people
        the total's way, counts. A total a speaker "said had now topped 5,900", next to a
        sentence of that exchange, stands as of it too: "now" is when it was said.
        """
        # The exchange is looked for before the sentence's words: most totals have none
        # that could have raised them, and it costs less than the searches below.
        event = self._current.get(_group(leg.category))
        stated = self._default_day(index)
        if event is not None and stated is not None:
            event = self._latest_told(index, event, stated)
        if index > 0 and stated is not None:
            went_on = self._says_on_after_total(index, leg, stated)
            if went_on is not None:
                return went_on
        if stated is not None:
            named = self._named_day_raised(index, leg, stated)
            if named is not None:
                return named
        if event is None or stated is None:
            return None
        if event.period.precision is not Precision.DAY:
            return self._ranked_past_look_back(index, leg, event, stated)
        if event.period.start >= stated.start or index in event.sentences:
            # "The exchange followed one on Feb. 5, ..., and it brought the number to":
            # an exchange told in the same sentence is not the one that raised it
            return None
        # a two-way total ("RUS+UKR") is raised by an exchange moving people to either side
        if not any(moved.receiver in leg.receiver.split("+") for moved in event.legs):
            return None
        start, end = self.spans[index]
        if _RAISED_BY_EARLIER.search(self.text.visible, start, end) is not None:
            return None
        counted_here = self._counted_here(index, event, stated)
        if counted_here is not None:
            return counted_here
        raised = (
            _RAISED_BY_EXCHANGE.search(self.text.visible, start, end) is not None
            or _COUNTING_OPENER.match(self.text.visible, start, end) is not None
        ) and _SAYS_WAS_RANKED_NOW.search(self.text.visible, start, end) is None
        ranked = index > 0 and self._ranked_before(index)
        added = any(
            pattern.search(self.text.visible, start, end) is not None
            for pattern in (_ADDED, _HAD_NOW)
        )
        if not raised and not ranked and not added:
            return None
        if _OVER_TOLD_DAYS.search(self.text.visible, start, end) is not None:
            return None  # "that brings the total over the two days to": more than one exchange's
        if _POINTS_BACK.match(self.text.visible, start, end) is not None and any(
            index - 1 in e.sentences and e is not event and e.group == _group(leg.category)
            for e in self.events
        ):
            # "The exchange came after the Easter swap, in which 130 were returned. That
            # brought the number to 2,235": "that" may be either exchange, so neither dates it
            return None
        if ranked and min(event.sentences) == index - 1:
            before_start, before_end = self.spans[index - 1]
            if _RANKED_SINCE.search(self.text.visible, before_start, before_end) is not None:
                return None  # the last exchange told is the one the rank counts from
        if not raised and not ranked and index - 1 not in event.sentences:
            return None  # "it added" goes on with the statement of the sentence just before
        if not raised and not ranked:
            # "The previous exchange, on Feb. 5, ...": a look back is not the statement's "now"
            return self._looked_back_from(event, stated) or event.period
        return self._day_of_exchange_counted(index, event.group) or event.period

    def _ranked_past_look_back(
        self, index: int, leg: LegDraft, recalled: _Event, stated: Period
    ) -> Period | None:
        """The story's exchange a total's sentence ranks, past an older one told without a day.

        "The swap was the first since August, when 22 were freed. ... The mediator said it
        was its tenth mediation and that 1,558 had been released through it": a look back
        to a month is not what "it" ranks; the exchange the text dated to the day before the
        story's is, when it moved people the total's way.
        """
        if index in recalled.sentences:
            return None
        days = [
            e
            for e in self._events_of.get(recalled.group, ())
            if e.period.precision is Precision.DAY
        ]
        if not days:
            return None
        latest = max(days, key=lambda e: e.period.start)
        if latest.period.end + timedelta(days=1) != stated.start:
            return None  # past a look back, only a story of the next day is surely of "it"
        receivers = leg.receiver.split("+")
        if index in latest.sentences or not any(m.receiver in receivers for m in latest.legs):
            return None
        start, end = self.spans[index]
        if _RAISED_BY_EARLIER.search(self.text.visible, start, end) is not None:
            return None
        return self._counted_here(index, latest, stated)

    def _named_day_raised(self, index: int, leg: LegDraft, stated: Period) -> Period | None:
        """The day of "Wednesday's exchange" when the total's sentence ranks or says it raised it.

        "The office said Wednesday's exchange was the 49th, and that it brought the number
        to 2,828": the sentence names the exchange by its day, so the total stands on that
        day even when the story told an older exchange after it. Only a day before the
        story's, on which the text told an exchange moving people the total's way.
        """
        start, end = self.spans[index]
        named = _DAYS_EXCHANGE.search(self.text.visible, start, end)
        if named is None:
            return None
        text = self.text.visible
        if (
            _RANKED_HERE.search(text, start, end) is None
            and _RAISED_BY_EXCHANGE.search(text, start, end) is None
        ) or _RAISED_BY_EARLIER.search(text, start, end) is not None:
            return None
        day = self._resolve_at(index, named.group(1))
        if not isinstance(day, Period) or day.precision is not Precision.DAY:
            return None
        if day.start >= stated.start:
            return None
        receivers = leg.receiver.split("+")
        for event in self._events_of.get(_group(leg.category), ()):
            if event.period == day and any(moved.receiver in receivers for moved in event.legs):
                return day
        return None

    def _counted_here(self, index: int, event: _Event, stated: Period) -> Period | None:
        """The day of the exchange the total's own sentence ranks or says it counts.

        "calls this the 67th exchange and says 5,857 have come home", "With this exchange,
        the number has passed 5,900": "this" is the latest exchange the text dated in the
        week before the story's day, even when an older one was recalled after it. "With
        this group, the number has reached 139" tells what the exchange brought the total
        to, so it stands on the exchange's day however late it is told; a total "including
        this exchange" is only counted as of now, the exchange's in a story of the next day
        alone. An exchange of the story's own day leaves the total the story's, and so
        does a rank told in the past by a speaker in the present, with a total "now"
        reached ("says this was the 72nd exchange and that 6,410 have now come home").
        """
        start, end = self.spans[index]
        ranked = (
            _RANKED_HERE.search(self.text.visible, start, end) is not None
            and _SAYS_WAS_RANKED_NOW.search(self.text.visible, start, end) is None
        )
        counts = None if ranked else _COUNTS_THIS_EXCHANGE.search(self.text.visible, start, end)
        if not ranked and counts is None:
            return None
        told = [
            e.period
            for e in self.events
            if e.group == event.group and e.period.precision is Precision.DAY
        ]
        if any(period.start >= stated.start for period in told):
            return None
        latest = max(told, key=lambda period: period.start)
        if (
            counts is not None
            and not counts.group().lower().startswith("with")
            and latest.end + timedelta(days=1) != stated.start
        ):
            return None
        if latest.end + _THIS_WEEK < stated.start:
            return None  # an exchange weeks back is a look back, not the story's "this"
        return latest

    def _day_of_exchange_counted(self, index: int, group: str) -> Period | None:
        """The day "With Thursday's handover, ..." names for the exchange a total counts.

        The exchange told last may be one the story looked back to ("followed one on
        Oct. 23"); the day the sentence gives the exchange it counts is the total's own,
        when the text told an exchange of that day.
        """
        start, end = self.spans[index]
        named = _WITH_DAYS_EXCHANGE.search(self.text.visible, start, end)
        if named is None:
            return None
        day = self._resolve_at(index, named.group(1))
        if isinstance(day, Period) and any(e.period == day for e in self._events_of.get(group, ())):
            return day
        return None

    def _raised_by_staged_total(self, index: int, leg: LegDraft) -> Period | None:
        """The last day of the staged exchange just told that an undated total says raised it.

        "The two sides swapped 1,000 each between 23 and 25 May. Kyiv said that operation
        had brought the number freed to 5,000": the exchange of the sentence before was
        read as a total over its few days, not as one exchange, but it is still the one
        that raised the figure, which so stands as of its last day. Only a total of the
        sentence just before, over :data:`_STAGED_DAYS` days at most, dated on its last
        day, before the story's, moving people the new total's way.
        """
        sentence, tallies = self._last_tallies
        stated = self._default_day(index)
        if sentence != index - 1 or stated is None:
            return None
        start, end = self.spans[index]
        if _RAISED_BY_STAGES.search(self.text.visible, start, end) is None:
            return None
        days = {
            tally.as_of
            for tally in tallies
            if tally.covers.precision is Precision.RANGE
            and tally.covers.days <= _STAGED_DAYS
            and tally.as_of == Period.day(tally.covers.end)
            and tally.as_of.end < stated.start
            and tally.draft.receiver in leg.receiver.split("+")
        }
        return days.pop() if len(days) == 1 else None

    def _looked_back_from(self, event: _Event, stated: Period) -> Period | None:
        """The day of the exchange the text told first and dated after ``event``, a look back.

        "On Wednesday 175 came home. ... The previous exchange, on Feb. 5, saw 150 freed.
        Kyiv said the number released had now passed 4,400": the "now" of the statement is
        the story's exchange (Wednesday), not the earlier one recalled just before it.
        """
        later = [
            other.period
            for other in self._events_of.get(event.group, ())
            if other.period.precision is Precision.DAY
            and event.period.end < other.period.start <= stated.end
            and other.first < event.first
        ]
        return max(later, key=lambda period: period.start, default=None)

    def _ranked_before(self, index: int) -> bool:
        """Whether the sentence goes on with a statement that ranked the exchange just told,
        or told a total it raised.

        "Wednesday's exchange was the 63rd since the invasion, Lubinets said. He said the
        total returned had reached 4,306": the total he goes on to give is as of that
        exchange, as the rank is; so is one that sums the statement up ("In total, ...")
        or goes on with it in an aside ("With it, it said, ...").
        """
        start, end = self.spans[index]
        visible = self.text.visible
        if (
            _GOES_ON_SAYING.match(visible, start, end) is None
            and _SUMS_UP.match(visible, start, end) is None
            and _PRONOUN_SAID_ASIDE.match(visible, start, end) is None
            and _PRONOUN_SAID_LAST.search(visible[start:end]) is None
        ):
            return False
        # "Friday's handover brings the number to 3,500 ... the total stands at 6,000, it
        # said": a total the exchange raised, told just before, dates the statement too
        return self._ranks_or_raises(index - 1)

    def _ranks_or_raises(self, index: int) -> bool:
        """Whether sentence ``index`` ranks an exchange or tells a total an exchange raised."""
        start, end = self.spans[index]
        return any(
            pattern.search(self.text.visible, start, end) is not None
            for pattern in (_RANKED_EXCHANGE, _RAISED_BY_EXCHANGE)
        )

    def _says_on_after_total(self, index: int, leg: LegDraft, stated: Period) -> Period | None:
        """The day of the total just before that an "it said" aside goes on from.

        "Monday's exchange brought the number freed to 3,956. In 2024 alone, it said, 1,358
        came home": the speaker's next total is told as of the same exchange, the day the
        total just before stood on, when an exchange raised or ranked it.
        """
        start, end = self.spans[index]
        if _PRONOUN_SAID_ASIDE.match(self.text.visible, start, end) is None:
            return None
        if not self._ranks_or_raises(index - 1):
            return None
        days = {
            t.as_of
            for t in self.tallies.values()
            if index - 1 in t.sentences
            and t.draft.receiver == leg.receiver
            and t.as_of.precision is Precision.DAY
            and t.as_of.end < stated.start
        }
        return days.pop() if len(days) == 1 else None

    def _stage_sum(self, leg: _Leg, days: Period, as_of: Period | None = None) -> _Total[LegDraft]:
        """A figure that adds up the stages of ``days`` as the running total over them,
        as of their last day unless ``as_of`` says otherwise."""
        draft = LegDraft(
            sentence=min(leg.sentences),
            sender=leg.sender,
            receiver=leg.receiver,
            category=leg.category,
            amount=leg.count,
            attributed=leg.attributed,
            accord=leg.accord,
            dates=(),
            series=True,
            note=None,
            tally=True,
        )
        return _Total(draft, as_of or Period.day(days.end), days, dict(leg.sentences))

    def _day_ranked(self, rank: _Total[RankDraft]) -> Period:
        """The day a number of exchanges stands on: that of the latest exchange it counts.

        "Thursday's swap was the 69th", told on Friday: the count was reached on Thursday,
        the day of the latest exchange of its kind the text dates in the week before it
        was told; with none, the day it was told.
        """
        stated = rank.as_of
        told = [
            e.period
            for e in self._events_of.get(_group(rank.draft.category), ())
            if e.period.precision is Precision.DAY and e.period.start <= stated.start
        ]
        if not told:
            return stated
        latest = max(told, key=lambda period: period.start)
        if latest.end + _THIS_WEEK < stated.start or latest.start < rank.covers.start:
            return stated
        return latest

    def _ranks_left_alone(self) -> list[_Total[RankDraft]]:
        """The totals told only as a number of exchanges that no total of people takes up.

        "The 49th exchange, bringing the number home to 2,828" is one total with both. So
        is a rank told a sentence or two from a total of people to the same side that gives
        no number of exchanges ("the 74th exchange ... With it, 7,544 have come home"):
        the number is joined to that total rather than recorded apart.
        """
        counted = {t.draft.exchange_count for t in self.tallies.values()}
        left: list[_Total[RankDraft]] = []
        for rank in self._rank_totals.values():
            drawn = rank.draft
            if drawn.exchanges in counted:
                continue
            near = [
                t
                for t in self.tallies.values()
                if t.draft.exchange_count is None
                and t.draft.receiver == drawn.receiver
                and any(abs(i - j) <= _RANK_JOIN_REACH for i in t.sentences for j in rank.sentences)
            ]
            if len(near) == 1:
                near[0].draft = near[0].draft._replace(exchange_count=drawn.exchanges)
                counted.add(drawn.exchanges)
            else:
                left.append(rank)
        return left

    def stated_tallies(self) -> Iterator[ExchangeTally]:
        """The running totals the text states, each once, with every sentence that states it.

        A figure that only sums the daily stages told one by one ("Over three days, 1,000
        came home" after 390, 307 and 303) is the total over those days, unless the text
        states that total as one already.
        """
        ranks = self._ranks_left_alone()
        stated = {(t.draft.sender, t.draft.receiver, t.draft.amount) for t in self.tallies.values()}
        summed = [
            t
            for t in self._stage_sums
            if (t.draft.sender, t.draft.receiver, t.draft.amount) not in stated
        ]
        for tally in [*self.tallies.values(), *summed]:
            leg = tally.draft
            record = self._tally_record(
                tally, leg.amount, tally.covers, tally.as_of, leg.exchange_count
            )
            if record is not None:
                yield record
        for rank in ranks:
            as_of = self._day_ranked(rank)
            covers = Period.between(rank.covers.start, as_of.end)
            record = self._tally_record(rank, None, covers, as_of, rank.draft.exchanges)
            if record is not None:
                yield record

    def _tally_record(
        self,
        total: _Total[LegDraft] | _Total[RankDraft],
        count: Count | None,
        covers: Period,
        as_of: Period,
        exchanges: Count | None,
    ) -> ExchangeTally | None:
        """The record of ``total``, or None (noted as invalid) when it does not validate."""
        drawn = total.draft
        claimant = self.publisher if drawn.attributed is None else self._source_of(drawn.attributed)
        try:
            return ExchangeTally(
                receiver=self._party(drawn.receiver),
                # a two-way total ("3,233 captives from both sides") names no sender
                sender=self._party(drawn.sender) if drawn.sender else None,
                category=drawn.category,
                count=count,
                covers=covers,
                as_of=as_of,
                claimant=claimant,
                exchange_count=exchanges,
                relayed_by=() if drawn.attributed is None else (self.publisher,),
                quotes=[self.quote(i) for i in sorted(total.sentences)],
            )
        except RecordValidationError as exc:
            self._invalid(min(total.sentences), exc)
            return None

    def _touch(self, claim: _Claim) -> None:
        """Keep ``claim`` among the recent ones that a caveat sentence may qualify."""
        if claim not in self._recent:
            self._recent.append(claim)
        horizon = claim.last - _CAVEAT_REACH
        self._recent = [c for c in self._recent[-_SAME_FIGURE_REACH:] if c.last >= horizon]

    def _same_claim(self, claim: _Claim, draft: ClaimDraft, as_of: Period, explicit: bool) -> bool:
        old = claim.draft
        if (old.subject, old.category, old.amount, old.population) != (
            draft.subject,
            draft.category,
            draft.amount,
            draft.population,
        ):
            return False
        if claim.explicit and explicit and claim.as_of != as_of:
            return False
        a, b = old.claimant, draft.claimant
        if a == b or PUBLISHER in (a, b):
            return True
        # "Kyiv says" in a headline and "the General Staff said" in the text: one claim.
        generic = {Role.GOVERNMENT}
        return (
            a.party == b.party and a.party is not None and (a.role in generic or b.role in generic)
        )

    def _join_claim(
        self, claim: _Claim, index: int, draft: ClaimDraft, as_of: Period, explicit: bool
    ) -> None:
        old = claim.draft
        claimant = old.claimant
        if claimant is PUBLISHER or (
            claimant.role is Role.GOVERNMENT and draft.claimant is not PUBLISHER
        ):
            claimant = draft.claimant
        method = draft.method if claimant is draft.claimant else old.method
        claim.draft = old._replace(claimant=claimant, method=method)
        if explicit and not claim.explicit:
            claim.as_of, claim.explicit = as_of, True
        for caveat in draft.caveats:
            claim.caveats[caveat] = None
        claim.sentences[index] = None

    def _attach_caveat(self, index: int, caveat: str) -> None:
        recent = [c for c in self._recent if c.last >= index - _CAVEAT_REACH]
        if not recent:
            return
        latest = max(recent, key=lambda c: c.last)
        every = _EVERY_FIGURE.search(caveat) is not None  # "both numbers are likely too low"
        for claim in recent:
            if every or claim.draft.claimant == latest.draft.claimant:
                claim.caveats[caveat] = None
                claim.sentences[index] = None

    # -- records ------------------------------------------------------------------------

    def _party(self, code: str) -> Party:
        """The party of ``code``; a joint code ("RUS+UKR") gives the joint party of its members."""
        if "+" in code:
            return Party.joint(*(self.registry.lookup(c) for c in code.split("+")))
        return self.registry.lookup(code)

    def _source_of(self, entry: SourceEntry) -> Source:
        if entry is PUBLISHER:
            return self.publisher
        party = self.registry.get(entry.party) if entry.party is not None else None
        return Source(entry.name, entry.kind, party)

    def _date_undated(self) -> None:
        """Give the exchanges the text never dates its dateline's date or the publication's.

        Nothing is dropped for want of a date: an undated exchange is put on the
        dateline in force where it is told; else, as news reports the day's
        events, on the publication date; but when its sentence says the date is
        not known ("without saying when"), in the :data:`UNDATED_WINDOW_DAYS`
        days up to the publication date. Its notes say which. Only with neither a
        dateline nor a publication date is it left out, with an error.
        """
        for group, pending in self._pending.items():
            # One exchange's legs share one choice: any sentence saying the date is unknown.
            unknown = any(_DATE_UNKNOWN.search(self.quote(i).text) for i, _ in pending)
            # "Over three days, Russia handed back 900": days told, none of them named
            unnamed = any(leg.days_unnamed for _, leg in pending)
            for index, leg in pending:
                period = self._dateline_of(index)
                bound = self._bound_day(leg)
                if bound is not None and (period or self._published_day()).end >= bound:
                    # "swapped 80 each before 20 October", told on or after that day
                    start = bound - min(timedelta(days=UNDATED_WINDOW_DAYS), bound - date.min)
                    period = Period.between(start, bound - timedelta(days=1))
                    note = (
                        "the text says only that this exchange came before "
                        f"{bound.isoformat()}; it is placed in the {UNDATED_WINDOW_DAYS} days "
                        "up to the day before"
                    )
                elif period is not None:
                    note = (
                        "the text does not date this exchange; it is given the date of the "
                        f"article's dateline, {period.format()}"
                    )
                elif self.published is not None and not unknown and not unnamed:
                    period = Period.day(self.published)
                    note = (
                        "the text does not date this exchange; it is reported as news, so it "
                        f"is given the publication date, {self.published.isoformat()}"
                    )
                elif self.published is not None:
                    # no earlier than the first day a date can name (a fuzzer's 0001-01-01)
                    room = self.published - date.min
                    start = self.published - min(timedelta(days=UNDATED_WINDOW_DAYS - 1), room)
                    period = Period.between(start, self.published)
                    told = "says its date is not known" if unknown else "names none of its days"
                    note = (
                        f"the text does not date this exchange and {told}; it is placed in "
                        f"the {UNDATED_WINDOW_DAYS} days up to the publication date, "
                        f"{self.published.isoformat()}"
                    )
                else:
                    self._undated(index, leg)
                    continue
                event = self._by_key.get((group, period))
                if event is None:
                    event = _Event(group, period, index)
                    self._by_key[(group, period)] = event
                    self._keep_event(event)
                self._merge(event, index, leg)
                event.notes[note] = None
        self._pending.clear()

    def _published_day(self) -> Period:
        """The publication day as a period (the last day a date can name without one)."""
        return Period.day(self.published or date.max)

    def _past_bound(self, leg: LegDraft, period: Period) -> bool:
        """Whether ``period`` ends on or after the day ``leg``'s exchange came before."""
        bound = self._bound_day(leg)
        return bound is not None and period.end >= bound

    def _bound_day(self, leg: LegDraft) -> date | None:
        """The day ``leg``'s exchange is told to have come before, where it is certain.

        A yearless "before 28 October" told on 23 October may name the coming one
        (the swap ahead of a holiday), which leaves the publication day open: no bound.
        """
        resolved = None if leg.before is None else self._resolve(leg.before)
        if not isinstance(resolved, Period) or resolved.start == date.min:
            return None
        if self.published is not None and not _HAS_YEAR.search(leg.before or ""):
            ahead = _year_on(resolved.start)
            if ahead is None or self.published < ahead <= self.published + _UPCOMING_BOUND:
                return None
        return resolved.start

    def _withdrawn_leg(self, leg: _Leg, period: Period) -> bool:
        """Whether a correction notice withdrew this leg's figure for the day it went out.

        "Correction: an earlier entry said 310 were returned. The right figure is 307.":
        the notice names no day, so it sets right the report's own news, an exchange
        of the day of publication; one of that size on another day is another's.
        """
        return (
            self.published is not None
            and period.start == period.end == self.published
            and not {(leg.receiver, leg.count), ("", leg.count)}.isdisjoint(self._withdrawn)
        )

    def _tally_told_loosely(self, leg: _Leg, period: Period) -> bool:
        """Whether ``leg`` is a total read as a tally told again, less precisely.

        "In mid-June, over several days, Russia handed over 6,057 bodies" is June's total;
        "the mass repatriation in June, when more than 6,000 bodies came back" is that
        total again, rounded, within the span it covers: no handover of its own.
        """
        if leg.count.is_exact:
            return False  # most legs: an exact figure is its own, whatever tally matches
        return any(
            (t.draft.sender, t.draft.receiver, t.draft.category)
            == (leg.sender, leg.receiver, leg.category)
            and t.draft.amount.is_exact
            and _within(t.draft.amount, leg.count)
            and t.covers.start <= period.start
            and period.end <= t.covers.end
            # a month's total or less: a war-long one ("3,767 since 2022") is no figure a
            # loose "more than 3,000" in June could be telling again
            and t.covers.days <= _TOLD_AGAIN_DAYS
            for t in self.tallies.values()
        )

    def exchanges(self) -> Iterator[Exchange]:
        """Every exchange, in the order the text first tells it."""
        self._date_undated()
        self._left_two_way()
        stages = _stage_totals(self.events)
        for event in sorted(self.events, key=lambda e: e.first):
            sums = [leg for leg in event.legs if leg in self._sums_of_parts and leg not in stages]
            for leg in sums:
                span = self._sums_of_parts[leg]
                end = span.end if self.published is None else min(span.end, self.published)
                self._stage_sums.append(self._stage_sum(leg, span, Period.day(end)))
            self._stage_sums.extend(
                self._stage_sum(leg, stages[leg])
                for leg in event.legs
                if leg in stages
                and _told_by_stages_end(event.period, stages[leg])
                # a live blog's later entries: a total after the publisher's day is none of its
                and (self.published is None or stages[leg].end <= self.published)
            )
            self._parts_for_their_sum(event)
            told = [leg for leg in event.legs if not self._headline_kind(leg, event.legs)]
            kept = _drop_totals(
                _drop_guesses(told),
                self._first_person,
                self._says_mix,
                self._told_at,
                self._confirmed,
            )
            retold = _retold_kinds(kept, self._says_mix, self._told_at)
            wholes = self._drop_parts([leg for leg in kept if leg not in retold], event.notes)
            # a whole's dropped parts still say what kind of exchange it was
            parts = [leg for leg in kept if leg not in wholes]
            legs = [
                leg
                for leg in wholes
                if leg not in stages
                and leg not in sums
                and not self._withdrawn_leg(leg, event.period)
                and not self._tally_told_loosely(leg, event.period)
                and not self._headline_superseded(leg, event.legs)
                and not self._headline_tallied(leg)
                and not self._headline_misread(leg, event.legs)
                and not self._headline_outweighed(leg, event.legs)
            ]
            for leg in told:
                if self._headline_outweighed(leg, event.legs):
                    event.notes[_headline_note(leg.count, leg)] = None
            if not legs:
                continue
            transfers = [
                Transfer(
                    self._party(leg.sender),
                    self._party(leg.receiver),
                    leg.category,
                    leg.count,
                    self._source_of(leg.attributed) if leg.attributed is not None else None,
                )
                for leg in legs
            ]
            sources = [self._source_of(s) for s in event.speakers if s is not PUBLISHER]
            sources.append(self.publisher)
            sentences = sorted(event.sentences.keys() | {i for leg in legs for i in leg.sentences})
            try:
                yield Exchange(
                    kind=_kind(legs + parts),
                    period=event.period,
                    transfers=transfers,
                    intermediaries=[self._party(code) for code in event.intermediaries],
                    sources=list(dict.fromkeys(sources)),
                    notes=list(event.notes),
                    quotes=[self.quote(i) for i in sentences],
                )
            except RecordValidationError as exc:
                self._invalid(sentences[0], exc)

    def casualty_claims(self) -> Iterator[CasualtyClaim]:
        self._take_hedged_restatements()
        for claim in self.claims:
            if self._sector_part(claim) or self._headline_rounding(claim):
                continue
            draft = claim.draft
            parties = [self._party(code) for code in draft.subject]
            subject = parties[0] if len(parties) == 1 else Party.joint(*parties)
            claimant = self._source_of(draft.claimant)
            relayed = () if draft.claimant is PUBLISHER else (self.publisher,)
            try:
                yield self._claim_record(claim, subject, claimant, relayed)
            except RecordValidationError as exc:
                self._invalid(min(claim.sentences), exc)

    def _headline_rounding(self, claim: _Claim) -> bool:
        """Whether ``claim`` is a headline's "about N" that the body bounds at the same N,
        or a headline's "tops N" whose N is the body's full figure cut down to a round mark.

        "General says about 100,000 Russian troops killed" over a body's "well over
        100,000": the headline rounds the body's bound to fit, and "around 100,000" would
        print an interval reaching below what was said, so only the body's count stands.
        "Count of named dead tops 130,000" over the body's 131,044 is that count too, and
        "up to 250,000" over the body's "between 190,000 and 250,000" is that range's top.
        """
        amount = claim.draft.amount
        if claim.sentences.keys() != {0} or not self._headline():
            return False
        if amount.qualifier is Qualifier.AT_MOST:
            return any(
                0 not in other.sentences
                and other.draft.amount.qualifier is Qualifier.RANGE
                and other.draft.amount.high == amount.high
                and other.draft.subject == claim.draft.subject
                and other.draft.category == claim.draft.category
                and self._same_saying(claim, other)
                for other in self.claims
            )
        if amount.qualifier is Qualifier.MORE_THAN:
            mark = bound_of(amount)
            return mark is not None and any(
                self._passed_mark(claim, other, mark)
                for other in self.claims
                if 0 not in other.sentences
            )
        if amount.qualifier is not Qualifier.APPROXIMATE or amount.best is None:
            return False
        return any(
            0 not in other.sentences
            and other.draft.subject == claim.draft.subject
            and other.draft.category == claim.draft.category
            and bound_of(other.draft.amount) == amount.best
            and self._same_saying(claim, other)
            for other in self.claims
        )

    def _passed_mark(self, headline: _Claim, body: _Claim, mark: int) -> bool:
        """Whether the body's exact count lies just past the headline's round ``mark``, told
        alike: below the mark one step up in its second digit ("tops 130,000" over 131,044,
        not over 145,000; "tops 100,000" over 104,200, not over 190,412)."""
        count = body.draft.amount
        if (
            count.qualifier is not Qualifier.EXACT
            or count.low is None
            or body.draft.subject != headline.draft.subject
            or body.draft.category != headline.draft.category
        ):
            return False
        digits = str(mark)
        zeros = len(digits) - len(digits.rstrip("0"))
        step = 10 ** min(zeros, len(digits) - 2)
        return zeros >= 3 and mark < count.low < mark + step and self._same_saying(headline, body)

    @staticmethod
    def _same_saying(headline: _Claim, body: _Claim) -> bool:
        """Whether the body's claim can be the one the headline rounds: same teller, current.

        "General says about 100,000 killed" over "more than 100,000, a British official
        said last year": another teller's, or an older, figure is no restatement of the
        headline's, so the headline's claim stands beside it.
        """
        tellers = {headline.draft.claimant, body.draft.claimant}
        if len(tellers) > 1 and headline.draft.claimant is not PUBLISHER:
            return False
        return body.as_of.end >= headline.as_of.start - _HEADLINE_CURRENT

    def _take_hedged_restatements(self) -> None:
        """Give each claim the count a sentence near it restates its figure with.

        "Zelensky said 46,000 soldiers had been killed. 'Over 46,000' was the number he
        gave": one claim of more than 46,000, never an exact 46,000 beside it; "passed one
        million. The figure - 1,000,340 ...": the exact count, not "more than one million".
        """
        restated = False
        for claim in self.claims:
            nearby = sorted(
                {
                    i
                    for s in claim.sentences
                    for i in range(s - RESTATEMENT_REACH, s + RESTATEMENT_REACH + 1)
                    if 0 <= i < len(self.spans) and i != min(claim.sentences)
                }
            )
            texts = (self.text.visible[slice(*self.spans[i])] for i in nearby)
            hedged = hedged_restatement(claim.draft.amount, texts)
            if hedged is not None:
                claim.draft = claim.draft._replace(amount=hedged)
                restated = True
            # "... passed one million. The figure - 1,000,340 ...": the sentence right after
            # the claim's first, whether or not the claim was joined to it; "passed one
            # million, reaching 1,000,340": its own
            first = min(claim.sentences)
            exact = exact_reached(claim.draft.amount, self.text.visible[slice(*self.spans[first])])
            after = first + 1
            if exact is None and after < len(self.spans):
                text = self.text.visible[slice(*self.spans[after])]
                exact = exact_restatement(claim.draft.amount, text)
            if exact is not None:
                claim.draft = claim.draft._replace(amount=exact)
                restated = True
        if not restated:
            return  # no count changed: the claims stand as they were joined
        kept: list[_Claim] = []
        for claim in self.claims:
            same = next(
                (c for c in kept if self._same_claim(c, claim.draft, claim.as_of, claim.explicit)),
                None,
            )
            if same is None:
                kept.append(claim)
                continue
            for index in claim.sentences:
                self._join_claim(same, index, claim.draft, claim.as_of, claim.explicit)
        self.claims = kept

    def _sector_part(self, claim: _Claim) -> bool:
        """Whether a claim counts one sector's share of a whole the text also gives.

        "The enemy lost up to 230 servicemen in this direction. ... In total, the losses in
        all directions amounted to up to 1,295": the 230 is part of the 1,295, not a claim
        of its own. Only when a larger figure of the same side and kind is told for all
        sectors together.
        """
        if not (self._says(claim, _ONE_SECTOR) or self._after_sector_group(claim)):
            return False
        draft = claim.draft
        return any(
            other is not claim
            and other.draft.subject == draft.subject
            and other.draft.category is draft.category
            and _top(other.draft.amount) > _top(draft.amount)
            and self._says(other, _ALL_SECTORS)
            for other in self.claims
        )

    def _after_sector_group(self, claim: _Claim) -> bool:
        """Whether the sentence just before the claim opens on one group of forces.

        "Units of the Zapad group of forces improved their tactical position. The enemy
        lost up to 230 servicemen": a bulletin's paragraph per group gives that group's
        sector, so the loss is one sector's, as "in this direction" would say.
        """
        first = next(iter(claim.sentences))
        if first == 0:
            return False
        start, end = self.spans[first - 1]
        return _SECTOR_GROUP.match(self.text.visible, start, end) is not None

    def _says(self, claim: _Claim, pattern: re.Pattern[str]) -> bool:
        """Whether the sentence that first stated ``claim`` holds ``pattern``."""
        start, end = self.spans[next(iter(claim.sentences))]
        return pattern.search(self.text.visible, start, end) is not None

    def _claim_record(
        self, claim: _Claim, subject: Party, claimant: Source, relayed: tuple[Source, ...]
    ) -> CasualtyClaim:
        draft = claim.draft
        return CasualtyClaim(
            subject=subject,
            category=draft.category,
            count=draft.amount,
            covers=claim.covers,
            as_of=claim.as_of,
            claimant=claimant,
            method=draft.method,
            scope=draft.scope,
            population=draft.population,
            caveats=list(claim.caveats),
            relayed_by=relayed,
            quotes=[self.quote(i) for i in sorted(claim.sentences)],
        )

    def _invalid(self, sentence: int, exc: RecordValidationError) -> None:
        self.errors.append(
            ParseError(
                f"what this sentence says cannot be a record ({exc}); it was left out "
                f"(sentence: {self.quote(sentence).text[:120]!r})",
                source=self.source,
                line=self.line(sentence),
            )
        )


# a figure said to agree with one already given: "at 1,000 as well", "put it at 40, too"
# "213 soldiers and sergeants, 11 officers": a figure, its noun (no other figure), a comma
# "along with 205 other soldiers", "and 205 other soldiers": a further group of the kind
_FURTHER_GROUP = re.compile(r"\b(?:and|(?:along|together) with) (\d{1,3}(?:,\d{3})+|\d+) other\b")
_LISTED_PARTS = re.compile(
    r"\b(\d{1,3}(?:,\d{3})+|\d+) [a-z][a-z ]{0,30}, (\d{1,3}(?:,\d{3})+|\d+) [a-z]"
)
# "two exchanges", "two more swaps", "three separate handovers": exchanges counted apart
_NUMBERED_EXCHANGES = re.compile(
    r"\b(?:two|three|four|2|3|4)\s+(?:more\s+|further\s+|separate\s+|other\s+)?"
    r"(?:exchanges|swaps|handovers|repatriations|prisoner swaps)\b",
    re.IGNORECASE,
)
_AGREEING = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+),?\s+(?:as well|too)\b")
# Words that give a figure as one side's own account: "Kyiv, for its part, said ...",
# "the headquarters confirmed receiving 1,000", "confirmed the return of 95 defenders"
# A sentence pointing back to the swap just told: "in the same exchange", "alongside the swap".
_SAME_SWAP: Final = re.compile(
    r"\b(?:(?:in|as part of|during) the same|alongside the) (?:swap|exchange|deal|operation)\b",
    re.IGNORECASE,
)
_FOR_ITS_PART = re.compile(r"\bfor (?:its|their|his|her) part\b", re.IGNORECASE)
# Words setting a side's figure beside the other side's just told: "Russia, for its part,
# got back 78", "Ukraine, in turn, handed over 78".
_COUNTERPART = re.compile(_FOR_ITS_PART.pattern + r"|\bin (?:turn|return)\b", re.IGNORECASE)
_OWN_ACCOUNT = re.compile(
    _FOR_ITS_PART.pattern + r"|\bconfirm(?:s|ed|ing)? (?:receiving|the (?:return|receipt) of"
    r"|that it had (?:received|got))\b",
    re.IGNORECASE,
)
# a sentence's full stop (a headline has none), before any closing quote or bracket
_DIGITS = re.compile(r"\d[\d,]*\d|\d")
_ENDED = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")
# "swapped 84 each on Thursday, both sides said,": a tag crediting the figures to both
_BOTH_SAID = re.compile(
    r",\s+(?:officials (?:on|from) )?both (?:sides|governments|parties|countries)"
    r" (?:said|say|says)\b",
    re.IGNORECASE,
)
# "..., Russia's defence ministry and a Ukrainian official said": a tag naming two sources
# together; :meth:`Assembler._both_sides_said` reads whether they are of the two sides
_JOINT_SAID = re.compile(
    r",\s+(?P<one>[^,.;:\"\u201c\u201d]{2,60}?)\s+and\s+(?P<two>[^,.;:\"\u201c\u201d]{2,60}?)"
    r"\s+(?:said|say|says)\b"
)
# "confirmed that seven children had come home": a figure vouched for, not counted again
_CONFIRMED_THAT = re.compile(r"\bconfirm(?:s|ed)? that\b", re.IGNORECASE)
# "a source familiar with the talks said", then "..., the source added": one unnamed voice
_A_SOURCE = re.compile(r"\b(?:a|an|one) (?:[\w-]+ )?source\b|\bsources\b", re.IGNORECASE)
_THE_SOURCE = re.compile(
    r"\b(?:the|that|this) (?:same )?sources? (?:said|says|say|added|adds|told|continued)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:our|we)\b", re.IGNORECASE)
# "Separately, ...", "In a separate return, ...": a sentence telling another exchange
_OPENS_APART = re.compile(
    r"\s*(?:separately|in a separate (?:exchange|swap|return|handover|repatriation|step|move)),",
    re.IGNORECASE,
)
# Words that repeat a figure rather than state it: "for the same number of Russians",
# "giving the same figure".
# "confirmed the figures": the other source's figures, vouched for, not counted again;
# "... had been handed back - the same numbers as Kyiv's" compares figures stated, no echo
_ECHO = re.compile(
    r"\b(?:(?:the same|an equal) (?:numbers?|figures?)"
    r"(?! as (?:the )?[\w-]+(?:['\u2019]s|s['\u2019]))|as many"
    r"|confirm(?:s|ed|ing)? (?:both |the |these |those )?(?:figures?|numbers?))\b",
    re.IGNORECASE,
)


def _headline_note(figure: Count, way: _Leg | LegDraft) -> str:
    """The note keeping a headline's figure that the body's figures stand in for."""
    return (
        f"the headline gives {figure} for {way.category.value.replace('_', ' ')} from "
        f"{way.sender} to {way.receiver}; the body's figures for the day are recorded"
    )


def _counted_apart(draft: LegDraft) -> bool:
    """Whether an equal figure from a second source for ``draft``'s kind is an account of its own.

    Each side names and counts the living people it frees or takes back, so two sources'
    equal figures are two counts. Bodies are counted once, at the handover, and both sides
    relay that count ("1,000 bodies, which the Russian side says are Ukrainian"), so an
    equal figure for remains is the same handover's count told again: one record.
    """
    return draft.category is not PersonCategory.REMAINS


def _rivals(leg: _Leg, draft: LegDraft) -> bool:
    """Whether two sources give different figures for one direction: both are kept.

    "Russia's defence ministry said 248 ..., a Ukrainian official said more than
    240": each figure stays with its source, even where one range holds the other,
    and reconciliation reads them as alternatives
    (:func:`exchangekit.reconcile.totals` takes one or the other, never their sum).
    """
    if leg.count.best is not None and leg.count.best == draft.amount.best:
        return False  # "about 1,000" and "1,000": one figure, hedged differently
    return (
        leg.attributed is not None
        and draft.attributed is not None
        and leg.attributed != draft.attributed
        and leg.count != draft.amount
    )


def _sized_later(told: Count, later: Count) -> bool:
    """Whether a later exact figure gives the size a lead told only by its order.

    "Dozens of soldiers have come home today ... 150 prisoners of war were freed":
    the word count only sizes the group roughly, and the exact figure counts it. A
    figure below the order's least ("hundreds ..., 12 were freed") may be a part.
    """
    return (
        told.qualifier is Qualifier.ORDER_OF_MAGNITUDE
        and later.qualifier is Qualifier.EXACT
        and later.low >= told.low
    )


def _both_ways_note(amount: Count) -> str:
    """The note keeping a head count of an exchange's two ways that no direction is given."""
    return (
        f"the text gives {amount} for both directions of the exchange together; no figure "
        "is recorded for it"
    )


def _beside_its_whole(event: _Event, index: int, draft: LegDraft) -> bool:
    """Whether ``draft`` is a part by kind of a larger whole its teller gives in sentence ``index``.

    "'Today we bring home 205 Ukrainians: 185 soldiers and 20 civilians,' he wrote": the
    185 belongs to that teller's breakdown of the 205, which is recorded (or dropped) as a
    whole, so it is not folded into another teller's record of 185.
    """
    return any(
        leg.category is PersonCategory.OTHER
        and (leg.sender, leg.receiver) == (draft.sender, draft.receiver)
        and leg.attributed == draft.attributed
        and index in leg.sentences
        and draft.amount.high is not None
        and leg.count.low > draft.amount.high
        for leg in event.legs
    )


def _second_teller_note(leg: _Leg, draft: LegDraft) -> str:
    """The note naming a second teller whose equal figure is coded under the first."""
    kind = draft.category.value.replace("_", " ")
    first = leg.attributed.name if leg.attributed is not None else "the story itself"
    second = draft.attributed.name if draft.attributed is not None else "another source"
    return (
        f"{second} also gave {draft.amount} for the {kind} from {draft.sender} to "
        f"{draft.receiver}; the figure is recorded once, as told first by {first}"
    )


def _rival_note(leg: _Leg, draft: LegDraft) -> str:
    kind = draft.category.value.replace("_", " ")
    first = leg.attributed.name if leg.attributed is not None else "one source"
    second = draft.attributed.name if draft.attributed is not None else "another"
    return (
        f"two accounts of the {kind} from {draft.sender} to {draft.receiver}: {leg.count} "
        f"according to {first}, {draft.amount} according to {second}; they are "
        "alternatives, not parts of one total"
    )


def _months_back(day: date, months: int) -> date:
    """The same date ``months`` calendar months before ``day``, or that month's last day."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _start_of(since: Period, conflict_start: date) -> date:
    """Where "since X" starts: X's first day, or the war's start when X contains it.

    "since February 2022" and "since 2022" begin with the invasion, not on the 1st.
    """
    return conflict_start if since.start <= conflict_start <= since.end else since.start


_MONTH_PART: Final = re.compile(
    r"(?:early|mid|late|(?:the )?(?:end|start|beginning|middle)(?: of)?)[- ]"
    r"(?P<month>[a-z]+\.?(?: \d{4})?)",
    re.I,
)


def _told_in_a_week(text: str) -> bool:
    """Whether :data:`_TOLD_IN_A_WEEK` matches ``text``: "officials who spoke last week".

    The pattern is tried only just before each "week" (and up to the character after
    it, for the word's end): the same answer as searching the whole text, which tries
    every word as the verb's start and costs a long text several times more.
    """
    return any(
        _TOLD_IN_A_WEEK.search(text, max(0, m.start() - _WEEK_REACH), m.end() + 1) is not None
        for m in _WEEK.finditer(text)
    )


def _whole_month(text: str, reference: date | None) -> Period | None:
    """The whole month of a vague part of it ("late June", "mid-July", "the end of May").

    A reporter's "late June" or "by the end of June" names the month: a figure
    published from it says "June", and "the last third of June" or "30 June" would
    claim a precision the text does not have.
    "Late 2025" stays a part of a year. Core ``Period.parse`` keeps its
    third-of-a-month reading for its other callers.
    """
    match = _MONTH_PART.fullmatch(text.strip())
    if match is None:
        return None
    try:
        month = Period.parse(match["month"], reference=reference)
    except PeriodParseError:
        return None
    return month if month.precision is Precision.MONTH else None


def _day_of_month(text: str, reference: date | None) -> Period | None:
    """ "The 14th" told without a month: the latest 14th on or before the report's day.

    A reporter writes "on the 14th" of a day of the current month, or of the month
    just gone when that day is still to come in this one. "The 14th of last month"
    ("of this month") is that day of the month before the report's (of the report's).
    """
    match = _ORDINAL_DAY.fullmatch(text)
    if match is None or reference is None:
        return None
    day, start = int(match[1]), reference.replace(day=1)
    if match[2] is not None:
        if match[2] == "last":
            start = (start - timedelta(days=1)).replace(day=1)
        try:
            return Period.day(start.replace(day=day))
        except ValueError:  # "the 31st of last month" told in March
            return None
    for _ in range(3):
        try:
            found = start.replace(day=day)
        except ValueError:  # no 31st in this month
            found = None
        if found is not None and found <= reference:
            return Period.day(found)
        start = (start - timedelta(days=1)).replace(day=1)
    return None


def _weekend(text: str, reference: date | None) -> Period | None:
    """ "Over the weekend": the Saturday and Sunday of the latest Saturday by the report.

    Told on a Monday, the two days just gone; told on a Saturday or Sunday, this one.
    """
    if text != WEEKEND or reference is None:
        return None
    saturday = reference - timedelta(days=(reference.weekday() - 5) % 7)
    return Period.between(saturday, saturday + timedelta(days=1))


def _week_of(text: str, reference: date | None) -> Period | None:
    """ "In the week of 6 October": the ISO week (Monday to Sunday) that holds the day named.

    A figure told for a week named by one of its days covers the whole week, not that
    day; a month or a longer span named after "the week of" is left as it is named.
    """
    if not text.startswith(WEEK_OF):
        return None
    named = Period.parse(text.removeprefix(WEEK_OF), reference=reference)
    if named.precision is not Precision.DAY:
        return named
    return Period.containing(named.start, Precision.WEEK)


_WEEK_ORDER: Final = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)


def _weekday_last_week(text: str, reference: date | None) -> Period | None:
    """ "Tuesday last week": that weekday of the calendar week before the report's.

    The date finder writes a weekday so when it is one of a list the sentence sets in
    "last week" ("on Tuesday, Thursday and Saturday last week"); alone, the nearest
    Tuesday before the report may fall in the report's own week.
    """
    day, _, rest = text.lower().partition(" ")
    if rest != "last week" or day not in _WEEK_ORDER or reference is None:
        return None
    monday = reference - timedelta(days=reference.weekday() + 7)
    return Period.day(monday + timedelta(days=_WEEK_ORDER.index(day)))


def _years_ago_today(text: str, reference: date | None) -> Period | None:
    """ "One year ago tonight": the report's day and month that many years before it."""
    count, mark, rest = text.partition(YEARS_AGO_TODAY)
    if not mark or rest or not count.isdigit() or reference is None:
        return None
    year = reference.year - int(count)
    day = 28 if (reference.month, reference.day) == (2, 29) else reference.day
    return Period.day(reference.replace(year=year, day=day))


def _year_of_war(text: str, start: date, reference: date | None) -> Period | None:
    """The first or last day of a numbered year of the war that began on ``start``.

    A year not yet over when the text was published ends, for its total, at publication.
    """
    for mark, offset in ((WAR_YEAR_START, -1), (WAR_YEAR_END, 0)):
        rank = text.removeprefix(mark)
        if rank != text and rank.isdigit():
            year = start.year + int(rank) + offset
            day = 28 if (start.month, start.day) == (2, 29) else start.day
            edge = start.replace(year=year, day=day)
            return Period.day(min(edge, reference) if reference is not None else edge)
    return None


_ORDINAL_DAY: Final = re.compile(r"the (\d{1,2})(?:st|nd|rd|th)(?: of (this|last) month)?")


def _shift(resolved: Period | _NeedsReference | None, days: int) -> Period | _NeedsReference | None:
    """A day ``days`` later (earlier when negative); a longer period is kept as it is."""
    if isinstance(resolved, Period) and resolved.precision is Precision.DAY:
        return Period.day(resolved.start + timedelta(days=days))
    return resolved


def _shift_to_day(resolved: Period | _NeedsReference | None, days: int, day: int) -> Period | None:
    """The ``day`` of the month ``days`` from ``resolved`` reach: "four days later, on the 17th".

    The day named fixes the date, in the month the count reaches; a day that does not
    lie on the count's side of the day counted from (the 17th four days after the 21st)
    shows the count was from another day, and no date is read rather than a wrong one.
    """
    if not isinstance(resolved, Period) or resolved.precision is not Precision.DAY:
        return None
    reached = resolved.start + timedelta(days=days)
    try:
        fixed = reached.replace(day=day)
    except ValueError:
        return None  # "the 31st" of a shorter month
    if (fixed - resolved.start).days * days <= 0:
        return None
    return Period.day(fixed)


def _counted_back_from_coming_holiday(
    text: str, days: int, reference: date | None
) -> Period | None:
    """The day ``days`` before a yearless holiday a day or two after the report, else None.

    "On Saturday, a day before Orthodox Easter", told on that Saturday, counts back
    from the coming Easter, not from the report's day that stands in for the
    holiday (see :func:`_holiday_at_hand`): the day it gives is still no later than
    the report.
    """
    if reference is None or days >= 0 or any(c.isdigit() for c in text):
        return None
    try:
        latest = Period.parse(text, reference=reference)
    except PeriodParseError:
        return None
    if _holiday_at_hand(text, latest, reference) == latest:
        return None  # no holiday at hand: the shift counts from the latest one
    for year in (reference.year, reference.year + 1):
        try:
            coming = Period.parse(f"{text} {year}", reference=reference)
        except PeriodParseError:
            return None
        counted = coming.start + timedelta(days=days)
        if coming.precision is Precision.DAY and 0 < (coming.start - reference).days <= 2:
            return Period.day(counted) if counted <= reference else None
    return None


def _holiday_at_hand(text: str, result: Period, reference: date | None) -> Period:
    """The reporting day for a yearless holiday only a day or two away, else ``result``.

    Core dating takes a yearless holiday as its latest one on or before the
    reference, but "an Easter exchange" told on Easter Saturday, or "the
    Christmas swap" told on 24 December, is this year's holiday weekend, not last
    year's: what the report has happened by then is dated the report's day. So is
    an "Easter" told a day or two before the Orthodox Easter, weeks after the
    Western one: the feast at hand is the one the two sides keep.
    """
    if reference is None or result.precision is not Precision.DAY or any(c.isdigit() for c in text):
        return result
    if text.split()[-1] == "Easter" and "Orthodox" not in text:
        orthodox = Period.parse(f"Orthodox Easter {reference.year}", reference=reference)
        if result.start < reference < orthodox.start <= reference + timedelta(days=2):
            return Period.day(reference)
    if (reference - result.start).days < 300:
        return result
    for year in (reference.year, reference.year + 1):
        try:
            coming = Period.parse(f"{text} {year}", reference=reference)
        except PeriodParseError:
            return result
        if coming.precision is Precision.DAY and 0 < (coming.start - reference).days <= 2:
            return Period.day(reference)
    return result


def _parses(text: str, reference: date) -> bool:
    """Whether ``text`` is a date once a publication date is known."""
    try:
        Period.parse(text, reference=reference)
    except PeriodParseError:
        return False
    return True


def _round_restated(told: Count, later: Count) -> bool:
    """Whether a later exact figure only repeats the round number a hedge was told about.

    "Some 1,000 bodies were handed over ... 1,000 bodies had been received": the round
    number said again without its "some" is no more precise, so the hedge stands; a
    figure off the round number ("1,012 bodies") does size it.
    """
    return (
        told.qualifier is Qualifier.APPROXIMATE
        and later.qualifier is Qualifier.EXACT
        and told.best is not None
        and told.low < told.best == later.low
        and told.high is not None
        and told.best < told.high
        and told.best % 10 == 0
    )


def _within(inner: Count, outer: Count) -> bool:
    """Whether every value of ``inner`` is a value of ``outer``."""
    if inner.low < outer.low:
        return False
    if outer.high is None:
        return True
    return inner.high is not None and inner.high <= outer.high


def _drop_guesses(legs: list[_Leg]) -> list[_Leg]:
    """Leave out a kind guessed from the context when the text states the group's mix.

    "390 Ukrainians are home" in a report of a prisoner swap reads as prisoners of
    war, until "390 people, soldiers and civilians together" says they were both:
    the same people, whose kind was a guess, are that figure of no one kind.
    """
    kept = []
    for leg in legs:
        stated = next(
            (
                other
                for other in legs
                if leg.guessed
                and other.category is PersonCategory.OTHER
                and not other.guessed
                # "the 22 Russians were transferred separately" points back at people
                # counted before: it states no mix of theirs
                and not other.definite
                and (other.sender, other.receiver) == (leg.sender, leg.receiver)
                and (
                    other.count == leg.count
                    or _within(other.count, leg.count)
                    or _within(leg.count, other.count)
                )
            ),
            None,
        )
        if stated is None:
            kept.append(leg)
            continue
        stated.sentences.update(leg.sentences)
        if stated.attributed is None:
            stated.attributed = leg.attributed
    return kept


# The longest span a total may cover and still be told again, rounded, as a handover.
_TOLD_AGAIN_DAYS: Final = 31
# The time a live blog's stamp opens with: "21:55", "9.30".
_STAMP_TIME: Final = re.compile(r"\s*(\d{1,2})[:.](\d{2})\b")

_TWO_WAY_REACH: Final = 3
"""Sentences after a two-way total within which a figure per direction takes its note."""


def _drop_totals(
    legs: list[_Leg],
    first_person: Callable[[int], bool],
    says_mix: Callable[[_Leg], bool],
    told_at: Callable[[_Leg], tuple[int, int]],
    confirmed: Callable[[_Leg], bool],
) -> list[_Leg]:
    """Leave out a figure of people of no stated kind that only repeats one of a stated kind.

    A mixed figure and the parts that partition it by kind are all coded ("205
    Ukrainians are home ... 185 servicemen and 20 civilians"), as the coding
    conventions ask; a figure of no kind equal to one part is that part told twice.
    A figure first told as people of no one kind (``says_mix``: "90 of its people",
    "90 soldiers and civilians") is kept beside a later account giving the same
    number a kind: that account does not narrow the mix it did not tell first. A
    figure another side only ``confirmed`` ("Kyiv confirmed that it had handed over
    84 Russians", after Moscow's 84 servicemen) vouches for the one told before.
    """
    kept = []
    for leg in legs:
        if leg.category is PersonCategory.OTHER and not leg.whole:
            parts = [
                other.count
                for other in legs
                if other is not leg
                and other.category is not PersonCategory.OTHER
                and (other.sender, other.receiver) == (leg.sender, leg.receiver)
                # one statement's total and its parts; another source's account is its own
                and (other.attributed == leg.attributed or other.sentences.keys() & leg.sentences)
            ]
            if parts and leg.count in parts:
                continue
            if any(
                other.count == leg.count
                and other.category is not PersonCategory.OTHER
                and (other.sender, other.receiver) == (leg.sender, leg.receiver)
                and not _told_first_as_mix(leg, other, says_mix, told_at)
                and (
                    leg.definite
                    or leg.attributed is None
                    or (
                        # a mediator's figure is the story's own, not a side's rival account
                        (other.attributed is None or other.attributed.party in MEDIATOR_CODES)
                        and not _receivers_word(leg, other, first_person)
                    )
                    or (
                        other.attributed is not None
                        and other.attributed.party == leg.attributed.party
                    )
                    or (told_at(other) < told_at(leg) and confirmed(leg))
                )
                for other in legs
            ):
                # "eleven Ukrainian civilians were returned" ... "the eleven Ukrainians who
                # came home", whoever says it; "101 Ukrainian prisoners were handed over" ...
                # "it put the number it had released at 101", one side's sources or none: the
                # same people, told without their kind (the other side's own figure of no
                # kind is its account, and a mix split into parts is kept)
                continue
        kept.append(leg)
    return kept


def _retold_kinds(
    legs: list[_Leg],
    says_mix: Callable[[_Leg], bool],
    told_at: Callable[[_Leg], tuple[int, int]],
) -> list[_Leg]:
    """The legs that only give a kind to a figure first told as people of no one kind.

    "The mediator said 95 Russian captives were freed ... Moscow said 95 servicemen
    came back": the same figure told again with another noun is the first telling's
    people, and the first telling's noun decides; a later noun never narrows the mix.
    Each such leg's sentences are added to the first telling's.
    """
    firsts = [
        leg
        for leg in legs
        if leg.category is PersonCategory.OTHER
        and not leg.guessed
        and not leg.definite
        and not leg.whole
    ]
    if not firsts:
        return []
    retold = []
    for leg in legs:
        first = next(
            (
                other
                for other in firsts
                if leg.category is not PersonCategory.OTHER
                and other.count == leg.count
                and (other.sender, other.receiver) == (leg.sender, leg.receiver)
                and _told_first_as_mix(other, leg, says_mix, told_at)
            ),
            None,
        )
        if first is not None:
            first.sentences.update(leg.sentences)
            retold.append(leg)
    return retold


def _told_first_as_mix(
    leg: _Leg,
    later: _Leg,
    says_mix: Callable[[_Leg], bool],
    told_at: Callable[[_Leg], tuple[int, int]],
) -> bool:
    """Whether ``leg`` names people of no one kind before ``later`` gives them a kind.

    "Kyiv got 90 of its people back ... Moscow said 90 of its soldiers were handed
    over": the later account is its own description, not the mix's kind; "the 90" or
    "all 90 were servicemen" (``definite``) speaks of the people already counted. The
    mix's first telling counts: told again after the kind, it was still told first.
    "Before" is in the order of telling (``told_at``), which a live blog read newest
    first runs against the reading order: its closing recap was told last.
    """
    return (
        not leg.guessed
        and not leg.definite
        and not later.definite
        and told_at(later) > told_at(leg)
        and says_mix(leg)
    )


def _parts_dropped(legs: list[_Leg], notes: dict[str, None]) -> list[_Leg]:
    """Leave out the parts by kind of a whole told with them in one breath.

    "Each side freed 390 people - 270 soldiers and 120 civilians": the 390 is the
    figure; its parts, stated in the same sentence by the same source and adding up to
    it exactly, are the same people again, and a reader summing transfers would count
    them twice. Parts that do not add up to the whole (a subset, "61 of them wounded"),
    that come from another source or that are told again in a sentence of their own
    (a rival account) are kept. The breakdown is kept as a note of the exchange.
    """
    dropped: set[int] = set()
    for leg in legs:
        if (
            leg.category is not PersonCategory.OTHER
            or leg.definite
            or leg.count.high != leg.count.low
        ):
            continue
        parts = [
            other
            for other in legs
            if other is not leg
            and other.category is not PersonCategory.OTHER
            and (other.sender, other.receiver) == (leg.sender, leg.receiver)
            # the whole's teller, or a second teller of it whose breakdown this is
            and (other.attributed == leg.attributed or other.attributed in leg.tellers)
            and other.count.high == other.count.low < leg.count.low
            # told nowhere but beside the whole: a part told again elsewhere (another
            # source's own account of it) is a figure of its own
            and other.sentences.keys() <= leg.sentences.keys()
        ]
        if len({p.category for p in parts}) >= 2 and sum(p.count.low for p in parts) == (
            leg.count.low
        ):
            dropped.update(id(p) for p in parts)
            notes[_breakdown_note(leg, parts)] = None
    return [leg for leg in legs if id(leg) not in dropped]


def _breakdown_note(whole: _Leg, parts: list[_Leg]) -> str:
    """The note keeping the parts by kind of a whole recorded alone."""
    told = " and ".join(f"{p.count} {p.category.value.replace('_', ' ')}" for p in parts)
    return (
        f"the {whole.count} from {whole.sender} to {whole.receiver} were {told}; "
        "only the whole is recorded, so that the parts are not counted twice"
    )


def _receivers_word(told: _Leg, story: _Leg, first_person: Callable[[int], bool]) -> bool:
    """Whether ``told`` is the receiving side's own word on the story's unsourced ``story``.

    "Ukraine brought home 116 prisoners ... '116 of our people are home,' the president's
    aide wrote": the side that got its people back gives its own account in its own
    words ("our"), in a sentence of its own, and it is a record beside the story's; "Kyiv
    said 64 Ukrainians came home" only names the story's source.
    """
    return (
        any(first_person(i) for i in told.sentences)
        and told.attributed is not None
        and told.attributed.party == told.receiver
        and not told.sentences.keys() & story.sentences
        and min(told.sentences) > min(story.sentences)
    )


def _stage_totals(events: list[_Event]) -> dict[_Leg, Period]:
    """The figures that only add up the daily stages the text tells one by one, and their days.

    "the 1,000-for-1,000 exchange, completed over three days" in a report that gives
    390, 307 and 303 on three days running names the stages' sum: the same people
    counted again, not another exchange. A figure is such a sum when, in its
    direction, the largest figures of two to :data:`_STAGE_DAYS` exchanges on
    consecutive days (its own left out) add up to it exactly. A stage the text listed
    with the others ("in three rounds of 20, 20 and 40") is one of them, not their sum.
    """
    # per direction and day, the exact figures of the exchanges dated to that day
    daily: dict[tuple[str, str], dict[date, list[_Leg]]] = {}
    for event in events:
        if event.period.precision is Precision.DAY:
            for leg in event.legs:
                if leg.count.is_exact:
                    by_day = daily.setdefault((leg.sender, leg.receiver), {})
                    by_day.setdefault(event.period.start, []).append(leg)
    # each day's largest figure, and which legs it holds: only a day holding the leg itself
    # needs its largest figure found again without it (an index, not a scan per leg)
    largest = {
        key: {day: max(o.count.low for o in legs) for day, legs in by_day.items()}
        for key, by_day in daily.items()
    }
    members = {
        key: {day: {id(o) for o in legs} for day, legs in by_day.items()}
        for key, by_day in daily.items()
    }
    # a sum of stages needs two days running: a direction with none has no leg to test, and
    # a day with no exchange the day before or after is in no run, so no leg looks at it
    # (by ordinal: a day at either end of the calendar has no neighbour to add or take)
    in_runs = {
        key: [
            (day, legs)
            for day, legs in by_day.items()
            if day.toordinal() + 1 in ordinals or day.toordinal() - 1 in ordinals
        ]
        for key, by_day in daily.items()
        for ordinals in [{day.toordinal() for day in by_day}]
    }
    running = {key for key, days_in_runs in in_runs.items() if days_in_runs}
    # a day's largest figure of a kind or of no told kind, for the days not holding the leg
    kind_largest: dict[tuple[tuple[str, str], date, PersonCategory], int | None] = {}
    sums: dict[_Leg, Period] = {}
    for event in events:
        if _STAGE_NOTE in event.notes:
            continue  # one stage of a list of them ("20, 20 and 40"), never their sum
        for leg in event.legs:
            key = (leg.sender, leg.receiver)
            if key not in running:
                continue
            by_day = daily[key]
            if leg.count.is_exact and leg.count.low > 0 and len(by_day) >= 2:
                days: dict[date, int] = {}
                told = event.period.start if event.period.precision is Precision.DAY else None
                # "On 2 February, 23 were swapped for 23, followed by 11 on 1 July and 12 on
                # 2 July": a figure told for a day long before a stage is no sum of it (a
                # deal's day a week before its stages still names their sum); nor is one
                # told for a day months after them ("1,000 bodies on July 17" after stages
                # of 390, 307 and 303 in May). Such days are left out before any is looked
                # at: a long text has many days in runs, and each costs lookups per leg.
                near = (
                    in_runs[key]
                    if told is None
                    else [
                        (day, legs)
                        for day, legs in in_runs[key]
                        if abs(day.toordinal() - told.toordinal()) <= 2 * _STAGE_DAYS
                    ]
                )
                if leg.category is not PersonCategory.OTHER:
                    # "23 civilians" sums stages of civilians, or of people of no told kind:
                    # "11 Ukrainians ..., and on 2 August 12 defenders and 23 civilians" is no
                    # sum of the 11 and the 12 defenders
                    kinds = (leg.category, PersonCategory.OTHER)
                    for day, legs in near:
                        if id(leg) in members[key][day]:
                            alike = [
                                o.count.low for o in legs if o is not leg and o.category in kinds
                            ]
                            top = max(alike, default=None)
                        else:
                            at = (key, day, leg.category)
                            if at not in kind_largest:
                                kind_largest[at] = max(
                                    (o.count.low for o in legs if o.category in kinds), default=None
                                )
                            top = kind_largest[at]
                        if top is not None:
                            days[day] = top
                else:
                    for day, legs in near:
                        if id(leg) not in members[key][day]:
                            days[day] = largest[key][day]
                        elif any(o is not leg for o in legs):
                            days[day] = max(o.count.low for o in legs if o is not leg)
                span = _consecutive_sum(days, leg.count.low)
                if span is not None and not _listed_beside(leg, told, span, by_day):
                    sums[leg] = span
    return sums


_STAGE_DAYS: Final = 7
"""The most consecutive days whose exchanges are read as the stages of one."""


def _told_by_stages_end(told: Period, days: Period) -> bool:
    """Whether a figure dated ``told`` can be the total the stages of ``days`` reached.

    The total stands on the last stage's day, so its own date must hold that day ("on
    Sunday", "in May"); a figure told on a later day ("40 more on Wednesday" after 20 on
    Monday and 20 on Tuesday) is a handover of its own, and a year is too coarse to say.
    """
    return told.start <= days.end <= told.end and told.precision is not Precision.YEAR


def _listed_beside(
    leg: _Leg, told: date | None, span: Period, by_day: dict[date, list[_Leg]]
) -> bool:
    """Whether ``leg`` is one more entry of the list that gives the days it would add up.

    "On March 4, 5 and 9 Ukraine received 300, 300 and 600 bodies": the 600 has a day
    of its own after the run, told in the very sentence that pairs the others with
    theirs, so it is the third handover, not the sum of the first two.
    """
    if told is None or span.start <= told <= span.end:
        return False
    day, one_day = span.start, timedelta(days=1)
    while day <= span.end:
        if any(o.sentences.keys() != leg.sentences.keys() for o in by_day.get(day, [])):
            return False
        day += one_day
    return True


def _consecutive_sum(days: dict[date, int], total: int) -> Period | None:
    """The two to :data:`_STAGE_DAYS` consecutive days whose figures add up to ``total``."""
    one_day = timedelta(days=1)
    for start in days:
        if start + one_day not in days:
            continue  # a run of one day is no sum of stages
        day, added, run = start, 0, 0
        while day in days and added < total and run < _STAGE_DAYS:
            added += days[day]
            run += 1
            day += one_day
        if run >= 2 and added == total:
            return Period.between(start, day - one_day)
    return None


def _kind(legs: list[_Leg]) -> ExchangeKind:
    categories = {leg.category for leg in legs}
    if categories & {PersonCategory.PRISONERS_OF_WAR, PersonCategory.WOUNDED_PRISONERS}:
        return ExchangeKind.PRISONER_SWAP
    if PersonCategory.REMAINS in categories:
        return ExchangeKind.REPATRIATION_OF_REMAINS
    if PersonCategory.CIVILIANS in categories:
        return ExchangeKind.CIVILIAN_RETURN
    if PersonCategory.CHILDREN in categories:
        return ExchangeKind.CHILD_RETURN
    return ExchangeKind.OTHER


def _person_and_state(one: SourceEntry, other: SourceEntry) -> bool:
    """Whether one source is a named official and the other the state they serve.

    "Ukraine said 140 came home ... the minister wrote that 140 were back": an
    official's own words are an account of their own, as an unnamed person's are;
    a head of state's word is the state's.
    """
    roles = {one.role, other.role}
    return roles == {Role.PERSON, Role.GOVERNMENT} and not {one, other} & PRESIDENTS
