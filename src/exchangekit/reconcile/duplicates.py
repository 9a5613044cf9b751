"""Merging several reports of one exchange, or of one claim, into one record that keeps everything.

Reports are duplicates when they are of the same kind, between the same set
of parties, at overlapping dates, and their content is compatible. Candidates
are found by sort-and-sweep (sort by kind, party set and start date; compare
each report only with the still-open reports before it), not by comparing
all pairs, so large datasets merge in close to linear time.

Claim records are duplicates when they state the same figure about the same
losses at the same dates by the same method, and their claimants are one
source by identity (:mod:`exchangekit.sources`), however each spelled it.
They are grouped by that key in one pass.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, Final, Literal, TypeVar

import attrs

from exchangekit._collector import collector_paused
from exchangekit.counts import Count
from exchangekit.findings import Finding
from exchangekit.models import CasualtyClaim, Dataset, Exchange, Quote, Source, Transfer, _claim_id
from exchangekit.models import distinct_sources as _distinct_sources
from exchangekit.parties import Party
from exchangekit.periods import Period
from exchangekit.reconcile import codes
from exchangekit.reconcile._arguments import ReconcileError
from exchangekit.reconcile._ids import exchange_id
from exchangekit.reconcile._text import and_list, plural
from exchangekit.sources import DEFAULT_SOURCES, SourceIdentity, SourceRegistry
from exchangekit.vocabulary import ClaimScope, Qualifier

__all__ = [
    "CLAIM_PROVENANCE_FIELDS",
    "FINDING_STYLES",
    "FindingStyle",
    "MergeResult",
    "duplicate_key",
    "merge_duplicate_claims",
    "merge_duplicates",
]

FindingStyle = Literal["pairs", "grouped"]
"""How :func:`merge_duplicates` words clashes and overlaps: one finding per pair, or per cluster."""

FINDING_STYLES: Final = ("pairs", "grouped")
"""The accepted values of ``merge_duplicates(..., findings=...)``, the default first."""

Direction = tuple[str, str, str]
"""A leg as its sender code, receiver code and category value: strings hash without Python code."""
_Key = tuple[str, tuple[str, ...]]
_Member = tuple[int, Exchange]
_R = TypeVar("_R", Exchange, CasualtyClaim)


def _exchange_tuple(value: Iterable[Exchange]) -> tuple[Exchange, ...]:
    return tuple(value)


def _claim_tuple(value: Iterable[CasualtyClaim]) -> tuple[CasualtyClaim, ...]:
    return tuple(value)


def _finding_tuple(value: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(value)


def _merge_tuple(
    value: Iterable[tuple[str, tuple[str, ...]]],
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((merged, tuple(originals)) for merged, originals in value)


@attrs.frozen
class MergeResult:
    """What :func:`merge_duplicates` made: the exchanges and claims after merging, and findings.

    ``exchanges`` and ``claims`` keep the order of the input (a merged record
    stands where its earliest duplicate stood); unmerged records are the very
    same objects. ``merges`` pairs each merged record's id with the ids it
    was made from.
    """

    exchanges: tuple[Exchange, ...] = attrs.field(converter=_exchange_tuple)
    findings: tuple[Finding, ...] = attrs.field(converter=_finding_tuple)
    merges: tuple[tuple[str, tuple[str, ...]], ...] = attrs.field(
        default=(), converter=_merge_tuple
    )
    claims: tuple[CasualtyClaim, ...] = attrs.field(default=(), converter=_claim_tuple)

    @property
    def merged_from(self) -> Mapping[str, tuple[str, ...]]:
        """For each merged record's id, the ids of the reports it was made from."""
        return dict(self.merges)

    def __str__(self) -> str:
        counted = plural(len(self.exchanges), "exchange")
        if self.claims:
            counted += f" and {plural(len(self.claims), 'claim')}"
        lines = [
            f"{counted} after merging {plural(len(self.merges), 'group')} of duplicate reports"
        ]
        lines.extend(f"  {f}" for f in self.findings)
        return "\n".join(lines)


@attrs.define
class _Node:
    """Reports known to be one exchange so far, with what they say together.

    ``bounds`` holds each direction's combined count as plain ``(low, high)``
    numbers (an open ceiling as infinity), keyed by strings, so that the
    sweep's many comparisons hash no enum and call no method. ``clashes``
    names the directions whose counts could not all be true (their combined
    count is the hull), so that merging these very reports need not combine
    them again.
    """

    members: list[_Member]
    key: _Key
    start: date
    end: date
    counts: dict[Direction, Count]
    bounds: dict[Direction, tuple[int, float]]
    clashes: list[Direction]

    @classmethod
    def of(cls, members: list[_Member], key: _Key) -> _Node:
        by_direction: dict[Direction, list[Count]] = {}
        for _, exchange in members:
            for t in exchange.transfers:
                # The category's value read directly: ``.value`` is a Python-level descriptor.
                direction = (t.sender.code, t.receiver.code, t.category._value_)
                found = by_direction.get(direction)
                if found is None:
                    by_direction[direction] = [t.count]
                else:
                    found.append(t.count)
        if len(members) == 1:
            period = members[0][1].period
            start, end = period.start, period.end
        else:
            start = max(e.period.start for _, e in members)
            end = min(e.period.end for _, e in members)
        counts: dict[Direction, Count] = {}
        bounds: dict[Direction, tuple[int, float]] = {}
        clashes: list[Direction] = []
        for direction, found in by_direction.items():
            if len(found) == 1:
                count = found[0]
            else:
                count, clash = _combine(found)
                if clash:
                    clashes.append(direction)
            counts[direction] = count
            high = count.high
            bounds[direction] = (count.low, math.inf if high is None else high)
        return cls(members, key, start, end, counts, bounds, clashes)


