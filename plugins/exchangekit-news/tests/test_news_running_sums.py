"""Running sums told by a span or by the exchange they include, not by "so far" or a date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=1000, max_value=20000),
    st.sampled_from(
        [
            "During those five months Ukraine had recovered the bodies of {n} people.",
            "Over the past two years, Kyiv has taken back the bodies of {n} people.",
            "In these seven months Ukraine got back the remains of {n} people, Kyiv said.",
        ]
    ),
)
def test_news_a_span_of_months_or_years_makes_a_running_sum(
    receipts: Callable[..., Any], amount: int, template: str
) -> None:
    text = template.format(n=f"{amount:,}")
    assert receipts(text) == (set(), {("UKR", "remains", f"{amount:,}")})


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=1000, max_value=9000),
    st.sampled_from(
        [
            "Together with today's exchange, {n} Ukrainians have been freed, Kyiv said.",
            "Including today's swap, {n} Ukrainians have come home, Kyiv said.",
            "Together with this swap, {n} Ukrainians have been returned, the ministry said.",
        ]
    ),
)
def test_news_a_sum_that_includes_the_latest_exchange_is_a_running_sum(
    receipts: Callable[..., Any], amount: int, template: str
) -> None:
    text = template.format(n=f"{amount:,}")
    assert receipts(text) == (set(), {("UKR", "other", f"{amount:,}")})


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        # Regression: the day of the part added up dated the whole sum.
        (
            "Together with Wednesday's handover of 1,100 bodies, today's transfer brings the "
            "number of bodies Kyiv has recovered this week to 2,300, officials said.",
            "2025-06-13",
        ),
        (
            "Taken together with Tuesday's handover of 500, the latest one raised the number "
            "of bodies returned to Ukraine this week to 1,700, Kyiv said.",
            "2025-06-13",
        ),
        (
            "Together with Monday's release of 95 soldiers, Thursday's swap brought the number "
            "of soldiers Ukraine has freed this month to 300, officials said.",
            "2025-06-12",
        ),
    ],
)
def test_news_the_day_of_a_part_added_up_never_dates_the_sum(
    news: Callable[..., Any], text: str, as_of: str
) -> None:
    result = news(text, published=date(2025, 6, 13))
    assert {str(t.as_of) for t in result.tallies} == {as_of}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday"]))
def test_news_a_sum_with_an_earlier_days_handover_stands_on_the_report(
    news: Callable[..., Any], day: str
) -> None:
    text = (
        f"Together with {day}'s handover of 900 bodies, today's one brings the number of "
        "bodies Ukraine has recovered this week to 2,100, officials said."
    )
    result = news(text, published=date(2025, 6, 13))
    assert {str(t.as_of) for t in result.tallies} == {"2025-06-13"}


def test_news_a_start_named_by_talks_or_a_deal_makes_a_running_sum(
    receipts: Callable[..., Any],
) -> None:
    for text in (
        "Ukraine has received some 9,300 bodies since the Istanbul talks, by our count.",
        "Since June's deal, Kyiv has taken back the bodies of 8,100 soldiers.",
        # a start named in the plural
        "Since the Geneva agreements, we have passed to Ukraine upwards of 5,200 bodies, "
        "Moscow's negotiator said.",
        "Moscow has sent back the remains of 4,800 Ukrainians since the summer's accords.",
    ):
        transfers, tallies = receipts(text)
        assert transfers == set()
        # never a handover; a total only where the start is dated ("June's deal"): the
        # others name a start the text never dates (see test_news_since_pointed_back)
        assert {receiver for receiver, _, _ in tallies} <= {"UKR"}
    assert receipts("Since June's deal, Kyiv has taken back the bodies of 8,100 soldiers.")[1]


def test_news_the_first_swap_since_the_talks_is_one_swap(receipts: Callable[..., Any]) -> None:
    transfers, tallies = receipts(
        "In the first swap since the talks, Russia freed 90 Ukrainian soldiers."
    )
    assert transfers == {("UKR", "prisoners_of_war", "90")}
    assert tallies == set()


def test_news_a_swap_over_three_days_stays_one_swap(receipts: Callable[..., Any]) -> None:
    transfers, tallies = receipts("Over three days, Russia handed back 300 Ukrainian soldiers.")
    assert transfers == {("UKR", "prisoners_of_war", "300")}
    assert tallies == set()


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=100, max_value=900),
    st.integers(min_value=100, max_value=900),
    st.sampled_from(
        [
            "Added together, that comes to {n}, the figure Kyiv gave on Tuesday.",
            "Together they total {n}.",
            "All in all, this amounts to {n}, by our count.",
        ]
    ),
)
def test_news_a_sum_worked_out_over_the_handovers_told_is_their_running_total(
    receipts: Callable[..., Any], first: int, second: int, template: str
) -> None:
    told = (
        f"Russia handed {first} bodies to Ukraine on 3 May. "
        f"On 9 May, Moscow returned {second} bodies to Kyiv. "
    )
    transfers, tallies = receipts(told + template.format(n=f"{first + second:,}"))
    assert tallies == {("UKR", "remains", f"{first + second:,}")}
    assert transfers == {("UKR", "remains", str(first)), ("UKR", "remains", str(second))}


def test_news_a_sum_of_something_else_is_no_running_total(receipts: Callable[..., Any]) -> None:
    told = "Russia handed 400 bodies to Ukraine on 3 May. "
    for text in ("That comes to 4,000 kilometres of road.", "Together they total 900 tonnes."):
        assert receipts(told + text)[1] == set()


def test_news_a_sum_with_nothing_told_before_is_no_running_total(
    receipts: Callable[..., Any],
) -> None:
    assert receipts("Added together, that comes to 6,000, the ministry said.") == (set(), set())


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=2, max_value=300),
    st.sampled_from(["over the same period", "in the same period", "during the same period"]),
)
def test_news_a_figure_over_the_same_period_is_a_running_sum(
    receipts: Callable[..., Any], amount: int, span: str
) -> None:
    text = (
        "Between 2 and 9 May, Russia handed 4,100 bodies to Ukraine, the ministry said. "
        f"Ukraine, it added, had returned {amount} bodies of Russian soldiers {span}."
    )
    transfers, tallies = receipts(text)
    assert ("RUS", "remains", str(amount)) in tallies
    assert ("RUS", "remains", str(amount)) not in transfers


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["warned", "added", "said"]),
    st.sampled_from(["Russian", "Ukrainian"]),
    st.integers(min_value=2, max_value=300),
)
def test_news_a_nationality_in_what_the_speaker_went_on_to_say_is_not_the_destination(
    receipts: Callable[..., Any], verb: str, nationality: str, amount: int
) -> None:
    text = (
        f"Kyiv's interior ministry said that it had received {amount} bodies from Russia "
        f"on Friday and {verb} that some might prove to be {nationality}."
    )
    assert receipts(text)[0] == {("UKR", "remains", str(amount))}


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=1000, max_value=9000),
    st.sampled_from(
        [
            "The swap was the 40th of the war. With it, the ombudsman said, {n} Ukrainians"
            " have come home from captivity.",
            "Officials said that, with this Christmas swap, {n} Ukrainians have been released.",
            "With that, the ministry noted, {n} Ukrainians have been brought home.",
            "Kyiv said that, counting the latest Orthodox Easter handover, {n} Ukrainians"
            " have been returned.",
        ]
    ),
)
def test_news_a_sum_brought_up_to_date_by_a_named_or_pronoun_exchange_is_a_running_sum(
    receipts: Callable[..., Any], amount: int, template: str
) -> None:
    # "with it" / "with this <name> swap" and a perfect: the exchange is the last one counted
    text = template.format(n=f"{amount:,}")
    transfers, tallies = receipts(text)
    assert transfers == set()
    assert {(receiver, count) for receiver, _, count in tallies} == {("UKR", f"{amount:,}")}


def test_news_with_it_and_a_simple_past_is_the_exchange_itself(
    receipts: Callable[..., Any],
) -> None:
    transfers, tallies = receipts(
        "The swap was the 40th of the war. With it, 231 Ukrainians came home."
    )
    assert tallies == set()
    assert transfers == {("UKR", "other", "231")}


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=600, max_value=2000),
    st.integers(min_value=100, max_value=500),
    st.sampled_from(
        [
            "Kyiv got back {n} Ukrainian soldiers last month; on the first day alone, {k} "
            "came home.",
            "Russia returned {n} Ukrainian soldiers over the weekend, the first stage alone "
            "accounting for {k} of them.",
            "In all, {n} Ukrainian soldiers were freed, and the first round alone brought {k} "
            "home, Kyiv said.",
        ]
    ),
)
def test_news_a_total_whose_first_day_alone_is_counted_is_a_running_sum(
    receipts: Callable[..., Any], total: int, part: int, template: str
) -> None:
    """A figure of which "the first day alone" counts some adds several handovers up."""
    transfers, tallies = receipts(template.format(n=f"{total:,}", k=part))
    assert ("UKR", "prisoners_of_war", f"{total:,}") in tallies
    assert not any(count == f"{total:,}" for _, _, count in transfers)


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=300, max_value=2000),
    st.sampled_from(
        [
            "Kyiv's ombudsman said that with two days of returns, {n} people had come home.",
            "After three weeks of handovers, {n} Ukrainians have come home, Kyiv said.",
            "Over two rounds of exchanges, {n} Ukrainians had come home, the ombudsman said.",
        ]
    ),
)
def test_news_a_count_of_days_of_returns_makes_a_running_sum(
    receipts: Callable[..., Any], total: int, template: str
) -> None:
    """ "With two days of returns, 697 had come home": the days hold several handovers."""
    transfers, tallies = receipts(template.format(n=f"{total:,}"))
    assert tallies == {("UKR", "other", f"{total:,}")}
    assert transfers == set()


@pytest.mark.parametrize(
    "text",
    [
        # "the first day alone" that counts nothing after it sums nothing up
        "Russia handed back 300 Ukrainian soldiers on Sunday, and the first day alone of the "
        "next swap is set for Monday.",
        # one day of exchanges holds one handover
        "After a day of exchanges, 300 Ukrainian soldiers came home.",
    ],
)
def test_news_one_swap_beside_a_first_day_or_one_day_stays_one_swap(
    receipts: Callable[..., Any], text: str
) -> None:
    assert receipts(text) == ({("UKR", "prisoners_of_war", "300")}, set())


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=200, max_value=9000),
    st.sampled_from(["mid", "early", "late"]),
    st.sampled_from(["March", "May", "September", "November"]),
    st.sampled_from(
        [
            (
                "By the ministry's reckoning, {n} Ukrainian children had been brought back by {d}.",
                "children",
            ),
            ("Officials said {n} Ukrainian civilians had come home by {d}.", "civilians"),
            ("{n} Ukrainian civilians, the office says, had been returned by {d}.", "civilians"),
        ]
    ),
)
def test_news_a_pluperfect_count_by_part_of_a_month_is_a_running_sum(
    receipts: Callable[..., Any], amount: int, part: str, month: str, form: tuple[str, str]
) -> None:
    template, kind = form
    when = f"{part}-{month}" if part == "mid" else f"{part} {month}"
    text = template.format(n=f"{amount:,}", d=when)
    assert receipts(text) == (set(), {("UKR", kind, f"{amount:,}")})


def test_news_a_fronted_by_part_of_a_month_keeps_that_months_handovers(
    receipts: Callable[..., Any],
) -> None:
    # "By mid-June, X had received N" may tell the month's own series of handovers
    moved, tallied = receipts("By mid-June Ukraine had received 6,120 bodies from Russia.")
    assert moved == {("UKR", "remains", "6,120")}
    assert tallied == set()


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "The agency reports that 1,080 Ukrainian girls and boys who had been moved to "
            "Crimea or to Russia have so far been returned.",
            "children",
            "1,080",
        ),
        (
            "The unit says 2,150 Ukrainian marines who had surrendered at the plant have so far "
            "come home.",
            "prisoners_of_war",
            "2,150",
        ),
        # a whole quarter sums its handovers, as a whole year does
        (
            "Over the quarter as a whole, the observatory reckons that 2,400 bodies were "
            "handed to Ukraine.",
            "remains",
            "2,400",
        ),
        (
            "During the whole quarter, 640 Ukrainian civilians came back from Russia.",
            "civilians",
            "640",
        ),
    ],
)
def test_news_a_total_past_a_bare_relative_clause_or_over_a_quarter_is_a_running_sum(
    receipts: Callable[..., Any], text: str, kind: str, count: str
) -> None:
    assert receipts(text) == (set(), {("UKR", kind, count)})


def test_news_a_date_in_the_peoples_relative_clause_still_tells_their_story(
    receipts: Callable[..., Any],
) -> None:
    moved, tallied = receipts(
        "Nine Ukrainian residents who had been stranded in Russia since last summer have returned."
    )
    assert moved == {("UKR", "civilians", "9")}
    assert tallied == set()


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=5000, max_value=30000),
    st.sampled_from(["a small fraction", "only a share", "a tiny portion"]),
    st.sampled_from(
        [
            "Kyiv says 1,310 Ukrainian children have been returned so far, {p} of the {n} "
            "children whom it counts as deported.",
            "Ukraine says 2,000 Ukrainian prisoners have been freed since 2022, {p} of the {n} "
            "men it believes Russia holds.",
        ]
    ),
)
def test_news_the_whole_a_returned_part_is_measured_against_is_never_moved(
    receipts: Callable[..., Any], amount: int, part: str, template: str
) -> None:
    whole = f"{amount:,}"
    moved, tallied = receipts(template.format(p=part, n=whole))
    assert whole not in {count for _, _, count in moved | tallied}


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=1000, max_value=20000),
    st.sampled_from([" – a figure that", ", a number that", " — a total that"]),
    st.sampled_from(
        [
            "leaves out the dead recovered by Ukrainian search teams",
            "does not count remains found by Ukrainian units themselves",
            "excludes bodies identified by Russian crews",
        ]
    ),
)
def test_news_a_side_named_in_an_apposition_on_the_figure_moves_nobody(
    receipts: Callable[..., Any], amount: int, opener: str, rest: str
) -> None:
    text = (
        "Ukraine and Russia traded the dead again on Friday, Kyiv said. Since the start of "
        f"the invasion, {amount:,} bodies of fallen defenders have been brought home{opener} "
        f"{rest}."
    )
    assert receipts(text) == (set(), {("UKR", "remains", f"{amount:,}")})


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=100, max_value=9000),
    st.sampled_from(
        [
            (
                "Kyiv says that, of the children it traced to camps in Russia, {n} have been "
                "brought home so far.",
                "children",
            ),
            (
                "Of the Ukrainian marines taken at the port, {n} had been returned by the "
                "spring, the navy said.",
                "prisoners_of_war",
            ),
            (
                "The ministry says that, of the Ukrainian civilians it has on file, {n} have "
                "since been freed.",
                "civilians",
            ),
            # no people named: the speaker's side's total of people of no kind
            ("According to Kyiv, {n} have been freed in 41 swaps since May 2022.", "other"),
            ("Lubinets said that, counting 2023, {n} had now been brought back.", "other"),
        ]
    ),
)
def test_news_a_bare_part_returned_so_far_counts_the_people_of_a_fronted_of_phrase(
    receipts: Callable[..., Any], amount: int, case: tuple[str, str]
) -> None:
    """ "Of the <people> ..., N have been returned": the bare part's people open the clause;
    with none named, "Kyiv says 3,700 have been freed since 2022" is Kyiv's total."""
    template, kind = case
    assert receipts(template.format(n=f"{amount:,}")) == (set(), {("UKR", kind, f"{amount:,}")})


