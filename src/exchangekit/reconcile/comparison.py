"""Comparing casualty claims: which are comparable, who agrees, who contradicts, and the consensus.

Claims are grouped by whose losses they count, what they count and their
scope, so killed is never set against total losses and a running total is
never set against one incident. Within a group, each claim's figure is read
as an interval of what may be true; a documented minimum is read as a floor
only. A camp is a largest set of claims that can all be true at once; there
is a consensus only when one camp holds more than half of the claims and no
other camp is as large, and only then are the claims outside it outliers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta

import attrs

from exchangekit.counts import Count
from exchangekit.findings import Finding
from exchangekit.models import CasualtyClaim, Dataset, _claim_id
from exchangekit.parties import Party
from exchangekit.periods import Period
from exchangekit.reconcile import codes
from exchangekit.reconcile._arguments import PartyFilter, ReconcileError, resolve_window
from exchangekit.reconcile._text import and_list, plural
from exchangekit.reconcile.event_sums import event_sums
from exchangekit.reconcile.standpoints import (
    Standpoint,
    default_belligerents,
    resolve_belligerents,
    standpoint,
)
from exchangekit.vocabulary import CasualtyCategory, ClaimMethod, ClaimScope, Population, Qualifier

__all__ = ["DEFAULT_WINDOW", "Camp", "ClaimGroup", "Comparison", "compare", "effective_bounds"]

DEFAULT_WINDOW = timedelta(days=92)
"""Claims stated within about one quarter of each other are taken to describe the same moment."""

Bounds = tuple[int, int | None]


def _claims(value: Iterable[CasualtyClaim]) -> tuple[CasualtyClaim, ...]:
    return tuple(value)


def _findings(value: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(value)


def _groups(value: Iterable[ClaimGroup]) -> tuple[ClaimGroup, ...]:
    return tuple(value)


def _camp_tuple(value: Iterable[Camp]) -> tuple[Camp, ...]:
    return tuple(value)


def _standpoints(value: Iterable[Standpoint]) -> tuple[Standpoint, ...]:
    return tuple(value)


def _codes(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(value)))


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
    """Who is speaking: the party the claimant speaks for, or an independent source's identity.

    Identity comes from :mod:`exchangekit.sources`, so two spellings of one
    body ("BBC Russian and Mediazona", "BBC News Russian and Mediazona") are
    one claimant and never agree with themselves; a known body's party counts
    even when the record does not name it.
    """
    identity = claim.claimant.identity
    return identity.party if identity.party is not None else identity.key


@attrs.frozen
class Camp:
    """A largest set of claims that can all be true at once, and what they leave possible together.

    ``envelope`` runs from the highest floor to the lowest ceiling among
    ``claims`` (``floor_from`` and ``ceiling_from`` are the claims that set
    those bounds); no claim outside the camp meets it.
    """

    claims: tuple[CasualtyClaim, ...] = attrs.field(converter=_claims)
    envelope: Count
    floor_from: tuple[CasualtyClaim, ...] = attrs.field(converter=_claims)
    ceiling_from: tuple[CasualtyClaim, ...] = attrs.field(converter=_claims)

    def __str__(self) -> str:
        return f"{self.envelope} ({and_list(_speakers(self.claims))})"


@attrs.frozen
class ClaimGroup:
    """Claims that count the same thing: their camps, their consensus if any, and what was found.

    ``camps`` are the largest sets of claims that can all be true at once,
    ordered from the lowest figures to the highest; every claim is in at
    least one. There is a **consensus** when one camp holds more than half
    of the claims and no other camp is as large: ``consensus`` is that
    camp's claims, ``envelope`` its :class:`~exchangekit.Count` (from the
    highest floor to the lowest ceiling among them; ``floor_from`` and
    ``ceiling_from`` set those bounds), and ``outliers`` are the other claims,
    none of which can be true if the consensus is. Without a consensus,
    ``envelope`` is ``None``, ``consensus``, ``floor_from``, ``ceiling_from``
    and ``outliers`` are empty, and no claim is called an outlier: nobody can
    say which camp is right. ``extent`` is merely how far the claims range,
    from the lowest floor to the highest ceiling; it is not a consensus.
    ``standpoints[i]`` says who ``claims[i]`` speaks for. For running totals
    everything is for ``as_of``, the latest date in the group. ``population``
    says whose dead the claims count: claims of different populations are
    never in one group.
    """

    subject: Party
    category: CasualtyCategory
    scope: ClaimScope
    covers: Period | None
    as_of: Period
    claims: tuple[CasualtyClaim, ...] = attrs.field(converter=_claims)
    envelope: Count | None
    consensus: tuple[CasualtyClaim, ...] = attrs.field(converter=_claims)
    floor_from: tuple[CasualtyClaim, ...] = attrs.field(converter=_claims)
    ceiling_from: tuple[CasualtyClaim, ...] = attrs.field(converter=_claims)
    outliers: tuple[CasualtyClaim, ...] = attrs.field(converter=_claims)
    findings: tuple[Finding, ...] = attrs.field(converter=_findings)
    camps: tuple[Camp, ...] = attrs.field(converter=_camp_tuple)
    extent: Count
    standpoints: tuple[Standpoint, ...] = attrs.field(converter=_standpoints)
    population: Population = Population.COMBATANTS

    @property
    def title(self) -> str:
        """What the group counts, in words: "UKR killed (running total)"."""
        what = self.category.value.replace("_", " ")
        if self.population is not Population.COMBATANTS:
            what += f", {self.population.value}"
        if self.scope is ClaimScope.CUMULATIVE:
            return f"{self.subject.code} {what} (running total)"
        return f"{self.subject.code} {what} ({self.scope.value}, {self.covers})"

    @property
    def agreed_floor(self) -> int:
        """A floor whichever camp is right: the consensus floor, else the lowest camp's."""
        return _agreed_floor(self)[0]

    def standpoint_of(self, claim: CasualtyClaim) -> Standpoint:
        """The standpoint of ``claim``, one of this group's claims."""
        for member, seen_from in zip(self.claims, self.standpoints, strict=True):
            if member is claim or member == claim:
                return seen_from
        raise KeyError(f"claim {claim.id} is not in the group {self.title}")

    def __str__(self) -> str:
        lines = [self.title]
        lines.extend(
            f"  - {_describe(c, s)}" for c, s in zip(self.claims, self.standpoints, strict=True)
        )
        if self.envelope is None:
            lines.append(
                f"  no consensus as of {self.as_of}: the claims split into "
                f"{plural(len(self.camps), 'camp')} that cannot all be true together"
            )
            lines.extend(f"    camp {n}: {camp}" for n, camp in enumerate(self.camps, 1))
            lines.append(f"  claims range from {_range_words(self.extent)} (not a consensus)")
        elif len(self.claims) == 1:
            lines.append(f"  envelope as of {self.as_of}: {self.envelope} (a single claim)")
        else:
            lines.append(
                f"  consensus as of {self.as_of}: {self.envelope}"
                + _set_by(self.envelope, self.floor_from, self.ceiling_from)
            )
        if self.outliers:
            lines.append(f"  outliers: {and_list([_who(c) for c in self.outliers])}")
        lines.extend(f"  {f}" for f in self.findings)
        return "\n".join(lines)