def _combine(counts: Sequence[Count]) -> tuple[Count, bool]:
    """Counts of one direction together: their common part, or (conflict) their hull."""
    low = max(c.low for c in counts)
    highs = [c.high for c in counts if c.high is not None]
    high = min(highs) if highs else None
    if high is not None and high < low:
        return _hull(counts), True
    for c in counts:  # Keep a report's own wording when its interval is the common part.
        if (c.low, c.high) == (low, high):
            return c, False
    meet = counts[0]
    for c in counts[1:]:
        narrowed = meet.intersection(c)
        assert narrowed is not None  # every pair overlaps once the bounds do
        meet = narrowed
    return meet, False


def _hull(counts: Sequence[Count]) -> Count:
    """``counts[0].hull(counts[1]).hull(...)``, built once instead of once per step.

    Folding :meth:`Count.hull` keeps a qualifier and a best figure only while
    every count so far equals the first (or shares its best), so the result
    is the first count when all are equal, and otherwise the range from the
    lowest floor to the highest ceiling, with the best figure they all share.
    """
    first = counts[0]
    if all(c == first for c in counts):
        return first
    highs = [c.high for c in counts]
    bests = {c.best for c in counts}
    return Count(
        min(c.low for c in counts),
        None if None in highs else max(h for h in highs if h is not None),
        first.best if len(bests) == 1 else None,
        Qualifier.RANGE,
    )


class _Components:
    """Union-find over node positions."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        """Each position's parent; a root is its own parent and the smallest of its component."""

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def duplicate_key(record: Exchange | CasualtyClaim) -> tuple[str, ...]:
    """A key :func:`merge_duplicates` never looks across: partition by it to merge in parallel.

    Two records with different keys are never merged, nor named together in
    a finding: exchanges are only compared within one kind and one set of
    parties, claims within one subject and category. So merging each group
    of records that share a key, separately and in any order, gives the same
    records and findings as merging them all at once; only the order of the
    output depends on how the groups are put back together.

    :raises ~exchangekit.reconcile.ReconcileError: For anything but an exchange or a claim.
    """
    if isinstance(record, Exchange):
        kind, parties = _key(record)
        return ("exchange", kind, *parties)
    if isinstance(record, CasualtyClaim):
        return ("claim", record.subject.code, record.category.value)
    raise ReconcileError("record", f"{type(record).__name__} is not an Exchange or a CasualtyClaim")


def merge_duplicates(
    exchanges: Iterable[Exchange | CasualtyClaim] | Dataset,
    *,
    across_precision: bool = True,
    registry: SourceRegistry | None = None,
    findings: FindingStyle = "pairs",
) -> MergeResult:
    """Merge reports of one exchange or one claim; keep every source, quote, note and caveat.

    Same-day reports of the same kind between the same parties are one
    exchange: each direction's counts merge to what they have in common, or,
    when they cannot both be true, to their hull with a
    ``conflicting-counts`` error. A report dated only to a week, month or
    span joins others only when they share a direction and every shared
    count agrees, with a ``merged-on-coarse-date`` warning (set
    ``across_precision=False`` to never do that); if it agrees with reports
    that cannot all be one exchange, nothing is merged and the finding is
    ``ambiguous-duplicate``. Merging goes on until nothing more merges (an
    exchange merged from loosely dated reports may be dated to a day, or
    given a hull of clashing counts, that makes it one with another report),
    so merging the result again merges nothing more.

    Claims among the records (a dataset's ``claims``, or claims mixed into
    the iterable) are merged by :func:`merge_duplicate_claims`, telling
    sources apart with ``registry`` (default: the built-in one).

    :param exchanges: The exchange reports to merge, or a dataset (its exchanges are used).
    :param across_precision: Whether a report dated only to a week, month or span
        may be merged with reports dated more precisely.
    :param registry: The source registry that tells sources apart when claims
        are merged; by default the built-in one.
    :param findings: ``"pairs"`` (the default) gives one ``conflicting-counts``
        finding per pair of clashing reports and one ``possible-duplicate`` per
        pair of overlapping ones, so their number can grow with the square of
        the reports of one day. ``"grouped"`` gives one finding per merged
        direction and one per cluster of overlapping reports, naming every
        member and every value; where only two reports are involved it is the
        pairwise finding, word for word. The command line and reports use it.
    :raises ~exchangekit.reconcile.ReconcileError: For something that is not an
        exchange among ``exchanges``, or an unknown ``findings``.
    """
    if findings not in FINDING_STYLES:
        raise ReconcileError(
            "findings",
            f"{findings!r} is not a finding style; use one of "
            f"{', '.join(repr(style) for style in FINDING_STYLES)}",
        )
    if isinstance(exchanges, Exchange | CasualtyClaim):
        raise ReconcileError("exchanges", "expected several exchanges; wrap one in a list")
    if isinstance(exchanges, Dataset):
        records: list[Exchange] = list(exchanges.exchanges)
        claims: list[CasualtyClaim] = list(exchanges.claims)
    else:
        records, claims = _split(exchanges)
    with collector_paused():
        merged = _merge_exchanges(records, across_precision, grouped=findings == "grouped")
    if not claims:
        return merged
    of_claims = merge_duplicate_claims(claims, registry=registry)
    return MergeResult(
        merged.exchanges,
        (*merged.findings, *of_claims.findings),
        (*merged.merges, *of_claims.merges),
        of_claims.claims,
    )


