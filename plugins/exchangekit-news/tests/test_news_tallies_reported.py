"""Running totals told in a report's words, and loss claims told beside them.

"In the reporting period" and "including N in June alone" are spans a sum covers;
"took the count past N" is a milestone passed; ", and N had come home in all" after
an exchange ranked "since 2022" is still the total; a place "controlled by" a side
is where people went. Claims: "Zelenskiy" is Ukraine's president, an armed force
"of" a side is the attacker (not the place), and ", N of them in the past day" is
one day's share of a loss total.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

SWAP = "Ukraine and Russia each freed 84 prisoners on Monday. "


@pytest.mark.parametrize(
    ("text", "tallies"),
    [
        # a report's own span makes the figure a sum, and so does a month's share of it
        (
            "Over the reporting period, the remains of 4,318 fallen soldiers came back to"
            " Ukraine, including 2,070 in March alone, in a series of handovers.",
            {("UKR", "remains", "4,318"), ("UKR", "remains", "2,070")},
        ),
        (
            "During the period under review, Russia returned 612 Ukrainian prisoners of war.",
            {("UKR", "prisoners_of_war", "612")},
        ),
        (
            "Since 2022 Kyiv has recovered 5,100 bodies of its soldiers from Russia, including"
            " 1,900 in 2024, officials said.",
            {("UKR", "remains", "5,100"), ("UKR", "remains", "1,900")},
        ),
        # a year's share set off by a comma and "of them", or by "including": a sum too
        (
            "Kyiv's ombudsman says 1,240 civilians have been freed from Russian captivity"
            " since 2022, 96 of them this year.",
            {("UKR", "civilians", "1,240"), ("UKR", "civilians", "96")},
        ),
        (
            "More than 6,000 bodies have been repatriated to Ukraine since the invasion, 2,300"
            " of them in 2024.",
            {("UKR", "remains", "more than 6,000"), ("UKR", "remains", "2,300")},
        ),
        (
            "Ukraine's coordination headquarters says 3,020 soldiers have come home from"
            " captivity since 2022, including 310 this year.",
            {("UKR", "prisoners_of_war", "3,020"), ("UKR", "prisoners_of_war", "310")},
        ),
        # "in all" closes its own clause, whatever the clause before ranked
        (
            SWAP + "Officials said it was the 55th swap since 2022, and 5,310 Ukrainians had"
            " been freed in all.",
            {("UKR", "other", "5,310")},
        ),
        # a milestone passed is more than the figure
        (
            SWAP + "Monday's swap, the ministry said, pushed the number of Ukrainians freed"
            " from Russian captivity since 2022 past 3,900.",
            {("UKR", "other", "more than 3,900")},
        ),
        # where they went, told as the land a side holds, is that side
        (
            "The ombudsman said 740 children had so far been brought back to areas controlled"
            " by Kyiv.",
            {("UKR", "children", "740")},
        ),
        (
            "Since the invasion, 215 teenagers have been returned to territory held by Ukraine,"
            " the office said.",
            {("UKR", "children", "215")},
        ),
    ],
)
def test_news_a_reported_span_or_milestone_is_a_running_total(
    receipts: Callable[..., Any], text: str, tallies: set[tuple[str, str, str]]
) -> None:
    transfers, found = receipts(text)
    assert tallies <= found
    assert not {count for _, _, count in transfers} & {count for _, _, count in tallies}


@pytest.mark.parametrize(
    "text",
    [
        "Talks went on past 11 at night, and 30 prisoners were freed on each side.",
        "In the past 24 hours, Russia and Ukraine each freed 30 prisoners.",
        "Half past ten, 40 prisoners of war crossed back into Ukraine.",
    ],
)
def test_news_past_as_a_time_is_no_milestone(receipts: Callable[..., Any], text: str) -> None:
    transfers, tallies = receipts(text)
    assert not any(count.startswith("more than") for _, _, count in transfers | tallies)


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Zelenskiy said in March that 41,000 soldiers had been killed since 2022 and"
            " 350,000 wounded.",
            {("UKR", "killed", Count.exact(41000)), ("UKR", "wounded", Count.exact(350000))},
        ),
        (
            "Vladimir Zelensky told reporters that 38,000 servicemen had died.",
            {("UKR", "killed", Count.exact(38000))},
        ),
        (
            "The General Staff said Russia had lost 980,000 troops since the invasion, 1,130"
            " of them over the past 24 hours.",
            {
                ("RUS", "total_losses", Count.exact(980000)),
                ("RUS", "total_losses", Count.exact(1130)),
            },
        ),
        (
            "The UN Human Rights Monitoring Mission in Ukraine published its report on Friday."
            " The Mission verified that 181 civilians were killed and 902 injured nationwide"
            " last month, most of them by drones launched by the armed forces of the Russian"
            " Federation.",
            {("UKR", "killed", Count.exact(181)), ("UKR", "wounded", Count.exact(902))},
        ),
    ],
)
def test_news_claims_told_by_speaker_spelling_attacker_or_day_share(
    news: Callable[..., Any],
    found: Callable[..., Any],
    text: str,
    claims: set[tuple[str, str, Count]],
) -> None:
    read = found(news(text))
    assert claims <= read
    assert not any(subject == "RUS" for subject, _, _ in read - claims if claims & read)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=20, max_value=900),
    st.sampled_from(["the armed forces", "the army", "troops", "units"]),
)
def test_news_the_attackers_side_never_owns_the_civilian_toll(
    news: Callable[..., Any], found: Callable[..., Any], amount: int, attacker: str
) -> None:
    # the side whose forces struck is named after "of": it is not where civilians died
    text = (
        f"Monitors said {amount} civilians were killed across the country last month, most"
        f" of them by missiles fired by {attacker} of the Russian Federation."
    )
    assert not any(subject == "RUS" for subject, _, _ in found(news(text)))


def test_news_a_months_share_of_a_total_is_as_of_the_months_end(news: Callable[..., Any]) -> None:
    tallies = news(
        "Since 2022 Kyiv has recovered 8,400 bodies of its soldiers from Russia, including"
        " 2,300 in May alone, officials said."
    ).tallies
    (part,) = [t for t in tallies if t.count == Count.exact(2300)]
    assert str(part.as_of) == "2025-05-31"


def test_news_during_the_month_is_the_month_the_scene_named(news: Callable[..., Any]) -> None:
    result = news(
        "The UN Human Rights Monitoring Mission in Ukraine issued its monthly update."
        " August 2025 was the worst month for civilians in two years. The Mission verified that"
        " 205 civilians were killed and 870 injured across the country during the month."
    )
    assert {str(c.as_of) for c in result.claims} == {"2025-08"}


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    whole=st.integers(min_value=1_000, max_value=9_000),
    part=st.integers(min_value=10, max_value=900),
    year=st.sampled_from(["this year", "last year", "in 2024", "in 2023"]),
    comma=st.booleans(),
)
def test_news_a_years_share_never_gives_the_whole_its_year(
    news: Callable[..., Any], whole: int, part: int, year: str, comma: bool
) -> None:
    # the year dates the share after the total, never the total since 2022 before it
    share = f"{part:,} of them {year}" if comma else f"including {part:,} {year}"
    items = news(
        f"Kyiv says {whole:,} Ukrainians have been freed from captivity since 2022, {share}."
    )
    spans = {t.count.low: str(t.covers).split("/")[0] for t in items.tallies}
    assert spans[whole] == "2022-02-24"
    assert spans.get(part, "2022-02-24") != "2022-02-24"


def test_news_a_years_share_of_a_loss_toll_is_not_read_as_a_toll_to_date(
    news: Callable[..., Any],
) -> None:
    # the share's span is not read for losses: "cannot say" rather than a toll since 2022
    for text in (
        "Kyiv's General Staff says Russia has lost 640,000 troops since 2022, 150,000 of them"
        " this year.",
        "Russia has lost 640,000 troops since 2022, Kyiv says, including 150,000 this year.",
    ):
        assert [c.count.low for c in news(text).claims] == [640_000], text


REPORT = (
    "In the year under review the office took part in nine swaps, in which 842 people were"
    " brought back to Ukraine from Russian captivity. "
)


@pytest.mark.parametrize(
    ("text", "tallies"),
    [
        # the sentence after a total splits it by kind, every part told: each part a total
        (
            REPORT + "Of them, 801 were soldiers and 41 were civilians.",
            {("UKR", "other", "842"), ("UKR", "prisoners_of_war", "801")}
            | {("UKR", "civilians", "41")},
        ),
        (
            "Since 2022, 2,150 Ukrainians have come home from captivity, the headquarters"
            " said. Of these, 1,990 were servicemen and 160 civilians.",
            {("UKR", "other", "2,150"), ("UKR", "prisoners_of_war", "1,990")}
            | {("UKR", "civilians", "160")},
        ),
        (
            "Russia says 1,020 of its people have been returned from Ukraine since the"
            " invasion. Of that number, 995 were soldiers and 25 were civilians.",
            {("RUS", "other", "1,020"), ("RUS", "prisoners_of_war", "995")}
            | {("RUS", "civilians", "25")},
        ),
        # parts that do not make up the whole, a lone part, or a sentence between: a
        # subset, not coded
        (REPORT + "Of them, 700 were soldiers and 41 were civilians.", {("UKR", "other", "842")}),
        (REPORT + "Of them, 801 were soldiers.", {("UKR", "other", "842")}),
        (
            REPORT + "Most were held in the east. Of them, 801 were soldiers and 41 civilians.",
            {("UKR", "other", "842")},
        ),
        # a source's figures: "cited by" names who told them, not who handed people over
        (
            "Since 2022, Russia has handed over more than 6,200 bodies, according to figures"
            " cited by Ukrainian officials.",
            {("UKR", "remains", "more than 6,200")},
        ),
        (
            "Ukraine has taken back the bodies of more than 5,000 of its dead since the"
            " invasion, according to data released by Ukrainian officials.",
            {("UKR", "remains", "more than 5,000")},
        ),
        # one kind named after the total's clause leaves the rest unsaid: a subset
        (
            "By the end of the year Ukrainian officials said 1,940 people had been freed since"
            " the invasion, including 210 civilians.",
            {("UKR", "other", "1,940")},
        ),
        (
            "By mid-year Kyiv said 3,310 Ukrainians had come home from captivity since 2022,"
            " including 95 women.",
            {("UKR", "other", "3,310")},
        ),
    ],
)
def test_news_a_total_split_by_kind_in_the_next_sentence(
    receipts: Callable[..., Any], text: str, tallies: set[tuple[str, str, str]]
) -> None:
    """ "Of these, 1,309 were servicemen and 49 were civilians" after a total: parts by kind;
    ", including 148 civilians" after the total's clause: a part, no total of its own."""
    _, found = receipts(text)
    assert found == tallies


