"""Running totals whose span is opened by a noun of exchanging or a bare month."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def test_news_since_the_first_swap_dates_a_total_of_kindless_people(news: News) -> None:
    # "since the first swap" only opens the span: the verb after the figure hands people over
    result = news(
        "Kyiv's human rights commissioner spoke to reporters on Tuesday. Since the first "
        "swap of the war, she said, 3,987 people have returned."
    )
    assert result.exchanges == []
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    assert tally.count == Count.exact(3987)


def test_news_since_the_first_handover_other_wordings(news: News) -> None:
    for text in (
        "Ukraine's ombudsman said on Monday that since the very first handover, 2,640 people "
        "had returned home.",
        "Since the first exchange in spring 2022, a total of 5,020 people have been freed, "
        "Ukraine's ombudsman said.",
    ):
        (tally,) = news(text).tallies
        assert tally.receiver.code == "UKR", text


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    noun=st.sampled_from(["exchange", "swap", "handover", "prisoner exchange"]),
    modifier=st.sampled_from(["the first", "the very first", "the initial"]),
    value=st.integers(min_value=1_001, max_value=9_999),
)
def test_news_since_the_first_event_always_gives_the_stated_total(
    news: News, noun: str, modifier: str, value: int
) -> None:
    text = (
        f"Ukraine's ombudsman gave new figures on Friday. Since {modifier} {noun}, he said, "
        f"{value:,} people have returned."
    )
    (tally,) = news(text).tallies
    assert tally.count == Count.exact(value)
    assert tally.receiver.code == "UKR"


def test_news_a_side_that_returned_people_from_captivity_got_them_back(news: News) -> None:
    # "returned N people from captivity": the people came out of captivity to the subject
    result = news(
        "Since the invasion began, Ukraine has returned 4,870 people from captivity, its "
        "human rights commissioner said on Tuesday."
    )
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    for text, home in (
        ("Moscow has returned 1,310 people from captivity so far, Russia's ombudsman said.", "RUS"),
        ("Kyiv says it has returned 3,402 people from captivity since 2022.", "UKR"),
    ):
        (tally,) = news(text).tallies
        assert tally.receiver.code == home, text


def test_news_returned_to_a_side_still_reads_the_subject_as_the_giver(news: News) -> None:
    # without "from captivity" the verb keeps its sense of handing over
    (tally,) = news("Russia has returned 2,750 Ukrainian soldiers to Kyiv so far.").tallies
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")


def test_news_our_people_in_a_statement_are_its_authors_side(news: News) -> None:
    # no verb of saying near the figure: "our" belongs to whoever issued the statement
    result = news(
        "Ukraine's human rights commissioner issued a statement on Friday.\n\n"
        "Altogether, 2,871 of our citizens have been freed since 2022."
    )
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    (other,) = news(
        "Russia's human rights commissioner issued a statement on Monday.\n\n"
        "So far, 1,640 of our citizens have been freed."
    ).tallies
    assert other.receiver.code == "RUS"


def test_news_a_side_that_secured_a_return_is_the_one_that_got_the_people(news: News) -> None:
    # "secured the return of": won from the other side, so the subject receives
    (tally,) = news("Kyiv has secured the return of 1,420 children so far.").tallies
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    for text, home in (
        ("Kyiv has ensured the return of 640 children in all, its ombudsman said.", "UKR"),
        ("Since 2022, Moscow has achieved the return of 2,300 people.", "RUS"),
        # a verb and its particle that cause the return: "brought about", "led to"
        ("Kyiv's talks have brought about the release of 410 soldiers so far.", "UKR"),
        ("Since the spring, Moscow's envoys have led to the return of 95 people.", "RUS"),
        ("Kyiv's diplomacy led to the return of 230 civilians in 2024.", "UKR"),
    ):
        legs = [t for e in news(text).exchanges for t in e.transfers] + news(text).tallies
        assert [leg.receiver.code for leg in legs] == [home], text


def test_news_the_total_with_its_people_left_unsaid_is_a_running_total(news: News) -> None:
    # "the total returned home since 2022 stood at N": the participle names the people
    (tally,) = news(
        "Ukraine's foreign minister said the total returned home since 2022 now stands at 6,012."
    ).tallies
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    assert tally.count == Count.exact(6012)
    for text in (
        "Ukraine's ombudsman said the total freed since 2022 had reached 4,388.",
        "The total brought home since the invasion has grown to 2,905, Ukraine's ombudsman said.",
        "Ukraine's ombudsman said the swap took the total number freed since 2022 to 4,388.",
        "The overall number brought home so far stands at 4,388, Ukraine's ombudsman said.",
        # "put the number returned at N" sizes one swap; a span since a start makes it a sum
        "Ukraine's ombudsman put the total brought back since the start of the war at 1,870.",
        "Kyiv's headquarters put the number freed since May 2023 at 2,240, officials said.",
    ):
        (tally,) = news(text).tallies
        assert tally.receiver.code == "UKR", text


def test_news_the_number_returned_put_at_one_swaps_size_is_no_tally(news: News) -> None:
    # "put the number returned at N" sizes the swap just told; "in either direction" is both
    assert news("Kyiv's negotiator put the number returned to Ukraine at 142.").tallies == []
    assert news("Kyiv's negotiator put the total number freed at 142.").tallies == []
    result = news(
        "Ukraine and Russia swapped 300 prisoners each on Friday and 250 each on Saturday, "
        "which brings the number freed so far to 550 in either direction."
    )
    assert [t.receiver.code for t in result.tallies if t.receiver is not None] != ["UKR"]


@pytest.mark.parametrize(
    ("text", "receiver", "count"),
    [
        (
            "Kyiv's coordination headquarters says about 1,100 soldiers came home from Russian "
            "captivity over the course of the year, a record.",
            "UKR",
            Count.approx(1100),
        ),
        (
            "Moscow's ombudsman said 240 Russian servicemen had been returned in the course "
            "of the exchanges, and more would follow.",
            "RUS",
            Count.exact(240),
        ),
        (
            "During the course of the past two years, Ukraine has recovered 4,300 bodies of "
            "its fallen, officials in Kyiv say.",
            "UKR",
            Count.exact(4300),
        ),
    ],
)
def test_news_the_course_of_a_span_gives_a_running_total(
    news: News, text: str, receiver: str, count: Count
) -> None:
    # "the course of" only stands before the span: the year, the exchanges, two years
    result = news(text)
    assert result.exchanges == [], text
    assert [(t.receiver.code, t.count) for t in result.tallies] == [(receiver, count)], text


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    word=st.sampled_from(["in", "over", "during"]),
    span=st.sampled_from(["the year", "the exchanges", "the past three months", "the swaps"]),
    n=st.integers(min_value=120, max_value=9000),
)
def test_news_the_course_of_a_span_is_never_one_handover(
    news: News, word: str, span: str, n: int
) -> None:
    result = news(
        f"Ukrainian officials say {n:,} prisoners were freed {word} the course of {span}."
    )
    assert result.exchanges == []
    assert [t.count for t in result.tallies] == [Count.exact(n)]


def test_news_the_course_of_one_exchange_is_still_that_exchange(news: News) -> None:
    result = news(
        "Russia handed 310 Ukrainian prisoners of war to Kyiv in the course of the exchange "
        "on Friday."
    )
    assert result.tallies == []
    assert [t.count for e in result.exchanges for t in e.transfers] == [Count.exact(310)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ombudsman noted that in 2024, as a result of the joint work of the two "
            "offices, more than 300 Russian civilians were brought back to their homeland.",
            ("UKR", "RUS", "civilians", Count.more_than(300)),
        ),
        (
            "Last year, with the help of Qatari mediators, 120 Ukrainian children were brought "
            "home.",
            ("RUS", "UKR", "children", Count.exact(120)),
        ),
    ],
)
def test_news_a_year_set_off_by_an_aside_still_dates_a_total(
    news: News, text: str, expected: tuple[str, str, str, Count]
) -> None:
    # the aside's own number ("the two offices") does not cut the year off from the figure
    result = news(text)
    assert result.exchanges == []
    assert [
        (t.sender.code, t.receiver.code, t.category.value, t.count) for t in result.tallies
    ] == [expected]


def test_news_a_day_set_off_by_an_aside_is_still_one_exchange(news: News) -> None:
    result = news("On Friday, after weeks of talks, 95 Ukrainian soldiers were brought home.")
    assert result.tallies == []
    assert len(result.exchanges) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's coordination headquarters says the remains of more than 2,800 have been "
        "returned since the spring of 2022.",
        "Since the summer of 2022 the bodies of some 2,800 have come back, Ukraine's "
        "coordination headquarters said in its yearly review.",
        "Kyiv's ombudsman said the remains of at least 2,800 had so far been repatriated "
        "since the first handover in 2022.",
    ],
)
def test_news_a_bare_figure_after_the_remains_of_counts_the_dead(news: News, text: str) -> None:
    """ "the remains of more than N have been returned": the head before "of" is N's noun."""
    (tally,) = news(text).tallies
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    assert tally.category.value == "remains"
    assert "2,800" in str(tally.count)


