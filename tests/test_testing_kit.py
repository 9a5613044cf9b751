"""The plugin-author kit: a conforming format passes, and each kind of misbehaviour is caught."""

from __future__ import annotations

import io
import itertools
import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any, TextIO

import attrs
import pytest
from cattrs.preconf.json import make_converter
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import strategies
from exchangekit.counts import Count
from exchangekit.errors import ParseError
from exchangekit.formats import Exporter, Item, Parser, Provenance, Record, metadata_problems
from exchangekit.models import CasualtyClaim, Dataset, Exchange, ExchangeTally, Source, Transfer
from exchangekit.parties import DEFAULT_REGISTRY
from exchangekit.periods import Period
from exchangekit.testing import (
    ConformanceError,
    check_exporter,
    check_metadata,
    check_parser,
    check_round_trip,
)
from exchangekit.vocabulary import (
    CasualtyCategory,
    ClaimMethod,
    ExchangeKind,
    PersonCategory,
    SourceKind,
)

# -- a conforming, lossless format: one JSON object per line ---------------------------------

_converter = make_converter()
_TYPES: dict[str, type[Exchange] | type[CasualtyClaim] | type[ExchangeTally]] = {
    "exchange": Exchange,
    "claim": CasualtyClaim,
    "tally": ExchangeTally,
}


class LinesParser(Parser):
    name = "kit-lines"
    description = "One JSON object per line: a record, or provenance"
    suffixes = (".kitlines",)
    media_types = ("application/x-kit-lines",)

    def sniff(self, head: str) -> bool:
        return head.startswith('{"kit": ')

    def parse(self, stream: TextIO, *, source: str, **options: Any) -> Iterator[Item]:
        if options:
            raise TypeError(f"kit-lines takes no options, got {sorted(options)}")
        return self._items(stream, source)

    def _items(self, stream: TextIO, source: str) -> Iterator[Item]:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                yield self._item(json.loads(line))
            except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
                yield ParseError(str(exc), source=source, line=number)
            except Exception as exc:  # cattrs groups validation errors
                yield ParseError(f"{type(exc).__name__}: {exc}", source=source, line=number)

    def _item(self, data: Any) -> Item:
        kind = data["kit"]
        if kind == "provenance":
            entry = data["entry"]
            if not isinstance(entry, str):
                raise TypeError("provenance entry must be a string")
            return Provenance(entry)
        record: Item = _converter.structure(data["record"], _TYPES[kind])
        return record


class LinesExporter(Exporter):
    name = "kit-lines"
    description = "One JSON object per line: a record, or provenance"
    suffixes = (".kitlines",)
    media_types = ("application/x-kit-lines",)

    def write(
        self,
        records: Iterable[Record],
        stream: TextIO,
        *,
        provenance: tuple[str, ...] = (),
        **options: Any,
    ) -> None:
        if options:
            raise TypeError(f"kit-lines takes no options, got {sorted(options)}")
        for entry in provenance:
            stream.write(json.dumps({"kit": "provenance", "entry": entry}) + "\n")
        for record in records:
            kind = next(name for name, cls in _TYPES.items() if isinstance(record, cls))
            data = {"kit": kind, "record": _converter.unstructure(record)}
            stream.write(json.dumps(data, sort_keys=True) + "\n")


SAMPLE = (
    '{"kit": "provenance", "entry": "seed report"}\n'
    '{"kit": "claim", "record": {"subject": {"code": "UKR", "name": "Ukraine"}, '
    '"category": "killed", "count": {"low": 46001, "high": null, "best": null, '
    '"qualifier": "more_than"}, "covers": {"start": "2022-02-24", "end": "2025-02-28", '
    '"precision": "range"}, "as_of": {"start": "2025-02-01", "end": "2025-02-28", '
    '"precision": "month"}, "claimant": {"name": "President of Ukraine", '
    '"kind": "government"}}}\n'
)

FEW = strategies.datasets(max_exchanges=2, max_claims=2)

