"""A lemma lexicon: every inflection of a verb of handing over is the same rule.

The rules speak of lemmas ("return", "bring home", "take back"); this module
spells out their forms ("returns", "returned", "returning"; "brought home",
"bringing home"), so a new inflection in a text is never a new rule. Irregular
verbs list their forms; the rest follow English spelling (final "e" dropped
before "-ed"/"-ing", a final consonant doubled after one short vowel,
"y" to "ie"). Phrases that are not verbs ("back on home soil", "handover")
are listed as they are written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

from exchangekit_news._lexicon import HAVE_BE_AUXILIARIES, Move, PhraseMatcher

__all__ = [
    "ADMITTING",
    "TRANSFER_LEMMAS",
    "TRANSFER_MATCHER",
    "inflections",
    "is_present_form",
    "is_transfer_form",
    "lemma",
]

_IRREGULAR: Final[dict[str, tuple[str, ...]]] = {
    "bring": ("brings", "brought", "bringing"),
    "grow": ("grows", "grew", "grown", "growing"),
    "rise": ("rises", "rose", "risen", "rising"),
    "give": ("gives", "gave", "given", "giving"),
    "get": ("gets", "got", "gotten", "getting"),
    "take": ("takes", "took", "taken", "taking"),
    "send": ("sends", "sent", "sending"),
    "come": ("comes", "came", "coming"),
    "go": ("goes", "went", "gone", "going"),
    "free": ("frees", "freed", "freeing"),
    "foresee": ("foresees", "foresaw", "foreseen", "foreseeing"),
    "win": ("wins", "won", "winning"),
    "stand": ("stands", "stood", "standing"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "think": ("thinks", "thought", "thinking"),
    "know": ("knows", "knew", "known", "knowing"),
    "hand": ("hands", "handed", "handing"),
    "swap": ("swaps", "swapped", "swapping"),
    "trade": ("trades", "traded", "trading"),
    "transfer": ("transfers", "transferred", "transferring"),  # the stress doubles the "r"
    "admit": ("admits", "admitted", "admitting"),  # the stress doubles the "t"
    "arrive": ("arrives", "arrived", "arriving"),
}
_DOUBLED: Final = frozenset("bdgmnprt")
_VOWELS: Final = frozenset("aeiou")

TRANSFER_LEMMAS: Final[tuple[tuple[str, Move], ...]] = (
    ("return", Move.SEND),
    ("hand over", Move.SEND),
    ("hand back", Move.SEND),
    ("repatriate", Move.SEND),
    ("transfer", Move.SEND),
    ("send back", Move.SEND),
    ("send home", Move.SEND),
    # a bare "send" moves people only with "home", "back" or a side after its object;
    # the rules check that ("sending 195 Russian soldiers home")
    ("send", Move.SEND),
    ("release", Move.SEND),
    ("free", Move.SEND),
    ("give back", Move.SEND),
    ("give up", Move.SEND),
    ("deliver", Move.SEND),
    ("receive", Move.RECEIVE),
    ("get back", Move.RECEIVE),
    ("take back", Move.RECEIVE),
    ("win back", Move.RECEIVE),
    ("bring", Move.RECEIVE),
    ("bring home", Move.RECEIVE),
    ("bring back", Move.RECEIVE),
    ("recover", Move.RECEIVE),
    ("retrieve", Move.RECEIVE),
    ("welcome home", Move.RECEIVE),
    ("welcome back", Move.RECEIVE),
    ("come home", Move.RECEIVE),
    ("come back", Move.RECEIVE),
    ("cross back", Move.RECEIVE),
    # "390 people crossed the border from Belarus": the people moved arrive, like "come home"
    ("cross the border", Move.RECEIVE),
    ("cross into", Move.RECEIVE),
    # "254 bodies arrived in Ukraine", "in Kyiv's custody": the people reach the side named
    ("arrive in", Move.RECEIVE),
    ("arrive home", Move.RECEIVE),
    ("arrive back", Move.RECEIVE),
    # "two days later another 1,200 arrived": with no place, the people reach their own side
    ("arrive", Move.RECEIVE),
    ("go home", Move.RECEIVE),
    ("go back", Move.RECEIVE),  # "110 Russians went back to Russia", like "come back"
    ("return home", Move.RECEIVE),
    ("take charge of", Move.RECEIVE),
    ("reunite with", Move.RECEIVE),
    # "Kyiv reunited 12 children with their families": the subject's side takes its people back
    ("reunite", Move.RECEIVE),
    ("go the other way", Move.SEND),
    ("go in the other direction", Move.SEND),
    # "several dozen wounded prisoners went each way": one figure for both directions
    ("go each way", Move.SWAP),
    ("go in each direction", Move.SWAP),
    ("go in either direction", Move.SWAP),
    # "103 prisoners crossed each way": crossing, like going, each way is a swap's size
    ("cross each way", Move.SWAP),
    ("swap", Move.SWAP),
    ("exchange", Move.SWAP),
    ("trade", Move.SWAP),
)
"""Verbs of handing over, by lemma, with how their subject relates to the people moved."""

# Written forms that are not a verb's inflection, or whose reading differs from the verb's.
_AS_WRITTEN: Final[tuple[tuple[str, Move], ...]] = (
    ("are home", Move.RECEIVE),
    ("were home", Move.RECEIVE),
    ("is home", Move.RECEIVE),
    # "303 Ukrainian defenders are back": back where they belong, like "are home"
    ("are back", Move.RECEIVE),
    ("were back", Move.RECEIVE),
    ("is back", Move.RECEIVE),
    ("back home", Move.RECEIVE),
    ("back on home soil", Move.RECEIVE),
    # "390 Ukrainians were back on Ukrainian soil": the soil of their own side
    ("back on native soil", Move.RECEIVE),
    ("back on ukrainian soil", Move.RECEIVE),
    ("back on russian soil", Move.RECEIVE),
    # "75 servicemen are spending their first night at home": home for the first time since
    # captivity ("spend" itself stays out: "spent 880 days in captivity" moves no one)
    ("spending their first night at home", Move.RECEIVE),
    ("spending their first night back home", Move.RECEIVE),
    ("spent their first night at home", Move.RECEIVE),
    ("spent their first night back home", Move.RECEIVE),
    ("handed", Move.SEND),
    # "handing Moscow the remains of 19": the bare noun "hands" stays out ("in Russian hands")
    ("handing", Move.SEND),
    # "another 1,200 bodies have gone to Ukraine": the people arrive where "to" says
    # ("going to" stays out: it is a plan)
    ("went to", Move.RECEIVE),
    ("gone to", Move.RECEIVE),
    ("came to", Move.RECEIVE),
    # "6,000 bodies crossed to Ukraine": crossing "to" a side, like going to it ("crossed
    # into" a country is an incursion; a bare "crossed" is a milestone: "passed 6,000")
    ("crossed to", Move.RECEIVE),
    ("crossed over to", Move.RECEIVE),
    # "31 wounded prisoners were passed to Kyiv": "passed" moves people only with "to" next to
    # it (a bare "passed" is a milestone: "losses passed 1,000")
    ("passed to", Move.SEND),
    ("passed over to", Move.SEND),
    ("handover", Move.EVENT),
    ("handovers", Move.EVENT),
    ("repatriation", Move.EVENT),
    ("repatriations", Move.EVENT),
    ("release", Move.EVENT),
    ("transfer", Move.EVENT),
    # "the UAE's mediation involved 205 captives from each side": a mediation is a swap
    ("mediation", Move.SWAP),
    # "led to the reunification of 68 children with their families": the noun of "reunite"
    ("reunification", Move.RECEIVE),
    # "the return of 95 soldiers" is a noun; a verb "return" needs its subject, which the
    # clause supplies, so the bare form keeps the sending reading.
    ("return", Move.SEND),
    # "In the opposite direction went 30 bodies": the way put before its verb, the people
    # after it, says what "30 bodies went in the opposite direction" says
    *(
        (f"{way} {form}", Move.SEND)
        for way in (
            "the other way",
            "the opposite way",
            "in the other direction",
            "in the opposite direction",
        )
        for form in ("went", "go", "goes")
    ),
)


def inflections(verb: str) -> tuple[str, ...]:
    """The forms of the one-word ``verb``: itself, third person, past (and participle), -ing."""
    irregular = _IRREGULAR.get(verb)
    if irregular is not None:
        return (verb, *irregular)
    if verb.endswith("e"):
        return verb, verb + "s", verb + "d", verb[:-1] + "ing"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"
    stem = verb
    if (
        len(verb) >= 3
        and verb[-1] in _DOUBLED
        and verb[-2] in _VOWELS
        and verb[-3] not in _VOWELS
        and len(verb) <= 4  # a one-syllable verb: "swap"; not "deliver", "recover"
    ):
        stem = verb + verb[-1]
    ending = "es" if verb.endswith(("s", "sh", "ch", "x")) else "s"
    return verb, verb + ending, stem + "ed", stem + "ing"


def _forms(phrase: str) -> Iterator[str]:
    head, _, rest = phrase.partition(" ")
    for form in inflections(head):
        yield f"{form} {rest}" if rest else form


def _lemma_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for phrase, _ in TRANSFER_LEMMAS:
        head = phrase.partition(" ")[0]
        for form in inflections(head):
            table.setdefault(form, head)
    return table


_LEMMA_OF: Final = _lemma_table()


ADMITTING: Final = frozenset(
    form for verb in ("admit", "acknowledge", "concede") for form in inflections(verb)
)
"""Verbs of conceding a count of one's own losses: "when it admitted 5,937"."""


