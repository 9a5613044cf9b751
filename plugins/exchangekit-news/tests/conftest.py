"""Shared helpers for the news parser's tests: read an article, split the items; the profiles."""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import pytest
from exchangekit_news import NewsParser

from exchangekit import (
    CasualtyClaim,
    Count,
    Exchange,
    ExchangeTally,
    ParseError,
    Period,
    PersonCategory,
)
from exchangekit.profiles import register_profiles

register_profiles()

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(scope="session", autouse=True)
def _rule_failures_raise() -> Iterator[None]:
    """Every parse in these tests raises what a rule raises (``sentence_errors="raise"``).

    By default the parser leaves out a sentence its rules fail on and reads on; a test
    that passed without that sentence would hide the bug, so here the failure goes
    through, unless a test asks for ``"skip"`` itself. Tests reach the parser in many
    ways (helpers, ``exchangekit.parse``, ``check_parser``): the method is wrapped once.
    """
    plain = NewsParser.parse

    @functools.wraps(plain)
    def raising(self: NewsParser, stream: TextIO, **options: Any) -> Any:
        options.setdefault("sentence_errors", "raise")
        return plain(self, stream, **options)

    NewsParser.parse = raising  # type: ignore[method-assign]
    try:
        yield
    finally:
        NewsParser.parse = plain  # type: ignore[method-assign]