def _split(
    records: Iterable[Exchange | CasualtyClaim],
) -> tuple[list[Exchange], list[CasualtyClaim]]:
    """The exchanges and the claims of a mixed iterable, in order; anything else is named."""
    exchanges: list[Exchange] = []
    claims: list[CasualtyClaim] = []
    for position, record in enumerate(records):
        if isinstance(record, Exchange):
            exchanges.append(record)
        elif isinstance(record, CasualtyClaim):
            claims.append(record)
        else:
            raise ReconcileError(
                "exchanges",
                f"item {position} is a {type(record).__name__}, not an Exchange or a CasualtyClaim",
            )
    return exchanges, claims


def _merge_exchanges(
    records: list[Exchange], across_precision: bool, *, grouped: bool = False
) -> MergeResult:
    """The exchange half of :func:`merge_duplicates`."""
    findings: list[Finding] = []
    unique = _drop_repeats(records, findings)

    # Sorted by key, start, end and position (positions differ, so nothing after is compared).
    decorated = sorted(
        [(*key, e.period.start, e.period.end, p, key, e) for p, e in unique for key in (_key(e),)]
    )
    keyed = [(key, (p, e)) for _, _, _, _, p, key, e in decorated]
    nodes = _same_day_nodes(keyed)
    components = _Components(len(nodes))
    overlapping = _sweep(nodes, components, across_precision)
    settled = _Settled(nodes, components, overlapping, across_precision)

    # Each outcome's reports, and the node they are when they are exactly one node.
    outcomes: list[tuple[list[_Member], _Node | None]] = []
    for units in settled.components():
        if len(units) > 1:
            ids = [e.id for i in sorted(i for u in units for i in u) for _, e in nodes[i].members]
            findings.append(
                codes.finding(
                    codes.AMBIGUOUS_DUPLICATE,
                    f"{and_list(ids)} agree in pairs but cannot all be one exchange "
                    "(their dates or counts do not meet); none of them was merged with another",
                    ids,
                )
            )
        outcomes.extend(
            (list(nodes[unit[0]].members), nodes[unit[0]])
            if len(unit) == 1
            else ([m for i in unit for m in nodes[i].members], None)
            for unit in units
        )

    unit_of = settled.unit_of
    if grouped:
        findings.extend(_possible_duplicate_clusters(nodes, overlapping, unit_of))
    else:
        findings.extend(
            _possible_duplicate(nodes[a].members[0][1], nodes[b].members[0][1])
            for a, b in overlapping
            if unit_of[a] != unit_of[b]
        )

    results: list[tuple[int, Exchange]] = []
    merges: list[tuple[str, tuple[str, ...]]] = []
    for outcome, node in outcomes:
        if len(outcome) == 1:
            results.append(outcome[0])
            continue
        if node is None:
            outcome.sort(key=lambda m: m[0])
        merged = _merge(outcome, findings, grouped, node)
        results.append((outcome[0][0], merged))
        merges.append((merged.id, tuple(e.id for _, e in outcome)))
    results.sort(key=lambda r: r[0])
    return MergeResult((e for _, e in results), findings, merges)