def lemma(word: str) -> str:
    """The lemma of a (lower-case) verb form the lexicon knows; the word itself otherwise."""
    return _LEMMA_OF.get(word, word)


def is_present_form(word: str) -> bool:
    """Whether a (lower-case) word is the third-person present of a verb of handing over."""
    head = _LEMMA_OF.get(word)
    return head is not None and word != head and inflections(head)[1] == word


def is_transfer_form(word: str) -> bool:
    """Whether a (lower-case) word is a form of a verb of handing over: "brought", "freed"."""
    return word in _LEMMA_OF


def other_way_end(norm: Callable[[int], str], at: int) -> int | None:
    """Past "the other way" when a verb of handing over at ``at`` sends people that way.

    "31 were sent the other way", "31 went in the opposite direction": the verb (after
    any auxiliaries), "over" or "in", then "the other" (or "opposite") "way" (or
    "direction"). The index after the phrase, or None.
    """
    i = at
    while norm(i) in HAVE_BE_AUXILIARIES:
        i += 1
    if not is_transfer_form(norm(i)):
        return None
    i += 1 + (norm(i + 1) == "over")
    i += norm(i) == "in"
    if norm(i) != "the" or norm(i + 1) not in ("other", "opposite"):
        return None
    if norm(i + 2) not in ("way", "direction"):
        return None
    return i + 3


