"""The chart scales: every value lands on the axis, in order, and a log axis only when needed."""

from __future__ import annotations

import pytest
from exchangekit_html.charts import LOG_SPAN, Scale, nice_ceiling, scale_for
from hypothesis import given
from hypothesis import strategies as st

VALUES = st.lists(st.integers(min_value=0, max_value=10**12), min_size=1, max_size=20)


@given(st.integers(min_value=0, max_value=10**15))
def test_a_nice_ceiling_covers_the_value_and_at_most_doubles_it(value: int) -> None:
    ceiling = nice_ceiling(value)
    assert ceiling >= value
    assert ceiling <= max(2 * value, 1)


@given(VALUES)
def test_every_value_lands_inside_the_axis_and_in_order(values: list[int]) -> None:
    scale = scale_for(values, 64, 624)
    positions = [scale(v) for v in sorted(values)]
    assert all(64 <= p <= 624 for p in positions)
    assert positions == sorted(positions)
    assert scale.high >= max(values)
    positive = [v for v in values if v > 0]
    assert scale.low <= min(positive) if scale.log else scale.low == 0


@given(VALUES)
def test_a_log_axis_exactly_when_the_values_span_orders_of_magnitude(values: list[int]) -> None:
    positive = [v for v in values if v > 0]
    spans = bool(positive) and max(values) >= LOG_SPAN * min(positive)
    assert scale_for(values, 0, 100).log == spans


@given(VALUES)
def test_a_forced_log_axis_keeps_order_and_spans_its_ends(values: list[int]) -> None:
    if not any(values):
        return
    scale = scale_for(values, 0, 10_000, log=True)
    places = [scale(v) for v in sorted(values)]
    assert places == sorted(places)
    assert (scale(scale.low), scale(scale.high)) == (0, 10_000)
    assert scale(0) == 0  # zero sits at the axis' start, not off the page


def test_the_running_example_spans_three_orders_on_a_log_axis() -> None:
    scale = scale_for([31, 46_001, 135_001], 0, 100)
    assert scale.log
    assert (scale.low, scale.high) == (10, 1_000_000)
    assert scale.ticks() == [10, 100, 1_000, 10_000, 100_000, 1_000_000]


def test_a_linear_axis_starts_at_zero_with_round_ticks() -> None:
    scale = scale_for([900, 1_100], 0, 100)
    assert not scale.log
    assert (scale.low, scale.high) == (0, 2_000)
    assert scale.ticks() == [0, 400, 800, 1_200, 1_600, 2_000]


def test_a_log_scale_refuses_a_domain_at_or_below_zero() -> None:
    with pytest.raises(ValueError, match="0 < low < high"):
        Scale(0, 100, 0, 1, log=True)
