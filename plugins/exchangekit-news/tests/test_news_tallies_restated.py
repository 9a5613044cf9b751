"""Running totals told by reference: parts of a group told before, restated totals, a year."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

News = Callable[..., Any]
_FEW_EXAMPLES = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Kyiv says 19,800 children were taken to Russia. By its own account, 950 of them "
            "had been brought back by the end of September.",
            Count.exact(950),
        ),
        (
            "Some 20,000 children were deported, Kyiv says. A government programme said "
            "this week that 402 of them had so far been returned.",
            Count.exact(402),
        ),
        (
            "Officials in Kyiv say 18,000 children were forcibly moved. Only 611 of them have "
            "come home since the invasion, the ministry said.",
            Count.exact(611),
        ),
    ],
)
def test_news_part_of_a_group_counted_the_sentence_before(
    news: News, text: str, count: Count
) -> None:
    result = news(text)
    assert result.exchanges == []
    assert ("RUS", "UKR", PersonCategory.CHILDREN, count) in result.tally_rows()


def test_news_part_of_them_with_a_figure_before_it_in_its_own_sentence_is_not_read_so(
    news: News,
) -> None:
    # "61 of them" after "300 prisoners" in the same sentence is a subset of that swap
    result = news(
        "Some 9,000 children were deported. On Friday Russia returned 300 prisoners, "
        "and 61 of them were wounded."
    )
    assert result.tallies == []


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "By the end of 2023, the headquarters said, about 2,600 Ukrainians had been "
            "freed in exchanges - a figure officials now put at 2,811 after the January swap.",
            Count.parse("about 2,600"),
            Count.exact(2811),
        ),
        (
            "Since 2022 roughly 6,000 bodies have been returned to Ukraine, a number the "
            "interior ministry later put at 6,430.",
            Count.parse("roughly 6,000"),
            Count.exact(6430),
        ),
    ],
)
def test_news_a_total_restated_in_apposition_is_a_second_tally(
    news: News, text: str, first: Count, second: Count
) -> None:
    result = news(text)
    counts = {t.count for t in result.tallies}
    assert {first, second} <= counts
    assert {(t.sender.code, t.receiver.code) for t in result.tallies} == {("RUS", "UKR")}


def test_news_a_restated_exchange_figure_is_no_tally(news: News) -> None:
    # one handover's figure restated by another source is the rival figures' rule, no total
    result = news("Russia handed over 500 bodies on Friday, a figure Kyiv put at 502.")
    assert result.tallies == []


@pytest.mark.parametrize(
    ("text", "receiver", "count"),
    [
        (
            "Since the war began, Kyiv has repatriated roughly 9,000 fallen soldiers.",
            "UKR",
            "roughly 9,000",
        ),
        (
            "Since 2022, Ukraine says, it has repatriated about 17,500 bodies.",
            "UKR",
            "about 17,500",
        ),
        ("Moscow said it had repatriated 120 bodies of its servicemen this year.", "RUS", "120"),
    ],
)
def test_news_a_side_that_repatriated_with_no_place_named_got_its_own_back(
    news: News, text: str, receiver: str, count: str
) -> None:
    (tally,) = news(text).tallies
    assert tally.receiver.code == receiver
    assert tally.count == Count.parse(count)


def test_news_repatriated_to_a_side_still_sends(news: News) -> None:
    (exchange,) = news("Russia repatriated 40 bodies to Ukraine on Friday.").exchanges
    assert [(t.sender.code, t.receiver.code) for t in exchange.transfers] == [("RUS", "UKR")]


def test_news_another_sides_count_after_the_figure_leaves_its_side_alone(news: News) -> None:
    # "the number of Russian bodies" in a trailing relative clause counts other people
    result = news(
        "Over the past year Kyiv took back the bodies of more than 2,500 soldiers, according "
        "to the ministry, which never gives the number of Russian bodies sent back."
    )
    assert result.tally_rows() == {
        ("RUS", "UKR", PersonCategory.REMAINS, Count.parse("more than 2,500"))
    }


@pytest.mark.parametrize(
    "text",
    [
        "Russia got back about 300 of its soldiers over the entire year, Moscow said.",
        "During the year Kyiv recovered some 2,000 bodies, officials said.",
        "Ukraine, by Moscow's count, received fewer than 400 bodies over the whole year.",
    ],
)
def test_news_a_sum_over_the_whole_year_is_a_tally(news: News, text: str) -> None:
    result = news(text)
    assert result.exchanges == []
    assert len(result.tallies) == 1


def test_news_the_total_for_the_year_follows_the_handover_told(news: News) -> None:
    result = news(
        "On Friday Russia returned 800 bodies, bringing the total for the year to more "
        "than 7,000, the headquarters said."
    )
    assert (
        "RUS",
        "UKR",
        PersonCategory.REMAINS,
        Count.parse("more than 7,000"),
    ) in result.tally_rows()


@_FEW_EXAMPLES
@given(
    side=st.sampled_from(["Russian", "Ukrainian"]),
    count=st.integers(min_value=20_000, max_value=900_000),
    head=st.sampled_from(["count", "tally"]),
)
def test_news_a_casualty_total_brought_to_a_figure_is_never_a_tally(
    news: News, side: str, count: int, head: str
) -> None:
    text = (
        f"The general staff said {side} losses rose by 1,100 on Sunday, bringing {side} "
        f"casualties in their {head} to roughly {count:,}."
    )
    assert news(text).tallies == []


@_FEW_EXAMPLES
@given(
    taken=st.integers(min_value=5_000, max_value=30_000),
    verb=st.sampled_from(["deported", "abducted", "displaced"]),
    joint=st.sampled_from([", and that only", ", Kyiv says, while", "; only"]),
    homecoming=st.sampled_from(["have come home", "have been brought back"]),
)
def test_news_people_taken_away_never_share_the_next_clauses_homecoming(
    news: News, taken: int, verb: str, joint: str, homecoming: str
) -> None:
    # "20,000 children were deported, and only 400 have come home": "were deported" is the
    # first figure's own verb, so it moves no one home
    text = f"Ukraine says {taken:,} children were {verb}{joint} 400 {homecoming}."
    moved = {t.count.low for e in news(text).exchanges for t in e.transfers}
    moved |= {t.count.low for t in news(text).tallies}
    assert taken not in moved


@pytest.mark.parametrize(
    ("text", "year", "total", "category"),
    [
        (
            "Russia handed over 3,120 bodies of Ukrainian soldiers in 2023, bringing the total "
            "since the start of the full-scale invasion to roughly 4,000.",
            Count.exact(3120),
            Count.parse("about 4,000"),
            PersonCategory.REMAINS,
        ),
        (
            "Kyiv brought home 1,358 of its people in 2024, which takes the total since 2022, "
            "by its own count, to 3,900.",
            Count.exact(1358),
            Count.exact(3900),
            PersonCategory.OTHER,
        ),
        (
            "The ministry said 2,210 Ukrainian bodies had been repatriated this year, and the "
            "total since 2022 now stands at 7,400.",
            Count.exact(2210),
            Count.exact(7400),
            PersonCategory.REMAINS,
        ),
    ],
)
def test_news_a_total_carried_on_from_a_years_sum(
    news: News, text: str, year: Count, total: Count, category: PersonCategory
) -> None:
    """A year's sum, then "bringing the total since 2022 to N": two tallies, no exchange."""
    result = news(text)
    assert result.exchanges == []
    assert result.tally_rows() == {("RUS", "UKR", category, year), ("RUS", "UKR", category, total)}


