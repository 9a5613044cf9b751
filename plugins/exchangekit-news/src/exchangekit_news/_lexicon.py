"""The words the rules know: numbers, people, verbs of handing over and of saying, dates, sources.

Kept as data so that the grammar in :mod:`exchangekit_news._extract` stays
short, and so a reader can see at a glance what the parser does and does not
recognise. Every entry is lower case as produced by :func:`tokenize`.
"""

from __future__ import annotations

import enum
import functools
import itertools
import types
from collections.abc import Callable, Iterable, Mapping
from typing import Final, Generic, NamedTuple, TypeVar

from exchangekit import PersonCategory, SourceKind, figures
from exchangekit_news._tokens import WORD, Token, tokenize

__all__ = [
    "PhraseMatcher",
    "Role",
    "SourceEntry",
    "words",
]

V = TypeVar("V")


def words(phrase: str) -> tuple[str, ...]:
    """The normalised tokens of ``phrase``, as they are compared with a document's tokens."""
    return tuple(t.norm for t in tokenize(phrase))


class _Node(Generic[V]):
    """One word of a phrase: the value of the phrase that ends here, and the words that go on."""

    __slots__ = ("children", "value")

    def __init__(self) -> None:
        self.value: V | None = None
        self.children: dict[str, _Node[V]] = {}


class PhraseMatcher(Generic[V]):
    """Finds the longest known phrase starting at a token, in time bounded by the longest phrase.

    Phrases are compared on normalised tokens, in which a possessive ``'s`` is
    dropped (``Russia's`` matches ``russia``). The phrases form a tree of
    words, so a token that starts no phrase costs one dictionary look-up.
    """

    def __init__(self, entries: Iterable[tuple[str, V]]) -> None:
        self._root: dict[str, _Node[V]] = {}
        for phrase, value in entries:
            level = self._root
            node: _Node[V] | None = None
            for word in words(phrase):
                node = level.get(word)
                if node is None:
                    node = level[word] = _Node()
                level = node.children
            if node is not None:
                node.value = value
        self._firsts = frozenset(self._root)
        self._alone = frozenset(w for w, node in self._root.items() if node.value is not None)
        self._pairs = frozenset((w, n) for w, node in self._root.items() for n in node.children)

    @property
    def firsts(self) -> frozenset[str]:
        """Every word some phrase begins with."""
        return self._firsts

    @property
    def alone(self) -> frozenset[str]:
        """Every word that is a whole phrase by itself."""
        return self._alone

    @property
    def pairs(self) -> frozenset[tuple[str, str]]:
        """Every pair of words a longer phrase begins with.

        A phrase can start at a word only if the word is in :attr:`alone` or it and
        the next word are a pair here, so most places need no call of :meth:`match`.
        """
        return self._pairs

    def match(self, tokens: list[Token], i: int, stop: int) -> tuple[int, V] | None:
        """``(end, value)`` of the longest phrase at ``tokens[i:]`` ending by ``stop``."""
        if i >= stop:
            return None
        node = self._root.get(tokens[i].norm)
        if node is None:
            return None
        best: tuple[int, V] | None = None
        j = i
        while True:
            if node.value is not None:
                best = (j + 1, node.value)
            j += 1
            if j >= stop or tokens[j].gap >= 2 or not node.children:
                return best
            following = node.children.get(tokens[j].norm)
            if following is None:
                return best
            node = following


# -- figures ---------------------------------------------------------------