def test_news_a_bare_perfect_return_told_by_moscow_is_russias_running_total(
    receipts: Callable[..., Any],
) -> None:
    text = "Moscow says 1,480 have so far been returned since the war began."
    assert receipts(text) == (set(), {("RUS", "other", "1,480")})


@pytest.mark.parametrize(
    "text",
    [
        # whose people, and of what kind, is not said: no guess
        "Of the people on our register, 312 have been freed.",
        # a fronted phrase of people, but the part is not returned
        "Of the soldiers captured in the city, 900 have died in captivity, Kyiv said.",
        # "of them" points back; it names no people of its own
        "Kyiv listed 2,000 names. Of them, 900 have been returned.",
    ],
)
def test_news_a_fronted_of_phrase_without_people_or_a_return_reads_no_total(
    receipts: Callable[..., Any], text: str
) -> None:
    assert receipts(text) == (set(), set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine has received, so far, 1,240, the ministry said.", ("UKR", "other", "1,240")),
        (
            "Russia has got back, in all, 860 of its servicemen, the defence ministry said.",
            ("RUS", "prisoners_of_war", "860"),
        ),
        ("Ukraine has got back, to date, 2,100, Kyiv said.", ("UKR", "other", "2,100")),
    ],
)
def test_news_a_running_aside_between_the_verb_and_its_object_leaves_the_object_its_own(
    receipts: Callable[..., Any], text: str, expected: tuple[str, str, str]
) -> None:
    """ "We brought home, so far, nearly 4,000": the aside says the object is a running total."""
    assert receipts(text) == (set(), {expected})


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=1000, max_value=9000),
    st.sampled_from(["40 swaps", "more than 50 exchanges", "dozens of exchanges"]),
    st.sampled_from([" has", " has, by official figures,", " has, officials say,", ""]),
)
def test_news_exchanges_counted_in_a_first_verb_phrase_make_the_second_a_running_total(
    receipts: Callable[..., Any], amount: int, counted: str, link: str
) -> None:
    """ "X has carried out 50 exchanges and has got back 3,900": X's total, never one swap."""
    text = f"Ukraine has conducted {counted} and{link} got back {amount:,} people."
    assert receipts(text) == (set(), {("UKR", "other", f"{amount:,}")})


