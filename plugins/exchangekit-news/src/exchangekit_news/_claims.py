"""Casualty claims: losses a source states for a side, and the mediators named.

The rules that turn a figure of killed, wounded or captured people into a claim
draft, with its category, claimant, method and population; its side comes from
``_claim_subjects`` and its date from ``_figure_dates``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from exchangekit import (
    CasualtyCategory,
    ClaimMethod,
    ClaimScope,
    Count,
    PersonCategory,
    Population,
    Qualifier,
    SourceKind,
)
from exchangekit_news import _lemmas
from exchangekit_news import _lexicon as lx
from exchangekit_news._claim_subjects import (
    _ALLIED_WITH,
    _CAPTURING,
    _CARRY_SENTENCES,
    _DEAD_WORDS,
    _ENEMY_WORDS,
    _HARM_VERBS,
    _TOTAL_HEADS,
    _WHOLE_WAR_NOUNS,
    _ClaimSubjects,
)
from exchangekit_news._drafts import PUBLISHER, Asked, ClaimDraft
from exchangekit_news._figure_dates import _DATED_BY, _STATED_PARTICIPLES, names_a_day
from exchangekit_news._judgements import copula_before_judgement
from exchangekit_news._lexicon import Move, Noun, SourceEntry
from exchangekit_news._mentions import (
    _LOSS_NOUNS,
    GROWTH_NOUNS,
    GROWTH_VERBS,
    MEDIATOR,
    NATIONALITY,
    SERIES_HEADS,
    STANDING,
    FigureMention,
    PartyMention,
    added_to_count_window,
    day_window,
    day_window_end,
    growth_before_to,
    loss_heading,
    of_unknown_fate,
    one_day_after,
    series_stood,
    whom_casualty,
    year_part,
)
from exchangekit_news._sentence import (
    _ATTACKS,
    _CAPTIVE_NOUNS,
    _CAPTIVITY,
    _CASUALTY_HEADS,
    _CLAUSE_MARKS,
    _EXCHANGE_NOUNS,
    _FINITE,
    _MANY_ATTACKS,
    _PLACE_HEADS,
    _STRUCK_HEADS,
    _STRUCK_VERBS,
    _TIME_UNITS,
    _other,
)
from exchangekit_news._tokens import NUM, ends_possessive

# Words in or right after a noun group that say its people were taken: "soldiers captured".
# Words before "a week" or "a month" that make it one span, no rate: "in a little over a month".
_SPAN_BEFORE: Final = frozenset({"in", "over", "within", "under"})
# Prepositions that make a place the scope of a count: "lost 1,600 in the \"West\" zone".
_SCOPE_PREPOSITIONS: Final = frozenset({"in", "on", "across", "throughout"})
# How far past a verb of dying (lx.DIED_VERBS) the day that dates it may stand, past a
# short phrase of place ("killed in the colony on 29 July").
_PLACE_BEFORE_DAY: Final = 5
# Named parts of a front, whose counts are parts of a whole: 'the "West" zone'.
_SECTOR_NOUNS: Final = frozenset({"zone", "sector", "axis", "front"})
# A named "direction" is a sector in a day's or a week's briefing ("up to 60 killed in
# the Kupiansk direction"); over a running span ("since August ... in the Kursk
# direction") it names a whole operation's losses.
_DIRECTION_SECTORS: Final = _SECTOR_NOUNS | {"direction"}
# A blank line: where a paragraph ends.
_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t]*\n\s*")
# A paragraph's opening on one group of forces, after a short phrase of time or place set
# off by a comma if any: 'During the past day, units of the "North" group of forces ...'.


def _head_of(word: str, heads: frozenset[str], *, plural: bool = False) -> bool:
    """Whether ``word`` is one of ``heads``, or its plural where ``plural`` allows it."""
    if word in heads:
        return True
    if not plural:
        return False
    return (word.endswith("s") and word[:-1] in heads) or (word == "axes" and "axis" in heads)


@lru_cache(maxsize=4)
def _paragraph_break_ends(text: str) -> tuple[int, ...]:
    """Where each paragraph of ``text`` opens (0 first), found once per article.

    A sentence's paragraph is then a bisection away: scanning the text from its start
    for every sentence would make a long article's reading quadratic.
    """
    return (0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(text)))


_GROUP_PARAGRAPH: Final = re.compile(
    r"(?:[\w ]{1,40}, )?units of the [\"\u201c']?[\w-]+[\"\u201d']?(?: [\w-]+)? group of forces\b",
    re.IGNORECASE,
)
# Nouns of a named place set apart by "alone": "in the Kharkiv region alone".
_REGION_HEADS: Final = frozenset({"region", "oblast", "area"})
# Words after a named sector and its "and" that join the rest of the front to it: "the X
# direction and other sectors combined" is no one sector's share.
_SECTORS_JOINED: Final = frozenset({"other", "all", "every", "elsewhere"})
# Words that end the modifiers between a possessive and its war noun: "Russia's
# full-scale aggression" is the war's owner, "Russia's losses in the war" is not.
_NOT_WAR_MODIFIERS: Final = lx.DETERMINERS | {"in", "of", "on", "and", "or", "to", "for", "by"}
# Nouns of one battle for a place: "the capture of Avdiivka, where ...".
_BATTLE_NOUNS: Final = frozenset(
    {"battle", "capture", "siege", "fall", "storming", "assault", "encirclement"}
)
# Words of judging before an infinitive of loss: "are likely (believed) to have been killed".
_HEDGED_INFINITIVE: Final = frozenset({"likely", "believed", "thought", "estimated", "feared"})
# Kinds of loss told after a count's noun: "1,200 servicemen killed and wounded".
_LOSS_KINDS_AFTER: Final = lx.KILLED_WORDS | lx.WOUNDED_WORDS | {"and", "or"}

# What ends a daily tally's clause before a "since": "1,140 on Thursday, the highest since".
_SINCE_BREAKS: Final = frozenset({",", ";", ":", "(", "-", "--", "—", "–", "but", "while", "and"})
# Nouns of a span written out: "in the space of a week", "over the course of a month".
_SPAN_NOUNS: Final = frozenset({"space", "course", "span"})
# Words before a verb's base form that make it an offer or intent: "ready to hand".
_OFFER_BEFORE: Final = frozenset({"to", "would", "could", "can", "will", "might"})
_CAPTURED_MARKS: Final = frozenset({"captured", "captive"})
# Words that open a comparison in a clause: "like Mediazona for Russian dead", "unlike ...".
_COMPARING: Final = frozenset({"like", "unlike", "mirroring"})
# Words before "as" or "way" that make them a comparison: "just as", "in the same way".
_COMPARING_BEFORE: Final = frozenset({"just", "much", "same", "similar"})
# A stand-in verb whose "for" names the compared side: "as outlets do for Russia's dead".
_PRO_VERBS: Final = frozenset({"do", "does", "did"})

_RUNNING: Final = lx.RUNNING_ADJECTIVES

# Forms of "run" whose "into" gives a number its vague value: "runs into the thousands".
_RUNS: Final = frozenset({"runs", "run", "ran", "running"})

# Nouns whose value a figure linked to them is: a rate or an average, never a toll.
_RATE_HEADS: Final = frozenset({"rate", "pace", "average"})

# "losses have passed / exceeded N" is more than N; "have grown to / reached N" is N.
# Words of a casualty verb group between a toll's people and its date: "were killed on".
_TOLL_VERB_GROUP: Final = (
    lx.BE_FORMS | {"been", "had", "have", "has"} | lx.KILLED_WORDS | {"wounded", "injured"}
)
# Prepositions that date a toll of that day or month, not a total reached by then.
_TOLL_DATED_BY: Final = frozenset({"on", "in"})
_PAST_VERBS: Final = frozenset(
    {"passed", "exceeded", "surpassed", "topped", "crossed", "passing", "exceeding"}
    | {"exceeds", "surpasses", "tops"}  # "the number now exceeds 3,700"
    | {"exceed", "surpass"}  # "Ukraine's losses exceed 700,000"
    | {"past", "beyond"}  # "had gone past one million", "has risen beyond 50,000"
)
_REACH_VERBS: Final = frozenset({"reached", "to", "hit"})
_STANDING: Final = frozenset({"stands", "stood", "stand", "standing"})
# Words saying a figure is not checked or counted yet: "are not yet included", "still
# verifying these reports".
_NOT_YET_MARKS: Final = frozenset({"yet", "still"})
_CHECKED: Final = frozenset({"included", "verified", "confirmed", "counted", "corroborated"})
_CHECKING: Final = frozenset({"verifying", "checking", "confirming", "corroborating"})
_TAKING_UP: Final = frozenset({"these", "those"})
# Words saying people are left out of any count: "thousands of deaths may remain unrecorded".
_UNCOUNTED: Final = frozenset(
    {"unrecorded", "uncounted", "unreported", "undocumented", "unregistered"}
)
# Words between a figure's noun phrase and such a word: "may well have gone", "still remain".
_UNCOUNTED_LINKS: Final = frozenset(
    {"may", "might", "could", "will", "well", "likely", "probably", "still", "remain"}
    | {"remains", "remained", "go", "goes", "gone", "went", "be", "been", "have", "are"}
)
_UNCHECKED_NOUNS: Final = frozenset({"reports", "figures", "numbers", "cases", "deaths"})
_PAST_OR_REACH_VERBS: Final = _PAST_VERBS | _REACH_VERBS  # joined once, not per figure

# Plural heads of a count of losses that may stand right before a hedged figure, verbless.
_PLURAL_LOSS_HEADS: Final = frozenset({"losses", "casualties", "deaths", "fatalities"})
_DESCRIBED_ASIDE_REACH: Final = 16  # words an aside describing losses may span
_SHARED_AUXILIARY_REACH: Final = 14  # words back to a verb whose auxiliary "and" shares
# Words that put people under a side's control, so an attacker's enemy need not be theirs.
_CONTROL_WORDS: Final = frozenset({"occupied", "control", "controls", "controlled", "annexed"})

# Auxiliaries before a passive loss verb: "400 troops were lost", "had been killed".
_LOST_AUXILIARIES: Final = frozenset({"were", "was", "been", "had", "have", "has", "being"})
# Words that may follow a bare "lost" after fighters: a time, a place or the clause's end.
_AFTER_LOST: Final = frozenset(
    {"in", "on", "over", "during", "since", "at", "near", "across", "along", "alone"}
    | {"yesterday", "overnight", "last", "this", "that", "per", "each", "every"}
    | {",", ".", ";", "—", "–", "-", "("}
)
# Words that may follow a bare "N captured" that ends a list of losses.
_AFTER_CAPTURED: Final = frozenset({"and", "or", "in", "on", "at", "near", "during", "by", "since"})

# Nouns of a register whose entries are people: "an independent count", "the list".
# Kinds of loss that hold the others: a part of another kind is counted out of them.
_WHOLE_KINDS: Final = frozenset({CasualtyCategory.TOTAL_LOSSES, CasualtyCategory.KILLED_OR_MISSING})
_REGISTERS: Final = frozenset(
    {"count", "tally", "list", "database", "register", "registry", "project"}
)
# Words that name a toll a participle after it can grow: "losses ..., having risen by 8,690".
_TOLL_WORDS: Final = _CASUALTY_HEADS | _LOSS_NOUNS
# Nouns that name a side's losses as a count's topic: "a tally of Russian war dead".
_LOSS_TOPICS: Final = frozenset({"losses", "casualties", "dead", "deaths"})
# What a span just ended opens with ("over the past two weeks", "since the previous update").
_EARLIER: Final = frozenset({"past", "last", "previous"})
_UPDATES: Final = frozenset({"update", "report", "count", "release", "bulletin"})

# Plural nouns of fighters, set beside civilians in "soldiers and civilians together".
_FIGHTERS: Final = lx.FIGHTERS
# Words that give a count as the least there can be: "and they say that is a minimum".
_FLOOR_WORDS: Final = frozenset({"minimum", "floor"})
# Tokens that close the clause a noun phrase ends: "named 78,000 soldiers, and ...".
_CLAUSE_ENDS: Final = frozenset({",", ".", ";", ":", ""})

# The kinds of loss a register of people by name counts (never the held: lists of names
# handed over for an exchange are requests, not counts of captives).
_NAMED_KINDS: Final = frozenset({CasualtyCategory.KILLED, CasualtyCategory.MISSING})

# Words at most between a loss figure and "and ... N Ukrainian ones" that takes up its noun.
_ONES_REACH: Final = 10
_HEAD_LOSSES: Final = frozenset({"losses", "casualties", "toll", "deaths"})
# The kinds of loss a count may tell apart: "without separating killed from wounded".
_TOLD_APART_KINDS: Final = lx.KILLED_WORDS | lx.WOUNDED_WORDS | lx.MISSING_WORDS

# "the deaths of 50", "the summary execution of at least 79 prisoners": killed.
_DEATHS_OF: Final = lx.DEATH_HEADS
# Nouns of moving bodies that take "of the dead": "the repatriation of the Ukrainian dead".
_MOVES_OF_DEAD: Final = lx.EXCHANGE_NOUNS | {"return", "transfer", "retrieval"}
# Nouns for what circulates online that a text reports as saying something: "Posts shared
# widely on X say that ...". What they say is hearsay the text weighs, not a side's count.
_HEARSAY_NOUNS: Final = frozenset({"posts", "messages", "videos", "rumours", "rumors", "memes"})
# A claim told as spreading with no one behind it: "a claim circulating widely says".
_CLAIM_NOUNS: Final = frozenset({"claim", "claims"})
_CLAIM_DETERMINERS: Final = frozenset({"a", "the", "this"})
# How far a ", including ...," aside may run before the verb it sets off from its figure.
_INCLUDING_ASIDE_REACH: Final = 20
# Verbs of a fact check's verdict on a claim: "we rate the claim that ... false".
_RATING_VERBS: Final = frozenset({"rate", "rates", "rated", "rating", "judge", "judged"})
_SPREADING: Final = frozenset({"circulating", "spreading", "shared"})
# Nouns naming a piece of text whose words are then quoted: "the caption 'a million dead'".
_TEXT_NOUNS: Final = frozenset(
    {"caption", "headline", "slogan", "title", "label", "hashtag", "banner", "tagline"}
)
# Tokens from the sentence's opening to the post that is its subject, past modifiers only:
# "A much-circulated viral post", "A widely shared post".
_HEARSAY_HEAD_REACH: Final = 6
# Words before such a noun that make it no subject: "In a post on X, the ministry said".
_NOT_SUBJECT: Final = lx.DATE_PREPOSITIONS | {
    "at",
    "of",
    "via",
    "through",
    "with",
    "to",
    "about",
    "against",
    "'s",
    "’s",
}

# "the shooting of nine soldiers who had surrendered": an act done to people, not a loss.
# What an office knows of people, before "on": "information on 1,800 hostages".
_RECORD_NOUNS: Final = frozenset({"information", "data", "details", "records"})
_HOSTAGE_NOUNS: Final = frozenset({"hostage", "hostages"})
_ACTS_ON_CAPTIVES: Final = frozenset({"shooting", "shootings", "torture", "beating", "abuse"})

_ASIDES: Final = frozenset({"counting", "including", "excluding", "plus", "not"})
# "casualties, including wounded, stood at": an aside that adds its kind to the head's count
_WITH_ASIDES: Final = frozenset({"counting", "including", "plus"})
# Verbs of an aside saying who a count takes in: "a figure that includes civilians".
_INCLUDING: Final = _lemmas.INCLUDING
# "losses, excluding wounded, stood at": an aside that takes its kind out of the head's count
_WITHOUT_ASIDES: Final = frozenset({"excluding", "without", "minus"})
# Phrases that make a casualty figure a total of both sides together, which is no claim
# about either side: "on both sides", "for both armies", "the two sides' dead".
# Marks that may close a figure set off after its noun: 'the figure, "a million dead", is'.
_SET_OFF_MARKS: Final = frozenset({",", '"', "\u201c", "\u201d", "'"})
# Adverbs between "is" and its verdict on a figure: "is also not supported".
_JUDGED_ADVERBS: Final = frozenset({"also", "simply", "clearly", "likewise", "equally", "just"})
# Words by which a form of "be" calls a figure untrue: "is false", "was wrong".
_UNTRUE_FIGURE: Final = frozenset(
    {"false", "untrue", "fake", "bogus", "unfounded", "baseless", "groundless", "fabricated"}
    | {"wrong", "inaccurate", "incorrect", "unsupported"}
)
# Words after "is not" that say no evidence holds a figure up: "is not supported".
_NOT_BORNE_OUT: Final = frozenset({"supported", "true", "correct", "accurate", "backed", "borne"})
# Participles opening an aside that says what a count takes in: ", counting both sides,".
_COUNTING_PARTICIPLES: Final = frozenset({"counting", "including", "combining", "covering"})
_TWO_SIDED: Final = (
    "both sides",
    "each side",
    "either side",
    "both armies",
    "both militaries",
    "both forces",
    "two armies",
    "the two sides",
    "both countries",
    "both belligerents",
    "combined losses",
    "combined casualties",
)

# Heads of an armed body: a side after "forces of" is whose the forces are, not a place.
_ARMED_HEADS: Final = frozenset({"forces", "army", "troops", "military", "units", "navy"})
# A vague comparative object a figure may restate after a mark: "holds many more, 6,000".
_VAGUE_OBJECT_WORDS: Final = frozenset({"many", "far", "much", "more", "even"})
_RESTATING_MARKS: Final = frozenset({",", ":", "—", "–"})
_CAPTIVITY_REACH: Final = 14  # words between a figure and "in captivity"
# Modals of a guess about a value already reached: "the number of dead could be 200,000".
_GUESS_MODALS: Final = frozenset({"could", "may", "might"})
# Words after "by" that name a time to come: "by winter", "by the end of the year".
_DEADLINE_WORDS: Final = frozenset(
    {"spring", "summer", "autumn", "winter", "end", "year-end", "then", "next", "mid"}
)
# Words after a present estimate that set it at a time to come: "when the war ends",
# "within months", "in the coming year", "once the offensive is over".
_TIME_TO_COME: Final = frozenset(
    {"when", "once", "after", "within", "until", "before", "soon", "coming", "next", "later"}
)
# Verbs of a search whose object "for" counts the missing: "searching for 50,000 people".
_SEARCHING: Final = frozenset({"searching", "search", "searches", "searched", "looking"})
# Participles that tell how people are counted, before "missing": "listed as missing".
_REGARDED_AS: Final = frozenset(
    {"considered", "listed", "thought", "believed", "presumed", "registered", "recorded"}
)
# Participles that tell how people were counted before they were found: "reported killed".
_REPORTED_AS: Final = frozenset(
    {"reported", "declared", "listed", "presumed", "thought", "believed", "considered"}
)
# What a transcript's question asks the count of, by the words that ask it.
_ASKED_KINDS: Final = (
    (CasualtyCategory.CAPTURED, lx.CAPTURED_WORDS | _CAPTIVITY | lx.HOLDING_VERBS),
    (CasualtyCategory.KILLED, lx.KILLED_WORDS - {"lost"}),
    (CasualtyCategory.WOUNDED, lx.WOUNDED_WORDS),
    (CasualtyCategory.MISSING, lx.MISSING_WORDS),
    (CasualtyCategory.TOTAL_LOSSES, lx.TOTAL_WORDS | lx.LOSS_VERBS),
)
# Lemmas of a question about people moved, whose answer is no casualty count.
_NOT_ASKED_LOSS: Final = frozenset(
    {"return", "free", "release", "exchange", "swap", "home", "back", "hand", "repatriate"}
)
# Words of a question about people moved that ask a running total, not one exchange.
_ASKED_TOTAL: Final = frozenset({"far", "since", "total", "altogether", "overall", "have", "has"})
# Words after a side's possessive that name the people whose homecomings are asked of.
_HOMECOMERS: Final = frozenset({"people", "prisoners", "citizens", "civilians", "captives"})
# Kinds of people an answer's figure may count (no bodies, no vehicles).
_ANSWER_PEOPLE: Final = (
    PersonCategory.PRISONERS_OF_WAR,
    PersonCategory.CIVILIANS,
    PersonCategory.OTHER,
)
# Nouns of a comparison whose "between X and Y" sets two figures against each other.
_GAP_NOUNS: Final = lx.GAP_NOUNS
# Participles that tell a loss or captivity, which the clause's own rules already read.
_FATE_WORDS: Final = (
    lx.KILLED_WORDS
    | lx.WOUNDED_WORDS
    | lx.MISSING_WORDS
    | lx.CAPTURED_WORDS
    | lx.CAPTIVE_AFTER
    | lx.HOLDING_VERBS
    | lx.NAMED_LISTING
    | lx.LOSS_VERBS
)
# What "taken" is followed by when it means captured: "taken prisoner", "taken into captivity".
_TAKEN_CAPTIVE: Final = frozenset(
    {"prisoner", "prisoners", "captive", "captives", "hostage", "hostages", "into", "in"}
)

# Joiners before a "that" opening a second reported clause: "said ... and that ...".
_AND_OR_BUT: Final = frozenset({"and", "but", "or"})
# The dead and the wounded together, in either order: "killed or wounded", "wounded and dead".
_KILLED_AND_WOUNDED: Final = tuple(
    f"{a} {joiner} {b}"
    for dead, hurt in itertools.product(("killed", "dead"), ("wounded", "injured"))
    for a, b in ((dead, hurt), (hurt, dead))
    for joiner in ("and", "or")
)
# A verb group between a daily part and its window that names no kind of loss.
_DAY_PART_VERBS: Final = frozenset(
    {"were", "was", "had", "have", "having", "been", "being", "eliminated", "added"}
)
# The dead as a group a part is taken from, and the copulas that then describe the part.
_DEAD_HEADS: Final = frozenset({"dead", "fallen"})
# Nouns of what a swap is to take in: "the inclusion of 40 men captured in Kursk".
_DEAL_CONTENT_NOUNS: Final = frozenset(
    {"inclusion", "exclusion", "return", "release", "handover", "exchange", "swap", "transfer"}
)
_BACKGROUND_COPULAS: Final = frozenset({"were", "are", "was", "is"})
# Verbs that add to a register: their object is an increase, not its size.
# An obituary tells of one death: "a project that collects obituaries has 60,000 names".
_OBITUARIES: Final = frozenset({"obituaries", "obituary"})
# What may stand between a wounded count and its verb: a closing quote or an auxiliary.
_BEFORE_GOING: Final = lx.CLOSING_QUOTES | {"had", "have", "has", "were", "was"}
# Nouns of a ratio whose terms are no counts: "a ratio of one to three", "ratios of two to one".
_RATIO_HEADS: Final = frozenset({"ratio", "ratios", "proportion", "proportions"})
# What may stand between the kinds of loss in a list: "killed, wounded or taken prisoner".
_KIND_JOINERS: Final = frozenset({",", "and", "or", "prisoner", "together", "combined"})
_PLACE_NOUNS: Final = frozenset(
    {"city", "town", "village", "region", "country", "population", "area", "oblast"}
)


# Places people are "of" or "from": "residents of the border districts".
_HOME_PLACES: Final = _PLACE_NOUNS | frozenset(
    {"cities", "towns", "villages", "regions", "areas", "oblasts", "district", "districts"}
    | {"community", "communities", "settlements", "hromadas"}
)
# Of those, the places that are one part of a side's land, not the whole of it.
_LOCAL_PLACES: Final = _HOME_PLACES - {"country", "population"}
# Places smaller than a region whose own fighters a local paper counts: "soldiers from
# the village", and the words that may stand before them.
_COMMUNITY_NOUNS: Final = lx.SETTLEMENT_NOUNS | {"villages", "towns", "district", "hromada"}
_COMMUNITY_DETERMINERS: Final = frozenset({"the", "our", "this", "that", "its", "their"})
# Nouns of a monitor's counts of violations, case by case: "the number of such allegations".
_VIOLATION_NOUNS: Final = frozenset({"allegations", "executions", "violations", "incidents"})
# Verbs that hand a list of people to the other side: "handed Moscow a list of 500".
_LIST_HANDING: Final = frozenset(
    {"handed", "gave", "given", "submitted", "passed", "sent", "transmitted", "delivered"}
)
# Nouns of what was said that a denial may take before its "that": "rejected claims that".
_DENIED_NOUNS: Final = frozenset(
    {"claims", "claim", "reports", "report", "allegations", "suggestions"}
)
# Nouns of what a monitor was told but has not established: "credible allegations of".
_ALLEGED_NOUNS: Final = frozenset({"allegations", "reports", "information", "claims"})
# Proper names of a Russian region's kind: "the Altai Territory", "Krasnodar Krai".
_REGION_KINDS: Final = frozenset({"territory", "krai", "republic"})
_HELD_OR_MISSING: Final = frozenset({CasualtyCategory.CAPTURED, CasualtyCategory.MISSING})

# Words after "taken N prisoners" that make it a journey, not a capture: "taken 90 prisoners home".
_TAKEN_ONWARD: Final = frozenset({"to", "home", "back", "across", "from", "out", "into", "by"})
# Words after a verb of taking's object that send the people somewhere: "toward the border".
_MOVED_ONWARD: Final = frozenset({"to", "toward", "towards", "home", "across", "into", "onto"})

# Verbs that give a loss figure a value: "putting the figure at 1,000,340".
_PUTTING: Final = _lemmas.PUTTING
# What opens the parts a whole is split into: "409 casualties (89 killed ...)", "244: 112".
_PARTS_OPENERS: Final = lx.DASH_MARKS | {"(", ":"}
# Words between "a figure for" and the loss noun it names: "a figure for its own dead".
_OWNER_BEFORE_LOSS: Final = lx.POSSESSIVE_PRONOUNS | {"the", "own"}
# Participles that give a figure its value with "at": "are put at", "is estimated at".
_VALUED_AT: Final = (_PUTTING | _lemmas.BELIEF_PAST) - {"known", "feared"}
# Words of a short date aside between "the figure" and "at": "as of this morning".
_PUT_GAP: Final = frozenset({"as", "of", "this", "that", "morning", "evening", "day", "today"})

# Words before a register that make it the subject ("its list", "the count itself").
_REGISTER_DETERMINERS: Final = frozenset({"its", "their", "the", "this", "that"})
# Words between a register's determiner and its noun: "the independent count".
_REGISTER_ADJECTIVES: Final = lx.RUNNING_ADJECTIVES | {"independent", "own", "official", "daily"}
# Nouns of the dead a register may be "of" ("the count of war dead"), and their modifiers.
_REGISTER_DEAD: Final = frozenset({"dead", "fallen", "deaths"})
_REGISTER_DEAD_MODIFIERS: Final = frozenset({"the", "war", "military"})
# Words that negate, never a verb a figure could be the object of: "not", "never".
_NEGATIONS: Final = frozenset({"not", "never", "n't"})
_NO_ONE: Final = frozenset({"no", "none", "nobody", "neither"})
"""Words that open a subject naming no one: "No estimate ...", "None of them ..."."""
_NO_ONE_OPENERS: Final = frozenset(
    {";", ":", "—", "–", "(", "and", "but", "while", "whereas", "though", "although"}
)
"""Words after which such a subject opens a clause of its own ("however" may be an
adverb inside it: "No estimate, however generous, ...")."""
# Verbs of looking whose object "no ..." says nothing was found: "we found no source".
_FOUND_NONE: Final = frozenset({"found", "find", "seen", "see", "located", "identified"})
_NOT_NO_ONE: Final = frozenset({"more", "fewer", "less", "doubt", "later", "sooner"})
"""Words after "no" that make it a count or an assertion: "no fewer than", "no doubt"."""
_UNCONFIRMED: Final = frozenset({"unconfirmed", "unverified"})
"""Words that call a figure unchecked: "the deaths of 400 others remain unconfirmed"."""
_CONFIRMED: Final = frozenset({"confirmed", "verified"})
# States that say people are held, after "in": "in Russian hands", "in captivity".
_HELD_STATES: Final = frozenset({"hands", "captivity", "custody"})
# Words of knowing before "to be held": "are known (believed) to be held".
_HELD_KNOWN: Final = frozenset({"known", "believed", "thought", "said", "reported"})

# Verbs that count the entries of a register: "lists more than 110,000 individuals".
_LISTING: Final = frozenset(
    {"lists", "listed", "counts", "counted", "names", "named", "records", "recorded"}
    | {"identifies", "identified", "contains", "contained", "holds", "includes", "documents"}
)
# Verbs a register of people by name gives its count with: "lists about 76,000",
# "had documented 60,435 dead" ("holds" and "includes" also tell of captives and parts).
_NAMED_REGISTER_VERBS: Final = (lx.NAMED_LISTING | _LISTING) - {"holds", "includes"}
# People described by how they were raised are recruits, not losses (an army's size).
_RECRUITED: Final = frozenset(
    {"recruited", "mobilised", "mobilized", "conscripted", "drafted", "enlisted"}
)
# Words of a loss that make "recruited" part of a toll's telling: joined once, not per figure.
_LOSS_KIND_WORDS: Final = lx.KILLED_WORDS | lx.MISSING_WORDS | lx.WOUNDED_WORDS | lx.CAPTURED_WORDS

# The people besides passengers a craft's load names: its crew, escorts, captives.
_MIXED_LOAD: Final = (
    lx.CRAFT_STAFF | frozenset({"prisoners", "captives", "pows"}) | lx.CAPTURED_WORDS
)

# Nouns of land a holding participle may qualify instead of people: "in areas held by".
_HELD_PLACES: Final = frozenset(
    {"territory", "territories", "area", "areas", "land", "lands", "parts", "zone", "zones"}
)

# Participles after a figure of people that say they are held: "30 priests have been detained".
_DETAINED: Final = frozenset(
    form for verb in ("detain", "jail", "intern") for form in _lemmas.inflections(verb)[2:3]
)

# Adjectives between a count of incidents and the noun: "in five separate incidents".
_INCIDENT_ADJECTIVES: Final = frozenset({"separate", "different", "distinct"})
# Events a monitor counts one by one: "12 attacks in which ten or more were killed".
_COUNTED_EVENT_PLURALS: Final = frozenset(
    {"incidents", "attacks", "strikes", "blasts", "explosions", "bombings", "shellings"}
)
# Nouns of the families whose people a figure after "of" counts: "the relatives of 540 men".
_KIN: Final = frozenset({"relatives", "families", "parents", "mothers", "wives", "kin"})
# Relatives a figure's people may be said to have, after "whose": "whose husband was held".
_WHOSE_KIN: Final = _KIN | {
    "husband",
    "husbands",
    "wife",
    "son",
    "sons",
    "daughter",
    "daughters",
    "brother",
    "brothers",
    "father",
    "fathers",
    "relative",
    "family",
    "loved",
}
# Marks that set off the parts of a whole told before them: "390 people: 270 soldiers and".
_WHOLE_MARKS: Final = frozenset({":", "—", "–", "-", "(", ","})
# The word "one" as written: "one in six", "1 in 5".
_ONE_WORDS: Final = frozenset({"one", "1"})
# Attack nouns in the plural, one of which "one of the heaviest attacks" names.
_ATTACK_PLURALS: Final = frozenset({"attacks", "strikes", "bombardments", "barrages"})
# Words of shelling, one day's attack when dated to that day alone.
_SHELLING: Final = frozenset({"shelling", "shelled"})
# Verbs that may open the second fate of "killed or are missing": "or went missing".
_GONE_MISSING: Final = lx.HAVE_BE_AUXILIARIES | {"went", "gone", "go", "remain", "remained"}

# Words that may stand between a verb of handing over and its object: "took back 15".
_PARTICLES: Final = frozenset({"back", "home", "over", "up", "out", "in", "the", "a", "another"})


# Marks between "personnel" and its figure in a table of losses: "personnel — 1,000,340".
_BULLETIN_MARKS: Final = frozenset({"\u2014", "\u2013", "-", ":"})
# Words of a heading over a table of one span's losses: "losses over the past week".
_SPAN_HEADING_WORDS: Final = frozenset(
    {"week", "weekly", "day", "daily", "past", "last", "month", "hours", "overnight"}
)
# Modals that make the people after them the subject of a plan: "would be included".
_PLAN_MODALS: Final = frozenset({"would", "will", "could", "might", "shall", "'ll"})
# Words that give the people a predicate of their own before such a modal.
# Words a clause's own subject follows: "...; both sides say", "and both sides said".
_BOTH_SIDES_OPENERS: Final = frozenset({";", ",", ":", "and", "but", "while"})
_OWN_PREDICATES: Final = frozenset({"and", "or", "remain", "remains", "are", "is", "were", "was"})
# Words of a count kept over time, not one attack's toll: "since 2022", "in total".
_RUNNING_TOTAL_WORDS: Final = frozenset({"since", "total", "overall", "altogether", "so"})
# Words opening a clause of inference from figures just told: "which means", "meaning".
_INFERRING: Final = frozenset({"means", "meaning"})
# A launch of weapons, one attack told without an attack noun: "launched 170 drones at Kyiv".
_LAUNCH_VERBS: Final = frozenset({"launched", "fired"})
_LAUNCHED_WEAPONS: Final = frozenset({"drones", "missiles", "rockets", "shells", "bombs"})
# One weapon that "struck" something is one attack: "a missile struck a cafe".
_ONE_WEAPON: Final = frozenset({"drone", "missile", "rocket", "shell", "bomb"})
_WEAPON_WORDS: Final = _LAUNCHED_WEAPONS | _ONE_WEAPON
# Verbs of weapons striking, one attack told with the weapons as subject: "drones struck
# a hospital overnight".
_STRIKING_VERBS: Final = frozenset({"struck", "hit", "slammed"})
# Words that make weapons' strikes a series, not one attack: "hit the city every night".
_REPEATED: Final = frozenset({"every", "nightly", "repeatedly", "regularly"})


# Words that may follow an attack noun heading its phrase: "a blast on 29 July", "an
# explosion at the prison,"; any other word makes the noun a modifier ("a strike operation").
_ATTACK_NOUN_FOLLOWERS: Final = frozenset({",", "on", "at", "in", "near", "against", "by", "of"})
# Nouns whose "of" gives the size of a change between two counts: "a rise of 3,000".
_CHANGE_NOUNS: Final = frozenset({"rise", "increase", "jump", "drop", "fall", "decrease"})
# Words that point back to one attack already told: "the toll from that attack".
_ONE_ATTACK_POINTERS: Final = frozenset({"that", "this", "the", "last"})
# How far before a figure "toll from the attack" may stand: "the death toll from that
# attack in the capital had risen to 32".
_TOLL_REACH: Final = 18
# Nouns of a cause phrase whose article is no attack's: "as a result of the armed attack".
_CAUSE_HEADS: Final = frozenset({"result", "consequence"})


def _month_or_longer(text: str) -> bool:
    """Whether a date text names a month, a year or a longer part of one, not a day."""
    words = set(text.lower().split())
    return not names_a_day(text) and (
        not words.isdisjoint(lx.MONTHS)
        or "year" in words
        or re.search(r"\b\d{4}\b", text) is not None
    )


# Owners before an attack noun that still make it one attack: "its strike on the depot".
_ATTACK_OWNERS: Final = frozenset({"its", "their", "his", "her", "our"})
# Occasions whose possessive makes an attack noun one event: "last week's air strike",
# "Tuesday's missile attack", "yesterday's blast".
_ONE_OCCASION: Final = (
    lx.WEEKDAYS | lx.RELATIVE_DAYS | {"night", "morning", "evening", "week", "weekend"}
)
# Words of a speaker recalling a number unsure of it: "if I remember", "if memory serves".
_RECALLING: Final = frozenset({"remember", "recall", "serves"})
# Words after ", or" that still offer the next number as the other guess: ", or perhaps".
_ALTERNATIVE_HEDGES: Final = frozenset({"perhaps", "maybe", "possibly", "even"})
# Units after a number that make it a share of the figure before, not another guess.
_SHARE_UNITS: Final = frozenset({"%", "percent", "per", "times"})
_BEFORE_ABOUT_TO: Final = frozenset(
    {",", "who", "that", "which", "was", "were", "had", "have", "been", "is", "are"}
)
"""Words that may stand between people and "about to be": "who had been about to be"."""
_PER_UNIT: Final = frozenset({"a", "per", "every", "each"})
"""Words that open a per-unit rate phrase of ``RATE_WORDS``: "a day", "per week"."""


# How many words after a figure's noun group a window of one day may stand and still be
# that figure's: "1,220 troops killed and wounded over the previous day".
# Marks that open an aside naming one kind of loss, and the mark that closes each.
_KIND_ASIDE_CLOSES: Final = {"-": "-", "\u2014": "\u2014", "\u2013": "\u2013", "(": ")"}
_WINDOW_AFTER_FIGURE: Final = 10
# How far after a loss noun an aside glossing it may close: "losses of the Russian forces
# (killed and those who died of wounds)".
_GLOSS_REACH: Final = 18
# The words of an aside that glosses losses as the dead alone: "killed and died of wounds".
_DEAD_GLOSS_WORDS: Final = lx.KILLED_WORDS | frozenset(
    {"and", "or", "those", "who", "of", "from", "wounds", "their", "soldiers", "servicemen"}
)

# How many sentences back a claim may stand that "the figure" of a later one takes up.
_FIGURE_TAKEN_UP: Final = 5

# "what it says is the total": a clause that gives a figure as its claimant's word; the
# figure follows within a few words of its "what"
_OWN_WORD_REACH: Final = 12


class _Claims(_ClaimSubjects):
    """The rules for casualty claims and the mediators a sentence names."""

    def _told_of_each_side(self, figure: FigureMention) -> bool:
        """Whether the figure is told of each side alike: "each side holds several thousand".

        "each side" as the subject in the figure's clause, "on each side" right after a
        toll a verb of harm gives the whole war, or "both sides" before a verb of holding
        right before it ("Both sides, by one estimate, now hold several thousand
        prisoners"): a count per side, never a sum.
        Only between the two belligerents, and never with a side of the figure's own.
        """
        if len(self._belligerents) != 2 or figure.nationality is not None:
            return False
        if figure.pronoun is None and self._both_sides_say_held(figure):
            return True  # "...; both sides say thousands more remain in captivity"
        if figure.pronoun is not None or any(p.role != MEDIATOR for p in self.m.parties):
            return False
        begin = self._clause_start(figure.first, self.first)
        if ("each", "side") in set(
            itertools.pairwise(self.norm_at[i] for i in range(begin, figure.first))
        ):
            return True  # "each side had suffered more than 100,000": each side is the subject
        after = [self.norm_at[i] for i in range(figure.np_end, min(self.last, figure.np_end + 3))]
        if ("each", "side") in set(itertools.pairwise(after)):
            # "the war has killed tens of thousands of soldiers on each side": the whole
            # war's toll per side; "the losses in the clashes were 40 on each side" is not
            return (
                self.norm_at[figure.first - 1] in _HARM_VERBS
                # the war may stand before an aside of who says so: "the invasion, they say,"
                and any(
                    self.norm_at[i] in _WHOLE_WAR_NOUNS for i in range(self.first, figure.first)
                )
            )
        verb = figure.first - 1
        while verb > begin and self.norm_at[verb] in lx.LINK_SKIP:
            verb -= 1  # "now hold", "still hold"
        # the subject may stand before an aside set off by commas: "Both sides, by ..., hold"
        opening = max(
            (i + 1 for i in range(self.first, verb) if self.norm_at[i] in (";", ":")),
            default=self.first,
        )
        before = set(itertools.pairwise(self.norm_at[i] for i in range(opening, verb)))
        return self.norm_at[verb] in lx.HOLDING_VERBS and ("both", "sides") in before

    def _both_sides_say_held(self, figure: FigureMention) -> bool:
        """Whether "both sides say" a count of people is still held in captivity.

        "Both sides say thousands more remain in captivity": each side speaks of its own
        people the other holds, so the count is each side's, whatever sides the clauses
        before it name. "Both sides" must be the teller itself, opening its clause. Only a
        count of people held: a toll both sides agree on is one figure.
        """
        said = figure.first - 1
        said -= self.norm_at[said] == "that"
        if self.norm_at[said] not in lx.SPEECH or (
            self.norm_at[said - 2],
            self.norm_at[said - 1],
        ) != ("both", "sides"):
            return False
        if said - 2 > self.first and self.norm_at[said - 3] not in _BOTH_SIDES_OPENERS:
            return False  # "officials on both sides say": the officials tell it, not each side
        at = max(figure.last, figure.np_end)
        at += self.norm_at[at] == "more"
        at += self.norm_at[at] == "still"
        if self.norm_at[at] in ("remain", "remained", "remains") and self.norm_at[at + 1] == "in":
            return self.norm_at[at + 2] in _CAPTIVITY  # "remain in captivity"
        held = at + 1 + (self.norm_at[at + 1] == "still")
        # "are (still) held", "are captive"
        return self.norm_at[at] in lx.BE_FORMS and self.norm_at[held] in ("held", "captive")

    def _claims_of_each_side(
        self,
        figure: FigureMention,
        previous: ClaimDraft | None,
        start: int,
        stop: int,
        loss: tuple[CasualtyCategory, int] | None,
    ) -> list[ClaimDraft]:
        """One claim per belligerent for a figure told of each side alike."""
        drafts: list[ClaimDraft] = []
        for side in self._belligerents:
            draft = self._claim(figure, previous, start, stop, loss, each_side=side)
            if draft is None:
                return []
            drafts.append(draft)
        return drafts

    def claims(self, used: set[int], belligerents: Sequence[str] = ()) -> list[ClaimDraft]:
        self._belligerents = belligerents
        # The head "the figure" stands at and the side of the claim it takes up, if any.
        self._taken_up: tuple[int, tuple[str, ...]] | None = None
        # A sentence about civilians gives civilian tolls (population CIVILIANS) only for
        # figures that count civilians; a figure it cannot place is left out.
        self._civilian = (
            not self.norm_set.isdisjoint(lx.CIVILIAN_WORDS)
            or self._people_of_region()
            or self._people_after_civilian_toll()
        )
        claims: list[ClaimDraft] = []
        told_at: list[int] = []  # where each claim's figure stands, in step with ``claims``
        # Day figures of a count told before any claim of the sentence ("Its figure for the
        # past day was 990, and it put the total at ..."), with their start and stop.
        day_first: list[tuple[FigureMention, int, int]] = []
        previous: ClaimDraft | None = None
        for index, figure in enumerate(self.m.figures):
            if index in used and not (
                self._captives_offered(figure)
                # "took 700 prisoners, some of whom have since been exchanged": a capture first
                or self._prisoners_taken(figure)
            ):
                continue
            before = index - 1
            while before >= 0 and (
                self._idiom(self.m.figures[before])
                or self._pronoun_one(self.m.figures[before])
                or self._span_of_time(self.m.figures[before])
                or self._growth_to(self.m.figures[before], figure)
            ):
                before -= (
                    1  # "verified one by one", "given eleven months ago": no figure to stop at
                )
            start = self.m.figures[before].np_end if before >= 0 else self.first
            stop = self.m.figures[index + 1].first if index + 1 < len(self.m.figures) else self.last
            if figure.before_of in _PLACE_NOUNS or self._handed(figure):
                continue  # "a city of some 430,000", "took back 15 of its own wounded"
            if self._bodies_handed(figure) or self._remains_identified(figure):
                continue  # "the bodies of 757 soldiers killed in fighting were handed over"
            if self._added_to_exchange(figure):
                continue  # "swap 175 POWs each; Moscow adds 22 wounded": more people moved
            if self._wounded_people_moved(figure):
                continue  # "another 22 seriously wounded had come home": people moved
            if self._one_and_the_other(figure):
                continue  # "one wounded in the arm and the other in the leg": two people
            if self._pronoun_one(figure):
                continue  # "a figure he gave, and one that counts the wounded": "a figure"
            if self._spoken_decimal(figure):
                continue  # "one point three million": a decimal read aloud, no two counts
            if self._ratio_term(figure) or self._one_in_n(figure) or self._multiplier(figure):
                continue  # "the killed-to-wounded ratio is close to one to three"
            if self._kin_whose(figure):
                continue  # "one woman whose husband was captured": the husband was
            if index > 0 and self._band_of_previous(figure, self.m.figures[index - 1]):
                continue  # "about 165,000 had died, within a range of 140,000 to 200,000"
            if self._gap_term(figure):
                continue  # "the gap between 111,000 named dead and one million claimed losses"
            if self._sum_of_kinds_after(index):
                continue  # "409 casualties (89 killed and 320 injured)": the parts are told
            if self._fate_before_return(figure):
                continue  # "among them were two men who had been reported killed in action"
            if self._on_board(figure):
                continue  # "all 45 people on board died": a craft's load, not a side's toll
            if self._names_counted(figure):
                continue  # "a list of 65 names ... lists of missing servicemen": names
            if self._yes_no_question(figure):
                continue  # "Has Russia really lost a million soldiers?": asked, not told
            if self._no_one_tells(figure):
                continue  # "No estimate we have seen comes close to a million dead": no one's
            if self._hearsay(figure):
                continue  # "Posts shared widely say that Russia has lost a million": hearsay
            if self._still_unchecked(figure):
                continue  # "2,000 more are not yet included": left out of the count told
            if self._called_untrue(figure):
                continue  # 'The post's figure, "a million dead", is false': no one's toll
            # "Moscow denied that 5,000 of its soldiers had been killed": no one's toll, but
            # it names the people of a bare figure after it ("..., saying 300 died")
            denied = self._figure_denied(figure)
            if self._quoted_text(figure):
                continue  # "It adds the caption 'a million dead'": words shown, not told
            if self._unsure_which(figure):
                continue  # "a figure of 300,000, or 400,000", "if I remember, 300,000"
            if self._interviewed(figure):
                continue  # "it interviewed 21 Russian POWs": a study's sample, not a count held
            if self._each_one(figure):
                continue  # "we remember every one of ours in captivity": all of them, no count
            if self._inferred(figure):
                continue  # "..., which means that Russia lost 250,000 in six months": a sum
            if self._violation_count(figure, start):
                continue  # "allegations of the execution of at least 12 soldiers": violations
            if self._dead_by_background(figure):
                continue  # "20,000 of the dead were mobilised men": a part of a toll told
            if self._among_the_dead(figure):
                continue  # "Among those killed in May were 12 children": a toll's part
            if self._deal_people_captured(figure):
                continue  # "objected to the inclusion of 40 men captured in Kursk": a deal's
            if (
                not self.norm_set.isdisjoint(lx.EQUIVALENT_WORDS)
                and self._equivalent_head(figure) is not None
            ):
                continue  # "the equivalent figure for Russia is 120,000": another side's
            whole = figure
            figure = self._partitive(figure)
            if (
                figure is not whole
                and self.norm_at[whole.last + 1] in lx.PART_PRONOUNS
                and previous is None
                and not self._casualty_predicate(figure)
                and not self._held_part(whole)
                # "The Azovstal defenders surrendered in May. ... 2,439 of them had laid
                # down their arms": a part of people who gave up, not of people moved
                and not (self._gave_up(figure) and self._of_subject_before())
            ):
                continue  # "300 prisoners, 20 of them wounded": a part of people moved
            toll_before = self._part_of_toll_before(figure) if index == 0 else None
            if previous is None:
                previous = (
                    toll_before  # "... 13,000 civilians killed. Of those killed, 700 were children"
                    or self._day_share_of_told(figure)
                    or self._rival_put_of_told(figure, start)
                )
            loss = self._whose_number_held(figure) if figure.noun is None else None
            if loss is None and figure.noun is None:
                # "put Russian casualties at 950,000, of whom 250,000 had been killed, and
                # Ukraine's at almost 400,000": the elided head is the first pair's, never
                # the loss word of a breakdown standing between the pairs
                loss = self._elided_loss(figure)
            if loss is None and figure.noun is None:
                loss = self._loss_before(figure, start)
            if loss is None and figure.noun is None:
                loss = self._kind_heading(figure)
            if loss is None and figure.noun is None:
                loss = self._total_of_losses(figure, start, previous)
            if loss is None and figure.noun is None:
                loss = self._grown_by(figure, start, previous)
            if loss is None and figure.noun is None:
                loss = self._series_stood_at(figure)
            if loss is None and figure.noun is None:
                loss = self._day_increase(figure, previous)
            if loss is None and figure.noun is None:
                loss = self._held_more(figure)
            if loss is None and figure.noun is None:
                loss = self._named_dead(figure)
            if loss is None and figure.noun is None:
                loss = self._bulletin_personnel(figure)
            if loss is None and (
                figure.noun is None or self._named_at(figure.last) or self._fighters_named(figure)
            ):
                loss = self._register_grown(figure, start)
            if loss is None and figure.noun is None:
                loss = self._whom_loss(figure)
            if loss is None and figure.noun is None:
                loss = self._held_set_off(figure, start)
            if loss is None and figure.noun is None:
                loss = self._asked_number_given(figure)
            if (
                loss is None
                and figure.noun is None
                and self._ends_bare(figure)
                and not self._span_of_time(figure)  # "given eleven months ago"
                and self._only_dead_told()
            ):
                loss = self._official_head(figure, start)  # "the last official number, 5,937,"
            predicate = (
                self._casualty_predicate(figure)
                # "a strike on the town killed two women and wounded 14": the attack's toll
                or (figure.noun is None and self._struck_people(figure))
                # "freed from Russian captivity, though thousands remain": still held
                or (figure.noun is None and self._remain_in_captivity_said(figure))
                # "the fate of thousands of others listed as missing": the register's status
                or (figure.noun is None and self._others_listed_as(figure))
                # "the ministry said that 2,439 had laid down their arms": they gave up
                or (
                    figure.noun is None
                    and not figure.remains
                    and self._said_that_before(figure)
                    and self._gave_up(figure)
                )
                or (
                    previous is not None
                    and (
                        self._casualty_after(figure, stop)
                        or (self._subset(figure) and self._ends_bare(figure))  # "including 1,180"
                        or self._day_part(figure)  # "..., with 1,140 over the previous 24 hours"
                        or self._count_for_day(figure)  # "..., and its figure for the day was 990"
                        or self._gapped_total(figure, previous)  # "... and 900,000 in all"
                        # "topped 500,000 in February and 750,000 in June": the verb's again
                        or (bool(told_at) and self._dated_conjunct(figure, previous, told_at[-1]))
                        or self._compared(figure)  # "far more than the roughly 250,000 of 2023"
                        or self._earlier_value(figure)  # "..., up from about 50,000 in 2024"
                        or self._civilian_part(figure)  # "..., of whom 7,000 are civilians"
                        or self._part_of_them(figure)  # "..., more than 560 of them children"
                        or toll_before is not None  # "Of those killed, 716 were children"
                        or self._ones_of(figure) is not None  # "... and 131,000 Ukrainian ones"
                        or self._accounted_by(figure) is not None  # "of whom X accounted for"
                        or self._figure_put_at(figure, start)  # "Kyiv puts the figure at N"
                    )
                )
            )
            if (
                figure.noun is None
                and loss is None
                and not predicate
                and figure.before_of not in _DEATHS_OF | lx.INJURY_HEADS
                and self._reached(figure) is None
            ):
                if previous is None and self._count_for_day(figure):
                    day_first.append((figure, start, stop))
                continue
            bare = figure.noun is None and loss is None and not predicate
            if bare and not self._ends_bare(figure) and not self._others_harmed(figure):
                continue  # "losses ... have passed 300 tanks"
            if bare and self._rate_value(figure, start):
                continue  # "losses ..., and the daily rate had exceeded 1,000"
            if figure.noun is None and year_part(self.norm, figure.first):
                continue  # "..., including 150,000 this year": a year's share, not a toll to date
            if self._local_scope(figure):
                continue  # 'in the "West" zone, the enemy lost 1,600': a sector's share
            if self._settlement_alone(figure):
                continue  # "In the city of Kharkiv alone, ... killed 21": a town's share
            conjunct = (
                self._dated_conjunct(figure, previous, told_at[-1])
                if previous is not None and told_at
                else None
            )
            if conjunct is not None and self.norm_at[conjunct.first] in _PAST_VERBS:
                figure = figure._replace(amount=Count.parse(f"more than {figure.text}"))
            claim = self._claim(figure, previous, start, stop, loss)
            if claim is None and self._told_of_each_side(figure):
                # "each side had suffered more than 100,000 killed and wounded": the same
                # figure, told once, of each side alike
                each = self._claims_of_each_side(figure, previous, start, stop, loss)
                claims.extend(each)
                told_at.extend(figure.first for _ in each)
                previous = each[-1] if each else previous
                continue
            if claim is not None and conjunct is not None and conjunct.noun is not None:
                # "1,150 soldiers were killed on Monday and 870 on Tuesday": each its day's
                claim = claim._replace(scope=ClaimScope.PERIOD)
                claims[-1] = previous = claims[-1]._replace(scope=ClaimScope.PERIOD)
            if (
                claim is not None
                and previous is not None
                and previous.scope is ClaimScope.PERIOD
                and previous.sentence == self.index
                and previous.as_of == claim.as_of
                and self._loss_paired_with(figure, told_at[-1])
            ):
                # "In June, 232 civilians were killed and 1,343 injured": the second kind is
                # counted over the same span as the first
                claim = claim._replace(scope=ClaimScope.PERIOD)
            if denied:
                previous = claim or previous
                continue
            if claim is not None and self._subset_of_claim(
                whole, figure, claim, claims, told_at, (start, stop)
            ):
                continue  # "13,580 civilians killed, including 716 children": the whole's part
            if claim is not None:
                if (
                    previous is not None
                    and self._count_for_day(figure)
                    and not (
                        self._same_count(claim, previous)
                        and self._no_teller_between(told_at[-1], figure.first)
                    )
                ):
                    continue  # another teller's or another side's day figure: refused
                claims.append(claim)
                told_at.append(figure.first)
                previous = claim
        for figure, start, stop in reversed(day_first):
            # the claim told next in the sentence is the count the day's figure belongs to
            after = bisect.bisect_left(told_at, figure.first)
            if after == len(claims):
                continue  # no count told: nothing to take the day's side and kind from
            claim = self._claim(figure, claims[after], start, stop)
            if (
                claim is not None
                and self._same_count(claim, claims[after])
                and self._no_teller_between(figure.last, told_at[after])
            ):
                claims.insert(after, claim)
                told_at.insert(after, figure.first)
        return claims

    def _loss_paired_with(self, figure: FigureMention, first: int) -> bool:
        """Whether a bare figure is a second kind of loss told with the figure at ``first``.

        "232 civilians were killed and 1,343 injured": the figure follows "and" right after
        the first figure's word of loss, with nothing else between, and a word of loss of
        its own ends it. "killed 1,140 over the past day and 1,000,000 in all" is not.
        """
        if figure.noun is None or self.norm_at[figure.first - 1] != "and":
            return False
        if lx.LOSS_HEADS.get(self.norm_at[figure.first - 2]) is None:
            return False
        if lx.LOSS_HEADS.get(self.norm_at[figure.np_end - 1]) is None:
            return False
        between = range(first, figure.first - 2)
        return not any(self.norm_at[i] in _CLAUSE_MARKS for i in between) and not any(
            first < d.first < figure.first for d in self.m.dates
        )

    def _count_for_day(self, figure: FigureMention) -> bool:
        """Whether a bare figure is a count's value for one day, told as its subject.

        "Its figure for the past 24 hours was 990", "the tally for the previous day,
        out this morning, was 1,020": a count noun and a window of one day, perhaps an
        aside set off by commas, then a form of "be" right before the figure.
        """
        if figure.noun is not None or self.norm_at[figure.first - 1] not in lx.BE_FORMS:
            return False
        end = figure.first - 1  # where the window must end
        if self.norm_at[end - 1] == ",":
            opening = next(
                (
                    k
                    for k in range(end - 2, max(self.first, end - 10), -1)
                    if self.norm_at[k] == ","
                ),
                None,
            )
            if opening is None:
                return False
            end = opening
        return any(
            self.norm_at[j - 1] in SERIES_HEADS
            and day_window_end(self.norm, self.tokens, j, self.last) == end
            for j in range(max(self.first + 1, end - 6), end)
        )

    def _no_teller_between(self, first: int, last: int) -> bool:
        """Whether no teller is named in ``tokens[first:last]``, between a day's figure and
        its count: "..., and Moscow put Kyiv's losses at ..." tells another count; "it
        put" points back to the same teller.
        """
        return not any(first <= s.first < last and s.entry is not None for s in self.m.sources)

    @staticmethod
    def _same_count(day: ClaimDraft, total: ClaimDraft) -> bool:
        """Whether a day's figure and a total are one teller's count of one side's losses."""
        return (day.subject, day.category, day.claimant) == (
            total.subject,
            total.category,
            total.claimant,
        )

    def _others_harmed(self, figure: FigureMention) -> bool:
        """Whether a bare figure counts "others" under a noun of deaths or injuries.

        "the deaths of 40 civilians and the injuries of 95 others": "others" stands for
        more of the people named before, and the noun before "of" names their harm.
        Past a semicolon with no verb of saying of its own, or called unconfirmed ("the
        deaths of 400 others remain unconfirmed"), the figure is no one's claim.
        """
        if not (
            figure.before_of in _DEATHS_OF | lx.INJURY_HEADS
            and self.norm_at[figure.np_end] == "others"
        ):
            return False
        semicolon = max(
            (i for i in range(self.first, figure.first) if self.norm_at[i] == ";"), default=None
        )
        if semicolon is not None and not any(semicolon < v < figure.first for v in self.m.speech):
            return False
        after = set(
            itertools.takewhile(
                lambda w: w not in _CLAUSE_ENDS,
                (self.norm_at[i] for i in range(figure.np_end + 1, self.last)),
            )
        )
        return not (
            _UNCONFIRMED & after or (_CONFIRMED & after and not _NEGATIONS.isdisjoint(after))
        )

    def _yes_no_question(self, figure: FigureMention) -> bool:
        """Whether the figure stands in a yes-no question: "Fact check: Has Russia really
        lost 'a million soldiers killed'?" asks whether a figure holds; no one claims it.
        """
        if self.norm_at[self.last - 1] != "?":
            return False
        opener = max(
            [
                self.first,
                *(i + 1 for i in range(self.first, figure.first) if self.norm_at[i] == ":"),
            ]
        )
        return self.norm_at[opener] in lx.OPERATOR_AUXILIARIES

    def _no_one_tells(self, figure: FigureMention) -> bool:
        """Whether the figure's clause opens on a subject that names no one: "No estimate
        we have found comes close to one million dead", "None of the governments has
        published a figure near 400,000".

        The clause says who has not given the figure, so no one of record claims it.
        "No fewer than 5,000" is a count, "No doubt" an assertion, and "No, 5,000" or
        "No. Kyiv says 5,000" an answer: those leave the figure told.
        """
        if self.norm_set.isdisjoint(_NO_ONE):
            return False  # most sentences: no subject that names no one
        for i in range(figure.first - 1, self.first - 1, -1):
            if self.norm_at[i] in _NO_ONE:
                opens = (
                    i == self.first
                    or self.norm_at[i - 1] in _NO_ONE_OPENERS
                    # "we found no source supporting 400,000": nothing found to tell it
                    or self.norm_at[i - 1] in _FOUND_NONE
                )
                after = self.norm_at[i + 1]
                return opens and after.isalpha() and after not in _NOT_NO_ONE
            if self.norm_at[i] in _NO_ONE_OPENERS:
                return False  # "No one knows; Kyiv says 5,000": another clause tells it
        return False

    def _called_untrue(self, figure: FigureMention) -> bool:
        """Whether the figure's own verb calls it untrue: '"a million dead", is false'.

        A figure set off after its noun (quoted or between commas) and then judged by a
        form of "be" with "false", "wrong", "not supported" or "not true" is a figure the
        text rejects, not a count anyone stands by; so is a quoted wording judged by a bare
        "is not" ('"Kyiv has lost 9,000 men" is not, because ...'), its verdict elided.
        """
        at = figure.np_end
        quoted = False
        while at < self.last and self.norm_at[at] in _SET_OFF_MARKS:
            quoted = quoted or self.norm_at[at] != ","
            at += 1
        if at >= self.last or self.norm_at[at] not in lx.BE_FORMS:
            return False
        at += 1
        while at < self.last and self.norm_at[at] in _JUDGED_ADVERBS:
            at += 1
        word = self.norm_at[at]
        if word in _UNTRUE_FIGURE:
            return True
        after = self.norm_at[at + 1]
        return word == "not" and (
            after in _NOT_BORNE_OUT or (quoted and after in (",", ".", ";", "—", "-"))
        )

    def _figure_denied(self, figure: FigureMention) -> bool:
        """Whether a verb of denial governs the figure's clause.

        "Moscow denied that 5,000 of its soldiers had been killed", "dismissed reports
        that 7,000 died", "denied losing 7,000": the figure is what a side calls untrue,
        so it is no one's toll. A denial of a thing, not a statement ("denies the ICRC
        access ... and holds thousands"), or one behind a clause break, leaves it told,
        and so does a negated denial: "Moscow has never denied that 5,000 were killed".
        """
        if self.norm_set.isdisjoint(lx.DENIALS):
            return False
        for i in range(figure.first - 1, self.first - 1, -1):
            if self.norm_at[i] in _SINCE_BREAKS - {"and"}:
                return False
            if self.norm_at[i] in lx.DENIALS:
                if not _NEGATIONS.isdisjoint(
                    self.norm_at[k] for k in range(max(self.first, i - 2), i)
                ):
                    return False  # "Moscow never denied that ...": no denial
                after = [self.norm_at[k] for k in range(i + 1, min(figure.first, i + 4))]
                return (
                    "that" in after
                    or (bool(after) and after[0].endswith("ing"))
                    or self._denied_claims_that(i, figure)
                )
        return False

    def _denied_claims_that(self, denial: int, figure: FigureMention) -> bool:
        """Whether the denial at ``denial`` takes "claims (reports) that" the figure's clause
        opens, past a short "as ..." of its verdict: 'rejected as "lies" claims that ...'.
        """
        for k in range(denial + 1, min(figure.first, denial + 10)):
            if self.norm_at[k] == "that":
                return self.norm_at[k - 1] in _DENIED_NOUNS
        return False

    def _spoken_decimal(self, figure: FigureMention) -> bool:
        """Whether the figure is a part of a decimal read aloud: "one point three million".

        A number word, "point" and a number word are one figure ("1.3 million"); read as
        two, the whole part ("one") and the fraction's ("three million") would both be
        wrong, so neither is told as a count.
        """
        words = lx.NUMBER_WORDS
        return (
            self.norm_at[figure.last] == "point" and self.norm_at[figure.last + 1] in words
        ) or (self.norm_at[figure.first - 1] == "point" and self.norm_at[figure.first - 2] in words)

    def _still_unchecked(self, figure: FigureMention) -> bool:
        """Whether the sentence says the figure's people are not yet checked or counted.

        "tens of thousands of missing are not yet included", "40 bodies were reported;
        the mission is still verifying these reports": the teller leaves the figure out
        of its count until it is checked, so no one claims it yet. The words of checking
        follow the figure's noun phrase directly, or a "these reports" takes it up; so
        do those of people no count holds ("thousands more may remain unrecorded").
        """
        if not self.norm_set.isdisjoint(_UNCOUNTED):
            i = figure.np_end + (self.norm_at[figure.np_end] in _PLURAL_LOSS_HEADS)
            start = i  # past "deaths" in "3,000 civilian deaths", a noun after the people
            while self.norm_at[i] in _UNCOUNTED_LINKS and i < start + 4:
                i += 1
            if i > start and self.norm_at[i] in _UNCOUNTED:
                return True  # "thousands of civilian deaths may remain unrecorded"
        if self.norm_set.isdisjoint(_NOT_YET_MARKS):
            return False
        for i in range(figure.np_end, self.last):
            word = self.norm_at[i]
            pending = (word in _CHECKED and self._not_yet_before(i)) or (
                word in _CHECKING and self.norm_at[i - 1] == "still"
            )
            if not pending:
                continue
            if not any(self.norm_at[j] in _CLAUSE_MARKS for j in range(figure.np_end, i)):
                return True  # "2,000 more are not yet included"
            return any(
                self.norm_at[j] in _TAKING_UP and self.norm_at[j + 1] in _UNCHECKED_NOUNS
                for j in range(max(figure.np_end, i - 6), min(self.last - 1, i + 3))
            )
        return False

    def _not_yet_before(self, at: int) -> bool:
        """Whether "not yet", "yet to be" or "still not" stands in the few words before ``at``."""
        words = [self.norm_at[j] for j in range(max(self.first, at - 4), at)]
        return ("yet" in words and ("not" in words or "to" in words)) or (
            "still" in words and "not" in words
        )

    def _hearsay(self, figure: FigureMention) -> bool:
        """Whether the figure is what posts online say, the sentence opening with them.

        "Posts shared widely on Facebook say that 'Russia has lost one million'": the
        text reports a rumour to weigh it, so no one of record claims the figure.
        """
        if self._ownerless_claim_opens(figure):
            return True  # 'A claim that the US has "confirmed" 100,000 dead is wrong'
        spread = not self.norm_set.isdisjoint(_SPREADING)
        if (
            self.norm_set.isdisjoint(_HEARSAY_NOUNS)
            and self.norm_set.isdisjoint(lx.UNSOURCED)
            and not spread
        ):
            return False  # most sentences: no posts or unnamed sources to be the subject
        # "The claim: a post shared ... says": a fact check's label before its subject
        opener = next(
            (
                i + 1
                for i in range(self.first, min(figure.first, self.first + 4))
                if self.norm_at[i] == ":"
            ),
            self.first,
        )
        # "Posts", "Viral posts", "A post", "Social media posts", "A widely shared post":
        # the subject's head within a few words; a comma or a preposition before it makes
        # the posts something else's object: "Zelensky, responding to viral posts, said"
        heads = _HEARSAY_NOUNS | lx.UNSOURCED
        head = next(
            (
                i
                for i in range(opener, min(figure.first, opener + _HEARSAY_HEAD_REACH))
                if self.norm_at[i] in heads
                or self.norm_at[i] in _CLAUSE_ENDS
                # "A claim circulating online says": a claim no one of record makes
                or (spread and self._spread_claim(i))
            ),
            None,
        )
        if head is None or not (self.norm_at[head] in heads or self._spread_claim(head)):
            return False
        if any(self.norm_at[i] in _NOT_SUBJECT for i in range(opener, head)):
            return False  # "In a post on Telegram, the ministry said": the ministry speaks
        told = self._source_relative(head, figure.first)
        if any(told < v < figure.first for v in self.m.speech):
            return False  # "the post shows the update of the staff, which put losses at"
        return any(opener < v < figure.first for v in self.m.speech)

    def _ownerless_claim_opens(self, figure: FigureMention) -> bool:
        """Whether the figure is in the clause of "A claim that" opening the sentence, or of
        "the claim that" a fact check rates.

        "A claim that Washington has put the dead at 80,000 twists his words", "we rate the
        claim that 40 prisoners died false": a claim of no one's, named to be weighed;
        "Russia's claim that ..." has its maker.
        """
        if (
            figure.first > self.first + 2
            and self.norm_at[self.first] in _CLAIM_DETERMINERS
            and self.norm_at[self.first + 1] in _CLAIM_NOUNS
            and self.norm_at[self.first + 2] == "that"
        ):
            return True
        if self.norm_set.isdisjoint(_RATING_VERBS):
            return False
        # "We rate the claim that 40 prisoners died FALSE": a verdict on a claim weighed
        for i in range(figure.first - 1, max(self.first + 2, figure.first - 16), -1):
            if self.norm_at[i] in _CLAUSE_MARKS:
                return False
            if (
                self.norm_at[i] == "that"
                and self.norm_at[i - 1] in _CLAIM_NOUNS
                and self.norm_at[i - 2] in _CLAIM_DETERMINERS
                and self.norm_at[i - 3] in _RATING_VERBS
            ):
                return True
        return False

    def _spread_claim(self, at: int) -> bool:
        """Whether a claim spreading unattributed stands at ``at``: "a claim circulating widely"."""
        return self.norm_at[at] in _CLAIM_NOUNS and self.norm_at[at + 1] in _SPREADING

    def _source_relative(self, start: int, end: int) -> int:
        """Where ", which" or ", who" after a named source opens its own clause, or ``end``.

        "The post shows the update of the General Staff, which put the losses at ...":
        the figure after is the source's, given in its relative clause, not the post's.
        """
        return next(
            (
                r
                for r in range(start + 2, end)
                if self.norm_at[r] in ("which", "who")
                and self.norm_at[r - 1] == ","
                and any(s.entry is not None and s.last in (r - 1, r - 2) for s in self.m.sources)
            ),
            end,
        )

    def _quoted_text(self, figure: FigureMention) -> bool:
        """Whether the figure opens the quoted words of a caption, headline or slogan.

        "It adds the caption 'a million dead'", "under the headline: '500,000 killed'":
        the text names a piece of writing and shows it; the writing is the subject of the
        report, and no one of record claims its figure.
        """
        quote = figure.first - 1
        if self.norm_at[quote] not in lx.QUOTE_MARKS:
            return False
        noun = quote - 1 - (self.norm_at[quote - 1] in (":", ","))
        return noun >= self.first and self.norm_at[noun] in _TEXT_NOUNS

    def _unsure_which(self, figure: FigureMention) -> bool:
        """Whether the speaker leaves open which number it was.

        "a figure of 300,000, or 400,000", "which, if I remember, was 300,000, or was
        it ...": two numbers offered as alternatives, or a recollection its speaker
        doubts, give no figure a journalist could print.
        """
        if self.norm_set.isdisjoint(("or", "if")):
            return False  # no alternative offered and no recollection hedged
        at = self.m.figures.index(figure)
        for one, other in itertools.pairwise(self.m.figures[max(at - 1, 0) : at + 2]):
            if other.per_side or one.per_side:
                continue
            between = [self.norm_at[i] for i in range(one.np_end, other.first)]
            if (
                between[:2] == [",", "or"]
                and set(between[2:]) <= _ALTERNATIVE_HEDGES
                and self.norm_at[other.np_end] not in _SHARE_UNITS
                # "860,000, or roughly 1,100 a day": the same toll restated as a rate
                and not self._per_unit_rate_at(other.np_end)
            ):
                return True
        if any(
            (self.norm_at[i], self.norm_at[i + 1], self.norm_at[i + 2]) == ("or", "was", "it")
            for i in range(figure.np_end, figure.np_end + 3)
        ):
            return True  # "300,000 Ukrainians killed, or was it—"
        return any(
            self.norm_at[i] == "if"
            and self.norm_at[i + 1] in ("i", "memory")
            and self.norm_at[i + 2] in _RECALLING
            for i in range(max(self.first, figure.first - 8), figure.first)
        )

    def _per_unit_rate_at(self, at: int) -> bool:
        """Whether a per-unit rate opens at ``at``: "a day", "per week", "every month".

        Only these make the figure before them an average; "overnight" or "in the past
        day" name a span, not a rate.
        """
        return self.norm_at[at] in _PER_UNIT and at in self.rates

    def _interviewed(self, figure: FigureMention) -> bool:
        """Whether the figure is the object of a verb of interviewing: "spoke to 17 POWs".

        The people a monitor or reporter talked to are its sample, not the number a side
        holds or lost.
        """
        at = figure.first - 1
        at -= self.norm_at[at] in ("to", "with")
        return self.norm_at[at] in _lemmas.INTERVIEWING

    def _dead_by_background(self, figure: FigureMention) -> bool:
        """Whether the figure sorts a toll already told by who the dead were.

        "More than 20,000 of the dead were men mobilised in 2022": "N of the (named)
        dead" before a copula describes a part of the dead, not a count of deaths.
        """
        if self.norm_at[figure.last] != "of" or self.norm_at[figure.last + 1] not in (
            "the",
            "those",
        ):
            return False
        at = figure.last + 2
        for _ in range(3):  # "of the named dead", "of the confirmed Russian dead"
            if self.norm_at[at] in _DEAD_HEADS:
                return self.norm_at[at + 1] in _BACKGROUND_COPULAS
            if at >= self.last or self.norm_at[at] in lx.PART_PRONOUNS:
                return False
            at += 1
        return False

    def _deal_people_captured(self, figure: FigureMention) -> bool:
        """Whether the figure names people a swap is to take in, by where they were taken.

        "objected to the inclusion of several dozen men captured in the Kursk region",
        "pressed for the return of 40 marines taken in Mariupol": the people after a
        noun of what a deal holds are described by a bare participle of capture, a group
        to be moved, not a side's count of the captives it holds.
        """
        if self.norm_at[figure.first - 1] != "of" or self.norm_at[figure.first - 2] not in (
            _DEAL_CONTENT_NOUNS
        ):
            return False
        return figure.noun is not None and self.norm_at[figure.np_end] in ("captured", "taken")

    def _among_the_dead(self, figure: FigureMention) -> bool:
        """Whether the figure sorts the dead or hurt of one month's toll by who they were.

        "Among those killed in May were 12 children", "Among the injured that month
        was one nurse": a sentence opening on "among" and the people of a kind of loss
        in a month names, after its copula, some of that month's people, a breakdown
        of a monthly update. Without the month ("Among those killed were 669 children")
        the part is the running count of those people, told as a toll of its own.
        """
        if self.norm_at[self.first] != "among" or self.norm_at[self.first + 1] not in (
            "those",
            "the",
        ):
            return False
        kind = self.norm_at[self.first + 2]
        if kind not in _DEAD_HEADS and not any(kind in words for _, words in _ASKED_KINDS[1:3]):
            return False
        opening = range(self.first + 3, figure.first - 1)
        if self.norm_at[figure.first - 1] not in _BACKGROUND_COPULAS or any(
            self.norm_at[i] in (",", ";") or self.norm_at[i] in _BACKGROUND_COPULAS for i in opening
        ):
            return False
        return any(self.norm_at[i] in lx.MONTHS or self.norm_at[i] == "month" for i in opening)

    def _on_board(self, figure: FigureMention) -> bool:
        """Whether the figure counts a craft's mixed load: "all 45 people on board".

        When the sentence names its crew or captives and the figure people of no one
        side or kind, the load mixes both sides' people, so its dead are no one side's
        losses; "65 Ukrainian prisoners on board were killed" and a bus's passengers
        killed in a strike are. Captives "among the 74 dead" are such a load's part too.
        """
        if figure.nationality is not None:
            return False
        if self.norm_set.isdisjoint(_MIXED_LOAD) and self.discourse.load != self.index - 1:
            return False  # "... with six crew and three escorts. All 74 people aboard died."
        if self._captives_among_dead(figure):
            return True
        if figure.noun is not None and figure.noun.category is not None:
            return False
        at = max(figure.last, figure.np_end)
        return self.norm_at[at] == "aboard" or (
            self.norm_at[at] == "on" and self.norm_at[at + 1] == "board"
        )

    def _names_counted(self, figure: FigureMention) -> bool:
        """Whether the figure counts the names a list holds: "the list of 65 names".

        "We compared the list of 65 names with lists of missing servicemen": the
        list is what was checked against the missing, no toll of either side ("it
        has documented 70,000 names" of the dead is a toll still).
        """
        return (
            (
                figure.noun is None
                and self.norm_at[max(figure.last, figure.np_end)] == "names"
                and self.norm_at[figure.first - 1] == "of"
                and self.norm_at[figure.first - 2] in ("list", "lists")
            )
            or self._named_in_list(figure)
            or self._list_handed(figure)
        )

    def _list_handed(self, figure: FigureMention) -> bool:
        """Whether the figure counts the people on a list one side handed the other.

        "Kyiv has handed Moscow a list of 500 prisoners it considers seriously ill": the
        people listed are asked for in an exchange, no count of anyone's losses. "A list
        of 900 dead" a side publishes is no list handed over.
        """
        at = figure.first - 1
        if self.norm_at[at] != "of" or self.norm_at[at - 1] not in ("list", "lists"):
            return False
        return any(self.norm_at[i] in _LIST_HANDING for i in range(max(self.first, at - 6), at - 1))

    def _named_in_list(self, figure: FigureMention) -> bool:
        """Whether the figure is a part a list of names includes: "names, including 300".

        "a list of 1,000 names handed over, including those of 300 captured in Kursk":
        the people named are asked for, not counted as anyone's losses.
        """
        at = figure.first - 1
        if self.norm_at[at] == "of" and self.norm_at[at - 1] == "those":
            at -= 2
        if self.norm_at[at] != "including":
            return False
        return any(
            self.norm_at[i] in ("list", "lists", "names")
            for i in range(max(self.first, at - 12), at)
        )

    def _captives_among_dead(self, figure: FigureMention) -> bool:
        """Whether captives told before are "among" the figure's dead: a crash's mixed toll.

        "65 Ukrainian prisoners ... were among the 74 dead" counts captives and their
        escorts together, so the 74 are no one side's losses.
        """
        before = self.norm_at[figure.first - 1]
        among = before == "among" or (
            before in ("the", "those") and self.norm_at[figure.first - 2] == "among"
        )
        if not among or self.norm_at[max(figure.last, figure.np_end - 1)] not in lx.KILLED_WORDS:
            return False
        return any(self.norm_at[i] in _MIXED_LOAD for i in range(self.first, figure.first))

    def _span_of_time(self, figure: FigureMention) -> bool:
        """Whether a figure without people measures time: "given eleven months ago"."""
        return figure.noun is None and self.norm_at[figure.last] in _TIME_UNITS

    def _one_and_the_other(self, figure: FigureMention) -> bool:
        """Whether "one" picks out one of a pair ("one ... and the other ..."), a pronoun.

        "the two men, one wounded in the jaw and the other in the legs" describes
        each of two people; it counts no losses.
        """
        if self.norm_at[figure.first] != "one" or figure.last - figure.first != 1:
            return False
        return any(
            self.norm_at[i] == "the" and self.norm_at[i + 1] == "other"
            for i in range(figure.last, min(self.last, figure.last + 12))
        )

    def _ratio_term(self, figure: FigureMention) -> bool:
        """Whether a figure without people is a term of a ratio: "a ratio of one to three".

        A ratio or proportion named a few words before, and the figure joined to
        another by "to" ("one to three", "1 to 4"): neither term counts anyone.
        """
        if figure.noun is not None:
            return False
        # "outnumber the dead by three to one": a range never falls to one, so "N to one"
        # is a ratio with or without the word
        if self.norm_at[figure.first] in _ONE_WORDS and self.norm_at[figure.first - 1] == "to":
            term = figure.first - 2
            if self.tokens[term].kind == NUM or self.norm_at[term] in lx.NUMBER_WORDS:
                return True
        if (
            self.norm_at[figure.last] == "to"
            and self.norm_at[figure.last + 1] in _ONE_WORDS
            and self.norm_at[figure.last + 2] not in lx.NUMBER_WORDS  # "3 to 1 million"
            and self.tokens[figure.last + 2].kind != NUM
        ):
            return True
        if not self._at(_RATIO_HEADS, max(self.first, figure.first - 16), figure.first):
            return False
        after = (
            self.norm_at[figure.last] == "to"
            and figure.last + 1 < self.last
            and self.tokens[figure.last + 1].text[:1].isalnum()
        )
        before = self.norm_at[figure.first - 1] == "to" and any(
            f.last == figure.first - 1 for f in self.m.figures
        )
        return after or before or " to " in figure.text  # "about 1 to 4": read as a range

    def _multiplier(self, figure: FigureMention) -> bool:
        """Whether a bare figure multiplies another: "three times higher", "one and a half times".

        A figure before "times" (past "and a half") scales a count told elsewhere; it
        counts no one itself.
        """
        if figure.noun is not None:
            return False
        at = figure.last
        if (
            self.norm_at[at] == "and"
            and self.norm_at[at + 1] in ("a", "one")
            and self.norm_at[at + 2] in ("half", "quarter")
        ):
            at += 3
        return self.norm_at[at] == "times"

    def _one_in_n(self, figure: FigureMention) -> bool:
        """Whether a figure is a term of a proportion "one in N": "about one in six of the dead".

        "one in six" says what share of a toll a group makes up; neither number
        counts anyone.
        """
        if self.norm_at[figure.first - 1] == "in" and self.norm_at[figure.first - 2] in _ONE_WORDS:
            return True
        return self.norm_at[figure.first] in _ONE_WORDS and (
            figure.last == figure.first + 1
            and self.norm_at[figure.last] == "in"
            and any(f.first == figure.last + 1 for f in self.m.figures)
        )

    def _kin_whose(self, figure: FigureMention) -> bool:
        """Whether the figure counts people whose relative the verb tells of.

        "One woman whose husband was captured in Mariupol said ...": the capture is
        the husband's, so the figure of women counts no one captured or killed.
        """
        return (
            figure.noun is not None
            and self.norm_at[figure.np_end] == "whose"
            and self.norm_at[figure.np_end + 1] in _WHOSE_KIN
        )

    def _rate_value(self, figure: FigureMention, start: int) -> bool:
        """Whether a bare figure is the value of a rate or an average named in its clause.

        "the daily rate had at times exceeded 1,000", "the weekly average reached
        9,000": the subject closest before the figure, with no comma between, is
        a rate, so the figure measures losses per day or week, not a toll.
        """
        for i in range(figure.first - 1, max(start, figure.first - 12) - 1, -1):
            word = self.norm_at[i]
            if word in (",", ";", ":", "—", "–"):
                return False
            if word in _RATE_HEADS:
                return True
        return False

    def _idiom(self, figure: FigureMention) -> bool:
        """Whether a figure is "one" of an idiom ("one by one", "one of the"), not a count."""
        return (
            figure.noun is None
            and figure.text.lower() == "one"
            and (
                self.norm_at[figure.last] in ("by", "of", "another", "side", "way")
                or self.norm_at[figure.first - 1] == "by"
            )
        )

    def _pronoun_one(self, figure: FigureMention) -> bool:
        """Whether "one" opens a relative clause on a thing told before it: a pronoun.

        "a figure he did not break down, and one that almost certainly counts the
        wounded": "one" stands for "a figure", so it counts no one.
        """
        return (
            figure.noun is None
            and figure.text.lower() == "one"
            and self.norm_at[figure.last] in ("that", "which")
        )

    def _taken_prisoner(self, figure: FigureMention) -> bool:
        """Whether people are the object of "take ... prisoner (captive)".

        "Ukrainian forces had taken about 900 Russian soldiers prisoner there": the
        verb before the figure and its complement right after the people.
        """
        return (
            figure.noun is not None
            and not figure.remains
            and self.norm_at[figure.np_end] in ("prisoner", "captive")
            and _lemmas.lemma(self.norm_at[figure.first - 1]) == "take"
        )

    def _held_part(self, figure: FigureMention) -> bool:
        """Whether "N of them" is the object of a verb of holding right before it.

        "The Russian side has acknowledged holding only about 1,800 of them": the
        part is the people the holder holds, a count of captives of its own.
        """
        if (
            self.norm_at[figure.last] != "of"
            or self.norm_at[figure.last + 1] not in lx.PART_PRONOUNS
        ):
            return False
        clause = self._clause_start(figure.first, self.first)
        return any(
            self.norm_at[i] in lx.HOLDING_NOW
            for i in range(max(clause, figure.first - 3), figure.first)
        )

    def _partitive(self, figure: FigureMention) -> FigureMention:
        """A bare figure with its people after "of": "2,500 of the Mariupol defenders".

        The people named after "of the" (a place or a side's name may stand
        between) are the figure's, so the verb after them is its verb.
        """
        if figure.noun is not None or self.norm_at[figure.last] != "of":
            return figure
        j = figure.last + 1
        if self.norm_at[j] in lx.PART_PRONOUNS:
            # "Asked about the North Korean troops ..., he said some 4,000 of them had been
            # killed": the people first named in the sentence with their side
            named = [
                p.code
                for p in self.m.parties
                if p.role != MEDIATOR
                and p.last <= figure.first
                and lx.PEOPLE.match(self.tokens, p.last, self.last) is not None
            ]
            people = self.discourse.people
            if not named and people is not None and people[0] == self.index - 1:
                # "Some 11,000 North Korean troops were deployed. ... 3,000 of them had been
                # killed": "them" are the people the sentence before counted
                named = [people[1]]
            subject = self.discourse.subject_people
            if not named and subject is not None and self._of_subject_before():
                # "The Azovstal defenders surrendered in May. ... 2,439 of them had laid
                # down their arms": the people the sentence before opened with
                named = [subject[1]]
            if not named and self._held_part(figure):
                # "Moscow has acknowledged holding only 1,800 of them": the people held are
                # the other side's; with no side named as the holder, none is told
                clause = self._clause_start(figure.first, self.first)
                holders = [
                    p.code
                    for p in self.m.parties
                    if p.role != MEDIATOR and clause <= p.first and p.last <= figure.first
                ]
                held = _other(holders[-1], self._belligerents) if holders else None
                if held is not None:
                    return figure._replace(noun=Noun(None), np_end=j + 1, nationality=held)
            if not named:
                return figure
            return figure._replace(noun=Noun(None), np_end=j + 1, nationality=named[0])
        if self.norm_at[j] not in ("the", "its", "their", "our", "those"):
            return figure
        j += 1
        nationality = None
        for _ in range(3):
            if j >= self.last:
                break
            found = lx.PEOPLE.match(self.tokens, j, self.last)
            if found is not None:
                end, noun = found
                return figure._replace(noun=noun, np_end=end, nationality=nationality)
            party = next((p for p in self.m.parties if p.first == j), None)
            if party is not None:
                nationality, j = party.code, party.last
            elif self.tokens[j].text[:1].isupper() or self.norm_at[j] in ("own", "surviving"):
                j += 1
            elif self.tokens[j].poss:
                j += 1  # "1,300 of the brigade's soldiers": the people of a group
            else:
                break
        return figure

    def _of_subject_before(self) -> bool:
        """Whether "them" can only be the people the sentence before opened with.

        That sentence counted no one ("The Azovstal defenders surrendered in May.")
        and opened with people of one side.
        """
        subject = self.discourse.subject_people
        people = self.discourse.people
        return (
            subject is not None
            and subject[0] == self.index - 1
            and (people is None or people[0] != self.index - 1)
        )

    def _of_equipment(self, figure: FigureMention) -> bool:
        """Whether a bare figure is a part of machines: "lost 2,200 of its 3,500 tanks".

        The whole after "of" names what was lost; a second number, a possessive or a
        modifier may stand before its head ("of its 1,000 artillery pieces").
        """
        if self.norm_at[figure.last] != "of":
            return False
        stop = min(self.last, figure.last + 6)
        return any(self.norm_at[i] in lx.EQUIPMENT for i in range(figure.last + 1, stop))

    def _handed(self, figure: FigureMention) -> bool:
        """Whether a verb of handing over stands right before the figure ("took back 15")."""
        return any(
            t.done
            and figure.first - 2 <= t.last <= figure.first
            # "after the swap, 3,000 ...", "the release leaves 1,000 ...": no verb's object
            and t.move is not Move.EVENT
            and all(self.norm_at[i] in _PARTICLES for i in range(t.last, figure.first))
            for t in self.m.transfers
        )

    def _added_to_exchange(self, figure: FigureMention) -> bool:
        """Whether the figure is what a side "adds" to an exchange the sentence tells.

        "Russia, Ukraine swap 175 POWs each; Moscow adds 22 wounded": the wounded are
        more people handed over, not a toll of anyone's wounded.
        """
        return self.norm_at[figure.first - 1] in lx.ADD_FORMS and bool(self.m.transfers)

    def _wounded_people_moved(self, figure: FigureMention) -> bool:
        """Whether a count of wounded people counts people moved, not a toll of wounded.

        "along with 640 wounded prisoners" in a handover, offered or done, and "another 22
        seriously wounded had come home": "wounded" describes the people handed over or
        returning; "5,000 were wounded" or "380,000 wounded" with no move stays a claim.
        """
        group = range(figure.last, min(figure.np_end + 1, self.last))
        if not any(self.norm_at[i] in lx.WOUNDED_WORDS for i in group):
            return False
        verb = figure.np_end
        while self.norm_at[verb] in _BEFORE_GOING:
            verb += 1
        if _lemmas.lemma(self.norm_at[verb]) in lx.GOING_LEMMAS:
            return True  # "22 seriously wounded had come home"
        return self.norm_at[figure.first - 1] in ("with", "plus") and any(
            t.move is not Move.EVENT and t.last <= figure.first for t in self.m.transfers
        )  # "hand over 6,000 bodies along with 640 wounded and young prisoners"

    def _bodies_handed(self, figure: FigureMention) -> bool:
        """Whether the figure counts the dead whose bodies a handover in the sentence moved.

        "The bodies of 757 soldiers killed in fighting were handed over": the remains are
        what changed hands, and their count is no side's stated toll.
        """
        return figure.before_of in ("bodies", "remains", "body") and any(
            t.done and t.move is not Move.EVENT for t in self.m.transfers
        )

    def _remains_identified(self, figure: FigureMention) -> bool:
        """Whether the figure counts remains its clause says have been identified.

        "the remains of eleven civilians killed during the occupation ... had been
        identified": the count is of bodies put a name to, a step of the work on the
        dead, and no side's stated toll.
        """
        if figure.before_of not in ("bodies", "remains", "body"):
            return False
        for k in range(figure.np_end, min(self.last, figure.np_end + 20)):
            if self.norm_at[k] == ";":
                return False
            if self.norm_at[k] == "identified" and self.norm_at[k - 1] in ("been", "were", "was"):
                return True
        return False

    def _named_dead(self, figure: FigureMention) -> tuple[CasualtyCategory, int] | None:
        """A count of names on a register of the dead or the missing: "has recorded 70,000 names".

        The sentence must say whose deaths or disappearances the names stand for
        and tell of no handing over ("a list of 1,200 names for the exchange").
        """
        at = figure.last + (self.norm_at[figure.last] == "of")
        if self.norm_at[at] not in ("names", "entries") or self.m.transfers:
            return None
        if self.norm_at[figure.first - 1] in lx.ADD_FORMS:
            return None  # "after adding more than 3,000 names in two weeks": an increase
        for i in range(self.first, self.last):
            word = self.norm_at[i]
            if self._dead_or_missing_at(i):
                return CasualtyCategory.KILLED_OR_MISSING, i
            if word in _DEAD_WORDS or word in _OBITUARIES:
                return CasualtyCategory.KILLED, i
            if word in lx.MISSING_WORDS:
                return CasualtyCategory.MISSING, i
        # "more than 8,000 names of Ukrainians held in Russia": a register of captives
        if self.norm_at[at + 1] == "of" and self._captives_after(at + 2):
            return CasualtyCategory.CAPTURED, at
        if self._register_of_dead_told_before():
            return CasualtyCategory.KILLED, at
        told = self.discourse.losses
        if (
            told is not None
            and told[0] == self.index - 1
            and told[2] is CasualtyCategory.KILLED
            and self._own_register_before(figure)
        ):
            # "... compiling the names of Russian soldiers whose deaths are confirmed. By
            # May their list stood at 45,000 names": the list the sentence before described
            self._taken_up = (at, (told[1],))
            return CasualtyCategory.KILLED, at
        return None

    def _own_register_before(self, figure: FigureMention) -> bool:
        """Whether a register with a possessive or "the" is the clause's subject before the figure.

        "their list stood at", "the database had reached": the register a sentence before
        described is taken up by its head noun alone.
        """
        return any(
            self.norm_at[i] in _REGISTERS
            and self.norm_at[i - 1] in lx.POSSESSIVE_PRONOUNS | {"the"}
            for i in range(max(self.first, figure.first - 8), figure.first)
        )

    def _dead_or_missing_at(self, i: int) -> bool:
        """Whether the dead and the missing are joined at ``i``: "killed or missing".

        A register of "soldiers killed or missing" counts both and cannot be split; so
        do "missing or dead" and the names "of killed and missing soldiers", where "and"
        lists the kinds one register holds.
        """
        first, second = self.norm_at[i], self.norm_at[i + 2]
        return self.norm_at[i + 1] in ("or", "and") and (
            (first in _DEAD_WORDS and second in lx.MISSING_WORDS)
            or (first in lx.MISSING_WORDS and second in _DEAD_WORDS)
        )

    def _dead_or_missing_told(self, figure: FigureMention, stop: int) -> bool:
        """Whether the figure's people are told as the dead and the missing together.

        "more than 70,000 killed and missing Ukrainian soldiers", "60,000 of its
        soldiers are dead or missing": the pair stands in the figure's noun phrase or
        in the few words after it, before any mark ends its clause; no one can say how
        many are which, so the count is neither the dead's nor the missing's.
        """
        for i in range(figure.last, min(stop, figure.np_end + 4)):
            if self.norm_at[i] in _CLAUSE_MARKS:
                return False
            if self._dead_or_missing_at(i):
                return True
        return False

    def _register_of_dead_told_before(self) -> bool:
        """Whether the sentence opens on "The list" right after one that told only the dead.

        "The number of Russian soldiers killed whose deaths have been confirmed by name has
        passed 137,000 ... The list ... contained 137,512 names": the definite register is
        the count of the dead the sentence before told, and its names are theirs.
        """
        if self.norm_at[self.first] != "the" or self.norm_at[self.first + 1] not in _REGISTERS:
            return False
        latest = self.discourse.claims
        return bool(latest) and all(
            c.sentence == self.index - 1 and c.category is CasualtyCategory.KILLED for c in latest
        )

    def _register_grown(
        self, figure: FigureMention, start: int
    ) -> tuple[CasualtyCategory, int] | None:
        """A count of the named dead that has grown to, reached or listed a bare figure.

        "its list, which counts only soldiers whose deaths are confirmed by name, had
        grown to 111,387"; "the outlet, which counts only named dead, has identified
        more than 108,000": a register ("its list") is the subject of the verb of
        reaching, or a verb of listing takes the figure, and the words before it say
        the dead are counted by name. A sentence that also tells of the missing, the
        held or bodies cannot say which people the figure counts.
        """
        if (
            not (
                self._ends_bare(figure)
                or self._named_at(figure.last)
                or self._fighters_named(figure)
            )
            or self.m.transfers
        ):
            return None
        verb = self._reached(figure) or self._stands_at(figure)
        link = figure.first - 1
        if verb is None and self.norm_at[link] in _NAMED_REGISTER_VERBS:
            head: int | None = link  # "has identified more than 108,000", "lists about 76,000"
        elif verb is None:
            return None
        else:
            link = figure.first if self.norm_at[figure.first] == verb else link
            link -= self.norm_at[link - 1] == "the" and link < figure.first
            if verb == "to" and growth_before_to(self.norm, self.tokens, link) is None:
                return None  # "its list was handed to 2,000 families"
            head = next(
                (
                    i
                    for i in range(link - 1, start - 1, -1)
                    if self.norm_at[i] in _REGISTERS
                    and self.norm_at[self._register_opening(i) - 1] in _REGISTER_DETERMINERS
                    and (self.norm_at[i + 1] != "of" or self._of_the_dead(i + 1))
                ),
                None,
            )
        before = {self.norm_at[i] for i in range(start, figure.first)}
        named_dead = (
            not before.isdisjoint(lx.NAME_WORDS)
            and not before.isdisjoint(lx.KILLED_WORDS - {"lost"})
            and self._only_dead_told()
        ) or self._names_of_dead_told_before(figure)
        # "their list, counting soldiers by name, had reached 124,000", "had grown to
        # 108,000 named soldiers": a register of fighters by name counts the dead
        named_fighters = (
            self._named_fighters(start, figure.np_end) or self._fighters_named(figure)
        ) and self.norm_set.isdisjoint(lx.NOT_ONLY_DEAD | lx.CAPTURED_WORDS)
        if head is None or not (named_dead or named_fighters):
            return None
        if len(self._sides_before(figure)) > 1:
            return None  # "the names of both Russian and Ukrainian dead": whose is the count?
        return CasualtyCategory.KILLED, head

    def _stands_at(self, figure: FigureMention) -> str | None:
        """The word "at" when a count "stands at" the figure: "now stands at over 70,000".

        A register that stands or stood at a figure has reached it, as one that has grown
        to it has.
        """
        at = figure.first - 1
        if self.norm_at[at] == "at" and self.norm_at[at - 1] in _STANDING:
            return "at"
        return None

    def _register_opening(self, head: int) -> int:
        """Where the adjectives before the register noun at ``head`` begin.

        "the independent Russian count", "their own running tally": a side's adjective
        or a word saying whose or how the count is kept stands between the determiner
        and the noun without making the noun anything but the register.
        """
        at = head
        while at > self.first and (
            self.norm_at[at - 1] in _REGISTER_ADJECTIVES
            or any(p.last == at and not p.noun for p in self.m.parties)
        ):
            at = next((p.first for p in self.m.parties if p.last == at), at - 1)
        return at

    def _of_the_dead(self, of: int) -> bool:
        """Whether "of" at ``of`` opens a noun of the dead: "the count of war dead".

        A register "of" the dead is still the register; "the list of prisoners" or "the
        count of bodies" names other people and is not read as one.
        """
        for i in range(of + 1, min(self.last, of + 4)):
            if self.norm_at[i] in _REGISTER_DEAD:
                return True
            if self.norm_at[i] not in _REGISTER_DEAD_MODIFIERS and not any(
                p.first <= i < p.last and not p.noun for p in self.m.parties
            ):
                return False
        return False

    def _names_of_dead_told_before(self, figure: FigureMention) -> bool:
        """Whether the figure counts names in a register of one side's dead the sentence
        before named: "... compiling the names of Russian servicemen whose deaths were
        reported. As of 24 October, the list contained more than 135,000 names"."""
        told = self.discourse.losses
        return (
            told is not None
            and told[0] == self.index - 1
            and told[2] is CasualtyCategory.KILLED
            and self.norm_at[max(figure.last, figure.np_end)] == "names"
            and self.norm_set.isdisjoint(lx.NOT_ONLY_DEAD | lx.CAPTURED_WORDS)
        )

    def _war_place(self, party: PartyMention) -> bool:
        """Whether ``party`` only places or wages a war: "deaths in the war in Ukraine".

        A side after "the war in" or "the invasion of" names where the fighting is,
        and the owner of the war ("since Russia's full-scale aggression") who waged
        it: neither says whose people a register counts.
        """
        if (
            self.norm_at[party.first - 1] in ("in", "of")
            and self.norm_at[party.first - 2] in _WHOLE_WAR_NOUNS
        ):
            return True
        if not self.tokens[party.last - 1].poss:
            return False
        for i in range(party.last, min(self.last, party.last + 5)):
            word = self.norm_at[i]
            if word in _WHOLE_WAR_NOUNS:
                return True
            if word == "-":
                continue  # "full-scale"
            if (
                not word.isalpha()
                or word in _NOT_WAR_MODIFIERS
                or lx.PEOPLE.match(self.tokens, i, self.last) is not None
            ):
                return False  # "Russia's soldiers killed in the war": the war is not its head
        return False

    def _sides_before(self, figure: FigureMention) -> set[str]:
        """The sides (no mediator) the sentence names before ``figure``."""
        return {p.code for p in self.m.parties if p.role != MEDIATOR and p.last <= figure.first}

    def _named_register_side(self, figure: FigureMention) -> str | None:
        """The one side a register of people by name counts, named in its description.

        "UALosses, a project that collects the names of dead Ukrainian soldiers, had
        documented 60,435 dead": the figure is the object of a verb of listing, the words
        before it say the register keeps names, and they name one side only; a sentence
        that hands people over tells of a list of names for an exchange instead.
        """
        if self.norm_at[figure.first - 1] not in _NAMED_REGISTER_VERBS or self.m.transfers:
            return None
        if not any(self.norm_at[i] in lx.NAME_WORDS for i in range(self.first, figure.first - 1)):
            return None
        sides = self._sides_before(figure)
        return sides.pop() if len(sides) == 1 else None

    def _official_head(
        self, figure: FigureMention, start: int
    ) -> tuple[CasualtyCategory, int] | None:
        """The official figure a count of the dead is the value of: "the last official number,
        5,937, was given by Shoigu"; "Kyiv's last official figure, in February, was 46,000".

        "official" stands right before a noun of counting between the figure before (or
        the sentence's start) and this one, so the figure is that count's value; it is
        a side's own count only when the sentence names one side before it.
        """
        if len(self._sides_before(figure)) != 1:
            return None  # "Neither Kyiv nor Moscow ...; the last official figure, 6,000,"
        head = next(
            (
                i
                for i in range(figure.first - 1, start, -1)
                if self.norm_at[i] in lx.OFFICIAL_COUNT_HEADS and self.norm_at[i - 1] == "official"
            ),
            None,
        )
        if head is None:
            head = self._own_dead_last_given(figure, start)
        return (CasualtyCategory.KILLED, head) if head is not None else None

    def _own_dead_last_given(self, figure: FigureMention, start: int) -> int | None:
        """Where "own dead" stands when the figure is the count last given for them:
        "Moscow has not given a figure for its own dead since September 2022, when the
        defence minister named 5,937" ("when it gave a figure of 5,937").

        The ", when" clause dates the giving; the figure is the object of a verb of giving
        or of "a figure of", so it is the count of the dead the clause before named.
        """
        verb = figure.first - 1
        if [self.norm_at[i] for i in range(verb - 2, verb + 1)] == ["a", "figure", "of"]:
            verb -= 3
        if self.norm_at[verb] not in lx.GIVEN_COUNT_VERBS:
            return None
        when = next((i for i in range(verb - 1, start - 1, -1) if self.norm_at[i] == "when"), None)
        if when is None or self.norm_at[when - 1] != ",":
            return None
        return next(
            (
                i
                for i in range(start, when)
                if self.norm_at[i] == "dead" and self.norm_at[i - 1] == "own"
            ),
            None,
        )

    def _official_side(self, figure: FigureMention, start: int) -> str | None:
        """The side whose own official count of its dead or missing a figure is.

        A government's "official figure" of losses is of its own people: the one
        side the sentence names before the figure ("Moscow does not publish figures
        for its own dead; the last official number, 5,937, ..."); a sentence that
        names two sides cannot say whose count it is.
        """
        if self._official_head(figure, start) is None:
            return None
        return self._sides_before(figure).pop()

    def _legal_status_side(self) -> tuple[str, ...] | None:
        """The country whose law names the sentence's status of the missing, if any.

        "the register of persons missing under special circumstances" is Ukraine's
        national register: a sentence that names no side still counts Ukraine's people.
        """
        for i in range(self.first, self.last):
            if self.norm_at[i] not in lx.MISSING_WORDS:
                continue
            at = i + 1 + (self.norm_at[i + 1] in ("under", "in"))
            for words, side in lx.MISSING_STATUS_SIDES.items():
                if tuple(self.norm_at[at + k] for k in range(len(words))) == words:
                    return (side,) if side in self._belligerents else None
        return None

    def _earlier_value(self, figure: FigureMention) -> bool:
        """Whether a bare figure is the earlier value of the claim before it: ", up from N".

        "more than 70,000 were on the register, up from about 50,000 at the end of
        last year": the same count of the same people, told as it stood before.
        """
        return (
            self.norm_at[figure.first - 1] == "from"
            and self.norm_at[figure.first - 2] in ("up", "down")
            and self.norm_at[figure.first - 3] == ","
            and figure.noun is None
            and self._ends_bare(figure)
        )

    def _named_at(self, at: int) -> bool:
        """Whether fighters named one by one follow ``at``: "named (Russian) soldiers"."""
        skip = at + 1 + any(p.first == at + 1 for p in self.m.parties)
        return self.norm_at[at] == "named" and self.norm_at[skip] in _FIGHTERS

    def _fighters_named(self, figure: FigureMention) -> bool:
        """Whether a figure of fighters named one by one is a floor of a count of the dead.

        "Mediazona and the BBC have named more than 78,000 Russian soldiers": soldiers
        named one by one, given as a floor ("more than", "a minimum"), are counted as
        registers of the fallen are kept; "prosecutors named 15 soldiers as suspects"
        gives no floor and ends no clause. Another verb of a register does the same with
        "by name" after the fighters: "had identified more than 71,000 Russian servicemen
        by name".
        """
        verb, end = self.norm_at[figure.first - 1], figure.np_end
        if (
            verb in _NAMED_REGISTER_VERBS
            and self.norm_at[end] == "by"
            and self.norm_at[end + 1] == "name"
        ):
            end += 2  # "identified more than 71,000 Russian servicemen by name"
        elif verb not in ("named", "names"):
            return False
        return (
            self.norm_at[figure.np_end - 1] in _FIGHTERS
            and self.norm_at[end] in _CLAUSE_ENDS
            and not (figure.remains or figure.wounded)
            and (figure.amount.high is None or not self.norm_set.isdisjoint(_FLOOR_WORDS))
        )

    def _named_fighters(self, start: int, stop: int) -> bool:
        """Whether fighters are counted by name between ``start`` and ``stop``.

        "108,000 named soldiers", "counting Russian soldiers by name": a count of
        fighters by name is a count of the dead, as registers of the fallen are kept.
        """
        for i in range(start, stop):
            if self._named_at(i):
                return True
            if (
                self.norm_at[i] == "name"
                and self.norm_at[i - 1] == "by"
                and any(self.norm_at[j] in _FIGHTERS for j in range(max(start, i - 5), i))
            ):
                return True
        return False

    def _kept_since(self, at: int, figure: FigureMention) -> bool:
        """Whether "daily" at ``at`` names a count kept day by day from a start the tally gives.

        "The daily tally now stands at more than 1,075,000 since February 2022": the tally
        is kept day by day, and "since" makes its figure the running total; without a
        start ("the daily tally stood at 1,140") the figure may be one day's. The start
        must be the tally's own: right after its head or its figure with no comma or
        clause between; "1,140 on Thursday, the highest since March" dates a record.
        """
        if self.norm_at[at] != "daily":
            return False
        for d in self.m.dates:
            if not d.since or d.first <= at:
                continue
            # "since" itself: just before the date, or before "the"/a part of the year
            s = next(
                (j for j in range(d.first - 1, d.first - 4, -1) if self.norm_at[j] == "since"),
                d.first,
            )
            # "the daily tally since 2022 stands at", "stands at 1,075,000 since 2022"
            gap = range(at + 1, s) if s < figure.first else range(figure.last + 1, s)
            if any(
                self.norm_at[j] in _SINCE_BREAKS or self.norm_at[j] in lx.RECORD_WORDS for j in gap
            ):
                continue
            if self.norm_at[s - 1] not in lx.RECORD_WORDS:
                return True
        return False

    def _figure_put_at(self, figure: FigureMention, start: int) -> bool:
        """Whether a figure restates the loss just claimed: "putting the figure at 1,000,340".

        A verb of giving takes "the figure" (or "the total") and "at" the figure, after
        a claim in the same sentence; its people are no bodies, and no date or aside but
        a short one ("as of this morning") stands between.
        """
        if self.norm_at[figure.first - 1] != "at" or (figure.noun is not None and figure.remains):
            return False
        for i in range(figure.first - 2, max(start, figure.first - 8) - 1, -1):
            if self.norm_at[i] in _TOTAL_HEADS and self.norm_at[i - 1] == "the":
                return self.norm_at[i - 2] in _PUTTING
            if self.norm_at[i] not in _PUT_GAP and self.norm_at[i] not in lx.MONTHS:
                return False  # "the figure for the bodies returned at 1,200": another count
        return False

    def _whom_loss(self, figure: FigureMention) -> tuple[CasualtyCategory, int] | None:
        """The loss a relative clause about the missing or the dead gives a bare figure.

        "the missing, of whom there are tens of thousands": the figure counts the
        people of the word the clause hangs on, in that word's category.
        """
        at = whom_casualty(self.tokens, self.first, self.last, figure.first)
        if at is None or not self._ends_bare(figure):
            return None
        end = next(i for i in range(at, figure.first) if self.norm_at[i] == ",") - 1
        # the owner is read from the group's last word: "missing Russian soldiers"
        return CasualtyCategory(lx.LOSS_HEADS[self.norm_at[at]]), end

    def _listed_fallen(self, figure: FigureMention) -> bool:
        """Whether a register counts people named dead by an adjective: "identified 80,000
        fallen soldiers", "lists 9,000 dead servicemen".

        A verb of listing stands right before the figure, the noun group says its
        people died ("fallen", "dead", not "the bodies of") and no one is handed over.
        """
        if (
            figure.noun is None
            or self.norm_at[self._past_by_name(figure.first) - 1] not in _LISTING
            or any(t.done for t in self.m.transfers)
        ):
            return False
        if not figure.remains:
            # "had identified 88,055 Russian soldiers by name; ... the real number of dead":
            # people counted by name in a sentence that tells only of the dead
            return [self.norm_at[figure.np_end], self.norm_at[figure.np_end + 1]] == [
                "by",
                "name",
            ] and (self._only_dead_told() or self._dead_told_before())
        # "had counted more than 110,000 dead": the word of dying is the noun itself
        return (
            not figure.noun.remains or self.norm_at[figure.np_end - 1] in lx.REMAINS_MODIFIERS
        ) and figure.before_of not in ("bodies", "remains", "body")

    def _held_conjunct(self, figure: FigureMention) -> bool:
        """Whether "and" joins the figure to a count of people a holding verb takes.

        "Russia still holds about 7,000 soldiers and at least 900 civilians": the second
        count is held as the first is, though no verb stands right before it.
        """
        joint = figure.first - 1
        if self.norm_at[joint] != "and":
            return False
        for earlier in self.m.figures:
            if earlier.np_end == joint and earlier.noun is not None and not earlier.remains:
                verb = earlier.first - 1
                verb -= self.norm_at[verb] in lx.QUOTE_MARKS  # 'held "about 7,000" soldiers'
                return self.norm_at[verb] in lx.HOLDING_VERBS
        return False

    def _had_for_held(self, figure: FigureMention) -> bool:
        """Whether "had" stands for the holding verb of the clause before: "held ... while
        Ukraine had 1,348 Russians".

        A side, then "had" right before the figure, after "while", "whereas" or "and",
        an earlier figure of the sentence held by another side, and the people the
        enemy's own by nationality: the second side holds them as the first did.
        """
        had = figure.first - 1 - (self.norm_at[figure.first - 1] in ('"', "\u201c"))
        if self.norm_at[had] not in ("had", "has", "have") or figure.nationality is None:
            return False
        holder = next((p for p in self.m.parties if p.last == had and p.role != MEDIATOR), None)
        if holder is None or holder.code == figure.nationality:
            return False
        if self.norm_at[holder.first - 1] not in ("while", "whereas", "and"):
            return False
        return any(
            p.code != holder.code
            and p.role != MEDIATOR
            and lx.HOLDING_VERBS & {self.norm_at[p.last], self.norm_at[p.last + 1]}
            and any(p.last < f.first < holder.first for f in self.m.figures)
            for p in self.m.parties
        )

    def _past_by_name(self, at: int) -> int:
        """Where the words before ``at`` start when an adverbial "by name" ends them.

        "have identified by name more than 108,000 dead": the verb of listing takes
        the figure across "by name", which says how the dead are counted.
        """
        return at - 2 if [self.norm_at[at - 2], self.norm_at[at - 1]] == ["by", "name"] else at

    def _dead_told_before(self) -> bool:
        """Whether the sentence before named a count of the dead, and this one no other fate.

        "There is no open count of Ukrainian military dead like the one kept for Russia.
        Those projects had identified 45,000 Russian soldiers by name": the register just
        named counts the dead, whichever side the figure's own noun names.
        """
        told = self.discourse.losses
        return (
            told is not None
            and told[0] == self.index - 1
            and told[2] is CasualtyCategory.KILLED
            and self.norm_set.isdisjoint(lx.NOT_ONLY_DEAD)
        )

    def _only_dead_told(self) -> bool:
        """Whether the sentence tells of the dead and of no missing, held people or bodies."""
        return not self.norm_set.isdisjoint(
            lx.KILLED_WORDS - {"lost"}
        ) and self.norm_set.isdisjoint(lx.NOT_ONLY_DEAD)

    def _captives_after(self, i: int) -> bool:
        """Whether people said to be held start at ``i``: "Ukrainians held in Russia".

        The word of captivity follows the people at once ("held", "in captivity",
        "in Russian captivity"), not in a clause about them ("men they say are held").
        """
        i += any(p.first == i and p.role == NATIONALITY for p in self.m.parties) and not (
            self.norm_at[i].endswith("s")  # "Ukrainians" is the people themselves
        )
        found = lx.PEOPLE.match(self.tokens, i, self.last)
        j = found[0] if found is not None else i + 1
        if self.norm_at[j] in lx.CAPTIVE_AFTER:
            return True
        return self.norm_at[j] == "in" and (
            self.norm_at[j + 1] in lx.CAPTIVE_AFTER or self.norm_at[j + 2] in lx.CAPTIVE_AFTER
        )

    def _register_of_dead(self, figure: FigureMention) -> tuple[CasualtyCategory, int] | None:
        """A register of the dead counted by its entries: "a database of named Russian dead ...
        lists more than 110,000 individuals".

        A verb of listing stands right before the figure, the sentence names
        what the register holds ("of named Russian dead", "of the missing")
        before it, and no one is handed over.
        """
        # "lists more than 110,000 individuals", or "compiled a list of 64,371 servicemen"
        listed = (
            self.norm_at[figure.first - 1] == "of" and self.norm_at[figure.first - 2] in _REGISTERS
        )
        if not (listed or self.norm_at[figure.first - 1] in _LISTING) or any(
            t.done for t in self.m.transfers
        ):
            return None
        for i in range(figure.first - 2, self.first, -1):
            word = self.norm_at[i]
            if word not in lx.KILLED_WORDS and word not in lx.MISSING_WORDS:
                continue
            if lx.PEOPLE.match(self.tokens, i + 1, self.last) is not None:
                continue  # "dead soldiers": an adjective, the register's noun comes later
            if self.norm_at[i - 1] == "whose":
                # "records only soldiers whose deaths can be tied to a name"
                kind = CasualtyCategory.MISSING if word in lx.MISSING_WORDS else None
                return kind or CasualtyCategory.KILLED, i
            if any(self.norm_at[j] == "of" for j in range(max(self.first, i - 4), i)):
                kind = CasualtyCategory.MISSING if word in lx.MISSING_WORDS else None
                return kind or CasualtyCategory.KILLED, i
        return None

    def _growth_to(self, growth: FigureMention, level: FigureMention) -> bool:
        """Whether ``growth`` is the step a count "grew by" on its way to ``level``.

        "the list grew by 1,617, to 131,044": the step stands between the count and
        its new level and is no figure for the level's head to stop at.
        """
        verb = growth_before_to(self.norm, self.tokens, level.first - 1)
        return (
            verb is not None
            and verb == growth.first - 2
            and growth.last == level.first - 1 - (self.norm_at[level.first - 2] == ",")
        )

    def _reached(self, figure: FigureMention) -> str | None:
        """The verb a figure is reached with: "losses have passed [the] one million [mark]"."""
        verbs = _PAST_OR_REACH_VERBS
        if self.norm_at[figure.first] in verbs:  # the figure grammar took it as the hedge
            return self.norm_at[figure.first]
        before = figure.first - 1
        if self.norm_at[before] == "the":
            before -= 1
        verb = self.norm_at[before]
        return verb if verb in verbs else None

    def _sum_of_kinds_after(self, index: int) -> bool:
        """Whether figure ``index`` counts casualties that are split into dead and hurt next.

        "recorded 409 casualties (89 killed and 320 injured)", "244 casualties: 112 killed
        and 132 injured": the killed and the injured are each a claim, and the whole, which
        is exactly their sum, is told only to add them up.
        """
        figures = self.m.figures
        if index + 2 >= len(figures):
            return False
        whole, dead, hurt = figures[index], figures[index + 1], figures[index + 2]
        if self.norm_at[whole.np_end - 1] != "casualties" or dead.first != whole.np_end + 1:
            return False
        if self.norm_at[whole.np_end] not in _PARTS_OPENERS:
            return False
        if self.norm_at[dead.np_end] != "and":
            return False  # "89 killed and 320 injured": the dead first, then the hurt
        if self.norm_at[dead.np_end - 1] not in lx.KILLED_WORDS:
            return False
        if hurt.first != dead.np_end + 1 or self.norm_at[hurt.np_end - 1] not in lx.WOUNDED_WORDS:
            return False
        counts = (whole.amount, dead.amount, hurt.amount)
        if any(c.high != c.low for c in counts):
            return False
        return whole.amount.low == dead.amount.low + hurt.amount.low

    def _in_action(self, at: int) -> bool:
        """Whether ``at`` ends a loss noun said with "in action": "killed in action".

        The phrase names the loss as one noun, so a figure "of" it is that loss's value.
        """
        return (
            self.norm_at[at] == "action"
            and self.norm_at[at - 1] == "in"
            and self.norm_at[at - 2] in lx.LOSS_HEADS
        )

    def _kind_set_off(self, at: int) -> CasualtyCategory | None:
        """The one kind of loss set off right after the loss noun at ``at``, if any.

        "Their losses - killed - are about 350,000", "Russian losses (dead) stand at":
        the aside narrows the losses to that kind; "killed and wounded" names no one kind.
        """
        opening = self.norm_at[at + 1]
        if opening not in _KIND_ASIDE_CLOSES:
            return None
        word = self.norm_at[at + 2]
        kind = "killed" if word in lx.KILLED_WORDS else lx.LOSS_HEADS.get(word)
        if kind not in ("killed", "wounded", "missing"):
            return None
        if self.norm_at[at + 3] != _KIND_ASIDE_CLOSES[opening]:
            return None
        return CasualtyCategory(kind)

    def _kind_heading(self, figure: FigureMention) -> tuple[CasualtyCategory, int] | None:
        """The loss a verbless sentence names first and then gives the bare figure of.

        "Wounded, about 380,000.", "Russian personnel losses: about 1,078,000.": the
        label's loss word gives the kind; a figure with a noun ("tonnes") is no toll.
        """
        kind = loss_heading(self.norm, self.first, figure.first)
        if kind is None or not self._ends_bare(figure):
            return None
        return CasualtyCategory(lx.LOSS_HEADS[self.norm_at[kind]]), kind

    def _they_take_up(self, mark: int, link: int) -> bool:
        """Whether "they" is the subject of the verb at ``link``, in the clause after ``mark``.

        "Kyiv publishes figures of Russian losses; by May they had passed 130,000": the
        pronoun takes up the losses of the clause before the semicolon, whose value the
        figure is.
        """
        k = link - 1
        while k > mark and (
            self.norm_at[k] in lx.HAVE_BE_AUXILIARIES or self.norm_at[k] in ("now", "already")
        ):
            k -= 1
        return k > mark and self.norm_at[k] == "they"

    def _loss_before(
        self, figure: FigureMention, start: int
    ) -> tuple[CasualtyCategory, int] | None:
        """The loss noun a bare figure is the value of, and where it stands.

        "Russia's casualties, the officials said, are approaching 300,000"; "put
        Ukrainian losses at nearly 400,000"; "the death toll had reached 5,000".
        A linking word stands just before the figure and a loss noun earlier in
        the sentence, after the previous figure; a noun after the figure that is
        not a word for people ("300,000 tonnes") rules it out.
        """
        link = figure.first - 1
        while link > start and self.norm_at[link] in lx.LINK_SKIP:
            link -= 1  # 'was now "close to a million"'
        if self.norm_at[link] == ",":
            link = copula_before_judgement(self.norm_at, link, start)  # "are, on balance,"
        if self.norm_at[link] in lx.ALSO_WORDS and self.norm_at[link - 1] in lx.FIGURE_LINKS:
            link -= 1  # "the number registered as missing is also about 60,000"
        if self.norm_at[figure.first] in lx.FIGURE_LINKS:
            link = figure.first  # "have exceeded 90,000": the verb was read as the hedge
        elif self.norm_at[link] == "the":
            link -= 1
        if (
            link == figure.first - 1
            and self.norm_at[link] in _PLURAL_LOSS_HEADS
            and figure.amount.qualifier is not Qualifier.EXACT
            and self._ends_bare(figure)
            and self._loss_owner(link) is not None
        ):
            # "with Russian deaths close to 120,000": a verbless clause, head and hedged figure
            return CasualtyCategory(lx.LOSS_HEADS[self.norm_at[link]]), link
        if self.norm_at[link] in lx.LOSS_VERBS:
            # "while Russia has lost 200,000": the verb of losing is the loss itself
            return (CasualtyCategory.TOTAL_LOSSES, link) if self._ends_bare(figure) else None
        if self.norm_at[link] == "for" and self.norm_at[link - 1].startswith("account"):
            link -= 1  # "with 2024 alone accounting for some 430,000"
        elif self._range_of(figure, link):
            link -= 2  # "for Russian deaths a range of 200,000 to 250,000": the range is the value
        elif (
            self.norm_at[figure.first] == "in"
            and figure.amount.high != figure.amount.low
            and any(self.norm_at[i] == "number" for i in range(max(start, link - 10), link))
        ):
            link = figure.first  # "the number ... remains in the thousands"
        elif (
            (link < start or self.norm_at[link] not in lx.FIGURE_LINKS)
            and not self._runs_into(figure, link, start)  # "the number ... runs into"
            and not self._lies_between(figure, link)  # "our estimate lies between A and B"
            and self.norm_at[link] not in _lemmas.ADMITTING  # "when it admitted 5,937"
            and self._set_off_head(figure) != figure.first - 2
            and not self._given_as(link)  # "gave the death toll as 46,000"
        ):
            return None  # "a toll of its own dead, 4,210, in 2023" is the noun's value
        described = self._described_loss_before(link, start)
        if described is not None:
            # "reported Russian losses, a combined figure of killed and wounded, of
            # 90,000": the figure is the value of the losses the aside describes
            link = described
        if (
            self.norm_at[link] == "of"
            and self.norm_at[link - 1] not in lx.LOSS_HEADS
            and not self._in_action(link - 1)  # "figures for Russian killed in action of"
            and self._set_off_head(figure) is None  # "gave a death toll, of 5,937, in 2022"
        ):
            return None  # "took back its dead, ... the remains of 19": "of" joins "remains"
        if self.norm_at[link] in ("was", "lay") and "ago" in self.norm_set:
            # "a year ago the toll lay between A and B": a past state whose "N ago" day is
            # not dated, so it would be printed as of the story's day
            return None
        if not self._ends_bare(figure):
            return None
        floor = max(start, link - lx.LOSS_REACH)
        opened = -1  # the opening dash of an aside between dashes, skipped whole
        parted = -1  # the first kind of a pair told apart ("killed from wounded"), skipped
        for i in range(link - 1, floor - 1, -1):
            if i >= opened > -1 or i >= parted > -1:
                continue
            word = self.norm_at[i]
            apart = self._kind_told_apart(i)
            if apart is not None:
                parted = apart
                continue
            if (
                word in lx.DASH_MARKS  # a spaced hyphen stands for a dash in plain text
                and opened == -1
                and all(
                    self.norm_at[j] in _FINITE
                    or self.norm_at[j] in lx.LINK_SKIP  # "— killed and wounded — probably stood at"
                    # "the number registered as missing — troops and civilians — had grown to"
                    or (self.norm_at[j] in GROWTH_VERBS and self.norm_at[link] == "to")
                    or (self.norm_at[j] in STANDING and self.norm_at[link] == "at")
                    # "losses — killed and missing — are estimated at": a verb of valuing
                    or (self.norm_at[j] in _VALUED_AT and self.norm_at[link] == "at")
                    for j in range(i + 1, link)
                )
            ):
                # "Russian losses — killed, wounded and captured — have exceeded": an
                # aside between dashes before the verb; the head stands before it
                opened = next(
                    (j for j in range(i - 1, floor - 1, -1) if self.norm_at[j] == word), i
                )
                continue
            if word == ")" and opened == -1:
                # 'Ukraine\'s "losses" (a category that includes killed, wounded and
                # missing) exceeded': the brackets define the head before them
                opened = next((j for j in range(i - 1, floor - 1, -1) if self.norm_at[j] == "("), i)
                continue
            if word in (";", "—") and i < link - 1:
                if word == ";" and self._they_take_up(i, link):
                    continue  # "figures of Russian losses; by May they had passed 130,000"
                return None
            if word in _RATE_HEADS and not any(self.norm_at[j] == "," for j in range(i, link)):
                return None  # "losses ..., and the daily rate had exceeded 1,000": a rate's value
            if self._held_word(i) and self._number_held(i, link):
                return CasualtyCategory.CAPTURED, i  # "the number of civilians held by Russia is"
            name = lx.LOSS_HEADS.get(word)
            if name is None:
                continue
            if self._dead_moved(i):
                return None  # "the repatriation of the Ukrainian dead, which he put at 3,600"
            left_out = i - 1 - (self.norm_at[i - 1] == "the")
            if self.norm_at[left_out] in _WITHOUT_ASIDES and self.norm_at[left_out - 1] == ",":
                # "losses, excluding (the) wounded, stood at": the head less a kind, which
                # is neither the head's count nor the kind's, so no claim can be told
                return None
            if self.norm_at[i - 1] == "the" and self.norm_at[i - 2] in _ASIDES:
                continue  # "casualties, counting the wounded, were": the head comes earlier
            if self._taken_in_by_relative(i):
                continue  # "the General Staff, which includes the wounded, puts the total at"
            if self.norm_at[i - 1] in _WITH_ASIDES and self.norm_at[i - 2] == ",":
                continue  # "casualties overall, including wounded, stood at": the same aside
            if lx.PEOPLE.match(self.tokens, i + 1, self.last) is not None:
                if word in lx.KILLED_WORDS and any(
                    self.norm_at[j] in _REGISTERS
                    for j in range(max(start, link - lx.LOSS_REACH), i)
                ):
                    # "a count ..., which identifies each dead soldier by name, stood at":
                    # a register of the dead counts them
                    return CasualtyCategory.KILLED, i
                continue  # "wounded prisoners": an adjective, not the count's noun
            if self.norm_at[i - 1] == "the" and any(
                self.norm_at[j] in _HEAD_LOSSES for j in range(max(start, link - lx.LOSS_REACH), i)
            ):
                continue  # "casualties, a figure that covers the dead and the wounded"
            category = CasualtyCategory(name)
            if (
                word in ("wounded", "injured")
                and self.norm_at[i - 1] in ("and", "or")
                and self.norm_at[i - 2] in ("killed", "dead")
            ):
                return CasualtyCategory.TOTAL_LOSSES, i - 2
            if self._listed_loss(i):
                # "a tally of losses that combines killed, wounded and captured"
                heads = [
                    j
                    for j in range(i - 1, max(start, link - lx.LOSS_REACH) - 1, -1)
                    if self.norm_at[j] in ("losses", "casualties")
                ]
                return CasualtyCategory.TOTAL_LOSSES, heads[0] if heads else i
            if word == "killed" and self.norm_at[i + 1] in ("and", "or"):
                if self.norm_at[i + 2] in ("wounded", "injured"):
                    category = CasualtyCategory.TOTAL_LOSSES
                elif self.norm_at[i + 2] == "missing":
                    category = CasualtyCategory.KILLED_OR_MISSING
            return category, i
        return None

    def _taken_in_by_relative(self, at: int) -> bool:
        """Whether the loss word at ``at`` is what a relative clause says a count takes in.

        "the General Staff, which includes the wounded, puts the total at": the clause
        tells what the teller's count covers, so its loss word is not the count's head.
        """
        verb = at - 1 - (self.norm_at[at - 1] == "the")
        if self.norm_at[verb] not in _INCLUDING:
            return False
        k = verb - 1 - (self.norm_at[verb - 1] in ("also", "only", "now"))
        return self.norm_at[k] in ("which", "that", "who") and self.norm_at[k - 1] == ","

    def _dead_moved(self, at: int) -> bool:
        """Whether the loss noun at ``at`` names bodies handed over: "the return of the dead".

        "the repatriation of the Ukrainian dead, which he put at more than 3,600 so far":
        the number put counts the bodies brought back, not the side's toll of the dead.
        """
        k = at - 1
        while k > self.first and (
            self.norm_at[k] in ("the", "its", "their", "own")
            or any(p.first <= k < p.last for p in self.m.parties)
        ):
            k -= 1  # "of the Ukrainian dead", "of its own dead"
        return self.norm_at[k] == "of" and self.norm_at[k - 1] in _MOVES_OF_DEAD

    def _kind_told_apart(self, i: int) -> int | None:
        """Where a pair ending at ``i`` starts: "killed from wounded", "the dead from the injured".

        A kind set apart from another names what a count is (or is not) split into
        ("losses, without separating killed from wounded, stood at"), never the count's
        own kind, so neither word of the pair can be the head of the figure.
        """
        if self.norm_at[i] not in _TOLD_APART_KINDS:
            return None
        at = i - 1 - (self.norm_at[i - 1] == "the")
        if self.norm_at[at] != "from" or self.norm_at[at - 1] not in _TOLD_APART_KINDS:
            return None
        return at - 1 - (self.norm_at[at - 2] == "the")

    def _local_scope(self, figure: FigureMention) -> bool:
        """Whether the figure's own phrase makes a named sector of a front its count's scope.

        'In the area of responsibility of the "North" group, the enemy lost over 1,150',
        "lost 400 troops in the Pokrovsk sector": a sector's share, never a side's claim.
        The sector must front the figure's clause (between semicolons and verbs of
        saying) or follow its noun group directly; a sector named beside a national
        total ("1,150, including 400 in the East sector") leaves the total standing.
        """
        # an aside of saying set off by commas ("In the X direction, the ministry said,
        # the enemy lost ...") leaves the sector before it fronting the figure's clause
        marks = [i for i in self.m.speech if i < figure.first and not self._saying_set_off(i)]
        # a sector named after another figure, or before a "that" opening another
        # clause of what was said, is that figure's or that clause's scope: "lost 10,000
        # in the X direction, and in January about 13,000 on the whole front"
        ends = [
            next(
                (j for j in range(f.np_end, figure.first) if self.norm_at[j] in (",", "and")),
                f.np_end,
            )
            for f in self.m.figures
            if f.np_end <= figure.first
        ]
        thats = self._at(("that",), self.first, figure.first)
        low = max([self.first, *marks, *ends, *thats, *self._at((";",), self.first, figure.first)])
        after = figure.np_end  # one past the noun group
        # "lost 120 servicemen killed and wounded in the X sector": the kinds of loss
        # belong to the noun group, the sector after them is still its scope
        # "600 soldiers were killed in the X direction": the passive's auxiliaries too
        if self.norm_at[after] in _LOST_AUXILIARIES:
            passive = after
            while self.norm_at[passive] in _LOST_AUXILIARIES:
                passive += 1
            if self.norm_at[passive] in _LOSS_KINDS_AFTER:
                after = passive
        while self.norm_at[after] in _LOSS_KINDS_AFTER:
            after += 1
        # "lost 1,300 servicemen over the past week in the X direction": the briefing's
        # window may stand between the noun group and its sector
        after = day_window_end(self.norm, self.tokens, after, self.last) or after
        heads = _SECTOR_NOUNS
        # a span told before another figure is that figure's: "had lost 23,000 since the
        # war began, and that in the X direction alone up to 200 over the past day"
        spans_from = max([self.first, *ends])
        if not self._running_span_told(figure, spans_from) or self._single_day_in_clause(figure):
            heads = _DIRECTION_SECTORS  # a day's briefing: "in the Pokrovsk direction"
        scoped = self._at(_SCOPE_PREPOSITIONS, low, figure.first)
        after_scope = self.norm_at[after] in _SCOPE_PREPOSITIONS
        # "in the X region alone" is a share only where the sentence tells the window (asked
        # only when a preposition of scope stands where a place could follow it)
        day = (
            (bool(scoped) or after_scope)
            and heads is _DIRECTION_SECTORS
            and (
                self._single_day_in_clause(figure)
                or any(
                    lx.DAILY_WINDOW.match(self.tokens, i, self.last) is not None
                    for i in self._at(lx.DAILY_WINDOW.firsts, self.first, self.last)
                )
            )
        )
        return (
            (after_scope and self._named_sector(after + 1, heads))
            or any(
                self._named_sector(i + 1, heads) or (day and self._day_place(i + 1)) for i in scoped
            )
            or (day and after_scope and self._day_place(after + 1))
            or self._in_sector_where(figure, heads)
            or (heads is _DIRECTION_SECTORS and self._group_paragraph())
        )

    def _group_paragraph(self) -> bool:
        """Whether the sentence's paragraph opens on the units of one named group of forces.

        'Units of the "West" group of forces repelled two attacks. The enemy lost up to 300
        servicemen': a briefing gives each group its paragraph, so the losses told in it
        are that group's sector's share of the front's, as "in the X direction" would make
        them. "Units of all groups of forces" names the whole front.
        """
        start = self.tokens[self.first].start
        ends = _paragraph_break_ends(self.text)
        opens = ends[bisect.bisect_right(ends, start) - 1]
        return _GROUP_PARAGRAPH.match(self.text, opens, start + 1) is not None or (
            _GROUP_PARAGRAPH.match(self.text, start, self.tokens[self.last - 1].end) is not None
        )

    def _settlement_alone(self, figure: FigureMention) -> bool:
        """Whether a town set apart by "alone" scopes the figure: "in the city of X alone".

        "Alone" sets the town apart as a part of a larger toll; a town's part of it is a
        local count, never a side's claim. Only "the city (town, village) of <Name>
        alone" with no other figure between it and this one, before or after it; and so
        is one sector of a front named by no name ("In one sector alone, ... his unit had
        killed or wounded more than 2,000"), a share of the front's losses, and a name
        opening the sentence that is no side's ("For Mariupol alone, ...").
        """
        before = max((f.last for f in self.m.figures if f.last <= figure.first), default=self.first)
        after = min((f.first for f in self.m.figures if f.first >= figure.last), default=self.last)
        for i in self._at(("alone",), before, after):
            if (
                i < figure.first
                and self.norm_at[i - 1] in _DIRECTION_SECTORS
                and self.norm_at[i - 2] == "one"
            ):
                return True  # the sector opens the figure's clause, not a part told after it
            j = i
            while j > before and self.tokens[j - 1].text[:1].isupper():
                j -= 1
            if j < i and self.norm_at[j - 1] == "of" and self.norm_at[j - 2] in lx.SETTLEMENT_NOUNS:
                return True
            if (
                i > self.first + 1
                and j == self.first
                and self.norm_at[j] in ("in", "for")
                and not any(j < p.first < i for p in self.m.parties)
                and not any(j < d.first < i for d in self.m.dates)  # "In June alone"
            ):
                return True  # "For Mariupol alone, ...": a place no side is named by
        return False

    def _place_alone(self, at: int) -> bool:
        """Whether a named region "alone" opens at ``at``: "in the Kharkiv region alone".

        "Alone" sets the place apart as a part of a larger whole; in a day's or a week's
        briefing that part is the place's share of the day's losses, as a named
        direction's is. Over a running span ("since August") it stays a claim.
        """
        if not self._named_unit(at, _REGION_HEADS):
            return False
        head = next(i for i in range(at, self.last) if self.norm_at[i] in _REGION_HEADS)
        return self.norm_at[head + 1] == "alone"

    def _day_place(self, at: int) -> bool:
        """Whether a place opening at ``at`` is a part of the front in a day's briefing.

        A region set apart by "alone" ("in the Sumy region alone") is, and so is a town's
        area ("up to 90 were killed in the Bakhmut area over the past day"), the fighting
        around one town. A region named without "alone" ("the Kursk area", "the Kursk
        region") keeps its reading: its day's losses are read as a claim of their own.
        """
        if self._place_alone(at):
            return True
        if not self._named_unit(at, frozenset({"area"})):
            return False
        head = next(i for i in range(at, self.last) if self.norm_at[i] == "area")
        # "the Kursk area" may be a region's; "the Bakhmut area" is the fight for a town
        return all(
            self.norm_at[i] not in lx.REGIONS or self.norm_at[i] in lx.DEFENDED_TOWNS
            for i in range(at, head)
        )

    def _in_sector_where(self, figure: FigureMention, heads: frozenset[str]) -> bool:
        """Whether the figure stands in a "where" clause set off after a named sector.

        "The heaviest fighting is in the Pokrovsk direction, where Russian forces lost 298
        soldiers over the past day": the relative clause tells what happened in that
        sector, so its losses are the sector's share.
        """
        for where in self._at(("where",), self.first + 3, figure.first):
            if self.norm_at[where - 1] != "," or self.norm_at[where - 2] not in heads:
                continue
            if self._at((";",), where, figure.first):
                continue
            if any(
                self._named_sector(i + 1, heads)
                for i in self._at(_SCOPE_PREPOSITIONS, max(self.first, where - 8), where - 2)
            ):
                return True
        return False

    def _inferred(self, figure: FigureMention) -> bool:
        """Whether the figure stands in a clause of inference from the figures told before it.

        "It passed 500,000 in February and 750,000 in January, which means that Russia lost
        250,000 in six months": "which means (that)" or "meaning (that)" draws the figure
        from the ones just told, the writer's arithmetic, not a count anyone gave.
        """
        for at in self._at(_INFERRING, self.first + 1, figure.first):
            opens = (self.norm_at[at] == "means" and self.norm_at[at - 1] == "which") or (
                self.norm_at[at] == "meaning" and self.norm_at[at - 1] == ","
            )
            if (
                opens
                and not self._at((";",), at, figure.first)
                and any(f.last <= at - 1 for f in self.m.figures)
            ):
                return True
        return False

    def _violation_count(self, figure: FigureMention, start: int) -> bool:
        """Whether the figure counts executions alleged, or the allegations of them.

        "documented credible allegations of the execution of at least 12 servicemen",
        "is investigating reports of the executions of 40", "bringing the number of such
        allegations to more than 150": a monitor's count of one kind of violation, case
        by case and not yet established, not a side's losses. Executions it documented
        ("documented the execution of at least 90 prisoners") stay its count of deaths.
        """
        at = figure.first - 1
        if self.norm_at[at] == "of" and self.norm_at[at - 1] in ("execution", "executions"):
            k = at - 2
            k -= self.norm_at[k] == "summary"
            k -= self.norm_at[k] == "the"
            if self.norm_at[k] in ("of", "about", "concerning") and (
                self.norm_at[k - 1] in _ALLEGED_NOUNS
            ):
                return True
        if figure.noun is not None:
            return False
        return any(
            self.norm_at[i] == "number"
            and self.norm_at[i + 1] == "of"
            and self.norm_at[i + 2 + (self.norm_at[i + 2] == "such")] in _VIOLATION_NOUNS
            for i in range(start, figure.first)
        )

    def _each_one(self, figure: FigureMention) -> bool:
        """Whether the figure is the "one" of "every one", "each one" or "any one".

        "We remember every one of ours in captivity" speaks of all of them, one by one;
        the "one" counts no one.
        """
        return self.norm_at[figure.first] == "one" and self.norm_at[figure.first - 1] in (
            "every",
            "each",
            "any",
        )

    def _saying_set_off(self, verb: int) -> bool:
        """Whether the verb of saying at ``verb`` stands in a short aside set off by commas."""
        return any(
            self.norm_at[c] == "," and self._speech_aside(c) > verb
            for c in range(max(self.first, verb - 7), verb)
        )

    def _named_sector(self, at: int, heads: frozenset[str] = _SECTOR_NOUNS) -> bool:
        """Whether a named sector of a front opens at ``at``.

        'the "West" zone', "the Pokrovsk axis", 'the zone of the "West" group', "the
        area (or zone) of responsibility of the 'North' group": a part of a front named as
        a unit. "The combat zone" has no name, and "the Russian sector" names a side:
        neither is one.
        """
        j = at
        while self.norm_at[j] == "the":
            j += 1
        if self.norm_at[j] in _SECTOR_NOUNS | {"area", "areas"} and self.norm_at[j + 1] == "of":
            # "of responsibility" makes it a group's own part of the front, named or not,
            # unless it is every group's: "the zone of responsibility of all groups"
            if self.norm_at[j + 2] == "responsibility":
                return not (self.norm_at[j + 3] == "of" and self.norm_at[j + 4] in _SECTORS_JOINED)
            return self._named_unit(j + 2)  # 'the zone of the "West" group'
        if not self._named_unit(at, heads):
            return False
        k = next(i for i in range(j, self.last) if _head_of(self.norm_at[i], heads, plural=True))
        return not (self.norm_at[k + 1] == "and" and self.norm_at[k + 2] in _SECTORS_JOINED)

    def _named_unit(
        self, at: int, heads: frozenset[str] = frozenset({"group", "grouping"})
    ) -> bool:
        """Whether a name, quoted or capitalised and not a side's adjective, then a head
        noun opens at ``at``: 'the "West" group', "the Pokrovsk axis", 'the "West" group's zone'."""
        j = at
        while self.norm_at[j] == "the":
            j += 1
        named = False
        joined = False  # "the Kupiansk and Lyman directions": two names, one plural head
        while j < self.last and (
            self.tokens[j].text in lx.QUOTE_MARKS
            or self.tokens[j].text[:1].isupper()
            or (named and not joined and self.norm_at[j] == "and")
        ):
            if self.norm_at[j] == "and":
                joined = True
            elif self.tokens[j].text[:1].isupper():
                if self.norm_at[j] in lx.SIDE_ADJECTIVES:
                    return False
                named = True
            j += 1
        if self.norm_at[j] in ("group", "grouping") and ends_possessive(self.tokens[j].text):
            j += 1  # 'the "West" group's zone'
        if joined:
            return named and _head_of(self.norm_at[j], heads, plural=True)
        return named and self.norm_at[j] in heads

    def _given_as(self, link: int) -> bool:
        """Whether "as" at ``link`` gives a loss noun's value: "gave the death toll as N".

        A verb of giving or putting, then the loss noun (past determiners and
        adjectives: "the Russian military death toll"), then "as" states the figure as
        that noun's value, as "put the toll at N" does; "as" after any other words
        ("as many as", "such as") is no link.
        """
        if self.norm_at[link] != "as" or self.norm_at[link - 1] not in lx.LOSS_HEADS:
            return False
        verb = link - 2
        while verb > link - 6 and (
            self.norm_at[verb] in lx.LOSS_HEADS
            or self.norm_at[verb] in lx.LOSS_OWNER_SKIP
            or self.norm_at[verb] in lx.SIDE_ADJECTIVES
            or self.norm_at[verb] in lx.POSSESSIVE_PRONOUNS
            or self.norm_at[verb] in ("a", "his", "her", "civilian")
        ):
            verb -= 1
        return self.norm_at[verb] in lx.GIVING_A_TOTAL

    def _lies_between(self, figure: FigureMention, link: int) -> bool:
        """Whether "lie" at ``link`` links a head to a range: "the estimate lies between A and B".

        Only before a range opened with "between" is the verb a copula; "lay" elsewhere
        ("the bodies lay in 30 rows") links no figure to anything.
        """
        return self.norm_at[link] in lx.LIE_FORMS and self.norm_at[figure.first] == "between"

    def _band_of_previous(self, figure: FigureMention, previous: FigureMention) -> bool:
        """Whether a figure of two ends is the uncertainty band of the figure just before.

        "about 165,000 had been killed by the end of 2024, within a range of 140,000 to
        200,000": ", within (with) a range of" after a single figure in the same clause
        gives that figure's margin, one estimate, not a second claim.
        """
        if figure.amount.high == figure.amount.low:
            return False
        of = figure.first - 1
        if not (self.norm_at[of] == "of" and self.norm_at[of - 1] == "range"):
            return False
        opener = of - 2 - (self.norm_at[of - 2] == "a")
        return (
            self.norm_at[opener] in ("within", "with")
            and self.norm_at[opener - 1] == ","
            and previous.np_end <= opener
            and not any(self.norm_at[i] in (";", ".") for i in range(previous.np_end, opener))
        )

    def _range_of(self, figure: FigureMention, link: int) -> bool:
        """Whether a figure of two ends is named as "a range of": "a range of 60,000 to 100,000".

        The noun "range" is no loss of its own; the loss noun stands before it and the
        two ends are the loss's value.
        """
        return (
            self.norm_at[link] == "of"
            and self.norm_at[link - 1] == "range"
            and figure.amount.high != figure.amount.low
        )

    def _runs_into(self, figure: FigureMention, link: int, start: int) -> bool:
        """Whether "into" at ``link`` gives "the number ..." a vague value: "runs into the
        thousands".

        The verb is a form of "run" right before it and "number" stands a few words
        back, after the previous figure; an exact figure is never "run into".
        """
        return (
            self.norm_at[link] == "into"
            and self.norm_at[link - 1] in _RUNS
            and figure.amount.high != figure.amount.low
            and any(self.norm_at[i] == "number" for i in range(max(start, link - 10), link))
        )

    def _number_held_aside(self, figure: FigureMention) -> tuple[CasualtyCategory, int] | None:
        """The captives an aside between dashes counts: "the number held by Russia – Kyiv
        says about 8,000 servicemen – is not known".

        The aside opens a few words before the figure, right after "the number of
        <people> held"; the figure is that number as someone gives it.
        """
        for i in range(figure.first - 1, max(self.first, figure.first - 8) - 1, -1):
            word = self.norm_at[i]
            if word in ("—", "–", "("):
                return next(
                    (
                        (CasualtyCategory.CAPTURED, v)
                        for v in range(max(self.first, i - 6), i)
                        if self.norm_at[v] in lx.HOLDING_VERBS
                        and self._number_held(v, figure.first)
                    ),
                    None,
                )
            if word in _CLAUSE_MARKS:
                return None
        return None

    def _number_held(self, verb: int, link: int) -> bool:
        """Whether "held" at ``verb`` tells whom "the number ..." counts: "the number held by".

        "The number" stands a few words before the participle, nothing but its
        people between, and the figure is what that number is (``link``).
        """
        head = next(
            (
                i
                for i in range(max(self.first, verb - 7), verb)
                if self.norm_at[i] in lx.COUNT_HEADS
                # "the number", "the overall number", "the ombudsman's estimate"
                and (
                    "the" in (self.norm_at[i - 1], self.norm_at[i - 2])
                    or (i > self.first and self.tokens[i - 1].poss)
                )
            ),
            None,
        )
        if head is None or verb >= link:
            return False
        # "the number held", or "the number of <people> held": never "of checkpoints"
        return head + 1 == verb or any(
            lx.PEOPLE.match(self.tokens, i, self.last) is not None
            or any(p.first == i and p.role == NATIONALITY for p in self.m.parties)
            for i in range(head + 2, verb)
        )

    def _held_word(self, i: int) -> bool:
        """Whether the word at ``i`` says people are held: "held", "still in Russian hands"."""
        if self.norm_at[i] in lx.HOLDING_VERBS:
            return True
        return self.norm_at[i] in _HELD_STATES and "in" in (
            self.norm_at[i - 1],
            self.norm_at[i - 2],
        )

    def _held_more(self, figure: FigureMention) -> tuple[CasualtyCategory, int] | None:
        """More people a side "still held" after people were brought back: the captives.

        "200 residents had been returned; she said the Ukrainian side still held 78
        more": a holding verb takes the bare figure and "more" (or "others"); whose
        people they are comes from the holder, the other side.
        """
        verb = figure.first - 1
        if self.norm_at[verb] not in lx.HOLDING_VERBS or figure.noun is not None:
            return None
        if self.norm_at[max(figure.last, figure.np_end)] not in ("more", "others"):
            return None
        return (CasualtyCategory.CAPTURED, verb) if self._holder_before(figure) else None

    def _whose_number_held(self, figure: FigureMention) -> tuple[CasualtyCategory, int] | None:
        """The captives a relative "whose number" gives a figure for, when they are held.

        "all Ukrainian prisoners of war held by the Russian Federation, whose number, by
        our data, still exceeds 10,000": the number is of the people the clause hangs on,
        held by the side named, whatever else the figure is said to include.
        """
        if "whose" not in self.norm_set:
            return None
        whose = next(
            (
                i
                for i in range(figure.first - 1, max(self.first, figure.first - 12), -1)
                if self.norm_at[i] == "whose" and self.norm_at[i + 1] in lx.NUMBER_NOUNS
            ),
            None,
        )
        if whose is None or self.norm_at[whose - 1] != ",":
            return None
        if any(self.norm_at[i] in (";", ":") for i in range(whose, figure.first)):
            return None
        held = next(
            (
                i
                for i in range(whose - 2, max(self.first, whose - 8) - 1, -1)
                if self.norm_at[i] in lx.HOLDING_VERBS
            ),
            None,
        )
        if held is None:
            return None
        # the people just before "held": "prisoners of war held by", "civilians held in"
        for i in range(held - 1, max(self.first, held - 5) - 1, -1):
            found = lx.PEOPLE.match(self.tokens, i, held + 1)
            if found is not None and found[0] == held:
                return CasualtyCategory.CAPTURED, i
        return None

    def _asked_number_given(self, figure: FigureMention) -> tuple[CasualtyCategory, int] | None:
        """The captives an indirect question asks of, numbered in the clause after it.

        "He did not say how many Ukrainians remained in Russian captivity; officials put
        the number at more than 2,500": "the number" is the one the question asked, so the
        figure counts the people held in the captivity it names (whose captor it says).
        """
        if self.norm_at[figure.first - 1] != "at" or "how" not in self.norm_set:
            return None
        head = figure.first - 2  # "put the number at", "put that figure at"
        if self.norm_at[head] not in lx.NUMBER_NOUNS or self.norm_at[head - 1] not in (
            "the",
            "that",
        ):
            return None
        asked = next(
            (
                i
                for i in range(head - 2, self.first - 1, -1)
                if self.norm_at[i] == "how" and self.norm_at[i + 1] == "many"
            ),
            None,
        )
        if asked is None or not self._at((";", ","), asked, head):
            return None  # the number must be told in a clause after the question
        if any(asked < f.first < figure.first for f in self.m.figures):
            return None  # a figure between: the question was answered already
        for j in range(asked + 2, head):
            if self.norm_at[j] in _CLAUSE_MARKS:
                return None  # the question has ended with no captivity named
            if self.norm_at[j] in _CAPTIVITY and any(
                p.last == j and p.role != MEDIATOR for p in self.m.parties
            ):
                return CasualtyCategory.CAPTURED, j  # "in Russian captivity": the captor named
        return None

    def _held_set_off(
        self, figure: FigureMention, start: int
    ) -> tuple[CasualtyCategory, int] | None:
        """The captives a figure set off by dashes counts: "the estimate of Ukrainians
        still in Russian hands – 'no fewer than 7,000' – has not moved".

        The figure, quoted or not, stands alone between two dashes (or ends the
        sentence) right after "the number (estimate, count) of <people> held".
        """
        link = figure.first - 1
        while link > start and self.norm_at[link] in lx.LINK_SKIP:
            link -= 1
        if self.norm_at[link] not in ("—", "–") or not self._ends_bare(figure):
            return None
        close = figure.last + (self.norm_at[figure.last] in lx.LINK_SKIP)
        if close < self.last and self.norm_at[close] not in (self.norm_at[link], "."):
            return None
        held = next(
            (
                i
                for i in range(link - 1, max(start, link - 8) - 1, -1)
                if self._held_word(i) and self._number_held(i, link)
            ),
            None,
        )
        return (CasualtyCategory.CAPTURED, held) if held is not None else None

    def _people_counted(self, at: int) -> tuple[str, ...] | None:
        """The side of the people "the number of <people>" counts, named just before ``at``.

        "the number of Ukrainians still held by Russia": the nationality after "of"
        names whose people are held, whoever holds them.
        """
        party = next(
            (
                p
                for p in self.m.parties
                if p.role == NATIONALITY
                and at - 5 <= p.first < at
                # "the number of Ukrainians", "the estimate of the Ukrainians"
                and self.norm_at[p.first - 1 - (self.norm_at[p.first - 1] == "the")] == "of"
                and self.norm_at[p.first - 2 - (self.norm_at[p.first - 1] == "the")]
                in lx.COUNT_HEADS
            ),
            None,
        )
        return (party.code,) if party is not None else None

    def _held_by_other(self, figure: FigureMention, stop: int) -> tuple[str, ...] | None:
        """The side whose people are held, from whose captivity it is.

        "17 men ... are still listed as being in Russian captivity", "16,000 more
        are still held by Russia": people of no stated side held by one
        belligerent are the other's.
        """
        for party in self.m.parties:
            if not figure.np_end <= party.first < stop or party.role == MEDIATOR:
                continue
            # "held by Russia", "held in Russia": the country holds them
            held_by = self.norm_at[party.first - 1] in ("by", "in") and self.norm_at[
                party.first - 2
            ] in (
                "held",
                "detained",
                "imprisoned",
            )
            if held_by or (
                self.norm_at[party.last] in _CAPTIVITY and self.norm_at[party.first - 1] == "in"
            ):
                held = _other(party.code, self._belligerents)
                if held is not None and self._ally_told_before(held):
                    return None  # the people may be the ally's: the passage's side says
                return (held,) if held is not None else None
        return None

    def _holder_before(self, figure: FigureMention) -> tuple[str, ...] | None:
        """The other side of the holder named as the subject of a holding verb before the figure.

        In "Kyiv says Russia is holding thousands of its civilians" no side holds its
        own people, so "its" points past the holder to the other side.
        """
        verb = next(
            (
                i
                for i in range(figure.first - 1, max(self.first, figure.first - 4) - 1, -1)
                if self.norm_at[i] in lx.HOLDING_VERBS
            ),
            None,
        )
        if verb is None:
            return None
        holder = max(
            (
                p
                for p in self.m.parties
                if p.role != MEDIATOR and p.noun and verb - 4 <= p.last <= verb
            ),
            key=lambda p: p.last,
            default=None,
        )
        other = _other(holder.code, self._belligerents) if holder is not None else None
        return (other,) if other is not None else None

    def _listed_loss(self, i: int) -> bool:
        """Whether the loss word at ``i`` is one of a list ("killed, wounded and captured").

        The last of three or more kinds counts too ("the total of killed, wounded and
        missing"): it closes the list, it does not name the figure's only kind.
        """
        kinds = lx.KILLED_WORDS | lx.WOUNDED_WORDS | lx.MISSING_WORDS | lx.CAPTURED_WORDS
        listed = any(
            self.norm_at[i + 2 * side] in kinds and self.norm_at[i + side] in (",", "and", "or")
            for side in (-1, 1)
        )
        closes = (
            self.norm_at[i - 1] in ("and", "or")
            and self.norm_at[i - 2] in kinds
            and self.norm_at[i - 3] == ","
            and self.norm_at[i - 4] in kinds
        )
        return (
            (listed and "," in (self.norm_at[i - 1], self.norm_at[i + 1]))
            or closes
            or self._as_well_as(i)
        )

    def _as_well_as(self, i: int) -> bool:
        """Whether the dead and the wounded are joined by "as well as" at ``i``.

        "a figure that includes wounded as well as dead", "the injured as well
        as the killed": both kinds, read from either side, make the total.
        """
        for step in (-1, 1):
            j = i + step
            if self.norm_at[j] == "the" and step == -1:
                j -= 1
            words = [self.norm_at[j + step * k] for k in range(3)]
            if words[::-step] != ["as", "well", "as"]:
                continue
            k = j + 3 * step
            if self.norm_at[k] == "the":
                k += step
            kinds = {self.norm_at[i], self.norm_at[k]}
            if kinds & (lx.KILLED_WORDS - {"lost"}) and kinds & lx.WOUNDED_WORDS:
                return True
        return False

    def _day_part(self, figure: FigureMention) -> bool:
        """Whether a figure is one day's share of the claim before it.

        "... at 640,220, with 1,070 over the previous 24 hours": a linking word,
        the number and a window of one day right after it, perhaps past a verb of
        adding ("with 1,080 added in the past day", "after 1,140 were added over ...").
        """
        at = max(figure.last, figure.np_end)
        if self.norm_at[at] == "of" and self.norm_at[at + 1] in ("them", "those"):
            at += 2  # "with 1,270 of them in the past 24 hours"
        part = (
            self.norm_at[figure.first - 1] in ("which", "whom")
            and self.norm_at[figure.first - 2] == "of"
        )
        # "of which 1,000 were eliminated in the past day", "after 1,140 were added over
        # the previous 24 hours": a verb group of no kind of its own before the window
        while at < figure.last + 4 and self.norm_at[at] in _DAY_PART_VERBS:
            at += 1
        link = figure.first - 1
        while link > figure.first - 3 and self.norm_at[link] in ("another", "further", "a"):
            link -= 1  # "after another 1,050 were added", "and a further 990"
        # "..., 890 of them in the past day": a comma sets the part off as well
        linked = self.norm_at[link] in ("with", "and", "after") or part
        # "That includes 1,050 over the past 24 hours", after the total just claimed
        linked = linked or self.norm_at[link] in lx.DAY_SHARE_VERBS
        linked = linked or (self.norm_at[link] == "," and at == max(figure.last, figure.np_end) + 2)
        # "at 383,940, up 830 over the past 24 hours", "..., among them 1,120 in the
        # previous day": a rise or a share set off by a comma after the total
        # "..., up by some 1,200 over the previous 24 hours": the same rise, its "by" told
        rise = link - (self.norm_at[link] == "by")
        linked = linked or (self.norm_at[rise] == "up" and self.norm_at[rise - 1] == ",")
        linked = linked or (
            self.norm_at[link] in lx.PART_PRONOUNS
            and self.norm_at[link - 1] == "among"
            and self.norm_at[link - 2] == ","
        )
        return linked and (
            day_window(self.norm, self.tokens, at, self.last)
            # "after it added 1,140 to the count for the previous day"
            or added_to_count_window(self.norm, self.tokens, at, self.last)
        )

    def _day_share_of_told(self, figure: FigureMention) -> ClaimDraft | None:
        """The claim of the sentence before, when the figure is its day's share.

        "... losses have reached 1,005,560. That includes 1,050 over the past 24
        hours.": a bare number after "includes" or "added" and a window of one day.
        """
        latest = self.discourse.claims
        if figure.noun is not None or not latest or latest[-1].sentence != self.index - 1:
            return None
        if self.norm_at[figure.first - 1] not in lx.DAY_SHARE_VERBS or not self._day_part(figure):
            return None
        if self.norm_at[figure.first - 1] in lx.GIVING and not self._told_by_teller(
            figure.first - 1, latest[-1]
        ):
            return None
        return latest[-1]

    def _told_by_teller(self, verb: int, told: ClaimDraft) -> bool:
        """Whether the subject of "gave" at ``verb`` is the teller of the claim just told.

        "It gave 1,090 for the previous 24 hours", "Its update gave ...": a pronoun, the
        teller's update or the teller named again;
        "Kyiv's General Staff gave 1,090" is another teller's figure, likely of the
        other side's losses, and not a share of the total.
        """
        if self.norm_at[verb - 1] in lx.NEW_SUBJECTS:
            return True
        named = [s for s in self.m.sources if self.first <= s.first and s.last <= verb]
        if named:
            return all(s.entry == told.claimant for s in named)
        # "Its daily update on Wednesday gave ...": the update opens the sentence
        return any(
            self.norm_at[k] in _UPDATES
            and self.norm_at[self.first] in ("its", "the", "their", "this")
            for k in range(self.first + 1, min(verb, self.first + 3))
        )

    def _rival_put_of_told(self, figure: FigureMention, start: int) -> ClaimDraft | None:
        """The claim of the sentence before, when another teller "puts the figure at" N.

        "Moscow said 5,937 of its servicemen had been killed. Kyiv puts the figure at
        more than 55,000.": a bare number a verb of putting gives "the figure" (number,
        total) with no loss noun of its own is another value of the count just told.
        """
        latest = self.discourse.claims
        if figure.noun is not None or not latest or latest[-1].sentence != self.index - 1:
            return None
        if not self._figure_put_at(figure, start) or not self._ends_bare(figure):
            return None
        if any(
            self.norm_at[i] in lx.LOSS_HEADS and not self._taken_in_by_relative(i)
            for i in range(self.first, self.last)
        ):
            return None  # the sentence names its own loss: the claim rules read that
        return latest[-1]

    def _grown_by(
        self, figure: FigureMention, start: int, previous: ClaimDraft | None
    ) -> tuple[CasualtyCategory, int] | None:
        """A count of losses that "had grown by" a bare figure over a told span: its growth.

        "The count, which the military publishes each morning, had grown by 1,140
        over the previous 24 hours", "over the past two weeks, the list has grown by
        3,520 names": the count is named before the verb and the claim just made (in
        this sentence or the one before) says what it counts.
        """
        if (
            self.norm_at[figure.first - 1] != "by"
            or self.norm_at[figure.first - 2] not in GROWTH_VERBS
        ):
            return None
        if not (
            one_day_after(self.norm, self.tokens, max(figure.last, figure.np_end), self.last)
            or self._recent_span()
        ):
            return None
        if (
            self.norm_at[figure.first - 3] == "having"
            and self.norm_at[figure.first - 4] == ","
            and previous is not None
            and previous.sentence == self.index
        ):
            # "losses are now 541,000, having risen by 8,690 over the past week": the
            # participle grows the toll its clause has just told, whatever it is called
            told = [i for i in range(self.first, figure.first) if self.norm_at[i] in _TOLL_WORDS]
            return (previous.category, told[0]) if told and self._about_losses() else None
        heads = [
            i
            for i in range(start, figure.first)
            if self.norm_at[i] in _TOTAL_HEADS | _REGISTERS
            and self.norm_at[i - 1] in ("the", "its", "their", "this", "that")
        ]
        # "..., crossed 250,000 last Wednesday; it rose by 620 on Sunday alone": "it" is
        # the count just told, the subject of the verb of growing
        verb = figure.first - 2 - (self.norm_at[figure.first - 3] in lx.HAVING)
        heads = heads or [verb - 1] * (self.norm_at[verb - 1] == "it")
        if not heads or not self._about_losses():
            return None
        if previous is not None and previous.sentence == self.index:
            return previous.category, heads[0]
        latest = self.discourse.claims
        if latest and latest[-1].sentence == self.index - 1:
            return latest[-1].category, heads[0]
        return None

    def _day_increase(
        self, figure: FigureMention, previous: ClaimDraft | None
    ) -> tuple[CasualtyCategory, int] | None:
        """The growth of the loss count just told, on one day: "the increase was 1,090".

        "On Thursday it stood at 1,160,720. ...; on Thursday the increase was 1,090":
        a noun of growth is the subject, a day is told in its clause, and the count it
        grows is the claim just made (in this sentence or the one before).
        """
        noun = figure.first - 2
        if (
            self.norm_at[figure.first - 1] not in ("was", "is")
            or self.norm_at[noun] not in GROWTH_NOUNS
        ):
            return None
        if self.norm_at[noun - 1] not in _REGISTER_DETERMINERS or not self._ends_bare(figure):
            return None
        opening = noun - 1
        while opening > self.first and self.norm_at[opening - 1] not in _CLAUSE_MARKS:
            opening -= 1
        day = any(
            one_day_after(self.norm, self.tokens, i, noun) for i in range(opening, noun - 1)
        ) or one_day_after(self.norm, self.tokens, figure.last, self.last)
        if not day or not self._about_losses():
            return None
        if previous is not None and previous.sentence == self.index:
            return previous.category, noun
        latest = self.discourse.claims
        if latest and latest[-1].sentence == self.index - 1:
            return latest[-1].category, noun
        return None

    def _series_stood_at(self, figure: FigureMention) -> tuple[CasualtyCategory, int] | None:
        """A running count of losses, named before and taken up again, that "stood at" N.

        "Kyiv keeps a daily tally of Russian losses, ...; on 30 June it stood at N",
        "... publishes a figure for Russian "personnel losses". On Thursday it stood
        at N", "That series ... stood at N on 1 July": "it" or "that series" is the
        count of one side's losses named earlier in the sentence (a count head before
        the loss noun) or in the sentence just before, which had no figure.
        """
        subject = series_stood(self.norm, self.first, figure.first)
        if subject is None or not self._ends_bare(figure) or self.m.transfers:
            return None
        if any(self.norm_at[i] in lx.LOSS_HEADS for i in range(subject, figure.first)):
            return None  # "it stood at 900 dead": the clause names its own people
        for i in range(subject - 1, self.first - 1, -1):
            if self.norm_at[i] in _LOSS_TOPICS:
                counted = any(self.norm_at[j] in SERIES_HEADS for j in range(self.first, i))
                # "put Russian losses at 760,000 ... now puts them at 1,197,050": "them"
                # takes up the losses themselves
                counted = counted or self.norm_at[subject] == "them"
                return (CasualtyCategory(lx.LOSS_HEADS[self.norm_at[i]]), i) if counted else None
        told = self.discourse.losses
        if told is not None and told[0] == self.index - 1:
            self._taken_up = (subject, (told[1],))
            return told[2], subject
        return self._them_restated(subject)

    def _them_restated(self, subject: int) -> tuple[CasualtyCategory, int] | None:
        """The one kind of loss the sentence before claimed, that "them" takes up.

        "Russian losses topped 1 million on Thursday. Thursday's update put them at
        1,000,340": the pronoun is the losses just claimed, so the figure counts them
        too; a sentence before with claims of more than one kind or side names no one.
        "The figure" (or "that count") reaches a little further back, to the latest
        claims of one side and kind if they are a total to date, not a day's losses.
        """
        latest = self.discourse.claims
        if self.norm_at[subject] in SERIES_HEADS and self.norm_at[subject - 1] in ("the", "that"):
            # "... put Russian losses at 1,000,340. ... The figure had passed the one-million
            # mark on 12 June": the count last claimed, a few sentences back, taken up again
            if not latest or any(
                not 0 < self.index - c.sentence <= _FIGURE_TAKEN_UP or c.scope is ClaimScope.PERIOD
                for c in latest
            ):
                return None
            if len({(c.subject, c.category) for c in latest}) != 1:
                return None
            self._taken_up = (subject, latest[0].subject)
            return latest[0].category, subject
        if self.norm_at[subject] != "them":
            return None
        if not latest or any(c.sentence != self.index - 1 for c in latest):
            return None
        if len({(c.subject, c.category) for c in latest}) != 1:
            return None
        return latest[0].category, subject

    def _recent_span(self) -> bool:
        """Whether the sentence tells a span just ended that a growth covers.

        "over the past two weeks", "in the last ten days", "since the previous update":
        a count's growth over it is the losses told in that span.
        """
        for i in self._at(("over", "in", "during", "since"), self.first, self.last):
            if self.norm_at[i + 1] not in ("the", "its", "their"):
                continue
            if self.norm_at[i] == "since":
                if self.norm_at[i + 2] in _EARLIER and self.norm_at[i + 3] in _UPDATES:
                    return True  # "since the previous update"
            elif self.norm_at[i + 2] in _EARLIER and any(
                self.norm_at[j] in _TIME_UNITS for j in range(i + 3, min(self.last, i + 5))
            ):
                return True  # "over the past two weeks"
        return False

    def _in_relative_aside(self, i: int, start: int, figure: FigureMention) -> bool:
        """Whether word ``i`` stands in a relative clause that commas close before the figure.

        "The count, which lists destroyed tanks and drones too, had grown by 1,140":
        the tanks belong to the aside, not to the figure after it.
        """
        opens = any(
            self.norm_at[j] == "," and self.norm_at[j + 1] in ("which", "that", "whose")
            for j in range(start, i)
        )
        return opens and any(self.norm_at[j] == "," for j in range(i + 1, figure.first))

    def _gapped_total(self, figure: FigureMention, previous: ClaimDraft) -> bool:
        """Whether a bare figure is the running total of the claim just before it.

        "lost 1,250 troops in the past day and nearly 900,000 in all": the verb
        and its people are left out of the second conjunct, which a running-total
        phrase ("in all", "so far", "to date") right after the figure closes.
        """
        return (
            figure.noun is None
            and previous.sentence == self.index
            and self.norm_at[figure.first - 1] == "and"
            and max(figure.last, figure.np_end) in self.totals
        )

    def _dated_conjunct(
        self, figure: FigureMention, previous: ClaimDraft, told: int
    ) -> FigureMention | None:
        """The claim's figure that a bare figure and its own date repeat, if one does.

        "losses topped 500,000 in February and 750,000 in June", "put them at 600,000 in
        January and 700,000 in May": "and", a bare number and a date closing the clause
        repeat the verb and noun of the claim just told with its own date, for a later
        reading of the same count; each figure keeps the date beside it. A first figure
        with people of its own dated "on" or "in" ("1,150 soldiers were killed on Monday
        and another 870 on Tuesday") is the toll of its date, and so is the second. A hedge of the
        first figure that is not its verb ("about 600,000 in January and 700,000 ...")
        may or may not reach the second, so no figure is returned for it.
        """
        if figure.noun is not None or previous.sentence != self.index:
            return None
        joined = figure.first - 1 - (self.norm_at[figure.first - 1] == "another")
        if self.norm_at[joined] != "and" or figure.amount.low != figure.amount.high:
            return None
        before = [f for f in self.m.figures if f.last <= figure.first]
        if not before or before[-1].first != told:
            return None
        first = before[-1]
        if first.amount.low != first.amount.high and self.norm_at[first.first] not in _PAST_VERBS:
            return None
        dates = [d for d in self.m.dates if not d.since]
        lead = max(first.last, first.np_end)
        if first.noun is not None:
            # "1,150 soldiers were killed on Monday": the verb group stands before the date
            while self.norm_at[lead] in _TOLL_VERB_GROUP:
                lead += 1
        then = any(
            d.last == joined and d.first - lead <= (self.norm_at[lead] in _DATED_BY) for d in dates
        )
        at = figure.last + (self.norm_at[figure.last] in _DATED_BY)
        own = next((d for d in dates if d.first == at), None)
        if not then or own is None:
            return None
        if first.noun is not None and not (
            self.norm_at[lead] in _TOLL_DATED_BY and self.norm_at[figure.last] in _TOLL_DATED_BY
        ):
            return None  # "lost 30,000 soldiers by May and 45,000 by June": not each a toll
        closed = own.last >= self.last or self.norm_at[own.last] in _CLAUSE_MARKS | {".", "!", "?"}
        return first if closed else None

    def _fighters_counted(self, figure: FigureMention) -> bool:
        """Whether the figure's people are soldiers, so a sentence about civilians keeps it.

        "180,000 dead or wounded soldiers" (past the words for losses), "about 100,000
        casualties among its armed forces": the soldiers' toll beside a civilian one.
        """
        i = figure.np_end - 1
        while i < min(self.last, figure.np_end + 3) and (
            self.norm_at[i] in lx.LOSS_HEADS or self.norm_at[i] in ("and", "or")
        ):
            i += 1
        if self.norm_at[i] in lx.FIGHTERS:
            return True
        if self.norm_at[figure.np_end] != "among":
            return False
        words = [
            self.norm_at[i] for i in range(figure.np_end + 1, min(self.last, figure.np_end + 4))
        ]
        return any(w in lx.FIGHTERS or w in ("forces", "army") for w in words)

    def _subset(self, figure: FigureMention) -> bool:
        """Whether the figure is a part of the one before: "including 700 children"."""
        before = [self.norm_at[i] for i in range(max(self.first, figure.first - 2), figure.first)]
        return "including" in before or before == ["among", "them"]

    def _subset_of_claim(
        self,
        figure: FigureMention,
        part: FigureMention,
        claim: ClaimDraft,
        claims: Sequence[ClaimDraft],
        told_at: Sequence[int],
        clause: tuple[int, int],
    ) -> bool:
        """Whether a claim is a part of a toll the sentence has just claimed.

        "at least 13,580 civilians killed, including 716 children", "..., among them
        700 children", "..., of whom 700 were children", "..., 700 of them children": the
        part would stand beside its whole as a rival toll of the same side, kind and
        people, so it is not claimed. A part of another kind ("400,000 casualties,
        including 60,000 killed"), people ("of whom 7,000 are civilians") or span
        ("including 1,050 over the past day") is its own claim. A part of no kind after
        tolls of two kinds ("300 were killed and 1,500 wounded, including 78 children")
        does not say which it is part of, and is not claimed either; when the first toll
        had its own part, each part follows its own toll and this one is the last's.
        """
        start, stop = clause
        if (
            len({c.category for c in claims if c.sentence == self.index}) > 1
            and self._subset(part)
            and self._category_of(part, start, stop) is None
            and not any(f.last < start and self._subset(f) for f in self.m.figures)
        ):
            return True
        opened = [self.norm_at[i] for i in range(max(self.first, figure.first - 3), figure.first)]
        opens_part = (
            self._subset(figure)
            or opened[-2:] == ["among", "whom"]
            or opened[-3:] in ([",", "of", "whom"], [",", "of", "them"])
            or self._of_them_after_comma(figure)
        )
        if not opens_part or not claims or claims[-1].sentence != self.index:
            return False
        last = len(claims) - 1
        if (
            not self._same_toll(claims[-1], claim)
            and self._category_of(part, start, stop) is not None
        ):
            # "15,000 civilians killed and 39,000 injured, of whom 700 children were
            # killed": a part that names its kind is a part of the toll of that kind told
            # beside tolls of other single kinds; "400,000 casualties, including 60,000
            # killed" is a part of another kind, its own claim
            for i in range(len(claims) - 1, -1, -1):
                if claims[i].sentence != self.index or claims[i].category in _WHOLE_KINDS:
                    break
                if self._same_toll(claims[i], claim):
                    last = i
                    break
        others = set(told_at[last + 1 :])
        between = [f for f in self.m.figures if told_at[last] < f.first < figure.first]
        if not all(
            self._span_of_time(f)  # "since the invasion began three years ago"
            or self._idiom(f)
            or any(d.first <= f.first <= d.last for d in self.m.dates)  # "since Feb. 24"
            or f.first in others  # the sentence's toll of another kind
            for f in between
        ):
            return False  # another figure stands between: the part may be its
        return self._same_toll(claims[last], claim)

    @staticmethod
    def _same_toll(whole: ClaimDraft, claim: ClaimDraft) -> bool:
        """Whether ``claim`` counts the same side, kind, people and scope as ``whole``."""
        return (
            whole.subject == claim.subject
            and whole.category is claim.category
            and whole.population is claim.population
            and whole.scope is claim.scope
        )

    def _counts_civilians(self, figure: FigureMention, previous: ClaimDraft | None) -> bool:
        """Whether a loss figure in a sentence about civilians counts civilians.

        Its own people ("232 civilians", "716 children"), a civilian word just
        before or after it ("the number of civilians ... killed ... stood at 13,580"),
        or, for a figure without people of its own, the civilian claim before it
        ("232 civilians were killed and 1,343 injured").
        """
        noun = figure.noun
        if noun is not None and noun.category in (
            PersonCategory.CIVILIANS,
            PersonCategory.CHILDREN,
        ):
            return True
        if self.norm_at[self.first] in ("for", "among") and self.norm_at[self.first + 1] in (
            lx.CIVILIAN_WORDS
        ):
            return True  # "For civilians, the monitors have verified 12,605 killed"
        begin = figure.first - 12 if self._loss is None else min(figure.first, self._loss[1]) - 6
        near = range(max(self.first, begin), min(self.last, figure.np_end + 3))
        if any(
            (self.norm_at[i] in lx.CIVILIAN_WORDS or self.norm_at[i] == "non-combatants")
            and not (i >= figure.np_end and self._left_out_aside(i))
            for i in near
        ):
            return True
        if (
            noun is not None
            and noun.category is None
            and self.norm_at[figure.np_end - 1] == "people"
        ):
            return True  # "150 people were killed", in a sentence about civilians
        return (
            previous is not None
            and previous.population is Population.CIVILIANS
            and (noun is None or self.norm_at[figure.np_end - 1] in _CASUALTY_HEADS)
        )

    def _civilians_added(self, figure: FigureMention) -> bool:
        """Whether civilians are a figure of their own that a joiner adds to this one.

        "Ukrainian losses were over 100,000, along with some 30,000 civilian deaths":
        "along with", "as well as" or "together with" sets the civilians beside the
        figure, not in it, so the figure counts the side's fighters.
        """
        if figure.noun is not None:
            return False
        added = next((f for f in self.m.figures if f.first >= figure.np_end), None)
        if added is None or added.noun is None:
            return False
        if added.noun.category is not PersonCategory.CIVILIANS:
            return False
        between = [self.norm_at[i] for i in range(figure.np_end, added.first)]
        if between[:1] == [","]:
            between = between[1:]
        return tuple(between) in lx.ADDING_JOINERS

    def _left_out_aside(self, at: int) -> bool:
        """Whether the aside holding ``at`` says its people are left out of the count.

        "has passed 700,000, though civilians are not included", "excluding civilians":
        the civilians named after the figure are not who it counts.
        """
        left = at
        while left > self.first and self.norm_at[left - 1] not in _CLAUSE_MARKS:
            left -= 1
        right = at
        while right < self.last and self.norm_at[right] not in _CLAUSE_MARKS:
            right += 1
        words = {self.norm_at[i] for i in range(left, right)}
        return not (words.isdisjoint(_NEGATIONS) and words.isdisjoint(_WITHOUT_ASIDES))

    def _soldiers_and_civilians(self, figure: FigureMention) -> bool:
        """Whether the figure's people are said to be soldiers and civilians together.

        "more than 70,000 Ukrainians, soldiers and civilians together", "4,000 people
        — civilians as well as troops —": a figure of everyone, neither a civilian toll
        nor a count of one side's fighters.
        """
        at = figure.np_end
        # "15,000 Ukrainians listed as missing, soldiers and civilians together": the
        # apposition may follow the figure's short predicate, no other figure between
        mark = next(
            (i for i in range(at, min(self.last, at + 6)) if self.norm_at[i] in _CLAUSE_MARKS), at
        )
        if mark > at and any(at <= f.first < mark for f in self.m.figures):
            mark = at
        # "70,000 names, the Commissioner said in May, a figure that includes soldiers and
        # civilians": the aside on the figure may follow the speech tag set off after it
        for start in dict.fromkeys((at, mark, self._past_speech_tag(mark))):
            # ", a figure that includes both soldiers and civilians": a longer aside
            if self.norm_at[start] in ("—", "–", "(", ","):
                start += 1
            words = [self.norm_at[i] for i in range(start, min(self.last, start + 10))]
            words = words[
                : next((k for k, w in enumerate(words) if w in _CLAUSE_MARKS), len(words))
            ]
            if not _NEGATIONS.isdisjoint(words):
                continue  # "a figure that does not include civilians", "... but not civilians"
            if set(words) & lx.CIVILIAN_WORDS and set(words) & _FIGHTERS:
                return True
            if self._includes_civilians(words) and not any(
                start <= f.first < start + len(words) for f in self.m.figures
            ):
                # "has passed 70,000, a figure that includes civilians": civilians are in
                # the count with the others, so it counts everyone
                return True
        return self._civilian_part_after(figure) or self._everyone_set_off_before(figure)

    def _past_speech_tag(self, mark: int) -> int:
        """The comma closing a speech tag set off by the comma at ``mark``, else ``mark``.

        ", the Commissioner said in September, a figure that ...": a short clause with a
        verb of saying and no figure, between two commas, only says who told the figure.
        """
        if self.norm_at[mark] != ",":
            return mark
        for i in range(mark + 1, min(self.last, mark + 10)):
            if self.norm_at[i] in _CLAUSE_MARKS:
                told = any(self.norm_at[j] in lx.SPEECH for j in range(mark + 1, i))
                counted = any(mark < f.first < i for f in self.m.figures)
                return i if self.norm_at[i] == "," and told and not counted else mark
        return mark

    @staticmethod
    def _includes_civilians(words: list[str]) -> bool:
        """Whether a verb of including takes civilians as its own object in ``words``.

        "a figure that includes (both) civilians" counts them in; "includes wounded and
        civilians" names another kind first, and "civilians ... are included" may be
        told of a part, so only the verb directly before the civilian word is read.
        """
        for k, word in enumerate(words[:-1]):
            if word in _INCLUDING:
                after = words[k + 1 + (words[k + 1] in ("both", "also")) :]
                return bool(after) and after[0] in lx.CIVILIAN_WORDS
        return False

    def _everyone_set_off_before(self, figure: FigureMention) -> bool:
        """Whether an aside before a count of losses says its people are soldiers and civilians.

        "its register of people missing — soldiers and civilians together — contains
        60,000 names", "the register, which includes both soldiers and civilians, had
        23,000 entries": the aside describes the count the figure gives, not a part.
        """
        if self._loss is None:
            return False
        begin = max(self.first, figure.first - 30)
        marks = [i for i in range(begin, figure.first) if self.norm_at[i] in _CLAUSE_MARKS]
        for left, right in itertools.pairwise(marks):
            words = {self.norm_at[i] for i in range(left + 1, right)}
            if (
                words & lx.CIVILIAN_WORDS
                and words & _FIGHTERS
                and not any(left < f.first < right for f in self.m.figures)
            ):
                return True
        return False

    def _civilian_part_after(self, figure: FigureMention) -> bool:
        """Whether a part after the figure says how many of its people are civilians.

        "more than 63,000 Ukrainians are registered as missing, of whom about 7,000 are
        civilians": the whole counts soldiers and civilians together. A whole that
        already counts civilians ("the deaths of 10,500 civilians, of whom 688 were
        children") is no such count: its part is a subset of a civilian toll.
        """
        later = [f for f in self.m.figures if f.first > figure.last]
        if not later or not self._civilian_part(later[0]):
            return False
        own = range(figure.first, figure.np_end)
        return not any(self.norm_at[i] in ("civilian", "civilians") for i in own)

    def _left_with_other(self, figure: FigureMention) -> str | None:
        """The side of people who "remain" in the other side's country: held there.

        "1,700 Ukrainian prisoners who ... remain in Russia", "60 more Kursk residents
        remain on Ukrainian territory". The people's own side (nationality or home
        region) must be known and not the place's; children are deported, not captured.
        """
        if figure.noun is not None and figure.noun.category is PersonCategory.CHILDREN:
            return None
        own = figure.nationality or next(
            (
                lx.REGIONS[self.norm_at[i]]
                for i in range(figure.first, figure.np_end)
                if self.norm_at[i] in lx.REGIONS
            ),
            None,
        )
        if own is None:
            return None
        for i in range(figure.np_end, min(self.last, figure.np_end + 12)):
            if self.norm_at[i] in (";", "—", "–"):
                return None
            if self.norm_at[i] not in ("remain", "remains", "remained") or self.norm_at[
                i + 1
            ] not in (
                "in",
                "on",
            ):
                continue
            party = next((p for p in self.m.parties if p.first == i + 2), None)
            if party is None or party.role == MEDIATOR or party.code == own:
                return None
            # "on Ukrainian territory": an adjective names a place only with a word for land
            if party.role != NATIONALITY or self.norm_at[party.last] in ("territory", "soil"):
                return own
            return None
        return None

    def _ones_of(self, figure: FigureMention) -> str | None:
        """The side of a bare figure that "ones" after a side's adjective ties to the last loss.

        "up to 223,000 Russian casualties and 131,000 Ukrainian ones": the second
        conjunct repeats the first figure's people for another side. So does a second
        clause joined by "and" with a teller of its own ("Kyiv reported 7,100 Russian
        losses, and Moscow reported 8,300 Ukrainian ones"), a few words on.
        """
        if figure.noun is not None:
            return None
        party = next((p for p in self.m.parties if p.first == figure.np_end), None)
        if party is None or party.role == MEDIATOR or self.norm_at[party.last] != "ones":
            return None
        earlier = [f for f in self.m.figures if f.last <= figure.first and f.noun is not None]
        if not earlier or self.norm_at[earlier[-1].np_end - 1] not in lx.LOSS_HEADS:
            return None
        between = range(earlier[-1].np_end, figure.first)
        if len(between) > _ONES_REACH or not any(self.norm_at[i] == "and" for i in between):
            return None
        return party.code

    def _accounted_by(self, figure: FigureMention) -> str | None:
        """The side of a part "of whom <side> accounted for" the figure, of the toll before.

        "suffered more than 38,000 casualties, of whom North Koreans accounted for
        about 4,000": that side's share of the loss just told.
        """
        verb = figure.first - 2
        if self.norm_at[figure.first - 1] != "for" or not self.norm_at[verb].startswith("account"):
            return None
        opener = next(
            (
                i
                for i in range(verb - 1, max(self.first, verb - 6), -1)
                if self.norm_at[i] in ("whom", "which") and self.norm_at[i - 1] == "of"
            ),
            None,
        )
        if opener is None:
            return None
        party = next(
            (p for p in self.m.parties if opener < p.first < verb and p.role != MEDIATOR), None
        )
        return party.code if party is not None else None

    def _captives_offered(self, figure: FigureMention) -> bool:
        """Whether captured people of a side are only offered for a handover, still held.

        "Ukraine is ready to hand over two North Korean soldiers captured in Kursk": no
        handover in the sentence has happened, so the captives are still a count held.
        """
        captured = any(
            self.norm_at[i] in _CAPTURED_MARKS for i in range(figure.first, figure.np_end + 1)
        )
        if not captured and self.norm_at[figure.np_end] == "whom":
            # "the more than 1,000 Russian servicemen whom she said Ukraine had captured"
            for i in range(figure.np_end + 1, min(self.last, figure.np_end + 8)):
                if self.norm_at[i] in _CLAUSE_MARKS:
                    break
                captured = captured or self.norm_at[i] in _CAPTURED_MARKS
        offers = [t for t in self.m.transfers if t.last <= figure.first]
        # "the two North Korean soldiers captured last month": people told before, while
        # "the more than 1,000 servicemen whom ... Ukraine had captured" is a count
        told = (
            self.norm_at[figure.first - 1] == "the" and figure.amount.qualifier is Qualifier.EXACT
        )
        return (
            captured
            and not told
            and figure.nationality is not None
            and (
                (bool(offers) and not any(t.done for t in offers))
                or self._hand_over_offered(figure)
            )
        )

    def _hand_over_offered(self, figure: FigureMention) -> bool:
        """Whether the figure's people are the object of a plain "to hand ... over", split.

        "ready to hand two captured North Korean soldiers over to Kim": the verb's base
        form after "to" or a modal is an offer, never a handover that happened.
        """
        verb = figure.first - 1
        return (
            self.norm_at[verb] == "hand"
            and self.norm_at[verb - 1] in _OFFER_BEFORE
            and self.norm_at[figure.np_end] == "over"
        )

    def _part_of_them(self, figure: FigureMention) -> bool:
        """Whether a bare figure is a part, by kind of people, of the toll just told.

        "10,000 civilians had been killed, more than 560 of them children": a comma, the
        figure, "of them" and a word for people; "560 of them in Kharkiv" is a place.
        """
        at = figure.last
        return (
            self.norm_at[figure.first - 1] == ","
            and self.norm_at[at] == "of"
            and self.norm_at[at + 1] == "them"
            and lx.PEOPLE.match(self.tokens, at + 2, self.last) is not None
        )

    def _of_them_after_comma(self, figure: FigureMention) -> bool:
        """Whether the figure opens a part of the people just counted: ", three of them".

        ", three of them wounded" and ", three of whom were wounded" count some of the
        people the figure before counted, and what follows tells their state.
        """
        at = figure.last
        return (
            self.norm_at[figure.first - 1] == ","
            and self.norm_at[at] == "of"
            and self.norm_at[at + 1] in ("them", "whom")
        )

    def _part_of_toll_before(self, figure: FigureMention) -> ClaimDraft | None:
        """The toll the sentence before told, whose part by kind of people this one opens on.

        "Of those killed, 716 were children", "Of the civilians injured, 2,100 were
        women": the opening names the kind of the toll just claimed, and the figure right
        after its comma, counted as people ("were children"), is that toll's part; the
        sentence before must hold that kind of toll for one side only, or none is taken.
        """
        at = self.first
        if self.norm_at[at] != "of" or self.norm_at[at + 1] not in ("those", "the"):
            return None
        comma = next(
            (i for i in range(at + 2, min(self.last, at + 6)) if self.norm_at[i] == ","), None
        )
        if comma is None or figure.first != comma + 1 or figure.noun is not None:
            return None
        kind = self.norm_at[comma - 1]
        category = next((c for c, words in _ASKED_KINDS[1:3] if kind in words), None)
        if category is None or self.norm_at[figure.np_end] not in _BACKGROUND_COPULAS:
            return None
        if lx.PEOPLE.match(self.tokens, figure.np_end + 1, self.last) is None:
            return None  # "Of those killed, 300 were in Kharkiv": a place, not people
        if any(p.first > figure.first for p in self.m.parties):
            return None  # "Of those killed, 20 were Russian citizens": another side's people
        told = [
            c
            for c in self.discourse.claims
            if c.sentence == self.index - 1 and c.category is category
        ]
        return told[-1] if len({c.subject for c in told}) == 1 else None

    def _bulletin_personnel(self, figure: FigureMention) -> tuple[CasualtyCategory, int] | None:
        """The personnel line of a published table of a side's losses: "personnel — about
        1,000,340 (+1,140) persons", "Personnel: about 1,000,340".

        A line that opens on "personnel" and a dash or colon, with the figure right after,
        gives the total losses so far in people of the side the table's heading names; the
        lines after it count equipment and are no one's dead.
        """
        if self.norm_at[self.first] != "personnel":
            return None
        if figure.first != self.first + 2 and not self._bulletin_increase(figure):
            return None
        if self.norm_at[self.first + 1] not in _BULLETIN_MARKS or self.tokens[self.first].gap < 2:
            return None  # a line of its own: "personnel" opens it after a line break
        return CasualtyCategory.TOTAL_LOSSES, self.first

    def _bulletin_increase(self, figure: FigureMention) -> bool:
        """Whether the figure is the day's increase in brackets after a personnel line's
        total: the "+1,140" of "personnel - about 1,000,340 (+1,140) persons".

        Such tables print the losses of the past day beside each running total; the
        increase counts the same side's people lost, so it is a claim of its own.
        """
        at = self.m.figures.index(figure)
        return (
            at == 1
            and self.m.figures[0].first == self.first + 2
            and self.norm_at[figure.first - 1] == "+"
            and self.norm_at[figure.first - 2] == "("
            and self.m.figures[0].np_end <= figure.first - 2
        )

    def _bulletin_side(self) -> str | None:
        """The side the heading just above a personnel line named for its table of losses."""
        told = self.discourse.table_side
        return told[1] if told is not None and told[0] == self.index - 1 else None

    def losses_heading_side(self) -> str | None:
        """The one side whose losses a heading names, for a table of losses under it.

        "Estimated combat losses of the Russian invaders", "Russian losses to date:", "The
        total combat losses of the enemy ... were approximately:": a side beside "losses",
        or "the enemy" of the statement the text reproduces (or, without one, of the
        latest speaker with a side).
        """
        if "losses" not in self.norm_set:
            return None  # most sentences: no heading of losses, and no scan
        at = next(i for i in range(self.first, self.last) if self.norm_at[i] == "losses")
        if not self.norm_set.isdisjoint(_SPAN_HEADING_WORDS):
            return None  # "losses over the past week": a span's, not the total so far
        near = range(max(self.first, at - 3), min(self.last, at + 5))
        sides = {p.code for p in self.m.parties if p.first in near and p.role != MEDIATOR}
        if not sides and any(self.norm_at[i] == "enemy" for i in near):
            teller = self.discourse.statement or next(
                (s for s in reversed(self.discourse.sources) if s.party is not None), None
            )
            if teller is None or teller.party is None:
                return None
            return _other(teller.party, self._belligerents)
        return sides.pop() if len(sides) == 1 else None

    def _civilian_part(self, part: FigureMention) -> bool:
        """Whether a figure is the civilians among the people before it: ", of whom 7,000
        are civilians" (the whole's kind of loss, and civilians)."""
        opened = [self.norm_at[i] for i in range(part.first - 3, part.first)]
        if opened not in ([",", "of", "whom"], [",", "of", "them"]):
            return False
        words = [self.norm_at[i] for i in range(part.np_end, min(self.last, part.np_end + 2))]
        return (
            words[:1] in (["are"], ["were"]) and words[1:] != [] and words[1] in (lx.CIVILIAN_WORDS)
        )

    def _place_of(self, figure: FigureMention, stop: int) -> str | None:
        """Where civilians died: "across Ukraine", "in the border region of Belgorod"."""
        for i in range(figure.np_end, self.last):
            if self.norm_at[i] in (";", "."):
                return None
            if self.norm_at[i] not in ("in", "across", "of"):
                continue
            if self.norm_at[i] == "of" and self.norm_at[i - 1] in _ARMED_HEADS:
                continue  # "launched by the armed forces of Russia": the attacker, not a place
            if self.norm_at[i] == "of" and self.norm_at[i - 1] == "result":
                continue  # "as a result of Russian aggression": the cause, not a place
            j = i + 1
            while self.norm_at[j] in ("the", "border", "region", "regions", "occupied"):
                j += 1
            if (
                self.norm_at[i + 1] == "the"
                and self.norm_at[i + 2] in _PLACE_HEADS
                and self.norm_at[i + 3] != "of"
            ):
                # "civilians in the region": the region this sentence or an earlier one named
                return self.region_named(self.discourse.region)
            party = next((p for p in self.m.parties if p.first == j and p.role != MEDIATOR), None)
            if party is not None and self.norm_at[party.last] in _CAPTIVITY:
                continue  # "in Russian captivity": whose prisons, not where civilians died
            if party is not None:
                return party.code
            region = lx.REGIONS.get(self.norm_at[j])
            if region is not None:
                return region
            latest = self.discourse.claims
            if (
                self.norm_at[j] == "country"
                and latest
                and self.index - latest[-1].sentence <= _CARRY_SENTENCES
            ):
                return latest[-1].subject[0]  # "across the country": the one just named
        return None

    def _struck_by_side(self, figure: FigureMention, stop: int) -> str | None:
        """The side of civilians killed or hurt "by Ukrainian shelling": the attacker's enemy.

        The agent after the passive verb names who struck, so the victims are the
        other side's, whatever region the text spoke of last.
        """
        if figure.nationality is not None:
            return None
        end = min(stop, figure.np_end + 8)
        for i in range(figure.np_end, end - 1):
            if self.norm_at[i] != "by" or self.norm_at[i - 1] not in (
                lx.KILLED_WORDS | lx.WOUNDED_WORDS
            ):
                continue
            party = next(
                (p for p in self.m.parties if p.first == i + 1 and p.role != MEDIATOR), None
            )
            return _other(party.code, self._belligerents) if party is not None else None
        return None

    def _place_before(self, figure: FigureMention) -> str | None:
        """The side of the places named in the figure's sentence before it, if all are one's.

        "... parts of occupied Mariupol, where local officials estimated thousands of
        civilians died" after a Belgorod toll: the civilians of the place named, not of
        the side whose civilian toll the sentence before told.
        """
        sides = {
            lx.REGIONS[self.norm_at[i]]
            for i in range(self.first, figure.first)
            if self.norm_at[i] in lx.REGIONS
        }
        return sides.pop() if len(sides) == 1 else None

    def _civilians_told(self, figure: FigureMention) -> str | None:
        """The side of the civilian toll told just before, for one that names no side.

        "The mission said 14,000 civilians had been killed in Ukraine. ... it had
        verified 214 civilian deaths in September": the same country's civilians.
        A side named in the sentence before the figure rules it out.
        """
        if figure.nationality is not None or any(
            p.role != MEDIATOR and p.first < figure.first for p in self.m.parties
        ):
            return None
        latest = self.discourse.claims
        if (
            latest
            and latest[-1].population is Population.CIVILIANS
            and self.index - latest[-1].sentence <= _CARRY_SENTENCES
        ):
            # "... occupied Mariupol, where thousands of civilians died": a place named
            # before the figure says whose civilians, over the toll told before
            return self._place_before(figure) or latest[-1].subject[0]
        return None

    def _governed_region(self, figure: FigureMention) -> str | None:
        """The side of the region whose governor or mayor counts residents naming no side.

        "Belgorod's governor said about 70 residents remain unaccounted for": a
        regional official counts the region's own people. The region is the one the
        sentence names; "the region" ("the region's governor", "people from the
        region", "the regional authorities") is the one the text named last, while
        it has named regions of one side only.
        """
        if figure.nationality is not None:
            return None
        pointed = any(
            self.norm_at[i] == "the" and self.norm_at[i + 1] in ("region", "regional")
            for i in range(self.first, self.last - 1)
        )
        if self.norm_set.isdisjoint(lx.REGIONAL_OFFICIALS) and not pointed:
            return None
        if any(p.role != MEDIATOR and p.first < figure.first for p in self.m.parties):
            return None  # a side before the count decides, or makes it unsafe to guess
        if pointed and self._unsided_region():
            return None  # "killed in the Donetsk region ... the region's toll": no side known
        if pointed:
            return self.region_named(self.discourse.home_region)
        # "the governor said 412 residents ...", his region unnamed here: the one whose
        # people the text counted, else the one it last named
        return self.region_named(self.discourse.home_region or self.discourse.region)

    def _home_region_of(self, figure: FigureMention) -> str | None:
        """The side of the region the people come "from": "250 servicemen from Kharkiv region".

        Only a region named right after "from" (past "the"), not a place they are in.
        "1,400 servicemen from the region" come from the region this sentence or the text
        named last, while no region of unknown side is named here.
        """
        if self.norm_at[figure.np_end] != "from":
            return None
        at = figure.np_end + 1 + (self.norm_at[figure.np_end + 1] == "the")
        if self.norm_at[at] in ("region", "oblast") and at == figure.np_end + 2:
            if self._unsided_region():
                return None
            return self.region_named(self.discourse.region)
        return lx.REGIONS.get(self.norm_at[at])

    def _local_people(self, figure: FigureMention) -> bool:
        """Whether the figure counts the people of one region, city or district.

        "140 residents of the region", "60 men from the city", "soldiers from the Altai
        Territory", "Kursk residents", residents a governor or mayor counts, or those of
        a town or village the sentence names ("the town of X has 12 residents held"): news
        tells such a count as one place's toll, never as a side's national claim.
        "8,000 Ukrainians" or "people from the occupied areas" name no one place. A bare
        count joined by "and" to a place's own residents ("the region has lost 3,400 of
        its residents killed, ..., and more than 900 remain missing") counts the same
        people; after residents a governor counts ("400 residents had been evacuated and
        350 remain missing") it stays the count it was.
        """
        if figure.noun is None and self.norm_at[figure.first - 1] == "and":
            earlier = [f for f in self.m.figures if f.last <= figure.first]
            if (
                earlier
                and earlier[-1].noun is not None
                and earlier[-1].pronoun in ("its", "their")
                and self._local_people(earlier[-1])
            ):
                return True
        head = self.norm_at[figure.np_end - 1]
        if head == "residents" and any(
            self._local_region(i) for i in range(figure.first, figure.np_end - 1)
        ):
            return True  # "45 Bryansk residents"
        if head == "residents" and (
            not self.norm_set.isdisjoint(lx.REGIONAL_OFFICIALS) or "regional" in self.norm_set
        ):
            return True  # "the governor said 70 residents ...": the governor's own people
        if head == "residents" and any(
            self.norm_at[i] in lx.SETTLEMENT_NOUNS and self.norm_at[i + 1] == "of"
            for i in range(self.first, figure.first)
        ):
            return True  # "the village of X has 11 residents still held": the village's own
        if head == "residents" and any(
            self.tokens[i].poss and self.norm_at[i] in _COMMUNITY_NOUNS
            for i in range(self.first, figure.first)
        ):
            return True  # "the district's list ...; 40 residents are missing": its own people
        # the place may close the noun group ("residents of Kursk region") or follow it
        of = next(
            (
                i
                for i in range(figure.first, figure.np_end + 1)
                if self.norm_at[i] in ("of", "from")
            ),
            None,
        )
        if of is None:
            return False
        at = of + 1
        at += self.norm_at[at] in ("the", "its", "their")
        if self._local_region(at):
            # "from Kursk", "of the Kharkiv region"; not "1,300 of the Kursk conscripts",
            # a part of people the region's name only describes
            return self.norm_at[at + 1] in _LOCAL_PLACES or at + 1 >= figure.np_end
        words = range(at, min(at + 2, self.last))
        if any(self.norm_at[i] == "occupied" for i in words):
            return False  # "from the occupied areas": the side's lost land, no one place
        # "residents of the Velyko-Pysarivska community": a place's name of several words,
        # hyphens between them, before the kind of place
        name = at
        while (
            name < min(at + 5, self.last)
            and self.norm_at[name] not in _LOCAL_PLACES
            and (self.tokens[name].text[:1].isupper() or self.norm_at[name] == "-")
        ):
            name += 1
        if name > at + 1 and self.norm_at[name] in _LOCAL_PLACES:
            return True
        return any(
            self.norm_at[i] in _LOCAL_PLACES
            or (self.norm_at[i] in _REGION_KINDS and self.tokens[i].text[:1].isupper())
            for i in words
        )

    def _community_fighters(self, figure: FigureMention) -> bool:
        """Whether the figure counts the fighters one town, village or community gave.

        "Nine soldiers from the village have been killed", "30 servicemen from our
        community": a local paper's count of its own people, a share of a side's losses
        and never the side's claim, whatever happened to them. "Soldiers from the Lviv
        region" names a region, whose tolls other rules weigh.
        """
        if self.norm_at[figure.np_end - 1] not in lx.FIGHTERS | {"men"}:
            return False
        at = figure.np_end
        if self.norm_at[at] not in ("from", "of"):
            return False
        at += 1 + (self.norm_at[at + 1] in _COMMUNITY_DETERMINERS)
        return self.norm_at[at] in _COMMUNITY_NOUNS

    def _local_region(self, at: int) -> bool:
        """Whether the word at ``at`` names a region or city, not a defended town's garrison."""
        return self.norm_at[at] in lx.REGIONS and self.norm_at[at] not in lx.DEFENDED_TOWNS

    def home_region_named(self, told: str | None) -> str | None:
        """The side of the region whose residents this sentence counts, else the one before.

        "Kursk residents", "residents of the Belgorod region": the region people are
        from, not one where something happened ("detained in the Kherson region").
        """
        sides = set()
        for i in self.region_words:
            before = [self.norm_at[j] for j in range(max(self.first, i - 3), i)]
            if self.norm_at[i + 1] in lx.CIVILIAN_WORDS or (
                "of" in before and not lx.CIVILIAN_WORDS.isdisjoint(before)
            ):
                sides.add(lx.REGIONS[self.norm_at[i]])
        if not sides:
            return told
        return sides.pop() if len(sides) == 1 else None

    def _civilians_past_semicolon(self, figure: FigureMention) -> bool:
        """Whether the sentence's civilians are all told in another part set off by ";".

        "... 16,000 civilians remain in detention; and the General Staff, which had put
        Russian losses at more than 760,000 ...": the losses' own part tells of no
        civilians, so they are not a civilian toll. A second reported clause, "said
        that Russia had lost 90,000, and that ... 8,000 civilians", is such a part too.
        """
        marks = [
            i
            for i in range(self.first, self.last)
            if self.tokens[i].text == ";"
            or (
                self.norm_at[i] == "and"
                and self.norm_at[i + 1] == "that"
                and self.norm_at[i - 1] == ","
            )
        ]
        if not marks:
            return False
        opens = max((i for i in marks if i < figure.first), default=self.first)
        closes = min((i for i in marks if i >= figure.np_end), default=self.last)
        return not any(self.norm_at[i] in lx.CIVILIAN_WORDS for i in range(opens, closes))

    def _people_of_region(self) -> bool:
        """Whether the sentence counts "people from (of) the region": its residents."""
        return any(
            self.norm_at[i + 1] in ("from", "of")
            and any(
                self.norm_at[j] in lx.REGIONS or self.norm_at[j] == "region"
                for j in range(i + 2, i + 5)
            )
            for i in self._at(("people",), self.first, self.last - 2)
        )

    def _people_after_civilian_toll(self) -> bool:
        """Whether the sentence counts "people" straight after a sentence's civilian toll.

        "In May, 180 civilians were killed and 900 injured. In the last week alone, 40
        people were killed": the people are the same civilians, told again more briefly.
        A sentence that names an attack tells that attack's dead instead.
        """
        if "people" not in self.norm_set or not any(
            f.noun is not None and self.norm_at[f.np_end - 1] == "people" for f in self.m.figures
        ):
            return False  # "drones used against people in towns": no people counted
        if not self.norm_set.isdisjoint(_ATTACKS | lx.ONE_ATTACK_NOUNS | {"incident"}):
            return False  # "the strike on a cafe, which killed 59 people": one attack's dead
        latest = self.discourse.claims
        return (
            bool(latest)
            and latest[-1].population is Population.CIVILIANS
            and latest[-1].sentence == self.index - 1
        )

    def _unsided_region(self) -> bool:
        """Whether the sentence names a region of no known side ("the Donetsk region")."""
        return any(
            self.norm_at[i + 1] in ("region", "oblast")
            and self.tokens[i].text[:1].isupper()
            and self.norm_at[i] not in lx.REGIONS
            and self.norm_at[i] != "the"
            for i in range(self.first, self.last - 1)
        )

    def _mission_country(self, figure: FigureMention) -> str | None:
        """The country a monitoring mission is named for: "... Monitoring Mission in Ukraine".

        A civilian toll that names no place, told by a body that works in one
        country, counts that country's civilians.
        """
        # "The Mission verified that ...": the subject is the teller, with no verb of saying
        teller = self.attribution or self.speaker_near(figure.first)
        if teller is None:
            # "the attack by the Russian Federation ..., HRMMU has verified": the agent of
            # a noun of harm tells nothing
            teller = next(
                (
                    e
                    for i, _, e in self._speaker_mentions()
                    if i < figure.first
                    and self.norm_at[i - 1 - (self.norm_at[i - 1] == "the")] != "by"
                ),
                None,
            )
        if teller is None and not (self.m.sources or self.m.parties) and self.discourse.sources:
            # "HRMMU verified 12,456 ... In December, at least 140 civilians were killed":
            # a toll no one and no place in the sentence tells is the last teller's
            teller = self.discourse.sources[-1]
        if teller is None or teller.kind is not SourceKind.INTERNATIONAL_ORGANISATION:
            return None
        _, found, country = teller.name.rpartition(" in ")
        if not found:
            return None
        return next((code for code, name in lx.PARTY_NAMES.items() if name == country), None)

    def _place_after(self, at: int) -> str | None:
        """The side named right after a loss word as where it happened: "killed in Ukraine"."""
        if self.norm_at[at + 1] not in ("in", "across"):
            return None
        party = next((p for p in self.m.parties if p.first == at + 2 and p.role != MEDIATOR), None)
        return party.code if party is not None else None

    def _planned_for_exchange(self, figure: FigureMention) -> bool:
        """Whether the figure's people are the subject of a plan to hand them over.

        "12 Ukrainians held since 2014 would be included in a future exchange", "the 40
        civilians in custody will be part of the next swap": a modal verb after the
        people and a handover not done later in its clause tell who is to be freed,
        not a count of captives the teller keeps.
        """
        modal = next(
            (
                k
                for k in range(figure.np_end, min(self.last, figure.np_end + 6))
                if self.norm_at[k] in _PLAN_MODALS or self.norm_at[k] in _CLAUSE_MARKS
            ),
            None,
        )
        if modal is None or self.norm_at[modal] not in _PLAN_MODALS:
            return False
        if any(self.norm_at[k] in _OWN_PREDICATES for k in range(figure.np_end, modal)):
            return False  # "40 remain in custody and would not be freed": held, told first
        end = next((k for k in range(modal, self.last) if self.norm_at[k] in (";", ".")), self.last)
        return any(not t.done and modal < t.first < end for t in self.m.transfers)

    def _freed(self, figure: FigureMention) -> bool:
        """Whether the sentence tells of people let go, and not of others still held.

        "1,000 servicemen had been captured" is a capture whatever follows; "ten
        civilians who had been held by Russia returned" are held no more.
        """
        after = {self.norm_at[i] for i in range(figure.np_end, min(self.last, figure.np_end + 6))}
        if after & {"captured", "surrendered", "taken"}:
            return False
        if self.norm_set & {"still", "remain", "remains", "remaining"}:
            return False
        if self._believed_held(figure) and figure.amount.best is not None:
            # "the 8,000 believed by Kyiv to be in captivity": held now; a bare "thousands"
            # believed held beside an exchange is left unread, as before
            return False
        if self.norm_at[figure.last] == "more" or {"being", "held"} <= after:
            return False  # "2,598 were freed and 4,000 more were being held": others, held now
        verb = figure.np_end
        while self.norm_at[verb] in lx.CIVILIAN_WORDS | _FIGHTERS | {"and", "or"}:
            verb += 1  # "8,000 Ukrainian soldiers and civilians are": the rest of the people
        if self.norm_at[verb] in ("are", "is") and after & _HELD_STATES:
            return False  # "confirmed, through those already freed, that 8,000 are in captivity"
        if self.norm_at[verb] in ("are", "is") and self._held_now_at(verb + 1):
            return False  # "6,000 are known to be held by Russia, ... the exchange fund": held now
        if {self.norm_at[figure.first - 1], self.norm_at[figure.first - 2]} & _CAPTURING:
            return False  # "it has captured two soldiers, who ... want to return home"
        if self._taken_prisoner(figure):
            return False  # "had taken 900 soldiers prisoner, many of whom were later exchanged"
        if self._hand_over_offered(figure):
            return False  # "ready to hand two captured soldiers over if ... their exchange"
        done = [t for t in self.m.transfers if t.done and t.move is not Move.EVENT]
        verb = figure.np_end + (self.norm_at[figure.np_end] in ('"', "”", "’"))
        if self.norm_at[verb] == "remained" and (
            all(t.last <= figure.first for t in done)
            # "that thousands remained in Russian captivity, and that 3,035 had been
            # returned": the people let go are counted apart, in a clause of their own
            or all(
                self._returned_apart(figure, t.first) or self._and_that_between(figure, t.first)
                for t in done
            )
        ):
            # "brought back 2,235, and that 10,000 remained in Russian hands": the rest,
            # still held when told; not "50 remained in custody until they were returned"
            return False
        if (
            self._held_then(figure)
            and any(f.first > figure.np_end for f in self.m.figures)
            and all(t.first > figure.np_end for t in done)
        ):
            return False  # "Ukraine now held hundreds ..., and on 24 August 115 were swapped"
        # 'is holding "several thousand"': past the quotation mark of a quoted figure
        held = figure.first - 1 - (self.norm_at[figure.first - 1] in lx.QUOTE_MARKS)
        if self.norm_at[held] in lx.HOLDING_NOW and all(
            self.norm_at[t.first] in _EXCHANGE_NOUNS for t in done
        ):
            # "Moscow is holding 6,500 troops, ... the swap hinged on": held now; not "it
            # holds 1,500 conscripts, many of them already traded"
            return False
        if (
            self.norm_at[held] in lx.HOLDING_NOW
            and done
            and all(self._returned_apart(figure, t.first) for t in done)
        ):
            # "Russia holds 16,000 civilians, and only a few hundred have been returned":
            # held now; the people let go are counted apart, in a clause of their own
            return False
        return bool(done)

    def _held_now_at(self, at: int) -> bool:
        """Whether a present "held" opens at ``at``, past "known (believed) to be" if any.

        "4,000 are held by Russia", "4,000 are known to be held": the people are held when
        told, whatever exchange the sentence names besides; "were held" is their past.
        """
        if (
            self.norm_at[at] in _HELD_KNOWN
            and self.norm_at[at + 1] == "to"
            and self.norm_at[at + 2] == "be"
        ):
            at += 3
        return self.norm_at[at] in ("held", "detained", "imprisoned")

    def _and_that_between(self, held: FigureMention, verb: int) -> bool:
        """Whether ", and that" opens another reported clause between the figure and ``verb``.

        "She said 300 remained in Ukrainian hands, and that 100 had come home": what moves
        in the second clause is told apart from the people still held in the first.
        """
        return any(
            self.norm_at[i] == ","
            and self.norm_at[i + 1] == "and"
            and self.norm_at[i + 2] == "that"
            for i in range(held.np_end, verb - 2)
        )

    def _returned_apart(self, held: FigureMention, verb: int) -> bool:
        """Whether a later figure of its own, in a clause joined by "and", moves at ``verb``.

        Not a part of the people held ("many of them", "some of whom"): those are the
        held people let go, and the figure held is then no count of captives now.
        """
        return any(
            held.np_end < f.first
            and f.np_end <= verb
            and "and" in {self.norm_at[i] for i in range(held.np_end, f.first)}
            and not {self.norm_at[i] for i in range(f.first, verb)}
            & (lx.PART_PRONOUNS | {"whom", "which"})
            for f in self.m.figures
        )

    def _remain_in_captivity_said(self, figure: FigureMention) -> bool:
        """Whether a bare figure "remain(s)" in a captivity the sentence named before it.

        "1,456 were released from Russian captivity, though thousands remain": the
        clause ends on the verb, and where they remain is the captivity just named.
        """
        at = max(figure.last, figure.np_end)
        at += self.norm_at[at] == "still"
        if self.norm_at[at] not in ("remain", "remained", "remains"):
            return False
        if self.norm_at[at + 1] not in (".", ";", ",", ""):
            return False  # "remain missing", "remain in Poland": their own words say where
        return any(self.norm_at[i] in _CAPTIVITY for i in range(self.first, figure.first))

    def _others_listed_as(self, figure: FigureMention) -> bool:
        """Whether a bare figure's "others" or "more" are put on a register "as" a loss.

        "the fate of tens of thousands of others listed as missing", "thousands more,
        listed as missing, ...": the people are those named before, their status the
        register's.
        """
        at = max(figure.last, figure.np_end)
        if self.norm_at[at] == "of" and self.norm_at[at + 1] == "others":
            at += 2
        elif self.norm_at[at] in ("more", "others"):
            at += 1
        else:
            return False
        at += self.norm_at[at] == ","
        return self._registered_as(figure, at)

    def _casualty_after(self, figure: FigureMention, stop: int) -> bool:
        # "over 80,000 whom families or units report as missing": past a relative clause
        reach = 8 if self.norm_at[figure.last] in ("who", "whom", "that") else 4
        at = figure.last
        if (
            self.norm_at[at] in lx.BE_FORMS
            and self.norm_at[at + 1] in _HEDGED_INFINITIVE
            and self.norm_at[at + 2] == "to"
        ):
            reach = 7  # "60,000 are likely to have been killed": past the hedge to the verb
        words = {self.norm_at[i] for i in range(figure.last, min(stop, figure.last + reach))}
        if (
            self.norm_at[figure.last] == "captured"
            and figure.noun is None
            # "... and 40 captured.", "40 captured in the assault", not "40 captured villages"
            and (
                figure.last + 1 >= stop
                or not self.norm_at[figure.last + 1].isalpha()
                or self.norm_at[figure.last + 1] in _AFTER_CAPTURED
            )
        ):
            return True  # "... 350 wounded and 40 captured": the last of a list of losses
        return bool(words & (lx.KILLED_WORDS | lx.MISSING_WORDS | lx.WOUNDED_WORDS))

    def _after_a_toll_of_dead(self, figure: FigureMention) -> bool:
        """Whether the figure is joined by "and" to a count of dead just before it.

        "as many as 120,000 deaths and 170,000 injured troops": the second of a list of
        losses; "40 wounded soldiers were evacuated", alone, is one event's news.
        """
        before = [f for f in self.m.figures if f.np_end <= figure.first]
        if not before:
            return False
        last = before[-1]
        between = {self.norm_at[i] for i in range(last.np_end, figure.first)}
        return (
            self.norm_at[last.np_end - 1] in ("deaths", "dead", "killed")
            and "and" in between
            and between <= {"and", ","}
        )

    def _irrecoverable(
        self, figure: FigureMention, start: int, loss: tuple[CasualtyCategory, int] | None
    ) -> int | None:
        """Where the loss noun stands when the losses the figure counts are "irrecoverable":
        the dead and the missing.

        "The irrecoverable losses of the Russian army exceed 250,000": the soldiers who
        will not return to their units, no total of killed and wounded; "irrecoverable
        and sanitary losses" together stay all losses, as the adjective is not the head's.
        """
        if loss is not None:
            heads = [loss[1]]
        else:
            heads = [
                i
                for i in range(max(start, figure.first - lx.LOSS_REACH), figure.np_end)
                if self.norm_at[i] in ("losses", "casualties")
            ][-1:]
        for head in heads:
            before = head - 1
            while self.norm_at[before] in lx.QUOTE_MARKS:
                before -= 1
            if self.norm_at[before] == "irrecoverable":
                return head
        return None

    def _dead_glossed(self, head: int, stop: int) -> bool:
        """Whether an aside after the loss noun at ``head`` glosses the losses as the dead.

        "Irrecoverable losses (killed and those who died of wounds) exceed 400,000",
        "losses - killed and died of wounds - had passed 300,000": the aside, opening
        within a few words of the noun and before the figure, names only death, so the
        losses are the killed; one that names the missing or wounded as such keeps them all.
        """
        words: set[str] = set()
        close = ""
        for i in range(head + 1, min(stop, head + _GLOSS_REACH)):
            word = self.norm_at[i]
            if close:
                if word == close:
                    return bool(words & lx.KILLED_WORDS) and words <= _DEAD_GLOSS_WORDS
                words.add(word)
            elif word in _KIND_ASIDE_CLOSES:
                close = _KIND_ASIDE_CLOSES[word]
            elif word in _CLAUSE_MARKS:
                return False
        return False

    def _loss_head_of(self, figure: FigureMention) -> str | None:
        """The loss noun the figure counts before "of" and the people: "111,387 confirmed
        deaths of Russian servicemen".

        The noun group ends on the people, whose side the "of" names; what is counted
        is the deaths, not the servicemen.
        """
        for i in range(figure.last, figure.np_end - 2):
            word = self.norm_at[i]
            if word in ("deaths", "casualties") and self.norm_at[i + 1] == "of":
                return word
        return None

    def _past_including_aside(self, figure: FigureMention, after: list[str]) -> list[str]:
        """The words after the figure with a long ", including ...," aside left out.

        "115,000 soldiers, including fighters of private armies and the prison-recruited
        units, had been killed": the aside names some of the people, and the verb after
        it still tells what befell them all, however far it stands. An aside with a
        figure of its own ("including 500 children") is a part told and stays.
        """
        if after[:2] != [",", "including"]:
            return after
        close = next(
            (
                k
                for k in range(2, min(len(after), _INCLUDING_ASIDE_REACH))
                if after[k] in _CLAUSE_MARKS
            ),
            None,
        )
        if close is None or after[close] != ",":
            return after
        end = figure.np_end + close
        if any(figure.np_end < f.first < end for f in self.m.figures):
            return after
        return after[close + 1 :]

    def _included_aside(self, comma: int) -> int:
        """Past a short aside that says who the figure takes in: ", civilians included,".

        The aside (", civilians included,", ", a figure that includes civilians,")
        says who is among the figure's people; the verb after it is still theirs. The
        token after its closing comma; ``comma`` itself when none opens there.
        """
        # ", a figure that includes civilians,": the figure named again and a verb of
        # including, with no number of its own
        figure_named = (
            self.norm_at[comma + 1] in ("a", "the")
            and self.norm_at[comma + 2] in lx.FIGURE_HEADS
            and self.norm_at[comma + 3] in ("that", "which")
            and self.norm_at[comma + 4] in _INCLUDING
        )
        reach = comma + (10 if figure_named else 6)
        for close in range(comma + 2, min(self.last, reach)):
            if figure_named and any(f.first == close for f in self.m.figures):
                return comma  # ", a figure that includes 1,800 civilians,": a count of its own
            if self.norm_at[close] in _CLAUSE_MARKS:
                if figure_named:
                    return close + 1 if self.norm_at[close] == "," else comma
                return close + 1 if self.norm_at[close - 1] == "included" else comma
        return comma

    def _captives_on_record(self, figure: FigureMention) -> bool:
        """Whether the figure counts captives a register knows of: "information on 1,800 hostages".

        "Has confirmed information on 8,000 prisoners of war", "data on 300 hostages":
        what an office knows of people whose very noun says they are held counts those
        held now. Any other noun ("information on 40 soldiers") says nothing of captivity.
        """
        if figure.noun is None or figure.remains:
            return False
        if (
            self.norm_at[figure.first - 2] not in _RECORD_NOUNS
            or self.norm_at[figure.first - 1] != "on"
        ):
            return False  # not "about", which as often hedges the figure itself
        # "1,800 civilian hostages": the noun group may stop at "civilian", before its head
        heads = {self.norm_at[figure.np_end - 1], self.norm_at[figure.np_end]}
        return figure.noun.category is PersonCategory.PRISONERS_OF_WAR or not heads.isdisjoint(
            lx.PRISONER_NOUNS | _HOSTAGE_NOUNS
        )

    def _one_place_haul(self, figure: FigureMention, start: int) -> bool:
        """Whether the figure is the object of a capture told in a clause of place.

        "crossed into the region, where they captured hundreds of conscripts", "a raid in
        which its units seized 40 soldiers": the haul of one place or operation, not a
        side's count of the captured. So is a capture its clause places "at (in) a
        single" place or event ("had taken 560 soldiers prisoner at a single position").
        """
        ahead = range(figure.np_end, min(self.last, figure.np_end + 8))
        for k in ahead:
            if self.norm_at[k] in _CLAUSE_MARKS:
                break
            if self.norm_at[k] in ("at", "in") and self._words_at(k + 1, 2) == ["a", "single"]:
                return True
            if self.norm_at[k] in _CAPTURING and self.norm_at[k - 1] in ("been", "were", "was"):
                # "the Kursk region, where Ukraine says hundreds of Russian soldiers have
                # been captured": the passive's capture, in a clause of place before it
                return any(
                    self.norm_at[i] == "where"
                    and not any(self.norm_at[j] in _CLAUSE_MARKS for j in range(i, figure.first))
                    for i in range(max(start, figure.first - 6), figure.first)
                )
        opened = self._clause_start(figure.first, start)
        clause = [self.norm_at[i] for i in range(opened, figure.first)]
        if not set(clause[-2:]) & _CAPTURING:
            return False
        return any(
            w == "where" or (w == "which" and self.norm_at[k - 1] in ("in", "during"))
            for k, w in zip(range(opened, figure.first), clause, strict=True)
        )

    def _battle_where(self, figure: FigureMention) -> bool:
        """Whether the figure stands in a "where" clause after a battle for a named place.

        "reported on the capture of Avdiivka, where, he said, 1,500 soldiers had been
        killed": the clause tells one battle's toll, a place's share and no side's count.
        A side named as the place ("the defence of Ukraine, where") is the whole war.
        """
        for where in self._at(("where",), self.first + 4, figure.first):
            if self.norm_at[where - 1] != "," or self._at((";",), where, figure.first):
                continue
            j = where - 2
            while j > self.first and self.tokens[j].text[:1].isupper():
                j -= 1
            if (
                j < where - 2
                and self.norm_at[j] in ("of", "for")
                and self.norm_at[j - 1] in _BATTLE_NOUNS
                and not any(p.first == j + 1 for p in self.m.parties)
            ):
                return True
        return False

    @staticmethod
    def _killed_or_gone_missing(listed: list[str]) -> bool:
        """Whether the verb group tells two fates, each with its own verb: "have been killed
        or are missing", "were killed or went missing": one count of either fate."""
        if len(listed) < 3 or listed[0] not in ("killed", "dead") or listed[1] != "or":
            return False
        rest = list(itertools.dropwhile(_GONE_MISSING.__contains__, listed[2:5]))
        return rest[:1] == ["missing"]

    def _category_of(self, figure: FigureMention, start: int, stop: int) -> CasualtyCategory | None:
        if figure.noun is None and self._remain_in_captivity_said(figure):
            return CasualtyCategory.CAPTURED
        if self._dead_or_missing_told(figure, stop):
            return CasualtyCategory.KILLED_OR_MISSING
        if self.norm_at[figure.np_end] == "," and self._part_aside(
            self._words_at(figure.np_end, 3)
        ):
            stop = self.last  # "9,000 civilians, among them 500 children, ...": the aside's figure
        after = self.norms[figure.np_end - self.first : stop - self.first]
        comma = figure.np_end + (self.norm_at[figure.np_end] == "more")
        if self.norm_at[comma] == ",":  # "380,000 more, the president said, had been wounded"
            past = self._speech_aside(comma)
            past = past if past > comma else self._included_aside(comma)
            if past == comma and figure.noun is None:
                past = self._past_people_set_off(comma)  # "300 more, mostly conscripts, were"
            if figure.noun is None and self._others_listed_as(figure):
                past = comma + 1  # "thousands more, listed as missing, ...": the status told
            after = after[: comma - figure.np_end] + after[past - figure.np_end :]
        after = self._past_including_aside(figure, after)
        # "lost 900 killed and that the dead and wounded were ...": a second reported
        # clause tells figures of its own
        own_clause = next(
            (
                k
                for k in range(1, min(len(after), 12))
                if after[k] == "that" and after[k - 1] in _AND_OR_BUT
            ),
            12,
        )
        after_head = after[: min(8, own_clause)]
        text_after = " ".join(after_head)
        # the verb group may end later: "troops deployed to the region had been killed or
        # wounded"; the pair is read up to the clause's end, the rest from the first words
        reach = next(
            (k for k, w in enumerate(after[:own_clause]) if w in _CLAUSE_MARKS), own_clause
        )
        pair = " ".join(after[:reach])
        if any(p in pair for p in _KILLED_AND_WOUNDED):
            text_after = pair
        head = figure.noun
        head_word = self.norm_at[figure.np_end - 1] if head is not None else ""
        head_word = self._loss_head_of(figure) or head_word
        # the dead and the wounded told together, in either order: no one kind
        paired = any(p in text_after for p in _KILLED_AND_WOUNDED)
        if self._struck_people(figure):
            if paired:
                # "1,200 civilians have been killed or injured in the strikes"
                return CasualtyCategory.TOTAL_LOSSES
            # "shelled the city, killing 25 people": the victims of an attack
            verb = self._struck_verb(figure)
            own = self.norm_at[figure.np_end - 1] if head is not None else ""
            # "were killed and 14 injured": the figure's own word, not the verb it shares
            word = own if own in _STRUCK_VERBS else self.norm_at[verb] if verb is not None else ""
            return (
                CasualtyCategory.KILLED
                if word in ("killing", "killed")
                else CasualtyCategory.WOUNDED
            )
        verb_before = self._harm_verb_before(figure)
        if verb_before is not None:
            return verb_before  # "has killed 12,000 civilians and wounded 30,000"
        joined = self._joined_subject(figure)
        if joined is not None:
            later = [f.first for f in self.m.figures if f.first >= joined.np_end]
            told = self._category_of(joined, start, later[0] if later else self.last)
            if told is not None:
                return told  # "7,000 servicemen and 2,000 civilians are held": the verb's
        if head_word in ("killed", "dead"):
            text_after = f"{head_word} {text_after}"  # "passed 790,000 killed and wounded"
            paired = paired or text_after.startswith(_KILLED_AND_WOUNDED)
        # the list may open on the noun group's own last word ("40,000 killed, wounded,
        # captured or missing") or after the verb's auxiliaries ("had been killed, wounded")
        listed = list(itertools.dropwhile(lx.HAVE_BE_AUXILIARIES.__contains__, after[:10]))
        if head_word in lx.KILLED_WORDS or head_word in lx.WOUNDED_WORDS:
            listed = [head_word, *listed]
        if paired or self._kinds_listed(listed):
            return CasualtyCategory.TOTAL_LOSSES  # the dead and the wounded, in either order
        if any(
            a in ("become", "became") and b in ("casualties", "losses")
            for a, b in itertools.pairwise(after[:5])
        ):
            return CasualtyCategory.TOTAL_LOSSES  # "4,700 had become casualties"
        if "killed or missing" in text_after or self._killed_or_gone_missing(listed):
            return CasualtyCategory.KILLED_OR_MISSING
        if any(
            a in ("treatment", "treated") and b == "for" and c in ("wounds", "injuries")
            for a, b, c in zip(after[:6], after[1:7], after[2:8], strict=False)
        ):
            # "370,000 had received treatment for wounds", "had been treated for wounds"
            return CasualtyCategory.WOUNDED
        if head_word == "casualties" or (
            head_word == "losses"
            and (self.norm_at[figure.np_end - 2] == "personnel" or figure.nationality is not None)
        ):
            # "6,790 (Russian) personnel losses", "4,120 Russian losses"
            return CasualtyCategory.TOTAL_LOSSES
        if head_word in ("deaths", "killed", "dead") or figure.before_of in _DEATHS_OF:
            return CasualtyCategory.KILLED
        if figure.before_of in _ACTS_ON_CAPTIVES:
            return None  # "the shooting of nine soldiers who had surrendered": an act's victims
        if figure.before_of in _CAPTIVITY and figure.noun is not None and not figure.remains:
            return CasualtyCategory.CAPTURED  # "has confirmed the captivity of 8,000 Ukrainians"
        if (
            head_word in ("wounded", "injured", "injuries")
            or after[:1] == ["injuries"]
            or figure.before_of in lx.INJURY_HEADS  # "the injuries of 1,200 civilians"
        ):
            return CasualtyCategory.WOUNDED  # "1,133 civilian injuries": the injured counted
        if head_word == "missing":
            return CasualtyCategory.MISSING
        if self._taken_prisoner(figure):
            return CasualtyCategory.CAPTURED  # "it has taken 100 Russian servicemen prisoner"
        if (
            not figure.remains
            and self._hand_over_offered(figure)
            and self._captives_offered(figure)
        ):
            # "ready to hand two captured North Korean soldiers over": the adjective says it
            return CasualtyCategory.CAPTURED
        dying = self._death_past_relative(figure)
        if dying is not None:
            return dying  # "65 prisoners who were being taken ... had died in the crash"
        # "lists more than 35,000 missing soldiers": the adjective in the noun group; not
        # "tens of thousands more missing in action or in captivity", a part added
        inside = [self.norm_at[i] for i in range(figure.last, figure.np_end - 1)]
        if (
            head is not None
            and not figure.before_of
            and not figure.remains
            and "more" not in inside
            and not lx.MISSING_WORDS.isdisjoint(inside)
        ):
            return CasualtyCategory.MISSING
        if (
            head is not None
            and self.norm_at[figure.np_end - 1] in lx.FIGHTERS  # not "wounded civilians"
            and not figure.before_of
            and not figure.remains
            and "more" not in inside
            and not lx.WOUNDED_WORDS.isdisjoint(inside)
            and self._after_a_toll_of_dead(figure)
        ):
            return CasualtyCategory.WOUNDED  # "120,000 deaths and 170,000 injured troops"
        if figure.before_of in lx.UNKNOWN_FATE and "unknown" in after[:12]:
            return CasualtyCategory.MISSING  # "the whereabouts of 287 residents remain unknown"
        # past an apposition ("60,000 people, soldiers and civilians, are listed as missing")
        words = _past_origin(self._past_apposition(figure, after[:16]))[:8]
        for k, word in enumerate(words):
            if word in _CLAUSE_MARKS:
                break
            if word == "taken" and (words[k + 1 : k + 2] or [""])[0] not in _TAKEN_CAPTIVE:
                continue  # "children who had been taken to Russia": moved, not captured
            if word == "whose" and (words[k + 1 : k + 2] or [""])[0] in ("remains", "bodies"):
                return None  # "400 servicemen whose remains were being held": dead, not captive
            if word == "whose" and (words[k + 1 : k + 2] or [""])[0] in lx.UNKNOWN_FATE:
                # "300 residents whose whereabouts are unknown"
                return CasualtyCategory.MISSING if "unknown" in words[k:] else None
            if of_unknown_fate(words[k:]):
                return CasualtyCategory.MISSING  # '300 residents remain "of unknown whereabouts"'
            if word == "lost" and self._lost_in_battle(figure, words, k):
                return CasualtyCategory.TOTAL_LOSSES  # "up to 900 servicemen lost in a day"
            if word in lx.KILLED_WORDS and word != "lost":
                return CasualtyCategory.KILLED
            if word in lx.MISSING_WORDS:
                if self._held_though_listed_missing(figure):
                    return CasualtyCategory.CAPTURED
                return CasualtyCategory.MISSING
            if word == "on" and self._on_missing_register(words[k + 1 : k + 4]):
                return CasualtyCategory.MISSING  # "63,000 people were on the national register"
            if word in lx.WOUNDED_WORDS:
                return CasualtyCategory.WOUNDED
            if self._held_or_missing(words, k):
                return CasualtyCategory.MISSING  # "listed as captured or missing": the register
            if word in _CAPTIVITY and words[k - 1 : k] == ["from"]:
                continue  # "two men from Sumy among those back from captivity": freed, not held
            if word == "held" and k > 0 and words[k - 1] in _HELD_PLACES:
                continue  # "residents remained in areas held by Ukrainian forces": the land held
            if word in lx.CAPTURED_WORDS or (
                (word in lx.CAPTIVE_AFTER or word in _DETAINED) and not figure.remains
            ):
                return CasualtyCategory.CAPTURED  # "at least 30 clergy have been detained"
            if (
                word == "as"
                and not figure.remains
                and (words[k + 1 : k + 2] or [""])[0] in _CAPTIVE_NOUNS
                and self._registered_as(figure, figure.np_end + k)
            ):
                return CasualtyCategory.CAPTURED  # "registered 5,000 as prisoners of war"
        if not figure.remains and self._in_captivity(after[:_CAPTIVITY_REACH]):
            return CasualtyCategory.CAPTURED  # "... are still listed as being in captivity"
        if not figure.remains and self._left_with_other(figure) is not None:
            return CasualtyCategory.CAPTURED  # "60 more Kursk residents remain on Ukrainian soil"
        if not figure.remains and self._gave_up(figure):
            return CasualtyCategory.CAPTURED  # "1,900 fighters had laid down their arms"
        if self._captives_on_record(figure):
            return CasualtyCategory.CAPTURED  # "has information on 1,800 civilian hostages"
        if self._other_fate_told(figure):
            return None  # "... had been killed and that 120,000 residents had been evacuated"
        opened = self._clause_start(figure.first, start)
        clause = [self.norm_at[i] for i in range(opened, figure.first)]
        restated = self._vague_object_restated(figure, start)
        if restated is not None:
            # "it holds many more, more than 6,000": the figure is the verb's object
            clause = [self.norm_at[i] for i in range(restated, figure.first)]
        elif opened == figure.first and self._dash_aside_before(opened - 1, start) is not None:
            # "Russia has lost — killed, wounded, captured — over 880,000": the verb's clause
            before = self._dash_aside_before(opened - 1, start) or opened
            clause = [self.norm_at[i] for i in range(self._clause_start(before, start), before)]
        elif self.norm_at[opened - 1] == ",":
            aside = self._clause_start(opened - 1, start)
            if self.norm_at[aside - 1] == "," and (
                self._relative_aside(aside, opened - 1)
                # "Ukraine's losses, the ministry said, amounted to": an aside of saying
                or self._speech_aside(aside - 1) == opened
                # "its figure for Ukrainian losses, given at the briefing, was": when stated
                or self.norm_at[aside] in _STATED_PARTICIPLES
            ):
                # "Ukraine's losses in Kursk, where ..., had exceeded": the subject's clause
                subject = self._clause_start(aside - 1, start)
                clause = [self.norm_at[i] for i in range(subject, aside - 1)] + clause
        if set(clause[-4:]) & lx.HOLDING_VERBS and not figure.remains:
            return CasualtyCategory.CAPTURED  # "Russia is still holding more than 8,000"
        if self._had_for_held(figure):
            return CasualtyCategory.CAPTURED  # '..., while Ukraine had "1,348" Russians'
        if not figure.remains and self._held_conjunct(figure):
            return CasualtyCategory.CAPTURED  # "holds 7,000 soldiers and at least 900 civilians"

        if not figure.remains and any(
            a in lx.HOLDING_VERBS and b == "what" for a, b in itertools.pairwise(clause[-12:])
        ):
            return CasualtyCategory.CAPTURED  # "it holds what officials called 'over 1,000'"
        if set(clause[-2:]) & _CAPTURING and figure.noun is not None and not figure.remains:
            return CasualtyCategory.CAPTURED  # "Ukraine captured two North Korean soldiers"
        if (
            clause[-1:] == ["taken"]
            and self.norm_at[figure.np_end - 1] in _CAPTIVE_NOUNS
            and not figure.remains
            and self.norm_at[figure.np_end] not in _TAKEN_ONWARD
        ):
            return CasualtyCategory.CAPTURED  # "his forces have taken more than 2,000 prisoners"
        if self._prisoners_taken(figure):
            return CasualtyCategory.CAPTURED  # "yielded, by Kyiv's reckoning, 700 prisoners"
        if self._searched_for(clause, figure):
            return CasualtyCategory.MISSING  # "his office was searching for 50,000 people"
        if "losses" in clause or "casualties" in clause:
            # "losses mount as Kyiv shows two captured soldiers": the men shown are no toll
            return None if "captured" in inside else CasualtyCategory.TOTAL_LOSSES
        if any(p in " ".join(clause[-4:]) for p in _KILLED_AND_WOUNDED):
            return CasualtyCategory.TOTAL_LOSSES  # "had killed or wounded 1,120 soldiers"
        if set(clause) & lx.LOST_IS_LOSSES:
            return CasualtyCategory.TOTAL_LOSSES
        if set(clause) & {"killed", "dead", "died", "executed"}:
            return CasualtyCategory.KILLED
        if set(clause) & {"deaths", "fatalities"} or "death toll" in " ".join(clause):
            return CasualtyCategory.KILLED  # "the death toll had reached 31,000 soldiers"
        return None

    def _described_loss_before(self, opened: int, start: int) -> int | None:
        """The comma after a loss noun whose value "of" at ``opened`` gives past an aside.

        "Russian losses, a figure that counts the wounded too, of 90,000": the aside, set
        off by commas and opening on an article, describes the losses whose value "of"
        gives; the aside's own commas ("of killed, wounded and captured") are passed.
        """
        if self.norm_at[opened] != "of" or self.norm_at[opened - 1] != ",":
            return None
        for comma in range(opened - 2, max(start, opened - _DESCRIBED_ASIDE_REACH) - 1, -1):
            word = self.norm_at[comma]
            if word in (".", ";", ":"):
                return None
            if (
                word == ","
                and self.norm_at[comma + 1] in ("a", "an")
                and self.norm_at[comma - 1] in _PLURAL_LOSS_HEADS
            ):
                return comma
        return None

    def _parts_of_other_side(self, figure: FigureMention, subject: tuple[str, ...]) -> bool:
        """Whether the parts the toll is split into after a colon are another side's people.

        "Moscow said 74 people were killed: 65 Ukrainian servicemen, six crew members
        and three escorts": the parts say whose dead the whole counts, so a side the
        whole was given otherwise (here the teller's) is not theirs, and no side is sure.
        """
        reach = range(figure.np_end, min(self.last, figure.np_end + 6))
        colon = next((i for i in reach if self.norm_at[i] in _CLAUSE_MARKS | {"."}), None)
        if colon is None or self.norm_at[colon] != ":":
            return False
        return any(
            part.first > colon and part.nationality not in (None, *subject)
            for part in self.m.figures
        )

    def _joined_subject(self, figure: FigureMention) -> FigureMention | None:
        """The figure "and" joins to this one as a second subject of the same verb.

        "around 7,000 servicemen and several thousand civilians are held by Russia": both
        counts of people are the subject of "are held", so the first takes the verb told
        after the second. Not the parts of a whole set off by a dash, colon or comma
        ("390 people: 270 soldiers and 120 civilians"), which are the whole's.
        """
        if figure.noun is None or figure.noun.category is None:
            return None  # "61,207 killed and 49,368 wounded": each figure its own kind
        if self.norm_at[figure.first - 1] in _WHOLE_MARKS:
            return None
        joined = next((f for f in self.m.figures if f.first >= figure.np_end), None)
        if joined is None or joined.noun is None or joined.noun.category is None:
            return None
        if joined.first != figure.np_end + 1 or self.norm_at[figure.np_end] != "and":
            return None
        return joined

    def _lost_in_battle(self, figure: FigureMention, words: list[str], k: int) -> bool:
        """Whether "lost" at ``k`` after a count of fighters is their loss in battle.

        "up to 900 soldiers lost in the past day", "400 troops were lost over the week":
        a participle (maybe passive) with no object counts killed and wounded alike, as
        "lost N troops" does; "soldiers who lost their lives" or "lost contact" do not.
        """
        if self.norm_at[figure.np_end - 1] not in lx.FIGHTERS:
            return False
        if not set(words[:k]) <= _LOST_AUXILIARIES:
            return False
        following = words[k + 1 : k + 3]
        return following[:1] == [] or (
            following[0] in _AFTER_LOST and following != ["in", "action"]
        )

    def _harm_verb_before(self, figure: FigureMention) -> CasualtyCategory | None:
        """The kind told by an active verb of harm whose object is the figure, before another.

        "Russia's invasion has killed 12,000 civilians and wounded 30,000": the verb after
        "and" has an object of its own, so the figure's kind is the verb before it.
        """
        verb = self.norm_at[figure.first - 1]
        if verb not in ("killed", "wounded", "injured") or self.norm_at[figure.first - 2] in (
            "or",
            "and",
        ):
            return None
        after = figure.np_end
        if self.norm_at[after] != "and" or self.norm_at[after + 1] not in (
            "killed",
            "wounded",
            "injured",
        ):
            return None
        if (
            not any(f.first == after + 2 for f in self.m.figures)
            and not self.tokens[after + 2].text[:1].isdigit()
        ):
            return None
        return CasualtyCategory.KILLED if verb == "killed" else CasualtyCategory.WOUNDED

    @staticmethod
    def _searched_for(clause: list[str], figure: FigureMention) -> bool:
        """Whether the people counted are the object of a search: the missing.

        "his office was searching for more than 50,000 people": those still sought are
        missing, whoever searches; bodies sought are dead, and no people no one.
        """
        return (
            len(clause) >= 2
            and clause[-2] in _SEARCHING
            and clause[-1] == "for"
            and figure.noun is not None
            and not figure.remains
        )

    def _vague_object_restated(self, figure: FigureMention, start: int) -> int | None:
        """Where the clause opens when the figure restates a vague object: "holds many more, N".

        "Moscow says it holds far more, over 6,000 prisoners": the figure, right after a
        comma, colon or dash, puts a number to the comparative its verb took ("many
        more", "far more", "many"), so it is that verb's object. Only those few words
        may stand between the verb and the mark.
        """
        mark = figure.first - 1
        if mark <= start or self.norm_at[mark] not in _RESTATING_MARKS:
            return None
        k = mark - 1
        while k > start and mark - k <= 2 and self.norm_at[k] in _VAGUE_OBJECT_WORDS:
            k -= 1
        if k == mark - 1 or self.norm_at[mark - 1] not in ("more", "many"):
            return None
        return self._clause_start(k, start)

    def _prisoners_taken(self, figure: FigureMention) -> bool:
        """Whether prisoners are the object of a verb of taking them: "took 700 prisoners".

        The verb ("take", "yield", "net") stands right before the figure or before a
        short aside set off by commas ("yielded, by Kyiv's reckoning, more than 700
        Russian prisoners"); prisoners taken onward ("took 65 prisoners to the
        exchange") or a sentence that tells of a handover moved them, not took them.
        """
        if (
            figure.remains
            or self.norm_at[figure.np_end - 1] not in _CAPTIVE_NOUNS
            or self.norm_at[figure.np_end] in _TAKEN_ONWARD
            or any(t.first < figure.first for t in self.m.transfers)
            # "took 120 prisoners, officials said, toward the border": moved on, past an aside
            or any(
                self.norm_at[i] in _MOVED_ONWARD
                for i in range(figure.np_end, min(self.last, figure.np_end + 8))
            )
        ):
            return False
        verb = figure.first - 1
        if self.norm_at[verb] == ",":
            verb = next(
                (
                    i - 1
                    for i in range(verb - 1, max(self.first, verb - 8), -1)
                    if self.norm_at[i] == ","
                ),
                verb,
            )
        return self.norm_at[verb] in _lemmas.TAKING_CAPTIVES

    def _fate_before_return(self, figure: FigureMention) -> bool:
        """Whether a loss told of the figure's people is what had been true before their return.

        "the returned included ..., and among them were two men who had been reported
        killed in action", "the 36 Ukrainians in the December group who had been
        captured in 2022": a pluperfect relative of people a sentence about a return
        (or a group of returnees) counts tells their past, not a toll or a count of captives.
        """
        if figure.before_of in _DEATHS_OF:
            return False  # "the killing of 15 soldiers who had been taken prisoner": a toll
        # "who" straight after the noun group or past a phrase: "36 Ukrainians in the group who"
        at = next(
            (
                i
                for i in range(figure.np_end, min(self.last, figure.np_end + 5))
                if self.norm_at[i] == "who"
            ),
            None,
        )
        if at is None:
            # "Among those freed were two soldiers listed as missing": a reduced relative
            reduced = figure.np_end
            if self.norm_at[reduced] not in _REPORTED_AS or self.norm_at[reduced + 1] != "as":
                return False
            if self.norm_at[reduced + 2] not in _FATE_WORDS:
                return False
            return any(_lemmas.is_transfer_form(w) for w in self.norm_set)
        # "Among them are 25 marines who were taken prisoner": a part of people told
        # before, whose simple-past relative tells their past as well as a pluperfect does
        part = self._among_them_opens(figure)
        if (self.norm_at[at + 1], self.norm_at[at + 2]) == ("had", "been"):
            told = at + 3
        elif part and self.norm_at[at + 1] in ("was", "were"):
            told = at + 2
        else:
            return False
        told += self.norm_at[told] in _REPORTED_AS
        if self.norm_at[told] in ("as", "in"):
            told += 1
        if self.norm_at[told] not in _FATE_WORDS:
            return False
        return (
            part
            or "group" in self.norm_set
            or any(_lemmas.is_transfer_form(w) for w in self.norm_set)
        )

    def _among_them_opens(self, figure: FigureMention) -> bool:
        """Whether the sentence opens with the figure as a part of people told before.

        "Among them are 25 marines ...", "Among those were 40 ...": the pronoun takes
        up the group of the sentence before, so the figure counts some of its people.
        """
        return (
            self.norm_at[self.first] == "among"
            and self.norm_at[self.first + 1] in lx.PART_PRONOUNS
            and self.norm_at[self.first + 2] in ("are", "were")
            and figure.first == self.first + 3
        )

    def _gap_term(self, figure: FigureMention) -> bool:
        """Whether the figure is a term of a comparison: "the gap between 111,000 named
        dead and one million claimed losses", "the difference between the 90,000 and
        the 700,000": figures told again to be set against each other, not claimed."""
        if "between" not in self.norm_set:
            return False
        at = next(
            (
                i
                for i in range(figure.first - 1, max(self.first, figure.first - 12) - 1, -1)
                if self.norm_at[i] == "between" or self.norm_at[i] in _CLAUSE_MARKS
            ),
            None,
        )
        if at is None or self.norm_at[at] != "between":
            return False
        return self.norm_at[at - 1] in _GAP_NOUNS

    def _other_fate_told(self, figure: FigureMention) -> bool:
        """Whether the figure's people have a verb of their own that tells no loss.

        "12 civilians had been killed and that more than 120,000 residents had been
        evacuated": the second figure is the subject of "evacuated", so the loss word
        of the clause before it does not count its people.
        """
        at = figure.np_end
        while self.norm_at[at] in lx.HAVE_BE_AUXILIARIES and at < self.last:
            at += 1
        verb = self.norm_at[at]
        return (
            at > figure.np_end
            and verb.endswith("ed")
            and verb.isalpha()
            and verb not in _FATE_WORDS
        )

    @staticmethod
    def _held_or_missing(words: list[str], k: int) -> bool:
        """Whether the word of captivity at ``k`` opens a pair "held (by Russia) or missing".

        People "held or missing" are one group, each of them one or the other, as people
        "missing or held" are; whichever word comes first, the group is counted as missing.
        """
        if words[k] not in lx.CAPTURED_WORDS | lx.CAPTIVE_AFTER | _DETAINED:
            return False
        for j in range(k + 1, min(len(words) - 1, k + 5)):
            if words[j] in _CLAUSE_MARKS or words[j] in ("and", "but") or words[j][:1].isdigit():
                return False
            if words[j] == "or":
                return words[j + 1] in lx.MISSING_WORDS
        return False

    def _held_though_listed_missing(self, figure: FigureMention) -> bool:
        """Whether people "considered missing" are said, by the clause's own verb, to be held.

        "1,000 soldiers listed as missing are in fact in Russian prisons": the participle
        names how they were counted, the verb after it where they are; "listed as missing
        or held" and "are believed missing" keep them missing.
        """
        at = next(
            (
                i
                for i in range(figure.np_end, min(self.last, figure.np_end + 4))
                if self.norm_at[i] in lx.MISSING_WORDS
            ),
            None,
        )
        if at is None:
            return False
        regard = at - 1 - (self.norm_at[at - 1] == "as")
        if regard < figure.np_end or self.norm_at[regard] not in _REGARDED_AS:
            return False
        rest = self._words_at(at + 1, _CAPTIVITY_REACH)
        verb = next((k for k, w in enumerate(rest[:2]) if w in lx.BEING_NOW), None)
        if verb is None:
            return False  # "listed as missing or held": no verb of its own after the participle
        told = rest[verb + 1 :]
        return self._in_captivity(told) or "held" in told[:3]

    def _on_missing_register(self, after_on: list[str]) -> bool:
        """Whether people said to be "on the (national) register" are the missing.

        A bare register holds the missing only where the sentence tells of the
        missing ("the commissioner for missing persons") and of no dead or captives.
        """
        if not any(w in _REGISTERS and w not in ("count", "tally") for w in after_on):
            return False
        words = self.norm_set
        others = lx.KILLED_WORDS | lx.CAPTURED_WORDS | (lx.NOT_ONLY_DEAD - lx.MISSING_WORDS)
        return not words.isdisjoint(lx.MISSING_WORDS) and words.isdisjoint(others)

    @staticmethod
    def _kinds_listed(after: list[str]) -> bool:
        """Whether the words after a noun group list the dead and the wounded among other kinds.

        "lost 860,000 troops, killed, wounded and captured" sums every kind the
        list names, so the figure is one of total losses, not of its last kind.
        """
        kinds: set[str] = set()
        for word in after:
            if word in lx.KILLED_WORDS:
                kinds.add("killed")
            elif word in lx.WOUNDED_WORDS:
                kinds.add("wounded")
            elif word not in lx.CAPTURED_WORDS | lx.MISSING_WORDS | _KIND_JOINERS:
                break
        return kinds == {"killed", "wounded"}

    def _daily(self, figure: FigureMention, clause_end: int) -> bool:
        """Whether the figure is one day's losses: "about 1,350 in the past day".

        The window may also open the clause: "over the past day the enemy lost 1,290",
        or the sentence, set off by a comma: "In the 24 hours to Tuesday, Russia lost 990".
        A window told after another figure is that figure's, not this one's.
        """
        if self.norm_set.isdisjoint(lx.DAILY_WINDOW.firsts):
            return False  # no word a window opens with: no position below can start one
        start = max(self._clause_start(figure.first, self.first), figure.first - 12)
        # "Over the past day, the ministry said, losses came to 1,150": an aside of saying
        # between the opening phrase and its clause changes nothing
        opened = self._speech_aside_opening(start - 1)
        comma = start - 1 if opened is None else opened
        opening = self._clause_start(comma, self.first) == self.first
        if self.norm_at[comma] == "," and opening:
            start = self.first  # an opening phrase ends at the comma: its window is the clause's
        # "lost 1,220 troops over the previous day, bringing its total to 853,600", "losses
        # over the past day were 1,030, taking the total to 1,512,400": a window told with
        # another figure is that figure's, and the total told after it is no day's
        others = [
            f
            for f in self.m.figures
            if self.first <= f.first < figure.first and not self._span_of_time(f)
        ]
        before = [
            i
            for i in range(start, figure.first)
            if not any(
                i < f.first
                or (
                    i - f.np_end < _WINDOW_AFTER_FIGURE
                    and not self._any_in(self.breaks, f.np_end, i)
                )
                for f in others
            )
        ]
        return any(
            self.norm_at[i] in lx.DAILY_WINDOW.firsts
            and lx.DAILY_WINDOW.match(self.tokens, i, self.last) is not None
            and not self._count_window(i)
            # "1,410 servicemen killed and wounded over the past 24 hours": past the noun group
            # "lost 300 servicemen killed and wounded in the region in the past 24 hours":
            # the window is counted from the noun group's end
            for i in (*before, *range(figure.last, min(clause_end, figure.np_end + 10)))
        )

    def _died_on_a_day(self, figure: FigureMention, clause_end: int) -> bool:
        """Whether the figure's people "were killed on" one day: that day's toll.

        "More than 50 prisoners were killed in the colony on 29 July", "1,100 soldiers died
        on Monday": the day dates the deaths themselves, so the figure counts that day's
        dead, never all the dead since the war began. The day must follow the verb of dying
        in the figure's own clause, past at most a short phrase of place.
        """
        at = figure.np_end + (self.norm_at[figure.np_end] in ("were", "was"))
        if self.norm_at[at] not in lx.DIED_VERBS:
            return False
        for date in self.m.dates:
            on = date.first - 1
            if date.since or self.norm_at[on] != "on" or not at < on < clause_end:
                continue
            if on - at <= _PLACE_BEFORE_DAY and names_a_day(date.text):
                return not any(
                    self.norm_at[i] in lx.SPEECH
                    or self.tokens[i].kind == NUM
                    or self.norm_at[i] == ","
                    for i in range(at + 1, on)
                )
        return False

    def _count_window(self, i: int) -> bool:
        """Whether the window at ``i`` is a count's own: "(its figure) for the past day".

        Such a window dates the count's value told after it ("..., and its figure for
        the past day was 990"), not a figure told before it.
        """
        prep = i - 1 - (self.norm_at[i - 1] == "the")
        return self.norm_at[prep] == "for" and self.norm_at[prep - 1] in SERIES_HEADS

    def _one_span(self, figure: FigureMention, clause_end: int) -> bool:
        """Whether every rate word in the figure's clause is a span after "in": "in a week".

        "1,300 were killed in a week" (or "in a little over a month") counts one span's
        dead, a toll over that span; only "1,300 a week" is a rate.
        """
        k = bisect.bisect_left(self.rates, figure.last)
        found = [i for i in self.rates[k:] if i < clause_end]
        return bool(found) and all(
            self.norm_at[i] == "a" and i > self.first and self._span_opened(i) for i in found
        )

    def _span_opened(self, a: int) -> bool:
        """Whether the "a" at ``a`` opens a span: "in a week", "in the space of a week"."""
        if self.norm_at[a - 1] in _SPAN_BEFORE:
            return True
        return (
            a - 4 >= self.first
            and [self.norm_at[a - 1], self.norm_at[a - 3]] == ["of", "the"]
            and self.norm_at[a - 2] in _SPAN_NOUNS
            and self.norm_at[a - 4] in _SPAN_BEFORE
        )

    def _excluded(self, figure: FigureMention, stop: int) -> bool:
        """A rate ("every day"), a projection ("likely to reach") or a plan is no claim."""
        k = bisect.bisect_left(self.breaks, figure.np_end)
        clause_end = min(stop, self.breaks[k] if k < len(self.breaks) else self.last)
        if self._any_in(self.rates, figure.last, clause_end):  # not "in its daily update"
            if figure.before_of in _KIN:
                return False  # "the families of 540 men listed as missing come every week"
            if self._one_night(figure, clause_end) or self._one_span(figure, clause_end):
                return False  # "600 were killed in a strike on the barracks overnight"
            return not self._daily(figure, clause_end)
        if self._about_to_be(figure, clause_end):
            return True  # "one soldier who was about to be taken prisoner": it never happened
        if self.norm_at[figure.np_end] in _RECRUITED and not any(
            self.norm_at[i] in _LOSS_KIND_WORDS for i in range(figure.np_end, clause_end)
        ):
            return True  # "tens of thousands of prisoners recruited from penal colonies"
        if self._hand_over_offered(figure):
            return False  # "it could hand two captured soldiers over": the modal is the offer's
        before = {
            self.norm_at[i]
            for i in range(max(self.first, figure.first - 3), figure.first)
            if self.tokens[i].text != "May"  # the month, not the modal
            # "the dead likely number in the tens of thousands": a hedge on a present
            # count; "likely to reach" is the projection
            and not (self.norm_at[i] == "likely" and self.norm_at[i + 1] != "to")
            and not self._hedged_past(i)
            and not self._modal_of_count(i)
        }
        return bool(before & lx.FUTURE)

    def _about_to_be(self, figure: FigureMention, clause_end: int) -> bool:
        """Whether the people counted were only on the point of their fate: "two soldiers
        who were about to be captured", "one man, about to be taken prisoner, ...".

        "about to be" right after the figure's noun group (past a comma, a relative word
        or a copula only) tells a harm that had not yet happened, so the figure counts
        no one killed, captured or missing.
        """
        for i in range(figure.np_end, min(clause_end, figure.np_end + 5)):
            if (self.norm_at[i], self.norm_at[i + 1], self.norm_at[i + 2]) == ("about", "to", "be"):
                return True
            if self.norm_at[i] not in _BEFORE_ABOUT_TO:
                return False  # "were captured and are about to be questioned": it happened
        return False

    def _object_of_negated(self, figure: FigureMention) -> bool:
        """Whether the figure is the object of a negated verb: "it does not hold thousands of
        Russian dead", "has not admitted losing 1.5 million", "did not speak of 52,000".

        What a side says it does not have, or has not done, is no count of its own. A quote
        opened before the figure ("has not lost \"two million soldiers\"") is passed over.
        """
        verb = figure.first - 1
        verb -= self.norm_at[verb] in lx.QUOTE_MARKS
        if not self.norm_at[verb].isalpha() or self.norm_at[verb] in _NEGATIONS:
            return False
        if self.norm_at[verb] == "of" and self.norm_at[verb - 1] in _lemmas.SPEAKING:
            verb -= 1  # "but did not talk of 52,000 missing": the figure the verb gives
        if self.norm_at[verb].endswith("ing") and self.norm_at[verb - 1].isalpha():
            # "Ukraine has not admitted losing 1.5 million": the gerund's verb is negated
            verb -= self.norm_at[verb - 1] not in _NEGATIONS
        if self.norm_at[verb - 1].endswith(("n't", "n’t")):
            return True  # "doesn't hold", "hasn't lost"
        return (
            self.norm_at[verb - 1] in _NEGATIONS
            and self.norm_at[verb - 2] in lx.OPERATOR_AUXILIARIES
        )

    def _counterfactual(self, figure: FigureMention) -> bool:
        """Whether the figure is in an unreal "if" clause: "If Ukraine had lost a million
        men, there would be no front line".

        A past perfect after "if", answered by "would" later in the sentence, supposes a
        loss to deny it; it is no count anyone gives.
        """
        opened = self._clause_start(figure.first, self.first)
        heads = [
            i for i in range(max(self.first, opened - 1), figure.first) if self.norm_at[i] == "if"
        ]
        if not heads or self.norm_at[heads[-1] - 1] in ("as", "even", "only"):
            return False
        perfect = any(self.norm_at[i] == "had" for i in range(heads[-1] + 1, figure.first))
        answered = any(self.norm_at[i] in ("would", "'d") for i in range(figure.np_end, self.last))
        return perfect and answered

    def _modal_of_count(self, at: int) -> bool:
        """Whether a modal at ``at`` hedges what a count of losses is: "the true number
        of dead could be around 200,000".

        "could", "may" or "might" before "be", right after a noun for a count or for
        losses, weighs the value the figure has now; "could reach" is a projection.
        """
        if self.norm_at[at] not in _GUESS_MODALS or self.tokens[at].text == "May":
            return False
        link = at + 1 + (self.norm_at[at + 1] == "well")  # "may well be"
        if self.norm_at[link] != "be":
            return False
        head = self.norm_at[at - 1]
        return (head in lx.NUMBER_NOUNS or head in lx.LOSS_HEADS) and not self._deadline()

    def _deadline(self) -> bool:
        """Whether the sentence sets a time to come with "by": "by winter", "by the end of 2025".

        "Russian losses could be 1,000,000 by winter" projects; the modal is no hedge then.
        """
        for i in range(self.first, self.last - 1):
            if self.norm_at[i] != "by":
                continue
            after = i + 1 + (self.norm_at[i + 1] == "the")
            word = self.norm_at[after]
            if word in lx.MONTHS or word in _DEADLINE_WORDS or word.isdigit():
                return True
        return False

    def _size_of_change(self, figure: FigureMention) -> bool:
        """Whether the figure is the size of a change: "a rise of roughly 3,000 killed".

        After "a rise of", "an increase of" or "a jump of" the figure counts how much a
        total grew between two counts, not the people a side has lost in all; the total
        itself is told by its own figure.
        """
        return (
            self.norm_at[figure.first - 1] == "of"
            and self.norm_at[figure.first - 2] in _CHANGE_NOUNS
            and self.norm_at[figure.first - 3] in ("a", "an")
        )

    def _hedged_past(self, at: int) -> bool:
        """Whether "likely" at ``at`` hedges a count already made: "were likely to be 950,000".

        After a past copula ("was", "were") or before "to have", the estimate is of
        losses so far, not a projection ("are likely to reach 1 million"); so is "is
        likely to be" after a count or loss noun with no deadline ("by winter").
        """
        if self.norm_at[at] != "likely" or self.norm_at[at + 1] != "to":
            return False
        if self.norm_at[at + 2] == "have" or (
            self.norm_at[at + 2] == "be" and self.norm_at[at - 1] in ("was", "were")
        ):
            return True
        # "the number killed is likely to be around 150,000": a present copula after a
        # count or loss noun weighs the value it has now, unless a time to come is set
        head = self.norm_at[at - 2]
        return (
            self.norm_at[at + 2] == "be"
            and self.norm_at[at - 1] in ("is", "are")
            and (head in lx.NUMBER_NOUNS or head in lx.LOSS_HEADS)
            and not self._deadline()
            and not self._time_to_come_after(at + 3)
        )

    def _time_to_come_after(self, start: int) -> bool:
        """Whether a time to come follows ``start`` before a said-clause or the sentence end.

        "is likely to be 250,000 when the war ends", "... within months", "... in the
        coming year": the estimate is of a future count, not the one held now. A word of
        time in the closing ", analysts said after the meeting" is the saying's own.
        """
        for i in range(start, self.last):
            word = self.norm_at[i]
            if word in _CLAUSE_MARKS and any(
                self.norm_at[k] in lx.SPEECH for k in range(i + 1, min(self.last, i + 5))
            ):
                return False
            if word in _TIME_TO_COME:
                return True
        return False

    def _one_night(self, figure: FigureMention, clause_end: int) -> bool:
        """Whether the only rate word in the figure's clause is "overnight": one event's toll.

        "more than 600 soldiers were killed in a missile strike overnight" counts
        the dead of one night, not a rate per night, however far the word stands.
        """
        k = bisect.bisect_left(self.rates, figure.last)
        found = [i for i in self.rates[k:] if i < clause_end]
        return bool(found) and all(self.norm_at[i] == "overnight" for i in found)

    def _one_attack_toll(self, figure: FigureMention, stop: int, military: bool) -> bool:
        """Whether the figure's sentence ties it to one attack: "a missile strike on 24 June
        killed 20 people".

        The dead and hurt of one attack are news of that attack, not a side's claim of war
        losses, whoever gives them ("the mayor says 15 people were injured in the overnight
        attack"); soldiers and prisoners too when the narrator tells them ("an explosion at
        the camp killed at least 50 prisoners of war"), but an official's word on soldiers
        stays a claim. After an attack told in the sentence before, a said toll is refused
        only when it counts people ("four people were injured"), not a bare "toll of 40"
        whose dead that sentence may name as soldiers.
        """
        soldiers = military or any(
            f.noun is not None and f.noun.category in lx.SOLDIER_KINDS for f in self.m.figures
        )
        if soldiers and self._killed_by_one_strike(figure):
            return True  # "a strike on the barracks killed 89 soldiers, according to Moscow"
        if soldiers and self._dead_in_attack_clause(figure):
            return True  # "a blast on 29 July in which, Moscow says, 53 prisoners were killed"
        if soldiers and self._killed_in_one_attack(figure):
            return True  # "the ministry said it had killed 600 soldiers in a missile strike"
        if self._toll_of_attack_before(figure):
            return True  # "... killed in the blast. Yesterday it gave a lower toll of 40"
        if self._toll_from_one_attack(figure):
            return True  # "the death toll from that attack has risen to 32"
        if soldiers and (self.m.speech or self.m.according):
            return False
        k = bisect.bisect_left(self.breaks, figure.np_end)
        clause_end = min(stop, self.breaks[k] if k < len(self.breaks) else self.last)
        if self._attack_told(clause_end):
            return True
        if soldiers:
            return False  # soldiers after an attack told before may be a count of their own
        if self._launch_told(figure):
            return True
        if self._one_day_toll(figure):
            return True
        if self._killed_by_one_day_shelling(figure):
            return True  # "shelling of the city on 30 December had killed 25 people"
        if (
            (self.m.speech or self.m.according)
            and (figure.noun is None or self.norm_at[figure.np_end - 1] not in _STRUCK_HEADS)
            and not self._struck_by_ellipsis(figure)
        ):
            return False  # "Yesterday it gave a lower toll of 40": whose dead is told before
        # "... the largest single attack of the war. At least 12 people were killed": the
        # attack the sentence before told, when this one counts no running total
        return (
            self.index > 0
            and self.discourse.attack == self.index - 1
            and not any(d.since for d in self.m.dates)
            and self.norm_set.isdisjoint(_RUNNING_TOTAL_WORDS)
            and self.norm_set.isdisjoint(lx.ONE_ATTACK_NOUNS | {"attacks", "strikes"})
        )

    def _toll_of_attack_before(self, figure: FigureMention) -> bool:
        """Whether a "toll of 40" goes on from one attack told before it, in its own sentence
        or the one before.

        "... were killed in the blast on Thursday. Yesterday it gave a lower death toll of
        40", "50 died in what it called a missile strike; Kyiv puts the toll at 53": a toll
        with no span of its own is that attack's, and so no claim; a figure of losses ("said
        losses had reached 900,000") or a running toll ("a toll of 90 since May") is no
        attack's.
        """
        if not any(
            self.norm_at[i] == "toll"
            for i in range(max(self.first, figure.first - 3), figure.first)
        ):
            return False
        if not self.norm_set.isdisjoint(_RUNNING_TOTAL_WORDS) or any(d.since for d in self.m.dates):
            return False
        told_before = self.index > 0 and self.discourse.attack == self.index - 1
        return told_before or self._attack_told(figure.first)

    def _toll_from_one_attack(self, figure: FigureMention) -> bool:
        """Whether the figure's clause gives the toll "from" (or "of") one attack it names.

        "The death toll from that attack had risen to 32", "the toll of civilians from the
        strike stands at 14": a toll whose attack noun is singular and marked as one event
        is that attack's news, whoever tells it; "the toll from Russian attacks" (many) or
        a running toll ("since May", "in total") stays a claim.
        """
        if "toll" not in self.norm_set or self.norm_set.isdisjoint(lx.ONE_ATTACK_NOUNS):
            return False  # most sentences: no toll of an attack
        if not self.norm_set.isdisjoint(_RUNNING_TOTAL_WORDS) or any(d.since for d in self.m.dates):
            return False
        toll = None
        for i in range(figure.first - 1, max(self.first, figure.first - _TOLL_REACH), -1):
            if self.norm_at[i] in (",", ";", ":"):
                return False
            if self.norm_at[i] == "toll":
                toll = i
                break
        if toll is None:
            return False
        # "the toll (of Ukrainian civilians) from the missile strike on the market"
        for j in range(toll + 1, figure.first - 2):
            if self.norm_at[j] not in ("from", "of", "in"):
                continue
            noun = j + 2
            if self.norm_at[noun] not in lx.ONE_ATTACK_NOUNS:
                noun += 1  # "from the missile strike": one modifier before the noun
            if self.norm_at[noun] in lx.ONE_ATTACK_NOUNS:
                marker = self.norm_at[j + 1]
                return marker in lx.ONE_ATTACK_DETERMINERS | _ONE_ATTACK_POINTERS | _ATTACK_OWNERS
        return False

    def _one_day_toll(self, figure: FigureMention) -> bool:
        """Whether the figure counts people who "were killed" (or hurt) on one day the
        sentence names: "On Tuesday, five people were killed and 40 wounded in Kyiv".

        A simple past passive dated to one day tells what happened that day, the toll of
        that day's attacks whether or not one is named, and no side's count of its losses.
        A perfect ("have been killed"), a span ("since May", "this month", "from Monday to
        Wednesday": each date must name its day alone) or a verb of saying before the figure
        (whose day the date may be) keeps the figure a claim.
        """
        if not self.m.dates or any(v < figure.first for v in self.m.speech):
            return False
        if not self.norm_set.isdisjoint(_RUNNING_TOTAL_WORDS):
            return False
        toll = figure
        if self._struck_by_ellipsis(figure):  # "... and 40 wounded": the toll told before
            first = self._first_struck_toll()
            toll = next(f for f in self.m.figures if f.first == first)
        if toll.noun is None or self.norm_at[toll.np_end - 1] not in _STRUCK_HEADS:
            return False
        verb = self._past_place(toll.np_end)
        if self.norm_at[verb] not in ("were", "was") or self.norm_at[verb + 1] not in _STRUCK_VERBS:
            return False
        return all(not d.since and self._one_day_named(d) for d in self.m.dates)

    def _dead_in_attack_clause(self, figure: FigureMention) -> bool:
        """Whether the figure stands in an "in which" ("during which") clause on one attack.

        "The camp was hit by a blast on 29 July in which, according to Moscow, 53 prisoners
        were killed": the clause gives the toll of the attack the narrator tells as an
        event, the source only tagged to it, as "a blast killed 53 prisoners" would. The
        attack noun must head the phrase the clause hangs on ("a strike operation" is an
        operation), the figure's verb must tell a toll ("were captured" tells none), and a
        span ("since May", "over five months") or running-total word keeps a count of many.
        """
        if "which" not in self.norm_set or self.norm_set.isdisjoint(lx.ONE_ATTACK_NOUNS):
            return False  # most sentences: no relative clause on an attack
        if not self.norm_set.isdisjoint(_RUNNING_TOTAL_WORDS) or any(d.since for d in self.m.dates):
            return False
        for i in range(figure.first - 1, max(self.first, figure.first - 12), -1):
            if self.norm_at[i] in (";", ":"):
                return False
            if self.norm_at[i] == "which" and self.norm_at[i - 1] in ("in", "during"):
                spans = {self.norm_at[j] for j in range(i, self.last)} & (
                    lx.SAME_SPANS | _TIME_UNITS
                )
                return (
                    not spans
                    and self._attack_heads(i - 1)
                    and self._told_toll_verb(figure)
                    and self._attack_told(i - 1)
                )
        return False

    def _attack_heads(self, at: int) -> bool:
        """Whether the noun phrase just before ``at`` is headed by a noun of one attack.

        "a blast on 29 July in which", "an explosion at the prison, during which": the
        attack noun may take a date or place after it; "a strike operation" is no attack.
        """
        for j in range(at - 1, max(self.first, at - 9) - 1, -1):
            if self.norm_at[j] in lx.ONE_ATTACK_NOUNS:
                return self.norm_at[j + 1] in _ATTACK_NOUN_FOLLOWERS or j + 1 == at
        return False

    def _told_toll_verb(self, figure: FigureMention) -> bool:
        """Whether the figure's own verb tells a toll: "were killed", "died", "were wounded"."""
        i = self._past_place(figure.np_end)
        while self.norm_at[i] in ("were", "was", "have", "had", "been"):
            i += 1
        return self.norm_at[i] in _STRUCK_VERBS | {"died"}

    def _killed_by_one_strike(self, figure: FigureMention) -> bool:
        """Whether one attack, told as an event, is the subject of the verb that killed the
        figure's people.

        "A strike on the barracks killed 89 troops, according to Moscow's count", "the
        ministry said its strike had killed 600": one event's toll, whoever gives it, and
        no side's claim of war losses; "strikes have killed 600 since May" and a toll with
        no attack as subject stay claims.
        """
        verb = figure.first - 1  # the figure's first token is its hedge: "killed at least 600"
        if self.norm_at[verb] not in ("killed", "wounded", "injured"):
            return False
        if not self.norm_set.isdisjoint(_RUNNING_TOTAL_WORDS) or any(d.since for d in self.m.dates):
            return False
        k = verb - 1
        k -= self.norm_at[k] in ("had", "has", "have")
        if self.norm_at[k + 1] in ("has", "have"):
            return False  # "a strike has killed": told as a toll still rising
        for i in range(k, max(self.first, k - 10) - 1, -1):
            word = self.norm_at[i]
            if word in (",", ";", ":", "that", "which", "who"):
                return False
            if word in lx.ONE_ATTACK_NOUNS:
                before = range(max(self.first, i - 3), i)
                return self._attack_dated(i) or any(
                    self.norm_at[j] in lx.ONE_ATTACK_DETERMINERS | _ATTACK_OWNERS for j in before
                )
        return False

    def _attack_dated(self, at: int) -> bool:
        """Whether the attack noun at ``at`` is named by its date: "the explosion of 29 July".

        "The blast on 3 August", like "a blast", is one event: a singular attack noun
        with the date it happened right after it names that attack alone.
        """
        return self.norm_at[at + 1] in ("of", "on") and any(
            d.first == at + 2 and not d.since for d in self.m.dates
        )

    def _killed_in_one_attack(self, figure: FigureMention) -> bool:
        """Whether the figure's people were killed (or hurt) "in" one attack the clause names.

        "The ministry claimed it had killed more than 600 soldiers in a missile strike on
        two buildings", "Kyiv said 40 troops were wounded in a single drone attack": one
        event's toll, whoever gives it, and no side's claim of war losses. The toll's verb
        must be the figure's own ("killed 600", "600 ... were killed"), and a span ("over
        four months", "since May") or a running-total word keeps a count of many.
        """
        if self.norm_at[figure.first - 1] in _STRUCK_VERBS:
            start = figure.np_end  # "it had killed 600 soldiers in a strike"
        elif self._told_toll_verb(figure):
            start = self._past_place(figure.np_end)  # "600 soldiers were killed in a strike"
        else:
            return False
        if not self.norm_set.isdisjoint(_RUNNING_TOTAL_WORDS) or any(d.since for d in self.m.dates):
            return False
        k = bisect.bisect_left(self.breaks, start)
        end = self.breaks[k] if k < len(self.breaks) else self.last
        words = {self.norm_at[j] for j in range(figure.first, end)}
        if words & (lx.SAME_SPANS | _TIME_UNITS):
            return False
        for i in range(start, end):
            if self.norm_at[i] != "in":
                continue
            noun = next(
                (
                    j
                    for j in range(i + 1, min(end, i + 8))
                    if self.norm_at[j] in lx.ONE_ATTACK_NOUNS
                ),
                None,
            )
            return noun is not None and self._one_attack_at(noun)
        return False

    def _toll_over_span(self, figure: FigureMention) -> bool:
        """Whether an attack's toll is counted over a span of time, not for one attack.

        "Russian attacks have killed 466 civilians in the region since 2022" is a running
        count and a claim; "missiles struck the city, killing five people" and "two people
        were killed in a drone attack" are one attack's news, and a single strike's toll
        is no claim of a side's losses. A span is a running-total word ("since", "in
        total", "so far") or the perfect of the toll's verb ("have killed") when no single
        attack is named ("a strike has killed three" stays one attack).
        """
        if self._running_total_told(figure):
            return True
        verb = self._struck_verb(figure)
        if verb is None:
            return False
        if self._many_attacks_over_months(verb):
            return True
        back = verb - 2 if self.norm_at[verb - 1] == "been" else verb - 1
        if self.norm_at[back] == "and":
            back = self._perfect_before_and(back)
        return self.norm_at[back] in ("has", "have", "had") and not self._attack_told(self.last)

    def _harmed_by_same_verbs(
        self, figure: FigureMention, previous: ClaimDraft | None
    ) -> str | None:
        """The side of the civilians a bare figure after "and" and a second verb of harm counts.

        "Russian strikes have killed 120 Ukrainian civilians and injured 400": the
        subject of both verbs is one, so the injured are the same side's civilians as
        the dead of the claim just read in the sentence.
        """
        verb = figure.first - 1
        if (
            figure.noun is not None
            or previous is None
            or previous.sentence != self.index
            or previous.population is not Population.CIVILIANS
            or len(previous.subject) != 1
            or self.norm_at[verb] not in _STRUCK_VERBS
            or self.norm_at[verb - 1] != "and"
        ):
            return None
        return previous.subject[0]

    def _perfect_before_and(self, joiner: int) -> int:
        """Where the auxiliary of the verb of harm before "and" at ``joiner`` stands, if any.

        "Russian strikes have killed 120 civilians and injured 400": the second verb
        shares the perfect of the first, so its toll is counted over the same span.
        Returns ``joiner`` when no such verb stands in the clause.
        """
        for i in range(joiner - 1, max(self.first, joiner - _SHARED_AUXILIARY_REACH) - 1, -1):
            word = self.norm_at[i]
            if word in (";", ".", ":"):
                break
            if word in _STRUCK_VERBS:
                return i - 2 if self.norm_at[i - 1] == "been" else i - 1
        return joiner

    def _many_attacks_over_months(self, verb: int) -> bool:
        """Whether a toll is put on attacks in the plural over a month or more.

        "In May, 180 civilians were killed as a result of Russian attacks" counts a
        month of attacks, a period's toll; "were killed in Russian strikes on Monday"
        and an undated "killed in Russian strikes" stay one day's news.
        """
        plural = False
        for j in range(verb + 1, min(self.last, verb + 14)):
            if self.norm_at[j] in (";", "."):
                break
            if self.norm_at[j] in _ATTACKS:
                plural = self.norm_at[j] in _MANY_ATTACKS
                break
        return (
            plural
            and bool(self.m.dates)
            and all(not d.since and _month_or_longer(d.text) for d in self.m.dates)
        )

    def _running_total_told(self, figure: FigureMention, start: int | None = None) -> bool:
        """Whether a running-total word ("since", "in total", "so far") stands before the end
        of the figure's clause (and from ``start`` on, when given).

        A total in a later clause counts something else: in "drones struck the port
        overnight, injuring four people, and the air force said 100 drones were launched in
        total" the total is the drones', and the four stay one attack's toll.
        """
        if self.norm_set.isdisjoint(_RUNNING_TOTAL_WORDS):
            return False
        k = bisect.bisect_left(self.breaks, figure.np_end)
        end = self.breaks[k] if k < len(self.breaks) else self.last
        first = self.first if start is None else start
        return any(self.norm_at[i] in _RUNNING_TOTAL_WORDS for i in range(first, end))

    def _running_span_told(self, figure: FigureMention, start: int | None = None) -> bool:
        """Whether a running total or a span's start ("since August") stands before the end
        of the figure's clause (and from ``start`` on, when given).

        A span told in a later clause is another figure's: in "lost up to 95 in the X
        direction over the past day, and that since August Kyiv had lost 12,000" the 95
        stays one day's share of one direction.
        """
        k = bisect.bisect_left(self.breaks, figure.np_end)
        end = self.breaks[k] if k < len(self.breaks) else self.last
        first = self.first if start is None else start
        return self._running_total_told(figure, start) or any(
            d.since and first <= d.first < end for d in self.m.dates
        )

    def _single_day_in_clause(self, figure: FigureMention) -> bool:
        """Whether the figure's own clause says its count is one day's ("in a single day").

        "Since the offensive began, ... more than 600 were killed in the X direction in a
        single day": the span before it does not make the day's figure a running total.
        """
        k = bisect.bisect_left(self.breaks, figure.np_end)
        end = self.breaks[k] if k < len(self.breaks) else self.last
        for i in range(figure.np_end, end - 1):
            if self.norm_at[i + 1] == "day" and (
                self.norm_at[i] in ("single", "one")
                or (self.norm_at[i] == "a" and self.norm_at[i - 1] in ("in", "on", "within"))
            ):
                return True
        return False

    def _launch_told(self, figure: FigureMention) -> bool:
        """Whether people counted after a launch of weapons in the same sentence are its toll:
        "Russia launched 170 drones overnight; two people were killed in Kyiv".

        The launch is one attack told by its weapons, not by an attack noun; so are weapons
        that "struck" or "hit" something ("drones struck a hospital overnight, and an official
        said two people were wounded", "a missile struck a cafe"), unless told as a series
        ("have hit the city for months", "hit the city every night"). A running-total word
        or a date the count runs from ("since 2022") makes the count a span's.
        """
        if (
            self.norm_set.isdisjoint(_LAUNCH_VERBS | _STRIKING_VERBS)
            or self.norm_set.isdisjoint(_WEAPON_WORDS)
            or figure.noun is None
            or self.norm_at[figure.np_end - 1] not in _STRUCK_HEADS
            or self._running_total_told(figure)
            or any(d.since for d in self.m.dates)
        ):
            return False
        for i in range(self.first, figure.first):
            if self.norm_at[i] in _LAUNCH_VERBS and any(
                self.norm_at[j] in _LAUNCHED_WEAPONS for j in range(i + 1, min(figure.first, i + 5))
            ):
                return True
            if (
                self.norm_at[i] in _STRIKING_VERBS
                and self.norm_at[i - 1] in _LAUNCHED_WEAPONS
                and i - 1 >= self.first
                and all(self.norm_at[r] == "overnight" for r in self.rates)
                and self.norm_set.isdisjoint(_REPEATED)
            ):
                return True  # "drones struck a hospital": the weapons' one attack
            if (
                self.norm_at[i] in _STRIKING_VERBS
                and self.norm_at[i - 1] in _ONE_WEAPON
                and self.norm_at[i - 2] in lx.ONE_ATTACK_DETERMINERS
                and self.norm_set.isdisjoint(_REPEATED)
            ):
                return True  # "a missile struck a cafe and killed 59": one weapon, one attack
        return False

    def _attack_told(self, end: int) -> bool:
        """Whether one attack is named before ``end``: "a drone attack", "a single strike",
        "last week's air strike" (an occasion's possessive dates one event)."""
        if self.norm_set.isdisjoint(lx.ONE_ATTACK_NOUNS):
            return False  # most sentences: no noun of an attack to look behind
        return any(
            self.norm_at[i] in lx.ONE_ATTACK_NOUNS and self._one_attack_at(i)
            for i in range(self.first, end)
        )

    def _one_attack_at(self, noun: int) -> bool:
        """Whether the attack noun at ``noun`` names one event: "a drone attack", "a single
        strike", "last week's air strike", "Russia's missile strike on a shopping centre"."""
        for j in range(noun - 1, max(self.first, noun - 7) - 1, -1):
            word = self.norm_at[j]
            if word in lx.ONE_ATTACK_DETERMINERS:
                # "as a result of the armed attack": the "a" is the result's, not the attack's
                return self.norm_at[j + 1] not in _CAUSE_HEADS
            if self.tokens[j].poss and word in _ONE_OCCASION:
                return True
            if self.tokens[j].poss and self._struck_a_place(j, noun):
                return True
            if not (word.isalpha() or word == "-"):
                break
        return False

    def _struck_a_place(self, owner: int, noun: int) -> bool:
        """Whether a side's possessive before an attack noun tells one strike on a place.

        "died in Russia's missile strike on a shopping centre" is one attack, whoever
        launched it; "Russia's attack on Ukraine" (a side struck) is the whole invasion.
        """
        if self.norm_at[noun + 1] != "on" or not any(
            p.first == owner and p.noun for p in self.m.parties
        ):
            return False
        target = noun + 2 + (self.norm_at[noun + 2] in ("the", "a", "an"))
        return not any(p.first == target for p in self.m.parties)

    def tells_one_attack(self) -> bool:
        """Whether the sentence names one attack ("the largest single attack of the war"),
        for a toll the next sentence narrates without naming it again."""
        return (
            self._attack_told(self.last)
            or self._one_night_launch()
            or self._one_of_attacks()
            or self._one_day_shelling()
            or self._under_attack_one_night()
        )

    def _under_attack_one_night(self) -> bool:
        """Whether the sentence tells places "under attack" for one night: "the capital was
        under attack for a third night", "came under attack overnight".

        One night's attack told without an attack noun of its own, for the toll the next
        sentence gives; "under attack every night" or "since May" is a campaign.
        """
        words = self.norm_set
        if "under" not in words or ("night" not in words and "overnight" not in words):
            return False
        if not words.isdisjoint(_REPEATED) or any(d.since for d in self.m.dates):
            return False
        for i in range(self.first, self.last - 1):
            if self.norm_at[i] != "under" or self.norm_at[i + 1] not in ("attack", "fire"):
                continue
            after = [self.norm_at[j] for j in range(i + 2, min(self.last, i + 6))]
            if after[:1] == ["overnight"]:
                return True
            if "night" in after and (
                after[:2] in (["for", "a"], ["for", "the"]) or after[:1] == ["on"]
            ):
                return True  # "for a second night", "on Tuesday night"
        return False

    def _one_day_shelling(self) -> bool:
        """Whether the sentence tells shelling on one day it names: "On Monday, shelling
        damaged a school and 14 houses in the city".

        Shelling dated to one day alone is that day's attack, as "a strike" is; over a
        span ("since May") or told as a running total it is a campaign, not one attack.
        """
        if self.norm_set.isdisjoint(_SHELLING) or not self.m.dates:
            return False
        if not self.norm_set.isdisjoint(_RUNNING_TOTAL_WORDS):
            return False
        return all(not d.since and self._one_day_named(d) for d in self.m.dates)

    def _killed_by_one_day_shelling(self, figure: FigureMention) -> bool:
        """Whether shelling dated to one day is what killed (or hurt) the figure's people.

        "Shelling of the border city on 30 December had killed 25 people": shelling told
        before the verb, in a sentence whose dates each name one day, is that day's
        attack, and the figure its toll; shelling "since May" stays a count of many days.
        """
        verb = figure.first - 1
        if self.norm_at[verb] not in ("killed", "wounded", "injured"):
            return False
        return self._one_day_shelling() and any(
            self.norm_at[i] in _SHELLING for i in range(self.first, verb)
        )

    def _one_of_attacks(self) -> bool:
        """Whether the sentence names one attack as one of many: "one of the heaviest air
        attacks of the war", "one of the deadliest strikes on the city"."""
        if self.norm_set.isdisjoint(_ATTACK_PLURALS):
            return False
        for i in range(self.first + 2, self.last):
            if self.norm_at[i] not in _ATTACK_PLURALS:
                continue
            for j in range(i - 1, max(self.first, i - 6), -1):
                if self.norm_at[j] == "of" and self.norm_at[j - 1] in _ONE_WORDS:
                    return True
                if not self.norm_at[j].isalpha():
                    break
        return False

    def _one_night_launch(self) -> bool:
        """Whether the sentence tells one night's launch of weapons: "Russia launched 298
        drones, the most in a single night", "fired 40 missiles overnight".

        One attack told by its weapons, for the toll the next sentence gives ("At least
        12 people were killed"). The launch must be told in the simple past, of one night
        ("overnight", "a single night", "last night"), and not as a series ("every night")
        or a span ("have launched 30,000 drones since January").
        """
        words = self.norm_set
        if words.isdisjoint(_LAUNCH_VERBS) or words.isdisjoint(_LAUNCHED_WEAPONS):
            return False
        if not words.isdisjoint(_REPEATED) or any(d.since for d in self.m.dates):
            return False
        one_night = "overnight" in words or any(
            self.norm_at[i] == "night" and self.norm_at[i - 1] in ("single", "one", "last", "that")
            for i in range(self.first + 1, self.last)
        )
        if not one_night:
            return False
        return any(
            self.norm_at[i] in _LAUNCH_VERBS
            and self.norm_at[i - 1] not in ("has", "have", "had", "been")
            and any(
                self.norm_at[j] in _LAUNCHED_WEAPONS for j in range(i + 1, min(self.last, i + 5))
            )
            for i in range(self.first, self.last)
        )

    def _attack_place(self, figure: FigureMention) -> str | None:
        """Where the attack before "killing N people" fell: "the city of Belgorod"."""
        for i in range(figure.first - 2, max(self.first, figure.first - 24) - 1, -1):
            if self.norm_at[i] in (";", ":"):
                return None
            region = lx.REGIONS.get(self.norm_at[i])
            lead = i - 2 if self.norm_at[i - 1] == "the" else i - 1  # "of the Kherson region"
            if region is not None and self.norm_at[lead] in (
                "of",
                "in",
                "on",
                "at",
                "struck",
                "hit",
            ):
                return region
            party = next(
                (p for p in self.m.parties if p.first == i and p.role != MEDIATOR and p.noun),
                None,
            )
            if party is not None and self.norm_at[i - 1] in ("in", "on", "of"):
                return party.code
        return None

    def _held_before(self, figure: FigureMention) -> bool:
        """Whether the figure's people "had been held": a captivity told as over.

        The pluperfect of holding looks back from a release ("Twelve of the women
        had been held at the camp"); "had been captured" is an event, and "are
        held" is the state a count of captives gives.
        """
        after = self.norms[figure.np_end - self.first : figure.np_end + 4 - self.first]
        return any(
            after[k : k + 3] == ["had", "been", word]
            for k in range(2)
            for word in ("held", "detained", "imprisoned", "kept")
        )

    def _counted_incidents(self, figure: FigureMention) -> bool:
        """Whether the figure's toll is summed over a counted number of incidents after it.

        "documented the execution of at least 12 soldiers in five separate incidents": a
        monitor's count of events it documented one by one, as one attack's toll is that
        attack's news, not a side's count of its dead. "incidents" with no count of its
        own ("in incidents along the front") leaves the figure a claim. So does a toll in a
        clause on counted attacks before it ("documented 12 attacks in which ten or more
        civilians were killed"): the size of each counted event, not a count of the dead.
        """
        if self._toll_of_counted_events_before(figure):
            return True
        if "incidents" not in self.norm_set:
            return False  # most sentences: no incidents to count
        for i in range(figure.np_end, self.last - 1):
            if self.norm_at[i] in (";", ":"):
                return False
            if self.norm_at[i] != "in":
                continue
            j = i + 2 + (self.norm_at[i + 2] in _INCIDENT_ADJECTIVES)
            if self.norm_at[j] == "incidents" and (
                self.norm_at[i + 1] in lx.NUMBER_VALUES or self.norm_at[i + 1].isdigit()
            ):
                return True
        return False

    def _toll_of_counted_events_before(self, figure: FigureMention) -> bool:
        """Whether the figure stands in an "in which" clause on a counted number of events.

        "12 attacks in which ten or more civilians were killed", "in five separate
        incidents during which 40 were wounded": the clause sizes the events counted, one
        by one or together, and is no count of a side's dead.
        """
        if self.norm_set.isdisjoint(_COUNTED_EVENT_PLURALS):
            return False  # most sentences: no events to count
        for i in range(figure.first - 1, max(self.first, figure.first - 8), -1):
            if self.norm_at[i] in (";", ":", "."):
                return False
            if self.norm_at[i] == "which" and self.norm_at[i - 1] in ("in", "during"):
                noun = i - 2
                count = noun - 1 - (self.norm_at[noun - 1] in _INCIDENT_ADJECTIVES)
                return self.norm_at[noun] in _COUNTED_EVENT_PLURALS and (
                    self.norm_at[count] in lx.NUMBER_VALUES or self.norm_at[count].isdigit()
                )
        return False

    def _missing_ended(self, figure: FigureMention, stop: int) -> bool:
        """Whether the figure's people were missing only until a clause after "before" or
        "until" ended it: "4,000 were listed as missing until their bodies were identified".

        That status is over, so the figure counts no one missing (often a part of the dead
        told beside it). A time ("missing before the winter") or a clause that ends nothing
        for them ("before the talks resumed") leaves the count of the missing standing.
        """
        k = bisect.bisect_left(self.breaks, figure.np_end)
        end = min(stop, self.breaks[k] if k < len(self.breaks) else self.last)
        for i in range(figure.np_end, end):
            if self.norm_at[i] not in lx.MISSING_WORDS:
                continue
            # "missing (in action) until ...": the status's own "before" or "until"
            for j in range(i + 1, min(end, i + 4)):
                if self.norm_at[j] in ("before", "until"):
                    return any(self.norm_at[m] in lx.MISSING_ENDED for m in range(j + 1, end))
            return False
        return False

    def count_taken_up(self) -> bool:
        """Whether the sentence only goes on about a count told before, naming no figure.

        "The number has grown fast.", "That tally is updated every morning.": "the" (or
        "this", "that") and a count's head open the sentence as its subject, so a later
        "it" still means the count of losses the sentence before named.
        """
        at = self.first + (self.norm_at[self.first] in lx.QUOTE_MARKS)
        return (
            not self.m.figures
            and not self.m.parties
            and self.norm_at[at] in ("the", "this", "that")
            and self.norm_at[at + 1] in SERIES_HEADS
            and self.norm_at[at + 2] != "of"  # "The number of tanks": another count
            and self.norm_set.isdisjoint(_LOSS_TOPICS)
        )

    def losses_named(self) -> tuple[str, CasualtyCategory] | None:
        """The one side whose losses this sentence names as a phrase, and their kind.

        A sentence that names one side's losses ("updated its figures for Russian
        losses", "counting Russian war dead", 'Russian "personnel losses"', "work on Russian
        military deaths") without a figure of people sets up the side the next sentence's
        sideless toll counts.
        """
        if self.norm_set.isdisjoint(_LOSS_TOPICS) and self.norm_set.isdisjoint(
            ("death", "many", "names")
        ):
            # "which identifies Russian soldiers by name": the dead of a register told
            side = self._dead_counted_by_name()
            return None if side is None else (side, CasualtyCategory.KILLED)
        named: set[tuple[str, CasualtyCategory]] = set()
        for p in self.m.parties:
            at = p.last
            while self.norm_at[at] in lx.QUOTE_MARKS or self.norm_at[at] == "personnel":
                at += 1
            at += self.norm_at[at] == "war" and self.norm_at[at + 1] == "dead"
            at += self.norm_at[at] == "military" and self.norm_at[at + 1] in _LOSS_TOPICS
            if (
                p.role != MEDIATOR
                and self.norm_at[at] in _LOSS_TOPICS
                and not self._in_comparison(p.first)
            ):
                named.add((p.code, CasualtyCategory(lx.LOSS_HEADS[self.norm_at[at]])))
            # "the names of Russian servicemen whose deaths were reported", "the names of
            # Russian soldiers killed in Ukraine": a list of the dead
            if (
                p.role != MEDIATOR
                and self.norm_at[at] in _FIGHTERS
                and (
                    (
                        self.norm_at[at + 1] == "whose"
                        and self.norm_at[at + 2] in ("deaths", "death")
                    )
                    or (
                        self.norm_at[at + 1] == "killed"
                        and (self.norm_at[p.first - 2], self.norm_at[p.first - 1])
                        == ("names", "of")
                    )
                )
            ):
                named.add((p.code, CasualtyCategory.KILLED))
            if p.role != MEDIATOR and (
                self._how_many_died(p.first, at) or self._how_many_of_own_died(p)
            ):
                named.add((p.code, CasualtyCategory.KILLED))
        for i in self._at(_LOSS_TOPICS, self.first, self.last):
            # "does not publish the losses of the Russian army": the side after "of"
            owner = self._owner_after_of(i) if self.norm_at[i + 1] == "of" else None
            if owner is not None and not self._in_comparison(i):
                named.add((owner, CasualtyCategory(lx.LOSS_HEADS[self.norm_at[i]])))
        for i in self._at(_ENEMY_WORDS, self.first, self.last):
            enemy = self._enemy_losses_of_teller(i)
            if enemy is not None:
                named.add(enemy)
        return named.pop() if len(named) == 1 else None

    def _dead_counted_by_name(self) -> str | None:
        """The one side whose dead or fighters this figureless sentence says are counted by name.

        "The project counts only Russian soldiers it can identify by name": a register of
        fighters by name that tells of no missing, held, recruits or bodies counts the dead,
        so the next sentence's "their list stood at N" is a toll of that side's dead.
        """
        if not self.norm_set.isdisjoint(lx.NOT_ONLY_DEAD | lx.CAPTURED_WORDS | _RECRUITED):
            return None
        if self.norm_set.isdisjoint(lx.KILLED_WORDS - {"lost"} | _FIGHTERS):
            return None
        # "identifies Russian soldiers by name"; "named the soldiers it wants back" is no
        # register of anyone
        if not any(self.norm_at[i - 1] == "by" for i in self._at({"name"}, self.first, self.last)):
            return None
        sides = {p.code for p in self.m.parties if p.role != MEDIATOR}
        return sides.pop() if len(sides) == 1 else None

    def _enemy_losses_of_teller(self, at: int) -> tuple[str, CasualtyCategory] | None:
        """The side and kind of "enemy losses" at ``at`` counted by the one side named before.

        'Ukraine's General Staff keeps a daily count of enemy "personnel losses"': the
        side that counts the enemy's losses names them as its enemy's, the other side.
        With no side, or two, named before "enemy", the enemy is no one known.
        """
        topic = at + 1
        while self.norm_at[topic] in lx.QUOTE_MARKS or self.norm_at[topic] == "personnel":
            topic += 1
        if self.norm_at[topic] not in _LOSS_TOPICS or self._in_comparison(at):
            return None
        tellers = {p.code for p in self.m.parties if p.role != MEDIATOR and p.last <= at}
        if len(tellers) != 1:
            return None
        enemy = _other(tellers.pop(), self._belligerents)
        if enemy is None:
            return None
        return enemy, CasualtyCategory(lx.LOSS_HEADS[self.norm_at[topic]])

    def _in_comparison(self, at: int) -> bool:
        """Whether the words at ``at`` sit in a comparison, which names no topic of the text.

        "which compiles names in the same way Russian media do for Russia's war dead",
        "much as volunteers do for Russian losses", "like the count of Russian dead":
        the side compared with is not the side the next sentence's toll counts.
        """
        begin = self._clause_start(at, self.first)
        for i in range(begin, at):
            word = self.norm_at[i]
            if word in _COMPARING or (
                word in ("as", "way") and self.norm_at[i - 1] in _COMPARING_BEFORE
            ):
                return True
            if word in _PRO_VERBS and self.norm_at[i + 1] == "for":
                return True
        return False

    def region_named(self, told: str | None) -> str | None:
        """The side of the region this sentence names, else the one named before.

        "the governor of the Belgorod region" makes "the region" of a later sentence
        Russian; a sentence naming regions of both sides leaves no region to refer to.
        """
        sides = {lx.REGIONS[self.norm_at[i]] for i in self.region_words}
        if not sides:
            return told
        return sides.pop() if len(sides) == 1 else None

    def subject_people_side(self) -> str | None:
        """The side of the people a sentence without figures opens with, as its subject.

        "The Azovstal defenders surrendered in May.": a later "2,439 of them" in the
        next sentence counts those people, Ukraine's. A side's name or a place of one
        side may stand before the people's noun.
        """
        if not self.m.parties and not self.region_words:
            return None  # no side or region named to open with
        j = self.first + (self.norm_at[self.first] == "the")
        side = None
        for _ in range(2):
            party = next((p for p in self.m.parties if p.first == j and p.role != MEDIATOR), None)
            if party is not None:
                side, j = party.code, party.last
            elif self.norm_at[j] in lx.REGIONS and self.tokens[j].text[:1].isupper():
                side, j = lx.REGIONS[self.norm_at[j]], j + 1
            else:
                break
        if side is None or lx.PEOPLE.match(self.tokens, j, self.last) is None:
            return None
        return side

    def region_sides(self) -> frozenset[str]:
        """The sides of the regions this sentence names: {"RUS"} for "the Kursk region"."""
        return frozenset(lx.REGIONS[self.norm_at[i]] for i in self.region_words)

    def _two_sided(self, figure: FigureMention, start: int, stop: int) -> bool:
        """Whether the figure counts both sides together, which is no claim about either.

        "on both sides", "for both armies" around it, or before it the two sides'
        people joined by "and" ("the number of Russian and Ukrainian troops
        killed"); "Kyiv and Moscow blamed each other" after it does not count.
        """
        # the figure's own clause: "150 for each side, and ... had lost up to 1,250" is not
        k = bisect.bisect_left(self.breaks, figure.np_end)
        clause_end = min(stop, self.breaks[k] if k < len(self.breaks) else self.last)
        begin = self._clause_start(figure.first, start)
        aside = self._clause_start(begin - 2, start) if begin - 1 > start else begin
        if (
            aside < begin
            and self.norm_at[aside] in _COUNTING_PARTICIPLES
            and self.norm_at[aside - 1] == ","
        ):
            # "the toll, counting troops killed on both sides, was nearing 500,000": the
            # aside before the figure's verb says what its subject counts
            begin = aside
        window = " ".join(self.norm_at[i] for i in range(begin, clause_end))
        if any(phrase in window for phrase in _TWO_SIDED):
            return True
        if figure.nationality is not None:
            return False  # "Russian and Ukrainian officials said 5,000 Russian soldiers ..."
        sides = [
            p for p in self.m.parties if p.role != MEDIATOR and start <= p.first < figure.np_end
        ]
        return any(
            a.code != b.code
            and _ALLIED_WITH.get(a.code, a.code) != _ALLIED_WITH.get(b.code, b.code)
            and b.first == a.last + 1
            and self.norm_at[a.last] == "and"
            and not self._speaking(b.last)
            for a, b in itertools.pairwise(sides)
        )

    def _method(self, claimant: SourceEntry, publisher_kind: SourceKind) -> ClaimMethod:
        kind = publisher_kind if claimant is PUBLISHER else claimant.kind
        if self.norm_set & lx.INTELLIGENCE_CUES:
            return ClaimMethod.INTELLIGENCE_ESTIMATE
        if kind in (SourceKind.GOVERNMENT, SourceKind.MILITARY):
            return ClaimMethod.OFFICIAL_STATEMENT
        if self.norm_set & lx.DOCUMENTED_CUES or "open sources" in " ".join(self.norms):
            return ClaimMethod.DOCUMENTED_MINIMUM
        if kind is SourceKind.INTERNATIONAL_ORGANISATION and self._civilian:
            return ClaimMethod.DOCUMENTED_MINIMUM  # UN monitors count verified cases only
        named_outlet = claimant is not PUBLISHER and kind is SourceKind.MEDIA
        if (kind is SourceKind.RESEARCH or named_outlet) and self.norm_set & lx.ESTIMATE_CUES:
            return ClaimMethod.STATISTICAL_ESTIMATE
        if kind is SourceKind.MEDIA:
            return ClaimMethod.MEDIA_ESTIMATE
        return ClaimMethod.UNSPECIFIED

    def _own_word(self, figure: FigureMention) -> str | None:
        """The "what X says is" that hands a figure to its claimant: the copy keeps off it.

        "bringing what it says is the total to 859,000", "what Moscow claims were 40,000
        dead": the reporter gives the figure as one side's word, not as fact, so it is
        caveated like "a figure that could not be verified". Only a "what" opening the
        figure's own clause, a few words before it, is read.
        """
        start = max(self.first, figure.first - _OWN_WORD_REACH)
        for at in range(figure.first - 1, start - 1, -1):
            if self.norm_at[at] in (".", ";", ":"):
                return None
            if self.norm_at[at] != "what":
                continue
            verb = next(
                (
                    v
                    for v in range(at + 2, min(at + 5, figure.first))
                    if self.norm_at[v] in lx.SPEECH
                ),
                None,
            )
            if verb is not None and self.norm_at[verb + 1] in _BACKGROUND_COPULAS:
                return " ".join(self.norm_at[i] for i in range(at, verb + 2))
        return None

    def _claim(
        self,
        figure: FigureMention,
        previous: ClaimDraft | None,
        start: int,
        stop: int,
        loss: tuple[CasualtyCategory, int] | None = None,
        *,
        each_side: str | None = None,
    ) -> ClaimDraft | None:
        """The claim a figure makes, if any; ``each_side`` is the side a figure told of each
        side alike ("each side holds several thousand") is being read for."""
        listed = False
        if loss is None and figure.noun is not None:
            loss = self._register_of_dead(figure)
            listed = loss is not None
        if loss is None and self._listed_fallen(figure):
            # "has listed 60,000 dead and missing soldiers": both kinds, not the dead alone
            kind = (
                CasualtyCategory.KILLED_OR_MISSING
                if self._dead_or_missing_told(figure, stop)
                else CasualtyCategory.KILLED
            )
            loss, listed = (kind, figure.first - 1), True
        if loss is None and figure.noun is not None and not figure.remains:
            loss = self._number_held_aside(figure)
        self._loss = loss
        category = self._category_of(figure, start, stop) if loss is None else loss[0]
        if category is CasualtyCategory.TOTAL_LOSSES:
            head = self._irrecoverable(figure, start, loss)
            if head is not None:
                category = (
                    CasualtyCategory.KILLED
                    if self._dead_glossed(head, figure.first)
                    else CasualtyCategory.KILLED_OR_MISSING
                )
        if category is CasualtyCategory.TOTAL_LOSSES and loss is not None:
            category = self._kind_set_off(loss[1]) or category  # "losses - killed - are"
        if (
            category is CasualtyCategory.WOUNDED
            and previous is not None
            and previous.category is CasualtyCategory.CAPTURED
            and self._of_them_after_comma(figure)
        ):
            return None  # "captured 12 soldiers, three of them wounded": the captives' state
        if category is None and previous is not None and self._subset(figure):
            if previous.category is CasualtyCategory.CAPTURED:
                return None  # "700 residents were held, among them 150 civilians": a part
            category = previous.category  # "... killed, including more than 700 children"
        if (
            category is None
            and previous is not None
            and (figure.noun is None or self._part_of_them(figure))
        ):
            if figure.noun is None and self._total_of_kinds_told(figure, start):
                return None  # "209 killed and 1,146 injured, bringing the total to 13,100"
            category = previous.category  # "..., more than 560 of them children"
        if category is None and previous is not None and self._day_part(figure):
            category = previous.category  # "..., with 960 of them in the past day"
        if category is None and previous is not None and self._figure_put_at(figure, start):
            category = previous.category  # "..., putting the figure at 1,000,340 personnel"
        if (
            category is None
            or self._excluded(figure, stop)
            or self._object_of_negated(figure)
            or self._counterfactual(figure)
        ):
            return None
        if figure.noun is None:
            near = range(max(start, figure.first - 6), min(self.last, figure.np_end + 2))
            if any(
                self.norm_at[i] in lx.EQUIPMENT
                and self.norm_at[i - 1] not in lx.NOT_MACHINE_BEFORE  # "a Washington think tank"
                and not self._in_relative_aside(i, start, figure)
                for i in near
            ) or self._of_equipment(figure):
                return None  # "losses in tanks have passed 3,000"
        population = Population.COMBATANTS
        military = (
            figure.noun is not None and figure.noun.category in lx.SOLDIER_KINDS
        ) or self._fighters_counted(figure)
        if self._one_attack_toll(figure, stop, military):
            return None
        if self._counted_incidents(figure):
            return None  # "the execution of at least 12 soldiers in five separate incidents"
        if self._size_of_change(figure):
            return None  # "a rise of roughly 3,000 killed in two months": no count of all
        struck = self._struck_people(figure)
        if struck and not self._toll_over_span(figure):
            return None  # "a drone attack on the village killed one man": one attack's news
        if struck:
            # "shelled Belgorod, killing 25 people": civilians where the attack fell; an
            # attack the sentence places nowhere names no side (the attacker is not one);
            # "Twelve Ukrainian civilians were killed in Russian shelling": the victims'
            # own nationality names their side before any place or attacker does
            place = figure.nationality or self._attack_place(figure) or self._place_of(figure, stop)
            if place is None:
                # "651 children have been killed by Russian attacks since 2022": over a span,
                # the attacker's side named after the verb makes them the other side's
                # "Russian attacks have killed 15,000 civilians since 2022": the subject's
                # attacker, unless the sentence places the people under some side's
                # control ("in areas Moscow controls"), whose people they need not be
                caused = self._harm_cause(figure) or (
                    self._harm_agent(figure) if self.norm_set.isdisjoint(_CONTROL_WORDS) else None
                )
                harmed = self._harmed_side(figure, caused, True) if caused is not None else None
                place = harmed[0] if harmed else None
            if place is None:
                place = self._harmed_by_same_verbs(figure, previous)
            if place is None:
                return None
            population = Population.CIVILIANS
        elif self._civilian and self._soldiers_and_civilians(figure):
            population = Population.ALL  # "70,000 Ukrainians, soldiers and civilians together"
        elif (
            self._civilian
            and category is not CasualtyCategory.CAPTURED
            and not military
            and not self._civilians_past_semicolon(figure)
            and not self._civilians_added(figure)
        ):
            if not self._counts_civilians(figure, previous):
                return None
            population = Population.CIVILIANS
        if (
            category is CasualtyCategory.CAPTURED
            and self._freed(figure)
            and not self._prisoners_taken(figure)  # a capture told stays one when freed later
        ):
            return None  # "ten civilians who had been held by Russia returned": no longer held
        if category is CasualtyCategory.CAPTURED and self._one_place_haul(figure, start):
            return None  # "the region, where they captured hundreds": one operation's haul
        if self._battle_where(figure):
            return None  # "the capture of X, where 1,500 had been killed": one battle's toll
        if category is CasualtyCategory.CAPTURED and self._planned_for_exchange(figure):
            return None  # "12 held since 2014 would be included in a future swap": a plan
        if category is CasualtyCategory.CAPTURED and self._held_before(figure):
            return None  # "Twelve of the women had been held at Olenivka": held no longer
        if category in _HELD_OR_MISSING and self._local_people(figure):
            return None  # "45 soldiers from the Lviv region are missing": one place's toll
        if self._community_fighters(figure):
            return None  # "12 soldiers from the village have been killed": a community's toll
        if category is CasualtyCategory.MISSING and self._missing_ended(figure, stop):
            return None  # "4,000 were listed as missing until their bodies were found"
        amount = figure.amount
        if self._reached(figure) in _PAST_VERBS and amount.high == amount.low:
            # "have passed one million": more than the figure, as the answer files code it
            amount = Count.parse(f"more than {amount.low}")
        if self._two_sided(figure, start, stop) and each_side is None:
            return None  # "tens of thousands of troops on both sides": no side's claim
        self._loss = loss
        owner = self._loss_owner(loss[1]) if loss is not None else None
        if owner is not None and loss is not None and self.norm_at[loss[1]] in _CAPTIVITY:
            owner = _other(owner, self._belligerents)  # "Russian captivity": held by Russia
        if owner is None and category is CasualtyCategory.CAPTURED:
            owner = self._left_with_other(figure)  # "Kursk residents remain in Ukraine"
        if owner is None:
            owner = self._ones_of(figure) or self._accounted_by(figure)
        if owner is None and figure.nationality is None:
            # "640 children have been killed as a result of Russian aggression": the killer's
            # side named after the verb is not a place of the victims
            caused = self._harm_cause(figure)
            civilians = population is Population.CIVILIANS
            harmed = self._harmed_side(figure, caused, civilians) if caused is not None else None
            owner = harmed[0] if harmed else None
        if owner is None and struck:
            owner = place
        if owner is None and population is Population.CIVILIANS:
            owner = self._struck_by_side(figure, stop)
        if (
            owner is None
            and population is Population.CIVILIANS
            and figure.pronoun in ("its", "their")
        ):
            # "Kyiv says 14,000 of its civilians are missing ... held in Russia": whose people
            # the possessive names, not a place told after them
            owner = self._nationality(figure, stop)
        if owner is None and population is Population.CIVILIANS:
            owner = self._place_of(figure, stop)
        if owner is None and population is Population.CIVILIANS and loss is not None:
            owner = self._place_after(loss[1])  # "the number of civilians killed in Ukraine"
        if owner is None and loss is not None and (figure.noun is None or listed):
            # "lists Ukrainian soldiers whose deaths were reported ... 70,000 names"
            # a side told past a semicolon is another clause's: "Kyiv's estimate is disputed;
            # the best-documented count of deaths is below 90,000" counts no Ukrainians
            semicolons = [i for i in range(self.first, self.last) if self.norm_at[i] == ";"]
            opens = max((i for i in semicolons if i < figure.first), default=self.first)
            closes = min((i for i in semicolons if i > figure.first), default=self.last)
            sides = {
                p.code
                for p in self.m.parties
                if p.role != MEDIATOR and not self._war_place(p) and opens <= p.first < closes
            }
            # "the list of Russian servicemen whose deaths have been confirmed ... stood at":
            # a register of the dead counts the one side the sentence names
            registered = any(self.norm_at[i] in _REGISTERS for i in range(self.first, figure.first))
            # "the outlet, which counts only named Russian dead, has confirmed 95,000"
            registered = registered or self.norm_at[loss[1]] in _NAMED_REGISTER_VERBS
            # "Kyiv's daily count of the enemy's casualties": the one side counts, not loses
            counted = not self._enemy_owns(loss[1])
            if (
                len(sides) == 1
                and counted
                and (registered or listed or self._named_dead(figure) is not None)
            ):
                owner = sides.pop()
            elif loss[0] is CasualtyCategory.CAPTURED and self.norm_at[loss[1]] == "names":
                # "names of Ukrainians held in Russia": the people named are the captives
                owner = next(
                    (
                        p.code
                        for p in self.m.parties
                        if p.role == NATIONALITY and loss[1] + 2 <= p.first <= loss[1] + 3
                    ),
                    None,
                )
        if owner is None and population is Population.CIVILIANS:
            owner = self._civilians_told(figure)
        if owner is None and population is Population.CIVILIANS:
            owner = self._mission_country(figure)
        if owner is None and population is Population.CIVILIANS:
            owner = self._governed_region(figure)
        if owner is None and figure.nationality is None:
            owner = self._home_region_of(figure)  # "250 servicemen from Kharkiv region"
        if owner is None and figure.nationality is None and category in _NAMED_KINDS:
            owner = self._named_register_side(figure)
        if owner is None and figure.nationality is None and category is CasualtyCategory.KILLED:
            owner = self._counting_outlet_side(figure)
        if owner is None and figure.nationality is None and category in _NAMED_KINDS:
            owner = self._official_side(figure, start)
        if loss is not None and loss == self._bulletin_personnel(figure):
            owner = self._bulletin_side()
            if owner is None:
                return None  # a table of losses whose side its heading does not name
        self._captured = category is CasualtyCategory.CAPTURED
        # "the number of Ukrainians held by Russia": whose people, not who holds them
        held = self._people_counted(loss[1]) if self._captured and loss is not None else None
        if (
            held is None
            and self._captured
            and figure.nationality is None
            and figure.pronoun in (None, "its", "their")
        ):
            held = self._holder_before(figure)  # "Russia is holding thousands of its civilians"
        if (
            held is None
            and category is CasualtyCategory.CAPTURED
            and figure.nationality is None
            and not owner
        ):
            held = self._held_by_other(figure, stop)  # "16,000 more are still held by Russia"
            if held is None and loss is not None and self.norm_at[loss[1] + 1] == "by":
                # "the number held by Russia is 4,000": the holder stands before the figure
                holder = next((p for p in self.m.parties if p.first == loss[1] + 2), None)
                other = _other(holder.code, self._belligerents) if holder is not None else None
                if holder is not None and holder.role != MEDIATOR and other is not None:
                    held = (other,)
        if held is None and loss is not None and self._taken_up is not None:
            # "The count passed one million": the side of the losses "the count" takes up
            held = self._taken_up[1] if self._taken_up[0] == loss[1] else None
        elided = self._elided_side_at(figure) if held is None else None
        if elided is not None:
            owner = elided  # "put Russian casualties near 200,000, Ukrainian at up to 131,000"
        subject = held or ((owner,) if owner else None)
        if subject is None:
            subject = self._subject_of_claim(figure, previous, start, stop)
        if subject is None and category is CasualtyCategory.MISSING:
            subject = self._legal_status_side()  # "missing under special circumstances"
        if each_side is not None:
            subject = (each_side,)  # "each side holds several thousand": this one's
        if subject is None or self._parts_of_other_side(figure, subject):
            return None
        said_at = self._set_off_head(figure) or figure.first
        claimant = self.attribution or self.owner or self.speaker_near(said_at)
        if claimant is None and previous is not None:
            claimant = previous.claimant
        if claimant is None:
            # a statement's own text: "STATEMENT OF THE MINISTRY OF DEFENCE ..." heads it
            claimant = self.discourse.statement or PUBLISHER
        if self.loss_over_recent_span(figure):
            return None  # a toll of late no date can bound is not a total since the war began
        as_of, since = self._claim_dates(figure, previous, claimant)
        so_far = self.year_so_far(figure)
        if so_far is not None:
            # "has lost 300,000 so far this year": from the year's start to the day told
            if since is not None:
                return None
            if as_of == so_far.text:
                others = [d for d in self.m.dates if not d.since and d != so_far]
                said_on = [d for d in others if any(0 < d.first - v <= 2 for v in self.m.speech)]
                if len(others) > 1 or others != said_on:
                    return None  # the day it was told cannot be told from the year
                as_of = said_on[0].text if said_on else None  # "said on Monday that ..."
            since = so_far.text
        opening = None if so_far is not None else self.opening_months_span(as_of, figure)
        as_of = opening or as_of
        by_end = any(
            "by" in (self.norm_at[d.first - 1], self.norm_at[d.first - 2])
            for d in self.m.dates
            # "by late May" is May: only an end names the last day
            if d.text == as_of and "end" in d.text.lower().replace("-", " ").split()
        ) or any(  # "by the end of 2024": the grammar keeps only the year
            [self.norm_at[i] for i in range(d.first - 4, d.first)] == ["by", "the", "end", "of"]
            for d in self.m.dates
            if d.text == as_of and d.first - 4 >= self.first
        )
        caveat = self.caveat(figure.np_end) or self._own_word(figure)
        return ClaimDraft(
            self.index,
            subject,
            category,
            amount,
            claimant,
            self._method(claimant, self.publisher_kind),
            as_of,
            since,
            (caveat,) if caveat else (),
            population,
            # "had grown by 3,520": a count's growth is the losses of a span, never its total
            ClaimScope.PERIOD
            if opening is not None
            or so_far is not None
            or self._daily(figure, stop)
            or self._count_for_day(figure)
            or self._died_on_a_day(figure, stop)
            or self._record_of_period()
            or (
                self.norm_at[figure.first - 1] == "by"
                and self.norm_at[figure.first - 2] in GROWTH_VERBS
            )
            else ClaimScope.CUMULATIVE,
            by_end,
            so_far is not None,
            figure.first,
        )

    def _total_of_kinds_told(self, figure: FigureMention, start: int) -> bool:
        """Whether a bare figure is a total told after tolls of more than one kind.

        "209 people killed and 1,146 injured, bringing the verified total to more than
        13,100": "the total" after a killed and a wounded figure may be of either, or of
        both, so the kind of the last one told is no safe guess.
        """
        if not any(self.norm_at[i] in _TOTAL_HEADS for i in range(start, figure.first)):
            return False
        kinds = {lx.LOSS_HEADS.get(self.norm_at[i]) for i in range(self.first, start)}
        return len(kinds - {None}) > 1

    def _total_of_losses(
        self, figure: FigureMention, start: int, previous: ClaimDraft | None
    ) -> tuple[CasualtyCategory, int] | None:
        """A bare figure given as "the total" of losses: "put the total at 1,000,340".

        The sentence tells of no handing over, the figure is linked to "the
        total" (or "the figure", "the count") just before it, and the losses are
        named earlier in the sentence ("personnel losses — ... — says the total
        has grown to 850,000") or were the claim of the sentence just before. "A
        combined figure of 750,000" after losses of two kinds sums them.
        """
        heads = [
            i
            for i in range(max(start, figure.first - 12), figure.first)
            if self.norm_at[i] in _TOTAL_HEADS
            and (
                self.norm_at[i - 1] in ("the", "its", "their", "a", "combined")
                # "its cumulative total since 2022, published on 1 January, stood at"
                or (
                    self.norm_at[i - 1] in _RUNNING
                    and self.norm_at[i - 2] in ("the", "its", "their")
                )
                or (
                    self._kept_since(i - 1, figure)
                    and self.norm_at[i - 2] in ("the", "its", "their")
                )
            )
        ]
        if not heads or not self._linked_to_total(heads[-1], figure):
            return None
        if not self._ends_bare(figure):
            return None
        if self.norm_at[heads[-1] - 1] == "combined":
            # "lost 198,000 killed and 550,000 wounded, a combined figure of about 750,000"
            kinds = previous is not None and previous.sentence == self.index
            return (CasualtyCategory.TOTAL_LOSSES, heads[-1]) if kinds else None
        if not self._about_losses():
            return None
        for i in range(heads[-1] - 1, self.first - 1, -1):
            name = lx.LOSS_HEADS.get(self.norm_at[i])
            if name is not None and (self.norm_at[i] in lx.TOTAL_WORDS or self._count_named_for(i)):
                return CasualtyCategory(name), i
        latest = self.discourse.claims
        if latest and latest[-1].sentence == self.index - 1:
            return latest[-1].category, heads[-1]
        carried = self._claim_past_figureless()
        if carried is not None:
            # "It rarely puts a number on the dead. In May he gave a figure of 25,000"
            self._taken_up = (heads[-1], latest[-1].subject)
            return carried, heads[-1]
        told = self.discourse.losses
        if told is not None and told[0] == self.index - 1:
            # 'a daily update on Russian "personnel losses". On Monday it put the total at
            # N': the total is the running count of the one side's losses just named
            self._taken_up = (heads[-1], (told[1],))
            return told[2], heads[-1]
        if (
            previous is not None
            and previous.sentence == self.index
            and previous.scope is ClaimScope.PERIOD
        ):
            # "lost 730 troops killed over the past day; the total it claims is now 216,000":
            # the running total of the day's losses just told
            return previous.category, heads[-1]
        return None

    def _count_named_for(self, at: int) -> bool:
        """Whether the loss noun at ``at`` says what a count is of: "a figure for its dead".

        "has rarely given a figure for its dead", "a tally of its own deaths": a count
        head, "for" or "of", and only the owner's words before the noun, so a total
        given later in the sentence is of that kind.
        """
        i = at - 1
        while self.norm_at[i] in _OWNER_BEFORE_LOSS:
            i -= 1
        return self.norm_at[i] in ("for", "of") and self.norm_at[i - 1] in lx.FIGURE_HEADS

    def equivalent_claims(
        self, claims: list[ClaimDraft], used: set[int], belligerents: Sequence[str]
    ) -> list[ClaimDraft]:
        """The other side's losses told by reference: "the equivalent figure ... is 120,000".

        The figure is of the same kind, date and population as the claim just made
        (in this sentence or the one before), about the side named after "for" or in
        the sentence's opening frame.
        """
        if self.norm_set.isdisjoint(lx.EQUIVALENT_WORDS):
            return []
        stated = claims or [c for c in self.discourse.claims if self.index - c.sentence == 1]
        if not stated:
            return []
        template = stated[-1]
        taken = {c.amount for c in claims}
        drafts: list[ClaimDraft] = []
        for k, figure in enumerate(self.m.figures):
            if k in used or figure.noun is not None or figure.amount in taken:
                continue
            head = self._equivalent_head(figure)
            if head is None:
                continue
            side = self._party_for(head + 2) or self._framed_side()
            if side is None or (side,) == template.subject or side not in (*belligerents, "PRK"):
                continue
            claimant = self.attribution or self.speaker_near(figure.first) or template.claimant
            drafts.append(
                template._replace(
                    sentence=self.index,
                    subject=(side,),
                    amount=figure.amount,
                    claimant=claimant,
                    method=self._method(claimant, self.publisher_kind),
                    caveats=(),
                    at=figure.first,
                )
            )
        return drafts

    def same_claims(
        self, claims: list[ClaimDraft], belligerents: Sequence[str]
    ) -> list[ClaimDraft]:
        """The other side's losses told as "the same": "Russia had suffered well over 100,000
        killed and wounded, and that Ukraine had probably suffered the same".

        The one claim this sentence made before is copied for the side named right before a
        verb of loss whose object is "the same" (at the clause's end), when that side is a
        belligerent other than the claim's own.
        """
        if "same" not in self.norm_set or len(claims) != 1:
            return []
        template = claims[0]
        for p in self.m.parties:
            if p.role == MEDIATOR or (p.code,) == template.subject or p.code not in belligerents:
                continue
            i = p.last
            while i < min(self.last, p.last + 4) and self.norm_at[i] not in lx.LOSS_VERBS:
                i += 1
            if (
                self.norm_at[i] in lx.LOSS_VERBS
                and self.norm_at[i + 1] == "the"
                and self.norm_at[i + 2] == "same"
                and not self.norm_at[i + 3].isalnum()
            ):
                return [template._replace(subject=(p.code,))]
        return []

    def answer_to(self) -> tuple[Asked, int] | None:
        """The question this sentence answers, and where its answer's words start; if any.

        A labelled turn's question ("ANCHOR: How many ...?") is answered by the first
        sentence of the next labelled line, after its label; a question opening its own
        line, as an explainer's heading does ("How many have come home?"), by the very
        next sentence. Any other line ends a turn's question's reach.
        """
        asked = self.discourse.asked
        opens = self._opens_line()
        colon = self.turn_label() if opens else None
        if opens:
            self.discourse.turn = colon is not None
        if asked is None or (asked.turn and not opens):
            return None
        self.discourse.asked = None
        if not asked.turn:
            return asked, self.first
        return (asked, colon + 1) if colon is not None else None

    def note_question(self) -> None:
        """Keep what a turn's or a heading's question asks the count of, for its answer."""
        if self.norm_at[self.last - 1] == "?" and (self.discourse.turn or self._opens_line()):
            self.discourse.asked = self._asked()

    def answered_claims(
        self, answer: tuple[Asked, int] | None, claims: list[ClaimDraft], used: set[int]
    ) -> list[ClaimDraft]:
        """The count a transcript's answer gives to the question just asked.

        "ANCHOR: How many Ukrainians are in Russian prisons today? ZELENSKIY: We think more
        than 8,000.": the question's topic (held, killed, wounded, missing, losses) and
        side (the people it counts, "your", or else the answering speaker's own) make the
        answer's first figure a claim (see :meth:`answer_figure`).
        """
        if answer is None or answer[0].kind is None:
            return []
        asked, start = answer
        kind = answer[0].kind
        figure = self.answer_figure(start, used)
        side = None if figure is None else self.answer_side(asked, figure)
        if figure is None or side is None or figure.amount in {c.amount for c in claims}:
            return []
        label = self.discourse.label
        claimant = self.attribution or self.speaker_near(figure.first) or label or PUBLISHER
        as_of, since = self._claim_dates(figure, None, claimant)
        civilian = not self.norm_set.isdisjoint(lx.CIVILIAN_WORDS)
        fighters = not self.norm_set.isdisjoint(_FIGHTERS)
        population = (
            (Population.ALL if fighters else Population.CIVILIANS)
            if civilian
            else Population.COMBATANTS
        )
        return [
            ClaimDraft(
                self.index,
                (side,),
                kind,
                figure.amount,
                claimant,
                self._method(claimant, self.publisher_kind),
                as_of,
                since,
                (),
                population,
                ClaimScope.CUMULATIVE,
                False,
                at=figure.first,
            )
        ]

    def turn_asks(self) -> bool:
        """Whether the sentence is a question of a transcript's turn, whose figures no one claims.

        "Q: Is it true that 10,000 soldiers have been killed?": the figure is put to
        the speaker, not told by anyone.
        """
        return self.discourse.turn and self.norm_at[self.last - 1] == "?"

    def _asked(self) -> Asked | None:
        """What a question asks the count of, and of whose people; None if no one count.

        "How many Ukrainians are in Russian prisons?" is Ukraine's captured; "How many
        have come home since 2022?" a running total of homecomings; "How many came
        home on Tuesday?" (one exchange) and "How old is the youngest?" ask neither.
        """
        words = [self.norm_at[i] for i in range(self.first, self.last)]
        counted = any(a == "how" and b == "many" for a, b in itertools.pairwise(words)) or (
            not lx.OFFICIAL_COUNT_HEADS.isdisjoint(words)
        )
        if not counted:
            return None
        # "still in Russian hands" is held, not handed: the noun after "in" is a state
        lemmas = {
            _lemmas.lemma(w)
            for k, w in enumerate(words)
            if not (w in _HELD_STATES and "in" in words[max(0, k - 3) : k])
        }
        kinds: set[CasualtyCategory | None] = {
            kind for kind, cue in _ASKED_KINDS if not cue.isdisjoint(words)
        }
        if not lemmas.isdisjoint(_NOT_ASKED_LOSS):
            # "How many have come home so far?": a running total, never one day's swap
            total = not _ASKED_TOTAL.isdisjoint(words) and all(d.since for d in self.m.dates)
            kinds = {None} if total and not kinds else set()
        if len(kinds) != 1:
            return None
        kind = kinds.pop()
        cues = next((cue for k, cue in _ASKED_KINDS if k is kind), _HOMECOMERS) | _FIGHTERS
        side = next(
            (
                p.code
                for p in self.m.parties
                if p.role != MEDIATOR
                and (
                    # "how many Ukrainians", "how many Ukrainian soldiers"
                    (p.role == NATIONALITY and self.norm_at[p.first - 1] == "many")
                    # "Russia's number of wounded", not "by Kyiv's estimate"
                    or (
                        ends_possessive(self.tokens[p.last - 1].text.lower())
                        and any(self.norm_at[i] in cues for i in range(p.last, p.last + 3))
                    )
                )
            ),
            None,
        )
        nouns = (lx.PEOPLE.match(self.tokens, i, self.last) for i in range(self.first, self.last))
        people = next((n[1].category for n in nouns if n is not None and n[1].category), None)
        return Asked(kind, side, people or PersonCategory.OTHER, self.discourse.turn)

    def answer_side(self, asked: Asked, figure: FigureMention) -> str | None:
        """Whose people an answer counts: the side asked of, else the answering speaker's."""
        speaker = self.discourse.label or self.attribution or self.speaker_near(figure.first)
        side = asked.side or (speaker.party if speaker is not None else None)
        return side if side in self._belligerents else None

    def answer_figure(self, start: int, used: set[int]) -> FigureMention | None:
        """The figure an answer gives as its whole reply, if it does.

        The answer's first figure stands bare or counts people (no bodies, no
        vehicles), only opening words stand before it ("Yes, we think") and the
        sentence tells nothing of its own after it ("300 have come home" does).
        """
        if not self.m.figures or 0 in used:
            return None
        figure = self.m.figures[0]
        if figure.remains or (figure.noun is None and not self._ends_bare(figure)):
            return None  # "About 300 tanks": an answer about something else
        if figure.noun is not None and figure.noun.category not in (None, *_ANSWER_PEOPLE):
            return None
        # "Kyiv says about 8,000": the answer's speaker before the figure
        start = max([start, *(v + 1 for v in self.m.speech if start <= v < figure.first)])
        if any(self.norm_at[i] not in lx.ANSWER_LEAD for i in range(start, figure.first)):
            return None  # "We brought home 4,000": the answer tells its own verb
        if figure.np_end < self.last - 1 and self.norm_at[figure.np_end] not in lx.ANSWER_TAIL:
            return None  # "300 have come home": the answer tells its own fate
        return figure

    def intermediaries(self) -> list[str]:
        if not self.m.mediation:
            return []
        return list(dict.fromkeys(p.code for p in self.m.parties if p.role == MEDIATOR))


def _past_origin(words: list[str]) -> list[str]:
    """The words after a noun group past a phrase of where its people are from.

    "120 residents of the region are still known to be held": the verb group
    after "of the region" is the people's own, and is read from its start, past
    an aside of who says so ("120 residents of the region, she said, are ...").
    """
    if len(words) > 3 and words[0] in ("of", "from") and words[1] in ("the", "its", "their"):
        # "112 residents of the border districts are still listed as missing": one
        # modifier may stand before the place
        place = next((k for k in (2, 3) if words[k : k + 1] and words[k] in _HOME_PLACES), None)
        if place is not None and len(words) > place + 1:
            return _past_said_aside(words[place + 1 :])
    # "250 servicemen from (the) Kharkiv region were still listed as missing"
    at = 1 + (words[1:2] == ["the"])
    if (
        len(words) > at + 2
        and words[0] in ("of", "from")
        and words[at] in lx.REGIONS
        and words[at + 1] in _PLACE_NOUNS
    ):
        return words[at + 2 :]
    return words


def _past_said_aside(words: list[str]) -> list[str]:
    """The words past an aside of saying set off by commas: ", the governor said,".

    Such an aside names who gives the figure and leaves the verb after it the
    people's own; an aside of anything else is left for the caller to stop at.
    """
    if words[:1] != [","] or "," not in words[1:6]:
        return words
    close = words.index(",", 1)
    return words[close + 1 :] if not lx.SPEECH.isdisjoint(words[1:close]) else words
