"""Comparing casualty claims: which are comparable, who agrees, who contradicts, and the consensus.

Claims are grouped by whose losses they count, what they count and their
scope, so killed is never set against total losses and a running total is
never set against one incident. Within a group, each claim's figure is read
as an interval of what may be true; a documented minimum is read as a floor
only. The consensus is the largest set of claims that can all be true at once.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from datetime import timedelta

import attrs

from exchangekit.counts import Count
from exchangekit.findings import Finding
from exchangekit.models import CasualtyClaim, Dataset
from exchangekit.parties import Party
from exchangekit.periods import Period
from exchangekit.reconcile import codes
from exchangekit.reconcile._arguments import ReconcileError, resolve_window
from exchangekit.reconcile._text import and_list, plural
from exchangekit.vocabulary import CasualtyCategory, ClaimMethod, ClaimScope, Qualifier

__all__ = ["DEFAULT_WINDOW", "ClaimGroup", "Comparison", "compare", "effective_bounds"]

DEFAULT_WINDOW = timedelta(days=92)
"""Claims stated within about one quarter of each other are taken to describe the same moment."""

Bounds = tuple[int, int | None]


def _claims(value: Iterable[CasualtyClaim]) -> tuple[CasualtyClaim, ...]:
    return tuple(value)


def _findings(value: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(value)


def _groups(value: Iterable[ClaimGroup]) -> tuple[ClaimGroup, ...]:
    return tuple(value)


def effective_bounds(claim: CasualtyClaim) -> Bounds:
    """What a claim says may be true: its interval, or only its floor for a documented minimum."""
    if claim.method is ClaimMethod.DOCUMENTED_MINIMUM:
        return claim.count.low, None
    return claim.count.low, claim.count.high


def _meet(a: Bounds, b: Bounds) -> bool:
    return (a[1] is None or b[0] <= a[1]) and (b[1] is None or a[0] <= b[1])


def _gap(a: Period, b: Period) -> timedelta:
    """Time between two dates: zero when they overlap."""
    return max(b.start - a.end, a.start - b.end, timedelta(0))


def _claimant_key(claim: CasualtyClaim) -> str:
    """Who is speaking: the party the claimant speaks for, or an independent source's name."""
    party = claim.claimant.party
    return party.code if party is not None else claim.claimant.name.strip().casefold()


@attrs.frozen
class ClaimGroup:
    """Claims that count the same thing, with their consensus and what was found.

    ``envelope`` is the consensus: from the highest floor to the lowest
    ceiling among ``consensus``, the largest set of claims that can all be
    true at once (``floor_from`` and ``ceiling_from`` are the claims that set
    those bounds). ``outliers`` are the claims outside it. For running totals
    the envelope is for ``as_of``, the latest date in the group.
    """

    subject: Party
    category: CasualtyCategory
    scope: ClaimScope
    covers: Period | None
    as_of: Period
    claims: tuple[CasualtyClaim, ...] = attrs.field(converter=_claims)
    envelope: Count
    consensus: tuple[CasualtyClaim, ...] = attrs.field(converter=_claims)
    floor_from: tuple[CasualtyClaim, ...] = attrs.field(converter=_claims)
    ceiling_from: tuple[CasualtyClaim, ...] = attrs.field(converter=_claims)
    outliers: tuple[CasualtyClaim, ...] = attrs.field(converter=_claims)
    findings: tuple[Finding, ...] = attrs.field(converter=_findings)

    @property
    def title(self) -> str:
        """What the group counts, in words: "UKR killed (running total)"."""
        what = self.category.value.replace("_", " ")
        if self.scope is ClaimScope.CUMULATIVE:
            return f"{self.subject.code} {what} (running total)"
        return f"{self.subject.code} {what} ({self.scope.value}, {self.covers})"

    def __str__(self) -> str:
        lines = [self.title]
        lines.extend(f"  - {_describe(c)}" for c in self.claims)
        if len(self.claims) == 1:
            lines.append(f"  envelope as of {self.as_of}: {self.envelope} (a single claim)")
        else:
            lines.append(f"  consensus as of {self.as_of}: {self.envelope}" + _set_by(self))
        if self.outliers:
            lines.append(f"  outliers: {and_list([_who(c) for c in self.outliers])}")
        lines.extend(f"  {f}" for f in self.findings)
        return "\n".join(lines)