@pytest.mark.parametrize(
    "text",
    [
        "3,700 have been freed since February 2022.",  # no side tells it
        "Kyiv says 3,700 have been freed.",  # one handover, or many? not said
    ],
)
def test_news_a_bare_perfect_return_without_a_side_or_a_span_reads_nothing(
    receipts: Callable[..., Any], text: str
) -> None:
    assert receipts(text) == (set(), set())


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=100, max_value=900),
    st.sampled_from(
        [
            "since the beginning of 2025 alone",
            "since January",
            "since the start of the year",
        ]
    ),
    st.sampled_from(["people", "Ukrainians"]),
)
def test_news_a_second_total_with_its_span_told_first_counts_the_same_people(
    receipts: Callable[..., Any], amount: int, span: str, people: str
) -> None:
    """ "..., and since the start of 2025 alone, 2,310 people": the total's verb left out."""
    head = "Kyiv said 4,480 Ukrainians have been freed from captivity in all"
    text = f"{head}, and {span}, {amount} {people}."
    assert receipts(text) == (set(), {("UKR", "other", "4,480"), ("UKR", "other", str(amount))})


def test_news_a_fronted_span_before_a_clause_of_its_own_adds_no_second_total(
    receipts: Callable[..., Any],
) -> None:
    text = "Kyiv said 4,480 Ukrainians have been freed in all, and since January, 310 have died."
    assert receipts(text) == (set(), {("UKR", "other", "4,480")})


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        (
            "Eighteen Ukrainian civilians were freed from Russian detention on Monday, the "
            "ombudsman said. In a later note, his office said that since the start of the war "
            "it had helped secure the release of 212 civilians.",
            ("UKR", "civilians", "212"),
        ),
        (
            "Nine Ukrainian children came home from Russia on Friday, Kyiv said. The "
            "children's commissioner's office said that since 2023 it had secured the return "
            "of 57 children.",
            ("UKR", "children", "57"),
        ),
        (
            "Twenty Ukrainian civilians returned from Russia on Tuesday, the ombudsman said. "
            "The office added that since 2022 it has achieved the release of 430 civilians "
            "outside the exchanges.",
            ("UKR", "civilians", "430"),
        ),
        # a subject of no side that took people back over a span
        (
            "Fourteen Ukrainian civilians came home from Russia on Monday. The regional "
            "governor said that since 2023 the oblast has welcomed back 318 civilians.",
            ("UKR", "civilians", "318"),
        ),
        (
            "Five Ukrainian children returned from Russia on Wednesday. The diocese says its "
            "network has taken back 75 children since 2023.",
            ("UKR", "children", "75"),
        ),
    ],
)
def test_news_an_office_that_secured_returns_since_a_start_tallies_its_side(
    receipts: Callable[..., Any], text: str, tally: tuple[str, str, str]
) -> None:
    assert tally in receipts(text)[1]