_RUSSIA, _UKRAINE = DEFAULT_REGISTRY.lookup("RUS"), DEFAULT_REGISTRY.lookup("UKR")
HANDOVER = Exchange(
    kind=ExchangeKind.REPATRIATION_OF_REMAINS,
    period=Period.day(date(2025, 10, 23)),
    transfers=[
        Transfer(_RUSSIA, _UKRAINE, PersonCategory.REMAINS, Count.exact(1000)),
        Transfer(_UKRAINE, _RUSSIA, PersonCategory.REMAINS, Count.exact(31)),
    ],
    intermediaries=[DEFAULT_REGISTRY.lookup("ICRC")],
)
FLOOR = CasualtyClaim(
    subject=_RUSSIA,
    category=CasualtyCategory.KILLED,
    count=Count.more_than(135_000),
    covers=Period.between(date(2022, 2, 24), date(2025, 10, 31)),
    as_of=Period.month(2025, 10),
    claimant=Source("BBC Russian and Mediazona", SourceKind.MEDIA),
    method=ClaimMethod.DOCUMENTED_MINIMUM,
    caveats=["confirmed by name from open sources; the true toll is likely far higher"],
)
SEPTEMBER = Exchange(
    kind=ExchangeKind.REPATRIATION_OF_REMAINS,
    period=Period.month(2025, 9),
    transfers=[Transfer(_RUSSIA, _UKRAINE, PersonCategory.REMAINS, Count.approx(1000))],
)
TALLY = ExchangeTally(
    receiver=_UKRAINE,
    sender=_RUSSIA,
    category=PersonCategory.REMAINS,
    count=Count.approx(9_000),
    covers=Period.between(date(2022, 2, 24), date(2025, 10, 23)),
    as_of=Period.day(date(2025, 10, 23)),
    claimant=Source("Coordination Headquarters", SourceKind.GOVERNMENT, party=_UKRAINE),
)
WITH_TALLY = Dataset(exchanges=[HANDOVER], claims=[FLOOR], tallies=[TALLY])
KNOWN = st.sampled_from(
    [
        Dataset(exchanges=[SEPTEMBER, HANDOVER], claims=[FLOOR], provenance=["seed report"]),
        Dataset(claims=[FLOOR]),
        Dataset(exchanges=[HANDOVER]),
    ]
)
"""A few fixed datasets: a failing check stops at once, with nothing slow to shrink."""


def test_a_conforming_format_passes_every_check() -> None:
    items = list(LinesParser().parse(io.StringIO(SAMPLE), source="sample"))
    assert [type(item) for item in items] == [Provenance, CasualtyClaim]
    check_parser(LinesParser, samples=[SAMPLE], max_examples=30)
    check_exporter(LinesExporter(), datasets=FEW, max_examples=10)
    check_round_trip(LinesExporter, LinesParser(), datasets=FEW, max_examples=10)


def test_a_parser_may_yield_tallies() -> None:
    stream = io.StringIO()
    LinesExporter().write(WITH_TALLY.records, stream)
    check_parser(LinesParser, samples=[stream.getvalue()], max_examples=10)
    check_round_trip(LinesExporter, LinesParser, datasets=st.just(WITH_TALLY), max_examples=1)


def test_the_default_datasets_hold_tallies_and_a_format_without_them_narrows_them() -> None:
    class ExchangesAndClaims(LinesExporter):
        def write(self, records: Iterable[Record], stream: TextIO, **kwargs: Any) -> None:
            for record in records:
                if isinstance(record, ExchangeTally):
                    raise ValueError(f"tally {record.id!r}: this format holds no tallies")
            super().write((), stream, **kwargs)

    with pytest.raises(ConformanceError, match="this format holds no tallies"):
        check_exporter(ExchangesAndClaims(), max_examples=50)
    check_exporter(
        ExchangesAndClaims(),
        datasets=strategies.datasets(max_exchanges=1, max_claims=1, max_tallies=0),
        max_examples=10,
    )


# -- parsers that break the contract -----------------------------------------------------------


