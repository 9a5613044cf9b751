"""What the HTML report shows, computed from a dataset: figures, tables and chart geometry.

Every number here comes from :mod:`exchangekit.reconcile` (``totals``,
``cumulative``, ``check_tallies``, ``compare``) over the dataset with duplicate
reports merged, and every chart is drawn from the same rows its table lists.
Nothing here writes HTML: the template does, with every value escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from exchangekit import CasualtyClaim, Count, Dataset, Exchange, ExchangeTally, Qualifier, Source
from exchangekit.findings import Finding, Severity, by_severity
from exchangekit.reconcile import (
    ClaimGroup,
    Standpoint,
    TallyCheck,
    TallyVerdict,
    Totals,
    check_tallies,
    compare,
    cumulative,
    merge_duplicates,
    totals,
)
from exchangekit.vocabulary import PersonCategory
from exchangekit_html.charts import Scale, scale_for

__all__ = [
    "BUCKETS",
    "Bar",
    "ClaimRow",
    "Direction",
    "FindingView",
    "GroupView",
    "RecordView",
    "Report",
    "Row",
    "TallyView",
    "build",
    "figure",
    "number",
]

BUCKETS = ("week", "month", "quarter", "year")
"""The bucket sizes the ``by`` option accepts."""

WIDTH = 640
"""Every chart's drawing width in SVG units; the page scales it to the screen."""
_LEFT, _RIGHT = 64.0, 16.0
_QUALIFIER_WORDS = {
    Qualifier.EXACT: "exact",
    Qualifier.APPROXIMATE: "around",
    Qualifier.AT_LEAST: "at least",
    Qualifier.MORE_THAN: "more than",
    Qualifier.AT_MOST: "at most",
    Qualifier.FEWER_THAN: "fewer than",
    Qualifier.RANGE: "range",
    Qualifier.ORDER_OF_MAGNITUDE: "order of magnitude",
    Qualifier.UNKNOWN: "unknown",
}


def number(value: int | None) -> str:
    """A bound as the tables print it: ``1,000``, or ``no upper bound`` for ``None``."""
    return "no upper bound" if value is None else f"{value:,}"


def figure(count: Count) -> str:
    """A count in words with its interval, as exchangekit prints it everywhere."""
    text = str(count)
    if count.low == count.high or "[" in text or "(" in text:
        return text
    return f"{text} {count.bounds_text()}"


def _words(value: str) -> str:
    return value.replace("_", " ")


@dataclass(frozen=True)
class Row:
    """One line of a figures table: a label, the count, and its bounds in figures."""

    label: str
    count: Count

    @property
    def figure(self) -> str:
        """The count in words."""
        return figure(self.count)

    @property
    def low(self) -> str:
        """The floor, in figures."""
        return number(self.count.low)

    @property
    def best(self) -> str:
        """The best estimate, or a dash when the source gave none."""
        return "—" if self.count.best is None else number(self.count.best)

    @property
    def high(self) -> str:
        """The ceiling, or "no upper bound"."""
        return number(self.count.high)

    @property
    def qualifier(self) -> str:
        """How the figure was hedged, in words ("around", "at least")."""
        return _QUALIFIER_WORDS.get(self.count.qualifier, _words(self.count.qualifier.value))


@dataclass(frozen=True)
class Bar:
    """One bucket's bar: its top at the best figure (else the floor), a whisker low to high."""

    x: float
    width: float
    top: float
    base: float
    whisker_low: float
    whisker_high: float
    open_ended: bool
    exact: bool
    label: str
    qualifier: str
    tick: str

    @property
    def middle(self) -> float:
        """The bar's centre line, where the whisker and the labels go."""
        return round(self.x + self.width / 2, 2)


@dataclass(frozen=True)
class Direction:
    """Handovers to one receiver of one category: bars per bucket and the running total."""

    title: str
    rows: tuple[Row, ...]
    total: Row
    running: tuple[Row, ...]
    bars: tuple[Bar, ...]
    y_ticks: tuple[tuple[float, str], ...]
    line: str
    band: str
    points: tuple[tuple[float, float, str], ...]
    running_ticks: tuple[tuple[float, str], ...]
    open_top: bool
    notes: tuple[str, ...]