@pytest.mark.parametrize(
    "text",
    [
        # a year after "the remains of" is no count of the dead
        "Investigators said the remains of 2022 have been hard to identify.",
        # with no verb after it, a bare figure after "the bodies of" counts no one moved
        "The bodies of 2,800, investigators said, still lie in the fields near the river.",
    ],
)
def test_news_a_bare_figure_after_the_remains_of_with_no_verb_gives_no_tally(
    news: News, text: str
) -> None:
    read = news(text)
    assert read.tallies == []
    assert read.exchanges == []


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=120, max_value=9000),
    st.sampled_from(
        [
            "between January and the end of June",
            "between March and the end of September",
            "in the first half of the year",
            "in the second half of 2024",
            "in the first quarter of the year",
        ]
    ),
    st.sampled_from(["Ukrainians were freed", "Russian servicemen had come home"]),
)
def test_news_a_span_of_part_of_a_year_makes_a_running_total(
    news: News, size: int, span: str, moved: str
) -> None:
    """ "more than 2,000 Ukrainians were freed between January and the end of June" sums swaps."""
    result = news(f"Officials said that {size:,} {moved} {span}.")
    assert result.exchanges == []
    (tally,) = result.tallies
    assert tally.count == Count.exact(size)


@pytest.mark.parametrize(
    "text",
    [
        "On May 6, in the first exchange of the year, 205 Ukrainians were freed.",
        "In the first half of February, 150 Ukrainians were freed in one swap on February 5.",
    ],
)
def test_news_a_dated_swap_with_a_ranking_or_a_part_of_a_month_is_no_total(
    news: News, text: str
) -> None:
    """A ranked swap or half a month is not a part of a year: the figure stays one transfer."""
    assert news(text).tallies == []


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]
_SPAN_TOTALS = [
    ("{n} residents of the Kursk region were returned in several groups", "UKR", "RUS"),
    ("Ukraine got back {n} soldiers", "RUS", "UKR"),
]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    total=st.sampled_from(_SPAN_TOTALS),
    n=st.integers(min_value=20, max_value=3000),
    early=st.integers(min_value=0, max_value=3),
    months=st.integers(min_value=2, max_value=4),
    teller=st.sampled_from(["", ", the ombudsman told reporters", ", officials said"]),
)
def test_news_a_total_between_two_months_stands_at_the_later(
    news: News, total: tuple[str, str, str], n: int, early: int, months: int, teller: str
) -> None:
    """ "46 were returned between December and March" is a total as of March, the span's
    close, not of the day the text came out (23 October 2025)."""
    text, sender, receiver = total
    late = early + months  # a span of a month or two may be one handover told loosely
    sentence = f"{text.format(n=f'{n:,}')} between {_MONTHS[early]} and {_MONTHS[late]}{teller}."
    (tally,) = news(sentence).tallies
    assert (tally.sender.code, tally.receiver.code) == (sender, receiver)
    assert str(tally.as_of) == f"2025-{late + 1:02d}"


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv has said that about 7,000 bodies were returned to Ukraine between June and July.",
        "Kyiv says 300 soldiers were returned to Ukraine between June and July.",
    ],
)
def test_news_a_span_total_said_in_the_present_stands_when_told(news: News, text: str) -> None:
    """A speaker who "has said" or "says" tells the total as it stands now: the day told."""
    (tally,) = news(text).tallies
    assert str(tally.as_of) == "2025-10-23"


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=11, max_value=900),
    event=st.sampled_from(
        [
            "the events in the Kursk region",
            "the fighting around the city",
            "the talks in Istanbul in May",
        ]
    ),
    verb=st.sampled_from(["began", "started"]),
    people=st.sampled_from(["residents of the region", "civilians"]),
)
def test_news_a_since_clause_whose_subject_has_a_phrase_opens_a_total(
    news: News, n: int, event: str, verb: str, people: str
) -> None:
    """ "since the events in the Kursk region began, 46 ... have been returned": a total."""
    result = news(f"In addition, since {event} {verb}, {n} {people} have been returned to Russia.")
    assert result.exchanges == []
    (tally,) = result.tallies
    assert tally.receiver.code == "RUS"
    assert tally.count == Count.exact(n)


