"""Dates of figures: which of a sentence's dates belongs to which figure.

The rules that give each transfer and each casualty claim its date (one per
exchange, days listed with their figures, "two days later", the date a claim was
current on), kept apart because they read dates, not people or sides.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Set as AbstractSet
from typing import Final

from exchangekit import Period, PersonCategory
from exchangekit_news import _lemmas
from exchangekit_news import _lexicon as lx
from exchangekit_news._chunks import same_number
from exchangekit_news._clauses import respective
from exchangekit_news._dated_lines import after_bullet, listed_past_line
from exchangekit_news._drafts import _HAS_YEAR, PUBLISHER, ClaimDraft, shifted
from exchangekit_news._lexicon import OF_THEM, SHARE_HEDGES, SHARES, Move, Noun, SourceEntry
from exchangekit_news._mentions import (
    _TELLER_PRONOUNS,
    MEDIATOR,
    SAME_DAY,
    SHIFT,
    WEEKEND,
    DateMention,
    FigureMention,
    PartyMention,
    TransferWord,
    _last_day_of,
    _month_named,
    _months_on,
    freed_per_side,
    said_at,
    war_start_then_this_week,
    year_compared,
)
from exchangekit_news._sentence import (
    _CAPTIVE_NOUNS,
    _CONTRAST,
    _EXCHANGE_NOUNS,
    _EXCHANGE_PLURALS,
    _HAPPENED_ON,
    _OFFSET_UNITS,
    _TIMES,
    _TOOK,
    _offset_count,
    kept_answers,
)
from exchangekit_news._speakers import _Speakers
from exchangekit_news._third_receivers import kept_in_third
from exchangekit_news._tokens import NUM, WORD, ends_possessive

# The months of each season, for a day told inside one: "in the autumn ... on 17 October".
_SEASON_MONTHS: Final = {
    "spring": frozenset({3, 4, 5}),
    "summer": frozenset({6, 7, 8}),
    "autumn": frozenset({9, 10, 11}),
    "fall": frozenset({9, 10, 11}),
    "winter": frozenset({12, 1, 2}),
}
# Words a clause about casualties tells them by: "losses", "the dead", "were wounded".
_LOSS_CLAUSE_WORDS: Final = (
    lx.TOTAL_WORDS
    | lx.CASUALTY_NOUNS
    | lx.KILLED_WORDS
    | lx.WOUNDED_WORDS
    | lx.MISSING_WORDS
    | lx.LOSS_VERBS
)
# Words that join on a clause of its own span: "no swap in April, and since May ...".
_SINCE_JOINERS: Final = frozenset({"and", "but", "yet", ";"})
# Words opening a sentence as a span shorter than a day from an event: "Shortly before".
_WITHIN_A_DAY: Final = frozenset({"shortly", "soon", "moments", "minutes", "hours"})
# a stage of a handover, which may stand for the swap it is part of: "the third stage"
_HANDOVER_STAGES: Final = lx.ONE_HANDOVER_NOUNS | lx.STAGE_PLURALS
# Words that open the noun of a swap told after "after": "after another exchange yesterday".
# The most sentences back "in that exchange" may point to the exchange named by its day.
_THAT_EXCHANGE_REACH: Final = 3
_SWAP_DETERMINERS: Final = frozenset({"a", "an", "the", "this", "that", "another"})
# Counted units of such a span: "two hours after".
_SHORT_UNITS: Final = frozenset({"hours", "minutes"})
# How many days at most a span told without a count reaches from the date it runs from:
# "hours before 20 October" is that day or the one before, "days after 9 May" some days on.
_UNCOUNTED_REACH: Final = {
    "hours": 1,
    "minutes": 1,
    "moments": 1,
    "shortly": 1,
    "soon": 1,
    "days": 10,
    "weeks": 62,
}
# A day number in a date's text, with its ordinal ending and a comma after it: "20", "3rd,".
_DAY_NUMBER: Final = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b,?\s*")
# A day told back from the one named before the figure: "... 49 Ukrainians the day before".
_DAY_BEFORE: Final = frozenset(
    {("the", "day", "before"), ("the", "previous", "day"), ("a", "day", "earlier")}
)
# The same span counted forward: "and 80 each way the next day".
_DAY_AFTER: Final = frozenset(
    {("the", "next", "day"), ("the", "following", "day"), ("a", "day", "later")}
)
# What may close a clause a time-pointing "then" ends: "received 189 then, Kiev said".
_THEN_CLOSERS: Final = frozenset({",", ".", ";", ":", ")", "\u2014", "\u2013", "-"})
# Words before "then" that make it part of another phrase: "since then", "by then".
_THEN_POINTS: Final = frozenset(
    {
        "since",
        "by",
        "until",
        "till",
        "from",
        "before",
        "after",
        "and",
        "but",
        "or",
        "just",
        "only",
        "even",
    }
)
# Units of a span counted back from a day: "two days before Christmas", "a week before".
# Conjunctions of time that open a clause with a subject of its own: "before he was mobilised"
_OWN_CLAUSE_TIMES: Final = frozenset({"before", "after", "until"})
_COUNTED_BACK: Final = frozenset({"day", "days", "week", "weeks", "hours", "month", "months"})
# Words setting the day's exchange after another, which a later "earlier" then dates.
# Prepositions that bring in an event of their own ("despite the crash on 24 January"),
# and how many words back from a date such a phrase may open
_EVENT_PHRASE_OPENERS: Final = frozenset({"despite", "after", "amid", "following", "during"})
_EVENT_PHRASE_REACH: Final = 4
_SEQUENCE_WORDS: Final = frozenset({"after", "before", "followed", "follows", "following"})
_CLAUSE_ENDS: Final = frozenset({".", ",", ";", ":", "—", "–", ""})
# What may follow the "to B" of a comma-joined half: "N went to A, M to B on Friday."
_HALF_ENDS: Final = _CLAUSE_ENDS | {")", "and", "on", "in"}
# What a possessive opening a sentence may own that carries on the figures told before.
_ESTIMATE_NOUNS: Final = frozenset({"estimate", "estimates", "assessment", "projection"})

# "September 14 brought 103 for 103", "October 18 added 95 on each side": a day moves no one
_DAY_VERBS: Final = frozenset({"brought", "saw", "added"})
# Adverbs of repetition between a copula and the size it gives: "was again 75 for 75".
_REPEATED: Final = frozenset({"again", "once", "more", "also"})
# How many sentences back "he also said" reaches for the same speaker's figure it adds to.
_ALSO_REACH: Final = 4
# How many sentences back "he said" can go on with its speaker's dated statement, when no
# figure was told between (a transcript's comment and question between the two answers).
_PRONOUN_REACH: Final = 12
# Words between a list of sizes and the list of days they pair with: "230, held on 2, 5 ...".
_BEFORE_LISTED_DAYS: Final = frozenset({",", "on", "held", "carried", "out"})
# Words that end the clause "respectively" closes before a list after it could start.
_RUN_BREAKS: Final = frozenset({";", ".", ":", "and", "but", "while", "whereas", "—", "–", "-"})
# Words that open a clause of its own between a figure and ", X said in May": the clause
# breaks and contrasts the sentence reader shares, less the dashes (which set off asides).
_SAID_CLAUSE_BREAKS: Final = (_RUN_BREAKS | _CONTRAST) - {"—", "–", "-"}
_RANKS: Final = frozenset(
    {"first", "largest", "biggest", "second", "third", "latest", "last", "only", "smallest"}
)

# Ordinals past those of _RANKS: "the fifth since the summer".
_ORDINAL_WORDS: Final = frozenset(w for w, n in lx.ORDINAL_VALUES.items() if 4 <= n <= 12)

# Where "on the final day" falls in a list of days: its index (negative from the end).
_LISTED_RANKS: Final = {
    "first": 0,
    "opening": 0,
    "second": 1,
    "third": 2,
    "final": -1,
    "last": -1,
    "closing": -1,
}
# What a rank names among the listed days: "on the first day", "in the second handover".
_LISTED_STAGES: Final = frozenset({"day", "handover", "stage", "batch", "round"})
# The same picked from the list by "of those": "on the first of those days".
_LISTED_STAGE_PLURALS: Final = (
    frozenset({"days", "stages", "batches", "rounds"}) | lx.EXCHANGE_PLURALS
)

_SWAP_VERBS: Final = frozenset({"swapped", "exchanged", "traded"})
# What may follow the share a swap verb's object gives: "swapped 95 each, ...", "... each on".
_SHARE_ENDS: Final = (
    lx.ITEM_ENDS | lx.DASH_MARKS | {"on", "in", "at", "after", "under", "through", "and", "as"}
)

# The words of an incident a later sentence names by "the crash": form to lemma.
_INCIDENTS: Final = {
    **dict.fromkeys(("crash", *_lemmas.inflections("crash")), "crash"),
    "blast": "blast",
    "explosion": "explosion",
}
# What a count is said to stand against an incident with: "died in the crash", "before it".
_BY_INCIDENT: Final = frozenset({"in", "before", "during"})
# Words between an incident's word and a date that make the date another event's.
_NOT_THE_INCIDENTS: Final = frozenset(
    {",", ";", ":", "—", "–", "and", "before", "since", "until", "than", "which", "when", "while"}
)

# Verbs whose object is an exchange not (yet) done: "Kyiv proposed a 500-for-500 swap".
_PROPOSING: Final = frozenset(
    {"proposed", "proposes", "propose", "offered", "offers", "offer", "suggested", "suggests"}
)
_RECORD_WORDS: Final = lx.RECORD_WORDS
"""Superlatives that make a later "since" date the record's: "the deadliest month since"."""
# Periods whose own figures a record ranks: "the highest monthly total since May 2022".
_RANKED_PERIODS: Final = frozenset({"monthly", "weekly", "daily", "month", "week", "day"})

# Words around "the 5th" that make it a day of the month: "on the 5th, ...", "of the 19th".
# The most days a span of ordinals in one month ("from the 23rd to the 25th") may run.
_SPAN_DAYS: Final = 6
_BEFORE_DAY: Final = frozenset({"on", "of", ",", "from", "by", "until", "opened", "began", "("})
_AFTER_DAY: Final = frozenset(
    {",", ".", ";", "with", "when", "and", "to", "which", "as", "-", "–", "—"}
)
_AFTER_DAY_OR_THAT: Final = _AFTER_DAY | {"that"}  # "on the 11th that ...": joined once
# Marks that end the aside after "On the 19th, ..." before its closing comma or dash.
_ASIDE_BREAKS: Final = frozenset({";", ":", ".", "(", ")"})
# Words a bracketed day may be told in before its count: "(on the 25th, 90 each)"; the
# ordinal's letters are a token of their own.
_DAY_WORDS: Final = frozenset({"on", "the", ","}) | lx.ORDINAL_SUFFIXES

# Words of an exchange done on a day: "carried out on", "took place on", "held on".
_DONE_ON: Final = frozenset({"carried", "conducted", "held", "completed", "place", "happened"})

# "and of 909 at the start of October": the words between a figure and its own date
# "the next one – 75 for 75 –": ranks before a "one" standing for an exchange
_RANKED_ONE: Final = frozenset(
    {"next", "last", "latest", "first", "second", "third", "previous", "final", "another"}
)
# words between a figure and the date right after it that leave the date its own: "70 each
# on July 9", "1,200 more on 14 June"
_TO_ITS_DATE: Final = frozenset(
    {"each", "apiece", "on", "in", "of", "at", "the", "more", "further"}
)
# Participles of release that may hang on a figure's noun before its date: "one of 120
# servicemen freed on Thursday" is dated by the participle's day, not the clause's week
_FREED_ON: Final = frozenset({"freed", "released", "returned", "repatriated", "exchanged"})

_HAS_DAY: Final = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


def names_a_day(text: str) -> bool:
    """Whether a date text names a day ("Sunday", "8 December"), not a month or year alone."""
    return _HAS_DAY.search(text) is not None or not set(text.lower().split()).isdisjoint(
        lx.WEEKDAYS
    )


_SAME_EVENT_NOUNS: Final = frozenset(
    {"operation", "exchange", "swap", "handover", "arrangement", "deal", "release"}
)

# Present verbs of "..., which estimates about 300 killed": a count current when told.
_PRESENT_TELLING: Final = frozenset(
    {"estimates", "says", "puts", "counts", "reckons", "believes", "calculates", "claims"}
)

# The nouns of "in the same post he claimed ..." and "in the interview, he said ...": a
# statement already told.
STATEMENT_NOUNS: Final = frozenset(
    {"post", "statement", "interview", "speech", "address", "appearance", "briefing", "message"}
    | {"video", "broadcast", "remarks", "comments", "update", "report"}
)

# Plural nouns of figures a sentence may say came out: "two figures ... appeared".
_FIGURE_PLURALS: Final = frozenset({"figures", "estimates", "counts", "tallies", "numbers"})
# Verbs by which figures come out: "new estimates were published on Monday".
_PUT_OUT: Final = frozenset({"appeared", "emerged", "published", "released"})
# Forms of "be" before a passive "published": "estimates of the dead were published".
_PUT_OUT_AUXILIARIES: Final = frozenset({"was", "were", "been", "be", "is", "are"})
# What a teller puts out, its figures inside: "Mediazona published its latest update".
_UPDATE_NOUNS: Final = frozenset({"update", "count", "tally", "estimate", "figures", "data"})
# Prepositions that place a figure in a statement: "in the interview", "during that speech".
_WITHIN: Final = frozenset({"in", "during"})

# Nouns of a document published once: "the CSIS study", "the agency's report".
# Words that open the first of a run of exchanges a total sums: ", starting with".
_SERIES_OPENERS: Final = frozenset({"starting", "beginning"})
# Nouns of a long undertaking whose start is no day of one return it brings: "an effort
# that began in 2023", "the programme, launched last spring".
_LONG_EFFORTS: Final = frozenset(
    {"effort", "efforts", "initiative", "programme", "program", "campaign", "project"}
)
_BEGAN: Final = frozenset({"began", "begun", "started", "launched", "opened"})

# Verbs that liken an exchange to an earlier one: "matched October's".
_MATCHING_VERBS: Final = frozenset(
    {"matched", "matches", "equalled", "equaled", "equals", "mirrored", "mirrors", "repeated"}
)

# Words that strengthen a share word in an aside: "the vast majority of them".
_SHARE_INTENSIFIERS: Final = frozenset({"vast", "overwhelming", "great", "large"})

# Nouns of a meeting or call whose day a possessive date may name: "Tuesday's call".
_MEETING_NOUNS: Final = frozenset(
    {"call", "talks", "meeting", "summit", "conversation", "phone", "negotiations"}
)

_DOCUMENT_NOUNS: Final = frozenset({"study", "report", "survey", "analysis", "assessment"})

# Verbs of bringing a running count up to date: "updated its list of the dead on Monday".
_UPDATED: Final = frozenset(_lemmas.inflections("update")) | frozenset(
    _lemmas.inflections("revise")
)
_RELATIVE_ASIDE_REACH: Final = 25  # tokens of a relative aside between a speaker and its verb
# Heads of "the same <time>", which is no speaker named again: "the same month said".
_SAME_TIMES: Final = frozenset({"day", "week", "month", "year", "period", "time", "night"})

_QUOTES: Final = lx.QUOTE_MARKS

# Days a unit of "three months later" counts, near enough to choose a year.
_LATER_UNITS: Final = {
    "day": 1,
    "days": 1,
    "week": 7,
    "weeks": 7,
    "month": 30,
    "months": 30,
    "year": 365,
    "years": 365,
}

_RELATIVES: Final = frozenset({"that", "which", "who", "whom"})
# Words that put an exchange before the one told: "followed a swap earlier this month".
# Adjectives of an exchange before the story's: "the previous exchange took place on ...".
_PREVIOUS: Final = frozenset({"previous", "preceding", "prior"})
_FOLLOWED: Final = frozenset({"followed", "follows", "after"})

# Words after a figure within which a clause of plans may hold the date of what is to come.
_PLAN_REACH: Final = 30

# Words that hedge a count of time: "barely four weeks later", "some three months later".
_HEDGES: Final = frozenset({"barely", "just", "only", "some", "about", "nearly", "almost"})

# Verbs of an event happening: "the swap took place", "the handover happened".
_HAPPENING: Final = _HAPPENED_ON | {"place"}

_UNDONE: Final = frozenset(
    {"postponed", "cancelled", "canceled", "prepared", "proposed", "agreed", "yet", "planned"}
    # a swap put forward for talks: "an exchange of 300 for 300 mooted (floated) for May"
    | {"mooted", "floated"}
)
_MODAL_WORDS: Final = frozenset({"could", "would", "will", "may", "might", "should"})
# Verbs that stand for the swap's own verb in a comparison: "as they did in May".
_COMPARED_AUXILIARIES: Final = frozenset({"did", "had", "have", "has", "do", "does"})
# Words before a comparing "as": ", as in May", "just as", "the same number as".
_BEFORE_COMPARING_AS: Final = frozenset({",", "just", "exactly", "same", "number"})
# Comparatives before "than in" that set a figure against another time: "fewer than in May".
_COMPARING_THAN: Final = frozenset(
    {"fewer", "more", "less", "larger", "smaller", "bigger", "higher", "lower", "greater"}
)
# Nouns of an aside likening the exchange to another: ", an echo of May's swap,".
_LIKENESS_NOUNS: Final = frozenset(
    {"echo", "repeat", "repetition", "reprise", "replay", "rerun", "mirror", "copy", "twin"}
)
# Words before "a swap" that make it another, earlier one: "the largest since a swap"
_EARLIER_THAN: Final = frozenset({"since", "after", "before", "than", "like", "previous"})
# Words naming an exchange as the latest one: "the most recent exchange", "the last swap".
_LATEST: Final = frozenset({"latest", "last", "most", "recent"})
# Subjects of an aside in which the teller speaks of the telling ("which I should mention")
_TELLERS: Final = frozenset({"i", "we", "you"})
# How far an ", including ...," aside on a figure's people may run to its closing comma.
_INCLUDING_ASIDE_REACH: Final = 20
# Openers of an aside on people, not on the thing before it ("including 40 who had held")
_ON_PEOPLE: Final = frozenset({"who", "whom", "whose"}) | lx.PART_CUES
# Verbs of wanting: what a side wants ("Moscow wants more swaps: ...") is not yet done.
_WANTING: Final = frozenset(_lemmas.inflections("want"))
# Passives of fixing a date: "the dates are set: ...", "the next round is scheduled: ...";
# not "were set free".
_SET_FOR_LATER: Final = frozenset({"set", "scheduled", "slated", "fixed"})
# Particles after "set" of a verb done, not of a date fixed: "were set free", "set off",
# "was set up by Turkey", "was set against a backdrop of fighting".
_SET_LOOSE: Final = frozenset({"free", "off", "out", "loose", "up", "against"})


def set_done(after: list[str]) -> bool:
    """Whether the words after "set" make it a verb done, not a date fixed.

    "were set free", "was set up by Turkey": people freed, an exchange arranged;
    "was set for Friday" and "was set up for Friday" fix a date still to come.
    """
    return (
        bool(after)
        and after[0] in _SET_LOOSE
        and not (after[0] == "up" and after[1:2] in (["for"], ["to"]))
    )


_HOLDING: Final = lx.HAVING | {"held", "holds", "hold"}
"""Verbs of holding whose object a later "to offer" qualifies: "had captives to offer"."""
# Participles of a plan that, right after "as", say a done event kept to it: "the swap went
# ahead as agreed", "took place as planned"; the words name no plan of their own.
_KEPT_TO_PLAN: Final = frozenset({"agreed", "planned", "scheduled", "expected", "promised"})
_HOPING: Final = frozenset({"hoped", "hopes", "hope", "expected", "expects", "expect"})
# Words before a colon that make the list after it a plan's: "Kyiv proposed a handover: ...".
_NOT_YET_BEFORE_COLON: Final = lx.PLANNING | _PROPOSING | _UNDONE | _HOPING

# The past a headline's present stands for before a bare count: "receives 20" is "received 20".
_PAST_OF_PRESENT: Final = {
    "receive": "received",
    "free": "freed",
    "release": "released",
    "return": "returned",
}

# Words after a headline's bare count that start a phrase of their own, not its noun.
_AFTER_BARE_COUNT: Final = frozenset({"to", "back", "home", "for", "and", "more"})

_NOT_PLURAL_NOUNS: Final = frozenset(
    {"this", "its", "his", "was", "has", "as", "is", "us", "plus", "across", "towards", "whereas"}
)

# Verbs of capture; the gate of :meth:`_captivity_date`, which reads one before a date.
_CAPTIVITY_VERBS: Final = frozenset(
    {
        "held",
        "taken",
        "captured",
        "detained",
        "imprisoned",
        "jailed",
        "abducted",
        "deported",
        "arrested",
        "sentenced",
        "convicted",
        # how civilians came to be kept on the other side: "residents who had been
        # evacuated to Ukraine last year", "who were stranded in Russia in 2022"
        "evacuated",
        "stranded",
    }
)
# The words without which no date of a sentence is a capture's: a verb of capture, or the
# relative pronoun a clause of what befell the people opens on.
_CAPTIVITY_WORDS: Final = _CAPTIVITY_VERBS | {"who", "whom"}

_REPORTED_PLAN: Final = frozenset({"would", "will", "could", "might", "should"})

_WEEKDAY_NAMES: Final = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

# Words that make what follows them a plan or a hypothesis.
_HYPOTHETICAL: Final = frozenset(
    {
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "should",
        "shall",
        "must",
        "expected",
        "planned",
        "plans",
        "ready",
        "due",
        "likely",
        "agreed",
        "proposed",
        "hopes",
        "aims",
    }
)
# Finite past verbs of an event that a modal cannot govern: "that could confirm took place".
_TOOK_PLACE: Final = frozenset({"took", "happened", "occurred"})
# Prepositions that open each place of a list: "in Mariupol, at the plant, near Kursk".
_PLACE_LIST_PREPOSITIONS: Final = frozenset({"in", "at", "near", "outside", "around"})
_HYPOTHETICAL_OR_HOPING: Final = _HYPOTHETICAL | _HOPING  # joined once, not per date
# Words that may follow a bare loss figure: it ends there ("... at 400,000, far more than").
_AFTER_LOSS_FIGURE: Final = frozenset(
    {
        "on",
        "by",
        "in",
        "as",
        "with",
        "and",
        "according",
        "since",
        "mark",
        "so",
        "last",
        "this",
        "at",
        "from",
        "over",
        "among",
        "including",
        "of",
        "while",
        "but",
        "which",
        "who",
        "when",
        "after",
        "before",
        "during",
        "until",
        "for",
        "or",
        "to",
        "a",
        "the",
        "far",
        "more",
        "people",
        "personnel",
        "men",
        "troops",
        "soldiers",
        "servicemen",
        "names",
        "individuals",
        "within",
        "across",
        "throughout",
        "alone",
    }
)

# Words that open a clause right after a figure it leaves bare: "the 250,000 it had estimated".
_CONTACT_CLAUSE: Final = frozenset({"it", "they", "he", "she", "that", "which", "in", "for"})

# Auxiliaries and adverbs between a bare number and its verb of coming home: "have now come".
_PERFECT: Final = frozenset({"have", "has", "had", "now", "already", "since", "all"})
# Participles of getting whose agent is the side a passive back-transfer went to: "19 were
# received by Russia"; not "recovered", which a side does to its own dead on the field.
_HANDED_GETTING: Final = lx.GETTING_PARTICIPLES - {"recovered", "welcomed"}
# Participles of handing over whose subject is the people sent: "19 were handed over to Russia".
_PASSIVE_SENDING: Final = frozenset({"handed", "sent", "transferred", "passed", "delivered"})
# Words of a passive or of "so far" between a subject figure and its verb: "388 had been returned".
_PASSIVE: Final = frozenset({"been", "were", "was", "so", "far"})
# "Of that number, ...", "Of this total, ...": the count told just before, named again.
_WHOLE_DETERMINERS: Final = frozenset({"that", "this", "the"})

# The past verbs and nouns of "Zelensky gave a rare figure on Sunday": a statement told
# before its figures are quoted.
# "put a number on the dead" gives one as "gave a number" does
_GIVING_PAST: Final = frozenset({"gave", "released", "disclosed", "revealed", "offered", "put"})
_FIGURE_NOUNS: Final = frozenset({"figure", "number", "toll", "estimate", "count", "tally"})
# Relative days the report's own day settles: "yesterday, on Good Friday" is yesterday.
_SETTLED_DAYS: Final = frozenset({"yesterday", "today"})
# "broke his silence" tells a statement given after none was, as "gave a figure" does.
_BREAKING: Final = frozenset({"broke"})
# "said it out loud", "said so publicly": a figure kept back, now told in the open.
_OPENLY: Final = frozenset({"aloud", "loud", "publicly"})
_RANGE_JOINS: Final = frozenset({"and", "or", "to", "until", "till", "through", "-", "–", "—"})
"""Words that join two dates into one range or list: "from May to July 2022"."""
_NOT_GIVING: Final = frozenset({"not", "n't", "never", "declined", "refused", "no"})
# Verbs of giving a figure after "last" or "had": a statement recalled, not the news.
_RECALLED: Final = frozenset(
    {"gave", "given", "put", "said", "estimated", "published", "updated", "reported", "told"}
)

# Prepositions that give a figure its date: "in June", "on 3 May", "by March".
_DATED_BY: Final = frozenset({"in", "on", "by"})

# Participles that say when a figure was stated: "a figure given in February".
_TAKEN_PARTICIPLES: Final = frozenset({"captured", "seized", "detained", "taken"})
_STATED_PARTICIPLES: Final = frozenset(
    {"given", "released", "published", "announced", "issued", "made", "stated", "provided"}
)
# Tellers "quoted in the press on Aug. 18" spoke that day.
_QUOTED: Final = frozenset({"quoted", "cited"})
_NEWS_MEDIA: Final = frozenset({"press", "media", "newspapers"})
# Determiners of a statement told as its teller's: "in an interview", "in its report".
_STATEMENT_OWNERS: Final = frozenset({"a", "an", "his", "her", "its", "their", "the"})
# Participles of putting a statement out on air or online: "an interview aired on 3 June".
_AIRED: Final = frozenset({"broadcast", "aired", "televised", "posted"})

_YEAR: Final = re.compile(r"(?:19|20)[0-9]{2}")
# What a body issues once a month: "in its last monthly summary".
_MONTHLY_REPORTS: Final = frozenset(
    {"summary", "update", "report", "assessment", "bulletin", "review", "estimate"}
)
# A day of a month as the date finder writes it: "16 May 2022", "May 16", "May 16, 2022".
_DAY_OF_MONTH: Final = re.compile(
    r"(?:(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)"
    r"|(?P<month2>[A-Z][a-z]+) (?P<day2>\d{1,2}),?)(?P<year> (?:19|20)\d{2})?"
)
# Units a span "over the following four days" may count, in days.
_SPAN_UNIT_DAYS: Final = {"days": 1, "day": 1, "weeks": 7, "week": 7}
# The halves and quarters a year is told in: "the second quarter of 2024".
_YEAR_PARTS: Final = {
    "half": ("first", "second"),
    "quarter": ("first", "second", "third", "fourth"),
}
# Participles pointing back to a source told earlier: "the study cited above".
_CITED: Final = frozenset({"cited", "mentioned", "quoted"})
# "in recent weeks": a time of late that no date names, no longer than a month or so.
_RECENT_SPANS: Final = frozenset({"days", "weeks"})
_MONTH_PART: Final = re.compile(r"(?:the end of|late|early|mid)[- ](?=[A-Z])")

# Words a loss told over a named month or year is told with: "lost 400,000 in 2024".
_IN_A_SPAN: Final = frozenset({"in", "during", "throughout"})
# Words before "in" that make the span a part of the month or year: "so far in 2025".
_NOT_WHOLE: Final = frozenset({"far", "earlier", "later", "late", "early", "mid", "by"})
_PAST_LOSSES: Final = frozenset({"lost", "suffered", "sustained"})
_LOSS_TO_SPAN: Final = 4  # words from a loss's noun to its span: "were killed in June"

_WHOLE_YEARS: Final = frozenset({"this year", "last year"})
_MONTH_PARTS: Final = frozenset({"early", "mid", "late"})


def whole_year_text(text: str) -> bool:
    """Whether a date's text names a whole year and nothing narrower: "2024", "this year"."""
    return text in _WHOLE_YEARS or _YEAR.fullmatch(text) is not None


def _month_word(text: str) -> str | None:
    """The month a date names and no day of: "December", "late December last year".

    A part of the month ("early", "mid", "late") before it and "this year" or "last year"
    after it say no more than the month; a day, a year or anything else makes it None.
    """
    words = text.lower().replace("-", " ").split()
    if words and words[0] in _MONTH_PARTS:
        words = words[1:]
    if not words or words[0] not in lx.MONTHS:
        return None
    if len(words) > 1 and " ".join(words[1:]) not in _WHOLE_YEARS:
        return None  # a day or a year of its own: "December 2022" is not this count's month
    return words[0]


# Verbs that only say, not count: the date beside them is when a figure was current.
# Words by which an aside about a person tells of a statement: "who spoke on Sunday".
_TELLING: Final = (
    lx.SPEECH
    | _lemmas.SPEAKING
    | {
        "gave",
        "gives",
        "interview",
        "briefing",
        "addressed",
    }
)

_SAYING: Final = frozenset(
    {"said", "says", "say", "told", "tells", "announced", "announces", "stated", "added"}
)
# Verbs of saying in the present without "-s": "officials say", "they estimate".
_PRESENT_SAYING: Final = frozenset({"say", "tell", "write", "estimate", "claim", "report", "put"})
# The words that close a span of time at a date: "the three months to the end of May".
_UP_TO: Final = frozenset({"to", "until", "through", "ending"})
# Words that part a figure from a later "up to" date of another clause: "; up to", "while".
_UP_TO_BREAKS: Final = frozenset({";", ":", "but", "while", "whereas", "when", "after", "before"})

_OFFSET_EVENTS: Final = frozenset(
    {"exchange", "swap", "handover", "release", "repatriation", "transfer", "return"}
)
_OBJECT_RELATIVES: Final = frozenset({"which", "when", "where", "that"})
_CLAUSE_BREAKS: Final = frozenset({"while", "but", "whereas"})

# Words that may open the subject of a clause before its figure: "a day after the first 390".
_SUBJECT_OPENERS: Final = frozenset({"the", "first", "last", "another", "some", "a", "further"})


def _repeats_paired(
    figures: list[FigureMention], paired: dict[int, str], days: list[str]
) -> dict[int, str]:
    """The days of the figures one "the same number" repeats once per listed figure.

    "75 and 90 came home on two days respectively, each time for the same number of
    Russians": the phrase stands for as many figures as the list, all at its own
    words, and the n-th of them takes the n-th day as the n-th listed figure does.
    The list may be a run of the figures paired, others dated in a clause after it
    ("..., and on Aug. 24, 115 soldiers were freed by each side").
    """
    spans: dict[tuple[int, int], list[int]] = {}
    for i, f in enumerate(figures):
        if i not in paired and f.noun is not None:
            spans.setdefault((f.first, f.last), []).append(i)
    out: dict[int, str] = {}
    order = sorted(paired)
    listed = [figures[i].text for i in order]
    for group in spans.values():
        amounts = [figures[i].text for i in group]
        if len(group) == len(days) and amounts == listed:
            out.update(zip(group, days, strict=True))
            continue
        # a run of the list right before the phrase, as long as the repeats
        size = len(group)
        before = [k for k, i in enumerate(order) if figures[i].last <= figures[group[0]].first]
        start = len(before) - size
        if size > 1 and start >= 0 and listed[start : len(before)] == amounts:
            run = order[start : len(before)]
            out.update(zip(group, (paired[i] for i in run), strict=True))
    return out


def _month_of_days_dropped(dates: list[DateMention]) -> list[DateMention]:
    """``dates`` without a bare month that only holds the days listed after it.

    "In July there were two swaps, on July 4 and July 24": the month sets the scene of
    the days, all in it; it is no third date to pair a figure with.
    """
    days = [d for d in dates if _HAS_DAY.search(d.text)]
    if len(days) < 2:
        return dates
    held = {
        d.text.lower()
        for d in dates
        if d.text.lower() in lx.MONTHS
        and all(d.last <= day.first and d.text in day.text.split() for day in days)
    }
    return [d for d in dates if d.text.lower() not in held]


def _each_respectively(norms: list[str], i: int) -> bool:
    """Whether a bare "each" at ``norms[i]`` is followed by "respectively".

    "the numbers were 75 and 90 each, respectively": "respectively" gives each
    figure its own exchange, so the "each" can only share it out over the sides.
    """
    return norms[i : i + 1] == ["each"] and "respectively" in norms[i + 1 : i + 3]


# "the second of those handovers": which of the dated handovers listed an ordinal picks.
# Nouns a number counts when it counts the sides, not people: "the two sides".
_SIDE_NOUNS: Final = lx.EACH_OF_SIDES - {"them"}
_ORDINAL_PLACES: Final = {w: n - 1 for w, n in lx.ORDINAL_VALUES.items() if n <= 6}


# A verb or the word after it that tells the person of "who" came back themselves:
# "who returned in May", "who came home on Sunday", "who was brought back to Kyiv".
_PEOPLES_WAY: Final = frozenset(
    {"returned", "return", "returns", "came", "arrived", "was", "were", "had", "has", "have"}
    | {"home", "back", "to", "from", "in", "on", "at", "after", "with", "safely", "alive"}
)
# Objects that are people though no noun of people names them: "who freed them in 2023".
_PERSONS_OBJECT: Final = frozenset(
    {"them", "him", "her", "us", "me", "you", "themselves", "himself", "herself", "people"}
)
# Words that round a span counted back: "exactly one month ago", "almost a year ago".
_ROUNDING: Final = frozenset({"exactly", "almost", "nearly", "just", "about", "some"})
_IN_THE_SAME: Final = lx.DATE_PREPOSITIONS | lx.SPAN_PREPOSITIONS | {"at"}
"""Words before "the same <statement>" that make it the occasion, not the speaker."""


class _FigureDates(_Speakers):
    """The rules that date the figures of a sentence."""

    def _same_clause(self, a: int, b: int) -> bool:
        return self.clauses.same(a - self.first, b - self.first)

    def event_date(self) -> str | None:
        """The date of an exchange the sentence tells of without a figure per direction.

        "The handover took place on Thursday", "the sides exchanged hundreds of
        prisoners on Wednesday": a noun or verb of handing over that the sentence
        says happened, with a date of a day, week or month in its clause ("those
        freed were captured in 2022" dates the capture; "they would exchange
        prisoners today" is a plan).
        """
        if not self.m.transfers:
            return self._event_relative_date()  # no word of handing over for a date to date
        usable = [
            d
            for d in self.m.dates
            if not d.since
            and not self._in_relative(d.first)
            and not self.agreement_date(d)
            and not self._ranking_year(d)
            # "Petrov, a lawmaker who was arrested in April, was among those handed over"
            and not self.persons_past_date(d)
        ]
        if not usable:
            return self._event_relative_date()
        # "said on Friday that the swap, carried out the previous evening, ...": the day of
        # the exchange before the day of the statement
        usable.sort(key=self._statement_date)
        for word in self.m.transfers:
            if not word.done or self._in_relative(word.first):
                # "officials, who had accused Kyiv of blocking exchanges, said theirs would
                # be flown home on Saturday": an exchange told in an aside dates nothing
                continue
            for date in usable:
                if self._same_clause(date.first, word.first) and not date.text.isdigit():
                    # "The swap, which took place late on Wednesday, ..., he told reporters
                    # on Thursday": the exchange's own day before the day it was told
                    relative = self._event_relative_date() if self._statement_date(date) else None
                    return relative or date.text
        # "The swap, which was carried out on Thursday, was the fourth this year"
        return self._event_relative_date()

    def _event_relative_date(self) -> str | None:
        """The date of a relative clause hung on the exchange's noun: "The swap, which was
        carried out late on Wednesday, was announced after midnight". Figures of people kept
        in a third country ("five officers would remain in Turkey") moved no one between the
        sides, so they leave the date to the exchange."""
        if any(not self._kept_abroad(f) for f in self.m.figures):
            return None
        for date in self.m.dates:
            if date.since or date.text.isdigit() or not self._in_relative(date.first):
                continue
            for i in range(date.first - 1, max(self.first, date.first - 10), -1):
                if self.norm_at[i] in ("which", "that") and self.norm_at[i - 1] == ",":
                    if self.norm_at[i - 2] in _EXCHANGE_NOUNS and not self._planned_between(
                        i, date.first
                    ):
                        return date.text
                    break
        return None

    def _kept_abroad(self, figure: FigureMention) -> bool:
        """Whether the figure's own words keep its people in a third country."""
        end = min((f.first for f in self.m.figures if f.first > figure.first), default=self.last)
        sides = [p.code for p in self.m.parties if p.role != MEDIATOR]
        return kept_in_third(self.norm, figure, self.m.parties, sides, end)

    def _planned_between(self, start: int, end: int) -> bool:
        """Whether a modal or an intention stands between a noun of handing over and its figure.

        "the exchange was expected to involve 1,000 people", "a swap that could
        free 300": the figure belongs to a plan, not to the exchange that happened.
        """
        return any(
            self.norm_at[i] in _HYPOTHETICAL
            and self.tokens[i].text != "May"  # the month
            and not self._as_planned(i)
            for i in range(start, end)
        )

    def _as_planned(self, i: int) -> bool:
        """Whether the plan word at ``i`` only says a done event kept to the plan: "went
        ahead as agreed", "took place as scheduled". A modal elsewhere still makes a plan
        ("will go ahead as agreed")."""
        return i > self.first and self.norm_at[i - 1] == "as" and self.norm_at[i] in _KEPT_TO_PLAN

    @property
    def _transfer_starts(self) -> set[int]:
        return {t.first for t in self.m.transfers}

    def _copula_swap(self, figure: FigureMention) -> bool:
        """Whether an exchange's size is given by "was": "the first was 50 for 50", "the
        previous record was 246 each way". The same number went each way; so it did
        when a stage "involved 390 on each side" (a past verb, not a plan's "would involve")."""
        involved = self.norm_at[figure.first - 1] == "involved"
        if self._pair(figure) and self._day_brought(figure.first - 1):
            return True  # "September 14 brought 103 for 103", "Friday saw 84 for 84"
        if self._day_saw_swapped_pair(figure) or self._day_brought_per_side(figure):
            return True
        if self._pair_closing_dated_clause(figure):
            return True  # "Then came 8 February: 100 for 100", "opened in May with 75 for 75"
        verb = figure.first - 1
        while verb > self.first and self.norm_at[verb] in _REPEATED:
            verb -= 1  # "it was again 75 for 75", "was once more 50 for 50": the same copula
        if self._copula_article_before(figure.first):
            verb = figure.first - 3  # "was a straight 100 for 100"
        if self._there_was_pair(figure) or self._there_was_one_of(figure):
            return True
        if self._pair_this_time(figure):
            return True
        if self._swap_with_per_side(figure):
            return True
        if (
            self.norm_at[verb] not in ("was", "were")
            and not involved
            and not self._size_given(verb)
        ):
            return False
        if self._pair(figure) and not involved:
            return True
        # "the previous record was 246 each way", "the figure was 175 on each side"; not
        # "the losses that day were 40 on each side", a count of the dead or wounded
        ends = (figure.last, figure.np_end) if involved else (figure.last,)
        return (
            any(lx.sides_phrase(self.tokens, end, self.last) for end in ends)
            and all(
                self.norm_at[i] not in lx.LOSS_HEADS
                for i in range(self._clause_before(figure.first), figure.first)
            )
            and not (involved and self._planned_before(figure.first))
        )

    def _pair_this_time(self, figure: FigureMention) -> bool:
        """Whether a bare "N for N" set off by ", this time" sizes the swap its clause told.

        "Another exchange followed in March, this time 100 for 100": the apposition gives
        the size of the exchange named before it, as "the exchange was 100 for 100" does;
        a plan ("another exchange is planned, this time 100 for 100") stays out.
        """
        comma = figure.first - 3
        if (
            not self._pair(figure)
            or (self.norm_at[comma + 1], self.norm_at[comma + 2]) != ("this", "time")
            or self.norm_at[comma] != ","
        ):
            return False
        start = self._clause_before(comma)
        return any(
            self.norm_at[i] in _EXCHANGE_NOUNS for i in range(start, comma)
        ) and not self._planned_before(comma)

    def _pair_closing_dated_clause(self, figure: FigureMention) -> bool:
        """Whether a bare "N for N" closes a clause that tells only of the day it sizes.

        "Then came 8 February: 100 for 100", "The spring opened in April with 60 for 60":
        equal numbers joined by "for" are people going each way, and set off by a colon
        or hung on "with" after a clause giving a day and no figure, the pair is that
        day's swap. A plan or a hope, and a pair going on with words of its own ("with
        500 for 500 on the table"), are not.
        """
        partner = self._partner(figure)
        if partner is None or figure.noun is not None or partner.noun is not None:
            return False
        mark = figure.first - 1
        if self.norm_at[mark] not in (":", "with"):
            return False
        if partner.last < self.last and self.norm_at[partner.last] not in (",", ";", "."):
            return False
        start = self._clause_before(mark)
        dates = [d for d in self.m.dates if start <= d.first and d.last <= mark and not d.since]
        told = {i for d in dates for i in range(d.first, d.last)}
        return (
            bool(dates)
            # a clause of words beside its day: a bare "March 19: 175 for 175" or "5 May
            # (Friday): ..." is a dated line, which the rules of listed lines read or leave
            and any(
                i not in told and self.norm_at[i].isalpha() and self.norm_at[i] not in lx.WEEKDAYS
                for i in range(start, mark)
            )
            and not any(start <= f.first < mark for f in self.m.figures)
            and not self._planned_before(mark)
            and self.norm_set.isdisjoint(_HOPING)
        )

    def _swap_with_per_side(self, figure: FigureMention) -> bool:
        """Whether a bare N "with N on each side" sizes the swap its clause tells of.

        "The exchanges resumed in May with 75 on each side", "a swap on 3 June, with 40
        each way": "with" hangs the size per side on the swap named before it, as
        "the swap was 75 on each side" does. A plan ("would resume with ...") and a
        count of losses ("with 40 dead on each side") stay out.
        """
        with_ = figure.first - 1
        if not self._bare_after_with(figure):
            return False
        start = self._clause_before(with_)
        return (
            lx.sides_phrase(self.tokens, figure.last, self.last)
            and any(
                self.norm_at[i] in _EXCHANGE_NOUNS
                or self.norm_at[i] in _SWAP_VERBS
                or self._handover_stage(i)
                for i in range(start, with_)
            )
            and all(self.norm_at[i] not in lx.LOSS_HEADS for i in range(start, with_))
        )

    def _handover_stage(self, at: int) -> bool:
        """Whether the word at ``at`` is a stage of a handover: "the third stage", "the last round".

        A stage, round or phase that an "of" ties to something else ("a round of talks",
        "the first phase of the offensive") is no handover.
        """
        return self.norm_at[at] in _HANDOVER_STAGES and self.norm_at[at + 1] != "of"

    def _bare_after_with(self, figure: FigureMention) -> bool:
        """Whether ``figure`` names no people and follows a "with" that plans nothing."""
        with_ = figure.first - 1
        return (
            figure.noun is None
            and self.norm_at[with_] == "with"
            and not self._planned_before(with_)
        )

    def _dated_item_after_colon(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` is an item with a day of its own listed after the plural's colon.

        "The handovers took place in stages: 1,212 bodies on 11 June, 1,200 on 13 June":
        each item is one of the handovers, on its day, not a pattern of them.
        """
        if not any(self.norm_at[i] == ":" for i in range(predicate.last, figure.first)):
            return False
        end = max(figure.last, figure.np_end)
        end += self.norm_at[end] == "more"  # "1,200 more on 14 June"
        if self.norm_at[end] == "on" and any(d.first == end + 1 for d in self.m.dates):
            return True
        # "Two handovers followed: on 13 June, of 1,200 bodies, and on 16 June, of 900": the
        # day first, the item's size then hung on the plural noun by "of"
        of = figure.first - 1 - (self.norm_at[figure.first - 1] == "another")
        return (
            self.norm_at[of] == "of"
            and self.norm_at[of - 1] == ","
            and any(d.last == of - 1 and self.norm_at[d.first - 1] == "on" for d in self.m.dates)
        )

    def _day_saw_swapped_pair(self, figure: FigureMention) -> bool:
        """Whether a bare N is the first of "<day> saw N swapped for N": that day's swap size.

        "September 14 saw 103 swapped for 103" says what "saw 103 prisoners swapped for
        103" does: the day moves no one, the participle and its equal partner size a swap.
        """
        swapped = figure.last
        if figure.noun is not None or self.norm_at[swapped] not in _SWAP_VERBS:
            return False
        partner = next((f for f in self.m.figures if f.first == swapped + 2), None)
        return (
            self.norm_at[swapped + 1] == "for"
            and partner is not None
            and partner.noun is None
            and partner.amount == figure.amount
            and self._day_brought(figure.first - 1)
        )

    def _day_brought_per_side(self, figure: FigureMention) -> bool:
        """Whether a bare N after "<day> brought (saw, added)" is shared out by a phrase of sides.

        "October 18 added 95 on each side", "Friday saw 84 in each direction": the day
        moves no one, so the number is the size of that day's swap, as "84 for 84" is.
        """
        return (
            figure.noun is None
            and self._day_brought(figure.first - 1)
            and lx.sides_phrase(self.tokens, figure.last, self.last)
        )

    def _there_was_pair(self, figure: FigureMention) -> bool:
        """Whether "N for N" is what a past "there was (were) a" tells of: a swap of that size.

        "On the 14th there was an 84-for-84": the pair names a swap that took place, as
        "the first was 84 for 84" does; "there will be a 500-for-500" is a plan.
        """
        article = figure.first - 1
        partner = self._partner(figure)
        if partner is None:
            return False
        after = self._after_pair(partner)
        # "there was a 1,000-for-1,000 deal on the table": a noun of its own, not a swap
        named = self.norm_at[after] in _EXCHANGE_NOUNS or not self.norm_at[after].isalpha()
        return (
            self.norm_at[article] in ("a", "an", "another")
            and self.norm_at[article - 1] in ("was", "were")
            and self.norm_at[article - 2] == "there"
            and (named or self.norm_at[after] in ("on", "in", "at"))
        )

    def _there_was_one_of(self, figure: FigureMention) -> bool:
        """Whether "there was one of N each way" tells of a past swap of that size.

        "Last month's exchange was 103 for 103, and in August there was one of 115 each
        way": "one" stands for an exchange, and the pair or the phrase of sides after the
        number shares it out per side; "there was one of the 115 ..." picks a person out.
        """
        first = figure.first
        return (
            self.norm_at[first - 1] == "of"
            and self.norm_at[first - 2] == "one"
            and self.norm_at[first - 3] in ("was", "were")
            and self.norm_at[first - 4] == "there"
            and (
                self._pair(figure)
                or any(
                    lx.sides_phrase(self.tokens, end, self.last)
                    for end in (figure.last, figure.np_end)
                )
            )
        )

    def _size_given(self, at: int) -> bool:
        """Whether a source gives a swap's size at ``at``: "gave the figure as", "put it at".

        "The ministry also gave the figure as 103 for each side": as "the figure was"
        does, the phrase of sides after the number shares it out per side.
        """
        return (
            self.norm_at[at] in ("as", "at")
            and self.norm_at[at - 1] in ("figure", "number")
            and self.norm_at[at - 2] == "the"
            and self.norm_at[at - 3] in lx.GIVING | {"put", "puts", "putting"}
        )

    def _day_brought(self, verb: int) -> bool:
        """Whether ``verb`` is a past "brought"/"saw" whose subject is a day.

        A day moves no one itself: "October 18 saw 95 for 95" sizes that day's swap
        as "was" does; a plan ("will bring") is another verb form.
        """
        return self.norm_at[verb] in _DAY_VERBS and any(
            d.last == verb and not d.since for d in self.m.dates
        )

    def _ordered_list_end(self, figure: FigureMention) -> FigureMention:
        """The last of the bare numbers told in order after ``figure``, or ``figure`` itself.

        "150 and then 175 went each way": the verb after the last number of a list
        told one after the other ("then", "later") is every number's, each its own swap;
        so is the verb after a list that "respectively" closes ("115 and 103
        respectively came home"), which shares the numbers out one to a date.
        """
        figures = self.m.figures
        at = next((k for k, f in enumerate(figures) if f.first == figure.first), None)
        if at is None or figure.noun is not None:
            return figure
        last, ordered = at, False
        while last + 1 < len(figures) and figures[last + 1].noun is None:
            between = range(figures[last].last, figures[last + 1].first)
            if not {self.norm_at[j] for j in between} <= {",", "and"}:
                break
            ordered = ordered or any(
                self.tokens[j].text.lower() in lx.SEQUENCE_WORDS for j in between
            )
            last += 1
        if last > at and self._past_respectively(figures[last].last) > figures[last].last:
            ordered = True
        if last > at and "respectively" in self.norm_set:
            # "90 and 115 freed by each side respectively": the verb shared out the same way
            word = self.norms.index("respectively") + self.first
            ordered = ordered or self._freed_per_side_to(figures[last].last, word)
        return figures[last] if ordered else figure

    def _past_respectively(self, end: int) -> int:
        """``end`` moved past a "respectively" there, commas around it included."""
        at = end + (self.norm_at[end] == ",")
        if self.norm_at[at] != "respectively":
            return end
        return at + 1 + (self.norm_at[at + 1] == ",")

    def _verb_after_list(self, end: int) -> int:
        """Where the verb after a bare list ending at ``end`` stands, past "respectively"/"more".

        "115 and 103 respectively came home", "307 more went each way".
        """
        end = self._past_respectively(end)
        return end + (self.norm_at[end] == "more")

    def _joined_list(self, figures: list[FigureMention], at: int) -> tuple[int, int]:
        """The first and last positions of the figures joined to ``figures[at]`` by "," or "and".

        "19 and 31", "61, 77 and 90": the list a "respectively" shares out.
        """
        last = at
        while last + 1 < len(figures) and {
            self.norm_at[j] for j in range(figures[last].last, figures[last + 1].first)
        } <= {",", "and"}:
            last += 1
        first = at
        while first > 0 and {
            self.norm_at[j] for j in range(figures[first - 1].last, figures[first].first)
        } <= {",", "and"}:
            first -= 1
        return first, last

    def _list_of(self, figure: FigureMention) -> tuple[int, int] | None:
        """The bounds of the list joined to ``figure`` (see :meth:`_joined_list`), if it is here."""
        figures = self.m.figures
        at = next((k for k, f in enumerate(figures) if f.first == figure.first), None)
        return None if at is None else self._joined_list(figures, at)

    def _bare_list_before_respectively(
        self, figures: list[FigureMention], index: int, at: int
    ) -> bool:
        """Whether the bare figure is in a list that "respectively" closes at ``at``.

        "Kyiv received 1,000 bodies each time; Russia, in return, received 19 and 31
        respectively": the bare figures joined by "and" right before the word are the
        list it shares out over the dates, as if they named their people. A figure whose
        noun is only carried over from an earlier clause ("and Russia 12, 15 and 40
        respectively": no noun written) is as bare as the rest of its list.
        """
        first, last = self._joined_list(figures, index)
        if last == first or any(
            figures[k].noun is not None and figures[k].np_end > figures[k].last
            for k in range(first, last + 1)
        ):
            return False
        end = figures[last].last
        return (
            end == at
            or (end + 1 == at and self.norm_at[end] == ",")
            or self._freed_per_side_to(end, at)
        )

    def _freed_per_side_to(self, end: int, at: int) -> bool:
        """Whether a verb of freeing and a per-side phrase alone stand from ``end`` to ``at``.

        "with 90 and 115 freed by each side respectively", "when 90 and 115 were released
        on each side, respectively": the list is the people the verb frees, each side's,
        and the "respectively" right after the phrase shares it out over the dates.
        """
        verb = end
        while self.norm_at[verb] in _PERFECT | {"were", "was", "been"} and verb < end + 3:
            verb += 1
        if not freed_per_side(self.norm, self.tokens, verb, self.last):
            return False
        side = verb + 1 + (self.norm_at[verb + 1] == "by")
        found = lx.PER_SIDE.match(self.tokens, side, self.last) or lx.PER_SIDE_MORE.match(
            self.tokens, side, self.last
        )
        stop = side + 2 if found is None else found[0]
        return stop == at or (stop + 1 == at and self.norm_at[stop] == ",")

    def _respective_sizes(self, figure: FigureMention) -> bool:
        """Whether the figure is one of a verbless list of swap sizes given per side.

        "On 3 June and 9 July — 61 and 77 each way, respectively — ...": figures
        listed with a per-side phrase and "respectively" size dated swaps by
        themselves, with no verb of moving.
        """
        if "respectively" not in self.norm_set:
            return False
        figures = self.m.figures
        bounds = self._list_of(figure)
        if bounds is None or bounds[0] == bounds[1]:
            return False
        first, last = bounds
        end = figures[last].np_end
        before = self.norm_at[end] == "respectively"  # "25 and 150 respectively in each direction"
        at = end + before
        side = lx.PER_SIDE_MORE.match(self.tokens, at, self.last)
        if side is None and self.norm_at[at] == "per" and self.norm_at[at + 1] == "side":
            side = (at + 2, True)
        if side is None and _each_respectively(self.norms, at - self.first):
            return True  # "75 and 90 each, respectively": each date's swap, each side
        if side is None:
            return False
        if before or self.norm_at[side[0] + (self.norm_at[side[0]] == ",")] == "respectively":
            return True
        return self._gapped_size_list(figures[first : last + 1], side[0])

    def _gapped_size_list(self, listed: list[FigureMention], end: int) -> bool:
        """Whether a verbless list of per-side sizes ending its clause takes an earlier swap verb.

        "The sides swapped 60 apiece in May, and in July, August and September
        115, 103 and 95 each way": the verb is left out of the second clause, and
        the list of different figures sizes as many swaps, one per date.
        """
        if len({f.amount for f in listed}) != len(listed):
            return False
        if end < self.last and self.norm_at[end] not in (".", ";"):
            return False
        return any(
            t.done and t.move is Move.SWAP and t.last <= listed[0].first for t in self.m.transfers
        )

    def _between_dates(self, opening: int, stop: int) -> bool:
        """Whether "between <date> and <date>" in ``opening``..``stop`` spans two dates.

        "were returned between 1 June and 31 August", "between June and July": a figure
        told over two dates sums what came back in between, not one handover.
        """
        return any(
            opening <= before.first and after.first < stop for before, after in self._date_spans()
        )

    def _between_span(self, text: str, *, closing: bool = False) -> str | None:
        """The span "X to Y" when ``text`` opens "between X and Y", for the period parser.

        With ``closing``, also when ``text`` closes a span the sentence opens on
        ("Between July and September, ... 63 came back" is dated by the nearer
        September, yet sums the whole span) and both ends are months, unless the month
        is named again later (that mention dates the figure); a closing "the end of
        August" is read elsewhere as the day the total stood.
        """
        return next(
            (
                f"{before.text} to {after.text}"
                for before, after in self._date_spans()
                if before.text == text
                or (
                    closing
                    and after.text == text
                    and before.first - 1 == self.first
                    # whole months: a run of days ("between 2 and 12 March") is read
                    # as stages standing on their last day
                    and before.text[:1].isalpha()
                    and text[:1].isalpha()
                    and not text.lower().startswith("the end of")
                    # "Between July and September, talks stalled, but in September ...
                    # 3,000": a second mention of the month dates the figure on its own
                    and not any(d.text == text and d.first != after.first for d in self.m.dates)
                )
            ),
            None,
        )

    def _when_of(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether "since <date>, when ..." tells the figure's own exchange at that date.

        "No exchange has taken place since May, when 50 soldiers came home": the 50
        came home in May; nothing is summed. A "since" opening the sentence puts the
        "when" clause in commas before the main one ("Since June, when the talks were held,
        Kyiv has received 9,000"): a figure past that closing comma is the span's sum.
        A comma and a joiner close the "when" clause anywhere ("stalled since May, when
        talks broke down, and Kyiv got 90 back"): the figure's clause is another one.
        """
        return (
            date.last < figure.first
            and self.norm_at[date.last] == ","
            and self.norm_at[date.last + 1] == "when"
            and not any(self.norm_at[i] == ";" for i in range(date.last, figure.first))
            and not any(
                self.norm_at[i] == "," and self.norm_at[i + 1] in _SINCE_JOINERS
                for i in range(date.last + 2, figure.first)
            )
            and not (
                date.first - 1 == self.first
                and self.norm_at[self.first] == "since"
                and any(self.norm_at[i] == "," for i in range(date.last + 2, figure.first))
            )
        )

    def _ranked(self, since: int) -> bool:
        """Whether "since" at ``since`` ranks one exchange: "the first swap since June".

        The rank stands in the same clause: "call Saturday's the 62nd, and say that since
        the invasion 4,552 have returned" ranks the swap in one clause and counts since
        the invasion in the next.
        """
        for i in range(since - 1, max(self.first, since - 6) - 1, -1):
            if self.norm_at[i] in (",", ";", ":", "that") or self.norm_at[i] in lx.SPEECH:
                return False
            if self.norm_at[i + 1] in lx.COUNTRY_NOUNS:
                continue  # "via third countries since 2022": an outside country, no rank
            if (self.norm_at[i] in _RANKS and not self._focusing_only(i)) or self._ordinal_at(i):
                return True
            if self.norm_at[i] in _ORDINAL_WORDS:
                return True  # "the fifth since the summer"
        return False

    def _focusing_only(self, i: int) -> bool:
        """Whether "only" at ``i`` stresses the number right after it, ranking nothing.

        "says only 387 children have been returned since 2022" sizes a total; "the only
        swap since June" ranks one exchange.
        """
        return self.norm_at[i] == "only" and i + 1 < self.last and self.tokens[i + 1].kind == NUM

    def _ordinal_at(self, i: int) -> bool:
        """Whether tokens ``i`` and ``i + 1`` write an ordinal ("the 64th exchange since")."""
        return (
            self.norm_at[i].isdigit()
            and i + 1 < self.last
            and self.tokens[i + 1].norm in ("st", "nd", "rd", "th")
            and self.tokens[i + 1].gap == 0
        )

    def _clause_before(self, end: int) -> int:
        """Where the clause ending at ``end`` starts: after the last colon or semicolon."""
        return max(
            [self.first, *(i + 1 for i in range(self.first, end) if self.norm_at[i] in (":", ";"))]
        )

    @kept_answers
    def bound_date(self, date: DateMention) -> bool:
        """Whether ``date`` follows "before" or "ahead of", so only bounds an exchange.

        "freed 120 each before May 9", "ahead of the 14 October holiday": the swap came
        some time earlier than that day, which is therefore not its day. A date naming
        an exchange ("before the June 29 swap, in which 144 were freed") is that swap's,
        and a span counted back ("two days before Christmas") names a day of its own.
        """
        if self.norm_at[date.last] in _EXCHANGE_NOUNS:
            return False
        at = date.first - 1
        at -= self.norm_at[at] == "the"
        if (self.norm_at[at] == "before" and self.norm_at[at - 1] not in _COUNTED_BACK) or (
            (self.norm_at[at - 1], self.norm_at[at]) == ("ahead", "of")
            and self.norm_at[at - 2] not in _COUNTED_BACK
        ):
            return True
        # "days before 3 May" may reach back into April: no month holds it either (the
        # reach, a search of the date's text, asked only when the words before say nothing)
        reach = self.uncounted_reach(date)
        return reach < 0 and self._month_within_reach(date, reach) is None

    @kept_answers
    def uncounted_reach(self, date: DateMention) -> int:
        """The most days a span with no count of days runs from ``date``, signed; 0 if none.

        "hours before 20 October", "days after 9 May", "shortly after 3 June", "two hours
        before": the day the span lands on is not told, only how far it may reach (back
        when negative). "Three days after 9 May" counts its days and is no such span, and
        a date naming no day of a month ("hours before Easter") is left as it reads.
        """
        if _month_named(date.text) is None or not _HAS_DAY.search(date.text):
            return 0
        at = date.first - 1
        at -= self.norm_at[at] == "the"
        if (self.norm_at[at - 1], self.norm_at[at]) == ("ahead", "of"):
            at -= 1
            back = True
        elif self.norm_at[at] in ("before", "after"):
            back = self.norm_at[at] == "before"
        else:
            # "hours after they were captured on 20 April": from the capture's day
            spanning = self._span_over_capture(date)
            if spanning is None:
                return 0
            at, back = spanning, self.norm_at[spanning] == "before"
        reach = _UNCOUNTED_REACH.get(self.norm_at[at - 1])
        count = _offset_count(self.norm_at[at - 2])
        if reach is None or (count is not None and self.norm_at[at - 1] not in _SHORT_UNITS):
            return 0
        if count is not None:
            reach = max(1, -(-count // 24)) if self.norm_at[at - 1] == "hours" else 1
        return -reach if back else reach

    def _month_within_reach(self, date: DateMention, reach: int) -> str | None:
        """``date``'s text as its month, when every day ``reach`` days from it is in that month.

        "hours before 20 October" is October whichever day it was; "days before 3 May"
        may be April, so no month is certain. None when the text names no day of a month.
        """
        month = _month_named(date.text)
        day = _HAS_DAY.search(date.text)
        if month is None or day is None:
            return None
        shortest = 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31
        if not 1 <= int(day.group()) + reach <= shortest:
            return None
        return _DAY_NUMBER.sub("", date.text, count=1).strip()

    def beyond_reach(self, date: DateMention) -> bool:
        """Whether ``date`` starts an uncounted span on from it that no month of it holds.

        "days after 28 April" may be May: the exchange has neither a day nor a month.
        """
        reach = self.uncounted_reach(date)
        return reach > 0 and self._month_within_reach(date, reach) is None

    def _expected_after(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` closes a later clause that only expects or plans what it tells.

        "84 are home, he said, and 'the rest should follow over the weekend'": the
        day of the stages to come is not the day of the figure told done before it.
        """
        if date.first < figure.last or self.norm_set.isdisjoint(_HYPOTHETICAL_OR_HOPING):
            return False
        bounds = {",", ";", ":", *_QUOTES}
        for i in range(figure.last, min(date.first, figure.last + _PLAN_REACH)):
            if self.norm_at[i] in _HYPOTHETICAL_OR_HOPING and self.tokens[i].text != "May":
                return self._same_clause(i, date.first) and (
                    not self._same_clause(i, figure.first)
                    or any(self.norm_at[k] in bounds for k in range(figure.last, i))
                )
        return False

    def _planned_before(self, end: int) -> bool:
        """Whether the clause ending at ``end`` only plans, proposes or expects what it tells.

        "Kyiv proposed a new swap: 300 for 300", "The sides may hold another swap
        soon, 300 for 300": the pair after it sizes a plan, not an exchange done. A
        word inside a date is not a modal verb: "until 31 May" names the month.
        """
        start = self._joined_clause_start(self._clause_before(end), end)
        words = {
            self.norm_at[i]
            for i in range(start, end)
            if not any(d.first <= i < d.last for d in self.m.dates) and not self._as_planned(i)
        }
        return not words.isdisjoint(_MODAL_WORDS | _UNDONE | _PROPOSING | _WANTING) or any(
            self.norm_at[i] in _SET_FOR_LATER
            and self.norm_at[i - 1] in lx.BE_FORMS
            and not set_done([self.norm_at[i + 1], self.norm_at[i + 2]])
            for i in range(start + 1, end)
        )

    def _joined_clause_start(self, start: int, end: int) -> int:
        """Where the clause that opens what ends at ``end`` begins, past a held-object clause.

        "Kyiv had conscripts to offer, and the pace picked up: 115 for 115 ...": the
        offer only says what Kyiv held, so the list is read from the clause after the
        last ", and". Any other plan word before it ("Kyiv would offer its captives,
        and ...") governs the whole sentence, and a ", and" right after a figure joins
        items of a list ("300 for 300, and then 200 for 200"), not clauses.
        """
        for i in range(end - 2, start, -1):
            if self.norm_at[i] == "," and self.norm_at[i + 1] == "and":
                after_figure = any(f.first < i <= f.last for f in self.m.figures)
                return i + 2 if not after_figure and self._held_to_offer(start, i) else start
        return start

    def _held_to_offer(self, start: int, end: int) -> bool:
        """Whether every plan word between ``start`` and ``end`` qualifies a held object.

        "had captives to offer", "held more soldiers it could offer": the plan word
        stands after "have" and its object, as an infinitive or a modal clause on the
        noun. "had proposed", "had to offer" and a plan word before "have" stay plans.
        """
        plan_words = _MODAL_WORDS | _UNDONE | _PROPOSING
        held = next((k for k in range(start, end) if self.norm_at[k] in _HOLDING), None)
        if held is None or self.norm_at[held + 1] == "to":
            return False
        return all(
            k > held + 1 and (self.norm_at[k - 1] in _MODAL_WORDS | {"to"} or norm in _MODAL_WORDS)
            for k in range(start, end)
            if (norm := self.norm_at[k]) in plan_words
        )

    def _phrase_before(self, mark: int) -> range:
        """The positions of the phrase (at most nine words) that ends at the comma ``mark``.

        It stops at an earlier mark of punctuation, so "a smaller swap, 100 for 100"
        and "the largest exchange of the war, 1,000 for 1,000" name their noun while
        a noun in a clause before another comma does not.
        """
        start = max(self.first, mark - 9)
        for i in range(mark - 1, start - 1, -1):
            if self.tokens[i].kind != WORD and not self.norm_at[i].isdigit():
                return range(i + 1, mark)
        return range(start, mark)

    def _swap_before_colon(self, colon: int) -> bool:
        """Whether the clause ending at the colon ``colon`` tells of a swap that happened.

        "The biggest swap of the year came on Sunday: 300 for 300": what follows the
        colon sizes the swap (or swapping verb) the clause before it names.
        """
        start = self._clause_before(colon)
        if self._planned_before(colon) and not self._ranked_then_agreed(start, colon):
            return False  # "Kyiv proposed a new swap: 300 for 300" is not one done
        return any(
            start <= t.first
            and t.last <= colon
            and t.done
            and (self.norm_at[t.first] in _EXCHANGE_NOUNS or self.norm_at[t.first] in _SWAP_VERBS)
            for t in self.m.transfers
        )

    def _ranked_then_agreed(self, start: int, colon: int) -> bool:
        """Whether the only plan before ``colon`` is agreeing a swap ranked by size.

        "the largest exchange of the war, agreed in Istanbul a week earlier: 1,000 for
        1,000": a swap ranked among those done, with where it was agreed set off after
        it; "Kyiv proposed the largest swap yet, ...:" stays a plan.
        """
        ranked = next(
            (
                i
                for i in range(start + 1, colon)
                if self.norm_at[i] in _EXCHANGE_NOUNS
                and self.norm_at[i - 1] in ("largest", "biggest")
            ),
            None,
        )
        if ranked is None or self._planned_before(ranked):
            return False
        comma = next((i for i in range(ranked, colon) if self.norm_at[i] == ","), None)
        if comma is None or self.norm_at[comma + 1] not in ("agreed", "brokered", "negotiated"):
            return False
        return all(
            self.norm_at[i] not in _MODAL_WORDS | _PROPOSING | _HOPING for i in range(comma, colon)
        )

    def _sent_to_side(self, figure: FigureMention) -> bool:
        """Whether a verb of sending and the side it sent to stand just before ``figure``.

        "gave Russia 31", "handed Kyiv 90 of its own": the side is the indirect
        object, so the figure is the verb's object as in "returned 31".
        """
        return any(
            t.move is Move.SEND and t.done and self._dative(t, figure) is not None
            for t in self.m.transfers
            if t.last < figure.first
        )

    def _dative(self, predicate: TransferWord, figure: FigureMention) -> str | None:
        """The side named between a verb of sending and the people it sent.

        "gave Russia the same number of its own", "handing Kyiv 40 soldiers": the
        indirect object is who got them, whoever (or whatever) the subject is.
        """
        named = next(
            (
                p
                for p in self.m.parties
                if p.first == predicate.last and p.last == figure.first and p.noun
            ),
            None,
        )
        return named.code if named is not None else None

    def _receiver_at(self, at: int) -> PartyMention | None:
        """The side named as a noun right after "to" at ``at``: "to Russia", "to Kyiv"."""
        if self.norm_at[at] != "to":
            return None
        return next((p for p in self.m.parties if p.first == at + 1 and p.noun), None)

    def second_of(self, figure: FigureMention) -> bool:
        """Whether ``figure`` follows "and of", the first "of" after a plural of handing over.

        "after handovers of 1,000 bodies in September and of 909 in October": the second
        figure shares the first one's noun of handing over, its kind and its way.
        """
        if (self.norm_at[figure.first - 1], self.norm_at[figure.first - 2]) != ("of", "and"):
            return False
        earlier = [f for f in self.m.figures if f.last <= figure.first - 2]
        return bool(earlier) and (
            self.norm_at[earlier[-1].first - 1] == "of"
            and self.norm_at[earlier[-1].first - 2] in _EXCHANGE_PLURALS
        )

    def _deal_told_done(self, at: int) -> bool:
        """Whether the deal at ``at`` is told done: 'the "N for N" deal, completed in May'.

        A deal is a plan unless a verb or participle of doing follows it at once.
        """
        if self.norm_at[at] != "deal" or self.norm_at[at - 1] not in _QUOTES | {"the"}:
            return False
        after = self.norm_at[at + 1]
        return (
            (after == "," or after in ("was", "were"))
            and self.norm_at[at + 2] in _DONE_ON
            and self.norm_at[at + 3] not in ("up", "back")  # "held up": stalled, not done
        )

    def _bare_pair_told_done(self, at: int) -> bool:
        """Whether a quoted pair with no noun ends at ``at`` told done: 'the "N for N", completed'.

        The name of a deal set off by a comma before a participle of doing is the swap itself.
        """
        return (
            self.norm_at[at] == ","
            and self.norm_at[at - 1] in _QUOTES
            and self.norm_at[at + 1] in _DONE_ON
            and self.norm_at[at + 2] not in ("up", "back")
        )

    def _pair_shape_of_swap(self, at: int) -> bool:
        """Whether the noun at ``at`` after "N for N" gives the shape of a swap told done.

        "Russia and Ukraine exchanged prisoners of war in the 146 for 146 format": the
        pair sizes the swap the past verb tells; "a 1,000 for 1,000 basis" in a sentence
        with no past verb of swapping stays unread.
        """
        return self.norm_at[at] in lx.PAIR_SHAPES and not self.norm_set.isdisjoint(_SWAP_VERBS)

    def _colon_way(self, figure: FigureMention) -> str | None:
        """The side a bare figure goes to in a verbless list after a colon, if it is one.

        ": 1,000 to Ukraine, 24 to Russia": the list's first number follows the colon, the
        next follows "," or "and", each goes "to" a side, and the two sides differ: the
        handover told before the colon, way by way.
        """
        if ":" not in self.norm_set or "to" not in self.norm_set:
            return None
        ways = [
            (f, p)
            for f in self.m.figures
            if self.norm_at[f.np_end] == "to"
            for p in self.m.parties
            if p.noun and p.first == f.np_end + 1 + (self.norm_at[f.np_end + 1] == "the")
        ]
        for (one, side), (two, other) in itertools.pairwise(ways):
            if (
                self.norm_at[one.first - 1] == ":"
                and self._done_before_colon(one.first - 1)
                and self.norm_at[two.first - 1] in (",", "and")
                and two.first - side.last in (1, 1 + (self.norm_at[side.last + 1] == "and"))
                and side.code != other.code
                and figure.first in (one.first, two.first)
            ):
                # the figure as found: a noun shared from the list's first is not its own
                return side.code if figure.first == one.first else other.code
        return None

    def _done_before_colon(self, colon: int) -> bool:
        """Whether the words before ``colon`` tell a handover done, with no plan among them.

        "Last month's handover was the same: ..." opens a list of its ways; "Kyiv proposed a
        new handover: ..." or "the next will follow the pattern: ..." opens a plan's.
        """
        if any(self.norm_at[i] in _NOT_YET_BEFORE_COLON for i in range(self.first, colon)):
            return False
        return any(t.last <= colon and t.done for t in self.m.transfers)

    def _share_listed_after_share(self, figure: FigureMention) -> bool:
        """Whether the figure is a dated "N each" listed after a dated share read as a swap's.

        "two swaps: 40 each on the 3rd, when the wounded came home, and then 55 each on
        the 9th": joined by "and" (or "and then") or a comma, the later share sizes the
        next swap of the same list however far the exchange noun stands before it.
        """
        shares = self.m.dated_shares  # found once per sentence by the mention finder
        if shares.get(figure.last) is None:
            return False
        return any(
            f.last < figure.first and f.last in shares and f.noun is None and self._bare(f)
            for f in self.m.figures
        )

    def _another_of_those_moved(self, figure: FigureMention, lead: int) -> bool:
        """Whether "another N" or "a further N" after a done verb of moving adds to a handover.

        "The lorries came again, bringing another 1,003": "another" points back to people
        a sentence just before counted as moved, so the bare figure counts more of them,
        whatever the verb's subject. With no handover told just before, "brought another
        1,000" may be of anything and is not read.
        """
        if lead == figure.first or not any(
            t.last == lead and t.done and t.move in (Move.SEND, Move.RECEIVE)
            for t in self.m.transfers
        ):
            return False
        return any(
            not leg.tally and self.index - 2 <= leg.sentence < self.index
            for leg in self.discourse.legs
        )

    def _more_to_side(self, figure: FigureMention) -> bool:
        """Whether a bare figure is "N more to <side>" right after a done verb of moving.

        "September brought about 1,000 more to Ukraine": "more" adds to people already
        counted and "to" names who got them, so the figure counts people moved, whatever
        the verb's subject (a month, a convoy). Not without the side ("brought 1,000
        more" may be of anything) nor after a verb of something else.
        """
        return (
            self.norm_at[figure.last] == "more"
            and self.norm_at[figure.last + 1] == "to"
            and any(p.first == figure.last + 2 for p in self.m.parties)
            and any(
                t.last == figure.first and t.done and t.move in (Move.SEND, Move.RECEIVE)
                for t in self.m.transfers
            )
        )

    def _gapped_own(self, figure: FigureMention) -> bool:
        """Whether "N of its own" follows a side that shares the verb of the clause before.

        "Ukraine got back 40 soldiers and Russia 35 of its own": the verb of getting back
        is said once, so the side after "and" got back its own people too.
        """
        side = next((p for p in self.m.parties if p.last == figure.first and p.noun), None)
        if side is None or self.norm_at[side.first - 1] != "and":
            return False
        told = [f for f in self.m.figures if f.last <= side.first and f.noun is not None]
        return bool(told) and any(
            t.last <= told[-1].first
            and t.move is Move.RECEIVE
            and not any(self.norm_at[i] in (";", ".") for i in range(t.last, side.first))
            for t in self.m.transfers
        )

    def _copula_article_before(self, at: int) -> bool:
        """Whether "was a" or "were an" and one word of description stand right before ``at``.

        "the third was a straight 100 for 100", "it was an even 50 for 50": the word
        says how the pair looked, and the pair is still the size the copula gives.
        """
        word = self.norm_at[at - 1]
        return (
            at - 3 >= self.first
            and word.isalpha()
            and word not in lx.NUMBER_WORDS
            and self.norm_at[at - 2] in ("a", "an")
            and self.norm_at[at - 3] in ("was", "were")
        )

    def _bare(self, figure: FigureMention) -> bool:
        """Whether a figure with no noun is a count of people by its place next to a verb.

        "Russia got back 24", "a further 103 came home", "a swap of 100 for 100":
        the verb of handing over (or the swap's "of ... for") says what is counted.
        """
        if self.norm_at[figure.last] == "of":
            if (
                self.norm_at[figure.last + 2] == "own"
                and self.norm_at[figure.last + 3] not in lx.OWN_NOT_PEOPLE
                and (
                    self.norm_at[figure.first - 1]
                    in ("received", "receiving", "back", "home", "returned", "freed")
                    or self._sent_to_side(figure)
                    or self._gapped_own(figure)
                )
            ):
                # "Russia received 90 of its own", "gave Russia 90 of its own", "..., receiving
                # 37 of its own in exchange", "brought home 189 of its own"; not "of its own
                # accord"
                return True
            if (
                self.norm_at[figure.last + 2] == "own"
                and self.norm_at[figure.last + 3] == "back"
                and any(
                    t.last == figure.first and t.move in (Move.SEND, Move.RECEIVE)
                    for t in self.m.transfers
                )
            ):
                return True  # "got 175 of its own back": the particle after the object
            if (
                self.norm_at[figure.last + 2] == "own"
                and self.norm_at[figure.first - 1] == "of"
                and self.norm_at[figure.first - 2] in ("bodies", "remains")
            ):
                return True  # "Russia got back the bodies of 45 of its own"
            # "brought 757 of them back"; "promised 23 ... and returned 22 of them"
            return self._them_noun(figure) is not None or self._promised_group(figure) is not None
        if self._of_these_noun(figure) is not None:
            return True  # "Of these, 388 had been returned": the part of those counted before
        if lx.after_equal_numbers(self.tokens, self.first, figure.first):
            return True  # "the sides freed equal numbers: 390 on May 23, 307 on May 24"
        if self._colon_way(figure) is not None:
            return True  # "the handover on May 6: 1,000 to Ukraine, 24 to Russia"
        if figure.amount.high is None:
            return False  # an open figure
        # "Russia received only 24": a word stressing the number leaves it the verb's object
        lead = figure.first - (self.norm_at[figure.first - 1] in lx.NUMBER_STRESS)
        lead = lx.added_group_start(self.norm, lead)  # "Kyiv received another 1,003"
        before = self.norm_at[lead - 1]
        aside = lx.running_aside(self.tokens, figure.first, self.first)
        if aside is None:
            aside = lx.series_aside(self.tokens, figure.first, self.first)  # ", in each case,"
        if aside is not None:
            before = self.norm_at[aside - 1]  # "brought home, so far, nearly 4,000"
        if before == "over" and self.norm_at[figure.first - 2] in lx.PARTICLE_VERBS:
            before = "back"  # "handed over 90", like "sent back 90": the verb's object
        elif self._sent_to_side(figure):
            before = "back"  # "gave Russia 31": the verb's object, its receiver between
        elif _lemmas.lemma(before) in ("get", "take") and any(
            t.last == lead and t.move is Move.RECEIVE for t in self.m.transfers
        ):
            before = "received"  # "got 27 in return": a verb of getting read as receiving
        if before == "receiving":
            before = "received"  # "handed over 757 bodies, receiving 43 in return": its getting
        elif (
            _lemmas.is_present_form(before)
            and any(t.last == lead for t in self.m.transfers)
            and (
                figure.last >= self.last
                or self.tokens[figure.last].kind != WORD
                or self.norm_at[figure.last] in lx.DATE_PREPOSITIONS | _AFTER_BARE_COUNT
            )
        ):
            # a headline's present: "Russia hands over 500 bodies, receives 20 in return";
            # not "frees two Greek Catholic priests", whose words after the count name them
            before = _PAST_OF_PRESENT.get(_lemmas.lemma(before), before)
        if self.norm_at[figure.last] == "back" and any(
            t.last == figure.first and t.move in (Move.SEND, Move.RECEIVE) for t in self.m.transfers
        ):
            before = "back"  # "which sent 26 back", "took 40 back": the particle after the object
        if self._more_to_side(figure) or self._another_of_those_moved(figure, lead):
            before = "back"  # "brought about 1,000 more to Ukraine": more of those moved before
        if before in ("back", "returned", "received", "freed", "released", "home"):
            # "received 2,300 complaints": a noun of things after the number counts them
            following = self.norm_at[figure.last]
            return not (
                following.isalpha()
                and following.endswith("s")
                and following not in _NOT_PLURAL_NOUNS
                and figure.last < self.last
                and self.tokens[figure.last].kind == WORD
            )
        quoted = before in _QUOTES  # 'on the principle of "205 for 205"'
        if quoted:
            before = self.norm_at[figure.first - 2]
        if before == "of" and self.norm_at[figure.last] == "for":
            head_at = figure.first - (3 if quoted else 2)
            head = self.norm_at[head_at]
            # "a swap of 100 for 100"; "the exchange ran on the principle of 205 for 205";
            # 'exchanged prisoners on the basis of "150 for 150"': a shape the past verb took
            return head in _EXCHANGE_NOUNS or (
                self._pair(figure)
                and (
                    not self.norm_set.isdisjoint(_EXCHANGE_NOUNS)
                    or self._pair_shape_of_swap(head_at)
                )
            )
        if before == "of" and self.norm_at[figure.first - 2] in _EXCHANGE_PLURALS:
            # "two more swaps of 103 and 95 on each side": what the swaps moved
            return True
        if before == "of" and any(
            self.norm_at[t.first] in _EXCHANGE_PLURALS and self._dated_item_after_colon(t, figure)
            for t in self.m.transfers
        ):
            return True  # "Two handovers followed: on 13 June, of another 1,200, and ..."
        if self.second_of(figure):
            return True  # "after handovers of 1,000 bodies in September and of 909 in October"
        if before == "and":
            listed = next((f for f in self.m.figures if f.last == figure.first - 1), None)
            if listed is not None and listed.noun is None and self._bare(listed):
                return True  # "... of 103 and 95": listed with a bare count of people
        side = next((p for p in self.m.parties if p.last == figure.first and p.noun), None)
        if side is not None and self.norm_at[side.first - 1] == "and":
            listed = next((f for f in self.m.figures if f.last == side.first - 1), None)
            if listed is not None and listed.noun is None and self._bare(listed):
                return True  # "with Ukraine bringing home 230 and Russia 248": the verb gapped
        if before == "for" and self.norm_at[figure.first - 2].isdigit():
            opener = self.norm_at[figure.first - 3]
            if opener in (",", "(") and self._planned_before(figure.first - 3):
                return False  # "Kyiv proposed a new swap, 300 for 300": the plan's other half
            return opener in ("of", ",", "(")
        partner = self._partner(figure)
        if partner is not None:
            if before in ("swapped", "exchanged", "traded"):
                return True  # "the two countries swapped 1,000 for 1,000"
            after_pair = self._after_pair(partner)
            if (
                self.norm_at[after_pair] in _EXCHANGE_NOUNS
                or self._deal_told_done(after_pair)
                or self._bare_pair_told_done(after_pair)
            ):
                return True  # 'the three-day "1,000 for 1,000" swap in May'
            if self._pair_shape_of_swap(after_pair):
                return True  # "exchanged prisoners of war in the 146 for 146 format"
        if self._pair(figure) and (
            before in ("was", "were") or self._copula_article_before(figure.first)
        ):
            # "the first, on 8 January, was 50 for 50"; "was a straight 100 for 100"
            return True
        if self._dated_pair_listed(figure):
            return True  # "four swaps: 90 for 90 on 25 June and 95 for 95 on 18 October"
        if self._pair_on_dated_line(figure):
            return True  # a recap's line "May 6: 205 for 205, on the eve of Victory Day"
        if self._further_pair_brought(figure):
            return True  # "brought the Easter exchange and, on May 6, a further 205 for 205"
        if self._pair_said(figure):
            return True  # "Both sides are saying 246 for 246.": the size of the swap told
        if self._on_unread_day(figure):
            return False  # "64 for 64 on Unity Day and ...": no neighbour's day is its own
        if (
            before in (",", "(", ":", "—", "–") or self._spaced_hyphen(figure.first - 1)
        ) and self._pair(figure):
            # "a smaller swap, 100 for 100, followed": the pair is the swap's size; the noun
            # may carry a phrase of its own ("the largest exchange of the war, 1,000 for 1,000");
            # so does a dash: "a smaller swap – 100 for 100 – followed"
            if before == ":":
                return self._swap_before_colon(figure.first - 1) or self._pair_closing_dated_clause(
                    figure
                )
            return (
                any(
                    self.norm_at[j] in _EXCHANGE_NOUNS
                    for j in self._phrase_before(figure.first - 1)
                )
                or self._pair_after_ranked_one(figure)
            ) and not self._planned_before(figure.first - 1)
        after = self.norm_at[figure.last]
        if lx.PER_SIDE_MORE.match(self.tokens, figure.last, self.last) is not None:
            return True  # "almost 700 in either direction so far": people moved, per side
        if self._respective_sizes(figure):
            return True  # "115, 103 and 95 each way, respectively": sizes of dated swaps
        if self._copula_swap(figure):
            return True  # "the previous record, last month, was 246 each way"
        if after == "each" and self.norm_at[figure.last + 1] in lx.RECURRING:
            return True  # "— about 1,000 each time — Ukraine took back its dead"
        if after in ("each", "apiece") and self._dated_share_before_swap(figure):
            return True  # "In June (on the 25th, 90 each) and July (...), exchanges resumed"
        if self._set_off_share_of_swap(figure, before):
            return True  # "swapped wounded prisoners, 48 on each side": the swap's size
        if after in ("each", "apiece") and figure.amount.high is not None:
            # "followed by swaps of 103 each on Sept. 14 and 95 each on Oct. 18"; set off
            # by a comma or a dash after a swap verb's object: "exchanged soldiers, 75
            # apiece", "exchanged wounded prisoners - 30 each -"
            start = max(self.first, figure.first - 12)
            set_off = before in (",", "—", "–") or self._spaced_hyphen(figure.first - 1)
            # or the swap verb's own object, the share ending it: "the sides traded 60
            # apiece on Friday" (not "exchanged 60 each day", a rate of fire)
            return (
                (before in _SWAP_VERBS and self.norm_at[figure.last + 1] in _SHARE_ENDS)
                or any(
                    self.norm_at[j] in _EXCHANGE_NOUNS
                    or (set_off and self.norm_at[j] in _SWAP_VERBS)
                    for j in range(start, figure.first)
                )
                or self._share_listed_after_share(figure)
            )
        if after in ("went", "go", "came") and self.norm_at[figure.last + 1] == "to":
            # "... and 19 went to Russia": where they went is a party
            return any(p.first == figure.last + 2 for p in self.m.parties)
        to = figure.last + 1 + (self.norm_at[figure.last + 1] in ("home", "back"))
        if (
            _lemmas.lemma(after) in lx.GOING_LEMMAS
            and self._receiver_at(to) is not None
            and self._gapped_after(figure)
        ):
            return True  # "140 returning to Ukraine and 82 to Russia": the pair's first figure
        if self._gapped_receiver(figure) is not None:
            return True  # "140 returned to Ukraine and 82 to Russia": the verb said once
        end = self._ordered_list_end(figure).last  # "150 and then 175 went each way"
        verb = self._verb_after_list(end)  # "on Saturday 307 more went each way"
        while self.norm_at[verb] in _PERFECT | {"also"} and verb < end + 3:
            verb += 1  # "700 have now come home", "40 had also come back"
        after = self.norm_at[verb]
        if after in ("went", "gone", "crossed", "moved") and self._each_way_at(verb + 1):
            return True  # "at Easter 246 went each way": a swap's size, per side
        if figure.noun is None and freed_per_side(self.norm, self.tokens, verb, self.last):
            return True  # "the swap saw 103 freed from each side": a size per side
        if _lemmas.lemma(after) == "arrive" and self.norm_at[verb + 1] not in ("at", "to"):
            return self._arrivals_handed_over()  # "two days later another 1,200 arrived"
        if self._passive_sent_to_side(figure, verb):
            return True  # "... and 19 were handed over to Russia"
        if (
            after == "returned"
            and self.norm_at[figure.first - 1] in ("further", "another")
            and self.norm_at[verb + 1] in ("", ",", ".", ";", "according", "home")
        ):
            return True  # "; in June a further 10 returned": more of the people told before
        if (
            after in ("been", "were", "was")
            and _lemmas.lemma(self.norm_at[verb + 1]) == "receive"
            and self.norm_at[figure.first - 1] in ("further", "another")
            and self.norm_at[verb + 2] != "by"
        ):
            return True  # "a further 900 had been received": more of the people told before
        # "75 were traded for 75": every verb of swapping, as "were exchanged"
        return after in ("came", "come", "went", "were") and self.norm_at[verb + 1] in (
            {"home", "back", "returned", "freed", "released", "repatriated"} | _SWAP_VERBS
        )

    def _set_off_share_of_swap(self, figure: FigureMention, before: str) -> bool:
        """Whether a bare "N on each side" set off by a comma or dash sizes the done swap told.

        "They swapped wounded prisoners, 48 on each side", "exchanged prisoners - 60 from
        each side -": the phrase shares the number out per side, as a bare "each" set
        off after a swap's object does. A share of a count just given ("2,000 detainees
        - 1,000 on each side") or of a swap only planned is left to other rules.
        """
        set_off = before in (",", "—", "–") or self._spaced_hyphen(figure.first - 1)
        if (
            not set_off
            or figure.amount.high is None
            or self.norm_at[figure.last] in ("each", "apiece")
            or not lx.sides_phrase(self.tokens, figure.last, self.last)
            or any(f.np_end == figure.first - 1 for f in self.m.figures)
            or self._planned_before(figure.first - 1)
        ):
            return False
        start = max(self.first, figure.first - 12)
        return any(
            start <= t.first < figure.first
            and t.done
            and t.move is not Move.EVENT
            and (self.norm_at[t.first] in _EXCHANGE_NOUNS or self.norm_at[t.first] in _SWAP_VERBS)
            for t in self.m.transfers
        )

    def _dated_share_before_swap(self, figure: FigureMention) -> bool:
        """Whether "N each" closes a bracket after a date, before the exchanges it sizes.

        "In June (on the 25th, 90 each) and July (on the 17th, 95 each), exchanges
        resumed": the brackets give each dated swap its size per side before the clause
        that names the swaps as done; a plan after them ("are planned") sizes nothing.
        """
        close = figure.last + 1
        if not self._dated_share_in_bracket(figure):
            return False
        return self._swap_before_dated_shares(figure) or any(
            t.first > close
            and t.done
            and (self.norm_at[t.first] in _EXCHANGE_NOUNS or self.norm_at[t.first] in _SWAP_VERBS)
            # "..., exchanges will follow": a swap to come is sized by no bracket
            and _MODAL_WORDS.isdisjoint(self.norm_at[i] for i in range(t.last, self.last))
            for t in self.m.transfers
        )

    def _swap_before_dated_shares(self, figure: FigureMention) -> bool:
        """Whether a done swap verb opens the list of dated brackets ``figure`` closes one of.

        "Prisoners were swapped on June 25 (90 each) and July 17 (95 each)": the verb
        comes first and each bracket sizes its own date's swap, per side.
        """
        verb = next(
            (
                t
                for t in reversed(self.m.transfers)
                if t.last <= figure.first and self.norm_at[t.last - 1] in _SWAP_VERBS
            ),
            None,
        )
        if verb is None or not verb.done:
            return False
        return all(
            self.norm_at[i] in ("on", "in", "and", ",", "(", ")", "each", "apiece")
            or self.norm_at[i] in lx.MONTHS
            or self.norm_at[i] in _DAY_WORDS
            or self._day_token(i)
            or any(f.first <= i < f.last for f in self.m.figures)
            for i in range(verb.last, figure.first)
        )

    def _dated_share_in_bracket(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is the "N each" closing a bracket after a date, the day in it.

        "June (on the 25th, 90 each)", "June 25 (90 each)": the bracket holds only the
        day and each side's share, and a month or a day stands right before it.
        """
        if self.norm_at[figure.last + 1] != ")" or self.norm_at[figure.last] not in (
            "each",
            "apiece",
        ):
            return False
        opener = next(
            (
                i
                for i in range(figure.first - 1, max(self.first, figure.first - 6) - 1, -1)
                if self.norm_at[i] == "("
            ),
            None,
        )
        if opener is None or opener <= self.first:
            return False
        inside = range(opener + 1, figure.first)
        if any(self.norm_at[i] not in _DAY_WORDS and not self._day_token(i) for i in inside):
            return False
        return self.norm_at[opener - 1] in lx.MONTHS or self._day_token(opener - 1)

    def past_dated_brackets(self, figure: FigureMention) -> int:
        """Where the clause resumes after a list of dated brackets ``figure`` opens.

        "On June 25 (90 each) and July 17 (95 each), prisoners were swapped": each
        bracket sizes its own date's swap, so the verb after the last one governs the
        first as well; else the figure's end.
        """
        if not self._dated_share_in_bracket(figure):
            return figure.np_end
        end = figure.last + 1  # the closing bracket
        for following in self.m.figures:
            if following.first <= end:
                continue
            if not self._dated_share_in_bracket(following) or any(
                self.norm_at[i] not in ("and", ",", "on", "in", "(")
                and not self._day_token(i)
                and self.norm_at[i] not in lx.MONTHS
                for i in range(end + 1, following.first)
            ):
                break
            end = following.last + 1
        return end + 1 if end > figure.last + 1 else figure.np_end

    def _date_before_bracket(
        self, figure: FigureMention, dates: list[DateMention]
    ) -> DateMention | None:
        """The date right before the bracket ``figure`` stands in: "June (on the 25th, 90 each)".

        A list of dated brackets gives each date its own count, so a later date that is
        nearer the figure ("... and July (on the 17th, 95 each)") is not its date.
        """
        for i in range(figure.first - 1, max(self.first, figure.first - 6) - 1, -1):
            if self.norm_at[i] == ")":
                return None
            if self.norm_at[i] == "(":
                return next((d for d in dates if d.last == i), None)
        return None

    def _spaced_hyphen(self, i: int) -> bool:
        """Whether ``i`` is a hyphen with spaces on both sides, typed for a dash.

        "The August 24 swap - 115 for 115 - went ahead": set off like "–", not "mid-June".
        """
        return (
            self.first < i < self.last - 1
            and self.norm_at[i] == "-"
            and self.tokens[i].gap > 0
            and self.tokens[i + 1].gap > 0
        )

    def _passive_sent_to_side(self, figure: FigureMention, verb: int) -> bool:
        """Whether a passive of handing over at ``verb`` names the side its people went to.

        "1,000 bodies were returned to Ukraine and 19 were handed over to Russia": the bare
        number, joined to a clause that counted people by a noun, is the subject of "were
        handed over" or "were sent", and "to" names a side; with no side named it stays out.
        So does "were received by Russia", whose agent of getting is the side they went to.
        """
        if self.norm_at[verb] not in ("were", "was"):
            return False
        j = figure.first - 1
        while j > self.first and self.norm_at[j] in lx.FIGURE_HEDGE_WORDS | {"another", "only"}:
            j -= 1  # "and only 19 were handed over"
        opener = self.norm_at[j]
        if (
            opener not in ("and", "while", "whereas")
            or not any(f.noun is not None and f.last < figure.first for f in self.m.figures)
            or not any(t.last < figure.first for t in self.m.transfers)
        ):
            return False  # "3,000 were sent to Russia", "deployed 500 troops and 300 were sent"
        at = verb + 1 + (self.norm_at[verb + 1] == "also")
        if self.norm_at[at] in _HANDED_GETTING and self.norm_at[at + 1] == "by":
            # "... and 19 were received by the Russian side": the agent of getting is the side;
            # "recovered by Russia from the battlefield" is no handover, so it is not read
            side = next((p for p in self.m.parties if p.first == at + 2 and p.noun), None)
            return side is not None and self.norm_at[side.last] != "from"
        if self.norm_at[at] not in _PASSIVE_SENDING:
            return False
        at += 1 + (self.norm_at[at + 1] in ("over", "back"))
        return self._receiver_at(at) is not None

    def _arrivals_handed_over(self) -> bool:
        """Whether people who "arrive" in this sentence are captives or the dead handed over.

        "another 1,000 had arrived, in return for 31 bodies"; after sentences on bodies
        handed back, "two days later another 1,200 arrived": the sentence, or the story
        so far, is about captives, the dead or an exchange, not troops reaching a front.
        """
        return self.discourse.topic is not None or not self.norm_set.isdisjoint(
            _EXCHANGE_NOUNS | _SWAP_VERBS | _CAPTIVE_NOUNS | lx.REMAINS_NOUNS
        )

    def _gapped_after(self, figure: FigureMention) -> bool:
        """Whether the next figure is a bare "and M to B" whose verb is ``figure``'s."""
        following = next((f for f in self.m.figures if f.first >= figure.last), None)
        if following is None:
            return False
        verb_of = self._gapped_receiver(following)
        return verb_of is not None and verb_of.first == figure.first

    def _gapped_receiver(self, figure: FigureMention) -> FigureMention | None:
        """The figure whose verb a bare "and M to B" leaves out: "N returned to A and M to B".

        The second clause keeps only its number and its receiver; the one before it
        ends on a different side named after "to", with the verb of moving between. A
        pronoun may repeat the first clause's noun: "the bodies of 900 ... and those of 25".
        A comma may join the two halves as "and" does ("N went to A, M to B") when the
        second half ends its clause there.
        """
        if figure.noun is not None or self._receiver_at(figure.last) is None:
            return None
        joint = figure.first - 1
        if (self.norm_at[joint - 1], self.norm_at[joint]) == ("those", "of"):
            joint -= 2
        if self.norm_at[joint] == "," and joint == figure.first - 1:
            if not self._clause_ends_after_receiver(figure.last):
                return None
        elif self.norm_at[joint] != "and":
            return None
        else:
            joint -= self.norm_at[joint - 1] == ","
        there = next((p for p in self.m.parties if p.last == joint and p.noun), None)
        if there is None or self.norm_at[there.first - 1] != "to":
            return None
        earlier = [f for f in self.m.figures if f.last < there.first - 1]
        back = self._receiver_at(figure.last)
        if not earlier or back is None or back.code == there.code:
            return None
        previous = earlier[-1]
        between = range(previous.np_end, there.first - 1)
        if self._figure_between(previous.np_end, there.first) or not any(
            _lemmas.is_transfer_form(self.norm_at[i]) for i in between
        ):
            return None
        return previous

    def _clause_ends_after_receiver(self, at: int) -> bool:
        """Whether the "to B" at ``at`` ends its clause: a stop, a semicolon or a bracket next.

        "N went to A, M to B." joins two halves; "N went to A, M to B's fury" does not.
        """
        receiver = self._receiver_at(at)
        return receiver is not None and (
            receiver.last >= self.last or self.norm_at[receiver.last] in _HALF_ENDS
        )

    def _each_way_at(self, i: int) -> bool:
        """Whether "each way", "in each direction" or "in either direction" begins at ``i``."""
        if self.norm_at[i] == "in":
            i += 1
        return self.norm_at[i] in ("each", "either") and self.norm_at[i + 1] in ("way", "direction")

    def _respective_dates(
        self, figures: list[FigureMention], dates: list[DateMention]
    ) -> dict[int, str]:
        """Pair listed figures with listed dates when the sentence says "respectively".

        Two lists of the same length and different figures pair without the word too:
        "In July and August, Russia returned 500 and 600 bodies".
        """
        if not respective(self.norms, 0, len(self.norms)):
            return self._paired_lists(figures, dates)
        at = self.norms.index("respectively") + self.first
        if not dates:
            return self._respective_days_before(figures, at) or self._scene_days(figures, at)
        scene = self._scene_days(figures, at) if all(d.since for d in dates) else {}
        if scene:
            return scene  # "..., the largest since the spring of 2025": a span's start only
        usable = [d for d in dates if not d.since and not self._of_event_after(d, at)]
        if len(usable) > 1 and self._month_of_listed_days(usable, at):
            # "August brought swaps of 84 and 146, on the 14th and 24th respectively, and
            # on Oct. 2, ...": the dates past the word's clause are another clause's
            usable = [d for d in usable if d.last <= at]
        if len(usable) == 1 and usable[0].text.lower() in lx.MONTHS:
            # "July saw two swaps, of 84 and 95 respectively, on the 4th and the 24th": one
            # month, and the days listed in it, as without the word
            return self._paired_days(figures, usable[0].text, at)
        # "... 75 and 90 each, respectively; and later, swaps of between 95 and 150 people":
        # a semicolon after the word closes the clause it shares out
        stop = next((i for i in range(at, self.last) if self.norm_at[i] == ";"), self.last)
        people = [
            i
            for i, f in enumerate(figures)
            # "115, 103 and 95 each way, respectively": bare sizes of swaps count people too
            if (
                f.noun is not None
                or self._respective_sizes(f)
                or self._bare_list_before_respectively(figures, i, at)
                or self._noun_shared_down_list(figures, i)
            )
            and f.last <= stop
            # "on June 11 and 16 respectively": the 16 is a listed day, no size
            and not any(d.first <= f.first and f.last <= d.last for d in usable)
        ]
        # "Ukraine received 800 bodies each time, and Russia 12 and 15 respectively": a
        # figure told of every date is no item of the list shared out over them
        people = [
            i
            for i in people
            if not self._told_each_time(figures[i])
            and not self._told_each_of_dates(figures[i], usable)
        ]
        spans = [(f.first, f.last) for f in figures]
        # "each time for the same number": the figures repeated at one phrase are paired
        # after the list they repeat (see _repeats_paired), not as items of it
        people = [i for i in people if spans.count(spans[i]) == 1]
        if len(usable) > len(people) > 1:
            # "Over the summer, Kyiv took back 95, 45 and 22 people in June, July and August
            # respectively": the dates listed together, not the season that sets the scene
            listed = [[d for d in usable if d.group == g] for g in {d.group for d in usable}]
            fitting = [run for run in listed if len(run) == len(people)]
            if len(fitting) == 1:
                usable = fitting[0]
        same = self._run_of_same_events(figures, at, len(usable)) if len(usable) > 1 else []
        if len(usable) != len(people):
            # "... 75 and 90 apiece, respectively, and on Aug. 24, 115 soldiers ...": the
            # lists paired are the ones written before the word
            usable = [d for d in usable if d.last <= at]
            ahead = self._list_after_respectively(figures, people, at)
            closed = [i for i in people if figures[i].np_end == at]
            if not (ahead and closed and self._equal_runs(figures, people, len(usable))):
                people = ahead or [i for i in people if figures[i].last <= at]
            # else "195 and 100 Russians respectively were exchanged for 207 and 100
            # Ukrainians": the list the word closes and its counterpart after, both shared
        runs = self._equal_runs(figures, people, len(usable))
        if runs:
            # "the handover of 502 and 563 remains to Ukraine and of 28 and 37 to Russia,
            # respectively": each run of listed figures is shared out over the same dates
            days = self._days_of_months([d.text for d in usable])
            return {i: day for run in runs for i, day in zip(run, days, strict=True)}
        if len(usable) > 1 and len(people) > len(usable):
            # "about 1,000 bodies each time ... the remains of 19, 19 and 24 servicemen
            # respectively": the list is the run of figures joined by commas and "and"
            run = people[-1:]
            for i in reversed(people[:-1]):
                between = {self.norm_at[j] for j in range(figures[i].last, figures[run[0]].first)}
                if not between <= {",", "and"}:
                    break
                run.insert(0, i)
            people = run
        if len(people) > 1 and len(usable) > len(people):
            # "On February 8 it was 100 for 100; in late May and late June, the numbers were
            # 75 and 90 each, respectively": the dates listed right before the figures
            before = [d for d in usable if d.last <= figures[people[0]].first]
            if before:
                nearest = [d for d in usable if d.group == before[-1].group]
                usable = nearest if len(nearest) == len(people) else usable
        if len(usable) < 2 or len(usable) != len(people):
            return {}
        days = self._days_of_months([d.text for d in usable])
        paired = dict(zip(people, days, strict=True))
        if len(same) == len(days) and not set(same) & set(paired):
            paired |= dict(zip(same, days, strict=True))
        return paired | _repeats_paired(figures, paired, days)

    def _noun_shared_down_list(self, figures: list[FigureMention], index: int) -> bool:
        """Whether the bare figure at ``index`` shares the noun of the last in its list.

        "195 and 100 Russian captives respectively", "for 207 and 100 Ukrainian captives":
        the noun written once after the list names the people of every figure in it.
        """
        if figures[index].noun is not None:
            return False
        _, last = self._joined_list(figures, index)
        return last > index and figures[last].noun is not None

    def _run_of_same_events(self, figures: list[FigureMention], at: int, size: int) -> list[int]:
        """The run of ``size`` figures after ``at`` told "in the same two exchanges", or [].

        "brought home 50 and 116 Ukrainians respectively, while Russia got back 50 and 63
        of its servicemen in the same two exchanges": the later list points back to the
        swaps just listed and is shared out over their dates in order, as the first is.
        """
        if "same" not in self.norm_set and self.norm_set.isdisjoint(("those", "these")):
            return []
        ahead = [i for i, f in enumerate(figures) if f.first > at]
        for start in range(len(ahead) - size + 1):
            run = ahead[start : start + size]
            if any(
                not {self.norm_at[j] for j in range(figures[a].last, figures[b].first)}
                <= {",", "and"}
                for a, b in itertools.pairwise(run)
            ):
                continue
            if self._same_events_phrase(figures[run[-1]].np_end, size):
                return run
        return []

    def in_same_events_run(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is one of a list told "in the same two exchanges" (or days)."""
        if "same" not in self.norm_set and self.norm_set.isdisjoint(("those", "these")):
            return False
        bounds = self._list_of(figure)
        if bounds is None:
            return False
        first, last = bounds
        return last > first and self._same_events_phrase(
            self.m.figures[last].np_end, last - first + 1
        )

    def _same_events_phrase(self, at: int, size: int) -> bool:
        """Whether "in the same (two) exchanges" or "on those days" stands at ``at``."""
        if self.norm_at[at] not in ("in", "on", "at", "during"):
            return False
        k = at + 1
        if self.norm_at[k] == "the" and self.norm_at[k + 1] == "same":
            k += 2
        elif self.norm_at[k] in ("those", "these"):
            k += 1
        else:
            return False
        if lx.NUMBER_VALUES.get(self.norm_at[k]) == size or self.norm_at[k] == str(size):
            k += 1
        return self.norm_at[k] in _LISTED_STAGE_PLURALS or self.norm_at[k] in (
            "dates",
            "occasions",
            "handovers",
        )

    def _month_of_listed_days(self, usable: list[DateMention], at: int) -> bool:
        """Whether the one date before "respectively" at ``at`` is the month of its days.

        "August brought swaps of 84 and 146, on the 14th and 24th respectively, and on
        Oct. 2, ...": one month before the word, the ordinal days it holds listed before
        it too, and the word closing its clause with a comma and "and".
        """
        before = [d for d in usable if d.last <= at]
        if len(before) != 1 or before[0].text.lower() not in lx.MONTHS:
            return False
        if sum(1 for i in self.ordinal_day_positions if before[0].last <= i < at) < 2:
            return False
        return self.norm_at[at + 1] == "," and self.norm_at[at + 2] == "and"

    def _scene_days(self, figures: list[FigureMention], at: int) -> dict[int, str]:
        """A "respectively" list paired with bare ordinal days of the month the text is in.

        "August was different. On the 14th and the 24th, the sides exchanged 95 and 212
        servicemen each, respectively": the month told before (the scene, or a heading
        of a month alone) holds the days, paired in order as when the sentence names it.
        """
        months = [
            text
            for text in (self.discourse.scene or "", self.discourse.heading or "")
            if text.lower() in lx.MONTHS
        ]
        return self._paired_days(figures, months[0], at) if months else {}

    def _respective_days_before(self, figures: list[FigureMention], at: int) -> dict[int, str]:
        """A dateless "respectively" list paired with the days of the handovers told just before.

        "On 2 June, on 9 July and on 4 August, Ukraine received 500 bodies each time.
        Russia received 12, 17 and 20 bodies respectively": the sentence before dated
        one handover a day, and the list, as long as its days, is shared out over them
        in order. The list is the run of figures joined by commas and "and" that ends
        right before the word; any other count of figures or days pairs nothing.
        """
        matched = self.handover_days_before()
        if not matched:
            return {}
        run = [i for i, f in enumerate(figures) if f.last <= at]
        if not run or self._past_respectively(figures[run[-1]].np_end) != self._past_respectively(
            at
        ):
            return {}
        listed = run[-1:]
        for i in reversed(run[:-1]):
            between = {self.norm_at[j] for j in range(figures[i].last, figures[listed[0]].first)}
            if not between <= {",", "and"}:
                break
            listed.insert(0, i)
        if len(listed) != len(matched) or len(listed) != len(run):
            return {}
        return dict(zip(listed, matched, strict=True))

    def handover_days_before(self) -> list[str]:
        """The days, in order, of the handovers the sentence just before dated one a day.

        "On 2 June, on 9 July and on 4 August, Ukraine received 500 bodies each time":
        two or more distinct days, each dating a handover that sentence told, and no
        other; otherwise [] (a list told after them has nothing to be shared out over).
        """
        told, texts = self.discourse.dates_before
        if told != self.index - 1 or len(texts) < 2 or len(set(texts)) != len(texts):
            return []
        days = {
            day
            for leg in self.discourse.legs
            if leg.sentence == told and not leg.tally
            for day in leg.dates
        }
        # the legs' days may carry the year the context gave ("18 September 2025")
        matched = [next((d for d in days if d == t or d.startswith(t + " ")), None) for t in texts]
        if len(days) != len(texts):
            return []  # the days before must each date a handover that sentence told
        return [day for day in matched if day is not None] if None not in matched else []

    def _of_event_after(self, date: DateMention, at: int) -> bool:
        """Whether ``date``, after "respectively" at ``at``, dates an event a phrase names.

        "207 Ukrainians and 195 Russians, respectively, were freed, despite the crash on
        24 January": "despite (after, amid) the crash" brings in an event of its own, whose
        date is no item of the list the word shares out.
        """
        return date.first > at and any(
            self.norm_at[k] in _EVENT_PHRASE_OPENERS and self.norm_at[k + 1] in ("the", "a", "an")
            for k in range(max(at, date.first - _EVENT_PHRASE_REACH), date.first)
        )

    def _told_each_time(self, figure: FigureMention) -> bool:
        """Whether "each time" or "every time" follows the figure's words right after them.

        Not past a mark or "respectively": "75 and 90 respectively, each time handing
        over as many" tells of the whole list, whose items are still shared out.
        """
        at = figure.np_end
        if self.norm_at[at] not in ("each", "every"):
            at += 1  # "800 bodies back each time"
        return (
            self.norm_at[at] in ("each", "every")
            and self.norm_at[at + 1] in _TIMES
            and not (
                self.norm_at[at - 1] in lx.SET_OFF_MARKS or self.norm_at[at - 1] == "respectively"
            )
        )

    def _told_each_of_dates(self, figure: FigureMention, dates: list[DateMention]) -> bool:
        """Whether "in each of" a list of dates follows the figure's clause.

        "From May, about 900 bodies went back in each of May, June and July, while Russia
        got 12, 15 and 19 respectively": the figure is every date's, no item of the list.
        """
        starts = {d.first for d in dates}
        for i in range(figure.np_end, min(self.last - 2, figure.np_end + 8)):
            norm = self.norm_at[i]
            if norm in lx.SET_OFF_MARKS or norm == "respectively" or self.tokens[i].kind == NUM:
                return False
            if norm == "each" and self.norm_at[i + 1] == "of" and i + 2 in starts:
                return True
        return False

    def _equal_runs(
        self, figures: list[FigureMention], people: list[int], size: int
    ) -> list[list[int]]:
        """``people`` cut into two or more runs of ``size`` listed figures each, or [].

        A run's figures are joined only by "," and "and"; anything else parts two runs.
        """
        if size < 2 or len(people) < 2 * size or len(people) % size:
            return []
        runs: list[list[int]] = [people[:1]]
        for i in people[1:]:
            between = {self.norm_at[j] for j in range(figures[runs[-1][-1]].last, figures[i].first)}
            if (
                between
                and between <= {",", "and"}
                and not self._noun_between(figures[runs[-1][-1]], figures[i])
            ):
                runs[-1].append(i)
            else:
                runs.append([i])
        return runs if all(len(run) == size for run in runs) else []

    def _noun_between(self, a: FigureMention, b: FigureMention) -> bool:
        """Whether ``a`` has a noun of its own written before ``b``: "40 soldiers and 12"."""
        return a.np_end > a.last and a.np_end <= b.first

    def _list_after_respectively(
        self, figures: list[FigureMention], people: list[int], at: int
    ) -> list[int]:
        """The run of figures "respectively" at ``at`` opens, if the word stands before them.

        "In July, September and October ..., receiving in return, respectively, 19, 24
        and 31 bodies": the list after the word is the one shared out over the dates;
        only commas and a few words of the noun group ("the remains of") stand between.
        """
        ahead = [i for i in people if figures[i].first > at]
        if len(ahead) < 2:
            return []
        gap = [self.norm_at[j] for j in range(at + 1, figures[ahead[0]].first)]
        if len(gap) > 4 or any(w in _RUN_BREAKS for w in gap):
            return []
        run = ahead[:1]
        for i in ahead[1:]:
            between = {self.norm_at[j] for j in range(figures[run[-1]].last, figures[i].first)}
            if not between <= {",", "and"}:
                break
            run.append(i)
        return run if len(run) > 1 else []

    def _days_of_months(self, texts: list[str]) -> list[str]:
        """The listed bare months, each given its day from a list of ordinals in the sentence.

        "On May 31, and in August and October — on the 24th and the 18th —": the
        ordinals name the days of the months listed alone, in order.
        """
        months = [k for k, t in enumerate(texts) if t.lower() in lx.MONTHS]
        if len(months) < 2:
            return texts
        days = self._ordinal_days()
        if len(days) != len(months):
            return texts
        out = list(texts)
        for k, day in zip(months, days, strict=True):
            out[k] = f"{day} {texts[k]}"
        return out

    def _paired_lists(
        self, figures: list[FigureMention], dates: list[DateMention]
    ) -> dict[int, str]:
        """Pair a list of dates with a list of as many different figures, in order."""
        usable = [d for d in dates if not d.since]
        if len(usable) == 1 and usable[0].text.lower() in lx.MONTHS:
            # "In August, swaps on the 14th and the 24th moved 84 and 146": one month, and
            # the days listed in it
            return self._paired_days(figures, usable[0].text)
        if len(usable) < 2:
            return {}
        usable = _month_of_days_dropped(usable)
        usable = self._opening_list(figures, usable)
        if len({d.group for d in usable}) != 1 and not all(
            # "on 5 January and 5 February": full dates joined by "and" are a list too
            {self.norm_at[j] for j in range(a.last, b.first)} <= {",", "and", "on"}
            for a, b in itertools.pairwise(usable)
        ):
            return {}
        # "on June 19, 20 and 26": the bare days of a listed date count no one; "each time
        # getting back the same number": the figures an echo repeats are paired after the
        # list they repeat (see _repeats_paired), not as items of it
        people = [
            i
            for i, f in enumerate(figures)
            if (f.noun is not None or self._bare(f))
            and not any(d.first <= f.first < d.last for d in usable)
            and same_number(self.norms, f.first - self.first) == f.first - self.first
        ]
        if len(people) > len(usable):
            # "took back 1,000 bodies each time, handing over 19, 21 and 24": a figure told
            # of every date is no item of the list paired with them
            people = [i for i in people if not self._told_each_time(figures[i])]
        if len(people) > len(usable):
            people = self._opening_run(figures, people, usable[-1].last)
        if len(people) != len(usable):
            people = self._run_before_days(figures, usable)
        if len(people) != len(usable):
            return {}
        for a, b in itertools.pairwise(people):
            between = {self.norm_at[j] for j in range(figures[a].last, figures[b].first)}
            if b != a + 1 or not between <= {",", "and"}:
                return {}
        # "In July, August and September ...: 19, 19 and 24", "In May and June, ... 500
        # and 500": a repeated figure is still one handover for each date, in order
        texts = [d.text for d in usable]
        days = self._ordinal_days()
        if len(days) == len(texts) and all(t.lower() in lx.MONTHS for t in texts):
            # "In September and October — on the 14th and the 18th —": the days of the months
            texts = [f"{day} {month}" for day, month in zip(days, texts, strict=True)]
        paired = dict(zip(people, texts, strict=True))
        return paired | _repeats_paired(figures, paired, texts)

    def _opening_list(
        self, figures: list[FigureMention], usable: list[DateMention]
    ) -> list[DateMention]:
        """The list of dates that opens the sentence, when later dates belong to asides.

        "In May and June, in swaps of 70 and 85 prisoners apiece, ..., some of them
        captured in May": the dates written together before the figures are the
        ones they pair with; a date after them tells something else.
        """
        people = [i for i, f in enumerate(figures) if f.noun is not None or self._bare(f)]
        if not people:
            return usable
        # "Over the spring of 2024 ...: in March and April 2024 each side freed 44 and
        # 61": the list written right before the figures, not the season setting the scene
        before = [d for d in usable if d.last <= figures[people[0]].first]
        group = before[-1].group if before else usable[0].group
        listed = [d for d in usable if d.group == group]
        people = self._opening_run(figures, people, listed[-1].last)
        if (
            len(people) > 1
            and len(listed) == len(people) < len(usable)
            and listed[-1].last <= figures[people[0]].first
        ):
            return listed
        return usable

    def _run_before_days(
        self, figures: list[FigureMention], usable: list[DateMention]
    ) -> list[int]:
        """The list of sizes written right before a list of as many days, or [].

        "In three stages of 150, 520 and 230 bodies, on 2, 5 and 9 July, ...": the sizes
        joined by commas and "and", then only a comma and "on" before the days, pair with
        them item by item; a total told elsewhere in the sentence is no item of the list.
        """
        start = usable[0].first
        ends = [i for i, f in enumerate(figures) if max(f.last, f.np_end) <= start]
        if not ends:
            return []
        last = ends[-1]
        between = {
            self.norm_at[j] for j in range(max(figures[last].last, figures[last].np_end), start)
        }
        if not between <= _BEFORE_LISTED_DAYS or "," not in between:
            return []
        run = [last]
        for i in range(last - 1, -1, -1):
            gap = {self.norm_at[j] for j in range(figures[i].last, figures[run[0]].first)}
            if not gap or not gap <= {",", "and"}:
                break
            run.insert(0, i)
        if len(run) != len(usable) or any(figures[i].noun is None for i in run):
            return []
        return run

    def _opening_run(
        self, figures: list[FigureMention], people: list[int], after: int
    ) -> list[int]:
        """The first run of ``people`` after token ``after`` joined by commas and "and" alone.

        "In late May and in June the sides each returned 75 and 90 prisoners, while the
        August swap brought 115 home": the list that pairs with the dates is the run
        written right after them; a figure after a clause of its own is not in it.
        """
        rest = [i for i in people if figures[i].first >= after]
        if not rest:
            return people
        run = rest[:1]
        for i in rest[1:]:
            between = {self.norm_at[j] for j in range(figures[run[-1]].last, figures[i].first)}
            if i != run[-1] + 1 or not between <= {",", "and"}:
                break
            run.append(i)
        return run

    def _paired_days(
        self, figures: list[FigureMention], month: str, stop: int | None = None
    ) -> dict[int, str]:
        """Pair a list of different figures with as many ordinal days of one month, in order.

        With ``stop`` (where "respectively" stands) only figures ending before it are listed.
        """
        days = self._ordinal_days()
        people = [
            i
            for i, f in enumerate(figures)
            if (f.noun is not None or self._bare(f)) and (stop is None or f.last <= stop)
        ]
        if len(days) < 2 or len(people) != len(days):
            return {}
        for a, b in itertools.pairwise(people):
            between = {self.norm_at[j] for j in range(figures[a].last, figures[b].first)}
            if b != a + 1 or not between <= {",", "and"}:
                return {}
        if len({figures[i].amount for i in people}) != len(people):
            return {}
        return {i: f"{day} {month}" for i, day in zip(people, days, strict=True)}

    def modal_said(self, date: DateMention | None = None) -> bool:
        """Whether the sentence has a modal verb: "may" inside a date is the month ("On May 4").

        Given ``date``, a modal in a relative clause the date is outside of is not the
        date's: "a handover last Thursday, which I should mention" tells a handover done.
        """
        modals = self._at(_MODAL_WORDS, self.first, self.last)
        if date is not None and not self._in_relative(date.first):
            # only the teller's own aside: "which may have been postponed" is the handover's
            modals = [i for i in modals if self._aside_subject(i) not in _TELLERS]
        return any(not any(d.first <= i < d.last for d in self.m.dates) for i in modals)

    def _relative_opener(self, i: int) -> str:
        """The word opening the innermost relative clause or aside word ``i`` stands in.

        "including 40 who had held the port until January" (who) against "an exchange,
        which took place on Sunday" (which): the first tells of people, the second of
        the thing before it. Empty when ``i`` is in no relative clause.
        """
        at = i - self.first
        spans = [(s, e) for s, e in self.clauses.relatives if s < at < e]
        if not spans:
            return ""
        return self.norm_at[self.first + max(spans)[0]]

    def _aside_subject(self, i: int) -> str:
        """The word right after the opener of the relative clause word ``i`` stands in.

        "a handover last Thursday, which I should mention": "i", the teller's own aside.
        """
        at = i - self.first
        spans = [(s, e) for s, e in self.clauses.relatives if s < at < e]
        return self.norm_at[self.first + max(spans)[0] + 1] if spans else ""

    def announced_earlier(self, date: DateMention) -> bool:
        """Whether ``date`` dates an announcement told in the pluperfect: "had put out on Tuesday".

        "That was the figure the Kremlin had announced on Tuesday": the telling looks back
        from the story's exchange, so its day sets no scene for the figures that follow.
        """
        at = date.first - (self.norm_at[date.first - 1] in ("on", "in"))
        verb = at - 1 - (self.norm_at[at - 1] in ("out", "up"))  # "had put out", "had drawn up"
        return (
            verb - 1 >= self.first
            and self.norm_at[verb] in lx.SPEECH | lx.GIVEN_COUNT_VERBS | _lemmas.PUTTING
            and self.norm_at[verb - 1] == "had"
        )

    def _bare_ordinal_day(self, figure: FigureMention | None = None) -> str | None:
        """The one day a sentence with no month names by a bare ordinal, as "the 14th".

        With no month told in the text before it, "on the 14th" is the latest 14th
        on or before the story's day (the assembler counts it); None unless exactly
        one such day is named, or ``figure`` has one told beside it ("on the 4th, 41
        came back, and on the 22nd, 63"). A paragraph opened by a month standing alone ("May. Two
        exchanges. ... Then, from the 23rd to the 25th, ...") gives its days that month.
        """
        heading = self.discourse.heading
        if heading is not None and not _HAS_DAY.search(heading):
            day = self._on_day_of(heading)
            if day != heading:
                return day
        days = self._bare_ordinal_positions()
        if len(days) > 1 and figure is not None:
            days = self._days_beside(figure, days)
        if len(days) != 1:
            return None
        return f"the {self.tokens[days[0]].text}{self.norm_at[days[0] + 1]}"

    def bare_ordinal_days(self) -> tuple[str, ...]:
        """The days a sentence names as bare ordinals ("on the 11th and again on the
        14th"), as "the 11th", for a rank ("in the first handover") in the next one."""
        days = self._bare_ordinal_positions(_AFTER_DAY_OR_THAT)
        if not days:
            return ()
        months = [
            text
            for text in (
                *(d.text for d in self.m.dates),
                self.discourse.scene or "",
                self.discourse.heading or "",
            )
            if not _HAS_DAY.search(text) and not set(text.lower().split()).isdisjoint(lx.MONTHS)
        ]
        if months:  # "In June, ... on the 11th and again on the 14th": days of that month
            return tuple(f"{self.tokens[i].text} {months[0]}" for i in days)
        return tuple(f"the {self.tokens[i].text}{self.norm_at[i + 1]}" for i in days)

    def _bare_ordinal_positions(self, after: AbstractSet[str] = _AFTER_DAY) -> list[int]:
        """Where the sentence names a day as "on the 14th", with no month beside it."""
        if self.norm_set.isdisjoint(lx.ORDINAL_SUFFIXES):
            return []  # most sentences: no ordinal day, so no token to try
        return [
            i
            for i in range(self.first + 2, self.last - 1)
            if self._day_token(i)
            and self.norm_at[i + 1] in lx.ORDINAL_SUFFIXES
            and self.tokens[i + 1].gap == 0
            and self.norm_at[i - 1] == "the"
            and self.norm_at[i - 2] in _BEFORE_DAY
            and self.norm_at[i + 2] in after
        ]

    def _ordinal_series(self, figure: FigureMention, scene: str | None) -> tuple[str, ...]:
        """The days "on the 11th and again on the 14th" a figure "each time" is repeated on.

        Each day is in the month the text is about (or the latest such day); a figure
        without "each time" (or "each month", ...) after it is one exchange, not a series.
        """
        if (
            self.norm_at[figure.np_end] != "each"
            or self.norm_at[figure.np_end + 1] not in lx.RECURRING
        ):
            return ()
        # "said on the 11th and again on the 14th that ...": the saying's clause follows
        days = self._bare_ordinal_positions(_AFTER_DAY_OR_THAT)
        if len(days) < 2 or len({self.tokens[i].text for i in days}) != len(days):
            return ()
        if scene is not None and not _HAS_DAY.search(scene):
            return tuple(f"{self.tokens[i].text} {scene}" for i in days)
        return tuple(f"the {self.tokens[i].text}{self.norm_at[i + 1]}" for i in days)

    def _day_token(self, i: int) -> bool:
        """Whether token ``i`` is a number that can be a day of a month (1 to 31)."""
        token = self.tokens[i]
        return token.kind == NUM and token.text.isdigit() and 1 <= int(token.text) <= 31

    def _ordinal_days(self) -> list[str]:
        """The days a sentence names as bare ordinals: "on the 14th and the 18th"."""
        return [self.tokens[i].text for i in self.ordinal_day_positions]

    def _ranked_since(self, figure: FigureMention) -> bool:
        """Whether "since ..." in the figure's clause only ranks one exchange.

        "As a result of the 64th exchange since the beginning of the invasion,
        205 servicemen were returned": the ordinal counts exchanges, the figure
        is this one's. A cue of a total of its own ("so far", "in all", "had now
        been freed") still makes it a total.
        """
        position = figure.first - self.first
        start = self.first + self.clauses.start_of(position)
        end = self.first + self.clauses.end_of(position)
        if any(
            self.norm_at[i] in ("far", "date", "all", "altogether", "total", "overall")
            # "... the 60th exchange since the invasion and that 3,956 had now been freed"
            or (self.norm_at[i] == "now" and self.norm_at[i - 1] in ("had", "has", "have"))
            # "..., which said 4,131 had been returned over that time": the span ranked
            or (
                self.norm_at[i] in ("time", "period")
                and self.norm_at[i - 1] == "that"
                and self.norm_at[i - 2] in ("over", "in", "during", "throughout")
            )
            # "the 33rd exchange since February and ... 1,450 had returned over the year"
            or (
                self.norm_at[i] == "year"
                and self.norm_at[i - 1] in ("the", "that")
                and self.norm_at[i - 2] in ("over", "during", "throughout")
            )
            for i in range(start + 1, end)
        ):
            return False  # "..., and 6,254 had come home in all": the clause's own cue
        if self._perfect_with_opener(figure):
            return False  # "the 54th exchange since 2022 and, with today's, 3,335 have been freed"
        return any(
            self.norm_at[i + 2] == "since"
            and (self.norm_at[i + 1] in _EXCHANGE_NOUNS or self._time_of_rank(i + 1))
            and (
                (self.norm_at[i] in ("st", "nd", "rd", "th") and self.norm_at[i - 1].isdigit())
                or self._time_of_rank(i + 1)
            )
            for i in range(start + 1, end - 2)
        )

    def _perfect_with_opener(self, figure: FigureMention) -> bool:
        """Whether a "with ...," phrase opens the figure and a perfect follows it.

        "With today's exchange, 3,335 have been freed": the sum brought up to date with
        the exchange just ranked is a total of its own, whatever the rank before it.
        """
        if not any(
            self.norm_at[j] in ("had", "has", "have")
            for j in range(figure.np_end, min(self.last, figure.np_end + 3))
        ):
            return False
        low = max(self.first, figure.first - 6)
        return any(
            self.norm_at[i] == "with"
            and "," in (self.norm_at[j] for j in range(i + 1, figure.first))
            for i in range(low, figure.first)
        )

    def _time_of_rank(self, i: int) -> bool:
        """Whether ``i`` is "time" after an ordinal, as in "for the fourth time since June".

        The ordinal counts occasions, so the figure told with it is that occasion's own.
        """
        return self.norm_at[i] == "time" and (
            self.norm_at[i - 1] in _ORDINAL_WORDS
            or self.norm_at[i - 1] in ("first", "second", "third")
            or (self.norm_at[i - 1] in ("st", "nd", "rd", "th") and self.norm_at[i - 2].isdigit())
        )

    def _partner(self, figure: FigureMention) -> FigureMention | None:
        """The second N of "N for N" or "N prisoners for N" (a bare count of the same noun)."""
        for end in (figure.last, figure.np_end):
            if self.norm_at[end] == "for":
                following = next((f for f in self.m.figures if f.first == end + 1), None)
                if following is None or following.amount != figure.amount:
                    return None
                return following if end == figure.last or following.noun is None else None
        return None

    def _pair_after_ranked_one(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is a bare "N for N" set off after "the next (last ...) one".

        "It took until May for the next one – 75 for 75 –": the ranked "one" stands for
        an exchange, and the pair sizes it; the pair names no people, so no kind.
        """
        mark = figure.first - 1
        return (
            self.norm_at[mark] in (",", "(", "—", "–")
            and self.norm_at[mark - 1] == "one"
            and self.norm_at[mark - 2] in _RANKED_ONE
            and self._pair(figure)
            # "they hoped the next one – 75 for 75 – would follow": a plan, not a swap
            and not self._planned_before(self.last)
            and self.norm_set.isdisjoint(_HOPING)
        )

    def _further_pair_brought(self, figure: FigureMention) -> bool:
        """Whether a bare "a further (another) N for N" is one more object of a past "brought".

        "Spring brought the Easter exchange of April 19 and, on May 6, a further 205 for
        205": the verb's first object is an exchange, so the pair joined to it sizes one
        more; "the talks brought hope and a further 500 for 500 may follow" is a plan.
        """
        if figure.noun is not None or not self._pair(figure):
            return False
        further = self.norm_at[figure.first - 1] == "another" or (
            self.norm_at[figure.first - 1] == "further" and self.norm_at[figure.first - 2] == "a"
        )
        if not further:
            return False
        verb = next(
            (
                i
                for i in range(figure.first - 1, self.first - 1, -1)
                if self.norm_at[i] in _DAY_VERBS
            ),
            None,
        )
        return (
            verb is not None
            and any(self.norm_at[j] in _EXCHANGE_NOUNS for j in range(verb + 1, figure.first))
            and not self._planned_before(self.last)
            and self.norm_set.isdisjoint(_HOPING)
        )

    def _dated_pair_listed(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is a bare "N for N" with its own date, listed after a colon.

        "brought four more swaps: 90 for 90 on 25 June, 115 for 115 on Independence Day
        and 95 for 95 on 18 October": each dated pair sizes an exchange of its own, not a
        sum of the swaps counted before the colon. A dash after a phrase of swaps opens
        such a list too. A plan's list ("agreed three swaps: ...") stays out.
        """
        partner = self._partner(figure)
        if partner is None or figure.noun is not None:
            return False
        if not any(
            partner.last <= d.first <= partner.last + 1 and not d.since for d in self.m.dates
        ) and not self._day_before_pair(figure, partner):
            return False
        colon = next(
            (
                i
                for i in range(figure.first - 1, self.first - 1, -1)
                if self.norm_at[i] in (":", "\u2014", "\u2013") or self._spaced_hyphen(i)
            ),
            None,
        )
        if colon is None:
            return False
        if self.norm_at[colon] != ":" and not any(
            self.norm_at[j] in _EXCHANGE_NOUNS for j in self._phrase_before(colon)
        ):
            # a dash opens the list only after a phrase of swaps: "two swaps followed - 49
            # for 49 on ... and 103 for 103 on ..."
            return False
        # between the colon and the pair only earlier pairs of the list, each on its day
        # (a day by name too: "on Independence Day")
        listed = {i for f in self.m.figures for i in range(f.first, f.last)}
        listed |= {i for d in self.m.dates for i in range(d.first, d.last)}
        return (
            all(
                i in listed
                or self.norm_at[i] in (",", "and", "for", "on", "of", ";", "'s", "\u2019s")
                or self.tokens[i].text[:1].isupper()
                for i in range(colon + 1, figure.first)
            )
            and not self._planned_before(colon)
            and self.norm_set.isdisjoint(_HOPING)
        )

    def _day_before_pair(self, figure: FigureMention, partner: FigureMention) -> bool:
        """Whether a day and a comma stand right before a bare pair that ends its list item.

        "two swaps took place: on 14 May, 60 for 60, and on 2 June, 85 for 85": the day
        opens the item, the pair sizes its exchange, and a comma, "and" or the end of
        the clause closes it.
        """
        if self.norm_at[figure.first - 1] != ",":
            return False
        if self.norm_at[partner.last] not in (",", ";", ".", "and", ""):
            return False
        return any(d.last == figure.first - 1 and not d.since for d in self.m.dates)

    def _date_of_sized_swap(
        self, figure: FigureMention, dates: list[DateMention]
    ) -> DateMention | None:
        """The date right after the swap a bare pair sizes: "a 175 for 175 swap on March 19".

        The pair stands before its exchange noun, and "on" or "in" and a date follow
        the noun: that date is the swap's, whatever another exchange the sentence
        names ("The Easter exchange follows ...").
        """
        partner = self._partner(figure)
        if partner is None or figure.noun is not None:
            return None
        noun = self._after_pair(partner)
        if self.norm_at[noun] not in _EXCHANGE_NOUNS or self.norm_at[noun + 1] not in ("on", "in"):
            return None
        return next((d for d in dates if d.first == noun + 2 and not d.since), None)

    def _pair_on_dated_line(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is a bare "N for N" on a recap's dated line: "May 6: 205 for 205".

        A story listing its past exchanges line by line ("February 5: 150 for 150,
        mediated by the UAE.") sizes each day's swap with the pair right after the
        date's colon, or after a name for the swap ("April 19: the Easter exchange,
        246 for 246"). A lone dated line or a schedule's ("Planned swaps") stays out.
        """
        if figure.noun is not None or self._partner(figure) is None:
            return False
        colon = listed_past_line(self.tokens, self.first, self.last, self.text)
        opener = after_bullet(self.tokens, self.first)  # "- May 6: 205 for 205"
        if colon is None or not any(d.first == opener for d in self.m.dates):
            return False
        if figure.first == colon + 1:
            return True
        # "the Easter exchange, 246 for 246": a name for the swap set off before the pair
        return (
            self.norm_at[figure.first - 1] == ","
            and figure.first - colon <= 7
            and not any(colon < f.first < figure.first for f in self.m.figures)
            and any(self.norm_at[j] in _EXCHANGE_NOUNS for j in range(colon + 1, figure.first))
        )

    def dates_rest_of_line(self, text: str) -> bool:
        """Whether the date ``text`` opening this dated recap line dates the line's next sentence.

        "- 23-25 May: the "1,000 for 1,000" agreed in Istanbul. Each side got back 1,000
        people.": the line is one day's entry, so a sentence after the first on the same
        line tells of that day too, though the first read no exchange of its own.
        """
        colon = listed_past_line(self.tokens, self.first, self.last, self.text)
        if colon is None:
            return False
        opener = after_bullet(self.tokens, self.first)  # "23-25 May" reads as its last day
        if not any(opener <= d.first < colon and d.text == text for d in self.m.dates):
            return False
        end = self.tokens[self.last - 1].end
        line_end = self.text.find("\n", end)
        rest = self.text[end : len(self.text) if line_end < 0 else line_end]
        return any(c.isalnum() for c in rest)

    def _on_unread_day(self, figure: FigureMention) -> bool:
        """Whether a bare "N for N" is set "on" a day the date grammar cannot read.

        "64 for 64 on Unity Day and 210 for 210 on 6 October": the pair has a day of its
        own, so the date of another pair in the sentence is not its date.
        """
        partner = self._partner(figure)
        return (
            partner is not None
            and figure.noun is None
            and self.norm_at[partner.last] == "on"
            and partner.last + 1 < self.last
            and self.tokens[partner.last + 1].text[:1].isupper()
            and not any(d.first == partner.last + 1 for d in self.m.dates)
            # one of a list of pairs, each on its own day
            and sum(self._partner(f) is not None for f in self.m.figures) >= 2
        )

    def _after_pair(self, partner: FigureMention) -> int:
        """Where the words after the pair that ends with ``partner`` go on.

        A closing quote ('the "500 for 500" swap') and a prisoner noun that modifies an
        exchange noun ("an 84-for-84 prisoner exchange") are part of the pair's name.
        """
        at = partner.last
        if self.norm_at[at] in _QUOTES:
            return at + 1
        found = lx.PEOPLE.match(self.tokens, at, self.last)
        if (
            found is not None
            and found[0] == at + 1
            and found[1].category is PersonCategory.PRISONERS_OF_WAR
            and self.norm_at[at + 1] in _EXCHANGE_NOUNS
        ):
            return at + 1
        return at

    def _pair_said(self, figure: FigureMention) -> bool:
        """Whether a bare "N for N" is all a verb of saying reports, ending the sentence.

        "Both sides are saying 246 for 246.", "Officials in Kyiv said: 90 for 90.": the
        pair, with no noun and no verb of its own, is the size of the swap the story
        tells, as a source gives it. A plan stays out ("Kyiv says 500 for 500 could
        follow", "Kyiv proposed 500 for 500"), as does a pair naming a noun ("said a
        90-for-90 swap"), which other rules read.
        """
        partner = self._partner(figure)
        if partner is None or figure.noun is not None or partner.noun is not None:
            return False
        at = figure.first - 1
        at -= self.norm_at[at] in (":", "that")
        if self.norm_at[at] not in lx.SPEECH:
            return False
        return (
            partner.last == self.last - 1
            and self.norm_at[partner.last] in (".", "!")
            and not self._planned_before(self.last)
            and self.norm_set.isdisjoint(_HOPING)
        )

    def _pair(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is N in "N for N": the same number went each way."""
        return self._partner(figure) is not None

    def _before_dates(self, at: int) -> int:
        """The word before the dates that end at ``at``: "exchanges [in January and May]".

        A relative clause may follow the dates that place its noun, not the noun itself.
        """
        j = at
        while j > max(self.first, at - 12) and (
            self.norm_at[j] in lx.MONTHS
            or self.norm_at[j] in ("in", "on", ",", "and", "the", "this", "last", "year")
            or self.norm_at[j].isdigit()
        ):
            j -= 1
        return j

    def _ordinal_of_listed(self, figure: FigureMention, listed: int) -> int | None:
        """Which of ``listed`` dated handovers "the second of those handovers" picks, if any.

        "On 28 July, 11 August and 16 September Ukraine received 45 each time; the Russian
        side, in the second of those handovers, got back the same number": the second date.
        """
        start = self.first + self.clauses.start_of(figure.first - self.first)
        for i in range(start, figure.first - 3):
            if (
                self.norm_at[i] in _ORDINAL_PLACES
                and self.norm_at[i + 1] == "of"
                and self.norm_at[i + 2] in ("those", "these", "the")
                and self.norm_at[i + 3] in _EXCHANGE_PLURALS
            ):
                place = _ORDINAL_PLACES[self.norm_at[i]]
                return place if place < listed else None
        return None

    def _dates_for(
        self, figure: FigureMention, dates: list[DateMention], series_dates: tuple[str, ...]
    ) -> tuple[tuple[str, ...], bool]:
        """The date of the exchange ``figure`` belongs to, as written, and whether it is a series.

        The date of the event is preferred to the date of the statement ("said on
        Friday"), a date in the figure's own clause to one in another, and a date
        outside relative clauses ("the incursion, which began on Aug. 6,") to one
        inside. A sentence without a date of its own takes the date a sentence
        just before set the scene with ("On April 19, the pattern repeated.").
        """
        if series_dates:
            # "2024. ... in June, August and September, about a hundred each way": each
            # month of the series in the year the paragraph is about
            return tuple(self._in_year(d) for d in series_dates), True
        if not dates and self._closing_at_the_same_time():
            # "Kyiv received the bodies of four volunteers at the same time."
            return (SAME_DAY,), False
        if not dates and (then := self.then_after_the_clause()) is not None:
            return (then,), False
        if self._same_event() and not self._dated_before_same(dates):
            # "who came home in the same operation": the exchange just told, unless the
            # sentence names it by its date ("The September deal, ... in the same deal")
            named = [
                d
                for d in dates
                if not d.since and self.norm_at[d.last] in _EXCHANGE_NOUNS | {"deal", "deals"}
            ]
            if len(named) == 1:
                return (self._in_year(named[0].text),), False
            # "in the same handover on Thursday": the day given to the same exchange
            same = [
                d
                for d in dates
                if not d.since
                and self.norm_at[d.first - 1] == "on"
                and self.norm_at[d.first - 2] in _SAME_EVENT_NOUNS
                and self.norm_at[d.first - 3] == "same"
            ]
            if len(same) == 1:
                return (self._in_year(same[0].text),), False
            unread_day = self._told_unread()
            if unread_day is not None:
                return (self._in_year(unread_day),), False
            return (), False
        ranked = self._own_rank_day(figure)
        if ranked is not None:
            return (self._in_year(ranked),), False
        usable = [
            d
            for d in dates
            if (not d.since or self._when_of(d, figure))
            and not self.agreement_date(d)
            and not self._in_ranked_since(d, figure)
            and not self._expected_after(d, figure)
            and not self._people_story_date(d, figure)
            and not self._own_time_clause_date(d, figure)
            and not self._closed_life_story_date(d, figure)
            and not self._included_day_date(d, figure)
            and not self._example_day_date(d)
            and not self._restated_day_date(d)
            and not self._ago_after_day_date(d)
            and not self._first_of_series_date(d, figure)
            and not self._effort_began_date(d, figure)
            and not self._share_aside_date(d, figure)
            and not self._followed_on_date(d, figure)
            and not self._aside_of_ordinal_day(d, figure)
            and not self._compared_swap_date(d, figure)
            and not self._compared_than_date(d, figure)
            and not self._matched_exchange_date(d)
            and not self._meeting_day_date(d, figure)
            and not self._plan_clause_date(d, figure)
            and not self._likeness_aside_date(d, figure)
            and not self._compared_year_date(d, figure)
            and not self._dash_aside_date(d, figure)
            and not self._stage_of_days_date(d, figure)
            and not self._later_clause_date(d, figure, dates)
            and not self._own_figure_past_semicolon(d, figure)
        ]
        if usable and self._since_in_own_clause_only(figure, dates, usable):
            # "There was no swap in April, and since May Ukraine has brought home 95": the
            # total runs from its own clause's start; another clause's month is no date of it
            return (), False
        if not usable:
            if (then := self.then_after_the_clause()) is not None:
                return (then,), False  # "Kyiv said then that ...; on Sunday, ... 1,500"
            if (last_day := self._last_of_days_counted()) is not None:
                return (last_day,), False  # "on May 14 and 16 ... 205 over the two days"
            listed = self._listed_day_named(figure.first)
            if listed is not None:
                return ((self._in_year(listed),), False) if listed else ((), False)
            counted = self._before_the_story(figure) if self.discourse.scene is None else None
            if counted is not None:
                return (counted,), False  # "The talks came a day after Russia freed 90"
            scene = self.discourse.scene
            series = self._ordinal_series(figure, scene)
            if series:
                return series, True
            # "March. On the 19th, 175 came home"; with no month told, this month's 19th
            if scene is not None and self._span_opens_after(scene, dates):
                # "... until March 2025. Since the start of the year, 412 have come home",
                # read in 2026: a total whose span opens after the scene set before is no
                # total of that scene
                return (), False
            carried = self._exchange_in_that() or (
                self._on_day_of(scene, figure)
                if scene is not None
                else self._bare_ordinal_day(figure)
                or self._day_pointed_back()
                or self._exchange_pointed_back()
            )
            return ((carried,), False) if carried is not None else ((), False)
        scene = self.discourse.scene
        if scene is not None and all(self._whole_year(d) for d in usable):
            # "January. On the 8th, 50 went each way, a modest swap by the standards of
            # 2022": the day named by its ordinal is the exchange's, not the compared year
            day = self._on_day_of(scene)
            if day != scene:
                return (self._in_year(day),), False
        # "residents who had been taken to Ukraine during the incursion last year": the
        # date of the capture, not of the exchange
        # (or "who had been moved to Ukraine during last year's incursion": a back-story)
        if not self.norm_set.isdisjoint(_CAPTIVITY_VERBS) or {"had", "been"} <= self.norm_set:
            usable = [
                d
                for d in usable
                if not self._captivity_date(d)
                # "three days after they were captured on 20 April, the 12 came home": the
                # capture's day is what the span runs from
                or self._span_over_capture(d) is not None
                # "captured in 2022, when Ukraine recovered 144": the "when" clause hung on
                # the capture's date tells an exchange of that date too, unless it has its own
                or (
                    d.last <= figure.first
                    and self._in_its_when_clause(d, figure)
                    and not any(e.first > d.last for e in usable)
                    # "captured in May 2022, when Mariupol fell, and Kyiv recovered 144": a
                    # comma before "and" closes the "when" clause; the figure is past it
                    and not any(
                        (self.norm_at[k], self.norm_at[k + 1]) == (",", "and")
                        for k in range(d.last, figure.first)
                    )
                )
            ]
        if not usable:
            carried = self.discourse.scene
            return ((carried,), False) if carried is not None else ((), False)
        events = [d for d in usable if not self._statement_date(d)] or usable
        stated = [d for d in usable if d not in events]
        if stated and all(self.quoted_today(d) for d in events):
            # '"Today ten civilians came home," Zelensky said on Friday': the speaker's today
            # is the day the sentence gives his saying
            events = stated
        said_on = (
            {self.quotation_said_on(d) for d in events}
            if not stated and all(self.quoted_today(d) for d in events)
            else set()
        )
        if len(said_on) == 1 and (weekday := next(iter(said_on))):
            # '"They are home. Ten came back today. Thanks to all," he wrote on Sunday': the
            # quotation is said as one, on the day the sentence that closes it gives
            return (weekday,), False
        last_told = self.discourse.told
        if (
            said_on
            and last_told is not None
            and names_a_day(last_told[1])
            and (last_told[2] or self._guest_turn())
        ):
            # "..., the governor said on Sunday. 'Eight came home today,' he wrote": a
            # speaker's today with no day of its own is the day the story last gave his
            # saying, or, in a transcript, the day the guest's turn was recorded on
            return (self._in_year(last_told[1]),), False
        if not any(self._same_clause(d.first, figure.first) for d in events) and not any(
            self._the_exchange_on(d) for d in events
        ):
            # "The stages began on June 9, although Kyiv said on July 23 that 250 had
            # returned": the saying in the figure's own clause is nearer its exchange
            # than a date of another clause ("while Kyiv said the swap, carried out on
            # Monday, ..." dates the exchange itself)
            events = [d for d in usable if self._same_clause(d.first, figure.first)] or events
        # "On 25 June, in the eighth swap this year, 90 soldiers went home": the year
        # ranks the swap; the day beside it is the exchange's
        ranking = [d for d in events if self._ranking_year(d)]
        if ranking and len(ranking) == len(events) and self._headline():
            # "Kyiv gets 757 bodies in first handover of 2025": a headline's year only ranks
            # the exchange; the story's day dates it
            return (), False
        events = [d for d in events if d not in ranking] or events
        if all(self._whole_year(d) for d in events):
            # "Kyiv said on Wednesday it had received 757 bodies, the third such repatriation
            # this year": the day of the statement is nearer the exchange than the year
            dated = [d for d in usable if _HAS_DAY.search(d.text) or d.text in _WEEKDAY_NAMES]
            events = dated or events
        inside = self._in_relative(figure.first)
        outside = [
            d
            for d in events
            if not self._in_relative(d.first)
            or self._the_exchange_on(d)
            # "which followed a smaller one on January 5 in which 25 were exchanged"
            or (inside and self._same_clause(d.first, figure.first))
            # "..., the latest of them on March 3, when 120 were exchanged": the same tie
            # from a date in an aside to a figure outside it
            or (d.last <= figure.first and self._names_its_exchange(d, figure))
            # "most recently on October 23, when 1,000 came back and Ukraine, for its part,
            # returned 31": the "when" clause runs on to its second side
            or (d.last <= figure.first and self._in_its_when_clause(d, figure))
            or self._speakers_day(d, figure)
        ]
        if (
            not outside
            and self.discourse.scene is None
            # "an exchange, which took place on Sunday" dates the exchange itself
            and all(self._relative_opener(d.first) in _ON_PEOPLE for d in events)
        ):
            # "said on Tuesday that 130 had come home, including 40 who had held the port
            # until January": the aside's date is its people's back-story, so the day of
            # saying dates the figure as it would with no aside (a scene set before keeps
            # its day, as below)
            outside = [d for d in stated if not self._in_relative(d.first)]
        if not outside:
            # every date is in an aside ("among them a journalist held since 2022"):
            # none is the exchange's
            carried = self.discourse.scene
            return ((carried,), False) if carried is not None else ((), False)
        own = [d for d in outside if self._same_clause(d.first, figure.first)] or outside
        if all(self._further_group_between(figure, d) for d in own):
            # "freed 90, and another 50 each were freed on Tuesday": the day is the later
            # group's; the figure before them has none of its own
            carried = self.discourse.scene
            return ((carried,), False) if carried is not None else ((), False)
        own = [d for d in own if not self._in_later_losses_clause(figure, d)]
        if not own:
            # "came home from Russia; intelligence puts enemy losses in 2025 at ...": the
            # year is the losses', and the exchange has no date of its own
            carried = self.discourse.scene
            return ((carried,), False) if carried is not None else ((), False)
        # "received 1,000 on Sept. 18 and returned 24, and in August ...": a date after a
        # coordinator that follows the figure opens the next clause
        earlier = [d for d in own if not self._coordinated_after(figure, d)]
        if not earlier and all(
            self._in_later_subject(figure, d) or self._opens_later_figure_clause(figure, d)
            for d in own
        ):
            # "the biggest returned 900, and the smallest, on 9 June, returned 120": the
            # day set off inside the next clause's subject is that clause's alone; so is
            # one opening a next clause with a figure of its own (", and on 9 June it
            # returned 120")
            carried = self.discourse.scene
            return ((carried,), False) if carried is not None else ((), False)
        own = earlier or own
        nearest = min(own, key=lambda d: abs(d.first - figure.first))
        # "70 each on July 9 and 80 each on Aug. 14": the date right after a figure is its own
        following = [
            d
            for d in own
            if figure.last <= d.first <= figure.np_end + 3
            and {self.norm_at[i] for i in range(figure.np_end, d.first)} <= _TO_ITS_DATE
        ] or [
            d
            for d in own
            if d.first == figure.np_end + 2
            and self.norm_at[figure.np_end] in _FREED_ON
            and self.norm_at[figure.np_end + 1] in ("on", "in")
        ]
        if following:
            nearest = following[0]
        # "(640 were returned to Kyiv, 28 to Moscow)": a gapped half is in its verb's bracket
        bracketed = self._date_before_bracket(self._gapped_receiver(figure) or figure, own)
        if bracketed is not None:
            nearest = bracketed  # "In June (on the 25th, 90 each) and July (...)": June's
        told = self._told_of_people(figure, own)
        if told is not None:
            nearest = told
        after = [d for d in usable if self._dates_exchange_after(figure, d)]
        if len(after) == 1:
            nearest = after[0]
        sized = self._date_of_sized_swap(figure, own)
        if sized is not None:
            nearest = sized  # "follows a 175-for-175 swap on March 19": the swap's own day
        if listed_past_line(self.tokens, self.first, self.last, self.text) is not None:
            # "April 19: the Easter exchange, 246 for 246": a recap's line is of its day
            nearest = next((d for d in dates if d.first == self.first), nearest)
        partner = self._partner(figure)
        if partner is not None and self._dated_pair_listed(figure):
            # "90 for 90 on 25 June and 95 for 95 on 18 October": each pair's own day
            nearest = next(
                (d for d in dates if partner.last <= d.first <= partner.last + 1), nearest
            )
        if not _HAS_DAY.search(nearest.text):
            # "came last June, when ten civilians were freed on June 28": the day inside
            # the month is the more precise date of one exchange
            month = nearest.text.split()[-1]
            inner = [d for d in own if _HAS_DAY.search(d.text) and month in d.text.split()]
            if month.lower() == "month" and self._same_clause(nearest.first, figure.first):
                # "The previous swap, last month, saw 103 released by each side on Sept. 14":
                # the day the clause names is that month's
                inner = [
                    d
                    for d in own
                    if _HAS_DAY.search(d.text)
                    and not set(d.text.lower().split()).isdisjoint(lx.MONTHS)
                    and not self._before_their_relative(d, nearest, figure)
                ]
            season = _SEASON_MONTHS.get(nearest.text.lower().split()[0])
            if season is not None:
                # "In the autumn, Ukraine got back 108 women in an exchange on 17 October":
                # the day inside the season is the more precise date of one exchange
                inner = [
                    d
                    for d in own
                    if _HAS_DAY.search(d.text)
                    and {lx.MONTHS.get(w, 0) for w in d.text.lower().split()} & season
                ]
            if len(inner) == 1:
                nearest = inner[0]
        months = self._months_counted(nearest)
        if months is not None:
            # "two months before 20 October": the month reached, never the date counted from
            reached = _months_on([nearest], months)
            return ((self._in_year(reached),), False) if reached is not None else ((), False)
        if nearest.text == WEEKEND:
            # "came home at the weekend, in an exchange announced on Saturday": told as
            # done on the weekend's first day, it cannot have come on the second
            saturday = [d for d in usable if d.text == "Saturday" and self._statement_date(d)]
            if len(saturday) == 1:
                nearest = saturday[0]
        nearest = self._same_day_named_before(nearest, dates)
        reach = self.uncounted_reach(nearest)
        if reach:
            # "hours before 20 October": the month, the one date every day it may be is in
            within = self._month_within_reach(nearest, reach)
            return ((self._in_year(within, nearest.first),), False) if within else ((), False)
        days = (
            self._offset(nearest, figure)
            or self._earlier_by(nearest)
            or self._day_before_after(nearest, figure)
        )
        text = self._after_the_last_event(
            self._in_year(self._on_day_of(nearest.text, figure), nearest.first)
        )
        return ((shifted(text, days) if days else text),), False

    def _before_their_relative(
        self, date: DateMention, month: DateMention, figure: FigureMention
    ) -> bool:
        """Whether a relative pronoun after ``date`` opens the clause of ``month`` and ``figure``.

        "The talks of May 16 produced the deal under which each side freed 500 last
        month": the day is the talks'; the freeing has only the month its clause gives.
        """
        opening = min(month.first, figure.first)
        return any(self.norm_at[k] in lx.RELATIVE_PRONOUNS for k in range(date.last, opening))

    def _after_the_last_event(self, text: str) -> str:
        """``text`` in its year after the exchange told before, when the sentence says so.

        "Three months later, on New Year's Eve, ...": a sentence opened by a span
        counted forward from the exchange just told dates a day or month without a
        year in the year that span reaches, not the year before publication.
        """
        before = self.discourse.event_day
        if before is None or _HAS_YEAR.search(text):
            return text
        k = self.first + (self.norm_at[self.first] in ("and", "but", "then"))
        k += self.norm_at[k] in _HEDGES  # "Barely four weeks later, on January 31, ..."
        count = _offset_count(self.norm_at[k])
        unit = _LATER_UNITS.get(self.norm_at[k + 1])
        if count is None or unit is None or self.norm_at[k + 2] != "later":
            return text
        reached = before + dt.timedelta(days=count * unit)
        best: tuple[int, int] | None = None
        for year in (reached.year - 1, reached.year, reached.year + 1):
            try:
                start = Period.parse(f"{text} {year}").start
            except ValueError:
                return text
            gap = abs((start - reached).days)
            if best is None or gap < best[0]:
                best = (gap, year)
        return text if best is None else f"{text} {best[1]}"

    def _told_of_people(
        self, figure: FigureMention, dates: list[DateMention]
    ) -> DateMention | None:
        """The date of a relative clause on the figure's people that tells their move.

        "among the 52 servicemen who returned home on Saturday", "the 80 soldiers
        that Russia freed on 3 May": the clause says when these people moved, so
        its date is the figure's, before any date nearer the number.
        """
        if self.norm_at[figure.np_end] not in _RELATIVES:
            return None
        for date in dates:
            if not figure.np_end < date.first <= figure.np_end + 10:
                continue
            between = range(figure.np_end, date.first)
            if any(self.norm_at[i] in (",", ";", ":", "—", "–") for i in between):
                return None
            if any(figure.np_end < t.first < date.first and t.done for t in self.m.transfers):
                return date
        return None

    def _people_story_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` stands in a "who" clause on the figure's people that moves no one.

        "Kyiv brought home 90 soldiers who had defended Mariupol in 2022": the year
        tells the soldiers' story, not when they came home; so after a short phrase of
        where they are from ("six children from the Kharkiv region who were taken in 2022").
        """
        who = figure.np_end
        if self.norm_at[who] in ("of", "from"):
            who = next(
                (
                    i
                    for i in range(who + 1, min(who + 6, self.last))
                    if self.norm_at[i] in ("who", "whom")
                    or self.norm_at[i] in (",", ";", ":")
                    or self.tokens[i].kind == NUM
                ),
                who,
            )
        if self.norm_at[who] not in ("who", "whom"):
            return self._story_of_person_named_after(date, figure)
        if date.first <= who:
            return False
        # "eight residents who had been brought to Ukraine during last year's incursion": a
        # move told in the past perfect in the time of another event is their back-story
        earlier = self.norm_at[who + 1] == "had" and ends_possessive(
            self.tokens[date.last - 1].text
        )
        return not any(
            self.norm_at[i] in (",", ";", ":", "—", "–")
            or (i in self._transfer_starts and not earlier)
            for i in range(who, date.first)
        )

    def _story_of_person_named_after(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` is in a "who" clause on someone named after the figure, moving no one.

        "freed 40 soldiers and a mayor, a former judge who fled the city in March": the
        clause tells the person's story; a handover told in it ("who was freed on Sunday")
        is the exchange's own day, and so is a date with a comma or a colon before it.
        """
        for i in range(date.first - 1, figure.np_end, -1):
            word = self.norm_at[i]
            if word in (",", ";", ":", "—", "–") or i in self._transfer_starts:
                return False
            if word in ("who", "whom"):
                return not any(
                    _lemmas.is_transfer_form(self.norm_at[j]) for j in range(i + 1, date.first)
                )
        return False

    def _months_counted(self, date: DateMention) -> int | None:
        """Months counted from ``date``: "two months before (ahead of) 20 October" is -2.

        None when no count of months before or after stands right before the date.
        """
        at = date.first - 1
        at -= self.norm_at[at] == "the"
        word = self.norm_at[at]
        if (self.norm_at[at - 1], word) == ("ahead", "of"):
            at, word = at - 1, "before"
        if word not in ("before", "after") or self.norm_at[at - 1] not in ("month", "months"):
            return None
        count = _offset_count(self.norm_at[at - 2])
        return None if count is None else count * (1 if word == "after" else -1)

    def _own_time_clause_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` dates a time clause with a subject of its own, closed before the figure.

        "Petrenko, a miner until he was mobilised in 2022, was one of 140 freed on 2 May":
        "before (after, until) he ..." opens a clause with its own subject and verb, and
        its date is that verb's, not the figure's. Days counted to the clause ("three days
        after they were captured") and a clause that tells a handover ("after they were
        freed in May") are left to the other rules.
        """
        if date.last > figure.first or self.norm_set.isdisjoint(_OWN_CLAUSE_TIMES):
            return False
        for i in range(date.first - 1, max(self.first, date.first - 10) - 1, -1):
            word = self.norm_at[i]
            if word in (",", ";", ":", "(", ")") or word in lx.DASH_MARKS:
                return False
            if word in _OWN_CLAUSE_TIMES:
                return (
                    self.norm_at[i + 1] in lx.SUBJECT_PRONOUNS
                    and self.norm_at[i - 1] not in _COUNTED_BACK
                    and not any(i < t.first < date.first for t in self.m.transfers)
                    and any(self.norm_at[k] == "," for k in range(date.last, figure.first))
                )
        return False

    def _closed_life_story_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` dates a "who" clause on someone, set off and closed before the figure.

        "Hrytsenko, a driver who enlisted in 2015, is among the 95 freed on Friday": the
        year is the driver's own past, told in an aside the comma closes before the count;
        it is not the day of the handover the count belongs to.
        """
        if date.last > figure.first or not self.persons_past_date(date):
            return False
        if self._captivity_date(date):
            return False  # a capture's date has rules of its own ("captured in 2022, when ...")
        return any(self.norm_at[k] == "," for k in range(date.last, figure.first))

    def _included_day_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` names, by its possessive, a handover an opening "including" adds in.

        "Including Thursday's, Ukraine has received more than 17,000 bodies": the
        day's handover is a part of the sum, not the day the sum stands on. Only at the
        sentence's start: the phrase inside a that-clause is left to the tally rules.
        """
        opener = date.first - 1
        return (
            date.last < figure.first
            and ends_possessive(self.tokens[date.last - 1].text)
            and self.norm_at[opener] in ("including", "counting")
            and opener == self.first
            and any(self.norm_at[k] == "," for k in range(date.last, figure.first))
        )

    def _example_day_date(self, date: DateMention) -> bool:
        """Whether ``date``, by its possessive, names one example of exchanges told in the plural.

        "about 400 civilians have come home, in exchanges or in handovers like Friday's":
        Friday's handover is one of many the total sums up, not the day it stands on.
        """
        at = date.first - 1
        if (self.norm_at[at - 1], self.norm_at[at]) == ("such", "as"):
            at -= 1
        elif self.norm_at[at] != "like":
            return False
        return self.norm_at[at - 1] in _EXCHANGE_PLURALS and ends_possessive(
            self.tokens[date.last - 1].text
        )

    def _restated_day_date(self, date: DateMention) -> bool:
        """Whether ``date`` names again, as a weekday or holiday, the relative day before it.

        "yesterday, on Good Friday": both name one day, which "yesterday" settles; a
        holiday's own date may be another church's (the Western Good Friday a week
        before the Orthodox one) and a weekday's another week's.
        """
        on = date.first - 1
        if self.norm_at[on] != "on" or any(c.isdigit() for c in date.text):
            return False
        before = on - (self.norm_at[on - 1] == ",")
        return any(
            d.last == before and d.text.lower() in _SETTLED_DAYS
            for d in self.m.dates
            if d is not date
        )

    def _ago_after_day_date(self, date: DateMention) -> bool:
        """Whether ``date`` is a "... ago" aside that counts back to the day just before it.

        "on 5 January, exactly one month ago, when 25 came home": the aside tells how long
        ago that day was, in rounder terms; the day is the date, not the month it rounds to.
        """
        if self.norm_at[date.last - 1] != "ago":
            return False
        comma = date.first - 1
        if comma > self.first and (
            self.tokens[comma].kind == NUM or self.norm_at[comma] in lx.A_OR_NUMBER_VALUES
        ):
            comma -= 1  # the count of "one month ago", which the date reads apart
        if comma > self.first and self.norm_at[comma] in _ROUNDING:
            comma -= 1  # "exactly one month ago", "almost a year ago"
        if self.norm_at[comma] != ",":
            return False
        return any(
            d.last == comma and any(c.isdigit() for c in d.text) and not d.since
            for d in self.m.dates
            if d is not date
        )

    def _first_of_series_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date``, after ``figure``, names the first of the exchanges it sums.

        "1,358 came home in 11 exchanges, starting with the swap of January 3": the
        total's series opens on that day; it does not stand on it.
        """
        if date.first <= figure.last:
            return False
        for k in range(figure.last, date.first - 1):
            if (
                self.norm_at[k] == ","
                and self.norm_at[k + 1] in _SERIES_OPENERS
                and self.norm_at[k + 2] == "with"
            ):
                return not any(k < f.first < date.first for f in self.m.figures)
        return False

    def _effort_began_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date``, after ``figure``, is when a long effort the figure is part of began.

        "eleven children were reunited with their parents, part of an initiative that
        started in 2023": the initiative's start dates none of the returns it brought.
        """
        if date.first <= figure.last:
            return False
        for k in range(max(figure.last, date.first - 4), date.first):
            if self.norm_at[k] not in _BEGAN:
                continue
            noun = k - 1
            if self.norm_at[noun] in ("was", "were", "had", "has", "have"):
                noun -= 1  # "that was launched", "which had begun"
            if self.norm_at[noun] in ("that", "which", ","):
                noun -= 1
            if noun > figure.last and self.norm_at[noun] in _LONG_EFFORTS:
                return not any(f.first > noun and f.first < date.first for f in self.m.figures)
        return False

    def _same_day_named_before(self, date: DateMention, dates: list[DateMention]) -> DateMention:
        """The day "the same day" points back to when the sentence names it first, or ``date``.

        "on August 14, 84 Ukrainians returned, and on the same day Ukraine handed over 84
        prisoners": the day named before in the sentence, not the exchange told before it.
        """
        if date.text != SAME_DAY:
            return date
        named = [
            d
            for d in dates
            if d.last <= date.first
            and not d.since
            and _HAS_DAY.search(d.text)
            and not self._statement_date(d)
        ]
        return named[-1] if named else date

    def _share_aside_after(self, mark: int) -> int | None:
        """Where what follows a share aside opening at ``mark`` begins, if one opens there.

        ", about half of them this year" and "— the bulk of those since May" put part of
        the figure before them in a period; the caller reads the period after "of them".
        Up to two hedges ("about", "the") may come before the share word; "all" is none.
        """
        if self.norm_at[mark] not in (",", "—", "–", "-"):
            return None
        share = mark + 1
        while share < mark + 3 and self.norm_at[share] in SHARE_HEDGES:
            share += 1
        if self.norm_at[share] in _SHARE_INTENSIFIERS:
            share += 1  # "the overwhelming majority of them in 2025"
        if self.norm_at[share] not in SHARES or self.norm_at[share] == "all":
            # ", all of them on Sunday" is the whole figure's date, no share of it
            return None
        if (self.norm_at[share + 1], self.norm_at[share + 2]) not in OF_THEM:
            return None
        return share + 3

    def _last_of_days_counted(self) -> str | None:
        """The last of the days the sentence before listed, when "over the N days" sums them.

        "... in two stages, on May 14 and 16, ... Russia said it had received 205 over the
        two days": the sum stands complete on the second day.
        """
        days = self.discourse.days
        if self.discourse.days_at != self.index - 1 or len(days) < 2:
            return None
        counted = any(
            self.norm_at[k] == "over"
            and self.norm_at[k + 1] in ("the", "those", "these")
            and _offset_count(self.norm_at[k + 2]) == len(days)
            and self.norm_at[k + 3] == "days"
            for k in range(self.first, self.last - 3)
        )
        return self._in_year(days[-1]) if counted else None

    def _own_figure_past_semicolon(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` stands past a semicolon after the figure, in a clause with a number.

        "Kyiv said then that it had recovered 1,456 ...; on Sunday the commissioner said
        the number had risen to more than 1,500": the day is the later count's.
        """
        if date.first <= figure.last:
            return False
        semicolon = next(
            (k for k in range(figure.last, date.first) if self.norm_at[k] == ";"), None
        )
        if semicolon is None:
            return False
        stop = next((k for k in range(date.last, self.last) if self.norm_at[k] == ";"), self.last)
        return any(
            self.tokens[k].kind == NUM and not lx.is_bare_year(self.tokens[k].text)
            for k in range(date.last, stop)
        )

    def _later_clause_date(
        self, date: DateMention, figure: FigureMention, dates: list[DateMention]
    ) -> bool:
        """Whether ``date`` counts days on, after the figure, from a date told before it.

        "On 9 May, Kyiv got back 150 soldiers and, two days later, another 90": "two days
        later" opens the clause of the next handover, so the figure told before it
        keeps the date it is counted from, and the two are never one exchange.
        """
        counted = date.text.partition(SHIFT)[2]
        return (
            counted.startswith("+")
            and date.first > figure.last
            and any(d.last <= figure.first and not d.since for d in dates)
        )

    def _compared_swap_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` dates an earlier swap a comparison after the figure names.

        "Both sides freed 120, as they had in March", "..., as in May", "..., just as
        they did in the previous exchange in April": "as" right before "in" or "on", or
        before a subject and a form of "do" or "have", compares with another swap.
        """
        for i in range(figure.last, date.first):
            if self.norm_at[i] != "as" or self.norm_at[i - 1] not in _BEFORE_COMPARING_AS:
                continue
            if self.norm_at[i + 1] in ("in", "on"):
                return True
            return self.norm_at[i + 2] in _COMPARED_AUXILIARIES
        return False

    def _compared_than_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` dates another time a comparison after the figure sets it against.

        "Kyiv got back 300 this winter, fewer than in the swap of June 2024": "than" before
        "in" (or "on", "during") with a comparative before it compares with another time,
        which is no date of the figure; "more than 300 in June" is a hedge on a count.
        """
        return any(
            self.norm_at[i] == "than"
            and self.norm_at[i - 1] in _COMPARING_THAN
            and self.norm_at[i + 1] in ("in", "on", "during", "at")
            for i in range(figure.last, date.first)
        )

    def _plan_clause_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` stands in a relative clause telling only when an exchange was due.

        "exchanged prisoners on Thursday in a swap that had been due before Easter in
        April, with Kyiv saying 303 came home": April is the plan's, not the swap's day.
        A verb in the past after the modal ("the last swap that we could confirm took place
        on 7 May") tells the exchange done; the modal was the teller's.
        """
        if date.since:
            return False
        for i in range(date.first - 1, max(self.first, date.first - 14), -1):
            if self.norm_at[i] in (",", ";", ":"):
                return False
            if self.norm_at[i] in ("that", "which"):
                return (
                    self.norm_at[i - 1 - (self.norm_at[i - 1] == ",")] in _EXCHANGE_NOUNS
                    and self._planned_between(i, date.first)
                    and not i < figure.first < date.first
                    and not any(self.norm_at[k] in _TOOK_PLACE for k in range(i, date.first))
                )
        return False

    def _meeting_day_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date``, by its possessive after the figure and a comma, names a meeting.

        "22 wounded were brought home, something Putin had asked for during Tuesday's call":
        the call's day, not the day the 22 came home.
        """
        return (
            date.first > figure.last
            and self.norm_at[date.last] in _MEETING_NOUNS
            and ends_possessive(self.tokens[date.last - 1].text)
            and any(self.norm_at[k] == "," for k in range(figure.last, date.first))
        )

    def _matched_exchange_date(self, date: DateMention) -> bool:
        """Whether ``date``, by its possessive, names an exchange a verb likens this one to.

        "The fourth, on 11 December, matched October's, with 31 again, while Kyiv got
        1,000": October's exchange is the one compared with, not the one told.
        """
        return self.norm_at[date.first - 1] in _MATCHING_VERBS and ends_possessive(
            self.tokens[date.last - 1].text
        )

    def _likeness_aside_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` stands in an aside likening the exchange to another, apart from
        ``figure``.

        "On June 20, 390 came home, a repeat of the swap of May 1, and Russia got the same
        number": ", a repeat (an echo, a mirror) of ..." names the other swap, whose date
        is no date of a figure outside the aside, before it or after it.
        """
        opening = next(
            (
                k
                for k in range(date.first - 1, max(self.first, date.first - 12) - 1, -1)
                if self.norm_at[k] in (",", ";", "\u2014", "\u2013")
            ),
            None,
        )
        if opening is None:
            return False
        at = opening + 1
        if self.norm_at[at] in ("a", "an"):
            at += 1
        # "an exact echo of", "a near repeat of": a word may qualify the noun
        noun = next((k for k in (at, at + 1) if self.norm_at[k] in _LIKENESS_NOUNS), None)
        if noun is None or self.norm_at[noun + 1] != "of" or noun + 1 >= date.first:
            return False
        closing = next(
            (k for k in range(date.last, self.last) if self.norm_at[k] in (",", ";", ".")),
            self.last,
        )
        return not opening < figure.first < closing

    def _compared_year_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` is the year of a count set against ``figure`` after it.

        "Some 600 came home over the whole year, compared with more than 1,500 in 2022":
        the year after "compared with" dates the count it follows, not the one before.
        """
        return any(
            other.first > figure.last and year_compared(self.norm, other.last - 1) == date.first
            for other in self.m.figures
        )

    def _dash_aside_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` dates a count told in an aside between dashes the figure is outside.

        "With the summer handovers - more than 6,000 in June and about 1,000 in each of
        July and August - Ukraine has received 11,000 this year": the months date the
        aside's own counts; the figure of the main clause is not summed over them.
        """
        dashes = [
            k
            for k in self._at(lx.DASH_MARKS, self.first, self.last)  # a dash, or a hyphen for one
            if self.spaced_dash(k)
            # not a live blog's time stamp, "21:00 — What we know ...", which opens no aside
            and not (self.tokens[k - 1].kind == NUM and self.tokens[k - 2].text == ":")
        ]
        for opening, closing in zip(dashes[::2], dashes[1::2], strict=False):
            if (
                opening < date.first
                and date.last <= closing
                and not opening < figure.first < closing
                and any(self._count_token(k) for k in range(opening + 1, closing))
            ):
                return True
        return False

    def _count_token(self, k: int) -> bool:
        """Whether the token at ``k`` is a number outside every date: a count, not a day."""
        return self.tokens[k].kind == NUM and not any(d.first <= k < d.last for d in self.m.dates)

    def _stage_of_days_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` dates one stage of an exchange its clause spreads over days.

        "The 500-for-500 swap ran over two days, with 200 freed on Monday": the "with"
        clause after the span gives one day's part and that day; the whole took several
        days, so the day of a part is no date of the whole.
        """
        if date.first <= figure.last:
            return False
        opening = next(
            (
                k
                for k in range(figure.last, date.first)
                if self.norm_at[k] == "with" and self.norm_at[k - 1] == ","
            ),
            None,
        )
        if opening is None or not any(
            self.tokens[k].kind == NUM for k in range(opening + 1, min(date.first, opening + 4))
        ):
            return False
        between = [self.norm_at[k] for k in range(figure.last, opening)]
        if not {";", ":", "."}.isdisjoint(between):
            return False
        return any(
            word in ("over", "across")
            and between[k + 2] == "days"
            and (
                between[k + 1] in lx.UNCOUNTED_QUANTIFIERS
                # "over three days", "over 12 days": a count of more than one day
                or (lx.number_value(between[k + 1]) or 0) >= 2
            )
            for k, word in enumerate(between[:-2])
        )

    def _share_aside_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` dates a share set off after the figure, not the figure itself.

        "more than 3,000 had been repatriated since the invasion, about half of them this
        year": a mark after the figure, a share word ("half", "most", "some") and "of
        them" before the date tell when part of the count came, not when it stood.
        """
        at = date.first - (self.norm_at[date.first - 1] in lx.DATE_PREPOSITIONS)
        return any(
            figure.last <= mark and self._share_aside_after(mark) == at
            for mark in range(at - 7, at - 3)
        )

    def _aside_of_ordinal_day(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` is in an aside set off right after "on the 19th", before the figure.

        "March. On the 19th — the day after a call — 175 went each way" and "On the
        19th, a Wednesday, ..." describe the 19th; the aside's own date is not the
        exchange's, which the ordinal day gives.
        """
        for i in self._bare_ordinal_positions():
            mark = self.norm_at[i + 2]
            if mark not in (",", "—", "–", "-") or date.first <= i + 2:
                continue
            # the aside ends at the first mark like its opening one, before the figure
            close = next((k for k in range(i + 3, figure.first) if self.norm_at[k] == mark), None)
            if (
                close is not None
                and date.last <= close
                and all(self.norm_at[k] not in _ASIDE_BREAKS for k in range(i + 3, close))
            ):
                return True
        return False

    def _followed_on_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` is in ", followed (on X) by" after the figure: a later event's day.

        "Ukraine got back 25 soldiers, followed on Feb. 5 by 150 more": Feb. 5 is the
        day of what followed, not of the 25, which keep the story's date. Only the
        passive ("was followed by", ", followed by") says so; "and 150 more followed on
        Feb. 5" or "A smaller swap, 100 for 100, followed on Feb. 8" dates its own subject.
        """
        if date.first <= figure.last:
            return False
        for k in range(date.first - 1, figure.last - 1, -1):
            word = self.norm_at[k]
            if word in (";", ":", ".", "—", "–"):
                return False
            if word == "followed":
                return self.norm_at[k - 1] in (",", "was", "were", "been") and (
                    any(self.norm_at[i] == "by" for i in range(k + 1, date.first))
                    or self._by_after(date.last)
                )
        return False

    def _by_after(self, k: int) -> bool:
        """Whether "by" stands at or after ``k`` in its clause: a passive's agent ("by 150")."""
        for i in range(k, self.last):
            word = self.norm_at[i]
            if word in (";", ":", ".", "—", "–"):
                return False
            if word == "by":
                return True
        return False

    def _after_days_exchange(self, date: DateMention) -> bool:
        """Whether ``date`` is the day in "after Saturday's exchange".

        "were back on home soil on Sunday after Saturday's exchange": the possessive day
        is the exchange's, and the people came home by it, so it dates the figure.
        """
        if self.norm_at[date.first - 1] != "after":
            return False
        noun = date.last
        if self.norm_at[noun] in ("'s", "\u2019s"):
            noun += 1
        elif not ends_possessive(self.tokens[date.last - 1].text):
            return False
        return self.norm_at[noun] in _EXCHANGE_NOUNS

    def _since_in_own_clause_only(
        self, figure: FigureMention, dates: list[DateMention], usable: list[DateMention]
    ) -> bool:
        """Whether a clause joined on by "and"/"but" opens with "since" before the figure.

        "There was no swap in April, and since May Ukraine has brought home 95": the
        figure counts from the start its own clause names, so a date told only in the
        clause before the coordinator does not date it.
        """
        for since in dates:
            if not since.since or since.first > figure.first:
                continue
            opener = since.first - (self.norm_at[since.first] != "since")
            if self.norm_at[opener] != "since" or self.norm_at[opener - 1] not in _SINCE_JOINERS:
                continue
            if all(d.last <= opener - 1 for d in usable):
                return True
        return False

    def _dates_exchange_after(self, figure: FigureMention, date: DateMention) -> bool:
        """Whether ``date`` dates the exchange named after the figure by "after a swap".

        "95 soldiers are home this morning after an exchange that took place late
        yesterday": the people came back as a result of that exchange, so its day,
        not the hour of their arrival, is the figure's date.
        """
        if date.first <= figure.last:
            return False
        if self._after_days_exchange(date):
            return True
        for i in range(date.first - 1, max(figure.last, date.first - 9), -1):
            word = self.norm_at[i]
            if word in (",", ";", ":", "—", "–", "and", "but"):
                return False
            if word in _EXCHANGE_NOUNS:
                k = i - 1 if self.norm_at[i - 1] in _SWAP_DETERMINERS else i
                # "came home on 24 June, after another swap on 20 June": "another" with a
                # day of the figure's own tells two handovers, the figure's the later one
                if self.norm_at[i - 1] == "another" and self._day_between(figure.last, k - 1):
                    return False
                return (
                    self.norm_at[k - 1] == "after"
                    and not self._planned_between(i, date.first)
                    and not self._handed_on_own_day(figure, k - 1)
                )
        return False

    def _day_between(self, start: int, end: int) -> bool:
        """Whether a number, a weekday or a month stands in ``tokens[start:end]``."""
        return any(
            self.tokens[j].kind == NUM
            or self.norm_at[j] in lx.WEEKDAYS
            or self.norm_at[j] in lx.MONTHS
            for j in range(start, end)
        )

    def _handed_on_own_day(self, figure: FigureMention, after: int) -> bool:
        """Whether the figure's verb of handing over has a day "on" it before ``after``.

        "Ukraine received 150 bodies on 4 January, after a handover on 31 December": the
        receiving is dated by its own day, so the handover named after it is an earlier
        one. People told as arriving ("95 were home on Sunday after Saturday's swap") have
        no verb of handing over before them and keep the swap's day.
        """
        own = any(
            self.norm_at[d.first - 1] == "on"
            and figure.last <= d.first < after
            and self._same_clause(d.first, figure.first)
            for d in self.m.dates
        )
        return own and any(
            t.move is not Move.EVENT
            and t.last <= figure.first
            and self._same_clause(t.first, figure.first)
            for t in self.m.transfers
        )

    def _span_opens_after(self, scene: str, dates: list[DateMention]) -> bool:
        """Whether a "since" date of the sentence opens after the dated ``scene`` has ended.

        The scene a sentence before set is borrowed by a figure with no date of its own;
        a total whose own span starts after that scene would end before it began.
        """
        published = self.discourse.published
        if published is None or not _HAS_YEAR.search(scene):
            return False
        try:
            ended = Period.parse(scene, reference=published).end
        except ValueError:
            return False
        for date in dates:
            if not date.since:
                continue
            try:
                if Period.parse(date.text, reference=published).start > ended:
                    return True
            except ValueError:
                continue
        return False

    def _on_day_of(self, month: str, figure: FigureMention | None = None) -> str:
        """``month`` narrowed to the one day the sentence names by a bare ordinal, if any.

        "In May, on the 6th, 205 went each way" and "March. The exchange of the
        19th ..." date the exchange to a day of the month told just before. With
        several days, ``figure`` takes the one told beside it with no other figure
        between: "In October, 108 came back on the 17th and 32 on the 6th".
        """
        if _HAS_DAY.search(month) or set(month.lower().split()).isdisjoint(lx.MONTHS):
            return month
        days = [
            i
            for i in range(self.first + 1, self.last - 1)
            if self.tokens[i].kind == NUM
            and self.norm_at[i + 1] in ("st", "nd", "rd", "th")
            and self.tokens[i + 1].gap == 0
            and self.norm_at[i - 1] == "the"
            and (
                (self.norm_at[i - 2] in _BEFORE_DAY and self.norm_at[i + 2] in _AFTER_DAY)
                or (self.norm_at[i - 2] == "of" and self.norm_at[i - 3] in _EXCHANGE_NOUNS)
                or self._day_before_side(i)
            )
            and self.tokens[i].text.isdigit()
            and 1 <= int(self.tokens[i].text) <= 31
        ]
        days = [i for i in days if not self._day_of_other_month(i, month)]
        if len(days) > 1 and figure is not None:
            days = self._days_beside(figure, days)
        if len(days) != 1:
            return self._ordinal_span(month) or month
        return self._ordinal_span(month, days[0]) or f"{self.tokens[days[0]].text} {month}"

    def _day_of_other_month(self, i: int, month: str) -> bool:
        """Whether the ordinal day at ``i`` belongs to a month other than ``month``.

        "October saw swaps ... on the 2nd and the 27th respectively, and on other days in
        November, 30 ...": the days are October's, the month named last before them, so
        none of them narrows "November" to a day.
        """
        before = [d for d in self.m.dates if d.last <= i and d.text.lower() in lx.MONTHS]
        return bool(before) and before[-1].text.lower() != month.lower()

    def _day_before_side(self, i: int) -> bool:
        """Whether "on the <i>th" opens a clause whose subject, a side, follows it at once.

        "..., and on the 11th Ukraine got back 24 people": with no comma after it, the
        day still sets the time of the clause the side's name begins.
        """
        return (
            self.norm_at[i - 2] == "on"
            and self.norm_at[i - 3] in ("and", ",", ";", "then")
            and any(p.first == i + 2 for p in self.m.parties)
        )

    def _ordinal_span(self, month: str, first: int | None = None) -> str | None:
        """ "May. From the 23rd to the 25th, ..." or "between the 23rd and the 25th": the
        days of the month told before, as the date grammar writes a span ("from 23 to 25
        May"); None unless the sentence names one such span of a few days.

        ``first`` is the span's first day when it was already found as a day on its own.
        """
        starts = [first] if first is not None else range(self.first + 2, self.last - 5)
        for i in starts:
            opener = self.norm_at[i - 2]
            link = {"from": "to", "between": "and"}.get(opener)
            end = i + 4
            if (
                link is None
                or self.norm_at[i - 1] != "the"
                or not self._day_token(i)
                or self.norm_at[i + 1] not in ("st", "nd", "rd", "th")
                or [self.norm_at[i + 2], self.norm_at[i + 3]] != [link, "the"]
                or not self._day_token(end)
                or self.norm_at[end + 1] not in ("st", "nd", "rd", "th")
            ):
                continue
            low, high = int(self.tokens[i].text), int(self.tokens[end].text)
            if 0 < high - low <= _SPAN_DAYS:
                return f"from {low} to {high} {month}"
        return None

    def _days_beside(self, figure: FigureMention, days: list[int]) -> list[int]:
        """The ordinal day told beside ``figure``, with no other figure between them.

        The list keeps one order: when the first day comes before the first figure
        ("on the 4th, 41 came back, and on the 22nd, 63"), each day leads its figure;
        otherwise ("108 came back on the 17th and 32 on the 6th") each day follows it.
        A number counting the sides ("on the 1st, the two sides swapped 50 each") is no
        figure of people and stands between no day and its figure. Several days told
        together there ("60 and 75 came home on the 9th, the 14th and the 21st") are a
        list no one figure can pick its day from: none is given.
        """
        figures = [f.first for f in self.m.figures if self.norm_at[f.last] not in _SIDE_NOUNS]

        def alone(start: int, end: int) -> bool:
            return not any(start <= f < end for f in figures)

        if figures and days[0] < min(figures):
            beside = [d for d in days if d < figure.first and alone(d + 1, figure.first)]
        else:
            beside = [d for d in days if d >= figure.last and alone(figure.last, d)]
        return beside if len(beside) == 1 else []

    def _ranking_year(self, date: DateMention) -> bool:
        """Whether a whole year or month ranks an exchange: "the eighth swap ... this year".

        "the third such handover this month" counts the handover among the month's;
        the month is not its date when the sentence names a narrower one.
        """
        if not self._whole_year(date) and date.text not in ("this month", "this week"):
            return False
        if self.norm_at[date.first - 1] in _RANKS | _ORDINAL_WORDS:
            return True  # "the swap was the fourth this year": the noun left out
        for i in range(date.first - 1, max(self.first, date.first - 10) - 1, -1):
            if self.norm_at[i] in (",", ";", ":"):
                return False
            if self.norm_at[i] in _EXCHANGE_NOUNS:
                k = i - 1 - (self.norm_at[i - 1] == "such")
                previous = self.norm_at[k]
                return previous in _RANKS or previous in _ORDINAL_WORDS or self._ordinal_at(k - 1)
        return False

    def _in_ranked_since(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` dates the event a ranked "since" clause measures from.

        "the first swap since talks broke down last month": the clause after "the
        first ... since" tells an earlier event, so its date is not the exchange's. A
        figure in a "when" clause after that date is of that earlier event ("since the
        one on April 26, when 90 came home"), so the date is the figure's own.
        """
        if self._when_of(date, figure) and all(
            self.norm_at[i] != "," for i in range(date.last + 2, figure.first)
        ):
            return False
        lower = figure.np_end if figure.first < date.first else self.first
        for i in range(date.first - 1, max(lower, date.first - 12) - 1, -1):
            if self.norm_at[i] in (",", ";", ":", "—", "–", "(", ")"):
                return False
            if self.norm_at[i] == "since":
                return (
                    i < date.first - 1
                    and self._ranked(i)
                    and not war_start_then_this_week(self.norm, i, date.first)
                    and not self._since_date_closed(i, date)
                )
        return False

    def _since_date_closed(self, since: int, date: DateMention) -> bool:
        """Whether a date right after "since" is its whole object, ending before ``date``.

        "The first swap since May took place on Friday": "since May" is closed by May, so
        Friday dates the swap the rank is of, not the event the rank measures from.
        """
        return any(
            d.first in (since + 1, since + 2) and d.last <= date.first and d is not date
            for d in self.m.dates
        ) and any(self.norm_at[j] in ("on", "at") for j in range(date.first - 2, date.first))

    def _listed_day_named(self, at: int) -> str | None:
        """The day of the sentence before's list that "on the final day" names.

        "390 on May 23, 307 on May 24 and 303 on May 25. On the final day, 303 were
        returned": the last listed day, not the first ("on the last day of the year"
        names a day of its own). A semicolon parts it from the figure at ``at``: "each
        released 1,000; the first day alone involved 390" names the day of the 390 only.
        "On the 11th and again on the 14th ... Russia said it got 27 in the first
        handover": a stage named by its rank is that listed day too.
        """
        if self.norm_set.isdisjoint(_LISTED_STAGES) and self.norm_set.isdisjoint(
            _LISTED_STAGE_PLURALS
        ):
            return None  # most sentences: no stage for a rank to name
        days = self.discourse.days
        for k in range(self.first - 1, self.last - 3):
            # "on the first day", "; the first day alone involved 390", "in the first handover"
            if k >= self.first and self.norm_at[k] not in ("on", "in", ";", ",", "and"):
                continue
            if self.norm_at[k + 1] != "the":
                continue
            between = range(k + 1, at) if k < at else range(at, k + 1)
            if any(self.norm_at[j] == ";" for j in between):
                continue
            rank = _LISTED_RANKS.get(self.norm_at[k + 2])
            if (
                rank is not None
                and self.norm_at[k + 3] == "of"
                and self.norm_at[k + 4] in ("those", "these")
                and self.norm_at[k + 5] in _LISTED_STAGE_PLURALS
            ):
                # "on the first of those days": a pointer into the list before; a list
                # that does not hold the day it names gives no day, not the scene's
                return days[rank] if days and rank < len(days) else ""
            if self.norm_at[k + 3] not in _LISTED_STAGES:
                continue
            if self.norm_at[k + 4] == "of":
                return None  # "on the last day of the year", "the first handover of 2025"
            if rank is not None and days and rank < len(days):
                return days[rank]
            return None
        return None

    def _own_rank_day(self, figure: FigureMention) -> str | None:
        """The listed day a rank right after the figure names: "three in the first and 94 on ...".

        "Swaps on 6 May, 25 May and 4 June ... Moscow said it got three in the first
        and 94 on Sunday": the rank picks a day of the sentence before's list, and the
        date after "and" is the next figure's, not this one's. The rank's noun may be
        left out ("in the first"), said ("in the second handover"), stood for by "one"
        ("in the second one") or picked from the list by "of them" ("in the second of
        those swaps"): each is the same pointer into the list.
        """
        days = self.discourse.days
        at = figure.np_end
        if not days or self.norm_at[at] != "in" or self.norm_at[at + 1] != "the":
            return None
        rank = _LISTED_RANKS.get(self.norm_at[at + 2])
        if rank is None or rank >= len(days):
            return None
        end = at + 3
        if self.norm_at[end] == "of" and self.norm_at[end + 1] in lx.PART_PRONOUNS:
            end += 2  # "in the second of those (swaps)"
        if self.norm_at[end] in ("one", *_LISTED_STAGES) or self.norm_at[end] in _EXCHANGE_NOUNS:
            end += 1
        return days[rank] if self.norm_at[end] in ("and", ",", ";", ".", "") else None

    def _earlier_by(self, date: DateMention) -> int:
        """Days back from ``date`` to an exchange told "a day earlier" in the same clause.

        "Kyiv gave its figures on Friday for the swap carried out two days earlier":
        the exchange is two days before Friday. 0 unless an exchange noun or verb of
        moving people stands between the date and the span, with no comma between.
        """
        day = _HAS_DAY.search(date.text) is not None or date.text in _WEEKDAY_NAMES
        if "earlier" not in self.norm_set or not day:
            return 0
        for k in range(date.last, min(self.last, date.last + 24)):
            word = self.norm_at[k]
            # "on Sept. 2 came after (followed) 141 freed a day earlier": the span is the
            # other event's; a comma just after the day ("on Thursday, X said") is not a break
            if word in _SEQUENCE_WORDS or (word in (",", ";", ":", "—", "–") and k > date.last):
                return 0
            if word != "earlier":
                continue
            unit = _OFFSET_UNITS.get(self.norm_at[k - 1])
            count = _offset_count(self.norm_at[k - 2])
            if unit is None or count is None:
                return 0
            told = range(date.last, k - 2)
            if any(self.norm_at[i] in _EXCHANGE_NOUNS for i in told) or any(
                t.first in told for t in self.m.transfers
            ):
                return -unit * count
            return 0
        return 0

    def _day_before_after(self, date: DateMention, figure: FigureMention) -> int:
        """-1 (+1) when "the day before" ("the next day") closes the figure's clause after a day.

        "the exchange of 103 for 103 on Sept. 14, which followed a return of 49 Ukrainians
        the day before": the 49 came home on the 13th; "40 came home on May 2, and 60
        each way the next day": the 60 moved on the 3rd. 0 otherwise.
        """
        if _HAS_DAY.search(date.text) is None and date.text not in _WEEKDAY_NAMES:
            return 0
        if date.last > figure.first:
            return 0
        if any(date.last <= d.first < figure.first for d in self.m.dates):
            return 0
        # "49 Ukrainians the day before", "49 Ukrainians came home the day before"
        for at in range(figure.np_end, min(self.last, figure.np_end + 4)):
            words = tuple(self.norm_at[i] for i in range(at, at + 3))
            if words in _DAY_BEFORE and self.norm_at[at + 3] in _CLAUSE_ENDS:
                return -1
            if words in _DAY_AFTER and self.norm_at[at + 3] in _CLAUSE_ENDS:
                return 1
            if self.tokens[at].kind != WORD:
                return 0
        return 0

    def _whole_year(self, date: DateMention) -> bool:
        """Whether ``date`` names a whole year ("this year", "2024") and nothing narrower."""
        return whole_year_text(date.text)

    def _captivity_date(self, date: DateMention) -> bool:
        """Whether ``date`` stands in a relative clause telling when people were taken or held."""
        if self.norm_set.isdisjoint(_CAPTIVITY_WORDS):
            return False  # most sentences: a word test, not a walk back from every date
        # "who had been taken to Ukrainian territory during the incursion of Ukrainian
        # armed formations last summer": the clause may run as far as a relative reaches
        i = date.first
        listed = False
        while i > max(self.first, date.first - 20):
            i -= 1
            opening = self._speech_aside_opening(i)
            if opening is not None:
                i = opening  # "whom, it said, its forces had taken ...": past the aside
                continue
            if i in self._transfer_starts and any(
                self.norm_at[k] in ("who", "whom") for k in range(max(self.first, i - 3), i)
            ):
                # "residents who had been brought over during the raid last spring"
                return self._during_other_event(i + 1, date)
            if self.norm_at[i] == "," and self._next_place_listed(i, date.first):
                listed = True  # "captured in Mariupol, at the plant, and near Kursk this autumn"
                continue
            if self.norm_at[i] in (",", ";", ":") or i in self._transfer_starts:
                return False
            if self.norm_at[i] in ("who", "whom"):
                return any(
                    self.norm_at[j] in _CAPTIVITY_VERBS for j in range(i + 1, date.first)
                ) or self._had_been_done_to(i + 1)
            if self.norm_at[i] in _CAPTIVITY_VERBS - {"held", "taken"} and (
                listed or i + 14 >= date.first
            ):
                # "soldiers captured as far back as 2022", "men detained in 2023": a
                # participle of capture dates the capture, with or without "who"
                return self._first_date_of_capture(i, date)
        return False

    def _next_place_listed(self, comma: int, end: int) -> bool:
        """Whether the comma at ``comma`` goes on to one more place of a list of places.

        "soldiers captured in Mariupol, at the plant in the first days, and near Kursk this
        autumn": each item opens on a preposition of place, and names no exchange before
        ``end``, so the date closing the last item is still the capture's.
        """
        at = comma + 1 + (self.norm_at[comma + 1] in ("and", "or"))
        return (
            at < end
            and self.norm_at[at] in _PLACE_LIST_PREPOSITIONS
            and not any(self.norm_at[k] in _EXCHANGE_NOUNS for k in range(at, end))
        )

    def _during_other_event(self, start: int, date: DateMention) -> bool:
        """Whether ``date`` is told of an event other than an exchange that "during" names.

        "residents who had been brought over during the raid last spring": in a relative
        clause about the people, a date hung on "during <event>" is that event's, their
        back-story; "who were freed during the swap on Sunday" names the exchange itself.
        """
        for k in range(date.first - 1, max(start, date.first - 6) - 1, -1):
            word = self.norm_at[k]
            if word in _EXCHANGE_NOUNS or word in _SAME_EVENT_NOUNS or word in (",", ";"):
                return False
            if word == "during":
                # "during last year's incursion", not "during Sunday's exchange"
                return k + 1 < date.first or {
                    self.norm_at[j] for j in range(date.last, min(date.last + 3, self.last))
                }.isdisjoint(_EXCHANGE_NOUNS | _SAME_EVENT_NOUNS)
        return False

    def _span_over_capture(self, date: DateMention) -> int | None:
        """Where "after" or "before" opens a span from a capture's ``date``, if one does.

        "three days after they were captured on 20 April" runs from the capture to what
        the sentence tells; "soldiers captured three days after 20 April" dates only the
        capture, whose span is inside its own clause.
        """
        for k in range(date.first - 1, max(self.first, date.first - 9) - 1, -1):
            word = self.norm_at[k]
            if word in (",", ";", ":", "—", "–"):
                return None
            if word in _CAPTIVITY_VERBS:
                return next(
                    (
                        j
                        for j in range(k - 1, max(self.first, k - 5) - 1, -1)
                        if self.norm_at[j] in ("after", "before")
                        and (
                            _offset_count(self.norm_at[j - 2]) is not None
                            or self.norm_at[j - 1] in _UNCOUNTED_REACH
                        )
                    ),
                    None,
                )
        return None

    def _first_date_of_capture(self, participle: int, date: DateMention) -> bool:
        """Whether ``date`` is the capture's own: the first date (or range, or list) after
        its participle.

        "90 men captured in 2022 on Tuesday": the year is the capture's and the day after
        it the handover's. "has freed 4,000 since they were captured in 2022": a "since"
        clause of capture opens a running total's span, so its date is no capture date.
        """
        if any(
            self.norm_at[k] == "since" for k in range(max(self.first, participle - 4), participle)
        ):
            return False
        # "captured between May and June 2022", "from May to July 2022", "in 2022 and
        # 2023": a range or list whose first member is the capture's is the capture's whole
        own: DateMention | None = None
        for d in sorted((d for d in self.m.dates if d.first > participle), key=lambda d: d.first):
            joined = own is not None and (
                d.group == own.group
                or {self.norm_at[k] for k in range(own.last, d.first)} <= _RANGE_JOINS
            )
            if own is not None and not joined:
                return False
            if d is date:
                return True
            own = d
        return False

    def _had_been_done_to(self, at: int) -> bool:
        """Whether "had been <participle>" opens at ``at``, the participle not one of handing over.

        "residents who had been moved to Ukraine during last year's incursion": a relative
        clause in the pluperfect passive tells what befell the people before the exchange,
        so its date is theirs; "who had been freed on Sunday" is the exchange itself.
        """
        return (
            self.norm_at[at] == "had"
            and self.norm_at[at + 1] == "been"
            and at + 2 <= self.last
            and not _lemmas.is_transfer_form(self.norm_at[at + 2])
        )

    def _over_the_same_period(self) -> bool:
        """Whether the sentence counts "in (over, during) the same period"."""
        return any(
            lx.same_span_at(self.norm, i) == "period" for i in range(self.first, self.last - 3)
        )

    def _over_the_same_week_of(self, told: str) -> bool:
        """Whether the sentence counts "in (over, during) the same week" of a date ``told``
        as a week or a month ("last week", "this month", "in February").

        "Britain said this month that 850,000 had been hurt. A count of the dead passed
        90,000 in the same week": the week is one the date told before holds, so that
        date is as near as the text gives; a day told ("on Tuesday") is narrower than
        the week and names no day of it. A figure told in the present ("Moscow claims
        Kyiv lost 9,000 in the same week") is current when told.
        """
        return (
            (lx.span_fits("week", told) or lx.span_fits("month", told))
            and self.norm_set.isdisjoint(_PRESENT_TELLING)
            and any(
                lx.same_span_at(self.norm, i) == "week" for i in range(self.first, self.last - 3)
            )
        )

    def _month_of_the_same_month(self, told: str) -> str | None:
        """The month of ``told`` when the sentence dates its figure "(in) the same month".

        "... at 950,000 in late June. A US estimate reported the same month ...": the
        figure is as of that month, not the day the story is told. The month is the one
        ``told`` names ("late June", "on 12 June" and "June 2025" name June); a date told
        without a month's name ("on Thursday", "in 2024", a day counted on from another)
        gives none.
        """
        if not any(
            self.norm_at[i] == "same"
            and self.norm_at[i - 1] in ("the", "that")
            and self.norm_at[i + 1] == "month"
            for i in range(self.first + 1, self.last - 1)
        ):
            return None
        if not told.isprintable():
            return None  # a day counted on from another: the assembler's marks inside
        words = [w.strip(",") for w in told.split()]
        if any(w.lower() == "month" for w in words):
            return told  # "last month", "earlier this month"
        if not any(w.lower() in lx.MONTHS for w in words):
            return None
        return " ".join(w for w in words if w.lower() in lx.MONTHS or (w.isdigit() and len(w) == 4))

    def _part_of_those_before(self) -> bool:
        """Whether the sentence opens on a part of the people just counted: "Among them, ...",
        "Of these, ...".

        "... verified 14,000 civilians killed as of 30 June. Among them, 600 children were
        killed": the part is counted as of the same date as the whole it is taken from.
        """
        return (
            self.norm_at[self.first] in lx.PART_CUES | {"of"}
            and self.norm_at[self.first + 1] in lx.PART_PRONOUNS
            and self.norm_at[self.first + 2] == ","
        )

    def _on_the_same_date(self) -> bool:
        """Whether the sentence dates its figure "on (by, as of) the same date".

        "... killed as of the end of July. Names reported missing stood at 70,893 on the
        same date": the day of the figure told just before; "had confirmed around 70,000
        names by the same point" (or "time") is a level reached by that day too.
        """
        return "same" in self.norm_set and any(
            self.norm_at[i] in ("on", "by", "of")
            and (self.norm_at[i + 1], self.norm_at[i + 2]) == ("the", "same")
            # not "the same day", which the date grammar reads against an event's day,
            # nor "at the same time", the day of an event just told
            and (
                self.norm_at[i + 3] == "date"
                or (self.norm_at[i] == "by" and self.norm_at[i + 3] in ("point", "time"))
            )
            for i in range(self.first, self.last - 3)
        )

    def _headline(self) -> bool:
        """Whether the sentence is the text's first and no full stop ends it: its headline."""
        return self.index == 0 and self.norm_at[self.last - 1] not in (".", "!", "?")

    def _speech_aside_opening(self, comma: int) -> int | None:
        """The opening comma of a short aside of saying that ``comma`` closes, if any."""
        if self.norm_at[comma] != ",":
            return None
        return next(
            (
                k
                for k in range(comma - 2, max(self.first, comma - 8) - 1, -1)
                if self.norm_at[k] == "," and self._speech_aside(k) == comma + 1
            ),
            None,
        )

    def _the_exchange_on(self, date: DateMention) -> bool:
        """Whether ``date`` is the day an aside on "the swap" says it was done.

        "the swap, carried out on Monday,", "the exchange, which took place late on
        Wednesday,": the exchange the sentence tells of, dated by its own day. So are
        "the most recent exchange, which took place on 5 February," and "freed in an
        exchange, which took place on Sunday"; "the largest since a swap,
        which took place in May" is an earlier one.
        """
        for i in range(date.first - 2, max(self.first, date.first - 8), -1):
            if self.norm_at[i] == "," and self.norm_at[i - 1] in _SAME_EVENT_NOUNS:
                between = {self.norm_at[k] for k in range(i + 1, date.first)}
                # "the most recent exchange,", "the latest swap,": still the one told of
                head = i - 2
                while head > i - 4 and self.norm_at[head] in _LATEST:
                    head -= 1
                return (
                    (
                        self.norm_at[head] == "the"
                        or (
                            self.norm_at[i - 2] in ("a", "an")
                            and self.norm_at[i - 3] not in _EARLIER_THAN
                        )
                    )
                    and not between.isdisjoint(_DONE_ON)
                    and not self._planned_between(i, date.first)
                )
        return False

    def _names_its_exchange(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether "in which" or "when" ties the figure's clause to the date right before it.

        "a much smaller one on January 5 in which 25 prisoners were exchanged": the
        relative clause is about the exchange the date is of, set off by a comma or not
        ("the exchange of 24 August, in which 146 prisoners were released").
        """
        between = [self.norm_at[i] for i in range(date.last, figure.first)]
        opener = between[1:] if between[:1] == [","] else between
        return opener[:2] in (["in", "which"], ["when"]) and len(between) <= 4

    def _in_its_when_clause(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether the figure stands in a "when" clause opened right after ``date``.

        "..., the last on September 18, when Ukraine received 1,000 and Russia, in turn,
        got back 24": the clause runs on through "and" and the asides set off by commas,
        up to a stop, a semicolon, a dash or "while".
        """
        at = date.last + (self.norm_at[date.last] == ",")
        if self.norm_at[at] != "when" or figure.first - at > 24:
            return False
        return all(
            self.norm_at[k] not in (";", ":", "—", "–", "(", "while", "whereas", "but")
            for k in range(at, figure.first)
        )

    def _coordinated_after(self, figure: FigureMention, date: DateMention) -> bool:
        """Whether ``date`` and the figure stand in two coordinated clauses (", and", ";").

        "... returned 24, and in August ...": the date after the coordinator is the
        next clause's; "a handover of the same size last month and that saw Russia
        take back 24": the date before "and that" is the earlier clause's.
        """
        if date.first >= figure.np_end:
            between = [self.norm_at[i] for i in range(figure.np_end, date.first)]
            if "," in between and any(
                date.last <= t.first <= date.last + 4 for t in self.m.transfers
            ):
                return True  # "freed 52 prisoners, on Dec. 1 each side freed 50"
            if self._comma_opens_figure_item(between, date):
                return True  # "exchanged 75 each, on June 25 another 90 each"
            if [w for w in between if w not in ("on", "in")][-1:] == ["followed"]:
                return True  # "25 soldiers, followed on Feb. 5 by 150 more": the later group's
            if self._opens_next_figure(between, date):
                return True  # "handed over 390 people and on Saturday 307 more went"
        elif date.last <= figure.first:
            between = [self.norm_at[i] for i in range(date.last, figure.first)]
            for k, (a, b) in enumerate(itertools.pairwise(between)):
                if a == "and" and b in _RELATIVES:
                    # the date is in the first of two relative clauses, not before both
                    return _RELATIVES.isdisjoint(between[:k])
        else:
            return False
        if ";" in between:
            return True
        if date.first >= figure.np_end and ("while" in between or "whereas" in between):
            # a date before "while" holds for both sides of it: "On Monday, 140 came
            # home, while Moscow said 82 had been freed"
            return True
        return any(a == "," and b in ("and", "but") for a, b in itertools.pairwise(between))

    def _in_later_losses_clause(self, figure: FigureMention, date: DateMention) -> bool:
        """Whether ``date`` stands in a clause about losses coordinated after the figure.

        "Two civilians came home; intelligence puts enemy losses in 2025 at ...": past a
        semicolon or ", and", a clause that tells of the dead, wounded, missing or losses,
        and of no exchange or handover, dates those, not the figure told before it.
        """
        if date.first < figure.np_end:
            return False
        opener = next(
            (
                k
                for k in range(date.first - 1, figure.np_end - 1, -1)
                if self.norm_at[k] == ";"
                or (self.norm_at[k] in ("and", "but") and self.norm_at[k - 1] == ",")
            ),
            None,
        )
        if opener is None:
            return False
        end = next(
            (k for k in range(date.last, self.last) if self.norm_at[k] in (";", ".")), self.last
        )
        words = {self.norm_at[k] for k in range(opener + 1, end)}
        return (
            not words.isdisjoint(_LOSS_CLAUSE_WORDS)
            and words.isdisjoint(_EXCHANGE_NOUNS)
            and not any(opener < t.first < end for t in self.m.transfers)
        )

    def _in_later_subject(self, figure: FigureMention, date: DateMention) -> bool:
        """Whether ``date`` is set off by commas between a later clause's subject and its verb.

        "..., and the smallest, on 9 June, returned 120"; "...; the last one, in May,
        brought back 45": the coordinated clause has a subject of its own, and the day
        told right after it belongs to that clause's verb, not to the figure before.
        """
        if date.first < figure.np_end:
            return False
        start = date.first - (self.norm_at[date.first - 1] in ("on", "in"))
        if self.norm_at[start - 1] != "," or self.norm_at[date.last] != ",":
            return False
        if not any(t.first == date.last + 1 for t in self.m.transfers):
            return False
        opener = next(
            (
                k
                for k in range(start - 2, figure.np_end - 1, -1)
                if self.norm_at[k] == ";"
                or (self.norm_at[k] in ("and", "but") and self.norm_at[k - 1] == ",")
            ),
            None,
        )
        if opener is None:
            return False
        subject = range(opener + 1, start - 1)
        return (
            len(subject) > 0
            and all(self.norm_at[k] not in (",", ";") for k in subject)
            and not any(opener < f.first < start for f in self.m.figures)
        )

    def _opens_later_figure_clause(self, figure: FigureMention, date: DateMention) -> bool:
        """Whether ``date`` opens a coordinated clause after the figure with a figure of its own.

        "Russia returned 900 bodies, and on 9 June it returned 120"; "...; on 9 June
        Kyiv handed 31 to Russia": the day right after ", and" or ";" dates the clause it
        opens, whose own figure it counts; the figure before is told no day by it.
        """
        if date.first < figure.np_end:
            return False
        start = date.first - (self.norm_at[date.first - 1] in ("on", "in"))
        joined = self.norm_at[start - 1] == ";" or (
            self.norm_at[start - 1] in ("and", "but") and self.norm_at[start - 2] == ","
        )
        if not joined:
            return False
        end = next(
            (k for k in range(date.last, self.last) if self.norm_at[k] in (";", ",")), self.last
        )
        return any(date.last <= f.first < end for f in self.m.figures) and any(
            date.last <= t.first < end for t in self.m.transfers
        )

    def _further_group_between(self, figure: FigureMention, date: DateMention) -> bool:
        """Whether a further group ("another 50", "a further 50") stands in a
        clause coordinated after the figure and before ``date``, which is then its day.

        The group needs a clause of its own: a verb between it and the date ("and
        another 50 were freed on Tuesday") or a semicolon before it. A bare second
        object of the same verb ("got back 90 soldiers and another 50 bodies on
        Tuesday") shares the first figure's day.
        """
        if date.first < figure.np_end:
            return False
        for later in self.m.figures:
            if not figure.np_end <= later.first < date.first:
                continue
            further = self.norm_at[later.first - 1] in ("another", "further")
            between = [self.norm_at[i] for i in range(figure.np_end, later.first)]
            own_verb = any(
                self.norm_at[i] in lx.FINITE_HAVE_BE or _lemmas.is_transfer_form(self.norm_at[i])
                for i in range(later.np_end, date.first)
            )
            if further and (";" in between or ("and" in between and own_verb)):
                return True
        return False

    def _comma_opens_figure_item(self, between: list[str], date: DateMention) -> bool:
        """Whether ``date``, right after a comma, opens an item with a figure of its own.

        "On May 31 they exchanged 75 each, on June 25 another 90 each, on July 17
        it was 95": each date after a comma heads the next item's figure, not the
        figure before the comma.
        """
        if between[-1:] in (["on"], ["in"]):
            between = between[:-1]
        if between[-1:] != [","]:
            return False
        return any(date.last <= f.first <= date.last + 3 for f in self.m.figures)

    def _opens_next_figure(self, between: list[str], date: DateMention) -> bool:
        """Whether ``date``, after "and", heads a new clause led by another figure.

        "each freed 390 people and on Saturday 307 more went each way": the day
        after the coordinator dates the figure right behind it, not the one before.
        """
        while between and between[-1] in ("on", "in", "at", ","):
            between = between[:-1]
        if not between or between[-1] not in ("and", "but", "then"):
            return False
        after = date.last + (self.norm_at[date.last] == ",")
        return any(f.first == after for f in self.m.figures)

    def _in_year(self, text: str, at: int | None = None) -> str:
        """``text`` in the year the paragraph is about, when it names a day or month only.

        "A busy 2024. ... on Jan. 3, 230 prisoners were freed": January 2024, not
        the January before publication. A year that opens a later clause of this
        sentence dates only a date written at or after it (token ``at``).
        """
        year = self.discourse.year
        if self.discourse.year_from > self.first and (at is None or at < self.discourse.year_from):
            year = None
        if text == "the end of the year" and year is not None:
            return f"the end of {year}"  # "by the end of the year" in a piece about 2022
        if year is None or "this" in self.norm_set or _HAS_YEAR.search(text):
            return text
        words = set(text.lower().replace(".", " ").replace("-", " ").split())
        if words.isdisjoint(lx.MONTHS):
            return text  # "Thursday", "last week": relative to the publication, not the year
        return f"{text} {self._year_not_after_publication(words, year)}"

    def _year_not_after_publication(self, words: set[str], year: str) -> str:
        """``year``, or the year before when the months ``words`` name would follow publication.

        "2026 brought fewer swaps ... After a swap at the end of December", read on 28
        November 2026: a handover told as done cannot postdate its story, so the
        December is 2025's, not the one still to come.
        """
        published = self.discourse.published
        months = {lx.MONTHS[w] for w in words if w in lx.MONTHS}
        if published is None or int(year) != published.year or min(months) <= published.month:
            return year
        return str(published.year - 1)

    def _offset(self, date: DateMention, figure: FigureMention) -> int:
        """Days from ``date`` to the exchange of ``figure`` when the text counts them.

        "Friday's release came three days after a swap ..., in which each side freed
        90": the swap is three days before Friday. "Three days after the swap on 25
        June, Russia freed 10 civilians" and "Russia freed 10 civilians three days
        after the swap on 25 June": the release is three days after the 25th. A span
        whose ends hold neither the date nor the figure ("on Wednesday, a day after a
        phone call") dates nothing. 0 when nothing is counted.
        """
        for k, days in self._offsets():
            if date.last <= k - 2 and k < figure.first:
                if self._figure_in_object(k, figure.first) or self._figure_in_subject(k, figure):
                    return -days
            elif (
                k < date.first
                and not self._comma_in(k, date.first)
                # "came three weeks after the largest swap: on 3 January, Kyiv said 230
                # were freed": the colon opens the counted-from swap, told with its own day
                and not any(self.norm_at[i] in (":", ";") for i in range(k + 1, date.first))
                # "three weeks after a swap on 24 August, in which 115 were freed": the
                # date and the figure are both of the event counted from
                and not self._figure_in_object(k, figure.first)
                # "a day after X told Y that Moscow would swap 175 on Wednesday": the date
                # is of the reported plan inside the event, not the event counted from
                and not any(self.norm_at[i] in _REPORTED_PLAN for i in range(k + 1, date.first))
                and (figure.first < k or self._comma_in(date.last, figure.first))
            ):
                return days
        return 0

    def _figure_in_object(self, k: int, figure: int) -> bool:
        """Whether the figure is told inside the noun after ``k`` ("after a swap ...,
        in which ... 90"): an exchange noun opens it, and every comma on the way opens
        a relative clause about that noun."""
        head = next(
            (i for i in range(k + 1, min(k + 6, figure)) if self.norm_at[i] in _OFFSET_EVENTS), None
        )
        if head is None:
            return False
        i = head
        while i < figure:
            if self.norm_at[i] in (";", "(", ")") or self.norm_at[i] in _CLAUSE_BREAKS:
                return False
            if self.norm_at[i] == "," and (self.norm_at[i + 1], self.norm_at[i + 2]) == (
                "according",
                "to",
            ):
                # "a swap in which, according to Kyiv, 52 returned": the attribution between
                # commas is an aside, not the end of the clause
                i = next((j for j in range(i + 3, figure) if self.norm_at[j] == ","), figure)
            elif (
                self.norm_at[i] == ","
                and self.norm_at[i + 1] == "as"
                and self._speech_aside(i, 12) > i
            ):
                # "a swap in which, as Kyiv said at the time, 82 came home": so is an "as"
                # aside of saying, which may tell when it was said
                i = self._speech_aside(i, 12)
                continue
            elif (
                self.norm_at[i] == ","
                and self.norm_at[i + 1].endswith("ed")
                and self.norm_at[i + 2] == "by"
                and any(self.norm_at[j] == "," for j in range(i + 3, figure))
            ):
                # "a swap on Tuesday, mediated by the UAE, in which 90 ...": an aside of
                # who arranged the swap, still inside the noun's clause
                i = next(j for j in range(i + 3, figure) if self.norm_at[j] == ",")
                continue
            elif self.norm_at[i] == "," and not (
                self.norm_at[i + 1] in _OBJECT_RELATIVES
                or (self.norm_at[i + 1] in ("in", "during") and self.norm_at[i + 2] == "which")
            ):
                return False
            i += 1
        return True

    def _figure_in_subject(self, k: int, figure: FigureMention) -> bool:
        """Whether the figure is the subject of the clause after ``k`` ("a day after 390
        people crossed"), or told in an aside within that subject, before its verb."""
        opening = next((f for f in self.m.figures if f.first > k), None)
        if opening is None:
            return False
        if self._among_after(k, opening):
            return opening is figure
        if opening.first > k + 3:
            return False
        if any(self.norm_at[i] not in _SUBJECT_OPENERS for i in range(k + 1, opening.first)):
            return False
        return not any(k < t.first < figure.first for t in self.m.transfers)

    def _among_after(self, k: int, opening: FigureMention) -> bool:
        """Whether the clause after ``k`` puts its subject "among" the figure's group.

        "the day after he was among 90 Ukrainians freed": the 90 were freed that day,
        like "a day after 90 Ukrainians were freed".
        """
        words = [self.norm_at[i] for i in range(k + 1, opening.first)]
        if words[-1:] == ["the"]:
            words.pop()
        return (
            len(words) == 3
            and words[1] in ("was", "were")
            and words[2] == "among"
            and words[0] in ("he", "she", "they", "we", "i")
        )

    def _comma_in(self, start: int, stop: int) -> bool:
        return any(self.norm_at[i] == "," for i in range(start, stop))

    def _them_noun(self, figure: FigureMention) -> Noun | None:
        """The people "them" counts in "N of them", when no figure counted them before.

        "The handover of bodies brought 757 of them back": "them" are the bodies,
        and 757 is the handover's figure. After "300 prisoners" or "300 of its own",
        "61 of them" is a part of a figure already told (a subset), so nothing is returned.
        """
        if self.norm_at[figure.last + 1] != "them":
            return None
        if self._first_counted is None:
            # "got back 90 of its own, 60 of them soldiers": "its own" counts people too
            ends = [
                f.last
                for f in self.m.figures
                if f.noun is not None
                or (self.norm_at[f.last] == "of" and self.norm_at[f.last + 2] == "own")
            ]
            self._first_counted = ends[0] if ends else self.last + 1
        if self._first_counted <= figure.first:
            return None  # a figure counted people before: "61 of them" is a part of it
        for i in range(figure.first - 1, max(self.first, figure.first - 12) - 1, -1):
            found = lx.PEOPLE.match(self.tokens, i, figure.first)
            if found is not None:
                return found[1]
        # "19,546 children were deported. ... 1,012 of them had been brought back": the
        # people the sentence before counted, when this one counted none before the part
        counted = self.discourse.counted
        return counted[1] if counted is not None and counted[0] == self.index - 1 else None

    def _of_these_noun(self, figure: FigureMention) -> Noun | None:
        """The people of "Of these, [X says] 388 had been returned": those counted just before.

        The figure is its sentence's first, has no noun and is the subject of a verb of
        handing over that was done; the sentence opens on "Of these," (or "them",
        "those"), or the verb is a perfect after children counted ("19,500 children
        were deported. Kyiv says 1,366 have been brought back so far"): the people are
        the kind the sentence before counted, as for "388 of them".
        """
        counted = self.discourse.counted
        if (
            figure.noun is not None
            or counted is None
            or counted[0] != self.index - 1
            or any(f.first < figure.first for f in self.m.figures)
        ):
            return None
        # "Of these, ...", or "Of that number, ...": the whole counted before, named again
        whole = self.first + 1 if self._part_of_those_before() else -1
        if self.norm_at[self.first + 1] in _WHOLE_DETERMINERS and self.norm_at[self.first + 2] in (
            lx.FIGURE_HEADS
        ):
            whole = self.first + 2
        opened = self.norm_at[self.first] == "of" and whole > 0 and self.norm_at[whole + 1] == ","
        perfect = (
            self.norm_at[figure.last] in ("have", "has")
            and counted[1].category is PersonCategory.CHILDREN
        )
        if not (opened or perfect):
            return None
        verb = figure.last
        while self.norm_at[verb] in _PERFECT | _PASSIVE and verb < figure.last + 4:
            verb += 1
        if not any(t.first == verb and t.done for t in self.m.transfers):
            return None
        return counted[1]

    def _promised_group(self, figure: FigureMention) -> FigureMention | None:
        """The group promised earlier in the sentence that "N of them" was handed from.

        "Russia, which had promised to hand over 23 wounded soldiers, returned 22 of
        them": the promise moved no one, so "22 of them" is not a subset of a figure
        told but the handover itself, of people of the promised kind.
        """
        if self.norm_at[figure.last + 1] != "them":
            return None
        done = [
            t for t in self.m.transfers if t.last <= figure.first and figure.first - t.last <= 2
        ]
        if not done or not done[-1].done:
            return None
        counted = [f for f in self.m.figures if f.noun is not None and f.last <= done[-1].first]
        if not counted:
            return None
        group = counted[-1]
        planned = [
            t for t in self.m.transfers if t.last <= group.first and group.first - t.last <= 2
        ]
        if not planned or planned[-1].done:
            return None
        return group

    def _closing_at_the_same_time(self) -> bool:
        """Whether the sentence ends "at the same time": on the day of the event just told.

        "... on December 15, when 64 soldiers were freed. Kyiv received the bodies of four
        volunteers at the same time." Opening a sentence, "At the same time, ..." means
        "meanwhile" and ties to no day.
        """
        end = self.last
        while end > self.first and self.tokens[end - 1].kind != WORD:
            end -= 1  # the closing full stop, quote or bracket
        return end - 4 > self.first and [self.norm_at[i] for i in range(end - 4, end)] == [
            "at",
            "the",
            "same",
            "time",
        ]

    def then_after_the_clause(self) -> str | None:
        """The date of the exchange the sentence before told, when "then" closes a clause.

        "The previous exchange took place on December 30. The Ukrainian side received 189
        people then, Kiev said.": set after what it dates, "then" means "at that time";
        before a verb or opening a sentence ("Then Russia handed over ...", "and then")
        it may order events one after another, and it dates nothing.
        """
        if "then" not in self.norm_set and "time" not in self.norm_set:
            return None
        told = {leg.dates for leg in self.discourse.legs if leg.sentence == self.index - 1}
        if len(told) != 1 or len(dates := next(iter(told))) != 1:
            return None
        if self._at_that_time():
            # "... were returned at that time": unlike "at the time" (of a saying), the
            # demonstrative always points back to the time just told
            return dates[0]
        closing = any(
            self.norm_at[i] == "then"
            and (
                self.norm_at[i + 1] in _THEN_CLOSERS
                # "Kyiv said then that it had recovered 1,456": the saying's time, not a next step
                or (self.norm_at[i + 1] == "that" and self.norm_at[i - 1] in lx.SPEECH)
            )
            and self.norm_at[i - 1] not in _THEN_POINTS
            and self.tokens[i - 1].kind == WORD
            for i in range(self.first + 1, self.last - 1)
        )
        return dates[0] if closing else None

    def _at_that_time(self) -> bool:
        """Whether the sentence says "at that time" (the time told just before)."""
        return "that" in self.norm_set and any(
            self.norm_at[i] == "at"
            and self.norm_at[i + 1] == "that"
            and self.norm_at[i + 2] == "time"
            for i in range(self.first, self.last - 2)
        )

    def _same_event(self) -> bool:
        """Whether the sentence points back to the exchange just told ("in the same swap")."""
        if "same" not in self.norm_set or self.norm_set.isdisjoint(_SAME_EVENT_NOUNS):
            return False
        return self._same_at() >= 0

    def _told_unread(self) -> str | None:
        """The one date of the sentence just before, when it gave figures and none was read.

        "It was not until July 23 that a figure came: 250 Ukrainians, Kyiv said. In the
        same exchange, Russia got 250 back": the exchange just told is that sentence's,
        dated there though no leg of it was read, not an earlier one that was. One
        sentence with neither figure nor date may stand between ("They are said to be
        soldiers."): it comments on that exchange without telling another.
        """
        told = self.discourse.told
        if told is None or not 0 < self.index - told[0] <= 2 or told[2]:
            return None
        if self.discourse.figured != told[0]:
            return None  # "Talks resumed on July 22.": no people counted, no exchange told
        if any(leg.sentence == told[0] for leg in self.discourse.legs):
            return None
        return told[1]

    def _same_at(self) -> int:
        """The token of "same" in "the same swap", or -1 when the sentence has none."""
        if self._same_cache is None:
            self._same_cache = next(
                (
                    i
                    for i in range(self.first, self.last - 1)
                    if self.norm_at[i] == "same" and self.norm_at[i + 1] in _SAME_EVENT_NOUNS
                ),
                -1,
            )
        return self._same_cache

    def _dated_before_same(self, dates: list[DateMention]) -> bool:
        """Whether the sentence dates an exchange before its "the same swap" points back.

        "On March 3, 12 soldiers were swapped for 12, and in the same operation 9
        civilians came home": the same operation is the one this sentence dated, so
        its date is every figure's, not the date of an exchange told before.
        """
        at = self._same_at()
        return any(d.last < at and not d.since and not self._statement_date(d) for d in dates)

    def _compared(self, figure: FigureMention) -> bool:
        """Whether a bare figure is the one a loss claim is compared with ("far more than
        the roughly 250,000 it had estimated for 2023"): the same kind of loss, elsewhen.
        So is one "compared with" and a year after it ("compared with 253,000 for 2023").
        """
        if figure.noun is None and year_compared(self.norm, figure.last - 1) is not None:
            return True
        before = [self.norm_at[i] for i in range(max(self.first, figure.first - 2), figure.first)]
        return (
            figure.noun is None
            and "than" in before
            and self.norm_at[figure.first - 1] in ("than", "the")
            and figure.amount.high is not None
            and (self._ends_bare(figure) or self.norm_at[figure.last] in _CONTACT_CLAUSE)
        )

    def _ends_bare(self, figure: FigureMention) -> bool:
        """Whether a figure without a noun of people ends where it stands ("300 tanks" does not)."""
        after = figure.last
        if after >= self.last or self.tokens[after].kind != WORD:
            return True
        return self.norm_at[after] in _AFTER_LOSS_FIGURE

    def _set_off_head(self, figure: FigureMention) -> int | None:
        """Where the loss noun stands whose value a figure set off by commas is, if it is.

        "a death toll, of 5,937, in 2022", "a toll of its own dead, 4,210, in 2023":
        the comma opens no new clause there; the figure belongs to the noun before
        it, and so to whoever the noun's clause names.
        """
        noun = figure.first - 1 - (self.norm_at[figure.first - 1] == "of")
        if (
            noun - 1 < self.first
            or self.norm_at[noun] != ","
            or self.norm_at[noun - 1] not in lx.LOSS_HEADS
        ):
            return None
        closed = figure.last >= self.last or self.norm_at[figure.last] in (",", ";", ".")
        return noun - 1 if closed or noun < figure.first - 1 else None

    def _comparison_date(self, date: DateMention) -> bool:
        """Whether a date only names what a figure is set against: "compared with November",
        "higher than in December 2023"."""
        return (
            any(self.norm_at[date.first - k] in ("than", "compared") for k in (1, 2))
            or self._record_since(date)
            or self._ranked_behind(date)
        )

    def _ranked_behind(self, date: DateMention) -> bool:
        """Whether the date names the period a figure is ranked behind: "the second
        highest monthly toll of the year after July".

        An ordinal before a superlative, then "after" the date, sets the figure against
        that period's own; "the largest swap after 3 May" (no rank) may be one that came
        later, and keeps its date.
        """
        if self.norm_at[date.first - 1] != "after":
            return False
        for i in range(date.first - 2, max(self.first + 1, date.first - 9) - 1, -1):
            word = self.norm_at[i]
            if not word.isalpha():
                return False
            if word in _RECORD_WORDS:
                return self.norm_at[i - 1] in lx.ORDINALS and self.norm_at[i - 1] != "first"
        return False

    def _record_span(self, date: DateMention) -> bool:
        """Whether a date with no day is the span a superlative is set in: "the largest this year".

        "the largest so far this year", "the biggest swap of 2025": the span the record
        is counted over, not when the handover told took place.
        """
        text = date.text.lower()
        if not (text.isdigit() or text.endswith("year")):
            # "the largest swap on 16 May", "the largest came in May": the swap's own date
            return False
        if date.since or self.norm_at[date.first - 1] in ("since", "when"):
            return False  # "the largest since October, when 108 came home": October's own swap
        for i in range(date.first - 1, max(self.first, date.first - 6) - 1, -1):
            word = self.norm_at[i]
            if word in _RECORD_WORDS:
                return True
            if not word.isalpha() or word in lx.MONTHS:
                return False
        return False

    def _record_since(self, date: DateMention) -> bool:
        """Whether the date is the "since" of a record: "the highest monthly toll since May 2022".

        A superlative before "since" says how long ago the figure was last beaten, not when
        the figure was counted.
        """
        if self.norm_at[date.first - 1] != "since":
            return False
        for i in range(date.first - 2, max(self.first, date.first - 8) - 1, -1):
            word = self.norm_at[i]
            if not word.isalpha():
                return False
            if word in _RECORD_WORDS:
                return True
        return False

    def _record_of_period(self) -> bool:
        """Whether the sentence ranks its figure among periods' own: "the lowest monthly
        figure since April", "the deadliest month since 2022".

        A record set against earlier months (weeks, days) makes the figure one period's
        losses, not a running total since the war began.
        """
        for date in self.m.dates:
            if not date.since or not self._record_since(date):
                continue
            for i in range(date.first - 2, max(self.first, date.first - 8) - 1, -1):
                if self.norm_at[i] in _RECORD_WORDS:
                    break
                if self.norm_at[i] in _RANKED_PERIODS:
                    return True
        return False

    def _estimate_told_before(self) -> bool:
        """Whether the sentence opens on a possessive's estimate ("Their estimate for
        Ukraine is nearly 400,000") right after a sentence that dated its figures, so its
        figure is part of the estimate told then."""
        told = self.discourse.told
        return (
            told is not None
            and told[0] == self.index - 1
            and self.norm_at[self.first] in ("their", "its", "his", "her")
            and self.norm_at[self.first + 1] in _ESTIMATE_NOUNS
        )

    def figures_put_out(self) -> bool:
        """Whether the sentence tells that figures came out, giving none of them.

        "On Tuesday two very different figures for Russian dead appeared", "New
        estimates were published on Monday": the sentences after it give those figures.
        """
        return any(
            self.norm_at[i] in _FIGURE_PLURALS
            and any(
                self.norm_at[j] in _PUT_OUT
                # "the numbers of prisoners released": the participle is the people's
                and (self.norm_at[i + 1] != "of" or self.norm_at[j - 1] in _PUT_OUT_AUXILIARIES)
                for j in range(i + 1, min(i + 8, self.last))
            )
            for i in range(self.first, self.last)
        ) or any(self._update_put_out(i) for i in range(self.first, self.last))

    def _update_put_out(self, i: int) -> bool:
        """Whether word ``i`` is an active "published" whose object is its teller's update.

        "Mediazona published its latest update last week": its figures come in the
        sentences after it, as those of "new estimates were published" do.
        """
        if self.norm_at[i] not in ("published", "released") or self.norm_at[i + 1] not in (
            "its",
            "their",
        ):
            return False
        return (
            any(self.norm_at[k] in _UPDATE_NOUNS for k in range(i + 2, min(i + 5, self.last)))
            and self.norm_at[i - 1] not in _PUT_OUT_AUXILIARIES
        )

    def _figures_out_before(self) -> str | None:
        """The day the figures came out, when a sentence just before said they did.

        The sentence right after such a sentence gives one of the figures, and so does
        the one after that when the sentence between gave only claims of that day.
        """
        out = self.discourse.figures_out
        if out is None or self.index - out[0] not in (1, 2):
            return None
        if self.index - out[0] == 1:
            return out[1]
        between = [c for c in self.discourse.claims if c.sentence == self.index - 1]
        return out[1] if between and all(c.as_of == out[1] for c in between) else None

    def _added_to_claim_before(self, figure: FigureMention) -> str | None:
        """The date of the claims just told, when the sentence opens on "A further N".

        "A further 78,000 are listed as missing", "Another 20,000 were wounded": the
        opening adds to the count the sentence right before gave, so with no date of
        its own the figure stands as of that count's one date.
        """
        opener = figure.first - 1
        if self.norm_at[opener] == "further" and self.norm_at[opener - 1] == "a":
            opener -= 1
        elif self.norm_at[opener] != "another":
            return None
        if opener != self.first:
            return None
        told = {c.as_of for c in self.discourse.claims if c.sentence == self.index - 1}
        return told.pop() if len(told) == 1 else None

    def _same_month_as_told(self) -> bool:
        """Whether "the same month" or "that month" points back to the month alone (no day)
        that the sentence right before told its figure in: "In June, ... A study published
        the same month ..."."""
        told = self.discourse.told
        if told is None or told[0] != self.index - 1 or "month" not in self.norm_set:
            return False
        words = told[1].split()
        if words[0].lower() not in lx.MONTHS or not all(
            w.lower() in lx.MONTHS or _YEAR.fullmatch(w) for w in words
        ):
            return False
        return any(
            self.norm_at[i + 1] == "month"
            and (
                self.norm_at[i] == "that"
                or (self.norm_at[i - 1], self.norm_at[i]) == ("the", "same")
            )
            for i in range(self.first, self.last)
        )

    def _day_pointed_back(self) -> str | None:
        """The day "that day" points back to, named by one of the three sentences before.

        "On 12 March Olena drove to the border. She waited for hours. Her son was one of 90
        who came home that day": the day of the event told, not of a statement ("said on
        12 March"), and only a day (or a weekday), not a month.
        """
        told = self.discourse.told
        if (
            told is None
            or told[2]
            or not 1 <= self.index - told[0] <= 3
            or "day" not in self.norm_set
            # a weekday ("On Saturday evening the phone rang") is a day as "12 March" is
            or (_HAS_DAY.search(told[1]) is None and told[1] not in _WEEKDAY_NAMES)
        ):
            return None
        if not any(
            self.norm_at[i] == "that"
            and self.norm_at[i + 1] == "day"
            and self.norm_at[i + 2] != "of"
            for i in range(self.first, self.last - 1)
        ):
            return None
        return told[1]

    def exchange_named_on(self) -> str | None:
        """The day this sentence names one exchange by: "207 in the exchange on Jan. 31".

        Only a day right after "the exchange (swap, handover) on", and only when the
        sentence names one such; a month or a weekday names no one exchange.
        """
        named = [
            d.text
            for d in self.m.dates
            if not d.since
            and _HAS_DAY.search(d.text)
            and self.norm_at[d.first - 1] in ("on", "of")
            and self.norm_at[d.first - 2] in lx.EXCHANGE_NOUNS
            and self.norm_at[d.first - 3] in ("the", "that")
        ]
        return named[0] if len(named) == 1 else None

    def _exchange_in_that(self) -> str | None:
        """The day "in that exchange" in an undated sentence points back to.

        "He came home in the exchange of 2 June. ... He was one of 140 freed in
        that exchange": the demonstrative names the exchange told by its day a few
        sentences before, whatever day the story has moved on to since; only while no
        other handover has been told in between.
        """
        named = self.discourse.exchange_named_on
        if (
            named is None
            or not 0 < self.index - named[0] <= _THAT_EXCHANGE_REACH
            or self.m.dates
            or "that" not in self.norm_set
        ):
            return None
        if not any(
            self.norm_at[i - 1] in ("in", "from")
            and self.norm_at[i + 1] in ("exchange", "swap", "handover")
            for i in self._at(("that",), self.first + 1, self.last - 1)
        ):
            return None
        if any(leg.sentence > named[0] for leg in self.discourse.legs):
            return None
        return self._in_year(named[1])

    def _exchange_pointed_back(self) -> str | None:
        """The day "That swap" opening an undated sentence points back to.

        "... including 207 in the exchange on Jan. 31. That swap, the 50th, saw Russia
        receive 195 of its own men": the exchange the sentence before named by its day.
        """
        named = self.discourse.exchange_named_on
        if named is None or named[0] != self.index - 1 or self.m.dates:
            return None
        opener = (self.norm_at[self.first], self.norm_at[self.first + 1])
        if opener[0] not in ("that", "this") or opener[1] not in ("exchange", "swap", "handover"):
            return None
        return self._in_year(named[1])

    def month_pointed_back(self) -> str | None:
        """The month "that month" or "the same month" points back to, for a total with no date.

        "In June, Russia said it had brought 1,212 bodies to the border. They were handed
        over days later, in a series of handovers that month, which brought back more
        than 6,000": the sum of that month, as the sentence before named it.
        """
        if self.m.dates or not self._same_month_as_told() or self.discourse.told is None:
            return None
        return self.discourse.told[1]

    def _month_of_scene(self) -> bool:
        """Whether "during (over, in) the month" points back to the month of the scene."""
        scene = self.discourse.scene
        return (
            scene is not None
            and "month" in self.norm_set
            and scene.split()[0].lower() in lx.MONTHS
            and any(
                self.norm_at[i] in ("during", "over", "in", "throughout")
                and self.norm_at[i + 1] == "the"
                and self.norm_at[i + 2] == "month"
                for i in range(self.first, self.last)
            )
        )

    def _claim_dates(
        self, figure: FigureMention, previous: ClaimDraft | None, claimant: SourceEntry
    ) -> tuple[str | None, str | None]:
        """The date text a claim stands on and the start of the span it counts, if told."""
        as_of, since = self._claim_date_told(figure, previous, claimant)
        return self._months_alone_span(as_of), since

    def _bracketed_after(self, figure: FigureMention, date: DateMention) -> bool:
        """Whether ``date`` alone fills brackets right after the figure: "7,000 (May 2026)".

        A figure quoted with its date in brackets, 'is "more than 7,000" (February
        2026)', is dated by it, however long after the figure the text was written.
        """
        at = figure.np_end
        while at < date.first and self.norm_at[at] in lx.QUOTE_MARKS:
            at += 1  # 'is "more than 7,000" (February 2026)': past the closing quote
        return (
            not date.since
            and at + 1 == date.first
            and self.norm_at[at] == "("
            and self.norm_at[date.last] == ")"
        )

    def _joined_clause_between(self, start: int, stop: int) -> bool:
        """Whether ", and" (", but") opens a clause of its own between ``start`` and ``stop``.

        "Ukraine says thousands are held, and the ombudsman said on Wednesday that ...":
        the later saying is another speaker's, in its own clause, not the figure's.
        """
        return any(
            self.norm_at[k] == "," and self.norm_at[k + 1] in ("and", "but")
            for k in range(start, stop - 1)
        )

    def _date_of_its_own(self, figure: FigureMention) -> bool:
        """Whether the sentence has a date not told past a later number than ``figure``'s.

        "... has passed 130,000, it says, up from about 111,000 in June": June is the
        earlier count's, set after it; the first figure has no date of its own. A
        figure "and" joins on shares the date closing the pair: "recorded 214 killed and
        1,012 injured in July" dates both.
        """
        return any(
            not any(
                self.tokens[k].kind == NUM and not lx.is_bare_year(self.tokens[k].text)
                for k in range(figure.last, d.first)
            )
            or self._pair_closed_by(figure, d)
            for d in self.m.dates
        )

    def _pair_closed_by(self, figure: FigureMention, date: DateMention) -> bool:
        """Whether ``date`` closes "<figure> ... and <figure>" with nothing else between."""
        joined = [f for f in self.m.figures if figure.last <= f.first < date.first]
        return (
            len(joined) == 1
            and not date.since
            and self.norm_at[joined[0].first - 1] == "and"
            and not any(
                self.norm_at[k] in lx.BREAK_WORDS or self.norm_at[k] == ","
                for k in range(figure.last, joined[0].first)
            )
            and 0 <= date.first - joined[0].np_end <= 2
        )

    def _months_alone_span(self, as_of: str | None) -> str | None:
        """``as_of``, or the span of two months when it is the second of them before "alone".

        "in December and January alone Ukraine had lost more than 50,000": the loss is
        counted over both months, not over January only.
        """
        if as_of is None or "alone" not in self.norm_set:
            return as_of
        for date in self.m.dates:
            if date.text != as_of or self.norm_at[date.last] != "alone":
                continue
            first = next((d for d in self.m.dates if d.last == date.first - 1), None)
            if (
                first is not None
                and self.norm_at[first.last] == "and"
                and not first.since
                and {first.text.lower(), date.text.lower()} <= lx.MONTHS.keys()
            ):
                return f"between {first.text} and {date.text}"
        return as_of

    def _claim_date_told(
        self, figure: FigureMention, previous: ClaimDraft | None, claimant: SourceEntry
    ) -> tuple[str | None, str | None]:
        # "the highest monthly total since June 2022": the record's "since", no span's start
        since = next((d.text for d in self.m.dates if d.since and not self._record_since(d)), None)
        # "..., while Kyiv puts Russian losses at 950,000 as of March": an "as of" in the
        # clause across a contrast is that clause's own; one opening the sentence is all's
        explicit = [
            d for d in self.m.dates if d.as_of and not self._date_across_contrast(d.text, figure)
        ]
        # "not updated since February, when the president said ...": when it was said
        explicit += [
            d
            for d in self.m.dates
            if self.norm_at[d.last] == ","
            and self.norm_at[d.last + 1] == "when"
            and d.first < figure.first  # not a figure told before it, in another clause
            # nor one past a semicolon: "... three weeks ago, when X said 1,351 had died;
            # Western officials said 7,000 by mid-March" dates only the first
            and all(self.norm_at[i] != ";" for i in range(d.last, figure.first))
            # nor past the "when" clause's own figure: "since September 2022, when it said
            # 5,937 had died, claimed on 31 December that Ukraine had lost 560,000 in 2024"
            and not any(d.last < f.first < figure.first for f in self.m.figures)
            and not self._since_aside_closed(d, figure)
        ]
        # "the last official number, 5,937 killed, dates from September 2022"
        explicit += [
            d
            for d in self.m.dates
            if self.norm_at[d.first - 1] == "from"
            and self.norm_at[d.first - 2] in ("date", "dates", "dated", "dating")
        ]
        # "that, in November alone, about 45,000 were killed": the period the figure counts;
        # not "since January alone", a total up to when it is told
        explicit += [
            d
            for d in self.m.dates
            if self.norm_at[d.last] == "alone"
            and not d.since
            and 0 < figure.first - d.last <= 3
            and all(
                self.norm_at[i] in (",", "alone", "some", "about")
                for i in range(d.last, figure.first)
            )
        ]
        # "..., whose office updated the count on October 30": when the count stood
        explicit += [d for d in self.m.dates if d.first > figure.first and self._published_on(d)]
        # "..., according to its update of 4 July": not past another figure or clause ("was
        # around 600,000 ..., and the ministry, in its December update, said ... 750,000")
        explicit += [
            d
            for d in self.m.dates
            if d.first > figure.first
            and self._update_of(d)
            and not any(figure.np_end <= f.first < d.first for f in self.m.figures)
            and all(
                self.norm_at[i] not in ("and", "but", ";") for i in range(figure.np_end, d.first)
            )
        ]
        # "Kyiv's last figure, of more than 46,000 killed, given in February": a figure
        # and the participle that says when it was stated
        explicit += [
            d
            for d in self.m.dates
            if figure.np_end <= d.first - 2 <= figure.np_end + 4
            and self.norm_at[d.first - 1] in ("in", "on")
            and self.norm_at[d.first - 2] in _STATED_PARTICIPLES
            and self.norm_at[d.first - 3] in (",", "—", "–", "(")
        ]
        explicit += [d for d in self.m.dates if self._passive_stated_on(figure, d)]
        explicit += [d for d in self.m.dates if self._bracketed_after(figure, d)]
        explicit += [d for d in self.m.dates if self._in_figures_bracket(figure, d)]
        explicit += self._span_end(figure)
        explicit += self._as_of_year_end(figure)
        # "a study, published in February, puts the dead at 165,000 by the end of 2024":
        # the figure's own "by" date says when the count stood, not when it was told
        explicit = self._by_date_after(figure) + self._conjunct_date(figure) + explicit
        if explicit and explicit[0].since:
            since = None
        if explicit:
            return explicit[0].text, since
        own_dates = any(not d.since for d in self.m.dates)
        beside = None if own_dates else self._hours_from_the_exchange()
        if beside is not None:
            return beside, since  # "Hours before the swap, the minister said 5,937 had died"
        if not self.m.dates and self._said_recently(figure):
            # "Moscow said recently that Ukraine had lost nearly a million": some day of late,
            # not the day of the report; no finer than the month it is told in
            return "this month", since
        if not self.m.dates and self._in_last_monthly_report(figure):
            # "the ministry, in its last monthly summary, put the dead at 9,000": the month
            # that summary covers, the one before the report's, not the report's own day
            return "last month", since
        if not self.m.dates and self._at_the_time(figure):
            # "an explosion in July 2022. Moscow said at the time that 50 had died": the
            # date the sentence before gave the event
            before = self.discourse.told
            if before is not None and before[0] == self.index - 1:
                return before[1], since
            return None, since
        following = None if self.m.dates else self._following_span()
        if following is not None:
            # "On 16 May 2022 the siege ended. Over the following four days, Moscow said,
            # 2,439 surrendered": the span runs on from the day the sentence before told
            return self._month_after_told(following), since
        if self._month_of_scene() and all(self._comparison_date(d) for d in self.m.dates):
            # "June was the deadliest month. ... 232 were killed during the month": the
            # month the sentence before set the scene with, whatever months it is set against
            return self.discourse.scene, since
        if not self.m.dates and (self._estimate_told_before() or self._same_month_as_told()):
            # the date the sentence right before told its figure on: "... estimated this
            # month that Russia has suffered 950,000 casualties. Their estimate for Ukraine
            # is nearly 400,000" (the same estimate, told then); "In June, the ministry
            # estimated 950,000. A study published the same month put them at nearly 1
            # million" (the month it told it in)
            return self.discourse.told[1] if self.discourse.told else None, since
        out = None if self._date_of_its_own(figure) else self._figures_out_before()
        if out is not None:
            # "On Tuesday two figures for Russian dead appeared. Mediazona said ...": the
            # figures the sentence before said came out that day
            return out, since
        added_to = None if self.m.dates else self._added_to_claim_before(figure)
        if added_to is not None:
            # "... had by 20 August recorded 91,366 names. A further 78,000 are listed as
            # missing": more of the count just told, as of the day it stood at
            return added_to, since
        if self._compared(figure):
            # "more than the roughly 250,000 it had estimated for 2023": the compared
            # figure's own date follows it
            later = [d for d in self.m.dates if figure.last <= d.first < figure.last + 8]
            if later:
                return self._month_of(later[0]), None
            years = [
                self.norm_at[i]
                for i in range(figure.last, min(self.last, figure.last + 8))
                if _YEAR.fullmatch(self.norm_at[i])
            ]
            if years:
                return years[0], None
        incident = self._incident_day(figure) or self.incident_told()
        if incident is not None:
            return incident, since
        started = [d for d in self.m.dates if not d.since and self._start_of_something(d)]
        if started and since is None:
            since = started[0].text  # "the counteroffensive, launched on June 4": a start
        # "..., which estimates about 300 killed": current when told, as is the next figure
        present = any(
            self._present_estimate_after(d, figure) for d in self.m.dates
        ) or self._present_teller_in_contrast(figure)
        usable = [
            d
            for d in self.m.dates
            if not d.since
            and d not in started
            and not self._contrast_between(d.first, figure)
            and not self._when_after(d, figure)
            and not self._personal_aside(d, figure)
            and not self._capture_of(d, figure)
            and not self._after_comparing_than(d, figure)
        ]
        if present:
            return None, since
        # "gave a death toll, of 5,937, in September 2022": the commas set off the
        # figure inside the clause of its noun, which goes on past them
        noun = self._set_off_head(figure)
        set_off = noun is not None and self.norm_at[figure.np_end] == ","
        k = bisect.bisect_left(self.breaks, figure.np_end + set_off)
        clause = (
            self._clause_start(noun if noun is not None and set_off else figure.first, self.first),
            self.breaks[k] if k < len(self.breaks) else self.last,
        )
        if self._over_the_year(clause[0], clause[1]) or self._costliest_year_toll(figure):
            # "lost 3,000 men over the year": the year named in the sentence, else this one
            years = [d.text for d in usable if _YEAR.fullmatch(d.text)]
            # "2024 was the costliest year": a year the date grammar read as a figure
            taken = {i for d in self.m.dates for i in range(d.first, d.last)}
            years += [
                self.norm_at[i]
                for i in range(self.first, self.last)
                if i not in taken
                and _YEAR.fullmatch(self.norm_at[i])
                and not (i > figure.last and self.norm_at[i - 1] == "for")  # a compared year's
            ]
            return (years[0] if years else "this year"), since
        if self._now_before(figure) or "now" in (
            self.norm_at[i] for i in range(clause[0], clause[1])
        ):
            # "the toll has now reached 13,580": current when said, not as of a month
            # another clause names ("June was the deadliest month, ... and the toll ...")
            said = [
                d
                for d in usable
                if d.first < figure.first
                and any(
                    (0 < d.first - v <= 12 or 0 < v - d.first <= 3) and self.norm_at[v] in _SAYING
                    for v in self.m.speech
                )
            ]
            # "Kyiv now holds over 1,000, the army chief said in January": "now" is the
            # day of the saying set off after the figure
            said += [d for d in usable if self._said_on_after(figure, d)]
            # "Mediazona published an update on Friday: it has now confirmed 175,000": the
            # update's day is the day the count stood at it
            said += [
                d
                for d in usable
                if d.first < figure.first
                and self._published_on(d)
                and any(self.norm_at[k] == ":" for k in range(d.last, figure.first))
            ]
            named = self.discourse.losses
            if not said and not self.m.dates and named is not None and named[0] == self.index - 1:
                # "... updated its list of Russian dead on Monday. It now stands at N": the
                # count as of its update told just before
                return self.discourse.losses_updated, since
            return (said[0].text if said else None), since
        own = [
            d
            for d in usable
            if clause[0] <= d.first < clause[1] and not self._earlier_reported_clause(d, figure)
        ]
        # "the deaths of 1,035 civilians, including 90 children, up to Thursday": the
        # clause goes on past an aside naming a part of its people
        own = own or self._past_part_aside(usable, clause[1])
        if own:
            # "Belousov said Ukrainian forces had lost 560,000 servicemen in 2024 alone"
            chosen = min(own, key=lambda d: abs(d.first - figure.first))
            told = [
                d
                for d in usable
                if d.text.lower() in lx.WEEKDAYS and self._said_on_after(figure, d)
            ]
            if chosen.text.lower() == "this week" and told:
                # "the count passed 160,000 this week, its authors said on Tuesday": the
                # day of the week the count was told to stand at it
                return told[0].text, since
            if _YEAR.fullmatch(chosen.text):
                # "... told officials in December that ... 560,000 in 2024 alone": said in
                # that year's December, as of then (a month named without a year)
                told = [
                    d
                    for d in usable
                    if d.first < figure.first
                    and d is not chosen
                    and _month_word(d.text) is not None
                    and any(0 < d.first - v <= 12 or 0 < v - d.first <= 6 for v in self.m.speech)
                ]
                month = _month_word(told[0].text) if told else None
                if month is not None and lx.MONTHS[month] < 12:
                    # "said in January that Ukraine had lost almost 600,000 in 2024 alone":
                    # a whole year told before its December is told after it, in the
                    # latest such month of the report's, not in the year it counts
                    return told[0].text, since
                if month is not None:
                    # "claimed in late December last year that ... in 2024 alone"
                    return f"{month} {chosen.text}", since
            return self._month_of(chosen), since
        # Otherwise the date of the statement, said before the figure ("In February,
        # Zelensky said ..."); a date in a later clause is about something else.
        # not past another figure the verb reports: "a number Moscow, which put its own
        # dead at 498 on March 2, ..." dates the 498, not a figure told before it
        said = [
            d
            for d in usable
            if any(
                0 < d.first - v <= 12
                and not self._any_in(self.breaks, v, d.first)
                and not any(
                    v < f.first and f.np_end <= d.first <= f.np_end + 1 and f != figure
                    for f in self.m.figures
                )
                and not self._joined_clause_between(figure.last, v)
                for v in self.m.speech
            )
        ]
        # a later date only as the date of saying: "..., Zelensky said on Sunday"
        usable = [d for d in usable if d.first < figure.first] or (said if previous is None else [])
        # "In February, Zelenskiy said 46,000 had died; we estimate 60,000 to 100,000": a
        # semicolon and a speaker of its own leave the statement before it its own date
        kept = [d for d in usable if not self._own_speaker_past_semicolon(d, figure)]
        if usable and not kept:
            return None, since  # current when the text tells it
        usable = kept
        # "said that casualties were averaging 1,000 a day this spring, and that the total
        # was 900,000": a date told inside another reported clause is that clause's figure's
        usable = [
            d
            for d in usable
            if not self._another_figures_date(d, figure)
            and not self._earlier_reported_clause(d, figure)
        ]
        # "in February, when Zelensky said 46,000 had died, and a study put them at 400,000":
        # the month is the recalled statement's, not the study's
        usable = [
            d
            for d in usable
            if not self._closed_when(d, figure)
            and not self._other_clause_figure_date(d, figure)
            and not self._other_figures_bracket(d, figure)
        ]
        if usable:
            anchor = self.verb_speakers[0][0] if self.verb_speakers else figure.first
            # "Britain said last week that ... - in line with one published this month by a
            # think tank, which estimated ...": the verb of the figure's own teller
            own_verbs = [
                v for v, tellers in self.verb_speakers if claimant in tellers and v < figure.first
            ]
            if own_verbs and own_verbs[-1] > anchor:
                anchor = own_verbs[-1]
            usable = self._in_own_part(usable, figure)
            chosen = min(usable, key=lambda d: abs(d.first - anchor))
            if chosen.text.lower() in _WHOLE_YEARS:
                # "September was the deadliest month this year, with 214 killed": the month
                months = [d for d in usable if d.text.lower() in lx.MONTHS]
                chosen = months[0] if months else chosen
            return self._month_of(chosen), since
        counted = self._before_the_story(figure)
        if counted is not None:
            return counted, since
        said_before = self._pronoun_goes_on_saying()
        if said_before is not None and all(d.since for d in self.m.dates):
            # "The administration said on Thursday that ... It said 1,300 more are
            # missing": the same statement, on the day the sentence before gave it
            return said_before, since
        # "since the invasion in February 2022" only starts the count: no date of telling
        own_dated = any(not d.since and d not in started for d in self.m.dates)
        again = None if own_dated else self._statement_named_again()
        if again is not None:
            # "... in an interview broadcast on Sunday ... In the interview, he said that
            # 380,000 had been wounded": the day that interview was given
            return again, since
        if previous is not None and self._said_ever_since(figure):
            # "... lost 1,000 in its update of 8 July, and it has spoken since late 2024 of
            # nearly a million": said again and again up to now, current when told
            return None, since
        if (
            previous is not None
            and not self._told_in_closed_when(previous, figure)
            and not self._rival_puts_now(previous, claimant, figure)
            and not self._date_across_contrast(previous.as_of, figure)
            and not any(
                d.text == previous.as_of
                and (
                    self._other_clause_figure_date(d, figure)
                    or self._other_figures_bracket(d, figure)
                )
                for d in self.m.dates
            )
        ):
            return previous.as_of, since or previous.since
        latest_claim = self.discourse.claims[-1] if self.discourse.claims else None
        if (
            latest_claim is not None
            and latest_claim.sentence == self.index - 1
            and latest_claim.as_of is not None
            and (
                self._over_the_same_period()
                or self._over_the_same_week_of(latest_claim.as_of)
                or self._on_the_same_date()
                or self._part_of_those_before()
            )
        ):
            # "The general staff put Russian losses on Saturday at 1,130. Moscow said Kyiv had
            # lost 1,205 in the same period": the period of the figure told just before
            return latest_claim.as_of, since or latest_claim.since
        same_month = (
            self._month_of_the_same_month(latest_claim.as_of)
            if latest_claim is not None
            and latest_claim.sentence == self.index - 1
            and latest_claim.as_of is not None
            else None
        )
        if same_month is not None:
            # "... at around 950,000 in late June. A US estimate published the same month put
            # Russian dead at 250,000": the month of the figure told just before
            return same_month, since
        if self._same_speakers_again() and self.discourse.claims:
            # "In August 2023, U.S. officials put Ukrainian deaths at 70,000. The same
            # officials estimated Russian dead at up to 120,000": that statement's date
            latest = self.discourse.claims[-1]
            if latest.sentence == self.index - 1 and latest.as_of is not None:
                return latest.as_of, since
        named_again = self._same_source_named_again()
        if named_again is not None:
            # "A Washington research centre put Russian casualties in June at ... The same
            # Washington centre estimated Ukrainian casualties at nearly 400,000"
            return named_again, since
        if (
            any(self.norm_at[v - 1] == "also" and not self._told_now(v) for v in self.m.speech)
            and self.discourse.claims
        ):
            # "Shoigu also said Ukraine had lost 61,207": the statement of the claim just told
            latest = self.discourse.claims[-1]
            peg = next((d for c, d in self.discourse.pegs if c == claimant), None)
            if latest.claimant != claimant and claimant is not PUBLISHER and peg is not None:
                # "Zelensky also said ..." after another source's figure: "also" goes back
                # to the speaker's own statement told earlier, not to the other source's
                return peg, since
            if (
                latest.sentence == self.index - 1
                and latest.as_of is not None
                and not self._span_of_a_count(latest)
            ):
                return latest.as_of, since
            if (
                latest.claimant == claimant
                and claimant is not PUBLISHER
                and latest.as_of is not None
                and latest.sentence >= self.index - _ALSO_REACH
                and not self._span_of_a_count(latest)
            ):
                # "On Sunday he said 31,000 ... had been killed. He declined to say ... The
                # figure cannot be checked. He also said Russia had lost 180,000": his
                # figure told a few sentences before, with asides on it between
                return latest.as_of, since
        if claimant is not PUBLISHER and self._in_the_same_statement():
            # "In the same post he claimed ...": the speaker's statement quoted before
            peg = next((d for c, d in self.discourse.pegs if c == claimant), None)
            if peg is not None:
                return peg, since
        if claimant is not PUBLISHER and self._document_again(figure):
            # "A CSIS study published in June ... The CSIS study put Ukrainian casualties at
            # close to 400,000": the date the study was given when first told
            peg = next((d for c, d in self.discourse.pegs if c == claimant), None)
            if peg is not None:
                return peg, since
        if claimant is not PUBLISHER and self._short_name_again():
            # "The Center for Strategic and International Studies (CSIS) estimated in a
            # report published on June 3 ... CSIS put Ukrainian casualties at up to 400,000"
            peg = next((d for c, d in self.discourse.pegs if c == claimant), None)
            if peg is not None:
                return peg, since
        if self.discourse.recap and not self.recalls():
            # "In December he had put it at 43,000. ... Russia, he said, had lost 250,000":
            # the speaker's statement the story is about, not the one recalled in passing
            peg = next((d for c, d in self.discourse.pegs if c == claimant), None)
            if peg is not None:
                return peg, since
        # The same speaker's figures a sentence or two before: the same statement, the one
        # that sentence tells first ("said on Sunday that 43,000 had died, the first figure
        # since February, when he put it at 31,000": Sunday's, not the one recalled).
        same_speaker = [
            c
            for c in self.discourse.claims
            if c.claimant == claimant and claimant is not PUBLISHER and c.sentence >= self.index - 2
        ]
        if same_speaker and not (self.discourse.recap and not self.recalls()):
            # not when those figures were a statement recalled in passing ("In December,
            # when he last gave numbers, he had said 43,000"): they date only themselves
            last_told = same_speaker[-1].sentence
            earlier = next(c for c in same_speaker if c.sentence == last_told)
            if self._span_of_a_count(earlier):
                return None, since
            return earlier.as_of, since
        resumed = self._speaker_resumed(claimant)
        if resumed is not None:
            # "Zelensky on Sunday gave ... 43,000. The figures came in response to Trump,
            # who had written 400,000. 'Russia's losses are 198,000,' Zelensky wrote"
            return resumed, since
        announced = self.discourse.announced
        if announced is not None and announced[0] == claimant and claimant is not PUBLISHER:
            # "Zelensky gave a number on Sunday. ... he said 31,000 had been killed"
            return announced[1], since
        return None, since

    def _in_own_part(self, dates: list[DateMention], figure: FigureMention) -> list[DateMention]:
        """The dates told in the figure's own part of the sentence, if any, else all of them.

        A semicolon opens a statement of its own: "In 2023 he said 9,000 had died; in
        2024 he gave 30,000" dates the second figure by the date after the semicolon.
        """
        opening = max(self._at((";",), self.first, figure.first), default=None)
        if opening is None:
            return dates
        own = [d for d in dates if opening < d.first < figure.first]
        return own or dates

    def _hours_from_the_exchange(self) -> str | None:
        """The day of the exchange told before, for a sentence opened as hours from it.

        "Hours before the swap, the minister said 5,937 soldiers had died", "Shortly
        after the exchange, ...": the same day as the exchange the text is about (its
        latest leg with one date), not the day of the report. Only spans shorter than
        a day; "the day before the swap" or "weeks after the exchange" are other days.
        """
        k = self.first + (self.norm_at[self.first] in ("just", "only", "and", "but"))
        k += _offset_count(self.norm_at[k]) is not None and self.norm_at[k + 1] in _SHORT_UNITS
        if self.norm_at[k] not in _WITHIN_A_DAY:
            return None
        k += 1
        if self.norm_at[k] not in ("before", "after") or self.norm_at[k + 1] != "the":
            return None
        k += 2 + (self.norm_at[k + 2] in ("prisoner", "prisoners", "body", "bodies"))
        if self.norm_at[k] not in _EXCHANGE_NOUNS:
            return None
        legs = [leg for leg in self.discourse.legs if not leg.aside and len(leg.dates) == 1]
        return legs[-1].dates[0] if legs else None

    def statements_dated(self) -> dict[str, str]:
        """Statements this sentence dates without telling their figures, by noun.

        "... two numbers the president gave in an interview in February. In that
        interview, he said ...": the noun right before "in"/"on" and its date (a
        participle may stand between: "a report published on June 3", "its statement
        aired on Monday"), so that a later sentence naming the statement again takes the
        day or month it was made (see ``statement_tellers`` for who may name it).
        """
        found: dict[str, str] = {}
        for date in self.m.dates:
            k = date.first - 1
            if date.since or self.norm_at[k] not in ("in", "on"):
                continue
            if self.norm_at[k - 1] in _STATED_PARTICIPLES | _AIRED:
                k -= 1
            if self.norm_at[k - 1] in STATEMENT_NOUNS and self.norm_at[k - 2] in _STATEMENT_OWNERS:
                found[self.norm_at[k - 1]] = self._month_of(date)
        return found

    def dates_a_statement(self, date: DateMention) -> bool:
        """Whether ``date`` is the day a statement named before it was made or aired.

        "in a television interview broadcast on February 16", "his speech on Monday": a
        noun of a statement, perhaps a participle of putting it out, then "on" or "in".
        """
        k = date.first - 1
        if not date.since and self.norm_at[k] in STATEMENT_NOUNS:
            # "in an interview this week", "during a briefing Thursday": the date follows
            # the statement's noun with no preposition of its own
            return any(
                self.norm_at[j] in _STATEMENT_OWNERS and self.norm_at[j - 1] in ("in", "during")
                for j in (k - 1, k - 2)
            )
        if date.since:
            return False
        if self.norm_at[k] not in ("in", "on"):
            return self._fronted_saying_end(date)
        if (
            self.norm_at[k - 1] in _NEWS_MEDIA
            and self.norm_at[k - 2] == "the"
            and self.norm_at[k - 3] == "in"
            and self.norm_at[k - 4] in _QUOTED
        ):
            return True  # "officials quoted in the press on Aug. 18": the day they spoke
        if self.norm_at[k - 1] in _STATED_PARTICIPLES | _AIRED:
            k -= 1
        return self.norm_at[k - 1] in STATEMENT_NOUNS

    def _fronted_saying_end(self, date: DateMention) -> bool:
        """Whether "At the end of <month>," opens a sentence whose teller then speaks.

        "At the end of August, the headquarters put the number at 7,412": the saying
        is of that day, so "It said ..." right after goes on telling it. A figure or a
        clause break before the verb leaves the date to what it dates there.
        """
        if not date.text.lower().startswith("the end of") or self.norm_at[date.last] != ",":
            return False
        first = date.first - (self.norm_at[date.first - 1] == "the")
        if first - 1 != self.first or self.norm_at[self.first] not in ("at", "by"):
            return False
        for i in range(date.last + 1, min(self.last, date.last + 8)):
            if i in self.m.speech:
                return self.norm_at[i + 1] != ","
            if self.norm_at[i] in (",", ";", ":", "and", "but") or self.tokens[i].kind == NUM:
                return False
        return False

    def _in_the_same_statement(self) -> bool:
        """Whether the sentence points back to a statement already quoted ("In the same
        post he claimed that Russia had lost 198,000"): its speaker's figures told earlier
        share its date, however many sentences lie between.
        """
        return "same" in self.norm_set and any(
            self.norm_at[i] == "same"
            and self.norm_at[i - 1] == "the"
            and (
                self.norm_at[i + 1] in STATEMENT_NOUNS
                # "in the same televised appearance": one modifier before the noun
                or (self.tokens[i + 1].kind == WORD and self.norm_at[i + 2] in STATEMENT_NOUNS)
            )
            for i in range(self.first + 1, self.last - 1)
        )

    def _statement_named_again(self) -> str | None:
        """The date of a statement told before, when the sentence names it again.

        "Zelensky said in an interview broadcast on Sunday that 46,000 had died. In the
        interview, he also put the wounded at 380,000": "in the interview" (or "during
        that televised interview") points back to the statement already dated, so its
        figures share that day. An indefinite "in an interview" is another statement.
        """
        told = self.discourse.statements
        if not told or self.norm_set.isdisjoint(told):
            return None
        for i in range(self.first + 1, self.last - 1):
            if self.norm_at[i] not in ("the", "that", "this") or self.norm_at[i - 1] not in _WITHIN:
                continue
            noun = i + 1 + (self.tokens[i + 1].kind == WORD and self.norm_at[i + 2] in told)
            if self.norm_at[noun] in told:
                return told[self.norm_at[noun]]
        return None

    def _tellers_named_before(self, before: AbstractSet[str]) -> int | None:
        """Where "the officials" opens the sentence's saying, naming tellers of the one before.

        "According to officials quoted on Aug. 18, ... Within that total, the officials
        put ...": a definite plural the sentence just before used, right at the start or
        after a short opening phrase, names the same tellers, as a pronoun would.
        """
        starts = [self.first]
        comma = next(
            (
                i
                for i in range(self.first, min(self.last, self.first + 6))
                if self.norm_at[i] == ","
            ),
            None,
        )
        if comma is not None:
            starts.append(comma + 1)
        for at in starts:
            noun = at + 1
            if (
                self.norm_at[at] == "the"
                and self.tokens[noun].kind == WORD
                and self.norm_at[noun].endswith("s")
                and self.norm_at[noun] in before
            ):
                return noun
        return None

    def _stated_just_before(self) -> tuple[int, str, AbstractSet[str]] | None:
        """The dated statement the sentence just before told, which an opening "It said"
        may go on telling: (its sentence, its date text, its words); None if another."""
        told = self.discourse.stated
        return told if told is not None and told[0] == self.index - 1 else None

    def _pronoun_goes_on_saying(self) -> str | None:
        """The day the sentence before dated a statement, when this one opens "It said".

        "The regional administration said on Thursday that Serhiy was among them. It said
        1,300 more residents are missing": a pronoun and a verb of saying in the past go on
        reporting the statement just told, so its figures take that statement's date; so
        does "Asked ..., he said", an answer given in that statement.
        """
        told = self._stated_just_before()
        if told is None:
            return None
        teller = self.first
        # "Asked how many had died, he said ...": a question put in the statement just told
        asked = self.first + (self.norm_at[self.first] == "when")
        if self.norm_at[asked] == "asked":
            teller = next(
                (i + 1 for i in range(asked, self.last) if self.norm_at[i] == ","), teller
            )
        if self.norm_at[teller] not in _TELLER_PRONOUNS:
            named = self._tellers_named_before(told[2])
            if named is None:
                # a statement told only in a week or month leaves its figures to the month
                said_on_a_day = not (
                    lx.span_fits("week", told[1]) or lx.span_fits("month", told[1])
                )
                return told[1] if said_on_a_day and self._pronoun_said_after() else None
            teller = named
        verb = teller + 1
        if verb not in self.m.speech or self.norm_at[verb].endswith("s"):
            return None
        return told[1]

    def _pronoun_said_after(self) -> bool:
        """Whether the sentence's saying is a pronoun and a past verb set off after its words.

        "More than 46,000 soldiers have been killed, he said, and 380,000 wounded": the
        attribution after the clause goes on reporting as "He said" opening it would.
        """
        return any(
            self.norm_at[v - 1] in _TELLER_PRONOUNS
            and self.norm_at[v - 2] == ","
            and v - 2 > self.first
            and not self.norm_at[v].endswith("s")
            for v in self.m.speech
        )

    def goes_on_statement(self) -> bool:
        """Whether the sentence goes on telling the statement the one before dated.

        "The ministry said on Friday that 95 had come home. It called the swap the 58th of
        the war. It said 3,700 had been freed": a sentence opened by a pronoun and a verb in
        the past, naming no date of its own, keeps reporting that statement, so a later
        "It said" still takes its day.
        """
        if self._stated_just_before() is None:
            return False
        if self.norm_at[self.first] not in _TELLER_PRONOUNS:
            return False
        verb = self.first + 1
        if self.tokens[verb].kind != WORD or not (
            verb in self.m.speech or self.norm_at[verb].endswith("ed")
        ):
            return False
        return all(d.since for d in self.m.dates)

    def _told_in_closed_when(self, previous: ClaimDraft, figure: FigureMention) -> bool:
        """Whether ``previous`` was told in a "when" clause that a later saying closes.

        "Moscow, silent since January, when it gave 6,000, claims Ukraine has lost 90,000":
        the month dates the recalled figure only; the claim the main verb tells is not of
        then. A figure still inside the clause ("when it said 6,000 had died and 9,000
        were wounded") shares its date.
        """
        return any(d.text == previous.as_of and self._closed_when(d, figure) for d in self.m.dates)

    def _other_clause_figure_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` dates another figure of its relative clause, closed before ``figure``.

        "The count, which stood at 175,000 in October, is a minimum, and analysts believe
        the dead are well above 250,000": October is the count's; the belief is not of then.
        """
        if date.last > figure.first or not self._in_relative(date.first):
            return False
        if not self._joined_clause_between(date.last, figure.first):
            return False
        return any(
            f is not figure
            and f.last <= date.first
            and not self._joined_clause_between(f.first, date.first)
            for f in self.m.figures
        )

    def _bracket_around(self, at: int) -> tuple[int, int] | None:
        """The opening and closing brackets of the one pair ``at`` stands in, if any."""
        opening = next(
            (i for i in range(at - 1, self.first - 1, -1) if self.norm_at[i] in ("(", ")")),
            None,
        )
        closing = next((i for i in range(at + 1, self.last) if self.norm_at[i] in ("(", ")")), None)
        if opening is None or closing is None:
            return None
        if self.norm_at[opening] != "(" or self.norm_at[closing] != ")":
            return None
        return opening, closing

    def _in_figures_bracket(self, figure: FigureMention, date: DateMention) -> bool:
        """Whether ``date`` follows ``figure`` inside the brackets that hold them both.

        "gave one figure (9,000 dead, in May)": the bracket is the figure's own note, and
        the date in it is when that figure was given, whatever the clause around says.
        """
        pair = self._bracket_around(figure.first)
        return (
            pair is not None
            and not date.since
            and figure.last <= date.first
            and date.last <= pair[1]
            and pair == self._bracket_around(date.first)
            and not any(figure.last <= f.first < date.first for f in self.m.figures)
        )

    def _other_figures_bracket(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` stands in brackets that hold another figure and not ``figure``.

        "gave one figure (9,000 dead, in May), and the missing number thousands": May is
        the bracketed figure's, closed off before the next one is told.
        """
        pair = self._bracket_around(date.first)
        return (
            pair is not None
            and not pair[0] < figure.first < pair[1]
            and any(pair[0] < f.first < pair[1] for f in self.m.figures if f is not figure)
        )

    def _closed_when(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` opens a "when" clause with figures of its own closed before ``figure``.

        "in February, when he said 46,000 had died, and a study put the losses at 400,000":
        a later saying past a clause break tells the study's figure, not February's.
        """
        if self.norm_at[date.last] != "," or self.norm_at[date.last + 1] != "when":
            return False
        if date.last >= figure.first:
            return False
        told = [f for f in self.m.figures if date.last < f.first < figure.first]
        return bool(told) and any(
            told[0].last < v < figure.first and self._any_in(self.breaks, told[0].last, v)
            for v in self.m.speech
        )

    def _since_aside_closed(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether an opening "Since <date>, when ...," aside closes before the figure.

        "Since August 6, 2024, when Ukrainian forces crossed the border, 312 civilians
        have been killed": the "when" clause only tells what began at the date, and the
        figure's own clause after it counts from then up to when it is told. A clause
        that says the figure ("since May, when he said, in an interview, 5,000") keeps it.
        """
        if not date.since or date.first - 1 != self.first or self.norm_at[self.first] != "since":
            return False
        when = date.last + 1
        return any(self.norm_at[i] == "," for i in range(when + 1, figure.first)) and not any(
            when < v < figure.first for v in self.m.speech
        )

    def _told_now(self, verb: int) -> bool:
        """Whether the verb of saying at ``verb`` is in the present: "Ukraine also says".

        A figure a source "also says" is current when the text tells it, not at the date
        of the statement told before ("Syrskyi said in March ... Ukraine also says it
        captured more than 900"); "put" may be either tense and stays past.
        """
        verb_word = self.norm_at[verb]
        return verb_word.endswith("s") or verb_word in _PRESENT_SAYING - {"put"}

    def _speaker_resumed(self, claimant: SourceEntry) -> str | None:
        """The date of the speaker's own figures told two sentences before, past another's.

        "Zelensky on Sunday put Ukraine's dead at 43,000. The figures answered Trump, who had
        written 400,000. 'Russia's losses are 198,000,' Zelensky wrote": a speaker told again
        in the past, with no date of the sentence's own, goes on with the statement told
        just before the other speaker's figures, not with the day of the report.
        """
        if claimant is PUBLISHER or self.m.dates or not self.verb_speakers:
            return None
        verb_at = self.verb_speakers[0][0]
        verb = self.norm_at[verb_at]
        if verb.endswith("s") or verb in _PRESENT_SAYING:
            return None  # "Zelensky says": current when told
        peg_at = self.discourse.peg_sentences.get(claimant)
        if peg_at is None or not self.discourse.claims:
            return None
        latest = self.discourse.claims[-1]
        if peg_at == self.index - 2 and latest.sentence == self.index - 1:
            return next((d for c, d in self.discourse.pegs if c == claimant), None)
        if self._pronoun_goes_on(verb_at, peg_at, latest):
            return next((d for c, d in self.discourse.pegs if c == claimant), None)
        return None

    def _pronoun_goes_on(self, verb_at: int, peg_at: int, latest: ClaimDraft) -> bool:
        """Whether "he said" (or "she said") goes on with the speaker's dated statement.

        "On Sunday the president said 43,000 had died. [Comment and a question, with no
        figure of anyone's.] He said Russia had lost 198,000": a pronoun told in the past
        with no date of its own, when the speaker's dated figures are the last the text
        told, a few sentences back, names the same statement, not the day of the report.
        """
        return (
            self.norm_at[verb_at - 1] in ("he", "she")
            and latest.sentence == peg_at
            and latest.claimant is not None
            and 2 < self.index - peg_at <= _PRONOUN_REACH
        )

    def _document_again(self, figure: FigureMention) -> bool:
        """Whether the figure's clause opens with a document told before as speaker, in the past.

        "The CSIS study put Ukrainian casualties at close to 400,000": a study, report or
        survey is published once, so its figures told again without a date of their own
        share the date it was given when first named; "The report puts ..." is current.
        The clause is the sentence's, or one opened by ", and" before the figure ("...,
        when he said 46,000, and the CSIS study estimated 400,000").
        """
        starts = [self.first] + [
            k + 2
            for k in range(self.first, figure.first - 2)
            if self.norm_at[k] == "," and self.norm_at[k + 1] == "and"
        ]
        return any(self._document_opens(start) for start in starts)

    def _document_opens(self, start: int) -> bool:
        """Whether "the <document noun>" and a past verb of saying open the clause at ``start``."""
        if self.norm_at[start] != "the":
            return False
        for noun in range(start + 1, min(start + 5, self.last - 1)):
            if self.norm_at[noun] in _DOCUMENT_NOUNS:
                verb = noun + 1
                return verb in self.m.speech and not self.norm_at[verb].endswith("s")
            if self.tokens[noun].kind != WORD:
                return False
        return False

    def _short_name_again(self) -> bool:
        """Whether a verb of saying has as its subject a short name set in brackets before.

        "The Center for Strategic and International Studies (CSIS) estimated in a report
        published on June 3 ... CSIS put Ukrainian casualties at up to 400,000": the short
        name refers back to the body first told in full with one publication of its, and
        its figures without a date of their own are from that publication.
        """
        if self.m.dates:
            return False
        for k in range(self.first, self.last - 1):
            token = self.tokens[k]
            if not (token.text.isalpha() and token.text.isupper() and len(token.text) >= 3):
                continue
            if k + 1 not in self.m.speech:
                continue
            opened = self.text.find(f"({token.text})")
            if not 0 <= opened < self.tokens[self.first].start:
                continue
            # the body's one publication told where the short name was set: "in a report"
            start = self.text.rfind(".", 0, opened) + 1
            end = self.text.find(".", opened)
            told = re.findall(r"[a-z]+", self.text[start : end if end > 0 else None].lower())
            return not _DOCUMENT_NOUNS.isdisjoint(told)
        return False

    def _same_source_named_again(self) -> str | None:
        """The date of the latest earlier claim whose sentence named "the same" speaker.

        "The same Washington centre estimated Ukrainian casualties at nearly 400,000": the
        words after "same" ("washington", "centre") all stood in an earlier sentence with
        claims, whose date the speaker's new figures share. So do the words before "cited
        above" ("The Washington study cited above put ..."), a source named as told before.
        """
        for v in self.m.speech:
            end = self._relative_aside_before(v)  # "The same study, which ..., estimated"
            if self.norm_at[end - 2] in _CITED and self.norm_at[end - 1] in ("above", "earlier"):
                # "The Washington study cited above put ...": the words before "cited"
                cited = end - 2
                for k in range(max(self.first, cited - 4), cited - 1):
                    if self.norm_at[k] != "the" or any(
                        self.tokens[i].kind != WORD for i in range(k + 1, cited)
                    ):
                        continue
                    words = {self.norm_at[i] for i in range(k + 1, cited)}
                    for told, as_of in reversed(self.discourse.claim_sentences):
                        if words <= told:
                            return as_of
                    break
            for k in range(max(self.first, end - 5), end - 2):
                if self.norm_at[k] != "the" or self.norm_at[k + 1] != "same":
                    continue
                if any(self.tokens[i].kind != WORD for i in range(k + 2, end)):
                    continue  # "In the same period, Russia said ...": a span, then a speaker
                if self.norm_at[end - 1] in _SAME_TIMES:
                    continue  # "the same day", "the same month": a time, not a speaker
                words = {self.norm_at[i] for i in range(k + 2, end)}
                for told, as_of in reversed(self.discourse.claim_sentences):
                    if words <= told:
                        return as_of
        return None

    def _relative_aside_before(self, verb: int) -> int:
        """Where a relative aside set off by commas right before ``verb`` opens, else ``verb``.

        "The same study, which its authors say rests on public sources, estimated": the
        aside describes the subject before it, which is the verb's speaker.
        """
        if self.norm_at[verb - 1] != ",":
            return verb
        for i in range(verb - 2, max(self.first, verb - _RELATIVE_ASIDE_REACH) - 1, -1):
            if self.norm_at[i] == ",":
                return i if self.norm_at[i + 1] in ("which", "who", "that") else verb
        return verb

    def _same_speakers_again(self) -> bool:
        """Whether a verb of saying has "the same" speakers as its subject ("The same
        officials estimated ...", "the same two sources said"): those of the sentence before,
        whose words name them ("U.S. officials ... put deaths at 70,000").
        """
        told = self.discourse.claim_words
        return any(
            self.norm_at[k] == "the"
            and self.norm_at[k + 1] == "same"
            # the speakers' own words up to the verb: not "in the same interview, said"; a
            # document as the subject ("The same report, whose authors ..., estimated") is
            # the speaker named again
            and all(
                self.tokens[i].kind == WORD
                and (
                    self.norm_at[i] not in STATEMENT_NOUNS
                    or self.norm_at[k - 1] not in _IN_THE_SAME
                )
                for i in range(k + 2, v)
            )
            and self.norm_at[v - 1] in told  # "the same Washington centre": another speaker's
            for v in (*self.m.speech, *self._asides_before_saying())
            for k in range(max(self.first, v - 5), v - 2)
        )

    def _asides_before_saying(self) -> list[int]:
        """The opening comma of each aside that a verb of saying follows right after.

        "The same study, which its authors say rests on open sources, estimated ...": the
        aside sits between the subject and its verb, so the subject ends at the comma that
        opens it, as it would end at the verb with no aside.
        """
        opened: list[int] = []
        for v in self.m.speech:
            if v - 1 <= self.first or self.norm_at[v - 1] != ",":
                continue
            for start, end in self.clauses.relatives:
                comma = start + self.first - 1
                if (
                    end + self.first == v - 1
                    and self.norm_at[comma] == ","
                    and not self._figure_between(comma, v)
                ):
                    opened.append(comma)
        return opened

    def announced_figure(self) -> tuple[SourceEntry, str] | None:
        """The speaker and date of a sentence that says a figure was given, without it.

        "President Zelensky broke with practice on Sunday and gave a number for Ukraine's
        military dead": the figures the text goes on to quote from him ("he said 31,000
        ... had been killed") were given on Sunday, not on the day of the report.
        """
        quoted = self._quoted_on_day()
        if quoted is not None:
            return quoted
        if self.m.figures or (
            self.norm_set.isdisjoint(_GIVING_PAST)
            and self.norm_set.isdisjoint(_BREAKING)
            and self.norm_set.isdisjoint(_OPENLY)
        ):
            return None
        dates = [d for d in self.m.dates if not d.since]
        if len(dates) != 1 or any(d.since for d in self.m.dates):
            return None
        mentions = self._speaker_mentions()
        if not mentions:
            return None
        subject = (
            mentions[0]
            if mentions[0][0] <= self.first + 1
            else self._after_set_off_date(dates[0], mentions)
        )
        if subject is None:
            return None  # the speaker opens the sentence as its subject
        _, end, entry = subject
        for verb in range(end, self.last):
            if self.norm_at[verb] in _NOT_GIVING:
                return None  # "declined to give a figure on Sunday", "has not given"
            if self.norm_at[verb] in _GIVING_PAST and any(
                self.norm_at[k] in _FIGURE_NOUNS for k in range(verb + 1, min(verb + 5, self.last))
            ):
                return entry, dates[0].text
            if self.norm_at[verb] in _BREAKING and any(
                self.norm_at[k] == "silence" for k in range(verb + 1, min(verb + 4, self.last))
            ):
                return entry, dates[0].text  # "broke his silence on the toll on Sunday"
            if self.norm_at[verb] == "said" and any(
                self.norm_at[k] in _OPENLY for k in range(verb + 1, min(verb + 4, self.last))
            ):
                return entry, dates[0].text  # "On Sunday, the president said it out loud"
        return None

    def _quoted_on_day(self) -> tuple[SourceEntry, str] | None:
        """The tellers and day of "officials quoted on Friday by a newspaper".

        Tellers quoted on a day spoke that day: the figures the text goes on to give from
        them ("The officials put Russia's dead at ...") were told then, not on the day of
        the report. Only a sentence with one date, which the participle names.
        """
        dates = self.m.dates
        if len(dates) != 1 or dates[0].since or self.norm_set.isdisjoint(_QUOTED):
            return None
        on = dates[0].first - 1
        if self.norm_at[on] != "on" or self.norm_at[on - 1] not in _QUOTED:
            return None
        return next(
            ((entry, dates[0].text) for _, end, entry in self._speaker_mentions() if end == on - 1),
            None,
        )

    def _after_set_off_date(
        self, date: DateMention, mentions: list[tuple[int, int, SourceEntry]]
    ) -> tuple[int, int, SourceEntry] | None:
        """The speaker after a date that opens the sentence and is set off by commas.

        "Yesterday, for the first time in the war, President Zelensky gave a figure":
        the subject is the first speaker, titles and all, right after a comma that
        closes the opening date and the asides after it, or right after the date.
        """
        if date.first > self.first + 1:
            return None
        for mention in mentions:
            start = mention[0]
            while start > date.last and self.norm_at[start - 1] in lx.PERSON_TITLES:
                start -= 1  # "President Zelensky": the title opens the subject
            if start == date.last:
                return mention  # "On Thursday President Zelensky gave a figure": no comma
            if (
                self.norm_at[date.last] == ","
                and start > date.last
                and self.norm_at[start - 1] == ","
            ):
                return mention
        return None

    def _own_speaker_past_semicolon(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether a semicolon after ``date`` opens a clause whose own speaker tells ``figure``.

        A speaker in the present between the last semicolon and the figure ("we
        estimate", "our count is", "the institute puts", "researchers have published")
        tells it now, not then.
        """
        semicolons = [i for i in range(date.last, figure.first) if self.norm_at[i] == ";"]
        if not semicolons:
            return False
        opening = semicolons[-1]
        return any(
            opening < v < figure.first
            and (self.norm_at[v].endswith("s") or self.norm_at[v - 1] in ("has", "have"))
            for v in self.m.speech
        ) or any(self.norm_at[i] in ("we", "our") for i in range(opening + 1, figure.first))

    def followed_exchange_date(self) -> str | None:
        """The date of an earlier exchange the sentence says the story's one followed.

        "The swap followed an exchange earlier this month in which 64 were freed",
        "it came after a handover last week, when 30 bodies were returned": that
        exchange is another, told in passing, even where its span holds the story's day.
        """
        for date in self.m.dates:
            k = date.first - 1
            if date.since or self.norm_at[k] not in _EXCHANGE_NOUNS:
                continue
            k -= self.norm_at[k - 1] in ("prisoner", "prisoners", "body", "bodies")
            if self.norm_at[k - 1] in ("a", "an", "another") and self.norm_at[k - 2] in _FOLLOWED:
                return date.text
        for date in self.m.dates:
            if not date.since and self._previous_exchange_on(date.first):
                return date.text
        for date in self.m.dates:
            # "which came a week after the New Year's Eve swap in which 140 were freed": the
            # date names the earlier exchange it stands before
            k = date.last + (self.norm_at[date.last] in ("prisoner", "prisoners", "body", "bodies"))
            if (
                not date.since
                and self.norm_at[k] in _EXCHANGE_NOUNS
                and self.norm_at[date.first - 1] == "the"
                and self.norm_at[date.first - 2] in _FOLLOWED
            ):
                return date.text
        return None

    def _previous_exchange_on(self, first: int) -> bool:
        """Whether the date at ``first`` is when "the previous exchange" took place.

        "The process was long: the previous exchange took place on August 7, 2023, when
        22 defenders were freed": an exchange before the story's, told in passing.
        """
        k = first - 1 - (self.norm_at[first - 1] == "on")
        if (self.norm_at[k - 1], self.norm_at[k]) == ("took", "place"):
            k -= 2
        elif self.norm_at[k] in ("happened", "occurred"):
            k -= 1
        else:
            return False
        if self.norm_at[k] not in _EXCHANGE_NOUNS:
            return False
        k -= 1 + (self.norm_at[k - 1] in ("prisoner", "prisoners", "body", "bodies"))
        return self.norm_at[k] in _PREVIOUS and self.norm_at[k - 1] == "the"

    def _in_last_monthly_report(self, figure: FigureMention) -> bool:
        """Whether "in its last (latest) monthly <report>" sets off the teller of ``figure``.

        A monthly report is issued for a month gone by: the latest one counts as of the
        month before the text's own, however many days into this month it came out.
        """
        for k in self._at(("monthly",), self.first + 3, figure.first):
            if (
                self.norm_at[k - 1] in ("last", "latest")
                and self.norm_at[k - 2] in ("its", "their", "the")
                and self.norm_at[k - 3] in ("in", "to")
                and self.norm_at[k + 1] in _MONTHLY_REPORTS
                and not any(self.norm_at[i] in (";", ":") for i in range(k, figure.first))
                and not any(k < f.first < figure.first for f in self.m.figures)
            ):
                return True
        return False

    def _said_recently(self, figure: FigureMention) -> bool:
        """Whether the figure's statement is said "recently", right by its verb of saying.

        "Moscow said recently that ...", "the ministry recently claimed ...": a day of late
        the text does not give. Only "recently" beside a verb of saying before the figure,
        with no clause break between them. So is a statement "in a recent interview", one
        made "in recent weeks" ("has said in recent weeks that ...") or "days earlier":
        the phrase right after the verb, or opening the sentence before it.
        """
        if any(
            any(abs(k - v) == 1 for v in self.m.speech)
            and not self._any_in(self.breaks, k, figure.first)
            for k in self._at(("recently",), self.first, figure.first)
        ):
            return True
        for k in self._at(("days",), self.first, figure.first):
            # "had said days earlier that ...", "Days earlier, the minister had said ...":
            # some day of late the text does not give
            if self.norm_at[k + 1] not in ("earlier", "before", "ago"):
                continue
            verbs = [v for v in self.m.speech if v == k - 1]
            if k == self.first:
                verbs += [v for v in self.m.speech if k < v < figure.first]
            if any(not self._any_in(self.breaks, max(v, k + 2), figure.first) for v in verbs):
                return True
        for k in self._at(("recent",), self.first + 1, figure.first):
            if self.norm_at[k - 1] == "in":
                opening = k - 1  # "in recent weeks"
                recent = self.norm_at[k + 1] in _RECENT_SPANS
            else:
                opening = k - 2  # "in a recent interview"
                recent = self.norm_at[k - 1] == "a" and self.norm_at[k + 1] in STATEMENT_NOUNS
            if not recent or self.norm_at[opening] != "in":
                continue
            # the verb just before the phrase, or after it when the phrase opens the sentence
            # or stands before its participle ("have in recent weeks given figures of")
            verbs = [v for v in self.m.speech if 0 < opening - v <= 3 or v == k + 2]
            verbs += [k + 2] if self.norm_at[k + 2] in _STATED_PARTICIPLES else []
            if opening == self.first:
                verbs += [v for v in self.m.speech if k < v < figure.first]
            if any(not self._any_in(self.breaks, max(v, k + 2), figure.first) for v in verbs):
                return True
        return False

    def _following_span(self) -> int | None:
        """The days counted by a sentence opening "Over the following four days" or the like.

        "Over the next two weeks", "In the following three days", "During the next ten
        days": a span that runs on from a time told before, not one ending when the text
        is written. None when the sentence does not open so.
        """
        i = self.first
        if self.norm_at[i] not in ("over", "in", "during"):
            return None
        if self.norm_at[i + 1] != "the" or self.norm_at[i + 2] not in ("following", "next"):
            return None
        count = self.norm_at[i + 3]
        number = int(count) if count.isdigit() else lx.A_OR_NUMBER_VALUES.get(count)
        unit = _SPAN_UNIT_DAYS.get(self.norm_at[i + 4])
        if number is None or unit is None:
            return None
        return number * unit

    def _month_after_told(self, days: int) -> str | None:
        """The month of the day the sentence before told, if ``days`` after it stay in it.

        "On 16 May 2022 ... Over the following four days": 17 to 20 May lie in May 2022;
        a span that may run into the next month gives the year told. A day told two
        sentences back or in a statement gives no date: the figure is then dated as any
        undated one.
        """
        before = self.discourse.told
        if before is None or before[0] != self.index - 1 or before[2]:
            return None
        day = _DAY_OF_MONTH.fullmatch(before[1])
        if day is None:
            return None
        month, year = day["month"] or day["month2"], day["year"] or ""
        if int(day["day"] or day["day2"]) + days <= 28:
            return f"{month}{year}"
        # "On 26 May 2022 ... over the following two weeks": into June, but still that year
        return year.strip() if year and month != "December" else None

    def since_when_dates(self) -> list[str]:
        """The dates a span starts from that a "when" clause tells an event of.

        "Moscow has given no figure since 21 September, when the minister put the dead at
        5,937": the day of the minister's figure, as "on 21 September" would tell it.
        """
        return [
            d.text
            for d in self.m.dates
            if d.since
            and d.last + 1 < self.last
            and (self.norm_at[d.last], self.norm_at[d.last + 1]) == (",", "when")
        ]

    def _at_the_time(self, figure: FigureMention) -> bool:
        """Whether the figure's statement is said "at the time" (of an event told before).

        "Officials said at the time that 50 had died": the phrase just after a verb of
        saying before the figure, with no clause break between them.
        """
        if "time" not in self.norm_set:
            return False
        if (
            self.norm_at[self.first] == "at"
            and self.norm_at[self.first + 1] in ("the", "that")
            and (self.norm_at[self.first + 2], self.norm_at[self.first + 3]) == ("time", ",")
            and not self._any_in(self.breaks, self.first + 4, figure.first)
        ):
            return True  # "At that time, officials said 50 had died": the opener dates all
        if self._any_in(self.breaks, self.first, figure.first):
            return False
        return any(
            (self.norm_at[k], self.norm_at[k + 1], self.norm_at[k + 2]) == ("at", "the", "time")
            and any(0 < k - v <= 2 for v in self.m.speech)
            for k in range(self.first + 1, figure.first)
        )

    def _span_of_a_count(self, earlier: ClaimDraft) -> bool:
        """Whether an earlier figure's month or year is the span it counts, not a statement's
        date, while this sentence's figure is a total since the war began.

        "June had been the deadliest month, with 232 killed. The mission also counted
        33,000 injured since the start of the invasion": June is what the 232 counted;
        the running total is current when the statement is, not as of June. A total "over
        the same period" is one over that span, so keeps it.
        """
        if earlier.since is not None or earlier.as_of is None or not self.totals:
            return False
        if any(
            self.norm_at[i] == "same" and self.norm_at[i + 1] == "period"
            for i in range(self.first, self.last)
        ):
            return False
        # "on Sunday", "yesterday": a day of a statement, as "on 25 February" is
        named_day = any(
            w in lx.WEEKDAYS or w in lx.RELATIVE_DAYS for w in earlier.as_of.lower().split()
        )
        return _HAS_DAY.search(earlier.as_of) is None and not named_day

    def _after_comparing_than(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` is what a comparison after the figure sets it against.

        "... are still held, a lower estimate than last year's": the date after "than"
        (a comparative just before it) is the compared count's, not the figure's.
        """
        at = date.first - 1
        if self.norm_at[at] in ("in", "on", "during", "at"):
            at -= 1
        return (
            at > figure.last
            and self.norm_at[at] == "than"
            and any(self.norm_at[i] in _COMPARING_THAN for i in range(max(figure.last, at - 3), at))
        )

    def _personal_aside(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` sits in an aside about a person that says nothing of a figure.

        "The president, who turned 47 last month, said Russia had lost 350,000": the
        "who" clause tells of the man, not when the count stood; an aside with a verb of
        saying ("who spoke on Sunday") still dates the statement.
        """
        if not self._in_relative(date.first) or self._in_relative(figure.first):
            return False
        for i in range(date.first - 1, max(self.first, date.first - 10) - 1, -1):
            word = self.norm_at[i]
            if word in (";", ":", "—", "–", "(", ")"):
                return False
            if word == ",":
                continue
            if word in ("who", "whose"):
                opened = range(i, date.first)
                return (
                    self.norm_at[i - 1] == ","
                    and not any(v in opened for v in self.m.speech)
                    and all(self.norm_at[k] not in _TELLING for k in opened)
                )
        return False

    def _passive_stated_on(self, figure: FigureMention, date: DateMention) -> bool:
        """Whether ``date`` ends "<figure> was given (published, ...) by X in <date>".

        "The last official number, 5,937, was given by the then defence minister in
        September 2022": the figure is what was stated, and the date says when.
        """
        j = figure.np_end + (self.norm_at[figure.np_end] == ",")
        if self.norm_at[j] not in ("was", "were") or self.norm_at[j + 1] not in _STATED_PARTICIPLES:
            return False
        return (
            0 < date.first - (j + 1) <= 10
            and self.norm_at[date.first - 1] in ("in", "on")
            and not date.since
            and all(
                self.norm_at[i] not in (",", ";", ":", "and", "but") for i in range(j, date.first)
            )
            and not any(j < f.first < date.first for f in self.m.figures)
        )

    def _rival_puts_now(
        self, previous: ClaimDraft, claimant: SourceEntry, figure: FigureMention
    ) -> bool:
        """Whether another teller than the one just told gives its own figure in the present.

        "London said this week that losses had topped 600,000. Kyiv puts the total at
        630,000": Kyiv's count holds when the text tells it, not in the week London spoke.
        """
        if previous.as_of is None or previous.claimant == claimant or self.m.dates:
            return False
        return any(self.norm_at[i] in _PRESENT_TELLING for i in range(self.first, figure.first))

    def _present_estimate_after(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``figure`` is told in a later ", which estimates ..." clause of its own.

        "The president said last month that 3,000 had been killed, a figure the spy agency,
        which estimates about 300 killed, broadly shares": a present-tense estimate holds
        when the text tells it, not at the date of the statement it is set beside.
        """
        for i in range(date.last, figure.first):
            if self.norm_at[i] in (";", ":"):
                return False
            if (
                self.norm_at[i] in ("which", "who")
                and self.norm_at[i - 1] == ","
                and (
                    self.norm_at[i + 1] in _PRESENT_TELLING
                    or (
                        self.norm_at[i + 1] in ("also", "now")
                        and self.norm_at[i + 2] in _PRESENT_TELLING
                    )
                )
                and not any(d.first > i for d in self.m.dates)  # "which puts it, in May, at"
            ):
                return figure.first - i <= 8
        return False

    def _present_teller_in_contrast(self, figure: FigureMention) -> bool:
        """Whether the figure is told in a "while" clause whose teller counts in the present.

        "London said this month that Russia had lost 900,000, while Kyiv counts Russian
        losses at about 950,000": the present-tense count holds when the text tells it,
        not at the date of the statement it is set against. Not with a date of its own
        after the contrast word, nor a verb in the past ("while Kyiv put them at").
        """
        for c in self._at(_CONTRAST, self.first + 1, figure.first):
            if self.norm_at[c - 1] != "," or figure.first - c > 12:
                continue
            if any(d.first > c for d in self.m.dates):
                return False
            return any(self.norm_at[i] in _PRESENT_TELLING for i in range(c + 1, figure.first))
        return False

    def _conjunct_date(self, figure: FigureMention) -> list[DateMention]:
        """The date beside a bare figure that "and" joins to a dated figure before it.

        "topped 500,000 in February and 750,000 in June": each figure of the pair takes
        the date written beside it ("in", "on" or "by", or none), never the other's.
        """
        if figure.noun is not None or self.norm_at[figure.first - 1] != "and":
            return []
        if not any(d.last == figure.first - 1 and not d.since for d in self.m.dates):
            return []
        at = figure.last + (self.norm_at[figure.last] in _DATED_BY)
        return [d for d in self.m.dates if d.first == at and not d.since][:1]

    def _by_date_after(self, figure: FigureMention) -> list[DateMention]:
        """The date of "by the end of <date>" when it is the next date after the figure.

        "estimated that 165,000 had died by the end of March 2024": the count as it
        stood at that date. No clause mark, other figure or "since" may stand between
        them. A bare "by 2024" or "by summer 2024" is as of that period's *start*, so it
        gives no date (the figure keeps the date it was told).
        """
        after = figure.np_end  # a note after the figure, "(unverified)", is gone (_asides)
        for d in self.m.dates:
            if d.first <= figure.last or d.since or d.as_of:
                continue
            at = d.first  # the mention's real first word, before any "the end of"
            if self._words_at(at - 3, 3) == ["the", "end", "of"]:
                at -= 3
            elif d.text.lower().startswith("the end of") and self.norm_at[at - 1] == "the":
                at -= 1
            # "12,000 had been killed and 27,000 injured by the end of May": a figure joined
            # on by "and" shares the date that closes the pair
            joined = [f for f in self.m.figures if figure.last <= f.first < at]
            if len(joined) == 1 and self.norm_at[joined[0].first - 1] == "and":
                after = joined[0].np_end
            if (
                (at == d.first and not d.text.lower().startswith("the end of"))
                or self.norm_at[at - 1] != "by"
                or not 0 <= at - 1 - after <= 5
            ):
                return []
            between = [*range(figure.last, figure.np_end), *range(figure.np_end, at - 1)]
            if any(self.norm_at[i] in lx.BREAK_WORDS for i in between) or any(
                figure.last <= f.first < at and f.np_end != after for f in self.m.figures
            ):
                return []
            if _YEAR.fullmatch(d.text):
                return [d._replace(text=f"December {d.text}")]  # the year's last month
            return [d]
        return []

    def _past_part_aside(self, dates: list[DateMention], comma: int) -> list[DateMention]:
        """The dates of a clause that goes on after a part aside opening at ``comma``.

        ", including 90 children," and ", 90 of them children," say who is among the
        figure's people; the words after the aside's closing comma are still the
        figure's clause, up to its next break, unless another figure stands there.
        """
        words = [self.norm_at[i] for i in range(comma, min(self.last, comma + 3))]
        if words[:1] != [","] and not (words[:1] and words[0] in lx.DASH_MARKS):
            return []
        gloss = self._harm_gloss_end(comma)
        if words[0] != "," and gloss is None:
            return []  # only a gloss of harm words is set off by dashes here
        if gloss is None and not self._part_aside(words):
            return []
        # ", including fighters of private armies and the jail-recruited units,": an
        # "including" aside names people at any length, as the claim's own reading allows
        reach = comma + (_INCLUDING_ASIDE_REACH if words[1:2] == ["including"] else 8)
        close = gloss or next(
            (i for i in range(comma + 2, min(self.last, reach)) if self.norm_at[i] == ","), None
        )
        if close is None:
            return []
        k = bisect.bisect_right(self.breaks, close)
        end = self.breaks[k] if k < len(self.breaks) else self.last
        if any(close < f.first < end for f in self.m.figures):
            return []
        # "- killed and wounded - and in March another 4,000": a coordinated clause's date
        return [
            d
            for d in dates
            if close < d.first < end
            and all(self.norm_at[i] not in ("and", "but") for i in range(close + 1, d.first))
        ]

    def _harm_gloss_end(self, comma: int) -> int | None:
        """Where an aside of harm words opening at ``comma`` closes: ", killed and wounded,".

        Such an aside only says what a loss figure counts; the words after its closing
        comma are still the figure's clause ("lost 900 troops, dead or injured, on Monday").
        Set off by dashes, it may list its words with commas ("- killed, wounded and
        missing -") and closes at the next dash.
        """
        harm = lx.KILLED_WORDS | lx.WOUNDED_WORDS | lx.MISSING_WORDS
        mark = self.norm_at[comma]
        dashed = mark in lx.DASH_MARKS
        for i in range(comma + 1, min(self.last, comma + (9 if dashed else 6))):
            word = self.norm_at[i]
            if word == mark:
                return i if i > comma + 1 and self.norm_at[i - 1] in harm else None
            if dashed and word == "," and self.norm_at[i - 1] in harm:
                continue
            if word not in harm and not (word in ("and", "or") and self.norm_at[i - 1] in harm):
                return None
        return None

    def _as_of_year_end(self, figure: FigureMention) -> list[DateMention]:
        """The year's last day for an "as of the end of <year>" after the figure.

        "put the dead at 9,000 as of the end of 2025" is the count as it stood on that
        year's last day, not when the estimate came out; so is a count that "stood at"
        a figure "at the end of last year". Past another figure only "both (all) as of"
        reaches back; no other date may stand between.
        """
        for d in self.m.dates:
            if d.since or d.first <= figure.last:
                continue
            year = self._year_of(d.text)
            opening = 5
            if self._words_at(d.first - 4, 4) == ["at", "the", "end", "of"] and self._stood_at(
                figure
            ):
                opening = 4
            elif self._words_at(d.first - 5, 5) != ["as", "of", "the", "end", "of"]:
                continue
            if year is None:
                continue
            between = range(figure.last, d.first - opening)
            if any(self.norm_at[i] in (";", ":") for i in between) or any(
                figure.last <= e.first < d.first for e in self.m.dates
            ):
                return []
            later = any(figure.last <= f.first < d.first for f in self.m.figures)
            if later and self.norm_at[d.first - opening - 1] not in ("both", "all"):
                return []
            return [d._replace(text=f"31 December {year}")]
        return []

    def _year_of(self, text: str) -> str | None:
        """The year a date names as a whole: "2024", or "last year" by the publication."""
        if _YEAR.fullmatch(text):
            return text
        published = self.discourse.published
        if text.lower() != "last year" or published is None:
            return None
        return str(published.year - 1)

    def _stood_at(self, figure: FigureMention) -> bool:
        """Whether the figure is the level a count "stood at": "which stood at 88,000"."""
        return self._words_at(figure.first - 2, 2) in (["stood", "at"], ["stands", "at"])

    def _span_end(self, figure: FigureMention) -> list[DateMention]:
        """The closing date of a span the figure counts over: "between X and Y".

        "240,000 died between February 2022 and the end of 2024" is a count as it
        stood at the span's end, not on the day the study came out.
        """
        dates = self.m.dates
        for before, after in itertools.pairwise(dates):
            if not 0 < before.first - figure.last <= 12 or before.since or after.since:
                continue
            if self.norm_at[before.first - 1] != "between" or self.norm_at[before.last] != "and":
                continue
            between = [self.norm_at[i] for i in range(before.last + 1, after.first)]
            if not between:
                return [after]
            if between == ["the", "end", "of"] and _YEAR.fullmatch(after.text):
                # "... and the end of 2024": the year's last month
                return [after._replace(text=f"December {after.text}")]
        return [
            d for d in dates if self._span_to(d, figure) or self._count_closed_up_to(d, figure)
        ][:1]

    def _count_closed_up_to(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` closes the figure's count with "up to": "has recorded 6,900
        civilians killed since 24 February, up to 26 December".

        The count stands on that day, not on the day it was published. The date is the
        figure's own when no contrast or new clause parts them.
        """
        at = date.first
        if (
            date.since
            or self.norm_at[at - 1] != "to"
            or self.norm_at[at - 2] not in ("up", "right")
        ):
            return False
        between = range(figure.last, at - 2)
        return 0 <= len(between) <= 24 and not any(
            self.norm_at[i] in _UP_TO_BREAKS for i in between
        )

    def _span_to(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date``, after the figure, closes a span of time counted up to it:
        "43 executed in the three months to the end of February", "in the year to March".

        The count stands at the span's end, not on the day the report gave it."""
        at = date.first - (self.norm_at[date.first - 1] == "the")  # "to the end of February"
        if (
            date.since
            or self.norm_at[at - 1] not in _UP_TO
            or self.norm_at[at - 2] not in _LATER_UNITS
        ):
            return False
        if not any(self.norm_at[i] == "the" for i in range(at - 5, at - 2)):
            return False  # "the three months to", "the year to": a span, not "weeks to go"
        between = range(figure.last, date.first)
        # another figure before the span's own "the three months": "..., and 3,000 by May";
        # not a part of the figure's own "including 20,000 killed", counted over the same span
        others = any(
            figure.last <= f.first < at - 4
            and "including" not in (self.norm_at[f.first - 1], self.norm_at[f.first - 2])
            for f in self.m.figures
        )
        return 0 < len(between) <= 24 and not others and ";" not in map(self.norm, between)

    def took_place_on(self, text: str) -> bool:
        """Whether the sentence tells an exchange that took place on the date ``text``.

        "Four weeks later, on January 31, a second deal took place, days after a crash
        Moscow said killed 65": the exchange is told on its day with no figure of its
        own, so the next sentence's undated figures ("In that exchange, 207 ...") are its.
        """
        dates = [d for d in self.m.dates if d.text == text and not d.since]
        for k in range(self.first + 1, self.last):
            if self.norm_at[k] not in _HAPPENING or (
                self.norm_at[k] == "place" and self.norm_at[k - 1] not in _TOOK
            ):
                continue
            for date in dates:
                subject = range(date.last, k)
                if any(self.norm_at[i] in _EXCHANGE_NOUNS | {"deal"} for i in subject) and (
                    self._same_clause(date.first, k)
                ):
                    return True
        return False

    def span_told(self) -> tuple[str, str, str] | None:
        """The span "the three months to the end of February" the sentence counts over.

        Its count and unit as written ("three", "months") and its closing date's
        text, for "over the same three months" in a later sentence; None if none.
        """
        for date in self.m.dates:
            at = date.first - (self.norm_at[date.first - 1] == "the")
            if date.since or self.norm_at[at - 1] not in _UP_TO:
                continue
            unit, count = self.norm_at[at - 2], self.norm_at[at - 3]
            if unit in _LATER_UNITS and self.norm_at[at - 4] == "the" and count != "same":
                return count, unit, date.text
        return None

    def scene_spans(self, dates: list[DateMention]) -> list[DateMention] | None:
        """``dates`` with "between 9 June and 27 June" (or "and the end of the month") as one span.

        A figureless sentence "Between 9 June and the end of the month, several swaps
        took place" sets the span for "over the same period" next, not its first day.
        None when a "between" span's other end is not a date this can read: the
        opening day alone would silently narrow the span to one day.
        """
        spans: list[DateMention] = []
        for date in dates:
            if (
                spans
                and self.norm_at[spans[-1].first - 1] == "between"
                and self.norm_at[spans[-1].last] == "and"
                and date.first == spans[-1].last + 1
            ):
                # "between 2 and 27 June", "between 9 June and 27 June"
                opening = spans.pop()
                spans.append(
                    opening._replace(last=date.last, text=f"from {opening.text} to {date.text}")
                )
                continue
            spans.append(date)
        for k, date in enumerate(spans):
            if self.norm_at[date.first - 1] != "between" or date.text.startswith("from "):
                continue
            if self.norm_at[date.last] != "and":
                return None  # "between 9 June, when ..., and ...": no end this can read
            words = [self.norm_at[date.last + j] for j in range(1, 5)]
            if words != ["the", "end", "of", "the"] or self.norm_at[date.last + 5] != "month":
                return None  # "between 9 June and the ceasefire": an end of no date
            parts = date.text.replace(",", " ").split()
            month = " ".join(w for w in parts if not (w.isdigit() and len(w) <= 2))
            end = _last_day_of(month)
            if _month_named(date.text) is None or end.startswith("the end of"):
                return None
            spans[k] = date._replace(last=date.last + 6, text=f"from {date.text} to {end}")
        return spans

    def same_span_end(self) -> str | None:
        """The closing date of the span "the same three months" points back to, if told.

        "... in the three months to the end of February. ... Over the same three
        months, 578 civilians were killed": the figures stand at February's end.
        """
        told = self.discourse.span
        if told is None or "same" not in self.norm_set:
            return None
        count, unit, end = told
        for k in range(self.first, self.last - 3):
            words = (self.norm_at[k], self.norm_at[k + 1], self.norm_at[k + 2], self.norm_at[k + 3])
            if words == ("the", "same", count, unit):
                return end
        return None

    def _said_on_after(self, figure: FigureMention, date: DateMention) -> bool:
        """Whether ``date`` dates a verb of saying set off after ``figure``: ", X said in May".

        The verb stands right before the date's preposition (or before "this month",
        "last week"), past a comma after the figure, with no other figure between: the
        statement's own day.
        """
        if date.first <= figure.np_end:
            return False
        if self.norm_at[date.first - 1] in ("in", "on"):
            verb = date.first - 2
        elif self.norm_at[date.first] in ("this", "last"):
            verb = date.first - 1  # ", officials said this month": no preposition
        else:
            return False
        if verb not in self.m.speech or self.norm_at[verb] not in _SAYING:
            return False
        between = [self.norm_at[i] for i in range(figure.np_end, verb)]
        return (
            "," in between
            # ", and Syrskyi said in May that ...": a clause of its own, not an aside
            and _SAID_CLAUSE_BREAKS.isdisjoint(between)
            and not any(figure.np_end <= f.first < verb for f in self.m.figures)
        )

    def _capture_of(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` says when the people counted by ``figure`` were taken.

        "Two soldiers captured by Ukrainian forces in January are still held": the
        participle after the figure's noun dates the capture, not the count, which
        stands when it is told.
        """
        if not figure.np_end <= date.first <= figure.np_end + 8:
            return False
        if self.norm_at[date.first - 1] not in ("in", "on", "during"):
            return False
        taken = next(
            (i for i in range(figure.np_end, date.first) if self.norm_at[i] in _TAKEN_PARTICIPLES),
            None,
        )
        # "... soldiers captured in the region, Syrskyi said in January": a clause break
        # or a verb of saying after the participle starts a date of its own, the count's
        return taken is not None and not any(
            self.norm_at[i] in (",", ";", ":") or self.norm_at[i] in lx.SPEECH
            for i in range(taken, date.first)
        )

    def capture_date(self, date: DateMention) -> bool:
        """Whether ``date`` tells when people were taken: "had been captured in Kursk last August".

        A passive participle of capture (or "taken prisoner") a few words before the date,
        with no clause break between, dates the capture; the sentence sets no scene for a
        handover told after it.
        """
        for i in range(date.first - 1, max(self.first, date.first - 9) - 1, -1):
            word = self.norm_at[i]
            if word in (",", ";", ":", "and", "but", "when", "before", "after", "until"):
                return False
            if word not in _TAKEN_PARTICIPLES:
                continue
            if word == "taken" and self.norm_at[i + 1] not in ("prisoner", "captive", "into"):
                return False  # "were taken home in May": a return, not a capture
            return self.norm_at[i - 1] in ("were", "was", "been", "be")
        return False

    def _speakers_day(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` is the day of saying, told in a relative clause on the speaker.

        "The ombudsman, who spoke to reporters on December 12, said 1,000 had come home":
        the clause tells the statement the figure is from, as "said on December 12" does,
        when its verb is one of telling and a verb of saying follows it before the figure.
        """
        return (
            date.last <= figure.first
            and self._relative_opener(date.first) == "who"
            and self._statement_date(date)
            and any(date.last <= v < figure.first for v in self.m.speech)
        )

    @kept_answers
    def persons_past_date(self, date: DateMention) -> bool:
        """Whether ``date`` tells of someone's own past: "Petrov, who was arrested in April,".

        A date in a relative clause on people ("who", "whom", "whose") dates that clause's
        verb, and one after a participle of arrest or capture dates the taking; neither is
        the day of the event the story goes on to count. A clause telling the people's
        return ("who came home on Sunday") or someone's words ("who said on Monday")
        tells the story's own exchange or statement, and is not one.
        """
        if self._captivity_date(date):
            return True
        for i in range(date.first - 1, max(self.first, date.first - 12) - 1, -1):
            word = self.norm_at[i]
            if word in ("who", "whom", "whose"):
                return not any(
                    i < t.first < date.first and not self._goods_moved(i, t, date.first)
                    for t in self.m.transfers
                ) and not any(self.norm_at[k] in lx.SPEECH for k in range(i + 1, date.first))
            if word in (",", ";", ":", "(", ")") or word in lx.DASH_MARKS:
                return False
        return False

    def _goods_moved(self, who: int, transfer: TransferWord, end: int) -> bool:
        """Whether the person of "who" at ``who`` moves things, not people, up to ``end``.

        "a nurse who delivered medicine to Kherson in April 2022": the relative pronoun
        is the active verb's subject and its object names no people, so the verb tells
        that person's past deed, not the return of the people the story counts.
        """
        after = transfer.last
        return (
            transfer.first == who + 1
            and transfer.move in (Move.SEND, Move.RECEIVE)
            and after < end
            and self.norm_at[after] not in _PEOPLES_WAY
            and self.norm_at[transfer.first] not in _PEOPLES_WAY
            and not any(
                self.tokens[k].kind == NUM
                or self.norm_at[k] in _PERSONS_OBJECT
                or lx.PEOPLE.match(self.tokens, k, end) is not None
                for k in range(after, end)
            )
        )

    def recalls(self) -> bool:
        """Whether the sentence recalls an earlier statement: "last gave", "had put it at".

        "Zelensky, who last gave a figure in December, when he put ..." and "In
        December he had put it at 43,000" tell a statement before the one the story
        is about; so does "since he said a year ago that ...", a saying counted back.
        """
        if "ago" in self.norm_set and any(
            self.norm_at[d.last - 1] == "ago" and said_at(self.norm, d.first, d.last)
            for d in self.m.dates
        ):
            return True
        if self.norm_set.isdisjoint(("last", "had")) or self.norm_set.isdisjoint(_RECALLED):
            return False  # most sentences: no "last" or "had" before a verb of stating
        return any(
            self.norm_at[i + 1] in _RECALLED
            for i in self._at(("last", "had"), self.first, self.last)
        )

    def _said_ever_since(self, figure: FigureMention) -> bool:
        """Whether ``figure`` follows a verb of saying in the perfect with a "since" date.

        "it has spoken since late 2024 of nearly a million", "have claimed since March
        that ...": the speaker has said it from then up to now, a statement of its own,
        not one of the day a figure told before it in the sentence was given.
        """
        return any(
            (v in self.m.speech or self.norm_at[v] in ("spoken", "talked", "written"))
            and self.norm_at[v - 1] in ("has", "have")
            for d in self.m.dates
            if d.since and d.last <= figure.first
            # "has spoken since late 2024": "since" opens the date the verb is said from
            for v in range(max(self.first + 1, d.first - 4), d.first)
            if self.norm_at[v + 1] == "since"
        )

    def _earlier_reported_clause(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` is inside a reported clause that "and that" closes before ``figure``.

        "She said talks would resume in March and that about 900 remained held": what was
        said comes in two clauses; the first one's month is its plan's, not the count's.
        """
        if not any(
            v < date.first
            and (
                date.first - v > 2
                or any(self.norm_at[k] == "that" for k in range(v + 1, date.first))
            )
            for v in self.m.speech
        ):
            return False  # "said on Tuesday that ...": the day of saying frames both clauses
        return any(
            self.norm_at[k] == "and" and self.norm_at[k + 1] == "that"
            for k in range(date.last, figure.first - 1)
        )

    def _another_figures_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` is told inside a reported clause that holds another figure.

        A date framing the statement ("In February, Zelensky said ...", "said on
        Saturday that ...") stands before the verb of saying or between it and its
        "that", and dates all its figures; one inside what was said stays with the
        figure of its own clause.
        """
        if not any(v < date.first for v in self.m.speech) or self._same_clause(
            date.first, figure.first
        ):
            return False
        if (
            date.first < figure.first
            and self.norm_at[date.last] == "that"
            and any(
                v + 1 + (self.norm_at[v + 1] in ("on", "in")) == date.first for v in self.m.speech
            )
        ):
            return False  # "the ministry said on Saturday that ...": the day of saying
        # the other figure may be a rate the claim rules leave aside ("1,000 a day")
        start = self.clauses.start_of(date.first - self.first) + self.first
        end = self.clauses.end_of(date.first - self.first) + self.first
        return any(
            self.tokens[i].kind == NUM and not date.first <= i < date.last
            for i in range(start, min(end, self.last))
        )

    def update_day(self) -> str | None:
        """The one day this sentence tells a count updated on: "updated its list on Monday".

        A count begun or first published on a day ("began its list in March 2022") is
        not updated then, so "now" after it is not that day.
        """
        if not any(self.norm_at[i] in _UPDATED for i in range(self.first, self.last)):
            return None
        days = [d for d in self.m.dates if not d.since and not d.as_of]
        return days[0].text if len(days) == 1 else None

    def _now_before(self, figure: FigureMention) -> bool:
        """Whether "now" stands in the few words before the figure: "now stands at 12,700"."""
        for i in range(figure.first - 1, max(self.first, figure.first - 6) - 1, -1):
            if self.norm_at[i] in (",", ";", ":"):
                return False
            if self.norm_at[i] == "now":
                return True
        return False

    def _when_after(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether the date is in a "when" clause after the figure, which dates an event.

        "2,500 were taken prisoner when the garrison surrendered in May": May is
        when they were taken, not when the figure was given.
        """
        return date.first > figure.np_end and any(
            self.norm_at[i] == "when" for i in range(figure.np_end, date.first)
        )

    def note_incidents(self) -> None:
        """Keep the day the sentence gives an incident, for "the crash" in a later one.

        "The Il-76 crashed shortly after 11 a.m. on 24 January", "the crash of the
        plane on Jan. 24": the first day after the incident's word, in its clause.
        """
        if not self.m.dates or self.norm_set.isdisjoint(_INCIDENTS):
            return  # most sentences: no date, or no incident's word to give it
        for i in range(self.first, self.last):
            incident = _INCIDENTS.get(self.norm_at[i])
            if incident is None:
                continue
            for date in self.m.dates:
                if date.since or not (_HAS_DAY.search(date.text) or date.text in _WEEKDAY_NAMES):
                    continue
                # "crashed shortly after 11 a.m. on 24 January", not "the crash came a
                # week after the swap on 17 January": no other event's word between
                if 0 < date.first - i <= 14 and all(
                    self.norm_at[k] not in _NOT_THE_INCIDENTS
                    and not (self.norm_at[k] == "after" and not self.norm_at[k + 1].isdigit())
                    for k in range(i, date.first)
                ):
                    self.discourse.incidents[incident] = date.text
                    break

    def incident_told(self) -> str | None:
        """The day told before of the incident an undated sentence counts against.

        "Moscow said 65 prisoners had died in the crash", "Kyiv had said 2,828 had been
        freed in 49 exchanges before the crash", after "the plane crashed on 24 January":
        that day. Only for a sentence that names no date of its own.
        """
        if any(not d.since for d in self.m.dates):
            return None
        if not self.discourse.incidents or self.norm_set.isdisjoint(_INCIDENTS):
            return None  # most sentences: no incident told before, or none named here
        for i in range(self.first + 2, self.last):
            incident = _INCIDENTS.get(self.norm_at[i])
            if (
                incident is not None
                and self.norm_at[i - 1] == "the"
                and self.norm_at[i - 2] in _BY_INCIDENT
                and incident in self.discourse.incidents
            ):
                return self.discourse.incidents[incident]
        return None

    def _incident_day(self, figure: FigureMention) -> str | None:
        """The day of the incident a "when" clause after the figure tells, if it names one.

        "Moscow said on Thursday that 65 prisoners died when the plane came down on
        Wednesday": the deaths are as of the incident's day, not the day they were
        told. Only a day counts ("taken prisoner when the garrison fell in May" is a
        month, and the count stands when given), and only in the figure's own clause,
        with no other figure or stop between.
        """
        for date in self.m.dates:
            if (
                date.since
                or not self._when_after(date, figure)
                or not (_HAS_DAY.search(date.text) or date.text in _WEEKDAY_NAMES)
                or date.first - figure.np_end > 24
                or any(figure.np_end <= f.first < date.first for f in self.m.figures)
                or any(
                    self.norm_at[i] in (";", ":", "—", "–", "(")
                    for i in range(figure.np_end, date.first)
                )
            ):
                continue
            return date.text
        return None

    def _date_across_contrast(self, text: str | None, figure: FigureMention) -> bool:
        """Whether ``text`` is told "as of" in a clause a contrast parts from the figure's.

        "Kyiv put Russian losses at 950,000 as of March, while Moscow said ...": March is
        the first clause's; a date opening the sentence ("As of March, ...") is every
        clause's.
        """
        return any(
            d.as_of
            and d.text == text
            and d.first - 2 > self.first
            and self._contrast_between(d.first, figure)
            for d in self.m.dates
        )

    def _contrast_between(self, at: int, figure: FigureMention) -> bool:
        """Whether "while", "but" or "though" parts word ``at`` from the figure's clause.

        "... has passed 1,150,000, while Kyiv's own figure has not been updated
        since February": a date across the contrast is another statement's.
        """
        low, high = (at, figure.first) if at < figure.first else (figure.np_end, at)
        return any(self.norm_at[i] in _CONTRAST for i in range(low, high))

    def opening_months_span(self, as_of: str | None, figure: FigureMention) -> str | None:
        """The span of a year's opening months that ``as_of`` names, as January to its end.

        "Russia lost 190,000 troops in the first five months of 2025": the date finder
        reads the phrase as its last month ("May 2025"), which is when a running total
        would stand; a loss counted over those months is the span January to May 2025
        itself, never a toll since the war began. Not a phrase right after a verb of
        saying ("said in the first five months of 2025 that ..."), which dates the
        telling; ``as_of`` already the span (a part told after the figure) stays it. The
        phrase in the figure's own clause after it outranks a day of telling ("said on
        Monday that Russia lost 190,000 in the first nine months of last year").
        """
        for d in self.m.dates:
            found = None if d.since else self._opening_part_of_year(d)
            if found is None:
                if self._loss_told_in(d, figure):
                    return d.text
                continue
            opening, span = found
            if self.norm_at[opening - 2] == "by" or any(
                0 < opening - v <= 3 for v in self.m.speech
            ):
                continue  # "by the first five months": when a total stood, not a span's toll
            own = figure.np_end <= opening and not self._any_in(self.breaks, figure.np_end, opening)
            if own or as_of in (d.text, span):
                return span
        return self._opening_months_of_this_year(as_of, figure)

    def _opening_months_of_this_year(self, as_of: str | None, figure: FigureMention) -> str | None:
        """The span "in the first eleven months" names with no year, if the year is certain.

        "2,300 were killed in the first eleven months alone", told in December: the
        months are this year's, January to November; a loss over them is that span's,
        not a toll current when told. Only when the sentence dates nothing else and the
        months have all passed by publication (told in March, the year is not known).
        """
        published = self.discourse.published
        if as_of is not None or published is None:
            return None
        if any(not d.since for d in self.m.dates):
            return None
        for k in range(figure.np_end, min(self.last - 3, figure.np_end + 4)):
            if (
                self.norm_at[k] in ("in", "over", "during")
                and self.norm_at[k + 1] == "the"
                and self.norm_at[k + 2] == "first"
                and self.norm_at[k + 4] == "months"
                and self.norm_at[k + 5] != "of"
            ):
                months = _offset_count(self.norm_at[k + 3])
                if months is None or not 1 < months < published.month:
                    return None
                last = dt.date(published.year, months, 1).strftime("%B")
                return f"January {published.year} to {last} {published.year}"
        return None

    def _loss_told_in(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether the figure is a loss told *in* a named month or year: that span's toll.

        "Russia lost 190,000 troops in June", "In 2024, 400,000 Russian soldiers were
        killed": a past verb of losing or dying with "in" (or "during", "throughout") a
        bare month or year counts the losses of that month or year, never a total since
        the war began. "By June", "as of June", "since June" and a perfect ("had lost
        ... in June", a total that stood then) keep their reading ("so far in 2025" is
        :meth:`year_so_far`'s); so
        does a date of telling ("said in June that"). The date stands in the figure's own
        clause after it, or opens the sentence with no verb of saying before the figure.
        """
        words = date.text.split()
        month = len(words) <= 2 and words[0].lower() in lx.MONTHS
        if date.since or date.as_of or not (month or _YEAR.fullmatch(date.text)):
            return False
        if len(words) == 2 and not _YEAR.fullmatch(words[1]):
            return False
        if (
            self.norm_at[date.first - 1] not in _IN_A_SPAN
            or self.norm_at[date.first - 2] in _NOT_WHOLE
        ):
            return False
        if any(
            self.first <= f.first != figure.first
            and f.first < max(date.first, figure.first)
            and f.first > min(date.first, figure.first)
            for f in self.m.figures
        ):
            return False
        if figure.np_end <= date.first:
            # "were killed when the town fell in May": the month of another event
            placed = date.first - figure.np_end <= _LOSS_TO_SPAN and not any(
                self.norm_at[i] in _NOT_THE_INCIDENTS - {"and"}  # "killed and wounded in 2024"
                for i in range(figure.np_end, date.first)
            )
            placed = placed and not self._any_in(self.breaks, figure.np_end, date.first)
        else:
            placed = date.first - 1 == self.first and not any(
                date.first < v < figure.first for v in self.m.speech
            )
        return placed and self._loss_verb(figure, perfect=False)

    def year_so_far(self, figure: FigureMention) -> DateMention | None:
        """The year whose toll to date the figure is, told "so far" in it or with a present perfect.

        "Russia has lost 300,000 troops so far this year", "so far in 2025", "lost 300,000
        this year", "has lost 300,000 in 2025": the present perfect and "so far" reach to the
        day of telling, so the loss counts from the year's 1 January to that day, never
        since the war began nor to the year's end. Placed as :meth:`_loss_told_in` places a
        month or year; "had lost ... in 2025" (a total that stood) and "by", "as of" and
        "since" dates keep their reading.
        """
        for date in self.m.dates:
            if date.since or date.as_of or date.text.lower() == "last year":
                continue
            if not whole_year_text(date.text.lower()):
                continue
            cue = date.first
            if self.norm_at[cue - 1] in _IN_A_SPAN:
                cue -= 1
            so_far = self.norm_at[cue - 1] == "far" and self.norm_at[cue - 2] == "so"
            if so_far:
                cue -= 2
            this_year = date.text.lower() == "this year" and cue == date.first
            # the present perfect of the loss itself: "has lost 300,000", "300,000 have died"
            perfect = (
                self.norm_at[figure.first - 1] in lx.LOSS_VERBS
                and self.norm_at[figure.first - 2] in ("has", "have")
            ) or (
                self.norm_at[figure.np_end] in ("has", "have")
                and self.norm_at[figure.np_end + 1] in lx.DIED_VERBS | {"been"}
            )
            if not (so_far or this_year or (cue < date.first and perfect)):
                continue
            if any(
                min(cue, figure.first) < f.first < max(cue, figure.first) for f in self.m.figures
            ):
                continue
            if figure.np_end <= cue:
                placed = cue - figure.np_end <= _LOSS_TO_SPAN and not self._any_in(
                    self.breaks, figure.np_end, cue
                )
            else:
                placed = cue == self.first and not any(
                    cue < v < figure.first for v in self.m.speech
                )
            if (
                placed
                and self.norm_at[figure.first - 2] != "had"
                and self._loss_verb(figure, perfect=True)
            ):
                return date
        return None

    def _loss_verb(self, figure: FigureMention, *, perfect: bool) -> bool:
        """Whether a verb of losing or dying tells the figure, a perfect only if ``perfect``.

        "lost 190,000 troops", "suffered 40,000 casualties", "190,000 were killed",
        "died". A perfect ("has lost", "had been killed") tells a total that stood at a
        time, unless a span of late is what it counts ("have been killed in recent weeks").
        """
        before = self.norm_at[figure.first - 1]
        if before in lx.LOSS_VERBS:
            if perfect:
                return True
            return before in _PAST_LOSSES and self.norm_at[figure.first - 2] not in _PERFECT
        after = [self.norm_at[i] for i in range(figure.np_end, min(figure.np_end + 3, self.last))]
        for k, word in enumerate(after):
            if word in lx.DIED_VERBS:
                return perfect or not (_PERFECT.intersection(after[:k]) or "been" in after[:k])
        return False

    def loss_over_recent_span(self, figure: FigureMention) -> bool:
        """Whether the figure is a loss told over an undated span of late: no date can say it.

        "In recent weeks, 70,000 Russian soldiers have been killed", "Russia lost 40,000
        troops over the past few weeks": a toll of a span the text does not bound, so
        neither a total since the war began nor a toll of any span a date names. A phrase
        that dates a statement ("has said in recent weeks that ...") is no such span.
        """
        for k in self._at(("recent", "few"), self.first + 1, self.last):
            if self.norm_at[k + 1] not in _RECENT_SPANS | {"months"}:
                continue
            if self.norm_at[k] == "recent":
                opening = k - 1
            elif self.norm_at[k - 1] in ("past", "last") and self.norm_at[k - 2] == "the":
                opening = k - 3
            else:
                continue
            if self.norm_at[opening] not in _IN_A_SPAN | lx.SPAN_PREPOSITIONS:
                continue
            if figure.np_end <= opening:
                placed = not self._any_in(self.breaks, figure.np_end, opening)
            else:
                placed = opening == self.first and not any(
                    k < v < figure.first for v in self.m.speech
                )
            if placed and not self._said_recently(figure):
                return self._loss_verb(figure, perfect=True)
        return False

    def _opening_part_of_year(self, date: DateMention) -> tuple[int, str] | None:
        """Where a year's named part opens ("first") and its span, if ``date`` is one.

        "the first five months of 2025" (read as "May 2025") is January to May 2025;
        "the first half of 2025", "the first half of this year" and "the second quarter
        of 2024" (read as the year) are that half or quarter.
        """
        if self.norm_at[date.first] == "first" and self.norm_at[date.first + 2] == "months":
            month, _, year = date.text.partition(" ")
            if month.lower() in lx.MONTHS:
                return date.first, f"January {year} to {date.text}"
            return None
        named = _YEAR.fullmatch(date.text) or date.text.lower() in ("this year", "last year")
        if not named or self.norm_at[date.first - 1] != "of":
            return None
        part, rank = self.norm_at[date.first - 2], self.norm_at[date.first - 3]
        if self.norm_at[date.first - 4] == "the" and rank in _YEAR_PARTS.get(part, ()):
            return date.first - 3, f"the {rank} {part} of {date.text}"
        return None

    def _month_of(self, date: DateMention) -> str:
        """A claim's date as the whole month when the text names a part of one.

        An estimate made "at the end of May" or "in late July" is as of that
        month: the text says no more precisely when it was current. "By the end
        of June" is kept (a count reached by a day), and so is "as of mid-August".
        """
        if "by" in (self.norm_at[date.first - 1], self.norm_at[date.first - 2]):
            return date.text
        part = _MONTH_PART.match(date.text)
        return date.text[part.end() :] if part else date.text

    def _costliest_year_toll(self, figure: FigureMention) -> bool:
        """Whether the figure, set off by ", with", is the toll of a year named a worst one.

        "2023 had been Ukraine's costliest year, with some 60,000 casualties", or the other
        way round, "its deadliest year was 2023, with ...": the year the sentence names is
        the span the toll counts, so it is as of that year; only when the sentence names
        one ("the costliest year yet, with ..." is not dated).
        """
        with_at = next(
            (i for i in range(figure.first - 1, figure.first - 4, -1) if self.norm_at[i] == "with"),
            None,
        )
        if with_at is None or self.norm_at[with_at - 1] != ",":
            return False
        named = any(
            _YEAR.fullmatch(self.norm_at[i]) and self.norm_at[i + 1] in ("was", "had", "has", "is")
            for i in range(self.first, with_at)
        )
        # "its deadliest year of the war was 2023, with": the year right before the comma
        named_last = _YEAR.fullmatch(self.norm_at[with_at - 2]) is not None and self.norm_at[
            with_at - 3
        ] in ("was", "is", "been")
        reach = 9 if named_last else 6
        return (named or named_last) and any(
            self.norm_at[i] == "year" and self.norm_at[i - 1] in lx.COSTLIEST
            for i in range(max(self.first + 1, with_at - reach), with_at)
        )

    def _over_the_year(self, start: int, stop: int) -> bool:
        """Whether the clause counts a whole year: "over the year", "during the year"."""
        return any(
            self.norm_at[i] == "year"
            and self.norm_at[i - 1] == "the"
            and self.norm_at[i - 2] in lx.SPAN_PREPOSITIONS
            and not self._any_in(self.breaks, i - 2, i)
            for i in range(max(self.first + 2, start), stop)
        )

    def _listed_day(self, dates: tuple[str, ...], figure: FigureMention) -> tuple[str, ...]:
        """The first figure's date again, on the listed figure's own ordinal day if it has one.

        "108 came back on the 17th, and 32 on the 6th": the month is shared, the days not.
        """
        days = self._ordinal_days()
        if len(dates) != 1 or len(days) < 2:
            return dates
        day, _, month = dates[0].partition(" ")
        if day not in days:
            return dates
        narrowed = self._on_day_of(month, figure)
        return (narrowed,) if narrowed != month else dates