def test_news_people_released_by_a_side_still_come_from_it(receipts: Callable[..., Any]) -> None:
    """Only a figure's source after "figures cited by" is passed over, not a handover's agent."""
    transfers, _ = receipts("On Friday, 60 soldiers released by Russia came home to Ukraine.")
    assert ("UKR", "prisoners_of_war", "60") in transfers


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    soldiers=st.integers(min_value=101, max_value=899),
    civilians=st.integers(min_value=11, max_value=99),
    short=st.sampled_from([0, 0, 1, 7, -3, 40]),
)
def test_news_next_sentence_parts_are_coded_only_when_they_add_up(
    receipts: Callable[..., Any], soldiers: int, civilians: int, short: int
) -> None:
    """A split told after a total is a partition only when its kinds add up to the whole."""
    total = soldiers + civilians + short
    _, found = receipts(
        f"Since 2022, {total} Ukrainians have come home from captivity, officials said. Of"
        f" these, {soldiers} were servicemen and {civilians} were civilians."
    )
    parts = {("UKR", "prisoners_of_war", str(soldiers)), ("UKR", "civilians", str(civilians))}
    if short == 0:
        assert parts <= found
    else:
        assert not parts & found


def _tally_keys(read: Any) -> set[tuple[str, str, Count]]:
    """(receiver, category, count) of every stated tally read."""
    return {(t.receiver.code, t.category.value, t.count) for t in read.tallies}


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    side=st.sampled_from(
        [("Kyiv", "UKR"), ("Ukraine", "UKR"), ("Moscow", "RUS"), ("Russia", "RUS")]
    ),
    have=st.sampled_from(["had", "now had", "has", "now has"]),
    hedge=st.sampled_from(["", "more than ", "about "]),
    people=st.sampled_from([("citizens", "other"), ("soldiers", "prisoners_of_war")]),
    value=st.integers(min_value=120, max_value=9_000),
)
def test_news_a_side_that_has_people_back_has_received_them_in_all(
    news: Callable[..., Any],
    side: tuple[str, str],
    have: str,
    hedge: str,
    people: tuple[str, str],
    value: int,
) -> None:
    """ "Kyiv said it now had back 2,235 citizens since the start of the invasion": to
    have people back is to have received them, so the total is the speaker's."""
    name, code = side
    noun, category = people
    text = f"{name} said it {have} back {hedge}{value:,} {noun} since the start of the invasion."
    assert _tally_keys(news(text)) == {(code, category, Count.parse(f"{hedge}{value:,}"))}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said 95 of the freed soldiers had back injuries, the hospital said.",
        "He has back pain after 3 years in captivity, his wife said.",
        "Ukraine had back-channel talks with Russia about 1,000 prisoners in May.",
    ],
)
def test_news_have_with_back_and_no_count_after_it_receives_no_one(
    news: Callable[..., Any], text: str
) -> None:
    """ "had back injuries", "has back pain": "back" qualifies a noun, no one is received."""
    read = news(text)
    assert not read.tallies
    assert not read.exchanges


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from([("bodies", "remains"), ("prisoners of war", "prisoners_of_war")]),
    st.integers(min_value=1000, max_value=4000),
    st.sampled_from(["", "more than ", "over "]),
    st.sampled_from(
        [
            ", and {h}{n} of them this year.",
            ", {h}{n} of them this year.",
            ". In 2025 alone, it is {h}{n}.",
            ". This year, it was {h}{n}.",
            ". This year alone it's been {h}{n}.",
            ". In 2025 alone it has been {h}{n}, the bulk of them since June.",
        ]
    ),
)
def test_news_a_years_part_told_with_and_or_it_is_is_its_share(
    receipts: Callable[..., Any], people: tuple[str, str], amount: int, hedge: str, tail: str
) -> None:
    """ "..., and more than 12,000 of them this year", "In 2025 alone, it is over 11,000":
    the year's part of the total just told, the same way and of the same kind."""
    noun, kind = people
    part = f"{amount:,}"
    text = f"Ukraine has received more than 16,000 {noun} since 2022" + tail.format(h=hedge, n=part)
    shares = {t for t in receipts(text)[1] if t[2].split()[-1] == part}
    assert shares
    assert {(t[0], t[1]) for t in shares} == {("UKR", kind)}


