"""Words that point back to a time the text told before ("then", "that month") date by it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import Read

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]

_SIDES = {
    "RUS": ("Russian", "The Russian side", "Moscow"),
    "UKR": ("Ukrainian", "The Ukrainian side", "Kyiv"),
}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.integers(min_value=20, max_value=400),
    second=st.integers(min_value=20, max_value=400),
    day=st.integers(min_value=2, max_value=27),
    got=st.sampled_from(["RUS", "UKR"]),
    said=st.booleans(),
)
def test_a_closing_then_dates_by_the_exchange_told_before(
    recap: Recap, first: int, second: int, day: int, got: str, said: bool
) -> None:
    """ "The previous exchange took place on DAY, when N came home. The other side
    received M then": "then" after its clause is that day, not the story's."""
    gave = "UKR" if got == "RUS" else "RUS"
    nationality, other, capital = _SIDES[got][0], _SIDES[gave][1], _SIDES[gave][2]
    legs = recap(
        "On Wednesday 50 prisoners went each way in a swap mediated by the UAE. "
        f"The previous exchange took place on {day} September, when {first} {nationality} "
        f"servicemen returned home. {other} received {second} people then"
        + (f", {capital} said." if said else ".")
    )
    assert (f"2025-09-{day:02d}", gave, got, "prisoners_of_war", str(first)) in legs
    assert (f"2025-09-{day:02d}", got, gave, "other", str(second)) in legs
    assert ("2025-11-19", got, gave, "other", str(second)) not in legs


def test_an_ordering_then_dates_nothing_back(recap: Recap) -> None:
    """ "and then", "since then", "by then" and a "then" before its verb order or
    measure; they do not put the figure on the day told before."""
    for text in (
        "On 3 September 84 prisoners went each way. Since then, Russia has returned 90 bodies.",
        "On 3 September 84 prisoners went each way. By then, Russia had returned 90 bodies.",
        "On 3 September 84 prisoners went each way. Russia then returned 90 bodies on Monday.",
    ):
        legs = recap(text)
        assert not any(leg[0] == "2025-09-03" and leg[4] == "90" for leg in legs), text


_MONTHS = ["March", "April", "May", "June", "July", "August"]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    month=st.integers(min_value=0, max_value=len(_MONTHS) - 1),
    total=st.integers(min_value=1_500, max_value=9_000),
    same=st.sampled_from(["that month", "the same month"]),
    got=st.sampled_from(["UKR", "RUS"]),
)
def test_a_total_of_that_month_stands_at_the_month_told_before(
    news: Callable[..., Read], month: int, total: int, same: str, got: str
) -> None:
    """ "In MONTH, ... . They were handed over in a series of handovers that month, which
    brought back N": the month's sum, as of that month, not the report's day."""
    side = {"UKR": "Ukraine", "RUS": "Russia"}[got]
    other = "Russia" if got == "UKR" else "Ukraine"
    result = news(
        f"In {_MONTHS[month]}, {other} said it had brought 1,212 bodies to the border and "
        f"that {side} had refused them. The bodies were handed over days later, as part of "
        f"a larger series of handovers {same}, which {side} says brought back more than "
        f"{total:,} of its dead."
    )
    tallies = {(str(t.as_of), str(t.count)) for t in result.tallies}
    assert tallies == {(f"2025-{month + 3:02d}", f"more than {total:,}")}
    first = date(2025, month + 3, 1)
    last = date(2025, month + 4, 1) - timedelta(days=1)
    assert {(t.covers.start, t.covers.end) for t in result.tallies} == {(first, last)}