# Words that can make a figure without digits; a sentence without them and without digits
# has no figure, and is not shown to the figure grammar.
NUMBER_WORDS: Final = figures.NUMBER_WORDS
# The values of the counts small enough to be spelt out in a count of stages, days or
# weeks: "in seven stages", "three weeks ago". One map for every rule that counts so.
NUMBER_VALUES: Final[Mapping[str, int]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip


def is_bare_year(text: str) -> bool:
    """Whether ``text`` is a bare number read as a year: four digits from 1800 to 2100."""
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100


def number_value(word: str) -> int | None:
    """The value of a small count written in digits or spelt out ("3", "three"), or None.

    Rules that compare a told count with a list ("in three stages, on 2, 5 and 9 July")
    read "3 stages" and "seven stages" alike through this one function.
    """
    if word.isdigit() and len(word) <= 3:
        return int(word)
    return NUMBER_VALUES.get(word)


# Hedges that exchangekit.figures leaves outside a figure, and the hedge it reads instead.
EXTRA_HEDGES: Final = PhraseMatcher(
    [
        ("close to", "nearly"),
        ("just under", "nearly"),
        ("passed", "more than"),
        ("surpassed", "more than"),
        ("exceeded", "more than"),
        ("topped", "more than"),
        # a line gone past, like "passed": "the count crossed 5,000 on Sunday"
        ("crossed", "more than"),
        # the present tense: "the number now exceeds 3,700"
        ("exceeds", "more than"),
        ("surpasses", "more than"),
        # with a plural subject: "Ukraine's losses exceed 700,000"
        ("exceed", "more than"),
        ("surpass", "more than"),
        ("tops", "more than"),
        ("crosses", "more than"),
    ]
)
# Bounds written after their figure, and the hedge they make of it: "40 at most",
# "120 soldiers or more".
TRAILING_BOUNDS: Final[Mapping[tuple[str, str], str]] = types.MappingProxyType(
    {
        ("at", "most"): "at most",
        ("at", "least"): "at least",
        ("or", "more"): "at least",
        ("or", "fewer"): "at most",
        ("or", "less"): "at most",
    }
)
# Words that stand before a figure as part of a verb, not as its hedge ("handed over 1,000").
PARTICLE_VERBS: Final = frozenset({"hand", "hands", "handed", "handing", "passed", "pass"})
# Past forms of "total", which give the number of their subject: "the bodies ... totalled
# 6,057", "a group, which officials said numbered five" (with "numbered").
# Words that make "to" close a fixed phrase, not name the way people went: "thanks to
# Turkey", "according to the Ukrainian ministry".
TO_PHRASES: Final = frozenset({"thanks", "due", "according", "owing", "next", "close"})
TOTALLED: Final = frozenset({"totalled", "totaled"})
# Finite verbs that give the number of their subject: "the bodies returned since June
# totalled 6,057", "the bodies returned this year number more than 12,000".
COUNTING_VERBS: Final = TOTALLED | {"number", "numbered"}
# Plurals of the exchanges themselves: "in three swaps", "after two handovers".
EXCHANGE_PLURALS: Final = frozenset({"exchanges", "swaps", "handovers", "repatriations"})
EXCHANGE_NOUNS: Final = EXCHANGE_PLURALS | {"exchange", "swap", "handover", "repatriation"}
# Vehicles that carry a handover's people or dead across, and hold no one of their own:
# "the lorries brought another 1,003", "a train carrying 900 bodies arrived".
CARRIERS: Final = frozenset(
    {"lorry", "lorries", "truck", "trucks", "train", "trains", "convoy", "convoys"}
    | {"bus", "buses", "wagons", "carriages", "vans"}
)
# Nouns of a deal struck, whose terms are plans: "the agreement on the return of 500".
AGREEMENT_NOUNS: Final = frozenset(
    {"agreement", "agreements", "accord", "accords", "deal", "memorandum"}
)
# Plurals of the parts of a series of exchanges: "in three stages", "over two rounds".
STAGE_PLURALS: Final = frozenset({"stages", "rounds", "phases"})
# One exchange or one stage of a series, in the singular: "by the end of the fourth stage".
ONE_HANDOVER_NOUNS: Final = frozenset({"stage", "round", "phase", "exchange", "swap", "handover"})
# Plurals that count handovers, the base of every set of stage words: each module that
# needs more ("operations", "days", "batches") names its additions where it uses them.
HANDOVER_PLURALS: Final = EXCHANGE_PLURALS | STAGE_PLURALS
# "exchanged prisoners in the 146 for 146 format", "on a one-for-one basis": nouns naming
# a pair as the shape of a swap.
PAIR_SHAPES: Final = frozenset({"format", "formula", "basis", "principle", "ratio"})
# Subjects of "the figures were 1,000 and 24": an exchange's two figures told as a bare pair.
PAIR_SUBJECTS: Final = frozenset({"figures", "numbers"})
CURRENCY: Final = frozenset("$€£₴₽¥")
MEASURES: Final = frozenset(
    {
        "tonnes",
        "tons",
        "tonne",
        "ton",
        "kilograms",
        "kg",
        "kilometres",
        "kilometers",
        "km",
        "miles",
        "metres",
        "meters",
        "litres",
        "liters",
        "hectares",
        "dollars",
        "euros",
        "hryvnias",
        "hryvnia",
        "roubles",
        "rubles",
        "pounds",
        "megawatts",
        "calories",
    }
)
"""Units of things measured, never of people: "1,200 tonnes of aid", "300 dollars"; a figure
right before one is an amount of something else, whatever reading its clause invites."""
# -- people ------------------------------------------------------------------


class Noun(NamedTuple):
    """A noun that names people (or their remains), and what it tells about them."""

    category: PersonCategory | None  # None: people of no particular category
    remains: bool = False


# Military units whose members a figure may count: "the members of the garrison", "five of
# the regiment's officers".
MILITARY_UNITS: Final = frozenset(
    {"unit", "brigade", "regiment", "battalion", "division", "garrison"}
)

PEOPLE: Final = PhraseMatcher(
    [
        ("bodies", Noun(PersonCategory.REMAINS, True)),
        ("body", Noun(PersonCategory.REMAINS, True)),
        ("remains", Noun(PersonCategory.REMAINS, True)),
        ("corpses", Noun(PersonCategory.REMAINS, True)),
        ("dead", Noun(PersonCategory.REMAINS, True)),
        ("fallen", Noun(PersonCategory.REMAINS, True)),
        ("prisoners of war", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("prisoner of war", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("prisoners", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("prisoner", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("pows", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("pow", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("captives", Noun(PersonCategory.OTHER)),  # held soldiers and civilians alike
        ("servicemen", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("serviceman", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("servicemembers", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("service members", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("servicewomen", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("soldiers", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("soldier", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("troops", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("defenders", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("fighters", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("marines", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("conscripts", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("paratroopers", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("reservists", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("infantrymen", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("guardsmen", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("border guards", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("border guard", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("sailors", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("airmen", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("pilots", Noun(PersonCategory.PRISONERS_OF_WAR)),  # "for 3 Russian pilots"
        # "about 900 members of the unit remain in captivity": a military unit's members
        *(
            (f"members of the {unit}", Noun(PersonCategory.PRISONERS_OF_WAR))
            for unit in sorted(MILITARY_UNITS)
        ),
        # ranks: "213 soldiers and sergeants, 11 officers and six civilians"
        ("officers", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("commanders", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("sergeants", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("combatants", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("military personnel", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("personnel", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("civilians", Noun(PersonCategory.CIVILIANS)),
        ("civilian", Noun(PersonCategory.CIVILIANS)),
        ("civilian detainees", Noun(PersonCategory.CIVILIANS)),
        # crews of merchant or rescue ships, held as civilians: "19 civilian sailors"
        ("civilian sailors", Noun(PersonCategory.CIVILIANS)),
        ("civilian seamen", Noun(PersonCategory.CIVILIANS)),
        ("residents", Noun(PersonCategory.CIVILIANS)),
        # people of a calling, held as civilians: "at least 30 clergy have been detained"
        ("clergy", Noun(PersonCategory.CIVILIANS)),
        ("clergymen", Noun(PersonCategory.CIVILIANS)),
        ("children", Noun(PersonCategory.CHILDREN)),
        ("child", Noun(PersonCategory.CHILDREN)),
        ("minors", Noun(PersonCategory.CHILDREN)),
        ("kids", Noun(PersonCategory.CHILDREN)),
        ("teenagers", Noun(PersonCategory.CHILDREN)),
        ("orphans", Noun(PersonCategory.CHILDREN)),
        ("boys", Noun(PersonCategory.CHILDREN)),
        # a side's word for its own fighters: "1,500 of our boys came home"
        ("our boys", Noun(PersonCategory.PRISONERS_OF_WAR)),
        ("girls", Noun(PersonCategory.CHILDREN)),
        ("people", Noun(None)),
        ("persons", Noun(None)),
        ("individuals", Noun(None)),
        ("adults", Noun(None)),  # "six children and two adults": grown-ups of no kind
        # the parents children come home with: "nine children with two of their mothers";
        # a father may be a soldier freed in a swap, so only mothers name civilians
        ("mothers", Noun(PersonCategory.CIVILIANS)),
        # "seven children and two adult relatives": the grown-up kin who come home with
        # children are civilians too
        ("adult relatives", Noun(PersonCategory.CIVILIANS)),
        ("adult family members", Noun(PersonCategory.CIVILIANS)),
        ("fathers", Noun(None)),
        ("parents", Noun(None)),
        ("adult", Noun(None)),
        ("citizens", Noun(None)),
        ("nationals", Noun(None)),
        ("compatriots", Noun(None)),  # "2,700 of our compatriots": people of no kind
        # a side's word for its own people, soldiers and civilians alike: "70 heroes came home"
        ("heroes", Noun(None)),
        ("foreigners", Noun(None)),  # "the bodies of four foreigners who had fought"
        ("volunteers", Noun(None)),  # "the remains of 3 foreign volunteers who fought"
        ("men", Noun(None)),
        ("women", Noun(None)),
        ("man", Noun(None)),  # "killed one man": a strike's toll of one
        ("woman", Noun(None)),
        ("casualties", Noun(None)),
        # a tally's term for people lost, unlike bare "losses" (of tanks as well):
        # "6,790 personnel losses"
        ("personnel losses", Noun(None)),
        ("deaths", Noun(None)),
        ("wounded", Noun(None)),
        ("injured", Noun(None)),
        ("injuries", Noun(None)),  # "183 civilian deaths and 1,133 injuries": the injured
        ("killed", Noun(None)),
        ("missing", Noun(None)),
    ]
)
KIND_ADJECTIVES: Final = {"military": Noun(PersonCategory.PRISONERS_OF_WAR)}
"""Adjectives of a kind of people that stand as the noun of a part: "270 of them military"."""
# Nouns that are people only as the subject of a casualty figure ("380,000 wounded").
CASUALTY_NOUNS: Final = frozenset(
    {"casualties", "deaths", "dead", "wounded", "injured", "injuries", "killed", "missing"}
)

# Adjectives saying the people counted are alive, so not the dead: "140 living prisoners".
ALIVE_MODIFIERS: Final = frozenset({"living", "surviving"})
# Words allowed between a figure and the noun it counts.
PEOPLE_MODIFIERS: Final = ALIVE_MODIFIERS | frozenset(
    {
        "more",
        "other",
        "further",
        "additional",
        "freed",
        "released",
        "captured",
        # participles of being held say nothing of the kind: "31 detained civilians"
        "detained",
        "imprisoned",
        "captive",
        "illegally",
        "unlawfully",
        "military",
        "foreign",
        "young",
        "former",
        "and",
        "returning",
        "its",
        "their",
        "our",
        "his",
        "her",
        "own",
        "of",
        "the",
        "those",
        "these",
        "still",
        # a count of people known by name: "87,000 named dead", "5,000 confirmed dead"
        "named",
        "confirmed",
        "verified",
        "documented",
    }
)
WOUNDED_MODIFIERS: Final = frozenset(
    {"wounded", "injured", "severely", "seriously", "badly", "gravely", "sick", "ill"}
)
REMAINS_MODIFIERS: Final = frozenset({"fallen", "dead", "killed", "deceased"})
# Possessives naming a side's own people: "returned 11 of its children".
POSSESSIVE_PRONOUNS: Final = frozenset({"its", "their", "our"})
# Participles by which a teller labels people: "people Moscow described as civilians".
LABELLING: Final = frozenset({"described", "identified", "termed"})
# Pronouns that stand for a teller or giver named before: "he said", "it gave 40".
TELLER_PRONOUNS: Final = frozenset({"he", "she", "they", "it"})
# Possessives of a teller named before: "In his words, 1,800 have come home".
TELLER_POSSESSIVES: Final = frozenset({"his", "her", "their"})
# Pronouns that open a clause as its subject, the speaker's "we" among them.
SUBJECT_PRONOUNS: Final = TELLER_PRONOUNS | {"we"}
# A town's or region's own body and the words that make it one: "the city council",
# "the local administration" (not "the Biden administration").
LOCAL_BODIES: Final = frozenset({"council", "administration", "municipality"})
LOCAL_BODY_PLACES: Final = frozenset(
    {"local", "city", "town", "village", "municipal", "district", "regional", "oblast"}
)

# Where people are from, for "residents of the Kursk region".
REGIONS: Final = {
    "kursk": "RUS",
    "belgorod": "RUS",
    "bryansk": "RUS",
    "sumy": "UKR",
    "kharkiv": "UKR",
    "chernihiv": "UKR",
    "odesa": "UKR",
    "kyiv": "UKR",
    "mykolaiv": "UKR",
    "dnipro": "UKR",
    "zaporizhzhia": "UKR",
    "kherson": "UKR",
    "lviv": "UKR",
    "volyn": "UKR",
    "rivne": "UKR",
    "zhytomyr": "UKR",
    "poltava": "UKR",
    "vinnytsia": "UKR",
    "cherkasy": "UKR",
    "chernivtsi": "UKR",
    "ternopil": "UKR",
    "khmelnytskyi": "UKR",
    "kirovohrad": "UKR",
    "tatarstan": "RUS",
    "bashkortostan": "RUS",
    "voronezh": "RUS",
    "rostov": "RUS",
    "sudzha": "RUS",
    # towns whose defenders are a side's own: "45 defenders of Mariupol", "of Azovstal"
    "mariupol": "UKR",
    "azovstal": "UKR",
    "bakhmut": "UKR",
    "avdiivka": "UKR",
}
# Of those, the towns named for a garrison that defended them: "Azovstal defenders" are
# a side's soldiers, not one place's residents.
DEFENDED_TOWNS: Final = frozenset({"mariupol", "azovstal", "bakhmut", "avdiivka"})
# The same with "a" for one: "a week ago", "a day after".
A_OR_NUMBER_VALUES: Final[Mapping[str, int]] = {"a": 1, **NUMBER_VALUES}

# -- verbs and nouns of handing people over -----------------------------------


class Move(enum.Enum):
    """How a word of handing over relates its grammatical subject to the people moved."""

    SEND = "send"  # Russia returned ... / handed over ...: the subject gives
    RECEIVE = "receive"  # Ukraine received / got back / brought home ...: the subject gets
    SWAP = "swap"  # Russia and Ukraine swapped ...: both give and get
    EVENT = "event"  # a handover / the repatriation of ...: a noun, no subject


# Speakers nobody stands behind: "a post shared on social media says", "rumours claimed".
UNSOURCED: Final = frozenset({"post", "posts", "rumour", "rumours", "rumor", "rumors"})
# Nouns of the press that may give a count of its own: "a Russian news site put the figure
# at 1,300", "independent Russian newsrooms counted 90,000".
PRESS_NOUNS: Final = frozenset(
    {"media", "outlet", "outlets", "site", "sites", "website", "websites"}
    | {"newspaper", "newspapers", "tabloid", "tabloids", "blog", "blogs"}
    | {"newsroom", "newsrooms"}
)

# Words that say a swap never happened: "was cancelled", "was shelved", "collapsed"; "off"
# and "through" only after their verbs ("called off", "fell through").
CALLED_OFF: Final = frozenset(
    {"cancelled", "canceled", "scrapped", "abandoned", "aborted", "collapsed", "shelved"}
)
_CALLED_OFF_PARTICLES: Final = {"off": frozenset({"called", "calls", "call"})} | {
    "through": frozenset({"fell", "falls", "fall", "fallen"})
}
# Words before a verb of calling off that say the swap went ahead after all.
_NOT_QUITE: Final = frozenset({"nearly", "almost", "narrowly", "not", "never", "n't"})


def added_group_start(norm: Callable[[int], str], at: int) -> int:
    """Where "another" or "a further" right before the number at ``at`` starts, else ``at``.

    "received another 1,003", "on 25 June a further 90 each": a group more than one told
    before, placed in its clause as the bare number would be.
    """
    if norm(at - 1) == "another":
        return at - 1
    if norm(at - 1) == "further" and norm(at - 2) == "a":
        return at - 2
    return at


def vague_figure_start(norm: Callable[[int], str], at: int) -> int:
    """Where a figure of words only ("a few dozen", "several hundred") ending at ``at`` starts.

    "and a few dozen on the Russian side": the item's joining word stands before "a few",
    not before the scale word the number is read from; any other number starts at ``at``.
    """
    if norm(at) not in ("dozen", "hundred") or norm(at - 1) not in ("few", "several"):
        return at
    return at - 1 - (norm(at - 1) == "few" and norm(at - 2) == "a")


def calls_off(norm: Callable[[int], str], at: int) -> bool:
    """Whether the word at ``at`` says a swap was called off and never happened.

    "the swap was cancelled", "the deal fell through", "which Moscow called off": no
    handover; a bare "off" or "through" ("set off", "went through") says nothing of it,
    and "was nearly called off", "was not cancelled" say the swap went ahead.
    """
    word = norm(at)
    particle_verbs = _CALLED_OFF_PARTICLES.get(word)
    verb = at if particle_verbs is None else at - 1
    if word not in CALLED_OFF and (particle_verbs is None or norm(verb) not in particle_verbs):
        return False
    return not any(norm(k) in _NOT_QUITE for k in range(verb - 2, verb))


# Words that make a line of a list, or its heading, a plan or a schedule ("Planned
# exchanges", "will"), not a record of what was done.
PLANNING: Final = frozenset(
    {
        "will",
        "would",
        "could",
        "may",
        "might",
        "should",
        "shall",
        "planned",
        "plan",
        "plans",
        "planning",
        "scheduled",
        "schedule",
        "expected",
        "proposed",
        "upcoming",
        "next",
        "ahead",
        "future",
        "due",
    }
)
# Words that make a figure a running total rather than one event.
RUNNING_TOTAL: Final = PhraseMatcher(
    [
        ("so far", True),
        ("to date", True),
        ("in total", True),
        ("in all", True),
        ("altogether", True),
        ("since the start", True),
        ("since the beginning", True),
        ("since 2022", True),
        ("since 2014", True),
        ("since february 2022", True),
        ("since the war began", True),
        ("since the full-scale invasion", True),
        ("since the invasion", True),
        ("overall", True),
        ("cumulative", True),
        ("until now", True),
        ("up to now", True),
        ("up until now", True),
        ("thus far", True),
        # a level a count has reached: "the tally now stands at 3,300"
        ("stands at", True),
        ("stood at", True),
        ("now totals", True),
        ("all told", True),
        # a start named by its first event: "since the first handover in June"
        ("since the first", True),
        ("since the very first", True),
        ("since the initial", True),
        ("since the earliest", True),
        # a sum that counts the exchange just told with the earlier ones: "Together with
        # today's exchange, 4,131 have been returned", "including today's swap"
        # a sum over a span told before: "had returned 78 bodies over the same period"
        ("over the same period", True),
        ("in the same period", True),
        ("during the same period", True),
        ("together with today", True),
        ("together with this", True),
        ("together with the latest", True),
        ("including today", True),
        # the same sum told as counted: "Taking into account today's exchange, 4,306 ..."
        ("taking into account today", True),
        ("taking into account this", True),
        ("taking into account the latest", True),
        ("counting today", True),
        ("counting this", True),
        ("counting the latest", True),
        # the whole war as the span of a sum: "across the war, 15,000 bodies have come back"
        ("across the war", True),
        ("across the whole war", True),
        ("over the whole war", True),
        ("throughout the war", True),
        ("over the course of the war", True),
        ("since the war started", True),
    ]
)
PER_SIDE: Final = PhraseMatcher(
    [
        ("each", True),
        ("apiece", True),
        ("on each side", True),
        ("on both sides", True),
        ("from each side", True),
        ("each side", True),
        ("for each side", True),
        # "84 and 146 people per side", "25 prisoners in each direction"
        ("per side", True),
        ("a side", True),
        ("in each direction", True),
        ("in either direction", True),
    ]
)
MEDIATION: Final = PhraseMatcher(
    [
        ("mediated", True),
        ("mediation", True),
        ("mediator", True),
        ("mediators", True),
        ("mediating", True),
        ("brokered", True),
        ("broker", True),
        ("helped", True),
        ("help", True),
        ("assistance", True),
        ("assisted", True),
        ("assisting", True),
        ("facilitated", True),
        ("facilitating", True),
        ("go-between", True),
        ("intermediary", True),
        ("thanked", True),
        ("thank", True),
        ("thanking", True),
        ("participation", True),
        ("involved", True),
        ("organised", True),
        ("organized", True),
        ("auspices", True),
        ("took part", True),
        ("take part", True),
    ]
)

# -- saying -------------------------------------------------------------------

QUOTE_MARKS: Final = frozenset({'"', "“", "”", "'", "‘", "’"})
# The marks of a quotation that no apostrophe can be mistaken for.
DOUBLE_QUOTES: Final = frozenset({'"', "“", "”"})
# The marks of a quotation that may open one right on a verb: 'did not "hand over 500"'.
OPENING_DOUBLE_QUOTES: Final = DOUBLE_QUOTES - {"”"}
# The marks that may close a quotation: a quoted count before its verb, 'another 22" had come'.
CLOSING_QUOTES: Final = frozenset({'"', "”", "’", "'"})

SPEECH: Final = frozenset(
    {
        "said",
        "says",
        "say",
        "told",
        "tells",
        "announced",
        "announces",
        "added",
        "adds",
        "adding",
        "saying",
        "confirmed",
        "confirms",
        "reported",
        "reports",
        "stated",
        "states",
        "wrote",
        "writes",
        "posted",
        "noted",
        "notes",
        "claimed",
        "claims",
        "claim",
        "estimated",
        "estimates",
        "estimate",
        "suggest",
        "suggests",
        "showed",
        "shows",
        "warned",
        "warn",
        "warns",
        "insisted",
        "acknowledged",
        "admitted",
        "counted",
        "counts",
        "lists",
        "listed",
        "recorded",
        "identified",
        "documented",
        "tallied",
        "published",
        "put",
        "puts",
        "believes",
        "believe",
        "calculated",
        "stressed",
        "stress",
        "recalled",
        "recalls",
    }
    # "with Kyiv saying ... and Moscow reporting that ...": a participle's subject speaks
    | {"reporting", "stating", "claiming"}
)

# -- casualties ----------------------------------------------------------------

LOSS_VERBS: Final = frozenset(
    {"lost", "lose", "losing", "loses", "suffered", "suffer", "sustained"}
)
KILLED_WORDS: Final = frozenset(
    {"killed", "dead", "died", "deaths", "death", "fallen", "perished", "lost", "slain"}
    | {"executed"}
)
# The past verbs of dying a figure's people are told by: "65 were killed", "died on 29 July".
DIED_VERBS: Final = frozenset(w for w in KILLED_WORDS if w.endswith("ed")) | {"slain"}
MISSING_WORDS: Final = frozenset({"missing", "unaccounted"})
MISSING_ENDED: Final = frozenset(
    {"confirmed", "identified", "found", "recovered", "located", "traced"}
    | {"returned", "released", "freed", "exchanged"}
)
"""Participles that end a person's being missing: "missing until their bodies were found"."""
NAME_WORDS: Final = frozenset({"name", "names", "named"})
# A legal status of the missing that one country's law defines, with that country: Ukraine
# registers people "missing under special circumstances", so its register counts its own.
MISSING_STATUS_SIDES: Final = {("special", "circumstances"): "UKR"}
"""Words that say a count holds people by name: "named dead", "confirmed by name"."""
NAMED_LISTING: Final = frozenset(
    {"identified", "counted", "recorded", "documented", "confirmed", "listed"}
)
"""Verbs a count of the named dead lists a number with: "has identified 108,000"."""
NAMED_COUNT_VERBS: Final = NAMED_LISTING | frozenset(
    {"reached", "passed", "exceeded", "surpassed", "topped", "hit"}
    | {"lists", "documents", "records", "counts"}  # "a project that names its dead lists 76,000"
)
"""Verbs a count of the named dead reaches or lists a number with."""
OFFICIAL_COUNT_HEADS: Final = frozenset({"figure", "number", "toll", "count", "tally"})
GIVEN_COUNT_VERBS: Final = frozenset({"named", "gave", "put", "published", "announced"})
"""Verbs that give a count a side last published: "when the minister named 5,937"."""
"""Nouns a side's own official count of its losses is given as: "Kyiv's last official figure"."""
UNKNOWN_FATE: Final = frozenset({"whereabouts", "fate"})
"""Nouns whose being "unknown" makes the people they belong to missing."""
SEARCHING_VERBS: Final = frozenset(
    {"search", "searches", "searching", "searched", "seek", "seeks", "seeking", "sought"}
    | {"look", "looks", "looking", "looked"}
)
"""Verbs whose subject is the side whose missing people are counted ("Moscow seeks 300")."""
WOUNDED_WORDS: Final = frozenset({"wounded", "injured"})
CAPTURED_WORDS: Final = frozenset({"captured", "captivity", "taken"})
# The nouns of deaths a figure hangs on: "the deaths of 50", "the execution of 79 prisoners".
DEATH_HEADS: Final = frozenset(
    {"deaths", "death", "execution", "executions", "killing", "killings", "murder", "murders"}
)
# The nouns of injuries a figure hangs on: "the injuries of 1,200 civilians".
INJURY_HEADS: Final = frozenset({"injuries", "injury", "wounding", "woundings"})
# Nouns of a side's whole toll: "Ukraine's losses had exceeded ...", "total casualties".
TOTAL_WORDS: Final = frozenset({"casualties", "losses"})
RATE_WORDS: Final = PhraseMatcher(
    [
        ("every day", True),
        ("a day", True),
        ("per day", True),
        ("each day", True),
        ("daily", True),
        ("every week", True),
        ("a week", True),
        ("per week", True),
        ("a month", True),
        ("per month", True),
        ("every month", True),
        ("past day", True),
        ("past 24 hours", True),
        ("last 24 hours", True),
        ("past week", True),
        ("in a single night", True),
        ("overnight", True),
    ]
)
ORDINAL_VALUES: Final[Mapping[str, int]] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90,
}  # fmt: skip
"""The value of each ordinal written as one word: the one table every rule reading ordinals
(ranks, days of a month, places in a list) takes its own view of."""
ORDINAL_TENS: Final[Mapping[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
"""Tens that open a hyphenated ordinal: "sixty-first"."""
UNIT_ORDINALS: Final[Mapping[str, int]] = {w: n for w, n in ORDINAL_VALUES.items() if n < 10}
"""Ordinals that close a hyphenated ordinal after its tens: the "first" of "sixty-first"."""
ORDINALS: Final = frozenset(w for w, n in ORDINAL_VALUES.items() if n <= 12)
"""Ordinal words that rank an event: "the fifth at which ..."."""
COUNTRY_NOUNS: Final = frozenset(
    {"country", "countries", "nation", "nations", "state", "states", "party", "parties"}
)
"""Nouns of a country or party: after an ordinal ("third countries") they name an outsider."""
FREQUENCY_ADVERBS: Final = frozenset(
    {"usually", "typically", "normally", "generally", "routinely", "regularly", "customarily"}
    | {"habitually", "often", "frequently"}
)
"""Adverbs that make a verb tell what usually happens: "Russia usually receives a few dozen"."""
GAP_NOUNS: Final = frozenset({"gap", "gaps", "difference", "discrepancy", "contrast", "mismatch"})
"""Nouns of a comparison between two counts: "a gap of 39 people" is no group of people."""
OCCASION_NOUNS: Final = frozenset(
    {"time", "occasion", "handover", "exchange", "swap", "round", "stage", "transfer"}
    | {"few", "week", "weeks", "month", "months", "fortnight", "a"}
)
"""Words after "each"/"every"/"once"/"per" that make a phrase of how often: "each time"."""
FUTURE: Final = frozenset(
    {"will", "would", "could", "might", "may", "expected", "likely", "projected", "set", "reach"}
)
CIVILIAN_WORDS: Final = frozenset(
    {"civilian", "civilians", "children", "child", "residents", "refugees", "displaced"}
)
REGIONAL_OFFICIALS: Final = frozenset({"governor", "governors", "mayor", "mayors"})
"""Officials of one region, whose counts of residents are that region's own people."""
DOCUMENTED_CUES: Final = frozenset(
    {
        "confirm",
        "confirmed",
        "confirms",
        "name",
        "names",
        "obituaries",
        "obituary",
        "open-source",
        "documented",
        "verified",
        "identified",
        "identify",
        "identifies",
    }
)
ESTIMATE_CUES: Final = frozenset({"estimate", "estimates", "estimated", "estimating", "model"})
INTELLIGENCE_CUES: Final = frozenset({"intelligence"})
# -- more caveats (issue 8): how copy qualifies a figure ---------------------------
_MORE_CAVEATS: Final = (
    "incomplete",
    "a minimum",
    "with caution",
    "could not be confirmed",
    "cannot be confirmed",
    "disputed",
    "dismissed",
    "low confidence",
    "confidence in those figures was low",
    "likely to be higher",
    "likely to be too low",
    "too low",
    "understate",
    "understates",
    "overstate",
    "overstates",
    "exaggerated",
    "hard to pin down",
    "did not say how",
    "does not explain",
    "not explain its method",
    "plausible",
)

CAVEAT_CUES: Final = PhraseMatcher(
    [
        ("true toll", True),
        ("true figure", True),
        ("true number", True),
        ("real toll", True),
        ("real number", True),
        ("real figure", True),
        ("actual toll", True),
        ("actual number", True),
        ("actual figure", True),
        ("far higher", True),
        ("much higher", True),
        ("considerably higher", True),
        ("significantly higher", True),
        ("likely higher", True),
        ("probably higher", True),
        ("undercount", True),
        ("underestimate", True),
        ("cannot be independently verified", True),
        ("could not be independently verified", True),
        ("can not be independently verified", True),
        ("cannot be verified", True),
        ("could not be verified", True),
        ("not independently verified", True),
        ("can be checked", True),
        ("cannot be checked", True),
        ("uncertainty", True),
        ("uncertain", True),
        ("not counts", True),
        ("a floor", True),
        ("exaggerate", True),
        ("no evidence", True),
        ("too low", True),
        ("cannot confirm", True),
        ("could not confirm", True),
        ("unable to confirm", True),
        *((cue, True) for cue in _MORE_CAVEATS),
    ]
)

# -- loss figures written after their noun (issue 8) ------------------------------
# "Russia's casualties ... are approaching 300,000", "put Ukrainian losses at 400,000",
# "the number of dead has grown to 46,000": a word for losses, then a word that links
# it to a figure standing without a noun of its own.

LOSS_HEADS: Final[dict[str, str]] = {
    "losses": "total_losses",
    "casualties": "total_losses",
    "dead": "killed",
    "deaths": "killed",
    "fatalities": "killed",
    "killed": "killed",
    "toll": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "missing": "missing",
    "captivity": "captured",
}
"""Nouns for a count of losses, and the casualty category each names."""
HAVING: Final = frozenset({"have", "has", "had", "having"})
"""Forms of "have": a side that "had 100,000 casualties" counts them as its own."""
# The finite forms of "have", auxiliaries of the perfect: "has returned", "had handed over".
FINITE_HAVE: Final = HAVING - {"having"}
FIGURE_LINKS: Final = frozenset(
    {
        "at",
        "of",
        "to",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "stood",
        "stands",
        "number",
        "numbers",
        "numbered",
        "totalled",
        "totaled",
        "totalling",
        "totaling",
        "passed",
        "exceeded",
        "surpassed",
        "topped",
        "crossed",
        "reached",
        "hit",
        "exceeding",
        "passing",
        "reaching",
        "past",
        "beyond",
        # the present tense of a level reached: "the number ... now exceeds 3,700"
        "exceeds",
        "surpasses",
        "tops",
        "totals",
        "exceed",  # with a plural subject: "losses exceed 700,000"
        "surpass",
        "reaches",
        # what a running count displays: "the counter now reads 4,552", "the tally shows"
        "reads",
        "shows",
    }
)
"""Words that join a loss noun to the figure after it ("stood at", "had reached", "toll of")."""
# Adjectives of a running total between its determiner and its head: "its cumulative total".
RUNNING_ADJECTIVES: Final = frozenset({"cumulative", "running", "overall"})
LOSS_REACH: Final = 40
"""Tokens between a loss noun and the linking word of its figure (relative clauses between)."""
LOSS_OWNER_SKIP: Final = frozenset(
    {
        "military",
        "own",
        "total",
        "overall",
        "cumulative",
        "combat",
        "personnel",
        "troop",
        "battlefield",
        "irrecoverable",
        "confirmed",
        "official",
        "estimated",
        "last",
        "latest",
        "death",
        "troops",
        "soldiers",
        "forces",
        "servicemen",
        "the",
        '"',
        "“",
        "'",
        "‘",
    }
)
"""Words between an owner and its loss noun ("Russia's total military losses")."""
LOST_IS_LOSSES: Final = frozenset({"lost", "lose", "losing", "loses"})
"""'Lost N troops' reports losses (killed and wounded), unless the figure says "killed"."""
ANSWER_LEAD: Final = frozenset(
    {"we", "i", "think", "believe", "estimate", "say", "would", "'d", "yes", "well", "so"}
    | {"now", "today", "currently", "still", ",", "—", "–", "our", "count", "by", "it", "is"}
    | {"that"}
)
"""Words a transcript's answer may open with before its figure: "Yes, we think 8,000"."""
ANSWER_TAIL: Final = frozenset({",", "and", "or", "—", "–", "(", ";", ".", "so", "altogether"})
"""What may follow an answer's figure: its people go on ("... soldiers and civilians")."""
FIGURE_HEDGE_WORDS: Final = frozenset(
    {
        "the",
        "more",
        "than",
        "over",
        "above",  # "well above 40,000"
        "below",
        "about",
        "around",
        "nearly",
        "almost",
        "some",
        "roughly",
        "approximately",
        "close",
        "to",
        "approaching",
        "nearing",
        "as",
        "many",
        "just",
        "well",
        "a",
        "little",
        # spoken bounds: "a bit over", "a shade under", "something over"
        "bit",
        "shade",
        "something",
        "at",
        "least",
        "under",
        "an",
        "estimated",
        "up",
        "no",  # "no fewer than", "no less than"
        "fewer",
        "less",
    }
)
"""Words of a hedge that may stand between a linking word and the number itself."""
NUMBER_STRESS: Final = frozenset({"only", "just", "merely"})
"""Adverbs that stress a number and leave its count as it is: "received only 24"."""
ALSO_WORDS: Final = frozenset({"also", "likewise", "similarly", "still"})
"""Adverbs between a linking verb and its figure: "is also about 60,000", "is still 8,000"."""
LIE_FORMS: Final = frozenset({"lie", "lies", "lay", "lying"})
"""Forms of "lie", a copula only before a range: "the estimate lies between A and B"."""
LINK_SKIP: Final = frozenset(
    {"now", "already", "currently", "still", "between", "from", '"', "“", "‘", "'"}
    | {"probably", "likely", "possibly", "perhaps", "reportedly", "well", "most"}
)
"""Words between a linking word and a figure that change nothing ("was now 'close to ...'")."""

# -- one day's losses (issue 8) ----------------------------------------------------
# "including about 1,350 in the past day": the losses of one day, a claim about a
# period; unlike a rate ("1,000 a day"), which says how fast, not how many.

DAILY_WINDOW: Final = PhraseMatcher(
    [
        ("past day", True),
        ("previous day", True),
        ("past 24 hours", True),
        ("last 24 hours", True),
        ("previous 24 hours", True),
        ("preceding 24 hours", True),
        ("past week", True),
        ("previous week", True),
        ("past seven days", True),
        ("last seven days", True),
        ("previous seven days", True),
        ("preceding seven days", True),
        # "in the last week": not a bare "last week", which may date the statement instead
        ("the last week", True),
        # "in the 24 hours to Wednesday", "to 7 a.m.": a day's window told by its end
        ("the 24 hours to", True),
        ("the 24 hours until", True),
        ("the 24 hours up to", True),
        # one night's toll: "600 soldiers were killed in a strike overnight"
        ("overnight", True),
        ("in a single night", True),
        ("in a single day", True),
        ("in one day", True),
    ]
)
"""The window of a one-day figure of losses, read as a claim about that period."""

# -- equipment losses (issue 8) ------------------------------------------------------
EQUIPMENT: Final = frozenset(
    {
        "tanks",
        "tank",
        "armour",
        "armor",
        "vehicles",
        "equipment",
        "aircraft",
        "drones",
        "artillery",
        "helicopters",
        "ships",
        "guns",
        "systems",
        "planes",
        "jets",
        "hardware",
    }
)
"""Things whose losses are counted beside people's ("losses in tanks have passed 3,000")."""
NOT_MACHINE_BEFORE: Final = frozenset({"think"})
"""Words that make the equipment word after them a body of people: "a think tank"."""

# -- people held by the other side (issue 8) ---------------------------------------
# "more than 8,000 Ukrainians remain in Russian captivity", "Russia is holding about
# 1,800 Ukrainian civilians", "3,000 servicemen had surrendered": a count of captives.

CAPTIVE_AFTER: Final = frozenset(
    {"captured", "captivity", "custody", "held", "surrendered", "imprisoned", "hands"}
)
"""Words after a figure of people that say they are held ("in Russian hands")."""
SURRENDER_WORDS: Final = frozenset({"surrender", "surrendered", "surrendering", "surrenders"})
"""Words of giving up to the enemy: fighting's end, no handover of people."""
LAID_DOWN: Final = frozenset({"lay", "laid", "laying", "lays"})
"""Verbs of "laid down their arms", the idiom of surrendering."""
ARMS_WORDS: Final = frozenset({"arms", "weapons"})
"""What a side laying down its arms puts down."""
NOT_ONLY_DEAD: Final = (
    MISSING_WORDS | CAPTIVE_AFTER | frozenset({"bodies", "body", "remains", "graves"})
)
"""Words that make a count of named people more than one of the dead: the missing, the
held, bodies."""
HOLDING_VERBS: Final = frozenset({"holding", "holds", "hold", "held", "detains", "detaining"})
"""Verbs before a figure whose subject holds the people counted ("Russia holds 8,000")."""
HOLDING_NOW: Final = HOLDING_VERBS - {"held"}
"""Holding verbs that say the people are held still ("Russia is holding 8,000"), unlike
"had held"."""
HELD_THEN: Final = frozenset({"now", "already", "then"})
"""Adverbs that make a past "held" the state at the time told ("Ukraine now held
hundreds"), not a captivity that is over."""
FIGHTERS: Final = frozenset(
    {"soldiers", "servicemen", "troops", "military", "combatants", "fighters", "servicemembers"}
)
"""Plural nouns of fighters: "soldiers and civilians together", "soldiers counted by name"."""
COUNT_HEADS: Final = frozenset({"number", "estimate", "count", "tally"})
"""Nouns for how many people there are: "the number (estimate) of Ukrainians held"."""

# -- dates ---------------------------------------------------------------------

MONTH_ABBREVIATIONS: Final = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
"""Short month names, which may carry a full stop ("Oct. 23")."""

MONTHS: Final = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
# The days of the week in order, for spans and lists of them: "between Friday and Sunday".
WEEK: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS: Final = frozenset(WEEK)
RELATIVE_DAYS: Final = frozenset({"today", "yesterday", "tonight"})

# Words that open the run of time a count was made over: "over two years", "across many
# weeks", "throughout 2024".
SPAN_PREPOSITIONS: Final = frozenset({"over", "across", "during", "throughout"})
# Prepositions and spans of a figure said to cover the span just told: "in the same period",
# "for the same year".
SAME_SPAN_PREPOSITIONS: Final = frozenset({"in", "during", "over", "for"})
SAME_SPANS: Final = frozenset({"year", "period", "month", "week", "months", "weeks"})
_YEAR_DIGITS: Final = 4


def same_span_at(norm: Callable[[int], str], at: int) -> str | None:
    """The span of "(in|during|over|for) the same <span>" opening at ``at``, or None.

    "for the same year", "in the same period": the figure is said to cover the span of
    the one told before it; ``norm`` reads a token.
    """
    if norm(at) not in SAME_SPAN_PREPOSITIONS or (norm(at + 1), norm(at + 2)) != ("the", "same"):
        return None
    span = norm(at + 3)
    return span if span in SAME_SPANS else None


def span_fits(span: str, text: str) -> bool:
    """Whether "the same <span>" can be the span of a date told as ``text``.

    "returned in 2024, ... for the same month": a year is no month, so "the same month"
    cannot mean it; "period" fits any date.
    """
    words = text.lower().split()
    if span == "year":
        return all(
            (w.isdigit() and len(w) == _YEAR_DIGITS) or w in ("this", "last", "year") for w in words
        )
    if span in ("month", "months"):
        return "month" in words or (
            any(w in MONTHS for w in words) and not any(w.isdigit() and len(w) <= 2 for w in words)
        )
    if span in ("week", "weeks"):
        return "week" in words
    return True


# "each time", "each month": a figure repeated over the transfers a clause tells.
RECURRING: Final = frozenset({"time", "month", "week", "occasion", "round", "stage", "case"})
# Forms of "give" that state a figure: "gave the total as 1,000,340".
GIVING: Final = frozenset({"gave", "give", "gives", "giving"})
# Verbs that state a total's value: "gave the death toll as N", "put it at N", "listed it as".
GIVING_A_TOTAL: Final = GIVING | {"given", "listed", "put", "puts", "putting"}
DAY_SHARE_VERBS: Final = (
    frozenset({"includes", "included", "include", "added", "adds", "add"}) | GIVING
)
"""Verbs that give a day's share of a total told just before: "That includes 1,050 over
the past 24 hours", "Thursday's entry added 560 in one day", "Its update gave 1,090 for
the previous 24 hours"; the forms of "give" take any speaker as subject, so the claims
rules check that it is the total's own teller."""
# Pronouns that open a relative clause on the noun before them.
RELATIVE_PRONOUNS: Final = frozenset({"which", "who", "whom", "whose"})
# The relative pronouns and "that", which opens such a clause too: "the men that were freed".
RELATIVE_OPENERS: Final = RELATIVE_PRONOUNS | {"that"}
DATE_UNITS: Final = frozenset({"week", "month", "year"})
MONTH_PARTS: Final = frozenset({"early", "mid", "late", "end", "start", "beginning", "middle"})
DATE_PREPOSITIONS: Final = frozenset({"in", "on", "during", "since", "by", "as", "from", "until"})
TIME_WORDS: Final = frozenset({"morning", "afternoon", "evening", "night"})

# -- who said it -------------------------------------------------------------


class Role(enum.Enum):
    """What kind of speaker a source is, for resolving "he", "the ministry", "its authors"."""

    PERSON = "person"
    AGENCY = "agency"
    MINISTRY = "ministry"
    GOVERNMENT = "government"
    MILITARY = "military"
    OUTLET = "outlet"
    ORGANISATION = "organisation"


class SourceEntry(NamedTuple):
    """A speaker the parser knows by name: its canonical name, kind, party code and role."""

    name: str
    kind: SourceKind
    party: str | None
    role: Role


def _entries(phrases: Iterable[str], entry: SourceEntry) -> list[tuple[str, SourceEntry]]:
    return [(p, entry) for p in phrases]


_G, _M, _ME, _R, _IO = (
    SourceKind.GOVERNMENT,
    SourceKind.MILITARY,
    SourceKind.MEDIA,
    SourceKind.RESEARCH,
    SourceKind.INTERNATIONAL_ORGANISATION,
)
COORDINATION_HQ: Final = SourceEntry(
    "Coordination Headquarters for the Treatment of Prisoners of War", _G, "UKR", Role.AGENCY
)
_ZELENSKY: Final = ("Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskii")
ZELENSKY: Final = SourceEntry("Volodymyr Zelensky", _G, "UKR", Role.PERSON)
PUTIN: Final = SourceEntry("Vladimir Putin", _G, "RUS", Role.PERSON)
PRESIDENTIAL_OFFICE: Final = SourceEntry(
    "Office of the President of Ukraine", _G, "UKR", Role.AGENCY
)

NAMED_SOURCES: Final = PhraseMatcher(
    [
        *_entries(
            [
                "Coordination Headquarters for the Treatment of Prisoners of War",
                "Coordination Headquarters for the Treatment of POWs",
                "coordination headquarters for prisoners of war",
                "coordination headquarters for POWs",
                "coordination headquarters",
                "coordination HQ",
                "prisoner-of-war coordination headquarters",
                "prisoner of war coordination headquarters",
                "POW coordination headquarters",
                "prisoner-of-war coordination body",
                "coordination body",
                "coordination agency",
                "coordination centre",
            ],
            COORDINATION_HQ,
        ),
        # the transliterations in use: "Zelenskiy" (wire style), "Vladimir" (Russian style)
        *_entries(
            [
                *(f"{first} {last}" for first in ("Volodymyr", "Vladimir") for last in _ZELENSKY),
                *_ZELENSKY,
            ],
            ZELENSKY,
        ),
        *_entries(["Vladimir Putin", "Putin"], PUTIN),
        # Kyiv's official prose names Russia "the aggressor state": "handed over to the
        # aggressor state", "held in the captivity of the aggressor country"
        *_entries(
            ["the aggressor state", "the aggressor country"],
            SourceEntry("Russian government", _G, "RUS", Role.AGENCY),
        ),
        # English reporting calls Moscow's "the Kremlin": a bare presidential office is Kyiv's
        *_entries(
            [
                "presidential office",
                "Office of the President of Ukraine",
                "Office of the President",
                "President's Office",
            ],
            PRESIDENTIAL_OFFICE,
        ),
        *_entries(
            ["Dmitry Peskov", "Peskov"], SourceEntry("Dmitry Peskov", _G, "RUS", Role.PERSON)
        ),
        *_entries(
            ["Sergei Shoigu", "Shoigu"], SourceEntry("Sergei Shoigu", _G, "RUS", Role.PERSON)
        ),
        *_entries(
            ["Andrei Belousov", "Belousov"],
            SourceEntry("Andrei Belousov", _G, "RUS", Role.PERSON),
        ),
        *_entries(
            ["Vladimir Medinsky", "Medinsky"],
            SourceEntry("Vladimir Medinsky", _G, "RUS", Role.PERSON),
        ),
        *_entries(
            ["Tatyana Moskalkova", "Tatiana Moskalkova", "Moskalkova"],
            SourceEntry("Russian human rights commissioner", _G, "RUS", Role.PERSON),
        ),
        *_entries(
            ["Dmytro Lubinets", "Lubinets"],
            SourceEntry(
                "Ukrainian Parliament Commissioner for Human Rights", _G, "UKR", Role.PERSON
            ),
        ),
        *_entries(
            # Ukraine's office that keeps the national register of the missing
            [
                "Commissioner for Persons Missing under Special Circumstances",
                "Commissioner for Missing Persons under Special Circumstances",
            ],
            SourceEntry(
                "Commissioner for Persons Missing under Special Circumstances",
                _G,
                "UKR",
                Role.PERSON,
            ),
        ),
        *_entries(
            # Kyiv's ministry that long reported the bodies and civilians returned
            [
                "Ministry for Reintegration of the Temporarily Occupied Territories",
                "Ministry for the Reintegration of the Temporarily Occupied Territories",
                "Ministry of Reintegration of the Temporarily Occupied Territories",
                "Ministry for Reintegration",
                "Ministry for the Reintegration",
                "Ministry of Reintegration",
                "reintegration ministry",
            ],
            SourceEntry(
                "Ministry for Reintegration of the Temporarily Occupied Territories of Ukraine",
                _G,
                "UKR",
                Role.AGENCY,
            ),
        ),
        *_entries(
            # the Ukrainian president's programme for deported children, cited by name
            ["Bring Kids Back UA", "Bring Kids Back"],
            SourceEntry("Bring Kids Back UA", _G, "UKR", Role.AGENCY),
        ),
        *_entries(
            ["Rustem Umerov", "Umerov"], SourceEntry("Rustem Umerov", _G, "UKR", Role.PERSON)
        ),
        *_entries(
            ["Kyrylo Budanov", "Budanov"], SourceEntry("Kyrylo Budanov", _M, "UKR", Role.PERSON)
        ),
        *_entries(
            ["Oleksandr Syrskyi", "Syrskyi"],
            SourceEntry("Oleksandr Syrskyi", _M, "UKR", Role.PERSON),
        ),
        # Officials who recur in reporting on the exchanges, each for the side they speak for
        *_entries(
            ["Andriy Yermak", "Andrii Yermak", "Andrei Yermak", "Andriy Iermak", "Yermak"],
            SourceEntry("Andriy Yermak", _G, "UKR", Role.PERSON),
        ),
        *_entries(
            ["Iryna Vereshchuk", "Irina Vereshchuk", "Vereshchuk"],
            SourceEntry("Iryna Vereshchuk", _G, "UKR", Role.PERSON),
        ),
        *_entries(
            ["Hanna Maliar", "Anna Malyar", "Maliar", "Malyar"],
            SourceEntry("Hanna Maliar", _G, "UKR", Role.PERSON),
        ),
        *_entries(
            ["Dmytro Kuleba", "Dmitry Kuleba", "Kuleba"],
            SourceEntry("Dmytro Kuleba", _G, "UKR", Role.PERSON),
        ),
        *_entries(
            ["Andriy Sybiha", "Andrii Sybiha", "Sybiha"],
            SourceEntry("Andriy Sybiha", _G, "UKR", Role.PERSON),
        ),
        *_entries(
            ["Oleksii Reznikov", "Oleksiy Reznikov", "Reznikov"],
            SourceEntry("Oleksii Reznikov", _G, "UKR", Role.PERSON),
        ),
        *_entries(
            ["Sergei Lavrov", "Sergey Lavrov", "Lavrov"],
            SourceEntry("Sergei Lavrov", _G, "RUS", Role.PERSON),
        ),
        *_entries(
            ["Maria Zakharova", "Zakharova"],
            SourceEntry("Maria Zakharova", _G, "RUS", Role.PERSON),
        ),
        *_entries(
            ["Yuri Ushakov", "Yury Ushakov", "Ushakov"],
            SourceEntry("Yuri Ushakov", _G, "RUS", Role.PERSON),
        ),
        *_entries(
            ["Maria Lvova-Belova", "Lvova-Belova"],
            SourceEntry("Maria Lvova-Belova", _G, "RUS", Role.PERSON),
        ),
        # officials Moscow installed or appointed in the regions it holds or borders
        *_entries(
            ["Denis Pushilin", "Pushilin"], SourceEntry("Denis Pushilin", _G, "RUS", Role.PERSON)
        ),
        *_entries(
            ["Leonid Pasechnik", "Pasechnik"],
            SourceEntry("Leonid Pasechnik", _G, "RUS", Role.PERSON),
        ),
        *_entries(
            ["Alexander Khinshtein", "Aleksandr Khinshtein", "Khinshtein"],
            SourceEntry("Alexander Khinshtein", _G, "RUS", Role.PERSON),
        ),
        *_entries(
            ["Vyacheslav Gladkov", "Gladkov"],
            SourceEntry("Vyacheslav Gladkov", _G, "RUS", Role.PERSON),
        ),
        *_entries(
            ["Recep Tayyip Erdogan", "Erdogan"],
            SourceEntry("Recep Tayyip Erdogan", _G, "TUR", Role.PERSON),
        ),
        *_entries(["Hakan Fidan", "Fidan"], SourceEntry("Hakan Fidan", _G, "TUR", Role.PERSON)),
        *_entries(
            ["BBC Russian", "BBC Russia", "BBC Russian Service", "the BBC's Russian service"],
            SourceEntry("BBC Russian", _ME, None, Role.OUTLET),
        ),
        *_entries(["Mediazona", "MediaZona"], SourceEntry("Mediazona", _ME, None, Role.OUTLET)),
        *_entries(["Meduza"], SourceEntry("Meduza", _ME, None, Role.OUTLET)),
        *_entries(["UALosses"], SourceEntry("UALosses", _R, None, Role.OUTLET)),
        *_entries(
            ["Center for Strategic and International Studies", "CSIS"],
            SourceEntry("Center for Strategic and International Studies", _R, None, Role.OUTLET),
        ),
        *_entries(
            ["Institute for the Study of War", "ISW"],
            SourceEntry("Institute for the Study of War", _R, None, Role.OUTLET),
        ),
        *_entries(["Oryx"], SourceEntry("Oryx", _R, None, Role.OUTLET)),
        *_entries(
            [
                "UN Human Rights Monitoring Mission in Ukraine",
                "UN human rights monitoring mission",
                "Human Rights Monitoring Mission in Ukraine",
                "HRMMU",
                "UN monitors",
                "OHCHR",
                "UN human rights office",
                # the same bodies with "United Nations" written out
                "United Nations Human Rights Monitoring Mission in Ukraine",
                "United Nations human rights monitoring mission",
                "United Nations monitoring mission",
                "UN monitoring mission",
                "United Nations monitors",
                "UN human rights monitors",
                "United Nations human rights monitors",
                "United Nations human rights office",
            ],
            SourceEntry(
                "UN Human Rights Monitoring Mission in Ukraine", _IO, None, Role.ORGANISATION
            ),
        ),
        *_entries(
            ["International Committee of the Red Cross", "ICRC", "Red Cross"],
            SourceEntry("International Committee of the Red Cross", _IO, None, Role.ORGANISATION),
        ),
        *_entries(
            ["UK Ministry of Defence", "British Ministry of Defence", "UK Defence Intelligence"],
            SourceEntry("UK Ministry of Defence", _G, None, Role.MINISTRY),
        ),
        *_entries(
            ["British military intelligence", "British intelligence", "UK intelligence"],
            SourceEntry("UK Ministry of Defence", _G, None, Role.MINISTRY),
        ),
        *_entries(["Pentagon"], SourceEntry("US Department of Defense", _G, "USA", Role.MINISTRY)),
        *_entries(["NATO"], SourceEntry("NATO", _IO, None, Role.ORGANISATION)),
        # Official names with the state after the office, as translated statements write them
        *_entries(
            [
                "Ministry of Defence of the Russian Federation",
                "Ministry of Defense of the Russian Federation",
                "Defence Ministry of the Russian Federation",
                "Russian Federation Ministry of Defence",
                "Ministry of Defence of Russia",
                "Ministry of Defense of Russia",
            ],
            SourceEntry("Russian Ministry of Defence", _G, "RUS", Role.MINISTRY),
        ),
        *_entries(
            [
                "General Staff of the Armed Forces of Ukraine",
                "General Staff of Ukraine's Armed Forces",
                "General Staff of the Ukrainian Armed Forces",
                "Ukrainian Armed Forces General Staff",
            ],
            SourceEntry("General Staff of the Armed Forces of Ukraine", _M, "UKR", Role.MILITARY),
        ),
    ]
)


# -- names misspelt (issue 8): copy has typos in names ("Zelenksy") ------------------


def _one_slip(word: str) -> set[str]:
    """Every spelling one slip away from ``word``: a letter dropped, swapped or mistyped."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {a + b[1:] for a, b in cuts if b}
        | {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
        | {a + c + b[1:] for a, b in cuts if b for c in letters}
        | {a + c + b for a, b in cuts for c in letters}
    )


def _misspelt_sources() -> dict[str, SourceEntry]:
    """A known one-word name of a speaker (six letters or more) misspelt by one slip."""
    known = {
        word: node.value
        for word, node in NAMED_SOURCES._root.items()  # the matcher built just above
        if node.value is not None and len(word) >= 6 and word.isalpha()
    }
    variants: dict[str, SourceEntry] = {}
    for word, entry in known.items():
        for variant in _one_slip(word) - set(known):
            variants.setdefault(variant, entry)
    return variants


MISSPELT_SOURCES: Final = _misspelt_sources()
"""Speakers' surnames one typo away from a known one, and whom they name."""


class Institution(NamedTuple):
    """A kind of office that a party adjective turns into a speaker ("Russian defence ministry")."""

    key: str
    kind: SourceKind
    role: Role


INSTITUTIONS: Final = PhraseMatcher(
    [
        ("defence ministry", Institution("defence", _G, Role.MINISTRY)),
        ("defense ministry", Institution("defence", _G, Role.MINISTRY)),
        ("ministry of defence", Institution("defence", _G, Role.MINISTRY)),
        ("ministry of defense", Institution("defence", _G, Role.MINISTRY)),
        ("defence minister", Institution("defence", _G, Role.PERSON)),
        ("defense minister", Institution("defence", _G, Role.PERSON)),
        ("foreign ministry", Institution("foreign", _G, Role.MINISTRY)),
        ("ministry of foreign affairs", Institution("foreign", _G, Role.MINISTRY)),
        ("general staff", Institution("general staff", _M, Role.MILITARY)),
        ("military intelligence", Institution("intelligence", _M, Role.MILITARY)),
        ("defence intelligence", Institution("intelligence", _M, Role.MILITARY)),
        ("military", Institution("military", _M, Role.MILITARY)),
        ("army", Institution("military", _M, Role.MILITARY)),
        ("armed forces", Institution("military", _M, Role.MILITARY)),
        ("government", Institution("government", _G, Role.GOVERNMENT)),
        ("authorities", Institution("government", _G, Role.GOVERNMENT)),
        ("officials", Institution("government", _G, Role.GOVERNMENT)),
        ("official", Institution("government", _G, Role.GOVERNMENT)),
        ("side", Institution("side", _G, Role.GOVERNMENT)),
        ("delegation", Institution("government", _G, Role.GOVERNMENT)),
        ("negotiator", Institution("government", _G, Role.PERSON)),
        ("lawmaker", Institution("lawmaker", _G, Role.GOVERNMENT)),
        ("president", Institution("president", _G, Role.PERSON)),
        ("presidential office", Institution("presidential office", _G, Role.AGENCY)),
        ("ombudsman", Institution("ombudsman", _G, Role.PERSON)),
        ("ombudswoman", Institution("ombudsman", _G, Role.PERSON)),
        ("human rights commissioner", Institution("ombudsman", _G, Role.PERSON)),
        ("human rights ombudsman", Institution("ombudsman", _G, Role.PERSON)),
        # "the Ukrainian commissioner said", "a Russian commissioner": the rights commissioner
        ("commissioner", Institution("ombudsman", _G, Role.PERSON)),
        ("parliamentary commissioner", Institution("ombudsman", _G, Role.PERSON)),
        # "the Ukrainian Parliament Commissioner for Human Rights": the office's own title
        ("parliament commissioner", Institution("ombudsman", _G, Role.PERSON)),
        ("commissioner for human rights", Institution("ombudsman", _G, Role.PERSON)),
        ("body", Institution("agency", _G, Role.AGENCY)),
        ("agency", Institution("agency", _G, Role.AGENCY)),
        ("headquarters", Institution("agency", _G, Role.AGENCY)),
    ]
)

# Canonical speakers for a party and an institution; "{adj}" is the party's adjective.
_NAMED_OFFICES: Final[Mapping[tuple[str, str], SourceEntry]] = {
    ("UKR", "president"): ZELENSKY,
    ("RUS", "president"): PUTIN,
    ("UKR", "presidential office"): PRESIDENTIAL_OFFICE,
    ("UKR", "general staff"): SourceEntry(
        "General Staff of the Armed Forces of Ukraine", _M, "UKR", Role.MILITARY
    ),
    ("UKR", "ombudsman"): SourceEntry(
        "Ukrainian Parliament Commissioner for Human Rights", _G, "UKR", Role.PERSON
    ),
    ("RUS", "ombudsman"): SourceEntry("Russian human rights commissioner", _G, "RUS", Role.PERSON),
    ("UKR", "agency"): COORDINATION_HQ,
    ("GBR", "defence"): SourceEntry("UK Ministry of Defence", _G, None, Role.MINISTRY),
    ("GBR", "intelligence"): SourceEntry("UK Ministry of Defence", _G, None, Role.MINISTRY),
    ("GBR", "military"): SourceEntry("UK Ministry of Defence", _G, None, Role.MINISTRY),
    ("GBR", "government"): SourceEntry("UK government", _G, None, Role.GOVERNMENT),
}
# The presidents "the president" may point back to (a remembered aide or minister is
# none), whose word is their state's own account, not one of theirs beside it.
PRESIDENTS: Final = frozenset(e for (_, key), e in _NAMED_OFFICES.items() if key == "president")
_OFFICE_NAMES: Final = {
    "defence": "{Adj} Ministry of Defence",
    "foreign": "{Name} Ministry of Foreign Affairs",
    "general staff": "{Adj} General Staff",
    "intelligence": "{Adj} military intelligence",
    "military": "{Adj} military",
    "government": "{Adj} government",
    "side": "{Adj} side",
    "president": "{Adj} president",
    "presidential office": "{Adj} presidential office",
    "ombudsman": "{Adj} human rights commissioner",
    "lawmaker": "{Adj} lawmaker",
    "media": "{Adj} media",
    "agency": "{Adj} government",
}
# Names of the parties that speak in this field, for the names of their offices.
PARTY_NAMES: Final = {
    "UKR": "Ukraine",
    "RUS": "Russia",
    "UAE": "United Arab Emirates",
    "TUR": "Türkiye",
    "QAT": "Qatar",
    "SAU": "Saudi Arabia",
    "USA": "United States",
    "GBR": "United Kingdom",
}
# Adjectives of the parties that speak in this field, and of a few that only comment.
ADJECTIVES: Final = {
    "UKR": "Ukrainian",
    "RUS": "Russian",
    "UAE": "UAE",
    "TUR": "Turkish",
    "QAT": "Qatari",
    "SAU": "Saudi",
    "USA": "US",
    "UN": "UN",
    "VAT": "Vatican",
    "ICRC": "ICRC",
    "GBR": "UK",
}
# The party of each adjective in lower case, for an anaphor naming its side ("the Russian
# ministry").
ADJECTIVE_SIDES: Final = {a.lower(): code for code, a in ADJECTIVES.items()}
# The same adjectives as written in lower case, for "the Russian figure" before a number.
SIDE_ADJECTIVES: Final = frozenset(ADJECTIVE_SIDES)
# Speakers that are not parties to anything in the registry, by adjective or name.
NON_PARTY_SPEAKERS: Final = {"british": "GBR", "britain": "GBR", "uk": "GBR"}


@functools.lru_cache(maxsize=256)  # a few parties times a few offices; read per speaker
def office(party: str, party_name: str, institution: Institution) -> SourceEntry:
    """The canonical speaker for ``institution`` of ``party`` ("Russian Ministry of Defence")."""
    named = _NAMED_OFFICES.get((party, institution.key))
    if named is not None:
        return named
    adjective = ADJECTIVES.get(party, party_name)
    template = _OFFICE_NAMES[institution.key]
    name = template.format(Adj=adjective, Name=party_name)
    real_party = None if party == "GBR" else party
    return SourceEntry(name, institution.kind, real_party, institution.role)


@functools.lru_cache(maxsize=64)  # a few parties; read for every party named in a sentence
def government(party: str, party_name: str) -> SourceEntry:
    """The government of ``party``, for "Kyiv said" or "Moscow confirmed".

    Cached by the two names, so the look-up hashes two strings rather than an
    :class:`Institution` with two enum members (whose hash runs in Python).
    """
    return office(party, party_name, Institution("government", _G, Role.GOVERNMENT))


def media(party: str, party_name: str) -> SourceEntry:
    """The press of ``party`` as one source, for "Russian media put the number at 45"."""
    return office(party, party_name, Institution("media", _ME, Role.OUTLET))


# The speakers "it" (and "its") can point back to: an office or an organisation, no person.
IT_ROLES: Final = (Role.AGENCY, Role.MINISTRY, Role.MILITARY, Role.ORGANISATION, Role.OUTLET)
# Words that point back to a speaker named earlier, and which speakers they can mean.
ANAPHORS: Final = PhraseMatcher(
    [
        ("he", (Role.PERSON,)),
        ("she", (Role.PERSON,)),
        ("the president", (Role.PERSON,)),
        ("the minister", (Role.PERSON,)),
        ("the ombudsman", (Role.PERSON,)),
        ("the commissioner", (Role.PERSON,)),
        ("the agency", (Role.AGENCY,)),
        ("the headquarters", (Role.AGENCY,)),
        ("the body", (Role.AGENCY,)),
        ("the office", (Role.AGENCY,)),
        ("the ministry", (Role.MINISTRY,)),
        ("the defence ministry", (Role.MINISTRY,)),
        ("the defense ministry", (Role.MINISTRY,)),
        ("the russian ministry", (Role.MINISTRY,)),
        ("the ukrainian ministry", (Role.MINISTRY,)),
        ("the general staff", (Role.MILITARY,)),
        ("the mission", (Role.ORGANISATION,)),
        # the statement of whoever was quoted last: "..., the statement said"
        (
            "the statement",
            (Role.MINISTRY, Role.AGENCY, Role.MILITARY, Role.ORGANISATION, Role.PERSON),
        ),
        ("the officials", (Role.GOVERNMENT,)),
        ("the outlet", (Role.OUTLET,)),
        ("the outlets", (Role.OUTLET,)),
        ("the two outlets", (Role.OUTLET,)),
        ("both outlets", (Role.OUTLET,)),
        ("its authors", (Role.OUTLET,)),
        ("the authors", (Role.OUTLET,)),
        ("the researchers", (Role.OUTLET,)),
        ("the project", (Role.OUTLET,)),
        ("it", IT_ROLES),
        (
            "they",
            (
                Role.OUTLET,
                Role.ORGANISATION,
                Role.AGENCY,
                Role.MINISTRY,
                Role.GOVERNMENT,
                Role.PERSON,
            ),
        ),
    ]
)
# Organisations that speak but are also parties an exchange can go through.
MEDIATING_SOURCES: Final = {"International Committee of the Red Cross": "ICRC"}
# Titles written before an official's name ("Deputy Prime Minister Iryna Vereshchuk"),
# never part of the name itself.
PERSON_TITLES: Final = frozenset(
    {
        "aide",
        "adviser",
        "advisor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "deputy",
        "prime",
        "foreign",
        "defence",
        "defense",
        "president",
        "presidential",
        "governor",
        "head",
        "chief",
        "commissioner",
        "ombudsman",
        "ombudswoman",
        "negotiator",
        "envoy",
        "secretary",
        "general",
        "colonel",
        "mayor",
        "leader",
        "regional",
    }
)
# Nouns of an apposition that make its bearer a commentator, not a side's official:
# "X, a Ukrainian journalist, said".
COMMENTATOR_NOUNS: Final = frozenset(
    {
        "journalist",
        "reporter",
        "correspondent",
        "researcher",
        "analyst",
        "historian",
        "expert",
        "academic",
        "professor",
        "lawyer",
        "activist",
        "blogger",
        "editor",
        "scholar",
        "fellow",
        "author",
        "writer",
    }
)
FIRST_PERSON: Final = frozenset({"we", "our", "us"})

AGE_HEADS: Final = frozenset({"aged", "ages"})
"""Words that open a list of ages ("aged between 7 and 16", ", ages 8, 11 and 14,"): its
numbers are ages, never people, and the aside they open stands between people and their verb."""
AGE_SUPERLATIVES: Final = frozenset({"youngest", "oldest", "eldest"})
"""Words that single out one person of a group by age: "the youngest was 22" tells an age."""

COSTLIEST: Final = frozenset({"costliest", "deadliest", "bloodiest", "worst"})
"""Superlatives of cost that make a period a side's worst: "Russia's costliest year"."""
RECORD_WORDS: Final = frozenset(
    {"highest", "deadliest", "largest", "worst", "heaviest", "biggest", "lowest", "most"}
)
"""Superlatives that make a later "since" date the record's: "the deadliest month since"."""

# -- issue 8, clause layer: more ways of saying "per side" ---------------------------

EACH_OF_SIDES: Final = frozenset(
    {"side", "sides", "country", "countries", "party", "parties", "them", "belligerents"}
)
"""What "each of ..." shares a figure out over when it counts per side ("each of the sides")."""

PER_SIDE_MORE: Final = PhraseMatcher(
    [
        ("each way", True),
        ("each direction", True),
        ("both ways", True),
        ("in each direction", True),
        ("in either direction", True),
        ("in both directions", True),
        ("to each country", True),
        ("to each side", True),
        ("to both countries", True),
        ("to both sides", True),
        ("from either side", True),
    ]
)
"""Phrases that, after a figure of people moved, make it the figure of each direction."""


# What "each side of ..." may share a figure out over: the war or the swap, not a place.
_SIDES_OF_THE_WAR: Final = EXCHANGE_NOUNS | {"conflict", "war", "deal", "agreement"}


def side_of_place(tokens: list[Token], end: int, stop: int) -> bool:
    """Whether the per-side phrase ending at ``end`` names a side of a place, not of the swap.

    "84 soldiers from each side of the river", "on both sides of the border": the
    phrase says where, so the figure is no count per side; "each side of the conflict"
    still shares it out over the sides.
    """
    if end >= stop or tokens[end].norm != "of" or tokens[end - 1].norm not in ("side", "sides"):
        return False
    at = end + 1 + (end + 1 < stop and tokens[end + 1].norm in ("the", "a"))
    return at < stop and tokens[at].norm not in _SIDES_OF_THE_WAR


def sides_phrase(tokens: list[Token], i: int, stop: int) -> bool:
    """Whether a phrase of two or more words sharing a figure out per side starts at ``i``.

    "175 on each side", "84 in either direction": unlike a bare "each", the phrase
    says the number before it counts what each side sent or got.
    """
    for phrases in (PER_SIDE, PER_SIDE_MORE):
        found = phrases.match(tokens, i, stop)
        if found is not None and found[0] - i >= 2:
            return not side_of_place(tokens, found[0], stop)
    return False


def running_aside(tokens: list[Token], at: int, first: int) -> int | None:
    """The opening comma of ", so far," set off right before ``at``, if one stands there.

    "We brought home, so far, nearly 4,000": a running total's words between
    the verb and its object leave the object the verb's.
    """
    close = at - 1
    if close <= first or tokens[close].norm != ",":
        return None
    for j in range(close - 2, max(first, close - 5) - 1, -1):
        if tokens[j].norm == ",":
            found = RUNNING_TOTAL.match(tokens, j + 1, close)
            return j if found is not None and found[0] == close else None
    return None


SERIES_ASIDES: Final = PhraseMatcher(
    [
        ("in each case", True),
        ("in each instance", True),
        ("in both cases", True),
        ("each time", True),
        ("on each occasion", True),
        ("on both occasions", True),
    ]
)
"""Asides that share the object after them out over the events just named, one way each."""


def series_aside(tokens: list[Token], at: int, first: int) -> int | None:
    """The opening comma of ", in each case," set off right before ``at``, if one stands there.

    "On June 3 and June 5 it received, in each case, 300 more": the aside shares the
    object out over the days named, and leaves it the verb's object (one way, not per side).
    """
    close = at - 1
    if close <= first or tokens[close].norm != ",":
        return None
    for j in range(close - 3, max(first, close - 4) - 1, -1):
        if tokens[j].norm == ",":
            found = SERIES_ASIDES.match(tokens, j + 1, close)
            return j if found is not None and found[0] == close else None
    return None


def after_equal_numbers(tokens: list[Token], first: int, k: int) -> bool:
    """Whether the number at ``k`` is listed after "equal numbers:" or "the same number:".

    "The two sides freed equal numbers: 390 on May 23, 307 on May 24 and 303 on May
    25": each number of the list after the colon went each way. Only numbers, dates and
    list words may stand between the colon and ``k``, and the number opens an item (the
    day of "on May 23" does not).
    """
    if k <= first or tokens[k - 1].norm not in (":", ",", "and"):
        return False
    for colon in range(k - 1, max(first, k - 16) - 1, -1):
        word = tokens[colon].norm
        if word == ":":
            before = [t.norm for t in tokens[max(first, colon - 6) : colon]]
            return any(
                a in ("equal", "same") and b in ("numbers", "number")
                for a, b in itertools.pairwise(before)
            )
        if word == "." and tokens[colon - 1].norm in MONTHS:
            continue  # "on Aug. 14": the point of a month's short form
        if word in (";", ".", "\u2014") or (tokens[colon].kind == WORD and word in _LIST_STOPS):
            return False
    return False


# Words that end a list of dated figures before its colon is reached.
_LIST_STOPS: Final = frozenset({"but", "while", "whereas", "said", "says"})


# "the equivalent figure for Russia", "the corresponding number": the same measure as a
# figure just stated, for another side.
EQUIVALENT_WORDS: Final = frozenset({"equivalent", "corresponding", "comparable", "matching"})
# Nouns that stand for a figure already told: "a figure that covers ...", "the tally".
FIGURE_HEADS: Final = frozenset({"figure", "number", "total", "count", "tally"})
# Nouns a clause names a count by, "tally" aside: "the figure was 909", "put the number at".
NUMBER_NOUNS: Final = frozenset({"number", "figure", "total", "count"})
# Marks that set off an aside or apposition: "..., 23 of them", "- 30 each -", "— 146 —".
SET_OFF_MARKS: Final = frozenset({",", "-", "\u2013", "\u2014"})
# Suffixes of a day told as an ordinal, read as a word of their own: the "th" of "14th".
ORDINAL_SUFFIXES: Final = frozenset({"st", "nd", "rd", "th"})
# Words setting a figure against another: "rather than the 39", "instead of the 39".
SET_AGAINST: Final = frozenset({("rather", "than"), ("instead", "of")})
# Past verbs of an event having taken place: "the swap took place", "it went ahead".
HAPPENED_PAST: Final = frozenset({"took", "happened", "occurred", "went", "completed"})
# Nouns of the dead handed over: "the bodies of 909 soldiers", "the remains of 40".
REMAINS_NOUNS: Final = frozenset({"bodies", "remains"})
# Nouns after "of its own" that name no people: "248 of its own accord".
OWN_NOT_PEOPLE: Final = frozenset({"accord", "volition", "initiative", "making"})
# Words before the side of a gapped clause that keeps only its subject and number:
# "Ukraine received 6,057 bodies, and Russia 78", "took back 908 on Monday, Russia 19".
GAPPED_SIDE_OPENERS: Final = frozenset({"and", "while", "whereas", ","})
# Words that add people to those just listed: "45 soldiers as well as 12 civilians".
ADDING_JOINERS: Final = frozenset({("as", "well", "as"), ("along", "with"), ("together", "with")})
# Head nouns of people held captive, alive: "prisoners", "POWs", "captives".
PRISONER_NOUNS: Final = frozenset({"prisoners", "prisoner", "pows", "captives"})
# Nouns of a settlement: "..., a border village in ...", "a town of about 300 people".
SETTLEMENT_NOUNS: Final = frozenset(
    {"village", "town", "city", "settlement", "hamlet", "community", "suburb", "township"}
)
# Finite "have" and "be" after a subject: "of whom 95 had defended", "388 were returned".
FINITE_HAVE_BE: Final = frozenset({"have", "has", "had", "were", "was", "are", "is"})
# Kinds of people that are soldiers held or moved: "wounded prisoners" are prisoners of war.
SOLDIER_KINDS: Final = frozenset(
    {PersonCategory.PRISONERS_OF_WAR, PersonCategory.WOUNDED_PRISONERS}
)
# Words that open a part of a group told before: "among them 30 wounded", ", including 12".
PART_CUES: Final = frozenset({"among", "including"})
# What may close an item or a part right after it ("" is the end of the text): "it was 95."
ITEM_ENDS: Final = frozenset({"", ".", ",", ";"})
# Dashes, with the spaced hyphen plain text writes for one: "men - including", "May 3 - 40".
DASH_MARKS: Final = frozenset({"-", "\u2013", "\u2014"})
# What joins a span's first day to its last: "1 to 30 November", "1 June - 31 August".
SPAN_JOINS: Final = DASH_MARKS | {"to", "until", "through"}
# Forms of "be": "children were returned", "the figure is a copy".
BE_FORMS: Final = frozenset({"be", "been", "being", "is", "are", "was", "were"})
# Forms of "agree": "the sides agreed to swap", "agreed on Monday to hand over".
AGREEING: Final = frozenset({"agree", "agrees", "agreed", "agreeing"})
# Auxiliaries of a verb group, "been" among them: "who had been freed", "had been evacuated".
HAVE_BE_AUXILIARIES: Final = FINITE_HAVE_BE | {"been"}
# Forms of "add": "adding 12 more", "the returns add up to 2,689".
ADD_FORMS: Final = frozenset({"add", "adds", "added", "adding"})
# Auxiliaries that take "not" or open a yes-no question: "does not hold", "Has Russia lost ...?"
OPERATOR_AUXILIARIES: Final = frozenset(
    {"do", "does", "did", "has", "have", "had", "is", "are", "was", "were", "could", "can"}
)
# Words opening a clause of a condition or an open question, which tells of no deed:
# "if Russia freed 30", "unless Kyiv returns them", "whether Moscow had allowed 19 to go".
CONDITION_OPENERS: Final = frozenset({"if", "unless", "whether"})
# Words that open a clause with a subject of its own after ", and": "..., and they said".
NEW_SUBJECTS: Final = frozenset({"that", "it", "they", "he", "she", "we"})
# "4,000 of them", "Of these, ...": a part of the people counted just before.
PART_PRONOUNS: Final = frozenset({"them", "these", "those"})
# A share of a count told in an aside after it: ", about half of them this year", "the
# bulk of those since May".
OF_THEM: Final = frozenset(("of", pronoun) for pronoun in PART_PRONOUNS)
SHARES: Final = frozenset(
    {"half", "most", "some", "many", "third", "quarter", "majority", "all", "bulk"}
)
SHARE_HEDGES: Final = frozenset({"about", "around", "roughly", "nearly", "almost", "a", "the"})
# Participles of putting a document out, which date the document, not what it tells:
# "published on 1 January", "the count updated on 3 May". Not "released", which in a
# sentence is as often said of prisoners ("released on Monday").
ISSUED_WORDS: Final = frozenset({"published", "updated", "issued"})
# The same on a line of a text's head or a heading, where "posted" can only be the page's.
HEADING_ISSUED_WORDS: Final = ISSUED_WORDS | {"posted"}
# Forms of being that say where people are now: "8,000 are (remain) in captivity".
BEING_NOW: Final = frozenset({"are", "is", "were", "was", "remain", "remains", "remained"})

UNCOUNTED_QUANTIFIERS: Final = frozenset({"several", "many", "some", "various", "numerous", "few"})
"""Quantifiers of a number nobody counted: "several prisoners", "over many weeks"."""

GOING_LEMMAS: Final = frozenset({"go", "come", "return"})
"""Lemmas of people's own moving, to the side named after "to": "82 went to Russia"."""
# Participles of getting whose passive agent ("received by Kyiv") is the receiver.
GETTING_PARTICIPLES: Final = frozenset({"received", "welcomed", "accepted", "recovered"})

SEQUENCE_WORDS: Final = frozenset({"then"})
"""Words telling listed numbers in order, one event after another: "150 and then 175" (the
tokenizer reads its norms as the list "150, and 175"; the text keeps the word)."""

# Who travels with a craft's load besides its captives: "six crew and three escorts".
CRAFT_STAFF: Final = frozenset({"crew", "crews", "escorts", "guards"})
CAUSE_PHRASES: Final = (("as", "a", "result", "of"), ("because", "of"), ("due", "to"))
"""Phrases naming what caused a harm: "as a result of the shelling", "due to a strike"."""
ONE_ATTACK_NOUNS: Final = frozenset({"attack", "strike", "blast", "explosion", "bombing"})
"""Nouns of one attack, in the singular: "a missile strike on 24 June killed 20 people"."""
ATTACKS_OF_A_SIDE: Final = frozenset({"attacks", "strikes", "aggression", "shelling"})
"""Nouns of a side's attacks told as a whole, whose "of" names the side that attacked:
"the shelling of the occupiers", "as a result of the aggression of the Federation"."""
DEEDS_OF_A_SIDE: Final = ATTACKS_OF_A_SIDE | {"actions", "crimes", "hands", "raids"}
"""Nouns of a side's deeds whose "of" names the side that acted on people, like "by"
does: the attacks, and "the actions of the army", "at the hands of the troops"."""
ONE_ATTACK_DETERMINERS: Final = frozenset({"a", "an", "one", "single", "overnight"})
"""Words that make an attack noun one event: "a drone attack", "a single strike"."""

# Marks and words where a sentence's clauses may break: "…, though …", "…; …".
CLAUSE_MARKS: Final = frozenset({",", ";", ":", "—", "–", "(", ")"})
# Verbs by which a side says a report is untrue: "denied that 5,000 were killed".
DENIALS: Final = frozenset({"denied", "denies", "deny", "denying", "rejected", "dismissed"})
CONTRAST_WORDS: Final = frozenset({"though", "although", "but", "while", "whereas", "however"})
BREAK_WORDS: Final = CLAUSE_MARKS | CONTRAST_WORDS

# Determiners that may stand before a noun group's head: "the 2022 swap", "its Istanbul deal".
DETERMINERS: Final = frozenset({"the", "a", "an", "its", "their", "this", "that"})