class Read:
    """What the parser gave for one text: exchanges, claims, stated tallies and errors."""

    def __init__(self, items: list[object]) -> None:
        self.exchanges = [i for i in items if isinstance(i, Exchange)]
        self.claims = [i for i in items if isinstance(i, CasualtyClaim)]
        self.tallies = [i for i in items if isinstance(i, ExchangeTally)]
        self.errors = [i for i in items if isinstance(i, ParseError)]

    def tally_keys(self) -> set[tuple[str | None, str, Count]]:
        """(sender or None, receiver, count) of every stated tally."""
        return {
            (t.sender.code if t.sender else None, t.receiver.code, t.count) for t in self.tallies
        }

    def tally_keys_as_text(self) -> set[tuple[str, str, str]]:
        """(sender, receiver, count as text) of every stated tally."""
        return {(t.sender.code, t.receiver.code, str(t.count)) for t in self.tallies}

    def tallies_as_text(self) -> set[tuple[str, str, str, str]]:
        """(sender, receiver, category value, count as text) of every stated tally."""
        return {
            (t.sender.code, t.receiver.code, t.category.value, str(t.count)) for t in self.tallies
        }

    def tally_spans(self) -> set[tuple[str, str, str, str]]:
        """(span covered, receiver, category value, count), as text, of every stated tally."""
        return {
            (str(t.covers), t.receiver.code, t.category.value, str(t.count)) for t in self.tallies
        }

    def tally_days(self) -> set[str]:
        """The day, as text, each stated tally stood on."""
        return {str(t.as_of) for t in self.tallies}

    def claim_counts(self) -> set[Count]:
        """The count of every claim read."""
        return {c.count for c in self.claims}

    def claims_by_claimant(self) -> set[tuple[str, str, Count, str]]:
        """(subject code, category value, count, claimant's name) of every claim read."""
        return {(c.subject.code, c.category.value, c.count, c.claimant.name) for c in self.claims}

    def claim_list(self) -> list[tuple[str, str, str]]:
        """(subject, category value, count), as text, of every claim, in the order read."""
        return [(str(c.subject), c.category.value, str(c.count)) for c in self.claims]

    def tally_rows(self) -> set[tuple[str, str, PersonCategory, Count]]:
        """(sender, receiver, category, count) of every stated tally."""
        return {(t.sender.code, t.receiver.code, t.category, t.count) for t in self.tallies}

    def tally_day_list(self) -> list[str]:
        """The day, as text, each stated tally stood on, in the order read."""
        return [str(t.as_of) for t in self.tallies]

    def claim_days_by_count(self) -> dict[Count, str]:
        """The day, as text, each claim stands on, keyed by its count."""
        return {c.count: str(c.as_of) for c in self.claims}

    def claim_days_by_count_text(self) -> dict[str, str]:
        """The day each claim stands on, keyed by its count, both as text."""
        return {str(c.count): str(c.as_of) for c in self.claims}

    def claim_days_of(self, n: int) -> set[str]:
        """The days, as text, of the claims of exactly ``n``."""
        return {str(c.as_of) for c in self.claims if c.count == Count.exact(n)}

    def moved_counts(self) -> set[Count]:
        """The count of every transfer of every exchange read."""
        return {t.count for e in self.exchanges for t in e.transfers}

    def moved_count_list(self) -> list[Count]:
        """The count of every transfer, in the order read, repeats kept."""
        return [t.count for e in self.exchanges for t in e.transfers]

    def moved_count_texts(self) -> list[str]:
        """The count, as text, of every transfer, in the order read, repeats kept."""
        return [str(t.count) for e in self.exchanges for t in e.transfers]

    def periods(self) -> set[str]:
        """The period, as text, of every exchange read."""
        return {str(e.period) for e in self.exchanges}

    def period_values(self) -> set[Period]:
        """The period of every exchange read, as a :class:`Period`."""
        return {e.period for e in self.exchanges}

    def received_kinds(self) -> set[tuple[str, PersonCategory, Count]]:
        """(receiver, category, count) of every transfer and every stated tally read."""
        legs = {(t.receiver.code, t.category, t.count) for e in self.exchanges for t in e.transfers}
        return legs | {(y.receiver.code, y.category, y.count) for y in self.tallies}

    def legs(self) -> set[tuple[str, str, str, Count]]:
        """(sender, receiver, category value, count) of every transfer read."""
        return {
            (t.sender.code, t.receiver.code, t.category.value, t.count)
            for e in self.exchanges
            for t in e.transfers
        }

    def legs_as_text(self) -> set[tuple[str, str, str, str]]:
        """(sender, receiver, category value, count as text) of every transfer read."""
        return {
            (t.sender.code, t.receiver.code, t.category.value, str(t.count))
            for e in self.exchanges
            for t in e.transfers
        }

    def legs_by_category(self) -> set[tuple[str, str, PersonCategory, Count]]:
        """(sender, receiver, category, count) of every transfer read."""
        return {
            (t.sender.code, t.receiver.code, t.category, t.count)
            for e in self.exchanges
            for t in e.transfers
        }

    def period_legs(self) -> set[tuple[str, str, str, str, str]]:
        """(period, sender, receiver, category value, count), as text, of every transfer read."""
        return {
            (str(e.period), t.sender.code, t.receiver.code, t.category.value, str(t.count))
            for e in self.exchanges
            for t in e.transfers
        }

    def dated_ways(self) -> set[tuple[str, str, str, str]]:
        """(period, sender, receiver, count), as text, of every transfer read."""
        return {
            (str(e.period), t.sender.code, t.receiver.code, str(t.count))
            for e in self.exchanges
            for t in e.transfers
        }

    def day_receipts(self) -> set[tuple[str, str, str]]:
        """(period, receiver, count), as text, of every transfer read."""
        return {
            (str(e.period), t.receiver.code, str(t.count))
            for e in self.exchanges
            for t in e.transfers
        }

    def ways(self) -> set[tuple[str, str, Count]]:
        """(sender, receiver, count) of every transfer read."""
        return {
            (t.sender.code, t.receiver.code, t.count) for e in self.exchanges for t in e.transfers
        }

    def ways_as_text(self) -> set[tuple[str, str, str]]:
        """(sender, receiver, count as text) of every transfer read."""
        return {
            (t.sender.code, t.receiver.code, str(t.count))
            for e in self.exchanges
            for t in e.transfers
        }

    def day_counts(self) -> set[tuple[str, Count]]:
        """(period as text, count) of every transfer read."""
        return {(str(e.period), t.count) for e in self.exchanges for t in e.transfers}

    def day_counts_as_text(self) -> set[tuple[str, str]]:
        """(period, count), as text, of every transfer read."""
        return {(str(e.period), str(t.count)) for e in self.exchanges for t in e.transfers}

    def dated_legs(self) -> set[tuple[str, str, str, str, Count]]:
        """(period as text, sender, receiver, category value, count) of every transfer read."""
        return {
            (str(e.period), t.sender.code, t.receiver.code, t.category.value, t.count)
            for e in self.exchanges
            for t in e.transfers
        }

    def dated_way_counts(self) -> set[tuple[str, str, str, Count]]:
        """(period as text, sender, receiver, count) of every transfer read."""
        return {
            (str(e.period), t.sender.code, t.receiver.code, t.count)
            for e in self.exchanges
            for t in e.transfers
        }

    def legs_sorted(self) -> list[tuple[str, str, str, Count]]:
        """(sender, receiver, category value, count) of every transfer, sorted, repeats kept."""
        return sorted(
            (t.sender.code, t.receiver.code, t.category.value, t.count)
            for e in self.exchanges
            for t in e.transfers
        )

    def legs_by_category_with_period(self) -> list[tuple[str, str, PersonCategory, Count, str]]:
        """(sender, receiver, category, count, period as text) of every transfer, in order read."""
        return [
            (t.sender.code, t.receiver.code, t.category, t.count, str(e.period))
            for e in self.exchanges
            for t in e.transfers
        ]

    def dated_way_count_list(self) -> list[tuple[str, str, str, Count]]:
        """(period as text, sender, receiver, count) of every transfer, in reading order."""
        return [
            (str(e.period), t.sender.code, t.receiver.code, t.count)
            for e in self.exchanges
            for t in e.transfers
        ]

    def legs_with_period(self) -> set[tuple[str, str, str, Count, str]]:
        """(sender, receiver, category value, count, period as text) of every transfer read."""
        return {
            (t.sender.code, t.receiver.code, t.category.value, t.count, str(e.period))
            for e in self.exchanges
            for t in e.transfers
        }

    def day_receipt_list(self) -> list[tuple[str, str, str]]:
        """(period, receiver, count), as text, of every transfer, in the order read."""
        return [
            (str(e.period), t.receiver.code, str(t.count))
            for e in self.exchanges
            for t in e.transfers
        ]

    def legs_by_category_listed(self) -> list[tuple[str, str, PersonCategory, Count]]:
        """(sender, receiver, category, count) of every transfer, in the order they were read."""
        return [
            (t.sender.code, t.receiver.code, t.category, t.count)
            for e in self.exchanges
            for t in e.transfers
        ]


