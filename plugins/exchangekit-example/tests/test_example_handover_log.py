"""The handover log: reading what a desk writes by hand, and reporting what is wrong in it."""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_example.handover_log import (
    HandoverLogExporter,
    HandoverLogParser,
    escape,
    unescape,
)
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import (
    DEFAULT_REGISTRY,
    CasualtyCategory,
    CasualtyClaim,
    Count,
    Exchange,
    ExchangeKind,
    ExchangeTally,
    ParseError,
    Party,
    Period,
    PersonCategory,
    Source,
)
from exchangekit.formats import Item, Provenance


def read(text: str, **options: object) -> list[Item]:
    return list(HandoverLogParser().parse(io.StringIO(text), source="desk.handover", **options))


def test_the_thursday_handover_reads_as_written() -> None:
    [provenance, exchange] = read(
        "# exchangekit handover log\n\n"
        "provenance: Desk notes, week 43\n\n"
        "date: 23 October 2025\n"
        "kind: Repatriation of remains\n"
        "transfer: Moscow -> Kyiv, 1,000 remains\n"
        "  according to: Russian side | government | RUS\n"
        "transfer: UKR -> RUS, 31 remains\n"
        "via: Red Cross\n"
    )
    assert provenance == Provenance("Desk notes, week 43")
    assert exchange.kind is ExchangeKind.REPATRIATION_OF_REMAINS
    assert exchange.period == Period.day(date(2025, 10, 23))
    to_kyiv, to_moscow = exchange.transfers
    assert (to_kyiv.sender.code, to_kyiv.receiver.code) == ("RUS", "UKR")
    assert to_kyiv.count == Count.exact(1000)
    assert to_kyiv.attributed_to is not None
    assert to_kyiv.attributed_to.party == DEFAULT_REGISTRY.lookup("RUS")
    assert to_moscow.category is PersonCategory.REMAINS
    assert to_moscow.attributed_to is None
    assert [p.code for p in exchange.intermediaries] == ["ICRC"]


def test_a_vague_monthly_figure_keeps_its_uncertainty() -> None:
    [exchange] = read(
        "date: August 2025\nkind: repatriation of remains\n"
        "transfer: RUS -> UKR, around 1,000 remains\n"
    )
    assert exchange.transfers[0].count == Count.approx(1000)
    assert exchange.period == Period.month(2025, 8)


@pytest.mark.parametrize(
    ("block", "line", "field", "message"),
    [
        (
            "date: 2025-10-23\nkind: swap\ntransfer: RUS -> UKR, 5 remains\n",
            2,
            "kind",
            "'swap' is not a kind of exchange",
        ),
        (
            "date: on Thursday\nkind: other\ntransfer: RUS -> UKR, 5 remains\n",
            1,
            "date",
            "relative to when it was written",
        ),
        (
            "date: 2025-10-23\nkind: other\ntransfer: RUS to UKR, 5 remains\n",
            3,
            "transfer",
            "is not 'SENDER -> RECEIVER, COUNT CATEGORY'",
        ),
        (
            "date: 2025-10-23\nkind: other\ntransfer: RUS -> Atlantis, 5 remains\n",
            3,
            "transfer",
            "no registered party is called 'Atlantis'",
        ),
        (
            "date: 2025-10-23\nkind: other\ntransfer: RUS -> UKR, some remains\n",
            3,
            "transfer",
            "cannot read 'some' as a count",
        ),
        (
            "date: 2025-10-23\nkind: other\ntransfer: RUS -> UKR, 5 horses\n",
            3,
            "transfer",
            "does not end with who was handed over",
        ),
        ("date: 2025-10-23\nkind: other\n", 1, "transfer", "has no 'transfer' line"),
        ("kind: other\ntransfer: RUS -> UKR, 5 remains\n", 1, "date", "has no 'date' line"),
        ("date: 2025-10-23\ndate: 2025-10-24\n", 2, "date", "a block has one 'date' line"),
        (
            "date: 2025-10-23\nkind: other\nvia: ICRC\naccording to: Kremlin\n",
            4,
            "according to",
            "must follow a 'transfer' line",
        ),
        (
            "date: 2025-10-23\nkind: other\ntransfer: RUS -> RUS, 5 remains\n",
            3,
            "transfer",
            "sender and receiver are both RUS",
        ),
        ("date: 2025-10-23\nwhen: yesterday\n", 2, None, "unknown key 'when'; keys are date"),
        ("date: 2025-10-23\ntransfr: RUS -> UKR, 5 remains\n", 2, None, "did you mean 'transfer'"),
        ("date: 2025-10-23\njust some words\n", 2, None, "'just some words' is not 'key: value'"),
        (
            "date: 2025-10-23\nkind: other\ntransfer: RUS -> UKR, 5 remains\n"
            "source: BBC | tabloid\n",
            4,
            "source",
            "source kinds: government",
        ),
    ],
)
def test_a_bad_block_is_an_error_naming_line_and_key(
    block: str, line: int, field: str | None, message: str
) -> None:
    good = "date: 2025-10-25\nkind: prisoner swap\ntransfer: RUS -> UKR, 185 prisoners of war\n"
    items = read(f"{block}\n{good}")
    error, exchange = items
    assert isinstance(error, ParseError)
    assert (error.source, error.line, error.field) == ("desk.handover", line, field)
    assert message in error.message
    assert exchange.transfers[0].count == Count.exact(185)