def _set_by(group: ClaimGroup) -> str:
    floor = and_list(list(dict.fromkeys(_who(c) for c in group.floor_from)))
    ceiling = and_list(list(dict.fromkeys(_who(c) for c in group.ceiling_from)))
    if group.envelope.high is None:
        return f" (floor set by {floor}; no ceiling)"
    if floor == ceiling:
        return f" (set by {floor})"
    return f" (floor set by {floor}, ceiling by {ceiling})"


@attrs.frozen
class Comparison:
    """The result of :func:`compare`: one :class:`ClaimGroup` per thing counted."""

    groups: tuple[ClaimGroup, ...] = attrs.field(converter=_groups)
    window: timedelta = DEFAULT_WINDOW

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every group's findings, group by group."""
        return tuple(f for g in self.groups for f in g.findings)

    def group(
        self,
        subject: Party | str,
        category: CasualtyCategory,
        scope: ClaimScope = ClaimScope.CUMULATIVE,
    ) -> ClaimGroup:
        """The first group for ``subject`` (a party or code), ``category`` and ``scope``."""
        code = subject.code if isinstance(subject, Party) else subject
        for g in self.groups:
            if (g.subject.code, g.category, g.scope) == (code, category, scope):
                return g
        raise KeyError(f"no claims about {code} {category.value} ({scope.value})")

    def __str__(self) -> str:
        return "\n\n".join(str(g) for g in self.groups) or "no claims to compare"


def compare(
    claims: Iterable[CasualtyClaim] | Dataset, *, window: timedelta | int = DEFAULT_WINDOW
) -> Comparison:
    """Group comparable claims and say who agrees, who contradicts whom, and the consensus.

    Claims are comparable when they count the same ``subject``, ``category``
    and ``scope`` (and, for incident and period figures, cover the same span);
    running totals are compared only when stated within ``window`` (a
    ``timedelta`` or days, default 92) of each other. Claims are never
    changed, and floors are never added to estimates.

    :param claims: The casualty claims to compare, or a dataset (its claims are used).
    :param window: How far apart two running totals may be stated and still be
        compared: a ``timedelta``, or a number of days.
    :raises ~exchangekit.reconcile.ReconcileError: For something that is not a
        claim among ``claims``, or a negative ``window``.
    """
    span = resolve_window(window)
    if isinstance(claims, CasualtyClaim):
        raise ReconcileError("claims", "expected several claims; wrap one in a list")
    records = claims.claims if isinstance(claims, Dataset) else claims
    grouped: dict[tuple[str, int, int, Period | None], list[tuple[int, CasualtyClaim]]] = {}
    for position, claim in enumerate(records):
        if not isinstance(claim, CasualtyClaim):
            raise ReconcileError(
                "claims", f"item {position} is a {type(claim).__name__}, not a CasualtyClaim"
            )
        covers = None if claim.scope is ClaimScope.CUMULATIVE else claim.covers
        key = (
            claim.subject.code,
            list(CasualtyCategory).index(claim.category),
            list(ClaimScope).index(claim.scope),
            covers,
        )
        grouped.setdefault(key, []).append((position, claim))

    def order(key: tuple[str, int, int, Period | None]) -> tuple[object, ...]:
        covers = key[3]
        return (*key[:3], covers is not None, covers.start if covers else None, str(covers))

    groups = [
        _group(
            [c for _, c in sorted(members, key=lambda m: (m[1].as_of.start, m[1].as_of.end, m[0]))],
            key[3],
            span,
        )
        for key, members in sorted(grouped.items(), key=lambda item: order(item[0]))
    ]
    return Comparison(_with_joint_findings(groups, span), span)


GroupKey = tuple[str, CasualtyCategory, ClaimScope, Period | None]


def _key(group: ClaimGroup) -> GroupKey:
    return group.subject.code, group.category, group.scope, group.covers