@pytest.mark.parametrize(
    "text",
    [
        # a go-between's own work is no side's homecoming
        "Twenty Ukrainian civilians returned from Russia on Tuesday, the ombudsman said. "
        "Qatar said it had secured the release of 40 civilians since 2023.",
        "The UAE said the mediation, which secured the release of 300 captives in total, "
        "was its tenth.",
        # a first person of no known side: its side is not guessed
        "Russia got 20 soldiers back on Friday. This year, she told reporters, we managed to "
        "bring home 40 civilians.",
    ],
)
def test_news_a_mediator_that_secured_returns_tallies_no_one_side(
    receipts: Callable[..., Any], text: str
) -> None:
    assert not any(t[0] in ("UKR", "RUS") and t[2] in ("40", "300") for t in receipts(text)[1])


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from([("Ukrainians", "UKR"), ("Russians", "RUS")]),
    st.integers(min_value=100, max_value=2000),
    st.sampled_from(
        [
            "In 2024 alone, the number passed {n}.",
            "This year, said the commissioner, the total reached {n}.",
            "In 2025 alone, the number topped {n}, officials said.",
        ]
    ),
)
def test_news_a_years_number_after_a_total_is_its_share_the_same_way(
    receipts: Callable[..., Any], people: tuple[str, str], amount: int, template: str
) -> None:
    noun, side = people
    text = f"More than 5,100 {noun} have come home since 2022. " + template.format(n=f"{amount:,}")
    tallies = receipts(text)[1]
    shares = {t for t in tallies if t[2].split()[-1] == f"{amount:,}"}
    assert len(shares) == 1
    assert next(iter(shares))[0] == side


