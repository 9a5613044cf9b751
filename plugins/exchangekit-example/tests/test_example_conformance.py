"""exchangekit's conformance kit, run on this plugin's formats as any plugin author would."""

from __future__ import annotations

from exchangekit_example import HandoverLogExporter, HandoverLogParser, MarkdownExporter
from hypothesis import strategies as st

from exchangekit import Dataset, Exchange, ExchangeKind, Source, strategies
from exchangekit.testing import check_exporter, check_parser, check_round_trip

REGISTERED = ["UKR", "RUS", "ICRC", "UAE", "TUR", "QAT", "SAU", "VAT", "UN", "USA"]

SAMPLE = """\
# exchangekit handover log

provenance: Desk notes, week 43

date: 2025-10-23
kind: repatriation of remains
transfer: RUS -> UKR, 1,000 remains
according to: Russian side | government | RUS
transfer: UKR -> RUS, 31 remains
via: ICRC
note: Moscow says the bodies are those of Ukrainian servicemen.

date: July 2025
kind: repatriation of remains
transfer: Russia -> Ukraine, around 1,000 remains
"""


def _sources() -> st.SearchStrategy[Source]:
    return strategies.sources(parties=REGISTERED)


@st.composite
def loggable_exchanges(draw: st.DrawFn) -> Exchange:
    """Any exchange whose parties the default registry knows: what a handover log can name."""
    transfers = strategies.transfers(parties=REGISTERED, attributions=st.none() | _sources())
    fields = {
        "kind": draw(st.sampled_from(ExchangeKind)),
        "period": draw(strategies.periods()),
        "transfers": draw(st.lists(transfers, min_size=1, max_size=3)),
        "intermediaries": draw(st.lists(strategies.parties(codes=REGISTERED), max_size=2)),
        "sources": draw(st.lists(_sources(), max_size=2)),
        "notes": draw(st.lists(st.text(max_size=30), max_size=2)),
        "quotes": draw(st.lists(strategies.quotes(), max_size=2)),
    }
    if draw(st.booleans()):
        fields["id"] = draw(st.text(min_size=1, max_size=20).filter(str.strip))
    return Exchange(**fields)


LOGGABLE = strategies.datasets(
    exchanges=loggable_exchanges(), max_exchanges=3, max_claims=0, max_tallies=0
)


def test_the_handover_log_parser_conforms() -> None:
    check_parser(HandoverLogParser, samples=[SAMPLE], max_examples=200)


def test_the_handover_log_exporter_conforms() -> None:
    check_exporter(HandoverLogExporter, datasets=LOGGABLE, max_examples=50)


def test_a_handover_log_reads_back_exactly_what_was_written() -> None:
    check_round_trip(HandoverLogExporter, HandoverLogParser, datasets=LOGGABLE, max_examples=75)


def test_the_markdown_exporter_conforms_for_any_dataset() -> None:
    check_exporter(MarkdownExporter, max_examples=50)


def test_an_empty_log_round_trips() -> None:
    check_round_trip(
        HandoverLogExporter(), HandoverLogParser(), datasets=st.just(Dataset()), max_examples=1
    )
