"""What the HTML report shows, computed from a dataset: figures, tables and chart geometry.

Every number here comes from :mod:`exchangekit.reconcile` (``totals``,
``cumulative``, ``check_tallies``, ``compare``) over the dataset with duplicate
reports merged, and every chart is drawn from the same rows its table lists.
Nothing here writes HTML: the template does, with every value escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Generic, TypeVar

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
    "BATCH",
    "BUCKETS",
    "Bar",
    "Batch",
    "ClaimRow",
    "Direction",
    "FindingGroup",
    "FindingView",
    "GroupView",
    "RecordView",
    "Report",
    "Row",
    "SourceLine",
    "TallyView",
    "build",
    "figure",
    "number",
]

BUCKETS = ("week", "month", "quarter", "year")
"""The bucket sizes the ``by`` option accepts."""

BATCH = 200
"""How many records or findings one block of the page holds.

The browser lays out only the blocks near the screen (``content-visibility:
auto``), so a report on 10,000 records opens as fast as one on a few hundred;
a block is laid out whole when the reader scrolls or links to it.
"""

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

    @cached_property
    def parts(self) -> tuple[tuple[str, str | None], ...]:
        """The message cut into text and the record ids it names, each id with its anchor.

        The page links each id where the message names it, so a reader follows
        the record from the sentence itself; only ``self.records`` are matched,
        and only as whole words.
        """
        return _split_ids(self.finding.message, self.records)

    @property
    def unnamed(self) -> tuple[tuple[str, str | None], ...]:
        """The records the finding is about that its message does not link: listed after it."""
        named = {text for text, anchor in self.parts if anchor is not None}
        return tuple((i, a) for i, a in self.records if i not in named)


def _split_ids(
    message: str, records: Sequence[tuple[str, str | None]]
) -> tuple[tuple[str, str | None], ...]:
    """``message`` as (text, None) and (record id, anchor) pieces, in order.

    An id counts where it stands as a whole word: after the start, a space or
    an opening bracket, and before the end, a space, a closing bracket, or a
    comma, semicolon, colon or full stop that ends a clause.
    """
    anchored = {i: a for i, a in records if i and a is not None}
    spans: list[tuple[int, int, str]] = []
    # Longest first, so that "x10" is not read as "x1" followed by "0".
    for name in sorted(anchored, key=len, reverse=True):
        start = message.find(name)
        while start != -1:
            end = start + len(name)
            if _whole(message, start, end) and not any(s < end and start < e for s, e, _ in spans):
                spans.append((start, end, name))
            start = message.find(name, start + 1)
    parts: list[tuple[str, str | None]] = []
    at = 0
    for start, end, name in sorted(spans):
        if start > at:
            parts.append((message[at:start], None))
        parts.append((name, anchored[name]))
        at = end
    if at < len(message) or not parts:
        parts.append((message[at:], None))
    return tuple(parts)


def _whole(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands as a word of its own (see :func:`_split_ids`)."""
    before = start == 0 or text[start - 1].isspace() or text[start - 1] in "(["
    if end == len(text) or text[end].isspace() or text[end] in ")]":
        return before
    return before and text[end] in ",;:." and (end + 1 == len(text) or text[end + 1].isspace())


@dataclass(frozen=True)
class SourceLine:
    """One source of a record as the page prints it: name, what kind and when, and its address.

    ``link`` is the address when a reader can follow it (``http`` or
    ``https``); any other address is kept in ``text`` and shown, never linked.
    """

    name: str
    detail: str
    link: str | None
    text: str | None


@dataclass(frozen=True)
class RecordView:
    """One record as the sources section lists it: what it says and who said so.

    A record that merges duplicate reports names them in ``merged_from`` (id
    and anchor) and lists only the sources, notes and quotes none of them
    carries: the rest are listed once, under the reports themselves. Its
    notes link each merged report where they first name it (``note_parts``);
    ``unlinked`` are those no note names, which the page lists after them.
    """

    anchor: str
    kind: str
    record: Exchange | CasualtyClaim | ExchangeTally
    summary: str
    sources: tuple[Source, ...]
    safe_urls: tuple[str | None, ...]
    notes: tuple[str, ...]
    quotes: tuple[str, ...]
    merged_from: tuple[tuple[str, str | None], ...] = ()
    note_parts: tuple[tuple[tuple[str, str | None], ...], ...] = ()

    @property
    def unlinked(self) -> tuple[tuple[str, str | None], ...]:
        """The merged reports that no note links to."""
        linked = {text for parts in self.note_parts for text, anchor in parts if anchor}
        return tuple((i, a) for i, a in self.merged_from if i not in linked)

    @property
    def lines(self) -> tuple[SourceLine, ...]:
        """The sources as the page prints them, in order."""
        return tuple(
            SourceLine(
                name=s.name,
                detail=_words(s.kind.value)
                + ("" if s.published is None else f", {s.published.isoformat()}"),
                link=url,
                text=None if url is not None else s.url,
            )
            for s, url in zip(self.sources, self.safe_urls, strict=True)
        )


