"""parse() loads in bulk without changing what it returns (issue 12).

It pauses the garbage collector's full passes while reading, keeps each
kind's records as it checks their ids, and a Dataset skips hashing records
whose ids all differ. None of that may change a dataset, an error, or the
collector's state afterwards.
"""

from __future__ import annotations

import gc
import io
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Dataset, Exchange, ParseError, api, export, parse
from exchangekit import strategies as xst


def jsonl(records: object) -> str:
    """``records`` written as JSON Lines."""
    out = io.StringIO()
    export(records, out, "jsonl")  # type: ignore[arg-type]
    return out.getvalue()


@given(xst.datasets(), st.data())
@settings(max_examples=40, deadline=None)
def test_parse_gives_the_dataset_of_its_records_repeats_included(
    dataset: Dataset, data: st.DataObject
) -> None:
    # Lines repeated anywhere in the file are the same record again: kept once.
    lines = jsonl(dataset).splitlines(keepends=True)
    records = [line for line in lines if '"type":"provenance"' not in line]
    repeats = data.draw(st.lists(st.sampled_from(records), max_size=3)) if records else []
    text = "".join(lines + repeats)
    assert parse(io.StringIO(text), "jsonl") == dataset
    assert parse(io.StringIO(text), "jsonl", errors="collect").dataset == dataset


@given(xst.exchanges(), xst.exchanges())
@settings(max_examples=30, deadline=None)
def test_a_reused_id_is_still_refused_with_both_lines(first: Exchange, second: Exchange) -> None:
    clash = attrs.evolve(second, id=first.id)
    if clash == first:
        return
    text = jsonl([first, first, clash])
    with pytest.raises(ParseError) as raised:
        parse(io.StringIO(text), "jsonl")
    assert raised.value.line == 3
    assert "the first at line 1" in str(raised.value)
    result = parse(io.StringIO(text), "jsonl", errors="collect")
    assert result.dataset.exchanges == (first,)
    assert [error.line for error in result.errors] == [3]


@given(st.lists(xst.exchanges(), max_size=4, unique_by=lambda e: e.id), st.data())
@settings(max_examples=40, deadline=None)
def test_a_dataset_keeps_each_record_once_in_order(
    exchanges: list[Exchange], data: st.DataObject
) -> None:
    given_twice = (
        exchanges + data.draw(st.lists(st.sampled_from(exchanges), max_size=3))
        if (exchanges)
        else []
    )
    # Equal records built apart are not the same object, and are kept once too.
    rebuilt = [attrs.evolve(e) for e in given_twice]
    assert Dataset(exchanges=rebuilt).exchanges == tuple(dict.fromkeys(given_twice))


@pytest.fixture
def collector() -> Iterator[None]:
    """Leave the collector as the test found it."""
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.usefixtures("collector")
@pytest.mark.parametrize("enabled", [True, False])
def test_parse_leaves_the_collector_as_it_found_it(enabled: bool) -> None:
    (gc.enable if enabled else gc.disable)()
    text = jsonl(Dataset())
    parse(io.StringIO(text + '{"type": "exchange"}\n'), "jsonl", errors="collect")
    assert gc.isenabled() is enabled
    with pytest.raises(ParseError):
        parse(io.StringIO('{"type": "exchange"}\n'), "jsonl")
    assert gc.isenabled() is enabled


@pytest.mark.usefixtures("collector")
def test_parse_pauses_the_collector_while_reading_only() -> None:
    gc.enable()
    states: list[bool] = []

    def lines() -> Iterator[str]:
        states.append(gc.isenabled())
        yield '{"type": "provenance", "entry": "x"}\n'

    class Stream(io.StringIO):
        def __iter__(self) -> Iterator[str]:
            return lines()

    parse(Stream(), "jsonl")
    assert states == [False]
    assert gc.isenabled()


def test_young_garbage_is_collected_while_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(api, "_YOUNG_EVERY", 2)
    monkeypatch.setattr(gc, "collect", lambda generation=2: calls.append(generation) or 0)
    text = "".join(f'{{"type": "provenance", "entry": "{n}"}}\n' for n in range(5))
    parse(io.StringIO(text), "jsonl")
    assert calls == []  # provenance lines are no records; now five records
    dataset = parse(io.StringIO(jsonl(list(_exchanges(5)))), "jsonl")
    assert len(dataset.exchanges) == 5
    assert calls == [1, 1]


def _exchanges(n: int) -> Iterator[Exchange]:
    from exchangekit import Count, ExchangeKind, Party, Period, PersonCategory, Transfer

    rus, ukr = Party.lookup("RUS"), Party.lookup("UKR")
    for day in range(1, n + 1):
        yield Exchange(
            kind=ExchangeKind.PRISONER_SWAP,
            period=Period.parse(f"2025-07-{day:02d}"),
            transfers=[Transfer(rus, ukr, PersonCategory.PRISONERS_OF_WAR, Count.exact(day))],
        )


def test_every_reused_id_names_the_line_of_its_first_record() -> None:
    first, second = _exchanges(2)
    other_first = attrs.evolve(first, notes=("another",))
    other_second = attrs.evolve(second, notes=("another",))
    text = jsonl([first, second, other_first, other_second, other_first, second])
    result = parse(io.StringIO(text), "jsonl", errors="collect")
    assert result.dataset.exchanges == (first, second)
    assert [(error.line, str(error).count("the first at line 1")) for error in result.errors] == [
        (3, 1),
        (4, 0),
        (5, 1),
    ]
    assert "the first at line 2" in str(result.errors[1])