def _speakers(claims: Iterable[CasualtyClaim]) -> list[str]:
    return list(dict.fromkeys(_who(c) for c in claims))


def _range_words(extent: Count) -> str:
    if extent.high is None:
        return f"{extent.low:,} upward, with no ceiling"
    return f"{extent.low:,} to {extent.high:,}"


def _set_by(
    envelope: Count, floor_from: Sequence[CasualtyClaim], ceiling_from: Sequence[CasualtyClaim]
) -> str:
    floor = and_list(_speakers(floor_from))
    ceiling = and_list(_speakers(ceiling_from))
    if envelope.high is None:
        return f" (floor set by {floor}; no ceiling)"
    if floor == ceiling:
        return f" (set by {floor})"
    return f" (floor set by {floor}, ceiling by {ceiling})"


def _agreed_floor(group: ClaimGroup) -> tuple[int, tuple[CasualtyClaim, ...]]:
    """The consensus floor and who set it; without a consensus, the lowest camp's floor."""
    if group.envelope is not None:
        return group.envelope.low, group.floor_from
    lowest = group.camps[0]  # camps are ordered by their floors
    return lowest.envelope.low, lowest.floor_from


@attrs.frozen
class Comparison:
    """The result of :func:`compare`: one :class:`ClaimGroup` per thing counted.

    ``belligerents`` are the codes of the parties taken to be at war, which
    decide each claim's :class:`~exchangekit.reconcile.Standpoint`.
    """

    groups: tuple[ClaimGroup, ...] = attrs.field(converter=_groups)
    window: timedelta = DEFAULT_WINDOW
    belligerents: tuple[str, ...] = attrs.field(default=(), converter=_codes)

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every group's findings, group by group."""
        return tuple(f for g in self.groups for f in g.findings)

    def group(
        self,
        subject: Party | str,
        category: CasualtyCategory,
        scope: ClaimScope = ClaimScope.CUMULATIVE,
        population: Population = Population.COMBATANTS,
    ) -> ClaimGroup:
        """The first group for ``subject`` (party or code), category, scope and population."""
        code = subject.code if isinstance(subject, Party) else subject
        wanted = (code, category, scope, population)
        for g in self.groups:
            if (g.subject.code, g.category, g.scope, g.population) == wanted:
                return g
        raise KeyError(
            f"no claims about {code} {category.value}, {population.value} ({scope.value})"
        )

    def __str__(self) -> str:
        return "\n\n".join(str(g) for g in self.groups) or "no claims to compare"