class _Settled:
    """Which nodes end up as one exchange: the first pass's components, merged to a fixpoint.

    A unit is a set of node positions that becomes one exchange (listed by its
    smallest position); a component is a set of units linked by the rules,
    merged into one unit when they can all be one exchange and otherwise kept
    apart (ambiguous). One pass is not always enough: a merged exchange may
    be dated to a single day when none of its reports was (a week and a
    two-day span that meet on one day), which makes it one exchange with that
    day's other reports, and a merged count that had to become a hull of
    clashing figures is wider than its parts and may agree with more. So the
    units merged in a pass that could match anything new are examined again,
    with the reports they could meet, until nothing merges; merging the
    result again merges nothing more.
    """

    def __init__(
        self,
        nodes: list[_Node],
        first_pass: _Components,
        overlapping: list[tuple[int, int]],
        across: bool,
    ) -> None:
        self.nodes = nodes
        self.across = across
        self.overlapping = overlapping
        self.unit_of = list(range(len(nodes)))
        """For each node, the smallest node position of the unit it ends up in."""
        self.units: dict[int, list[int]] = {}
        self.component_of: dict[int, int] = {}
        self.members: dict[int, list[int]] = {}  # component -> its units, by smallest position
        self.first_component: dict[int, list[int]] = {}
        self.unit_nodes: dict[int, _Node] = {}
        self.partners: dict[int, list[int]] | None = None
        self.first_of: dict[int, int] = {}

        find = first_pass.find
        for i in range(len(nodes)):
            self.first_component.setdefault(find(i), []).append(i)
        fresh: list[int] = []
        for root, positions in self.first_component.items():
            merged = len(positions) > 1 and _one_exchange([nodes[i] for i in positions])
            units = [positions] if merged else [[i] for i in positions]
            self._place(root, units)
            if merged and self._may_match_more(positions, [nodes[i] for i in positions]):
                fresh.append(root)
        while fresh:
            fresh = self._again(fresh)

    def components(self) -> list[list[list[int]]]:
        """Each component's units (node positions), components and units by smallest position."""
        return [[self.units[u] for u in self.members[c]] for c in sorted(self.members)]

    def _place(self, component: int, units: list[list[int]]) -> None:
        """Record ``units`` (lists of node positions, in order) as one component."""
        ids = []
        for unit in units:
            first = unit[0]
            ids.append(first)
            self.units[first] = unit
            self.component_of[first] = component
            for i in unit:
                self.unit_of[i] = first
        self.members[component] = ids

    def _node(self, unit: int) -> _Node:
        """What a unit says together, as a node (the node itself for a unit of one)."""
        positions = self.units[unit]
        if len(positions) == 1:
            return self.nodes[unit]
        node = self.unit_nodes.get(unit)
        if node is None:
            members = [m for i in positions for m in self.nodes[i].members]
            node = self.unit_nodes[unit] = _Node.of(members, self.nodes[unit].key)
        return node

    def _may_match_more(self, positions: list[int], parts: list[_Node]) -> bool:
        """Whether a unit just merged from ``parts`` could be linked to something none of them was.

        Only two things can: the unit is dated to a single day that none of
        its parts was (and so is one exchange with that day's reports), or a
        count of it is not within the same direction's count of every part
        (a hull of clashing figures), so it may agree where they did not.
        Anything that agrees with a narrower count agreed with each part.
        """
        unit = self._node(positions[0])
        if unit.start == unit.end and all(p.start != p.end for p in parts):
            return True
        for direction, (low, high) in unit.bounds.items():
            for part in parts:
                bounds = part.bounds.get(direction)
                if bounds is not None and (low < bounds[0] or high > bounds[1]):
                    return True
        return False

    def _again(self, fresh: list[int]) -> list[int]:
        """One more pass over the units that could meet a ``fresh`` unit; the new fresh units.

        A unit's dates lie within each of its nodes' dates, so whatever
        overlaps a unit in time overlapped each of its nodes, and the first
        pass compared those: it is in that node's first component or among
        its uncorroborated overlaps. Those units and the components they are
        in are merged again together, as if alone; nothing outside them links
        to them.
        """
        if self.partners is None:
            self.partners = {}
            for a, b in self.overlapping:
                self.partners.setdefault(a, []).append(b)
                self.partners.setdefault(b, []).append(a)
            self.first_of = {i: root for root, ps in self.first_component.items() for i in ps}
        touched: set[int] = set()
        for unit in fresh:
            node = self.units[unit][0]
            near = [*self.first_component[self.first_of[node]], *self.partners.get(node, ())]
            touched.update(self.component_of[self.unit_of[i]] for i in (node, *near))
        region = sorted(u for c in touched for u in self.members.pop(c))

        placed = sorted((n.key, n.start, n.end, u) for u in region for n in (self._node(u),))
        # Units of one kind, party set and single day are one exchange, as reports are.
        joined: list[list[int]] = []
        placed_key: tuple[_Key, date, date] | None = None
        for key, start, end, unit in placed:
            if joined and start == end and (key, start, end) == placed_key:
                joined[-1].append(unit)
                continue
            joined.append([unit])
            placed_key = (key, start, end)
        nodes = [
            self._node(group[0])
            if len(group) == 1
            else _Node.of(
                [m for u in group for i in self.units[u] for m in self.nodes[i].members],
                self._node(group[0]).key,
            )
            for group in joined
        ]
        links = _Components(len(nodes))
        _sweep(nodes, links, self.across)
        by_root: dict[int, list[int]] = {}
        for k in range(len(nodes)):
            by_root.setdefault(links.find(k), []).append(k)
        fresh_again: list[int] = []
        for ks in by_root.values():
            merged = len(ks) > 1 and _one_exchange([nodes[k] for k in ks])
            groups = [[u for k in ks for u in joined[k]]] if merged else [joined[k] for k in ks]
            units = sorted(sorted(i for u in g for i in self.units[u]) for g in groups)
            for g in groups:
                for u in g:
                    self.unit_nodes.pop(u, None)
            self._place(units[0][0], units)
            if merged and self._may_match_more(units[0], [nodes[k] for k in ks]):
                fresh_again.append(units[0][0])
        return fresh_again


def _key(exchange: Exchange) -> _Key:
    codes = set()
    for t in exchange.transfers:
        codes.add(t.sender.code)
        codes.add(t.receiver.code)
    # ``_value_`` is what ``.value`` returns, read without the Python-level descriptor.
    return exchange.kind._value_, tuple(sorted(codes))


