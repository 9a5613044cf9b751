"""The state of one sentence and the helpers every rule reads it with.

:class:`_SentenceBase` holds the tokens, mentions and discourse of the sentence
being read, the positions of its clause breaks and phrases (found on first use),
and the predicates that the rules of more than one concept share: who speaks in a
clause, whose a figure is, where a clause starts. The rules of each concept are
mixins layered on it, in the modules named for them.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import Final, Generic, Literal, TypeVar, cast, overload

from exchangekit import CasualtyCategory, Count, PersonCategory, SourceKind
from exchangekit_news import _lexicon as lx
from exchangekit_news._clauses import Clauses
from exchangekit_news._drafts import PUBLISHER, Discourse, shifted
from exchangekit_news._lemmas import BELIEF_PAST, TRANSFER_LEMMAS, lemma
from exchangekit_news._lexicon import Move, Noun, Role, SourceEntry
from exchangekit_news._mentions import (
    _TELLER_PRONOUNS,
    ACTOR,
    MEDIATOR,
    MEDIATOR_CODES,
    NATIONALITY,
    SAME_DAY,
    SEASONS,
    TIME_UNITS,
    DateMention,
    FigureMention,
    Mentions,
    PartyMention,
    SourceMention,
    each_over_listed_dates,
    of_unknown_fate,
    one_day_after,
    said_then,
)
from exchangekit_news._third_receivers import served_in
from exchangekit_news._tokens import (
    NUM,
    SYM,
    WORD,
    Token,
    ends_possessive,
    indexed_positions,
    positions_of,
    spaced_dash,
)

# Nouns of a running total a verb of bringing may take: "bringing its running count to ...".
_TOTAL_NOUNS: Final = frozenset({"total", "count", "tally"})
# Words from a verb of bringing to the total it takes, with a speaker's aside between:
# "bringing what the Ukrainian military says is its overall count" (the ninth word).
_TOTAL_OBJECT_REACH: Final = 10
# Words from a fronted date to its teller's verb: "Today I can report that".
_FRONTED_TELLER: Final = 6
# What may lead a fronted "from <date> to <date>": "in the period from 11 to 13 May".
_PERIOD_LEADS: Final = ["in", "the", "period"]
# Verbs of reporting a first-person teller uses: "I can report that", "we inform that".
_REPORTING: Final = frozenset({"report", "inform", "confirm", "announce"})
# A transcript's turn label opening a line, its first word kept: "PRESIDENT ZELENSKIY (through
# interpreter): ", and the labels of the programme's own voices, which speak on air.
_TURN_LABEL: Final = re.compile(r"([A-Z]+)[A-Z.' -]*(?:\([^)\n]*\))?\s*:")
_TURN_LINE: Final = re.compile(r"^([A-Z]+)[A-Z.' -]*(?:\([^)\n]*\))?\s*:", re.MULTILINE)
_PROGRAMME_VOICES: Final = frozenset(
    {
        "anchor",
        "host",
        "presenter",
        "correspondent",
        "reporter",
        "interviewer",
        "moderator",
        "narrator",
        "announcer",
        "newsreader",
        "q",
        "a",
        "question",
        "answer",
        "update",
        "note",
        "correction",
        "editor",
        "breaking",
    }
)
# A verb of saying, and its day of the week, opening a quotation: 'he wrote on Sunday: "';
# and after one closes: '," the governor wrote on Sunday'.
_SAYING_VERB: Final = "|".join(sorted(lx.SPEECH))
_WEEKDAY: Final = "|".join(day.title() for day in lx.WEEK)
_SAID_BEFORE: Final = re.compile(
    rf"\b(?:{_SAYING_VERB})(?:\s+on\s+({_WEEKDAY}))?\b[^\".\n\u201c\u201d]{{0,30}}[:,]\s*[\"\u201c]$"
)
_SAID_AFTER: Final = re.compile(
    rf"[^.\n]{{0,30}}?\b(?:{_SAYING_VERB})\b(?:[^.\n]{{0,30}}?\bon\s+({_WEEKDAY})\b)?"
)
# Heads of the verbs of giving people over: "transferred", "handed (over)", "returned".
_GIVING_HEADS: Final = frozenset(
    phrase.split()[0] for phrase, move in TRANSFER_LEMMAS if move is Move.SEND
)
_CLAUSE_MARKS: Final = lx.CLAUSE_MARKS
# The words a clause may break at, and the hyphen that may stand for a dash.
_BREAK_CANDIDATES: Final = lx.BREAK_WORDS | {"-"}
# The office "the defence ministry" or "the military" is of a side named just before.
_LONE_OFFICES: Final = {
    Role.MINISTRY: lx.Institution("defence", SourceKind.GOVERNMENT, Role.MINISTRY),
    Role.MILITARY: lx.Institution("military", SourceKind.MILITARY, Role.MILITARY),
}
# Who an attack's toll counts, the verbs of that toll, and the words naming an attack.
_STRUCK_HEADS: Final = frozenset(
    {"people", "civilians", "residents", "children", "man", "men", "woman", "women"}
)
_STRUCK_VERBS: Final = frozenset({"killed", "wounded", "injured"})
_ATTACKS: Final = frozenset(
    {"attack", "attacks", "strike", "strikes", "airstrike", "shelling", "bombardment", "raid"}
)
# Attacks in the plural, many events rather than one: "as a result of Russian strikes".
_MANY_ATTACKS: Final = frozenset({"attacks", "strikes", "airstrikes", "raids", "bombardments"})

_FINITE: Final = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would"})
_CASUALTY_HEADS: Final = frozenset(
    {"wounded", "killed", "casualties", "deaths", "missing", "injured"}
)

_RELATIVE_REACH: Final = 24  # tokens a relative clause between a noun and its verb may span
_SAID_ASIDE_REACH: Final = 8  # tokens from a pronoun back to the comma opening the aside before it
_ASIDE_CLOSES: Final = frozenset({",", ";", ".", ":"})
# Nouns of the dead whose "of" phrase counts people already dead: "the bodies of 254 soldiers".
_BODY_NOUNS: Final = frozenset({"bodies", "body", "remains", "corpses"})

_CONTRAST: Final = lx.CONTRAST_WORDS

# "took place on", "happened in": verbs of an event done, dating it rather than a plan.
_TOOK: Final = frozenset({"took", "take", "takes", "taken", "taking"})
_HAPPENED_ON: Final = frozenset({"happened", "occurred"})

_EXCHANGE_PLURALS: Final = lx.EXCHANGE_PLURALS

_EXCHANGE_NOUNS: Final = lx.EXCHANGE_NOUNS

_AGREEMENT_VERBS: Final = frozenset(
    {"agreed", "negotiated", "planned", "promised", "brokered", "arranged", "signed"}
)
_ABOUT_THEM: Final = frozenset(
    {"which", "who", "whom", "that", "as", "whose", "belong", "belonged", "belonging", "are"}
)

# "each time", "in each case": a series of events, not the sides
_TIMES: Final = frozenset(
    {"time", "times", "occasion", "occasions", "case", "cases", "instance", "instances"}
)

_PLACE_HEADS: Final = frozenset({"region", "oblast", "province", "district", "area", "city"})

# "in six stages", "in those ten operations", "in about a dozen swaps": several handovers.
_TALLY_PLURALS: Final = lx.HANDOVER_PLURALS | {"operations", "transfers"}

# A day of the month in a date's text ("September 13", "the 14th"), not a month or year
# alone; :meth:`_SentenceBase._item_day` asks that it be the day of an item ("on").
_DAY_IN_DATE: Final = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
# The auxiliary of a present perfect: "have come home" tells a total, not one item.
_HAVE: Final = lx.HAVING - {"had", "having"}
# "58" before a plural, or "61st" before a singular, of a word for exchanges.
_ORDINAL: Final = re.compile(r"([1-9][0-9]{0,3})(?:st|nd|rd|th)?")

# Ordinal words that rank an exchange: "the seventh such mediation". "First" is left
# out: "the first swap since January" tells a gap since then, not how many there were.
_RANK_WORDS: Final = {w: n for w, n in lx.ORDINAL_VALUES.items() if n >= 2}
# Nouns of the events a rank or a count of exchanges counts: "its fourth mediation",
# "the second return of civilians", "two repatriations".
_RANKED_EVENTS: Final = lx.EXCHANGE_NOUNS | {
    "mediation", "mediations", "return", "returns", "transfer", "transfers",
}  # fmt: skip
_RANKED_PLURALS: Final = lx.EXCHANGE_PLURALS | {"mediations", "returns", "transfers"}
_RANKED_SINGULARS: Final = _RANKED_EVENTS - _RANKED_PLURALS
# Words that may stand between a rank and its noun only if they are not these: a
# preposition, article or conjunction opens another phrase ("the third day of the swap").
_RANK_BREAKS: Final = frozenset(
    {"of", "in", "on", "at", "for", "to", "by", "from", "with", "since", "and", "or", "but"}
    | {"a", "an", "the", "this", "that", "its", "their", "more", "other", "further"}
    | {"another", "time", "times", "day", "days", "round", "rounds", "stage", "stages"}
)
# Words that may follow "the <rank>" standing alone, as after "the swap was the 67th".
_RANK_ENDS: Final = frozenset(
    {".", ",", ";", ":", ")", "-", "–", "—", "since", "of", "this", "in", "it", "so"}
    | {"that", "under", "by", "according", "with", "between", "overall", "to", "they", "he"}
    | {"she", "kyiv", "moscow", "ukraine", "russia", "we", "i", "last"}
)
# Verbs and marks that set the rank standing alone after an exchange: "the swap was the
# 67th", "the exchange is the fourth this year", "The repatriation, the third since May".
_RANK_LINKS: Final = frozenset({"was", "is", "be", "been", "marked", "marks", "became", ","})
# Who may own a rank: "the", "its", "their": "a third exchange" is not one told as ranked.
_RANK_OWNERS: Final = frozenset({"the", "its", "their", "our", "his", "her"})
# Words before a number of exchanges that make it no exact count of its own: "one of two
# exchanges", "the two exchanges" (told before), "more than 30 exchanges", "some 60 swaps".
_NOT_EXACTLY: Final = frozenset(
    {"of", "the", "than", "about", "around", "nearly", "almost", "over", "some", "roughly"}
    | {"approximately", "least", "under", "up", "dozens"}
)
# Words of a total run up to now: a count of exchanges is one only with one of these.
_TOLD_SO_FAR: Final = frozenset({"has", "have", "'ve", "since", "far", "date", "all"})

_AGREEMENT_NOUNS: Final = lx.AGREEMENT_NOUNS
# Meetings that date an agreement when something was agreed at them: "the repatriations
# agreed at peace talks in Istanbul last month" (not "after talks on Wednesday").
_MEETINGS: Final = frozenset({"talks", "negotiations", "summit"})
# The gate of :meth:`_SentenceBase.agreement_date`: every way it finds an agreement's
# date reads one of these words, so a sentence with none of them dates no agreement.
_AGREEMENT_CUES: Final = _AGREEMENT_NOUNS | _AGREEMENT_VERBS | _MEETINGS

# The words of a force's name between people and its country: "of the armed forces of
# Ukraine", and Russian official English's "of the armed formations of Ukraine".
_FORCES_OF: Final = frozenset({"of", "the", "armed", "forces", "army", "formations"})


# Modals of a guess: a nationality after them ("some may be Russian") is not stated.
_MAYBE: Final = frozenset({"might", "may", "could", "possibly", "perhaps"})
# Verbs after an infinitive's "to", which is then no preposition of a destination.
_INFINITIVES: Final = frozenset(
    {"be", "become", "prove", "belong", "have", "help", "fight", "support", "assist", "serve"}
)

# Military units: "108 of them fighters of the Azov regiment" is a part by unit.
_UNITS = frozenset({"regiment", "brigade", "battalion", "division", "corps", "unit", "units"})

# Units of time: "and four weeks later" counts no one.
_TIME_UNITS: Final = TIME_UNITS
# "territory controlled by Kyiv": a land and the participle of who holds it.
_HELD_LANDS: Final = frozenset({"territory", "territories", "areas", "area", "land", "lands"})
_HOLDING_PARTICIPLES: Final = frozenset({"controlled", "held", "occupied", "governed"})
# Prepositions that open a way of their own: "from Minsk to Ukraine" names Ukraine as the
# way "to" gives, past the place "from" gives.
_WAY_PREPOSITIONS: Final = frozenset({"to", "into", "from", "via", "through"})
# Prepositions before a country that make it no subject "it" may stand for: "in Russia".
_PLACE_PREPOSITIONS: Final = _WAY_PREPOSITIONS | {"by", "with", "for", "of", "in", "against"}


_AUXILIARIES: Final = frozenset(
    {"had", "have", "has", "been", "were", "was", "are", "is", "be", "being", "reportedly"}
    | {"now", "also", "still", "since", "more", "listed", "reported", "considered"}
    | {"remain", "remained", "remains", "as", "officially", '"', "”"}
)
_CASUALTY_PARTICIPLES: Final = frozenset(
    {"killed", "dead", "wounded", "injured", "missing", "slain", "lost", "captured", "surrendered"}
    | {"held"}
)

# Verbs that put people on a register "as" a status: "listed as missing", "registered as POWs".
_REGISTERING: Final = frozenset(
    {"registered", "listed", "recorded", "counted", "confirmed", "classified", "declared"}
)
# Nouns of a captive status after "as": "registered as prisoners of war".
_CAPTIVE_NOUNS: Final = frozenset({"prisoners", "pows", "captives", "prisoner", "pow"})

# The words of a force's name before its country: "the armed forces of Ukraine".
_ARMED_FORCES: Final = frozenset({"the", "armed", "forces", "army", "of", "troops", "military"})
# Nouns of a country's fighting force: "from the Russian army", "from the armed forces of".
_FORCE_NOUNS: Final = (_ARMED_FORCES - {"the", "armed", "of"}) | {"navy"}

# What is published with a date: "figures released on Monday", "the data released in May".
_PUBLISHED_THINGS: Final = frozenset(
    {"figure", "figures", "data", "count", "report", "statement", "list", "register", "tally"}
)

# Participles of telling a figure: "figures cited by Ukrainian officials" names who told them.
_SOURCED_PARTICIPLES: Final = frozenset(
    {"cited", "quoted", "compiled", "released", "published", "provided", "given", "issued"}
)

# Verbs that state a total "as" a figure: "gave the total as 1,000,340", "listed it as".
_GIVE_TOTAL: Final = frozenset({"gave", "give", "gives", "giving", "put", "puts", "listed"})
# Pronouns that may give a total in a relative clause: "the total it put", "the number he gave".
_GIVERS: Final = lx.TELLER_PRONOUNS
# Nouns of a published count dated by "of": "its update of 4 July", "the bulletin of 3 May".
_PUBLISHED_NOUNS: Final = frozenset({"update", "updates", "bulletin", "release", "tally", "count"})
# Nouns of a count's new edition that "on <day>" dates: "said in an update on Wednesday".
_UPDATE_NOUNS: Final = frozenset({"update", "updates", "bulletin"})
# Nouns of what a broadcast tells: "our top story tonight:", "in the headlines today,".
_STORY_NOUNS: Final = frozenset({"story", "stories", "headline", "headlines", "news"})
_STARTING: Final = frozenset(
    {"launched", "began", "begun", "started", "start", "beginning", "outset", "invaded"}
)

_APPOSITION_WORDS: Final = frozenset(
    {"and", "or", "both", "alike", "most", "many", "of", "them", "mostly", "including"}
    | {"together", "combined", "as", "well"}  # "troops as well as civilians"
    | {"military", "civilian"}  # "70,000 Ukrainians, military and civilian, are missing"
)
# Words that may stand between "total" and the link to its figure: "the total so far
# since the start of the war had reached".
_TOTAL_GAP: Final = frozenset(
    {"so", "far", "now", "since", "the", "start", "beginning", "of", "war", "invasion"}
    | {"full-scale", "full", "scale", "year", "this", "had", "has", "have", "been", "is"}
    | {"was", "for", "overall", "cumulative", "returned", "freed", "released", "exchanged", ","}
    | {"grown", "grew", "risen", "rose", "climbed", "increased"}  # "the total has grown to"
    | {"stood", "stands", "stand"}  # "the total since 2022 now stood at 6,000"
    | {"-", "russian", "russia's"}  # "since the full-scale invasion", "since Russia's invasion"
    | {"probably", "likely", "possibly", "perhaps", "reportedly"}  # "the total had likely passed"
)

_CAPTIVITY: Final = frozenset({"captivity", "custody", "hands", "prisons", "jails", "detention"})
# Participles that report a present state of people: "believed to be in captivity".
_REPORTED_STATE: Final = BELIEF_PAST | {"said"}
# Words after "to be" that say people are held: "believed to be held", "... in custody".
# Where a side holds its captives: "from a Russian prison" names the side that held them.
_HELD_PLACES: Final = _CAPTIVITY | frozenset(
    {"prison", "jail", "camp", "colony", "centre", "center", "facility", "cell"}
)
_HELD_STATE_WORDS: Final = _CAPTIVITY | frozenset({"held", "captive", "detained", "imprisoned"})
# Who may own the camps that hold captives: "in Russian camps", "in prison camps".
_SIDE_CAMPS: Final = lx.SIDE_ADJECTIVES | {"prison", "enemy"}

_SPEAKER_NOUNS: Final = frozenset(
    {"officials", "authorities", "governments", "leaders", "sources", "media", "sides"}
)

# Verbs that report a loss at second hand: "are believed to have been killed".
_HEARSAY: Final = frozenset(
    {"believed", "thought", "feared", "estimated", "said", "reported", "presumed", "understood"}
)

# Heads of a stated running total of people: "the number of", "Ukraine's count of".
_NUMBER_HEADS: Final = frozenset({"number", "count", "tally", "total"})

_SPEAKER_RELATIVES: Final = frozenset({"that", "which", "whom"})  # "an exchange that X said ..."
# Conjunctions opening a clause of time: "a day after X said ...", "hours before Y announced".
_TIME_SUBORDINATORS: Final = frozenset({"after", "before", "until", "when"})
_EVENT_NOUNS: Final = frozenset({"deal", "deals", "operation", "operations", "agreement"})
_CLAUSE_CONTRASTS: Final = frozenset({"while", "whereas", "but", "although", "though"})

_OFFSET_UNITS: Final = {"day": 1, "days": 1, "week": 7, "weeks": 7}
_OFFSET_WORDS: Final = lx.A_OR_NUMBER_VALUES  # "a day after", "three weeks before"


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


_Reader = TypeVar("_Reader", bound="_SentenceBase")
_Found = TypeVar("_Found")


# what a teller gives on a day: "gave figures on Thursday" dates the telling
_FIGURES_GIVEN: Final = frozenset({"figures", "figure", "numbers", "details", "breakdown"})


class _Positions(Generic[_Reader, _Found]):
    """A list (of token positions or spans) worked out on first read, then kept on the sentence.

    Like :func:`functools.cached_property`, without the lock that Python 3.11
    takes on every first read (one sentence is only ever read by one thread).
    """

    def __init__(self, compute: Callable[[_Reader], list[_Found]]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    @overload
    def __get__(self, sentence: None, owner: type[_Reader]) -> _Positions[_Reader, _Found]: ...

    @overload
    def __get__(self, sentence: _Reader, owner: type[_Reader] | None = None) -> list[_Found]: ...

    def __get__(
        self, sentence: _Reader | None, owner: type[_Reader] | None = None
    ) -> list[_Found] | _Positions[_Reader, _Found]:
        if sentence is None:
            return self  # read on the class
        # Stored under the same name, the value hides this descriptor from then on (set as
        # an attribute: reading ``__dict__`` would turn the sentence's attributes into a
        # dictionary of their own, whose method lookups Python 3.11 does not speed up).
        value = self.compute(sentence)
        setattr(sentence, self.name, value)
        return value


_Asked = TypeVar("_Asked")
_Answer = TypeVar("_Answer")


def kept_answers(
    rule: Callable[[_Reader, _Asked], _Answer],
) -> Callable[[_Reader, _Asked], _Answer]:
    """``rule`` worked out once per sentence and object asked about, then read back.

    For rules whose answer depends only on the sentence's words and mentions (never on
    the discourse or on what other rules noted) and that several rules ask about the
    same date: "did this date tell a statement?" is asked by the scene, the tallies
    and the claims alike. The object asked about is kept by identity, as the rules
    tell a mention of the sentence from an equal one made by another rule.
    """

    def kept(sentence: _Reader, asked: _Asked) -> _Answer:
        answers = sentence._answers
        key = (rule, id(asked))
        found = answers.get(key)
        if found is None:
            # the object is held with its answer, so no other object can take its id
            found = answers[key] = (asked, rule(sentence, asked))
        return cast(_Answer, found[1])

    kept.__name__ = rule.__name__
    kept.__doc__ = rule.__doc__
    return kept


class _SentenceBase:
    """The state of one sentence and the helpers that rules of several concepts share."""

    # The attributes every sentence sets, in slots: the rest (caches of the rules, found
    # on first use) then stay few enough for Python 3.11 to keep them in the shared
    # layout whose attribute and method lookups it specializes (at most 30). ``norm`` is
    # called as a method, a lookup Python 3.11 never specializes for a value of the
    # instance: from a slot its descriptor gives it straight, with no search of the
    # instance's attributes (fewer instructions, under callgrind, than from that layout).
    __slots__ = (
        "__dict__",
        "_actor_cache",
        "_answers",
        "_belligerents",
        "_captured",
        "_civilian",
        "_clauses",
        "_exchange_count",
        "_first_counted",
        "_loss",
        "_offset_cache",
        "_same_cache",
        "_where",
        "according_spans",
        "attribution",
        "discourse",
        "first",
        "index",
        "joint_sources",
        "last",
        "m",
        "norm",
        "norm_at",
        "norm_set",
        "norms",
        "owner",
        "publisher_kind",
        "text",
        "tokens",
        "two_way",
        "verb_speakers",
    )

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
        # the norms the mention finder read, shared rather than read again
        self.norms, self.norm_set, self.norm, self._where, self.norm_at = mentions.words
        self.m = (
            _without_unsaid(tokens, first, last, mentions)
            if "without" in self.norm_set
            else mentions
        )
        self.discourse = discourse
        self.text = text  # the document's visible text
        self.according_spans: list[tuple[int, int]] = []
        self.attribution: SourceEntry | None = None
        # the source of an "according to" in a relative clause on the people ("bodies
        # which, according to Moscow, are ..."): it vouches for who they are, not the handover
        self.vouching: SourceEntry | None = None
        self.joint_sources: tuple[SourceEntry, ...] = ()  # "according to both X and Y"
        self.verb_speakers: list[tuple[int, tuple[SourceEntry, ...]]] = []
        self.owner: SourceEntry | None = None
        self.two_way: tuple[PersonCategory, str] | None = None  # see SentenceFacts.two_way
        self._offset_cache: list[tuple[int, int]] | None = None
        self._same_cache: int | None = None  # where "the same swap" opens; -1 if nowhere
        self._first_counted: int | None = None  # end of the first figure that counts people
        self._actor_cache: list[PartyMention] | None = None
        self._exchange_count: Count | Literal[False] | None = None
        self._clauses: Clauses | None = None
        self._answers: dict[tuple[object, int], tuple[object, object]] = {}  # kept_answers
        # Caches of the rules of several concepts, each worked out on first use and then
        # kept. They read ``self.m``, which is set once above and never replaced, so they
        # cannot go stale: where :meth:`_first_struck_toll` found the toll (-1: none), the
        # asides of :meth:`_name_asides`, and the parties by their edges (:meth:`_party_edges`).
        self._struck_toll_cache: int | None = None
        self._fronted_cache: int | None = None  # where a cause naming one attack ends; -1: none
        self._name_aside_cache: dict[int, int | None] | None = None
        self._edges_cache: (
            tuple[dict[int, list[PartyMention]], dict[int, list[PartyMention]]] | None
        ) = None

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
        return positions_of(lx.REGIONS, self.norms, self.first)

    @_Positions
    def breaks(self) -> list[int]:
        """Where the sentence's clauses may break, in order.

        The comma inside a written date ("since February 24, 2022 at ...") breaks no
        clause: the date is one phrase.
        """
        inside = {
            i for d in self.m.dates for i in range(d.first + 1, d.last) if self.norm_at[i] == ","
        }
        norms, first = self.norms, self.first
        return [
            i
            for i in indexed_positions(_BREAK_CANDIDATES, self.norm_set, self._where)
            if (norms[i - first] in lx.BREAK_WORDS and i not in inside)
            or (norms[i - first] == "-" and self.spaced_dash(i))
        ]

    def spaced_dash(self, i: int) -> bool:
        """Whether the token at ``i`` is a dash or a spaced hyphen standing for one."""
        return spaced_dash(self.tokens, i, self.first, self.last)

    def dated_list_dash(self, start: int, figure: FigureMention, stop: int) -> int | None:
        """The one dash between ``start`` and the figure, when the figure's clause names its day.

        "September saw two swaps - 60 came home on the 3rd, and ...": after a count of
        exchanges the dash opens their list, as a colon does, each item one exchange. Two
        dashes set off an aside instead, and a figure with no day may still be their sum.
        """
        dashes = [i for i in range(start, figure.first) if self.spaced_dash(i)]
        if len(dashes) != 1:
            return None
        dated = any(
            figure.np_end <= d.first < stop
            and self._item_day(figure, d.first)
            and _DAY_IN_DATE.search(d.text) is not None
            for d in self.m.dates
        )
        return dashes[0] if dated else None

    def _item_day(self, figure: FigureMention, day: int) -> bool:
        """Whether the date at ``day`` is the day of one item: "on 3 May", "on the 3rd".

        "... - 4,552 have come home as of (by, since) 19 September" dates a running total
        instead; so does a present perfect between the figure and its date.
        """
        on = day - 1 - (self.norm_at[day - 1] == "the")
        return self.norm_at[on] == "on" and not any(
            self.norm_at[k] in _HAVE for k in range(figure.last + 1, on)
        )

    @_Positions
    def figure_starts(self) -> list[int]:
        """Where each of ``m.figures`` begins (found in the text's order, so ascending).

        Rules look up the figure nearest a word in it by bisection, once per word,
        instead of rebuilding it or scanning every figure.
        """
        return [f.first for f in self.m.figures]

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
        # "each time", "on each occasion", "in each case": a series, not one figure per side
        sides = [
            i
            for i in self._positions(lx.PER_SIDE)
            if self.norm_at[i + 1] not in _TIMES | lx.RECURRING
            and self.norm_at[i + 2] not in _TIMES | lx.RECURRING
            and not self._each_of_a_set(i)
            and not (
                self.norm_at[i] == "each" and each_over_listed_dates(self.norm, self.m.dates, i)
            )
            # "sentenced to 25 years each": a span shared out over people, not sides
            and self.norm_at[i - 1] not in _TIME_UNITS
            and not self._side_of_place(i)
            and not self._sides_speaking(i)
        ]
        more = self._positions(lx.PER_SIDE_MORE)
        if more:
            sides = sorted(set(sides) | set(more))
        return sides

    def _sides_speaking(self, i: int) -> bool:
        """Whether the per-side phrase at ``i`` says who speaks: "officials on both sides said".

        "On both sides" after a noun and before a speech verb places the speakers; it
        shares no figure out per side.
        """
        start = i - (self.norm_at[i - 1] == "on")  # "each side" inside "on each side"
        if self.norm_at[start] != "on":
            return False  # most per-side phrases: "each", "per side", "apiece"
        found = lx.PER_SIDE.match(self.tokens, start, self.last)
        return found is not None and self.norm_at[found[0]] in lx.SPEECH

    def _side_of_place(self, i: int) -> bool:
        """Whether the per-side phrase at ``i`` says where: "from each side of the river"."""
        found = lx.PER_SIDE.match(self.tokens, i, self.last)
        return found is not None and lx.side_of_place(self.tokens, found[0], self.last)

    def _each_of_a_set(self, i: int) -> bool:
        """Whether "each of" at ``i`` shares a figure out over a set that is not the sides.

        "1,000 bodies in each of July, August and September", "in each of its last
        two swaps": one figure per month or event, one way; "each of the two sides"
        and "each of them" still count per side.
        """
        return (
            self.norm_at[i] == "each"
            and self.norm_at[i + 1] == "of"
            and not any(
                self.norm_at[j] in lx.EACH_OF_SIDES for j in range(i + 2, min(self.last, i + 6))
            )
        )

    def _positions(self, matcher: lx.PhraseMatcher[bool]) -> list[int]:
        """Where a phrase of ``matcher`` begins, in order."""
        if matcher.firsts.isdisjoint(self.norm_set):
            return []  # most sentences: no word a phrase begins with (no set built)
        hits = matcher.firsts.intersection(self.norm_set)
        where = self._word_index()
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

    def _word_index(self) -> dict[str, list[int]]:
        """The positions of each word of the sentence, in order (the mention finder's index)."""
        return self._where

    def _at(self, words: Collection[str], start: int, stop: int) -> list[int]:
        """Where any of ``words`` stands in ``start`` .. ``stop``, in order.

        The same as testing ``self.norm(i) in words`` at every position of the
        range, read from the word index instead: rules that look for a few words
        over a clause, for every figure, cost a lookup rather than a scan.
        """
        norm_set = self.norm_set
        if norm_set.isdisjoint(words):
            return []  # most ranges: none of the words in the whole sentence (no set built)
        hits = norm_set.intersection(words)
        where = self._where
        found: list[int] = []
        for n in hits:
            at = where[n]
            found += at[bisect.bisect_left(at, start) : bisect.bisect_left(at, stop)]
        if len(hits) > 1:
            found.sort()
        return found

    @staticmethod
    def _any_in(positions: list[int], start: int, stop: int) -> bool:
        k = bisect.bisect_left(positions, start)
        return k < len(positions) and positions[k] < stop

    def _speaker_mentions(self) -> list[tuple[int, int, SourceEntry]]:
        """Every source or named party that could be a speaker, in order.

        "The agency", "he" or "its authors" point back to the latest speaker of
        a fitting kind, in this sentence first, then in the ones before.
        """
        found: list[tuple[int, int, SourceEntry]] = []
        covered: set[int] = set()
        for mention in self.m.sources:
            entry = mention.entry
            side = self._anaphor_side(mention) if entry is None else None
            if entry is None and self._it_is_local_body(mention):
                continue
            if entry is None and not found and self._it_says(mention):
                entry = self._opening_country(mention.first)
            if entry is None:
                entry = next(
                    (e for _, _, e in reversed(found) if e.role in mention.anaphor), None
                ) or self.discourse.resolve(mention.anaphor)
                if side is not None and (entry is None or entry.party != side):
                    # "the Russian ministry": another side's ministry is not it; with
                    # none of its own named before, it is the side's own
                    entry = lx.office(
                        side, lx.PARTY_NAMES.get(side, side), _LONE_OFFICES[Role.MINISTRY]
                    )
                if entry is not None and self._other_staff(mention.first, mention.last, entry):
                    entry = None  # "the army" named before is no "General Staff"
                if self.norm_at[mention.last - 1] == "president" and entry not in lx.PRESIDENTS:
                    # "..., when the president gave a figure": not the aide named last
                    entry = None
            if (entry is None or entry.party is None) and mention.anaphor in (
                (Role.MINISTRY,),
                (Role.MILITARY,),
            ):
                # "What does Russia say about its losses? ... the defence ministry said":
                # with no ministry of a side named before, the office is the state the
                # sentence before spoke of alone ("Moscow's own figures are sparse."), or
                # the one last heard from
                entry = (
                    self._lone_side_before(mention.anaphor[0])
                    or entry
                    or self.discourse.resolve((Role.GOVERNMENT,))
                )
            if entry is not None:
                found.append((mention.first, mention.last, entry))
                covered.update(range(mention.first, mention.last))
        for party in self.m.parties:
            if (
                party.noun
                and party.first not in covered
                and (
                    party.role == ACTOR or (party.role == MEDIATOR and self._mediator_tells(party))
                )
            ):
                name = lx.PARTY_NAMES.get(party.code, party.code)
                found.append((party.first, party.last, lx.government(party.code, name)))
        found.sort()
        return found

    def _mediator_tells(self, party: PartyMention) -> bool:
        """Whether a mediator is the subject of a verb of saying that tells the figures.

        "Qatar said seven children were returned", "the UAE has said 150 were
        freed": the verb ("has" or "had" may come first) right after the mediator,
        with every figure of the sentence after it. "A deal the UAE said it had
        brokered", "..., the UAE said", "children, which Qatar said numbered five"
        tell only the mediation or an aside: the figures stay their clause's teller's.
        """
        at = party.last + (self.norm_at[party.last] in ("has", "had"))
        if at not in self.m.speech:
            return False
        opening = party.first - (self.norm_at[party.first - 1] == "the")
        if self.norm_at[opening - 1] in ("which", "that", "who", "whom"):
            return False
        return all(f.first > at for f in self.m.figures)

    def names_local_body(self) -> bool:
        """Whether the sentence names a town's or region's own body and no known teller.

        "In Uman, the city council keeps its own list.": a later "it" is that council.
        """
        return not any(m.entry is not None for m in self.m.sources) and any(
            self.norm_at[i - 1] in lx.LOCAL_BODY_PLACES
            for i in self._at(lx.LOCAL_BODIES, self.first + 1, self.last)
        )

    def told_by_local_body(self) -> bool:
        """Whether the sentence's teller is the local body the sentence before named.

        Such a body counts its own town's or region's people: a local toll, no claim.
        """
        return any(self._it_is_local_body(m) for m in self.m.sources if m.entry is None)

    def _it_is_local_body(self, mention: SourceMention) -> bool:
        """Whether a bare "it" opening the sentence points to the local body just named.

        "The village council keeps a list. It counts 40 residents killed": "it" is the
        council, which counts its own residents, not a teller named further back.
        """
        return (
            mention.first == self.first
            and mention.last == mention.first + 1
            and self.norm_at[mention.first] == "it"
            and self.discourse.local_body == self.index - 1
        )

    def staff_guessed(self, teller: SourceEntry) -> bool:
        """Whether ``teller`` is the government a bare "the General Staff" fell back to.

        With no general staff or forces named before, "the General Staff reported ..."
        is read as the office of the government last heard from: a guess at its side,
        which is not safe enough to say whom its "enemy" means.
        """
        staffs = {
            (m.first, m.last)
            for m in self.m.sources
            if m.entry is None
            and self.norm_at[m.last - 1] == "staff"
            and self._anaphor_side(m) is None
        }
        return bool(staffs) and any(
            (first, last) in staffs and entry is teller and entry.role is Role.GOVERNMENT
            for first, last, entry in self._speaker_mentions()
        )

    def _anaphor_side(self, mention: SourceMention) -> str | None:
        """The side whose adjective stands inside an anaphor: "the Russian ministry"."""
        return next(
            (
                lx.ADJECTIVE_SIDES[self.norm_at[i]]
                for i in range(mention.first, mention.last)
                if self.norm_at[i] in lx.ADJECTIVE_SIDES
            ),
            None,
        )

    def _other_staff(self, first: int, last: int, entry: SourceEntry) -> bool:
        """Whether "the General Staff" at ``first``..``last`` would point back to another body.

        A general staff is one named body of a side's forces, so the words point back
        to a General Staff named before or to forces that have spoken ("Ukraine's military
        said ..."); an army only named ("taken prisoner by the Russian army") says nothing
        of whose staff reports now.
        """
        return (
            self.norm_at[last - 1] == "staff"
            and "general staff" not in entry.name.lower()
            and entry not in self.discourse.spoken
        )

    def _it_says(self, mention: SourceMention) -> bool:
        """Whether the mention is a bare "it" that a verb of saying follows: "it said"."""
        at = mention.first
        bare = mention.last == at + 1 and self.norm_at[at] == "it"
        return bare and self.norm_at[at + 1] in lx.SPEECH

    def _opening_country(self, pronoun: int) -> SourceEntry | None:
        """The one country named before "it" in the sentence, as the government "it" is.

        "Russia rarely gives figures; in May it said it had received 40": with no
        speaker named before it in the sentence, "it" is the country that opened it,
        not the agency a sentence before quoted. A country after a preposition ("in
        Russia"), one owning a noun ("Moscow's count") or one of people counted ("40
        Russians") opens nothing.
        """
        countries = [p for p in self.m.parties if p.last <= pronoun and p.role != NATIONALITY]
        if not countries or any(
            self.norm_at[p.first - 1] in _PLACE_PREPOSITIONS
            or ends_possessive(self.tokens[p.last - 1].text)
            for p in countries
        ):
            return None
        named = {p.code for p in countries}
        if len(named) != 1 or named & MEDIATOR_CODES:
            return None
        code = named.pop()
        return lx.government(code, lx.PARTY_NAMES.get(code, code))

    def _lone_side_before(self, role: Role) -> SourceEntry | None:
        """The ministry or military of the one side the sentence before named as acting."""
        lone = self.discourse.lone_side
        if lone is None or lone[0] != self.index - 1:
            return None
        return lx.office(lone[1], lx.PARTY_NAMES.get(lone[1], lone[1]), _LONE_OFFICES[role])

    def lone_side(self, belligerents: Sequence[str]) -> str | None:
        """The one belligerent this sentence names, as a side that acts ("Moscow's own figures").

        Only a sentence with no figure sets the side this way: one that gives a figure
        ("A Russian senator said Moscow had received 20.") is a rival's count, and the
        office after it may be the other side's.
        """
        if self.m.figures:
            return None
        named = {p.code for p in self.m.parties if p.code in belligerents}
        acting = {p.code for p in self.m.parties if p.role == ACTOR and p.noun}
        return named.pop() if len(named) == 1 and named <= acting else None

    def _in_according(self, i: int) -> bool:
        return any(a <= i < b for a, b in self.according_spans)

    def speaker_near(self, position: int) -> SourceEntry | None:
        """The speaker of the verb of saying nearest to ``position``; one speaker only."""
        said = [vs for vs in self.verb_speakers if not self._says_in_relative(position, vs[0])]
        if any(verb < position for verb, _ in said):
            # "Russia said it had handed over 84, Kyiv said it had received 78": a later
            # speaker whose own reported clause follows speaks for that clause only
            said = [vs for vs in said if not self._tells_onward(position, vs[0])]
        if not said:
            return None
        _, subject = min(said, key=lambda vs: abs(vs[0] - position))
        return subject[0] if len(subject) == 1 else None

    def _tells_onward(self, position: int, verb: int) -> bool:
        """Whether the verb of saying after ``position`` opens a new reported clause of its own.

        A comma or semicolon parts the figure from it, a subject pronoun follows it and a
        figure of its own comes after (", Kyiv said it had received 78"); a speaker set off
        after the figure (", Kyiv said.") or whose clause goes on about the figure ("a
        threshold Kyiv says it crossed in June") is the figure's.
        """
        if verb <= position or not any(
            self.norm_at[i] in (",", ";") for i in range(position, verb)
        ):
            return False
        after = verb + 1 + (self.norm_at[verb + 1] == "that")
        return self.norm_at[after] in lx.SUBJECT_PRONOUNS and any(
            f.first > after for f in self.m.figures
        )

    def relative_before(self, verb: int, mentions: list[tuple[int, int, SourceEntry]]) -> bool:
        """Whether the verb of saying opens a relative clause with a speaker of its own.

        "people that Russia says are ...", "some of whom Moscow said ...": the speaker is
        named between the relative word and the verb ("a project which counts ..." has
        none: the relative is its subject).
        """
        for i in range(verb - 2, max(self.first, verb - 8) - 1, -1):
            word = self.norm_at[i]
            if word in _CLAUSE_MARKS or self.norm_at[i + 1] in _CLAUSE_MARKS:
                return False
            if word in ("which", "whom", "who") or (
                word == "that"
                and self.norm_at[i - 1] not in lx.SPEECH
                and i - 1 not in self.m.speech
            ):
                # "whom Moscow said", "which officials say": the speaker between them
                return i == verb - 2 or any(
                    i < first and last <= verb for first, last, _ in mentions
                )
        return False

    def attribution_at(self, position: int) -> SourceEntry | None:
        """The sentence's "according to X" source, unless it is told in a later clause.

        "On May 3, the ministry said, 82 came back, and in June, according to Kyiv, 50
        more": a clause joined on after the figure ("and", "but" after a comma or a
        semicolon) holds its own source, and the figure keeps its own clause's speaker.
        """
        if self.attribution is None or not self.according_spans:
            return self.attribution
        start = min(first for first, _ in self.according_spans)
        if start <= position:
            return self.attribution
        for j in range(position + 1, start):
            joint = self.norm_at[j] == ";" or (
                self.norm_at[j] in ("and", "but") and self.norm_at[j - 1] == ","
            )
            if joint and any(verb < j for verb, _ in self.verb_speakers):
                return None
        return self.attribution

    def leg_source(self, position: int) -> tuple[SourceEntry | None, bool]:
        """Who a leg at ``position`` is attributed to, and whether "according to" names them.

        The sentence's "according to X" wins over the nearest speaker; the publisher's own
        voice is no attribution (None).
        """
        accorded = self.attribution
        attributed = accorded or self.speaker_near(position)
        return (None if attributed is PUBLISHER else attributed), accorded is not None

    def _says_in_relative(self, position: int, verb: int) -> bool:
        """Whether the verb of saying stands in a relative clause opened after ``position``.

        "Ukraine brought home 205 people in an exchange that Russia's defence
        ministry said had seen ...": the ministry speaks for what its own clause
        tells, not for the figure before the clause.
        """
        if self._says_in_contrast(position, verb):
            return True
        for i in range(verb - 1, max(self.first, verb - 8) - 1, -1):
            word = self.norm_at[i]
            if word in (",", ";", ":", "(", "—", "–"):
                return False
            if word in _TIME_SUBORDINATORS and (position < i or self._clause_mark(verb, position)):
                # "175 were freed, a day after X told Y that ..., and 22 ...": the time
                # clause's speaker tells what came before, not the figure outside it
                return True
            if word == "as" and position < i and self._figure_between(verb, self.last):
                # "909 bodies come home as Russia says it received 43": the clause's own figure
                return True
            if word not in _SPEAKER_RELATIVES or i == position:
                continue
            if verb < position:
                # "the remains of 1,245, which Russia says are Ukrainian, were handed over,
                # and the bodies of 19 ...": the clause is about the people before it
                return any(
                    self.norm_at[j] in (",", ";")
                    for j in range(self._past_that_aside(verb), position)
                )
            if i < position:
                return False
            commas = [j for j in range(position, i) if self.norm_at[j] == ","]
            if commas and (commas[0] != i - 1 or not self._people_end(i - 1)):
                # "150 were freed ..., after a pause that Kyiv blamed on ...": the figure's
                # clause is over; ", which Russia says are ..." right after the people is not
                return True
            # hung on the event ("an exchange that ..."), not on the figure's people
            # ("1,000 bodies on Thursday that Moscow says are Ukrainian soldiers")
            return self.norm_at[i - 1] in _EXCHANGE_NOUNS | _EVENT_NOUNS
        return False

    def _past_that_aside(self, verb: int) -> int:
        """Where the told clause goes on after an aside set off right after "said that".

        "in which it said that, since 6 August, the enemy had lost 12,400": the commas
        enclose a phrase inside what is said, so they do not close the relative clause.
        """
        if self.norm_at[verb + 1] != "that" or self.norm_at[verb + 2] != ",":
            return verb
        close = next((j for j in range(verb + 3, self.last) if self.norm_at[j] == ","), None)
        return verb if close is None else close + 1

    def _clause_mark(self, start: int, end: int) -> bool:
        """Whether a comma or another clause mark stands between ``start`` and ``end``."""
        return any(self.norm_at[j] in _CLAUSE_MARKS for j in range(start, end))

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
        opener = self.norm_at[start + self.first]
        return opener in _CLAUSE_CONTRASTS or (
            start > 0 and self.norm_at[start + self.first - 1] == ";"
        )

    @property
    def clauses(self) -> Clauses:
        """The sentence's clauses (positions in them are relative to ``self.first``)."""
        if self._clauses is None:
            ends = [f.np_end - self.first for f in self.m.figures if f.noun is not None]
            self._clauses = Clauses(self.norms, ends)
        return self._clauses

    def _in_relative(self, i: int) -> bool:
        # the slot first: asked for every figure, the property's call costs more than the test
        clauses = self._clauses or self.clauses
        return clauses.in_relative(i - self.first)

    def _in_other_relative(self, i: int, at: int) -> bool:
        """Whether word ``i`` is inside a set-off relative clause that word ``at`` is not in."""
        return self._in_relative(i) and not self.clauses.same_relative(
            i - self.first, at - self.first
        )

    def _actors(self) -> list[PartyMention]:
        if self._actor_cache is None:
            self._actor_cache = [
                p
                for p in self.m.parties
                if p.role == ACTOR and not self._in_according(p.first) and p.code != "GBR"
            ]
        return self._actor_cache

    def _figure_between(self, start: int, end: int) -> bool:
        return any(start <= f.first < end for f in self.m.figures)

    def _count_between(self, start: int, end: int) -> bool:
        """Whether a figure that may count people stands in ``start:end``.

        A span of time or a measure ("who spent three (long) years in detention",
        "some 40 kilometres away") counts no one, so an aside holding only such
        figures still describes the people named before it.
        """
        units = _TIME_UNITS | lx.MEASURES
        return any(
            start <= f.first < end
            and not (
                f.noun is None
                and (
                    self.norm_at[f.last] in units
                    or (self.norm_at[f.last].isalpha() and self.norm_at[f.last + 1] in units)
                )
            )
            for f in self.m.figures
        )

    def _held_land_by(self, by: int) -> bool:
        """Whether "by" at ``by`` names who holds a territory: "to areas controlled by Kyiv"."""
        return (
            self.norm_at[by] == "by"
            and self.norm_at[by - 1] in _HOLDING_PARTICIPLES
            and self.norm_at[by - 2] in _HELD_LANDS
        )

    def _told_by(self, by: int) -> bool:
        """Whether the "by" at ``by`` follows a past participle of telling, maybe two words on.

        "handovers, each announced within hours by Kyiv", "a figure confirmed by Moscow":
        the party after it told of the handover; it did not send anyone. A side phrase
        before "by" is passed over: "figures confirmed on the Russian side by Medinsky".
        """
        if self.norm_at[by - 1] == "side" and self.norm_at[by - 3] == "the":
            by -= 3 + (self.norm_at[by - 4] in ("on", "from"))  # "on the Russian side"
        for k in range(by - 1, max(self.first, by - 4) - 1, -1):
            word = self.norm_at[k]
            if word in lx.SPEECH and (word.endswith("ed") or word in ("told", "wrote")):
                return True
            if not word.isalpha():
                return False
        return False

    def _party_after(self, words: tuple[str, ...], start: int, stop: int) -> str | None:
        """The actor named after one of ``words`` ("to Ukraine", "from Russian captivity")."""
        actors = self._actors()
        outside = not self._in_relative(start)
        for i in self._at(words, start, stop):
            if self.norm_at[i] == "to" and self.norm_at[i + 1] in _INFINITIVES:
                continue  # "some may prove to be Russian": "to" before a verb leads nowhere
            if self.norm_at[i] == "to" and self.norm_at[i - 1] in lx.TO_PHRASES:
                continue  # "according to the Ukrainian ministry": a source, not a way
            if outside and self._in_relative(i):
                continue  # "whose leaders kept channels to Moscow open": not the main clause's
            if self._held_land_by(i):
                continue  # "to territory controlled by Kyiv": where they went, not who sent
            if (
                self.norm_at[i] == "by"
                and self.norm_at[i - 1] in _SOURCED_PARTICIPLES
                and self.norm_at[i - 2] in _PUBLISHED_THINGS
            ):
                continue  # "according to figures cited by Ukrainian officials": a source
            if self.norm_at[i] == "by" and self._told_by(i):
                continue  # "each announced within hours by Kyiv": who told, not who sent
            if self._from_a_thing(i):
                continue  # "sailors from a Ukrainian ship": whose ship, not who sent them
            named = [
                p
                for p in self.m.parties
                if i < p.first <= i + 4
                # "brought back from occupied territory, the Ukrainian ombudsman said": a
                # party past a comma is the next phrase's, not the place named; past another
                # way's preposition ("returned from Minsk to Ukraine") it is that way's
                and not self._at((",", ";", *_WAY_PREPOSITIONS), i + 1, p.first)
            ]
            # "to Ukrainian servicemen" says whose they are, not where they went;
            # "by Qatar" names a go-between
            if named and named[0] in actors:
                return named[0].code
            if not named and self._government_held_land(i + 1):
                return "UKR"  # "returned to government-controlled territory": Kyiv's side
        return None

    def _from_a_thing(self, at: int) -> bool:
        """Whether "from" at ``at`` opens "a" or "an" before a side's adjective and a thing.

        "11 sailors from a Ukrainian ship" says whose ship the people came off, not who
        handed them over; "from a Russian prison" still names where they were held.
        """
        if self.norm_at[at] != "from" or self.norm_at[at + 1] not in ("a", "an"):
            return False
        return not any(self.norm_at[k] in _HELD_PLACES for k in range(at + 2, at + 6))

    def _government_held_land(self, at: int) -> bool:
        """Whether "(the) government-controlled territory" (or areas) opens at ``at``.

        In reporting on the war, land the government controls is the land Kyiv holds,
        set against the occupied areas: a return "to government-controlled areas" is
        a return to Ukraine. Only the compound before a noun of land is read.
        """
        at += self.norm_at[at] == "the"
        if self.norm_at[at] != "government":
            return False
        at += 1 + (self.norm_at[at + 1] == "-")
        return self.norm_at[at] in ("controlled", "held") and self.norm_at[at + 1] in _HELD_LANDS

    def _receiver_before_own(self, figure: FigureMention) -> str | None:
        """The side named by "to <side>" right after a verb of giving and before "N of its".

        "Kyiv transferred to Moscow 90 of its servicemen": a side hands over the people
        it holds, the receiver's own, so "its" is the side the people go to, named
        outright between the verb and the figure.
        """
        party = next(
            (p for p in self._actors() if p.last == figure.first and p.role != MEDIATOR), None
        )
        if party is None or self.norm_at[party.first - 1] != "to":
            return None
        return party.code if self._giving_verb_ends(party.first - 2) else None

    def _giving_verb_ends(self, at: int) -> bool:
        """Whether a verb of giving ends at ``at``: "transferred", "handed over", "gave back"."""
        verb = at - (self.norm_at[at] in ("over", "back"))
        return lemma(self.norm_at[verb]) in _GIVING_HEADS

    def _owns_the_object(self, party: PartyMention) -> bool:
        """Whether ``party`` owns the object right after a verb of giving: "returned Kyiv's dead".

        "Russia handed back Ukraine's dead, receiving 40 of its own": the side whose
        dead were handed over is part of the object, not the one that receives "its own".
        """
        possessive = ends_possessive(self.tokens[party.last - 1].text.lower())
        return possessive and self._giving_verb_ends(party.first - 1)

    def _nationality(self, figure: FigureMention, stop: int) -> str | None:
        if figure.nationality is not None:
            return figure.nationality
        if figure.pronoun in ("its", "their"):
            receiver = self._receiver_before_own(figure)
            if receiver is not None:
                return receiver
            reporting = self._reported_teller(figure)
            if reporting is not None:
                return reporting
            # "Kyiv, the Russian ministry said, returned 40 of its soldiers": the teller in
            # an aside of saying owns nothing; "its" is the clause's subject's
            # "Russia, whose ministry spoke after Kyiv did, got back eight of its
            # civilians": a party inside a relative clause the figure is not in owns nothing
            owners = [
                p
                for p in self._actors()
                if p.last <= figure.first
                and not self._in_speech_aside(p)
                and not self._in_other_relative(p.first, figure.first)
                and not self.aside_before_pronoun(p, figure.first)
            ]
            # "Russia returned to Ukraine 1,000 bodies, receiving 24 of its own troops":
            # "its" is the subject's, not the party after "to" nor a partner ("a swap with
            # Moscow"; but "with Kyiv saying 116 of its" makes Kyiv a subject)
            subjects = [
                p
                for p in owners
                if self.norm_at[p.first - 1] not in ("to", "from", "into")
                and not (
                    self.norm_at[p.first - 1] == "with" and self.norm_at[p.first - 2] in _DEALS
                )
                and not self._owns_the_object(p)
            ]
            if subjects or owners:
                owner = (subjects or owners)[-1]
                return self._reporting_owner(owner, figure) or owner.code
        if figure.pronoun == "our":
            # with no verb of saying near, "our citizens" in a statement are its author's
            tellers = (self.speaker_near(figure.first), self.attribution, self.discourse.statement)
            side = next((t.party for t in tellers if t is not None and t.party), None)
            if side is not None:
                return side
            if self.discourse.publisher_side is not None and all(
                t is None or t is PUBLISHER for t in tellers[:2]
            ):
                # "84 of our defenders came home" in the own words of a side's office
                return self.discourse.publisher_side
            people = self.discourse.people
            if people is not None and people[0] == self.index - 1 and self.totals:
                # "1,358 Ukrainians came home this year. In all, 3,956 of our citizens have
                # been freed": with no teller, the running total's "our" are the people the
                # sentence before counted (one swap's "our" may be a teller's said later)
                return people[1]
            # "Seventy-five of ours came home, and Ukraine handed over 75 Russian
            # prisoners": with no teller, "ours" are the other side of the foreigners
            # the same sentence hands across
            foreign = {
                f.nationality
                for f in self.m.figures
                if f is not figure and f.nationality is not None
                if f.nationality in self._belligerents
            }
            if self.norm_at[figure.last + 1] == "ours" and len(foreign) == 1:
                return _other(foreign.pop(), self._belligerents)
        if figure.pronoun == "enemy":
            # "the bodies of 39 enemy soldiers were handed over": the other side of the teller
            teller = self.attribution or self.speaker_near(figure.first) or self.discourse.statement
            if teller is not None and teller.party is not None:
                return _other(teller.party, self._belligerents)
        if self.norm_at[figure.np_end] in ("of", "from"):
            # "230 prisoners of war of the armed forces of Ukraine": whose soldiers they are
            named = next(
                (p for p in self.m.parties if figure.np_end < p.first <= figure.np_end + 5), None
            )
            if (
                named is not None
                and all(
                    self.norm_at[i] in _FORCES_OF for i in range(figure.np_end + 1, named.first)
                )
                # "fighters from the Russian army": a force's, where "from Russia" is a place
                and (
                    self.norm_at[figure.np_end] == "of"
                    or any(
                        self.norm_at[i] in _FORCE_NOUNS
                        for i in range(figure.np_end, named.last + 1)
                    )
                )
            ):
                return named.code
        tail = self._shared_noun_tail(figure)
        if tail is not figure:
            # "19 and 24 bodies that Moscow said were Russian soldiers": the clause on the
            # noun the list shares is every listed figure's, not only the last one's
            after = (f.first for f in self.m.figures if f.first >= tail.last)
            return self._nationality(tail, min(after, default=max(stop, self.last)))
        # "1,000 bodies, which belong to Ukrainian servicemen"; "people who Moscow says were ..."
        # but not past the end of the figure's clause ("..., and did not mention any
        # wounded Russians")
        for i in range(figure.np_end, min(stop, self.last) - 1):
            if self.norm_at[i] in (";", "while", "whereas") or (
                self.norm_at[i] == "," and self.norm_at[i + 1] in ("and", "but", "a", "an")
            ):
                # "..., a pattern the office puts down to the lists the Russians signed":
                # an apposition on the whole clause is about something else
                stop = i
                break
        for party in self.m.parties:
            if party.role == NATIONALITY and figure.np_end <= party.first < stop:
                if self._other_people(figure, party):
                    continue  # "..., without saying how many Russian remains went back"
                if "by" in (self.norm_at[party.first - 1], self.norm_at[party.first - 2]):
                    continue  # "civilians who were detained by Russian troops": the captors
                if self._deeds_of(party.first):
                    continue  # "who suffered from the actions of the Ukrainian forces"
                if served_in(self.norm, party) and self._foreign_words(figure):
                    continue  # "foreign fighters who served with Ukrainian troops": not theirs
                if any(
                    self.norm_at[i] in _MAYBE
                    for i in range(max(figure.np_end, party.first - 4), party.first)
                ):
                    continue  # "and warned that some might prove to be Russian": a guess
                if self._joined_nationalities(party, stop):
                    return None  # "those of Ukrainian and Russian soldiers": no one side's
                return party.code
        return self._specified_people(figure)

    def _foreign_words(self, figure: FigureMention) -> bool:
        """Whether the figure's own words call its people foreign: "ten foreign fighters"."""
        return any(
            self.norm_at[i] in ("foreign", "foreigners") for i in range(figure.first, figure.np_end)
        )

    def _joined_nationalities(self, party: PartyMention, stop: int) -> bool:
        """Whether another side's name is joined to ``party``'s by "and" or "or".

        "bodies that were those of Ukrainian and Russian soldiers" are of both sides, so
        neither decides where they went.
        """
        after = party.last
        while after < stop and self.norm_at[after] in _NAME_JOINERS:
            after += 1
        before = party.first - 1
        while before > self.first and self.norm_at[before] in _NAME_JOINERS:
            before -= 1
        starts, ends = self._party_edges()
        joined: list[PartyMention] = []
        if after > party.last:  # "Ukrainian and Russian": a name after the joining words
            joined += starts.get(after, ())
        if before + 1 < party.first:  # "Russian or Ukrainian": a name before them
            joined += ends.get(before + 1, ())
        return any(p.code != party.code and p.role != MEDIATOR for p in joined)

    def _party_edges(self) -> tuple[dict[int, list[PartyMention]], dict[int, list[PartyMention]]]:
        """The sentence's parties by where they begin and by where they end.

        Worked out once per sentence, so that finding the name joined to each party
        (:meth:`_joined_nationalities`) is a lookup rather than a scan of every party.
        """
        if self._edges_cache is not None:
            return self._edges_cache
        starts: dict[int, list[PartyMention]] = {}
        ends: dict[int, list[PartyMention]] = {}
        for p in self.m.parties:
            starts.setdefault(p.first, []).append(p)
            ends.setdefault(p.last, []).append(p)
        self._edges_cache = (starts, ends)
        return self._edges_cache

    def _reporting_owner(self, owner: PartyMention, figure: FigureMention) -> str | None:
        """The side of a speaker told after ``owner`` whose report holds "its" people.

        "Kyiv says 303 came home; the Russian ministry has confirmed that 303 of its
        servicemen were handed back": "its" is the reporting official's, whose side the
        lexicon knows though no side is named as a party. Only past a clause break after
        the owner ("with Kyiv saying 207 of its people" is Kyiv's), and not a speaker set
        off by commas ("Kyiv, Moscow said, returned 40 of its soldiers").
        """
        for verb, subject in self.verb_speakers:
            if not owner.last <= verb < figure.first or self.norm_at[verb + 1] == ",":
                continue
            if not any(
                self.norm_at[i] in (";", "while", "whereas") for i in range(owner.last, verb)
            ):
                continue
            sides = {entry.party for entry in subject}
            side = sides.pop() if len(sides) == 1 else None
            if side is not None and side != owner.code and side in self._belligerents:
                return side
        return None

    def _deeds_of(self, at: int) -> bool:
        """Whether the nationality at ``at`` names whose deeds the people suffered, not
        who they are: "residents who suffered from the actions of the Ukrainian armed
        forces", "killed at the hands of Russian troops"."""
        of = next((i for i in (at - 1, at - 2) if self.norm_at[i] == "of"), None)
        return (
            of is not None
            and all(self.norm_at[i] == "the" for i in range(of + 1, at))
            and self.norm_at[of - 1] in lx.DEEDS_OF_A_SIDE
        )

    def _shared_noun_tail(self, figure: FigureMention) -> FigureMention:
        """The last figure of a list whose one noun ``figure`` shares: "19, 19 and 24 bodies".

        A bare figure joined by "and", "or" or a comma to the next figure of the same
        kind of people counts the noun written once after the list; the figure itself
        when it has a noun of its own ("40 soldiers and 12 civilians").
        """
        tail = figure
        while tail.np_end == tail.last and tail.noun is not None:
            at = tail.last
            if self.norm_at[at] == ",":
                at += 1
            if self.norm_at[at] in ("and", "or"):
                at += 1
            if at == tail.last:
                break
            joined = next((f for f in self.m.figures if f.first == at), None)
            if joined is None or joined.noun != tail.noun or joined.per_side != tail.per_side:
                break
            tail = joined
        return tail

    def _specified_people(self, figure: FigureMention) -> str | None:
        """The nationality of the subject a copula spells out: "The Ukrainians freed were 51 ...".

        "The Ukrainians returned were 51 servicemen and 33 civilians", "the Russians
        handed over comprised 40 soldiers": the subject names the people and their
        side; the figures after the copula count them.
        """
        at = figure.first - 1
        for _ in range(6):  # back over the figures listed before it: "were 51 ... and 33"
            if self.norm_at[at] in (",", "and"):
                at -= 1
                continue
            listed = next((f for f in self.m.figures if f.np_end == at + 1), None)
            if listed is None:
                break
            at = listed.first - 1
        if self.norm_at[at] not in ("were", "are", "comprised"):  # not "included": a subset
            return None
        verb = next((t for t in self.m.transfers if t.last == at), None)
        if verb is None:
            return None
        party = next(
            (p for p in self.m.parties if p.role == NATIONALITY and p.last == verb.first), None
        )
        if party is None or any(
            self.norm_at[i] in ("among", "including")
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
        if self.norm_at[party.first - 1] == "of" and self.norm_at[party.first - 2] in _NUMBER_HEADS:
            return True  # "..., which does not publish the number of Russian bodies": a count
        between = {self.norm_at[i] for i in range(figure.np_end, party.first)}
        return between.isdisjoint(_ABOUT_THEM)

    @_Positions
    def fronted_span_commas(self) -> list[int]:
        """Where the comma closing an opening "between <date> and <date>," stands (if any).

        The span opens the sentence or not whatever figure is read, so it is found once
        per sentence and each figure only checks its own clause after the comma.
        """
        return [
            after.last
            for before, after in self._date_spans()
            if before.first - 1 == self.first and self.norm_at[after.last] == ","
        ] + [
            # "From 11 to 13 September," or "In the period from May to July,": one
            # mention spanning its two ends frames the clause as "between" does
            d.last
            for d in self.m.dates
            if d.text.startswith("from ")
            and " to " in d.text
            and self.norm_at[d.last] == ","
            and self.norm_at[d.first - 1] == "from"
            and self.norms[: d.first - 1 - self.first] in ([], _PERIOD_LEADS)
        ]

    def _date_spans(self) -> Iterator[tuple[DateMention, DateMention]]:
        """The pairs of dates of "between <date> and <date>" in the sentence.

        The second date may open with an article the date grammar leaves out:
        "between January and the end of June".
        """
        for before, after in itertools.pairwise(self.m.dates):
            if (
                self.norm_at[before.first - 1] == "between"
                and self.norm_at[before.last] == "and"
                and after.first == before.last + 1 + (self.norm_at[before.last + 1] == "the")
            ):
                yield before, after

    def _unit_part(self, figure: FigureMention) -> bool:
        """Whether "N of them" counts the men of one unit: a breakdown by service, not coded.

        "215 were freed, 108 of them fighters of the Azov regiment": a part by
        unit, unlike "33 of them civilians", which splits soldiers from civilians.
        """
        if (self.norm_at[figure.last], self.norm_at[figure.last + 1]) != ("of", "them"):
            return False
        return any(
            self.norm_at[i] in _UNITS
            for i in range(figure.last + 2, min(self.last, figure.last + 9))
        )

    def exchange_count(self) -> Count | None:
        """How many exchanges a running total covers: "in 58 exchanges", "the 61st swap"."""
        if self._exchange_count is not None:
            return self._exchange_count or None
        found: Count | None = None
        for i in range(self.first, self.last - 1):
            noun = self.norm_at[i + 1]
            if noun not in _EXCHANGE_NOUNS and not (
                # "in 13 rounds", "in nine rounds": rounds of exchanges, not "rounds of talks"
                noun in _TALLY_PLURALS
                and self.norm_at[i - 1] == "in"
                and self.norm_at[i + 2] != "of"
            ):
                continue
            match = _ORDINAL.fullmatch(self.norm_at[i])
            if match is not None and not lx.is_bare_year(match.group(0)):
                # a bare 1800-2100 before the noun is a year ("its 2022 swaps"), no count
                found = Count.exact(int(match.group(1)))
                break
            if noun in _TALLY_PLURALS and self.norm_at[i] in lx.NUMBER_WORDS:
                try:
                    found = Count.parse(self.norm_at[i])
                except ValueError:
                    continue  # "a dozen" alone is no figure phrase
                break
        if found is None:
            found = self._ordinal_of_exchange()
        self._exchange_count = found or False
        return found

    def _mixed(self, figure: FigureMention) -> bool:
        """Whether the people are of two kinds: "3,000 servicemen and civilians"."""
        if self.norm_at[figure.np_end] != "and" or figure.noun is None:
            return False
        other = lx.PEOPLE.match(self.tokens, figure.np_end + 1, self.last)
        return other is not None and other[1].category != figure.noun.category

    def _ordinal_of_exchange(self) -> Count | None:
        """The rank of an exchange: "the 61st swap", "which it numbered as the 61st"."""
        if not self.norm_set & _EXCHANGE_NOUNS:
            return None
        for i in range(self.first + 1, self.last - 1):
            number = self.norm_at[i]
            suffix = self.tokens[i + 1]
            if not (
                number.isdigit()
                and len(number) <= 4
                and suffix.norm in ("st", "nd", "rd", "th")
                and suffix.gap == 0
                and self.norm_at[i - 1] == "the"
            ):
                continue
            near = {self.norm_at[j] for j in range(i + 2, min(self.last, i + 4))}
            if self.norm_at[i - 2] == "as" or near & _EXCHANGE_NOUNS:
                return Count.exact(int(number))  # "as the 61st", "the 50th such swap"
        return None

    def exchanges_ranked(self) -> tuple[Count, int, int] | None:
        """How many exchanges the sentence tells without a number of people, if it does.

        "the 58th exchange of the war", "its seventh mediation", "the swap was the 68th
        since 2022" rank the latest exchange; "five exchanges so far", "have carried out
        67 exchanges" count them. Gives the count, where its number starts and where its
        noun stands (-1 when a rank stands alone). "The first swap since May" ranks
        nothing, and neither does "a third exchange" (no rank told) or "the 58th brigade".
        """
        if self.norm_set.isdisjoint(_RANKED_EVENTS):
            return None
        norm = self.norm_at
        for i in range(self.first + 1, self.last):
            if norm[i - 1] not in _RANK_OWNERS:
                continue
            ranked = self._rank_at(i)
            if ranked is None:
                continue
            value, end = ranked
            noun = self._event_noun(end, plural=False)
            if noun is not None:
                return Count.exact(value), i, noun
            if norm[i - 1] == "the" and norm[end] in _RANK_ENDS and self._ranks_event(i - 1):
                return Count.exact(value), i, -1
        if self.norm_set.isdisjoint(_TOLD_SO_FAR):
            return None
        for i in range(self.first, self.last):
            word = norm[i]
            number = lx.NUMBER_VALUES.get(word)
            if number is None and word.isdigit() and len(word) <= 3:
                number = int(word)
            if number is None or number < 2 or norm[i - 1] in _NOT_EXACTLY:
                continue
            noun = self._event_noun(i + 1, plural=True)
            if noun is not None:
                return Count.exact(number), i, noun
        return None

    def _rank_at(self, i: int) -> tuple[int, int] | None:
        """The value of the ordinal at ``i`` ("61st", "seventh", "sixty-first") and its end."""
        norm = self.norm_at
        word = norm[i]
        if word.isdigit():
            suffix = self.tokens[i + 1] if i + 1 < self.last else None
            if (
                suffix is None
                or suffix.norm not in lx.ORDINAL_SUFFIXES
                or suffix.gap != 0
                or len(word) > 3
                or int(word) < 2
            ):
                return None
            return int(word), i + 2
        if word in _RANK_WORDS:
            return _RANK_WORDS[word], i + 1
        tens = lx.ORDINAL_TENS.get(word)
        if tens is not None and norm[i + 1] == "-" and norm[i + 2] in lx.UNIT_ORDINALS:
            return tens + lx.UNIT_ORDINALS[norm[i + 2]], i + 3
        return None

    def _event_noun(self, at: int, *, plural: bool) -> int | None:
        """Where the noun of exchanges a rank or number at ``at`` qualifies stands, if near.

        Up to two words may come between ("its fourth successful mediation", "the third
        such handover"), none of them opening another phrase or ranking by size.
        """
        nouns = _RANKED_PLURALS if plural else _RANKED_SINGULARS
        for k in range(at, min(at + 3, self.last)):
            word = self.norm_at[k]
            if word in nouns:
                return k
            if not word.isalpha() or word in _RANK_BREAKS or word.endswith("est"):
                return None
        return None

    def _ranks_event(self, the: int) -> bool:
        """Whether "the <rank>" at ``the`` + 1 is said of an exchange named just before.

        "the exchange was the 67th", "today's swap is the fifth it has mediated", "The
        repatriation, the third since May": the noun stands a few words before the verb.
        """
        link = the - 1
        if self.norm_at[link] not in _RANK_LINKS:
            return False
        start = max(self.first, link - 4)
        return any(self.norm_at[k] in _RANKED_SINGULARS for k in range(start, link))

    @_Positions
    def ordinal_day_positions(self) -> list[int]:
        """Where the sentence names a day by a bare ordinal, read once per sentence.

        "on the 14th and the 24th"; so is an ordinal listed right after one of them
        without its "the": "on the 14th and 24th", "the 4th, 14th and 24th".
        """
        found: list[int] = []
        for i in range(self.first, self.last - 1):
            if (
                self.tokens[i].kind == NUM
                and self.norm_at[i + 1] in ("st", "nd", "rd", "th")
                and self.tokens[i + 1].gap == 0
                and (
                    self.norm_at[i - 1] == "the"
                    or (self.norm_at[i - 1] in (",", "and") and found and found[-1] == i - 3)
                )
                and self.norm_at[i + 2] not in _EXCHANGE_NOUNS | _EXCHANGE_PLURALS
                and self.tokens[i].text.isdigit()
                and 1 <= int(self.tokens[i].text) <= 31
            ):
                found.append(i)
        return found

    def _offsets(self) -> list[tuple[int, int]]:
        """Where the sentence counts days from an event, "three days after", and how many."""
        if self._offset_cache is None:
            self._offset_cache = []
            if not self.norm_set.isdisjoint(("after", "before", "ahead")):
                for k in range(self.first + 2, self.last):
                    word = self.norm_at[k]
                    # "three days ahead of 20 October" counts back as "before" does
                    if word not in ("after", "before") and not (
                        word == "ahead" and self.norm_at[k + 1] == "of"
                    ):
                        continue
                    unit = _OFFSET_UNITS.get(self.norm_at[k - 1])
                    count = _offset_count(self.norm_at[k - 2])
                    if count is None and self.norm_at[k - 2] == "the" and unit in (1, 7):
                        # "the day before New Year's Eve": one unit, as "a day before"
                        count = 1 if self.norm_at[k - 1] in ("day", "week") else None
                    if unit is not None and count is not None:
                        days = unit * count * (1 if word == "after" else -1)
                        self._offset_cache.append((k, days))
        return self._offset_cache

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
            for k in self._at(("after",), self.first + 2, figure.first)
            if self.norm_at[k - 1] == "hours"
        ]
        for k, days in offsets:
            if days < 0 or k >= figure.first:
                continue
            counted = 2 if days else 1  # "a day after": two words before "after"; "hours after"
            opens = not any(self.tokens[i].kind == WORD for i in range(self.first, k - counted))
            if opens or self.norm_at[k - counted - 1] in (",", "(", "—", "–"):
                # "A week after the crash, 207 went home": the figure is the main clause's,
                # counted from the event named, not from the story's day
                return None
            if any(d.first < k and not d.since for d in self.m.dates):
                return None  # "On Friday, a day after ...": counted from that date instead
            if any(self.norm_at[i] in (";", ".") for i in range(k, figure.first)):
                return None
            # "The exchange came a day after ...": counted from the exchange just told
            subject = any(self.norm_at[i] in _EXCHANGE_NOUNS for i in range(self.first, k))
            if subject:
                return shifted(SAME_DAY, -days) if days else SAME_DAY
            return shifted("today", -days) if days else None
        return None

    @kept_answers
    def _statement_date(self, date: DateMention) -> bool:
        """Whether ``date`` dates a statement: "said on Friday", "announced Thursday".

        Or an agreement: "the exchange that negotiators agreed in Istanbul last week"
        is dated by when it happened, not by when it was agreed.
        """
        opening = self.date_opening(date)
        for i in range(max(self.first, opening - 2), opening):
            if i in self.m.speech or self.norm_at[i] in lx.SPEECH:
                return True
            if self.norm_at[i] == "speaking" and self.tokens[i].text[:1].isupper():
                return True  # "Speaking on Wednesday, the minister said ...": the speech's day
            if (
                i > self.first
                and self.norm_at[i] in _FIGURES_GIVEN
                and self.norm_at[i - 1] in lx.GIVING
            ):
                return True  # "did not give figures on Thursday, saying only that ...": told
        if self._told_listener_on(date):
            return True
        if self._fronted_before_saying(date):
            return True
        return self.agreement_date(date)

    def _fronted_before_saying(self, date: DateMention) -> bool:
        """Whether ``date`` opens the sentence before its teller's "said that" or "report that".

        "Today I can report that 19 children have come home" and "On Thursday, the
        ministry said that ..." date the telling; the event may be dated by a later
        sentence. A figure or clause break before the verb leaves the date to the event.
        """
        opening = self.date_opening(date)
        if opening - (self.norm_at[opening - 1] in lx.DATE_PREPOSITIONS) != self.first:
            return False
        for i in range(date.last, min(self.last - 1, date.last + _FRONTED_TELLER)):
            if i in self.m.speech or self.norm_at[i] in lx.SPEECH | _REPORTING:
                return self.norm_at[i + 1] == "that"
            if self.norm_at[i] in (";", ":", "and", "but") or self.tokens[i].kind == NUM:
                return False
        return False

    def date_opening(self, date: DateMention) -> int:
        """Where ``date``'s phrase opens: its preposition, past an "earlier" or "later" before it.

        "said earlier in December" tells the saying's month as "said in December" does;
        the adverb only places the telling before the story's day.
        """
        at = date.first
        if (
            at - 2 >= self.first
            and self.norm_at[at - 1] == "the"
            and self.norm_at[at] in SEASONS
            and self.norm_at[at - 2] in lx.DATE_PREPOSITIONS
        ):
            at -= 1  # "said in the autumn" tells the saying's season as "said in autumn"
        if (
            at - 2 >= self.first
            and self.norm_at[at - 1] in lx.DATE_PREPOSITIONS
            and self.norm_at[at - 2] in ("earlier", "later")
        ):
            return at - 2
        return at

    def quote_attributed(self, date: DateMention) -> bool:
        """Whether ``date`` is the day a direct quotation closing just before was said.

        '"We never stopped waiting," his sister said on Monday': the day dates the
        speaking of the words quoted, not anything the next sentence tells.
        """
        if not self._statement_date(date):
            return False
        speech = [v for v in self.m.speech if date.first - 3 <= v < date.first]
        return bool(speech) and any(
            self.norm_at[i] in lx.QUOTE_MARKS and self.norm_at[i - 1] in (",", "?", "!")
            for i in range(max(self.first + 1, speech[0] - 4), speech[0])
        )

    def quoted_today(self, date: DateMention) -> bool:
        """Whether ``date`` is a "today" opening a quotation its speaker is said to speak.

        '"Today, 175 of our defenders are home," Zelensky said in his nightly address':
        the speaker's today is the day of the speech, which the text does not give, so
        the day counts as one of telling, not as the day of the report.
        """
        if self.norm_at[date.first] not in ("today", "tonight"):
            return False
        if (
            date.first - 1 >= self.first
            and self.norm_at[date.first - 1] in lx.QUOTE_MARKS
            and any(v > date.first for v in self.m.speech)
        ):
            return True
        # '"Eight of them were returned today," the governor wrote': inside the quotation
        # too, the today is the speaker's
        opened = sum(self.norm_at[k] in lx.QUOTE_MARKS for k in range(self.first, date.first))
        close = next(
            (k for k in range(date.last, self.last) if self.norm_at[k] in lx.QUOTE_MARKS), None
        )
        if opened % 2 == 1 and close is not None and any(v > close for v in self.m.speech):
            return True
        # "SARALIEV: Today 1,000 bodies were handed over": a guest's turn of a transcript
        # is his word, recorded when he spoke, not when the programme went on air
        return self._guest_turn() or self._said_quotation_around(date)

    def _guest_turn(self) -> bool:
        """Whether the sentence is in a transcript's turn labelled with a guest's name.

        "SARALIEV: Today 1,000 bodies were handed over": a guest's words are recorded
        when he spoke, which need not be when the programme goes on air, as the
        anchor's or the correspondent's ("ANCHOR: Today ...") are; nor is an
        explainer's "Q:" or "A:" a guest's. A label is a turn's only in a text of
        turns by more than one voice: "MOSCOW: Today ..." alone is a dateline.
        """
        opens = self.tokens[self.first].start
        line = self.text.rfind("\n", 0, opens) + 1
        label = _TURN_LABEL.match(self.text, line)
        if label is None or label.group(1).lower() in _PROGRAMME_VOICES:
            return False
        voices = {turn.group(1) for turn in _TURN_LINE.finditer(self.text)}
        return len(voices) > 1

    def _said_quotation_around(self, date: DateMention) -> bool:
        """Whether ``date`` is inside a quotation of its line, opened in an earlier sentence.

        '"They are home! Eight came back today. I met them," the governor wrote': a
        quotation of several sentences is said as one, by the speaker named at its close
        (a comma, quote mark and verb of saying) or before its opening ('he wrote: "').
        """
        return self.quotation_said_on(date) is not None

    def quotation_said_on(self, date: DateMention) -> str | None:
        """The weekday a quotation of several sentences that ``date`` is in was said.

        '"... Ten came back today. Thanks to all," the governor wrote on Sunday': Sunday;
        "" when the quotation's speaker is named with no day, None when ``date`` is not
        in a quotation of several sentences that a verb of saying gives a speaker.
        """
        text = self.text
        opens = self.tokens[self.first].start
        line = text.rfind("\n", 0, opens) + 1
        marks = [k for k in range(line, opens) if text[k] in lx.DOUBLE_QUOTES]
        if len(marks) % 2 == 0:
            return None  # no quotation open when the sentence begins
        before = _SAID_BEFORE.search(text, max(line, marks[-1] - 40), marks[-1] + 1)
        if before is not None:
            return before.group(1) or ""
        ends = text.find("\n", self.tokens[date.first].start)
        after = text[self.tokens[date.first].start : ends if ends >= 0 else len(text)]
        close = next((k for k, c in enumerate(after) if c in lx.DOUBLE_QUOTES), None)
        if close is None or after[close - 1] not in ",?!":
            return None
        said = _SAID_AFTER.match(after, close + 1)
        return None if said is None else said.group(1) or ""

    def story_today(self, date: DateMention) -> bool:
        """Whether ``date`` is a "today" or "tonight" on a broadcast's story, not its event.

        "Our top story tonight: 500 bodies have been returned", "In the headlines today,
        ...": the day is when the story is told, as in "said on Friday", so a next
        sentence ("The handover took place yesterday") may give the exchange its own day.
        """
        return (
            self.norm_at[date.first] in ("today", "tonight")
            and date.first - 1 >= self.first
            and self.norm_at[date.first - 1] in _STORY_NOUNS
            and self.norm_at[date.last] in (":", ",", "—", "is")
        )

    def _told_listener_on(self, date: DateMention) -> bool:
        """Whether ``date`` follows "told <listener> on": "told reporters on Thursday".

        The one or two words between "told" and "on" are whom the speaker told, so
        the day is the telling's, as in "said on Thursday". So are the words after
        "spoke to" ("who spoke to the agency earlier in December": December).
        """
        end = self.date_opening(date)  # where the listener's words end
        if end == date.first:
            if end - 1 <= self.first or self.norm_at[end - 1] != "on":
                return False
            end -= 1
        for k in (end - 2, end - 3):
            if k >= self.first and self.norm_at[k] == "told":
                return all(
                    self.tokens[j].kind == WORD and self.norm_at[j] not in ("that", "the")
                    for j in range(k + 1, end)
                )
        for k in range(max(self.first, end - 5), end - 2):
            if self.norm_at[k] in ("spoke", "talked") and self.norm_at[k + 1] == "to":
                return all(
                    self.tokens[j].kind == WORD and self.norm_at[j] != "that"
                    for j in range(k + 2, end)
                )
        return False

    def agreement_date(self, date: DateMention) -> bool:
        """Whether ``date`` dates an agreement: "agreed in Istanbul last week"."""
        if self.norm_set.isdisjoint(_AGREEMENT_CUES):
            return False  # most sentences: no word of a deal, its verb or a meeting
        if any(
            not self._brokered_exchange(k) and not self._compound_of_event(k)
            for k in self._at(_AGREEMENT_VERBS, date.first - 4, date.first)
        ):
            return True
        if self._happened_on(date):
            return False  # "the deal that shocked most took place on 21 September": an event
        if self._done_in_which(date):
            return False  # "a deal on 8 March, in which the sides traded 60 each": an event
        # "under the agreement reached at the talks in Istanbul in early June", "the
        # Istanbul accord of early June": the deal's date, not the handover's; so is
        # "the repatriations agreed at peace talks in Istanbul last month"
        # a handover not done is the deal's own business ("an agreement was reached on the
        # exchange on Tuesday"): only one done ends the deal's words
        transfers = {i for t in self.m.transfers if t.done for i in range(t.first, t.last)}
        for i in range(date.first - 1, max(self.first, date.first - 9) - 1, -1):
            # "an exchange brokered by the Emirates: on Feb. 5, ...": what a colon opens
            # dates the exchange it goes on to tell, not the brokering before it
            if self.norm_at[i] in (",", ";", ":", "—", "–") or i in transfers:
                return False
            if self._brokered_exchange(i):
                return False
            if self._compound_of_event(i):
                continue
            if self.norm_at[i] in _AGREEMENT_NOUNS or self.norm_at[i] in _AGREEMENT_VERBS:
                return True
            if self.norm_at[i] in _MEETINGS and any(
                self.norm_at[j] in _AGREEMENT_VERBS | {"reached"}
                for j in range(max(self.first, i - 4), i)
            ):
                return True
            if self.norm_at[i] in _MEETINGS and self._other_date(date):
                # "It followed talks in Geneva on March 3, which led to the swap completed
                # last week": the meeting's day, when another date is left for the handover
                return True
        return False

    def _brokered_exchange(self, k: int) -> bool:
        """Whether "brokered" at ``k`` follows an exchange noun and comes before "by".

        "a swap brokered by Qatar on 9 June": what the mediator brokered is the swap
        itself, so a date after it dates the swap, as after "mediated by"; "a deal
        brokered by Turkey" is a deal's.
        """
        return (
            self.norm_at[k] == "brokered"
            and k - 1 >= self.first
            and self.norm_at[k - 1] in _EXCHANGE_NOUNS
            and self.norm_at[k + 1] == "by"
        )

    def _compound_of_event(self, k: int) -> bool:
        """Whether the verb at ``k`` ends a hyphened modifier of a noun of no deal.

        "a Turkish-brokered handover on March 9", "a Qatar-mediated swap on 3 May": the
        compound only says who arranged the event the noun names, so a date after it is
        the event's; "a Turkish-brokered deal on 3 May" stays the deal's.
        """
        tokens = self.tokens
        return (
            self.first <= k - 2
            and k + 1 < self.last
            and self.norm_at[k - 1] == "-"
            and tokens[k - 1].gap == 0
            and tokens[k].gap == 0
            and tokens[k - 2].kind == WORD
            and tokens[k + 1].kind == WORD
            and self.norm_at[k + 1] not in _AGREEMENT_NOUNS
        )

    def _other_date(self, date: DateMention) -> bool:
        """Whether the sentence has a date besides ``date`` that may date an event.

        Neither a span's start nor a statement's day ("Kyiv said on Friday") counts.
        """
        return any(
            d.first != date.first
            and not d.since
            and not any(
                i in self.m.speech or self.norm_at[i] in lx.SPEECH
                for i in range(max(self.first, d.first - 2), d.first)
            )
            for d in self.m.dates
        )

    def _done_in_which(self, date: DateMention) -> bool:
        """Whether "in which" or "when" right after ``date`` opens a clause of a swap done.

        "a deal on 8 March, in which the sides traded 60 each": the relative clause tells
        the deal carried out on that day, so the date is the exchange's, not an agreement's.
        The clause's verb of moving must come within a few words, before any stop or comma,
        and be a verb: "in which Turkey brokered an exchange of lists" tells the deal's
        own business, not a swap done that day.
        """
        at = date.last + (self.norm_at[date.last] == ",")
        if self.norm_at[at] == "in" and self.norm_at[at + 1] == "which":
            at += 2
        elif self.norm_at[at] == "when":
            at += 1
        else:
            return False
        verb = next((t for t in self.m.transfers if at <= t.first <= at + 6), None)
        return (
            verb is not None
            and verb.done
            and self.norm_at[verb.first] not in lx.EXCHANGE_NOUNS
            and self.norm_at[verb.first - 1] not in ("a", "an", "the")
            and all(self.norm_at[i] not in _CLAUSE_MARKS for i in range(at, verb.first))
        )

    def _happened_on(self, date: DateMention) -> bool:
        """Whether a verb of happening dates ``date``: "took place on", "happened in".

        What took place, happened or was carried out or completed on a day is an event
        done, so a deal said to have taken place then is the exchange, not an agreement.
        """
        at = date.first - 1
        if self.norm_at[at] in ("on", "in", "at"):
            at -= 1
        word = self.norm_at[at]
        return (
            (word == "place" and self.norm_at[at - 1] in _TOOK)
            or word in _HAPPENED_ON
            # "the deal was carried out in June", "completed in June": done then, not agreed
            or (word == "out" and self.norm_at[at - 1] == "carried")
            or word in ("completed", "conducted")
        )

    def _believed_held(self, figure: FigureMention) -> bool:
        """Whether the people are reported as held now: "8,000 believed to be in captivity".

        A participle of knowing or reckoning right after the people, an optional "by"
        and reckoner, then "to be" and captivity tell a present state: the people are a
        count of captives, not people moved ("believed by Kyiv to be in Russian captivity").
        """
        if figure.noun is None or figure.remains:
            return False
        if self.norm_at[figure.np_end] not in _REPORTED_STATE:
            return False
        for i in range(figure.np_end + 1, min(self.last, figure.np_end + 6)):
            if self.norm_at[i] in _CLAUSE_MARKS:
                return False
            if self.norm_at[i] == "to" and self.norm_at[i + 1] == "be":
                after = {self.norm_at[j] for j in range(i + 2, min(self.last, i + 6))}
                return not _HELD_STATE_WORDS.isdisjoint(after)
        return False

    def _held_then(self, figure: FigureMention) -> bool:
        """Whether the figure is the object of "now (already, then) held": held at the time.

        "Ukraine now held hundreds of Russian conscripts, and on 24 August 115 were
        swapped": a count of captives, never the people of the swap told after it.
        """
        return self.norm_at[figure.first - 1] == "held" and self.norm_at[figure.first - 2] in (
            lx.HELD_THEN
        )

    def _quoted_modifier(self, i: int) -> bool:
        """Whether a quotation opening at ``i``, right after a noun group, only qualifies it.

        '115 servicemen "captured in the Kursk region" were returned': the quoted words
        describe the people, and the clause's verb comes after them. A quote closing there
        ('"more than 8,000" in custody') or quoting one word ('2,439 "surrendered"
        fighters') is no such phrase.
        """
        return (
            self.norm_at[i] == '"'
            and self.tokens[i].gap > 0
            and self.norm_at[i + 1] not in _AUXILIARIES
            and self.norm_at[i + 2] not in lx.QUOTE_MARKS
        )

    @kept_answers
    def _casualty_predicate(self, figure: FigureMention) -> bool:
        """Whether the figure's people are the subject of dying or being wounded.

        "46,000 soldiers had been killed", "380,000 were wounded", "5,000 died":
        an auxiliary and a participle, or "died", right after the noun group. A
        bare participle ("the bodies of 500 soldiers killed in action") is not one.
        """
        i = self._past_place(figure.np_end)  # "300 civilians in the region had been killed"
        if figure.noun is None:
            i = self._past_people_set_off(i + (self.norm_at[i] == "more"))
        auxiliaries = 0
        while i < self.last and auxiliaries < 4:
            if self.norm_at[i] == ",":
                i = self._speech_aside(i)  # "380,000 more, the president said, had been wounded"
                if self.norm_at[i] == "," and i == figure.np_end:
                    # "9,000 civilians, among them 500 children, have been killed"
                    words = self._words_at(i, 10)
                    if self._part_aside(words) and "," in words[1:]:
                        i += words.index(",", 1) + 1
                        continue
                if self.norm_at[i] == ",":
                    break
            if self.norm_at[i] not in _AUXILIARIES:
                break
            if auxiliaries == 0 and self._quoted_modifier(i):
                break
            i += 1
            auxiliaries += 1
        if auxiliaries > 0 and self.norm_at[i] in _HEARSAY and self.norm_at[i + 1] == "to":
            # "are believed to have been killed", "were feared to be dead", "are thought to
            # remain in captivity"
            i += 2
            while i < self.last and self.norm_at[i] in ("have", "be", "been", "remain"):
                i += 1
        word = self.norm_at[i] if i < self.last else ""
        if word in ("died", "perished"):
            return True
        if word in ("become", "became") and self.norm_at[i + 1] in ("casualties", "losses"):
            return True  # "around 4,700 had become casualties"
        if word == "received" and self._words_at(i + 1, 3) in (
            ["treatment", "for", "wounds"],
            ["treatment", "for", "injuries"],
        ):
            return True  # "370,000 had received treatment for wounds": the wounded
        if (
            auxiliaries > 0
            and word == "treated"
            and self._words_at(i + 1, 2) in (["for", "wounds"], ["for", "injuries"])
        ):
            return True  # "370,000 had been treated for wounds": the wounded, passive
        if auxiliaries > 0 and word in _CASUALTY_PARTICIPLES:
            return True
        if auxiliaries > 0 and word == "unaccounted" and self.norm_at[i + 1] == "for":
            return True  # "tens of thousands were unaccounted for": the missing
        if (
            auxiliaries > 0
            and word == "in"
            and self._in_captivity([word, *self._words_at(i + 1, 2)])
        ):
            return True  # "a little over 8,000 are in Russian captivity": a state, not a verb
        if auxiliaries > 0 and of_unknown_fate(self._words_at(i, 5)):
            return True  # '2,000 remain "of unknown whereabouts"': the missing
        if self._death_past_relative(figure) is not None:
            return True
        if self._registered_as(figure, i):
            return True  # "4,000 soldiers listed as missing", "registered 5,000 as POWs"
        # "... had been killed and some 380,000 wounded": the second figure of a list of losses
        head = self.norm_at[figure.np_end - 1] if figure.noun is not None else ""
        if head not in _CASUALTY_HEADS:
            return False
        k = bisect.bisect_left([f.first for f in self.m.figures], figure.first)
        earlier = self.m.figures[k - 1].np_end if k > 0 else figure.first
        return any(self.norm_at[j] in _CASUALTY_PARTICIPLES for j in range(earlier, figure.first))

    def _past_people_set_off(self, at: int) -> int:
        """Past the people a bare figure counts, set off by commas ("thousands more, soldiers
        and civilians, are still held"): the token after the closing comma, else ``at``.
        """
        if self.norm_at[at] != ",":
            return at
        close = next(
            (j for j in range(at + 1, min(self.last, at + 8)) if self.norm_at[j] == ","), None
        )
        if close is None or close == at + 1:
            return at
        people = any(
            lx.PEOPLE.match(self.tokens, j, self.last) is not None for j in range(at + 1, close)
        )
        return (
            close + 1
            if people
            and all(
                self.norm_at[j] in _APPOSITION_WORDS
                or lx.PEOPLE.match(self.tokens, j, self.last) is not None
                for j in range(at + 1, close)
            )
            else at
        )

    def _past_place(self, at: int) -> int:
        """Past a short phrase of place that opens at ``at`` ("in the region", "in Belgorod").

        Where the people lived or were struck does not part them from their verb, nor
        does the craft they were on ("all 74 people on board had died").
        The token after the phrase; ``at`` itself when no such phrase opens there.
        """
        if self.norm_at[at] == "aboard" or self._words_at(at, 2) == ["on", "board"]:
            return at + (1 if self.norm_at[at] == "aboard" else 2)
        if self.norm_at[at] != "in":
            return at
        j = at + 1 + (self.norm_at[at + 1] == "the")
        if self.norm_at[j] in lx.REGIONS:
            j += 1
        if self.norm_at[j] in _PLACE_HEADS:
            j += 1
        return j if j > at + 1 and self.norm_at[j - 1] != "the" else at

    def _registered_as(self, figure: FigureMention, at: int) -> bool:
        """Whether the figure's people are put on a register "as" missing, dead or captives.

        "3,000 soldiers listed as missing", "are recorded as killed", or "has
        registered 5,000 Ukrainians as prisoners of war": the status after "as"
        is the loss the figure counts, whichever verb of listing puts it there.
        """
        if self.norm_at[at] in _REGISTERING and self.norm_at[at + 1] == "as":
            at += 1
        elif not (
            self.norm_at[at] == "as"
            and at == figure.np_end
            and self.norm_at[figure.first - 1] in _REGISTERING
        ):
            return False
        status = self.norm_at[at + 1 + (self.norm_at[at + 1] == "being")]
        return status in _CASUALTY_PARTICIPLES or status in _CAPTIVE_NOUNS

    def _speech_aside(self, comma: int, reach: int = 8) -> int:
        """Past a short aside of saying that opens at ``comma`` (", the president said,").

        The token after its closing comma; ``comma`` itself when no such aside opens there
        (or it closes ``reach`` tokens or more after ``comma``).
        """
        # ", according to regional records,": an attribution with no verb of saying
        sourced = self.norm_at[comma + 1] == "according" and self.norm_at[comma + 2] == "to"
        for close in range(comma + 2, min(self.last, comma + reach)):
            if self.norm_at[close] == ",":
                if sourced or any(comma < k < close for k in self.m.speech):
                    return close + 1
                break
        return comma

    def _in_speech_aside(self, party: PartyMention) -> bool:
        """Whether ``party`` tells an aside of saying set off right after a subject side.

        "Kyiv, Moscow said, returned 40 of its soldiers": the aside splits the subject
        from its verb, and "its" is the subject's. An aside after other words ("in
        exchange, Moscow said, for 49 of its troops") leaves its teller the owner.
        """
        for comma in range(party.first - 1, max(self.first, party.first - 4) - 1, -1):
            if self.norm_at[comma] == ",":
                return self._speech_aside(comma) > party.last and any(
                    p.last == comma for p in self._actors()
                )
        return False

    def _reported_teller(self, figure: FigureMention) -> str | None:
        """The side of the speaker whose "it said it" clause holds "its" people.

        "Moscow, unlike Kyiv, said it had received 212 of its own soldiers": the pronoun
        opening the reported clause is the speaker, and "its" is the speaker's too,
        whatever side an aside names. One side's speaker only, in the figure's clause.
        """
        pronoun = next(
            (
                k
                for k in range(figure.first - 1, max(self.first, figure.first - 8), -1)
                if self.norm_at[k] in ("it", "they") or self.norm_at[k] in _ASIDE_CLOSES
            ),
            None,
        )
        if pronoun is None or self.norm_at[pronoun] not in ("it", "they"):
            return None
        lead = pronoun
        if self.norm_at[pronoun - 1] == ",":
            lead = self.said_aside_opening(pronoun) or pronoun
        said = lead - 1 - (self.norm_at[lead - 1] == "that")
        if self.norm_at[said] not in lx.SPEECH:
            return None
        for verb, entries in self.verb_speakers:
            if verb == said:
                sides = {e.party for e in entries}
                side = sides.pop() if len(sides) == 1 else None
                return side if side in self._belligerents else None
        return None

    def aside_before_pronoun(self, party: PartyMention, stop: int) -> bool:
        """Whether ``party`` stands in an aside that a subject pronoun before ``stop`` follows.

        "Kyiv said that, unlike Russia, it had received 78 of its own": the pronoun after
        the aside's closing comma is the subject, so the side inside the aside neither
        does the verb nor owns "its" people.
        """
        for k in range(party.last, stop - 1):
            if self.norm_at[k] in _ASIDE_CLOSES:
                pronoun = k + 1
                if self.norm_at[k] != "," or self.norm_at[pronoun] not in ("it", "they"):
                    return False
                opening = self.said_aside_opening(pronoun)
                return opening is not None and opening < party.first
        return False

    def said_aside_opening(self, pronoun: int) -> int | None:
        """The comma opening a short aside after a verb of saying, closed right before ``pronoun``.

        "said that, unlike Russia, it ...", "said, after talks, they ...": the comma must
        follow the verb of saying or its "that"; a comma after other words ends a clause.
        """
        opening = next(
            (
                j
                for j in range(pronoun - 2, max(self.first, pronoun - _SAID_ASIDE_REACH) - 1, -1)
                if self.norm_at[j] in _ASIDE_CLOSES
            ),
            None,
        )
        if opening is None or self.norm_at[opening] != ",":
            return None
        if self.norm_at[opening - 1] not in ("that", *lx.SPEECH):
            return None
        return opening

    def _words_at(self, first: int, count: int) -> list[str]:
        """The normalised words from ``first``, at most ``count`` and none past the sentence."""
        if first >= self.first:  # a slice of the sentence's words: most calls
            return self.norms[first - self.first : min(self.last, first + count) - self.first]
        return [self.norm_at[i] for i in range(first, min(self.last, first + count))]

    @staticmethod
    def _in_captivity(words: list[str]) -> bool:
        """Whether the words after a figure say its people are "in (Russian) captivity".

        Camps hold captives only when a side owns them ("remain in Russian camps");
        "in refugee camps" shelters people.
        """
        for k, word in enumerate(words):
            if word in _CLAUSE_MARKS:
                return False
            if word in _CAPTIVITY and "in" in words[max(0, k - 2) : k]:
                return True
            if (
                word in _CAPTIVITY
                and words[k - 1 : k] == ["of"]
                and "in" in words[max(0, k - 4) : k]
            ):
                return True  # "in Russian places of detention"
            if word == "camps" and k >= 2 and words[k - 2] == "in" and words[k - 1] in _SIDE_CAMPS:
                return True
        return False

    def _death_past_relative(self, figure: FigureMention) -> CasualtyCategory | None:
        """The loss the main verb tells of after a relative clause with no commas round it.

        "65 prisoners who were being taken to the border ... had died in the
        crash": the people's own verb comes after the relative clause, which
        punctuation does not close, so the first "had died" or "were killed"
        (an auxiliary and the participle) within reach is taken as theirs.
        """
        if figure.noun is None or self.norm_at[figure.np_end] not in ("who", "that"):
            return None
        if figure.before_of in _BODY_NOUNS:
            # "received the bodies of 254 soldiers who had been killed in the east": the
            # relative tells how the dead died, and the bodies are what moved
            return None
        stop = min(self.last, figure.np_end + _RELATIVE_REACH)
        for i in range(figure.np_end + 2, stop):
            word = self.norm_at[i]
            if word in (";", ".", "—"):
                return None
            if self.norm_at[i - 1] not in _FINITE and not (
                self.norm_at[i - 1] == "been" and self.norm_at[i - 2] in _FINITE
            ):
                continue
            if word == "died" or word == "killed":
                return CasualtyCategory.KILLED
            if word in ("wounded", "injured"):
                return CasualtyCategory.WOUNDED
        return None

    def _loss_owner(self, at: int) -> str | None:
        """Whose losses the noun at ``at`` counts: "Russia's", "Ukrainian", "of the army"."""
        k = at - 1
        while k >= self.first and k >= at - 4 and self.norm_at[k] in lx.LOSS_OWNER_SKIP:
            k -= 1
        for party in self.m.parties:
            # the mention may take in a skipped word: "Russian military | losses"
            if party.role != MEDIATOR and k + 1 <= party.last <= at and party.first <= k:
                return party.code
        if self.norm_at[k] in ("its", "their") and self._actors():
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
            if self.norm_at[k] == "its":
                # "Ukraine said its death toll had reached 31,000": a state's "its" with no
                # other side before it is the state that speaks
                speakers = [p for p in self._actors() if p.noun and p.last <= k]
                if speakers:
                    return speakers[-1].code
        counted = next(
            (i for i in range(at - 1, max(self.first, at - 10), -1) if self.norm_at[i] == "number"),
            None,
        )
        if counted is not None and self.norm_at[counted + 1] == "of":
            # "the number of Ukrainians registered as missing": the people counted
            for party in self.m.parties:
                if party.role == NATIONALITY and counted + 2 <= party.first < at:
                    return party.code
        return self._owner_after_of(at)

    def _owner_after_of(self, at: int) -> str | None:
        """The side named after "of" or "among" following the loss noun at ``at``.

        "the losses of the armed forces of Ukraine", "casualties among Russian troops":
        the side whose losses the noun counts, past the words of a force.
        """
        if self.norm_at[at + 1] != "of" and not (
            self.norm_at[at + 1] == "among" and at + 2 < self.last
        ):
            return None
        reach = at + 5
        while reach < self.last and self.norm_at[reach] in _ARMED_FORCES:
            reach += 1  # "the losses of the armed forces of Ukraine"
        for party in self.m.parties:
            if party.role != MEDIATOR and at + 2 <= party.first <= reach:
                return party.code
        return None

    def _clause_start(self, position: int, floor: int) -> int:
        k = bisect.bisect_left(self.breaks, position) - 1
        return max(floor, self.breaks[k] + 1) if k >= 0 else floor

    def _past_apposition(self, figure: FigureMention, after: list[str]) -> list[str]:
        """The words after a noun group, past an apposition of people between commas.

        "more than 8,000 Ukrainians, soldiers and civilians, are held in Russia".
        """
        # between commas or between dashes: "9,300 Ukrainians — soldiers and civilians —",
        # a hyphen spaced on both sides typed for a dash too ("70,000 Ukrainians - ... -")
        at = figure.np_end
        spaced = after[:1] == ["-"] and at + 1 < self.last and self.tokens[at].gap > 0
        dash = spaced and self.tokens[at + 1].gap > 0
        if (
            not after
            or (after[0] not in (",", "—", "–") and not dash)
            or after[0] not in after[1:9]
        ):
            return after
        close = after.index(after[0], 1)
        if ";" in after[1:close] or ":" in after[1:close]:
            return after  # ", officials said; in all, 124 ...": the aside ends at the break
        between = range(figure.np_end + 1, figure.np_end + close)
        people = all(
            self.norm_at[i] in _APPOSITION_WORDS
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

    def _struck_people(self, figure: FigureMention) -> bool:
        """Whether the figure counts people an attack hit: "..., killing 25 people"."""
        return self._struck_verb(figure) is not None

    def _struck_verb(self, figure: FigureMention) -> int | None:
        """Where the verb of an attack's toll is: "killing 25 people", "were killed in a strike".

        Three shapes of one habit of reporting a strike's victims: the participle
        after the attack ("..., killing 25 people"), the passive with the attack named
        in the same clause ("three people were killed in a drone attack", "and 11
        were injured in the shelling", "As a result of shelling, two were injured"),
        and the attack as subject ("a drone attack on the village killed one man and
        wounded four"); a figure whose noun is left out ("and 14 injured") shares the
        verb before it. Only people counted as
        civilians or bare numbers qualify, so soldiers' losses keep their own rules.
        """
        head = self.norm_at[figure.np_end - 1] if figure.noun is not None else None
        if head in _STRUCK_VERBS:
            return self._elided_struck_verb(figure)
        if head is not None and head not in _STRUCK_HEADS:
            return None
        before = figure.first - 1
        if self.norm_at[before] in ("killing", "wounding", "injuring"):
            return before if head is not None else None
        if self.norm_at[before] in _STRUCK_VERBS:
            # "an attack on the village killed one man and wounded four"
            # the attack is the subject, up to one coordinated toll verb back
            for i in range(before - 1, max(self.first, before - 14) - 1, -1):
                if self.norm_at[i] in (";", ".", ":"):
                    return None
                if self.norm_at[i] in _ATTACKS:
                    return before
            return None
        if head is None and self.norm_at[before] != "and":
            return None
        if head is None and self._after_fighters(figure):
            return None  # "12 servicemen were killed and 60 were wounded in a strike": soldiers
        i = after = self._past_place(figure.np_end)  # "11 people in the city were hurt"
        while self.norm_at[i] in ("were", "have", "had", "been", "was"):
            i += 1
        if i == after or self.norm_at[i] not in _STRUCK_VERBS:
            return None
        for j in range(i + 1, min(self.last, i + 14)):
            if self.norm_at[j] in (";", "."):
                break
            if self.norm_at[j] == "," and self.norm_at[j + 1] in _FINITE:
                break  # "the rise, when 180 were killed, was driven by attacks": another verb's
            if self.norm_at[j] in _ATTACKS:
                return i
        return i if self._attack_fronted(figure) else None

    def _attack_fronted(self, figure: FigureMention) -> bool:
        """Whether the clause opens with the one attack the toll after it comes from.

        "As a result of the shelling, four people were killed" tells the same event as
        "four people were killed in the shelling"; "as a result of the war" names none, and
        attacks in the plural or a cause over a span ("due to strikes this year", "as a
        result of shelling in 2024") count many attacks, whose toll stays a claim.
        """
        if self._fronted_cache is None:
            self._fronted_cache = self._fronted_attack_end()
        return -1 < self._fronted_cache < figure.first

    def _fronted_attack_end(self) -> int:
        """Where the sentence's first cause phrase ends when it names one attack; -1 if not.

        The phrase runs from "as a result of" (or "due to", "because of") to its comma;
        every date of the sentence must be one day, so that the toll is that attack's.
        """
        for k in range(self.first, self.last):
            phrase = next(
                (
                    c
                    for c in lx.CAUSE_PHRASES
                    if all(self.norm_at[k + n] == w for n, w in enumerate(c))
                ),
                None,
            )
            if phrase is None:
                continue
            start = k + len(phrase)
            close = next((i for i in range(start, self.last) if self.norm_at[i] == ","), self.last)
            cause = {self.norm_at[i] for i in range(start, close)}
            one = not cause.isdisjoint(_ATTACKS) and cause.isdisjoint(
                _MANY_ATTACKS | lx.SAME_SPANS | TIME_UNITS
            )
            dated = all(not d.since and self._one_day_named(d) for d in self.m.dates)
            return close if one and dated else -1
        return -1

    def _one_day_named(self, date: DateMention) -> bool:
        """Whether a date stands on its own as one day: "on Tuesday", "yesterday", "on 4 March".

        A day that only bounds a span ("from Monday to Wednesday", "the week to Sunday",
        "between 1 and 7 March") is an end of several days, so its word alone cannot tell.
        """
        return one_day_after(self.norm, self.tokens, date.first - 1, self.last) or (
            self.norm_at[date.first] in lx.RELATIVE_DAYS
        )

    def _struck_by_ellipsis(self, figure: FigureMention) -> bool:
        """Whether a bare figure shares the people noun of a toll told before it.

        "at least 5 people were killed and more than 120 injured": the second figure's
        noun is left out ("injured" stands for it), so it counts the same people as the
        first; "a toll of 40" or a bare figure with no such toll before it is no ellipsis.
        """
        if figure.noun is not None and figure.noun.category is not None:
            return False  # "120 soldiers": a noun of its own
        after = figure.np_end - 1 if figure.noun is not None else figure.np_end
        return (
            after < self.last
            and self.norm_at[after] in _STRUCK_VERBS
            and -1 < self._first_struck_toll() < figure.first
        )

    def _first_struck_toll(self) -> int:
        """Where the sentence's first figure with a noun of struck people begins; -1 if none.

        Worked out once per sentence for :meth:`_struck_by_ellipsis`, which asks at every
        figure whether such a toll came before it.
        """
        if self._struck_toll_cache is None:
            self._struck_toll_cache = next(
                (
                    other.first
                    for other in self.m.figures
                    if other.noun is not None and self.norm_at[other.np_end - 1] in _STRUCK_HEADS
                ),
                -1,
            )
        return self._struck_toll_cache

    def _elided_struck_verb(self, figure: FigureMention) -> int | None:
        """The toll verb a figure with its noun left out shares: "were killed and 14 injured".

        The 14 are more of the people the figure before counts, hurt in the same attack:
        when that figure's verb ("killed") is an attack's toll, it is this figure's verb
        too. The figure's own word ("injured") says how its people were hurt.
        """
        verb = figure.first - 2
        if self.norm_at[figure.first - 1] != "and" or self.norm_at[verb] not in _STRUCK_VERBS:
            return None
        if not self._struck_by_ellipsis(figure):
            return None
        earlier = [f for f in self.m.figures if f.np_end <= verb]
        if not earlier:
            return None
        found = self._struck_verb(earlier[-1])
        # "killed and 14 injured and 3 missing": the figure before may be elided itself
        shared = found == verb or (found is not None and earlier[-1].np_end - 1 == verb)
        return verb if shared else None

    def _after_fighters(self, figure: FigureMention) -> bool:
        """Whether a bare figure after "and" goes on from soldiers counted just before it.

        "12 servicemen were killed and more than 60 were wounded": the bare 60 are more of
        the same soldiers, whose losses keep soldiers' rules, not a strike's civilian toll.
        """
        k = next((k for k, f in enumerate(self.m.figures) if f.first == figure.first), 0)
        if k == 0:
            return False
        previous = self.m.figures[k - 1]
        return (
            previous.noun is not None
            and self.norm_at[previous.np_end - 1] in lx.FIGHTERS
            and figure.first - previous.np_end < 8
        )

    def _framed_side(self) -> str | None:
        """The side an opening frame names: "On the Ukrainian side, ...", "For Russia, ...".

        Such a frame says whose figures the rest of the sentence gives, so a figure
        of no side of its own there is that side's.
        """
        i = self.first
        if self.norm_at[i] == "as" and self.norm_at[i + 1] == "for":
            i += 2
        elif self.norm_at[i] in ("on", "for"):
            i += 1
        else:
            return None
        at = (i, i + 1) if self.norm_at[i] == "the" else (i,)  # "the Russian side" may be one name
        party = next((p for p in self.m.parties if p.first in at and p.role != MEDIATOR), None)
        if party is None:
            return None
        end = party.last + (self.norm_at[party.last] == "side")
        if self.norm_at[end] == ",":
            return party.code
        # "On the Ukrainian side, where ...": a side named as a place opens the frame too
        side = self.norm_at[end - 1] == "side" and self.norm_at[end] == "where"
        return party.code if side else None

    def _speaking(self, at: int) -> bool:
        """Whether the words from ``at`` name speakers: "... officials said", "... said"."""
        words = [self.norm_at[i] for i in range(at, min(self.last, at + 3))]
        return bool(set(words) & (lx.SPEECH | _SPEAKER_NOUNS)) or any(
            at <= i < at + 3 for i in self.m.speech
        )

    def _start_of_something(self, date: DateMention) -> bool:
        """Whether a date says when something began: "launched on June 4", "began in 2022"."""
        before = {self.norm_at[i] for i in range(max(self.first, date.first - 3), date.first)}
        if before & _STARTING:
            return True
        if said_then(self.norm, date.first, date.last, self.m.figures):
            return False  # "since its chief said last August that ...": when it was said
        # "since the beginning of hostilities in the Kursk direction on 6 August"
        reach = range(max(self.first, date.first - 16), date.first)
        since = [i for i in reach if self.norm_at[i] == "since"]
        if not since or "by" in (self.norm_at[date.first - 1], self.norm_at[date.first - 2]):
            return False  # "... since 2022 stood at 13,580 by the end of June": a date reached
        return not self._any_in(self.breaks, since[-1], date.first) and not any(
            since[-1] < f.first < date.first for f in self.m.figures
        )

    def _put_verb(self, at: int, verbs: AbstractSet[str]) -> int | None:
        """The verb of "put the number ... at" for the figure at ``at``, or where its gap is.

        "put the number it handed over at 6,000 and the number received at 78": the
        second number leaves its verb out, and its "and" stands where the verb would be,
        so the words after it say which way the second figure went.
        """
        start = max(self.first, at - 16)
        put = next((i for i in range(at - 2, start - 1, -1) if self.norm_at[i] in verbs), None)
        gap = next(
            (
                i
                for i in range(at - 3, max(self.first, at - 10) - 1, -1)
                if self.norm_at[i] == "and"
                and self.norm_at[i + 1] == "the"
                and self.norm_at[i + 2] in lx.NUMBER_NOUNS
                and self.norm_at[i - 1] != "number"
            ),
            None,
        )
        if gap is None or self._put_verb(gap, verbs) is None:
            return put
        return gap

    def _side_last_heard(self, belligerents: Sequence[str]) -> str | None:
        """The side of the latest speaker the text named whose side is known."""
        return next(
            (e.party for e in reversed(self.discourse.sources) if e.party in belligerents), None
        )

    def _about_losses(self) -> bool:
        """Whether the sentence counts losses and tells of no handing over at all."""
        losses = lx.LOSS_VERBS | lx.KILLED_WORDS | lx.WOUNDED_WORDS | lx.TOTAL_WORDS
        handed = [t for t in self.m.transfers if not self._brings_a_total(t.last)]
        if handed:
            return False
        if self.norm_set & losses:
            return True
        # "The General Staff put the total at 1,000,340": the losses just told
        latest = self.discourse.claims
        if latest and latest[-1].sentence == self.index - 1:
            return True
        if self._claim_past_figureless() is not None:
            return True
        # "It publishes a daily update of Russian losses. It put the total at 998,000": the
        # losses the sentence before named without a figure are the total's, when a pronoun
        # takes their teller up; not a named office's total, nor one told of a swap ("After
        # the latest swap, the coordination headquarters put the total at 5,100")
        named = self.discourse.losses
        return (
            named is not None
            and named[0] == self.index - 1
            and bool(self.norm_set & _TELLER_PRONOUNS)
            and not self.norm_set & lx.EXCHANGE_NOUNS
        )

    def _claim_past_figureless(self) -> CasualtyCategory | None:
        """The kind of loss a figure carries on past a sentence with no figure, if any.

        "Kyiv said 40,000 of its soldiers had died. It rarely puts a number on the dead.
        In May he gave a figure of 25,000": the sentence between names one kind of loss
        and no count, and a word here ("he", "the president") points back to the
        speaker of the claims just before it, all of one side: that side's count of
        that kind.
        """
        latest = self.discourse.claims
        between, kinds = self.discourse.figureless
        if not latest or latest[-1].sentence != self.index - 2 or between != self.index - 1:
            return None
        if len(kinds) != 1 or len({c.subject for c in latest}) != 1:
            return None
        pointing = {m.first for m in self.m.sources if m.entry is None}
        if not any(
            first in pointing and entry == latest[-1].claimant
            for first, _, entry in self._speaker_mentions()
        ):
            return None
        return CasualtyCategory(next(iter(kinds)))

    def _brings_a_total(self, verb_end: int) -> bool:
        """Whether the verb ending at ``verb_end`` takes a running total as its object.

        "bringing its total", "bringing its running count", "bringing what it says is
        the total to 859,000": the verb moves a total up, not people. The object is read
        up to the first figure or clause break, so a speaker's aside before it counts.
        """
        # The object stops at the next figure, found once by bisection for each verb.
        stop = min(self.last, verb_end + 1 + _TOTAL_OBJECT_REACH)
        starts = self.figure_starts
        k = bisect.bisect_left(starts, verb_end + 1)
        if k < len(starts):
            stop = min(stop, starts[k])
        for j in range(verb_end + 1, stop):
            if self.norm_at[j] in (",", ";", ":"):
                return False
            if self.norm_at[j] in _TOTAL_NOUNS:
                return True
        return False

    def _linked_to_total(self, total: int, figure: FigureMention) -> bool:
        """Whether "total" at ``total`` is joined to the figure: "to 700", "had reached 4,810"."""
        link = figure.first - 1
        while link > total + 1 and self.norm_at[link] in lx.LINK_SKIP:
            link -= 1  # "the total ... is now around 216,000"
        if self.norm_at[figure.first] in lx.FIGURE_LINKS:
            link = figure.first
        if self.norm_at[link] == "as" and self.norm_at[total - 2] in _GIVE_TOTAL:
            pass  # "gave the total as 1,000,340": the giving verb links figure to total
        elif self.norm_at[link] not in lx.FIGURE_LINKS:
            return False
        aside = self._whose_count_aside(total + 1, link)
        for j in range(total + 1, link):
            word = self.norm_at[j]
            if not (
                j in aside
                # "the total it claims is": the teller's own relative clause
                or (word in ("it", "they") and self.norm_at[j + 1] in lx.SPEECH)
                or (self.norm_at[j - 1] in ("it", "they") and word in lx.SPEECH)
                # "to the total, which it put at": the teller's relative clause giving it
                or (word == "which" and self.norm_at[j - 1] == "," and j + 3 == link)
                # "the number he gave was": the giver's own relative clause
                or (word in _GIVERS and self.norm_at[j + 1] in _GIVE_TOTAL)
                or (self.norm_at[j - 1] in _GIVERS and word in _GIVE_TOTAL)
                or word.isdigit()
                or word in _TOTAL_GAP
                or word in lx.MONTHS
                # "the total since Wednesday to 3,612": a span's start, whatever the date
                or any(d.since and d.first <= j < d.last for d in self.m.dates)
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
        opening = next((j for j in range(start, end) if self.norm_at[j] == ","), None)
        if opening is not None and self.norm_at[opening + 1] in lx.ISSUED_WORDS:
            # ", published on 1 January,": when the teller gave the total, not its span
            closing = next((j for j in range(opening + 2, end) if self.norm_at[j] == ","), None)
            return range(opening, closing + 1) if closing is not None else range(0)
        if opening is None or self.norm_at[opening + 1] not in ("by", "according"):
            return range(0)
        closing = next((j for j in range(opening + 1, end) if self.norm_at[j] == ","), None)
        if closing is None or (
            self.norm_at[opening + 1] == "by"
            and self.norm_at[closing - 1] not in ("count", "tally")
        ):
            return range(0)
        return range(opening, closing + 1)

    def _update_of(self, date: DateMention) -> bool:
        """Whether ``date`` names a count's update: "its update of 4 July", "its 4 July update",
        "said in an update on Wednesday"."""
        if (
            self.norm_at[date.first - 1] == "of"
            and self.norm_at[date.first - 2] in _PUBLISHED_NOUNS
        ):
            return True
        if self.norm_at[date.first - 1] == "on" and self.norm_at[date.first - 2] in _UPDATE_NOUNS:
            return True  # not "the release on Monday", which may be of people
        return self.norm_at[date.last] in _PUBLISHED_NOUNS and (
            self.norm_at[date.first - 1] in ("its", "their", "the")
            or self.tokens[date.first - 1].poss
        )

    def _published_on(self, date: DateMention) -> bool:
        """Whether a verb of publishing a count stands just before ``date``: "published on".

        Or a noun of one: "according to its update of 4 July".
        """
        if self.norm_at[date.first - 1] == "of":
            return self.norm_at[date.first - 2] in _PUBLISHED_NOUNS
        if self.norm_at[date.first - 1] not in ("on", "in"):
            return False
        for k in range(date.first - 2, max(self.first, date.first - 5) - 1, -1):
            if self.norm_at[k] in (",", ";", ":") or self.tokens[k].kind == NUM:
                break
            if self.norm_at[k] in lx.ISSUED_WORDS:
                return True  # "published on", "updated the count on"
        verb = self.norm_at[date.first - 2]
        # "figures released on Monday" (not "prisoners released on Monday")
        return verb == "released" and any(
            self.norm_at[i] in _PUBLISHED_THINGS for i in range(date.first - 6, date.first - 2)
        )

    def _equivalent_head(self, figure: FigureMention) -> int | None:
        """Where "equivalent figure" (or the like) stands before ``figure`` in its clause."""
        head = next(
            (
                i
                for i in range(figure.first - 2, max(self.first, figure.first - 14) - 1, -1)
                if self.norm_at[i] in lx.EQUIVALENT_WORDS and self.norm_at[i + 1] in lx.FIGURE_HEADS
            ),
            None,
        )
        if head is None or self._figure_between(head, figure.first):
            return None
        return head

    def _party_for(self, at: int) -> str | None:
        """The side named by "for X" at ``at``: "the equivalent figure for Russia"."""
        if self.norm_at[at] != "for":
            return None
        return next(
            (p.code for p in self.m.parties if p.first in (at + 1, at + 2) and p.role != MEDIATOR),
            None,
        )

    def _part_category(self, figure: FigureMention) -> PersonCategory | None:
        """The kind of people a part counts: its own noun, or "3,948 were servicemen"."""
        noun = figure.noun
        if noun is None and self.norm_at[figure.last] in ("were", "was", "are"):
            found = lx.PEOPLE.match(self.tokens, figure.last + 1, self.last)
            noun = found[1] if found is not None else None
        elif noun is None and self.norm_at[figure.last] == "of":
            at = figure.last + 2  # "33 of them civilians", "12 of them were children"
            if self.norm_at[at] in ("were", "was", "are", "being"):
                at += 1
            found = lx.PEOPLE.match(self.tokens, at, self.last)
            noun = found[1] if found is not None else self._kind_adjective(at)
        elif self._partitive_copula(figure):
            # "50 of the women were marines": the group, then the kind after the copula
            found = lx.PEOPLE.match(self.tokens, figure.np_end + 1, self.last)
            noun = found[1] if found is not None else self._kind_adjective(figure.np_end + 1)
        if noun is None or noun.category is None:
            return None
        return PersonCategory.REMAINS if noun.remains else noun.category

    def _partitive_copula(self, figure: FigureMention) -> bool:
        """Whether the figure counts some of a group of no kind and a copula follows.

        "50 of the women were marines": "of the women" names people already
        counted, so the word after "were" gives the part's kind.
        """
        return (
            self.norm_at[figure.last] == "of"
            and self.norm_at[figure.last + 1] in ("the", "those", "these")
            and (figure.noun is None or figure.noun.category is None)
            and self.norm_at[figure.np_end] in ("were", "was", "are")
        )

    def _kind_adjective(self, at: int) -> Noun | None:
        """The kind an adjective at ``at`` names when it ends a list item as its noun.

        "390 Ukrainians, 270 of them military and 120 civilians": "military" stands
        for military people; followed by a noun ("military hospitals") it does not.
        """
        if self.norm_at[at + 1] not in ("and", ",", ";", ".", "\u2014", "\u2013", "-", ""):
            return None
        return lx.KIND_ADJECTIVES.get(self.norm_at[at])

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
            if self.norm_at[start] == "that":
                start += 1
        end = self.last
        while end > start and self.tokens[end - 1].kind == SYM:
            end -= 1
        if end - start < 4:
            start = after if after > self.first else self.first
        if end <= start:
            return None
        return _words(self.tokens, start, end, self.text)


# Nouns of a deal between the sides: the party after "a swap with" is the partner.
_DEALS: Final = frozenset({"swap", "exchange", "deal", "talks", "agreement", "trade"})


# what joins two sides' names into one group: "Ukrainian and Russian soldiers"
_NAME_JOINERS: Final = frozenset({",", "and", "or"})


def _other(code: str, belligerents: Sequence[str]) -> str | None:
    others = [b for b in belligerents if b != code]
    return others[0] if len(others) == 1 and code in belligerents else None


def _words(tokens: list[Token], start: int, end: int, text: str) -> str:
    return " ".join(text[tokens[start].start : tokens[end - 1].end].split())