def test_an_exception_other_than_parse_error_is_caught() -> None:
    class Crashes(LinesParser):
        def _items(self, stream: TextIO, source: str) -> Iterator[Item]:
            for line in stream:
                yield self._item(json.loads(line))

    with pytest.raises(ConformanceError, match=r"must give exchangekit\.ParseError"):
        check_parser(Crashes(), max_examples=20)


def test_a_parse_error_that_does_not_name_the_source_is_caught() -> None:
    class Anonymous(LinesParser):
        def _items(self, stream: TextIO, source: str) -> Iterator[Item]:
            for line in stream:
                yield ParseError(f"bad line {line!r}")

    with pytest.raises(ConformanceError, match="naming the source None"):
        check_parser(Anonymous(), max_examples=5)


def test_a_parser_that_returns_a_list_does_not_stream() -> None:
    class Eager(LinesParser):
        def parse(self, stream: TextIO, *, source: str, **options: Any) -> Iterator[Item]:
            if options:
                raise TypeError("no options")
            return list(self._items(stream, source))  # type: ignore[return-value]

    with pytest.raises(ConformanceError, match="not an iterator"):
        check_parser(Eager(), max_examples=5)


def test_a_parser_that_ignores_unknown_options_is_caught() -> None:
    class Lenient(LinesParser):
        def parse(self, stream: TextIO, *, source: str, **options: Any) -> Iterator[Item]:
            return self._items(stream, source)

    with pytest.raises(ConformanceError, match="accepted the unknown option"):
        check_parser(Lenient(), max_examples=5)


def test_a_parser_that_yields_something_else_is_caught() -> None:
    class Chatty(LinesParser):
        def _items(self, stream: TextIO, source: str) -> Iterator[Item]:
            yield "hello"  # type: ignore[misc]

    with pytest.raises(ConformanceError, match="yielded 'hello'"):
        check_parser(Chatty(), max_examples=5)


def test_a_nondeterministic_parser_is_caught() -> None:
    counter = itertools.count()

    class Moody(LinesParser):
        def _items(self, stream: TextIO, source: str) -> Iterator[Item]:
            yield Provenance(f"call {next(counter)}")

    with pytest.raises(ConformanceError, match="must be deterministic"):
        check_parser(Moody(), max_examples=5)


def test_a_sniff_that_raises_is_caught() -> None:
    class Touchy(LinesParser):
        def sniff(self, head: str) -> bool:
            return head[0] == "{"

    with pytest.raises(ConformanceError, match=r"sniff\(\) raised IndexError"):
        check_parser(Touchy(), max_examples=5)


def test_a_valid_sample_that_gives_errors_is_caught() -> None:
    with pytest.raises(ConformanceError, match="found errors in a valid sample"):
        check_parser(LinesParser(), samples=["not json\n"], max_examples=5)


def test_mutated_samples_find_a_parser_that_trusts_its_input() -> None:
    """Random edits of a valid sample reach a bug that needs nearly valid input."""

    class Trusting(LinesParser):
        def _items(self, stream: TextIO, source: str) -> Iterator[Item]:
            for number, line in enumerate(stream, start=1):
                try:
                    data = json.loads(line)
                except (ValueError, RecursionError) as exc:
                    yield ParseError(str(exc), source=source, line=number)
                    continue
                if not isinstance(data, dict) or not isinstance(data.get("kit"), str):
                    yield ParseError("not a kit line", source=source, line=number)
                elif data["kit"] == "provenance" and isinstance(data.get("entry"), str):
                    yield Provenance(data["entry"])
                else:
                    kind = _TYPES[data["kit"]]  # the bug: an unknown kind is a KeyError
                    yield ParseError(f"{kind.__name__} not supported", source=source)

    with pytest.raises(ConformanceError, match="KeyError"):
        check_parser(
            Trusting(), samples=['{"kit": "provenance", "entry": "x"}\n'], max_examples=300
        )