def compare(
    claims: Iterable[CasualtyClaim] | Dataset,
    *,
    window: timedelta | int = DEFAULT_WINDOW,
    belligerents: PartyFilter = None,
    sum_events: bool = False,
) -> Comparison:
    """Group comparable claims and say who agrees, who contradicts whom, and the consensus if any.

    Claims are comparable when they count the same ``subject``, ``category``
    and ``scope`` (and, for incident and period figures, cover the same span);
    running totals are compared only when stated within ``window`` (a
    ``timedelta`` or days, default 92) of each other. ``belligerents`` (parties,
    codes or names) are the parties to the conflict, which decide whether a
    claim is a self-report, an adversary's claim or independent; by default
    they are the subjects of the claims and, for a :class:`~exchangekit.Dataset`,
    the senders and receivers of its exchanges. Claims are never changed, and
    floors are never added to estimates. With ``sum_events``, incident and
    period figures of the same subject, category and population
    are added up over each running total's span and set beside it as a
    derived claim (see :func:`~exchangekit.reconcile.event_sums`).

    :param claims: The casualty claims to compare, or a dataset (its claims are used).
    :param window: How far apart two running totals may be stated and still be
        compared: a ``timedelta``, or a number of days.
    :param belligerents: The parties to the conflict (parties, codes or names);
        by default the subjects of the claims and the parties to a dataset's exchanges.
    :param sum_events: Whether to set sums of event figures beside running totals.
    :raises ~exchangekit.reconcile.ReconcileError: For something that is not a
        claim among ``claims``, or a negative ``window``.
    """
    span = resolve_window(window)
    if isinstance(claims, CasualtyClaim):
        raise ReconcileError("claims", "expected several claims; wrap one in a list")
    chosen = resolve_belligerents(belligerents)
    dataset = claims if isinstance(claims, Dataset) else None
    records = list(claims.claims if isinstance(claims, Dataset) else claims)
    if sum_events and all(isinstance(c, CasualtyClaim) for c in records):
        records.extend(event_sums(records))
    grouped: dict[_Key, list[tuple[int, CasualtyClaim]]] = {}
    for position, claim in enumerate(records):
        if not isinstance(claim, CasualtyClaim):
            raise ReconcileError(
                "claims", f"item {position} is a {type(claim).__name__}, not a CasualtyClaim"
            )
        covers = None if claim.scope is ClaimScope.CUMULATIVE else claim.covers
        key = (
            claim.subject.code,
            list(CasualtyCategory).index(claim.category),
            list(Population).index(claim.population),
            list(ClaimScope).index(claim.scope),
            covers,
            _event_id(claim),
        )
        grouped.setdefault(key, []).append((position, claim))
    warring = default_belligerents(records, dataset) if chosen is None else chosen

    def order(key: _Key) -> tuple[object, ...]:
        covers = key[4]
        return (
            *key[:4],
            covers is not None,
            covers.start if covers else None,
            str(covers),
            key[5] or "",
        )

    groups = [
        _group(
            [c for _, c in sorted(members, key=lambda m: (m[1].as_of.start, m[1].as_of.end, m[0]))],
            key[4],
            span,
            warring,
        )
        for key, members in sorted(grouped.items(), key=lambda item: order(item[0]))
    ]
    return Comparison(_with_joint_findings(groups, span, warring), span, warring)


