"""Forms of English that decide whether a figure is a running total, and whose, or no figure.

A perfect passive "as of" a date is a count standing at that date; a side that "returned"
its own "fallen" got their bodies back; "one in six" is a share, "one woman whose husband
was captured" counts no captive, and a "Read more:" line is another story's headline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Any]]]

_SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_SETTINGS
@given(
    n=st.integers(min_value=20, max_value=99_999),
    people=st.sampled_from(["children", "civilians", "soldiers", "prisoners of war"]),
    verb=st.sampled_from(["brought back", "returned", "freed"]),
    date=st.sampled_from(["early September", "the end of May", "Monday"]),
    aux=st.sampled_from(["had", "have"]),
)
def test_news_a_perfect_passive_as_of_a_date_is_a_tally(
    news: News, n: int, people: str, verb: str, date: str, aux: str
) -> None:
    """ "N children had been brought back to Ukraine as of early September": a standing count."""
    result = news(f"Officials said {n:,} {people} {aux} been {verb} to Ukraine as of {date}.")
    assert result.exchanges == []
    assert [(t.receiver.code, t.count) for t in result.tallies] == [("UKR", Count.exact(n))]


def test_news_a_plain_past_as_of_a_day_stays_one_handover(news: News) -> None:
    """ "As of Monday, 90 prisoners were returned": a plain past may be one day's handover."""
    result = news("As of Monday, 90 prisoners were returned to Ukraine.")
    assert result.tallies == []
    assert len(result.exchanges) == 1


@_SETTINGS
@given(
    n=st.integers(min_value=100, max_value=99_999),
    side=st.sampled_from([("Ukraine", "UKR"), ("Russia", "RUS")]),
    head=st.sampled_from(["citizens", "defenders"]),
)
def test_news_a_side_that_returned_its_own_fallen_got_them(
    news: News, n: int, side: tuple[str, str], head: str
) -> None:
    """ "Ukraine has returned the bodies of N fallen citizens": the subject is the receiver."""
    name, code = side
    result = news(
        f"Since the start of the full-scale invasion, {name} has returned the bodies of "
        f"more than {n:,} fallen {head}."
    )
    assert [(t.receiver.code, t.category) for t in result.tallies] == [
        (code, PersonCategory.REMAINS)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday Ukraine returned the bodies of 757 fallen Russian soldiers.",
        "On Friday Ukraine returned 757 bodies to Russia.",
    ],
)
def test_news_returned_bodies_of_others_or_unnamed_keep_the_sender(news: News, text: str) -> None:
    """A nationality or no tribute word leaves "returned" a verb of giving back."""
    legs = [(t.sender.code, t.receiver.code) for e in result_exchanges(news(text)) for t in e]
    assert legs == [("UKR", "RUS")]


def result_exchanges(result: Any) -> list[Any]:
    """The transfers of every exchange read, exchange by exchange."""
    return [e.transfers for e in result.exchanges]


@_SETTINGS
@given(
    share=st.sampled_from(["one in six", "one in five", "1 in 4", "about one in three"]),
    dead=st.sampled_from(["of the dead", "of those killed", "of the named dead"]),
)
def test_news_one_in_n_is_a_share_not_a_toll(
    news: News, found: Found, share: str, dead: str
) -> None:
    """ "men recruited from prisons accounted for one in six of the dead": no one counted."""
    text = (
        "The count of Russian soldiers killed has passed 137,000, Mediazona said. Men "
        f"recruited from prisons accounted for {share} {dead} identified since the invasion."
    )
    assert found(news(text)) == {("RUS", "killed", Count.parse("more than 137,000"))}


@pytest.mark.parametrize(
    ("who", "kin"),
    [("One woman", "husband"), ("Two mothers", "sons"), ("Three families", "relatives")],
)
def test_news_people_whose_kin_were_captured_are_not_captives(
    news: News, found: Found, who: str, kin: str
) -> None:
    """ "One woman whose husband was captured in Mariupol said ...": no captive counted."""
    text = (
        "Russia and Ukraine accused each other on Friday of derailing a planned exchange of "
        "prisoners. Relatives' groups in Kyiv said they had been told to expect an exchange. "
        f"{who} whose {kin} {'was' if kin == 'husband' else 'were'} captured in Mariupol in "
        "2022 said they had been told that at least four times."
    )
    assert found(news(text)) == set()