def test_parties_outside_the_registry_need_a_registry_on_both_sides() -> None:
    militia = Party("EASTMIL", "Eastern Militia")  # a party the default registry does not know
    registry = DEFAULT_REGISTRY.with_parties([militia])
    text = "date: 2025-10-23\nkind: other\ntransfer: EASTMIL -> RUS, 5 prisoners of war\n"
    [exchange] = read(text, registry=registry)
    assert exchange.transfers[0].sender == militia
    out = io.StringIO()
    with pytest.raises(ValueError, match="pass registry= with it to export and parse"):
        HandoverLogExporter().write([exchange], out)
    HandoverLogExporter().write([exchange], out, registry=registry)
    assert read(out.getvalue(), registry=registry) == [exchange]


def test_claims_are_refused_with_a_clear_error() -> None:
    claim = CasualtyClaim(
        subject=DEFAULT_REGISTRY.lookup("UKR"),
        category=CasualtyCategory.KILLED,
        count=Count.more_than(46_000),
        covers=Period.between(date(2022, 2, 24), date(2025, 2, 28)),
        as_of=Period.month(2025, 2),
        claimant=Source("President of Ukraine"),
    )
    with pytest.raises(ValueError, match="a handover log holds exchanges only"):
        HandoverLogExporter().write([claim], io.StringIO())


def test_tallies_are_refused_with_a_clear_error() -> None:
    tally = ExchangeTally(
        receiver=DEFAULT_REGISTRY.lookup("UKR"),
        category=PersonCategory.REMAINS,
        count=Count.approx(9_000),
        covers=Period.between(date(2022, 2, 24), date(2025, 10, 23)),
        as_of=Period.day(date(2025, 10, 23)),
        claimant=Source("Coordination Headquarters"),
    )
    with pytest.raises(ValueError, match=f"tally {tally.id!r}: a handover log holds exchanges"):
        HandoverLogExporter().write([tally], io.StringIO())


def test_unknown_options_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="takes only registry="):
        HandoverLogParser().parse(io.StringIO(""), source="x", strict=True)
    with pytest.raises(TypeError, match="registry= must be a PartyRegistry"):
        HandoverLogParser().parse(io.StringIO(""), source="x", registry="default")


@given(text=st.text())
def test_escaped_text_is_one_line_that_reads_back_unchanged(text: str) -> None:
    line = escape(text)
    assert "\n" not in line
    assert "\r" not in line
    assert line == line.strip()
    assert unescape(line) == text