def test_news_a_since_clause_ended_by_a_comma_before_its_verb_opens_nothing(news: News) -> None:
    # the verb after the comma is the sentence's own, not the since-clause's
    result = news(
        "Since the events in Kursk, which began quietly, 46 civilians were returned on Friday."
    )
    assert result.tallies == []


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    opener=st.sampled_from(["We note that", "The headquarters said that", "Officials stress that"]),
    year=st.sampled_from(["this year", "in 2025"]),
    work=st.sampled_from(["", " in the course of repatriation measures", " in exchange efforts"]),
    value=st.integers(min_value=1_001, max_value=9_999),
)
def test_news_a_year_opening_a_that_clause_dates_its_total(
    news: News, opener: str, year: str, work: str, value: int
) -> None:
    """ "We note that this year, 9,081 bodies have been returned to Ukraine in the course of
    repatriation measures": the year opens the clause after "that", and a noun of exchange
    that only qualifies "measures" names no single exchange."""
    read = news(f"{opener} {year}, {value:,} bodies have been returned to Ukraine{work}.")
    assert read.exchanges == []
    (tally,) = read.tallies
    assert (tally.receiver.code, tally.category.value) == ("UKR", "remains")
    assert tally.count == Count.exact(value)


def test_news_a_year_before_one_named_exchange_is_still_that_exchange(news: News) -> None:
    """A single exchange noun ("in the repatriation") keeps the figure one handover's."""
    read = news(
        "We note that this year, on Friday, 909 bodies were returned to Ukraine in the "
        "repatriation."
    )
    assert read.tallies == []


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    span=st.sampled_from(["twelve months", "12 months", "two years", "six weeks"]),
    that=st.sampled_from(["the same", "that same"]),
    side=st.sampled_from([("Moscow", "RUS", "Russian"), ("Kyiv", "UKR", "Ukrainian")]),
    value=st.integers(min_value=101, max_value=4_999),
)
def test_news_the_same_number_of_months_makes_a_running_total(
    news: News, span: str, that: str, side: tuple[str, str, str], value: int
) -> None:
    """ "... said that more than 1,100 Russian servicemen had been returned over the same
    twelve months": the span of the total before it, so a sum, never one handover."""
    capital, code, adjective = side
    read = news(
        f"{capital} said that {value:,} {adjective} servicemen had been returned over "
        f"{that} {span}."
    )
    assert read.exchanges == []
    (tally,) = read.tallies
    assert (tally.receiver.code, tally.count) == (code, Count.exact(value))


