"""Count: validation, interval arithmetic, qualifier joins, and how a count prints."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from exchangekit import Count, CountSemantics, Qualifier, RecordValidationError

# Local strategies (exchangekit.strategies is written separately and may not exist yet).

FIGURES = st.integers(min_value=0, max_value=10**7)
WIDTHS = st.fractions(min_value=0, max_value=Fraction(99, 100), max_denominator=100)


@st.composite
def _between(draw: st.DrawFn) -> Count:
    low = draw(FIGURES)
    high = draw(st.integers(min_value=low, max_value=low + 10**6))
    best = draw(st.none() | st.integers(min_value=low, max_value=high))
    return Count.between(low, high, best)


@st.composite
def _order_of_magnitude(draw: st.DrawFn) -> Count:
    low = draw(FIGURES)
    high = draw(st.none() | st.integers(min_value=low, max_value=low + 10**6))
    return Count.order_of_magnitude(low, high)


@st.composite
def _raw(draw: st.DrawFn) -> Count:
    """Any valid count built field by field, including shapes no constructor makes."""
    low = draw(FIGURES)
    high = draw(st.none() | st.integers(min_value=low, max_value=low + 10**6))
    top = low + 10**6 if high is None else high
    best = draw(st.none() | st.integers(min_value=low, max_value=top))
    return Count(low, high, best, draw(st.sampled_from(Qualifier)))


def counts() -> st.SearchStrategy[Count]:
    """Counts from every constructor, plus arbitrary valid field combinations."""
    return st.one_of(
        FIGURES.map(Count.exact),
        st.builds(Count.approx, FIGURES, WIDTHS),
        st.builds(Count.nearly, FIGURES, WIDTHS),
        FIGURES.map(Count.at_least),
        FIGURES.map(Count.more_than),
        FIGURES.map(Count.at_most),
        st.integers(min_value=1, max_value=10**7).map(Count.fewer_than),
        _between(),
        _order_of_magnitude(),
        st.just(Count.unknown()),
        _raw(),
    )


def _value_in(data: st.DataObject, count: Count) -> int:
    high = count.low + 10**7 if count.high is None else count.high
    return data.draw(st.integers(min_value=count.low, max_value=high))


def _probes(*items: Count) -> set[int]:
    """Numbers worth checking against these counts: every bound and its neighbours."""
    points: set[int] = set()
    for count in items:
        for bound in (count.low, count.high):
            if bound is not None:
                points.update(n for n in (bound - 1, bound, bound + 1) if n >= 0)
    return points


# -- constructors and validation ------------------------------------------------


def test_constructors_give_the_documented_intervals() -> None:
    assert Count.exact(31) == Count(31, 31, 31, Qualifier.EXACT)
    assert Count.approx(1000) == Count(900, 1100, 1000, Qualifier.APPROXIMATE)
    assert Count.nearly(1000) == Count(900, 1000, 1000, Qualifier.APPROXIMATE)
    assert Count.at_least(135_000) == Count(135_000, None, None, Qualifier.AT_LEAST)
    assert Count.more_than(46_000) == Count(46_001, None, None, Qualifier.MORE_THAN)
    assert Count.at_most(500) == Count(0, 500, None, Qualifier.AT_MOST)
    assert Count.fewer_than(500) == Count(0, 499, None, Qualifier.FEWER_THAN)
    assert Count.between(40_000, 50_000) == Count(40_000, 50_000, None, Qualifier.RANGE)
    assert Count.unknown() == Count(0, None, None, Qualifier.UNKNOWN)


def test_a_float_width_means_its_decimal_value() -> None:
    # 0.1 as a binary float is slightly above 1/10; read naively it gives 899 to 1,101.
    assert Count.approx(1000, 0.1) == Count.approx(1000, Fraction(1, 10))
    assert Count.approx(1000, 0.1).bounds_text() == "[900, 1,100]"
    assert CountSemantics(approx_width=0.1).approx_width == Fraction(1, 10)
    assert CountSemantics(near_width="0.05").near_width == Fraction(1, 20)


@given(n=FIGURES, width=WIDTHS)
def test_approx_is_centred_on_its_best_figure(n: int, width: Fraction) -> None:
    count = Count.approx(n, width)
    assert count.best == n
    assert count.contains(n)
    assert count.low <= n * (1 - width) < count.low + 1
    assert count.high is not None
    assert count.high - 1 < n * (1 + width) <= count.high


@given(n=FIGURES, width=WIDTHS)
def test_nearly_never_goes_above_its_figure(n: int, width: Fraction) -> None:
    count = Count.nearly(n, width)
    assert count.high == n == count.best
    assert count.low <= n * (1 - width) < count.low + 1


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: Count(-1, 5), "low"),
        (lambda: Count(5, 4), "high"),
        (lambda: Count(1, 5, 9), "best"),
        (lambda: Count(1.5, 2), "low"),  # type: ignore[arg-type]
        (lambda: Count("5", 6), "low"),  # type: ignore[arg-type]
        (lambda: Count(True, 6), "low"),
        (lambda: Count(1, 2, None, "exact"), "qualifier"),  # type: ignore[arg-type]
        (lambda: Count.exact(-3), "best"),
        (lambda: Count.exact(2.0), "best"),  # type: ignore[arg-type]
        (lambda: Count.approx(-3), "best"),
        (lambda: Count.approx(100, 1.5), "width"),
        (lambda: Count.approx(100, float("nan")), "width"),
        (lambda: Count.nearly(100, -0.1), "width"),
        (lambda: Count.more_than(-1), "low"),
        (lambda: Count.at_least(-1), "low"),
        (lambda: Count.at_most(-1), "high"),
        (lambda: Count.fewer_than(0), "high"),
    ],
)
def test_impossible_counts_are_refused_naming_the_field(make: object, field: str) -> None:
    with pytest.raises(RecordValidationError) as caught:
        make()  # type: ignore[operator]
    assert caught.value.record == "Count"
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"approx_width": 1}, "approx_width"),
        ({"approx_width": -0.1}, "approx_width"),
        ({"approx_width": float("inf")}, "approx_width"),
        ({"near_width": "wide"}, "near_width"),
        ({"magnitude_floor": 0}, "magnitude_floor"),
        ({"magnitude_floor": 5}, "magnitude_floor"),
        ({"magnitude_floor": 2.0}, "magnitude_floor"),
        ({"years": (2099, 1900)}, "years"),
        ({"years": (1, 2)}, "years"),
        ({"years": [1900, 2099]}, "years"),
    ],
)
def test_bad_semantics_are_refused_naming_the_field(options: dict[str, object], field: str) -> None:
    with pytest.raises(RecordValidationError) as caught:
        CountSemantics(**options)  # type: ignore[arg-type]
    assert (caught.value.record, caught.value.field) == ("CountSemantics", field)


# -- addition --------------------------------------------------------------------


@given(a=counts(), b=counts(), c=counts())
def test_addition_is_associative(a: Count, b: Count, c: Count) -> None:
    assert (a + b) + c == a + (b + c)


@given(a=counts(), b=counts())
def test_addition_is_commutative(a: Count, b: Count) -> None:
    assert a + b == b + a


@given(a=counts())
def test_exact_zero_is_the_identity(a: Count) -> None:
    assert a + Count.exact(0) == a == Count.exact(0) + a


@given(items=st.lists(counts(), max_size=6))
def test_builtin_sum_adds_left_to_right(items: list[Count]) -> None:
    expected = Count.exact(0)
    for item in items:
        expected = expected + item
    total = sum(items, Count.exact(0))
    assert total == expected
    if items:
        assert sum(items) == expected


@given(data=st.data(), items=st.lists(counts(), min_size=1, max_size=6))
def test_every_true_total_lies_inside_the_sum(data: st.DataObject, items: list[Count]) -> None:
    truths = [_value_in(data, item) for item in items]
    assert sum(items).contains(sum(truths))


@given(a=counts(), b=counts())
def test_sum_bounds_are_the_sums_of_the_bounds(a: Count, b: Count) -> None:
    total = a + b
    assert total.low == a.low + b.low
    if a.high is None or b.high is None:
        assert total.high is None
    else:
        assert total.high == a.high + b.high


def test_three_handovers_of_around_a_thousand_and_one_exact() -> None:
    around = Count.parse("around 1,000")
    total = around + around + around + Count.exact(1000)
    assert (total.low, total.high, total.best) == (3700, 4300, 4000)
    assert total.qualifier is Qualifier.APPROXIMATE
    assert total.contains(4000)


@pytest.mark.parametrize(
    ("a", "b", "qualifier"),
    [
        (Count.exact(1), Count.exact(2), Qualifier.EXACT),
        (Count.approx(100), Count.approx(50), Qualifier.APPROXIMATE),
        (Count.approx(100), Count.exact(31), Qualifier.APPROXIMATE),
        (Count.at_least(5), Count.exact(3), Qualifier.AT_LEAST),
        (Count.more_than(5), Count.more_than(3), Qualifier.MORE_THAN),
        (Count.more_than(5), Count.at_least(3), Qualifier.RANGE),
        (Count.at_most(5), Count.at_most(3), Qualifier.AT_MOST),
        (Count.fewer_than(5), Count.fewer_than(3), Qualifier.FEWER_THAN),
        # "at most 5" plus exactly 10 is 10 to 15, which is not "at most" anything.
        (Count.at_most(5), Count.exact(10), Qualifier.RANGE),
        (Count.fewer_than(5), Count.approx(10), Qualifier.RANGE),
        (Count.order_of_magnitude(20_000, 99_999), Count.exact(31), Qualifier.RANGE),
        (
            Count.order_of_magnitude(20_000, 99_999),
            Count.order_of_magnitude(20_000, 99_999),
            Qualifier.RANGE,
        ),
        (Count.unknown(), Count.exact(31), Qualifier.UNKNOWN),
        (Count.between(1, 2), Count.exact(3), Qualifier.RANGE),
    ],
)
def test_qualifier_of_a_sum(a: Count, b: Count, qualifier: Qualifier) -> None:
    assert (a + b).qualifier is qualifier


@given(a=counts(), b=counts())
def test_a_ceiling_qualifier_survives_only_while_the_floor_is_zero(a: Count, b: Count) -> None:
    assume(Count.exact(0) not in (a, b))
    total = a + b
    if total.qualifier in (Qualifier.AT_MOST, Qualifier.FEWER_THAN):
        assert total.low == 0
    assert total.qualifier is not Qualifier.ORDER_OF_MAGNITUDE or Qualifier.EXACT in {
        a.qualifier,
        b.qualifier,
    }


def test_adding_something_else_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        Count.exact(1) + 1  # type: ignore[operator]
    with pytest.raises(TypeError):
        _ = 1 + Count.exact(1)  # type: ignore[operator]


# -- intersection, overlap, hull -----------------------------------------------------


@given(a=counts(), b=counts(), data=st.data())
def test_intersection_holds_exactly_the_shared_values(
    a: Count, b: Count, data: st.DataObject
) -> None:
    both = a.intersection(b)
    probes = _probes(a, b) | {_value_in(data, a), _value_in(data, b)}
    for n in probes:
        shared = a.contains(n) and b.contains(n)
        assert (both is not None and both.contains(n)) == shared
    assert (both is None) == (not a.overlaps(b))
    if both is not None:
        assert both == b.intersection(a)


@given(a=counts(), b=counts())
def test_overlap_is_symmetric(a: Count, b: Count) -> None:
    assert a.overlaps(b) == b.overlaps(a)
    assert a.overlaps(a)


def test_an_intersection_of_one_number_is_that_exact_number() -> None:
    assert Count.between(0, 5).intersection(Count.between(5, 9)) == Count.exact(5)
    assert Count.at_most(10).intersection(Count.more_than(20)) is None
    assert Count.approx(1000).intersection(Count.at_least(950)) == Count.between(950, 1100, 1000)


@given(a=counts(), b=counts(), data=st.data())
def test_hull_is_the_smallest_count_containing_both(
    a: Count, b: Count, data: st.DataObject
) -> None:
    hull = a.hull(b)
    assert hull.contains(_value_in(data, a))
    assert hull.contains(_value_in(data, b))
    for n in _probes(a, b):
        if a.contains(n) or b.contains(n):
            assert hull.contains(n)
    assert hull.low == min(a.low, b.low)
    if a.high is not None and b.high is not None:
        assert hull.high == max(a.high, b.high)
    else:
        assert hull.high is None
    assert a.hull(a) == a


# -- reading a count back ---------------------------------------------------------------


@given(count=counts())
def test_conservative_figure_is_the_floor_and_always_possible(count: Count) -> None:
    assert count.conservative == count.low
    assert count.contains(count.conservative)


@pytest.mark.parametrize(
    ("count", "text"),
    [
        (Count.exact(1000), "1,000"),
        (Count.approx(1000), "around 1,000 [900, 1,100]"),
        (Count.nearly(1000), "nearly 1,000 [900, 1,000]"),
        (Count.approx(0), "around 0 [0, 0]"),
        (Count.more_than(135_000), "more than 135,000"),
        (Count.at_least(135_000), "at least 135,000"),
        (Count.at_most(500), "at most 500"),
        (Count.fewer_than(500), "fewer than 500"),
        (Count.between(40_000, 50_000), "40,000–50,000"),
        (Count.between(40_000, 50_000, 45_000), "40,000–50,000 (best 45,000)"),
        (Count.order_of_magnitude(20_000, 99_999), "tens of thousands (20,000–99,999)"),
        (Count.order_of_magnitude(5, 99), "5–99"),
        (Count.unknown(), "unknown"),
        (Count.unknown() + Count.exact(31), "at least 31"),
        # A record that calls a span EXACT is not printed as its best figure alone.
        (Count(5, 10, 7, Qualifier.EXACT), "5–10 (best 7)"),
    ],
)
def test_str(count: Count, text: str) -> None:
    assert str(count) == text


SIMPLE = st.one_of(
    FIGURES.map(Count.exact),
    FIGURES.map(Count.at_least),
    FIGURES.map(Count.more_than),
    FIGURES.map(Count.at_most),
    st.integers(min_value=1, max_value=10**7).map(Count.fewer_than),
    st.tuples(FIGURES, st.integers(min_value=1, max_value=10**6)).map(
        lambda pair: Count.between(pair[0], pair[0] + pair[1])
    ),
)


@given(count=SIMPLE)
def test_str_of_a_plain_count_parses_back(count: Count) -> None:
    assert Count.parse(str(count)) == count