@pytest.mark.parametrize(
    "text",
    [
        # two totals before: "the number" is neither's plainly
        "Since 2022, 4,000 Ukrainians and 3,500 Russians have come home. In 2025 alone the "
        "number topped 1,000.",
        # a day, not a year: no span of its own
        "More than 5,100 Ukrainians have come home since 2022, Kyiv says. On Monday the "
        "number topped 5,200.",
    ],
)
def test_news_a_number_taken_up_without_one_total_or_a_year_is_not_read(
    receipts: Callable[..., Any], text: str
) -> None:
    assert not any(t[2].split()[-1] in ("1,000", "5,200") for t in receipts(text)[1])


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "The ICRC has now helped both sides to hand over the remains of 1,900 people "
            "since 2022.",
            (set(), {("RUS+UKR", "remains", "1,900")}),
        ),
        (
            "Kyiv said the Vatican had helped the families to bring back 12 children on Monday.",
            ({("UKR", "children", "12")}, set()),
        ),
        # what a helper will do is still a plan
        (
            "Ukraine said Qatar would help the two sides to return 30 children next month.",
            (set(), set()),
        ),
    ],
)
def test_news_helped_an_object_to_return_people_is_done(
    receipts: Callable[..., Any], text: str, read: tuple[set[Any], set[Any]]
) -> None:
    assert receipts(text) == read


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=1000, max_value=9000),
    st.sampled_from(["", "more than ", "about "]),
    st.sampled_from(["Ukrainians", "Ukrainian soldiers", "Ukrainian civilians"]),
    st.sampled_from(["had been brought home", "have been freed", "had now been returned"]),
    st.sampled_from(
        [
            "The headquarters said that with it {n} {noun} {verb}.",
            "It was the 69th exchange, and, including Thursday's, {n} {noun} {verb}, Kyiv said.",
            "Kyiv said that, counting Friday's, {n} {noun} {verb}.",
        ]
    ),
)
def test_news_a_sum_up_to_an_exchange_told_by_a_pronoun_or_a_bare_possessive_is_running(
    receipts: Callable[..., Any], amount: int, hedge: str, noun: str, verb: str, template: str
) -> None:
    """ "with it 2,828 had been brought home", "including Thursday's, 6,000 had been freed"."""
    text = template.format(n=f"{hedge}{amount:,}", noun=noun, verb=verb)
    moved, tallied = receipts(text)
    assert moved == set()
    assert {(r, n) for r, _, n in tallied} == {("UKR", str(Count.parse(f"{hedge}{amount:,}")))}