def test_that_month_with_no_month_told_before_stays_at_the_report(
    news: Callable[..., Read],
) -> None:
    """With no month named just before, "that month" has nothing to point to."""
    result = news(
        "Russia said it had brought 1,212 bodies to the border. The bodies were handed over "
        "days later, as part of a series of handovers that month, which Ukraine says brought "
        "back more than 6,000 of its dead."
    )
    assert {str(t.as_of) for t in result.tallies} <= {"2025-10-23"}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    each=st.integers(min_value=20, max_value=400),
    total=st.integers(min_value=1_500, max_value=9_000),
    verb=st.sampled_from(["topped", "reached", "passed", "risen to"]),
    day=st.sampled_from([("Tuesday", "2025-10-21"), ("Monday", "2025-10-20")]),
)
def test_a_total_said_to_have_now_reached_stands_at_the_exchange_told_before(
    news: Callable[..., Read], each: int, total: int, verb: str, day: tuple[str, str]
) -> None:
    """ "DAY's exchange brought N Ukrainians home. ... Kyiv said the total freed had now
    topped M": the "now" of the statement is the exchange's day, not the report's."""
    result = news(
        f"{day[0]}'s exchange brought {each} Ukrainians home. Russia's defence ministry said "
        f"{each} Russian servicemen had been returned in exchange. Kyiv's coordination "
        f"headquarters said the total number of Ukrainians released since February 2022 "
        f"had now {verb} {total:,}."
    )
    assert {str(t.as_of) for t in result.tallies} == {day[1]}


def test_a_total_said_now_in_the_present_stays_at_the_report(news: Callable[..., Read]) -> None:
    """ "says the total has now topped": told as it stands on the report's day."""
    result = news(
        "Tuesday's exchange brought 84 Ukrainians home. Russia's defence ministry said 84 "
        "Russian servicemen had been returned in exchange. Kyiv's coordination headquarters "
        "says the total number of Ukrainians released since February 2022 has now topped 5,900."
    )
    assert {str(t.as_of) for t in result.tallies} == {"2025-10-23"}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    month=st.sampled_from(["February", "March", "May"]),
    lost=st.integers(min_value=20_000, max_value=60_000),
    captured=st.integers(min_value=200, max_value=990),
    says=st.sampled_from(["says", "claims", "estimates"]),
)
def test_also_with_a_present_verb_is_said_now(
    news: Callable[..., Read], month: str, lost: int, captured: int, says: str
) -> None:
    """ "X said in MONTH that Russia had lost N. Ukraine also says it captured M": the
    present tense tells M as it stands now; the past "also said" goes back to MONTH."""
    text = (
        f"Oleksandr Syrskyi, the commander-in-chief, said in {month} that Russia had lost "
        f"almost {lost:,} men in the Kursk region. Ukraine also {{verb}} it captured more "
        f"than {captured} Russian soldiers during the operation."
    )
    now = news(text.format(verb=says))
    dated = {c.category.value: str(c.as_of) for c in now.claims}
    assert dated["captured"] == "2025-10-23"
    before = news(text.format(verb="said"))
    dated = {c.category.value: str(c.as_of) for c in before.claims}
    assert dated["captured"] == dated["total_losses"]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    each=st.integers(min_value=20, max_value=400),
    before=st.integers(min_value=20, max_value=400),
    total=st.integers(min_value=1_500, max_value=9_000),
    verb=st.sampled_from(["topped", "reached", "passed"]),
    back=st.sampled_from(["The previous exchange, on", "The last swap, on", "An earlier swap, on"]),
    day=st.integers(min_value=2, max_value=27),
)
def test_a_total_said_now_after_a_look_back_stands_at_the_story_exchange(
    news: Callable[..., Read], each: int, before: int, total: int, verb: str, back: str, day: int
) -> None:
    """ "On Wednesday N came home. ... The previous exchange, on DAY September, saw M freed.
    Kyiv said the number released had now topped T": the recalled exchange is not the
    "now" of the statement; the story's exchange is."""
    result = news(
        f"Russia and Ukraine exchanged {each} prisoners of war each on Wednesday, both sides "
        f"said. {back} {day} September, saw {before} prisoners freed by each side. Ukraine's "
        f"coordination headquarters said the number of Ukrainians released since February "
        f"2022 had now {verb} {total:,}."
    )
    assert {str(t.as_of) for t in result.tallies} == {"2025-10-22"}
    assert f"2025-09-{day:02d}" in {str(e.period) for e in result.exchanges}