GroupKey = tuple[str, CasualtyCategory, Population, ClaimScope, Period | None]
_Key = tuple[str, int, int, int, Period | None, str | None]


def _event_id(claim: CasualtyClaim) -> str | None:
    """The id of an incident or period figure that has one of its own, as data sets' events do.

    Two such events with the same figure on the same day are two events, not
    rival accounts of one, so they are never grouped together; an id derived
    from the content names no event, and claims with one group by what they state.
    """
    if claim.scope is ClaimScope.CUMULATIVE or claim.id == _claim_id(claim):
        return None
    return claim.id


def _key(group: ClaimGroup) -> GroupKey:
    return group.subject.code, group.category, group.population, group.scope, group.covers


def _with_joint_findings(
    groups: list[ClaimGroup], window: timedelta, belligerents: frozenset[str]
) -> list[ClaimGroup]:
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
                by_key.get((code, group.category, group.population, group.scope, group.covers))
                for code in members
            ]
            if all(g is not None for g in member_groups):
                known = [g for g in member_groups if g is not None]
                found = _joint_below_floors(group, known, window, belligerents)
        result.append(attrs.evolve(group, findings=[*group.findings, *found]) if found else group)
    return result


def _joint_below_floors(
    joint: ClaimGroup, members: list[ClaimGroup], window: timedelta, belligerents: frozenset[str]
) -> list[Finding]:
    found = []
    floors: dict[Period, list[tuple[int, tuple[CasualtyClaim, ...]]] | None] = {}
    for claim in joint.claims:
        high = effective_bounds(claim)[1]
        if high is None:
            continue
        if claim.as_of not in floors:
            floors[claim.as_of] = _member_floors(members, claim.as_of, window, belligerents)
        member_floors = floors[claim.as_of]
        if member_floors is None:
            continue
        total = sum(low for low, _ in member_floors)
        if high >= total:
            continue
        described = and_list(
            [
                f"{g.subject.code} ({_floor_words(low)} from "
                f"{and_list(list(dict.fromkeys(_floor_source(c) for c in set_by)))})"
                for g, (low, set_by) in zip(members, member_floors, strict=True)
            ]
        )
        found.append(
            codes.finding(
                codes.JOINT_BELOW_MEMBER_FLOORS,
                f"{_who(claim)} says at most {high:,} {joint.category.value.replace('_', ' ')} "
                f"on {joint.subject.code} together ({_figure(claim)}), but the separate floors "
                f"for {described} add up to at least {total:,}",
                [claim.id, *(c.id for _, set_by in member_floors for c in set_by)],
            )
        )
    return found


def _member_floors(
    members: list[ClaimGroup], as_of: Period, window: timedelta, belligerents: frozenset[str]
) -> list[tuple[int, tuple[CasualtyClaim, ...]]] | None:
    """Each member's agreed floor at ``as_of`` and who set it, or None if any has none above 0.

    The agreed floor is the consensus floor, or, for a member whose claims
    have no consensus, the lowest camp's floor, which holds whichever camp is
    right. A running total never falls, so a floor stated no later than
    ``as_of`` still holds then; one stated later may count losses that came
    after. Incident and period figures count a fixed span, so their date
    does not matter. A member's group is recomputed only when some of its
    claims are too late to count.
    """
    result = []
    for group in members:
        if group.scope is ClaimScope.CUMULATIVE and group.as_of.end > as_of.end:
            usable = [c for c in group.claims if c.as_of.end <= as_of.end]
            if not usable:
                return None
            group = _group(usable, group.covers, window, belligerents)
        low, set_by = _agreed_floor(group)
        if low <= 0:
            return None
        result.append((low, set_by))
    return result


def _floor_words(low: int) -> str:
    """A floor of at least ``low`` (always above 0 here) in the words sources use: "more than"."""
    return str(Count.more_than(low - 1))


def _floor_source(claim: CasualtyClaim) -> str:
    return f"{_who(claim)}, as of {claim.as_of}"


