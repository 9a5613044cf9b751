"""Transfers read against their context: legs a sentence gives beside or after others.

The rules that add legs the verb-and-figure rules do not: figures "put at" a
number, one figure per side, parts of the legs told just before ("of those who
came back, 51 were soldiers"), the same number as before, and the way bodies go.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from exchangekit import Count, PersonCategory, Qualifier
from exchangekit_news import _lemmas
from exchangekit_news import _lexicon as lx
from exchangekit_news._drafts import PUBLISHER, LegDraft
from exchangekit_news._figure_dates import _PROPOSING
from exchangekit_news._lexicon import Move, SourceEntry
from exchangekit_news._mentions import (
    _FOLLOWED_ON,
    _RIVAL_COMPARATIVES,
    _SAME_COUNTS,
    MEDIATOR,
    NATIONALITY,
    SAME_DAY,
    FigureMention,
    TransferWord,
    rival_cue,
)
from exchangekit_news._sentence import _EXCHANGE_NOUNS, _TIMES, _other
from exchangekit_news._tallies import _PUT, _PUT_AT_CUES, _TAKEN_AWAY
from exchangekit_news._tokens import NUM, WORD
from exchangekit_news._transfer_roles import _DEMONYM_PLURALS, _PREPOSITIONS
from exchangekit_news._transfers import _HOMECOMING_LEMMAS, _PLAN_NOUNS, _series, _Transfers

# Marks and words that join a clause to the one before it: "...; Moscow freed eight".
_CLAUSE_JOINS: Final = frozenset({";", ",", "and", "but", "while", "whereas"})

# Verbs that give a figure told before once more: "Moscow cited the same figures".
_RESTATING: Final = (
    lx.SPEECH | lx.GIVING | _PUT | {"cited", "cites", "quoted", "quotes", "published", "publishes"}
)
# Pronouns for the side that got people back, in "all 307 it got back were servicemen".
_GETTERS: Final = frozenset({"it", "they", "we"})
# "..., each involving (with, of) equal numbers": an aside setting a list of swaps' ways equal
_EQUAL_ASIDE_LINKS: Final = frozenset({"involving", "with", "of"})
# the words framing a side that opens a sentence: "For Russia,", "On the Russian side,"
_SIDE_FRAMING: Final = frozenset({"for", "on", "as", "the", "side", "'s", "'", "s", ","})
# Words that name who did the handing over between a count and its participle: a side's
# pronoun, a person's, or "by".
_AGENTS: Final = _GETTERS | {"he", "she", "by"}
# The verb or noun of a return that a later count refers back to: "the return of civilians".
_RETURN_FORMS: Final = frozenset(_lemmas.inflections("return")) | {"return"}
# Words from "the same number" to the passive verb it is the subject of: the phrase,
# "of" and a kind of up to five words ("of Ukrainian prisoners of war"), and an
# auxiliary with an adverb or two ("were also later"); a verb further on has another
# subject.
_ECHO_SUBJECT_REACH: Final = 12
# One-word adverbs that may stand inside a passive verb group: "were then handed over".
_PASSIVE_INSERTS: Final = frozenset({"then", "also", "duly", "likewise"})
# Words that make the echo's handover another one than the one told before: "in a
# separate swap", "in another exchange", "in an earlier handover".
_OTHER_HANDOVER: Final = frozenset({"separate", "another", "earlier", "previous", "later"})
# Words after a passive of sending that name where else the people went or what for:
# "handed over to a court", "for trial", "into custody"; with one the echo did not go home.
_SENT_ELSEWHERE: Final = frozenset({"to", "for", "into", "onto", "toward", "towards"})
_PRISONER_WORDS: Final = frozenset(
    {"prisoner", "prisoners", "pows", "pow", "captives", "captivity"}
)
# Words that tell a handover went one way only: "released unilaterally".
_UNILATERAL: Final = frozenset({"unilaterally", "unilateral"})
# Words that deny what follows: "without any exchange", "with no swap", "nothing in return".
_NO_WORDS: Final = frozenset({"without", "no", "nothing"})
# Words between a denying word and what it denies: "without any such exchange".
_DETERMINERS_OF_NONE: Final = frozenset({"any", "an", "a", "such", "anything", "prior"})
_BEFORE_DENIED: Final = _DETERMINERS_OF_NONE | _PRISONER_WORDS  # "no prisoner swap"
# What "without" denies when it stands for the way back itself: "without anything given".
_NOTHING: Final = frozenset({"reciprocity", "compensation"})
# Any of these words in a sentence before :meth:`denies_return` looks closer.
_ONE_WAY_CUES: Final = _UNILATERAL | _NO_WORDS


# Tokens between a recalled swap's date and its size: "in February, the fifth - 150".
_RECALLED_DATE_REACH: Final = 6


class _TransferContext(_Transfers):
    """The rules for legs read against the sentence's other legs and the text before."""

    def put_at(
        self, legs: list[LegDraft], used: set[int], belligerents: Sequence[str]
    ) -> list[LegDraft]:
        """A side's own figure for one exchange: "Kyiv put the number it received at 207".

        "Moscow putting the number of its servicemen brought home at 248" gives the
        figure of one direction, as that side counts it; with "since" or "so far"
        it is a running total instead, read by :meth:`number_of_tallies`.
        """
        if self.norm_set.isdisjoint(_PUT | lx.GIVING) or any(leg.tally for leg in legs):
            return []  # "6,095 freed in 68 exchanges, while Moscow put the number at 4,500"
        drafts: list[LegDraft] = []
        # the figures just told give the kind: this sentence's, or else the one before's
        told = legs or [leg for leg in self.discourse.legs if leg.sentence == self.index - 1]
        for k, figure in enumerate(self.m.figures):
            if k in used:
                continue
            theirs = self._their_number(figure, belligerents)
            if theirs is not None:
                used.add(k)
                drafts.append(theirs)
                continue
            # "put the number ... at 207", or "gave the number ... as 146"
            verbs = _PUT_AT_CUES.get(self.norm_at[figure.first - 1])
            if verbs is None:
                continue
            put = self._put_verb(figure.first, verbs)
            counted = None if put is None else self._number_of_those_back(put, figure, belligerents)
            if counted is not None:
                used.add(k)
                drafts.append(counted)
                continue
            if put is None or self.norm_at[put + 1] != "the":
                continue
            # "put the number (of ...) returned at 45", or the people themselves: "putting
            # the Russian remains returned at 19"
            named = (
                None if self.norm_at[put + 2] in lx.NUMBER_NOUNS else self._nationals_at(put + 2)
            )
            if named is None and self.norm_at[put + 2] not in lx.NUMBER_NOUNS:
                continue
            head = put + 3 if named is None else named[0]
            moved = [t for t in self.m.transfers if head <= t.first < figure.first and t.done]
            # "putting the number of Ukrainians home at 277": home with no verb of moving
            home = not moved and named is None and self.norm_at[figure.first - 2] == "home"
            verb_at = moved[0].first if moved else figure.first - 2
            if not (moved or home) or any(put < i < figure.first for i in self.totals):
                continue
            if self._summed_over_stages(put, figure):
                continue  # "put the number handed over in the three stages at 3,600": a sum
            if any(self.norm_at[i] in _TAKEN_AWAY for i in range(head, verb_at)):
                continue  # "the number of children deported or forcibly transferred": taken
            if any(
                (d.since or self._year_long(d)) and put < d.first < figure.first
                for d in self.m.dates
            ):
                # "since 2022", or a whole year ("freed this year", "in 2024"): the sum of
                # the span's swaps, a running total, not one exchange's figure
                continue
            subject = [p for p in self._actors() if p.last <= put]
            own = subject[-1].code if subject else None
            nationality = next(
                (
                    p.code
                    for p in self.m.parties
                    if p.role == NATIONALITY and put + 2 <= p.first < verb_at
                ),
                None,
            )
            people = None if named is None else named[1]
            if named is not None and verb_at != named[0]:
                continue  # "putting the Russian remains returned at": the verb right after
            if self.norm_at[put + 3] == "of":
                found = lx.PEOPLE.match(self.tokens, put + 4, self.last)
                at = put + 4
                while found is None and at < verb_at:
                    at += 1  # "the number of its own servicemen"
                    found = lx.PEOPLE.match(self.tokens, at, self.last)
                if found is None and moved:
                    # "the number of its own returning soldiers": the participle before them
                    found = lx.PEOPLE.match(self.tokens, moved[0].last, figure.first - 1)
                people = found[1] if found is not None else None
            owned = any(self.norm_at[i] in ("its", "their") for i in range(put + 3, verb_at))
            if (
                home
                or moved[0].move is Move.RECEIVE
                or (owned and moved[0].move is Move.SEND)
                or self._came_home(head, moved[0])
            ):
                # "the number of its own servicemen returned": people go home
                receiver = nationality or own
            elif moved[0].move is Move.SEND and own is not None:
                receiver = nationality or _other(own, belligerents)
            else:
                receiver = nationality
            if nationality is None and moved:
                # "put the number returned to Ukraine at 116": the side after the verb
                receiver = self._way_after(moved[0], figure.first, belligerents) or receiver
            sender = _other(receiver, belligerents) if receiver is not None else None
            if receiver is None or sender is None:
                continue
            if home and not any(leg.receiver == receiver for leg in (*legs, *self.discourse.legs)):
                continue  # "the number of Ukrainians home" with no homecoming told: a total?
            own_count = False
            if people is not None and people.remains:
                category = PersonCategory.REMAINS
            elif people is not None and people.category is not None:
                category = people.category
            elif told and not self.norm_set & lx.CIVILIAN_WORDS:
                # "195 prisoners ...; Kyiv put the number at 207"
                category = _kind_received(told, self._recent_legs(legs), receiver, figure.amount)
            elif (
                same := self._same_figure_told(legs, sender, receiver, figure.amount)
            ) is not None:
                # "150 prisoners of war came home ... Kyiv put the number returned at 150":
                # the side's own count of the people told, of their kind, and a record
                category, own_count = same.category, True
            else:
                category = PersonCategory.OTHER  # people of no stated kind
            used.add(k)
            drafts.append(
                self._told_leg(figure, sender, receiver, category)._replace(account=own_count)
            )
        return drafts

    def _summed_over_stages(self, put: int, figure: FigureMention) -> bool:
        """Whether "put the number ... at N" sums several handovers, not one exchange.

        "In total, Moscow put the number it had handed over at 3,600" (a sentence opened
        by a word of summing) and "put the number handed over in the three stages at
        3,600" (a count of exchanges before the figure) give a running total.
        """
        opened = any(
            i == self.first and "," in (self.norm_at[i + 1], self.norm_at[i + 2])
            for i in self.totals
        )
        return (opened and put < figure.first) or self._stages_counted_between(
            put + 1, figure.first
        )

    def _number_of_those_back(
        self, put: int, figure: FigureMention, belligerents: Sequence[str]
    ) -> LegDraft | None:
        """A count given to people an earlier clause said came back: "put their number at 12".

        "Lubinets confirmed the return of Ukrainian civilians but put their number at
        twelve": the people, named by nationality with no count of their own, went home
        to that nationality's side, and the figure counts them.
        """
        if self.norm_at[put + 1] not in ("their", "the") or self.norm_at[put + 2] != "number":
            return None
        if put + 4 != figure.first or any(f.first < figure.first for f in self.m.figures):
            return None  # "put the number returned at 207": the verb names them, not a clause
        back = [t for t in self.m.transfers if t.done and t.last <= put]
        if not back or self.norm_at[back[-1].first] not in _RETURN_FORMS:
            return None
        verb = back[-1]
        named = [
            p
            for p in self.m.parties
            if p.role == NATIONALITY and verb.first - 4 <= p.first < put and p.code in belligerents
        ]
        sides = {p.code for p in self.m.parties if verb.first - 4 <= p.first < put}
        if len(named) != 1 or len(sides) != 1:
            return None  # no side named, or two: whose people came back is not said
        people = lx.PEOPLE.match(self.tokens, named[0].last, self.last)
        if people is None:
            return None
        receiver = named[0].code
        noun = people[1]
        category = PersonCategory.REMAINS if noun.remains else noun.category or PersonCategory.OTHER
        sender = _other(receiver, belligerents)
        if sender is None:
            return None
        return self._told_leg(figure, sender, receiver, category)

    def _recent_legs(self, legs: list[LegDraft]) -> list[LegDraft]:
        """The legs of this sentence and of the three before it: the exchange just told."""
        return [*(leg for leg in self.discourse.legs if leg.sentence >= self.index - 3), *legs]

    def _same_figure_told(
        self, legs: list[LegDraft], sender: str, receiver: str, amount: Count
    ) -> LegDraft | None:
        """The last exchange leg told that way with the very figure ``amount``, if one was."""
        return next(
            (
                leg
                for leg in reversed([*self.discourse.legs, *legs])
                if not leg.tally
                and (leg.sender, leg.receiver, leg.amount) == (sender, receiver, amount)
            ),
            None,
        )

    def _told_leg(
        self, figure: FigureMention, sender: str, receiver: str, category: PersonCategory
    ) -> LegDraft:
        """The leg ``figure`` gives one way, as the sentence's source tells it, on its date."""
        attributed, accorded = self.leg_source(figure.first)
        dates, series = self._dates_for(figure, self.m.dates, ())
        return LegDraft(
            self.index,
            sender,
            receiver,
            category,
            figure.amount,
            attributed,
            accorded,
            dates,
            series,
            None,
        )

    def _count_giver(self, figure: FigureMention) -> int | None:
        """The verb of "putting their number at 26", "gave a lower figure, 26" before ``figure``.

        A source gives the count of people just told: "put their number at", "gave
        their number as", "gave a figure of" or, set off, "gave a lower figure, 26".
        """
        if figure.noun is not None:
            return None
        at = figure.first - 1
        cue = self.norm_at[at]
        if cue in _PUT_AT_CUES and self.norm_at[at - 2] == "their":
            verb = at - 3  # "putting their number at 26", "gave their number as 26"
            verbs = _PUT_AT_CUES[cue]
        elif cue in ("of", ","):
            # "gave a figure of 26", "gave a lower figure, 26"
            verb = at - 3 - (self.norm_at[at - 2] in _RIVAL_COMPARATIVES)
            if self.norm_at[verb + 1] != "a":
                return None
            verbs = lx.GIVING
        else:
            return None
        if self.norm_at[at - 1] not in lx.NUMBER_NOUNS or self.norm_at[verb] not in verbs:
            return None
        return verb

    def _their_number(self, figure: FigureMention, belligerents: Sequence[str]) -> LegDraft | None:
        """The count "putting their number at 26" gives the people its sentence moved.

        "Residents of the border region returned to Russia on Friday, the ombudswoman
        said, putting their number at 26" (or "..., but gave a lower figure, 26"): one
        verb of moving done before, its people uncounted and its side named after it
        ("to Russia"), is the way they went.
        """
        put = self._count_giver(figure)
        if put is None:
            return None
        if any(f.first < put for f in self.m.figures):
            return None  # the people were counted already: a rival count, not theirs
        moved = [t for t in self.m.transfers if t.last <= put and t.move is not Move.EVENT]
        if len(moved) != 1 or not moved[0].done:
            return None
        receiver = self._way_after(moved[0], put, belligerents)
        sender = None if receiver is None else _other(receiver, belligerents)
        people = next(
            (
                found[1]
                for i in range(self.first, moved[0].first)
                if (found := lx.PEOPLE.match(self.tokens, i, moved[0].first)) is not None
            ),
            None,
        )
        if receiver is None or sender is None or people is None:
            return None
        if people.remains:
            category = PersonCategory.REMAINS
        else:
            category = people.category or PersonCategory.OTHER
        return self._told_leg(figure, sender, receiver, category)

    def figures_for_sides(self, legs: list[LegDraft], used: set[int]) -> list[LegDraft]:
        """A source's figures per side: "gave a figure of 757 for the Ukrainian dead and 43".

        "A figure of N for <a side's people>" counts the people of that side who went
        home in the exchange just told that way (this sentence's or the one before's), of
        the same kind and a like size; a side named alone ("and 43 for Russia's") takes
        the kind named before it; so too "put the Ukrainian figure at 80". Without such
        an exchange the figure could be a toll, and nothing is read.
        """
        if not self.norm_set & (lx.GIVING | _PUT):
            return []  # most sentences: no verb of giving a figure
        told = [leg for leg in [*self.discourse.legs, *legs] if not leg.tally]
        if not told:
            return []
        drafts: list[LegDraft] = []
        kind: PersonCategory | None = None
        for k, figure in enumerate(self.m.figures):
            if k in used or figure.noun is not None or self.norm_at[figure.last] != "for":
                continue
            if not drafts and not (
                self.norm_at[figure.first - 1] == "of"
                and self.norm_at[figure.first - 2] in lx.NUMBER_NOUNS
                and _lemmas.lemma(self.norm_at[figure.first - 4]) == "give"
            ):
                continue  # the first figure follows "gave a figure of"; the rest are listed
            if drafts and self.norm_at[figure.first - 1] != "and":
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

    def same_figures(self, legs: list[LegDraft], used: set[int]) -> list[LegDraft]:
        """A source restating an exchange's figures: "Moscow gave the same figures, 90 and 12".

        "The same figure(s)/number(s)" followed by bare counts, each equal to a leg told
        before, is the sentence's source's own account of those legs (kept beside the
        first source's when the sources differ); a count no leg has stops the list.
        """
        same = next(
            (
                i
                for i in self._at(("same",), self.first, self.last - 1)
                if self.norm_at[i + 1] in _SAME_COUNTS
            ),
            None,
        )
        if same is None:
            return []  # most sentences: no "the same figures" to restate
        told = [leg for leg in [*self.discourse.legs, *legs] if not leg.tally]
        if not told:
            return []
        verb = same - 1 - (self.norm_at[same - 1] == "the")
        if self.norm_at[verb] not in _RESTATING:
            return []
        source = self._rival_source(verb)
        drafts: list[LegDraft] = []
        taken: set[int] = set()
        for k, figure in enumerate(self.m.figures):
            if k in used or figure.first <= same or figure.noun is not None:
                continue
            if figure.first - same > 3 + 2 * len(drafts):
                break  # the list follows the noun at once: "the same figures, 90 and 12"
            match = next(
                (
                    j
                    for j in range(len(told) - 1, -1, -1)
                    if j not in taken and told[j].amount == figure.amount
                ),
                None,
            )
            if match is None:
                break
            leg = told[match]
            draft = self._account(
                [leg], (leg.sender, leg.receiver, leg.category), figure.amount, figure.first, source
            )
            if draft is None:
                break
            taken.add(match)
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
        if figure.noun is not None or self.norm_at[at] not in _PUT_AT_CUES:
            return None
        side = next((p for p in self.m.parties if p.last == at - 1), None)
        if side is None or side.role == MEDIATOR or self.norm_at[at - 1] not in lx.NUMBER_NOUNS:
            return None
        verb = side.first - 1 - (self.norm_at[side.first - 1] == "the")
        if self.norm_at[verb] not in _PUT_AT_CUES[self.norm_at[at]]:
            return None
        other = _other(side.code, self._belligerents)
        kinds = {leg.category for leg in told if (leg.sender, leg.receiver) == (other, side.code)}
        if other is None or len(kinds) != 1:
            return None  # no exchange told that way, or several kinds: which one is unsure
        return other, side.code, kinds.pop()

    def _came_home(self, head: int, moved: TransferWord) -> bool:
        """Whether "the number returned" or "the number of prisoners freed" came home.

        The participle of returning or freeing has no agent ("it", "they" or a side)
        between the count and itself: the side's own count of those returned is of
        its people come home, not of the ones it sent ("Kyiv put the number freed at 64").
        """
        if _lemmas.lemma(self.norm_at[moved.first]) not in _HOMECOMING_LEMMAS:
            return False
        return not any(
            self.norm_at[i] in _AGENTS or any(p.first == i for p in self.m.parties)
            for i in range(head, moved.first)
        )

    def _way_after(self, verb: TransferWord, stop: int, belligerents: Sequence[str]) -> str | None:
        """The receiver a side right after ``verb`` names: "returned to Ukraine", "from Russia"."""
        way = self.norm_at[verb.last]
        if way not in ("to", "from"):
            return None
        starts = {verb.last + 1, verb.last + 1 + (self.norm_at[verb.last + 1] == "the")}
        side = next((p for p in self.m.parties if p.first in starts and p.last <= stop), None)
        if side is None:
            return None
        return side.code if way == "to" else _other(side.code, belligerents)

    def counted_kind(self, legs: list[LegDraft]) -> list[LegDraft]:
        """A source's count of nationals moved takes the kind of the exchange it counts.

        "Zelensky gave a figure of 277 Ukrainians returned" (or "put the number of
        Ukrainians home at 277") after a swap of prisoners of war (and wounded ones)
        that way: the figure counts those prisoners, so it is of their kind, not people
        of no kind. Only prisoners told that way give the kind.
        """
        given = {
            figure.amount
            for figure in self.m.figures
            if (
                self.norm_at[figure.first - 1] == "of"
                and self.norm_at[figure.first - 2] in lx.NUMBER_NOUNS
                and _lemmas.lemma(self.norm_at[figure.first - 4]) == "give"
                and self.norm_at[figure.np_end - 1] in _DEMONYM_PLURALS
            )
            # "putting the number of Ukrainians home at 277"
            or (
                self.norm_at[figure.first - 1] == "at"
                and self.norm_at[figure.first - 2] == "home"
                and self.norm_at[figure.first - 3] in _DEMONYM_PLURALS
            )
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
        if self.norm_at[at] != "for":
            return None
        at += 1 + (self.norm_at[at + 1] == "the")
        side = next((p for p in self.m.parties if p.first == at), None)
        if side is None:
            return None
        people = lx.PEOPLE.match(self.tokens, side.last, self.last)
        if people is not None:
            kind = PersonCategory.REMAINS if people[1].remains else people[1].category
        elif self.norm_at[side.last - 1] in _DEMONYM_PLURALS:
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

    def apiece_after_exchange(self, drafted: Sequence[LegDraft]) -> list[LegDraft]:
        """A verbless "N apiece" / "N each" that carries on a two-way exchange just told.

        "Ukraine and Russia each freed 390 people on Friday. On Saturday it was 307 apiece":
        with no verb of its own, a per-side figure repeats the last exchange's two
        directions with its own number and date. So does one whose only verb is a passive
        of swapping that names no side ("another 40 apiece were exchanged on May 9").
        """
        if not self.m.figures or self.modal_said():
            return []
        end = self._verbless_clause_end()
        if end is None and self._sideless_passive_swap():
            end = self.last
        if end is None:
            return []
        # a total raised after the clause ("..., bringing the number freed to 900") is of
        # a figure past the clause, wherever its draft says it stands
        later = [f.amount for f in self.m.figures if f.first > end]
        if any(
            (leg.at is None or leg.at < end) and not (leg.tally and leg.amount in later)
            for leg in drafted
        ):
            return []  # the verbless clause's figures were read already
        figures = self._listed_per_side(
            [f for f in self.m.figures if f.last <= end and self._bare_per_side(f)]
        )
        if not figures:
            return []
        # a ledger's headings between ("May. Two exchanges.") count no one: past them
        recent = [
            leg
            for leg in self.discourse.legs
            if not leg.tally
            and (
                self.index - leg.sentence <= 2
                or (leg.sentence == self.discourse.figured and self.index - leg.sentence <= 4)
            )
        ]
        recalled = (
            self._recalled_swap(figures)
            if not recent or len({(leg.sender, leg.receiver) for leg in recent}) < 2
            else []
        )
        if recalled:
            # a swap recalled by its date: both ways between the sides of the last
            # exchange, of the kinds that exchange was of (not only of its last leg's)
            recent = latest = recalled
            ways = self._both_ways(recalled)
        elif not recent:
            return []
        else:
            latest = [leg for leg in recent if leg.sentence == recent[-1].sentence]
            ways = {(leg.sender, leg.receiver) for leg in latest}
        if len(ways) != 2 and all(self._each_side_after(f) for f in figures):
            # "On May 6, 205 prisoners on each side.": the phrase tells both ways itself,
            # between the two sides the exchanges just told were between
            ways = self._both_ways(recent)
        if len(ways) != 2:
            return []
        kinds = {leg.category for leg in latest}
        if recalled:
            # the recalled legs give only the sides: the kind is the one the talk is on now
            # ("And the prisoner swaps?" after a body handover), else none is guessed
            kinds = {self.discourse.topic or PersonCategory.OTHER}
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
            elif kinds <= lx.SOLDIER_KINDS:
                kind = PersonCategory.PRISONERS_OF_WAR  # prisoners, some of them wounded
            else:
                kind = PersonCategory.OTHER
            # the nearest date first: "in February, the fifth - 150 each": the day, not the month
            near = [d for d in self.m.dates if figure.first - 8 <= d.last <= figure.last + 8]
            if self._share_has_a_verb(figure):
                # "talks ended on 7 May and another 40 apiece followed on 9 May": the verb's
                # own date comes after it, or opens the clause ("On 9 May, 40 each were
                # exchanged"); one before that belongs to something else
                after = [d for d in near if d.first >= figure.last]
                near = after or [
                    d
                    for d in near
                    if d.last <= figure.first
                    and all(self.norm_at[i] == "," for i in range(d.last, figure.first))
                ]
            near.sort(key=lambda d: min(abs(figure.first - d.last), abs(d.first - figure.last)))
            dates = tuple(d.text for d in near)
            if not dates:  # a ledger's "May. ... On the 6th, 205 apiece.": its month's 6th
                scene = self.discourse.scene
                day = self._bare_ordinal_day() if scene is None else self._on_day_of(scene)
                dates = (day,) if day is not None and day != scene else ()
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

    def ordinal_group_of_tally(self) -> list[LegDraft]:
        """The numbered group of a running total just told, coming home as the total went.

        "84 residents have now been returned since the spring. The first group, of 46
        people, came back in April.": a group counted by its order ("the first", "the
        second") is a part of the total before it, so it goes the same way; a sentence
        that names a side, or a part no smaller than the total, is not read.
        """
        if not self.m.transfers or self.m.parties or len(self.m.figures) != 1:
            return []
        first = self.first
        if not (
            self.norm_at[first] == "the"
            and self.norm_at[first + 1] in _ORDINAL_GROUPS
            and self.norm_at[first + 2] in ("group", "batch")
        ):
            return []
        at = first + 3 + (self.norm_at[first + 3] == ",")
        figure = self.m.figures[0]
        if self.norm_at[at] != "of" or figure.first != at + 1:
            return []
        tallies = [
            leg
            for leg in self.discourse.tallies
            if self.index - leg.sentence <= 2 and "+" not in leg.receiver
        ]
        ways = {(leg.sender, leg.receiver, leg.category) for leg in tallies}
        if len(ways) != 1 or not all(figure.amount.low < leg.amount.low for leg in tallies):
            return []
        kind = tallies[-1].category
        if figure.noun is not None and figure.noun.category not in (None, PersonCategory.OTHER):
            kind = figure.noun.category
        return [
            tallies[-1]._replace(
                sentence=self.index,
                category=kind,
                amount=figure.amount,
                dates=tuple(d.text for d in self.m.dates)[:1],
                series=False,
                note="a numbered group of the running total told just before",
                tally=False,
                since=None,
                exchange_count=None,
                stated=False,
                whole=False,
                guessed=figure.noun is None,
                definite=False,
                aside=False,
                account=False,
                told=False,
            )
        ]

    def undated_after_proposal(self, leg: LegDraft) -> bool:
        """Whether an undated handover follows, in its sentence, a clause that proposes one.

        "Kyiv proposed 200 each way; Moscow freed eight civilians": the sentence has
        moved on from the exchange told before to talk of a new one, so its undated
        release is not part of that exchange, and with no day of its own it is not read.
        """
        if leg.tally or leg.dates or leg.at is None:
            return False
        joined = False
        for i in range(leg.at - 1, self.first - 1, -1):
            if self.norm_at[i] in _CLAUSE_JOINS:
                joined = True
            elif joined and self.norm_at[i] in _PROPOSING:
                return True
        return False

    def _verbless_clause_end(self) -> int | None:
        """Where the sentence's verbless opening clause ends, if it has one: None if none.

        A sentence with no verb of moving is verbless to its end. One whose first verb of
        moving stands past a semicolon opens with a clause of its own: "146 servicemen
        each way; eight civilians also went in each direction" sizes the swap before the
        semicolon, and the verb after it moves only the people of its own clause. An
        opening clause that plans, offers or calls off ("under the plan, 200 each way;
        ...") sizes nothing done, and the verb after it does not make it so. A verb inside
        a participle raising a total after a comma (", bringing the number freed to 900")
        counts the total's people, not the opening's: the opening ends at that comma.
        """
        raised = self._raised_total_at(self.first, self.last)
        moving = [t.first for t in self.m.transfers if raised is None or t.first < raised]
        if not moving:
            return self.last if raised is None else raised - 1
        verb = min(moving)
        end = next((i for i in range(self.first, verb) if self.norm_at[i] == ";"), None)
        if end is None or self._planned_before(end):
            return None
        if any(self.norm_at[i] in _PLAN_NOUNS for i in range(self.first, end)):
            return None
        return end

    def _share_has_a_verb(self, figure: FigureMention) -> bool:
        """Whether a verb of sequence or a passive follows the figure's "each"/"apiece"."""
        i = figure.np_end if figure.np_end > figure.last else figure.last
        return self.norm_at[i + 1] in _FOLLOWED_ON | {"were", "was"}

    def _sideless_passive_swap(self) -> bool:
        """Whether the sentence's only verbs of moving are passives of swapping, no side named.

        "60 apiece were swapped on May 9" tells who took part no more than a verbless
        "60 apiece on May 9" does: the sides are those of the exchange told before. One
        swapped "with" someone names a counterpart of its own, and is left alone.
        """
        return not self.m.parties and all(
            t.move is Move.SWAP
            and self.norm_at[t.first - 1] in ("were", "was")
            and self.norm_at[t.last] != "with"
            for t in self.m.transfers
        )

    def _bare_per_side(self, figure: FigureMention) -> bool:
        """Whether "apiece"/"each" follows the figure and no "each time/month/of" series."""
        if self._each_side_after(figure):
            return True
        i = figure.np_end if figure.np_end > figure.last else figure.last
        if self.norm_at[i] not in ("apiece", "each"):
            return False
        return self.norm_at[i + 1] not in _TIMES and self.norm_at[i + 1] not in (
            "of",
            "other",
            "to",
        )

    def _listed_per_side(self, per_side: list[FigureMention]) -> list[FigureMention]:
        """``per_side`` with the counted figures listed before each by "and" or a comma.

        "185 soldiers and 20 civilians each way": the per-side phrase after a list of
        kinds of people sizes every item of it, not only the last.
        """
        listed: list[FigureMention] = []
        figures = self.m.figures
        for figure in figures:
            if figure in per_side:
                k = figures.index(figure)
                items = [figure]
                while k > 0:
                    before = figures[k - 1]
                    between = {self.norm_at[i] for i in range(before.np_end, items[0].first)}
                    if before.noun is None or items[0].noun is None:
                        break
                    if (
                        not between
                        or not between <= {"and", ","}
                        or before.np_end > before.last + 2
                    ):
                        break
                    items.insert(0, before)
                    k -= 1
                listed.extend(f for f in items if f not in listed)
        return listed

    def _recalled_swap(self, figures: list[FigureMention]) -> list[LegDraft]:
        """The legs of the last exchange told, when a dated "N each way" recalls another.

        "Remind us of the last one. - That was in early February, 150 each way": an
        answer naming an earlier swap by its date and its size per side, however far
        back the last exchange was told. Both the date and "each way" (or "in each
        direction") must be said, and the last exchange must have gone both ways.
        """
        if not all(
            f.noun is None
            and lx.PER_SIDE_MORE.match(self.tokens, f.np_end, self.last) is not None
            and any(
                not d.since and f.first - _RECALLED_DATE_REACH <= d.last <= f.first
                for d in self.m.dates
            )
            for f in figures
        ):
            return []
        legs = self.discourse.legs  # the last few exchange legs told (no tallies), not all
        if not legs:
            return []
        last = legs[-1].sentence
        recalled = [leg for leg in legs if last - leg.sentence <= 2]
        if len({(leg.sender, leg.receiver) for leg in recalled}) < 2:
            return []  # a one-way handover: "each way" would guess the other way
        return recalled

    def _each_side_after(self, figure: FigureMention) -> bool:
        """Whether the sentence is only a date, the figure and "on each side".

        "On May 6, 205 prisoners on each side.": a verbless per-side phrase that names
        the sides as such says the count went both ways; with a verb of its own
        ("provided for 1,000 prisoners from each side") it is not read here.
        """
        i = figure.np_end if figure.np_end > figure.last else figure.last
        if self.norm_at[i] not in ("on", "from") or self.norm_at[i + 1] != "each":
            return False
        if self.norm_at[i + 2] != "side" or self.norm_at[i + 3] not in ("", "."):
            return False
        opener = self.first + (self.norm_at[self.first] in ("on", "in"))
        return figure.first == self.first or any(
            d.first == opener and d.last == figure.first - 1 and self.norm_at[d.last] == ","
            for d in self.m.dates
        )

    @staticmethod
    def _both_ways(recent: list[LegDraft]) -> set[tuple[str, str]]:
        """Both directions between the two sides ``recent`` legs ran between, if two."""
        sides = {side for leg in recent for side in (leg.sender, leg.receiver)}
        if len(sides) != 2 or any("+" in side for side in sides):
            return set()
        one, other = sorted(sides)
        return {(one, other), (other, one)}

    def same_number_as_before(self, belligerents: Sequence[str]) -> list[LegDraft]:
        """The other direction told as "the same number" of the sentence before.

        "Ukraine brought home 144 soldiers. Russia got back the same number of its own
        servicemen": the coding conventions give it the number it refers back to.
        """
        # "an equal number of its own servicemen" repeats the figure as "the same number" does
        if self.norm_set.isdisjoint(("same", "equal")) or not self.discourse.legs:
            return []
        if self.m.figures and not self.echo_heads_the_object():
            return []  # the figures of the sentence are what "the same" repeats
        at = next(
            (
                i
                for i in range(self.first, self.last - 2)
                if (self.norm_at[i], self.norm_at[i + 1], self.norm_at[i + 2])
                == ("the", "same", "number")
            ),
            None,
        )
        if at is None:
            at = self._same_size_at()
        if at is None:
            return []
        reach = _IN_RETURN_REACH if self._opens_in_return() else 6
        recent = [
            leg
            for leg in self.discourse.legs
            if not leg.tally
            and self.index - leg.sentence <= reach
            # "eight civilians came back ... without anything in return": no way back
            and leg.sentence not in self.discourse.one_way
        ]
        if not recent:
            return []
        # "the same number of persons" repeats the figure of no one kind (the whole), "the
        # same number of its own servicemen" one of that kind; else the latest sentence's
        # largest figure
        head = at + 3
        own: str | None = None  # the side the people are of, when named
        if self.norm_at[head] == "of":
            head += 1
            while self.norm_at[head] in ("its", "their", "own", "the"):
                head += 1
            nationals = [p for p in self.m.parties if p.first == head and p.role == NATIONALITY]
            if nationals:
                # "the same number of Russian prisoners of war": of what kind
                head, own = nationals[0].last, nationals[0].code
        found = lx.PEOPLE.match(self.tokens, head, self.last) if head > at + 3 else None
        kind = found[1].category if found is not None else None
        if kind is None:
            fitting = [leg for leg in recent if leg.category is PersonCategory.OTHER]
        else:
            fitting = [leg for leg in recent if leg.category is kind]
        latest = [leg for leg in recent if leg.sentence == recent[-1].sentence]
        # "52 soldiers came home on October 29. ... On November 3, 107 Ukrainians were
        # released. Russia got the same number of its own soldiers": the echo is of the
        # handover just told; one of the same kind on another day is another handover
        days = {day for leg in latest for day in leg.dates}
        fitting = [
            leg
            for leg in fitting
            if leg.sentence == recent[-1].sentence
            or not days
            or not leg.dates
            or not days.isdisjoint(leg.dates)
        ]
        if kind is not None and not fitting and _kinds_clash(kind, recent[-1].category):
            # "146 soldiers came home ... eight civilians too ... Russia got the same number
            # of its servicemen": not the civilians' figure, but the soldiers' told further
            # back for the same handover; with none, no reading
            fitting = self._same_kind_further_back(kind, recent)
            if not fitting:
                return []
        earlier = (fitting or [max(latest, key=lambda leg: leg.amount.best or 0)])[-1]
        verbs = [
            t
            for t in self.m.transfers
            if t.last <= at and t.done and (at - t.last <= 3 or self._sent_to_before(t.last, at))
        ]
        if not verbs:
            # "The same number of civilians were handed over to Kyiv": the echo is the
            # subject of a passive that names where it went
            sender, receiver = self._same_number_sent_to(at, belligerents)
            if self._echo_of_another_day(at, earlier):
                return []
            if sender is None and own is not None and own == earlier.sender:
                # "115 Russians came home. ... the same number of Ukrainian prisoners were
                # handed over": with no "to", the people's own side got them back, the way
                # back of the transfer told before
                sender, receiver = self._same_number_sent_home(at, own, belligerents)
        else:
            if verbs[-1].move not in (Move.SEND, Move.RECEIVE):
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
        attributed, accorded = self.leg_source(at)
        note = "the figure is given as 'the same number' as the one told just before"
        mirrored = [earlier]
        if kind is not None and not fitting:
            # "205 citizens came home ... the same number of Russian prisoners of war": the
            # figure repeated, the kind the phrase names
            mirrored = [earlier._replace(category=kind)]
        if found is not None and kind is not None:
            # "the same number of servicemen and civilians": each kind named repeats its own
            mirrored += self._same_number_more_kinds(found[0], recent, earlier)
        return [
            leg._replace(
                sentence=self.index,
                sender=sender,
                receiver=receiver,
                attributed=attributed,
                accord=accorded,
                note=note,
                whole=False,
                guessed=False,
                definite=False,
            )
            for leg in mirrored
        ]

    def _same_kind_further_back(
        self, kind: PersonCategory, recent: list[LegDraft]
    ) -> list[LegDraft]:
        """The legs of ``kind`` told before ``recent`` for the same handover as they tell.

        Sentences of detail (ages, thanks, a separate group of another kind) may stand
        between a figure and its echo; a leg of the kind named, dated as the recent legs
        are (or left undated, of the story's day), is the one repeated. Legs of another
        day are another exchange: none.
        """
        days = {leg.dates for leg in recent} - {()}  # an undated leg is of the story's day
        if len(days) > 1:
            return []
        return [
            leg
            for leg in self.discourse.legs
            if not leg.tally
            and leg.category is kind
            and (not days or leg.dates in days)
            and leg.sentence < recent[0].sentence
        ]

    def denies_return(self, remains: bool | None = None) -> bool:
        """Whether the sentence says people went one way with nothing given back.

        "freed without anything in return", "with no exchange", "handed over
        unilaterally": the text rules out a way back, so no later echo may invent one.
        A denial of another kind ("returned 30 bodies, with no exchange of prisoners",
        when ``remains`` says the sentence moved the dead, or the other way round) or of
        another time ("no swap had taken place since May") leaves the way back open.
        """
        if self.norm_set.isdisjoint(_ONE_WAY_CUES):
            return False
        for i in range(self.first, self.last):
            norm = self.norm_at[i]
            if norm in _UNILATERAL:
                return True
            if norm not in _NO_WORDS:
                continue
            # "without (any) exchange (in return)", "nothing in return", "no swap"
            k = i + 1
            while k < self.last and k - i <= 3 and self.norm_at[k] in _BEFORE_DENIED:
                k += 1
            if self.norm_at[k] in lx.EXCHANGE_NOUNS:
                if self.norm_at[k + 1] in ("had", "has", "have"):
                    continue  # "no swap had taken place since May": a stretch of time
                denied = (
                    lx.PEOPLE.match(self.tokens, k + 2, self.last)
                    if self.norm_at[k + 1] == "of"
                    else None
                )
                if denied is not None and remains is not None and denied[1].remains != remains:
                    continue  # "no exchange of prisoners" after a handover of bodies
                return True
            if self.norm_at[k] in _NOTHING:
                return True
            if (self.norm_at[k], self.norm_at[k + 1]) == ("in", "return"):
                return True  # "nothing in return", "without anything in return"
        return False

    def _same_number_sent_home(
        self, at: int, own: str, belligerents: Sequence[str]
    ) -> tuple[str | None, str | None]:
        """``(sender, receiver)`` of "the same number of <side's> people were handed over".

        The echo is the subject of a done passive of sending in its own clause, with no
        side after it: in a swap the people named by their side went home to it. A
        "to"/"for"/"into" phrase after the verb in its clause ("handed over to a court",
        ", for trial") names another destination, so no way home is read then; a clause
        after a comma ("..., and thanked the mediators for ...") is another matter.
        """
        verb = self._same_number_passive(at)
        if verb is None or own not in belligerents or self._receiver_at(verb.last) is not None:
            return None, None
        i = verb.last
        while i < self.last and self.norm_at[i] not in (";", "."):
            if self.norm_at[i] in _SENT_ELSEWHERE:
                return None, None
            if self.norm_at[i] == "," and self.norm_at[i + 1] not in _SENT_ELSEWHERE:
                break
            i += 1
        return _other(own, belligerents), own

    def _same_number_passive(self, at: int) -> TransferWord | None:
        """The done passive of sending whose subject is the echo at ``at``, if any."""
        verb = next((t for t in self.m.transfers if t.first > at), None)
        if (
            verb is None
            or verb.first - at - self._army_named(at, verb.first) > _ECHO_SUBJECT_REACH
            or not verb.done
            or verb.move is not Move.SEND
            or not self._passive_auxiliary_before(verb.first)
            or self._denied(verb)
            or self._shares_modal(verb)
            or any(self.norm_at[i] in (",", ";", ":") for i in range(at, verb.first))
        ):
            return None
        return verb

    def _passive_auxiliary_before(self, at: int) -> bool:
        """Whether "were", "was" or "been" stands right before ``at``, or one adverb before it.

        "were handed over", "were then handed over", "was also sent": an adverb of sequence
        or addition inside the verb group keeps the passive whole.
        """
        before = self.norm_at[at - 1]
        if before in _PASSIVE_INSERTS:
            before = self.norm_at[at - 2]
        return before in ("were", "was", "been")

    def _army_named(self, start: int, end: int) -> int:
        """How many words between ``start`` and ``end`` name the people's army.

        "the same number of prisoners of war of the armed forces of Ukraine were handed
        over": "of the armed forces of Ukraine" says whose soldiers they are, and
        lengthens the subject without moving the verb into another clause.
        """
        for i in range(start, end - 3):
            words = [self.norm_at[i + k] for k in range(4)]
            if words == ["of", "the", "armed", "forces"]:
                stop = i + 4
                if self.norm_at[stop] == "of" and any(p.first == stop + 1 for p in self.m.parties):
                    stop = next(p.last for p in self.m.parties if p.first == stop + 1)
                return min(stop, end) - i
        return 0

    def _same_number_sent_to(
        self, at: int, belligerents: Sequence[str]
    ) -> tuple[str | None, str | None]:
        """``(sender, receiver)`` of "the same number ... were handed over to <side>" at ``at``.

        The echo is the subject of a done passive of sending, in its own clause, and the
        side after that verb's "to" got the people; with no such verb, or a plan, none.
        """
        verb = self._same_number_passive(at)
        if verb is None:
            return None, None
        receiver = self._receiver_at(verb.last)
        if (
            receiver is None
            or receiver.code not in belligerents
            # "handed over to Kyiv's prosecutors": to a body of the side, not a swap leg
            or self.tokens[receiver.last - 1].poss
        ):
            return None, None
        return _other(receiver.code, belligerents), receiver.code

    def _echo_of_another_day(self, at: int, earlier: LegDraft) -> bool:
        """Whether the echo at ``at`` tells a handover of its own, not ``earlier``'s other way.

        "The same number ... were handed over to Kyiv in March 2023" (a date other than
        the earlier handover's) or "... in a separate swap" is another exchange, whose
        day the sentence before does not give.
        """
        stop = next((i for i in range(at, self.last) if self.norm_at[i] == ";"), self.last)
        if any(self.norm_at[i] in _OTHER_HANDOVER for i in range(at, stop)):
            return True
        return any(
            at <= d.first < stop and d.text not in (*earlier.dates, SAME_DAY) for d in self.m.dates
        )

    def _opens_in_return(self) -> bool:
        """Whether the sentence opens on "In return," or "In exchange,": the swap's other way.

        Such a sentence answers the handover told last, however many sentences of
        detail (ages, places, thanks, a running total) stand between.
        """
        return self.norm_at[self.first] == "in" and self.norm_at[self.first + 1] in (
            "return",
            "exchange",
        )

    def _sent_to_before(self, verb_end: int, at: int) -> bool:
        """Whether only "to <a side>" stands between a verb and "the same number" at ``at``.

        "the Ukrainian side handed over to Russia the same number of prisoners": the
        receiver told before the object leaves the verb the echo's own.
        """
        return any(
            p.noun
            and p.last == at
            and self.norm_at[p.first - 1 - (self.norm_at[p.first - 1] == "the")] == "to"
            and verb_end <= p.first - 1 <= verb_end + 2
            for p in self.m.parties
        )

    def same_number_in_clause(
        self, legs: list[LegDraft], belligerents: Sequence[str]
    ) -> list[LegDraft]:
        """The other way told in the same sentence as "the same number" as the way before.

        "50 Ukrainian servicemen came home in a swap with Russia, which received the
        same number", "..., with Russia receiving the same number": the side the
        relative or the "with" phrase names got back (or handed over) as many as the
        one way the sentence counted; with no such way, or more than one, nothing.
        """
        if "same" not in self.norm_set:
            return []
        at = next(
            (
                i
                for i in range(self.first, self.last - 2)
                if (self.norm_at[i], self.norm_at[i + 1], self.norm_at[i + 2])
                == ("the", "same", "number")
                and self.norm_at[i + 3] != "of"
            ),
            None,
        )
        verb = next((t for t in self.m.transfers if t.last == at and t.done), None)
        if at is None or verb is None or verb.move not in (Move.SEND, Move.RECEIVE):
            return []
        if self._denied(verb) or self._shares_modal(verb):
            return []
        side = self._relative_or_with_side(verb.first)
        other = _other(side, belligerents) if side is not None else None
        if side is None or other is None:
            return []
        way = (other, side) if verb.move is Move.RECEIVE else (side, other)
        ours = [leg for leg in legs if not leg.tally and leg.sentence == self.index]
        back = [leg for leg in ours if (leg.receiver, leg.sender) == way]
        # a leg may be drafted more than once by different rules: one count, one way
        if len({(leg.category, leg.amount) for leg in back}) != 1 or any(
            (leg.sender, leg.receiver) == way for leg in ours
        ):
            return []
        note = "the figure is given as 'the same number' as the other way in this sentence"
        return [
            back[0]._replace(sender=way[0], receiver=way[1], note=note, whole=False, definite=False)
        ]

    def same_in_return(self, legs: list[LegDraft]) -> list[LegDraft]:
        """The other way told as "the same in return" after the legs of this sentence.

        "Moscow said it had received 270 servicemen and 120 civilians and had given the
        same in return": a verb of giving or handing over (or receiving) with "the same"
        and "in return" repeats each leg the sentence counted one way, going the other
        way. A sentence whose legs run both ways already, a planned or denied verb ("would
        give the same in return"), or a "same" with no "in return" is not read.
        """
        if "same" not in self.norm_set or "return" not in self.norm_set:
            return []
        at = next(
            (
                i
                for i in range(self.first + 2, self.last - 3)
                if (self.norm_at[i], self.norm_at[i + 1], self.norm_at[i + 2])
                == ("the", "same", "in")
                and self.norm_at[i + 3] == "return"
            ),
            None,
        )
        if at is None:
            return []
        verb = self.norm_at[at - 1]
        moving = any(t.last == at and t.done for t in self.m.transfers)
        if not (moving or _lemmas.lemma(verb) == "give"):
            return []
        ours = [leg for leg in legs if not leg.tally and leg.sentence == self.index]
        ways = {(leg.sender, leg.receiver) for leg in ours}
        if len(ways) != 1 or any(leg.dates != ours[0].dates for leg in ours):
            return []
        # the legs told before the verb, done: no plan, denial or question between them
        start = max(self.first, at - 12)
        if any(
            self.norm_at[i] in _NOT_YET or self.norm_at[i] in ("not", "n't")
            for i in range(start, at)
        ):
            return []
        note = "the figures are given as 'the same in return' as the other way in this sentence"
        mirrored: list[LegDraft] = []
        for leg in ours:
            turned = leg._replace(
                sender=leg.receiver, receiver=leg.sender, note=note, whole=False, definite=False
            )
            if all((m.category, m.amount) != (leg.category, leg.amount) for m in mirrored):
                mirrored.append(turned)
        return mirrored

    def equal_swaps_each(self, legs: list[LegDraft]) -> list[LegDraft]:
        """The other way of swaps set off as "each involving equal numbers" in this sentence.

        "Swaps on 3 March and 9 April, each with equal numbers on both sides, brought home
        40 and 65 Ukrainians respectively": the aside after the swaps says each moved as
        many one way as the other, so every dated leg the sentence read one way is that
        swap's other way too. Legs read both ways already, or undated, add nothing.
        """
        if "each" not in self.norm_set or self.norm_set.isdisjoint(("numbers", "number")):
            return []
        at = next(
            (
                i
                for i in range(self.first + 1, self.last - 3)
                if self.norm_at[i] == "each"
                and self.norm_at[i - 1] == ","
                and self.norm_at[i + 1] in _EQUAL_ASIDE_LINKS
                and self._equal_ways_at(i + 2)
            ),
            None,
        )
        if at is None or self._figure_between(self.first, at):
            return []  # the aside must follow the swaps named before any figure
        ours = [leg for leg in legs if not leg.tally and leg.sentence == self.index]
        ways = {(leg.sender, leg.receiver) for leg in ours}
        if len(ways) != 1 or any(len(leg.dates) != 1 for leg in ours):
            return []
        note = "each swap listed is told as involving equal numbers both ways"
        return [
            leg._replace(sender=leg.receiver, receiver=leg.sender, note=note, whole=False)
            for leg in ours
        ]

    def _equal_ways_at(self, at: int) -> bool:
        """Whether "equal numbers" or "the same number" at ``at`` sets a swap's ways equal.

        The phrase ends the aside or goes on with a per-side phrase ("on both sides",
        "each way"); "the same number of wounded" compares the swaps, not their ways.
        """
        at += self.norm_at[at] == "the"
        if self.norm_at[at] not in ("equal", "same") or self.norm_at[at + 1] not in (
            "numbers",
            "number",
        ):
            return False
        end = at + 2
        return self.norm_at[end] == "," or any(
            found is not None and self.norm_at[found[0]] == ","
            for found in (
                lx.PER_SIDE.match(self.tokens, end, self.last),
                lx.PER_SIDE_MORE.match(self.tokens, end, self.last),
            )
        )

    def _relative_or_with_side(self, verb: int) -> str | None:
        """The side named for ``verb``: ", Russia, which received", "with Russia getting"."""
        if (self.norm_at[verb - 2], self.norm_at[verb - 1]) == (",", "which"):
            end, start = verb - 2, None
        else:
            end, start = verb, "with"
        for p in self.m.parties:
            if p.last == end and p.noun and (start is None or self.norm_at[p.first - 1] == start):
                return p.code
        return None

    def _same_number_more_kinds(
        self, end: int, recent: list[LegDraft], earlier: LegDraft
    ) -> list[LegDraft]:
        """The legs of further kinds listed after "the same number of <kind>" from ``end``.

        "got back the same number of soldiers and civilians": every kind named after
        "and" repeats the latest figure of that kind told just before, going the
        same way as it.
        """
        more: list[LegDraft] = []
        while self.norm_at[end] in ("and", ","):
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
            words = (self.norm_at[i], self.norm_at[i + 1], self.norm_at[i + 2])
            if words == ("an", "equal", "number") or words == ("a", "like", "number"):
                return i
            if words[:2] == ("the", "same") and words[2] in ("size", "figure", "amount"):
                opener = self.norm_at[i - 1]
                if opener == "of" and self.norm_at[i - 2] in _EXCHANGE_NOUNS:
                    return i - 3 if self.norm_at[i - 3] in ("a", "an") else i - 2
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
            if (self.norm_at[i], self.norm_at[i + 1], self.norm_at[i + 2], self.norm_at[i + 3]) != (
                "of",
                "the",
                "same",
                "size",
            ) or self.norm_at[i - 1] not in _EXCHANGE_NOUNS:
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

    def bracketed_specifics(self, legs: list[LegDraft]) -> list[LegDraft]:
        """``legs`` with a series' vague figure replaced where brackets give a month's own.

        "In July, August, September and October ... Russia received a few dozen each
        time (31 in October, 24 in September)": the bracketed figures are those months'
        exact ones, and the vague figure stands only for the months left. Only a
        bracket right after the figure ("each time" between), and only months of the
        series, count; anything else in it leaves the legs as they were.
        """
        if "(" not in self.norm_set:
            return legs
        out: list[LegDraft] = []
        for leg in legs:
            exact = self._bracketed_months(leg) if leg.series and not leg.tally else None
            if not exact:
                out.append(leg)
                continue
            rest = tuple(d for d in leg.dates if d not in exact)
            if rest:
                out.append(leg._replace(dates=rest, series=len(rest) > 1))
            out.extend(
                leg._replace(dates=(month,), series=False, amount=Count.exact(n))
                for month, n in exact.items()
            )
        return out

    def _bracketed_months(self, leg: LegDraft) -> dict[str, int] | None:
        """The "(31 in October, 24 in September)" after ``leg``'s vague figure, by month."""
        if leg.amount.qualifier is not Qualifier.ORDER_OF_MAGNITUDE:
            return None
        figure = next((f for f in self.m.figures if f.amount == leg.amount), None)
        if figure is None:
            return None
        at = figure.np_end
        while self.norm_at[at] in ("each", "every", "time"):
            at += 1
        if self.norm_at[at] != "(":
            return None
        # "October" or "October 2025": a month of the series, by its name
        months = {d.split()[0].lower(): d for d in leg.dates if d.split()}
        found: dict[str, int] = {}
        i = at + 1
        while i + 2 < self.last and self.tokens[i].kind == NUM and self.norm_at[i + 1] == "in":
            month = months.get(self.norm_at[i + 2])
            if month is None or not self.norm_at[i].isdigit():
                return None
            found[month] = int(self.norm_at[i])
            i += 3
            if self.norm_at[i] != ",":
                break
            i += 1
        return found or None

    def figures_were_pair(self, legs: list[LegDraft], used: set[int]) -> list[LegDraft]:
        """Another exchange's two figures told as "the figures were N and M" after a pair.

        "... on Oct. 23, when Ukraine took back 1,000 bodies and Russia 31, and on
        Sept. 18, when the figures were 1,000 and 24": the bare pair gives the same two
        directions, in the same order, as the pair told just before it, at the date
        before "the figures". Without such a pair, or a date of its own, none is read.
        The bare figures name no kind: they keep the pair's kind only when both its legs
        were of one kind ("civilians" one way, "soldiers" the other gives them none).
        """
        if self.norm_set.isdisjoint(lx.PAIR_SUBJECTS) or "and" not in self.norm_set:
            return []
        for i in range(self.first + 1, self.last - 4):
            if self.norm_at[i] not in lx.PAIR_SUBJECTS or self.norm_at[i - 1] != "the":
                continue
            if self.norm_at[i + 1] not in ("were", "was"):
                continue
            pair = self._bare_pair_at(self._past_respectively(i + 2))
            if pair is None or any(self.m.figures.index(f) in used for f in pair):
                return []
            date = next((d for d in reversed(self.m.dates) if d.last <= i and not d.since), None)
            before = self._pair_told_before(legs)
            if date is None or before is None:
                return []
            day = self._in_year(date.text)
            if day in before[0].dates:
                return []  # the same exchange's figures told again
            if _sizes_swapped((before[0].amount.low, before[1].amount.low), pair):
                return []  # "1,000 ... and 31", then "24 and 1,000": the order is not kept
            note = "an exchange's figures told as a bare pair, in the order of the pair before"
            one_kind = before[0].category is before[1].category
            return [
                leg._replace(
                    sentence=self.index,
                    category=leg.category if one_kind else PersonCategory.OTHER,
                    amount=figure.amount,
                    dates=(day,),
                    attributed=None,
                    accord=False,
                    note=note,
                    whole=False,
                    definite=False,
                )
                for leg, figure in zip(before, pair, strict=True)
            ]
        return []

    def side_sizes_listed(self, legs: list[LegDraft], used: set[int]) -> list[LegDraft]:
        """One side's sizes told as "For A, the figures were N, M and P" after dated handovers.

        "On 2 June, 9 July and 4 August Ukraine got back 500 bodies each time. For Russia,
        the numbers were 12, 17 and 20": the list gives, in order, what the side the
        sentence opens with received at each handover the sentence before dated, from
        the other side, of the kind that sentence told. The side's vaguer counts told
        there ("a few dozen") are the same handovers, sized now (``restates``); exact
        ones, a list of another length, or a sentence naming no one side read nothing.
        """
        if legs or self.norm_set.isdisjoint(lx.PAIR_SUBJECTS):
            return []
        at = next(
            (
                i
                for i in range(self.first + 1, self.last - 2)
                if self.norm_at[i] in lx.PAIR_SUBJECTS
                and self.norm_at[i - 1] == "the"
                and self.norm_at[i + 1] == "were"
            ),
            None,
        )
        if at is None:
            return []
        listed = self._bare_list_at(self._past_respectively(at + 2))
        side = self._opening_side(at - 1)
        days = self.handover_days_before()
        if side is None or len(listed) < 2 or len(listed) != len(days):
            return []
        if any(self.m.figures.index(f) in used for f in listed):
            return []
        before = [
            leg for leg in self.discourse.legs if not leg.tally and leg.sentence == self.index - 1
        ]
        if side not in {leg.sender for leg in before} | {leg.receiver for leg in before}:
            return []  # a side the handovers before did not involve
        others = {leg.sender for leg in before if leg.receiver == side} | {
            leg.receiver for leg in before if leg.sender == side
        }
        if not others:
            others = {leg.receiver for leg in before} - {side}
        kind = self._one_kind_just_told()
        own = [leg for leg in before if leg.receiver == side]
        if len(others) != 1 or kind is None or any(leg.amount.is_exact for leg in own):
            return []
        sender = others.pop()
        attributed, accorded = self.leg_source(listed[0].first)
        note = "one side's sizes of the handovers told before, listed in their order"
        return [
            LegDraft(
                sentence=self.index,
                sender=sender,
                receiver=side,
                category=kind,
                amount=figure.amount,
                attributed=attributed,
                accord=accorded,
                dates=(day,),
                series=False,
                note=note,
                restates=bool(own),
                at=figure.first,
            )
            for figure, day in zip(listed, days, strict=True)
        ]

    def _bare_list_at(self, at: int) -> list[FigureMention]:
        """The figures of no people written "N, M and P" from ``at``, ending their clause, or []."""
        listed: list[FigureMention] = []
        i = at
        while (figure := next((f for f in self.m.figures if f.first == i), None)) is not None:
            if figure.noun is not None:
                return []
            listed.append(figure)
            i = figure.last + 1
            if self.norm_at[figure.last] not in (",", "and"):
                break
        end = listed[-1].last if listed else at
        if self.norm_at[end + (self.norm_at[end] == ",")] == "respectively":
            end += 1 + (self.norm_at[end] == ",")
        if end < self.last and self.norm_at[end] not in (".", ",", ";"):
            return []  # "12, 17 and 20 hours": no bare list
        return listed

    def _opening_side(self, end: int) -> str | None:
        """The one side named by a phrase that opens the sentence and ends at ``end``, or None.

        "For Russia,", "On the Russian side,", "As for Moscow": the words before ``end`` are
        only the side and the words framing it.
        """
        named = [p for p in self.m.parties if p.first >= self.first and p.last <= end]
        if len(named) != 1:
            return None
        party = named[0]
        framing = {
            self.norm_at[i] for i in range(self.first, end) if not party.first <= i < party.last
        }
        return party.code if framing <= _SIDE_FRAMING else None

    def same_numbers_listed(self, legs: list[LegDraft], used: set[int]) -> list[LegDraft]:
        """Dated swaps told as "the numbers were the same: N to A, M and then M' to B".

        "In May and again on 3 June the numbers were much the same: 500 to Kyiv, 12
        and then 15 to Moscow": each item names its receiver, the other side sent it,
        and the kind is the one of the exchanges told just before (what "the same"
        points back to). A lone figure repeats at every listed date; a side with as
        many figures as dates gives them in order. Without dates before "the numbers",
        or with the list and the dates not pairing, nothing is read.
        """
        if legs or self.norm_set.isdisjoint(lx.PAIR_SUBJECTS) or "same" not in self.norm_set:
            return []
        at = self._same_numbers_colon()
        if at is None:
            return []
        items = self._receiver_items(at)
        dates = [d for d in self.m.dates if d.last <= at and not d.since and not d.as_of]
        if items is None or not dates:
            return []
        if any(len(figures) not in (1, len(dates)) for _, figures in items):
            return []
        kind = self._one_kind_just_told()
        if kind is None or any(self.m.figures.index(f) in used for _, fs in items for f in fs):
            return []
        (a, a_figures), (b, b_figures) = items
        note = "dated swaps told as the same numbers listed with their receivers"
        found: list[LegDraft] = []
        for n, date in enumerate(dates):
            for receiver, sender, figures in ((a, b, a_figures), (b, a, b_figures)):
                figure = figures[n if len(figures) > 1 else 0]
                found.append(
                    LegDraft(
                        sentence=self.index,
                        sender=sender,
                        receiver=receiver,
                        category=kind,
                        amount=figure.amount,
                        attributed=None,
                        accord=False,
                        dates=(self._in_year(date.text),),
                        series=False,
                        note=note,
                    )
                )
        return found

    def _same_numbers_colon(self) -> int | None:
        """Where ":" closes "the numbers were [...] the same", or None.

        Up to three adverbs may stand before "the same" ("almost exactly"); "the same
        as last year:" compares with something else and is not read.
        """
        for i in range(self.first + 1, self.last - 4):
            if self.norm_at[i] not in lx.PAIR_SUBJECTS or self.norm_at[i - 1] != "the":
                continue
            if self.norm_at[i + 1] not in ("were", "was"):
                return None
            for j in range(i + 2, min(i + 7, self.last - 2)):
                if self.norm_at[j] == "the" and self.norm_at[j + 1] == "same":
                    return j + 2 if self.norm_at[j + 2] in (":", "\u2014") else None
                if self.tokens[j].kind != WORD:
                    return None
            return None
        return None

    def _receiver_items(
        self, at: int
    ) -> tuple[tuple[str, list[FigureMention]], tuple[str, list[FigureMention]]] | None:
        """Two items "N to A, M [and then M'] to B" from ``at``: receiver and its figures.

        Each figure must count no people (the list's noun is the one told before), and
        the two receivers must be two different parties named as nouns.
        """
        items: list[tuple[str, list[FigureMention]]] = []
        i = at + 1
        while len(items) < 2:
            figures: list[FigureMention] = []
            while True:
                figure = next((f for f in self.m.figures if f.first == i), None)
                if figure is None or figure.noun is not None:
                    return None
                figures.append(figure)
                i = figure.last
                # "31 and then 30" reads ", and" (see split_sentences); "31 and 30" as well
                if self.norm_at[i] == "," and self.norm_at[i + 1] == "and":
                    i += 1
                if self.norm_at[i] != "and":
                    break
                i += 1
            if self.norm_at[i] != "to":
                return None
            party = next((p for p in self.m.parties if p.first == i + 1 and p.noun), None)
            if party is None:
                return None
            items.append((party.code, figures))
            i = party.last
            if len(items) < 2:
                if self.norm_at[i] != ",":
                    return None
                i += 1
        if items[0][0] == items[1][0]:
            return None
        return items[0], items[1]

    def _one_kind_just_told(self) -> PersonCategory | None:
        """The one kind of the exchanges the sentence before told, or None."""
        before = [
            leg for leg in self.discourse.legs if not leg.tally and leg.sentence == self.index - 1
        ]
        kinds = {leg.category for leg in before}
        return kinds.pop() if len(kinds) == 1 else None

    def _bare_pair_at(self, at: int) -> tuple[FigureMention, FigureMention] | None:
        """The two figures of no people written "N and M" from ``at``, or None."""
        first = next((f for f in self.m.figures if f.first == at), None)
        if first is None or first.noun is not None or self.norm_at[first.last] != "and":
            return None
        second = next((f for f in self.m.figures if f.first == first.last + 1), None)
        if second is None or second.noun is not None:
            return None
        end = second.last
        if self.norm_at[end + (self.norm_at[end] == ",")] == "respectively":
            end += 1 + (self.norm_at[end] == ",")  # "207 and 195 respectively, days after ..."
        if end < self.last and self.norm_at[end] not in (".", ",", ";", ")"):
            return None  # "1,000 and 24 hours": not a bare pair
        return first, second

    def _past_respectively(self, at: int) -> int:
        """``at`` moved past a "respectively" there, commas around it included.

        "the figures were, respectively, 230 and 248": the word only confirms the order
        the pair is read in, so the pair starts after it.
        """
        word = at + (self.norm_at[at] == ",")
        if self.norm_at[word] != "respectively":
            return at
        return word + 1 + (self.norm_at[word + 1] == ",")

    def _pair_told_before(self, legs: list[LegDraft]) -> tuple[LegDraft, LegDraft] | None:
        """The two legs, one each way, of the last exchange told: this sentence's, else the last."""
        own = [leg for leg in legs if not leg.tally and not leg.series]
        recent = own or [
            leg
            for leg in self.discourse.legs
            if not leg.tally
            and not leg.series
            and self.discourse.legs
            and leg.sentence == self.discourse.legs[-1].sentence
        ]
        if len(recent) != 2:
            return None
        a, b = recent
        if (a.sender, a.receiver) != (b.receiver, b.sender) or a.dates != b.dates:
            return None
        return a, b

    def same_size_again(self) -> list[LegDraft]:
        """A further handover of the dead told only as "of the same size" as one before.

        "A second handover of the same size followed on Friday", "Another handover of the
        dead, of the same size as Wednesday's, took place this morning": the coding
        conventions repeat the bodies that came home in the latest handover told (its
        largest leg; a small return leg is not said to recur), at the date given after.
        """
        if "same" not in self.norm_set or "size" not in self.norm_set:
            return []
        if not _NOT_YET.isdisjoint(self.norm_set):
            return []  # "another of the same size is expected next week": not yet done
        found = self._further_of_same_size()
        if found is None:
            return []
        end, day = found
        recent = [
            leg
            for leg in self.discourse.legs
            if not leg.tally
            and not leg.series
            and leg.category is PersonCategory.REMAINS
            and 0 < self.index - leg.sentence <= _SAME_SIZE_REACH
        ]
        if not recent:
            return []
        latest = [
            leg
            for leg in recent
            if leg.sentence == recent[-1].sentence and leg.dates == recent[-1].dates
        ]
        earlier = max(latest, key=lambda leg: leg.amount.best or 0)
        if day is not None and earlier.dates and not any(day in d.lower() for d in earlier.dates):
            return []  # "as Wednesday's": a handover dated otherwise is not the one it names
        date = next((d for d in self.m.dates if d.first >= end and not d.since), None)
        note = "a further handover described as of the same size; its figure is repeated"
        return [
            earlier._replace(
                sentence=self.index,
                dates=(self._in_year(date.text),) if date is not None else (),
                attributed=None,
                accord=False,
                note=note,
                whole=False,
                definite=False,
                aside=False,
            )
        ]

    def recurring_handovers(self) -> list[LegDraft]:
        """A verbless list of dates with one size said to recur: a handover of bodies at each.

        "Then in July, August and September, each time about a thousand": a fragment
        with no verb at all (not even "was"), listing dates and one figure told "each time" (before
        it or after its noun), sizes one handover a date; the bodies go the way the
        story's bodies go. With no such way, or a figure counting others than the dead,
        nothing is read: the fragment does not say who moved whom.
        """
        if self.m.transfers or len(self.m.figures) != 1 or self.modal_said():
            return []
        if not self.norm_set.isdisjoint(lx.BE_FORMS | lx.FINITE_HAVE):
            return []  # "the figure was 880 each time": a clause of its own, not a fragment
        way = self.discourse.remains_way
        figure = self.m.figures[0]
        each_before = self.norm_at[figure.first - 2] in ("each", "every") and self.norm_at[
            figure.first - 1
        ] in (_TIMES | lx.RECURRING)
        if way is None or not (each_before or self._told_each_time(figure)):
            return []
        if not figure.remains and (
            figure.noun is not None or self.discourse.topic is not PersonCategory.REMAINS
        ):
            return []
        dates = _series(list(self.m.dates), self)
        if not dates:
            return []
        attributed, accorded = self.leg_source(figure.first)
        sender, receiver = way
        note = "a verbless list of dates sharing one size of handover"
        return [
            LegDraft(
                self.index,
                sender,
                receiver,
                PersonCategory.REMAINS,
                figure.amount,
                attributed,
                accorded,
                dates,
                True,
                note,
                at=figure.first,
            )
        ]

    def _further_of_same_size(self) -> tuple[int, str | None] | None:
        """Where "another handover (of the dead), of the same size (as Wednesday's)" ends.

        Returns the token after the phrase and the weekday it names, if any; None unless
        the handover is said to be a further one ("another", "a second").
        """
        for i in range(self.first + 2, self.last - 3):
            if [self.norm_at[i + k] for k in range(4)] != ["of", "the", "same", "size"]:
                continue
            k = i - 1
            while k > self.first and self.norm_at[k] in _OF_THE_DEAD:
                k -= 1
            if self.norm_at[k] not in _EXCHANGE_NOUNS or self.norm_at[k - 1] not in _FURTHER:
                return None
            end, day = i + 4, None
            if self.norm_at[end] == "as" and self.norm_at[end + 1] in lx.WEEKDAYS:
                day = self.norm_at[end + 1]
                end += 2 + (self.norm_at[end + 2] in ("'s", "’s", "s"))
            return end, day
        return None

    def earlier_parts(self, legs: list[LegDraft], used: set[int]) -> list[LegDraft]:
        """The partition, opening this sentence, of a mixed figure told in the sentence before.

        "Of those who returned, 51 were servicemen and 33 were civilians"; "Of the
        230 people who came back, 224 were soldiers and six civilians": the parts
        split the earlier transfer by kind and go the same way. A single part ("Of
        them, 12 were women") is a subset, not a partition, and is not coded.
        """
        if not (self.discourse.legs or legs):
            return []
        head = self.norm_at[self.first + 1]
        stated: Count | None = None
        restated = self._restated_whole()
        group = self._group_subject()
        listed: set[int] = set()  # figures a participle's copula lists, misread as its objects
        if group is not None and self.norm_at[group] == "those":
            # "those freed were 80 soldiers and 20 civilians": the list is no verb's object
            listed = {k for k, f in enumerate(self.m.figures) if f.first > group}
            amounts = {self.m.figures[k].amount for k in listed}
            legs[:] = [leg for leg in legs if leg.amount not in amounts]
        if restated is not None:
            stated = restated.amount  # "The 207, Kyiv said, were 180 soldiers and 27 civilians"
        elif group is not None:
            pass  # "Kyiv said the returnees included 88 soldiers and 12 civilians"
        elif self._opening_partitive():
            pass  # "the ombudsman said 50 of the women were marines and 14 civilians"
        elif self.norm_at[self.first] != "of":
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
            if (k in used and k not in listed) or (
                stated is not None and figure.first == self.first + 2
            ):
                continue
            if restated is not None and figure.first == restated.first:
                continue
            if found and self.norm_at[figure.first - 1] == "including":
                continue  # "213 were soldiers, including 16 marines, and 17": a part's part
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

    def kind_told_after(self, legs: list[LegDraft], used: set[int]) -> list[LegDraft]:
        """The kind of people a transfer told before counted, named by a copula after it.

        "Russia handed over nine Ukrainian citizens. ... the nine Ukrainians returned were
        civilians": the definite figure names the people already counted, and the one kind
        after "were" is theirs. Only one earlier transfer of no kind, of the same number and
        going to the figure's side, can be the one meant.
        """
        for k, figure in enumerate(self.m.figures):
            if self.norm_at[figure.first - 1] not in ("the", "all"):
                continue
            getter = self._getter_after(figure)
            if getter is not None:
                receiver, at = getter  # "all 307 it got back were servicemen"
            elif figure.noun is None or figure.noun.category is not None:
                continue
            else:
                receiver, at = figure.nationality, figure.np_end
            kind = self._copula_kind(at)
            if kind is None or receiver is None:
                continue
            earlier = [
                leg
                for leg in self.discourse.legs
                if leg.amount == figure.amount
                and leg.category is PersonCategory.OTHER
                and leg.receiver == receiver
                and not (leg.tally or leg.whole or leg.aside)
            ]
            if len(earlier) != 1:
                return []
            used.add(k)
            legs[:] = [leg for leg in legs if leg.amount != figure.amount]
            return [earlier[0]._replace(sentence=self.index, category=kind, guessed=False)]
        return []

    def _getter_after(self, figure: FigureMention) -> tuple[str | None, int] | None:
        """(receiver, copula) of a count of no kind that its getter follows: "all 307 it got back".

        "Kyiv said all 307 it got back were servicemen": "it" is the one side named
        before the count in the sentence, the side the people went to; the copula
        after the getting verb is where their kind is told.
        """
        if figure.noun is not None and figure.nationality is None:
            return None  # "all 307 people it got back": a noun of no side is no one's yet
        at = figure.np_end
        if self.norm_at[at] not in _GETTERS:
            return None
        verb = at + 1 + (self.norm_at[at + 1] in ("had", "has", "have"))  # "it had received"
        got = _lemmas.TRANSFER_MATCHER.match(self.tokens, verb, self.last)
        if got is None or got[1] is not Move.RECEIVE or self.norm_at[got[0]] not in ("were", "are"):
            return None
        if figure.nationality is not None:
            return figure.nationality, got[0]  # "the 64 Ukrainians they brought back"
        sides = {p.code for p in self.m.parties if p.last <= figure.first and p.role != MEDIATOR}
        return (sides.pop() if len(sides) == 1 else None), got[0]

    def _copula_kind(self, at: int) -> PersonCategory | None:
        """The one kind after "were" at or just past ``at``: "returned were civilians who"."""
        if self.norm_at[at] not in ("were", "are"):
            at += 1  # one participle: "the nine Ukrainians returned were"
        if self.norm_at[at] not in ("were", "are"):
            return None
        at += 1 + (self.norm_at[at + 1] == "all")
        found = lx.PEOPLE.match(self.tokens, at, self.last)
        if found is None or self.norm_at[found[0]] in ("and", "or"):
            return None
        category = found[1].category
        if category is None or category is PersonCategory.OTHER:
            return None
        return category

    def _opening_partitive(self) -> bool:
        """Whether the sentence, or what a speaker says, opens with "N of the X were ...".

        "the ombudsman said 50 of the women were marines and 14 civilians": the
        group was counted before, and the parts split it by kind.
        """
        opens = {self.first, *(s + k for s in self.m.speech for k in (1, 2))}
        return any(f.first in opens and self._partitive_copula(f) for f in self.m.figures[:1])

    def _restated_whole(self) -> FigureMention | None:
        """A sentence opening with a figure told before and a copula: "The 207 were ...".

        "The 207, Kyiv said, were 180 soldiers and 27 civilians": the definite
        figure names the people already counted, and what follows the verb splits
        them by kind (an aside of saying may stand between).
        """
        if self.norm_at[self.first] != "the":
            return None
        opening = next((f for f in self.m.figures if f.first == self.first + 1), None)
        if opening is None or opening.noun is not None:
            return None
        at = opening.last
        if self.norm_at[at] == ",":
            at = self._speech_aside(at)
        return opening if self.norm_at[at] in ("were", "are", "included", "comprised") else None

    def _joins_list(self, at: int) -> bool:
        """Whether the word before ``at`` adds to a list: "and", ",", "as well as"."""
        if self.norm_at[at - 1] in ("and", ","):
            return True
        return [self.norm_at[i] for i in range(at - 3, at)] == ["as", "well", "as"]

    def _group_subject(self) -> int | None:
        """The verb after a group named as a whole: "the returnees included", "its group comprised".

        "The group, he says, consists of 24 soldiers and 25 civilians", "Kyiv said the
        returnees included 88 soldiers and 12 civilians": the subject restates the people
        of the last transfer without a figure, and the list after the verb splits them.
        The clause opens the sentence, or follows a verb of saying. "Those freed were
        ..." names the group by a participle of handing over instead of a noun.
        """
        # the clause opens the sentence, or one of the two words after a verb of saying
        opens = {self.first, *(s + k for s in self.m.speech for k in (1, 2))}
        for at in sorted(opens):
            if not self.first <= at < self.last - 2:
                continue
            moved = _lemmas.TRANSFER_MATCHER.match(self.tokens, at + 1, self.last)
            if self.norm_at[at] == "those" and moved is not None:
                noun = moved[0] - 1  # "those (handed) back were 80 soldiers and 20 civilians"
            elif self.norm_at[at] not in _GROUP_DETERMINERS:
                continue
            else:
                noun = at + 1 if self._group_side(at) is None else at + 2
                if self.norm_at[noun] not in _GROUP_NOUNS:
                    continue
            verb = noun + 1
            if self.norm_at[verb] == ",":
                verb = self._according_aside(verb)
            if self._splitting_verb(verb):
                return at
        return None

    def _splitting_verb(self, verb: int) -> bool:
        """Whether the verb at ``verb`` splits its subject into the list after it.

        "included", "comprised", "were", "consisted of", and the passive "was made up
        of" / "was composed of" ("the group was made up of 224 soldiers and six civilians").
        """
        word = self.norm_at[verb]
        if word in _GROUP_VERBS:
            return True
        if word in _CONSIST:
            return self.norm_at[verb + 1] == "of"
        if word not in ("was", "is", "were", "are"):
            return False
        made = [self.norm_at[verb + k] for k in (1, 2, 3)]
        return made == ["made", "up", "of"] or made[:2] == ["composed", "of"]

    def _group_side(self, group: int) -> str | None:
        """The side an adjective names the group after: "the Ukrainian group" went to Ukraine."""
        return next(
            (
                p.code
                for p in self.m.parties
                if p.first == group + 1
                and p.last == group + 2
                and not p.noun
                and p.role != MEDIATOR
            ),
            None,
        )

    def _according_aside(self, comma: int) -> int:
        """Past an aside of saying at ``comma``, "according to" an office of any length too."""
        if (self.norm_at[comma + 1], self.norm_at[comma + 2]) != ("according", "to"):
            return self._speech_aside(comma)
        close = next((i for i in range(comma + 3, self.last) if self.norm_at[i] == ","), None)
        return comma if close is None else close + 1

    def _group_wholes(self, group: int, legs: list[LegDraft]) -> list[LegDraft]:
        """The mixed transfers a group subject may restate: this sentence's, else the last told.

        With two sides' wholes at hand ("390 came back to each side; Ukraine said its
        group comprised ..."), only the side whose words these are is meant; without
        one named side, the group could be either and nothing is read. A group named
        by a side's adjective ("the Russian group") is that side's, whoever speaks.
        """
        mixed = [
            leg
            for leg in (legs or self.discourse.legs)
            if (leg.category is PersonCategory.OTHER or leg.guessed) and not leg.tally
        ]
        side = self._group_side(group)
        if side is not None:
            return [leg for leg in mixed if leg.receiver == side][-1:]
        if len({leg.receiver for leg in mixed}) < 2:
            return mixed[-1:]
        sides = {p.code for p in self.m.parties if p.last <= group and p.role != MEDIATOR}
        return [leg for leg in mixed if sides == {leg.receiver}][-1:]

    def remains_way(self, legs: list[LegDraft], belligerents: Sequence[str]) -> None:
        """Note the way this sentence says bodies went, for later handovers told without sides.

        A one-way transfer of remains sets it; so do both sides' running totals when
        one is far above the other ("Ukraine has recovered more than 7,500, while
        Russia has received a few hundred"), one side's total when no way was told
        before ("Ukraine has received more than 4,000 bodies"), and a sentence without
        figures whose verb of handing over has one side as its subject ("Russia handed
        Ukraine the remains of more people than ever"). A swap, a plan or a sentence
        naming both sides as subject says no single way and leaves it as it was.
        """
        remains = [leg for leg in legs if leg.category is PersonCategory.REMAINS]
        moved = [leg for leg in remains if not leg.tally]
        totals = [
            leg
            for leg in remains
            if leg.tally and leg.sender in belligerents and leg.receiver in belligerents
        ]
        if not moved and (
            len({leg.receiver for leg in totals}) > 1 or self.discourse.remains_way is None
        ):
            # both sides' totals, one far above the other: the way bodies mostly go; one
            # side's total alone tells a way only when the story has told none yet
            moved = totals
        if moved:
            ways = {(leg.sender, leg.receiver) for leg in moved}
            # "Ukraine received 1,000 bodies and returned 31": the larger figure's way
            biggest = max(moved, key=lambda leg: leg.amount.low or 0)
            smallest = min((leg.amount.high or 0) for leg in moved)
            if len(ways) == 1 or (biggest.amount.low or 0) >= 10 * smallest:
                way = (biggest.sender, biggest.receiver)
                if not self._counterpart_way(way, biggest.amount.high):
                    self.discourse.remains_way = way
                    self.discourse.remains_set = (self.index, biggest.amount.low or 0)
            return
        if self.m.figures or self.norm_set.isdisjoint(lx.REMAINS_NOUNS):
            return
        self.discourse.remains_set = (self.index, 0)
        for word in self.m.transfers:
            if not word.done or word.move not in (Move.SEND, Move.RECEIVE) or self._denied(word):
                continue
            if any(self.norm_at[i] == "whether" for i in range(self.first, word.first)):
                continue  # "did not say whether Ukraine had returned any bodies": not told
            if any(
                self.norm_at[i] == "how" and self.norm_at[i + 1] in ("many", "much")
                for i in range(self.first, word.first)
            ):
                continue  # "did not say how many Russian bodies Ukraine had returned": asked
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

    def _counterpart_way(self, way: tuple[str, str], high: int | None) -> bool:
        """Whether bodies sent ``way`` are the far smaller return for the flow just told.

        "Russia handed over 1,000 bodies. In return, Ukraine handed over 24": the way
        the story's bodies go stays that of the larger figure, told one or two sentences
        before, when the new one is a tenth of it or less.
        """
        told, amount = self.discourse.remains_set
        return (
            self.discourse.remains_way == (way[1], way[0])
            and 0 < self.index - told <= 2
            and high is not None
            and amount >= 10 * high
        )


# How far back the handover "of the same size" may have been told, in sentences.
_SAME_SIZE_REACH: Final = 8
# Sentences "In return, ... the same number" may reach back to the handover it answers.
_IN_RETURN_REACH: Final = 14
# Words between a noun of exchanging and "of the same size": "another handover of the dead, of".
_OF_THE_DEAD: Final = frozenset({"of", "the", "dead", "bodies", "remains", ","})
# Words saying a handover is a further one: "another handover", "a second handover".
_FURTHER: Final = frozenset({"another", "second", "third", "fourth", "fifth", "further"})
# Words saying a handover is yet to come: "another of the same size is expected next week".
_NOT_YET: Final = frozenset(
    {
        "will",
        "would",
        "could",
        "may",
        "might",
        "should",
        "expected",
        "planned",
        "scheduled",
        "due",
        "ready",
        "next",
        "agreed",
        "proposed",
        "offered",
        "promised",
        "if",
    }
)
# Words that number a group by its order among others: "the first group", "the last batch".
_ORDINAL_GROUPS: Final = lx.ORDINALS | {"last", "latest", "final", "next"}
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


def _kind_received(
    told: list[LegDraft], recent: list[LegDraft], receiver: str, amount: Count
) -> PersonCategory:
    """The kind of a side's own count of what it got back, from the legs just told.

    "Moscow freed 175 prisoners. It also handed over 22 badly wounded men. Kyiv put the
    number it got back at 197": the living that side was told to get were of two kinds and
    its count is above each, so it is their whole, of no one kind; else the kind of the
    last leg told, as before.
    """
    parts = [
        leg
        for leg in recent
        if leg.receiver == receiver and not leg.tally and leg.category is not PersonCategory.REMAINS
    ]
    whole = (
        amount.best is not None
        and len({leg.category for leg in parts}) > 1
        and all(leg.amount.best is not None and leg.amount.best < amount.best for leg in parts)
    )
    return PersonCategory.OTHER if whole else told[-1].category


def _sizes_swapped(before: tuple[int, int], pair: tuple[FigureMention, FigureMention]) -> bool:
    """Whether a bare pair's big and small figures come in the other order from the pair before.

    "Ukraine got back 1,000 bodies and handed over 31 ... the figures were 24 and 1,000":
    the order of the pair before would set 24 going Ukraine's way, though each time the
    large figure is the bodies Ukraine received; a pair whose sizes disagree is not read.
    """
    now = (pair[0].amount.low, pair[1].amount.low)
    return (
        min(before) * 2 <= max(before)
        and min(now) * 2 <= max(now)
        and (before[0] > before[1]) != (now[0] > now[1])
    )


def _kinds_clash(kind: PersonCategory, other: PersonCategory) -> bool:
    """Whether ``kind`` and ``other`` are two distinct kinds ("servicemen", "civilians").

    People of no one kind (``OTHER``) clash with none: "205 citizens ... the same number of
    prisoners of war" repeats the figure with the kind the echo names.
    """
    if PersonCategory.OTHER in (kind, other) or kind is other:
        return False
    if {kind, other} == {PersonCategory.CHILDREN, PersonCategory.CIVILIANS}:
        return False  # a child is a civilian: "eight children ... the same number of civilians"
    return not {kind, other} <= lx.SOLDIER_KINDS
