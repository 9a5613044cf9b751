"""The figure grammar on the wording of loss reports: fractions, loose hedges, vague multiples."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count, CountParseError, CountSemantics
from exchangekit.figures import iter_figures, parse_count

SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
FRACTIONS = {
    "half a": Fraction(1, 2),
    "a half": Fraction(1, 2),
    "a quarter of a": Fraction(1, 4),
    "a quarter": Fraction(1, 4),
    "one quarter of a": Fraction(1, 4),
    "three quarters of a": Fraction(3, 4),
}

LOOSE_HEDGES: dict[str, Callable[[int], Count]] = {
    "close to": Count.nearly,
    "near": Count.nearly,
    "approaching": Count.nearly,
    "nearing": Count.nearly,
    "as many as": Count.at_most,
    "just over": Count.more_than,
    "a little over": Count.more_than,
    "slightly more than": Count.more_than,
    "well over": Count.more_than,
    "far more than": Count.more_than,
    "just under": Count.fewer_than,
    "a little less than": Count.fewer_than,
    "slightly fewer than": Count.fewer_than,
    "just short of": Count.fewer_than,
    "little more than": Count.more_than,
    "little over": Count.more_than,
    "little less than": Count.fewer_than,
    # spoken bounds, as in broadcast transcripts
    "a bit over": Count.more_than,
    "a bit more than": Count.more_than,
    "a shade under": Count.fewer_than,
    "something over": Count.more_than,
    "something under": Count.fewer_than,
    "getting on for": Count.nearly,
    "just shy of": Count.nearly,
}

SUFFIXES: dict[str, Callable[[int], Count]] = {
    "or so": Count.approx,
    "or more": Count.at_least,
    "or fewer": Count.at_most,
    "or less": Count.at_most,
}


@given(fraction=st.sampled_from(sorted(FRACTIONS)), scale=st.sampled_from(sorted(SCALES)))
def test_a_fraction_of_a_scale_word_is_that_share_of_it(fraction: str, scale: str) -> None:
    expected = FRACTIONS[fraction] * SCALES[scale]
    assert parse_count(f"{fraction} {scale}") == Count.exact(int(expected))


@given(
    hedge=st.sampled_from(["around", "more than", "nearly", "close to", "at least"]),
    fraction=st.sampled_from(sorted(FRACTIONS)),
)
def test_a_fraction_of_a_million_takes_any_hedge(hedge: str, fraction: str) -> None:
    value = int(FRACTIONS[fraction] * 10**6)
    plain = parse_count(f"{hedge} {value:,}")
    assert parse_count(f"{hedge} {fraction} million") == plain


@given(n=st.integers(min_value=1, max_value=10**9), hedge=st.sampled_from(sorted(LOOSE_HEDGES)))
def test_a_loose_hedge_bounds_the_figure_on_the_right_side(n: int, hedge: str) -> None:
    count = parse_count(f"{hedge} {n:,}")
    assert count == LOOSE_HEDGES[hedge](n)
    if LOOSE_HEDGES[hedge] in (Count.nearly, Count.at_most):
        assert count.high == n  # a figure being approached is not passed
    elif LOOSE_HEDGES[hedge] == Count.more_than:
        assert count.low == n + 1
        assert count.high is None
    else:
        assert count.high == n - 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a bit over sixty-two thousand", Count.more_than(62_000)),
        ("something under three hundred", Count.fewer_than(300)),
        ("getting on for half a million", Count.nearly(500_000)),
        ("something like forty thousand", Count.approx(40_000)),
    ],
)
def test_a_spoken_hedge_bounds_a_figure_in_words(text: str, expected: Count) -> None:
    assert parse_count(text) == expected


def test_a_spoken_hedge_word_alone_is_no_figure() -> None:
    # "something" and "a bit" bound a figure only with "over"/"under"/"like" after them
    assert [m.text for m in iter_figures("something happened a bit later to 40 men")] == ["40"]


@given(n=st.integers(min_value=0, max_value=10**9), suffix=st.sampled_from(sorted(SUFFIXES)))
def test_words_after_a_figure_hedge_it(n: int, suffix: str) -> None:
    assert parse_count(f"{n:,} {suffix}") == SUFFIXES[suffix](n)


@pytest.mark.parametrize(
    ("vague", "plural"),
    [
        ("several hundred", "hundreds"),
        ("a few hundred", "hundreds"),
        ("several thousand", "thousands"),
        ("a few thousand", "thousands"),
        ("a couple of thousand", "thousands"),
        ("several dozen", "dozens"),
        ("several tens of thousands", "tens of thousands"),
        ("several hundred thousand", "hundreds of thousands"),
        ("a few million", "millions"),
        ("in the tens of thousands", "tens of thousands"),
        ("in the hundreds", "hundreds"),
    ],
)
def test_a_vague_multiple_reads_as_the_plural_magnitude(vague: str, plural: str) -> None:
    assert parse_count(vague) == parse_count(plural)


@given(floor=st.integers(min_value=1, max_value=4))
def test_a_vague_multiple_follows_the_magnitude_floor(floor: int) -> None:
    semantics = CountSemantics(magnitude_floor=floor)
    assert parse_count("several thousand", semantics=semantics).low == floor * 1000


def test_loss_figures_are_found_whole_in_a_sentence() -> None:
    text = (
        "Western officials put Russian dead at around a quarter of a million, losses "
        "close to a million, with 70,000 or so missing and Ukraine's dead in the tens "
        "of thousands; several thousand more are in captivity."
    )
    found = [(m.text, m.count) for m in iter_figures(text)]
    assert found == [
        ("around a quarter of a million", Count.approx(250_000)),
        ("close to a million", Count.nearly(1_000_000)),
        ("70,000 or so", Count.approx(70_000)),
        ("in the tens of thousands", parse_count("tens of thousands")),
        ("several thousand", parse_count("thousands")),
    ]
    for match in iter_figures(text):
        assert text[match.start : match.end] == match.text


@pytest.mark.parametrize(
    "text",
    ["half a", "a quarter of a", "several", "a few", "in the", "in the end", "or so", "close to"],
)
def test_the_words_without_a_figure_are_not_one(text: str) -> None:
    with pytest.raises(CountParseError):
        parse_count(text)


def test_a_half_or_quarter_of_a_non_scale_is_not_read() -> None:
    assert [m.text for m in iter_figures("half a day, a quarter of an hour, half a loaf")] == []


JUNK = st.lists(
    st.sampled_from(
        [
            "a",
            "half",
            "quarter",
            "quarters",
            "of",
            "in",
            "the",
            "several",
            "few",
            "couple",
            "million",
            "thousand",
            "hundred",
            "tens",
            "thousands",
            "or",
            "so",
            "more",
            "just",
            "over",
            "close",
            "to",
            "as",
            "many",
            "1,000",
            "3",
            ",",
        ]
    ),
    max_size=16,
)


@given(words=JUNK)
def test_junk_of_the_new_words_never_crashes(words: list[str]) -> None:
    text = " ".join(words)
    try:
        outcome: Count | CountParseError = parse_count(text)
    except CountParseError as error:
        outcome = error
    assert outcome.low >= 0 if isinstance(outcome, Count) else outcome.text == text
    for match in iter_figures(text):
        assert parse_count(match.text) == match.count


@pytest.mark.parametrize(
    "unit",
    ["a quarter of a ", "in the ", "several ", "just over ", "half a ", "70 or "],
)
def test_repeated_fragments_are_read_in_one_pass(unit: str) -> None:
    # Nothing here completes a figure except the trailing one; the scan must not
    # revisit the prefix (time is measured in benchmarks; this checks the result).
    text = unit * 20_000 + "million"
    found = list(iter_figures(text))
    assert len(found) <= 20_001
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("one-million", 1_000_000), ("two-thousand", 2_000), ("five-billion", 5 * 10**9)],
)
def test_a_hyphenated_scale_is_one_figure(text: str, expected: int) -> None:
    assert parse_count(text) == Count.exact(expected)
    assert [m.text for m in iter_figures(f"passed the {text} mark")] == [text]


def test_a_hyphen_before_a_unit_still_ends_the_figure() -> None:
    found = [m.text for m in iter_figures("a one-hundred-metre dash along a 1,000-kilometre front")]
    assert "1,000" in found
    assert all("metre" not in text and "kilometre" not in text for text in found)


@given(
    magnitude=st.sampled_from(
        ["dozens", "hundreds", "thousands", "tens of thousands", "hundreds of thousands"]
    ),
    lead=st.sampled_from(["many", "in the"]),
)
def test_many_or_in_the_before_an_order_of_magnitude_adds_nothing(
    lead: str, magnitude: str
) -> None:
    assert parse_count(f"{lead} {magnitude}") == parse_count(magnitude)


@pytest.mark.parametrize("text", ["many", "many people", "as many as", "many more"])
def test_many_without_an_order_of_magnitude_is_no_figure(text: str) -> None:
    with pytest.raises(CountParseError):
        parse_count(text)


@given(
    n=st.integers(min_value=1, max_value=10**9),
    guess=st.sampled_from(["perhaps", "possibly", "maybe"]),
)
def test_a_guess_reads_as_about(n: int, guess: str) -> None:
    # "perhaps 250,000": a figure the source will not stand behind is an approximation
    assert parse_count(f"{guess} {n:,}") == parse_count(f"about {n:,}")