def test_news_the_same_day_is_no_span_of_a_total(news: News) -> None:
    """Only a number of units of time after "the same" is a span; "the same day" is a day."""
    read = news("Moscow said that 95 Russian servicemen had been returned on the same day.")
    assert read.tallies == []


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    year=st.sampled_from(["This year's", "Last year's"]),
    noun=st.sampled_from(["swaps", "exchanges"]),
    count=st.integers(min_value=20, max_value=900),
    month=st.sampled_from(["February", "March", "September"]),
)
def test_news_a_possessive_year_names_its_noun_and_sums_nothing(
    news: News, year: str, noun: str, count: int, month: str
) -> None:
    """ "Last year's swaps brought home 95 Ukrainians in February": the year owns the noun
    ("year's"), so it is no span the figure sums over; the month dates one exchange."""
    result = news(f"{year} {noun} brought home {count} Ukrainians in {month}.")
    assert result.tallies == []
    assert [str(t.count) for e in result.exchanges for t in e.transfers] == [str(count)]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.integers(min_value=500, max_value=3000),
    second=st.integers(min_value=100, max_value=3000),
    span=st.sampled_from(["twelve months", "12 months", "six months", "two years"]),
    preposition=st.sampled_from(["over", "in", "during"]),
)
def test_news_the_same_counted_span_points_back_to_the_total_before(
    news: News, first: int, second: int, span: str, preposition: str
) -> None:
    """ "Moscow said 1,100 servicemen had been returned over the same twelve months": the
    span is the one of the total just told, so the figure is a total too, not one swap."""
    result = news(
        f"Ukraine said {first:,} of its citizens had come home during 2024. Moscow said "
        f"{second:,} Russian servicemen had been returned {preposition} the same {span}."
    )
    assert result.exchanges == []
    expected = sorted(str(Count.exact(n)) for n in (first, second))
    assert sorted(str(t.count) for t in result.tallies) == expected


# -- "before June": the total as the month before left it -----------------------------

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August")