_T = TypeVar("_T")


@dataclass(frozen=True)
class Batch(Generic[_T]):
    """A run of at most :data:`BATCH` records or findings, drawn as one block of the page.

    ``first`` is the 1-based position of the first item in its list (an
    ordered list's ``start``), and ``height`` a guess at the block's height
    in CSS pixels, which the browser reserves until it lays the block out.
    """

    title: str
    first: int
    items: tuple[_T, ...]
    height: int


@dataclass(frozen=True)
class FindingGroup:
    """The findings of one severity and one code, in order, in blocks."""

    severity: str
    code: str
    count: int
    batches: tuple[Batch[FindingView], ...]


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
    finding_groups: tuple[FindingGroup, ...] = ()
    record_batches: tuple[Batch[RecordView], ...] = ()
    width: int = WIDTH
    plot_left: float = _LEFT
    plot_right: float = WIDTH - _RIGHT
    merged: tuple[str, ...] = field(default=())
    merged_listed: int = 0


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
    labels = ("Stated tally", "Itemized exchanges", "Gap")
    if stated is None:
        # A tally of exchanges only is shown, and checked, in numbers of exchanges.
        known = len(check.exchange_ids)
        possible = known + len(check.uncertain_ids)
        stated = tally.exchange_count or Count.unknown()
        itemized = Count.exact(known) if known == possible else Count.between(known, possible)
        labels = ("Stated number of exchanges", "Exchanges itemized", "Gap in exchanges")
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
    return TallyView(
        anchor=anchors.get(tally.id) or "",
        title=(
            f"{_words(tally.category.value).capitalize()} {tally.direction}"
            f", {tally.covers.format()} (stated by {tally.claimant.name}, "
            f"{tally.as_of.format()})"
        ),
        check=check,
        stated=Row(labels[0], stated),
        itemized=Row(labels[1], itemized),
        gap=Row(labels[2], check.gap),
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
        f"{_words(tally.category.value)} {tally.direction} over {tally.covers.format()}: "
        f"{tally.count} (as of {tally.as_of.format()})"
    )


def _record(
    record: Exchange | CasualtyClaim | ExchangeTally,
    anchors: _Anchors,
    originals: Sequence[Exchange] = (),
) -> RecordView:
    """``record`` as the page lists it; ``originals`` are the reports a merged exchange merges."""
    if isinstance(record, Exchange):
        kind, summary = "exchange", _exchange_summary(record)
        sources = _record_sources(record)
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
    quotes = tuple(q.text for q in record.quotes)
    if originals:
        # Listed once, under the reports merged: only what none of them says is repeated here.
        known = {s for e in originals for s in _record_sources(e)}
        unique = tuple(s for s in unique if s not in known)
        said = {n for e in originals for n in e.notes}
        notes = tuple(n for n in notes if n not in said)
        quoted = {q.text for e in originals for q in e.quotes}
        quotes = tuple(q for q in quotes if q not in quoted)
    merged = tuple((e.id, anchors.get(e.id)) for e in originals)
    note_parts = []
    waiting = list(merged)
    for note in notes:
        parts = _split_ids(note, waiting)
        named = {text for text, anchor in parts if anchor is not None}
        waiting = [(i, a) for i, a in waiting if i not in named]
        note_parts.append(parts)
    return RecordView(
        anchor=anchors.add(record.id),
        kind=kind,
        record=record,
        summary=summary,
        sources=unique,
        safe_urls=tuple(_safe_url(s.url) for s in unique),
        notes=notes,
        quotes=quotes,
        merged_from=merged,
        note_parts=tuple(note_parts),
    )


def _record_sources(exchange: Exchange) -> tuple[Source, ...]:
    attributed = [t.attributed_to for t in exchange.transfers if t.attributed_to is not None]
    return (*exchange.sources, *attributed)


# --- the whole report -----------------------------------------------------------------


def _finding(finding: Finding, anchors: _Anchors) -> FindingView:
    return FindingView(finding, tuple((i, anchors.get(i)) for i in finding.record_ids))