def read(text: str, *, source: str = "article.txt", **options: Any) -> Read:
    """Parse ``text`` with the news parser (published defaults to Thursday 23 October 2025)."""
    options.setdefault("published", date(2025, 10, 23))
    options.setdefault("publisher", "Test Desk")
    return Read(list(NewsParser().parse(io.StringIO(text), source=source, **options)))


@pytest.fixture(scope="session")
def news() -> Callable[..., Read]:
    """The :func:`read` helper (session-wide, so Hypothesis tests may take it)."""
    return read


@pytest.fixture
def corpus() -> Path:
    """The directory of hand-written articles and their answer files."""
    return CORPUS


def recap_legs(text: str, **options: Any) -> set[tuple[str, str, str, str, str]]:
    """Every transfer in ``text`` as (period, sender, receiver, category, count), for recaps."""
    items = read(text, published=date(2025, 11, 20), **options).exchanges
    return {
        (str(e.period), t.sender.code, t.receiver.code, t.category.value, str(t.count))
        for e in items
        for t in e.transfers
    }


@pytest.fixture(scope="session")
def recap() -> Callable[..., set[tuple[str, str, str, str, str]]]:
    """The :func:`recap_legs` helper (session-wide, so Hypothesis tests may take it)."""
    return recap_legs


Legs = dict[tuple[str, str, PersonCategory], list[Count]]


