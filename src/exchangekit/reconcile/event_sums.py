"""Sums of event figures set beside a running total, as claims of their own.

A government says "more than 135,000 dead since the war began"; an event
data set records the deaths event by event. Adding up the events of the same
subject, category and population over the running total's span gives a
figure that can be compared with it: a *derived* claim, stated by the data
set, read as a floor (events nobody recorded are not in it). It is computed
with the same interval arithmetic as :func:`~exchangekit.reconcile.totals`:
an event dated wholly inside the span adds its whole count, one that
straddles the span's start or end adds 0 up to its high.
"""

from __future__ import annotations

from collections.abc import Iterable

from exchangekit.counts import Count
from exchangekit.models import CasualtyClaim, Source
from exchangekit.periods import Period
from exchangekit.reconcile._text import and_list, plural
from exchangekit.vocabulary import (
    CasualtyCategory,
    ClaimMethod,
    ClaimScope,
    Population,
    Qualifier,
    SourceKind,
)

__all__ = ["DERIVED_NOTE", "event_sums", "is_derived"]

DERIVED_NOTE = "derived by exchangekit: the sum of the event figures of one data set"
"""The first caveat of every derived claim, by which :func:`is_derived` knows it."""

_Kind = tuple[str, CasualtyCategory, Population]


def is_derived(claim: CasualtyClaim) -> bool:
    """Whether ``claim`` is a sum of events that :func:`event_sums` made, not a stated figure."""
    return bool(claim.caveats) and claim.caveats[0] == DERIVED_NOTE


def event_sums(claims: Iterable[CasualtyClaim]) -> list[CasualtyClaim]:
    """One derived claim per running total that has event figures of the same kind to sum.

    For every distinct span and date of the running totals among ``claims``,
    the incident and period figures of the same subject, category and
    population that fall (or may fall) in the span are added up, and the sum
    becomes a running-total claim of its own: its claimant names the data
    set(s) the events came from, its method is a documented minimum, and its
    caveats say how it was made. No claim is changed.
    """
    records = list(claims)
    events: dict[_Kind, list[CasualtyClaim]] = {}
    running: dict[_Kind, dict[tuple[Period, Period], None]] = {}
    for claim in records:
        kind = (claim.subject.code, claim.category, claim.population)
        if claim.scope is ClaimScope.CUMULATIVE:
            if not is_derived(claim):
                running.setdefault(kind, {})[(claim.covers, claim.as_of)] = None
        else:
            events.setdefault(kind, []).append(claim)
    derived = []
    for kind, spans in running.items():
        found = events.get(kind)
        if not found:
            continue
        for covers, as_of in spans:
            summed = _sum(found, covers, as_of)
            if summed is not None:
                derived.append(summed)
    return derived


def _sum(events: list[CasualtyClaim], covers: Period, as_of: Period) -> CasualtyClaim | None:
    total = Count.exact(0)
    inside = maybe = 0
    tellers: dict[str, None] = {}
    for event in events:
        period = event.covers
        if period.end < covers.start or period.start > covers.end:
            continue
        if covers.start <= period.start and period.end <= covers.end:
            total = total + event.count
            inside += 1
        else:
            high = event.count.high
            total = total + (
                Count.unknown() if high is None else Count(0, high, None, Qualifier.RANGE)
            )
            maybe += 1
        tellers.setdefault(event.claimant.name, None)
    if not tellers:
        return None
    first = events[0]
    names = and_list(list(tellers))
    how = f"{plural(inside, 'event figure')} dated inside the span"
    if maybe:
        how += f" and {plural(maybe, 'more', 'more')} that may fall in it (0 up to their high)"
    return CasualtyClaim(
        subject=first.subject,
        category=first.category,
        count=total,
        covers=covers,
        as_of=as_of,
        claimant=Source(f"Sum of events in {names}", SourceKind.RESEARCH),
        method=ClaimMethod.DOCUMENTED_MINIMUM,
        scope=ClaimScope.CUMULATIVE,
        population=first.population,
        caveats=[
            DERIVED_NOTE,
            f"adds {how}; a floor, since events nobody recorded are not in it",
        ],
    )