@given(
    month=st.sampled_from([2, 3, 4, 6, 7, 8]),  # "Before May," opening is no date yet
    opening=st.sampled_from(["Before {m}, ", "To put it in scale: before {m}, "]),
    verb=st.sampled_from(["had recovered", "said they had received"]),
    count=st.integers(1_100, 9_000),
)
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_news_a_total_before_a_month_stands_in_the_month_before(
    news: News, month: int, opening: str, verb: str, count: int
) -> None:
    # "Before June, Kyiv had recovered a little over 7,000 bodies": as May left it, not
    # a span of June told on the publication day.
    text = (
        opening.format(m=_MONTH_NAMES[month - 1])
        + f"Ukraine's authorities {verb} more than {count:,} bodies through repatriations "
        "since the full-scale invasion began."
    )
    (tally,) = news(text, published=date(2025, 9, 18)).tallies
    assert str(tally.as_of) == f"2025-{month - 1:02d}"


def test_news_a_total_in_a_month_is_not_moved_back(news: News) -> None:
    text = (
        "In June, Ukraine's authorities had recovered more than 7,000 bodies through "
        "repatriations since the full-scale invasion began."
    )
    (tally,) = news(text, published=date(2025, 9, 18)).tallies
    assert str(tally.as_of) != "2025-05"


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(["the first meeting in Istanbul in May", "the talks began in May", "May"]),
    st.integers(min_value=300, max_value=2000),
    st.integers(min_value=2500, max_value=9000),
    st.sampled_from(["had transferred the remains of", "had handed over the bodies of"]),
)
def test_news_a_since_opening_is_shared_by_the_perfect_after_and(
    receipts: Callable[..., Any], since: str, freed: int, dead: int, verb: str
) -> None:
    """ "Since X, 1,300 prisoners had been freed, and Russia had transferred the remains of
    7,000": the second perfect clause sums the same span, so it is a total too."""
    text = (
        f"Since {since}, Umerov said, more than {freed:,} Ukrainian prisoners of war had been "
        f"freed, and Russia {verb} more than {dead:,} dead soldiers."
    )
    moved, tallies = receipts(text)
    assert ("UKR", "remains", f"more than {dead:,}") in tallies
    assert not any(t[2].endswith(f"{dead:,}") for t in moved)


def test_news_a_dated_clause_after_and_keeps_its_own_handover(
    receipts: Callable[..., Any],
) -> None:
    # the second clause has its own day: one handover, not a share of the span
    text = (
        "Since May, more than 1,300 Ukrainian prisoners of war have been freed, and on "
        "Monday Russia handed over the bodies of 1,000 dead soldiers."
    )
    moved, tallies = receipts(text)
    assert ("UKR", "remains", "1,000") in moved
    assert not any(t[2].endswith("1,000") for t in tallies)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=20, max_value=99_999),
    teller=st.sampled_from(["Kyiv says", "Ukrainian officials said", "Ukraine's ombudsman says"]),
    people=st.sampled_from(["children", "civilians", "prisoners of war"]),
    since=st.sampled_from(["2022", "the start of the full-scale invasion", "March"]),
)
def test_news_only_before_a_figure_stresses_it_and_ranks_no_swap(
    news: News, n: int, teller: str, people: str, since: str
) -> None:
    """ "Kyiv says only 387 children have been returned since 2022": a total, no ranked swap."""
    result = news(f"{teller} only {n:,} {people} have been returned since {since}.")
    assert result.exchanges == []
    assert [(t.receiver.code, t.count) for t in result.tallies] == [("UKR", Count.exact(n))]


@pytest.mark.parametrize(
    "text",
    [
        "The only swap since June freed 90 prisoners to Ukraine.",
        "It was the only exchange since March: 90 prisoners were returned to Ukraine.",
    ],
)
def test_news_the_only_swap_since_a_date_stays_one_exchange(news: News, text: str) -> None:
    """ "the only swap since June" ranks one exchange: its figure is no running total."""
    result = news(text)
    assert result.tallies == []
    assert len(result.exchanges) == 1


def test_news_only_before_a_figure_of_no_named_side_stays_unread(news: News) -> None:
    """ "Officials say only 387 children have been returned": no side named, no total."""
    result = news("Officials say only 387 children have been returned since 2022.")
    assert result.tallies == []
    assert result.exchanges == []


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=20, max_value=99_999),
    event=st.sampled_from(
        ["de-occupation of the region", "liberation of Kherson", "withdrawal of Russian troops"]
    ),
    when=st.sampled_from(["", " in November 2022", " in the autumn of 2022"]),
    people=st.sampled_from(["children", "civilians", "prisoners of war"]),
    aux=st.sampled_from(["have", "had"]),
)
def test_news_since_a_deed_named_by_its_noun_opens_a_total(
    news: News, n: int, event: str, when: str, people: str, aux: str
) -> None:
    """ "Since the liberation of Kherson, 147 children have been brought back": a total."""
    result = news(f"Since the {event}{when}, {n:,} {people} {aux} been brought back to Ukraine.")
    assert result.exchanges == []
    assert [(t.receiver.code, t.count) for t in result.tallies] == [("UKR", Count.exact(n))]


