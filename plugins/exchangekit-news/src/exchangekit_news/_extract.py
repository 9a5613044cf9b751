"""The rules: from one sentence's mentions to drafts of transfers and casualty claims.

A draft says what a sentence states, with the words its dates were given in;
:mod:`exchangekit_news._assemble` resolves the dates, joins drafts that
describe the same exchange or claim, and builds the records. A
:class:`Discourse` carries what earlier sentences said that later ones point
back to: who "the agency" or "he" is, and which claims a caveat is about.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import Final, Literal, NamedTuple, overload

from exchangekit import (
    CasualtyCategory,
    ClaimMethod,
    ClaimScope,
    Count,
    Period,
    PersonCategory,
    Population,
    Precision,
    Qualifier,
    SourceKind,
)
from exchangekit_news import _lemmas
from exchangekit_news import _lexicon as lx
from exchangekit_news._chunks import mixed_group, verb_group
from exchangekit_news._clauses import Clauses, aggregate, respective
from exchangekit_news._lexicon import Move, Noun, Role, SourceEntry
from exchangekit_news._mentions import (
    ACTOR,
    MEDIATOR,
    MEDIATOR_CODES,
    NATIONALITY,
    SAME_DAY,
    SHIFT,
    SUMMING,
    SUMMING_TO,
    DateMention,
    FigureMention,
    Mentions,
    PartyMention,
    TransferWord,
    rival_cue,
    whom_casualty,
)
from exchangekit_news._tokens import NUM, SYM, WORD, Token

__all__ = ["ClaimDraft", "Discourse", "LegDraft", "SentenceFacts", "extract"]

PUBLISHER: Final = SourceEntry("", SourceKind.MEDIA, None, Role.OUTLET)
"""Stands for the outlet that published the text, named by the parser's options."""

_PREDICATE_REACH: Final = 12  # tokens between a verb of handing over and its figure
_LIST_REACH: Final = 20  # tokens between two figures listed together
_SPEAKER_REACH: Final = 14  # tokens between a speaker and a verb of saying
_CLAUSE_MARKS: Final = frozenset({",", ";", ":", "—", "–", "(", ")"})
# Who an attack's toll counts, the verbs of that toll, and the words naming an attack.
_STRUCK_HEADS: Final = frozenset(
    {"people", "civilians", "residents", "children", "man", "men", "woman", "women"}
)
_STRUCK_VERBS: Final = frozenset({"killed", "wounded", "injured"})
_ATTACKS: Final = frozenset(
    {"attack", "attacks", "strike", "strikes", "airstrike", "shelling", "bombardment", "raid"}
)
_RELATIVE_OPENERS: Final = frozenset({"who", "which", "whose", "whom"})
_PREPOSITIONS: Final = frozenset({"to", "from", "by", "with", "for", "of", "in", "into", "against"})
_POINTED_ROLES: Final = (Role.AGENCY, Role.MINISTRY, Role.GOVERNMENT, Role.MILITARY)
_VERB_GROUP_WORDS: Final = frozenset(
    {"has", "have", "had", "was", "were", "is", "are", "been", "also", "now", "then", "already"}
)
_NUMBERING: Final = frozenset({"numbering", "totalling", "totaling"})
# Nouns whose value a figure linked to them is: a rate or an average, never a toll.
_RATE_HEADS: Final = frozenset({"rate", "pace", "average"})
# Adverbs that may stand inside a verb group: "had so far been returned".
_VERB_GROUP_ADVERBS: Final = frozenset({"so", "far", "now", "already", "also", "since", "then"})
_FINITE: Final = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would"})
_CASUALTY_HEADS: Final = frozenset(
    {"wounded", "killed", "casualties", "deaths", "missing", "injured"}
)
_APPOSITIONS: Final = frozenset({"among", "including", "most", "many", "some", "both"})
_RELATIVE_REACH: Final = 24  # tokens a relative clause between a noun and its verb may span
_APPOSITION_EXTRA: Final = 16  # more an aside naming a part ("among them ...") may span
_RELATIVE_PRONOUNS: Final = frozenset({"who", "whom", "which", "that", "whose"})
_CONTRAST: Final = frozenset({"though", "although", "but", "while", "whereas", "however"})
_BREAK_WORDS: Final = _CLAUSE_MARKS | _CONTRAST  # where a sentence's clauses may break
_LIST_WORDS: Final = frozenset({"and", ",", "as", "well", "plus", "along", "with"})
# "losses have passed / exceeded N" is more than N; "have grown to / reached N" is N.
_PAST_VERBS: Final = frozenset(
    {"passed", "exceeded", "surpassed", "topped", "crossed", "passing", "exceeding"}
    | {"exceeds", "surpasses", "tops"}  # "the number now exceeds 3,700"
    | {"past", "beyond"}  # "had gone past one million", "has risen beyond 50,000"
)
_REACH_VERBS: Final = frozenset({"reached", "to", "hit"})
# "took place on", "happened in": verbs of an event done, dating it rather than a plan.
_TOOK: Final = frozenset({"took", "take", "takes", "taken", "taking"})
_HAPPENED_ON: Final = frozenset({"happened", "occurred"})
_RANKS: Final = frozenset(
    {"first", "largest", "biggest", "second", "third", "latest", "last", "only", "smallest"}
)
_EXCHANGE_PLURALS: Final = frozenset({"exchanges", "swaps", "handovers", "repatriations"})
_UNCOUNTED: Final = frozenset({"several", "many", "some", "various", "numerous", "few"})
# Quantifiers of an uncounted part, or of none, before "of whom": "some of whom were freed".
_PART_QUANTIFIERS: Final = _UNCOUNTED | {"most", "part", "majority", "minority", "none", "half"}
_ORDINAL_WORDS: Final = frozenset(
    {"fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"}
)
_EXCHANGE_NOUNS: Final = _EXCHANGE_PLURALS | {"exchange", "swap", "handover", "repatriation"}
_SWAP_VERBS: Final = frozenset({"swapped", "exchanged", "traded"})
# One handover that can be the subject of the verb that moved its people.
_SUBJECT_EVENTS: Final = _EXCHANGE_NOUNS | {"delivery", "operation", "transfer", "deal"}
# Verbs whose object is an exchange not (yet) done: "Kyiv proposed a 500-for-500 swap".
_PROPOSING: Final = frozenset(
    {"proposed", "proposes", "propose", "offered", "offers", "offer", "suggested", "suggests"}
)
# Words around "the 5th" that make it a day of the month: "on the 5th, ...", "of the 19th".
_BEFORE_DAY: Final = frozenset({"on", "of", ",", "from", "by", "until", "opened", "began"})
_AFTER_DAY: Final = frozenset({",", ".", ";", "with", "when", "and", "to", "which", "as", "-"})
# Capitalised words that open a sentence or name a time, never a speaker's name.
_NOT_NAMES: Final = frozenset(
    {"the", "a", "an", "on", "in", "but", "and", "that", "it", "he", "she", "they", "we"}
    | set(lx.MONTHS)
    | set(lx.WEEKDAYS)
)
_AGREEMENT_VERBS: Final = frozenset(
    {"agreed", "negotiated", "planned", "promised", "brokered", "arranged", "signed"}
)
_ABOUT_THEM: Final = frozenset(
    {"which", "who", "whom", "that", "as", "whose", "belong", "belonged", "belonging", "are"}
)
_TO_ITS_DATE: Final = frozenset({"each", "apiece", "on", "in", "of"})
_TIMES: Final = frozenset({"time", "times", "occasion", "occasions"})
_HAS_DAY: Final = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_CENTURY: Final = frozenset({"19", "20"})
_HAS_YEAR: Final = re.compile(r"\b\d{4}\b")
_SAME_EVENT_NOUNS: Final = frozenset(
    {"operation", "exchange", "swap", "handover", "arrangement", "deal", "release"}
)
_PLACE_HEADS: Final = frozenset({"region", "oblast", "province", "district", "area", "city"})
_QUOTES: Final = frozenset({'"', "“", "”", "'", "‘", "’"})
# "in six stages", "in those ten operations", "in about a dozen swaps": several handovers.
_TALLY_PLURALS: Final = _EXCHANGE_PLURALS | {"stages", "operations", "rounds", "transfers"}
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
# "58" before a plural, or "61st" before a singular, of a word for exchanges.
_ORDINAL: Final = re.compile(r"([1-9][0-9]{0,3})(?:st|nd|rd|th)?")
# Words that hang a figure's noun group on the clause's verb: "…, each involving N bodies".
_LINKS: Final = frozenset(
    {
        "involving",
        "including",
        "comprising",
        "totalling",
        "totaling",
        "covering",
        "numbering",
        "with",
    }
)
_SERIES_WORDS: Final = frozenset({"each", "similar", "every", "apiece"})
_PER_EVENT: Final = frozenset({"handover", "exchange", "swap", "repatriation", "time", "occasion"})
_SIDE_NOUNS: Final = frozenset({"side", "sides", "way", "country", "direction"})
_AGREEMENT_NOUNS: Final = frozenset(
    {"agreement", "agreements", "accord", "accords", "deal", "memorandum"}
)
# Meetings that date an agreement when something was agreed at them: "the repatriations
# agreed at peace talks in Istanbul last month" (not "after talks on Wednesday").
_MEETINGS: Final = frozenset({"talks", "negotiations", "summit"})
_RELATIVES: Final = frozenset({"that", "which", "who", "whom"})
_DOCUMENTS: Final = frozenset({"list", "lists", "names", "register", "database", "file", "files"})
_UNDONE: Final = frozenset(
    {"postponed", "cancelled", "canceled", "prepared", "proposed", "agreed", "yet", "planned"}
)
_MODAL_WORDS: Final = frozenset({"could", "would", "will", "may", "might", "should"})
_HAPPEN: Final = frozenset(
    {"taken", "take", "happened", "happen", "gone", "go", "occurred", "carried", "held"}
)
_HAPPENED: Final = frozenset({"took", "went", "happened", "completed", "occurred"})
# "the swap was close", "a deal seemed imminent": near, not done.
_NEAR: Final = frozenset({"close", "near", "imminent", "nearing"})
_COPULAS_NEAR: Final = frozenset({"was", "is", "were", "are", "seemed", "looked", "appeared"})
_FORCES_OF: Final = frozenset({"of", "the", "armed", "forces", "army"})
_PUT: Final = frozenset({"put", "puts", "putting"})
_GIVE_AS: Final = frozenset({"gave", "give", "gives", "giving"})
_PUT_AT_CUES: Final = {"at": _PUT, "as": _GIVE_AS}  # the word before the figure: its verbs
_COUNTS: Final = frozenset({"number", "figure", "total", "count"})
_NOT_PLURAL_NOUNS: Final = frozenset(
    {"this", "its", "his", "was", "has", "as", "is", "us", "plus", "across", "towards", "whereas"}
)
_HELD_WORDS: Final = frozenset(
    {"held", "detained", "imprisoned", "captive", "captivity", "custody", "jailed", "missing"}
)
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
    }
)
_PRISONER_WORDS: Final = frozenset(
    {"prisoner", "prisoners", "pows", "pow", "captives", "captivity"}
)
_SINGLED_OUT: Final = frozenset(
    {"largest", "biggest", "smallest", "first", "last", "latest", "most"}
)
_DENIALS: Final = frozenset({"denied", "denies", "deny", "denying", "rejected", "dismissed"})
_SEEKING: Final = frozenset(
    {"work", "working", "push", "pushing", "pushed", "call", "calls", "called", "calling"}
    | {"seek", "seeking", "demand", "demands", "demanded", "demanding", "want", "wants"}
    | {"hope", "hopes", "urged", "urges"}
)
_REPORTED_PLAN: Final = frozenset({"would", "will", "could", "might", "should"})
_CLAUSE_OPENERS: Final = frozenset({"when", "while", "whereas", ";", "after", "before"})
_KINDLESS_HEADS: Final = frozenset({"people", "persons", "citizens", "nationals"})
_REMAINS_HEADS: Final = frozenset({"bodies", "remains"})
_SIDE_PLURALS: Final = frozenset({"countries", "parties", "party", "governments"})
_WEEKDAY_NAMES: Final = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)
_DEMONYM_PLURALS: Final = frozenset({"ukrainians", "russians"})
# Verbs of a deployment's purpose: "sent 11,000 men to help Moscow" moves troops to fight.
_DEPLOYED_TO: Final = frozenset(
    {"help", "fight", "support", "assist", "reinforce", "bolster", "aid", "serve", "join"}
)
# Modals of a guess: a nationality after them ("some may be Russian") is not stated.
_MAYBE: Final = frozenset({"might", "may", "could", "possibly", "perhaps"})
# Verbs after an infinitive's "to", which is then no preposition of a destination.
_INFINITIVES: Final = frozenset(
    {"be", "become", "prove", "belong", "have", "help", "fight", "support", "assist", "serve"}
)
# Events that open a span after "since the": "since the Istanbul talks", "since the invasion".
_OPENING_EVENTS: Final = frozenset(
    {"talks", "agreement", "deal", "invasion", "war", "start", "beginning", "outbreak", "summit"}
)
# Verbs whose object's moving is their outcome: "will see 1,000 people go home".
_CAUSING: Final = frozenset({"see", "let", "allow", "enable", "mean"})
# Participles of people taken away by force, right after them: no handover home.
_TAKEN_AWAY: Final = frozenset({"deported", "abducted", "kidnapped", "forcibly", "illegally"})
# Military units: "108 of them fighters of the Azov regiment" is a part by unit.
_UNITS = frozenset({"regiment", "brigade", "battalion", "division", "corps", "unit", "units"})
# Plural heads of a count of losses that may stand right before a hedged figure, verbless.
_PLURAL_LOSS_HEADS: Final = frozenset({"losses", "casualties", "deaths", "fatalities"})
# Troops sent to fight beside a side: "cost Russia and North Korea 38,000" is one camp's.
_ALLIED_WITH: Final = {"PRK": "RUS"}
# Prepositions that open a phrase modifying the people before them: "troops fighting for
# Russia", "units sent to fight in Russia's Kursk region".
_MODIFIER_PREPOSITIONS: Final = frozenset({"for", "in", "beside", "alongside", "into"})
# Participles opening a reduced relative on a side's troops: "troops sent to help Russia".
_POSTING_PARTICIPLES: Final = frozenset(
    {"sent", "deployed", "dispatched", "posted", "stationed", "fighting", "serving", "helping"}
)
# Units of time: "and four weeks later" counts no one.
_TIME_UNITS: Final = frozenset({"hours", "days", "weeks", "months", "years", "decades"})
# Dashes that set off an aside or a list spelling out what came before.
_DASHES = frozenset({"—", "–"})
# "each time", "each month": a figure repeated over the transfers a clause tells.
_RECURRING: Final = frozenset({"time", "month", "week", "occasion", "round", "stage"})
# The small words of a list of dates set off as an aside: "on 5 January and 5 February".
_DATE_ASIDE_WORDS: Final = frozenset({"on", "in", "and", ",", "the", "of", "then", "later"})
# Words that make a sentence about an exchange of prisoners.
# words that speak of living people held by the other side
_CAPTIVES: Final = frozenset({"prisoners", "prisoner", "pows", "captivity", "captives"})
_PRISONER_CONTEXT: Final = frozenset(
    {
        "prisoners",
        "prisoner",
        "pows",
        "captivity",
        "captives",
        "soldiers",
        "servicemen",
        "defenders",
        "swap",
        "swaps",
        "swapped",
        "exchange",
        "exchanges",
        "exchanged",
        "freed",
        "released",
    }
)
# Words that keep a bare-figure swap from being read as one of prisoners of war.
_BARE_SWAP_OTHERWISE: Final = (
    lx.CIVILIAN_WORDS
    | _REMAINS_HEADS
    | {"dead", "fallen", "body", "people", "children", "women", "repatriation", "handover"}
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
_AUXILIARIES: Final = frozenset(
    {"had", "have", "has", "been", "were", "was", "are", "is", "be", "being", "reportedly"}
    | {"now", "also", "still", "since", "more", "listed", "reported", "considered"}
    | {"remain", "remained", "remains", "as", "officially", '"', "”"}
)
_CASUALTY_PARTICIPLES: Final = frozenset(
    {"killed", "dead", "wounded", "injured", "missing", "slain", "lost", "captured", "surrendered"}
    | {"held"}
)
# Words that may follow a bare "N captured" that ends a list of losses.
_AFTER_CAPTURED: Final = frozenset({"and", "or", "in", "on", "at", "near", "during", "by", "since"})
# Verbs that put people on a register "as" a status: "listed as missing", "registered as POWs".
_REGISTERING: Final = frozenset(
    {"registered", "listed", "recorded", "counted", "confirmed", "classified", "declared"}
)
# Nouns of a captive status after "as": "registered as prisoners of war".
_CAPTIVE_NOUNS: Final = frozenset({"prisoners", "pows", "captives", "prisoner", "pow"})
# Verbs of a since-clause that starts a span ("since the talks began", "since the deal was
# signed"): what happened then opened the period a running total covers.
_STARTED: Final = frozenset(
    {"began", "begun", "started", "launched", "opened", "resumed", "signed", "reached", "struck"}
)
_SUM_SUBJECTS: Final = frozenset({"that", "this", "which", "they", "together", "altogether"})
# Events a running total may start from: "since the Istanbul talks", "since June's deal".
_START_EVENTS: Final = frozenset({"talks", "deal", "agreement", "summit", "accords"})
# Words that open a clause right after a figure it leaves bare: "the 250,000 it had estimated".
_CONTACT_CLAUSE: Final = frozenset({"it", "they", "he", "she", "that", "which", "in", "for"})
# Nouns of a register whose entries are people: "an independent count", "the list".
_REGISTERS: Final = frozenset({"count", "tally", "list", "database", "register", "registry"})
# Nouns of asking after people: "requests about 100,000 people" moves no one.
_ENQUIRIES: Final = frozenset(
    {"requests", "enquiries", "inquiries", "queries", "appeals", "applications", "calls"}
)
# Plural nouns of fighters, set beside civilians in "soldiers and civilians together".
_FIGHTERS: Final = frozenset(
    {"soldiers", "servicemen", "troops", "military", "combatants", "fighters", "servicemembers"}
)
# Verbs and nouns of a staff: the people counted after them work somewhere, nobody moved.
_EMPLOYING: Final = frozenset(
    {"employs", "employ", "employed", "employing", "hired", "hires", "staff", "staffed"}
)
_SOLDIERS_MOVED: Final = frozenset(
    {PersonCategory.PRISONERS_OF_WAR, PersonCategory.WOUNDED_PRISONERS}
)
# Auxiliaries and adverbs between a bare number and its verb of coming home: "have now come".
_PERFECT: Final = frozenset({"have", "has", "had", "now", "already", "since", "all"})
# Verbs that move people somewhere; to the border, they only stage a handover.
_STAGING_VERBS: Final = frozenset(
    {"delivered", "brought", "taken", "took", "transported", "moved", "bussed", "bused"}
    | {"driven", "drove", "deliver", "bring", "take", "transport", "move"}
)
_BORDER_WORDS: Final = frozenset({"border", "frontier", "crossing", "checkpoint"})
# Words before "the total" that make it a total still to come: "would bring the total to".
_TOTAL_TO_COME: Final = _MODAL_WORDS | frozenset(
    {"supposed", "expected", "scheduled", "meant", "intended", "planned", "set", "due"}
)
# Verbs of saying after "has now": they report a figure, they do not add one up.
_NOW_REPORTING: Final = frozenset(
    {"confirmed", "said", "announced", "reported", "told", "stated", "published"}
    | {"named", "identified", "listed", "verified", "acknowledged", "admitted"}
)
# Words that may stand before a noun-less number opening a sentence ("Another 9,000 ...").
# Participles of getting whose passive agent ("received by Kyiv") is the receiver.
_GETTING_PARTICIPLES: Final = frozenset({"received", "welcomed", "accepted", "recovered"})
_ELIDED_OPENERS: Final = frozenset({"another", "a", "further", "and", "but", "some"})
_CARRY_SENTENCES: Final = 2  # how far back a claim's side carries to an unowned figure
_MILITARY: Final = frozenset({PersonCategory.PRISONERS_OF_WAR, PersonCategory.WOUNDED_PRISONERS})
# The words of a force's name before its country: "the armed forces of Ukraine".
_ARMED_FORCES: Final = frozenset({"the", "armed", "forces", "army", "of", "troops", "military"})
_HEAD_LOSSES: Final = frozenset({"losses", "casualties", "toll", "deaths"})
_FRONTED_CONTRASTS: Final = frozenset({"whereas", "while", "although", "though"})
# the other way of a two-way running total: "... while receiving 90", "against 159 returned"
_RETURN_CUES: Final = frozenset({"while", "whereas", "against", "back", "return"})
_SUBJECT_PRONOUNS: Final = frozenset({"it", "they", "he", "she", "we"})
# Verbs of giving a figure after "last" or "had": a statement recalled, not the news.
_RECALLED: Final = frozenset(
    {"gave", "given", "put", "said", "estimated", "published", "updated", "reported", "told"}
)
# What is published with a date: "figures released on Monday", "the data released in May".
_PUBLISHED_THINGS: Final = frozenset(
    {"figure", "figures", "data", "count", "report", "statement", "list", "register", "tally"}
)
# Participles that say when a figure was stated: "a figure given in February".
_TAKEN_PARTICIPLES: Final = frozenset({"captured", "seized", "detained", "taken"})
_STATED_PARTICIPLES: Final = frozenset(
    {"given", "released", "published", "announced", "issued", "made", "stated", "provided"}
)
# Verbs that state a total "as" a figure: "gave the total as 1,000,340", "listed it as".
_GIVE_TOTAL: Final = frozenset({"gave", "give", "gives", "giving", "put", "puts", "listed"})
_STARTING: Final = frozenset(
    {"launched", "began", "begun", "started", "start", "beginning", "outset", "invaded"}
)
# "the deaths of 50", "the summary execution of at least 79 prisoners": killed.
_DEATHS_OF: Final = frozenset(
    {"deaths", "death", "execution", "executions", "killing", "killings", "murder", "murders"}
)
# Verbs of beginning before a gerund of handing over: a process started, not a handover done.
_BEGUN: Final = frozenset(
    {"begin", "begins", "began", "begun", "beginning", "start", "starts", "started", "starting"}
)
# "..., with as many going to Russia": participles of moving that open an absolute clause.
_MOVING_PARTICIPLES: Final = frozenset(
    {"going", "heading", "moving", "travelling", "traveling", "crossing", "coming"}
)
# "the shooting of nine soldiers who had surrendered": an act done to people, not a loss.
_ACTS_ON_CAPTIVES: Final = frozenset({"shooting", "shootings", "torture", "beating", "abuse"})
_APPOSITION_WORDS: Final = frozenset(
    {"and", "or", "both", "alike", "most", "many", "of", "them", "mostly", "including"}
    | {"together", "combined", "as", "well"}  # "troops as well as civilians"
)
# Words that may stand between "total" and the link to its figure: "the total so far
# since the start of the war had reached".
_TOTAL_GAP: Final = frozenset(
    {"so", "far", "now", "since", "the", "start", "beginning", "of", "war", "invasion"}
    | {"full-scale", "full", "scale", "year", "this", "had", "has", "have", "been", "is"}
    | {"was", "for", "overall", "cumulative", "returned", "freed", "released", "exchanged", ","}
    | {"grown", "grew", "risen", "rose", "climbed", "increased"}  # "the total has grown to"
    | {"-", "russian", "russia's"}  # "since the full-scale invasion", "since Russia's invasion"
)
_ASIDES: Final = frozenset({"counting", "including", "excluding", "plus", "not"})
# Phrases that make a casualty figure a total of both sides together, which is no claim
# about either side: "on both sides", "for both armies", "the two sides' dead".
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
_YEAR: Final = re.compile(r"(?:19|20)[0-9]{2}")
_MONTH_PART: Final = re.compile(r"(?:the end of|late|early|mid)[- ](?=[A-Z])")
_CAPTIVITY: Final = frozenset({"captivity", "custody", "hands", "prisons", "detention"})
# Verbs of a register before "as": people "listed as captured" are the lister's own.
_REGISTERED_AS: Final = frozenset({"listed", "registered", "recorded"})
_CAPTIVITY_REACH: Final = 14  # words between a figure and "in captivity"
# What "taken" is followed by when it means captured: "taken prisoner", "taken into captivity".
_TAKEN_CAPTIVE: Final = frozenset(
    {"prisoner", "prisoners", "captive", "captives", "hostage", "hostages", "into", "in"}
)
_NOT_COMBATANTS: Final = frozenset({PersonCategory.CIVILIANS, PersonCategory.CHILDREN})
_SPEAKER_NOUNS: Final = frozenset(
    {"officials", "authorities", "governments", "leaders", "sources", "media", "sides"}
)
# The dead and the wounded together, in either order: "killed or wounded", "wounded and dead".
_KILLED_AND_WOUNDED: Final = tuple(
    f"{a} {joiner} {b}"
    for dead, hurt in itertools.product(("killed", "dead"), ("wounded", "injured"))
    for a, b in ((dead, hurt), (hurt, dead))
    for joiner in ("and", "or")
)
# A verb group between a daily part and its window that names no kind of loss.
_DAY_PART_VERBS: Final = frozenset({"were", "was", "had", "have", "been", "eliminated", "added"})
# Nouns of a ratio whose terms are no counts: "a ratio of one to three".
_RATIO_HEADS: Final = frozenset({"ratio", "proportion"})
# What may stand between the kinds of loss in a list: "killed, wounded or taken prisoner".
_KIND_JOINERS: Final = frozenset({",", "and", "or", "prisoner", "together", "combined"})
_PLACE_NOUNS: Final = frozenset(
    {"city", "town", "village", "region", "country", "population", "area", "oblast"}
)
# Verbs that report a loss at second hand: "are believed to have been killed".
_HEARSAY: Final = frozenset(
    {"believed", "thought", "feared", "estimated", "said", "reported", "presumed", "understood"}
)
_BELIEVING: Final = frozenset({"believed", "believes", "thinks", "thought", "estimated"})
_WHOLE_SPAN: Final = re.compile(r"(?:19|20)[0-9]{2}|[A-Z][a-z]+(?: (?:19|20)[0-9]{2})?")
_ONE_EXCHANGE: Final = _EXCHANGE_NOUNS - _EXCHANGE_PLURALS | {"operation"}
# Participles of detention: "held since 2022" dates a captivity, not a total.
_HELD_AT_WORDS: Final = frozenset(
    {"held", "detained", "imprisoned", "jailed", "missing", "abducted", "captive"}
)
# Verbs of winning a return from the other side: "secured the release of 300".
_WON_VERBS: Final = frozenset(
    f"{stem}{end}" for stem in ("secure", "ensure", "achieve") for end in ("", "s", "d")
) | {"securing", "ensuring", "achieving", "obtain", "obtains", "obtained", "win", "won"}
# words between "since" and a noun of exchanging that makes it a span's start
_SINCE_EVENT_MODIFIERS: Final = frozenset(
    {"the", "first", "very", "initial", "earliest", "prisoner", "body", "big", "large"}
)
# Heads of a stated running total of people: "the number of", "Ukraine's count of".
_NUMBER_HEADS: Final = frozenset({"number", "count", "tally", "total"})
_RUNNING_TOTAL_HEADS: Final = frozenset({"total", "count", "tally"})  # "brings the total to 700"
# The words an opening that adds stages up needs: "counting", "taken together".
_SUMMING_WORDS: Final = frozenset({"counting", "combined", "cumulatively", "together"})
# "by Kyiv's count": the nouns of a source's own reckoning.
_COUNT_WORDS: Final = frozenset({"count", "tally", "figures", "reckoning", "calculations"})
_PRONOUN_GROUPS: Final = frozenset({"them", "those", "these"})  # "4,000 of them"
_STATEMENT_NOUNS: Final = frozenset({"statement", "communique", "communiqué", "bulletin"})
# Nouns that name a statement only in a heading (a line with no full stop): "attended a
# briefing in Kyiv." is a story's sentence, "Russian Defence Ministry briefing, 4 November" a title.
_HEADING_STATEMENT_NOUNS: Final = frozenset({"briefing", "briefings"})
# Words after "taken N prisoners" that make it a journey, not a capture: "taken 90 prisoners home".
_TAKEN_ONWARD: Final = frozenset({"to", "home", "back", "across", "from", "out", "into", "by"})
_CAPTURING: Final = frozenset({"captured", "captures", "capturing", "seized"})  # the captor
# Verbs that count the entries of a register: "lists more than 110,000 individuals".
_LISTING: Final = frozenset(
    {"lists", "listed", "counts", "counted", "names", "named", "records", "recorded"}
    | {"identifies", "identified", "contains", "holds", "includes", "documents"}
)
# People described by how they were raised are recruits, not losses (an army's size).
_RECRUITED: Final = frozenset(
    {"recruited", "mobilised", "mobilized", "conscripted", "drafted", "enlisted"}
)
_TOTAL_HEADS: Final = frozenset({"total", "figure", "count", "tally", "number", "toll"})
_WHOLE_YEARS: Final = frozenset({"this year", "last year"})
# Prepositions that make a year opening a paragraph its topic: "In 2024, ...", "By 2024 ...".
_YEAR_OPENERS: Final = frozenset({"in", "by", "during", "throughout", "through"})
# Words before a headline's year that make it a point of comparison, not the topic.
_NOT_TOPIC_YEAR: Final = frozenset({"since", "after", "before", "until", "than", "from"})
_SPEAKER_RELATIVES: Final = frozenset({"that", "which", "whom"})  # "an exchange that X said ..."
_EVENT_NOUNS: Final = frozenset({"deal", "deals", "operation", "operations", "agreement"})
_CLAUSE_CONTRASTS: Final = frozenset({"while", "whereas", "but", "although", "though"})
# Verbs that only say, not count: the date beside them is when a figure was current.
# Words by which an aside about a person tells of a statement: "who spoke on Sunday".
_TELLING: Final = lx.SPEECH | {
    "spoke",
    "speaks",
    "speaking",
    "gave",
    "gives",
    "interview",
    "briefing",
    "addressed",
}
# Words by which a report names the people it talked to: "interviews with 74 soldiers freed".
_QUESTIONED: Final = frozenset(
    itertools.chain.from_iterable(
        _lemmas.inflections(verb) for verb in ("interview", "survey", "question")
    )
) | {"spoke", "speak", "speaks", "speaking", "conversations"}
_SAYING: Final = frozenset(
    {"said", "says", "say", "told", "tells", "announced", "announces", "stated", "added"}
)
_YEAR_SPANS: Final = frozenset({"over", "during", "throughout", "across"})
_COUNT_NOUNS: Final = frozenset(
    {
        "tally",
        "count",
        "counts",
        "estimate",
        "estimates",
        "analysis",
        "study",
        "survey",
        "data",
        "research",
        "investigation",
        "project",
        "figures",
    }
)


_OFFSET_UNITS: Final = {"day": 1, "days": 1, "week": 7, "weeks": 7}
_OFFSET_WORDS: Final = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_OFFSET_EVENTS: Final = frozenset(
    {"exchange", "swap", "handover", "release", "repatriation", "transfer", "return"}
)
_OBJECT_RELATIVES: Final = frozenset({"which", "when", "where", "that"})
_CLAUSE_BREAKS: Final = frozenset({"while", "but", "whereas"})
# Words that may stand between a verb of handing over and its object: "took back 15".
_PARTICLES: Final = frozenset({"back", "home", "over", "up", "out", "in", "the", "a", "another"})
# Phrases after people that say they gave themselves up: the captor counts them.
_GAVE_UP: Final = (
    ("surrendered",),
    ("laid", "down"),
    ("lay", "down"),
    ("gave", "themselves", "up"),
    ("given", "themselves", "up"),
    ("taken", "prisoner"),
    ("taken", "captive"),
    ("captured",),
)
# Head nouns of people held by whoever counts them: a side's "prisoners" are the enemy's men.
_HELD_HEADS: Final = frozenset({"prisoners", "pows", "captives", "prisoner"})
# Nouns a side uses for its own fighters: "2,500 defenders were taken prisoner" are its men.
_OWN_SIDE_HEADS: Final = frozenset({"defenders", "heroes", "guys"})
SHIFT_MARK: Final = SHIFT  # between a date's text and a count of days from it


def shifted(text: str, days: int) -> str:
    """``text`` with ``days`` added, for the assembler: "Friday" three days before."""
    return f"{text}{SHIFT_MARK}{days:+d}"


# Words that may open the subject of a clause before its figure: "a day after the first 390".
_SUBJECT_OPENERS: Final = frozenset({"the", "first", "last", "another", "some", "a", "further"})


def _offset_count(word: str) -> int | None:
    """The number of days or weeks a word counts: "three", "3", "a"; None otherwise."""
    if word.isdigit() and len(word) <= 3:
        return int(word)
    return _OFFSET_WORDS.get(word)


def _without_unsaid(tokens: list[Token], first: int, last: int, mentions: Mentions) -> Mentions:
    """``mentions`` less the handovers and parties of a "without saying ..." clause.

    "... the remains of 180 soldiers were received, without giving a figure for the
    bodies handed to Russia": what the source did not say moves no one, so its verb
    and its party must not steer the direction of the figure told before it. The
    clause runs from "without" and a verb in -ing to the next comma or the end.
    """
    spans = []
    for i in range(first, last - 1):
        if tokens[i].norm != "without" or not tokens[i + 1].norm.endswith("ing"):
            continue
        end = next(
            (j for j in range(i + 2, last) if tokens[j].norm in (",", ";", ":", "—", "–")), last
        )
        if not any(i < f.first < end for f in mentions.figures):
            spans.append((i, end))
    if not spans:
        return mentions

    def outside(at: int) -> bool:
        return not any(a <= at < b for a, b in spans)

    return mentions._replace(
        transfers=[t for t in mentions.transfers if outside(t.first)],
        parties=[p for p in mentions.parties if outside(p.first)],
    )


def _each_respectively(norms: list[str], i: int) -> bool:
    """Whether a bare "each" at ``norms[i]`` is followed by "respectively".

    "the numbers were 75 and 90 each, respectively": "respectively" gives each
    figure its own exchange, so the "each" can only share it out over the sides.
    """
    return norms[i : i + 1] == ["each"] and "respectively" in norms[i + 1 : i + 3]


def _dated_or_numbered_year(tokens: list[Token], first: int, last: int) -> bool:
    """Whether a headline's year ends a full date or numbers a document, not a topic.

    "Ukraine live, Sunday 12 January 2025" dates the page and "Research Note
    2025/02" numbers it: neither says the piece is about 2025, so the days it
    names without a year ("on 30 December") are the ones before publication.
    """
    for k in range(first, last):
        token = tokens[k]
        if not (token.kind == NUM and len(token.text) == 4 and token.text.isdigit()):
            continue
        before = [tokens[j].norm for j in range(max(first, k - 3), k) if tokens[j].text != ","]
        if before and before[-1] in lx.MONTHS:
            return True  # "12 January 2025", "January 12, 2025"
        if len(before) >= 2 and before[-2] in lx.MONTHS and before[-1].isdigit():
            return True
        after = tokens[k + 1] if k + 1 < last else None
        if after is not None and after.text in ("/", "-") and after.gap == 0:
            following = tokens[k + 2] if k + 2 < last else None
            if following is not None and following.kind == NUM and len(following.text) <= 3:
                return True  # "2025/02", "No. 2024-17"
    return False


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
    return PersonCategory.PRISONERS_OF_WAR if living <= _MILITARY else PersonCategory.OTHER


class LegDraft(NamedTuple):
    """One direction of an exchange as one sentence states it."""

    sentence: int
    sender: str
    receiver: str
    category: PersonCategory
    amount: Count
    attributed: SourceEntry | None
    accord: bool  # attributed with "according to X" or "that X says are ..."
    dates: tuple[str, ...]  # one date text per exchange; () when the sentence gives none
    series: bool  # several exchanges described together ("in July, August and September")
    note: str | None
    tally: bool = False  # a stated running total ("so far", "since 2022"), not one exchange
    since: str | None = None  # date text of a tally's start
    exchange_count: Count | None = None  # "in 58 exchanges", "the 61st swap"
    # a tally's date is when it was stated or reached ("said in May", "by the end of
    # August"), not the span it covers ("in June alone")
    stated: bool = False
    whole: bool = False  # told with its parts by kind ("84, 33 of them civilians"): kept too
    guessed: bool = False  # the kind read from the context: "390 Ukrainians" in a swap
    definite: bool = False  # "the eleven Ukrainians": people the text has already counted
    aside: bool = False  # an earlier exchange told in passing: not the one the text is about
    # a named source's own count of an exchange told before ("gave a figure of 757 for
    # the Ukrainian dead"): kept beside another source's equal figure, as its account
    account: bool = False


def _reversed(other: LegDraft, figure: FigureMention, category: PersonCategory) -> LegDraft:
    """The leg of ``figure`` going the other way from ``other``, given for it in one swap."""
    return other._replace(
        sender=other.receiver,
        receiver=other.sender,
        category=category,
        amount=figure.amount,
        note=None,
        whole=False,
        guessed=False,
        definite=False,
    )


class ClaimDraft(NamedTuple):
    """A casualty figure as one sentence states it."""

    sentence: int
    subject: tuple[str, ...]  # one party code, or several for "on both sides"
    category: CasualtyCategory
    amount: Count
    claimant: SourceEntry  # PUBLISHER for the outlet's own statement
    method: ClaimMethod
    as_of: str | None  # date text
    since: str | None  # date text of the start of the span covered
    caveats: tuple[str, ...]
    population: Population = Population.COMBATANTS  # whose dead: a side's fighters, civilians
    scope: ClaimScope = ClaimScope.CUMULATIVE  # PERIOD for "in the past day"
    by_end: bool = False  # "by the end of June": current on the last day of the period


class SentenceFacts(NamedTuple):
    """Everything one sentence contributes."""

    legs: list[LegDraft]
    claims: list[ClaimDraft]
    speakers: list[SourceEntry]
    intermediaries: list[str]
    event_date: str | None  # a date the sentence gives to an exchange it only refers to
    caveat: str | None  # a caveat for the claims just made, when the sentence is one
    event_group: str | None = None  # "remains" or "living" when the sentence says which
    # A two-way total of one kind, not said to be per side or in all: (kind, its words).
    two_way: tuple[PersonCategory, str] | None = None


class Discourse:
    """What earlier sentences established: the speakers named so far and the latest claims."""

    def __init__(self) -> None:
        self.sources: list[SourceEntry] = []
        self.claims: list[ClaimDraft] = []
        # The kind of people the latest exchange moved, for "a swap of 100 for 100" after it.
        self.category: PersonCategory | None = None
        # The kind of people the text is about so far ("prisoners", "bodies"), for a swap
        # of "1,000 for 1,000" told before any figure of people.
        self.topic: PersonCategory | None = None
        # The transfers of the latest sentence that told some, for "Of those who came
        # back, 51 were soldiers and 33 civilians" in the next one.
        self.legs: list[LegDraft] = []
        # The date a sentence without figures set the scene with, for the next sentence only.
        self.scene: str | None = None
        # The scene came from a date standing alone ("January 3, 2024."): it holds on
        # through sentences with neither a date nor a figure, to the paragraph's end.
        self.headed = False
        # The year a paragraph is about ("A busy 2024.", "In 2024, ..."), for the days and
        # months it names without a year ("on Jan. 3"); a new paragraph forgets it.
        self.year: str | None = None
        self._section = False  # the year came from a heading: it holds until the next one
        # The token the year holds from: a year opening a later clause ("Before that, swaps
        # were smaller: in 2024, ...") dates only what the sentence tells after it.
        self.year_from = 0
        self._read = False  # whether a sentence has been read: the first is the headline
        # The author of a statement the text reproduces, named by its heading
        # ("STATEMENT OF THE MINISTRY OF DEFENCE ..."): the speaker of its unsaid figures.
        self.statement: SourceEntry | None = None
        # The running totals of the latest sentence that stated some, for "the equivalent
        # figure for Russia was 116" after them.
        self.tallies: list[LegDraft] = []
        # The way bodies were last said to go, (sender, receiver), for a later handover the
        # text gives no side ("Russia handed Ukraine the remains ... The first handover was
        # of 1,212 bodies"): the story's direction carries on until another is told.
        self.remains_way: tuple[str, str] | None = None
        # Whether the latest claims recall an earlier statement ("who last gave a figure
        # in December", "he had put it at 43,000"), and each speaker's latest statement
        # date outside such recaps: an undated figure of the speaker's goes back to it.
        self.recap = False
        self.pegs: list[tuple[SourceEntry, str]] = []
        # The side of the last people counted with their nationality, and the sentence
        # that counted them, for "more than 3,000 of them" in the next sentence.
        self.people: tuple[int, str] | None = None
        # The kind of the last people counted and the sentence that counted them, for
        # "1,012 of them had been brought back" after "19,546 children were deported".
        self.counted: tuple[int, Noun] | None = None
        # The day of the latest exchange, when its date wrote out a year, for "Three
        # months later, on New Year's Eve, ..." in a later sentence.
        self.event_day: dt.date | None = None
        # The one side whose losses a sentence without claims named ("gave an update on
        # Russian casualties"), and that sentence, for "It said 1,340 troops were killed" next.
        self.losses: tuple[int, str] | None = None
        # The side of the region the text last named ("the Belgorod region"), for "the
        # region" a later sentence leaves unnamed; None once two sides' regions were named.
        self.region: str | None = None
        # The side whose capital the dateline in force names ("KYIV, Nov 14"): the home
        # of people brought home when no speaker or side in the text says whose.
        self.home: str | None = None

    def note_event_day(self, legs: Sequence[LegDraft]) -> None:
        """Remember the day of a sentence's exchange when its date wrote out the year."""
        for leg in legs:
            if leg.tally or len(leg.dates) != 1 or not _HAS_YEAR.search(leg.dates[0]):
                continue
            try:
                period = Period.parse(leg.dates[0])
            except ValueError:
                continue
            if period.precision is Precision.DAY:
                self.event_day = period.start
                return

    def read_year(self, tokens: list[Token], first: int, last: int) -> None:
        """Note the year a sentence makes the topic of its paragraph or section, or forget it.

        "A busy 2024." heads a section: its year holds until another heading names
        one. "In 2024, ..." opens a paragraph: its year holds to the paragraph's end.
        """
        if first >= last:
            return  # a dateline alone
        if tokens[first].gap >= 3 and not self._section:
            self.year = None  # a new paragraph
        years = [
            t.text
            for t in tokens[first:last]
            if t.kind == NUM and len(t.text) == 4 and t.text.isdigit() and t.text[:2] in _CENTURY
        ]
        # The text's first sentence is its headline when no dateline opens it and no full
        # stop ends it.
        headline = not self._read and first == 0 and tokens[last - 1].text not in ".!?"
        self._read = True
        if len(years) != 1:
            return
        opens = (
            tokens[first].norm in _YEAR_OPENERS
            and first + 1 < last
            and tokens[first + 1].text in years
        )
        inner = self._inner_year_opener(tokens, first, last)
        if last - first <= 6:  # a heading: "A busy 2024."
            if any(t.norm in lx.MONTHS for t in tokens[first:last]):
                return  # a date line under the headline ("Published 3 January 2023")
            self.year, self._section = years[0], True
        elif opens:  # "In 2024, ...", "By 2024 the process had become routine."
            self.year, self._section, self.year_from = years[0], False, first
        elif inner is not None:  # "..., the gaps were small: in 2024, ..."
            self.year, self._section, self.year_from = years[0], False, inner
        elif (
            headline
            and not any(
                t.norm in _NOT_TOPIC_YEAR and tokens[k + 1].text in years
                for k, t in enumerate(tokens[first : last - 1], first)
            )
            and not _dated_or_numbered_year(tokens, first, last)
        ):
            # "How the 2024 prisoner exchanges added up": the year the whole piece is about,
            # until a heading names another ("since 2023" in a headline is no topic)
            self.year, self._section = years[0], True

    @staticmethod
    def _inner_year_opener(tokens: list[Token], first: int, last: int) -> int | None:
        """Where "in 2024" opens a clause after a colon, semicolon or dash, if it does.

        "Before that, exchanges were far smaller: in 2024, for example, ... 563 bodies
        in November": the year is the topic of the clause it opens, as of a sentence.
        """
        for k in range(first + 2, last):
            token = tokens[k]
            if (
                token.kind == NUM
                and len(token.text) == 4
                and token.text[:2] in _CENTURY
                and tokens[k - 1].norm in _YEAR_OPENERS
                and tokens[k - 2].norm in (":", ";", "—", "–")
            ):
                return k - 1
        return None

    def remember(self, entry: SourceEntry) -> None:
        if entry is PUBLISHER:
            return
        if self.sources and self.sources[-1] == entry:
            return
        self.sources.append(entry)
        if len(self.sources) > 64:
            del self.sources[:32]

    def resolve(self, roles: tuple[Role, ...]) -> SourceEntry | None:
        for entry in reversed(self.sources):
            if entry.role in roles:
                return entry
        return None


class _Positions:
    """A list of token positions worked out on first read, then kept on the sentence.

    Like :func:`functools.cached_property`, without the lock that Python 3.11
    takes on every first read (one sentence is only ever read by one thread).
    """

    def __init__(self, compute: Callable[[_Sentence], list[int]]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    @overload
    def __get__(self, sentence: None, owner: type[_Sentence]) -> _Positions: ...

    @overload
    def __get__(self, sentence: _Sentence, owner: type[_Sentence] | None = None) -> list[int]: ...

    def __get__(
        self, sentence: _Sentence | None, owner: type[_Sentence] | None = None
    ) -> list[int] | _Positions:
        if sentence is None:
            return self  # read on the class
        # Stored under the same name, the value hides this descriptor from then on.
        value = sentence.__dict__[self.name] = self.compute(sentence)
        return value


class _Sentence:
    """The rules applied to one sentence."""

    def __init__(
        self,
        index: int,
        tokens: list[Token],
        first: int,
        last: int,
        mentions: Mentions,
        discourse: Discourse,
        text: str,
        publisher_kind: SourceKind,
    ) -> None:
        self.publisher_kind = publisher_kind
        self.index = index
        self.tokens = tokens
        self.first = first
        self.last = last
        self.m = _without_unsaid(tokens, first, last, mentions)
        self.discourse = discourse
        self.text = text  # the document's visible text
        self.norms = [t.norm for t in tokens[first:last]]
        self.norm_set = set(self.norms)
        self._where: dict[str, list[int]] | None = None  # positions of each word, when needed
        self.according_spans: list[tuple[int, int]] = []
        self.attribution: SourceEntry | None = None
        self.verb_speakers: list[tuple[int, tuple[SourceEntry, ...]]] = []
        self.owner: SourceEntry | None = None
        self.two_way: tuple[PersonCategory, str] | None = None  # see SentenceFacts.two_way
        self._offset_cache: list[tuple[int, int]] | None = None
        self._same_cache: int | None = None  # where "the same swap" opens; -1 if nowhere
        self._first_counted: int | None = None  # end of the first figure that counts people
        self._actor_cache: list[PartyMention] | None = None
        self._exchange_count: Count | Literal[False] | None = None
        self._clauses: Clauses | None = None

        self._belligerents: Sequence[str] = ()
        self._civilian = False
        self._loss: tuple[CasualtyCategory, int] | None = None  # of the figure being read
        self._captured = False  # whether the figure being read counts people held

    # Where clauses break, and where the phrases some rules look for begin: each found on
    # first use and then kept, since most sentences (those without figures) use few of them.

    @_Positions
    def region_words(self) -> list[int]:
        """Where the sentence names a region of one side ("Belgorod", "Sumy")."""
        if self.norm_set.isdisjoint(lx.REGIONS):
            return []  # most sentences: no region named
        return [i for i, n in enumerate(self.norms, self.first) if n in lx.REGIONS]

    @_Positions
    def breaks(self) -> list[int]:
        """Where the sentence's clauses may break, in order."""
        return [i for i, n in enumerate(self.norms, self.first) if n in _BREAK_WORDS]

    @_Positions
    def cues(self) -> list[int]:
        """Where a caveat cue begins, in order."""
        return self._positions(lx.CAVEAT_CUES)

    @_Positions
    def totals(self) -> list[int]:
        """Where a running-total phrase begins, in order."""
        return self._positions(lx.RUNNING_TOTAL)

    @_Positions
    def rates(self) -> list[int]:
        """Where a rate phrase begins, in order."""
        return self._positions(lx.RATE_WORDS)

    @_Positions
    def sides(self) -> list[int]:
        """Where a per-side phrase begins, in order."""
        # "each time", "on each occasion": a series, not one figure per side
        sides = [
            i
            for i in self._positions(lx.PER_SIDE)
            if self.norm(i + 1) not in _TIMES | _RECURRING
            and self.norm(i + 2) not in _TIMES | _RECURRING
            and not self._each_of_a_set(i)
            # "sentenced to 25 years each": a span shared out over people, not sides
            and self.norm(i - 1) not in _TIME_UNITS
        ]
        more = self._positions(lx.PER_SIDE_MORE)
        if more:
            sides = sorted(set(sides) | set(more))
        return sides

    def _each_of_a_set(self, i: int) -> bool:
        """Whether "each of" at ``i`` shares a figure out over a set that is not the sides.

        "1,000 bodies in each of July, August and September", "in each of its last
        two swaps": one figure per month or event, one way; "each of the two sides"
        and "each of them" still count per side.
        """
        return (
            self.norm(i) == "each"
            and self.norm(i + 1) == "of"
            and not any(
                self.norm(j) in lx.EACH_OF_SIDES for j in range(i + 2, min(self.last, i + 6))
            )
        )

    def _positions(self, matcher: lx.PhraseMatcher[bool]) -> list[int]:
        """Where a phrase of ``matcher`` begins, in order."""
        hits = matcher.firsts.intersection(self.norm_set)
        if not hits:
            return []  # most sentences: no word a phrase begins with
        where = self._where
        if where is None:
            where = self._where = {}
            for i, n in enumerate(self.norms, self.first):
                found = where.get(n)
                if found is None:
                    where[n] = [i]
                else:
                    found.append(i)
        starts = [i for n in hits for i in where[n]]
        if len(hits) > 1:
            starts.sort()
        # Only a word that is a phrase alone, or opens one with the word after it, is tried.
        alone, pairs, match = matcher.alone, matcher.pairs, matcher.match
        norms, tokens, first, last = self.norms, self.tokens, self.first, self.last
        return [
            i
            for i in starts
            if (
                norms[i - first] in alone
                or (i + 1 < last and (norms[i - first], norms[i + 1 - first]) in pairs)
            )
            and match(tokens, i, last) is not None
        ]

    @staticmethod
    def _any_in(positions: list[int], start: int, stop: int) -> bool:
        k = bisect.bisect_left(positions, start)
        return k < len(positions) and positions[k] < stop

    def norm(self, i: int) -> str:
        return self.norms[i - self.first] if self.first <= i < self.last else ""

    # -- speakers --------------------------------------------------------------

    def _speaker_mentions(self) -> list[tuple[int, int, SourceEntry]]:
        """Every source or named party that could be a speaker, in order.

        "The agency", "he" or "its authors" point back to the latest speaker of
        a fitting kind, in this sentence first, then in the ones before.
        """
        found: list[tuple[int, int, SourceEntry]] = []
        covered: set[int] = set()
        for mention in self.m.sources:
            entry = mention.entry
            if entry is None:
                entry = next(
                    (e for _, _, e in reversed(found) if e.role in mention.anaphor), None
                ) or self.discourse.resolve(mention.anaphor)
            if entry is None and mention.anaphor in ((Role.MINISTRY,), (Role.MILITARY,)):
                # "What does Russia say about its losses? ... the defence ministry said":
                # with no ministry named before, the office is the state last heard from
                entry = self.discourse.resolve((Role.GOVERNMENT,))
            if entry is not None:
                found.append((mention.first, mention.last, entry))
                covered.update(range(mention.first, mention.last))
        for party in self.m.parties:
            if party.role == ACTOR and party.noun and party.first not in covered:
                name = lx.PARTY_NAMES.get(party.code, party.code)
                found.append((party.first, party.last, lx.government(party.code, name)))
        found.sort()
        return found

    def statement_heading(self) -> SourceEntry | None:
        """The author a heading names as giving the statement that follows, if it is one.

        "STATEMENT OF THE MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION", "Russian
        Defence Ministry statement on the return of servicemen": a line without
        figures or verbs of saying that names an official source and a statement.
        """
        if self.m.figures or self.m.speech:
            return None
        titled = self.norm(self.last - 1) != "." and bool(self.norm_set & _HEADING_STATEMENT_NOUNS)
        if not titled and not self.norm_set & _STATEMENT_NOUNS:
            return None
        if self.last - self.first > 20:
            return None
        official = (SourceKind.GOVERNMENT, SourceKind.MILITARY)
        found = [e for _, _, e in self._speaker_mentions() if e.kind in official]
        return found[0] if found else None

    def find_speakers(self) -> list[SourceEntry]:
        mentions = self._speaker_mentions()
        speakers: list[SourceEntry] = []
        for start, _ in self.m.according:
            for first, last, entry in mentions:
                if start <= first <= start + 2:
                    self.attribution = entry
                    self.according_spans.append((first, last))
                    speakers.append(entry)
                    break
        if self.attribution is None:
            counted = self._counted_by(mentions)
            if counted is not None:
                self.attribution = counted
                speakers.append(counted)
        self.owner = self._owner(mentions)
        if self.owner is not None:
            speakers.append(self.owner)
        previous: tuple[SourceEntry, ...] = ()
        for verb in self.m.speech:
            if self.norm(verb + 1) == "by":
                continue  # "a truce announced by the Kremlin" describes, it does not report
            subject = self._subject_of(verb, mentions)
            if not subject:
                subject = previous
            if subject:
                self.verb_speakers.append((verb, subject))
                previous = subject
                speakers.extend(subject)
        if not speakers and self.m.first_person:
            speakers.append(PUBLISHER)
            self.verb_speakers.append((self.first, (PUBLISHER,)))
        for entry in speakers:
            self.discourse.remember(entry)
        # Named speakers are remembered even when they say nothing here.
        for _, _, entry in mentions:
            if entry.role is not Role.GOVERNMENT:
                self.discourse.remember(entry)
        return list(dict.fromkeys(speakers))

    def _counted_by(self, mentions: list[tuple[int, int, SourceEntry]]) -> SourceEntry | None:
        """The source of "by Ukraine's count", "by the ministry's tally": an attribution."""
        for first, last, entry in mentions:
            if self.norm(first - 1) != "by":
                continue
            end = last + (self.norm(last) in ("'s", "’s", "'", "’"))
            if self.norm(end) in _COUNT_WORDS or self.norm(end - 1) in _COUNT_WORDS:
                return entry
        return None

    def _owner(self, mentions: list[tuple[int, int, SourceEntry]]) -> SourceEntry | None:
        """Whose count it is, in "a tally by BBC Russian and Mediazona" or "data from X"."""
        if self.norm_set.isdisjoint(_COUNT_NOUNS):
            return None  # no noun of counting: nothing below can match
        for i in range(self.first, self.last - 1):
            if self.norm(i) in _COUNT_NOUNS and self.norm(i + 1) in ("by", "from", "of"):
                owners = [m for m in mentions if i + 1 < m[0] <= i + 3]
                if not owners:
                    continue
                chosen = [owners[0]]
                for m in mentions:
                    if m[0] > chosen[-1][1] and self._joined(chosen[-1][1], m[0]):
                        chosen.append(m)
                combined = _combine([entry for _, _, entry in chosen])
                if len(combined) == 1:
                    return combined[0]
        return None

    def _joined(self, end: int, start: int) -> bool:
        """Whether the words between two names join them: "and", "and the news site"."""
        gap = [self.norm(i) for i in range(end, start)]
        return bool(gap) and gap[0] == "and" and len(gap) <= 5 and not set(gap) & _CLAUSE_MARKS

    def _subject_of(
        self, verb: int, mentions: list[tuple[int, int, SourceEntry]]
    ) -> tuple[SourceEntry, ...]:
        """Who says it: the speaker just before the verb, or just after it ("said the agency")."""
        k = bisect.bisect_left(self.m.speech, verb)
        previous_verb = self.m.speech[k - 1] if k > 0 else -1
        before = [
            m
            for m in mentions
            if previous_verb < m[1] <= verb
            and verb - m[1] <= _SPEAKER_REACH
            and not self._in_according(m[0])
        ]
        if before:
            chosen = self._coordinated(before)
            specific = [m for m in before if m[2].role is not Role.GOVERNMENT]
            if len(chosen) == 1 and chosen[0][2].role is Role.GOVERNMENT and specific:
                # "Medinsky, the aide who led Moscow's delegation, wrote": the named speaker
                chosen = self._coordinated(before[: before.index(specific[-1]) + 1])
            if not self._has_figure_between(chosen[-1][1], verb):
                return _combine([entry for _, _, entry in chosen])
        distant = self._distant_subject(verb, previous_verb, mentions)
        if distant:
            return distant
        if self.norm(verb) in ("saying", "adding") and self.norm(verb - 1) == ",":
            # "A Ukrainian official ..., speaking on condition of anonymity, gave another
            # account, saying ...": the participle's subject opens the sentence
            opening = [m for m in mentions if m[0] <= self.first + 1 and m[1] < verb]
            if opening and previous_verb < opening[0][0]:
                return (opening[0][2],)
        # "..., said the ministry." / "..., says Moscow, adding ...": the speaker ends the clause.
        after = [m for m in mentions if verb < m[0] <= verb + 2]
        if after and (
            after[0][1] >= self.last
            or self.norm(after[0][1]) in _CLAUSE_MARKS | {".", "on", "in", "and"}
        ):
            return (after[0][2],)
        named = self._named_person(verb, previous_verb)
        return (named,) if named is not None else ()

    def _named_person(self, verb: int, previous_verb: int) -> SourceEntry | None:
        """A person the lexicon does not know, named just before a verb of saying.

        "Petro Yatsenko said", "Oleh Kotenko, a former official who tracks the
        missing, said": two to four capitalised words are a name, and its
        bearer is a speaker of their own (kind other, no party), so a figure
        they give is theirs and a rival to another source's.
        """
        end = verb
        if self.norm(end - 1) == ",":  # an apposition between the name and the verb
            k = end - 2
            while k > max(self.first, verb - 16) and self.norm(k) != ",":
                k -= 1
            if self.norm(k) != ",":
                return None
            end = k
        start = end
        while (
            start - 1 >= self.first
            and end - start < 4
            and self.tokens[start - 1].kind == WORD
            and self.tokens[start - 1].text[:1].isupper()
            and self.norm(start - 1) not in _NOT_NAMES
        ):
            start -= 1
        if end - start < 2 or start <= previous_verb:
            return None
        if any(self._party_word(i) for i in range(start, end)):
            return None
        name = " ".join(self.tokens[i].text for i in range(start, end))
        return SourceEntry(name, SourceKind.OTHER, None, Role.PERSON)

    def _party_word(self, i: int) -> bool:
        return any(p.first <= i < p.last for p in self.m.parties)

    def _distant_subject(
        self, verb: int, previous_verb: int, mentions: list[tuple[int, int, SourceEntry]]
    ) -> tuple[SourceEntry, ...]:
        """The subject kept apart from its verb by a clause: "Mediazona, which counts ..., said"."""
        earlier = [
            m
            for m in mentions
            if previous_verb < m[0] and m[1] <= verb and self.norm(m[1]) != ":"  # "Russia: ..."
        ]
        if not earlier:
            return ()
        chain = [earlier[0]]
        for m in earlier[1:]:
            if not self._joined(chain[-1][1], m[0]):
                break
            chain.append(m)
        after = chain[-1][1]
        if (
            self.norm(after) == ","
            and self.norm(after + 1) in ("which", "who", "whose")
            and not self._has_figure_between(after, verb)
        ):
            return _combine([entry for _, _, entry in chain])
        return ()

    def _coordinated(
        self, before: list[tuple[int, int, SourceEntry]]
    ) -> list[tuple[int, int, SourceEntry]]:
        """The last mention, with the ones joined to it by "and" ("Kyiv and Moscow said")."""
        chosen = [before[-1]]
        k = len(before) - 2
        while k >= 0 and self._joined(before[k][1], chosen[0][0]):
            chosen.insert(0, before[k])
            k -= 1
        return chosen

    def _has_figure_between(self, start: int, end: int) -> bool:
        return any(start <= f.first < end for f in self.m.figures)

    def _in_according(self, i: int) -> bool:
        return any(a <= i < b for a, b in self.according_spans)

    def speaker_near(self, position: int) -> SourceEntry | None:
        """The speaker of the verb of saying nearest to ``position``; one speaker only."""
        said = [vs for vs in self.verb_speakers if not self._says_in_relative(position, vs[0])]
        if not said:
            return None
        _, subject = min(said, key=lambda vs: abs(vs[0] - position))
        return subject[0] if len(subject) == 1 else None

    def _says_in_relative(self, position: int, verb: int) -> bool:
        """Whether the verb of saying stands in a relative clause opened after ``position``.

        "Ukraine brought home 205 people in an exchange that Russia's defence
        ministry said had seen ...": the ministry speaks for what its own clause
        tells, not for the figure before the clause.
        """
        if self._says_in_contrast(position, verb):
            return True
        for i in range(verb - 1, max(self.first, verb - 8) - 1, -1):
            word = self.norm(i)
            if word in (",", ";", ":", "(", "—", "–"):
                return False
            if word not in _SPEAKER_RELATIVES or i == position:
                continue
            if verb < position:
                # "the remains of 1,245, which Russia says are Ukrainian, were handed over,
                # and the bodies of 19 ...": the clause is about the people before it
                return any(self.norm(j) in (",", ";") for j in range(verb, position))
            if i < position:
                return False
            commas = [j for j in range(position, i) if self.norm(j) == ","]
            if commas and (commas[0] != i - 1 or not self._people_end(i - 1)):
                # "150 were freed ..., after a pause that Kyiv blamed on ...": the figure's
                # clause is over; ", which Russia says are ..." right after the people is not
                return True
            # hung on the event ("an exchange that ..."), not on the figure's people
            # ("1,000 bodies on Thursday that Moscow says are Ukrainian soldiers")
            return self.norm(i - 1) in _EXCHANGE_NOUNS | _EVENT_NOUNS
        return False

    def _people_end(self, end: int) -> bool:
        """Whether a noun group of people ("900 people", "the bodies") ends just before ``end``."""
        return any(
            (found := lx.PEOPLE.match(self.tokens, k, self.last)) is not None and found[0] == end
            for k in range(max(self.first, end - 3), end)
        )

    def _says_in_contrast(self, position: int, verb: int) -> bool:
        """Whether the verb of saying opens a clause of contrast the figure is not in.

        "140 Ukrainians came home, while Moscow said 82 of its servicemen had been
        released": Moscow speaks for the 82, not for the 140.
        """
        clauses = self.clauses
        start = clauses.start_of(verb - self.first)
        if clauses.start_of(position - self.first) == start:
            return False
        opener = self.norm(start + self.first)
        return opener in _CLAUSE_CONTRASTS or (
            start > 0 and self.norm(start + self.first - 1) == ";"
        )

    # -- transfers ----------------------------------------------------------------

    @property
    def clauses(self) -> Clauses:
        """The sentence's clauses (positions in them are relative to ``self.first``)."""
        if self._clauses is None:
            ends = [f.np_end - self.first for f in self.m.figures if f.noun is not None]
            self._clauses = Clauses(self.norms, ends)
        return self._clauses

    def _same_clause(self, a: int, b: int) -> bool:
        return self.clauses.same(a - self.first, b - self.first)

    def _in_relative(self, i: int) -> bool:
        return self.clauses.in_relative(i - self.first)

    def event_date(self) -> str | None:
        """The date of an exchange the sentence tells of without a figure per direction.

        "The handover took place on Thursday", "the sides exchanged hundreds of
        prisoners on Wednesday": a noun or verb of handing over that the sentence
        says happened, with a date of a day, week or month in its clause ("those
        freed were captured in 2022" dates the capture; "they would exchange
        prisoners today" is a plan).
        """
        usable = [
            d
            for d in self.m.dates
            if not d.since and not self._in_relative(d.first) and not self.agreement_date(d)
        ]
        if not usable:
            return self._event_relative_date()
        for word in self.m.transfers:
            if not word.done or self._in_relative(word.first):
                # "officials, who had accused Kyiv of blocking exchanges, said theirs would
                # be flown home on Saturday": an exchange told in an aside dates nothing
                continue
            for date in usable:
                if self._same_clause(date.first, word.first) and not date.text.isdigit():
                    return date.text
        return None

    def _event_relative_date(self) -> str | None:
        """The date of a relative clause hung on the exchange's noun: "The swap, which was
        carried out late on Wednesday, was announced after midnight"."""
        if self.m.figures:
            return None
        for date in self.m.dates:
            if date.since or date.text.isdigit() or not self._in_relative(date.first):
                continue
            for i in range(date.first - 1, max(self.first, date.first - 10), -1):
                if self.norm(i) in ("which", "that") and self.norm(i - 1) == ",":
                    if self.norm(i - 2) in _EXCHANGE_NOUNS and not self._planned_between(
                        i, date.first
                    ):
                        return date.text
                    break
        return None

    def _relative_noun(self, word: TransferWord) -> bool:
        """Whether a word of handing over stands in a relative clause or aside, not the main one.

        In a clause without commas only a noun ("… who were being taken to the
        border for an exchange that …") is sure to be there: a verb may be the
        main verb after it ("8 residents who had been held were returned").
        """
        if self._in_relative(word.first):
            return True
        return self.clauses.in_relative(word.first - self.first, restrictive=True) and self.norm(
            word.first - 1
        ) in ("a", "an", "the", "this", "that", "another")

    def _planned_between(self, start: int, end: int) -> bool:
        """Whether a modal or an intention stands between a noun of handing over and its figure.

        "the exchange was expected to involve 1,000 people", "a swap that could
        free 300": the figure belongs to a plan, not to the exchange that happened.
        """
        return any(
            self.norm(i) in _HYPOTHETICAL and self.tokens[i].text != "May"  # the month
            for i in range(start, end)
        )

    def _actors(self) -> list[PartyMention]:
        if self._actor_cache is None:
            self._actor_cache = [
                p
                for p in self.m.parties
                if p.role == ACTOR and not self._in_according(p.first) and p.code != "GBR"
            ]
        return self._actor_cache

    def _predicate(self, figure: FigureMention) -> tuple[TransferWord, bool] | None:
        """The verb or noun of handing over that governs ``figure``; true when it comes first."""
        paired = self._pair_noun(figure) if self._pair(figure) else None
        if paired is not None:
            # 'hands over 22 wounded alongside a 175-for-175 swap': the pair sizes its noun,
            # whatever verb stands before it
            return paired, True
        before = [
            t
            for t in self.m.transfers
            if t.last <= figure.first
            and (
                figure.first - t.last <= 8
                or self._second_object(t, figure)
                or self._of_past_dated_aside(t, figure)
                or self._object_after_to_and_aside(t, figure)
                or self._counter_past_aside(t, figure)
                or (figure.first - t.last <= 20 and self._undated_gap(t.last, figure.first) <= 8)
            )
        ]
        before = [
            t
            for t in before
            if not self._circumstantial_mediation(t)
            and not self._boundary(t.last, figure.first)
            and self._same_clause(t.first, figure.first)
            and (
                not self._in_relative(t.first)
                or self._in_relative(figure.first)
                or self._sized_by_pair(t, figure)
                or self._listed_from_relative(t, figure)
            )
        ]
        if before:
            # "… came home: 146 soldiers were freed": after a colon the figure has a verb of
            # its own; "205 are home: 185 servicemen and 20 civilians" has none and keeps "home".
            between = [self.norm(i) for i in range(before[-1].last, figure.first)]
            # "... returned 24, and in August, when 900 bodies came back": a figure that
            # opens a clause of its own is the subject of the verb after it
            opens = (
                ":" in between
                # "they traded bodies three times — 757, 757 and 909 bodies returned to
                # Ukraine": a dash opens an aside that may have a verb of its own
                or not _DASHES.isdisjoint(between)
                or not _CLAUSE_OPENERS.isdisjoint(between)
                or any(a == "," and b in ("and", "but") for a, b in itertools.pairwise(between))
                # "carried out a swap, with the ministry saying that 195 had been released"
                or any(a in lx.SPEECH and b == "that" for a, b in itertools.pairwise(between))
            )
            if opens:
                own = self._predicate_after(figure)
                # "84 came back — 51 soldiers and 33 civilians — and Russia took back 84": a
                # verb past the dash that closes the aside is not the aside's own
                closed = (
                    not _DASHES.isdisjoint(between)
                    and any(self.norm(i) in _DASHES for i in range(figure.last, own[0].first))
                    if own is not None
                    else False
                )
                if own is not None and not closed:
                    return own
                if not lx.SPEECH.isdisjoint(between):
                    # "Russia had received 78, and said a further 2,239 were ready to be
                    # returned": the figure is told in the next clause's reported speech
                    return None
            chosen = before[-1]
            if chosen.done and self._planned_between(chosen.last, figure.first):
                chosen = chosen._replace(done=False)
            if chosen.done and self._staged_at_border(chosen, figure):
                chosen = chosen._replace(done=False)
            if chosen.done and self._begun(chosen):
                chosen = chosen._replace(done=False)
            return chosen, True
        return self._linked_predicate(figure) or self._predicate_after(figure)

    def _begun(self, verb: TransferWord) -> bool:
        """Whether the verb is a gerund after a verb of beginning: "has begun handing over 6,000".

        The whole amount only started to move; how many crossed is not said.
        """
        return self.norm(verb.first - 1) in _BEGUN and self.norm(verb.first).endswith("ing")

    def _staged_at_border(self, verb: TransferWord, figure: FigureMention) -> bool:
        """Whether the verb only carries the figure's people up to the border, not across it.

        "Moscow had delivered 640 prisoners to the border", "brought 300 captives to the
        crossing": people moved to the line wait there to be handed over; that is not a
        handover yet, unless the sentence goes on to one ("... and handed them over").
        """
        if self.norm(verb.last - 1) not in _STAGING_VERBS:
            return False
        # "delivered 640 prisoners under 25 and seriously wounded soldiers to the border":
        # a joined second group of people may stand between the figure and the border
        stop = min(self.last, figure.np_end + 10)
        for i in range(figure.np_end, stop - 2):
            if self.norm(i) in (",", ";", ":", "but", "where", "which", "home", "back"):
                return False
            if (
                self.norm(i) == "to"
                and self.norm(i + 1) == "the"
                and any(self.norm(j) in _BORDER_WORDS for j in range(i + 2, min(stop, i + 4)))
            ):
                return True
        return False

    def _second_object(self, verb: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` is joined by "and" to a figure right after ``verb``.

        "took back 94 bodies on Aug. 16 of that year and 250 on Sept. 20": both are
        the verb's objects, however long the first one's dating is.
        """
        return (
            figure.first - verb.last <= 2 * 8
            and self.norm(figure.first - 1) == "and"
            # a bare number: one with a noun of its own ("and 51 military personnel") may
            # spell out a part instead
            and any(f.first == figure.first and f.noun is None for f in self.m.figures)
            and any(
                0 <= f.first - verb.last <= 2 and f.noun is not None and f.np_end < figure.first
                for f in self.m.figures
            )
        )

    def _counter_past_aside(self, verb: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` is the "for N" of ``verb`` once an aside on its object is skipped.

        "had returned 215 Ukrainians, among them two commanders, for 55 Russians": the
        aside set off by commas describes the object; the counter after it is the verb's.
        """
        if self.norm(figure.first - 1) != "for" or self.norm(figure.first - 2) != ",":
            return False
        closing = figure.first - 2 - self.first
        return any(
            0 <= f.first - verb.last <= 2
            and f.noun is not None
            and self.norm(f.np_end) == ","
            and (f.np_end + 1 - self.first, closing) in self.clauses.relatives
            for f in self.m.figures
        )

    def _of_past_dated_aside(self, noun: TransferWord, figure: FigureMention) -> bool:
        """Whether an event noun's "of" reaches ``figure`` across an aside of dates.

        "two swaps, on 5 January and 5 February, of 25 and 150 prisoners": the
        dates set off by commas or dashes stand between the noun and its "of".
        """
        if noun.move is not Move.EVENT and self.norm(noun.first) not in _EXCHANGE_NOUNS:
            return False
        start = figure.first
        while self.norm(start - 1) in (",", "and"):
            # "of 25 and 150 prisoners": the list's first figure follows the "of"
            listed = next((f for f in self.m.figures if f.last == start - 1), None)
            if listed is None:
                break
            start = listed.first
        if self.norm(start - 1) != "of":
            return False
        opening, closing = noun.last, start - 2
        if self.norm(opening) not in (",", *_DASHES) or self.norm(closing) != self.norm(opening):
            return False
        if not 0 < closing - opening <= 16:
            return False
        dated = {i for d in self.m.dates for i in range(d.first, d.last)}
        return all(
            i in dated or self.norm(i) in _DATE_ASIDE_WORDS for i in range(opening + 1, closing)
        )

    def _in_return_after(self, figure: FigureMention) -> int | None:
        """Where "in return" or "in exchange" first stands after ``figure``'s noun group."""
        return next(
            (
                i
                for i in range(figure.np_end, self.last - 1)
                if self.norm(i) == "in" and self.norm(i + 1) in ("return", "exchange")
            ),
            None,
        )

    def _home_against_counter(
        self, figure: FigureMention, belligerents: Sequence[str]
    ) -> str | None:
        """The home of people given "in return for N Russians" when no side moves them.

        "the first swap returned twelve soldiers in return for twelve Russians": the
        people given for one side's own went to the other side.
        """
        back = self._in_return_after(figure)
        if back is None or self.norm(back + 2) != "for" or len(belligerents) != 2:
            return None
        if self._figure_between(figure.last, back):
            return None
        counter = next((f for f in self.m.figures if f.first == back + 3), None)
        side = None if counter is None else counter.nationality
        return None if side is None else _other(side, belligerents)

    def _home_of_other_leg(self, figure: FigureMention, belligerents: Sequence[str]) -> str | None:
        """The side people came home to when a later clause says the other side got its own.

        "86 servicemen came home, and Russia received its people in return": the
        side that received "in return" is the other leg's receiver, so home is the
        other belligerent.
        """
        if len(belligerents) != 2:
            return None
        back = self._in_return_after(figure)
        if back is None:
            return None
        for party in self.m.parties:
            if not figure.np_end < party.first < back or not party.noun:
                continue
            if party.code not in belligerents or self.norm(party.first - 1) in _PREPOSITIONS:
                continue
            verb = next(
                (
                    t
                    for t in self.m.transfers
                    if party.last <= t.first <= party.last + 3 and t.move is Move.RECEIVE
                ),
                None,
            )
            if verb is not None and not self._figure_between(figure.np_end, verb.last):
                return next(code for code in belligerents if code != party.code)
        return None

    def _absolute(self, with_at: int) -> bool:
        """Whether "with" at ``with_at`` opens an absolute clause with a verb of moving people.

        "..., with nothing sent to Russia in return", "..., with 12 bodies going the
        other way": the clause has its own subject and verb; "with the help of" has none.
        """
        for t in self.m.transfers:
            if with_at + 1 < t.first <= with_at + 7:
                return not any(self.norm(i) == "," for i in range(with_at + 1, t.first))
        # "..., with a roughly equal number going to Russia": a participle of moving
        for i in range(with_at + 2, min(self.last, with_at + 8)):
            if self.norm(i) in _CLAUSE_MARKS:
                return False
            if self.norm(i) in _MOVING_PARTICIPLES:
                return True
        return False

    def _circumstantial_mediation(self, word: TransferWord) -> bool:
        """Whether "mediation" is the object of a preposition: "with Qatar's mediation, 11 ...".

        Told as a circumstance, the mediation is not the clause's verb; the verb of
        the people moved comes after ("... were reunited with their families").
        """
        if self.norm(word.first) != "mediation":
            return False
        return any(
            self.norm(i) in ("with", "through", "under", "via", "thanks")
            for i in range(max(self.first, word.first - 4), word.first)
        )

    def _into_party(self, start: int, stop: int) -> str | None:
        """The side named as a noun right after "into": "crossed back into Ukraine".

        "into Russian captivity" names no destination: the party must be the noun.
        """
        for i in range(start, min(stop, self.last)):
            if self.norm(i) == "into":
                party = next((p for p in self.m.parties if p.first == i + 1), None)
                return party.code if party is not None and party.noun else None
        return None

    def _crossed_abroad(
        self, predicate: TransferWord | None, nationality: str | None, receiver: str | None
    ) -> bool:
        """Whether people crossed into a country not their own: an incursion, not a return.

        "Ukrainian troops crossed into Russia's Kursk region": people handed back go to
        their own side, so a crossing into the other side moves no one home.
        """
        return (
            predicate is not None
            and self.norm(predicate.last - 1) == "into"
            and nationality is not None
            and receiver is not None
            and nationality != receiver
        )

    def _undated_gap(self, start: int, end: int) -> int:
        """How many tokens of ``start:end`` are not part of a date ("on the 14th and the 24th").

        Dates between a verb or an exchange noun and its figure say when, not
        what, so they do not use up the reach of the verb.
        """
        dated = {i for d in self.m.dates for i in range(d.first, d.last)}
        for i in range(start, end - 1):
            if self.norm(i).isdigit() and self.norm(i + 1) in ("st", "nd", "rd", "th"):
                dated.update((i, i + 1))  # "the 14th": a day of a month told elsewhere
                if self.norm(i - 1) == "the":
                    dated.add(i - 1)
        return sum(1 for i in range(start, end) if i not in dated)

    def _pair_noun(self, figure: FigureMention) -> TransferWord | None:
        """The exchange noun right after "N for N" ('the three-day "500 for 500" swap')."""
        partner = self._partner(figure)
        if partner is None:
            return None
        at = partner.last + (self.norm(partner.last) in _QUOTES)
        noun = next((t for t in self.m.transfers if t.first == at), None)
        if noun is not None and any(
            self.norm(i) in _PROPOSING
            for i in range(max(self.first, figure.first - 3), figure.first)
        ):
            # "Kyiv proposed a 500-for-500 swap": the swap is the object of a plan
            noun = noun._replace(done=False)
        return noun

    def _predicate_after(self, figure: FigureMention) -> tuple[TransferWord, bool] | None:
        """The verb of handing over close after ``figure``, with no other figure between."""
        # "185 servicemen, as well as 20 civilians, returned": the listed figures share the verb.
        end = figure.np_end
        for following in self.m.figures:
            if self._named_among_them(following):
                break  # "Ten civilians, two priests among them, ...": a part, not a listing
            if following.first >= end and self._listed(end, following.first):
                end = following.np_end
        inside = self._in_relative(figure.first)
        # a relative clause without commas ("children who had been living in Russia or in
        # occupied territory have been reunited") runs on to the verb: reach further
        reach = _PREDICATE_REACH + (8 if self.norm(end) in ("who", "that") else 0)
        for start in dict.fromkeys((self._past_relative_clause(end), end)):
            after = [
                t
                for t in self.m.transfers
                if t.first >= start
                and t.first - start <= reach
                and (inside or not self._relative_noun(t))
                and not self._raises_count(t)
            ]
            if (
                after
                and not self._figure_between(start, after[0].first)
                and not self._own_verb_between(start, after[0].first)
            ):
                return after[0], False
        return None

    def _raises_count(self, verb: TransferWord) -> bool:
        """Whether "bring" carries a count up to a figure: ", bringing to 109 the number of ...".

        The participle raises a total; the people counted before it ("the shooting of
        nine soldiers ..., bringing to 109 the cases") are not its subject.
        """
        return (
            verb.last == verb.first + 1
            and _lemmas.lemma(self.norm(verb.first)) == "bring"
            and self.norm(verb.last) == "to"
            and any(f.first == verb.last + 1 for f in self.m.figures)
        )

    def _own_verb_between(self, start: int, verb: int) -> bool:
        """Whether the noun group has a verb of its own before the word of handing over.

        "tens of thousands of soldiers are listed as missing, and families hope
        the handovers will ...": the figure's verb group ends long before the
        noun of handing over, which belongs to another clause.
        """
        if self.norm(start) in ("who", "that") and not any(
            self.norm(i) in (",", "and", ";", ":") for i in range(start, verb)
        ):
            # "civilians who had been detained by Russia returned to Ukraine": the finite
            # verbs of a relative clause without commas are not the noun group's own
            return False
        if self._own_participle(start, verb):
            return True
        last = None
        for i in range(start, verb):
            if self.norm(i) in _FINITE:
                last = i
        # "had so far been returned": adverbs inside the verb group do not part it
        return (
            last is not None
            and sum(self.norm(i) not in _VERB_GROUP_ADVERBS for i in range(last, verb)) > 3
        )

    def _own_participle(self, start: int, verb: int) -> bool:
        """Whether the noun group's own verb is another verb, closed before the handover's.

        "20,000 children were deported, and only 400 have come home": "were
        deported" is the figure's verb; "come home" is the next clause's.
        """
        at = start + (self.norm(start + 1) == "been")
        if self.norm(start) not in _FINITE or at + 2 >= verb:
            return False
        word = self.norm(at + 1)
        return (
            word.endswith("ed")
            and not _lemmas.is_transfer_form(word)
            and self.norm(at + 2) in (",", ";")
        )

    def _past_relative_clause(self, end: int) -> int:
        """Where the verb may stand after a noun group and what hangs on it.

        "115 Russian soldiers, who had been captured in the Kursk region, had
        been returned"; "Ten civilians who had been held by Russia, among them two
        priests, returned": relative clauses and appositions ("among them",
        "including", "most of them") between the noun and its verb are skipped.
        A relative clause with a figure of its own is not skipped; without a
        closing comma within reach nothing is.
        """
        position = end
        if self.norm(position) == "and":
            # "230 soldiers and civilians, some of whom ...": a second people noun joined
            # by "and" ends the noun group before the relative clause
            for head in (position + 1, position + 2):
                joined = lx.PEOPLE.match(self.tokens, head, self.last)
                if joined is not None and self.norm(joined[0]) == ",":
                    position = joined[0]
                    break
        # "residents of Russia's Kursk region, who ...": a place's name ends the noun group
        k = position
        while k < min(self.last, end + 3) and (
            self.norm(k) in _PLACE_HEADS or self.tokens[k].text[:1].isupper()
        ):
            k += 1
        if k > position and self.norm(k) == ",":
            position = k
        for _ in range(3):
            opener = position + 1 if self.norm(position) == "," else position
            if opener > position and self.norm(opener) in _QUOTES:
                opener += 1  # ', "including some who were of special concern", had been'
            word = self.norm(opener)
            relative = word in _RELATIVE_OPENERS or (word == "that" and opener == position)
            # ", a significant part of whom had been ...", ", the majority of whom ..."
            relative = relative or (
                opener > position
                and any(
                    self.norm(j) == "of" and self.norm(j + 1) in ("whom", "which")
                    for j in range(opener + 1, min(self.last, opener + 5))
                )
            )
            # after a comma: ", among them", also right after a clause closed by one
            apposition = (opener > position or self.norm(position - 1) == ",") and (
                word in _APPOSITIONS
                # ", two priests among them, ...": the part named first, "among them" after
                or (
                    opener > position
                    and opener < self.last
                    and (self.tokens[opener].kind == NUM or word in lx.NUMBER_WORDS)
                    and any(
                        (self.norm(j), self.norm(j + 1)) == ("among", "them")
                        for j in range(opener + 1, min(self.last, opener + 6))
                    )
                )
                # ", the youngest of them a girl of six, ...": one of the group described
                or (
                    opener > position
                    and any(
                        (self.norm(j), self.norm(j + 1)) == ("of", "them")
                        for j in range(opener + 1, min(self.last, opener + 3))
                    )
                )
                # ", aged between 7 and 16, ...": the people's ages
                or (opener > position and word in lx.AGE_HEADS)
            )
            if not relative and not apposition:
                break
            # an aside naming a part may carry a long relative clause of its own ("among
            # them two priests who had been arrested ... and held for ..."): reach further
            close = self._closing_comma(
                opener + 1, _RELATIVE_REACH + (_APPOSITION_EXTRA if apposition else 0)
            )
            if close is not None and relative:
                close = self._past_inner_parenthesis(close)
            if close is None or (relative and self._figure_between(opener, close)):
                break
            if apposition:
                close = self._end_of_listed_aside(opener, close)
            position = close + 1
        return position

    def _past_inner_parenthesis(self, close: int) -> int | None:
        """The comma that closes a relative clause whose first comma opens a parenthesis.

        "children who had been taken ... and who, in at least two cases, had been
        placed with foster families, crossed back": a comma right after "who" cannot
        end the clause; the clause runs on past the parenthesis to the next comma.
        """
        if self.norm(close - 1) not in _RELATIVE_PRONOUNS:
            return close
        inner = self._closing_comma(close + 1)
        if inner is None:
            return None
        return self._closing_comma(inner + 1)

    def _end_of_listed_aside(self, opener: int, close: int) -> int:
        """The comma that closes an aside listing several groups, not the first comma in it.

        "103 defenders, among them guardsmen, border guards and soldiers held since
        2022, were home": the list runs on past its commas while the stretch up to the
        next comma still ends it with "and" or "or".
        """
        for _ in range(4):
            following = self._closing_comma(close + 1)
            if following is None or following - opener > _RELATIVE_REACH + 6:
                return close
            words = {self.norm(i) for i in range(close + 1, following)}
            # "medics, drivers, and men ...": a short item before the list's last comma
            item = following - close <= 4 and self.norm(following + 1) in ("and", "or")
            if (words.isdisjoint(("and", "or")) and not item) or not words.isdisjoint(lx.SPEECH):
                return close
            close = following
        return close

    def _closing_comma(self, start: int, reach: int = _RELATIVE_REACH) -> int | None:
        for i in range(start, min(self.last, start + reach)):
            word = self.norm(i)
            if word == ",":
                return i
            if word in (";", ":", ".", "—", "–"):
                return None
        return None

    def _linked_predicate(self, figure: FigureMention) -> tuple[TransferWord, bool] | None:
        """The clause's verb for a figure in a phrase hung on it: "received …, each involving N".

        A participle or "with" just ahead of the figure's noun group ("— each
        involving the remains of around 1,000 soldiers") ties the figure to
        the main verb of its clause, however far back: the first word of
        handing over since the previous figure, with no ";" between.
        """
        link = next(
            (
                i
                for i in range(figure.first - 1, max(self.first, figure.first - 6) - 1, -1)
                if self.norm(i) in _LINKS
            ),
            None,
        )
        if link is None:
            return None
        if any(self.norm(i) in lx.SPEECH for i in range(link + 1, figure.first)):
            # "with the ministry saying that 195 had been released": a clause of its own,
            # whose verb, when it is one of handing over, governs the figure
            own = self._predicate_after(figure)
            if own is not None:
                return own
        previous = [f.np_end for f in self.m.figures if f.np_end <= link]
        floor = previous[-1] if previous else self.first
        candidates = [
            t
            for t in self.m.transfers
            if floor <= t.first and t.last <= link and not self._boundary(t.last, link)
        ]
        verbs = [t for t in candidates if t.move is not Move.EVENT]
        chosen = verbs or candidates
        if chosen:
            return chosen[0], True
        # "In May and June — each time involving 900 bodies — Kyiv took back its dead":
        # the aside closes, and the clause's verb comes after it.
        close = next(
            (
                i
                for i in range(figure.np_end, min(self.last, figure.np_end + 3))
                if self.norm(i) in ("—", "–", ",", ")")
            ),
            None,
        )
        if close is None:
            return None
        after = [
            t
            for t in self.m.transfers
            if close < t.first <= close + _PREDICATE_REACH and t.move is not Move.EVENT
        ]
        if after and not self._figure_between(close, after[0].first):
            return after[0], True
        return None

    def _listed(self, end: int, start: int) -> bool:
        """Whether two figures are listed together ("185 servicemen ..., as well as 20 civilians").

        The words between them end with a list word, hold no verb of handing over
        or of saying, and are few.
        """
        if not 0 < start - end <= _LIST_REACH or self.norm(start - 1) not in _LIST_WORDS:
            return False
        if self._clauses_joined(end, start):
            return False
        return not any(end <= t.first < start for t in self.m.transfers) and not any(
            end <= v < start for v in self.m.speech
        )

    def _listed_from_relative(self, verb: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` goes on a list begun by the object of ``verb`` in a relative clause.

        "The headquarters, which said Ukraine had received 1,212 bodies on 11 June,
        1,200 on 13 June and 1,200 on 14 June, said ...": the comma after the first
        date seems to close the clause, but the figures listed after it are the verb's.
        """
        end: int | None = None
        for f in self.m.figures:
            if f.first >= figure.first:
                break
            listed = end is not None and self._listed(end, f.first)
            inside = verb.last <= f.first and self.clauses.same_relative(
                verb.first - self.first, f.first - self.first
            )
            end = f.np_end if listed or inside else None
        return end is not None and self._listed(end, figure.first)

    def _clauses_joined(self, end: int, start: int) -> bool:
        """Whether an "and" between two figures opens a clause with a fronted phrase.

        "Kyiv held hundreds of conscripts, and on August 24, at the border, 115 went
        each way": a phrase set off by a comma after "and" fronts a new clause, whose
        figure is the subject of its own verb, not the second item of a list.
        """
        joins = [
            i for i in range(end + 1, start) if self.norm(i) == "and" and self.norm(i - 1) == ","
        ]
        return bool(joins) and any(self.norm(i) == "," for i in range(joins[-1] + 2, start))

    def _added_after(self, figure: FigureMention) -> bool:
        """Whether the figure is added to the clause before it: ", along with 25 civilians"."""
        before = tuple(self.norm(i) for i in range(max(self.first, figure.first - 4), figure.first))
        return (
            before[-3:] in ((",", "along", "with"), (",", "together", "with"))
            or before[-4:] == (",", "as", "well", "as")
            or before[-2:] == (",", "plus")  # "185 servicemen returned to Russia, plus 20"
        )

    def _listed_past_aside(self, end: int, start: int) -> bool:
        """Whether a figure is listed after the one before once a dashed aside is skipped."""
        dashes = [i for i in range(end, start) if self.norm(i) in ("—", "–")]
        if len(dashes) != 2:
            return False
        return self._listed(dashes[1] + 1, start) or (
            dashes[1] + 1 == start - 1 and self.norm(start - 1) == "and"
        )

    def _object_after_to_and_aside(self, verb: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` is the object of ``verb`` after "to <side>" and a comma-set aside.

        "handed over to the Ukrainian side, on a humanitarian basis, the bodies of 757
        servicemen": the receiver and an aside stand between the verb and what it moves.
        """
        at = verb.last
        if self.norm(at) != "to":
            return False
        side = next((p for p in self.m.parties if p.first in (at + 1, at + 2)), None)
        if side is None or self.norm(side.last) != ",":
            return False
        close = next(
            (
                i
                for i in range(side.last + 1, min(side.last + 9, figure.first))
                if self.norm(i) == ","
            ),
            None,
        )
        return close is not None and figure.first - close <= 4

    def _boundary(self, start: int, end: int) -> bool:
        return any(self.norm(i) in (";",) for i in range(start, end))

    def _figure_between(self, start: int, end: int) -> bool:
        return any(start <= f.first < end for f in self.m.figures)

    def _received_by(self, predicate: TransferWord) -> bool:
        """Whether a verb of getting is passive with its agent right after: "received by Kyiv".

        Only verbs that cannot mean sending: "were returned home by Russia" names the
        sender, though "returned home" alone tells a coming back.
        """
        return (
            predicate.move is Move.RECEIVE
            and self.norm(predicate.first) in _GETTING_PARTICIPLES
            and self.norm(predicate.last) == "by"
            and self._party_after(("by",), predicate.last, predicate.last + 1) is not None
        )

    def _party_after(self, words: tuple[str, ...], start: int, stop: int) -> str | None:
        """The actor named after one of ``words`` ("to Ukraine", "from Russian captivity")."""
        actors = self._actors()
        outside = not self._in_relative(start)
        for i in range(start, min(stop, self.last)):
            if self.norm(i) not in words:
                continue
            if self.norm(i) == "to" and self.norm(i + 1) in _INFINITIVES:
                continue  # "some may prove to be Russian": "to" before a verb leads nowhere
            if outside and self._in_relative(i):
                continue  # "whose leaders kept channels to Moscow open": not the main clause's
            named = [p for p in self.m.parties if i < p.first <= i + 4]
            # "to Ukrainian servicemen" says whose they are, not where they went;
            # "by Qatar" names a go-between
            if named and named[0] in actors:
                return named[0].code
        return None

    def _subject(
        self, predicate: TransferWord, floor: int, shared: bool = True
    ) -> list[PartyMention]:
        """The actors that do the handing over: just before the verb, maybe two joined by "and".

        Not a party inside a relative clause ("bodies that Russia says are ..."),
        nor one governed by a preposition ("returned to Ukraine and Russia got
        back 24"). A verb with no subject of its own in a participial clause
        ("…, taking back 900") or coordinated with the verb before it ("… and
        handed over 31") shares that verb's subject.
        """
        clause = self.first + self.clauses.start_of(predicate.first - self.first)
        floor = max(floor, clause)
        candidates = [
            p
            for p in self._actors()
            if floor <= p.first
            and p.last <= predicate.first
            and (
                not self.clauses.in_relative(p.first - self.first, restrictive=True)
                # "the ministry, which said Ukraine had received 1,212": the clause's own
                or self.clauses.same_relative(p.first - self.first, predicate.first - self.first)
            )
            and self.norm(p.first - 1) not in _PREPOSITIONS
        ]
        if not candidates:
            coordinated = self.norm(predicate.first - 1) == "and" or self.clauses.shares_subject(
                predicate.first - self.first
            )
            earlier = [t for t in self.m.transfers if t.last <= predicate.first - 1]
            if shared and coordinated and earlier:
                return self._subject(earlier[-1], self.first, shared=False)
            return self._pronoun_subject(predicate, floor)
        chosen = [candidates[-1]]
        if len(candidates) > 1:
            between = {self.norm(i) for i in range(candidates[-2].last, chosen[0].first)}
            if between and between <= {"and", ","}:
                chosen.insert(0, candidates[-2])
        return chosen

    def _each_subject(self, predicate: TransferWord) -> bool:
        """Whether the verb's subject is "each side" or "either country": one figure per direction.

        "Each side handed over 390 people", "each of the two countries released
        90": the distributive subject makes the figure the count of every side.
        """
        i = predicate.first - 1
        while i >= self.first and self.norm(i) in _VERB_GROUP_WORDS:
            i -= 1  # "each side has now released"
        if i - 1 < self.first or self.norm(i) not in _SIDE_NOUNS | _SIDE_PLURALS:
            return False
        if self.norm(i - 1) in ("each", "either"):
            return True
        # "each of the two sides", "each of the countries"
        return self.norm(i - 1) in ("the", "two") and any(
            self.norm(j) == "each" and self.norm(j + 1) == "of"
            for j in range(max(self.first, i - 4), i)
        )

    def _pronoun_subject(self, predicate: TransferWord, floor: int) -> list[PartyMention]:
        """A subject that points back: "it received", "its teams took charge of the remains".

        The pronoun stands for the latest speaker of a party named before (the
        coordination headquarters, the ministry), whose party does the handing over.
        """
        i = predicate.first - 1
        while i >= floor and self.norm(i) in _VERB_GROUP_WORDS:
            i -= 1  # "it has now received"
        if self.norm(i) == ",":
            # "it, too, received", "they, in turn, handed over": a short aside
            aside_start = next(
                (j for j in range(i - 1, max(floor, i - 5) - 1, -1) if self.norm(j) == ","), None
            )
            if aside_start is not None:
                i = aside_start - 1
        if i >= floor and self.norm(i) in ("it", "they"):
            pronoun = i
        elif i - 1 >= floor and self.norm(i - 1) in ("its", "their"):
            pronoun = i - 1  # "its teams took charge of"
        else:
            return []
        # "Russia ... said it had received 19": "it" is whoever said so
        for verb, entries in self.verb_speakers:
            if verb in (pronoun - 1, pronoun - 2) and self.norm(pronoun - 1) in (
                "that",
                *lx.SPEECH,
            ):
                parties = [e.party for e in entries if e.party is not None]
                if len(parties) == 1 and parties[0] not in MEDIATOR_CODES:
                    return [PartyMention(pronoun, pronoun + 1, parties[0], ACTOR, True)]
        said = pronoun - 1 - (self.norm(pronoun - 1) == "that")
        if self.norm(said) in lx.SPEECH and self.norm(said - 1) == "and":
            # "Russia returned 1,000 bodies and said it had received 19": the subject of
            # the first clause said it
            opening = [
                p
                for p in self._actors()
                if p.last <= said and self.norm(p.first - 1) not in _PREPOSITIONS
            ]
            if opening and opening[0].code not in MEDIATOR_CODES:
                return [PartyMention(pronoun, pronoun + 1, opening[0].code, ACTOR, True)]
        entry = self.discourse.resolve(_POINTED_ROLES)
        if entry is None or entry.party is None or entry.party in MEDIATOR_CODES:
            return self._sentence_subject(pronoun)
        return [PartyMention(pronoun, pronoun + 1, entry.party, ACTOR, True)]

    def _sentence_subject(self, pronoun: int) -> list[PartyMention]:
        """The one country that opens the sentence as subject, for "it" later in it.

        "Ukraine has received its dead many times; in June and July alone it took
        back 79 and 84 bodies": with no speaker to point back to, a singular "it"
        stands for the only party named earlier in the sentence outside a
        prepositional phrase.
        """
        if self.norm(pronoun) != "it":
            return []
        named = {
            p.code
            for p in self.m.parties
            if p.last <= pronoun and self.norm(p.first - 1) not in _PREPOSITIONS
        }
        if (
            len(named) != 1
            or named & MEDIATOR_CODES
            or any(
                p.last <= pronoun and self.norm(p.first - 1) in _PREPOSITIONS
                for p in self.m.parties
            )
        ):
            return []
        return [PartyMention(pronoun, pronoun + 1, next(iter(named)), ACTOR, True)]

    def _gapped_subject(self, predicate: TransferWord, figure: FigureMention) -> list[PartyMention]:
        """The subject of a verb left out: "Ukraine got back 246 and Russia the same number".

        A party right after "and" (or a comma) and right before the figure, with
        the verb of the first clause between, is the subject of that verb again.
        """
        named = [
            p
            for p in self._actors()
            if predicate.last <= p.first and p.last == figure.first and p.noun
        ]
        if not named:
            return []
        party = named[-1]
        if self.norm(party.first - 1) in ("and", ",") and not self._in_relative(party.first):
            return [party]
        return []

    def _nationality(self, figure: FigureMention, stop: int) -> str | None:
        if figure.nationality is not None:
            return figure.nationality
        if figure.pronoun in ("its", "their"):
            owners = [p for p in self._actors() if p.last <= figure.first]
            # "Russia returned to Ukraine 1,000 bodies, receiving 24 of its own troops":
            # "its" is the subject's, not the party after "to" nor a partner ("a swap with
            # Moscow"; but "with Kyiv saying 116 of its" makes Kyiv a subject)
            subjects = [
                p
                for p in owners
                if self.norm(p.first - 1) not in ("to", "from", "into")
                and not (self.norm(p.first - 1) == "with" and self.norm(p.first - 2) in _DEALS)
            ]
            if subjects or owners:
                return (subjects or owners)[-1].code
        if figure.pronoun == "our":
            # with no verb of saying near, "our citizens" in a statement are its author's
            tellers = (self.speaker_near(figure.first), self.attribution, self.discourse.statement)
            side = next((t.party for t in tellers if t is not None and t.party), None)
            if side is not None:
                return side
        if figure.pronoun == "enemy":
            # "the bodies of 39 enemy soldiers were handed over": the other side of the teller
            teller = self.attribution or self.speaker_near(figure.first) or self.discourse.statement
            if teller is not None and teller.party is not None:
                return _other(teller.party, self._belligerents)
        if self.norm(figure.np_end) == "of":
            # "230 prisoners of war of the armed forces of Ukraine": whose soldiers they are
            named = next(
                (p for p in self.m.parties if figure.np_end < p.first <= figure.np_end + 5), None
            )
            if named is not None and all(
                self.norm(i) in _FORCES_OF for i in range(figure.np_end, named.first)
            ):
                return named.code
        # "1,000 bodies, which belong to Ukrainian servicemen"; "people who Moscow says were ..."
        # but not past the end of the figure's clause ("..., and did not mention any
        # wounded Russians")
        for i in range(figure.np_end, min(stop, self.last) - 1):
            if self.norm(i) in (";", "while", "whereas") or (
                self.norm(i) == "," and self.norm(i + 1) in ("and", "but", "a", "an")
            ):
                # "..., a pattern the office puts down to the lists the Russians signed":
                # an apposition on the whole clause is about something else
                stop = i
                break
        for party in self.m.parties:
            if party.role == NATIONALITY and figure.np_end <= party.first < stop:
                if self._other_people(figure, party):
                    continue  # "..., without saying how many Russian remains went back"
                if any(
                    self.norm(i) in _MAYBE
                    for i in range(max(figure.np_end, party.first - 4), party.first)
                ):
                    continue  # "and warned that some might prove to be Russian": a guess
                return party.code
        return self._specified_people(figure)

    def _specified_people(self, figure: FigureMention) -> str | None:
        """The nationality of the subject a copula spells out: "The Ukrainians freed were 51 ...".

        "The Ukrainians returned were 51 servicemen and 33 civilians", "the Russians
        handed over comprised 40 soldiers": the subject names the people and their
        side; the figures after the copula count them.
        """
        at = figure.first - 1
        for _ in range(6):  # back over the figures listed before it: "were 51 ... and 33"
            if self.norm(at) in (",", "and"):
                at -= 1
                continue
            listed = next((f for f in self.m.figures if f.np_end == at + 1), None)
            if listed is None:
                break
            at = listed.first - 1
        if self.norm(at) not in ("were", "are", "comprised"):  # not "included": a subset
            return None
        verb = next((t for t in self.m.transfers if t.last == at), None)
        if verb is None:
            return None
        party = next(
            (p for p in self.m.parties if p.role == NATIONALITY and p.last == verb.first), None
        )
        if party is None or any(
            self.norm(i) in ("among", "including")
            for i in range(max(self.first, party.first - 3), party.first)
        ):
            return None  # "Among the Ukrainians freed were two civilians": a subset
        return party.code

    def _other_people(self, figure: FigureMention, party: PartyMention) -> bool:
        """Whether a nationality after the figure qualifies other people, not the figure's.

        "bodies, which belong to Ukrainian servicemen" says whose the bodies are; in
        "94 bodies, the ministry said, without saying how many Russian remains went
        back" the Russian remains are another group: no relative clause leads to them.
        """
        if party.first - figure.np_end <= 2:
            return False
        if lx.PEOPLE.match(self.tokens, party.last, self.last) is None:
            return False
        if self.norm(party.first - 1) == "of" and self.norm(party.first - 2) in _NUMBER_HEADS:
            return True  # "..., which does not publish the number of Russian bodies": a count
        between = {self.norm(i) for i in range(figure.np_end, party.first)}
        return between.isdisjoint(_ABOUT_THEM)

    def _relative_attribution(self, figure: FigureMention, stop: int) -> SourceEntry | None:
        """The speaker in "bodies that Moscow says are those of Ukrainian soldiers"."""
        if self.norm(figure.np_end) not in ("who", "whom", "which", "that"):
            return None
        for verb, subject in self.verb_speakers:
            if figure.np_end < verb < stop and len(subject) == 1:
                return subject[0]
        return None

    def _category(self, figure: FigureMention, previous: LegDraft | None) -> PersonCategory:
        if self.norm(figure.first - 1) == "of" and self.norm(figure.first - 2) in (
            "bodies",
            "remains",
        ):
            return PersonCategory.REMAINS  # "the bodies of 45 of its own"
        if self.norm(figure.last) == "others" and self.norm(figure.first - 1) == "and":
            return PersonCategory.OTHER  # "60 of its sailors and 25 others": not of that kind
        noun = figure.noun
        if noun is None and self.norm(figure.last) == "of":
            promised = self._promised_group(figure)
            if promised is not None:
                figure = promised  # "returned 22 of them": the promised group's kind
                noun = figure.noun
            else:
                noun = self._them_noun(figure)  # "757 of them", them being bodies
        if noun is None:
            noun = self._apposed_noun(figure)
        if noun is None:
            noun = self._recurring_noun(figure)
        if figure.remains or (noun is not None and noun.remains) or self._bodies_before(figure):
            return PersonCategory.REMAINS
        category = noun.category if noun is not None else None
        firsts = [f.first for f in self.m.figures]
        k = bisect.bisect_right(firsts, figure.first)
        stop = self.m.figures[k].first if k < len(self.m.figures) else self.last
        # "the same numbers of servicemen and civilians" is one figure per kind, each of its
        # own kind; "189 soldiers and civilians" is one figure of both
        shared = k - bisect.bisect_left(firsts, figure.first) > 1
        if (
            noun is not None
            and not shared
            and mixed_group(self.norms, figure.np_end - self.first, stop - self.first, category)
        ):
            return PersonCategory.OTHER  # "189 soldiers and civilians"
        civilians = bool(self.norm_set & lx.CIVILIAN_WORDS)
        if category is None:
            if noun is not None and self.norm(figure.np_end - 1) in _DEMONYM_PLURALS:
                # "84 Ukrainians came home", "in exchange for 110 Russians": a nationality
                # alone names people of no one kind (the coding conventions' mixed figure),
                # even in a report of a prisoner swap; wounded ones are wounded prisoners
                if not civilians and self.norm_set & _PRISONER_CONTEXT and figure.wounded:
                    return PersonCategory.WOUNDED_PRISONERS
                return PersonCategory.OTHER
            if (
                noun is not None
                and figure.wounded
                and not civilians
                and self.norm(figure.np_end - 1) == "men"
                and (self.norm_set & _PRISONER_CONTEXT or self.discourse.topic in _MILITARY)
            ):
                # "the wounded men it received": in a report of a prisoner swap, wounded men
                # handed over are wounded prisoners, as "wounded soldiers" are
                return PersonCategory.WOUNDED_PRISONERS
            if noun is not None and self._kindless(figure):
                return PersonCategory.OTHER  # "207 of its people had come home"
            if (
                noun is None
                and (previous is None or previous.sentence != self.index)
                and (
                    self.discourse.category in (None, PersonCategory.OTHER)
                    # a report of a prisoner swap that told of a few civilians as well:
                    # its later bare "1,000 for 1,000" is of prisoners
                    or (
                        self.discourse.category is PersonCategory.CIVILIANS
                        and self.discourse.topic is PersonCategory.PRISONERS_OF_WAR
                    )
                )
                and self.discourse.topic in (None, PersonCategory.PRISONERS_OF_WAR)
                and self._bare_swap(figure)
            ):
                # a new sentence's "150 were exchanged for 150" is not the mixed group of
                # the one before
                return PersonCategory.PRISONERS_OF_WAR
            if previous is not None:
                if figure.wounded and previous.category is PersonCategory.PRISONERS_OF_WAR:
                    return PersonCategory.WOUNDED_PRISONERS  # "including 15 wounded men"
                return previous.category
            if noun is None and self.discourse.category is not None:
                return self.discourse.category  # "there followed a swap of 100 for 100"
            if noun is None and self.discourse.topic is not None:
                return self.discourse.topic  # a report on prisoner talks: "swapped 1,000 for 1,000"
            if not civilians and self.norm_set & {"prisoners", "pows", "captivity", "prisoner"}:
                return PersonCategory.PRISONERS_OF_WAR
            if noun is None and self._bare_swap(figure):
                return PersonCategory.PRISONERS_OF_WAR  # "when 150 were exchanged for 150"
            return PersonCategory.OTHER
        if category is PersonCategory.PRISONERS_OF_WAR:
            if figure.wounded:
                return PersonCategory.WOUNDED_PRISONERS
            near = {
                self.norm(i)
                for i in range(max(self.first, figure.first - 6), min(self.last, figure.np_end + 3))
            }
            # "brought home 144 of its servicemen and also recovered the bodies of soldiers":
            # the bodies are another clause's
            # "took back 94 bodies ..., while Russia received 38 of its own soldiers": the
            # other side's soldiers in a sentence about the dead are dead too
            bodies_before = (
                previous is not None
                and previous.sentence == self.index
                and previous.category is PersonCategory.REMAINS
            )
            if (near & {"bodies", "remains", "fallen"} or bodies_before) and not self.norm_set & {
                "prisoners",
                "pows",
                "captivity",
                "captives",
            }:
                return PersonCategory.REMAINS
        return category

    def _bare_swap(self, figure: FigureMention | None = None) -> bool:
        """Whether a sentence reports a swap between the sides in bare figures.

        In war reporting "150 were exchanged for 150" or "246 went each way", with no
        people noun, means prisoners of war unless the sentence speaks of civilians or of
        the dead; a nationality or "people" noun keeps its mixed reading.
        """
        words = self.norm_set
        # "fifty went each way": a figure going each way is itself a swap
        swap = bool(words & (_SWAP_VERBS | _EXCHANGE_NOUNS)) or (
            figure is not None and self._went_each_way(figure)
        )
        return swap and words.isdisjoint(_BARE_SWAP_OTHERWISE)

    def _sent_nowhere(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether a bare "send" lacks the "home", "back" or side that makes it a handover.

        "while sending 195 Russian soldiers home", "the remains of 31 soldiers were sent
        in the opposite direction" are handovers; "sent 5,000 troops to the front" is not.
        """
        if predicate.last - predicate.first != 1 or _lemmas.lemma(self.norm(predicate.first)) != (
            "send"
        ):
            return False
        after = [self.norm(i) for i in range(max(figure.np_end, predicate.last), self.last)][:5]
        if not {"home", "back"}.isdisjoint(after[:2]):
            return False
        if "opposite" in after or ("other" in after and "way" in after):
            return False
        if after[:1] == ["to"] and after[1:2] and after[1] in _DEPLOYED_TO:
            return True  # "sent 11,000 men to help Moscow": troops deployed, not handed over
        if (
            after[:1] == ["to"]
            and self.norm(figure.np_end - 1) == "troops"
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
        if self.norm(predicate.first - 1) in ("any", "no"):
            return True
        if self.norm_set.isdisjoint(_DENIALS):
            return False
        start = max(self.first, predicate.first - 8)
        return any(self.norm(i) in _DENIALS for i in range(start, predicate.first))

    def _shares_modal(self, predicate: TransferWord) -> bool:
        """Whether a bare verb joined by "and" to a planned one is planned too.

        "Moscow would trade 175 captives for 175 and hand over 23 wounded men": "hand
        over" is the second verb after "would".
        """
        word = self.norm(predicate.first)
        if self.norm(predicate.first - 1) != "and" or _lemmas.lemma(word) != word:
            return False
        earlier = [t for t in self.m.transfers if t.last < predicate.first]
        return bool(earlier) and not earlier[-1].done

    def _noun_not_done(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether the exchange a noun names is a plan, or did not happen, by the verb after it.

        "A further exchange, of about 50 people on each side, is being prepared and
        could take place in May"; "a swap of 500 for 500 that Kyiv proposed has not
        taken place": the noun's own verb says it is not done.
        """
        if (
            predicate.move is not Move.EVENT
            and self.norm(predicate.first) not in _EXCHANGE_NOUNS
            and self.norm(predicate.first - 1) != "the"  # "the return of", a noun
        ):
            return False
        if any(
            self.norm(i) in _SEEKING
            for i in range(max(self.first, predicate.first - 4), predicate.first)
        ):
            return True  # "was working on the return of the more than 1,000 servicemen"
        words = []
        verbs = {
            t.first: t.done
            for t in self.m.transfers
            if t.move is not Move.EVENT and self.norm(t.first) not in _EXCHANGE_NOUNS
        }
        for i in range(figure.np_end, self.last):
            if i in verbs and i != predicate.first and not verbs[i]:
                return True  # "the swap, at which 192 were to be exchanged, ...": its own plan
            if self.norm(i) in (";", "while", "whereas") or (i in verbs and i != predicate.first):
                break  # another verb of handing over, or another clause
            words.append(self.norm(i) if self.tokens[i].text != "May" else "may_month")
        if self._near_but_none(words):
            return True
        if not _HAPPENED.isdisjoint(words):
            return False  # "the swap of 100 for 100, which Kyiv had proposed, took place"
        for k, word in enumerate(words):
            following = words[k + 1 : k + 4]
            if word in _UNDONE:
                return True
            if word in _MODAL_WORDS and not {"take", "be", "happen", "go"}.isdisjoint(following):
                return True
            if word in ("not", "never") and not _HAPPEN.isdisjoint(following):
                return True
        return False

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
            if word in ("none", "no") and not _HAPPENED.isdisjoint(words[k + 1 : k + 4]):
                return True
        return False

    @property
    def _transfer_starts(self) -> set[int]:
        return {t.first for t in self.m.transfers}

    def _both_sides_after(self, figure: FigureMention) -> bool:
        """Whether "on both sides" or "from both sides" closes the figure's noun group."""
        at = figure.np_end
        return (
            self.norm(at) in ("on", "from")
            and self.norm(at + 1) == "both"
            and self.norm(at + 2) in ("sides", "countries", "armies")
        )

    def _copula_swap(self, figure: FigureMention) -> bool:
        """Whether an exchange's size is given by "was": "the first was 50 for 50", "the
        previous record was 246 each way". The same number went each way."""
        if self.norm(figure.first - 1) not in ("was", "were"):
            return False
        if self._pair(figure):
            return True
        return self.norm(figure.last) == "each" and self.norm(figure.last + 1) in (
            "way",
            "side",
            "direction",
        )

    def _bodies_before(self, figure: FigureMention) -> bool:
        """Whether a bare figure counts the bodies an earlier figure of its sentence counts.

        "Russia said it would hand over 6,000 bodies; by June Ukraine had received 6,057":
        the figure names no people, and the last figure before it that does named the dead.
        A sentence that speaks of prisoners or captives as well keeps the bare figure open.
        """
        if figure.noun is not None or not self.norm_set.isdisjoint(_CAPTIVES):
            return False
        named = [f for f in self.m.figures if f.first < figure.first and f.noun is not None]
        last = named[-1] if named else None
        return last is not None and last.noun is not None and (last.remains or last.noun.remains)

    def _recurring_noun(self, figure: FigureMention) -> Noun | None:
        """The people a bare "N each time" counts: those the clause names without a figure.

        "In July and August — about 1,000 each time — Ukraine took back its dead":
        the figure repeats over the transfers, and "its dead" says who moved.
        """
        if self.norm(figure.last) != "each" or self.norm(figure.last + 1) not in _RECURRING:
            return None
        counted = {i for f in self.m.figures for i in range(f.first, f.np_end)}
        best: tuple[int, Noun] | None = None
        for i in range(self.first, self.last):
            if i in counted:
                continue
            found = lx.PEOPLE.match(self.tokens, i, self.last)
            if found is not None and (best is None or abs(i - figure.first) < best[0]):
                best = (abs(i - figure.first), found[1])
        return best[1] if best is not None else None

    def _respective_sizes(self, figure: FigureMention) -> bool:
        """Whether the figure is one of a verbless list of swap sizes given per side.

        "On 3 June and 9 July — 61 and 77 each way, respectively — ...": figures
        listed with a per-side phrase and "respectively" size dated swaps by
        themselves, with no verb of moving.
        """
        if "respectively" not in self.norm_set:
            return False
        figures = self.m.figures
        at = next((k for k, f in enumerate(figures) if f.first == figure.first), None)
        if at is None:
            return False
        last = at
        while last + 1 < len(figures) and {
            self.norm(j) for j in range(figures[last].last, figures[last + 1].first)
        } <= {",", "and"}:
            last += 1
        first = at
        while first > 0 and {
            self.norm(j) for j in range(figures[first - 1].last, figures[first].first)
        } <= {",", "and"}:
            first -= 1
        if last == first:
            return False
        end = figures[last].np_end
        before = self.norm(end) == "respectively"  # "25 and 150 respectively in each direction"
        at = end + before
        side = lx.PER_SIDE_MORE.match(self.tokens, at, self.last)
        if side is None and self.norm(at) == "per" and self.norm(at + 1) == "side":
            side = (at + 2, True)
        if side is None and _each_respectively(self.norms, at - self.first):
            return True  # "75 and 90 each, respectively": each date's swap, each side
        if side is None:
            return False
        if before or self.norm(side[0] + (self.norm(side[0]) == ",")) == "respectively":
            return True
        return self._gapped_size_list(figures[first : last + 1], side[0])

    def _span_of_uncounted_swaps(self, figure: FigureMention) -> bool:
        """Whether "between N and M" spans the sizes of swaps told only as "several".

        "In spring there were several smaller exchanges, of between 20 and 80
        people each way": no single swap had that size, and the swaps are not
        counted, so the span moves no one that could be coded.
        """
        if "between" not in (self.norm(figure.first), self.norm(figure.first - 1)):
            return False
        start = max(self.first, figure.first - 8)
        return any(
            self.norm(i) in _EXCHANGE_PLURALS
            and any(self.norm(j) in _UNCOUNTED for j in range(max(self.first, i - 3), i))
            for i in range(start, figure.first)
        )

    def _gapped_size_list(self, listed: list[FigureMention], end: int) -> bool:
        """Whether a verbless list of per-side sizes ending its clause takes an earlier swap verb.

        "The sides swapped 60 apiece in May, and in July, August and September
        115, 103 and 95 each way": the verb is left out of the second clause, and
        the list of different figures sizes as many swaps, one per date.
        """
        if len({f.amount for f in listed}) != len(listed):
            return False
        if end < self.last and self.norm(end) not in (".", ";"):
            return False
        return any(
            t.done and t.move is Move.SWAP and t.last <= listed[0].first for t in self.m.transfers
        )

    def _one_of_them(self, figure: FigureMention) -> bool:
        """Whether the figure is of one exchange singled out of several: "in 14 exchanges
        this year, the largest of them the "1,000 for 1,000" swap in May"."""
        return any(
            self.norm(i) in _SINGLED_OUT
            and self.norm(i + 1) == "of"
            and self.norm(i + 2) in ("them", "these", "those", "which")
            for i in range(max(self.first, figure.first - 9), figure.first)
        )

    def _kindless(self, figure: FigureMention) -> bool:
        """Whether the figure's head noun names people of no kind: "people", "citizens"."""
        return self.norm(figure.np_end - 1) in _KINDLESS_HEADS

    def _perfect_now(self, start: int, stop: int) -> bool:
        """Whether the clause's verb is a perfect with "now": "has now returned", "had now been".

        A perfect that says "now" adds up to the present, so the figure is the sum of
        every exchange so far; "has now confirmed" reports a statement and says nothing of it.
        """
        if "now" not in self.norm_set:
            return False  # most sentences: no "now" to find
        for i in range(max(start, self.first + 1), stop - 1):
            if self.norm(i) != "now" or self.norm(i - 1) not in ("has", "have", "had"):
                continue
            verb = self.norm(i + 1 + (self.norm(i + 1) == "been"))
            if verb not in _NOW_REPORTING:
                return True
        return False

    def _running_total(self, figure: FigureMention, start: int) -> bool:
        """Whether the figure's clause counts many exchanges ("so far", "in all", "since 2022").

        A date after "since" counts too ("since May 2023"), unless it only
        ranks one exchange ("the first swap since June"), and so does a number
        of exchanges ("in 58 exchanges").
        """
        k = bisect.bisect_left(self.breaks, figure.np_end)
        stop = self.breaks[k] if k < len(self.breaks) else self.last
        # "The swap, which freed 100 people in all, was the second: on Monday, 140 ...":
        # a cue before a colon or semicolon is the earlier clause's
        start = max(
            [start, *(i + 1 for i in range(start, figure.first) if self.norm(i) in (":", ";"))]
        )
        after = [self.norm(i) for i in range(figure.np_end, min(self.last, figure.np_end + 8))]
        skipped = len(after) - len(self._past_apposition(figure, after)) or self._aside(after)
        if skipped:
            # "5,941 Ukrainians, both defenders and civilians, have been returned since ..."
            k = bisect.bisect_left(self.breaks, figure.np_end + skipped)
            stop = self.breaks[k] if k < len(self.breaks) else self.last
        tallied = not self.norm_set.isdisjoint(_TALLY_PLURALS)  # "exchanges", "rounds" ...
        if tallied and any(
            self.norm(i) == "in"
            and self.norm(i + 1) in _TALLY_PLURALS
            and not self._sized_by_of(i + 1, figure)
            for i in range(max(self.first, start, figure.first - 12), figure.first)
        ):
            return True  # "in repatriations carried out with the ICRC, 2,500 bodies ..."
        if self._summing_opener(figure):
            return True  # "Counting yesterday and today, almost 700 have now come back"
        if self._perfect_now(start, stop):
            return True  # "the country had now returned 3,520 of its people"
        if self._span_stated(figure, start, stop):
            return True  # "during those five months Ukraine had recovered 11,057 bodies"
        if self._same_period(start, stop):
            return True  # "... and fewer than 1,000 have come back over the same period"
        for at in self.totals:
            if self._held_since_at(at) or self._in_people_relative(figure, at, stop):
                continue
            if at == start and start > self.first:
                continue  # "which freed 100 people in all": the figure before's total
            if at == figure.last and self._closing_sum_of_day(figure, start):
                continue  # "came home on Tuesday, 84 in all": one day's sum
            if start <= at < stop and not (self.norm(at) == "since" and self._ranked(at)):
                if self.norm(at) == "since" and self._held_since(figure, at):
                    continue
                return True
        if any(
            self.norm(i) in ("during", "over", "in")
            and self.norm(i + 1) in ("those", "these", "the")
            and self._months_or_years(i + 2 + (self.norm(i + 2) in ("past", "last")))
            for i in range(max(self.first, figure.first - 16), figure.first)
        ):
            return True  # "during those five months Ukraine had recovered 11,057 bodies"
        if self._across_told_days(figure, start, stop):
            return True  # "That brings the total, across the three days, to 1,000 ..."
        for i in range(start, stop):
            # "since the effort began", "since the programme was launched": a start told
            # by a clause, not a date, before or after the figure
            if (
                not figure.first <= i < figure.np_end
                and self.norm(i) == "since"
                and not self._ranked(i)
                and any(self.norm(j) in _STARTED for j in range(i + 2, min(stop, i + 6)))
            ):
                return True
            if (
                not figure.first <= i < figure.np_end
                and self.norm(i) == "since"
                and not self._ranked(i)
                and not self._held_since_at(i)  # "men Russia had held since the battles"
                and any(self.norm(j) in _START_EVENTS for j in range(i + 1, min(stop, i + 5)))
            ):
                return True  # "since the Istanbul talks", "since June's deal": a start by event

        if tallied and any(
            self.norm(i + 1) in _TALLY_PLURALS
            and (self.norm(i).isdigit() or self.norm(i) in lx.NUMBER_WORDS)
            for i in range(max(self.first, figure.first - 8), min(stop, figure.np_end + 12))
        ):
            return True  # "in 58 exchanges, about 4,500 people have come home"
        for date in self.m.dates:
            if not start <= date.first < stop or self._in_people_relative(figure, date.first, stop):
                continue
            # "since the first batch on June 11": a rank after "since" is the start's own
            since = next(
                (
                    i
                    for i in range(date.first - 1, max(start, date.first - 8) - 1, -1)
                    if self.norm(i) == "since"
                ),
                date.first,
            )
            if date.since and not self._ranked(since):
                if (
                    self._held_since_at(date.first)
                    or self._held_since_at(since)  # "held since the battles in the spring"
                    or self._held_since(figure, date.first - 1)
                    or self._when_of(date, figure)
                ):
                    continue
                return True
            if self.norm(date.first - 1) in ("during", "throughout") and _WHOLE_SPAN.fullmatch(
                date.text
            ):
                return True  # "had come home from captivity during 2024": a year's total
            if self._year_total(date, figure, start):
                return True
            if self.norm(date.last) == "alone" and not self._ranked(date.first):
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

    def _span_stated(self, figure: FigureMention, start: int, stop: int) -> bool:
        """Whether the clause gives the figure a span of time rather than a day.

        "during those five months", "over the past two years", "over the same
        period", "by the end of 2022", "since the Istanbul talks", or an
        opening "With Wednesday's exchange, ... had been returned": the figure
        sums every handover in the span.
        """
        # "over the past two years": the span's own number may be the figure before this one
        opening = max(self.first, figure.first - 14)
        opening = max(
            [opening, *(i + 1 for i in range(opening, figure.first) if self.norm(i) == ";")]
        )
        for i in range(opening, stop):
            word = self.norm(i)
            if word in ("during", "over", "throughout", "in", "within"):
                words = [self.norm(j) for j in range(i + 1, min(stop, i + 5))]
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
                if words[:3] in (["the", "same", "period"], ["that", "same", "period"]):
                    return True
                if word != "in" and words[:2] in (["the", "year"], ["that", "year"]):
                    return True  # "1,646 Ukrainians were freed during the year"
                if (
                    words[:1] == ["the"]
                    and words[1:2] in (["past"], ["last"])
                    and words[2:3] in (["year"], ["months"], ["years"])
                ):
                    return True  # "over the past year", "in the last months": a span
                if (
                    word != "in"
                    and words[:1] == ["the"]
                    and [w for w in words[1:3] if w not in ("whole", "entire")][:1] == ["year"]
                ):
                    return True  # "over the whole year", "during the year": the year's sum
            elif (
                word == "by"
                and (
                    [self.norm(k) for k in range(i + 1, i + 4)] == ["the", "end", "of"]
                    or self._reached_by(i, opening, stop)
                )
            ) or (
                word == "since"
                and self.norm(i + 1) == "the"
                and not self._ranked(i)
                and any(self.norm(j) in _OPENING_EVENTS for j in range(i + 2, min(stop, i + 5)))
            ):
                return True
        if self._between_dates(opening, stop):
            return True  # "1,200 were returned between 1 June and 31 August"
        if self.norm(self.first) == "with" and start == self.first:
            comma = next((j for j in range(self.first, figure.first) if self.norm(j) == ","), None)
            return (
                comma is not None
                and any(self.norm(j) in _EXCHANGE_NOUNS for j in range(self.first, comma))
                and any(
                    self.norm(j) in ("had", "has", "have")
                    for j in range(figure.np_end, min(self.last, figure.np_end + 3))
                )
            )
        return False

    def _between_dates(self, opening: int, stop: int) -> bool:
        """Whether "between <date> and <date>" in ``opening``..``stop`` spans two dates.

        "were returned between 1 June and 31 August", "between June and July": a figure
        told over two dates sums what came back in between, not one handover.
        """
        return any(
            opening <= before.first and after.first < stop for before, after in self._date_spans()
        )

    def _date_spans(self) -> Iterator[tuple[DateMention, DateMention]]:
        """The pairs of dates of "between <date> and <date>" in the sentence."""
        for before, after in itertools.pairwise(self.m.dates):
            if (
                self.norm(before.first - 1) == "between"
                and self.norm(before.last) == "and"
                and after.first == before.last + 1
            ):
                yield before, after

    def _between_span(self, text: str) -> str | None:
        """The span "X to Y" when ``text`` opens "between X and Y", for the period parser."""
        return next(
            (
                f"{before.text} to {after.text}"
                for before, after in self._date_spans()
                if before.text == text
            ),
            None,
        )

    def _reached_by(self, by: int, opening: int, stop: int) -> bool:
        """Whether "by" at ``by`` gives the day a past-perfect count had been reached.

        "had handed over 4,000 bodies by March 3", "by the time the talks ended,
        3,100 had been returned": the pluperfect counts everything up to that
        point, so the figure is a running total, not one handover.
        """
        after = self.norm(by + 1)
        dated = (
            (after == "the" and self.norm(by + 2) == "time")  # "by the time the talks ended"
            or after in lx.MONTHS  # "by March 3"
            or (after.isdigit() and self.norm(by + 2) in lx.MONTHS)  # "by 3 March"
        )
        return dated and any(self.norm(i) == "had" for i in range(opening, stop))

    def _same_period(self, start: int, stop: int) -> bool:
        """Whether the clause points back to the span of a running total just stated.

        "Fewer than 1,000 bodies have come back over the same period", "in the same
        period": the span is the earlier total's, so this figure is a total too.
        """
        recent = [t for t in self.discourse.tallies if self.index - t.sentence <= 2]
        return bool(recent) and any(
            self.norm(i) == "same"
            and self.norm(i + 1) in ("period", "span", "time")
            # "at the same time" is the moment of the exchange just told, not a span
            and self.norm(i - 2) != "at"
            for i in range(start, stop)
        )

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
            words = (self.norm(i), self.norm(i + 1))
            if not (
                words[0] in ("counting", "combined", "cumulatively")
                or words in (("together", "with"), ("taken", "together"), ("added", "together"))
            ):
                continue
            if i > self.first and self.norm(i - 1) not in (",", "—", "–", "that", ":"):
                continue  # "released 50 soldiers together with ten civilians": a part added
            if self.norm(i - 1) == "," and any(f.np_end <= i for f in self.m.figures):
                # "60 defenders came back, together with the body of a volunteer, and ...":
                # after a figure the phrase adds to that clause; it opens no sum
                continue
            comma = next((j for j in range(i + 1, figure.first) if self.norm(j) == ","), None)
            return (i, comma) if comma is not None and comma - i <= 8 else None
        return None

    def _in_people_relative(self, figure: FigureMention, at: int, stop: int) -> bool:
        """Whether word ``at`` is in a relative clause on the figure's people, before its verb.

        "Nine residents who had been stranded in Ukraine since last summer have
        returned": the date tells the people's story, not the span of a running total.
        """
        if at < figure.np_end or not any(
            self.norm(i) in ("who", "whom")
            for i in range(figure.np_end, min(at, figure.np_end + 8))
        ):
            return False
        return any(at < t.first < stop and t.done for t in self.m.transfers)

    def _both_sides(self, figure: FigureMention) -> bool:
        """Whether "on/from/of both sides" follows the figure's people: a two-way sum."""
        after = [self.norm(i) for i in range(figure.np_end, min(self.last, figure.np_end + 4))]
        if after[:1] in (["on"], ["from"], ["of"]) and (
            after[1:3] == ["both", "sides"] or after[1:4] == ["the", "two", "sides"]
        ):
            return True  # "2,077 captives from the two sides"
        # "101 children had been reunited with their families in both directions", "to
        # 2,184, counting both sides": the clause counts people either way, both sides'
        k = bisect.bisect_left(self.breaks, figure.np_end)
        stop = min(self.breaks[k] if k < len(self.breaks) else self.last, figure.np_end + 12)
        return self._both_destinations(figure.np_end, stop) or (
            "both" in self.norm_set
            and any(
                (self.norm(i) == "both" and self.norm(i + 1) in ("directions", "ways"))
                or (
                    self.norm(i) == "counting"
                    and self.norm(i + 1) == "both"
                    and self.norm(i + 2) == "sides"
                )
                for i in range(figure.np_end, stop + 3)
            )
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
            between = {self.norm(i) for i in range(one.last, other.first)}
            if (
                one.code != other.code
                and self.norm(one.first - 1) in ("to", "in", "into")
                and "and" in between
                and between <= {"and", "to", "in", "into", "the"}
                and (
                    other.last >= self.last
                    or self.tokens[other.last].kind != WORD
                    or self.norm(other.last) in _PREPOSITIONS | {"on", "at", "after", "under"}
                )
            ):
                return True
        return False

    def _each_time(self, figure: FigureMention) -> bool:
        """Whether "each time" or "on each occasion" follows the figure: a series."""
        after = [self.norm(i) for i in range(figure.np_end, min(self.last, figure.np_end + 4))]
        return any(
            word in ("each", "every") and (after[k + 1 : k + 2] or [""])[0] in _TIMES
            for k, word in enumerate(after)
        )

    def _apiece_to(self, figure: FigureMention) -> bool:
        """Whether "apiece" or "each" after the figure runs straight into "to <a side>".

        "three handovers returned 82 bodies apiece to Ukraine": with one receiver
        named, the figure is each handover's, not each side's.
        """
        return any(
            self.norm(i) in ("apiece", "each") and self.norm(i + 1) == "to"
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
            if self.norm(i + 2) in _CLAUSE_MARKS:
                return False
            if (
                self.norm(i) in _PART_QUANTIFIERS
                and self.norm(i + 1) == "of"
                and self.norm(i + 2) in ("whom", "which", "them", "these", "those")
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
        words: list[str] = []
        for i in range(figure.np_end, min(self.last, figure.np_end + 6)):
            if self.norm(i) in _CLAUSE_MARKS:
                break
            words.append(self.norm(i))
        held = _CAPTIVITY | {"held", "captive", "detained"}
        # "8,000 soldiers and civilians are in Russian captivity": a count of captives now
        copula = next((k for k, w in enumerate(words[:3]) if w in ("are", "is")), None)
        if copula is not None and not held.isdisjoint(words[copula + 1 : copula + 4]):
            return True
        if not {"still", "remain", "remains", "remained"} & set(words[:3]):
            return False
        return bool(set(words) & held)

    def _counted_up_to(self, figure: FigureMention) -> bool:
        """Whether the figure is a sum brought up to date by one exchange, told in the perfect.

        "With Wednesday's exchange, 2,828 Ukrainians had been returned"; "counting
        Tuesday's swap, 1,892 have come home": the exchange named is the last one
        the sum counts, and its day does not make the sum that exchange's figure.
        """
        singular = _EXCHANGE_NOUNS - _EXCHANGE_PLURALS | {"transfer", "stage", "handover"}
        opener = None
        for i in range(max(self.first, figure.first - 12), figure.first):
            if self.norm(i) in ("with", "counting", "including"):
                opener = i
        if opener is None:
            return False
        j = opener + 1
        if not (self.norm(j) in ("it", "this", "that") and self.norm(j + 1) == ","):
            # "with it, he added, 3,956 have been returned": the pronoun is the exchange told
            while j < figure.first and (
                self.norm(j)
                in ("this", "that", "the", "today's", "latest", "last", "most", "recent")
                or (self.tokens[j].poss and self.tokens[j].text[:-2] in _WEEKDAY_NAMES)
            ):
                j += 1
            if j == opener + 1:
                return False
            # "with this Easter exchange": a name or two between the article and the noun
            noun = next(
                (k for k in range(j, min(j + 3, figure.first)) if self.norm(k) in singular), None
            )
            if noun is None or any(
                self.norm(k) in _CLAUSE_MARKS | {"of", "and"} for k in range(j, noun)
            ):
                return False
        after = [self.norm(i) for i in range(figure.np_end, min(self.last, figure.np_end + 10))]
        if after[:1] in (["—"], ["–"]) and after[0] in after[1:]:
            after = after[after.index(after[0], 1) + 1 :]  # "— soldiers and civilians —"
        return bool({"have", "has", "had"} & set(after[:2]))

    def _infinitive_of(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether the verb is an infinitive on the people: "150 prisoners to be released".

        People with "to" and a verb after them ("with 192 Russians to go home") are
        the people an exchange was to move: what is planned, not what was done.
        """
        at = figure.np_end
        if self.norm(at) != "to":
            return False
        verb = at + 2 if self.norm(at + 1) in ("be", "get") else at + 1
        if verb not in self._transfer_starts and self.norm(verb) not in ("go", "come"):
            return False
        # "brought home 90 soldiers to be reunited": a verb done before the people stands
        return (
            predicate.first >= at
            or predicate.move is Move.EVENT
            or self.norm(predicate.first) in _EXCHANGE_NOUNS
        )

    def _each_event(self, figure: FigureMention) -> bool:
        """Whether "each" just before the figure distributes it over exchanges.

        "in exchanges that each involved about 20 prisoners", "each swap brought back
        50": every exchange's own figure, a series and not a running total.
        """
        return any(
            self.norm(i) == "each"
            and (
                self.norm(i + 1) in _EXCHANGE_NOUNS
                or self.norm(i - 1) in _TALLY_PLURALS
                or (self.norm(i - 1) in _RELATIVES and self.norm(i - 2) in _TALLY_PLURALS)
            )
            for i in range(max(self.first, figure.first - 4), figure.first)
        ) or (
            # "two handovers brought 60 bodies each to Russia": "each" after the figure
            self._apiece_to(figure)
            and any(
                self.norm(i) in _TALLY_PLURALS
                for i in range(max(self.first, figure.first - 8), figure.first)
            )
        )

    def _held_since_at(self, at: int) -> bool:
        """Whether "since" at or just after ``at`` says how long people were held.

        "civilians held since 2022 came home": the span of a detention, not of
        a running total.
        """
        return any(self.norm(i) in _HELD_AT_WORDS for i in range(max(self.first, at - 4), at + 1))

    def _year_total(self, date: DateMention, figure: FigureMention, start: int) -> bool:
        """Whether a whole year dates the figure: "brought home 3,311 in 2025", "this year".

        No single exchange is dated by its year alone: a year's figure sums the
        year's exchanges. The year must date the figure's own clause or open the
        sentence ("This year alone, ..."); a year in a relative clause ("detained
        in 2022"), a year that qualifies a noun ("last year's incursion", "of this
        year") or a clause that names one exchange ("the swap in 2022") does not.
        """
        text = date.text.lower()
        before = self.norm(date.first - 1)
        whole = (text in _WHOLE_YEARS and before not in ("of", "since")) or (
            _YEAR.fullmatch(text) is not None and before in _YEAR_SPANS | {"in"}
        )
        if not whole or self.norm(date.last) in ("'s", "’s", "'", "’"):
            return False
        if self.norm(date.first) == "earlier":
            return False  # "earlier this year": a time within it, not the year's sum
        if before in lx.MONTHS or any(d.last == date.first for d in self.m.dates):
            return False  # "in June last year": a month, not the year
        if self.norm(figure.first - 1) == "the":
            return False  # "the eleven Ukrainians who came home": people already counted
        begin = self._clause_start(figure.first, start)
        k = bisect.bisect_left(self.breaks, figure.np_end)
        end = self.breaks[k] if k < len(self.breaks) else self.last
        opening = date.first <= self.first + 1
        if not (opening or begin <= date.first < end):
            return False
        return not any(self.norm(i) in _ONE_EXCHANGE for i in range(min(begin, date.first), end))

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
            self.norm(i) in _HELD_WORDS and "from" not in (self.norm(i - 1), self.norm(i - 2))
            for i in range(max(figure.np_end, since - 6), since)
        ):
            return False
        return not any(figure.np_end <= t.first < since for t in self.m.transfers)

    def _when_of(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether "since <date>, when ..." tells the figure's own exchange at that date.

        "No exchange has taken place since May, when 50 soldiers came home": the 50
        came home in May; nothing is summed.
        """
        return (
            date.last < figure.first
            and self.norm(date.last) == ","
            and self.norm(date.last + 1) == "when"
            and not any(self.norm(i) == ";" for i in range(date.last, figure.first))
        )

    def _year_long(self, date: DateMention) -> bool:
        """Whether ``date`` is a whole year told as a span: "in 2025", "this year".

        "July last year" is a month: a month or a date just before the year is not a span.
        """
        if self.norm(date.first - 1) in lx.MONTHS or any(
            d.last == date.first for d in self.m.dates
        ):
            return False
        if date.text in ("this year", "last year"):
            return self.norm(date.first - 1) not in ("of", "since") and self.norm(date.first) != (
                "earlier"
            )
        return self.norm(date.first - 1) == "in" and _YEAR.fullmatch(date.text) is not None

    @staticmethod
    def _aside(after: list[str]) -> int:
        """The length of a short aside of saying right after a noun group: ", she believed,"."""
        if not after or after[0] != "," or "," not in after[1:5]:
            return 0
        close = after.index(",", 1)
        words = set(after[1:close])
        return close + 1 if words & (lx.SPEECH | _BELIEVING) else 0

    def _dated_part(self, figure: FigureMention, dates: list[DateMention]) -> bool:
        """Whether a part of a running sum is an exchange of its own, with its own date.

        "more than 260 had returned home in April, including 15 seriously wounded men
        exchanged on Easter Saturday": the part has its own verb of handing over and
        its own day, so it is that day's exchange, not a part of the sum.
        """
        if self.norm(figure.first - 1) != "including":
            return False
        verb = next((t for t in self.m.transfers if t.first == figure.np_end), None)
        if verb is None or not verb.done:
            return False
        return any(verb.last <= d.first <= verb.last + 1 and not d.since for d in dates)

    def _among(self, figure: FigureMention) -> bool:
        """Whether the figure is a part of a group told before ("among those freed were 108")."""
        if (self.norm(figure.first - 2), self.norm(figure.first - 1)) == ("among", "the"):
            return False  # "three men were among the 90 defenders freed": 90 is the group
        return (
            self._named_among_them(figure)
            or self._were_among(figure)
            or self._included_part(figure)
            or self._fronted_among(figure)
            or any(
                self.norm(i) == "among"
                for i in range(max(self.first, figure.first - 4), figure.first)
            )
        )

    def _included_part(self, figure: FigureMention) -> bool:
        """Whether the figure opens an aside "including M" on the figure just before.

        "Twenty Ukrainians, including two civilians, came home": the two are among the
        twenty, counted once in the whole, like a part named with "among them".
        """
        if (self.norm(figure.first - 2), self.norm(figure.first - 1)) != (",", "including"):
            return False
        return any(f.np_end == figure.first - 2 for f in self.m.figures if f is not figure)

    def _fronted_among(self, figure: FigureMention) -> bool:
        """Whether the clause opens with "among ..." and the figure follows its copula.

        "Among those returned to Russia were also eight residents of Kursk": the eight
        are a part of a handover counted as a whole, however long the group named first.
        """
        at = figure.first - 1
        if self.norm(at) == "also":
            at -= 1
        if self.norm(at) not in ("were", "was"):
            return False
        for i in range(at - 1, max(self.first, at - 12) - 1, -1):
            if self.norm(i) in _CLAUSE_MARKS:
                return False
            if self.norm(i) == "among":
                return True
        return False

    def _modifying_participle(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether the verb of moving only narrows the figure's people, whose own verb is a
        perfect after it: "more than 1,000 Ukrainians returned this year had been held
        for over two years" tells how long a part of the returned was held, not a return.

        A perfect that moves them again ("have been flown home", "had been taken to
        Kyiv") still tells of the handover and keeps it.
        """
        if predicate.first != figure.np_end or predicate.last - predicate.first != 1:
            return False
        for i in range(predicate.last, min(self.last - 2, predicate.last + 8)):
            word = self.norm(i)
            if word in _CLAUSE_MARKS or word in ("and", "or", "but", "who", "that", "which"):
                return False
            if word in ("had", "have", "has") and self.norm(i + 1) == "been":
                verb = self.norm(i + 2)
                return not _lemmas.is_transfer_form(verb) and {"home", "back", "to"}.isdisjoint(
                    self.norm(k) for k in range(i + 3, min(self.last, i + 5))
                )
        return False

    def _questioned(self, figure: FigureMention) -> bool:
        """Whether the figure counts the people a report talked to, not those who moved.

        "based on interviews with 74 soldiers released in exchanges", "the monitors
        surveyed 120 civilians freed last year": the freed are the report's sample.
        """
        if self.norm(figure.first - 1) in _QUESTIONED:
            return True
        return self.norm(figure.first - 1) in ("with", "to") and (
            self.norm(figure.first - 2) in _QUESTIONED
        )

    def _were_among(self, figure: FigureMention) -> bool:
        """Whether the figure's people "were among" a group: "14 residents were among those freed".

        The people are a part of a handover counted as a whole elsewhere, not one more.
        """
        if "among" not in self.norm_set:
            return False  # most sentences: no "among" to find
        for i in range(figure.np_end, min(self.last - 1, figure.np_end + 8)):
            if self.norm(i) in _CLAUSE_MARKS:
                return False
            if self.norm(i) in _COPULAS_NEAR and self.norm(i + 1) == "among":
                return True
        return False

    def _named_among_them(self, figure: FigureMention) -> bool:
        """Whether "among them" follows the figure's noun group: "two priests among them"."""
        if "among" not in self.norm_set:
            return False  # most sentences: no "among" to find
        for i in range(figure.np_end, min(self.last, figure.np_end + 4)):
            if (self.norm(i), self.norm(i + 1)) == ("among", "them"):
                return True
            if self.tokens[i].kind != WORD:
                return False  # a noun the lexicon does not know ("priests"), then the phrase
        return False

    def _unit_part(self, figure: FigureMention) -> bool:
        """Whether "N of them" counts the men of one unit: a breakdown by service, not coded.

        "215 were freed, 108 of them fighters of the Azov regiment": a part by
        unit, unlike "33 of them civilians", which splits soldiers from civilians.
        """
        if (self.norm(figure.last), self.norm(figure.last + 1)) != ("of", "them"):
            return False
        return any(
            self.norm(i) in _UNITS for i in range(figure.last + 2, min(self.last, figure.last + 9))
        )

    def _bound_for(self, figure: FigureMention) -> bool:
        """Whether the people were only on their way to a handover: a plan, not a handover.

        "with 192 Russians to go home", "carrying 65 prisoners to an exchange",
        "65 prisoners on their way to a swap", "bound for the exchange": an
        infinitive of moving, or an exchange ahead of them, right after the people.
        """
        end = figure.np_end
        if self.norm(end) == "to" and any(
            t.first in (end + 1, end + 2) and not t.done for t in self.m.transfers
        ):
            return True
        words = [self.norm(i) for i in range(end, min(self.last, end + 8))]
        # "to a prisoner exchange", "to the next swap": modifiers may stand before the noun
        return any(
            (words[k] == "to" or (words[k] == "for" and words[k - 1 : k] == ["bound"]))
            and words[k + 1] in ("an", "a", "the")
            and any(
                w in _EXCHANGE_NOUNS and all(m.isalpha() for m in words[k + 2 : k + 2 + j])
                for j, w in enumerate(words[k + 2 : k + 5])
            )
            for k in range(len(words) - 2)
        )

    def _caused_not_done(self, figure: FigureMention) -> bool:
        """Whether the figure's people are the object of "will see", "would let", "could allow".

        "The deal will see 1,000 people go each way" tells what a plan would bring
        about; the verb of moving after the people has no auxiliary of its own.
        """
        at = figure.first - 1
        if at < self.first or _lemmas.lemma(self.norm(at)) not in _CAUSING:
            return False
        return not verb_group(self.norms, at - self.first).done

    def exchange_count(self) -> Count | None:
        """How many exchanges a running total covers: "in 58 exchanges", "the 61st swap"."""
        if self._exchange_count is not None:
            return self._exchange_count or None
        found: Count | None = None
        for i in range(self.first, self.last - 1):
            noun = self.norm(i + 1)
            if noun not in _EXCHANGE_NOUNS and not (
                # "in 13 rounds", "in nine rounds": rounds of exchanges, not "rounds of talks"
                noun in _TALLY_PLURALS and self.norm(i - 1) == "in" and self.norm(i + 2) != "of"
            ):
                continue
            match = _ORDINAL.fullmatch(self.norm(i))
            if match is not None:
                found = Count.exact(int(match.group(1)))
                break
            if noun in _TALLY_PLURALS and self.norm(i) in lx.NUMBER_WORDS:
                try:
                    found = Count.parse(self.norm(i))
                except ValueError:
                    continue  # "a dozen" alone is no figure phrase
                break
        if found is None:
            found = self._ordinal_of_exchange()
        self._exchange_count = found or False
        return found

    def _one_per_counted_event(self, figure: FigureMention) -> bool:
        """Whether the figure is one of a list giving each exchange counted its own figure.

        "Two swaps, on 5 January and 5 February, moved 25 and 150 prisoners": the
        number before "swaps" is the length of the list of figures, so each figure
        is one swap's, not a running total over them ("in 58 exchanges, 4,500").
        """
        counted = next(
            (
                self.norm(i)
                for i in range(max(self.first, figure.first - 12), figure.first)
                if self.norm(i + 1) in _TALLY_PLURALS
                and (self.norm(i).isdigit() or self.norm(i) in lx.NUMBER_WORDS)
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
                if not {self.norm(j) for j in range(a.last, b.first)} <= {",", "and"}:
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
        if self.norm(head - 1) == "of" and self.norm(head - 2) in _TALLY_PLURALS:
            return True
        if len(run) < 2:
            return False
        k = bisect.bisect_left(self.breaks, run[-1].np_end)
        stop = min(self.last, run[-1].np_end + 8)
        stop = min(stop, self.breaks[k + 1] if k + 1 < len(self.breaks) else self.last)
        return any(self.norm(i) == "respectively" for i in range(run[-1].np_end, stop))

    def _whole_of_returned_part(self, figure: FigureMention) -> bool:
        """Whether the next figure is a noun-less part of this one, said to be returned.

        "20,000 children were taken to Russia, of whom 388 have been returned": the
        part borrows the whole's noun (see the mentions); it is the part that came
        back, so the whole never did.
        """
        part = next((f for f in self.m.figures if f.first >= figure.np_end), None)
        return (
            part is not None and part.noun is figure.noun is not None and self._returned_part(part)
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
        if self.norm(opening - 1) == ",":  # "of whom, as of this month, 388"
            opening = next(
                (
                    i
                    for i in range(opening - 2, max(self.first, opening - 8), -1)
                    if self.norm(i) == ","
                ),
                opening,
            )
        return self._noun_borrowed(figure) and (
            self.norm(figure.last) in ("have", "has", "had")
            or (self.norm(opening - 1) == "whom" and self.norm(opening - 2) == "of")
        )

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
                or self.norm(figure.last - 1) in lx.NUMBER_WORDS
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
        if self.norm(figure.last) in ("have", "has", "had"):
            return True
        whole = next(
            (f for f in reversed(self.m.figures) if f.np_end <= figure.first and f.noun), None
        )
        return whole is not None and any(
            self.norm(i) == "since" and not self._ranked(i) and not self._held_since_at(i)
            for i in range(whole.np_end, figure.first)
        )

    def _ranked(self, since: int) -> bool:
        """Whether "since" at ``since`` ranks one exchange: "the first swap since June"."""
        return any(
            self.norm(i) in _RANKS or self._ordinal_at(i)
            for i in range(max(self.first, since - 6), since)
        )

    def _counted_exchanges(self, word: TransferWord) -> bool:
        """Whether a noun of exchanges is counted ("in 58 exchanges"), not the event told."""
        return self.norm(word.first) in _TALLY_PLURALS and (
            self.norm(word.first - 1).isdigit() or self.norm(word.first - 1) in lx.NUMBER_WORDS
        )

    def _since_event(self, word: TransferWord) -> bool:
        """Whether a noun of exchanging only names the start of a span ("since the first swap").

        Such a noun dates a running total and hands nobody over itself, so the
        figure's own verb must be looked for after it.
        """
        k = word.first - 1
        while k > self.first and self.norm(k) in _SINCE_EVENT_MODIFIERS:
            k -= 1
        return k < word.first - 1 and self.norm(k) == "since"

    def _home(self, predicate: TransferWord) -> bool:
        """Whether the verb of returning says "home" ("have come home", "brought home").

        So does a verb of coming back whose subject is the people ("had come back",
        "crossed back"): they came back to their own side.
        """
        words = [self.norm(i) for i in range(predicate.first, predicate.last)]
        if predicate.move is Move.SEND:
            # "the bodies of 503 people were repatriated": sent to their own country
            return _lemmas.lemma(words[0]) == "repatriate"
        if predicate.move is not Move.RECEIVE:
            return False
        return "home" in words or (
            "back" in words
            and (
                _lemmas.lemma(words[0]) in ("come", "cross", "go") or self._event_subject(predicate)
            )
        )

    def _event_subject(self, predicate: TransferWord) -> bool:
        """Whether the verb's subject is the handover itself ("the swap brought back 224").

        An event moves no one of its own: what it brought back came home, so the
        receiver is the home side of the one who tells it, never the event. The
        event noun heads the clause's first noun group ("The previous handover,
        on May 2, brought back"), with no preposition, party or figure before the verb.
        """
        clause = self.first + self.clauses.start_of(predicate.first - self.first)
        head = next(
            (
                i
                for i in range(clause, predicate.first)
                if self.norm(i) in _SUBJECT_EVENTS and not self._in_relative(i)
            ),
            None,
        )
        if head is None or any(
            clause <= f.first < predicate.first
            and not any(d.first <= f.first < d.last for d in self.m.dates)
            for f in self.m.figures
        ):
            return False  # "250 of the swap's people were brought back": the people are
        if any(self.norm(i) in _PREPOSITIONS or self.norm(i) == "," for i in range(clause, head)):
            return False  # "In the swap, Russia brought back ...": the event is not the subject
        return not any(
            clause <= p.first < predicate.first and not self._in_relative(p.first)
            for p in self._actors()
        )

    def _mixed(self, figure: FigureMention) -> bool:
        """Whether the people are of two kinds: "3,000 servicemen and civilians"."""
        if self.norm(figure.np_end) != "and" or figure.noun is None:
            return False
        other = lx.PEOPLE.match(self.tokens, figure.np_end + 1, self.last)
        return other is not None and other[1].category != figure.noun.category

    def _ordinal_at(self, i: int) -> bool:
        """Whether tokens ``i`` and ``i + 1`` write an ordinal ("the 64th exchange since")."""
        return (
            self.norm(i).isdigit()
            and i + 1 < self.last
            and self.tokens[i + 1].norm in ("st", "nd", "rd", "th")
            and self.tokens[i + 1].gap == 0
        )

    def _ordinal_of_exchange(self) -> Count | None:
        """The rank of an exchange: "the 61st swap", "which it numbered as the 61st"."""
        if not self.norm_set & _EXCHANGE_NOUNS:
            return None
        for i in range(self.first + 1, self.last - 1):
            number = self.norm(i)
            suffix = self.tokens[i + 1]
            if not (
                number.isdigit()
                and len(number) <= 4
                and suffix.norm in ("st", "nd", "rd", "th")
                and suffix.gap == 0
                and self.norm(i - 1) == "the"
            ):
                continue
            near = {self.norm(j) for j in range(i + 2, min(self.last, i + 4))}
            if self.norm(i - 2) == "as" or near & _EXCHANGE_NOUNS:
                return Count.exact(int(number))  # "as the 61st", "the 50th such swap"
        return None

    def legs(
        self, dates: list[DateMention], belligerents: Sequence[str]
    ) -> tuple[list[LegDraft], set[int]]:
        self._belligerents = belligerents
        legs: list[LegDraft] = []
        used: set[int] = set()
        previous: LegDraft | None = None
        series_dates = _series(dates, self)
        in_dates = {i for d in dates for i in range(d.first, d.last)}
        figures = self._shared_nouns(self.m.figures, in_dates)
        respective_dates = self._respective_dates(figures, dates)
        listed_legs: dict[int, list[LegDraft]] = {}  # the legs each figure drafted
        told: dict[int, list[LegDraft]] = {}
        for index, figure in enumerate(figures):
            earlier = self._earlier_state(figure, previous, dates)
            if (
                figure.noun is None
                and earlier is None
                and not self._counter(figure)
                and not self._bare(figure)
            ):
                rival = self._rival_figure(figure, previous, legs)
                if rival is not None:
                    used.add(index)
                    legs.append(rival)
                    told[index] = [rival]
                    previous = rival
                continue
            if figure.first in in_dates and figure.last - 1 in in_dates:
                continue  # "on Jan. 3, 230 prisoners": the 3 is the date's day
            if self._casualty_predicate(figure) or self._lost_object(figure):
                continue  # "46,000 soldiers had been killed": a claim, whatever else is near
            stop = figures[index + 1].first if index + 1 < len(figures) else self.last
            start = figures[index - 1].np_end if index > 0 else self.first
            own_dates = series_dates
            if series_dates and (
                self._dated_apart(figure, dates, series_dates)
                or self._series_beyond(figure, dates, series_dates)
            ):
                own_dates = ()  # "... on 13, 14 and 15 June, and a final one on 16 June, when"
            if index in respective_dates:
                # "By 2024 ... received 38 and 50 of its own, respectively": the paragraph's year
                own_dates = (self._in_year(respective_dates[index]),)
            elif respective_dates and any(
                not d.since and d.text not in respective_dates.values() for d in dates
            ):
                own_dates = ()  # the listed dates went to the listed figures; this has its own
            gapped = self._gapped_side(self.m.figures[index])
            if (
                gapped is not None
                and previous is not None
                and previous.sentence == self.index
                and gapped == previous.sender
                and previous.receiver is not None
            ):
                # "Ukraine received 6,057 bodies, and Russia 78": the other way round
                drafted: list[LegDraft] | None = [_reversed(previous, figure, previous.category)]
            elif earlier is not None:
                drafted = [earlier]
            else:
                drafted = self._legs_for(
                    figure, previous, start, stop, belligerents, dates, own_dates
                )
            if drafted is None and index - 1 in listed_legs:
                drafted = self._listed_like(figure, figures[index - 1], listed_legs[index - 1])
                if drafted and index in respective_dates:
                    drafted = [d._replace(dates=(respective_dates[index],)) for d in drafted]
            if drafted:
                listed_legs[index] = drafted
            if drafted is None:
                continue
            used.add(index)
            if drafted:
                if index in respective_dates:
                    drafted = [d._replace(series=False) for d in drafted]
                legs.extend(drafted)
                previous = drafted[-1]
                told[index] = drafted
        self._countered(figures, told, legs, used)
        self._reciprocated(figures, told, legs)
        moved = [leg for leg in legs if not leg.tally]  # a running sum's mix is not a swap's
        if moved:
            self.discourse.category = _told_kind(moved)
        return legs, used

    def _rival_figure(
        self, figure: FigureMention, previous: LegDraft | None, legs: list[LegDraft]
    ) -> LegDraft | None:
        """Another source's figure for the people just counted: a rival record, theirs.

        "Moscow said it freed 95 ...; Kyiv put the number at 93", "... while officials in
        Kyiv counted 148", "a figure Moscow gave as 205", "Russia's tally is lower, at
        4,600": a figure without a noun, given by a verb of counting or stating, by a
        source other than the one that gave the last figure (in this sentence or the one
        before). A restated figure, or one with no source of its own, is no rival.
        """
        if self.norm(figure.last) not in ("", ".", ",", ";"):
            return None  # "recorded 70,000 applications": the figure counts something else
        verb = rival_cue(self.norm, self.first, figure.first)
        if verb is None or (
            self.norm(figure.first - 2) in _COUNTS
            and self.norm(figure.first - 3) in lx.SIDE_ADJECTIVES
        ):
            return None  # "put the Ukrainian figure at 80": that side's way, not the last leg's
        base = previous if previous is not None and previous.sentence == self.index else None
        if base is None:
            told = [*self.discourse.legs, *self.discourse.tallies[-1:]]
            before = [leg for leg in told if leg.sentence == self.index - 1]
            base = before[-1] if before else None
            told = before
        else:
            told = [leg for leg in legs if leg.sentence == self.index]
        asked = self._asked_way(verb)
        if base is not None and asked is not None and asked[2] in (None, base.category):
            # "did not say how many bodies went to the Russian side; Russian media put the
            # number at 45": the count is of the way the question names, not the leg before
            source = self._rival_source(verb)
            if source is None or source is PUBLISHER:
                return None
            return self._given_by(base._replace(sender=asked[0], receiver=asked[1]), figure, source)
        if base is None or any(
            (leg.sender, leg.receiver, leg.category) != (base.sender, base.receiver, base.category)
            for leg in told
        ):
            return None  # two directions or kinds just told: which one it counts is unsure
        if base is None or base.amount == figure.amount:
            return None
        if (
            not base.tally
            and self.norm(verb) in _PUT
            and any(
                verb < t.first < figure.first and t.done and t.move is not Move.EVENT
                for t in self.m.transfers
            )
        ):
            return None  # "put the number it had received at 45": its verb says which way
        if base.amount.best is not None and base.amount.best == figure.amount.best:
            return None
        source = self._rival_source(verb)
        if source is None:
            return None
        if source == base.attributed or source is PUBLISHER:
            return None
        if base.attributed is not None and source.party == base.attributed.party:
            return None  # one side's two offices: a correction or a restatement, not a rival
        return self._given_by(base, figure, source)

    def _given_by(self, base: LegDraft, figure: FigureMention, source: SourceEntry) -> LegDraft:
        """The leg ``base`` as ``source`` counts it in this sentence: ``figure``, its own."""
        return base._replace(
            sentence=self.index,
            amount=figure.amount,
            attributed=source,
            accord=False,
            note=None,
            whole=False,
            definite=False,
        )

    def _asked_way(self, before: int) -> tuple[str, str, PersonCategory | None] | None:
        """The way an indirect question before ``before`` names: "how many bodies went to X".

        "(did not say) how many bodies were returned to the Russian side": (sender,
        receiver, kind) of the transfer the question asks about, when a side is named
        after its verb ("to X" receives, "from X" sends) or by the people's nationality.
        """
        for i in range(self.first, before - 2):
            if self.norm(i) != "how" or self.norm(i + 1) != "many":
                continue
            named = self._nationals_at(i + 2)
            people = named or lx.PEOPLE.match(self.tokens, i + 2, before)
            if people is None:
                return None
            verb = next((t for t in self.m.transfers if people[0] <= t.first < before), None)
            if verb is None or verb.first - people[0] > 2:
                return None
            receiver = next(
                (p.code for p in self.m.parties if p.role == NATIONALITY and p.first == i + 2),
                None,
            )
            for party in self.m.parties:
                if verb.last <= party.first < before and party.first - verb.last <= 3:
                    way = self.norm(verb.last)
                    if way == "to":
                        receiver = party.code
                    elif way == "from":
                        receiver = _other(party.code, self._belligerents)
                    break
            if receiver is None or receiver not in self._belligerents:
                return None
            sender = _other(receiver, self._belligerents)
            if sender is None:
                return None
            noun = people[1]
            kind = PersonCategory.REMAINS if noun.remains else noun.category
            return sender, receiver, kind
        return None

    def _rival_source(self, verb: int) -> SourceEntry | None:
        """Who gives the rival figure whose verb is at ``verb``: the source just before it.

        "Kyiv put ...", "Ukraine's ombudsman counts ...", "Russia's count of those it has
        let go is lower": a named source a few words before the verb (a longer subject
        before a comparative), else a side named with "officials", "media" or the like.
        """
        reach = 12 if self.norm(verb) in ("lower", "higher", "smaller", "larger") else 6
        mentions = [
            m
            for m in self._speaker_mentions()
            if m[1] <= verb
            and verb - m[1] <= reach
            and all(self.norm(i) != ";" for i in range(m[1], verb))  # not the clause before's
        ]
        if mentions:
            return mentions[-1][2]
        for party in reversed(self.m.parties):
            if (
                party.last <= verb
                and verb - party.last <= 3
                and any(self.norm(i) in _SPEAKER_NOUNS for i in range(party.last, verb))
            ):
                press = any(self.norm(i) == "media" for i in range(party.last, verb))
                named = lx.media if press else lx.government
                return named(party.code, lx.PARTY_NAMES.get(party.code, party.code))
        return None

    def _countered(
        self,
        figures: list[FigureMention],
        told: dict[int, list[LegDraft]],
        legs: list[LegDraft],
        used: set[int],
    ) -> None:
        """Send people of no stated side the other way from those they were swapped for.

        "20 servicemen were returned in return for 20 Ukrainian prisoners": the
        figure after "in return for" went one way, so the people moved by the verb
        before it went the other. Only a figure left without a direction is given one.
        """
        for index in range(len(figures) - 1):
            figure, counter = figures[index], figures[index + 1]
            if index in told or figure.nationality is not None:
                continue
            if figure.noun is None and not self._verb_right_after(figure):
                continue  # a bare figure needs its verb beside it: "116 came home in return"
            if figure.remains != counter.remains or not self._counter(counter):
                continue
            if self._among(figure):
                continue  # "20 Ukrainians, including two civilians, ... for 20 Russians"
            theirs = told.get(index + 1)
            if not theirs or len(theirs) != 1 or theirs[0].tally:
                continue
            if not any(
                t.done and figure.np_end <= t.first < counter.first for t in self.m.transfers
            ):
                continue  # the figure is not what the verb before "in return for" moved
            other = theirs[0]
            legs.insert(legs.index(other), _reversed(other, figure, self._category(figure, None)))
            used.add(index)

    def _reciprocated(
        self, figures: list[FigureMention], told: dict[int, list[LegDraft]], legs: list[LegDraft]
    ) -> None:
        """Send bodies moved with no side named against the bodies given back for them.

        "1,212 bodies were received, and Russia got 27 of its own dead back", "600
        bodies were handed over, in return for which Kyiv received 20": the later
        clause says its bodies were the return, so the bodies before went the other way.
        """
        for index in range(len(figures) - 1):
            figure, counter = figures[index], figures[index + 1]
            theirs = told.get(index + 1)
            if index in told or not figure.remains or figure.nationality is not None:
                continue
            if not theirs or len(theirs) != 1 or theirs[0].tally:
                continue
            if not any(t.done and t.last <= counter.first for t in self.m.transfers):
                continue  # nothing moved the bodies: "the list named 1,212 bodies"
            between = self.norms[figure.np_end - self.first : counter.first - self.first]
            if ";" in between or not {"and", "while", "which"} & set(between):
                continue  # the two figures are not coordinated clauses of one swap
            end = next((f.first for f in figures[index + 2 :]), self.last)
            after = self.norms[figure.np_end - self.first : end - self.first]
            returned = any(
                (w == "in" and nxt in ("return", "exchange")) or (w == "back")
                for w, nxt in zip(after, [*after[1:], ""], strict=True)
            ) or ("own" in after and {"its", "their"} & set(after))
            if not returned:
                continue
            other = theirs[0]
            if counter.noun is None and other.category is PersonCategory.OTHER:
                # "in return for which Russia received 27": bodies given for bodies
                mended = other._replace(category=PersonCategory.REMAINS)
                legs[legs.index(other)] = mended
                told[index + 1] = [mended]
                other = mended
            leg = _reversed(other, figure, PersonCategory.REMAINS)
            legs.insert(legs.index(other), leg)
            told[index] = [leg]

    def _verb_right_after(self, figure: FigureMention) -> bool:
        """Whether a done verb of moving people follows ``figure``, auxiliaries aside.

        "116 came home in return for 63 Russians", "90 were freed in return for ...":
        the bare figure is the verb's own subject, so the people it counts were moved.
        """
        return any(
            t.done
            and figure.np_end <= t.first <= figure.np_end + 3
            and all(self.norm(i) in _AUXILIARIES for i in range(figure.np_end, t.first))
            for t in self.m.transfers
        )

    def _next_list_item(self, figure: FigureMention) -> bool:
        """Whether a bare figure opens the next item of a list: "and 909", ", 84 in April".

        Besides "and", a comma opens an item when the item carries its own month or day
        (", 84 in April, and 307 in June"), and "another"/"a further" before the number
        mark one more lot of the same people ("and a further 909 on Oct. 21").
        """
        at = figure.first - 1
        if self.norm(at) in ("another", "further"):
            at -= 1 + (self.norm(at - 1) == "a")
        if self.norm(at) == "and":
            return True
        return self.norm(at) == "," and self.norm(figure.last) in ("in", "on")

    def _shared_nouns(
        self, figures: list[FigureMention], in_dates: AbstractSet[int] = frozenset()
    ) -> list[FigureMention]:
        """Give a bare figure the noun of the figure listed right after it: "90 and 95 prisoners".

        In "swapped 90 and 95 prisoners apiece" both figures count prisoners, and
        "apiece" holds for both.
        """
        shared = [self._inverted(f) for f in figures]
        for k in range(1, len(shared)):
            # "207 Ukrainian prisoners ... and 195 Russian ones": "ones" stands for the noun
            # of the figure before, the adjective before it for whose they are
            figure = shared[k]
            if figure.noun is not None or self.norm(figure.last + 1) != "ones":
                continue
            side = next(
                (
                    p.code
                    for p in self.m.parties
                    if p.first == figure.last
                    and p.last == figure.last + 1
                    and not p.noun  # the adjective: "Russian ones"
                ),
                None,
            )
            earlier = next((f for f in reversed(shared[:k]) if f.noun is not None), None)
            if side is not None and earlier is not None:
                shared[k] = figure._replace(
                    noun=earlier.noun,
                    nationality=side,
                    remains=earlier.remains,
                    wounded=earlier.wounded,
                    np_end=figure.last + 2,
                )
        for k in range(1, len(shared)):
            # "received 1,000 bodies in late April and 909 in mid-May": a bare number after
            # "and", under the same verb, counts what the figure before it counts
            figure, earlier = shared[k], shared[k - 1]
            reach = 6
            if k > 1 and earlier.first in in_dates and earlier.last - 1 in in_dates:
                # "took back 94 bodies on Aug. 16 and 250 on Sept. 20": a date's day between
                earlier, reach = shared[k - 2], 9
            gapped = self._gapped_side(figure)
            # "received 1,000 bodies on Tuesday and handed 19 to Russia": a second verb of the
            # same subject whose bare object counts the same kind of people
            shared_verb = next(
                (
                    t
                    for t in self.m.transfers
                    if t.last == figure.first
                    and t.move is not Move.EVENT
                    and self.norm(t.first - 1) == "and"
                ),
                None,
            )
            if (
                figure.noun is not None
                or earlier.noun is None
                or (
                    not self._next_list_item(figure)
                    and shared_verb is None
                    and gapped is None
                    and not self._parallel_receivers(earlier, figure)
                )
            ):
                continue
            gap = figure.first - 1 - earlier.np_end
            if gap > reach or any(
                earlier.np_end <= t.first < figure.first and t is not shared_verb
                for t in self.m.transfers
            ):
                continue
            if self.norm(figure.last) in ("of", "for", "each", "apiece", "came", "were", "went"):
                continue  # a construction of its own
            if self.norm(figure.last) in _TIME_UNITS:
                continue  # "..., and four weeks later": a span of time, no people
            shared[k] = figure._replace(
                noun=earlier.noun,
                # another verb may move the other side's people: their side is not carried
                nationality=None if shared_verb is not None else earlier.nationality,
                remains=earlier.remains,
                wounded=earlier.wounded,
                np_end=figure.last,
            )
        for k in range(len(shared) - 2, -1, -1):
            figure, following = shared[k], shared[k + 1]
            if figure.noun is not None or following.noun is None:
                continue
            between = [self.norm(i) for i in range(figure.last, following.first)]
            side = self._own_adjective(figure, following)
            if side is not None:
                # "60 Ukrainian and 60 Russian prisoners": each figure its own nationality
                shared[k] = figure._replace(
                    noun=following.noun,
                    nationality=side,
                    remains=following.remains,
                    wounded=following.wounded,
                    per_side=following.per_side,
                    np_end=figure.last + 1,
                )
            elif between and set(between) <= {"and", ",", "or", "to"}:
                shared[k] = figure._replace(
                    noun=following.noun,
                    nationality=following.nationality,
                    remains=following.remains,
                    wounded=following.wounded,
                    per_side=following.per_side,
                    np_end=figure.last,
                )
        return shared

    def _own_adjective(self, figure: FigureMention, following: FigureMention) -> str | None:
        """The side of a nationality adjective between a bare figure and the next one.

        In "60 Ukrainian and 60 Russian prisoners" the first figure borrows the noun
        of the second but keeps its own adjective, which differs from the second's.
        """
        if self.norm(figure.last + 1) != "and" or figure.last + 2 != following.first:
            return None
        side = next(
            (
                p.code
                for p in self.m.parties
                if p.first == figure.last and p.last == figure.last + 1 and not p.noun
            ),
            None,
        )
        if side is None or following.nationality in (None, side):
            return None
        return side

    def _sized_by_of(self, noun: int, figure: FigureMention) -> bool:
        """Whether ``figure`` sits in the "of" phrase of the exchange noun at ``noun``.

        "In swaps of 70 and 85 prisoners apiece, ...": the figures size each swap
        (a list of numbers joined by commas and "and"), they do not sum them.
        """
        if self.norm(noun + 1) != "of":
            return False
        return all(
            self.norm(i) in (",", "and") or self.tokens[i].kind != WORD
            for i in range(noun + 2, figure.first)
        )

    def _sizes_of_swaps(self, figure: FigureMention) -> bool:
        """Whether the figure sizes each of several exchanges rather than adding them up.

        "swaps of 70 and 85 prisoners", "exchanges of 90 soldiers apiece": the figures
        stand in the "of" phrase of a plural exchange noun and either form a list or
        are distributed by "apiece" or "each".
        """
        noun = next(
            (
                j
                for j in range(figure.first - 2, max(self.first, figure.first - 8) - 1, -1)
                if self.norm(j) in _EXCHANGE_PLURALS and self._sized_by_of(j, figure)
            ),
            None,
        )
        if noun is None:
            return False
        if noun + 2 < figure.first or self.norm(figure.last) in (",", "and"):
            return True  # one of a list of sizes
        for i in range(figure.np_end, min(self.last, figure.np_end + 3)):
            if self.norm(i) in ("apiece", "each"):
                return True
            if self.norm(i) == ",":
                break
        return False

    def _clause_before(self, end: int) -> int:
        """Where the clause ending at ``end`` starts: after the last colon or semicolon."""
        return max(
            [self.first, *(i + 1 for i in range(self.first, end) if self.norm(i) in (":", ";"))]
        )

    def _planned_before(self, end: int) -> bool:
        """Whether the clause ending at ``end`` only plans, proposes or expects what it tells.

        "Kyiv proposed a new swap: 300 for 300", "The sides may hold another swap
        soon, 300 for 300": the pair after it sizes a plan, not an exchange done.
        """
        words = {self.norm(i) for i in range(self._clause_before(end), end)}
        return not words.isdisjoint(_MODAL_WORDS | _UNDONE | _PROPOSING)

    def _sized_by_pair(self, word: TransferWord, figure: FigureMention) -> bool:
        """Whether ``figure`` is an "N for N" set off by a comma right after the phrase of ``word``.

        "talks, which produced the largest exchange of the war, 1,000 for 1,000, in
        May": the pair sizes the noun it follows, even when the noun ends a relative clause.
        """
        return (
            self._pair(figure)
            and self.norm(figure.first - 1) == ","
            and self.norm(word.first) in _EXCHANGE_NOUNS
            and word.first in self._phrase_before(figure.first - 1)
        )

    def _phrase_before(self, mark: int) -> range:
        """The positions of the phrase (at most nine words) that ends at the comma ``mark``.

        It stops at an earlier mark of punctuation, so "a smaller swap, 100 for 100"
        and "the largest exchange of the war, 1,000 for 1,000" name their noun while
        a noun in a clause before another comma does not.
        """
        start = max(self.first, mark - 9)
        for i in range(mark - 1, start - 1, -1):
            if self.tokens[i].kind != WORD and not self.norm(i).isdigit():
                return range(i + 1, mark)
        return range(start, mark)

    def _swap_before_colon(self, colon: int) -> bool:
        """Whether the clause ending at the colon ``colon`` tells of a swap that happened.

        "The biggest swap of the year came on Sunday: 300 for 300": what follows the
        colon sizes the swap (or swapping verb) the clause before it names.
        """
        start = self._clause_before(colon)
        if self._planned_before(colon):
            return False  # "Kyiv proposed a new swap: 300 for 300" is not one done
        return any(
            start <= t.first
            and t.last <= colon
            and t.done
            and (self.norm(t.first) in _EXCHANGE_NOUNS or self.norm(t.first) in _SWAP_VERBS)
            for t in self.m.transfers
        )

    def _parallel_receivers(self, earlier: FigureMention, figure: FigureMention) -> bool:
        """Whether a bare figure after a comma mirrors the one before: "N bodies to A, M to B".

        Each figure is followed straight by "to" and a side, and nothing else stands
        between them but the comma, so the second leaves out the noun of the first.
        """

        end = self._receiver_at(earlier.np_end)
        return (
            end is not None
            and end.last == figure.first - 1
            and self.norm(end.last) == ","
            and self._receiver_at(figure.last) is not None
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
        if self.norm(at) != "to":
            return None
        return next((p for p in self.m.parties if p.first == at + 1 and p.noun), None)

    def _mirrored_leg(
        self, previous: LegDraft, start: int, figure: FigureMention
    ) -> LegDraft | None:
        """The way back for "N bodies to A, M to B" when no verb reaches the second figure.

        "came a handover of the dead: 900 bodies to Ukraine, and 40 to Russia": the
        second figure, joined by a comma or "and", goes to the side that sent the first.
        """
        there = self._receiver_at(start)
        back = self._receiver_at(figure.last)
        if there is None or back is None or there.code != previous.receiver:
            return None
        between = [self.norm(i) for i in range(there.last, figure.first)]
        if between not in ([","], ["and"], [",", "and"]) or back.code != previous.sender:
            return None
        return self._listed_leg(previous, figure)._replace(
            sender=previous.receiver, receiver=previous.sender
        )

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
            or self.norm(figure.first - 1) != "including"
            or self.norm(figure.last) not in ("by", "until")
        ):
            return None
        when = next(
            (d for d in dates if figure.last < d.first <= figure.last + 2 and not d.since), None
        )
        if when is None:
            return None
        return previous._replace(
            amount=figure.amount,
            dates=(when.text,),
            series=False,
            note=None,
            exchange_count=None,
            whole=False,
            guessed=False,
            definite=False,
        )

    def _gapped_side(self, figure: FigureMention) -> str | None:
        """The side named alone before a bare figure in a gapped clause ("..., and Russia 78").

        The second clause of a coordination keeps only its subject and its number;
        the verb and the noun are those of the clause before.
        """
        party = next(
            (p for p in self.m.parties if p.last == figure.first and p.role != MEDIATOR), None
        )
        if party is None or not party.noun or figure.noun is not None:
            return None
        if self.norm(party.first - 1) not in ("and", "while", "whereas"):
            return None
        return party.code

    def _inverted(self, figure: FigureMention) -> FigureMention:
        """Give "bringing to 3,612 the number of bodies ..." the noun the figure counts.

        So too "Russian servicemen numbering 185": the noun group before
        "numbering" is what the figure counts.
        """
        if figure.noun is None and self.norm(figure.first - 1) in _NUMBERING:
            # the noun may be of several words: "prisoners of war numbering 84"
            starts = range(figure.first - 2, max(self.first, figure.first - 5) - 1, -1)
            head, found = figure.first - 2, None
            for start in starts:
                match = lx.PEOPLE.match(self.tokens, start, figure.first - 1)
                if match is not None and match[0] == figure.first - 1:
                    head, found = start, match
                    break
            if found is not None:
                noun = found[1]
                nationality = next(
                    (p.code for p in self.m.parties if p.last == head and p.role == NATIONALITY),
                    figure.nationality,
                )
                return figure._replace(noun=noun, remains=noun.remains, nationality=nationality)
        closing = self._closing_sum_noun(figure)
        if closing is not None:
            return closing
        if figure.noun is not None or (self.norm(figure.last), self.norm(figure.last + 1)) != (
            "the",
            "number",
        ):
            return figure
        if self.norm(figure.last + 2) != "of":
            return figure
        found = lx.PEOPLE.match(self.tokens, figure.last + 3, self.last)
        if found is None:
            return figure
        end, noun = found
        return figure._replace(noun=noun, remains=noun.remains, np_end=end)

    def _closing_sum_noun(self, figure: FigureMention) -> FigureMention | None:
        """Give "soldiers and marines came home on Tuesday, 84 in all" the noun it sums.

        A figure set off at the clause's end and followed by "in all" or "in total"
        counts the people named earlier in the sentence, when no other number stands
        between (else it sums those numbers, already read).
        """
        if figure.noun is not None or self.norm(figure.first - 1) not in _SET_OFF_MARKS:
            return None
        if self.norm(figure.last) != "in" or self.norm(figure.last + 1) not in ("all", "total"):
            return None
        for start in range(figure.first - 2, max(self.first, figure.first - 16) - 1, -1):
            if self.tokens[start].kind == NUM or self.norm(start) in lx.NUMBER_WORDS:
                return None
            found = lx.PEOPLE.match(self.tokens, start, figure.first - 1)
            if found is None or self.norm(start - 1) in ("of", "for"):
                continue
            nationality = next(
                (p.code for p in self.m.parties if p.last == start and p.role == NATIONALITY),
                None,
            )
            noun = found[1]
            return figure._replace(noun=noun, remains=noun.remains, nationality=nationality)
        return None

    def _closing_sum_of_day(self, figure: FigureMention, start: int) -> bool:
        """Whether a set-off "84 in all" ends a clause that tells one day's handover.

        "Ukraine brought home soldiers and marines on Tuesday, 84 in all": the sum is
        of that day's people, not a running total, when a day is told before it
        and no "since" opens a span.
        """
        if self.norm(figure.first - 1) not in _SET_OFF_MARKS:
            return False
        if self.norm(figure.last + 2) not in (".", ";"):
            return False
        return any(
            start <= d.first < figure.first and not d.since and not d.as_of for d in self.m.dates
        ) and all(self.norm(i) != "since" for i in range(start, figure.first))

    def _bare(self, figure: FigureMention) -> bool:
        """Whether a figure with no noun is a count of people by its place next to a verb.

        "Russia got back 24", "a further 103 came home", "a swap of 100 for 100":
        the verb of handing over (or the swap's "of ... for") says what is counted.
        """
        if self.norm(figure.last) == "of":
            if self.norm(figure.last + 2) == "own" and (
                self.norm(figure.first - 1) in ("received", "back", "returned", "freed")
                or self._sent_to_side(figure)
            ):
                return True  # "Russia received 90 of its own", "gave Russia 90 of its own"
            if (
                self.norm(figure.last + 2) == "own"
                and self.norm(figure.first - 1) == "of"
                and self.norm(figure.first - 2) in ("bodies", "remains")
            ):
                return True  # "Russia got back the bodies of 45 of its own"
            # "brought 757 of them back"; "promised 23 ... and returned 22 of them"
            return self._them_noun(figure) is not None or self._promised_group(figure) is not None
        if figure.amount.high is None:
            return False  # an open figure
        before = self.norm(figure.first - 1)
        if before == "over" and self.norm(figure.first - 2) in lx.PARTICLE_VERBS:
            before = "back"  # "handed over 90", like "sent back 90": the verb's object
        elif self._sent_to_side(figure):
            before = "back"  # "gave Russia 31": the verb's object, its receiver between
        if before in ("back", "returned", "received", "freed", "released", "home"):
            # "received 2,300 complaints": a noun of things after the number counts them
            following = self.norm(figure.last)
            return not (
                following.isalpha()
                and following.endswith("s")
                and following not in _NOT_PLURAL_NOUNS
                and figure.last < self.last
                and self.tokens[figure.last].kind == WORD
            )
        quoted = before in _QUOTES  # 'on the principle of "205 for 205"'
        if quoted:
            before = self.norm(figure.first - 2)
        if before == "of" and self.norm(figure.last) == "for":
            head = self.norm(figure.first - (3 if quoted else 2))
            # "a swap of 100 for 100"; "the exchange ran on the principle of 205 for 205"
            return head in _EXCHANGE_NOUNS or (
                self._pair(figure) and not self.norm_set.isdisjoint(_EXCHANGE_NOUNS)
            )
        if before == "of" and self.norm(figure.first - 2) in _EXCHANGE_PLURALS:
            # "two more swaps of 103 and 95 on each side": what the swaps moved
            return True
        if before == "and":
            listed = next((f for f in self.m.figures if f.last == figure.first - 1), None)
            if listed is not None and listed.noun is None and self._bare(listed):
                return True  # "... of 103 and 95": listed with a bare count of people
        if before == "for" and self.norm(figure.first - 2).isdigit():
            opener = self.norm(figure.first - 3)
            if opener in (",", "(") and self._planned_before(figure.first - 3):
                return False  # "Kyiv proposed a new swap, 300 for 300": the plan's other half
            return opener in ("of", ",", "(")
        partner = self._partner(figure)
        if partner is not None:
            if before in ("swapped", "exchanged", "traded"):
                return True  # "the two countries swapped 1,000 for 1,000"
            after_pair = partner.last
            after_pair += self.norm(after_pair) in _QUOTES
            if self.norm(after_pair) in _EXCHANGE_NOUNS:
                return True  # 'the three-day "1,000 for 1,000" swap in May'
        if before in ("was", "were") and self._pair(figure):
            return True  # "the first, on 8 January, was 50 for 50"
        if before in (",", "(", ":") and self._pair(figure):
            # "a smaller swap, 100 for 100, followed": the pair is the swap's size; the noun
            # may carry a phrase of its own ("the largest exchange of the war, 1,000 for 1,000")
            if before == ":":
                return self._swap_before_colon(figure.first - 1)
            return any(
                self.norm(j) in _EXCHANGE_NOUNS for j in self._phrase_before(figure.first - 1)
            ) and not self._planned_before(figure.first - 1)
        after = self.norm(figure.last)
        if lx.PER_SIDE_MORE.match(self.tokens, figure.last, self.last) is not None:
            return True  # "almost 700 in either direction so far": people moved, per side
        if self._respective_sizes(figure):
            return True  # "115, 103 and 95 each way, respectively": sizes of dated swaps
        if self._copula_swap(figure):
            return True  # "the previous record, last month, was 246 each way"
        if after == "each" and self.norm(figure.last + 1) in _RECURRING:
            return True  # "— about 1,000 each time — Ukraine took back its dead"
        if after in ("each", "apiece") and figure.amount.high is not None:
            # "followed by swaps of 103 each on Sept. 14 and 95 each on Oct. 18"; set off
            # by a comma after a swap verb's object: "exchanged soldiers, 75 apiece"
            start = max(self.first, figure.first - 12)
            return any(
                self.norm(j) in _EXCHANGE_NOUNS or (before == "," and self.norm(j) in _SWAP_VERBS)
                for j in range(start, figure.first)
            )
        if after in ("went", "go", "came") and self.norm(figure.last + 1) == "to":
            # "... and 19 went to Russia": where they went is a party
            return any(p.first == figure.last + 2 for p in self.m.parties)
        to = figure.last + 1 + (self.norm(figure.last + 1) in ("home", "back"))
        if (
            _lemmas.lemma(after) in lx.GOING_LEMMAS
            and self._receiver_at(to) is not None
            and self._gapped_after(figure)
        ):
            return True  # "140 returning to Ukraine and 82 to Russia": the pair's first figure
        if self._gapped_receiver(figure) is not None:
            return True  # "140 returned to Ukraine and 82 to Russia": the verb said once
        verb = figure.last
        verb += self.norm(verb) == "more"  # "on Saturday 307 more went each way"
        while self.norm(verb) in _PERFECT and verb < figure.last + 3:
            verb += 1  # "700 have now come home"
        after = self.norm(verb)
        if after in ("went", "gone", "crossed", "moved") and self._each_way_at(verb + 1):
            return True  # "at Easter 246 went each way": a swap's size, per side
        return after in ("came", "come", "went", "were") and self.norm(verb + 1) in (
            "home",
            "back",
            "returned",
            "freed",
            "released",
            "exchanged",
            "swapped",
        )

    def _more_homecomers(self, figure: FigureMention) -> LegDraft | None:
        """The homecoming a bare "N more" brought home carries on: the last exchange's lead.

        "... when 215 people returned in return for 55 Russians. The next swap brought
        home 140 more": "more" carries on the homecoming that the latest exchange led
        with (its first leg), not the people sent for them.
        """
        if figure.noun is not None or self.norm(figure.last) != "more":
            return None
        if not self.discourse.legs:
            return None
        latest = max(leg.sentence for leg in self.discourse.legs)
        lead = next(leg for leg in self.discourse.legs if leg.sentence == latest)
        return None if lead.tally or latest >= self.index else lead

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
        ends on a different side named after "to", with the verb of moving between.
        """
        if figure.noun is not None or self._receiver_at(figure.last) is None:
            return None
        joint = figure.first - 1
        if self.norm(joint) != "and":
            return None
        joint -= self.norm(joint - 1) == ","
        there = next((p for p in self.m.parties if p.last == joint and p.noun), None)
        if there is None or self.norm(there.first - 1) != "to":
            return None
        earlier = [f for f in self.m.figures if f.last < there.first - 1]
        back = self._receiver_at(figure.last)
        if not earlier or back is None or back.code == there.code:
            return None
        previous = earlier[-1]
        between = range(previous.np_end, there.first - 1)
        if self._figure_between(previous.np_end, there.first) or not any(
            _lemmas.is_transfer_form(self.norm(i)) for i in between
        ):
            return None
        return previous

    def _went_each_way(self, figure: FigureMention) -> bool:
        """Whether a verb of moving right after the figure goes "each way".

        "and on Saturday 95 (more) went each way": the figure is per side, even
        when a comma and "and" set its clause apart from the swap told before it.
        """
        verb = figure.np_end
        verb += self.norm(verb) == "more"
        while self.norm(verb) in _PERFECT and verb < figure.np_end + 3:
            verb += 1  # "95 have now gone each way"
        return self.norm(verb) in ("went", "gone", "crossed", "moved") and self._each_way_at(
            verb + 1
        )

    def _each_way_at(self, i: int) -> bool:
        """Whether "each way", "in each direction" or "in either direction" begins at ``i``."""
        if self.norm(i) == "in":
            i += 1
        return self.norm(i) in ("each", "either") and self.norm(i + 1) in ("way", "direction")

    def _respective_dates(
        self, figures: list[FigureMention], dates: list[DateMention]
    ) -> dict[int, str]:
        """Pair listed figures with listed dates when the sentence says "respectively".

        Two lists of the same length and different figures pair without the word too:
        "In July and August, Russia returned 500 and 600 bodies".
        """
        if not respective(self.norms, 0, len(self.norms)):
            return self._paired_lists(figures, dates)
        usable = [d for d in dates if not d.since]
        at = self.norms.index("respectively") + self.first
        # "... 75 and 90 each, respectively; and later, swaps of between 95 and 150 people":
        # a semicolon after the word closes the clause it shares out
        stop = next((i for i in range(at, self.last) if self.norm(i) == ";"), self.last)
        people = [
            i
            for i, f in enumerate(figures)
            # "115, 103 and 95 each way, respectively": bare sizes of swaps count people too
            if (f.noun is not None or self._respective_sizes(f)) and f.last <= stop
        ]
        if len(usable) > len(people) > 1:
            # "Over the summer, Kyiv took back 95, 45 and 22 people in June, July and August
            # respectively": the dates listed together, not the season that sets the scene
            listed = [[d for d in usable if d.group == g] for g in {d.group for d in usable}]
            fitting = [run for run in listed if len(run) == len(people)]
            if len(fitting) == 1:
                usable = fitting[0]
        if len(usable) != len(people):
            # "... 75 and 90 apiece, respectively, and on Aug. 24, 115 soldiers ...": the
            # lists paired are the ones written before the word
            usable = [d for d in usable if d.last <= at]
            people = [i for i in people if figures[i].last <= at]
        if len(usable) > 1 and len(people) > len(usable):
            # "about 1,000 bodies each time ... the remains of 19, 19 and 24 servicemen
            # respectively": the list is the run of figures joined by commas and "and"
            run = people[-1:]
            for i in reversed(people[:-1]):
                between = {self.norm(j) for j in range(figures[i].last, figures[run[0]].first)}
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
        return dict(zip(people, self._days_of_months([d.text for d in usable]), strict=True))

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
        usable = self._opening_list(figures, usable)
        if len({d.group for d in usable}) != 1 and not all(
            # "on 5 January and 5 February": full dates joined by "and" are a list too
            {self.norm(j) for j in range(a.last, b.first)} <= {",", "and", "on"}
            for a, b in itertools.pairwise(usable)
        ):
            return {}
        people = [i for i, f in enumerate(figures) if f.noun is not None or self._bare(f)]
        if len(people) > len(usable):
            people = self._opening_run(figures, people, usable[-1].last)
        if len(people) != len(usable):
            return {}
        for a, b in itertools.pairwise(people):
            between = {self.norm(j) for j in range(figures[a].last, figures[b].first)}
            if b != a + 1 or not between <= {",", "and"}:
                return {}
        if len({figures[i].amount for i in people}) != len(people):
            return {}  # "500 and 500": one figure for each, a series rather than a pairing
        texts = [d.text for d in usable]
        days = self._ordinal_days()
        if len(days) == len(texts) and all(t.lower() in lx.MONTHS for t in texts):
            # "In September and October — on the 14th and the 18th —": the days of the months
            texts = [f"{day} {month}" for day, month in zip(days, texts, strict=True)]
        return dict(zip(people, texts, strict=True))

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
            between = {self.norm(j) for j in range(figures[run[-1]].last, figures[i].first)}
            if i != run[-1] + 1 or not between <= {",", "and"}:
                break
            run.append(i)
        return run

    def _paired_days(self, figures: list[FigureMention], month: str) -> dict[int, str]:
        """Pair a list of different figures with as many ordinal days of one month, in order."""
        days = self._ordinal_days()
        people = [i for i, f in enumerate(figures) if f.noun is not None or self._bare(f)]
        if len(days) < 2 or len(people) != len(days):
            return {}
        for a, b in itertools.pairwise(people):
            between = {self.norm(j) for j in range(figures[a].last, figures[b].first)}
            if b != a + 1 or not between <= {",", "and"}:
                return {}
        if len({figures[i].amount for i in people}) != len(people):
            return {}
        return {i: f"{day} {month}" for i, day in zip(people, days, strict=True)}

    def _bare_ordinal_day(self) -> str | None:
        """The one day a sentence with no month names by a bare ordinal, as "the 14th".

        With no month told in the text before it, "on the 14th" is the latest 14th
        on or before the story's day (the assembler counts it); None unless exactly
        one such day is named.
        """
        days = [
            i
            for i in range(self.first + 2, self.last - 1)
            if self._day_token(i)
            and self.norm(i + 1) in ("st", "nd", "rd", "th")
            and self.tokens[i + 1].gap == 0
            and self.norm(i - 1) == "the"
            and self.norm(i - 2) in _BEFORE_DAY
            and self.norm(i + 2) in _AFTER_DAY
        ]
        if len(days) != 1:
            return None
        return f"the {self.tokens[days[0]].text}{self.norm(days[0] + 1)}"

    def _day_token(self, i: int) -> bool:
        """Whether token ``i`` is a number that can be a day of a month (1 to 31)."""
        token = self.tokens[i]
        return token.kind == NUM and token.text.isdigit() and 1 <= int(token.text) <= 31

    def _ordinal_days(self) -> list[str]:
        """The days a sentence names as bare ordinals: "on the 14th and the 18th"."""
        return [self.tokens[i].text for i in self.ordinal_day_positions]

    @_Positions
    def ordinal_day_positions(self) -> list[int]:
        """Where the sentence names a day by a bare ordinal, read once per sentence."""
        return [
            i
            for i in range(self.first, self.last - 1)
            if self.tokens[i].kind == NUM
            and self.norm(i + 1) in ("st", "nd", "rd", "th")
            and self.tokens[i + 1].gap == 0
            and self.norm(i - 1) == "the"
            and self.norm(i + 2) not in _EXCHANGE_NOUNS | _EXCHANGE_PLURALS
            and self.tokens[i].text.isdigit()
            and 1 <= int(self.tokens[i].text) <= 31
        ]

    def _ranked_since(self, figure: FigureMention) -> bool:
        """Whether "since ..." in the figure's clause only ranks one exchange.

        "As a result of the 64th exchange since the beginning of the invasion,
        205 servicemen were returned": the ordinal counts exchanges, the figure
        is this one's. A cue of a total of its own ("so far", "in all") still
        makes it a total.
        """
        position = figure.first - self.first
        start = self.first + self.clauses.start_of(position)
        end = self.first + self.clauses.end_of(position)
        ranked = False
        for i in range(start + 1, end - 2):
            if (
                self.norm(i + 2) == "since"
                and self.norm(i + 1) in _EXCHANGE_NOUNS
                and self.norm(i) in ("st", "nd", "rd", "th")
                and self.norm(i - 1).isdigit()
            ):
                ranked = True
            elif self.norm(i) in ("far", "date", "all", "altogether", "total", "overall"):
                return False
        return ranked

    def _casualty_head(self, figure: FigureMention) -> bool:
        """Whether the head noun counts casualties ("380,000 wounded"), not people moved."""
        if figure.noun is None or figure.remains or figure.noun.remains:
            return False
        return self.norm(figure.np_end - 1) in _CASUALTY_HEADS

    def _helped(self, predicate: TransferWord) -> bool:
        """Whether the verb's subject only helped: "helped (to) bring back", "helping return"."""
        before = [
            self.norm(i) for i in range(max(self.first, predicate.first - 2), predicate.first)
        ]
        if before[-1:] == ["to"]:
            before = before[:-1]
        return bool(before) and before[-1] in ("help", "helped", "helps", "helping")

    def _wounded_moved(
        self, figure: FigureMention, found: tuple[TransferWord, bool] | None
    ) -> bool:
        """Whether "N wounded" are the object of a handover: "took back 15 of its own wounded".

        The wounded a side receives or hands over are wounded prisoners, not a casualty
        toll; the verb must come first, have happened and move people one way.
        """
        if found is None or figure.noun is None or self.norm(figure.np_end - 1) != "wounded":
            return False
        word, first = found
        return first and word.done and word.move in (Move.SEND, Move.RECEIVE)

    def _not_home(self, word: TransferWord) -> bool:
        """Whether "returned" means back to duty or to the front, not handed over."""
        if self.norm(word.last) != "to":
            return False
        following = self.norm(word.last + 1)
        if following in ("duty", "service", "combat", "work"):
            return True
        return following in ("the", "their", "his") and self.norm(word.last + 2) in (
            "front",
            "frontline",
            "ranks",
            "units",
            "unit",
            "duty",
        )

    def _aggregated(self, figure: FigureMention) -> bool:
        """Whether the figure's clause adds up several exchanges ("in six stages")."""
        position = figure.first - self.first
        start = self.clauses.start_of(position)
        # "two mediations: one in mid-month, under which 84 ...": a colon after the count
        # opens the list of its exchanges, each of them one
        colon = next((i for i in range(position - 1, start - 1, -1) if self.norms[i] == ":"), -1)
        start = max(start, colon + 1)
        # "... in 35 exchanges, a figure raised after the 4 February exchange, in which 116
        # came home": a relative clause on one exchange sizes that exchange alone
        relative = next(
            (
                i
                for i in range(position - 1, start, -1)
                if self.norms[i] in ("which", "when") and self._antecedent(i) in _ONE_EXCHANGE
            ),
            None,
        )
        start = start if relative is None else relative
        k = bisect.bisect_right(self.clauses.starts, position)
        stop = self.clauses.starts[k] if k < len(self.clauses.starts) else len(self.norms)
        return aggregate(self.norms, start, stop, (position, figure.np_end - self.first))

    def _antecedent(self, relative: int) -> str:
        """The word a relative pronoun at sentence position ``relative`` hangs on.

        "the swap, in which", "a handover when": a preposition and a comma before the
        pronoun are passed over.
        """
        j = relative - 1
        j -= self.norms[j] == "in"
        j -= self.norms[j] == ","
        return self.norms[j] if j >= 0 else ""

    def _partner(self, figure: FigureMention) -> FigureMention | None:
        """The second N of "N for N" or "N prisoners for N" (a bare count of the same noun)."""
        for end in (figure.last, figure.np_end):
            if self.norm(end) == "for":
                following = next((f for f in self.m.figures if f.first == end + 1), None)
                if following is None or following.amount != figure.amount:
                    return None
                return following if end == figure.last or following.noun is None else None
        return None

    def _pair(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is N in "N for N": the same number went each way."""
        return self._partner(figure) is not None

    def _second_of_pair(self, figure: FigureMention) -> bool:
        """Whether ``figure`` is the second N of "a swap of N for N" (the first speaks for both)."""
        if self.norm(figure.first - 1) != "for":
            return False
        earlier = next((f for f in self.m.figures if self._partner(f) == figure), None)
        if earlier is None:
            return False
        before = earlier.first - (2 if self.norm(earlier.first - 1) in _QUOTES else 1)
        return self.norm(before) == "of"

    def _counter(self, figure: FigureMention) -> bool:
        """Whether ``figure`` follows "in exchange for", "in return for" or "exchanged for"."""
        at = figure.first
        if self.norm(at - 1) == "of" and self.norm(at - 2) in _REMAINS_HEADS:
            # "in exchange for the bodies of 30 soldiers"
            at -= 3 if self.norm(at - 3) == "the" else 2
        if self.norm(at - 1) != "for":
            return False
        verb = self.norm(at - 2)
        if verb in ("exchange", "return"):
            return self.norm(at - 3) == "in"
        return verb in ("exchanged", "swapped", "traded")

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
        if self.norm(figure.first - 1) == "of" and self.norm(figure.first - 2) in _DOCUMENTS:
            return None  # "brought a list of 339 children": a list moved, not people
        if self.norm(figure.first - 1) in _EMPLOYING:
            return None  # "the office, which employs about 50 people, received ...": its staff
        if any(
            self.norm(i) == "for"
            and self.norm(i + 1) in ("every", "each")
            and self.norm(i + 2) not in ("side", "sides", "way", "direction", "country")
            for i in range(figure.np_end, min(self.last, figure.np_end + 5))
        ):
            return None  # "releases three Russians for every Ukrainian": a ratio
        if self._struck_people(figure):
            return None  # "shelled the city, killing 25 people": victims, not people moved
        if self.norm(figure.first - 1) in _ENQUIRIES or (
            # "about" may have been read as the figure's hedge: "enquiries about 16,000"
            self.norm(figure.first - 1) in ("about", "concerning", "regarding", "on", "for")
            and self.norm(figure.first - 2) in _ENQUIRIES
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
        counter = self._counter(figure)
        if counter and any(
            t.first < figure.first <= t.last + 2 and not t.done for t in self.m.transfers
        ):
            return []  # "192 were to be exchanged for 192 Russians": the plan's other side
        found = None if counter else self._predicate(figure)
        if (
            found is not None
            and found[1]
            and (self._counted_exchanges(found[0]) or self._since_event(found[0]))
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
        if found is None and not counter and not copula:
            if (
                previous is not None
                and previous.sentence == self.index
                and self._listed_past_aside(start, figure.first)
            ):
                # "185 defenders — soldiers of the army, the navy and the guard — and 20
                # civilians": listed after an aside, the same way as the figure before
                return [self._listed_leg(previous, figure)]
            if previous is not None and previous.sentence == self.index:
                mirrored = self._mirrored_leg(previous, start, figure)
                return None if mirrored is None else [mirrored]
            return None
        wounded_moved = self._wounded_moved(figure, found)
        if (self._casualty_head(figure) and not wounded_moved) or (
            found is not None and self._not_home(found[0])
        ):
            return None  # "380,000 wounded", "men who later returned to duty"
        if self._among(figure) or self._unit_part(figure) or self._bound_for(figure):
            return []
        if self._questioned(figure):
            return []  # "interviews with 74 soldiers released in exchanges": a sample
        if found is not None and self._modifying_participle(found[0], figure):
            return None  # "1,000 Ukrainians returned this year had been held for two years"
        if self._caused_not_done(figure):
            return []  # "the deal will see 1,000 people go each way": a plan's outcome
        if self.norm(figure.np_end) in _TAKEN_AWAY or (
            self.norm(figure.np_end) == "or" and self.norm(figure.np_end - 2) in _TAKEN_AWAY
        ):
            return None  # "19,546 children deported or forcibly transferred": taken, not returned
        if self._whole_of_returned_part(figure):
            return None  # "20,000 children were taken, and 388 have been returned": the whole
        if self.norm(figure.np_end - 1) == "ones" and any(
            f.np_end <= figure.first and self._casualty_head(f) for f in self.m.figures
        ):
            return None  # "223,000 Russian casualties and 131,000 Ukrainian ones"
        tally = (
            (self._running_total(figure, start) and not self._ranked_since(figure))
            or self._aggregated(figure)
            # "Thursday's handover brings to more than 7,000 the number of bodies returned"
            or (self.norm(figure.first - 1) == "to" and self.norm(figure.last + 1) == "number")
            or self._gapped_from_total(figure, previous, start)
            or self._returned_part_since(figure)
            # "the three June handovers, which together brought 3,636 bodies": their sum
            or (found is not None and found[1] and self.norm(found[0].first - 1) == "together")
        ) and not (
            self._each_time(figure)
            or self._each_of_counted_handovers(figure)
            or self._each_event(figure)
            or self._one_of_them(figure)
            or self._dated_part(figure, dates)
            or self._own_event(figure, dates)
            or self._one_per_counted_event(figure)
            or self._each_event_sized(figure)
            or self._sizes_of_swaps(figure)
        )
        tally = tally or self._counted_up_to(figure)  # "with Friday's swap, 2,410 have been"
        if self._second_of_pair(figure):
            return []  # "a swap of 100 for 100": the first figure gave both directions
        predicate: TransferWord | None = None
        first = False
        if found is not None and self._sent_nowhere(found[0], figure):
            return None  # "sending 5,000 troops to the front": not a handover
        if self._still_held(figure):
            return None  # "the release leaves 1,000 defenders still in Russian hands"
        if found is not None and self._infinitive_of(found[0], figure):
            return []  # "with 192 Russians to go home": a plan, not a handover
        if found is not None:
            predicate, first = found
            if (
                not predicate.done
                or self._denied(predicate)
                or (not first and self._part_between(figure.np_end, predicate.first))
                or (
                    first
                    and (self._noun_not_done(predicate, figure) or self._shares_modal(predicate))
                )
                # "the 1,200 people on each side whose release was agreed": the people's
                # own relative clause makes their handover a plan
                or (
                    self.norm(predicate.first - 1) == "whose"
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
        colon = next((i for i in range(start, figure.first) if self.norm(i) == ":"), None)
        if (
            previous is not None
            and previous.sentence == self.index
            and not previous.tally
            and (
                (colon is not None and (predicate is None or predicate.last <= colon))
                or self._spelled_out_after_dash(figure, previous, start)
            )
        ):
            # "130 of its citizens were freed: 110 defenders ... and 20 civilians": the
            # list after the colon spells out the figure before it, which went the same way
            return [self._listed_leg(previous, figure)]
        nationality = self._nationality(figure, stop)
        window_start = max(figure.np_end, predicate.last if predicate is not None else 0)
        # "to X", "from X", "by X" of the figure's own clause, not of the next one
        if predicate is not None and not first and predicate.first >= stop:
            # "40 soldiers and 12 civilians were handed over to Ukraine": the verb after the
            # last of the listed figures is the first one's too, and so are its "to", "from"
            stop = next((f.first for f in self.m.figures if f.first >= predicate.last), self.last)
        own_end = min(stop, self.first + self.clauses.end_of(window_start - self.first))
        # "... for eight residents of Kursk who had been taken to Ukraine": "to" in a
        # relative clause on the people says where they were taken, not where they went
        # nor does "to" in the next coordinated clause ("..., and returned to Russia ...")
        own_end = next(
            (
                i
                for i in range(window_start, own_end)
                if self.norm(i) in ("who", "whom", ";", "while", "whereas")
                or (self.norm(i) == "," and self.norm(i + 1) in ("and", "but"))
                # "..., with nothing sent to Russia in return": an absolute clause with its
                # own subject says where something else went
                or (self.norm(i) == "," and self.norm(i + 1) == "with" and self._absolute(i + 1))
                # "... and warned that some might prove to be Russian": what the speaker
                # went on to say is not where the people went
                or (self.norm(i) == "and" and self.norm(i + 1) in lx.SPEECH)
            ),
            own_end,
        )
        # "have gone to Ukraine", "crossed into Ukraine": the verb's own "to" or "into"
        # names where they went
        to_start = window_start - (
            predicate is not None and self.norm(predicate.last - 1) in ("to", "into")
        )
        # "crossed back into Ukraine": "into" names where they went, like "to"
        receiver = self._party_after(("to",), to_start, own_end) or self._into_party(
            to_start, own_end
        )
        if self._crossed_abroad(predicate, nationality, receiver):
            return None  # "10,000 Ukrainian soldiers crossed into Russia": an incursion
        if predicate is not None and self._reunited(predicate):
            # "reunited with a parent in Russia": where the family is, the child goes
            receiver = self._party_after(("in",), window_start, own_end) or receiver
        sender = self._party_after(("from", "by"), window_start, own_end)
        if predicate is not None and self._received_by(predicate):
            # "were received by Ukraine", "were brought home by Kyiv": the agent of a passive
            # verb of getting is who got the people, not who gave them
            receiver = receiver or self._party_after(("by",), predicate.last, predicate.last + 1)
            sender = self._party_after(("from",), window_start, own_end)
        if receiver is None and predicate is not None and predicate.move is Move.SEND:
            receiver = self._dative(predicate, figure)
        stated_receiver = receiver
        clause = bisect.bisect_left(self.breaks, window_start)
        clause_end = self.breaks[clause] if clause < len(self.breaks) else self.last
        # "had gone home from each side", "were freed on both sides"
        symmetric = figure.per_side or self._any_in(self.sides, window_start, clause_end)
        per_event = (
            self.norm(figure.first - 1) == "of"
            and self.norm(figure.first - 2) in ("handovers", "repatriations", "transfers")
            and self._each_of_several(figure)
        ) or self._each_exchange_before(figure)
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
            predicate is not None
            and predicate.move is Move.SWAP
            and not first
            and self.norm(predicate.last) == "for"
        ):
            # "307 servicemen were exchanged for 307": the same number each way; "for the
            # same numbers" after a list repeats each of its figures at one place
            symmetric = symmetric or any(
                f.first == predicate.last + 1 and f.amount == figure.amount for f in self.m.figures
            )
        symmetric = symmetric or self._pair(figure) or copula
        # "at Easter 246 went each way", "..., and on Saturday 95 more went each way"
        symmetric = symmetric or self._went_each_way(figure)
        if symmetric and not figure.per_side and self._each_of_counted_handovers(figure):
            symmetric = False  # "three handovers of 1,200 each": each handover, not each side
        if tally and not symmetric and predicate is not None and first:
            # "In all, each side has now released 1,000 people": a total for each side
            symmetric = self._any_in(
                self.sides, max(self.first, predicate.first - 4), predicate.first
            )
        total = False  # "A and B exchanged 146 prisoners": per side, or in all?
        subjectless = False  # "the swap brought home 150 people": no side does the verb
        if self._both_sides_after(figure):
            # "freed 4,181 captives on both sides", "410 captives from both sides": the
            # people of both sides counted together
            symmetric = total = True
        if predicate is not None and first and not symmetric:
            symmetric = self._each_subject(predicate)  # "each side handed over 390 people"
        fronted = self._fronted_subject(figure, predicate, first)
        if fronted is not None and predicate is not None:
            # "— each time about 1,000 bodies — Ukraine took back its dead": the aside
            # sizes what the clause after it moved, and that clause has its own subject
            if self.norm(figure.np_end) == "each" and self.norm(figure.np_end + 1) in _DASHES:
                symmetric = False  # "— about 20 bodies each — Ukraine took back": each time
            if predicate.move is Move.RECEIVE:
                receiver = receiver or fronted
            elif predicate.move is Move.SEND:
                sender = sender or fronted
        if predicate is not None and first:
            floor = self.first
            # a verb in a relative clause on the subject ("Russia, which had promised to
            # hand over 23, returned 22") is not the clause's own: the subject stays in reach
            earlier = [
                t
                for t in self.m.transfers
                if t.last <= predicate.first
                and (not self._in_relative(t.first) or self._in_relative(predicate.first))
            ]
            if earlier:
                floor = earlier[-1].last
            subject = self._gapped_subject(predicate, figure) or self._subject(predicate, floor)
            codes = [p.code for p in subject]
            if self._helped(predicate):
                codes = []  # "the Holy See helped bring back three": the helper moves no one
            if len(set(codes)) >= 2 and nationality is None and not symmetric:
                symmetric = total = True
            elif codes:
                if (
                    predicate.move is Move.SEND
                    and (
                        self._freed_own(predicate, codes[0])
                        or self._returned_from_captivity(predicate, figure)
                        or self._repatriated_own(predicate, figure)
                    )
                ) or (
                    # "Kyiv has secured the release of 300": the noun has no direction
                    predicate.move in (Move.SEND, Move.EVENT) and self._secured_return(predicate)
                ):
                    receiver = receiver or codes[0]
                elif predicate.move is Move.SEND:
                    sender = sender or codes[0]
                elif predicate.move is Move.RECEIVE:
                    receiver = receiver or codes[0]
                elif predicate.move is Move.SWAP and nationality is None:
                    sender = sender or codes[0]
            elif predicate.move is Move.RECEIVE and previous is not None:
                receiver = receiver or previous.receiver  # "... and received 31 in return"
            else:
                subjectless = True
        if counter and previous is not None and nationality is None:
            receiver = receiver or previous.sender
        if (
            sender is None
            and receiver is None
            and previous is not None
            and previous.sentence == self.index
            and (self._listed(start, figure.first) or self._added_after(figure))
        ):
            # "185 prisoners of war of the Armed Forces of Ukraine and 20 civilians were
            # handed over": figures listed under one verb went the same way; so did
            # "150 prisoners were freed, along with 25 civilians"
            sender, receiver = previous.sender, previous.receiver
        elif (
            previous is not None
            and previous.sentence == self.index
            and nationality is None
            and not symmetric
            and self._added_after(figure)
            and self.norm(figure.first - 1) == "plus"
        ):
            # "185 servicemen returned to Russia, plus 20 civilians": the added group went
            # the way of the clause it is added to, whatever the clause's subject did
            sender, receiver = previous.sender, previous.receiver
        # People go home: their nationality decides where they went, and a role guessed
        # from the clause that contradicts it loses ("Kyiv returned 84 of its citizens").
        if (
            nationality is not None
            and not symmetric
            and (receiver is None or (receiver != nationality and stated_receiver is None))
        ):
            receiver = nationality
            if sender == nationality:
                sender = None

        carried: LegDraft | None = None  # the homecoming a bare "N more" carries on
        if (
            receiver is None
            and predicate is not None
            and (
                ((not first or subjectless) and self._home(predicate))
                or (not first and tally and sender is None and predicate.move is not Move.SWAP)
            )
        ):
            # "about 4,500 people have come home, Kyiv said": home is the speaker's side;
            # so is a side's own running total ("by Kyiv's count, 16,000 were repatriated")
            speaker = self.attribution or self.speaker_near(figure.first)
            if speaker is not None and speaker.party in belligerents:
                receiver = speaker.party
            else:
                # "Kyiv gave its own breakdown: 230 people ... returned home": the one
                # side named before the figure is the home they came back to
                named = {
                    e.party
                    for a, _, e in self._speaker_mentions()
                    if a < figure.first and e.party in belligerents
                }
                if len(named) == 1:
                    receiver = named.pop()
            if receiver is None and tally and predicate.move is not Move.SWAP:
                # "Yermak said 1,762 people had been brought back since the start of the
                # war": a speaker of no known side sums his side's homecomings, and the side
                # last heard speaking in the text is the likeliest one
                receiver = self._side_last_heard(belligerents)
            if receiver is None and not tally:
                receiver = self._home_of_other_leg(figure, belligerents)
            if receiver is None and not tally:
                carried = self._more_homecomers(figure)
                receiver = None if carried is None else carried.receiver
            if receiver is None and not tally and self.discourse.home in belligerents:
                # "KYIV, Nov 14 – The last exchange brought home 205 people": the home
                # of a story filed from one side's capital
                receiver = self.discourse.home
        category = self._category(figure, previous) if carried is None else carried.category
        if category is PersonCategory.WOUNDED_PRISONERS and self._pair(figure):
            # "22 wounded alongside a 175-for-175 swap": the swap is not more of the wounded
            category = self._category(figure, None)
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
        if tally and figure.noun is None and category in _SOLDIERS_MOVED:
            # "... which means almost 700 have now come home in either direction": a bare
            # running total names no kind, and the swaps it sums moved civilians too
            category = PersonCategory.OTHER
        accorded = self.attribution or self._relative_attribution(figure, stop)
        attributed = accorded or self.speaker_near(figure.first)
        if attributed is PUBLISHER:
            attributed = None
        date_texts, series = self._dates_for(figure, dates, series_dates)
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
        two_way = self._both_sides_after(figure) or self._both_sides(figure)
        if two_way and not tally and self.exchange_count() is not None:
            # "... freed 1,250 captives on both sides in seven rounds": counted over a
            # number of exchanges, a running total
            tally = True
        two_way = two_way and tally and len(belligerents) == 2
        if ((tally and total) or self._both_sides(figure)) and not two_way:
            # no one receiver: "410 captives from both sides" in one swap (per side would
            # say "each"), "have exchanged 2,000 in all" (per side, or in all?)
            return []
        if total and not two_way:
            # "A and B exchanged 146 prisoners", "the sides swapped more than 300": per side
            # or in all is not said, so neither direction gets a figure; the exchange keeps
            # the words in a note (or, told nowhere else, the article reports it left out).
            self.two_way = (category, figure.text)
            return []

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
                next((d.text for d in dates if d.since), None) if tally else None,
                self.exchange_count() if tally else None,
                guessed=guessed,
                definite=self.norm(figure.first - 1) == "the",
            )

        if two_way:
            # a two-way running total: the joint party of the two sides, and no sender;
            # "captives" stays of no one kind, as mediators count soldiers and civilians
            # together
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
        if symmetric and sender is None and receiver is None and len(belligerents) == 2:
            a, b = belligerents
            return [leg(a, b), leg(b, a)]
        if sender is None and receiver is None and subjectless and not tally:
            receiver = self._home_against_counter(figure, belligerents)
        if sender is None and receiver is not None:
            sender = _other(receiver, belligerents)
        elif receiver is None and sender is not None:
            receiver = _other(sender, belligerents)
        if (
            sender is None
            and receiver is None
            and not symmetric
            and not tally
            and category is PersonCategory.REMAINS
            and self.discourse.remains_way is not None
            and self._told_without_sides(predicate, first, figure)
        ):
            # "The first handover was of 1,212 bodies": the way the story's bodies go
            sender, receiver = self.discourse.remains_way
        if receiver is not None and receiver == self._whole_taken_to(figure):
            # "12,000 children were moved to Russia, of whom 700 have been returned": the
            # part came back from where the whole was taken
            sender, receiver = receiver, sender
        if sender is None or receiver is None or sender == receiver:
            return []
        if symmetric:
            return [leg(sender, receiver), leg(receiver, sender)]
        return [leg(sender, receiver)]

    def _each_of_several(self, figure: FigureMention) -> bool:
        """Whether a bare "each" or "apiece" follows the figure, or "each exchange" leads it.

        "82 bodies apiece" may share a figure out over sides or over events;
        "each side", "each way", "in each direction" can only mean sides.
        """
        if any(
            self.norm(i) in ("each", "every") and self.norm(i + 1) in _EXCHANGE_NOUNS
            for i in range(max(self.first, figure.first - 4), figure.first)
        ):
            return True  # "each exchange brought 50 people home to Kyiv": per event
        if any(
            self.norm(i) == "each"
            and self.norm(i + 1) not in ("side", "sides", "way", "direction", "country", "of")
            for i in range(max(self.first, figure.first - 3), figure.first)
        ):
            return True  # "the handovers ... each brought back 1,000 bodies to Ukraine"
        at = next(
            (i for i in (figure.last, figure.np_end) if self.norm(i) in ("each", "apiece")), None
        )
        if at is None:
            return False
        return self.norm(at + 1) not in ("side", "sides", "way", "direction", "country")

    def _each_exchange_before(self, figure: FigureMention) -> bool:
        """Whether "each" before the figure shares it out over exchanges, not sides.

        "in exchanges that each involved about 20 prisoners", "each handover
        brought 40 bodies": the figure is the size of every one of the events.
        """
        for i in range(max(self.first + 1, figure.first - 4), figure.first):
            if self.norm(i) != "each":
                continue
            before = self.norm(i - 1)
            if before in ("that", "which"):
                before = self.norm(self._before_dates(i - 2))
            if before in _EXCHANGE_PLURALS or self.norm(i + 1) in _EXCHANGE_NOUNS:
                return True
        return False

    def _before_dates(self, at: int) -> int:
        """The word before the dates that end at ``at``: "exchanges [in January and May]".

        A relative clause may follow the dates that place its noun, not the noun itself.
        """
        j = at
        while j > max(self.first, at - 12) and (
            self.norm(j) in lx.MONTHS
            or self.norm(j) in ("in", "on", ",", "and", "the", "this", "last", "year")
            or self.norm(j).isdigit()
        ):
            j -= 1
        return j

    def _spelled_out_after_dash(
        self, figure: FigureMention, previous: LegDraft, start: int
    ) -> bool:
        """Whether a dash right after the last figure's noun opens its breakdown.

        "with 230 Ukrainians — 224 servicemen and six civilians — returning home":
        the parts went the way the whole did, whatever verb follows the aside.
        """
        return (
            figure.noun is not None
            and start == figure.first - 1
            and self.norm(start) in _DASHES
            and any(f.np_end == start and f.amount == previous.amount for f in self.m.figures)
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
        close = next(
            (i for i in range(figure.np_end, figure.np_end + 3) if self.norm(i) in _DASHES), None
        )
        if close is None:
            close = self._comma_recurring_aside(figure)
        elif not any(self.norm(i) in _DASHES for i in range(self.first, figure.first)):
            return None  # an aside opens before the figure and closes after it
        if close is None or close >= predicate.first:
            return None
        party = next((p for p in self._actors() if p.first > close), None)
        if party is None or party.first - close > 2 or not party.noun:
            return None
        between = range(party.last, predicate.first)
        if len(between) > 3 or not all(self.norm(i) in _VERB_GROUP_WORDS for i in between):
            return None
        return party.code

    def _comma_recurring_aside(self, figure: FigureMention) -> int | None:
        """The closing comma of "..., about 1,000 each time, Ukraine took back ...".

        An aside set off by commas that holds nothing but a figure and its
        distributor ("each time", "each month") sizes every one of the handovers
        the clause after it tells, like an aside between dashes does.
        """
        if self.norm(figure.first - 1) != ",":
            return None
        for i in range(figure.last, min(self.last, figure.np_end + 3)):
            if self.norm(i) == "each" and self.norm(i + 1) in _RECURRING:
                return i + 2 if self.norm(i + 2) == "," else None
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
            and self.norm(figure.first - 1) == "and"
            and not any(start <= t.first < figure.first for t in self.m.transfers)
        )

    def _freed_own(self, predicate: TransferWord, subject: str) -> bool:
        """Whether a side announces it "has freed" people: its own, brought home from captivity.

        "Ukraine says it has freed 116 people" is the speaker's side getting its
        people back; "freed" of the enemy's people names them ("freed 90 Russian
        soldiers"), and their nationality decides the direction before this is asked.
        """
        if _lemmas.lemma(self.norm(predicate.last - 1)) != "free":
            return False
        speaker = self.speaker_near(predicate.first)
        return (
            speaker is not None
            and speaker.party == subject
            and any(
                self.norm(i) in lx.SPEECH
                for i in range(max(self.first, predicate.first - 6), predicate.first)
            )
        )

    def _repatriated_own(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether a side "has repatriated" people with no place named: it brought its own home.

        "Since 2022 Kyiv has repatriated 18,000 bodies" is Kyiv getting its dead back;
        "repatriated 40 bodies to Russia" names where they went, and a passive
        ("were repatriated") has no side as its subject.
        """
        return (
            _lemmas.lemma(self.norm(predicate.last - 1)) == "repatriate"
            and self.norm(predicate.first - 1)
            not in ("be", "been", "being", "is", "are", "was", "were")
            and self.norm(figure.np_end) not in ("to", "into")
        )

    def _returned_from_captivity(self, predicate: TransferWord, figure: FigureMention) -> bool:
        """Whether a side "returned" people "from captivity": it brought its own back.

        "Ukraine had returned 5,857 people from captivity" says where the people
        came from, so the subject is the side that got them, not the one that gave.
        """
        return (
            _lemmas.lemma(self.norm(predicate.last - 1)) == "return"
            and self.norm(figure.np_end) == "from"
            and self.norm(figure.np_end + 1) in _CAPTIVITY
        )

    def _secured_return(self, predicate: TransferWord) -> bool:
        """Whether the subject "secured the return of" people: it is the side that got them.

        A verb of winning something before the noun of handing over ("has secured
        the release of 300 soldiers", "ensured the return of 1,600 children") makes
        its subject the side the people came back to, not the one that let them go.
        """
        if self.norm(predicate.first) not in ("return", "release", "repatriation"):
            return False
        at = predicate.first - 1 - (self.norm(predicate.first - 1) == "the")
        return self.norm(at) in _WON_VERBS

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
        if self._same_event() and not self._dated_before_same(dates):
            # "who came home in the same operation": the exchange just told, unless the
            # sentence names it by its date ("The September deal, ... in the same deal")
            named = [
                d
                for d in dates
                if not d.since and self.norm(d.last) in _EXCHANGE_NOUNS | {"deal", "deals"}
            ]
            if len(named) == 1:
                return (self._in_year(named[0].text),), False
            # "in the same handover on Thursday": the day given to the same exchange
            same = [
                d
                for d in dates
                if not d.since
                and self.norm(d.first - 1) == "on"
                and self.norm(d.first - 2) in _SAME_EVENT_NOUNS
                and self.norm(d.first - 3) == "same"
            ]
            if len(same) == 1:
                return (self._in_year(same[0].text),), False
            return (), False
        usable = [
            d
            for d in dates
            if (not d.since or self._when_of(d, figure))
            and not self.agreement_date(d)
            and not self._in_ranked_since(d, figure)
        ]
        if not usable:
            counted = self._before_the_story(figure) if self.discourse.scene is None else None
            if counted is not None:
                return (counted,), False  # "The talks came a day after Russia freed 90"
            scene = self.discourse.scene
            # "March. On the 19th, 175 came home"; with no month told, this month's 19th
            carried = self._on_day_of(scene) if scene is not None else self._bare_ordinal_day()
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
        usable = [d for d in usable if not self._captivity_date(d)]
        if not usable:
            carried = self.discourse.scene
            return ((carried,), False) if carried is not None else ((), False)
        events = [d for d in usable if not self._statement_date(d)] or usable
        if not any(self._same_clause(d.first, figure.first) for d in events):
            # "The stages began on June 9, although Kyiv said on July 23 that 250 had
            # returned": the saying in the figure's own clause is nearer its exchange
            # than a date of another clause
            events = [d for d in usable if self._same_clause(d.first, figure.first)] or events
        # "On 25 June, in the eighth swap this year, 90 soldiers went home": the year
        # ranks the swap; the day beside it is the exchange's
        events = [d for d in events if not self._ranking_year(d)] or events
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
            # "which followed a smaller one on January 5 in which 25 were exchanged"
            or (inside and self._same_clause(d.first, figure.first))
            or (inside and d.last <= figure.first and self._names_its_exchange(d, figure))
        ]
        if not outside:
            # every date is in an aside ("among them a journalist held since 2022"):
            # none is the exchange's
            carried = self.discourse.scene
            return ((carried,), False) if carried is not None else ((), False)
        own = [d for d in outside if self._same_clause(d.first, figure.first)] or outside
        # "received 1,000 on Sept. 18 and returned 24, and in August ...": a date after a
        # coordinator that follows the figure opens the next clause
        own = [d for d in own if not self._coordinated_after(figure, d)] or own
        nearest = min(own, key=lambda d: abs(d.first - figure.first))
        # "70 each on July 9 and 80 each on Aug. 14": the date right after a figure is its own
        following = [
            d
            for d in own
            if figure.last <= d.first <= figure.np_end + 3
            and {self.norm(i) for i in range(figure.np_end, d.first)} <= _TO_ITS_DATE
        ]
        if following:
            nearest = following[0]
        told = self._told_of_people(figure, own)
        if told is not None:
            nearest = told
        after = [d for d in usable if self._dates_exchange_after(figure, d)]
        if len(after) == 1:
            nearest = after[0]
        if not _HAS_DAY.search(nearest.text):
            # "came last June, when ten civilians were freed on June 28": the day inside
            # the month is the more precise date of one exchange
            month = nearest.text.split()[-1]
            inner = [d for d in own if _HAS_DAY.search(d.text) and month in d.text.split()]
            if len(inner) == 1:
                nearest = inner[0]
        days = self._offset(nearest, figure) or self._earlier_by(nearest)
        text = self._after_the_last_event(
            self._in_year(self._on_day_of(nearest.text, figure), nearest.first)
        )
        return ((shifted(text, days) if days else text),), False

    def _after_the_last_event(self, text: str) -> str:
        """``text`` in its year after the exchange told before, when the sentence says so.

        "Three months later, on New Year's Eve, ...": a sentence opened by a span
        counted forward from the exchange just told dates a day or month without a
        year in the year that span reaches, not the year before publication.
        """
        before = self.discourse.event_day
        if before is None or _HAS_YEAR.search(text):
            return text
        k = self.first + (self.norm(self.first) in ("and", "but", "then"))
        count = _offset_count(self.norm(k))
        unit = _LATER_UNITS.get(self.norm(k + 1))
        if count is None or unit is None or self.norm(k + 2) != "later":
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
        if self.norm(figure.np_end) not in _RELATIVES:
            return None
        for date in dates:
            if not figure.np_end < date.first <= figure.np_end + 10:
                continue
            between = range(figure.np_end, date.first)
            if any(self.norm(i) in (",", ";", ":", "—", "–") for i in between):
                return None
            if any(figure.np_end < t.first < date.first and t.done for t in self.m.transfers):
                return date
        return None

    def _dates_exchange_after(self, figure: FigureMention, date: DateMention) -> bool:
        """Whether ``date`` dates the exchange named after the figure by "after a swap".

        "95 soldiers are home this morning after an exchange that took place late
        yesterday": the people came back as a result of that exchange, so its day,
        not the hour of their arrival, is the figure's date.
        """
        if date.first <= figure.last:
            return False
        for i in range(date.first - 1, max(figure.last, date.first - 9), -1):
            word = self.norm(i)
            if word in (",", ";", ":", "—", "–", "and", "but"):
                return False
            if word in _EXCHANGE_NOUNS:
                k = i - 1 if self.norm(i - 1) in ("a", "an", "the", "this", "that") else i
                return self.norm(k - 1) == "after" and not self._planned_between(i, date.first)
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
            and self.norm(i + 1) in ("st", "nd", "rd", "th")
            and self.tokens[i + 1].gap == 0
            and self.norm(i - 1) == "the"
            and (
                (self.norm(i - 2) in _BEFORE_DAY and self.norm(i + 2) in _AFTER_DAY)
                or (self.norm(i - 2) == "of" and self.norm(i - 3) in _EXCHANGE_NOUNS)
            )
            and self.tokens[i].text.isdigit()
            and 1 <= int(self.tokens[i].text) <= 31
        ]
        if len(days) > 1 and figure is not None:
            days = self._days_beside(figure, days)
        if len(days) != 1:
            return month
        return f"{self.tokens[days[0]].text} {month}"

    def _days_beside(self, figure: FigureMention, days: list[int]) -> list[int]:
        """The ordinal day told beside ``figure``, with no other figure between them.

        The list keeps one order: when the first day comes before the first figure
        ("on the 4th, 41 came back, and on the 22nd, 63"), each day leads its figure;
        otherwise ("108 came back on the 17th and 32 on the 6th") each day follows it.
        """
        figures = [f.first for f in self.m.figures]

        def alone(start: int, end: int) -> bool:
            return not any(start <= f < end for f in figures)

        if figures and days[0] < min(figures):
            return [d for d in days if d < figure.first and alone(d + 1, figure.first)][-1:]
        return [d for d in days if d >= figure.last and alone(figure.last, d)][:1]

    def _ranking_year(self, date: DateMention) -> bool:
        """Whether a whole year or month ranks an exchange: "the eighth swap ... this year".

        "the third such handover this month" counts the handover among the month's;
        the month is not its date when the sentence names a narrower one.
        """
        if not self._whole_year(date) and date.text not in ("this month", "this week"):
            return False
        for i in range(date.first - 1, max(self.first, date.first - 10) - 1, -1):
            if self.norm(i) in (",", ";", ":"):
                return False
            if self.norm(i) in _EXCHANGE_NOUNS:
                k = i - 1 - (self.norm(i - 1) == "such")
                previous = self.norm(k)
                return previous in _RANKS or previous in _ORDINAL_WORDS or self._ordinal_at(k - 1)
        return False

    def _in_ranked_since(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` dates the event a ranked "since" clause measures from.

        "the first swap since talks broke down last month": the clause after "the
        first ... since" tells an earlier event, so its date is not the exchange's.
        """
        lower = figure.np_end if figure.first < date.first else self.first
        for i in range(date.first - 1, max(lower, date.first - 12) - 1, -1):
            if self.norm(i) in (",", ";", ":", "—", "–", "(", ")"):
                return False
            if self.norm(i) == "since":
                return i < date.first - 1 and self._ranked(i)
        return False

    def _earlier_by(self, date: DateMention) -> int:
        """Days back from ``date`` to an exchange told "a day earlier" in the same clause.

        "Kyiv gave its figures on Friday for the swap carried out two days earlier":
        the exchange is two days before Friday. 0 unless an exchange noun or verb of
        moving people stands between the date and the span, with no comma between.
        """
        day = _HAS_DAY.search(date.text) is not None or date.text in _WEEKDAY_NAMES
        if "earlier" not in self.norm_set or not day:
            return 0
        for k in range(date.last + 2, min(self.last, date.last + 24)):
            word = self.norm(k)
            if word in (",", ";", ":", "—", "–", "after", "before"):
                return 0
            if word != "earlier":
                continue
            unit = _OFFSET_UNITS.get(self.norm(k - 1))
            count = _offset_count(self.norm(k - 2))
            if unit is None or count is None:
                return 0
            told = range(date.last, k - 2)
            if any(self.norm(i) in _EXCHANGE_NOUNS for i in told) or any(
                t.first in told for t in self.m.transfers
            ):
                return -unit * count
            return 0
        return 0

    def _whole_year(self, date: DateMention) -> bool:
        """Whether ``date`` names a whole year ("this year", "2024") and nothing narrower."""
        return date.text in ("this year", "last year") or _YEAR.fullmatch(date.text) is not None

    def _captivity_date(self, date: DateMention) -> bool:
        """Whether ``date`` stands in a relative clause telling when people were taken or held."""
        # "who had been taken to Ukrainian territory during the incursion of Ukrainian
        # armed formations last summer": the clause may run as far as a relative reaches
        for i in range(date.first - 1, max(self.first, date.first - 20) - 1, -1):
            if self.norm(i) in (",", ";", ":") or i in self._transfer_starts:
                return False
            if self.norm(i) in ("who", "whom"):
                return any(self.norm(j) in _CAPTIVITY_VERBS for j in range(i + 1, date.first))
            if self.norm(i) in _CAPTIVITY_VERBS - {"held", "taken"} and i + 6 >= date.first:
                # "soldiers captured as far back as 2022", "men detained in 2023": a
                # participle of capture dates the capture, with or without "who"
                return True
        return False

    def _names_its_exchange(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether "in which" or "when" ties the figure's clause to the date right before it.

        "a much smaller one on January 5 in which 25 prisoners were exchanged": the
        relative clause is about the exchange the date is of.
        """
        between = [self.norm(i) for i in range(date.last, figure.first)]
        return between[:2] in (["in", "which"], ["when"], [",", "when"]) and len(between) <= 4

    def _coordinated_after(self, figure: FigureMention, date: DateMention) -> bool:
        """Whether ``date`` and the figure stand in two coordinated clauses (", and", ";").

        "... returned 24, and in August ...": the date after the coordinator is the
        next clause's; "a handover of the same size last month and that saw Russia
        take back 24": the date before "and that" is the earlier clause's.
        """
        if date.first >= figure.np_end:
            between = [self.norm(i) for i in range(figure.np_end, date.first)]
            if "," in between and any(
                date.last <= t.first <= date.last + 4 for t in self.m.transfers
            ):
                return True  # "freed 52 prisoners, on Dec. 1 each side freed 50"
            if self._opens_next_figure(between, date):
                return True  # "handed over 390 people and on Saturday 307 more went"
        elif date.last <= figure.first:
            between = [self.norm(i) for i in range(date.last, figure.first)]
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

    def _opens_next_figure(self, between: list[str], date: DateMention) -> bool:
        """Whether ``date``, after "and", heads a new clause led by another figure.

        "each freed 390 people and on Saturday 307 more went each way": the day
        after the coordinator dates the figure right behind it, not the one before.
        """
        while between and between[-1] in ("on", "in", "at", ","):
            between = between[:-1]
        if not between or between[-1] not in ("and", "but", "then"):
            return False
        after = date.last + (self.norm(date.last) == ",")
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
        return f"{text} {year}"

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
                # "three weeks after a swap on 24 August, in which 115 were freed": the
                # date and the figure are both of the event counted from
                and not self._figure_in_object(k, figure.first)
                # "a day after X told Y that Moscow would swap 175 on Wednesday": the date
                # is of the reported plan inside the event, not the event counted from
                and not any(self.norm(i) in _REPORTED_PLAN for i in range(k + 1, date.first))
                and (figure.first < k or self._comma_in(date.last, figure.first))
            ):
                return days
        return 0

    def _offsets(self) -> list[tuple[int, int]]:
        """Where the sentence counts days from an event, "three days after", and how many."""
        if self._offset_cache is None:
            self._offset_cache = []
            if "after" in self.norm_set or "before" in self.norm_set:
                for k in range(self.first + 2, self.last):
                    word = self.norm(k)
                    if word not in ("after", "before"):
                        continue
                    unit = _OFFSET_UNITS.get(self.norm(k - 1))
                    count = _offset_count(self.norm(k - 2))
                    if count is None and self.norm(k - 2) == "the" and unit in (1, 7):
                        # "the day before New Year's Eve": one unit, as "a day before"
                        count = 1 if self.norm(k - 1) in ("day", "week") else None
                    if unit is not None and count is not None:
                        days = unit * count * (1 if word == "after" else -1)
                        self._offset_cache.append((k, days))
        return self._offset_cache

    def _figure_in_object(self, k: int, figure: int) -> bool:
        """Whether the figure is told inside the noun after ``k`` ("after a swap ...,
        in which ... 90"): an exchange noun opens it, and every comma on the way opens
        a relative clause about that noun."""
        head = next(
            (i for i in range(k + 1, min(k + 6, figure)) if self.norm(i) in _OFFSET_EVENTS), None
        )
        if head is None:
            return False
        i = head
        while i < figure:
            if self.norm(i) in (";", "(", ")") or self.norm(i) in _CLAUSE_BREAKS:
                return False
            if self.norm(i) == "," and (self.norm(i + 1), self.norm(i + 2)) == ("according", "to"):
                # "a swap in which, according to Kyiv, 52 returned": the attribution between
                # commas is an aside, not the end of the clause
                i = next((j for j in range(i + 3, figure) if self.norm(j) == ","), figure)
            elif self.norm(i) == "," and not (
                self.norm(i + 1) in _OBJECT_RELATIVES
                or (self.norm(i + 1) in ("in", "during") and self.norm(i + 2) == "which")
            ):
                return False
            i += 1
        return True

    def _before_the_story(self, figure: FigureMention) -> str | None:
        """The story's day counted back, when the figure is told after "a day after".

        "The offer came a day after Zelensky said 3,000 soldiers had been killed":
        the undated main clause is the story's day (its dateline, else the
        publication), and what the "after" clause tells is that many days before.
        None when the sentence dates its main clause or does not count so.
        """
        offsets = list(self._offsets())
        offsets += [  # "The exchange came hours after Shoigu said ...": the same day
            (k, 0)
            for k in range(self.first + 2, figure.first)
            if self.norm(k) == "after" and self.norm(k - 1) == "hours"
        ]
        for k, days in offsets:
            if days < 0 or k >= figure.first:
                continue
            counted = 2 if days else 1  # "a day after": two words before "after"; "hours after"
            opens = not any(self.tokens[i].kind == WORD for i in range(self.first, k - counted))
            if opens or self.norm(k - counted - 1) in (",", "(", "—", "–"):
                # "A week after the crash, 207 went home": the figure is the main clause's,
                # counted from the event named, not from the story's day
                return None
            if any(d.first < k and not d.since for d in self.m.dates):
                return None  # "On Friday, a day after ...": counted from that date instead
            if any(self.norm(i) in (";", ".") for i in range(k, figure.first)):
                return None
            # "The exchange came a day after ...": counted from the exchange just told
            subject = any(self.norm(i) in _EXCHANGE_NOUNS for i in range(self.first, k))
            if subject:
                return shifted(SAME_DAY, -days) if days else SAME_DAY
            return shifted("today", -days) if days else None
        return None

    def _figure_in_subject(self, k: int, figure: FigureMention) -> bool:
        """Whether the figure is the subject of the clause after ``k`` ("a day after 390
        people crossed"), or told in an aside within that subject, before its verb."""
        opening = next((f for f in self.m.figures if f.first > k), None)
        if opening is None or opening.first > k + 3:
            return False
        if any(self.norm(i) not in _SUBJECT_OPENERS for i in range(k + 1, opening.first)):
            return False
        return not any(k < t.first < figure.first for t in self.m.transfers)

    def _comma_in(self, start: int, stop: int) -> bool:
        return any(self.norm(i) == "," for i in range(start, stop))

    def _them_noun(self, figure: FigureMention) -> Noun | None:
        """The people "them" counts in "N of them", when no figure counted them before.

        "The handover of bodies brought 757 of them back": "them" are the bodies,
        and 757 is the handover's figure. After "300 prisoners", "61 of them" is a
        part of a figure already told (a subset), so nothing is returned.
        """
        if self.norm(figure.last + 1) != "them":
            return None
        if self._first_counted is None:
            ends = [f.last for f in self.m.figures if f.noun is not None]
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

    def _apposed_noun(self, figure: FigureMention) -> Noun | None:
        """The people a per-side figure set off by a comma counts: "swapped soldiers, 75 each".

        The noun is the object just before the comma; only a noun ending there counts.
        """
        comma = figure.first - 1
        if self.norm(comma) != "," or self.norm(figure.last) not in ("each", "apiece"):
            return None
        for i in range(comma - 1, max(self.first, comma - 4) - 1, -1):
            found = lx.PEOPLE.match(self.tokens, i, comma)
            if found is not None and found[0] == comma:
                return found[1]
        return None

    def _promised_group(self, figure: FigureMention) -> FigureMention | None:
        """The group promised earlier in the sentence that "N of them" was handed from.

        "Russia, which had promised to hand over 23 wounded soldiers, returned 22 of
        them": the promise moved no one, so "22 of them" is not a subset of a figure
        told but the handover itself, of people of the promised kind.
        """
        if self.norm(figure.last + 1) != "them":
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

    def _reunited(self, predicate: TransferWord) -> bool:
        return self.norm(predicate.first).startswith("reunit")

    def _same_event(self) -> bool:
        """Whether the sentence points back to the exchange just told ("in the same swap")."""
        if "same" not in self.norm_set or self.norm_set.isdisjoint(_SAME_EVENT_NOUNS):
            return False
        return self._same_at() >= 0

    def _same_at(self) -> int:
        """The token of "same" in "the same swap", or -1 when the sentence has none."""
        if self._same_cache is None:
            self._same_cache = next(
                (
                    i
                    for i in range(self.first, self.last - 1)
                    if self.norm(i) == "same" and self.norm(i + 1) in _SAME_EVENT_NOUNS
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

    def _statement_date(self, date: DateMention) -> bool:
        """Whether ``date`` dates a statement: "said on Friday", "announced Thursday".

        Or an agreement: "the exchange that negotiators agreed in Istanbul last week"
        is dated by when it happened, not by when it was agreed.
        """
        for i in range(max(self.first, date.first - 2), date.first):
            if i in self.m.speech or self.norm(i) in lx.SPEECH:
                return True
            if self.norm(i) == "speaking" and self.tokens[i].text[:1].isupper():
                return True  # "Speaking on Wednesday, the minister said ...": the speech's day
        if self._told_listener_on(date):
            return True
        return self.agreement_date(date)

    def _told_listener_on(self, date: DateMention) -> bool:
        """Whether ``date`` follows "told <listener> on": "told reporters on Thursday".

        The one or two words between "told" and "on" are whom the speaker told, so
        the day is the telling's, as in "said on Thursday".
        """
        if date.first - 1 <= self.first or self.norm(date.first - 1) != "on":
            return False
        for k in (date.first - 3, date.first - 4):
            if k >= self.first and self.norm(k) == "told":
                return all(
                    self.tokens[j].kind == WORD and self.norm(j) not in ("that", "the")
                    for j in range(k + 1, date.first - 1)
                )
        return False

    def agreement_date(self, date: DateMention) -> bool:
        """Whether ``date`` dates an agreement: "agreed in Istanbul last week"."""
        start = max(self.first, date.first - 4)
        if any(self.norm(i) in _AGREEMENT_VERBS for i in range(start, date.first)):
            return True
        if self._happened_on(date):
            return False  # "the deal that shocked most took place on 21 September": an event
        # "under the agreement reached at the talks in Istanbul in early June", "the
        # Istanbul accord of early June": the deal's date, not the handover's; so is
        # "the repatriations agreed at peace talks in Istanbul last month"
        if self.norm_set.isdisjoint(
            _AGREEMENT_NOUNS | _AGREEMENT_VERBS
        ) and self.norm_set.isdisjoint(_MEETINGS):
            return False
        transfers = {i for t in self.m.transfers for i in range(t.first, t.last)}
        for i in range(date.first - 1, max(self.first, date.first - 9) - 1, -1):
            if self.norm(i) in (",", ";", "—", "–") or i in transfers:
                return False
            if self.norm(i) in _AGREEMENT_NOUNS or self.norm(i) in _AGREEMENT_VERBS:
                return True
            if self.norm(i) in _MEETINGS and any(
                self.norm(j) in _AGREEMENT_VERBS | {"reached"}
                for j in range(max(self.first, i - 4), i)
            ):
                return True
            if self.norm(i) in _MEETINGS and self._other_date(date):
                # "It followed talks in Geneva on March 3, which led to the swap completed
                # last week": the meeting's day, when another date is left for the handover
                return True
        return False

    def _other_date(self, date: DateMention) -> bool:
        """Whether the sentence has a date besides ``date`` that may date an event.

        Neither a span's start nor a statement's day ("Kyiv said on Friday") counts.
        """
        return any(
            d.first != date.first
            and not d.since
            and not any(
                i in self.m.speech or self.norm(i) in lx.SPEECH
                for i in range(max(self.first, d.first - 2), d.first)
            )
            for d in self.m.dates
        )

    def _happened_on(self, date: DateMention) -> bool:
        """Whether a verb of happening dates ``date``: "took place on", "happened in".

        What took place or happened on a day is an event done, so a deal said to
        have taken place then is the exchange itself, not an agreement to make one.
        """
        at = date.first - 1
        if self.norm(at) in ("on", "in", "at"):
            at -= 1
        word = self.norm(at)
        return (word == "place" and self.norm(at - 1) in _TOOK) or word in _HAPPENED_ON

    # -- claims ---------------------------------------------------------------------

    def claims(self, used: set[int], belligerents: Sequence[str] = ()) -> list[ClaimDraft]:
        self._belligerents = belligerents
        # A sentence about civilians gives civilian tolls (population CIVILIANS) only for
        # figures that count civilians; a figure it cannot place is left out.
        self._civilian = bool(self.norm_set & lx.CIVILIAN_WORDS)
        claims: list[ClaimDraft] = []
        previous: ClaimDraft | None = None
        for index, figure in enumerate(self.m.figures):
            if index in used:
                continue
            before = index - 1
            while before >= 0 and (
                self._idiom(self.m.figures[before]) or self._span_of_time(self.m.figures[before])
            ):
                before -= (
                    1  # "verified one by one", "given eleven months ago": no figure to stop at
                )
            start = self.m.figures[before].np_end if before >= 0 else self.first
            stop = self.m.figures[index + 1].first if index + 1 < len(self.m.figures) else self.last
            if figure.before_of in _PLACE_NOUNS or self._handed(figure):
                continue  # "a city of some 430,000", "took back 15 of its own wounded"
            if self._one_and_the_other(figure):
                continue  # "one wounded in the arm and the other in the leg": two people
            if self._ratio_term(figure):
                continue  # "the killed-to-wounded ratio is close to one to three"
            if (
                not self.norm_set.isdisjoint(lx.EQUIVALENT_WORDS)
                and self._equivalent_head(figure) is not None
            ):
                continue  # "the equivalent figure for Russia is 120,000": another side's
            whole = figure
            figure = self._partitive(figure)
            if (
                figure is not whole
                and self.norm(whole.last + 1) in _PRONOUN_GROUPS
                and previous is None
                and not self._casualty_predicate(figure)
            ):
                continue  # "300 prisoners, 20 of them wounded": a part of people moved
            loss = self._loss_before(figure, start) if figure.noun is None else None
            if loss is None and figure.noun is None:
                loss = self._total_of_losses(figure, start, previous)
            if loss is None and figure.noun is None:
                loss = self._named_dead(figure)
            if loss is None and figure.noun is None:
                loss = self._whom_loss(figure)
            predicate = (
                self._casualty_predicate(figure)
                # "a strike on the town killed two women and wounded 14": the attack's toll
                or (figure.noun is None and self._struck_people(figure))
                or (
                    previous is not None
                    and (
                        self._casualty_after(figure, stop)
                        or (self._subset(figure) and self._ends_bare(figure))  # "including 1,180"
                        or self._day_part(figure)  # "..., with 1,140 over the previous 24 hours"
                        or self._compared(figure)  # "far more than the roughly 250,000 of 2023"
                    )
                )
            )
            if (
                figure.noun is None
                and loss is None
                and not predicate
                and figure.before_of not in _DEATHS_OF
                and self._reached(figure) is None
            ):
                continue
            bare = figure.noun is None and loss is None and not predicate
            if bare and not self._ends_bare(figure):
                continue  # "losses ... have passed 300 tanks"
            if bare and self._rate_value(figure, start):
                continue  # "losses ..., and the daily rate had exceeded 1,000"
            claim = self._claim(figure, previous, start, stop, loss)
            if claim is not None and self._part_of_either(figure, claims, start, stop):
                continue
            if claim is not None:
                claims.append(claim)
                previous = claim
        return claims

    def _part_of_either(
        self, figure: FigureMention, claims: Sequence[ClaimDraft], start: int, stop: int
    ) -> bool:
        """Whether a part of people ("including 78 children") follows tolls of two kinds.

        "300 were killed and 1,500 wounded, including 78 children" does not say
        whether the children are among the dead, the wounded or both.
        """
        return (
            len({c.category for c in claims if c.sentence == self.index}) > 1
            and self._subset(figure)
            and self._category_of(figure, start, stop) is None
        )

    def _span_of_time(self, figure: FigureMention) -> bool:
        """Whether a figure without people measures time: "given eleven months ago"."""
        return figure.noun is None and self.norm(figure.last) in _TIME_UNITS

    def _one_and_the_other(self, figure: FigureMention) -> bool:
        """Whether "one" picks out one of a pair ("one ... and the other ..."), a pronoun.

        "the two men, one wounded in the jaw and the other in the legs" describes
        each of two people; it counts no losses.
        """
        if self.norm(figure.first) != "one" or figure.last - figure.first != 1:
            return False
        return any(
            self.norm(i) == "the" and self.norm(i + 1) == "other"
            for i in range(figure.last, min(self.last, figure.last + 12))
        )

    def _ratio_term(self, figure: FigureMention) -> bool:
        """Whether a figure without people is a term of a ratio: "a ratio of one to three".

        A ratio or proportion named a few words before, and the figure joined to
        another by "to" ("one to three", "1 to 4"): neither term counts anyone.
        """
        if figure.noun is not None:
            return False
        if not any(
            self.norm(i) in _RATIO_HEADS
            for i in range(max(self.first, figure.first - 16), figure.first)
        ):
            return False
        after = (
            self.norm(figure.last) == "to"
            and figure.last + 1 < self.last
            and self.tokens[figure.last + 1].text[:1].isalnum()
        )
        before = self.norm(figure.first - 1) == "to" and any(
            f.last == figure.first - 1 for f in self.m.figures
        )
        return after or before or " to " in figure.text  # "about 1 to 4": read as a range

    def _rate_value(self, figure: FigureMention, start: int) -> bool:
        """Whether a bare figure is the value of a rate or an average named in its clause.

        "the daily rate had at times exceeded 1,000", "the weekly average reached
        9,000": the subject closest before the figure, with no comma between, is
        a rate, so the figure measures losses per day or week, not a toll.
        """
        for i in range(figure.first - 1, max(start, figure.first - 12) - 1, -1):
            word = self.norm(i)
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
                self.norm(figure.last) in ("by", "of", "another", "side", "way")
                or self.norm(figure.first - 1) == "by"
            )
        )

    def _partitive(self, figure: FigureMention) -> FigureMention:
        """A bare figure with its people after "of": "2,500 of the Mariupol defenders".

        The people named after "of the" (a place or a side's name may stand
        between) are the figure's, so the verb after them is its verb.
        """
        if figure.noun is not None or self.norm(figure.last) != "of":
            return figure
        j = figure.last + 1
        if self.norm(j) in _PRONOUN_GROUPS:
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
            if not named:
                return figure
            return figure._replace(noun=Noun(None), np_end=j + 1, nationality=named[0])
        if self.norm(j) not in ("the", "its", "their", "our", "those"):
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
            elif self.tokens[j].text[:1].isupper() or self.norm(j) in ("own", "surviving"):
                j += 1
            else:
                break
        return figure

    def _handed(self, figure: FigureMention) -> bool:
        """Whether a verb of handing over stands right before the figure ("took back 15")."""
        return any(
            t.done
            and figure.first - 2 <= t.last <= figure.first
            # "after the swap, 3,000 ...", "the release leaves 1,000 ...": no verb's object
            and t.move is not Move.EVENT
            and all(self.norm(i) in _PARTICLES for i in range(t.last, figure.first))
            for t in self.m.transfers
        )

    def _named_dead(self, figure: FigureMention) -> tuple[CasualtyCategory, int] | None:
        """A count of names on a register of the dead or the missing: "has recorded 70,000 names".

        The sentence must say whose deaths or disappearances the names stand for
        and tell of no handing over ("a list of 1,200 names for the exchange").
        """
        at = figure.last + (self.norm(figure.last) == "of")
        if self.norm(at) not in ("names", "entries") or self.m.transfers:
            return None
        for i in range(self.first, self.last):
            word = self.norm(i)
            if word in ("deaths", "dead", "killed", "died", "fallen"):
                return CasualtyCategory.KILLED, i
            if word in lx.MISSING_WORDS:
                return CasualtyCategory.MISSING, i
        # "more than 8,000 names of Ukrainians held in Russia": a register of captives
        if self.norm(at + 1) == "of" and self._captives_after(at + 2):
            return CasualtyCategory.CAPTURED, at
        return None

    def _whom_loss(self, figure: FigureMention) -> tuple[CasualtyCategory, int] | None:
        """The loss a relative clause about the missing or the dead gives a bare figure.

        "the missing, of whom there are tens of thousands": the figure counts the
        people of the word the clause hangs on, in that word's category.
        """
        at = whom_casualty(self.tokens, self.first, self.last, figure.first)
        if at is None or not self._ends_bare(figure):
            return None
        end = next(i for i in range(at, figure.first) if self.norm(i) == ",") - 1
        # the owner is read from the group's last word: "missing Russian soldiers"
        return CasualtyCategory(lx.LOSS_HEADS[self.norm(at)]), end

    def _listed_fallen(self, figure: FigureMention) -> bool:
        """Whether a register counts people named dead by an adjective: "identified 80,000
        fallen soldiers", "lists 9,000 dead servicemen".

        A verb of listing stands right before the figure, the noun group says its
        people died ("fallen", "dead", not "the bodies of") and no one is handed over.
        """
        return (
            figure.noun is not None
            and figure.remains
            and not figure.noun.remains
            and figure.before_of not in ("bodies", "remains", "body")
            and self.norm(figure.first - 1) in _LISTING
            and not any(t.done for t in self.m.transfers)
        )

    def _captives_after(self, i: int) -> bool:
        """Whether people said to be held start at ``i``: "Ukrainians held in Russia".

        The word of captivity follows the people at once ("held", "in captivity",
        "in Russian captivity"), not in a clause about them ("men they say are held").
        """
        i += any(p.first == i and p.role == NATIONALITY for p in self.m.parties) and not (
            self.norm(i).endswith("s")  # "Ukrainians" is the people themselves
        )
        found = lx.PEOPLE.match(self.tokens, i, self.last)
        j = found[0] if found is not None else i + 1
        if self.norm(j) in lx.CAPTIVE_AFTER:
            return True
        return self.norm(j) == "in" and (
            self.norm(j + 1) in lx.CAPTIVE_AFTER or self.norm(j + 2) in lx.CAPTIVE_AFTER
        )

    def _register_of_dead(self, figure: FigureMention) -> tuple[CasualtyCategory, int] | None:
        """A register of the dead counted by its entries: "a database of named Russian dead ...
        lists more than 110,000 individuals".

        A verb of listing stands right before the figure, the sentence names
        what the register holds ("of named Russian dead", "of the missing")
        before it, and no one is handed over.
        """
        # "lists more than 110,000 individuals", or "compiled a list of 64,371 servicemen"
        listed = self.norm(figure.first - 1) == "of" and self.norm(figure.first - 2) in _REGISTERS
        if not (listed or self.norm(figure.first - 1) in _LISTING) or any(
            t.done for t in self.m.transfers
        ):
            return None
        for i in range(figure.first - 2, self.first, -1):
            word = self.norm(i)
            if word not in lx.KILLED_WORDS and word not in lx.MISSING_WORDS:
                continue
            if lx.PEOPLE.match(self.tokens, i + 1, self.last) is not None:
                continue  # "dead soldiers": an adjective, the register's noun comes later
            if self.norm(i - 1) == "whose":
                # "records only soldiers whose deaths can be tied to a name"
                kind = CasualtyCategory.MISSING if word in lx.MISSING_WORDS else None
                return kind or CasualtyCategory.KILLED, i
            if any(self.norm(j) == "of" for j in range(max(self.first, i - 4), i)):
                kind = CasualtyCategory.MISSING if word in lx.MISSING_WORDS else None
                return kind or CasualtyCategory.KILLED, i
        return None

    def _reached(self, figure: FigureMention) -> str | None:
        """The verb a figure is reached with: "losses have passed [the] one million [mark]"."""
        verbs = _PAST_VERBS | _REACH_VERBS
        if self.norm(figure.first) in verbs:  # the figure grammar took it as the hedge
            return self.norm(figure.first)
        before = figure.first - 1
        if self.norm(before) == "the":
            before -= 1
        verb = self.norm(before)
        return verb if verb in verbs else None

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
        while link > start and self.norm(link) in lx.LINK_SKIP:
            link -= 1  # 'was now "close to a million"'
        if self.norm(figure.first) in lx.FIGURE_LINKS:
            link = figure.first  # "have exceeded 90,000": the verb was read as the hedge
        elif self.norm(link) == "the":
            link -= 1
        if (
            link == figure.first - 1
            and self.norm(link) in _PLURAL_LOSS_HEADS
            and figure.amount.qualifier is not Qualifier.EXACT
            and self._ends_bare(figure)
            and self._loss_owner(link) is not None
        ):
            # "with Russian deaths close to 120,000": a verbless clause, head and hedged figure
            return CasualtyCategory(lx.LOSS_HEADS[self.norm(link)]), link
        if self.norm(link) in lx.LOSS_VERBS:
            # "while Russia has lost 200,000": the verb of losing is the loss itself
            return (CasualtyCategory.TOTAL_LOSSES, link) if self._ends_bare(figure) else None
        if self.norm(link) == "for" and self.norm(link - 1).startswith("account"):
            link -= 1  # "with 2024 alone accounting for some 430,000"
        elif self._range_of(figure, link):
            link -= 2  # "for Russian deaths a range of 200,000 to 250,000": the range is the value
        elif (
            self.norm(figure.first) == "in"
            and figure.amount.high != figure.amount.low
            and any(self.norm(i) == "number" for i in range(max(start, link - 10), link))
        ):
            link = figure.first  # "the number ... remains in the thousands"
        elif (link < start or self.norm(link) not in lx.FIGURE_LINKS) and self._set_off_head(
            figure
        ) != figure.first - 2:
            return None  # "a toll of its own dead, 4,210, in 2023" is the noun's value
        if (
            self.norm(link) == "of"
            and self.norm(link - 1) not in lx.LOSS_HEADS
            and self._set_off_head(figure) is None  # "gave a death toll, of 5,937, in 2022"
        ):
            return None  # "took back its dead, ... the remains of 19": "of" joins "remains"
        if not self._ends_bare(figure):
            return None
        floor = max(start, link - lx.LOSS_REACH)
        opened = -1  # the opening dash of an aside between dashes, skipped whole
        for i in range(link - 1, floor - 1, -1):
            if i >= opened > -1:
                continue
            word = self.norm(i)
            if (
                word in ("—", "–")
                and opened == -1
                and all(
                    self.norm(j) in _FINITE or self.norm(j) == "now" for j in range(i + 1, link)
                )
            ):
                # "Russian losses — killed, wounded and captured — have exceeded": an
                # aside between dashes before the verb; the head stands before it
                opened = next((j for j in range(i - 1, floor - 1, -1) if self.norm(j) == word), i)
                continue
            if word in (";", "—") and i < link - 1:
                return None
            if word in _RATE_HEADS and not any(self.norm(j) == "," for j in range(i, link)):
                return None  # "losses ..., and the daily rate had exceeded 1,000": a rate's value
            if word in lx.HOLDING_VERBS and self._number_held(i, link):
                return CasualtyCategory.CAPTURED, i  # "the number of civilians held by Russia is"
            name = lx.LOSS_HEADS.get(word)
            if name is None:
                continue
            if self.norm(i - 1) == "the" and self.norm(i - 2) in _ASIDES:
                continue  # "casualties, counting the wounded, were": the head comes earlier
            if lx.PEOPLE.match(self.tokens, i + 1, self.last) is not None:
                if word in lx.KILLED_WORDS and any(
                    self.norm(j) in _REGISTERS for j in range(max(start, link - lx.LOSS_REACH), i)
                ):
                    # "a count ..., which identifies each dead soldier by name, stood at":
                    # a register of the dead counts them
                    return CasualtyCategory.KILLED, i
                continue  # "wounded prisoners": an adjective, not the count's noun
            if self.norm(i - 1) == "the" and any(
                self.norm(j) in _HEAD_LOSSES for j in range(max(start, link - lx.LOSS_REACH), i)
            ):
                continue  # "casualties, a figure that covers the dead and the wounded"
            category = CasualtyCategory(name)
            if (
                word in ("wounded", "injured")
                and self.norm(i - 1) in ("and", "or")
                and self.norm(i - 2) in ("killed", "dead")
            ):
                return CasualtyCategory.TOTAL_LOSSES, i - 2
            if self._listed_loss(i):
                # "a tally of losses that combines killed, wounded and captured"
                heads = [
                    j
                    for j in range(i - 1, max(start, link - lx.LOSS_REACH) - 1, -1)
                    if self.norm(j) in ("losses", "casualties")
                ]
                return CasualtyCategory.TOTAL_LOSSES, heads[0] if heads else i
            if word == "killed" and self.norm(i + 1) in ("and", "or"):
                if self.norm(i + 2) in ("wounded", "injured"):
                    category = CasualtyCategory.TOTAL_LOSSES
                elif self.norm(i + 2) == "missing":
                    category = CasualtyCategory.KILLED_OR_MISSING
            return category, i
        return None

    def _range_of(self, figure: FigureMention, link: int) -> bool:
        """Whether a figure of two ends is named as "a range of": "a range of 60,000 to 100,000".

        The noun "range" is no loss of its own; the loss noun stands before it and the
        two ends are the loss's value.
        """
        return (
            self.norm(link) == "of"
            and self.norm(link - 1) == "range"
            and figure.amount.high != figure.amount.low
        )

    def _number_held_aside(self, figure: FigureMention) -> tuple[CasualtyCategory, int] | None:
        """The captives an aside between dashes counts: "the number held by Russia – Kyiv
        says about 8,000 servicemen – is not known".

        The aside opens a few words before the figure, right after "the number of
        <people> held"; the figure is that number as someone gives it.
        """
        for i in range(figure.first - 1, max(self.first, figure.first - 8) - 1, -1):
            word = self.norm(i)
            if word in ("—", "–", "("):
                return next(
                    (
                        (CasualtyCategory.CAPTURED, v)
                        for v in range(max(self.first, i - 6), i)
                        if self.norm(v) in lx.HOLDING_VERBS and self._number_held(v, figure.first)
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
                for i in range(max(self.first, verb - 5), verb)
                if self.norm(i) == "number" and "the" in (self.norm(i - 1), self.norm(i - 2))
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

    def _lost_object(self, figure: FigureMention) -> bool:
        """Whether people are the object of a verb of losing: "Russia had lost 900 soldiers".

        A side's lost soldiers are a loss, whatever moves later in the sentence
        ("..., bringing its estimate to ..." hands no one over).
        """
        return figure.noun is not None and self.norm(figure.first - 1) in lx.LOSS_VERBS

    def _casualty_predicate(self, figure: FigureMention) -> bool:
        """Whether the figure's people are the subject of dying or being wounded.

        "46,000 soldiers had been killed", "380,000 were wounded", "5,000 died":
        an auxiliary and a participle, or "died", right after the noun group. A
        bare participle ("the bodies of 500 soldiers killed in action") is not one.
        """
        i = self._past_place(figure.np_end)  # "300 civilians in the region had been killed"
        auxiliaries = 0
        while i < self.last and auxiliaries < 4:
            if self.norm(i) == ",":
                i = self._speech_aside(i)  # "380,000 more, the president said, had been wounded"
                if self.norm(i) == "," and i == figure.np_end:
                    # "9,000 civilians, among them 500 children, have been killed"
                    words = self._words_at(i, 10)
                    if self._part_aside(words) and "," in words[1:]:
                        i += words.index(",", 1) + 1
                        continue
                if self.norm(i) == ",":
                    break
            if self.norm(i) not in _AUXILIARIES:
                break
            i += 1
            auxiliaries += 1
        if auxiliaries > 0 and self.norm(i) in _HEARSAY and self.norm(i + 1) == "to":
            # "are believed to have been killed", "were feared to be dead"
            i += 2
            while i < self.last and self.norm(i) in ("have", "be", "been"):
                i += 1
        word = self.norm(i) if i < self.last else ""
        if word in ("died", "perished"):
            return True
        if word in ("become", "became") and self.norm(i + 1) in ("casualties", "losses"):
            return True  # "around 4,700 had become casualties"
        if auxiliaries > 0 and word in _CASUALTY_PARTICIPLES:
            return True
        if (
            auxiliaries > 0
            and word == "in"
            and self._in_captivity([word, *self._words_at(i + 1, 2)])
        ):
            return True  # "a little over 8,000 are in Russian captivity": a state, not a verb
        if self._death_past_relative(figure) is not None:
            return True
        if self._registered_as(figure, i):
            return True  # "4,000 soldiers listed as missing", "registered 5,000 as POWs"
        # "... had been killed and some 380,000 wounded": the second figure of a list of losses
        head = self.norm(figure.np_end - 1) if figure.noun is not None else ""
        if head not in _CASUALTY_HEADS:
            return False
        k = bisect.bisect_left([f.first for f in self.m.figures], figure.first)
        earlier = self.m.figures[k - 1].np_end if k > 0 else figure.first
        return any(self.norm(j) in _CASUALTY_PARTICIPLES for j in range(earlier, figure.first))

    def _past_place(self, at: int) -> int:
        """Past a short phrase of place that opens at ``at`` ("in the region", "in Belgorod").

        Where the people lived or were struck does not part them from their verb.
        The token after the phrase; ``at`` itself when no such phrase opens there.
        """
        if self.norm(at) != "in":
            return at
        j = at + 1 + (self.norm(at + 1) == "the")
        if self.norm(j) in lx.REGIONS:
            j += 1
        if self.norm(j) in _PLACE_HEADS:
            j += 1
        return j if j > at + 1 and self.norm(j - 1) != "the" else at

    def _registered_as(self, figure: FigureMention, at: int) -> bool:
        """Whether the figure's people are put on a register "as" missing, dead or captives.

        "3,000 soldiers listed as missing", "are recorded as killed", or "has
        registered 5,000 Ukrainians as prisoners of war": the status after "as"
        is the loss the figure counts, whichever verb of listing puts it there.
        """
        if self.norm(at) in _REGISTERING and self.norm(at + 1) == "as":
            at += 1
        elif not (
            self.norm(at) == "as"
            and at == figure.np_end
            and self.norm(figure.first - 1) in _REGISTERING
        ):
            return False
        status = self.norm(at + 1 + (self.norm(at + 1) == "being"))
        return status in _CASUALTY_PARTICIPLES or status in _CAPTIVE_NOUNS

    def _speech_aside(self, comma: int) -> int:
        """Past a short aside of saying that opens at ``comma`` (", the president said,").

        The token after its closing comma; ``comma`` itself when no such aside opens there.
        """
        for close in range(comma + 2, min(self.last, comma + 8)):
            if self.norm(close) == ",":
                if any(comma < k < close for k in self.m.speech):
                    return close + 1
                break
        return comma

    def _words_at(self, first: int, count: int) -> list[str]:
        """The normalised words from ``first``, at most ``count`` and none past the sentence."""
        return [self.norm(i) for i in range(first, min(self.last, first + count))]

    @staticmethod
    def _in_captivity(words: list[str]) -> bool:
        """Whether the words after a figure say its people are "in (Russian) captivity"."""
        for k, word in enumerate(words):
            if word in _CLAUSE_MARKS:
                return False
            if word in _CAPTIVITY and "in" in words[max(0, k - 2) : k]:
                return True
        return False

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
            held_by = self.norm(party.first - 1) in ("by", "in") and self.norm(party.first - 2) in (
                "held",
                "detained",
                "imprisoned",
            )
            if held_by or (
                self.norm(party.last) in _CAPTIVITY and self.norm(party.first - 1) == "in"
            ):
                held = _other(party.code, self._belligerents)
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
                if self.norm(i) in lx.HOLDING_VERBS
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

    def _gave_up(self, figure: FigureMention) -> bool:
        """Whether the people's own verb says they gave themselves up or were taken.

        "2,400 fighters had surrendered", "1,900 men laid down their arms", "300
        soldiers were taken prisoner": the verb comes within a few words of the
        noun group (auxiliaries and adverbs between), in the same clause.
        """
        words: list[str] = []
        for i in range(figure.np_end, min(self.last, figure.np_end + 7)):
            word = self.norm(i)
            if word in _CLAUSE_MARKS:
                break
            words.append(word)
        return any(
            tuple(words[k : k + len(phrase)]) == phrase
            # "30 servicemen are listed as captured": a register of the teller's own
            # missing men, not men the teller took
            and not (k >= 2 and words[k - 1] == "as" and words[k - 2] in _REGISTERED_AS)
            for k in range(len(words))
            for phrase in _GAVE_UP
        )

    def _captors_count(self, figure: FigureMention, teller: SourceEntry | None) -> str | None:
        """The enemy of a side that counts people it took or holds, when no side is named.

        A government or an army that says "2,439 fighters surrendered" or "50
        prisoners were killed" counts men in its own hands: the other side's.
        Its own men in the enemy's hands carry a side or "our" in the text.
        """
        if figure.noun is None or figure.remains or teller is None or teller.party is None:
            return None
        if teller.kind not in (SourceKind.GOVERNMENT, SourceKind.MILITARY):
            return None
        if self.norm(figure.np_end - 1) in _OWN_SIDE_HEADS:
            return None
        if any(
            self.norm(i) in lx.REGIONS or self.tokens[i].text[:1].isupper()
            for i in range(figure.last, figure.np_end)
        ):
            return None  # "1,300 of the Kursk conscripts": the noun group names whose they are
        held = self.norm(figure.np_end - 1) in _HELD_HEADS and self.norm(figure.np_end) != "of"
        if not held and not self._gave_up(figure):
            return None
        return _other(teller.party, self._belligerents)

    def _death_past_relative(self, figure: FigureMention) -> CasualtyCategory | None:
        """The loss the main verb tells of after a relative clause with no commas round it.

        "65 prisoners who were being taken to the border ... had died in the
        crash": the people's own verb comes after the relative clause, which
        punctuation does not close, so the first "had died" or "were killed"
        (an auxiliary and the participle) within reach is taken as theirs.
        """
        if figure.noun is None or self.norm(figure.np_end) not in ("who", "that"):
            return None
        stop = min(self.last, figure.np_end + _RELATIVE_REACH)
        for i in range(figure.np_end + 2, stop):
            word = self.norm(i)
            if word in (";", ".", "—"):
                return None
            if self.norm(i - 1) not in _FINITE and not (
                self.norm(i - 1) == "been" and self.norm(i - 2) in _FINITE
            ):
                continue
            if word == "died" or word == "killed":
                return CasualtyCategory.KILLED
            if word in ("wounded", "injured"):
                return CasualtyCategory.WOUNDED
        return None

    def _listed_loss(self, i: int) -> bool:
        """Whether the loss word at ``i`` is one of a list ("killed, wounded and captured")."""
        kinds = lx.KILLED_WORDS | lx.WOUNDED_WORDS | lx.MISSING_WORDS | lx.CAPTURED_WORDS
        listed = any(
            self.norm(i + 2 * side) in kinds and self.norm(i + side) in (",", "and", "or")
            for side in (-1, 1)
        )
        return (listed and "," in (self.norm(i - 1), self.norm(i + 1))) or self._as_well_as(i)

    def _as_well_as(self, i: int) -> bool:
        """Whether the dead and the wounded are joined by "as well as" at ``i``.

        "a figure that includes wounded as well as dead", "the injured as well
        as the killed": both kinds, read from either side, make the total.
        """
        for step in (-1, 1):
            j = i + step
            if self.norm(j) == "the" and step == -1:
                j -= 1
            words = [self.norm(j + step * k) for k in range(3)]
            if words[::-step] != ["as", "well", "as"]:
                continue
            k = j + 3 * step
            if self.norm(k) == "the":
                k += step
            kinds = {self.norm(i), self.norm(k)}
            if kinds & (lx.KILLED_WORDS - {"lost"}) and kinds & lx.WOUNDED_WORDS:
                return True
        return False

    def _own_event(self, figure: FigureMention, dates: list[DateMention]) -> bool:
        """Whether a part of a running total is told as one exchange of its own:
        "..., including 15 seriously wounded men exchanged on Easter Saturday".
        """
        if self.norm(figure.first - 1) != "including" or figure.noun is None:
            return False
        verb = figure.np_end
        if not _lemmas.is_transfer_form(self.norm(verb)):
            return False
        return any(verb < d.first <= verb + 3 and not d.since for d in dates)

    def _compared(self, figure: FigureMention) -> bool:
        """Whether a bare figure is the one a loss claim is compared with ("far more than
        the roughly 250,000 it had estimated for 2023"): the same kind of loss, elsewhen.
        """
        before = [self.norm(i) for i in range(max(self.first, figure.first - 2), figure.first)]
        return (
            figure.noun is None
            and "than" in before
            and self.norm(figure.first - 1) in ("than", "the")
            and figure.amount.high is not None
            and (self._ends_bare(figure) or self.norm(figure.last) in _CONTACT_CLAUSE)
        )

    def _day_part(self, figure: FigureMention) -> bool:
        """Whether a figure is one day's share of the claim before it.

        "... at 640,220, with 1,070 over the previous 24 hours": a linking word,
        the number and a window of one day right after it.
        """
        at = max(figure.last, figure.np_end)
        if self.norm(at) == "of" and self.norm(at + 1) in ("them", "those"):
            at += 2  # "with 1,270 of them in the past 24 hours"
        part = (
            self.norm(figure.first - 1) in ("which", "whom") and self.norm(figure.first - 2) == "of"
        )
        if part:
            # "414,000 personnel, of which 1,000 were eliminated in the past day": a verb
            # group of no kind of its own between the part and its window
            while at < figure.last + 4 and self.norm(at) in _DAY_PART_VERBS:
                at += 1
        if self.norm(at) not in ("over", "in", "during"):
            return False
        at += 1 + (self.norm(at + 1) == "the")
        return (self.norm(figure.first - 1) in ("with", "and") or part) and lx.DAILY_WINDOW.match(
            self.tokens, at, self.last
        ) is not None

    def _subset(self, figure: FigureMention) -> bool:
        """Whether the figure is a part of the one before: "including 700 children"."""
        before = [self.norm(i) for i in range(max(self.first, figure.first - 2), figure.first)]
        return "including" in before or before == ["among", "them"]

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
        if self.norm(self.first) in ("for", "among") and self.norm(self.first + 1) in (
            lx.CIVILIAN_WORDS
        ):
            return True  # "For civilians, the monitors have verified 12,605 killed"
        begin = figure.first - 12 if self._loss is None else min(figure.first, self._loss[1]) - 6
        near = range(max(self.first, begin), min(self.last, figure.np_end + 3))
        if any(self.norm(i) in lx.CIVILIAN_WORDS or self.norm(i) == "non-combatants" for i in near):
            return True
        if noun is not None and noun.category is None and self.norm(figure.np_end - 1) == "people":
            return True  # "150 people were killed", in a sentence about civilians
        return (
            previous is not None
            and previous.population is Population.CIVILIANS
            and (noun is None or self.norm(figure.np_end - 1) in _CASUALTY_HEADS)
        )

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
            (i for i in range(at, min(self.last, at + 6)) if self.norm(i) in _CLAUSE_MARKS), at
        )
        if mark > at and any(at <= f.first < mark for f in self.m.figures):
            mark = at
        for start in dict.fromkeys((at, mark)):
            words = [self.norm(i) for i in range(start, min(self.last, start + 8))]
            if words[:1] in ([","], ["—"], ["–"], ["("]):
                words = words[1:]
            words = words[
                : next((k for k, w in enumerate(words) if w in _CLAUSE_MARKS), len(words))
            ]
            if set(words) & lx.CIVILIAN_WORDS and set(words) & _FIGHTERS:
                return True
        return False

    def _place_of(self, figure: FigureMention, stop: int) -> str | None:
        """Where civilians died: "across Ukraine", "in the border region of Belgorod"."""
        for i in range(figure.np_end, self.last):
            if self.norm(i) in (";", "."):
                return None
            if self.norm(i) not in ("in", "across", "of"):
                continue
            j = i + 1
            while self.norm(j) in ("the", "border", "region", "regions", "occupied"):
                j += 1
            if (
                self.norm(i + 1) == "the"
                and self.norm(i + 2) in _PLACE_HEADS
                and self.norm(i + 3) != "of"
            ):
                # "civilians in the region": the region this sentence or an earlier one named
                return self.region_named(self.discourse.region)
            party = next((p for p in self.m.parties if p.first == j and p.role != MEDIATOR), None)
            if party is not None and self.norm(party.last) in _CAPTIVITY:
                continue  # "in Russian captivity": whose prisons, not where civilians died
            if party is not None:
                return party.code
            region = lx.REGIONS.get(self.norm(j))
            if region is not None:
                return region
            latest = self.discourse.claims
            if (
                self.norm(j) == "country"
                and latest
                and self.index - latest[-1].sentence <= _CARRY_SENTENCES
            ):
                return latest[-1].subject[0]  # "across the country": the one just named
        return None

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
            return latest[-1].subject[0]
        return None

    def _governed_region(self, figure: FigureMention) -> str | None:
        """The side of the region whose governor or mayor counts residents naming no side.

        "Belgorod's governor said about 70 residents remain unaccounted for": a
        regional official counts the region's own people. The region must be named in
        the sentence: "the region's governor" may point back past other regions.
        """
        if figure.nationality is not None or self.norm_set.isdisjoint(lx.REGIONAL_OFFICIALS):
            return None
        if any(p.role != MEDIATOR for p in self.m.parties):
            return None  # a side in the sentence decides, or makes it unsafe to guess
        return self.region_named(None)

    def _mission_country(self, figure: FigureMention) -> str | None:
        """The country a monitoring mission is named for: "... Monitoring Mission in Ukraine".

        A civilian toll that names no place, told by a body that works in one
        country, counts that country's civilians.
        """
        teller = self.attribution or self.speaker_near(figure.first)
        if teller is None or teller.kind is not SourceKind.INTERNATIONAL_ORGANISATION:
            return None
        _, found, country = teller.name.rpartition(" in ")
        if not found:
            return None
        return next((code for code, name in lx.PARTY_NAMES.items() if name == country), None)

    def _place_after(self, at: int) -> str | None:
        """The side named right after a loss word as where it happened: "killed in Ukraine"."""
        if self.norm(at + 1) not in ("in", "across"):
            return None
        party = next((p for p in self.m.parties if p.first == at + 2 and p.role != MEDIATOR), None)
        return party.code if party is not None else None

    def _freed(self, figure: FigureMention) -> bool:
        """Whether the sentence tells of people let go, and not of others still held.

        "1,000 servicemen had been captured" is a capture whatever follows; "ten
        civilians who had been held by Russia returned" are held no more.
        """
        after = {self.norm(i) for i in range(figure.np_end, min(self.last, figure.np_end + 6))}
        if after & {"captured", "surrendered", "taken"}:
            return False
        if self.norm_set & {"still", "remain", "remains", "remaining"}:
            return False
        if self.norm(figure.last) == "more" or {"being", "held"} <= after:
            return False  # "2,598 were freed and 4,000 more were being held": others, held now
        if {self.norm(figure.first - 1), self.norm(figure.first - 2)} & _CAPTURING:
            return False  # "it has captured two soldiers, who ... want to return home"
        return any(t.done and t.move is not Move.EVENT for t in self.m.transfers)

    def _ends_bare(self, figure: FigureMention) -> bool:
        """Whether a figure without a noun of people ends where it stands ("300 tanks" does not)."""
        after = figure.last
        if after >= self.last or self.tokens[after].kind != WORD:
            return True
        return self.norm(after) in _AFTER_LOSS_FIGURE

    def _loss_owner(self, at: int) -> str | None:
        """Whose losses the noun at ``at`` counts: "Russia's", "Ukrainian", "of the army"."""
        k = at - 1
        while k >= self.first and k >= at - 4 and self.norm(k) in lx.LOSS_OWNER_SKIP:
            k -= 1
        for party in self.m.parties:
            # the mention may take in a skipped word: "Russian military | losses"
            if party.role != MEDIATOR and k + 1 <= party.last <= at and party.first <= k:
                return party.code
        if self.norm(k) in ("its", "their") and self._actors():
            # "their" points back past a speaker: "Russian troops ..., Shoigu said, their losses"
            owners = [
                p
                for p in self.m.parties
                if p.role in (ACTOR, NATIONALITY)
                and p.last <= k
                and not self._in_according(p.first)
                and not self._speaking(p.last)
            ]
            if owners:
                return owners[-1].code
            if self.norm(k) == "its":
                # "Ukraine said its death toll had reached 31,000": a state's "its" with no
                # other side before it is the state that speaks
                speakers = [p for p in self._actors() if p.noun and p.last <= k]
                if speakers:
                    return speakers[-1].code
        counted = next(
            (i for i in range(at - 1, max(self.first, at - 10), -1) if self.norm(i) == "number"),
            None,
        )
        if counted is not None and self.norm(counted + 1) == "of":
            # "the number of Ukrainians registered as missing": the people counted
            for party in self.m.parties:
                if party.role == NATIONALITY and counted + 2 <= party.first < at:
                    return party.code
        if self.norm(at + 1) == "of" or (self.norm(at + 1) == "among" and at + 2 < self.last):
            reach = at + 5
            while reach < self.last and self.norm(reach) in _ARMED_FORCES:
                reach += 1  # "the losses of the armed forces of Ukraine"
            for party in self.m.parties:
                if party.role != MEDIATOR and at + 2 <= party.first <= reach:
                    return party.code
        return None

    def _casualty_after(self, figure: FigureMention, stop: int) -> bool:
        # "over 80,000 whom families or units report as missing": past a relative clause
        reach = 8 if self.norm(figure.last) in ("who", "whom", "that") else 4
        words = {self.norm(i) for i in range(figure.last, min(stop, figure.last + reach))}
        if (
            self.norm(figure.last) == "captured"
            and figure.noun is None
            # "... and 40 captured.", "40 captured in the assault", not "40 captured villages"
            and (
                figure.last + 1 >= stop
                or not self.norm(figure.last + 1).isalpha()
                or self.norm(figure.last + 1) in _AFTER_CAPTURED
            )
        ):
            return True  # "... 350 wounded and 40 captured": the last of a list of losses
        return bool(words & (lx.KILLED_WORDS | lx.MISSING_WORDS | lx.WOUNDED_WORDS))

    def _clause_start(self, position: int, floor: int) -> int:
        k = bisect.bisect_left(self.breaks, position) - 1
        return max(floor, self.breaks[k] + 1) if k >= 0 else floor

    def _category_of(self, figure: FigureMention, start: int, stop: int) -> CasualtyCategory | None:
        if self.norm(figure.np_end) == "," and self._part_aside(self._words_at(figure.np_end, 3)):
            stop = self.last  # "9,000 civilians, among them 500 children, ...": the aside's figure
        after = [self.norm(i) for i in range(figure.np_end, stop)]
        comma = figure.np_end + (self.norm(figure.np_end) == "more")
        if self.norm(comma) == ",":  # "380,000 more, the president said, had been wounded"
            past = self._speech_aside(comma)
            after = after[: comma - figure.np_end] + after[past - figure.np_end :]
        after_head = after[:8]
        text_after = " ".join(after_head)
        # the verb group may end later: "troops deployed to the region had been killed or
        # wounded"; the pair is read up to the clause's end, the rest from the first words
        reach = next((k for k, w in enumerate(after[:12]) if w in _CLAUSE_MARKS), 12)
        pair = " ".join(after[:reach])
        if any(p in pair for p in _KILLED_AND_WOUNDED):
            text_after = pair
        head = figure.noun
        head_word = self.norm(figure.np_end - 1) if head is not None else ""
        if self._struck_people(figure):
            # "shelled the city, killing 25 people": the victims of an attack
            verb = self._struck_verb(figure)
            return (
                CasualtyCategory.KILLED
                if verb is not None and self.norm(verb) in ("killing", "killed")
                else CasualtyCategory.WOUNDED
            )
        if head_word in ("killed", "dead"):
            text_after = f"{head_word} {text_after}"  # "passed 790,000 killed and wounded"
        if any(p in text_after for p in _KILLED_AND_WOUNDED) or self._kinds_listed(after[:10]):
            return CasualtyCategory.TOTAL_LOSSES  # the dead and the wounded, in either order
        if any(
            a in ("become", "became") and b in ("casualties", "losses")
            for a, b in itertools.pairwise(after[:5])
        ):
            return CasualtyCategory.TOTAL_LOSSES  # "4,700 had become casualties"
        if "killed or missing" in text_after:
            return CasualtyCategory.KILLED_OR_MISSING
        if head_word == "casualties":
            return CasualtyCategory.TOTAL_LOSSES
        if head_word in ("deaths", "killed", "dead") or figure.before_of in _DEATHS_OF:
            return CasualtyCategory.KILLED
        if figure.before_of in _ACTS_ON_CAPTIVES:
            return None  # "the shooting of nine soldiers who had surrendered": an act's victims
        if figure.before_of in _CAPTIVITY and figure.noun is not None and not figure.remains:
            return CasualtyCategory.CAPTURED  # "has confirmed the captivity of 8,000 Ukrainians"
        if head_word in ("wounded", "injured"):
            return CasualtyCategory.WOUNDED
        if head_word == "missing":
            return CasualtyCategory.MISSING
        dying = self._death_past_relative(figure)
        if dying is not None:
            return dying  # "65 prisoners who were being taken ... had died in the crash"
        # "lists more than 35,000 missing soldiers": the adjective in the noun group; not
        # "tens of thousands more missing in action or in captivity", a part added
        inside = [self.norm(i) for i in range(figure.last, figure.np_end - 1)]
        if (
            head is not None
            and not figure.before_of
            and not figure.remains
            and "more" not in inside
            and not lx.MISSING_WORDS.isdisjoint(inside)
        ):
            return CasualtyCategory.MISSING
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
            if word in lx.KILLED_WORDS and word != "lost":
                return CasualtyCategory.KILLED
            if word in lx.MISSING_WORDS:
                return CasualtyCategory.MISSING
            if word in lx.WOUNDED_WORDS:
                return CasualtyCategory.WOUNDED
            if word in lx.CAPTURED_WORDS or (word in lx.CAPTIVE_AFTER and not figure.remains):
                return CasualtyCategory.CAPTURED
            if (
                word == "as"
                and not figure.remains
                and (words[k + 1 : k + 2] or [""])[0] in _CAPTIVE_NOUNS
                and self._registered_as(figure, figure.np_end + k)
            ):
                return CasualtyCategory.CAPTURED  # "registered 5,000 as prisoners of war"
        if not figure.remains and self._in_captivity(after[:_CAPTIVITY_REACH]):
            return CasualtyCategory.CAPTURED  # "... are still listed as being in captivity"
        if not figure.remains and self._gave_up(figure):
            return CasualtyCategory.CAPTURED  # "1,900 fighters had laid down their arms"
        clause = [
            self.norm(i) for i in range(self._clause_start(figure.first, start), figure.first)
        ]
        if set(clause[-4:]) & lx.HOLDING_VERBS and not figure.remains:
            return CasualtyCategory.CAPTURED  # "Russia is still holding more than 8,000"
        if not figure.remains and any(
            a in lx.HOLDING_VERBS and b == "what" for a, b in itertools.pairwise(clause[-12:])
        ):
            return CasualtyCategory.CAPTURED  # "it holds what officials called 'over 1,000'"
        if set(clause[-2:]) & _CAPTURING and figure.noun is not None and not figure.remains:
            return CasualtyCategory.CAPTURED  # "Ukraine captured two North Korean soldiers"
        if (
            clause[-1:] == ["taken"]
            and self.norm(figure.np_end - 1) in _CAPTIVE_NOUNS
            and not figure.remains
            and self.norm(figure.np_end) not in _TAKEN_ONWARD
        ):
            return CasualtyCategory.CAPTURED  # "his forces have taken more than 2,000 prisoners"
        if "losses" in clause or "casualties" in clause:
            return CasualtyCategory.TOTAL_LOSSES
        if any(p in " ".join(clause[-4:]) for p in _KILLED_AND_WOUNDED):
            return CasualtyCategory.TOTAL_LOSSES  # "had killed or wounded 1,120 soldiers"
        if set(clause) & lx.LOST_IS_LOSSES:
            return CasualtyCategory.TOTAL_LOSSES
        if set(clause) & {"killed", "dead", "died", "executed"}:
            return CasualtyCategory.KILLED
        if set(clause) & {"deaths", "fatalities"} or "death toll" in " ".join(clause):
            return CasualtyCategory.KILLED  # "the death toll had reached 31,000 soldiers"
        return None

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

        The window may also open the clause: "over the past day the enemy lost 1,290".
        """
        before = range(
            max(self._clause_start(figure.first, self.first), figure.first - 12), figure.first
        )
        return any(
            self.norm(i) in lx.DAILY_WINDOW.firsts
            and lx.DAILY_WINDOW.match(self.tokens, i, self.last) is not None
            # "1,410 servicemen killed and wounded over the past 24 hours": past the noun group
            # "lost 300 servicemen killed and wounded in the region in the past 24 hours":
            # the window is counted from the noun group's end
            for i in (*before, *range(figure.last, min(clause_end, figure.np_end + 10)))
        )

    def _one_span(self, figure: FigureMention, clause_end: int) -> bool:
        """Whether every rate word in the figure's clause is a span after "in": "in a week".

        "1,300 were killed in a week" counts one week's dead, a toll over that
        span; only "1,300 a week" is a rate.
        """
        k = bisect.bisect_left(self.rates, figure.last)
        found = [i for i in self.rates[k:] if i < clause_end]
        return bool(found) and all(
            self.norm(i) == "a" and i > self.first and self.norm(i - 1) == "in" for i in found
        )

    def _past_apposition(self, figure: FigureMention, after: list[str]) -> list[str]:
        """The words after a noun group, past an apposition of people between commas.

        "more than 8,000 Ukrainians, soldiers and civilians, are held in Russia".
        """
        # between commas or between dashes: "9,300 Ukrainians — soldiers and civilians —"
        if not after or after[0] not in (",", "—", "–") or after[0] not in after[1:9]:
            return after
        close = after.index(after[0], 1)
        between = range(figure.np_end + 1, figure.np_end + close)
        people = all(
            self.norm(i) in _APPOSITION_WORDS
            or lx.PEOPLE.match(self.tokens, i, self.last) is not None
            for i in between
        )
        # an aside of whose figure it is: ", by the government's own estimate,"
        source = after[1] in ("by", "according") or bool(set(after[1:close]) & lx.SPEECH)
        return after[close + 1 :] if people or source or self._part_aside(after) else after

    @staticmethod
    def _part_aside(after: list[str]) -> bool:
        """Whether the words open an aside naming a part of the people: ", among them 70 children,".

        Such an aside between commas says who is among the figure's people; the
        verb after it is still the figure's own.
        """
        return after[1:3] in (["among", "them"], ["among", "whom"], ["of", "them"]) or after[
            1:2
        ] == ["including"]

    def _excluded(self, figure: FigureMention, stop: int) -> bool:
        """A rate ("every day"), a projection ("likely to reach") or a plan is no claim."""
        k = bisect.bisect_left(self.breaks, figure.np_end)
        clause_end = min(stop, self.breaks[k] if k < len(self.breaks) else self.last)
        if self._any_in(self.rates, figure.last, clause_end):  # not "in its daily update"
            if self._one_night(figure, clause_end) or self._one_span(figure, clause_end):
                return False  # "600 were killed in a strike on the barracks overnight"
            return not self._daily(figure, clause_end)
        losses = lx.KILLED_WORDS | lx.MISSING_WORDS | lx.WOUNDED_WORDS | lx.CAPTURED_WORDS
        if self.norm(figure.np_end) in _RECRUITED and not any(
            self.norm(i) in losses for i in range(figure.np_end, clause_end)
        ):
            return True  # "tens of thousands of prisoners recruited from penal colonies"
        before = {
            self.norm(i)
            for i in range(max(self.first, figure.first - 3), figure.first)
            if self.tokens[i].text != "May"  # the month, not the modal
            # "the dead likely number in the tens of thousands": a hedge on a present
            # count; "likely to reach" is the projection
            and not (self.norm(i) == "likely" and self.norm(i + 1) != "to")
            and not self._hedged_past(i)
        }
        return bool(before & lx.FUTURE)

    def _hedged_past(self, at: int) -> bool:
        """Whether "likely" at ``at`` hedges a count already made: "were likely to be 950,000".

        After a past copula ("was", "were") or before "to have", the estimate is of
        losses so far, not a projection ("are likely to reach 1 million").
        """
        if self.norm(at) != "likely" or self.norm(at + 1) != "to":
            return False
        return self.norm(at + 2) == "have" or (
            self.norm(at + 2) == "be" and self.norm(at - 1) in ("was", "were")
        )

    def _one_night(self, figure: FigureMention, clause_end: int) -> bool:
        """Whether the only rate word in the figure's clause is "overnight": one event's toll.

        "more than 600 soldiers were killed in a missile strike overnight" counts
        the dead of one night, not a rate per night, however far the word stands.
        """
        k = bisect.bisect_left(self.rates, figure.last)
        found = [i for i in self.rates[k:] if i < clause_end]
        return bool(found) and all(self.norm(i) == "overnight" for i in found)

    def _enemy_of_teller(self, figure: FigureMention, start: int) -> str | None:
        """Who "the enemy" is when a side says it first: "Moscow said the enemy lost 500".

        The side before the verb of saying is the teller, not the loser; its enemy
        is the other belligerent.
        """
        at = next(
            (i for i in range(figure.first - 1, start - 1, -1) if self.norm(i) == "enemy"), None
        )
        if at is None:
            return None
        teller = next(
            (p for p in reversed(self._actors()) if start <= p.first and p.last <= at), None
        )
        if teller is None or not any(self.norm(i) in lx.SPEECH for i in range(teller.last, at)):
            return None
        return _other(teller.code, self._belligerents)

    def _subject_of_claim(
        self, figure: FigureMention, previous: ClaimDraft | None, start: int, stop: int
    ) -> tuple[str, ...] | None:
        nationality = figure.nationality
        if nationality is None and figure.pronoun in ("its", "their", "our", "enemy"):
            nationality = self._nationality(figure, stop)
        if nationality is not None:
            return (nationality,)
        # "Moscow gave a toll, of 5,937, ...": the figure's clause is its noun's
        head = self._set_off_head(figure) or figure.first
        clause_start = self._clause_start(head, start)
        apposed = self._apposed_side(figure)
        if apposed is not None:
            return (apposed,)
        charged = self._charged_side(figure)
        if charged is not None:
            return (charged,)
        subject_start = self._before_aside(clause_start, start)
        enemy = self._enemy_of_teller(figure, clause_start)
        if enemy is not None:
            return (enemy,)
        aside = self._clause_start(clause_start - 2, start)
        modified = False  # a side named inside the subject's modifier was passed over
        for party in reversed(self._actors()):
            if subject_start < clause_start and aside <= party.first < clause_start:
                continue  # the speaker of the aside: ", Shoigu said, their losses"
            if subject_start <= party.first and party.last <= figure.first:
                if self._in_modifier_of_party(party, subject_start):
                    modified = True
                    continue  # "North Korean troops fighting for Russia lost 900": the troops'
                follow = {
                    self.norm(i) for i in range(party.last, min(figure.first, party.last + 4))
                }
                if not follow & (lx.HOLDING_VERBS | lx.LOSS_VERBS):
                    # "North Korean units sent to the Kursk region had suffered 4,700 ..."
                    follow |= {
                        self.norm(i)
                        for i in range(
                            party.last,
                            figure.first if modified else min(figure.first, party.last + 9),
                        )
                        if self.norm(i) in lx.LOSS_VERBS
                    }
                if follow & (lx.HOLDING_VERBS | _CAPTURING):
                    held = _other(party.code, self._belligerents)
                    if held is not None:
                        return (held,)  # "Russia holds 8,000": the others are held
                    continue
                if (
                    follow & (lx.LOSS_VERBS | lx.SEARCHING_VERBS | {"losses", "casualties"})
                    or self.tokens[party.last - 1].poss
                ):
                    # "Moscow is searching for 300 people": a side looks for its own
                    return (self._camp_of(party),)
        for party in self.m.parties:
            if (
                party.role != MEDIATOR
                and clause_start <= party.first < figure.first
                and self.norm(party.last) in ("losses", "casualties")
            ):
                return (party.code,)
        if self.norm(figure.first - 2) in ("of", "among") and self.norm(figure.first - 1) in (
            "whom",
            "them",
            "which",
        ):
            # "11,000 North Korean troops were sent, of whom 1,000 were killed": a part
            earlier = [f.nationality for f in self.m.figures if f.last <= figure.first]
            known = [code for code in earlier if code is not None]
            if known:
                return (known[-1],)
        whole = self._partitive_whole(figure)
        if whole is not None:
            return (whole,)  # "Of the 11,000 soldiers Pyongyang sent, 4,700 had become ..."
        if self.norm(figure.np_end) == "more" or (
            # "1,300 Ukrainians have been returned, but thousands are still held": the people
            # still held are of the side of those just freed
            self._captured and any(t.done for t in self.m.transfers)
        ):
            # "5,757 Ukrainians had been brought home, and thousands more were still held"
            earlier = [f.nationality for f in self.m.figures if f.last <= figure.first]
            known = [code for code in earlier if code is not None]
            if known:
                return (known[-1],)
        opens = figure.first == self.first or all(
            self.norm(i) in _ELIDED_OPENERS for i in range(self.first, figure.first)
        )
        if figure.noun is None and opens:
            # "Tens of thousands more are listed as missing.", "Another 9,000 were
            # wounded.": a number opening its sentence without a noun counts the people
            # of the claim just made
            latest = self.discourse.claims
            if latest and latest[-1].sentence == self.index - 1:
                return latest[-1].subject
        told_on = self._told_on(figure)
        if told_on is not None:
            return told_on
        for i in range(figure.first - 1, start - 1, -1):
            # "Ukraine's losses, they said, were heavy: close to 70,000 killed"
            if self.norm(i) in ("losses", "casualties", "dead", "toll") or (
                # "the Kremlin, which last updated its own figure of 5,937 dead"
                i == figure.first - 2
                and self.norm(i + 1) == "of"
                and self.norm(i) in lx.FIGURE_HEADS
            ):
                owner = self._loss_owner(i)
                if owner is not None:
                    return (owner,)
                if self.norm(i - 1) == "enemy":
                    break  # "its toll of the enemy's dead": not the teller's own dead
        side = self._framed_side()
        if side is not None:
            return (side,)  # "On the Ukrainian side, they put the number of dead at ..."
        if previous is not None:
            return previous.subject
        carried = self._losses_told_before()
        if carried is not None:
            return (carried,)
        opening = self._opening_loser(figure)
        if opening is not None:
            return (opening,)
        speaker = self.speaker_near(head)
        teller = self.attribution or speaker or self.discourse.statement
        if (
            teller is not None
            and teller.party is not None
            and "enemy" in {self.norm(i) for i in range(subject_start, figure.first)}
        ):
            # "The enemy lost up to 340 servicemen, the Russian Defence Ministry said"
            enemy = _other(teller.party, self._belligerents)
            if enemy is not None:
                return (enemy,)
        captors = self._captors_count(figure, teller)
        if captors is not None:
            return (captors,)
        if (
            (
                figure.noun is not None
                # "relatives of missing soldiers, of whom there are tens of thousands"
                or whom_casualty(self.tokens, self.first, self.last, figure.first) is not None
                # "Zelensky said the death toll had reached 31,000": a toll of no named side,
                # unless the passage is already about one side's losses
                or (
                    self._loss is not None
                    and not (
                        self.discourse.claims
                        and self.index - self.discourse.claims[-1].sentence <= _CARRY_SENTENCES
                    )
                )
            )
            and speaker is not None
            and speaker.party is not None
            and speaker.kind in (SourceKind.GOVERNMENT, SourceKind.MILITARY)
            and not any(
                p.role != MEDIATOR
                and clause_start <= p.first < figure.first
                and not any(m.first <= p.first < m.last for m in self.m.sources)
                and not self._says_figure(p, figure)
                for p in self.m.parties
            )
        ):
            # "Zelensky said 46,000 soldiers had been killed": a government counting
            # soldiers of no stated side counts its own; those it says "surrendered"
            # gave themselves up to it, and are the other side's.
            if self._surrendered_to_speaker(figure):
                enemy = _other(speaker.party, self._belligerents)
                return (enemy,) if enemy is not None else None
            return (speaker.party,)
        opener = self._possessive_opener(figure)
        if (
            opener is not None
            and (figure.noun is not None or self._loss is not None)
            and figure.nationality is None
        ):
            # "Ukraine's commissioner for missing persons, whose register ..., reported that
            # more than 70,000 people were listed as missing": the office's own country
            return (opener,)
        if self.m.first_person and self.norm_set & {"we", "our"} & {
            self.norm(i) for i in range(clause_start, figure.first)
        }:
            speaker = self.speaker_near(figure.first)
            if speaker is not None and speaker.party is not None:
                return (speaker.party,)
        latest = self.discourse.claims
        if (
            (self._loss is not None or self._sideless_casualties(figure))
            and latest
            and self.index - latest[-1].sentence <= _CARRY_SENTENCES
        ):
            # "Estimates ... put the number of deaths at 190,000": the side the passage is about
            return latest[-1].subject
        return None

    def _told_on(self, figure: FigureMention) -> tuple[str, ...] | None:
        """The side a speaker's follow-on figure counts: the side of his claim just before.

        "Zelensky said 46,000 soldiers had been killed. He also said that tens of
        thousands were listed as missing": a figure without a noun that opens the
        clause a verb of saying reports, from the speaker of the claim just made, in
        a sentence naming no side, counts the same people.
        """
        if figure.noun is not None or figure.nationality is not None:
            return None
        said = figure.first - 1 - (self.norm(figure.first - 1) == "that")
        if said < self.first or self.norm(said) not in lx.SPEECH:
            return None
        latest = self.discourse.claims
        if not latest or latest[-1].sentence != self.index - 1:
            return None
        speaker = self.speaker_near(said)
        if speaker is None or speaker != latest[-1].claimant:
            return None
        if any(p.role != MEDIATOR and p.first > said for p in self.m.parties):
            return None  # "... said that 350,000 had died on the Russian side"
        return latest[-1].subject

    def _set_off_head(self, figure: FigureMention) -> int | None:
        """Where the loss noun stands whose value a figure set off by commas is, if it is.

        "a death toll, of 5,937, in 2022", "a toll of its own dead, 4,210, in 2023":
        the comma opens no new clause there; the figure belongs to the noun before
        it, and so to whoever the noun's clause names.
        """
        noun = figure.first - 1 - (self.norm(figure.first - 1) == "of")
        if (
            noun - 1 < self.first
            or self.norm(noun) != ","
            or self.norm(noun - 1) not in lx.LOSS_HEADS
        ):
            return None
        closed = figure.last >= self.last or self.norm(figure.last) in (",", ";", ".")
        return noun - 1 if closed or noun < figure.first - 1 else None

    def _in_modifier_of_party(self, party: PartyMention, floor: int) -> bool:
        """Whether ``party`` stands in a phrase that modifies another side's people.

        In "North Korean troops sent to fight in Russia's Kursk region have suffered
        4,700 casualties" the losses are the troops' side's, not the side named after
        "in"/"for"; a side after such a preposition yields to an earlier, other side.
        """
        if party.first <= floor:
            return False
        # "North Korean troops sent to help Russia push Ukrainian forces back had suffered
        # 4,000 casualties": every side inside the participle's phrase is passed over
        posted = self.norm(party.first - 1) in _MODIFIER_PREPOSITIONS
        return any(
            floor <= other.first
            and other.last < party.first
            and other.code != party.code
            and other.role != MEDIATOR
            and (
                posted
                or any(
                    self.norm(i) in _POSTING_PARTICIPLES
                    for i in range(other.last, min(party.first, other.last + 3))
                )
            )
            # "Russian troops fighting in Ukraine": a nationality on the people counts too
            for other in self.m.parties
        )

    def _camp_of(self, party: PartyMention) -> str:
        """The side an allied force joined to its ally by "and" is counted with.

        "Russian and North Korean forces suffered 38,000 casualties" (or "North Korean
        and Russian troops") is one camp's losses, coded to the belligerent the allied
        troops fight beside.
        """
        ally = _ALLIED_WITH.get(party.code)
        if ally is None:
            return party.code
        joined = any(
            p.code == ally
            and (
                (p.last == party.first - 1 and self.norm(p.last) in ("and", "or"))
                or (p.first == party.last + 1 and self.norm(party.last) in ("and", "or"))
            )
            for p in self.m.parties
        )
        return ally if joined else party.code

    def _charged_side(self, figure: FigureMention) -> str | None:
        """The side a cost falls on: "the offensive had cost Russia about 38,000 killed".

        A form of "cost" is followed by the side and the figure at once (other
        sides joined by "and" may stand between: the first one named pays).
        """
        k = figure.first - 1
        while k > self.first and (
            self.norm(k) == "and" or any(p.last == k + 1 for p in self.m.parties)
        ):
            party = next((p for p in self.m.parties if p.last == k + 1), None)
            k = party.first - 1 if party is not None else k - 1
        if self.norm(k) not in ("cost", "costs", "costing"):
            return None
        paying = next((p for p in self.m.parties if p.first == k + 1), None)
        return paying.code if paying is not None and paying.role != MEDIATOR else None

    def _sideless_casualties(self, figure: FigureMention) -> bool:
        """Whether a figure counts the dead or the wounded of no side the sentence names.

        "In December he had spoken of 43,000 dead and 370,000 wounded": the noun
        is a casualty word and no party stands anywhere in the sentence, so the
        count goes on with the side the passage's latest claim was about.
        """
        return (
            figure.noun is not None
            and self.norm(figure.np_end - 1) in lx.CASUALTY_NOUNS
            and not any(p.role != MEDIATOR for p in self.m.parties)
        )

    def _partitive_whole(self, figure: FigureMention) -> str | None:
        """The side of the whole a bare figure is part of: "of the 11,000 soldiers ..., 4,700".

        An earlier figure introduced by "of the" in the same sentence, followed by a
        comma before this one; its people's nationality, or the party that "sent"
        or "deployed" them ("the 11,000 soldiers Pyongyang sent"), is the part's.
        """
        if figure.noun is not None:
            return None
        for earlier in self.m.figures:
            if earlier.first >= figure.first:
                break
            opener = earlier.first - 1
            while (
                opener > self.first
                and self.norm(opener) != "the"
                and self.norm(opener) in lx.FIGURE_HEDGE_WORDS
            ):
                opener -= 1
            if self.norm(opener) != "the" or self.norm(opener - 1) != "of":
                continue
            if not any(self.norm(i) == "," for i in range(earlier.np_end, figure.first)):
                continue
            if earlier.nationality is not None:
                return earlier.nationality
            sender = next(
                (p for p in self.m.parties if p.first == earlier.np_end and p.role != MEDIATOR),
                None,
            )
            if sender is not None and self.norm(sender.last) in ("sent", "deployed", "had"):
                return sender.code
        return None

    def _struck_people(self, figure: FigureMention) -> bool:
        """Whether the figure counts people an attack hit: "..., killing 25 people"."""
        return self._struck_verb(figure) is not None

    def _struck_verb(self, figure: FigureMention) -> int | None:
        """Where the verb of an attack's toll is: "killing 25 people", "were killed in a strike".

        Three shapes of one habit of reporting a strike's victims: the participle
        after the attack ("..., killing 25 people"), the passive with the attack named
        in the same clause ("three people were killed in a drone attack", "and 11
        were injured in the shelling"), and the attack as subject ("a drone attack on
        the village killed one man and wounded four").  Only people counted as
        civilians or bare numbers qualify, so soldiers' losses keep their own rules.
        """
        head = self.norm(figure.np_end - 1) if figure.noun is not None else None
        if head is not None and head not in _STRUCK_HEADS:
            return None
        before = figure.first - 1
        if self.norm(before) in ("killing", "wounding", "injuring"):
            return before if head is not None else None
        if self.norm(before) in _STRUCK_VERBS:
            # "an attack on the village killed one man and wounded four"
            # the attack is the subject, up to one coordinated toll verb back
            for i in range(before - 1, max(self.first, before - 14) - 1, -1):
                if self.norm(i) in (";", ".", ":"):
                    return None
                if self.norm(i) in _ATTACKS:
                    return before
            return None
        if head is None and self.norm(before) != "and":
            return None
        i = after = self._past_place(figure.np_end)  # "11 people in the city were hurt"
        while self.norm(i) in ("were", "have", "had", "been", "was"):
            i += 1
        if i == after or self.norm(i) not in _STRUCK_VERBS:
            return None
        for j in range(i + 1, min(self.last, i + 14)):
            if self.norm(j) in (";", "."):
                return None
            if self.norm(j) in _ATTACKS:
                return i
        return None

    def _attack_place(self, figure: FigureMention) -> str | None:
        """Where the attack before "killing N people" fell: "the city of Belgorod"."""
        for i in range(figure.first - 2, max(self.first, figure.first - 24) - 1, -1):
            if self.norm(i) in (";", ":"):
                return None
            region = lx.REGIONS.get(self.norm(i))
            lead = i - 2 if self.norm(i - 1) == "the" else i - 1  # "of the Kherson region"
            if region is not None and self.norm(lead) in ("of", "in", "on", "at", "struck", "hit"):
                return region
            party = next(
                (p for p in self.m.parties if p.first == i and p.role != MEDIATOR and p.noun),
                None,
            )
            if party is not None and self.norm(i - 1) in ("in", "on", "of"):
                return party.code
        return None

    def _held_before(self, figure: FigureMention) -> bool:
        """Whether the figure's people "had been held": a captivity told as over.

        The pluperfect of holding looks back from a release ("Twelve of the women
        had been held at the camp"); "had been captured" is an event, and "are
        held" is the state a count of captives gives.
        """
        after = [self.norm(i) for i in range(figure.np_end, min(self.last, figure.np_end + 4))]
        return any(
            after[k : k + 3] == ["had", "been", word]
            for k in range(2)
            for word in ("held", "detained", "imprisoned", "kept")
        )

    def _surrendered_to_speaker(self, figure: FigureMention) -> bool:
        """Whether the figure's people are said to have surrendered (to the speaker).

        "2,439 soldiers had surrendered" — not "are held in captivity", which says
        where a side's own people are, nor "were taken prisoner", which a side also
        says of its own.
        """
        after = [self.norm(i) for i in range(figure.np_end, min(self.last, figure.np_end + 6))]
        if set(after) & {"captivity", "held", "custody", "hands"}:
            return False
        return "surrendered" in after

    def _framed_side(self) -> str | None:
        """The side an opening frame names: "On the Ukrainian side, ...", "For Russia, ...".

        Such a frame says whose figures the rest of the sentence gives, so a figure
        of no side of its own there is that side's.
        """
        i = self.first
        if self.norm(i) == "as" and self.norm(i + 1) == "for":
            i += 2
        elif self.norm(i) in ("on", "for"):
            i += 1
        else:
            return None
        at = (i, i + 1) if self.norm(i) == "the" else (i,)  # "the Russian side" may be one name
        party = next((p for p in self.m.parties if p.first in at and p.role != MEDIATOR), None)
        if party is None:
            return None
        end = party.last + (self.norm(party.last) == "side")
        if self.norm(end) == ",":
            return party.code
        # "On the Ukrainian side, where ...": a side named as a place opens the frame too
        side = self.norm(end - 1) == "side" and self.norm(end) == "where"
        return party.code if side else None

    def _possessive_opener(self, figure: FigureMention) -> str | None:
        """The side whose office opens the sentence and reports the figure: "Ukraine's ombudsman".

        The sentence opens with a side's possessive, a verb of saying follows
        before the figure, and no other side is named before the figure.
        """
        first = self.first
        while first < self.last and self.tokens[first].kind != WORD:
            first += 1  # a bullet or a dash opening the line
        first += self.norm(first) == "the"
        party = next((p for p in self.m.parties if p.first == first and p.role != MEDIATOR), None)
        # the name may take in the office: "Ukraine's ombudsman"
        if party is None or not any(t.poss for t in self.tokens[party.first : party.last]):
            return None
        if not any(party.last <= v < figure.first for v in self.m.speech):
            return None
        others = [
            p
            for p in self.m.parties
            if p is not party and p.role != MEDIATOR and p.first < figure.first
        ]
        return None if others else party.code

    def _apposed_side(self, figure: FigureMention) -> str | None:
        """The side of a count the figure stands in apposition to: "the Russian number, 5,937".

        "the last official Russian number, 5,937 killed, dates from 2022": the
        figure after the comma is the value of the side's number.
        """
        if self.norm(figure.first - 1) != "," or self.norm(figure.first - 2) not in _TOTAL_HEADS:
            return None
        head = figure.first - 2
        party = next(
            (
                p
                for p in self.m.parties
                if p.role != MEDIATOR and head - 4 <= p.first and p.last <= head
            ),
            None,
        )
        return party.code if party is not None else None

    def _before_aside(self, clause_start: int, floor: int) -> int:
        """Where a clause begins when an aside of saying splits it from its subject.

        "Russian forces, he wrote, had lost 198,000": the clause of the figure
        opens after "he wrote," but its subject stands before the aside.
        """
        comma = clause_start - 1
        if comma <= floor or self.norm(comma) != ",":
            return clause_start
        aside = self._clause_start(comma, floor)
        words = {self.norm(i) for i in range(aside, comma)}
        if aside - 1 <= floor or self.norm(aside - 1) != "," or comma - aside > 8:
            return clause_start
        if not words & lx.SPEECH and self.norm(aside) != "according":
            return clause_start  # ", he wrote," and ", according to the ministry," only
        return self._clause_start(aside - 1, floor)

    def _says_figure(self, party: PartyMention, figure: FigureMention) -> bool:
        """Whether the side speaks a clause that the figure opens: "Ukraine says 2,500 ..."."""
        gap = [self.norm(i) for i in range(party.last, figure.first)]
        return 1 <= len(gap) <= 2 and gap[0] in lx.SPEECH and gap[1:] in ([], ["that"])

    def losses_named(self) -> str | None:
        """The one side whose losses this sentence names as a phrase: "Russian casualties".

        A sentence that names one side's losses ("updated its figures for Russian
        losses", "counting Russian war dead") without a figure sets up the side the
        next sentence's sideless toll counts.
        """
        sides = {
            p.code
            for p in self.m.parties
            if p.role != MEDIATOR
            and (
                self.norm(p.last) in ("losses", "casualties", "dead", "deaths")
                or (self.norm(p.last) == "war" and self.norm(p.last + 1) == "dead")
            )
        }
        return sides.pop() if len(sides) == 1 else None

    def region_named(self, told: str | None) -> str | None:
        """The side of the region this sentence names, else the one named before.

        "the governor of the Belgorod region" makes "the region" of a later sentence
        Russian; a sentence naming regions of both sides leaves no region to refer to.
        """
        sides = {lx.REGIONS[self.norm(i)] for i in self.region_words}
        if not sides:
            return told
        return sides.pop() if len(sides) == 1 else None

    def _losses_told_before(self) -> str | None:
        """The side whose losses the sentence just before named, for a toll naming no side.

        "The General Staff updated its figures for Russian losses. It said 1,340
        troops had been killed": the troops are Russian, whoever says so.  Only a
        sentence that names no side of its own takes it.
        """
        told = self.discourse.losses
        if told is None or told[0] != self.index - 1:
            return None
        if any(p.role != MEDIATOR for p in self.m.parties):
            return None
        return told[1]

    def _opening_loser(self, figure: FigureMention) -> str | None:
        """The side the sentence opens with, when it is said to have suffered losses.

        "North Korean troops, of whom ..., have suffered heavy losses, according
        to Kyiv, which said that around 3,000 had been killed or wounded": the
        figure without people of its own counts the people the sentence is about.
        """
        first = self.first + (self.norm(self.first) == "the")
        party = next((p for p in self.m.parties if p.first == first and p.role != MEDIATOR), None)
        if party is None or figure.nationality is not None or party.last >= figure.first:
            return None
        if figure.noun is not None and figure.noun.category in _NOT_COMBATANTS:
            return None  # "... suffered losses around the town, where 300 civilians died"
        if any(self.norm(i) == ";" for i in range(party.last, figure.first)):
            return None  # "Kyiv ... its own losses ...; Moscow's last toll was 5,937 dead"
        losses = lx.LOSS_VERBS | {"losses", "casualties"}
        said = any(self.norm(i) in losses for i in range(party.last, figure.first))
        return party.code if said else None

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
        window = " ".join(self.norm(i) for i in range(begin, clause_end))
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
            and self.norm(a.last) == "and"
            and not self._speaking(b.last)
            for a, b in itertools.pairwise(sides)
        )

    def _speaking(self, at: int) -> bool:
        """Whether the words from ``at`` name speakers: "... officials said", "... said"."""
        words = [self.norm(i) for i in range(at, min(self.last, at + 3))]
        return bool(set(words) & (lx.SPEECH | _SPEAKER_NOUNS)) or any(
            at <= i < at + 3 for i in self.m.speech
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

    def _claim(
        self,
        figure: FigureMention,
        previous: ClaimDraft | None,
        start: int,
        stop: int,
        loss: tuple[CasualtyCategory, int] | None = None,
    ) -> ClaimDraft | None:
        listed = False
        if loss is None and figure.noun is not None:
            loss = self._register_of_dead(figure)
            listed = loss is not None
        if loss is None and self._listed_fallen(figure):
            loss, listed = (CasualtyCategory.KILLED, figure.first - 1), True
        if loss is None and figure.noun is not None and not figure.remains:
            loss = self._number_held_aside(figure)
        self._loss = loss
        category = self._category_of(figure, start, stop) if loss is None else loss[0]
        if category is None and previous is not None and self._subset(figure):
            category = previous.category  # "... killed, including more than 700 children"
        if category is None and previous is not None and figure.noun is None:
            category = previous.category
        if category is None and previous is not None and self._day_part(figure):
            category = previous.category  # "..., with 960 of them in the past day"
        if category is None or self._excluded(figure, stop):
            return None
        if figure.noun is None:
            near = range(max(start, figure.first - 6), min(self.last, figure.np_end + 2))
            if any(self.norm(i) in lx.EQUIPMENT for i in near):
                return None  # "losses in tanks have passed 3,000"
        population = Population.COMBATANTS
        military = figure.noun is not None and figure.noun.category in _MILITARY
        struck = self._struck_people(figure)
        if struck:
            # "shelled Belgorod, killing 25 people": civilians where the attack fell; an
            # attack the sentence places nowhere names no side (the attacker is not one);
            # "Twelve Ukrainian civilians were killed in Russian shelling": the victims'
            # own nationality names their side before any place or attacker does
            place = figure.nationality or self._attack_place(figure) or self._place_of(figure, stop)
            if place is None:
                return None
            population = Population.CIVILIANS
        elif self._civilian and self._soldiers_and_civilians(figure):
            population = Population.ALL  # "70,000 Ukrainians, soldiers and civilians together"
        elif self._civilian and category is not CasualtyCategory.CAPTURED and not military:
            if not self._counts_civilians(figure, previous):
                return None
            population = Population.CIVILIANS
        if category is CasualtyCategory.CAPTURED and self._freed(figure):
            return None  # "ten civilians who had been held by Russia returned": no longer held
        if category is CasualtyCategory.CAPTURED and self._held_before(figure):
            return None  # "Twelve of the women had been held at Olenivka": held no longer
        amount = figure.amount
        if self._reached(figure) in _PAST_VERBS and amount.high == amount.low:
            # "have passed one million": more than the figure, as the answer files code it
            amount = Count.parse(f"more than {amount.low}")
        if self._two_sided(figure, start, stop):
            return None  # "tens of thousands of troops on both sides": no side's claim
        self._loss = loss
        owner = self._loss_owner(loss[1]) if loss is not None else None
        if owner is not None and loss is not None and self.norm(loss[1]) in _CAPTIVITY:
            owner = _other(owner, self._belligerents)  # "Russian captivity": held by Russia
        if owner is None and struck:
            owner = place
        if owner is None and population is Population.CIVILIANS:
            owner = self._place_of(figure, stop)
        if owner is None and population is Population.CIVILIANS and loss is not None:
            owner = self._place_after(loss[1])  # "the number of civilians killed in Ukraine"
        if owner is None and loss is not None and (figure.noun is None or listed):
            # "lists Ukrainian soldiers whose deaths were reported ... 70,000 names"
            sides = {p.code for p in self.m.parties if p.role != MEDIATOR}
            # "the list of Russian servicemen whose deaths have been confirmed ... stood at":
            # a register of the dead counts the one side the sentence names
            registered = any(self.norm(i) in _REGISTERS for i in range(self.first, figure.first))
            if len(sides) == 1 and (registered or listed or self._named_dead(figure) is not None):
                owner = sides.pop()
            elif loss[0] is CasualtyCategory.CAPTURED and self.norm(loss[1]) == "names":
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
        self._captured = category is CasualtyCategory.CAPTURED
        held = None
        if (
            self._captured
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
            if held is None and loss is not None and self.norm(loss[1] + 1) == "by":
                # "the number held by Russia is 4,000": the holder stands before the figure
                holder = next((p for p in self.m.parties if p.first == loss[1] + 2), None)
                other = _other(holder.code, self._belligerents) if holder is not None else None
                if holder is not None and holder.role != MEDIATOR and other is not None:
                    held = (other,)
        subject = held or ((owner,) if owner else None)
        if subject is None:
            subject = self._subject_of_claim(figure, previous, start, stop)
        if subject is None:
            return None
        said_at = self._set_off_head(figure) or figure.first
        claimant = self.attribution or self.owner or self.speaker_near(said_at)
        if claimant is None and previous is not None:
            claimant = previous.claimant
        if claimant is None:
            # a statement's own text: "STATEMENT OF THE MINISTRY OF DEFENCE ..." heads it
            claimant = self.discourse.statement or PUBLISHER
        as_of, since = self._claim_dates(figure, previous, claimant)
        by_end = any(
            "by" in (self.norm(d.first - 1), self.norm(d.first - 2))
            for d in self.m.dates
            # "by late May" is May: only an end names the last day
            if d.text == as_of and "end" in d.text.lower().replace("-", " ").split()
        ) or any(  # "by the end of 2024": the grammar keeps only the year
            [self.norm(i) for i in range(d.first - 4, d.first)] == ["by", "the", "end", "of"]
            for d in self.m.dates
            if d.text == as_of and d.first - 4 >= self.first
        )
        caveat = self.caveat(figure.np_end)
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
            ClaimScope.PERIOD if self._daily(figure, stop) else ClaimScope.CUMULATIVE,
            by_end,
        )

    def _claim_dates(
        self, figure: FigureMention, previous: ClaimDraft | None, claimant: SourceEntry
    ) -> tuple[str | None, str | None]:
        since = next((d.text for d in self.m.dates if d.since), None)
        explicit = [d for d in self.m.dates if d.as_of]
        # "not updated since February, when the president said ...": when it was said
        explicit += [
            d
            for d in self.m.dates
            if self.norm(d.last) == ","
            and self.norm(d.last + 1) == "when"
            and d.first < figure.first  # not a figure told before it, in another clause
            # nor one past a semicolon: "... three weeks ago, when X said 1,351 had died;
            # Western officials said 7,000 by mid-March" dates only the first
            and all(self.norm(i) != ";" for i in range(d.last, figure.first))
        ]
        # "the last official number, 5,937 killed, dates from September 2022"
        explicit += [
            d
            for d in self.m.dates
            if self.norm(d.first - 1) == "from"
            and self.norm(d.first - 2) in ("date", "dates", "dated", "dating")
        ]
        # "that, in November alone, about 45,000 were killed": the period the figure counts
        explicit += [
            d
            for d in self.m.dates
            if self.norm(d.last) == "alone"
            and 0 < figure.first - d.last <= 3
            and all(
                self.norm(i) in (",", "alone", "some", "about") for i in range(d.last, figure.first)
            )
        ]
        # "..., whose office updated the count on October 30": when the count stood
        explicit += [d for d in self.m.dates if d.first > figure.first and self._published_on(d)]
        # "Kyiv's last figure, of more than 46,000 killed, given in February": a figure
        # and the participle that says when it was stated
        explicit += [
            d
            for d in self.m.dates
            if figure.np_end <= d.first - 2 <= figure.np_end + 4
            and self.norm(d.first - 1) in ("in", "on")
            and self.norm(d.first - 2) in _STATED_PARTICIPLES
            and self.norm(d.first - 3) in (",", "—", "–", "(")
        ]
        explicit += self._span_end(figure)
        if explicit and explicit[0].since:
            since = None
        if explicit:
            return explicit[0].text, since
        if self._compared(figure):
            # "more than the roughly 250,000 it had estimated for 2023": the compared
            # figure's own date follows it
            later = [d for d in self.m.dates if figure.last <= d.first < figure.last + 8]
            if later:
                return self._month_of(later[0]), None
            years = [
                self.norm(i)
                for i in range(figure.last, min(self.last, figure.last + 8))
                if _YEAR.fullmatch(self.norm(i))
            ]
            if years:
                return years[0], None
        started = [d for d in self.m.dates if not d.since and self._start_of_something(d)]
        if started and since is None:
            since = started[0].text  # "the counteroffensive, launched on June 4": a start
        usable = [
            d
            for d in self.m.dates
            if not d.since
            and d not in started
            and not self._contrast_between(d.first, figure)
            and not self._when_after(d, figure)
            and not self._personal_aside(d, figure)
            and not self._capture_of(d, figure)
        ]
        # "gave a death toll, of 5,937, in September 2022": the commas set off the
        # figure inside the clause of its noun, which goes on past them
        noun = self._set_off_head(figure)
        set_off = noun is not None and self.norm(figure.np_end) == ","
        k = bisect.bisect_left(self.breaks, figure.np_end + set_off)
        clause = (
            self._clause_start(noun if noun is not None and set_off else figure.first, self.first),
            self.breaks[k] if k < len(self.breaks) else self.last,
        )
        if self._over_the_year(clause[0], clause[1]):
            # "lost 3,000 men over the year": the year named in the sentence, else this one
            years = [d.text for d in usable if _YEAR.fullmatch(d.text)]
            # "2024 was the costliest year": a year the date grammar read as a figure
            taken = {i for d in self.m.dates for i in range(d.first, d.last)}
            years += [
                self.norm(i)
                for i in range(self.first, self.last)
                if i not in taken
                and _YEAR.fullmatch(self.norm(i))
                and not (i > figure.last and self.norm(i - 1) == "for")  # a compared year's
            ]
            return (years[0] if years else "this year"), since
        if self._now_before(figure) or "now" in (self.norm(i) for i in range(clause[0], clause[1])):
            # "the toll has now reached 13,580": current when said, not as of a month
            # another clause names ("June was the deadliest month, ... and the toll ...")
            said = [
                d
                for d in usable
                if d.first < figure.first
                and any(
                    (0 < d.first - v <= 12 or 0 < v - d.first <= 3) and self.norm(v) in _SAYING
                    for v in self.m.speech
                )
            ]
            return (said[0].text if said else None), since
        own = [d for d in usable if clause[0] <= d.first < clause[1]]
        if own:
            # "Belousov said Ukrainian forces had lost 560,000 servicemen in 2024 alone"
            chosen = min(own, key=lambda d: abs(d.first - figure.first))
            if _YEAR.fullmatch(chosen.text):
                # "... told officials in December that ... 560,000 in 2024 alone": said in
                # that year's December, as of then (a month named without a year)
                told = [
                    d
                    for d in usable
                    if d.first < figure.first
                    and d is not chosen
                    and d.text.lower() in lx.MONTHS
                    and any(0 < d.first - v <= 12 or 0 < v - d.first <= 6 for v in self.m.speech)
                ]
                if told:
                    return f"{told[0].text} {chosen.text}", since
            return self._month_of(chosen), since
        # Otherwise the date of the statement, said before the figure ("In February,
        # Zelensky said ..."); a date in a later clause is about something else.
        said = [
            d
            for d in usable
            if any(
                0 < d.first - v <= 12 and not self._any_in(self.breaks, v, d.first)
                for v in self.m.speech
            )
        ]
        # a later date only as the date of saying: "..., Zelensky said on Sunday"
        usable = [d for d in usable if d.first < figure.first] or (said if previous is None else [])
        # "said that casualties were averaging 1,000 a day this spring, and that the total
        # was 900,000": a date told inside another reported clause is that clause's figure's
        usable = [d for d in usable if not self._another_figures_date(d, figure)]
        if usable:
            anchor = self.verb_speakers[0][0] if self.verb_speakers else figure.first
            chosen = min(usable, key=lambda d: abs(d.first - anchor))
            if chosen.text.lower() in _WHOLE_YEARS:
                # "September was the deadliest month this year, with 214 killed": the month
                months = [d for d in usable if d.text.lower() in lx.MONTHS]
                chosen = months[0] if months else chosen
            return self._month_of(chosen), since
        counted = self._before_the_story(figure)
        if counted is not None:
            return counted, since
        if previous is not None:
            return previous.as_of, since or previous.since
        if any(self.norm(v - 1) == "also" for v in self.m.speech) and self.discourse.claims:
            # "Shoigu also said Ukraine had lost 61,207": the statement of the claim just told
            latest = self.discourse.claims[-1]
            if latest.sentence == self.index - 1 and latest.as_of is not None:
                return latest.as_of, since
        if self.discourse.recap and not self.recalls():
            # "In December he had put it at 43,000. ... Russia, he said, had lost 250,000":
            # the speaker's statement the story is about, not the one recalled in passing
            peg = next((d for c, d in self.discourse.pegs if c == claimant), None)
            if peg is not None:
                return peg, since
        # The same speaker's figures a sentence or two before: the same statement.
        for earlier in reversed(self.discourse.claims):
            same = earlier.claimant == claimant and claimant is not PUBLISHER
            if same and earlier.sentence >= self.index - 2:
                return earlier.as_of, since
        return None, since

    def _personal_aside(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` sits in an aside about a person that says nothing of a figure.

        "The president, who turned 47 last month, said Russia had lost 350,000": the
        "who" clause tells of the man, not when the count stood; an aside with a verb of
        saying ("who spoke on Sunday") still dates the statement.
        """
        if not self._in_relative(date.first) or self._in_relative(figure.first):
            return False
        for i in range(date.first - 1, max(self.first, date.first - 10) - 1, -1):
            word = self.norm(i)
            if word in (";", ":", "—", "–", "(", ")"):
                return False
            if word == ",":
                continue
            if word in ("who", "whose"):
                opened = range(i, date.first)
                return (
                    self.norm(i - 1) == ","
                    and not any(v in opened for v in self.m.speech)
                    and all(self.norm(k) not in _TELLING for k in opened)
                )
        return False

    def _span_end(self, figure: FigureMention) -> list[DateMention]:
        """The closing date of a span the figure counts over: "between X and Y".

        "240,000 died between February 2022 and the end of 2024" is a count as it
        stood at the span's end, not on the day the study came out.
        """
        dates = self.m.dates
        for before, after in itertools.pairwise(dates):
            if not 0 < before.first - figure.last <= 12 or before.since or after.since:
                continue
            if self.norm(before.first - 1) != "between" or self.norm(before.last) != "and":
                continue
            between = [self.norm(i) for i in range(before.last + 1, after.first)]
            if not between:
                return [after]
            if between == ["the", "end", "of"] and _YEAR.fullmatch(after.text):
                # "... and the end of 2024": the year's last month
                return [after._replace(text=f"December {after.text}")]
        return []

    def _capture_of(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` says when the people counted by ``figure`` were taken.

        "Two soldiers captured by Ukrainian forces in January are still held": the
        participle after the figure's noun dates the capture, not the count, which
        stands when it is told.
        """
        if not figure.np_end <= date.first <= figure.np_end + 8:
            return False
        if self.norm(date.first - 1) not in ("in", "on", "during"):
            return False
        return any(self.norm(i) in _TAKEN_PARTICIPLES for i in range(figure.np_end, date.first))

    def recalls(self) -> bool:
        """Whether the sentence recalls an earlier statement: "last gave", "had put it at".

        "Zelensky, who last gave a figure in December, when he put ..." and "In
        December he had put it at 43,000" tell a statement before the one the story
        is about.
        """
        if self.norm_set.isdisjoint(("last", "had")) or self.norm_set.isdisjoint(_RECALLED):
            return False  # most sentences: no "last" or "had" before a verb of stating
        return any(
            (self.norm(i) == "last" and self.norm(i + 1) in _RECALLED)
            or (self.norm(i) == "had" and self.norm(i + 1) in _RECALLED)
            for i in range(self.first, self.last - 1)
        )

    def _another_figures_date(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether ``date`` is told inside a reported clause that holds another figure.

        A date framing the statement ("In February, Zelensky said ...") stands
        before the verb of saying and dates all its figures; one inside what was
        said stays with the figure of its own clause.
        """
        if not any(v < date.first for v in self.m.speech) or self._same_clause(
            date.first, figure.first
        ):
            return False
        # the other figure may be a rate the claim rules leave aside ("1,000 a day")
        start = self.clauses.start_of(date.first - self.first) + self.first
        end = self.clauses.end_of(date.first - self.first) + self.first
        return any(
            self.tokens[i].kind == NUM and not date.first <= i < date.last
            for i in range(start, min(end, self.last))
        )

    def _now_before(self, figure: FigureMention) -> bool:
        """Whether "now" stands in the few words before the figure: "now stands at 12,700"."""
        for i in range(figure.first - 1, max(self.first, figure.first - 6) - 1, -1):
            if self.norm(i) in (",", ";", ":"):
                return False
            if self.norm(i) == "now":
                return True
        return False

    def _when_after(self, date: DateMention, figure: FigureMention) -> bool:
        """Whether the date is in a "when" clause after the figure, which dates an event.

        "2,500 were taken prisoner when the garrison surrendered in May": May is
        when they were taken, not when the figure was given.
        """
        return date.first > figure.np_end and any(
            self.norm(i) == "when" for i in range(figure.np_end, date.first)
        )

    def _contrast_between(self, at: int, figure: FigureMention) -> bool:
        """Whether "while", "but" or "though" parts word ``at`` from the figure's clause.

        "... has passed 1,150,000, while Kyiv's own figure has not been updated
        since February": a date across the contrast is another statement's.
        """
        low, high = (at, figure.first) if at < figure.first else (figure.np_end, at)
        return any(self.norm(i) in _CONTRAST for i in range(low, high))

    def _month_of(self, date: DateMention) -> str:
        """A claim's date as the whole month when the text names a part of one.

        An estimate made "at the end of May" or "in late July" is as of that
        month: the text says no more precisely when it was current. "By the end
        of June" is kept (a count reached by a day), and so is "as of mid-August".
        """
        if "by" in (self.norm(date.first - 1), self.norm(date.first - 2)):
            return date.text
        part = _MONTH_PART.match(date.text)
        return date.text[part.end() :] if part else date.text

    def _over_the_year(self, start: int, stop: int) -> bool:
        """Whether the clause counts a whole year: "over the year", "during the year"."""
        return any(
            self.norm(i) == "year"
            and self.norm(i - 1) == "the"
            and self.norm(i - 2) in _YEAR_SPANS
            and not self._any_in(self.breaks, i - 2, i)
            for i in range(max(self.first + 2, start), stop)
        )

    def _start_of_something(self, date: DateMention) -> bool:
        """Whether a date says when something began: "launched on June 4", "began in 2022"."""
        before = {self.norm(i) for i in range(max(self.first, date.first - 3), date.first)}
        if before & _STARTING:
            return True
        # "since the beginning of hostilities in the Kursk direction on 6 August"
        reach = range(max(self.first, date.first - 16), date.first)
        since = [i for i in reach if self.norm(i) == "since"]
        if not since or "by" in (self.norm(date.first - 1), self.norm(date.first - 2)):
            return False  # "... since 2022 stood at 13,580 by the end of June": a date reached
        return not self._any_in(self.breaks, since[-1], date.first) and not any(
            since[-1] < f.first < date.first for f in self.m.figures
        )

    # -- stated tallies written as "the number of" ----------------------------------------

    def _put_verb(self, at: int, verbs: AbstractSet[str]) -> int | None:
        """The verb of "put the number ... at" for the figure at ``at``, or where its gap is.

        "put the number it handed over at 6,000 and the number received at 78": the
        second number leaves its verb out, and its "and" stands where the verb would be,
        so the words after it say which way the second figure went.
        """
        start = max(self.first, at - 16)
        put = next((i for i in range(at - 2, start - 1, -1) if self.norm(i) in verbs), None)
        gap = next(
            (
                i
                for i in range(at - 3, max(self.first, at - 10) - 1, -1)
                if self.norm(i) == "and"
                and self.norm(i + 1) == "the"
                and self.norm(i + 2) in _COUNTS
                and self.norm(i - 1) != "number"
            ),
            None,
        )
        if gap is None or self._put_verb(gap, verbs) is None:
            return put
        return gap

    def put_at(
        self, legs: list[LegDraft], used: set[int], belligerents: Sequence[str]
    ) -> list[LegDraft]:
        """A side's own figure for one exchange: "Kyiv put the number it received at 207".

        "Moscow putting the number of its servicemen brought home at 248" gives the
        figure of one direction, as that side counts it; with "since" or "so far"
        it is a running total instead, read by :meth:`number_of_tallies`.
        """
        if self.norm_set.isdisjoint(_PUT | _GIVE_AS) or any(leg.tally for leg in legs):
            return []  # "6,095 freed in 68 exchanges, while Moscow put the number at 4,500"
        drafts: list[LegDraft] = []
        # the figures just told give the kind: this sentence's, or else the one before's
        told = legs or [leg for leg in self.discourse.legs if leg.sentence == self.index - 1]
        for k, figure in enumerate(self.m.figures):
            # "put the number ... at 207", or "gave the number ... as 146"
            verbs = _PUT_AT_CUES.get(self.norm(figure.first - 1))
            if k in used or verbs is None:
                continue
            put = self._put_verb(figure.first, verbs)
            if put is None or self.norm(put + 1) != "the":
                continue
            # "put the number (of ...) returned at 45", or the people themselves: "putting
            # the Russian remains returned at 19"
            named = None if self.norm(put + 2) in _COUNTS else self._nationals_at(put + 2)
            if named is None and self.norm(put + 2) not in _COUNTS:
                continue
            head = put + 3 if named is None else named[0]
            moved = [t for t in self.m.transfers if head <= t.first < figure.first and t.done]
            if not moved or any(put < i < figure.first for i in self.totals):
                continue
            if any(self.norm(i) in _TAKEN_AWAY for i in range(head, moved[0].first)):
                continue  # "the number of children deported or forcibly transferred": taken
            if any(d.since and put < d.first < figure.first for d in self.m.dates):
                continue
            subject = [p for p in self._actors() if p.last <= put]
            own = subject[-1].code if subject else None
            nationality = next(
                (
                    p.code
                    for p in self.m.parties
                    if p.role == NATIONALITY and put + 2 <= p.first < moved[0].first
                ),
                None,
            )
            people = None if named is None else named[1]
            if named is not None and moved[0].first != named[0]:
                continue  # "putting the Russian remains returned at": the verb right after
            if self.norm(put + 3) == "of":
                found = lx.PEOPLE.match(self.tokens, put + 4, self.last)
                at = put + 4
                while found is None and at < moved[0].first:
                    at += 1  # "the number of its own servicemen"
                    found = lx.PEOPLE.match(self.tokens, at, self.last)
                if found is None:
                    # "the number of its own returning soldiers": the participle before them
                    found = lx.PEOPLE.match(self.tokens, moved[0].last, figure.first - 1)
                people = found[1] if found is not None else None
            owned = any(self.norm(i) in ("its", "their") for i in range(put + 3, moved[0].first))
            if moved[0].move is Move.RECEIVE or (owned and moved[0].move is Move.SEND):
                # "the number of its own servicemen returned": people go home
                receiver = nationality or own
            elif moved[0].move is Move.SEND and own is not None:
                receiver = nationality or _other(own, belligerents)
            else:
                receiver = nationality
            if nationality is None:
                # "put the number returned to Ukraine at 116": the side after the verb
                receiver = self._way_after(moved[0], figure.first, belligerents) or receiver
            sender = _other(receiver, belligerents) if receiver is not None else None
            if receiver is None or sender is None:
                continue
            if people is not None and people.remains:
                category = PersonCategory.REMAINS
            elif people is not None and people.category is not None:
                category = people.category
            elif told and not self.norm_set & lx.CIVILIAN_WORDS:
                category = told[-1].category  # "195 prisoners ...; Kyiv put the number at 207"
            else:
                category = PersonCategory.OTHER  # people of no stated kind
            used.add(k)
            accorded = self.attribution
            attributed = accorded or self.speaker_near(figure.first)
            dates, series = self._dates_for(figure, self.m.dates, ())
            drafts.append(
                LegDraft(
                    self.index,
                    sender,
                    receiver,
                    category,
                    figure.amount,
                    None if attributed is PUBLISHER else attributed,
                    accorded is not None,
                    dates,
                    series,
                    None,
                )
            )
        return drafts

    def figures_for_sides(self, legs: list[LegDraft], used: set[int]) -> list[LegDraft]:
        """A source's figures per side: "gave a figure of 757 for the Ukrainian dead and 43".

        "A figure of N for <a side's people>" counts the people of that side who went
        home in the exchange just told that way (this sentence's or the one before's), of
        the same kind and a like size; a side named alone ("and 43 for Russia's") takes
        the kind named before it; so too "put the Ukrainian figure at 80". Without such
        an exchange the figure could be a toll, and nothing is read.
        """
        told = [leg for leg in [*self.discourse.legs, *legs] if not leg.tally]
        if not told or not self.norm_set & (_GIVE_AS | _PUT):
            return []
        drafts: list[LegDraft] = []
        kind: PersonCategory | None = None
        for k, figure in enumerate(self.m.figures):
            if k in used or figure.noun is not None or self.norm(figure.last) != "for":
                continue
            if not drafts and not (
                self.norm(figure.first - 1) == "of"
                and self.norm(figure.first - 2) in _COUNTS
                and _lemmas.lemma(self.norm(figure.first - 4)) == "give"
            ):
                continue  # the first figure follows "gave a figure of"; the rest are listed
            if drafts and self.norm(figure.first - 1) != "and":
                break
            way = self._for_side(figure.last, kind)
            draft = None if way is None else self._account(told, way, figure.amount, figure.first)
            if draft is None:
                break
            kind = draft.category
            used.add(k)
            drafts.append(draft)
        for k, figure in enumerate(self.m.figures):
            way = self._sides_figure(figure, told) if k not in used else None
            verb = rival_cue(self.norm, self.first, figure.first)
            source = None if verb is None else self._rival_source(verb)
            draft = (
                None
                if way is None
                else self._account(told, way, figure.amount, figure.first, source)
            )
            if draft is not None:
                used.add(k)
                drafts.append(draft)
        return drafts

    def _sides_figure(
        self, figure: FigureMention, told: list[LegDraft]
    ) -> tuple[str, str, PersonCategory] | None:
        """The way of "put the Ukrainian figure at 80" or "gave the Russian number as 36".

        The side's people go home; the kind is the one kind told that way before.
        """
        at = figure.first - 1
        if figure.noun is not None or self.norm(at) not in _PUT_AT_CUES:
            return None
        side = next((p for p in self.m.parties if p.last == at - 1), None)
        if side is None or side.role == MEDIATOR or self.norm(at - 1) not in _COUNTS:
            return None
        verb = side.first - 1 - (self.norm(side.first - 1) == "the")
        if self.norm(verb) not in _PUT_AT_CUES[self.norm(at)]:
            return None
        other = _other(side.code, self._belligerents)
        kinds = {leg.category for leg in told if (leg.sender, leg.receiver) == (other, side.code)}
        if other is None or len(kinds) != 1:
            return None  # no exchange told that way, or several kinds: which one is unsure
        return other, side.code, kinds.pop()

    def _way_after(self, verb: TransferWord, stop: int, belligerents: Sequence[str]) -> str | None:
        """The receiver a side right after ``verb`` names: "returned to Ukraine", "from Russia"."""
        way = self.norm(verb.last)
        if way not in ("to", "from"):
            return None
        starts = {verb.last + 1, verb.last + 1 + (self.norm(verb.last + 1) == "the")}
        side = next((p for p in self.m.parties if p.first in starts and p.last <= stop), None)
        if side is None:
            return None
        return side.code if way == "to" else _other(side.code, belligerents)

    def counted_kind(self, legs: list[LegDraft]) -> list[LegDraft]:
        """A source's count of nationals moved takes the kind of the exchange it counts.

        "Zelensky gave a figure of 277 Ukrainians returned" after a swap of prisoners of
        war (and wounded ones) that way: the figure counts those prisoners, so it is of
        their kind, not people of no kind. Only prisoners told that way give the kind.
        """
        given = {
            figure.amount
            for figure in self.m.figures
            if self.norm(figure.first - 1) == "of"
            and self.norm(figure.first - 2) in _COUNTS
            and _lemmas.lemma(self.norm(figure.first - 4)) == "give"
            and self.norm(figure.np_end - 1) in _DEMONYM_PLURALS
        }
        if not given:
            return legs
        prisoners = {PersonCategory.PRISONERS_OF_WAR, PersonCategory.WOUNDED_PRISONERS}
        counted = []
        for leg in legs:
            kinds = {
                told.category
                for told in self.discourse.legs
                if (told.sender, told.receiver) == (leg.sender, leg.receiver)
            }
            told_prisoners = bool(kinds) and kinds <= prisoners
            if leg.amount in given and leg.category is PersonCategory.OTHER and told_prisoners:
                # "prisoners of war and wounded ones": the wider kind, prisoners of war
                kind = min(kinds, key=lambda k: k is not PersonCategory.PRISONERS_OF_WAR)
                leg = leg._replace(category=kind, guessed=False)
            counted.append(leg)
        return counted

    def _for_side(
        self, at: int, kind: PersonCategory | None
    ) -> tuple[str, str, PersonCategory] | None:
        """(sender, receiver, kind) of "for the Ukrainian dead" or "for Russia's" at ``at``.

        The people named go home; a side named alone ("for Russia's") takes ``kind``,
        the kind of the people named before it.
        """
        if self.norm(at) != "for":
            return None
        at += 1 + (self.norm(at + 1) == "the")
        side = next((p for p in self.m.parties if p.first == at), None)
        if side is None:
            return None
        people = lx.PEOPLE.match(self.tokens, side.last, self.last)
        if people is not None:
            kind = PersonCategory.REMAINS if people[1].remains else people[1].category
        elif self.norm(side.last - 1) in _DEMONYM_PLURALS:
            kind = PersonCategory.OTHER  # "for the Ukrainians": people of no one kind
        elif not self.tokens[side.last - 1].poss:
            return None  # "for the Russian side": no people named
        other = _other(side.code, self._belligerents)
        if other is None or kind is None:
            return None
        return other, side.code, kind

    def _account(
        self,
        told: list[LegDraft],
        way: tuple[str, str, PersonCategory],
        amount: Count,
        at: int,
        source: SourceEntry | None = None,
    ) -> LegDraft | None:
        """A source's own count ``amount`` of the exchange ``told`` that ``way``, of a like size.

        The ``source`` named before its verb gives it, else the sentence's speaker.
        """
        ours = [
            leg
            for leg in told
            if (leg.sender, leg.receiver, leg.category) == way and _comparable(leg.amount, amount)
        ]
        if not ours:
            return None  # no such exchange told, or a figure of another order: a toll, say
        attributed = source or self.attribution or self.speaker_near(at)
        return ours[-1]._replace(
            sentence=self.index,
            amount=amount,
            attributed=None if attributed is PUBLISHER else attributed,
            accord=self.attribution is not None,
            note=None,
            whole=False,
            guessed=False,
            definite=False,
            account=True,
        )

    def _nationals_at(self, at: int) -> tuple[int, Noun] | None:
        """``(end, noun)`` of a people group of one nationality at ``at``: "Russian remains"."""
        if not any(p.first == at and p.role == NATIONALITY for p in self.m.parties):
            return None
        start = next(p.last for p in self.m.parties if p.first == at)
        return lx.PEOPLE.match(self.tokens, start, self.last)

    def apiece_after_exchange(self) -> list[LegDraft]:
        """A verbless "N apiece" / "N each" that carries on a two-way exchange just told.

        "Ukraine and Russia each freed 390 people on Friday. On Saturday it was 307 apiece":
        with no verb of its own, a per-side figure repeats the last exchange's two
        directions with its own number and date.
        """
        if self.m.transfers or not self.norm_set.isdisjoint(_MODAL_WORDS):
            return []
        figures = [f for f in self.m.figures if self._bare_per_side(f)]
        recent = [
            leg for leg in self.discourse.legs if not leg.tally and self.index - leg.sentence <= 2
        ]
        if not figures or not recent:
            return []
        latest = [leg for leg in recent if leg.sentence == recent[-1].sentence]
        ways = {(leg.sender, leg.receiver) for leg in latest}
        if len(ways) != 2:
            return []
        kinds = {leg.category for leg in latest}
        drafts: list[LegDraft] = []
        for figure in figures:
            if figure.remains or kinds == {PersonCategory.REMAINS}:
                kind = PersonCategory.REMAINS
            elif figure.noun is not None and figure.noun.category is not None:
                kind = figure.noun.category
            elif self.norm_set & (_PRISONER_WORDS | {"soldiers", "servicemen", "troops"}):
                kind = PersonCategory.PRISONERS_OF_WAR
            elif len(kinds) == 1:
                kind = next(iter(kinds))
            else:
                kind = PersonCategory.OTHER
            dates = tuple(
                d.text for d in self.m.dates if figure.first - 8 <= d.last <= figure.last + 8
            )
            for sender, receiver in sorted(ways):
                drafts.append(
                    latest[0]._replace(
                        sentence=self.index,
                        sender=sender,
                        receiver=receiver,
                        category=kind,
                        amount=figure.amount,
                        dates=dates[:1],
                        series=False,
                        note="a per-side figure carrying on the exchange told just before",
                        whole=False,
                        guessed=figure.noun is None,
                        definite=False,
                        aside=False,
                    )
                )
        return drafts

    def _bare_per_side(self, figure: FigureMention) -> bool:
        """Whether "apiece"/"each" follows the figure and no "each time/month/of" series."""
        i = figure.np_end if figure.np_end > figure.last else figure.last
        if self.norm(i) not in ("apiece", "each"):
            return False
        return self.norm(i + 1) not in _TIMES and self.norm(i + 1) not in ("of", "other", "to")

    def same_number_as_before(self, belligerents: Sequence[str]) -> list[LegDraft]:
        """The other direction told as "the same number" of the sentence before.

        "Ukraine brought home 144 soldiers. Russia got back the same number of its own
        servicemen": the coding conventions give it the number it refers back to.
        """
        if "same" not in self.norm_set or self.m.figures or not self.discourse.legs:
            return []
        at = next(
            (
                i
                for i in range(self.first, self.last - 2)
                if (self.norm(i), self.norm(i + 1), self.norm(i + 2)) == ("the", "same", "number")
            ),
            None,
        )
        if at is None:
            at = self._same_size_at()
        if at is None:
            return []
        recent = [
            leg for leg in self.discourse.legs if not leg.tally and self.index - leg.sentence <= 6
        ]
        if not recent:
            return []
        # "the same number of persons" repeats the figure of no one kind (the whole), "the
        # same number of its own servicemen" one of that kind; else the latest sentence's
        # largest figure
        head = at + 3
        if self.norm(head) == "of":
            head += 1
            while self.norm(head) in ("its", "their", "own", "the"):
                head += 1
        found = lx.PEOPLE.match(self.tokens, head, self.last) if head > at + 3 else None
        kind = found[1].category if found is not None else None
        if kind is None:
            fitting = [leg for leg in recent if leg.category is PersonCategory.OTHER]
        else:
            fitting = [leg for leg in recent if leg.category is kind]
        latest = [leg for leg in recent if leg.sentence == recent[-1].sentence]
        earlier = (fitting or [max(latest, key=lambda leg: leg.amount.best or 0)])[-1]
        verbs = [t for t in self.m.transfers if t.last <= at and t.done and at - t.last <= 3]
        if not verbs or verbs[-1].move not in (Move.SEND, Move.RECEIVE):
            return []
        verb = verbs[-1]
        if self._denied(verb) or self._shares_modal(verb):
            return []
        codes = [p.code for p in self._subject(verb, self.first)]
        if len(set(codes)) != 1:
            return []
        other = _other(codes[0], belligerents)
        sender, receiver = (other, codes[0]) if verb.move is Move.RECEIVE else (codes[0], other)
        if (
            sender is None
            or receiver is None
            or (sender, receiver)
            == (
                earlier.sender,
                earlier.receiver,
            )
        ):
            return []
        accorded = self.attribution
        attributed = accorded or self.speaker_near(at)
        note = "the figure is given as 'the same number' as the one told just before"
        mirrored = [earlier]
        if found is not None and kind is not None:
            # "the same number of servicemen and civilians": each kind named repeats its own
            mirrored += self._same_number_more_kinds(found[0], recent, earlier)
        return [
            leg._replace(
                sentence=self.index,
                sender=sender,
                receiver=receiver,
                attributed=None if attributed is PUBLISHER else attributed,
                accord=accorded is not None,
                note=note,
                whole=False,
                guessed=False,
                definite=False,
            )
            for leg in mirrored
        ]

    def _same_number_more_kinds(
        self, end: int, recent: list[LegDraft], earlier: LegDraft
    ) -> list[LegDraft]:
        """The legs of further kinds listed after "the same number of <kind>" from ``end``.

        "got back the same number of soldiers and civilians": every kind named after
        "and" repeats the latest figure of that kind told just before, going the
        same way as it.
        """
        more: list[LegDraft] = []
        while self.norm(end) in ("and", ","):
            found = lx.PEOPLE.match(self.tokens, end + 1, self.last)
            if found is None:
                break
            kind = found[1].category
            fitting = [
                leg
                for leg in recent
                if leg.category is kind
                and (leg.sender, leg.receiver) == (earlier.sender, earlier.receiver)
            ]
            if fitting and kind is not earlier.category:
                more.append(fitting[-1])
            end = found[0]
        return more

    def _same_size_at(self) -> int | None:
        """Where "a handover of the same size" or "an equal number" stands, if it does.

        Such a phrase right after a verb of receiving or handing over repeats the
        figure of the transfer just told, like "the same number" does.
        """
        for i in range(self.first + 1, self.last - 2):
            words = (self.norm(i), self.norm(i + 1), self.norm(i + 2))
            if words == ("an", "equal", "number") or words == ("a", "like", "number"):
                return i
            if words[:2] == ("the", "same") and words[2] in ("size", "figure", "amount"):
                opener = self.norm(i - 1)
                if opener == "of" and self.norm(i - 2) in _EXCHANGE_NOUNS:
                    return i - 3 if self.norm(i - 3) in ("a", "an") else i - 2
                if words[2] == "figure" and opener not in _PREPOSITIONS:
                    return i  # "got back the same figure"
        return None

    def same_size(self, legs: list[LegDraft]) -> list[LegDraft]:
        """An earlier exchange told only by its likeness: "a handover of the same size last month".

        The coding conventions give it the number it refers back to: the first figure
        the sentence gives for one exchange, dated by the date after the phrase.
        """
        if "same" not in self.norm_set or "size" not in self.norm_set:
            return []
        moved = [leg for leg in legs if not leg.tally and not leg.series]
        if not moved:
            return []
        for i in range(self.first + 1, self.last - 3):
            if (self.norm(i), self.norm(i + 1), self.norm(i + 2), self.norm(i + 3)) != (
                "of",
                "the",
                "same",
                "size",
            ) or self.norm(i - 1) not in _EXCHANGE_NOUNS:
                continue
            date = next(
                (
                    d
                    for d in self.m.dates
                    if i + 4 <= d.first <= i + 6 and not d.since and d.text not in moved[0].dates
                ),
                None,
            )
            if date is None:
                return []
            note = "an earlier exchange described as of the same size; its figure is repeated"
            return [moved[0]._replace(dates=(self._in_year(date.text),), note=note, aside=True)]
        return []

    def number_of_tallies(self, used: set[int], belligerents: Sequence[str]) -> list[LegDraft]:
        """Running totals told as "the number of <people> returned": issue 8's stated tallies.

        "raised to 4,131 the number of people returned to Ukraine since 2022", "the
        number of bodies brought back since 2022 has grown to more than 13,000". The
        figure stands just before "the number of" after "to", or after it with a
        linking word ("stood at", "has grown to", "reached").
        """
        if self.norm_set.isdisjoint(_NUMBER_HEADS):
            return []  # most sentences: no "number", "total", "count" or "tally" to scan for
        drafts: list[LegDraft] = []
        taken: set[int] = set()
        for i in range(self.first, self.last - 2):
            if self._bare_number_head(i):
                # "the total returned home since 2022 stood at 5,757": no people noun
                people: tuple[int, PersonCategory, str | None] | None = (
                    i + 1,
                    PersonCategory.OTHER,
                    None,
                )
            elif self.norm(i) not in _NUMBER_HEADS or self.norm(i + 1) != "of":
                continue
            else:
                people = self._people_after(i + 2)
            if people is None:
                continue
            noun_end, category, nationality = people
            if self.norm(noun_end) in _TAKEN_AWAY:
                continue  # "the number of children deported or forcibly transferred"
            moved = [t for t in self.m.transfers if noun_end <= t.first <= noun_end + 3]
            subject = self._relative_subject(noun_end, moved[0]) if moved else None
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
            put = self._put_verb(i + 1, _PUT) == i - 2  # "put the number", or its gap
            if figure_index in used and put:
                continue  # "put the number it got back at 185": put_at read one exchange
            if self._bare_number_head(i) and (
                put or self._per_side_after(self.m.figures[figure_index])
            ):
                # "put the number returned at 116": one swap's size; "the number freed so
                # far to almost 700 in either direction": a sum of both ways, not one side's
                continue
            taken.add(figure_index)
            figure = self.m.figures[figure_index]
            receiver = nationality or self._party_after(("to",), moved[0].last, moved[0].last + 3)
            if (
                receiver is None
                and category in (PersonCategory.OTHER, PersonCategory.PRISONERS_OF_WAR)
                and not self._bare_number_head(i)
                and self._mediators_count(figure, belligerents)
            ):
                # "the total number of captives freed through its mediation had risen to
                # 1,788": a go-between counts the people it freed on both sides together
                receiver = _joint_code(belligerents)
            if receiver is None:
                speaker = self.attribution or self.speaker_near(figure.first)
                receiver = speaker.party if speaker is not None else None
            if receiver is None and moved[0].move is not Move.SWAP:
                # "the number of children returned ... has grown to 1,247, the presidential
                # office said": an office of no known side counts its own side's homecomings
                receiver = self._side_last_heard(belligerents)
            sender = _other(receiver, belligerents) if receiver is not None else None
            if receiver == _joint_code(belligerents):
                sender = ""  # a two-way total names no sender
            if receiver is None or sender is None:
                continue
            used.add(figure_index)
            accorded = self.attribution
            attributed = accorded or self.speaker_near(figure.first)
            usable = self._total_dates(i)
            drafts.append(
                LegDraft(
                    self.index,
                    sender,
                    receiver,
                    category,
                    figure.amount,
                    None if attributed is PUBLISHER else attributed,
                    accorded is not None,
                    tuple(usable[:1]),
                    False,
                    None,
                    True,
                    next((d.text for d in self.m.dates if d.since), None),
                    self.exchange_count(),
                )
            )
        return drafts

    def _mediators_count(self, figure: FigureMention, belligerents: Sequence[str]) -> bool:
        """Whether a total of captives of no side is a go-between's count of both sides.

        "the number of captives freed through its mediation", said by (or of) a
        mediator and with no side named as receiving: the people went either way
        (bodies and children, and "the total returned home", go to one side).
        """
        if len(belligerents) != 2:
            return False
        speaker = self.attribution or self.speaker_near(figure.first)
        return (speaker is not None and speaker.party in MEDIATOR_CODES) or any(
            p.role == MEDIATOR for p in self.m.parties
        )

    def _bare_number_head(self, i: int) -> bool:
        """Whether "the total" or "the number" at ``i`` is followed at once by a participle.

        "the total returned home since 2022", "the number freed so far": the
        people are left unsaid, and the verb of handing over names them.
        """
        return (
            self.norm(i) in ("total", "number")
            and self.norm(i - 1) == "the"
            and any(t.first == i + 1 and t.done for t in self.m.transfers)
        )

    def _per_side_after(self, figure: FigureMention) -> bool:
        """Whether the figure is said to go each way ("700 in either direction", "each")."""
        return (
            lx.PER_SIDE_MORE.match(self.tokens, figure.last, self.last) is not None
            or lx.PER_SIDE.match(self.tokens, figure.last, self.last) is not None
        )

    def _side_last_heard(self, belligerents: Sequence[str]) -> str | None:
        """The side of the latest speaker the text named whose side is known."""
        return next(
            (e.party for e in reversed(self.discourse.sources) if e.party in belligerents), None
        )

    def _relative_subject(self, noun_end: int, verb: TransferWord) -> str | None:
        """The party a relative clause after a noun group opens with, before its verb.

        "the number of bodies [that] Ukraine has received": a party named as a
        noun, then at most auxiliaries, then the verb of handing over.
        """
        at = noun_end + (self.norm(noun_end) == "that")
        party = next((p for p in self._actors() if p.first == at and p.noun), None)
        if party is None or party.last >= verb.first:
            return None
        between = range(party.last + 1, verb.first)
        if all(self.norm(j) in _FINITE or self.norm(j) in ("been", "now") for j in between):
            return party.code
        return None

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
        if self.norm_set.isdisjoint(_RUNNING_TOTAL_HEADS):
            return []  # most sentences: no head of a total to scan for
        drafts: list[LegDraft] = []
        for i in range(self.first, self.last - 1):
            head = self.norm(i)
            if head == "total" and self.norm(i - 1) in ("in", "a"):
                continue
            if head not in _RUNNING_TOTAL_HEADS or self.norm(i + 1) == "of":
                continue  # "the count of ..." is the number-of rule's
            if head == "count" and "by" in (self.norm(j) for j in range(max(self.first, i - 5), i)):
                continue  # "by both sides' count", "by Kyiv's own count": whose word, no total
            if any(
                lx.LOSS_HEADS.get(self.norm(j), "captured") != "captured"
                for j in range(max(self.first, i - 4), i)
            ):
                continue  # "bringing Russian casualties in their count to 690,000": a toll
            if any(
                self.norm(j) in _TOTAL_TO_COME and self.tokens[j].text != "May"
                for j in range(max(self.first, i - 6), i)
            ):
                continue  # "the next stages are supposed to bring the total to 1,000": a plan
            k = next(
                (
                    k
                    for k, f in enumerate(self.m.figures)
                    if i < f.first <= i + 10 and self._linked_to_total(i, f)
                ),
                None,
            )
            if k is None:
                continue
            figure = self.m.figures[k]
            own = self._total_people(figure)
            if (k in used and own is None) or (figure.noun is not None and own is None):
                continue
            # the way the handover rules read the figure's own clause ("to 2,412 bodies
            # returned to Ukraine"), if they read it
            read_way = [
                (g.sender, g.receiver) for g in legs if not g.tally and g.amount == figure.amount
            ]
            if k in used:
                # "it brought the total returned to 4,552 people": the handover rules read
                # the figure as one exchange; the total takes it back
                legs[:] = [g for g in legs if g.tally or g.amount != figure.amount]
            told = [g for g in legs if not g.tally and g.sentence == self.index]
            if not told and self._about_losses():
                continue  # "lost 1,130 in the past day, bringing its total to 1,120,000"
            after = " ".join(
                self.norm(j) for j in range(figure.last, min(self.last, figure.last + 4))
            )
            both = any(
                w in after
                for w in ("either direction", "each direction", "each side", "both directions")
            )
            if both:
                pairs = [(b, a) for a in belligerents for b in belligerents if a != b]
            elif told:
                pairs = [(told[-1].sender, told[-1].receiver)]
            elif read_way:
                pairs = read_way[:1]
            else:
                # "Ukraine's overall count ... at 6,037": the side whose count it is, else
                # the speaker's
                speaker = self.attribution or self.speaker_near(figure.first)
                party = self._loss_owner(i) or (speaker.party if speaker is not None else None)
                other = _other(party, belligerents) if party is not None else None
                pairs = [(other, party)] if party is not None and other is not None else []
            category = own or (told[-1].category if told else PersonCategory.OTHER)
            attributed = self.attribution or self.speaker_near(figure.first)
            usable = self._total_dates(i)
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
                    )
                )
            if pairs:
                used.add(k)
        return drafts

    def _total_dates(self, head: int) -> list[str]:
        """The dates that may date a total headed at ``head`` ("the number", "the total").

        A date in an earlier clause tells of something else: "The exchange followed
        one on Feb. 5, when ..., and it brought the number ... to 4,306".
        """
        return [d.text for d in self.m.dates if not d.since and not self._new_clause(d.first, head)]

    def _new_clause(self, a: int, b: int) -> bool:
        """Whether a coordinated clause (", and", ", but", ";") begins between ``a`` and ``b``."""
        low, high = min(a, b), max(a, b)
        words = [self.norm(i) for i in range(low, high)]
        if ";" in words or any(
            x == "," and y in ("and", "but", "while") for x, y in itertools.pairwise(words)
        ):
            return True
        # "whereas Kyiv counted 1,000 by the end of 2022, it now puts the total at 6,000": a
        # fronted contrast clause, closed by a comma before the main clause's subject
        return any(
            x == "," and y in _SUBJECT_PRONOUNS for x, y in itertools.pairwise(words)
        ) and any(self.norm(i) in _FRONTED_CONTRASTS for i in range(self.first, low))

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

    def _about_losses(self) -> bool:
        """Whether the sentence counts losses and tells of no handing over at all."""
        losses = lx.LOSS_VERBS | lx.KILLED_WORDS | lx.WOUNDED_WORDS | lx.TOTAL_WORDS
        handed = [
            t
            for t in self.m.transfers
            if "total" not in (self.norm(t.last + 1), self.norm(t.last + 2))  # "bringing its total"
        ]
        if handed:
            return False
        if self.norm_set & losses:
            return True
        # "The General Staff put the total at 1,000,340": the losses just told
        latest = self.discourse.claims
        return bool(latest) and latest[-1].sentence == self.index - 1

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
            for i in range(max(start, figure.first - 6), figure.first)
            if self.norm(i) in _TOTAL_HEADS
            and self.norm(i - 1) in ("the", "its", "their", "a", "combined")
        ]
        if not heads or not self._linked_to_total(heads[-1], figure):
            return None
        if not self._ends_bare(figure):
            return None
        if self.norm(heads[-1] - 1) == "combined":
            # "lost 198,000 killed and 550,000 wounded, a combined figure of about 750,000"
            kinds = previous is not None and previous.sentence == self.index
            return (CasualtyCategory.TOTAL_LOSSES, heads[-1]) if kinds else None
        if not self._about_losses():
            return None
        for i in range(heads[-1] - 1, self.first - 1, -1):
            name = lx.LOSS_HEADS.get(self.norm(i))
            if name is not None and self.norm(i) in lx.TOTAL_WORDS:
                return CasualtyCategory(name), i
        latest = self.discourse.claims
        if latest and latest[-1].sentence == self.index - 1:
            return latest[-1].category, heads[-1]
        return None

    def _linked_to_total(self, total: int, figure: FigureMention) -> bool:
        """Whether "total" at ``total`` is joined to the figure: "to 700", "had reached 4,810"."""
        link = figure.first - 1
        if self.norm(figure.first) in lx.FIGURE_LINKS:
            link = figure.first
        if self.norm(link) == "as" and self.norm(total - 2) in _GIVE_TOTAL:
            pass  # "gave the total as 1,000,340": the giving verb links figure to total
        elif self.norm(link) not in lx.FIGURE_LINKS:
            return False
        aside = self._whose_count_aside(total + 1, link)
        for j in range(total + 1, link):
            word = self.norm(j)
            if not (
                j in aside
                or word.isdigit()
                or word in _TOTAL_GAP
                or word in lx.MONTHS
                or lx.PEOPLE.match(self.tokens, j, self.last) is not None
                or any(p.first <= j < p.last for p in self.m.parties)
            ):
                return False  # "the total cost of the programme had reached ..."
        return True

    def _whose_count_aside(self, start: int, end: int) -> range:
        """The words of an aside saying whose figure it is: ", by both sides' count,".

        Between commas after ``start`` and before ``end``, "by ... count" or
        "according to ..." tells who gives the total and says nothing of its span.
        """
        opening = next((j for j in range(start, end) if self.norm(j) == ","), None)
        if opening is None or self.norm(opening + 1) not in ("by", "according"):
            return range(0)
        closing = next((j for j in range(opening + 1, end) if self.norm(j) == ","), None)
        if closing is None or (
            self.norm(opening + 1) == "by" and self.norm(closing - 1) not in ("count", "tally")
        ):
            return range(0)
        return range(opening, closing + 1)

    def _people_after(self, i: int) -> tuple[int, PersonCategory, str | None] | None:
        """The people of "the number of [Ukrainian] bodies": where they end, kind, nationality."""
        while self.norm(i) in ("the", "its", "their", "our", "all"):
            i += 1
        nationality: str | None = None
        party = next((p for p in self.m.parties if p.first == i), None)
        if party is not None:
            nationality, i = party.code, party.last
            if self.norm(i - 1) in ("ukrainians", "russians"):
                return i, PersonCategory.OTHER, nationality
        found = lx.PEOPLE.match(self.tokens, i, self.last)
        if found is None:
            return None
        end, noun = found
        if noun.remains:
            return end, PersonCategory.REMAINS, nationality
        if self.norm(end) in ("and", "or"):
            other = lx.PEOPLE.match(self.tokens, end + 1, self.last)
            if other is not None and other[1].category != noun.category:
                # "the number of soldiers and civilians freed": both kinds together
                return other[0], PersonCategory.OTHER, nationality
        return end, noun.category or PersonCategory.OTHER, nationality

    def _number_of_figure(self, at: int, after: int) -> int | None:
        """The figure of "to N the number of" before ``at``, or of "... stood at N" after."""
        for k, figure in enumerate(self.m.figures):
            if figure.last in (at - 1, at) and self.norm(figure.first - 1) == "to":
                return k  # "raised to 4,131 the number of ..."
            if figure.first > after:
                link = figure.first - 1
                if self.norm(figure.first) in lx.FIGURE_LINKS:
                    link = figure.first
                gap = {self.norm(j) for j in range(after, link)}
                if self.norm(link) in lx.FIGURE_LINKS and not gap & {";", "number"}:
                    return k
                return None
        return None

    def stated_on(self, leg: LegDraft) -> LegDraft:
        """Mark a running total whose date says when it stood, not what span it covers.

        "The headquarters said in May it had received 2,000 bodies since 2022" and
        "6,095 had been freed by the end of August" are totals as of May and of
        31 August; "in June alone, 6,000 came home" counts June.
        """
        (text,) = leg.dates[:1]
        span = self._between_span(text)
        if span is not None:
            return leg._replace(dates=(span,))  # "between 1 June and 31 August": the span summed
        if _YEAR.fullmatch(text):
            # "said last month that more than 1,000 had come home in 2022": the year is
            # the span summed, the date of saying is when the total stood
            said = [
                d
                for d in self.m.dates
                if d.text != text and not d.since and self._said_in(d) and not _YEAR.search(d.text)
            ]
            if len(said) == 1:
                return leg._replace(dates=(said[0].text,), since=leg.since or text, stated=True)
        if text.startswith("the end of") and _YEAR.search(text):
            # "In 2024 as a whole, ... said at the end of the year, 3,700 ...": as of the
            # year's last day, covering the year the sentence names as a span
            spans = [
                d.text
                for d in self.m.dates
                if _YEAR.fullmatch(d.text)
                and d.text in text
                and (self.norm(d.first - 2), self.norm(d.first - 1)) != ("end", "of")
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
            by = self.norm(date.first - 1) == "by" or (
                self.norm(date.first - 1) in ("the", "end")
                and "by" in (self.norm(date.first - 2), self.norm(date.first - 4))
            )
            ended = [self.norm(i) for i in range(date.first - 3, date.first)] == [
                "the",
                "end",
                "of",
            ] and self.norm(date.first - 4) in ("by", "at")
            if ended and _YEAR.fullmatch(text):
                # "by the end of 2024, 3,956 had been freed": as of the year's last day (the
                # date grammar keeps only the year)
                return leg._replace(stated=True, dates=(f"the end of {text}",))
            if by or self._statement_date(date) or self._said_in(date):
                return leg._replace(stated=True)
        return leg

    def published(self, leg: LegDraft) -> LegDraft:
        """Date an undated running total by when its figures were published or updated.

        "according to figures the headquarters published on Sept. 30" and "whose
        office updated the count on October 30": the total stood on that day.
        """
        dated = [d for d in self.m.dates if not d.since and self._published_on(d)]
        return leg._replace(dates=(dated[0].text,), stated=True) if len(dated) == 1 else leg

    def _published_on(self, date: DateMention) -> bool:
        """Whether a verb of publishing a count stands just before ``date``: "published on"."""
        if self.norm(date.first - 1) not in ("on", "in"):
            return False
        for k in range(date.first - 2, max(self.first, date.first - 5) - 1, -1):
            if self.norm(k) in (",", ";", ":") or self.tokens[k].kind == NUM:
                break
            if self.norm(k) in ("published", "updated", "issued"):
                return True  # "published on", "updated the count on"
        verb = self.norm(date.first - 2)
        # "figures released on Monday" (not "prisoners released on Monday")
        return verb == "released" and any(
            self.norm(i) in _PUBLISHED_THINGS for i in range(date.first - 6, date.first - 2)
        )

    def counted_with(self, leg: LegDraft, earlier: Sequence[LegDraft]) -> LegDraft:
        """Date an undated running total by the exchange it was brought up to date with.

        "With this handover, 6,000 bodies have come home" and "including the latest
        swap, 2,000 have been freed" state the sum on the day of the exchange just
        told, not on the publication date.
        """
        singular = _EXCHANGE_NOUNS - _EXCHANGE_PLURALS | {"transfer", "stage", "batch"}
        for i in range(self.first, self.last - 2):
            if self.norm(i) not in ("with", "after", "including", "counting"):
                continue
            if self.norm(i + 1) not in ("this", "that", "the", "today's"):
                continue
            noun = i + 2 + (self.norm(i + 2) in ("latest", "last", "new", "most"))
            if self.norm(noun) in singular:
                break
        else:
            return leg
        recent = [g for g in earlier if self.index - g.sentence <= 3 and g.dates]
        return leg._replace(dates=recent[-1].dates) if recent else leg

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
        recent = [g for g in earlier if not g.tally and self.index - g.sentence <= 3]
        if not recent:
            return drafts
        for index, figure in enumerate(self.m.figures):
            if figure.noun is not None or any(leg.amount == figure.amount for leg in legs):
                continue  # a figure of people, or one this sentence read already
            verb = figure.first - 1
            if self.norm(verb) == "to":
                # ("adds up to 700" reads as the hedge "up to 700": not a sum here)
                verb -= 1
                if self.norm(verb) not in SUMMING_TO:
                    continue
            elif self.norm(verb) not in SUMMING:
                continue
            if not any(
                self.norm(i) in _SUM_SUBJECTS for i in range(max(self.first, verb - 4), verb)
            ):
                continue
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

    def _said_in(self, date: DateMention) -> bool:
        """Whether a verb of saying stands just before the date's preposition: "said in May"."""
        at = date.first - (self.norm(date.first - 1) in lx.DATE_PREPOSITIONS)
        return at - 1 >= self.first and (at - 1 in self.m.speech or self.norm(at - 1) in lx.SPEECH)

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
                    self.norm(i) for i in range(max(self.first, figure.first - 2), figure.first)
                ]
                opens = (
                    "whom" in before
                    or "including" in before
                    or before[-1:] == ["them"]
                    or (
                        self.norm(figure.last) == "of"
                        and self.norm(figure.last + 1) in ("them", "whom")
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

    def earlier_parts(self, legs: list[LegDraft], used: set[int]) -> list[LegDraft]:
        """The partition, opening this sentence, of a mixed figure told in the sentence before.

        "Of those who returned, 51 were servicemen and 33 were civilians"; "Of the
        230 people who came back, 224 were soldiers and six civilians": the parts
        split the earlier transfer by kind and go the same way. A single part ("Of
        them, 12 were women") is a subset, not a partition, and is not coded.
        """
        if not (self.discourse.legs or legs):
            return []
        head = self.norm(self.first + 1)
        stated: Count | None = None
        restated = self._restated_whole()
        group = self._group_subject()
        if restated is not None:
            stated = restated.amount  # "The 207, Kyiv said, were 180 soldiers and 27 civilians"
        elif group is not None:
            pass  # "Kyiv said the returnees included 88 soldiers and 12 civilians"
        elif self.norm(self.first) != "of":
            return []
        elif head == "the":
            opening = next((f for f in self.m.figures if f.first == self.first + 2), None)
            if opening is None:
                return []
            stated = opening.amount
        elif head not in ("those", "them", "these", "all"):
            return []
        own = [leg for leg in legs if stated is not None and leg.amount == stated]
        wholes = [
            leg
            for leg in (own or self.discourse.legs)
            if (leg.category is PersonCategory.OTHER or leg.guessed)
            and (stated is None or leg.amount == stated)
        ]
        if group is not None:
            wholes = self._group_wholes(group, legs)
        if not wholes:
            return []
        found: list[tuple[int, PersonCategory, Count]] = []
        for k, figure in enumerate(self.m.figures):
            if k in used or (stated is not None and figure.first == self.first + 2):
                continue
            if restated is not None and figure.first == restated.first:
                continue
            if found and not self._joins_list(figure.first):
                break
            category = self._part_category(figure)
            if category is None or category is PersonCategory.OTHER:
                if found:
                    break
                continue
            found.append((k, category, figure.amount))
        if len({c for _, c, _ in found}) < 2:
            return []
        used.update(k for k, _, _ in found)
        # the whole was of no one kind after all: "84 Ukrainians" read as prisoners is mixed
        whole = wholes[-1]._replace(
            sentence=self.index, category=PersonCategory.OTHER, guessed=False, whole=True
        )
        parts = [whole._replace(category=c, amount=a, whole=False) for _, c, a in found]
        if own:
            # "Of the 230 people who came back, 224 were soldiers": the whole is this sentence's
            legs[:] = [whole if leg is wholes[-1] else leg for leg in legs]
            return parts
        return [whole, *parts]

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

    def restated_tallies(self, legs: list[LegDraft], used: set[int]) -> list[LegDraft]:
        """A later count of a running total, set off after it: "- a figure X now put at 1,762".

        "Some 1,500 had been freed by the end of 2022, a figure officials now put at
        1,762": the apposition restates the same total (same sides, same kind) as
        it stood when told, so it is a second tally, dated as the sentence is.
        """
        stated = [leg for leg in legs if leg.tally and leg.sentence == self.index]
        if not stated or self.norm_set.isdisjoint(_PUT | _GIVE_AS):
            return []
        drafts: list[LegDraft] = []
        for k, figure in enumerate(self.m.figures):
            verbs = _PUT_AT_CUES.get(self.norm(figure.first - 1))
            if k in used or figure.noun is not None or verbs is None:
                continue
            reach = range(figure.first - 2, max(self.first, figure.first - 6) - 1, -1)
            put = next((i for i in reach if self.norm(i) in verbs), None)
            if put is None:
                continue
            head = next(
                (
                    i
                    for i in range(put - 1, max(self.first, put - 7), -1)
                    if self.norm(i) in _TOTAL_HEADS and self.norm(i - 1) in ("a", "the")
                ),
                None,
            )
            if head is None or self.norm(head - 2) not in _DASHES | {",", "-"}:
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

    def _perfect_after_semicolon(self, start: int, end: int) -> list[str]:
        """The words of an undated perfect clause after ";" that ends at ``end``, or [].

        "... 18,000 bodies have been returned to Ukraine; Russia has received about
        800": the clause after the semicolon counts over the same span as the one before;
        "; on Friday Russia received 40" is one event of its own.
        """
        semi = next((i for i in range(end - 1, start - 1, -1) if self.norm(i) == ";"), None)
        if semi is None or any(semi < d.first < end for d in self.m.dates):
            return []
        words = [self.norm(i) for i in range(semi + 1, end)]
        return words if not {"has", "have"}.isdisjoint(words) else []

    def _sent_back_to(self, figure: FigureMention, side: str) -> bool:
        """A coordinated bare figure handed to ``side``: "..., and 54 returned to Russia".

        The figure follows "and", its own participle of handing over follows it, and
        "to" names the side the running total came from: the other way, told by
        ellipsis of the people's noun.
        """
        if figure.noun is not None or self.norm(figure.first - 1) != "and":
            return False
        at = figure.last
        if at < self.last and self.norm(at) in {"were", "was", "have", "had", "been"}:
            at += 1
        if at >= self.last or not _lemmas.is_transfer_form(self.norm(at)):
            return False
        at += 2 if self.norm(at + 1) == "back" else 1
        return self.norm(at) == "to" and any(
            p.first == at + 1 and p.code == side and p.noun for p in self.m.parties
        )

    def returned_tallies(self, legs: list[LegDraft], used: set[int]) -> list[LegDraft]:
        """The other way of a two-way running total: "... handed over 7,000, while receiving 90".

        A running total stated in the sentence, followed by a bare figure (no
        people of another kind) in a contrast ("while", "whereas", "against") or
        with "back" or "in return": the figure is the total of the same kind and
        span that went the other way, so sender and receiver are swapped.
        """
        stated = [leg for leg in legs if leg.tally and leg.sentence == self.index]
        if len(stated) != 1 or self.norm_set.isdisjoint(_RETURN_CUES | {";", "and"}):
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
            if (
                figure.noun is not None
                and not (figure.remains or figure.noun.remains)
                and (figure.noun.category is not template.category)
            ):
                continue
            words = [self.norm(i) for i in range(max(start, figure.first - 8), figure.first)]
            if not losses.isdisjoint(self.norm(i) for i in range(start, figure.first)):
                continue
            cues = [n for n, w in enumerate(words) if w in _RETURN_CUES]
            after = [self.norm(i) for i in range(figure.last, min(self.last, figure.last + 3))]
            # the verb of the other way stands after the cue ("while receiving 90") or just
            # before "back" ("received back 90"); "while 500 more are held" is no handing over
            around = words[max(0, cues[-1] - 1) :] + after if cues else []
            parallel = self._perfect_after_semicolon(start, figure.first)
            if not cues and parallel:
                around = parallel + after
            if not cues and not parallel and self._sent_back_to(figure, template.sender):
                around = after
            if (
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
                )
            )
        return drafts

    def _equivalent_head(self, figure: FigureMention) -> int | None:
        """Where "equivalent figure" (or the like) stands before ``figure`` in its clause."""
        head = next(
            (
                i
                for i in range(figure.first - 2, max(self.first, figure.first - 14) - 1, -1)
                if self.norm(i) in lx.EQUIVALENT_WORDS and self.norm(i + 1) in lx.FIGURE_HEADS
            ),
            None,
        )
        if head is None or self._figure_between(head, figure.first):
            return None
        return head

    def _party_for(self, at: int) -> str | None:
        """The side named by "for X" at ``at``: "the equivalent figure for Russia"."""
        if self.norm(at) != "for":
            return None
        return next(
            (p.code for p in self.m.parties if p.first in (at + 1, at + 2) and p.role != MEDIATOR),
            None,
        )

    def _restated_whole(self) -> FigureMention | None:
        """A sentence opening with a figure told before and a copula: "The 207 were ...".

        "The 207, Kyiv said, were 180 soldiers and 27 civilians": the definite
        figure names the people already counted, and what follows the verb splits
        them by kind (an aside of saying may stand between).
        """
        if self.norm(self.first) != "the":
            return None
        opening = next((f for f in self.m.figures if f.first == self.first + 1), None)
        if opening is None or opening.noun is not None:
            return None
        at = opening.last
        if self.norm(at) == ",":
            at = self._speech_aside(at)
        return opening if self.norm(at) in ("were", "are", "included", "comprised") else None

    def _joins_list(self, at: int) -> bool:
        """Whether the word before ``at`` adds to a list: "and", ",", "as well as"."""
        if self.norm(at - 1) in ("and", ","):
            return True
        return [self.norm(i) for i in range(at - 3, at)] == ["as", "well", "as"]

    def _group_subject(self) -> int | None:
        """The verb after a group named as a whole: "the returnees included", "its group comprised".

        "The group, he says, consists of 24 soldiers and 25 civilians", "Kyiv said the
        returnees included 88 soldiers and 12 civilians": the subject restates the people
        of the last transfer without a figure, and the list after the verb splits them.
        The clause opens the sentence, or follows a verb of saying.
        """
        speech = set(self.m.speech)
        for at in range(self.first, self.last - 2):
            opens = at == self.first or not speech.isdisjoint((at - 1, at - 2))
            if not opens or self.norm(at) not in _GROUP_DETERMINERS:
                continue
            if self.norm(at + 1) not in _GROUP_NOUNS:
                continue
            verb = at + 2
            if self.norm(verb) == ",":
                verb = self._speech_aside(verb)
            word = self.norm(verb)
            if word in _GROUP_VERBS or (word in _CONSIST and self.norm(verb + 1) == "of"):
                return at
        return None

    def _group_wholes(self, group: int, legs: list[LegDraft]) -> list[LegDraft]:
        """The mixed transfers a group subject may restate: this sentence's, else the last told.

        With two sides' wholes at hand ("390 came back to each side; Ukraine said its
        group comprised ..."), only the side whose words these are is meant; without
        one named side, the group could be either and nothing is read.
        """
        mixed = [
            leg
            for leg in (legs or self.discourse.legs)
            if (leg.category is PersonCategory.OTHER or leg.guessed) and not leg.tally
        ]
        if len({leg.receiver for leg in mixed}) < 2:
            return mixed[-1:]
        sides = {p.code for p in self.m.parties if p.last <= group and p.role != MEDIATOR}
        return [leg for leg in mixed if sides == {leg.receiver}][-1:]

    def _part_category(self, figure: FigureMention) -> PersonCategory | None:
        """The kind of people a part counts: its own noun, or "3,948 were servicemen"."""
        noun = figure.noun
        if noun is None and self.norm(figure.last) in ("were", "was", "are"):
            found = lx.PEOPLE.match(self.tokens, figure.last + 1, self.last)
            noun = found[1] if found is not None else None
        elif noun is None and self.norm(figure.last) == "of":
            at = figure.last + 2  # "33 of them civilians", "12 of them were children"
            if self.norm(at) in ("were", "was", "are", "being"):
                at += 1
            found = lx.PEOPLE.match(self.tokens, at, self.last)
            noun = found[1] if found is not None else None
        if noun is None or noun.category is None:
            return None
        return PersonCategory.REMAINS if noun.remains else noun.category

    # -- caveats and mediators ----------------------------------------------------------

    def caveat(self, after: int) -> str | None:
        """The clause of this sentence, from ``after`` on, that qualifies a figure."""
        k = bisect.bisect_left(self.cues, after)
        if k == len(self.cues):
            return None
        i = self.cues[k]
        start = self._clause_start(i, after)
        v = bisect.bisect_left(self.m.speech, i) - 1
        if v >= 0 and self.m.speech[v] >= start:
            start = self.m.speech[v] + 1
            if self.norm(start) == "that":
                start += 1
        end = self.last
        while end > start and self.tokens[end - 1].kind == SYM:
            end -= 1
        if end - start < 4:
            start = after if after > self.first else self.first
        if end <= start:
            return None
        return _words(self.tokens, start, end, self.text)

    def _listed_leg(self, leg: LegDraft, figure: FigureMention) -> LegDraft:
        """``leg`` again for a figure listed after its own: the same way, the figure's kind.

        "84 and 146 people", "185 defenders ... and 20 civilians": the listed
        figure goes where the first went, counting its own people, as a plain part.
        """
        return leg._replace(
            category=self._category(figure, leg),
            amount=figure.amount,
            note=None,
            whole=False,
            guessed=False,
            definite=False,
            dates=self._listed_day(leg.dates, figure),
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

    def _listed_like(
        self, figure: FigureMention, before: FigureMention, drafted: list[LegDraft]
    ) -> list[LegDraft] | None:
        """The legs of a figure listed right after another that went somewhere ("84 and 146").

        "Swaps on 14 August and 24 August involved 84 and 146 people per side": the
        second figure of the list has no verb in reach of its own, and goes the way
        (or the ways) the first went, with its own kind.
        """
        if not self._listed(before.np_end, figure.first) or any(leg.tally for leg in drafted):
            return None
        return [self._listed_leg(leg, figure) for leg in drafted]

    def _agreed_whole(self, figure: FigureMention) -> bool:
        """Whether the words after "Of the N ..." up to the comma say the N were only agreed."""
        for i in range(figure.np_end, min(self.last, figure.np_end + 12)):
            if self.norm(i) == ",":
                return False
            if self.norm(i) in _AGREEMENT_VERBS or self.norm(i) in _UNDONE:
                return True
        return False

    def _months_or_years(self, at: int) -> bool:
        """Whether a count of months or years stands at ``at``: "five months", "two years"."""
        count = self.norm(at)
        return (count.isdigit() or count in lx.NUMBER_WORDS) and self.norm(at + 1) in (
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
        low = max([low, *(j + 1 for j in range(low, figure.first) if self.norm(j) in (";", ":"))])
        return any(
            self.norm(i) in ("over", "across", "during")
            and self.norm(i + 1) in ("the", "those", "these")
            and (self.norm(i + 2).isdigit() or self.norm(i + 2) in lx.NUMBER_WORDS)
            and self.norm(i + 3) in ("days", "weeks")
            for i in range(low, stop)
            if not figure.first <= i < figure.np_end
        )

    def _each_of_counted_handovers(self, figure: FigureMention) -> bool:
        """Whether the figure is the size of every one of several handovers: "of 1,200 each".

        "three handovers of 1,200 each", "two repatriations of 500 apiece": the
        figure is counted once per counted event (each dated by the list it comes
        with), not a running sum of the events, nor a figure per side.
        """
        at = figure.first - 1
        if self.norm(at) != "of" or self.norm(at - 1) not in _EXCHANGE_PLURALS:
            return False
        # the handovers are counted ("three handovers of"): without a count, "swaps of 103
        # each on Sept. 14 and 95 each on Oct. 18" gives each swap's figure per side
        counted = self.norm(at - 2)
        if not (counted.isdigit() or counted in lx.NUMBER_WORDS):
            return False
        return self.norm(figure.np_end) in ("each", "apiece") and self.norm(
            figure.np_end + 1
        ) not in ("way", "side", "direction")

    def _dated_apart(
        self, figure: FigureMention, dates: list[DateMention], series: tuple[str, ...]
    ) -> bool:
        """Whether a figure has a date of its own after the listed series, nearer than the list.

        "three handovers of 1,200 each, on 13, 14 and 15 June, and a final one on
        Monday 16 June, when 1,245 bodies were transferred": the list dates the
        1,200s; the 1,245 has its own day, standing between the list and it.
        """
        listed = [d for d in dates if d.text in series]
        if not listed or any(d.first > figure.first for d in listed):
            return False
        end = max(d.last for d in listed)
        return any(
            d.text not in series
            and not d.since
            and end <= d.first < figure.first
            and not self._figure_between(d.last, figure.first)
            for d in dates
        )

    def _series_beyond(
        self, figure: FigureMention, dates: list[DateMention], series: tuple[str, ...]
    ) -> bool:
        """Whether the listed series belongs to a later clause, past a semicolon.

        "In June 6,057 bodies came back; in July and August about 1,000 each month
        followed": the months share out the 1,000, not the 6,057 before the break.
        """
        listed = [d.first for d in dates if d.text in series]
        if not listed or min(listed) <= figure.first:
            return False
        return any(self.norm(i) == ";" for i in range(figure.np_end, min(listed)))

    def _told_without_sides(
        self, predicate: TransferWord | None, first: bool, figure: FigureMention
    ) -> bool:
        """Whether a handover is told in a form that names no side, so context may supply it.

        A noun ("the first handover was of 1,212 bodies") or a passive with the
        figure as its subject ("when 1,245 bodies were transferred") names none;
        a verb with a subject the rules could not place ("we received 19") does,
        and a plural noun without "each" ("monthly handovers of about 1,000
        bodies") tells a pattern, not one handover. Nor does a handover that is
        the verb's subject ("the previous handover brought back 501 bodies").
        """
        if predicate is None or not first or self._event_subject(predicate):
            return True
        if predicate.move is not Move.EVENT:
            return False
        if self.norm(predicate.first) not in _EXCHANGE_PLURALS:
            return True
        return any(
            self.norm(i) in ("each", "apiece")
            for i in range(figure.first, min(self.last, figure.np_end + 2))
        )

    def remains_way(self, legs: list[LegDraft], belligerents: Sequence[str]) -> None:
        """Note the way this sentence says bodies went, for later handovers told without sides.

        A one-way transfer of remains sets it; so does a sentence without figures
        whose verb of handing over has one side as its subject ("Russia handed
        Ukraine the remains of more people than ever"). A swap, a plan or a sentence
        naming both sides as subject says no single way and leaves it as it was.
        """
        moved = [leg for leg in legs if not leg.tally and leg.category is PersonCategory.REMAINS]
        if moved:
            ways = {(leg.sender, leg.receiver) for leg in moved}
            # "Ukraine received 1,000 bodies and returned 31": the larger figure's way
            biggest = max(moved, key=lambda leg: leg.amount.low or 0)
            smallest = min((leg.amount.high or 0) for leg in moved)
            if len(ways) == 1 or (biggest.amount.low or 0) >= 10 * smallest:
                self.discourse.remains_way = (biggest.sender, biggest.receiver)
            return
        if self.m.figures or self.norm_set.isdisjoint(_REMAINS_HEADS):
            return
        for word in self.m.transfers:
            if not word.done or word.move not in (Move.SEND, Move.RECEIVE) or self._denied(word):
                continue
            if any(self.norm(i) == "whether" for i in range(self.first, word.first)):
                continue  # "did not say whether Ukraine had returned any bodies": not told
            codes = {p.code for p in self._subject(word, self.first)}
            if len(codes) != 1:
                continue
            side = codes.pop()
            other = _other(side, belligerents)
            if side not in belligerents or other is None:
                continue
            way = (side, other) if word.move is Move.SEND else (other, side)
            self.discourse.remains_way = way
            return

    def intermediaries(self) -> list[str]:
        if not self.m.mediation:
            return []
        return list(dict.fromkeys(p.code for p in self.m.parties if p.role == MEDIATOR))


def _series(dates: list[DateMention], sentence: _Sentence) -> tuple[str, ...]:
    """Month names listed together with "each" or "similar": one exchange per month."""
    groups: dict[int, list[DateMention]] = {}
    for date in dates:
        groups.setdefault(date.group, []).append(date)
    if not any(len(members) >= 2 for members in groups.values()):
        return ()
    if not sentence.norm_set & (_SERIES_WORDS | {"per"}):
        return ()
    norms = sentence.norms
    after = [*norms[1:], ""]
    words = {n for n, following in zip(norms, after, strict=True) if following not in _SIDE_NOUNS}
    # "between 19 and 39 per handover": "per" with one event shares out like "each"
    per_event = any(
        n == "per" and following in _PER_EVENT for n, following in zip(norms, after, strict=True)
    )
    if not words & _SERIES_WORDS and not per_event:
        return ()
    for members in groups.values():
        # "on Friday, Oct. 18" names one day twice; it is not a list of days
        days = [d for d in members if d.text.split()[-1] not in _WEEKDAY_NAMES]
        if any(_HAS_DAY.search(d.text) for d in days):
            # "in November, Nov. 10 and Nov. 24": the month holds the days, it is not a third
            days = [d for d in days if _HAS_DAY.search(d.text)]
        if len(days) >= 2:
            return tuple(d.text for d in days)
    return ()


def _combine(entries: list[SourceEntry]) -> tuple[SourceEntry, ...]:
    """Speakers named together: outlets that publish one count together become one source."""
    unique = list(dict.fromkeys(entries))
    if len(unique) > 1 and all(e.party is None and e.role is Role.OUTLET for e in unique):
        name = " and ".join(e.name for e in unique)
        kinds = {e.kind for e in unique}
        kind = kinds.pop() if len(kinds) == 1 else SourceKind.MEDIA
        return (SourceEntry(name, kind, None, Role.OUTLET),)
    return tuple(unique)


# Nouns of a deal between the sides: the party after "a swap with" is the partner.
_DEALS: Final = frozenset({"swap", "exchange", "deal", "talks", "agreement", "trade"})
_SET_OFF_MARKS: Final = frozenset({",", "\u2014", "\u2013", "-"})


def _past_origin(words: list[str]) -> list[str]:
    """The words after a noun group past a phrase of where its people are from.

    "120 residents of the region are still known to be held": the verb group
    after "of the region" is the people's own, and is read from its start.
    """
    if (
        len(words) > 3
        and words[0] in ("of", "from")
        and words[1] in ("the", "its", "their")
        and words[2] in _PLACE_NOUNS
    ):
        return words[3:]
    return words


def _joint_code(codes: Sequence[str]) -> str:
    """The code of the joint party of ``codes``, as :meth:`Party.joint` spells it."""
    return "+".join(sorted(set(codes)))


_GROUP_DETERMINERS: Final = frozenset({"the", "its", "their", "this"})
_GROUP_NOUNS: Final = frozenset({"group", "returnees", "returnee", "contingent", "batch"})
_GROUP_VERBS: Final = frozenset(
    {"comprised", "comprises", "comprise", "included", "includes", "include", "were", "are"}
)
_CONSIST: Final = frozenset({"consisted", "consists", "consist"})


def _comparable(told: Count, given: Count) -> bool:
    """Whether ``given`` may be another count of the people ``told`` counted (within 2x)."""
    if told.best is None or given.best is None:
        return False
    return told.best <= 2 * given.best and given.best <= 2 * told.best


def _other(code: str, belligerents: Sequence[str]) -> str | None:
    others = [b for b in belligerents if b != code]
    return others[0] if len(others) == 1 and code in belligerents else None


def _words(tokens: list[Token], start: int, end: int, text: str) -> str:
    return " ".join(text[tokens[start].start : tokens[end - 1].end].split())


def extract(
    index: int,
    tokens: list[Token],
    first: int,
    last: int,
    mentions: Mentions,
    discourse: Discourse,
    text: str,
    belligerents: Sequence[str],
    publisher_kind: SourceKind,
) -> SentenceFacts:
    """Apply the rules to sentence ``index`` (``tokens[first:last]`` of the visible ``text``)."""
    discourse.read_year(tokens, first, last)
    if first > 0:
        # a dateline or a live blog's time stamp opens a new story or entry: the scene a
        # sentence of the entry before set ("Yesterday's repatriation ...") is not this one's
        discourse.scene = None
    sentence = _Sentence(index, tokens, first, last, mentions, discourse, text, publisher_kind)
    speakers = sentence.find_speakers()
    heading = sentence.statement_heading()
    if heading is not None:
        discourse.statement = heading
    legs, used = sentence.legs(mentions.dates, belligerents)
    legs.extend(sentence.put_at(legs, used, belligerents))
    legs.extend(sentence.figures_for_sides(legs, used))
    legs = sentence.counted_kind(legs)
    numbered = sentence.number_of_tallies(used, belligerents)
    if numbered:
        totals = {leg.amount for leg in numbered}
        legs = [leg for leg in legs if leg.tally or leg.amount not in totals]
    legs.extend(numbered)
    legs.extend(sentence.total_tallies(legs, used, belligerents))
    legs.extend(sentence.summed_up(legs, used, discourse.legs))
    legs.extend(sentence.tally_parts(legs, used))
    legs.extend(sentence.same_size(legs))
    if not legs:
        legs.extend(sentence.same_number_as_before(belligerents))
    if not legs:
        legs.extend(sentence.apiece_after_exchange())
    if not any(leg.tally for leg in legs):
        legs.extend(sentence.earlier_parts(legs, used))
    legs.extend(sentence.equivalent_tallies(legs, used, belligerents))
    legs.extend(sentence.restated_tallies(legs, used))
    legs.extend(sentence.returned_tallies(legs, used))
    if any(leg.tally for leg in legs):
        discourse.tallies = [leg for leg in legs if leg.tally]
    sentence.remains_way(legs, belligerents)
    # the transfers of the last few sentences that told some
    earlier = discourse.legs
    discourse.legs = [*discourse.legs, *(leg for leg in legs if not leg.tally)][-12:]
    discourse.note_event_day(legs)
    legs = [sentence.stated_on(leg) if leg.tally and leg.dates else leg for leg in legs]
    legs = [sentence.published(leg) if leg.tally and not leg.dates else leg for leg in legs]
    legs = [
        sentence.counted_with(leg, earlier) if leg.tally and not leg.dates else leg for leg in legs
    ]
    claims = sentence.claims(used, belligerents)
    claims.extend(sentence.equivalent_claims(claims, used, belligerents))
    sided = [f.nationality for f in mentions.figures if f.noun is not None and f.nationality]
    if sided:
        discourse.people = (index, sided[-1])
    kinds = [f.noun for f in mentions.figures if f.noun is not None and f.noun.category]
    discourse.counted = (index, kinds[-1]) if kinds else None
    named = None if claims or mentions.figures else sentence.losses_named()
    discourse.losses = (index, named) if named is not None else None
    discourse.region = sentence.region_named(discourse.region)
    if claims:
        discourse.claims = claims
        discourse.recap = sentence.recalls()
        if not discourse.recap:
            for claim in claims:
                if claim.as_of is not None and claim.claimant is not PUBLISHER:
                    pegs = [(c, d) for c, d in discourse.pegs if c != claim.claimant]
                    discourse.pegs = [*pegs, (claim.claimant, claim.as_of)][-8:]
    caveat = None
    if not claims and not legs and not mentions.figures:
        caveat = sentence.caveat(first)
    event_date = None
    if not legs:
        event_date = sentence.event_date()
    # "On April 19, the pattern repeated. Ukraine got back 246 soldiers ...": one date and
    # no figure set the scene for the next sentence, and for it only.
    scene_dates = [
        d
        for d in mentions.dates
        if not d.since and not sentence.agreement_date(d) and not sentence._ranking_year(d)
    ]
    scene = [d.text for d in scene_dates]
    headed = discourse.headed and tokens[first].gap < 3  # the same paragraph
    if headed and not scene and not mentions.figures:
        pass  # "January 3, 2024. The first swap of last year was the biggest. Kyiv ..."
    else:
        discourse.scene = (
            scene[0]
            if len(scene) == 1
            and not mentions.figures
            and not scene[0].isdigit()
            # "they would be flown to Moscow on Saturday": a plan's date sets no scene
            and sentence.norm_set.isdisjoint(_MODAL_WORDS)
            else None
        )
        # a date standing alone heads what follows it, up to a figure or another date
        discourse.headed = (
            discourse.scene is not None
            and scene_dates[0].first <= first + 1
            and scene_dates[0].last >= last - 1
        )
    if sentence.norm_set & _PRISONER_WORDS:
        discourse.topic = PersonCategory.PRISONERS_OF_WAR
    elif sentence.norm_set & {"bodies", "remains"}:
        discourse.topic = PersonCategory.REMAINS
    group = None
    if sentence.norm_set & {"bodies", "remains", "body"}:
        group = "remains"
    elif sentence.norm_set & {
        "prisoners",
        "pows",
        "soldiers",
        "servicemen",
        "civilians",
        "captives",
    }:
        group = "living"
    return SentenceFacts(
        legs,
        claims,
        speakers,
        sentence.intermediaries(),
        event_date,
        caveat,
        group,
        sentence.two_way,
    )
