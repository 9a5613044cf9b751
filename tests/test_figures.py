"""The figure grammar: Count.parse on whole phrases, iter_figures on running text."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count, CountParseError, CountSemantics, Qualifier
from exchangekit.figures import MAX_FIGURE, FigureMatch, iter_figures, parse_count

# -- an independent renderer of figures, for format-then-parse properties ----------------

_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_hundred(n: int) -> str:
    if n < 20:
        return _SMALL[n]
    tens, units = divmod(n, 10)
    return _TENS[tens] + (f"-{_SMALL[units]}" if units else "")


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return _below_hundred(rest)
    head = f"{_SMALL[hundreds]} hundred"
    return f"{head} and {_below_hundred(rest)}" if rest else head


def in_words(n: int) -> str:
    """British English number words, as a reporter would spell them out."""
    if n == 0:
        return "zero"
    parts: list[str] = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            parts.append(f"{_below_thousand(n // scale)} {name}")
            n %= scale
    if n:
        parts.append(f"and {_below_hundred(n)}" if parts and n < 100 else _below_thousand(n))
    return " ".join(parts)


def _grouped(n: int, separator: str) -> str:
    return f"{n:,}".replace(",", separator)


def _with_scale(n: int) -> str | None:
    """'1.2 million' or '46 thousand' style, when ``n`` can be written so exactly."""
    for scale, name in ((10**6, "million"), (10**3, "thousand")):
        if n >= scale and n % (scale // 10) == 0:
            whole, tenths = divmod(n // (scale // 10), 10)
            return f"{whole}.{tenths} {name}" if tenths else f"{whole} {name}"
    return None


RENDERINGS: dict[str, Callable[[int], str | None]] = {
    "commas": lambda n: f"{n:,}",
    "plain digits": str,
    "spaces": lambda n: _grouped(n, " "),
    "no-break spaces": lambda n: _grouped(n, "\u00a0"),
    "narrow no-break spaces": lambda n: _grouped(n, "\u202f"),
    "words": in_words,
    "capitalised words": lambda n: in_words(n).capitalize(),
    "scale word": _with_scale,
    "k suffix": lambda n: f"{n // 1000}k" if n and n % 1000 == 0 else None,
}

NO_YEARS = CountSemantics(years=None)  # so that plain "2000" is a figure in these properties
FIGURES = st.integers(min_value=0, max_value=10**10)


@st.composite
def rendered(draw: st.DrawFn) -> tuple[int, str]:
    n = draw(FIGURES | st.sampled_from([0, 1, 12, 31, 100, 1000, 46_000, 135_000, 1_200_000]))
    style = draw(st.sampled_from(sorted(RENDERINGS)))
    text = RENDERINGS[style](n)
    if text is None:
        text = f"{n:,}"
    return n, text


HEDGES: dict[str, Callable[[int], Count]] = {
    "around": Count.approx,
    "about": Count.approx,
    "approximately": Count.approx,
    "roughly": Count.approx,
    "some": Count.approx,
    "circa": Count.approx,
    "an estimated": Count.approx,
    "in the region of": Count.approx,
    "on the order of": Count.approx,
    "nearly": Count.nearly,
    "almost": Count.nearly,
    "more than": Count.more_than,
    "over": Count.more_than,
    "above": Count.more_than,
    "in excess of": Count.more_than,
    "upwards of": Count.more_than,
    "at least": Count.at_least,
    "no fewer than": Count.at_least,
    "no less than": Count.at_least,
    "not fewer than": Count.at_least,
    "not less than": Count.at_least,
    "a minimum of": Count.at_least,
    "up to": Count.at_most,
    "at most": Count.at_most,
    "no more than": Count.at_most,
    "not more than": Count.at_most,
    "a maximum of": Count.at_most,
    "fewer than": Count.fewer_than,
    "less than": Count.fewer_than,
    "under": Count.fewer_than,
    "below": Count.fewer_than,
}


# -- format, then parse ---------------------------------------------------------


@given(figure=rendered())
def test_a_plain_figure_reads_back_exactly(figure: tuple[int, str]) -> None:
    n, text = figure
    assert Count.parse(text, semantics=NO_YEARS) == Count.exact(n)


@given(figure=rendered(), hedge=st.sampled_from(sorted(HEDGES)))
def test_a_hedged_figure_reads_back_as_its_constructor(figure: tuple[int, str], hedge: str) -> None:
    n, text = figure
    if hedge in ("fewer than", "less than", "under", "below") and n == 0:
        with pytest.raises(CountParseError, match="impossible"):
            Count.parse(f"{hedge} {text}", semantics=NO_YEARS)
        return
    assert Count.parse(f"{hedge} {text}", semantics=NO_YEARS) == HEDGES[hedge](n)


@given(
    n=FIGURES,
    approx=st.fractions(min_value=0, max_value=Fraction(99, 100), max_denominator=1000),
    near=st.fractions(min_value=0, max_value=Fraction(99, 100), max_denominator=1000),
)
def test_hedge_widths_come_from_the_semantics(n: int, approx: Fraction, near: Fraction) -> None:
    semantics = CountSemantics(approx_width=approx, near_width=near)
    assert Count.parse(f"around {n:,}", semantics=semantics) == Count.approx(n, approx)
    assert Count.parse(f"nearly {n:,}", semantics=semantics) == Count.nearly(n, near)
    assert Count.parse(f"around {n:,}", semantics=semantics) == Count.approx(n, semantics=semantics)


@given(
    low=FIGURES,
    extra=st.integers(min_value=0, max_value=10**9),
    joint=st.sampled_from(["between {} and {}", "from {} to {}", "{} to {}", "{}–{}", "{}-{}"]),
    spacing=st.sampled_from(["", " "]),
)
def test_a_range_reads_back_as_between(low: int, extra: int, joint: str, spacing: str) -> None:
    if "{}-{}" in joint or "{}–{}" in joint:
        joint = joint.replace("-", f"{spacing}-{spacing}").replace("–", f"{spacing}–{spacing}")
    text = joint.format(f"{low:,}", f"{low + extra:,}")
    assert Count.parse(text) == Count.between(low, low + extra)


@given(
    low=st.integers(min_value=1, max_value=999),
    extra=st.integers(min_value=0, max_value=998),
    scale=st.sampled_from([("thousand", 10**3), ("million", 10**6), ("dozen", 12)]),
    joint=st.sampled_from(["between {} and {}", "from {} to {}", "{} to {}"]),
    words=st.booleans(),
)
def test_a_scale_word_after_the_second_end_covers_both(
    low: int, extra: int, scale: tuple[str, int], joint: str, words: bool
) -> None:
    name, factor = scale
    # Scale words multiply numbers below 1,000; dozens are counted below a hundred.
    cap = 99 if name == "dozen" else 999
    low = min(low, cap)
    high = min(low + extra, cap)
    render = in_words if words else str
    text = joint.format(render(low), f"{render(high)} {name}")
    assert Count.parse(text) == Count.between(low * factor, high * factor)


@given(
    low=st.integers(min_value=0, max_value=10**6),
    extra=st.integers(min_value=0, max_value=10**6),
    hedge=st.sampled_from(["around", "about", "some", "roughly"]),
)
def test_a_hedged_range_widens_both_ends(low: int, extra: int, hedge: str) -> None:
    widened = Count.approx(low).hull(Count.approx(low + extra))
    parsed = Count.parse(f"{hedge} {low:,}–{low + extra:,}")
    assert (parsed.low, parsed.high) == (widened.low, widened.high)
    assert parsed.qualifier is Qualifier.RANGE


@given(floor=st.integers(min_value=1, max_value=4))
def test_orders_of_magnitude_follow_the_floor(floor: int) -> None:
    semantics = CountSemantics(magnitude_floor=floor)
    table = {
        "dozens": (12, 100),
        "scores": (20, 100),
        "tens": (10, 100),
        "hundreds": (100, 1000),
        "thousands": (1000, 10**4),
        "tens of thousands": (10**4, 10**5),
        "hundreds of thousands": (10**5, 10**6),
        "millions": (10**6, 10**7),
        "tens of millions": (10**7, 10**8),
        "hundreds of millions": (10**8, 10**9),
        "billions": (10**9, 10**10),
    }
    for phrase, (unit, next_unit) in table.items():
        expected = Count.order_of_magnitude(floor * unit, next_unit - 1)
        assert Count.parse(phrase, semantics=semantics) == expected, phrase


# -- a table of phrases as reports write them -------------------------------------

PHRASES: list[tuple[str, Count]] = [
    ("1,000", Count.exact(1000)),
    ("1000", Count.exact(1000)),
    ("1 000", Count.exact(1000)),
    ("1\u202f000", Count.exact(1000)),
    ("1\u00a0000\u00a0000", Count.exact(1_000_000)),
    ("31", Count.exact(31)),
    ("0", Count.exact(0)),
    ("  1,000\n", Count.exact(1000)),
    ("One thousand", Count.exact(1000)),
    ("ONE THOUSAND", Count.exact(1000)),
    ("a thousand", Count.exact(1000)),
    ("thirty-one", Count.exact(31)),
    ("thirty one", Count.exact(31)),
    ("a hundred and twelve", Count.exact(112)),
    ("one hundred twelve", Count.exact(112)),
    ("two hundred thousand", Count.exact(200_000)),
    ("a hundred thousand", Count.exact(100_000)),
    ("fifteen hundred", Count.exact(1500)),
    ("one thousand and five", Count.exact(1005)),
    ("two million three hundred and forty thousand", Count.exact(2_340_000)),
    ("zero", Count.exact(0)),
    ("46 thousand", Count.exact(46_000)),
    ("1.2 million", Count.exact(1_200_000)),
    ("2.5 thousand", Count.exact(2500)),
    ("0.5 million", Count.exact(500_000)),
    ("5 hundred", Count.exact(500)),
    ("46k", Count.exact(46_000)),
    ("1.5K", Count.exact(1500)),
    ("a dozen", Count.approx(12)),
    ("two dozen", Count.approx(24)),
    ("3 dozen", Count.approx(36)),
    ("half a dozen", Count.approx(6)),
    ("about a dozen", Count.approx(12)),
    ("more than a dozen", Count.more_than(12)),
    ("around 1,000", Count.approx(1000)),
    ("Around 1,000", Count.approx(1000)),
    ("about 1,000", Count.approx(1000)),
    ("approximately 1,000", Count.approx(1000)),
    ("roughly 1,000", Count.approx(1000)),
    ("some 1,000", Count.approx(1000)),
    ("circa 1,000", Count.approx(1000)),
    ("an estimated 1,000", Count.approx(1000)),
    ("nearly 1,000", Count.nearly(1000)),
    ("almost a thousand", Count.nearly(1000)),
    ("more than 135,000", Count.more_than(135_000)),
    ("over 46,000", Count.more_than(46_000)),
    ("in excess of 10,000", Count.more_than(10_000)),
    ("upwards of 10,000", Count.more_than(10_000)),
    ("at least 135,000", Count.at_least(135_000)),
    ("no fewer than 500", Count.at_least(500)),
    ("no less than 500", Count.at_least(500)),
    ("a minimum of 500", Count.at_least(500)),
    ("135,000+", Count.at_least(135_000)),
    ("46k+", Count.at_least(46_000)),
    ("up to 500", Count.at_most(500)),
    ("at most 500", Count.at_most(500)),
    ("no more than 500", Count.at_most(500)),
    ("fewer than 500", Count.fewer_than(500)),
    ("less than 500", Count.fewer_than(500)),
    ("under 500", Count.fewer_than(500)),
    ("below 500", Count.fewer_than(500)),
    ("fewer than one", Count.fewer_than(1)),
    ("between 40 and 50 thousand", Count.between(40_000, 50_000)),
    ("between 40,000 and 50,000", Count.between(40_000, 50_000)),
    ("between forty and fifty thousand", Count.between(40_000, 50_000)),
    ("between one hundred and two hundred", Count.between(100, 200)),
    ("between a hundred and twelve and two hundred", Count.between(112, 200)),
    ("between 500 and a thousand", Count.between(500, 1000)),
    ("40,000–50,000", Count.between(40_000, 50_000)),
    ("40,000-50,000", Count.between(40_000, 50_000)),
    ("40,000—50,000", Count.between(40_000, 50_000)),
    ("40,000 – 50,000", Count.between(40_000, 50_000)),
    ("40,000 to 50,000", Count.between(40_000, 50_000)),
    ("from 40,000 to 50,000", Count.between(40_000, 50_000)),
    ("40 to 50 thousand", Count.between(40_000, 50_000)),
    ("40-50k", Count.between(40_000, 50_000)),
    ("1.2–1.5 million", Count.between(1_200_000, 1_500_000)),
    ("between 2 and 3 dozen", Count.between(24, 36)),
    # Digit grouping does not spread: read literally, the range still holds the truth.
    ("40-50,000", Count.between(40, 50_000)),
    ("about 40 to 50", Count.between(36, 55)),
    ("dozens", Count.order_of_magnitude(24, 99)),
    ("scores", Count.order_of_magnitude(40, 99)),
    ("hundreds", Count.order_of_magnitude(200, 999)),
    ("thousands", Count.order_of_magnitude(2000, 9999)),
    ("tens of thousands", Count.order_of_magnitude(20_000, 99_999)),
    ("Tens of thousands", Count.order_of_magnitude(20_000, 99_999)),
    ("hundreds of thousands", Count.order_of_magnitude(200_000, 999_999)),
    ("millions", Count.order_of_magnitude(2_000_000, 9_999_999)),
]


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_phrase(text: str, expected: Count) -> None:
    assert Count.parse(text) == expected
    assert parse_count(text) == expected


ERRORS: list[tuple[str, str]] = [
    ("", "empty"),
    ("   ", "empty"),
    ("-5", "negative"),
    ("−5", "negative"),
    ("1,00,0", "grouped irregularly"),
    ("10,00", "grouped irregularly"),
    ("1000,000", "grouped irregularly"),
    ("1.000", "not a whole number"),
    ("1.000.000", "decimal point"),
    ("1.5", "not a whole number"),
    ("1.2345 thousand", "not a whole number"),
    ("twelvety", "not a figure phrase"),
    ("1e6", "unexpected 'e6'"),
    ("2025", "reads as a year"),
    ("around 1990", "reads as a year"),
    ("in 2025", "not a figure phrase"),
    ("23 October 2025", "unexpected"),
    ("1,000 people", "unexpected 'people'"),
    ("1,000 bodies", "unexpected 'bodies'"),
    ("1,000-kilometre", "unexpected '-kilometre'"),
    ("fewer than 0", "impossible"),
    ("50-40", "backwards"),
    ("between 50 and 40", "backwards"),
    ("007", "zero"),
    ("1234567890123", "999,999,999,999"),
    ("a", "not a figure phrase"),
    ("between 40 and", "not a figure phrase"),
    ("around tens of thousands", "not a figure phrase"),
    ("more than 135,000+", "unexpected"),
    ("forty-fifty", "unexpected"),
    ("1,000.", "unexpected '.'"),
    ("one, two", "unexpected"),
    ("1/2", "unexpected"),
]


@pytest.mark.parametrize(("text", "reason"), ERRORS)
def test_not_a_figure(text: str, reason: str) -> None:
    with pytest.raises(CountParseError) as caught:
        Count.parse(text)
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.text == text
    assert repr(text) in str(error)
    assert reason in str(error)


def test_the_error_says_what_is_accepted() -> None:
    with pytest.raises(CountParseError, match="expected one figure phrase such as '1,000'"):
        Count.parse("a great many")


def test_years_can_be_read_as_figures_when_asked() -> None:
    assert Count.parse("2000", semantics=CountSemantics(years=None)) == Count.exact(2000)
    assert Count.parse("1950", semantics=CountSemantics(years=(2000, 2099))) == Count.exact(1950)
    assert Count.parse("1899") == Count.exact(1899)
    assert Count.parse("2,025") == Count.exact(2025)


def test_parse_wants_text() -> None:
    with pytest.raises(TypeError, match="expects text"):
        Count.parse(1000)  # type: ignore[arg-type]


SOUP = st.lists(
    st.sampled_from(
        [
            *"0123456789,.-–—+k ",
            "\u202f",
            "1,000",
            "between",
            "and",
            "to",
            "from",
            "a",
            "half",
            "dozen",
            "hundred",
            "thousand",
            "million",
            "tens",
            "of",
            "thousands",
            "more than",
            "over",
            "around",
            "nearly",
            "up to",
            "fewer than",
            "one",
            "twenty",
            "zero",
            "2025",
            "people",
        ]
    ),
    max_size=14,
)


def _outcome(text: str) -> Count | CountParseError:
    try:
        return Count.parse(text)
    except CountParseError as error:
        return error


@given(text=st.text() | SOUP.map(" ".join) | SOUP.map("".join))
def test_parse_raises_nothing_but_count_parse_error(text: str) -> None:
    result = _outcome(text)
    assert isinstance(result, Count) or result.text == text


# -- finding figures in running text ---------------------------------------------------

REPORT = (
    "On Thursday Moscow returned one thousand bodies to Kyiv and received 31 in return, "
    "the fourth such handover after July, August and September 2025, each of around 1,000. "
    "In February Kyiv put its dead at over 46,000, with tens of thousands more missing, "
    "while an open-source tally confirms more than 135,000 deaths on the other side along "
    "a front of more than 1,000 kilometres."
)


def test_figures_in_a_report() -> None:
    found = [(m.text, m.count) for m in iter_figures(REPORT)]
    assert found == [
        ("one thousand", Count.exact(1000)),
        ("31", Count.exact(31)),
        ("around 1,000", Count.approx(1000)),
        ("over 46,000", Count.more_than(46_000)),
        ("tens of thousands", Count.order_of_magnitude(20_000, 99_999)),
        ("more than 135,000", Count.more_than(135_000)),
        ("more than 1,000", Count.more_than(1000)),
    ]


def test_a_match_unpacks_and_points_into_the_text() -> None:
    text = "Officials counted 1,000 bodies."
    start, end, count, matched = next(iter_figures(text))
    assert (start, end, count, matched) == (18, 23, Count.exact(1000), "1,000")
    assert text[start:end] == matched


def test_a_hyphenated_measure_still_yields_its_figure() -> None:
    found = list(iter_figures("along the 1,000-kilometre front"))
    assert [(m.text, m.count) for m in found] == [("1,000", Count.exact(1000))]


@pytest.mark.parametrize(
    "text",
    [
        "in 2025",
        "on 2025-10-23",
        "at 10:30",
        "the 3rd brigade",
        "a 46km front",
        "COVID-19",
        "-5 degrees",
        "the score was 5-4",
        "in 2024-25",
        "1,00,0",
        "1.000.000",
        "half of 1/2",
        "M1",
    ],
)
def test_dates_times_signs_and_codes_are_not_figures(text: str) -> None:
    assert list(iter_figures(text)) == []


def test_unhedged_drops_a_hedge_word_that_belongs_to_the_verb() -> None:
    text = "Russia handed over 1,000 bodies"
    match = next(iter_figures(text))
    assert (match.text, match.count) == ("over 1,000", Count.more_than(1000))
    bare = match.unhedged()
    assert bare == FigureMatch(19, 24, Count.exact(1000), "1,000")
    assert text[bare.start : bare.end] == bare.text
    plain = next(iter_figures("exactly 31 were returned"))
    assert plain.unhedged() is plain
    widened = next(iter_figures("about 40-50 were returned"))
    assert widened.unhedged().count == Count.between(40, 50)


@given(pieces=SOUP)
def test_each_match_is_a_phrase_that_parses_to_the_same_count(pieces: list[str]) -> None:
    text = " ".join(pieces)
    previous_end = 0
    for match in iter_figures(text):
        assert previous_end <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.text
        assert Count.parse(match.text) == match.count
        previous_end = match.end


@given(text=st.text())
def test_iter_figures_accepts_any_text(text: str) -> None:
    for match in iter_figures(text):
        assert text[match.start : match.end] == match.text
        match.unhedged()


@given(
    before=st.sampled_from(["", "Officials said ", "(", "“"]),
    figure=st.sampled_from([text for text, _ in PHRASES if not text.strip().startswith("Tens")]),
    after=st.sampled_from(["", " people were returned.", ")", "”", ", officials said"]),
)
def test_a_phrase_is_found_whole_inside_a_sentence(before: str, figure: str, after: str) -> None:
    text = before + figure.strip() + after
    found = list(iter_figures(text))
    assert [m.text for m in found] == [figure.strip()]
    assert found[0].count == Count.parse(figure)


def test_long_runs_of_digits_and_commas_finish() -> None:
    # The timing is measured in benchmarks/bench_figures.py; this only checks the result.
    assert list(iter_figures("1," * 50_000)) == []
    assert len(list(iter_figures("1,000 " * 20_000))) == 20_000
    with pytest.raises(CountParseError, match="grouped irregularly"):
        Count.parse("1," * 50_000)


def test_the_cap_on_figures_is_documented_and_enforced() -> None:
    assert Count.parse(f"{MAX_FIGURE:,}") == Count.exact(MAX_FIGURE)
    with pytest.raises(CountParseError, match="not read"):
        Count.parse(f"{MAX_FIGURE + 1:,}")


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@given(
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=0, max_value=9),
)
def test_a_comma_between_spelled_scales_joins_one_number(
    thousands: int, hundreds: int, units: int
) -> None:
    # "three thousand, four hundred and five": British spelling puts a comma after the scale
    text = f"{_UNITS[thousands - 1]} thousand, {_UNITS[hundreds - 1]} hundred"
    if units:
        text += f" and {_UNITS[units - 1]}"
    assert parse_count(text) == Count.exact(thousands * 1000 + hundreds * 100 + units)


def test_a_comma_after_a_scale_before_digits_does_not_join() -> None:
    found = [m.text for m in iter_figures("Kyiv got back two thousand, 300 more came later.")]
    assert found == ["two thousand", "300"]