@pytest.mark.parametrize(
    "text",
    [
        # no year after "it is": not a year's part
        "Ukraine has received 16,000 bodies since 2022. On Monday, it is 1,200.",
        # "it is" not ending the sentence: some other thing the number counts
        "Ukraine has received 16,000 bodies since 2022. In 2025, it was 1,200 kilometres away.",
        # "it has been" after no year: not a year's part
        "Ukraine has received 16,000 bodies since 2022. Since Monday it has been 1,200.",
    ],
)
def test_news_a_number_after_it_is_without_a_year_is_not_a_share(
    receipts: Callable[..., Any], text: str
) -> None:
    assert not any(t[2].split()[-1] == "1,200" for t in receipts(text)[1])


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    value=st.integers(min_value=1_001, max_value=9_999),
    work=st.sampled_from(["efforts", "mediation"]),
    verb=st.sampled_from(["released", "freed"]),
)
def test_news_captives_freed_through_a_told_mediators_efforts_go_both_ways(
    news: Callable[..., Any], value: int, work: str, verb: str
) -> None:
    # "the mediation was the twelfth it had carried out, and ... released through its
    # efforts": the pronoun's efforts are a go-between's, so the people went either way
    text = (
        "The ministry said on Wednesday that the mediation was the twelfth it had carried "
        f"out, and that the number of captives {verb} through its {work} had reached "
        f"{value:,}."
    )
    (tally,) = news(text).tallies
    assert tally.count == Count.exact(value)
    assert tally.sender is None, text
    assert tally.receiver.code == "RUS+UKR", text


def test_news_captives_freed_through_its_efforts_with_no_mediation_told_stay_unread(
    news: Callable[..., Any],
) -> None:
    # with no mediation told, "its efforts" may be either side's: no sum of both ways
    result = news("It said the number of captives released through its efforts had reached 3,233.")
    assert result.tallies == []


def test_news_this_years_share_stands_when_the_total_does(news: Callable[..., Any]) -> None:
    """ "... more than 15,000 bodies have come back, with yesterday's handover. This year
    alone it's been around 11,000": the share is counted to the same day as the total."""
    read = news(
        "Kyiv says that, with yesterday's handover, more than 15,000 bodies have come back "
        "since 2022. This year alone it's been around 11,000.",
        published=date(2025, 10, 24),
    )
    as_of = {str(t.count): str(t.as_of) for t in read.tallies}
    assert len(set(as_of.values())) == 1, as_of