@pytest.mark.parametrize(
    "opener", ["Read more:", "Read also:", "See also:", "Related:", "Also read:"]
)
def test_news_a_link_to_another_story_gives_nothing(news: News, found: Found, opener: str) -> None:
    """ "Read more: ... drone attack on Shebekino, two wounded": another article's headline."""
    text = (
        "Russia returned 30 soldiers to Ukraine on Monday, the ministry said.\n\n"
        f"{opener} Belgorod region governor reports drone attack on Shebekino, two wounded"
    )
    result = news(text)
    assert found(result) == set()
    assert len(result.exchanges) == 1


@pytest.mark.parametrize("opener", ["Read more:", "Read also:", "See also:"])
@given(
    day=st.integers(min_value=1, max_value=28),
    ours=st.integers(min_value=40, max_value=400),
    theirs=st.integers(min_value=20, max_value=400),
    last=st.booleans(),
)
@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_news_a_link_label_on_a_paragraph_that_goes_on_is_this_storys_background(
    news: News, opener: str, day: int, ours: int, theirs: int, last: bool
) -> None:
    """ "Read more: The largest exchange took place on January 3, when ... Kiev received
    230 people in that exchange.": a paragraph of more than one sentence is not a headline."""
    link = (
        f"{opener} The largest exchange so far took place on January {day}, when {ours} "
        "Russian soldiers were returned home."
    )
    text = (
        "Russia returned 30 soldiers to Ukraine on Monday, the ministry said.\n\n"
        + link
        + (
            "\n\nThe ministry thanked the mediators."
            if last
            else f" Kiev received {theirs} people."
        )
    )
    counts = {leg.count for e in news(text).exchanges for leg in e.transfers}
    assert (Count.exact(ours) in counts) is not last


def test_news_read_more_inside_prose_is_still_read(news: News, found: Found) -> None:
    """Only a line that opens with the words and a colon is a link; prose is read as ever."""
    text = (
        "Readers can read more about it below. The governor of Belgorod said drone attacks "
        "on Shebekino have killed two civilians since May."
    )
    assert found(news(text)) == {("RUS", "killed", Count.exact(2))}


@_SETTINGS
@given(
    day=st.integers(min_value=200, max_value=1_999),
    total=st.integers(min_value=100_000, max_value=1_500_000),
    head=st.sampled_from(["running count", "count", "running total", "total", "tally"]),
)
def test_news_bringing_a_loss_count_to_a_figure_is_a_loss_claim(
    news: News, found: Found, day: int, total: int, head: str
) -> None:
    """ "lost 1,130 troops ..., bringing its running count to 975,150": losses, no tally."""
    result = news(
        f"Ukraine's General Staff says Moscow has lost {day:,} troops over the past 24 hours, "
        f"bringing its {head} since the invasion to {total:,} killed and wounded."
    )
    assert result.tallies == []
    assert ("RUS", "total_losses", Count.exact(total)) in found(result)


@_SETTINGS
@given(
    n=st.integers(min_value=20, max_value=9_999),
    side=st.sampled_from([("Ukraine", "UKR"), ("Kyiv", "UKR"), ("Russia", "RUS")]),
    aux=st.sampled_from(["has", "had"]),
    swaps=st.sampled_from(["swaps", "smaller swaps", "exchanges", "earlier exchanges"]),
)
def test_news_a_side_that_freed_people_in_swaps_got_its_own(
    news: News, n: int, side: tuple[str, str], aux: str, swaps: str
) -> None:
    """ "Ukraine had freed 300 prisoners in smaller swaps since 2022": its own, brought home."""
    name, code = side
    result = news(f"{name} {aux} freed {n:,} prisoners in {swaps} since the start of the war.")
    assert [t.receiver.code for t in result.tallies] == [code]


def test_news_freed_enemy_nationals_in_swaps_keep_their_side(news: News) -> None:
    """A nationality on the freed people decides before the swaps are asked."""
    result = news("Ukraine has freed 300 Russian prisoners in swaps since the start of the war.")
    assert [t.receiver.code for t in result.tallies] == ["RUS"]


