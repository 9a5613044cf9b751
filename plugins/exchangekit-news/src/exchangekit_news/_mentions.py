"""What one sentence mentions: figures of people, parties, speakers, verbs of handing over, dates.

Each finder walks the sentence's tokens once, trying a bounded number of
phrases at each token, so a sentence costs time proportional to its length.
The rules that turn mentions into records live in :mod:`exchangekit_news._extract`.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import re
import types
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Final, NamedTuple

from exchangekit import Count, Party, PersonCategory, Qualifier
from exchangekit.figures import FigureMatch, iter_figures
from exchangekit_news import _lemmas
from exchangekit_news import _lexicon as lx
from exchangekit_news._asides import hedged_by_aside
from exchangekit_news._chunks import (
    _ADVERBS,
    _AUXILIARIES,
    _HELPED_OBJECT,
    _NEGATIONS,
    _OBJECT_REACH,
    same_number,
    verb_group,
)
from exchangekit_news._dated_lines import _ASIDE_SPAN
from exchangekit_news._judgements import copula_before_judgement
from exchangekit_news._lexicon import Move, Noun, PhraseMatcher, Role, SourceEntry
from exchangekit_news._tokens import (
    NUM,
    SYM,
    TOKEN_KIND,
    TOKEN_START,
    WORD,
    SentenceWords,
    Token,
    ends_possessive,
    positions_of,
    spaced_dash,
    tokenize,
)

# Casualty words that name no living group whose age could be bounded ("killed over 50").
_NOT_LIVING: Final = frozenset(
    {"casualties", "deaths", "wounded", "injured", "killed", "missing", "dead", "fallen"}
)
_AGE_LIST_WORDS: Final = frozenset({"between", "from", "and", "or", "to", ",", "-", "–"})
_SPAN_FIRST_PARTS: Final = frozenset({"beginning", "start"})
_HAS_DAY_NUMBER: Final = re.compile(r"(?<![0-9])[0-9]{1,2}(?![0-9])")  # a day, not a year
_AGE_LIST_REACH: Final = 8  # words back from an age to its head word
# Words opening the phrase of what went the other way: "in return for as many Russians",
# "..., with as many Russians released".
_COUNTERPART_OPENERS: Final = frozenset({"for", "with"})
# Pronouns of a teller: "of whom he said 400 had come back"; "It said ..." after a speaker.
_TELLER_PRONOUNS: Final = lx.TELLER_PRONOUNS
# Words that open a relative after a bare "the same number": "for the same number it had
# promised" tells what was owed, not the swap's return.
_RELATIVE_OPENERS: Final = _TELLER_PRONOUNS | lx.RELATIVE_PRONOUNS | {"that", "we", "you", "i"}
# Words between "the youngest"/"the oldest" and the age told of them: "of them was just 19".
_SUPERLATIVE_AGE_LINKS: Final = frozenset(
    {"was", "is", "being", "just", "only", "barely", "of", "them", "those", "aged", ","}
)
# What "sets" of a figure may be sets of: "9,000 sets of remains" counts the dead.
_SETS_OF_DEAD: Final = (["of", "remains"], ["of", "bodies"])
# the words a misspelt source's name is, as a set: a sentence's candidates are its
# words in this or in the lexicon's speaker starts
_MISSPELT_WORDS: Final = frozenset(lx.MISSPELT_SOURCES)
# "see", "let", "allow" and their participles: what a planned move may hang on
_CAUSERS: Final = frozenset({"see", "let", "allow", "seen", "allowed"})
# Words that open a clause of its own between a group and a sides word: "18 wounded while
# each side freed 140" (not "from", "on": "95 from each side" is the group's own phrase).
_SIDES_CLAUSE_OPENERS: Final = lx.BREAK_WORDS | {"and", "as", "when", "after", "once"}

__all__ = [
    "DateMention",
    "FigureMention",
    "Lexicon",
    "Mentions",
    "PartyMention",
    "SourceMention",
    "TransferWord",
    "find_mentions",
    "freed_per_side",
    "lexicon",
    "party_lexicon",
    "sides_subject_at",
]

ACTOR: Final = "actor"
# "Russian-installed officials", "Moscow-appointed authorities": a side's officials.
_INSTALLED: Final = frozenset({"installed", "appointed"})
# Illness a "who" clause says of people, and the degree words that make it grave.
_ILL: Final = frozenset({"ill", "sick"})
_GRAVELY: Final = frozenset(
    {"severely", "seriously", "badly", "gravely", "critically", "terminally"}
)
NATIONALITY: Final = "nationality"


def relative_number_head(
    norm: Callable[[int], str], tokens: list[Token], first: int, k: int
) -> tuple[int, Noun] | None:
    """The people a relative "which numbered N" at the number ``k`` counts, if any.

    "a group of children, which Qatar said numbered five, had returned": the noun
    right before ", which" (a speaker and "said" may stand between) is what the
    number counts; returns where that noun starts and the noun.
    """
    if norm(k - 1) != "numbered" and norm(k - 1) not in lx.TOTALLED:
        return None
    which = next((j for j in range(k - 2, max(first, k - 6), -1) if norm(j) == "which"), None)
    if which is None or norm(which - 1) != ",":
        return None
    if which + 1 < k - 1 and norm(k - 2) not in lx.SPEECH:
        return None  # only "which numbered" or "which <speaker> said numbered"
    for start in range(which - 2, max(first, which - 5) - 1, -1):
        match = lx.PEOPLE.match(tokens, start, which - 1)
        if match is not None and match[0] == which - 1:
            return start, match[1]
    return None


def of_unknown_fate(words: list[str]) -> bool:
    """Whether the words open "of unknown whereabouts" (or fate), quoted or not.

    People "of unknown whereabouts" are missing, as those "whose whereabouts are
    unknown" are; a reporter's quotation marks round the phrase change nothing.
    """
    bare = [w for w in words if w not in lx.QUOTE_MARKS]
    return bare[:2] == ["of", "unknown"] and bare[2:3] != [] and bare[2] in lx.UNKNOWN_FATE


def pair_bracket_closes(norm: Callable[[int], str], at: int) -> bool:
    """Whether a bracketed pair of figures closes at ``at``.

    "(640 and 28)" and "(640 and 28, respectively)" both close after the second figure:
    a comma and "respectively" or "again" may come before the ")".
    """
    at += norm(at) == ","
    at += norm(at) in ("respectively", "again")
    return norm(at) == ")"


def day_window(norm: Callable[[int], str], tokens: list[Token], j: int, last: int) -> bool:
    """Whether a window of one day opens at ``j``: "over (for) the previous 24 hours"."""
    return day_window_end(norm, tokens, j, last) is not None


def day_window_end(
    norm: Callable[[int], str], tokens: list[Token], j: int, last: int
) -> int | None:
    """Where the window of one day opening at ``j`` ends (past its last word), if one does."""
    if norm(j) not in ("over", "in", "during", "for"):
        return None
    match = lx.DAILY_WINDOW.match(tokens, j, last)
    if match is not None:
        return match[0]  # "in a single day", "in one day"
    j += 1 + (norm(j + 1) == "the")
    match = lx.DAILY_WINDOW.match(tokens, j, last) if j < last else None
    return None if match is None else match[0]


def added_to_count_window(
    norm: Callable[[int], str], tokens: list[Token], j: int, last: int
) -> bool:
    """Whether "to the count" and a window of one day open at ``j``, after "added N".

    "after it added 1,140 to the count for the previous day": the day's rise of the
    count, its window after the count it was added to.
    """
    if norm(j) != "to" or norm(j + 1) not in ("the", "its") or norm(j + 2) not in SERIES_HEADS:
        return False
    j += 3
    if norm(j) != "for":
        return day_window(norm, tokens, j, last)
    j += 1 + (norm(j + 1) == "the")
    return j < last and lx.DAILY_WINDOW.match(tokens, j, last) is not None


# Bounds the figure grammar leaves outside a figure of words only ("at least several
# thousand", "several dozen or fewer"): before it, as its last two words, and after it.
_VAGUE_BOUNDS_BEFORE: Final = frozenset(
    {("at", "most"), ("up", "to"), ("at", "least"), ("more", "than"), ("fewer", "than")}
    | {("less", "than"), ("upwards", "of"), ("excess", "of")}
)
_VAGUE_BOUNDS_AFTER: Final = frozenset(
    {("at", "most"), ("or", "fewer"), ("or", "less"), ("at", "least"), ("or", "more")}
)


# Verbs that give a count told before its value by a pronoun: "It now puts them at N".


# What a count "read" when shown: "on Tuesday it read 1,124,590", "the counter now reads N".
_READS: Final = frozenset({"read", "reads"})


def _shown_alone(norm: Callable[[int], str], k: int) -> bool:
    """Whether the number at or just after ``k`` stands alone, its clause ending or dated.

    "it read 1,124,590, after ...", "it read 980,000 on Monday": a value shown; "it read
    300 names aloud" reads words out, so a word after the number says what was read.
    """
    j = next((i for i in range(k, k + 4) if any(c.isdigit() for c in norm(i))), None)
    return j is not None and norm(j + 1) in lx.CLAUSE_MARKS | {".", "on", "in", "as", ""}


def loss_heading(norm: Callable[[int], str], first: int, k: int) -> int | None:
    """Where the loss word stands that a verbless sentence opens on before its number at ``k``.

    "Wounded, about 380,000.", "Russian losses: about 1,078,000.": a label naming a
    loss, set off by a colon (or, for a single word, a comma or dash), and then the
    number, a hedge at most between. A list's bullet may open the line.
    """
    at = first + (norm(first) in _HEADING_MARKS)
    mark = next(
        (j for j in range(at + 1, min(k, at + _HEADING_REACH)) if norm(j) in _HEADING_MARKS),
        None,
    )
    if mark is None or (mark > at + 1 and norm(mark) != ":"):
        return None
    if any(norm(j) not in lx.FIGURE_HEDGE_WORDS for j in range(mark + 1, k)):
        return None
    return next(
        (
            j
            for j in range(mark - 1, at - 1, -1)
            if lx.LOSS_HEADS.get(norm(j), "captured") != "captured"
        ),
        None,
    )


def series_stood(norm: Callable[[int], str], first: int, k: int) -> int | None:
    """Where the count stands whose value the number at ``k`` "stood at", if any.

    "on 30 June it stood at 1,018,420", "that series now stands at 1,036,000", "that
    figure passed 1,000,000", "on Tuesday it read 1,124,590":
    "it" or a count's head with its determiner is the subject, a few words back; in "it
    puts them at 997,460", "them" is the count. A hedge before the number ("stood at
    about 860,000", "at least") is part of the value, so the verb stands before it;
    "puts them between A and B" puts the count in a range.
    """
    while norm(k - 1) in _GIVEN_HEDGES - {"at"} or (norm(k - 1) == "at" and norm(k) == "least"):
        k -= 1
    if norm(k - 1) == "at" and norm(k - 2) == "them" and norm(k - 3) in _PUT_VERBS:
        return k - 2  # "... on Russian losses. It now puts them at 997,460": the count told
    if norm(k) == "between" and norm(k - 1) == "them" and norm(k - 2) in _PUT_VERBS:
        return k - 1  # "we put them between 90,000 and 140,000": a range stands for "at"
    verb = k - 2 - (norm(k - 2) == "now")
    if norm(k) in _PASSED_VALUE or norm(k - 1) in _PASSED_VALUE:
        # "That figure passed 1,000,000 on 12 June": the count went past it (the
        # figure's hedge may be the verb itself)
        verb = k if norm(k) in _PASSED_VALUE else k - 1
    elif norm(k - 1) == "the" and norm(k - 2) in _PASSED_VALUE:
        verb = k - 2  # "the figure had crossed the 50,000 mark": the threshold named
    elif norm(k - 1) in _READS and _shown_alone(norm, k):
        verb = k - 1  # "on Tuesday it read 1,124,590": what a counter or graphic showed
    elif norm(k - 1) != "at" or norm(verb) not in STANDING:
        return None
    near = next(
        (
            i
            for i in range(verb - 1, max(first, verb - 12) - 1, -1)
            if norm(i) == "it"
            or (
                norm(i) in SERIES_HEADS | _STANDING_REGISTERS
                and norm(i - 1) in ("its", "their", "the", "this", "that")
            )
        ),
        None,
    )
    if near is not None or norm(verb - 1 - (norm(verb - 1) == "now")) != ",":
        return near
    # "The independent count, which only lists soldiers named, now stands at 70,000": the
    # sentence's opening count, its aside set off by commas, is the subject however long
    if norm(first) not in ("its", "their", "the", "this", "that"):
        return None
    return next(
        (
            i
            for i in range(first + 1, first + 3)
            if norm(i) in SERIES_HEADS | _STANDING_REGISTERS
            and all(norm(j).isalpha() for j in range(first + 1, i))
        ),
        None,
    )


def _digits_value(text: str) -> int:
    """The whole number a token of digits writes ("131,044" is 131044), else 0."""
    digits = text.replace(",", "")
    return int(digits) if digits.isdigit() else 0


def growth_before_to(norm: Callable[[int], str], tokens: list[Token], j: int) -> int | None:
    """Where the verb of growing stands that the "to" at ``j`` gives the new level of.

    "the list grew to 131,044", "the list grew by 1,617, to 131,044": the level
    reached is after "to", with at most the growth itself ("by" and a number, a
    comma after it) between; the growth is a span's losses, never the level.
    """
    if norm(j) != "to":
        return None
    k = j - 1 - (norm(j - 1) == ",")
    if k - 1 > 0 and tokens[k].kind == NUM and norm(k - 1) == "by":
        k -= 2
    elif k != j - 1:
        return None
    return k if norm(k) in GROWTH_VERBS else None


def one_day_after(norm: Callable[[int], str], tokens: list[Token], j: int, last: int) -> bool:
    """Whether one day is told at ``j``: a window ("over the past day") or a day named.

    "rose by 620 on Sunday alone", "grew by 1,090 yesterday", "by 830 on 12 May": a
    count's growth told for one day is that day's share of it.
    """
    if day_window(norm, tokens, j, last) or norm(j) in lx.RELATIVE_DAYS:
        return True
    if norm(j) != "on":
        return False
    if norm(j + 1) in lx.WEEKDAYS:
        return True
    day = tokens[j + 1] if j + 1 < last else None
    named = day is not None and day.kind == NUM and norm(j + 2) in lx.MONTHS
    if named or norm(j + 1) not in lx.MONTHS:
        return named
    after = j + 2 + (norm(j + 2) == ".")  # "on Dec. 30": the abbreviation's point
    return after < last and tokens[after].kind == NUM


def year_part(norm: Callable[[int], str], k: int) -> bool:
    """Whether the number at ``k`` is a whole year's part of a count told before it.

    "187 have been freed since 2022, 23 of them this year", "..., including 41 in
    2024", "3,956 in total - 1,358 of them during this year alone", "..., and more than
    12,000 of them this year", "..., with over 11,000 of them in 2025 alone":
    "including", or a comma or dash (and "and" or "with") and "of them", set it off, a
    hedge may stand before the number, and a year follows.
    """
    of_them = norm(k + 1) == "of" and norm(k + 2) == "them"
    # "..., and more than 12,000 of them this year": a hedge, and "and" after the mark
    before = k - 1
    while before > k - 3 and norm(before) in _GIVEN_HEDGES:
        before -= 1
    mark = before - (of_them and norm(before) in ("and", "with"))
    if not (norm(before) == "including" or (norm(mark) in lx.SET_OFF_MARKS and of_them)):
        return False
    j = k + 1 + 2 * of_them
    if norm(j) in ("in", "during", "over") and norm(j + 1) in ("this", "last"):
        j += 1
    if norm(j) in ("this", "last"):
        return norm(j + 1) == "year"
    return norm(j) in ("in", "during") and _YEAR_WORD.fullmatch(norm(j + 1)) is not None


def year_it_is(norm: Callable[[int], str], k: int) -> bool:
    """Whether the number at ``k`` is a year's count told by "it is" after the year.

    "... more than 15,000 bodies since 2022. In 2025 alone, it is over 11,000", "This
    year alone it's been around 11,000": the year, "it is" (or "was", "has been") and a
    number ending the sentence take up the count told before over that year.
    """
    if norm(k + 1) not in (".", "", ","):  # ", the bulk of them since June": an aside
        return False
    at = k - 1
    while at > k - 3 and norm(at) in _GIVEN_HEDGES:
        at -= 1
    if norm(at) == "been":
        at -= norm(at - 1) in ("has", "had")  # "it has been"; "it's been" is one word
    elif norm(at) not in ("is", "was"):
        return False
    if norm(at - 1) != "it":
        return False
    at -= 2 + (norm(at - 2) == ",")
    at -= norm(at) == "alone"
    year = norm(at - 1) == "in" and _YEAR_WORD.fullmatch(norm(at)) is not None
    return year or (norm(at - 1) == "this" and norm(at) == "year")


def year_compared(norm: Callable[[int], str], k: int) -> int | None:
    """Where the year of an earlier year's count set beside the one before stands, or None.

    "197 civilians had come back since January, compared with fewer than 100 in the
    whole of 2024", "3,500 this year, compared with about 1,500 in 2023", "1,128 in
    2024, against 1,372 in 2023": "compared with" (or "against", "versus"; a hedge or two
    between) opens the number at ``k``, and a year follows it.
    """
    opener = next(
        (i for i in range(k - 1, k - 5, -1) if norm(i) in ("compared", "against", "versus")),
        None,
    )
    if opener is None:
        return None
    if norm(opener) == "compared":
        if norm(opener + 1) not in ("with", "to"):
            return None
        opener += 1
    if any(not norm(i).isalpha() for i in range(opener + 1, k)):
        return None  # "compared with 1,200, 300 in 2023": a number or a break between
    j = k + 1
    if norm(j) not in ("in", "during", "for"):
        return None
    j += 1
    if [norm(j), norm(j + 1), norm(j + 2)] == ["the", "whole", "of"]:
        j += 3
    return j if _YEAR_WORD.fullmatch(norm(j)) is not None else None


# Hedges between a receiver and its number: "gave Ukraine more than 7,000 bodies".
_GIVEN_HEDGES: Final = frozenset(
    {
        "more",
        "than",
        "over",
        "nearly",
        "almost",
        "about",
        "around",
        "some",
        "at",
        "least",
        "roughly",
    }
)
# Adverbs that may stand between "have" and its participle: "has now given", "had already".
_PERFECT_ADVERBS: Final = frozenset({"now", "already", "so", "far", "since", "also", "thus"})
# Verbs of a count growing: "the count had grown by 1,140 over the previous 24 hours".
GROWTH_VERBS: Final = frozenset(
    form for verb in ("grow", "rise", "increase", "climb") for form in _lemmas.inflections(verb)
)
# Nouns of a count's growth, whose value is a day's losses: "the increase was 1,090".
GROWTH_NOUNS: Final = frozenset({"increase", "rise", "growth"})
MEDIATOR: Final = "mediator"
# A verb a running count has its value with: "on 30 June it stood at 1,018,420".
STANDING: Final = frozenset(_lemmas.inflections("stand"))
# Nouns of a running count a later clause takes up: "that series ... stood at N".
SERIES_HEADS: Final = frozenset({"total", "figure", "count", "tally", "number", "series"})
# Registers of people whose count "stood at" a figure: "their list stood at N".
_STANDING_REGISTERS: Final = frozenset({"list", "register", "registry", "database"})

MEDIATOR_CODES: Final = frozenset({"ICRC", "UAE", "TUR", "QAT", "SAU", "VAT", "UN", "USA"})
"""Parties that broker or assist exchanges; never the sender or receiver of one."""

# How many times its step a level must be for "by N to M" to be a step and a level ...
_LEVEL_OVER_STEP: Final = 5
# ... and below how many times it is a range of growth; between, "by N to M" is not read.
_RANGE_OVER_LOW: Final = 2
_BEFORE_NUMBER: Final = 5  # tokens shown to the figure grammar before a number ...
_AFTER_NUMBER: Final = 7  # ... and after it
# Hedges written after a number: "30 or so", "500 or more".
_TRAILING_HEDGES: Final = frozenset({("or", "so"), ("or", "more"), ("or", "fewer"), ("or", "less")})
_ADJECTIVES: Final = frozenset(
    {"ukrainian", "russian", "emirati", "turkish", "qatari", "saudi", "american"}
)
_DEMONYMS: Final = frozenset({"ukrainians", "russians", "americans", "koreans"})
# Heads of a noun of losses a writer may quote as the teller's term: '"personnel losses"'.
_LOSS_HEADS: Final = lx.CASUALTY_NOUNS | {"losses"}
# Verbs after "the Russians" that make it the side acting, not people counted.
_SIDE_VERBS: Final = frozenset(
    {
        "had",
        "have",
        "has",
        "would",
        "will",
        "did",
        "said",
        "say",
        "says",
        "claimed",
        "got",
        "get",
        "gave",
        "give",
        "took",
        "take",
        "received",
        "receive",
        "handed",
        "sent",
        "agreed",
        "insisted",
        "refused",
    }
)
_REACHED: Final = frozenset(
    {"passed", "exceeded", "surpassed", "topped", "crossed", "reached", "to", "hit"}
)
# Verbs that carry a count told before, as "it", up to a new value: "took it past 3,100".
RAISING_IT: Final = frozenset(
    form
    for verb in ("bring", "take", "push", "raise", "lift")
    for form in _lemmas.inflections(verb)
)
# What may follow a bare "the number" whose value the clause gives: "the number had grown to".
_NUMBER_GROWN: Final = lx.FINITE_HAVE_BE | _REACHED | {"rose", "grew", "climbed", "now"}
# Past verbs of a running count going beyond a value: "that series passed one million".
_PASSED_VALUE: Final = _REACHED - {"reached", "to", "hit"}
# Participles of a hedge that link a loss noun right before them to the figure.
_NEARING: Final = frozenset({"approaching", "nearing"})
_BARE_TOTAL_REACH: Final = 10  # tokens from "the number returned" to its verb of reaching at most
_REACHED_AGAIN_REACH: Final = 24  # tokens from a count reached to its next value at most
# The entries of a register of people, counted: "70,000 names", "23,000 entries".
_ENTRY_NOUNS: Final = frozenset({"names", "entries"})
# Words of dying a count of the named dead is told with ("lost" is as often a verb of losing).
_DYING: Final = lx.KILLED_WORDS - {"lost"}
# Words of loss a relative clause with a number may be about: "the missing, of whom ...".
# The words a clause of one day's handover opens with after a total: "..., when 120 were".
_DAY_CLAUSE_OPENERS: Final = frozenset({"when", "where", "that"}) | lx.RELATIVE_PRONOUNS
_RELATIVE_CASUALTIES: Final = frozenset({"missing", "dead", "wounded", "injured", "killed"})
# Active verbs of harm a second toll may follow after "and": "... and injured 400".
_JOINED_HARM_VERBS: Final = frozenset({"killed", "wounded", "injured"})
# ("in each case": the figure of every one of the events just named, one way)
# Words before "day" that make it a time phrase ("the next day", "that day"), never the
# label of a numbered day ("day 103 of the war")
_DAY_PHRASE_ENDS: Final = frozenset({"next", "following", "previous", "same", "that"})
_SERIES_UNITS: Final = frozenset({"time", "occasion", "month", "week", "day", "round", "case"})

# Swap nouns after "one-for-one", and the words making it no one swap: "each one-for-one
# exchange", "any one-for-one swap", "one-for-one swaps".
_SWAPS: Final = frozenset({"exchanges", "swaps", "trades"})
_SWAP_KINDS: Final = _SWAPS | {"exchange", "swap", "trade"}
_DISTRIBUTIVES: Final = frozenset({"each", "every", "any"})
# Nouns of exchanges: "each" next to one of them distributes a figure over the events.
# (not "round", which as often means "around")
_EVENT_NOUNS: Final = lx.EXCHANGE_NOUNS | lx.STAGE_PLURALS | {"stage", "phase"}
# Words between a number and an event noun it counts: "two more handovers".
_MORE_OF_EVENTS: Final = frozenset({"more", "further", "other"})
# Words between counted events and the months that date them: "handovers followed, in July
# and again in August,".
_BETWEEN_EVENTS_AND_MONTHS: Final = frozenset(
    {"in", "and", "again", "then", ",", "followed", "came", "ensued"}
)
# What sets a list of parts off from their whole: "390 people – 270 soldiers and ...".
_PART_MARKS: Final = frozenset({",", "—", "–", "-", "(", ":", "namely"})
# How far a whole's own verb phrase may reach before a dashed list of its parts.
_ASIDE_REACH: Final = 6
# Particles of a verb of return that may close the whole's phrase before its parts.
_WHOLE_PARTICLES: Final = frozenset({"home", "back"})
# Verbs of coming home with "home" or "back": "saw 246 soldiers come home".
_HOMEWARD_VERBS: Final = frozenset({"come", "go", "return", "get", "head"})
# Nouns of freeing people "of" a side: "the release of Ukrainians".
_RELEASE_NOUNS: Final = frozenset({"release", "return", "homecoming", "repatriation"})
# Verbs of receiving that can leave their particle after the object ("got 40 back").
_SPLIT_VERBS: Final = frozenset(
    {"got", "get", "gets", "getting", "took", "take", "takes", "taking"}
)
_HEDGE_WORDS: Final = frozenset({"the", "more", "than", "over", "about", "around", "nearly"})
# the words a hedge or a link sets between a number and what it counts, as one set each:
# the loops that step back over them test a word against the set, never build it
_LOOSE_HEDGES: Final = _HEDGE_WORDS | {"roughly", "some", "almost"}
_LABEL_WORDS: Final = 10  # tokens of a transcript's turn label, or of an answer's opening
_HEDGES_AND_LINKS: Final = lx.FIGURE_HEDGE_WORDS | lx.LINK_SKIP
_AGE_BOUNDS: Final = frozenset({"under", "over", "above", "below"})  # "men over 60"
_LOSS_NOUNS: Final = frozenset({"losses", "casualties", "toll", "deaths", "killed", "dead"})
# Forms of "pass", a verb of handing over only with a counted object and "to" after it.
_PASS_FORMS: Final = frozenset({"pass", "passes", "passed", "passing"})
_YEAR_WORD: Final = re.compile(r"(?:19|20)\d\d")
_YEAR_LEADS: Final = frozenset({"in", "since"})  # the words a bare year follows
# Words before "past N" that make it a time ("the past 24 hours", "half past ten").
_PAST_AS_TIME: Final = frozenset(
    {"the", "this", "its", "their", "in", "over", "for", "during", "half", "quarter", "minutes"}
)
TIME_UNITS: Final = frozenset({"hours", "days", "weeks", "months", "years", "decades"})
# Words after a number that make it a time of day: "four o'clock", "at 4 pm", "0600 GMT".
_CLOCK_WORDS: Final = frozenset({"o'clock", "pm", "am", "gmt", "utc", "hrs"})
# Parts of an hour before "past"/"to" and a number: "half past six", "quarter to five".
_HOUR_PARTS: Final = frozenset({"half", "quarter", "minutes"})
# Nouns after a range of small numbers that make it a band of ages: "the 18 to 25 category".
_AGE_BAND_NOUNS: Final = frozenset(
    {"category", "categories", "bracket", "brackets", "band", "bands", "cohort", "group", "groups"}
)
# An age coordinated with a wound names two groups ("the young and seriously wounded
# prisoners": the young ones and the wounded ones), so not a group of wounded alone.
_AGE_GROUPS: Final = frozenset({"young"})
_AGE_BAND_REACH: Final = 6  # tokens from an age band to its noun: "18 to 25 and wounded categories"
# Words that end the noun phrase of a range before any band noun: "18 to 25 of them in a group".
_AGE_BAND_STOPS: Final = lx.DATE_PREPOSITIONS | {
    ".",
    ",",
    ";",
    ":",
    "the",
    "a",
    "an",
    "its",
    "their",
    "of",
    "at",
    "to",
    "for",
    "with",
}
# Fractions a spoken figure splits at: "four and a half thousand" is neither 4 nor 500.
_SPOKEN_FRACTIONS: Final = frozenset({"half", "quarter"})
_SCALE_WORDS: Final = frozenset({"hundred", "thousand", "million", "billion"})
# Subjects whose "passed N" is a level reached, not people handed over.
_LEVEL_SUBJECTS: Final = _LOSS_NOUNS | {"number", "total", "tally", "count", "figure", "sum"}


# Number words that stand for things as often as they count people: "got one back".
# Words that set one event after or before another: "followed one on Wednesday".
_SEQUENCE_WORDS: Final = frozenset({"followed", "follows", "follow", "preceded", "precedes"})
# Verbs of one event coming after another, with no object: "another 40 apiece followed".
_FOLLOWED_ON: Final = frozenset({"followed", "ensued"})
_LOOSE_NUMBER_WORDS: Final = frozenset({"one", "half", "quarter", "quarters", "zero"})


class FigureMention(NamedTuple):
    """A figure and the noun phrase it counts, if it counts people."""

    first: int  # first token of the figure phrase, hedge included
    last: int  # one past its last token
    amount: Count
    text: str
    noun: Noun | None  # the head noun; None when no people are counted
    np_end: int  # one past the noun phrase
    nationality: str | None  # party code of the people, when said
    pronoun: str | None  # "its", "their", "our" or "enemy" inside the noun phrase
    remains: bool  # the bodies of ..., fallen ..., ... soldiers' remains
    wounded: bool
    per_side: bool  # each, apiece, on each side
    before_of: str  # the word before "of" just ahead of the figure ("bodies", "deaths")


class PartyMention(NamedTuple):
    """A party named in the sentence and how: as an actor, a nationality or a mediator."""

    first: int
    last: int
    code: str
    role: str
    noun: bool  # named as a noun ("Russia", "Kyiv"), not an adjective ("Russian")


class SourceMention(NamedTuple):
    """A speaker named or pointed back to ("the agency", "he")."""

    first: int
    last: int
    entry: SourceEntry | None  # None: an anaphor, resolved in context
    anaphor: tuple[Role, ...]


class TransferWord(NamedTuple):
    """A verb or noun of handing people over, and whether the sentence says it happened."""

    first: int
    last: int
    move: Move
    done: bool


def said_at(norm: Callable[[int], str], first: int, end: int) -> bool:
    """Whether the date from ``first`` to ``end`` stands between a verb of saying and "that".

    A time counted back ("said a year ago that ...") is read from its unit on, so the
    count before the unit is stepped over too.
    """
    verb = first - 1 - (norm(first - 1) in ("in", "on") or norm(end - 1) == "ago")
    return norm(verb) in lx.SPEECH and norm(end) == "that"


def said_then(
    norm: Callable[[int], str], first: int, end: int, figures: Sequence[FigureMention]
) -> bool:
    """Whether the date from ``first`` to ``end`` stands between a verb of saying and "that",
    with a figure of ``figures`` inside the reported clause.

    "since its chief said last August that 9,000 had died": the date is when it was
    said, so it dates the reported clause's figure, not a span's start. A figure outside
    the clause ("has freed 4,000 since its envoy said in May that talks would resume")
    still counts from the date.
    """
    return said_at(norm, first, end) and any(
        f.first > end and all(norm(k) not in (",", ";") for k in range(end, f.first))
        for f in figures
    )


def war_start_then_this_week(norm: Callable[[int], str], since: int, at: int) -> bool:
    """Whether "since the start of the war on Wednesday" ranks from the war's start.

    The war began long before any day of this week, so a weekday or "yesterday"
    (at ``at``) after a verbless "since the start of the war" dates the sentence's
    own event, not the start "since" counts from.
    """
    between = {norm(k) for k in range(since + 1, at)}
    return (
        norm(at) in lx.WEEKDAYS | lx.RELATIVE_DAYS
        and not between & _STARTED
        and bool(between & _WARS)
    )


class DateMention(NamedTuple):
    """A date expression; ``text`` is what :meth:`Period.parse` is given."""

    first: int
    last: int
    text: str
    since: bool  # "since February 2022": the start of a span
    as_of: bool  # "as of mid-August"
    group: int  # mentions listed together ("in July, August and September") share a group


class DatedAside(NamedTuple):
    """A dash aside that sizes the exchanges named just before it, one day at a time.

    "In two swaps — 60 soldiers on 3 April and 85 on 19 April — Kyiv got back its men":
    each item is one exchange's size, so none is a sum, and the clause after the closing
    dash tells what moved. ``items`` holds, per size, where its number stands and where
    the "on" before its day stands. Found once per sentence by :func:`dated_asides`.
    """

    opening: int  # the dash that opens the aside
    close: int  # the dash of the same kind that closes it
    items: tuple[tuple[int, int], ...]  # (number, "on") of each size, in order

    def holds(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is one of the sizes the aside lists."""
        return any(number == figure.first and figure.np_end <= on for number, on in self.items)


_NO_SHARES: Final[Mapping[int, int | None]] = types.MappingProxyType({})


class Mentions(NamedTuple):
    """Everything :func:`find_mentions` found in one sentence."""

    figures: list[FigureMention]
    parties: list[PartyMention]
    sources: list[SourceMention]
    transfers: list[TransferWord]
    speech: list[int]  # token indices of verbs of saying
    according: list[tuple[int, int]]  # spans of "according to X" (X's span)
    dates: list[DateMention]
    mediation: bool  # a word of mediating or assisting is present
    first_person: bool
    words: SentenceWords  # the sentence's norms, shared with the rules
    dated_asides: tuple[DatedAside, ...] = ()  # "In two swaps — 60 on 3 April and 85 on ..."
    # "40 each on the 3rd and then 55 each on the 9th": see :meth:`_Finder.dated_shares`
    dated_shares: Mapping[int, int | None] = _NO_SHARES


# -- parties -------------------------------------------------------------------


class _PartyEntry(NamedTuple):
    code: str
    upper_only: bool  # "US", "UN": only when written in capitals


class Lexicon(NamedTuple):
    """The parties a document may name, and every word a speaker's name may start with."""

    parties: PhraseMatcher[_PartyEntry]
    speaker_starts: frozenset[str]
    # Words after "the" that may begin an office ("the Russian Ministry of Defence"); before
    # any other word, "the" begins none, and sources_and_parties skips looking for one.
    # None when "the" itself may begin a party's name: then no word is skipped.
    office_starts: frozenset[str] | None


# Words after which "May" is the month, since no modal verb can follow them: "in the five
# months to May", "between May and July", "before May" ("to" is never an infinitive's
# before a modal), "compared with May" (no modal follows "with").
_NO_MODAL_AFTER: Final = frozenset({"to", "till", "through", "between", "before", "after", "with"})
# Past forms a month opening its sentence may be the subject of ("May brought two
# exchanges", "May saw ..."): the modal "may" is followed by a bare verb, never by these.
_MONTH_SUBJECT_VERBS: Final = frozenset(
    {"brought", "saw", "was", "began", "ended", "had", "went", "proved", "became", "gave"}
)


def _past_verb(word: str) -> bool:
    """Whether ``word`` is a past form no modal takes: "brought", "saw", "delivered"."""
    return word in _MONTH_SUBJECT_VERBS or (
        len(word) > 4 and word.endswith("ed") and not word.endswith("eed")
    )


def lexicon(parties: Iterator[Party]) -> Lexicon:
    """The :class:`Lexicon` for ``parties`` (a registry's parties)."""
    matcher = party_lexicon(parties)
    starts = (
        matcher.firsts
        | lx.NAMED_SOURCES.firsts
        | lx.INSTITUTIONS.firsts
        | lx.ANAPHORS.firsts
        | frozenset(lx.NON_PARTY_SPEAKERS)
        | {"the"}
    )
    office_starts = (
        None
        if "the" in matcher.firsts or "the" in lx.NON_PARTY_SPEAKERS
        else matcher.firsts | lx.INSTITUTIONS.firsts | frozenset(lx.NON_PARTY_SPEAKERS) | {"the"}
    )
    return Lexicon(matcher, starts, office_starts)


# Abbreviations of a side's armed forces that translated copy uses after the full name:
# Russian ministry English writes "the losses of the AFU" for the Armed Forces of Ukraine.
# Read only in capitals, like every short all-capital name.
_FORCE_ABBREVIATIONS: Final[Mapping[str, tuple[str, ...]]] = {"UKR": ("AFU",)}


def party_lexicon(parties: Iterator[Party]) -> PhraseMatcher[_PartyEntry]:
    """A phrase matcher for every name, alias and code of ``parties``."""
    entries: list[tuple[str, _PartyEntry]] = []
    for party in parties:
        extra = _FORCE_ABBREVIATIONS.get(party.code, ())
        for name in (party.code, party.name, *party.aliases, *extra):
            if name.lower().startswith("the "):
                name = name[4:]
            # "Russian Defence Ministry" is read as a speaker of Russia, not as Russia itself.
            key = lx.words(name)
            if len(key) > 1 and lx.INSTITUTIONS.match(tokenize(name), 1, len(key)):
                continue
            letters = name.replace(".", "")
            upper_only = letters.isalpha() and letters.isupper() and len(letters) <= 4
            entries.append((name, _PartyEntry(party.code, upper_only)))
    return PhraseMatcher(entries)


# -- finding -------------------------------------------------------------------


# what a region's name may head in "residents of the Kursk region", "of the Belgorod border
# areas": the place the people come from, so its side is theirs
_ORIGIN_PLACES: Final = frozenset(
    {"region", "regions", "oblast", "province", "district", "districts", "area", "areas"}
)
_BORDER_WORDS: Final = frozenset({"border", "frontier", "frontline", "front-line"})


# The words "the same number", "an equal number" or "as many as" may open.
_SAME_NUMBER_FIRSTS: Final = frozenset({"the", "same", "an", "equal", "as"})
# "the same number as in June", "as last time", "as before": compared with another time
_AS_AT_TIME: Final = frozenset(
    {"in", "on", "during", "at", "last", "before", "earlier", "previously", "then"}
)
_EARLIER_ONE: Final = frozenset({"previous", "last", "earlier", "first", "prior", "time"})
# Service branches that may qualify a people noun, by first word: "armed forces soldiers".
_SERVICE_BRANCHES: Final[Mapping[str, tuple[tuple[str, ...], ...]]] = {
    "armed": (("armed", "forces"),),
    "army": (("army",),),
    "navy": (("navy",),),
    "naval": (("naval", "infantry"), ("naval",)),
    "air": (("air", "force"),),
    "national": (("national", "guard"),),
    "marine": (("marine", "corps"),),
}
# Words that end the noun of "gave the same number of ... in return" ("as", "than":
# a comparison; "in", "back": what follows the noun).
# What "each" after "the same number" may count: "Russia receiving as many each day".
_EACH_AFTER: Final = lx.RECURRING | {"day"}
_NOT_NOUN: Final = frozenset({"as", "than", "in", "back", "to", "and", "from"})
# Words an "of" phrase between "the same number of servicemen" and its figure may span,
# and words that end it as no such phrase: "servicemen of the Russian armed forces, 185,".
_OF_PHRASE_REACH: Final = 7
_CLAUSE_WORDS_IN_OF: Final = frozenset({"and", "or", "who", "which", "that", "were", "was"})
# What closes a figure "the same number of servicemen" is said to be: "..., 146, ...".
_APPOSITION_CLOSERS: Final = frozenset({",", ")", "in", ".", "-", "\u2013", "\u2014"})


# Nouns of an occasion after "each"/"every" that make a bare number a recurring size.
_EACH_TIME_NOUNS: Final = frozenset({"time", "occasion"})


# A state's style after "the", with the states it may stand for once named: "the Kingdom".
_STYLES: Final = (
    (("kingdom",), ("SAU",)),
    (("gulf", "state"), ("SAU", "QAT", "UAE")),
    (("gulf", "emirate"), ("QAT", "UAE")),
)
# How the text names each of those states, for the one named last before its style.
_STYLED_NAMES: Final = {
    "SAU": ("Saudi", "Riyadh"),
    "QAT": ("Qatar", "Qatari", "Doha"),
    "UAE": ("UAE", "Emirates", "Emirati", "Abu Dhabi"),
}


def _last_named(text: str, end: int, names: tuple[str, ...]) -> int:
    """Where the last of ``names`` standing as a whole word starts in ``text[:end]``, or -1.

    A backward ``str.rfind`` per name: a regular expression over everything before the
    style would scan the whole document again at each "the Kingdom".
    """
    last = -1
    for name in names:
        at = text.rfind(name, 0, end)
        while at > last:
            after = at + len(name)
            if (at == 0 or not _word_char(text[at - 1])) and (
                after == end or not _word_char(text[after])
            ):
                last = at
                break
            at = text.rfind(name, 0, after - 1)
    return last


def _word_char(char: str) -> bool:
    """Whether ``char`` is part of a word, as ``\\w`` in a regular expression reads it."""
    return char.isalnum() or char == "_"


class _Finder:
    """Finds the mentions of one sentence, ``tokens[first:last]``."""

    def __init__(
        self,
        tokens: list[Token],
        first: int,
        last: int,
        text: str,
        lexicon: Lexicon,
    ) -> None:
        self.tokens = tokens
        self.first = first
        self.last = last
        self.text = text
        self.lexicon = lexicon
        self.party_matcher = lexicon.parties
        # Found once and shared by every finder: most finders skip a sentence without their words.
        self.words = SentenceWords.of(tokens, first, last)  # handed on to the rules in Mentions
        self.norms, self.norm_set = self.words.norms, self.words.norm_set
        self.norm: Callable[[int], str] = self.words.norm  # "" outside the sentence
        self.norm_at = self.words.norm_at  # the same, read as norm_at[i]
        # where the sentence's numbers (in digits) stand, in order
        self.numbers = list(
            itertools.compress(
                itertools.count(first), map(NUM.__eq__, map(TOKEN_KIND, tokens[first:last]))
            )
        )
        self.has_number = bool(self.numbers)
        # Worked out on first use and kept, as on the sentence reader (plain attributes,
        # no lock per first read): the asides of dated sizes, and where the sentence has
        # told of naming and dying (-1: not yet worked out).
        self._dated_asides: tuple[DatedAside, ...] | None = None
        self._dead_named: int | None = -1
        self._dates: list[DateMention] | None = None  # see :meth:`dates`
        self._sides_listed_cache: bool | None = None  # see :meth:`_sides_listed`
        self._dated_shares: Mapping[int, int | None] | None = None  # see :meth:`dated_shares`
        self._colon_sizes: tuple[int, ...] | None = None  # see :meth:`colon_sizes`

    # helpers ------------------------------------------------------------------

    def party_at(self, i: int) -> tuple[int, str] | None:
        """``(end, code)`` of a party name at token ``i``."""
        found = self.party_matcher.match(self.tokens, i, self.last)
        if found is None:
            return self._styled_party_at(i)
        end, entry = found
        # "UAE's foreign ministry": the possessive's "s" is no part of the acronym
        if entry.upper_only and not all(
            t.text.replace(".", "").removesuffix("'s").removesuffix("’s").isupper()
            for t in self.tokens[i:end]
            if t.kind == WORD
        ):
            return None
        if self.tokens[i].kind == WORD and not self.tokens[i].text[0].isupper():
            return None
        return end, entry.code

    def _styled_party_at(self, i: int) -> tuple[int, str] | None:
        """``(end, code)`` of a go-between called by its style after being named: "the Kingdom".

        "Saudi Arabia said ... the Kingdom's mediation": a state's style after "the" stands
        for the one of the states it fits named last before it in the text, and for none
        when no such state was named ("the Kingdom" of another story is no one's here).
        """
        tokens = self.tokens
        if (
            i <= self.first
            or i >= self.last
            or tokens[i - 1].norm != "the"
            or not tokens[i].text[:1].isupper()
        ):
            return None
        for words, codes in _STYLES:
            end = i + len(words)
            if end > self.last or any(
                t.norm != w for t, w in zip(tokens[i:end], words, strict=True)
            ):
                continue
            if end < self.last and tokens[end].norm == "of":
                return None  # "the Kingdom of Saudi Arabia": the name itself follows
            named = [
                (at, code)
                for code in codes
                if (at := _last_named(self.text, tokens[i].start, _STYLED_NAMES[code])) >= 0
            ]
            return (end, max(named)[1]) if named else None
        return None

    def skip_articles(self, i: int) -> int:
        while i < self.last and self.tokens[i].norm in ("the", "a", "an"):
            i += 1
        return i

    # figures ------------------------------------------------------------------

    def figures(self) -> list[FigureMention]:
        if not self.has_number and self.norm_set.isdisjoint(lx.NUMBER_WORDS):
            return []  # no digit and no number word: no window, no figure
        tokens = self.tokens
        found: list[FigureMention] = []
        starts = list(map(TOKEN_START, tokens[self.first : self.last]))
        for first, last in self._figure_windows():
            base = tokens[first].start
            window = self.text[base : tokens[last - 1].end]
            if "-for-" in window:
                # "a 175-for-175 swap" reads as "175 for 175" (same length: offsets hold)
                window = window.replace("-for-", " for ")
            if " \u2014 " in window:
                # "Oct. 18 — 115, 103 and 95 each way": a spaced em dash sets off an aside and
                # never joins two numbers into a range (same length: offsets hold)
                window = window.replace(" \u2014 ", " ; ")
            window = self._dash_after_day(first, last, window)
            if "(+" in window and self._personnel_line(self.first + 2):
                # "personnel - about 1,000,340 (+1,140)": the bracketed increase is the
                # past day's losses, a count, not a signed change (same length: offsets hold)
                window = window.replace("(+", "( ")
            if "by" in self.norm_set and "to" in self.norm_set:
                window = self._step_before_level(first, last, window)
            for match in iter_figures(window):
                a = self.first + bisect.bisect_left(starts, base + match.start)
                b = self.first + bisect.bisect_left(starts, base + match.end)
                if a >= b or tokens[b - 1].end != base + match.end:
                    continue
                if self._one_for_one_shape(a):
                    continue  # "on a one-for-one basis": the swap's ratio, nobody counted
                if self._spoken_year(a):
                    continue  # "since February twenty twenty-two": a year said aloud
                if self._split_fraction(a, b):
                    continue  # "around four and a half thousand": neither 4 nor 500
                if self._proportion_side(a, b):
                    continue  # "one in three of the bodies": a share, nobody counted
                figure = self._found(a, b, match)
                if figure is not None:
                    found.append(self._released_side(self._of_whom(figure, found)))
        found = self._colon_size_people(self._pair_modifiers(found))
        return self._same_numbers(self._stage_sizes(found))

    def _spoken_year(self, a: int) -> bool:
        """Whether the number word at ``a`` is half of a year said aloud: "twenty twenty-two".

        A transcript writes years as spoken, "twenty twenty-two" or "twenty nineteen";
        "twenty" right before "ten" to "twenty" never counts people, so neither half
        is a figure. A list ("twenty, twenty-two") has a comma between and stays.
        """
        if self.norm_at[a] == "twenty" and self.norm_at[a + 1] in _YEAR_SECOND_HALVES:
            return True
        return (
            self.norm_at[a] in _YEAR_SECOND_HALVES
            and self.norm_at[a - 1] == "twenty"
            and lx.number_value(self.norm_at[a - 2]) is None
        )

    def _stage_sizes(self, found: list[FigureMention]) -> list[FigureMention]:
        """``found`` with the bare sizes listed after "in three stages of" given their people.

        "In two rounds of 120 and 135, on Monday and Friday, Kyiv got back wounded
        soldiers": the listed numbers size the handovers, and the people are the object
        of the clause's verb of moving, however far it stands. Only a run of bare numbers
        right after "<stages> of", closed by a comma, and as many as a number word before
        the plural says; the verb must be told done and its object must name people.
        In a dash aside of dated sizes a size with its own noun keeps it.
        """
        if self.norm_set.isdisjoint(STAGE_NOUNS):
            return found
        run = self._stage_run(found)
        if not run:
            return found
        end = found[run[-1]].last
        verb = next((t for t in self.transfers() if t.first > end), None)
        people = self._total_before_stages(found, run) or self._people_before_stages(found, run)
        if people is None:
            if verb is None or not verb.done or verb.move not in (Move.RECEIVE, Move.SEND):
                return found
            if any(self.norm_at[j] in (";", ":") for j in range(end, verb.first)):
                return found  # another clause: its verb moves other people
            people = self.noun_phrase(verb.last, verb.last, found[run[0]].amount, "", "")
        if people is None or people.noun is None or people.noun.category is None:
            return found
        if self._other_kind_listed(people):
            # "brought home soldiers, sailors and a handful of civilians": each stage held
            # people of several kinds, so none of the listed sizes is of the first kind
            people = people._replace(noun=lx.Noun(None))
        out = list(found)
        for n in (n for n in run if found[n].noun is None):  # "60 soldiers on 3 April": its own
            out[n] = found[n]._replace(
                noun=people.noun,
                nationality=people.nationality,
                remains=people.remains,
                wounded=people.wounded,
            )
        return out

    def _colon_size_people(self, found: list[FigureMention]) -> list[FigureMention]:
        """``found`` with the bare sizes of a dated list after a colon given their people.

        "Kyiv took back its dead in three rounds: 900 on 2 May, 909 on 16 May": the
        people are the object of the head's verb of moving ("its dead"), or the noun the
        head opens on before its participle ("Bodies returned to Ukraine: ..."). A verb
        not told done, or a head naming no kind of people, gives the sizes none.
        """
        sizes = self.colon_sizes
        if not sizes:
            return found
        colon = self.norms.index(":") + self.first
        verb = next((t for t in self.transfers() if t.last <= colon), None)
        if verb is None or not verb.done or verb.move not in (Move.RECEIVE, Move.SEND):
            return found
        amount = next(f.amount for f in found if f.first == sizes[0])
        people = self.noun_phrase(verb.last, verb.last, amount, "", "")
        if (people is None or people.noun is None) and verb.first > self.first:
            people = self.noun_phrase(self.first, self.first, amount, "", "")
            if people is not None and people.np_end != verb.first:
                people = None
        if people is None or people.noun is None or people.noun.category is None:
            return found
        return [
            f._replace(
                noun=people.noun,
                nationality=people.nationality,
                remains=people.remains,
                wounded=people.wounded,
            )
            if f.first in sizes and f.noun is None
            else f
            for f in found
        ]

    def _total_before_stages(
        self, found: list[FigureMention], run: list[int]
    ) -> FigureMention | None:
        """The people moved in all, told just before "in three stages of" the listed sizes.

        "Ukraine took back 900 bodies in three stages of 150, 520 and 230, ...": the
        verb's object, right before the stages, names the people each stage moved. Only
        a figure with its noun ending where "in <N> <stages>" opens, after a verb of
        moving told done in the same clause.
        """
        plural = found[run[0]].first - 2
        opening = plural - 1 - (lx.number_value(self.norm_at[plural - 1]) is not None)
        if self.norm_at[opening] != "in":
            return None
        total = next((f for f in found if f.np_end == opening and f.noun is not None), None)
        if total is None:
            return None
        verb = next((t for t in reversed(self.transfers()) if t.last <= total.first), None)
        if verb is None or not verb.done or verb.move not in (Move.RECEIVE, Move.SEND):
            return None
        if any(self.norm_at[j] in (",", ";", ":", ".") for j in range(verb.last, total.first)):
            return None  # another clause between the verb and the figure
        return total

    def _people_before_stages(
        self, found: list[FigureMention], run: list[int]
    ) -> FigureMention | None:
        """The people, uncounted, a done verb moved "in three stages of" the listed sizes.

        "Moscow handed over bodies in three stages of 150, 520 and 230": the verb's
        object, a noun of people with no number, ends where "in <N> <stages>" opens and
        names the people of each stage. Only in the verb's own clause.
        """
        plural = self._stages_before_of(found[run[0]].first)
        if plural is None:
            return None
        opening = plural - 1 - (lx.number_value(self.norm_at[plural - 1]) is not None)
        if self.norm_at[opening] != "in":
            return None
        verb = next((t for t in reversed(self.transfers()) if t.last <= opening), None)
        if verb is None or not verb.done or verb.move not in (Move.RECEIVE, Move.SEND):
            return None
        if any(f.first >= verb.last and f.last <= opening for f in found):
            return None  # a count of its own before the stages: see _total_before_stages
        people = self.noun_phrase(verb.last, verb.last, found[run[0]].amount, "", "")
        if people is None or people.np_end != opening:
            return None
        return people

    def _other_kind_listed(self, people: FigureMention) -> bool:
        """Whether people of another kind are listed after ``people``'s noun in its clause.

        "soldiers, sailors, border guards and a handful of civilians": the object of the
        verb names civilians beside soldiers, so a bare size over it counts both.
        """
        assert people.noun is not None
        for j in range(people.np_end, min(self.last, people.np_end + _KINDS_REACH)):
            if (
                self.norm_at[j] in (".", ";", ":", "\u2014", "\u2013")
                or self.norm_at[j] in lx.SPEECH
            ):
                return False
            match = lx.PEOPLE.match(self.tokens, j, self.last)
            if match is not None and match[1].category not in (None, people.noun.category):
                return True
        return False

    @property
    def dated_asides(self) -> tuple[DatedAside, ...]:
        """The sentence's asides of dated sizes (see :func:`dated_asides`), found once."""
        if self._dated_asides is None:
            if self.norm_set.isdisjoint(STAGE_NOUNS) or "on" not in self.norm_set:
                self._dated_asides = ()  # most sentences: no plural noun of exchanges or no day
            else:
                self._dated_asides = dated_asides(self.tokens, self.first, self.last, self.norm)
        return self._dated_asides

    @property
    def colon_sizes(self) -> tuple[int, ...]:
        """Where the numbers of a dated list stand that a colon opens after a handover.

        "Bodies returned to Ukraine: 900 on 2 May, 909 on 16 May", "Kyiv took back its
        dead in three rounds: 900 on 2 May and 1,000 on 30 May": each item, a number
        and "on" a day up to the sentence's end, sizes one handover the head before
        the colon tells, of the people it names. The head counts no one itself (or
        its items would be parts of that count), and a number of rounds it gives must
        be the number of items.
        """
        if self._colon_sizes is None:
            self._colon_sizes = ()
            if ":" in self.norm_set and "on" in self.norm_set:
                self._colon_sizes = self._find_colon_sizes()
        return self._colon_sizes

    def _find_colon_sizes(self) -> tuple[int, ...]:
        colon = self.norms.index(":") + self.first
        head = range(self.first, colon)
        if any(self.tokens[j].kind == NUM for j in head):
            return ()
        if not any(
            self.norm_at[j] in _TRANSFER_CUES or _lemmas.is_transfer_form(self.norm_at[j])
            for j in head
        ):
            return ()
        if not any(
            self.norm_at[j] in lx.REMAINS_NOUNS
            or self.norm_at[j] == "dead"
            or lx.PEOPLE.match(self.tokens, j, colon) is not None
            for j in head
        ):
            return ()
        told = [j for j in head if self.norm_at[j] in lx.NUMBER_WORDS]
        if any(self.norm_at[j + 1] not in STAGE_NOUNS for j in told):
            return ()  # "two hundred bodies returned:": a count of its own, not of rounds

        def closes(day: int) -> bool:
            return day >= self.last or self.norm_at[day] in (".", ";")

        listed = dated_sizes(self.tokens, colon + 1, self.last, self.norm, closes)
        if listed is None or len(listed[0]) < 2:
            return ()
        items = listed[0]
        if any(lx.number_value(self.norm_at[j]) not in (None, len(items)) for j in told):
            return ()
        return tuple(number for number, _ in items)

    def _dated_size_in_aside(self, k: int) -> bool:
        """Whether the number at ``k`` is one of the sizes of an aside of dated sizes.

        "In three swaps — 45 on 6 May, 106 on 25 May and 95 on Sunday — ...": the bare
        numbers size the exchanges just named; see :func:`dated_asides`.
        """
        return any(number == k for aside in self.dated_asides for number, _ in aside.items)

    def _dated_stage_run(self, found: list[FigureMention]) -> list[int]:
        """The indices of the figures an aside of dated sizes lists, or [].

        "In three swaps in May and June - of 45 on 6 May, of 106 on 25 May and of 95 on
        Sunday - Ukraine has brought home ...": the aside sizes the exchanges just named
        one by one, and the clause after the closing dash tells what they moved. Every
        size must have been found as a figure.
        """
        for aside in self.dated_asides:
            run = [n for n, figure in enumerate(found) if aside.holds(figure)]
            if len(run) == len(aside.items):
                return run
        return []

    def _stage_run(self, found: list[FigureMention]) -> list[int]:
        """The indices of the bare numbers listed right after "stages of", or []."""
        dated = self._dated_stage_run(found)
        if dated:
            return dated
        for n, figure in enumerate(found):
            at = figure.first
            plural = self._stages_before_of(at)
            if plural is None:
                continue
            run = [n]
            for m in range(n + 1, len(found)):
                between = {self.norm_at[j] for j in range(found[run[-1]].last, found[m].first)}
                if not between or not between <= {",", "and"}:
                    break
                run.append(m)
            if any(found[m].noun is not None for m in run) or len(run) < 2:
                return []
            if self.norm_at[found[run[-1]].last] not in (",", "("):
                return []  # "stages of 20 and 30 km": a unit after the list, no people
            told = lx.number_value(self.norm_at[plural - 1])
            if told is not None and told != len(run):
                return []
            return run
        return []

    def _stages_before_of(self, at: int) -> int | None:
        """Where the plural of stages stands whose sizes the "of" before ``at`` opens."""
        return stages_before_of(self.tokens, self.first, at, self.norm)

    def _pair_modifiers(self, found: list[FigureMention]) -> list[FigureMention]:
        """``found`` with a prisoner noun that modifies a swap noun after "N for N" dropped.

        "an 84-for-84 prisoner exchange": "prisoner" says what the exchange is of, not what
        the second number alone counts, so the pair reads like "an 84-for-84 exchange".
        Only nouns of prisoners of war are dropped: a bare pair of a swap is of prisoners.
        """
        for n, figure in enumerate(found):
            noun = figure.noun
            if (
                n == 0
                or noun is None
                or noun.category is not PersonCategory.PRISONERS_OF_WAR
                or figure.np_end != figure.last + 1
                or self.norm_at[figure.np_end] not in _SWAP_NOUNS
                or self.norm_at[figure.first - 1] != "for"
                or found[n - 1].last != figure.first - 1
                or found[n - 1].amount != figure.amount
                or found[n - 1].noun is not None
            ):
                continue
            found[n] = figure._replace(noun=None, np_end=figure.last)
        return found

    def _dash_after_day(self, first: int, last: int, window: str) -> str:
        """``window`` with a spaced en dash (or hyphen) after a date's day read as a break.

        "A swap on March 19 – 175 for 175 – followed", "The swap on May 6 - 205 for 205 -
        went ahead": the dash opens an aside after the date, so "19 – 175" is no range
        (same length: offsets hold).
        """
        tokens = self.tokens
        for i in range(first + 2, last - 1):
            if (
                tokens[i].text in ("\u2013", "-")
                and tokens[i].gap
                and tokens[i + 1].gap
                and tokens[i - 1].kind == NUM
                and self.norm_at[i - 2] in lx.MONTHS
                and not (tokens[i].text == "-" and self._day_span_end(i - 1, i + 1))
            ):
                at = tokens[i].start - tokens[first].start
                window = f"{window[:at]};{window[at + 1 :]}"
        return window

    def _step_before_level(self, first: int, last: int, window: str) -> str:
        """``window`` with the "to" after a growth's step read as a break, not a range.

        "the list grew by 1,617 to 131,044": the step and the level it led to are two
        figures, as with a comma after the step; "rose by 10 to 15 percent", whose ends
        are near each other, stays a range. Between, "grew by 3,000 to 10,000 killed"
        may as well be a range of growth as a step and a level, so neither number is
        read (blanked; same length: offsets hold).
        """
        tokens = self.tokens
        for i in range(first + 3, last - 1):
            if (
                tokens[i].norm != "to"
                or tokens[i - 1].kind != NUM
                or tokens[i + 1].kind != NUM
                or growth_before_to(self.norm, tokens, i) is None
            ):
                continue
            step = _digits_value(tokens[i - 1].text)
            level = _digits_value(tokens[i + 1].text)
            if level >= _LEVEL_OVER_STEP * step > 0:
                at = tokens[i].start - tokens[first].start
                window = f"{window[:at]}; {window[at + 2 :]}"
            elif level >= _RANGE_OVER_LOW * step > 0:
                at = tokens[i - 1].start - tokens[first].start
                end = tokens[i + 1].end - tokens[first].start
                window = f"{window[:at]}{' ' * (end - at)}{window[end:]}"
        return window

    def _day_span_end(self, day: int, k: int) -> bool:
        """Whether the number at ``k`` may end a span of days begun at ``day``: "May 6 - 10"."""
        a, b = self.tokens[day].text, self.tokens[k].text
        if not (a.isdigit() and b.isdigit() and int(a) < int(b) <= 31):
            return False
        # "January 5 - 25 Ukrainian prisoners come home": a timeline's line whose number
        # counts the people named after it, not the end of a span of days
        people = k + 1
        side = self.party_at(people)
        if side is not None:
            people = side[0]
        return lx.PEOPLE.match(self.tokens, people, self.last) is None

    def _before_aside(self, at: int) -> int:
        """Where a short aside between commas that ends right before ``at`` opens, else ``at``.

        "of whom, as of this month, 388": the words before the aside lead to the figure.
        """
        if self.norm_at[at - 1] != ",":
            return at
        for i in range(at - 2, max(self.first, at - 8) - 1, -1):
            if self.norm_at[i] == ",":
                return i
        return at

    def _of_whom(self, figure: FigureMention, earlier: list[FigureMention]) -> FigureMention:
        """A bare figure after "of whom", or returned, counts the people of the figure before it.

        "20,000 children were deported, of whom 388 have been returned": the 388
        are children, of the side the whole was; so are they in "20,000 children
        were deported, and 388 have been brought back", where the passive verb of
        return leaves its noun to the figure before.  A part that names its own
        people ("of whom 973 were servicemen") keeps them.
        """
        own = range(figure.last, min(self.last, figure.last + 3))
        opening = self._before_aside(figure.first)
        if self.norm_at[opening - 1] in lx.SPEECH and self.norm_at[opening - 2] in _TELLER_PRONOUNS:
            opening -= 2  # "of whom he said fewer than 400 had been brought back"
        of_whom = self.norm_at[opening - 1] == "whom" and self.norm_at[opening - 2] == "of"
        participle = self._passive_participle(figure.last - 1)
        # a perfect ("have been brought back") counts a part returned so far; whose the
        # part is must be known: a nationality, or children (the deported ones)
        returned = (
            self.norm_at[figure.last] in ("have", "has", "had")
            and self.tokens[figure.last - 1].kind == NUM  # not "a few hundred"
            and participle is not None
            and _lemmas.is_transfer_form(participle)
            and bool(earlier)
            and earlier[-1].noun is not None
            and (
                earlier[-1].nationality is not None
                or earlier[-1].noun.category is PersonCategory.CHILDREN
            )
        )
        if any(lx.PEOPLE.match(self.tokens, k, self.last) is not None for k in own):
            return figure
        if figure.noun is None and not of_whom and participle is not None:
            fronted = self._fronted_partitive(figure, participle)
            if fronted is not None:
                return figure._replace(
                    noun=fronted.noun,
                    nationality=fronted.nationality,
                    remains=fronted.remains,
                    wounded=fronted.wounded,
                )
        if of_whom and figure.noun is None and earlier and earlier[-1].noun is None:
            counted = self._people_put_at(earlier[-1])
            if counted is not None:
                earlier = [*earlier[:-1], counted]
        if (
            figure.noun is not None
            or not earlier
            or earlier[-1].noun is None
            or not (of_whom or returned)
        ):
            return figure
        whole = earlier[-1]
        return figure._replace(
            noun=whole.noun,
            nationality=whole.nationality,
            remains=whole.remains,
            wounded=whole.wounded,
        )

    def _released_side(self, figure: FigureMention) -> FigureMention:
        """A figure a release "of" a side's people "saw" come home takes that side.

        "The biggest release of Ukrainians, on 19 April, saw 246 soldiers come home":
        the subject names whose people were freed, and the figure of people of no side
        who came (or went) home or back counts them. Only "saw" right before the figure,
        a subject in the same clause, and a figure with people of no side of its own.
        """
        if (
            figure.noun is None
            or figure.nationality is not None
            or self.norm_at[figure.first - 1] != "saw"
            or self.norm_at[figure.np_end] not in _HOMEWARD_VERBS
            or self.norm_at[figure.np_end + 1] not in _WHOLE_PARTICLES
        ):
            return figure
        for i in range(figure.first - 2, max(self.first, figure.first - 16) - 1, -1):
            day = self.norm_at[i - 1] in lx.MONTHS or self.norm_at[i + 1] in lx.MONTHS
            if self.norm_at[i] in (";", ":") or (self.tokens[i].kind == NUM and not day):
                return figure  # another figure before: the subject may be its clause's
            if self.norm_at[i] != "of" or self.norm_at[i - 1] not in _RELEASE_NOUNS:
                continue
            people = self.noun_phrase(i + 1, i + 1, figure.amount, figure.text, "")
            if people is None or people.nationality is None or people.np_end >= figure.first:
                return figure
            return figure._replace(nationality=people.nationality)
        return figure

    def _people_put_at(self, whole: FigureMention) -> FigureMention | None:
        """The people "the number of" names for a bare figure it is put at, if of a kind or side.

        "put the number of Ukrainian children deported at almost 20,000": the bare
        20,000 counts the children, so a part "of whom" it has is children too.
        """
        if self.norm_at[whole.first - 1] != "at":
            return None
        for i in range(whole.first - 2, max(self.first, whole.first - 14) - 1, -1):
            if self.norm_at[i] in (",", ";", ":") or self.tokens[i].kind == NUM:
                return None
            if self.norm_at[i] != "number" or self.norm_at[i + 1] != "of":
                continue
            j = i + 2 + (self.norm_at[i + 2] == "the")
            found = self.noun_phrase(j, j, whole.amount, whole.text, "")
            if found is None or found.noun is None:
                return None
            return found if found.noun.category or found.nationality else None
        return None

    def _fronted_partitive(self, figure: FigureMention, participle: str) -> FigureMention | None:
        """The people of a fronted "Of the <people> ..., N have been <returned>", if so.

        "Of the civilians held since 2022, 312 have been freed": the bare part
        returned so far counts the people the opening phrase names.  The phrase
        opens its clause (the sentence, or after a comma) and is set off from the
        figure by a comma, with no other figure between; people of no kind and
        no side ("of the people on our register") are left alone.
        """
        if (
            self.norm_at[figure.first - 1] != ","
            or self.norm_at[figure.last] not in ("have", "has", "had")
            or self.tokens[figure.last - 1].kind != NUM
            or not _lemmas.is_transfer_form(participle)
        ):
            return None
        for of in range(figure.first - 3, max(self.first, figure.first - 24) - 1, -1):
            norm = self.norm_at[of]
            if norm in (";", ":") or self.tokens[of].kind == NUM:
                return None
            if norm != "of" or (of > self.first and self.norm_at[of - 1] != ","):
                continue
            j = of + 1
            while self.norm_at[j] in ("the", "those", "all"):
                j += 1
            if j == of + 1:
                return None  # "of them", "of 2,000": no people named here
            found = self.noun_phrase(j, j, figure.amount, figure.text, "")
            if found is None or found.noun is None:
                return None
            # "of the people on our register": whose people, or of what kind, is not said
            return found if found.noun.category or found.nationality else None
        return None

    def _part_of_whom(self, figure: FigureMention) -> bool:
        """Whether ``figure`` opens a relative of parts: "144 servicemen, of whom 95 ..."."""
        return self.norm_at[figure.first - 1] in ("whom", "which") and (
            self.norm_at[figure.first - 2] == "of"
        )

    def _part_of_group(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is told as a part of a group: "of whom 95", "among them 33".

        "84 Ukrainians, among them 33 civilians" or "..., including 12 medics": the
        figure counts some of the people just counted, not a group of its own.
        """
        before = self.norm_at[figure.first - 1]
        return (
            self._part_of_whom(figure)
            or before in lx.PART_CUES
            or (before == "them" and self.norm_at[figure.first - 2] in lx.PART_CUES)
        )

    def _same_numbers(self, found: list[FigureMention]) -> list[FigureMention]:
        """Add "the same number (of X)", which repeats the figure stated before it."""
        norms = self.norms
        if not found and "same" not in self.norm_set:
            return found
        added: list[FigureMention] = []
        shared_end = -1
        repeated_ends: set[int] = set()  # ends of phrases repeated once per listed figure
        for i in positions_of(_SAME_NUMBER_FIRSTS, norms, 0):
            end = same_number(norms, i)
            if end == i:
                continue
            a, b = self.first + i, self.first + end
            earlier = self._without_included(
                [f for f in found if f.last <= a and f.noun is not None]
            )
            shared = self._shared_noun_list(found, a, b) if self.norm_at[a - 1] == "for" else None
            if shared is not None:
                # "100, 75 and 90 soldiers for the same number": each listed swap had as
                # many going back, read like "100, 75 and 90 soldiers each way"
                # each way on its own listed day; with fewer days the sizes are not paired
                # with swaps and nothing is read as one exchange of the first size
                listed = self._listed_before([f for f in found if f.last <= a])
                if self._days_listed(len(listed)):
                    found = [f._replace(per_side=True) if f in listed else f for f in found]
                shared_end = b
                continue
            if b == shared_end:
                continue  # the phrase read again from "same": it is repeated already
            bare = self._bare_repeated(found, a, b)
            if bare is not None:
                added.append(bare)
                continue
            if not earlier:
                stated = self._stated_after(a, b)
                if stated is not None:
                    found = [f for f in found if not stated.first < f.first < stated.np_end]
                    added.append(stated)
                continue
            previous = earlier[-1]
            mention = self.noun_phrase(a, b, previous.amount, previous.text, "")
            if mention is None:
                continue
            if self._receipt_repeated_after_sending(previous, mention):
                continue  # "handed over 15 ..., and the same number as we received": not 15
            if self._as_at_another_time(mention.np_end):
                continue  # "returned 900 bodies, and got the same number as in May": not 900
            named = self._counterpart_named_after(mention.np_end)
            if named is not None and mention.noun is not None and named[0] != previous.amount:
                # "... received the same number of its own soldiers in return for the 84": the
                # figure the phrase repeats is the one it names, not the last one told
                added.append(mention._replace(amount=named[0], text=named[1]))
                continue
            if mention.np_end in repeated_ends:
                continue  # "an equal number" read again from "equal": one phrase, repeated once
            each_time = self._each_time_list(found, a, mention.np_end)
            if each_time:
                # "got back 75 and 90 respectively, each time handing over an equal number
                # of Russians": each listed handover's own figure is repeated, not the last,
                # as people of the phrase's own kind when it names one
                added.extend(_repeating(mention, each_time, own_kind=True))
                repeated_ends.add(mention.np_end)
                continue
            if mention.noun is None and self.norm_at[b] == "of" and self._things_after(b):
                continue  # "lost the same number of tanks": a count of things, not of people
            kind = mention.noun.category if mention.noun is not None else None
            kin = [f for f in earlier if f.noun is not None and f.noun.category is kind]
            if (
                kind is not None
                and kin
                and kin[-1] is not previous
                and previous.noun is not None
                and previous.noun.category is not None
                and (
                    set(norms[kin[-1].np_end - self.first : previous.first - self.first])
                    <= {"and", ","}
                    # "20 civilians came back, along with 185 soldiers, and the same number
                    # of Russian civilians went the other way": the one figure of the kind
                    # named, not a counterpart ("for the same number") of the last one
                    or (len(kin) == 1 and self.norm_at[a - 1] != "for")
                )
            ):
                # "185 soldiers and 20 civilians ... the same number of servicemen": the
                # figure of the kind named in the list, not the last one told; so too when
                # the last one told is of another kind the phrase cannot be ("20 civilians
                # came back, along with 185 soldiers, and the same number of civilians")
                previous = kin[-1]
                mention = mention._replace(amount=previous.amount, text=previous.text)
            if self._part_of_group(previous):
                wholes = [f for f in earlier if f.last <= previous.first]
                if wholes and not self._part_of_group(wholes[-1]):
                    # "returned 144 servicemen, of whom 95 had defended the plant; Russia
                    # received the same number": the whole repeats, not its part
                    previous = wholes[-1]
                    mention = mention._replace(amount=previous.amount, text=previous.text)
            whole = [f for f in earlier if f.noun is not None and f.noun.category is None]
            if whole and whole[-1] is not previous and self._dated_between(whole[-1], previous):
                # "3,870 have come home, the latest on March 3, when 120 soldiers were
                # exchanged for the same number": the dated handover is not part of a list
                whole = []
            if mention.noun is not None and mention.noun.category is None and whole:
                # "205 people — 185 servicemen and 20 civilians — ... the same number of its
                # own citizens": people of no one kind repeat the whole, not its last part
                previous = whole[-1]
                mention = mention._replace(amount=previous.amount, text=previous.text)
            if (
                mention.noun is None
                and whole
                and self.norm_at[b - 1] != "numbers"
                and self._parts_after(whole[-1], earlier)
            ):
                # "390 Ukrainians – 270 soldiers and 120 civilians – were freed, and Russia
                # received the same number": a bare repeat is of the whole, not its last part,
                # people of no one kind
                previous = whole[-1]
                mention = mention._replace(
                    amount=previous.amount,
                    text=previous.text,
                    noun=Noun(PersonCategory.OTHER),
                    remains=previous.remains,
                )
            elif (
                mention.noun is None
                and whole
                and previous is not whole[-1]
                and previous.first > whole[-1].np_end
                and self.norm_at[whole[-1].np_end] == ","
                and self.norm_at[whole[-1].np_end + 1] in lx.PART_CUES
            ):
                # "390 people, including 270 soldiers and 120 civilians, and Russia received
                # the same number": not the last part; the whole is not said plainly either
                continue
            if mention.noun is None and self._bare_after_kinds(earlier, b):
                # "270 soldiers and 120 civilians came home, and Russia received the same
                # number": the sum the phrase does not state, or one part; no reading (a
                # whole the parts spell out was taken just above)
                continue
            if mention.noun is None:
                if self.norm_at[b - 1] == "numbers":
                    # "185 soldiers and 20 civilians were exchanged for the same numbers":
                    # the plural repeats each part of the list, each of its own kind; bare
                    # sizes listed before the last ("150 and 175 soldiers") are of its kind
                    parts = self._listed_before([f for f in found if f.last <= a])
                    if parts[-1] is not previous or len(parts) < 2:
                        parts = self._listed_before(earlier)
                    parts = [
                        f
                        if f.noun is not None
                        else f._replace(noun=previous.noun, remains=previous.remains)
                        for f in parts
                    ]
                    added.extend(_repeating(mention, parts[:-1]))
                # "and Russia the same number": the noun of the figure it repeats; "the same
                # number of its own" and "got back as many" repeat the figure but not the kind
                # said of the other side only (bodies stay bodies)
                echo = self._own_after(b) or self.norm_at[b - 1] == "many"
                noun = _echoed_noun(previous) if echo else previous.noun
                mention = mention._replace(noun=noun, remains=previous.remains)
            elif not whole and self.norm_at[mention.np_end - 1] in _DEMONYMS:
                # "90 servicemen were freed and the same number of Russians sent back": the
                # nationality says whose, the figure repeated says of what kind; after a
                # list ("185 servicemen and 20 civilians") it repeats each part
                parts = self._listed_before(earlier)
                added.extend(_repeating(mention, parts[:-1]))
                previous = parts[-1]
                # "150 soldiers were freed in return for the same number of Russians", "...,
                # with as many Russians released": the counterpart of one figure is the
                # nationality alone, people of no one kind
                at = a - (self.norm_at[a - 1] in ("the", "an"))  # also read from "same", "equal"
                counterpart = (
                    len(parts) == 1
                    and self.norm_at[at - 1] in _COUNTERPART_OPENERS
                    and not previous.remains
                )
                mention = mention._replace(
                    amount=previous.amount,
                    text=previous.text,
                    noun=mention.noun if counterpart else previous.noun,
                    remains=previous.remains,
                )
            elif not whole and (pair := self._coordinated_pair(earlier, mention)) is not None:
                # "185 servicemen and 20 civilians for the same number of Ukrainians":
                # each part of the pair is repeated, each of its own kind
                added.extend(_repeating(mention, pair))
                continue
            elif not whole and self._kindless_after_kinds(earlier, mention):
                # "270 servicemen and 120 civilians were handed over, and Russia received the
                # same number of people": people of no one kind repeat the two together, a
                # sum the phrase does not state, not the last part, unless it states it after
                # ("the same number of people in return, 390 in all"), people of no one kind
                stated = self._stated_after(a, b)
                if stated is not None:
                    found = [f for f in found if not stated.first < f.first < stated.np_end]
                    added.append(stated._replace(noun=Noun(PersonCategory.OTHER)))
                continue
            added.append(mention)
        if not added:
            return found
        return sorted(found + added, key=lambda f: f.first)

    def _own_after(self, at: int) -> bool:
        """Whether "(of) its own" or "(of) their own", with no noun, follows ``at``."""
        at += self.norm_at[at] == "of"
        return self.norm_at[at] in ("its", "their") and self.norm_at[at + 1] == "own"

    def _receipt_repeated_after_sending(
        self, previous: FigureMention, mention: FigureMention
    ) -> bool:
        """Whether "the same number ... as <someone> received" follows a figure sent.

        "Kyiv handed over 15 wounded Russians and, for the main group, the same number
        of servicemen as it received": the "as" clause says the echo repeats a count
        received, so the figure just handed over is not the one repeated (which receipt
        it is, the sentence does not say). "Kyiv received 90 and sent back the same
        number as it received" still repeats the 90.
        """
        at = mention.np_end
        if self.norm_at[at] != "as":
            return False
        transfers = self.transfers()
        got = next((t for t in transfers if at < t.first <= at + 3), None)
        if got is None or got.move is not Move.RECEIVE:
            return False
        sent = next((t for t in reversed(transfers) if t.last <= previous.first), None)
        return sent is not None and sent.move is Move.SEND and previous.first - sent.last <= 1

    def _as_at_another_time(self, at: int) -> bool:
        """Whether "the same number" at ``at`` is compared with another time: "as in June".

        "Moscow got back the same number of its own as in April", "as last time", "as the
        previous swap": the count repeats another exchange's, never the figure the sentence
        told just before, so the phrase is no echo of it.
        """
        stop = min(self.last, at + 5)
        while at < stop and self.norm_at[at] not in ("as", ",", ";", "."):
            at += 1
        if at >= stop or self.norm_at[at] != "as":
            return False
        after = self.norm_at[at + 1] if at + 1 < self.last else ""
        if after in _AS_AT_TIME:
            return True
        return after == "the" and at + 2 < self.last and self.norm_at[at + 2] in _EARLIER_ONE

    def _without_included(self, earlier: list[FigureMention]) -> list[FigureMention]:
        """``earlier`` without the parts set off by "including" right after their whole.

        "20 Ukrainians, including two civilians, were swapped for the same number of
        Russian servicemen" repeats the 20, not the two among them; nor does "390 people,
        including 270 soldiers and 120 civilians, ... the same number" repeat the list's
        later parts, which count the whole's people too.
        """
        kept = earlier[:1]
        dropped: FigureMention | None = None  # the part just left out, if the last seen
        for f in earlier[1:]:
            between = {self.norm_at[i] for i in range(kept[-1].np_end, f.first)}
            if "including" in between and between <= {",", "including"}:
                dropped = f
            elif dropped is not None and next_listed_part(self.tokens, dropped.np_end, f.first):
                dropped = f  # the next item of the list of parts
            else:
                dropped = None
                kept.append(f)
        return kept

    def _counterpart_named_after(self, end: int) -> tuple[Count, str] | None:
        """The figure "in return for the N" names right after a "the same number" phrase.

        "the same number of its men in exchange for the 84" repeats the 84 told before,
        whatever figure stands last before the phrase; None when no such figure follows.
        """
        at = end
        if self.norm_at[at] == "in" and self.norm_at[at + 1] in ("return", "exchange"):
            at += 2
        if (self.norm_at[at], self.norm_at[at + 1]) != ("for", "the") or at + 2 >= self.last:
            return None
        token = self.tokens[at + 2]
        if token.kind != NUM or lx.is_bare_year(token.text):
            return None
        if self.norm_at[at + 3] not in (",", ".", ";", "and") and at + 3 < self.last:
            return None  # "for the 84 soldiers of the first stage": a phrase of its own
        try:
            return Count.parse(token.text), token.text
        except ValueError:
            return None

    def _bare_repeated(self, found: list[FigureMention], a: int, b: int) -> FigureMention | None:
        """ "A final 303 were swapped for the same number": a figure with no noun, repeated.

        Only right after "for", and only when the figure last told before the phrase has no
        noun either (the swap's counterpart, read like "303 were swapped for 303") or is
        one figure of people right before it ("swapped 100 soldiers for the same number",
        read like "100 soldiers for 100").
        """
        before = [f for f in found if f.last <= a]
        if not before or self.norm_at[a - 1] != "for":
            return None
        if before[-1].noun is not None and (
            before[-1].np_end != a - 1 or len(self._listed_before(before)) > 1
        ):
            # "exchanged 100 soldiers for the same number" reads like "100 soldiers for 100";
            # not after a list of kinds ("185 soldiers and 20 civilians for the same number"),
            # whose repeat is the sum or each part, nor after a verb ("were freed for ...")
            return None
        if self.norm_at[b] == "of" or self.norm_at[b] in _RELATIVE_OPENERS:
            # "for the same number of days": no people named; "for the same number it had
            # promised": a relative, not the return leg
            return None
        mention = self.noun_phrase(a, b, before[-1].amount, before[-1].text, "")
        return mention if mention is not None and mention.noun is None else None

    def _dated_item_size(self, k: int) -> bool:
        """Whether the number at ``k`` sizes a verbless item a date opens after a swap verb.

        "they exchanged 75 each on May 31, on June 25 another 90 each": the item
        after the comma is the date and a per-side size; the verb before tells it.
        """
        at = k - 2 * (self._words_before(k, 2) == ("it", "was"))  # "on July 17 it was 95"
        at = lx.added_group_start(self.norm, at)
        at -= self.norm_at[at - 1] == ","
        by = self.norm_at[at - 1] == "by"  # "followed on Feb. 5 by 150 each"
        at -= by
        date = next((d for d in self.dates() if d.last == at and not d.since), None)
        if date is None:
            return False
        # "on Monday 16 June": a weekday right before the date is the same day told twice
        date = next((d for d in self.dates() if d.last == date.first and not d.since), date)
        opener = date.first - (self.norm_at[date.first - 1] in ("on", "in"))
        opener -= by and self.norm_at[opener - 1] == "followed"
        joiner = opener - 1 - (self.norm_at[opener - 1] == "and")  # ", and on 16 June ..."
        return self.norm_at[joiner] in (",", ";") and any(
            _lemmas.is_transfer_form(self.norm_at[i]) for i in range(self.first, opener)
        )

    def _words_before(self, k: int, n: int) -> tuple[str, ...]:
        """The ``n`` words right before token ``k``."""
        return tuple(self.norm_at[i] for i in range(k - n, k))

    def _dated_between(self, a: FigureMention, b: FigureMention) -> bool:
        """Whether a dated clause of its own opens between two figures: "..., when 120 ...".

        "205 people on Thursday, 185 servicemen and 20 civilians" lists the parts of
        the first; "4,000 in all, the latest on May 3, when 120 were freed" does not.
        """
        return any(
            self.norm_at[i] in _DAY_CLAUSE_OPENERS for i in range(a.np_end, b.first)
        ) and any(a.np_end <= d.first < b.first for d in self.dates())

    def _each_time_list(self, found: list[FigureMention], a: int, end: int) -> list[FigureMention]:
        """The listed figures "each time" before "the same number" at ``a`` repeats one by one.

        "75 and 90 came home on two dates, respectively, each time for the same number":
        "each time" (or "each stage", "on each occasion") just before the phrase's
        verb, or right after the phrase ending at ``end`` ("with Russia getting the same
        number each time", "on each occasion"), says every listed handover had its own
        counterpart, so each figure of the list repeats, a bare one taking the kind of the
        list's last. A "respectively" closing the list right before the phrase ("115 and
        103 respectively, the same number each way") shares it out the same way. [] when
        no such word stands there, or no list precedes.
        """
        at = next(
            (
                j
                for j in range(max(self.first, a - 5), a - 1)
                if self.norm_at[j] == "each" and self.norm_at[j + 1] in lx.RECURRING
            ),
            None,
        )
        if at is None:
            at = self._each_time_before_subject(found, a)
        after = end + (self.norm_at[end] in ("on", "at", "in"))  # "on each occasion"
        if at is None and self.norm_at[after] == "each" and self.norm_at[after + 1] in _EACH_AFTER:
            at = a
        closing = a - 1 - (self.norm_at[a - 1] == ",")
        if at is None and self.norm_at[closing] == "respectively":
            at = closing
        if at is None:
            return []
        # "on Dec. 1 and Dec. 6, 50 and 60 ...": a day of a date is no part of the list
        dated = [(d.first, d.last) for d in self.dates()]
        before = [f for f in found if f.last <= at and not any(s <= f.first < e for s, e in dated)]
        if len(before) < 2:
            return []
        parts = self._listed_before(before)
        last = parts[-1]
        if len(parts) < 2 or last.noun is None:
            return []
        return [f if f.noun is not None else f._replace(noun=last.noun) for f in parts]

    def _each_time_before_subject(self, found: list[FigureMention], a: int) -> int | None:
        """Where "each time" opens the clause of "the same number" at ``a`` past its subject.

        "...; on each occasion the Russian side received an equal number": a subject of
        a few words may stand between "each occasion" and the verb before the phrase.
        An attribution set off by commas (", officials in Kyiv said,") is read past. Only
        within its clause: no figure, semicolon or colon between. None when there is none.
        """
        j, words = a - 2, 0
        while j >= self.first and words < 8:
            if self.norm_at[j] == "," and self.norm_at[j - 1] in lx.SPEECH:
                opening = next(
                    (
                        k
                        for k in range(j - 2, max(self.first, j - 8) - 1, -1)
                        if self.norm_at[k] == ","
                    ),
                    None,
                )
                if opening is not None:
                    j = opening - 1  # ", officials in Kyiv said,": an aside of who says so
                    continue
            if self.norm_at[j] in (";", ":", ".") or any(f.first <= j <= f.last for f in found):
                return None
            if self.norm_at[j] == "each" and self.norm_at[j + 1] in lx.RECURRING:
                return j
            j, words = j - 1, words + 1
        return None

    def _shared_noun_list(self, found: list[FigureMention], a: int, b: int) -> FigureMention | None:
        """The last of bare figures listed before one noun right before "for the same number".

        "exchanges of 100, 75 and 90 soldiers for the same number" (the phrase from
        ``a`` to ``b``, with no noun of its own): the list's figures all count the noun
        after its last, and each had as many going back. None when fewer than two are
        listed or any but the last has a noun of its own ("185 servicemen and 20
        civilians for the same number").
        """
        before = [f for f in found if f.last <= a]
        if len(before) < 2 or before[-1].noun is None or before[-1].np_end != a - 1:
            return None
        parts = self._listed_before(before)
        if len(parts) < 2 or any(f.noun is not None for f in parts[:-1]):
            return None
        phrase = self.noun_phrase(a, b, parts[-1].amount, parts[-1].text, "")
        return parts[-1] if phrase is not None and phrase.noun is None else None

    def _days_listed(self, count: int) -> bool:
        """Whether the sentence lists ``count`` dates together (not "since" a date).

        "swaps of 40, 55 and 70 soldiers for the same number on 2 April, 14 July and 3
        September": three sizes, three days, one swap each.
        """
        groups: dict[int, int] = {}
        for date in self.dates():
            if not date.since:
                groups[date.group] = groups.get(date.group, 0) + 1
        return count in groups.values()

    def _listed_before(self, earlier: list[FigureMention]) -> list[FigureMention]:
        """The last figure of ``earlier`` with the ones listed with it by "and" or a comma.

        "185 servicemen and 20 civilians were returned" lists two; "the same
        number" after it repeats both.
        """
        parts = [earlier[-1]]
        for f in reversed(earlier[:-1]):
            between = {self.norm_at[i] for i in range(f.np_end, parts[0].first)}
            if parts[0].first - f.np_end > 2 or not between <= {"and", ","} or not between:
                break
            parts.insert(0, f)
        return parts

    def _parts_after(self, whole: FigureMention, earlier: list[FigureMention]) -> bool:
        """Whether the last figures of ``earlier`` list the parts of ``whole`` right after it.

        "390 Ukrainians – 270 soldiers and 120 civilians", "205 people, 185 of them
        soldiers and 20 civilians": two or more parts, set off from the whole at once. The
        particle of the whole's verb may stand between ("brought 390 Ukrainians home – 270
        soldiers and ..."): it ends the whole's phrase, not the list.
        """
        parts = self._listed_before(earlier)
        end = whole.np_end + (self.norm_at[whole.np_end] in _WHOLE_PARTICLES)
        start = self._after_own_date(end, parts[0].first)
        gap = {self.norm_at[i] for i in range(start, parts[0].first)}
        return (
            len(parts) > 1
            and parts[0].first > whole.first
            and parts[0].first - start <= 2
            and gap <= _PART_MARKS
        ) or self._dashed_sum(whole, parts, earlier)

    def _dashed_sum(
        self, whole: FigureMention, parts: list[FigureMention], earlier: list[FigureMention]
    ) -> bool:
        """Whether a dashed aside later in the whole's clause lists parts adding up to it.

        "390 people came back to Ukraine - 270 soldiers and 120 civilians - and ...": the
        whole's verb stands between, but parts of two kinds set off by a dash and summing
        exactly to the figure just before them spell it out; they are no new people.
        """
        opener = parts[0].first - 1
        between = range(whole.np_end, opener)
        return (
            len(parts) > 1
            and self.norm_at[opener] in _PART_MARKS - {",", "namely"}
            and len(between) <= _ASIDE_REACH
            and not any(self.norm_at[i] in (";", ":", ".") for i in between)
            and not any(whole.np_end <= f.first < opener for f in earlier)
            and len({p.noun.category for p in parts if p.noun is not None}) > 1
            and all(p.amount.low == p.amount.high for p in parts)
            and whole.amount.low == whole.amount.high == sum(p.amount.low for p in parts)
        )

    def _after_own_date(self, k: int, limit: int) -> int:
        """Past the date that follows a figure at once ("390 people on Friday"), else ``k``.

        "390 people on Friday - 270 soldiers and 120 civilians -" still lists the
        parts of the 390 right after it: the day belongs to the whole.
        """
        at = k + (self.norm_at[k] in ("on", "in"))
        date = next((d for d in self.dates() if d.first == at and d.last < limit), None)
        return k if date is None else date.last

    def _coordinated_pair(
        self, earlier: list[FigureMention], mention: FigureMention
    ) -> tuple[FigureMention, FigureMention] | None:
        """The two figures "N soldiers and M civilians" that a plain "the same number" repeats.

        Only when the phrase names no kind of its own (a nationality, "people" or
        nothing) and the two figures, of different kinds, are joined by "and".
        """
        if len(earlier) < 2 or mention.noun is None:
            return None
        first, second = earlier[-2], earlier[-1]
        if first.noun is None or second.noun is None:
            return None
        if first.noun.category is None or second.noun.category is None:
            return None
        if first.noun.category is second.noun.category or self.norm_at[second.first - 1] != "and":
            return None
        if first.np_end != second.first - 1:
            return None
        own = self.norm_at[mention.np_end - 1]
        plural = any(self.norm_at[i] == "numbers" for i in range(mention.first, mention.np_end))
        if (
            mention.noun is not second.noun
            and own not in _DEMONYMS
            and not plural
            and not self._names_both(mention, first, second)
        ):
            return None
        return first, second

    def _kindless_after_kinds(self, earlier: list[FigureMention], mention: FigureMention) -> bool:
        """Whether "the same number of people" follows a list of figures of different kinds."""
        if mention.noun is None or mention.noun.category is not None:
            return False
        if self.norm_at[mention.np_end - 1] in _DEMONYMS:
            return False
        kinds = {f.noun.category for f in self._listed_before(earlier) if f.noun is not None}
        return len(kinds) > 1 and None not in kinds

    def _bare_after_kinds(self, earlier: list[FigureMention], end: int) -> bool:
        """Whether a bare "the same number" (ending at ``end``) follows a list of kinds.

        After "270 soldiers and 120 civilians", "the same number" with no noun may
        repeat the sum or only a part: neither the last part's kind nor its figure is
        the phrase's. "the same numbers" repeats each part and is read elsewhere.
        """
        if self.norm_at[end - 1] == "numbers":
            return False
        parts = self._listed_before(earlier)
        kinds = {f.noun.category for f in parts if f.noun is not None}
        return len(parts) > 1 and len(kinds) > 1

    def _names_both(
        self, mention: FigureMention, first: FigureMention, second: FigureMention
    ) -> bool:
        """Whether "the same number of X and Y" names the kinds of both figures, in order.

        After "185 soldiers and 20 civilians", "the same number of servicemen and
        civilians" repeats each part, not the last one under the first one's kind.
        """
        if mention.noun is None or first.noun is None or second.noun is None:
            return False
        if (
            mention.noun.category is not first.noun.category
            or self.norm_at[mention.np_end] != "and"
        ):
            return False
        found = lx.PEOPLE.match(self.tokens, mention.np_end + 1, self.last)
        return found is not None and found[1].category is second.noun.category

    def _stated_after(self, a: int, b: int) -> FigureMention | None:
        """ "the same number of servicemen, 146,": the figure said after the phrase.

        With no figure before it, "the same number" refers to one told earlier in
        the text; a number set off by commas or dashes ("— 146 —") right after its
        noun states it here.
        """
        probe = self.noun_phrase(a, b, Count.exact(1), "", "")
        if probe is None or probe.noun is None:
            return None
        at = probe.np_end
        if self.norm_at[at] == "in" and self.norm_at[at + 1] in ("return", "exchange"):
            at += 2  # "the same number of people in return, 390 in all"
        elif self.norm_at[at] == "back":
            at += 1  # "got the same number of people back, 390 in total"
        elif "of" in (self.norm_at[k] for k in range(b + 1, at + 1)):
            at = self._of_phrase_end(at)  # "of servicemen of the Russian army, 185,"
        token = self.tokens[at + 1] if at + 1 < self.last else None
        if self.norm_at[at] not in lx.SET_OFF_MARKS or token is None or token.kind != NUM:
            return None
        if self.norm_at[at + 2] not in _APPOSITION_CLOSERS:
            return None
        try:
            amount = Count.parse(token.text)
        except ValueError:
            return None
        end = at + 2
        if self.norm_at[end] == "in" and self.norm_at[end + 1] in ("all", "total"):
            end += 2  # "..., 390 in all": the phrase's own figure, no sum of many exchanges
        return probe._replace(amount=amount, text=token.text, np_end=end)

    def _of_phrase_end(self, at: int) -> int:
        """The mark that sets off the figure after an "of" phrase running on at ``at``.

        "the same number of servicemen of the Russian armed forces, 185,": the phrase
        says whose the people are, and the figure set off after it is theirs. A number or a
        clause word before the mark ends no such phrase: ``at`` is given back.
        """
        for k in range(at, min(self.last, at + _OF_PHRASE_REACH)):
            if self.norm_at[k] in lx.SET_OFF_MARKS:
                return k
            if self.tokens[k].kind == NUM or self.norm_at[k] in _CLAUSE_WORDS_IN_OF:
                return at
        return at

    def _answer_number(self, k: int) -> bool:
        """Whether the number at ``k`` is a transcript turn's whole answer: "A: About 40,000.".

        The line opens with a label in capitals up to a colon, only opening words
        ("we think", hedges) stand between it and the number, and the sentence ends
        or goes on only with its people or "so far". Whether the question asked a
        count is the answer rules' to say.
        """
        if self.tokens[self.first].gap < 2 or self.norm_at[k + 1] not in lx.ANSWER_TAIL | {""}:
            return False
        # a label is a few words, and so are an answer's opening words: bounded reads
        colon = next(
            (
                i
                for i in range(self.first, min(k, self.first + _LABEL_WORDS))
                if self.norm_at[i] == ":"
            ),
            None,
        )
        return (
            colon is not None
            and colon > self.first
            and k - colon <= _LABEL_WORDS
            and all(self.tokens[i].text.isupper() for i in range(self.first, colon))
            and all(
                self.norm_at[i] in lx.ANSWER_LEAD or self.norm_at[i] in _LOOSE_HEDGES | {"than"}
                for i in range(colon + 1, k)
            )
        )

    def _share_after_day(self, k: int) -> bool:
        """Whether the number at ``k`` is each side's share, bracketed after a date's day.

        "Swaps resumed on May 31 (75 each) and June 25 (90 each)": a list of dated
        swaps gives each its size in brackets; "each" says it counts people per side.
        """
        return (
            k - 3 >= self.first
            and self.norm_at[k - 1] == "("
            and self.norm_at[k + 1] in ("each", "apiece")
            and (
                (self.tokens[k - 2].kind == NUM and self.norm_at[k - 3] in lx.MONTHS)
                or (self.norm_at[k - 2] in lx.MONTHS and self.tokens[k - 3].kind == NUM)
            )
        ) or self._share_after_bracketed_day(k)

    def _bracketed_pair_after_day(self, k: int) -> bool:
        """Whether the number at ``k`` is one of a bare pair bracketed after a date.

        "on 2 April (700 went to Ukraine, 12 to Russia), in May (640 and 28)": a list of
        dated handovers gives each its pair in brackets, once with its ways and then bare;
        only a sentence with an earlier bracket that opens on a number holds such a list.
        """
        first = k - 2 if self.norm_at[k - 1] == "and" else k
        if self.norm_at[first - 1] != "(" or self.norm_at[first + 1] != "and":
            return False
        if self.tokens[first].kind != NUM or self.tokens[first + 2].kind != NUM:
            return False
        day = first - 2
        if not pair_bracket_closes(self.norm, first + 3) or day <= self.first:
            return False
        if not (
            self.norm_at[day] in lx.MONTHS
            or self.norm_at[day] in lx.WEEKDAYS
            or (self.tokens[day].kind == NUM and self.norm_at[day - 1] in lx.MONTHS)
        ):
            return False
        return any(
            self.norm_at[i] == "(" and self.tokens[i + 1].kind == NUM
            for i in range(self.first, day)
        )

    def dated_shares(self) -> Mapping[int, int | None]:
        """The sentence's dated per-side shares, "N each on <day>", by where "each" stands.

        "two swaps that month: 40 each on the 3rd and then 55 each on the 9th": a share
        with "each"/"apiece" and its own date ("on"/"in") that "and" (or "and then") or a
        comma joins to a list, with a dated share of digits before it, sizes one more swap
        of that list; its value is where the list's first such share has its "each". A
        share no list holds after another maps to None. Found once per sentence, in one
        pass, for every rule that reads the list (the figure windows, the swap verb's
        object, the swap noun before a colon).
        """
        if self._dated_shares is not None:
            return self._dated_shares
        shares: dict[int, int | None] = {}
        if "each" in self.norm_set or "apiece" in self.norm_set:
            opening: int | None = None  # the "each" of the first dated share of digits
            for at in range(self.first + 1, self.last):
                if self.norm_at[at] not in ("each", "apiece") or self.norm_at[at + 1] not in (
                    "on",
                    "in",
                ):
                    continue
                number = self.tokens[at - 1]
                if number.kind != NUM and number.norm not in lx.NUMBER_WORDS:
                    continue
                j = at - 2 - (self.norm_at[at - 2] == "then")
                shares[at] = opening if self.norm_at[j] in ("and", ",") else None
                if opening is None and number.kind == NUM:
                    opening = at
        self._dated_shares = shares
        return shares

    def _listed_share(self, k: int) -> bool:
        """Whether the number at ``k`` is a dated per-side share listed after another one."""
        return self.dated_shares().get(k + 1) is not None

    def _share_after_bracketed_day(self, k: int) -> bool:
        """Whether the number at ``k`` is each side's share after a day told in its bracket.

        "In June (on the 25th, 90 each) and July (on the 17th, 95 each)": the month
        stands before the bracket, and the bracket tells the day, then the share.
        """
        if self.norm_at[k + 1] not in ("each", "apiece") or self.norm_at[k + 2] != ")":
            return False
        j = k - 1
        if self.norm_at[j] != ",":
            return False
        j -= 1 + (self.norm_at[j - 1] in lx.ORDINAL_SUFFIXES)  # "25th" is read as "25" and "th"
        if self.tokens[j].kind != NUM or self.norm_at[j - 1] != "the":
            return False
        j -= 2 + (self.norm_at[j - 2] == "on")
        return j - 1 >= self.first and self.norm_at[j] == "(" and self.norm_at[j - 1] in lx.MONTHS

    def _bare_pair_told(self, k: int) -> bool:
        """Whether the number at ``k`` is one of "the figures were N and M" (or "N, M and P").

        An exchange's two figures told as a bare pair, or one side's sizes of the
        handovers told before listed the same way, count people (read by the transfer
        rules); the window must show them.
        """
        j = k
        # back over the list the number closes: "19, 19 and 24"
        while j - 2 >= self.first and self.norm_at[j - 1] in (",", "and"):
            if self.tokens[j - 2].kind != NUM:
                break
            j -= 2
        # "the figures were, respectively, 230 and 248": past the word and its commas
        j -= self.norm_at[j - 1] == ","
        if self.norm_at[j - 1] == "respectively":
            j -= 1 + (self.norm_at[j - 2] == ",")
        return (
            self.norm_at[j - 1] in ("were", "was")
            and self.norm_at[j - 2] in lx.PAIR_SUBJECTS
            and self.norm_at[j - 3] == "the"
        )

    def _one_for_one_shape(self, k: int) -> bool:
        """Whether the number at ``k`` is a side of "one for one" naming a swap's shape.

        "swapped 90 prisoners on a one-for-one basis", "on the one-for-one principle":
        the pair says each side freed as many as it got, not that one person moved.
        "a 146 for 146 basis" is still read (the pair there is the count itself).
        """
        word = self.tokens[k].norm
        if word not in ("one", "1"):
            return False
        if self.norm_at[k + 1] == "for" and self.norm_at[k + 2] == word:
            start, after = k, k + 3
        elif self.norm_at[k - 1] == "for" and self.norm_at[k - 2] == word:
            start, after = k - 2, k + 1
        else:
            return False
        # "each one-for-one exchange", "one-for-one swaps": a kind of swap, none of them
        return self.norm_at[after] in lx.PAIR_SHAPES or (
            self.norm_at[after] in _SWAP_KINDS
            and (self.norm_at[start - 1] in _DISTRIBUTIVES or self.norm_at[after] in _SWAPS)
        )

    def _figure_windows(self) -> list[tuple[int, int]]:
        """Stretches of the sentence around its digits and number words, overlaps merged.

        Only these are shown to the figure grammar: a hedge stands just before
        its number ("more than", "no fewer than"), so a few tokens either side suffice.
        """
        windows: list[tuple[int, int]] = []
        tokens = self.tokens
        reached: int | None = None  # the latest number a count of losses reached
        # the numbers in digits and the number words (no number word starts with a digit)
        spelled = self.words.positions(lx.NUMBER_WORDS)
        for k in sorted(self.numbers + spelled):
            token = tokens[k]
            # A number counts people only with a word for people, or for their dying, near it.
            after = self.norms[k + 1 - self.first : min(self.last, k + 9) - self.first]
            if "according" in after:
                # "900 more, according to her lists, were still being held": past the aside
                after = self.norms[k + 1 - self.first : min(self.last, k + 15) - self.first]
            # "for 175", "of a hundred": the article of a spelled "a hundred" stands between
            head = k - (self.norm_at[k - 1] == "a" and token.norm in _SCALE_WORDS)
            # "of 1,200", and "of another 1,200": the group added stands where the number would
            head = lx.added_group_start(self.norm, head)
            people = not _PEOPLE_CUES.isdisjoint(after) or (
                head - 2 >= self.first and tokens[head - 1].norm in ("of", "for")
            )
            if not people and self._date_number(k):
                continue  # "on 6 May", "in May 2024": a day or a year, no count of anyone
            # '2,000 remain "of unknown whereabouts"': the missing, a verb or two after
            people = people or (
                "unknown" in after and any(of_unknown_fate(after[j:]) for j in range(1, 4))
            )
            # "Russia got back 24", "a further 103 came home": a bare number beside the verb
            people = people or self._beside_transfer(k)
            # "Seventy-five of ours came home", "we gave back 40 of theirs": the speaker's
            # own people, or the other side's
            people = people or (
                self.norm_at[k + 1] == "of" and self._first_person_own(k + 2) is not None
            )
            # "the bodies of about 40 of its own": the owner's people, though no noun
            # follows and a hedge stands between "of" and the number (digits only: "a few
            # dozen of its own" is no count of one handover)
            people = people or (
                token.kind == NUM
                and self.norm_at[k + 1] == "of"
                and self.norm_at[k + 2] in ("its", "their")
                and self.norm_at[k + 3] == "own"
            )
            people = people or self._after_loss_verb(k)  # "while Russia has lost 200,000"
            # "have killed 120 civilians and injured more than 400": a second verb of harm
            people = people or self._after_joined_harm_verb(k)
            people = people or self._share_after_day(k)  # "and June 25 (90 each)"
            people = people or self._bracketed_pair_after_day(k)  # "..., in May (640 and 28)"
            people = people or self._listed_share(
                k
            )  # "40 each on the 3rd and then 55 each on the 9th"
            # "the Ukrainian side still held 78 more": more of the people just counted, held
            people = people or (
                self.norm_at[k - 1] in lx.HOLDING_VERBS
                and self.norm_at[k + 1] in ("more", "others")
            )
            # "on Monday it stood at 1,160,720": a running count taken up again
            people = people or series_stood(self.norm, self.first, k) is not None
            # "In 2025 alone, the number topped 2,300": a count told before, taken up again
            people = people or (
                self.norm_at[k - 1] in _REACHED - {"to"}
                and self.norm_at[k - 2] in SERIES_HEADS
                and self.norm_at[k - 3] == "the"
            )
            people = people or year_it_is(self.norm, k)  # "In 2025 alone, it is over 11,000"
            people = people or self._passive_subject(k)  # "1,366 have been brought back"
            people = people or self._held_of_them(k)  # "admits holding 1,800 of them"
            people = people or self._laid_down_arms(k)  # "2,439 of them had laid down their arms"
            people = people or self._given_for_own_dead(k)  # "..., when it named 5,937."
            people = people or self._personnel_line(k)  # "Personnel: about 1,000,340 (+1,140)"
            # "Wounded, about 380,000.", "Russian losses: about 1,078,000."
            people = people or loss_heading(self.norm, self.first, self._hedge_start(k)) is not None
            # "Kyiv put the number at 93.", "officials counted 148": another source's count;
            # spelled out, the number ends the clause after its last word ("at four
            # thousand, five hundred and two.")
            spelled_end = self._spelled_end(k)
            people = people or (
                self.norm_at[past_rival_tail(self.norm, spelled_end)] in ("", ".", ",", ";")
                and rival_cue(self.norm, self.first, self._hedge_start(k)) is not None
            )
            # "rather than the 39 cited by Kyiv": another source's count, set against one
            people = people or set_against_cited(self.norm, k)
            # "the last official number, 5,937, was given by ...": an official count's value
            people = people or (
                self.norm_at[k - 1] == ","
                and self.norm_at[k - 2] in lx.OFFICIAL_COUNT_HEADS
                and self.norm_at[k - 3] == "official"
            )
            # "Ukraine received 6,057 bodies, and Russia 78": the verb and the noun are left
            # out of a second clause that names only its subject
            people = people or self._gapped(k)
            # "140 returning to Ukraine and 82 to Russia": a number going to a side, or
            # one that keeps only its side after "and", the verb said once before it
            people = people or self._to_side(k)
            people = people or self._followed_by(k)  # "..., followed by 1,200 more on June 16"
            # "In three swaps — 45 on 6 May, 106 on 25 May and ...": a size of one of them
            people = people or self._dated_size_in_aside(k)
            # "Bodies returned to Ukraine: 900 on 2 May, 909 on 16 May": a size of one of them
            people = people or k in self.colon_sizes
            people = people or self._bare_pair_told(k)  # "when the figures were 1,000 and 24"
            # "8,000 bodies have been repatriated since 2022, most recently 757 on 14
            # February": the latest of the handovers summed, its people those counted
            people = people or (
                (self.norm_at[k - 2], self.norm_at[k - 1]) == ("most", "recently")
                and self.norm_at[k + 1] in ("on", "in")
                and self._people_number(self.first, k, 3)
            )
            # "2,598 had come home ..., including 1,646 by early January": an earlier state
            # of the same running total
            people = people or (
                self.norm_at[k - 1] == "including" and self.norm_at[k + 1] in ("by", "until")
            )
            # "7,912 bodies were repatriated, including 6,060 in June alone": a month's
            # or a year's share of the total before it
            people = people or (
                self.norm_at[k - 1] == "including"
                and self.norm_at[k + 1] in ("in", "during")
                and (
                    self.norm_at[k + 2] in lx.MONTHS
                    or bool(_YEAR_WORD.fullmatch(self.norm_at[k + 2]))
                )
            )
            # "Ukrainian prisoners of war numbering 84": the people are named before the verb
            people = people or (
                self.norm_at[k - 1] in ("numbering", "totalling", "totaling")
                and not _PEOPLE_CUES.isdisjoint(
                    self.norms[max(0, k - 6 - self.first) : k - 1 - self.first]
                )
            )
            # "the bodies returned since 2022 number more than 9,000": a verb of counting,
            # past the figure's hedge, gives the number of the people its subject names
            people = people or self._counted_by_verb(k)
            # "a group of children, which Qatar said numbered five, ...": a relative on the
            # people gives their number
            people = people or relative_number_head(self.norm, tokens, self.first, k) is not None
            # "soldiers and marines came home on Tuesday, 84 in all": a closing sum of the
            # people named earlier in the clause
            people = people or (
                self.norm_at[k + 1] == "in"
                and self.norm_at[k + 2] in ("all", "total")
                and self.norm_at[k + 3] in (".", ";")
                and self.norm_at[k - 1] in (",", "\u2014", "-", "\u2013")
                and not _PEOPLE_CUES.isdisjoint(
                    self.norms[max(0, k - 16 - self.first) : k - 1 - self.first]
                )
            )
            # "The remains returned to Ukraine in June, more than 6,000 in total, are still
            # being identified": the same sum as an aside on the people its commas close
            people = people or self._sum_in_aside(k)
            # "lost 1,250 troops in the past day and nearly 900,000 in all": a running total
            # whose verb and people are left out of a second conjunct
            people = people or (
                "and" in self.norms[max(0, k - 3 - self.first) : k - self.first]
                and lx.RUNNING_TOTAL.match(tokens, k + 1, self.last) is not None
                and not _PEOPLE_CUES.isdisjoint(
                    self.norms[max(0, k - 16 - self.first) : k - 1 - self.first]
                )
            )
            # "110 of its sailors from merchant ships and 80 others": more of the people
            # named before, however far back their noun stands in the clause
            people = people or (
                self.norm_at[k + 1] == "others"
                and self.norm_at[k - 1] == "and"
                and not _PEOPLE_CUES.isdisjoint(
                    self.norms[max(0, k - 10 - self.first) : k - 1 - self.first]
                )
            )
            # "almost 700 in either direction": people moved, counted per side
            people = people or lx.PER_SIDE_MORE.match(tokens, k + 1, self.last) is not None
            # "in July and August, each time about a thousand.": a size told to recur
            people = people or self._bare_each_time(head, k)
            # "the two sides freed equal numbers: 390 on May 23 and 307 on May 24"
            people = people or lx.after_equal_numbers(tokens, self.first, k)
            # "including 1,140 over the previous 24 hours": one day's part of a total
            # "..., 890 of them in the past day": the same part set off by a comma
            people = people or (
                (
                    self.norm_at[self._past_hedge(k)] in ("including", "with", "and")
                    or (self.norm_at[k - 1] == "," and self._of_them(k + 1))
                    # "at 383,940, up 830 over ...", "..., among them 1,120 in the past day"
                    or (self.norm_at[k - 1] == "up" and self.norm_at[k - 2] == ",")
                    or (self.norm_at[k - 1] in lx.PART_PRONOUNS and self.norm_at[k - 2] == "among")
                )
                and self._day_window(k + 1 + 2 * self._of_them(k + 1))
            )
            # "That includes 1,050 over the past 24 hours.", "Thursday's entry added 560 in
            # one day": the day's share of a total told before
            people = people or (
                self.norm_at[k - 1] in lx.DAY_SHARE_VERBS
                and (
                    self._day_window(k + 1)
                    # "after it added 1,140 to the count for the previous day"
                    or added_to_count_window(self.norm, tokens, k + 1, self.last)
                )
            )
            # "187 have been freed since 2022, 23 of them this year": the year's part
            people = people or year_part(self.norm, k)
            # "..., compared with about 1,500 in 2023": an earlier year's count of the same
            people = people or year_compared(self.norm, k) is not None
            people = people or self._answer_number(k)  # "ZELENSKIY: We think 8,000."
            # "the count had grown by 1,140 over the previous 24 hours": one day's growth;
            # "it rose by 620 on Sunday alone", "on Thursday the increase was 1,090"
            people = people or (
                self.norm_at[k - 1] == "by"
                and self.norm_at[k - 2] in GROWTH_VERBS
                and one_day_after(self.norm, tokens, k + 1, self.last)
            )
            people = people or (
                self.norm_at[k - 1] in ("was", "is") and self.norm_at[k - 2] in GROWTH_NOUNS
            )
            # "released from Russian captivity, though thousands remain": people still held
            # in the captivity named before them, the verb ending the clause
            people = people or self._remain_held(k)
            # "thousands more are still in Russian prisons": a bare number placed in jails
            people = people or _in_jails(after)
            # "its list of the named dead had grown to 111,387": a register's clause-final count
            people = people or self._named_count_reached(k)
            # "a register that lists 70,000 names", "had more than 23,000 entries"
            people = people or not _ENTRY_NOUNS.isdisjoint(after[:2])
            # "received 1,000 bodies in late April and 909 in mid-May": a number listed
            # after one that counts people counts the same people; "another" or "a further"
            # points back past its item's own opening ("..., and at the end of the month, on
            # 2 March, a further 140") to any such number of the sentence
            people = people or (
                self._listed_after_people(k)
                and (
                    self._people_number(
                        self.first
                        if self.norm_at[k - 1] in ("another", "further")
                        # "..., and 590 more on 14 July": "more" points back as "another" does
                        or (self.norm_at[k + 1] == "more" and self.norm_at[k + 2] in ("on", "in"))
                        else self._item_reach(k),
                        k,
                        2,
                    )
                    # "Russia received 19 in July, 24 in September": the list's first
                    # number is the object of a verb of moving, dated as the item is
                    or self._moved_dated_number(max(self.first, k - 12), k)
                )
            )
            # "70,000 were on the register, up from about 50,000 a year earlier": the same
            # count at an earlier time, its people left out
            people = people or (
                self._up_from(k) and self._people_number(max(self.first, k - 32), k, 2)
            )
            # "2,854 bodies so far this year, and more than 6,500 since the invasion"
            people = people or (self._and_since(k) and self._people_number(self.first, k, 3))
            # 'the three-day "500 for 500" swap': the same number each way
            people = people or (
                self.norm_at[k + 1] == "for"
                and k + 2 < self.last
                and tokens[k + 2].norm == token.norm
            )
            # "Kyiv put the number it received at 207"
            people = people or (
                tokens[k - 1].norm == "at"
                and any(self.norm_at[j] == "number" for j in range(max(self.first, k - 8), k))
            )
            # "gave the total as 1,000,340", "put the toll at 5,937": a total stated as a
            # figure; its hedge may be quoted with it ('gave the toll as "more than 40,000"')
            stated = k - 1
            while stated > k - 4 and (
                tokens[stated].text in lx.QUOTE_MARKS
                or tokens[stated].norm in _QUOTED_HEDGES
                or (tokens[stated].norm == "at" and self.norm_at[stated + 1] == "least")
            ):
                stated -= 1
            people = people or (
                tokens[stated].norm in ("as", "at")
                and any(
                    self.norm_at[j] in _STATED_TOTALS
                    for j in range(max(self.first, stated - 3), stated)
                )
            )
            # "..., a figure officials now put at 1,762": a total told before, restated
            people = people or (tokens[k - 1].norm in ("as", "at") and self._restated(k - 1))
            # "Added together, that comes to 6,057, ...": a sum of the people told before
            people = people or self._summed(k)
            # "Moscow gave the same figures, 1,000 and 31": the counts told before, restated
            people = people or self._same_counts_listed(k)
            # "the number of civilians held by Russia is 4,000": the number the clause names
            people = people or self._number_of_people(k)
            # "the number returned since 2022 had passed 13,000": a bare total reached
            people = people or self._bare_total_reached(k)
            # "By March the figure was about 2,000": the count told before, at a later time
            people = people or self._bare_figure_level(k)
            # "a toll of its own dead, 4,210, in 2023": the value of the loss noun before it
            people = people or (
                k - 2 >= self.first
                and tokens[k - 1].norm == ","
                and tokens[k - 2].norm in lx.LOSS_HEADS
                and self.norm_at[k + 1] in ("", ".", ",", ";")
            )

            if not people and self.norm_at[k + 1] in ("each", "apiece"):
                # "swaps of 103 each on Sept. 14 and 95 each on Oct. 18"
                # "exchanged prisoners of war, 75 apiece": set off after a swap verb's object
                people = any(
                    self.norm_at[j] in _SWAP_NOUNS
                    # set off by a comma or a dash: "exchanged wounded prisoners - 30 each -"
                    or (
                        self.norm_at[k - 1] in lx.SET_OFF_MARKS
                        and _lemmas.lemma(self.norm_at[j]) in _SWAPPING
                    )
                    for j in range(max(self.first, k - 12), k)
                ) or self.norm_at[k + 2] in ("way", "side", "direction")  # "was 246 each way"
            # "On 19 March the figure was 175 on each side": a phrase of sides says people
            people = people or lx.sides_phrase(tokens, k + 1, self.last)
            # "the swap saw 103 freed from each side", "spoke of 150 exchanged each way": a
            # bare number a participle of handing over shares out per side
            people = people or freed_per_side(self.norm, tokens, k + 1, self.last)
            if (
                not people
                and self.norm_at[k + 1] in ("each", "apiece")
                and self.norm_at[k + 2] in lx.ITEM_ENDS | _FOLLOWED_ON
                and not any(_lemmas.is_transfer_form(n) for n in self.norms)
            ):
                # "On Saturday it was 307 apiece, and on Sunday a further 303 each": a
                # verbless per-side size, carrying on the swap told just before ("another
                # 40 apiece followed on May 9": a verb of sequence moves nobody itself)
                people = True
            if not people and (
                (self.norm_at[k + 1] in ("each", "apiece") and self.norm_at[k + 2] in lx.ITEM_ENDS)
                or (
                    self.norm_at[k + 1] in lx.ITEM_ENDS
                    and self._words_before(k, 2) == ("it", "was")
                )
            ):
                people = self._dated_item_size(k)
            if (
                not people
                and self.norm_at[k - 1] in ("another", "further")
                and self.norm_at[k + 1] in lx.ITEM_ENDS | {"-", "\u2013", "\u2014"}
                and (
                    self._people_number(self.first, k, 2) or self._moved_dated_number(self.first, k)
                )
            ):
                # "... returned 1,200 bodies, and on 16 June another 1,200": a further group
                # of the people counted (or moved) before, in an item its date opens
                people = self._dated_item_size(k)
            if (
                not people
                and self.norm_at[k - 1] == ","
                and self.norm_at[k + 1] in lx.ITEM_ENDS - {","}
                and any(self.tokens[j].kind == NUM for j in range(self.first, k - 3))
            ):
                # "Kyiv got back 24 on 18 May; on 20 June, 31; and on 9 July, 30.": a bare
                # size that ends an item its date opens, after a verb that moved people
                people = self._dated_item_size(k)
            if not people and self.norm_at[k + 1] == "each" and self.norm_at[k + 2] in lx.RECURRING:
                # "— about 1,000 each time — Ukraine took back its dead": each of the
                # transfers the clause's verb tells
                people = any(_lemmas.is_transfer_form(n) for n in self.norm_set)
            if not people and self.norm_at[k + 1] == "of" and self.norm_at[k + 2] == "them":
                # "the handover of bodies brought 757 of them back": "them" are people
                people = _lemmas.is_transfer_form(self.norm_at[k - 1]) or self._moved_after(k + 3)
            # "the equivalent figure for Russia ... was 116": the same measure for another side
            people = people or self._equivalent_figure(k)
            # "the missing, of whom there are tens of thousands": a relative on the dead or missing
            people = people or (
                "whom" in self.norm_set  # most sentences: no relative clause of casualties
                and whom_casualty(tokens, self.first, self.last, k) is not None
            )
            # "115, 103 and 95 each way": a number listed before one counted per side
            people = people or self._listed_per_side(k)
            # "received 19, 19, 24, 31 and 36 respectively": an item of the verb's list
            people = people or self._respective_run_item(k)
            # "... and 195 Russian ones were released": "ones" stands for people told before
            people = people or (self.norm_at[k + 2] == "ones" and self.party_at(k + 1) is not None)
            # "Since 2022, the figure is 3,700": a bare total of the people counted before
            people = people or self._figure_since(k)
            if not people and self._reached_losses(k):  # "casualties have exceeded 780,000"
                reached = k
            elif not people and not (reached is not None and self._reached_again(k, reached)):
                continue
            start, end = max(self.first, k - _BEFORE_NUMBER), min(self.last, k + _AFTER_NUMBER)
            end = max(end, min(self.last, spelled_end + 1))  # a long spelled number whole
            start = self._spelled_start(start)  # "two hundred and forty-six for ..." whole too
            start = self._hedged_start(start)  # 'as "more than 46,000", with ...' whole too
            end = self._hedged_end(end)  # "through 30 or so exchanges": the hedge whole too
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((start, end))
        return windows

    def _hedged_end(self, end: int) -> int:
        """``end``, or past the hedge after the number it cuts off: "30 | or so exchanges".

        A window ending right after a number would show the grammar "30" without the
        "or so" that makes it a guess, nor the noun that says what it counts.
        """
        if (
            end < self.last
            and self.tokens[end - 1].kind == NUM
            and (self.norm_at[end], self.norm_at[end + 1]) in _TRAILING_HEDGES
        ):
            return min(self.last, end + 3)
        return end

    def _date_number(self, k: int) -> bool:
        """Whether the number at ``k`` is the day or year of a date beside it.

        A day of the month stands next to the month's name ("6 May", "May 6"); a year
        follows a month or "in" or "since" ("May 2024", "in 2023"). With no word for
        people after it, such a number counts nobody.
        """
        before = self.norm_at[k - 1]
        if self._day_at(k):
            return before in lx.MONTHS or self.norm_at[k + 1] in lx.MONTHS
        return (before in _YEAR_LEADS or before in lx.MONTHS) and _YEAR_WORD.fullmatch(
            self.tokens[k].text
        ) is not None

    def _hedged_start(self, i: int) -> int:
        """Where the hedge of a number that position ``i`` cuts off begins, else ``i``.

        A window opened a few words before a later number may start right at an
        earlier number, past its hedge ('put it at "more than 40,000", with "thousands"
        missing'); the grammar must see that number with its hedge, not as a bare count.
        """
        if not self._number_at(i):
            return i
        j = i - 1
        while (
            j >= self.first
            and j >= i - 3
            and (
                self.tokens[j].norm in lx.FIGURE_HEDGE_WORDS
                or self.tokens[j].text in lx.QUOTE_MARKS
            )
        ):
            j -= 1
        return j + 1

    def _spelled_start(self, i: int) -> int:
        """Where a spelled-out number that position ``i`` cuts into begins, else ``i``.

        A window opened a few words before a later number ("two hundred and forty-six
        for two hundred and forty-six") may start inside an earlier spelled number;
        it must show that number whole, not as "forty-six".
        """
        j = i
        while (
            j > self.first
            and (self.norm_at[j] in lx.NUMBER_WORDS or self.norm_at[j] in ("-", "and"))
            and (
                self.norm_at[j - 1] in lx.NUMBER_WORDS
                or (self.norm_at[j - 1] in ("-", "and") and self.norm_at[j - 2] in lx.NUMBER_WORDS)
            )
        ):
            j -= 1
        if j > self.first and self.norm_at[j] in _SCALE_WORDS and self.norm_at[j - 1] == "a":
            j -= 1  # "a hundred and seventy-five": the article is the number's "one"
        return j

    def _bare_each_time(self, head: int, k: int) -> bool:
        """Whether the bare number at ``k`` closes its clause told as "each time"'s size.

        "Then in July and August, each time about a thousand.", "..., about 1,000 each
        time.": a number said to recur on every occasion listed counts what moved on
        each; one that goes on into a clause ("each time 30 minutes later") is not read.
        """
        j = head
        while j > max(self.first, head - 3) and self.norm_at[j - 1] in lx.FIGURE_HEDGE_WORDS:
            j -= 1
        end = self._spelled_end(k)
        if self.norm_at[end] in ("each", "every") and self.norm_at[end + 1] in _EACH_TIME_NOUNS:
            end += 2
        elif not (
            self.norm_at[j - 2] in ("each", "every") and self.norm_at[j - 1] in _EACH_TIME_NOUNS
        ):
            return False
        return end >= self.last or self.norm_at[end] in (".", ";")

    def _hedge_start(self, k: int) -> int:
        """The first word of the hedge right before the number at ``k`` ("more than"), else k.

        Only a quoted hedge is walked: 'put the figure at "more than 1,300"' gives the
        source's words, hedge and all; an unquoted one is read by the loss rules.
        """
        j = k
        while j > max(self.first, k - 3) and self.norm_at[j - 1] in lx.FIGURE_HEDGE_WORDS:
            j -= 1
        return j if self.norm_at[j - 1] in lx.QUOTE_MARKS else k

    def _spelled_end(self, k: int) -> int:
        """The token after the number at ``k``: past all its words when it is spelled out.

        "four thousand, five hundred and fifty-two" is one number of nine tokens; a
        comma or "and" joins its parts only when a number word follows.
        """
        if self.tokens[k].kind == NUM:
            return k + 1
        j = k + 1
        while j < self.last and (
            self.norm_at[j] in lx.NUMBER_WORDS
            or (self.norm_at[j] in ("-", ",", "and") and self.norm_at[j + 1] in lx.NUMBER_WORDS)
        ):
            j += 1
        return j

    def _reached_again(self, k: int, earlier: int) -> bool:
        """Whether the number at ``k`` is a later value of the count reached at ``earlier``.

        "The list ... passed 100,000 in July, and by September had grown to 131,474":
        the second verb of reaching shares the first one's subject, however far back
        its noun stands. Only a clause joined by "and" continues that subject.
        """
        if k - earlier > _REACHED_AGAIN_REACH or any(
            self.tokens[i].kind == NUM for i in range(earlier + 1, k)
        ):
            return False
        j = k - 1
        while (
            j > earlier
            and self.tokens[j].norm not in _REACHED
            and self.tokens[j].norm in lx.FIGURE_HEDGE_WORDS
        ):
            j -= 1
        return self.tokens[j].norm in _REACHED and any(
            self.tokens[i].norm == "and" for i in range(earlier + 1, j)
        )

    def _listed_per_side(self, k: int) -> bool:
        """Whether the number at ``k`` opens a list of numbers ending "each way" or "per side".

        "150 and then 175 went each way": a list told in order ("then") before a verb
        of going each way gives the size of one swap per number, as "respectively" does.
        """
        tokens = self.tokens
        j = k
        ordered = False
        while j + 2 < self.last and tokens[j + 1].norm in (",", "and"):
            j += 2 if tokens[j + 2].kind == NUM else 3  # ", and 95": the serial comma
            # "150 and then 175": its norms read as the list "150, and 175"
            ordered = ordered or tokens[j - 1].text.lower() in lx.SEQUENCE_WORDS
            if j >= self.last or tokens[j].kind != NUM:
                return False
        if j == k:
            return False
        if self.norm_at[j + 1] == "respectively":
            j += 1  # "25 and 150 respectively in each direction"
        if ordered:
            j += self.norm_at[j + 1] in ("have", "has", "had")  # "150 and then 175 have gone"
            j += _lemmas.lemma(self.norm_at[j + 1]) in _GOING_EACH_WAY  # "went (crossed) each way"
        return (
            lx.PER_SIDE_MORE.match(tokens, j + 1, self.last) is not None
            or (self.norm_at[j + 1] == "per" and self.norm_at[j + 2] == "side")
            # "75 and 90 each, respectively": one exchange each, so each side
            or (
                self.norm_at[j + 1] == "each"
                and "respectively" in (self.norm_at[j + 2], self.norm_at[j + 3])
            )
        )

    def _equivalent_figure(self, k: int) -> bool:
        """Whether "the equivalent (corresponding ...) figure" stands a little before ``k``."""
        if self.norm_set.isdisjoint(lx.EQUIVALENT_WORDS):
            return False  # most sentences: no "equivalent", "corresponding" ...
        return any(
            self.tokens[i].norm in lx.EQUIVALENT_WORDS and self.norm_at[i + 1] in lx.FIGURE_HEADS
            for i in range(max(self.first, k - 12), k - 1)
        )

    def _number_of_people(self, k: int) -> bool:
        """Whether the number at ``k`` is what "the number of <people> ..." is, was or stands at.

        The subject "the number (estimate, count) of" plus a word for people stands
        at most ten words back, with a linking word ("is", "stands at", "remains") or
        a dash setting the number off before it.
        """
        if self.norm_set.isdisjoint(lx.COUNT_HEADS):
            return False  # most sentences: no "number", "estimate", "count" ... to head it
        j = k - 1
        if self.tokens[k].norm in _SCALE_WORDS and self.norm_at[j] in _UNCOUNTED_SCALES:
            j -= 1  # "is several thousand": the quantifier is the number's own
        while j > self.first and (self.norm_at[j] in _HEDGES_AND_LINKS or self.norm_at[j] == "in"):
            j -= 1
        if self.norm_at[j] in _LINK_ADVERBS and self.norm_at[j - 1] in _NUMBER_LINKS:
            j -= 1  # "the number of Ukrainians registered as missing is also about 60,000"
        if self.norm_at[j] == "into" and self.norm_at[j - 1] in _RUNS_TO:
            j -= 1  # "the number ... runs into the thousands"
        reach = self._before_including_aside(j)
        head = next(
            (
                i
                for i in range(reach - 1, max(self.first, reach - 11), -1)
                if self.norm_at[i] in lx.COUNT_HEADS
            ),
            None,
        )
        if head is None or any(self.tokens[i].kind == NUM for i in range(head, j)):
            return False
        # "put the number of civilians held by Russia in the thousands"
        put = any(
            self.norm_at[i] == "the" and self.norm_at[i - 1] in _PUT_VERBS
            for i in (head - 1, head - 2)
        )
        # "the ombudsman's estimate of Ukrainians held – 'no fewer than 7,000' –": set off
        dashed = self.norm_at[j] in ("—", "–")
        if (
            self.norm_at[j] not in _NUMBER_LINKS | _RUNS_TO
            and self.norm_at[k - 1] != "at"
            and not (put or dashed)
        ):
            return False
        counted = self.norms[head + 1 - self.first : j - self.first]
        # "the number of Ukrainians ...", or "the number held by Russia": a participle
        return not (_PEOPLE_CUES | lx.HOLDING_VERBS).isdisjoint(counted) and (
            counted[:1] == ["of"] or counted[0] in _PEOPLE_CUES | lx.HOLDING_VERBS
        )

    def _before_including_aside(self, j: int) -> int:
        """Where an aside of who is counted opens, when it closes right before ``j``.

        "the number of Ukrainians missing, including soldiers and civilians, is 60,000":
        the aside says who is among the people counted; the subject stands before it.
        ``j`` itself when no such aside closes there.
        """
        if self.norm_at[j - 1] != ",":
            return j
        for i in range(j - 3, max(self.first, j - 10), -1):
            if self.norm_at[i] == ",":
                return i if self.norm_at[i + 1] in ("including", "among") else j
        return j

    def _bare_total_reached(self, k: int) -> bool:
        """Whether the number at ``k`` is what "the number returned ..." has reached.

        "the number returned since 2022 had passed 13,000", "the total freed so far
        has grown to more than 4,000": "the (total) number" or "the total" with a
        participle of handing over at once after it, then a verb of reaching before
        the number, with no other figure but a year between.
        """
        j = k - 1
        while j > self.first and self.norm_at[j] in _HEDGES_AND_LINKS and not self._reaching_to(j):
            j -= 1
        if self.norm_at[j] == "to" and self.norm_at[j - 1] in GROWTH_VERBS:
            j -= 1
        elif self.norm_at[j] not in _REACHED:
            return False
        j = self._before_speech_aside(j)  # "the number freed, the office said, to 6,934"
        for i in range(j - 2, max(self.first, j - _BARE_TOTAL_REACH) - 1, -1):
            if self.norm_at[i] == ";" or (
                self.tokens[i].kind == NUM and not _year_word(self.norm_at[i])
            ):
                return False
            article = (
                i
                - 1
                - (self.norm_at[i] == "number" and self.norm_at[i - 1] in ("total", "overall"))
            )
            if (
                self.norm_at[i] in ("number", "total")
                and self.norm_at[article] == "the"
                and self.norm_at[i + 1] in _TRANSFER_CUES | {"reunited", "reunified"}
            ):
                return True
        return False

    def _before_speech_aside(self, at: int) -> int:
        """Where an aside of saying that ends right before ``at`` opens, else ``at``.

        "the number freed since 2022, the office said on Monday, to 6,934": the words
        before the aside lead to the figure.
        """
        opening = self._before_aside(at)
        if any(self.norm_at[m] in lx.SPEECH for m in range(opening + 1, at - 1)):
            return opening
        return at

    def _bare_figure_level(self, k: int) -> bool:
        """Whether the number at ``k`` is what a bare "the figure" was or had reached.

        "By the end of March the figure was about 2,000": with nothing after "figure" to
        say what it counts, it carries on the count of people told before; only right
        after "the figure was" (or "is", "had reached", "stood at") and a hedge.
        """
        j = k - 1
        while j > self.first + 2 and self.norm_at[j] in lx.FIGURE_HEDGE_WORDS:
            j -= 1
        stood = self.norm_at[j] == "at" and self.norm_at[j - 1] in ("stood", "stands")
        if stood or (self.norm_at[j] in _REACHED and self.norm_at[j - 1] in ("had", "has")):
            j -= 1  # "the figure stood at", "the figure had reached"
        elif self.norm_at[j] not in ("was", "is"):
            return False
        return self.norm_at[j - 1] == "figure" and self.norm_at[j - 2] == "the"

    def _reaching_to(self, j: int) -> bool:
        """Whether "to" at ``j`` links a total to its figure rather than opening a hedge.

        "brings the number freed since 2022 to 6,934": the "to" of reaching; "close to"
        and "up to" are hedges of the figure after them.
        """
        return self.norm_at[j] == "to" and self.norm_at[j - 1] not in ("close", "up")

    def _counted_by_verb(self, k: int) -> bool:
        """Whether the number at ``k`` is what "number" or "totalled" gives its subject.

        "the bodies returned this year number more than 12,000": past a hedge, a verb
        of counting whose subject ("the" and a word for people, in the same clause just
        before it) names the people the number counts. "The bodies not yet returned
        number 9,000" counts people still held, not returned: no count then.
        """
        verb = self._past_hedge(k)
        if verb == k - 1 or self.norm_at[verb] not in lx.COUNTING_VERBS:
            return False  # a bare "totalled 6,057" is read by the other cues
        end = verb
        if self.norm_at[verb - 1] == "and":
            # "the remains returned since 2022 are still being identified and number
            # 7,000": the counting verb is the subject's second predicate, so the
            # subject ends at the first one's "are" and its "still" is not the subject's.
            end = next(
                (
                    i
                    for i in range(verb - 2, max(self.first, verb - 8) - 1, -1)
                    if self.norm_at[i] in ("are", "is", "were", "was")
                ),
                verb,
            )
        start = max(self.first, end - 12)
        words = self.norms[start - self.first : end - self.first]
        return (
            "the" in words
            and not _PEOPLE_CUES.isdisjoint(words)
            and not {",", ";", ":"} & set(words)
            and (_NEGATIONS | _STILL_HELD).isdisjoint(words)
        )

    def _sum_in_aside(self, k: int) -> bool:
        """Whether the number at ``k`` is a sum set off by commas after the people it counts.

        "The bodies handed back in May, about 900 in all, were buried": the aside
        "[hedge] N in all/total" between two commas sums the people its head names.
        """
        if self.norm_at[k + 1] != "in" or self.norm_at[k + 2] not in ("all", "total"):
            return False
        if self.norm_at[k + 3] != "," or self.norm_at[self._past_hedge(k)] != ",":
            return False
        start = self._past_hedge(k)
        return not _PEOPLE_CUES.isdisjoint(
            self.norms[max(0, start - 12 - self.first) : start - self.first]
        ) and self._span_only_before(max(self.first, start - 12), start)

    def _span_only_before(self, begin: int, end: int) -> bool:
        """Whether ``begin``..``end`` names a span (a month, season or year) and no day.

        "The bodies handed back in May, about 900 in all,": a sum over a span; "handed
        over on Friday, 84 in all," is one day's handover, and with no date at all the
        aside sums a group, not a running total, so neither is read as a sum.
        """
        span = False
        for i in range(begin, end):
            word = self.norm_at[i]
            if word in lx.WEEKDAYS or word in ("today", "yesterday", "tonight"):
                return False
            if word in lx.MONTHS:
                if self.tokens[i - 1].kind == NUM or (
                    i + 1 < end and self.tokens[i + 1].kind == NUM and len(self.norm_at[i + 1]) < 3
                ):
                    return False  # "on 3 May", "May 3": a day
                span = True
            span = span or word in SEASONS
            span = span or (
                self.tokens[i].kind == NUM and len(word) == 4 and word[:2] in ("19", "20")
            )
        return span

    def _past_hedge(self, k: int) -> int:
        """Where the word before the number at ``k`` stands, past up to three hedge words.

        "including roughly 960 in the previous 24 hours": "including" leads to the figure.
        """
        j = k - 1
        while j > self.first and j >= k - 3 and self.tokens[j].norm in lx.FIGURE_HEDGE_WORDS:
            j -= 1
        return j

    def _after_loss_verb(self, k: int) -> bool:
        """Whether the number at ``k`` follows "lost" or "suffered", past a hedge."""
        j = k - 1
        while j >= self.first and j >= k - 3 and self.tokens[j].norm in lx.FIGURE_HEDGE_WORDS:
            j -= 1
        return j >= self.first and self.tokens[j].norm in lx.LOSS_VERBS

    def _after_joined_harm_verb(self, k: int) -> bool:
        """Whether the number at ``k`` is the object of a verb of harm after "and", past a hedge.

        "Shelling has killed 120 civilians and injured more than 400": the verb's
        subject and people are those of the toll before it.
        """
        j = self._past_hedge(k)
        return self.norm_at[j] in _JOINED_HARM_VERBS and self.norm_at[j - 1] == "and"

    def _gapped(self, k: int) -> bool:
        """Whether the number at ``k`` follows "and <side>" after a number of people."""
        j = k - 1
        while j > self.first and self.norm_at[j] in _LOOSE_HEDGES:
            j -= 1
        if j <= self.first or self.tokens[j].kind != WORD or not self.tokens[j].text[0].isupper():
            return False
        side = next(
            (i for i in range(max(self.first, j - 3), j + 1) if self._party_ends(i, j + 1)),
            None,
        )
        if side is None:
            return False
        if self.norm_at[side - 1] not in lx.GAPPED_SIDE_OPENERS:
            return False
        return any(
            self.tokens[i].kind == NUM
            and (
                not _PEOPLE_CUES.isdisjoint(self.norms[i + 1 - self.first : i + 3 - self.first])
                # "Ukraine got back 140 of its troops, and Russia 82": the people after "of its"
                or (
                    self.norm_at[i + 1] == "of"
                    and self.norm_at[i + 2] in lx.POSSESSIVE_PRONOUNS
                    and self.norm_at[i + 3] in _PEOPLE_CUES
                )
                # "with Ukraine bringing home 230 and Russia 248": a bare number by its verb
                or (i + 1 == side - 1 and self._beside_transfer(i))
            )
            for i in range(max(self.first, side - 10), side - 1)
        )

    def _listed_after_people(self, k: int) -> bool:
        """Whether the number at ``k`` opens the next item of a dated list of figures.

        "and 909 in mid-May", ", 84 in April", "and another 65 on Monday", "and a
        further 909 on Oct. 21", "and 55 at the end of June": the noun is left out and
        a date (or the sentence's end, after "and") follows; the caller checks that a
        number of people comes just before.
        """
        before = self.norm_at[lx.vague_figure_start(self.norm, k) - 1]  # "and a few dozen"
        if before in ("another", "further"):
            before = self.norm_at[k - 2 - (self.norm_at[k - 2] == "a")]
            if before not in ("and", ","):
                return False
            before = "and"
            if self.norm_at[k + 1] in ("\u2014", "\u2013"):
                return True  # ", and on 31 May, a further 207 \u2013 in return for ...": an aside
        # "and 1,200 more on 14 June": "more" after the number (not "more than") marks the
        # item as a further group as "another" before it does; its date follows
        k += self.norm_at[k + 1] in ("more", "further") and self.norm_at[k + 2] != "than"
        if k + 1 >= self.last:
            return False
        if before == ",":  # a comma list item must carry its own date: ", 84 in April"
            return self.norm_at[k + 1] in ("in", "on")
        if before == "and" and self.norm_at[k + 1] == "at":
            # "and 55 at the end of June": a part of a month as the item's date
            return self.norm_at[k + 2] == "the" and self.norm_at[k + 3] in lx.MONTH_PARTS
        return before == "and" and self.norm_at[k + 1] in ("in", "on", "a", "last", "the", ",", ".")

    def _respective_run_item(self, k: int) -> bool:
        """Whether the number at ``k`` is a later item of a bare list "respectively" closes.

        "Russia received 19, 19, 24, 31 and 36 respectively": every number of the run
        joined by commas and "and" counts the people the verb before its first item
        moved, however long the run; a few words may stand before the word, no month.
        """
        if "respectively" not in self.norm_set or self.tokens[k].kind != NUM:
            return False
        end = i = k
        while i + 1 < self.last and (
            self.norm_at[i + 1] in (",", "and") or self.tokens[i + 1].kind == NUM
        ):
            i += 1
            if self.tokens[i].kind == NUM:
                end = i
        tail = range(end + 1, min(self.last, end + 7))
        close = next((j for j in tail if self.norm_at[j] == "respectively"), None)
        if close is None or any(
            self.tokens[j].kind != WORD or self.norm_at[j] in lx.MONTHS or self.norm_at[j] == "and"
            for j in range(end + 1, close)
        ):
            return False
        start = i = k
        while i - 1 > self.first and (
            self.norm_at[i - 1] in (",", "and") or self.tokens[i - 1].kind == NUM
        ):
            i -= 1
            if self.tokens[i].kind == NUM:
                start = i
        return start < k and self._beside_transfer(start)

    def _item_reach(self, k: int) -> int:
        """How far back the number listed at ``k`` looks for the number of people it follows.

        A dozen tokens, and further past a run of days the figure before was told on:
        "took back 1,000 bodies on July 17, Aug. 19, Sept. 18 and Oct. 23, and 1,003 on
        Nov. 20" lists the 1,003 after those bodies however many days stand between.
        """
        j = k - 1
        while j > self.first and self.norm_at[j] in (",", "and"):
            j -= 1
        days = j
        while j > self.first and (
            self.norm_at[j] in _LISTED_DAY_WORDS
            or self.norm_at[j] in lx.MONTHS
            or (
                self.tokens[j].kind == NUM
                and self.tokens[j].text.isdigit()
                and len(self.tokens[j].text) <= 2
            )
        ):
            j -= 1
        if days - j < 4 or self.norm_at[j + 1] != "on":
            return max(self.first, k - 12)
        return max(self.first, k - 12 - (days - j))  # the days take none of the dozen

    def _moved_dated_number(self, start: int, k: int) -> bool:
        """Whether a number between ``start`` and ``k`` is moved and dated: "received 19 in July".

        The verb of moving right before it makes it a count of people, and a month
        after it makes it the first item of a dated list the number at ``k`` goes on.
        So does a bare subject of such a verb dated later in its clause: "116 came
        home to Ukraine on 4 May and 101 on 9 May".
        """
        return any(
            self.tokens[j].kind == NUM
            and (
                (
                    _lemmas.is_transfer_form(self.norm_at[j - 1])
                    and self.norm_at[j + 1] in ("in", "on")
                    and self.norm_at[j + 2] in lx.MONTHS
                )
                or (
                    self.norm_at[j + 1] in _TRANSFER_CUES_AFTER
                    and any(self.norm_at[i] in lx.MONTHS for i in range(j + 2, k))
                )
            )
            for j in range(start, k)
        )

    def _up_from(self, k: int) -> bool:
        """Whether the number at ``k`` is a count's earlier value: ", up (down) from about N"."""
        j = k - 1
        while j > self.first and self.norm_at[j] in _LOOSE_HEDGES:
            j -= 1
        return (
            self.norm_at[j] == "from"
            and self.norm_at[j - 1] in ("up", "down")
            and self.norm_at[j - 2] == ","
        )

    def _people_number(self, start: int, k: int, reach: int) -> bool:
        """Whether a number between ``start`` and ``k`` has a word for people ``reach`` after."""
        return any(
            self.tokens[j].kind == NUM
            and not _PEOPLE_CUES.isdisjoint(
                self.norms[j + 1 - self.first : j + 1 + reach - self.first]
            )
            for j in range(start, k - 1)
        )

    def _and_since(self, k: int) -> bool:
        """Whether the number at ``k`` is a bare ", and [more than] N since ..." phrase."""
        if self.norm_at[k + 1] != "since":
            return False
        j = k - 1
        while j > self.first and self.norm_at[j] in _LOOSE_HEDGES:
            j -= 1
        return self.norm_at[j] == "and" and self.norm_at[j - 1] == ","

    def _party_ends(self, i: int, end: int) -> bool:
        """Whether a party's name starts at ``i`` and ends right before ``end``."""
        found = self.party_at(i)
        return found is not None and found[0] == end

    def _moved_after(self, j: int) -> bool:
        """Whether a verb of handing over follows at ``j``, past its auxiliaries and adverbs.

        "757 of them came back", "388 of them had so far been returned": the verb
        says the people counted were moved, however many helpers stand before it.
        """
        while j < self.last:
            if self.norm_at[j] in _TRANSFER_CUES_AFTER or _lemmas.is_transfer_form(self.norm_at[j]):
                return True
            if self.norm_at[j] not in _BEFORE_THE_VERB:
                return False
            j += 1
        return False

    def _restated(self, at: int) -> bool:
        """Whether "at" or "as" at ``at`` closes an apposition "- a figure X now put at".

        The apposition set off by a comma or dash restates a figure of the clause
        before it ("some 1,500 had been freed, a figure officials now put at 1,762").
        """
        verbs = [j for j in range(max(self.first, at - 4), at) if self.norm_at[j] in _PUT_VERBS]
        if not verbs and self.norm_at[at] == "as":
            verbs = [j for j in range(max(self.first, at - 4), at) if self.norm_at[j] in lx.GIVING]
        if not verbs:
            return False
        return any(
            self.norm_at[j] in _GIVEN_TOTALS
            and self.norm_at[j - 1] == "a"
            and self.norm_at[j - 2] in (",", "-", "\u2014", "\u2013")
            for j in range(max(self.first + 2, verbs[0] - 6), verbs[0])
        )

    def _same_counts_listed(self, k: int) -> bool:
        """Whether the number at ``k`` is listed right after "the same figures," or "numbers:".

        The list restates counts of people the text has told ("Moscow gave the same
        figures, 1,000 and 31"); only numbers, commas and "and" stand between.
        """
        j = k - 1
        while j > max(self.first, k - 8) and (
            self.norm_at[j] == "and" or self.tokens[j].kind == NUM or self.norm_at[j] == ","
        ):
            if self.norm_at[j] == "," and self.norm_at[j - 1] in _SAME_COUNTS:
                break
            j -= 1
        return (
            self.norm_at[j] in (",", ":")
            and self.norm_at[j - 1] in _SAME_COUNTS
            and self.norm_at[j - 2] == "same"
        )

    def _of_them(self, j: int) -> bool:
        """Whether "of them" (or "of those") stands at ``j``: a part of people named before."""
        return self.norm_at[j] == "of" and self.norm_at[j + 1] in ("them", "those", "whom")

    def _named_count_reached(self, k: int) -> bool:
        """Whether the number at ``k`` ends a clause that a count of the named dead reaches.

        "which counts only named dead, has identified more than 108,000", "its list of
        soldiers whose deaths are confirmed by name had grown to 111,387": a verb of
        reaching or listing stands a few words before, and the words before it say the
        dead are counted by name; the number ends its clause or a date follows it.
        """
        if self.norm_at[k + 1] not in ("", ".", ",", ";", "by", "in", "on", "as", "according"):
            return False
        verbs = [
            j
            for j in range(max(self.first, k - 4), k)
            if self.norm_at[j] in lx.NAMED_COUNT_VERBS
            or growth_before_to(self.norm, self.tokens, j) is not None
        ]
        if not verbs:
            return False
        told = self._dead_named_by
        return told is not None and told < verbs[0]

    @property
    def _dead_named_by(self) -> int | None:
        """See :meth:`_find_dead_named_by`; worked out once per sentence."""
        if self._dead_named == -1:
            self._dead_named = self._find_dead_named_by()
        return self._dead_named

    def _find_dead_named_by(self) -> int | None:
        """Where the sentence has told both of naming and of dying, if it tells of no more.

        Found once per sentence: the later of the first word of naming ("named", "by
        name") and the first word of dying; None when it also tells of the missing,
        the held or bodies, or lacks either.
        """
        if self.norm_set.isdisjoint(lx.NAME_WORDS) or not self.norm_set.isdisjoint(
            lx.NOT_ONLY_DEAD
        ):
            return None
        named = next(i for i, n in enumerate(self.norms) if n in lx.NAME_WORDS)
        dying = next((i for i, n in enumerate(self.norms) if n in _DYING), None)
        if dying is None and self.norm_set.isdisjoint(lx.CAPTURED_WORDS):
            # "researchers counting Russian soldiers by name": fighters by name are the dead
            dying = next(
                (
                    i
                    for i, n in enumerate(self.norms)
                    if n == "name"
                    and self.norms[i - 1 : i] == ["by"]
                    and not lx.FIGHTERS.isdisjoint(self.norms[max(0, i - 5) : i])
                ),
                None,
            )
        return None if dying is None else self.first + max(named, dying)

    def _remain_held(self, k: int) -> bool:
        """Whether the number at ``k`` "remain(s)", clause-final, after a captivity named."""
        at = k + 1 + (self.norm_at[k + 1] == "still")
        return (
            self.norm_at[at] in ("remain", "remained", "remains")
            and self.norm_at[at + 1] in (".", ";", ",", "")
            and "captivity" in self.norms[: k - self.first]
        )

    def _day_window(self, j: int) -> bool:
        """Whether a window of one day opens at ``j``: "over the previous 24 hours"."""
        return day_window(self.norm, self.tokens, j, self.last)

    def _summed(self, k: int) -> bool:
        """Whether the bare number at ``k`` is what summing comes to ("that comes to 6,057,")."""
        if self.norm_at[k + 1] not in (",", ".", ";", "—", "–"):
            return False  # "that comes to 4,000 kilometres": a sum of something else
        verb = k - 1
        if self.norm_at[verb] == "to":
            return self.norm_at[verb - 1] in SUMMING_TO
        return self.norm_at[verb] in SUMMING

    def _held_of_them(self, k: int) -> bool:
        """Whether the number at ``k`` counts "of them" after a verb of holding.

        "The Russian side has acknowledged holding only about 1,800 of them": the
        people are the held ones named before, and the verb stands a hedge away.
        """
        if self.norm_at[k + 1] != "of" or self.norm_at[k + 2] not in ("them", "those"):
            return False
        return any(self.norm_at[i] in lx.HOLDING_NOW for i in range(max(self.first, k - 4), k))

    def _personnel_line(self, k: int) -> bool:
        """Whether the number at ``k`` is the first of a table's line of people lost.

        "Personnel: about 1,000,340 (+1,140 over the past day)": a line opening on
        "personnel" and a dash or colon, the number after it past a hedge, or the
        increase in brackets right after that number.
        """
        if self.norm_at[self.first] != "personnel" or self.norm_at[self.first + 1] not in (
            "\u2014",
            "\u2013",
            "-",
            ":",
        ):
            return False
        if self.norm_at[k - 1] == "+" and self.norm_at[k - 2] == "(":
            k -= 3  # "1,000,340 (+1,140)": the day's increase beside the line's total
        return all(self.norm_at[j] in lx.FIGURE_HEDGE_WORDS for j in range(self.first + 2, k))

    def _given_for_own_dead(self, k: int) -> bool:
        """Whether the number at ``k`` is the count a side last gave of its own dead.

        "Moscow has not given a figure for its own dead since September 2022, when the
        defence minister named 5,937.": a verb of giving a count, the number ending its
        clause, after ", when" and a sentence that named "own dead" before it.
        """
        if self.norm_at[k - 1] not in lx.GIVEN_COUNT_VERBS or self.norm_at[k + 1] not in (
            "",
            ".",
            ",",
            ";",
        ):
            return False
        before = self.norms[: k - self.first]
        when = next((i for i in range(len(before) - 1, 0, -1) if before[i] == "when"), None)
        return (
            when is not None
            and before[when - 1] == ","
            and any(before[i : i + 2] == ["own", "dead"] for i in range(when - 1))
        )

    def _laid_down_arms(self, k: int) -> bool:
        """Whether the number at ``k`` is the subject of "laid (lay) down their arms".

        "2,439 of them had laid down their arms": people who surrendered, counted
        with no noun of people; the verb stands an auxiliary or two after the group,
        in quotation marks or not ("had \"laid down their arms\"").
        """
        at = k + 1 + 2 * (self.norm_at[k + 1] == "of" and self.norm_at[k + 2] in lx.PART_PRONOUNS)
        while at < k + 7 and (
            self.norm_at[at] in ("had", "have", "has", "all", "reportedly")
            or self.norm_at[at] in lx.QUOTE_MARKS
        ):
            at += 1
        return self.norm_at[at] in ("laid", "lay") and self.norm_at[at + 1] == "down"

    def _passive_subject(self, k: int) -> bool:
        """Whether the number at ``k`` is the subject of a passive verb of loss or return.

        "1,366 have been brought back", "some 380,000 more, the president said, had been
        wounded": the noun is left out, and the verb says the number counts people.
        """
        # "60 apiece were swapped": a per-side share of people handed over; with a verb of
        # loss ("60 each were killed") the share is no side's toll and is left alone
        shared = self.norm_at[k + 1] in ("each", "apiece")
        at = self._passive_participle_at(k + shared)
        if at is None:
            return False
        participle = self.norm_at[at]
        if shared:
            return _lemmas.is_transfer_form(participle)
        return (
            participle in _PASSIVE_PEOPLE
            or _lemmas.is_transfer_form(participle)
            or self._treated_for_wounds(at)
        )

    def _treated_for_wounds(self, at: int) -> bool:
        """Whether "treated for wounds" (or injuries) opens at ``at``: "370,000 had been
        treated for wounds" counts the wounded, not patients of any ailment.
        """
        return (
            self.norm_at[at] == "treated"
            and self.norm_at[at + 1] == "for"
            and self.norm_at[at + 2] in ("wounds", "injuries")
        )

    def _passive_participle(self, k: int) -> str | None:
        """The participle of the passive verb whose subject is the number at ``k``, if any."""
        at = self._passive_participle_at(k)
        return None if at is None else self.norm_at[at]

    def _passive_participle_at(self, k: int) -> int | None:
        """Where the participle of the passive verb whose subject is the number at ``k`` is."""
        j = k + 1
        if self._of_them(j):  # "388 of them had been returned"
            j += 2
            if self.norm_at[j] == "," and self.norm_at[j + 1] in lx.FINITE_HAVE_BE:
                j += 1  # "soldiers, 84 of them, were returned": the apposition's closing comma
        if self.norm_at[j] in ("more", "others", "further"):
            j += 1
        if self.norm_at[j] == ",":  # an aside: ", the president said,"
            close = next(
                (i for i in range(j + 1, min(self.last, j + 8)) if self.norm_at[i] == ","), 0
            )
            if not close:
                return None
            j = close + 1
        if self.norm_at[j] not in lx.FINITE_HAVE_BE:
            return None
        j += 1
        while self.norm_at[j] in ("also", "now", "since", "so", "far", "already", "still"):
            j += 1
        if self.norm_at[j] == "been":
            j += 1
        elif self.norm_at[j - 1] in ("have", "has", "had"):
            return None  # "3,000 had fought": no passive
        return j

    def _beside_transfer(self, k: int) -> bool:
        """Whether the number at ``k`` stands right after or right before a verb of handing over."""
        if k - 1 >= self.first and self.tokens[k - 1].norm in _TRANSFER_CUES:
            return not self._things_after(k)
        # "while the other side has transferred 97", "received back fewer than 100",
        # "while receiving in total about 150": a hedge or "in total" between verb and number;
        # "received another 1,003": a group more than one told before, the verb's object
        j = lx.added_group_start(self.norm, k) - 1
        while j > self.first and (
            self.norm_at[j] in lx.FIGURE_HEDGE_WORDS
            or self.norm_at[j] in ("fewer", "less")
            or self.norm_at[j] in lx.NUMBER_STRESS  # "Russia received only 24"
            # "while Russia received several hundred", "sent back a few hundred", "got back
            # a few dozen"
            or (
                self.norm_at[j] in ("several", "few", "a")
                and self.norm_at[k] in ("hundred", "dozen")
            )
            or (self.norm_at[j] == "total" and self.norm_at[j - 1] == "in")
            or (self.norm_at[j] == "in" and self.norm_at[j + 1] == "total")
        ):
            j -= 1
        aside = lx.running_aside(self.tokens, j + 1, self.first)
        if aside is None:
            aside = lx.series_aside(self.tokens, j + 1, self.first)  # ", in each case,"
        if aside is not None:
            j = aside - 1  # "we brought home, so far, nearly 4,000"
        verb = self.norm_at[j]
        if j >= self.first and (
            verb in _TRANSFER_CUES
            or _lemmas.is_transfer_form(verb)
            or self._split_particle(j) is not None  # "got 27 in return", "took 40 back"
        ):
            return not self._things_after(k)
        # "140 more came home": "more" (not "more than") between the number and its verb
        after = (
            k + 1 + (self.norm_at[k + 1] in ("more", "further") and self.norm_at[k + 2] != "than")
        )
        after = self._past_respective_list(k, after)  # "115 and 103 respectively came home"
        # "another 1,000 had come back", "40 had also come back": a perfect's auxiliary or
        # "also" before the verb
        while self.norm_at[after] == "also" or (
            self.norm_at[after] in ("have", "has", "had") and self.norm_at[after + 1] != "been"
        ):
            after += 1
        if after >= self.last:
            return False
        # "against 24 sent the other way": the participle with its way, far from any noun
        return (
            self.tokens[after].norm in _TRANSFER_CUES_AFTER
            or _lemmas.other_way_end(self.norm, after) is not None
        ) and not self._elides_things_before(k)

    def _elides_things_before(self, k: int) -> bool:
        """Whether the bare number at ``k`` counts the things the sentence counted before it.

        "She has written 31 letters to him, and one came back": the number before the
        verb leaves its noun out because its clause has just named it, and "letters" are
        not people. Only when the nearest number before it, in the same clause group (no
        semicolon or colon between), counts things that are neither handovers nor their
        carriers ("in 48 exchanges; of those, 1,098 came home" counts people), and no
        word for people or a side stands between the two.
        """
        j = k - 1
        while (
            j >= self.first
            and self.tokens[j].kind != NUM
            and self.norm_at[j] not in lx.NUMBER_WORDS
        ):
            if (
                self.norm_at[j] in (";", ":")
                or lx.PEOPLE.match(self.tokens, j, self.last) is not None
                or self.party_at(j) is not None
            ):
                return False  # "31 letters, and of the soldiers one came back"
            j -= 1
        return (
            j >= self.first
            and self._things_after(j)
            and lx.HANDOVER_PLURALS.isdisjoint(self.norms[j + 1 - self.first : k - self.first])
            and lx.CARRIERS.isdisjoint(self.norms[j + 1 - self.first : k - self.first])
        )

    def _past_respective_list(self, k: int, after: int) -> int:
        """``after`` moved past a "respectively" that closes a list of bare numbers ending at ``k``.

        "On 2 and 9 May, 115 and 103 respectively came home from Russian captivity": the
        word shares the list out over as many listed dates and stands between the last
        number and its verb.
        A lone number before it ("115 respectively") is no list; with no dates to share
        it over ("in the two swaps"), or with two sides in the sentence that it may share
        them over ("Russia and Ukraine said 115 and 103 respectively"), the numbers are
        not one swap's and are not read here.
        """
        start = k
        while (
            start - 2 >= self.first
            and self.tokens[start - 2].kind == NUM
            and self.norm_at[start - 1] in (",", "and")
        ):
            start -= 2
        if start == k:
            return after
        at = after + (self.norm_at[after] == ",")
        if self.norm_at[at] != "respectively":
            return after
        if not self._days_listed((k - start) // 2 + 1) or self._sides_listed():
            return after
        return at + 1 + (self.norm_at[at + 1] == ",")

    def _sides_listed(self) -> bool:
        """Whether two sides joined by "and" stand in the sentence: "Russia and Ukraine said".

        A "respectively" in the same sentence may share its numbers out over those sides
        rather than over days, whether they stand before the list or after it ("..., 60 and
        85 respectively came home, Russia and Ukraine said"): which is meant is not told.
        Read once per sentence, however many listed figures ask.
        """
        if self._sides_listed_cache is None:
            self._sides_listed_cache = self._find_sides_listed()
        return self._sides_listed_cache

    def _find_sides_listed(self) -> bool:
        """Whether some "and" joins two parties: the scan behind :meth:`_sides_listed`."""
        for i in range(self.first + 1, self.last):
            if self.norm_at[i] != "and" or self.party_at(i + 1) is None:
                continue
            if any(
                (found := self.party_at(j)) is not None and found[0] == i
                for j in range(max(self.first, i - 4), i)
            ):
                return True
        return False

    def _followed_by(self, k: int) -> bool:
        """Whether the number at ``k`` is a later group: "..., followed by 1,200 more on June 16".

        "Followed by" adds to what the clause before it moved; the noun is left out, with
        "more" or the group's own date after the number instead.
        """
        return (
            self.norm_at[k - 1] == "by"
            and self.norm_at[k - 2] == "followed"
            and self.norm_at[k + 1] in ("more", "further", "on", "in")
        )

    def _to_side(self, k: int) -> bool:
        """Whether the number at ``k`` goes "to" a side, its verb said or left out before it.

        "140 returning to Ukraine": a verb of going between; "... and 82 to Russia": the
        number right after "and" (past a hedge) with an earlier number going "to" another side; the
        side may be a party's organ ("and 31 to the Russian authorities"), and the noun
        may be repeated by a pronoun ("the remains of 900 ... and those of 25 to ...").
        """
        j = k + 1
        # "... and fewer than 250 to Russia": the hedge stands between "and" and the number
        hedged = k - 1
        while hedged > k - 4 and self.norm_at[hedged] in lx.FIGURE_HEDGE_WORDS:
            hedged -= 1
        # "... and those of 25 to the Russian side": "those" stands for the first noun
        joined = k - 3 if (self.norm_at[k - 2], self.norm_at[k - 1]) == ("those", "of") else hedged
        if _lemmas.lemma(self.norm_at[j]) in lx.GOING_LEMMAS:
            j += 1 + (self.norm_at[j + 1] in ("home", "back"))  # "75 going home to Russia"
        elif self.norm_at[k - 1] == ":":
            return self._colon_ways(k)
        elif self.norm_at[joined] not in ("and", ",") or not any(
            self.tokens[i].kind == NUM for i in range(max(self.first, joined - _GAP_REACH), joined)
        ):
            return False
        return self.norm_at[j] == "to" and self.party_at(self.skip_articles(j + 1)) is not None

    def _colon_ways(self, k: int) -> bool:
        """Whether a colon opens a verbless list of the ways: ": 1,000 to Ukraine, 24 to Russia".

        The number right after the colon goes "to" one side, and the next item of the
        list ("," or "and" then a number) goes "to" the other side: the handover told
        before the colon, given way by way. That side may list one number per date told
        before the colon (": 1,000 to Ukraine, 31 and then 30 to Russia").
        """
        if self.norm_at[k + 1] != "to":
            return False
        one = self.party_at(k + 2)
        if one is None:
            return False
        at = one[0]
        while at < min(self.last, k + 7) and self.norm_at[at] not in (",", "and"):
            at += 1
        at += 1 + (self.norm_at[at] == "," and self.norm_at[at + 1] == "and")
        if at >= self.last or self.tokens[at].kind != NUM:
            return False
        at = self._ordered_run_end(at)
        if self.norm_at[at + 1] != "to":
            return False
        other = self.party_at(at + 2)
        return other is not None and other[1] != one[1]

    def _ordered_run_end(self, at: int) -> int:
        """The last number of "31 and then 30" from the number at ``at`` (``at`` alone if none).

        A side of a verbless list may give one figure per listed date, told in order;
        its norms read ", and" (see :func:`split_sentences`) or plain "and".
        """
        for _ in range(_ORDERED_RUN_MAX):
            step = 2 + (self.norm_at[at + 1] == "," and self.norm_at[at + 2] == "and")
            if self.norm_at[at + 1] not in (",", "and") or at + step >= self.last:
                break
            if self.tokens[at + step].kind != NUM:
                break
            at += step
        return at

    def _things_after(self, k: int) -> bool:
        """Whether the number at ``k`` counts things named after it: "46 refrigerated containers".

        The words right after it, up to a preposition or punctuation, end in a
        plural that is not a word for people (nor a nationality).
        """
        j = k + 1
        while (
            j < min(self.last, k + 4)
            and self.tokens[j].kind == WORD
            and self.tokens[j].norm not in _FUNCTION_WORDS
        ):
            j += 1
        if j == k + 1:
            return False
        last = self.tokens[j - 1]
        return (
            last.norm.endswith("s")
            and len(last.norm) > 3
            and last.norm not in _FUNCTION_WORDS
            and lx.PEOPLE.match(self.tokens, j - 1, self.last) is None
            and self.party_at(j - 1) is None
            and not any(self.party_at(i) is not None for i in range(k + 1, j))
        )

    def _figure_since(self, k: int) -> bool:
        """Whether the number at ``k`` is "the figure" a fronted "since" counts from.

        "Since February 2022, the figure, counting all channels, is 3,700": "the figure",
        linked to the bare number ("is", "stands at", "has reached"), an
        aside set off by commas allowed, after a "since" in the sentence. The tally rules
        decide whose total it is, and drop it when nothing told before says.
        """
        if "since" not in self.norm_set:
            return False  # most sentences: no span to count from
        for _ in range(3):  # "is over 400", "has reached more than 400"
            k -= self.norm_at[k - 1] in lx.FIGURE_HEDGE_WORDS and self.norm_at[k - 1] != "the"
        j = k - 1
        while j > self.first and (
            self.norm_at[j] in lx.FIGURE_LINKS or self.norm_at[j] in _LINK_ADVERBS | _HAVE
        ):
            j -= 1
        if j == k - 1 or self.norm_at[j + 1] in ("of", "to", "number", "numbers"):
            return False
        if self.norm_at[j] == ",":  # "the figure, counting all channels, is"
            j = (
                next(
                    (i for i in range(j - 1, max(self.first, j - 8), -1) if self.norm_at[i] == ","),
                    -1,
                )
                - 1
            )
        return (
            j > self.first
            and self.norm_at[j] == "figure"
            and self.norm_at[j - 1] == "the"
            and "since" in self.norms[self.first : j - 1]
        )

    def _put_between(self, j: int) -> bool:
        """Whether a verb of putting sets the losses at ``j`` in a range after it.

        "we put them between A and B", "put Russian deaths between A and B": "them"
        takes up a loss noun told before it in the sentence, or the noun is the loss.
        """
        if self.norm_at[j] in ("them", "it"):
            return self.norm_at[j - 1] in _lemmas.PUTTING and any(
                self.tokens[i].norm in lx.LOSS_HEADS
                for i in range(max(self.first, j - lx.LOSS_REACH), j - 1)
            )
        return self.tokens[j].norm in lx.LOSS_HEADS and any(
            self.norm_at[i] in _lemmas.PUTTING for i in range(max(self.first, j - 4), j)
        )

    def _reached_losses(self, k: int) -> bool:
        """Whether the number at ``k`` is a figure losses reached ("losses passed 1 million").

        Also a figure joined to a loss noun before it ("casualties ... are approaching
        300,000", "put its losses at 400,000"); the claim rules decide the rest.
        """
        j = k - 1
        while j >= self.first and j >= k - 4:
            norm = self.tokens[j].norm
            if norm in lx.FIGURE_LINKS or norm in _REACHED or norm in _lemmas.ADMITTING:
                break
            if norm not in lx.FIGURE_HEDGE_WORDS and norm not in lx.LINK_SKIP:
                break
            j -= 1
        if self.norm_at[j] == ",":
            j = copula_before_judgement(self.norm_at, j, self.first)  # "are, by most accounts,"
        if j < self.first:
            return False
        if self.norm_at[j + 1] in _NEARING and (
            self.tokens[j].norm in lx.LOSS_HEADS or self.tokens[j].norm in _LOSS_NOUNS
        ):
            return True  # "with total Russian losses approaching 800,000": the participle links
        accounting = self.tokens[j].norm == "for" and self.norm_at[j - 1].startswith("account")
        # "since September 2022, when it admitted 5,937": a bare count conceded
        admitted = self.tokens[j].norm in _lemmas.ADMITTING and self.norm_at[k + 1] in (
            "",
            ".",
            ";",
        )
        if (
            self.tokens[j].norm == "at"
            and self.norm_at[j - 1] in ("figure", "number")
            and self.norm_at[j - 2] == "the"
            and self.norm_at[j - 3] in _lemmas.PUTTING
            and self.norm_at[k + 1] in ("", ".", ";")
        ):
            return True  # "Kyiv puts the figure at more than 55,000.": a rival value
        # "the estimate of the dead lies between 180,000 and 230,000": "lie" links a range
        lies = self.tokens[j].norm in lx.LIE_FORMS and self.norm_at[j + 1] == "between"
        if self.norm_at[j + 1] == "between" and self._put_between(j):
            return True  # "we put them between 90,000 and 140,000": "between" for "at"
        if (
            self.tokens[j].norm not in _REACHED
            and self.tokens[j].norm not in lx.FIGURE_LINKS
            and not accounting
            and not admitted
            and not lies
        ):
            return False
        return any(
            self.tokens[i].norm in lx.LOSS_HEADS
            or self.tokens[i].norm in _LOSS_NOUNS
            or (self.tokens[i].norm == "number" and self.norm_at[i + 1] == "of")
            # "... and the May swap took it past 3,100": "it", the count just told, raised
            or (
                i == j - 1
                and self.tokens[i].norm == "it"
                and self.norm_at[i - 1] in RAISING_IT
                and self.norm_at[j] in ("to", "past", "beyond")
            )
            # "...; by May the number had grown to 3,100": "the number" of the count just told
            or (
                self.tokens[i].norm == "number"
                and self.norm_at[i - 1] == "the"
                and self.norm_at[i + 1] in _NUMBER_GROWN
            )
            # "a higher figure for the bodies handed over, saying it is more than 8,000"
            or (self.tokens[i].norm == "figure" and self.norm_at[i + 1] == "for")
            or self.tokens[i].norm in _STATED_TOTALS  # "bringing the total so far to 700"
            # "its cumulative figure since 2022 passed 5,800": a figure said to run on
            or (self.tokens[i].norm == "figure" and self.norm_at[i - 1] in lx.RUNNING_ADJECTIVES)
            # "the number he gave was 43,000": a count its giver's relative clause names
            or (
                self.tokens[i].norm in _GIVEN_TOTALS
                and self.norm_at[i + 1] in _TELLER_PRONOUNS
                and self.norm_at[i + 2] in lx.GIVING_A_TOTAL
            )
            for i in range(max(self.first, j - lx.LOSS_REACH), j)
        )

    def _found(self, a: int, b: int, match: FigureMatch) -> FigureMention | None:
        # "handed over 1,000": "over" belongs to the verb, not to the figure
        if self.norm_at[a] == "over" and self.norm_at[a - 1] in lx.PARTICLE_VERBS:
            match = match.unhedged()
            a += 1
        if self._bounded_vague(a, b):
            return None
        if b == a + 1 and self._event_one(a):
            return None
        return self.figure(a, b, match.count, match.text)

    def _event_one(self, a: int) -> bool:
        """Whether "one" at ``a`` stands for an event, not a person: "followed one on Wednesday".

        "The handover on Friday followed one on Wednesday and one on Saturday": after a
        word of sequence, "one" dated by "on"/"in" is the handover again, and so is each
        "one on ..." listed after it; "9 bodies came on Friday and one on Saturday" counts.
        """
        if self.norm_at[a] != "one" or self.norm_at[a + 1] not in ("on", "in"):
            return False
        return any(
            self.norm_at[j] == "one"
            and self.norm_at[j + 1] in ("on", "in")
            and self.norm_at[j - 1] in _SEQUENCE_WORDS
            for j in range(max(self.first + 1, a - 30), a + 1)
        )

    def _bounded_vague(self, a: int, b: int) -> bool:
        """Whether a bound caps or floors a figure of words only: "at most a few dozen".

        The bound caps a guess that names no number ("receiving at most a few dozen
        Russian remains", "a few dozen at most", "several dozen or fewer"), or lifts its
        top ("at least several thousand", "more than tens of thousands", "hundreds or
        more"), so no count can be read without dropping the bound: the guess's band
        would print a floor or a ceiling the speaker never gave.
        """
        if any(self.tokens[k].kind == NUM for k in range(a, b)):
            return False
        before = (self.norm_at[a - 2], self.norm_at[a - 1])
        after = (self.norm_at[b], self.norm_at[b + 1], self.norm_at[b + 2])
        return (
            before in _VAGUE_BOUNDS_BEFORE
            # "handed over hundreds": "over" is the verb's, no floor
            or (before[1] == "over" and before[0] not in lx.PARTICLE_VERBS)
            or after[:2] in _VAGUE_BOUNDS_AFTER
            or after in (("at", "the", "most"), ("at", "the", "least"))
        )

    def _not_people(self, a: int, b: int) -> bool:
        """Whether the figure at ``a:b`` is a date, a year, an age, a distance, money ..."""
        tokens = self.tokens
        core = tokens[b - 1]
        if b < self.last:
            after = tokens[b]
            sentence_end = after.text == "." and (b + 1 >= self.last or tokens[b + 1].gap > 0)
            if (
                after.gap == 0
                and (after.kind == WORD or after.text in "-‐‑%:/.°")
                and not (sentence_end)
            ):
                return True
            if after.norm in lx.MONTHS and after.text[0].isupper():
                return True
            if after.norm in lx.MEASURES:
                return True  # "and 1,200 tonnes of aid": not a count the clause can carry
            if self._clock_time(a, b):
                return True  # "just after four o'clock", "at 4 p.m.": a time of day
            if after.norm in ("per", "percent", "pc") and not (
                b + 1 < self.last and tokens[b + 1].norm == "side"  # "95 per side"
            ):
                return True
        if a > self.first:
            before = tokens[a - 1]
            # "10:42", "$100", "#5" touch their mark; "news: 146 soldiers" does not.
            if tokens[a].gap == 0 and before.text in lx.CURRENCY | {":", "/", "-", "#", "."}:
                return True
            if before.norm in lx.MONTHS and before.text[0].isupper():
                # "on 19 March 175 Russian servicemen": with its day before it, the month
                # takes only a year after it
                told = a - 2 >= self.first and tokens[a - 2].kind == NUM
                if not told and _neither_day_nor_year(core.text):
                    return False  # "in June 600 bodies came back": no day, no year, a count
                return not (told and not (len(core.text) == 4 and core.text.isdigit()))
            if self._told_ages(a) and lx.PEOPLE.match(tokens, b, self.last) is None:
                return True  # "two children, aged eight and eleven,", "aged between 7 and 16"
            if before.norm in ("aged", "age", "day", "no", "number", "page", "article", "ages"):
                # "number 5", "aged 19"; but "losses number about 60,000" has a hedge between,
                # and "the next day 103 went each way" ends a time phrase, no label "day 103"
                if before.norm == "day" and self.norm_at[a - 2] in _DAY_PHRASE_ENDS:
                    return False
                return tokens[a].kind == NUM and not self._number_verb(a - 1)
            if self._age_bound(a, b) or self._superlative_age(a) or self._ages_of_counted(a, b):
                return True
            if before.norm in ("past", "to") and self.norm_at[a - 2] in _HOUR_PARTS:
                return True  # "at half past six", "a quarter to five": a time of day
        if self._age_band(a, b):
            return True  # "prisoners in the 18 to 25 category": a band of ages
        if core.norm == "one" and b - a == 1 and self.norm_at[b] in ("direction", "way"):
            return True  # "146 soldiers in one direction, 146 in the other": a way, no count
        if core.kind == NUM and len(core.text) == 4 and core.text.isdigit():
            return lx.is_bare_year(core.text) and a == b - 1
        return self._ratio_figure(a, b)

    def _clock_time(self, a: int, b: int) -> bool:
        """Whether the number just before ``b`` is a time of day: "four o'clock", "4 p.m.".

        A number told with "o'clock", "am"/"pm" (or "a.m."/"p.m.") or a time zone is an
        hour, never a count of people, however near a verb of handing over it stands.
        """
        word = self.norm_at[b]
        if word in _CLOCK_WORDS:
            return True
        return word in ("a", "p") and self.norm_at[b + 1] == "." and self.norm_at[b + 2] == "m"

    def _age_band(self, a: int, b: int) -> bool:
        """Whether the range at ``a:b`` is a band of ages named as a category of people.

        "the swaps of the 18 to 25 and seriously wounded categories", "men in the 18-25
        bracket": two small numbers joined by "to" or a dash, with a noun of category or
        group shortly after, bound ages; a count of people would not be so named.
        """
        if b - a != 3 or self.norm_at[a + 1] not in ("to", "-", "–"):
            return False
        low, high = self.tokens[a], self.tokens[b - 1]
        if not (low.text.isdigit() and high.text.isdigit()):
            return False
        if not 0 < int(low.text) < int(high.text) <= 99:
            return False
        # The band noun ends the range's own noun phrase; a people noun (unless it only
        # qualifies the band: "wounded categories"), a determiner or a preposition first
        # makes the range a count: "18 to 25 soldiers in the group".
        for k in range(b, min(self.last, b + _AGE_BAND_REACH)):
            word = self.norm_at[k]
            if word in _AGE_BAND_NOUNS:
                return True
            if self.tokens[k].kind == NUM or word in _AGE_BAND_STOPS:
                return False
            people = lx.PEOPLE.match(self.tokens, k, self.last)
            if people is not None and self.norm_at[people[0]] not in _AGE_BAND_NOUNS:
                return False
        return False

    def _split_fraction(self, a: int, b: int) -> bool:
        """Whether the figure at ``a:b`` is half of a spoken "four and a half thousand".

        The figure grammar reads "four and a half thousand" as "four" and "a half
        thousand"; neither is the 4,500 told, so both halves are refused.
        """
        if (
            self.norm_at[b] == "and"
            and self.norm_at[b + 1] in ("a", *_SPOKEN_FRACTIONS)
            and any(self.norm_at[k] in _SPOKEN_FRACTIONS for k in (b + 1, b + 2))
            and any(self.norm_at[k] in _SCALE_WORDS for k in (b + 2, b + 3))
        ):
            return True
        whole = self.norm_at[a - 2]
        return (
            self.norm_at[a - 1] == "and"
            and any(self.norm_at[k] in _SPOKEN_FRACTIONS for k in (a, a + 1))
            and (whole.isdigit() or whole in lx.NUMBER_WORDS)
        )

    def _proportion_side(self, a: int, b: int) -> bool:
        """Whether the figure at ``a:b`` is either number of a proportion: "one in three".

        "about one in three of the bodies", "two in every five prisoners", "1 in 4":
        a share of a group, whose numbers count no one. A number after "in" that is a
        year ("40 in 2024") or is followed by a noun of its own ("40 in two stages")
        makes no proportion.
        """
        if self.norm_at[b] == "in":
            second = b + 2 if self.norm_at[b + 1] == "every" else b + 1
            return lx.number_value(self.norm_at[second]) is not None and self._closes_share(
                second + 1
            )
        before = a - 2 if self.norm_at[a - 1] == "every" else a - 1
        return (
            before - 1 >= self.first
            and self.norm_at[before] == "in"
            and lx.number_value(self.norm_at[before - 1]) is not None
            and self._closes_share(b)
        )

    def _closes_share(self, k: int) -> bool:
        """Whether what follows a proportion's second number at ``k`` ends it.

        "of" ("one in three of the bodies"), a people noun ("one in four prisoners"),
        punctuation or the sentence's end do; any other word is a noun of its own.
        """
        if k >= self.last:
            return True
        word = self.tokens[k]
        return (
            word.norm == "of"
            or not word.text[:1].isalnum()
            or lx.PEOPLE.match(self.tokens, k, self.last) is not None
        )

    def _counts_events(self, b: int) -> bool:
        """Whether the figure ending before ``b`` counts exchanges, not people.

        "two more handovers followed", "three further swaps", "two other exchanges": a
        number before "more"/"further"/"other" and an event noun counts events, as a
        spelled-out one right before the noun does ("two handovers followed"); so does
        one whose noun is left out before the months and the "of" that sizes each ("two
        more, in July and again in August, of about 1,000 bodies each").
        """
        if (
            self.norm_at[b] in _EVENT_NOUNS
            and self.norm_at[b - 1] in lx.NUMBER_WORDS
            and self.norm_at[b - 2] not in ("for", "-", "–", "to")
        ):
            return True  # "two handovers followed"; not "a fifty-for-fifty exchange"
        if self.norm_at[b] not in _MORE_OF_EVENTS:
            return False
        if self.norm_at[b + 1] in _EVENT_NOUNS:
            return True
        if self.norm_at[b + 1] != ",":
            return False
        j = b + 2
        while j < min(self.last, b + 16) and (
            self.norm_at[j] in lx.MONTHS or self.norm_at[j] in _BETWEEN_EVENTS_AND_MONTHS
        ):
            j += 1
        months = any(self.norm_at[k] in lx.MONTHS for k in range(b + 2, j))
        if not (months and self.norm_at[j - 1] == "," and self.norm_at[j] == "of"):
            return False
        size = j + 1 + (self.norm_at[j + 1] in _LOOSE_HEDGES)
        return size < self.last and self.tokens[size].kind == NUM  # "of whom": people

    def _told_ages(self, a: int) -> bool:
        """Whether the figure at ``a`` is one of the ages listed after "aged"/"ages".

        "six children, aged between 7 and 16,", "two boys, aged eight and eleven,": every
        number of the list, words or digits, is an age; none is a count of people (the
        caller keeps a number with a noun of people after it: "aged 18 to 25 and 12 civilians").
        """
        for i in range(a - 1, max(self.first, a - _AGE_LIST_REACH) - 1, -1):
            word = self.norm_at[i]
            if word in lx.AGE_HEADS:
                return True
            if not (
                word in _AGE_LIST_WORDS or self.tokens[i].kind == NUM or word in lx.NUMBER_WORDS
            ):
                return False
        return False

    def _superlative_age(self, a: int) -> bool:
        """Whether the figure at ``a`` is the age of the youngest or oldest of a group.

        "most had been held since 2022, and the youngest was 22", "the oldest of them is
        61", "the youngest 19": a number told of one person so singled out is an age.
        """
        for i in range(a - 1, max(self.first, a - _AGE_LIST_REACH) - 1, -1):
            word = self.norm_at[i]
            if word in lx.AGE_SUPERLATIVES:
                return True
            if word not in _SUPERLATIVE_AGE_LINKS:
                return False
        return False

    def _age_bound(self, a: int, b: int) -> bool:
        """Whether the figure at ``a:b`` is an age limit on the people just before it.

        "prisoners under 25", "men over 60", "children under 14": "under"/"over" and a
        small number straight after a noun of living people bound their age, not their number.
        """
        tokens = self.tokens
        if self.norm_at[a] not in _AGE_BOUNDS or b - a != 2 or tokens[b - 1].kind != NUM:
            return False
        if not tokens[b - 1].text.isdigit() or int(tokens[b - 1].text) > 99:
            return False
        noun = lx.PEOPLE.match(tokens, a - 1, a)
        return (
            noun is not None
            and self.norm_at[a - 1] not in _NOT_LIVING
            and noun[1].category is not PersonCategory.REMAINS
        )

    def _ages_of_counted(self, a: int, b: int) -> bool:
        """Whether the range at ``a:b`` gives the ages of a group counted just before it.

        "five teenagers between 14 and 17 came back": the group already has its count, so
        a range of small numbers straight after its noun of living people is their ages.
        """
        if self.norm_at[a] != "between" or b - a != 4 or self.norm_at[a + 2] != "and":
            return False
        if not all(
            self.tokens[i].text.isdigit() and int(self.tokens[i].text) <= 99 for i in (a + 1, b - 1)
        ):
            return False
        noun = next(
            (
                k
                for k in range(a - 1, max(self.first, a - 4) - 1, -1)
                if lx.PEOPLE.match(self.tokens, k, a) is not None
            ),
            None,
        )
        if noun is None or self.norm_at[a - 1] in _NOT_LIVING:
            return False
        before = noun - 1
        while before > self.first and self.tokens[before].text[:1].isupper():
            before -= 1  # "five Ukrainian teenagers": a nationality between count and noun
        counted = self.tokens[before]
        return counted.kind == NUM or counted.norm in lx.NUMBER_WORDS

    def _ratio_figure(self, a: int, b: int) -> bool:
        """Whether the figure at ``a:b`` is one side of a ratio, not a count of people.

        "For every Ukrainian freed, roughly two Russians went back", "three captives for
        each soldier": a number set against "every"/"each" and a single person (or a
        single body: "for every body it received, Kyiv got 40") is a rate of exchange;
        "100 for each side" names the sides and stays a count.
        """
        if "for" not in self.norm_set:
            return False  # most sentences: no "for" to set a figure against
        norm = self.norm
        # a sentence opened by "For every body ...," sets its whole main clause against it
        opened = self.first if norm(self.first) == "for" else max(self.first, a - 10)
        for k in range(opened, min(self.last - 2, b + 8)):
            if norm(k) == "for" and norm(k + 1) in ("every", "each"):
                owner = norm(k + 2)
                if owner in _RATIO_OWNERS or lx.PEOPLE.match(self.tokens, k + 2, self.last):
                    return True
        return False

    def _number_verb(self, at: int) -> bool:
        """Whether "number" at ``at`` is a verb: "Russian deaths (now) number 9,000".

        After a plural of losses, or an adverb of time that only a verb takes, the
        word counts its subject; it is no label as in "number 5".
        """
        if self.tokens[at].norm != "number" or at - 1 < self.first:
            return False
        subject = self.tokens[at - 1].norm
        if subject in ("now", "still", "already") and at - 2 >= self.first:
            subject = self.tokens[at - 2].norm
        return subject in _LOSS_NOUNS

    def _added_up_to(self, a: int) -> bool:
        """Whether the figure at ``a`` opens "up to" after a form of "add": a sum, not a cap."""
        return (
            self.norm_at[a] == "up"
            and self.norm_at[a + 1] == "to"
            and self.norm_at[a - 1] in lx.ADD_FORMS
            and a + 2 < self.last
            and self.tokens[a + 2].kind == NUM
        )

    def _past_milestone(self, a: int, b: int) -> bool:
        """Whether "past" before the figure at ``a`` is a milestone passed ("took it past 4,300").

        "The past 24 hours" and "half past ten" are times, not a figure passed.
        """
        return (
            a - 2 >= self.first
            and self.tokens[a - 1].norm == "past"
            and self.tokens[a - 2].norm not in _PAST_AS_TIME
            and (b >= self.last or self.tokens[b].norm not in TIME_UNITS)
        )

    def _number_at(self, i: int) -> bool:
        """Whether the token at ``i`` is a number, in digits or spelled out."""
        return self.first <= i < self.last and (
            self.tokens[i].kind == NUM or self.tokens[i].norm in lx.NUMBER_WORDS
        )

    def _one_of_two_guesses(self, a: int, b: int) -> bool:
        """Whether the figure at ``a:b`` is one side of "N or M", two guesses at one count.

        "six or seven hundred thousand", "600 or 700 wounded": the speaker gives no
        single figure, and a multiplier may belong to both sides, so neither side is
        read alone (an honest miss beats printing 700,000 for a range).
        """
        return (self.norm_at[a - 1] == "or" and self._number_at(a - 2)) or (
            self.norm_at[b] == "or" and self._number_at(b + 1)
        )

    def figure(self, a: int, b: int, count: Count, text: str) -> FigureMention | None:
        if self._not_people(a, b) or self._counts_events(b) or self._one_of_two_guesses(a, b):
            return None
        # Hedges the figure grammar leaves to the sentence ("close to a million").
        for back in (2, 1):
            if a - back >= self.first:
                hedge = lx.EXTRA_HEDGES.match(self.tokens, a - back, a)
                if hedge is not None and hedge[0] == a:
                    if self._passed_object(a - back) is not None:
                        break  # "passed 24 bodies to Kyiv": the verb of handing over
                    try:
                        count = Count.parse(f"{hedge[1]} {text}")
                    except ValueError:
                        if count.qualifier is Qualifier.ORDER_OF_MAGNITUDE:
                            return None  # "topped tens of thousands": a bound on a guess
                        break
                    a -= back
                    break
        if count.low == count.high and hedged_by_aside(self.text, self.tokens[b - 1].end):
            count = Count.parse(f"about {text}")  # "1,000 (approx.)": the note hedges it
        if self._past_milestone(a, b):
            count = Count.parse(f"more than {text}")
            a -= 1
        if self._added_up_to(a):
            # "the returns add up to 2,689": the sum reached, not a bound on it
            text = text.split(None, 2)[2]
            count = Count.parse(text)
            a += 2
        before_of = ""
        k = a - 1
        while k >= self.first and self.tokens[k].norm in ("all", "the", "a", "further", "another"):
            k -= 1
        if k - 1 >= self.first and self.tokens[k].norm == "of":
            before_of = self.tokens[k - 1].norm
        if before_of == "captivity":
            before_of = self._death_before_captivity(k - 1) or before_of
        if before_of in ("and", "or"):
            before_of = self._gapped_death_head(k - 1) or before_of
        mention = self.noun_phrase(a, b, count, text, before_of)
        if mention is None:
            return None
        bound = self._bound_after(mention)
        if bound is None:
            return mention
        if count.qualifier is Qualifier.ORDER_OF_MAGNITUDE:
            return None  # "thousands of prisoners or more": a bound on a guess, no count
        if count.low != count.high:
            return mention
        return mention._replace(amount=Count.parse(f"{bound} {mention.amount}"))

    def _bound_after(self, mention: FigureMention) -> str | None:
        """The bound written after the figure, if any: "40 at most", "120 soldiers or more".

        The bound follows the number or its noun group; "or more than ..." compares
        with something else and bounds nothing.
        """
        for end in dict.fromkeys((mention.last, mention.np_end)):
            hedge = lx.TRAILING_BOUNDS.get((self.norm_at[end], self.norm_at[end + 1]))
            if hedge is not None and self.norm_at[end + 2] != "than":
                return hedge
        return None

    def _leaning_end(self, i: int, after_nationality: bool) -> int | None:
        """Where "pro-<side>" at ``i`` ends, and "and pro-<side>" after a nationality.

        "handed over 55 Russian and pro-Russian fighters": the side the fighters lean to
        modifies their noun as a nationality does, so the noun after it ("fighters")
        still names the people; the side is no nationality of theirs.
        """
        at = i + (after_nationality and self.norm_at[i] == "and")
        if (
            self.norm_at[at] != "pro"
            or self.norm_at[at + 1] not in ("-", "\u2010", "\u2011")
            or self.tokens[at + 1].gap
            or at + 2 >= self.last
            or self.tokens[at + 2].gap
        ):
            return None
        party = self.party_at(at + 2)
        if party is None or self.tokens[party[0] - 1].norm in _DEMONYMS:
            return None
        return party[0]

    def _death_before_captivity(self, captivity: int) -> str | None:
        """The noun of deaths before "in (Russian) captivity of N": "the deaths in captivity of".

        "recorded the deaths in captivity of at least 206 prisoners": the place of dying
        stands between the deaths and their people, who are dead, not captured.
        """
        j = captivity - 1
        if self.norm_at[j] in _ADJECTIVES or self.party_at(j) is not None:
            j -= 1  # "in Russian captivity"
        if self.norm_at[j] != "in":
            return None
        head = self.norm_at[j - 1]
        return head if head in lx.DEATH_HEADS else None

    def _gapped_death_head(self, conjunction: int) -> str | None:
        """The head of deaths a gapped "and of N" repeats: "the deaths of 90 ..., and of 14".

        The nearest "of" before the conjunction that a figure follows names the head
        both figures hang on; only a noun of deaths is carried over, since people who
        died in captivity are dead, not captured.
        """
        for j in range(conjunction - 2, max(self.first, conjunction - 30) - 1, -1):
            if self.tokens[j].norm != "of" or j - 1 < self.first:
                continue
            if any(self.tokens[i].kind == NUM for i in range(j + 1, min(conjunction, j + 4))):
                head = self.tokens[j - 1].norm
                return head if head in lx.DEATH_HEADS else None
        return None

    def noun_phrase(
        self, a: int, b: int, count: Count, text: str, before_of: str
    ) -> FigureMention | None:
        tokens = self.tokens
        nationality: str | None = None
        mixed = False
        pronoun: str | None = None
        remains = before_of in ("bodies", "remains", "body")
        wounded = False
        noun: Noun | None = None
        region: str | None = None  # the side of a region named before the noun
        i = b
        end = b
        limit = min(self.last, b + 8)
        if self.norm_at[b] == "of" and (
            count.qualifier is Qualifier.ORDER_OF_MAGNITUDE
            or self.norm_at[b + 1] in lx.POSSESSIVE_PRONOUNS
        ):
            i = b + 1  # "tens of thousands of Ukrainians", "500 of its soldiers"
        elif (
            self.norm_at[b] in lx.QUOTE_MARKS
            and self.norm_at[b + 1] == "of"
            and self.norm_at[b + 2] in lx.POSSESSIVE_PRONOUNS
        ):
            i = b + 2  # '115 "of our people"': the quotation opens on the people
        elif self.norm_at[b] == "of" and self._first_person_own(b + 1) is not None:
            # "Seventy-five of ours came home": the speaker's own people, no kind named
            own = self._first_person_own(b + 1)
            return FigureMention(
                a,
                b,
                count,
                text,
                self._topic_noun(),
                b + 2,
                None,
                own,
                remains,
                False,
                False,
                before_of,
            )
        while i < limit:
            token = tokens[i]
            if token.kind == SYM:
                if token.text in "-‐‑" and token.gap == 0 and i + 1 < limit:
                    i += 1  # "severely-wounded"
                    continue
                if i == b and token.text in lx.CLOSING_QUOTES and token.gap == 0 and i + 1 < limit:
                    # '"more than 240" Russian prisoners', lost "around a quarter of a million"
                    # soldiers: the quote closes the figure
                    i += 1
                    continue
                if i > b and self._quoted_noun(i):
                    i += 1  # 'one million Russian "personnel losses"': the writer's distance
                    continue
                break
            found = lx.PEOPLE.match(tokens, i, self.last)
            if found is not None and self.norm_at[found[0]] in lx.EXCHANGE_PLURALS:
                break  # "nine prisoner exchanges": the people noun names the swaps counted
            if found is not None:
                j, candidate = found
                if (candidate.remains or token.norm in lx.CASUALTY_NOUNS) and self._continues(j):
                    # "fallen soldiers", "wounded Ukrainian prisoners": an adjective here
                    remains = remains or candidate.remains
                    wounded = wounded or token.norm in lx.WOUNDED_MODIFIERS
                else:
                    noun = candidate
                    remains = remains or candidate.remains
                    end = j
                    break
                i = j
                continue
            leaning = self._leaning_end(i, nationality is not None)
            if leaning is not None:
                i = leaning  # "55 pro-Russian fighters": a side leant to, not the men's own
                continue
            party = self.party_at(i)
            if party is not None:
                p_end, code = party
                # "900 Ukrainian and Russian soldiers" are of both sides, so of neither alone
                mixed = mixed or (nationality is not None and code != nationality)
                nationality = nationality or code
                alone = (
                    i == b and self.norm_at[a - 1] == "for" and self._elided_after_adjective(p_end)
                )
                i = p_end
                if tokens[p_end - 1].norm in _DEMONYMS or alone:  # "55 Russians", "55 Russian."
                    noun = Noun(None)
                    end = p_end
                    break
                losses = self._side_losses(p_end)
                if losses is not None:
                    noun = Noun(None)  # "4,120 Russian losses": that side's people lost
                    end = losses
                    break
                continue
            norm = token.norm
            if norm in _SERVICE_BRANCHES:
                branch = self._branch_before_people(i)
                if branch is not None:
                    i = branch  # "140 Ukrainian armed forces prisoners of war"
                    continue
            if norm == "and" and self.norm_at[i + 1] in ("the", "a", "an"):
                break  # "at 5,000 and the wounded at 9,000": a determiner opens a new group
            if norm == "and" and i == b and self.norm_at[i + 1] in lx.POSSESSIVE_PRONOUNS:
                break  # "put its dead at 5,000 and its wounded at 9,000": a new group too
            if (
                norm == "and"
                and i == b
                and self.norm_at[i + 2] == "at"
                and any(tokens[j].kind == NUM for j in range(i + 3, min(self.last, i + 6)))
            ):
                break  # "put deaths at 80,000 and wounded at 400,000": the next group's noun
            if norm == "and" and i == b and self.party_at(i + 1) is not None:
                # "Russian deaths close to 120,000 and Ukrainian deaths close to 70,000":
                # a nationality after "and" opens the next group, not this figure's noun
                break
            if norm == "military" and self._bare_military(i):
                # "185 military and 20 civilians": "military" is the noun, servicemen
                noun = Noun(PersonCategory.PRISONERS_OF_WAR)
                end = i + 1
                break
            if norm in lx.WOUNDED_MODIFIERS:
                wounded = True
            elif norm in lx.REMAINS_MODIFIERS:
                remains = True
            elif norm in lx.POSSESSIVE_PRONOUNS:
                pronoun = pronoun or norm
            elif norm == "enemy":
                pronoun = pronoun or norm  # "39 enemy soldiers": the teller's enemy's
            elif norm == "sets" and [self.norm_at[i + 1], self.norm_at[i + 2]] in _SETS_OF_DEAD:
                pass  # "9,000 sets of remains": a set is one person's remains
            elif norm in ("human", "mortal") and self.norm_at[i + 1] in ("remains", "bodies"):
                pass  # "563 human remains", "the mortal remains of 40": the dead all the same
            elif norm in _WHOLE_LOSS_ADJECTIVES and self.norm_at[i + 1] in lx.TOTAL_WORDS:
                pass  # "124,000 total casualties": the losses of every kind, still people
            elif (
                norm in ("and", "or")
                and self.norm_at[i - 1] in lx.WOUNDED_MODIFIERS
                and self.norm_at[i + 1] in lx.WOUNDED_MODIFIERS
            ):
                pass  # "wounded or sick prisoners": the adjectives go on
            elif norm in lx.MILITARY_UNITS and self.norm_at[i - 1] == "the":
                if lx.PEOPLE.match(tokens, i + 1, self.last) is None:
                    break
                # "five of the garrison's commanders": the unit's own men, the unit's kind
            elif norm not in lx.PEOPLE_MODIFIERS and not self._named_modifier(i, limit):
                break
            elif norm in lx.REGIONS and norm not in lx.DEFENDED_TOWNS and token.text[:1].isupper():
                # a region, not a garrison's town: "Azovstal defenders" are one battle's men
                region = region or lx.REGIONS[norm]
            i += 1
        if wounded and self._age_and_wound(b, i):
            wounded = False  # "250 young and seriously wounded prisoners": not all wounded
        if noun is None and remains and i == b and self._verb_follows(b):
            # "the remains of more than 3,000 have been returned": the head before "of" is
            # the noun of the bare figure that a verb follows
            noun = Noun(PersonCategory.REMAINS, True)
        if noun is None and pronoun in ("its", "their") and self._bare_own(b, i, count):
            # "Moscow said it returned 248 of its own": the owner's people, no kind named
            return FigureMention(
                a, b, count, text, None, i, None, pronoun, remains, wounded, False, ""
            )
        if noun is None:
            # "Friday's stage involved 390 on each side, ...": a bare figure per side
            per_side = self.norm_at[b] == "on" and self._per_side(b)
            return FigureMention(
                a, b, count, text, None, b, None, None, False, False, per_side, before_of
            )
        if tokens[end - 1].norm == "residents" and self._out_of_captivity(end):
            # "187 residents of the region have been freed from captivity": a place's
            # people back from captivity may be its soldiers as well as its civilians
            noun = Noun(None)
        end = self._after_noun(end)
        if not remains and noun.category is not None and self._wounded_relative(end):
            wounded = True  # "22 soldiers who were, the readout said, seriously wounded"
        origin = self._origin(end)
        if origin is not None:
            end, code = origin
            nationality = nationality or code
        if region is not None and noun.category in lx.SOLDIER_KINDS:
            # "1,300 Kursk conscripts", "Kharkiv soldiers": soldiers named for a region
            # serve the side whose region it is
            nationality = nationality or region
        if mixed:
            nationality = None
        per_side = self._per_side(end) or self._per_side_before(a)
        return FigureMention(
            a,
            b,
            count,
            text,
            noun,
            end,
            nationality,
            pronoun,
            remains,
            wounded,
            per_side,
            before_of,
        )

    def _topic_noun(self) -> Noun:
        """The people a sentence's opening topic names: "On prisoners: we got back 1,200 of ours".

        A figure of "ours" or "theirs" names no kind; a topic set off by a colon at the
        sentence's start gives it, and without one the kind stays unsaid.
        """
        start = self.first + 2 if self.norm_at[self.first + 1] == ":" else self.first  # "NAME: On"
        if self.norm_at[start] == "on":
            found = lx.PEOPLE.match(self.tokens, start + 1, self.last)
            if found is not None and self.norm_at[found[0]] == ":":
                return found[1]
        return Noun(None)

    def _first_person_own(self, i: int) -> str | None:
        """Whose people "ours" or "theirs" at ``i`` are, as a figure's pronoun.

        "ours" are the speaker's ("our"); "theirs" beside a speaker's "we" or "ours"
        are the other side's ("enemy"), and alone they name no one.
        """
        word = self.norm_at[i]
        if word == "ours":
            return "our"
        if word == "theirs" and not self.norm_set.isdisjoint(_FIRST_PERSON_OWN):
            return "enemy"
        return None

    def _bare_own(self, b: int, i: int, count: Count) -> bool:
        """Whether the words from ``b`` to ``i`` are just "of its own" or "of their own".

        "returned 248 of its own" counts the owner's people though no noun follows, as
        "248 of its soldiers" does, and so does a number spelled out ("fifty of its
        own"); "248 of its own accord" names no people, and a word other than "own"
        ("248 of its") leaves whose people they are to the noun, as a rough size ("several
        dozen of its own") leaves them to the story.
        """
        return (
            i == b + 3
            and (  # not "the same number of its own"
                self.tokens[b - 1].kind == NUM
                or (
                    self.tokens[b - 1].norm in lx.NUMBER_WORDS
                    and count.qualifier is Qualifier.EXACT
                )
            )
            and self.norm_at[b] == "of"
            and self.norm_at[b + 2] == "own"
            and self.norm_at[i] not in lx.OWN_NOT_PEOPLE
        )

    def _verb_follows(self, i: int) -> bool:
        """Whether an auxiliary or a verb of handing over opens the words at ``i``."""
        return self.norm_at[i] in lx.FINITE_HAVE_BE or _lemmas.is_transfer_form(self.norm_at[i])

    def _out_of_captivity(self, i: int) -> bool:
        """Whether the clause from ``i`` tells people coming "from (Russian) captivity"."""
        for j in range(i, min(self.last, i + 16)):
            if self.norm_at[j] in (";", ".", "while", "but"):
                return False
            if self.norm_at[j] == "from" and "captivity" in (
                self.norm_at[j + 1],
                self.norm_at[j + 2],
            ):
                return True
        return False

    def _branch_before_people(self, i: int) -> int | None:
        """Where the people noun begins after a service branch named at ``i``, or None.

        "140 Ukrainian armed forces prisoners of war", "12 national guard soldiers": the
        branch the group serves in qualifies the noun after it, as an adjective would;
        with no people noun right after it ("140 army trucks") it is no part of a group.
        """
        for words in _SERVICE_BRANCHES[self.norm_at[i]]:
            end = i + len(words)
            if all(self.norm_at[i + k] == w for k, w in enumerate(words)) and (
                lx.PEOPLE.match(self.tokens, end, self.last) is not None
            ):
                return end
        return None

    def _named_modifier(self, i: int, limit: int) -> bool:
        """Whether a capitalised name at ``i`` qualifies the people right after it.

        "1,000 Azovstal defenders", "45 Azov fighters", "26 Kherson residents": a
        place or unit named before the noun (one name, or two in a row) is part of
        the noun group. A month or a weekday ("on 5 May soldiers ...") is not.
        """
        token = self.tokens[i]
        if token.norm in _PLACE_KINDS and i > self.first and self._named_modifier(i - 1, limit):
            return True  # the kind of the place just named: "Sudzha district"
        if token.kind != WORD or not token.text[:1].isupper() or token.norm in lx.MONTHS:
            return False
        if token.text.isupper():
            return False  # a headline in capitals: the capital says nothing of a name
        if token.norm in lx.WEEKDAYS:
            return False
        for j in (i + 1, i + 2):
            if j >= limit:
                return False
            if lx.PEOPLE.match(self.tokens, j, self.last) is not None:
                return True
            if self.tokens[j].norm in _PLACE_KINDS and j == i + 1:
                continue  # "84 Sudzha district residents": the place's kind after its name
            if self.tokens[j].kind != WORD or not self.tokens[j].text[:1].isupper():
                return False
        return False

    def _elided_after_adjective(self, end: int) -> bool:
        """Whether a nationality adjective ending at ``end`` closes its phrase, its noun left out.

        "got back 600 bodies for 17 Russian.": the noun named in the first half of a swap
        is not said again, so the adjective counts that side's people as "17 Russians"
        would; only before a full stop, a semicolon or a closing bracket, for a comma may
        lead on to the noun ("17 Russian, 30 Ukrainian and 8 Belarusian soldiers"). The
        caller asks it only after "for", the other half of a swap: "of which 17 Russian"
        is a part of the first half, not people going the other way.
        """
        if self.tokens[end - 1].norm not in _ADJECTIVES:
            return False
        return end >= self.last or self.norm_at[end] in (".", ";", ")")

    def _quoted_noun(self, at: int) -> bool:
        """Whether the quotation opening at ``at`` holds a noun of losses and nothing more.

        'passed 900,000 Russian "personnel losses"' quotes the teller's term for the
        losses: the marks keep the writer's distance and do not end the noun group. A
        quotation holding more than the noun ('300 Russian "would never return"') does.
        """
        if at + 1 >= self.last or self.tokens[at].text not in lx.QUOTE_MARKS:
            return False
        if self.tokens[at + 1].gap != 0:
            return False  # a closing mark, or one standing apart: no quotation opens here
        found = lx.PEOPLE.match(self.tokens, at + 1, self.last)
        close = found[0] if found is not None else at + 2  # 'Russian "losses"': one word
        return (
            close < self.last
            and self.tokens[close].text in lx.CLOSING_QUOTES
            and self.norm_at[close - 1] in _LOSS_HEADS
        )

    def _side_losses(self, end: int) -> int | None:
        """Where "losses" of people ends, when it follows a nationality adjective ending at ``end``.

        "4,120 Russian losses" counts that side's people lost, and so does 'Russian
        "losses"', the word quoted; "losses of armoured vehicles" names other things lost,
        and a word for machines between ("Russian tank losses") stops the noun group
        before it gets here.
        """
        at = end + self._quoted_noun(end)
        if (
            self.tokens[end - 1].norm in _ADJECTIVES
            and self.norm_at[at] == "losses"
            and self.norm_at[at + 1 + (at > end)] != "of"
        ):
            return at + 1
        return None

    def _age_and_wound(self, b: int, stop: int) -> bool:
        """Whether an age and a wound are joined by "and" or "or" in ``b:stop``.

        "the young and seriously wounded prisoners" counts the young and the wounded
        together: some of them are not wounded, so the group is not one of wounded.
        """
        for k in range(b + 1, stop):
            if self.norm_at[k] not in ("and", "or"):
                continue
            sides = {self.norm_at[k - 1], self.norm_at[k + 1]}
            if not sides.isdisjoint(_AGE_GROUPS) and not sides.isdisjoint(lx.WOUNDED_MODIFIERS):
                return True
        return False

    def _continues(self, j: int) -> bool:
        """Whether the noun phrase goes on at token ``j`` (another modifier or a noun)."""
        if j >= self.last or self.tokens[j].kind != WORD:
            return False
        norm = self.tokens[j].norm
        if (
            norm in ("and", "or")
            and self.norm_at[j - 1] in lx.WOUNDED_MODIFIERS
            and self.norm_at[j + 1] in lx.WOUNDED_MODIFIERS
            and self._continues(j + 2)
        ):
            return True  # "wounded or sick prisoners": two adjectives of the same noun
        if norm in ("and", "of", "more", "still"):
            return False
        return (
            lx.PEOPLE.match(self.tokens, j, self.last) is not None
            or self.party_at(j) is not None
            or norm in lx.PEOPLE_MODIFIERS
            or norm in lx.WOUNDED_MODIFIERS
            or norm in lx.REMAINS_MODIFIERS
        )

    def _after_noun(self, end: int) -> int:
        """Extend the noun phrase over "'s bodies" and "of the Armed Forces of Ukraine"."""
        tokens = self.tokens
        if (
            end + 1 < self.last
            and tokens[end].text in ("'", "’")
            and tokens[end].gap == 0
            and tokens[end + 1].norm in ("bodies", "remains")
        ):
            return end + 2
        return end

    def _wounded_relative(self, end: int) -> bool:
        """Whether a "who" clause after the noun says its people were wounded.

        "22 Russian soldiers who were, in the words of the readout, "seriously wounded"":
        the clause gives the kind an adjective before the noun would ("22 seriously
        wounded soldiers"); so does "who were severely ill", gravely sick people being
        repatriated with the wounded. Only the clause's own predicate counts: an aside between
        commas, quotation marks and adverbs are passed over; any other word ("who were
        not wounded", "who were captured") ends the search.
        """
        if self.norm_at[end] != "who":
            return False
        i = end + 1
        if self.norm_at[i] in ("had", "have") and self.norm_at[i + 1] == "been":
            i += 2
        elif self.norm_at[i] in ("were", "are", "was"):
            i += 1
        else:
            return False
        limit = min(self.last, i + 16)
        while i < limit:
            word = self.norm_at[i]
            if word in lx.WOUNDED_WORDS:
                return True
            if (
                word in _ILL
                and self.norm_at[i - 1] in _GRAVELY
                and self.norm_at[i + 1] not in ("-", "\u2010", "\u2011")
            ):
                return True  # "nine men who were severely ill": the sick go with the wounded
            if word == ",":
                close = next((j for j in range(i + 1, limit) if self.norm_at[j] == ","), None)
                if close is None:
                    return False
                i = close + 1  # "who were, he said, seriously wounded": the aside
                continue
            if word in lx.QUOTE_MARKS or word in lx.WOUNDED_MODIFIERS or word == "all":
                i += 1
                continue
            return False
        return False

    def _origin(self, end: int) -> tuple[int, str] | None:
        """``(end, party)`` of "of the Armed Forces of Ukraine" or "of the Kursk region"."""
        if self.norm_at[end] != "of":
            return None
        i = self.skip_articles(end + 1)
        party = self.party_at(i) if i < self.last else None
        if party is not None:
            return party
        region = lx.REGIONS.get(self.norm_at[i])
        if region is None:
            return None
        i += 1
        if self.norm_at[i] in _BORDER_WORDS and self.norm_at[i + 1] in _ORIGIN_PLACES:
            i += 1  # "of the Kursk border area": the region's strip along the border
        if self.norm_at[i] in _ORIGIN_PLACES:
            i += 1
        if self.norm_at[i] == "of":
            # "of the Kursk region of the Russian Federation": the country the region is in
            country = self.party_at(self.skip_articles(i + 1))
            if country is not None and country[1] == region:
                return country[0], region
        return i, region

    def _per_side(self, end: int) -> bool:
        for i in range(end, min(self.last, end + 2)):
            found = lx.PER_SIDE.match(self.tokens, i, self.last)
            if found is not None:
                if i > end and self._opens_sides_clause(end, i):
                    return False  # "18 wounded while each side freed 140": that clause's
                # "each time", "on each occasion": a series, not a figure per side
                # ("each month" too: one figure a month, however many sides)
                if self.norm_at[found[0]] == "of":
                    return self._each_of_sides(found[0])
                if found[0] == i + 1 and each_over_listed_dates(self.norm, self.dates(), i):
                    return False
                return self.norm_at[found[0]] not in _SERIES_UNITS | {"times", "occasions"}
        return False

    def _opens_sides_clause(self, opener: int, at: int) -> bool:
        """Whether the word at ``opener`` opens a clause whose subject is the sides word at ``at``.

        "Kyiv handed over 18 wounded Russians while (as, when, and) each side freed 140":
        a conjunction, not a preposition ("95 prisoners from each side returned"), stands
        between the group and a sides word that a verb of moving follows.
        """
        return self.norm_at[opener] in _SIDES_CLAUSE_OPENERS and sides_subject_at(
            self.norm, self.tokens, at, self.last, self.transfers()
        )

    def _each_of_sides(self, of: int) -> bool:
        """Whether "each of" at ``of`` shares a figure out over the sides, not over a set.

        "1,000 bodies in each of July, August and September" is a figure per
        month; only "each of the two sides" or "each of them" counts per side.
        """
        return any(
            self.norm_at[j] in lx.EACH_OF_SIDES for j in range(of + 1, min(self.last, of + 5))
        )

    def _per_side_before(self, a: int) -> bool:
        # "each time involving 1,200 bodies" is a series of exchanges, not a figure per side
        a = self._list_start(a)
        return any(
            self.norm_at[i] == "each"
            and self.norm_at[i + 1] not in _SERIES_UNITS
            and not self._each_event(i)
            and not self._each_of_listed_events(i)
            # "390 on each side, 270 soldiers and ...": the phrase closed before, the figure
            # before it was per side
            and "," not in self.norms[i - self.first : a - self.first]
            for i in range(max(self.first, a - 3), a)
        )

    def _each_of_listed_events(self, i: int) -> bool:
        """Whether "each of" at ``i`` sizes events dated by a list of months just before.

        "two more handovers followed, in July and August, each of about 1,000 bodies":
        the figure is every handover's, not every side's.
        """
        if self.norm_at[i + 1] != "of" or self.norm_at[i - 1] != ",":
            return False
        j = i - 2
        while j > max(self.first, i - 16) and (
            self.norm_at[j] in lx.MONTHS or self.norm_at[j] in _BETWEEN_EVENTS_AND_MONTHS
        ):
            j -= 1
        return self.norm_at[j] in _EVENT_NOUNS and any(
            self.norm_at[k] in lx.MONTHS for k in range(j + 1, i)
        )

    def _list_start(self, a: int) -> int:
        """Where the list of bare numbers that ends with the figure at ``a`` begins.

        "the sides each returned 60, 75 and 90 prisoners": the "each" before the first
        number is every listed number's.
        """
        i = a
        floor = max(self.first, a - 12)  # a list of a few numbers, not a table
        while i - 2 > floor and self.norm_at[i - 1] in (",", "and"):
            step = 3 if self.norm_at[i - 1] == "and" and self.norm_at[i - 2] == "," else 2
            if self.tokens[i - step].kind != NUM:
                break  # ", and 90": the serial comma
            i -= step
            while i > floor and self.tokens[i - 1].kind == NUM:
                i -= 1
        return i

    def _each_event(self, i: int) -> bool:
        """Whether "each" at ``i`` counts exchanges, not sides.

        "each exchange brought back 50", "in exchanges that each involved about 20",
        "three handovers each returned 80": the figure is every event's, one way.
        """
        if self.norm_at[i + 1] in _EVENT_NOUNS:
            return True
        before = i - 1
        if self.norm_at[before] in ("that", "which"):
            before -= 1
        return self.norm_at[before] in _EVENT_NOUNS

    # parties, speakers, verbs ----------------------------------------------------

    def sources_and_parties(self) -> tuple[list[SourceMention], list[PartyMention]]:
        sources: list[SourceMention] = []
        parties: list[PartyMention] = []
        tokens = self.tokens
        may_start = self.lexicon.speaker_starts
        if self.norm_set.isdisjoint(may_start):
            return sources, parties
        misspelt = lx.MISSPELT_SOURCES
        office_starts = self.lexicon.office_starts
        first = self.first
        # Only where a speaker or party may start, or a name is misspelt, can one begin.
        opening = self.norm_set & may_start | self.norm_set & _MISSPELT_WORDS
        candidates = self.words.positions(opening)
        i = first  # the first token not yet read into a mention
        for k in candidates:
            if k < i:
                continue  # inside a mention already read
            i = k
            norm = self.norms[k - first]
            if norm not in may_start:  # a misspelt name
                if tokens[i].text[:1].isupper():  # "President Zelenksy said"
                    slip = misspelt[norm]
                    sources.append(SourceMention(i, i + 1, slip, ()))
                    if slip.party is not None:
                        parties.append(PartyMention(i, i + 1, slip.party, ACTOR, True))
                i += 1
                continue
            named = lx.NAMED_SOURCES.match(tokens, i, self.last)
            if named is None and norm == "the":
                # "The Ministry of Defence of the Russian Federation said": the full name,
                # not "the ministry" pointing back
                named = lx.NAMED_SOURCES.match(tokens, i + 1, self.last)
                if named is not None:
                    i += 1  # the name starts after "the"
            if named is not None:
                end, entry = named
                sources.append(SourceMention(i, end, entry, ()))
                if entry.party is not None:
                    role = MEDIATOR if entry.party in MEDIATOR_CODES else ACTOR
                    parties.append(PartyMention(i, end, entry.party, role, True))
                mediating = lx.MEDIATING_SOURCES.get(entry.name)
                if mediating is not None:
                    parties.append(PartyMention(i, end, mediating, MEDIATOR, True))
                i = end
                continue
            styled = self._styled_party_at(i + 1) if norm == "the" else None
            if styled is not None:
                # "the Kingdom's mediation" after Saudi Arabia was named: that state
                end, code = styled
                parties.append(
                    PartyMention(i + 1, end, code, self._party_role(i + 1, end, code), True)
                )
                i = end
                continue
            if norm == "the" and parties and self._the_country(i):
                # "On the Russian side, the country's human rights commissioner said":
                # the office of the party just named
                party, office = None, self._office(i + 2, (i + 2, parties[-1].code))
            elif (
                norm == "the"
                and office_starts is not None
                and self.norm_at[i + 1] not in office_starts
            ):
                # No party or office opens at "the" itself or at the word after it.
                party, office = None, None
            else:
                party = self.party_at(i)
                office = self._office(i, party)
                if office is None and party is None and norm == "the":
                    # "The Russian Ministry of Defence said": the office, not "the ministry"
                    office = self._office(i + 1, self.party_at(i + 1))

            if office is not None:
                end, entry = office
                sources.append(SourceMention(i, end, entry, ()))
                if entry.party is not None:
                    role = MEDIATOR if entry.party in MEDIATOR_CODES else ACTOR
                    parties.append(PartyMention(i, end, entry.party, role, True))
                i = end
                continue
            if (
                party is not None
                and self.norm_at[i - 1] in ("my", "his", "her", "your")
                and self.tokens[party[0] - 1].norm in _ADJECTIVES
            ):
                # "with my Ukrainian colleague": a person's nationality, neither a side that
                # acts nor the people moved
                i = party[0]
                continue
            if party is not None and self._language_translated(i):
                i = party[0]  # "(translated from Russian)": a language, no side
                continue
            if party is not None:
                end, code = party
                noun = self.tokens[end - 1].norm not in _ADJECTIVES
                parties.append(PartyMention(i, end, code, self._party_role(i, end, code), noun))
                i = end
                continue
            anaphor = lx.ANAPHORS.match(tokens, i, self.last)
            if anaphor is not None and not (
                self.norm_at[anaphor[0] - 2] in lx.ADJECTIVE_SIDES
                and self.norm_at[anaphor[0]] in ("of", "for")
            ):
                # "the Ukrainian ministry for reintegration ...": a side's title goes on, so
                # the words name that ministry, not the one named before
                end, roles = anaphor
                sources.append(SourceMention(i, end, None, roles))
                i = end
                continue
            i += 1
        return sources, parties

    def _language_translated(self, at: int) -> bool:
        """Whether the word at ``at`` names the language a text was translated from.

        "(translated from Russian)", "translation from the Ukrainian": a note on the
        text, which names no side that acts or whose people are moved.
        """
        back = at - 1 - (self.norm_at[at - 1] == "the")
        return self.norm_at[back] == "from" and self.norm_at[back - 1] in (
            "translated",
            "translation",
        )

    def _reduced_relative(self, at: int) -> bool:
        """Whether the verb at ``at`` opens a reduced relative that a copula follows.

        "The Ukrainians handed over were 51 servicemen and 33 civilians": the verb
        describes the people, and "were" is the clause's own verb.
        """
        j = at + 1
        while j < min(self.last, at + 3) and self.norm_at[j] in ("over", "back", "home", "out"):
            j += 1
        return self.norm_at[j] in ("were", "are", "was", "is", "comprised", "included", "include")

    def _the_country(self, i: int) -> bool:
        """Whether "the country's" or "the nation's" stands at ``i``, pointing to a party."""
        return self.norm_at[i + 1] in ("country", "nation") and self.tokens[i + 1].poss

    def _party_role(self, i: int, end: int, code: str) -> str:
        if code in MEDIATOR_CODES:
            return MEDIATOR
        norm = self.tokens[end - 1].norm
        if norm in _DEMONYMS:
            if (
                end - i == 1
                and self.norm_at[i - 1] == "the"
                and self.norm_at[i - 2] not in ("of", "among")
                and self.norm_at[end] in _SIDE_VERBS
                and not self._reduced_relative(end)
            ):
                # "Kyiv said the Russians had got back 110 people": with "the", no figure and
                # a verb of its own, the nationality names the side, which acts ("the
                # Ukrainians freed were ..." are people)
                return ACTOR
            return NATIONALITY
        if norm in _ADJECTIVES and not self.tokens[end - 1].poss:
            j = end
            while j < min(self.last, end + 3):
                if lx.PEOPLE.match(self.tokens, j, self.last) is not None:
                    return NATIONALITY
                if self.norm_at[j] not in lx.WOUNDED_MODIFIERS | {"and", "foreign", "military"}:
                    break
                j += 1
        return ACTOR

    def _office(self, i: int, party: tuple[int, str] | None) -> tuple[int, SourceEntry] | None:
        """A party's office: "Russia's defence ministry", "officials in Kyiv", "UK intelligence".

        ``party`` is :meth:`party_at` of ``i``, which the caller has already looked up.
        """
        tokens = self.tokens
        code: str | None = None
        name = ""
        j = i
        if party is not None:
            j, code = party
            name = code
        elif self.norm_at[i] in lx.NON_PARTY_SPEAKERS and tokens[i].text[0].isupper():
            code, j = lx.NON_PARTY_SPEAKERS[self.norm_at[i]], i + 1
        if code is not None:
            if self.norm_at[j] == "-" and self.norm_at[j + 1] in _INSTALLED:
                j += 2  # "Russian-installed officials": the side's own officials
            institution = lx.INSTITUTIONS.match(tokens, j, self.last)
            if institution is None:
                return self._field_commissioner(j, code, name)
            end, kind = institution
            if self.norm_at[end] in lx.LOSS_HEADS and not tokens[end - 1].poss:
                return None  # "Russian military deaths, the officials said": whose losses
            if self._other_commissioner(end, kind):
                return None
            # "Ukrainian President Volodymyr Zelensky": the named person is the speaker.
            named = lx.NAMED_SOURCES.match(tokens, end, self.last)
            if named is not None:
                return named[0], named[1]
            return end, lx.office(code, self._party_name(code, name), kind)
        start = i
        if self.norm_at[i] == "the":
            start = i + 1
        institution = lx.INSTITUTIONS.match(tokens, start, self.last)
        if institution is None or self.norm_at[institution[0]] != "in":
            return None
        end, kind = institution
        party = self.party_at(end + 1)
        if party is None:
            return None
        p_end, code = party
        return p_end, lx.office(code, self._party_name(code, code), kind)

    def _field_commissioner(self, at: int, code: str, name: str) -> tuple[int, SourceEntry] | None:
        """A side's commissioner for a field named before the title, as that side's speaker.

        "the Ukrainian children's rights commissioner said": an office of the side (not
        its human rights ombudsman), so the side's government speaks; a name after the
        title is the speaker itself ("Russian children's rights commissioner Maria ...").
        """
        if self.tokens[at - 1].poss:
            return None  # "Russia's children's rights commissioner": a title read as said
        for k in range(at + 1, min(self.last, at + 4)):
            if self.norm_at[k] != "commissioner":
                continue
            if not all(
                self.tokens[i].kind == WORD and self.tokens[i].text.islower() for i in range(at, k)
            ):
                return None
            named = lx.NAMED_SOURCES.match(self.tokens, k + 1, self.last)
            if named is not None:
                return named[0], named[1]
            return k + 1, lx.government(code, self._party_name(code, name))
        return None

    def _other_commissioner(self, end: int, kind: lx.Institution) -> bool:
        """Whether "commissioner for persons missing" names an office other than the ombudsman."""
        return (
            kind.key == "ombudsman"
            and self.norm_at[end - 1] == "commissioner"
            and self.norm_at[end] == "for"
            and self.norm_at[end + 1] != "human"
        )

    def _party_name(self, code: str, fallback: str) -> str:
        return lx.PARTY_NAMES.get(code, fallback)

    def transfers(self) -> list[TransferWord]:
        """Every verb or noun of handing over, in any inflection, with what its verb group says.

        A verb is done unless its verb group makes it a plan, a hypothesis or a
        denial ("agreed to exchange", "will return", "was not handed over"); a
        noun is done unless an adjective of planning stands just before it
        ("the planned exchange").
        """
        found: list[TransferWord] = []
        tokens = self.tokens
        firsts = _TRANSFER_FIRSTS
        if self.norm_set.isdisjoint(firsts):
            return found
        norms = self._months_not_modals()
        # whether the sentence says how often ("each time"): None when no cue stands in it
        often = None if self.norm_set.isdisjoint(_HABIT_CUES) else self._says_how_often()
        # Only where a word of handing over may start can one begin.
        candidates = positions_of(firsts, norms, self.first)
        i = self.first  # the first token not yet read into a mention
        for at in candidates:
            if at < i:
                continue  # inside a word read already, or the word after "in return"
            i = at
            if tokens[i].norm == "in" and self.norm_at[i + 1] in ("return", "exchange", "turn"):
                i += 2  # "in return", "in exchange for": the other direction, not a verb
                continue
            match = _lemmas.TRANSFER_MATCHER.match(tokens, i, self.last)
            if match is None:
                match = self._split_particle(i) or self._passed_object(i) or self._given_to(i)
                match = match or self._given_in_return(i)
            if match is None:
                match = self._had_back(i) or self._added_to_swap(i, found) or self._turn_of(i)
            if match is None:
                continue
            end, move = match
            if self.norm_at[end - 1] == "to" and self._amounts_to(end):
                i = end  # "the losses came to 410 servicemen": an amount, not a destination
                continue
            if self._count_arrived_at(i, end):
                i = end  # "we arrive at 2,689 returned": a count reached, no one arriving
                continue
            if self._releases_media(end):
                i = end  # "released a video showing 2 captured soldiers": no one handed over
                continue
            if self._released_record(i):
                i = end  # "Kyiv's own figure, released in February, was 101 dead": a statistic
                continue
            if self._record_handed(i):
                i = end  # "a list of 1,000 names handed to Moscow, including 300": a document
                continue
            if self._body_aim(i):
                i = end  # "a programme for returning children": what a body is for
                continue
            if self.norm_at[end] == "about" and self.norm_at[end + 1] in ("the", "a"):
                i = end  # "brought about the release of 300": a cause, the noun moves them
                continue
            if self.norm_at[end] == "down":
                i = end  # "the plane was brought down", "handed down sentences": no handover
                continue
            done = verb_group(norms, i - self.first).done and not any(
                self.norm_at[k] in _PLANNED
                and not (self.norm_at[k] in _AGREED and self.norm_at[k - 1] in ("a", "an", "the"))
                # "possible to return": the verb group reads the adjective's tense
                and not (self.norm_at[k] == "possible" and self.norm_at[k + 1] == "to")
                for k in range(max(self.first, self._deal_modifiers_start(i) - 2), i)
            )
            done = done and not self._planned_causer(i) and not self._asked_for(i)
            done = done and not self._put_forward_to_a_side(i)
            done = done and not self._carried_out_in_plan(norms, i)
            done = done and not self._planned_behind_figures(i)
            done = done and not self._plan_before_colon(i)
            done = done and not self._supposed_object(i)
            done = done and not self._yes_no_question(i)
            done = done and not self._in_condition(i)
            done = done and not self._scare_quoted(i, end)
            done = done and not self._progressive_in_plan(i, end)
            done = done and not (often is not None and self._habitual(i, move, often))
            done = done and not (found and self._joined_to_plan(found[-1], i))
            done = done and not self._absolute_in_plan(norms, i)
            found.append(TransferWord(i, end, move, done))
            i = end
        resumed = self._event_resumed(found)
        return found if resumed is None else sorted([*found, resumed])

    def _event_resumed(self, found: list[TransferWord]) -> TransferWord | None:
        """The clause "it (eventually) took place" after a semicolon, when "it" is the swap.

        "a handover of remains was put off; it took place on 28 August, with 1,000 bodies
        going to Ukraine": the pronoun opening the clause after the semicolon points back
        to the one noun of a swap before it, and the verb says that swap happened. Only a
        past verb of happening counts; "it will take place" is still a plan. "It" is not
        the swap when the clause says the swap was cancelled or brings in an event of
        its own after it ("after a missile strike"), and a plan word after the verb ("with
        1,000 bodies expected to go") leaves the figures of the with-clause a plan.
        """
        nouns = [t for t in found if self.norm_at[t.first] in _ONE_EVENT]
        if len(nouns) != 1:
            return None
        for p in range(nouns[0].last, self.last - 2):
            if self.norm_at[p] != ";":
                continue
            if self.norm_at[p + 1] != "it" or self._not_the_swap(nouns[0].last, p):
                return None
            verb = p + 2 + (self.norm_at[p + 2] in _AT_LAST)
            if self.norm_at[verb] == "happened":
                end = verb + 1
            elif (self.norm_at[verb], self.norm_at[verb + 1]) in (
                ("took", "place"),
                ("went", "ahead"),
            ):
                end = verb + 2
            else:
                return None
            if self._plan_in_first_conjunct(end):
                return None
            return TransferWord(p + 1, end, Move.EVENT, True)
        return None

    def _plan_in_first_conjunct(self, start: int) -> bool:
        """Whether a plan word stands from ``start`` to the clause's first "and".

        "it took place, with 500 bodies expected to go to Ukraine and 12 to Russia": the
        plan governs the participle every figure of the with-clause shares, so nothing is
        done; in "with 1,000 bodies going to Ukraine and 24 expected to go to Russia" the
        plan is the second figure's own, which the figure's reading refuses alone. The
        month "May" of a date is no modal.
        """
        dates = self.dates()
        for i in range(start, self.last):
            if self.norm_at[i] == "and" or self.norm_at[i] in _SENTENCE_ENDS:
                return False
            if self.norm_at[i] in _ABSOLUTE_PLANS and not any(d.first <= i < d.last for d in dates):
                return True
        return False

    def _not_the_swap(self, start: int, stop: int) -> bool:
        """Whether the clause from ``start`` to ``stop`` leaves "it" other than the swap.

        "The swap was cancelled ...", "... called off": the swap never happened; "... after
        a missile strike": an event of its own brought in after the swap may be what "it"
        is ("delayed by a week" brings in none).
        """
        for i in range(start, stop):
            word = self.norm_at[i]
            if lx.calls_off(self.norm, i):
                return True
            if word in ("a", "an") and self.norm_at[i - 1] in _EVENT_PREPOSITIONS:
                return True
        return False

    def _absolute_in_plan(self, norms: Sequence[str], i: int) -> bool:
        """Whether the participle at ``i`` opens an absolute "with" clause hung on a plan.

        "The swap will take place on Sunday, with 390 people going each way": the
        participle has no tense of its own, so it is as much a plan as the clause before
        its comma ("took place on Friday, with 390 going each way" is done).
        """
        if not self.norm_at[i].endswith("ing"):
            return False
        opener = next(
            (j for j in range(i - 1, max(self.first, i - _ABSOLUTE_REACH) - 1, -1)
             if self.norm_at[j] in ("with", ",", ";", ":")),
            None,
        )  # fmt: skip
        if opener is None or self.norm_at[opener] != "with" or self.norm_at[opener - 1] != ",":
            return False
        start = opener - 1
        while start > self.first and self.norm_at[start - 1] not in (";", ":"):
            start -= 1
        words = norms[start - self.first : opener - 1 - self.first]
        planned = [
            k
            for k, word in enumerate(words)
            # "the swap, to be carried out on Sunday, with ...": a timetable's infinitive
            if word in _ABSOLUTE_PLANS or (word == "to" and words[k + 1 : k + 2] == ["be"])
        ]
        # "The swap, which officials said would be the largest, took place on Friday,
        # with ...": a past verb of happening after the modal is the clause's own
        return bool(planned) and lx.HAPPENED_PAST.isdisjoint(words[planned[-1] :])

    def _joined_to_plan(self, previous: TransferWord, i: int) -> bool:
        """Whether the noun at ``i`` is joined by "and" to a planned noun of handing over.

        "The memorandum foresees the exchange of all wounded prisoners, and the return
        of 6,000 bodies": the second noun phrase is the same verb's object, so as much
        a plan as the first; so with "as well as the return of", and with the preposition
        said again: "an agreement on the swap of the wounded and on the return of 6,000".
        """
        if previous.done or self.norm_at[i - 1] not in _NOUN_DETERMINERS:
            return False
        joined = self.norm_at[i - 2] in ("and", "plus") or (
            [self.norm_at[k] for k in range(i - 4, i - 1)] == ["as", "well", "as"]
        )
        if not joined and self.norm_at[i - 3] in ("and", "plus"):
            # "on the exchange of ... and on the return of": the same preposition both times
            joined = (
                self.norm_at[i - 2] in ("on", "for")
                and self.norm_at[previous.first - 2] == (self.norm_at[i - 2])
            )
        if not joined or self.norm_at[previous.first - 1] not in (_NOUN_DETERMINERS | _PLANNED):
            return False
        return not any(self.norm_at[k] in _SENTENCE_ENDS for k in range(previous.last, i))

    def _planned_causer(self, i: int) -> bool:
        """Whether the verb at ``i`` is the bare infinitive under a planned "see"/"let".

        "The deal will see 1,000 people go each way", "would let 300 soldiers
        return", "would have seen 50 freed": the verb's own group looks done, but the
        clause it hangs on is a plan or a counterfactual.
        """
        if self.norm_set.isdisjoint(_CAUSERS):
            return False  # most sentences: no verb to cause the move
        for k in range(i - 1, max(self.first, i - 8) - 1, -1):
            word = self.norm_at[k]
            if word in (",", ";", ":", "and", "but", "which", "who", "that"):
                return False
            if word in ("see", "let", "allow"):
                return not verb_group(self.norms, k - self.first).done
            if word in ("seen", "let", "allowed") and self.norm_at[k - 1] == "have":
                # "a deal that would have seen 300 captives released": a counterfactual
                return self.norm_at[k - 2] in ("would", "could", "might", "should")
        return False

    def _supposed_object(self, i: int) -> bool:
        """Whether the noun of handing over at ``i`` is the object of a modal verb.

        "that would mean the return of 8,000", "it could bring an exchange of 500",
        "would have meant the release of 300": an outcome supposed or foreseen, not a
        handover that took place.
        """
        if self.norm_at[i - 1] not in _NOUN_DETERMINERS:
            return False  # a verb: its own verb group says whether it is done
        for k in range(i - 2, max(self.first, i - 7) - 1, -1):
            word = self.norm_at[k]
            if word in _SUPPOSING:
                return True
            if word in (",", ";", ":", "and", "but", "which", "who", "that", "after", "since"):
                return False
        return False

    def _asked_for(self, i: int) -> bool:
        """Whether the word of handing over at ``i`` is something asked for or provided for.

        "called for the release of 300", "the deal provides for the return of 1,000",
        "counting on the return of", "demanded that Ukraine hand over 600": a demand, a
        hope or a term of a deal, not a handover. A size "N for N" before the noun is part
        of it ("agreed on a 500-for-500 swap"), and a day between a verb and its "on" is
        its adverb ("agreed on Friday on a 300-for-300 swap").
        """
        head = self._figures_set_before(i)
        for k in range(head - 1, max(self.first, head - 6) - 1, -1):
            word = self.norm_at[k]
            if word in (",", ";", ":", ".", "and", "but", "which", "who"):
                return False
            if word in _ASKING and k > self.first:
                if word != "that" and k < head - 3:
                    return False  # the preposition too far from the noun to govern it
                before = self.norm_at[k - 1]
                if word == "on" and before in lx.WEEKDAYS and self.norm_at[k - 2] in _DAY_OPENERS:
                    k -= 2
                    before = self.norm_at[k - 1]
                elif word == "on" and (self.norm_at[k - 2], before) == ("in", "principle"):
                    # "agreed in principle on a 310-for-310 exchange": the verb's own adverb
                    k -= 2
                    before = self.norm_at[k - 1]
                return before in _ASKING[word] or (
                    word == "on"
                    and self._passive_agreement_reached(k - 1)
                    and self._sized_in_phrase(k, i)
                )
        return False

    def _sized_in_phrase(self, on: int, noun: int) -> bool:
        """Whether a number sizes the noun of handing over at ``noun`` inside its "on" phrase.

        "A deal was struck on the exchange of 1,000 for 1,000" gives the deal's terms;
        "once a deal was struck on the exchange, 390 came home" names what the deal was
        about and leaves the swap told after it done. The phrase runs on through its
        terms ("on the formula of 1,000 for 1,000") to a mark or a clause word. Any number
        or day named in it keeps the reading of terms: the deal's day ("on the swap on
        Tuesday, 250 came home") would be taken for the swap's, and a miss beats a wrong date.
        """
        for k in range(on + 1, min(self.last, noun + 9)):
            word = self.norm_at[k]
            if k > noun and word in _PHRASE_ENDS:
                return False
            if self._number_at(k) or word in lx.WEEKDAYS or word in lx.MONTHS:
                return True
        return False

    def _passive_agreement_reached(self, verb: int) -> bool:
        """Whether the word at ``verb`` ends a deal made in the passive: "agreement was reached".

        "An agreement was reached on the exchange of 1,000 for 1,000" gives a deal's terms,
        as "agreed on an exchange" does; the active "the sides reached ..." keeps its noun
        before "on" and is read by the list of nouns of agreeing.
        """
        if self.norm_at[verb] not in _REACHED_DEAL or self.norm_at[verb - 1] not in (
            "was",
            "were",
            "been",
        ):
            return False
        return any(
            self.norm_at[k] in lx.AGREEMENT_NOUNS | _UNDERSTANDINGS
            for k in range(max(self.first, verb - 5), verb - 1)
        )

    def _habitual(self, i: int, move: Move, often: bool) -> bool:
        """Whether the verb of handing over at ``i`` tells what usually happens, not an event.

        "Russia usually gets back a few dozen", "Every few weeks a train brings hundreds
        of bodies", "Moscow receives far fewer, a few dozen each time": a frequency
        adverb in the verb group, or a present-tense verb in a sentence that says how
        often (``often``), gives a rate, not a handover or a total.
        """
        if any(self.norm_at[k] in lx.FREQUENCY_ADVERBS for k in range(max(self.first, i - 2), i)):
            return True
        if often and self._whenever_told(i):
            return True
        return (
            often
            and move in (Move.SEND, Move.RECEIVE)  # not "the swaps continued": a plural noun
            and _lemmas.is_present_form(self.norm_at[i])
            and self.norm_at[i - 1] not in _NOT_SUBJECTS  # not "has returned", "the returns"
        )

    def _whenever_told(self, i: int) -> bool:
        """Whether the verb at ``i`` is what a clause of "every time they say" reports.

        "Every time they say a thousand bodies came back, I think of him": the handover
        is whatever any report says, again and again, not one event; a present verb of
        saying after "every time", "each time" or "whenever" makes the frame habitual.
        "Each time, officials said, 900 came back" tells past handovers and is read; so
        does a clause after a colon or semicolon, past the frame's own clause ("each time
        the ministry reports, the figures differ: on Friday 84 came home").
        """
        clause = self.first
        for k in range(self.first, i):
            if self.norm_at[k] in (":", ";"):
                clause = k + 1
        for k in range(clause, i - 2):
            word = self.norm_at[k]
            opens = word == "whenever" or (
                word in ("every", "each") and self.norm_at[k + 1] == "time"
            )
            if not opens or (k > self.first and self.norm_at[k - 1].isalnum()):
                continue
            # the saying is the frame's own verb, right after its subject: "every time
            # they say", "whenever the news reports"; not a later aside ("each time,
            # 1,000 bodies, the headquarters reports")
            start = k + 1 + (word != "whenever")
            for j in range(start, min(i, start + _WHENEVER_SUBJECT + 1)):
                said = self.norm_at[j]
                if not said.isalpha():
                    break
                if said in lx.SPEECH and not said.endswith(("ed", "ing")):
                    return j > start and said not in _PAST_SPEECH
            return False
        return False

    def _says_how_often(self) -> bool:
        """Whether the sentence says how often: "usually", "each time", "once a month"."""
        return any(
            self.norm_at[k] in lx.FREQUENCY_ADVERBS
            or (self.norm_at[k] in _HABIT_QUANTIFIERS and self.norm_at[k + 1] in lx.OCCASION_NOUNS)
            for k in range(self.first, self.last)
        )

    def _in_condition(self, i: int) -> bool:
        """Whether the word of handing over at ``i`` is the verb of an "if" or "whether" clause.

        "Moscow said it would free 30 more if Kyiv freed 30 too", "it is unclear whether
        Russia freed 30": a condition or an open question asserts no handover, whatever
        its tense. The walk back starts at the verb group's subject (the letting verb's,
        for "if Moscow allowed 45 to go home") and crosses the subject's own "and"
        ("if Russia and Belarus freed"); a comma, a semicolon or a new clause ends it.
        """
        start = self._group_start(i)
        if self.norm_at[start - 1] == "to":
            for j in range(start - 2, max(self.first, start - 2 - _OBJECT_REACH) - 1, -1):
                if self.norm_at[j] in _HELPED_OBJECT:
                    start = self._group_start(j)
                    break
        subject_end = start - 1
        for k in range(subject_end, max(self.first, subject_end - _CONDITION_REACH_BACK) - 1, -1):
            word = self.norm_at[k]
            if word in lx.CONDITION_OPENERS:
                return True
            if word == "and" and k < subject_end:
                continue  # "Russia and Belarus": the "and" of a compound subject
            if word in (",", ";", ":", "and", "but", "that", "who", "which"):
                return False
        return False

    def _group_start(self, verb: int) -> int:
        """The first word of the verb group ending at ``verb``: "had not" in "had not freed"."""
        k = verb
        while k - 1 >= self.first and self.norm_at[k - 1] in _GROUP_WORDS:
            k -= 1
        return k

    def _yes_no_question(self, i: int) -> bool:
        """Whether the word of handing over at ``i`` is asked about in a yes-no question.

        "FACT CHECK: Did Russia return 6,000 bodies in one day?", "Has Kyiv freed 300
        soldiers?": the question asserts nothing; a wh-question ("Why did Russia release
        90?") takes the handover as given and is read.
        """
        if "?" not in self.norm_set:
            return False
        reach = range(i, min(self.last, i + _QUESTION_REACH))
        end = next((k for k in reach if self.norm_at[k] in _SENTENCE_ENDS), None)
        if end is None or self.norm_at[end] != "?":
            return False
        start = i - 1
        while start >= max(self.first, i - _QUESTION_REACH) and (
            self.norm_at[start] not in _QUESTION_OPENERS
        ):
            start -= 1
        return self.norm_at[start + 1] in _INVERTED

    def _body_aim(self, i: int) -> bool:
        """Whether the word of handing over at ``i`` names what a body is for.

        "Ukraine's programme for returning children", "an initiative for the return of
        the deported": the words describe the programme, and hand no one over, so
        they must not give the figures after them a way; so does an aim coordinated
        with another ("a centre for the search and release of detained persons").
        """
        k = i - 1
        if self.norm_at[k] == "and" and self.norm_at[k - 1].isalpha():
            k -= 2  # "for the search and release of": the aim named second
        k -= self.norm_at[k] == "the"
        return self.norm_at[k] == "for" and self.norm_at[k - 1] in _AIMS

    def _put_forward_to_a_side(self, i: int) -> bool:
        """Whether the noun of handing over at ``i`` is what a side was offered.

        "Moscow had offered Kyiv an exchange of 1,000 people", "Russia proposed to the
        Ukrainian side a swap of 500": a verb of putting forward with the side it went to
        between it and the noun makes the exchange a proposal, not a handover done.
        """
        if self.norm_at[i] not in lx.EXCHANGE_NOUNS:
            return False
        det = i - 1
        while det > i - 3 and self.norm_at[det] in _DEAL_MODIFIERS:
            det -= 1  # "a new prisoner exchange"
        if self.norm_at[det] not in ("a", "an", "the"):
            return False
        k = det - 1
        stop = max(self.first, k - _RECIPIENT_REACH)
        while k > stop and (
            self.tokens[k].text[:1].isupper() or self.norm_at[k] in _RECIPIENT_WORDS
        ):
            k -= 1
        return k < det - 1 and self.norm_at[k] in _PUTTING_FORWARD

    def _carried_out_in_plan(self, norms: Sequence[str], i: int) -> bool:
        """Whether the noun of exchanging at ``i`` is the object of a verb of carrying out
        that is itself a plan.

        "Moscow was ready to carry out an exchange of 500 for 500", "Kyiv plans to conduct
        a swap": the exchange is what the verb would do, and the verb is not done, so
        neither is the exchange. "Moscow carried out an exchange of 500" stays done.
        """
        if self.norm_at[i] not in lx.EXCHANGE_NOUNS:
            return False
        k = self._deal_modifiers_start(i) - 1
        if self.norm_at[k] not in _NOUN_DETERMINERS:
            return False
        verb = k - 1
        if self.norm_at[verb] == "out" and self.norm_at[verb - 1] in _CARRYING:
            verb -= 1
        elif self.norm_at[verb] not in _CONDUCTING:
            return False
        return verb > self.first and not verb_group(norms, verb - self.first).done

    def _deal_modifiers_start(self, i: int) -> int:
        """Where the adjectives before the exchange noun at ``i`` start, or ``i``.

        "proposed a separate exchange", "offered a larger prisoner swap": the noun's own
        adjectives stand between the determiner and the noun, and the word of planning
        before the determiner still governs it.
        """
        if self.norm_at[i] not in lx.EXCHANGE_NOUNS:
            return i
        k = i
        while k > max(self.first, i - 3) and self.norm_at[k - 1] in _DEAL_MODIFIERS:
            k -= 1
        return k

    def _plan_before_colon(self, i: int) -> bool:
        """Whether the noun of exchanging at ``i`` opens what a plan before a colon holds.

        "Moscow answered with a plan of its own: a swap of 1,200 for 1,200 by August":
        the swap after the colon is the plan's content, proposed and not yet done.
        A definite swap after it ("a plan: the swap went ahead") is told as done.
        """
        if self.norm_at[i] not in lx.EXCHANGE_NOUNS:
            return False
        k = self._deal_modifiers_start(i) - 1
        k -= self.norm_at[k] in ("a", "an")  # "a plan: the swap ... went ahead" is told done
        if self.norm_at[k] != ":":
            return False
        k -= 1
        if self.norm_at[k] == "own" and self.norm_at[k - 1] in ("its", "their"):
            k -= 3 if self.norm_at[k - 2] == "of" else 2  # "a plan of its own:"
        return k >= self.first and self.norm_at[k] in _PLAN_NOUNS

    def _planned_behind_figures(self, i: int) -> bool:
        """Whether a verb of planning governs the noun at ``i`` past the figures before it.

        'the memorandum foresees a "1,000 for 1,000" exchange', "the sides agreed a
        500-for-500 swap": the figures stand between the article and the noun, so the
        verb of planning is too far back for the two-word look of :meth:`transfers`.
        """
        if self.norm_at[i] not in lx.EXCHANGE_NOUNS:
            return False
        k = self._figures_set_before(i) - 1
        return (
            k < i - 1 and self.norm_at[k] in _NOUN_DETERMINERS and self.norm_at[k - 1] in _PLANNED
        )

    def _figures_set_before(self, i: int) -> int:
        """Where the figures set before the noun at ``i`` start, or ``i`` if there are none.

        'a "1,000 for 1,000" swap', "a 500-for-500 prisoner exchange": the figures with
        the words that join them stand between the article and the noun as an adjective.
        """
        k, start = i - 1, i
        while k > max(self.first, i - _PREMODIFIER_REACH) and (
            self.tokens[k].kind == NUM
            or self.tokens[k].text in lx.QUOTE_MARKS
            or self.norm_at[k] in _FIGURE_LINKS
            or self.norm_at[k] in _DEAL_MODIFIERS
        ):
            if self.tokens[k].kind == NUM:
                start = k
            k -= 1
        return start if start == i else k + 1

    def _progressive_in_plan(self, i: int, end: int) -> bool:
        """Whether a present progressive verb of handing over is told of a plan.

        "1,000 Russians are being exchanged for 1,000 Ukrainians under a planned deal":
        "are being" tells what is under way or arranged, and a word of planning later
        in the same clause ("planned", "proposed", "future") makes it the arrangement,
        not a handover done. The progressive alone ("are being exchanged today") stays.
        """
        at = i - 1
        while at > self.first and self.tokens[at].text in lx.QUOTE_MARKS:
            at -= 1
        if self.norm_at[at] != "being" or self.norm_at[at - 1] not in ("is", "are"):
            return False
        for k in range(end, self.last):
            word = self.norm_at[k]
            if word in _SENTENCE_ENDS or word in (",", ":", "—", "("):
                return False
            if word in _PLANNED:
                return True
        return False

    def _scare_quoted(self, i: int, end: int) -> bool:
        """Whether the word of handing over (``i`` to ``end``) stands alone in quote marks.

        'Russia says it "received" 700,000 children', 'Moscow says they were "evacuated"':
        a verb quoted on its own is the speaker's contested word, which the writer
        does not take as a handover; the figure it governs is no done transfer.
        """
        tokens = self.tokens
        return (
            self.first < i
            and end < self.last
            and tokens[i - 1].text in lx.QUOTE_MARKS
            and tokens[i].gap == 0
            and tokens[end].text in lx.QUOTE_MARKS
            and tokens[end].gap == 0
        )

    def _releases_media(self, end: int) -> bool:
        """Whether the verb ending at ``end`` takes a record as its object, not people.

        "released a video of ...", "handed over a list of 500 names", "released the
        names of 40 prisoners": what is put out is a document, not anyone moved; so
        after one capitalised receiver ("handed Moscow a list of 500 names"), and so is
        a call or message received ("received a phone call from him").
        """
        start = end + (
            end < self.last
            and self.tokens[end].text[:1].isupper()
            and self.norm_at[end + 1] in ("a", "the")
        )
        # "released its estimate of 80,000 dead": a statistic is put out as a document is
        records = _PUT_OUT_RECORDS if self.norm_at[end - 1] in _PUTTING_OUT else _MEDIA_OBJECTS
        for k in range(start, min(self.last, start + 3)):
            word = self.norm_at[k]
            if word in records:
                return True
            if word not in _MEDIA_MEANS and word not in (
                "a",
                "an",
                "the",
                "its",
                "their",
                "his",
                "her",
                "new",
                "further",
                "latest",
                "updated",
                "revised",
                "own",
            ):
                return False
        return False

    def _record_handed(self, i: int) -> bool:
        """Whether the verb at ``i`` tells of a record handed over, named just before it.

        "a list of 1,000 names handed to the Russian side in January, including 300
        captured in Kursk", "the names were passed to the Red Cross": what moved is a
        document; the people it names stay where they are.
        """
        k = i - 1
        while k > self.first and k > i - 4 and self.norm_at[k] in _RECORD_LINKS:
            k -= 1
        return self.norm_at[k] in _MEDIA_OBJECTS

    def _released_record(self, i: int) -> bool:
        """Whether "released" at ``i`` tells of a record put out, named just before it.

        "Kyiv's own figure, released in February, was 101 dead", "the estimate was
        released on Monday": what was released is a statistic, report or data, not people.
        """
        if self.norm_at[i] != "released":
            return False
        k = i - 1
        while k > self.first and k > i - 4 and self.norm_at[k] in _RELEASED_LINKS:
            k -= 1
        # "its figure for the past 24 hours, released this morning": the record's window
        # of one day stands between it and the participle
        for j in range(max(self.first + 1, k - 5), k):
            if day_window_end(self.norm, self.tokens, j, self.last) == k + 1:
                return self.norm_at[j - 1] in _RELEASED_RECORDS
        return self.norm_at[k] in _RELEASED_RECORDS

    def _split_particle(self, i: int) -> tuple[int, Move] | None:
        """A verb whose particle follows its counted object: "got 40 soldiers back".

        "Russia got the same number back", "took 90 of its men home": the verb alone
        (``i`` to the end returned) is the word of receiving; a number or "the same
        number" (in digits or words) must stand between it and "back"/"home", with no
        break. "In return" or "in the second swap" after the counted object makes "got"
        receiving too. A service branch before the people noun ("got 64 army prisoners of
        war back") lengthens the object without taking from the words allowed.
        """
        if self.norm_at[i] not in _SPLIT_VERBS:
            return None
        counted = False
        reach = i + 7
        j = i + 1
        while j < min(self.last, reach):
            word = self.norm_at[j]
            if word in _SERVICE_BRANCHES:
                branch = self._branch_before_people(j)
                if branch is not None:
                    reach += branch - j
                    j = branch
                    continue
            if word in ("back", "home") or (word == "in" and self._in_the_handover(j)):
                return (i + 1, Move.RECEIVE) if counted and j > i + 1 else None
            if word in (",", ";", ":", ".", "and", "but", "to", "from"):
                return None
            counted = (
                counted
                or self.tokens[j].kind == NUM
                or word == "same"
                # "got nineteen back"; a bare "one" or "half" may be a pronoun or share
                or (word in lx.NUMBER_WORDS and word not in _LOOSE_NUMBER_WORDS)
            )
            j += 1
        return None

    def _had_back(self, i: int) -> tuple[int, Move] | None:
        """A form of "have" with "back" before a figure: "Kyiv now had back 2,235 citizens".

        To have people back is to have received them: the words through "back" are
        the verb of receiving. A count (with at most a hedge before it) must follow
        "back" right away, so "had back pain" or "has back-channel talks" stay unread.
        """
        if self.norm_at[i] not in lx.HAVING or self.norm_at[i + 1] != "back":
            return None
        j = i + 2
        while j < min(self.last, i + 5) and self.norm_at[j] in _LOOSE_HEDGES:
            j += 1
        return (i + 2, Move.RECEIVE) if j < self.last and self.tokens[j].kind == NUM else None

    def _turn_of(self, i: int) -> tuple[int, Move] | None:
        """ "It was the turn of" before a count: the next group of an exchange told in stages.

        "On Saturday it was the turn of 307 servicemen on each side": the people whose
        turn came were handed over, as in "the exchange of 307". Only "the turn of" after
        a form of "be" or "came" and right before a count (maybe hedged) is read so: "the
        turn of the year" and "in turn" are not.
        """
        if (
            self.norm_at[i] != "turn"
            or self.norm_at[i - 1] != "the"
            or self.norm_at[i + 1] != "of"
            or self.norm_at[i - 2] not in _TURN_COMES
        ):
            return None
        j = i + 2
        while j < min(self.last, i + 5) and self.norm_at[j] in _LOOSE_HEDGES:
            j += 1
        return (i + 1, Move.EVENT) if j < self.last and self.tokens[j].kind == NUM else None

    def _in_the_handover(self, i: int) -> bool:
        """Whether "in" at ``i`` opens "in return" or an event: "in the first handover".

        An ordinal or "this"/"that" may stand between "the" and the event noun; any
        other "in" ("in the region", "in votes") says nothing of a handover.
        """
        after = self.norm_at[i + 1]
        if after in ("return", "exchange"):
            return True
        j = i + 2 if after in ("the", "this", "that", "each", "every") else i + 1
        j += self.norm_at[j] in _DAY_ORDINALS or self.norm_at[j] in ("latest", "last")
        return j > i + 1 and self.norm_at[j] in _EVENT_NOUNS

    def _bare_military(self, i: int) -> bool:
        """Whether "military" at ``i`` ends its noun phrase, so it names servicemen.

        "185 military and 20 civilians", "62 military had come home": nothing it could
        qualify follows, only a mark, a preposition, a verb or "and" with the next figure.
        """
        after = self.norm_at[i + 1]
        if after == "and":
            return i + 2 < self.last and self.tokens[i + 2].kind == NUM
        return (
            i + 1 >= self.last
            or after in (",", ".", ";", ":", "—", "–", "plus", "from", "to")
            or after in lx.FINITE_HAVE_BE  # "62 military had come home"
        )

    def _passed_object(self, i: int) -> tuple[int, Move] | None:
        """ "pass" with a counted object before its "to": "passed the bodies of 24 men to Kyiv".

        A bare "passed" is a milestone ("losses passed 1,000"), so the verb moves
        people only when a number stands between it and a "to" that names a
        receiver (a capitalised name or "the ..."), with no break between.
        """
        if self.norm_at[i] not in _PASS_FORMS or any(
            self.norm_at[k] in _LEVEL_SUBJECTS or self.norm_at[k] in lx.LOSS_HEADS
            for k in range(max(self.first, i - 6), i)
        ):
            return None  # "the number freed passed 5,000 to the relief of ...": a level
        counted = False
        for j in range(i + 1, min(self.last - 1, i + 12)):
            word = self.norm_at[j]
            if word == "to":
                after = self.tokens[j + 1]
                named = after.norm == "the" or after.text[:1].isupper()
                return (i + 1, Move.SEND) if counted and named else None
            if word in (",", ";", ":", ".", "and", "but", "from", "than"):
                return None
            counted = counted or self.tokens[j].kind == NUM
        return None

    def _given_to(self, i: int) -> tuple[int, Move] | None:
        """ "give" with its receiver named first: "gave Russia 25 soldiers", "the same number".

        A bare "gave" mostly states a figure ("gave Russia's casualty figure", "gave no
        source"), so it hands people over only when a name (not a possessive) stands
        straight after it and a number or "the same number" straight after the name.
        """
        if not (self.norm_at[i] in lx.GIVING or self._perfect_given(i)) or i + 2 >= self.last:
            return None
        name = self.tokens[i + 1]
        if not name.text[:1].isupper() or ends_possessive(name.text):
            return None
        at = i + 2 - self.first
        k = i + 2
        while k < min(self.last - 1, i + 5) and self.norm_at[k] in _GIVEN_HEDGES:
            k += 1  # "gave Ukraine more than 7,000 bodies": a hedge before the number
        counted = self.tokens[k].kind == NUM or same_number(self.norms, at) > at
        return (i + 1, Move.SEND) if counted else None

    def _given_in_return(self, i: int) -> tuple[int, Move] | None:
        """ "gave the same number in return": "give" handing over the figure it repeats.

        With no receiver named, a bare "gave" mostly states a figure ("gave the same
        number as Kyiv"), so it hands people over only when "the same number" (or "as
        many") stands straight after it and "in return" or "in exchange" straight after
        that phrase, its "of" noun or "back".
        """
        if self.norm_at[i] not in lx.GIVING or i + 4 >= self.last:
            return None
        at = i + 1 - self.first
        end = same_number(self.norms, at)
        if end == at:
            return None
        k = self.first + end
        if self.norm_at[k - 1] == "of" or self.norm_at[k] == "of":
            # "gave the same number of Russian soldiers in return": words of the noun only
            k += self.norm_at[k] == "of"
            stop = min(self.last - 1, k + 4)
            while k < stop and self.tokens[k].kind == WORD and self.norm_at[k] not in _NOT_NOUN:
                k += 1
        if self.norm_at[k] == "back":
            k += 1
        if self.norm_at[k] == "in" and self.norm_at[k + 1] in ("return", "exchange"):
            return (i + 1, Move.SEND)
        return None

    def _added_to_swap(self, i: int, found: Sequence[TransferWord]) -> tuple[int, Move] | None:
        """ "added" handing over more people in a swap told earlier in its sentence.

        "175 were swapped for 175, and Russia added 22 wounded Ukrainians": after a done
        handover, a side named just before "added" that is followed straight by a count of
        people gives them over. "added" is mostly a verb of speech ("he added that 22
        ...") or of counting ("added 1,140 to its tally"), so it needs all three.
        """
        if self.norm_at[i] not in _ADDING_FORMS or not any(t.done for t in found):
            return None
        j = i - 1 - (self.norm_at[i - 1] in lx.ALSO_WORDS)
        if j < self.first or not self.tokens[j].text[:1].isupper():
            return None
        if ends_possessive(self.tokens[j].text):
            return None
        k = i + 1
        if k >= self.last or not (self.tokens[k].kind == NUM or self.norm_at[k] in lx.NUMBER_WORDS):
            return None
        for at in range(k + 1, min(self.last, k + 4)):
            if self.norm_at[at] in _DEMONYMS or lx.PEOPLE.match(self.tokens, at, self.last):
                return None if self._clause_follows(at + 1) else (i + 1, Move.SEND)
            if self.norm_at[at] in ("to", "of", "in", ",", "."):
                return None  # "added 1,140 to the count": a sum, not people moved
        return None

    def _clause_follows(self, at: int) -> bool:
        """Whether a finite verb follows ``at`` before the next punctuation: reported speech.

        "Russia added 22 wounded Ukrainians were among them": the count is the subject of
        what was said (a "that" left out), not the object of "added".
        """
        for j in range(at, self.last):
            if self.tokens[j].kind != WORD or self.norm_at[j] in (",", ";", ":"):
                return False
            if self.norm_at[j] in _FINITE_AFTER_SPEECH:
                return True
        return False

    def _perfect_given(self, i: int) -> bool:
        """Whether "given" at ``i`` is a perfect's: "Russia has (now) given Ukraine 7,000 bodies".

        A bare "given" is mostly a preposition ("given the delays") or a passive ("the
        figure given"); after "have" (an adverb or two between) it is the verb of giving.
        """
        if self.norm_at[i] != "given":
            return False
        j = i - 1
        while j > max(self.first, i - 3) and self.norm_at[j] in _PERFECT_ADVERBS:
            j -= 1
        return self.norm_at[j] in ("has", "have", "had")

    def _count_arrived_at(self, verb: int, end: int) -> bool:
        """Whether "arrive at" a figure reaches a count: "adding them up, we arrive at 2,689".

        Only with "we" or a word for a count as its subject ("our tally arrives at"):
        "the 1,200 bodies arrived at 5 a.m." is people arriving.
        """
        return (
            end == verb + 1
            and _lemmas.lemma(self.norm_at[verb]) == "arrive"
            and self.norm_at[end] == "at"
            and self._amounts_to(end + 1)
            and self.norm_at[verb - 1] in lx.FIGURE_HEADS | {"we"}
        )

    def _amounts_to(self, at: int) -> bool:
        """Whether a figure, not a place, follows "came to" / "went to" at ``at``."""
        word = self.norm_at[at]
        return word[:1].isdigit() or word in lx.NUMBER_WORDS or word in _AMOUNT_OPENERS

    def speech(self) -> tuple[list[int], list[tuple[int, int]]]:
        verbs: list[int] = []
        according: list[tuple[int, int]] = []
        giving = not self.norm_set.isdisjoint(lx.GIVING)
        speaking = not self.norm_set.isdisjoint(_lemmas.SPEAKING)
        if (
            "according" not in self.norm_set
            and self.norm_set.isdisjoint(lx.SPEECH)
            and not giving
            and not speaking
        ):
            return verbs, according
        # most words are neither "according" nor a verb of saying or giving
        for i in self.words.positions(_SPEECH_STARTS):
            norm = self.norms[i - self.first]
            if norm == "according" and self.norm_at[i + 1] == "to":
                according.append((i + 2, min(self.last, i + 10)))
            elif self._compound_tail(i) or self._saying_noun(i):
                continue  # "the best-documented count", "Kyiv's estimate": no verb
            elif (
                norm in lx.SPEECH
                or (giving and norm in lx.GIVING and self._gives_total(i))
                or (speaking and norm in _lemmas.SPEAKING and self._speaks_of_figure(i))
            ):
                verbs.append(i)
        return verbs, according

    def _compound_tail(self, i: int) -> bool:
        """Whether the word at ``i`` closes a hyphenated compound: "best-documented".

        A participle joined by an unspaced hyphen to the word before it is part of an
        adjective ("well-documented", "widely-reported"), not a finite verb with a subject.
        """
        return (
            i - 1 > self.first
            and self.norm_at[i - 1] == "-"
            and self.tokens[i - 1].gap == 0
            and self.tokens[i].gap == 0
        )

    def _saying_noun(self, i: int) -> bool:
        """Whether the word of saying at ``i`` is a noun of no speaker: "a widely-cited estimate".

        "estimate", "claims" or "reports" after an article or a hyphenated adjective heads
        a noun group that names no one saying it, unless a "that" clause tells what it
        says ("the claim that Ukraine lost ..."); an owner ("Kyiv's estimate") speaks.
        """
        if self.norm_at[i] not in _SAYING_NOUNS or i <= self.first or self.norm_at[i + 1] == "that":
            return False
        return self.norm_at[i - 1] in _NOUN_DETERMINERS or self._compound_tail(i - 1)

    def _speaks_of_figure(self, i: int) -> bool:
        """Whether "spoke" at ``i`` reports a figure: "spoke of more than 70,000 missing".

        Speaking "of" a count gives it, as saying it does; speaking "to" or "with" people
        names whom the source talked to, and "for 40 minutes" how long it spoke. A negated
        verb ("did not speak of 52,000 missing") gives no figure, as "did not say" does not.
        """
        return (
            self.norm_at[i + 1] == "of"
            and i + 2 < self.last
            and self._amounts_to(i + 2)
            and not verb_group(self.norms, i - self.first).negated
        )

    def _gives_total(self, i: int) -> bool:
        """Whether "gave" at ``i`` states a figure: "gave a death toll of", "gave the total as".

        The verb says something only when a noun of a stated total follows it within a
        few words and the figure follows that noun ("gave an official death toll of
        5,937"); "gave back 95 soldiers" hands people over, "gave the same figures" agrees.
        """
        for j in range(i + 1, min(self.last, i + 5)):
            word = self.norm_at[j]
            if word in _GIVEN_TOTALS or word in _GIVEN_ACCOUNTS:
                # the figure itself follows: "a death toll of 5,937", "the total as 1,000"
                # "a death toll, of 5,937,": the figure set off by a comma
                k = j + 2 if self.norm_at[j + 1] == "," and self.norm_at[j + 2] == "of" else j + 1
                return (
                    self.norm_at[k] in ("of", "as", "at")
                    and k + 1 < self.last
                    and self._amounts_to(k + 1)
                ) or self._figures_after_colon(j + 1)
            if word in (",", ".", ";", "back", "up") or self.tokens[j].kind == NUM:
                return False
        return False

    def _figures_after_colon(self, i: int) -> bool:
        """Whether a colon within a few words of ``i``, before other punctuation, opens a figure.

        "gave a different breakdown of the group it received: 230 people, ...": what the
        colon opens is the figure the source gave.
        """
        for j in range(i, min(self.last - 1, i + 10)):
            if self.norm_at[j] == ":":
                return self._amounts_to(j + 1)
            if self.tokens[j].kind != WORD:
                return False
        return False

    # dates ---------------------------------------------------------------------

    def dates(self) -> list[DateMention]:
        """The sentence's dates, found on first use and kept.

        Rules that read figures and verbs ask for them too (per listed figure, per plan
        word), so the whole-sentence scan runs once rather than once per question.
        """
        if self._dates is None:
            self._dates = self._find_dates()
        return self._dates

    def _find_dates(self) -> list[DateMention]:
        found: list[DateMention] = []
        if not self.has_number and self.norm_set.isdisjoint(_DATE_STARTS):
            return found  # a date begins with a number or one of these words
        tokens = self.tokens
        # where a date may begin, so that the scan jumps from one to the next (no word a
        # date starts with starts with a digit)
        starts = sorted(self.numbers + self.words.positions(_DATE_STARTS))
        group = 0
        i = self.first
        while (k := bisect.bisect_left(starts, i)) < len(starts):
            i = starts[k]
            leading = self._days_before_month(i)
            if leading:
                # "on 3, 5 and 9 June": the days listed before the month are its days too
                month = self._date_at(leading[-1])
                if month is not None:
                    month_words = month[1].split()[1:]
                    previous = self.norm_at[i - 1] if i > self.first else ""
                    for day in leading[:-1]:
                        text = " ".join([tokens[day].text, *month_words])
                        found.append(
                            DateMention(day, day + 1, text, previous == "since", False, group)
                        )
                    i = leading[-1]
            date = self._date_at(i)
            if date is None:
                i += 1
                continue
            end, text = date
            if text.startswith(_PREVIOUS + _MONTHS_ON):
                counted = text.partition(_MONTHS_ON)[2]
                later = _months_on(
                    found, int(counted.removesuffix(_EXACT_DAY)), counted.endswith(_EXACT_DAY)
                )
                if later is None and not any(not d.since and not d.as_of for d in found):
                    # "On January 5 ... . A month later, 150 were exchanged for 150": on
                    # from the exchange just told, which the assembler knows
                    later = f"{SAME_DAY}{MONTHS_LATER}{counted}"
                if later is None:
                    i = end
                    continue
                text = later
            elif text.startswith(_PREVIOUS):
                counted, _, named = text.partition(SHIFT)[2].partition(ON_DAY)
                text = self._counted_from(found, int(counted)) + (ON_DAY + named if named else "")
            start = i
            if tokens[i].norm in _HOLIDAY_FIRSTS:
                # "on Ukraine's Independence Day", "on the eve of Easter": from the first word
                start = self._holiday_lead(i)[0] + 1
            start = self._holiday_set_off(start)
            previous = self.norm_at[start - 1] if start > self.first else ""
            # "since late 2023": the part of the year belongs to the start it names
            # "the largest since the spring": "the" may stand between
            since = previous == "since" or (
                previous in lx.MONTH_PARTS | {"the"}
                and i - 2 >= self.first
                and self.norm_at[i - 2] == "since"
            )
            since = since or self._since_event(start) or self._from_first_part(i)
            since = since or self._restates_since(found, start)
            as_of = previous == "of" and self.norm_at[i - 2] == "as"
            if (
                previous == "of"
                and self.norm_at[start - 2] == "week"
                and _HAS_DAY_NUMBER.search(text) is not None
            ):
                text = WEEK_OF + text  # "in the week of 6 October": the week, not the day
            listed = self._listed(found, start, group)
            found.append(DateMention(start, end, text, since, as_of, listed))
            # A list of months shares one group: "in July, August and September"; so does
            # a list that goes on one read before it ("on June 2, and then on July 9 and
            # August 4")
            i = end
            while i < self.last and tokens[i].norm in (",", "and"):
                j = self._listed_month(i)
                if j is None:
                    j = self._listed_year(i, found[-1])
                    month = None if j is None else (j + 1, tokens[j].text)
                else:
                    month = self._date_at(j)
                if j is None:
                    break
                if month is None:
                    break
                found.append(DateMention(j, month[0], month[1], since, as_of, listed))
                i = month[0]
            # A list of days of one month shares it: "on June 11, 13, 14 and 16"; the
            # month is the last one read: "on May 30, June 5 and 7" lists 7 June
            parts = found[-1].text.split()
            if len(parts) >= 2 and (parts[0].isdigit() or parts[1].isdigit()):
                i = self._day_list(i, parts, since, as_of, group, found)
            group += 1
        if len(found) > 1:
            # "A month later, on February 5, ...": the date written is the one to read
            found = [d for d in found if MONTHS_LATER not in d.text]
            found = self._weekdays_of_dates(found)
            found = self._line_day_over_holiday(found)
            found = self._without_bracketed_day_names(found)
        return self._from_to(_narrated_years(_shared_years(self._that_month(found))))

    def _that_month(self, found: list[DateMention]) -> list[DateMention]:
        """``found`` with "that month" dated by the month of the date told before it.

        "Under the deal agreed on May 16, 1,000 were freed over three days later that
        month": "later that month" (or "the same month", "later in the month") points to
        the month of the date just named in the sentence, which dates the figure after it
        where the earlier day, the deal's, does not. Only a date naming its month counts.
        """
        if not found or "month" not in self.norm_set:
            return found
        for i in self.words.positions(frozenset({"month"})):
            before = (self.norm_at[i - 2], self.norm_at[i - 1])
            if before not in (("later", "that"), ("the", "same"), ("that", "same")) and (
                self.norm_at[i - 3],
                *before,
            ) != ("later", "in", "the"):
                continue  # "over that month" sums a span the rules for totals read
            told = [d for d in found if d.last <= i - 1 and not d.since and not d.as_of]
            if not told:
                continue
            parts = told[-1].text.replace(",", " ").split()
            words = [w for w in parts if not w.isdigit()]
            years = [w for w in parts if w.isdigit() and len(w) == 4]
            if len(words) != 1 or words[0].lower() not in lx.MONTHS:
                continue
            first = i - 1 if before[1] == "that" else i - 2
            text = " ".join([words[0], *years[-1:]])
            found = [*found, DateMention(first, i + 1, text, False, False, told[-1].group + 1)]
        return found

    def _line_day_over_holiday(self, found: list[DateMention]) -> list[DateMention]:
        """``found`` without a holiday naming a swap when a day opens the line before it.

        "APRIL 19 - The Easter exchange: 246 each way": the day heading the line dates
        the swap; "Easter" names its occasion, not a second date (Easter Sunday).
        """
        head = found[0]
        if (
            head.first != self.first
            or head.since
            or not _HAS_DAY_NUMBER.search(head.text)
            or self.norm_at[head.last] not in (":", "-", "\u2013", "\u2014")
        ):
            return found
        return [
            date
            for date in found
            if not (
                self.tokens[date.first].norm in _HOLIDAY_FIRSTS
                and self.norm_at[date.last] in _HOLIDAY_EVENTS
            )
        ]

    def _without_bracketed_day_names(self, found: list[DateMention]) -> list[DateMention]:
        """``found`` without a weekday or feast named in brackets right after a full date.

        "8 June 2025 (Trinity Sunday):", "20 April (Orthodox Easter Sunday)": the
        brackets name the day of the date before them, so the weekday inside them is
        no date of its own (never the Sunday nearest the report).
        """
        out: list[DateMention] = []
        for date in found:
            before = range(date.first - 1, max(self.first, date.first - _ASIDE_SPAN) - 1, -1)
            after = range(date.last, min(self.last, date.last + _ASIDE_SPAN))
            opener = next((k for k in before if self.norm_at[k] in ("(", ")")), None)
            closer = next((k for k in after if self.norm_at[k] in ("(", ")")), None)
            if (
                opener is not None
                and closer is not None
                and (self.norm_at[opener], self.norm_at[closer]) == ("(", ")")
                and not _HAS_DAY_NUMBER.search(date.text)
                and any(d.last == opener and _HAS_DAY_NUMBER.search(d.text) for d in out)
            ):
                continue
            out.append(date)
        return out

    def _weekdays_of_dates(self, found: list[DateMention]) -> list[DateMention]:
        """``found`` with "on" a weekday right before a dated day read as that one date.

        "swapped 390 each on Friday, 23 May" or "on Friday 23 May": the weekday is told
        of the date after it, never the Friday nearest the report (a dateline's "Friday,
        15 April 2022" is read where datelines are).
        """
        out: list[DateMention] = []
        for date in found:
            weekday = out[-1] if out else None
            if (
                weekday is not None
                and weekday.last == weekday.first + 1
                and self.norm_at[weekday.first] in lx.WEEKDAYS
                and self.norm_at[weekday.first - 1] == "on"
                and (
                    date.first == weekday.last
                    or (self.norm_at[weekday.last] == "," and date.first == weekday.last + 1)
                )
                and not date.since
                and _HAS_DAY_NUMBER.search(date.text)
            ):
                out[-1] = date._replace(first=weekday.first)
                continue
            out.append(date)
        return out

    def _from_to(self, found: list[DateMention]) -> list[DateMention]:
        """Widen "from 23 to 25 May" and "from May 23 to 25" (read as one day) to the span
        of days they name.

        An exchange "carried out over three days from 23 to 25 May" took all three days,
        not only the one day the date grammar reads beside "May".
        """
        joined: list[DateMention] = []
        for date in found:
            first, last = date.first, date.last
            if date.since or not _HAS_DAY_NUMBER.search(date.text):
                joined.append(date)
                continue
            start = joined[-1] if joined else None
            if start is not None and self._full_dates_span(start, date):
                # "from March 14 to March 16": two full dates as one span, as "from 14
                # to 16 March" is, never the closing day alone
                text = f"from {start.text} to {date.text}"
                joined[-1] = start._replace(first=start.first - 1, last=last, text=text)
                continue
            if self._day_at(first - 2) and self.norm_at[first - 1] == "to":
                first -= 2  # "23 to | 25 May"
                text = f"{self.tokens[first].text} to {date.text}"
            elif (
                self.norm_at[last] == "to"
                and self._day_at(last + 1)
                and self.norm_at[last + 2] in (",", ".", ";", "", "—", "–", ")")
            ):
                text = f"{date.text} to {self.tokens[last + 1].text}"  # "May 23 | to 25"
                last += 2
            else:
                joined.append(self._days_from(date))
                continue
            if self.norm_at[first - 1] != "from":
                joined.append(date)
                continue
            joined.append(date._replace(first=first, last=last, text=f"from {text}"))
        return joined

    def _full_dates_span(self, start: DateMention, end: DateMention) -> bool:
        """Whether "from <start> to (through, until) <end>" joins two dated days as a span.

        Only days within a month or its next name the days an event took; a longer span
        ("from 24 February 2022 to 30 June 2025") is a running count's, which stands on
        its closing day.
        """
        first, last = _month_named(start.text), _month_named(end.text)
        years = {y for d in (start, end) for y in re.findall(r"\b(?:19|20)[0-9]{2}\b", d.text)}
        return (
            first is not None
            and last is not None
            and (last - first) % 12 in (0, 1)
            and len(years) <= (2 if first == 12 and last == 1 else 1)
            and not start.since
            and start.text[:1] != "f"  # not already a span: "from 14 to 16 March"
            and _HAS_DAY_NUMBER.search(start.text) is not None
            and self.norm_at[start.first - 1] == "from"
            # "postponed from 14 March to 16 March": a date changed, not a span
            and self.norm_at[start.first - 2] not in _RESCHEDULED
            and self.norm_at[start.last] in ("to", "through", "until")
            and end.first == start.last + 1
        )

    def _days_from(self, date: DateMention) -> DateMention:
        """Widen "over three days from 23 May" to the days it counts, from that day on."""
        at = date.first
        count = self.tokens[at - 3] if at - 4 >= self.first else None
        if (
            count is None
            or self.norm_at[at - 1] != "from"
            or self.norm_at[at - 2] not in ("day", "days")
            or not (count.kind == NUM or count.norm in lx.NUMBER_WORDS)
            or self.norm_at[at - 4] not in ("over", "across", "in", "during")
        ):
            return date
        return date._replace(first=at - 3, text=f"{count.text} days from {date.text}")

    def _day_at(self, i: int) -> bool:
        """Whether token ``i`` is a bare day of the month ("23")."""
        if not self.first <= i < self.last or self.tokens[i].kind != NUM:
            return False
        word = self.tokens[i].text
        return len(word) <= 2 and word.isdigit() and 1 <= int(word) <= 31

    def _listed(self, found: list[DateMention], start: int, group: int) -> int:
        """The group of the date just read: its list's when only "," or "and" parts them.

        "on 28 July, 11 August and 16 September", "on June 11 and June 14": full dates
        listed together are one list, as "in July, August and September" is.
        """
        if not found:
            return group
        last = found[-1]
        between = {self.norm_at[i] for i in range(last.last, start)}
        if last.last < start <= last.last + 2 and between <= {",", "and"}:
            return last.group
        if start == last.last + 2 and [self.norm_at[start - 2], self.norm_at[start - 1]] == [
            "and",
            "again",
        ]:
            return last.group  # "in July and again earlier this month": a date with no "in"
        if self._preposition_repeated(last, start, between):
            return last.group
        # "in July and again in August", "on Monday and then on Thursday": one list
        again = int(
            self.norm_at[start - 2] in ("again", "then") and self.norm_at[start - 1] in ("in", "on")
        )
        if (
            last.last < start <= last.last + 3 + again
            and self.norm_at[start - 1] in ("in", "on")
            and self.norm_at[start - 2 - again] == "and"
            # "757 bodies on Feb. 14, and in April and May ...": a comma before "and" opens
            # a clause of its own, with dates of its own; "on June 2, and then on July 9,"
            # set off between commas is the list going on
            and (self.norm_at[start - 3 - again] != "," or self._fronted_then(found, start))
            and between - {"in", "on", "again", "then"} <= {",", "and"}
        ):
            return last.group  # "in late May and in June": the preposition said again
        return group

    def _preposition_repeated(self, last: DateMention, start: int, between: set[str]) -> bool:
        """Whether the date at ``start`` goes on a list after a comma and its preposition.

        "on 2 May, on 9 June and again on 30 July": each item says "on" again, as
        the one before it did; a weekday beside a date ("on Friday, on 14 March") names
        one day twice and is no list.
        """
        preposition = self.norm_at[start - 1]
        return (
            start == last.last + 2
            and preposition in ("in", "on")
            and between == {",", preposition}
            and self.norm_at[last.first - 1] == preposition
            and not any(
                self.norm_at[k] in lx.WEEKDAYS for k in (*range(last.first, last.last), start)
            )
        )

    def _fronted_then(self, found: list[DateMention], start: int) -> bool:
        """Whether ", and then on <date>" goes on a list of dates that opens the sentence.

        "On June 2, and then on July 9, the sides swapped ...": dates set before the
        clause they place are one list, commas or not; after a clause has begun ("freed
        50 on June 2, and then on July 9 ...") the comma opens a clause of its own.
        """
        if self.norm_at[start - 2] != "then":
            return False
        head = next(d for d in found if d.group == found[-1].group)
        return head.first - self.first <= 1

    def _from_first_part(self, i: int) -> bool:
        """Whether the date at ``i`` opens a span as "from the beginning of" it does.

        "from the beginning of June Russia had transferred more than 9,000 bodies": the
        span runs from June on, as it does from "since the beginning of June"; a bare
        "from June" may name a source or a range's first end and stays a date.
        "from the start of 2024" likewise, its year's date beginning after "of".
        """
        if self.norm_at[i - 1] == "of":
            i -= 2  # "from the start of 2024": the year's date begins after "of"
        return (
            i - 2 >= self.first
            and self.norm_at[i] in _SPAN_FIRST_PARTS
            and self.norm_at[i - 1] == "the"
            and self.norm_at[i - 2] == "from"
        )

    def _restates_since(self, found: list[DateMention], start: int) -> bool:
        """Whether the date at ``start`` restates, set off by a comma, a start just read.

        "the first since the storm a fortnight ago, on 3 March": the day told after the
        comma is the same past moment "a week ago" named, the start of the span, and no
        date of what the sentence tells. Only after a start told in words, with no number.
        """
        if not found or not found[-1].since:
            return False
        comma = start - 2 if self.norm_at[start - 1] == "on" else start - 1
        if comma != found[-1].last or self.norm_at[comma] != ",":
            return False
        return all(self.tokens[k].kind != NUM for k in range(found[-1].first, found[-1].last))

    def _since_event(self, i: int) -> bool:
        """Whether the date at ``i`` dates an event that "since" starts a span from.

        "since the first handover on June 11", "since the swaps resumed in March":
        the span runs from that event's date, as it does from "since June 11".
        """
        if "since" not in self.norm_set:
            return False  # most sentences: no span to start
        # a hyphened compound ("full-scale") is one word of the eight looked back over, when
        # a verb of starting tells the event ("since Russia launched its full-scale ...")
        hyphens = sum(
            self.norm_at[k] == "-" and self.tokens[k].gap == 0
            for k in range(max(self.first, i - 12), i)
        )
        for j in range(i - 1, max(self.first, i - 8 - 2 * hyphens) - 1, -1):
            if self.tokens[j].kind == NUM or self.norm_at[j] in (",", ";", ":", "(", "and", "but"):
                return False
            if self.norm_at[j] == "since":
                if war_start_then_this_week(self.norm, j, i):
                    return False
                found = self._date_at(i)
                if found is not None and said_at(self.norm, i, found[0]):
                    # "since its chief said last August that 9,000 had died": when it was
                    # said; "has freed 4,000 since its envoy said in May that ...": a start
                    return not said_then(self.norm, i, found[0], self.figures())
                # "since Russia's invasion began on Feb. 24", "since Moscow launched its
                # invasion on 24 February": a start told with its own verb
                return j + 1 < i and (
                    (self.norm_at[j + 1] == "the" and i - j <= 8)
                    or any(self.norm_at[k] in _STARTED for k in range(j + 1, i))
                )
        return False

    def _days_before_month(self, i: int) -> list[int]:
        """The days of "3, 5 and 9 June" from the first, the last one (before the month) last.

        Ordinal days list the same way: "the 4th and the 24th of July" are 4 and 24 July.
        """
        if not self._day(i):
            return []
        ordinal = self.norm_at[i + 1] in lx.ORDINAL_SUFFIXES
        after = i + 1 + ordinal
        if self.norm_at[after] not in (",", "and"):
            return []
        days = [i]
        while len(days) < 8:
            j = after
            if self.norm_at[j] == ",":
                j += 1
            if self.norm_at[j] == "and":
                j += 1
            if ordinal and self.norm_at[j] == "the":
                j += 1
            if j >= self.last or not self._day(j):
                return []
            days.append(j)
            after = j + 1 + (ordinal and self.norm_at[j + 1] in lx.ORDINAL_SUFFIXES)
            month = after + (ordinal and self.norm_at[after] == "of")
            if self._month_at(month) and self.norm_at[month] != "and":
                return days
            if self.norm_at[after] not in (",", "and"):
                return []
        return []

    def _day_list(
        self,
        i: int,
        parts: list[str],
        since: bool,
        as_of: bool,
        group: int,
        found: list[DateMention],
    ) -> int:
        """Read further days of the month just read: ", 13, 14 and 16" after "June 11"."""
        month = parts[1] if parts[0].isdigit() else parts[0]
        year = f" {parts[2]}" if len(parts) == 3 else ""
        if len(found) >= 2 and found[-2].group == found[-1].group and self._and_before(found[-1]):
            # "on June 11 and June 13, 27 and 22 bodies": "and" closed the list of dates,
            # so the numbers after it are counts, not more days
            return i
        while i + 1 < self.last and self.norm_at[i] in (",", "and"):
            j = i + 1
            if self.norm_at[j] == "and":
                j += 1
            if j >= self.last or not self._day(j) or self._days_before_month(j):
                # "30 May, 5 and 7 June": days told before a month of their own are its
                break
            after = self.norm_at[j + 1]
            subject = self.norm_at[j - 1] == "and" and self._side_noun_at(j + 1)
            # "on June 11, 13 and 16 respectively": the last day, then the word that
            # shares a list of sizes out over the days
            subject = subject or (self.norm_at[j - 1] == "and" and after == "respectively")
            if not subject and (
                after in lx.MONTHS or after not in (",", "and", "—", "–", "-", ".", ";", ")", "")
            ):
                # "11, 13 bodies": a count, not a day; "13 June": a date of its own; but
                # "on June 11, 13 and 16 Ukraine received": the last day, then the subject
                break
            if i == found[-1].last and self.norm_at[i] == "," and after in (".", ";", ""):
                # "; and on November 20, 30.": a lone number after a comma that ends the
                # clause is the item's count (two days would be "20 and 30")
                break
            found.append(
                DateMention(j, j + 1, f"{self.tokens[j].text} {month}{year}", since, as_of, group)
            )
            i = j + 1
            if self.norm_at[j - 1] == "and":
                break  # "on May 4 and 6, 30 and 41 bodies": "and" ends the list of days
        return i

    def _side_noun_at(self, i: int) -> bool:
        """Whether a side of the war is named at ``i`` as a noun: "Ukraine", "Moscow", "Kyiv".

        Any name or alias the party lexicon knows, but no adjective or people's noun
        ("Ukrainian", "16 Ukrainians": a count) and no mediator: after "and 16" such a noun
        is the subject of a clause, not the next word of a date.
        """
        party = self.party_at(i)
        return (
            party is not None
            and party[1] not in MEDIATOR_CODES
            and all(t.norm not in _ADJECTIVES | _DEMONYMS for t in self.tokens[i : party[0]])
        )

    def _and_before(self, date: DateMention) -> bool:
        """Whether "and" (or "and on") joins ``date`` to the date listed before it."""
        k = date.first - 1 - (self.norm_at[date.first - 1] == "on")
        return self.norm_at[k] == "and"

    def _listed_month(self, i: int) -> int | None:
        """Where the month that carries on a list after the "," or "and" at ``i`` starts.

        "in July, August and now September": "now" marks the last month as the
        present one, still an item of the list.
        """
        j = i + 1 + (self.norm_at[i + 1] == "and")
        if self.norm_at[j] == "now" and self.norm_at[j - 1] == "and":
            j += 1
        return j if j < self.last and self.norm_at[j] in lx.MONTHS and self._capital(j) else None

    def _listed_year(self, i: int, told: DateMention) -> int | None:
        """Where the bare year that carries on a list of years after "and" at ``i`` stands.

        "In 2024 and 2025, 1,358 and 2,044 came home respectively": the second year is a
        date as the first is, and the two share a group that a "respectively" list of
        figures is shared out over. Only right after a bare year read as a date, and only
        a four-digit year that ends its phrase (not "2025 prisoners", a count).
        """
        if self.norm_at[i] != "and" or not lx.is_bare_year(told.text) or told.since:
            return None
        j = i + 1
        if j >= self.last or self.tokens[j].kind != NUM or not lx.is_bare_year(self.norm_at[j]):
            return None
        after = self.norm_at[j + 1]
        return j if not after.isalpha() or after == "respectively" else None

    def _month_at(self, i: int) -> bool:
        if self.norm_at[i] == "and":
            i += 1
        return i < self.last and self.tokens[i].norm in lx.MONTHS and self._capital(i)

    def _capital(self, i: int) -> bool:
        return self.tokens[i].text[:1].isupper()

    def _last_month(self, i: int) -> bool:
        """Whether "last" at ``i`` and the month after it name the latest such month gone.

        "since last February, when he gave 31,000" told in February 2025 is February
        2024, not the month of the report; "the last March swap" ranks, and "last
        February 24" or "last February 2024" are the day or month the grammar reads.
        """
        j = i + 1
        return (
            self.norm_at[j] in lx.MONTHS
            and self._capital(j)
            and self.norm_at[i - 1] not in ("the", "its", "their", "his", "her", "our", "this")
            and (j + 1 >= self.last or self.tokens[j + 1].kind != NUM)
        )

    def _date_at(self, i: int) -> tuple[int, str] | None:
        found = self._date_at_only(i)
        if found is None:
            return None
        return self._day_set_off_after_month(*self._named_year(*found))

    def _day_set_off_after_month(self, end: int, text: str) -> tuple[int, str]:
        """ "last month, on the fifth": the ordinal day set off after narrows the month.

        The day must close its clause ("last month, on the 5th, ..."), so that "last
        month, on the fifth attempt" stays a month; written "the 5th of last month".
        """
        if text not in _RELATIVE_MONTHS or self.norm_at[end] not in lx.SET_OFF_MARKS:
            return end, text
        if (self.norm_at[end + 1], self.norm_at[end + 2]) != ("on", "the"):
            return end, text
        day, after = end + 3, end + 4
        if self.norm_at[day] in _WORD_DAYS and not self._ordinal_ranks(day):
            number = _WORD_DAYS[self.norm_at[day]]
        elif (
            self._day(day)
            and self.norm_at[day + 1] in lx.ORDINAL_SUFFIXES
            and not self.tokens[day + 1].gap
        ):
            number, after = int(self.tokens[day].text), day + 2
        else:
            return end, text
        if self.norm_at[after] not in lx.SET_OFF_MARKS and self.norm_at[after] not in (
            "",
            ".",
            ";",
        ):
            return end, text
        return after, _day_of_relative_month(number, text)

    def _named_year(self, end: int, text: str) -> tuple[int, str]:
        """A date without a year extended by the year named after it: "in June last year".

        So is one followed by whole years counted back: "on Christmas Eve two years ago".
        """
        at = end + (self.norm_at[end] == "of")
        if any(c.isdigit() for c in text.split()[-1]) or text.startswith(
            ("this ", "last ", "earlier ", "later ")
        ):
            return end, text
        if self.norm_at[at] in ("last", "this") and self.norm_at[at + 1] == "year":
            return at + 2, f"{text} {self.norm_at[at]} year"
        if (
            at == end
            and text.split()[-1].lower() not in lx.WEEKDAYS
            and self.norm_at[at + 1] in ("year", "years")
            and self.norm_at[at + 2] == "ago"
            and (self.norm_at[at] in _YEARS_BACK or self.tokens[at].kind == NUM)
        ):
            return at + 3, f"{text} {self.tokens[at].text} {self.norm_at[at + 1]} ago"
        return end, text

    def _ends_holiday_name(self, i: int) -> bool:
        """Whether the weekday at ``i`` closes a holiday's name ("Easter Saturday", "Good Friday").

        Where the name is not read as a date of its own (no preposition before it), its
        weekday is no weekday nearest the report either.
        """
        return any(
            len(name) > 1
            and name[-1] == self.norm_at[i]
            and i - len(name) + 1 >= self.first
            and all(self.norm_at[i - len(name) + 1 + k] == word for k, word in enumerate(name[:-1]))
            for name in _HOLIDAYS
        )

    def _holiday_at(self, i: int) -> tuple[int, str] | None:
        """A holiday by name: "on New Year's Eve", "at Easter", "Orthodox Christmas 2023"."""
        if not self._capital(i):
            return None
        for name in _HOLIDAYS:
            end = i + len(name)
            if end <= self.last and all(
                self.norm_at[i + k] == word and self._capital(i + k) for k, word in enumerate(name)
            ):
                words = [self.tokens[k].text.replace("\u2019", "'") for k in range(i, end)]
                if name in _ORTHODOX_TOO and "Orthodox Easter" in self.text:
                    # a text that names the Orthodox Easter means it by every "Easter"
                    words.insert(0, "Orthodox")
                lead, eve = self._holiday_lead(i)
                if eve:
                    words[:0] = ["the", "eve", "of"]
                    if self.norm_at[end] in _HOLIDAY_SPANS:
                        return None  # "the eve of Orthodox Christmas week": no one day
                if self._date_beside(end) or self._event_dated_after(end):
                    return None  # "On the eve of Orthodox Easter, on April 19": that date
                if self.norm_at[end + (self.norm_at[end] in lx.QUOTE_MARKS)] in _HOLIDAY_TRUCES:
                    return None  # "after Orthodox Christmas 'truce' ends": the truce's name
                if end < self.last and self._year(end):
                    words.append(self.tokens[end].text)
                    end += 1
                elif (
                    (lead < self.first or self.norm_at[lead] not in _HOLIDAY_PREPOSITIONS)
                    # "Easter Saturday brought 246 home": a feast's weekday is a day as it stands
                    and name[-1] not in lx.WEEKDAYS
                    and not self._holiday_event(i, end)
                    # "and then Easter, when 246 went each way": a time the clause after tells of
                    and not (self.norm_at[end] == "," and self.norm_at[end + 1] == "when")
                ):
                    return None  # "the Easter truce", "Christmas trees": no time named
                return end, " ".join(words)
        return None

    def _day_just_before(self, first: int) -> bool:
        """Whether a day ends with a comma right before the time opening at ``first``.

        "On 31 January, a week later, the sides swapped ...": the count of days is set
        off after the day as an aside, and restates how far that day came after the one
        told before; it counts on from nothing.
        """
        if self.norm_at[first - 1] != "," or first - 3 < self.first:
            return False
        last, before = self.norm_at[first - 2], self.norm_at[first - 3]
        return (last.isdigit() and before in lx.MONTHS) or (
            last in lx.MONTHS and before.isdigit() and len(before) <= 2
        )

    def _holiday_set_off(self, start: int) -> int:
        """Where a date starting at ``start`` starts with the feast's name set off before it.

        "on Independence Day, Aug. 24": the feast and the day after its comma are one
        date, so what stands before the name ("146 for 146 on") is next to the date.
        """
        if start - 2 < self.first or self.norm_at[start - 1] != ",":
            return start
        for name in _HOLIDAYS:
            first = start - 1 - len(name)
            if first >= self.first and all(
                self.norm_at[first + k] == word and self._capital(first + k)
                for k, word in enumerate(name)
            ):
                return self._holiday_lead(first)[0] + 1
        return start

    def _date_beside(self, end: int) -> bool:
        """Whether a date in apposition follows a time ending at ``end``: ", 19 April".

        A bare number is a day only with its month after it: "On Independence Day, 16
        civilians came home" counts people after the comma, not the 16th.
        """
        at = end + 1 + (self.norm_at[end + 1] == "on")
        return (
            self.norm_at[end] == ","
            and at < self.last
            and (
                (self._day_at(at) and self._month_after_day(at + 1))
                or (self.norm_at[at] in lx.MONTHS and self._capital(at))
            )
        )

    def _month_after_day(self, i: int) -> bool:
        """Whether token ``i`` is a month's name, past an ordinal ending ("19th April")."""
        i += self.norm_at[i] in ("st", "nd", "rd", "th")
        return i < self.last and self.norm_at[i] in lx.MONTHS and self._capital(i)

    def _event_dated_after(self, end: int) -> bool:
        """Whether a holiday's exchange is dated right after: "the Easter swap of 19 April".

        The holiday then names the exchange's occasion; the date after "of" or "on" is its
        day, which may not be the holiday's own (a swap on Easter Saturday).
        """
        if self.norm_at[end] not in _HOLIDAY_EVENTS - {"prisoner", "prisoners"}:
            return False
        at = end + 1
        if self.norm_at[at] not in ("of", "on"):
            return False
        return at + 1 < self.last and (
            self._day_at(at + 1) or (self.norm_at[at + 1] in lx.MONTHS and self._capital(at + 1))
        )

    def _holiday_lead(self, i: int) -> tuple[int, bool]:
        """The word that governs a holiday's name at ``i``, and whether it is "the eve of" it.

        A possessive before the name ("on Ukraine's Independence Day") and "the eve of"
        ("on the eve of Orthodox Christmas", the day before) stand between the
        preposition and the name.
        """
        lead = i - 1
        if lead > self.first and ends_possessive(self.tokens[lead].text):
            lead -= 1 + (self.norm_at[lead - 1] == "the")  # "on (the country's) Victory Day"
        eve = (
            lead - 2 >= self.first
            and self.norm_at[lead] == "of"
            and self.norm_at[lead - 1] == "eve"
            and self.norm_at[lead - 2] == "the"
        )
        return (lead - 3 if eve else lead), eve

    def _holiday_event(self, i: int, end: int) -> bool:
        """Whether a holiday names when an exchange took place: "a Christmas Eve swap".

        A holiday between an article and a noun of exchanging dates that exchange,
        as "the New Year's Eve handover" is the handover made on that day.
        """
        return (
            i > self.first
            and self.norm_at[i - 1] in ("a", "an", "the")
            and end < self.last
            and self.norm_at[end] in _HOLIDAY_EVENTS
        )

    def _season_at(self, i: int) -> tuple[int, str] | None:
        """A season as a time: "in the autumn", "during spring 2023", "the summer of 2024"."""
        before = self.norm_at[i - 1] if i > self.first else ""
        if before == "the" and i - 2 >= self.first:
            before = self.norm_at[i - 2]
        if before not in lx.DATE_PREPOSITIONS and before not in ("over", "through", "until"):
            return None
        end, text = i + 1, self.tokens[i].norm
        if self._year(end):
            return end + 1, f"{text} {self.tokens[end].text}"
        if self.norm_at[end] == "of" and self._year(end + 1):
            return end + 2, f"{text} {self.tokens[end + 1].text}"
        following = self.tokens[end] if end < self.last else None
        if following is not None and following.norm in _STARTED and before == "since":
            return end + 1, text  # "since the summer began": from the season's start
        if following is not None and following.kind == WORD and following.norm not in _SEASON_GO:
            return None  # "in the spring offensive": a season naming a noun after it
        return end, text

    def _since_start_of_season(self, i: int) -> tuple[int, str] | None:
        """The season of "since the start (beginning) of the summer", "start" at ``i``.

        A total counted from a season's start counts from the season, as "since the
        summer" does; left unread, the span would fall back to the whole war's.
        """
        if (self.norm_at[i - 2], self.norm_at[i - 1], self.norm_at[i + 1]) != (
            "since",
            "the",
            "of",
        ):
            return None
        j = i + 2 + (self.norm_at[i + 2] == "the")
        if self.norm_at[j] not in SEASONS:
            return None
        if self._year(j + 1):
            return j + 2, f"{self.norm_at[j]} {self.tokens[j + 1].text}"
        if self.norm_at[j + 1] == "of" and self._year(j + 2):
            # "since the start of the summer of 2024": that year's summer, not this one's
            return j + 3, f"{self.norm_at[j]} {self.tokens[j + 2].text}"
        following = self.tokens[j + 1] if j + 1 < self.last else None
        if following is not None and following.kind == WORD and following.norm not in _SEASON_GO:
            return None  # "since the start of the spring offensive": a noun's season
        return j + 1, self.norm_at[j]

    def _after_last_week(self, i: int) -> bool:
        """Whether the weekday at ``i`` follows "last week, on": "Last week, on Wednesday, 17
        children were reunited" is that day of the week before the report's, not the
        weekday nearest the report.
        """
        k = i - 1
        if k <= self.first or self.norm_at[k] != "on":
            return False
        k -= 1 if self.norm_at[k - 1] != "," else 2
        return k > self.first and (self.norm_at[k - 1], self.norm_at[k]) == ("last", "week")

    def _week_after(self, at: int) -> int | None:
        """Where "last week" or "of last week" starting at ``at`` ends, else None."""
        k = at + (self.norm_at[at] == "of")
        if (self.norm_at[k], self.norm_at[k + 1]) == ("last", "week"):
            return k + 2
        return None

    def _week_before(self, i: int) -> bool:
        """Whether "week" stands a few words before ``i`` in its clause, so "this one" is a week.

        "on Friday of last week and on Monday of this one": the "one" stands for the week
        named just before; with no week before it ("of this one") names nothing.
        """
        for k in range(i - 1, max(self.first, i - 8) - 1, -1):
            if self.norm_at[k] in (";", ".", ":"):
                return False
            if self.norm_at[k] == "week":
                return True
        return False

    def _listed_in_last_week(self, i: int) -> bool:
        """Whether the weekday at ``i`` is one of a list of weekdays set in "last week".

        "Last week, in stages carried out on Monday, Wednesday and Friday respectively,
        ..." and "on Monday and Friday last week": the days are of the week before the
        report's, not the nearest such weekdays before it. A lone weekday is left alone.
        """
        start = end = i
        while (
            start - 2 >= self.first
            and self.norm_at[start - 1] in (",", "and")
            and (self.norm_at[start - 2] in lx.WEEKDAYS)
        ):
            start -= 2
        while self.norm_at[end + 1] in (",", "and") and self.norm_at[end + 2] in lx.WEEKDAYS:
            end += 2
        if start == end:
            return False
        if (self.norm_at[end + 1], self.norm_at[end + 2]) == ("last", "week"):
            return True
        week = next(
            (
                k
                for k in range(start - 1, max(self.first, start - 16), -1)
                if (self.norm_at[k - 1], self.norm_at[k]) == ("last", "week")
                or self.norm_at[k] == ";"
            ),
            None,
        )
        return week is not None and self.norm_at[week] == "week"

    def _date_at_only(self, i: int) -> tuple[int, str] | None:
        tokens = self.tokens
        norm = tokens[i].norm
        if norm in _HOLIDAY_FIRSTS:
            return self._holiday_at(i)
        if norm in SEASONS:
            return self._season_at(i)
        if norm in lx.WEEKDAYS and self._capital(i):
            if self._ends_holiday_name(i):
                return (
                    None  # "Easter Saturday brought 246 home": the feast's day, not last Saturday
                )
            if self._after_last_week(i):
                # "Last week, on Thursday, ...": that weekday of the week before the report's
                return i + 1, f"{tokens[i].norm.capitalize()} last week"
            if self._listed_in_last_week(i):
                # "on Tuesday, Thursday and Saturday last week": each day of that week
                return i + 1, f"{tokens[i].norm.capitalize()} last week"
            week = self._week_after(i + 1)
            if week is not None:
                # "on Friday (of) last week": that weekday of the week before the report's
                return week, f"{tokens[i].norm.capitalize()} last week"
            prefix = self.norm_at[i - 1] if i > self.first else ""
            text = tokens[i].norm.capitalize()
            if prefix in ("last", "next", "this", "the"):
                text = f"{prefix} {text}"
            end = i + 1
            if self.norm_at[end] in lx.TIME_WORDS:
                end += 1
            if (self.norm_at[end], self.norm_at[end + 1]) == ("of", "this") and (
                self.norm_at[end + 2] == "week"
                or (self.norm_at[end + 2] == "one" and self._week_before(i))
            ):
                # "on Tuesday of this week", "on Friday of last week and on Monday of this
                # one": that Tuesday (Monday), not the week
                end += 3
            return end, text
        if norm in lx.RELATIVE_DAYS:
            return i + 1, "today" if norm == "tonight" else norm
        if norm == "weekend" and (
            self.norm_at[i - 1] == "this"
            or (self.norm_at[i - 1] == "the" and self.norm_at[i - 2] in ("over", "at", "during"))
        ):
            return i + 1, WEEKEND  # "over the weekend", "this weekend": the latest one
        if norm == "overnight" and self.norm_at[i + 1] in _OVERNIGHT_EVENTS:
            # "the overnight exchange" in a morning report: the one of the night just gone,
            # which began the day before the report's
            return i + 1, "yesterday"
        if (
            norm == "same"
            and self.norm_at[i + 1] == "day"
            and self.norm_at[i - 1] in ("the", "that")
        ):
            return i + 2, SAME_DAY  # "came on the same day Shoigu gave his figure"
        if (
            norm == "day"
            and (self.norm_at[i - 3], self.norm_at[i - 2], self.norm_at[i - 1]) in _CAME_ON_THE
            and self.norm_at[i + 1] not in _DAY_AFTERS
            and self.tokens[i + 1].kind == WORD
        ):
            return i + 1, SAME_DAY  # "The swap came on the day Shoigu said 5,937 had died"
        if norm == "day" and self.norm_at[i - 1] in _DAY_ORDINALS and self.norm_at[i - 2] == "the":
            return self._day_of_year(i) or self._day_of_month(i)
        if norm in _WEEK_RANKS and self.norm_at[i + 1] == "week":
            ranked = self._week_of_month(i)
            if ranked is not None:
                return ranked
        if norm == "first" and self.norm_at[i - 1] == "the":
            months = self._first_months_of_year(i)
            if months is not None:
                return months
        if norm in _WORD_DAYS and self.norm_at[i - 1] == "the":
            return self._word_day_of_month(i)
        if (
            norm == "day"
            and self.norm_at[i - 1] in ("last", "final")
            and self.norm_at[i - 2] == "the"
        ):
            if self.norm_at[i + 1] == "of" and self._year(i + 2):
                return i + 3, f"31 December {self.tokens[i + 2].text}"  # "the last day of 2022"
            if self.norm_at[i + 1] == "of":
                december = self._last_day_of_the_year(i + 2)
                if december is not None:
                    return december
            if (
                self.norm_at[i + 1] == "of"
                and self.norm_at[i + 2] != "and"
                and self._month_at(i + 2)
            ):
                month = self._month(i + 2)  # "the last day of May": that month's last day
                return None if month is None else (month[0], _last_day_of(month[1]))
            return None
        if norm == "day" and self._day_after_opening(i):
            # "The following day, 103 were exchanged for 103": the day after the one told
            # before, as "a day later," is
            return i + 1, f"{_PREVIOUS}{SHIFT}+1"
        if norm in ("day", "previous"):
            before = self._day_before(i)
            if before is not None or self.norm_at[i + 1] != "later":
                return before
            # "A day later, 60 came home": counted on below, as "two days later" is
        if norm in _AGO_UNITS and self.norm_at[i + 1] == "ago":
            return self._ago(i)
        if norm in _AGO_MONTHS and self.norm_at[i + 1] == "ago":
            return self._months_ago(i)
        if (norm in _AGO_UNITS or norm in _AGO_MONTHS) and self.norm_at[i + 1] == "later":
            return self._later(i)
        if (norm in _AGO_UNITS or norm in _AGO_MONTHS) and self.norm_at[i + 1] == "earlier":
            return self._later(i, back=True)
        if (
            (norm in _AGO_UNITS or norm in _AGO_MONTHS)
            and self.norm_at[i + 1] == "before"
            and self.norm_at[i + 2] == "that"
        ):
            return self._later(i, back=True, that=True)
        if norm in ("this", "last", "earlier", "later") and i + 1 < self.last:
            j = i + 1
            words = [norm]
            if norm in ("earlier", "later") and self.norm_at[j] == "this":
                words.append("this")
                j += 1
            elif norm == "earlier" and (self.norm_at[j], self.norm_at[j + 1]) == ("in", "the"):
                # "earlier in the week": the week of the report, as "this week" is
                if self.norm_at[j + 2] in lx.DATE_UNITS:
                    return j + 3, f"this {self.norm_at[j + 2]}"
                return None
            if self.norm_at[j] in lx.DATE_UNITS:
                if (
                    norm == "last"
                    and self.norm_at[i - 1] == "the"
                    and self.norm_at[i - 2] in _OVER_SPAN
                ):
                    # "in the last week", "over the last month": the time running back from
                    # the telling (or a month's final week), not the calendar week before it
                    return None
                if words == ["earlier", "this"]:
                    # "earlier this week": the week (month, year) of the report, at the
                    # precision the text gives, as "earlier in the week" is
                    return j + 1, f"this {self.norm_at[j]}"
                words.append(self.norm_at[j])
                return j + 1, " ".join(words)
            if norm in ("this", "last") and self.norm_at[j] in SEASONS:
                return j + 1, f"{norm} {self.norm_at[j]}"  # "this spring", "last autumn"
            if norm == "this" and self.norm_at[j] in lx.TIME_WORDS:
                return j + 1, "today"
            if norm == "last" and self.norm_at[j] == "night" and self.norm_at[i - 1] != "the":
                # "said last night": the evening before the telling ("the last night of the
                # talks" is no such evening)
                return j + 1, "yesterday"
            if self._last_month(i):
                return j + 1, f"last {self.tokens[j].text}"
            return None
        if (
            norm in ("start", "beginning")
            and self.norm_at[i + 1] == "of"
            and self.norm_at[i + 2] in ("the", "this")
            and self.norm_at[i + 3] == "month"
        ):
            if i - 2 >= self.first and self.norm_at[i - 2] == "at":
                # "published at the start of the month": some early day of the report's
                # month, which the text does not settle
                return i + 4, "this month"
            # "by the start of the month": the first day of the report's month, a day the
            # text names as surely as "on the 1st"
            return i + 4, "the 1st"
        if norm in ("start", "beginning") and self._since_start_of_season(i) is not None:
            return self._since_start_of_season(i)
        if norm in ("start", "beginning") and self._since_start_of_the_year(i):
            # "since the start of the year": of the year the text is written in, as "since
            # the start of this year" (a year named beside it may be one compared with)
            return i + 4, "this year"
        if norm == "end" and [self.norm_at[i + k] for k in (1, 2, 3)] == ["of", "the", "year"]:
            # "by the end of the year": of the one year the sentence names, if it names one
            # (else the year the text is about, which the rules know); a bare year a span
            # opens on ("the total since 2022 by the end of the year") is not that year
            years = {
                self.tokens[k].text
                for k in range(self.first, self.last)
                if self._year_token(self.tokens[k])
                and not (k > self.first and self.norm_at[k - 1] in ("since", "from"))
            }
            year = years.pop() if len(years) == 1 else "the year"
            return i + 4, f"the end of {year}"
        if norm in lx.MONTH_PARTS and i + 1 < self.last:
            j = i + 1
            if (self.norm_at[j] == "-" and tokens[j].gap == 0) or (
                # "the end (beginning, start, middle) of March"
                norm in ("end", "beginning", "start", "middle") and self.norm_at[j] == "of"
            ):
                j += 1
            middle = self._middle_of_year(i, j) or self._end_of_season(i, j)
            if middle is not None:
                return middle
            if self._month_at(j) and self.norm_at[j] != "and":
                month = self._month(j)
                if month is not None:
                    words = [f"the {norm} of" if self.norm_at[j - 1] == "of" else norm]
                    sep = "-" if norm == "mid" else " "
                    return month[0], f"{words[0]}{sep}{month[1]}"
            return None
        if norm in lx.MONTHS and self._capital(i):
            if tokens[i].text == "May" and not self._month_context(i):
                return None
            return self._month(i)
        if tokens[i].kind == NUM:
            return self._numeric_date(i)
        return None

    def _week_of_month(self, i: int) -> tuple[int, str] | None:
        """ "the last week of June 2025": that week, not the month.

        ``i`` is at the rank; the date grammar takes the week that holds the month's
        last Thursday.
        """
        if self.norm_at[i - 1] != "the" or self.norm_at[i + 2] != "of":
            return None
        month_at = i + 3
        if self.norm_at[month_at] not in lx.MONTHS or not self._month_at(month_at):
            return None
        month = self._month(month_at)
        if month is None or month[1].split()[0].lower() not in lx.MONTHS:
            return None
        return month[0], f"the {self.norm_at[i]} week of {month[1]}"

    def _first_months_of_year(self, i: int) -> tuple[int, str] | None:
        """ "The first five months of this year": the last of those months, of that year.

        A figure for a year's opening months stands as that span ends, a month the text
        names as surely as "by the end of May"; the year alone would say less. ``i`` is
        at "first".
        """
        count = self.tokens[i + 1].text if i + 1 < self.last else ""
        n = int(count) if count.isdigit() else _AGO_COUNTS.get(self.norm_at[i + 1], 0)
        if not 1 < n < 12 or (self.norm_at[i + 2], self.norm_at[i + 3]) != ("months", "of"):
            return None
        month = _MONTH_NAMES[n - 1]
        if self._year(i + 4):
            return i + 5, f"{month} {self.tokens[i + 4].text}"
        if self.norm_at[i + 4] in ("this", "last") and self.norm_at[i + 5] == "year":
            return i + 6, f"{month} {self.norm_at[i + 4]} year"
        return None

    def _since_start_of_the_year(self, i: int) -> bool:
        """Whether "start" at ``i`` reads "since the start of the year"."""
        return " ".join(self.norm_at[i + k] for k in (-2, -1, 1, 2, 3)) == "since the of the year"

    def _middle_of_year(self, i: int, j: int) -> tuple[int, str] | None:
        """ "mid-2025", "the middle of 2025", "the middle of the year": June of that year.

        The month that holds the year's midpoint, at the precision a reporter's
        "mid-" gives a month ("mid-July" is July); a year's middle third would claim
        a precision the text does not give. ``j`` is past "mid-" or "middle".
        """
        norm = self.norm_at[i]
        if norm == "mid" and j > i + 1 and self._year(j):
            return j + 1, f"June {self.tokens[j].text}"
        if norm == "middle" and self.norm_at[j - 1] == "of":
            if self._year(j):
                return j + 1, f"June {self.tokens[j].text}"
            if (self.norm_at[j], self.norm_at[j + 1]) == ("the", "year"):
                years = {t.text for t in self.tokens[self.first : self.last] if self._year_token(t)}
                year = years.pop() if len(years) == 1 else "this year"
                return j + 2, f"June {year}"
        return None

    def _end_of_season(self, i: int, j: int) -> tuple[int, str] | None:
        """ "By the end of the summer", "the end of winter 2024": the season's last month.

        A reporter closing a count at a season's end gives the month, not a day of
        it; ``j`` is past "end of".
        """
        if self.norm_at[i] != "end" or self.norm_at[j - 1] != "of":
            return None
        k = j + (self.norm_at[j] == "the")
        season = _SEASON_LAST_MONTHS.get(self.norm_at[k])
        if season is None:
            return None
        if self._year(k + 1):
            return k + 2, f"{season} {self.tokens[k + 1].text}"
        if self.norm_at[k + 1] == "of" and self._year(k + 2):
            return k + 3, f"{season} {self.tokens[k + 2].text}"
        return k + 1, season

    def _day_before(self, i: int) -> tuple[int, str] | None:
        """ "The day before", "a day earlier", "the previous day": the day before the story's.

        Reported as "yesterday" (the day before the dateline or publication); "the
        day before the swap" counts from an event instead, and so does "the day
        before" after a date in the same sentence ("the exchange of March 19,
        which followed a call the day before"): neither is read here, unless that
        date is a statement's weekday ("said on Thursday"), which it counts from.
        """
        found = self._day_before_alone(i)
        if found is None:
            return None
        if self.norm_at[i + 1] in ("before", "earlier") and self._opens_clause(i - 1, found[0]):
            # "On Friday 909 bodies came back; the day before (a day earlier), 84 came home"
            return found[0], f"{_PREVIOUS}{SHIFT}-1"
        earlier = [
            k
            for k in range(self.first, i)
            if (self.norm_at[k] in lx.MONTHS or self.norm_at[k] in lx.WEEKDAYS)
            and self.tokens[k].text[:1].isupper()
        ]
        if not earlier:
            return found
        said = self._said_on_weekday(earlier)
        if said is None:
            return None
        if day_window(self.norm, self.tokens, i - 2, self.last):
            # "said on Thursday that Russia had lost 1,060 over the previous day": a daily
            # figure's window, the figure stands on the day of the statement
            return None
        # "Erdogan said on Thursday ... the deal carried out the previous evening": the
        # day before the statement's, as the speaker counts it
        return found[0], f"{said}{SHIFT}-1"

    def _last_day_of_the_year(self, i: int) -> tuple[int, str] | None:
        """ "(the last day of) the year" at ``i``: 31 December of the year it means.

        "Of last year" is the year before the report's; "of the year" is the one year the
        sentence writes, if it writes one, else the latest 31 December, as a yearless
        "31 December" is read. "The last day of the year's talks" names no calendar day.
        """
        if (self.norm_at[i], self.norm_at[i + 1]) == ("last", "year"):
            return i + 2, "31 December last year"
        if self.norm_at[i] != "the" or self.norm_at[i + 1] != "year":
            return None
        if self.tokens[i + 2].text.replace("\u2019", "'").startswith("'") or (
            self.norm_at[i + 2] == "-" and not self.tokens[i + 2].gap
        ):
            return None  # "the last day of the year's talks", "of the year-long truce"
        years = {t.text for t in self.tokens[self.first : self.last] if self._year_token(t)}
        return i + 2, f"31 December {years.pop()}" if len(years) == 1 else "31 December"

    def _day_of_year(self, i: int) -> tuple[int, str] | None:
        """ "the third day of 2024": that day of the year's January, when the year is written."""
        if self.norm_at[i + 1] != "of" or not self._year(i + 2):
            return None
        return i + 3, f"{_DAY_ORDINALS[self.norm_at[i - 1]]} January {self.tokens[i + 2].text}"

    def _day_of_month(self, i: int) -> tuple[int, str] | None:
        """ "the first day of June (2024)": that day of the month named, as "1 June" is."""
        if self.norm_at[i + 1] != "of" or self.norm_at[i + 2] == "and" or not self._month_at(i + 2):
            return None
        month = self._month(i + 2)
        if month is None or not month[1][:1].isalpha():
            return None  # "the first day of June 5" gives its own day
        return month[0], f"{_DAY_ORDINALS[self.norm_at[i - 1]]} {month[1]}"

    def _word_day_of_month(self, i: int) -> tuple[int, str] | None:
        """ "the thirtieth of December": a day written as an ordinal word, as "30 December" is.

        Only with "of" and a month after it: "on the second" alone may be the second
        day of a swap told over several, not the second of a month.
        """
        if self.norm_at[i + 1] != "of":
            return self._word_day_after_month(i) or self._word_day_set_off(i)
        which = f"{self.norm_at[i + 2]} {self.norm_at[i + 3]}"
        if which in _RELATIVE_MONTHS:
            # "on the fourteenth of this (last) month": that day of the report's month (of
            # the month before it), as "the 14th of this month" is read
            return i + 4, _day_of_relative_month(_WORD_DAYS[self.norm_at[i]], which)
        if self.norm_at[i + 2] == "and" or not self._month_at(i + 2):
            return None
        month = self._month(i + 2)
        if month is None or not month[1][:1].isalpha():
            return None  # "the fifth of May 6" is no day of its own
        return month[0], f"{_WORD_DAYS[self.norm_at[i]]} {month[1]}"

    def _word_day_set_off(self, i: int) -> tuple[int, str] | None:
        """ "in February, the fifth -", "was on the fifth, ...": a day said as an ordinal word.

        Spoken reports name a day so: right after a month ("February the fifth"), or
        set off after it by a comma, or after
        "on the" with nothing but a mark or the sentence's end after it (then the day of
        the report's month, as "on the 5th" is read). "the first", "the second" and "the
        third" are left alone after "on": they count the days of a swap told over several.
        """
        after = self.norm_at[i + 1]
        if after not in lx.SET_OFF_MARKS and after not in ("", ".", ";"):
            return None
        if self._ordinal_ranks(i):
            return None
        month = i - 2 if self._month_at(i - 2) else i - 3  # "February the fifth" too
        if (
            month > self.first
            and (month == i - 2 or self.norm_at[i - 2] in lx.SET_OFF_MARKS)
            and self._month_at(month)
            and self.tokens[month].text[:1].isupper()
            and self.tokens[month - 1].kind != NUM
        ):
            return i + 1, f"{_WORD_DAYS[self.norm_at[i]]} {self.tokens[month].text}"
        if self.norm_at[i - 2] != "on" or self.norm_at[i] in _STAGE_DAY_ORDINALS:
            return None
        day = _WORD_DAYS[self.norm_at[i]]
        return i + 1, _day_as_ordinal(day)

    def _ordinal_ranks(self, i: int) -> bool:
        """Whether the ordinal word at ``i`` ranks a swap or a try rather than naming a day.

        "the fifth, sixth and seventh exchanges" (a list of ordinals), "the fourth, and
        largest, swap" (the ordinal of a noun set off after it), "tried three times ...;
        on the fourth" (the next of a counted series told before it).
        """
        after = self.norm_at[i + 2]
        if after in _WORD_DAYS:
            return True
        if after in ("and", "or") and self.norm_at[i + 4] in lx.SET_OFF_MARKS:
            return True
        if any(self.norm_at[i + k] in _RANKED_NOUNS for k in (2, 3, 4)):
            return True
        return any(
            self.norm_at[j] in _COUNTED_TRIES
            and (self.tokens[j - 1].kind == NUM or self.norm_at[j - 1] in lx.NUMBER_WORDS)
            for j in range(max(self.first + 1, i - 30), i)
        )

    def _word_day_after_month(self, i: int) -> tuple[int, str] | None:
        """ "In early February, on the fifth, ...": the day narrows the month set off before it.

        Only as an aside between commas or dashes right after a month named alone:
        "390 on the first, 307 on the second" counts the days of one swap.
        """
        month = i - 4
        if not (
            month > self.first
            and self.norm_at[i - 2] == "on"
            and self.norm_at[i - 3] in lx.SET_OFF_MARKS
            and self.norm_at[i + 1] in lx.SET_OFF_MARKS
            and self._month_at(month)
            and self.norm_at[month - 1] != "and"
            and self.tokens[month - 1].kind != NUM
        ):
            return None
        return i + 1, f"{_WORD_DAYS[self.norm_at[i]]} {self.tokens[month].text}"

    def _day_after_opening(self, i: int) -> bool:
        """Whether "the next day" or "the following day" ending at ``i`` opens its clause.

        Only so is it the time of what follows ("The next day, 60 came home", "..., and
        the next day 103 went each way", as "a week later" opens one); after a figure
        ("60 came home the next day") another rule counts it from its own date.
        """
        return (
            self.norm_at[i - 1] in ("next", "following")
            and self.norm_at[i - 2] == "the"
            and self._opens_later(i - 2, i + 1)
        )

    def _day_before_alone(self, i: int) -> tuple[int, str] | None:
        """The day-before phrase at ``i`` read as "yesterday", whatever else is dated."""
        if self.norm_at[i] == "previous":
            # "the previous day", "the deal carried out the previous evening"
            if self.norm_at[i - 1] == "the" and self.norm_at[i + 1] in _PARTS_OF_DAY:
                return i + 2, "yesterday"
            return None
        if self.norm_at[i - 1] not in ("the", "a") or i + 1 >= self.last:
            return None
        after = self.norm_at[i + 1]
        if after == "earlier":
            return i + 2, "yesterday"
        if after == "before" and (i + 2 >= self.last or self.norm_at[i + 2] in _AFTER_DAY_BEFORE):
            return i + 2, "yesterday"
        return None

    def _later(self, i: int, *, back: bool = False, that: bool = False) -> tuple[int, str] | None:
        """ "A week later,", "Two days later,": that many days after the day told before.

        Only as a time opening its clause (", and a month later 116 came home" too);
        the day counted from is the sentence's date before it, else the exchange just
        told (see :meth:`_counted_from`). Months and years count on from a month the
        sentence names before them (see :func:`_months_on`), and ``back`` from it
        ("in September 2023 ...; a year earlier it held 7,000": September 2022). Days
        and weeks count back too, also right after a verb of telling ("Moscow said two
        days earlier that ...": two days before the day told before, else the story's).
        With ``that``, "A month before that," is read as "A month earlier,", opening its
        clause only.
        """
        count = self.norm_at[i - 1]
        number = int(count) if count.isdigit() and len(count) <= 2 else _AGO_COUNTS.get(count)
        if that:
            if number is None or not self._opens_clause(i - 1, i + 3):
                return None
            # "Two weeks before that, a swap of 60 for 60 ...": counted back as "earlier" is
            months = number * _AGO_MONTHS.get(self.norm_at[i], 0)
            if months:
                return i + 3, f"{_PREVIOUS}{_MONTHS_ON}{-months}"
            return i + 3, f"{_PREVIOUS}{SHIFT}{-number * _AGO_UNITS[self.norm_at[i]]:+d}"
        told = back and self.norm_at[i - 2] in _TOLD_AGO
        if number is None or not (told or self._opens_later(i - 1, i + 2)):
            return None
        if self.norm_at[i + 3] == "on" and self._date_beside(i + 2):
            return None  # "A week later, on January 31, a swap took place": that date
        if self._day_just_before(i - 1 - (self.norm_at[i - 2] in _EXACTLY)):
            return None  # "On 31 January, exactly a week later, ...": that day, restated
        if self.norm_at[i] not in _AGO_MONTHS and self._ordinal_day_beside(i + 2):
            # "Four days later, on the 17th, ...": the day named, in the month counted to
            day = i + 5
            shift = number * _AGO_UNITS[self.norm_at[i]] * (-1 if back else 1)
            return day + 2, f"{_PREVIOUS}{SHIFT}{shift:+d}{ON_DAY}{self.tokens[day].text}"
        if self.norm_at[i] in _AGO_MONTHS:
            months = number * _AGO_MONTHS[self.norm_at[i]] * (-1 if back else 1)
            # "exactly a month later": the same day of the month, not just the month
            exact = _EXACT_DAY if self.norm_at[i - 2] in _EXACTLY else ""
            return i + 2, f"{_PREVIOUS}{_MONTHS_ON}{months}{exact}"
        days = number * _AGO_UNITS[self.norm_at[i]] * (-1 if back else 1)
        return i + 2, f"{_PREVIOUS}{SHIFT}{days:+d}"

    def _opens_later(self, first: int, end: int) -> bool:
        """Whether "a week later" at ``first`` to ``end`` is the time of its own clause.

        As :meth:`_opens_clause`, or after a coordinator that opens the next clause
        with no comma before its subject: "..., and a month later 116 came home".
        Not "talks set for a week later", whose span dates something else.
        """
        if self._opens_clause(first, end):
            return True
        if self.norm_at[end] == "," and self.norm_at[end + 1] == "when":
            return True  # "... and continued with a larger one a month later, when 150 ..."
        before = first - 1
        if self.norm_at[before] in _EXACTLY:
            first, before = before, before - 1  # "Exactly a month later, ..."
            if self._opens_clause(first, end):
                return True
        if self.norm_at[before] in ("and", "then") and before > self.first:
            before -= 1
            if self.norm_at[before] == "and" and before > self.first:
                before -= 1  # "and then a week later"
            opens = self.norm_at[before] in (",", ";", "—", "–")
        else:
            # "...; a year earlier the register held 7,000": a semicolon opens a clause too
            opens = first <= self.first or self.norm_at[before] == ";"
        return opens and end < self.last and self.tokens[end].kind in (NUM, WORD)

    def _opens_clause(self, first: int, end: int) -> bool:
        """Whether tokens ``first`` to ``end`` open a sentence or clause and a comma ends them."""
        opens = first <= self.first or self.norm_at[first - 1] in (";", ",", "—", "–", ":")
        return opens and (end < self.last and self.norm_at[end] == ",")

    def _counted_from(self, found: list[DateMention], days: int) -> str:
        """A day ``days`` after the last date of the sentence read so far, else the last
        exchange's day ("On Oct. 2, 185 were freed. A week later, ...")."""
        base = next((d.text for d in reversed(found) if not d.since and not d.as_of), SAME_DAY)
        if ON_DAY in base:
            base = SAME_DAY  # after "on the 17th": from the exchange, whose day is known then
        if SHIFT in base:
            base, _, before = base.partition(SHIFT)
            days += int(before)
        return f"{base}{SHIFT}{days:+d}"

    def _said_on_weekday(self, earlier: list[int]) -> str | None:
        """The weekday of a statement, when it is the sentence's only earlier date word.

        "X said on Thursday that ...": a lone weekday just after a verb of saying
        dates the statement, so a later "the previous evening" counts from it.
        """
        if len(earlier) != 1 or self.norm_at[earlier[0]] not in lx.WEEKDAYS:
            return None
        k = earlier[0]
        at = k - 1 if self.norm_at[k - 1] == "on" else k
        # "said on Thursday", "told reporters on Thursday"
        if not any(self.norm_at[j] in lx.SPEECH for j in range(max(self.first, at - 3), at)):
            return None
        return self.tokens[k].norm.capitalize()

    def _ago(self, i: int) -> tuple[int, str] | None:
        """ "A week ago", "three days ago": that many days before the story's day.

        Given as days counted back from "today" (the dateline's day, or the
        publication's), so "carried out a week ago" in a story datelined 26 April
        is the 19th, a day, as the text counts it. A day named beside it is the
        day: "ten days ago, on the 14th" is the 14th, however the days are counted.
        """
        count = self.norm_at[i - 1]
        number = int(count) if count.isdigit() and len(count) <= 2 else _AGO_COUNTS.get(count)
        if number is None or self._ordinal_day_beside(i + 2):
            return None
        days = number * _AGO_UNITS[self.norm_at[i]]
        return i + 2, f"today{SHIFT}{-days:+d}"

    def _ordinal_day_beside(self, at: int) -> bool:
        """Whether ", on the 14th" follows at ``at``: a bare ordinal day set beside a date."""
        words = [self.norm_at[k] for k in range(at, at + 3)]
        day = at + 3
        return (
            words == [",", "on", "the"]
            and day + 1 < self.last
            and self.tokens[day].text.isdigit()
            and 1 <= int(self.tokens[day].text) <= 31
            and self.norm_at[day + 1] in lx.ORDINAL_SUFFIXES
            and self.tokens[day + 1].gap == 0
        )

    def _months_ago(self, i: int) -> tuple[int, str] | None:
        """ "A year ago, ...", "Eleven months ago, ...": the month that many months before
        the story's, as a time opening its clause (a month, as far as the text counts).

        Inside a clause ("some of which had arrived three years ago") it may date another
        figure than the one the clause's date would be taken for, so is not read there,
        unless it says when a statement was made ("a toll given eleven months ago").
        """
        count = self.norm_at[i - 1]
        number = int(count) if count.isdigit() and len(count) <= 2 else _AGO_COUNTS.get(count)
        if number is None:
            return None
        opens = i - 1 <= self.first or self.norm_at[i - 2] in (";", ",", "—", "–", ":")
        if self.norm_at[i] in ("year", "years") and self.norm_at[i + 2] in lx.RELATIVE_DAYS - {
            "yesterday"
        }:
            # "One year ago tonight, ...": an anniversary, the very day that many years back
            return (i + 3, f"{number}{YEARS_AGO_TODAY}") if opens else None
        # "was given eleven months ago", "said two months ago": when a statement was made;
        # "gave a figure eleven months ago, when ...": the time the "when" clause tells of
        told = self.norm_at[i - 2] in _TOLD_AGO or (
            i + 3 < self.last and self.norm_at[i + 2] == "," and self.norm_at[i + 3] == "when"
        )
        # "A year ago he gave ...": opening the sentence, its subject pronoun right after
        first = i - 1 <= self.first and self.norm_at[i + 2] in _TELLER_PRONOUNS
        if not told and not first and not self._opens_clause(i - 1, i + 2):
            return None
        return i + 2, f"{number * _AGO_MONTHS[self.norm_at[i]]} months ago"

    @staticmethod
    def _year_token(token: Token) -> bool:
        """Whether ``token`` is a year of this war's era written in four digits ("2024")."""
        return token.kind == NUM and len(token.text) == 4 and token.text[:2] in ("19", "20")

    def _months_not_modals(self) -> Sequence[str]:
        """The sentence's words with a month "May" told apart from the modal "may".

        "after the May exchange that 5,000 had been freed": the month before a noun of
        swapping makes no plan of it, as "may exchange" would.
        """
        if "may" not in self.norm_set:
            return self.norms
        return [
            "may_month" if t.text == "May" and self._month_context(k) else n
            for k, (t, n) in enumerate(
                zip(self.tokens[self.first : self.last], self.norms, strict=True), self.first
            )
        ]

    def _month_context(self, i: int) -> bool:
        before = self.norm_at[i - 1] if i > self.first else ""
        after = self.tokens[i + 1] if i + 1 < self.last else None
        return (
            before in lx.DATE_PREPOSITIONS
            or before in _NO_MODAL_AFTER
            or before in lx.MONTH_PARTS
            or before == "the"  # "after the May exchange": no modal follows an article
            or (after is not None and after.kind == NUM)
            # "on 12 May freed 95": a day number before the name makes it the month
            or (
                i > self.first
                and self.tokens[i - 1].kind == NUM
                and before.isdigit()
                and 1 <= int(before) <= 31
            )
            # "in April, May and June": a month listed after a month
            or (
                i - 2 >= self.first
                and self.norm_at[i - 2] in lx.MONTHS
                and (before == "and" or (before == "," and self.norm_at[i + 1] in (",", "and")))
            )
            # a ledger's heading "May." standing alone is no verb
            or (
                i == self.first
                and all(self.norm_at[k] in (".", ":") for k in range(i + 1, self.last))
            )
            or (i == self.first and after is not None and _past_verb(after.norm))
        )

    def _month(self, i: int) -> tuple[int, str] | None:
        """A month name with an optional day before or after it and an optional year."""
        tokens = self.tokens
        # "August's swap": the month the swap was in
        month = tokens[i].text.removesuffix("'s").removesuffix("\u2019s")
        day = ""
        if i > self.first and self._day(i - 1):
            day = tokens[i - 1].text
        end = i + 1
        if (
            tokens[i].norm in lx.MONTH_ABBREVIATIONS
            and end + 1 < self.last
            and tokens[end].text == "."
            and tokens[end].gap == 0
            and self._day(end + 1)
        ):
            end += 1  # "Oct. 23": the full stop belongs to the abbreviation
        if not day and end < self.last and self._day(end):
            day = tokens[end].text
            end += 1
            if self.norm_at[end] == ",":
                end += 1 if self._year(end + 1) else 0
        year = ""
        if end < self.last and self._year(end):
            year = tokens[end].text
            end += 1
        elif end < self.last and self.norm_at[end] == "," and self._year(end + 1) and day:
            year = tokens[end + 1].text
            end += 2
        elif not day and self.norm_at[end] == "of" and self._year(end + 1):
            year = tokens[end + 1].text  # "late June of 2024"
            end += 2
        parts = [p for p in (day, month, year) if p]
        return end, " ".join(parts)

    def _day(self, i: int) -> bool:
        token = self.tokens[i]
        return (
            token.kind == NUM
            and len(token.text) <= 2
            and token.text.isdigit()
            and 1 <= int(token.text) <= 31
        )

    def _year(self, i: int) -> bool:
        if i >= self.last:
            return False
        token = self.tokens[i]
        return token.kind == NUM and lx.is_bare_year(token.text)

    def _year_of_figures_swap(self, i: int) -> bool:
        """Whether the year at ``i`` dates the exchange the clause's figure was moved in.

        "Russia freed 84 Ukrainians in the 2023 swap": "in" (or "during") the swap
        names where the figure before it was handed over, in the same clause. A
        comparison ("more than in the 2022 swap") or a break between them leaves the
        year to another exchange.
        """
        at = i - 2
        if self.norm_at[at] not in ("in", "during") or self.norm_at[at - 1] in (
            "than",
            "as",
            "like",
        ):
            return False
        last = max(k for k in range(self.first, i) if self.tokens[k].kind == NUM)
        return not any(self.norm_at[k] in (",", ";", ":", "than") for k in range(last, at))

    def _numeric_date(self, i: int) -> tuple[int, str] | None:
        tokens = self.tokens
        # 2025-10-23
        if (
            self._year(i)
            and i + 4 < self.last
            and all(tokens[k].gap == 0 for k in range(i + 1, i + 5))
            and tokens[i + 1].text == "-"
            and tokens[i + 3].text == "-"
            and tokens[i + 2].kind == NUM
            and tokens[i + 4].kind == NUM
        ):
            return i + 5, "".join(t.text for t in tokens[i : i + 5])
        # a day before a month is read from the month
        if self._day(i) and i + 1 < self.last and self._month_at(i + 1):
            if self.norm_at[i + 1] == "and":
                return None
            return self._month(i + 1)
        previous = self.norm_at[i - 1] if i > self.first else ""
        if self._year(i) and previous in _BARE_YEAR_OPENERS:
            return i + 1, tokens[i].text
        if (
            self._year(i)
            and previous in lx.DETERMINERS
            and self.norm_at[i + 1] in _ONE_EVENT
            # "the swap of 1,200 outdid the 2022 swap, in which 215 came home": a sentence
            # date would put the figure before, the exchange reported, in 2022 too
            and (
                not any(tokens[k].kind == NUM for k in range(self.first, i))
                or self._year_of_figures_swap(i)
            )
        ):
            return i + 1, tokens[i].text  # "the 2022 swap, in which 215 came home": its year
        return self._ordinal_day(i)

    def _ordinal_day(self, i: int) -> tuple[int, str] | None:
        """ "The 14th of October", "the 2nd of March 2024": a day of a month named after it.

        A bare "on the 14th" is left to the extractor, which knows the month told
        before it; "the 2nd of this month" is the report's month, as the assembler
        counts "the 2nd".
        """
        if (
            not self._day(i)
            or self.norm_at[i + 1] not in lx.ORDINAL_SUFFIXES
            or self.tokens[i + 1].gap
        ):
            return None
        which = f"{self.norm_at[i + 3]} {self.norm_at[i + 4]}"
        if self.norm_at[i + 2] == "of" and which in _RELATIVE_MONTHS:
            return i + 5, _day_of_relative_month(int(self.tokens[i].text), which)
        if self.norm_at[i + 2] != "of" or not self._month_at(i + 3) or self.norm_at[i + 3] == "and":
            return None
        end = i + 4
        year = f" {self.tokens[end].text}" if self._year(end) else ""
        return end + bool(year), f"{self.tokens[i].text} {self.tokens[i + 3].text}{year}"

    def find(self) -> Mentions:
        sources, parties = self.sources_and_parties()
        speech, according = self.speech()
        norms = self.norm_set
        return Mentions(
            figures=self.figures(),
            parties=parties,
            sources=sources,
            # "Bring Kids Back UA says ...": a verb inside a named body's name is no verb
            transfers=[
                t
                for t in self.transfers()
                if not any(s.entry is not None and s.first <= t.first < s.last for s in sources)
            ],
            speech=speech,
            according=according,
            dates=self.dates(),
            dated_asides=self.dated_asides,
            dated_shares=self.dated_shares(),
            mediation=not norms.isdisjoint(_MEDIATION_FIRSTS)
            and any(
                lx.MEDIATION.match(self.tokens, i, self.last) is not None
                for i in range(self.first, self.last)
                if self.tokens[i].norm in _MEDIATION_FIRSTS
            ),
            first_person=bool(norms & lx.FIRST_PERSON),
            words=self.words,
        )


# Words that close an "on <noun of handing over> ..." phrase: a mark or a clause word
# (see :meth:`_Finder._sized_in_phrase`).
_PHRASE_ENDS: Final = frozenset(
    {",", ";", ":", ".", "—", "–", "(", "and", "but", "which", "who", "that", "when"}
)

# Every word at which :meth:`_Finder.speech` may find a verb of saying or "according to".
_SPEECH_STARTS: Final = lx.SPEECH | lx.GIVING | _lemmas.SPEAKING | {"according"}

# Verbs that sum what was told before: "that comes to 6,057", "they total 900".
SUMMING_TO: Final = frozenset({"comes", "come", "came", "amounts", "amounted"})
SUMMING: Final = lx.TOTALLED | {"totals", "total", "makes", "made"}
# The kinds of place a name may stand before in a noun group: "Sudzha district residents".
_PLACE_KINDS: Final = frozenset({"district", "region", "oblast"})
# How many further numbers one side of a verbless list may give, one per listed date.
_ORDERED_RUN_MAX: Final = 3
# Marks that set off a loss word opening a verbless sentence: "Wounded, about 380,000."
_HEADING_MARKS: Final = frozenset({",", ":", "-", "\u2014", "\u2013"})
_HEADING_REACH: Final = 12  # tokens a loss label may take before its colon
_PEOPLE_CUES: Final = (
    # "members" names people only with its unit after it ("members of the unit")
    (lx.PEOPLE.firsts - {"members"})
    | _DEMONYMS
    | lx.KILLED_WORDS
    | lx.MISSING_WORDS
    | lx.WOUNDED_WORDS
    | lx.CAPTURED_WORDS
    | lx.TOTAL_WORDS
    | lx.CAPTIVE_AFTER  # "thousands more were still held"
)
# The words of a speaker who counts their own side: "we handed over 1,200 of theirs".
_FIRST_PERSON_OWN: Final = lx.FIRST_PERSON | {"ours"}
# Where a bare number "is" when its people are held: "are still in Russian prisons".
_JAILS: Final = frozenset({"prisons", "jails", "detention"})


def _in_jails(after: list[str]) -> bool:
    """Whether the words after a bare number say its people are in jails.

    "thousands (more) are (still) in Russian prisons", "500 remain in detention":
    the verb of being right after the number (or its "more"), then "in" and the jails.
    """
    at = int(after[:1] == ["more"])
    if after[at : at + 1] == [] or after[at] not in lx.BEING_NOW:
        return False
    rest = after[at + 1 : at + 6]
    rest = rest[rest[:1] in (["still"], ["now"]) :]
    return rest[:1] == ["in"] and any(w in _JAILS for w in rest[1:3])


# "added" hands people over only after a swap: "and Russia added 22 wounded" (a headline's
# "Moscow adds 22 wounded" is left to the body, which tells the same group with its source)
_ADDING_FORMS: Final = frozenset({"added"})
# Finite verbs that make the words after "added" a clause it reports: "added 22 were hurt".
_FINITE_AFTER_SPEECH: Final = lx.BEING_NOW | lx.HAVING | {"are", "would", "will", "could", "might"}
# Forms of "have", a verb of receiving only as "had back 2,235".
_TRANSFER_FIRSTS: Final = (
    _lemmas.TRANSFER_MATCHER.firsts | {"in", "turn"} | _PASS_FORMS | lx.HAVING | _ADDING_FORMS
)
# What stands before "the turn of" when a group's turn to be handed over came.
_TURN_COMES: Final = lx.BE_FORMS | {"came", "comes", "'s"}
# Adjectives that make a noun of handing over a plan: "the planned exchange".
_PLANNED: Final = frozenset(
    {
        "planned",
        "proposed",
        "possible",
        "potential",
        "future",
        "next",
        "upcoming",
        "prospective",
        "awaiting",
        "await",
        "pending",
        "demands",
        "demanded",
        "seeks",
        "sought",
        # a verb of putting forward: "Russia suggested a swap of 500", "offered an exchange"
        "suggested",
        "suggests",
        "suggesting",
        "proposes",
        "proposing",
        "offered",
        "offers",
        "offering",
        "floated",
        "mooted",
        "promised",
        "promises",
        "pledged",
        "pledges",
        # talks still going on: "was negotiating the return of 40", "discussing a swap";
        # talks held: "the leaders discussed an exchange of 200" names the idea, not a swap
        "negotiating",
        "negotiate",
        "negotiates",
        "discussing",
        "discuss",
        "discusses",
        "discussed",
        "debated",
        "debating",
        # a swap in the making: "Kyiv is preparing a 300-for-300 exchange"
        "preparing",
        "prepares",
        "prepare",
        "seek",
        "seeking",
        "awaits",
        "forward",  # "put forward an exchange of 1,000"
        # a release made a condition of something else: "tied the return of 300 to a list"
        "linked",
        "links",
        "linking",
        "tied",
        "tying",
        "conditioned",
        "conditioning",
    }
    # "an agreement which foresees (foresaw) the return of 1,200 people": the terms of a deal;
    # "the delegations agreed a swap of 500 each": a deal struck, not yet carried out
) | frozenset(f for verb in ("foresee", "envisage", "agree") for f in _lemmas.inflections(verb))
# Verbs of putting a deal forward to someone: "offered Kyiv an exchange of 1,000".
_PUTTING_FORWARD: Final = _PLANNED & frozenset(
    f
    for verb in ("offer", "propose", "suggest", "promise", "pledge")
    for f in _lemmas.inflections(verb)
)
# Words of the side a deal is put forward to, besides names: "to the Ukrainian side".
_RECIPIENT_WORDS: Final = lx.SIDE_ADJECTIVES | {"to", "the", "side", "'s", "’s", "its", "their"}
# Words between the determiner and the noun of an exchange offered: "a new prisoner swap".
_DEAL_MODIFIERS: Final = frozenset(
    {"prisoner", "prisoners", "new", "further", "larger", "large", "separate", "smaller"}
    | {"bigger", "big", "staged", "phased", "gradual", "major", "mass"}
)
# Nouns of a plan whose content a colon may open: "a plan of its own: a swap of 1,200".
_PLAN_NOUNS: Final = frozenset(
    {"plan", "plans", "proposal", "proposals", "offer", "offers", "initiative", "idea"}
)
# At most this many words name the side an offer went to: "to the Ukrainian side".
_RECIPIENT_REACH: Final = 4
# Words that join the figures set before a noun of exchange: '"500 for 500" swap'.
_FIGURE_LINKS: Final = frozenset({"for", "-", "–", "to", "each"})
_PREMODIFIER_REACH: Final = 8  # tokens between an article and its noun: 'a "1,000 for 1,000" swap'
# The second half of a year said aloud after "twenty": "twenty nineteen", "twenty twenty-two".
_YEAR_SECOND_HALVES: Final = frozenset(
    {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"}
    | {"eighteen", "nineteen", "twenty"}
)
# Determiners that open a noun phrase of handing over: "the return of", "a swap of".
_NOUN_DETERMINERS: Final = frozenset({"the", "a", "an", "another", "further"})
# Verbs whose object is an exchange they bring about: "carry out a swap", "conduct one".
_CARRYING: Final = frozenset(_lemmas.inflections("carry"))
_CONDUCTING: Final = frozenset(
    {f for verb in ("conduct", "hold", "stage", "perform") for f in _lemmas.inflections(verb)}
    | {"held"}
)
# Words of saying that are nouns too, and head a noun group after an article or possessive.
_SAYING_NOUNS: Final = frozenset(
    {"estimate", "estimates", "claim", "claims", "reports", "notes", "counts", "lists"}
)
# Words of the main clause that make an absolute "with" clause after it a plan: "the
# swap will take place on Sunday, with 390 going each way". Modals and words of a
# timetable only: "next" may date a day gone by ("the next day") and "ahead" a deal
# done ("went ahead").
_ABSOLUTE_PLANS: Final = frozenset(
    {"will", "would", "could", "may", "might", "should", "shall", "'ll", "planned"}
    | {"scheduled", "due", "expected"}
)
# Singular nouns of one swap: a later "it" may point back to one ("the handover ...; it took
# place"), and a bare year before one dates it ("the 2022 swap").
_ONE_EVENT: Final = lx.EXCHANGE_NOUNS - lx.EXCHANGE_PLURALS
# Adverbs between "it" and a verb of happening at last: "it eventually took place".
_AT_LAST: Final = frozenset({"eventually", "finally", "later", "then", "ultimately"})
# Words that keep people held, not yet returned: "the bodies still awaiting return".
_STILL_HELD: Final = frozenset({"yet", "still", "awaiting", "unreturned", "outstanding"})
# Prepositions that bring in an event of their own, which a later "it" may name: "after
# a missile strike", "amid an outbreak of fighting" ("despite a strike" says the swap
# went ahead, so it is not one of them).
_EVENT_PREPOSITIONS: Final = frozenset({"after", "following", "amid", "during"})
_ABSOLUTE_REACH: Final = 8  # words between "with" and its participle: "with a further 390"
# Modals whose verb's object is an outcome supposed or planned: "would mean the return".
_SUPPOSING: Final = frozenset({"would", "could", "might", "should", "will", "shall", "'d"})
# "the agreed swap took place on Friday": after an article the participle only names the deal.
_AGREED: Final = frozenset(_lemmas.inflections("agree"))
# "each time", "every few weeks", "once a month": how often a handover is made.
_HABIT_QUANTIFIERS: Final = frozenset({"each", "every", "once", "twice", "per"})
# Irregular past forms among the verbs of saying: "every time they said ..." is no frame
# of what is said again and again.
_PAST_SPEECH: Final = frozenset({"said", "told", "wrote", "put"})
# How many words the subject of "every time <subject> says" may run to.
_WHENEVER_SUBJECT: Final = 3
_HABIT_CUES: Final = lx.FREQUENCY_ADVERBS | _HABIT_QUANTIFIERS
# Words before a present form that make it a noun or a participle's auxiliary, not a verb.
_NOT_SUBJECTS: Final = frozenset(
    {"has", "have", "had", "is", "are", "was", "were", "be", "been", "the", "these", "those"}
    | {"such", "its", "their", "our", "all", "both", "monthly", "weekly", "regular"}
)
# Verbs before "for" that make the handing over after it asked for or set out in terms:
# "called for the release of", "the deal provides for the return of", "pressed for".
_ASKED_FOR: Final = frozenset(
    {"call", "calls", "called", "calling", "provide", "provides", "provided", "providing"}
    | {"ask", "asks", "asked", "asking", "push", "pushed", "pushing", "press", "pressed"}
    | {"pressing", "appeal", "appealed", "appeals", "plead", "pleaded", "lobbied", "lobbying"}
    | {"hope", "hopes", "hoped", "hoping", "wait", "waits", "waited", "waiting"}
    | {"ready", "prepared", "lined", "earmarked", "slated"}  # "600 held ready for exchange"
)
# Verbs of demanding before "that": the clause after them is wanted, not done ("demanded
# that Kyiv hand over 600", "insists that both sides release everyone").
_MANDATIVE: Final = frozenset(
    {"demand", "demands", "demanded", "demanding", "insist", "insists", "insisted", "urge"}
    | {"urges", "urged", "request", "requests", "requested", "propose", "proposes", "proposed"}
    | {"suggest", "suggests", "suggested", "require", "requires", "required", "asked", "asks"}
)
# Verbs before "on" that make the handing over after it hoped for or still being settled:
# "counting on the return of 1,000", "agreed on an exchange of 300", "working on".
_ASKED_ON: Final = frozenset(
    {"count", "counts", "counting", "rely", "relies", "relying", "insist", "insists"}
    | {"insisted", "insisting", "work", "works", "working", "agree", "agrees", "agreed"}
    | {"banking", "focused", "focusing"}
    | set(_lemmas.inflections("settle"))  # "the sides settled on a swap of 500 each"
    | lx.AGREEMENT_NOUNS  # "an agreement on the repatriation of 6,000": a deal's terms
)
# Nouns of a body's purpose before "for": "a programme for returning children" names what
# the programme is for, not a handover done.
_AIMS: Final = frozenset(
    {"programme", "programmes", "program", "programs", "initiative", "initiatives", "scheme"}
    | {"mechanism", "mechanisms", "project", "campaign", "effort", "efforts", "centre", "center"}
)
# Words a day of the week follows as an adverb of time: "agreed on Friday", "last Tuesday".
_DAY_OPENERS: Final = frozenset({"on", "last", "this"})
# Verbs before "about" that make the handing over after it talked of, not done: "have been
# talking about a 1,000-for-1,000 swap", "talks about the return of 300".
_TALKED_ABOUT: Final = _lemmas.SPEAKING | frozenset(_lemmas.inflections("think"))
_ASKING: Final = {
    "for": _ASKED_FOR,
    "on": _ASKED_ON,
    "that": _MANDATIVE,
    "about": _TALKED_ABOUT,
}
# Participles of a deal made, in its passive: "an agreement was reached on ...".
_REACHED_DEAL: Final = frozenset({"reached", "struck", "concluded", "made"})
# Nouns of a meeting of minds that name a deal as the agreement nouns do.
_UNDERSTANDINGS: Final = frozenset({"understanding", "consensus", "arrangement"})
# A yes-no question opens on an auxiliary or modal, after the sentence's start or a colon.
_INVERTED: Final = frozenset(
    {"did", "do", "does", "has", "have", "had", "is", "are", "was", "were", "will", "would"}
    | {"can", "could", "should", "may", "might"}
)
_QUESTION_OPENERS: Final = frozenset({":", ";", '"', "“", "‘", "'", "—", "–"})
_SENTENCE_ENDS: Final = frozenset({".", "!", "?", ";"})
_QUESTION_REACH: Final = 40  # tokens a question's verb may stand from its opener or its "?"
# How far before its verb group's start a condition's conjunction may stand, over the
# subject: "if the Ukrainian side freed".
_CONDITION_REACH_BACK: Final = 6
# Words of a verb group before its verb: "had not yet freed".
_GROUP_WORDS: Final = _AUXILIARIES | _ADVERBS | _NEGATIONS
# Records a verb of releasing or handing over may put out instead of people.
_MEDIA_OBJECTS: Final = frozenset(
    {"video", "videos", "footage", "statement", "statements", "list", "lists", "names"}
    | {"photos", "photographs", "pictures", "images", "report", "reports", "data", "figures"}
    | {"details", "document", "documents", "letter", "letters", "recording", "recordings"}
    | {"call", "calls", "message", "messages", "text", "texts", "email", "emails"}
)
# Words naming how a call or message came, between a verb and the record: "a phone call".
_MEDIA_MEANS: Final = frozenset({"phone", "telephone", "voice", "text"})
# Records that may be "released" as people are: "the figure, released in February, was ...".
_RELEASED_RECORDS: Final = (_MEDIA_OBJECTS - {"names", "list", "lists", "letter", "letters"}) | {
    "figure",
    "estimate",
    "estimates",
    "statistic",
    "statistics",
    "tally",
    "count",
    "counts",
    "toll",
    "bulletin",
    "analysis",
    "study",
    "survey",
    "assessment",
    "findings",
}
# Verbs that put out a statistic as well as people: "released its estimate of 80,000 dead".
_PUTTING_OUT: Final = frozenset({"released", "release", "releases", "releasing"})
_PUT_OUT_RECORDS: Final = _MEDIA_OBJECTS | _RELEASED_RECORDS
# Words between a record and "released": "the figure, released", "the data were released".
_RELEASED_LINKS: Final = frozenset({",", "was", "were", "been", "has", "have", "had", "is", "are"})
# Auxiliaries between a record and the participle it is handed over by: "the list was sent".
_RECORD_LINKS: Final = lx.HAVE_BE_AUXILIARIES
# Words that, after "for every"/"for each", name the single person a ratio is counted against.
_RATIO_OWNERS: Final = frozenset({"ukrainian", "russian", "one", "single", "body", "corpse"})
# Nouns of a count restated as "the same figures, 1,000 and 31".
_SAME_COUNTS: Final = frozenset({"figure", "figures", "number", "numbers", "count", "counts"})
# Verbs of handing over next to which a bare number counts people: "Russia got back 24".
# Words that end the words naming what a number counts: "46 containers over the summer".
_FUNCTION_WORDS: Final = frozenset(
    {"on", "in", "at", "to", "from", "by", "for", "with", "over", "after", "before", "and"}
    | {"or", "of", "as", "was", "were", "is", "are", "has", "have", "had", "this", "its"}
    | {"his", "their", "more", "others", "since", "during", "across", "towards", "afterwards"}
    | {"besides", "perhaps", "always", "plus", "thus", "unless", "less", "yesterday", "today"}
)
_GAP_REACH: Final = 12  # tokens back to the number whose verb a gapped "and 82 to Russia" shares
_TRANSFER_CUES: Final = frozenset(
    {"returned", "received", "back", "home", "freed", "released", "exchanged", "swapped"}
)
# A number that is the subject of one of these passives counts people: "were killed".
_PASSIVE_PEOPLE: Final = (
    lx.KILLED_WORDS
    | lx.WOUNDED_WORDS
    | lx.MISSING_WORDS
    | lx.CAPTURED_WORDS
    | {"held", "imprisoned", "detained", "repatriated", "evacuated"}
)
_SWAP_NOUNS: Final = frozenset({"swap", "swaps", "exchange", "exchanges", "handover", "handovers"})
# Plurals of handovers whose sizes a list after "of" gives: "in three stages of 84, 90 and 95".
STAGE_NOUNS: Final = lx.HANDOVER_PLURALS
_DATED_ASIDE_REACH: Final = 40  # tokens from a dash opening a list of dated sizes to its close
_KINDS_REACH: Final = 12  # tokens after a stage list's people in which another kind is listed
_SWAPPING: Final = frozenset({"swap", "exchange", "trade"})  # lemmas of verbs of swapping
# Words that open an amount after "came to": "came to up to 420", "came to about 9,000".
_AMOUNT_OPENERS: Final = frozenset(
    {"up", "about", "around", "some", "nearly", "almost", "over", "more", "roughly", "at", "just"}
)
# Verbs that link "the number of ..." to its value: "is 4,000", "remains in the thousands".
_NUMBER_LINKS: Final = frozenset(
    {"is", "was", "are", "were", "remains", "remained", "stood", "stands"}
)
# Forms of "run" that link "the number of ..." to its value with "to" or "into": "the
# number held runs to several thousand", "runs into the thousands".
_RUNS_TO: Final = frozenset({"runs", "run", "ran", "running"})
# Quantifiers a scale word's value may carry, no count of their own: "several thousand".
_UNCOUNTED_SCALES: Final = frozenset({"several", "many"})
_LINK_ADVERBS: Final = lx.ALSO_WORDS | {"now"}  # "the number ... is also 60,000"
_HAVE: Final = lx.FINITE_HAVE  # "the figure has now reached 4,000"
# Nouns for a stated total a figure may be given "as" or "at": "gave the total as 1,000".
_STATED_TOTALS: Final = frozenset({"total", "toll", "tally"})
# Hedges that may stand, quoted or not, between "as" and a stated total: 'as "more than N"'.
# The shared hedges, less the links a stated total is told with ("as", "at"): 'as "about N"'.
_QUOTED_HEDGES: Final = lx.FIGURE_HEDGE_WORDS - {"the", "as", "at", "to"}
_GIVEN_TOTALS: Final = _STATED_TOTALS | {"figure", "figures", "count", "estimate", "number"}
# Nouns of a source's own account of a figure: "gave a different breakdown ...: 230 people".
_GIVEN_ACCOUNTS: Final = frozenset({"breakdown", "account"})
_PUT_VERBS: Final = frozenset({"put", "puts", "putting", "placed", "places"})
# "150 and then 175 went each way": the verbs of going a per-side phrase may follow
_GOING_EACH_WAY: Final = frozenset({"go", "cross", "move"})
_TRANSFER_CUES_AFTER: Final = _TRANSFER_CUES | {"came", "come", "went", "were", "arrived"}
# Auxiliaries and adverbs between a subject and its verb: "had so far been returned".
_BEFORE_THE_VERB: Final = lx.FINITE_HAVE_BE | {"been", "be", "so", "far", "now", "already", "since"}
_MEDIATION_FIRSTS: Final = lx.MEDIATION.firsts
SEASONS: Final = frozenset({"spring", "summer", "autumn", "winter"})
# The last month of each season, for "by the end of the summer".
_SEASON_LAST_MONTHS: Final = {
    "spring": "May",
    "summer": "August",
    "autumn": "November",
    "winter": "February",
}
# Nouns of the whole war: "since the start of the war" needs no date of its own.
_WARS: Final = frozenset({"war", "invasion", "conflict"})
# Verbs that tell a start: "since the war began on Feb. 24" dates the span's start.
# Prepositions of a span "the last week" may follow: "in the last week", "over the last month".
_OVER_SPAN: Final = frozenset({"in", "over", "during", "across", "within", "throughout"})
_STARTED: Final = frozenset(
    {"began", "begun", "started", "launched", "invaded", "erupted", "broke", "resumed"}
)
# Words before "from" that move an event's date rather than open a span.
_RESCHEDULED: Final = frozenset(
    {"postponed", "moved", "delayed", "rescheduled", "shifted", "deferred", "changed"}
    | {"back", "forward", "up", "off"}
)
# Words after a season that leave it a time: "said in the autumn that 6,000 were held";
# a preposition opens a phrase of its own, where a season naming a noun ("the spring
# offensive") is followed by that noun: "over the winter in three handovers".
_SEASON_GO: Final = frozenset(
    {"of", "last", "this", "and", "or", "when", "that"}
    | {"in", "at", "with", "across", "through", "after", "before", "amid", "via", "to", "from"}
)
# Holidays whose Orthodox date the date grammar also knows.
_ORTHODOX_TOO: Final = frozenset(
    {("easter",), ("easter", "sunday"), ("easter", "saturday"), ("easter", "eve")}
)
# Holidays by name as written (capitalised), longest first; the date grammar knows their days.
_HOLIDAYS: Final = (
    ("orthodox", "christmas", "eve"),
    ("orthodox", "christmas", "day"),
    ("orthodox", "easter", "saturday"),
    ("orthodox", "easter", "sunday"),
    ("orthodox", "easter", "eve"),
    ("new", "year", "eve"),
    ("new", "year", "day"),
    ("christmas", "eve"),
    ("christmas", "day"),
    ("orthodox", "christmas"),
    ("orthodox", "easter"),
    ("easter", "saturday"),
    ("easter", "sunday"),
    ("easter", "eve"),
    ("easter", "monday"),
    ("good", "friday"),
    ("christmas",),
    ("easter",),
    ("independence", "day"),
    ("victory", "day"),
    ("defenders", "day"),
    ("defender", "day"),
)
# Ranks of a week within its month read as that week: "the last week of June". An
# opening week ("the first week of March") often straddles two months and is read as
# the month it is told of.
_WEEK_RANKS: Final = frozenset({"last", "final"})
# Counts of years a yearless date may be set back by: "Christmas two years ago".
_YEARS_BACK: Final = frozenset({"a", "one", "two", "three", "four", "five"})
# Nouns after a holiday that make it a time longer than its day: "Christmas week".
_HOLIDAY_SPANS: Final = frozenset(
    {"week", "weekend", "holidays", "season", "period", "celebrations", "commemorations"}
)
# Nouns a holiday names rather than dates: "the Easter truce" outlasts the day, and what
# came "after" it came later.
_HOLIDAY_TRUCES: Final = frozenset({"truce", "truces", "ceasefire", "ceasefires", "armistice"})
# Words a bare year is read as a date after: "in 2024", "across 2024", "early 2023".
_BARE_YEAR_OPENERS: Final = lx.DATE_PREPOSITIONS | {
    "of",
    "early",
    "late",
    "mid",
    "across",
    "throughout",
}
_HOLIDAY_PREPOSITIONS: Final = lx.DATE_PREPOSITIONS | {"at", "over", "before", "after"}
_HOLIDAY_FIRSTS: Final = frozenset(name[0] for name in _HOLIDAYS)
# Nouns of an exchange a holiday before them dates: "a New Year's Eve swap".
_HOLIDAY_EVENTS: Final = frozenset(
    {"swap", "exchange", "handover", "release", "repatriation", "prisoner", "prisoners"}
)
# Nouns of a handover that "overnight" may date: "the overnight swap".
_OVERNIGHT_EVENTS: Final = frozenset({"swap", "exchange", "handover", "release", "repatriation"})
# What may follow "the day before" when it dates a clause ("The day before, he had said")
# rather than counting from an event ("the day before the swap").
_AFTER_DAY_BEFORE: Final = frozenset(
    {",", ".", ";", ":", "-", "–", "—", "he", "she", "it", "they", "we", "kyiv", "moscow"}
)
# Words of a day after "on" besides numbers, months and weekdays: "on the 19th".
_DAY_WORDS: Final = frozenset({"the"}) | lx.ORDINAL_SUFFIXES
# Ordinal words that count the days of a year: "the third day of 2024".
_DAY_ORDINALS: Final = {w: n for w, n in lx.ORDINAL_VALUES.items() if n <= 10}
# Days of a month written as ordinal words: "on the thirtieth of December".
_WORD_DAYS: Final = {w: n for w, n in lx.ORDINAL_VALUES.items() if n <= 20 or n == 30}
# Ordinals that after "on the" as often count the days of one swap: "on the second, 307".
_STAGE_DAY_ORDINALS: Final = frozenset({"first", "second", "third"})
# Nouns an ordinal ranks when set off before them: "the fourth, and largest, swap".
_RANKED_NOUNS: Final = lx.ONE_HANDOVER_NOUNS | lx.HANDOVER_PLURALS
# Words of a counted series of tries: "three times", "two attempts"; "on the fourth" is then
# the next try, not a day.
_COUNTED_TRIES: Final = frozenset({"times", "attempts", "tries", "rounds"})
# The suffix a day's last digit takes where it is not "th": 1st, 22nd, 23rd (not 11th-13th).
_ORDINAL_SUFFIX: Final = {1: "st", 2: "nd", 3: "rd"}
# Months named from the report's: "on the 5th of last month", "this month, on the 3rd".
_RELATIVE_MONTHS: Final = frozenset({"last month", "this month"})


def _day_as_ordinal(day: int) -> str:
    """ "the 21st", "the 12th": a day of the month written as English writes it."""
    suffix = "th" if day % 100 in (11, 12, 13) else _ORDINAL_SUFFIX.get(day % 10, "th")
    return f"the {day}{suffix}"


def _day_of_relative_month(day: int, month: str) -> str:
    """ "the 5th of last month": the form the assembler reads as that day of that month."""
    return f"{_day_as_ordinal(day)} of {month}"


_PARTS_OF_DAY: Final = frozenset({"day", "evening", "night", "morning", "afternoon"})
_AGO_UNITS: Final = {"day": 1, "days": 1, "week": 7, "weeks": 7}
_AGO_COUNTS: Final = lx.A_OR_NUMBER_VALUES  # "a week ago", "three weeks ago"
# "A year ago", "eleven months ago": months counted back, read as a month.
_AGO_MONTHS: Final = {"month": 1, "months": 1, "year": 12, "years": 12}
# Verbs of stating right before "two months ago": the time a statement was made.
_TOLD_AGO: Final = frozenset(
    {"said", "given", "gave", "published", "announced", "released", "stated", "issued"}
)
SHIFT: Final = "\x00"  # the assembler's mark between a date and days counted from it
# After a shift's days: the day of the month named beside them ("four days later, on the
# 17th"), which fixes the day in the month the count reaches
ON_DAY: Final = "\x04"
WEEKEND: Final = "the weekend"  # the latest Saturday and Sunday; the assembler counts them
WEEK_OF: Final = "the week of "  # before a day: the Monday-to-Sunday week that holds it
YEARS_AGO_TODAY: Final = " years ago today"  # after a count: that day so many years back
_PREVIOUS: Final = "\x01"  # a day counted from the date told before it; see _counted_from
_MONTHS_ON: Final = "\x02"  # after _PREVIOUS: months counted on from it; see _months_on
_EXACT_DAY: Final = "d"  # after _MONTHS_ON's count: the same day of the month reached
# "exactly a month later": the span counts to the same day, not just into the month
_EXACTLY: Final = frozenset({"exactly", "precisely"})
_MONTH_NAMES: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# "The swap came on the day X said ...": an exchange set on the day of a statement.
_CAME_ON_THE: Final = frozenset(
    (verb, "on", "the") for verb in ("came", "place", "happened", "fell", "occurred")
)
# Words after "the day" that make it another day: "on the day before", "on the day of".
_DAY_AFTERS: Final = frozenset({"of", "before", "after", "itself", "in", "at", "when"})
MONTHS_LATER: Final = "\x03"  # after SAME_DAY: months on from the exchange just told
SAME_DAY: Final = "the same day"  # the day of the exchange just told; the assembler knows it
_DATE_STARTS: Final = (
    {"day", "previous", "days", "week", "weeks", "weekend"}
    | _AGO_MONTHS.keys()
    | lx.WEEKDAYS
    | frozenset(lx.MONTHS)
    | lx.RELATIVE_DAYS
    | lx.MONTH_PARTS
    | {"this", "last", "earlier", "later", "same", "overnight"}
    | SEASONS
    | _WORD_DAYS.keys()
    | _HOLIDAY_FIRSTS
)


def whom_casualty(tokens: list[Token], first: int, last: int, k: int) -> int | None:
    """Where the casualty word stands that a relative clause holding ``k`` is about.

    The noun group it opens ends right before the comma that opens the clause.

    "the missing, of whom there are tens of thousands", "the missing, whom
    Ukraine reckons in the tens of thousands", "missing soldiers, of whom the
    president put the number at ...": "whom" opens the clause within a few
    words before the number, and a word of dying or going missing (alone or
    before a noun of people) ends the noun group before its comma.
    """
    for i in range(k - 1, max(first, k - 9), -1):
        if tokens[i].norm in (",", ";", ":", ".") or tokens[i].kind == NUM:
            return None
        if tokens[i].norm != "whom":
            continue
        j = i - 1 - (i - 1 > first and tokens[i - 1].norm == "of")
        if j <= first or tokens[j].norm != ",":
            return None
        # "the missing, of whom", "missing soldiers, of whom", "missing Russian soldiers, whom"
        comma = j
        for j in range(comma - 1, max(first, comma - 4) - 1, -1):
            if tokens[j].norm in _RELATIVE_CASUALTIES:
                return j
            if not tokens[j].text[:1].isupper() and lx.PEOPLE.match(tokens, j, last) is None:
                return None
        return None
    return None


def _neither_day_nor_year(text: str) -> bool:
    """Whether a number written after a month can be neither its day nor its year ("June 600")."""
    value = _digits_value(text)
    return value > 31 and not lx.is_bare_year(text.replace(",", ""))


def _shared_years(dates: list[DateMention]) -> list[DateMention]:
    """The dates with the year that closes their list given to the listed months without one.

    "In July and August 2023", "on 3 May and 4 June 2023": the year written once,
    after the last date, is every listed date's.
    """
    out = list(dates)
    for k, date in enumerate(dates):
        words = date.text.split()
        if len(words) < 2 or not _year_word(words[-1]):
            continue
        j = k - 1
        while j >= 0 and dates[j].group == date.group and not dates[j].since:
            if dates[j].text.split()[-1].split("-")[-1].lower() not in lx.MONTHS:
                break  # a date that has its year, or is no month ("Monday")
            out[j] = dates[j]._replace(text=f"{dates[j].text} {words[-1]}")
            j -= 1
    return out


def _narrated_years(dates: list[DateMention]) -> list[DateMention]:
    """Day-month dates given the year of a later, later-in-the-year date of their sentence.

    "On February 8 it was 100 for 100; in late May and late June of 2024, 75 and 90":
    a sentence that narrates in calendar order writes the year once, at a later date;
    the earlier months are of that year too, not of the year before publication. A
    later date that a span starts from ("the first since May 2024") lends no year.
    """
    out = list(dates)
    for k, date in enumerate(dates):
        month = lx.MONTHS.get(date.text.split()[-1].lower())
        if month is None or date.since:
            continue
        later = next((d for d in dates[k + 1 :] if _year_word(d.text.split()[-1])), None)
        if later is None or later.since:
            continue
        later_month = next(
            (lx.MONTHS[w.lower()] for w in later.text.split() if w.lower() in lx.MONTHS), None
        )
        if later_month is not None and month < later_month:
            out[k] = date._replace(text=f"{date.text} {later.text.split()[-1]}")
    return out


def _year_word(word: str) -> bool:
    """Whether ``word`` is a year of this war's era written in four digits."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


# Participles of setting captives free: "103 freed from each side".
_FREEING_PARTICIPLES: Final = frozenset({"freed", "released"})


def each_over_listed_dates(norm: Callable[[int], str], dates: list[DateMention], each: int) -> bool:
    """Whether a bare "each" at ``each`` shares its figure out over a list of dates after it.

    "around 1,000 bodies each in July, August and September" is a figure per month, not
    per side, even with one side named; "70 each on July 9", one date, is still per side.
    """
    number = next((k for k in range(each - 1, max(-1, each - 6), -1) if _numeral(norm(k))), None)
    at = each + 1 + (norm(each + 1) in ("in", "on"))
    date = next((d for d in dates if d.first == at and not d.since), None)
    if date is None:
        return False
    if (
        number is not None
        and norm(number - 1) in ("and", ",")
        and _numeral(norm(number - 2))
        # "103 each on Sept. 14 and 95 each on Oct. 18": the 14 is a day, not a size
        and not any(d.first <= number - 2 < d.last for d in dates)
    ):
        return not _sizes_per_side_over_dates(norm, dates, date, number)
    return any(d.group == date.group and d.first != at for d in dates)


def _sizes_per_side_over_dates(
    norm: Callable[[int], str], dates: list[DateMention], date: DateMention, number: int
) -> bool:
    """Whether a size list ending at ``number`` before "each" gives one size a side per date.

    "swaps of 60 and 75 prisoners each in March and April": a swap pairs its sizes
    with the dates one to one. Without a word of swapping before the list ("Kyiv got
    back 60 and 75 bodies each ...") the verb keeps its one way, and two sizes over
    three dates pair with none, so neither is read per side.
    """
    sizes, k = 1, number - 1
    while norm(k) in ("and", ",") and _numeral(norm(k - 1)):
        sizes, k = sizes + 1, k - 2
    if sizes != sum(d.group == date.group for d in dates):
        return False
    for j in range(k, max(-1, k - _KINDS_REACH), -1):
        if norm(j) in (".", ";"):
            break
        if norm(j) in _SWAP_NOUNS or _lemmas.lemma(norm(j)) in _SWAPPING:
            return True
    return False


def sides_subject_at(
    norm: Callable[[int], str], tokens: list[Token], at: int, stop: int, verbs: list[TransferWord]
) -> bool:
    """Whether the word of sides at ``at`` is the subject of a verb of moving right after it.

    "... on the day that each side freed 140", "... while both sides had released 140":
    "each side" is who freed the 140, so it shares out that clause's figure, not one
    told before it.
    """
    found = lx.PER_SIDE.match(tokens, at, stop)
    end = at + 1 if found is None else found[0]
    end += norm(end) in lx.FINITE_HAVE
    return any(t.first == end and t.done for t in verbs)


def freed_per_side(norm: Callable[[int], str], tokens: list[Token], at: int, stop: int) -> bool:
    """Whether a participle of setting free at ``at`` is followed by a phrase sharing the
    bare number before it out per side: "103 freed from each side", "95 released by each
    side", "the swap saw 60 freed each way".

    Without the per-side phrase a bare "103 freed" may count anything (a headline, a
    number of days); with it the number is the captives each side let go or got back.
    Only verbs of freeing are read so: "returned each way" names no captives, and its
    bare number is left to the rules of bare counts.
    """
    if norm(at) not in _FREEING_PARTICIPLES:
        return False
    at += 1 + (norm(at + 1) == "by")  # "released by each side"
    return lx.sides_phrase(tokens, at, stop) or (
        norm(at) == "each" and norm(at + 1) in ("side", "way", "direction")
    )


def find_mentions(
    tokens: list[Token], first: int, last: int, text: str, lexicon: Lexicon
) -> Mentions:
    """The mentions in the sentence ``tokens[first:last]`` of the visible ``text``."""
    return _Finder(tokens, first, last, text, lexicon).find()


# Words a run of listed days is made of besides its months and day numbers: "on July 17,
# Aug. 19 and Oct. 23".
_LISTED_DAY_WORDS: Final = frozenset({",", "and", ".", "on"})

# Participles giving a figure as a source's: "the 39 cited by Kyiv".
_CITED: Final = frozenset({"cited", "given", "reported", "claimed", "stated", "announced"})


def set_against_cited(norm: Callable[[int], str], at: int) -> bool:
    """Whether the bare number at ``at`` is another source's, set against a figure before.

    "41 bodies, rather than the 39 cited by Kyiv", "not the 93 reported by Moscow":
    a definite number, a participle of stating and "by" its source.
    """
    if norm(at - 1) != "the" or norm(at + 2) != "by" or norm(at + 1) not in _CITED:
        return False
    return (norm(at - 3), norm(at - 2)) in lx.SET_AGAINST or norm(at - 2) == "not"


def past_rival_tail(norm: Callable[[int], str], at: int) -> int:
    """``at``, the token after a rival figure, moved past its closing quote and its span.

    'put the figure at "more than 1,300" for the same year': the quote and the span said
    again belong to the figure; any other word after it may count something else.
    """
    at += norm(at) in lx.QUOTE_MARKS
    if norm(at) == "for" and lx.same_span_at(norm, at) is not None:
        at += 4
    return at


def rival_cue(norm: Callable[[int], str], first: int, at: int) -> int | None:
    """The verb giving a nounless figure at ``at`` as a source's count, or None.

    "counted 148", "reported 118", "counts 3,800", "a figure Moscow gave as 205",
    "put the number (it has released) at 93", "put it at 93", "is lower, at 4,600",
    "gave their number as 26", "gave a lower figure, 29":
    the verb (or the comparative) is returned; ``norm`` reads a token, ``first`` is
    the sentence's first token.
    """
    if norm(at - 1) in lx.QUOTE_MARKS:
        at -= 1  # 'put the figure at "1,300"': the figure quoted from the source
    before = norm(at - 1)
    if before in _RIVAL_COUNTING:
        return at - 1
    # "gave the Russian figure as 36", "put the Ukrainian figure at 80": one side's count
    sided = norm(at - 2) in _GIVEN_TOTALS and norm(at - 3) in lx.SIDE_ADJECTIVES
    if before == "as":
        gave: tuple[int, ...] = (at - 2, at - 3, at - 5) if sided else (at - 2, at - 3)
        own = norm(at - 3) == "own"
        if norm(at - 3) == "their" and norm(at - 2) in _GIVEN_TOTALS:
            gave = (at - 4,)  # "gave their number as 26": the count of the people just told
        if norm(at - 2) == "side" and norm(at - 4 - own) == "for":
            # "gave the number for its (own) side as 157": that side's own count
            head = at - 5 - own
            gave = (head - 2,) if norm(head) in _GIVEN_TOTALS else ()
        return next((j for j in gave if norm(j) in lx.GIVING), None)
    if before == "," and norm(at - 3) in _RIVAL_COMPARATIVES and norm(at - 4) == "a":
        # "gave a lower figure, 29": a source's own count, set against one told
        given = norm(at - 2) in _GIVEN_TOTALS and norm(at - 5) in lx.GIVING
        return at - 5 if given else None
    if before != "at":
        return None
    if sided and norm(at - 4) == "the" and norm(at - 5) in _PUT_VERBS:
        return at - 5
    j = at - 2 if norm(at - 2) != "," else at - 3
    if norm(j) in _RIVAL_COMPARATIVES:
        return j
    for k in range(at - 2, max(first, at - 10) - 1, -1):
        word = norm(k)
        if word in (",", ";", ".", ":"):
            return None
        if word in _PUT_VERBS:
            if norm(k + 1) == "it" and k + 2 == at - 1:
                return k
            # "put the number of Russians returned at": a figure of its own people, no rival
            named = norm(k + 1) in ("the", "its", "their") and norm(k + 2) in _GIVEN_TOTALS
            named = named and norm(k + 3) != "of"
            return k if named else None
    return None


# verbs that give another source's figure right before it: "officials counted 148"
_RIVAL_COUNTING: Final = frozenset(
    {"counted", "counts", "count", "reported", "reports", "tallied", "recorded", "records"}
)
_RIVAL_COMPARATIVES: Final = frozenset({"lower", "higher", "smaller", "larger"})  # "lower, at N"


# Adjectives that say a loss figure counts every kind of loss: "124,000 total casualties".
_WHOLE_LOSS_ADJECTIVES: Final = frozenset({"total", "overall"})


def _echoed_noun(previous: FigureMention) -> Noun | None:
    """The noun of a bare echo ("as many", "the same number of its own") of ``previous``.

    The echo repeats the figure, not the kind of people the other side's noun named: a
    side's kind comes only from a noun said of it, so it is of no one kind; an echo of
    bodies is of bodies still.
    """
    if previous.remains or previous.noun is None:
        return previous.noun
    return Noun(PersonCategory.OTHER)


def _repeating(
    mention: FigureMention, parts: Sequence[FigureMention], *, own_kind: bool = False
) -> list[FigureMention]:
    """ "The same number(s)" as ``mention`` once for each of ``parts``, with its figure and kind.

    With ``own_kind`` a phrase that names its people ("the same number of Russians") keeps
    them: it repeats each part's size, not who was counted.
    """
    return [
        mention._replace(amount=f.amount, text=f.text)
        if own_kind and mention.noun is not None
        else mention._replace(amount=f.amount, text=f.text, noun=f.noun, remains=f.remains)
        for f in parts
    ]


def span_days(text: str) -> tuple[str, ...]:
    """The days, in order, of a short span within one month as the date finder writes it.

    "from 23 May to 25", "from 23 to 25 May", "between 23 May and 25 May" and "three
    days from 23 May" are 23, 24 and 25 May, so that "the first day" after them can
    name one; () for any other text.
    """
    words = text.lower().split()
    if len(words) < 4:
        return ()
    if words[0] in ("from", "between") and ("to" in words or "and" in words):
        cut = words.index("to" if words[0] == "from" else "and")
        head, tail = words[1:cut], words[cut + 1 :]
        if not tail or not tail[0].isdigit():
            return ()
        count = int(tail[0]) - int(head[0]) + 1 if head and head[0].isdigit() else 0
        if head[1:] and tail[1:] and head[1:] != tail[1:]:
            return ()
        month = head[1:] or tail[1:]
    elif words[1:3] == ["days", "from"] and words[3].isdigit():
        word = words[0]
        count = int(word) if word.isdigit() and len(word) <= 2 else _AGO_COUNTS.get(word, 0)
        head, month = words[3:4], words[4:]
    else:
        return ()
    if not 2 <= count <= 7 or not month or int(head[0]) + count - 1 > 28:
        return ()
    rest = " ".join(w.capitalize() if w in lx.MONTHS else w for w in month)
    return tuple(f"{int(head[0]) + k} {rest}" for k in range(count))


def weekday_span(norm: Callable[[int], str], dates: Sequence[DateMention]) -> tuple[str, ...]:
    """The days, in order, of a span a sentence names by two weekdays: "between Friday and Sunday".

    "1,000 were freed between Friday and Sunday" spans Friday, Saturday and Sunday, so
    that the stages or "the first day" told next can name one; () otherwise. ``norm``
    gives a token's normalized word and ``dates`` are the sentence's date mentions.
    """
    dates = [d for d in dates if d.last - d.first == 1]
    for start, end in itertools.pairwise(dates):
        opener, joint = norm(start.first - 1), norm(start.last)
        if (opener, joint) not in (("between", "and"), ("from", "to"), ("from", "through")):
            continue
        first, last = norm(start.first), norm(end.first)
        if end.first != start.last + 1 or first not in lx.WEEK or last not in lx.WEEK:
            continue
        a = lx.WEEK.index(first)
        count = (lx.WEEK.index(last) - a) % 7 + 1
        if count >= 2:
            return tuple(lx.WEEK[(a + k) % 7].capitalize() for k in range(count))
    return ()


def _holiday_text(text: str) -> bool:
    """Whether a date's text is a holiday without its year ("the eve of Orthodox Easter")."""
    words = text.lower().removeprefix("the eve of ").split()
    return bool(words) and words[0] in _HOLIDAY_FIRSTS and not words[-1].isdigit()


def _month_named(text: str) -> int | None:
    """The number of the month a date's text names, if it names one."""
    words = (w.lower().rstrip(".") for w in text.replace(",", " ").split())
    return next((lx.MONTHS[w] for w in words if w in lx.MONTHS), None)


def _last_day_of(month: str) -> str:
    """The last day of ``month`` ("May", "February 2024") as a date text: "31 May".

    February with no year has no one last day, so it stays "the end of February".
    """
    words = month.split()
    number = lx.MONTHS.get(words[0].lower().rstrip("."))
    year = next((int(word) for word in words[1:] if word.isdigit()), None)
    if number is None or (number == 2 and year is None):
        return f"the end of {month}"
    return f"{calendar.monthrange(year or 2001, number)[1]} {month}"


def _months_on(found: Sequence[DateMention], months: int, exact: bool = False) -> str | None:
    """The month ``months`` after the last month the sentence named, as a month.

    "In January 2023 ..., and a month later 116 came home": February 2023. None
    when no date before names a month, or when the count crosses into a year the
    text does not write (a guess at the year is worse than no date). ``exact``
    keeps the day the base names ("on January 5 ..., exactly a month later":
    5 February), when that day is in the month reached.
    """
    # "In January, ... on the eve of Orthodox Christmas, and a month later": past a
    # holiday, which names no month, to the month told before it
    told = (d.text for d in reversed(found) if not d.since and not d.as_of)
    base = next((t for t in told if not _holiday_text(t)), None)
    if base is None or SHIFT in base:
        return None
    words = base.replace(",", " ").split()
    month = _month_named(base)
    if month is None:
        return None
    year = next((int(w) for w in words if len(w) == 4 and w.isdigit()), None)
    index = month - 1 + months
    if not 0 <= index < 12 and year is None:
        return None
    name = _MONTH_NAMES[index % 12]
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2), None) if exact else None
    if day is not None and day <= 28:
        name = f"{day} {name}"
    return name if year is None else f"{name} {year + index // 12}"


def stages_before_of(
    tokens: list[Token], first: int, at: int, norm: Callable[[int], str]
) -> int | None:
    """Where the plural of stages stands whose sizes the "of" before ``at`` opens, or None.

    "in three stages of 40, 55 and 61" and, past a short time phrase set off by a
    comma, "in four stages that month, of 40, ..." or "in two rounds in May, of ...".
    """
    if norm(at - 1) != "of":
        return None
    if norm(at - 2) in STAGE_NOUNS:
        return at - 2
    if norm(at - 2) != ",":
        return None
    for plural in range(at - 4, max(first, at - 6) - 1, -1):
        if norm(plural) in STAGE_NOUNS:
            words = range(plural + 1, at - 2)
            if all(tokens[j].kind == WORD for j in words) and any(
                norm(j) in lx.MONTHS or norm(j) in lx.DATE_UNITS for j in words
            ):
                return plural
            return None
    return None


def dated_asides(
    tokens: list[Token], first: int, last: int, norm: Callable[[int], str]
) -> tuple[DatedAside, ...]:
    """The dash asides of ``tokens[first:last]`` that size the exchanges named before them.

    "In three swaps in May — of 45 on 6 May, 106 soldiers on 25 May and 95 on Sunday —
    Ukraine brought home ...": right after a plural noun of exchanges (a few words before
    the dash, no comma between), the aside holds nothing but sizes, each a number, an
    optional noun of people, "on" and a day, until a dash of the same kind closes it. At
    least two sizes, and as many as a number word before the noun says. Each aside is
    read once, from its opening dash to its close, so the sentence is read once.
    """
    found: list[DatedAside] = []
    i = first + 1
    while i < last:
        aside = (
            _dated_aside_at(tokens, i, first, last, norm)
            if spaced_dash(tokens, i, first, last)
            else None
        )
        if aside is None:
            i += 1
            continue
        found.append(aside)
        i = aside.close + 1
    return tuple(found)


def _dated_aside_at(
    tokens: list[Token], opening: int, first: int, last: int, norm: Callable[[int], str]
) -> DatedAside | None:
    """The aside of dated sizes the dash at ``opening`` opens, if it opens one."""
    head = next(
        (j for j in range(opening - 1, max(first, opening - 7) - 1, -1) if norm(j) in STAGE_NOUNS),
        None,
    )
    if head is None or any(norm(j) in (",", ";", ":") for j in range(head, opening)):
        return None  # the aside must size the exchanges just named: "In three swaps ... —"
    end = min(last, opening + _DATED_ASIDE_REACH)

    def closes(day: int) -> bool:
        return (
            day < end
            and tokens[day].text == tokens[opening].text
            and spaced_dash(tokens, day, first, last)
        )

    listed = dated_sizes(tokens, opening + 1, end, norm, closes)
    if listed is None:
        return None
    items, close = listed
    told = lx.number_value(norm(head - 1))
    if len(items) < 2 or (told is not None and told != len(items)):
        return None
    return DatedAside(opening, close, items)


def dated_sizes(
    tokens: list[Token],
    start: int,
    end: int,
    norm: Callable[[int], str],
    closes: Callable[[int], bool],
) -> tuple[tuple[tuple[int, int], ...], int] | None:
    """The sizes listed from ``start``, each a number, maybe its people, "on" and a day.

    "45 on 6 May, 106 soldiers on 25 May and 95 on Sunday": (number, "on") of each item
    and the token after the last day, which ``closes`` must accept; None when anything
    but a comma or "and" stands between two items, or an item has no day of its own.
    """
    items: list[tuple[int, int]] = []
    i = start
    while i < end:
        i += norm(i) == "of"  # "— of 45 on 6 May, of 106 on ..."
        if i >= end or (tokens[i].kind != NUM and norm(i) not in lx.NUMBER_WORDS):
            return None
        people = lx.PEOPLE.match(tokens, i + 1, end)  # "60 soldiers on 3 April"
        on = i + 1 if people is None else people[0]
        day = on + 1
        while day < end and (
            tokens[day].kind == NUM
            or norm(day) in lx.MONTHS
            or norm(day) in lx.WEEKDAYS
            or norm(day) in _DAY_WORDS
        ):
            day += 1
        if norm(on) != "on" or day == on + 1:
            return None  # a size without its own day, or a unit ("60 km"), or a verb
        items.append((i, on))
        if day <= end and closes(day):
            return tuple(items), day
        i = day + (norm(day) == ",")
        i += norm(i) == "and"
        if i == day:
            return None  # anything but a comma or "and" between two sizes
    return None


def next_listed_part(tokens: Sequence[Token], end: int, first: int) -> bool:
    """Whether a figure at ``first`` is a later item of the list whose item ends at ``end``.

    "270 soldiers and 120 civilians", "185 servicemen, 12 medics and eight civilians":
    only commas and "and" between, or one unread item, a count and its noun.
    """
    between = [tokens[i].norm for i in range(end, first)]
    if not between or between[-1] not in (",", "and"):
        return False
    if len(between) == 1 or between == [",", "and"]:
        return True
    return (
        len(between) == 4
        and between[0] == ","
        and (tokens[end + 1].kind == NUM or between[1] in lx.NUMBER_WORDS)
    )


def _numeral(word: str) -> bool:
    """Whether a (lower-case) word is a number: "75", "1,000", "seven"."""
    return word.replace(",", "").isdigit() or word in lx.NUMBER_WORDS