@dataclass(frozen=True)
class TallyView:
    """A stated tally against the itemized sum of the exchanges in its span, and the gap."""

    anchor: str
    title: str
    check: TallyCheck
    stated: Row
    itemized: Row
    gap: Row
    verdict: str
    rows: tuple[tuple[str, float, float, bool, str], ...]
    gap_span: tuple[float, float] | None
    ticks: tuple[tuple[float, str], ...]
    counted: tuple[tuple[str, str | None], ...]


@dataclass(frozen=True)
class ClaimRow:
    """One claim of a group: who said it, from which standpoint, and where it is drawn."""

    claim: CasualtyClaim
    anchor: str
    claimant: str
    standpoint: str
    standpoint_class: str
    row: Row
    camps: str
    role: str
    y: float
    x_low: float
    x_high: float
    x_best: float | None
    open_ended: bool


@dataclass(frozen=True)
class GroupView:
    """One comparable group of claims on one axis, with its camps and any consensus."""

    title: str
    claims: tuple[ClaimRow, ...]
    camps: tuple[tuple[str, float, float, bool], ...]
    envelope: Row | None
    extent: Row
    log: bool
    ticks: tuple[tuple[float, str], ...]
    height: float
    as_of: str


@dataclass(frozen=True)
class FindingView:
    """A finding with its records as (id, anchor) pairs; the anchor is None when not listed."""

    finding: Finding
    records: tuple[tuple[str, str | None], ...]

    @property
    def severity(self) -> str:
        """The severity in words."""
        return self.finding.severity.value


@dataclass(frozen=True)
class RecordView:
    """One record as the sources section lists it: what it says and who said so."""

    anchor: str
    kind: str
    record: Exchange | CasualtyClaim | ExchangeTally
    summary: str
    sources: tuple[Source, ...]
    safe_urls: tuple[str | None, ...]
    notes: tuple[str, ...]
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class Report:
    """Everything the template renders, in the order the page shows it."""

    title: str
    provenance: tuple[str, ...]
    by: str
    counts: tuple[tuple[str, int], ...]
    directions: tuple[Direction, ...]
    tallies: tuple[TallyView, ...]
    groups: tuple[GroupView, ...]
    findings: tuple[FindingView, ...]
    severities: tuple[tuple[str, int], ...]
    records: tuple[RecordView, ...]
    width: int = WIDTH
    plot_left: float = _LEFT
    plot_right: float = WIDTH - _RIGHT
    merged: tuple[str, ...] = field(default=())


def _ticks(scale: Scale) -> tuple[tuple[float, str], ...]:
    return tuple((scale(t), f"{t:,}") for t in scale.ticks())


def _safe_url(url: str | None) -> str | None:
    """``url`` when it is a web address a reader can follow; anything else is not a link."""
    if url is None:
        return None
    lowered = url.strip().lower()
    return url.strip() if lowered.startswith(("https://", "http://")) else None


class _Anchors:
    """Stable, safe HTML ids for record ids: ``r1``, ``r2``... in the order records are listed."""

    def __init__(self) -> None:
        self._ids: dict[str, str] = {}

    def add(self, record_id: str) -> str:
        return self._ids.setdefault(record_id, f"r{len(self._ids) + 1}")

    def get(self, record_id: str) -> str | None:
        return self._ids.get(record_id)


# --- handovers over time ---------------------------------------------------------------

_TIME_TOP, _TIME_BOTTOM = 28.0, 196.0


def _directions(exchanges: Sequence[Exchange]) -> list[tuple[str, PersonCategory]]:
    seen: dict[tuple[str, PersonCategory], None] = {}
    for exchange in sorted(exchanges, key=lambda e: (e.period.start, e.period.end, e.id)):
        for transfer in exchange.transfers:
            seen.setdefault((transfer.receiver.code, transfer.category), None)
    return list(seen)