@_SETTINGS
@given(
    n=st.integers(min_value=100, max_value=9_999),
    teller=st.sampled_from(
        [
            ("Russian human rights commissioner Tatyana Moskalkova", "RUS"),
            ("Ukrainian human rights commissioner Dmytro Lubinets", "UKR"),
        ]
    ),
)
def test_news_our_compatriots_returned_are_the_tellers_people(
    news: News, n: int, teller: tuple[str, str]
) -> None:
    """ "more than 2,700 of our compatriots have been returned", said by one side: its own."""
    who, code = teller
    result = news(
        f"{who} said on Tuesday that since the beginning of the war, more than {n:,} of our "
        "compatriots have been returned to their homeland."
    )
    assert [(t.receiver.code, t.category, t.count) for t in result.tallies] == [
        (code, PersonCategory.OTHER, Count.parse(f"more than {n:,}"))
    ]


@_SETTINGS
@given(
    n=st.integers(min_value=1_000, max_value=9_999),
    month=st.sampled_from(["May", "June", "March"]),
    noun=st.sampled_from(["exchange", "swap", "handover"]),
)
def test_news_the_month_may_before_a_swap_noun_plans_nothing(
    news: News, n: int, month: str, noun: str
) -> None:
    """ "said after the May exchange that 5,000 had been freed since 2022": May is a month."""
    result = news(
        f"Ukrainian officials said after the {month} {noun} that more than {n:,} Ukrainians "
        "had been freed from Russian captivity since February 2022."
    )
    assert [(t.receiver.code, t.count) for t in result.tallies] == [
        ("UKR", Count.parse(f"more than {n:,}"))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine may exchange 300 prisoners next week, officials said.",
        "Officials said the two sides may swap 300 prisoners after the talks.",
    ],
)
def test_news_the_modal_may_before_a_swap_verb_still_plans(news: News, text: str) -> None:
    """ "may exchange 300 prisoners": the modal makes a plan, no figure is read as done."""
    result = news(text)
    assert result.exchanges == []
    assert result.tallies == []


@_SETTINGS
@given(
    n=st.integers(min_value=20, max_value=99_999),
    dead=st.sampled_from(["remains", "bodies"]),
    side=st.sampled_from([("Russia", "Ukraine", "UKR"), ("Ukraine", "Russia", "RUS")]),
)
def test_news_sets_of_remains_count_the_dead(
    news: News, n: int, dead: str, side: tuple[str, str, str]
) -> None:
    """ "Russia returned 909 sets of remains to Ukraine": each set is one person's remains."""
    sender, receiver, code = side
    result = news(f"{sender} returned {n:,} sets of {dead} to {receiver} on Friday.")
    legs = [(t.receiver.code, t.category, t.count) for e in result.exchanges for t in e.transfers]
    assert legs == [(code, PersonCategory.REMAINS, Count.exact(n))]


def test_news_sets_of_things_count_no_one(news: News) -> None:
    """ "909 sets of documents": no people, no figure."""
    result = news("Russia returned 909 sets of documents to Ukraine on Friday.")
    assert result.exchanges == []
    assert result.tallies == []


@_SETTINGS
@given(
    n=st.integers(min_value=20, max_value=99_999),
    side=st.sampled_from([("Ukraine", "UKR"), ("Russia", "RUS")]),
    people=st.sampled_from(["children", "civilians", "people"]),
    held=st.sampled_from(
        ["from deportation", '"from deportation and occupation"', "from occupation"]
    ),
)
def test_news_a_side_that_returned_people_from_deportation_got_them(
    news: News, n: int, side: tuple[str, str], people: str, held: str
) -> None:
    """ "Ukraine had so far returned 1,247 children from deportation": home to the subject."""
    name, code = side
    result = news(f"{name} had so far returned {n:,} {people} {held}.")
    assert [t.receiver.code for t in result.tallies] == [code]


@_SETTINGS
@given(
    n=st.integers(min_value=20, max_value=99_999),
    teller=st.sampled_from(["Andriy Yermak said", "Zelensky said", "Kyiv's ombudsman said"]),
)
def test_news_a_sides_official_telling_what_it_returned_is_no_cue_of_a_homecoming(
    news: News, n: int, teller: str
) -> None:
    """ "Zelensky said Ukraine had so far returned 1,247 civilians": Ukraine handed them over.

    An own official's telling does not say whose people went; "from captivity",
    "home" or "of its citizens" would, and children with no such cue stay unread.
    """
    result = news(f"{teller} Ukraine had so far returned {n:,} civilians.")
    assert [t.receiver.code for t in result.tallies] == ["RUS"]
    assert news(f"{teller} Ukraine had so far returned {n:,} children.").tallies == []