@pytest.mark.parametrize(
    "text",
    [
        "With it 50 civilians came home on Friday, Kyiv said.",
        "Including Thursday's, the ministry said, Russia returned 200 Ukrainians.",
    ],
)
def test_news_a_pronoun_or_possessive_before_a_handover_in_the_past_is_no_sum(
    receipts: Callable[..., Any], text: str
) -> None:
    assert receipts(text)[1] == set()


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=200, max_value=9000),
    st.sampled_from(
        [
            "soldiers of the Azov unit as well as marines, border guards and police",
            "soldiers of the garrison as well as sailors, medics and guards",
        ]
    ),
)
def test_news_in_exchanges_past_an_aside_renaming_the_people_makes_a_running_sum(
    receipts: Callable[..., Any], amount: int, aside: str
) -> None:
    """ "In exchanges" after a long aside renaming the people still sums several swaps."""
    text = (
        f"Since the surrender, about {amount:,} Ukrainian defenders, {aside}, "
        "have come home in exchanges."
    )
    moved, tallied = receipts(text)
    assert moved == set()
    assert [(side, kind, count.split(" [")[0]) for side, kind, count in tallied] == [
        ("UKR", "prisoners_of_war", f"around {amount:,}")
    ]


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=20, max_value=900),
    st.integers(min_value=2, max_value=19),
    st.sampled_from(["civilians", "children"]),
    st.sampled_from(["them", "these"]),
)
def test_news_people_together_with_those_just_told_are_a_part_not_a_sum(
    receipts: Callable[[str], tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]],
    n: int,
    m: int,
    noun: str,
    pronoun: str,
) -> None:
    # "Together with them, eight civilians were returned to Ukraine": a part of the same
    # handover beside the people just counted, not a running sum over stages
    moved, tallies = receipts(
        f"On Sunday {n} of our defenders returned home from Russian captivity. Together with"
        f" {pronoun}, {m} {noun} were returned to Ukraine."
    )
    assert tallies == set()
    assert ("UKR", "prisoners_of_war", str(n)) in moved
    assert ("UKR", noun, str(m)) in moved


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=900),
    teller=st.sampled_from(["Zelensky said that", "Kyiv said", "Ukraine's ombudsman said that"]),
    verb=st.sampled_from(["had been freed", "were released", "had been released", "were freed"]),
    phrase=st.sampled_from(["in total", "in all"]),
    kinds=st.sampled_from(
        [
            "both soldiers and civilians",
            "soldiers and civilians",
            "military and civilians",
            "servicemen, civilians and children",
            "both civilians and prisoners of war",
        ]
    ),
)
def test_news_a_total_set_off_by_the_kinds_it_sums_is_one_exchange(
    receipts: Callable[..., Any], n: int, teller: str, verb: str, phrase: str, kinds: str
) -> None:
    """ "12 people had been freed in total, both soldiers and civilians": one swap's size."""
    text = f"{teller} {n:,} people {verb} {phrase}, {kinds}, and thanked the mediators."
    moved, tallied = receipts(text)
    assert tallied == set()
    assert moved == {("UKR", "other", f"{n:,}")}