def _with_joint_findings(groups: list[ClaimGroup], window: timedelta) -> list[ClaimGroup]:
    """Add to each joint party's group the claims that fall below its members' floors added up.

    Each member's floor comes from that member's own group, so the work is
    one look-up per member of each joint group, not a comparison of claims.
    """
    by_key = {_key(g): g for g in groups}
    result = []
    for group in groups:
        members = group.subject.members
        found: list[Finding] = []
        if len(members) > 1:
            member_groups = [
                by_key.get((code, group.category, group.scope, group.covers)) for code in members
            ]
            if all(g is not None for g in member_groups):
                known = [g for g in member_groups if g is not None]
                found = _joint_below_floors(group, known, window)
        result.append(attrs.evolve(group, findings=[*group.findings, *found]) if found else group)
    return result


def _joint_below_floors(
    joint: ClaimGroup, members: list[ClaimGroup], window: timedelta
) -> list[Finding]:
    found = []
    floors: dict[Period, list[ClaimGroup] | None] = {}
    for claim in joint.claims:
        high = effective_bounds(claim)[1]
        if high is None:
            continue
        if claim.as_of not in floors:
            floors[claim.as_of] = _member_floors(members, claim.as_of, window)
        member_floors = floors[claim.as_of]
        if member_floors is None:
            continue
        total = sum(g.envelope.low for g in member_floors)
        if high >= total:
            continue
        described = and_list(
            [
                f"{g.subject.code} ({_floor_words(g.envelope.low)} from "
                f"{and_list(list(dict.fromkeys(_floor_source(c) for c in g.floor_from)))})"
                for g in member_floors
            ]
        )
        found.append(
            codes.finding(
                codes.JOINT_BELOW_MEMBER_FLOORS,
                f"{_who(claim)} says at most {high:,} {joint.category.value.replace('_', ' ')} "
                f"on {joint.subject.code} together ({_figure(claim)}), but the separate floors "
                f"for {described} add up to at least {total:,}",
                [claim.id, *(c.id for g in member_floors for c in g.floor_from)],
            )
        )
    return found


def _member_floors(
    members: list[ClaimGroup], as_of: Period, window: timedelta
) -> list[ClaimGroup] | None:
    """Each member's consensus as it stood at ``as_of``, or None if any has no floor above 0.

    A running total never falls, so a floor stated no later than ``as_of``
    still holds then; one stated later may count losses that came after.
    Incident and period figures count a fixed span, so their date does not
    matter. A member's group is recomputed only when some of its claims are
    too late to count.
    """
    result = []
    for group in members:
        if group.scope is ClaimScope.CUMULATIVE and group.as_of.end > as_of.end:
            usable = [c for c in group.claims if c.as_of.end <= as_of.end]
            if not usable:
                return None
            group = _group(usable, group.covers, window)
        if group.envelope.low <= 0:
            return None
        result.append(group)
    return result


def _floor_words(low: int) -> str:
    """A floor of at least ``low`` (always above 0 here) in the words sources use: "more than"."""
    return str(Count.more_than(low - 1))


def _floor_source(claim: CasualtyClaim) -> str:
    return f"{_who(claim)}, as of {claim.as_of}"