def _batches(items: Sequence[_T], first: int = 1) -> list[tuple[int, tuple[_T, ...]]]:
    """``items`` cut into runs of at most :data:`BATCH`, each with its 1-based position."""
    return [
        (first + start, tuple(items[start : start + BATCH]))
        for start in range(0, len(items), BATCH)
    ]


_LINE, _GAP = 24, 12  # a line of text and the space after a list item, in CSS pixels


def _lines(text: str, width: int = 90) -> int:
    """About how many lines ``text`` wraps to in the page's column (``width`` characters)."""
    return max(1, -(-len(text) // width))


def _height(view: RecordView) -> int:
    """A guess at a listed record's height, so the scroll bar is about right before layout."""
    lines = _lines(f"{view.record.id}: {view.summary}") + len(view.sources)
    lines += sum(_lines(n, 100) for n in view.notes) + sum(_lines(q) + 1 for q in view.quotes)
    return _LINE * lines + _GAP * (1 + len(view.notes))


def _finding_groups(findings: Sequence[FindingView]) -> tuple[FindingGroup, ...]:
    """``findings`` (most severe first) gathered by severity and code, keeping their order."""
    grouped: dict[tuple[str, str], list[FindingView]] = {}
    for view in findings:
        grouped.setdefault((view.severity, view.finding.code), []).append(view)
    groups = []
    for (severity, code), views in grouped.items():
        batches = tuple(
            Batch(
                title=f"{severity} {code} {first:,}–{first + len(items) - 1:,}",
                first=first,
                items=items,
                height=sum(_LINE * _lines(v.finding.message) + _GAP for v in items),
            )
            for first, items in _batches(views)
        )
        groups.append(FindingGroup(severity, code, len(views), batches))
    return tuple(groups)


def _record_batches(records: Sequence[RecordView]) -> tuple[Batch[RecordView], ...]:
    """The records in blocks, each titled with what it holds: which kind, from when to when."""
    kinds: dict[str, list[RecordView]] = {}
    for view in records:
        kind = "merged exchange" if view.merged_from else view.kind
        kinds.setdefault(kind, []).append(view)
    batches: list[Batch[RecordView]] = []
    for kind, views in kinds.items():
        for first, items in _batches(views):
            span = _span(items[0].record, items[-1].record) if kind == "exchange" else ""
            batches.append(
                Batch(
                    title=f"{_KIND_TITLES[kind]} {first:,}–{first + len(items) - 1:,}{span}",
                    first=first,
                    items=items,
                    height=sum(_height(r) for r in items),
                )
            )
    return tuple(batches)


_KIND_TITLES = {
    "exchange": "Exchanges",
    "merged exchange": "Exchanges merged from duplicate reports",
    "claim": "Casualty claims",
    "tally": "Stated tallies",
}


def _span(first: Exchange | CasualtyClaim | ExchangeTally, last: object) -> str:
    """The dates a block of exchanges runs over (listed by date), or nothing for other records."""
    if not isinstance(first, Exchange) or not isinstance(last, Exchange):
        return ""
    start, end = first.period.format(), last.period.format()
    return f", {start}" if start == end else f", {start} to {end}"


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
    merging = merge_duplicates(dataset, findings="grouped")
    exchanges = merging.exchanges
    merged = Dataset(
        exchanges=exchanges,
        claims=merging.claims,
        tallies=dataset.tallies,
        provenance=dataset.provenance,
    )
    anchors = _Anchors()
    by_id = {e.id: e for e in dataset.exchanges}
    merged_from = {kept: [by_id[i] for i in ids if i in by_id] for kept, ids in merging.merges}
    records = tuple(
        _record(r, anchors, merged_from.get(r.id, ()) if r.id not in by_id else ())
        for r in _records_in_order(dataset, exchanges)
    )
    order = [r.record.id for r in records]
    merged_from_listed = {r.record.id for r in records if r.merged_from}
    comparison = compare(merged)
    checks = check_tallies(merged)
    findings = by_severity((*merging.findings, *comparison.findings, *checks.findings), order)
    finding_views = tuple(_finding(f, anchors) for f in findings)
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
        findings=finding_views,
        severities=severities,
        records=records,
        finding_groups=_finding_groups(finding_views),
        record_batches=_record_batches(records),
        # A merged exchange is listed under Sources with links to what it merges; say the rest here.
        merged=tuple(
            f"{kept} ← {', '.join(ids)}"
            for kept, ids in merging.merges
            if kept not in merged_from_listed
        ),
        merged_listed=len(merged_from_listed),
    )
