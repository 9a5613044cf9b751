"""The ``hxl`` exporter: one CSV table with a header row, a hashtag row, and a row per figure.

Each transfer of an exchange, each casualty claim and each stated tally is
one row; an exchange's own fields repeat on each of its transfer rows, under
its id. Cells are written by :mod:`exchangekit.safecsv`, so a spreadsheet
never runs one as a formula and no text spills into another cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from exchangekit import (
    DEFAULT_REGISTRY,
    CasualtyClaim,
    Count,
    Exchange,
    ExchangeTally,
    ExportError,
    Party,
    PartyRegistry,
    Source,
)
from exchangekit.formats import Exporter, Record
from exchangekit.safecsv import csv_line, neutralise
from exchangekit_hxl.mapping import COLUMNS

__all__ = ["HxlExporter", "registry_option"]

_Cells = dict[str, str]


def registry_option(registry: object) -> PartyRegistry:
    """The party registry a ``registry=`` option names: exchangekit's own when it is ``None``."""
    if registry is None:
        return DEFAULT_REGISTRY
    if not isinstance(registry, PartyRegistry):
        raise TypeError(f"registry= must be an exchangekit.PartyRegistry, got {registry!r}")
    return registry


def _code(party: Party, registry: PartyRegistry, record: str, field: str) -> str:
    """The party's code, refused when reading the code back would give a different party."""
    if registry.get(party.code) == party:
        return party.code
    members = [registry.get(code) for code in party.members]
    known = [m for m in members if m is not None]
    if len(known) > 1 and len(known) == len(members) and Party.joint(*known) == party:
        return party.code
    raise ExportError(
        f"party {party.code!r} ({party.name}) is not the one the party registry defines "
        "under that code, and HXL names parties by code alone; pass registry= with it "
        "to export and to parse",
        record=record,
        field=field,
    )


def _text(value: str) -> str:
    return neutralise(value)


def _put_count(cells: _Cells, category: str, count: Count) -> None:
    headline = count.best if count.best is not None else count.low
    cells[category] = str(headline)
    cells["low"] = str(count.low)
    if count.high is not None:
        cells["high"] = str(count.high)
    if count.best is not None:
        cells["best"] = str(count.best)
    cells["qualifier"] = count.qualifier.value


def _put_source(cells: _Cells, source: Source, registry: PartyRegistry, record: str) -> None:
    cells["source"] = _text(source.name)
    cells["source_kind"] = source.kind.value
    if source.party is not None:
        cells["source_party"] = _code(source.party, registry, record, "source party")
    if source.url is not None:
        cells["source_url"] = _text(source.url)
    if source.published is not None:
        cells["source_published"] = source.published.isoformat()


def _exchange_rows(exchange: Exchange, registry: PartyRegistry) -> Iterator[_Cells]:
    record = exchange.id
    shared: _Cells = {
        "record": "exchange",
        "id": _text(exchange.id),
        "kind": exchange.kind.value,
        "occurred": exchange.period.format(),
    }
    if exchange.intermediaries:
        shared["intermediaries"] = ", ".join(
            _code(p, registry, record, "intermediaries") for p in exchange.intermediaries
        )
    for transfer in exchange.transfers:
        cells = dict(shared)
        cells["sender"] = _code(transfer.sender, registry, record, "sender")
        cells["receiver"] = _code(transfer.receiver, registry, record, "receiver")
        _put_count(cells, transfer.category.value, transfer.count)
        if transfer.attributed_to is not None:
            _put_source(cells, transfer.attributed_to, registry, record)
        yield cells


def _claim_row(claim: CasualtyClaim, registry: PartyRegistry) -> _Cells:
    cells: _Cells = {
        "record": "claim",
        "id": _text(claim.id),
        "occurred": claim.covers.format(),
        "reported": claim.as_of.format(),
        "subject": _code(claim.subject, registry, claim.id, "subject"),
        "method": claim.method.value,
        "scope": claim.scope.value,
        "population": claim.population.value,
    }
    _put_count(cells, claim.category.value, claim.count)
    _put_source(cells, claim.claimant, registry, claim.id)
    return cells


def _tally_row(tally: ExchangeTally, registry: PartyRegistry) -> _Cells:
    cells: _Cells = {
        "record": "tally",
        "id": _text(tally.id),
        "occurred": tally.covers.format(),
        "reported": tally.as_of.format(),
        "receiver": _code(tally.receiver, registry, tally.id, "receiver"),
    }
    if tally.sender is not None:
        cells["sender"] = _code(tally.sender, registry, tally.id, "sender")
    if tally.count is not None:
        _put_count(cells, tally.category.value, tally.count)
    _put_source(cells, tally.claimant, registry, tally.id)
    return cells


def _line(cells: _Cells) -> str:
    return csv_line(cells.get(column.field, "") for column in COLUMNS)


class HxlExporter(Exporter):
    """Writes records as one HXL-tagged CSV table that libhxl and the HDX tools read.

    What the table keeps and drops is :func:`exchangekit_hxl.mapping.kept`.
    """

    name = "hxl"
    description = "HXL: CSV with a hashtag row, a row per transfer, claim and tally"
    suffixes = (".hxl", ".hxl.csv")
    media_types = ()

    def write(
        self,
        records: Iterable[Record],
        stream: TextIO,
        *,
        provenance: tuple[str, ...] = (),
        registry: PartyRegistry | None = None,
        **options: Any,
    ) -> None:
        """Write the header row, the hashtag row, then a row per transfer, claim and tally.

        ``registry`` says which parties the codes stand for (default:
        exchangekit's own); a party it does not define is an
        :class:`~exchangekit.ExportError`, since its code would read back as
        another party. The provenance is not written (HXL has no place for it),
        nor is a tally that gives only a number of exchanges (HXL has no column
        for one, and a row's figure is always a number of people).
        """
        if options:
            names = ", ".join(sorted(options))
            raise TypeError(f"the hxl format takes only registry=, got {names}")
        parties = registry_option(registry)
        stream.write(csv_line(column.header for column in COLUMNS))
        stream.write(csv_line(column.tag for column in COLUMNS))
        for record in records:
            if isinstance(record, Exchange):
                stream.writelines(map(_line, _exchange_rows(record, parties)))
            elif isinstance(record, CasualtyClaim):
                stream.write(_line(_claim_row(record, parties)))
            elif isinstance(record, ExchangeTally):
                if record.count is not None:
                    stream.write(_line(_tally_row(record, parties)))
            else:
                raise TypeError(f"cannot write {type(record).__name__}; expected a record")