# -- metadata ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("attribute", "value", "problem"),
    [
        ("name", "JSON Lines", "is not a lower-case name"),
        ("name", "", "is not a lower-case name"),
        ("name", "kit__lines", "is not a lower-case name"),
        ("description", "", "is not a non-empty string"),
        ("description", "two\nlines", "is not one line"),
        ("suffixes", ("csv",), "is not lower case text like '.csv'"),
        ("suffixes", (".CSV",), "is not lower case text like '.csv'"),
        ("suffixes", ".csv", "is not a tuple of strings"),
        ("suffixes", (".a", ".a"), "repeats an entry"),
        ("media_types", ("json",), "is not lower case text like 'text/csv'"),
    ],
)
def test_invalid_metadata_is_caught(attribute: str, value: object, problem: str) -> None:
    bad = type("Bad", (LinesParser,), {attribute: value})
    with pytest.raises(ConformanceError, match=problem):
        check_metadata(bad)
    with pytest.raises(ConformanceError, match=problem):
        check_parser(bad, max_examples=1)


@given(name=st.text(max_size=12))
def test_every_accepted_name_is_lower_case_and_usable_on_a_command_line(name: str) -> None:
    fmt = type("Named", (LinesParser,), {"name": name})()
    if not metadata_problems(fmt):
        assert name == name.lower().strip()
        assert name[0].isalpha()
        assert all(c.isascii() and (c.isalnum() or c in "_-") for c in name)


def test_the_kit_refuses_something_that_is_not_a_format() -> None:
    with pytest.raises(TypeError, match=r"takes an exchangekit\.formats\.Parser"):
        check_parser(LinesExporter())  # type: ignore[arg-type]


# -- exporters that break the contract ---------------------------------------------------------


def test_a_nondeterministic_exporter_is_caught() -> None:
    counter = itertools.count()

    class Stamping(LinesExporter):
        def write(self, records: Iterable[Record], stream: TextIO, **kwargs: Any) -> None:
            stream.write(f"# run {next(counter)}\n")
            super().write(records, stream, **kwargs)

    with pytest.raises(ConformanceError, match="must be deterministic"):
        check_exporter(Stamping(), datasets=KNOWN, max_examples=5)


def test_an_exporter_reading_the_records_twice_is_caught() -> None:
    class TwoPass(LinesExporter):
        def write(self, records: Iterable[Record], stream: TextIO, **kwargs: Any) -> None:
            stream.write(f"# {sum(1 for _ in records)} records\n")
            super().write(records, stream, **kwargs)

    with pytest.raises(ConformanceError, match="one-shot iterator"):
        check_exporter(TwoPass(), datasets=KNOWN, max_examples=20)


def test_an_exporter_that_closes_the_stream_is_caught() -> None:
    class Closing(LinesExporter):
        def write(self, records: Iterable[Record], stream: TextIO, **kwargs: Any) -> None:
            super().write(records, stream, **kwargs)
            stream.close()

    with pytest.raises(ConformanceError, match="closed the stream"):
        check_exporter(Closing(), datasets=KNOWN, max_examples=5)


def test_an_exporter_that_fails_on_a_valid_dataset_is_caught() -> None:
    class NoClaims(LinesExporter):
        def write(self, records: Iterable[Record], stream: TextIO, **kwargs: Any) -> None:
            for record in records:
                if isinstance(record, CasualtyClaim):
                    raise NotImplementedError("claims")
            super().write((), stream, **kwargs)

    with pytest.raises(ConformanceError, match="raised NotImplementedError: claims"):
        check_exporter(NoClaims(), datasets=KNOWN, max_examples=20)


# -- round trips that lose something -----------------------------------------------------------


def test_a_lossy_round_trip_names_the_field_that_changed() -> None:
    class ForgetsCaveats(LinesExporter):
        def write(self, records: Iterable[Record], stream: TextIO, **kwargs: Any) -> None:
            super().write(
                (
                    attrs.evolve(r, caveats=()) if isinstance(r, CasualtyClaim) else r
                    for r in records
                ),
                stream,
                **kwargs,
            )

    with pytest.raises(ConformanceError, match="field 'caveats' was written as"):
        check_round_trip(ForgetsCaveats(), LinesParser(), datasets=KNOWN, max_examples=10)


