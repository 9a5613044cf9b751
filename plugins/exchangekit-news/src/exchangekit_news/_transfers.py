"""Transfers: the legs of exchanges a sentence's own figures state.

The rules that turn a figure of people handed over into leg drafts (handovers,
swaps, each/apiece, one leg per side), reading its verb and sides with the
layers below.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection, Sequence
from typing import Final

from exchangekit import Count, PersonCategory, Qualifier
from exchangekit_news import _lemmas
from exchangekit_news import _lexicon as lx
from exchangekit_news._chunks import _NEGATIONS, same_number, verb_group
from exchangekit_news._claim_subjects import _CAPTURING, _OWN_SIDE_HEADS
from exchangekit_news._clauses import (
    _STAGES,
    aggregate,
    another_day_opens,
    first_part_alone,
    respective,
)
from exchangekit_news._dated_lines import respective_list_next
from exchangekit_news._drafts import EARLIER_KEPT, PUBLISHER, LegDraft, reporting_period_at
from exchangekit_news._figure_dates import (
    _HAS_DAY,
    _HOPING,
    _MODAL_WORDS,
    _PROPOSING,
    _QUOTES,
    _RELATIVES,
    _SET_FOR_LATER,
    _SWAP_VERBS,
    _UNDONE,
    _WEEKDAY_NAMES,
    names_a_day,
    set_done,
)
from exchangekit_news._lexicon import Move, SourceEntry
from exchangekit_news._mentions import (
    ACTOR,
    MEDIATOR,
    STAGE_NOUNS,
    DateMention,
    FigureMention,
    PartyMention,
    TransferWord,
    sides_subject_at,
)
from exchangekit_news._rivals import _COPULAS_NEAR, _reversed, _Rivals
from exchangekit_news._sentence import (
    _AGREEMENT_VERBS,
    _CAPTIVE_NOUNS,
    _CAPTIVITY,
    _CASUALTY_HEADS,
    _CLAUSE_MARKS,
    _EXCHANGE_NOUNS,
    _EXCHANGE_PLURALS,
    _HAVE,
    _TALLY_PLURALS,
    _TIMES,
    _other,
)
from exchangekit_news._tallies import (
    _ONE_EXCHANGE,
    _PERFECT_FILLERS,
    _TAKEN_AWAY,
    DEPORTING,
    _joint_code,
    two_way_kind,
)
from exchangekit_news._third_receivers import (
    freed_to_third,
    kept_in_third,
    moved_to,
    own_people_to_third,
    sent_to_third,
)
from exchangekit_news._tokens import DASHES, NUM, SYM, WORD, ends_possessive, norm_reader
from exchangekit_news._transfer_roles import (
    _AGREEING,
    _DONE_PASSIVES,
    _LINKS,
    _PREPOSITIONS,
    _SIDE_NOUNS,
    _SIZE_RANKS,
    _VERB_GROUP_WORDS,
    OWN_OBJECT_REACH,
)

# Heads a side calls its own dead by: "the bodies of 10,000 fallen citizens".
_OWN_FALLEN_HEADS: Final = _OWN_SIDE_HEADS | {"citizens"}
# States a side's people are brought back out of, as from captivity: "returned 40 from deportation".
_HELD_AWAY: Final = frozenset({"deportation", "occupation"})
# Participles after listed figures that make "for" before the sides name who got them.
_ADDED_WORDS: Final = frozenset({"added", "included", "thrown"})
# Nouns that count the parts a sum came in: "174 bodies in two handovers: ...".
_LISTED_PARTS: Final = lx.EXCHANGE_PLURALS | {"rounds", "stages", "batches", "groups", "tranches"}
# Verbs of where people returning home had been: "who had spent months in Ukraine".
_STAYED: Final = frozenset({"spent", "stayed", "lived", "held", "kept", "sheltered", "been"})
# Verbs of being held by captors: "civilians who were detained by Russian troops".
_HELD_BY: Final = frozenset(
    {"held", "kept", "detained", "captured", "abducted", "deported", "seized", "imprisoned"}
)
# "were (also) brought back": the passive of a verb of bringing, its people the subject
# Words after the count of handovers that carry on the one told: "two more", "two further".
_MORE: Final = frozenset({"more", "further"})
# Words that only link the items of a list of dates: "in July and again in August".
_LIST_LINKS: Final = frozenset({"and", "again", "in", "on", "then", "also"})
# Verbs that tell counted handovers took place after the one told: "two more followed".
_CAME_AFTER: Final = frozenset({"followed", "came", "ensued"})
_PASSIVE_BE: Final = frozenset({"were", "was", "been", "are", "is"})
# Words that make a bare "had been received" a return from the other side: the people
# are bodies or captives, or an exchange is named.
_RETURN_CONTEXT: Final = lx.REMAINS_NOUNS | lx.PRISONER_NOUNS | lx.EXCHANGE_NOUNS | {"captivity"}
_PASSIVE_ADVERBS: Final = frozenset({"also", "later", "then", "finally", "since"})
# Words after a verb of returning that tell a trade: the people may be those given for others.
_TRADED_AFTER: Final = frozenset({"exchange", "return", "swap", "exchanged", "swapped", "for"})
# A helper's verb of its part in a return: "has facilitated (supported, assisted) the
# return of 100 children".
_FACILITATING: Final = frozenset(
    form for verb in ("facilitate", "support", "assist") for form in _lemmas.inflections(verb)
)
# Adverbs that make a helper's "supported the return of" backing a demand, not a part
# played in a return: "has publicly supported the return of all deported children".
_BACKING_ADVERBS: Final = frozenset({"publicly", "openly", "strongly", "vocally"})
# Words after a helper's people that say they are not home: "none have come home yet".
_NOT_HOME: Final = frozenset({"still", "none", "yet"})
# Nouns of people's coming home: "a separate return of seven children took place".
_RETURN_NOUNS: Final = frozenset({"return", "repatriation", "homecoming"})
# Words between "we" and its verb of bringing back: "we have now managed to bring back".
_WE_FILLERS: Final = _PASSIVE_ADVERBS | {
    "have",
    "'ve",
    "had",
    "already",
    "now",
    "managed",
    "to",
    "were",
    "able",
    "been",
    "again",
}
_WAYS: Final = frozenset({"way", "direction"})  # "went the other way"
# Subject pronouns that carry one speaker's clause on after "and".
_SAME_SPEAKER: Final = frozenset({"we", "i", "she", "he", "it", "they"})
_UNCOUNTED: Final = lx.UNCOUNTED_QUANTIFIERS
# Quantifiers of an uncounted part, or of none, before "of whom": "some of whom were freed".
_PART_QUANTIFIERS: Final = _UNCOUNTED | {"most", "part", "majority", "minority", "none", "half"}
# Quantifiers of a part that leave the rest of another kind: "most of them", "half of them".
_MOST_OF: Final = frozenset({"most", "half"})

# One handover that can be the subject of the verb that moved its people.
# Ranks of a later exchange standing for it alone: "a second, on 1 April, brought back 86".
_LATER_RANKS: Final = frozenset({"second", "third", "fourth", "fifth", "next", "later"})
_SUBJECT_EVENTS: Final = _EXCHANGE_NOUNS | {
    "delivery",
    "operation",
    "operations",
    "transfer",
    "deal",
    "return",
}

_SERIES_WORDS: Final = frozenset({"each", "similar", "every", "apiece"})
# Words between a rank by size and the figure it sizes: "the largest of which involved 84".
_RANKED_FILLERS: Final = _LINKS | {"of", "them", "which", "these", "one", "involved", "with"}
# Plurals of the events a series of handovers is told in: "in a series of operations".
_SERIES_PLURALS: Final = _TALLY_PLURALS | {"groups", "batches", "repatriations", "returns"}
# Words after a count of people that make it a whole held or taken, not people moved home.
_HELD_OR_TAKEN: Final = _TAKEN_AWAY | {"captured", "taken", "held", "detained", "missing"}
# "about 1,000 each month followed": a count told after the handover it carries on
_FOLLOWED: Final = frozenset(_lemmas.inflections("follow"))
# Nouns of one handover among several that a rank may open: "a second batch of 1,200".
_BATCH_NOUNS: Final = frozenset({"batch", "group", "handover", "stage", "round", "transfer"})
# Parts one handover may be made in: "in batches of 300", "in three stages".
_PARTS_OF_ONE: Final = lx.STAGE_PLURALS | {"batches", "tranches", "groups"}
# Words of a clause that stretch its handover past one day or make it a sum told: "over
# three days", "between Monday and Thursday", "has returned", "said".
_PAST_ONE_DAY: Final = (
    frozenset({"days", "weeks", "months", "between", "since", "total", "all", "far", "now"})
    | frozenset({"overall", "altogether", "together", "date"})
    | lx.HAVING
    | lx.SPEECH
)
# Told events a span runs between: "returned between the two statements".
_TOLD_EVENTS: Final = frozenset(
    {"statements", "reports", "updates", "announcements", "briefings", "visits", "meetings"}
)
# Words by which a side tells of getting something done: "managed to", "was able to".
_ACHIEVING: Final = frozenset({"able", *_lemmas.inflections("manage")})
_SUCCEEDING: Final = frozenset(_lemmas.inflections("succeed"))
# Verbs by which a side tells of its people's "return": "Kyiv announced the return of 12".
_TOLD_RETURN: Final = frozenset(
    form
    for verb in ("announce", "report", "confirm", "welcome", "hail", "celebrate")
    for form in _lemmas.inflections(verb)
)
# what opens a sum brought up to date by one exchange: "with Wednesday's exchange, 2,828 ..."
_SUM_OPENERS: Final = frozenset({"with", "counting", "including"})
# Words that break a whole down into its parts: "made up of", "consisting of", "comprising".
_BREAKDOWN_WORDS: Final = frozenset({"made", "consisting", "comprising", "composed", "consisted"})
_BREAKDOWN_LINKS: Final = _BREAKDOWN_WORDS | {"up", "was", "were", "is", "are"}
_SUMMED_EXCHANGE: Final = _EXCHANGE_NOUNS - _EXCHANGE_PLURALS | {
    "transfer",
    "stage",
    "handover",
    "release",
}
# The words that may end a figure's own clause before its "to X" (see _legs_for).
# Words that open a span phrase fronting a sentence: "Over the same period, ...".
_PERIOD_OPENERS: Final = frozenset({"over", "during", "in", "across", "throughout"})
_OWN_CLAUSE_ENDS: Final = frozenset(
    {"who", "whom", "whose", ";", "while", "whereas", ",", "and", "—", "–", "as"}
)
# Nouns of a side's fighting men as a clause's subject: "as Russian forces pressed on"
_ARMED_BODIES: Final = lx.FIGHTERS | {"forces", "units", "army"}
# "Most swaps in 2024 involved between 75 and 250 people": swaps told as a kind
_TYPICAL_QUANTIFIERS: Final = frozenset({"most", "many", "several", "earlier", "previous", "past"})
_TYPICAL_OPENERS: Final = frozenset({"but", "and", "so", "yet"})
# Words before a plural of swaps ranked by size: "the largest single swaps", "the biggest".
_RANKED_PLURAL_WORDS: Final = frozenset({"the", "largest", "biggest", "single", "previous"})
_PER_EVENT: Final = frozenset({"handover", "exchange", "swap", "repatriation", "time", "occasion"})

_DOCUMENTS: Final = frozenset({"list", "lists", "names", "register", "database", "file", "files"})
# Words between "a list of" and its number: "a list of another 87", "of some 300".
_DOCUMENT_COUNT_WORDS: Final = frozenset(
    {"another", "a", "further", "some", "about", "around", "almost", "nearly", "roughly"}
    | {"over", "more", "than", "at", "least", "up", "to"}
)

# Pronouns between a side and its count: "On Kyiv's side they are 270 soldiers".
_SIDE_PRONOUNS: Final = frozenset({"they", "these", "those", "it"})

# Infinitives of an event after "to": "is due to take place", "is to go ahead".
_HAPPENING_VERBS: Final = frozenset({"take", "be", "happen", "go", "proceed", "begin", "start"})
_HAPPEN: Final = frozenset(
    {"taken", "take", "happened", "happen", "gone", "go", "occurred", "carried", "held"}
)
# Verbs that single out some of a group: "the 205 who came home included 108 fighters".
_INCLUDED: Final = frozenset({"included", "includes", "include"})
# Words a subject of its own opens after: "Kyiv said that the freed included ...".
_SUBJECT_OPENERS: Final = frozenset({"that", ",", ";", ":"})
# Words adding one group to another in a list: "128 soldiers, plus six foreigners".
_JOINING_FOREIGNERS: Final = frozenset({"plus", "and", ",", "with"})
# Words calling people foreign, of neither side: "six foreign nationals", "ten foreigners".
_FOREIGN: Final = frozenset({"foreign", "foreigners"})
# Speakers placed on the sides: "officials on both sides said", not people moved per side.
_SIDES_SPEAKERS: Final = frozenset(
    {
        "officials",
        "authorities",
        "sources",
        "negotiators",
        "diplomats",
        "representatives",
        "spokesmen",
        "spokespeople",
        "delegations",
        "leaders",
        "governments",
        "media",
    }
)
# "the figure was 66 on both sides": subjects of a copula giving one swap's size
_SWAP_SIZE_SUBJECTS: Final = frozenset({"figure", "figures", "number", "numbers", "it"})
# Verbs of having people in hand: "Kyiv now had hundreds of captured Russians".
_HAVING_NOW: Final = frozenset({"had", "has", "have", "held", "holds", "hold"})
_HOLDING_ADVERBS: Final = frozenset({"now", "already", "still", "then"})
# Words that may stand between "agreed to" and the exchange noun: "carry out a further".
_AGREED_FILLERS: Final = frozenset(
    {"carry", "out", "hold", "conduct", "a", "an", "the", "another", "further", "new"}
    | {"large", "larger", "major", "big", "bigger", "second", "third", "next", "prisoner"}
    | {"full", "mutual", "fresh"}
)
# Words a further counted group of a verb's object adds: "and 20 civilians".
_LISTED_OBJECT_REACH: Final = 4
# What may stand between "was" and the exchange noun it completes: "was a smaller swap".
_CLEFT_FILLERS: Final = frozenset({"a", "an", "the", "another", "one", "further", "new"}) | {
    "small",
    "smaller",
    "large",
    "larger",
    "big",
    "bigger",
    "modest",
    "prisoner",
    "mutual",
}
# Comparatives that make an exchange bigger than the group counted: "in a larger swap".
_LARGER: Final = frozenset({"larger", "bigger", "wider", "broader"})
# words from the people to "a larger exchange": "from the villages near X came home in"
_LARGER_REACH: Final = 14
_CLEFT_ASIDE_REACH: Final = 5  # words of an aside before "was": ", last week,"
_TOOK_OR_TAKE: Final = frozenset({"took", "take"})
_HAPPENED_WORDS: Final = frozenset({"happened", "happen", "occurred", "occur"})
# How far back from "to" an "agreed" may stand across an adverbial: "agreed in Istanbul on
# Wednesday to"; words that cannot be inside such an adverbial end the walk.
_AGREED_ADVERBIAL_REACH: Final = 6
# words back from a second "and to" to the first "agreed to" it repeats
_AGREED_OBJECT_REACH: Final = 30
_NOT_ADVERBIAL: Final = frozenset(
    {"and", "but", "or", "which", "who", "that", "to", "was", "were", "is", "are", "had", "has"}
)
# Participles that, before "to", make an exchange's size its plan: "was meant to involve".
_MEANT: Final = frozenset(
    {"meant", "supposed", "due", "set", "scheduled", "expected", "planned", "intended"}
)
_MEANT_REACH: Final = 6  # words between the noun and its figure: "had been meant to involve"
# Verbs after an exchange noun that say it was held up, not carried out: "the handover of
# 6,000 bodies stalled", "the swap of 90 for 90 was delayed".
_STALLED: Final = frozenset({"stalled", "stalls", "delayed", "suspended", "derailed", "collapsed"})
# Nouns and participles of talks that, after a form of "be", leave an exchange still to be
# agreed: "the swap ... is under discussion", "was being negotiated".
_TALKS_NOUNS: Final = frozenset({"discussion", "negotiation", "negotiations", "consideration"})
_TALKS_PARTICIPLES: Final = frozenset(
    {"discussed", "negotiated", "considered", "debated", "prepared", "arranged", "worked"}
)


def _still_talked_about(following: list[str]) -> bool:
    """Whether the words after a form of "be" say the exchange is still being talked about.

    "(a further swap of 500 a side) was under discussion", "is being negotiated": the
    talks are about an exchange that has not happened yet.
    """
    first, second = following[:1], following[1:2]
    if first == ["under"]:
        return bool(second) and second[0] in _TALKS_NOUNS
    return first == ["being"] and bool(second) and second[0] in _TALKS_PARTICIPLES


# Adverbs of degree before "ready": "the swap was almost ready".
_READY_DEGREE: Final = frozenset({"almost", "nearly", "practically", "virtually", "now", "all"})


def _made_ready(following: list[str]) -> bool:
    """Whether the words after a form of "be" say the exchange is ready, so still to come.

    'a larger swap ... was "almost ready"', "is now ready": it can be carried out, and has
    not been. Quotation marks around the words are passed over.
    """
    words = [w for w in following if any(c.isalnum() for c in w)]
    while words and words[0] in _READY_DEGREE | {"but"}:
        words = words[1:]
    return words[:1] == ["ready"]


# "descended into" stalls a handover only with a quarrel as its object: "descended into a
# public row", not "descended into the valley"; how many words may stand before the quarrel.
_DESCENDED: Final = frozenset({"descended", "descends"})
_QUARRELS: Final = frozenset(
    {"row", "dispute", "acrimony", "recriminations", "wrangling", "spat", "chaos", "disarray"}
)
_QUARREL_REACH: Final = 5
# Words that end the noun's own predicate before a later clause whose stall words are not the
# handover's: "the exchange ... came after months in which talks had stalled", "the handover
# ... followed a row that had delayed it".
_OTHER_CLAUSE: Final = frozenset(
    {"after", "following", "before", "since", "because", "until", "when", "came", "comes"}
    | {"followed", "follows"}
)
# Marks that set off a list of a whole's parts: "27 civilians: 19 men and 8 women".
_PART_SET_OFF: Final = frozenset({":", ",", "—", "–", "-", "("})
# How far after a figure "on each of three days" may end, and the words that may stand
# between "each of" and the count of days: "each of the three consecutive days".
_EACH_DAY_REACH: Final = 14
_BEFORE_DAYS_COUNT: Final = frozenset(
    {"the", "its", "those", "these", "consecutive", "successive", "straight", "separate"}
)
# Words of a passive verb group between its subject and its verb: "were to be", "would be".
_PASSIVE_GROUP: Final = lx.BE_FORMS | lx.PLANNING | {"to", "set", "also", "then", "now", "not"}
# Prepositions after which a place is where people had been: "after two years in Russia".
_SINCE_LANDMARKS: Final = frozenset({"after", "following", "before", "until"})
# "the swap was close", "a deal seemed imminent": near, not done.
_NEAR: Final = frozenset({"close", "near", "imminent", "nearing"})
# "reports of a swap were false": what a form of "be" says of an exchange that did not happen.
_UNTRUE: Final = lx.DENIALS | frozenset(
    {"false", "untrue", "fake", "bogus", "unfounded", "baseless", "groundless", "fabricated"}
    | {"wrong", "inaccurate", "incorrect", "mistaken"}
)
# Adverbs by which a form of "be" takes back a size told before: "was in fact 148 for 148".
_CORRECTING: Final = frozenset({"actually", "really", "fact", "reality", "truth"})

# What makes the people of a count a place's own: "from our district", "from this village".
_LOCALITY_DETERMINERS: Final = frozenset({"our", "this", "the"})
_LOCALITY_NOUNS: Final = frozenset(
    {"district", "village", "town", "city", "community", "hromada", "region", "oblast"}
)
_SINGLED_OUT: Final = frozenset(
    {"largest", "biggest", "smallest", "first", "last", "latest", "most"}
)
# Verbs of an unconfirmed report, and the words that tie it to the denial it prompted.
_REPORTED: Final = frozenset({"reported", "claimed", "alleged", "reports", "claims"})
_SAID_OR_REPORTED: Final = lx.SPEECH | _REPORTED
_PROMPTING: Final = frozenset({"after", "when", "which"})
# Words between people and the word that says they were taken away: "lists 900 as deported".
_TAKEN_LINKS: Final = frozenset({"as", "were", "was", "have", "has", "had", "been"})
# Participles of holding that an adverb of manner may lead: "illegally held", "unlawfully
# detained"; the people were kept, not taken away, and may come home.
_HELD_PARTICIPLES: Final = frozenset({"held", "detained", "imprisoned", "kept", "confined"})
# Verbs of a relative aside that lists some of a group's people: "which included two women".
_INCLUDING: Final = _lemmas.INCLUDING
# One exchange an "in which" clause may size: "the May exchange, in which".
_ONE_EXCHANGE_NOUNS: Final = frozenset({"exchange", "swap", "handover", "repatriation"})
# How far before a figure the "in which" of its clause may stand; words of a sum in it.
_IN_WHICH_REACH: Final = 10
_IN_ALL_WORDS: Final = frozenset({"total", "altogether", "overall"})
# Words that add people to a figure told before: "246 each way, plus 31 wounded".
_ADDING: Final = frozenset({"plus", "besides", "additionally", "addition"})
# Verbs of an aside that says what a figure counts: "a figure that covers children of both".
_COVERING: Final = _INCLUDING | frozenset(
    form for verb in ("cover", "count", "span") for form in _lemmas.inflections(verb)
)
# How far a verb may stand after the one "and" joins it to, and what splits the two.
_JOINED_REACH: Final = 8
_CLAUSE_BREAKS: Final = frozenset({".", ";", ":", "?", "!", "but", "while", "whereas"})
# Channels and writers that, counted by a quantifier, are nobody in particular.
_UNNAMED_OUTLETS: Final = frozenset({"channels", "bloggers", "accounts", "users"})
# Words before "captured" that make it the people's adjective ("the captured 90 men")
# or a passive ("were captured 90 days ago"), not a verb whose object is the figure.
_CAPTOR_NOT_SUBJECT: Final = frozenset(
    {"the", "these", "those", "its", "their", "our", "his", "her", "were", "was", "been"}
)
_VAGUE_QUANTIFIERS: Final = frozenset({"several", "some", "many", "various", "anonymous"})
_SEEKING: Final = frozenset(
    {"work", "working", "push", "pushing", "pushed", "call", "calls", "called", "calling"}
    | {"seek", "seeking", "demand", "demands", "demanded", "demanding", "want", "wants"}
    | {"hope", "hopes", "urged", "urges"}
    # a wish told in the past is still no swap done: "Turkey said it hoped to broker an
    # exchange of 1,000 for 1,000 by the end of the year"
    | {"hoped", "hoping", "wanted", "wanting", "sought", "seeks"}
)

# Nouns naming an exchange only put forward: "a proposal for a swap of 300 people".
_PLAN_NOUNS: Final = frozenset(
    {"proposal", "proposals", "offer", "offers", "plan", "plans", "request", "requests"}
    | {"idea", "ideas", "suggestion", "suggestions", "initiative", "initiatives", "bid", "bids"}
)

# Nouns of an exchange only spoken of: "there was talk of a swap of 1,000 for 1,000".
_TALK_NOUNS: Final = frozenset(
    {"talk", "speculation", "rumours", "rumors", "rumour", "rumor", "prospect", "prospects"}
)
_TALK_REACH: Final = 5  # "talk in the spring of": words of time before the "of"

# Words between "was" and the size a plan "was": "the offer was up to 300 each way".
_PLAN_SIZE_HEDGES: Final = lx.SHARE_HEDGES | {"up", "to", "some", "just", "only", "initially"}
# How many words the subject of "the plan was N" may run to: "Kyiv's initial offer was".
_PLAN_SUBJECT_REACH: Final = 4
# Participles of holding people whose "by" names the side that held them: "detained by".
_HELD_BY_VERBS: Final = frozenset({"detained", "held", "captured", "imprisoned", "jailed"})
# How far before an exchange noun its cancelling verb may stand: "called off the planned swap".
_CALLED_OFF_REACH: Final = 3
# How many words an aside between that subject and "was" may run to: ", officials said,".
_PLAN_ASIDE_REACH: Final = 5

# Verbs of a deployment's purpose: "sent 11,000 men to help Moscow" moves troops to fight.
_DEPLOYED_TO: Final = frozenset(
    {"help", "fight", "support", "assist", "reinforce", "bolster", "aid", "serve", "join"}
)

# Verbs whose object's moving is their outcome: "will see 1,000 people go home".
_CAUSING: Final = frozenset({"see", "let", "allow", "enable", "mean"})
# Verbs of a deal's terms: "the accord foresees 800 on each side being swapped" says what
# was agreed, in any tense, and moves no one.
_FORESEEING: Final = frozenset(
    f for verb in ("foresee", "envisage") for f in _lemmas.inflections(verb)
)

# Nouns of asking after people: "requests about 100,000 people" moves no one.
_ENQUIRIES: Final = frozenset(
    {"requests", "enquiries", "inquiries", "queries", "appeals", "applications", "calls"}
)

# Words of a noun group between a sum cue and its figure: "; in total, the remains of 210".
_SUM_LEADS: Final = frozenset({"the", "remains", "bodies", "of", *lx.FIGURE_HEDGE_WORDS})

# Past forms of a side carrying out an exchange: "held a swap", "carried out an exchange".
_HELD_EXCHANGE: Final = frozenset({"held", "carried", "conducted", "completed", "staged"})
# Verbs and nouns of a staff: the people counted after them work somewhere, nobody moved.
_EMPLOYING: Final = frozenset(
    {"employs", "employ", "employed", "employing", "hired", "hires", "staff", "staffed"}
)

# Nouns after "one-for-one" that make it the terms swaps keep, not a count of one person.
_TERMS_NOUNS: Final = lx.EXCHANGE_PLURALS | {"basis", "principle", "formula", "terms", "ratio"}

# The finite verb after a participle phrase on people: "248 freed in January had completed".
_STILL_NOW: Final = frozenset({"still", "already", "now"})
# Verbs of getting somewhere: "30 civilians freed on Tuesday had reached Sumy" moves them.
_ARRIVING: Final = frozenset(
    itertools.chain.from_iterable(
        _lemmas.inflections(verb) for verb in ("reach", "arrive", "land", "cross", "travel")
    )
)
_AFTER_AUXILIARY: Final = _STILL_NOW | frozenset({"been", "being", "all", "since"})
# "..., with as many going to Russia": participles of moving that open an absolute clause.
_MOVING_PARTICIPLES: Final = frozenset(
    {"going", "heading", "moving", "travelling", "traveling", "crossing", "coming"}
)

# Verbs of winning a return from the other side: "secured the release of 300".
_WON_VERBS: Final = frozenset(
    f"{stem}{end}" for stem in ("secure", "ensure", "achieve") for end in ("", "s", "d")
) | {"securing", "ensuring", "achieving", "obtain", "obtains", "obtained", "win", "won"}
# Words between a subject and "secured the return of": "had helped (to) secure".
_WON_FILLERS: Final = frozenset(
    {"has", "have", "had", "helped", "to", "now", "already", "also", "since", "then"}
)
# Subjects of a side's office's own work: "it had secured", "the office has secured".
_OFFICE_SUBJECTS: Final = frozenset({"it", "she", "he", "office"})
# Verbs that cause a return with a particle after them: "brought about", "led to".
_CAUSED_BY_PARTICLE: Final = {
    "about": frozenset(_lemmas.inflections("bring")),
    "to": frozenset({"lead", "leads", "led", "leading"}),
}
# A word between a number and the exchanges it counts: "dozens of swaps", "30 prisoner
# swaps", "12 body exchanges".
_COUNTED_EXCHANGE_LINKS: Final = frozenset({"of", "body"}) | lx.PRISONER_NOUNS
# words between "since" and a noun of exchanging that makes it a span's start
_SINCE_EVENT_MODIFIERS: Final = frozenset(
    {"the", "first", "very", "initial", "earliest", "prisoner", "body", "big", "large"}
)

# Nouns of talking to people that a short modifier may part from their "with": "interviews
# conducted in May with 52 POWs released".
_TALKS_HELD: Final = frozenset({"interviews", "conversations", "surveys"})
# Words by which a report names the people it talked to: "interviews with 74 soldiers freed".
_QUESTIONED: Final = _lemmas.INTERVIEWING | _TALKS_HELD
_TALKS_MODIFIER_REACH: Final = 5  # words a participle or date may put between noun and "with"
# Verbs of getting bodies back that a side also does alone, on the ground it holds.
_RECOVERING: Final = frozenset(_lemmas.inflections("recover"))
# Ground bodies are recovered from when no side hands them over: "from the battlefield".
_GROUND: Final = frozenset(
    {"battlefield", "battlefields", "territory", "territories", "field", "fields", "front"}
    | {"ground", "rubble", "debris", "wreckage", "grave", "graves", "trenches", "frontline"}
)
# Verbs of work on people already back: "has identified 5,000 of the bodies returned";
# "found 20 bodies of Russians among those handed over" finds a part, hands no one over.
_WORKED_ON: Final = frozenset(
    itertools.chain.from_iterable(
        _lemmas.inflections(verb)
        for verb in (
            "identify",
            "examine",
            "rehabilitate",
            "treat",
            "process",
            "analyse",
            "discover",
        )
    )
) | {"find", "finds", "found", "finding"}
# Verbs that take "through" for work done on a group one by one: "work through 900 bodies".
_WORKED_THROUGH: Final = frozenset(
    itertools.chain.from_iterable(
        _lemmas.inflections(verb) for verb in ("work", "sort", "sift", "comb", "wade", "go")
    )
)
_QUESTIONED_OR_WORKED_ON: Final = _QUESTIONED | _WORKED_ON  # joined once, not per figure
# Words of being held that a count of people still in captivity stands with.
_STILL_HELD_WORDS: Final = _CAPTIVITY | {"held", "captive", "detained"}


def _told_kind(moved: list[LegDraft]) -> PersonCategory:
    """The kind of people a sentence's transfers leave for a later bare figure.

    "390 people each way — 270 soldiers and 120 civilians" tells living people of
    several kinds, so a later "almost 700 have come home" is of no one kind, not of
    the kind of the last part; prisoners some of them wounded are prisoners still.
    Otherwise the last transfer's kind carries on.
    """
    living = {leg.category for leg in moved} - {PersonCategory.REMAINS}
    if len(living) < 2:
        return moved[-1].category
    return PersonCategory.PRISONERS_OF_WAR if living <= lx.SOLDIER_KINDS else PersonCategory.OTHER


# Words that can follow a verb with no object: the end of its clause, or a time.
_AFTER_INTRANSITIVE: Final = frozenset(
    {".", ",", ";", ":", "today", "yesterday", "tonight", "on", "after", "safely", "alive"}
    # "eight children returned through a Qatari-mediated channel", "... via Belarus",
    # "... with Qatar's help": how they came back, not an object
    | {"through", "via", "with", "under", "during"}
)

# Words that open a time of the telling's own day after an intransitive "returned":
# "returned this morning" ("that afternoon" points back to a day the words may not name,
# "last night" to the day before a telling that may be earlier than the story).
_TIME_DEICTICS: Final = frozenset({"this"})
_DAY_PARTS: Final = frozenset({"morning", "afternoon", "evening"})

# Nouns of a part measured against a whole: "a small fraction of the 19,546".
_FRACTION_NOUNS: Final = frozenset({"fraction", "share", "portion", "proportion", "percentage"})
# Verbs that let people go home, unlike "taken" or "transferred to Russia": "have been freed".
_HOMECOMING_LEMMAS: Final = frozenset({"free", "release", "return", "repatriate"})


# The verb forms right after "children from Kharkiv" ("... had been brought back").
_HOMECOMING_AUX: Final = frozenset({"had", "have", "has", "were", "was", "are", "came", "returned"})


# What people may "receive" that is no handover of them: "received treatment for wounds".
_CARE_RECEIVED: Final = frozenset(
    {"treatment", "care", "medical", "aid", "assistance", "help", "rehabilitation"}
    | {"compensation", "payment", "payments", "medals", "awards", "support", "visits"}
)


# Words that open a phrase of place after a verb of return ("returned from territory held
# by Moscow", "came home via Belarus"), and how long such a phrase may run.
_PLACE_WORDS: Final = frozenset({"from", "to", "home", "via", "through", "across", "into"})
_PLACE_REACH: Final = 8


_PERFECT_AUXILIARIES: Final = lx.FINITE_HAVE
# Heads that count a country's people by their citizenship: "two Colombian nationals".
_NATIONALS: Final = frozenset({"nationals", "citizens"})
# How many times the largest leg of a dated swap a perfect's figure must be to be a total.
_FAR_LARGER: Final = 10
# Verbs a year is the subject of when it sums its returns: "2024 brought 1,358 home".
_YEAR_VERBS: Final = frozenset({"brought", "saw"})
_BARE_YEAR: Final = re.compile(r"(?:19|20)[0-9]{2}")
_YEAR_OPENERS: Final = lx.CLAUSE_MARKS | {"how", "year", "the", "and", "but"}
# Kinds whose leg measures a whole swap: a swap told only by its civilians or its wounded
# ("8 civilians came home on Thursday") may have moved many more of another kind beside.
_SWAP_MEASURES: Final = frozenset({PersonCategory.OTHER, PersonCategory.PRISONERS_OF_WAR})
# Where a sentence ends, and how far past one the next is looked at.
_SENTENCE_END: Final = re.compile(r"[.!?](?=\s|$)")
_NEXT_SENTENCE_REACH: Final = 400
# An exchange named by its day or as the one at hand: "today's swap", "this exchange".
_THIS_EXCHANGE: Final = re.compile(
    r"(?:['’]s|\bthis|\bthat)\s+(?:" + "|".join(sorted(lx.EXCHANGE_NOUNS)) + r")\b",
    re.IGNORECASE,
)


_LABELLING: Final = lx.LABELLING | {"called", "labelled", "labeled", "branded", "classed"}
"""Participles by which a teller labels people: their "by" names the teller."""
_ASKED_FOR: Final = frozenset({"sought", "wanted", "requested", "demanded"})
"""Participles of asking for people: their "by" names the side that wants them back."""
_BY_NO_AGENT: Final = _LABELLING | _ASKED_FOR


class _Transfers(_Rivals):
    """The rules for the legs of exchanges a sentence's figures state."""

    def _in_return_after(self, figure: FigureMention) -> int | None:
        """Where "in return" or "in exchange" first stands after ``figure``'s noun group."""
        return next(
            (
                i
                for i in range(figure.np_end, self.last - 1)
                if self.norm_at[i] == "in" and self.norm_at[i + 1] in ("return", "exchange")
            ),
            None,
        )

    def _joined_pair(self, figure: FigureMention) -> list[FigureMention]:
        """The two figures of a pair joined by "and" that ``figure`` is in, else [].

        "310 and 290 prisoners": a list of two, and no more ("15, 310 and 290" is three).
        """

        def joined(a: FigureMention, b: FigureMention) -> bool:
            between = [self.norm_at[i] for i in range(a.np_end, b.first)]
            return bool(between) and set(between) <= {",", "and"} and between[-1] == "and"

        figures = sorted(self.m.figures, key=lambda f: f.first)
        at = next((i for i, f in enumerate(figures) if f.first == figure.first), None)
        if at is None:
            return []
        run = [figures[at]]
        for i in range(at - 1, -1, -1):
            if not joined(figures[i], run[0]):
                break
            run.insert(0, figures[i])
        for i in range(at + 1, len(figures)):
            if not joined(run[-1], figures[i]):
                break
            run.append(figures[i])
        return run if len(run) == 2 else []

    def _respective_way(
        self, figure: FigureMention, predicate: TransferWord | None, belligerents: Sequence[str]
    ) -> tuple[str, str] | None:
        """The (sender, receiver) "respectively" gives one of two figures over two sides.

        "310 and 290 prisoners went home to Ukraine and Russia respectively": the first
        figure went to the first side named, the second to the second, each from the
        other side; sides after "from" sent them, and the subject of a verb of getting
        ("Ukraine and Russia received 310 and 290 respectively") got them. None when the
        sentence pairs no two sides with the figures that way.
        """
        if "respectively" not in self.norm_set or len(belligerents) != 2 or predicate is None:
            return None
        pair = self._joined_pair(figure)
        if not pair:
            return None
        for one in self.m.parties:
            if one.code not in belligerents or self.norm_at[one.last] != "and":
                continue
            at = one.last + 1 + (self.norm_at[one.last + 1] == "to")
            two = next((p for p in self.m.parties if p.first == at), None)
            if two is None or two.code not in belligerents or two.code == one.code:
                continue
            after = two.last + (self.norm_at[two.last] == ",")
            way = self.norm_at[one.first - 1 - (self.norm_at[one.first - 1] == "the")]
            if (
                way in ("to", "from", "for")
                and one.first > pair[-1].np_end
                and self.norm_at[after] == "respectively"
                and (way != "for" or self._added_for(pair[-1], one.first))
            ):
                receivers = way != "from"
            elif (
                two.last == predicate.first
                and predicate.move is Move.RECEIVE
                and predicate.last <= pair[0].first
                and self.norm_at[pair[-1].np_end + (self.norm_at[pair[-1].np_end] == ",")]
                == "respectively"
            ):
                receivers = True
            else:
                continue
            side = (one, two)[pair[1].first == figure.first].code
            other = _other(side, belligerents)
            if other is None:
                return None
            return (other, side) if receivers else (side, other)
        return None

    def _shared_over_sides(self, figure: FigureMention) -> bool:
        """Whether "respectively" shares ``figure``'s pair out over the two sides named."""
        return self._way_over_sides(figure) is not None

    def _way_over_sides(self, figure: FigureMention) -> tuple[str, str] | None:
        """The (sender, receiver) "respectively" gives ``figure`` over two sides, or None."""
        if "respectively" not in self.norm_set:
            return None
        verbs = [t for t in self.m.transfers if t.first < figure.first]
        predicate = verbs[-1] if verbs else None
        return self._respective_way(figure, predicate, self._belligerents)

    def _respectively_turned(
        self, figure: FigureMention, drafted: list[LegDraft] | None
    ) -> list[LegDraft] | None:
        """``drafted``, the legs of an item listed like the one before, sent the way
        "respectively" gives it over two sides: "31 and 15 wounded added for Ukraine and
        Russia respectively" sends the 15 to Russia, not where the 31 went.
        """
        way = self._way_over_sides(figure) if drafted else None
        if not drafted or way is None:
            return drafted
        sender, receiver = way
        turned = [leg._replace(sender=sender, receiver=receiver) for leg in drafted]
        return list({leg.category: leg for leg in turned}.values())

    def _added_for(self, last: FigureMention, side: int) -> bool:
        """Whether "for" before the side at ``side`` follows "added" right after the figures.

        "with 31 and 15 wounded prisoners added for Ukraine and Russia respectively": the
        sides after "added for" got the figures; "swapped 31 and 15 for ..." names what
        they were traded for, and is not read so.
        """
        for_at = side - 1 - (self.norm_at[side - 1] == "the")
        return for_at == last.np_end + 1 and self.norm_at[last.np_end] in _ADDED_WORDS

    def _for_its_part_after(self, figure: FigureMention) -> int | None:
        """Where "for its (their) part" first stands after ``figure``: the other side's turn.

        "115 came home; Russia, for its part, got back 115": the side named before the
        aside is the other one, so the people before it went to its enemy.
        """
        return next(
            (
                i
                for i in range(figure.np_end, self.last - 2)
                if self.norm_at[i] == "for"
                and self.norm_at[i + 1] in ("its", "their")
                and self.norm_at[i + 2] == "part"
            ),
            None,
        )

    def _swapped_for_others(self, figure: FigureMention, side: str) -> bool:
        """Whether the "for" counterpart of a swapped figure is the other side's people.

        "Kyiv swapped 45 Azovstal defenders for 3 Russian pilots": Kyiv held the
        Russians, so it gave them and got the 45; "swapped 45 prisoners for 30
        Ukrainians" keeps the literal reading, the 45 given for Kyiv's own.
        """
        if self.norm_at[figure.np_end] != "for":
            return False
        counter = next((f for f in self.m.figures if f.first == figure.np_end + 1), None)
        return (
            counter is not None
            and counter.nationality is not None
            and counter.nationality != side
            and counter.nationality in self._belligerents
        )

    def _home_against_counter(
        self, figure: FigureMention, belligerents: Sequence[str]
    ) -> str | None:
        """The home of people given "in return for N Russians" when no side moves them.

        "the first swap returned twelve soldiers in return for twelve Russians": the
        people given for one side's own went to the other side; so they did in "a swap
        freed 31 soldiers for 31 Russians", the "for" of the swap right after them.
        """
        back = self._in_return_after(figure)
        if back is None and self.norm_at[figure.np_end] == "for":
            back = figure.np_end - 2  # "freed 31 soldiers for 31 Russians"
        if back is None:
            # "75 defenders came home for 75 Russians": "for" right after the figure's verb
            for i in range(figure.np_end + 1, min(self.last, figure.np_end + 4)):
                if self.norm_at[i] == "for" and any(
                    t.first < i <= t.last and t.first >= figure.np_end for t in self.m.transfers
                ):
                    back = i - 2
                    break
        if back is None:
            back = self._for_past_dated_items(figure)
        if back is None or self.norm_at[back + 2] != "for" or len(belligerents) != 2:
            return None
        if self._figure_between(figure.last, back) and not self._answers_each_time(back + 3):
            return None  # "... and 101 on 9 May, for 63 Russians each time" answers both
        counter = next((f for f in self.m.figures if f.first == back + 3), None)
        side = None if counter is None else counter.nationality
        return None if side is None else _other(side, belligerents)

    def _added_to_passive(
        self, verb: TransferWord, figure: FigureMention, previous: LegDraft | None
    ) -> bool:
        """Whether ``figure`` is added after a passive whose subject was the figure before.

        "185 servicemen had been returned, as well as 20 civilians": the people added
        went the same way as the subject; the verb before them is not theirs to object.
        A short phrase of place may stand between ("had been returned from territory held
        by Moscow, as well as 20 civilians"), but no other figure or clause.
        """
        if previous is None or previous.sentence != self.index or previous.tally:
            return False
        if self.norm_at[verb.first - 1] not in ("been", "were", "was", "are", "is"):
            return False
        if not any(f.np_end <= verb.first - 1 < f.np_end + 3 for f in self.m.figures):
            return False  # the figure before is the passive's subject, its auxiliaries between
        between = [self.norm_at[i] for i in range(verb.last, figure.first)]
        if "," not in between:
            return False
        comma = len(between) - 1 - between[::-1].index(",")
        place, joiner = between[:comma], between[comma + 1 :]
        if place and (
            place[0] not in _PLACE_WORDS
            or len(place) > _PLACE_REACH
            or self._figure_between(verb.last, verb.last + comma)
        ):
            return False  # "were returned, and Russia got 20 more": not a phrase of place
        return tuple(joiner) in lx.ADDING_JOINERS

    def _for_past_dated_items(self, figure: FigureMention) -> int | None:
        """Two before the "for" that ends the figure's verb and dates: "came back on 4 May for".

        "116 came back on 4 May and 101 on 9 May, for 63 Russians each time": past the
        verb right after the people, only dates, their prepositions and listed bare
        figures stand before the counter.
        """
        verb = next((t for t in self.m.transfers if t.first == figure.np_end), None)
        if verb is None:
            return None
        for i in range(verb.last, min(self.last, verb.last + 14)):
            word = self.norm_at[i]
            if word == "for":
                return i - 2
            if word not in ("on", "in", ",", "and") and not any(
                d.first <= i < d.last for d in self.m.dates
            ):
                bare = any(f.first <= i < f.last and f.noun is None for f in self.m.figures)
                if not bare:
                    return None
        return None

    def _answers_each_time(self, at: int) -> bool:
        """Whether the counter figure at ``at`` is given "each time": once per handover listed."""
        counter = next((f for f in self.m.figures if f.first == at), None)
        return (
            counter is not None
            and self.norm_at[counter.np_end] == "each"
            and self.norm_at[counter.np_end + 1] in lx.RECURRING
        )

    def _story_home(self, belligerents: Sequence[str], soldiers: bool = False) -> str | None:
        """The side the text is told from: its last speaker's, if no handover contradicts it.

        "Kyiv said 50 soldiers came home in January. On 3 May, 25 came home": people
        of no side came home to the side last heard telling of the exchanges, unless a
        one-way handover told before went to the other side ("we handed over eight
        Russians"). A swap told both ways in turn, led by the teller's own people,
        contradicts no side, so soldiers named anew as coming home after it ("The last
        one brought home 146 soldiers") are the teller's; a bare "52 more" might be
        either side's and is not guessed.
        """
        teller = next(
            (e for e in reversed(self.discourse.sources) if e.party in belligerents), None
        )
        if teller is None or teller.party is None or teller in self.discourse.captors:
            # a side last heard telling only of a surrender spoke of the enemy's people
            # laying down arms, not of its own coming home: no home is guessed from it
            return None
        side = teller.party
        kept = self.discourse.legs
        # a full window may have cut the oldest sentence's other way off: no one-way evidence
        cut = kept[0].sentence if len(kept) >= EARLIER_KEPT else None
        ways: dict[int, set[str]] = {}
        for leg in kept:
            if not leg.tally and leg.sentence < self.index and leg.sentence != cut:
                ways.setdefault(leg.sentence, set()).add(leg.receiver)
        homes = {way for sentence in ways.values() if len(sentence) == 1 for way in sentence}
        # a swap told both ways is the teller's when it led with the teller's people
        lead = next((ways[k] for k in sorted(ways) if len(ways[k]) == 1), set())
        both_ways = soldiers and homes >= set(belligerents) and lead == {side}
        return side if homes <= {side} or both_ways else None

    def _home_listed_after(self, figure: FigureMention, predicate: TransferWord) -> str | None:
        """The side the next figure listed with ``figure`` belongs to, both under one verb after.

        "185 servicemen and 20 residents of the Kursk region returned home": the figures
        are the subjects of one verb of coming home, so the home the later one's
        nationality names is the earlier one's too. None when the list is not the verb's
        subject, or the next figure names no side of the war.
        """
        after = [f for f in self.m.figures if f.first > figure.first]
        if not after or not self._listed(figure.np_end, after[0].first):
            return None
        listed = after[0]
        if predicate.first < listed.np_end or any(
            self.tokens[i].kind == NUM for i in range(listed.np_end, predicate.first)
        ):
            return None
        home = listed.nationality
        return home if home in self._belligerents else None

    def _home_of_other_leg(self, figure: FigureMention, belligerents: Sequence[str]) -> str | None:
        """The side people came home to when a later clause says the other side got its own.

        "86 servicemen came home, and Russia received its people in return": the
        side that received "in return" is the other leg's receiver, so home is the
        other belligerent.
        """
        if len(belligerents) != 2:
            return None
        back = self._in_return_after(figure)
        part = self._for_its_part_after(figure)
        if back is None and part is None:
            return self._home_opposite_next(figure, belligerents)
        if back is None or (part is not None and part < back):
            back = part
        assert back is not None
        for party in self.m.parties:
            if not figure.np_end < party.first <= back or not party.noun:
                continue
            if party.code not in belligerents or self.norm_at[party.first - 1] in _PREPOSITIONS:
                continue
            reach = party.last + 3
            if part is not None and self.norm_at[party.last] == "," and party.last + 1 == part:
                reach = part + 4  # "Russia, for its part, got back 115": past the aside
            verb = next(
                (
                    t
                    for t in self.m.transfers
                    if party.last <= t.first <= reach and t.move is Move.RECEIVE
                ),
                None,
            )
            if verb is not None and not self._figure_between(figure.np_end, verb.last):
                return next(code for code in belligerents if code != party.code)
        return None

    def _verb_of(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether ``predicate`` is the figure's own verb: just before it or just after its noun.

        "exchange 3,233 prisoners", "3,233 prisoners exchanged"; not "11 exchanges since the
        war began involving 3,233 prisoners", where another word counts them.
        """
        return predicate.last == figure.first or predicate.first == figure.np_end

    def _other_way(self, predicate: TransferWord) -> bool:
        """Whether the verb of handing over is "go the other way" ("went in the other direction").

        The phrase gives no side of its own: its people went against the way of the
        people told just before them.
        """
        return any(
            self.norm_at[i] in ("other", "opposite") and self.norm_at[i + 1] in _WAYS
            for i in range(predicate.first, predicate.last)
        )

    def _one_way_before(self) -> tuple[str, str] | None:
        """The flipped (sender, receiver) of the sentence just before, if it moved people one way.

        "Forty-one bodies went the other way" after a sentence whose handovers all went one
        way went against it; after a swap told both ways, or a running total, no way is
        "the other", so none is guessed.
        """
        before = [leg for leg in self.discourse.legs if leg.sentence == self.index - 1]
        ways = {(leg.sender, leg.receiver) for leg in before}
        if not before or any(leg.tally for leg in before) or len(ways) != 1:
            return None
        sender, receiver = next(iter(ways))
        return receiver, sender

    def _home_opposite_next(self, figure: FigureMention, belligerents: Sequence[str]) -> str | None:
        """The home of people of no side when the next clause's people "went the other way".

        "50 soldiers came home and 50 Russians went the other way", "with 50 soldiers
        coming home and 50 Russians going the other way": the next figure, joined by
        "and", is of one side's people going the opposite way, so the first went to
        the other side.
        """
        later = [f for f in self.m.figures if f.first >= figure.np_end]
        if not later or self.norm_at[later[0].first - 1] != "and":
            return None
        side = later[0].nationality
        if side not in belligerents:
            return None
        stop = min(self.last - 1, later[0].np_end + 5)
        if not any(
            self.norm_at[i] == "other" and self.norm_at[i + 1] in _WAYS
            for i in range(later[0].np_end, stop)
        ):
            return None
        return next(code for code in belligerents if code != side)

    def _other_kind_included(self, figure: FigureMention, category: PersonCategory) -> bool:
        """Whether a bare figure's aside names people of another kind, with no count.

        "brought home 130 more, including civilians": the kind carried from the
        figure before (soldiers) is not the whole group's, so it is of no one kind;
        "including 20 civilians" counts a part and is read as one.
        """
        at = figure.np_end + (self.norm_at[figure.np_end] in ("more", "further"))
        if self.norm_at[at] != "," or self.norm_at[at + 1] != "including":
            return False
        found = lx.PEOPLE.match(self.tokens, at + 2, self.last)
        return (
            found is not None
            and found[1].category is not None
            and found[1].category is not category
            and not found[1].remains
        )

    def _part_told_after(self, figure: FigureMention) -> bool:
        """Whether a bare figure's clause goes on to tell the kind of only a part of it.

        "On June 11, 95 came home, most of them from the marines": the aside says what
        most were, so the rest were not and the whole is of no one kind, whatever the
        sentence before counted ("many of them conscripts" says nothing of the rest).
        """
        stop = min((f.first for f in self.m.figures if f.first > figure.first), default=self.last)
        return any(
            self.norm_at[i] == ","
            and self.norm_at[i + 1] in _MOST_OF
            and self.norm_at[i + 2] == "of"
            and self.norm_at[i + 3] == "them"
            for i in range(figure.np_end, min(stop, self.last) - 3)
        )

    def _side_subject_after(self, at: int) -> bool:
        """Whether the word at ``at`` opens a clause whose subject is a side's people.

        "as Russian troops pressed on", "as Ukraine's forces held the line": a side
        named at once, then a plural noun of people and a verb, is the clause's subject.
        "as prisoners of war", "as many as": no side opens the clause.
        """
        starts = (at + 1, at + 2) if self.norm_at[at + 1] == "the" else (at + 1,)
        party = next((p for p in self.m.parties if p.first in starts), None)
        if party is None:
            return False
        # the mention may take in its noun ("Ukrainian forces") or not ("Russia's troops")
        head = party.last - 1
        if self.norm_at[head] not in _ARMED_BODIES:
            head = party.last + (self.norm_at[party.last] == "'s")
        return (
            self.norm_at[head] in _ARMED_BODIES
            and head + 1 < self.last
            and self.tokens[head + 1].kind == WORD
        )

    def _absolute(self, with_at: int) -> bool:
        """Whether "with" at ``with_at`` opens an absolute clause with a verb of moving people.

        "..., with nothing sent to Russia in return", "..., with 12 bodies going the
        other way": the clause has its own subject and verb; "with the help of" has none.
        """
        for t in self.m.transfers:
            if with_at + 1 < t.first <= with_at + 7:
                return not any(self.norm_at[i] == "," for i in range(with_at + 1, t.first))
        # "..., with a roughly equal number going to Russia": a participle of moving
        for i in range(with_at + 2, min(self.last, with_at + 8)):
            if self.norm_at[i] in _CLAUSE_MARKS:
                return False
            if self.norm_at[i] in _MOVING_PARTICIPLES:
                return True
        return False

    def _labelled_from(self, start: int, end: int) -> int:
        """Where a participle of labelling opens its own "by" in ``start``-``end``, else ``end``.

        "Ukraine handed over 64 people, described by Moscow as civilians": the "by" is
        the labeller's, not the agent of the handing over, so it names no sender; nor
        does the "by" of asking ("handed over 24 people sought by Moscow").
        """
        return next(
            (
                k
                for k in range(start, end - 1)
                if self.norm_at[k] in _BY_NO_AGENT and self.norm_at[k + 1] == "by"
            ),
            end,
        )

    def _set_off_after_clause(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` is a bare count set off by a comma after its verb's whole clause.

        "civilians came back from Russia, 12 each time": the count, with no noun of its
        own, closes the clause, with nothing but the verb's own phrases between the verb
        and the comma; so does a sum set off on both sides ", about 900 in all,".
        """
        # "the remains returned to Ukraine in June, more than 6,000 in total, ...": a sum
        # with no noun written after it counts the people the clause before it moved
        summed = (
            figure.np_end == figure.last
            and self.norm_at[figure.last] == "in"
            and self.norm_at[figure.last + 1] in ("all", "total")
            and self.norm_at[figure.last + 2] == ","
        )
        if (figure.noun is not None and not summed) or self.norm_at[figure.first - 1] != ",":
            return False
        if not predicate.last < figure.first - 1 or self._gapped_receiver(figure) is not None:
            return False  # "1,000 went to Ukraine, 19 to Russia": a half with its own "to"
        return not any(
            self.norm_at[i] in _CLAUSE_MARKS or self.tokens[i].kind == NUM
            for i in range(predicate.last, figure.first - 1)
        )

    def _colon_head_goal(self, predicate: TransferWord | None, figure: FigureMention) -> str | None:
        """The side a list's head sends its items to: "Returned to Ukraine: 95 on 18 October".

        A head of just a verb of handing over and "to" a side, closed by a colon, says
        where every figure of the list after it went; a stop or semicolon ends the list.
        Only a head the verb opens, maybe after the noun of the people it moved ("Bodies
        returned to Ukraine: 900 on 2 May"): "Not yet returned to Ukraine:" lists no handover.
        """
        if predicate is None or predicate.last > figure.first:
            return None
        if predicate.first != self.first:
            people = lx.PEOPLE.match(self.tokens, self.first, predicate.first)
            if people is None or people[0] != predicate.first:
                return None
        colon = next(
            (i for i in range(predicate.last, figure.first) if self.norm_at[i] == ":"), None
        )
        if colon is None:
            return None
        at = predicate.last + (self.norm_at[predicate.last] in ("home", "back"))
        goal = self._receiver_at(at)
        if goal is None or goal.last != colon:
            return None
        if any(self.norm_at[i] in (";", ".") for i in range(colon, figure.first)):
            return None
        return goal.code

    def _colon_head_getter(
        self, predicate: TransferWord | None, figure: FigureMention
    ) -> str | None:
        """The side that got people back in a clause the colon before the figure closes.

        "Kyiv took back its dead: on 17 July, 1,000 were handed over": the clause after
        the colon spells out how the side named as the subject of a verb of getting got
        them, so a verb of handing over there that names no side of its own sent them
        to it. The head counts no one of its own and the colon's clause runs on with no
        stop or semicolon before the figure.
        """
        if predicate is None or predicate.move is not Move.SEND or predicate.first < figure.last:
            return None
        colon = next(
            (
                i
                for i in range(figure.first - 1, self.first, -1)
                if self.norm_at[i] in (":", ";", ".")
            ),
            None,
        )
        if colon is None or self.norm_at[colon] != ":":
            return None
        head = next(
            (
                t
                for t in reversed(self.m.transfers)
                if t.last <= colon and t.move is Move.RECEIVE and t.done
            ),
            None,
        )
        if head is None or any(head.first <= f.first < colon for f in self.m.figures):
            return None
        getter = next(
            (p for p in self.m.parties if p.last == head.first and p.noun and p.role == ACTOR),
            None,
        )
        return getter.code if getter is not None else None

    def _free_relative_goal(
        self, predicate: TransferWord | None, figure: FigureMention
    ) -> str | None:
        """The side "What came back to Russia" names as where the figures after it went.

        A sentence (or a clause after a comma) opened by "what" and a verb of handing
        over "to" a side names the people moved there; the figures it then gives ("What
        came back to Russia was the remains of 24", "... varied: 24 and 31") went to that
        side, whatever source is named after them. Another verb of handing over between
        ends it.
        """
        if predicate is None or predicate.last > figure.first:
            return None
        what = predicate.first - 1
        if self.norm_at[what] != "what" or not (
            what == self.first or self.norm_at[what - 1] in (",", ";", ":")
        ):
            return None
        at = predicate.last + (self.norm_at[predicate.last] in ("home", "back"))
        goal = self._receiver_at(at)
        if goal is None or any(
            self.norm_at[i] in (";", ".") for i in range(goal.last, figure.first)
        ):
            return None
        if any(goal.last <= t.first < figure.first for t in self.m.transfers):
            return None
        return goal.code

    def _into_party(self, start: int, stop: int) -> str | None:
        """The side named as a noun right after "into": "crossed back into Ukraine".

        "into Russian captivity" names no destination: the party must be the noun. The
        search ends at a clause mark: "each freed 115, in the first swap since troops
        crossed into Russia" names no one's destination.
        """
        if "into" not in self.norm_set:
            return None
        for i in range(start, min(stop, self.last)):
            if self.norm_at[i] in _CLAUSE_MARKS:
                return None
            if self.norm_at[i] == "into":
                party = next((p for p in self.m.parties if p.first == i + 1), None)
                return party.code if party is not None and party.noun else None
        return None

    def _goal_before_of(self, predicate: TransferWord | None, figure: FigureMention) -> str | None:
        """The side a noun of handing over is "to" when it comes before the people's "of".

        "documented the return to Ukraine in June of 12 civilians": the goal stands
        between the noun and its "of", with at most a month after it. Only a noun
        (after an article), only "to" a side named as a noun, nothing else between.
        """
        if predicate is None or predicate.last > figure.first:
            return None
        if self.norm_at[predicate.first - 1] not in ("the", "a", "an"):
            return None
        to = predicate.last - (self.norm_at[predicate.last - 1] == "to")
        if self.norm_at[to] != "to":
            return None
        start = to + 1 + (self.norm_at[to + 1] == "the")
        party = next((p for p in self.m.parties if p.first == start and p.noun), None)
        if party is None or party.role == MEDIATOR:
            return None
        if figure.nationality not in (None, party.code):
            return None  # "the return to Ukraine of 12 Russian soldiers": which way is unclear
        k = party.last
        if self.norm_at[k] == "in" and self.norm_at[k + 1] in lx.MONTHS:
            k += 2  # "the return to Ukraine in June of 12 civilians"
            if self.tokens[k].kind == NUM and len(self.tokens[k].text) == 4:
                k += 1
        return party.code if k == figure.first - 1 and self.norm_at[k] == "of" else None

    def _crossed_carrying(
        self, predicate: TransferWord | None, figure: FigureMention
    ) -> str | None:
        """The side a vehicle crossed into, when what it carried follows the crossing.

        "lorries crossed into Ukraine carrying the remains of 1,000 people": the verb's
        own "into" names where the people carried went, as when "carrying ..." comes first.
        """
        if predicate is None or predicate.last > figure.first:
            return None
        if self.norm_at[predicate.last - 1] != "into":
            return None
        carrying = next(
            (i for i in range(predicate.last, figure.first) if self.norm_at[i] == "carrying"), None
        )
        if carrying is None or any(
            self.norm_at[i] in _CLAUSE_MARKS for i in range(carrying, figure.first)
        ):
            return None
        return self._into_party(predicate.last - 1, carrying)

    def _crossed_abroad(
        self, predicate: TransferWord | None, nationality: str | None, receiver: str | None
    ) -> bool:
        """Whether people crossed into a country not their own: an incursion, not a return.

        "Ukrainian troops crossed into Russia's Kursk region": people handed back go to
        their own side, so a crossing into the other side moves no one home.
        """
        return (
            predicate is not None
            and self.norm_at[predicate.last - 1] == "into"
            and nationality is not None
            and receiver is not None
            and nationality != receiver
        )

    def _listed_after_colon(
        self, predicate: TransferWord | None, start: int, figure: FigureMention
    ) -> bool:
        """Whether the figure is listed after another in a list the verb's colon opens.

        "230 Ukrainians had been returned: 224 soldiers and sergeants and six civilians":
        the items after the colon are the people the verb moved, one way for all.
        """
        return (
            predicate is not None
            and any(self.norm_at[i] == ":" for i in range(predicate.last, start))
            and self._listed(start, figure.first)
        )

    def _unkinded_parts_of_whole(self, figure: FigureMention) -> bool:
        """Whether the figure is one of the parts a list set off after a whole spells out.

        "27 civilians have come home: 19 men and 8 women", "..., 40 adults and 12
        children": two or more exact parts adding up to the whole told just before them,
        of no kind and no side the whole does not already give, are the same people
        again, not a handover or a total of their own. Parts of kinds ("270 soldiers
        and 120 civilians") or of sides ("150 Ukrainians and 150 Russians") are the
        other rules'.
        """
        figures = self.m.figures
        if len(figures) < 3:
            return False  # most sentences: no room for a whole and two parts
        at = next((k for k, f in enumerate(figures) if f is figure), None)
        if at is None:
            return False
        end = at
        while end + 1 < len(figures) and self._joined_parts(figures[end], figures[end + 1]):
            end += 1
        head = at
        while head > 0 and self._joined_parts(figures[head - 1], figures[head]):
            head -= 1
        parts = figures[head : end + 1]
        if head == 0 or len(parts) < 2:
            return False
        whole = figures[head - 1]
        mark = parts[0].first - 1
        if self.norm_at[mark] not in _PART_SET_OFF or whole.np_end > mark or whole.noun is None:
            return False
        kinds = {None, PersonCategory.OTHER, whole.noun.category}
        return (
            whole.amount.low == whole.amount.high
            and all(p.amount.low == p.amount.high and p.amount.low is not None for p in parts)
            and sum(p.amount.low or 0 for p in parts) == whole.amount.low
            and all(p.noun is not None and p.noun.category in kinds for p in parts)
            and all(p.nationality in (None, whole.nationality) for p in parts)
            and all(p.remains == whole.remains for p in parts)
        )

    def _included_in_group_moved(self, figure: FigureMention) -> bool:
        """Whether the figure is what a group of people already moved "included".

        "the 205 who had come home included 108 fighters", "Kyiv said the men it received
        included two civilians", "the freed included nine defenders of Mariupol": the
        subject is the people of a handover, named by a verb of moving inside it, and the
        figure counts some of them, not a handover of its own. "The swap included 50
        civilians" has an exchange for its subject, and is left to the other rules. So is
        the figure "among" such a group "are": "Among those who have come home are 213
        defenders and 17 civilians".
        """
        if self.norm_set.isdisjoint(_INCLUDED) and self.norm_set.isdisjoint(("are", "were")):
            return False  # most sentences: no verb of including, nor "are" after "among"
        # the verb may open a list the figure ends: "included defenders of Mariupol, border
        # guards and two civilians"
        verb = next(
            (
                i
                for i in range(figure.first - 1, max(self.first, figure.first - 12), -1)
                if self.norm_at[i] in _INCLUDED or self.norm_at[i] in ("are", "were")
            ),
            None,
        )
        if verb is None or any(verb < t.first < figure.first for t in self.m.transfers):
            return False
        if self.norm_at[verb] in ("are", "were"):
            # the group after "among" opens the clause: "Among the 230 returned today, ...,
            # are", "Among those who have come home were"
            return any(
                self.norm_at[start] == "among" and self._group_moved(start + 1, verb)
                for start in (
                    self._subject_start(verb, openers)
                    for openers in (_SUBJECT_OPENERS, _SUBJECT_OPENERS - {","})
                )
            )
        # the subject opens the clause, or the sentence past a comma aside in it ("the 140
        # who came home, some after three years, included ...")
        return any(
            self._group_moved(self._subject_start(verb, openers), verb)
            for openers in (_SUBJECT_OPENERS, _SUBJECT_OPENERS - {","})
        )

    def _subject_start(self, verb: int, openers: frozenset[str]) -> int:
        """Where the subject of the verb at ``verb`` opens: past one of ``openers`` or a saying."""
        start = verb - 1
        while start > self.first and not (
            self.norm_at[start - 1] in openers or self.norm_at[start - 1] in lx.SPEECH
        ):
            start -= 1
        return start

    def _group_moved(self, start: int, verb: int) -> bool:
        """Whether the words from ``start`` to ``verb`` name people by a verb of moving them.

        "the 205 who had come home", "the men it received", "those freed": a definite
        group handed over, not an exchange ("the swap") nor people of no handover.
        """
        if self.norm_at[start] not in ("the", "those", "these") or start == verb - 1:
            return False
        words = {self.norm_at[i] for i in range(start, verb)}
        return words.isdisjoint(lx.EXCHANGE_NOUNS) and any(
            start < t.first and t.last <= verb and t.move in (Move.SEND, Move.RECEIVE)
            for t in self.m.transfers
        )

    def _on_each_of_days(self, figure: FigureMention) -> bool:
        """Whether the figure's clause gives it as the size of each of several days' handovers.

        "freed 390 prisoners on each of three (consecutive) days", "on each day of the
        three-day swap", "390 a day for three days": several handovers on days left
        unnamed, so the figure is no one swap's size and its sum is not told either.
        """
        if self.norm_set.isdisjoint(("day", "days")):
            return False  # most sentences: no day to have each of
        words: list[str] = []
        # "390 on Tuesday and 100 on each of the two days before": the "each of" after a
        # figure coordinated later is that figure's own
        later = {
            f.first
            for f in self.m.figures
            if f.first >= figure.np_end and self.norm_at[f.first - 1] in ("and", ",")
        }
        for i in range(figure.np_end, min(self.last, figure.np_end + _EACH_DAY_REACH)):
            if self.norm_at[i] in (";", ".", ":") or i in later:
                break
            words.append(self.norm_at[i])
        for k, word in enumerate(words):
            after = words[k + 1 : k + 6]
            if word == "each" and after[:2] == ["day", "of"]:
                return True  # "on each day of the three-day swap"
            if word == "each" and after[:1] == ["of"]:
                rest = [w for w in after[1:] if w not in _BEFORE_DAYS_COUNT]
                if rest[:1] and (rest[0] in lx.NUMBER_WORDS or rest[0].isdigit()):
                    return rest[1:2] == ["days"]  # "on each of three days"
            if word in ("a", "per") and after[:2] == ["day", "for"]:
                return True  # "390 a day for three days"
        return False

    def _each_of_handovers_set_off(self, figure: FigureMention) -> bool:
        """Whether the figure, set off after handovers not dated one by one, sizes "each".

        "Several swaps took place in the spring, each involving about 60 prisoners",
        "..., each of them with dozens of soldiers", "Three exchanges took place last
        month, each involving 40 prisoners": the figure is every handover's own size,
        so it is neither one swap nor their sum, and whether it counts one side's
        people or both is not said. Handovers given a date each ("..., each of them
        involving around 1,000 bodies, took place in July, August and September") are
        the other rules'.
        """
        link = figure.first - 1
        if self.norm_at[link] not in ("involving", "with", "of") or "each" not in self.norm_set:
            return False
        each = link - 1
        if (self.norm_at[each - 2], self.norm_at[each - 1], self.norm_at[each]) == (
            "each",
            "of",
            "them",
        ):
            each -= 2
        elif (self.norm_at[each - 1], self.norm_at[each]) == ("each", "one"):
            each -= 1
        if self.norm_at[each] != "each" or self.norm_at[each - 1] not in {",", *lx.DASH_MARKS}:
            return False
        if not any(self.norm_at[i] in lx.HANDOVER_PLURALS for i in range(self.first, each)):
            return False
        return sum(not d.since for d in self.m.dates) < 2

    def _joined_parts(self, before: FigureMention, after: FigureMention) -> bool:
        """Whether two figures stand joined in one list: "19 men and 8 women"."""
        between = {self.norm_at[i] for i in range(before.np_end, after.first)}
        return bool(between) and between <= {"and", ","} and after.first - before.np_end <= 2

    def _wounded_went_other_way(self, receiver: str) -> bool:
        """Whether the wounded told so far all went to another side than ``receiver``."""
        ways = {
            leg.receiver
            for leg in self.discourse.legs
            if not leg.tally and leg.category is PersonCategory.WOUNDED_PRISONERS
        }
        return bool(ways) and receiver not in ways

    def _in_counter_list(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is in a list that "exchanged for" or "in return for" opens."""
        figures = self.m.figures
        at = next((k for k, f in enumerate(figures) if f.first == figure.first), None)
        if at is None:
            return False
        first, _ = self._joined_list(figures, at)
        return self._counter(figures[first])

    def _one_for_one_terms(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is a term of "one-for-one" before swaps in the plural or a basis.

        "Moscow insists on one-for-one swaps", "exchanges on a one-for-one basis": the
        words set the terms swaps are made on, one person for one, and count no one; a
        single "one-for-one exchange" may be the swap of one person each way, and stays.
        """
        if self.tokens[figure.first].text.lower() != "one" or self.norm_at[figure.last] == "":
            return False
        if self.norm_at[figure.last] == "for":
            other = figure.last + 1  # the first "one"
        elif self.norm_at[figure.first - 1] == "for":
            other = figure.first - 2  # the second "one"
        else:
            return False
        if self.tokens[other].text.lower() != "one":
            return False
        return self.norm_at[max(other, figure.first) + 1] in _TERMS_NOUNS

    def _in_document(self, figure: FigureMention) -> bool:
        """Whether the figure counts the entries of a document: "a list of another 87 residents".

        A list or register handed over moves no one; a hedge or "another" may stand between
        "of" and the number ("a list of some 300 names"). So are people "on a list" the
        list's entries: in "300 children on a list Kyiv handed over", the list was handed.
        """
        at = figure.first - 1
        while at > self.first and self.norm_at[at] in _DOCUMENT_COUNT_WORDS:
            at -= 1
        if self.norm_at[at] == "of" and self.norm_at[at - 1] in _DOCUMENTS:
            return True
        if self._document_aside_before(at):
            return True  # "a further list, of about 150 civilians, had been passed to"
        after = figure.np_end
        if self.norm_at[after] != "on":
            return False
        after += self.norm_at[after + 1] in ("a", "the", "its", "their", "this", "that")
        return self.norm_at[after + 1] in _DOCUMENTS

    def _since_of_total(
        self, figure: FigureMention, dates: Sequence[DateMention], stop: int
    ) -> str | None:
        """The "since" date a total's span opens on, unless it frames another clause of a
        total that sums one exchange's days.

        "Since March 2022 the agency has taken part in exchanges, among them the largest,
        in May, when 1,000 were returned in three days": the 1,000 are that exchange's
        days, so the span opened before the figure's clause is not theirs.
        """
        since = self._own_since(figure, dates)
        if since is None or not self._exchange_of_several_days(figure, stop):
            return since
        start = self._clause_of(figure)[0]
        return next(
            (d.text for d in dates if d.since and d.text == since and d.first >= start), None
        )

    def _document_aside_before(self, at: int) -> bool:
        """Whether "of" at ``at`` opens an aside sizing the document just before it.

        "A further list, of about 150 civilians, was passed to Moscow": the comma sets the
        list's size off, but the list is still what was handed over, not the people.
        """
        return (
            self.norm_at[at] == "of"
            and at - 2 > self.first
            and self.norm_at[at - 1] == ","
            and self.norm_at[at - 2] in _DOCUMENTS
        )

    def _added_after(self, figure: FigureMention) -> bool:
        """Whether the figure is added to the clause before it: ", along with 25 civilians"."""
        before = tuple(
            self.norm_at[i] for i in range(max(self.first, figure.first - 4), figure.first)
        )
        return (
            before[-3:] in ((",", "along", "with"), (",", "together", "with"))
            or before[-4:] == (",", "as", "well", "as")
            or before[-2:] == (",", "plus")  # "185 servicemen returned to Russia, plus 20"
        )

    def _listed_past_aside(self, end: int, start: int) -> bool:
        """Whether a figure is listed after the one before once a dashed aside is skipped."""
        dashes = [i for i in range(end, start) if self.norm_at[i] in ("—", "–")]
        if len(dashes) != 2:
            return False
        return self._listed(dashes[1] + 1, start) or (
            dashes[1] + 1 == start - 1 and self.norm_at[start - 1] == "and"
        )

    def _relative_attribution(self, figure: FigureMention, stop: int) -> SourceEntry | None:
        """The speaker in "bodies that Moscow says are those of Ukrainian soldiers"."""
        if self.norm_at[figure.np_end] not in ("who", "whom", "which", "that"):
            return None
        for verb, subject in self.verb_speakers:
            if figure.np_end < verb < stop and len(subject) == 1:
                return subject[0]
        return None

    def _arrived_elsewhere(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether "arrive in" moves people who are neither the dead nor captives.

        "254 bodies arrived in Kyiv's custody", "the freed prisoners arrived in Ukraine"
        are handovers; "300 troops arrived in Kursk" in a sentence of no captives or
        exchange is a deployment, and bodies that "arrived at the exchange point" wait there.
        """
        if _lemmas.lemma(self.norm_at[predicate.first]) != "arrive" or self.norm_at[
            predicate.last
        ] in (
            "home",
            "back",
        ):
            return False
        if self.norm_at[predicate.last] in ("at", "to"):
            return True  # "the bodies have arrived at the exchange point": not yet handed over
        if not any(p.first == predicate.last for p in self.m.parties) and any(
            predicate.last - 1 <= d.first <= predicate.last + 1 for d in self.m.dates
        ):
            return True  # "since they arrived in the autumn": a time, not a side
        return not figure.remains and not self._arrivals_handed_over()

    def _crossed_into_other(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether people of one side "cross (the border) into" the other side's land.

        "84 Ukrainian prisoners crossed into Ukraine" come home; "10,000 Ukrainian
        soldiers crossed the border into Russia" invade it, and no one is handed over.
        """
        if (
            _lemmas.lemma(self.norm_at[predicate.first]) != "cross"
            or figure.nationality is None
            or predicate.first < figure.np_end  # the people are the crossing's subject
        ):
            return False
        into = next(
            (i for i in range(predicate.first, predicate.last + 4) if self.norm_at[i] == "into"),
            None,
        )
        if into is None:
            return False
        land = next((p for p in self.m.parties if p.first in (into + 1, into + 2)), None)
        return land is not None and land.code != figure.nationality

    def _sent_nowhere(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether a bare "send" lacks the "home", "back" or side that makes it a handover.

        "while sending 195 Russian soldiers home", "the remains of 31 soldiers were sent
        in the opposite direction" are handovers; "sent 5,000 troops to the front" is not.
        """
        if predicate.last - predicate.first != 1 or _lemmas.lemma(
            self.norm_at[predicate.first]
        ) != ("send"):
            return False
        after = [self.norm_at[i] for i in range(max(figure.np_end, predicate.last), self.last)][:5]
        if not {"home", "back"}.isdisjoint(after[:2]):
            return False
        if "opposite" in after or ("other" in after and "way" in after):
            return False
        if after[:1] == ["to"] and after[1:2] and after[1] in _DEPLOYED_TO:
            return True  # "sent 11,000 men to help Moscow": troops deployed, not handed over
        if (
            after[:1] == ["to"]
            and self.norm_at[figure.np_end - 1] == "troops"
            and self.norm_set.isdisjoint(_EXCHANGE_NOUNS | _SWAP_VERBS | _CAPTIVE_NOUNS)
        ):
            return True  # "had sent a further 3,000 troops to Russia": a deployment
        if after[:1] == ["to"]:
            at = max(figure.np_end, predicate.last) + 1
            if any(p.first in (at, at + 1) and p in self._actors() for p in self.m.parties):
                return False
            # "two children were sent to relatives in Russia": kin on a side's soil receive them
            kin = 2 if after[1:2] == ["their"] else 1
            return not (
                after[kin : kin + 2] in (["relatives", "in"], ["families", "in"], ["parents", "in"])
                and any(p.first == at + kin + 1 for p in self.m.parties)
            )
        return True

    def _denied(self, predicate: TransferWord) -> bool:
        """Whether the handing over is denied: "Kyiv denied that any exchange of 100 for
        100 had taken place", "Moscow denies it returned 50 prisoners"."""
        if self.norm_at[predicate.first - 1] in ("any", "no"):
            return True
        if self.norm_set.isdisjoint(lx.DENIALS):
            return False
        start = max(self.first, predicate.first - 8)
        if any(self.norm_at[i] in lx.DENIALS for i in range(start, predicate.first)):
            return True
        return self._denied_report(predicate)

    def _part_in_aside(self, figure: FigureMention, predicate: TransferWord) -> bool:
        """Whether the figure is a part a relative aside lists, and the verb is outside it.

        "He said the group, which included two women and a priest, had crossed into
        Ukraine": the women are some of the group's people, whose handover is told
        by the group's own figure; the verb after the aside moves the group.
        """
        at, verb = figure.first - self.first, predicate.first - self.first
        if not self.clauses.in_relative(at) or self.clauses.same_relative(at, verb):
            return False
        opener = next(
            (
                i
                for i in range(figure.first - 1, max(self.first, figure.first - 6) - 1, -1)
                if self.norm_at[i] in ("which", "who")
            ),
            None,
        )
        if opener is None or self.norm_at[opener - 2] in _SUBJECT_EVENTS:
            return False  # "the exchange, which included 95 on each side,": the event's size
        return any(self.norm_at[i] in _INCLUDING for i in range(opener + 1, figure.first))

    def _counted_after_uncounted(self, whole: FigureMention, figure: FigureMention) -> bool:
        """Whether the figure ends a list of a group's parts whose other items have no number.

        "189 Ukrainians, among them defenders of Mariupol and two civilians", "a group that
        included border guards, medics and four civilians": the list names who was in
        the group, not a breakdown of it, so its one counted item is no handover of its own.
        """
        if whole.noun is None or figure.noun is None or self.norm_at[figure.first - 1] != "and":
            return False
        between = range(whole.np_end, figure.first - 1)
        opener = next(
            (
                i
                for i in between
                if self.norm_at[i] in _INCLUDING
                or self.norm_at[i] == "including"
                or (self.norm_at[i], self.norm_at[i + 1]) == ("among", "them")
            ),
            None,
        )
        if opener is None or figure.first - opener > 16:
            return False
        items = range(opener + 1 + (self.norm_at[opener] == "among"), figure.first - 1)
        return any(self.tokens[i].kind == WORD for i in items) and not any(
            (self.tokens[i].kind == NUM and not self._year_after_in(i))
            or self.norm_at[i] in (";", ":", "while", "when", "whereas")
            or self.norm_at[i] in lx.NUMBER_WORDS
            for i in items
        )

    def _year_after_in(self, index: int) -> bool:
        """Whether token ``index`` is a year told with "in" ("servicemen captured in 2022").

        A year in a list of a group's members dates one item; it is no count of people.
        """
        return (
            index > 0
            and self.norm_at[index - 1] == "in"
            and len(self.tokens[index].text) == 4
            and self.tokens[index].text[:2] in ("19", "20")
            and self.tokens[index].text.isdigit()
        )

    def _part_of_named_group(self, figure: FigureMention) -> bool:
        """Whether the figure ends a set-off list of the parts of a group named with "the".

        "The children, a girl and three boys aged between two and 17, crossed into Ukraine":
        the group is the people told of before, and the aside says who was in it; its one
        counted item is a part, not a handover of its own.
        """
        if figure.noun is None or self.norm_at[figure.first - 1] != "and":
            return False
        opener = next(
            (
                i
                for i in range(figure.first - 2, max(self.first, figure.first - 8), -1)
                if self.norm_at[i] in (",", "(")
            ),
            None,
        )
        if opener is None or self.norm_at[opener] != ",":
            return False
        group = lx.PEOPLE.match(self.tokens, opener - 1, opener)
        if group is None or group[1].category is None or self.norm_at[opener - 2] != "the":
            return False
        items = range(opener + 1, figure.first - 1)
        return any(self.tokens[i].kind == WORD for i in items) and not any(
            self.tokens[i].kind == NUM or self.norm_at[i] in lx.NUMBER_WORDS for i in items
        )

    def _part_of_counted_group(self, figure: FigureMention) -> bool:
        """Whether the figure counts some of a group "the" points back to, in a sentence of no date.

        "Ten of the defenders returned with serious injuries", after "90 Ukrainians returned
        home": "the defenders" are the people already counted coming home, and the ten are
        some of them, told of again for their state; no new people moved. A dated sentence
        ("On Friday, ten of the defenders of Mariupol came home") may tell a later handover.
        """
        if self.m.dates or figure.noun is None or figure.remains:
            return False
        if (self.norm_at[figure.last], self.norm_at[figure.last + 1]) != ("of", "the"):
            return False
        if any(self.tokens[i].kind == NUM for i in range(figure.last + 2, figure.np_end)):
            return False  # "ten of the 90": a part of a counted figure, read elsewhere
        high = figure.amount.high
        return high is not None and any(
            not leg.tally and leg.amount.low > high for leg in self.discourse.legs
        )

    def _listed_after_wayless(self, figure: FigureMention, start: int) -> bool:
        """Whether the item listed just before the figure is one no way was read for.

        "we managed to return 49 people, among them 23 civilians and 26 servicemen", "84
        returned — 33 civilians and 51 military —": with no way read for the 23 (or the
        33), the leg read before them is the whole's or another clause's, and a part by
        kind drafted alone is no handover of its own. Bracketed parts, which stand for
        their whole, and bare sizes ("two swaps of 95 and 64") are read as before.
        """
        before = next((f for f in self.m.figures if f.np_end == start), None)
        if before is None or before.first not in self._wayless:
            return False
        if not all(
            f.noun is not None and f.noun.category not in (None, PersonCategory.OTHER)
            for f in (before, figure)
        ):
            return False  # "two swaps of 95 and 64": sizes, not parts by kind of a whole
        opened = sum(
            (self.norm_at[i] == "(") - (self.norm_at[i] == ")")
            for i in range(self.first, figure.first)
        )
        return opened <= 0

    def _part_of_sides_whole(self, figure: FigureMention) -> bool:
        """Whether the figure is a part of one side's whole: "Kyiv's 390 made up of 270 ...".

        A count a side owns ("Moscow's 390", "Kyiv's group") broken down by "made up of",
        "consisting of", "comprising" or "composed of" splits one side's figure, and the
        possessive does not say whether it is the people the side sent or got back: the
        whole is coded as told, its parts are not read as handovers of their own.
        """
        if self.norm_set.isdisjoint(_BREAKDOWN_WORDS):
            return False  # most sentences: no "made up of", "comprising"
        start = max(self.first, figure.first - 12)
        opener = next(
            (
                i
                for i in range(figure.first - 1, start, -1)
                if self.norm_at[i] in _BREAKDOWN_WORDS
                or (self.norm_at[i] == "of" and self.norm_at[i - 1] in _BREAKDOWN_WORDS)
            ),
            None,
        )
        if opener is None:
            return False
        if any(t.first > opener and t.last <= figure.first for t in self.m.transfers) or self._at(
            (";", ":", ".", "—", "–", "("), opener, figure.first
        ):
            return False  # a verb or a break between: the figure is no longer the list's
        head = opener - 1
        while head > start and self.norm_at[head] in _BREAKDOWN_LINKS:
            head -= 1  # "Kyiv's 390 was made up of": back to the whole
        owner = next(
            (p for p in self.m.parties if p.noun and head - 2 <= p.last - 1 <= head - 1),
            None,
        )
        return owner is not None and ends_possessive(self.tokens[owner.last - 1].text)

    def _dated_share_after_colon(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is a verbless "N soldiers each way in <date>" right after a ":".

        "the numbers were modest: 10 soldiers each way in late March, then ...": people
        told to have gone each way, with a date of their own that ends the item, size one
        exchange done then, as a dated "10 for 10" after the colon does. A clause before
        the colon that plans, proposes or hopes ("Kyiv proposed: 300 soldiers each way
        in May") makes it no exchange done.
        """
        if figure.noun is None or self.norm_at[figure.first - 1] != ":":
            return False
        end = max(figure.last, figure.np_end)
        found = lx.PER_SIDE.match(self.tokens, end, self.last)
        phrased = 0 if found is None else found[0] - end  # "in each direction"
        if phrased and lx.side_of_place(self.tokens, end + phrased, self.last):
            phrased = 0
        shared = max(self._per_side_length(end), phrased)
        if shared < 2:
            return False  # "each" alone shares a figure over sides named, not over ways
        at = end + shared
        own = next((d for d in self.m.dates if d.first in (at, at + 1)), None)
        if own is None or own.since or (own.first > at and self.norm_at[at] not in ("in", "on")):
            return False
        if self.norm_at[own.last] not in ("", ".", ";", ",", "and"):
            return False
        return (
            not self._planned_before(figure.first - 1)
            and self.norm_set.isdisjoint(_HOPING)
            and not self.modal_said()
        )

    def _sizes_past_days(
        self, index: int, dates: list[DateMention], paired: Collection[int]
    ) -> bool:
        """Whether the figure is in a list of different sizes the days told do not pair.

        "Russia returned 100, 75 and 90 soldiers on Sunday": bare numbers joined by
        "," and "and" before one noun size several handovers, but one day (or none)
        does not say which moved when, and no one of them is the day's figure. Unless
        the listed days pair with the sizes one by one (``paired``, by "respectively"
        or by order), none is read: "61, 75 and 102 soldiers on March 4, 11 and 18, and
        another 40 on March 25" pairs no size, and each is on no one day; nor does
        "respectively" over two days pair three sizes.
        """
        figures = self.m.figures
        first, last = self._joined_list(figures, index)
        listed = figures[first : last + 1]
        if self._bare_sizes_unpaired(listed, dates) and index not in paired:
            return True  # "Kyiv sent back 27, 51 and none": which stage had which?
        if index not in paired and self._sizes_over_more_dates(listed, dates):
            # "60 and 75 bodies each in March, April and May": which month? Sizes the days
            # pair one by one keep them, however the days are grouped ("on 11 September,
            # the same number on 23 October and again on 20 November, receiving 19, 31
            # and 30 respectively")
            return True
        if len(listed) < 3:
            return False
        if "respectively" in self.norm_set and (
            index in paired or sum(not d.since for d in dates) < 2
        ):
            return False  # "in three stages, when 46, 38 and 31 respectively": over stages
        if any(f.noun is not None for f in listed[:-1]) or listed[-1].noun is None:
            return False  # "84 soldiers, 10 civilians and 2 medics": parts by kind
        if len({f.amount for f in listed}) != len(listed):
            return False
        return len(dates) < len(listed) or index not in paired

    def _sizes_over_more_dates(self, listed: list[FigureMention], dates: list[DateMention]) -> bool:
        """Whether different bare sizes are told over a list of dates of another length.

        "Kyiv got back 60 and 75 bodies in March, April and May", "On May 2, June 9 and
        July 30, the sides swapped 64 and 88 each": sizes pair with the dates listed
        right after or before them one by one only when the counts match; two sizes
        over three days put neither on any one day.
        """
        listed = [f for f in listed if not any(d.first <= f.first < d.last for d in dates)]
        if len(listed) < 2 or any(f.noun is not None for f in listed[:-1]):
            return False
        if len({f.amount for f in listed}) != len(listed):
            return False
        # the dates follow the list's noun: "60 and 75 bodies (each) in March, ..."
        end = listed[-1].np_end
        at = end + (self.norm_at[end] == "each")
        at += self.norm_at[at] in ("in", "on")
        first = next((d for d in dates if d.first == at and not d.since), None)
        if first is None:
            # or open the clause, with no other figure between: "On May 2, June 9 and ..."
            head = listed[0].first
            before = [d for d in dates if d.last <= head and not d.since]
            if not before or any(
                before[-1].last <= f.first < head and self.norm_at[f.last] not in lx.EACH_OF_SIDES
                for f in self.m.figures
            ):
                return False  # a figure between ("the two sides" aside) is sized on its own
            first = before[-1]
        group = [d for d in dates if d.group == first.group and not d.since]
        return len(group) >= 2 and len(group) != len(listed)

    def _bare_sizes_unpaired(self, listed: list[FigureMention], dates: list[DateMention]) -> bool:
        """Whether ``listed`` are different bare sizes, the object of a verb, no day for each.

        "In June Kyiv sent back 27, 51 and none": numbers with no noun, joined by "," and
        "and" right after a verb of handing over, size several handovers; fewer days
        than sizes leave each on no day of its own, and the first is no one figure of
        the month (nor a sum over it).
        """
        if len(listed) < 2 or any(f.noun is not None for f in listed[:-1]):
            return False  # "27 and 51 soldiers": a noun on the last size is the list's own
        if listed[-1].noun is not None and "respectively" in self.norm_set:
            return False  # "received 19, 11 and 24 bodies respectively": paired with days told
        if len({f.amount for f in listed}) != len(listed):
            return False  # "returned 95 and 95": one size told twice
        if any(self._list_broken(a, b) for a, b in itertools.pairwise(listed)):
            return False  # "120, and 115 came back", "27 and then 51": told one by one
        if sum(not d.since for d in dates) >= len(listed):
            return False  # a day for each size: paired (or not) by the dates' own rules
        head = listed[0].first
        return any(
            t.last == head and t.done and t.move in (Move.SEND, Move.RECEIVE)
            for t in self.m.transfers
        )

    def _list_broken(self, before: FigureMention, figure: FigureMention) -> bool:
        """Whether ``figure`` starts something new rather than going on a list of sizes.

        "handed over 120, and 115 came back": after ", and" the figure is the subject
        of a verb of its own; "27 and then 51", "27 and 51 more": the handovers are
        told in turn, each a figure of its own.
        """
        between = {self.tokens[i].text.lower() for i in range(before.last, figure.first)}
        if "then" in between or self.norm_at[figure.last] == "more":
            return True
        return self.norm_at[figure.first - 1] == "and" and any(
            t.first in (figure.np_end, figure.np_end + 1) and t.first >= figure.last
            for t in self.m.transfers
        )

    def _chained_part(self, before: FigureMention, figure: FigureMention) -> bool:
        """Whether the figure is the next part of a list opened by "N of them/whom".

        "390 Ukrainians returned, 270 of them soldiers and 120 civilians": the 120 is
        the whole's second part, not the object of a verb of its own, so it takes the
        whole's way (the parts are read with the whole) rather than the way a verb or a
        speaker near it would give it. Only one kind word may stand between the first
        part and the "and" that joins the next.
        """
        if (self.norm_at[before.last], self.norm_at[before.last + 1]) != ("of", "them") and (
            self.norm_at[before.last],
            self.norm_at[before.last + 1],
        ) != ("of", "whom"):
            return False
        if self.norm_at[figure.first - 1] != "and":
            return False
        between = range(before.last + 2, figure.first - 1)
        return (
            1 <= len(between) <= 3
            and not any(self.norm_at[i] in (",", ";", ":", ".", "(", ")") for i in between)
            and not any(t.first >= before.last and t.last <= figure.first for t in self.m.transfers)
        )

    def _gapped_copula_part(self, before: FigureMention, figure: FigureMention) -> bool:
        """Whether the figure shares the copula of the part before it ("110 were soldiers and 40").

        A bare count, a copula and a kind split people already counted; "and 40
        civilians" leaves the copula out, so the 40 are another part of those people,
        not the object of a verb of handing over told before the list ("of the 150
        returned, ..."). A figure with a verb of its own after it ("and 40 civilians
        were handed over") is not gapped.
        """
        if before.noun is not None or self.norm_at[before.last] not in ("were", "are", "was"):
            return False
        if self.norm_at[figure.first - 1] != "and" or figure.noun is None:
            return False
        kind = lx.PEOPLE.match(self.tokens, before.last + 1, figure.first - 1)
        if kind is None or kind[0] != figure.first - 1:
            return False
        return figure.np_end >= self.last or self.tokens[figure.np_end].kind == SYM

    def _taken_away(self, figure: FigureMention) -> bool:
        """Whether the figure's people are said to have been taken away, not returned.

        "19,546 children deported or forcibly transferred", and past a link: "lists
        19,546 children as deported or forcibly transferred", "were deported".
        """
        if self.norm_at[figure.np_end] == "or" and self.norm_at[figure.np_end - 2] in _TAKEN_AWAY:
            return True
        if (
            self.norm_at[figure.first - 1] in DEPORTING
            and self.norm_at[figure.first - 2] != "being"
        ):
            return True  # "Russia has deported nearly 20,000 children, and ... have come back"
        at = figure.np_end
        while self.norm_at[at] in _TAKEN_LINKS and at < figure.np_end + 3:
            at += 1
        if self.norm_at[at].endswith("ly") and self.norm_at[at + 1] in _HELD_PARTICIPLES:
            return False  # "twelve civilians illegally held in Russia": held, then freed
        return self.norm_at[at] in _TAKEN_AWAY

    def _taken_captive(self, figure: FigureMention) -> bool:
        """Whether the figure is the object of "take ... prisoner": a capture, never a handover.

        "took hundreds of Russian soldiers, many of them young conscripts, prisoner":
        the complement follows the people, maybe past an aside set off by commas. An
        active verb of capture ("they captured hundreds of conscripts") says the same.
        """
        verb = figure.first - 1
        while (
            self.norm_at[verb] in lx.FIGURE_HEDGE_WORDS or self.norm_at[verb] in _QUOTES
        ) and verb > figure.first - 4:
            verb -= 1  # "took some 400 prisoner", "has taken \"hundreds\" of prisoners"
        if self.norm_at[verb] in _CAPTURING and self.norm_at[verb - 1] not in _CAPTOR_NOT_SUBJECT:
            return True  # "where they captured hundreds of Russian conscripts": the object
        if _lemmas.lemma(self.norm_at[verb]) != "take":
            return False
        if (
            self.norm_at[figure.np_end - 1] in ("prisoners", "captives")
            and self.norm_at[verb - 1] in ("has", "have", "had")
            and self.norm_at[figure.np_end] not in ("back", "home", "from")
        ):
            return True  # "Ukraine has taken hundreds of Russian prisoners": captured
        at = figure.np_end
        if self.norm_at[at] == ",":  # an aside on the people: ", many of them conscripts,"
            at = next(
                (i + 1 for i in range(at + 1, min(self.last, at + 10)) if self.norm_at[i] == ","),
                at,
            )
        return self.norm_at[at] in ("prisoner", "captive")

    def _owned_post(self, i: int) -> bool:
        """Whether the post at ``i`` has an author: "Zelensky's post", "wrote in a social
        media post", "a post by the headquarters"."""
        near = range(max(self.first, i - 4), i)  # "in a social media post"
        before = {self.norm_at[k] for k in near}
        after = {self.norm_at[k] for k in range(i + 1, min(self.last, i + 4))}
        return (
            any(self.tokens[k].poss for k in near)
            or bool(before & {"in", "his", "her", "its", "their"})
            or "by" in after
        )

    def _unsourced_report(self, predicate: TransferWord) -> bool:
        """Whether the handing over is told only by a speaker nobody stands behind.

        "A post shared widely on social media says Russia handed over 6,000 bodies",
        "several Telegram channels had reported that 100 were freed": what a post or
        unnamed channels say is a claim to check, not a handover. A verb joined by "and"
        to a reported one is the same report: 'a post claims Kyiv "handed over 500 and
        got only 50 back"'.
        """
        if self.norm_set.isdisjoint(lx.UNSOURCED) and self.norm_set.isdisjoint(_UNNAMED_OUTLETS):
            return False  # most sentences: no post or unnamed outlet to tell it
        speech = next(
            (
                i
                for i in range(predicate.first - 1, max(self.first, predicate.first - 12) - 1, -1)
                if self.norm_at[i] in _SAID_OR_REPORTED
            ),
            None,
        )
        if speech is None:
            joined = self._joined_earlier(predicate)
            return joined is not None and self._unsourced_report(joined)
        for i in range(max(self.first, speech - 20), speech):
            word = self.norm_at[i]
            # "Posts shared thousands of times on Telegram, X and Facebook since the weekend
            # say": a long modifier may stand between the posts opening the clause and "say"
            near = i >= speech - 10 or self._opens_clause_at(i)
            if word in lx.UNSOURCED and near and not self._owned_post(i):
                return True
            if i < speech - 10:
                continue
            if word in _UNNAMED_OUTLETS and any(
                self.norm_at[k] in _VAGUE_QUANTIFIERS for k in range(max(self.first, i - 5), i)
            ):
                return True
        return False

    def _joined_earlier(self, predicate: TransferWord) -> TransferWord | None:
        """The verb of handing over that "and" joins ``predicate`` to, a few words before.

        "handed over 500 Russian soldiers and got only 50 back": "handed over".
        """
        earlier = [
            t
            for t in self.m.transfers
            if predicate.first - _JOINED_REACH <= t.last <= predicate.first - 2
        ]
        if not earlier:
            return None
        between = [self.norm_at[k] for k in range(earlier[-1].last, predicate.first)]
        if "and" not in between or not _CLAUSE_BREAKS.isdisjoint(between):
            return None
        return earlier[-1]

    def _opens_clause_at(self, i: int) -> bool:
        """Whether ``i`` starts the sentence ("A post") or a clause after ":" ("CLAIM: Posts")."""
        start = i - (self.norm_at[i - 1] in ("a", "the", "some", "many", "several", "viral"))
        return start <= self.first or self.norm_at[start - 1] == ":"

    def _denied_report(self, predicate: TransferWord) -> bool:
        """Whether the handing over is what a report the sentence's denial answers told.

        "Kyiv denied that a second exchange had taken place, after a blogger reported
        that 100 had been freed": the report that prompted the denial is what is denied.
        """
        denial = next(
            (
                i
                for i in range(predicate.first - 1, self.first - 1, -1)
                if self.norm_at[i] in lx.DENIALS
            ),
            None,
        )
        if denial is None:
            return False
        report = next(
            (i for i in range(predicate.first - 1, denial, -1) if self.norm_at[i] in _REPORTED),
            None,
        )
        return report is not None and any(
            self.norm_at[i] in _PROMPTING for i in range(denial + 1, report)
        )

    def _shares_modal(self, predicate: TransferWord) -> bool:
        """Whether a bare verb joined by "and" to a planned one, or its participle, is planned too.

        "Moscow would trade 175 captives for 175 and hand over 23 wounded men": "hand
        over" is the second verb after "would"; so "receiving" is in "Kyiv will hand over
        300 soldiers, receiving 300 of its own". A participle after a swap agreed ("agreed
        a swap with Russia, winning back 41 of its marines") tells what the swap gave.
        """
        word = self.norm_at[predicate.first]
        joined = self.norm_at[predicate.first - 1] == "and" and _lemmas.lemma(word) == word
        participle = self.norm_at[predicate.first - 1] == "," and word.endswith("ing")
        if not (joined or participle):
            return False
        earlier = [t for t in self.m.transfers if t.last < predicate.first]
        if not earlier or earlier[-1].done:
            return False
        return joined or self.norm_at[earlier[-1].first] not in _EXCHANGE_NOUNS

    def _exchange_as_purpose(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether the exchange a noun after the people names is what they were moved for.

        "a plane carrying 65 captured servicemen to Belgorod for an exchange": "for" makes
        the exchange the trip's aim, not a handover done.
        """
        if self.norm_at[predicate.first] not in _EXCHANGE_NOUNS or predicate.first < figure.np_end:
            return False
        at = predicate.first - 1
        at -= self.norm_at[at] in ("a", "an", "the", "another", "planned")
        return self.norm_at[at] == "for"

    def _size_of_plan(self, figure: FigureMention) -> bool:
        """Whether the figure is what a plan, offer or deal "was", or what a side offered.

        A plan noun as the subject of "be" with the figure as its complement gives the
        size put forward or agreed, not people handed over, as is the object of "proposed"
        or "offered" ("Kyiv proposed 200 each way"); a verb of moving in a later
        clause ("...; Russia freed eight civilians") moves only its own clause's people.
        """
        at = figure.first - 1
        while at > self.first and self.norm_at[at] in _PLAN_SIZE_HEDGES:
            at -= 1
        if self._copula_article_before(figure.first):
            at = figure.first - 3  # "the offer was a straight 100 for 100"
        if self.norm_at[at] in _PROPOSING:
            return True  # "Kyiv proposed 200 each way": the object of an offer
        if self.norm_at[at] not in lx.BE_FORMS:
            return False
        if self.norm_at[at - 1] == ",":  # "the proposal, officials said, was 75 for 75"
            aside = range(at - 2, max(self.first, at - 2 - _PLAN_ASIDE_REACH) - 1, -1)
            at = next((k for k in aside if self.norm_at[k] == ","), at)
        for i in range(at - 1, max(self.first, at - _PLAN_SUBJECT_REACH) - 1, -1):
            word = self.norm_at[i]
            if word in _PLAN_NOUNS or word in lx.AGREEMENT_NOUNS:
                return True
            if not any(c.isalnum() for c in word):
                return False
        return False

    def _proposed_exchange(self, predicate: TransferWord) -> bool:
        """Whether the exchange a noun names is what a proposal or offer was for.

        "Moscow rejected Ukrainian proposals, including one for a larger swap of about 300
        people": the swap is what was put forward, not a handover done. "one" stands for
        a plan noun told just before it.
        """
        if self.norm_at[predicate.first] not in _EXCHANGE_NOUNS:
            return False
        of = next(
            (
                i
                for i in range(predicate.first - 1, max(self.first, predicate.first - 5), -1)
                if self.norm_at[i] == "of"
            ),
            None,
        )
        if of is not None and self._talk_of(of):
            return True
        at = predicate.first - 1
        while at > predicate.first - 4 and at > self.first and self.norm_at[at] != "for":
            if not any(c.isalnum() for c in self.norm_at[at]) or self.norm_at[at] in _PLAN_NOUNS:
                return False  # "... proposals, a swap of 300": no "for" joins the two
            at -= 1
        if self.norm_at[at] != "for" or at <= self.first:
            return False
        owner = self.norm_at[at - 1]
        if owner in _PLAN_NOUNS:
            return True
        return owner in ("one", "ones") and any(
            self.norm_at[i] in _PLAN_NOUNS for i in range(max(self.first, at - 6), at - 1)
        )

    def _talk_of(self, of: int) -> bool:
        """Whether the "of" at ``of`` says what talk was of: "there was talk of a swap".

        "talk in the spring of a bigger exchange", "speculation of a swap of 500": the
        exchange is only spoken of, not done. A few words of time may come between.
        """
        for i in range(of - 1, max(self.first, of - _TALK_REACH) - 1, -1):
            word = self.norm_at[i]
            if word in _TALK_NOUNS:
                return True
            if not any(c.isalnum() for c in word):
                return False
        return False

    def _noun_not_done(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether the exchange a noun names is a plan, or did not happen, by the verb after it.

        "A further exchange, of about 50 people on each side, is being prepared and
        could take place in May"; "a swap of 500 for 500 that Kyiv proposed has not
        taken place"; "the handover of 6,000 bodies stalled": the noun's own verb says it
        is not done.
        """
        if (
            predicate.move is not Move.EVENT
            and self.norm_at[predicate.first] not in _EXCHANGE_NOUNS
            and self.norm_at[predicate.first - 1] != "the"  # "the return of", a noun
        ):
            return False
        if any(
            self.norm_at[i] in _SEEKING
            for i in range(max(self.first, predicate.first - 4), predicate.first)
        ):
            return True  # "was working on the return of the more than 1,000 servicemen"
        if any(
            lx.calls_off(self.norm, i)
            for i in range(max(self.first, predicate.first - _CALLED_OFF_REACH), predicate.first)
        ):
            return True  # "Kyiv cancelled the swap of 146 each way", "called off a planned swap"
        words = []
        verbs = {
            t.first: t.done
            for t in self.m.transfers
            if t.move is not Move.EVENT and self.norm_at[t.first] not in _EXCHANGE_NOUNS
        }
        for i in range(figure.np_end, self.last):
            if i in verbs and i != predicate.first and not verbs[i]:
                return True  # "the swap, at which 192 were to be exchanged, ...": its own plan
            if self.norm_at[i] in (";", "while", "whereas") or (
                i in verbs and i != predicate.first
            ):
                break  # another verb of handing over, or another clause
            words.append(self.norm_at[i] if self.tokens[i].text != "May" else "may_month")
        if self._near_but_none(words):
            return True
        if _never_happened(words):
            return True  # "the swap of 205 for 205 that was agreed in Istanbul never happened"
        if not lx.HAPPENED_PAST.isdisjoint(words) or _done_after_and(words):
            return False  # "the swap of 100 for 100, which Kyiv had proposed, took place"
        if self._what_happened_was(predicate.first):
            return False  # "what took place was a swap of 60 for 60, agreed in May"
        if self._agreed_to(predicate.first):
            return True  # "the delegations agreed to carry out a further exchange of 1,200"
        if self._meant_to_before(predicate, figure):
            return True  # "the exchange had been meant to involve 192 prisoners from each side"
        own = self._own_predicate(words)
        word_at = norm_reader(words, 0)
        for k, word in enumerate(words):
            following = words[k + 1 : k + 4]
            if word in _AGREEMENT_VERBS and self._deal_named_after(predicate, figure, k):
                continue  # "completed the exchange of 400 for 400 agreed in Geneva"
            if _of_other_exchange(words, k):
                continue  # "..., of 205 for 205, and of the exchange agreed in Istanbul"
            if word in _UNDONE or (k < own and self._stall_word(words, k)):
                return True
            if k < own and lx.calls_off(word_at, k):
                return True  # "was called off", "fell through", ", which Moscow called off,"
            if word in _MODAL_WORDS and self._rates_in_relative(words[:k], following):
                continue  # "..., which officials hoped would be the first of many": done
            if word in _MODAL_WORDS and not {"take", "be", "happen", "go"}.isdisjoint(following):
                return True
            if k < own and word in lx.BE_FORMS and self._set_for_later(following):
                return True  # "is due to take place next week", "is scheduled for Friday"
            if k < own and word in lx.BE_FORMS and _still_talked_about(following):
                return True  # "is under discussion", "was being negotiated"
            if k < own and word in lx.BE_FORMS and _made_ready(words[k + 1 : k + 6]):
                return True  # 'was "almost ready"': ready to be carried out, not yet done
            if k < own and word in lx.BE_FORMS and self._untrue_or_corrected(following):
                return True  # "reports of a swap of 200 were false", "was in fact 148"
            if word in ("not", "never") and not _HAPPEN.isdisjoint(following):
                return True
        return False

    def _what_happened_was(self, noun: int) -> bool:
        """Whether the exchange noun at ``noun`` completes "what took place (happened) was".

        "What did happen, on Friday, was a smaller swap of 60 for 60, which the two sides
        had agreed in March": the clause before "was" says the swap is what happened, so
        an agreement told after it is the swap's history, not a plan still to carry out.
        """
        at = noun - 1
        while at > self.first and self.norm_at[at] in _CLEFT_FILLERS:
            at -= 1
        if self.norm_at[at] not in ("was", "were") or at - 1 <= self.first:
            return False
        at -= 1
        if self.norm_at[at] == ",":  # ", last week,": an aside between the clause and "was"
            opening = [
                k
                for k in range(at - 1, max(self.first, at - _CLEFT_ASIDE_REACH) - 1, -1)
                if self.norm_at[k] == ","
            ]
            if not opening:
                return False
            at = opening[0] - 1
        dated = next((d for d in self.m.dates if d.last == at + 1), None)
        if dated is not None:  # "what happened on Friday was"
            at = dated.first - 1 - (self.norm_at[dated.first - 1] in ("on", "in"))
        if at <= self.first:
            return False
        word = self.norm_at[at]
        if word == "place" and self.norm_at[at - 1] in _TOOK_OR_TAKE:
            at -= 2
        elif word in _HAPPENED_WORDS:
            at -= 1
        else:
            return False
        if self.norm_at[at] in ("did", "had", "has"):
            at -= 1
        return at >= self.first and self.norm_at[at] == "what"

    @staticmethod
    def _set_for_later(following: list[str]) -> bool:
        """Whether the words after a form of "be" make the exchange one still to come.

        "is due (to take place)", "is expected to take place", "is set (scheduled) for
        Friday", "is to take place": a date fixed or a future told; "was due to mediation"
        gives a cause, and "was set free" tells people freed.
        """
        first, second = following[:1], following[1:3]
        if first == ["to"]:
            return not _HAPPENING_VERBS.isdisjoint(second[:1])
        if first and first[0] in _SET_FOR_LATER and not set_done(second):
            return True
        if first in (["due"], ["expected"]):
            return second[:1] != ["to"] or not _HAPPENING_VERBS.isdisjoint(second[1:])
        return False

    @staticmethod
    def _untrue_or_corrected(following: list[str]) -> bool:
        """Whether the words after a form of "be" deny the exchange or take back its size.

        "(reports of a swap of 200 for 200) were false", "was denied by Kyiv", "was in
        fact 148 for 148": no exchange of the size told happened. "was in fact the
        largest" corrects no size.
        """
        at = 0
        while at < len(following) and following[at] in ("later", "since", "quickly", "all"):
            at += 1
        if following[at : at + 1] and following[at] in _UNTRUE:
            # "was denied by neither side": no one denies it
            return following[at + 1 : at + 2] != ["by"] or following[at + 2 : at + 3] not in (
                ["neither"],
                ["nobody"],
                ["no"],
                ["none"],
            )
        rest = following[at:]
        if rest[:1] == ["in"] and rest[1:2] in (["fact"], ["reality"], ["truth"]):
            rest = rest[2:]
        elif rest[:1] and rest[0] in _CORRECTING:
            rest = rest[1:]
        else:
            return False
        return bool(rest) and rest[0][:1].isdigit()

    @staticmethod
    def _own_predicate(words: list[str]) -> int:
        """How many of the words after an exchange noun's figure are the noun's own predicate.

        A stall word belongs to the handover only before a later clause starts: "the
        handover of 1,000 bodies followed a row that had delayed it" was done. A relative
        clause set off by a comma ("the swap of 90 for 90, which was delayed") is its own.
        """
        for k, word in enumerate(words):
            if word in _OTHER_CLAUSE or (word in _RELATIVES and words[k - 1 : k] != [","]):
                return k
        return len(words)

    def _nationals_pair_after_dated_colon(self, figure: FigureMention) -> bool:
        """Whether "N <one side's> captives for N <the other's>" after a colon sizes a day's swap.

        "On 5 February the two ministries told one story: 150 Ukrainian prisoners for
        150 Russian ones": equal numbers of the two sides' people joined by "for" go
        each way, and set off after a clause that gives a day and no figure, they are
        that day's swap, as a bare "100 for 100" there is. A plan or a hope before the
        colon, a pair going on with words of its own, or people of one side only, are not.
        """
        mark = figure.first - 1
        at = figure.np_end
        if (
            self.norm_at[mark] != ":"
            or figure.noun is None
            or figure.nationality is None
            or self.norm_at[at] != "for"
        ):
            return False
        partner = next((f for f in self.m.figures if f.first == at + 1), None)
        if partner is None or partner.amount != figure.amount:
            return False
        other, end = partner.nationality, partner.np_end  # "for 150 Russian servicemen"
        if partner.noun is None and self.norm_at[partner.last + 1] == "ones":
            # "for 150 Russian ones": the other side's adjective, "ones" for the same people
            other = next(
                (p.code for p in self.m.parties if p.first == partner.last and not p.noun), None
            )
            end = partner.last + 2
        if (
            (partner.noun is None and end != partner.last + 2)
            # "150 Ukrainian soldiers for 150 Russian civilians": one kind each way, not two
            or (partner.noun is not None and partner.noun.category != figure.noun.category)
            or other is None
            or {figure.nationality, other} != set(self._belligerents)
            or len(self._belligerents) != 2
        ):
            return False
        if end < self.last and self.norm_at[end] not in (",", ";", "."):
            return False
        start = self._clause_before(mark)
        return (
            any(start <= d.first and d.last <= mark and not d.since for d in self.m.dates)
            and not any(start <= f.first < mark for f in self.m.figures)
            and not self._planned_before(mark)
            and self.norm_set.isdisjoint(_HOPING)
        )

    def _swap_noun_pair(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is either N of a bare "N for N" right after "exchange of".

        "the exchange (swap) of 700 for 700": the pair sizes one named swap per side.
        """
        for first in self.m.figures:
            partner = self._partner(first)
            if (
                partner is not None
                and figure in (first, partner)
                and first.noun is None
                and self.norm_at[first.first - 1] == "of"
                and self.norm_at[first.first - 2] in _EXCHANGE_NOUNS
            ):
                return True
        return False

    def _deal_named_after(self, predicate: TransferWord, figure: FigureMention, k: int) -> bool:
        """Whether the ``k``-th word past ``figure`` names the deal of an exchange done.

        "the sides carried out (completed, conducted) the exchange of 400 for 400 agreed
        in Geneva": a participle right after the figure (or its "N for N" pair) only names
        the deal the exchange fulfilled, when the noun is the object of a verb saying it
        was done. A negated verb ("have not completed", "never carried out") did nothing.
        """
        partner = self._partner(figure)
        if figure.np_end + k != (figure.np_end if partner is None else self._after_pair(partner)):
            return False
        at = predicate.first - 1
        while at > self.first and self.norm_at[at] in lx.DETERMINERS:
            at -= 1
        if self.norm_at[at] == "out":
            at -= 1
        elif self.norm_at[at] == "carried":
            return False  # "carried the exchange": no phrasal verb of doing
        return self.norm_at[at] in _DONE_PASSIVES and self.norm_at[at - 1] not in _NEGATIONS

    @staticmethod
    def _stall_word(words: list[str], k: int) -> bool:
        """Whether ``words[k]`` says the handover was held up: "stalled", or "descended into
        a row" (only with a quarrel after it, so a literal "descended" never stalls)."""
        if words[k] in _STALLED:
            return True
        after = words[k + 1 : k + 1 + _QUARREL_REACH]
        return words[k] in _DESCENDED and after[:1] == ["into"] and not _QUARRELS.isdisjoint(after)

    def _meant_to_before(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether the noun's own verb, before the figure, says the exchange was only meant.

        "the exchange had been meant to involve 192 prisoners from each side", "the swap
        was supposed to include 50", "the handover was to bring home 80": a plan's size.
        """
        between = [self.norm_at[i] for i in range(predicate.last, figure.first)]
        if "to" not in between or "," in between or len(between) > _MEANT_REACH:
            return False
        at = between.index("to")
        before = between[at - 1] if at else ""
        return before in _MEANT or (before in ("was", "were") and between[:1] == [before])

    def _agreed_to(self, noun: int) -> bool:
        """Whether the exchange noun at ``noun`` is the object of "agreed to" or "agreed on".

        "the delegations agreed to (carry out) a further exchange of 1,200 prisoners on
        each side": what two sides agree to is a plan, not a handover done. Only verbs
        of carrying out and the noun's own determiners and adjectives may stand between.
        """
        for i in range(noun - 1, max(self.first, noun - 8) - 1, -1):
            word = self.norm_at[i]
            if word in ("to", "on", "upon") and (
                self._agreed_before(i) or self._agreed_object_again(i)
            ):
                return True
            if word not in _AGREED_FILLERS:
                return False
        return False

    def _agreed_object_again(self, to: int) -> bool:
        """Whether the "to" or "on" at ``to`` opens a second object of "agreed to" after "and".

        "agreed to a new swap of prisoners and to the return of 6,000 bodies": the same
        preposition after "and" repeats the verb's object, so what follows is agreed too.
        A clause break (";", "but", a verb of its own after "and") ends the reach.
        """
        before = to - 1
        if before > self.first and self.norm_at[before] == "and":
            before -= 1
        else:
            return False
        if self.norm_at[before] == ",":
            before -= 1
        for i in range(before, max(self.first, to - _AGREED_OBJECT_REACH) - 1, -1):
            word = self.norm_at[i]
            if word in (";", ".", "but", "while", "whereas") or word in lx.QUOTE_MARKS:
                return False
            if word == self.norm_at[to] and self._agreed_before(i):
                return True
        return False

    def _agreed_before(self, to: int) -> bool:
        """Whether a form of "agree" governs the "to" or "on" at ``to``.

        Right before it ("agreed to"), or across a short adverbial of time, place or
        manner: "agreed on Wednesday to carry out", "agreed in principle to a further",
        also one set off by a pair of commas ("agreed, in principle, on a swap").
        """
        words = 0
        closed = False  # the comma closing an aside set off after the verb has been passed
        i = to - 1
        while i >= self.first and words <= _AGREED_ADVERBIAL_REACH:
            word = self.norm_at[i]
            if word in _AGREEING:
                return True
            if self.tokens[i].text in lx.QUOTE_MARKS:
                i -= 1
                continue  # 'had "agreed in principle" on a swap': the quote leaves the verb
            if word == "," and not closed:
                closed = True
            elif word == ",":
                return self.norm_at[i - 1] in _AGREEING  # the aside opens right after the verb
            elif not any(c.isalnum() for c in word) or word in _NOT_ADVERBIAL:
                return False
            else:
                words += 1
            i -= 1
        return False

    @staticmethod
    def _rates_in_relative(before: list[str], following: list[str]) -> bool:
        """Whether a modal inside a relative clause only rates something with "be a/the".

        "a small swap, 30 for 30, which both sides hoped would be the start of more";
        "..., the first of what they expected would be a long series": the clause after
        the relative word hopes about what follows, while the exchange itself is done.
        A modal right after the relative word ("which would be the largest") rates the
        exchange itself, so it still plans it.
        """
        relative = max(
            (k for k, w in enumerate(before) if w in _RELATIVES or w == "what"), default=None
        )
        return (
            relative is not None
            and len(before) - relative > 2  # its own subject and verb: "which officials hoped"
            and not _HOPING.isdisjoint(before[relative:])
            and following[:1] == ["be"]
            and following[1:2] in (["the"], ["a"], ["an"])
        )

    @staticmethod
    def _near_but_none(words: list[str]) -> bool:
        """Whether the words after an exchange's figure say it was only near, or none happened.

        "a swap of several hundred people was close, but none took place"; "a deal for
        200 captives seemed imminent": a swap said to be near is not one done, and
        "none" or "no" before a verb of happening denies it.
        """
        for k, word in enumerate(words):
            if word in _NEAR and k > 0 and words[k - 1] in _COPULAS_NEAR:
                return True
            if word in ("none", "no") and not lx.HAPPENED_PAST.isdisjoint(words[k + 1 : k + 4]):
                return True
        return False

    def _both_sides_after(self, figure: FigureMention) -> bool:
        """Whether "on both sides" or "from both sides" closes the figure's noun group."""
        at = figure.np_end
        return not self._size_per_side(figure) and (
            self.norm_at[at] in ("on", "from")
            and self.norm_at[at + 1] == "both"
            and self.norm_at[at + 2] in ("sides", "countries", "armies")
        )

    def _floating_each(self, predicate: TransferWord | None) -> bool:
        """Whether "each" stands between a subject of two sides and the verb.

        "Kyiv and Moscow each handed over 185 servicemen and 20 civilians": the
        quantifier shares every figure the verb governs out to each side, the
        later ones of a list too. "The two sides each said they had received 185": the
        "each" before a verb of saying shares out the "they" of the clause it reports.
        """
        if predicate is None or predicate.move is Move.SWAP:
            return False
        each = self._each_before(predicate.first)
        if each is None:
            return False
        at = each - 1
        if each < predicate.first - 1 and self._sides_noun_before(at):
            return True  # "the two sides each said they had received 185"
        sides = [p for p in self.m.parties if p.noun and p.last <= at + 1 and p.first >= at - 3]
        return len({p.code for p in sides}) == 2 and any(
            self.norm_at[i] == "and" for i in range(at - 3, at + 1)
        )

    def _sides_noun_before(self, at: int) -> bool:
        """Whether "the two sides" or "both sides" ends at ``at``."""
        return self.norm_at[at] == "sides" and self.norm_at[at - 1] in ("two", "both")

    def _each_before(self, verb: int) -> int | None:
        """Where "each" stands before the verb at ``verb``, or before the saying that reports it.

        "each handed over", "each said (that) they had received": the reported clause's
        subject must be "they", the sides that spoke; "each said Russia had received" is not.
        """
        if self.norm_at[verb - 1] == "each":
            return verb - 1
        j = verb - 1 - (self.norm_at[verb - 1] in ("had", "have"))
        if self.norm_at[j] != "they":
            return None
        j -= 1 + (self.norm_at[j - 1] == "that")
        return j - 1 if self.norm_at[j] in lx.SPEECH and self.norm_at[j - 1] == "each" else None

    def _own_sides_word(self, figure: FigureMention, start: int, stop: int) -> bool:
        """Whether a word of sides ("each", "both sides") in the clause is the figure's own.

        "Ukraine received 115 prisoners on August 24 and 95 each on October 18": the
        "each" right after the later bare 95 is that figure's, not the 115's; a bare list
        ("58 and 87 each") shares it.
        """
        if not self._any_in(self.sides, start, stop):
            return False
        later = {
            f.np_end
            for f in self.m.figures
            if f.first > figure.first
            and f.noun is None
            and any(
                self.norm_at[i] not in (",", "and", "or") for i in range(figure.np_end, f.first)
            )
        }
        k = bisect.bisect_left(self.sides, start)
        return any(
            i not in later
            and not self._sides_subject_after(figure, i)
            and not self._speakers_of_sides(i)
            for i in self.sides[k:]
            if i < stop
        )

    def _speakers_of_sides(self, at: int) -> bool:
        """Whether the word of sides at ``at`` says whose speakers spoke, not how people went.

        "exchanged hundreds in what officials on both sides described as the largest
        swap": "on both sides" is where the officials are, and shares no figure out.
        """
        return self.norm_at[at] in ("on", "from") and self.norm_at[at - 1] in _SIDES_SPEAKERS

    def _next_own_clause(
        self, figure: FigureMention, predicate: TransferWord | None, stop: int
    ) -> int:
        """Where a later figure's own clause opens after the figure's verb, else ``stop``.

        "70 soldiers were handed over to Ukraine and 12 civilians went each way": the
        figure has its verb of moving before "and" opens the next figure's clause, so a
        word of sides after that figure is its own, not the first figure's.
        """
        if predicate is None or predicate.first < figure.np_end:
            return stop
        return next(
            (
                f.first
                for f in self.m.figures
                if predicate.last <= f.first < stop
                and self.norm_at[f.first - 1] in ("and", ",")
                and f.noun is not None
            ),
            stop,
        )

    def _sides_subject_after(self, figure: FigureMention, at: int) -> bool:
        """Whether the word of sides at ``at``, after the figure, is a later verb's subject.

        "Kyiv handed over 18 wounded Russians on the day that each side freed 140": "each
        side" is who freed the 140, in a clause of its own, and says nothing of the 18.
        """
        if at < figure.np_end:
            return False
        return sides_subject_at(self.norm, self.tokens, at, self.last, self.m.transfers)

    def _size_per_side(self, figure: FigureMention) -> bool:
        """Whether a bare figure is what "the figure (number, it) was" of a swap told.

        "The figure was 66 on both sides": the copula gives one swap's size, so the
        phrase of sides after it shares the number out per side, not adds the sides up;
        so does "with" after a swap told ("the swaps resumed with 60 on both sides").
        """
        if figure.noun is not None:
            return False
        if self.norm_at[figure.first - 2] in _SWAP_SIZE_SUBJECTS and self._copula_swap(figure):
            return True
        return self._swap_with_per_side(figure)

    def _span_of_uncounted_swaps(self, figure: FigureMention) -> bool:
        """Whether "between N and M" spans the sizes of swaps told only as "several".

        "In spring there were several smaller exchanges, of between 20 and 80
        people each way": no single swap had that size, and the swaps are not
        counted, so the span moves no one that could be coded.
        """
        if "between" not in (self.norm_at[figure.first], self.norm_at[figure.first - 1]):
            return False
        start = max(self.first, figure.first - 8)
        return any(
            self.norm_at[i] in _EXCHANGE_PLURALS
            and any(self.norm_at[j] in _UNCOUNTED for j in range(max(self.first, i - 3), i))
            for i in range(start, figure.first)
        )

    def _in_list_of_sizes(self, figure: FigureMention) -> bool:
        """Whether the figure is one of a list of sizes sharing one noun ("14 and 22 bodies")."""
        figures = self.m.figures
        at = next((k for k, f in enumerate(figures) if f.first == figure.first), None)
        if at is None:
            return False
        first, last = self._joined_list(figures, at)
        return last > first and all(figures[k].noun is None for k in range(first, last))

    def _from_a_locality(self, figure: FigureMention) -> bool:
        """Whether "one of" the figure's people "from our district" is someone the story is about.

        "He is one of three men from our district freed this year": the count is of the
        group a person belongs to, a place's own few, never a side's running total (a
        place's total said for itself, "147 servicemen from the region have come home",
        still is one).
        """
        at = figure.np_end
        return (
            self.norm_at[figure.first - 2] == "one"
            and self.norm_at[figure.first - 1] == "of"
            and self.norm_at[at] == "from"
            and self.norm_at[at + 1] in _LOCALITY_DETERMINERS
            and self.norm_at[at + 2] in _LOCALITY_NOUNS
        )

    def _one_of_them(self, figure: FigureMention) -> bool:
        """Whether the figure is of one exchange singled out of several: "in 14 exchanges
        this year, the largest of them the "1,000 for 1,000" swap in May".

        So is one set off by its rank ("Two swaps followed, the first with 90 each way,
        the second with 95"): the rank names one of the swaps, the figure its size.
        """
        return any(
            self.norm_at[i] in _SINGLED_OUT
            and self.norm_at[i + 1] == "of"
            and self.norm_at[i + 2] in ("them", "these", "those", "which")
            for i in range(max(self.first, figure.first - 9), figure.first)
        ) or (
            self.norm_at[figure.first - 1] in ("with", "of", "involving")
            and self.norm_at[figure.first - 2] in lx.ORDINALS | {"last", "latter", "former"}
            and self.norm_at[figure.first - 3] == "the"
            and self.norm_at[figure.first - 4] in (",", ";", ":", "—", "–")
        )

    def _both_sides(self, figure: FigureMention) -> bool:
        """Whether "on/from/of both sides" follows the figure's people: a two-way sum."""
        if self._size_per_side(figure):
            return False  # "the figure was 66 on both sides": one swap's size, per side
        end = figure.np_end
        if self.norm_at[end] in _QUOTES and self.norm_at[figure.first - 1] in _QUOTES:
            end += 1  # 'the release of "1,500 people" from both sides': past the quote
        after = self.norms[end - self.first : end + 4 - self.first]
        if after[:1] in (["on"], ["from"], ["of"], ["to"]) and (
            after[1:3] in (["both", "sides"], ["both", "parties"])
            or after[1:4] in (["the", "two", "sides"], ["the", "two", "parties"])
        ):
            # "2,077 captives from the two sides"; "handed over 7,000 bodies to the two
            # parties combined": a mediator's count of both ways together
            return True
        # "101 children had been reunited with their families in both directions", "to
        # 2,184, counting both sides": the clause counts people either way, both sides'
        k = bisect.bisect_left(self.breaks, figure.np_end)
        stop = min(self.breaks[k] if k < len(self.breaks) else self.last, figure.np_end + 12)
        return (
            self._both_destinations(figure.np_end, stop)
            or self._families_on_both_sides(figure)
            or self._both_ways_words(figure, stop)
            or self._aside_covers_both(figure)
        )

    def _aside_covers_both(self, figure: FigureMention) -> bool:
        """Whether an aside after the figure says it covers people gone to each side.

        "Doha helped reunite 101 children with their families - a figure that covers
        children returned to Ukraine and some Russian children reunited with relatives
        in Russia": the figure sums both ways, neither side's receipt alone. The aside
        opens with a noun restating the figure and a verb of covering; both sides must
        stand in it as places the people went.
        """
        if self.norm_set.isdisjoint(_COVERING):
            return False  # no verb of covering: no aside below can say it covers both
        for mark in self._at(("-", ",", *DASHES), figure.np_end, self.last - 4):
            at = mark + 1 + (self.norm_at[mark + 1] in ("a", "the", "this", "which"))
            if self.norm_at[at] not in lx.FIGURE_HEADS or self.norm_at[at + 1] not in (
                "that",
                "which",
            ):
                continue
            if self.norm_at[at + 2] not in _COVERING:
                return False
            places = {
                p.code
                for p in self.m.parties
                if p.first > at + 2
                and p.noun
                and p.role != MEDIATOR
                and self.norm_at[p.first - 1] in ("to", "in", "into")
            }
            return len(places) >= 2
        return False

    def _families_on_both_sides(self, figure: FigureMention) -> bool:
        """Whether a "with" phrase after the people ends "on both sides": "reunite more
        than 70 children with their families on both sides" counts either way at once."""
        at = figure.np_end
        if self.norm_at[at] != "with":
            return False
        return any(
            self.norm_at[i] == "on"
            and self.norm_at[i + 1] == "both"
            and self.norm_at[i + 2] == "sides"
            for i in range(at + 2, min(self.last, at + 5))
        )

    def _both_ways_words(self, figure: FigureMention, stop: int) -> bool:
        """Whether "both directions" or "counting both sides" follows in the clause.

        "The same number (equal numbers) in both directions" says each way moved as
        many as the other, so the figure is of each way, not the two ways summed.
        """
        return "both" in self.norm_set and any(
            (
                self.norm_at[i] == "both"
                and self.norm_at[i + 1] in ("directions", "ways")
                and not self._same_number_before(i)
            )
            or (
                self.norm_at[i] == "counting"
                and self.norm_at[i + 1] == "both"
                and self.norm_at[i + 2] == "sides"
            )
            for i in range(figure.np_end, stop + 3)
        )

    def _same_number_before(self, both: int) -> bool:
        """Whether "the same number" or "an equal number" (then "in", "going") leads to ``both``.

        "each time the same number in both directions": the phrase sets the ways equal.
        """
        j = both - 1
        while j > self.first and self.norm_at[j] in ("in", "going", "moving", "each"):
            j -= 1
        return self.norm_at[j] == "number" and self.norm_at[j - 1] in ("same", "equal")

    def _typical_size(self, figure: FigureMention) -> bool:
        """Whether the figure sizes each of many swaps told as a kind, not one swap nor a sum.

        "Most swaps in 2024 involved between 75 and 250 people on each side": a sentence
        opening on a quantified plural event noun ("most swaps", "earlier exchanges")
        tells what such swaps were like.
        """
        start = self.first + (self.norm_at[self.first] in _TYPICAL_OPENERS)
        return (
            self.norm_at[start] in _TYPICAL_QUANTIFIERS
            and self.norm_at[start + 1] in _EXCHANGE_PLURALS
            and start + 1 < figure.first
            and not self._figure_between(start, figure.first)
            and not self._at((";", ":", "—", "–"), start, figure.first)
        )

    def _largest_swaps_sized(self, figure: FigureMention) -> bool:
        """Whether the figure sizes each of the largest swaps: "the largest swaps had involved
        a few hundred people each".

        A clause whose subject is a plural of swaps ranked by size, the figure told
        "each", says how big such swaps were, not one handover nor a sum.
        """
        if self.norm_at[figure.np_end] != "each":
            return False
        noun = next(
            (i for i in range(self.first, figure.first) if self.norm_at[i] in _EXCHANGE_PLURALS),
            None,
        )
        if noun is None or self._figure_between(noun, figure.first):
            return False
        if self._at((";", ":", "—", "–"), noun, figure.first):
            return False
        opening = max([self.first, *(i + 1 for i in self._at((",",), self.first, noun))])
        words = [self.norm_at[i] for i in range(opening, noun)]
        return (
            bool(words)
            and all(w in _RANKED_PLURAL_WORDS for w in words)
            and not {"largest", "biggest"}.isdisjoint(words)
        )

    def _both_destinations(self, start: int, stop: int) -> bool:
        """Whether the clause sends its people to both sides: "returned to families in
        Russia and Ukraine", "went home to Ukraine and to Russia".

        Two sides joined as the places the people went make the figure a sum of both
        directions, not one side's receipt. A side followed by its own verb ("to Ukraine
        and Russia received 90") opens a clause of its own and is not a destination.
        """
        places = [
            p for p in self.m.parties if start <= p.first < stop and p.noun and p.role != MEDIATOR
        ]
        for one, other in itertools.pairwise(places):
            between = {self.norm_at[i] for i in range(one.last, other.first)}
            if (
                one.code != other.code
                and self.norm_at[one.first - 1] in ("to", "in", "into")
                and "and" in between
                and between <= {"and", "to", "in", "into", "the"}
                and (
                    other.last >= self.last
                    or self.tokens[other.last].kind != WORD
                    or self.norm_at[other.last] in _PREPOSITIONS | {"on", "at", "after", "under"}
                )
            ):
                return True
        return False

    def _each_time(self, figure: FigureMention) -> bool:
        """Whether "each time" or "on each occasion" follows the figure: a series."""
        after = self.norms[figure.np_end - self.first : figure.np_end + 4 - self.first]
        return any(
            word in ("each", "every") and (after[k + 1 : k + 2] or [""])[0] in _TIMES
            for k, word in enumerate(after)
        )

    def _each_time_before(self, figure: FigureMention) -> bool:
        """Whether "each time" stands just before the figure: "each time involving 909 bodies".

        Told of each listed date in turn, the figure is one of a series, as "909 bodies
        each time" is. Not past a bracket or a comma: "a few dozen each time (31 bodies in
        all)" gives the series' sum, not each handover's size.
        """
        return any(
            self.norm_at[i] in ("each", "every")
            and self.norm_at[i + 1] in _TIMES
            and not any(
                self.norm_at[j] in ("(", "[", ",", ";") or self.norm_at[j] in lx.DASH_MARKS
                for j in range(i + 2, figure.first)
            )
            for i in range(max(self.first, figure.first - 4), figure.first - 1)
        )

    def _apiece_to(self, figure: FigureMention) -> bool:
        """Whether "apiece" or "each" after the figure runs straight into "to <a side>".

        "three handovers returned 82 bodies apiece to Ukraine": with one receiver
        named, the figure is each handover's, not each side's.
        """
        return any(
            self.norm_at[i] in ("apiece", "each") and self.norm_at[i + 1] == "to"
            for i in range(figure.last, min(self.last, figure.np_end + 2))
        )

    def _part_between(self, start: int, end: int) -> bool:
        """Whether a partitive relative ("some of whom", "most of them") stands in the span.

        "yielded 700 prisoners, some of whom have since been exchanged": the verb
        after such a relative is told of an uncounted part, not of the figure.
        """
        # walked back from the verb: "..., some of whom had been held since 2014, came
        # home" closes the relative before the verb, which is the figure's own again
        for i in range(end - 3, start - 1, -1):
            if self.norm_at[i + 2] in _CLAUSE_MARKS or (
                self.norm_at[i + 2] == "-" and self.spaced_dash(i + 2)
            ):
                return False
            if (
                self.norm_at[i] in _PART_QUANTIFIERS
                and self.norm_at[i + 1] == "of"
                and self.norm_at[i + 2] in ("whom", "which", "them", "these", "those")
            ):
                return True
        return False

    def _still_held(self, figure: FigureMention) -> bool:
        """Whether the people are said to be still held: "1,000 men still in Russian hands".

        "8,000 soldiers are in captivity" and "are held" say the same in the present.

        People that "remain" or are "still" in captivity (or held) were not moved,
        whatever verb or noun of moving stands nearby: they are a count of captives.
        """
        if figure.noun is None or figure.remains:
            return False
        # the quotation mark of a quoted figure stands between: 'was holding "thousands"'
        before = figure.first - 1 - (self.norm_at[figure.first - 1] in lx.QUOTE_MARKS)
        if self.norm_at[before] in lx.HOLDING_NOW:
            return True  # "Russia was holding around 8,000 Ukrainian POWs": the object held
        if self._held_then(figure):
            return True  # "Ukraine now held hundreds of Russian conscripts, and ... swapped"
        words: list[str] = []
        start = figure.np_end
        if self.norm_at[start] == "who" and self.norm_at[start + 1] == ",":
            # "8,000 Ukrainians who, according to Kyiv, remain in Russian captivity": the
            # relative clause past its aside of saying says where they are
            start = self._speech_aside(start + 1)
        for i in range(start, min(self.last, start + 6)):
            if self.norm_at[i] in _CLAUSE_MARKS:
                break
            words.append(self.norm_at[i])
        if self._believed_held(figure):
            return True  # "8,000 Ukrainians believed by Kyiv to be in Russian captivity"
        # "8,000 soldiers and civilians are in Russian captivity": a count of captives now
        copula = next((k for k, w in enumerate(words[:3]) if w in ("are", "is")), None)
        if copula is not None and not _STILL_HELD_WORDS.isdisjoint(words[copula + 1 : copula + 4]):
            return True
        if not {"still", "remain", "remains", "remained"} & set(words[:3]):
            return False
        return bool(set(words) & _STILL_HELD_WORDS)

    def _counted_up_to(self, figure: FigureMention) -> bool:
        """Whether the figure is a sum brought up to date by one exchange, told in the perfect.

        "With Wednesday's exchange, 2,828 Ukrainians had been returned"; "counting
        Tuesday's swap, 1,892 have come home": the exchange named is the last one
        the sum counts, and its day does not make the sum that exchange's figure.
        """
        openers = self._at(_SUM_OPENERS, max(self.first, figure.first - 12), figure.first)
        if not openers:
            return False
        opener = openers[-1]  # the nearest
        j = opener + 1
        if not (
            self.norm_at[j] in ("it", "this", "that")
            and (self.norm_at[j + 1] == "," or j + 1 == figure.first)
        ):
            # "with it, he added, 3,956 have been returned", "with it 2,828 had been brought
            # home": the pronoun is the exchange told
            while j < figure.first and (
                self.norm_at[j]
                in ("this", "that", "the", "today's", "latest", "last", "most", "recent")
                or (self.tokens[j].poss and self.tokens[j].text[:-2] in _WEEKDAY_NAMES)
            ):
                j += 1
            if j == opener + 1:
                return False
            noun: int | None = None
            if self.norm_at[j] == "," and self.tokens[j - 1].poss:
                noun = j  # "including Thursday's, more than 6,000 had been freed": noun left out
            else:
                # "with this Easter exchange": a name or two between the article and the noun
                noun = next(
                    (
                        k
                        for k in range(j, min(j + 3, figure.first))
                        if self.norm_at[k] in _SUMMED_EXCHANGE
                    ),
                    None,
                )
            if noun is None or any(
                self.norm_at[k] in _CLAUSE_MARKS | {"of", "and"} for k in range(j, noun)
            ):
                return False
        after = self.norms[figure.np_end - self.first : figure.np_end + 10 - self.first]
        if after[:1] in (["—"], ["–"]) and after[0] in after[1:]:
            after = after[after.index(after[0], 1) + 1 :]  # "— soldiers and civilians —"
        return bool({"have", "has", "had"} & set(after[:2]))

    def _infinitive_of(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether the verb is an infinitive on the people: "150 prisoners to be released".

        People with "to" and a verb after them ("with 192 Russians to go home") are
        the people an exchange was to move: what is planned, not what was done.
        """
        at = figure.np_end
        if self.norm_at[at] != "to":
            return False
        verb = at + 2 if self.norm_at[at + 1] in ("be", "get") else at + 1
        if verb not in self._transfer_starts and self.norm_at[verb] not in ("go", "come"):
            return False
        # "brought home 90 soldiers to be reunited": a verb done before the people stands;
        # "helped 14 children to return": the helping made the infinitive's move done
        return (
            (predicate.first >= at and not predicate.done)
            or predicate.move is Move.EVENT
            or self.norm_at[predicate.first] in _EXCHANGE_NOUNS
        )

    def _each_event(self, figure: FigureMention) -> bool:
        """Whether "each" just before the figure distributes it over exchanges.

        "in exchanges that each involved about 20 prisoners", "each swap brought back
        50": every exchange's own figure, a series and not a running total.
        """
        return any(
            self.norm_at[i] == "each"
            and (
                self.norm_at[i + 1] in _EXCHANGE_NOUNS
                or self.norm_at[i - 1] in _TALLY_PLURALS
                or (self.norm_at[i - 1] in _RELATIVES and self.norm_at[i - 2] in _TALLY_PLURALS)
            )
            for i in range(max(self.first, figure.first - 4), figure.first)
        ) or (
            # "two handovers brought 60 bodies each to Russia": "each" after the figure
            self._apiece_to(figure)
            and any(
                self.norm_at[i] in _TALLY_PLURALS
                for i in range(max(self.first, figure.first - 8), figure.first)
            )
        )

    def _dated_part(self, figure: FigureMention, dates: list[DateMention]) -> bool:
        """Whether a part of a running sum is an exchange of its own, with its own date.

        "more than 260 had returned home in April, including 15 seriously wounded men
        exchanged on Easter Saturday": the part has its own verb of handing over and
        its own day, so it is that day's exchange, not a part of the sum.
        """
        if self.norm_at[figure.first - 1] != "including":
            return False
        verb = next((t for t in self.m.transfers if t.first == figure.np_end), None)
        if verb is None or not verb.done:
            return False
        return any(verb.last <= d.first <= verb.last + 1 and not d.since for d in dates)

    def _modifying_participle(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether the verb of moving only narrows the figure's people, whose own verb is a
        finite one after it: "more than 1,000 Ukrainians returned this year had been held
        for over two years" tells how long a part of the returned was held, and "248
        servicemen freed in January had completed their rehabilitation" what became of
        people freed before; neither is a return.

        A verb that moves them again ("have been flown home", "had been taken to
        Kyiv") still tells of the handover and keeps it.
        """
        if predicate.first != figure.np_end or predicate.last - predicate.first != 1:
            return False
        for i in range(predicate.last, min(self.last - 2, predicate.last + 8)):
            word = self.norm_at[i]
            if word in _CLAUSE_MARKS or word in ("and", "or", "but", "who", "that", "which"):
                return False
            # "had (been) ...", or a state still going on: "are still being treated"
            if word in ("had", "have", "has") or (
                word in ("are", "were") and self.norm_at[i + 1] in _STILL_NOW
            ):
                at = i + 1
                while self.norm_at[at] in _AFTER_AUXILIARY:
                    at += 1
                return not self._moved_again(self.norm_at[at], at)
        return False

    def _moved_again(self, verb: str, at: int) -> bool:
        """Whether the finite verb at ``at`` moves people: a verb of handing over or of
        arriving ("had reached Sumy"), or one with "home", "back" or "to" just after it
        ("had been flown home")."""
        return (
            _lemmas.is_transfer_form(verb)
            or verb in _ARRIVING
            or verb in ("home", "back")
            or not {"home", "back", "to"}.isdisjoint(
                self.norm_at[k] for k in range(at + 1, min(self.last, at + 3))
            )
        )

    def _recovered_from_ground(self, figure: FigureMention) -> bool:
        """Whether the figure's people were "recovered" from ground, not from a side.

        "had recovered the bodies of 8 soldiers from the battlefield", "... from territory
        retaken in the south": a side's own teams found them, and no one handed them over.
        """
        verb = max(self.first, figure.first - 5)
        if not any(self.norm_at[i] in _RECOVERING for i in range(verb, figure.first)):
            return False
        for i in range(figure.first + 1, min(self.last, figure.np_end + 5)):
            if self.norm_at[i] == "from":
                ground = i + 1 + (self.norm_at[i + 1] in ("the", "a", "an"))
                return self.norm_at[ground] in _GROUND
        return False

    def _questioned(self, figure: FigureMention) -> bool:
        """Whether the figure counts the people a report talked to or worked on, not those
        who moved.

        "based on interviews with 74 soldiers released in exchanges", "interviews
        conducted in May with 52 POWs released", "the monitors surveyed 120 civilians
        freed last year": the freed are the report's sample;
        "has identified more than 5,000 of the bodies returned since 2022", "forensic
        teams work through thousands of bodies returned": the work done on people
        already back.
        """
        if self.norm_at[figure.first - 1] in _QUESTIONED_OR_WORKED_ON:
            return True
        if self._questioned_with_the_one_before(figure):
            return True
        if self.norm_at[figure.first - 1] == "through" and self.norm_at[figure.first - 2] in (
            _WORKED_THROUGH
        ):
            return True
        if self.norm_at[figure.first - 1] not in ("with", "to"):
            return False
        if self.norm_at[figure.first - 2] in _QUESTIONED:
            return True
        # "interviews conducted in May with 52 POWs released ...": the same noun, its
        # "with" past a participle or a date, within the clause
        for i in range(figure.first - 3, figure.first - 3 - _TALKS_MODIFIER_REACH, -1):
            if i < self.first or self.norm_at[i] in _CLAUSE_MARKS:
                return False
            if self.norm_at[i] in _TALKS_HELD:
                # "interviews the mission conducted in May with 52 POWs": a subject right
                # after the noun opens a relative clause on it, whose verb is not the
                # sentence's own
                relative = (
                    self.norm_at[i + 1] == "the" or self.norm_at[i + 1] in lx.POSSESSIVE_PRONOUNS
                )
                return self.norm_at[figure.first - 1] == "with" and (
                    relative or not self._finite_verb_between(i + 2, figure.first - 1)
                )
        return False

    def _questioned_with_the_one_before(self, figure: FigureMention) -> bool:
        """Whether the figure is joined by "and" to a figure of people a report talked to.

        "The monitors interviewed 40 soldiers freed in the swaps, and 12 Russian POWs held
        in Ukraine": the second group is the verb's object too, a sample like the first.
        A group with a verb of its own after it ("and 12 were freed") is a clause of its own.
        """
        at = figure.first - 1
        if self.norm_at[at] != "and" or figure.noun is None:
            return False
        before = [f for f in self.m.figures if f.np_end <= at - (self.norm_at[at - 1] == ",")]
        if not before or self.norm_at[before[-1].first - 1] not in _lemmas.INTERVIEWING:
            return False
        after = self.norm_at[figure.np_end]
        return after not in lx.HAVE_BE_AUXILIARIES and not any(
            t.first == figure.np_end for t in self.m.transfers
        )

    def _finite_verb_between(self, start: int, stop: int) -> bool:
        """Whether a past verb of its own stands in ``start:stop``, not a participle.

        "Interviews in Kyiv on Tuesday ended with 52 POWs released": "ended" is the
        clause's finite verb and "with" is its own, so the figure is no sample of the
        talks; a participle right after the noun ("interviews conducted in May with")
        or after a form of "be" ("were held on Monday with") leaves "with" to the noun.
        """
        return any(
            self.norm_at[k].endswith("ed") and self.norm_at[k - 1] not in lx.HAVE_BE_AUXILIARIES
            for k in range(start, stop)
        )

    def _speaking_witnesses(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether the figure counts people who speak, their release told in a relative clause.

        "Two men who were released from captivity last year told her they had seen him":
        the main verb is one of speaking, so the figure counts the witnesses, a handful
        of those freed, not a handover.
        """
        who = figure.np_end
        if self.norm_at[who] not in ("who", "that") or not who < predicate.first <= who + 3:
            return False
        for i in range(predicate.last, min(self.last, predicate.last + 10)):
            word = self.norm_at[i]
            if word in _CLAUSE_MARKS or word in ("and", "or", "but"):
                return False
            if word in lx.SPEECH and self.norm_at[i - 1] not in ("and", "or"):
                return True
        return False

    def _bound_for(self, figure: FigureMention) -> bool:
        """Whether the people were only on their way to a handover: a plan, not a handover.

        "with 192 Russians to go home", "carrying 65 prisoners to an exchange",
        "65 prisoners on their way to a swap", "bound for the exchange", "to another
        swap": an infinitive of moving, or an exchange ahead of them, right after the
        people.
        """
        end = figure.np_end
        if self.norm_at[end] == "to" and any(
            t.first in (end + 1, end + 2) and not t.done for t in self.m.transfers
        ):
            return True
        if self.norm_set.isdisjoint(_EXCHANGE_NOUNS):
            return False  # no exchange named for the people to be on their way to
        words = self.norms[end - self.first : end + 8 - self.first]
        # "to a prisoner exchange", "to the next swap": modifiers may stand before the noun
        return any(
            (words[k] == "to" or (words[k] == "for" and words[k - 1 : k] == ["bound"]))
            and words[k + 1] in ("an", "a", "the", "another")
            and any(
                w in _EXCHANGE_NOUNS and all(m.isalpha() for m in words[k + 2 : k + 2 + j])
                for j, w in enumerate(words[k + 2 : k + 5])
            )
            for k in range(len(words) - 2)
        )

    def _caused_not_done(self, figure: FigureMention) -> bool:
        """Whether the figure's people are the object of "will see", "would let", "could allow".

        "The deal will see 1,000 people go each way" tells what a plan would bring
        about; the verb of moving after the people has no auxiliary of its own. A deal
        that "foresees" or "envisages" them gives its terms, in any tense.
        """
        at = figure.first - 1
        if at < self.first:
            return False
        if self.norm_at[at] in _FORESEEING:
            return True
        if _lemmas.lemma(self.norm_at[at]) not in _CAUSING:
            return False
        return not verb_group(self.norms, at - self.first).done

    def _one_per_counted_event(self, figure: FigureMention) -> bool:
        """Whether the figure is one of a list giving each exchange counted its own figure.

        "Two swaps, on 5 January and 5 February, moved 25 and 150 prisoners": the
        number before "swaps" is the length of the list of figures, so each figure
        is one swap's, not a running total over them ("in 58 exchanges, 4,500").
        """
        counted = next(
            (
                self.norm_at[i]
                for i in range(max(self.first, figure.first - 12), figure.first)
                if self.norm_at[i + 1] in _TALLY_PLURALS
                and (self.norm_at[i].isdigit() or self.norm_at[i] in lx.NUMBER_WORDS)
            ),
            None,
        )
        if counted is None:
            return False
        try:
            events = Count.parse(counted)
        except ValueError:
            return False
        run = self._listed_run(figure)
        return len(run) >= 2 and events == Count.exact(len(run))

    def _listed_run(self, figure: FigureMention) -> list[FigureMention]:
        """The figures listed with this one, joined only by commas and "and": "25, 150 and 175"."""
        figures = self.m.figures
        at = next((k for k, f in enumerate(figures) if f.first == figure.first), None)
        if at is None:
            return [figure]
        run = [figure]
        for step in (-1, 1):
            k = at
            while 0 <= k + step < len(figures):
                a, b = sorted((figures[k], figures[k + step]), key=lambda f: f.first)
                if not {self.norm_at[j] for j in range(a.last, b.first)} <= {",", "and"}:
                    break
                k += step
                run.append(figures[k])
        return sorted(run, key=lambda f: f.first)

    def _each_event_sized(self, figure: FigureMention) -> bool:
        """Whether the figure gives the size of each of several exchanges, not their sum.

        "in swaps of 115 and 103 captives": a figure hung on a plural noun of
        exchanges by "of" is one exchange's size; "freed 40, 60 and 80 prisoners,
        respectively": a list shared out by "respectively" gives each event its own.
        """
        run = self._listed_run(figure)
        head = run[0].first
        if self.norm_at[head - 1] == "of" and self.norm_at[head - 2] in _TALLY_PLURALS:
            # a go-between's "exchanges of 2,000 captives in total": the one figure sums
            # the swaps (a side's is left as it was)
            said = figure.nationality is not None or figure.pronoun is not None
            if len(run) == 1 and said and self._sides_swaps_summed(figure):
                return False  # "Kyiv has held swaps of 1,300 Ukrainians": its tally, summed
            return (
                len(run) > 1
                or not self.summed_in_total(figure)
                or any(p.role != MEDIATOR for p in self.m.parties)
            )
        if any(
            (f.first, f.last) == (figure.first, figure.last) and f.amount != figure.amount
            for f in self.m.figures
        ):
            return True  # "each time the same number": one phrase repeating each listed size
        if len(run) < 2:
            return False
        k = bisect.bisect_left(self.breaks, run[-1].np_end)
        stop = min(self.last, run[-1].np_end + 8)
        stop = min(stop, self.breaks[k + 1] if k + 1 < len(self.breaks) else self.last)
        at = next((i for i in range(run[-1].np_end, stop) if self.norm_at[i] == "respectively"), 0)
        return at > 0 and not self._shared_over_years(len(run), at)

    def _shared_over_years(self, size: int, at: int, *, alone: bool = True) -> bool:
        """Whether the dates a "respectively" at ``at`` shares ``size`` figures over are years.

        "In 2024 and 2025, 1,358 and 2,044 came home respectively": no one exchange is
        dated by its year alone, so each listed figure sums its year's exchanges, as a
        lone "In 2024, 1,358 came home" does. Only when the one list of as many dates as
        figures before the word is a list of bare years and, if ``alone``, no other date
        stands before the word ("said on Monday" would end each year's span that day).
        """
        groups: dict[int, list[DateMention]] = {}
        for d in self.m.dates:
            if not d.since and d.first < at:
                groups.setdefault(d.group, []).append(d)
        listed = [g for g in groups.values() if len(g) == size]
        return (
            len(listed) == 1
            and all(lx.is_bare_year(d.text) for d in listed[0])
            and (not alone or len(groups) == 1)
        )

    def _year_sums_told_on_a_day(self, figure: FigureMention) -> bool:
        """Whether the figure is one of a list shared out over years, told with another date.

        "In 2023 and 2024, the office said on Monday, 1,102 and 1,358 had come home
        respectively": each figure is a year's sum, but the day of telling would be read
        as where each sum ends; neither an exchange nor a sum with a span to print.
        """
        if "respectively" not in self.norm_set:
            return False  # most sentences: no list shared out
        run = self._listed_run(figure)
        if len(run) < 2:
            return False
        stop = min(self.last, run[-1].np_end + 8)
        at = next((i for i in range(run[-1].np_end, stop) if self.norm_at[i] == "respectively"), 0)
        return (
            at > 0
            and self._shared_over_years(len(run), at, alone=False)
            and not self._shared_over_years(len(run), at)
        )

    def _whole_of_returned_part(self, figure: FigureMention) -> bool:
        """Whether the next figure is a noun-less part of this one, said to be returned.

        "20,000 children were taken to Russia, of whom 388 have been returned": the
        part borrows the whole's noun (see the mentions); it is the part that came
        back, so the whole never did.
        """
        part = next((f for f in self.m.figures if f.first >= figure.np_end), None)
        return (
            part is not None
            and part.noun is figure.noun is not None
            and self._returned_part(part)
            and not self._own_return_before(figure, part)
        )

    def _own_return_before(self, whole: FigureMention, part: FigureMention) -> bool:
        """Whether the whole has its own done verb of return before its part.

        "3,035 Ukrainians have been freed from captivity, of whom 2,828 were returned
        earlier": the whole came home too, so it stays a figure beside its part.
        """
        return any(
            whole.np_end <= t.first < part.first
            and t.done
            and _lemmas.lemma(self.norm_at[t.first]) in _HOMECOMING_LEMMAS
            for t in self.m.transfers
        )

    def _whole_of_fraction(self, figure: FigureMention) -> bool:
        """Whether the figure is the whole a part of it is measured against.

        "388 have come home, a small fraction of the 19,546 deported", "a share of the
        8,000 held": the whole after a noun of a part was never moved as a whole.
        """
        at = figure.first - (self.norm_at[figure.first - 1] == "the")
        return self.norm_at[at - 1] == "of" and any(
            self.norm_at[i] in _FRACTION_NOUNS for i in range(max(self.first, at - 3), at - 1)
        )

    def _whole_taken_to(self, figure: FigureMention) -> str | None:
        """Where the whole a noun-less part borrows its noun from was taken ("to Russia")."""
        if not self._returned_part(figure):
            return None
        whole = next(
            (f for f in reversed(self.m.figures) if f.np_end <= figure.first and f.noun), None
        )
        return None if whole is None else self._party_after(("to",), whole.np_end, figure.first)

    def _returned_part(self, figure: FigureMention) -> bool:
        """Whether a noun-less part is returned so far ("and 388 have been") or "of whom"."""
        opening = figure.first
        if self.norm_at[opening - 1] == ",":  # "of whom, as of this month, 388"
            opening = next(
                (
                    i
                    for i in range(opening - 2, max(self.first, opening - 8), -1)
                    if self.norm_at[i] == ","
                ),
                opening,
            )
        return (
            self._noun_borrowed(figure)
            and (
                self.norm_at[figure.last] in ("have", "has", "had")
                or (self.norm_at[opening - 1] == "whom" and self.norm_at[opening - 2] == "of")
            )
            and not self._part_does_else(figure)
        )

    def _later_part(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is a later part listed after ", of whom N were ...": "and 382"."""
        if self.norm_at[figure.first - 1] != "and":
            return False
        for i in range(figure.first - 2, max(self.first + 1, figure.first - 10), -1):
            if self.norm_at[i] in (";", "\u2014", "(", ")"):
                return False
            if self.norm_at[i] in ("whom", "which") and self.norm_at[i - 1] == "of":
                return self.norm_at[i - 2] == "," and any(
                    i < f.first and f.last < figure.first for f in self.m.figures
                )
        return False

    def _part_does_else(self, figure: FigureMention) -> bool:
        """Whether a part's own verb is no verb of moving: "of whom 95 had defended the plant".

        The part is described, not returned, so the whole before it is what moved.
        """
        if self.norm_at[figure.last] not in lx.FINITE_HAVE_BE:
            return False
        for i in range(figure.last, min(self.last, figure.last + 5)):
            if any(t.first == i for t in self.m.transfers):
                return False
            if self.norm_at[i] in _CLAUSE_MARKS:
                break
        return True

    def _noun_borrowed(self, figure: FigureMention) -> bool:
        """Whether a bare number has a noun only from the figure before ("of whom 388").

        "The same number" or "a group of the same size" repeats a figure rather
        than taking a part of it, so the figure must end in a number.
        """
        return (
            figure.noun is not None
            and figure.np_end == figure.last
            and (
                self.tokens[figure.last - 1].kind == NUM
                or self.norm_at[figure.last - 1] in lx.NUMBER_WORDS
            )
        )

    def _returned_part_since(self, figure: FigureMention) -> bool:
        """Whether a noun-less figure returns part of a whole counted since a start.

        "20,000 children have been deported since 2022; 388 have been brought back":
        the part borrows the whole's noun (see the mentions) and so its span too,
        which runs to now; a perfect ("and 450 have since been brought home") counts
        up to now by itself.
        """
        if not self._noun_borrowed(figure):
            return False
        if self.norm_at[figure.last] in ("have", "has", "had"):
            return True
        whole = next(
            (f for f in reversed(self.m.figures) if f.np_end <= figure.first and f.noun), None
        )
        return whole is not None and any(
            self.norm_at[i] == "since" and not self._ranked(i) and not self._held_since_at(i)
            for i in range(whole.np_end, figure.first)
        )

    def _counted_exchanges(self, word: TransferWord) -> bool:
        """Whether a noun of exchanges is counted ("in 58 exchanges"), not the event told.

        So is one whose span is counted: "with two days of returns".
        """
        at = word.first - self.first
        if self.norm_at[word.first - 1] == "of":
            return aggregate(self.norms, at, at + 1)
        return self.norm_at[word.first] in _TALLY_PLURALS and (
            self.norm_at[word.first - 1].isdigit()
            or self.norm_at[word.first - 1] in lx.NUMBER_WORDS
        )

    def _since_event(self, word: TransferWord) -> bool:
        """Whether a noun of exchanging only names the start of a span ("since the first swap").

        Such a noun dates a running total and hands nobody over itself, so the
        figure's own verb must be looked for after it.
        """
        k = word.first - 1
        while k > self.first and self.norm_at[k] in _SINCE_EVENT_MODIFIERS:
            k -= 1
        return k < word.first - 1 and self.norm_at[k] == "since"

    def _home_region_counted(self, figure: FigureMention, predicate: TransferWord) -> str | None:
        """The side of the region the people brought home are from, named in their noun group.

        "Kursk residents", "147 children from Kharkiv oblast", "residents of the Sumy
        region" going home go to that region's side. Only the people's own words before
        the verb count: "came back from Kursk" names where they were, and bodies are
        anyone's.
        """
        if figure.remains or predicate.first < figure.np_end:
            return None
        at = figure.np_end
        if self.norm_at[at] in ("from", "of"):
            at += 1 + (self.norm_at[at + 1] == "the")
            if self.norm_at[at + 1] not in ("region", "oblast", "district", ",", *_HOMECOMING_AUX):
                return None
            words = [self.norm_at[at]]
        else:
            words = [self.norm_at[i] for i in range(figure.first, figure.np_end)]
        sides = {lx.REGIONS[w] for w in words if w in lx.REGIONS}
        return sides.pop() if len(sides) == 1 else None

    def _of_the_region(self, figure: FigureMention) -> bool:
        """Whether the people are "of (from) the region" with the region left unnamed.

        "46 residents of the region were returned": "the region" refers back, so the
        people's home is a region told elsewhere, not the side last heard speaking.
        """
        at = figure.np_end
        return (
            not figure.remains
            and self.norm_at[at] in ("of", "from")
            and self.norm_at[at + 1] == "the"
            and self.norm_at[at + 2] in ("region", "oblast")
        )

    def _region_referred(self, figure: FigureMention) -> str | None:
        """The side of the region "the region" refers back to, when one is settled.

        A region of one side named earlier in the sentence ("The Odesa regional council
        says 96 residents of the region ..."), else the region whose residents the text
        last counted ("Nine Kursk residents ..." before "46 residents of the region"),
        else the side of every region the text named; regions of both sides settle none.
        """
        sides = {lx.REGIONS[self.norm_at[i]] for i in self.region_words if i < figure.first}
        if not sides and self.discourse.home_region is not None:
            return self.discourse.home_region
        sides = sides or set(self.discourse.region_sides)
        return sides.pop() if len(sides) == 1 else None

    def _regions_told(self, figure: FigureMention) -> bool:
        """Whether the text, up to the figure, has named any region of a side."""
        return bool(self.discourse.region_sides) or any(i < figure.first for i in self.region_words)

    def _stayed_in(self, figure: FigureMention, predicate: TransferWord) -> str | None:
        """The side the people going home had been in, told in their own relative clause.

        "Nine civilians who had spent months in Ukraine have returned home": home is the
        other side; so it is for "civilians who were detained by Russian troops" and for
        "civilians held by Russia". Only "who", "that" or a participle of being held
        straight after the people, and a verb of staying or being held before "in" and
        one side (or of being held before "by" and one side), count.
        """
        at = self._relative_opening(figure.np_end, predicate.first)
        if at is None:
            return None
        words = [self.norm_at[i] for i in range(at, predicate.first)]
        held = not _HELD_BY.isdisjoint(words)
        if _STAYED.isdisjoint(words) and not held:
            return None
        sides = {
            p.code
            for p in self.m.parties
            if at < p.first < predicate.first
            and (
                self.norm_at[p.first - 1] == "in"
                or (held and "by" in (self.norm_at[p.first - 1], self.norm_at[p.first - 2]))
            )
        }
        return sides.pop() if len(sides) == 1 else None

    def _relative_opening(self, at: int, verb: int) -> int | None:
        """Where the people's own relative clause opens ("who", "that"), before ``verb``.

        Straight after the people, or set off by a comma, after a short "from" phrase of
        no side: "eight civilians from the region, who had been held in Russia, ...". A
        participle of being held opens a reduced one ("civilians (illegally) held by
        Russia"), and an aside on a part of the people may hold the clause ("civilians,
        most of them pensioners who had been detained by Russian troops, ...").
        """
        if self.norm_at[at] == "from":
            end = min(verb, at + 5)
            comma = next((i for i in range(at + 1, end) if self.norm_at[i] == ","), None)
            if comma is None or any(at < p.first < comma for p in self.m.parties):
                return None
            at = comma
        if (
            self.norm_at[at] == ","
            and self.norm_at[at + 1] in _MOST_OF | _UNCOUNTED
            and (self.norm_at[at + 2], self.norm_at[at + 3]) == ("of", "them")
        ):
            end = min(verb, at + 12)
            at = next((i for i in range(at + 4, end) if self.norm_at[i] in (",", "who")), at)
        if self.norm_at[at] == "," and self.norm_at[at + 1] == "who":
            at += 1
        if self.norm_at[at].endswith("ly") and self.norm_at[at + 1] in _HELD_BY:
            at += 1  # "illegally held by"
        opens = self.norm_at[at] in ("who", "that") or self.norm_at[at] in _HELD_BY
        return at if opens and at < verb else None

    def _unnamed_turn(self) -> bool:
        """Whether the sentence is in a transcript's turn whose label names no known speaker.

        "LARYSA PETRYK: ... well over 2,000 people have come home since January": a guest
        of no known side speaks for herself, not for the side heard before her turn.
        """
        return self.discourse.turn and self.discourse.label is None

    def _home(self, predicate: TransferWord) -> bool:
        """Whether the verb of returning says "home" ("have come home", "brought home").

        So does a verb of coming back whose subject is the people ("had come back",
        "crossed back"): they came back to their own side.
        """
        words = [self.norm_at[i] for i in range(predicate.first, predicate.last)]
        if predicate.move is Move.SEND:
            # "the bodies of 503 people were repatriated": sent to their own country; "103
            # servicemen were returned from captivity": out of it, home
            return (
                _lemmas.lemma(words[0]) == "repatriate"
                or (
                    self.norm_at[predicate.last] == "from"
                    and self.norm_at[predicate.last + 1] in _CAPTIVITY
                )
                or self._returned_alone(predicate)
                or self._returned_to_teller(predicate)
                or self._set_free(predicate, words)
                or self._managed_return(predicate)
                or self._event_returned(predicate)
            )
        if predicate.move is not Move.RECEIVE:
            return False
        words.extend(self._particle_after_object(predicate))
        if self._received_passive(predicate, words[0]):
            return True
        return "home" in words or (
            "back" in words
            and (
                _lemmas.lemma(words[0]) in ("come", "cross", "go")
                # "277 soldiers were back on Ukrainian soil": the people are back home
                or (words[0] in _PASSIVE_BE and len(words) == 2)
                or self._event_subject(predicate)
                or self._brought_back_passive(predicate, words[0])
                or self._we_brought_back(predicate, words[0])
            )
        )

    def _we_brought_back(self, predicate: TransferWord, verb: str) -> bool:
        """Whether "we" brought people back: a speaker's side taking its own home.

        "We have brought back 3,767 people so far," Zelensky said: the people came back
        to the side "we" speak for (whose side that is, the speaker tells; else no one).
        """
        if _lemmas.lemma(verb) != "bring":
            return False  # not "For one we got back 200": a boast of the trade's terms
        i = predicate.first - 1
        while i > max(self.first, predicate.first - 6) and self.norm_at[i] in _WE_FILLERS:
            i -= 1
        return self.norm_at[i] == "we"

    def _brought_back_passive(self, predicate: TransferWord, verb: str) -> bool:
        """Whether the people "were (also) brought back": like "came back", to their own side.

        Not in a sentence with "since", whose sum of homecomings the total rules read.
        """
        if "since" in self.norm_set:
            return False
        before = predicate.first - 1
        if self.norm_at[before] in _PASSIVE_ADVERBS:
            before -= 1
        return _lemmas.lemma(verb) == "bring" and self.norm_at[before] in _PASSIVE_BE

    def _received_passive(self, predicate: TransferWord, verb: str) -> bool:
        """Whether the people "had been received", no receiver named: taken in at home.

        "A further 1,200 bodies had been received, the minister said": with no "by" after
        it, the passive tells of the teller's own side getting its people, as "came home"
        does. Only in a story of return: the people are bodies or captives, an exchange
        is named, or "a further N" follows handovers told before; never "received at"
        or "into" a place ("at the hospital", "into the army"), an intake, not a return.
        Not with "since" before it or in its clause, whose sum the total rules read; a
        "since" past a comma ("..., taking the total since June to 3,000") is the total's.
        """
        if _lemmas.lemma(verb) != "receive" or self._since_in_clause(predicate):
            return False
        before = predicate.first - 1
        if self.norm_at[before] in _PASSIVE_ADVERBS:
            before -= 1
        return (
            self.norm_at[before] in _PASSIVE_BE
            and self.norm_at[predicate.last] not in ("by", "at", "into")
            and self._return_told(predicate)
        )

    def _return_told(self, predicate: TransferWord) -> bool:
        """Whether a bare "had been received" is told of people coming back from the other side.

        Bodies, captives or an exchange named in the sentence make it a return; so does
        "a further/another N" when the article has told handovers before.
        """
        if self.norm_set & _RETURN_CONTEXT:
            return True
        return bool(self.discourse.legs) and bool(
            self._at(("further", "another"), self.first, predicate.first)
        )

    def _since_in_clause(self, predicate: TransferWord) -> bool:
        """Whether "since" stands anywhere before ``predicate`` or after it up to the next comma.

        Looking back to the sentence's start, not the clause's: "Since June, 900 had been
        received" is as much a running sum as "900 had been received since June".
        """
        marks = self._at(_CLAUSE_MARKS, predicate.last, self.last)
        end = marks[0] if marks else self.last
        return bool(self._at(("since",), self.first, end))

    def _particle_after_object(self, predicate: TransferWord) -> list[str]:
        """The "home" or "back" a one-word verb leaves after its counted object, if any.

        "The swap brought 230 people home": the particle belongs to the verb, as in
        "brought home 230 people", with only the counted people between them. The
        counted people may be a list ("brought 185 soldiers and 20 civilians home").
        """
        if predicate.last - predicate.first != 1:
            return []
        counted = False
        stop = min(self.last, predicate.last + 7)
        j = predicate.last
        while j < stop:
            word = self.norm_at[j]
            if word in ("home", "back"):
                return [word] if counted else []
            if word in ("and", ",") and counted and self._counted_at(j + 1):
                # "185 soldiers and 20 civilians": another counted group of the object
                stop = min(self.last, stop + _LISTED_OBJECT_REACH)
                j += 1
                continue
            if word in _CLAUSE_MARKS or word in ("and", "but", "to", "from", ".", ":"):
                return []
            counted = counted or self._counted_at(j)
            j += 1
        return []

    def _counted_at(self, at: int) -> bool:
        """Whether the token at ``at`` is a number, in digits or in words."""
        return self.tokens[at].kind == NUM or self.norm_at[at] in lx.NUMBER_WORDS

    def _event_one(self, at: int) -> bool:
        """Whether "the one" at ``at`` stands for a handover named earlier in the sentence.

        "The last exchange, in May, brought 45 home, and the one before that returned 106".
        """
        return (
            self.norm_at[at] == "one"
            and self.norm_at[at - 1] == "the"
            and self.norm_at[at + 1] not in ("who", "that", "which", "whom")
            and any(self.norm_at[i] in _SUBJECT_EVENTS for i in range(self.first, at - 1))
        )

    def _ranked_event(self, at: int) -> bool:
        """Whether a bare "the smallest" (largest, first, last) at ``at`` stands for a handover.

        "The biggest handover, on April 16, returned 1,212 bodies; the smallest, in January,
        returned 500": the rank with no noun after it, set off by a comma or right before
        the verb, leaves out the handover noun told earlier in the sentence.
        """
        return (
            self.norm_at[at] in _SINGLED_OUT - {"most"}
            and self.norm_at[at - 1] == "the"
            and (self.norm_at[at + 1] == "," or any(t.first == at + 1 for t in self.m.transfers))
            and any(self.norm_at[i] in _SUBJECT_EVENTS for i in range(self.first, at - 1))
        )

    def _event_returned(self, predicate: TransferWord) -> bool:
        """Whether a handover is the subject of an active "returned" ("the swap returned 106").

        Like "the swap brought back 224": the event moves no one of its own, so what it
        returned came home; "were returned" and a side as subject say who gave them.
        """
        if _lemmas.lemma(self.norm_at[predicate.first]) != "return":
            return False
        before = predicate.first - 1
        if self.norm_at[before] in _PASSIVE_ADVERBS:
            before -= 1
        return self.norm_at[before] not in _PASSIVE_BE and self._event_subject(predicate)

    def _managed_return(self, predicate: TransferWord) -> bool:
        """Whether "return" is an achievement: "we managed to return 12", "was able to return".

        So is "it was (had been) possible to return", the speaker's own achievement.

        A side that "managed" or "was able" to return people, or "succeeded in returning"
        them, got them home; it does not speak so of the people it gave back.
        """
        if _lemmas.lemma(self.norm_at[predicate.first]) != "return":
            return False
        before = self.norm_at[predicate.first - 1]
        if before == "in":
            return self.norm_at[predicate.first - 2] in _SUCCEEDING
        achieved = self.norm_at[predicate.first - 2] in _ACHIEVING or (
            # "it had been possible to return 200": the speaker's side got them back
            self.norm_at[predicate.first - 2] == "possible"
            and self.norm_at[predicate.first - 3] in ("was", "been")
        )
        return before == "to" and achieved

    def _returned_alone(self, predicate: TransferWord) -> bool:
        """Whether "returned" has no object: "307 servicemen returned today" came back.

        The intransitive verb right after the people counted (or after their "had",
        "have" or "has") says they came back to their side; "Russia returned 40" and
        "40 were returned" say who gave them.
        """
        verb = predicate.first - (self.norm_at[predicate.first - 1] in ("had", "have", "has"))
        return (
            predicate.last - predicate.first == 1
            and _lemmas.lemma(self.norm_at[predicate.first]) == "return"
            and any(
                f.np_end == verb
                or (  # "212 servicemen, most of them from the navy, returned"
                    self.norm_at[f.np_end] == ","
                    and self.norm_at[verb - 1] == ","
                    and not self._has_figure_between(f.np_end, verb)
                )
                for f in self.m.figures
            )
            and (
                self.norm_at[predicate.last] in _AFTER_INTRANSITIVE
                # "303 defenders returned this morning": a time, not an object
                or (
                    self.norm_at[predicate.last] in _TIME_DEICTICS
                    and self.norm_at[predicate.last + 1] in _DAY_PARTS
                )
            )
            # "185 servicemen and 20 civilians had returned, 205 in all": their sum
            and not any(
                predicate.last <= f.first < predicate.last + 4
                and not self._sums_its_subjects(predicate, f)
                for f in self.m.figures
            )
        )

    def _returned_to_teller(self, predicate: TransferWord) -> bool:
        """Whether people "had been returned", no place, giver or trade told, by a side's word.

        "The ombudsman said 21 civilians had been returned": a side's teller telling of
        the people counted just before the passive, with nothing said of where to or by
        whom, tells of its own people coming home, as "came home" does. Not with "to",
        "by" or "into" after the verb (the text says where or who), nor with a trade
        after it ("in exchange for", "in return"), where the people may be the ones the
        teller's side gave, nor with "since" (a running sum, read by the total rules).
        """
        if predicate.last - predicate.first != 1:
            return False
        if _lemmas.lemma(self.norm_at[predicate.first]) != "return":
            return False
        before = predicate.first - 1
        if self.norm_at[before] in _PASSIVE_ADVERBS:
            before -= 1
        if self.norm_at[before] not in _PASSIVE_BE:
            return False
        if self.norm_at[before] == "been" and self.norm_at[before - 1] in ("had", "have", "has"):
            before -= 1
        # the people counted are the passive's subject, right before it
        if not any(f.np_end == before for f in self.m.figures):
            return False
        if self.norm_at[predicate.last] in ("to", "by", "into") or self._since_in_clause(predicate):
            return False
        if any(self.norm_at[i] in _TRADED_AFTER for i in range(predicate.last, self.last)):
            return False
        teller = self.attribution or self.speaker_near(predicate.first)
        return teller is not None and teller is not PUBLISHER and teller.party in self._belligerents

    def _ukrainian_defenders(self, figure: FigureMention, belligerents: Sequence[str]) -> bool:
        """Whether "defenders" of no stated side are brought (come) home: Ukraine's soldiers.

        "the exchanges have brought home the remains of hundreds of defenders": the word is
        Ukraine's for its own soldiers; "its defenders" or "the city's" names a side itself,
        and so does a side named in the sentence ("Moscow said 19 defenders were returned").
        So are the remains of defenders returned; set free with no home named ("60
        defenders were freed"), they stay of no side.
        """
        echo = self._echo_of_other_side(figure) if "UKR" in belligerents else None
        return (
            "UKR" in belligerents
            and (
                "home" in self.norm_set
                or figure.remains
                or self.norm_at[figure.first - 2] in ("remains", "bodies")
                or echo is not None
            )
            and all(
                p.role == MEDIATOR
                or self._heads_echo_after(p, figure.np_end)
                # "..., and as many Russians, whom Kyiv had held, were handed back": the
                # echo's own clause, or Ukraine itself, names no other side for them
                or (echo is not None and (p.code == "UKR" or p.first > echo.first))
                for p in self.m.parties
            )
            and figure.noun is not None
            and self.norm_at[figure.np_end - 1] == "defenders"
            and not any(self.tokens[i].poss for i in range(figure.first, figure.np_end))
            and self.norm_set.isdisjoint(lx.POSSESSIVE_PRONOUNS)
        )

    def _echo_of_other_side(self, figure: FigureMention) -> PartyMention | None:
        """The Russians counted by "the same number of" (or "as many") after the figure.

        "90 defenders came back, and the same number of Russian troops were handed
        back": the echo counts the other leg of one swap, so the defenders before it
        came home to Ukraine even with no "home" written.
        """
        return next(
            (
                p
                for p in self.m.parties
                if p.code == "RUS"
                and p.role != MEDIATOR
                and self._heads_echo_after(p, figure.np_end)
            ),
            None,
        )

    def _heads_echo_after(self, party: PartyMention, after: int) -> bool:
        """Whether ``party`` names the people of "as many" or "the same number of" after ``after``.

        "brought home 205 defenders, with as many Russians released": the Russians are the
        people the echo counts going the other way, not a side of the 205 before it.
        """
        at = party.first - (self.norm_at[party.first - 1] == "of")
        return any(
            same_number(self.norms, start - self.first) == at - self.first
            for start in range(max(after, at - 3), at)
        )

    def _set_free(self, predicate: TransferWord, words: list[str]) -> bool:
        """Whether people "were freed" by no one named: "Kyiv said 40 soldiers were freed".

        Set free with no agent, the people counted right before the passive came
        home; "were freed by Russia" or "freed 40" names who let them go. So did a
        side's own "defenders" or "heroes" who "had been returned", and people who
        "are free" now ("108 women are free").
        """
        if len(words) != 1 or self.norm_at[predicate.last] in ("by", "from", "to", "of"):
            return False  # "... are free to leave", "free of charge"
        if self._among_set_free(predicate, words[0]):
            return True
        be = ("were", "was", "been", "are", "is") if words == ["free"] else ("were", "was", "been")
        if self.norm_at[predicate.first - 1] not in be:
            return False
        people = [f for f in self.m.figures if predicate.first - 3 < f.np_end < predicate.first]
        if not people:
            people = self._set_free_past_aside(predicate)
        verb = _lemmas.lemma(words[0])
        return bool(people) and (
            verb in ("free", "release")
            or (verb == "return" and self.norm_at[people[-1].np_end - 1] in _OWN_SIDE_HEADS)
        )

    def _among_set_free(self, predicate: TransferWord, verb: str) -> bool:
        """Whether the participle sets free the people of "among N": "among 10 civilians freed".

        "The two clerics were among 10 civilians freed in a swap": a participle with
        no agent, right after the people a subject is counted among, says they came home.
        """
        if _lemmas.lemma(verb) not in ("free", "release"):
            return False
        return any(
            f.np_end == predicate.first
            and f.noun is not None
            and "among" in (self.norm_at[f.first - 1], self.norm_at[f.first - 2])
            for f in self.m.figures
        )

    def _set_free_past_aside(self, predicate: TransferWord) -> list[FigureMention]:
        """The people before a passive past its adverbs and a comma aside with no figure.

        "19 civilian sailors, taken from a rescue ship, had also been freed": the
        aside and "also" stand between the people and their verb.
        """
        k = predicate.first - 1
        while k > self.first and self.norm_at[k] in ("been", "had", "have", "has", "were", "was"):
            k -= 1
        k -= self.norm_at[k] in ("also", "since", "now", "all")
        while k > self.first and self.norm_at[k] in ("been", "had", "have", "has", "were", "was"):
            k -= 1
        if self.norm_at[k] == ",":
            opening = next(
                (j for j in range(k - 1, max(self.first, k - 8), -1) if self.norm_at[j] == ","),
                None,
            )
            if opening is None or (
                self._figure_between(opening, k) and not self._part_set_off(opening, k)
            ):
                return []
            k = opening - 1
        return [f for f in self.m.figures if f.np_end == k + 1]

    def _part_set_off(self, opening: int, close: int) -> bool:
        """Whether the comma aside ``opening:close`` counts a part of the people before it.

        "ten civilians, among them two priests, were released": the figure in the
        aside is some of the ten, not a subject of its own.
        """
        return self._part_opens(opening + 1) or any(
            opening < f.first < close and self._named_among_them(f) for f in self.m.figures
        )

    def _event_subject(self, predicate: TransferWord) -> bool:
        """Whether the verb's subject is the handover itself ("the swap brought back 224").

        An event moves no one of its own: what it brought back came home, so the
        receiver is the home side of the one who tells it, never the event. So does a
        vehicle of the handover ("the lorries came again, bringing 1,003"), whose load is
        the handover's people. The event noun heads the clause's first noun group ("The
        previous handover, on May 2, brought back"), with no preposition, party or figure
        before the verb but those of a leading date ("In October 2024 a Qatar-mediated
        return brought back").
        """
        if self.norm_set.isdisjoint(_SUBJECT_EVENTS) and self.norm_set.isdisjoint(lx.CARRIERS):
            return False  # no handover (nor vehicle of one) named to be the subject
        reported = self._reported_start(predicate)
        clause = max(self.first + self.clauses.start_of(predicate.first - self.first), reported)
        while clause > max(self.first, reported) and self.clauses.shares_subject(
            clause - self.first
        ):
            # "the lorries came again, bringing another 1,003": the participle's subject
            # is the clause's before it
            clause = max(self.first + self.clauses.start_of(clause - 1 - self.first), reported)
        # "..., and the one before that returned 106": the conjoined clause is its own
        clause = max(
            (
                i - 1
                for i in range(clause, predicate.first)
                if self._event_one(i) and self.norm_at[i - 2] in ("and", ",")
            ),
            default=clause,
        )
        head = next(
            (
                i
                for i in range(clause, predicate.first)
                if (
                    self.norm_at[i] in _SUBJECT_EVENTS
                    or self.norm_at[i] in lx.CARRIERS
                    or self._event_one(i)
                    or self._ranked_event(i)  # "...; the smallest, in January, returned 500"
                )
                and not self._in_relative(i)
            ),
            None,
        )
        if head is None or any(
            clause <= f.first < predicate.first
            and f.first != head  # "the one before that": the event, not a count
            and not any(d.first <= f.first < d.last for d in self.m.dates)
            for f in self.m.figures
        ):
            return False  # "250 of the swap's people were brought back": the people are
        dated = {i for d in self.m.dates for i in range(d.first - 1, d.last + 1)}
        if any(
            (self.norm_at[i] in _PREPOSITIONS or self.norm_at[i] == ",") and i not in dated
            for i in range(clause, head)
        ):
            return False  # "In the swap, Russia brought back ...": the event is not the subject
        return not any(
            clause <= p.first < predicate.first and not self._in_relative(p.first)
            for p in self._actors()
        )

    def _abroad(self, figure: FigureMention, belligerents: Sequence[str]) -> bool:
        """Whether the figure's people were sent on to or kept in a third country.

        "among those freed were 108 fighters and five officers, who would remain in
        Turkey": a part kept abroad, up to the next figure, is not the swap's other leg.
        """
        end = min((f.first for f in self.m.figures if f.first > figure.first), default=self.last)
        span = (self.first, self.last)
        return (
            kept_in_third(self.norm, figure, self.m.parties, belligerents, end)
            and freed_to_third(
                self.norm, figure, self.m.parties, belligerents, span, None, kept=False
            )
            is None
            and not self._sent_to_stay(figure, belligerents)
        )

    def _sent_to_stay(self, figure: FigureMention, belligerents: Sequence[str]) -> bool:
        """Whether the figure's own verb of sending moved its people to a third country.

        "Five Ukrainian officers were sent to Turkey, where they are to remain": the verb
        is a handover, to the country that keeps them, not a side keeping its own. A
        relative clause on the people ("..., who were flown to Turkey") is not their verb.
        """
        after = figure.np_end + (self.norm_at[figure.np_end] == ",")
        if self.norm_at[after] in lx.RELATIVE_OPENERS:
            return False
        if figure.nationality is None:
            span = (self.first, self.last)
            freed = freed_to_third(self.norm, figure, self.m.parties, belligerents, span, None)
            return freed is not None
        return (
            own_people_to_third(self.norm, figure, self.m.parties, belligerents, self.last)
            is not None
        )

    def _flown_to_third(
        self, figure: FigureMention, belligerents: Sequence[str]
    ) -> tuple[TransferWord, bool] | None:
        """The verb that took foreigners to a third country, when no verb of handing over did.

        "ten foreign nationals who had fought for Ukraine were flown to Saudi Arabia":
        "flown" moves no one between the sides, but moves these people to their receiver.
        """
        span = (self.first, self.last)
        told = self._sender_told_before(figure, belligerents)
        if freed_to_third(self.norm, figure, self.m.parties, belligerents, span, told) is None:
            return None
        moved = moved_to(self.norm, self.m.parties, (figure.np_end - 1, self.last))
        if moved is None:
            return None
        return TransferWord(moved[1], moved[1] + 1, Move.SEND, True), False

    def _sender_told_before(self, figure: FigureMention, belligerents: Sequence[str]) -> str | None:
        """The side that freed "the five officers", one leg of that size and kind told before.

        "Russia freed five officers ... The five officers were flown to Turkey": the
        definite article points back at people whose captor the text has already named.
        """
        if self.norm_at[figure.first - 1] != "the" or figure.noun is None:
            return None
        senders = {
            leg.sender
            for leg in self.discourse.legs
            if not leg.tally
            and leg.sentence < self.index
            and leg.amount == figure.amount
            and leg.category is figure.noun.category
            and leg.receiver in belligerents
        }
        return senders.pop() if len(senders) == 1 else None

    def _foreigners(self, figure: FigureMention) -> bool:
        """Whether the figure counts people of neither side: "10 foreign nationals", "foreigners".

        Freed from one side, foreigners need not go to the other ("... who were flown to
        Riyadh"): the other side is no receiver to infer for them. The dead ("the remains
        of 3 foreign volunteers") go to the side they fought for.
        """
        if figure.remains or (figure.noun is not None and figure.noun.remains):
            return False
        return any(
            self.norm_at[i] in ("foreign", "foreigners") for i in range(figure.first, figure.np_end)
        )

    def _ours_of_no_side(self, figure: FigureMention) -> bool:
        """Whether the figure counts "our" people and no teller of a side is found for them.

        '"Today eleven of our citizens are home. In turn, ...," Moskalkova wrote': the
        first sentence of the quotation is read before its speaker is named, so whose
        "our" it is cannot be said; a side named before it or the story's home is a guess.
        """
        if figure.pronoun != "our":
            return False
        teller = self.attribution or self.speaker_near(figure.first)
        if teller is not None and teller.party is not None:
            return False
        if self.discourse.publisher_side is not None and (teller is None or teller is PUBLISHER):
            return False  # a side's office speaking in its own words: "our" is that side
        # '09:40 Zelensky: "205 of our people are home."': a colon after a name opens
        # that speaker's words
        return not any(
            last < figure.first and self.norm_at[last] == ":" and entry.party is not None
            for _, last, entry in self._speaker_mentions()
        )

    def _reported_start(self, predicate: TransferWord) -> int:
        """Where the clause a verb of saying reports opens, before the verb of moving.

        "Kyiv's interior ministry said on Friday that, taken together with earlier
        repatriations, these operations had returned ...": the reported clause opens past
        "that" and an aside set off by commas; the speaker is not its subject. The
        sentence's first word when no verb of saying comes before the verb, or only one
        in an aside ("A similar return in the spring, he noted, had brought back nine").
        """
        said = [
            v
            for v in self.m.speech
            if self.first <= v < predicate.first
            and self.norm_at[v + 1] not in (",", "—", "–")
            and not self._in_relative(v)
        ]
        if not said:
            return self.first
        that = next(
            (i for i in range(said[-1] + 1, predicate.first) if self.norm_at[i] == "that"), None
        )
        if that is None or any(
            self.norm_at[i] not in ("on", "in") and not self._dated(i)
            for i in range(said[-1] + 1, that)
        ):
            return said[-1] + 1
        start = that + 1
        if self.norm_at[start] == ",":
            # "that, taken together with earlier repatriations, these operations ..."
            close = next(
                (i for i in range(start + 1, predicate.first) if self.norm_at[i] == ","), None
            )
            start = start if close is None else close + 1
        return start

    def _dated(self, i: int) -> bool:
        """Whether token ``i`` is inside a date the sentence names ("on Friday")."""
        return any(d.first <= i < d.last for d in self.m.dates)

    def _still_held_there(self, figure: FigureMention) -> bool:
        """Whether the figure's own verb says its people "remain" in the other side's land.

        "about 60 more Kursk residents remain on Ukrainian territory, and work on their
        return is continuing": people still held, whatever the return words after say;
        "residents who had remained in Ukraine were returned" moves them (not the verb).
        """
        at = figure.np_end + (self.norm_at[figure.np_end] == "still")
        return (
            self.norm_at[at] in ("remain", "remains") and self._left_with_other(figure) is not None
        )

    def _interviewed_sample(self, figure: FigureMention) -> bool:
        """Whether the figure's people are ones talked to: "120 POWs interviewed after release".

        A participle of interviewing right after the noun group makes them a monitor's or
        reporter's sample; the release or return told in the same clause is how they came
        to be talked to, not a handover of that many. A figure that is the object of a verb
        of handing over ("Ukraine received 140 POWs interviewed before their release") is
        that handover, whatever the participle after it says of the people.
        """
        if self.norm_at[figure.np_end] not in _lemmas.INTERVIEWING:
            return False
        return not any(
            t.first < figure.first and figure.first - t.last <= 2 for t in self.m.transfers
        )

    def _part_of_unread_whole(
        self, figures: list[FigureMention], index: int, told: dict[int, list[LegDraft]]
    ) -> bool:
        """Whether ``figures[index]`` is a part set off by a comma after a whole not read.

        "Kyiv said 95 soldiers had been returned, including 15 marines": the part goes
        the way its whole went; when the whole's way is not read, nor is the part's.
        Only a one-word cue right after the comma ("including 15") counts; "among them
        15" is left to the other rules.
        """
        if index == 0 or index - 1 in told or not self._part_cue_before(figures[index]):
            return False
        whole = figures[index - 1]
        between = [self.norm_at[i] for i in range(whole.np_end, figures[index].first - 1)]
        return whole.noun is not None and len(between) <= 10 and between[-1:] == [","]

    def legs(
        self, dates: list[DateMention], belligerents: Sequence[str]
    ) -> tuple[list[LegDraft], set[int]]:
        self._belligerents = belligerents
        self._last_drafted: list[LegDraft] = []
        legs: list[LegDraft] = []
        self._drafted_here = legs  # the sentence's legs so far, for "a second brought back 86"
        self._wayless: set[int] = set()  # first tokens of figures no way could be read for
        used: set[int] = set()
        if not self.m.figures:
            if self._names_prisoner_exchanges():
                # "Prisoner exchanges were smaller.": a later bare figure is not of the dead
                # the sentences before were about
                self.discourse.category = None
            elif self._bodies_handed_over():
                self.discourse.category = PersonCategory.REMAINS
            # no figure: the loop below drafts nothing, and what follows it reads only its legs
            return legs, used
        previous: LegDraft | None = None
        events = [d for d in dates if not self._record_span(d)]
        if len(events) < len(dates) and any(not d.since for d in events):
            # "On April 18 and May 16, the largest so far this year, ...": the year a record
            # is set in is no third date to share the sizes out over, when days are told
            dates = events
        series_dates = _series(dates, self)
        in_dates = {i for d in dates for i in range(d.first, d.last)}
        figures = self._shared_nouns(self.m.figures, in_dates)
        respective_dates = self._respective_dates(figures, dates)
        listed_legs: dict[int, list[LegDraft]] = {}  # the legs each figure drafted
        told: dict[int, list[LegDraft]] = {}
        paired: set[int] = set()  # figures opening a bare "N for N" pair
        bracketed: set[int] = set()  # second figures of a dated bracketed pair

        def take_respective(index: int, listed: list[LegDraft]) -> LegDraft:
            """Draft a "respectively" item like the item before, at its own listed date."""
            listed = self._respective_items(listed, respective_dates[index])
            used.add(index)
            legs.extend(listed)
            told[index] = listed_legs[index] = listed
            return listed[-1]

        for index, figure in enumerate(figures):
            if index in bracketed:
                continue  # the second figure of a bracketed pair, drafted with the first
            earlier = self._earlier_state(figure, previous, dates) or self._latest_of_total(
                figure, previous, dates
            )
            if (
                figure.noun is None
                and earlier is None
                and not self._counter(figure)
                and not self._bare(figure)
                and not self._bare_total_returned(figure)
                and not self._bare_batch(figure)
            ):
                if index - 1 in paired:
                    # the second figure of "103 for 103 on September 14", drafted with the first
                    used.add(index)
                    listed_legs[index] = listed_legs[index - 1]
                    continue
                before = index - 1
                if (
                    before not in listed_legs
                    and before >= 1
                    and figures[before].first in in_dates
                    and before - 1 in listed_legs
                ):
                    before -= 1  # "on May 31 (75 each) and June 25 (90 each)": the 25 is a day's
                elif (
                    before not in listed_legs
                    and before - 1 in listed_legs
                    and self._equal_pair_end(figures[before - 1], figures[before - 1].last)
                    == figures[before].last
                ):
                    before -= 1  # "swapped 75 for 75 on May 31 and 95 for 95": the pair's first
                if before not in listed_legs and (
                    self._date_before_by(figure, dates) is not None
                    or (
                        self.norm_at[figure.first - 1] == ","
                        and self._date_before_aside(figure.first - 1, dates) is not None
                    )
                ):
                    # "25 for 25 on Jan. 5, followed on Feb. 5 by 150 for 150", "and on May
                    # 31, after a pause of four months, 75 for 75": the swap it follows is
                    # the last one drafted, past the day's number or the aside's
                    before = max((k for k in listed_legs if k < index), default=before)
                pair = self._bracketed_pair_item(index, figures, dates, told)
                if pair:
                    # "..., in May (640 and 28, respectively)": the ways of the pair before
                    used.update((index, index + 1))
                    legs.extend(pair)
                    told[index] = listed_legs[index] = pair[:1]
                    told[index + 1] = listed_legs[index + 1] = pair[1:]
                    previous = pair[-1]
                    bracketed.add(index + 1)
                    continue
                gapped_item = self._gapped_dated_item(figure, dates, listed_legs.get(before))
                if gapped_item:
                    used.add(index)
                    legs.extend(gapped_item)
                    told[index] = listed_legs[index] = gapped_item
                    previous = gapped_item[-1]
                    if self._equal_pair_end(figure, figure.last) != figure.last:
                        paired.add(index)
                    continue
                if index in respective_dates and before in listed_legs:
                    # "and Russia 12, 15 and 40 respectively": a later item of the list
                    # goes the way of the one before it, at its own listed date
                    listed = self._listed_like(figure, figures[before], listed_legs[before])
                    if listed:
                        previous = take_respective(index, listed)
                        continue
                # "500 bodies handed over and 20 received": the way back; or a rival's figure
                rival = (
                    self._contrasted_back(figure, previous)
                    or self._sent_the_other_way(figure, previous, legs)
                    or self._rival_figure(figure, previous, legs)
                    or self._rather_than_cited(figure, previous)
                    or self._rival_sum(figure, previous)
                )
                if rival is not None:
                    used.add(index)
                    legs.append(rival)
                    told[index] = [rival]
                    previous = rival
                continue
            if figure.first in in_dates and figure.last - 1 in in_dates:
                continue  # "on Jan. 3, 230 prisoners": the 3 is the date's day
            if self._sizes_past_days(index, dates, respective_dates):
                continue  # "returned 100, 75 and 90 soldiers on Sunday": which one moved?
            if self._casualty_predicate(figure) or self._lost_object(figure):
                continue  # "46,000 soldiers had been killed": a claim, whatever else is near
            if figure.before_of in lx.GAP_NOUNS:
                continue  # "a gap of 39 people between the two counts": a difference, no group
            if figure.before_of in lx.UNKNOWN_FATE:
                continue  # "the fate of 412 residents remained unknown and lists were handed"
            if self._still_held_there(figure):
                continue  # "60 Kursk residents remain in Ukraine, and work on their return goes on"
            if self._interviewed_sample(figure):
                continue  # "of 120 POWs interviewed after their release, most ...": a sample
            if index > 0 and self._counted_after_uncounted(figures[index - 1], figure):
                continue  # "189 Ukrainians, among them medics and two civilians": a mere part
            if self._part_of_named_group(figure):
                continue  # "The children, a girl and three boys, crossed": the group's parts
            if self._part_of_counted_group(figure):
                continue  # "Ten of the defenders returned with injuries": some already counted
            if self._part_of_sides_whole(figure):
                continue  # "Kyiv's 390 made up of 270 soldiers and 120 civilians": one side's parts
            if index > 0 and self._chained_part(figures[index - 1], figure):
                continue  # "390 returned, 270 of them soldiers and 120 civilians": a part too
            if index > 0 and self._gapped_copula_part(figures[index - 1], figure):
                continue  # "of the 390 returned, 270 were soldiers and 120 civilians": a part
            stop = figures[index + 1].first if index + 1 < len(figures) else self.last
            start = figures[index - 1].np_end if index > 0 else self.first
            own_dates = series_dates
            if series_dates and (
                self._dated_apart(figure, dates, series_dates)
                or self._series_beyond(figure, dates, series_dates)
                or self._own_date_after_series(figure, dates, series_dates)
                # "- ... about 1,000 in each of July and August - Ukraine has received
                # 11,000": the aside's months date its own counts
                or all(self._dash_aside_date(d, figure) for d in dates if d.text in series_dates)
            ):
                own_dates = ()  # "... on 13, 14 and 15 June, and a final one on 16 June, when"
            if own_dates == series_dates and self._series_itemised(figure, dates, series_dates):
                used.add(index)
                continue  # "... - about 900 each time - ...: on 9 May, 900 ...; on 6 June, ..."
            if len(own_dates) >= 2 and self._each_after_the_first(figure):
                own_dates = own_dates[1:]  # "about 1,000 each time after the first": not the first
            repeated = self._repeated_at(figure, dates)
            if repeated:
                own_dates = repeated  # "received 19 in July and again in August": both months
            if index in respective_dates:
                # "By 2024 ... received 38 and 50 of its own, respectively": the paragraph's year
                own_dates = (self._in_year(respective_dates[index]),)
            elif (
                respective_dates
                # "in April and May - each time involving 909 bodies - ..., returning 43 and
                # 34 respectively": a figure told of each of the same listed dates keeps them
                and not (
                    set(own_dates) == set(respective_dates.values())
                    and self._each_time_before(figure)
                )
                and any(not d.since and d.text not in respective_dates.values() for d in dates)
            ):
                own_dates = ()  # the listed dates went to the listed figures; this has its own
            gapped = self._gapped_side(self.m.figures[index])
            way_to = self._colon_way(figure)
            if self._respective_unshared(index, figures, respective_dates, own_dates):
                continue  # "800 each time, and Russia 12 and 15 respectively" over three days
            if (
                gapped is None
                and index in respective_dates
                and index - 1 in respective_dates
                and self._gapped_side(self.m.figures[index - 1]) is not None
            ):
                # "Ukraine received 909 each time, and Russia 43 and 34 respectively": the
                # 34 goes the way of the gapped 43 listed before it, at its own date
                listed = told.get(index - 1) and self._listed_like(
                    figure, figures[index - 1], told[index - 1]
                )
                if listed:
                    previous = take_respective(index, listed)
                    continue
            if (
                gapped is not None
                and previous is not None
                and previous.sentence == self.index
                and gapped == previous.sender
                and previous.receiver is not None
            ):
                # "Ukraine received 6,057 bodies, and Russia 78": the other way round
                back = [_reversed(previous, figure, previous.category)]
                own = next((d for d in dates if 0 <= d.first - figure.last <= 1), None)
                if own is not None and index not in respective_dates:
                    # "Kyiv took back 1,180 bodies in April, and Moscow 31 in May": the day
                    # right after the gapped figure is its clause's own, not the first
                    # clause's; a bound or a start there ("31 since May") is left unread
                    if own.since or own.as_of:
                        continue
                    back = [back[0]._replace(dates=(own.text,))]
                if index in respective_dates:
                    # "about 800 each time, and Russia 12, 15 and 40 respectively": the
                    # gapped list's first item is of the first listed date, not of all
                    back = self._respective_items(back, respective_dates[index])
                drafted: list[LegDraft] | None = back
            elif (
                way_to is not None
                and previous is not None
                and previous.sentence == self.index
                and previous.sender == way_to
            ):
                # "the handover on May 6: 1,000 to Ukraine, 24 to Russia": the list's next way
                drafted = [_reversed(previous, figure, previous.category)]
            elif earlier is not None:
                drafted = [earlier]
            elif own_dates and self._followed_each(figure, previous):
                # "6,057 bodies came back; in July and August about 1,000 each month
                # followed": more of the handover just told, one at each month listed
                assert previous is not None
                drafted = [
                    self._listed_leg(previous, figure)._replace(dates=own_dates, series=True)
                ]
            else:
                # "95 came home on 3 May; on 9 May, 22 soldiers": the verb said once
                drafted = self._ranked_one_of_series(figure, previous, dates)
                if drafted is None:
                    drafted = self._gapped_dated_opening(
                        figure, dates, self._share_to_repeat(figure, listed_legs, index)
                    )
                if drafted is None:
                    drafted = self._batch_followed(figure, dates)
                if drafted is None:
                    drafted = self._legs_for(
                        figure, previous, start, stop, belligerents, dates, own_dates
                    )
            if drafted is None and index - 1 in listed_legs:
                # "and 101 on 16 May": the verb said once, dated apart
                drafted = self._gapped_dated_item(figure, dates, listed_legs[index - 1])
                if not drafted and not self._traded_for_next(figure):
                    drafted = self._listed_like(figure, figures[index - 1], listed_legs[index - 1])
                    drafted = self._respectively_turned(figure, drafted)
                if drafted and index in respective_dates:
                    drafted = [d._replace(dates=(respective_dates[index],)) for d in drafted]
            if drafted and index - 1 in listed_legs:
                drafted = self._part_both_ways(
                    figure, figures[index - 1], listed_legs[index - 1], drafted
                )
            if (
                drafted
                and listed_legs.get(index - 1)
                and self._two_way(listed_legs[index - 1])
                and self._foreigners_added(figures[index - 1], figure)
            ):
                # "90 captives from each side, plus four foreigners": people of neither side
                # go neither way of the sides' own people swapped before them
                drafted = [leg for leg in drafted if leg.receiver not in belligerents] or None
            if drafted and way_to is not None:
                # a way of ": 1,000 to Ukraine, 24 to Russia" goes to the side it names, or
                # is not read
                drafted = [leg for leg in drafted if leg.receiver == way_to] or None
            whole = self._bracketed_whole(figure) if drafted else None
            if whole is not None:
                # "390 each way on Friday (270 servicemen and 120 civilians), and 307 on
                # Saturday": no handover of its own; an item listed after it repeats the whole
                if whole in listed_legs:
                    listed_legs[index] = listed_legs[whole]
                used.add(index)
                continue
            if drafted and self._undated_part_of_total(figure, previous, drafted):
                used.add(index)
                continue  # "3,956 have been returned, including 168 civilians freed outside"
            if drafted and self._part_of_unread_whole(figures, index, told):
                used.add(index)
                continue  # "95 had been returned, including 15 marines": no way for the whole
            if drafted:
                listed_legs[index] = drafted
            if drafted is None:
                continue
            used.add(index)
            if drafted:
                if index in respective_dates:
                    # "50 and 60 respectively, each time for the same number": a leg drafted
                    # like the one before keeps its own listed date, not that leg's
                    drafted = [d._replace(series=False, dates=own_dates) for d in drafted]
                legs.extend(drafted)
                previous = drafted[-1]
                self._last_drafted = drafted
                told[index] = drafted
        self._countered(figures, told, legs, used)
        self._reciprocated(figures, told, legs)
        self._answered_each_time(figures, told, legs)
        moved = [leg for leg in legs if not leg.tally]  # a running sum's mix is not a swap's
        if moved:
            self.discourse.category = _told_kind(moved)
        elif self._bodies_handed_over():
            self.discourse.category = PersonCategory.REMAINS
        return legs, used

    def _bodies_handed_over(self) -> bool:
        """Whether the sentence opens on bodies handed over: "Bodies were returned all year".

        With no handover of its own read, such a sentence still turns the story to the dead:
        a later bare "Kyiv received 900 and Moscow 40" counts bodies, not the prisoners of a
        swap told before it.
        """
        at = self.first + (self.norm_at[self.first] == "the")
        if self.norm_at[at] not in lx.REMAINS_NOUNS:
            return False
        return any(at < t.first <= at + 3 for t in self.m.transfers)

    def _respective_unshared(
        self,
        index: int,
        figures: list[FigureMention],
        respective_dates: dict[int, str],
        own_dates: tuple[str, ...],
    ) -> bool:
        """Whether the figure is an item of a "respectively" list the dates did not share out.

        "On April 18, May 16 and June 6, Ukraine received 800 each time, and Russia 12 and
        15 respectively": two items for three days fit no day each; read none of them
        rather than give one item every day or the wrong way.
        """
        if respective_dates or len(own_dates) < 2 or not respective(self.norms, 0, len(self.norms)):
            return False
        figure = figures[index]
        if self._each_time(figure) or self._each_time_before(figure):
            return False
        at = self.norms.index("respectively") + self.first
        return figure.last <= at and any(
            self._listed(figure.np_end, other.first) or self._listed(other.np_end, figure.first)
            for other in figures
            if other is not figure and other.last <= at
        )

    def _respective_items(self, legs: list[LegDraft], date: str) -> list[LegDraft]:
        """``legs`` moved to the one date "respectively" gives their listed figure.

        A gapped item ("and Russia 12, 15 and 40 respectively") copies the way of a
        leg told of every listed date; its own figure belongs to one of them only.
        """
        return [leg._replace(dates=(self._in_year(date),), series=False) for leg in legs]

    def _names_prisoner_exchanges(self) -> bool:
        """Whether the sentence names exchanges of prisoners: "Prisoner exchanges were smaller".

        After a story of the dead, a sentence with no figure that turns to prisoner swaps
        leaves the dead behind: a bare "84 were freed by each side" next is of the living.
        """
        if self.discourse.category is not PersonCategory.REMAINS or self.norm_set.isdisjoint(
            ("prisoner", "pow", "pows")
        ):
            return False
        return any(
            self.norm_at[i] in ("prisoner", "pow", "pows")
            and self.norm_at[i + 1] in _EXCHANGE_NOUNS
            for i in range(self.first, self.last - 1)
        )

    def _bracketed_whole(self, figure: FigureMention) -> int | None:
        """The index of the figure that bracketed parts, the figure among them, add up to.

        "390 persons were exchanged each way on Friday (270 servicemen and 120
        civilians), and 307 on Saturday": the bracket breaks down the 390, whose
        handover it already is; its parts are not handovers of their own.
        """
        if "(" not in self.norm_set:
            return None  # most sentences: no bracket
        opening = next(
            (
                i
                for i in range(figure.first - 1, self.first - 1, -1)
                if self.norm_at[i] in ("(", ")")
            ),
            None,
        )
        if opening is None or self.norm_at[opening] != "(":
            return None
        close = next((i for i in range(figure.last, self.last) if self.norm_at[i] == ")"), None)
        if close is None:
            return None
        parts = [f.amount for f in self.m.figures if opening < f.first and f.last <= close]
        if len(parts) < 2 or any(p.high != p.low for p in parts):
            return None
        total = sum(p.low for p in parts)
        return next(
            (
                k
                for k, f in enumerate(self.m.figures)
                if f.np_end <= opening
                and f.amount.low == f.amount.high == total
                # "23 each way, plus wounded men (11 Ukrainians, 12 Russians)": people added
                # to the figure are no breakdown of it, whatever they add up to
                and not any(self.norm_at[i] in _ADDING for i in range(f.np_end, opening))
            ),
            None,
        )

    def _undated_part_of_total(
        self, figure: FigureMention, previous: LegDraft | None, drafted: list[LegDraft]
    ) -> bool:
        """Whether an "including" part of the sentence's running total is drafted as one
        handover with no day of its own, or as a total going the other way.

        "3,956 citizens have been returned since 2022, including 168 civilians returned
        outside the framework of exchanges": the part is counted in the total, so it
        goes the total's way, and nothing dates it as an exchange (a dated part is
        one: "_own_event").
        """
        if (
            previous is None
            or not previous.tally
            or previous.sentence != self.index
            or figure.noun is None
            or self.norm_at[figure.first - 1] != "including"
        ):
            return False
        return all(not leg.tally and not leg.dates for leg in drafted) or all(
            leg.tally and leg.sender == previous.receiver for leg in drafted
        )

    def _taken_back_after(self, figure: FigureMention) -> bool:
        """Whether the speaker takes the figure back later in the sentence: a retraction.

        "He said Ukraine had returned 120 bodies... no, I'm sorry, I need to correct
        myself: he gave no figure": what a speaker withdraws on air was never told.
        """
        if self.norm_set.isdisjoint(("correct", "misspoke", "scratch")):
            return False  # most sentences: none of the words each withdrawal needs
        words = [self.norm_at[i] for i in range(figure.np_end, self.last)]
        return any(
            (a == "correct" and b in ("myself", "that"))
            or (a == "i" and b == "misspoke")
            or (a == "scratch" and b == "that")
            for a, b in itertools.pairwise(words)
        )

    def _go_between_subject(self, predicate: TransferWord) -> bool:
        """Whether the nearest party before the verb, in its clause, is a go-between.

        "Qatar, for example, helped bring home more than a dozen children": a mediator's
        doing tells no home, so the side last heard speaking is not the people's.
        """
        opener = max(
            (
                i
                for i in range(self.first, predicate.first)
                if self.norm_at[i] in (":", ";", "while", "whereas")
            ),
            default=self.first,
        )
        party = max(
            (p for p in self.m.parties if opener <= p.first and p.last <= predicate.first),
            key=lambda p: p.first,
            default=None,
        )
        return party is not None and party.role == MEDIATOR and party.noun

    def _foreigners_added(self, before: FigureMention, figure: FigureMention) -> bool:
        """Whether the figure adds foreigners to a group of the sides' people listed before it.

        "90 captives from each side, plus four foreigners", "200 soldiers and ten foreign
        nationals": the foreigners belong to neither side, so the way the group before them
        went says nothing of where they went.
        """
        joined = self.norm_at[figure.first - 1]
        if joined not in _JOINING_FOREIGNERS and not (
            joined == "as" and self.norm_at[figure.first - 2] == "well"
        ):
            return False
        return self._foreign_words(figure) and not self._foreign_words(before)

    def _foreign_words(self, figure: FigureMention) -> bool:
        """Whether the figure's own words call its people foreign: "six foreign nationals"."""
        return figure.noun is not None and any(
            self.norm_at[i] in _FOREIGN for i in range(figure.first, figure.np_end)
        )

    def _each_side_closed_before(self, figure: FigureMention) -> bool:
        """Whether "on each side" (either, both) ends the clause joined by "and" before the figure.

        "... were freed on each side and 12 civilians went home": the phrase sizes the
        clause before "and", not the figure that opens the next one.
        """
        at = figure.first
        return (
            self.norm_at[at - 1] == "and"
            and self.norm_at[at - 2] in ("side", "sides", "way", "direction")
            and self.norm_at[at - 3] in ("each", "either", "both")
        )

    def _part_both_ways(
        self,
        figure: FigureMention,
        before: FigureMention,
        theirs: list[LegDraft],
        drafted: list[LegDraft],
    ) -> list[LegDraft]:
        """The legs of a part listed after a part that went the same number both ways.

        "390 people were handed over by each side — 270 soldiers and 120 civilians":
        the list splits a figure each side gave, so its later parts go both ways as
        its first did, even when a verb or side near them reads only one way.
        """
        ways = {(leg.sender, leg.receiver) for leg in theirs}
        mine = {(leg.sender, leg.receiver) for leg in drafted}
        if (
            len(theirs) != 2
            or len(ways) != 2
            or theirs[0].amount != theirs[1].amount
            or any(leg.tally for leg in (*theirs, *drafted))
            or len(drafted) != 1
            or not mine < ways
            or figure.noun is None
            or not self._listed(before.np_end, figure.first)
            or self._traded_for_next(figure)
            or self._among_those_going(figure)
            # "246 from each side, plus 31 wounded Ukrainians returned by Russia": people of
            # one side, read going home, are that side's alone
            or figure.nationality == drafted[0].receiver
            # "246 on each side, with 31 and 15 wounded added for Ukraine and Russia
            # respectively": the pair is shared out over the sides, one way each
            or self._shared_over_sides(figure)
        ):
            return drafted
        other = next(leg for leg in theirs if (leg.sender, leg.receiver) not in mine)
        return [*drafted, self._listed_leg(other, figure)]

    def _share_to_repeat(
        self, figure: FigureMention, listed_legs: dict[int, list[LegDraft]], index: int
    ) -> list[LegDraft] | None:
        """The legs a verbless dated item repeats: the item's before it, or for a share per
        side the latest two-way swap's, past the one-way parts listed after it.

        "390 on each side, 270 soldiers and 120 civilians among those coming back to
        Ukraine; Saturday's 307 servicemen apiece": 307 repeats the 390's two ways.
        """
        if not listed_legs:
            return None  # no item drafted before: nothing to repeat
        before = listed_legs.get(index - 1)
        per_side = figure.per_side or self._share_follows(figure)  # "303 each way"
        # "390 each, among them 120 civilians; and on 25 May 303 each way": past the part
        parted = before is None and per_side and self._part_aside_figure(index - 1)
        if not parted and (not per_side or before is None or self._two_way(before)):
            return before
        swaps = [k for k, legs in listed_legs.items() if k < index and self._two_way(legs)]
        return listed_legs[max(swaps)] if swaps else before

    def _part_aside_figure(self, index: int) -> bool:
        """Whether figure ``index`` counts a part in an aside: "among them 120 civilians".

        Such a part is drafted as no leg of its own, so a verbless item after it repeats
        the swap the part belongs to.
        """
        if index < 0:
            return False
        first = self.m.figures[index].first
        return self.norm_at[first - 1] == "including" or (
            self.norm_at[first - 2] == "among" and self.norm_at[first - 1] in ("them", "whom")
        )

    def _among_those_going(self, figure: FigureMention) -> bool:
        """Whether the list the figure ends says whose group its parts are of, one way.

        "390 on each side, 270 soldiers and 120 civilians among those coming back to
        Ukraine": the parts split the people one side got, not both sides' figures.
        """
        at = figure.np_end
        while self.norm_at[at] in ("and", ","):
            # past the parts listed after the figure, to the list's end
            listed = next((f for f in self.m.figures if f.first == at + 1), None)
            if listed is None:
                break
            at = listed.np_end
        if self.norm_at[at] != "among" or self.norm_at[at + 1] not in ("those", "them"):
            return False
        return self._party_after(("to",), at + 2, min(self.last, at + 9)) is not None

    def _nationals_traded_back(self, previous: LegDraft, figure: FigureMention) -> LegDraft | None:
        """The way back for "N Xs for M Ys" when no verb reaches the second group.

        "246 each way, plus 31 wounded Ukrainians for 15 wounded Russians": the
        people after "for" are of the side that sent the group just before them, so
        they went the other way. Only when the two groups name opposite sides.
        """
        if self.norm_at[figure.first - 1] != "for" or figure.nationality is None:
            return None
        before = next((f for f in self.m.figures if f.np_end == figure.first - 1), None)
        if (
            before is None
            or before.nationality != previous.receiver
            or figure.nationality != previous.sender
            or before.amount != previous.amount
        ):
            return None
        return self._listed_leg(previous, figure)._replace(
            sender=previous.receiver, receiver=previous.sender
        )

    def _held_before_event(self, figure: FigureMention, noun: TransferWord) -> bool:
        """Whether ``figure`` is what a side holds, and the exchange noun after opens a clause.

        "Kyiv now had hundreds of captured Russian conscripts, and exchanges came
        faster": the people are the object of having, and "exchanges" is the subject
        of a clause of its own after the comma or "and", so no one is moved.
        """
        if self.norm_at[noun.first] not in _EXCHANGE_NOUNS:
            return False
        at = figure.first - 1
        while at > self.first and self.norm_at[at] in _HOLDING_ADVERBS:
            at -= 1
        if self.norm_at[at] not in _HAVING_NOW:
            return False
        between = {self.norm_at[i] for i in range(figure.np_end, noun.first)}
        return bool(between & {",", "and", ";"})

    def _traded_for_next(self, figure: FigureMention) -> bool:
        """Whether "for" and a figure of its own follow ``figure``'s people: "31 Ukrainians for 15".

        "246 each way, plus 31 wounded Ukrainians for 15 wounded Russians": the part
        is a swap of its own whose other way has its own number, so it does not also
        go back the way the figure before it did.
        """
        at = figure.np_end
        return self.norm_at[at] == "for" and any(f.first == at + 1 for f in self.m.figures)

    def _swaps_sized_by(self, figure: FigureMention) -> int | None:
        """Where the plural exchange noun is whose "of" phrase ``figure`` stands in, if any."""
        return next(
            (
                j
                for j in range(figure.first - 2, max(self.first, figure.first - 8) - 1, -1)
                if self.norm_at[j] in _EXCHANGE_PLURALS and self._sized_by_of(j, figure)
            ),
            None,
        )

    def _sizes_of_uncounted_swaps(self, figure: FigureMention) -> bool:
        """Whether the figure sizes handovers nobody counted: "several handovers of 1,000 each".

        The number of such handovers, and so their days and their sum, is not told: the
        figure is neither one handover nor a total ("two swaps of 90 each" counts them).
        """
        noun = self._swaps_sized_by(figure)
        return noun is not None and any(
            self.norm_at[j] in _UNCOUNTED for j in range(max(self.first, noun - 2), noun)
        )

    def _sizes_of_swaps(self, figure: FigureMention) -> bool:
        """Whether the figure sizes each of several exchanges rather than adding them up.

        "swaps of 70 and 85 prisoners", "exchanges of 90 soldiers apiece": the figures
        stand in the "of" phrase of a plural exchange noun and either form a list or
        are distributed by "apiece" or "each".
        """
        noun = self._swaps_sized_by(figure)
        if noun is None:
            return False
        if noun + 2 < figure.first or self.norm_at[figure.last] in (",", "and"):
            return True  # one of a list of sizes
        for i in range(figure.np_end, min(self.last, figure.np_end + 3)):
            if self.norm_at[i] in ("apiece", "each"):
                return True
            if self.norm_at[i] == ",":
                break
        return False

    def _earlier_state(
        self, figure: FigureMention, previous: LegDraft | None, dates: list[DateMention]
    ) -> LegDraft | None:
        """The running total before it as it stood at an earlier date: "including 1,646 by
        early January" after "2,598 had come home ... since the invasion".
        """
        if (
            previous is None
            or not previous.tally
            or previous.sentence != self.index
            or figure.noun is not None
            or self.norm_at[figure.first - 1] != "including"
            or self.norm_at[figure.last] not in ("by", "until")
        ):
            return None
        when = next(
            (d for d in dates if figure.last < d.first <= figure.last + 2 and not d.since), None
        )
        if when is None:
            return None
        return _total_at(previous, figure, when)

    def _latest_of_total(
        self, figure: FigureMention, previous: LegDraft | None, dates: list[DateMention]
    ) -> LegDraft | None:
        """The latest handover a running total names: "..., most recently 757 on 14 February".

        After "8,000 bodies have been repatriated since 2022", the bare figure with its
        own date is one handover of those summed: the total's way, at that date.
        """
        if (
            previous is None
            or not previous.tally
            or previous.sentence != self.index
            or (self.norm_at[figure.first - 2], self.norm_at[figure.first - 1])
            != ("most", "recently")
            or self.norm_at[figure.last] not in ("on", "in")
        ):
            return None
        when = next((d for d in dates if d.first == figure.last + 1 and not d.since), None)
        if when is None:
            return None
        return _total_at(previous, figure, when)._replace(tally=False, since=None)

    def _recap_home(self, belligerents: Sequence[str]) -> str | None:
        """The side every earlier exchange of a recap led with bringing its people home.

        "In March 130 Ukrainian defenders returned ... On May 6, 45 defenders were freed.
        On June 11, 95 came home": when at least two earlier sentences each led with a
        homecoming and all to one side, a homecoming of no side told is that side's too.
        """
        leads: dict[int, str] = {}
        for leg in self.discourse.legs:
            if leg.sentence < self.index and not leg.tally and not leg.aside:
                leads.setdefault(leg.sentence, leg.receiver)
        sides = set(leads.values())
        if len(leads) < 2 or len(sides) != 1:
            return None
        side = sides.pop()
        return side if side in belligerents else None

    def _guests_home(self, belligerents: Sequence[str]) -> str | None:
        """The one side of a transcript's guests, for a host's homecoming of no side.

        "LUBINETS: ... PRESENTER: And the bodies of 563 fallen soldiers came home on
        November 8.": the host's unlabelled turn tells of the guests' people coming home.
        """
        sides = self.discourse.guests & set(belligerents)
        if not self._unnamed_turn() or len(sides) != 1:
            return None
        return sides.pop()

    def _leg_of_clause_before(
        self,
        figure: FigureMention,
        named: Sequence[tuple[int, SourceEntry]],
        previous: LegDraft | None,
    ) -> LegDraft | None:
        """The earlier leg of this sentence, if its sides stand in a clause joined before.

        "Russia handed over 40 in May; in June, 800 were freed": after ";" or ", and"
        the figure's agentless passive names no side, and the sides named before the
        break are the earlier leg's, not the home of these people. Its way carries
        on only when "more", "another" or "further" adds the figure to it.
        """
        if previous is None or previous.sentence != self.index or not named:
            return None
        if previous.sender is None or previous.receiver is None or previous.tally:
            return None
        if not all(
            e.party in (previous.sender, previous.receiver)
            and self._later_conjunct(a, figure.first)
            for a, e in named
        ):
            return None
        return previous

    def _more_homecomers(self, figure: FigureMention, added: bool = False) -> LegDraft | None:
        """The homecoming a bare "N more" brought home carries on: the last exchange's lead.

        "... when 215 people returned in return for 55 Russians. The next swap brought
        home 140 more": "more" carries on the homecoming that the latest exchange led
        with (its first leg), not the people sent for them. ``added`` says the clause
        already tells the figure as an addition ("were also returned").
        """
        if (
            not added
            and not (figure.noun is None and self.norm_at[figure.last] == "more")
            and not self._added_on(figure)
        ):
            return None
        if not self.discourse.legs:
            return None
        latest = max(leg.sentence for leg in self.discourse.legs)
        if self.discourse.lead_unread == latest:
            return None  # "108 were freed, while Russia took back 80. 52 more ...": whose?
        lead = next(leg for leg in self.discourse.legs if leg.sentence == latest)
        if any(
            leg.receiver != lead.receiver and leg.sender == lead.receiver
            for leg in self.discourse.legs
            if leg.sentence == latest and leg.amount == lead.amount
        ):
            return None  # "60 each way. Another 25 were released": more of which way?
        return None if lead.tally or latest >= self.index else lead

    def _own_group_before_colon(
        self, figure: FigureMention, predicate: TransferWord | None
    ) -> bool:
        """Whether the verb before the colon moved a group of its own, not the last figure.

        "246 were freed by each side, and the wounded were swapped too: 31 Ukrainians
        for 15 Russians": a verb of handing over stands between the earlier figure and
        the colon's verb, so the list spells out the second verb's group.
        """
        if predicate is None:
            return False
        if self._colon_head(figure) is not None:
            return True  # "..., and the badly wounded were exchanged as well: 14 for 9"
        prior = max((f.np_end for f in self.m.figures if f.np_end <= predicate.first), default=None)
        return prior is not None and any(
            prior <= t.first and t.last <= predicate.first and t.move is not Move.EVENT
            for t in self.m.transfers
        )

    def _said_of_people(self, at: int) -> bool:
        """Whether a relative clause of saying opens at ``at``: "(that) it said had been ...".

        "26 civilians it said had been taken to Ukraine": what a side says of the people
        (where they had been taken) is not where the handover sent them.
        """
        at += self.norm_at[at] in ("that", "whom")
        return self.norm_at[at] in ("it", "they", "he", "she") and self.norm_at[at + 1] in lx.SPEECH

    def _added_to(self, previous: LegDraft | None) -> LegDraft | None:
        """The leg told earlier in this sentence that "another N" adds to, if one way."""
        if previous is None or previous.sentence != self.index or previous.tally:
            return None
        if any(
            leg.sender == previous.receiver and leg.amount == previous.amount
            for leg in self._drafted_here
        ):
            return None  # "70 went each way, and another 30 were freed": which way?
        return previous

    def _each_after_the_first(self, figure: FigureMention) -> bool:
        """Whether the figure is "each time after the first": the listed months but the first.

        "In June, July and August — about 1,000 each time after the first, much larger
        round — trainloads of bodies arrived": July and August, not June.
        """
        at = figure.np_end
        return (
            self.norm_at[at] == "each"
            and self.norm_at[at + 1] in lx.RECURRING
            and [self.norm_at[at + k] for k in (2, 3, 4)] == ["after", "the", "first"]
        )

    def _followed_each(self, figure: FigureMention, previous: LegDraft | None) -> bool:
        """Whether a bare count "each month" (or "each time") "followed" the handover just told.

        "6,057 bodies came back; in July and August about 1,000 each month followed":
        with no verb of its own, the count went the way of the one-way leg before it.
        """
        if figure.noun is not None or self._added_to(previous) is None:
            return False
        end = figure.np_end
        if self.norm_at[end] == "each" and self.norm_at[end + 1] in lx.RECURRING:
            end += 2
            closed = self.norm_at[end] in ("", ".", ";") or (
                self.norm_at[end] == "," and self.norm_at[end + 1] == "according"
            )
            if closed and self._restated_size(figure):
                # "..., and in April and May the figure was 909 each time, according to ..."
                return True
        return self.norm_at[end] in _FOLLOWED and self.norm_at[end + 1] != "by"

    def _sum_after_break(self, figure: FigureMention, previous: LegDraft | None) -> bool:
        """Whether a sum cue opening the clause after ";" or ":" leads to ``figure``.

        "Kyiv got back 95 and Moscow 95 on Tuesday; altogether, 190 soldiers were freed":
        "in total", "in all", "altogether" or "all told" right after the break adds up
        the handovers this sentence has told; the sum names no side of its own, so it is
        no leg, whichever side the words before would point it to. Only the people's
        noun group ("the remains of") may stand between the cue and the figure.
        """
        if previous is None or previous.sentence != self.index:
            return False
        for at in self.totals:
            if not (figure.first - 8 <= at < figure.first) or self.norm_at[at - 1] not in (
                ";",
                ":",
            ):
                continue
            cue = (self.norm_at[at], self.norm_at[at + 1])
            if cue[0] == "altogether":
                end = at + 1
            elif cue in (("in", "total"), ("in", "all"), ("all", "told")):
                end = at + 2
            else:
                continue
            end += self.norm_at[end] == ","
            return all(self.norm_at[i] in _SUM_LEADS for i in range(end, figure.first))
        return False

    def _restated_size(self, figure: FigureMention) -> bool:
        """Whether the figure restates the size of the handover told before it, verbless or
        by a copula: "and in April and May the figure was 909 each time", "; in April
        and May, 909 each time".
        """
        before = self.norm_at[figure.first - 1]
        if before == ",":
            return True
        return before in ("was", "were") and self.norm_at[figure.first - 2] in lx.NUMBER_NOUNS

    def _after_ranked_since(self, figure: FigureMention) -> bool:
        """Whether the figure stands in the clause a ranked "since" opens after a told swap.

        "90 came home on Friday, the first swap since 40 were exchanged for 40 in March":
        the rank looks back to an earlier exchange, so the figures after "since" were not
        moved in the one told before it, and nothing here tells them apart from it. Only
        a "since" opening a clause, with a finite verb: "since the December swap of 140"
        names the earlier swap, whose own date then dates it. A figure must stand before
        the "since": "In the first swap since talks resumed 84 came home" has its main
        clause after it, with no comma closing the "since".
        """
        if "since" not in self.norm_set:
            return False  # most sentences: no "since" to rank by
        for i in range(figure.first - 1, max(self.first, figure.first - 12) - 1, -1):
            word = self.norm_at[i]
            if word in (",", ";", ":", "(") or word in DASHES:
                return False
            if word == "since":
                return (
                    self._ranked(i)
                    and any(self.first <= f.first and f.last < i for f in self.m.figures)
                    and any(
                        self.norm_at[k] in lx.FINITE_HAVE_BE
                        or _lemmas.lemma(self.norm_at[k]) not in (self.norm_at[k], "")
                        for k in range(i + 1, min(self.last, figure.np_end + 2))
                    )
                )
        return False

    def _threshold_of_ranked(self, figure: FigureMention) -> bool:
        """Whether an open-ended figure ranks an event: "the fifth at which Russia got 30 or fewer".

        "the third swap in which Kyiv got back 100 or more": the relative clause after an
        ordinal picks events by a threshold; the figure counts no one handed over.
        """
        if figure.amount.qualifier not in (Qualifier.AT_MOST, Qualifier.AT_LEAST) or all(
            self.norm_at[k] != "or" for k in range(figure.first, figure.last)
        ):
            return False
        for k in range(figure.first - 1, max(self.first, figure.first - 10), -1):
            word = self.norm_at[k]
            if word in (",", ";", ":"):
                return False
            if word in ("which", "when", "where"):
                at = k - (self.norm_at[k - 1] in ("at", "in", "on", "during"))
                return any(
                    self.norm_at[j] in lx.ORDINALS for j in range(max(self.first, at - 4), at)
                )
        return False

    def _batch_at(self, figure: FigureMention) -> int | None:
        """Where the ranked batch noun the figure sizes stands: "a second batch of 1,200"."""
        at = figure.first - 1
        at -= self.norm_at[at] in ("of", "-", *DASHES)
        if self.norm_at[at] not in _BATCH_NOUNS or self.norm_at[at - 1] not in lx.ORDINALS | {
            "another",
            "further",
        }:
            return None
        return at

    def _bare_batch(self, figure: FigureMention) -> bool:
        """Whether a count with no noun sizes a ranked batch that "followed".

        "A second batch of 1,200 followed on Friday": the batch is more of the handover
        just told, so the bare count is of its people, as "1,200 bodies" would be;
        :meth:`_batch_followed` then finds its way or leaves it unread.
        """
        return (
            figure.noun is None
            and self._batch_at(figure) is not None
            and self.norm_at[figure.np_end] in _FOLLOWED
            and self.norm_at[figure.np_end + 1] != "by"
        )

    def _batch_followed(
        self, figure: FigureMention, dates: list[DateMention]
    ) -> list[LegDraft] | None:
        """The leg of a ranked batch that "followed" on a day of its own: the last handover's way.

        "Ukraine took back 1,212 bodies on Wednesday ... A second batch of 1,200 followed
        on Friday": the batch carries on the latest handover's lead (its first leg), at the
        day after "followed"; a handover whose lead is not one way gives none.
        """
        at = self._batch_at(figure)
        if at is None:
            return None
        end = figure.np_end
        if self.norm_at[end] in ("-", *DASHES) or (
            self.norm_at[end] == "," and self.norm_at[at + 1] in ("-", *DASHES)
        ):
            # "A second batch - 1,200 bodies, according to the Russian side - followed"
            end = (
                next(
                    (
                        i
                        for i in range(end + 1, min(self.last, end + 12))
                        if self.norm_at[i] in ("-", *DASHES)
                    ),
                    self.last,
                )
                + 1
            )
        if self.norm_at[end] not in _FOLLOWED or self.norm_at[end + 1] == "by":
            return None
        if self.norm_at[end] != "followed" or not verb_group(self.norms, end - self.first).done:
            return None  # "a second batch follows on Friday": a schedule, not a handover
        own = next((d for d in dates if end < d.first <= end + 2 and not d.since), None)
        if own is None or not self.discourse.legs or not names_a_day(own.text):
            return None  # "a second batch followed in 2023": not the next day of this one
        if self._batch_way_told(end):
            return None
        handover: list[LegDraft] = []
        day: tuple[str, ...] = ()
        for leg in reversed(self.discourse.legs):
            if day and leg.dates != day:
                break  # the latest dated handover, with the undated legs told after it
            if leg.tally or leg.sentence >= self.index:
                return None
            handover.append(leg)
            day = leg.dates
        size = figure.amount.best
        if size is None:
            return None
        # the way whose size is like the batch's: "1,212 bodies ... 27 of its own dead"
        like = {
            (leg.sender, leg.receiver): leg
            for leg in reversed(handover)
            if leg.amount.best is not None and size <= 2 * leg.amount.best <= 4 * size
        }
        if len(like) != 1:
            return None  # "60 each way. A second batch of 25 followed": which way is not said
        lead = next(iter(like.values()))
        return [self._listed_leg(lead, figure)._replace(dates=(own.text,))]

    def _batch_way_told(self, end: int) -> bool:
        """Whether the clause of a batch that "followed" (at ``end``) tells a way of its own.

        "... followed on Friday as Ukraine handed them to Russia", "..., sent to Russia",
        "..., but Ukraine refused to accept them": a verb of moving people or a side named
        after "followed" speaks of this batch, so the last handover's way is not its way.
        A side named after a dash or ";" belongs to another clause.
        """
        close = next(
            (k for k in range(end + 1, self.last) if self.norm_at[k] in (";", "-", *DASHES)),
            self.last,
        )
        return any(
            end < t.first < close and t.move is not Move.EVENT for t in self.m.transfers
        ) or any(end < p.first < close for p in self.m.parties)

    def _ranked_one_of_series(
        self, figure: FigureMention, previous: LegDraft | None, dates: list[DateMention]
    ) -> list[LegDraft] | None:
        """The leg of "..., the largest involving 84 people in March": one of a series told before.

        "232 residents were returned to Russia in a series of operations, the largest
        involving 84 people in March" ranks one handover of the series by size: it went
        the way the series went, and counts the series' kind unless it names its own. It
        is read only with a date of its own in its clause; undated, its day is not told,
        so it is left out rather than dated by the series. None when the form is absent.
        """
        if previous is None or previous.sentence != self.index or not previous.tally:
            return None  # the series is a running total told in this sentence
        if not previous.sender or not previous.receiver or previous.sender == previous.receiver:
            return None
        at = figure.first - 1
        while at > self.first and self.norm_at[at] in _RANKED_FILLERS | _SUBJECT_EVENTS:
            at -= 1
        if self.norm_at[at] not in _SIZE_RANKS or self.norm_at[at - 1] != "the":
            return None
        if self.norm_at[at - 2] not in (",", "—", "–"):
            return None
        whole = [f for f in self.m.figures if f.np_end <= at - 2]
        if not whole or not any(
            self.norm_at[i] in _SERIES_PLURALS for i in range(whole[-1].np_end, at - 2)
        ):
            return None  # "Kyiv freed 230 on Friday, the largest involving ...": no series
        if figure.amount.high is None or figure.amount.high >= previous.amount.low:
            return None  # a part is smaller than the whole it is one of
        stop = next((f.first for f in self.m.figures if f.first > figure.first), self.last)
        stop = next(iter(self._at((";", ":", "—", "–"), figure.np_end, stop)), stop)
        if self._party_after(("to", "from", "by"), figure.np_end, stop) is not None:
            return None  # "..., the largest sending 84 to Ukraine": a way of its own
        own = tuple(d.text for d in dates if figure.np_end <= d.first < stop and not d.since)
        if len(own) != 1:
            return []  # the handover's day is not told: not read, not dated by the series
        category = self._category(figure, previous)
        if category is PersonCategory.OTHER:
            category = previous.category  # "84 people" of a series of civilians' returns
        return [
            previous._replace(
                category=category,
                amount=figure.amount,
                dates=own,
                series=False,
                note=None,
                tally=False,
                since=None,
                exchange_count=None,
                stated=False,
                whole=False,
                guessed=False,
                definite=False,
                account=False,
                told=False,
                added=False,
            )
        ]

    @staticmethod
    def _repeats_people(figure: FigureMention, partner: FigureMention) -> bool:
        """Whether the N after "exchanged for" repeats the people of ``figure``.

        "307 servicemen were exchanged for 307" (or "for 307 Russian servicemen") gives
        the same number of the same people each way; "25 soldiers were exchanged for 25
        Russians" names the other side's people by a word of another kind, and each
        figure keeps its own.
        """
        if partner.noun is None:
            return True
        own = (None, False) if figure.noun is None else (figure.noun.category, figure.noun.remains)
        return (partner.noun.category, partner.noun.remains) == own

    def _added_on(self, figure: FigureMention) -> bool:
        """Whether "another" or "a further" opens the figure: more of the last homecoming.

        "Another 40 were brought back on Wednesday", "a further 9 children arrived": the
        word adds the figure to what came before, so it went the same way.
        """
        return self.norm_at[figure.first - 1] in ("another", "further")

    def _also_moved(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether "also" on a passive or intransitive verb adds the figure to the last homecoming.

        "Three servicemen were also returned", "Also freed were two medics": the people,
        of no stated side, went the way of the group told before them.
        """
        if figure.first < predicate.first and self._opens_in_addition(figure):
            return True
        at = predicate.first - 1
        while at > self.first and self.norm_at[at] in ("was", "were", "have", "has", "had", "been"):
            at -= 1
        if self.norm_at[at] != "also":
            return False
        if figure.first > predicate.first:
            # "Also returned were three servicemen": the verb fronted, the people after "were"
            return at == self.first and self.norm_at[predicate.last] in ("were", "was")
        return True

    def _opens_in_addition(self, figure: FigureMention) -> bool:
        """Whether the sentence opens "In addition," (or "Additionally,") right before the people.

        "In addition, 31 wounded soldiers were released" says what "31 wounded soldiers
        were also released" says: more people, gone the way of those told before. Bodies
        are left alone: "In addition, 44 bodies came from morgues" lists one more part of
        a repatriation broken down by where the dead were found.
        """
        if figure.remains:
            return False
        at = self.first
        if self.norm_at[at] == "additionally":
            at += 1
        elif (self.norm_at[at], self.norm_at[at + 1]) == ("in", "addition"):
            at += 2
        else:
            return False
        at += self.norm_at[at] == ","
        return at == figure.first or (at + 1 == figure.first and self.norm_at[at] in ("a", "some"))

    def _casualty_head(self, figure: FigureMention) -> bool:
        """Whether the head noun counts casualties ("380,000 wounded"), not people moved."""
        if figure.noun is None or figure.remains or figure.noun.remains:
            return False
        return self.norm_at[figure.np_end - 1] in _CASUALTY_HEADS

    def _helped(self, predicate: TransferWord) -> bool:
        """Whether the verb's subject only helped: "helped (to) bring back", "helping return".

        So did one that "facilitated" (or "supported", "assisted") "the return of" people: a
        helper's word for its part.
        """
        before = [
            self.norm_at[i] for i in range(max(self.first, predicate.first - 2), predicate.first)
        ]
        if before[-1:] == ["the"] and before[0] in _FACILITATING:
            return True
        if before[-1:] == ["to"]:
            before = before[:-1]
        return bool(before) and before[-1] in ("help", "helped", "helps", "helping")

    def _same_number_of_nationals_after(self, figure: FigureMention) -> str | None:
        """The side whose people "the same number of" counts in the clause joined after.

        "103 of our defenders came home, and the same number of Russian servicemen went
        back": the next figure, joined by "and" in the same sentence, is the same number
        of one side's nationals, moved by a verb of its own after it.
        """
        later = [f for f in self.m.figures if f.first >= figure.np_end]
        if not later:
            return None
        traded = later[0]
        words = [self.norm_at[i] for i in range(traded.first, traded.first + 4)]
        between = [self.norm_at[i] for i in range(figure.np_end, traded.first)]
        if (
            words != ["the", "same", "number", "of"]
            or "and" not in between
            or any(w in (".", ";", ":") for w in between)
            or not any(t.first >= traded.np_end for t in self.m.transfers)
        ):
            return None
        return traded.nationality

    def _return_noun_of(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether the figure is what a noun of homecoming, with no side beside it, names.

        "a separate return of seven children took place": "return" is the noun of the
        people's coming home, and the figure follows its "of" straight away.
        """
        return (
            self.norm_at[predicate.first] in _RETURN_NOUNS
            and predicate.last == predicate.first + 1
            and self.norm_at[predicate.last] == "of"
            and figure.first == predicate.last + 1
            and self.norm_at[predicate.first - 1] in ("a", "the", "another", "separate")
        )

    def _helper_unsure(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether a helper's "supported the return of" N leaves the return untold.

        "has not supported the return of 230 children", "publicly supported the return of
        all 230 children Kyiv says were deported", "..., but none have come home yet": a
        denial, a demand backed or people told still away say no one came home. People
        taken away before they came back ("children who had been deported") still count,
        but only where the text names whose return it is: alone, "the return of" names no
        receiver, so it is left unread by the rules of sides, not by this one.
        """
        at = predicate.first - 2
        if self.norm_at[predicate.first - 1] != "the" or self.norm_at[at] not in _FACILITATING:
            return False
        if not verb_group(self.norms, at - self.first).done or self.norm_at[figure.first] == "all":
            return True
        if any(self.norm_at[k] in _BACKING_ADVERBS for k in range(max(self.first, at - 3), at)):
            return True
        for k in range(figure.np_end, self.last):
            word = self.norm_at[k]
            if word in (".", ";"):
                break
            if word in _NOT_HOME or (
                word in _HELD_OR_TAKEN
                and [self.norm_at[k - 2], self.norm_at[k - 1]] != ["had", "been"]
            ):
                return True
        return False

    def _wounded_moved(
        self, figure: FigureMention, found: tuple[TransferWord, bool] | None
    ) -> bool:
        """Whether "N wounded" are the object of a handover: "took back 15 of its own wounded".

        The wounded a side receives or hands over are wounded prisoners, not a casualty
        toll; the verb must come first, have happened and move people one way.
        """
        if found is None or figure.noun is None or self.norm_at[figure.np_end - 1] != "wounded":
            return False
        word, first = found
        return first and word.done and word.move in (Move.SEND, Move.RECEIVE)

    def _received_care(self, word: TransferWord) -> bool:
        """Whether people "received" care or a payment, not were received by a side.

        "370,000 had received treatment for wounds", "the 95 received medical care": the
        verb's object is what they got, so the figure before it is handed to no one.
        """
        if word.move is not Move.RECEIVE:
            return False
        at = word.last + (self.norm_at[word.last] in ("a", "an", "the", "their", "state"))
        return self.norm_at[at] in _CARE_RECEIVED

    def _not_home(self, word: TransferWord) -> bool:
        """Whether "returned" means back to duty or to the front, not handed over."""
        if self.norm_at[word.last] != "to":
            return False
        following = self.norm_at[word.last + 1]
        if following in ("duty", "service", "combat", "work"):
            return True
        return following in ("the", "their", "his") and self.norm_at[word.last + 2] in (
            "front",
            "frontline",
            "ranks",
            "units",
            "unit",
            "duty",
        )

    def _aggregated(self, figure: FigureMention) -> bool:
        """Whether the figure's clause adds up several exchanges ("in six stages")."""
        if "alone" not in self.norm_set and self.norm_set.isdisjoint(_STAGES):
            return False  # most sentences: neither test below can hold, so none is run
        if self._each_of_events_after(figure):
            return False  # "27 bodies in each of the three handovers": every one's size
        if self._each_time_before(figure):
            # "In July and August, each time involving 900 bodies, Kyiv took back its dead
            # in exchanges ...": the size of every exchange, not their sum
            return False
        position = figure.first - self.first
        alone = (
            first_part_alone(self.norms, figure.np_end - self.first)
            if "alone" in self.norm_set
            else None
        )
        if alone is not None and any(f.first > alone + self.first for f in self.m.figures):
            return True  # "each released 1,000; the first day alone involved 390"
        if self.norm_set.isdisjoint(_STAGES):
            return False  # no plural of exchanges for aggregate() below to count: no reach to find
        start = self.clauses.start_of(position)
        # "in exchanges that each ..., and on 17 October Kyiv said ... 110": another day's
        # clause opens after the exchanges counted
        start = max(
            [
                start,
                *(
                    i + 1
                    for i in range(start, position)
                    if self.norms[i] == "and" and another_day_opens(self.norms, i)
                ),
            ]
        )
        # "two mediations: one in mid-month, under which 84 ...": a colon after the count
        # opens the list of its exchanges, each of them one
        if ":" in self.norm_set:
            colon = next(
                (i for i in range(position - 1, start - 1, -1) if self.norms[i] == ":"), -1
            )
            start = max(start, colon + 1)
        # "... in 35 exchanges, a figure raised after the 4 February exchange, in which 116
        # came home": a relative clause on one exchange sizes that exchange alone
        relative = (
            next(
                (
                    i
                    for i in range(position - 1, start, -1)
                    if self.norms[i] in ("which", "when")
                    and (self._antecedent(i) in _ONE_EXCHANGE or self._when_of_date(self.first + i))
                ),
                None,
            )
            if not self.norm_set.isdisjoint(("which", "when"))
            else None
        )
        start = start if relative is None else relative
        # "Saraliev, who has been involved in previous handovers, said ... 43": an aside on
        # a person before the figure tells of that person, not of the figure's exchanges
        who = (
            next(
                (
                    i
                    for i in range(start, position)
                    if self.norms[i] == "who"
                    or (self.norms[i] == "which" and self._aside_on_name(self.first + i))
                ),
                None,
            )
            if not self.norm_set.isdisjoint(("who", "which"))
            else None
        )
        close = (
            next((i for i in range(who + 1, position) if self.norms[i] == ","), None)
            if who is not None
            else None
        )
        start = start if close is None else close + 1
        k = bisect.bisect_right(self.clauses.starts, position)
        stop = self.clauses.starts[k] if k < len(self.clauses.starts) else len(self.norms)
        # "two swaps that month - 60 came home on May 3, ...": a lone dash opens the list
        # as a colon does, when the figure's clause names its day
        dash = self.dated_list_dash(self.first + start, figure, self.first + stop)
        start = start if dash is None else dash + 1 - self.first
        # "1,300 defenders, soldiers of the unit as well as marines, have come home in
        # exchanges": the reach runs from past an aside renaming the people
        end = max(figure.np_end, self._past_relative_clause(figure.np_end) - 1)
        return aggregate(self.norms, start, stop, (position, end - self.first))

    def _counted_stages_unplaced(self, figure: FigureMention, dates: Sequence[DateMention]) -> bool:
        """Whether the figure sums a few stages ("in three", "in several stages") at no told time.

        "Russia had returned 1,200 bodies in three stages" adds up those stages only, not
        every handover since the war began, and says neither when they began nor ended,
        so it is not read; nor is a sum "in several stages" given the whole war as its
        span. A date of its own, "since ..." or a day the stages all fell on
        ("On Friday Moscow returned ... in three batches") places it.
        """
        if self.norm_set.isdisjoint(_PARTS_OF_ONE) or "since" in self.norm_set:
            return False
        if len(dates) > 1 or any(d.since or not names_a_day(d.text) for d in dates):
            return False  # "In June, ... in five stages": the month holds the stages
        if "now" in self.norm_set or any(
            lx.RUNNING_TOTAL.match(self.tokens, i, self.last) for i in range(self.first, self.last)
        ):
            return False  # "had now secured 1,558 releases in ten rounds": a running total
        if reporting_period_at(self.tokens, self.first, self.last) is not None:
            return False  # "In the reporting period, ... in several stages": a report's span
        stop = self._clause_of(figure)[1]
        counted = any(
            self.norm_at[i] == "in"
            and self.norm_at[i + 2] in _PARTS_OF_ONE
            and (
                self.tokens[i + 1].kind == NUM
                or self.norm_at[i + 1] in lx.NUMBER_WORDS
                or self.norm_at[i + 1] in ("several", "multiple")
            )
            for i in range(figure.np_end, stop - 2)
        )
        return counted and not self._one_day_in_parts(figure)

    def _one_day_in_parts(self, figure: FigureMention) -> bool:
        """Whether the figure's clause tells one named day's handover made in parts.

        "On Friday Moscow returned 1,200 bodies in batches of 300" (or "in three stages",
        "On Friday, in three batches, ...") tells that day's handover, not a sum since the
        war began. The words read run from the figure before this one (or the sentence's
        start) to the end of the figure's clause. Not when they name another date or a
        span ("in May", "over three days", "between Monday and Thursday"), count with
        "has"/"had", or are told by a speaker whose day it may be.
        """
        if self.norm_set.isdisjoint(_PARTS_OF_ONE):
            return False  # most sentences: no parts named
        stop = self._clause_of(figure)[1]
        start = max(
            (
                f.np_end
                for f in self.m.figures
                # "in three batches": a count of the parts, not another figure of people
                if f.np_end <= figure.first
                and all(self.norm_at[j] not in _PARTS_OF_ONE for j in range(f.first, f.np_end + 2))
            ),
            default=self.first,
        )
        if not any(
            self.norm_at[i] == "in"
            and any(self.norm_at[j] in _PARTS_OF_ONE for j in range(i + 1, i + 4))
            for i in range(start, stop)
            if not figure.first <= i < figure.np_end
        ):
            return False
        if any(self.norm_at[i] in _PAST_ONE_DAY for i in range(start, stop)):
            return False
        dates = [d for d in self.m.dates if start <= d.first < stop]
        return (
            len(dates) == 1
            and not dates[0].since
            and not dates[0].as_of
            and names_a_day(dates[0].text)
        )

    def _antecedent(self, relative: int) -> str:
        """The word a relative pronoun at sentence position ``relative`` hangs on.

        "the swap, in which", "a handover when": a preposition and a comma before the
        pronoun are passed over.
        """
        j = relative - 1
        j -= self.norms[j] == "in"
        j -= self.norms[j] == ","
        return self.norms[j] if j >= 0 else ""

    def _swaps_summed_unsplit(self, figure: FigureMention) -> bool:
        """Whether one figure sums a side's several swaps and does not say whose people it counts.

        "Moscow said it had conducted swaps of 900 servicemen in all": whether the figure
        is each side's or both sides' together is not said. "Swaps of 1,300 Ukrainians"
        (or "of our men") say whose people they are.
        """
        return (
            self._sides_swaps_summed(figure)
            and figure.nationality is None
            and figure.pronoun is None
        )

    def _nationals_of_unknown_country(self, figure: FigureMention) -> bool:
        """Whether the figure counts nationals of a country named by an adjective not known.

        "Russia also freed four Chilean nationals who had joined Ukraine's army": people of
        a third country go home to it, not to the other side, and a country the registry
        does not hold can be no receiver: no record.
        """
        head = figure.np_end - 1
        if self.norm_at[head] not in _NATIONALS or head - 1 < figure.last:
            return False
        adjective = head - 1
        if self.norm_at[adjective] in lx.REGIONS:
            return False  # "15 Kherson citizens": a side's region, not a country
        return self.tokens[adjective].text[:1].isupper() and not any(
            p.first <= adjective < p.last for p in self.m.parties
        )

    def _sum_heading_listed_parts(self, figure: FigureMention) -> bool:
        """Whether ``figure`` sums the parts listed after the colon its phrase ends with.

        "Ukraine got back 174 bodies twice: 90 on 2 May and 84 on 16 May", "in two
        handovers: ...": the sum covers two or more events, so it is neither one handover
        on the first part's day nor a total since the war began.
        """
        k = figure.np_end
        if self.norm_at[k] == "twice":
            k += 1
        elif (
            self.norm_at[k] == "in"
            and (self.norm_at[k + 1] in lx.NUMBER_WORDS or self.norm_at[k + 1].isdigit())
            and self.norm_at[k + 2] in _LISTED_PARTS
        ):
            k += 3
        else:
            return False
        numbers = sum(1 for i in range(k + 1, self.last) if self.tokens[i].kind == NUM)
        return self.norm_at[k] == ":" and numbers >= 2

    def _sides_swaps_summed(self, figure: FigureMention) -> bool:
        """Whether one figure after a plural "exchanges of" or "swaps of" sums several swaps.

        A go-between's sum "in total" is its two-way tally, and "two exchanges of 100
        each" or "exchanges of 100 for 100" say how the figure splits: none of these.
        """
        head = figure.first
        if self.norm_at[head - 1] != "of" or self.norm_at[head - 2] not in ("exchanges", "swaps"):
            return False
        counted = self.norm_at[head - 3]
        if counted in lx.NUMBER_WORDS or any(c.isdigit() for c in counted):
            return False  # "two exchanges of 100": each one's size
        if self.summed_in_total(figure) and all(p.role == MEDIATOR for p in self.m.parties):
            return False
        return (
            len(self._listed_run(figure)) == 1
            and not figure.per_side
            and not self._per_side_after(figure)
            and self._partner(figure) is None
        )

    def _second_of_pair(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is the second N of "a swap of N for N" (the first speaks for both)."""
        if self.norm_at[figure.first - 1] != "for":
            return False
        earlier = next((f for f in self.m.figures if self._partner(f) == figure), None)
        if earlier is None:
            return False
        before = earlier.first - (2 if self.norm_at[earlier.first - 1] in _QUOTES else 1)
        return self.norm_at[before] == "of"

    def _next_exchanges_side(self, predicate: TransferWord) -> str | None:
        """Who a later exchange of the sentence brought people back to: the earlier one's.

        "Kyiv's first swap returned ten soldiers for ten Russians, and a second, on
        1 April, brought back 86": the ordinal's exchange is the first's kind, so its
        people go where the first swap's own people went, not its counterpart's.
        """
        at = predicate.first - 1
        if self.norm_at[at] == ",":  # "a second, on 1 April, brought back": skip the aside
            commas = self._at((",",), max(self.first, at - 8), at)
            at = commas[-1] - 1 if commas else at
        at -= self.norm_at[at] in _EXCHANGE_NOUNS
        if self.norm_at[at] not in _LATER_RANKS or self.norm_at[at - 1] not in ("a", "the"):
            return None
        here = [leg for leg in self._drafted_here if leg.sentence == self.index]
        return here[0].receiver if here else None

    def _counter_of_plan(self, figure: FigureMention) -> bool:
        """Whether the "in return for N" figure answers a handover only planned.

        "Kyiv was ready to hand over 192 Russian servicemen in return for the same
        number of Ukrainians": the verb of the figure before is not done, and neither
        is the other way of the swap.
        """
        verbs = [t for t in self.m.transfers if t.last <= figure.first and t.move is not Move.EVENT]
        if not verbs or verbs[-1].done:
            return False
        verb = verbs[-1]
        return any(
            (verb.last <= f.first and f.last < figure.first) or self._subject_of_passive(f, verb)
            for f in self.m.figures
        )

    def _subject_of_passive(self, figure: FigureMention, verb: TransferWord) -> bool:
        """Whether ``figure`` is the subject of the passive ``verb`` right after its noun group.

        "500 Ukrainian prisoners were to be released", "would be freed", "are due to be
        handed over": only words of the verb group stand between the people and the verb.
        """
        between = [self.norm_at[k] for k in range(figure.np_end, verb.first)]
        return (
            bool(between)
            and not lx.BE_FORMS.isdisjoint(between)
            and all(w in _PASSIVE_GROUP for w in between)
        )

    def _died_in_own_clause(self, figure: FigureMention) -> bool:
        """Whether the living people counted are said to have died, and nothing moved them.

        "Russia says 65 Ukrainian POWs killed in plane crash; Kyiv says the swap was
        cancelled": the verb after the figure ("killed", "were killed", "had died") tells
        their death, and a swap told in another clause is not theirs. Bodies ("the remains
        of 65 soldiers killed in action") and a verb of handing over in the figure's own
        clause ("65 POWs killed in the crash were handed back") keep their reading.
        """
        if figure.remains or (figure.noun is not None and figure.noun.remains):
            return False
        at = figure.np_end
        while self.norm_at[at] in ("was", "were", "had", "have", "has", "been"):
            at += 1
        if self.norm_at[at] not in lx.DIED_VERBS:
            return False
        start, stop = self._clause_of(figure)
        return not any(start <= t.first < stop for t in self.m.transfers)

    def _toll_the_subject_is_among(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is a death toll the subject is "among" ("were among the 74 dead").

        Such a figure counts the dead of an incident; unless a verb of handing over follows
        ("among the 74 dead returned on Friday"), nobody in it was moved.
        """
        before = self.norm_at[figure.first - 1]
        if not (
            before == "among"
            or (before in ("the", "those") and self.norm_at[figure.first - 2] == "among")
        ):
            return False
        if self.norm_at[figure.np_end - 1] not in lx.KILLED_WORDS:
            return self._whole_the_subject_is_among(figure)
        return not any(figure.np_end <= t.first <= figure.np_end + 1 for t in self.m.transfers)

    def _whole_the_subject_is_among(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is a whole the subject "was among", with no handover of its own.

        "65 prisoners being flown to an exchange were among the 74 people on board": the
        verb before moved the subject, and the figure after the copula counts everyone
        in a group it belongs to; a verb of handing over after the figure ("were among
        the 95 freed") still makes it a handover.
        """
        among = figure.first - 1 - (self.norm_at[figure.first - 1] != "among")
        if self.norm_at[among - 1] not in ("was", "were", "is", "are"):
            return False
        return not any(t.first >= figure.np_end for t in self.m.transfers)

    def _counterpart_over_same_period(
        self, figure: FigureMention, previous: LegDraft | None
    ) -> bool:
        """Whether "over the same period" after ``figure`` is the span of one handover just told.

        "On Monday Kyiv received 6,057 bodies, and says it gave back 78 over the same
        period": with no running total told nearby, the period is that of the handover
        told earlier in the sentence, so the figure is its other way, not a total. A
        present perfect ("it has returned 78 over the same period") tells a running
        total instead, whose period is not one day's.
        """
        if previous is None or previous.tally or previous.sentence != self.index:
            return False
        if not previous.dates or any(self.index - t.sentence <= 2 for t in self.discourse.tallies):
            return False
        if self._perfect_verb_before(figure):
            return False
        return any(
            self.norm_at[i] == "same"
            and self.norm_at[i + 1] == "period"
            and self.norm_at[i - 2] in ("over", "in", "during")
            for i in range(figure.np_end, min(self.last, figure.np_end + 4))
        )

    def _perfect_verb_before(self, figure: FigureMention) -> bool:
        """Whether the verb of which ``figure`` is the object is a present perfect.

        "it has (also) returned 78", "has given back 78": "has"/"have" within the few
        words before the figure, not past a comma or a clause's "and".
        """
        for i in range(figure.first - 1, max(self.first, figure.first - 5) - 1, -1):
            if self.norm_at[i] in (",", ";", ":", "and", "but"):
                return False
            if self.norm_at[i] in ("has", "have"):
                return True
        return False

    def _between_two_events(self, figure: FigureMention) -> bool:
        """Whether the figure's clause goes on "between those two statements" or the like.

        "about 2,000 bodies were returned between the two reports": people moved over the
        time between two told events, in any number of handovers, so no one handover's
        size. "between the two sides" or "between the two countries" names who swapped.
        """
        for i in range(figure.np_end, min(self.last - 3, figure.np_end + 8)):
            word = self.norm_at[i]
            if word in _CLAUSE_MARKS or word in (".", ";"):
                return False
            if word != "between" or self.norm_at[i + 1] not in ("the", "those", "these"):
                continue
            return self.norm_at[i + 2 + (self.norm_at[i + 2] == "two")] in _TOLD_EVENTS
        return False

    def _swap_of_others(self, figure: FigureMention, belligerents: Sequence[str]) -> bool:
        """Whether the figure's swap is told as one "between" a side and a third country.

        "a one-for-one trade in the spring - of another sort, between Russia and
        the United States": the exchange the figure sizes is another pair of countries',
        so it sends no one between the sides. Only countries named as nouns make such a
        pair, and only when every figure of the sentence stands before the "between", so
        a swap of the sides told after it still reads.
        """
        if "between" not in self.norm_set:
            return False
        for first, second in itertools.pairwise(self.m.parties):
            opening = first.first - 1 - (self.norm_at[first.first - 1] == "the")
            if (
                self.norm_at[opening] == "between"
                and first.noun
                and second.noun  # "a call between the Russian and US presidents": no swap
                and self.norm_at[first.last] == "and"
                and second.first <= first.last + 2
            ):
                pair = {first.code, second.code}
                return (
                    not pair <= set(belligerents)
                    and not pair.isdisjoint(belligerents)
                    and all(f.last <= opening for f in self.m.figures)
                )
        return False

    def _legs_for(
        self,
        figure: FigureMention,
        previous: LegDraft | None,
        start: int,
        stop: int,
        belligerents: Sequence[str],
        dates: list[DateMention],
        series_dates: tuple[str, ...],
    ) -> list[LegDraft] | None:
        """The transfers ``figure`` states: None when it is not a transfer at all."""
        if self._in_document(figure):
            return None  # "brought a list of 339 children": a list moved, not people
        if self._one_for_one_terms(figure):
            return None  # "insists on one-for-one swaps": the terms of swaps, not their size
        if self.norm_at[figure.first - 1] in _EMPLOYING:
            return None  # "the office, which employs about 50 people, received ...": its staff
        if self.norm_at[figure.first - 1] == "of" and figure.before_of in lx.SETTLEMENT_NOUNS:
            return None  # "crossed into Hrabovske, a village of about 300 people": its size
        if not self.norm_set.isdisjoint(("every", "each")) and any(
            self.norm_at[i] == "for"
            and self.norm_at[i + 1] in ("every", "each")
            and self.norm_at[i + 2] not in ("side", "sides", "way", "direction", "country")
            for i in range(figure.np_end, min(self.last, figure.np_end + 5))
        ):
            return None  # "releases three Russians for every Ukrainian": a ratio
        if self._struck_people(figure):
            return None  # "shelled the city, killing 25 people": victims, not people moved
        if self._toll_the_subject_is_among(figure):
            return None  # "65 prisoners were among the 74 dead": a crash's toll, not moved
        if self.norm_at[figure.first - 1] in _ENQUIRIES or (
            # "about" may have been read as the figure's hedge: "enquiries about 16,000"
            self.norm_at[figure.first - 1] in ("about", "concerning", "regarding", "on", "for")
            and self.norm_at[figure.first - 2] in _ENQUIRIES
        ):
            return None  # "has received requests about 100,000 people": requests came, not people
        if (
            figure.first - 2 == self.first
            and self.norms[:2] == ["of", "the"]
            and self._agreed_whole(figure)
        ):
            # "Of the 1,200 prisoners per side whose exchange was agreed, only a part have
            # been released": the whole of a plan a sentence takes a part of, not moved
            return None
        if self._span_of_uncounted_swaps(figure):
            return None  # "several smaller exchanges, of between 20 and 80 people each way"
        if self._after_ranked_since(figure):
            return None  # "60 came home, the first swap since 40 were exchanged in March"
        if self._swaps_summed_unsplit(figure):
            return None  # "Kyiv has held exchanges of 1,300 prisoners": per side or in all?
        if self._nationals_of_unknown_country(figure):
            return None  # "two Colombian nationals were freed": to a country not known here
        if self._year_brought(figure):
            return None  # "how 2024 brought 1,358 prisoners home": the year's sum, no day
        if self._between_two_events(figure):
            return None  # "2,000 were returned between the two reports": a sum, no one day
        if self._swap_of_others(figure, belligerents):
            return None  # "a one-for-one swap ... between Russia and the United States"
        if self._sum_heading_listed_parts(figure):
            return None  # "got back 174 bodies twice: 90 on 2 May and 84 on 16 May"
        if (
            previous is not None
            and previous.tally
            and previous.sentence == self.index
            and self._later_part(figure)
        ):
            # "6,382 have returned since 2022, of whom 6,000 were servicemen and 382
            # civilians": a part of a total goes the way its whole went, whatever the
            # sentence's subject did
            return [self._listed_leg(previous, figure)]
        counter = self._counter(figure)
        if counter and any(
            t.first < figure.first <= t.last + 2 and not t.done for t in self.m.transfers
        ):
            return []  # "192 were to be exchanged for 192 Russians": the plan's other side
        if counter and any(
            t.last <= figure.first and self._unsourced_report(t) for t in self.m.transfers
        ):
            return []  # 'posts say "1,200 were exchanged for 1,200 Russians"': a post's claim
        if counter and self._counter_of_plan(figure):
            return []  # "ready to hand over 192 Russians in return for the same number"
        found = None if counter else self._predicate(figure)
        if found is None and not counter:
            found = self._flown_to_third(figure, belligerents)
        elif self._abroad(figure, belligerents):
            return None  # "five officers would stay in Turkey": kept there, not handed over
        if (
            found is not None
            and found[1]
            and (self._counted_exchanges(found[0]) or self._since_event(found[0]))
            # "two swaps: 40 each on the 3rd, when ...": the list sizes the counted swaps
            and self._share_listed_after_colon(figure) is None
        ):
            # "in 58 exchanges, about 4,500 people have come home": the verb comes after;
            # so it does after "since the first swap, 4,000 people have returned"
            found = self._predicate_after(figure) or found
        copula = found is None and not counter and self._copula_swap(figure)
        if found is None and not counter and not copula:
            # "That makes almost 700 in either direction so far": a running sum of the
            # people moved each way, with no verb of moving
            copula = lx.PER_SIDE_MORE.match(
                self.tokens, figure.last, self.last
            ) is not None and self._running_total(figure, start)
        if found is None and not counter and not copula:
            copula = self._respective_sizes(figure)  # "115, 103 and 95 each way, respectively"
            # "it took until May for the next one – 75 for 75 –": a verbless swap's size
            copula = copula or self._pair_after_ranked_one(figure)
            # "Spring brought the Easter exchange and, on May 6, a further 205 for 205"
            copula = copula or self._further_pair_brought(figure)
            # "Both sides are saying 246 for 246.": a verbless pair a source gives
            copula = copula or self._pair_said(figure)
            # "four more swaps: 90 for 90 on 25 June and 95 for 95 on 18 October"
            copula = copula or self._dated_pair_listed(figure)
            # "the numbers were modest: 10 soldiers each way in late March, then ..."
            copula = copula or self._dated_share_after_colon(figure)
            # a recap's dated line: "February 5: 150 for 150, mediated by the UAE."
            copula = copula or self._pair_on_dated_line(figure)
            # "the handover on May 6 followed the pattern: 1,000 to Ukraine, 24 to Russia"
            copula = copula or self._colon_way(figure) is not None
            # "On 5 February both sides agreed: 150 Ukrainian prisoners for 150 Russian ones"
            copula = copula or self._nationals_pair_after_dated_colon(figure)
        owner = None if counter or copula else self._side_owner(figure)
        if found is None and not counter and not copula and owner is None:
            if self._included_after_named_part(figure):
                return []  # "189 people, including soldiers ... and two civilians": a part
            if (
                previous is not None
                and previous.sentence == self.index
                and self._listed_past_aside(start, figure.first)
            ):
                # "185 defenders — soldiers of the army, the navy and the guard — and 20
                # civilians": listed after an aside, the same way as the figure before
                return [self._listed_leg(previous, figure)]
            verb = next((t for t in reversed(self.m.transfers) if t.last <= figure.first), None)
            if verb is not None and verb.done and self._added_to_passive(verb, figure, previous):
                # "90 soldiers were returned from territory held by Moscow, as well as 12
                # civilians": the phrase of place hides the verb; the added go the same way
                assert previous is not None
                return [self._listed_leg(previous, figure)]
            if (
                previous is not None
                and previous.category is PersonCategory.REMAINS
                and not previous.tally
                and series_dates
                and self._more_of_the_handover(figure, previous)
            ):
                # "Russia handed over 6,000 bodies, and since then there have been two
                # more, in July and August, of about 1,000 bodies each": more of the same
                more = self._listed_leg(previous, figure)
                return [more._replace(dates=series_dates, series=True)]
            if previous is not None and previous.sentence == self.index:
                back = self._nationals_traded_back(previous, figure)
                if back is not None:
                    return [back]  # "plus 31 wounded Ukrainians for 15 wounded Russians"
                mirrored = self._mirrored_leg(previous, start, figure)
                return None if mirrored is None else [mirrored]
            return None
        if found is not None and not found[1] and self._held_before_event(figure, found[0]):
            return None  # "Kyiv now had hundreds of captured Russians, and exchanges came faster"
        wounded_moved = self._wounded_moved(figure, found)
        if (self._casualty_head(figure) and not wounded_moved) or (
            found is not None and self._not_home(found[0])
        ):
            return None  # "380,000 wounded", "men who later returned to duty"
        if found is not None and not found[1] and self._received_care(found[0]):
            return None  # "370,000 had received treatment for wounds": care got, no one moved
        among = not self.norm_set.isdisjoint(lx.PART_CUES) and self._among(figure)
        if among or self._unit_part(figure) or self._bound_for(figure):
            return []
        if self._part_of_movers(figure) or self._in_larger_exchange(figure):
            return []  # "Two of the men who came back are from the region": a part described
        if self._questioned(figure):
            return []  # "interviews with 74 soldiers released in exchanges": a sample
        if self._taken_back_after(figure):
            return []  # "he said 120 bodies were returned... no, sorry, I must correct myself"
        if self._recovered_from_ground(figure):
            return []  # "recovered the bodies of 8 soldiers from the battlefield"
        if self._typical_size(figure) or self._largest_swaps_sized(figure):
            return []  # "Most swaps in 2024 involved between 75 and 250 people on each side"
        if found is not None and self._speaking_witnesses(found[0], figure):
            return []  # "Two men who were released last year told her ...": the speakers
        if found is not None and self._modifying_participle(found[0], figure):
            return None  # "1,000 Ukrainians returned this year had been held for two years"
        if found is not None and self._added_to_passive(found[0], figure, previous):
            assert previous is not None
            return [self._listed_leg(previous, figure)]  # "..., as well as 20 civilians"
        if self._caused_not_done(figure):
            return []  # "the deal will see 1,000 people go each way": a plan's outcome
        if self._threshold_of_ranked(figure):
            return None  # "the fifth at which Russia received 30 or fewer": a rank, not a count
        if self._taken_away(figure) or self._taken_captive(figure):
            return None  # "19,546 children deported or forcibly transferred": taken, not returned
        if self._whole_of_returned_part(figure):
            return None  # "20,000 children were taken, and 388 have been returned": the whole
        if self._noun_borrowed(figure) and self._part_does_else(figure):
            return []  # "144 came home, of whom 95 had defended the plant": a part described
        if self._whole_of_fraction(figure):
            return []  # "1,200 came back, a small fraction of the 19,546 deported": the whole
        if self._died_in_own_clause(figure):
            return None  # "65 POWs killed in a crash; Kyiv says the swap ...": the dead
        if self.norm_at[figure.np_end - 1] == "ones" and any(
            f.np_end <= figure.first and self._casualty_head(f) for f in self.m.figures
        ):
            return None  # "223,000 Russian casualties and 131,000 Ukrainian ones"
        if self.undated_several_spans(figure, dates):
            return None  # "3,000 bodies over several weeks": a sum over an unknown span
        if self.days_sum_unplaced(figure, dates):
            return None  # "the three-day swap that ended on Sunday": a sum of days not named
        if self._counted_stages_unplaced(figure, dates):
            return None  # "had returned 1,200 bodies in three stages": when, it does not say
        if self._sizes_of_uncounted_swaps(figure):
            return None  # "several handovers of 1,000 each": how many, and when, it does not say
        perfect = self._perfect_total_past_swap(figure, found)  # "Russia has received 3,900"
        tally = (
            (self._running_total(figure, start) and not self._ranked_since(figure))
            or self._aggregated(figure)
            # "Thursday's handover brings to more than 7,000 the number of bodies returned"
            or (
                self.norm_at[figure.first - 1] == "to" and self.norm_at[figure.last + 1] == "number"
            )
            or self._gapped_from_total(figure, previous, start)
            or self._year_shared_by_and(figure, previous)
            or self._rival_before_total(figure, dates)
            or self._since_shared_by_and(figure, previous)
            or self._perfect_shared_by_and(figure, previous)
            # "The swap on 3 March freed 140. Russia has received 3,900.": many swaps' sum
            or perfect in _HAVE
            or self._returned_part_since(figure)
            # "has carried out 50 exchanges and has, by official figures, got back 3,900"
            or (found is not None and self._after_counted_exchanges(found[0]))
            # "the three June handovers, which together brought 3,636 bodies": their sum
            or (found is not None and found[1] and self.norm_at[found[0].first - 1] == "together")
        ) and not (
            self._each_time(figure)
            or self._each_time_before(figure)  # "each time involving 900 bodies": each one's
            or self._each_of_counted_handovers(figure)
            or self._each_event(figure)
            or self._one_of_them(figure)
            or self._dated_part(figure, dates)
            # "on Friday Moscow returned 1,200 bodies in three batches": one day's handover
            or self._one_day_in_parts(figure)
            or self._own_event(figure, dates)
            or self._in_which_of_one_exchange(figure) is not None
            or self._one_per_counted_event(figure)
            or self._each_event_sized(figure)
            or self._sizes_of_swaps(figure)
            # "In three swaps — of 45 on 6 May, 106 on 25 May and 95 on Sunday — ...": each
            # figure sizes the exchange of its own day, not their sum
            or self._dated_sizes_aside(figure) is not None
            or self._dated_pair_listed(figure)
            or self._pair_on_dated_line(figure)
            # "two swaps, 40 each on the 3rd and 55 each on the 9th": each share sizes one
            or self._share_listed_after_colon(figure) is not None
            or self._counterpart_over_same_period(figure, previous)
            # "got back 50 and 63 in the same two exchanges": each of the listed days' swaps
            or (len(series_dates) == 1 and self.in_same_events_run(figure))
            # "195 and 100 ... respectively were exchanged for 207 and 100": the other side
            # of a swap given its own day, not a sum
            or (len(series_dates) == 1 and self._in_counter_list(figure))
            # "the sides swapped 95 each, bringing ... since the war began to ...": a swap
            # verb's share per side is its one exchange's size, whatever total follows
            or (
                self.norm_at[figure.first - 1] in _SWAP_VERBS
                and self.norm_at[figure.last] in ("each", "apiece")
            )
        )
        tally = tally or self._counted_up_to(figure)  # "with Friday's swap, 2,410 have been"
        if not tally and self._period_shared_by_while(figure, previous):
            return None  # "Over the same period, 6,000 ..., while 78 ...": no one exchange
        if self._year_sums_told_on_a_day(figure):
            return None  # "In 2023 and 2024, it said on Monday, 1,102 and 1,358 ...": years' sums
        if not tally and perfect == "had":
            return None  # "Moscow said 4,480 had been returned": a total or a past count, no leg
        if not tally and self._sides_swaps_summed(figure):
            return None  # "held exchanges of 1,300 of its soldiers on 12 May": several swaps
        if tally and self._from_a_locality(figure):
            return None  # "one of three men from our district freed this year": a local count
        if not tally and self._sum_after_break(figure, previous):
            return []  # "Russia handed over 210 bodies; in total, 210 came back": the sum
        if self._second_of_pair(figure):
            return []  # "a swap of 100 for 100": the first figure gave both directions
        predicate: TransferWord | None = None
        first = False
        if (
            found is not None
            and self._sent_nowhere(found[0], figure)
            and not self._sent_to_stay(figure, belligerents)
        ):
            return None  # "sending 5,000 troops to the front": not a handover
        if found is not None and self._arrived_elsewhere(found[0], figure):
            return None  # "300 troops arrived in Kursk": a deployment, not a handover
        if found is not None and self._crossed_into_other(found[0], figure):
            return None  # "10,000 Ukrainian soldiers crossed into Russia": an incursion
        if self._still_held(figure):
            return None  # "the release leaves 1,000 defenders still in Russian hands"
        if self._on_each_of_days(figure):
            return None  # "390 prisoners on each of three days": no one swap's size
        if self._each_of_handovers_set_off(figure):
            return None  # "several (three) swaps took place, each involving 60": no one swap
        if self._unkinded_parts_of_whole(figure):
            return []  # "27 civilians have come home: 19 men and 8 women": the 27 again
        if self._included_in_group_moved(figure):
            return []  # "the 205 who had come home included 108 fighters": some of them
        if found is not None and self._infinitive_of(found[0], figure):
            return []  # "with 192 Russians to go home": a plan, not a handover
        if self._size_of_plan(figure):
            return []  # "the offer was 300 each way": a plan's size, whatever moved after
        if found is not None:
            predicate, first = found
            if (
                not predicate.done
                or self._denied(predicate)
                or self._exchange_as_purpose(predicate, figure)
                or self._proposed_exchange(predicate)
                or self._unsourced_report(predicate)
                or self._helper_unsure(predicate, figure)
                or self._part_in_aside(figure, predicate)
                or (not first and self._part_between(figure.np_end, predicate.first))
                or (
                    first
                    and (self._noun_not_done(predicate, figure) or self._shares_modal(predicate))
                )
                # "On June 25 (90 each) ..., exchanges are planned": the noun's verb, after
                or (
                    self._dated_share_before_swap(figure) and self._noun_not_done(predicate, figure)
                )
                # "the 1,200 people on each side whose release was agreed": the people's
                # own relative clause makes their handover a plan
                or (
                    self.norm_at[predicate.first - 1] == "whose"
                    and self._noun_not_done(predicate, figure)
                    # "whose exchange had been postponed were finally freed": a verb done
                    and not any(
                        t.first > predicate.last
                        and t.done
                        and t.move is not Move.EVENT
                        and ";"
                        not in self.norms[predicate.last - self.first : t.first - self.first]
                        for t in self.m.transfers
                    )
                )
            ):
                return []
        colon = next(iter(self._at((":",), start, figure.first)), None)
        if (
            previous is not None
            and previous.sentence == self.index
            and not previous.tally
            and (
                (
                    colon is not None
                    and (predicate is None or predicate.last <= colon)
                    and not self._own_group_before_colon(figure, predicate)
                )
                or self._spelled_out_after_dash(figure, previous, start)
                or (first and self._spelled_out_after_verb(figure, predicate))
            )
        ):
            # "130 of its citizens were freed: 110 defenders ... and 20 civilians": the
            # list after the colon spells out the figure before it, which went the same way;
            # "each side freed 390 people – 270 soldiers and ...": both ways the whole went
            whole = [leg for leg in self._last_drafted if leg.amount == previous.amount]
            return [self._listed_leg(leg, figure) for leg in whole or [previous]]
        nationality = self._nationality(figure, stop)
        if nationality is None and self._ukrainian_defenders(figure, belligerents):
            nationality = "UKR"  # "brought home the remains of hundreds of defenders"
        window_start = max(figure.np_end, predicate.last if predicate is not None else 0)
        tail = self._shared_noun_tail(figure)
        if tail is not figure and predicate is not None and first and stop <= tail.first:
            # "the handover of 502 and 563 bodies to Ukraine": the noun written once after
            # the list, and the "to" after it, are every listed figure's
            window_start, stop = max(window_start, tail.np_end), max(stop, tail.np_end + 1)
        # "to X", "from X", "by X" of the figure's own clause, not of the next one
        if predicate is not None and not first and predicate.first >= stop:
            # "40 soldiers and 12 civilians were handed over to Ukraine": the verb after the
            # last of the listed figures is the first one's too, and so are its "to", "from"
            stop = next((f.first for f in self.m.figures if f.first >= predicate.last), self.last)
        own_end = min(stop, self.first + self.clauses.end_of(window_start - self.first))
        # "... for eight residents of Kursk who had been taken to Ukraine": "to" in a
        # relative clause on the people says where they were taken, not where they went;
        # one on what is theirs ("three children whose names were passed to Moscow") says
        # where that went; nor does "to" in the next coordinated clause ("..., and
        # returned to Russia ...")
        own_end = next(
            (
                i
                for i in self._at(_OWN_CLAUSE_ENDS, window_start, own_end)
                if self.norm_at[i] in ("who", "whom", "whose", ";", "while", "whereas")
                or (self.norm_at[i] == "," and self.norm_at[i + 1] in ("and", "but"))
                # "..., with nothing sent to Russia in return": an absolute clause with its
                # own subject says where something else went
                or (
                    self.norm_at[i] == ","
                    and self.norm_at[i + 1] == "with"
                    and self._absolute(i + 1)
                )
                # "... in a swap that came as Ukrainian troops held on to land in Russia's
                # Kursk region": a clause of time with a side as its own subject tells
                # where that subject was, not where the people went
                or (self.norm_at[i] == "as" and self._side_subject_after(i))
                # "... and warned that some might prove to be Russian": what the speaker
                # went on to say is not where the people went
                or (self.norm_at[i] == "and" and self.norm_at[i + 1] in lx.SPEECH)
                # "received 17 civilians and returned to Russia 11": the next verb's "to"
                or (first and self._own_verb_after_and(i, predicate))
                # "..., compared with 600 it got from Ukraine": the sides named after it
                # are the compared figure's, not this one's
                or (self.norm_at[i] == "," and self.norm_at[i + 1] == "compared")
                # "... brought home – a figure that leaves out those found by Ukrainian
                # units": an apposition on the figure tells of other people
                or (
                    self.norm_at[i] in ("—", "–", ",")
                    and self.norm_at[i + 1] in ("a", "the")
                    and self.norm_at[i + 2] in lx.FIGURE_HEADS
                )
            ),
            own_end,
        )
        if window_start == figure.np_end and self._said_of_people(figure.np_end):
            own_end = window_start  # "26 civilians it said had been taken to Ukraine"
        # "have gone to Ukraine", "crossed into Ukraine": the verb's own "to" or "into"
        # names where they went
        ways_start = window_start
        if predicate is not None and first and self._set_off_after_clause(predicate, figure):
            # "civilians came home from Russia, 12 each time": the figure set off after
            # the clause sizes its people, so the clause's "from" and "to" are its own
            ways_start = predicate.last
        to_start = ways_start - (
            predicate is not None and self.norm_at[predicate.last - 1] in ("to", "into")
        )
        # "crossed back into Ukraine": "into" names where they went, like "to"
        receiver = (
            self._party_after(("to",), to_start, own_end)
            or self._into_party(to_start, own_end)
            or self._colon_head_goal(predicate, figure)
            or self._free_relative_goal(predicate, figure)
            or self._colon_head_getter(predicate, figure)
        )
        receiver = receiver or self._crossed_carrying(predicate, figure) or owner
        receiver = receiver or self._side_phrase_goal(predicate, figure)
        if self._crossed_abroad(predicate, nationality, receiver):
            return None  # "10,000 Ukrainian soldiers crossed into Russia": an incursion
        if predicate is not None and self._reunited(predicate):
            # "reunited with a parent in Russia": where the family is, the child goes; not
            # past "after" ("after two years in Russia"), which tells where they had been
            reunion_end = next(
                (k for k in range(predicate.last, own_end) if self.norm_at[k] in _SINCE_LANDMARKS),
                own_end,
            )
            receiver = self._party_after(("in",), window_start, reunion_end) or receiver
        sender = self._party_after(("from",), ways_start, own_end) or self._party_after(
            ("by",), ways_start, self._labelled_from(ways_start, own_end)
        )
        if predicate is not None and self._received_by(predicate):
            # "were received by Ukraine", "were brought home by Kyiv": the agent of a passive
            # verb of getting is who got the people, not who gave them
            receiver = receiver or self._party_after(("by",), predicate.last, predicate.last + 1)
            sender = self._party_after(("from",), ways_start, own_end)
        if receiver is None and predicate is not None and predicate.move is Move.SEND:
            receiver = self._dative(predicate, figure) or self._receiver_before_people(
                predicate, figure
            )
        respective = self._respective_way(figure, predicate, belligerents)
        if respective is not None:
            # "310 and 290 prisoners went home to Ukraine and Russia respectively"
            sender, receiver = respective
        stated_receiver = receiver
        clause = bisect.bisect_left(self.breaks, window_start)
        clause_end = self.breaks[clause] if clause < len(self.breaks) else self.last
        # "had gone home from each side", "were freed on both sides"
        symmetric = figure.per_side or self._own_sides_word(
            figure, window_start, self._next_own_clause(figure, predicate, clause_end)
        )
        # "Kyiv and Moscow each handed over 185 servicemen and 20 civilians": every object
        symmetric = symmetric or self._floating_each(predicate)
        # "with 31 and 15 wounded added for Ukraine and Russia respectively" after "246 on
        # each side": the pair is shared out over the sides named, not given to each
        symmetric = symmetric and respective is None
        per_event = (
            self.norm_at[figure.first - 1] == "of"
            and self.norm_at[figure.first - 2] in ("handovers", "repatriations", "transfers")
            and self._each_of_several(figure)
        ) or self._each_exchange_before(figure)
        # "two more, in July and August, of about 1,000 bodies each": counted, dated apart
        per_event = per_event or self._each_of_counted_handovers(figure)
        if per_event:
            # "three handovers of 1,200 each": the size of each of several one-way handovers,
            # not a total nor a figure per side (as "swaps of 103 each" is)
            symmetric = tally = False
        if (
            symmetric
            and stated_receiver is not None
            and (self._apiece_to(figure) or self._each_of_several(figure))
        ):
            # "three handovers returned 82 bodies apiece to Ukraine": one side receives, so
            # "apiece" shares the figure out over the handovers, not over the sides
            symmetric = False
        if (
            symmetric
            and predicate is not None
            and not first
            and predicate.move is Move.RECEIVE
            and self._each_side_closed_before(figure)
        ):
            # "70 were freed on each side and 12 civilians went home to Ukraine": "each side"
            # is the clause before's; the 12 went home, one way, to the side named
            symmetric = False
        if (
            predicate is not None
            and predicate.move is Move.SWAP
            and not first
            and self.norm_at[predicate.last] == "for"
        ):
            # "307 servicemen were exchanged for 307": the same number each way; "for the
            # same numbers" after a list repeats each of its figures at one place; "for 25
            # Russians" names its own people, who keep their own kind
            symmetric = symmetric or any(
                f.first == predicate.last + 1
                and f.amount == figure.amount
                and self._repeats_people(figure, f)
                for f in self.m.figures
            )
        symmetric = symmetric or self._pair(figure) or copula
        # "at Easter 246 went each way", "..., and on Saturday 95 more went each way"
        symmetric = symmetric or self._went_each_way(figure)
        # "In June (on the 25th, 90 each), exchanges resumed": a bracketed share per side
        symmetric = symmetric or self._dated_share_before_swap(figure)
        if symmetric and not figure.per_side and self._each_of_counted_handovers(figure):
            symmetric = False  # "three handovers of 1,200 each": each handover, not each side
        if tally and not symmetric and predicate is not None and first:
            # "In all, each side has now released 1,000 people": a total for each side
            symmetric = self._any_in(
                self.sides, max(self.first, predicate.first - 4), predicate.first
            )
        # "the two sides freed equal numbers: 390 on May 23, 307 on May 24": each way
        equal_list = not symmetric and lx.after_equal_numbers(self.tokens, self.first, figure.first)
        symmetric = symmetric or equal_list
        if symmetric and self._homes_apart_unequal(figure):
            # "Each side released 31 Ukrainians and 15 Russians": each group goes home
            symmetric = equal_list = False
        total = False  # "A and B exchanged 146 prisoners": per side, or in all?
        # the side a verb of getting makes its subject ("Ukraine received 50 bodies"):
        # told by the clause, not guessed from it
        verb_receiver: str | None = None
        subjectless = False  # "the swap brought home 150 people": no side does the verb
        both_sides_after = self._both_sides_after(figure)
        if both_sides_after:
            # "freed 4,181 captives on both sides", "410 captives from both sides": the
            # people of both sides counted together
            symmetric = total = True
        if predicate is not None and first and not symmetric:
            # "each side handed over 390 people", "both sides freed 95"; not "both sides
            # released about 1,000 each time (month)", a size of each of several handovers
            symmetric = (
                self._each_subject(predicate)
                or (
                    self._reciprocal_subject(predicate)
                    and not self._each_time(figure)
                    and not (
                        self.norm_at[figure.np_end] in ("each", "every")
                        and self.norm_at[figure.np_end + 1] in lx.RECURRING
                    )
                )
            ) and not self._homes_named_apart(figure)
        fronted = self._fronted_subject(figure, predicate, first)
        if fronted is not None and predicate is not None:
            # "— each time about 1,000 bodies — Ukraine took back its dead": the aside
            # sizes what the clause after it moved, and that clause has its own subject
            if self.norm_at[figure.np_end] == "each" and self.norm_at[figure.np_end + 1] in DASHES:
                symmetric = False  # "— about 20 bodies each — Ukraine took back": each time
            if predicate.move is Move.RECEIVE:
                receiver = receiver or fronted
            elif predicate.move is Move.SEND:
                sender = sender or fronted
        if predicate is not None and first and respective is None:
            floor = self.first
            # a verb in a relative clause on the subject ("Russia, which had promised to
            # hand over 23, returned 22") is not the clause's own: the subject stays in reach
            earlier = [
                t
                for t in self.m.transfers
                if t.last <= predicate.first
                and (not self._in_relative(t.first) or self._in_relative(predicate.first))
                and not self._counted_in_first_conjunct(t, predicate)
                and not self._in_aside_before(t, predicate)
            ]
            if earlier:
                floor = earlier[-1].last
            subject = self._gapped_subject(predicate, figure) or self._subject(predicate, floor)
            codes = [p.code for p in subject]
            if self._helped(predicate) or self._event_subject(predicate):
                codes = []  # "the Holy See helped bring back three": the helper moves no one
            if len(set(codes)) >= 2 and nationality is None and not symmetric:
                symmetric = total = True
            elif codes:
                # "Russia received the same number: 185 military and 20 civilians": one
                # side's figures, matching the other side's told before
                symmetric = symmetric and not (equal_list and len(set(codes)) == 1)
                if (
                    predicate.move is Move.SEND
                    and nationality is None
                    and not symmetric
                    and not self._returned_from_captivity(predicate, figure)
                    and self._children_returned_unplaced(predicate, figure, previous)
                ):
                    # "Ukraine returned 11 children": home only when the story says whose
                    home_side = self._children_home_side(predicate, figure, codes[0], belligerents)
                    if home_side is None:
                        return []
                    receiver = receiver or home_side
                elif (
                    predicate.move is Move.SEND
                    and (
                        self._freed_own(predicate, codes[0])
                        or self._returned_from_captivity(predicate, figure)
                        or self._repatriated_own(predicate, figure)
                        or self._returned_own_fallen(predicate, figure)
                        or self._ukraine_returned_defenders(predicate, figure, codes[0])
                        or self._given_passive_object(predicate, figure)
                        or self._returned_own_heroes(predicate, figure, codes[0])
                        or self._freed_in_swaps(predicate, figure)
                        or self._freeing_through_swaps(predicate)
                        or self._managed_return(predicate)
                    )
                ) or (
                    # "Kyiv has secured the release of 300": the noun has no direction
                    predicate.move in (Move.SEND, Move.EVENT) and self._secured_return(predicate)
                ):
                    receiver = receiver or codes[0]
                elif (
                    predicate.move is Move.SEND
                    and nationality is None
                    and not symmetric
                    and self._freeing_after_dealt_swap(predicate)
                ):
                    return []
                elif predicate.move is Move.SEND:
                    sender = sender or codes[0]
                elif predicate.move is Move.RECEIVE:
                    if (
                        receiver is None
                        and first
                        and self._told_receiver(subject, predicate, figure)
                    ):
                        verb_receiver = codes[0]
                    receiver = receiver or codes[0]
                elif predicate.move is Move.SWAP and nationality is None:
                    if self._swapped_for_others(figure, codes[0]):
                        receiver = receiver or codes[0]
                    else:
                        sender = sender or codes[0]
            elif predicate.move is Move.RECEIVE and previous is not None:
                if (
                    receiver is None
                    and previous.sentence == self.index
                    and self.norm_at[predicate.first - 1] == ","
                    and self._in_return_after(figure) == figure.np_end
                ):
                    # "Ukraine hands over 34 bodies, gets 909 in return": the verb after the
                    # comma shares the subject of the clause before, which gave and got back
                    receiver = previous.sender
                receiver = receiver or self._next_exchanges_side(predicate) or previous.receiver
            else:
                subjectless = True
        agent = None
        if predicate is not None and not first and sender is None and receiver is None:
            agent = self._relative_agent(figure, predicate)
        if agent is not None and predicate is not None:
            # "the 22 soldiers whom Russia sent back": the side after "whom" does the verb
            if predicate.move is Move.SEND and not (
                self._freed_own(predicate, agent)
                or self._returned_from_captivity(predicate, figure)
            ):
                sender = agent
            elif predicate.move in (Move.SEND, Move.RECEIVE):
                receiver = agent
        if counter and previous is not None and nationality is None:
            receiver = receiver or previous.sender
        if (
            sender is None
            and receiver is None
            and previous is not None
            and previous.sentence == self.index
            and (self._listed(start, figure.first) or self._added_after(figure))
            and not self._listed_after_wayless(figure, start)
        ):
            # "185 prisoners of war of the Armed Forces of Ukraine and 20 civilians were
            # handed over": figures listed under one verb went the same way; so did
            # "150 prisoners were freed, along with 25 civilians"
            sender, receiver = previous.sender, previous.receiver
        elif (
            sender is None
            and receiver is None
            and nationality is None
            and not symmetric
            and predicate is not None
            and predicate.move is Move.RECEIVE
            and self._home_listed_after(figure, predicate) is not None
        ):
            # "185 servicemen and 20 residents of the Kursk region returned home": the
            # people listed under one verb of coming home share the home a later part names
            receiver = self._home_listed_after(figure, predicate)
        elif (
            previous is not None
            and previous.sentence == self.index
            and nationality is None
            and not symmetric
            and (self._added_after(figure) or self._listed_after_colon(predicate, start, figure))
        ):
            # "230 Ukrainians had been returned: 224 soldiers and six civilians": a list
            # after the verb's colon went the way of its first item, whatever the subject;
            # "185 servicemen returned to Russia, plus 20 civilians", "185 servicemen were
            # handed back to Moscow, along with 20 civilians": the added group went the way
            # of the clause it is added to, whatever the clause's subject (or speaker) did
            sender, receiver = previous.sender, previous.receiver
        elif (
            sender is None
            and receiver is None
            and previous is not None
            and previous.sentence == self.index
            and nationality is None
            and not symmetric
            and predicate is not None
            and self._other_way(predicate)
        ):
            # "205 servicemen came home and the same number went the other way": people of
            # no stated side went against the way of the clause before them
            sender, receiver = previous.receiver, previous.sender
        elif (
            sender is None
            and receiver is None
            and previous is None
            and nationality is None
            and not symmetric
            and predicate is not None
            and self._other_way(predicate)
        ):
            # "Ukraine took back 909 bodies. Forty-one went the other way.": the sentence
            # opens on people going against the one way the sentence before moved people
            way = self._one_way_before()
            if way is not None:
                sender, receiver = way
        if (
            predicate is not None
            and not symmetric
            and self._other_way(predicate)
            and (previous is None or previous.sentence != self.index)
            and self._one_way_before() is None
        ):
            # "The remains of 27 soldiers went the other way" after no handover read: the
            # way, and the day, are those of a handover the rules did not find
            return []
        if self._receiver_contradicted(figure, verb_receiver, nationality, symmetric):
            return []
        if self._foreigner_home_with_side(figure, predicate, nationality, belligerents):
            return []
        abroad = (
            None
            if nationality is None or stated_receiver is not None
            else own_people_to_third(
                self.norm,
                figure,
                self.m.parties,
                belligerents,
                self.last,
                sender
                if predicate is not None
                and predicate.move is Move.SEND
                and predicate.last <= figure.first
                else None,
            )
        )
        if abroad is not None:
            # "Twelve Ukrainian marines were handed over by Russia to Turkey": not home
            sender, receiver = abroad
        # People go home: their nationality decides where they went, and a role guessed
        # from the clause that contradicts it loses ("Kyiv returned 84 of its citizens").
        if (
            abroad is None
            and nationality is not None
            and not symmetric
            and (receiver is None or (receiver != nationality and stated_receiver is None))
        ):
            receiver = nationality
            if sender == nationality:
                sender = None
        goal = self._goal_before_of(predicate, figure) if receiver is None else None
        if goal is not None:
            # "announced the return to Russia of 46 people": the noun's goal, told before
            # its "of", is where they went, whoever announced it
            receiver = goal
            sender = None if sender == goal else sender

        carried: LegDraft | None = None  # the homecoming a bare "N more" carries on
        also = predicate is not None and self._also_moved(predicate, figure)
        if (
            receiver is None
            and sender is None
            and predicate is not None
            and (not first or also)
            and not symmetric
            and not tally
            and predicate.move in (Move.RECEIVE, Move.SEND)
            and (self._added_on(figure) or also)
        ):
            # "Another 40 were released on Wednesday", "Three medics were also freed":
            # more of the last homecoming, told in this sentence or before it
            carried = self._added_to(previous) or self._more_homecomers(figure, added=True)
            if (
                carried is not None
                and not self._added_on(figure)
                and (figure.noun is None or figure.noun.category is not carried.category)
            ):
                # "also" with people of another kind ("..., and 19 sailors had also been
                # freed") does not say which way they went: civilians go by other routes
                carried = None
            receiver = None if carried is None else carried.receiver
        # "it had secured the return of 174 civilians", "the region has since welcomed
        # back 263": a subject of no side that won (took) people home over a span; home is
        # the side its speaker speaks for, or the one way the article's homecomings went
        # (never a guess at the side last heard)
        won = (
            receiver is None
            and predicate is not None
            and subjectless
            and self._secured_return(predicate)
            and self._office_won(predicate)
        )
        secured = won or (
            receiver is None
            and predicate is not None
            and subjectless
            and tally
            and predicate.move is Move.RECEIVE
            and not self._home(predicate)  # "had brought home 13,000": read as before
            # "we managed to bring home 41": a first person's side is its speaker's alone
            and lx.FIRST_PERSON.isdisjoint(
                self.norm_at[i]
                for i in range(max(self.first, predicate.first - 6), predicate.first)
            )
        )
        refused, kept = False, None  # a clause-joined passive's home: none, or the way kept
        unplaced = False  # homecomers after the teller's own handover: no home at all
        came_home = secured or (
            receiver is None
            and predicate is not None
            and (not first or subjectless)
            and self._home(predicate)
        )
        if (
            receiver is None
            and predicate is not None
            and (
                came_home
                or (not first and tally and sender is None and predicate.move is not Move.SWAP)
            )
        ):
            # "about 4,500 people have come home, Kyiv said": home is the speaker's side;
            # so is a side's own running total ("by Kyiv's count, 16,000 were repatriated")
            accorded = self.attribution if self.attribution is not self.vouching else None
            accorded = accorded and self.attribution_at(figure.first)
            speaker = accorded or self.speaker_near(figure.first)
            referred = self._of_the_region(figure)
            region = (
                self._region_referred(figure)
                if referred
                else self._home_region_counted(figure, predicate)
            )
            stayed = self._stayed_in(figure, predicate)
            if region in belligerents:
                receiver = region  # "147 children from Kharkiv oblast had been brought back"
            elif stayed is not None and stayed in belligerents:
                # "civilians who had spent months in Ukraine have returned home": not to Ukraine
                receiver = _other(stayed, belligerents)
            elif (
                speaker is not None
                and previous is not None
                and previous.sentence == self.index
                and previous.sender == speaker.party
                # "Russia said 146 had been returned; Kyiv said 146 had come back": the
                # leg before is the other side's account, so the teller's own words stand
                and not (
                    previous.attributed is not None
                    and previous.attributed.party in belligerents
                    and previous.attributed.party != speaker.party
                )
                and self._later_conjunct(self.first, figure.first)
                and all(
                    leg.sender == speaker.party
                    for leg in self._drafted_here
                    if leg.sentence == self.index
                )
            ):
                # "Moscow says it has handed back 3,000, but just 2,700 have come home": the
                # teller's side only gave people in the clause before, so those coming home
                # may be them or the teller's own in return; the words do not say which (a
                # swap told both ways before, "10 for 10, and 19 sailors were also freed",
                # leaves the teller's side their home)
                refused = unplaced = True
            elif speaker is not None and speaker.party in belligerents:
                receiver = speaker.party
            elif not secured:
                # "Kyiv gave its own breakdown: 230 people ... returned home": the one
                # side named before the figure is the home they came back to; not the
                # side they came back from ("came home from Russia, 12 each time")
                # (a bare "it" that says nothing is the thing told of before, not a side:
                # "It came a week after the May swap, when 300 came home")
                before = [
                    (a, e)
                    for a, last, e in self._speaker_mentions()
                    if a < figure.first
                    and e.party in belligerents
                    and e.party != sender
                    and not (
                        last == a + 1
                        and self.norm_at[a] == "it"
                        and self.norm_at[a + 1] not in lx.SPEECH
                    )
                ]
                # "residents returned from Ukraine ..., and in total 71 have come back":
                # a side after a return verb's "from" is where they came back from, never
                # their home (not "officials from Ukraine", who may speak for it)
                # (nor the side that took more away: "Russia has deported 19,000 children,
                # and fewer than 1,500 have come back")
                gone = [self._returned_from(a) or self.took_more_away(a, figure) for a, _ in before]
                left = {e.party for (_, e), g in zip(before, gone, strict=True) if e.party and g}
                named = {
                    e.party
                    for (a, e), g in zip(before, gone, strict=True)
                    if not g and not self._held_by_side(a)
                }
                joined = self._leg_of_clause_before(figure, before, previous)
                if joined is not None and self.norm_at[predicate.first - 1] in lx.BE_FORMS:
                    # "Russia handed over 40 in May; in June, 800 (more) were freed": the side
                    # of the clause before gave the earlier leg, not this one a home
                    named, left = set(), set()
                    refused = True
                    if self.norm_at[figure.last] == "more" or self._added_on(figure):
                        kept = receiver = joined.receiver
                elif (
                    tally
                    and joined is not None
                    and named == {joined.sender}
                    and not any(
                        leg.receiver == joined.sender
                        for leg in self._drafted_here
                        if leg.sentence == self.index
                    )
                ):
                    # "Russia freed 90 soldiers; so far 3,767 soldiers have returned": the
                    # side named gave the earlier leg's people, so it is not the home of
                    # the running total's people; they came back where that leg's people
                    # went (one clause after a side's handover, "in June, 800 came back",
                    # keeps the side named as its home, and so does a side the sentence
                    # told receiving people before it gave some back: "Kyiv took in 500
                    # bodies, handing back 20, and in all 9,000 have come home")
                    named = {joined.receiver}
                if len(named) == 1 and not (left & named):
                    receiver = named.pop()
                elif not named and len(left) == 1:
                    receiver = _other(left.pop(), belligerents)
            if (
                receiver is None
                and tally
                # a run of days told with no teller ("when 6,000 bodies were returned over
                # several days") is one operation's, not a speaker's own side's total
                and (speaker is not None or not self._exchange_of_several_days(figure, stop))
                and predicate.move is not Move.SWAP
                and not secured
                and not self._unnamed_turn()
                and not self._mediators_own_verb(figure, predicate, belligerents)
                and not self._go_between_subject(predicate)
            ):
                # "Yermak said 1,762 people had been brought back since the start of the
                # war": a speaker of no known side sums his side's homecomings, and the side
                # last heard speaking in the text is the likeliest one ("freed through its
                # efforts", a go-between's, are of both sides)
                receiver = self._side_last_heard(belligerents)
            if (
                receiver is None
                and tally
                and predicate.move is not Move.SWAP
                and (secured or self._category(figure, previous) is PersonCategory.OTHER)
                and not self._mediators_own_verb(figure, predicate, belligerents)
            ):
                # "In total, since 2022, 3,956 persons have been returned" in a text whose
                # homecomings all went one way: the sum of people of no kind carries on, and
                # so does an office's "had secured the release of 168"
                ways = {leg.receiver for leg in (*self.discourse.legs, *self.discourse.tallies)}
                receiver = ways.pop() if len(ways) == 1 else None
            if receiver is None and not tally:
                receiver = self._home_of_other_leg(figure, belligerents)
            if receiver is None and not tally and not symmetric:
                carried = self._more_homecomers(figure)
                receiver = None if carried is None else carried.receiver
            if (
                receiver is None
                and not tally
                and not symmetric
                and came_home
                and sender is None
                and self._category(figure, previous) is PersonCategory.CHILDREN
                and not self._children_back_elsewhere(predicate)
            ):
                # "Seven children were returned to Ukraine ... Last month 15 children were
                # brought back": no side named, they went home the way the story's children did
                receiver = self._children_homes_told()
            if receiver is None and not tally and self.discourse.home in belligerents:
                # "KYIV, Nov 14 – The last exchange brought home 205 people": the home
                # of a story filed from one side's capital
                receiver = self.discourse.home
            if receiver is None and not tally and not symmetric:
                receiver = self._recap_home(belligerents)
            if receiver is None and not tally and not symmetric:
                receiver = self._guests_home(belligerents)
            if referred and region not in belligerents and self._regions_told(figure):
                # "46 residents of the region were returned" with no one region to refer to:
                # whose people they are is not said, and no side heard elsewhere is a guess
                receiver = None
            if (
                region not in belligerents
                and stayed not in belligerents
                and self._ours_of_no_side(figure)
            ):
                # "civilians from our region who were held by Russia": whoever "we" are,
                # the captor named says the home
                receiver = None
            if refused:
                receiver = kept
        category = (
            self._category(figure, previous)
            if carried is None or figure.noun is not None
            else carried.category
        )
        if figure.noun is None and (
            self._other_kind_included(figure, category) or self._part_told_after(figure)
        ):
            category = PersonCategory.OTHER  # "130 more, including civilians": a mixed group
        if category is PersonCategory.WOUNDED_PRISONERS and self._pair(figure):
            # "22 wounded alongside a 175-for-175 swap": the swap is not more of the wounded
            category = self._category(figure, None)
        if (
            category is PersonCategory.WOUNDED_PRISONERS
            and figure.noun is None
            and not figure.wounded
            and carried is None
            and (previous is None or previous.sentence != self.index)
            and receiver is not None
            and self._wounded_went_other_way(receiver)
        ):
            # "Kyiv handed over 22 wounded Russians. ... In April, 246 came home": the
            # wounded went the other way, and a bare count of homecomers names no kind
            category = PersonCategory.OTHER
        if wounded_moved or (
            figure.wounded
            and category in (PersonCategory.OTHER, PersonCategory.PRISONERS_OF_WAR)
            and self._dated_part(figure, dates)
        ):
            # "including 15 seriously wounded men exchanged on Easter Saturday": wounded
            # men moved in an exchange are wounded prisoners
            category = PersonCategory.WOUNDED_PRISONERS
        guessed = (
            figure.noun is not None
            and figure.noun.category is None
            and category is not PersonCategory.OTHER
            # "130 Ukrainians - soldiers and sailors -", "115 people, all of them
            # servicemen": an aside that states the kind is no guess
            and self._all_of_kind(figure) is None
        )
        if (
            tally
            and category is not PersonCategory.REMAINS  # "the bodies of 11,000 people"
            and figure.noun is not None
            and (figure.noun.category is None or self._mixed(figure))
            and not figure.remains  # "the bodies of 11,057 people" are remains, whoever
        ):
            # "4,131 Ukrainians have come home since 2022": a running total of people of
            # no stated kind mixes soldiers and civilians
            category = PersonCategory.OTHER
        if tally and self._our_soldiers_again(figure):
            category = PersonCategory.PRISONERS_OF_WAR
        # only a swap noun sized by days ("the three-day swap in May") stands as of its
        # month; a bare run of days ("over three days in May") is told as it stands now
        several_days = tally and self._exchange_of_several_days(figure, stop, runs=False)
        if (
            tally
            and figure.noun is None
            and category in lx.SOLDIER_KINDS
            # "the three-day swap, when 1,000 were exchanged for 1,000": one exchange's
            # people, of the kind the story gives its swap, as on any one day of it; a
            # run of days ("1,000 to each side over three days") names no swap to give it
            and not several_days
            # "carried out an exchange of 700 for 700 over three days": a swap noun's even
            # pair is one exchange's size per side, as in "the three-day swap"
            and not self._swap_noun_pair(figure)
        ):
            # "... which means almost 700 have now come home in either direction": a bare
            # running total names no kind, and the swaps it sums moved civilians too
            category = PersonCategory.OTHER
        accorded = self.attribution or self._relative_attribution(figure, stop)
        attributed = accorded or self.speaker_near(figure.first)
        if attributed is PUBLISHER:
            attributed = None
        bounds: list[str] = []
        if tally:
            # "The last swap, on Jan. 3, brought 230 home; 2,828 have been freed since the
            # invasion": a date before a semicolon is its own clause's exchange, not the
            # day the total after it stands on
            dates = [d for d in dates if not self._at((";",), d.last, figure.first)]
            # "The previous round, on May 16, led to the exchange of 1,000 for 1,000,
            # carried out over three days in late May": the round's day, not the total's
            dates = [d for d in dates if not self._dates_talks_before(d)]
            if self._exchange_of_several_days(figure, stop):
                # ", carried out over three days in late May": the days' own span
                dates = self.staged_phrase_dates(figure) or dates
        else:
            # "before May 9" is the day one exchange came ahead of; a total "before June"
            # still stands as of that day
            bounds = [d.text for d in dates if self.bound_date(d)]
            dates = [d for d in dates if not self.bound_date(d)]
        date_texts, series = self._dates_for(figure, dates, series_dates)
        if not tally and not series and self._one_figure_over_listed_dates(figure, date_texts):
            return []
        if not date_texts and self._listed_day_named(figure.first) == "":
            # "on the third of those days" after a list of two: no day to put it on, and
            # the last exchange told is not the one it names
            return []
        if not tally and not date_texts and any(self.beyond_reach(d) for d in dates):
            # "days after 28 April": April or May, and neither the day told nor the
            # publication's; no date can be given to it
            return []
        picked = self._ordinal_of_listed(figure, len(date_texts)) if series else None
        if picked is not None:
            date_texts, series = (date_texts[picked],), False
        if series and len(date_texts) > 1 and self._in_list_of_sizes(figure):
            # "In April, May and June ... returning 14 and 22 bodies": sizes of some of the
            # listed handovers, not pairing one for one with them, so no date is each's
            return []
        summing = self._summing_span(figure) if tally else None
        if summing is not None:
            # "Together with Friday's group, 697 have come home": the days added up are
            # parts of the sum, not the day it stands on
            inside = {d.text for d in dates if summing[0] <= d.first < summing[1]}
            date_texts = tuple(t for t in date_texts if t not in inside)
        if counter and previous is not None and previous.sentence == self.index:
            # "230 were freed in return for 248 Russian ones, and four weeks later, on Jan.
            # 31, ...": a counter figure is of its exchange, whatever date stands nearer
            date_texts, series = previous.dates, previous.series
        amount, note = figure.amount, None
        # "3,233 captives on both sides", "to 2,184, counting both sides": both sides'
        # people said to be counted together ("A and B exchanged 2,000 in all" may be per side)
        # "to Ukraine and Russia, respectively" shares the figures out: no sum of both
        both_sides = respective is None and self._both_sides(figure)
        two_way = both_sides_after or both_sides
        if (
            two_way
            and not tally
            and (
                self.exchange_count() is not None
                or self._mediators_perfect(figure, predicate, belligerents)
            )
        ):
            # "... freed 1,250 captives on both sides in seven rounds": counted over a
            # number of exchanges, a running total
            tally = True
        two_way = two_way and tally and len(belligerents) == 2
        if ((tally and total) or both_sides) and not two_way:
            # no one receiver: "410 captives from both sides" in one swap (per side would
            # say "each"), "have exchanged 2,000 in all" (per side, or in all?)
            return []
        if total and not two_way:
            # "A and B exchanged 146 prisoners", "the sides swapped more than 300": per side
            # or in all is not said, so neither direction gets a figure; the exchange keeps
            # the words in a note (or, told nowhere else, the article reports it left out).
            self.two_way = (category, figure.text)
            return []

        # "said on Thursday that 144 had been freed in the biggest swap since February":
        # the dates the figure took, where it took them as written, tell whether it is
        # dated only by its telling
        own_dates = [d for d in dates if d.text in date_texts] or dates

        def leg(a: str, b: str) -> LegDraft:
            return LegDraft(
                self.index,
                a,
                b,
                category,
                amount,
                attributed,
                accorded is not None,
                date_texts,
                series,
                note,
                tally,
                self._since_of_total(figure, dates, stop) if tally else None,
                self.exchange_count() if tally else None,
                guessed=guessed,
                definite=self.norm_at[figure.first - 1] in ("the", "all"),
                told=bool(date_texts)
                and all(
                    self._statement_date(d) or self.quoted_today(d) or self.story_today(d)
                    for d in own_dates
                ),
                added=carried is not None and figure.noun is not None,
                several_days=several_days,
                days_unnamed=not tally and self.undated_day_run(figure, dates),
                at=figure.first,
                before=bounds[0] if bounds else None,
            )

        def both_ways(a: str, b: str) -> list[LegDraft]:
            """The leg from ``a`` to ``b`` and its mirror, whose other fields are the same."""
            there = leg(a, b)
            return [there, there._replace(sender=b, receiver=a)]

        if two_way:
            # a two-way running total: the joint party of the two sides, and no sender;
            # "captives" stays of no one kind, as mediators count soldiers and civilians
            # together
            if (
                predicate is not None
                and figure.noun is not None
                and self._verb_of(predicate, figure)
            ):
                # "helped to exchange 3,233 prisoners": the swap's own verb counts them
                category = two_way_kind(category, self.norm_at[figure.np_end - 1], predicate.move)
            return [leg("", _joint_code(belligerents))]
        if (
            sender is None
            and receiver is None
            and not symmetric
            and predicate is not None
            and self._helped(predicate)
        ):
            # "... helped bring back a further three children": the way the article's
            # last figure of that kind went
            alike = [leg for leg in self.discourse.legs if leg.category is category]
            if alike:
                sender, receiver = alike[-1].sender, alike[-1].receiver
        if (
            sender is None
            and receiver is None
            and not symmetric
            and not tally
            and predicate is not None
            and self._return_noun_of(predicate, figure)
        ):
            # "In January, a separate return of seven children took place": the noun names
            # their homecoming, and every earlier figure of their kind went one way
            kind_ways = {
                (leg.sender, leg.receiver)
                for leg in self.discourse.legs
                if leg.category is category and not leg.tally
            }
            if len(kind_ways) == 1:
                sender, receiver = kind_ways.pop()
        if (
            symmetric
            and tally
            and sender is None
            and receiver is None
            and not figure.per_side
            and self._mediators_sum(figure, predicate, category, belligerents)
        ):
            # "the ICRC has so far helped the two parties hand over the remains of 2,000
            # people": the parties are the go-between's clients; its sum is of both ways
            return [leg("", _joint_code(belligerents))]
        if symmetric and sender is None and receiver is None and len(belligerents) == 2:
            a, b = belligerents
            return both_ways(a, b)
        if sender is None and receiver is None and (subjectless or not first) and not tally:
            # "75 defenders came home for 75 Russians": the figure is the verb's subject
            receiver = self._home_against_counter(figure, belligerents)
        freed = (
            None
            if receiver is not None or symmetric or tally
            else freed_to_third(
                self.norm,
                figure,
                self.m.parties,
                belligerents,
                (self.first, self.last),
                sender or self._sender_told_before(figure, belligerents),
            )
        )
        if freed is not None:
            # "ten foreign nationals ... were flown to Riyadh": a third country received them
            sender, receiver = freed
        if sender is None and receiver is not None:
            sender = _other(receiver, belligerents)
        elif (
            receiver is None
            and sender is not None
            and not self._foreigners(figure)
            and not sent_to_third(self.norm, figure, self.m.parties, self.last)
        ):
            receiver = _other(sender, belligerents)
        if (
            sender is None
            and receiver is None
            and not symmetric
            and not tally
            and predicate is not None
            and not first
            and self._contrasted_later(predicate) is not None
        ):
            # "saw 500 bodies handed over and 20 received, Russia's negotiator said": the
            # pair is told from one side, its speaker's; with no side speaking, no way is known
            speaker = self.attribution or self.speaker_near(figure.first)
            side = None if speaker is None or speaker is PUBLISHER else speaker.party
            named = {p.code for p in self.m.parties if p.role != MEDIATOR}
            later_side = self._goal_of(self._contrasted_later(predicate), belligerents)
            later_other = None if later_side is None else _other(later_side, belligerents)
            if side is None and later_side is not None and later_other is not None:
                # "40 came home, and 35 went to Russia": the later figure's goal is the
                # side the first figure left
                return [leg(later_side, later_other)]
            if side is None and len(named) == 1:
                # "Russia's negotiator ... gave the Russian figure as ...": the one side named
                side = named.pop()
            other = None if side is None else _other(side, belligerents)
            if side not in belligerents or other is None:
                return []
            sender, receiver = (side, other) if predicate.move is Move.SEND else (other, side)
        if (
            sender is None
            and receiver is None
            and not symmetric
            and not tally
            and category is PersonCategory.REMAINS
            and self.discourse.remains_way is not None
            # "in exchange for the remains of 31 of its own": the way back, not the story's
            and not counter
            and self._told_without_sides(predicate, first, figure)
        ):
            # "The first handover was of 1,212 bodies": the way the story's bodies go
            sender, receiver = self.discourse.remains_way
        if (
            sender is None
            and receiver is None
            and per_event
            and category is PersonCategory.REMAINS
            and previous is not None
            and previous.sentence == self.index
            and previous.category is PersonCategory.REMAINS
            and not previous.tally
            and previous.sender in belligerents
            and previous.receiver in belligerents
        ):
            # "Russia handed over 6,000 bodies, and since then two more, in July and
            # August, of about 1,000 bodies each": the way of the handover just told
            sender, receiver = previous.sender, previous.receiver
        if receiver is not None and receiver == self._whole_taken_to(figure):
            # "12,000 children were moved to Russia, of whom 700 have been returned": the
            # part came back from where the whole was taken
            sender, receiver = receiver, sender
        if (
            sender is None
            and previous is not None
            and previous.sentence == self.index
            and self.second_of(figure)
        ):
            # "handovers of 800 bodies to Ukraine in March and of 757 in May": the way
            # of the first "of"
            sender, receiver = previous.sender, previous.receiver
        if (
            sender is None
            and receiver is None
            and previous is not None
            and self._in_another_handover(figure, previous)
        ):
            # "Ukraine received 150 bodies on 4 January, after another on 31 December, in
            # which 82 were returned": another of the same handover, the same way
            sender, receiver = previous.sender, previous.receiver
        if (
            sender is None
            and receiver is None
            and tally
            and not symmetric
            and self._mediators_sum(figure, predicate, category, belligerents)
        ):
            return [leg("", _joint_code(belligerents))]
        if (
            sender is None
            and receiver is None
            and came_home
            and not tally
            and not symmetric
            and not unplaced
            and not self._ours_of_no_side(figure)
            # "had been freed through its mediation on Friday": a go-between's people
            # came home to both sides, each side's share unsaid
            and not (predicate is not None and self._freed_through_own_work(figure, predicate))
        ):
            soldiers = figure.noun is not None and category is PersonCategory.PRISONERS_OF_WAR
            receiver = self._story_home(belligerents, soldiers)
            sender = None if receiver is None else _other(receiver, belligerents)
        if sender is None and receiver is None and predicate is not None and not tally:
            # "... handed over 909 bodies. In return, we received 36": the giver got back
            sender, receiver = self._we_got_in_return(predicate) or (None, None)
        if sender is None and receiver is None and came_home and not (tally or symmetric):
            # "103 of our defenders came home, and the same number of Russian servicemen
            # went back": the homecomers are the other side's people than those traded
            traded = self._same_number_of_nationals_after(figure)
            if traded is None and predicate is not None:
                # "150 came home, and as many went to Russia": the later group's goal
                traded = self._later_goal(predicate, belligerents)
            if traded is not None and traded in belligerents:
                sender, receiver = traded, _other(traded, belligerents)
        if sender is None or receiver is None or sender == receiver:
            if sender is None or receiver is None:
                self._wayless.add(figure.first)
            return []
        if symmetric:
            return both_ways(sender, receiver)
        return [leg(sender, receiver)]

    def _in_another_handover(self, figure: FigureMention, previous: LegDraft) -> bool:
        """Whether the figure sizes "another" handover of remains, in a relative clause on it.

        "Ukraine received 150 bodies on 4 January, after another (handover) on 31
        December, in which 82 were returned": "another" is one more of the handover the
        sentence told, so its people went the same way. Only a handover of remains goes
        one way; in another prisoner swap a number with no side could be either side's.
        """
        if (
            previous.sentence != self.index
            or previous.tally
            or previous.category is not PersonCategory.REMAINS
            or (self.norm_at[figure.first - 2], self.norm_at[figure.first - 1]) != ("in", "which")
        ):
            return False
        at = figure.first - 3 - (self.norm_at[figure.first - 3] == ",")
        date = next((d for d in self.m.dates if d.last == at + 1), None)
        if date is None:
            return False
        at = date.first - 1 - (self.norm_at[date.first - 1] in ("on", "in"))
        at -= self.norm_at[at] in _EXCHANGE_NOUNS
        return self.norm_at[at] == "another" and previous.at is not None and previous.at < at

    def _in_larger_exchange(self, figure: FigureMention) -> bool:
        """Whether people told by where they are from came home "in a larger exchange".

        "Three men from the town came home in a larger swap" counts the town's men, a
        part of the swap's people, so no side's figure of that swap is read from it;
        "140 Ukrainians came home in a larger swap" (larger than the one told) is that
        swap's figure, and "in a larger swap than the last" compares swaps.
        """
        if self.norm_set.isdisjoint(_LARGER) or self.norm_at[figure.np_end] != "from":
            return False  # most sentences: no comparative, no people told by their home
        stop = min(self.last, figure.np_end + _LARGER_REACH)
        for i in range(figure.np_end + 1, stop):
            if self.norm_at[i] in _CLAUSE_MARKS:
                return False
            if self.norm_at[i] not in _LARGER or self.norm_at[i - 1] not in ("a", "an"):
                continue
            noun = i + 1 + (self.norm_at[i + 1] in ("prisoner", "body"))
            return (
                self.norm_at[noun] in _EXCHANGE_NOUNS
                and self.norm_at[noun + 1] != "than"
                and self.norm_at[i - 2] in ("in", "of", "during")
            )
        return False

    def _part_of_movers(self, figure: FigureMention) -> bool:
        """Whether the figure is a part of people a relative clause says were moved.

        "Two of the men who came back last week are from the region", "Among those who
        came home were two soldiers": the handover is the whole's, told elsewhere; the
        part is described, not moved on its own.
        """
        if self.norm_set.isdisjoint(("who", "that")):
            return False  # most sentences: no relative clause to tell the whole
        for t in self.m.transfers:
            rel = t.first - 1
            while rel > self.first and self.norm_at[rel] in lx.HAVE_BE_AUXILIARIES:
                rel -= 1
            # "that" only before an auxiliary: "in that swap" is no relative clause
            if not t.done or not (
                self.norm_at[rel] == "who" or (self.norm_at[rel] == "that" and rel + 1 < t.first)
            ):
                continue
            if t.first > figure.first:
                # "two of the men who came back": the figure's "of" names the whole
                if (
                    self.norm_at[figure.last] == "of"
                    and rel - figure.last <= 5
                    and "," not in self.norms[figure.last - self.first : rel - self.first]
                ):
                    return True
            elif (
                any(self.norm_at[k] == "among" for k in range(max(self.first, rel - 3), rel))
                and self.norm_at[figure.first - 1] in lx.HAVE_BE_AUXILIARIES
            ):
                return True  # "among those who came home ... were two soldiers"
        return False

    def _held_by_side(self, at: int) -> bool:
        """Whether the side at ``at`` is the agent of a verb of holding: "detained by Russia".

        "1,960 civilians detained by the Russian Federation, of whom at least 205 have
        since been released": the side that held the people is no home they came back to.
        """
        by = at - 1 - (self.norm_at[at - 1] == "the")
        return self.norm_at[by] == "by" and self.norm_at[by - 1] in _HELD_BY_VERBS

    def _returned_from(self, at: int) -> bool:
        """Whether the side at ``at`` is a return verb's "from": "returned from Ukraine".

        "brought back home from Russia" names where people left, so a homecoming told
        after it in the sentence went to the other side.
        """
        word = at - 1
        if self.norm_at[word] == "of":
            # "returned from the territory of Ukraine", "from the side of Russia"
            word = next((k for k in range(at - 2, at - 5, -1) if self.norm_at[k] == "from"), word)
        return self.norm_at[word] == "from" and any(
            t.done and t.move is not Move.SWAP and word - 3 <= t.last <= word
            for t in self.m.transfers
        )

    def _rival_before_total(self, figure: FigureMention, dates: Sequence[DateMention]) -> bool:
        """Whether an undated perfect figure is set against a running total after "but".

        "Russia said it had returned the bodies of 6,000 soldiers, but Kyiv said it had so
        far received only 1,212": the two counts answer one question, how many have come
        back, so the first is a rival total too, never a handover of the report's day. They
        are rivals only when the "but" clause names another side or cuts the count down
        ("only", "just"); "had brought home 95, but the total so far is 4,552" sets the
        day's handover beside the total, and the 95 stays a handover.
        """
        if dates or not self._at(lx.FINITE_HAVE, max(self.first, figure.first - 6), figure.first):
            return False
        buts = self._at(("but",), figure.np_end, self.last)
        if not buts:
            return False
        but = buts[0]
        before = {p.code for p in self.m.parties if p.first < figure.first}
        other_side = any(but < p.first and p.noun and p.code not in before for p in self.m.parties)
        for other in self.m.figures:
            if other.first <= but:
                continue
            cut = self._at(("only", "just"), max(but, other.first - 2), other.first)
            if (other_side or cut) and self._running_total(other, but + 1):
                return True
        return False

    def _year_shared_by_and(self, figure: FigureMention, previous: LegDraft | None) -> bool:
        """Whether "and <pronoun>" joins the figure to a year's total the sentence opened with.

        "This year we managed to bring home 41 civilians, ..., and we handed over 36
        Ukrainian civilians": the same speaker goes on under the opening "This year", so
        the second figure sums the year too.
        """
        if previous is None or previous.sentence != self.index or not previous.tally:
            return False
        if not any(
            d.first <= self.first + 1 and d.text.lower() in ("this year", "last year")
            for d in self.m.dates
        ):
            return False
        joint = next(
            (
                i
                for i in range(figure.first - 2, max(self.first, figure.first - 6), -1)
                if self.norm_at[i] == "and" and self.norm_at[i + 1] in _SAME_SPEAKER
            ),
            None,
        )
        return joint is not None and not any(joint < d.first < figure.first for d in self.m.dates)

    def _since_shared_by_and(self, figure: FigureMention, previous: LegDraft | None) -> bool:
        """Whether ", and" joins the figure to a total since the time the sentence opened with.

        "Since the first meeting, more than 1,300 prisoners had been freed, and Russia had
        transferred the remains of more than 7,000": the second perfect clause sums the
        same span as the first.
        """
        if previous is None or previous.sentence != self.index or not previous.tally:
            return False
        if self.norm_at[self.first] != "since":
            return False
        joint = next(
            (
                i
                for i in range(figure.first - 2, max(self.first, figure.first - 11), -1)
                if self.norm_at[i] == "and" and self.norm_at[i - 1] == ","
            ),
            None,
        )
        if joint is None or any(joint < d.first < figure.first for d in self.m.dates):
            return False
        return any(
            self.norm_at[i] in ("has", "have", "had") for i in range(joint + 1, figure.first)
        )

    def _period_shared_by_while(self, figure: FigureMention, previous: LegDraft | None) -> bool:
        """Whether "while" sets the figure against a total over the period the sentence opened.

        "Over the same period, the bodies of more than 6,000 were returned to Ukraine,
        while, by Moscow's count, those of 78 went to Russia": the contrast sums the
        same span as the total before it, the other way, so no exchange is dated by it.
        It is not read as that span's tally either: the span is the one a sentence
        before told, which the total's own reading does not yet carry over.
        """
        if previous is None or previous.sentence != self.index or not previous.tally:
            return False
        if self.norm_at[self.first] not in _PERIOD_OPENERS:
            return False
        opener = next(
            (
                i
                for i in range(self.first + 1, min(self.last, self.first + 5))
                if self.norm_at[i] == "period"
            ),
            None,
        )
        if opener is None or self.norm_at[opener + 1] != ",":
            return False
        joint = next(
            (
                i
                for i in range(figure.first - 1, max(self.first, figure.first - 16), -1)
                if self.norm_at[i] in ("while", "whereas")
            ),
            None,
        )
        return (
            joint is not None
            and joint > opener
            and not any(joint < d.first < figure.first for d in self.m.dates)
        )

    def _year_brought(self, figure: FigureMention) -> bool:
        """Whether a year is the subject of the verb just before the figure: "2024 saw 1,358".

        "How 2024 brought 1,358 Ukrainian prisoners home": the year moved no one; the
        figure sums every return in it, told of no day, so it is no handover.
        """
        year = figure.first - 2
        return (
            self.norm_at[figure.first - 1] in _YEAR_VERBS
            and year >= self.first
            and _BARE_YEAR.fullmatch(self.tokens[year].text) is not None
            # the year opens the subject: not "a swap on 14 September 2024 brought 103"
            and (year == self.first or self.norm_at[year - 1] in _YEAR_OPENERS)
        )

    def _perfect_total_past_swap(
        self, figure: FigureMention, found: tuple[TransferWord, bool] | None
    ) -> str | None:
        """The auxiliary of a perfect of moving, with no event of its own, far above a swap.

        "The swap on 3 March freed 140 Ukrainians. Russia has received 3,900." (or, in the
        passive, "3,900 Russians have been returned"): the present perfect counts up to
        now, and a figure an order of magnitude above the dated swap told before cannot be
        a leg of it. The pluperfect ("Moscow said 4,480 had been returned") cannot be a
        leg either, but may count up to a past moment: the caller reads no record from it.
        A swap told as "more than 200" is 200 at least, and one told only by a part of it ("8
        civilians") measures nothing; every handover told before is measured, the story's
        own ("Today 60 were freed") beside an older one recalled. A sentence that names
        its own date or exchange, or is followed by one naming this one ("today's
        exchange"), or that repeats a handover's figure told before ("Kyiv says 230 are
        home ... 230 have been returned"), keeps it. Remains go back far unevenly ("43
        bodies ... Ukraine has received 909"), so a handover of remains is no measure of
        its other way.
        """
        # each test below only rules the reading out: the cheap ones, on most figures, first
        if (
            found is None
            or not self.norm_set.isdisjoint(lx.REMAINS_NOUNS)
            # the two word tests of the end: no "has"/"have"/"had", or an exchange named
            or self.norm_set.isdisjoint(_PERFECT_AUXILIARIES)
            or not self.norm_set.isdisjoint(_EXCHANGE_NOUNS)
        ):
            return None
        sizes = [
            leg.amount.low if leg.amount.high is None else leg.amount.high
            for leg in self.discourse.legs
            if not leg.tally and leg.sentence < self.index and leg.category in _SWAP_MEASURES
        ]
        if not sizes or figure.amount.low < _FAR_LARGER * max(sizes):
            return None  # "more than 200" is 200 at least; "8 civilians" may be one group
        swap = [
            leg
            for leg in self.discourse.legs
            if not leg.tally and leg.sentence < self.index and any(map(names_a_day, leg.dates))
        ]
        if not swap or any(leg.category is PersonCategory.REMAINS for leg in swap):
            return None
        if any(not leg.tally and leg.amount == figure.amount for leg in self.discourse.legs):
            return None  # the same figure as a handover told before: that handover again
        if not found[1]:
            # the figure's people are the subject: "3,900 Russians have been returned"
            start = figure.np_end
        elif figure.first != found[0].last:
            return None  # the verb's object only: "has received information on thousands"
        else:
            start = self.first
        verb = found[0].first
        while self.norm_at[verb - 1] in _PERFECT_FILLERS and verb > start:
            verb -= 1
        if self.norm_at[verb - 1] not in _PERFECT_AUXILIARIES or verb - 1 < start:
            return None  # "has received" or "had received", not "were returned"
        if any(
            self.first <= d.first < self.last for d in self.m.dates
        ) or not self.norm_set.isdisjoint(_EXCHANGE_NOUNS):
            return None
        return None if self._next_sentence_names_this_event() else self.norm_at[verb - 1]

    def _next_sentence_names_this_event(self) -> bool:
        """Whether the sentence after this one names an exchange by its day or as this one.

        "Russia has received 248. The figure covers today's exchange.": the exchange
        named ("today's", "Monday's", "this") is the one the figure belongs to.
        """
        end = self.tokens[self.last - 1].end
        stop = _SENTENCE_END.search(self.text, end, end + _NEXT_SENTENCE_REACH)
        reach = end + _NEXT_SENTENCE_REACH if stop is None else stop.end()
        return _THIS_EXCHANGE.search(self.text, end, reach) is not None

    def _perfect_shared_by_and(self, figure: FigureMention, previous: LegDraft | None) -> bool:
        """Whether "and" plus a perfect joins the figure's verb to a total just told.

        "Russia had by now handed over more than 7,000 bodies and had received fewer
        than 100 in return": the second verb phrase, with no subject or date of its
        own, sums the same span as the first.
        """
        if previous is None or previous.sentence != self.index or not previous.tally:
            return False
        joint = next(
            (
                i
                for i in range(figure.first - 2, max(self.first, figure.first - 5), -1)
                if self.norm_at[i] == "and" and self.norm_at[i + 1] in _PERFECT_AUXILIARIES
            ),
            None,
        )
        if joint is None:
            joint = self._auxiliary_gapped_by_and(figure)
        if joint is None:
            return False
        return not any(joint < d.first < figure.first for d in self.m.dates) and not any(
            joint < p.first < figure.first for p in self.m.parties
        )

    def _auxiliary_gapped_by_and(self, figure: FigureMention) -> int | None:
        """The "and" before the figure's verb when that verb shares the perfect said before it.

        "Since January, Russia has handed over 4,700 bodies and received 300": "received"
        has no auxiliary of its own; the "has" before the first verb is also its, so it
        sums the same span. Not "Russia handed over 4,700 and received 300": no perfect.
        """
        verb = next(
            (t for t in reversed(self.m.transfers) if t.done and t.last <= figure.first), None
        )
        if verb is None or figure.first - verb.last > 1:
            return None  # the figure is the verb's object: "received 300", "got back 300"
        joint = verb.first - 1
        if self.norm_at[joint] != "and" or self.norm_at[joint - 1] == ",":
            return None  # ", and received 300": maybe a clause of its own
        perfect = any(
            self.norm_at[i] in _PERFECT_AUXILIARIES
            and any(t.first > i and t.last <= joint and t.done for t in self.m.transfers)
            for i in range(self.first, joint)
        )
        return joint if perfect else None

    def _side_owner(self, figure: FigureMention) -> str | None:
        """The side whose count a copula gives: "Russia's side was 110 people".

        "On Kyiv's side they are 270 soldiers": the people a side's share of an
        exchange is made of are the ones that side got back.
        """
        at = figure.first - 1
        if self.norm_at[at] not in _COPULAS_NEAR:
            return None
        at -= 2 if self.norm_at[at - 1] in _SIDE_PRONOUNS else 1
        at -= self.norm_at[at] == ","
        if self.norm_at[at] != "side" or not ends_possessive(self.tokens[at - 1].text):
            return None
        if not self.norm_set.isdisjoint(_DOCUMENTS):
            return None  # "Russia's side was 40 people on the list": names asked for, not moved
        return next(
            (
                p.code
                for p in self.m.parties
                if p.first < at <= p.last <= at + 1  # "Kyiv's side" may be one mention
                and p.role != MEDIATOR
                and p.code in self._belligerents
            ),
            None,
        )

    def _each_of_several(self, figure: FigureMention) -> bool:
        """Whether a bare "each" or "apiece" follows the figure, or "each exchange" leads it.

        "82 bodies apiece" may share a figure out over sides or over events;
        "each side", "each way", "in each direction" can only mean sides.
        """
        if any(
            self.norm_at[i] in ("each", "every") and self.norm_at[i + 1] in _EXCHANGE_NOUNS
            for i in range(max(self.first, figure.first - 4), figure.first)
        ):
            return True  # "each exchange brought 50 people home to Kyiv": per event
        if any(
            self.norm_at[i] == "each"
            and self.norm_at[i + 1] not in ("side", "sides", "way", "direction", "country", "of")
            for i in range(max(self.first, figure.first - 3), figure.first)
        ):
            return True  # "the handovers ... each brought back 1,000 bodies to Ukraine"
        at = next(
            (i for i in (figure.last, figure.np_end) if self.norm_at[i] in ("each", "apiece")), None
        )
        if at is None:
            return False
        return self.norm_at[at + 1] not in ("side", "sides", "way", "direction", "country")

    def _each_exchange_before(self, figure: FigureMention) -> bool:
        """Whether "each" before the figure shares it out over exchanges, not sides.

        "in exchanges that each involved about 20 prisoners", "each handover
        brought 40 bodies": the figure is the size of every one of the events.
        """
        for i in range(max(self.first + 1, figure.first - 5), figure.first):
            if self.norm_at[i] != "each":
                continue
            before = self.norm_at[i - 1]
            if before in ("that", "which"):
                before = self.norm_at[self._before_dates(i - 2)]
            elif before == "," and self._each_of_them_sizing(i, figure.first):
                # "similar handovers, each (of them) involving about 1,000 bodies": an aside
                # on the plural noun before its comma
                before = self.norm_at[i - 2]
            if before in _EXCHANGE_PLURALS or self.norm_at[i + 1] in _EXCHANGE_NOUNS:
                return True
        return False

    def _each_of_them_sizing(self, each: int, figure_first: int) -> bool:
        """Whether "each" at ``each`` opens an aside sizing every event: "each (of them) with".

        Only "each", maybe "of them" or "of these", and then one participle or
        preposition may stand before the figure ("each involving", "each of them
        carrying", "each with"); "each side" or "each of the countries" names sides.
        """
        at = each + 1
        if self.norm_at[at] == "of" and self.norm_at[at + 1] in ("them", "these", "those"):
            at += 2
        if at >= figure_first:
            return False
        word = self.norm_at[at]
        return (word.endswith("ing") or word in ("with", "of")) and all(
            self.norm_at[k] in lx.FIGURE_HEDGE_WORDS for k in range(at + 1, figure_first)
        )

    def _spelled_out_after_dash(
        self, figure: FigureMention, previous: LegDraft, start: int
    ) -> bool:
        """Whether a dash right after the last figure's noun opens its breakdown.

        "with 230 Ukrainians — 224 servicemen and six civilians — returning home":
        the parts went the way the whole did, whatever verb follows the aside. Plain
        text's spaced hyphen ("84 Ukrainians - 33 civilians and 51 soldiers -") is one.
        """
        return (
            figure.noun is not None
            and start == figure.first - 1
            and self._aside_dash(start)
            and any(f.np_end == start and f.amount == previous.amount for f in self.m.figures)
        )

    def _spelled_out_after_verb(
        self, figure: FigureMention, predicate: TransferWord | None
    ) -> bool:
        """Whether the figure is listed after a dash or comma right after the whole's own verb.

        "207 Ukrainians had been returned – 180 servicemen and 27 civilians –": the
        verb is the whole's, not one the parts are the object of, so the parts went
        the way the whole did (the parts have no verb of their own).
        """
        head = figure
        for before in reversed([f for f in self.m.figures if f.first < figure.first]):
            if not {self.norm_at[i] for i in range(before.np_end, head.first)} <= {",", "and"}:
                break
            head = before  # "180 servicemen and 27 civilians": the list's first part
        dash = head.first - 1
        # 'Kyiv said 230 Ukrainians had returned, "213 servicemen and 17 civilians"': a
        # comma (and a quote) before the list spells the whole out as a dash does
        dash -= self.norm_at[dash] in lx.QUOTE_MARKS
        if figure.noun is None or predicate is None or self.norm_at[dash] not in DASHES | {","}:
            return False
        if self.norm_at[dash] == "," and any(
            t.first >= figure.last and not self._at((";",), figure.last, t.first)
            for t in self.m.transfers
        ):
            return False  # "189 crossed, 150 Russians having been handed over": a verb of its own
        whole = next((f for f in reversed(self.m.figures) if f.np_end <= predicate.first), None)
        if whole is None or whole.noun is None:
            return False
        in_dates = {i for d in self.m.dates for i in range(d.first, d.last)}
        return all(
            self.norm_at[i] in _VERB_GROUP_WORDS for i in range(whole.np_end, predicate.first)
        ) and all(
            i in in_dates or self.norm_at[i] in ("home", "back", "on")
            for i in range(predicate.last, dash)
        )

    def _fronted_subject(
        self, figure: FigureMention, predicate: TransferWord | None, first: bool
    ) -> str | None:
        """The side that does the verb after an aside holding ``figure``, when one does.

        "In July and August — each time about 1,000 bodies — Ukraine took back its
        dead": the aside closes, and a side named right before the verb is its subject.
        """
        if predicate is None or first:
            return None
        # "— 40 prisoners each time —": the aside may end on the figure's distributor
        # "- each time about 1,000 -": plain text types the aside's dashes as spaced hyphens
        close = next(
            (i for i in range(figure.np_end, figure.np_end + 3) if self._aside_dash(i)), None
        )
        if close is None:
            close = self._comma_recurring_aside(figure) or self._stage_list_close(figure, predicate)
            aside = self._dated_sizes_aside(figure)
            close = close or (aside[1] if aside is not None else None)
        elif not any(
            self.tokens[i].text == self.tokens[close].text and self._aside_dash(i)
            for i in range(self.first, figure.first)
        ):
            return None  # an aside opens before the figure and closes after it, dash for dash
        if close is None or close >= predicate.first:
            return None
        head = predicate.first - 1
        while head > close and self.norm_at[head] in _VERB_GROUP_WORDS:
            head -= 1
        if head - close <= 2:
            # "in three stages of 84, 90 and 95 bodies, the government took back its own
            # soldiers' remains": a subject of no side, resolved by whose people it got
            state = self._sideless_state_subject(predicate, head)
            if state:
                return state[0].code
        party = next((p for p in self._actors() if p.first > close), None)
        if party is None or party.first - close > 2 or not party.noun:
            return None
        between = range(party.last, predicate.first)
        if len(between) > 3 or not all(self.norm_at[i] in _VERB_GROUP_WORDS for i in between):
            return None
        return party.code

    def _aside_dash(self, i: int) -> bool:
        """Whether the token at ``i`` is a dash or a spaced hyphen typed for one."""
        return self.norm_at[i] in DASHES or self.spaced_dash(i)

    def _stage_list_close(self, figure: FigureMention, predicate: TransferWord) -> int | None:
        """The comma closing a fronted "in three stages of 84, 90 and 95, ..." before its clause.

        The listed sizes open the sentence as a phrase of their own, however long its
        dated tail; the last comma before the verb closes it, and the side named right
        after that comma does the handing over.
        """
        head = self._listed_run(figure)[0].first
        if self.norm_at[head - 1] != "of" or self.norm_at[head - 2] not in STAGE_NOUNS:
            return None
        return next(
            (i for i in range(predicate.first - 1, figure.np_end, -1) if self.norm_at[i] == ","),
            None,
        )

    def _comma_recurring_aside(self, figure: FigureMention) -> int | None:
        """The closing comma of "..., about 1,000 each time, Ukraine took back ...".

        An aside set off by commas that holds nothing but a figure and its
        distributor ("each time", "each month") sizes every one of the handovers
        the clause after it tells, like an aside between dashes does.
        """
        if self.norm_at[figure.first - 1] != ",":
            return None
        for i in range(figure.last, min(self.last, figure.np_end + 3)):
            if self.norm_at[i] == "each" and self.norm_at[i + 1] in lx.RECURRING:
                return i + 2 if self.norm_at[i + 2] == "," else None
        return None

    def _gapped_from_total(
        self, figure: FigureMention, previous: LegDraft | None, start: int
    ) -> bool:
        """Whether a bare "and N" shares the verb of a running total just before it.

        "the stages since Wednesday had brought 6,060 bodies back to Ukraine and 78
        to Russia": the second figure is summed over the same stages as the first.
        """
        return (
            previous is not None
            and previous.tally
            and previous.sentence == self.index
            and self.norm_at[figure.first - 1] == "and"
            and not any(start <= t.first < figure.first for t in self.m.transfers)
        )

    def _in_aside_before(self, noun: TransferWord, predicate: TransferWord) -> bool:
        """Whether ``noun`` stands in a prepositional aside set off by commas right before the verb.

        "the Russian side, in the second of those handovers, got back the same number": the
        handover named in the aside is not a clause of its own, so the subject before the
        aside stays in reach of the verb.
        """
        close = predicate.first - 1
        while close > noun.last and self.norm_at[close] in _VERB_GROUP_WORDS:
            close -= 1
        if close < noun.last or self.norm_at[close] != ",":
            return False
        opening = next(
            (
                i
                for i in range(noun.first - 1, max(self.first, noun.first - 8) - 1, -1)
                if self.norm_at[i] == ","
            ),
            None,
        )
        return (
            opening is not None
            and self.norm_at[opening + 1] in _PREPOSITIONS | {"at", "during", "under"}
            and "," not in self.norms[opening + 1 - self.first : close - self.first]
        )

    def _counted_in_first_conjunct(self, noun: TransferWord, predicate: TransferWord) -> bool:
        """Whether ``noun`` counts exchanges in the clause whose subject ``predicate`` shares.

        "Ukraine has carried out 50 exchanges since 2022 and has, by official figures,
        got back 3,900 people": the second verb phrase, opened by "and" (and an
        auxiliary), has the first one's subject; the exchanges counted there are
        that verb's object, not a subject of their own.
        """
        if self.norm_at[noun.last - 1] not in _EXCHANGE_PLURALS:
            return False
        j = predicate.first - 1
        opens = predicate.first  # "..., securing the release of 640": the participle's start
        if self.norm_at[j] == "the" and self.norm_at[j - 1].endswith("ing"):
            opens = j - 1
        if self.norm_at[opens - 1] == "," and self.norm_at[opens].endswith("ing"):
            # "has held 30 swaps since March, freeing 640 people": a participle after the
            # comma has the clause's subject, and the people freed are the swaps' sum
            return opens - 1 >= noun.last
        if self.norm_at[j] == ",":  # ", according to official figures,": an aside
            j = next(
                (i - 1 for i in range(j - 1, max(noun.last, j - 8), -1) if self.norm_at[i] == ","),
                noun.last,
            )
        if self.norm_at[j] in ("has", "have", "had"):
            j -= 1
        return j >= noun.last and self.norm_at[j] == "and"

    def _bare_total_returned(self, figure: FigureMention) -> bool:
        """Whether a bare number is a side's running total: "3,700 have been freed since 2022".

        A number that is the subject of a perfect passive of return, in a clause
        that counts many exchanges, told by a speaker of a known side, counts that
        side's people brought home; the number alone, or the verb, is not enough.
        """
        if self.tokens[figure.last - 1].kind != NUM or self.norm_at[figure.last] not in (
            "have",
            "has",
            "had",
        ):
            return False
        j = figure.last + 1
        while (
            self.norm_at[j] in ("now", "so", "far", "already", "since", "all")
            and j < figure.last + 4
        ):
            j += 1
        if self.norm_at[j] != "been" or not _lemmas.is_transfer_form(self.norm_at[j + 1]):
            return False
        speaker = self.attribution or self.speaker_near(figure.first)
        if speaker is None or speaker is PUBLISHER or speaker.party is None:
            return False
        counted = self.discourse.counted
        whole = any(
            f.noun is not None
            and not _HELD_OR_TAKEN.isdisjoint(
                self.norms[f.np_end - self.first : f.np_end + 3 - self.first]
            )
            for f in self.m.figures
            if f.last <= figure.first
        )
        if whole or (counted is not None and counted[0] == self.index - 1):
            # "19,000 soldiers were captured. ... 1,366 have been brought back": a part of
            # the people counted just before, whoever's they were, is not the speaker's total
            return False
        return self._running_total(figure, self.first)

    def _after_counted_exchanges(self, predicate: TransferWord) -> bool:
        """Whether a number of exchanges is the first conjunct's object: "held 50 swaps and"."""
        return any(
            t.last <= predicate.first
            and self._counted_in_first_conjunct(t, predicate)
            # "50 exchanges", "dozens of swaps", "30 prisoner swaps"
            and any(
                self.tokens[j].kind == NUM or self.norm_at[j] in lx.NUMBER_WORDS
                for j in (
                    t.first - 1,
                    t.first - 2 if self.norm_at[t.first - 1] in _COUNTED_EXCHANGE_LINKS else -1,
                )
                if j >= self.first
            )
            for t in self.m.transfers
        )

    def _freed_own(self, predicate: TransferWord, subject: str) -> bool:
        """Whether a side announces it "has freed" people: its own, brought home from captivity.

        "Ukraine says it has freed 116 people" is the speaker's side getting its
        people back; "freed" of the enemy's people names them ("freed 90 Russian
        soldiers"), and their nationality decides the direction before this is asked.
        An own official's "returned" is no such cue: "the Russian defence ministry said
        Russia had returned 150 prisoners" is Russia handing them over.
        """
        if _lemmas.lemma(self.norm_at[predicate.last - 1]) != "free":
            return False
        speaker = self.speaker_near(predicate.first)
        return (
            speaker is not None
            and speaker.party == subject
            and any(
                self.norm_at[i] in lx.SPEECH
                for i in range(max(self.first, predicate.first - 6), predicate.first)
            )
            and self._freed_ones_own(predicate)
        )

    def _freed_ones_own(self, predicate: TransferWord) -> bool:
        """Whether nothing after "it freed N" says the side got people back in return.

        A side's "freed" is its own people brought home ("Ukraine says it has freed 116
        people"), but when the same side is then said to receive ("Russia said it had
        freed 150 - the same number it received", "freed 90 and got back 90 in return")
        the freed went the other way, out of its hands. ("In exchange for" names no way.)
        """
        return not any(
            word.first > predicate.last
            and word.move is Move.RECEIVE
            and self.norm_at[word.first - 1] in ("it", "and", "they")
            for word in self.m.transfers
        )

    def _repatriated_own(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether a side "has repatriated" people with no place named: it brought its own home.

        "Since 2022 Kyiv has repatriated 18,000 bodies" is Kyiv getting its dead back;
        "repatriated 40 bodies to Russia" names where they went, and a passive
        ("were repatriated") has no side as its subject.
        """
        return (
            _lemmas.lemma(self.norm_at[predicate.last - 1]) == "repatriate"
            and self.norm_at[predicate.first - 1]
            not in ("be", "been", "being", "is", "are", "was", "were")
            and self.norm_at[figure.np_end] not in ("to", "into")
        )

    def _freed_in_swaps(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether a side "had freed" people "in swaps": it won its own back by trading.

        "Ukraine had freed several hundred prisoners in smaller swaps since the start of
        the war": freed through exchanges over time, the people are the subject's own;
        a nationality ("freed 90 Russian soldiers") decides before this is asked.
        """
        if _lemmas.lemma(self.norm_at[predicate.last - 1]) != "free":
            return False
        if self.norm_at[predicate.first - 1] not in ("has", "have", "had"):
            return False
        after = self.norms[figure.np_end - self.first : figure.np_end + 4 - self.first]
        return after[:1] == ["in"] and not _EXCHANGE_PLURALS.isdisjoint(after[1:])

    def _foreigner_home_with_side(
        self,
        figure: FigureMention,
        predicate: TransferWord | None,
        nationality: str | None,
        belligerents: Sequence[str],
    ) -> bool:
        """Whether a third country's national "came home" joined to a side's own people.

        "52 soldiers and one Briton came home": the foreigner crossed with the side's
        soldiers into that side's care, not home to his own country, and the sentence
        does not say where he went next, so his leg is refused rather than guessed.
        A foreigner told alone ("two Britons came home") is still sent home.
        """
        if (
            nationality is None
            or nationality in belligerents
            or predicate is None
            or predicate.move is not Move.RECEIVE
            or self.norm_at[figure.first - 1] != "and"
            or not self._home(predicate)
        ):
            return False
        return any(
            other.np_end == figure.first - 1 and other.nationality in (None, *belligerents)
            for other in self.m.figures
        )

    def _freeing_through_swaps(self, predicate: TransferWord) -> bool:
        """Whether "freeing" follows a side's exchange, held or carried out: its own freed.

        "Ukraine has carried out more than 40 exchanges, freeing about 800 people" and
        "Kyiv held a swap on Friday, freeing 70 people": the participle says what the
        side's swap won back; a nationality on the people decides before this is asked,
        and a clause that itself moves people one way ("handed over 30 in a swap,
        freeing ...") or only deals with the swap ("agreed a swap", "held up the swap")
        is left to the other rules.
        """
        if self.norm_at[predicate.first] != "freeing" or self.norm_at[predicate.first - 1] != ",":
            return False
        clause = self._clause_start(predicate.first - 1, self.first)
        before = [self.norm_at[i] for i in range(clause, predicate.first - 1)]
        if not {"has", "have", "had"}.isdisjoint(before):
            return not _EXCHANGE_PLURALS.isdisjoint(before)
        held = any(
            word in _HELD_EXCHANGE and after != "up" for word, after in itertools.pairwise(before)
        )
        return (
            held
            and not _EXCHANGE_NOUNS.isdisjoint(before)
            and not any(
                clause <= word.first < predicate.first and word.move in (Move.SEND, Move.RECEIVE)
                for word in self.m.transfers
            )
        )

    def _freeing_after_dealt_swap(self, predicate: TransferWord) -> bool:
        """Whether "freeing" follows a clause that only deals with a swap: whose is unsaid.

        "Kyiv agreed a swap with Moscow on Friday, freeing 64 people": agreeing to (or
        negotiating) a swap moves no one, so the side is neither the sender nor surely
        the receiver of the people freed (a held swap is read before this is asked).
        """
        if self.norm_at[predicate.first] != "freeing" or self.norm_at[predicate.first - 1] != ",":
            return False
        clause = self._clause_start(predicate.first - 1, self.first)
        before = {self.norm_at[i] for i in range(clause, predicate.first - 1)}
        return not (
            _EXCHANGE_NOUNS.isdisjoint(before) and _EXCHANGE_PLURALS.isdisjoint(before)
        ) and not any(
            clause <= word.first < predicate.first and word.move in (Move.SEND, Move.RECEIVE)
            for word in self.m.transfers
        )

    def _returned_own_fallen(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether a side "returned" its own "fallen" people: it brought their bodies home.

        "Ukraine has returned the bodies of more than 10,000 fallen citizens": "fallen"
        honours the dead of one's own side, and "citizens", "defenders" or "heroes"
        with no nationality are the subject's own, so the subject got them back.
        """
        if _lemmas.lemma(self.norm_at[predicate.last - 1]) != "return" or self.norm_at[
            predicate.first - 1
        ] in ("be", "been", "being", "is", "are", "was", "were"):
            return False
        words = [self.norm_at[i] for i in range(figure.first, figure.np_end)]
        return (
            "fallen" in words
            and words[-1] in _OWN_FALLEN_HEADS
            and lx.SIDE_ADJECTIVES.isdisjoint(words)
            and not any(self.tokens[i].poss for i in range(figure.first, figure.np_end))
        )

    def _ukraine_returned_defenders(
        self, predicate: TransferWord, figure: FigureMention, code: str
    ) -> bool:
        """Whether Ukraine "returned" its "defenders": it brought them home.

        "Kyiv returned the bodies of 40 defenders", "Ukraine has returned 90 defenders
        home": the word is Ukraine's for its own soldiers, so with Ukraine the subject and
        no side named on the people, Ukraine got them back ("Russia returned 40 defenders"
        gave).
        """
        if code != "UKR" or _lemmas.lemma(self.norm_at[predicate.last - 1]) != "return":
            return False
        if self.norm_at[predicate.first - 1] in ("be", "been", "being", "is", "are", "was", "were"):
            return False
        words = [self.norm_at[i] for i in range(figure.first, figure.np_end)]
        return (
            bool(words)
            and words[-1] == "defenders"
            and lx.SIDE_ADJECTIVES.isdisjoint(words)
            and not any(self.tokens[i].poss for i in range(figure.first, figure.np_end))
        )

    def _receiver_contradicted(
        self,
        figure: FigureMention,
        verb_receiver: str | None,
        nationality: str | None,
        symmetric: bool,
    ) -> bool:
        """Whether the side a verb of getting names is not the side the people are of.

        "Ukraine received 50 bodies, which were those of Russian soldiers": the verb makes
        Ukraine the receiver and the clause on the people makes them Russia's; either
        reading may be the slip, so neither is printed. So too "Moscow brought back 70
        heroes, according to Ukraine's ombudsman": a side calls only its own people heroes.
        """
        if verb_receiver is None or symmetric:
            return False
        if nationality is not None:
            return nationality != verb_receiver
        owner = self._heroes_owner(figure)
        return owner is not None and owner != verb_receiver

    def _own_verb_after_and(self, at: int, predicate: TransferWord | None) -> bool:
        """Whether "and" at ``at`` opens a verb of moving of its own after the figure's object.

        "Ukraine received 17 civilians and returned to Russia 11 people": the object of the
        first verb ends at "and"; the "to" after the second verb is where its own figure
        went, not the first one's.
        """
        return (
            predicate is not None
            and at > predicate.last
            and self.norm_at[at] == "and"
            and any(
                t.first == at + 1 and t.move is not Move.EVENT and t.done for t in self.m.transfers
            )
        )

    def _told_receiver(
        self, subject: list[PartyMention], predicate: TransferWord, figure: FigureMention
    ) -> bool:
        """Whether one side named just before a verb of getting got the figure just after it.

        "Kyiv has received 50 bodies": only then is the receiver told rather than worked
        out. A subject shared over "and" or a participle ("..., receiving in return 24"),
        or a figure further on ("got back 207 for 195 Russians", "received 144 and the
        same number of ..."), may belong to another clause or the other way.
        """
        if len(subject) != 1 or subject[0].last > predicate.first:
            return False
        if self.norm_at[subject[0].first] in lx.NEW_SUBJECTS | lx.POSSESSIVE_PRONOUNS:
            return False  # "it had received": a side worked out from a pronoun, not named
        if not all(
            self.norm_at[i] in _VERB_GROUP_WORDS for i in range(subject[0].last, predicate.first)
        ):
            return False
        if _lemmas.lemma(self.norm_at[predicate.last - 1]) == "bring":
            return False  # "Russia brought 120 Ukrainians back home": the carrier, maybe
        between = range(predicate.last, figure.first)
        return len(between) <= OWN_OBJECT_REACH and all(self.norm_at[i].isalpha() for i in between)

    def _heroes_owner(self, figure: FigureMention) -> str | None:
        """The side whose "heroes" ``figure`` counts: the side of whoever tells of them.

        No side calls the other's people heroes, so "70 heroes, Zelensky said" are
        Ukraine's. None when the people have a side named on them, or no side tells.
        """
        words = [self.norm_at[i] for i in range(figure.first, figure.np_end)]
        if (
            words[-1:] != ["heroes"]
            or not lx.SIDE_ADJECTIVES.isdisjoint(words)
            or any(self.tokens[i].poss for i in range(figure.first, figure.np_end))
        ):
            return None
        teller = self.attribution or self.speaker_near(figure.first)
        if teller is None or teller is PUBLISHER or teller.party not in self._belligerents:
            return None
        return teller.party

    def _returned_own_heroes(
        self, predicate: TransferWord, figure: FigureMention, subject: str
    ) -> bool:
        """Whether a side "returned" its "heroes": it brought them home.

        "Kyiv has returned 70 more heroes": no side calls the other's people heroes, so the
        heroes are the teller's side's. "Russia has returned 70 heroes, Zelensky said" is
        Russia handing Ukraine's heroes over (the plain reading of "returned"); with no
        side telling, the word echoes the subject's own voice and the subject got them back.
        """
        if _lemmas.lemma(self.norm_at[predicate.last - 1]) != "return":
            return False
        teller = self.attribution or self.speaker_near(figure.first)
        if teller is not None and teller is not PUBLISHER and teller.party not in (None, subject):
            return False  # the other side's heroes: the subject sent them
        if self.norm_at[predicate.first - 1] in ("be", "been", "being", "is", "are", "was", "were"):
            return False
        words = [self.norm_at[i] for i in range(figure.first, figure.np_end)]
        return (
            words[-1:] == ["heroes"]
            and lx.SIDE_ADJECTIVES.isdisjoint(words)
            and not any(self.tokens[i].poss for i in range(figure.first, figure.np_end))
        )

    def _given_passive_object(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether a side "was handed over" people counted after the verb: it got them.

        "Moscow has been given back 51 bodies", "Kyiv was handed over 12 soldiers": a
        passive that keeps its object makes its subject the one given to, not the giver;
        "51 bodies were handed over to Moscow" (the people before the verb) is no such form.
        """
        before = predicate.first - 1
        if self.norm_at[before] in _PASSIVE_ADVERBS:
            before -= 1
        if self.norm_at[before] not in _PASSIVE_BE:
            return False
        # the counted people come straight after the verb: "the bodies of 40 soldiers"
        between = [self.norm_at[i] for i in range(predicate.last, figure.first)]
        return (
            (figure.noun is not None or figure.remains)
            and len(between) <= 3
            and all(w.isalpha() and w not in ("to", "by", "and", "or", "that") for w in between)
        )

    def _returned_from_captivity(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether a side "returned" people "from captivity": it brought its own back.

        "Ukraine had returned 5,857 people from captivity" says where the people
        came from, so the subject is the side that got them, not the one that gave;
        so do "from deportation" and "from occupation" ("had so far returned 1,247
        children \"from deportation and occupation\"").
        """
        at = figure.np_end + (self.norm_at[figure.np_end] in _QUOTES)
        return (
            _lemmas.lemma(self.norm_at[predicate.last - 1]) == "return"
            and self.norm_at[at] == "from"
            and self.norm_at[at + 1] in _CAPTIVITY | _HELD_AWAY
        )

    def _secured_return(self, predicate: TransferWord) -> bool:
        """Whether the subject "secured the return of" people: it is the side that got them.

        A verb of winning something before the noun of handing over ("has secured
        the release of 300 soldiers", "ensured the return of 1,600 children") makes
        its subject the side the people came back to, not the one that let them go.
        So does a verb of telling before "the return of" ("Kyiv announced the return
        of 12 civilians"): a side tells of its own people come home.
        """
        if self.norm_at[predicate.first] not in ("return", "release", "repatriation"):
            return False
        at = predicate.first - 1 - (self.norm_at[predicate.first - 1] == "the")
        if self.norm_at[predicate.first] == "return" and self.norm_at[at] in _TOLD_RETURN:
            return at < predicate.first - 1 and self.norm_at[predicate.last] == "of"
        # "brought about (led to) the return of 210": a verb and its particle, as "secured"
        particle = _CAUSED_BY_PARTICLE.get(self.norm_at[at])
        return self.norm_at[at] in _WON_VERBS or (
            particle is not None and self.norm_at[at - 1] in particle
        )

    def _office_won(self, predicate: TransferWord) -> bool:
        """Whether an office or a person, told by a pronoun, won "the return of" people.

        "it had (helped) secure(d) the release of 168", "the office has secured the
        return of 174": one side's office speaking of its own work. A mediation ("which
        secured the release of 292 captives in total", "Qatar said it had secured") is no
        side's, so it is left out.
        """
        at = predicate.first - 1 - (self.norm_at[predicate.first - 1] == "the")
        if self.norm_at[at] not in _WON_VERBS:
            return False
        at -= 1
        while at > self.first and self.norm_at[at] in _WON_FILLERS:
            at -= 1
        # "Saudi Arabia said it had secured the release of ten": the go-between's own work
        return self.norm_at[at] in _OFFICE_SUBJECTS and not any(
            p.role == MEDIATOR for p in self.m.parties if p.first < at
        )

    def _reunited(self, predicate: TransferWord) -> bool:
        return self.norm_at[predicate.first].startswith(("reunit", "reunif"))

    def _lost_object(self, figure: FigureMention) -> bool:
        """Whether people are the object of a verb of losing: "Russia had lost 900 soldiers".

        A side's lost soldiers are a loss, whatever moves later in the sentence
        ("..., bringing its estimate to ..." hands no one over).
        """
        return figure.noun is not None and self.norm_at[figure.first - 1] in lx.LOSS_VERBS

    def _in_which_of_one_exchange(self, figure: FigureMention) -> tuple[int, int] | None:
        """Where the one exchange the figure's "in which" clause hangs on is named: its noun
        and the "which"; None when the figure stands in no such clause.

        "Four swaps since March, among them the May exchange, in which Kyiv recovered 212
        people": the clause sizes that one exchange, not the running total the span before
        it frames, and its date is the exchange's; "a four-day exchange" still sums its days.
        """
        if "which" not in self.norm_set:
            return None  # most sentences: no relative clause to hang on an exchange
        for i in range(figure.first - 1, max(self.first + 2, figure.first - _IN_WHICH_REACH), -1):
            if self.norm_at[i] in (";", ",") or self.norm_at[i] in _IN_ALL_WORDS:
                return None
            if self.norm_at[i] != "which":
                continue
            if self.norm_at[i - 1] not in ("in", "during") or self.norm_at[i - 2] != ",":
                return None
            for j in range(i - 3, max(self.first, i - 8) - 1, -1):
                if self.norm_at[j] in _CLAUSE_MARKS:
                    return None
                if self.norm_at[j] in _ONE_EXCHANGE_NOUNS:
                    # "each exchange" is no one exchange; "a four-day exchange" sums its days
                    several = (
                        self.norm_at[j - 1] in ("each", "every") or j - 1 in self.day_sized_swaps
                    )
                    return None if several else (j, i)
            return None
        return None

    def _own_event(self, figure: FigureMention, dates: list[DateMention]) -> bool:
        """Whether a part of a running total is told as one exchange of its own:
        "..., including 15 seriously wounded men exchanged on Easter Saturday".
        """
        if self.norm_at[figure.first - 1] != "including" or figure.noun is None:
            return False
        verb = figure.np_end
        if not _lemmas.is_transfer_form(self.norm_at[verb]):
            return False
        return any(verb < d.first <= verb + 3 and not d.since for d in dates)

    def _agreed_whole(self, figure: FigureMention) -> bool:
        """Whether the words after "Of the N ..." up to the comma say the N were only agreed."""
        for i in range(figure.np_end, min(self.last, figure.np_end + 12)):
            if self.norm_at[i] == ",":
                return False
            if self.norm_at[i] in _AGREEMENT_VERBS or self.norm_at[i] in _UNDONE:
                return True
        return False

    def _each_of_counted_handovers(self, figure: FigureMention) -> bool:
        """Whether the figure is the size of every one of several handovers: "of 1,200 each".

        "three handovers of 1,200 each", "two repatriations of 500 apiece", "two more
        handovers followed, in July and August, each of about 1,000 bodies": the figure
        is counted once per counted event (each dated by the list it comes with), not a
        running sum of the events, nor a figure per side.
        """
        return self._counted_handovers_at(figure) is not None

    def _more_of_the_handover(self, figure: FigureMention, previous: LegDraft) -> bool:
        """Whether the figure sizes counted handovers that carry on the handover just told.

        "Russia handed over 6,000 bodies, and two more handovers followed, in July and
        August, each of about 1,000 bodies": in one sentence, or in the next when that
        opens with the count of "more" handovers ("... in June. Two more handovers ...").
        """
        counted = self._counted_handovers_at(figure)
        if counted is None:
            return False
        if previous.sentence == self.index:
            return True
        return (
            previous.sentence == self.index - 1
            and counted == self.first
            and self.norm_at[counted + 1] in ("more", "further")
        )

    def _counted_handovers_at(self, figure: FigureMention) -> int | None:
        """Where the count of the handovers the figure sizes one by one stands, else None."""
        if self.norm_at[figure.first - 1] != "of":
            return None
        each_before = self.norm_at[figure.first - 2] == "each"
        at = self._before_listed_months(figure.first - 2 - each_before) + 1
        if self.norm_at[at - 1] in _CAME_AFTER and self.norm_at[at - 2] in _EXCHANGE_PLURALS:
            at -= 1  # "two more handovers followed, in July and August, each of 1,000"
        elif (self.norm_at[at - 2], self.norm_at[at - 1]) == ("took", "place") and self.norm_at[
            at - 3
        ] in _EXCHANGE_PLURALS:
            at -= 2  # "two further handovers took place, on 4 and 9 March, of 700 each"
        if self.norm_at[at - 1] in _EXCHANGE_PLURALS:
            at -= 1
        elif at >= figure.first - 1 - each_before or self.norm_at[at - 1] not in _MORE:
            return None  # "two more, in July and August, of 1,000 each": the noun left out
        # the handovers are counted ("three handovers of"): without a count, "swaps of 103
        # each on Sept. 14 and 95 each on Oct. 18" gives each swap's figure per side
        counted = at - 1 - (self.norm_at[at - 1] in _MORE)
        if not (self.norm_at[counted].isdigit() or self.norm_at[counted] in lx.NUMBER_WORDS):
            return None
        if each_before:
            # "each of 1,000 bodies": the "each" before the figure, nothing after it
            sized = self.norm_at[figure.np_end] not in ("each", "apiece", "way", "side")
        else:
            sized = self.norm_at[figure.np_end] in ("each", "apiece") and self.norm_at[
                figure.np_end + 1
            ] not in ("way", "side", "direction")
        return counted if sized else None

    def _before_listed_months(self, at: int) -> int:
        """The word before a list of months or days set off by commas ending at ``at``, else ``at``.

        "two more handovers, in July and again in August, of 1,000 each", "two more
        handovers followed, on 3 and on 9 March, of 500 each": the list stands between
        the handovers and the "of" that sizes them.
        """
        if self.norm_at[at] != ",":
            return at
        dated = {i for d in self.m.dates if not d.since for i in range(d.first, d.last)}
        j = at - 1
        while j > max(self.first, at - 16) and (
            self.norm_at[j] in lx.MONTHS
            or j in dated
            or self.norm_at[j] in ("in", "on", "and", "again", "then", ",")
        ):
            j -= 1
        listed = any(self.norm_at[k] in lx.MONTHS or k in dated for k in range(j + 1, at))
        return j if listed and self.norm_at[j + 1] == "," else at

    def _dated_apart(
        self, figure: FigureMention, dates: list[DateMention], series: tuple[str, ...]
    ) -> bool:
        """Whether a figure has a date of its own after the listed series, nearer than the list.

        "three handovers of 1,200 each, on 13, 14 and 15 June, and a final one on
        Monday 16 June, when 1,245 bodies were transferred": the list dates the
        1,200s; the 1,245 has its own day, standing between the list and it. A day
        opening a clause of its own (", and on 17 October, in the swap that freed 108
        women, Kyiv said ... 110") dates what follows it, other figures between or not.
        """
        listed = [d for d in dates if d.text in series]
        if not listed or any(d.first > figure.first for d in listed):
            return False
        end = max(d.last for d in listed)
        return any(
            d.text not in series
            and not d.since
            and end <= d.first < figure.first
            and (
                not self._figure_between(d.last, figure.first)
                or another_day_opens(self.norms, d.first - 2 - self.first)
            )
            for d in dates
        )

    def _opens_item(self, date: DateMention) -> bool:
        """Whether ``date`` opens a list item: right after ": on" or "; in"."""
        return self.norm_at[date.first - 1] in ("on", "in") and self.norm_at[date.first - 2] in (
            ":",
            ";",
        )

    def _series_itemised(
        self, figure: FigureMention, dates: list[DateMention], series: tuple[str, ...]
    ) -> bool:
        """Whether the items after a colon past ``figure`` tell each month of its series.

        "In May and June - each time about 900 bodies - Kyiv took its dead back: on
        9 May, 900 came for 20; on 6 June, 905 for 31": the figure told for each month
        sums up the items listed after it, each with a day of its own in that month,
        so it is no handover besides them.
        """
        if len(series) < 2 or not all(d.lower() in lx.MONTHS for d in series):
            return False
        colon = next((i for i in range(figure.np_end, self.last) if self.norm_at[i] == ":"), None)
        if colon is None:
            return False
        items = [d for d in dates if d.first > colon and self._opens_item(d) and self._sized(d)]
        months = {w.lower() for d in items for w in d.text.split()}
        return all(m.lower() in months for m in series)

    def _sized(self, date: DateMention) -> bool:
        """Whether a figure stands in the item ``date`` opens, before the next semicolon."""
        end = next((i for i in range(date.last, self.last) if self.norm_at[i] == ";"), self.last)
        return any(date.last <= f.first < end for f in self.m.figures)

    def _repeated_at(self, figure: FigureMention, dates: list[DateMention]) -> tuple[str, ...]:
        """The dates "again" repeats a figure at, right after it: "19 in July and again in August".

        The same number moved at each listed date, one handover each; () when the
        figure has no such list of its own.
        """
        at = figure.np_end
        if self.norm_at[at] not in ("in", "on"):
            return ()
        first = next((d for d in dates if d.first == at + 1), None)
        if first is None:
            return ()
        members = [d for d in dates if d.group == first.group and d.first >= first.first]
        if len(members) < 2 or not (_told_again(members, self) or _again_closes(members, self)):
            return ()
        return tuple(d.text for d in members)

    def _own_date_after_series(
        self, figure: FigureMention, dates: list[DateMention], series: tuple[str, ...]
    ) -> bool:
        """Whether a figure after the listed series has a month or day right after it.

        "Then in July, August and September - each time about 1,000 bodies - Kyiv
        took back its dead, while Russia received 19 in July, 24 in September": the
        list dates the 1,000s; "19 in July" names its own month.
        """
        if not any(d.text in series and d.last <= figure.first for d in dates):
            return False
        at = figure.np_end
        return self.norm_at[at] in ("in", "on") and any(d.first == at + 1 for d in dates)

    def _series_beyond(
        self, figure: FigureMention, dates: list[DateMention], series: tuple[str, ...]
    ) -> bool:
        """Whether the listed series belongs to a later clause, past a semicolon.

        "In June 6,057 bodies came back; in July and August about 1,000 each month
        followed": the months share out the 1,000, not the 6,057 before the break.
        Nor does the series date a figure told before it with a date of its own: "In
        June 6,000 came back, and since then two more, in July and again in August".
        """
        listed = [d.first for d in dates if d.text in series]
        if not listed or min(listed) <= figure.first:
            return False
        if any(self.norm_at[i] == ";" for i in range(figure.np_end, min(listed))):
            return True
        # "on October 23, 1,000 bodies went to Ukraine and 31 to Russia, and similar
        # transfers followed in November and again in December": the figures of the clause
        # a day opens, before ", and" opens the clause of the list
        gapped_in_dated_clause = self._comma_and(figure.np_end, min(listed)) and any(
            d.text not in series
            and not d.since
            and d.last <= figure.first
            and not self._comma_and(d.last, figure.first)
            for d in dates
        )
        return (
            gapped_in_dated_clause
            or any(
                d.text not in series
                and not d.since
                and d.last <= figure.first
                and not self._figure_between(d.last, figure.first)
                for d in dates
            )
            or self._own_month_before_clause(figure, dates, series, min(listed))
        )

    def _comma_and(self, start: int, stop: int) -> bool:
        """Whether ", and" (or ", but") stands between ``start`` and ``stop``."""
        return any(
            self.norm_at[k] == "," and self.norm_at[k + 1] in ("and", "but")
            for k in range(start, stop - 1)
        )

    def _own_month_before_clause(
        self, figure: FigureMention, dates: list[DateMention], series: tuple[str, ...], at: int
    ) -> bool:
        """Whether the figure's own date follows it and a coordinated clause leads to the list.

        "Russia handed over 6,000 bodies in June and two more handovers followed, in July
        and August": the months date the later handovers, not the 6,000 with its June.
        """
        own = next(
            (
                d
                for d in dates
                if d.first in (figure.np_end, figure.np_end + 1)
                and d.text not in series
                and not d.since
                and d.last <= at
            ),
            None,
        )
        if own is None:
            return False
        between = [self.norm_at[i] for i in range(own.last, at)]
        return "and" in between and any(
            w.isalpha() and w not in _LIST_LINKS and w not in lx.MONTHS for w in between
        )

    def _one_figure_over_listed_dates(
        self, figure: FigureMention, date_texts: tuple[str, ...]
    ) -> bool:
        """Whether one figure of one exchange is dated by a date listed with others.

        "Ukraine received around 1,000 bodies in July, August and September": the
        figure is each month's or the sum over all three, and without "each time" or
        "in all" the text does not say which, so no one month has it.
        """
        if len(date_texts) != 1:
            return False
        listed = [
            d for d in self.m.dates if not d.since and self._same_clause(d.first, figure.first)
        ]
        for picked in listed:
            if not date_texts[0].startswith(picked.text):
                continue
            group = [d for d in listed if d.group == picked.group]
            first, last = min(d.first for d in group), max(d.last for d in group)
            # a list joined by "and" ("Yesterday, 13 March" is one date set off by a comma);
            # "1,000 in July and 900 in August": a figure between keeps each date its own
            # "in swaps on 3 May and 9 June, when 80 came home": the "when" clause is the
            # last date's exchange
            between = self.norms[last - self.first : figure.first - self.first]
            if (
                "and" in self.norms[first - self.first : last - self.first]
                # "on 4, 9 and 20 August": a listed day is no figure between
                and not any(
                    first < f.first < last and not any(d.first <= f.first < d.last for d in group)
                    for f in self.m.figures
                )
                and not (lx.RELATIVE_PRONOUNS | {"when", "where"}).intersection(between)
            ):
                # "each time about 1,000 bodies ..., while Russia received 19 in July and
                # August", "in each case": the sentence already shares its figures out
                return not any(
                    (norm in ("each", "every") and self.norm_at[i + 1] in lx.RECURRING)
                    or (
                        norm in lx.SERIES_ASIDES.firsts
                        and lx.SERIES_ASIDES.match(self.tokens, i, self.last) is not None
                    )
                    for i, norm in enumerate(self.norms, self.first)
                )
        return False

    def _contrasted_later(self, predicate: TransferWord) -> TransferWord | None:
        """The opposite verb a bare figure takes later in "N handed over and M received".

        A participle of handing over after its figure, answered by one of receiving
        after a bare "and M" (or the reverse), tells both ways from one side's view.
        """
        if predicate.move not in (Move.SEND, Move.RECEIVE) or not predicate.done:
            return None
        opposite = Move.RECEIVE if predicate.move is Move.SEND else Move.SEND
        for word in self.m.transfers:
            if (
                word.first > predicate.last
                and word.move is opposite
                and word.done
                and self.tokens[word.first - 1].kind == NUM
                and self.norm_at[word.first - 2] == "and"
            ):
                return word
        return None

    def _later_goal(self, predicate: TransferWord, belligerents: Sequence[str]) -> str | None:
        """The goal of a bare group joined after ``predicate``: "..., and 35 went to Russia".

        The group is a number or "as many" right after "and", its verb done.
        """
        for word in self.m.transfers:
            if word.first <= predicate.last or not word.done:
                continue
            k = word.first - 1
            if self.tokens[k].kind == NUM:
                k -= 1
            elif self.norm_at[k] == "many" and self.norm_at[k - 1] == "as":
                k -= 2
            else:
                continue
            if self.norm_at[k] == "and":
                return self._goal_of(word, belligerents)
        return None

    def _goal_of(self, word: TransferWord | None, belligerents: Sequence[str]) -> str | None:
        """The side a verb of moving names as its goal right after it: "went to Russia".

        "home" or "back" may stand between ("were sent back to Russia"); a side that is
        no belligerent of the story is no goal here.
        """
        if word is None:
            return None
        at = word.last
        if self.norm_at[at - 1] != "to":  # the verb's own "to": "went to"
            at += self.norm_at[at] in ("home", "back")
            if self.norm_at[at] != "to":
                return None
            at += 1
        return next(
            (p.code for p in self.m.parties if p.first == at and p.noun and p.code in belligerents),
            None,
        )

    def _contrasted_back(self, figure: FigureMention, previous: LegDraft | None) -> LegDraft | None:
        """The leg of a bare "and M received" after "N handed over": the other way."""
        if previous is None or previous.sentence != self.index or previous.tally:
            return None
        for word in self.m.transfers:
            if word.first > figure.first:
                break
            later = self._contrasted_later(word)
            if later is not None and later.first == figure.np_end:
                return self._listed_leg(previous, figure)._replace(
                    sender=previous.receiver, receiver=previous.sender
                )
        return None

    def _sent_the_other_way(
        self, figure: FigureMention, previous: LegDraft | None, legs: list[LegDraft]
    ) -> LegDraft | None:
        """The leg of a bare figure that went "the other way" from the one handover just told.

        "Kyiv recovered 700 bodies, against 31 sent the other way", "while 31 went in the
        opposite direction": the phrase reverses the last leg of the sentence, keeping its
        kind. After a handover told both ways it points at neither, so None.
        """
        if previous is None or previous.sentence != self.index or previous.tally:
            return None
        if self.norm_at[figure.first - 1] in _NEGATIONS:
            return None  # "no one was sent the other way": nobody went back
        if any(
            leg.sentence == self.index
            and leg.sender == previous.receiver
            and leg.receiver == previous.sender
            for leg in legs
        ):
            return None
        if self._other_way_apart(figure):
            return None
        end = _lemmas.other_way_end(self.norm, figure.np_end)
        if end is None:
            return None
        if end < self.last and self.norm_at[end] not in (".", ",", "!", "?"):
            return None  # "31 were sent the other way a month earlier": a time of its own
        return self._listed_leg(previous, figure)._replace(
            sender=previous.receiver, receiver=previous.sender
        )

    def _other_way_apart(self, figure: FigureMention) -> bool:
        """Whether a bare figure going "the other way" is told apart from the handover before.

        "; last year 31 were sent the other way", "but Russia says 31 ...", "31 ... in
        March": past a semicolon or "but", in another teller's words or at a date of its
        own, the figure is not the reverse of the same day's handover, so it is not read;
        nor after a window ("over the past week"), which makes the figure before a sum.
        """
        start = next(
            (
                k
                for k in range(figure.first - 1, self.first - 1, -1)
                if self.tokens[k].kind == NUM
                and not any(d.first <= k < d.last for d in self.m.dates)
            ),
            self.first,
        )
        # a relative clause on the people before ("1,000 bodies that Moscow says are its
        # soldiers") is said of them, not of the figure going the other way
        words = {
            self.norm_at[k]
            for k in range(start + 1, figure.first)
            if not self.clauses.in_relative(k - self.first, restrictive=True)
        }
        # the handover's own date may stand before the comma that opens the figure's clause
        opens = max(
            (k for k in range(start, figure.first) if self.norm_at[k] == ","), default=start
        )
        if any(lx.DAILY_WINDOW.match(self.tokens, k, figure.first) for k in range(start, opens)):
            return True  # "returned over the previous week, with 78 going the other way": a sum
        return bool(words & ({";", "but"} | lx.SPEECH)) or any(
            d.first > opens for d in self.m.dates
        )

    def _told_without_sides(
        self, predicate: TransferWord | None, first: bool, figure: FigureMention
    ) -> bool:
        """Whether a handover is told in a form that names no side, so context may supply it.

        A noun ("the first handover was of 1,212 bodies") or a passive with the
        figure as its subject ("when 1,245 bodies were transferred") names none;
        a verb with a subject the rules could not place ("we received 19") does,
        and a plural noun without "each" or a list of dates ("monthly handovers of
        about 1,000 bodies") tells a pattern, not one handover. Nor does a handover that is
        the verb's subject ("the previous handover brought back 501 bodies").
        """
        if predicate is None or not first or self._event_subject(predicate):
            return True
        if predicate.move is not Move.EVENT:
            return False
        if self.norm_at[predicate.first] not in _EXCHANGE_PLURALS:
            return True
        return (
            any(
                self.norm_at[i] in ("each", "apiece")
                for i in range(figure.first, min(self.last, figure.np_end + 2))
            )
            or (
                self.norm_at[figure.first - 2] == "each" and self._each_of_counted_handovers(figure)
            )
            or self._dated_item_after_colon(predicate, figure)
            # "Handovers of around 1,000 bodies took place in July and in August": the
            # plural sized by "of" over a list of dates is one handover a date
            or (
                predicate.first == figure.first - 2
                and self.norm_at[figure.first - 1] == "of"
                and bool(_series(list(self.m.dates), self))
            )
            or self._sized_each_time(predicate, figure)
        )

    def _sized_each_time(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether a plural of handovers over listed dates is sized "each time" by the figure.

        "Similar handovers took place in July, August and September, each time involving
        about 1,000 bodies": the plural (before the figure) names no side, and "each
        time" right before the figure makes it one handover's size per listed date. Not
        handovers still to come ("are expected in November and December", "will take place").
        """
        return (
            predicate.first < figure.first
            and self.norm_set.isdisjoint(lx.FUTURE | _STILL_TO_COME)
            and not self.modal_said()
            and self._each_time_before(figure)
            and bool(_series(list(self.m.dates), self))
        )


# Words of handovers not yet done, besides the future's: "further handovers are planned".
_STILL_TO_COME: Final = frozenset({"planned", "scheduled", "due", "agreed", "promised", "next"})


def _total_at(total: LegDraft, figure: FigureMention, when: DateMention) -> LegDraft:
    """``total``'s way and kind for ``figure`` at the date ``when``: an earlier state or part."""
    return total._replace(
        amount=figure.amount,
        dates=(when.text,),
        series=False,
        note=None,
        exchange_count=None,
        whole=False,
        guessed=False,
        definite=False,
    )


def _series(dates: list[DateMention], sentence: _Transfers) -> tuple[str, ...]:
    """Month names listed together with "each" or "similar": one exchange per month.

    So are days listed with no such word when the next sentence shares a list out over
    them "respectively" (see :func:`respective_list_next`).
    """
    groups: dict[int, list[DateMention]] = {}
    for date in dates:
        groups.setdefault(date.group, []).append(date)
    if not any(len(members) >= 2 for members in groups.values()):
        return ()
    # "Handovers of around 1,000 bodies took place in July and in August": a plural of
    # handovers "of" a figure sizes each of them, as "each" would
    sized_each = any(
        sentence.norm(f.first - 1) == "of" and sentence.norm(f.first - 2) in lx.EXCHANGE_PLURALS
        for f in sentence.m.figures
    )
    shared = 0
    if not sentence.norm_set & (_SERIES_WORDS | {"per"}) and not sized_each:
        # "... on July 17, Aug. 19 and Sept. 18. Russia received 19, 24 and 31
        # respectively": the list shared out next makes each day a handover of its own
        shared = respective_list_next(sentence.text, sentence.tokens[sentence.last - 1].end)
        if not shared:
            return ()
    norms = sentence.norms
    after = [*norms[1:], ""]
    words = {
        n
        for k, (n, following) in enumerate(zip(norms, after, strict=True))
        if following not in _SIDE_NOUNS and not (n == "each" and _each_of_sides(norms, k))
    }
    # "between 19 and 39 per handover": "per" with one event shares out like "each"
    per_event = any(
        n == "per" and following in _PER_EVENT for n, following in zip(norms, after, strict=True)
    )
    if not words & _SERIES_WORDS and not per_event and not sized_each and not shared:
        return ()
    for members in groups.values():
        # "on Friday, Oct. 18" names one day twice; it is not a list of days
        days = [
            d
            for k, d in enumerate(members)
            if d.text.split()[-1] not in _WEEKDAY_NAMES or _weekday_of_its_own(members, k, sentence)
        ]
        if not days and len({d.text for d in members}) >= 2 and _told_again(members, sentence):
            days = members  # "on Monday and again on Thursday": weekdays alone are a list
        if any(_HAS_DAY.search(d.text) for d in days):
            # "in November, Nov. 10 and Nov. 24": the month holds the days, it is not a third
            days = [d for d in days if _HAS_DAY.search(d.text)]
        # "1,000 bodies on July 17 and Aug. 19, and 1,003 on Nov. 20. ... 19, 24 and 36
        # respectively": the list shared out may count the days of the other figures too
        every_day = len(dates) == shared and all(_HAS_DAY.search(d.text) for d in dates)
        if len(days) >= 2 and (not shared or shared == len(days) or every_day):
            return tuple(d.text for d in days)
    return ()


def _each_of_sides(norms: list[str], k: int) -> bool:
    """Whether the "each" at ``norms[k]`` shares a figure over the sides, not over dates.

    "Russia and Ukraine each freed 90 in May and June", "freed 90 prisoners each, in
    May and June": right before the verb, or closing a figure's people before a comma,
    it counts per side. After a plural of handovers ("exchanges in May and June that
    each returned 100", "two handovers of 1,200 bodies each, on ...") or a month
    ("July and August each brought 1,000") it shares the figure over the dates.
    """
    following = norms[k + 1] if k + 1 < len(norms) else ""
    if following != "," and not _lemmas.is_transfer_form(following):
        return False
    if k == 0 or norms[k - 1] in lx.MONTHS or norms[k - 1] == ",":
        return False  # "Both transfers, in March and in April, each returned 64": per date
    return lx.HANDOVER_PLURALS.isdisjoint(norms[:k])


def _weekday_of_its_own(members: list[DateMention], k: int, sentence: _Transfers) -> bool:
    """Whether the weekday ``members[k]`` is a day of its own, not a name of a listed date.

    "on Friday of last week and on Monday": "and" parts the weekday from a date that is
    no weekday, so it is a second day; "on Friday, Oct. 18" names one day twice.
    """
    others = [members[j] for j in (k - 1, k + 1) if 0 <= j < len(members)]
    if not others:
        return False
    return all(
        o.text.split()[-1] not in _WEEKDAY_NAMES
        and "and"
        in {
            sentence.norm(i)
            for i in range(min(o.last, members[k].last), max(o.first, members[k].first))
        }
        for o in others
    )


def _told_again(members: list[DateMention], sentence: _Transfers) -> bool:
    """Whether "again" joins each day of the list to the one before: a repeated event.

    "on Monday and again on Thursday" lists two handovers; "added to Friday's and
    Saturday's groups" names days of earlier ones.
    """
    return all(
        "again" in {sentence.norm(i) for i in range(a.last, b.first)}
        for a, b in itertools.pairwise(members)
    )


def _again_closes(members: list[DateMention], sentence: _Transfers) -> bool:
    """Whether "and again" opens the list's last day, the others parted by commas alone.

    "on 2 June, on 9 July and again on 4 August" lists three handovers of one kind,
    as "again" between each pair would; "on 2 June, 9 July and 4 August" does not.
    """
    *pairs, last = itertools.pairwise(members)
    if "again" not in {sentence.norm(i) for i in range(last[0].last, last[1].first)}:
        return False
    return all(
        {sentence.norm(i) for i in range(a.last, b.first)} <= {",", "on", "in"} for a, b in pairs
    )


def _of_other_exchange(words: list[str], k: int) -> bool:
    """Whether ``words[k]``, a participle of a plan, names another exchange joined by "and".

    "the May swap, of 205 for 205, and of the exchange agreed in Istanbul": the
    participle right after the second exchange noun tells that exchange's deal, not
    whether the first, sized one was done.
    """
    return (
        words[k] in _UNDONE
        and k >= 2
        and words[k - 1] in _EXCHANGE_NOUNS
        and "and" in words[: k - 1]
    )


def _never_happened(words: list[str]) -> bool:
    """Whether "never" or "not" (at most one word before) negates a past verb of happening.

    "the swap of 140 for 140 agreed in Abu Dhabi never (actually) happened", "... has
    not (yet) happened", "hasn't happened": the swap stayed a plan, though "happened"
    alone would say it was done; "never expected ..., took place" negates another verb
    and leaves the swap done.
    """
    return any(
        word in lx.HAPPENED_PAST
        and any(
            w in ("never", "not") or w.endswith(("n't", "n’t")) for w in words[max(0, k - 2) : k]
        )
        for k, word in enumerate(words)
    )


def _done_after_and(words: list[str]) -> bool:
    """Whether "and carried out" (conducted, completed) joins a past passive before it.

    "a swap of 100 for 100 was agreed through mediators and carried out the same day": the
    second participle shares the first's "was", so the deal agreed was also done. A modal
    or an infinitive before it ("will be agreed and carried out", "to be ...") keeps the
    plan, and "and never carried out" has no "and" right before the participle.
    """
    for k in range(1, len(words) - 1):
        if words[k - 1] != "and" or words[k] not in _DONE_PASSIVES:
            continue
        if words[k] == "carried" and words[k + 1] != "out":
            return False
        before = words[: k - 1]
        return (
            not {"was", "were"}.isdisjoint(before)
            and _MODAL_WORDS.isdisjoint(before)
            and ("to" not in before)
        )
    return False