def _group(claims: list[CasualtyClaim], covers: Period | None, window: timedelta) -> ClaimGroup:
    first = claims[0]
    running = first.scope is ClaimScope.CUMULATIVE
    as_of = max((c.as_of for c in claims), key=lambda p: (p.end, p.start))
    findings: list[Finding] = []
    if running:
        findings.extend(_falls(claims))
    findings.extend(_pairs(claims, window if running else None))

    bounds = {
        id(c): (c.count.low, None)
        if running and _gap(c.as_of, as_of) > window
        else effective_bounds(c)
        for c in claims
    }
    camps = _camps(claims, bounds)
    low_camp = min(camps, key=lambda camp: _camp_bounds(camp, bounds)[0])
    high_camp = max(camps, key=lambda camp: _ceiling_key(_camp_bounds(camp, bounds)[1]))
    low = _camp_bounds(low_camp, bounds)[0]
    high = _camp_bounds(high_camp, bounds)[1]
    agreeing = {id(c) for camp in camps for c in camp}
    consensus = [c for c in claims if id(c) in agreeing]
    floor_from = [c for c in low_camp if bounds[id(c)][0] == low]
    ceiling_from = [] if high is None else [c for c in high_camp if bounds[id(c)][1] == high]
    outliers = [c for c in claims if id(c) not in agreeing]

    if len(camps) > 1:
        findings.append(_no_consensus(camps, bounds))
    for c in outliers:
        findings.append(_outlier(c, consensus, (low, high), bounds))

    envelope = next(
        (c.count for c in consensus if (c.count.low, c.count.high) == (low, high)), None
    )
    if envelope is None:
        qualifier = Qualifier.EXACT if low == high else Qualifier.RANGE
        envelope = Count(low, high, None, Qualifier.AT_LEAST if high is None else qualifier)
    return ClaimGroup(
        subject=first.subject,
        category=first.category,
        scope=first.scope,
        covers=covers,
        as_of=as_of,
        claims=claims,
        envelope=envelope,
        consensus=consensus,
        floor_from=floor_from,
        ceiling_from=ceiling_from,
        outliers=outliers,
        findings=findings,
    )


def _ceiling_key(high: int | None) -> float:
    return float("inf") if high is None else high


def _camp_bounds(camp: Sequence[CasualtyClaim], bounds: dict[int, Bounds]) -> Bounds:
    low = max(bounds[id(c)][0] for c in camp)
    highs = [h for c in camp if (h := bounds[id(c)][1]) is not None]
    return low, (min(highs) if highs else None)


def _camps(claims: list[CasualtyClaim], bounds: dict[int, Bounds]) -> list[list[CasualtyClaim]]:
    """The largest sets of claims that can all be true at once (several when tied).

    The most readings overlap at some reading's floor, so only floors are
    tried; counting floors at or below a point and ceilings below it gives
    how many readings hold there.
    """
    lows = sorted(b[0] for b in bounds.values())
    highs = sorted(h for b in bounds.values() if (h := b[1]) is not None)
    points = sorted(set(lows))
    depths = [bisect.bisect_right(lows, p) - bisect.bisect_left(highs, p) for p in points]
    deepest = max(depths)
    camps: dict[frozenset[int], list[CasualtyClaim]] = {}
    for point, depth in zip(points, depths, strict=True):
        if depth == deepest:
            camp = [c for c in claims if _meet(bounds[id(c)], (point, point))]
            camps.setdefault(frozenset(id(c) for c in camp), camp)
    return list(camps.values())


def _falls(claims: list[CasualtyClaim]) -> list[Finding]:
    """A claimant's later running total below its own earlier figure."""
    found = []
    by_claimant: dict[str, list[CasualtyClaim]] = {}
    for c in claims:  # already in order of as_of
        by_claimant.setdefault(_claimant_key(c), []).append(c)
    for own in by_claimant.values():
        by_end = sorted(own, key=lambda c: c.as_of.end)
        done = 0
        top: CasualtyClaim | None = None  # the highest floor stated wholly before ``later``
        for later in own:
            while done < len(by_end) and by_end[done].as_of.end < later.as_of.start:
                if top is None or by_end[done].count.low > top.count.low:
                    top = by_end[done]
                done += 1
            high = later.count.high
            if top is None or high is None or high >= top.count.low:
                continue
            found.append(
                codes.finding(
                    codes.CUMULATIVE_FELL,
                    f"{_who(later)} gave {later.count} as of {later.as_of}, below the "
                    f"{top.count} they gave as of {top.as_of}; a running total cannot fall, "
                    "so one of them is a revision or a mistake",
                    [top.id, later.id],
                )
            )
    return found


def _pairs(claims: list[CasualtyClaim], window: timedelta | None) -> list[Finding]:
    """Agreement or contradiction between claims of different claimants at comparable dates."""
    found = []
    for i, a in enumerate(claims):  # claims are in order of as_of start
        for b in claims[i + 1 :]:
            if window is not None and b.as_of.start - a.as_of.end > window:
                break  # every later claim starts later still
            if _claimant_key(a) != _claimant_key(b):
                found.append(_verdict(a, b))
    return found