@pytest.mark.parametrize(
    ("text", "legs"),
    [
        ("Russia returned 11 children to Ukraine.", {("RUS", "UKR")}),
        ("Zelensky said Ukraine had returned 84 prisoners to Russia.", {("UKR", "RUS")}),
        ("Zelensky said Ukraine had returned 84 Russian soldiers.", {("UKR", "RUS")}),
    ],
)
def test_news_a_returned_with_a_place_or_a_nationality_keeps_its_way(
    news: News, text: str, legs: set[tuple[str, str]]
) -> None:
    result = news(text)
    assert {(t.sender.code, t.receiver.code) for e in result.exchanges for t in e.transfers} == legs


def test_news_a_programme_returning_children_with_no_side_stays_unread(news: News) -> None:
    """ "The programme had so far returned 1,247 children": no side is told, none guessed."""
    result = news("The programme had so far returned 1,247 children.")
    assert all(t.receiver.code != "RUS" for t in result.tallies)
    assert result.exchanges == []


@_SETTINGS
@given(
    n=st.integers(min_value=20, max_value=9_999),
    later=st.sampled_from(["two handovers", "three exchanges", "two more swaps"]),
    verb=st.sampled_from(["followed", "came"]),
    comma=st.sampled_from(["", ","]),
    tail=st.sampled_from(["", ", in July and August", " in the autumn"]),
)
def test_news_exchanges_that_followed_the_figure_sum_nothing_of_it(
    news: News, n: int, later: str, verb: str, comma: str, tail: str
) -> None:
    """ "Russia handed over 6,000 bodies in June and two handovers followed": June's handover."""
    result = news(f"Russia handed over {n:,} bodies in June{comma} and {later} {verb}{tail}.")
    assert result.tallies == []
    assert [(str(e.period), t.count) for e in result.exchanges for t in e.transfers] == [
        ("2025-06", Count.exact(n))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russia handed over 6,000 bodies in June in two handovers.",
        "In 58 exchanges, about 4,500 people have come home to Ukraine.",
    ],
)
def test_news_a_figure_over_counted_exchanges_stays_a_tally(news: News, text: str) -> None:
    assert len(news(text).tallies) == 1


@_SETTINGS
@given(
    n=st.integers(min_value=100, max_value=99_999),
    span=st.sampled_from(
        [
            "Over the course of the full-scale invasion",
            "Over the course of Russia's full-scale invasion",
            "Throughout the full-scale invasion",
            "Throughout the war",
        ]
    ),
    people=st.sampled_from(["Ukrainians", "prisoners of war", "civilians"]),
)
def test_news_a_figure_over_the_course_of_the_war_is_a_tally(
    news: News, n: int, span: str, people: str
) -> None:
    """ "Over the course of the full-scale invasion, 3,672 Ukrainians have been returned"."""
    result = news(f"{span}, {n:,} {people} have been returned from Russian captivity.")
    assert result.exchanges == []
    assert [t.receiver.code for t in result.tallies] == ["UKR"]


def test_news_a_day_told_during_the_war_makes_no_tally(news: News) -> None:
    # a plain past on a named day is no sum; "during" alone is not read as a span here
    result = news("During Russia's full-scale invasion, 300 bodies were returned on Friday.")
    assert result.tallies == []


@_SETTINGS
@given(
    n=st.integers(min_value=1_000, max_value=9_999),
    rank=st.sampled_from(["60th", "58th", "61st"]),
    aux=st.sampled_from(["had", "have"]),
)
def test_news_a_perfect_now_after_a_ranked_exchange_is_still_a_tally(
    news: News, n: int, rank: str, aux: str
) -> None:
    """ "it was the 60th exchange since the invasion and that 3,956 had now been freed"."""
    result = news(
        f"Kyiv's headquarters said it was the {rank} exchange since the full-scale invasion "
        f"and that {n:,} Ukrainians {aux} now been freed."
    )
    assert result.exchanges == []
    assert [t.receiver.code for t in result.tallies] == ["UKR"]


