"""Registers of the named dead: a level after a step, and a count "by name".

A register that "grew by" a step "to" a new level claims the level:
"the list of Russian servicemen whose deaths in the war in Ukraine we have
confirmed grew by 1,617, to 131,044": the level is the register's count, the
step is a span's additions (never read as the count), the war's place names no
owner, and the writer's "we" is the one who confirms, not the side before it.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news import NewsParser
from exchangekit_news._mentions import _Finder, lexicon
from exchangekit_news._tokens import tokenize
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import DEFAULT_REGISTRY, CasualtyClaim, Count


def claims(text: str) -> list[CasualtyClaim]:
    """The casualty claims the parser reads in ``text``, published 23 October 2025."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 10, 23), publisher="Desk"
    )
    return [item for item in items if isinstance(item, CasualtyClaim)]


SIDES = {"RUS": "Russian", "UKR": "Ukrainian"}
GROWING = ("grew", "rose", "climbed", "increased", "has grown", "had risen")
PLACES = ("in the war in Ukraine", "in the invasion of Ukraine", "since the invasion")
CONFIRMED = ("we have confirmed", "we have verified from public sources", "we could confirm")


@settings(max_examples=60, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    verb=st.sampled_from(GROWING),
    place=st.sampled_from(PLACES),
    confirmed=st.sampled_from(CONFIRMED),
    step=st.integers(min_value=100, max_value=1_999),  # a level at least five steps
    level=st.integers(min_value=10_000, max_value=900_000),
    comma=st.sampled_from((",", "")),
)
def test_news_a_register_grown_by_a_step_to_a_level_claims_the_level(
    side: str, verb: str, place: str, confirmed: str, step: int, level: int, comma: str
) -> None:
    # without the comma, "by 1,617 to 131,044" is a step and a level, never a range
    text = (
        f"This week the list of {SIDES[side]} servicemen whose deaths {place} {confirmed} "
        f"{verb} by {step:,}{comma} to {level:,}."
    )
    read = claims(text)
    assert {(c.subject.code, c.category.value, c.count) for c in read} == {
        (side, "killed", Count.exact(level))
    }
    # the writer confirms the count: no side's government is its claimant
    assert all(c.claimant.name == "Desk" for c in read)


@settings(max_examples=60, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    verb=st.sampled_from(GROWING),
    step=st.integers(min_value=100, max_value=9_000),
    times=st.floats(min_value=2.0, max_value=4.9),
    comma=st.sampled_from((",", "")),
    kind=st.sampled_from(("killed", "dead", "civilians killed")),
)
def test_news_a_step_near_its_level_is_no_figure_without_a_comma(
    side: str, verb: str, step: int, times: float, comma: str, kind: str
) -> None:
    """ "grew by 3,000 to 10,000 killed" may be a range of growth or a step and a level.

    Without a comma the reader cannot tell, so neither number is printed as a count;
    with the comma the level after it is the count.
    """
    level = max(2 * step, int(step * times))
    text = f"The toll of {SIDES[side]} dead {verb} by {step:,}{comma} to {level:,} {kind}."
    counts = {c.count for c in claims(text)}
    assert all(step not in (c.low, c.high) for c in counts), text
    if comma:
        assert counts <= {Count.exact(level)}, text
    else:
        assert all(level not in (c.low, c.high) for c in counts), text


@settings(max_examples=40, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    verb=st.sampled_from(GROWING),
    unit=st.sampled_from(("tonnes", "hectares", "barrels a day")),
    step=st.integers(min_value=100, max_value=9_000),
    level=st.integers(min_value=10_000, max_value=900_000),
)
def test_news_a_quantity_grown_by_a_step_to_a_level_is_no_claim(
    side: str, verb: str, unit: str, step: int, level: int
) -> None:
    text = f"Exports of {SIDES[side]} grain {verb} by {step:,} {unit}, to {level:,} {unit}."
    assert claims(text) == []


@settings(max_examples=30, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    step=st.integers(min_value=100, max_value=9_000),
)
def test_news_a_registers_step_alone_is_never_its_count(side: str, step: int) -> None:
    text = (
        f"The list of {SIDES[side]} servicemen whose deaths in the war in Ukraine we have "
        f"confirmed grew by {step:,} this year."
    )
    assert all(c.count != Count.exact(step) or c.scope.value != "cumulative" for c in claims(text))


KINDS = ("dead", "fallen soldiers", "dead servicemen")