@pytest.mark.parametrize(
    "text",
    [
        # a span or "now" keeps the total running, whatever follows it
        "Zelensky said that 1,200 people had been freed in total since 2022, both soldiers and"
        " civilians.",
        "Zelensky said that 1,200 people had now been freed in total, both soldiers and civilians.",
        "Zelensky said that 1,200 people had been freed so far in total, soldiers and civilians.",
        # no kinds after it: "in total" alone is still a total
        "Zelensky said that 1,200 people had been freed in total.",
    ],
)
def test_news_a_total_with_a_span_or_no_kinds_stays_a_tally(
    receipts: Callable[..., Any], text: str
) -> None:
    moved, tallied = receipts(text)
    assert moved == set()
    assert tallied == {("UKR", "other", "1,200")}


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=200, max_value=3000),
    st.sampled_from(["In total", "In all", "Altogether"]),
    st.sampled_from(["during the period from 23 to 25 May", "from 23 to 25 May"]),
    st.sampled_from([("RUS", "the Russian Federation", "UKR", "the Ukrainian side")]),
    st.booleans(),
)
def test_news_a_fronted_sum_makes_both_conjoined_clauses_running_totals(
    receipts: Callable[..., Any],
    amount: int,
    opener: str,
    span: str,
    sides: tuple[str, str, str, str],
    flipped: bool,
) -> None:
    first, first_name, second, second_name = sides
    if flipped:
        first, first_name, second, second_name = second, second_name, first, first_name
    n = f"{amount:,}"
    text = (
        f"{opener}, {span}, {n} servicemen and civilians were returned to {first_name}, and"
        f" {n} persons were transferred to {second_name}."
    )
    assert receipts(text) == (set(), {(first, "other", n), (second, "other", n)})