@pytest.mark.parametrize(
    "text",
    [
        "It was the first exchange since the liberation of the region: 147 children were "
        "brought back to Ukraine.",
        "In the largest swap since the withdrawal of Russian troops, 147 children were brought "
        "back to Ukraine on Monday.",
    ],
)
def test_news_a_swap_ranked_since_a_deed_stays_one_exchange(news: News, text: str) -> None:
    """ "the first exchange since the liberation of the region" ranks one swap: no total."""
    result = news(text)
    assert result.tallies == []
    assert len(result.exchanges) == 1


@given(
    opening=st.sampled_from(
        [
            "Russia's full-scale invasion",
            "the full-scale Russian invasion",
            "Russia's invasion",
            "the start of the war",
            "the all-out war",
        ]
    ),
    count=st.integers(min_value=200, max_value=9_000),
    fronted=st.booleans(),
)
def test_news_a_total_since_the_wars_opening_is_never_one_handover(
    news: News, opening: str, count: int, fronted: bool
) -> None:
    figure = f"{count:,}"
    if fronted:
        text = f"Since {opening}, Ukraine has brought home {figure} prisoners of war."
    else:
        text = f"Ukraine has brought home {figure} prisoners of war since {opening}."
    read = news(text)
    assert not read.exchanges
    assert {(t.receiver.code, t.category.value, t.count) for t in read.tallies} == {
        ("UKR", "prisoners_of_war", Count.exact(count))
    }


def test_news_an_item_added_to_a_running_total_shares_its_span(news: News) -> None:
    read = news("Since 2022 Russia has received 1,295 servicemen, as well as 31 civilians.")
    assert not read.exchanges
    assert {(t.receiver.code, t.category.value, t.count) for t in read.tallies} == {
        ("RUS", "prisoners_of_war", Count.exact(1_295)),
        ("RUS", "civilians", Count.exact(31)),
    }


def test_news_an_item_added_to_one_handover_stays_in_that_handover(news: News) -> None:
    read = news("Russia handed over 95 prisoners of war on Friday, as well as 12 civilians.")
    assert not read.tallies
    legs = {
        (t.receiver.code, t.category.value, t.count) for e in read.exchanges for t in e.transfers
    }
    assert legs == {
        ("UKR", "prisoners_of_war", Count.exact(95)),
        ("UKR", "civilians", Count.exact(12)),
    }


# -- a share of the total set off after it does not date the total --------------------


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    month=st.sampled_from(["March", "May", "July", "August"]),
    share=st.sampled_from(["about half", "most", "some", "nearly a third", "the majority"]),
    when=st.sampled_from(["this year", "in 2025", "last year"]),
    value=st.integers(min_value=1_001, max_value=9_999),
    people=st.sampled_from(["servicemen", "soldiers", "fallen defenders"]),
)
def test_news_a_share_set_off_after_a_total_leaves_the_date_of_saying(
    news: News, month: str, share: str, when: str, value: int, people: str
) -> None:
    # "said in November that ... more than 3,000 ..., about half of them this year"
    text = (
        f"Ukraine's Ministry for Reintegration said in {month} that the remains of "
        f"{value:,} {people} had been repatriated since the start of the full-scale "
        f"invasion, {share} of them {when}."
    )
    (tally,) = news(text).tallies
    assert tally.count == Count.exact(value)
    assert str(tally.as_of) == f"2025-{list(calendar.month_name).index(month):02d}"


def test_news_a_year_not_set_off_as_a_share_still_dates_the_figure(news: News) -> None:
    # no share word before "of them": the date is the figure's own
    (tally,) = news(
        "The remains of 1,200 soldiers had been repatriated this year, Ukraine's Ministry "
        "for Reintegration said on Monday."
    ).tallies
    assert str(tally.as_of) == "2025-10-20"
    text = "On Monday Ukraine received 120 soldiers, some of them wounded, in a swap."
    (exchange,) = news(text).exchanges
    assert str(exchange.period) == "2025-10-20"


_BODIES_BEFORE = (
    "On November 29 last year, 502 bodies were returned to Ukraine, officials said. "
    "Since the start of the invasion, more than 10,000 bodies of fallen defenders have been "
    "returned to Ukraine. "
)