def _drop_repeats(records: Iterable[_R], findings: list[Finding]) -> list[tuple[int, _R]]:
    """Each record once, numbered by first position; the very same record twice is noted."""
    seen: dict[str, _R] = {}
    repeats: dict[str, int] = {}
    unique: list[tuple[int, _R]] = []
    for position, record in enumerate(records):
        if seen.get(record.id) == record:
            repeats[record.id] = repeats.get(record.id, 1) + 1
            continue
        seen.setdefault(record.id, record)
        unique.append((position, record))
    for record_id, times in repeats.items():
        findings.append(
            codes.finding(
                codes.REPEATED_RECORD,
                f"{record_id} was given {times} times; it is kept once",
                [record_id],
            )
        )
    return unique


def _same_day_nodes(keyed: list[tuple[_Key, _Member]]) -> list[_Node]:
    """Group reports of one kind, party set and single day: those are one exchange.

    ``keyed`` pairs each report with its key (kind and party set), sorted by
    key, start, end and position.
    """
    nodes: list[_Node] = []
    run: list[_Member] = []
    run_key: tuple[_Key, date, date] | None = None
    for exchange_key, member in keyed:
        period = member[1].period
        key = (exchange_key, period.start, period.end)
        if run and key == run_key and period.start == period.end:
            run.append(member)
            continue
        if run_key is not None:
            nodes.append(_Node.of(run, run_key[0]))
        run, run_key = [member], key
    if run_key is not None:
        nodes.append(_Node.of(run, run_key[0]))
    return nodes


def _sweep(nodes: list[_Node], components: _Components, across: bool) -> list[tuple[int, int]]:
    """Link nodes whose dates overlap and whose counts corroborate; return the other overlaps.

    ``nodes`` are sorted by key and start, so only reports still open when a
    report starts (in the same key) can overlap it. The open reports are
    only sifted when the start moves on: reports dated to the same month all
    start on its first day.
    """
    uncorroborated: list[tuple[int, int]] = []
    active: list[int] = []
    active_key: _Key | None = None
    sifted: date | None = None
    find, parent = components.find, components.parent
    # Two nodes agree when they share a direction and agree in every one they
    # share; tested inline, over bounds as tuples, since a month's reports all
    # meet each other here.
    items = [tuple(node.bounds.items()) for node in nodes]
    ends = [node.end for node in nodes]
    # Nodes with the same two directions (each report of a two-way exchange has
    # them) are compared by one expression over their four bounds.
    pairs_of: dict[tuple[Direction, ...], int] = {}
    kind_of: list[int] = []
    flat: list[tuple[float, ...]] = []
    for node in nodes:
        ordered = sorted(node.bounds.items())
        if len(ordered) == 2:
            kind_of.append(pairs_of.setdefault((ordered[0][0], ordered[1][0]), len(pairs_of)))
            flat.append((*ordered[0][1], *ordered[1][1]))
        else:
            kind_of.append(-1)
            flat.append(())
    for i, node in enumerate(nodes):
        if node.key != active_key:
            active, active_key, sifted = [], node.key, None
        start = node.start
        if start != sifted:
            active = [a for a in active if ends[a] >= start]
            sifted = start
        if not across:
            uncorroborated.extend((a, i) for a in active)
            active.append(i)
            continue
        mine = node.bounds.get
        root = i  # the root of this node's component, kept at hand (the smallest position)
        kind = kind_of[i]
        if kind >= 0:
            low_1, high_1, low_2, high_2 = flat[i]
        for a in active:
            if kind >= 0 and kind_of[a] == kind:
                a_low_1, a_high_1, a_low_2, a_high_2 = flat[a]
                shared = (
                    a_low_1 <= high_1
                    and low_1 <= a_high_1
                    and a_low_2 <= high_2
                    and low_2 <= a_high_2
                )
            else:
                shared = False
                for direction, (low, high) in items[a]:
                    found = mine(direction)
                    if found is None:
                        continue
                    if found[0] > high or low > found[1]:
                        shared = False
                        break
                    shared = True
            if shared:
                # Paths are short once compressed: look two steps up before calling find().
                other = parent[a]
                if parent[other] != other:
                    other = find(other)
                if other < root:
                    parent[root], root = other, other
                elif other > root:
                    parent[other] = root
            else:
                uncorroborated.append((a, i))
        active.append(i)
    return uncorroborated


def _one_exchange(nodes: list[_Node]) -> bool:
    """Whether linked nodes can all be one exchange: a common day and agreeing counts."""
    if max(n.start for n in nodes) > min(n.end for n in nodes):
        return False
    by_direction: dict[Direction, list[Count]] = {}
    for node in nodes:
        for direction, count in node.counts.items():
            by_direction.setdefault(direction, []).append(count)
    return not any(_combine(cs)[1] for cs in by_direction.values())


