"""A side's interval is the event's spread in proportion; the parts keep the event's bounds."""

from __future__ import annotations

import io
from collections.abc import Iterator

from exchangekit_ucdp import synthetic as ged_rows
from exchangekit_ucdp.events import GedEvent, part_count
from hypothesis import given
from hypothesis import strategies as st

import exchangekit
from exchangekit import Period


@st.composite
def events(draw: st.DrawFn) -> GedEvent:
    parts = draw(st.tuples(*(st.integers(0, 10_000) for _ in range(4))))
    best = sum(parts)
    return GedEvent(
        id="1",
        period=Period.year(2023),
        side_a="A",
        side_b="B",
        country="C",
        deaths_a=parts[0],
        deaths_b=parts[1],
        deaths_civilians=parts[2],
        deaths_unknown=parts[3],
        low=draw(st.integers(0, best + 50)),
        best=best,
        high=draw(st.integers(0, 3 * best + 50)),
    )


@given(events())
def test_the_parts_hold_their_best_and_together_span_the_events_bounds(event: GedEvent) -> None:
    parts = [
        part_count(d, event)
        for d in (event.deaths_a, event.deaths_b, event.deaths_civilians, event.deaths_unknown)
    ]
    for deaths, count in zip(
        (event.deaths_a, event.deaths_b, event.deaths_civilians, event.deaths_unknown),
        parts,
        strict=True,
    ):
        assert count.best == deaths
        assert count.contains(deaths)
    together = sum(parts, exchangekit.Count.exact(0))
    assert together.best == event.best
    assert together.low <= event.total.low
    assert together.high is not None
    assert event.total.high is not None
    assert together.high >= event.total.high


class _Counting(io.StringIO):
    """A text stream that counts the lines handed out, to show the parser reads lazily."""

    def __init__(self, text: str) -> None:
        super().__init__(text, newline="")
        self.lines = 0

    def __next__(self) -> str:
        self.lines += 1
        return super().__next__()

    def __iter__(self) -> Iterator[str]:
        return self

    def readline(self, size: int | None = -1, /) -> str:
        self.lines += 1
        return super().readline(size)


def test_a_csv_file_is_read_row_by_row() -> None:
    text = ged_rows.write(
        [
            ged_rows.row(
                n,
                Period.year(2023).start,
                1,
                "Wagner Group",
                "Government of Ukraine",
                "Ukraine",
                (1, 1, 0, 0),
                2,
                2,
            )
            for n in range(1, 2001)
        ]
    )
    stream = _Counting(text)
    with exchangekit.iter_parse(stream, format="ucdp-ged") as records:
        first = next(records)
        assert first.id == "ged-1-a"
        assert stream.lines < 50
        assert sum(1 for _ in records) == 2000 * 3 - 1