@_SETTINGS
@given(
    n=st.integers(min_value=20, max_value=99_999),
    teller=st.sampled_from(
        [("Zelensky", "UKR"), ("Ukraine's ombudsman", "UKR"), ("Russia's defence ministry", "RUS")]
    ),
    aux=st.sampled_from(["have", "have already", "have now managed to"]),
    people=st.sampled_from(["people", "soldiers", "civilians"]),
    quoted=st.booleans(),
)
def test_news_we_have_brought_back_n_so_far_is_the_tellers_total(
    news: News, n: int, teller: tuple[str, str], aux: str, people: str, quoted: bool
) -> None:
    """'"We have brought back N people so far," Zelensky said': the teller's side's total."""
    verb = "bring" if aux.endswith("to") else "brought"
    q = '"' if quoted else ""
    result = news(f"{q}We {aux} {verb} back {n:,} {people} so far,{q} {teller[0]} said.")
    assert result.exchanges == []
    assert [(t.receiver.code, t.count) for t in result.tallies] == [(teller[1], Count.exact(n))]


def test_news_we_brought_back_with_no_teller_or_a_trade_boast_stays_unread(news: News) -> None:
    """With no teller "we" has no side; "For one we got back 200" boasts of a trade's terms."""
    assert news('"We have brought back 3,767 people so far."').tallies == []
    result = news('"For one we got back 200," he said.')
    assert result.tallies == []
    assert result.exchanges == []


def test_news_we_brought_back_on_a_day_is_the_tellers_handover(news: News) -> None:
    """'"Today we brought back 300 people," Zelensky said': one handover, home to Ukraine."""
    result = news('"Today we brought back 300 people," Zelensky said.')
    assert result.tallies == []
    [exchange] = result.exchanges
    assert [(t.receiver.code, t.count) for t in exchange.transfers] == [("UKR", Count.exact(300))]


@_SETTINGS
@given(
    n=st.integers(min_value=20, max_value=9_999),
    helper=st.sampled_from(["Qatar", "The Vatican", "The UAE"]),
    aux=st.sampled_from(["has", "had"]),
    noun=st.sampled_from(["return", "release", "repatriation"]),
    since=st.sampled_from(["October 2023", "the start of the war", "2022"]),
)
def test_news_a_go_between_that_facilitated_returns_since_a_start_counts_the_homecomers(
    news: News, n: int, helper: str, aux: str, noun: str, since: str
) -> None:
    """ "Qatar says it has facilitated the return of N children since October 2023": home's total.

    The go-between moves no one; the children go the way the story's homecomings went.
    """
    result = news(
        "Last week 17 children were returned to Ukraine. "
        f"{helper} says it {aux} facilitated the {noun} of {n:,} children since {since}."
    )
    assert [(t.sender.code, t.receiver.code, t.count) for t in result.tallies] == [
        ("RUS", "UKR", Count.exact(n))
    ]


def test_news_a_go_between_that_facilitated_returns_with_no_homecomings_told_stays_unread(
    news: News,
) -> None:
    """With no side's homecoming told, a go-between's total has no receiver: unread."""
    result = news("Qatar says it has facilitated the return of 100 children since October 2023.")
    assert result.tallies == []
    assert result.exchanges == []


@_SETTINGS
@given(
    n=st.integers(min_value=20, max_value=99_999),
    people=st.sampled_from(["bodies", "prisoners", "civilians"]),
    verb=st.sampled_from(["repatriated", "returned", "brought back"]),
    aux=st.sampled_from(["had", "have"]),
    span=st.sampled_from(["this month's transfers", "last year's talks", "this summer"]),
)
def test_news_a_perfect_passive_before_this_period_is_a_tally(
    news: News, n: int, people: str, verb: str, aux: str, span: str
) -> None:
    """ "N bodies had been repatriated before this month's transfers": every return until then."""
    result = news(f"Kyiv says that {n:,} {people} {aux} been {verb} before {span}.")
    assert result.exchanges == []
    assert [(t.receiver.code, t.count) for t in result.tallies] == [("UKR", Count.exact(n))]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says that 800 bodies had been repatriated on Friday before this month's talks.",
        "Kyiv says that 800 bodies were repatriated before this month's talks.",
    ],
)
def test_news_a_day_or_a_plain_past_before_this_period_is_no_tally(news: News, text: str) -> None:
    """A day told ("on Friday") or a plain past ("were repatriated") may be one handover."""
    assert news(text).tallies == []


