"""Lists of stages with their counts: "in three stages of 390, 307 and 303".

A multi-day exchange is often told as one sentence that counts its stages and
lists their sizes, saying once that each side handed over as many: "The swap
ran in three stages of 390, 307 and 303, with each side handing over the same
number on each day." Each listed size is one stage, in both directions. A
stage needs its own day: the days listed in the sentence ("on June 19, June 20
and June 26"), the days of a span it gives ("between May 23 and 25"), or the
days the sentence right before gave a transfer it told
("355 were freed each way between Friday and Sunday"), as many as the stages;
without them nothing is read, for a stage put on a guessed day is a wrong figure.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Final

from exchangekit import Count, PersonCategory
from exchangekit_news import _lexicon as lx
from exchangekit_news._drafts import LegDraft, shifted
from exchangekit_news._figure_dates import names_a_day
from exchangekit_news._mentions import (
    _ABSOLUTE_PLANS,
    _WORD_DAYS,
    DateMention,
    FigureMention,
    span_days,
    stages_before_of,
)
from exchangekit_news._transfer_context import _PRISONER_WORDS, _TransferContext
from exchangekit_news._transfer_roles import _DEMONYM_PLURALS

# Sides that, as the subject of a verb of handing over, send the sizes both ways:
# "each side handing over", "both sides released" (not "both sides said").
_SIDES: Final = frozenset({("each", "side"), ("both", "sides")})
# Words of a plan whose stages are not yet done: "the deal foresees three stages of ...".
_PLANNED: Final = lx.AGREEMENT_NOUNS | {"plan", "planned", "foresees", "foresaw", "envisages"}
# Nouns of soldiers that, unnamed by the figures, make the stages' people prisoners of war.
_SOLDIER_WORDS: Final = _PRISONER_WORDS | {"soldiers", "servicemen", "troops", "defenders"}
_ONE_WAY: Final = (lx.Move.SEND, lx.Move.RECEIVE)
_STAGE_NOTE: Final = "one of the stages listed with their sizes, each side handing over as many"
# Verbs saying what a stage's people took in: "the first stage included civilians".
_STAGE_HELD: Final = frozenset({"included", "includes", "including", "comprised", "involved"})
# Forms of "agree" that, before "to", make what follows a deal not yet done: "agreed to swap".
_AGREEING: Final = lx.AGREEING
# Words that, just before the verb a per-side figure hangs on, make it no done handover:
# "agreed to exchange 1,000 each", "will swap 1,000 each".
_NOT_DONE: Final = lx.FUTURE | {"to"}
# Words that tell swaps listed by month as done: "previous mediations included", "came".
_TOLD_DONE: Final = frozenset(
    {"previous", "earlier", "past", "prior", "included", "took", "followed", "came", "saw"}
)

# The note a stage of a list told on one date carries: its place, for the assembler.
_RANKED_NOTE: Final = re.compile(r"stage (\d+) of (\d+) listed with their sizes in one sentence")


def ranked_note(rank: int, count: int) -> str:
    """The note of the ``rank``-th of ``count`` stages listed with their sizes."""
    return f"stage {rank} of {count} listed with their sizes in one sentence"


def stage_rank(note: str | None) -> int | None:
    """The place in its list of a stage noted by :func:`ranked_note`, or None."""
    match = _RANKED_NOTE.fullmatch(note) if note else None
    return int(match[1]) if match else None


class _StageLists(_TransferContext):
    """The rule reading a counted list of stages told both ways."""

    def listed_stages(
        self, legs: list[LegDraft], used: set[int], belligerents: Sequence[str]
    ) -> list[LegDraft]:
        """One exchange each way per size in "in N stages of A, B and C", on its own day.

        Read only when the text says the sizes went both ways ("each side releasing",
        "the same number" handed over, "390, 307 and 303 people per side"), lists
        exactly N sizes that no other rule has read ("in stages of" counts none: a day
        per size is then the only check), its part of the sentence is no plan, is not
        told as one side's handing over ("Russia returned ... in three stages"), and
        gives one day per stage (see the module's docstring).
        """
        if len(belligerents) != 2:
            return []
        run = self._stage_sizes()  # most sentences list no stages: the cheapest test first
        run_days: tuple[str, ...] = ()
        if not run:
            run, run_days = self._day_run_sizes()
        if not run:
            return self._swaps_listed_by_month(legs, used, belligerents)
        figures = [self.m.figures[k] for k in run]
        if self.modal_said() or self._planned(self._part_start(figures[0].first)):
            return []
        if any(k in used for k in run) or any(
            leg.sentence == self.index and leg.amount in {f.amount for f in figures} for leg in legs
        ):
            return []
        end = self._part_end(figures[-1].last)
        told_both = (
            self._told_both_ways(end)
            or self._per_side_whole(figures)
            or self._sizes_per_side(figures[-1], end)
        )
        if not told_both or self._one_side_moves(figures[0].first):
            return []
        days = run_days or self._stage_days(len(run), figures[0].first)
        kind = self._stage_kind(figures, end)
        if days is None or kind is None:
            return []
        sized = [
            (figure.amount, day, _STAGE_NOTE) for figure, day in zip(figures, days, strict=True)
        ]
        used.update(run)
        return self._each_way(figures[0].first, kind, belligerents, sized)

    def _each_way(
        self,
        at: int,
        kind: PersonCategory,
        belligerents: Sequence[str],
        sized: Sequence[tuple[Count, str, str]],
    ) -> list[LegDraft]:
        """One leg each way for each listed (size, date text, note), sourced as told at ``at``."""
        attributed, accorded = self.leg_source(at)
        one, other = belligerents
        return [
            LegDraft(
                self.index,
                sender,
                receiver,
                kind,
                amount,
                attributed,
                accorded,
                (when,),
                False,
                note,
            )
            for amount, when, note in sized
            for sender, receiver in ((one, other), (other, one))
        ]

    def _swaps_listed_by_month(
        self, legs: list[LegDraft], used: set[int], belligerents: Sequence[str]
    ) -> list[LegDraft]:
        """One exchange each way per size in "the swaps of A, B and C prisoners per side in May".

        A plural of exchanges with "of" and a list of sizes, each list said to count per
        side and dated by a month or a year ("and of 84 per side in August" carries the
        list on): each size is its own exchange, both ways, in that month. Read only when
        every list has its per-side phrase and its date, no size is read already, no
        date names a day (several swaps on one day are the stages above), the sizes
        name one kind of people, and the sentence tells the swaps as done ("previous",
        "included", "took place"); a plan or a hope, or a side named as the one moving
        them, reads nothing.
        """
        heads = [
            i
            for i in self._at(lx.EXCHANGE_PLURALS, self.first, self.last - 2)
            if self.norm_at[i + 1] == "of"
        ]
        if len(belligerents) != 2 or not heads or self.modal_said() or self._planned():
            return []
        end = self._part_end(heads[0])
        if not self._at(_TOLD_DONE, self.first, end):
            return []  # "officials expect exchanges of ... in December": maybe still to come
        openers = [heads[0] + 1] + [
            i for i in self._at(("of",), heads[0] + 2, end) if self.norm_at[i - 1] == "and"
        ]
        lists: list[tuple[list[int], str]] = []
        for opener in openers:
            listed = self._month_list(opener, end)
            if listed is None:
                return []
            lists.append(listed)
        run = [k for sizes, _ in lists for k in sizes]
        figures = [self.m.figures[k] for k in run]
        if (
            len(run) < 2
            or any(k in used for k in run)
            or any(leg.sentence == self.index for leg in legs)
            or self._one_side_moves(figures[0].first)
        ):
            return []
        kind = self._listed_swap_kind(figures)
        if kind is None:
            return []
        in_order = [(k, month) for sizes, month in lists for k in sizes]
        sized = [
            (self.m.figures[k].amount, month, ranked_note(rank, len(run)))
            for rank, (k, month) in enumerate(in_order, start=1)
        ]
        used.update(run)
        return self._each_way(figures[0].first, kind, belligerents, sized)

    def _month_list(self, opener: int, end: int) -> tuple[list[int], str] | None:
        """The sizes listed after "of" at ``opener`` and the month they are dated by.

        The sizes run on by commas and "and"; a per-side phrase follows the last one's
        noun, then "in" and a date that names no day. None for any other form.
        """
        figures = self.m.figures
        start = next((k for k, f in enumerate(figures) if f.first == opener + 1), None)
        if start is None:
            return None
        sizes = [start]
        for k in range(start + 1, len(figures)):
            before = figures[sizes[-1]]
            gap = {
                self.norm_at[j] for j in range(max(before.last, before.np_end), figures[k].first)
            }
            if not gap or not gap <= {",", "and"}:
                break
            sizes.append(k)
        last = figures[sizes[-1]]
        at = max(last.last, last.np_end)
        shared = None
        for phrases in (lx.PER_SIDE, lx.PER_SIDE_MORE):
            found = phrases.match(self.tokens, at, end)
            if found is not None and found[0] - at >= 2:
                shared = found[0]
        if shared is None or lx.side_of_place(self.tokens, shared, end):
            return None
        date = next((d for d in self.m.dates if d.first in (shared, shared + 1)), None)
        if date is None or date.since or date.last > end or names_a_day(date.text):
            return None
        return sizes, date.text

    def _listed_swap_kind(self, figures: list[FigureMention]) -> PersonCategory | None:
        """The one kind the listed swaps moved, from the list's nouns.

        "390, 307 and 303 prisoners": the last noun counts for all. "Captives" stay of no
        one kind even in a go-between's list: mediators count soldiers and civilians
        together, as the two-way totals they give are read.
        """
        named = [f for f in figures if f.noun is not None]
        nouns = {f.noun.category or PersonCategory.OTHER for f in named if f.noun is not None}
        if len(nouns) != 1:
            return None  # "390, 307 and 303 per side": no one named; or a mix of kinds
        return nouns.pop()

    def ranked_stages(self, legs: list[LegDraft]) -> list[LegDraft]:
        """``legs`` with each size of "in four stages of A, B, C and D" noted with its place.

        The sizes listed after a counted plural of stages are one handover each, even
        when the sentence dates them all alike ("in four stages that month, of ..."):
        the note keeps them apart in the assembler, so two equal sizes stay two stages,
        not one figure told twice. Only when the sentence drafted one leg for each size,
        in order, all one way and on the same told dates, and none of them another way.
        A list the sentence gives no date at all is not read: a stage put on the day of
        the story is a wrong figure.
        """
        run = self._ranked_run()
        if not run:
            return legs
        sizes = [self.m.figures[k].amount for k in run]
        drafted = [n for n, leg in enumerate(legs) if not leg.tally and leg.sentence == self.index]
        listed = {n for n in drafted if legs[n].amount in sizes}
        if listed and not any(legs[n].dates for n in listed):
            return [leg for n, leg in enumerate(legs) if n not in listed]
        picks: list[int] = []
        for n in drafted:
            if len(picks) < len(sizes) and legs[n].amount == sizes[len(picks)]:
                picks.append(n)
        if len(picks) != len(sizes) or legs[picks[0]].note is not None:
            return legs
        ways = {(legs[n].sender, legs[n].receiver, legs[n].category, legs[n].dates) for n in picks}
        if len(ways) != 1:
            return legs  # stages each on its own day are apart already
        way = (legs[picks[0]].sender, legs[picks[0]].receiver)
        if any(
            (legs[n].sender, legs[n].receiver) != way and legs[n].amount in sizes for n in drafted
        ):
            return legs  # the sizes went both ways: see listed_stages
        out = list(legs)
        for rank, n in enumerate(picks, 1):
            out[n] = legs[n]._replace(note=ranked_note(rank, len(picks)))
        return out

    def wounded_nationals(self, legs: list[LegDraft]) -> list[LegDraft]:
        """``legs`` with nationals set off after "wounded soldiers were exchanged" of that kind.

        "on both occasions wounded soldiers were exchanged on top, 31 Ukrainians for 15
        Russians": the counts after the comma spell out the wounded its clause moved, so
        they are wounded prisoners, not people of no kind. Only when the
        clause (from its ";") names wounded soldiers as the subject of a verb of handing
        over before the comma, with no figure of its own between.
        """
        if self.norm_set.isdisjoint(lx.WOUNDED_WORDS):
            return legs  # most sentences: no wounded named
        wounded: set[Count] = set()
        apposed: FigureMention | None = None
        for figure in self.m.figures:
            listed = (
                apposed is not None
                and figure.nationality is not None
                and self.norm_at[figure.np_end - 1] in _DEMONYM_PLURALS
                # "22 Ukrainians and 9 Russians", "31 Ukrainians for 15 Russians"
                and {self.norm_at[i] for i in range(apposed.np_end, figure.first)}
                <= {",", "and", "for"}
            )
            apposed = figure if listed or self._after_wounded_clause(figure) else None
            if apposed is not None:
                wounded.add(figure.amount)
        return [
            leg._replace(category=PersonCategory.WOUNDED_PRISONERS)
            if leg.sentence == self.index
            and not leg.tally
            and leg.category is PersonCategory.OTHER
            and leg.amount in wounded
            else leg
            for leg in legs
        ]

    def _after_wounded_clause(self, figure: FigureMention) -> bool:
        """Whether ``figure`` of nationals opens an apposition after "wounded X were moved,"."""
        if figure.nationality is None or self.norm_at[figure.np_end - 1] not in _DEMONYM_PLURALS:
            return False
        comma = figure.first - 1
        if self.norm_at[comma] != ",":
            return False
        stops = self._at((";",), self.first, comma)
        start = stops[-1] + 1 if stops else self.first
        if any(start <= f.first < comma for f in self.m.figures):
            return False
        heads = [
            i
            for i in range(start, comma - 1)
            if self.norm_at[i] in lx.WOUNDED_WORDS and self.norm_at[i + 1] in _SOLDIER_WORDS
        ]
        return len(heads) == 1 and any(
            heads[0] + 2 <= t.first < comma and t.move is not lx.Move.EVENT
            for t in self.m.transfers
        )

    def _ranked_run(self) -> list[int]:
        """The indices of the sizes listed right after "in N stages [that month,] of", or [].

        At least two bare numbers joined by commas and "and", as many as a number word
        before the plural says.
        """
        figures = self.m.figures
        for k, figure in enumerate(figures):
            plural = stages_before_of(self.tokens, self.first, figure.first, self.norm)
            if (
                plural is None
                or self.norm_at[
                    plural - 1 - (lx.number_value(self.norm_at[plural - 1]) is not None)
                ]
                != "in"
            ):
                continue
            run = [k]
            for m in range(k + 1, len(figures)):
                gap = {self.norm_at[j] for j in range(figures[run[-1]].last, figures[m].first)}
                if not gap or not gap <= {",", "and"}:
                    break
                run.append(m)
            told = lx.number_value(self.norm_at[plural - 1])
            if len(run) < 2 or (told is not None and told != len(run)):
                return []
            return run
        return []

    def mixed_stage(self) -> tuple[LegDraft, ...]:
        """The stage listed just before, and the totals told with it, that held civilians too.

        "... in three stages of 390, 307 and 303 on 23, 24 and 25 May. The first stage
        included civilians": that stage, and the per-side whole it is part of, counted
        soldiers and civilians together, so their kind is none, not the prisoners of war
        read from the list. Only for an ordinal stage of a list read in the sentence right
        before, by a sentence that counts nothing itself.
        """
        if self.m.figures or self.norm_set.isdisjoint(lx.ORDINALS):
            return ()  # most sentences: a figure of their own, or no rank to name a stage
        rank = next(
            (
                i
                for i in range(self.first, self.last - 2)
                if self.norm_at[i] in lx.ORDINALS
                and self.norm_at[i + 1] in lx.ONE_HANDOVER_NOUNS
                and self.norm_at[i + 2] in _STAGE_HELD
                and self._names_civilians(i + 3)
            ),
            None,
        )
        if rank is None:
            return ()
        before = [
            leg
            for leg in self.discourse.legs
            if leg.sentence == self.index - 1 and leg.note == _STAGE_NOTE
        ]
        # the stages in the order the list told them (their drafts' order), not sorted as
        # text: "9 May" sorts after "10 May"
        days = list(dict.fromkeys(leg.dates for leg in before))
        place = _WORD_DAYS.get(self.norm_at[rank])
        if place is None or not 0 < place <= len(days):
            return ()
        stage = [
            leg
            for leg in before
            if leg.dates == days[place - 1] and leg.category is PersonCategory.PRISONERS_OF_WAR
        ]
        totals = [
            leg
            for leg in self.discourse.tallies
            if leg.sentence == self.index - 1 and leg.category is PersonCategory.PRISONERS_OF_WAR
        ]
        return (*stage, *totals) if stage else ()

    def _names_civilians(self, at: int) -> bool:
        """Whether a word of civilians follows ``at`` within a few words: "included civilians"."""
        return any(self.norm_at[i] in lx.CIVILIAN_WORDS for i in range(at, min(at + 3, self.last)))

    def _planned(self, start: int | None = None) -> bool:
        """Whether the stages are a plan: "was scheduled to run", "the deal foresees", "due to".

        A timetable's words outside a date ("May" is a month), a plan's noun or verb, or
        a deal agreed to be done ("have agreed to exchange 1,000 each, in three stages"),
        from ``start`` (the sentence's first word by default) on: "the talks produced a
        deal; it was carried out in stages of ..." tells the stages done after the ";".
        """
        first = self.first if start is None else start
        if self._at(_PLANNED, first, self.last):
            return True
        if any(self.norm_at[i + 1] == "to" for i in self._at(_AGREEING, first, self.last)):
            return True
        plans = self._at(_ABSOLUTE_PLANS, first, self.last)
        return any(not any(d.first <= i < d.last for d in self.m.dates) for i in plans) or any(
            self.norm_at[i + 1] == "to" for i in self._at(("set",), first, self.last)
        )

    def _part_start(self, at: int) -> int:
        """Where the part of the sentence holding ``at`` starts: after its last ";" before.

        A ":" starts it too when a verb of handing over told as done follows it before
        ``at``: "the talks yielded the agreement that produced the largest exchange: over
        three days, 1,000 prisoners went each way, in stages of ..." tells the stages
        done, whatever the words of a deal before the colon say ("were to go" does not).
        """
        stops = self._at((";",), self.first, at)
        start = stops[-1] + 1 if stops else self.first
        colons = self._at((":",), start, at)
        if colons and any(
            colons[-1] < t.first < at
            and t.move is not lx.Move.EVENT
            and t.done
            and self.norm_at[t.first - 1] not in _NOT_DONE
            for t in self.m.transfers
        ):
            return colons[-1] + 1
        return start

    def _part_end(self, start: int) -> int:
        """Where the part of the sentence from ``start`` ends: its next ";" or the end."""
        stops = self._at((";",), start, self.last)
        return stops[0] if stops else self.last

    def _stage_sizes(self) -> list[int]:
        """The indices of the figures listed in "N stages of A, B and C", when N of them."""
        figures = self.m.figures
        for i in self._at(lx.STAGE_PLURALS, self.first + 1, self.last - 1):
            if self.norm_at[i + 1] != "of":
                continue
            told = lx.number_value(self.norm_at[i - 1])
            if told is None and self.norm_at[i - 1] == "in":
                told = 0  # "in stages of A, B and C": as many as listed, one day each
            start = next((k for k, f in enumerate(figures) if f.first == i + 2), None)
            if told is None or told == 1 or start is None:
                return []
            run = [start]
            for k in range(start + 1, len(figures)):
                before = figures[run[-1]]
                gap = {
                    self.norm_at[j]
                    for j in range(max(before.last, before.np_end), figures[k].first)
                }
                if not gap or not gap <= {",", "and"}:
                    break
                run.append(k)
            return run if len(run) == told or (not told and len(run) > 1) else []
        return []

    def _day_run_sizes(self) -> tuple[list[int], tuple[str, ...]]:
        """The sizes of "over three days from 23 May, with A, B and C ...", and their days.

        A run of days counted from a named day, then as many bare sizes joined by
        commas and "and", before any ";": one size a day, day after day from the first.
        ([], ()) for any other form, or when the count of sizes is not the count of days.
        """
        figures = self.m.figures
        for date in self.m.dates:
            days = span_days(date.text)
            if not days or date.since or date.text.lower().split()[1:3] != ["days", "from"]:
                continue
            first = next((k for k, f in enumerate(figures) if f.first >= date.last), None)
            if first is None or self._at((";",), date.last, figures[first].first):
                return [], ()
            run = [first]
            for k in range(first + 1, len(figures)):
                gap = {self.norm_at[j] for j in range(figures[run[-1]].last, figures[k].first)}
                if not gap or not gap <= {",", "and"}:
                    break
                run.append(k)
            return (run, days) if len(run) == len(days) else ([], ())
        return [], ()

    def _told_both_ways(self, end: int) -> bool:
        """Whether the sentence, up to ``end``, says the sizes went both ways.

        "each side handing over", "both sides released": the sides as the subject of a
        verb of handing over (one word such as "then" may come between); "each way";
        or "the same number" with such a verb beside it ("the same number came home").
        A speech tag ("both sides said") or a verb of something else ("each side
        blamed the other") says nothing of the sizes.
        """
        verbs = [t.first for t in self.m.transfers if t.move is not lx.Move.EVENT]
        for i in range(self.first, end - 1):
            pair = (self.norm_at[i], self.norm_at[i + 1])
            if pair == ("each", "way"):
                return True
            if pair in _SIDES and any(i + 2 <= v <= i + 3 for v in verbs):
                return True
            if pair == ("same", "number") and any(
                abs(v - i) <= 8 and not self._at((";",), min(v, i), max(v, i)) for v in verbs
            ):
                return True
        return False

    def _per_side_whole(self, sizes: list[FigureMention]) -> bool:
        """Whether the sizes add up to a figure told per side just before them.

        "1,000 prisoners each, returned in three stages of 390, 307 and 303": the whole
        each side got, split into the stages, says each stage went both ways too. Not a
        figure of a handover still to come, its verb after "to" or "will" ("agreed to
        swap 1,000 each"): that is a plan, and its stages no done exchanges.
        """
        if any(f.amount.low != f.amount.high for f in sizes):
            return False
        total = sum(f.amount.low for f in sizes)
        return any(
            f.per_side
            and f.last <= sizes[0].first
            and f.amount.low == f.amount.high == total
            and not self._at((";",), f.last, sizes[0].first)
            and not self._to_be_done(f.first)
            for f in self.m.figures
        )

    def _to_be_done(self, at: int) -> bool:
        """Whether the verb of handing over nearest before ``at`` follows "to" or a
        modal: "agreed to exchange 1,000 each", "will swap 1,000 each"."""
        verbs = [t.first for t in self.m.transfers if self.first <= t.first < at]
        return bool(verbs) and self.norm_at[max(verbs) - 1] in _NOT_DONE

    def _one_side_moves(self, sizes: int) -> bool:
        """Whether one named side hands over or gets the stages: "Russia returned ... in
        three stages of 390, 307 and 303": a one-way story, whatever else is said of sides.
        """
        for t in self.m.transfers:
            if t.move not in _ONE_WAY or t.first >= sizes or self._at((";",), t.first, sizes):
                continue
            named = {p.code for p in self.m.parties if p.noun and p.first < t.first}
            if len(named) == 1:
                return True
        return False

    def _stage_days(self, stages: int, sizes: int) -> tuple[str, ...] | None:
        """One day per stage: the days of the sizes' part, or the days told just before.

        A day of another part ("the talks on 16 May; it was carried out from May 23 to
        25, in stages of ...") dates no stage; one span of the part ("from May 23 to
        25") dates them all when it holds a day per stage. Those of the sentence before
        count only when it told a transfer or a total of them over those days: "Drone
        strikes hit the city on June 3, 5 and 7" dates no stage of the swap told next. A
        day told before the sizes ("after the talks on 16 May, ... three stages of 390,
        307 and 303 on 23, 24 and 25 May") sets the scene when the days after them are
        one per stage.
        """
        start, end = self._part_start(sizes), self._part_end(sizes)
        days = [
            d
            for d in self.m.dates
            if start <= d.first < end and not d.since and names_a_day(d.text)
        ]
        if len(days) == 1 and len(span_days(days[0].text)) == stages:
            return span_days(days[0].text)
        after = [d for d in days if d.first > sizes]
        if len(days) != stages and len(after) == stages:
            days = after
        spanned = self._span_of_stages(days, stages)
        if spanned:
            return spanned
        if days:
            return _in_order(tuple(d.text for d in days)) if len(days) == stages else None
        if self.m.dates:
            return None  # a month or a year: no day per stage
        told = self.discourse.days
        if self.discourse.days_at != self.index - 1 or len(told) != stages:
            return None
        told_legs = (*self.discourse.legs, *self.discourse.tallies)
        if not any(leg.sentence == self.index - 1 for leg in told_legs):
            return None
        return _in_order(told)

    def _sizes_per_side(self, last: FigureMention, end: int) -> bool:
        """Whether a per-side phrase of two words or more follows the last listed size.

        "in stages of 390, 307 and 303 people per side": each size went both ways. Not
        a side of a place ("on each side of the border").
        """
        at = max(last.last, last.np_end)
        found = lx.PER_SIDE.match(self.tokens, at, end)
        return (
            found is not None
            and found[0] - at >= 2
            and not lx.side_of_place(self.tokens, found[0], end)
        )

    def _span_of_stages(self, days: list[DateMention], stages: int) -> tuple[str, ...]:
        """The days of "between 23 May and 25 May" when the span holds one day per stage.

        "between May 23 and 25, each side freed 1,000, in three stages of 390, 307 and
        303": the span's ends are the sentence's only days and it holds as many days as
        there are stages, so each stage has its day, as when the span is told in the
        sentence before. () for any other span or count.
        """
        if len(days) != 2 or (days[0], days[1]) not in set(self._date_spans()):
            return ()
        spanned = span_days(f"between {days[0].text} and {days[1].text}")
        return spanned if len(spanned) == stages else ()

    def _stage_kind(self, figures: list[FigureMention], end: int) -> PersonCategory | None:
        """The kind of the people the stages moved, as named; None when none is named.

        The sizes' own noun ("84, 90 and 95 prisoners") wins; else the first people
        named after them in their part of the sentence ("the same number of
        civilians"; "people" is of no one kind); else a word of bodies or soldiers
        elsewhere in that part ("the bodies came later" after a ";" is another part).
        """
        nouns = {f.noun.category or PersonCategory.OTHER for f in figures if f.noun is not None}
        if len(nouns) > 1:
            return None
        if nouns:
            return nouns.pop()
        if any(f.remains for f in figures):
            return PersonCategory.REMAINS
        for i in range(figures[-1].last, end):
            kind = self._kind_word(i)
            if kind is not None:
                return kind
            match = lx.PEOPLE.match(self.tokens, i, end)
            if match is not None:
                return match[1].category or PersonCategory.OTHER
        stops = self._at((";",), self.first, figures[0].first)
        start = stops[-1] + 1 if stops else self.first
        return next((k for i in range(start, end) if (k := self._kind_word(i)) is not None), None)

    def _kind_word(self, i: int) -> PersonCategory | None:
        """The kind a word of bodies or soldiers at ``i`` names, else None."""
        if self.norm_at[i] in lx.REMAINS_NOUNS:
            return PersonCategory.REMAINS
        if self.norm_at[i] in _SOLDIER_WORDS:
            return PersonCategory.PRISONERS_OF_WAR
        return None


def _in_order(days: tuple[str, ...]) -> tuple[str, ...] | None:
    """The stages' days, weekdays as one run of days ending on the last one named.

    "on Monday, Wednesday and Friday" is one week's Monday, Wednesday and Friday:
    each weekday read on its own could put Monday a week after Wednesday, so the
    earlier ones are counted back from the last. None when the weekdays do not run
    forward within a week, or are mixed with days of other kinds.
    """
    weekdays = [d.lower() for d in days if d.lower() in lx.WEEKDAYS]
    if not weekdays:
        return days
    if len(weekdays) != len(days):
        return None
    steps = [(lx.WEEK.index(b) - lx.WEEK.index(a)) % 7 for a, b in itertools.pairwise(weekdays)]
    if 0 in steps or sum(steps) >= 7:
        return None
    back = [sum(steps[k:]) for k in range(len(steps))]
    return (*(shifted(days[-1], -n) for n in back), days[-1])