def claim_triples(result: Read) -> set[tuple[str, str, Count]]:
    """(subject, category, count) of every claim read; a subject without a code as its text."""
    return {
        (str(getattr(c.subject, "code", c.subject)), c.category.value, c.count)
        for c in result.claims
    }


@pytest.fixture(scope="session")
def found() -> Callable[[Read], set[tuple[str, str, Count]]]:
    """The :func:`claim_triples` helper (session-wide, so Hypothesis tests may take it)."""
    return claim_triples


def dated_claim_set(result: Read) -> set[tuple[str, str, str, str]]:
    """(subject code, category value, count as text, as-of date as text) of every claim read."""
    return {
        (c.subject.code, c.category.value, str(c.count), c.as_of.format()) for c in result.claims
    }


@pytest.fixture(scope="session")
def dated_claims() -> Callable[[Read], set[tuple[str, str, str, str]]]:
    """The :func:`dated_claim_set` helper (session-wide, so Hypothesis tests may take it)."""
    return dated_claim_set


def moves(text: str, published: date = date(2025, 7, 1)) -> set[tuple[str, str, str, int]]:
    """(sender, receiver, category, best count) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=published, publisher="Desk"
    )
    return {
        (t.sender.code, t.receiver.code, t.category.value, t.count.best or 0)
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


def transfer_legs(text: str, published: date = date(2025, 10, 23), **options: Any) -> Legs:
    """Every transfer the parser reads in ``text``, its counts listed by direction and kind."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=published, publisher="Desk", **options
    )
    legs: Legs = {}
    for item in items:
        if isinstance(item, Exchange):
            for t in item.transfers:
                legs.setdefault((t.sender.code, t.receiver.code, t.category), []).append(t.count)
    return legs


@pytest.fixture(scope="session")
def legs_of() -> Callable[..., Legs]:
    """The :func:`transfer_legs` helper (session-wide, so Hypothesis tests may take it)."""
    return transfer_legs