BLOCK = "date: 2025-10-23\nkind: other\ntransfer: RUS -> UKR, 5 remains\n"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        # str.isdigit() takes superscripts that int() refuses: this used to crash.
        ("quote: hello | ²-³", "'²-³' is not a span such as '120-185'"),
        ("quote: hello | ٣-٤", "is not a span such as '120-185'"),
        (f"quote: hello | {'9' * 5000}-9", "the span's offsets have too many digits"),
        # Half a surrogate pair, raw or escaped, used to crash the id's digest.
        ("note: lone \ud800 half", "'\\ud800' at character 5 is an unpaired surrogate"),
        ("note: \\u{dc00}", "'\\udc00' at character 0 is an unpaired surrogate"),
        ("source: BBC\\u{d800} | media", "is an unpaired surrogate"),
        ("quote: fine | 1-2 | doc \\u{dfff}", "is an unpaired surrogate"),
        ("id: ex-\\u{d800}", "is an unpaired surrogate"),
    ],
)
def test_what_used_to_crash_the_parser_is_an_error_on_its_line(line: str, message: str) -> None:
    key = line.partition(":")[0]
    items = read(f"{BLOCK}{line}\n\n{BLOCK}")
    error, exchange = items
    assert isinstance(error, ParseError)
    assert (error.line, error.field) == (4, key)
    assert message in error.message
    assert exchange.transfers[0].count == Count.exact(5)


def test_a_provenance_entry_that_is_not_text_is_an_error() -> None:
    [error] = read("provenance: desk \\u{d800}\n")
    assert isinstance(error, ParseError)
    assert (error.line, error.field) == (1, "provenance")


KEYS = ("date", "kind", "transfer", "according to", "via", "source", "note", "quote", "id")
HOSTILE_VALUES = st.sampled_from(
    [
        "²-³",
        "1-²",
        "3-1",
        "-",
        "\\u{d800}",
        "\\u{dfff}\\u{d800}",
        "\\u{110000}",
        "\\u{0}",
        "\\",
        "\\|",
        "a | b | c | d | e | f",
        "RUS -> UKR, 5 remains",
        "RUS+UKR -> ICRC, around 1,000 prisoners of war",
        "1..2 ~3 (approximate)",
        "5..1 (range)",
        "9" * 4400,
        "x | 1-2 | y",
        "x | ²-³",
        "BBC | media | RUS | http://x | 2025-13-45",
        "=cmd|' /C calc'!A0",
        "\u202e\u2066",
    ]
)
JUNK = st.characters(codec=None, exclude_categories=()) | st.sampled_from(
    list("²³¹½٣0123456789-|\\:,.~>< \t\r\n\x00\x1b\x85\u2028{}u#\ud800\udc00")
)


@st.composite
def junk_logs(draw: st.DrawFn) -> str:
    """Logs of hand-written-looking lines: mostly known keys with hostile values, some junk."""
    part = HOSTILE_VALUES | st.text(JUNK, max_size=24)
    value = part | st.lists(part, min_size=2, max_size=4).map(" | ".join)
    keyed = st.builds(lambda key, v: f"{key}: {v}", st.sampled_from(KEYS), value)
    line = st.one_of(keyed, keyed, keyed, st.text(JUNK, max_size=24), st.just(""))
    lines = draw(st.lists(line, max_size=8))
    return (BLOCK if draw(st.booleans()) else "") + "\n".join(lines)


@given(text=junk_logs())
def test_junk_is_reported_as_parse_errors_and_never_crashes(text: str) -> None:
    lines = len(text.splitlines()) or 1
    for item in read(text):
        assert isinstance(item, Exchange | Provenance | ParseError), item
        if isinstance(item, ParseError):
            assert item.line is not None
            assert 1 <= item.line <= lines + 1