def _direction(
    exchanges: Sequence[Exchange], receiver: str, category: PersonCategory, by: str
) -> Direction:
    per = totals(exchanges, by=by, receiver=receiver, category=category)
    running = cumulative(exchanges, by=by, receiver=receiver, category=category)
    rows = tuple(Row(p.format(), c) for p, c in per.items())
    running_rows = tuple(Row(p.format(), c) for p, c in running.items())
    bars, y_ticks, open_top = _bars(per)
    line, band, points, running_ticks = _running_line(running)
    return Direction(
        title=f"{_words(category.value).capitalize()} received by {receiver}",
        rows=rows,
        total=Row("Total", per.total),
        running=running_rows,
        bars=bars,
        y_ticks=y_ticks,
        line=line,
        band=band,
        points=points,
        running_ticks=running_ticks,
        open_top=open_top,
        notes=per.notes,
    )


def _shown(count: Count) -> int:
    """The figure a bar or a point stands at: the best estimate, else the floor."""
    return count.low if count.best is None else count.best


def _bars(per: Totals) -> tuple[tuple[Bar, ...], tuple[tuple[float, str], ...], bool]:
    counts = list(per.values())
    open_top = any(c.high is None for c in counts)
    finite = [c.high if c.high is not None else _shown(c) for c in counts]
    # Room above the largest finite figure for the arrow of an open-ended bucket.
    top = max(finite, default=0) * (1.15 if open_top else 1)
    scale = scale_for([round(top)], _TIME_BOTTOM, _TIME_TOP, log=False)
    slot = (WIDTH - _RIGHT - _LEFT) / max(len(counts), 1)
    every = max(1, round(len(counts) / 12))  # at most a dozen labels along the axis
    bars = []
    for i, (period, count) in enumerate(per.items()):
        width = max(slot * 0.6, 1.0)
        bars.append(
            Bar(
                x=round(_LEFT + slot * i + (slot - width) / 2, 2),
                width=round(width, 2),
                top=scale(_shown(count)),
                base=scale(0),
                whisker_low=scale(count.low),
                whisker_high=_TIME_TOP if count.high is None else scale(count.high),
                open_ended=count.high is None,
                exact=count.low == count.high,
                label=str(count),
                qualifier=Row("", count).qualifier,
                tick=period.format() if i % every == 0 else "",
            )
        )
    return tuple(bars), _ticks(scale), open_top


def _running_line(
    running: Totals,
) -> tuple[str, str, tuple[tuple[float, float, str], ...], tuple[tuple[float, str], ...]]:
    counts = list(running.values())
    finite = [c.high if c.high is not None else _shown(c) for c in counts]
    scale = scale_for(finite, _TIME_BOTTOM, _TIME_TOP, log=False)
    slot = (WIDTH - _RIGHT - _LEFT) / max(len(counts), 1)
    xs = [round(_LEFT + slot * (i + 0.5), 2) for i in range(len(counts))]
    points = tuple(
        (x, scale(_shown(c)), f"{p.format()}: {c}")
        for x, (p, c) in zip(xs, running.items(), strict=True)
    )
    line = " ".join(f"{x},{y}" for x, y, _ in points)
    upper = [
        f"{x},{_TIME_TOP if c.high is None else scale(c.high)}"
        for x, c in zip(xs, counts, strict=True)
    ]
    lower = [f"{x},{scale(c.low)}" for x, c in zip(xs, counts, strict=True)]
    band = " ".join(upper + lower[::-1])
    return line, band, points, _ticks(scale)


# --- stated tallies -----------------------------------------------------------------