def keyed_legs(
    text: str, published: date = date(2025, 10, 23), **options: Any
) -> dict[tuple[str, str, str], Count]:
    """Every transfer read in ``text``, its count keyed by sender, receiver and category value."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=published, publisher="Desk", **options
    )
    return {
        (t.sender.code, t.receiver.code, t.category.value): t.count
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


@pytest.fixture(scope="session")
def legs() -> Callable[..., dict[tuple[str, str, str], Count]]:
    """The :func:`keyed_legs` helper (session-wide, so Hypothesis tests may take it)."""
    return keyed_legs


def transfer_set(result: Any) -> set[tuple[str, str, str, Count]]:
    """(sender, receiver, category value, count) of every transfer in a parse result."""
    return result.legs()


def dated_transfer_set(result: Any) -> set[tuple[str, str, str, str, str]]:
    """(period, sender, receiver, category value, count) of every transfer, as text."""
    return result.period_legs()


@pytest.fixture(scope="session")
def period_legs() -> Callable[[Any], set[tuple[str, str, str, str, str]]]:
    """The :func:`dated_transfer_set` helper (session-wide, so Hypothesis tests may take it)."""
    return dated_transfer_set


def ways_of_size(legs: Legs, n: int) -> set[tuple[str, str, PersonCategory]]:
    """(sender, receiver, kind) of every leg of :func:`transfer_legs` that holds ``n`` people."""
    return {way for way, counts in legs.items() if Count.exact(n) in counts}


@pytest.fixture(scope="session")
def ways() -> Callable[[Legs, int], set[tuple[str, str, PersonCategory]]]:
    """The :func:`ways_of_size` helper (session-wide, so Hypothesis tests may take it)."""
    return ways_of_size


def dated_counts(result: Any) -> set[tuple[str, Count]]:
    """(period as text, count) of every transfer in a parse result."""
    return result.day_counts()


@pytest.fixture(scope="session")
def day_counts() -> Callable[[Any], set[tuple[str, Count]]]:
    """The :func:`dated_counts` helper (session-wide, so Hypothesis tests may take it)."""
    return dated_counts


@pytest.fixture(scope="session")
def transfer_tuples() -> Callable[[Any], set[tuple[str, str, str, Count]]]:
    """The :func:`transfer_set` helper (session-wide, so Hypothesis tests may take it)."""
    return transfer_set


Receipts = set[tuple[str, str, str]]


def moved_and_tallied(text: str, **options: Any) -> tuple[Receipts, Receipts]:
    """(transfers, tallies) read in ``text`` published 20 November 2025, as (receiver, kind, count).

    A tally with no receiver has ``""`` in its place.
    """
    items = list(
        NewsParser().parse(
            io.StringIO(text),
            source="a.txt",
            published=date(2025, 11, 20),
            publisher="Desk",
            **options,
        )
    )
    transfers = {
        (t.receiver.code, t.category.value, str(t.count))
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }
    tallies = {
        (item.receiver.code if item.receiver else "", item.category.value, str(item.count))
        for item in items
        if isinstance(item, ExchangeTally)
    }
    return transfers, tallies


@pytest.fixture(scope="session")
def receipts() -> Callable[..., tuple[Receipts, Receipts]]:
    """The :func:`moved_and_tallied` helper (session-wide, so Hypothesis tests may take it)."""
    return moved_and_tallied


def exchange_periods(text: str, published: date) -> set[str]:
    """The periods of the exchanges read in ``text`` as published on ``published``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=published, publisher="Desk"
    )
    return {str(item.period) for item in items if isinstance(item, Exchange)}


@pytest.fixture(scope="session")
def periods() -> Callable[[str, date], set[str]]:
    """The :func:`exchange_periods` helper (session-wide, so Hypothesis tests may take it)."""
    return exchange_periods


def unsigned_exchanges(text: str, published: date) -> list[Exchange]:
    """The exchanges read in ``text`` as published on ``published``, with no publisher given."""
    items = NewsParser().parse(io.StringIO(text), source="a.txt", published=published)
    return [i for i in items if isinstance(i, Exchange)]


@pytest.fixture(scope="session")
def exchanges_on() -> Callable[[str, date], list[Exchange]]:
    """The :func:`unsigned_exchanges` helper (session-wide, so Hypothesis tests may take it)."""
    return unsigned_exchanges


def transfers_by_direction(exchange: Exchange) -> dict[tuple[str, str, PersonCategory], Count]:
    """One exchange's counts keyed by sender, receiver and category."""
    return {(t.sender.code, t.receiver.code, t.category): t.count for t in exchange.transfers}


@pytest.fixture(scope="session")
def exchange_legs() -> Callable[[Exchange], dict[tuple[str, str, PersonCategory], Count]]:
    """The :func:`transfers_by_direction` helper (session-wide, so Hypothesis tests may take it)."""
    return transfers_by_direction


def dated_transfers(text: str, published: date) -> set[tuple[str, str, str, str]]:
    """(day, sender, receiver, count) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=published, publisher="Desk"
    )
    return {
        (i.period.format(), t.sender.code, t.receiver.code, str(t.count))
        for i in items
        if isinstance(i, Exchange)
        for t in i.transfers
    }


@pytest.fixture(scope="session")
def dated_legs() -> Callable[[str, date], set[tuple[str, str, str, str]]]:
    """The :func:`dated_transfers` helper (session-wide, so Hypothesis tests may take it)."""
    return dated_transfers