def _merge(
    members: list[_Member],
    findings: list[Finding],
    grouped: bool = False,
    node: _Node | None = None,
) -> Exchange:
    """One exchange from reports of it, adding findings about how they were combined.

    ``node``, when given, is the node of exactly these reports in this order,
    whose combined counts are then taken as they are.
    """
    reports = [e for _, e in members]
    ids = [e.id for e in reports]
    described = {id(e): _describe(e) for e in reports}  # each report's wording, made once
    first = reports[0]
    notes = list(dict.fromkeys(n for e in reports for n in e.notes))
    notes.append(f"merged from {', '.join(ids)}")

    start = max(e.period.start for e in reports)
    end = min(e.period.end for e in reports)
    period = next(
        (e.period for e in reports if (e.period.start, e.period.end) == (start, end)),
        Period.between(start, end),
    )
    if any(e.period != first.period for e in reports):
        notes.append("dated " + "; ".join(f"{e.period} by {e.id}" for e in reports))
        coarse = [e for e in reports if e.period.start != e.period.end]
        findings.append(
            codes.finding(
                codes.MERGED_ON_COARSE_DATE,
                f"{and_list([e.id for e in coarse])} dated only to "
                f"{', '.join(str(e.period) for e in coarse)} "
                f"{'was' if len(coarse) == 1 else 'were'} taken to be the same exchange as "
                f"{and_list([e.id for e in reports if e not in coarse]) or 'the others'} "
                f"(on {period}) because their counts agree; it may have been a separate exchange",
                ids,
            )
        )

    transfers = [
        _merge_direction(
            direction,
            legs,
            notes,
            findings,
            grouped,
            described,
            None if node is None else (node.counts[direction], direction in node.clashes),
        )
        for direction, legs in _legs_by_direction(reports).items()
    ]
    fields: dict[str, Any] = {
        "kind": first.kind,
        "period": period,
        "transfers": tuple(transfers),
        "intermediaries": _unique_parties(p for e in reports for p in e.intermediaries),
        "sources": _unique_sources(s for e in reports for s in e.sources),
        "notes": tuple(notes),
        "quotes": _unique_quotes(q for e in reports for q in e.quotes),
    }
    # The id the constructor would derive, made by a walk that decides each type once.
    merged = Exchange(**fields, id=exchange_id(fields))
    findings.append(
        codes.finding(
            codes.MERGED_DUPLICATES,
            f"{len(reports)} reports of one {_kind(first)} between {_parties(first)} on "
            f"{period} ({', '.join(described[id(e)] for e in reports)}) were merged into "
            f"{merged.id}",
            ids,
        )
    )
    return merged


def _legs_by_direction(reports: list[Exchange]) -> dict[Direction, list[tuple[Exchange, Transfer]]]:
    legs: dict[Direction, list[tuple[Exchange, Transfer]]] = {}
    for exchange in reports:
        for transfer in exchange.transfers:
            direction = (transfer.sender.code, transfer.receiver.code, transfer.category._value_)
            legs.setdefault(direction, []).append((exchange, transfer))
    return legs


def _merge_direction(
    direction: Direction,
    legs: list[tuple[Exchange, Transfer]],
    notes: list[str],
    findings: list[Finding],
    grouped: bool = False,
    described: Mapping[int, str] | None = None,
    combined: tuple[Count, bool] | None = None,
) -> Transfer:
    """One transfer for one direction: the common count, or the hull with an error per clash.

    ``grouped`` words a clash among more than two reports as one finding;
    ``described`` holds each report's wording by ``id()``, when already made;
    ``combined`` is what :func:`_combine` gives for these counts, when known.
    """
    label = _direction_text(direction)
    counts = [t.count for _, t in legs]
    count, conflict = _combine(counts) if combined is None else combined
    texts = [str(c) for c in counts]
    first_count = counts[0]
    if any(c is not first_count and c != first_count for c in counts):
        notes.append(
            f"{label}: "
            + "; ".join(f"{e.id} said {text}" for (e, _), text in zip(legs, texts, strict=True))
        )
    known = described or {}
    wordings = [known.get(id(e)) or _describe(e) for e, _ in legs] if conflict else []
    clashing = _clashing(counts) if conflict and grouped else []
    if sum(clashing) > 2:
        findings.append(_grouped_conflict(label, legs, texts, wordings, clashing, count))
    elif conflict:
        # One finding per clashing pair (tests and callers rely on pairs); each
        # report's wording is made once, not once per pair it is in.
        hull = count.bounds_text()
        said = [
            (a.id, wording, t.count, text)
            for (a, t), wording, text in zip(legs, wordings, texts, strict=True)
        ]
        for i, (a_id, a_text, a_count, a_said) in enumerate(said):
            for b_id, b_text, b_count, b_said in said[i + 1 :]:
                if not a_count.overlaps(b_count):
                    findings.append(
                        codes.finding(
                            codes.CONFLICTING_COUNTS,
                            f"{a_text} reports {label} as {a_said} but {b_text} "
                            f"as {b_said}; both cannot be true, so the merged count is the "
                            f"hull {hull}",
                            [a_id, b_id],
                        )
                    )
    attributions = list(dict.fromkeys(t.attributed_to for _, t in legs if t.attributed_to))
    if len(attributions) > 1:
        notes.append(f"{label}: also attributed to " + ", ".join(s.name for s in attributions[1:]))
    first = legs[0][1]
    return Transfer(
        first.sender,
        first.receiver,
        first.category,
        count,
        attributions[0] if attributions else None,
    )