@_FEW_EXAMPLES
@given(
    year=st.integers(200, 2_900),
    extra=st.integers(100, 9_000),
    link=st.sampled_from(
        [
            ", bringing the total since 2022 to {n}.",
            ", and the total since the invasion stood at {n}.",
        ]
    ),
)
def test_news_a_total_after_a_years_sum_is_never_one_exchange(
    news: News, year: int, extra: int, link: str
) -> None:
    """The larger total told after a year's sum is a tally of the same side, never a handover."""
    total = year + extra
    result = news(f"Ukraine got back {year:,} bodies in 2024" + link.format(n=f"{total:,}"))
    assert result.exchanges == []
    assert ("RUS", "UKR", PersonCategory.REMAINS, Count.exact(total)) in result.tally_rows()


def test_news_a_total_after_sums_told_each_way_names_no_side(news: News) -> None:
    """Sums each way before "the total since 2022": whose total it is goes unsaid, so none."""
    result = news(
        "The summary said 1,870 bodies had come back to Ukraine in 2024, while Ukraine sent "
        "back the bodies of 190 Russian soldiers in total, and that the total since 2022 now "
        "stood at 5,100."
    )
    assert Count.exact(5100) not in {row[3] for row in result.tally_rows()}


@pytest.mark.parametrize(
    ("text", "category", "longer"),
    [
        (
            "Officials said 1,940 Ukrainian soldiers have been freed from captivity so far this "
            "year, and more than 5,200 since the full-scale invasion.",
            PersonCategory.PRISONERS_OF_WAR,
            Count.parse("more than 5,200"),
        ),
        (
            "Russia has returned 3,400 bodies of Ukrainian soldiers this year, the ministry "
            "said, and about 9,800 since 2022.",
            PersonCategory.REMAINS,
            Count.parse("about 9,800"),
        ),
        (
            "The ombudsman said 612 Ukrainian civilians were released in 2024, and 1,003 since "
            "the start of the war.",
            PersonCategory.CIVILIANS,
            Count.exact(1003),
        ),
        # the whole the year's sum is "out of", with its own participle
        (
            "The ombudsman said 612 Ukrainian civilians were released in 2024, out of 1,003"
            " freed since the start of the war.",
            PersonCategory.CIVILIANS,
            Count.exact(1003),
        ),
        # no comma: a year's sum, then the longer one
        (
            "Kyiv's tally shows more than 1,900 Ukrainians freed in 2024 and more than 4,100"
            " since 2022, in 58 swaps.",
            PersonCategory.OTHER,
            Count.parse("more than 4,100"),
        ),
    ],
)
def test_news_a_bare_second_total_over_a_longer_span(
    news: News, category: PersonCategory, text: str, longer: Count
) -> None:
    """ "N this year, and M since 2022": M is the same side's total of the same people."""
    result = news(text)
    assert result.exchanges == []
    assert ("RUS", "UKR", category, longer) in result.tally_rows()