def _tally(check: TallyCheck, anchors: _Anchors) -> TallyView:
    tally = check.tally
    stated, itemized = tally.count, check.itemized
    bounds = [stated.low, itemized.low] + [c.high for c in (stated, itemized) if c.high is not None]
    open_ended = stated.high is None or itemized.high is None
    scale = scale_for([round(max(bounds) * (1.15 if open_ended else 1))], _LEFT, WIDTH - _RIGHT)
    rows = []
    for y, label, count in ((40.0, "stated", stated), (80.0, "itemized", itemized)):
        end = WIDTH - _RIGHT if count.high is None else scale(count.high)
        rows.append((label, scale(count.low), end, count.high is None, str(y)))
    gap_span = None
    if check.verdict is TallyVerdict.MISSING and itemized.high is not None:
        gap_span = (scale(itemized.high), scale(stated.low))
    elif check.verdict is TallyVerdict.EXCESS and stated.high is not None:
        gap_span = (scale(stated.high), scale(itemized.low))
    sender = "" if tally.sender is None else f" from {tally.sender.code}"
    return TallyView(
        anchor=anchors.get(tally.id) or "",
        title=(
            f"{_words(tally.category.value).capitalize()} received by {tally.receiver.code}"
            f"{sender}, {tally.covers.format()} (stated by {tally.claimant.name}, "
            f"{tally.as_of.format()})"
        ),
        check=check,
        stated=Row("Stated tally", stated),
        itemized=Row("Itemized exchanges", itemized),
        gap=Row("Gap", check.gap),
        verdict=check.verdict.value,
        rows=tuple(rows),
        gap_span=gap_span,
        ticks=_ticks(scale),
        counted=tuple((i, anchors.get(i)) for i in (*check.exchange_ids, *check.uncertain_ids)),
    )


# --- claims compared ----------------------------------------------------------------

_ROW_HEIGHT, _CLAIMS_TOP = 40.0, 36.0
_STANDPOINT_CLASS = {
    Standpoint.SELF_REPORT: "self",
    Standpoint.ADVERSARY: "adversary",
    Standpoint.INDEPENDENT: "independent",
}


def _group(group: ClaimGroup, anchors: _Anchors) -> GroupView:
    counts = [c.count for c in group.claims] + [camp.envelope for camp in group.camps]
    finite = [v for c in counts for v in (c.low, c.high) if v is not None]
    open_ended = any(c.high is None for c in counts)
    values = [*finite, max(finite, default=1) * (2 if open_ended else 1)]
    scale = scale_for(values, _LEFT, WIDTH - _RIGHT)
    rows = []
    for i, (claim, seen_from) in enumerate(zip(group.claims, group.standpoints, strict=True)):
        count = claim.count
        numbers = [str(n) for n, camp in enumerate(group.camps, 1) if claim in camp.claims]
        if group.envelope is None:
            role = "no consensus"
        elif claim in group.outliers:
            role = "outlier"
        else:
            role = "in the consensus"
        rows.append(
            ClaimRow(
                claim=claim,
                anchor=anchors.get(claim.id) or "",
                claimant=claim.claimant.name,
                standpoint=seen_from.words,
                standpoint_class=_STANDPOINT_CLASS.get(seen_from, "independent"),
                row=Row(claim.id, count),
                camps=", ".join(numbers),
                role=role,
                y=_CLAIMS_TOP + _ROW_HEIGHT * i + 22,
                x_low=scale(count.low),
                x_high=WIDTH - _RIGHT if count.high is None else scale(count.high),
                x_best=None if count.best is None else scale(count.best),
                open_ended=count.high is None,
            )
        )
    consensus = group.envelope
    camps: list[tuple[str, float, float, bool]] = []
    for n, camp in enumerate(group.camps, 1):
        env = camp.envelope
        chosen = consensus is not None and camp.envelope == consensus
        end = WIDTH - _RIGHT if env.high is None else scale(env.high)
        camps.append(
            (f"camp {n}" + (" (consensus)" if chosen else ""), scale(env.low), end, chosen)
        )
    return GroupView(
        title=group.title,
        claims=tuple(rows),
        camps=tuple(camps),
        envelope=None if consensus is None else Row("Consensus", consensus),
        extent=Row("Claims range", group.extent),
        log=scale.log,
        ticks=_ticks(scale),
        height=_CLAIMS_TOP + _ROW_HEIGHT * len(rows) + 36,
        as_of=group.as_of.format(),
    )


# --- sources --------------------------------------------------------------------------


def _exchange_summary(exchange: Exchange) -> str:
    legs = "; ".join(
        f"{t.sender.code} → {t.receiver.code}: {t.count} {_words(t.category.value)}"
        + ("" if t.attributed_to is None else f" (according to {t.attributed_to.name})")
        for t in exchange.transfers
    )
    via = ", ".join(p.code for p in exchange.intermediaries)
    return (
        f"{exchange.period.format()}, {_words(exchange.kind.value)}"
        + (f" via {via}" if via else "")
        + f": {legs}"
    )


