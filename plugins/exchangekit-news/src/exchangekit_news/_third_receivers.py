"""Receivers outside the two warring sides: people freed to a third country.

"10 prisoners of war from Morocco, the United States, ... who had fought for Ukraine
were flown to Riyadh": a country that otherwise brokers swaps is the receiver only
where the sentence says the people were freed, released, handed or flown to it, or
that it "secured the release of" them, and only for people of neither side whose kind
is told ("foreign nationals" are ``other``); the sender is the side that held them,
told by "captured by Russian forces", by the side they "fought for" or were "flown
from", or by the sentence's own sender.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Final

from exchangekit import PersonCategory
from exchangekit_news import _lexicon as lx
from exchangekit_news._mentions import MEDIATOR, NATIONALITY, FigureMention, PartyMention

# Nouns of keeping after a country's adjective: "handed to Turkish custody".
_CUSTODY: Final = frozenset({"custody", "care", "protection", "territory", "soil", "keeping"})
# Go-betweens that are bodies, not countries: no one is flown to the Red Cross.
_NOT_COUNTRIES: Final = frozenset({"ICRC", "UN"})
# Participles and past forms of moving people to a place: "were flown to Riyadh".
_MOVED_TO: Final = frozenset(
    {"flown", "flew", "freed", "released", "handed", "transferred", "sent", "repatriated"}
    | {"delivered"}
)
# Words that may stand between such a verb and "to": "handed over to", "flown them to",
# and the day's adverb: "flown today to".
_BEFORE_TO: Final = frozenset({"over", "them", "back", "today", "yesterday", "tonight"})
# Verbs of coming into a country, after a release: "who landed in Riyadh on Monday".
_CAME_IN: Final = frozenset({"arrived", "landed"})
# Verbs whose subject won people's freedom: "Saudi Arabia said it had secured the release of".
_WON: Final = frozenset({"secured", "won", "obtained", "negotiated"})
# Words taking people on from a country they were flown to: "and then home".
_ONWARD: Final = frozenset({"home", "onward", "onwards", "then", "returning", "via", "through"})
# Staying on in a country, and the words that may lead up to it: "would stay in Turkey".
_STAY: Final = frozenset({"stay", "stays", "stayed", "remain", "remains", "remained"})
_BEFORE_STAY: Final = frozenset(
    {"will", "would", "shall", "should", "must", "may", "might", "are", "is", "were", "was"}
    | {"to", "be", "still", "now", "then"}
)
# A country keeping people it took in: "Turkey undertook to keep them until the war ends".
_KEEP: Final = frozenset({"keep", "keeps", "kept", "keeping"})
_HOLDING: Final = frozenset({"captured", "held", "detained", "taken"})
# Participles whose agent let people go or held them: "released by Russia", "held by Kyiv".
_LET_GO_OR_HELD: Final = _MOVED_TO | _HOLDING
# The words naming, after a verb of moving, the country people left or the side that let
# them go: "flown from Russia to ...", "handed over by Russia to ...".
_LEFT: Final = frozenset({"from", "by"})
_FIGHTING: Final = frozenset({"fought", "fighting"})
# Serving in a side's forces, which the other side captures: "serving with Ukrainian forces".
_SERVING: Final = _FIGHTING | {"fight", "serving", "served", "serve"}
# Verbs of a release freeing a side's people along with the foreigners: "also freed".
_ALSO_FREED: Final = frozenset({"freed", "released", "returned", "brought", "saw"})
_SERVING_WITH: Final = frozenset({"for", "with", "alongside"})
_FOREIGN: Final = frozenset({"foreign", "foreigners"})
_CLAUSE_ENDS: Final = lx.RELATIVE_OPENERS | {".", ";"}
_NOT_ORIGINS: Final = frozenset({"by", "for", "to"})
# "prisoners of war from other countries": people of neither side, their countries untold.
_OTHER: Final = frozenset({"other", "third", "foreign"})
_COUNTRIES: Final = frozenset({"countries", "nations", "states"})
# An apposition telling whose citizens people are: "ten prisoners, citizens of Morocco".
_CITIZENS: Final = frozenset({"citizens", "nationals", "subjects"})
# Kinds too loose to read for foreigners unless their own words call them foreign:
# people of no kind ("ten people"), and the dead, who go to the side they fought for.
_UNTOLD: Final = frozenset({None, PersonCategory.OTHER, PersonCategory.REMAINS})
# A country's formal style before its name: "the Kingdom of Saudi Arabia".
_STYLES: Final = frozenset({"kingdom", "republic", "state", "sultanate", "emirate"})
# Prepositions before "which" opening a clause with a subject of its own: "in which".
_CLAUSE_PREPOSITIONS: Final = frozenset({"in", "under", "by", "through", "after", "during"})


def _told_foreign(norm: Callable[[int], str], figure: FigureMention, kind: object) -> bool:
    """Whether the figure's own words make its people foreigners of no side's kind.

    "ten foreign nationals", "10 foreigners": the noun tells who they are (``other``),
    as "foreign fighters" tells prisoners of war; "ten people" or the dead tell nothing.
    """
    return (
        figure.noun is not None
        and not figure.remains
        and kind is not PersonCategory.REMAINS
        and any(norm(i) in _FOREIGN for i in range(figure.first, figure.np_end))
    )


def _onward(norm: Callable[[int], str], verb: int, last: int) -> bool:
    """Whether the clause after the verb that moved people takes them on from the country.

    "flown to Turkey and then home", "before travelling on to Kyiv": the country was a stop
    on their way, not where they were released to.
    """
    end = verb
    while end < last and norm(end) not in _CLAUSE_ENDS - lx.RELATIVE_OPENERS:
        end += 1
    after = [norm(i) for i in range(verb, end)]
    return not _ONWARD.isdisjoint(after) or any(
        a == "on" and b == "to" for a, b in itertools.pairwise(after)
    )


def _country(party: PartyMention) -> bool:
    return party.role == MEDIATOR and party.noun and party.code not in _NOT_COUNTRIES


def _country_named(norm: Callable[[int], str], party: PartyMention) -> bool:
    """Whether the party names a third country people can be moved to.

    A country's adjective does when a noun of keeping follows it: "transferred to Turkish
    custody" is "transferred to Turkey".
    """
    return _country(party) or (
        party.role == MEDIATOR and party.code not in _NOT_COUNTRIES and norm(party.last) in _CUSTODY
    )


def _foreign(
    norm: Callable[[int], str],
    figure: FigureMention,
    parties: Sequence[PartyMention],
    belligerents: Sequence[str],
    last: int,
) -> bool:
    """Whether the figure counts people of neither side.

    "10 foreign nationals", "10 foreigners", or "10 prisoners of war from Morocco, the
    United States, ..." with a country of neither side and no side in the list.
    """
    if any(norm(i) in _FOREIGN for i in range(figure.first, figure.np_end)):
        return True
    if any(p.role == NATIONALITY and figure.first <= p.first < figure.np_end for p in parties):
        return False  # "ten Ukrainian soldiers": a side's own people
    origin = figure.np_end
    if norm(origin) == "," and norm(origin + 1) in _CITIZENS and norm(origin + 2) == "of":
        origin += 2  # "ten prisoners of war, citizens of Morocco and Sweden,"
    elif norm(origin) != "from":
        return False
    if norm(origin + 1) in _OTHER and norm(origin + 2) in _COUNTRIES:
        return True
    end = origin + 1
    while end < last and norm(end) not in _CLAUSE_ENDS:
        end += 1
    # "... who had fought for Ukraine", "captured by Russian forces", "to Riyadh", "flown
    # from Russia": the sides they fought for or were held by, and where they went or were
    # flown from, are not where they are from
    listed = [
        p
        for p in parties
        if origin < p.first < end
        and norm(_article_before(norm, p)) not in _NOT_ORIGINS
        and not _moved_from(norm, p)
    ]
    return bool(listed) and all(p.code not in belligerents for p in listed)


def _moved_from(norm: Callable[[int], str], party: PartyMention) -> bool:
    """Whether people were moved out of the country: "flown from Russia"."""
    return party.noun and norm(party.first - 1) == "from" and norm(party.first - 2) in _MOVED_TO


def _moved_by(norm: Callable[[int], str], party: PartyMention) -> bool:
    """Whether the side let people go as the agent of moving them: "handed over by Russia".

    Only a side that held people can hand them over, so the agent held them.
    """
    at = _article_before(norm, party)
    return norm(at) == "by" and norm(at - 1) in _MOVED_TO | {"over", "back"}


def _article_before(norm: Callable[[int], str], party: PartyMention) -> int:
    """The token before the party, or before its "the": "to the United Arab Emirates".

    A country's formal style counts as its article: "to the Kingdom of Saudi Arabia".
    """
    at = party.first - 1
    if norm(at) == "of" and norm(at - 1) in _STYLES and norm(at - 2) == "the":
        return at - 3
    return at - (norm(at) == "the")


def moved_to(
    norm: Callable[[int], str],
    parties: Sequence[PartyMention],
    span: tuple[int, int],
    sent: bool = False,
) -> tuple[str, int] | None:
    """The third country the people were "freed to", "flown to" in ``span``, and the verb.

    With ``sent`` (the clause's verb of sending came before the people: "Russia freed
    10 prisoners of war from Britain to Saudi Arabia") any "to" the country follows will do.
    """
    start, last = span
    for party in parties:
        if not start < party.first < last or not _country_named(norm, party):
            continue
        at = _article_before(norm, party)
        if norm(at) == "in":
            # "who arrived today in Saudi Arabia": where the freed people came to
            at -= 1
            while at > start and norm(at) in _BEFORE_TO:
                at -= 1
            if norm(at) in _CAME_IN:
                return party.code, at
            continue
        if norm(at) != "to":
            continue
        if sent and norm(at - 1) not in _CLAUSE_ENDS:
            return party.code, at
        at -= 1
        while at > start and norm(at) in _BEFORE_TO:
            at -= 1
        origin = _origin_before(norm, parties, at)
        if origin is not None:
            at = origin - 1  # "flown from Russia to Saudi Arabia"
            while at > start and norm(at) in _BEFORE_TO:
                at -= 1  # "handed over by Russia to Turkey"
        if norm(at) in _MOVED_TO:
            return party.code, at
    return None


def _origin_before(
    norm: Callable[[int], str], parties: Sequence[PartyMention], end: int
) -> int | None:
    """Where a "from" or "by" before a country named as a noun ending at ``end`` stands.

    "flown from Russia to Saudi Arabia", "handed over by Russia to Turkey": the country
    they left, or the side that let them go, stands between the verb and the "to".
    """
    for party in parties:
        if party.last - 1 == end and party.noun and norm(_article_before(norm, party)) in _LEFT:
            return _article_before(norm, party)
    return None


def _winner(
    norm: Callable[[int], str], figure: FigureMention, parties: Sequence[PartyMention], first: int
) -> str | None:
    """The third country that "secured the release of" the figure, its verb's subject."""
    at = figure.first - 1
    if norm(at) != "of" or norm(at - 1) != "release" or norm(at - 2) != "the":
        return None
    verb = at - 3
    if norm(verb) not in _WON:
        return None
    before = [p for p in parties if first <= p.first < verb and p.role != NATIONALITY]
    return before[-1].code if before and _country(before[-1]) else None


def _holder(
    norm: Callable[[int], str],
    parties: Sequence[PartyMention],
    belligerents: Sequence[str],
    start: int,
    last: int,
) -> str | None:
    """The side that held the people: "captured by Russian forces", "fought for Ukraine".

    A side they were "flown from" to a third country held them too: "flown from Russia to
    Saudi Arabia"; so did a side that handed them over, "handed over by Russia to Turkey".
    """
    held: set[str] = set()
    also = _also_freed(norm, start, last)
    for party in parties:
        if not start <= party.first < last or party.code not in belligerents:
            continue
        before = norm(party.first - 1)
        at = _article_before(norm, party)  # "held by the Russian Federation"
        if (
            (norm(at) == "by" and norm(at - 1) in _HOLDING)
            or _moved_from(norm, party)
            or _moved_by(norm, party)
        ):
            held.add(party.code)
        elif (
            (before == "for" and norm(party.first - 2) in _FIGHTING)
            or served_in(norm, party)
            or (also is not None and party.role == NATIONALITY and also < party.first)
        ):
            held.update(b for b in belligerents if b != party.code)
    return held.pop() if len(held) == 1 else None


def _also_freed(norm: Callable[[int], str], start: int, last: int) -> int | None:
    """Where a release on the people's exchange "also freed" a side's people, if it did.

    "flown to Riyadh in an exchange that also freed 215 Ukrainians": the foreigners went
    free with that side's people, from the same captor, the other side. Only the clause on
    the exchange counts, up to its end.
    """
    for at in range(start, last):
        if norm(at) in (".", ";"):
            return None
        if norm(at) == "also" and norm(at - 1) in ("that", "which") and norm(at + 1) in _ALSO_FREED:
            return at
    return None


def served_in(norm: Callable[[int], str], party: PartyMention) -> bool:
    """Whether people fought in the side's ranks: "serving with Ukrainian forces".

    "captured while serving with Ukrainian forces", "who fought in the ranks of the
    Ukrainian army", "fighting alongside Russian troops": the other side held them.
    """
    at = _article_before(norm, party)
    if norm(at) == "of" and norm(at - 1) == "ranks" and norm(at - 2) == "the":
        return norm(at - 3) == "in" and norm(at - 4) in _SERVING
    return norm(at) in _SERVING_WITH and norm(at - 1) in _SERVING


def sent_to_third(
    norm: Callable[[int], str], figure: FigureMention, parties: Sequence[PartyMention], last: int
) -> bool:
    """Whether the figure's own clause sends its people on "to" a third country.

    "Russia freed 10 prisoners of war to Saudi Arabia": the receiver is told, and it is
    no warring side, so the other side is not to be inferred as the receiver.
    """
    end = figure.np_end
    while end < last and norm(end) not in _CLAUSE_ENDS and norm(end) != ",":
        end += 1
    return any(
        figure.np_end <= p.first < end
        and _country(p)
        and norm(_article_before(norm, p)) == "to"
        and norm(_article_before(norm, p) - 1) not in lx.TO_PHRASES
        for p in parties
    )


def freed_to_third(
    norm: Callable[[int], str],
    figure: FigureMention,
    parties: Sequence[PartyMention],
    belligerents: Sequence[str],
    span: tuple[int, int],
    sender: str | None,
    *,
    kept: bool = True,
) -> tuple[str, str] | None:
    """The (sender, receiver) of foreigners freed to a third country, or None.

    "Separately, Saudi Arabia said it had secured the release of 10 prisoners of war
    from Morocco, the United States, ..., who had fought for Ukraine": Russia to Saudi
    Arabia. A side's own people ("nine fighters who had fought for Ukraine were flown to
    Saudi Arabia") are read too when the sentence says who held them and does not take
    them on from there. ``span`` is the sentence's first and last token; ``sender`` one
    already read. With ``kept``, a side's own people its verb sends to stay in the country
    ("five Ukrainian officers flew to Turkey to wait out the war") are read too: the other
    side held them.
    """
    first, last = span
    kind = None if figure.noun is None else figure.noun.category
    if (kind in _UNTOLD and not _told_foreign(norm, figure, kind)) or len(belligerents) != 2:
        return None
    last = _contrast_after(norm, figure.np_end, last)
    foreign = _foreign(norm, figure, parties, belligerents, last)
    moved = moved_to(norm, parties, (figure.np_end - 1, last), sender is not None)
    receiver = moved[0] if moved is not None else _winner(norm, figure, parties, first)
    if receiver is None:
        return None
    holder = _holder(norm, parties, belligerents, figure.np_end, last)
    kept = (
        kept
        and holder is None
        and not foreign
        and moved is not None
        and _kept_there(norm, figure, moved)
        and not _onward(norm, moved[1], last)
    )
    if kept:
        # "five Azovstal commanders flew to Turkey to wait out the war": a besieged town's
        # defenders are its side's soldiers, and a side does not free its own to stay abroad
        side = figure.nationality or _garrison_side(norm, figure)
        holder = next((b for b in belligerents if side in belligerents and b != side), None)
    if (
        not foreign
        and not (kept and (holder or sender) is not None)
        and (
            figure.nationality is not None
            or moved is None
            or holder is None
            or _onward(norm, moved[1], last)
        )
    ):
        # a side's own people freed to a third country: only where the sentence says who
        # held them and that they went there, not on through it; "Ukrainian soldiers"
        # flown to Turkey may be on their way home
        return None
    if sender is not None and holder is not None and sender != holder:
        return None  # the sentence says two things about who held them
    held_by = sender or holder
    return None if held_by is None or held_by not in belligerents else (held_by, receiver)


def _contrast_after(norm: Callable[[int], str], start: int, last: int) -> int:
    """Where a clause of contrast after ``start`` begins, or ``last`` if none does.

    "64 soldiers came home, while seven volunteers were released to Saudi Arabia": the
    clause after ", while" (", but", ", whereas") or ";" tells of other people, so the
    country they went to and the side they fought for are not the figure's; so does a
    relative clause with a subject of its own ("a deal in which five officers were sent
    to Turkey").
    """
    for at in range(start, last):
        word = norm(at)
        if word == ";" or (word in lx.CONTRAST_WORDS and norm(at - 1) == ","):
            return at
        if word in ("which", "whom") and norm(at - 1) in _CLAUSE_PREPOSITIONS:
            return at - 1  # "under a deal in which five officers were sent to Turkey"
    return last


def kept_in_third(
    norm: Callable[[int], str],
    figure: FigureMention,
    parties: Sequence[PartyMention],
    belligerents: Sequence[str],
    end: int,
) -> bool:
    """Whether the figure's own verb, or a relative clause on it, sends its people abroad.

    "five officers, who under the deal would remain in Turkey", "five officers,
    including a colonel, were flown to Turkey": whoever freed them, they were not
    handed to the other side. ``end`` is where the words about the figure stop.
    """
    at = figure.np_end + (norm(figure.np_end) == ",")
    if norm(at) in lx.RELATIVE_OPENERS:
        stop = at + 1  # the relative clause: "who ... would remain in Turkey"
        while stop < end and norm(stop) not in (",", ".", ";"):
            stop += 1
    else:
        if at > figure.np_end:  # an aside: ", including the regiment's leader,"
            while at < end and norm(at) not in (",", ".", ";"):
                at += 1
            at += 1
        at = _past_agent_phrase(norm, parties, at)
        while at < end and norm(at) in _BEFORE_STAY:
            at += 1
        stop = min(end, at + 4)  # the figure's own verb: "were flown to", "would stay in"
    if moved_to(norm, parties, (at - 1, stop)) is not None:
        return True
    stays = {
        i + 2 + (norm(i + 2) == "the")
        for i in range(at, stop)
        if norm(i) in _STAY and norm(i + 1) == "in"
    }
    return any(
        p.first in stays and p.noun and p.code not in belligerents and p.code not in _NOT_COUNTRIES
        for p in parties
    )


def _past_agent_phrase(norm: Callable[[int], str], parties: Sequence[PartyMention], at: int) -> int:
    """Where the figure's own verb may start past a participle and its agent at ``at``.

    "12 officers released by Russia will remain in Turkey": "released by Russia" tells
    who let them go; the verb that says where they went comes after it.
    """
    if norm(at) not in _LET_GO_OR_HELD or norm(at + 1) != "by":
        return at
    agent = next((p for p in parties if p.first in (at + 2, at + 3)), None)
    return at if agent is None else agent.last


def own_people_to_third(
    norm: Callable[[int], str],
    figure: FigureMention,
    parties: Sequence[PartyMention],
    belligerents: Sequence[str],
    last: int,
    giver: str | None = None,
) -> tuple[str, str] | None:
    """The (sender, receiver) of a side's own people the other side handed to a third country.

    "Twelve Ukrainian marines ... were handed over by Russia to Turkey": the nationality
    says whose people they are, but the verb's agent let them go and the country after
    "to" got them, so they did not go home. Only where the agent is the side that did
    not own them and the clause does not take them on ("and then home"). ``giver`` is the
    subject of a verb of handing over told before the people: "Russia handed over 12
    Ukrainian marines to Turkey" gives them to the country right after them.
    """
    kind = None if figure.noun is None else figure.noun.category
    if kind in _UNTOLD or figure.remains or len(belligerents) != 2:
        return None
    own = figure.nationality
    if own not in belligerents:
        return None
    if giver is not None and giver in belligerents and giver != own:
        handed = _to_right_after(norm, figure, parties)
        if handed is not None:
            return None if _onward(norm, handed[1], last) else (giver, handed[0])
    moved = moved_to(norm, parties, (figure.np_end - 1, last))
    if moved is None or _onward(norm, moved[1], last):
        return None
    agents = {
        p.code
        for p in parties
        if moved[1] < p.first < last and p.code in belligerents and _moved_by(norm, p)
    }
    if not agents and _kept_there(norm, figure, moved):
        # "Five Ukrainian officers were flown to Turkey, where they are to remain until the
        # war ends": a side does not free its own people, so the other side held them
        agents = set(belligerents) - {own}
    if len(agents) != 1:
        return None
    agent = agents.pop()
    return None if agent == own else (agent, moved[0])


def _to_right_after(
    norm: Callable[[int], str], figure: FigureMention, parties: Sequence[PartyMention]
) -> tuple[str, int] | None:
    """The third country named by a "to" right after the people, and where that "to" stands.

    "handed over 12 marines to Turkey", "handed 12 marines over to Turkey": the object's
    own goal, not a "to" further on in the clause.
    """
    at = figure.np_end + (norm(figure.np_end) in ("over", "back"))
    if norm(at) != "to":
        return None
    return next(
        ((p.code, at) for p in parties if _country(p) and _article_before(norm, p) == at), None
    )


def _kept_there(norm: Callable[[int], str], figure: FigureMention, moved: tuple[str, int]) -> bool:
    """Whether the figure's own verb moved its people to the country and they stay there.

    "flown to Turkey, where they are to remain", "flew to Turkey to wait out the war",
    "handed to Turkey, which undertook to keep them there": they were not on their way
    home, so the country, not their side, received them. A verb past a contrast ("...,
    while five officers flew to Turkey") is another clause's.
    """
    verb = moved[1]
    if any(norm(i) in lx.CONTRAST_WORDS | {";"} for i in range(figure.np_end, verb)):
        return False
    end = verb
    while norm(end) not in (".", ";", ""):
        end += 1
    return any(
        norm(i) in _STAY
        or (norm(i) == "wait" and norm(i + 1) == "out")
        or (norm(i) in _KEEP and norm(i + 1) == "them" and _kept_by_country(norm, verb, i))
        for i in range(verb, end)
    )


def _kept_by_country(norm: Callable[[int], str], verb: int, keep: int) -> bool:
    """Whether "keep them" is in the country's own relative clause: "Turkey, which ... keep"."""
    return any(norm(i) == "which" and norm(i - 1) == "," for i in range(verb, keep))


def _garrison_side(norm: Callable[[int], str], figure: FigureMention) -> str | None:
    """The side whose besieged town names the figure's people: "five Azovstal commanders"."""
    towns = {norm(i) for i in range(figure.first, figure.np_end)} & lx.DEFENDED_TOWNS
    return lx.REGIONS[towns.pop()] if len(towns) == 1 else None