def _verdict(a: CasualtyClaim, b: CasualtyClaim) -> Finding:
    """Whether two claims from different claimants can both be true, in words."""
    if _meet(effective_bounds(a), effective_bounds(b)):
        return codes.finding(
            codes.CLAIMS_AGREE,
            f"{_who(a)} and {_who(b)} agree: {_figure(a)} and {_figure(b)} can both be true",
            [a.id, b.id],
        )
    floor, other = (a, b) if a.method is ClaimMethod.DOCUMENTED_MINIMUM else (b, a)
    if floor.method is ClaimMethod.DOCUMENTED_MINIMUM:
        return codes.finding(
            codes.BELOW_DOCUMENTED_MINIMUM,
            f"{_who(other)} contradicts {_who(floor)}: {_figure(other)} is below the "
            f"{floor.count.low:,} that {_who(floor)} documented as a minimum "
            f"({_figure(floor)})",
            [other.id, floor.id],
        )
    return codes.finding(
        codes.CLAIMS_CONTRADICT,
        f"{_who(a)} and {_who(b)} contradict each other: {_figure(a)} and {_figure(b)} "
        "cannot both be true",
        [a.id, b.id],
    )


def _no_consensus(camps: list[list[CasualtyClaim]], bounds: dict[int, Bounds]) -> Finding:
    described = []
    for camp in camps:
        low, high = _camp_bounds(camp, bounds)
        span = Count(low, high, None, Qualifier.RANGE).bounds_text()
        described.append(f"{and_list(list(dict.fromkeys(_who(c) for c in camp)))} ({span})")
    return codes.finding(
        codes.NO_CONSENSUS,
        f"no consensus: {plural(len(camps), 'camp')} of {plural(len(camps[0]), 'claim')} each "
        f"cannot all be true together: {'; '.join(described)}; the envelope spans them all",
        [c.id for camp in camps for c in camp],
    )


def _outlier(
    claim: CasualtyClaim,
    consensus: list[CasualtyClaim],
    envelope: Bounds,
    bounds: dict[int, Bounds],
) -> Finding:
    span = Count(envelope[0], envelope[1], None, Qualifier.RANGE).bounds_text()
    low, high = bounds[id(claim)]
    reading = ""
    if (low, high) != (claim.count.low, claim.count.high):
        reading = f", read as {Count(low, high, None, Qualifier.RANGE).bounds_text()},"
    others = and_list(list(dict.fromkeys(_who(c) for c in consensus)))
    return codes.finding(
        codes.OUTLIER,
        f"{_who(claim)} is an outlier: {_figure(claim)}{reading} cannot be true "
        f"if the consensus {span} of {others} is",
        [claim.id],
    )


def _who(claim: CasualtyClaim) -> str:
    source = claim.claimant
    if source.party is not None and source.party.code not in source.name:
        return f"{source.name} ({source.party.code})"
    return source.name


_METHOD_WORDS = {
    ClaimMethod.OFFICIAL_STATEMENT: "official",
    ClaimMethod.DOCUMENTED_MINIMUM: "documented minimum",
    ClaimMethod.STATISTICAL_ESTIMATE: "statistical estimate",
    ClaimMethod.INTELLIGENCE_ESTIMATE: "intelligence estimate",
    ClaimMethod.MEDIA_ESTIMATE: "media estimate",
    ClaimMethod.UNSPECIFIED: "method not stated",
}


def _figure(claim: CasualtyClaim) -> str:
    method = _METHOD_WORDS.get(claim.method, claim.method.value)
    return f"{claim.count} ({method}, as of {claim.as_of})"


def _describe(claim: CasualtyClaim) -> str:
    quoted = f'"{claim.quotes[0].text}", read as ' if claim.quotes else ""
    caveats = f"; caveat: {'; '.join(claim.caveats)}" if claim.caveats else ""
    return f"{_who(claim)}: {quoted}{_figure(claim)}{caveats}"