@settings(max_examples=15, deadline=None)
@given(
    count=st.integers(min_value=600, max_value=900),
    one=st.sampled_from(["in one", "in a single"]),
    noun=st.sampled_from(["repatriation", "handover", "transfer"]),
    day=st.integers(min_value=2, max_value=27),
)
def test_a_months_alone_figure_that_came_in_one_handover_is_that_handover(
    news: News, count: int, one: str, noun: str, day: int
) -> None:
    """ "Last month alone, 757 came home in one repatriation on February 14": a transfer."""
    text = (
        f"{_BODIES_BEFORE}Last month alone, {count} came home {one} {noun} "
        f"on February {day}, officials said."
    )
    told = news(text, published=date(2025, 3, 14))
    assert [t for t in told.tallies if t.count.low == count] == [], text
    counts = [t.count.low for e in told.exchanges for t in e.transfers]
    assert counts.count(count) == 1, text


def test_a_months_alone_figure_with_no_one_handover_is_still_a_sum(news: News) -> None:
    told = news(
        f"{_BODIES_BEFORE}Last month alone, 757 came home, officials said.",
        published=date(2025, 3, 14),
    )
    assert "757" in [str(t.count) for t in told.tallies]


@given(
    rank=st.sampled_from(["61st", "12th", "third", "40th"]),
    since=st.sampled_from(["February 2022", "the start of the war", "the invasion"]),
    n=st.integers(min_value=200, max_value=9_999),
    span=st.sampled_from(
        ["over that time", "in that time", "during that period", "over the year", "during the year"]
    ),
)
def test_news_a_total_over_that_time_after_a_ranked_swap_is_a_total(
    news: News, rank: str, since: str, n: int, span: str
) -> None:
    """ "the 61st exchange since 2022 ..., which said 4,131 had been returned over that time"."""
    result = news(
        f"The release was the {rank} exchange since {since}, according to the headquarters, "
        f"which said {n:,} Ukrainians had been returned from captivity {span}."
    )
    assert [(t.receiver.code, t.count) for t in result.tallies] == [("UKR", Count.exact(n))]
    assert all(
        leg.count != Count.exact(n) for exchange in result.exchanges for leg in exchange.transfers
    )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=2, max_value=999),
    st.sampled_from(["freed", "returned", "released", "brought home", "brought back"]),
)
def test_news_put_the_total_verb_at_n_after_a_swap_told_is_no_tally(
    news: News, n: int, verb: str
) -> None:
    # "He put the total freed at 103": the size of the swap the speaker spoke of
    result = news(
        f"Zelensky said on Saturday that {n // 2} of the Ukrainians freed had been "
        f"defenders of Mariupol. He put the total {verb} at {n}."
    )
    assert result.tallies == []
    # a span after the verb makes the same words a running total
    (tally,) = news(
        f"Zelensky said on Saturday that {n // 2} of the Ukrainians freed had been "
        f"defenders of Mariupol. He put the total {verb} since 2022 at {n + 4000:,}."
    ).tallies
    assert tally.receiver.code == "UKR"
    assert tally.count == Count.exact(n + 4000)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=5_000, max_value=20_000),
    st.sampled_from(["which", "whom"]),
    st.sampled_from(["came", "came back", "were returned", "have come home"]),
    st.sampled_from(["this year", "in 2025"]),
    st.sampled_from([("bodies", "repatriated", "remains"), ("Ukrainians", "freed", "other")]),
)
def test_news_an_of_which_part_with_its_own_span_is_the_totals_share(
    news: News, whole: int, relative: str, verb: str, span: str, people: tuple[str, str, str]
) -> None:
    # "12,600 bodies ..., of which more than 10,000 came this year": the part goes the
    # total's way over its own span, never the other way
    noun, done, kind = people
    part = whole // 2
    result = news(
        f"By Ukraine's count, {whole:,} {noun} have been {done} since 2022, of {relative} "
        f"{part:,} {verb} {span}.",
        published=date(2025, 12, 30),
    )
    assert result.exchanges == []
    assert {(t.receiver.code, t.category.value, str(t.count)) for t in result.tallies} == {
        ("UKR", kind, str(Count.exact(whole))),
        ("UKR", kind, str(Count.exact(part))),
    }