def test_news_a_sum_not_fronted_leaves_a_dated_second_clause_a_handover(
    receipts: Callable[..., Any],
) -> None:
    transfers, _ = receipts(
        "On 25 May, 1,000 servicemen and civilians were returned to the Russian"
        " Federation, and 1,000 persons were transferred to the Ukrainian side."
    )
    assert ("UKR", "other", "1,000") in transfers


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=1000, max_value=4000),
    st.integers(min_value=100, max_value=900),
    st.sampled_from([("UKR", "Ukraine", "Ukrainian"), ("RUS", "Russia", "Russian")]),
    st.sampled_from(["children", "civilians"]),
    st.sampled_from(["", ", according to a monitoring group that tracks the returns"]),
)
def test_news_a_totals_earlier_value_goes_the_same_way_as_the_total(
    receipts: Callable[..., Any],
    total: int,
    less: int,
    side: tuple[str, str, str],
    kind: str,
    aside: str,
) -> None:
    code, country, _ = side
    now, before = f"{total:,}", f"{total - less:,}"
    text = (
        f"Since the start of the war, {now} {kind} have come back to {country}{aside},"
        f" up from {before} in mid-August."
    )
    assert receipts(text) == (set(), {(code, kind, now), (code, kind, before)})


def test_news_an_earlier_value_with_no_total_before_it_stays_unread(
    receipts: Callable[..., Any],
) -> None:
    assert receipts("The register lists 70,000 missing people, up from 50,000 in May.") == (
        set(),
        set(),
    )


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=3000, max_value=9000),
    st.integers(min_value=100, max_value=2000),
    st.sampled_from(["roughly", "about", "around", "some"]),
    st.sampled_from(["in 2025", "this year"]),
)
def test_news_a_hedged_years_part_of_a_total_is_its_own_tally(
    receipts: Callable[..., Any], total: int, part: int, hedge: str, year: str
) -> None:
    text = (
        f"Kyiv says {total:,} Ukrainians have returned from captivity since 2022,"
        f" {hedge} {part:,} of them {year}."
    )
    _, tallies = receipts(text)
    assert ("UKR", "other", f"{total:,}") in tallies
    assert len(tallies) == 2
    assert all(receiver == "UKR" for receiver, _, _ in tallies)