@_SETTINGS
@given(
    n=st.integers(min_value=20, max_value=9_999),
    days=st.sampled_from(["Friday and Saturday", "Monday, Tuesday and Wednesday"]),
    people=st.sampled_from(["prisoners", "soldiers", "civilians"]),
)
def test_news_a_pluperfect_after_days_listed_is_their_sum(
    news: News, n: int, days: str, people: str
) -> None:
    """ "After Friday and Saturday, N prisoners had been returned to Ukraine": the days' sum."""
    result = news(f"After {days}, {n:,} {people} had been returned to Ukraine.")
    assert result.exchanges == []
    assert [(t.receiver.code, t.count) for t in result.tallies] == [("UKR", Count.exact(n))]


@pytest.mark.parametrize(
    "text",
    [
        "After Friday, 300 prisoners had been returned to Ukraine.",
        "After Friday and Saturday, 300 prisoners were returned to Ukraine.",
    ],
)
def test_news_one_day_or_a_plain_past_after_days_is_no_sum(news: News, text: str) -> None:
    """One day after "after", or a plain past, may be one handover: no running total."""
    assert news(text).tallies == []


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    exchanges=st.integers(min_value=2, max_value=99),
    value=st.integers(min_value=1_001, max_value=9_999),
    noun=st.sampled_from(["exchanges of prisoners", "exchanges", "swaps"]),
    since=st.sampled_from(["Since 2022", "Since February 2022", "In total"]),
)
def test_news_an_outcome_of_counted_exchanges_is_a_running_total(
    news: News, exchanges: int, value: int, noun: str, since: str
) -> None:
    # "69 exchanges have taken place, as a result of which 6,211 have returned": their sum
    text = (
        f"{since}, {exchanges} {noun} have taken place, as a result of which {value:,} "
        "Ukrainians have returned home."
    )
    result = news(text)
    assert result.exchanges == [], text
    (tally,) = result.tallies
    assert (tally.receiver.code, tally.count) == ("UKR", Count.exact(value))


def test_news_the_outcome_of_one_exchange_is_that_exchange(news: News) -> None:
    # "the exchange carried out a week ago, as a result of which 246 ...": one exchange
    result = news(
        "The general referred to the exchange carried out a week ago, as a result of which "
        "246 Russian servicemen were returned."
    )
    assert result.tallies == []
    assert [t.count for e in result.exchanges for t in e.transfers] == [Count.exact(246)]


@_SETTINGS
@given(
    n=st.integers(min_value=100, max_value=9_999),
    speaker=st.sampled_from(["Zelensky", "The ombudsman", "The headquarters"]),
    verb=st.sampled_from(["said", "says", "said on Friday"]),
    event=st.sampled_from(["today's release", "today's exchange", "this swap"]),
    people=st.sampled_from([" Ukrainians", " Ukrainian citizens"]),
    aux=st.sampled_from(["had", "have"]),
)
def test_news_with_an_exchange_in_a_said_that_clause_is_a_tally(
    news: News, n: int, speaker: str, verb: str, event: str, people: str, aux: str
) -> None:
    """ "said that with today's release, N had been returned": the sum, as at a sentence's start."""
    result = news(f"{speaker} {verb} that with {event}, {n:,}{people} {aux} been returned home.")
    assert result.exchanges == []
    assert [(t.receiver.code, t.count) for t in result.tallies] == [("UKR", Count.exact(n))]


@pytest.mark.parametrize(
    "text",
    [
        # no exchange is named in the opening phrase: the clause tells of one handover
        "Zelensky said that with Turkish help, 1,200 Ukrainians had been returned home.",
        # "with" does not open the reported clause
        "Zelensky said that 1,200 Ukrainians had been returned home with today's exchange.",
    ],
)
def test_news_with_phrases_that_open_no_sum_stay_handovers(news: News, text: str) -> None:
    assert news(text).tallies == []


@_SETTINGS
@given(
    n=st.integers(min_value=2, max_value=99),
    people=st.sampled_from(["residents of the Kursk region", "civilians", "residents"]),
    held=st.sampled_from(["had been detained", 'had been "illegally detained"', "were held"]),
    year=st.sampled_from(["last year", "in 2024"]),
)
def test_news_a_year_in_a_relative_on_the_people_dates_no_sum(
    news: News, n: int, people: str, held: str, year: str
) -> None:
    """ "returned, along with N residents who had been detained ... last year": one handover."""
    result = news(
        "Russia's defence ministry said 146 Russian servicemen had been returned, along "
        f"with {n} {people} who {held} by Ukraine during its incursion there {year}."
    )
    assert result.tallies == []
    legs = {
        (t.sender.code, t.receiver.code, t.count) for e in result.exchanges for t in e.transfers
    }
    assert ("UKR", "RUS", Count.exact(n)) in legs