def _group(
    claims: list[CasualtyClaim],
    covers: Period | None,
    window: timedelta,
    belligerents: frozenset[str],
) -> ClaimGroup:
    first = claims[0]
    running = first.scope is ClaimScope.CUMULATIVE
    as_of = max((c.as_of for c in claims), key=lambda p: (p.end, p.start))
    findings: list[Finding] = []
    if running:
        findings.extend(_falls(claims))
    findings.extend(_pairs(claims, window if running else None))

    readings = [
        (c.count.low, None) if running and _gap(c.as_of, as_of) > window else effective_bounds(c)
        for c in claims
    ]
    member_sets = _camps(readings)
    camps = [_camp(claims, readings, members) for members in member_sets]
    chosen = _consensus_camp(member_sets, len(claims))
    standpoints = [standpoint(c, belligerents=belligerents) for c in claims]
    envelope: Count | None = None
    consensus: tuple[CasualtyClaim, ...] = ()
    floor_from: tuple[CasualtyClaim, ...] = ()
    ceiling_from: tuple[CasualtyClaim, ...] = ()
    outliers: list[CasualtyClaim] = []
    if chosen is None:
        findings.append(_no_consensus(camps, member_sets, len(claims)))
    else:
        camp = camps[chosen]
        envelope, consensus = camp.envelope, camp.claims
        floor_from, ceiling_from = camp.floor_from, camp.ceiling_from
        inside = set(member_sets[chosen])
        outliers = [c for i, c in enumerate(claims) if i not in inside]
        for i, c in enumerate(claims):
            if i not in inside:
                findings.append(_outlier(c, readings[i], camp))
        adversary = _adversary_consensus(camp, [standpoints[i] for i in member_sets[chosen]])
        if adversary is not None:
            findings.append(adversary)
    findings.extend(_undercounts(claims, standpoints, window if running else None))
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
        camps=camps,
        extent=_extent(claims, readings),
        standpoints=standpoints,
        population=first.population,
    )


def _camps(readings: Sequence[Bounds]) -> list[tuple[int, ...]]:
    """The camps, as positions into ``readings``: every largest set of readings that share a point.

    Intervals on a line that meet pairwise share a common point, so a camp is
    the set of readings that hold at some point and that no other point's
    set contains. Sweeping the bounds from low to high (a floor before a
    ceiling at the same value, as closed intervals touch), such a set is
    complete exactly when a ceiling follows a floor. The camps come out in
    order of their common part, which no two camps share.
    """
    events = sorted(
        [(low, 0, i) for i, (low, _) in enumerate(readings)]
        + [(high, 1, i) for i, (_, high) in enumerate(readings) if high is not None]
    )
    camps: list[tuple[int, ...]] = []
    holding: set[int] = set()
    opened = False
    for _, kind, i in events:
        if kind == 0:
            holding.add(i)
            opened = True
            continue
        if opened:
            camps.append(tuple(sorted(holding)))
        holding.discard(i)
        opened = False
    if opened:
        camps.append(tuple(sorted(holding)))
    return camps


def _consensus_camp(camps: Sequence[tuple[int, ...]], size: int) -> int | None:
    """Which camp is the consensus: the only largest one, holding more than half the claims."""
    largest = max(len(camp) for camp in camps)
    tied = [n for n, camp in enumerate(camps) if len(camp) == largest]
    if len(tied) == 1 and 2 * largest > size:
        return tied[0]
    return None


def _camp(
    claims: Sequence[CasualtyClaim], readings: Sequence[Bounds], members: Sequence[int]
) -> Camp:
    low = max(readings[i][0] for i in members)
    highs = [h for i in members if (h := readings[i][1]) is not None]
    high = min(highs) if highs else None
    return Camp(
        claims=[claims[i] for i in members],
        envelope=_as_count([claims[i] for i in members], low, high),
        floor_from=[claims[i] for i in members if readings[i][0] == low],
        ceiling_from=[] if high is None else [claims[i] for i in members if readings[i][1] == high],
    )


def _extent(claims: Sequence[CasualtyClaim], readings: Sequence[Bounds]) -> Count:
    low = min(r[0] for r in readings)
    highs = [r[1] for r in readings]
    high = None if None in highs else max(h for h in highs if h is not None)
    return _as_count(claims, low, high)


def _as_count(claims: Sequence[CasualtyClaim], low: int, high: int | None) -> Count:
    """``[low, high]`` as a claim's own count when one says exactly that, else as a plain range."""
    for c in claims:
        if (c.count.low, c.count.high) == (low, high):
            return c.count
    qualifier = Qualifier.EXACT if low == high else Qualifier.RANGE
    return Count(low, high, None, Qualifier.AT_LEAST if high is None else qualifier)


