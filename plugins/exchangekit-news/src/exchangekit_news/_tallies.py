"""Running tallies: stated totals of people exchanged so far.

The rules for a total rather than one exchange ("the number of ... has reached",
"so far", "since 2022"), its span and the date it was stated on.
"""

from __future__ import annotations

import bisect
import calendar
import contextlib
import datetime
import itertools
import re
from collections.abc import Mapping, Sequence
from typing import Final, NamedTuple

from exchangekit import Count, Period, PeriodParseError, PersonCategory, Qualifier
from exchangekit_news import _lemmas
from exchangekit_news import _lexicon as lx
from exchangekit_news._chunks import _NEGATIONS, same_number
from exchangekit_news._claim_subjects import _TOTAL_HEADS
from exchangekit_news._claims import _RUNNING, _Claims
from exchangekit_news._clauses import _CAME_NEXT
from exchangekit_news._drafts import (
    EARLIER_KEPT,
    PUBLISHER,
    WAR_YEAR_END,
    WAR_YEAR_START,
    Asked,
    LegDraft,
    RankDraft,
)
from exchangekit_news._figure_dates import (
    _HAS_DAY,
    _MODAL_WORDS,
    _QUOTES,
    _RANKS,
    _SINCE_JOINERS,
    _UP_TO,
    _WHOLE_YEARS,
    _YEAR,
    names_a_day,
    whole_year_text,
)
from exchangekit_news._lexicon import Move
from exchangekit_news._mentions import (
    _DAY_ORDINALS,
    ACTOR,
    MEDIATOR,
    MEDIATOR_CODES,
    RAISING_IT,
    SEASONS,
    SUMMING,
    SUMMING_TO,
    DateMention,
    FigureMention,
    TransferWord,
    year_compared,
)
from exchangekit_news._sentence import (
    _EXCHANGE_NOUNS,
    _EXCHANGE_PLURALS,
    _FINITE,
    _NUMBER_HEADS,
    _TALLY_PLURALS,
    _TIME_UNITS,
    _TOTAL_GAP,
    _TOTAL_NOUNS,
    _other,
    _Positions,
)
from exchangekit_news._tokens import DASHES, NUM, WORD, ends_possessive

# The words a total opens at: its head ("the total"), or "figure" said to run on, or
# "number" pointing back to a running total the sentence has told.
_TOTAL_OR_FIGURE: Final = _TOTAL_NOUNS | {"figure", "number", "it", "totals"}
# What may stand before "totals" as a noun ("takes the totals to 1,000 on each side"),
# not the verb of "the swap totals 500".
_TOTALS_DETERMINERS: Final = frozenset({"the", "its", "their", "both", "our", "these"})
# Heads that, bare, may point back to the running total of the sentence before.
_POINTING_HEADS: Final = frozenset({"figure", "it"})
# The ranks a half or a quarter of a year may have: "the second half", "the fourth quarter".
_PART_RANKS: Final = {
    "half": frozenset({"first", "second"}),
    "quarter": frozenset({"first", "second", "third", "fourth"}),
}
# Nouns of one stage of a series of handovers: "by the end of the fourth stage".
_STAGE_NOUNS: Final = lx.ONE_HANDOVER_NOUNS
# Verbs of saying in the present: "officials say that ..." tells what stands now.
_PRESENT_SPEECH: Final = frozenset({"say", "says", "tell", "tells", "claim", "claims"}) & lx.SPEECH
_LAST_RANKS: Final = frozenset({"last", "final", "latest"})
# Participles that say where the people of a total went: "prisoners returned to Ukraine".
_RETURNED_TO: Final = frozenset({"returned", "repatriated", "released", "handed", "brought"})
# Nouns of a row of events: "the latest in a series of deals" ranks one of them.
_SERIES_NOUNS: Final = frozenset({"series", "string", "run", "line", "chain", "succession"})
# Plurals of stages, and the days they took, that a figure may follow: "in two days".
_STAGE_PLURALS: Final = lx.HANDOVER_PLURALS | {"days"}
# Plurals a count before a figure may give the number of: "in the three stages", "in two
# operations", "over the past four days".
_COUNTED_STAGES: Final = _TALLY_PLURALS | {"days"}
# Words after "in" that point back to exchanges told before: "2,800 came home in them"
# (the plural pronouns that also take a part of people counted before).
_BACK_TO_MANY: Final = lx.PART_PRONOUNS
# A day of the month as the date grammar writes it: "18 Oct", "3 January 2024".
_DAY_OF_MONTH: Final = re.compile(r"\d{1,2} ([A-Za-z]+)\.?(?: (\d{4}))?")

_PUT: Final = frozenset({"put", "puts", "putting"})
_PUT_AT_CUES: Final = {"at": _PUT, "as": lx.GIVING}  # the word before the figure: its verbs

# A report's own span after "in the": "in the reporting period", "over the period under review".
# The words a span of time told in a clause opens with ("during those five months", "by the
# end of 2022", "since the Istanbul talks"): _span_stated reads only where these stand.
_SPAN_WORDS: Final = frozenset({"during", "over", "throughout", "in", "within", "by", "since"})
# Words closing a count at a time: "freed up to (until) the end of December".
_UP_TO_WORDS: Final = frozenset({"until", "till", "to"})
_SPAN_OR_UP_TO_WORDS: Final = _SPAN_WORDS | _UP_TO_WORDS  # joined once, not for every figure
_REPORTED_SPANS: Final = (["reporting", "period"], ["period", "under"], ["review", "period"])
_COURSE_OF: Final = ["the", "course", "of"]
# Words a total summed over "the year" follows: "over the year", "during the whole year".
_YEAR_SPAN_WORDS: Final = ("over", "during", "throughout")
# Words that open a source set off by commas: "by the ministry's count", "according to Kyiv".
_SOURCE_ASIDE_OPENERS: Final = frozenset({"by", "according"})
# Heads of a total a period's possessive or "for" phrase may name: "the month's total".
_TOTAL_HEADS_OF_PERIOD: Final = ("total", "tally", "count")
_PERIOD_HEAD_REACH: Final = 6  # "the total for the month rose to" 2,100
# Words linking "the total since ..." to its figure: "is now", "stands at", "has reached".
_TOTAL_LINKS: Final = frozenset(
    {"is", "was", "stands", "stood", "at", "now", "has", "had", "reached", "passed", "to"}
    | {"exceeded", "topped", "risen", "rose", "grown", "grew"}
)
_TOTAL_LINK_REACH: Final = 4  # "has now risen to" 19,000
# Plurals of the handovers a total came in, sized by "of": "in tranches of about 1,200".
_SIZED_PARTS: Final = lx.STAGE_PLURALS | {"tranches", "batches"}
_SIZED_PARTS_REACH: Final = 14  # words from the figure to "in tranches of", past an aside
# Words that turn to another clause between a figure and its "in tranches of".
_CLAUSE_TURNS: Final = frozenset({"while", "whereas", "but", ";", "and"})
# Spans "the past" or "the last" names, running back from the telling: "over the past year".
_LAST_UNITS: Final = (["week"], ["fortnight"], ["month"], ["year"], ["months"], ["years"])
# Spans of several days "the course of a ..." may name: "over the course of a week".
_DAYS_ON: Final = frozenset({"week", "fortnight", "month", "days", "weeks", "months"})
# A span of days named once, which "over that ..." refers back to.
_SINGLE_SPANS: Final = (["week"], ["fortnight"], ["month"])

# Verbs of motion a go-between's total uses for people it helped swap ("moved through").
_CHANNEL_VERBS: Final = frozenset(
    form for verb in ("move", "pass") for form in (verb, *_lemmas.inflections(verb))
)

_HELD_WORDS: Final = frozenset(
    {"held", "detained", "imprisoned", "captive", "captivity", "custody", "jailed", "missing"}
)

# Spans named by "this" or "last": "before this month's transfers", "before last year".
_PERIOD_UNITS: Final = frozenset({"week", "month", "year", "summer", "spring", "autumn", "winter"})
# Sentences back that "With it, N have been freed" may find its exchange's day.
_WITH_IT_REACH: Final = 8

# Rounds of talks and what they settle, which a span can run from: "since the Istanbul talks".
_TALKS_EVENTS: Final = frozenset(
    {"talks", "agreement", "deal", "summit", "meeting", "meetings", "negotiations"}
)
# Events that open a span after "since the": "since the Istanbul talks", "since the invasion".
_OPENING_EVENTS: Final = _TALKS_EVENTS | {"invasion", "war", "start", "beginning", "outbreak"}

# Participles of people taken away by force, right after them: no handover home.
# nouns of one handover after "in one", "in a single": "757 came home in one repatriation"
_ONE_HANDOVER: Final = frozenset({"repatriation", "handover", "transfer", "exchange", "swap"})
# Verbs that give an operation's first day: "which began on June 11".
_BEGAN: Final = frozenset({"began", "started", "opened", "commenced"})
# Active verbs of taking people away whose object is the people: "has deported 20,000".
DEPORTING: Final = frozenset({"deported", "abducted", "kidnapped"})
_TAKEN_AWAY: Final = DEPORTING | {"forcibly", "illegally"}
# Verbs of taking people away whose object is a count of them: "Russia has taken 19,000".
_TAKING_AWAY: Final = frozenset({*_lemmas.inflections("take")[2:4], *DEPORTING})
# Acts done to people already home that narrow whom a total counts: "the number of released
# POWs interviewed since March" counts interviews, not homecomings.
_LATER_ACTS: Final = frozenset(
    {"interviewed", "questioned", "examined", "surveyed", "identified", "treated", "verified"}
)

# Adverbs between a perfect's auxiliary and its verb: "have now freed", "had jointly secured".
_PERFECT_ADVERBS: Final = frozenset({"now", "already", "so", "far", "together", "jointly"})
# Heads of a total that refer back to the one told before: "the number topped 2,300".
# Verbs naming what a group is made of: "the 84 freed included soldiers and civilians".
_INCLUDED: Final = frozenset({"include", "includes", "included"})
_ANAPHORIC_HEADS: Final = frozenset({"number", "figure", "total", "tally"})
# Routes of return summed by "all channels", "every route".
_CHANNEL_NOUNS: Final = frozenset({"channel", "channels", "route", "routes"})
_CHANNEL_PREPOSITIONS: Final = frozenset({"through", "across", "via", "by", "under"})
# Words between "all" and the exchanges it sums: "all the exchanges", "all previous swaps".
_ALL_OF_KIND: Final = frozenset({"the", "previous", "earlier", "past", "these", "those"})
# Adverbs between a total's link and its figure: "the number freed is now 4,181".
_NOW_WORDS: Final = frozenset({"now", "already"})
# Words that link a bare total's head to its figure: "the figure is", "has reached", "stood at".
_LINKS_TO_FIGURE: Final = (lx.FIGURE_LINKS - {"number", "numbers"}) | {"has", "have", "had"}

# Words between a perfect's auxiliary and its verb of return: "has since been freed",
# "have helped to bring back" (not "has said it received": a report, no perfect of return).
_PERFECT_FILLERS: Final = _PERFECT_ADVERBS | {"been", "helped", "to", "also"}
# Verbs of a helper's part in a return: "has helped reunite", "has assisted in".
_HELPER_WORDS: Final = frozenset(_lemmas.inflections(verb)[2] for verb in ("help", "assist"))
# "it has itself reunited": the doer's own word, no part of the verb.
_REFLEXIVES: Final = frozenset({"itself", "herself", "himself", "themselves"})

# Words before a figure that make it one more handover: "another 12", "a further 6".
_ONE_MORE: Final = frozenset({"another", "further", "more"})

# Verbs of a correction notice, whose object "number" is a figure set right, not a total:
# "(Corrects number of servicemen handed over to 63 from 64 in third paragraph)".
_CORRECTING: Final = frozenset(_lemmas.inflections("correct"))

# Nouns for the two belligerents together: "the two parties", "both sides".
_SIDE_NOUNS: Final = frozenset({"sides", "parties", "countries"})

# Words a clause the subject of a mediator's verb opens after: "said that together they".
_CLAUSE_OPENERS: Final = frozenset({"that", ",", ";", "and", "which"})
# Nouns a run of days may size as one handover made in stages: "the three-day swap",
# "a three-day operation that saw 1,000 go home each way".
_DAY_SIZED_NOUNS: Final = lx.ONE_HANDOVER_NOUNS | {"operation"}
# A fronted span closing when the clause's count stood: "By the end of the operation, ...".
_BY_THE_END_OF: Final = ("by", "the", "end", "of")
# Subjects that make a count one swap's: "the deal had freed 478 captives".
# What "with today's ..., N have been returned" brings a running total up to date with.
_WITH_EVENTS: Final = _EXCHANGE_NOUNS | {"release"}
_ONE_SWAP_SUBJECTS: Final = _EXCHANGE_NOUNS | {"deal", "operation"}
# A count named for the people it counts: "a higher figure for the bodies handed over".
_FIGURE_HEADS: Final = frozenset({"figure"})
_NUMBER_OR_FIGURE_HEADS: Final = _NUMBER_HEADS | _FIGURE_HEADS  # joined once
# A go-between's work as a possessed subject: "its mediation has led to", "its efforts".
_MEDIATION_WORK: Final = frozenset({"mediation", "efforts"})


# The war's opening and the words that may stand before it: "Russia's full-scale invasion".
_WAR_NOUNS: Final = frozenset({"invasion", "war", "aggression"})
# Words a span's start may hold besides a date and the war's name: "since the war began",
# "since the special military operation started", "since the invasion of Ukraine".
_START_WORDS: Final = frozenset(
    {"began", "begun", "started", "start", "beginning", "of", "in", "special", "operation"}
    | {"its", "s", "'s"}
)
# Verbs a span of the war may date instead of the handover: "the bodies of soldiers who died
# in the course of the war" were handed over on one day, not summed over the war.
_FOUGHT_OR_DIED: Final = lx.KILLED_WORDS | lx.WOUNDED_WORDS | {"fell", "fought", "served"}
_WAR_MODIFIERS: Final = frozenset(
    {"the", "russia", "russian", "full", "-", "scale", "full-scale", "all", "out", "all-out"}
    | {"large", "large-scale", "unprovoked", "military"}
)

# Endings of nouns made from verbs of a deed: "liberation", "withdrawal", "capture".
_EVENT_NOUN_ENDINGS: Final = ("tion", "sion", "ment", "drawal", "ture")

# Verbs of a since-clause that starts a span ("since the talks began", "since the deal was
# signed"): what happened then opened the period a running total covers.
_STARTED: Final = frozenset(
    {"began", "begun", "started", "launched", "opened", "resumed", "signed", "reached", "struck"}
)
_SUM_SUBJECTS: Final = frozenset({"that", "this", "which", "they", "together", "altogether"})
# Events a running total may start from: "since the Istanbul talks", "since June's deal".
_START_EVENTS: Final = _TALKS_EVENTS | {"deals", "agreements", "accords"}

# Words before "the total" that make it a total still to come: "would bring the total to".
_TOTAL_TO_COME: Final = _MODAL_WORDS | frozenset(
    {"supposed", "expected", "scheduled", "meant", "intended", "planned", "set", "due"}
)
# Verbs of saying after "has now": they report a figure, they do not add one up.
_NOW_REPORTING: Final = frozenset(
    {"confirmed", "said", "announced", "reported", "told", "stated", "published"}
    | {"named", "identified", "listed", "verified", "acknowledged", "admitted"}
)

# Verbs of counting that make a figure "as of" a date a standing count ("as of May it counted").
_AS_OF_COUNTING: Final = frozenset(
    form for verb in ("count", "tally", "record") for form in _lemmas.inflections(verb)
)

# Contrasts that can open a fronted clause ("Although ..., it ..."): not "but" or "yet".
_FRONTED_CONTRASTS: Final = frozenset({"whereas", "while", "although", "though"})
# the other way of a two-way running total: "... while receiving 90", "against 159 returned"
_RETURN_CUES: Final = frozenset({"while", "whereas", "against", "back", "return"})
_SUBJECT_PRONOUNS: Final = lx.SUBJECT_PRONOUNS

_BELIEVING: Final = _lemmas.BELIEF_VERBS
# Prepositions that take a whole year or month as the span a total covers: "across 2024".
_WHOLE_SPAN_WORDS: Final = frozenset({"during", "throughout", "across"})
_WHOLE_SPAN: Final = re.compile(r"(?:19|20)[0-9]{2}|[A-Z][a-z]+(?: (?:19|20)[0-9]{2})?")
# A season named as a whole span after "over the", "during the": "over the summer".
_SEASON: Final = re.compile(r"(?:spring|summer|autumn|winter)(?: of (?:19|20)[0-9]{2})?")
_ONE_EXCHANGE: Final = _EXCHANGE_NOUNS - _EXCHANGE_PLURALS | {"operation"}
# Plural nouns of ongoing work an exchange noun may qualify: "in the course of repatriation
# measures" names the handovers' kind, not one exchange.
_WORK_PLURALS: Final = frozenset(
    {"measures", "efforts", "operations", "activities", "procedures", "missions", "mechanisms"}
)
# Words before "a series of swaps" that make the figure one of them: "the latest in".
_SERIES_MEMBER: Final = frozenset(
    {"latest", "last", "newest", "first", "second", "third", "one", "another", "most"}
)
# Participles of detention: "held since 2022" dates a captivity, not a total.
_HELD_AT_WORDS: Final = frozenset(
    {"held", "detained", "imprisoned", "jailed", "missing", "abducted", "captive"}
)

# Occasions of telling that a date after them dates: "in a briefing this week".
_STATEMENT_EVENTS: Final = frozenset(
    {"briefing", "conference", "interview", "statement", "speech", "address", "communique"}
)
# Written reports a year-end statement may be: "in its year-end report", "end-of-year review".
_YEAR_END_REPORTS: Final = frozenset({"report", "review", "summary", "update", "results"})
# The words an aside naming a total's newest part opens with: "the latest of them on May 3".
_NEWEST_PART: Final = frozenset({"latest", "last", "newest", "recent"})
# A relative that tells the outcome of the clause before: "..., as a result of which 6,211".
_OUTCOME_RELATIVE: Final = ("as", "a", "result", "of", "which")
_GROUP_PRONOUNS: Final = frozenset({"them", "whom", "these", "those"})
# The words an opening that adds stages up needs: "counting", "taken together".
_SUMMING_WORDS: Final = frozenset({"counting", "combined", "cumulatively", "together", "with"})
# Pronouns for people told just before: "together with them".
_PEOPLE_PRONOUNS: Final = frozenset({"them", "these", "those", "him", "her"})
# What follows a bare "the number" that grew: "the number had grown to", "stood at".
_NUMBER_GROWN: Final = lx.FINITE_HAVE_BE | {
    "rose",
    "grew",
    "climbed",
    "stood",
    "reached",
    "passed",
    "topped",
    "hit",
    "now",
}
# Forms of "bring" that carry a total up to a figure: "..., bringing to 1,000 the number".
_BRINGING: Final = frozenset(_lemmas.inflections("bring"))


def _exact(count: Count) -> bool:
    """Whether ``count`` is one number, not a bound or a range."""
    return count.low == count.high


def _within(count: Count, bound: Count) -> bool:
    """Whether the exact ``count`` lies inside ``bound``'s range."""
    return bound.low <= count.low and (bound.high is None or count.low <= bound.high)


# Adverbs that may stand between a bare total and the participle of handing over that
# names its people ("the total now returned", "the number so far freed"), by their words.
_UP_TO_DATE: Final = {("now",): 1, ("already",): 1, ("so", "far"): 2, ("thus", "far"): 2}

# Participles that carry a running total up after a comma: "..., bringing the total to".
_RAISING_PARTICIPLES: Final = frozenset(
    _lemmas.inflections(verb)[-1] for verb in ("bring", "take", "raise", "push", "lift")
)


# Words between "each of" and a count of exchanges: "in each of the (its, those) three swaps".
_EVENTS_DETERMINERS: Final = frozenset({"the", "its", "their", "those", "these"})
# Ranks that pick the exchanges counted out of those told: "the first three", "its last two".
_EVENT_RANKS: Final = {
    "first": "first",
    "last": "last",
    "latest": "last",
    "past": "last",
    "previous": "last",
    "recent": "last",
}
# Words before a bare "the total stood at N" that frame it as a total of its own (a part
# of the people, or those still held), not a later value of the total told before.
_OWN_TOTAL_FRAMES: Final = lx.CAPTURED_WORDS | {"among", "held", "missing"}
# Any year's end: the days of a month without a year are ordered within one year.
_YEAR_END: Final = datetime.date(2000, 12, 31)


def _possessive_stem(word: str) -> str:
    """``word`` without a possessive ending: "today's" is "today"."""
    return word.removesuffix("'s").removesuffix("\u2019s")


def _day_key(text: str) -> tuple[int, datetime.date] | None:
    """A key that orders ``text`` in time among days told, or None when it cannot.

    A full date orders by itself (kind 0); a day of a month without a year (kind 1)
    orders within the one year it is read in. A weekday or "last week" depends on
    the publication day, which this stage does not know.
    """
    with contextlib.suppress(PeriodParseError):
        return 0, Period.parse(text).start
    words = text.lower().replace(",", " ").split()
    if not any(w in lx.MONTHS for w in words) or not any(w.isdigit() for w in words):
        return None
    try:
        return 1, Period.parse(text, reference=_YEAR_END).start
    except PeriodParseError:
        return None


def _in_time_order(days: list[str]) -> list[str] | None:
    """``days`` (told in any order) in time order, or None when they cannot be ordered.

    Days told in order stay as told, even where one cannot be placed ("on June 11 ...
    on Monday"); days told out of order are sorted when every one is a date of the
    same kind, within half a year (so not across a new year), and refused otherwise.
    """
    keys = [_day_key(day) for day in days]
    known = [k for k in keys if k is not None]
    if all(a <= b for a, b in itertools.pairwise(known)):
        return days
    if len(known) < len(days) or len({k[0] for k in known}) > 1:
        return None
    if (max(known)[1] - min(known)[1]).days > 183:
        return None
    return [day for _, day in sorted(zip(known, days, strict=True))]


def _ranked_days(days: list[str], told: tuple[str | None, int] | None, full: bool) -> list[str]:
    """The days of ``told`` (a rank and a count of exchanges) among ``days`` told before.

    "The first three" are the three earliest days, unless older ones may have been
    forgotten (``full``); "the last two" the two latest; "the three" only when exactly
    three were told and none forgotten. Nothing when the count is unknown, the days do
    not match it, or days told out of order cannot be put in time order.
    """
    if told is None:
        return []
    rank, count = told
    if len(days) < count:
        return []
    ordered = _in_time_order(days)
    if ordered is None:
        return []
    if rank == "first":
        return [] if full else ordered[:count]
    if rank == "last":
        return ordered[-count:]
    return ordered if len(days) == count and not full else []


def _one_day(text: str) -> bool:
    """Whether a date text names one day: "Sunday", "8 December", "yesterday"."""
    return names_a_day(text) or not lx.RELATIVE_DAYS.isdisjoint(text.lower().split())


class _Tallies(_Claims):
    """The rules for running tallies of people exchanged."""

    def _perfect_now(self, start: int, stop: int, figure: int) -> bool:
        """Whether the clause's verb is a perfect with "now": "has now returned", "had now been".

        A perfect that says "now" adds up to the present, so the figure is the sum of
        every exchange so far; "has now confirmed" reports a statement and says nothing of it.
        "by now" does the same ("Russia had by now handed over more than 7,000 bodies").
        Nor does "has now given its account, saying it handed over 1,000": the perfect is
        the telling's, and the figure (at ``figure``) has the tense of the words told.
        """
        if "now" not in self.norm_set:
            return False  # most sentences: no "now" to find
        for i in range(max(start, self.first + 1), stop - 1):
            if self.norm_at[i] != "now":
                continue
            auxiliary = i - 1 - (self.norm_at[i - 1] == "by")
            if self.norm_at[auxiliary] not in ("has", "have", "had"):
                continue
            verb = self.norm_at[i + 1 + (self.norm_at[i + 1] == "been")]
            if verb in _NOW_REPORTING:
                continue
            if any(
                self.norm_at[j] in lx.SPEECH and self.norm_at[j].endswith("ing")
                for j in range(i + 1, figure)
            ):
                continue
            return True
        return False

    def _nationwide_perfect(self, figure: FigureMention, stop: int) -> bool:
        """Whether a sentence opened by "Nationally," counts in a perfect after the figure.

        "Nationally, the headquarters says 4,131 Ukrainians have returned from
        captivity": set against a region's count, the country's sum of every exchange.
        """
        if (self.norm_at[self.first], self.norm_at[self.first + 1]) != ("nationally", ","):
            return False
        return any(
            self.norm_at[i] in ("has", "have", "had") and self.norm_at[i + 1] != "to"
            for i in range(figure.np_end, min(stop, figure.np_end + 3))
        )

    def _given_for_in_past(self, figure: FigureMention) -> bool:
        """Whether a simple past clause gives a figure in return for ``figure``'s people.

        "In all, 215 Ukrainians came home on Friday, Kyiv said, in return for 55
        Russians": what one swap traded for them, so "in all" sums that swap's groups;
        a perfect ("have come home ... in exchange for") may still add up many swaps, and
        so may a clause dated only by a month or a longer span ("In all, Kyiv received
        900 bodies in March, in return for 40": the month's handovers summed).
        """
        if not self._dated_by_a_day_at_most():
            return False
        for i in range(figure.np_end, self.last - 2):
            word = self.norm_at[i]
            if word in (";", ":") or word in ("has", "have", "had"):
                return False
            if (word, self.norm_at[i + 2]) == ("in", "for") and self.norm_at[i + 1] in (
                "return",
                "exchange",
            ):
                return any(f.first in (i + 3, i + 4) for f in self.m.figures)
        return False

    def _dated_by_a_day_at_most(self) -> bool:
        """Whether the sentence names no date, or a day or a week among its dates.

        A month or a longer span ("in March", "in 2024") may date many handovers summed.
        """
        dates = [d for d in self.m.dates if self.first <= d.first < self.last and not d.since]
        return not dates or any(names_a_day(d.text) or "week" in d.text.lower() for d in dates)

    def _sum_cue_at(self, at: int) -> bool:
        """Whether a cue that adds up ("in total", "in all", "altogether", "all told") is at ``at``.

        "So far" or "to date" count up to now whatever the tense.
        """
        pair = (self.norm_at[at], self.norm_at[at + 1])
        return pair[0] == "altogether" or pair in (("in", "total"), ("in", "all"), ("all", "told"))

    def _summed_in_simple_past(self, figure: FigureMention) -> bool:
        """Whether "in total" before the figure sums one event's groups told in the simple past.

        "In total, 205 soldiers returned home", "In all, 90 captives were freed on
        Friday": a simple past tells of one handover, so the sum is of its groups; a
        perfect ("In total, 4,000 have come home") counts up to now, and a month or a
        longer span ("In all, 900 came back in March") may sum many handovers. Only a sum
        told before any figure, plural swaps or "three-day swap" is read so.
        """
        if (
            self.discourse.legs
            or self.discourse.many_exchanges >= 0
            or self.discourse.several_days >= 0
            or not self._dated_by_a_day_at_most()
        ):
            return False  # groups, swaps or a swap's days told before: the sum may span them
        told, before = self.discourse.dates_before
        if not any(_one_day(d.text) for d in self.m.dates) and not (
            told == self.index - 1 and any(_one_day(text) for text in before)
        ):
            return False  # no day named here or just before: which handover is summed?
        verb = next((t for t in self.m.transfers if t.first >= figure.np_end), None)
        if verb is None or not verb.done or verb.first - figure.np_end > 2:
            return False
        return all(self.norm_at[i] in ("was", "were") for i in range(figure.np_end, verb.first))

    def _when_of_date(self, at: int) -> bool:
        """Whether "when" at token ``at`` hangs on the date just before it.

        "released in exchanges on 3 May and 9 June, when 80 came home in return for 80":
        the clause tells of the one day it hangs on, not of all the exchanges.
        """
        if self.norm_at[at] != "when":
            return False
        end = at - (self.norm_at[at - 1] == ",")
        return any(d.last == end and not d.since for d in self.m.dates)

    def _when_between(self, start: int, stop: int) -> bool:
        """Whether a "when" on a date stands between ``start`` and ``stop``.

        "several exchanges since the start of the war, including one in late June, when
        144 were returned": the clause after "when" tells that one day's handover, so a
        span before it is not its figure's.
        """
        return "when" in self.norm_set and any(
            self._when_of_date(i) for i in self._at(("when",), start, stop)
        )

    def _when_of_start(self, at: int, figure: FigureMention) -> bool:
        """Whether "when" hangs on the date a span started and the figure is in its clause.

        "since it began mediating in October 2023, when four children were returned": the
        clause tells the first day's handover; "since 2022, when the war began, 4,000 have
        returned" closes the clause before its figure, which keeps the span.
        """
        if self.norm_at[at] != "when" or any(
            self.norm_at[i] in (",", ";") for i in range(at + 1, figure.first)
        ):
            return False
        end = at - (self.norm_at[at - 1] == ",")
        return any(d.last == end and d.since for d in self.m.dates)

    def _since_clause_started(self, since: int, stop: int) -> bool:
        """Whether the clause after "since" tells a start: "since the effort began".

        The clause's subject may carry a phrase of its own ("since the events in the Kursk
        region began"): its verb is looked for up to the comma or figure that ends it.
        """
        for j in range(since + 2, min(stop, since + 10)):
            if self.norm_at[j] in _STARTED:
                return True
            if self.norm_at[j] in (",", ";") or self.tokens[j].kind == NUM:
                return False
        return False

    def _cue_opens_running_clause(self, figure: FigureMention, at: int, stop: int) -> bool:
        """Whether the total cue at ``at``, right after ";" or ":", opens a running total.

        "; so far 4,552 have come home" and "; in all 2,700 have been brought home" count
        up to now: the cue marks a span ("so far", "to date", "since", "until now", "thus far") or
        the clause is in the present perfect. "; altogether 190 were freed" only sums
        what the clause before told, in the past tense of that one day, and so does a
        present perfect whose figure is the sum of the figures told before it in the
        sentence ("95 on Tuesday and 95 on Wednesday; in all, 190 have come home").
        After "but" only a span opens one: "..., but so far just 2,700 have arrived".
        """
        if self.norm_at[at - 1] not in (";", ":", "but"):
            return False
        if self.norm_at[at] in ("so", "to", "since", "until", "up", "thus"):
            return True
        if self.norm_at[at - 1] == "but":
            return False
        if not self._at(("has", "have"), at, stop):
            return False
        return bool(self._at(("since", "far", "date"), at, stop)) or not self._sums_told(figure, at)

    def _sums_told(self, figure: FigureMention, at: int) -> bool:
        """Whether the figure is the exact sum of two or more figures told before ``at``."""
        told = [f.amount for f in self.m.figures if self.first <= f.first and f.last <= at]
        counts = [*told, figure.amount]
        return (
            len(told) >= 2
            and all(c.low == c.high for c in counts)
            and sum(c.low for c in told) == figure.amount.low
        )

    def _running_total(self, figure: FigureMention, start: int) -> bool:
        """Whether the figure's clause counts many exchanges ("so far", "in all", "since 2022").

        A date after "since" counts too ("since May 2023"), unless it only
        ranks one exchange ("the first swap since June"), and so does a number
        of exchanges ("in 58 exchanges").
        """
        if self._each_of_events_after(figure):
            return False  # "27 bodies in each of the three handovers": every one's size
        if self._one_of_events_told(figure):
            return False  # "several swaps in the period, including one of 95 on each side"
        k = bisect.bisect_left(self.breaks, figure.np_end)
        stop = self.breaks[k] if k < len(self.breaks) else self.last
        # "The swap, which freed 100 people in all, was the second: on Monday, 140 ...":
        # a cue before a colon or semicolon is the earlier clause's
        start = max([start, *(i + 1 for i in self._at((":", ";"), start, figure.first))])
        # "in exchanges on 3 May and 9 June, when 80 came home": a "when" on the last
        # date opens a clause of that day's exchange alone
        start = max(
            [
                start,
                *(
                    i + 1
                    for i in self._at(("when",), start, figure.first)
                    if self._when_of_date(i) or self._when_of_start(i, figure)
                ),
            ]
        )
        # "Moscow, which gave figures for two of the swaps, said ... 94": not the figure's
        resumed = self._past_aside_on_name(start, figure.first)
        floor = self.first if resumed == start else resumed
        start = resumed
        after = self.norms[figure.np_end - self.first : figure.np_end + 8 - self.first]
        skipped = len(after) - len(self._past_apposition(figure, after)) or self._aside(after)
        if skipped and self.norm_at[figure.np_end + skipped] not in lx.RELATIVE_PRONOUNS:
            # "received 1,000 bodies, according to the headquarters, which said the total
            # had now topped 19,000": a relative clause after the aside tells of the
            # aside's source, not the figure, so the figure's clause ends before it
            # "5,941 Ukrainians, both defenders and civilians, have been returned since ..."
            k = bisect.bisect_left(self.breaks, figure.np_end + skipped)
            stop = self.breaks[k] if k < len(self.breaks) else self.last
        tallied = not self.norm_set.isdisjoint(_TALLY_PLURALS)  # "exchanges", "rounds" ...
        if tallied and any(
            self.norm_at[i] == "in"
            and self.norm_at[i + 1] in _TALLY_PLURALS
            and not self._sized_by_of(i + 1, figure)
            for i in range(max(self.first, start, figure.first - 12), figure.first)
        ):
            return True  # "in repatriations carried out with the ICRC, 2,500 bodies ..."
        if tallied and self._over_fronted_exchanges(figure, start):
            return True  # "over the summer's four prisoner exchanges, 788 came home"
        if tallied and self._brought_by_series(figure, start):
            return True  # "a series of handovers that month, which brought back 6,000"
        if tallied and self._moved_in_series(figure, stop):
            return True  # "handed over 6,000 bodies in a series of transfers": their sum
        if tallied and self._during_series(figure):
            return True  # "during a series of handovers in June, Russia gave back 6,000"
        if self._in_sized_parts(figure):
            return True  # "handed over 6,000 bodies in May, in batches of about 1,500"
        if self._share_in_period_after(figure):
            return True  # "has brought back 14,000 bodies, the bulk of them this year"
        if self._summing_opener(figure):
            return True  # "Counting yesterday and today, almost 700 have now come back"
        if self._newest_part_after(figure, stop):
            return True  # "4,100 have come home, the latest of them on May 3, when ..."
        if self._on_several_occasions(start, stop):
            return True  # "42 civilians were handed over at different times": many handovers
        if self._in_several_groups(figure, stop):
            return True  # "brought home 14 children in several small groups": many handovers
        if self._over_several_spans(figure, stop):
            return True  # "brought back 6,000 bodies over several weeks": many handovers' sum
        if self._perfect_within_a_span(figure, stop):
            return True  # "3,600 bodies have come back in under a week": that week's sum
        if self._perfect_over_a_season(figure, stop):
            return True  # "540 people had come home this summer": the season's sum
        if self._passive_in_a_span(figure, stop):
            return True  # "In June, 6,057 bodies were returned in a week": that week's sum
        if self._in_one_long_stretch(figure, start, stop):
            return True  # "5,000 bodies came back in a single week": that week's handovers
        if self._year_of_the_war(figure, start, stop) is not None:
            return True  # "In the second year of the war, 2,300 came home": that year's sum
        if self._exchange_of_several_days(figure, stop):
            return True  # "the three-day swap in May, when 1,000 were freed": its days' sum
        if self._in_exchanges_told_before(figure, stop):
            return True  # "There have been dozens of swaps. 2,800 have come home in them."
        if self._through_all_channels(start, stop):
            return True  # "1,229 have been brought back through all channels": every route's
        if self._perfect_now(start, stop, figure.first):
            return True  # "the country had now returned 3,520 of its people"
        if self._nationwide_perfect(figure, stop):
            return True  # "Nationally, the headquarters says 4,131 have returned"
        if self._span_stated(figure, start, stop):
            return True  # "during those five months Ukraine had recovered 11,057 bodies"
        if self._same_period(start, stop):
            return True  # "... and fewer than 1,000 have come back over the same period"
        if self._back_against_taken(figure, stop):
            return True  # "Russia has taken 19,000 of them. Fewer than 1,500 have come back."
        if self._perfect_since_then(start, stop):
            return True  # "Since then it has helped reunite more than 100 children"
        if self._helped_in_perfect(figure, start, stop):
            return True  # "Qatar says it has helped reunite 59 children with their families"
        if self._mediation_perfect(figure):
            return True  # "the UAE said its mediation had led to the release of 2,484"
        if self._perfect_as_of(figure, start, stop):
            return True  # "As of Monday, Kyiv had brought home 480 civilians"
        if self._told_since_pluperfect(figure):
            return True  # "said in January that 3,000 servicemen had been returned"
        if self._after_days_told(figure, start, stop):
            return True  # "after Friday and Saturday, 697 prisoners had been returned"
        if self._perfect_before_period(figure, stop):
            return True  # "8,000 bodies had been repatriated before this month's transfers"
        for at in self.totals:
            if self._held_since_at(at) or self._in_people_relative(figure, at, stop):
                continue
            if (
                at == start
                and start > self.first
                and not self._cue_opens_running_clause(figure, at, stop)
            ):
                continue  # "which freed 100 people in all": the figure before's total
            if figure.last < at < figure.np_end:
                continue  # "the same number of people, 390 in all": the phrase's own figure
            if self._ranked_so_far(at):
                continue  # "in the largest swap so far, 390 were freed": one exchange ranked
            if (
                self.norm_at[at + 2] == "same"
                and lx.same_span_at(self.norm, at) is not None
                and self._period_of_dated_swaps()
            ):
                continue  # "On 9 and 21 May two swaps ... In the same period, 500": one more
            if at < figure.first and (
                self._given_for_in_past(figure)
                or (self._sum_cue_at(at) and self._summed_in_simple_past(figure))
            ):
                continue  # "In all, 215 came home on Friday in return for 55": one swap's sum
            if at == figure.last and self._closing_sum_of_day(figure, start):
                continue  # "came home on Tuesday, 84 in all": one day's sum
            if at == figure.last and self._sizes_definite_group(figure, start):
                continue  # "The soldiers who came home, 51 in all, ...": a group told
            if at >= figure.first and self._sum_of_parts_before(figure):
                continue  # "185 servicemen and 20 civilians had returned, 205 in all"
            if at >= figure.first and self._sum_of_kinds_told(figure):
                continue  # "... 185 servicemen. ... 20 civilians too, saying 205 in all had"
            if at >= figure.first and self._kinds_after_sum(at):
                continue  # "12 people had been freed in total, both soldiers and civilians"
            if start <= at < stop and not (self.norm_at[at] == "since" and self._ranked(at)):
                if self.norm_at[at] == "since" and (
                    self._held_since(figure, at) or self._since_of_nothing(at, figure)
                ):
                    continue
                return True
        if any(
            self.norm_at[i + 1] in ("those", "these", "the")
            and self._months_or_years(i + 2 + (self.norm_at[i + 2] in ("past", "last")))
            for i in self._at(("during", "over", "in"), figure.first - 16, figure.first)
        ):
            return True  # "during those five months Ukraine had recovered 11,057 bodies"
        if self._across_told_days(figure, start, stop):
            return True  # "That brings the total, across the three days, to 1,000 ..."
        if self._total_after_rank(figure):
            return True  # "This is the 68th exchange since ... A total of 6,062 have been returned"
        for i in self._at(("since",), start, stop):
            if self._since_of_nothing(i, figure):
                continue  # "no swap had been held since the talks, but on Friday 95 ..."
            # "since the effort began", "since the programme was launched": a start told
            # by a clause, not a date, before or after the figure
            if (
                not figure.first <= i < figure.np_end
                and not self._ranked(i)
                and self._since_clause_started(i, stop)
            ):
                return True
            if (
                not figure.first <= i < figure.np_end
                and not self._ranked(i)
                and not self._held_since_at(i)  # "men Russia had held since the battles"
                and any(self.norm_at[j] in _START_EVENTS for j in range(i + 1, min(stop, i + 5)))
            ):
                return True  # "since the Istanbul talks", "since June's deal": a start by event
            if (
                not figure.first <= i < figure.np_end
                and not self._ranked(i)
                and not self._held_since_at(i)
                and self._war_opened(i + 1, stop)
            ):
                return True  # "since Russia's full-scale invasion": the war's start

        if tallied and any(
            self.norm_at[i + 1] in _TALLY_PLURALS
            and (self.norm_at[i].isdigit() or self.norm_at[i] in lx.NUMBER_WORDS)
            and not (i >= figure.np_end and self.norm_at[i + 2] in _CAME_NEXT)
            # "May brought two exchanges: 45 defenders for 3 pilots on the 6th, ...": the
            # colon opens the list of the exchanges counted, each of them one
            and not (i < figure.first and self._list_opened(i + 2, figure, stop))
            for i in range(
                max(floor, figure.first - 8 - self._outcome_relative(figure)),
                min(stop, figure.np_end + 12),
            )
        ):
            # "in 58 exchanges, about 4,500 people have come home"; not "and two handovers
            # followed": exchanges counted after the figure that came next sum nothing of it
            return True
        for date in self.m.dates:
            if not (start <= date.first or self._year_set_off(date, figure)) or (
                date.first >= stop or self._in_people_relative(figure, date.first, stop)
            ):
                continue
            if self._captivity_date(date):
                continue  # "brought home men captured in 2022": when they were taken, no span
            # "since the first batch on June 11": a rank after "since" is the start's own
            since = next(
                (
                    i
                    for i in range(date.first - 1, max(start, date.first - 8) - 1, -1)
                    if self.norm_at[i] == "since"
                ),
                date.first,
            )
            if date.since and not self._ranked(since):
                if (
                    self._held_since_at(date.first)
                    or self._held_since_at(since)  # "held since the battles in the spring"
                    or self._held_since(figure, date.first - 1)
                    or self._when_of(date, figure)
                    or self._since_of_nothing(since, figure)
                    or self._since_of_figureless_clause(since, date, figure)
                ):
                    continue
                return True
            if self._whole_span_opener(date.first) and _WHOLE_SPAN.fullmatch(date.text):
                # "had come home from captivity during 2024", "across 2024 more than 1,350
                # were returned", "in the course of 2024": a year's total
                return True
            if (
                _SEASON.fullmatch(date.text)
                and self.norm_at[date.first - 1] == "the"
                and self.norm_at[date.first - 2] in _WHOLE_SPAN_WORDS | {"over"}
                and self.norm_at[date.last] == ","
                and not any(
                    self.tokens[i].text[:1].isalnum() for i in range(self.first, date.first - 2)
                )
                and not self._in_one_handover(figure)
                # "Over the spring, in March, April and May, roughly 300 each month": dates
                # listed inside the season, or a size per handover, are the handovers' own
                and not any(date.last <= d.first < figure.first for d in self.m.dates)
                and self.norm_at[figure.np_end] not in ("each", "apiece", "per", "a")
            ):
                # "Over the summer, 505 came home": a season fronted as the clause's frame
                # is the span its figure sums ("after a pause over the summer" frames none)
                return True
            if self._year_total(date, figure, start):
                return True
            if (
                self.norm_at[date.last] == "alone"
                and not self._ranked(date.first)
                and not self._in_one_handover(figure)
            ):
                return True  # "6,057 bodies had been repatriated in June alone": June's sum
            if (
                figure.np_end <= date.first <= figure.np_end + 10
                and not self._in_relative(date.first)
                and self._year_long(date)
            ):
                # "brought home 3,311 people from captivity in 2025", "... returned this
                # year": a whole year after the verb is the span a sum covers
                return True
        return False

    def recurring_sizes(self, legs: list[LegDraft]) -> list[LegDraft]:
        """The legs less the totals of a size told "at a time", which sums nothing.

        "Over the year Kyiv received the bodies of about 900 soldiers at a time": the
        figure is what each of several handovers moved, not a sum over the span (the
        handovers themselves, when the text lists their days, are the transfer rules').
        """
        if "time" not in self.norm_set or not legs:
            return legs  # most sentences: no size told "at a time"
        sizes = {
            f.amount
            for f in self.m.figures
            if self.norm_at[f.np_end] == "at"
            and self.norm_at[f.np_end + 1] == "a"
            and self.norm_at[f.np_end + 2] == "time"
        }
        if not sizes:
            return legs
        return [g for g in legs if not g.tally or g.sentence != self.index or g.amount not in sizes]

    def _whole_span_opener(self, at: int) -> bool:
        """Whether the date at ``at`` opens a whole span: "during 2024", "in the course of 2024".

        "In the course of" and "over the course of" say "during" at length; a bare "in"
        does not (its year may date one handover).
        """
        before = self.norm_at[at - 1]
        if before in _WHOLE_SPAN_WORDS:
            return True
        return [self.norm_at[i] for i in range(at - 3, at)] == _COURSE_OF and self.norm_at[
            at - 4
        ] in (
            "in",
            "over",
            "during",
            "throughout",
        )

    def _one_of_events_told(self, figure: FigureMention) -> bool:
        """Whether the figure sizes one of the exchanges the sentence counted before it.

        "several exchanges took place during the period, including one of 95 prisoners
        on each side": "one of" picks a single exchange out of those told, so the span
        that framed them all is not the figure's.
        """
        at = figure.first
        if (self.norm_at[at - 2], self.norm_at[at - 1]) != ("one", "of"):
            return False
        if self.norm_at[at - 3] not in _PICKING_ONE:
            return False
        return any(self.norm_at[i] in _TALLY_PLURALS for i in range(self.first, at - 2))

    def _each_of_events_after(self, figure: FigureMention) -> bool:
        """Whether "in each of" the exchanges counted follows the figure's people.

        "Russia got 27 bodies back in each of the first three handovers": the figure is
        the size of every one of them, not their sum, so the count of them sums nothing.
        """
        if "each" not in self.norm_set:
            return False
        at = figure.np_end + (self.norm_at[figure.np_end] in ("in", "for"))
        if self.norm_at[at] != "each" or self.norm_at[at + 1] != "of":
            return False
        return any(self.norm_at[i] in _TALLY_PLURALS for i in range(at + 2, min(self.last, at + 7)))

    def _events_each_of(self, figure: FigureMention) -> tuple[str | None, int] | None:
        """The rank and count of "each of the first three handovers" after the figure.

        ``(rank, count)``: "first", "last" (for "last", "latest", "past", "previous",
        "most recent") or None when no rank is given; None when the handovers are not
        counted ("in each of the handovers"), or the phrase is not one of exchanges.
        """
        if not self._each_of_events_after(figure):
            return None
        j = figure.np_end + (self.norm_at[figure.np_end] in ("in", "for")) + 2
        j += self.norm_at[j] in _EVENTS_DETERMINERS
        j += self.norm_at[j] == "most"
        rank = _EVENT_RANKS.get(self.norm_at[j])
        j += rank is not None
        count = lx.number_value(self.norm_at[j])
        if rank is None:  # "its two latest swaps": the rank after the count
            rank = _EVENT_RANKS.get(self.norm_at[j + 1])
            j += rank is not None
        if count is None or count < 2 or self.norm_at[j + 1] not in _TALLY_PLURALS:
            return None
        return rank, count

    def each_of_told_events(
        self, legs: list[LegDraft], earlier: Sequence[LegDraft]
    ) -> list[LegDraft]:
        """``legs`` with a figure "in each of the first three handovers" put on each of their days.

        Told after the handovers' own days, the figure is one transfer on every one of
        them: "Russia got 27 bodies back in each of the first three handovers" takes the
        first three days of the transfers of bodies told before. When the handovers are
        not counted, or the days told before do not match their count, the figure's
        legs are dropped: a missed figure is better than one put on a guessed day. A
        leg of the same count dated later in the sentence ("and on 12 October Kyiv
        freed 15") is another figure's when the sentence has one of that count: kept.
        """
        shared = [
            (f, self._events_each_of(f)) for f in self.m.figures if self._each_of_events_after(f)
        ]
        if not shared:
            return legs
        out: list[LegDraft] = []
        for leg in legs:
            figure, told = next(
                ((f, t) for f, t in shared if not leg.tally and leg.amount == f.amount),
                (None, None),
            )
            if figure is None:
                out.append(leg)
                continue
            if self._of_another_figure(leg, figure):
                out.append(leg)
                continue
            # one date per exchange told, in the order told
            days = list(
                dict.fromkeys(
                    day
                    for e in earlier
                    if not e.tally and e.sentence < leg.sentence and e.category is leg.category
                    for day in e.dates
                )
            )
            chosen = _ranked_days(days, told, full=len(earlier) >= EARLIER_KEPT)
            out.extend(leg._replace(dates=(day,)) for day in chosen)
        return out

    def _of_another_figure(self, leg: LegDraft, figure: FigureMention) -> bool:
        """Whether ``leg``, of ``figure``'s count, is another figure's of that count.

        Only when the sentence has such a figure, and ``leg`` is dated by a day this
        sentence names after ``figure``'s "in each of" phrase: that day is the other
        figure's, since the shared figure's days are the handovers told before.
        """
        if not any(f.first != figure.first and f.amount == figure.amount for f in self.m.figures):
            return False
        later = {d.text for d in self.m.dates if d.first > figure.np_end}
        return bool(leg.dates) and set(leg.dates) <= later

    def _list_opened(self, at: int, figure: FigureMention, stop: int) -> bool:
        """Whether a colon, or a lone dash before a figure dated to its day, opens a list at ``at``.

        "May brought two exchanges: 45 ... on the 6th": the exchanges counted are then
        told one by one, each its own (:meth:`dated_list_dash` for the dash).
        """
        if ":" in self.norms[at - self.first : figure.first - self.first]:
            return True
        return self.dated_list_dash(at, figure, stop) is not None

    def _share_in_period_after(self, figure: FigureMention) -> bool:
        """Whether an aside after the figure puts a share in a period: ", most of them this year".

        "Ukraine has brought back 14,000 bodies, the bulk of them this year": a share of
        the figure fell in one period, so the figure spans more than one handover.
        """
        at = self._share_aside_after(figure.np_end)
        return at is not None and (
            self.norm_at[at] == "since"
            or (self.norm_at[at] in ("this", "last") and self.norm_at[at + 1] in lx.DATE_UNITS)
            or any(d.first in (at, at + 1) for d in self.m.dates)
        )

    def _aside_on_name(self, at: int) -> bool:
        """Whether ", which" at ``at`` opens an aside on a side or a speaker named before it.

        "Moscow, which gave figures for only two of the swaps, said it got 94 back": the
        exchanges such an aside counts are the speaker's record, not the figure's sum.
        An aside on the exchanges or a period ("June alone, which ...") is not.
        """
        return self.norm_at[at] == "which" and at in self._name_asides()

    def _name_asides(self) -> dict[int, int | None]:
        """Each ", which" (or "whose", "who") aside on a named side or speaker, with its comma.

        "Kyiv, whose envoys have pressed for swaps throughout the war, ...": the aside tells
        the side's own story as "which" does. Worked out once per sentence: the rules that
        skip such an aside ask at every figure, and a scan of every word against every
        party would be quadratic.
        """
        if self._name_aside_cache is not None:
            return self._name_aside_cache
        asides: dict[int, int | None] = {}
        self._name_aside_cache = asides
        for at in self._at(("which", "whose", "who"), self.first + 2, self.last):
            named = at - 2
            if self.norm_at[at - 1] == "," and (
                any(p.noun and p.first <= named < p.last for p in self.m.parties)
                or any(s.entry is not None and s.first <= named < s.last for s in self.m.sources)
            ):
                asides[at] = next(iter(self._at((",",), at + 1, self.last)), None)
        return asides

    def _past_aside_on_name(self, start: int, stop: int) -> int:
        """Where the clause resumes after an aside on a named side (see :meth:`_aside_on_name`).

        "Moscow, which gave figures for two of the swaps, said it got 94 back": the words
        read for the figure's span begin after the aside's closing comma, so the aside's
        count of swaps does not make the 94 a sum. An aside still open at ``stop`` is
        not skipped.
        """
        if self.norm_set.isdisjoint(("which", "whose", "who")):
            return start  # most sentences: no aside to skip
        asides = self._name_asides()
        at = next((a for a in asides if start <= a < stop), None)
        close = None if at is None else asides[at]
        return close + 1 if close is not None and close < stop else start

    def _outcome_relative(self, figure: FigureMention) -> int:
        """How many words of a relative telling an outcome ("as a result of which") open the figure.

        "69 exchanges have taken place, as a result of which 6,211 have returned": the
        relative hangs the figure on the exchanges counted before it, as "in which" does.
        """
        opener = _OUTCOME_RELATIVE
        before = tuple(self.norm_at[i] for i in range(figure.first - len(opener), figure.first))
        return len(opener) if before == opener and figure.first - len(opener) > self.first else 0

    def _in_one_handover(self, figure: FigureMention) -> bool:
        """Whether the figure's clause says its people came "in one" or "in a single" handover.

        "Last month alone, 757 came home in one repatriation on February 14": the month
        frames one handover's size, not a sum of several.
        """
        return any(
            self.norm_at[i] == "in"
            and (
                self.norm_at[i + 1] == "one"
                or (self.norm_at[i + 1] == "a" and self.norm_at[i + 2] == "single")
            )
            and _lemmas.lemma(self.norm_at[i + 2 + (self.norm_at[i + 1] == "a")]) in _ONE_HANDOVER
            for i in range(figure.np_end, min(self.last, figure.np_end + 8))
        )

    def _brought_by_series(self, figure: FigureMention, start: int) -> bool:
        """Whether the figure is what a series of exchanges brought, told as its clause.

        "as part of a series of handovers that month, which Ukraine says brought back
        more than 6,000 of its dead": the series' sum; "the latest in a series of swaps,
        150 were freed" ranks one exchange in the series and is not one.
        """
        for i in self._at(("series",), max(start, figure.first - 16), figure.first):
            if self.norm_at[i + 1] != "of" or self.norm_at[i + 2] not in _TALLY_PLURALS:
                continue
            if not _SERIES_MEMBER.isdisjoint(self.norm_at[j] for j in range(max(start, i - 4), i)):
                continue  # "the latest in a series of swaps": one of them
            between = range(i + 3, figure.first)
            if any(self.tokens[j].kind == NUM for j in between):
                continue
            # a clause of the series' own: no break, or only one that opens "which"
            if all(
                any(c.isalnum() for c in self.norm_at[j]) or self.norm_at[j + 1] == "which"
                for j in between
            ):
                return True
        return False

    def _during_series(self, figure: FigureMention) -> bool:
        """Whether a phrase "during a series of handovers", set before the figure's clause,
        times the figure's people.

        "In June, during a series of handovers that lasted several days, Russia transferred
        more than 6,000 bodies": the figure is the series' sum. Not past a figure or a turn
        to another clause ("during a series of swaps, 300 came home; on Friday 90 more"),
        nor "the latest in a series of swaps", which ranks one.
        """
        for i in self._at(("series",), self.first, figure.first):
            if (
                self.norm_at[i + 1] != "of"
                or self.norm_at[i + 2] not in _TALLY_PLURALS
                or self.norm_at[i - 1] not in ("a", "an")
                or self.norm_at[i - 2] not in _DURING_WORDS
            ):
                continue
            between = range(i + 3, figure.first)
            if any(self.norm_at[j] in _CLAUSE_TURNS for j in between):
                continue
            # "..., Russia handed over 6,000 bodies, receiving 78 in return": the return
            # leg of the same series may stand past its first figure
            returned = self.norms[figure.np_end - self.first : figure.np_end + 2 - self.first]
            if returned not in (["in", "return"], ["in", "exchange"]) and any(
                self.tokens[j].kind == NUM for j in between
            ):
                continue
            if sum(self.norm_at[j] == "," for j in between) <= 3:
                return True
        return False

    def _moved_in_series(self, figure: FigureMention, stop: int) -> bool:
        """Whether the figure's people moved "in a series of transfers", told after it.

        "Russia handed over 6,000 bodies in a series of transfers over ten days": the
        figure sums the series. Not "150 were freed, the latest in a series of swaps",
        where a comma sets off an aside ranking one exchange in it.
        """
        for i in self._at(("in",), figure.np_end, min(stop, figure.np_end + 6)):
            if (
                self._series_at(i + 1)
                and self.norm_at[i - 1] not in _SERIES_MEMBER  # "were the latest in a series"
                and self.norm_at[i + 3 + (self.norm_at[i + 3] == "of")] in _TALLY_PLURALS
                and not any(
                    self.tokens[j].kind == NUM or self.norm_at[j] in lx.SET_OFF_MARKS
                    for j in range(figure.np_end, i)
                )
            ):
                return True
        return False

    def _in_sized_parts(self, figure: FigureMention) -> bool:
        """Whether the figure's people moved "in tranches of" a smaller size, over no one day.

        "In May Kyiv received over 4,000 bodies, which it is still identifying, in batches
        of about 1,000": the figure sums several handovers of that size. Not when the
        figure's clause (or the phrase opening the sentence before it) dates a day ("on
        Friday 1,000 arrived in batches of 250": one handover) or dates nothing (the span
        summed would be a guess), nor past another figure or clause ("..., while 50 went
        back in batches of ..."). Another clause's day is not this figure's.
        """
        if not self.norm_set.intersection(_SIZED_PARTS):
            return False
        start, stop = self._clause_of(figure)
        dates = [
            d
            for d in self.m.dates
            if start <= d.first < stop or self._fronted_to(max(self.first, d.first - 1), start)
        ]
        if not dates or any(names_a_day(d.text) for d in dates):
            return False  # no span named ("in the spring") or one day's handover
        stop = min(self.last - 3, figure.np_end + _SIZED_PARTS_REACH)
        for i in self._at(("in",), figure.np_end, stop):
            if self.norm_at[i + 1] not in _SIZED_PARTS or self.norm_at[i + 2] != "of":
                continue
            between = range(figure.np_end, i)
            if any(self.tokens[j].kind == NUM or self.norm_at[j] in _CLAUSE_TURNS for j in between):
                return False
            size = next(
                (self.tokens[j].text for j in range(i + 3, i + 6) if self.tokens[j].kind == NUM),
                None,
            )
            with contextlib.suppress(ValueError):
                return size is not None and Count.parse(size).low < figure.amount.low
            return False
        return False

    def _in_several_groups(self, figure: FigureMention, stop: int) -> bool:
        """Whether the figure's people came "in several small groups", "in various batches".

        Groups of no told size, more than one, are several handovers, so the figure is
        their sum over the span the sentence names. Not when it names no span (the span
        summed would be a guess), nor when the clause dates a day ("on Friday, in several
        groups": one handover's parts), nor past another figure ("..., 40 in several groups").
        """
        if self.norm_set.isdisjoint(_GROUPS) or not self.m.dates:
            return False  # most sentences: no scan of the clause word by word
        for i in self._at(("in",), figure.np_end, min(stop, figure.np_end + 4)):
            j = i + 1 + (self.norm_at[i + 1] in _SEVERAL | {"many"})
            if j == i + 1:
                continue
            j += self.norm_at[j] in ("small", "smaller", "separate")
            if self.norm_at[j] not in _GROUPS:
                continue
            start, _ = self._clause_of(figure)
            return not any(self.tokens[k].kind == NUM for k in range(figure.np_end, i)) and not any(
                start <= d.first < stop and names_a_day(d.text) for d in self.m.dates
            )
        return False

    def _on_several_occasions(self, start: int, stop: int) -> bool:
        """Whether the clause moves its people "at different times", "on several occasions".

        People handed over on several days are the sum of several handovers, not one.
        """
        if self.norm_set.isdisjoint(_OCCASIONS):
            return False  # most sentences: no scan of the clause word by word
        return any(
            self.norm_at[i] in ("at", "on")
            and self.norm_at[i + 1] in _SEVERAL
            and self.norm_at[i + 2] in _OCCASIONS
            for i in range(start, stop - 2)
        )

    def _in_exchanges_told_before(self, figure: FigureMention, stop: int) -> bool:
        """Whether the figure's people came home "in them" ("in those", "in these"), exchanges
        named in the plural before the figure or in the sentence before.

        "The sides have held dozens of swaps. About 2,800 have come home in them": the
        pronoun stands for many exchanges, so the figure is their sum, not one handover.
        """
        if "in" not in self.norm_set or self.norm_set.isdisjoint(_BACK_TO_MANY):
            return False  # most sentences: no "in them" to find
        if not any(
            self.norm_at[i] == "in"
            and self.norm_at[i + 1] in _BACK_TO_MANY
            and (self.norm_at[i + 2] in _TALLY_PLURALS or self.norm_at[i + 1] == "them")
            for i in range(figure.np_end, stop - 1)
        ):
            return False
        return self.discourse.many_exchanges == self.index - 1 or any(
            self.norm_at[i] in _TALLY_PLURALS for i in range(self.first, figure.first)
        )

    def _over_several_spans(self, figure: FigureMention, stop: int) -> bool:
        """Whether the figure's people moved "over several weeks", "across many days".

        An indefinite run of days, weeks or months after the figure spans many handovers,
        so the figure is their sum, and so does a counted run of months or years ("over
        two years"); "over three days" sizes one exchange told in stages, and
        "held for several months" tells the people's captivity, not the handovers.
        """
        counted = not self.norm_set.isdisjoint(("months", "years"))
        if not counted and (
            self.norm_set.isdisjoint(_SPAN_UNITS) or self.norm_set.isdisjoint(_MANY_SPANS)
        ):
            return False  # most sentences: no indefinite span, no count of months or years
        if "single" in self.norm_set:
            return False  # "the largest single handover, ... over several days": one, in stages
        if self.norm_at[figure.np_end] == "for" and self.tokens[figure.np_end + 1].kind == NUM:
            return False  # "1,000 for 1,000 over several days": one swap, in stages
        # "1,000 each over several days": one swap, in stages
        staged = any(figure.first < i < stop for i in self.sides)
        if any(
            self._counted_span(i)
            and (
                self.norm_at[i + 3] == ","
                or (self.norm_at[i + 3], self.norm_at[i + 5]) == ("of", ",")
            )
            for i in range(max(self.first, figure.first - 10), figure.first - 3)
        ):
            # "Over two years (of war), 3,700 Ukrainians were freed": a fronted span
            return True
        dated = {d.first for d in self.m.dates}
        for i in range(figure.np_end, stop - 2):
            if i in dated:
                return False  # "on Friday, after talks over several weeks": one day's handover
            if self.norm_at[i] in _SPAN_CUT:
                return False  # "after talks that dragged on over several weeks": not the figure's
            if (
                self.norm_at[i] in lx.SPAN_PREPOSITIONS
                and (
                    (
                        not staged
                        and self.norm_at[i + 1] in _MANY_SPANS
                        and self.norm_at[i + 2] in _SPAN_UNITS
                    )
                    # "over two years": no one swap takes months, so many were summed
                    or self._counted_span(i)
                )
                # "held over two years" times the captivity; "freed from captivity over
                # two years" times the freeing
                and (
                    self.norm_at[i - 1] not in _HELD_WORDS
                    or "from" in (self.norm_at[i - 2], self.norm_at[i - 3])
                )
            ):
                return True
        return False

    def _perfect_within_a_span(self, figure: FigureMention, stop: int) -> bool:
        """Whether a perfect's people came back "in under a week", "within a month".

        "3,600 bodies have come back in under a week": a perfect bounded by a span of a
        week or longer counts every handover of that span, so the figure is their sum,
        never one day's. "within a week of the deal" names a deadline, not the span.
        """
        if self.norm_at[figure.np_end] not in ("has", "have", "had"):
            return False
        return any(
            self._long_stretch_at(i, _PERFECT_STRETCH)
            for i in self._at(_PERFECT_STRETCH.leads, figure.np_end + 2, stop)
        )

    def _perfect_over_a_season(self, figure: FigureMention, stop: int) -> bool:
        """Whether a perfect's people came back over a season: "had been returned this autumn".

        No one handover takes a season, so a perfect dated by one ("this summer", "last
        winter", "in the spring") counts every handover of its three months: their sum.
        """
        if self.norm_at[figure.np_end] not in ("has", "have", "had"):
            return False
        return any(
            self.norm_at[i] in SEASONS and self.norm_at[i - 1] in _SEASON_DETERMINERS
            for i in range(figure.np_end + 2, stop)
        )

    def _passive_in_a_span(self, figure: FigureMention, stop: int) -> bool:
        """Whether a past passive's people came back "in a week", "within a month".

        "In June, 6,057 bodies were returned in a week": the handover told as done took a
        week or longer, so the figure sums that span's handovers. Not "in a week's time"
        nor "within a week of the deal" (a wait or a deadline), and only with the
        participle right after "were" or "was", so a plan ("will be returned in a week")
        never reads so.
        """
        if self.norm_at[figure.np_end] not in ("were", "was"):
            return False
        verb = figure.np_end + 1
        if not self.norm_at[verb].endswith("ed") or self.norm_at[verb] in _DUE_WORDS:
            return False
        return any(
            self._long_stretch_at(i, _PASSIVE_STRETCH)
            for i in self._at(_PASSIVE_STRETCH.leads, verb + 1, min(stop, verb + 4))
        )

    def _in_one_long_stretch(self, figure: FigureMention, start: int, stop: int) -> bool:
        """Whether the figure's clause puts its people in one stretch of a week or longer.

        "In one week, 5,000 bodies came back", "handed over 5,012 in a single week", "had
        been returned over the previous week": no one handover lasts a week, so the figure
        sums that stretch's handovers. A bare "in a week" is a wait ("will come home in a
        week") and "a week of"/"a week after" a deadline; a size per handover ("1,000 each
        week") sums nothing.
        """
        if self.norm_set.isdisjoint(_LONG_SPAN_UNITS):
            return False  # most sentences: no week, month or year to find
        if self.norm_at[figure.np_end] in ("each", "apiece", "per", "a", "every"):
            return False
        # "In one week, ...", "In June, over a single week, ...": a stretch fronted before
        # the sentence's first figure frames every clause after it
        opening = [
            i
            for i in self._at(_ONE_STRETCH.leads, self.first, start)
            if i == self.first or self._fronted(i)
        ]
        return any(
            self._long_stretch_at(i, _ONE_STRETCH)
            for i in opening + self._at(_ONE_STRETCH.leads, start, stop - 2)
            if not figure.first <= i < figure.np_end
        )

    def _year_of_the_war(self, figure: FigureMention, start: int, stop: int) -> int | None:
        """Which numbered year of the war the figure's clause puts its people in, if any.

        "During the second year of the invasion, 2,300 were freed": no one handover lasts
        a year, so the figure sums that year's handovers. The year may be fronted before
        the sentence's first figure or said in the clause, but not as the time of a
        capture or a death ("soldiers taken in the first year of the war").
        """
        if "year" not in self.norm_set:
            return None  # most sentences: no year of the war to find
        opening = [
            i
            for i in self._at(_YEAR_OF_WAR_LEADS, self.first, start)
            if i == self.first or self._fronted(i)
        ]
        norm = self.norm_at
        for i in opening + self._at(_YEAR_OF_WAR_LEADS, start, stop - 5):
            if figure.first <= i < figure.np_end:
                continue
            if norm[i - 1] in _FOUGHT_OR_DIED | lx.CAPTURED_WORDS | _HELD_OR_TAKEN:
                continue  # "taken prisoner in the first year of the war": the capture's time
            if norm[i - 1] == "prisoner" and norm[i - 2] in lx.CAPTURED_WORDS | _HELD_OR_TAKEN:
                continue
            if (
                norm[i + 1] == "the"
                and norm[i + 2] in lx.ORDINALS
                and norm[i + 3] == "year"
                and norm[i + 4] == "of"
                and self._war_opened(i + 5, self.last + 1)
            ):
                return lx.ORDINAL_VALUES[norm[i + 2]]
        return None

    def over_year_of_war(self, leg: LegDraft) -> LegDraft:
        """A running total told over a numbered year of the war, as of that year's end.

        "In the first year of the war, 1,600 came home" covers that year and stood at
        its close, not when the text was published. The dates are left to the assembler,
        which knows when the war began; a total with a date or start of its own keeps it.
        """
        if not leg.tally or leg.dates or leg.since is not None or leg.stated:
            return leg
        if "year" not in self.norm_set:
            return leg
        for figure in self.m.figures:
            if figure.amount != leg.amount or not self.first <= figure.first <= self.last:
                continue
            start = max([self.first, *(i + 1 for i in self._at((";",), self.first, figure.first))])
            k = bisect.bisect_left(self.breaks, figure.np_end)
            stop = self.breaks[k] if k < len(self.breaks) else self.last
            rank = self._year_of_the_war(figure, start, stop)
            if rank is not None:
                return leg._replace(
                    dates=(f"{WAR_YEAR_END}{rank}",), stated=True, since=f"{WAR_YEAR_START}{rank}"
                )
        return leg

    def _fronted(self, i: int) -> bool:
        """Whether the phrase at ``i`` follows a comma or colon with no figure told before it.

        "In June, over a single week, ..." and "... of the year: over a single week, ...":
        the phrase opens the sentence's first clause of figures.
        """
        return self.norm_at[i - 1] in (",", ":") and not any(
            f.first < i for f in self.m.figures if f.first >= self.first
        )

    def _long_stretch_at(self, i: int, form: _StretchForm) -> bool:
        """Whether the preposition at ``i`` opens one stretch of a week or longer told as
        ``form`` tells it.

        The words between the preposition and the unit ("in under a week", "over the past
        month") are the form's own; a word of its ``ends`` after the unit ("within a week
        of the deal", "in a week's time") makes it a deadline or a wait instead.
        """
        norm = self.norm_at
        for lead in form.leads.get(norm[i], ()):
            at = i + 1
            for word in lead:
                if norm[at] != word:
                    break
                at += 1
            else:
                if norm[at] in _LONG_SPAN_UNITS and norm[at + 1] not in form.ends:
                    return True
        return False

    @_Positions
    def _several_day_swaps(self) -> list[int]:
        """Where each "N-day <swap>" of the sentence ("the three-day exchange") has its "day".

        A handover noun sized by days names an exchange made on several days. None when the
        sentence tells one of its days or stages ("on the final day of the three-day swap",
        "the second stage", "300 a day"): its figure counts one handover. Worked out once
        per sentence, as every figure's rules ask.
        """
        if not self.day_sized_swaps or self._one_day_told:
            return []  # "the final day", "each day", "the second stage", "300 a day": one
        return self.day_sized_swaps

    @_Positions
    def day_sized_swaps(self) -> list[int]:
        """Where each "N-day <swap>" of the sentence has its "day", whatever day it tells."""
        if "day" not in self.norm_set or self.norm_set.isdisjoint(_DAY_SIZED_NOUNS):
            return []  # most sentences: no handover sized by days
        return [
            i
            for i in self._at(("day",), self.first + 2, self.last)
            if self.norm_at[i - 1] == "-"
            and (lx.number_value(self.norm_at[i - 2]) or 0) >= 2
            and self.norm_at[i + 1] in _DAY_SIZED_NOUNS
        ]

    @_Positions
    def _counted_day_runs(self) -> list[int]:
        """Where each counted run of days people moved over ("over three days") has "days".

        "Returned 1,000 to each side over three days" tells one exchange made in stages by
        the days it took, as "the three-day swap" does. None when the sentence tells one of
        its days or stages, and none for a captivity or talks the run times ("held over
        three days", "talks over two days"), and none unless the sentence places the days
        in a month or longer span ("in late May"): a run the text leaves unplaced ("over
        three days", in a live blog's recap) is left to the stages told beside it, and one
        "last week" stays the one exchange the week's news told.
        """
        if "days" not in self.norm_set or self.norm_set.isdisjoint(_DAY_RUN_PREPOSITIONS):
            return []  # most sentences: no run of days
        if self._one_day_told:
            return []  # "on the final day", "300 a day": that day's handover
        if all(names_a_day(d.text) or d.since or "week" in d.text.lower() for d in self.m.dates):
            return []  # no month or longer span the days fall in ("last week" is told done)
        return [
            i
            for i in self._at(("days",), self.first + 2, self.last)
            if (self.norm_at[i - 2] in lx.SPAN_PREPOSITIONS or self._done_within_days(i))
            # "over several days" is a run of days as "over three days" is, uncounted,
            # unless the sentence makes it one swap's stages ("single", "800 each")
            and (
                (lx.number_value(self.norm_at[i - 1]) or 0) >= 2
                or (
                    self.norm_at[i - 1] in lx.UNCOUNTED_QUANTIFIERS
                    and "single" not in self.norm_set
                    and not self.sides
                )
            )
            and self.norm_at[i - 3] not in _HELD_WORDS | _SPAN_CUT
        ]

    def _done_within_days(self, days: int) -> bool:
        """Whether "in three days" at ``days`` times a handover told as done.

        "when 1,000 Ukrainians were returned in three days": a participle just before
        "in" (or "within") makes the days those the handover took, as "over three days"
        does; "in three days' time" and "in two days" after a plan are still to come.
        """
        at = days - 2
        if self.norm_at[at] not in ("in", "within") or self.norm_at[days + 1] in ("'", "’", "time"):
            return False
        verb = self.norm_at[at - 1]
        return verb.endswith("ed") and verb not in _HELD_WORDS and verb not in _DUE_WORDS

    @property
    def _one_day_told(self) -> bool:
        """Whether the sentence tells one day or stage of an exchange: "the final day",
        "each day", "the second stage", "300 a day", "daily" ("the first round of talks"
        is a stage of the talks, not of the exchange)."""
        return "daily" in self.norm_set or any(
            self.norm_at[i - 1] in _ONE_OF_SEVERAL and not self._of_talks(i)
            for i in self._at(_ONE_DAY_OR_STAGE, self.first + 1, self.last)
        )

    def _of_talks(self, at: int) -> bool:
        """Whether the stage noun at ``at`` is one of talks: "the first round of direct talks"."""
        return self.norm_at[at + 1] == "of" and any(
            self.norm_at[j] in _TALKS_EVENTS for j in range(at + 2, min(self.last, at + 5))
        )

    def _exchange_of_several_days(
        self, figure: FigureMention, stop: int, *, runs: bool = True
    ) -> bool:
        """Whether the figure sums the days of an exchange told as lasting several days.

        A figure told of "the three-day swap" or moved "over three days" sums its days'
        handovers, unless a date of one day, not the swap's start or end, stands in the
        figure's clause: "on Friday, during the three-day swap, Russia freed 390" is that
        day's handover. ``runs`` False asks only for a swap noun sized by days.
        """
        # a run of days may follow the figure's noun phrase: "returned 850 over two days"
        counted = self._counted_day_runs if runs else []
        runs_stop = max(stop, self._staged_phrase_end(figure)) if counted else stop
        return (
            any(self.first + 2 <= i < stop for i in self._several_day_swaps)
            or any(self.first + 2 <= i < runs_stop for i in counted)
        ) and not self._own_day_in_swap(figure)

    def _own_day_in_swap(self, figure: FigureMention) -> bool:
        """Whether a date of one day in the figure's clause (or set before it) dates it.

        "On 24 May, 307 came home in the three-day swap": one of the swap's days, so the
        figure is that day's handover. The swap's own edges ("the three-day swap that ended
        on Sunday") and the day of telling ("On Friday, Kyiv said ...") date no handover.
        """
        start, stop = self._clause_of(figure)
        fronted = self._fronted_to(self.first, start) and lx.SPEECH.isdisjoint(
            self.norms[start - self.first : figure.first - self.first]
        )
        return any(
            (start <= d.first < stop or (fronted and d.first <= self.first + 1))
            and names_a_day(d.text)
            and not d.since
            # "from 23 to 25 May", "between 23 and 25 May": the swap's days, not one of them
            and all(
                self.norm_at[i] not in _UP_TO and self.norm_at[i] not in ("and", "between")
                for i in range(d.first - 1, d.last)
            )
            and not self._statement_date(d)
            and not self._dates_talks_before(d)
            # "that ended on Sunday": the word before the date, or before its "on"
            and _SWAP_EDGES.isdisjoint((self.norm_at[d.first - 1], self.norm_at[d.first - 2]))
            for d in self.m.dates
        )

    def _staged_phrase_end(self, figure: FigureMention) -> int:
        """Where the figure's clause ends, past a set-off phrase saying how it was staged.

        "the exchange of 1,000 prisoners for 1,000, carried out over three days in late
        May": the participle after the comma tells how the figure's exchange was made, so
        a run of days in it sizes that exchange as a run in the clause itself does.
        """
        stop = self._clause_of(figure)[1]
        return stop if not self.staged_phrase_dates(figure) else self._phrase_end(stop + 1)

    def staged_phrase_dates(self, figure: FigureMention) -> list[DateMention]:
        """The dates placing the days of a set-off phrase saying how the figure was staged.

        ", carried out over three days in late May" places the days in late May, and a
        total of them stands on that span, not on a day told elsewhere in the sentence.
        A phrase that leaves its days to a date elsewhere ("In May, the deal, completed
        over three days, was the largest") is too loose to make the figure a sum of days:
        none are given.
        """
        stop = self._clause_of(figure)[1]
        if self.norm_at[stop] != "," or self.norm_at[stop + 1] not in _STAGING_PARTICIPLES:
            return []  # most figures: no staging phrase after their clause
        end = self._phrase_end(stop + 1)
        return [d for d in self.m.dates if stop < d.first < end and not names_a_day(d.text)]

    def _phrase_end(self, at: int) -> int:
        """The break that closes the phrase at ``at``, or the sentence's end."""
        k = bisect.bisect_right(self.breaks, at)
        return self.breaks[k] if k < len(self.breaks) else self.last

    def _dates_talks_before(self, date: DateMention) -> bool:
        """Whether a day set off by commas dates the talks or round named just before it.

        "The previous round, on May 16, led to the exchange of 1,000 for 1,000": the day
        is the round's, not a day of the exchange the round led to.
        """
        at = date.first - (self.norm_at[date.first - 1] == "on")
        return self.norm_at[at - 1] == "," and self.norm_at[at - 2] in _TALKS_EVENTS | {"round"}

    def days_sum_unplaced(self, figure: FigureMention, dates: Sequence[DateMention]) -> bool:
        """Whether the figure sums the days of an exchange told as lasting several days, and
        ``dates`` (its own) give no span those days fall in.

        "The three-day swap that ended on Sunday brought 640 home" sums three days the text
        does not name: it is no one day's handover, nor a total since the war began, so it
        is not read. "the three-day swap in May" falls in May and is read as May's tally.
        """
        if not self._several_day_swaps:
            return False  # most sentences: no swap told as lasting days, no clause to find
        stop = self._clause_of(figure)[1]
        return (
            any(self.first + 2 <= i < stop for i in self._several_day_swaps)
            and not self._own_day_in_swap(figure)
            and all(names_a_day(d.text) and not d.since for d in dates)
        )

    def undated_day_run(self, figure: FigureMention, dates: Sequence[DateMention]) -> bool:
        """Whether the figure moved over a run of days and ``dates`` (its own) are none.

        "Over three days, Russia handed back 900 bodies": a handover in stages on days
        the text never names, so no day of it (least of all the day of publication) can
        be printed, and it is not read. The run frames the figure before it, set off by
        a comma, or stands in its clause; one timing a captivity or talks does not count.
        """
        if dates or "days" not in self.norm_set or self._one_day_told:
            return False
        if self.norm_set.isdisjoint(lx.SPAN_PREPOSITIONS):
            return False
        start, stop = self._clause_of(figure)
        return any(
            self._day_run_at(i)
            and ((i < figure.first and self.norm_at[i + 1] == ",") or start <= i < stop)
            for i in self._at(("days",), self.first + 1, self.last)
        )

    def _day_run_at(self, days: int) -> bool:
        """Whether "days" at ``days`` ends a run of days that times a movement.

        "over three days", "across several days", "over a few days"; not "held over
        three days" (a captivity) nor "talks over two days".
        """
        count = self.norm_at[days - 1]
        at = days - 2 - (self.norm_at[days - 2] == "a" and count == "few")
        return (
            self.norm_at[at] in lx.SPAN_PREPOSITIONS
            and ((lx.number_value(count) or 0) >= 2 or count in lx.UNCOUNTED_QUANTIFIERS)
            and self.norm_at[at - 1] not in _HELD_WORDS | _SPAN_CUT
        )

    def undated_several_spans(self, figure: FigureMention, dates: Sequence[DateMention]) -> bool:
        """Whether the figure sums handovers "over several weeks" and ``dates`` (its own) are none.

        "Ukraine got back 3,000 bodies over several weeks": a sum over a span the text
        leaves unknown. It is no one exchange, and no total since 2022 either, so it is
        not read. "over several weeks in May" sums May's handovers and is read. Nor is a
        perfect's sum "in under a week", whose week the text does not date.
        """
        if dates:
            return False  # a date of its own: no clause to find
        stop = self._clause_of(figure)[1]
        return self._over_several_spans(figure, stop) or self._perfect_within_a_span(figure, stop)

    def _through_all_channels(self, start: int, stop: int) -> bool:
        """Whether the clause sums every route of return or every exchange: "all channels".

        "All" or "every" before "channel" or "route" adds up the returns of each
        mediator and programme, a total over many handovers, never one; so does "all"
        before exchanges or stages ("as a result of all exchanges, 4,583 have come
        home"), where "every exchange" may size each one, and "of all the swaps" after
        a superlative ranks one. The phrase may open the sentence ("Across every
        channel, 1,229 have returned").
        """
        opening = self.first + 1 if self.norm_at[self.first] in _CHANNEL_PREPOSITIONS else start
        return any(
            self.norm_at[i + 1] in _CHANNEL_NOUNS
            or (
                self.norm_at[i] == "all"
                # "the largest of all the swaps" ranks one exchange among the rest
                and not self._ranked_among_all(i)
                and self.norm_at[i + 1 + (self.norm_at[i + 1] in _ALL_OF_KIND)] in _TALLY_PLURALS
            )
            for i in self._at(("all", "every"), min(start, opening), stop)
        )

    def _ranked_among_all(self, at: int) -> bool:
        """Whether "all" at ``at`` closes a comparison: "the largest of all", "than all".

        "came home in the largest of all the swaps" ranks one exchange against the rest;
        "as a result of all exchanges" sums them.
        """
        before = self.norm_at[at - 1]
        return before == "than" or (
            before == "of"
            and (self.norm_at[at - 2].endswith("est") or self.norm_at[at - 3] in ("most", "least"))
        )

    def _newest_part_after(self, figure: FigureMention, stop: int) -> bool:
        """Whether the figure's clause, verb told, is followed by an aside naming its newest part.

        "3,870 have been brought home, the latest of them on March 3": people who came
        home at different times, so the figure is a running total and not one handover.
        "Thirty soldiers, the last of them flown out on Tuesday, were returned" describes
        one of the people before the verb: one handover.
        """
        if self.norm_at[stop] != "," or self.norm_at[stop + 1] != "the":
            return False
        if not any(figure.np_end <= t.first < stop for t in self.m.transfers):
            return False
        at = stop + 2 + (self.norm_at[stop + 2] == "most")
        after = self.norm_at[at + 1]
        return self.norm_at[at] in _NEWEST_PART and (
            after == "on"
            # "the latest in March", not "the latest in a series of deals": the swap ranked
            or (after == "in" and not self._series_at(at + 2))
            or (after == "of" and self.norm_at[at + 2] in _GROUP_PRONOUNS)
        )

    def _ranked_in_series_after(self, figure: FigureMention) -> bool:
        """Whether an aside after the figure ranks its handover in a series of them.

        "it had helped reunite five children, the latest in a series of small returns"
        (or "the most recent in a string of returns"): the aside makes the return one
        of many, so the figure is that one handover's.
        """
        for i in self._at((",", "\u2014", "\u2013"), figure.np_end, self.last):
            at = i + 2 + (self.norm_at[i + 2] == "most")
            if (
                self.norm_at[i + 1] == "the"
                and self.norm_at[at] in _NEWEST_PART
                and self.norm_at[at + 1] == "in"
                and self._series_at(at + 2)
            ):
                return True
        return False

    def _series_at(self, at: int) -> bool:
        """Whether "a series of" (a string, a run, a line) opens at ``at``: a rank of the event."""
        return self.norm_at[at] in ("a", "an") and any(
            self.norm_at[i] in _SERIES_NOUNS and self.norm_at[i + 1] == "of"
            for i in range(at + 1, at + 3)
        )

    def _perfect_since_then(self, start: int, stop: int) -> bool:
        """Whether the clause says "since then" and moves people in the perfect.

        "Since then it has helped reunite more than 100 children": a perfect from a
        start told before adds up every return since; "since then, 95 were freed on
        Friday" is one swap in the past tense (and a day in the clause keeps it one).
        """
        then = self._since_then_at(start, stop)
        if then is None:
            return False
        # "The last swap was in April, and since then ...": a date before "since then" is
        # the start it points back to; only one after it makes the clause one swap
        if any(then <= d.first < stop and not d.since for d in self.m.dates):
            return False
        return any(
            self.norm_at[j] in ("has", "have", "had")
            and t.done
            and all(self.norm_at[k] in _PERFECT_FILLERS for k in range(j + 1, t.first))
            for j in range(start, stop)
            for t in self.m.transfers
            if j < t.first <= j + 3
        )

    def _since_then_at(self, start: int, stop: int) -> int | None:
        """Where "since then" stands from ``start`` to ``stop``, or None."""
        if "then" not in self.norm_set:
            return None  # most sentences: no "since then" to find
        return next(
            (
                i
                for i in range(start, stop)
                if self.norm_at[i] == "since" and self.norm_at[i + 1] == "then"
            ),
            None,
        )

    def start_pointed_back(
        self, leg: LegDraft, before: tuple[int, tuple[str, ...]]
    ) -> LegDraft | None:
        """A running total whose start is "then" or an event: that start, or None to refuse.

        "The talks were in May. Since then 95 have come home": "then" is the date the
        sentence before named, so the total runs from it; with no date to point back to,
        a span from the war's start would be invented, so the total is dropped; so too
        for "since the Istanbul talks" when neither this sentence nor the one before dates
        them. ``before`` is the index and date texts of the sentence before.
        """
        if not leg.tally or leg.since is not None:
            return leg
        index, dates = before
        told = dates[-1:] if index == self.index - 1 else ()
        then = self._since_then_at(self.first, self.last)
        if then is not None and self._perfect_since_then(then, self._clause_end(then + 2)):
            before_then = [d for d in self.m.dates if d.first < then and not d.since]
            # "said on Monday that since then ...": the day of saying is when it stood
            said = [d.text for d in before_then if self._statement_date(d)]
            own = [d for d in before_then if not self._statement_date(d)]
            if said:
                leg = leg._replace(dates=(said[-1],), stated=True)
            else:
                leg = leg._replace(dates=()) if not own else leg
            if own and not any(own[-1].last < f.first < then for f in self.m.figures):
                # "The last swap was in April, and since then ...": April is the start
                return leg._replace(dates=leg.dates if said else (), since=own[-1].text)
            if own or any(
                d.text in leg.dates and not self._statement_date(d) for d in self.m.dates
            ):
                return leg  # a figure between, or a day of its own: not read here
            return leg._replace(since=told[0]) if told else None
        if self._undated_event_start():
            # "The sides met in Istanbul in May. Since the talks, ...": that one date
            return leg._replace(dates=(), since=told[0]) if len(dates) == 1 and told else None
        return leg

    def _clause_end(self, at: int) -> int:
        """Where the clause holding ``at`` ends: the next break, or the sentence's end.

        A comma right at ``at`` ("since then, 95 have ...") sets off the opener only.
        """
        while self.norm_at[at] == "," and at < self.last:
            at += 1
        k = bisect.bisect_left(self.breaks, at + 1)
        return self.breaks[k] if k < len(self.breaks) else self.last

    def _undated_event_start(self) -> bool:
        """Whether "since" names an event that opened a span but no date for it.

        "since the Istanbul talks", "since June's deal", "since the talks resumed" with no
        month or day after the event: the span's start is not told (and is not the war's).
        "since the talks in May", "since the deal was signed in June" are dated.
        """
        if self.norm_set.isdisjoint(_START_EVENTS):
            return False  # most sentences: no event to start from
        for i in self._at(("since",), self.first, self.last):
            if self._ranked(i) or self._held_since_at(i):
                continue
            event = next(
                (
                    j
                    for j in range(i + 1, min(self.last, i + 5))
                    if self.norm_at[j] in _START_EVENTS
                ),
                None,
            )
            if event is None:
                continue
            end = self._clause_end(event)
            if not any(i < d.first < end for d in self.m.dates):
                return True
        return False

    def _helped_in_perfect(self, figure: FigureMention, start: int, stop: int) -> bool:
        """Whether the clause says a helper "has helped" move its people, told of no day.

        "Qatar says it has helped reunite 59 children with their families", "her office
        claimed to have helped reunite 100 of them": a helper's work in the perfect sums
        every return it took part in; "has helped reunite six more children on Tuesday"
        (a day, or "more") is one handover.
        """
        if self.norm_set.isdisjoint(_HELPER_WORDS) and not any(
            self._reuniting(t) for t in self.m.transfers
        ):
            return False
        if any(
            self.norm_at[i] in _ONE_MORE and self.norm_at[i + 1] != "than"
            for i in range(max(start, figure.first - 2), figure.np_end + 1)
        ):
            return False  # "six more children", "another 12": one more handover
        if self._ranked_in_series_after(figure):
            return False  # "..., the latest in a series of small returns": one of them
        helped = next(
            (
                j
                for t in self.m.transfers
                if t.done and t.first < figure.first
                for j in range(max(start, t.first - 5), t.first)
                if self.norm_at[j] in ("has", "have", "had") and self._helper_between(j + 1, t)
            ),
            None,
        )
        # a day told from the verb on makes it one handover; one in a clause about the
        # helper before it ("Qatar, which joined in 2023, has helped") does not
        return helped is not None and not any(
            helped <= d.first < stop and not d.since for d in self.m.dates
        )

    def _mediation_perfect(self, figure: FigureMention) -> bool:
        """Whether a go-between's own work, in the perfect, brought the figure's people out.

        "the UAE said its mediation had led to the release of 2,484", "Qatar's efforts
        have freed 640": a mediator's work as the subject sums every swap it brokered;
        a day told from that subject on ("its mediation on Friday freed 300") makes it one.
        """
        if self.norm_set.isdisjoint(_MEDIATION_WORK):
            return False  # most sentences: no mediator's work to find
        if figure.nationality is not None or any(p.role != MEDIATOR for p in self.m.parties):
            return False  # "... the release of 95 Ukrainian and 95 Russian prisoners": per side
        for i in self._at(_MEDIATION_WORK, self.first + 1, figure.first):
            owner = self.tokens[i - 1].text.replace("\u2019", "'")
            if not (owner.lower() in lx.POSSESSIVE_PRONOUNS or owner.endswith("'s")):
                continue
            aux = i + 1 + (self.norm_at[i + 1] in _PERFECT_ADVERBS)
            if self.norm_at[aux] not in ("has", "have", "had"):
                continue
            if any(d.first >= i and not d.since for d in self.m.dates):
                return False
            return any(t.done and aux < t.first < figure.first for t in self.m.transfers)
        return False

    def _helper_between(self, after: int, verb: TransferWord) -> bool:
        """Whether the words from ``after`` to ``verb`` make a helper's perfect of it.

        "has helped (to) bring back", "has assisted in the reunification of", or
        reuniting itself ("has itself reunited ... with relatives"): reuniting children
        with families is the work of a go-between or an office, summed in the perfect.
        """
        words = [self.norm_at[k] for k in range(after, verb.first)]
        if (
            self.norm_at[after - 1] != "had"  # "said she had reunited 22": that day's, maybe
            and self._reuniting(verb)
            and "been" not in words  # "have been reunited": the children's, one handover
            and all(w in _PERFECT_FILLERS or w in _REFLEXIVES for w in words)
        ):
            return True
        if words[-2:] == ["in", "the"]:
            words = words[:-2]  # "has assisted in the reunification of", "in the return of"
        return not _HELPER_WORDS.isdisjoint(words) and all(
            w in _PERFECT_FILLERS or w in _HELPER_WORDS or w in _REFLEXIVES for w in words
        )

    def _reuniting(self, verb: TransferWord) -> bool:
        """Whether ``verb`` is "reunite" or "reunification": children brought to their families."""
        return self.norm_at[verb.first].startswith(("reunit", "reunif"))

    def _perfect_as_of(self, figure: FigureMention, start: int, stop: int) -> bool:
        """Whether the clause tells its figure "as of" a date with a perfect or a count verb.

        "had taken back 3,600 bodies as of yesterday", "as of May, the programme counted
        1,307 children returned", "1,625 children had been brought back as of early
        September": a figure standing at a date sums everything up to it, while "as of
        Monday, Russia returned 90" (a plain past) may be one day's handover.
        """
        if not any(self.first <= d.first < stop and self._told_as_of(d) for d in self.m.dates):
            return False  # most sentences: no "as of" date before the clause ends (or fronted)
        if self._perfect_passive_after(figure, stop):
            return True  # "1,625 children had been brought back ... as of early September"
        for i in range(max(start, self.first), figure.first):
            if self.norm_at[i] in _AS_OF_COUNTING:
                return True  # "the programme counted 1,307 children returned"
            if self.norm_at[i] not in ("has", "have", "had"):
                continue
            verb = i + 1
            while verb < figure.first and self.norm_at[verb] in _PERFECT_FILLERS:
                verb += 1
            if verb < figure.first and self.norm_at[verb] not in _NOW_REPORTING:
                return True
        return False

    def _perfect_passive_after(self, figure: FigureMention, stop: int) -> bool:
        """Whether the figure's people are the subject of a perfect passive of return.

        "1,625 children had been brought back", "480 bodies have already been returned": the
        auxiliary comes after the noun group, then "been" and the verb of handing over.
        """
        if self.norm_at[figure.np_end] not in ("has", "have", "had"):
            return False
        verb = figure.np_end + 1
        while verb < stop and self.norm_at[verb] in _PERFECT_ADVERBS | {"been"}:
            verb += 1
        return (
            "been" in self.norms[figure.np_end - self.first : verb - self.first]
            and verb < stop
            and _lemmas.is_transfer_form(self.norm_at[verb])
        )

    def _perfect_going_after(self, figure: FigureMention, stop: int) -> bool:
        """Whether the figure's people are the subject of a perfect of coming or going back.

        "4,500 people had come home", "2,100 soldiers have returned": the people moved
        themselves, so the perfect is active.
        """
        if self.norm_at[figure.np_end] not in ("has", "have", "had"):
            return False
        verb = figure.np_end + 1
        while verb < stop and self.norm_at[verb] in _PERFECT_ADVERBS:
            verb += 1
        return verb < stop and _lemmas.lemma(self.norm_at[verb]) in lx.GOING_LEMMAS

    def _after_days_told(self, figure: FigureMention, start: int, stop: int) -> bool:
        """Whether a pluperfect passive's people came back over days listed after "after".

        "After Friday and Saturday, 697 prisoners had been returned": the sum of the days
        told, standing after the last of them; "after Friday, 300 had been returned" is one.
        """
        aux = figure.np_end + 2 * (self.norm_at[figure.np_end] == "per")  # "697 per side had"
        if not (
            self.norm_at[aux] == "had"
            and self.norm_at[aux + 1] == "been"
            and _lemmas.is_transfer_form(self.norm_at[aux + 2])
        ):
            return False
        for i in self._at(("after",), start, figure.first):
            days = [d for d in self.m.dates if i < d.first < figure.first]
            gaps = {self.norm_at[j] for j in range(i + 1, figure.first)} - {
                self.norm_at[j] for d in days for j in range(d.first, d.last + 1)
            }
            if len(days) >= 2 and days[0].first == i + 1 and gaps <= {"and", ","}:
                return True
        return False

    def _perfect_before_period(self, figure: FigureMention, stop: int) -> bool:
        """Whether a perfect's people came back before a span or a handover named.

        "more than 8,000 bodies had been repatriated before this month's transfers",
        "4,500 people had come home before this exchange",
        "Before today's exchange, 6,095 had been freed": every return up to a span named
        as this or last month, week or year, or up to one exchange pointed at, summed.
        The phrase may follow the verb or open the clause before the figure.
        """
        if "before" not in self.norm_set or not (
            self._perfect_passive_after(figure, stop) or self._perfect_going_after(figure, stop)
        ):
            return False  # most sentences: no "before" to find
        if any(
            self._before_told_exchange(i)
            and self.norm_at[figure.first - 1] == ","
            # "Before today's exchange, on Monday, 90 had been freed": that day's handover
            and not any(i + 1 < d.first < figure.first for d in self.m.dates)
            for i in self._at(("before",), max(self.first, figure.first - 7), figure.first)
        ):
            return True  # "Before today's exchange, 6,095 Ukrainians had been freed"
        return any(
            (
                (
                    self.norm_at[i + 1] in ("this", "last")
                    and _possessive_stem(self.norm_at[i + 2]) in _PERIOD_UNITS
                )
                or self._before_told_exchange(i)
            )
            # "had been repatriated on Friday before ...": one day's handover
            and not any(figure.np_end < d.first < i for d in self.m.dates)
            for i in self._at(("before",), figure.np_end + 2, min(stop, figure.np_end + 7))
        )

    def _before_told_exchange(self, before: int) -> bool:
        """Whether "before" at ``before`` points at one exchange: "before today's swap".

        "today's", "Friday's", "this week's", "this", "the latest" or "the last" with a
        noun of one handover: the sum up to it counts every earlier one, never that one
        exchange's size.
        """
        at = before + 1
        if self.norm_at[at] in ("this", "last") and _possessive_stem(self.norm_at[at + 1]) in (
            _PERIOD_UNITS
        ):
            at += 1  # "before this week's swap"
        word = _possessive_stem(self.norm_at[at])
        if word == "the" and self.norm_at[at + 1] in ("latest", "last", "most"):
            at += 2 + (self.norm_at[at + 2] == "recent")
        elif word in lx.RELATIVE_DAYS | lx.WEEKDAYS | _PERIOD_UNITS or word == "this":
            at += 1
        else:
            return False
        return self.norm_at[at] in lx.ONE_HANDOVER_NOUNS

    def _ranked_so_far(self, at: int) -> bool:
        """Whether "so far" at ``at`` ranks one exchange: "the largest swap of the year so far".

        A superlative or a rank before an exchange noun just before "so far" compares one
        exchange with the earlier ones; it counts none of them, and neither does "the
        largest so far", whose noun is left to the sentence before.
        """
        if (self.norm_at[at], self.norm_at[at + 1]) != ("so", "far"):
            return False
        ranked = self.norm_at[at - 1]
        if self.norm_at[at - 2] == "the" and (ranked in _RANKS or ranked.endswith("est")):
            return True
        noun = next(
            (
                i
                for i in range(at - 1, max(self.first, at - 5) - 1, -1)
                if self.norm_at[i] in _ONE_EXCHANGE
            ),
            None,
        )
        return noun is not None and any(
            self.norm_at[i] in _RANKS
            or self.norm_at[i] == "most"
            or self.norm_at[i].endswith("est")
            for i in range(max(self.first, noun - 5), noun)
        )

    def _told_since_pluperfect(self, figure: FigureMention) -> bool:
        """Whether a pluperfect of return is told in a month: "said in May that 60 had been freed".

        A speaker who said, in a month or "earlier this year", that people had been
        returned looks back over every handover before then: a running total. A day
        ("said on Friday"), an exchange noun or another date in the clause tells one handover.
        """
        active = self._active_pluperfect_that(figure)
        that = active or next(
            (i for i in range(figure.first - 1, figure.first - 4, -1) if self.norm_at[i] == "that"),
            None,
        )
        told = next((d for d in self.m.dates if that is not None and d.last == that), None)
        if told is None or not self._coarse(told):
            return False
        if not self._said_in(told) and all(
            j not in self.m.speech for j in range(told.first - 3, told.first)
        ):
            return False  # "told reporters last month that ...": the verb a few words before
        after = self.norms[figure.np_end - self.first : figure.np_end + 12 - self.first]
        skip = after.index(",", 1) + 1 if after[:1] == [","] and "," in after[1:8] else 0
        after = after[skip:]  # past an aside: "2,400 Russians, all told, had been returned"
        if active is None and not _pluperfect_return(after):
            return False
        k = bisect.bisect_right(self.breaks, figure.np_end + skip + 1)
        clause = range(figure.np_end, self.breaks[k] if k < len(self.breaks) else self.last)
        return not any(self.norm_at[i] in _EXCHANGE_NOUNS for i in clause) and not any(
            d.first in clause and not self._year_long(d) for d in self.m.dates
        )

    def _active_pluperfect_that(self, figure: FigureMention) -> int | None:
        """The "that" opening an active pluperfect of return whose object is the figure.

        "said in May that Kyiv had brought back 600 of its people": a subject of a few
        words, "had", a verb of handing over (and "back" or "home"), then the figure.
        With "that" left out ("said in May Kyiv had ..."), the subject's first word
        stands where "that" would, right after the date.
        """
        verb = figure.first - 1 - (self.norm_at[figure.first - 1] in ("back", "home"))
        if not _lemmas.is_transfer_form(self.norm_at[verb]) or self.norm_at[verb - 1] != "had":
            return None
        for i in range(verb - 2, max(self.first, verb - 7) - 1, -1):
            word = self.norm_at[i]
            if word == "that" and i < verb - 2:  # not a relative: "a swap that had freed"
                return i
            if any(d.last == i for d in self.m.dates):
                return i  # "that" left out: the date ends where the subject begins
            if word in (",", ";", ":", "had", "has", "have") or self.tokens[i].kind == NUM:
                return None
        return None

    def _coarse(self, date: DateMention) -> bool:
        """Whether a date names a month or a year, not a day: "in January", "earlier this year"."""
        words = date.text.split()
        if any(w.isdigit() and len(w) < 3 for w in words) or not lx.WEEKDAYS.isdisjoint(
            w.lower() for w in words
        ):
            return False
        return _WHOLE_SPAN.fullmatch(date.text) is not None or words[-1] in ("year", "month")

    def _main_clause_perfect(self) -> bool:
        """Whether "has"/"have" stands outside any relative aside: "said 4,000 have been freed"."""
        return any(
            not self._in_relative(i) for i in self._at(("has", "have"), self.first, self.last)
        )

    def _main_clause_day(self) -> bool:
        """Whether a date outside any relative aside names one day: the figure is one event."""
        return any(not self._coarse(d) and not self._in_relative(d.first) for d in self.m.dates)

    def _told_as_of(self, date: DateMention) -> bool:
        """Whether "as of" opens the date: "as of Monday", "as of the end of May"."""
        return date.as_of or any(
            self.norm_at[i] == "as" and self.norm_at[i + 1] == "of"
            for i in range(max(self.first, date.first - 4), date.first - 1)
        )

    def _span_stated(self, figure: FigureMention, start: int, stop: int) -> bool:
        """Whether the clause gives the figure a span of time rather than a day.

        "during those five months", "over the past two years", "over the same
        period", "by the end of 2022", "since the Istanbul talks", or an
        opening "With Wednesday's exchange, ... had been returned": the figure
        sums every handover in the span.
        """
        # "over the past two years": the span's own number may be the figure before this one
        opening = max(self.first, figure.first - 14)
        opening = max([opening, *(i + 1 for i in self._at((";",), opening, figure.first))])
        outside = not self._in_relative(figure.first)
        one_event: bool | None = None
        for i in self._at(_SPAN_OR_UP_TO_WORDS, opening, stop):
            word = self.norm_at[i]
            if outside and i < figure.first and self._in_relative(i):
                if one_event is None:
                    one_event = not self._main_clause_perfect() or self._main_clause_day()
                if one_event:
                    # "Moscow, which has handed over more bodies throughout the war, got back
                    # 31 on Friday": the span tells the subject's story in its aside, not
                    # the figure's; a main clause in the perfect with no day told ("...,
                    # said 4,000 have been freed") may sum that span, which still counts
                    continue
            if word in ("during", "over", "throughout", "in", "within"):
                # "over the course of the year", "in the course of the exchanges": the
                # span is what follows "the course of"
                lead = [self.norm_at[j] for j in range(i + 1, i + 5)]
                course = 3 * (lead[:3] == _COURSE_OF)
                if word != "in" and lead[:1] == ["the"] and lead[1:2] in (["entire"], ["whole"]):
                    # "over the entire period of the war": "the course of" said at length; not
                    # after "in", which ranks a superlative ("the largest swap in the entire
                    # period of the war, 1,000 for 1,000")
                    course = 4 * (lead[2:4] in (["period", "of"], ["duration", "of"]))
                words = [self.norm_at[j] for j in range(i + 1 + course, min(stop, i + 5 + course))]
                if course:
                    if words[:1] == ["the"] and words[1:2] and words[1] in _TALLY_PLURALS:
                        return True  # the course of many exchanges: their sum
                    many = words[:1] in (["a"], ["several"]) or self._time_span(words)
                    if many and words[1:2] and words[1] in _DAYS_ON:
                        # "over the course of a week", "of three days": the sum of its days;
                        # not "of 24 hours", one handover's time
                        return True
                    word = "over"  # "in the course of the year" is "over the year"
                if words[:1] in (["those"], ["these"], ["the"]) and words[1:2] != ["same"]:
                    rest = words[1:]
                    if rest[:1] in (["past"], ["last"], ["first"]):
                        rest = rest[1:]
                    if (
                        len(rest) >= 2
                        and (rest[0].isdigit() or rest[0] in lx.NUMBER_WORDS)
                        and rest[1] in _TIME_UNITS
                    ):
                        return True
                if (
                    words[:3]
                    in (
                        ["the", "same", "period"],
                        ["that", "same", "period"],
                    )
                    and not self._period_of_dated_swaps()
                ):
                    return True
                if words[:2] in (["that", "time"], ["that", "period"]):
                    return True  # "4,131 had been returned over that time": the span told before
                if word != "in" and words[:1] == ["that"] and words[1:2] in _SINGLE_SPANS:
                    # "over that month Ukraine received 4,100": a week or month told before,
                    # whose handovers the figure sums; not "in that month", which dates one
                    return True
                if words[:2] in (["the", "same"], ["that", "same"]) and self._time_span(words[2:]):
                    return True  # "over the same twelve months": the span of the total before
                if self._part_of_year(i + 1 + course):
                    return True  # "in the first half of the year": the sum of its handovers
                if (
                    (course or word == "throughout")
                    and self._war_opened(i + 1 + course + (words[:1] == ["the"]), stop)
                    and self.norm_at[i - 1] not in _FOUGHT_OR_DIED
                ):
                    return True  # "over the course of the full-scale invasion": the war's sum
                if words[:1] == ["the"] and words[1:3] in _REPORTED_SPANS:
                    return True  # "in the reporting period": a report's span, its sum
                if word != "in" and words[:2] in (["the", "year"], ["that", "year"]):
                    return True  # "1,646 Ukrainians were freed during the year"
                if (
                    words[:1] == ["the"]
                    and words[1:2] in (["past"], ["last"])
                    and words[2:3] in _LAST_UNITS
                    and words[3:4] != ["of"]
                ):
                    # "over the past year", "in the last week", "in the last months": a span;
                    # not "in the last week of May", which dates the days it names
                    return True
                if (
                    word != "in"
                    and words[:1] == ["the"]
                    and [w for w in words[1:3] if w not in ("whole", "entire")][:1]
                    in (["year"], ["quarter"])
                ):
                    # "over the whole year", "during the year", "over the quarter as a
                    # whole": the sum of the span's handovers
                    return True
            elif word in _UP_TO_WORDS:
                if self._closed_up_to(i):
                    return True  # "had been freed up to the end of December": a count to then
            elif (
                word == "by"
                and (
                    [self.norm_at[k] for k in range(i + 1, i + 4)] == ["the", "end", "of"]
                    or self._reached_by(i, opening, stop)
                )
            ) or (
                word == "since"
                and self.norm_at[i + 1] == "the"
                and not self._ranked(i)
                and not self._since_of_nothing(i, figure)
                # "nine residents who had been in Ukraine since the incursion were handed
                # back": the relative tells the people's story, not the figure's span
                and not self._in_people_relative(figure, i, stop)
                and not self._when_between(i, figure.first)
                and (
                    any(self.norm_at[j] in _OPENING_EVENTS for j in range(i + 2, min(stop, i + 5)))
                    or any(self._event_of_opens(j) for j in range(i + 2, min(stop, i + 5)))
                )
            ):
                return True
        if opening > self.first and self._fronted_by_the_end(figure.first):
            return True  # "By the end of the operation, <a long name> said it had received 6,057"
        if self._between_dates(opening, stop):
            return True  # "1,200 were returned between 1 June and 31 August"
        if self._fronted_between(figure.first):
            return True  # "Between July and September, our staff, with ..., brought back 63"
        opener = self._told_with_opener(start, figure.first)
        if opener is not None:
            comma = next((j for j in range(opener, figure.first) if self.norm_at[j] == ","), None)
            return (
                comma is not None
                and (
                    any(self.norm_at[j] in _WITH_EVENTS for j in range(opener, comma))
                    or self._day_possessive_alone(opener, comma)
                )
                and any(
                    self.norm_at[j] in ("had", "has", "have")
                    for j in range(figure.np_end, min(self.last, figure.np_end + 3))
                )
            )
        return False

    def _fronted_by_the_end(self, end: int) -> bool:
        """Whether the sentence opens on "By the end of ...," whose clause runs to ``end``.

        A fronted "by the end of the operation" frames the clause after it however long
        its subject: the figure is a count up to then, the sum of every stage before it,
        and so is a second thing said (", and that the other side had received 78"). A
        clause of another kind ("..., in which 116 came home") tells of something else.
        """
        if tuple(self.norms[:4]) != _BY_THE_END_OF:
            return False
        breaks = self.breaks[: bisect.bisect_left(self.breaks, end)]
        opened = [b for b in breaks if b > self.first + 4]
        return (
            bool(opened)
            and self.norm_at[opened[0]] == ","
            and all(
                self.norm_at[b] == ","
                and self.norm_at[b + 1] == "and"
                and self.norm_at[b + 2] == "that"
                for b in opened[1:]
            )
        )

    def _fronted_between(self, end: int) -> bool:
        """Whether the sentence opens on "between <date> and <date>," whose clause runs to ``end``.

        "Between July and September, our caseworkers, with the state's help, brought
        back 63 children": a span set off at the head of the sentence frames all its
        clause, however long the subject, so the figure sums what came back in it; a
        date or a semicolon before the figure starts another telling.
        """
        return any(
            comma < end
            and not any(self.norm_at[j] == ";" for j in range(comma, end))
            and not any(comma <= d.first < end for d in self.m.dates)
            for comma in self.fronted_span_commas
        )

    def _told_with_opener(self, start: int, end: int) -> int | None:
        """Where "with" opens the figure's clause: the sentence's or a "said that" clause's.

        "With today's exchange, 1,200 have been returned" and "Kyiv said that with
        today's release, 1,200 had been returned" both open on the exchange the sum is
        brought up to date with.
        """
        if "with" not in self.norm_set:
            return None
        if self.norm_at[self.first] == "with" and start == self.first:
            return self.first
        for i in range(max(self.first + 2, start), end):
            # "says that, with today's, 3,335 have been freed": a comma may set it off
            that = i - 1 - (self.norm_at[i - 1] == ",")
            if (
                self.norm_at[i] == "with"
                and self.norm_at[that] == "that"
                and any(
                    self.norm_at[k] in lx.SPEECH for k in range(max(self.first, that - 4), that)
                )
            ):
                return i
        return None

    def _day_possessive_alone(self, opener: int, comma: int) -> bool:
        """Whether "with" is followed only by a day's possessive: "with today's, 3,335 ...".

        The day's exchange is meant, its noun left out: "With Friday's, 1,200 have come
        home" brings a sum up to date with that day's exchange, as "with Friday's swap" does.
        """
        day = self.tokens[comma - 1] if comma - 1 > opener else None
        return (
            day is not None
            and comma - 1 == opener + 1
            and day.poss
            and (day.norm in lx.RELATIVE_DAYS or day.norm in lx.WEEKDAYS)
        )

    def _war_opened(self, at: int, stop: int) -> bool:
        """Whether the war's opening, named with its modifiers, stands at ``at``.

        "since Russia's full-scale invasion" (the possessive read as "russia"), "since the
        full-scale Russian invasion": the words before the noun only say whose and how large;
        "the special military operation" is the war as Moscow names it.
        """
        while at < stop and self.norm_at[at] in _WAR_MODIFIERS:
            at += 1
        if self.norm_at[at] == "special":
            # "in the course of the special (military) operation": Moscow's name for the war;
            # a bare "the operation" may be one exchange's and is not read
            at += 1 + (self.norm_at[at + 1] == "military")
            return at < stop and self.norm_at[at] == "operation"
        return at < stop and self.norm_at[at] in _WAR_NOUNS

    def _event_of_opens(self, at: int) -> bool:
        """Whether a noun of an event and its "of" stand at ``at``: "the liberation of the region".

        "Since the de-occupation of the region in September 2022, 147 children had been
        brought back": a deed named by a noun made from its verb opens the span a
        total covers, as "the start of the war" does; its date is the span's start.
        """
        word = self.norm_at[at]
        return self.norm_at[at + 1] == "of" and len(word) > 6 and word.endswith(_EVENT_NOUN_ENDINGS)

    @staticmethod
    def _time_span(words: Sequence[str]) -> bool:
        """Whether the words open with a number of units of time: "twelve months", "5 years"."""
        return (
            len(words) >= 2
            and (words[0].isdigit() or words[0] in lx.NUMBER_WORDS)
            and words[1] in _TIME_UNITS
        )

    def _reached_by(self, by: int, opening: int, stop: int) -> bool:
        """Whether "by" at ``by`` gives the day a past-perfect count had been reached.

        "had handed over 4,000 bodies by March 3", "by the time the talks ended,
        3,100 had been returned", "by mid-August": the pluperfect counts everything up to that
        point, so the figure is a running total, not one handover.
        """
        after = self.norm_at[by + 1]
        if after in lx.MONTH_PARTS and any(self.norm_at[i] == "had" for i in range(opening, by)):
            # "1,599 had been returned by mid-August": a part of a month after the count;
            # a fronted "by mid-June, Ukraine had received 6,057" may tell that month's
            # series of handovers
            by += 1 + (self.norm_at[by + 2] == "-")
            after = self.norm_at[by + 1]
        dated = (
            (after == "the" and self.norm_at[by + 2] == "time")  # "by the time the talks ended"
            or after in lx.MONTHS  # "by March 3"
            or (after.isdigit() and self.norm_at[by + 2] in lx.MONTHS)  # "by 3 March"
        )
        return dated and any(self.norm_at[i] == "had" for i in range(opening, stop))

    def _period_of_dated_swaps(self) -> bool:
        """Whether "the same period" can only be that of dated exchanges told just before.

        "On 9 and 21 May two swaps took place ... In the same period, 500 bodies were
        handed over": with no running total told nearby, the period is the dated swaps'
        span, and the figure is one more handover within it, not a sum.
        """
        if any(self.index - t.sentence <= 2 for t in self.discourse.tallies):
            return False
        return any(
            leg.sentence == self.index - 1 and leg.dates and not leg.tally
            for leg in self.discourse.legs
        )

    def _same_period(self, start: int, stop: int) -> bool:
        """Whether the clause points back to the span of a running total just stated.

        "Fewer than 1,000 bodies have come back over the same period", "in the same
        period": the span is the earlier total's, so this figure is a total too; "over
        the same weeks" spans several days whether or not a total was told.
        """
        if "same" not in self.norm_set:
            return False  # most sentences: no span pointed back to
        recent = [t for t in self.discourse.tallies if self.index - t.sentence <= 2]
        return any(
            self.norm_at[i] == "same"
            and (
                (bool(recent) and self.norm_at[i + 1] in ("period", "span", "time"))
                # "over the same weeks": several days at once, a sum whatever came before
                or (
                    self.norm_at[i + 1] in _SPAN_UNITS
                    and self.norm_at[i - 2] in ("over", "during", "across", "in")
                )
            )
            # "at the same time" is the moment of the exchange just told, not a span
            and self.norm_at[i - 2] != "at"
            for i in range(start, stop)
        )

    def taken_away(self) -> Count | None:
        """The count of people the sentence tells taken away: "Russia has deported 19,000".

        The figure is the object right after a verb of taking people away; the largest of
        them if there are several.
        """
        if self.norm_set.isdisjoint(_TAKING_AWAY):
            return None  # most sentences: nobody taken away
        counts = [f.amount for f in self.m.figures if self._of_people_taken(f)]
        return max(counts, key=lambda c: c.low, default=None)

    def _of_people_taken(self, figure: FigureMention) -> bool:
        """Whether ``figure`` counts people taken away: "has deported 19,000", "19,000
        children deported", "19,000 children were abducted".

        The figure is the object of a verb of taking, or its people are followed by the
        participle of one, bare or after "were" ("recorded 19,000 children deported").
        """
        if self.norm_at[figure.first - 1] in _TAKING_AWAY:
            return self.norm_at[figure.first - 2] != "being"
        after = figure.np_end + (self.norm_at[figure.np_end] in ("were", "was"))
        return self.norm_at[after] in DEPORTING

    def took_more_away(self, side_at: int, figure: FigureMention) -> bool:
        """Whether the side at ``side_at`` took away more people than ``figure`` counts.

        "Russia has deported 19,000 children, and fewer than 1,500 have come back": the
        side that took the whole is where the part came back from, never its home. The
        side must be the subject of the taking ("has deported 19,000", its figure right
        after the verb), and the figure smaller than the number taken.
        """
        if self.norm_set.isdisjoint(_TAKING_AWAY) or figure.amount.high is None:
            return False
        ends = [end for start, end, _ in self._speaker_mentions() if start == side_at]
        if not ends:
            return False
        for whole in self.m.figures:
            verb = whole.first - 1
            if not ends[0] <= verb < whole.first < figure.first:
                continue
            if self.norm_at[verb] not in _TAKING_AWAY or whole.amount.low <= figure.amount.high:
                continue
            # only auxiliaries and manner between the side and its verb ("has illegally")
            if all(
                self.norm_at[i] in ("has", "have", "had") or self.norm_at[i] in _TAKEN_AWAY
                for i in range(ends[0], verb)
            ):
                return True
        return False

    def _back_against_taken(self, figure: FigureMention, stop: int) -> bool:
        """Whether a smaller count "have come back" right after a count of people taken away.

        "Russia has deported 19,000 children. Fewer than 1,500 have come back.": set
        against all who were taken, the homecomings are every one so far, a running total,
        and so is a share of them ("only 212 of them have been returned"). The taking may
        be told in the sentence before, as a participle ("recorded 9,000 children
        deported"), or earlier in this one ("Russia has abducted 19,500, and only about
        1,600 have come back"). A date or an exchange in the clause ("... have come back on
        Friday") tells one.
        """
        taken = self.discourse.taken
        before = [
            f.amount for f in self.m.figures if f.last < figure.first and self._of_people_taken(f)
        ]
        if before:
            # "Russia has abducted 19,500 children, and only about 1,600 have come back"
            whole = max(before, key=lambda c: c.low)
        elif taken is not None and taken[0] == self.index - 1:
            whole = taken[1]
        else:
            return False
        if figure.amount.high is None or figure.amount.high >= whole.low:
            return False
        at = figure.np_end
        if self.norm_at[at] == "of" and self.norm_at[at + 1] in ("them", "those", "these"):
            at += 2  # "only 212 of them have been returned": a share of those taken
        if self.norm_at[at] not in ("has", "have"):
            return False
        at += 1 + (self.norm_at[at + 1] == "been")
        verb = self.norm_at[at]
        if not _lemmas.is_transfer_form(verb) or (
            verb == "come" and self.norm_at[at + 1] not in ("back", "home")
        ):
            return False
        clause = range(figure.np_end, stop)
        return not any(self.norm_at[i] in _EXCHANGE_NOUNS for i in clause) and not any(
            d.first in clause for d in self.m.dates
        )

    def span_of_total_before(self, leg: LegDraft, before: Sequence[LegDraft]) -> LegDraft:
        """An undated total over "the same fortnight" as the total told just before: its span.

        "Kyiv took back 6,057 bodies between 11 and 19 June. Russia, over the same
        fortnight, received 78": the second total stands where the first does, not at
        the story's date. Only a span named by its unit ("the same days", "the same
        fortnight"); with no one span told just before, the total is left as it was.
        """
        if leg.dates or leg.since or not self._same_period(self.first, self.last):
            return leg
        if not any(
            self.norm_at[i] == "same" and self.norm_at[i + 1] in _SPAN_UNITS
            for i in range(self.first, self.last)
        ):
            # "in the same period" may be a report's own period, which other rules date
            return leg
        spans = {
            (t.dates, t.since, t.stated)
            for t in before
            if (t.dates or t.since) and t.sentence < self.index and self.index - t.sentence <= 2
        }
        if len(spans) != 1:
            return leg
        dates, since, stated = spans.pop()
        return leg._replace(dates=dates, since=since, stated=stated)

    def other_way_of_total_before(self, leg: LegDraft, before: Sequence[LegDraft]) -> LegDraft:
        """An undated figure "in the other direction" of the total told just before: a total too.

        "Over three handovers in May, Kyiv received 3,400 bodies. In the other direction,
        47 were returned to Russia": the way set before the clause points back at the
        total, so the figure sums the same handovers the other way, over the same span.
        So is the other side's undated perfect "Russia has received about 500": the
        tense of a sum so far, set against the total just told. Only when the sentence
        before told totals going the opposite way over one span (a running total with
        no date or start, "since the start of the invasion", spans the whole war), and
        this sentence gives its figure no date of its own.
        """
        if leg.tally:
            return self._kind_of_total_before(leg, before)
        # "In the same operation, which began on June 11, Kyiv handed over 78": the days
        # told are the operation's, whose total the sentence before gave the other way
        same = self._opens_same_operation()
        if leg.dates and not same:
            return leg
        # "Russia received 290.": a bare figure takes its kind from the total
        alone = self._side_got_alone(leg)
        if not (self._opens_other_way() or self._perfect_got(leg) or alone or same):
            return leg
        spans = {
            (t.dates, t.since, t.stated, t.exchange_count, t.tally, t.category)
            for t in before
            if t.sentence == self.index - 1
            and (t.sender, t.receiver) == (leg.receiver, leg.sender)
            and (alone or t.category == leg.category)
        }
        if len(spans) != 1:
            return leg
        dates, since, stated, count, tally, category = spans.pop()
        if alone and not (tally and (dates or count is not None)) and not self._perfect_got(leg):
            # "Ukraine received 1,212 on May 3. Russia received 27." is one swap's; after a
            # total so far ("Since 2022 Kyiv has taken back 12,000"), a simple past is
            # a handover; only a total over a told span or run of handovers is answered
            return leg
        if not dates and since is None and not tally:
            # a handover told with no day gives no span; a running total with neither
            # ("since the start of the invasion", "so far") sums the whole war
            return leg
        if same and since is None:
            # the operation's own start ("which began on June 11") opens the span; with
            # none, the total before has no span this figure could share
            since = self._operation_began()
            if since is None:
                return leg
        return leg._replace(
            tally=True,
            dates=dates,
            since=since,
            stated=stated,
            exchange_count=count,
            series=False,
            category=category,
        )

    def _kind_of_total_before(self, leg: LegDraft, before: Sequence[LegDraft]) -> LegDraft:
        """A total of no people "over the same period", of the kind of the total it answers.

        "Since 2022, some 18,000 bodies have come back to Ukraine. Russia has received a
        few hundred in the same period": the bare figure counts what the other way's
        total just before counted, not the kind of the last swap told. Only when the
        sentence before told totals the opposite way of one kind, and the figure has
        neither a noun nor a date of its own.
        """
        if leg.dates or leg.at is None or not self._over_the_same_period():
            return leg
        if any(f.first == leg.at and f.noun is not None for f in self.m.figures):
            return leg
        kinds = {
            t.category
            for t in before
            if t.sentence == self.index - 1 and (t.sender, t.receiver) == (leg.receiver, leg.sender)
        }
        if len(kinds) != 1:
            return leg
        return leg._replace(category=kinds.pop())

    def _side_got_alone(self, leg: LegDraft) -> bool:
        """Whether the sentence is only a side, a past verb of getting and ``leg``'s figure.

        "Over eight handovers this year, Kyiv got back 7,400 bodies. Russia received
        290.": a sentence that bare, with no day, people or place of its
        own, sets the other side's figure against the total just told.
        """
        if leg.at is None or len(self.m.figures) != 1 or self.m.dates:
            return False
        figure = self.m.figures[0]
        verb = figure.first - 1
        if figure.first != leg.at or figure.noun is not None:
            return False
        if self.norm_at[verb] not in lx.GETTING_PARTICIPLES:
            return False
        if any(self.tokens[i].kind == WORD for i in range(figure.np_end, self.last)):
            return False  # "Russia received 386 in May", "... 386 of its soldiers"
        return any(
            p.noun and p.role == ACTOR and (p.first, p.last) == (self.first, verb)
            for p in self.m.parties
        )

    def _perfect_got(self, leg: LegDraft) -> bool:
        """Whether ``leg``'s figure is the object of a perfect of getting: "has received 500"."""
        return (
            leg.at is not None
            and self.norm_at[leg.at - 1] in lx.GETTING_PARTICIPLES
            and self.norm_at[leg.at - 2] in lx.FINITE_HAVE - {"had"}
        )

    def _opens_same_operation(self) -> bool:
        """Whether the sentence opens on "In the same operation" (repatriation, handover).

        The operation is the one the sentence before told, so a figure of this sentence
        is of that operation, whatever days a clause on the noun gives it.
        """
        at = self.first + (self.norm_at[self.first] in ("in", "during"))
        return (
            at > self.first
            and self.norm_at[at] == "the"
            and self.norm_at[at + 1] == "same"
            and self.norm_at[at + 2] in _ONE_HANDOVER | {"operation"}
        )

    def _operation_began(self) -> str | None:
        """The date a verb of beginning gives the operation ("which began on June 11"), if any."""
        for i in self._at(_BEGAN, self.first, self.last):
            date = next((d for d in self.m.dates if i < d.first <= i + 2), None)
            if date is not None:
                return date.text
        return None

    def _opens_other_way(self) -> bool:
        """Whether the sentence opens on "In the opposite direction," or "The other way,".

        "In exchange," and "In return," point back the same way: what went the other
        way for the people just told.
        """
        at = self.first + (self.norm_at[self.first] == "in")
        if at > self.first and self.norm_at[at] in ("exchange", "return"):
            return self.norm_at[at + 1] == ","
        return (
            self.norm_at[at] == "the"
            and self.norm_at[at + 1] in ("other", "opposite")
            and self.norm_at[at + 2] in ("way", "direction")
            and self.norm_at[at + 3] == ","
        )

    def since_of_same_period(self, leg: LegDraft, legs: Sequence[LegDraft]) -> LegDraft:
        """An undated total "over the same period" after a "since" told earlier in its sentence.

        "Since 2023 Kyiv has taken back 8,000 bodies ... and it has given back 40 over the
        same period": the period is the one "since 2023" opened, not the whole war. Only
        when the sentence's other totals all share one start, told before "the same".
        """
        if not leg.tally or leg.since or "same" not in self.norm_set:
            return leg
        same = next(
            (
                i
                for i in range(self.first, self.last)
                if self.norm_at[i] == "same"
                and self.norm_at[i + 1] in ("period", "time", "span")
                and self.norm_at[i - 2] in ("over", "in", "during", "across")
            ),
            None,
        )
        if same is None or not any(d.since and d.last <= same for d in self.m.dates):
            return leg
        starts = {t.since for t in legs if t.tally and t is not leg and t.sentence == self.index}
        if len(starts) != 1 or None in starts:
            return leg
        return leg._replace(since=starts.pop())

    def over_the_year(self, leg: LegDraft) -> LegDraft:
        """An undated total summed "over the year": that calendar year is its span.

        "Russia got back fewer than 300 bodies over the year", "during the whole year",
        "over the course of the year": the total sums the year the text is about (the
        year its paragraph or heading names, else the year it is current in), not the
        war since 2022. "over the past year" (the last twelve months) is not this form.
        """
        if not leg.tally or leg.dates or leg.since or "year" not in self.norm_set:
            return leg
        own = [f for f in self.m.figures if f.amount == leg.amount]
        if len(own) != 1:
            return leg  # which figure the total is: unknown, so no clause to look in
        start, stop = self._clause_of(own[0])
        if not any(
            self._the_year_after(i) and (start <= i or self._fronted_to(i, start))
            for i in self._at(_YEAR_SPAN_WORDS, self.first, stop)
        ):
            return leg  # "5,000 in all, though the pace slowed over the year": another clause's
        return leg._replace(dates=(self.discourse.year or "this year",))

    def _clause_of(self, figure: FigureMention) -> tuple[int, int]:
        """The bounds of the clause the figure stands in, between the breaks around it."""
        k = bisect.bisect_left(self.breaks, figure.np_end)
        stop = self.breaks[k] if k < len(self.breaks) else self.last
        return self._clause_start(figure.first, self.first), stop

    def _fronted_to(self, at: int, clause: int) -> bool:
        """Whether the phrase at ``at`` opens the sentence and its comma opens ``clause``.

        "Over the year, Russia got back 300 bodies": a span set before the clause it scopes,
        also past a source set off between them ("Over the year, by the ministry's count,
        ...", "During the year, according to Kyiv, ...").
        """
        if at != self.first:
            return False
        k = bisect.bisect_right(self.breaks, at)
        while (
            k + 1 < len(self.breaks)
            and self.breaks[k] + 1 != clause
            and self.norm_at[self.breaks[k] + 1] in _SOURCE_ASIDE_OPENERS
            and self.norm_at[self.breaks[k]] == ","
        ):
            k += 1
        return k < len(self.breaks) and self.breaks[k] + 1 == clause

    def _the_year_after(self, at: int) -> bool:
        """Whether "[the course of] the [whole] year" follows the span word at ``at``."""
        i = at + 1
        if [self.norm_at[j] for j in range(i, i + 3)] == _COURSE_OF:
            i += 3
        if self.norm_at[i] != "the":
            return False
        i += 1 + (self.norm_at[i + 1] in ("whole", "entire"))
        return (
            self.norm_at[i] == "year"
            and not ends_possessive(self.tokens[i].text)
            and self.norm_at[i + 1] not in ("before", "of", "ago", "to")
        )

    def period_total(self, leg: LegDraft) -> LegDraft:
        """A dated total headed as "the month's total" spans that month, not the war.

        "a last handover on 9 May brought the month's total to 2,100", "the tally for the
        year stood at 4,000": the total opens with the month (or year) of its own date,
        or of the text's present when the total has none or its date names no year.
        """
        if not leg.tally or leg.since:
            return leg
        own = [f.first for f in self.m.figures if f.amount == leg.amount]
        added = self._stage_added_day(own[0]) if len(own) == 1 else None
        if added is not None:
            return leg._replace(since=added)
        year = self._year_after_told(leg, own[0]) if len(own) == 1 else None
        if year is not None:
            # "said on Monday that 2,700 had come home in 2024": the year is the span, not
            # the war up to Monday; told "in" it, the span also ends with it
            return leg._replace(since=year)
        unit = self._period_of_total(own[0]) if len(own) == 1 else None
        if unit is None:
            return leg
        text = leg.dates[0] if len(leg.dates) == 1 else None
        if text is None:
            return leg if leg.dates else leg._replace(since=f"this {unit}")
        words = text.replace(",", " ").split()
        years = [w for w in words if len(w) == 4 and w.isdigit()]
        if unit == "year":
            # "on 14 May ... the year's total" with no year named: the year of the text's
            # present; a date that falls in the year before gives a span that opens after it
            # closes, and the assembler then reads nothing rather than a total since 2022
            return leg._replace(since=years[0] if years else self.discourse.year or "this year")
        months = [w for w in words if w.lower().rstrip(".") in lx.MONTHS]
        if len(months) != 1:
            return leg  # "on Friday": which month the total opens with is not told
        return leg._replace(since=" ".join([months[0], *years[:1]]))

    def _year_after_told(self, leg: LegDraft, at: int) -> str | None:
        """The year a total told on a day counts over, named after its figure, as "in 2024".

        "The ombudsman said on Monday that 2,700 had come home in 2024": the total is that
        year's, not the war's up to Monday. The text keeps its "in" ("during 2024"), which
        tells the assembler the span closes with the year. None when no day of telling is
        the total's only date.
        """
        if len(leg.dates) != 1 or not names_a_day(leg.dates[0]):
            return None
        if not any(d.text == leg.dates[0] and self._statement_date(d) for d in self.m.dates):
            return None  # "2,700 came home on Monday": the day is the handover's
        figure = next(f for f in self.m.figures if f.first == at)
        # past an aside on the people ("2,700, most of them soldiers, had been returned
        # during 2024"), up to another figure or clause
        stop = next(
            (
                i
                for i in range(figure.np_end, min(self.last, figure.np_end + _YEAR_AFTER_REACH))
                if any(f.first == i for f in self.m.figures) or self.norm_at[i] in _CLAUSE_TURNS
            ),
            min(self.last, figure.np_end + _YEAR_AFTER_REACH),
        )
        for d in self.m.dates:
            if d.since or not figure.np_end <= d.first < stop:
                continue
            if self.norm_at[d.first - 1] not in ("in", "during", "throughout"):
                continue
            if _YEAR.fullmatch(d.text) and not any(e.last == d.first - 1 for e in self.m.dates):
                return f"{self.norm_at[d.first - 1]} {d.text}"
        return None

    def _stage_added_day(self, at: int) -> str | None:
        """The day of the stage an opening "together with" adds to the total at ``at``.

        "Together with the 120 servicemen freed in the first stage on Thursday, 14 May,
        the exchange has brought home 205": the total sums that stage and what came after
        it, so it runs from that day, not from the war's start. None when the opening
        sizes no stage or dates it by no one day.
        """
        figure = next(f for f in self.m.figures if f.first == at)
        summing = self._summing_span(figure)
        if summing is None:
            return None
        inside = range(summing[0], summing[1])
        if not any(f.first in inside for f in self.m.figures):
            return None  # "Together with Friday's group, ...": no stage sized
        days = [d for d in self.m.dates if d.first in inside and not d.since]
        if len(days) != 1 or not names_a_day(days[0].text):
            return None
        return days[0].text

    def _period_of_total(self, figure: int) -> str | None:
        """ "month" or "year" when the figure at ``figure`` is a total headed by that period.

        "the month's total (rose) to 6,000", "this year's tally stood at 900", "the total
        for the month to 2,100": the period the total sums, named by the head's
        possessive or "for" phrase a few words before the figure.
        """
        start = max(self.first + 1, figure - _PERIOD_HEAD_REACH)
        for i in self._at(_TOTAL_HEADS_OF_PERIOD, start, figure):
            if any(f.first in range(i, figure) for f in self.m.figures):
                continue  # another figure between: the head is that one's
            before = self.tokens[i - 1] if i > self.first else None
            if (
                before is not None
                and before.norm in ("month", "year")
                and ends_possessive(before.text)
                and self.norm_at[i - 2] in ("the", "this")
            ):
                return before.norm
            if (
                self.norm_at[i + 1] == "for"
                and self.norm_at[i + 2] in ("the", "this")
                and self.norm_at[i + 3] in ("month", "year")
            ):
                return self.norm_at[i + 3]
        return None

    def _summing_opener(self, figure: FigureMention) -> bool:
        """Whether a clause opens by adding stages up, before the figure.

        "Counting yesterday and today, ...", "Together with Friday's group, ...",
        "He said that, taken together, the stages since Wednesday ...": what follows
        is the sum of several handovers.
        """
        return self._summing_span(figure) is not None

    def _summing_span(self, figure: FigureMention) -> tuple[int, int] | None:
        """Where the opening phrase that adds stages up starts and where its comma stands."""
        if self.norm_set.isdisjoint(_SUMMING_WORDS):
            return None  # most sentences: none of the words that open a sum
        for i in range(self.first, figure.first - 2):
            words = (self.norm_at[i], self.norm_at[i + 1])
            if not (
                words[0] in ("counting", "combined", "cumulatively")
                or words in (("together", "with"), ("taken", "together"), ("added", "together"))
                or (words[0] == "with" and self._days_stages_added(i + 1, figure.first))
            ):
                continue
            if i > self.first and self.norm_at[i - 1] not in (",", "—", "–", "that", ":"):
                continue  # "released 50 soldiers together with ten civilians": a part added
            if words == ("together", "with") and self._people_told_beside(i + 2, figure):
                continue  # "Together with them, eight civilians were returned": a part added
            if self.norm_at[i - 1] == "," and any(
                f.np_end <= i and not self._new_clause(f.np_end, i) for f in self.m.figures
            ):
                # "60 defenders came back, together with the body of a volunteer, and ...":
                # after a figure the phrase adds to that clause; it opens no sum
                continue
            comma = next(
                (
                    j
                    for j in range(i + 1, figure.first)
                    if self.norm_at[j] == "," and not self._in_date(j)
                ),
                None,
            )
            if comma is None:
                return None
            added = [f for f in self.m.figures if i < f.first and f.last < comma]
            if any(f.amount.low >= figure.amount.low for f in added):
                return None  # "Together with the 120 freed, 85 came home": no sum
            # "Together with the 120 servicemen freed in the first stage on Thursday, 14 May,":
            # the stage added is told with its people and day
            reach = _SUMMING_REACH + (bool(added) and _STAGE_ADDED_REACH)
            return (i, comma) if comma - i <= reach + self._days_named(i, comma) else None
        return None

    def _in_date(self, at: int) -> bool:
        """Whether word ``at`` (a comma) stands inside a date: "on Thursday, 14 May"."""
        return any(d.first < at < d.last for d in self.m.dates)

    def _days_named(self, start: int, stop: int) -> int:
        """How many words the date mentions between ``start`` and ``stop`` take up."""
        return sum(d.last - d.first for d in self.m.dates if start <= d.first and d.last <= stop)

    def _days_stages_added(self, start: int, stop: int) -> bool:
        """Whether "with" before ``start`` adds up stages of several named days.

        "..., and that, with Friday's and Saturday's stages, the total is 1,000": two days'
        stages joined by "and" before the comma are parts of the sum, not its day; "With
        Friday's handover, the total reached 700" names one exchange and is not read here.
        """
        comma = next((j for j in range(start, stop) if self.norm_at[j] == ","), None)
        if comma is None:
            return False
        days = [d for d in self.m.dates if start <= d.first and d.last < comma]
        return (
            len(days) >= 2
            and all(ends_possessive(self.tokens[d.last - 1].text) for d in days)
            and any(self.norm_at[j] == "and" for j in range(days[0].last, days[-1].first))
        )

    def _people_told_beside(self, at: int, figure: FigureMention) -> bool:
        """Whether "together with" at ``at`` takes a pronoun for the people just told.

        "146 defenders returned home. Together with them, eight civilians were returned":
        the people of a kind named beside those already counted are a part of the same
        handover, not a sum over stages ("Together with Friday's group, 697 have come home").
        """
        return self.norm_at[at] in _PEOPLE_PRONOUNS and figure.noun is not None

    def _in_people_relative(self, figure: FigureMention, at: int, stop: int) -> bool:
        """Whether word ``at`` is in a relative clause on the figure's people, before its verb.

        "Nine residents who had been stranded in Ukraine since last summer have
        returned", "the first group, four children whose families had searched since
        2022, came home": the date tells the people's story, not a running total's span.
        A word after the main clause's own auxiliary ("children who had been taken to
        Russia have so far been brought back") is past the relative clause; after an
        object ("returned eight residents who had been evacuated last year") none comes.
        """
        who = next(
            (
                i
                for i in range(figure.np_end, min(at, figure.np_end + 8))
                if self.norm_at[i] in ("who", "whom", "whose")
            ),
            None,
        )
        if at < figure.np_end or who is None:
            return False
        if any(
            figure.first - 8 <= t.first and t.last <= figure.first and t.done
            for t in self.m.transfers
        ):
            # "Ukraine returned eight residents who had been evacuated last year": the
            # verb told before its object, the relative clause runs on to the clause's end
            return True
        finite = [
            i
            for i in range(who + 1, at)
            if self.norm_at[i] in _FINITE and self.norm_at[i - 1] not in ("and", "or")
        ]
        if len(finite) >= 2:
            return False  # the relative clause's verb, then the main clause's
        if self.norm_at[stop] == "," and self.norm_at[figure.first - 1] == ",":
            # "The first group, four children whose families had searched since 2022, came
            # home": an apposition set off by commas, its verb past the closing one
            k = bisect.bisect_right(self.breaks, stop)
            stop = self.breaks[k] if k < len(self.breaks) else self.last
        return any(at < t.first < stop and t.done for t in self.m.transfers)

    def _since_of_nothing(self, since: int, figure: FigureMention) -> bool:
        """Whether "since" at ``since`` dates an event a clause before the figure's denies.

        "No swap had taken place since May, but on Friday 95 came home": the span is
        that of the lull, and the figure, past the clause's end, is one handover. A
        negation after the figure's own start ("95 have come home since May, not 90") or
        after "since" ("Since May, no fewer than 95 ...") does not count.
        """
        if not since < figure.first or not any(
            self.norm_at[i] in (",", ";", ":", "—", "–", "but", "yet")
            for i in range(since + 1, figure.first)
        ):
            return False
        for i in range(since - 1, max(self.first, since - 8) - 1, -1):
            word = self.norm_at[i]
            if word in (",", ";", ":", "—", "–", "and", "but"):
                return False
            if word in _NEGATIONS:
                return True
        return False

    def _since_of_figureless_clause(
        self, since: int, date: DateMention, figure: FigureMention
    ) -> bool:
        """Whether "since" at ``since`` ends a clause with no figure, joined on before the figure's.

        "Talks have stalled since April, when the last round collapsed, and Kyiv got 90
        back": the span is the stalling's; "and" past a comma opens the figure's clause,
        which the span does not reach. A "since" opening the sentence frames every clause.
        """
        return (
            self.first < since < figure.first
            and not any(self.first <= f.first < since for f in self.m.figures)
            and any(
                self.norm_at[i] == "," and self.norm_at[i + 1] in _SINCE_JOINERS
                for i in range(date.last, figure.first)
            )
        )

    def _held_since_at(self, at: int) -> bool:
        """Whether "since" at or just after ``at`` says how long people were held.

        "civilians held since 2022 came home": the span of a detention, not of
        a running total.
        """
        return any(
            self.norm_at[i] in _HELD_AT_WORDS for i in range(max(self.first, at - 4), at + 1)
        )

    def _year_total(self, date: DateMention, figure: FigureMention, start: int) -> bool:
        """Whether a whole year dates the figure: "brought home 3,311 in 2025", "this year".

        No single exchange is dated by its year alone: a year's figure sums the
        year's exchanges. The year must date the figure's own clause or open the
        sentence ("This year alone, ..."); a year in a relative clause ("detained
        in 2022"), a year that qualifies a noun ("last year's incursion", "of this
        year") or a clause that names one exchange ("the swap in 2022") does not.
        """
        text = date.text.lower()
        before = self.norm_at[date.first - 1]
        # "over the whole of 2024", "in all of 2023": the span opens before "the whole of"
        opener = self._whole_of(date.first)
        whole = (text in _WHOLE_YEARS and before not in ("of", "since")) or (
            _YEAR.fullmatch(text) is not None
            and (before in lx.SPAN_PREPOSITIONS | {"in"} or opener is not None)
        )
        if not whole or self.norm_at[date.last] in ("'s", "’s", "'", "’"):
            return False
        if self.tokens[date.last - 1].poss:
            return False  # "last year's incursion": the token carries its own possessive
        if self.norm_at[date.first] == "earlier":
            return False  # "earlier this year": a time within it, not the year's sum
        ranked = date.first - 1 - (before == "in")
        ranked -= self.norm_at[ranked] in _ONE_EXCHANGE
        if self.norm_at[ranked] in lx.ORDINALS and not figure.first <= ranked < figure.np_end:
            return False  # "the second (swap) this year, after 50 were freed": a rank's span
        if before in lx.MONTHS or any(d.last == date.first for d in self.m.dates):
            return False  # "in June last year": a month, not the year
        if self.norm_at[figure.first - 1] == "the":
            return False  # "the eleven Ukrainians who came home": people already counted
        if self._year_of_people_relative(date, figure):
            return False
        begin = self._clause_start(figure.first, start)
        k = bisect.bisect_left(self.breaks, figure.np_end)
        end = self.breaks[k] if k < len(self.breaks) else self.last
        opening = date.first <= self.first + 1 or opener == self.first
        opening = opening or self._year_set_off(date, figure) or self._year_opens_that(date, begin)
        if not (opening or begin <= date.first < end):
            return False
        return not any(
            self.norm_at[i] in _ONE_EXCHANGE and self.norm_at[i + 1] not in _WORK_PLURALS
            for i in range(min(begin, date.first), end)
        )

    def _year_of_people_relative(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether the year stands in a relative clause on the figure's people, of no handover.

        "along with eight residents who had been detained by Ukraine during its incursion
        there last year": the year dates their detention, not a year's sum of returns.
        """
        rel = next(
            (
                i
                for i in range(figure.np_end, min(date.first, figure.np_end + 8))
                if self.norm_at[i] in ("who", "whom", "whose")
            ),
            None,
        )
        return rel is not None and not any(rel < t.first < date.first for t in self.m.transfers)

    def _year_opens_that(self, date: DateMention, begin: int) -> bool:
        """Whether the year, set off by a comma, opens the "that" clause the figure's is.

        "We note that this year, 9,081 bodies have been returned": the year dates the
        clause after its comma as it would at the sentence's start.
        """
        at = date.first - (self.norm_at[date.first - 1] == "in")
        return (
            self.norm_at[date.last] == ","
            and date.last + 1 == begin
            and self.norm_at[at - 1] == "that"
        )

    def _year_set_off(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether an aside between commas alone parts a date from the figure's clause.

        "in 2024, as a result of the joint work of the two offices, more than 300
        Russian civilians were brought back": the year still dates the clause after
        the aside (whose own numbers are no figures of people moved).
        """
        if self.norm_at[date.last] != ",":
            return False
        begin = self._clause_start(figure.first, self.first)
        return (
            self.norm_at[begin - 1] == ","
            and self._clause_start(begin - 2, self.first) == date.last + 1
            and begin - date.last <= 18
            and not any(date.last < t.first < begin for t in self.m.transfers)
            # "in 2024, for instance, Russia returned 563 bodies in November": a month
            # after the aside dates one exchange, not the year's sum
            and not any(d.first >= begin for d in self.m.dates)
        )

    def _whole_of(self, year: int) -> int | None:
        """Where "over the whole of" or "in all of" before the year at ``year`` begins.

        "Over the whole of 2024 Ukraine received 4,780 bodies": the year's sum, as "in
        2024" is; None when no such phrase stands before the year.
        """
        if self.norm_at[year - 1] != "of":
            return None
        if self.norm_at[year - 2] == "all" and self.norm_at[year - 3] in lx.SPAN_PREPOSITIONS | {
            "in",
            "for",
        }:
            return year - 3
        if (
            self.norm_at[year - 2] == "whole"
            and self.norm_at[year - 3] == "the"
            and self.norm_at[year - 4] in lx.SPAN_PREPOSITIONS | {"in", "for"}
        ):
            return year - 4
        return None

    def _held_since(self, figure: FigureMention, since: int) -> bool:
        """Whether "since ..." dates the people's captivity, between them and their verb.

        "eight residents who had been held in Ukraine since last year's incursion
        were returned": how long they were held, not the span of a running sum.
        """
        if since <= figure.np_end:
            return False
        if not any(
            # "brought home 4,306 from captivity since 2022": "from" names where they came
            # from, so "since" dates the sum, not their detention
            self.norm_at[i] in _HELD_WORDS
            and "from" not in (self.norm_at[i - 1], self.norm_at[i - 2])
            for i in range(max(figure.np_end, since - 6), since)
        ):
            return False
        return not any(figure.np_end <= t.first < since for t in self.m.transfers)

    def _year_long(self, date: DateMention) -> bool:
        """Whether ``date`` is a whole year told as a span: "in 2025", "this year".

        "July last year" is a month: a month or a date just before the year is not a span.
        """
        if self.norm_at[date.first - 1] in lx.MONTHS or any(
            d.last == date.first for d in self.m.dates
        ):
            return False
        if date.text in ("this year", "last year"):
            return self.norm_at[date.first - 1] not in ("of", "since") and self.norm_at[
                date.first
            ] != ("earlier")
        return self.norm_at[date.first - 1] == "in" and _YEAR.fullmatch(date.text) is not None

    @staticmethod
    def _aside(after: list[str]) -> int:
        """The length of a short aside of saying right after a noun group: ", she believed,"."""
        if not after or after[0] != "," or "," not in after[1:5]:
            return 0
        close = after.index(",", 1)
        words = set(after[1:close])
        return close + 1 if words & (lx.SPEECH | _BELIEVING) else 0

    def _over_fronted_exchanges(self, figure: FigureMention, start: int) -> bool:
        """Whether a fronted span of exchanges, set off by a comma, frames the figure.

        "Over the summer's four prisoner exchanges, 788 came home": the figure sums the
        exchanges the phrase names, so it is a running total over them, not one more
        handover. Not when a word singles one out ("in the last of the exchanges, 200",
        "during each of the swaps, 90") or a figure stands between the phrase and this one.
        The clause's start may fall inside the phrase ("four prisoner exchanges"), so the
        phrase is looked for back to the last colon or semicolon instead.
        """
        breaks = self._at((":", ";"), self.first, figure.first)
        opener = max([self.first, figure.first - 12, *(k + 1 for k in breaks)])
        for i in self._at(_FRONTED_SPAN_OPENERS, opener, figure.first):
            j = next(
                (
                    j
                    for j in range(i + 1, min(i + 7, figure.first))
                    if self.norm_at[j] in _TALLY_PLURALS
                ),
                None,
            )
            if j is None or self.norm_at[j + 1] != ",":
                continue
            # a date's words ("last month's three swaps") single out no exchange
            between = {
                self.norm_at[k]
                for k in range(i + 1, j)
                if not any(d.first <= k <= d.last for d in self.m.dates)
            }
            if not _ONE_OF_SEVERAL.isdisjoint(between) or "of" in between:
                continue  # "in the last of the exchanges", "during each swap"
            if any(self.tokens[k].kind == NUM for k in range(j + 1, figure.first)):
                continue  # "over the two swaps, 310 on May 22 and 200 on August 10": listed
            return True
        return False

    def _sized_by_of(self, noun: int, figure: FigureMention) -> bool:
        """Whether ``figure`` sits in the "of" phrase of the exchange noun at ``noun``.

        "In swaps of 70 and 85 prisoners apiece, ...": the figures size each swap
        (a list of numbers joined by commas and "and"), they do not sum them.
        """
        if self.norm_at[noun + 1] != "of":
            return False
        return all(
            self.norm_at[i] in (",", "and") or self.tokens[i].kind != WORD
            for i in range(noun + 2, figure.first)
        )

    def _closing_sum_of_day(self, figure: FigureMention, start: int) -> bool:
        """Whether a set-off "84 in all" ends a clause that tells one day's handover.

        "Ukraine brought home soldiers and marines on Tuesday, 84 in all": the sum is
        of that day's people, not a running total, when a day is told before it
        and no "since" opens a span; so is an aside, "sent back on Tuesday, 84 in all, were"
        (only after a day: "in May, 900 in all," sums a month's handovers).
        """
        if self.norm_at[figure.first - 1] not in lx.SET_OFF_MARKS:
            return False
        closing = self.norm_at[figure.last + 2]
        if closing not in (".", ";", ","):
            return False
        return any(
            start <= d.first < figure.first
            and not d.since
            and not d.as_of
            and (
                closing != ","
                or names_a_day(d.text)
                or not {"today", "yesterday"}.isdisjoint(d.text.lower().split())
            )
            for d in self.m.dates
        ) and all(self.norm_at[i] != "since" for i in range(start, figure.first))

    def _sizes_definite_group(self, figure: FigureMention, start: int) -> bool:
        """Whether a set-off "N in all" sizes a group the clause opens with "the".

        "The civilians who came back, 12 in all, had been held for years": the figure
        counts the people of a handover already told, not a running total, unless the
        group's own words open a span ("The men freed since 2022, 4,000 in all") or
        date it ("The bodies returned in June, 6,000 in total": a month's handovers).
        """
        if self.norm_at[figure.first - 1] not in lx.SET_OFF_MARKS:
            return False
        if self.norm_at[start] not in ("the", "those", "these"):
            return False
        if any(start <= f.first < figure.first for f in self.m.figures if f is not figure):
            return False  # "The 30 men ..., 84 in all": a figure of its own before
        if any(start <= d.first < figure.first for d in self.m.dates):
            return False
        return all(
            self.norm_at[i] not in ("since", "so", "total", "now", "overall")
            for i in range(start, figure.first)
        )

    def _kinds_after_sum(self, at: int) -> bool:
        """Whether "in total" (or "in all") after a figure is set off by the kinds it sums.

        "12 people had been freed in total, both soldiers and civilians": the sum is of
        one handover's kinds of people, not a running total, when the sentence names
        no span ("since", "now", "so far") and no other total cue.
        """
        if self.norm_at[at] != "in" or len(self.totals) > 1:
            return False
        if self.norm_set & {"since", "now", "far", "date", "overall", "altogether"}:
            return False
        j = at + 2
        if self.norm_at[j] != ",":
            return False
        j += 1 + (self.norm_at[j + 1] == "both")
        kinds = 0
        while j < self.last:
            kind = lx.KIND_ADJECTIVES.get(self.norm_at[j])
            found = lx.PEOPLE.match(self.tokens, j, self.last)
            if kind is None and found is not None:
                kind, j = found[1], found[0] - 1
            if kind is None or kind.category is None or kind.remains:
                return False
            kinds += 1
            j += 1
            listed = self.norm_at[j] == "," and self.norm_at[j + 1] not in ("and", "but")
            if self.norm_at[j] != "and" and not listed:
                break
            j += 1
        return kinds > 1 and (j >= self.last or self.norm_at[j] in (",", ".", ";"))

    def _sum_of_parts_before(self, figure: FigureMention) -> bool:
        """Whether a set-off figure adds up the parts its clause has just counted.

        "185 servicemen and 20 civilians had returned, 205 Ukrainians in all": the sum is of
        the parts told before it, one handover's people, and no running total.
        """
        if self.norm_at[figure.first - 1] != "," or figure.amount.best is None:
            return False
        start = self._clause_before(figure.first)
        parts = [
            f.amount.best for f in self.m.figures if start <= f.first and f.last < figure.first
        ]
        return (
            len(parts) > 1
            and None not in parts
            and sum(p or 0 for p in parts) == figure.amount.best
        )

    def _sum_of_kinds_told(self, figure: FigureMention, told: Sequence[LegDraft] = ()) -> bool:
        """Whether "N in all" adds up two parts of different kinds told just before it.

        "Both sides said they had received 185 servicemen. Moscow also got 20 civilians,
        saying 205 Russians in all had returned", "175 defenders came home, 'and another
        22 of our wounded', putting the total at 197": a soldiers' and a civilians' figure,
        told in the sentence before or earlier in this one (``told``: this sentence's
        handovers, read already), that sum to N are one handover's breakdown, so N is its
        whole, not a running total. Two handovers both read must go the same way. Parts of
        one kind (two days' swaps of soldiers) may well add up a running total and are left
        to the other cues.
        """
        total = figure.amount.best
        if total is None:
            return False
        # amount, kind and way of each part; a figure not read as a handover has no way
        parts: set[tuple[int | None, PersonCategory, tuple[str, str] | None]] = {
            (leg.amount.best, leg.category, (leg.sender, leg.receiver))
            for leg in (*told, *self.discourse.legs)
            if leg.sentence in (self.index, self.index - 1) and not leg.tally
        }
        parts |= {
            (f.amount.best, f.noun.category, None)
            for f in self.m.figures
            if f.last <= figure.first and f.noun is not None and f.noun.category is not None
        }
        return any(
            amount is not None
            and 0 < amount < total
            and any(
                other == total - amount
                and kind != category
                and (way is None or ways is None or way == ways)
                for other, kind, ways in parts
            )
            for amount, category, way in parts
        )

    def countless_tally(
        self,
        legs: Sequence[LegDraft],
        speakers: Sequence[lx.SourceEntry],
        belligerents: Sequence[str],
    ) -> RankDraft | None:
        """A running total told only as a number of exchanges: "the 68th swap since 2022".

        Read only where the sentence states no total of people (one that does keeps the
        number of exchanges with its count) and tells no plan ("a fourth swap would
        follow"). The dead or civilians go one way, to the side that received the bulk of
        those told; a side's own office counts its side's returns, of people of no one
        kind; a count told by no side is of both sides, and a go-between's ("its fifth
        mediation") of both sides' prisoners.
        """
        if len(belligerents) != 2 or any(leg.tally for leg in legs):
            return None
        told = self.exchanges_ranked()
        if told is None or not self.norm_set.isdisjoint(_PLANNED):
            return None
        exchanges, at, noun = told
        teller = speakers[0] if speakers else None
        side = teller.party if teller is not None else self.discourse.publisher_side
        category = self._kind_of_exchanges(at, noun, legs)
        since = next((d.text for d in self.m.dates if d.since), None)
        if since is None and "this year" in (d.text.lower() for d in self.m.dates):
            since = "this year"
        if category in _ONE_WAY_KINDS:
            bulk = max(
                (leg for leg in (*legs, *self.discourse.legs) if leg.category is category),
                key=lambda leg: leg.amount.low,
                default=None,
            )
            if bulk is not None:
                sender, receiver = bulk.sender, bulk.receiver
            elif side in belligerents:
                sender, receiver = next(b for b in belligerents if b != side), str(side)
            else:
                return None
            if receiver not in belligerents or sender not in belligerents:
                return None
        elif (
            side in belligerents
            and self.norm_set.isdisjoint(_MEDIATION_WORDS)
            and (self.norm_set.isdisjoint(_BOTH_WORDS) or self.norm_set.isdisjoint(_SIDE_NOUNS))
        ):
            sender, receiver = next(b for b in belligerents if b != side), str(side)
        else:
            sender, receiver = "", _joint_code(belligerents)
            if category is PersonCategory.OTHER and not self.norm_set.isdisjoint(_MEDIATION_WORDS):
                category = PersonCategory.PRISONERS_OF_WAR
        return RankDraft(self.index, sender, receiver, category, exchanges, teller, since)

    def _kind_of_exchanges(self, at: int, noun: int, legs: Sequence[LegDraft]) -> PersonCategory:
        """Who the counted exchanges moved: as their noun tells, else the sentence's handovers.

        "exchanges of prisoners", "the second return of civilians", "the third prisoner
        swap"; with no such word, the kind every handover the sentence tells is of, the
        dead where it names them ("the fourth such transfer of bodies") or where the text
        is about them ("The repatriation, the third since May"), else people of no one kind.
        """
        stop = noun if noun >= 0 else at
        spots = [*range(at + 1, stop)]
        if noun >= 0 and self.norm_at[noun + 1] == "of":
            spots.append(noun + 2)
        for k in spots:
            found = lx.PEOPLE.match(self.tokens, k, self.last)
            if found is not None:
                return found[1].category or PersonCategory.OTHER
        kinds = {leg.category for leg in legs}
        if len(kinds) == 1:
            return kinds.pop()
        if not self.norm_set.isdisjoint(lx.REMAINS_NOUNS) or (
            self.discourse.topic is PersonCategory.REMAINS
            and not self.norm_set.isdisjoint(_HANDOVER_NOUNS)
        ):
            return PersonCategory.REMAINS
        return PersonCategory.OTHER

    def number_of_tallies(
        self, legs: Sequence[LegDraft], used: set[int], belligerents: Sequence[str]
    ) -> list[LegDraft]:
        """Running totals told as "the number of <people> returned": issue 8's stated tallies.

        "raised to 4,131 the number of people returned to Ukraine since 2022", "the
        number of bodies brought back since 2022 has grown to more than 13,000". The
        figure stands just before "the number of" after "to", or after it with a
        linking word ("stood at", "has grown to", "reached"). The number of people freed
        on one named day is that day's handover instead (:meth:`_one_day_counted`).
        """
        counted = not self.norm_set.isdisjoint(lx.COUNTING_VERBS)
        if self.norm_set.isdisjoint(_NUMBER_OR_FIGURE_HEADS) and not counted:
            return []  # most sentences: no "number", "total", "count" or "tally" to scan for
        drafts: list[LegDraft] = []
        taken: set[int] = set()
        heads = self._at(_NUMBER_OR_FIGURE_HEADS, self.first, self.last - 2)
        if counted:
            heads = sorted({*heads, *self._counted_subjects()})
        for i in heads:  # any other word: no head
            people: tuple[int, PersonCategory, str | None] | None
            if self.norm_at[i] == "the":
                # "the bodies handed over to Ukraine since June totalled 6,057": the people
                # moved are the subject, a verb of counting gives their number
                people = self._people_after(i)
            elif self.norm_at[i] in _FIGURE_HEADS | {"total"} and self.norm_at[i + 1] == "for":
                # "give a higher figure for the bodies handed to Ukraine, saying it is 8,000";
                # "an updated total for the Ukrainians released, which officials put at"
                people = self._people_after(i + 2)
            elif self.norm_at[i] in _FIGURE_HEADS:
                continue
            elif self._bare_number_head(i):
                # "the total returned home since 2022 stood at 5,757": no people noun
                people = (i + 1, PersonCategory.OTHER, None)
            elif self.norm_at[i] not in _NUMBER_HEADS or self.norm_at[i + 1] != "of":
                continue
            else:
                people = self._people_after(i + 2)
            # "the number of repatriated bodies": the participle of handing over before them
            before = next(
                (t for t in self.m.transfers if t.first == i + 2 == t.last - 1 and t.done), None
            )
            if people is None and before is not None and self.norm_at[i + 1] == "of":
                people = self._people_after(i + 3)
            if people is None or self._total_to_come(i):
                continue
            if self.norm_at[i - 1] in _CORRECTING:
                continue  # "(Corrects number of servicemen handed over to 63 from 64)": no total
            noun_end, category, nationality = people
            if self.norm_at[noun_end] in _TAKEN_AWAY:
                continue  # "the number of children deported or forcibly transferred"
            moved = [t for t in self.m.transfers if noun_end <= t.first <= noun_end + 3]
            if not moved and before is not None and noun_end > before.last:
                if self.norm_at[noun_end] in _LATER_ACTS:
                    continue  # "the number of released POWs interviewed": not a homecoming count
                moved = [before]
            if not moved and self._through_channels(noun_end, belligerents):
                moved = [TransferWord(noun_end, noun_end, Move.SWAP, True)]
            subject = self._relative_subject(noun_end, moved[0]) if moved else None
            if subject is None and moved and self._pronoun_relative(noun_end, moved[0]):
                # "Russia put the number of bodies it had handed over at ...": the pronoun
                # is the speaker's side
                speaker = self.attribution or self.speaker_near(moved[0].first)
                subject = speaker.party if speaker is not None else None
            if subject is not None:
                # "the number of bodies Ukraine has received": the clause's subject gets
                # (or, with a verb of sending, gives) the people counted
                if moved[0].move is lx.Move.RECEIVE:
                    nationality = subject
                elif moved[0].move is lx.Move.SEND:
                    nationality = _other(subject, belligerents)
            if not moved or not moved[0].done:
                continue
            figure_index = self._number_of_figure(i, moved[0].last)
            # a figure the handover rules read as one exchange is the total's all the same:
            # "the handover brings to 7,000 the number of bodies returned"; extract() drops
            # that exchange leg
            if figure_index is None or figure_index in taken:
                continue
            rivals = self._rivals_by_sources(figure_index)
            if rivals is not None:
                # "the number of Ukrainians released was put at 157 by Kyiv and 150 by
                # Moscow": two sides' counts of one handover, never a running total
                drafts.extend(
                    self._rival_way_of_handover(rivals, legs, used, nationality, category)
                )
                continue
            if self.norm_at[i] == "the" and not self._counted_people(
                self.m.figures[figure_index], i
            ):
                continue
            # "put the number", or its gap; "put the total number"
            put = self._put_verb(i + 1, _PUT) in (i - 2, i - 3)
            if (
                figure_index in used
                and put
                and not self._stages_counted_between(i, self.m.figures[figure_index].first)
            ):
                continue  # "put the number it got back at 185": put_at read one exchange
            if put and self._one_day_between(i, self.m.figures[figure_index].first):
                continue  # "put the total number released on Saturday at 523": that day's
            if self._by_each_side(moved[0]):
                continue  # "the number returned by each side": each side's, not the speaker's
            if self._bare_number_head(i) and (
                (put and not self._since_between(i, self.m.figures[figure_index].first))
                or self._per_side_after(self.m.figures[figure_index])
            ):
                # "put the number returned at 116": one swap's size; "the number freed so
                # far to almost 700 in either direction": a sum of both ways, not one side's
                continue
            taken.add(figure_index)
            figure = self.m.figures[figure_index]
            receiver = nationality or self._party_after(("to",), moved[0].last, moved[0].last + 3)
            if receiver is None:
                receiver = self._way_of_agent(moved[0], belligerents)
            if receiver is None and self.norm_at[i] == "the":
                continue  # "the bodies it had handed over totalled ...": whose is not told
            if (
                receiver is None
                and (
                    category in (PersonCategory.OTHER, PersonCategory.PRISONERS_OF_WAR)
                    or (category is PersonCategory.CHILDREN and self._families_reunited(noun_end))
                )
                and not self._bare_number_head(i)
                and self._mediators_count(figure, belligerents)
            ):
                # "the total number of captives freed through its mediation had risen to
                # 1,788": a go-between counts the people it freed on both sides together
                receiver = _joint_code(belligerents)
            carried = self._carried_on(i, legs) if receiver is None else []
            if carried:
                # "23 children came home to Ukraine, bringing the number returned since 2023
                # to 150": the bare total carries on the handover of the clause before
                receiver = carried[0].receiver
                category = (
                    carried[0].category if len({g.category for g in carried}) == 1 else category
                )
                if self.norm_at[i + 1] in _REUNITED and self._mediators_count(figure, belligerents):
                    # "..., bringing the number reunited through Doha's efforts to 150": a
                    # go-between's reunions run both ways, whichever way the day's went
                    receiver = _joint_code(belligerents)
            if receiver is None:
                speaker = self.attribution or self.speaker_near(figure.first)
                receiver = speaker.party if speaker is not None else None
            if receiver is None and self._bare_number_head(i):
                receiver = self._receiver_just_told(belligerents)
            if receiver is None and moved[0] is before:
                # "the number of repatriated bodies" told by an office of no known side:
                # the home the dateline names, if any
                receiver = self.discourse.home
            elif receiver is None and moved[0].move is not Move.SWAP:
                # "the number of children returned ... has grown to 1,247, the presidential
                # office said": an office of no known side counts its own side's homecomings
                receiver = self._side_last_heard(belligerents)
            sender = _other(receiver, belligerents) if receiver is not None else None
            if receiver == _joint_code(belligerents):
                sender = ""  # a two-way total names no sender
                category = two_way_kind(category, self.norm_at[noun_end - 1], moved[0].move)
            if receiver is None or sender is None:
                continue
            if self._bare_number_head(i) and self._told_only_remains(receiver, legs):
                category = PersonCategory.REMAINS  # "the number returned": the bodies told of
            used.add(figure_index)
            attributed, accorded = self.leg_source(figure.first)
            usable = self._total_dates(i, figure)
            day = self._one_day_counted(noun_end, figure)
            drafts.append(
                LegDraft(
                    self.index,
                    sender,
                    receiver,
                    category,
                    figure.amount,
                    attributed,
                    accorded,
                    tuple(usable[:1]) if day is None else (day,),
                    False,
                    None,
                    day is None,
                    next((d.text for d in self.m.dates if d.since), None) if day is None else None,
                    self.exchange_count() if day is None else None,
                )
            )
        return drafts

    def _rivals_by_sources(self, k: int) -> list[tuple[int, lx.SourceEntry]] | None:
        """The figures "N by A and M by B" from figure ``k`` on, each with its source, if so.

        "was put at 157 by Kyiv and 150 by Moscow": each figure is followed by "by" and
        a named source, the two joined by "and", and the sources differ.
        """
        if k + 1 >= len(self.m.figures):
            return None
        spoken = {start: (end, entry) for start, end, entry in self._speaker_mentions()}
        found: list[tuple[int, lx.SourceEntry]] = []
        for j, joined in ((k, self.m.figures[k + 1].first - 1), (k + 1, None)):
            figure = self.m.figures[j]
            if figure.noun is not None or self.norm_at[figure.last] != "by":
                return None
            end, entry = spoken.get(figure.last + 1, (None, None))
            if end is None or entry is None or entry is PUBLISHER:
                return None
            if joined is not None and (end != joined or self.norm_at[end] != "and"):
                return None  # "157 by Kyiv and 150 by Moscow": the second right after "and"
            found.append((j, entry))
        if found[0][1] == found[1][1]:
            return None
        return found

    def _rival_way_of_handover(
        self,
        rivals: list[tuple[int, lx.SourceEntry]],
        legs: Sequence[LegDraft],
        used: set[int],
        receiver: str | None,
        category: PersonCategory,
    ) -> list[LegDraft]:
        """The legs two sources' rival counts give the way back of a handover just told.

        "Russia got back 157 servicemen, while the number of Ukrainians released was
        put at 157 by Kyiv and 150 by Moscow": each figure is the other way of the
        exchange told before it in the sentence, as its source counts it. Without that
        handover, or with the people's side unsaid or the handover's own, nothing is read.
        """
        first = self.m.figures[rivals[0][0]].first
        told = [
            leg
            for leg in legs
            if leg.sentence == self.index and not leg.tally and (leg.at or first) < first
        ]
        if len(told) != 1 or receiver is None or told[0].receiver == receiver:
            return []
        if told[0].sender != receiver:
            return []
        drafts: list[LegDraft] = []
        for k, source in rivals:
            used.add(k)
            drafts.append(
                told[0]._replace(
                    sender=told[0].receiver,
                    receiver=receiver,
                    category=category,
                    amount=self.m.figures[k].amount,
                    attributed=source,
                    accord=False,
                    note=None,
                    whole=False,
                    guessed=False,
                    definite=False,
                    added=False,
                    at=self.m.figures[k].first,
                )
            )
        return drafts

    def _by_each_side(self, moved: TransferWord) -> bool:
        """Whether the participle's agent is "each side" (or "either side"), not one side.

        "the number returned by each side since Friday": the figure goes each way, so
        neither the speaker's side nor any one side is its one receiver ("by both
        sides", said by a go-between, is the two ways summed, read as before).
        """
        at = moved.last
        return (
            self.norm_at[at] == "by"
            and self.norm_at[at + 1] in ("each", "either")
            and self.norm_at[at + 2] in ("side", "party", "country")
        )

    def _way_of_agent(self, moved: TransferWord, belligerents: Sequence[str]) -> str | None:
        """The receiver a side after "by" names: "the number of bodies returned by Russia".

        The side after the participle's "by" did the moving: it sent the people (or,
        with a verb of getting, "received by Ukraine", got them), whoever counts them.
        """
        if moved.move not in (Move.SEND, Move.RECEIVE) or self.norm_at[moved.last] != "by":
            return None
        agent = self._party_after(("by",), moved.last, moved.last + 1)
        if agent is None or agent not in belligerents:
            return None  # "returned by the Red Cross": a go-between sends no one of its own
        return agent if moved.move is Move.RECEIVE else _other(agent, belligerents)

    def _stages_counted_between(self, head: int, at: int) -> bool:
        """Whether a counted run of stages stands between a head and its figure at ``at``.

        "put the number of bodies it had handed over in the three stages at 3,632": the
        figure sums the stages counted, not one handover. "in one swap" counts none.
        """
        return any(
            self.norm_at[j] in _COUNTED_STAGES
            and lx.number_value(self.norm_at[j - 1]) not in (None, 1)
            for j in range(head + 1, at)
        )

    def _counted_subjects(self) -> list[int]:
        """Where "the" may open the subject of a verb of counting ("the bodies ... totalled").

        Read back from each verb to its clause's start (the sentence's, or a semicolon or
        colon's): a "the" after the verb, or in another clause, cannot open the people it
        counts, and trying every "the" of a long sentence would cost a scan each.
        """
        subjects: list[int] = []
        for verb in self._at(lx.COUNTING_VERBS, self.first + 1, self.last):
            start = max([self.first, *(i + 1 for i in self._at((";", ":"), self.first, verb))])
            subjects += self._at(("the",), start, verb)
        return subjects

    def _counted_people(self, figure: FigureMention, head: int) -> bool:
        """Whether the people opened at ``head`` are counted by a verb with a span of many swaps.

        "the bodies handed over to Ukraine since June totalled 6,057", "the civilians
        returned in 2024 totalled 182": a verb of counting right before the figure and a
        sum's cue ("since", a whole year, "in total") make the people's number a running
        total; "the prisoners freed on Friday totalled 95", with no such cue, is left to
        the rules for one handover.
        """
        return self.norm_at[figure.first - 1] in lx.COUNTING_VERBS and self._running_total(
            figure, head
        )

    def _total_to_come(self, head: int) -> bool:
        """Whether a modal or a word of planning before "the total" at ``head`` makes a plan.

        "the next swap would bring the number freed to 4,210", "is expected to take the
        total to 1,000": a level not yet reached, no running total.
        """
        return any(
            self.norm_at[j] in _TOTAL_TO_COME and self.tokens[j].text != "May"
            for j in range(max(self.first, head - 6), head)
        )

    def _carried_on(self, head: int, legs: Sequence[LegDraft]) -> list[LegDraft]:
        """The handovers a bare "..., bringing the number freed to N" carries on, if one way.

        "Ukraine got back 23 soldiers, bringing the number returned since 2022 to 1,500":
        a participle raising a total after a comma adds the clause before to it, so the
        total is of the people that clause's handovers brought home, to the same side.
        Handovers told both ways (or none) leave the side unsaid.
        """
        if not self._bare_number_head(head):
            return []
        article = head - 1 - (self.norm_at[head - 1] in _RUNNING | {"total"})
        if (
            self.norm_at[article] != "the"
            or self.norm_at[article - 1] not in _RAISING_PARTICIPLES
            or self.norm_at[article - 2] != ","
        ):
            return []
        told = [
            g
            for g in legs
            if not g.tally and g.sentence == self.index and (g.at is None or g.at < head)
        ]
        return told if len({(g.sender, g.receiver) for g in told}) == 1 else []

    def _receiver_just_told(self, belligerents: Sequence[str]) -> str | None:
        """The one side the sentence just before counted people going to, if only one.

        "2,978 Ukrainians came home this year. That brings the number freed since 2022
        to 6,934": a bare "the number freed" counts the people the sentence before did.
        Figures of both ways there (or none) leave the side unread.
        """
        told = {
            leg.receiver
            for leg in (*self.discourse.legs, *self.discourse.tallies)
            if leg.sentence == self.index - 1
        }
        if len(told) != 1:
            return None
        (receiver,) = told
        return receiver if receiver in belligerents else None

    def _one_day_counted(self, noun_end: int, figure: FigureMention) -> str | None:
        """The day "the number of <people> freed on <day>" counts, when it counts one day.

        "bringing the number of Ukrainians freed on Wednesday, according to Kyiv, to 197":
        the people of one day's exchange, that day's handover, not a running total.
        """
        if any(d.since for d in self.m.dates) or self.totals:
            return None
        return next(
            (
                d.text
                for d in self.m.dates
                if noun_end <= d.first < figure.first
                and d.first <= noun_end + 4
                and self.norm_at[d.first - 1] == "on"
            ),
            None,
        )

    def _told_only_remains(self, receiver: str, legs: Sequence[LegDraft]) -> bool:
        """Whether the handovers told to ``receiver`` were all of bodies (and one was).

        The sentence's own handovers that way (``legs``) decide when it has any: "Ukraine
        received 1,000 bodies, ..., which said the total it had received had topped
        19,000"; without them, every handover told so far that way does.
        """
        own = {leg.category for leg in legs if not leg.tally and leg.receiver == receiver}
        if own:
            # "The latest returned 1,000 bodies to Ukraine, ..., and the total returned to
            # Ukraine has passed 27,000": the sentence's own handover that way is its topic,
            # whatever kinds went that way in stories told before it
            return own == {PersonCategory.REMAINS}
        told = [*self.discourse.legs, *(leg for leg in legs if not leg.tally)]
        kinds = {leg.category for leg in told if leg.receiver == receiver}
        return kinds == {PersonCategory.REMAINS}

    def _one_day_between(self, head: int, figure: int) -> bool:
        """Whether a single day dates the people counted between "the number" and its figure.

        "put the total number of people released by both sides on Saturday at 523" sizes
        that day's swap, not a running total; "since Saturday" opens a span and does not.
        """
        return any(
            head < d.first < figure and not d.since and not self._coarse(d) for d in self.m.dates
        )

    def _since_between(self, head: int, figure: int) -> bool:
        """Whether a "since" span or a whole year stands between "the total" and its figure.

        "put the total brought home since the invasion at 3,767" or "the number returned
        this year at 9,000": a sum over the span, where "put the number returned at 116"
        sizes one swap.
        """
        return any(
            (d.since or self._year_long(d)) and head < d.first < figure for d in self.m.dates
        ) or any(
            self.norm_at[j] == "since"
            and self.norm_at[j + 1 + (self.norm_at[j + 1] == "the")] in _OPENING_EVENTS
            for j in range(head + 1, figure)
        )

    def _through_channels(self, at: int, belligerents: Sequence[str]) -> bool:
        """Whether "moved through its channels" at ``at`` is a go-between's count of people swapped.

        A verb of motion with no side ("the number of people moved through those
        channels") names the exchanges a mediator brokered, and only a mediator's.
        """
        return (
            bool(self.m.figures)
            and self.norm_at[at] in _CHANNEL_VERBS
            and self.norm_at[at + 1] == "through"
            and self._mediators_count(self.m.figures[0], belligerents)
        )

    def _mediators_count(self, figure: FigureMention, belligerents: Sequence[str]) -> bool:
        """Whether a total of captives of no side is a go-between's count of both sides.

        "the number of captives freed through its mediation", said by (or of) a
        mediator and with no side named as receiving: the people went either way
        (bodies, children "returned" rather than reunited with their families, and "the
        total returned home", go to one side).
        """
        if len(belligerents) != 2:
            return False
        speaker = self.attribution or self.speaker_near(figure.first)
        return (
            (speaker is not None and speaker.party in MEDIATOR_CODES)
            or any(p.role == MEDIATOR for p in self.m.parties)
            or self._through_own_mediation(figure)
        )

    def _families_reunited(self, noun_end: int) -> bool:
        """Whether the children counted are "reunited with their families" right after.

        "the number of children reunited with their families through its mediation":
        a go-between's reunions run both ways, children going home to Ukraine and to
        Russia alike, so its count is of both sides; children "returned" go to one.
        """
        return self.norm_at[noun_end] in _REUNITED or (
            self.norm_at[noun_end] in ("who", "that")
            and any(self.norm_at[j] in _REUNITED for j in range(noun_end + 1, noun_end + 5))
        )

    def _through_own_mediation(self, figure: FigureMention) -> bool:
        """Whether the sentence tells of a mediation and frees the figure "through its efforts".

        "It said the mediation was the twelfth it had carried out, and that the number of
        captives released through its efforts had reached 3,233": whoever "it" is, its
        efforts are the mediation's, which frees people of both sides.
        """
        if "mediation" not in self.norm_set:
            return False
        return any(
            self.norm_at[i] == "through"
            and self.norm_at[i + 1] in ("its", "their")
            and self.norm_at[i + 2] in _MEDIATION_WORK
            for i in range(max(self.first, figure.first - 6), figure.first)
        )

    def _mediators_perfect(
        self, figure: FigureMention, verb: TransferWord | None, belligerents: Sequence[str]
    ) -> bool:
        """Whether a go-between's count of both sides is told in the perfect, with no day.

        "its efforts alone have freed 4,181 captives on both sides": a perfect adds up
        to now, and the people a mediator freed on both sides are those of every swap
        it brokered, not one swap's ("on Friday the UAE has freed 300 ..." keeps its day).
        """
        if not self._mediators_own_verb(figure, verb, belligerents):
            return False
        assert verb is not None
        aux = verb.first - 1
        if self.norm_at[aux] == "the":
            # "its efforts have secured the release of 2,594": the noun's perfect is the
            # verb's that brings it about, a word or three before "the"
            aux = next(
                (
                    j
                    for j in range(aux - 1, max(self.first, aux - 4), -1)
                    if self.norm_at[j] in ("has", "have", "had")
                    and not any(self.norm_at[g] in _CLAUSE_OPENERS for g in range(j, aux))
                ),
                aux,
            )
        while aux > self.first and self.norm_at[aux] in _PERFECT_ADVERBS:
            aux -= 1
        return self.norm_at[aux] in ("has", "have", "had") and not any(
            not d.since for d in self.m.dates
        )  # a day or a month names one swap, or a period the other rules read

    def _mediators_sum(
        self,
        figure: FigureMention,
        verb: TransferWord | None,
        category: PersonCategory,
        belligerents: Sequence[str],
    ) -> bool:
        """Whether a running total no side receives is a go-between's sum of both ways.

        "its efforts had so far led to the release of more than 3,000 captives in
        total", "the Red Cross has now helped the two parties return the bodies of
        3,000 people": a mediator, with neither side named, counts everyone it moved.
        Bodies mostly go one way, so their total needs "the two parties" said.
        """
        if figure.nationality is not None:
            return False
        swapped = self._swapped_between_sides(figure, verb, belligerents)
        if not swapped and not self._mediators_own_verb(figure, verb, belligerents):
            return False
        if not (
            swapped
            or self._perfect_now(self.first, figure.first, figure.first)
            or "far" in self.norm_set
            or self._mediation_perfect(figure)
            or (
                verb is not None
                and self._freed_through_own_work(figure, verb)
                # "the Easter swap was its tenth mediation": a day naming the swap ranked
                and all(d.since or self._names_swap_described(d, figure) for d in self.m.dates)
            )
            # "said on Monday that it has helped 400 people return": the day is the telling's
            or (
                verb is not None
                and self._helped_people_to(figure, verb)
                and all(d.since or d.first < figure.first for d in self.m.dates)
            )
            # "the swaps it brokered now involve 3,100 people in total": a present of now
            or (
                verb is not None
                and self._swaps_summed(figure, verb)
                and any(self.norm_at[i] == "now" for i in range(verb.last, figure.first))
            )
        ):
            return False  # "478 captives in total had been exchanged": one swap's sum
        if category is PersonCategory.REMAINS:
            return any(
                self.norm_at[i] in ("two", "both") and self.norm_at[i + 1] in _SIDE_NOUNS
                for i in range(self.first, self.last - 1)
            )
        # "helped reunite 137 Ukrainian and Russian children": people of both sides by name
        return category in (
            PersonCategory.OTHER,
            PersonCategory.PRISONERS_OF_WAR,
        ) or self._both_sides_people(figure, belligerents)

    def _both_sides_people(self, figure: FigureMention, belligerents: Sequence[str]) -> bool:
        """Whether the figure's noun names the people of both sides: "Ukrainian and Russian".

        A go-between's count of "137 Ukrainian and Russian children" says in its own words
        that the people went both ways, whatever their kind.
        """
        named = {
            p.code for p in self.m.parties if figure.last <= p.first < figure.np_end and not p.noun
        }
        if len(belligerents) == 2 and named != set(belligerents):
            named = set(self._both_set_off(figure).values())
        return len(belligerents) == 2 and named == set(belligerents)

    def _both_set_off(self, figure: FigureMention) -> dict[int, str]:
        """The sides a set-off ", both Ukrainian and Russian," after the figure's people names.

        "reunited 186 children with their families, both Ukrainian and Russian, since
        2023": the aside right after the people's phrase says whose they are, as the
        adjectives before the noun would; only "both" after a comma, within a few words.
        """
        for at in self._at(("both",), figure.np_end, min(self.last, figure.np_end + 6)):
            if self.norm_at[at - 1] != "," or self.norm_at[at + 2] != "and":
                continue
            return {
                p.first: p.code
                for p in self.m.parties
                if p.first in (at + 1, at + 3) and p.last in (at + 2, at + 4) and not p.noun
            }
        return {}

    def _swapped_between_sides(
        self, figure: FigureMention, verb: TransferWord | None, belligerents: Sequence[str]
    ) -> bool:
        """Whether a mediator says the figure's people "have been exchanged between the two sides".

        "more than 2,000 people have been exchanged between the two countries with
        Ankara's help": people swapped between the sides, in the perfect and counted by
        a go-between naming neither, went both ways, so the figure sums both.
        """
        if verb is None or verb.move is not Move.SWAP or verb.first < figure.np_end:
            return False
        gap = [self.norm_at[i] for i in range(figure.np_end, verb.first)]  # "have now been"
        if not gap or gap[0] not in ("has", "have") or "been" not in gap:
            return False
        if not all(w in _PERFECT_FILLERS for w in gap[1:]):
            return False
        at = verb.last
        if self.norm_at[at] != "between":
            return False
        at += 1 + (self.norm_at[at + 1] == "the")
        if self.norm_at[at] not in ("two", "both") or self.norm_at[at + 1] not in _SIDE_NOUNS:
            return False
        if any(p.code in belligerents for p in self.m.parties):
            return False
        return self._mediators_count(figure, belligerents)

    def _mediators_own_verb(
        self, figure: FigureMention, verb: TransferWord | None, belligerents: Sequence[str]
    ) -> bool:
        """Whether a mediator's verb of freeing, before the figure, counts it with no side named.

        Neither belligerent is named in the sentence, no exchange is the verb's
        subject ("the deal had freed 478 captives" is one swap), the verb frees
        people rather than holding swaps ("mediated exchanges involving 1,958": each
        side's or in all?) unless its swaps are summed "in total", and the figure is a
        number, in digits or in words ("two thousand three hundred"), not "thousands".
        """
        if verb is None:
            return False
        helped = self._helped_people_to(figure, verb)
        if not (verb.done or helped):
            return False
        if (
            verb.last > figure.first
            and not helped
            and not self._freed_through_own_work(figure, verb)
        ):
            return False
        if verb.move is Move.SWAP and not self._swaps_summed(figure, verb):
            return False
        if figure.amount.qualifier is Qualifier.ORDER_OF_MAGNITUDE:
            return False
        paired = self._sides_swapped_between()
        # "186 children, both Ukrainian and Russian": the aside names whose the people are
        whose = self._both_set_off(figure) if len(self.m.parties) > 1 else {}
        if any(
            p.code in belligerents
            and not figure.last <= p.first < figure.np_end
            and p.first not in paired
            and p.first not in whose
            for p in self.m.parties
        ):
            return False  # "Russia and Ukraine have freed 300 on both sides": per side or in all?
        clause = max(
            (i for i in range(self.first, verb.first) if self.norm_at[i] in _CLAUSE_OPENERS),
            default=self.first,
        )
        if any(self.norm_at[i] in _ONE_SWAP_SUBJECTS for i in range(clause, verb.first)):
            return False
        return self._mediators_count(figure, belligerents)

    def _helped_people_to(self, figure: FigureMention, verb: TransferWord) -> bool:
        """Whether the figure is the object of "has helped" and ``verb`` what they did.

        "the Holy See has helped more than 400 people, civilians and children, to return
        to their families": a helper's perfect whose object moves after it sums every
        return it took part in, the people's verb standing past the object (and an aside
        on it) and "to".
        """
        if verb.first < figure.np_end:
            return False
        at = figure.np_end
        if self.norm_at[at] == ",":
            # an aside on the people: "400 people, civilians and children, to return"
            at = next(
                (j + 1 for j in range(at + 1, min(verb.first, at + 8)) if self.norm_at[j] == ","),
                at,
            )
        if verb.first - at > 1 or (verb.first > at and self.norm_at[at] != "to"):
            return False
        aux = figure.first - 1
        if self.norm_at[aux] not in _HELPER_WORDS:
            return False
        aux -= 1
        while aux > self.first and self.norm_at[aux] in _PERFECT_ADVERBS:
            aux -= 1
        return self.norm_at[aux] in ("has", "have")

    def _sides_swapped_between(self) -> set[int]:
        """Where the two sides of "between Russia and Ukraine" start: the pair swapped between.

        "the 18th swap it had mediated between Kyiv and Moscow": the sides so named are
        the pair the exchanges went between, neither of them a receiver nor a speaker.
        """
        paired: set[int] = set()
        for one, other in itertools.pairwise(self.m.parties):
            if (
                self.norm_at[one.first - 1] == "between"
                and self.norm_at[one.last] == "and"
                and other.first == one.last + 1
                and one.code != other.code
            ):
                paired |= {one.first, other.first}
        return paired

    def _freed_through_own_work(self, figure: FigureMention, verb: TransferWord) -> bool:
        """Whether the figure's people "have been freed through its efforts" (or mediation).

        A passive perfect whose means is a go-between's own work counts, as "its efforts
        have freed 4,181" does, the people of every swap it brokered, of both sides.
        """
        gap = [self.norm_at[i] for i in range(figure.np_end, verb.first)]
        if not gap or gap[0] not in ("has", "have", "had") or gap[-1] != "been":
            return False
        if not all(w in _PERFECT_ADVERBS for w in gap[1:-1]):
            return False
        return (
            self.norm_at[verb.last] == "through"
            and self.norm_at[verb.last + 1] in ("its", "their")
            and self.norm_at[verb.last + 2] in _MEDIATION_WORK
        )

    def _names_swap_described(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` only names the swap a clause before the figure describes.

        "the New Year swap was its ninth mediation, and 2,000 have now been freed": the
        day is the subject's name ("<day> swap was"), past an aside of saying, and
        dates that one swap, not the figure told later in the sentence.
        """
        noun = date.last
        if date.first >= figure.first or self.norm_at[noun] not in _ONE_EXCHANGE:
            return False
        verb = self._speech_aside(noun + 1) if self.norm_at[noun + 1] == "," else noun + 1
        return verb < figure.first and self.norm_at[verb] in lx.BE_FORMS

    def _swaps_summed(self, figure: FigureMention, verb: TransferWord) -> bool:
        """Whether the figure counts the people of many exchanges "in total".

        "the swaps it has brokered now involve 3,100 people in total": the people of
        several swaps, summed, went both ways. Without the sum said ("mediated exchanges
        involving 1,958", "exchanges of 90 prisoners") the figure may be each side's.
        """
        if self.norm_at[verb.first] not in _EXCHANGE_PLURALS or any(
            f is not figure and any(c.isdigit() for c in f.text) for f in self.m.figures
        ):
            return False  # "exchanges of 103 and 95 prisoners": one figure per swap
        return self.summed_in_total(figure)

    def summed_in_total(self, figure: FigureMention) -> bool:
        """Whether "in total", "in all" or "altogether" follows the figure's people at once."""
        at = figure.np_end
        return self.norm_at[at] == "altogether" or (
            self.norm_at[at] == "in" and self.norm_at[at + 1] in ("all", "total")
        )

    def _our_soldiers_again(self, figure: FigureMention) -> bool:
        """Whether "N of our men" sums the soldiers the sentence before counted.

        "1,194 Russian servicemen came home this year. In all, we have returned 2,300
        of our men": the men are of the kind just counted, not soldiers and civilians.
        """
        counted = self.discourse.counted
        return (
            figure.pronoun == "our"
            and self.norm_at[figure.np_end - 1] == "men"
            and counted is not None
            and counted[0] == self.index - 1
            and counted[1].category is PersonCategory.PRISONERS_OF_WAR
        )

    def _bare_number_head(self, i: int) -> bool:
        """Whether "the total" or "the number" at ``i`` is followed at once by a participle.

        "the total returned home since 2022", "the number freed so far": the
        people are left unsaid, and the verb of handing over names them; so they are
        in a relative clause of receiving with a pronoun subject ("the total it had received").
        """
        # "the total number freed since 2022": "total", "overall" or "cumulative" between
        article = (
            i - 1 - (self.norm_at[i] == "number" and self.norm_at[i - 1] in _RUNNING | {"total"})
        )
        # "the total now returned", "the number so far freed": the adverb only dates the count
        verb = i + 1
        verb += _UP_TO_DATE.get((self.norm_at[verb], self.norm_at[verb + 1]), 0) or (
            _UP_TO_DATE.get((self.norm_at[verb],), 0)
        )
        return (
            self.norm_at[i] in ("total", "number")
            and self.norm_at[article] == "the"
            and any(
                t.done
                and (
                    t.first == verb
                    # "the total it had received": "it freed" or "returned" may be sending
                    # or bringing home, so only a verb of receiving tells whose total it is
                    or (t.move is Move.RECEIVE and self._pronoun_relative(i + 1, t))
                )
                for t in self.m.transfers
            )
        )

    def _way_named_before(self, head: int, told: list[LegDraft]) -> tuple[str, str] | None:
        """The way of a handover told both ways that the total's people were named going.

        "The count of prisoners returned to Ukraine ... took the total past 7,190", with
        the exchange told of each side: the total is of the people "returned to" the
        side named before its head, not of the way told last.
        """
        ways = {(g.sender, g.receiver) for g in told}
        if len(ways) < 2:
            return None
        for party in self.m.parties:
            if (
                party.first < head
                and party.role != MEDIATOR
                and self.norm_at[party.first - 1] == "to"
                and self.norm_at[party.first - 2] in _RETURNED_TO
            ):
                return next((w for w in ways if w[1] == party.code), None)
        return None

    def _per_side_after(self, figure: FigureMention) -> bool:
        """Whether the figure is said to go each way ("700 in either direction", "each")."""
        return (
            lx.PER_SIDE_MORE.match(self.tokens, figure.last, self.last) is not None
            or lx.PER_SIDE.match(self.tokens, figure.last, self.last) is not None
        )

    def _relative_subject(self, noun_end: int, verb: TransferWord) -> str | None:
        """The party a relative clause after a noun group opens with, before its verb.

        "the number of bodies [that] Ukraine has received": a party named as a
        noun, then at most auxiliaries, then the verb of handing over.
        """
        at = noun_end + (self.norm_at[noun_end] == "that")
        party = next((p for p in self._actors() if p.first == at and p.noun), None)
        last = at
        if party is None and self.norm_at[at] in ("it", "they"):
            # "Moscow put the number of bodies it had handed over at ...": the pronoun is
            # the side that opened the sentence, the only one named before it
            named = [p for p in self._actors() if p.last < noun_end]
            opens = named[0].first - (self.norm_at[named[0].first - 1] == "the") if named else 0
            if len({p.code for p in named}) == 1 and (
                opens == self.first or self.norm_at[opens - 1] == ","  # "In total, Moscow put"
            ):
                party = named[0]
        if party is None or max(party.last, last) >= verb.first:
            return None
        between = range(max(party.last, last) + 1, verb.first)
        if all(self.norm_at[j] in _FINITE or self.norm_at[j] in ("been", "now") for j in between):
            return party.code
        return None

    def _pronoun_relative(self, noun_end: int, verb: TransferWord) -> bool:
        """Whether a relative clause after a noun group opens with "it" or "they" as subject.

        "the number of bodies it had handed over": the pronoun, then at most
        auxiliaries, then the verb of handing over.
        """
        at = noun_end + (self.norm_at[noun_end] == "that")
        if self.norm_at[at] not in ("it", "they") or at >= verb.first:
            return False
        between = range(at + 1, verb.first)
        return all(
            self.norm_at[j] in _FINITE or self.norm_at[j] in ("been", "now") for j in between
        )

    def _on_whose_count(self, head: int) -> bool:
        """Whether "count" at ``head`` names whose word a figure is: "on his (Moscow's) count".

        "the figure for the year on his count was 9,100": "on" a possessor's count is
        "by" that count, the speaker's reckoning, not a running total's head.
        """
        owner = head - 1 - (self.norm_at[head - 1] == "own")
        return self.norm_at[owner - 1] == "on" and (
            self.norm_at[owner] in lx.POSSESSIVE_PRONOUNS | {"his", "her"}
            or self.tokens[owner].poss
        )

    def total_tallies(
        self, legs: list[LegDraft], used: set[int], belligerents: Sequence[str]
    ) -> list[LegDraft]:
        """A total carried on from the handover just told: "bringing the total so far to 700".

        The total is of the same people, received by the same side, as the
        transfers of the sentence (both sides for "in either direction"); a
        total with nothing told before it in the sentence ("its overall total
        had reached 4,810") is the speaker's side's, of people of no stated kind.
        A figure with people of its own that the handover rules took as one
        exchange is the total's: its leg is taken out of ``legs``.
        """
        if self.norm_set.isdisjoint(_TOTAL_OR_FIGURE):
            return []  # most sentences: no head of a total to scan for
        drafts: list[LegDraft] = []
        # only a total's head or "figure" opens one: the word index gives where they stand
        for i in self._at(_TOTAL_OR_FIGURE, self.first, self.last - 1):
            head = self.norm_at[i]
            if head == "totals":
                if self.norm_at[i - 1] not in _TOTALS_DETERMINERS:
                    continue
                head = "total"  # "takes the totals to 1,000 on each side": one per side
            if head == "total" and self.norm_at[i - 1] in ("in", "a"):
                continue
            # "its cumulative figure since 2022": a figure said to run on is a total
            running = (
                (head == "figure" and self.norm_at[i - 1] in _RUNNING)
                or (head in ("number", "figure") and self._number_points_back(i, legs))
                or (head == "it" and self._it_raised(i, legs))
            )
            if head not in _TOTAL_NOUNS and not running:
                continue
            of_swaps = self._put_two_way_of_swaps(i)
            if self.norm_at[i + 1] == "of" and not of_swaps:
                continue  # "the count of ..." is the number-of rule's
            if head == "count" and "by" in (
                self.norm_at[j] for j in range(max(self.first, i - 5), i)
            ):
                continue  # "by both sides' count", "by Kyiv's own count": whose word, no total
            if head == "count" and self._on_whose_count(i):
                continue  # "the figure for the year on his count was 9,100": whose word
            if any(
                lx.LOSS_HEADS.get(self.norm_at[j], "captured") != "captured"
                for j in range(max(self.first, i - 4), i)
            ):
                continue  # "bringing Russian casualties in their count to 690,000": a toll
            if self._total_to_come(i):
                continue  # "the next stages are supposed to bring the total to 1,000": a plan
            k = next(
                (
                    k
                    for k, f in enumerate(self.m.figures)
                    if i < f.first <= i + 14
                    and (
                        self._linked_to_total(i, f)
                        or (of_swaps and self.norm_at[f.first - 1] == "at")
                    )
                ),
                None,
            )
            if k is None:
                continue
            figure = self.m.figures[k]
            if self._put_at_one_swap(i, figure):
                continue  # "He put the total freed at 103": the size of the swap told
            if self._sum_of_kinds_told(figure, legs):
                continue  # "175 soldiers and 22 civilians, putting the total at 197": one swap's
            if any(g.tally and g.amount == figure.amount for g in legs) or any(
                i < p.first < figure.first for p in self.m.parties
            ):
                # a total read already; "the comparable total for Russia stood at 212" is
                # the other side's, for the rule of equivalent figures
                continue
            own = self._total_people(figure)
            if (k in used and own is None) or (figure.noun is not None and own is None):
                continue
            raised: tuple[LegDraft, LegDraft] | None = None
            # the way the handover rules read the figure's own clause ("to 2,412 bodies
            # returned to Ukraine"), if they read it
            read_way = [
                (g.sender, g.receiver) for g in legs if not g.tally and g.amount == figure.amount
            ]
            if k in used:
                # "it brought the total returned to 4,552 people": the handover rules read
                # the figure as one exchange; the total takes it back
                legs[:] = [g for g in legs if g.tally or g.amount != figure.amount]
            sums = self._sums_before(legs, i)
            one_way = len({(g.sender, g.receiver) for g in sums}) == 1
            told = [g for g in legs if not g.tally and g.sentence == self.index] or (
                sums if one_way else []
            )
            here = [g for g in legs if g.sentence == self.index]
            if (
                here
                and here[-1].tally
                and here[-1].sender in belligerents
                and here[-1].receiver in belligerents
                and all(
                    (g.amount.low or 0) < (here[-1].amount.low or 0)
                    for g in here
                    if (g.sender, g.receiver) != (here[-1].sender, here[-1].receiver)
                )
            ):
                # "Kyiv handed back 20 bodies, and in all 9,000 came home this year, a
                # total since 2022 of 15,000": the total carries on the running total told
                # just before it, not the handover before that; not a smaller one told the
                # other way ("..., while Russia got back 250 over the year, bringing the
                # total to 10,000"), which is the counterpart of the sentence's main figure
                told = [here[-1]]
            if not told and self._about_losses():
                continue  # "lost 1,130 in the past day, bringing its total to 1,120,000"
            after = " ".join(
                self.norm_at[j] for j in range(figure.last, min(self.last, figure.last + 4))
            )
            both = any(
                w in after
                for w in ("either direction", "each direction", "each side", "both directions")
            )
            if self._two_way_head(i):
                # "puts the two-way total since 2022 at 3,412": both sides' people together
                pairs = [("", _joint_code(belligerents))]
            elif both:
                pairs = [(b, a) for a in belligerents for b in belligerents if a != b]
            elif told:
                pairs = [(told[-1].sender, told[-1].receiver)]
                named = self._way_named_before(i, told)
                if named is not None:
                    # "the count of prisoners returned to Ukraine ...: an exchange in which
                    # 250 were freed on each side took the total past 7,190": Ukraine's
                    pairs = [named]
            elif read_way:
                pairs = read_way[:1]
            elif (raised := self._raised_by_handover_before(i, figure)) is not None:
                # "... came home. That brought the running total to 7,480": the total
                # told before, carried on by the handover just told
                pairs = [(raised[0].sender, raised[0].receiver)]
                own = own or raised[0].category
            else:
                # "Ukraine's overall count ... at 6,037": the side whose count it is, else
                # the speaker's
                speaker = (
                    self.attribution or self.speaker_near(figure.first) or self._opening_owner(i)
                )
                party = self._loss_owner(i) or (speaker.party if speaker is not None else None)
                other = _other(party, belligerents) if party is not None else None
                pairs = [(other, party)] if party is not None and other is not None else []
                if party is None:
                    pairs = self._total_taken_up(figure)
            kinds = {g.category for g in sums}
            if told:
                # "175 soldiers and 22 civilians came home, putting the total at 4,300": the
                # total carries on the whole handover, so of people of no one kind
                way = (told[-1].sender, told[-1].receiver)
                parts = {g.category for g in told if (g.sender, g.receiver) == way}
                category = own or (told[-1].category if len(parts) == 1 else PersonCategory.OTHER)
            else:
                # sums told each way leave the side to the speaker, but say what is counted
                category = own or (
                    kinds.pop() if len(kinds) == 1 else self._kind_told_before(pairs)
                )
            attributed = (
                self.attribution or self.speaker_near(figure.first) or self._opening_owner(i)
            )
            usable = self._total_dates(i, figure)
            if raised is not None and not usable:
                usable = list(raised[1].dates)  # the total stood so on the handover's day
            if running and head in ("number", "it"):
                usable = self._saying_day_first(usable, i)
            # "The swap of January 2024 took it to 2,828": a level the total told in the
            # sentence before reached then, not a sum over that month
            level = (
                running
                and head in _POINTING_HEADS
                and not self._total_told_before(i, legs)
                and self._total_of_sentence_before()
            )
            for sender, receiver in pairs:
                drafts.append(
                    LegDraft(
                        self.index,
                        sender,
                        receiver,
                        category,
                        figure.amount,
                        None if attributed is PUBLISHER else attributed,
                        self.attribution is not None,
                        tuple(usable[:1]),
                        False,
                        None,
                        True,
                        next((d.text for d in self.m.dates if d.since), None),
                        self.exchange_count(),
                        stated=level and bool(usable),
                    )
                )
            if pairs:
                used.add(k)
        return drafts

    def _number_points_back(self, head: int, legs: Sequence[LegDraft]) -> bool:
        """Whether a bare "the number" at ``head`` is the running total told before it.

        "2,900 had come home since 2022; by March the number had grown to 3,100": with
        no "of" to say what it counts, the number is the total of an earlier clause of
        the same sentence, past a semicolon or comma, so only where one was read there,
        and only with a verb of its own growth after it: "the ombudsman put the number
        at 2,600" is another teller's figure for the total, which the rival rules weigh.
        """
        if self.norm_at[head - 1] != "the" or self.norm_at[head + 1] not in _NUMBER_GROWN:
            return False
        if self.norm_at[head] == "figure":
            # "About 1,600 had come home by 2023. By March the figure was 2,000."; a span
            # of its own ("Since the talks, the figure is", "In May alone") counts anew
            return (
                "since" not in self.norm_set
                and all(
                    "by" in self.norms[max(0, d.first - 4 - self.first) : d.first - self.first]
                    for d in self.m.dates
                    if d.first < head
                )
                and self._total_of_sentence_before()
            )
        return self._total_told_before(head, legs)

    def _total_of_sentence_before(self) -> bool:
        """Whether the sentence right before told running totals of one side only.

        A bare "the figure" or "it" then points back to that total, as a pronoun would.
        """
        ways = {
            (leg.sender, leg.receiver)
            for leg in self.discourse.tallies
            if self.index - leg.sentence == 1 and leg.sender and leg.receiver
        }
        return len(ways) == 1

    def _total_told_before(self, head: int, legs: Sequence[LegDraft]) -> bool:
        """Whether a running total of one side was read in a clause before ``head``."""
        before = {f.amount for f in self.m.figures if f.last <= head}
        return any(
            g.tally and g.sentence == self.index and g.amount in before and g.sender for g in legs
        ) and bool(self._at((";", ","), self.first, head))

    def _it_raised(self, head: int, legs: Sequence[LegDraft]) -> bool:
        """Whether "it" at ``head`` is the running total told before, carried up by a verb.

        "2,900 had come home by May, and the June swap took it past 3,000": "it" after
        "took" (or "brought", "pushed", "raised") and before "to" or "past" is the count
        of an earlier clause, whose later value the figure is.
        """
        if self.norm_at[head - 1] not in RAISING_IT or self.norm_at[head + 1] not in (
            "to",
            "past",
            "beyond",
        ):
            return False
        return self._total_told_before(head, legs) or self._total_of_sentence_before()

    def _saying_day_first(self, usable: list[str], head: int) -> list[str]:
        """The day a total was told ("said on Tuesday"), ahead of a day's swap it counts.

        "With Monday's swap, the office said on Tuesday, the number had grown to 3,100":
        the possessive day is of the swap the total takes in; the total stands as told.
        """
        said = [
            d.text
            for d in self.m.dates
            if d.first < head
            and d.text in usable
            and self.norm_at[d.first - 1] == "on"
            and self.norm_at[d.first - 2] in lx.SPEECH
        ]
        owned = [d.text for d in self.m.dates if self.tokens[d.last - 1].poss]
        if len(said) != 1 or not owned:
            return usable
        return said + [text for text in usable if text != said[0]]

    def _opening_owner(self, head: int) -> lx.SourceEntry | None:
        """Whose total "Its cumulative figure" opening the sentence is: the office told before.

        "The Coordination Headquarters said 84 came home. Its cumulative figure is 5,857":
        the possessive points back, as "it" would, to the latest office or organisation
        heard from, so the total is that office's side's.
        """
        if self.norm_at[self.first] != "its" or any(
            self.norm_at[j] not in lx.RUNNING_ADJECTIVES for j in range(self.first + 1, head)
        ):
            return None
        return self.discourse.resolve(lx.IT_ROLES)

    def _two_way_head(self, head: int) -> bool:
        """Whether "two-way" names the total at ``head``: "the two-way total", "its two-way tally".

        The adjective says the count takes in the people of both directions together, so
        the total is no one side's but both sides' joint tally.
        """
        at = head - 1
        while at > self.first and self.norm_at[at] in _TWO_WAY_SKIP:
            at -= 1  # "the two-way running total"
        return (
            at - 2 >= self.first
            and self.norm_at[at] == "way"
            and self.norm_at[at - 1] == "-"
            and self.norm_at[at - 2] == "two"
        )

    def _put_two_way_of_swaps(self, head: int) -> bool:
        """Whether "put the two-way total of (all) exchanges ... at N" opens at ``head``.

        The total of a go-between's exchanges counts the people those exchanges moved,
        both ways together; "put ... at" joins it to its figure past the clause on
        the exchanges ("of all exchanges it has brokered").
        """
        if self.norm_at[head + 1] != "of" or not self._two_way_head(head):
            return False
        at = head + 2 + (self.norm_at[head + 2] in ("all", "the", "its"))
        put = self._put_verb(head + 1, _PUT)
        return (
            self.norm_at[at] in lx.EXCHANGE_PLURALS
            and put is not None
            and all(
                self.norm_at[j] in _TWO_WAY_SKIP | {"the", "its", "two", "-", "way"}
                for j in range(put + 1, head)
            )
        )

    def _raised_by_handover_before(
        self, head: int, figure: FigureMention
    ) -> tuple[LegDraft, LegDraft] | None:
        """The running total told before that "That brought the total to N" carries on,
        and the handover that carried it.

        "That" (or "This") opening the sentence takes up the handover the sentence
        before told, and "the (running) total" the latest total the text gave; the
        figure is its later value only when that total went one way, the handover went
        that way too, and the figure is larger.
        """
        at = head - 1
        while at > self.first and self.norm_at[at] in _RUNNING:
            at -= 1
        if (
            at - 2 != self.first
            or self.norm_at[at] != "the"
            or self.norm_at[at - 1] not in RAISING_IT
            or self.norm_at[at - 2] not in ("that", "this")
        ):
            return None
        totals = {
            (leg.sender, leg.receiver, leg.category, leg.amount.best): leg
            for leg in self.discourse.tallies
            if leg.sender and leg.receiver
        }
        if len(totals) != 1:
            return None
        total = next(iter(totals.values()))
        if total.amount.best is None or (figure.amount.low or 0) <= total.amount.best:
            return None
        handover = next(
            (
                leg
                for leg in reversed(self.discourse.legs)
                if self.index - leg.sentence == 1
                and not leg.tally
                and (leg.sender, leg.receiver) == (total.sender, total.receiver)
            ),
            None,
        )
        return None if handover is None else (total, handover)

    def _total_taken_up(self, figure: FigureMention) -> list[tuple[str, str]]:
        """The way of the one running total the sentence before told, if ``figure`` updates it.

        "3,900 Ukrainians had been freed since 2022. With Wednesday's swap, his office said,
        the total stood at 4,050": a bare total whose teller names no side goes on counting
        the total just told, the same way; a smaller value is no later state of it. Only
        the way is taken up, not what is counted. Not with a frame of its own before the
        figure: "Among civilians, the total stood at 800" counts a part, and "In Russian
        captivity, the total stood at 8,000" the people still held, not the freed.
        """
        if self._at(_OWN_TOTAL_FRAMES, self.first, figure.first):
            return []
        stated = {
            (leg.sender, leg.receiver, leg.amount.best)
            for leg in self.discourse.tallies
            if self.index - leg.sentence == 1 and leg.sender and leg.receiver
        }
        if len(stated) != 1:
            return []
        sender, receiver, before = stated.pop()
        if before is None or figure.amount.low is None or figure.amount.low < before:
            return []
        return [(sender, receiver)]

    def _put_at_one_swap(self, head: int, figure: FigureMention) -> bool:
        """Whether "put the total <verb> at N", with nothing but the verb, sizes one swap.

        "He put the total freed at 103" tells the size of the exchange the story is
        about, as "put the number returned at 116" does; a span ("put the total freed
        since 2022 at 4,388") or a word of summing makes it a running total.
        """
        if self._put_verb(head + 1, _PUT) not in (head - 2, head - 3):
            return False
        if not self._bare_number_head(head) or self.norm_at[figure.first - 1] != "at":
            return False
        verbs = {j for t in self.m.transfers for j in range(t.first, t.last + 1)}
        return all(
            j in verbs or self.norm_at[j] in ("home", "back")
            for j in range(head + 1, figure.first - 1)
        )

    def _kind_told_before(self, pairs: Sequence[tuple[str, str]]) -> PersonCategory:
        """The people of the one total the sentence before stated the same way, else other.

        "The number of bodies returned this year passed 3,500. Since 2022, the total stands
        at 6,000": the bare total goes on counting the bodies of the total before it.
        """
        stated = {
            (leg.sender, leg.receiver, leg.category)
            for leg in self.discourse.tallies
            if self.index - leg.sentence == 1
        }
        if len(stated) != 1:
            return PersonCategory.OTHER
        sender, receiver, category = stated.pop()
        return category if list(pairs) == [(sender, receiver)] else PersonCategory.OTHER

    def _sums_before(self, legs: Sequence[LegDraft], head: int) -> list[LegDraft]:
        """The sentence's own totals told before the total headed at ``head``.

        "Ukraine received 4,780 bodies in 2024, bringing the total since 2022 to
        6,000": a year's sum, itself a tally, is what the larger total carries on
        (its side, when all go one way; its kind of people, when all are of one).
        """
        before = {f.amount for f in self.m.figures if f.last <= head}
        return [g for g in legs if g.tally and g.sentence == self.index and g.amount in before]

    def rounded_totals(self, legs: list[LegDraft]) -> list[LegDraft]:
        """The legs without a bound that only rounds the exact figure just told.

        "1,012 children had come home by October, bringing to more than a thousand
        the number brought back": the figure before "bringing" already lies within
        the bound, so it is the total itself, not what was added to it, and the bound
        is that total rounded: no second tally, and no handover of the exact figure.
        "12 came home on Friday, bringing the total to more than 3,000" adds to it.
        """
        bounds = [g for g in legs if g.tally and g.sentence == self.index and not _exact(g.amount)]
        if not bounds or not self.norm_set & _BRINGING:
            return legs  # most sentences: no rounded total
        dropped: set[Count] = set()
        for bound in bounds:
            at = next((f for f in self.m.figures if f.amount == bound.amount), None)
            if at is None:
                continue
            told = [
                f
                for f in self.m.figures
                if f.last <= at.first
                and _exact(f.amount)
                and _within(f.amount, bound.amount)
                and any(self.norm_at[i] in _BRINGING for i in range(f.last, at.first))
            ]
            if told:
                dropped.add(bound.amount)
                dropped.update(f.amount for f in told)
        if not dropped:
            return legs
        return [g for g in legs if g.amount not in dropped or (g.tally and _exact(g.amount))]

    def conjoined_totals(self, legs: list[LegDraft]) -> list[LegDraft]:
        """The legs of a clause joined by ", and" to a running total, as totals over its span.

        "In total, since 2022, 119 children have been reunited with their families, and
        34 children have been returned to Russia": the second clause, in the perfect and
        with no date of its own, adds up over the same span as the first.
        """
        if not legs:
            return legs  # most sentences: no leg to build on
        sums = [g for g in legs if g.tally and g.sentence == self.index]
        if len(sums) != 1:
            return legs
        total = next((f for f in self.m.figures if f.amount == sums[0].amount), None)
        if total is None:
            return legs
        joined: list[LegDraft] = []
        for leg in legs:
            figure = next(
                (f for f in self.m.figures if f.amount == leg.amount and f.first > total.last),
                None,
            )
            if (
                not leg.tally
                and not leg.dates
                and figure is not None
                and self.norm_at[figure.np_end] in ("have", "has")
                and any(
                    self.norm_at[i] == "," and self.norm_at[i + 1] == "and"
                    for i in range(total.last, figure.first)
                )
            ):
                leg = leg._replace(tally=True, since=sums[0].since)
            elif (
                not leg.tally
                and leg.dates == sums[0].dates
                and figure is not None
                and (
                    (
                        self._fronted_total()
                        and any(
                            self.norm_at[i] == "," and self.norm_at[i + 1] == "and"
                            for i in range(total.last, figure.first)
                        )
                    )
                    # "In June alone, Russia handed over 6,057 bodies and received 78": the
                    # fronted span is the sum's, and so of the verb joined to it
                    or (
                        self._fronted_alone()
                        and any(self.norm_at[i] == "and" for i in range(total.last, figure.first))
                    )
                )
            ):
                # "In total, from 23 to 25 May, 1,000 servicemen were returned to Russia,
                # and 1,000 persons were transferred to Ukraine": the fronted sum and its
                # span govern both clauses
                leg = leg._replace(tally=True, since=sums[0].since)
            elif (
                not leg.tally
                and not leg.dates
                and figure is not None
                and (leg.sender, leg.receiver) == (sums[0].sender, sums[0].receiver)
                and self._as_well_as_before(figure)
            ):
                # "Since 2022 Russia has received 1,295 servicemen, as well as 31 civilians":
                # the added item shares the total's verb and so its span
                leg = leg._replace(tally=True, since=sums[0].since)
            joined.append(leg)
        return joined

    def earlier_values(self, legs: list[LegDraft]) -> list[LegDraft]:
        """A total's earlier value, told after ", up from", as the same total: same way and kind.

        "1,625 children have come back to Ukraine since 2022, up from 1,452 in August": the
        1,452 is what the very same count stood at before, never a count going the other way.
        """
        if not legs:
            return legs  # most sentences: no leg to build on
        earlier = {
            f.amount: f.first
            for f in self.m.figures
            if self.norm_at[f.first - 1] == "from"
            and self.norm_at[f.first - 2] in ("up", "down")
            and self.norm_at[f.first - 3] == ","
        }
        sums = [g for g in legs if g.tally and g.sentence == self.index and g.amount not in earlier]
        if len(sums) != 1 or not earlier:
            return legs
        total = next((f for f in self.m.figures if f.amount == sums[0].amount), None)
        if total is None:
            return legs
        earlier = {amount: at for amount, at in earlier.items() if at > total.last}
        read = {leg.amount for leg in legs if leg.sentence == self.index}
        unread = [
            sums[0]._replace(amount=amount, dates=self._reached_on(amount), stated=True)
            for amount in earlier
            if amount not in read
        ]
        return [
            leg._replace(
                sender=sums[0].sender,
                receiver=sums[0].receiver,
                category=sums[0].category,
                tally=True,
            )
            if leg.amount in earlier and leg.sentence == self.index and leg is not sums[0]
            else leg
            for leg in legs
        ] + unread

    def later_values(self, legs: list[LegDraft]) -> list[LegDraft]:
        """A total's later value, told after ", then to", as the same total on its own date.

        "The number freed since 2022 rose to 1,450 in June, then to 1,600 by the end of
        August": the verb and the count are left out, so the 1,600 is what the very same
        total, same way and kind, stood at on the later date. With no date of its own the
        later value says not when it stood: no reading.
        """
        if not legs or "then" not in self.norm_set:
            return legs  # most sentences: no later value to read
        sums = [g for g in legs if g.tally and g.sentence == self.index]
        if len(sums) != 1:
            return legs
        total = next((f for f in self.m.figures if f.amount == sums[0].amount), None)
        if total is None or self.norm_at[total.first - 1] != "to":
            return legs  # only a total told as risen "to" a value goes on "then to" another
        later = {
            f.amount: self._reached_on(f.amount)
            for f in self.m.figures
            if f.first > total.last
            and f.noun is None
            and self.norm_at[f.first - 1] == "to"
            and self.norm_at[f.first - 2] == "then"
            and self.norm_at[f.first - 3] in (",", "and")
        }
        later = {amount: days for amount, days in later.items() if days}
        if not later:
            return legs
        return [leg for leg in legs if leg.sentence != self.index or leg.amount not in later] + [
            sums[0]._replace(amount=amount, dates=days, stated=True)
            for amount, days in later.items()
        ]

    def compared_earlier_total(self) -> list[LegDraft]:
        """An earlier value of the total just told, set against it: "That compares with 3,405".

        "... 3,520 have been returned since 2022. That compares with the 3,405 it gave
        after the June exchange": a smaller bare figure after "compares with", in the
        sentence right after one running total from the war's start, is what that very
        total stood at before, on the date its clause gives. With no date, a figure larger
        than the total (no running total shrinks) or a total over a span of its own ("this
        year"), nothing is read.
        """
        at = self.first + (self.norm_at[self.first] in ("that", "this", "it"))
        if self.norm_at[at] not in ("compares", "compared") or self.norm_at[at + 1] not in (
            "with",
            "to",
        ):
            return []
        totals = [t for t in self.discourse.tallies if t.sentence == self.index - 1]
        if len(totals) != 1 or not totals[0].sender:
            return []
        spans = [d for d in totals[0].dates if not _one_day(d)]
        if (spans and not totals[0].stated) or "2022" not in (totals[0].since or "2022"):
            # "1,200 this year. That compares with 900 in 2024": another span's sum
            return []
        head = at + 2 + (self.norm_at[at + 2] == "the")
        if any(f.first <= head < f.last for f in self.m.figures):
            return []  # a figure the mention rules read, with its people: left to them
        amount = self._bare_exact_number(head)
        total = totals[0]
        if amount is None or total.amount.low is None or amount.low >= total.amount.low:
            return []
        # the date of the figure's own clause: "the 3,405 it gave after the June exchange"
        stop = next((i for i in range(head, self.last) if self.norm_at[i] in (",", ";")), self.last)
        days = [d.text for d in self.m.dates if head < d.first < stop and not d.since]
        if len(days) != 1:
            return []
        return [
            total._replace(
                sentence=self.index,
                amount=amount,
                dates=(days[0],),
                stated=True,
                exchange_count=None,
                at=head,
            )
        ]

    def _bare_exact_number(self, at: int) -> Count | None:
        """The exact count a lone number token at ``at`` gives ("3,405"), or None.

        Only digits with their thousands commas, not part of a larger figure or a date
        and followed by a word that is no unit ("the 3,405 it gave"): a bare number.
        """
        amount = self._digits_at(at)
        if amount is None or len(self.norm_at[at]) < 2:
            return None  # a lone digit ("the 3 it gave") is no earlier value of a total
        after = self.norm_at[at + 1]
        if self.tokens[at + 1].kind == NUM or after in ("%", "percent", "per", "-"):
            return None
        if self.norm_at[at + 1] not in _SUBJECT_PRONOUNS and self.tokens[at + 1].kind != WORD:
            return None
        return amount

    def _digits_at(self, at: int) -> Count | None:
        """The exact count the number token at ``at`` writes in digits ("3,405"), or None.

        Only digits, thousands set off by commas: a number in words, a decimal or a
        range written as one token gives none.
        """
        token = self.tokens[at]
        if token.kind != NUM or not _DIGITS.fullmatch(token.norm):
            return None
        return Count.exact(int(token.norm.replace(",", "")))

    def _reached_on(self, amount: Count) -> tuple[str, ...]:
        """The date told right after an earlier value: "up from 1,452 in mid-August"."""
        figure = next(f for f in self.m.figures if f.amount == amount)
        day = next(
            (d for d in self.m.dates if figure.last < d.first <= figure.last + 2 and not d.since),
            None,
        )
        return () if day is None else (day.text,)

    def _fronted_total(self) -> bool:
        """Whether the sentence opens with a sum set off by a comma: "In total, ...".

        A fronted "In total," or "Altogether," scopes over every clause after it, not
        just the first.
        """
        opening = [self.norm_at[self.first + k] for k in range(3)]
        return opening[:2] == ["altogether", ","] or (
            opening[0] == "in" and opening[1] in ("total", "all") and opening[2] == ","
        )

    def _fronted_alone(self) -> bool:
        """Whether the sentence opens with a span and "alone" set off by a comma: "In June alone,".

        Like "In total,", the fronted span scopes over every clause after it.
        """
        return any(
            d.first <= self.first + 1
            and self.norm_at[d.last] == "alone"
            and self.norm_at[d.last + 1] == ","
            for d in self.m.dates
        )

    def _as_well_as_before(self, figure: FigureMention) -> bool:
        """Whether ", as well as" stands right before the figure: an item added to a list."""
        return [self.norm_at[figure.first - k] for k in (4, 3, 2, 1)] == [",", "as", "well", "as"]

    def gapped_totals(self, legs: Sequence[LegDraft], used: set[int]) -> list[LegDraft]:
        """A second total told with its verb and people left out: "..., and 6,500 since 2022".

        "2,854 bodies have been returned so far this year, and more than 6,500
        since the invasion": the bare figure after ", and" that only a span
        follows counts the same people, received by the same side, over the
        longer span. With totals told each way the side goes unsaid: none.
        """
        if not legs:
            return []  # most sentences: no leg to build on
        sums = [g for g in legs if g.tally and g.sentence == self.index]
        if len({(g.sender, g.receiver, g.category) for g in sums}) != 1:
            return []
        told = {g.amount for g in sums}
        drafts: list[LegDraft] = []
        for k, figure in enumerate(self.m.figures):
            # ", and since the start of 2025 alone, 2,310 people": the span told first
            fronted = self._fronted_second_span(figure)
            if k in used or (figure.noun is not None and fronted is None) or figure.amount in told:
                continue
            opener = self._it_reached(figure) if fronted is None else None
            total_since = (
                self._total_since_is(figure) if opener is None and fronted is None else None
            )
            if opener is not None or total_since is not None:
                if opener is not None:
                    since = next(
                        (
                            d.text
                            for d in self.m.dates
                            if d.since and opener < d.first and d.last <= figure.first
                        ),
                        None,
                    )
                else:
                    # ", and the total since the invasion is now 19,000": the same people
                    # over the span that "since" opens ("" for the war's start)
                    since = total_since or None
                drafts.extend(
                    g._replace(
                        amount=figure.amount,
                        since=since,
                        dates=(),
                        exchange_count=None,
                        stated=False,
                    )
                    for g in sums[-1:]
                )
                used.add(k)
                continue
            j = figure.first - 1 - (self.norm_at[figure.first - 1] == "to")
            whole = (self.norm_at[j - 1], self.norm_at[j]) == ("out", "of")
            if (
                fronted is None
                and not whole
                and (
                    self.norm_at[j] != "and"
                    or (self.norm_at[j - 1] != "," and not self._year_before(j, sums))
                )
            ):
                continue  # ", and 6,500 since"; "in 2025 and 6,300 since 2022"
            since_at = figure.last if fronted is None else fronted
            if whole and any(t.first == since_at and t.done for t in self.m.transfers):
                since_at += 1  # "2,630 came home in 2025, out of almost 7,000 freed since 2022"
            if self.norm_at[since_at] != "since":
                continue
            span = self._bare_span(since_at + 1) if fronted is None else figure.first - 1
            if span is None:
                continue  # "and 4,131 since 2022 remain held": a clause of its own
            since = next(
                (d.text for d in self.m.dates if d.since and since_at <= d.first < span), None
            )
            earlier = [
                g
                for g in sums
                if any(f.amount == g.amount and f.last <= figure.first for f in self.m.figures)
            ]
            if earlier:
                drafts.append(
                    earlier[-1]._replace(
                        amount=figure.amount,
                        since=since,
                        dates=(),
                        exchange_count=None,
                        stated=False,
                    )
                )
                used.add(k)
        return drafts

    def _total_since_is(self, figure: FigureMention) -> str | None:
        """The start of ", and the total since <start> is now" the bare figure, if so told.

        "Kyiv got back 9,800 bodies in 2025, and the tally since the invasion began now
        stands at 15,200": "the total" is the same count over the span "since" opens. The
        start's date text, "" for the war's opening, or None when the form is not there or
        its start cannot be read (a start guessed would be a silently wrong span).
        """
        j = figure.first - 1
        while j > figure.first - 1 - _TOTAL_LINK_REACH and self.norm_at[j] in _TOTAL_LINKS:
            j -= 1
        if j == figure.first - 1:
            return None  # no "is", "stands at", "has reached" before the figure
        since_at = next(
            (i for i in range(j, max(self.first + 3, j - 10), -1) if self.norm_at[i] == "since"),
            None,
        )
        if since_at is None or [self.norm_at[i] for i in range(since_at - 4, since_at)] not in (
            [",", "and", "the", head] for head in _TOTAL_HEADS_OF_PERIOD
        ):
            return None
        if not self._only_start_words(since_at + 1, j + 1):
            return None  # "the total since the invasion of Ukrainians killed is": other people
        dated = [d.text for d in self.m.dates if d.since and since_at <= d.first <= j]
        if dated:
            return dated[0]
        opening = since_at + 1 + (self.norm_at[since_at + 1] == "the")
        return "" if self._war_opened(opening, j + 1) else None

    def _only_start_words(self, start: int, stop: int) -> bool:
        """Whether ``start``..``stop`` holds only the words of a span's start.

        "since the invasion began", "since Russia's full-scale invasion of Ukraine",
        "since May 2024": dates, the war's name and its opening verb; a word of people or
        of their fate ("of Ukrainians killed") makes the total another count.
        """
        dated = {i for d in self.m.dates for i in range(d.first, d.last)}
        sides = {i for p in self.m.parties for i in range(p.first, p.last)}
        return all(
            i in dated
            or i in sides
            or self.norm_at[i] in _WAR_MODIFIERS | _WAR_NOUNS | _START_WORDS
            for i in range(start, stop)
        )

    def _it_reached(self, figure: FigureMention) -> int | None:
        """Whether "it" after ", and that" reached the bare figure: the total told before.

        "the number of bodies repatriated in 2025 had grown to about 9,000, and that
        across the whole war it had reached 14,500": "it" is the same count, over a
        longer span, so the figure is that total again. Where that "that" stands, or None.
        """
        if figure.noun is not None or self.norm_at[figure.first - 1] != "reached":
            return None
        at = figure.first - 2
        at -= self.norm_at[at] in ("had", "has")
        if self.norm_at[at] != "it":
            return None
        opener = next(
            (i for i in range(at - 1, max(self.first, at - 10), -1) if self.norm_at[i] == "that"),
            None,
        )
        if opener is None or (self.norm_at[opener - 1], self.norm_at[opener - 2]) != ("and", ","):
            return None
        return opener

    def _fronted_second_span(self, figure: FigureMention) -> int | None:
        """The "since" of a second total's span told before it: ", and since May alone, 2,310".

        Only a span (a date, a start, "alone") stands between ", and since" and the
        comma before the figure, and the clause ends with the figure's people of
        no one kind (or none): the total's verb and people are left out.
        """
        if self.norm_at[figure.first - 1] != "," or (
            figure.noun is not None and figure.noun.category is not None
        ):
            return None
        if self.norm_at[figure.np_end] not in (".", ";", "") and figure.np_end < self.last - 1:
            return None
        for at in range(figure.first - 3, max(self.first + 1, figure.first - 14), -1):
            if self.norm_at[at] != "since":
                continue
            if (self.norm_at[at - 2], self.norm_at[at - 1]) != (",", "and"):
                return None
            spanned = all(
                (
                    self.norm_at[j] in _TOTAL_GAP | _OPENING_EVENTS | {"alone"}
                    and self.norm_at[j] != ","
                )
                or any(d.first <= j < d.last for d in self.m.dates)
                for j in range(at + 1, figure.first - 1)
            )
            return at if spanned else None
        return None

    def _year_before(self, at: int, sums: Sequence[LegDraft]) -> bool:
        """Whether a total of the sentence ends with its year just before ``at``.

        "more than 2,700 freed in 2025 and more than 6,300 since 2022": a year's sum
        then a longer one, with no comma between them.
        """
        date = next((d for d in self.m.dates if d.last == at and not d.since), None)
        return (
            date is not None
            and _YEAR.fullmatch(date.text) is not None
            and any(
                f.last < date.first and f.amount in {g.amount for g in sums} for f in self.m.figures
            )
        )

    def _own_since(self, figure: FigureMention, dates: Sequence[DateMention]) -> str | None:
        """The start of the figure's span: a "since" date not past a later "and" or "out of" figure.

        "2,700 freed in 2025 and 6,300 since 2022": the since-date is the second
        figure's; the first keeps its year ("4,131, of whom 3,948 were soldiers, have
        come home since 2022" keeps it: the part is no total of its own).
        """
        later = [
            f.first
            for f in self.m.figures
            if f.first > figure.last
            and (
                self.norm_at[f.first - 1] in ("and", "to")
                or (self.norm_at[f.first - 2], self.norm_at[f.first - 1]) == ("out", "of")
            )
        ]
        return next(
            (d.text for d in dates if d.since and not any(f < d.first for f in later)), None
        )

    def _bare_span(self, start: int) -> int | None:
        """Where the span opened by "since" before ``start`` ends, when nothing else follows.

        "since 2022.", "since the start of the full-scale invasion,": only a date or
        the event a war's totals start from, up to the clause's end; the event may
        have its own verb of starting ("since the full-scale invasion began,").
        """
        for j in range(start, min(self.last, start + 10)):
            word = self.norm_at[j]
            if word in (",", ";", ".") or j == self.last - 1:
                return j
            if not (
                word in _TOTAL_GAP
                or word in _OPENING_EVENTS
                or (word in _STARTED and self.norm_at[j - 1] in _OPENING_EVENTS)
                or any(d.first <= j < d.last for d in self.m.dates)
            ):
                return None
        return None

    def _total_dates(self, head: int, figure: FigureMention) -> list[str]:
        """The dates that may date a total headed at ``head`` ("the number", "the total").

        A date in an earlier clause tells of something else: "The exchange followed
        one on Feb. 5, when ..., and it brought the number ... to 4,306"; so does one
        in an opening that adds stages up ("Together with Monday's handover of 500,
        today's brings the number to 1,700"): a part of the sum, not its day; so does
        one in an aside on the teller ("Qatar, which brokered two swaps this year, puts
        the total at ..."), the teller's own story; so does a deal's day after the figure
        ("at 26,000, in the rhythm of repatriations agreed last year"), the deal's, not the
        total's.
        """
        summing = self._summing_span(figure) or (0, 0)
        return [
            d.text
            for d in self.m.dates
            if not d.since
            and (not self._new_clause(d.first, head) or self._said_on_that_and_that(d, head))
            and not summing[0] <= d.first < summing[1]
            and not self._later_relative_on_another(d, figure)
            and not self._in_name_aside(d.first, head)
            and not (d.first > figure.last and self.agreement_date(d))
        ]

    def _said_on_that_and_that(self, date: DateMention, head: int) -> bool:
        """Whether ``date`` dates a saying whose second "that" clause holds the total.

        "The UAE said on Thursday that it stayed committed, and that the total had
        reached 4,988": both "that" clauses are what was said that day, so the ", and"
        between them opens no clause of its own. Any other coordination still does.
        """
        say, that = date.first - 1, date.last
        if self.norm_at[say] == "on":
            say -= 1
        if date.first > head or self.norm_at[say] not in lx.SPEECH or self.norm_at[that] != "that":
            return False
        words = [self.norm_at[i] for i in range(that, head)]
        joins = [i for i, (x, y) in enumerate(itertools.pairwise(words)) if x == ","]
        return (
            ";" not in words
            and any(words[i + 1] == "and" for i in joins)
            and all(
                words[i + 2 : i + 3] == ["that"]
                for i in joins
                if words[i + 1] in ("and", "but", "while")
            )
        )

    def _in_name_aside(self, at: int, head: int) -> bool:
        """Whether ``at`` stands in a closed aside on a named side or speaker before ``head``."""
        if self.norm_set.isdisjoint(("which", "whose", "who")):
            return False  # most sentences: no aside
        return any(
            start < at < close < head
            for start, close in self._name_asides().items()
            if close is not None
        )

    def _later_relative_on_another(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` stands in a relative clause after the total, hung on another noun.

        "That brought to 2,235 the number freed, according to the headquarters, which has
        not yet counted this weekend's return": the clause tells of the source, and its
        date is not the day the total stands on. A clause right after the figure's own
        words ("..., which it reached on Friday") is the total's and still dates it.
        """
        if date.first < figure.last or self._in_relative(figure.first):
            return False
        at = date.first - self.first
        return any(
            s < at < e and s + self.first > figure.np_end + 1 for s, e in self.clauses.relatives
        )

    def _new_clause(self, a: int, b: int) -> bool:
        """Whether a coordinated clause (", and", ", but", ";") begins between ``a`` and ``b``."""
        low, high = min(a, b), max(a, b)
        words = [self.norm_at[i] for i in range(low, high)]
        if ";" in words or any(
            x == "," and y in ("and", "but", "while") for x, y in itertools.pairwise(words)
        ):
            return True
        # "whereas Kyiv counted 1,000 by the end of 2022, it now puts the total at 6,000": a
        # fronted contrast clause, closed by a comma before the main clause's subject
        return any(
            x == "," and y in _SUBJECT_PRONOUNS for x, y in itertools.pairwise(words)
        ) and any(self.norm_at[i] in _FRONTED_CONTRASTS for i in range(self.first, low))

    def _total_people(self, figure: FigureMention) -> PersonCategory | None:
        """The kind of people a total names with its figure: "the total ... to 4,552 people".

        People of no stated kind, or of two kinds together, are ``other``; a
        figure with no noun of people gives None (the kind comes from the
        handover told before it).
        """
        noun = figure.noun
        if noun is None:
            return None
        if noun.remains or figure.remains:
            return PersonCategory.REMAINS
        if noun.category is None or self._mixed(figure):
            return PersonCategory.OTHER
        return noun.category

    def _people_after(self, i: int) -> tuple[int, PersonCategory, str | None] | None:
        """The people of "the number of [Ukrainian] bodies": where they end, kind, nationality."""
        while self.norm_at[i] in ("the", "its", "their", "our", "all"):
            i += 1
        wounded = i
        while self.norm_at[i] in lx.WOUNDED_MODIFIERS and i < self.last - 1:
            i += 1  # "the number of seriously wounded Ukrainians repatriated"
        if i > wounded:
            people = self._people_after(i)
            if people is None or people[1] not in (
                PersonCategory.OTHER,
                PersonCategory.PRISONERS_OF_WAR,
            ):
                return people
            return people[0], PersonCategory.WOUNDED_PRISONERS, people[2]
        nationality: str | None = None
        party = next((p for p in self.m.parties if p.first == i), None)
        if party is not None:
            nationality, i = party.code, party.last
            second = next(
                (
                    p
                    for p in self.m.parties
                    if self.norm_at[i] == "and" and p.first == i + 1 and p.code != party.code
                ),
                None,
            )
            if second is not None:
                # "the number of Ukrainian and Russian children reunited": both sides' people
                nationality, i = _joint_code((party.code, second.code)), second.last
            if self.norm_at[i - 1] in ("ukrainians", "russians"):
                return i, PersonCategory.OTHER, nationality
        found = lx.PEOPLE.match(self.tokens, i, self.last)
        if found is None:
            return None
        end, noun = found
        owned = self._owned_remains(end)
        if owned is not None:
            # "the number of servicemen's bodies": the dead named by their owners' trade
            return owned, PersonCategory.REMAINS, nationality
        if noun.remains:
            return end, PersonCategory.REMAINS, nationality
        if self.norm_at[end] in ("and", "or"):
            other = lx.PEOPLE.match(self.tokens, end + 1, self.last)
            if other is not None and other[1].category != noun.category:
                # "the number of soldiers and civilians freed": both kinds together
                return other[0], PersonCategory.OTHER, nationality
        return end, noun.category or PersonCategory.OTHER, nationality

    def _owned_remains(self, at: int) -> int | None:
        """Where "bodies" ends when the people just before ``at`` own them, else None.

        "servicemen's bodies", "soldiers' remains": the possessive makes the people
        noun the owner, and what is counted is the remains it names after.
        """
        if self.tokens[at - 1].poss:
            start = at
        elif (
            self.norm_at[at] == "'"
            and self.tokens[at].gap == 0
            and self.norm_at[at - 1].endswith("s")
        ):
            start = at + 1  # the plural possessive: "soldiers' bodies"
        else:
            return None
        owned = lx.PEOPLE.match(self.tokens, start, self.last)
        return owned[0] if owned is not None and owned[1].remains else None

    def _number_of_figure(self, at: int, after: int) -> int | None:
        """The figure of "to N the number of" before ``at``, or of "... stood at N" after."""
        # "brought to 5,101 the total number of ...": "total" may stand before the head
        head = at - 1 if self.norm_at[at - 1] == "total" else at
        for k, figure in enumerate(self.m.figures):
            if figure.last in (head - 1, head) and self.norm_at[figure.first - 1] == "to":
                return k  # "raised to 4,131 the number of ..."
            if figure.first >= after and self._names_the_sides(figure):
                continue  # "freed between the two countries to 2,184": the sides, no count
            if figure.first >= after:  # "who came home topped 1,300": the hedge is the link
                link = figure.first - 1
                if self.norm_at[figure.first] in lx.FIGURE_LINKS:
                    link = figure.first
                while link > after and self.norm_at[link] in _QUOTES:
                    link -= 1  # 'put the number at "more than 14,000"': the figure quoted
                while link > after + 1 and self.norm_at[link] in _NOW_WORDS:
                    link -= 1  # "the number of people freed is now 4,181"
                gap = {self.norm_at[j] for j in range(after, link)}
                if self.norm_at[link] in lx.FIGURE_LINKS and not gap & {";", "number"}:
                    return k
                return None
        return None

    def _names_the_sides(self, figure: FigureMention) -> bool:
        """Whether the figure is the "two" of "the two countries": the sides named, not counted."""
        return (
            figure.amount.low == figure.amount.high == 2
            and self.norm_at[figure.first - 1] == "the"
            and self.norm_at[figure.last] in _SIDE_NOUNS
        )

    def stated_on(self, leg: LegDraft) -> LegDraft:
        """Mark a running total whose date says when it stood, not what span it covers.

        "The headquarters said in May it had received 2,000 bodies since 2022" and
        "6,095 had been freed by the end of August" are totals as of May and of
        31 August; "in June alone, 6,000 came home" counts June.
        """
        (text,) = leg.dates[:1]
        before = self._month_before(text)
        if before is not None:
            return leg._replace(dates=(before,), stated=True)
        said_now = self._said_now_past_exchange(text)
        if said_now is not None:
            return leg._replace(dates=(said_now,), stated=True)
        if self._says_now_past_possessive(leg, text) or self._with_period_exchange(text):
            return leg._replace(dates=())  # as of the telling: the story's own day
        if self._with_month_exchange(text):
            return leg._replace(stated=True)  # "with the October handover": as of October
        span = self._between_span(text)
        if span is not None:
            return leg._replace(dates=(span,))  # "between 1 June and 31 August": the span summed
        within = self._span_within(leg) or self._listed_stage_days(leg, text)
        if within is not None:
            # "last month ... 1,000 each, in three stages between May 23 and 25": summed
            # over those days, and standing on the last of them
            return leg._replace(dates=(within[1],), since=within[0], stated=True)
        span = self._between_span(text, closing=True)
        if span is not None:
            return leg._replace(dates=(span,))  # "Between July and September, ... 63": the span
        opened = self._run_of_days_before(leg, text)
        if opened is not None:
            # "Between 9 and 11 April, 512 came home": summed over those days, standing on
            # the last of them
            return leg._replace(since=opened, stated=True)
        if _YEAR.fullmatch(text) and self._year_end_statement():
            # "said in its year-end statement that 1,358 had come home in 2024": the
            # statement closed the year it sums, so the total stood on its last day
            return leg._replace(stated=True, dates=(f"the end of {text}",), since=leg.since or text)
        if _YEAR.fullmatch(text) or text in ("this year", "last year"):
            # "said last month that more than 1,000 had come home in 2022" (or "this
            # year"): the year is the span summed, the date of saying is when it stood
            said = [
                d
                for d in self.m.dates
                if d.text != text and not d.since and self._said_in(d) and not _YEAR.search(d.text)
            ]
            if len(said) == 1:
                return leg._replace(dates=(said[0].text,), since=leg.since or text, stated=True)
        told = self._said_after_month(text)
        if told is not None:
            return leg._replace(dates=(told,), since=leg.since or text, stated=True)
        if text.startswith("the end of") and _YEAR.search(text):
            # "In 2024 as a whole, ... said at the end of the year, 3,700 ...": as of the
            # year's last day, covering the year the sentence names as a span
            spans = [
                d.text
                for d in self.m.dates
                if _YEAR.fullmatch(d.text)
                and d.text in text
                and (self.norm_at[d.first - 2], self.norm_at[d.first - 1]) != ("end", "of")
            ]
            since = leg.since or (spans[0] if spans else None)
            return leg._replace(stated=True, since=since)
        for date in self.m.dates:
            if date.text != text:
                continue
            if not date.since and self._start_of_something(date) and leg.since is None:
                # "since the invasion began on Feb. 24, more than 1,300 have been freed":
                # the date is the total's start, and the total stands when it is told
                return leg._replace(dates=(), since=text)
            by = self.norm_at[date.first - 1] == "by" or (
                self.norm_at[date.first - 1] in ("the", "end")
                and "by" in (self.norm_at[date.first - 2], self.norm_at[date.first - 4])
            )
            by = by or self._up_to_the_end(date)  # "up to the end of December"
            ended = [self.norm_at[i] for i in range(date.first - 3, date.first)] == [
                "the",
                "end",
                "of",
            ] and self.norm_at[date.first - 4] in ("by", "at")
            if ended and _YEAR.fullmatch(text):
                # "by the end of 2024, 3,956 had been freed": as of the year's last day (the
                # date grammar keeps only the year)
                return leg._replace(stated=True, dates=(f"the end of {text}",))
            if by or self._statement_date(date) or self._said_in(date) or self._told_as_of(date):
                return leg._replace(stated=True)  # "as of May it counted 1,307": stood in May
            if self._opens_saying(date):
                return leg._replace(stated=True)  # "In 2023, X said 2,000 had come home"
        return leg

    def _year_end_statement(self) -> bool:
        """Whether the sentence tells of a "year-end" (or "end-of-year") statement.

        "in its year-end statement", "at an end-of-year briefing": an occasion of telling
        held as a year closed; "by year-end" (a deadline) is not one.
        """
        for i in range(self.first, self.last - 2):
            if self.norm_at[i + 1] != "-" or self.tokens[i + 1].gap or self.tokens[i + 2].gap:
                continue
            if (self.norm_at[i], self.norm_at[i + 2]) == ("year", "end"):
                noun = i + 3
            elif [self.norm_at[k] for k in range(i, i + 5)] == ["end", "-", "of", "-", "year"]:
                noun = i + 5
            else:
                continue
            if self.norm_at[noun] in _STATEMENT_EVENTS | _YEAR_END_REPORTS:
                return True
        return False

    def said_to_stand_now(self, leg: LegDraft) -> LegDraft:
        """Undate a running total a speaker says stands now, which only a scene dated.

        "The last exchange, on January 3, was the largest. The headquarters says 2,828
        have been freed since 2022": the present tense of the saying and the perfect of
        the count make the total the story's, not the day the sentence before set; it
        stands when told (the entry's or the publication's day). Only when the sentence
        names no date of its own and tells no "had" of an earlier time.
        """
        scene = self.discourse.scene
        if scene is None or leg.dates != (scene,) or any(not d.since for d in self.m.dates):
            return leg
        if not any(self.norm_at[v] == "says" for v in self.m.speech):  # not "declined to say"
            return leg
        words = self.norm_set
        if "had" in words or words.isdisjoint(("have", "has")):
            return leg
        return leg._replace(dates=())

    def _up_to_the_end(self, date: DateMention) -> bool:
        """Whether ``date``, "the end of December", closes a count "up to" (or "until") it.

        "3,956 had been freed in exchanges up to the end of December": the total as it
        stood on that day, as with "by the end of December", not a span of December.
        """
        if not date.text.lower().startswith("the end of"):
            return False
        at = date.first - (self.norm_at[date.first - 1] == "the")  # the mention opens at "end"
        before = self.norm_at[at - 1]
        return before in ("until", "till") or (before == "to" and self.norm_at[at - 2] == "up")

    def _closed_up_to(self, i: int) -> bool:
        """Whether "until" (or "up to") at ``i`` closes the clause's count at a month's end.

        Only before a date: "to stay there until the end of the war" names an event, and
        tells where people will be, not when a count stood.
        """
        word = self.norm_at[i]
        if word == "to" and self.norm_at[i - 1] != "up":
            return False
        return any(d.first in (i + 1, i + 2) and self._up_to_the_end(d) for d in self.m.dates)

    def _said_after_month(self, text: str) -> str | None:
        """The later day a total dated by a bare month was said on: the month is its span.

        "The envoy said on Wednesday that 7,000 bodies had been handed over under the June
        deal": June opens what the total sums; it stood on Wednesday, when it was told.
        """
        if lx.MONTHS.get(text.lower()) is None:
            return None
        said = [
            d
            for d in self.m.dates
            if d.text != text and not d.since and (self._said_in(d) or self._fronted_speech(d))
        ]
        if len(said) != 1 or (not _HAS_DAY.search(said[0].text) and not said[0].text.istitle()):
            return None
        return said[0].text

    def _fronted_speech(self, date: DateMention) -> bool:
        """Whether ``date`` opens the sentence and its main verb is one of saying.

        "On Wednesday, after the talks, the envoy said ...": the day the speech was made;
        not "On Wednesday, 500 came home, the envoy said", where a handover comes first.
        """
        opening = date.first - (self.norm_at[date.first - 1] in lx.DATE_PREPOSITIONS)
        if opening != self.first or self.norm_at[date.last] != ",":
            return False
        verb = next((v for v in sorted(self.m.speech) if v > date.last), None)
        if verb is None:
            return False
        return not any(date.last < t.first < verb for t in self.m.transfers) and not any(
            date.last < f.first < verb for f in self.m.figures
        )

    def _said_now_past_exchange(self, text: str) -> str | None:
        """The day of saying a total "now" stands on, past the day of an exchange named before.

        "said on Thursday that he was freed in Wednesday's exchange, and that 212 have now
        come home since 2022": the possessive day names one exchange; "now" is Thursday.
        """
        day = next((d for d in self.m.dates if d.text == text), None)
        if day is None or not self.tokens[day.last - 1].poss or self._said_in(day):
            return None
        said = [d for d in self.m.dates if d.last < day.first and self._said_in(d)]
        now = any(self.norm_at[i] == "now" for i in range(day.last, self.last))
        return said[-1].text if len(said) == 1 and now else None

    def _says_now_past_possessive(self, leg: LegDraft, text: str) -> bool:
        """Whether a total is told in the present after a day's possessive naming one swap.

        "Officials call Saturday's the 62nd, and say that 4,552 have come home since the
        invasion": Saturday's names one exchange; the total is what they say now, so it
        stands when the story is told, not on Saturday. Only with a present verb of
        saying and "that" between the possessive and the figure ("Saturday's swap
        brings the total to 4,552" stands on Saturday).
        """
        day = next((d for d in self.m.dates if d.text == text), None)
        if day is None or not self.tokens[day.last - 1].poss:
            return False
        figure = next(
            (f for f in self.m.figures if f.first >= day.last and f.amount == leg.amount), None
        )
        if figure is None:
            return False
        return any(
            self.norm_at[j] in _PRESENT_SPEECH and self.norm_at[j + 1] == "that"
            for j in range(day.last, figure.first)
        )

    def _with_month_exchange(self, text: str) -> bool:
        """Whether the date is a month naming one exchange after "with the".

        "With the March handover, 9,000 bodies have come back this year": the total is
        brought up to that exchange, so it stood in that month; the month is no span it
        sums, and the day of the telling may be months later.
        """
        date = next((d for d in self.m.dates if d.text == text and not d.since), None)
        return (
            date is not None
            and date.first - 2 >= self.first
            and (self.norm_at[date.first - 2], self.norm_at[date.first - 1]) == ("with", "the")
            and date.last == date.first + 1
            and self.norm_at[date.first] in lx.MONTHS
            and self.norm_at[date.last] in _WITH_EVENTS
        )

    def _with_period_exchange(self, text: str) -> bool:
        """Whether the date is a period's possessive after "with", naming one exchange.

        "With this week's swap, more than 5,900 have come home since the war began": the
        total is brought up to date with that week's exchange, so it stands now and runs
        from the war's start; the week is no span it sums. A day's possessive ("with
        Monday's swap") dates the total as before.
        """
        date = next((d for d in self.m.dates if d.text == text and not d.since), None)
        if date is None or self.norm_at[date.first - 1] != "with":
            return False
        unit = self.tokens[date.last - 1]
        return (
            unit.poss
            and _possessive_stem(unit.norm) in _PERIOD_UNITS
            and self.norm_at[date.last] in _WITH_EVENTS
        )

    def _listed_stage_days(self, leg: LegDraft, text: str) -> tuple[str, str] | None:
        """The first and last of the days listed for the stages a total sums, or None.

        "Ukraine took back 900 bodies in three stages, on 2, 5 and 9 July": the total
        is summed over the listed days and stood on the last, never on one stage's day.
        Only when a counted plural of stages says exactly as many as the days listed,
        both in the total's own clause: "5,800 in total; three swaps, on 2, 5 and 9
        July, added 400" lists the 400's days, not the 5,800's.
        """
        figure = next((f for f in self.m.figures if f.amount == leg.amount), None)
        if figure is None:
            return None
        breaks = [j for j in range(self.first, self.last) if self.norm_at[j] in (";", ":")]
        start = max([self.first, *(j + 1 for j in breaks if j < figure.first)])
        end = min([self.last, *(j for j in breaks if j >= figure.last)])
        listed = [d for d in self.m.dates if not d.since and _HAS_DAY.search(d.text)]
        group = next((d.group for d in listed if d.text == text), None)
        listed = [d for d in listed if d.group == group]
        if group is None or len(listed) < 2:
            return None
        if not all(start <= d.first < end for d in listed):
            return None
        counted = any(
            self.norm_at[j] in _STAGE_PLURALS
            and lx.number_value(self.norm_at[j - 1]) == len(listed)
            for j in range(start + 1, end)
        )
        return (listed[0].text, listed[-1].text) if counted else None

    def _run_of_days_before(self, leg: LegDraft, text: str) -> str | None:
        """The first day of a run "between <day> and <day>" that closes on ``text`` and
        opens the clause of the total's figure, or None.

        "Between 9 and 11 April, 512 Ukrainians came home": a run of days set before the
        clause it frames is the span the figure sums, not the end of a war-long total.
        A figure with its own start ("since 2022") keeps it, and a run followed by a
        clause of its own ("..., talks were held, and 512 have come home") frames that
        clause, not the figure's.
        """
        if leg.since is not None:
            return None
        if leg.at is not None:
            figure = next((f for f in self.m.figures if f.first == leg.at), None)
        else:
            same = [f for f in self.m.figures if f.amount == leg.amount]
            figure = same[0] if len(same) == 1 else None
        if figure is None:
            return None
        for before, after in self._date_spans():
            if after.text != text or after.last > figure.first:
                continue
            if not _HAS_DAY.search(before.text) or not _HAS_DAY.search(after.text):
                continue
            start = after.last + (self.norm_at[after.last] == ",")
            if any(self.norm_at[j] in lx.BREAK_WORDS for j in range(start, figure.first)):
                return None
            end = next(
                (j for j in range(figure.last, self.last) if self.norm_at[j] in lx.BREAK_WORDS),
                self.last,
            )
            if any(self.norm_at[j] == "since" for j in range(start, end)):
                return None  # "... since the start of the invasion": the figure's own start
            return before.text
        return None

    def _span_within(self, leg: LegDraft) -> tuple[str, str] | None:
        """The days of the one "between X and Y" after a total dated by a vaguer date.

        "last month the sides freed 1,000 each, in three stages between May 23 and 25":
        the days between are the span summed, not the month that holds them. Only
        a span after the total's own figure, with no other figure between them.
        """
        spans = list(self._date_spans())
        if len(spans) != 1 or _HAS_DAY.search(leg.dates[0]):
            return None
        before, after = spans[0]
        if not _HAS_DAY.search(before.text) or not _HAS_DAY.search(after.text):
            return None
        ahead = [
            f
            for f in self.m.figures
            if f.last <= before.first and self.norm_at[f.last] not in _STAGE_PLURALS
        ]
        if not ahead or ahead[-1].amount != leg.amount:
            return None
        if self._at((";",), ahead[-1].last, before.first):
            return None
        return before.text, after.text

    def published(self, leg: LegDraft) -> LegDraft:
        """Date an undated running total by when its figures were published or updated.

        "according to figures the headquarters published on Sept. 30" and "whose
        office updated the count on October 30": the total stood on that day.
        """
        dated = [d for d in self.m.dates if not d.since and self._published_on(d)]
        return leg._replace(dates=(dated[0].text,), stated=True) if len(dated) == 1 else leg

    def through_stage(self, leg: LegDraft, earlier: Sequence[LegDraft]) -> LegDraft:
        """Date a total "by the end of the fourth stage" by the day of that stage.

        "Handovers followed on the 3rd, 5th and 8th. By the end of the last round,
        2,000 had come home": the stages are the days the sentence before listed,
        after the days of the exchanges told before them; a rank that counts
        exactly to the last of them (or "last", "final") is as of that day, and so is
        the end of the whole ("By the end of the operation"). A month the total names
        stays the span it covers.
        """
        days = self.discourse.days
        if not days or self.discourse.days_at != self.index - 1:
            return leg
        if leg.dates and (leg.stated or any(c.isdigit() for c in leg.dates[0])):
            return leg
        for k in self._at(("end",), self.first + 2, self.last - 4):
            if (
                self.norm_at[k - 2],
                self.norm_at[k - 1],
                self.norm_at[k + 1],
                self.norm_at[k + 2],
            ) != (
                "by",
                "the",
                "of",
                "the",
            ):
                continue
            # "by the end of the operation": the whole, as of its last stage
            whole = self.norm_at[k + 3] in _ONE_HANDOVER | {"operation"}
            if not whole and self.norm_at[k + 4] not in _STAGE_NOUNS:
                continue
            rank = self.norm_at[k + 3]
            told = {d for g in earlier if len(g.dates) == 1 for d in g.dates} - set(days)
            if (
                not whole
                and rank not in _LAST_RANKS
                and _DAY_ORDINALS.get(rank) != len(told) + len(days)
            ):
                return leg
            since = leg.since or (leg.dates[0] if leg.dates else None)
            return leg._replace(dates=(days[-1],), stated=True, since=since)
        return leg

    def named_exchange_day(self, leg: LegDraft, earlier: Sequence[LegDraft]) -> LegDraft:
        """Date a total raised by "the October swap" by the day the text gave that swap.

        "The last exchange took place on Oct. 18 ... The October swap brought the number
        freed to 3,767": a month naming an exchange noun is that exchange, and the total
        stood on its day, when the transfers told before hold exactly one day in it.
        """
        if len(leg.dates) != 1:
            return leg
        (text,) = leg.dates
        named = [
            d
            for d in self.m.dates
            # "December 2024" when a heading set the year the sentence's "December" is in
            if (d.text == text or text.startswith(d.text + " "))
            and not d.since
            and self.norm_at[d.last] in _EXCHANGE_NOUNS
            and d.text.split()[0].lower() in lx.MONTHS
        ]
        if len(named) != 1:
            return leg
        month = named[0].text.split()[0][:3].lower()
        year = text.split()[1:]
        days = {
            g.dates[0]
            for g in earlier
            if not g.tally
            and len(g.dates) == 1
            and (match := _DAY_OF_MONTH.fullmatch(g.dates[0])) is not None
            and match[1][:3].lower() == month
            and (not year or match[2] in (None, year[0]))
        }
        return leg._replace(dates=(days.pop(),), stated=True) if len(days) == 1 else leg

    def _month_before(self, text: str) -> str | None:
        """The month a total stood in when the text gives the month after it, "before June".

        "Before June, Kyiv had recovered a little over 7,000 bodies": the total as May
        left it, not a span of June. Only a month named alone, right after "before".
        """
        month = lx.MONTHS.get(text.lower())
        if month is None:
            return None
        for date in self.m.dates:
            if date.text == text and not date.since and self.norm_at[date.first - 1] == "before":
                return calendar.month_name[month - 1 or 12]
        return None

    def also_said(self, leg: LegDraft) -> LegDraft:
        """Date an undated total a speaker "also said" by the statement told just before.

        "..., who said on Monday that Moscow had sent a list. She also said that more
        than 2,500 had come home": the same statement, on the same day. So is a sentence
        opened "In his (her, their) words,", which goes on reporting that statement.
        """
        told = self.discourse.told
        if told is None or told[0] != self.index - 1 or not told[2]:
            return self._pronoun_said(leg)
        if leg.dates not in ((), (told[1],)):
            return leg  # "since 2022" ends at the statement's date; a date of its own stays
        in_words = (
            self.norm_at[self.first] == "in"
            and self.norm_at[self.first + 1] in lx.TELLER_POSSESSIVES
            and self.norm_at[self.first + 2] == "words"
        )
        if not in_words and not any(self.norm_at[v - 1] == "also" for v in self.m.speech):
            return self._pronoun_said(leg)
        return leg._replace(dates=(told[1],), stated=True)

    def _pronoun_said(self, leg: LegDraft) -> LegDraft:
        """Date an undated total "It said" tells by the statement dated just before.

        "The headquarters said on Friday that 95 had come home. It said 3,700 had been
        freed in all": the same statement, so the total stood on its day.
        """
        if leg.dates or any(not d.since for d in self.m.dates):
            return leg
        said = self._pronoun_goes_on_saying()
        return leg if said is None else leg._replace(dates=(said,), stated=True)

    def counted_with(self, leg: LegDraft, earlier: Sequence[LegDraft]) -> LegDraft:
        """Date an undated running total by the exchange it was brought up to date with.

        "With this handover, 6,000 bodies have come home" and "including the latest
        swap, 2,000 have been freed" (or "With it, ...") state the sum on the day of the
        exchange just told, not on the publication date; "a figure put at 1,762 after the February 4
        exchange" on the day that names the exchange.
        """
        singular = _EXCHANGE_NOUNS - _EXCHANGE_PLURALS | {"transfer", "stage", "batch"}
        reach = 3
        for i in range(self.first, self.last - 2):
            if self.norm_at[i] not in ("with", "after", "including", "counting"):
                continue
            if i == self.first and self.norm_at[i + 1] == "it" and self.norm_at[i + 2] == ",":
                # "With it, 6,266 have been freed": the exchange the text is telling, whose
                # paragraph of details may stand between
                reach = _WITH_IT_REACH
                break
            if self.norm_at[i + 1] not in ("this", "that", "the", "today's"):
                continue
            named = next((d for d in self.m.dates if d.first == i + 2 and not d.since), None)
            if named is not None and _HAS_DAY.search(named.text):
                if self.norm_at[named.last] in singular:
                    return leg._replace(dates=(named.text,), stated=True)
                continue
            noun = i + 2 + (self.norm_at[i + 2] in ("latest", "last", "new", "most"))
            if self.norm_at[noun] in singular:
                break
        else:
            return leg
        recent = [g for g in earlier if self.index - g.sentence <= reach and g.dates]
        return leg._replace(dates=recent[-1].dates) if recent else leg

    def by_latest_handover(self, leg: LegDraft) -> LegDraft:
        """Undate a total "the latest handover" brought, for the newest exchange to date.

        "It took place on Thursday. A month earlier, on March 12, 1,000 bodies came back.
        The latest handover took the number returned past 15,000": the day the sentence
        before looked back to is not the latest handover's, so the total is left to the
        newest exchange told (see the assembler). Only for a sentence naming no date.
        """
        if not leg.dates or any(not d.since for d in self.m.dates):
            return leg
        at = self.first + (self.norm_at[self.first] == "the")
        at += self.norm_at[at] == "most"
        if self.norm_at[at] not in _NEWEST_PART or self.norm_at[at + 1] not in (
            lx.ONE_HANDOVER_NOUNS
        ):
            return leg
        return leg._replace(dates=(), stated=False)

    def brought_by_told_swap(self, leg: LegDraft, legs: Sequence[LegDraft]) -> LegDraft:
        """Date a total by the one exchange of its sentence that brought it there.

        "Last month's swap of 90 for 90 was the 60th, officials said, bringing the number
        freed to 3,800": the participle after the comma hangs on the swap the sentence
        tells, so the total stood on that swap's date, not on the day of the story (nor is
        "last month" the span it covers). Only when the sentence's transfers share one
        date, a figure of theirs comes first, and the total, after the participle, has no
        date or span of its own ("bringing the total for the year to").
        """
        told = {g.dates for g in legs if not g.tally and g.sentence == self.index}
        if len(told) != 1 or not self.m.figures:
            return leg
        (dates,) = told
        if len(dates) != 1 or leg.dates not in ((), dates):
            return leg  # a total dated apart from the swap: "..., bringing this year's to"
        own = [f.first for f in self.m.figures if f.amount == leg.amount]
        for i in range(self.m.figures[0].last + 1, self.last - 1):
            if self.norm_at[i - 1] != "," or self.norm_at[i] not in _RAISING_PARTICIPLES:
                continue
            heads = {self.norm_at[j] for j in range(i + 1, min(i + 5, self.last))}
            if _ANAPHORIC_HEADS.isdisjoint(heads) or len(own) != 1 or own[0] < i:
                continue
            if any(self.norm_at[j] in _PERIOD_UNITS for j in range(i, own[0])):
                return leg  # "bringing the total for the year to": a span of its own
            return leg._replace(dates=dates, stated=True)
        return leg

    def summed_up(
        self, legs: list[LegDraft], used: set[int], earlier: Sequence[LegDraft]
    ) -> list[LegDraft]:
        """A sum the text works out over the handovers it has just told, as a running total.

        "Added together, that comes to 6,057", "which amounts to 2,400", "all told,
        they total 900": a bare figure after a verb of summing whose subject is
        the handovers told before ("that", "this", "which", "they", "together")
        goes the way of the latest of them, with their kind, and stands on the
        day of the last one.
        """
        drafts: list[LegDraft] = []
        if all(figure.noun is not None for figure in self.m.figures):
            return drafts  # no bare figure to be a sum (most sentences: no figure at all)
        recent: list[LegDraft] | None = None  # found on the first summing verb: most have none
        for index, figure in enumerate(self.m.figures):
            if figure.noun is not None or any(leg.amount == figure.amount for leg in legs):
                continue  # a figure of people, or one this sentence read already
            verb = figure.first - 1
            if self.norm_at[verb] == "to":
                # ("adds up to 700" reads as the hedge "up to 700": not a sum here)
                verb -= 1
                if self.norm_at[verb] not in SUMMING_TO:
                    continue
            elif self.norm_at[verb] not in SUMMING:
                continue
            if not any(
                self.norm_at[i] in _SUM_SUBJECTS for i in range(max(self.first, verb - 4), verb)
            ):
                continue
            if recent is None:
                recent = [g for g in earlier if not g.tally and self.index - g.sentence <= 3]
            if not recent:
                return drafts
            last = recent[-1]
            used.add(index)
            drafts.append(
                last._replace(
                    sentence=self.index,
                    amount=figure.amount,
                    attributed=None,
                    accord=False,
                    series=False,
                    note=None,
                    tally=True,
                    since=None,
                    exchange_count=None,
                    whole=False,
                    guessed=False,
                    definite=False,
                )
            )
        return drafts

    def _opens_saying(self, date: DateMention) -> bool:
        """Whether ``date`` opens the clause of a verb of saying: "In 2023, X said ...".

        A date set before the saying's subject ("In 2023, the ombudsman said", "since
        March, when the headquarters said") dates the statement, so a total it gives
        stood then. A clause closed before the saying ("Since 2023, when the channel
        opened, officials say") dates something else.
        """
        if self.norm_at[date.last] != ",":
            return False
        at = date.last + 1
        first = date.first
        opening = lx.DATE_PREPOSITIONS
        if date.text.lower().startswith("the end of"):
            # "At the end of August, the headquarters put ...": the mention opens at "end"
            first, opening = first - (self.norm_at[first - 1] == "the"), opening | {"at"}
        opens = first == self.first or (
            first - 1 == self.first and self.norm_at[self.first] in opening
        )
        if self.norm_at[at] == "when":
            at += 1  # "since March, when the headquarters said 3,200 ..."
        elif not opens:
            return False  # "the headquarters, set up in March 2022, says ...": another clause's
        for i in range(at, min(self.last, at + 8)):
            if i in self.m.speech:
                # "In 2023, the Headquarters reports, 1,060 were returned": a saying set off
                # by commas leaves the year to the clause it interrupts, a span summed
                return self.norm_at[i + 1] != "," and any(f.first > i for f in self.m.figures)
            if self.norm_at[i] in (",", ";", ":", "and", "but") or self.tokens[i].kind == NUM:
                return False
        return False

    def _said_in(self, date: DateMention) -> bool:
        """Whether a verb of saying stands just before the date's preposition: "said in May".

        Or a statement's noun: "put the number at 14,000 in a briefing this week" and "at
        a news conference on Monday" date the telling, not a span the total covers.
        """
        at = self.date_opening(date)
        at -= at == date.first and self.norm_at[date.first - 1] in lx.DATE_PREPOSITIONS
        if at - 1 < self.first:
            return False
        word = self.norm_at[at - 1]
        return (
            at - 1 in self.m.speech
            or word in lx.SPEECH
            or word in _STATEMENT_EVENTS
            or self._told_listener_on(date)
        )

    def tally_parts(self, legs: list[LegDraft], used: set[int]) -> list[LegDraft]:
        """The parts of a stated total: "..., of whom 3,948 were servicemen and 183 civilians".

        A transfer of people of no one kind is split the same way when its parts
        are told by kind ("84 of its citizens, 33 of them civilians and 51 military
        personnel"): a partition by category is coded, each part as a transfer of
        its own kind. A part of a transfer of one kind ("300 prisoners, 61 of them
        wounded") is a subset and is not.
        """
        parts: list[LegDraft] = []
        # "Each side handed over 390 people, 270 of them servicemen and 120 civilians":
        # both directions of one figure share its parts.
        split: dict[int, list[tuple[PersonCategory, Count]]] = {}
        for position, leg in enumerate(legs):
            if not (leg.tally or leg.category is PersonCategory.OTHER):
                continue
            whole = next((k for k, f in enumerate(self.m.figures) if f.amount == leg.amount), None)
            if whole is None:
                continue
            if self._parts_not_shared(whole, leg):
                continue
            if whole in split:
                shared = split[whole]
                parts.extend(leg._replace(category=c, amount=a) for c, a in shared)
                if shared and not leg.tally:
                    legs[position] = leg._replace(whole=True)
                continue
            found = split[whole] = []
            added: list[LegDraft] = []
            chained = False
            for k in range(whole + 1, len(self.m.figures)):
                figure = self.m.figures[k]
                before = [
                    self.norm_at[i] for i in range(max(self.first, figure.first - 2), figure.first)
                ]
                opens = (
                    "whom" in before
                    or "including" in before
                    or before[-1:] == ["them"]
                    or (
                        self.norm_at[figure.last] == "of"
                        and self.norm_at[figure.last + 1] in ("them", "whom")
                    )  # "33 of them civilians"
                )
                if (opens or (chained and before[-1:] == ["and"])) and k in used:
                    # "390 Ukrainians, 270 of them soldiers and 120 civilians": the 120 was
                    # read under the verb already; it is still a part the other side shares
                    category = self._part_category(figure)
                    if category is not None and any(
                        (d.sender, d.receiver, d.category, d.amount)
                        == (leg.sender, leg.receiver, category, figure.amount)
                        for d in legs
                    ):
                        chained = True
                        found.append((category, figure.amount))
                        continue
                if not (opens or (chained and before[-1:] == ["and"])) or k in used:
                    if chained:
                        break
                    continue  # "in 61 exchanges" stands between the total and its parts
                category = self._part_category(figure)
                if category is None or self._unit_part(figure):
                    break  # "108 of them fighters of the Azov regiment": a part by unit
                if not chained and self._splits_other_group(self.m.figures[whole], figure, leg):
                    if not leg.tally and self._kinds_named_after(self.m.figures[whole]):
                        # "the 84 it got included soldiers and civilians": a whole by kinds
                        legs[position] = leg._replace(whole=True)
                    break  # "the Russians it got ..., while the Ukrainians freed, 33 of them"
                chained = True
                used.add(k)
                found.append((category, figure.amount))
                added.append(leg._replace(category=category, amount=figure.amount))
            if len(found) < 2:
                # "41 Ukrainians, 11 of them civilians": one part alone leaves the rest
                # unsaid, a subset rather than a partition, and is not coded
                found.clear()
                continue
            parts.extend(added)
            if chained and not leg.tally:
                legs[position] = leg._replace(whole=True)
        return parts

    def parts_of_total_before(
        self, told: tuple[int, list[LegDraft]] | None, used: set[int]
    ) -> list[LegDraft]:
        """The kinds of the sentence before's total: "... 1,358 were returned. Of these,
        1,309 were servicemen and 49 were civilians."

        Coded only as a partition: every figure of the sentence names a kind and
        together they make up a total of no one kind exactly, each part a tally over
        the total's span; a part that leaves the rest unsaid is a subset and is not.
        """
        if told is None or told[0] != self.index - 1 or not self._opens_with_whole():
            return []
        figures = [(k, f) for k, f in enumerate(self.m.figures) if k not in used]
        if len(figures) < 2 or len(figures) < len(self.m.figures):
            return []
        kinds = [self._part_category(f) for _, f in figures]
        amounts = [f.amount for _, f in figures]
        if any(c is None or c is PersonCategory.OTHER for c in kinds) or any(
            a.low != a.high for a in amounts
        ):
            return []
        total = sum(a.low for a in amounts)
        wholes = [
            leg
            for leg in told[1]
            if leg.category is PersonCategory.OTHER
            and leg.amount.low == leg.amount.high == total
            and "+" not in leg.receiver
        ]
        if len(wholes) != 1:
            return []
        used.update(k for k, _ in figures)
        return [
            wholes[0]._replace(category=c, amount=a)
            for c, a in zip(kinds, amounts, strict=True)
            if c is not None
        ]

    def _opens_with_whole(self) -> bool:
        """Whether the sentence opens on "Of these," / "Of them," / "Of that number,"."""
        if self.norm_at[self.first] != "of":
            return False
        at = self.first + 1
        if self.norm_at[at] in ("that", "this", "the") and self.norm_at[at + 1] in lx.FIGURE_HEADS:
            at += 1
        elif self.norm_at[at] not in ("these", "them", "those"):
            return False
        return self.norm_at[at + 1] == ","

    def _splits_other_group(self, whole: FigureMention, part: FigureMention, leg: LegDraft) -> bool:
        """Whether the part ("33 of them soldiers") splits a group named after the whole.

        "Russia got 84 Russians back, while the Ukrainians freed - 33 of them soldiers -
        were ...": "them" are the nearest people before the part, here the Ukrainians,
        so the parts are theirs, not the whole's; a group of another side (or of none
        said) is not this leg's to split, and its parts are left unread here.
        """
        for j in range(part.first - 1, whole.np_end, -1):
            party = next(
                (p for p in self.m.parties if p.last == j + 1 and p.first > whole.np_end), None
            )
            if party is not None and self.norm_at[j] in ("ukrainians", "russians"):
                return party.code != leg.receiver
            if (
                j > whole.np_end + 1
                and self.norm_at[j - 1] != "of"
                and lx.PEOPLE.match(self.tokens, j, part.first) is not None
            ):
                return True
        return False

    def _kinds_named_after(self, whole: FigureMention) -> bool:
        """Whether the whole's people "included" two kinds named without figures.

        "the 84 it received included servicemen and civilians": a mix whose kinds are
        told, so the figure is a whole of no one kind, not one kind's count told again.
        """
        for at in range(whole.np_end + 1, min(whole.np_end + 5, self.last)):
            if not self.tokens[at].text[:1].isalpha():
                return False  # "it received" may stand between; a clause's mark may not
            if self.norm_at[at] in _INCLUDED:
                first = lx.PEOPLE.match(self.tokens, at + 1, self.last)
                if first is None or self.norm_at[first[0]] != "and":
                    return False
                then = lx.PEOPLE.match(self.tokens, first[0] + 1, self.last)
                return then is not None and then[1].category != first[1].category
        return False

    def _parts_not_shared(self, whole: int, leg: LegDraft) -> bool:
        """Whether ``leg`` repeats a side's whole only "by the same number", not its parts.

        "390 Ukrainians, 270 of them soldiers and 120 civilians, ..., and Moscow got back
        the same number of its own people": the split is the Ukrainians'; the other side's
        leg repeats the 390 alone. A second figure stated in words ("Russia, which also
        got back 390 people, gives the same split") may share it.
        """
        home = self.m.figures[whole].nationality
        if leg.tally or home is None or leg.receiver == home:
            return False
        repeats = [f for k, f in enumerate(self.m.figures) if k != whole and f.amount == leg.amount]
        return bool(repeats) and all(
            same_number(self.norms, f.first - self.first) > f.first - self.first for f in repeats
        )

    def equivalent_tallies(
        self, legs: list[LegDraft], used: set[int], belligerents: Sequence[str]
    ) -> list[LegDraft]:
        """The other side's running total told by reference: "the equivalent figure ... was 116".

        "The corresponding number for Ukraine is 400", "For Russia, the equivalent
        figure is fewer than 700": a total of the same kind and span as the one just
        stated (in this sentence or the one before), for the side named after "for"
        (or in the sentence's opening frame); that side received the people.
        """
        if self.norm_set.isdisjoint(lx.EQUIVALENT_WORDS):
            return []
        stated = [leg for leg in legs if leg.tally] or [
            leg for leg in self.discourse.tallies if self.index - leg.sentence == 1
        ]
        if not stated:
            return []
        template = stated[-1]
        drafts: list[LegDraft] = []
        for k, figure in enumerate(self.m.figures):
            if k in used or figure.noun is not None:
                continue
            head = self._equivalent_head(figure)
            if head is None:
                continue
            side = self._party_for(head + 2) or self._framed_side()
            sender = _other(side, belligerents) if side is not None else None
            if side is None or sender is None or side == template.receiver:
                continue
            used.add(k)
            attributed = self.attribution or self.speaker_near(figure.first)
            drafts.append(
                template._replace(
                    sentence=self.index,
                    sender=sender,
                    receiver=side,
                    amount=figure.amount,
                    attributed=None if attributed is PUBLISHER else attributed,
                    accord=self.attribution is not None,
                    note=None,
                    exchange_count=None,
                )
            )
        return drafts

    def year_share_tallies(self, legs: list[LegDraft], used: set[int]) -> list[LegDraft]:
        """A year's share of the total told just before: "In 2025 alone, the number topped 2,300".

        "4,000 have come home since 2022. This year the figure stood at 1,100": a bare
        "the number" or "the figure" (or "it" after the year: "In 2025 alone, it is over
        11,000", "This year alone it's been around 11,000") with a link and a figure, in
        a sentence that names a whole year, counts the people of the one total the
        sentence before stated (its sides and kind) over that year; "this year" runs to
        the day that total was told.
        """
        if any(leg.tally for leg in legs) or (
            "it" not in self.norm_set and self.norm_set.isdisjoint(_ANAPHORIC_HEADS)
        ):
            return []
        stated = [leg for leg in self.discourse.tallies if self.index - leg.sentence == 1]
        if len({(leg.sender, leg.receiver, leg.category) for leg in stated}) != 1:
            return []  # no total before, or several: "the number" is not plainly one's
        year = next((d for d in self.m.dates if not d.since and self._year_long(d)), None)
        if year is None:
            return []
        for k, figure in enumerate(self.m.figures):
            if k in used or figure.noun is not None or figure.first < year.last:
                continue
            link = figure.first - (self.norm_at[figure.first] not in lx.FIGURE_LINKS)
            while link > self.first and self.norm_at[link - 1] in _NOW_WORDS:
                link -= 1
            head = link - 1
            if self.norm_at[link] == "been" and self.norm_at[head] in ("has", "had"):
                head -= 1  # "This year alone it has been around 11,000"
            # "In 2025 alone, it is over 11,000", "This year alone it's been around 11,000":
            # "it" takes up the total as "the number" does
            pronoun = self.norm_at[head] == "it" and self.norm_at[head - 1] in (",", ".", "alone")
            if self.norm_at[link] not in lx.FIGURE_LINKS or not (
                pronoun
                or (self.norm_at[head] in _ANAPHORIC_HEADS and self.norm_at[head - 1] == "the")
            ):
                continue
            used.add(k)
            attributed, accorded = self.leg_source(figure.first)
            return [
                stated[-1]._replace(
                    sentence=self.index,
                    amount=figure.amount,
                    attributed=attributed,
                    accord=accorded,
                    # "this year" runs up to when the total before was told: its date
                    dates=stated[-1].dates
                    if year.text == "this year" and stated[-1].dates
                    else (year.text,),
                    series=False,
                    note=None,
                    since=None,
                    exchange_count=None,
                    stated=False,
                )
            ]
        return []

    def since_share_tallies(self, legs: list[LegDraft], used: set[int]) -> list[LegDraft]:
        """The total just told counted from a longer start: "Since 2022, the figure is 3,700".

        "1,100 have come home this year. Since February 2022, the figure is 3,700": a
        bare "the figure" (or "the number", "the total"), an aside set off by commas
        allowed ("the figure, counting all channels, is over 400"), linked to a bare
        figure after a fronted "since" with a date or the war's opening counts the same
        people, the same way, as the one total told just before it (in the clause before
        or the sentence before), over the span the "since" starts. A start the text
        names only by an event ("since the talks") is no start to put a date on: none.
        """
        if "since" not in self.norm_set or self.norm_set.isdisjoint(_ANAPHORIC_HEADS):
            return []
        for k, figure in enumerate(self.m.figures):
            if k in used or figure.noun is not None:
                continue
            head = self._bare_total_head(figure)
            if head is None:
                continue
            since = self._fronted_since_before(head)
            if since is None:
                continue
            start, after = since
            own = [
                leg
                for leg in legs
                if leg.tally and leg.sentence == self.index and leg.amount != figure.amount
            ]
            before = [
                leg
                for leg in own
                if any(f.amount == leg.amount and f.last < after for f in self.m.figures)
            ] or [leg for leg in self.discourse.tallies if self.index - leg.sentence == 1]
            if own and not before:
                continue
            if len({(leg.sender, leg.receiver, leg.category) for leg in before}) != 1:
                continue  # no total before, or several: "the figure" is not plainly one's
            told = before[-1]
            low, earlier = figure.amount.low, told.amount.low
            if low is None or earlier is None or low < earlier:
                continue  # a longer span's total is no smaller than a shorter one's
            used.add(k)
            attributed, accorded = self.leg_source(figure.first)
            return [
                told._replace(
                    sentence=self.index,
                    amount=figure.amount,
                    attributed=attributed or told.attributed,
                    accord=accorded,
                    dates=(),
                    series=False,
                    note=None,
                    since=start,
                    exchange_count=None,
                    stated=False,
                )
            ]
        return []

    def _bare_total_head(self, figure: FigureMention) -> int | None:
        """Where "the figure" stands that a link ties to ``figure``: "the figure ... is 400".

        Only linking words ("is", "stands at", "has now reached") may stand between the
        head and the figure, after an aside set off by commas; "the figure of", "would be"
        and "is expected to reach" are no present total.
        """
        at = figure.first - 1
        while at > self.first and (
            self.norm_at[at] in _LINKS_TO_FIGURE or self.norm_at[at] in _NOW_WORDS
        ):
            at -= 1
        if at == figure.first - 1 or self.norm_at[at + 1] in ("of", "to"):
            return None
        if self.norm_at[at] == ",":
            # "the figure, counting all channels, is": an aside with no figure of its own
            opened = next(
                (j for j in range(at - 1, max(self.first, at - 8), -1) if self.norm_at[j] == ","),
                None,
            )
            if opened is None or any(f.first in range(opened, at) for f in self.m.figures):
                return None
            at = opened - 1
        if self.norm_at[at] not in _ANAPHORIC_HEADS or self.norm_at[at - 1] != "the":
            return None
        return at - 1

    def _fronted_since_before(self, head: int) -> tuple[str | None, int] | None:
        """The start a "since" fronted right before ``head`` names, and where it opens.

        "since February 2022, the figure": the date's text; "since the beginning of the
        war, the figure": None (the war's own start). Only a comma may stand between the
        span and the head; a start named by another event gives nothing.
        """
        end = head - (self.norm_at[head - 1] == ",")
        for date in self.m.dates:
            if date.since and date.last == end and self.norm_at[date.first - 1] == "since":
                return date.text, date.first - 1
        for since in range(max(self.first, end - 9), end):
            if self.norm_at[since] != "since" or self._ranked(since):
                continue
            at = since + 1
            if self.norm_at[at] == "the" and self.norm_at[at + 2] == "of":
                if self.norm_at[at + 1] not in ("start", "beginning", "outbreak"):
                    continue
                at += 3
            if self._war_opened(at, end) and self._war_noun_ends(at, end):
                return None, since
        return None

    def _war_noun_ends(self, at: int, end: int) -> bool:
        """Whether the war's noun read from ``at`` is the last word before ``end``."""
        while at < end and self.norm_at[at] in _WAR_MODIFIERS:
            at += 1
        return at == end - 1

    def included_spans(self, legs: list[LegDraft], used: set[int]) -> list[LegDraft]:
        """A shorter span's share of a total: "7,900 bodies, including 6,000 in June alone".

        A bare figure after "including" and dated by a span ("in June alone") sums
        that span's handovers of the same people, so it is a tally of its own.
        """
        if not legs:
            return []  # most sentences: no leg to build on
        stated = [leg for leg in legs if leg.tally and leg.sentence == self.index]
        if not stated or self.norm_set.isdisjoint(("including", "them", "which", "whom")):
            return []
        drafts: list[LegDraft] = []
        for k, figure in enumerate(self.m.figures):
            # "..., 23 of them this year": the part set off by a comma, as "including 23";
            # so with "and" or "with" after the comma ("..., and more than 12,000 of them
            # this year", "..., with over 11,000 of them in 2025 alone")
            mark = figure.first - 1 - (self.norm_at[figure.first - 1] in ("and", "with"))
            part = self.norm_at[mark] in lx.SET_OFF_MARKS and [
                self.norm_at[figure.np_end],
                self.norm_at[figure.np_end + 1],
            ] == ["of", "them"]
            relative = figure.noun is None and self._of_which_relative(figure)
            if relative:
                # "12,600 bodies ..., of which more than 10,000 came this year": the part's
                # own verb stands before its span
                at = self._span_after_verb(figure)
            elif (
                k in used
                or figure.noun is not None
                or not (part or self.norm_at[figure.first - 1] == "including")
            ):
                continue
            else:
                at = figure.np_end + 2 * part
            date = next(
                (
                    d
                    for d in self.m.dates
                    if (
                        (d.first == at + 1 and self.norm_at[at] in ("in", "during", "over"))
                        or (d.first == at and d.text in _WHOLE_YEARS)  # "including 41 this year"
                    )
                    and (self.norm_at[d.last] == "alone" or self._year_long(d))
                ),
                None,
            )
            told = [f.amount for f in self.m.figures if f.last < figure.first]
            template = next((g for g in reversed(stated) if g.amount in told), None)
            if relative and template is not None and k in used:
                # "..., of which 10,000 came back": a part of the total, never the other
                # way; with no span of its own it is a subset and is not coded
                legs[:] = [
                    g
                    for g in legs
                    if g.amount != figure.amount
                    or (g.sender, g.receiver) == (template.sender, template.receiver)
                ]
            if date is None or template is None:
                continue
            used.add(k)
            if date.text in template.dates:
                # "freed since the war began, 410 of them this year": the year is the part's
                whole = legs.index(template)
                legs[whole] = template._replace(
                    dates=tuple(d for d in template.dates if d != date.text)
                )
            # the span's sum is whole at its end: as of its last day, covering the span
            drafts.append(
                template._replace(
                    amount=figure.amount,
                    dates=(f"the end of {date.text}",),
                    since=date.text,
                    stated=True,
                    note=None,
                )
            )
        return drafts

    def _of_which_relative(self, figure: FigureMention) -> bool:
        """Whether the figure opens a part set off by ", of which" or ", of whom"."""
        return (
            self.norm_at[figure.first - 1] in ("which", "whom")
            and self.norm_at[figure.first - 2] == "of"
            and self.norm_at[figure.first - 3] in lx.SET_OFF_MARKS
        )

    def _span_after_verb(self, figure: FigureMention) -> int:
        """Where a part's span stands after its verb: "10,000 came back this year".

        The verb of a relative part ("came", "were returned", "have come home") stands
        between the figure and its span; the index is the span's (or its "in"'s).
        """
        at = figure.np_end
        while at < min(self.last, figure.np_end + 5) and (
            self.norm_at[at] in _PART_VERB_WORDS or _lemmas.is_transfer_form(self.norm_at[at])
        ):
            at += 1
        return at

    def compared_years(self, legs: list[LegDraft], used: set[int]) -> list[LegDraft]:
        """An earlier year's count set beside a total: "..., compared with 1,125 in 2023".

        "..., against 1,372 in 2023" and "versus 1,372 in 2023" set it beside the total too.

        A bare figure after "compared with" and dated by a whole year counts the same
        people, moved the same way, as the sentence's total before it, over that year;
        it is told when the total is, or, when the total has no day of its telling,
        it stood at that year's end.
        """
        if not legs:
            return []  # most sentences: no leg to build on
        stated = [leg for leg in legs if leg.tally and leg.sentence == self.index]
        if not stated or self.norm_set.isdisjoint(("compared", "against", "versus")):
            return []
        drafts: list[LegDraft] = []
        for k, figure in enumerate(self.m.figures):
            if k in used or figure.noun is not None:
                continue
            at = year_compared(self.norm, figure.last - 1)
            told = [f.amount for f in self.m.figures if f.last < figure.first]
            template = next((g for g in reversed(stated) if g.amount in told), None)
            if at is None or template is None:
                continue
            year = next((d for d in self.m.dates if d.first == at), None)
            if year is None:
                continue
            # the total's day of telling is the compared count's too; a total dated by its
            # year alone ("in 2024", "this year") lends it no date: it stood in its own year
            telling = tuple(d for d in template.dates if not whole_year_text(d))
            if not telling and self._of_the_years_own(template):
                telling = template.dates or ("this year",)
            used.add(k)
            drafts.append(
                template._replace(
                    amount=figure.amount,
                    dates=telling or (year.text,),
                    since=year.text,
                    note=None,
                    exchange_count=None,
                    year_only=True,
                )
            )
        return drafts

    def _of_the_years_own(self, total: LegDraft) -> bool:
        """Whether ``total`` counts the year the text is published in, and no other.

        "2,885 were freed in 2025, compared with 1,358 in 2024", published in 2025:
        the total is told as the text is, and the compared count with it.
        """
        published = self.discourse.published
        if published is None:
            return False
        own = {str(published.year), "this year"}
        if total.dates:
            return all(d in own for d in total.dates)
        return total.since is None and self.discourse.year in (None, str(published.year))

    def restated_tallies(self, legs: list[LegDraft], used: set[int]) -> list[LegDraft]:
        """A later count of a running total, set off after it: "- a figure X now put at 1,762".

        "Some 1,500 had been freed by the end of 2022, a figure officials now put at
        1,762": the apposition restates the same total (same sides, same kind) as
        it stood when told, so it is a second tally, dated as the sentence is.
        """
        if not legs:
            return []  # most sentences: no leg to build on
        stated = [leg for leg in legs if leg.tally and leg.sentence == self.index]
        if not stated or self.norm_set.isdisjoint(_PUT | lx.GIVING):
            return []
        drafts: list[LegDraft] = []
        for k, figure in enumerate(self.m.figures):
            verbs = _PUT_AT_CUES.get(self.norm_at[figure.first - 1])
            if k in used or figure.noun is not None or verbs is None:
                continue
            reach = range(figure.first - 2, max(self.first, figure.first - 6) - 1, -1)
            put = next((i for i in reach if self.norm_at[i] in verbs), None)
            if put is None:
                continue
            head = next(
                (
                    i
                    for i in range(put - 1, max(self.first, put - 7), -1)
                    if self.norm_at[i] in _TOTAL_HEADS and self.norm_at[i - 1] in ("a", "the")
                ),
                None,
            )
            if head is None or self.norm_at[head - 2] not in DASHES | {",", "-"}:
                continue  # only an apposition on the clause before restates its total
            told = [f for f in self.m.figures if f.last <= head - 2]
            template = next(
                (g for g in reversed(stated) if any(f.amount == g.amount for f in told)), None
            )
            if template is None:
                continue
            used.add(k)
            drafts.append(
                template._replace(amount=figure.amount, dates=(), note=None, exchange_count=None)
            )
        return drafts

    def kinds_included_in_totals(self, legs: list[LegDraft]) -> list[LegDraft]:
        """The legs without a total's part of one kind set off by "including" after it.

        "6,700 Ukrainians had returned home since the invasion, including 390 civilians":
        the civilians are a breakdown of the whole, which is the total told; the part
        is not a running total of its own. A part with a span of its own ("including
        6,000 in June") is left to the rule on a shorter span's share.
        """
        if "including" not in self.norm_set:
            return legs  # most sentences: no part set off
        totals = [leg for leg in legs if leg.tally and leg.sentence == self.index]
        kept: list[LegDraft] = []
        for leg in legs:
            figure = next((f for f in self.m.figures if f.first == leg.at), None)
            whole = (
                figure is not None
                and leg.tally
                and any(
                    (t.sender, t.receiver) == (leg.sender, leg.receiver)
                    and t.at is not None
                    and t.at < figure.first
                    and t.amount.low > (leg.amount.high or leg.amount.low)
                    for t in totals
                )
            )
            if whole and figure is not None and self._kind_included(figure):
                continue
            kept.append(leg)
        return kept

    def _kind_included(self, figure: FigureMention) -> bool:
        """Whether the figure is "including N <people of a kind>" with no span of its own."""
        if self.norm_at[figure.first - 1] != "including" or figure.noun is None:
            return False
        if figure.noun.category is None and not figure.noun.remains:
            return False  # "including 390 Ukrainians": no kind, no breakdown
        if self.norm_at[figure.np_end] in _DURING_WORDS | {"in", "since", "this", "last"}:
            return False  # "including 600 civilians in June": a span's share
        return not any(figure.np_end <= d.first <= figure.np_end + 2 for d in self.m.dates)

    def exact_restatements(self, legs: list[LegDraft]) -> list[LegDraft]:
        """The legs with a rounded total given exactly right after it as that exact figure.

        "more than 7,000 had been freed - 7,012 to be precise": the second figure is the
        same total told exactly, so the total is the exact figure, not the bound. An
        exact figure outside the bound ("more than 7,000 - 6,900 to be exact") is a
        contradiction the rule does not settle: the bound stays.
        """
        if "to" not in self.norm_set or self.norm_set.isdisjoint(_EXACTLY):
            return legs  # most sentences: nothing told exactly
        kept: list[LegDraft] = []
        for leg in legs:
            exact = self._told_exactly_after(leg) if leg.tally else None
            kept.append(leg if exact is None else leg._replace(amount=exact))
        return kept

    def _told_exactly_after(self, leg: LegDraft) -> Count | None:
        """The exact figure set off right after ``leg``'s rounded one "to be exact", if any."""
        if _exact(leg.amount) or leg.at is None:
            return None
        rounded = next((f for f in self.m.figures if f.first == leg.at), None)
        if rounded is None:
            return None
        stop = min(self.last, rounded.last + _EXACT_GAP)
        at = next((i for i in range(rounded.last, stop) if self._exactly_at(i)), None)
        if at is None or self.norm_at[at - 1] not in DASHES | {",", "-", "or"}:
            return None
        if any(rounded.last <= f.first < at for f in self.m.figures):
            return None  # "more than 5,000, 212 of them ... - 208 to be exact": the nearer one
        exact = self._digits_at(at)
        return exact if exact is not None and _within(exact, leg.amount) else None

    def _exactly_at(self, at: int) -> bool:
        """Whether a number in digits stands at ``at`` followed by "to be exact"."""
        told = (self.norm_at[at + 1], self.norm_at[at + 2], self.norm_at[at + 3])
        return self.tokens[at].kind == NUM and told[:2] == ("to", "be") and told[2] in _EXACTLY

    def _perfect_after_semicolon(self, start: int, end: int) -> list[str]:
        """The words of an undated perfect clause after ";" that ends at ``end``, or [].

        "... 18,000 bodies have been returned to Ukraine; Russia has received about
        800": the clause after the semicolon counts over the same span as the one before;
        "; on Friday Russia received 40" is one event of its own.
        """
        semi = next((i for i in range(end - 1, start - 1, -1) if self.norm_at[i] == ";"), None)
        if semi is None or any(semi < d.first < end for d in self.m.dates):
            return []
        words = [self.norm_at[i] for i in range(semi + 1, end)]
        return words if not {"has", "have"}.isdisjoint(words) else []

    def _sent_back_to(self, figure: FigureMention, side: str) -> bool:
        """A coordinated bare figure handed to ``side``: "..., and 54 returned to Russia".

        The figure follows "and", its own participle of handing over follows it, and
        "to" names the side the running total came from: the other way, told by
        ellipsis of the people's noun. A reported clause may repeat "that" ("... said
        that 6,000 had been returned, and that 70 had been sent to Russia").
        """
        joined = figure.first - 1 - (self.norm_at[figure.first - 1] == "that")
        if figure.noun is not None or self.norm_at[joined] != "and":
            return False
        at = figure.last
        if at < self.last and self.norm_at[at] in {"were", "was", "have", "had", "been"}:
            at += 1
            if self.norm_at[at - 1] in ("have", "had") and self.norm_at[at] == "been":
                at += 1  # "and that 70 had been sent to Russia"
        if at >= self.last or not _lemmas.is_transfer_form(self.norm_at[at]):
            return False
        at += 2 if self.norm_at[at + 1] == "back" else 1
        return self.norm_at[at] == "to" and any(
            p.first == at + 1 and p.code == side and p.noun for p in self.m.parties
        )

    def _gapped_to(self, figure: FigureMention, side: str, start: int) -> bool:
        """A bare figure handed to ``side``, the total's verb left out: "..., and 210 to Russia".

        "9,400 bodies have been returned to Ukraine this year, and fewer than 250 to
        Russia": the figure follows ", and", "to" and the side the running total came
        from follow it and end the clause, and no date or verb of its own stands
        between, so the verb before (from ``start``) is the figure's too.
        """
        if figure.noun is not None or self.norm_at[figure.first - 1] != "and":
            return False
        if self.norm_at[figure.first - 2] != "," or self.norm_at[figure.last] != "to":
            return False
        party = next(
            (p for p in self.m.parties if p.first == figure.last + 1 and p.code == side and p.noun),
            None,
        )
        if party is None or self.norm_at[party.last] not in ("", ".", ",", ";"):
            return False
        return any(_lemmas.is_transfer_form(self.norm_at[i]) for i in range(start, figure.first))

    def answered_tally(
        self, answer: tuple[Asked, int] | None, used: set[int], belligerents: Sequence[str]
    ) -> list[LegDraft]:
        """The running total of homecomings an answer gives to the question just asked.

        "Q: How many Ukrainians have come home since 2022? A: More than 4,000.": the
        answer's first figure (see :meth:`answer_figure`) is the total brought home
        to the side asked of (else the answering speaker's), of the people asked of.
        """
        if answer is None or answer[0].kind is not None:
            return []
        asked, start = answer
        figure = self.answer_figure(start, used)
        receiver = None if figure is None else self.answer_side(asked, figure)
        sender = _other(receiver, belligerents) if receiver is not None else None
        if figure is None or receiver is None or sender is None:
            return []
        used.add(0)
        noun = figure.noun.category if figure.noun is not None else None
        attributed, accorded = self.leg_source(figure.first)
        return [
            LegDraft(
                self.index,
                sender,
                receiver,
                noun or asked.people,
                figure.amount,
                attributed,
                accorded,
                (),
                False,
                None,
                True,
                next((d.text for d in self.m.dates if d.since), None),
                self.exchange_count(),
            )
        ]

    def returned_tallies(self, legs: list[LegDraft], used: set[int]) -> list[LegDraft]:
        """The other way of a two-way running total: "... handed over 7,000, while receiving 90".

        A running total stated in the sentence, followed by a bare figure (no
        people of another kind) in a contrast ("while", "whereas", "against") or
        with "back", "in return" or "for which": the figure is the total of the same kind and
        span that went the other way, so sender and receiver are swapped.
        """
        if not legs:
            return []  # most sentences: no leg to build on
        stated = [leg for leg in legs if leg.tally and leg.sentence == self.index]
        if len(stated) != 1 or self.norm_set.isdisjoint(
            _RETURN_CUES | {";", "and", "which", "exchange", "way", "direction"}
        ):
            return []
        template = stated[0]
        start = next((f.np_end for f in self.m.figures if f.amount == template.amount), None)
        if start is None:
            return []
        losses = lx.LOSS_VERBS | lx.KILLED_WORDS | lx.WOUNDED_WORDS
        for k, figure in enumerate(self.m.figures):
            if figure.first < start or figure.amount == template.amount:
                continue
            # the handover rules may have read the other way as one exchange of its own
            taken = [
                g
                for g in legs
                if not g.tally and g.amount == figure.amount and g.sender == template.receiver
            ]
            if k in used and not taken:
                continue
            if self._day_told_between(start, figure.first) and not self._same_period_after(figure):
                continue  # "..., the latest on 8 February, when Russia got back 100": that day's
            if self._sizes_listed(k):
                continue  # "and Kyiv sent back 12, 40 and 77": each one stage's, none the total
            if figure.noun is None and self.norm_at[figure.np_end] in _TALLY_PLURALS:
                continue  # "brought back through 30 or so exchanges": exchanges, not people
            if self._still_held_after(figure):
                continue  # "... working for the return of 2,000 still held": captives, not moved
            if (
                figure.noun is not None
                and not (figure.remains or figure.noun.remains)
                and (figure.noun.category is not template.category)
            ):
                continue
            words = self._words_before_outside_asides(start, figure.first, 8)
            if not losses.isdisjoint(self.norm_at[i] for i in range(start, figure.first)):
                continue
            # "..., for which Ukraine returned fewer than 80": what was given for them, as
            # is what the total came "in exchange for"
            cues = [
                n
                for n, w in enumerate(words)
                if w in _RETURN_CUES
                or (w == "which" and n > 0 and words[n - 1] == "for")
                or (
                    w == "exchange"
                    and words[n - 1 : n] == ["in"]
                    and words[n + 1 : n + 2] == ["for"]
                )
            ]
            after = [self.norm_at[i] for i in range(figure.last, min(self.last, figure.last + 3))]
            # the verb of the other way stands after the cue ("while receiving 90") or just
            # before "back" ("received back 90"); "while 500 more are held" is no handing over
            around = words[max(0, cues[-1] - 1) :] + after if cues else []
            parallel = self._perfect_after_semicolon(start, figure.first)
            if not cues and parallel:
                around = parallel + after
            if not cues and not parallel and self._sent_back_to(figure, template.sender):
                around = after
            if not cues and not parallel and self._gapped_to(figure, template.sender, start):
                # ", and fewer than 250 to Russia": the total's own verb is left out
                around = [self.norm_at[i] for i in range(start, figure.first)]
            # ", with 41 going the other way": the phrase itself says whose way it went
            said_other_way = (
                _lemmas.other_way_end(self.norm, figure.np_end) is not None
                and not (after and after[0] == "more")
                and losses.isdisjoint(self.norm_at[i] for i in range(start, figure.np_end))
            )
            if not said_other_way and (
                not around
                or (after and after[0] == "more")
                or not losses.isdisjoint(around)
                or not any(_lemmas.is_transfer_form(w) for w in around)
            ):
                continue
            used.add(k)
            legs[:] = [g for g in legs if g not in taken]
            return [
                template._replace(
                    sender=template.receiver,
                    receiver=template.sender,
                    amount=figure.amount,
                    note=None,
                    exchange_count=None,
                )
            ]
        return []

    def _still_held_after(self, figure: FigureMention) -> bool:
        """Whether the words just past the figure say its people are held ("2,000 still held").

        People still in captivity are a count of captives, never a group handed over,
        whatever verb or noun of returning stands before them.
        """
        words = [
            w
            for w in (self.norm_at[i] for i in range(figure.last, min(self.last, figure.last + 4)))
            if w.isalpha()
        ]
        words = words[words[:1] == ["still"] :]
        words = words[words[:1] == ["in"] :]  # "still in captivity"
        return bool(words) and words[0] in _HELD_WORDS

    def _day_told_between(self, start: int, stop: int) -> bool:
        """Whether a day (not a span's start nor an "as of") is named in ``start:stop``.

        "3,000 have come home, the latest on 8 February, when 100 came home and Russia
        got back 100": a figure told after the day of one exchange is that exchange's.
        Days inside an aside set off by a pair of dashes ("- which also included two on
        June 14 and 15 -") tell something else about the total, not the figure's day.
        """
        dashes = [
            i
            for i in range(start, stop)
            if self.norm_at[i] in DASHES or (self.norm_at[i] == "-" and self.tokens[i].gap)
        ]
        aside = range(dashes[0], dashes[1]) if len(dashes) == 2 else range(0)
        return any(
            start <= d.first < stop
            and d.first not in aside
            and not (d.since or d.as_of)
            and names_a_day(d.text)
            for d in self.m.dates
        )

    def _same_period_after(self, figure: FigureMention) -> bool:
        """Whether "the same period" right after the figure points back to the total's span.

        "Since 2023 Kyiv has taken back 8,000 bodies; on Tuesday it took back 650, and it
        gave back 40 over the same period": the 40 span the total's period, not Tuesday.
        """
        return any(
            self.norm_at[i] == "same" and self.norm_at[i + 1] == "period"
            for i in range(figure.np_end, min(self.last, figure.np_end + 4))
        )

    def _words_before_outside_asides(self, start: int, stop: int, reach: int) -> list[str]:
        """Up to ``reach`` words of ``start:stop`` just before ``stop``, asides left out.

        "while Russia, which had asked for more in the talks, received 78": the relative
        clause tells something else about its noun, so its words neither count towards
        the reach nor cue anything; the words of the main clause around it do.
        """
        if self._in_relative(stop):
            return [self.norm_at[i] for i in range(max(start, stop - reach), stop)]
        sources = self._source_asides(start, stop)
        kept = [i for i in range(start, stop) if not self._in_relative(i) and i not in sources]
        return [self.norm_at[i] for i in kept[-reach:]]

    def _source_asides(self, start: int, stop: int) -> set[int]:
        """The words of each source aside set off by commas in ``start:stop``, closing comma too.

        "while, according to the Russian authorities, the bodies of 78": whose figure it
        is says nothing of the clause's cue, which stays the word before the aside.
        """
        words: set[int] = set()
        for i in range(start, stop - 1):
            if self.norm_at[i] != "," or self.norm_at[i + 1] not in _SOURCE_ASIDE_OPENERS:
                continue
            close = next((j for j in range(i + 2, stop) if self.norm_at[j] == ","), None)
            if close is not None:
                words.update(range(i + 1, close + 1))
        return words

    def _sizes_listed(self, at: int) -> bool:
        """Whether ``self.m.figures[at]`` is one of several different bare sizes listed.

        "12, 40 and 77", "9 and 31 bodies": numbers with no noun of their own but the last's,
        joined by "," and "and", size several handovers; none of them is one total.
        """
        figures = self.m.figures
        first, last = self._joined_list(figures, at)
        listed = figures[first : last + 1]
        return (
            len(listed) > 1
            and all(f.noun is None for f in listed[:-1])
            and len({f.amount for f in listed}) == len(listed)
        )

    def _part_of_year(self, at: int) -> bool:
        """Whether a half or quarter of a year opens at ``at``: "the first half of 2025".

        "about 1,500 servicemen had come home in the first half of the year": a part of
        a year is a span of many handovers, so a figure moved over it is their sum.
        """
        year = self.norm_at[at + 5]
        return (
            self.norm_at[at] == "the"
            and self.norm_at[at + 1] in ("first", "second", "third", "fourth", "last", "past")
            and self.norm_at[at + 2] in ("half", "quarter")
            and self.norm_at[at + 3] == "of"
            and (
                (self.norm_at[at + 4] in ("the", "this", "last") and year == "year")
                or (len(self.norm_at[at + 4]) == 4 and self.norm_at[at + 4].isdigit())
            )
        )

    def undated_part_of_span(self) -> bool:
        """Whether the sentence puts its figures in a half or quarter that is no year's.

        "Russia received 94 soldiers in the second half" (or "... of the month"), after
        a list of swap days: a part of a span is no day and no rank into the list, so a
        figure with no date of its own cannot take a day told before. Halves and
        quarters of a year are read as spans elsewhere.
        """
        if self.norm_set.isdisjoint(_PART_RANKS):
            return False  # most sentences: no half or quarter named
        for at in range(self.first, self.last - 2):
            if (
                self.norm_at[at] not in ("in", "during", "over", "for")
                or self.norm_at[at + 1] != "the"
            ):
                continue
            ranks = _PART_RANKS.get(self.norm_at[at + 3])
            if (
                ranks is not None
                and self.norm_at[at + 2] in ranks
                and not self._part_of_year(at + 1)
            ):
                return True
        return False

    def part_of_year_told(self) -> tuple[str, bool, frozenset[Count]] | None:
        """The date text of the one half or quarter of a year the sentence names, if any,
        whether it follows a number and the amount of the figure it is said of.

        "70 came home in the first half of the year" sums January to June, not every
        handover since the war began: the total's span is that part of the year. "The
        year" is the one the story is told in ("the first half", resolved against the
        publication's date); a part with no place in a year ("the past half") gives none.
        """
        if self.norm_set.isdisjoint(("half", "quarter")):
            return None  # most sentences: no part of a year
        told = set()
        for at in self._at(("the",), self.first, self.last - 5):
            if not self._part_of_year(at):
                continue
            if self.norm_at[at - 1] not in _OVER_PART:
                # "compared with the first half of last year", "its report for the first
                # half": the part names something else than the span a figure was summed in
                continue
            rank, part, year = self.norm_at[at + 1], self.norm_at[at + 2], self.norm_at[at + 4]
            rank = "fourth" if rank == "last" and part == "quarter" else rank
            if rank not in _PART_RANKS[part]:
                return None  # "the past half of the year": no one span
            whose = (
                ""
                if year == "the"
                else f" of {year} year"
                if year in ("this", "last")
                else f" of {year}"
            )
            told.add((f"the {rank} {part}{whose}", *self._figure_of_part(at)))
        return told.pop() if len(told) == 1 else None

    def _years_of_parts_not_spanned(self) -> frozenset[str]:
        """The years ("last year", "2024") of the parts of a year no figure is summed in.

        "Compared with the first half of last year": the part is what is compared, so
        its year, read alone as a date, dates no total either.
        """
        if self.norm_set.isdisjoint(("half", "quarter")):
            return frozenset()
        years = set()
        for at in self._at(("the",), self.first, self.last - 5):
            if self._part_of_year(at) and self.norm_at[at - 1] not in _OVER_PART:
                year = self.norm_at[at + 4]
                years.add(year if year.isdigit() else f"{year} {self.norm_at[at + 5]}")
        return frozenset(years)

    def _figure_of_part(self, at: int) -> tuple[bool, frozenset[Count]]:
        """Whether a part of a year opening at ``at`` is said of a number before it, and the
        amounts of the figures it is said of (none: a number read as no figure).

        "4,000 have come home since the war began, 1,200 of them in the first half of
        2023": the part is the last number's before it, a share, not the whole's. A part
        fronted before the numbers of its clause ("In the first half of 2024, ...") is all
        of theirs, but not past a ";" or ":" ("5,000 since the war began; in the first
        half of the year alone, 1,000 came home": the 1,000's only).
        """
        low = max(
            [self.first, *(j + 1 for j in range(self.first, at) if self.norm_at[j] in (";", ":"))]
        )
        high = next((j for j in range(at, self.last) if self.norm_at[j] in (";", ":")), self.last)
        numbers = [j for j in range(low, at) if self.tokens[j].kind == NUM]
        if not numbers:
            return False, frozenset(f.amount for f in self.m.figures if at < f.first < high)
        owner = next((f for f in self.m.figures if f.first <= numbers[-1] < f.last), None)
        return True, frozenset() if owner is None else frozenset({owner.amount})

    def over_part_of_year(
        self, leg: LegDraft, told: tuple[str, bool, frozenset[Count]] | None
    ) -> LegDraft:
        """A running total with no start of its own, summed over the part of a year told.

        The total keeps a day or a start a rule found ("said in May", "since 2022"); one
        dated only by the part's own year ("in the first half of 2024") or not at all
        covers that part. Only the figure the part is said of takes it.
        """
        if not leg.tally or leg.since is not None or leg.stated:
            return leg
        if leg.dates and leg.dates[0].lower() in self._years_of_parts_not_spanned():
            # "compared with the first half of last year, ... now 5,000 in total": the
            # year is the compared part's, not the span of the total
            return leg._replace(dates=())
        if told is None:
            return leg
        part, after, amounts = told
        if leg.amount not in amounts:
            if not after:
                return leg  # "5,000 since the war began; in the first half, 1,000": not its
            # "4,000 in all, 1,200 of them in the first half of 2023": the share's span
            dated = leg.dates[0].lower() if leg.dates else None
            same = dated is not None and (dated == part.lower() or part.endswith(f" of {dated}"))
            return leg._replace(dates=()) if same else leg
        if leg.dates and not part.endswith(f" of {leg.dates[0]}"):
            return leg  # "by May 3, ..., 1,200 in the first half of 2024": another date
        if " of " not in part:
            # "the second half of the year" is the story's year, not the last one passed:
            # a part still ahead of the publication then gives the total no span
            part = f"{part} of this year"
        return leg._replace(dates=(part,))

    def _counted_span(self, at: int) -> bool:
        """Whether a span word at ``at`` times a movement by a count of months or years.

        "were freed over two years", "freed in over two years" and "freed over two years
        of war" sum the handovers of that span. After one exchange ("the first swap for
        over two years") or "after" ("after over two years of war") the span times the
        wait since the last swap or the war's age, summing no handover.
        """
        return (
            self.norm_at[at] in lx.SPAN_PREPOSITIONS
            and self._months_or_years(at + 1)
            and self.norm_at[at - 1] not in ("than", "after")
            and not (
                self.norm_at[at - 1] in ("for", "in")
                and self.norm_at[at - 2] in lx.ONE_HANDOVER_NOUNS | _RANKS
            )
        )

    def _months_or_years(self, at: int) -> bool:
        """Whether a count of months or years stands at ``at``: "five months", "two years"."""
        count = self.norm_at[at]
        return (count.isdigit() or count in lx.NUMBER_WORDS) and self.norm_at[at + 1] in (
            "months",
            "years",
        )

    def _across_told_days(self, figure: FigureMention, start: int, stop: int) -> bool:
        """Whether the figure's clause sums days already told: "across the three days".

        "over the two days", "across those three days": the definite article points
        back to days the story has reported one by one, so the figure adds them up.
        An indefinite "over three days" only says how long one exchange took.
        """
        if self.norm_set.isdisjoint(("days", "weeks")):
            return False  # most sentences: no days to sum
        # the span may stand in an aside before the figure's own clause, not across ";"
        low = max(self.first, min(start, figure.first - 10))
        low = max(
            [low, *(j + 1 for j in range(low, figure.first) if self.norm_at[j] in (";", ":"))]
        )
        return any(
            self.norm_at[i] in ("over", "across", "during")
            and self.norm_at[i + 1] in ("the", "those", "these")
            and (self.norm_at[i + 2].isdigit() or self.norm_at[i + 2] in lx.NUMBER_WORDS)
            and self.norm_at[i + 3] in ("days", "weeks")
            for i in range(low, stop)
            if not figure.first <= i < figure.np_end
        )

    def ranks_since_start(self) -> bool:
        """Whether the sentence ranks an exchange since a start and counts no people.

        "This is the 68th exchange since the beginning of the full-scale invasion.": the
        next sentence's perfect "A total of 6,062 have been returned" sums that span.
        """
        if "since" not in self.norm_set or any(f.noun is not None for f in self.m.figures):
            return False
        return any(
            self.norm_at[i] in ("st", "nd", "rd", "th")
            and self.norm_at[i - 1].isdigit()
            and self.norm_at[i + 1] in _EXCHANGE_NOUNS
            and self.norm_at[i + 2] == "since"
            for i in range(self.first + 1, self.last - 2)
        )

    def _total_after_rank(self, figure: FigureMention) -> bool:
        """Whether "a total of" opens an undated perfect right after a ranked exchange.

        "This is the 68th exchange since the invasion. A total of 6,062 Ukrainians have
        been returned home.": the perfect sums the exchanges ranked, not this one; without
        the rank just before, "a total of 205 have been returned" is one exchange's size.
        """
        if (
            self.discourse.ranked_at < 0
            or self.discourse.ranked_at != self.index - 1
            or self.m.dates
        ):
            return False
        if [self.norm_at[i] for i in range(self.first, self.first + 3)] != ["a", "total", "of"]:
            return False
        aux = figure.np_end
        return (
            figure.first == self.first + 3
            and self.norm_at[aux] in ("has", "have")
            and self.norm_at[aux + 1] == "been"
            and _lemmas.is_transfer_form(self.norm_at[aux + 2])
        )


# Prepositions that put a figure over a part of a year: "in the first half of 2024".
_OVER_PART: Final = frozenset({"in", "during", "over", "throughout", "across", "within", "through"})
# Words of a part's verb before its span: "of which 10,000 were brought back this year".
_PART_VERB_WORDS: Final = frozenset(
    {"came", "come", "were", "was", "have", "has", "been", "back", "home"}
)
# Plural units of time a span "over the same weeks" is told in: many days, many handovers.
_SPAN_UNITS: Final = frozenset({"days", "weeks", "months", "fortnight"})
# One unit of time no single handover lasts: "in under a week", "within a month".
_LONG_SPAN_UNITS: Final = frozenset({"week", "fortnight", "month", "year"})
# Prepositions a numbered year of the war is told after: "in the first year of the war".
_YEAR_OF_WAR_LEADS: Final = ("in", "during", "over", "throughout", "across")
# Participles that make a year of the war the time people were held, not freed.
_HELD_OR_TAKEN: Final = frozenset({"held", "detained", "seized", "imprisoned", "abducted"})
# Prepositions of one stretch of time a sum is told over: "in a single week", "over the
# past week".
_ONE_STRETCH_PREPOSITIONS: Final = frozenset({"in", "within", "over", "during", "across"})
# Words that make "the week" the one just gone: "over the previous week".
_LATEST_STRETCH: Final = frozenset({"past", "previous", "last", "preceding"})


class _StretchForm(NamedTuple):
    """How a rule reads one stretch of a week or longer ("in under a week")."""

    # by preposition, each run of words that may stand between it and the unit
    leads: Mapping[str, tuple[tuple[str, ...], ...]]
    # words after the unit that make it no stretch: "a week of the deal", "a week's time"
    ends: frozenset[str]


_A_OR_ONE: Final = (("a",), ("one",))
_DEADLINE_ENDS: Final = frozenset({"of", "after"})
_WAIT_ENDS: Final = _DEADLINE_ENDS | {"'s", "'", "’", "time"}
# A perfect's stretch: "in under a week", "in less than a month", "within a week".
_PERFECT_STRETCH: Final = _StretchForm(
    {
        "in": tuple(
            (*bound, a)
            for bound in (("under",), ("less", "than"), ("fewer", "than"))
            for (a,) in _A_OR_ONE
        ),
        "within": _A_OR_ONE,
    },
    _DEADLINE_ENDS,
)
# The words a season a perfect is dated by follows: "this autumn", "in the summer".
_SEASON_DETERMINERS: Final = frozenset({"this", "last", "the"})
# A past passive's stretch: "were returned in a week", "within one month".
_PASSIVE_STRETCH: Final = _StretchForm({"in": _A_OR_ONE, "within": _A_OR_ONE}, _WAIT_ENDS)
# Any clause's one stretch: "in one week", "in a single week", "over a single week", "over
# the previous week"; a bare "in a week" is a wait ("will come home in a week").
_SINGLE_STRETCH: Final = (("one",), ("a", "single"), ("one", "single"))
_SINGLE_ONLY: Final = _SINGLE_STRETCH[1:]
_ONE_STRETCH: Final = _StretchForm(
    {
        p: _SINGLE_STRETCH
        if p in ("in", "within")
        # "over a single week" as "in a single week"; a bare "over a week" is "more than",
        # and "over one week" times one operation's stages
        else _SINGLE_ONLY + tuple(("the", w) for w in sorted(_LATEST_STRETCH))
        for p in _ONE_STRETCH_PREPOSITIONS
    },
    _WAIT_ENDS | {"before"},
)
# A day or stage of an exchange made on several days, and the words before it that single
# one out: "on the final day of the three-day swap", "each day", "the third stage", "300 a day".
_ONE_DAY_OR_STAGE: Final = frozenset({"day", "stage", "round", "phase", "leg"})
# Prepositions a run of days may follow: "over three days", "returned in three days".
_DAY_RUN_PREPOSITIONS: Final = lx.SPAN_PREPOSITIONS | {"in", "within"}
# Words after which "in three days" is a wait to come: "expected in three days".
_DUE_WORDS: Final = frozenset({"expected", "scheduled", "planned", "promised", "agreed", "needed"})
# Participles after a figure's clause that tell how its exchange was staged: ", carried out
# over three days", ", completed over a long weekend".
_STAGING_PARTICIPLES: Final = frozenset({"carried", "completed", "conducted", "staged", "spread"})
# Verbs that date an exchange's first or last day: "the three-day swap that ended on Sunday".
_SWAP_EDGES: Final = frozenset(
    {
        "ended",
        "ending",
        "concluded",
        "completed",
        "finished",
        "began",
        "begun",
        "started",
        "starting",
        "beginning",
    }
)
# Prepositions opening a span of exchanges a figure sums: "over the summer's four swaps,".
_FRONTED_SPAN_OPENERS: Final = frozenset({"over", "across", "during", "throughout"})
_ONE_OF_SEVERAL: Final = _LAST_RANKS | lx.ORDINALS | {"each", "per", "a", "one", "that", "this"}
# "at different times", "on several occasions": a figure moved over many handovers.
_SEVERAL: Final = frozenset({"different", "various", "separate", "several"})
_OCCASIONS: Final = frozenset({"times", "occasions", "days", "dates"})
# Words from "together with" to the comma closing the stages it adds up, and more when
# the stage added is told with its figure: "Together with the 120 freed on Thursday, ...".
_SUMMING_REACH: Final = 8
_STAGE_ADDED_REACH: Final = 4
# Words from a total's figure to the year it counts over: "2,700, most of them soldiers,
# had been returned from Russia during 2024".
_YEAR_AFTER_REACH: Final = 16
# Words that set a span of events over a clause: "during a series of handovers".
_DURING_WORDS: Final = frozenset({"during", "over", "across", "through", "throughout"})
# Parts of no told size a figure's people came home in: "in several small groups".
_GROUPS: Final = frozenset({"groups", "batches"})
# Indefinite counts of a span of days, weeks or months: "over several weeks".
_MANY_SPANS: Final = lx.UNCOUNTED_QUANTIFIERS
# Words opening another clause or event between a figure and a span: the span is not the figure's.
_SPAN_CUT: Final = frozenset(
    {"that", "which", "who", "after", "before", "following", "amid", "when", "while", "talks"}
)


def two_way_kind(category: PersonCategory, head: str, move: Move | None) -> PersonCategory:
    """The kind of a two-way running total whose people are ``category`` named by ``head``.

    "the total number of prisoners exchanged through its mediation": a go-between's count of
    the people its swaps moved both ways takes in civilians beside soldiers, so the bare word
    "prisoners" with a verb of swapping names no one kind; "prisoners of war", or prisoners
    "freed", keep theirs.
    """
    if (
        category is PersonCategory.PRISONERS_OF_WAR
        and head in _BARE_PRISONERS
        and move is Move.SWAP
    ):
        return PersonCategory.OTHER
    return category


# Adjectives between "two-way" and the total it names: "the two-way running total".
_TWO_WAY_SKIP: Final = _RUNNING | {"combined"}
# Words before "one of <figure>" that pick one exchange out of those told: "including one
# of 95 on each side".
_PICKING_ONE: Final = frozenset({"including", "among", "notably"})
# Participles of bringing children back to their families: "children reunited with".
_REUNITED: Final = frozenset({"reunited", "reunified"})
# "to be exact", "to be precise": the figure before it is a rounded one told exactly.
_EXACTLY: Final = frozenset({"exact", "precise"})
# Most tokens between a rounded total and its exact figure: "more than 7,000 Ukrainians,
# soldiers and civilians, have now been freed since the invasion - 7,012 to be exact".
_EXACT_GAP: Final = 20
# A whole number in digits, thousands set off by commas: "7,012".
_DIGITS: Final = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
# The bare word for people held, which alone does not say soldier or civilian.
_BARE_PRISONERS: Final = frozenset({"prisoners", "prisoner"})


# Words of a plan: "a fourth exchange would follow" ranks no exchange that took place.
_PLANNED: Final = frozenset(
    {"will", "would", "could", "should", "might", "'ll", "planned", "plans", "scheduled"}
    | {"expected", "hopes", "hoped", "proposed"}
)
# Kinds handed over one way in bulk: a count of their handovers is the receiving side's.
_ONE_WAY_KINDS: Final = frozenset({PersonCategory.REMAINS, PersonCategory.CIVILIANS})
# Words of a go-between's part: its count of exchanges is of both sides' prisoners.
_MEDIATION_WORDS: Final = frozenset({"mediation", "mediations", "mediated", "mediator"})
# Words of both sides together: "the two countries have carried out 67 exchanges".
_BOTH_WORDS: Final = frozenset({"both", "two"})
# Nouns of a handover that may be of the dead: "The repatriation, the third since May".
_HANDOVER_NOUNS: Final = frozenset(
    {"repatriation", "repatriations", "handover", "handovers", "transfer", "transfers"}
)


def _joint_code(codes: Sequence[str]) -> str:
    """The code of the joint party of ``codes``, as :meth:`Party.joint` spells it."""
    return "+".join(sorted(set(codes)))


def _pluperfect_return(after: list[str]) -> bool:
    """Whether the words after a figure open a pluperfect of its people's return.

    "had been returned", and the intransitive "had come back", "had returned home": both
    tell that the figure's people were back by the time the speaker spoke.
    """
    if after[:2] == ["had", "been"]:
        return any(_lemmas.is_transfer_form(w) for w in after[2:4])
    return (
        after[:1] == ["had"]
        and after[1:2] in (["come"], ["returned"])
        and (after[2:3] in (["back"], ["home"]))
    )