def test_news_a_year_after_the_relatives_own_return_still_sums(news: News) -> None:
    """A year after the handover verb dates the sum: the relative only names the people."""
    result = news("Ukraine said 300 children who had been deported have been returned this year.")
    assert [(t.receiver.code, t.count) for t in result.tallies] == [("UKR", Count.exact(300))]


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    noun=st.sampled_from(["handovers", "exchanges", "swaps", "repatriations"]),
    n=st.integers(min_value=1_001, max_value=9_999),
    lead=st.sampled_from(["as part of a larger series of", "in a series of"]),
)
def test_news_what_a_series_of_exchanges_brought_is_a_running_total(
    news: News, noun: str, n: int, lead: str
) -> None:
    # "a series of handovers that month, which Ukraine says brought back 6,000": the series' sum
    result = news(
        f"The bodies were handed over days later, {lead} {noun} that month, which Ukraine "
        f"says brought back more than {n:,} of its dead."
    )
    assert result.exchanges == []
    assert [(t.receiver.code, t.count) for t in result.tallies] == [("UKR", Count.more_than(n))]


@pytest.mark.parametrize(
    "text",
    [
        "The swap, the latest in a series of exchanges, freed 150 Ukrainians on Monday.",
        "After a series of exchanges, 150 Ukrainians were freed on Monday.",
    ],
)
def test_news_one_exchange_of_a_series_is_still_one_exchange(news: News, text: str) -> None:
    # ranked in the series, or told in a clause of its own: one handover, no total
    result = news(text)
    assert result.tallies == [], text
    assert [t.count for e in result.exchanges for t in e.transfers] == [Count.exact(150)], text


@_SETTINGS
@given(
    n=st.integers(min_value=1_000, max_value=9_999),
    day=st.sampled_from(["today's", "Friday's", "yesterday's"]),
    opener=st.sampled_from(
        [
            "The headquarters calls this the 54th exchange since February 2022 and says that, ",
            "The headquarters says that, ",
            "",
        ]
    ),
    verb=st.sampled_from(["freed from Russian captivity", "returned home", "brought back"]),
)
def test_news_with_a_days_possessive_alone_a_perfect_is_a_tally(
    news: News, n: int, day: str, opener: str, verb: str
) -> None:
    """ "says that, with today's, 3,335 Ukrainians have been freed": the day's exchange,
    its noun left out, brings a running total up to date, even after a ranked exchange."""
    with_day = f"with {day}" if opener else f"With {day}"
    result = news(f"{opener}{with_day}, {n:,} Ukrainians have been {verb}.")
    assert result.exchanges == []
    assert [(t.receiver.code, t.count) for t in result.tallies] == [("UKR", Count.exact(n))]


def test_news_with_a_bare_day_and_a_plain_past_stays_one_exchange(news: News) -> None:
    """ "With today, 200 soldiers were freed": no possessive and no perfect, no total."""
    result = news("Kyiv said that, with today, 200 soldiers were freed.")
    assert result.tallies == []


@_SETTINGS
@given(
    n=st.integers(min_value=100, max_value=9_999),
    year=st.integers(min_value=2022, max_value=2025),
    opener=st.sampled_from(["across", "throughout", "during"]),
    verb=st.sampled_from(["returned from Russian captivity", "freed", "brought home"]),
)
def test_news_across_a_year_a_figure_is_the_years_tally(
    news: News, n: int, year: int, opener: str, verb: str
) -> None:
    """ "across 2024 more than 1,350 Ukrainians were returned": a whole year as the span."""
    result = news(f"The headquarters says that {opener} {year} {n:,} Ukrainians were {verb}.")
    assert result.exchanges == []
    assert [(t.receiver.code, t.count) for t in result.tallies] == [("UKR", Count.exact(n))]