@pytest.mark.parametrize(
    "text",
    [
        # the span opens a clause of its own: people still held, not returned
        "The ombudsman said 612 Ukrainian civilians were released in 2024, and 1,003 since "
        "2022 remain in Russian prisons.",
        # "out of" people still held: no total of returns
        "The ombudsman said 612 Ukrainian civilians were released in 2024, out of 1,003 held"
        " since 2022.",
        # no comma and no year before "and": no year's sum to carry on
        "The ombudsman said 612 Ukrainian civilians were released and 1,003 since 2022.",
        # totals told each way: whose the longer one is goes unsaid
        "Ukraine got back 1,358 of its people in 2024, while Russia got back 1,200 of its own, "
        "and 4,000 since 2022.",
    ],
)
def test_news_no_bare_second_total_without_one_side_or_with_a_verb_of_its_own(
    news: News, text: str
) -> None:
    assert not {row[3] for row in news(text).tally_rows()} & {
        Count.exact(1003),
        Count.exact(4000),
    }


@_FEW_EXAMPLES
@given(
    year=st.integers(100, 2_900),
    extra=st.integers(100, 9_000),
    hedge=st.sampled_from(["", "more than ", "about "]),
    span=st.sampled_from(["2022", "the invasion", "the start of the full-scale war"]),
)
def test_news_a_bare_second_total_is_never_one_exchange(
    news: News, year: int, extra: int, hedge: str, span: str
) -> None:
    """ "N this year, and [about] M since ...": M is a tally of the same way, never a handover."""
    longer = f"{year + extra:,}"
    result = news(
        f"Kyiv says {year:,} Ukrainian civilians have come home this year, and {hedge}{longer} "
        f"since {span}."
    )
    assert result.exchanges == []
    rows = {(s, r, c, str(n)) for s, r, c, n in result.tally_rows()}
    assert ("RUS", "UKR", PersonCategory.CIVILIANS, str(Count.parse(hedge + longer))) in rows


@given(
    speaker=st.sampled_from(
        ["Ukraine's coordination headquarters", "Kyiv", "Moscow", "Russia's defence ministry"]
    ),
    kind=st.sampled_from(
        [("bodies repatriated", "remains"), ("soldiers freed", "prisoners_of_war")]
    ),
    part=st.integers(min_value=100, max_value=4_999),
    whole=st.integers(min_value=5_000, max_value=20_000),
    span=st.sampled_from(["across the whole war", "since 2022", "over the whole war"]),
)
def test_news_it_reached_after_and_that_restates_the_total_over_a_longer_span(
    news: Callable[..., Any], speaker: str, kind: tuple[str, str], part: int, whole: int, span: str
) -> None:
    """ "the bodies brought back in 2025 numbered some 8,000, and that since 2022 it had
    reached 13,200": "it" is the same count, so 13,200 is that total
    again, for the same side and kind as the first, whichever side that is."""
    people, category = kind
    text = (
        f"{speaker} said the number of {people} in 2025 had reached {part:,}, and that"
        f" {span} it had reached {whole:,}."
    )
    totals = {t.count: (t.receiver.code, t.category.value) for t in news(text).tallies}
    first = totals.get(Count.parse(f"{part:,}"))
    assert first is not None
    assert first[1] == category
    assert totals.get(Count.parse(f"{whole:,}")) == first


@pytest.mark.parametrize(
    ("tail", "claims"),
    [
        ("and that inflation had reached 14 percent.", 0),
        ("and that the Russian death toll, it said, had reached 90,000.", 1),
    ],
)
def test_news_reached_after_and_that_with_another_subject_is_no_total(
    news: Callable[..., Any], tail: str, claims: int
) -> None:
    """Only "it" takes up the total told before; another subject's value is no total."""
    read = news(
        "Ukraine's ombudsman said the number of Ukrainians freed in 2024 had reached 1,358, " + tail
    )
    assert {t.count for t in read.tallies} == {Count.parse("1,358")}
    assert len(read.claims) == claims