def _falls(claims: list[CasualtyClaim]) -> list[Finding]:
    """A claimant's later running total below its own earlier figure."""
    found = []
    by_claimant: dict[str, list[CasualtyClaim]] = {}
    for c in claims:  # already in order of as_of
        by_claimant.setdefault(_claimant_key(c), []).append(c)
    for own in by_claimant.values():
        # ids break ties, so which of two equal earlier figures is named never depends on order
        by_end = sorted(own, key=lambda c: (c.as_of.end, c.id))
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


def _no_consensus(camps: Sequence[Camp], members: Sequence[tuple[int, ...]], size: int) -> Finding:
    largest = max(len(m) for m in members)
    tied = sum(len(m) == largest for m in members)
    why = (
        f"the {tied} largest camps hold {plural(largest, 'claim')} each"
        if tied > 1
        else f"the largest camp holds {largest} of the {size} claims, not more than half"
    )
    described = "; ".join(str(camp) for camp in camps)
    return codes.finding(
        codes.NO_CONSENSUS,
        f"no consensus: the claims split into {len(camps)} camps that cannot all be true "
        f"together, and {why}: {described}; no claim is called an outlier",
        [c.id for camp in camps for c in camp.claims],
    )


def _outlier(claim: CasualtyClaim, reading: Bounds, consensus: Camp) -> Finding:
    span = consensus.envelope.bounds_text()
    described = ""
    if reading != (claim.count.low, claim.count.high):
        described = (
            f", read as {Count(reading[0], reading[1], None, Qualifier.RANGE).bounds_text()},"
        )
    others = and_list(_speakers(consensus.claims))
    return codes.finding(
        codes.OUTLIER,
        f"{_who(claim)} is an outlier: {_figure(claim)}{described} cannot be true "
        f"if the consensus {span} of {others} is",
        [claim.id],
    )


def _adversary_consensus(camp: Camp, standpoints: Sequence[Standpoint]) -> Finding | None:
    """The consensus when every claim in it comes from the subject's enemies, else None."""
    if any(s is not Standpoint.ADVERSARY for s in standpoints):
        return None
    who = and_list(_speakers(camp.claims))
    if len(camp.claims) == 1:
        what = f"the only figure, {_figure(camp.claims[0])}, is an adversary's claim by {who}"
    else:
        what = f"the consensus {camp.envelope} rests only on adversary claims, by {who}"
    return codes.finding(
        codes.ADVERSARY_ONLY_CONSENSUS,
        f"{what}; no self-report or independent source supports it",
        [c.id for c in camp.claims],
    )


def _undercounts(
    claims: Sequence[CasualtyClaim], standpoints: Sequence[Standpoint], window: timedelta | None
) -> list[Finding]:
    """Self-reports below an independent documented minimum that already held when they were made.

    For running totals a minimum stated earlier still holds later, but one
    stated more than ``window`` after the self-report may count later losses.
    Each self-report is set against the highest such minimum it falls below.
    """
    minimums = [
        c
        for c, s in zip(claims, standpoints, strict=True)
        if s is Standpoint.INDEPENDENT and c.method is ClaimMethod.DOCUMENTED_MINIMUM
    ]
    found = []
    for own, seen_from in zip(claims, standpoints, strict=True):
        high = effective_bounds(own)[1]
        if seen_from is not Standpoint.SELF_REPORT or high is None:
            continue
        above = [
            m
            for m in minimums
            if m.count.low > high and (window is None or m.as_of.start - own.as_of.end <= window)
        ]
        if not above:
            continue
        floor = max(above, key=lambda m: m.count.low)
        found.append(
            codes.finding(
                codes.SELF_REPORT_BELOW_INDEPENDENT_MINIMUM,
                f"{_who(own)} reports {_figure(own)} on its own side, below the "
                f"{floor.count.low:,} that {_who(floor)}, an independent source, documented "
                f"as a minimum ({_figure(floor)}): the self-report is an undercount",
                [own.id, floor.id],
            )
        )
    return found


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


def _describe(claim: CasualtyClaim, seen_from: Standpoint) -> str:
    quoted = f'"{claim.quotes[0].text}", read as ' if claim.quotes else ""
    caveats = f"; caveat: {'; '.join(claim.caveats)}" if claim.caveats else ""
    return f"{_who(claim)}, {seen_from.words}: {quoted}{_figure(claim)}{caveats}"