@settings(max_examples=40, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    verb=st.sampled_from(("identified", "listed", "counted", "recorded")),
    kind=st.sampled_from(KINDS),
    hedge=st.sampled_from(("", "more than ", "about ")),
    n=st.integers(min_value=1_000, max_value=500_000),
)
def test_news_a_count_of_the_dead_by_name_reads_as_without_it(
    side: str, verb: str, kind: str, hedge: str, n: int
) -> None:
    """ "identified by name more than 108,000 dead" reads as "identified more than 108,000 dead"."""
    opener = f"Researchers counting {SIDES[side]} soldiers' obituaries have so far"
    count = {"": Count.exact, "more than ": Count.more_than, "about ": Count.approx}[hedge](n)
    plain = claims(f"{opener} {verb} {hedge}{n:,} {kind}.")
    named = claims(f"{opener} {verb} by name {hedge}{n:,} {kind}.")
    assert {(c.subject.code, c.category.value, c.count) for c in named} == {
        (c.subject.code, c.category.value, c.count) for c in plain
    }
    assert {(c.subject.code, c.category.value, c.count) for c in named} == {(side, "killed", count)}


@settings(max_examples=30, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    n=st.integers(min_value=10, max_value=900),
)
def test_news_bodies_identified_by_name_are_no_death_toll(side: str, n: int) -> None:
    place = {"RUS": "Russia", "UKR": "Ukraine"}[side]
    text = f"Relatives have identified by name {n:,} bodies returned from {place}."
    assert claims(text) == []


@settings(max_examples=40, deadline=None)
@given(
    verb=st.sampled_from(GROWING),
    low=st.integers(min_value=2, max_value=900),
    spread=st.floats(min_value=0.0, max_value=0.99),
)
def test_news_a_growth_between_near_ends_stays_a_range(verb: str, low: int, spread: float) -> None:
    """ "rose by 10 to 15 percent": ends this near are a range of growth, not a level."""
    high = min(2 * low - 1, low + 1 + int(low * spread))  # above low, below twice it
    text = f"The daily count of the dead {verb} by {low} to {high:,} soldiers."
    tokens = tokenize(text)
    finder = _Finder(tokens, 0, len(tokens), text, lexicon(iter(DEFAULT_REGISTRY)))
    assert [f.amount for f in finder.figures()] == [Count.between(low, high)]


@settings(max_examples=30, deadline=None)
@given(
    side=st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
    level=st.integers(min_value=20_000, max_value=200_000),
    helpers=st.integers(min_value=2, max_value=9),
    topic=st.sampled_from(["military deaths", "deaths", "military losses"]),
)
def test_news_a_register_takes_the_side_whose_deaths_the_sentence_before_named(
    side: tuple[str, str], level: int, helpers: int, topic: str
) -> None:
    """ "Work on Russian military deaths by two outlets ... Their list had grown to N named
    servicemen": a figure of no people (two outlets) leaves the topic's side for the next."""
    adjective, code = side
    text = (
        f"The best count of {adjective} {topic} comes from {helpers} small newsrooms that "
        f"find the dead by name. By the summer their list had grown to {level:,} named soldiers."
    )
    found = {(c.subject.code, c.category.value, str(c.count)) for c in claims(text)}
    assert found == {(code, "killed", f"{level:,}")}


def test_news_a_register_after_a_sentence_counting_people_takes_no_side() -> None:
    """Near miss: a sentence before that counts people names no topic for the register."""
    text = (
        "Work on Russian military deaths was carried out by 40 volunteers and 12 Ukrainian "
        "soldiers. By the summer their list had grown to 90,000 named soldiers."
    )
    assert all(str(c.count) != "90,000" for c in claims(text))


@settings(max_examples=30, deadline=None)
@given(
    side=st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
    level=st.integers(min_value=20_000, max_value=200_000),
    fighters=st.sampled_from(["soldiers", "servicemen", "troops"]),
    verb=st.sampled_from(["contained", "listed", "held"]),
)
def test_news_the_names_a_list_of_one_sides_dead_holds_are_its_dead(
    side: tuple[str, str], level: int, fighters: str, verb: str
) -> None:
    """ "... gathering the names of Russian soldiers whose deaths were made public. By October
    the list contained N names": the names counted are of the dead the sentence before told."""
    adjective, code = side
    text = (
        f"For three years a small team has gathered the names of {adjective} {fighters} whose "
        f"deaths were made public. By October the list {verb} more than {level:,} names."
    )
    found = {(c.subject.code, c.category.value, str(c.count)) for c in claims(text)}
    if verb == "held":
        assert found <= {(code, "killed", f"more than {level:,}")}  # "held" may be captives'
    else:
        assert found == {(code, "killed", f"more than {level:,}")}


def test_news_names_after_a_list_of_the_missing_are_no_toll() -> None:
    """Near miss: a list of soldiers who went missing is no register of the dead."""
    text = (
        "For three years a small team has gathered the names of Russian soldiers who went "
        "missing. By October the list contained more than 40,000 names."
    )
    assert all(c.category.value != "killed" for c in claims(text))