def _clashing(counts: Sequence[Count]) -> list[bool]:
    """For each count, whether it contradicts at least one other count of the list.

    A count clashes with another when its floor is above the other's ceiling
    or its ceiling below the other's floor, so comparing it with the highest
    floor and the lowest ceiling of the others is enough: linear, not pairwise.
    """
    lows = [c.low for c in counts]
    highs = [math.inf if c.high is None else c.high for c in counts]
    places = range(len(counts))
    top = heapq.nlargest(2, places, key=lows.__getitem__)
    bottom = heapq.nsmallest(2, places, key=highs.__getitem__)
    clashing = []
    for i in places:
        highest_other_low = lows[top[1] if top[0] == i else top[0]]
        lowest_other_high = highs[bottom[1] if bottom[0] == i else bottom[0]]
        clashing.append(lows[i] > lowest_other_high or highs[i] < highest_other_low)
    return clashing


def _grouped_conflict(
    label: str,
    legs: list[tuple[Exchange, Transfer]],
    texts: list[str],
    wordings: list[str],
    clashing: list[bool],
    hull: Count,
) -> Finding:
    """One ``conflicting-counts`` finding naming every report of a direction and what it said.

    The reports are listed by the value they gave (``texts``, each report
    worded as in ``wordings``), so a reader sees every value and who gave it;
    the finding's ids are the reports that clash with at least one other, and
    the message names the highest floor and the lowest ceiling, which are
    what make the values impossible together.
    """
    by_value: dict[str, list[str]] = {}
    for text, wording in zip(texts, wordings, strict=True):
        by_value.setdefault(text, []).append(wording)
    values = "; ".join(f"{said} by {and_list(names)}" for said, names in by_value.items())
    highest = max(legs, key=lambda leg: leg[1].count.low)
    lowest = min(legs, key=lambda leg: math.inf if leg[1].count.high is None else leg[1].count.high)
    ids = list(dict.fromkeys(e.id for (e, _), clash in zip(legs, clashing, strict=True) if clash))
    return codes.finding(
        codes.CONFLICTING_COUNTS,
        f"{len(legs)} reports of one exchange give {label} as: {values}. These cannot all be "
        f"true: the highest floor, {highest[1].count.low:,} from {highest[0].id}, is above the "
        f"lowest ceiling, {lowest[1].count.high:,} from {lowest[0].id}, and {and_list(ids)} each "
        f"clash with at least one other, so the merged count is the hull {hull.bounds_text()}",
        ids,
    )


def _possible_duplicate(x: Exchange, y: Exchange) -> Finding:
    """The ``possible-duplicate`` finding for two reports that overlap in time, kept apart."""
    return codes.finding(
        codes.POSSIBLE_DUPLICATE,
        f"{_describe(x)} and {_describe(y)} are both {_kind(x)} between "
        f"{_parties(x)} at overlapping dates ({x.period} and {y.period}), but nothing "
        "shows they are one exchange; both are kept",
        [x.id, y.id],
    )


def _possible_duplicate_clusters(
    nodes: list[_Node], pairs: list[tuple[int, int]], unit_of: Sequence[int]
) -> list[Finding]:
    """One ``possible-duplicate`` finding per cluster of reports linked by overlapping dates.

    Pairs of nodes merged into one exchange (the same ``unit_of``) are
    passed over. A cluster of two is the pairwise finding; a larger one names
    every report with its date, in order of date, so a reader sees which of
    them overlap.
    """
    links = _Components(len(nodes))
    find, parent = links.find, links.parent
    linked = [False] * len(nodes)
    for a, b in pairs:
        if unit_of[a] == unit_of[b]:
            continue
        linked[a] = linked[b] = True
        ra, rb = parent[a], parent[b]
        if parent[ra] != ra:
            ra = find(ra)
        if parent[rb] != rb:
            rb = find(rb)
        if ra < rb:
            parent[rb] = ra
        elif rb < ra:
            parent[ra] = rb
    clusters: dict[int, list[int]] = {}
    for i, found_in_a_pair in enumerate(linked):
        if found_in_a_pair:
            clusters.setdefault(find(i), []).append(i)
    found: list[Finding] = []
    for members in sorted(clusters.values()):
        reports = [nodes[i].members[0][1] for i in members]
        if len(reports) == 2:
            found.append(_possible_duplicate(*reports))
            continue
        first = reports[0]
        listed = ", ".join(f"{_describe(e)} on {e.period}" for e in reports)
        found.append(
            codes.finding(
                codes.POSSIBLE_DUPLICATE,
                f"{len(reports)} reports of {_kind(first)} between {_parties(first)} overlap "
                f"in time, each with at least one other ({listed}), but nothing shows that "
                "any two of them that overlap are one exchange; all are kept",
                [e.id for e in reports],
            )
        )
    return found


def _unique_parties(parties: Iterable[Party]) -> tuple[Party, ...]:
    return tuple({p.code: p for p in reversed(list(parties))}.values())[::-1]


