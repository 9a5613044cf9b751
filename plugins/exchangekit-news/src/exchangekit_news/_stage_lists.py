"""Lists of stages with their counts: "in three stages of 390, 307 and 303".

A multi-day exchange is often told as one sentence that counts its stages and
lists their sizes, saying once that each side handed over as many: "The swap
ran in three stages of 390, 307 and 303, with each side handing over the same
number on each day." Each listed size is one stage, in both directions. A
stage needs its own day: the days listed in the sentence ("on June 19, June 20
and June 26") or the days of a span the sentence right before named ("between
Friday and Sunday"), as many as the stages; without them nothing is read, for
a stage put on a guessed day is a wrong figure.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Final

from exchangekit import PersonCategory
from exchangekit_news import _lexicon as lx
from exchangekit_news._drafts import LegDraft
from exchangekit_news._figure_dates import _HAS_DAY
from exchangekit_news._mentions import FigureMention
from exchangekit_news._transfer_context import _PRISONER_WORDS, _TransferContext

# Word pairs saying a count went both ways: "each side handing over the same number".
_BOTH_WAYS: Final = frozenset({("each", "side"), ("each", "way"), ("both", "sides")})
# Words of a plan whose stages are not yet done: "the deal foresees three stages of ...".
_PLANNED: Final = lx.AGREEMENT_NOUNS | {"plan", "planned", "foresees", "foresaw", "envisages"}
# The days of the week in order, for a span named by two of them: "between Friday and Sunday".
_WEEK: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Nouns of soldiers that, unnamed by the figures, make the stages' people prisoners of war.
_SOLDIER_WORDS: Final = _PRISONER_WORDS | {"soldiers", "servicemen", "troops", "defenders"}


class _StageLists(_TransferContext):
    """The rule reading a counted list of stages told both ways."""

    def listed_stages(
        self, legs: list[LegDraft], used: set[int], belligerents: Sequence[str]
    ) -> list[LegDraft]:
        """One exchange each way per size in "in N stages of A, B and C", on its own day.

        Read only when the text says the sizes went both ways ("each side", "the same
        number"), lists exactly N sizes that no other rule has read, is no plan, and
        gives one day per stage (see the module's docstring); otherwise nothing.
        """
        if len(belligerents) != 2 or self.modal_said() or self.norm_set & _PLANNED:
            return []
        run = self._stage_sizes()
        if not run:
            return []
        figures = [self.m.figures[k] for k in run]
        if any(k in used for k in run) or any(
            leg.sentence == self.index and leg.amount in {f.amount for f in figures} for leg in legs
        ):
            return []
        if not self._told_both_ways():
            return []
        days = self._stage_days(len(run))
        kind = self._stage_kind(figures)
        if days is None or kind is None:
            return []
        attributed, accorded = self.leg_source(figures[0].first)
        one, other = belligerents
        drafts = [
            LegDraft(
                self.index,
                sender,
                receiver,
                kind,
                figure.amount,
                attributed,
                accorded,
                (day,),
                False,
                "one of the stages listed with their sizes, each side handing over as many",
            )
            for figure, day in zip(figures, days, strict=True)
            for sender, receiver in ((one, other), (other, one))
        ]
        used.update(run)
        return drafts

    def _stage_sizes(self) -> list[int]:
        """The indices of the figures listed in "N stages of A, B and C", when N of them."""
        figures = self.m.figures
        for i in range(self.first + 1, self.last - 1):
            if self.norm(i) not in lx.STAGE_PLURALS or self.norm(i + 1) != "of":
                continue
            told = lx.number_value(self.norm(i - 1))
            start = next((k for k, f in enumerate(figures) if f.first == i + 2), None)
            if told is None or told < 2 or start is None:
                return []
            run = [start]
            for k in range(start + 1, len(figures)):
                before = figures[run[-1]]
                gap = {
                    self.norm(j) for j in range(max(before.last, before.np_end), figures[k].first)
                }
                if not gap or not gap <= {",", "and"}:
                    break
                run.append(k)
            return run if len(run) == told else []
        return []

    def _told_both_ways(self) -> bool:
        """Whether the sentence says the sizes went both ways: "each side", "the same number"."""
        pairs = {(self.norm(i), self.norm(i + 1)) for i in range(self.first, self.last - 1)}
        return bool(pairs & _BOTH_WAYS) or ("same", "number") in pairs

    def _stage_days(self, stages: int) -> tuple[str, ...] | None:
        """One day per stage: the sentence's own days, or a span's days told just before."""
        days = [
            d
            for d in self.m.dates
            if not d.since and (_HAS_DAY.search(d.text) or d.text.lower() in lx.WEEKDAYS)
        ]
        if days:
            return tuple(d.text for d in days) if len(days) == stages else None
        if self.m.dates:
            return None  # a month or a year: no day per stage
        told = self.discourse.days
        if self.discourse.days_at == self.index - 1 and len(told) == stages:
            return told
        return None

    def _stage_kind(self, figures: list[FigureMention]) -> PersonCategory | None:
        """The kind of the people the stages moved, as named; None when none is named.

        The sizes' own noun ("84, 90 and 95 prisoners") wins; else the people named
        after them ("the same number of people": of no one kind).
        """
        nouns = {f.noun.category or PersonCategory.OTHER for f in figures if f.noun is not None}
        if len(nouns) > 1:
            return None
        if nouns:
            return nouns.pop()
        if any(f.remains for f in figures) or self.norm_set & {"bodies", "remains"}:
            return PersonCategory.REMAINS
        if self.norm_set & _SOLDIER_WORDS:
            return PersonCategory.PRISONERS_OF_WAR
        for i in range(figures[-1].last, self.last):
            match = lx.PEOPLE.match(self.tokens, i, self.last)
            if match is not None:
                return match[1].category or PersonCategory.OTHER
        return None

    def weekday_span(self) -> tuple[str, ...]:
        """The days of a span named by two weekdays: "between Friday and Sunday", in order.

        "1,000 were freed between Friday and Sunday" spans Friday, Saturday and Sunday,
        so that the stages or "the first day" told next can name one; () otherwise.
        """
        dates = [d for d in self.m.dates if d.last - d.first == 1]
        for start, end in itertools.pairwise(dates):
            opener, joint = self.norm(start.first - 1), self.norm(start.last)
            if (opener, joint) not in (("between", "and"), ("from", "to"), ("from", "through")):
                continue
            if end.first != start.last + 1:
                continue
            first, last = self.norm(start.first), self.norm(end.first)
            if first not in _WEEK or last not in _WEEK:
                continue
            a, b = _WEEK.index(first), _WEEK.index(last)
            count = (b - a) % 7 + 1
            if 2 <= count <= len(_WEEK):
                return tuple(_WEEK[(a + k) % 7].capitalize() for k in range(count))
        return ()