def test_news_an_of_which_part_with_no_span_is_no_figure_of_the_other_way(news: News) -> None:
    # "of which 10,000 came back": a subset of the total, not what Russia got back
    result = news(
        "Ukraine says 12,600 bodies have been repatriated since 2022, of which 10,000 came back."
    )
    assert [(t.receiver.code, t.count) for t in result.tallies] == [("UKR", Count.exact(12600))]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=100, max_value=999),
    st.sampled_from(["Monday", "Friday", "Saturday", "April 19"]),
    st.sampled_from(["released", "freed", "exchanged"]),
)
def test_news_put_the_total_number_of_one_day_at_n_is_no_tally(
    news: News, n: int, day: str, verb: str
) -> None:
    # "put the total number of people released on Saturday at 523": that day's size
    result = news(
        "The UAE said its mediation had made the exchange possible. It put the total "
        f"number of people {verb} by both sides on {day} at {n}."
    )
    assert result.tallies == []


def test_news_put_the_total_number_since_a_day_at_n_stays_a_tally(news: News) -> None:
    # "since Saturday" opens a span: the figure sums every handover in it
    (tally,) = news("Kyiv put the total number of people released since Saturday at 1,523.").tallies
    assert tally.receiver.code == "UKR"
    assert tally.count == Count.exact(1523)


@pytest.mark.parametrize("day", ["Wednesday's", "Saturday's", "this", "the latest"])
def test_news_a_total_counted_up_to_one_release_is_a_running_total(news: News, day: str) -> None:
    # "with Wednesday's release, 2,828 had been returned": the release is the sum's last part
    text = (
        f"The agency said it was the 49th exchange since February 2022 and that, with {day} "
        "release, 2,828 Ukrainians had been returned from captivity."
    )
    result = news(text)
    assert result.exchanges == [], text
    (tally,) = result.tallies
    assert (tally.receiver.code, tally.count) == ("UKR", Count.exact(2828))


def test_news_the_release_of_people_is_still_one_exchange(news: News) -> None:
    # "with the release of 95 prisoners": the figure is the release's own people
    result = news(
        "Ukraine welcomed the deal on Friday, with the release of 95 prisoners from Russia."
    )
    assert result.tallies == []


@pytest.mark.parametrize(
    "event", ["the full-scale invasion began", "the war started", "the invasion opened"]
)
def test_news_a_gapped_total_since_an_event_told_with_its_verb(news: News, event: str) -> None:
    # ", and 3,767 since the full-scale invasion began": the gapped figure's span has a verb
    text = (
        "The headquarters says more than 1,300 Ukrainians came home in 2024, and 3,767 "
        f"since {event}, in 59 exchanges."
    )
    counts = sorted(t.count.low for t in news(text).tallies)
    assert counts[-1:] == [3767], text


def test_news_a_gapped_figure_since_an_event_with_more_clause_stays_unread(news: News) -> None:
    # ", and 4,131 since the war began remain held": a clause of its own, no gapped total
    text = (
        "The headquarters says more than 1,300 Ukrainians came home in 2024, and 4,131 "
        "since the war began remain held."
    )
    assert all(t.count.low != 4131 for t in news(text).tallies)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    part=st.sampled_from(["beginning", "start"]),
    month=st.sampled_from(["June", "March", "August", "2024"]),
    giver=st.sampled_from([("Russia", "RUS", "UKR"), ("Ukraine", "UKR", "RUS")]),
    verb=st.sampled_from(["had transferred", "has handed over", "had returned"]),
    n=st.integers(min_value=1_001, max_value=9_999),
)
def test_news_from_the_beginning_of_a_date_opens_a_span_as_since_does(
    news: News, part: str, month: str, giver: tuple[str, str, str], verb: str, n: int
) -> None:
    # "from the beginning of June Russia had transferred more than 9,000 bodies": a total
    name, sender, receiver = giver
    result = news(f"An aide said that from the {part} of {month} {name} {verb} {n:,} bodies.")
    assert result.exchanges == []
    assert [(t.receiver.code, t.count) for t in result.tallies] == [(receiver, Count.exact(n))]
    assert all(t.sender.code == sender for t in result.tallies)


def test_news_from_the_beginning_of_a_month_carries_its_gapped_other_side(news: News) -> None:
    result = news(
        "Medinsky said that from the beginning of June Russia had transferred to the "
        "Ukrainian side more than 9,000 bodies, while Ukraine had handed over just over 140."
    )
    assert result.exchanges == []
    assert sorted((t.receiver.code, t.count) for t in result.tallies) == [
        ("RUS", Count.more_than(140)),
        ("UKR", Count.more_than(9000)),
    ]


def test_news_a_handover_at_the_beginning_of_a_month_is_still_one_exchange(news: News) -> None:
    # only "from the" opens a span: "at the beginning of June" dates the handover itself
    result = news("Russia handed over 900 bodies to Ukraine at the beginning of June.")
    assert result.tallies == []
    assert [t.count for e in result.exchanges for t in e.transfers] == [Count.exact(900)]