def _claim_summary(claim: CasualtyClaim) -> str:
    return (
        f"{claim.subject.code} {_words(claim.category.value)}: {claim.count} "
        f"(as of {claim.as_of.format()}, {_words(claim.method.value)})"
    )


def _tally_summary(tally: ExchangeTally) -> str:
    return (
        f"{_words(tally.category.value)} to {tally.receiver.code} over {tally.covers.format()}: "
        f"{tally.count} (as of {tally.as_of.format()})"
    )


def _record(record: Exchange | CasualtyClaim | ExchangeTally, anchors: _Anchors) -> RecordView:
    if isinstance(record, Exchange):
        kind, summary = "exchange", _exchange_summary(record)
        attributed = [t.attributed_to for t in record.transfers if t.attributed_to is not None]
        sources = (*record.sources, *attributed)
        notes = record.notes
    elif isinstance(record, CasualtyClaim):
        kind, summary = "claim", _claim_summary(record)
        sources = (record.claimant, *record.relayed_by)
        notes = record.caveats
    else:
        kind, summary = "tally", _tally_summary(record)
        sources = (record.claimant, *record.relayed_by)
        notes = record.notes
    unique = tuple(dict.fromkeys(sources))
    return RecordView(
        anchor=anchors.add(record.id),
        kind=kind,
        record=record,
        summary=summary,
        sources=unique,
        safe_urls=tuple(_safe_url(s.url) for s in unique),
        notes=notes,
        quotes=tuple(q.text for q in record.quotes),
    )


# --- the whole report -----------------------------------------------------------------


def _finding(finding: Finding, anchors: _Anchors) -> FindingView:
    return FindingView(finding, tuple((i, anchors.get(i)) for i in finding.record_ids))


def _records_in_order(
    dataset: Dataset, merged: Iterable[Exchange]
) -> list[Exchange | CasualtyClaim | ExchangeTally]:
    records: list[Exchange | CasualtyClaim | ExchangeTally] = [
        *sorted(dataset.exchanges, key=lambda e: (e.period.start, e.period.end, e.id))
    ]
    listed = {e.id for e in dataset.exchanges}
    records.extend(e for e in merged if e.id not in listed)
    records.extend(dataset.claims)
    records.extend(dataset.tallies)
    return records


def build(dataset: Dataset, *, by: str = "month", title: str | None = None) -> Report:
    """The report on ``dataset``: duplicates merged, then added up, checked and compared.

    ``by`` is the bucket size of the handovers over time (``"week"``,
    ``"month"``, ``"quarter"`` or ``"year"``).
    """
    if by not in BUCKETS:
        raise ValueError(f"by={by!r} is not a bucket size; use one of {', '.join(BUCKETS)}")
    merging = merge_duplicates(dataset)
    exchanges = merging.exchanges
    merged = Dataset(
        exchanges=exchanges,
        claims=merging.claims,
        tallies=dataset.tallies,
        provenance=dataset.provenance,
    )
    anchors = _Anchors()
    records = tuple(_record(r, anchors) for r in _records_in_order(dataset, exchanges))
    order = [r.record.id for r in records]
    comparison = compare(merged)
    checks = check_tallies(merged)
    findings = by_severity((*merging.findings, *comparison.findings, *checks.findings), order)
    severities = tuple(
        (s.value, sum(1 for f in findings if f.severity is s))
        for s in sorted(Severity, key=lambda s: -s.rank)
    )
    return Report(
        title=title or "exchangekit report",
        provenance=dataset.provenance,
        by=by,
        counts=(
            ("exchanges", len(exchanges)),
            ("casualty claims", len(merged.claims)),
            ("stated tallies", len(dataset.tallies)),
        ),
        directions=tuple(_direction(exchanges, r, c, by) for r, c in _directions(exchanges)),
        tallies=tuple(_tally(check, anchors) for check in checks),
        groups=tuple(_group(g, anchors) for g in comparison.groups),
        findings=tuple(_finding(f, anchors) for f in findings),
        severities=severities,
        records=records,
        merged=tuple(f"{kept} ← {', '.join(ids)}" for kept, ids in merging.merges),
    )