def _matcher() -> PhraseMatcher[Move]:
    entries = [(form, move) for phrase, move in TRANSFER_LEMMAS for form in _forms(phrase)]
    entries.extend(_AS_WRITTEN)  # later entries win: the written forms decide
    return PhraseMatcher(entries)


TRANSFER_MATCHER: Final = _matcher()
"""Every form of every verb (and noun) of handing over, longest phrase first."""


# Verbs that give a count a value: "putting the figure at 1,000,340".
PUTTING: Final = frozenset(form for verb in ("put", "give", "place") for form in inflections(verb))

# Verbs that say what a group or count takes in: "which included two women", "a figure
# that comprises civilians". One set for every rule that reads such an aside.
INCLUDING: Final = frozenset(
    form for verb in ("include", "comprise", "contain") for form in inflections(verb)
)

# Verbs of speaking: "of" after them gives a figure ("talked of 1,200 killed"), "to" or
# "with" names whom the speaker talked to ("spoke to 17 freed soldiers").
SPEAKING: Final = frozenset(form for verb in ("speak", "talk") for form in inflections(verb))
# Verbs of holding a belief, in all their forms: "it thought 850,000 had died", ", she
# believes,", "known to be held".
BELIEF_VERBS: Final = frozenset(
    form
    for verb in ("think", "believe", "judge", "assess", "reckon", "estimate", "fear", "know")
    for form in inflections(verb)
)
# Their past forms and participles: "thought", "believed", "known".
BELIEF_PAST: Final = frozenset(
    form
    for verb in ("think", "believe", "judge", "assess", "reckon", "estimate", "fear", "know")
    for form in inflections(verb)[2:-1]
)
# Verbs whose object is a sample of people talked to: "interviewed 21 POWs", "spoke to 17".
INTERVIEWING: Final = SPEAKING | frozenset(
    form for verb in ("interview", "question", "survey") for form in inflections(verb)
)

# Verbs whose object of prisoners are people taken captive: "yielded more than 700 prisoners".
TAKING_CAPTIVES: Final = frozenset(
    form for verb in ("take", "yield", "net") for form in inflections(verb)
)