def _unique_sources(sources: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(dict.fromkeys(sources))


def _unique_quotes(quotes: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(dict.fromkeys(quotes))


def _kind(exchange: Exchange) -> str:
    return exchange.kind.value.replace("_", " ")


def _parties(exchange: Exchange) -> str:
    return " and ".join(sorted(exchange.parties))


def _direction_text(direction: Direction) -> str:
    sender, receiver, category = direction
    return f"{category.replace('_', ' ')} {sender}→{receiver}"


def _describe(exchange: Exchange) -> str:
    names = ", ".join(dict.fromkeys(s.name for s in exchange.sources))
    return f"{exchange.id} ({names})" if names else exchange.id


CLAIM_PROVENANCE_FIELDS: Final = frozenset({"id", "claimant", "caveats", "relayed_by", "quotes"})
"""Fields of a claim that say where it came from rather than what it states.

Two claims that agree on every other field, and whose claimants are one
source by identity, are one claim; a field added to
:class:`~exchangekit.CasualtyClaim` later takes part in that test unless it
is added here.
"""

_ClaimKey = tuple[SourceIdentity, tuple[Any, ...]]


def merge_duplicate_claims(
    claims: Iterable[CasualtyClaim] | Dataset, *, registry: SourceRegistry | None = None
) -> MergeResult:
    """Merge records of one claim into one that keeps every quote, relay and caveat.

    Records are one claim when subject, category, scope, count, ``covers``,
    ``as_of`` and method are equal and the claimants are one source by
    identity (``registry``, default the built-in one), so "BBC Russian and
    Mediazona" and "BBC News Russian and Mediazona" merge. The merged claim
    takes the other fields from the member with the smallest id (the
    claimant's ``url`` or ``published`` date is filled from another member
    when that one lacks it) and gets a fresh id derived from its content,
    so the result does not depend on the order of the input. Each merge is
    a ``merged-duplicate-claims`` finding; the very same record given twice
    is ``repeated-record``. Claims that differ in anything they state are
    never merged, whatever they have in common, and neither are incident or
    period figures whose ids are their own (event ids of a data set): two
    events with the same figure on the same day are two events.
    """
    if isinstance(claims, CasualtyClaim):
        raise ReconcileError("claims", "expected several claims; wrap one in a list")
    records = claims.claims if isinstance(claims, Dataset) else claims
    chosen = registry or DEFAULT_SOURCES
    checked: list[CasualtyClaim] = []
    for position, claim in enumerate(records):
        if not isinstance(claim, CasualtyClaim):
            raise ReconcileError(
                "claims", f"item {position} is a {type(claim).__name__}, not a CasualtyClaim"
            )
        checked.append(claim)
    findings: list[Finding] = []
    groups: dict[_ClaimKey, list[tuple[int, CasualtyClaim]]] = {}
    for position, claim in _drop_repeats(checked, findings):
        groups.setdefault(_claim_key(claim, chosen), []).append((position, claim))

    results: list[tuple[int, CasualtyClaim]] = []
    merges: list[tuple[str, tuple[str, ...]]] = []
    for members in groups.values():
        if len(members) == 1:
            results.append(members[0])
            continue
        records_of_one = sorted((c for _, c in members), key=lambda c: c.id)
        merged = _merge_claims(records_of_one, chosen, findings)
        results.append((members[0][0], merged))
        merges.append((merged.id, tuple(c.id for c in records_of_one)))
    results.sort(key=lambda r: r[0])
    return MergeResult((), findings, merges, (c for _, c in results))


def _claim_key(claim: CasualtyClaim, registry: SourceRegistry) -> _ClaimKey:
    """What a claim states, with its claimant reduced to who it is; parties count by code.

    An incident or period figure that carries an id of its own (an event data
    set's event id, not one derived from the content) is a distinct event:
    two events with the same figure on the same day are two events, and
    merging them would undercount.
    """
    stated = tuple(
        (value.code if isinstance(value, Party) else value)
        for field in attrs.fields(CasualtyClaim)
        if field.name not in CLAIM_PROVENANCE_FIELDS
        for value in (getattr(claim, field.name),)
    )
    if claim.scope is not ClaimScope.CUMULATIVE and claim.id != _claim_id(claim):
        stated = (*stated, claim.id)
    return registry.identity(claim.claimant), stated


def _merge_claims(
    claims: list[CasualtyClaim], registry: SourceRegistry, findings: list[Finding]
) -> CasualtyClaim:
    """One claim from records of it (sorted by id), adding a finding that says so."""
    first = claims[0]
    (claimant,) = _distinct_sources([c.claimant for c in claims], registry=registry)
    fields = {
        field.name: getattr(first, field.name)
        for field in attrs.fields(CasualtyClaim)
        if field.name != "id"
    }
    fields.update(
        claimant=claimant,
        caveats=tuple(dict.fromkeys(v for c in claims for v in c.caveats)),
        relayed_by=_unique_sources(s for c in claims for s in c.relayed_by),
        quotes=_unique_quotes(q for c in claims for q in c.quotes),
    )
    merged = CasualtyClaim(**fields)
    ids = [c.id for c in claims]
    spellings = list(dict.fromkeys(c.claimant.name for c in claims))
    spelled = (
        f"; the claimant is spelled {and_list([repr(n) for n in spellings])}"
        if len(spellings) > 1
        else ""
    )
    findings.append(
        codes.finding(
            codes.MERGED_DUPLICATE_CLAIMS,
            f"{len(claims)} records of one claim ({registry.identity(claimant)}: "
            f"{first.count} {first.category.value.replace('_', ' ')} of {first.subject.code} "
            f"as of {first.as_of}) were merged into {merged.id}{spelled}",
            ids,
        )
    )
    return merged