@_SETTINGS
@given(
    n=st.integers(min_value=1_000, max_value=9_999),
    rank=st.integers(min_value=21, max_value=99),
    start=st.sampled_from(
        ["the beginning of the full-scale invasion", "February 2022", "the start of the war"]
    ),
    noun=st.sampled_from(["exchange", "swap"]),
    people=st.sampled_from(["Ukrainians", "people", "prisoners"]),
)
def test_news_a_total_of_after_a_ranked_exchange_is_a_tally(
    news: News, n: int, rank: int, start: str, noun: str, people: str
) -> None:
    """ "This is the 68th exchange since the invasion. A total of 6,062 Ukrainians have been
    returned home": the undated perfect right after the rank sums the exchanges ranked."""
    result = news(
        f"This is the {rank}th {noun} since {start}. "
        f"A total of {n:,} {people} have been returned home to Ukraine from captivity."
    )
    assert result.exchanges == []
    assert [(t.receiver.code, t.count) for t in result.tallies] == [("UKR", Count.exact(n))]


@pytest.mark.parametrize(
    "text",
    [
        # no rank just before: one exchange's size
        "A total of 205 Ukrainians have been returned home from captivity.",
        # the rank is further back
        "This is the 68th exchange since 2022. Officials thanked the UAE. "
        "A total of 205 Ukrainians have been returned home from captivity.",
        # a day of its own
        "This is the 68th exchange since 2022. On Friday, a total of 205 Ukrainians "
        "have been returned home.",
    ],
)
def test_news_a_total_of_without_a_rank_just_before_stays_one_exchange(
    news: News, text: str
) -> None:
    """ "A total of 205 have been returned" alone, or told apart from the rank: one swap."""
    result = news(text)
    assert result.tallies == []


@_SETTINGS
@given(
    sent=st.integers(min_value=1_000, max_value=9_000),
    got=st.integers(min_value=10, max_value=900),
    cue=st.sampled_from(["by now", "so far", "now"]),
    aux=st.sampled_from(["had", "has"]),
    back=st.sampled_from(["received", "got back", "taken back"]),
)
def test_news_a_perfect_by_now_and_its_joined_verb_are_tallies(
    news: News, sent: int, got: int, cue: str, aux: str, back: str
) -> None:
    """ "Russia had by now handed over more than 7,000 bodies and had received fewer than
    100 in return": both verbs of one subject add up to the present, each its own way."""
    result = news(
        f"Medinsky said Russia {aux} {cue} handed over {sent:,} bodies and {aux} {back} "
        f"{got:,} in return."
    )
    assert result.exchanges == []
    assert {(t.receiver.code, t.count) for t in result.tallies} == {
        ("UKR", Count.exact(sent)),
        ("RUS", Count.exact(got)),
    }


@_SETTINGS
@given(
    n=st.integers(min_value=1_000, max_value=20_000),
    side=st.sampled_from([("Russia", "UKR"), ("Ukraine", "RUS")]),
    verb=st.sampled_from(["handed over", "returned", "transferred"]),
    aux=st.sampled_from(["had", "has"]),
)
def test_news_a_perfect_with_by_now_is_a_tally(
    news: News, n: int, side: tuple[str, str], verb: str, aux: str
) -> None:
    """ "Medinsky said Russia had by now handed over more than 7,000 bodies": the sum so far."""
    giver, home = side
    result = news(f"The aide said {giver} {aux} by now {verb} more than {n:,} bodies.")
    assert result.exchanges == []
    assert [t.receiver.code for t in result.tallies] == [home]


@_SETTINGS
@given(
    sent=st.integers(min_value=100, max_value=9_000),
    got=st.integers(min_value=10, max_value=90),
    aux=st.sampled_from(["had", "has"]),
)
def test_news_a_perfect_joined_by_and_keeps_the_first_verbs_subject(
    news: News, sent: int, got: int, aux: str
) -> None:
    """ "Russia has handed over 7,000 bodies and has received 100": the second verb's
    subject is Russia, so Russia is the one that received, never the one that sent."""
    result = news(f"Russia {aux} handed over {sent:,} bodies and {aux} received {got:,}.")
    legs = {
        (t.sender.code, t.receiver.code, t.count) for e in result.exchanges for t in e.transfers
    }
    assert ("RUS", "UKR", Count.exact(got)) not in legs
    assert ("UKR", "RUS", Count.exact(got)) in legs


def test_news_a_new_subject_after_and_is_not_a_shared_tally(news: News) -> None:
    """ "Russia has so far handed over 7,000 bodies and Ukraine has returned 100 on Friday"
    names its own subject and day: not the first verb's total."""
    result = news(
        "Russia has so far handed over 7,000 bodies, and on Friday Ukraine has returned 100."
    )
    assert ("RUS", Count.exact(100)) not in {
        (t.receiver.code if t.receiver else "", t.count) for t in result.tallies
    }