def test_a_round_trip_that_drops_tallies_is_caught() -> None:
    class NoTallies(LinesExporter):
        def write(self, records: Iterable[Record], stream: TextIO, **kwargs: Any) -> None:
            kept = (r for r in records if not isinstance(r, ExchangeTally))
            super().write(kept, stream, **kwargs)

    with pytest.raises(ConformanceError, match="tally 0 did not survive") as raised:
        check_round_trip(NoTallies(), LinesParser(), datasets=st.just(WITH_TALLY), max_examples=1)
    assert "1 tallies written, 0 read back" in str(raised.value)


def test_a_tally_changed_on_the_way_is_named_by_its_field() -> None:
    class Rounding(LinesExporter):
        def write(self, records: Iterable[Record], stream: TextIO, **kwargs: Any) -> None:
            super().write(
                (
                    attrs.evolve(r, count=Count.exact(9_000)) if isinstance(r, ExchangeTally) else r
                    for r in records
                ),
                stream,
                **kwargs,
            )

    with pytest.raises(ConformanceError, match=r"tally 0 did not survive.*field 'count'"):
        check_round_trip(Rounding(), LinesParser(), datasets=st.just(WITH_TALLY), max_examples=1)


def test_a_round_trip_that_drops_provenance_is_caught() -> None:
    class NoProvenance(LinesExporter):
        def write(self, records: Iterable[Record], stream: TextIO, **kwargs: Any) -> None:
            super().write(records, stream)

    with pytest.raises(ConformanceError, match="provenance was written as"):
        check_round_trip(NoProvenance(), LinesParser(), datasets=KNOWN, max_examples=5)


def test_a_sniff_that_misses_the_exporters_output_is_caught() -> None:
    class Blind(LinesParser):
        def sniff(self, head: str) -> bool:
            return head.startswith("<xml")

    with pytest.raises(ConformanceError, match=r"sniff\(\) does not recognise"):
        check_round_trip(LinesExporter(), Blind(), datasets=KNOWN, max_examples=5)


def test_a_parser_that_cannot_read_the_output_back_is_caught() -> None:
    class Shouting(LinesExporter):
        def write(self, records: Iterable[Record], stream: TextIO, **kwargs: Any) -> None:
            stream.write("HELLO\n")
            super().write(records, stream, **kwargs)

    with pytest.raises(ConformanceError, match="could not read back"):
        check_round_trip(Shouting(), LinesParser(), datasets=KNOWN, max_examples=5)


def test_a_parser_may_read_claims_before_exchanges() -> None:
    class ClaimsFirst(LinesParser):
        def _items(self, stream: TextIO, source: str) -> Iterator[Item]:
            items = list(super()._items(stream, source))
            yield from sorted(items, key=lambda item: not isinstance(item, CasualtyClaim))

    check_round_trip(LinesExporter(), ClaimsFirst(), datasets=KNOWN, max_examples=5)


def test_a_parser_may_read_tallies_first() -> None:
    class TalliesFirst(LinesParser):
        def _items(self, stream: TextIO, source: str) -> Iterator[Item]:
            items = list(super()._items(stream, source))
            yield from sorted(items, key=lambda item: not isinstance(item, ExchangeTally))

    check_round_trip(LinesExporter(), TalliesFirst(), datasets=st.just(WITH_TALLY), max_examples=1)


def test_exchanges_read_back_in_another_order_are_caught() -> None:
    class Backwards(LinesParser):
        def _items(self, stream: TextIO, source: str) -> Iterator[Item]:
            yield from reversed(list(super()._items(stream, source)))

    with pytest.raises(ConformanceError, match="exchange 0 did not survive"):
        check_round_trip(LinesExporter(), Backwards(), datasets=KNOWN, max_examples=5)