@_FEW_EXAMPLES
@given(
    mark=st.sampled_from([" -", " \u2013", " \u2014", ","]),
    span=st.sampled_from(["during this year", "this year", "in this year alone", "in 2024"]),
    whole=st.integers(min_value=3_000, max_value=9_999),
    part=st.integers(min_value=100, max_value=2_999),
)
def test_news_a_years_part_set_off_by_a_dash_or_comma_is_a_tally(
    news: Callable[..., Any], mark: str, span: str, whole: int, part: int
) -> None:
    """ "3,956 have been returned - 1,358 of them during this year": the part is the year's
    total of the same people, whichever mark sets it off."""
    text = (
        f"In total, since 24 February 2022, {whole:,} Ukrainians have been returned from "
        f"Russian captivity{mark} {part:,} of them {span}, in eleven exchanges."
    )
    read = news(text, published=date(2024, 12, 30))
    assert read.exchanges == []
    got = {(t.receiver.code, t.category.value, t.count) for t in read.tallies}
    assert ("UKR", "other", Count.exact(part)) in got
    assert ("UKR", "other", Count.exact(whole)) in got


@_FEW_EXAMPLES
@given(
    people=st.sampled_from(
        [("civilians", "civilians"), ("Ukrainians", "other"), ("bodies", "remains")]
    ),
    hedge=st.sampled_from(["", "about ", "fewer than ", "some "]),
    year=st.sampled_from(["in 2023", "in the whole of 2023", "during 2023"]),
    now=st.integers(min_value=150, max_value=4_999),
    then=st.integers(min_value=20, max_value=4_999),
)
def test_news_an_earlier_year_compared_with_a_total_is_a_tally_of_the_same_people(
    news: Callable[..., Any], people: tuple[str, str], hedge: str, year: str, now: int, then: int
) -> None:
    """ "197 civilians had come back since January, compared with fewer than 100 in the
    whole of 2024": the compared figure counts the same people over that year."""
    noun, category = people
    text = (
        f"Ukraine's ombudsman said that {now:,} {noun} had been returned to Ukraine since "
        f"January, compared with {hedge}{then:,} {year}."
    )
    read = news(text, published=date(2024, 7, 25))
    assert read.exchanges == []
    got = {(t.receiver.code, t.category.value, str(t.count)) for t in read.tallies}
    assert ("UKR", category, str(Count.parse(f"{hedge}{then:,}"))) in got


def test_news_compared_with_a_number_with_no_year_gives_no_second_tally(
    news: Callable[..., Any],
) -> None:
    """Only a whole year after the compared number makes it a tally of that year."""
    for tail in ("compared with 1,100 before the talks.", "compared with 1,100, officials said."):
        read = news(
            "Ukraine's ombudsman said 1,358 Ukrainians had been freed from captivity in 2024, "
            + tail,
            published=date(2025, 2, 21),
        )
        assert {str(t.count) for t in read.tallies} == {"1,358"}, tail


@_FEW_EXAMPLES
@given(
    people=st.sampled_from([("bodies", "remains"), ("children", "children")]),
    whole=st.integers(min_value=5_000, max_value=9_999),
    year=st.integers(min_value=500, max_value=4_999),
)
def test_news_the_total_after_a_stated_total_counts_its_people(
    news: Callable[..., Any], people: tuple[str, str], whole: int, year: int
) -> None:
    """ "... bodies returned this year passed 3,500. Since the start of the war, the total
    stands at 6,000": the bare total keeps the people of the total told just before."""
    noun, category = people
    text = (
        f"The handover brings the number of {noun} returned to Ukraine this year to {year:,}, "
        f"according to Ukraine's Coordination Headquarters. Since the start of the full-scale "
        f"war, the total "
        f"stands at {whole:,}, it said."
    )
    read = news(text, published=date(2024, 12, 21))
    got = {(t.receiver.code, t.category.value, t.count) for t in read.tallies}
    assert ("UKR", category, Count.exact(whole)) in got


def test_news_the_total_after_two_kinds_of_totals_stays_kindless(
    news: Callable[..., Any],
) -> None:
    """Two totals of different people before it leave a bare total's people unsaid."""
    read = news(
        "This year 3,500 bodies and 400 civilians have been returned to Ukraine, Ukraine's "
        "Coordination Headquarters said. Since the start of the full-scale war, the total "
        "stands at 9,000, it said.",
        published=date(2024, 12, 21),
    )
    kinds = {t.category.value for t in read.tallies if t.count == Count.exact(9000)}
    assert kinds <= {"other"}
