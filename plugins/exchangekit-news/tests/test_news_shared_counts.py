"""Word lists, counts and caches the parser's rules share rather than keep private copies of.

A count of stages ("in three stages", "in 3 stages", "in seven stages") is read by one
map, :data:`exchangekit_news._lexicon.NUMBER_VALUES`, whichever rule reads it; the breaks
that close a ", X said in May" aside are the sentence reader's own clause breaks and
contrasts; a side adjective is looked up by its end in the sentence's party edges; and
per-sentence caches are plain attributes set in the constructor. Texts are read as
published on 20 July 2025.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit_news import _extract, _figure_dates, _mentions, _sentence
from exchangekit_news import _lexicon as lx
from hypothesis import given, settings
from hypothesis import strategies as st

PUBLISHED = date(2025, 7, 20)
_SPELT = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}


def _tallies(read: Any) -> set[tuple[str, str, str, str, str]]:
    return {
        (str(y.as_of), str(y.covers), y.receiver.code, y.category.value, str(y.count))
        for y in read.tallies
    }


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=2, max_value=8), st.booleans())
def test_news_stage_count_in_digits_or_words_spans_the_listed_days(
    news: Callable[..., Any], stages: int, digits: bool
) -> None:
    # a count of stages told in digits, or a word past six, sums the listed days just as
    # "three stages" does: never a total since the war began, dated on the first stage
    days = [2 * k + 1 for k in range(stages)]
    listed = ", ".join(str(d) for d in days[:-1]) + f" and {days[-1]}"
    count = str(stages) if digits else _SPELT[stages]
    read = news(
        f"Kyiv has recovered 1,500 bodies in {count} stages, on {listed} July.",
        published=PUBLISHED,
    )
    first, last = f"2025-07-{days[0]:02d}", f"2025-07-{days[-1]:02d}"
    assert _tallies(read) == {(last, f"{first}/{last}", "UKR", "remains", "1,500")}


def test_news_stage_count_unlike_the_days_listed_gives_no_stage_span(
    news: Callable[..., Any],
) -> None:
    # near-miss: "3 stages" but two days listed; the days do not size the stages
    read = news(
        "Kyiv has recovered 1,500 bodies in 3 stages, on 4 and 9 July.", published=PUBLISHED
    )
    assert all(not y.covers or str(y.covers) != "2025-07-04/2025-07-09" for y in read.tallies)


def test_news_number_values_read_digits_and_words_alike() -> None:
    assert lx.number_value("7") == lx.number_value("seven") == 7
    assert lx.number_value("a") is None  # "a week ago" is the offsets' own reading
    assert lx.number_value("hundreds") is None  # not a count of stages
    # the offsets and the "ago" counts extend the shared map, they do not copy it
    assert _sentence._offset_count("eleven") == 11
    assert _mentions._AGO_COUNTS["a"] == 1
    assert all(_mentions._AGO_COUNTS[w] == v for w, v in lx.NUMBER_VALUES.items())


def test_news_said_aside_breaks_are_the_shared_clause_breaks() -> None:
    # every clause break and contrast the sentence reader knows ends a ", X said in May"
    # aside: "though", "although" and "however" as much as "but" and "while"
    shared = (_figure_dates._RUN_BREAKS | _sentence._CONTRAST) - {"—", "–", "-"}
    assert shared <= _figure_dates._SAID_CLAUSE_BREAKS
    assert {"though", "although", "however"} <= _figure_dates._SAID_CLAUSE_BREAKS


def test_news_saying_in_a_contrast_clause_does_not_date_a_current_total(
    news: Callable[..., Any],
) -> None:
    read = news(
        "Russia has now lost 700,000 troops, though Syrskyi said in May that the pace slowed.",
        published=PUBLISHED,
    )
    assert {str(c.as_of) for c in read.claims} == {"2025-07-20"}
    # near-miss: the saying set off right after the figure dates the figure
    read = news("Russia has now lost 700,000 troops, Syrskyi said in May.", published=PUBLISHED)
    assert {str(c.as_of) for c in read.claims} == {"2025-05"}


def test_news_part_of_those_swaps_reads_the_shared_pronouns() -> None:
    assert {"them", "these", "those"} == lx.PART_PRONOUNS
    assert all(("of", p) in lx.OF_THEM for p in lx.PART_PRONOUNS)


def test_news_elided_side_adjective_still_names_the_second_figure(
    news: Callable[..., Any],
) -> None:
    # the adjective before "at", its noun left out, is looked up by its end
    read = news(
        "Leaked papers put Russian casualties near 80,000, Ukrainian at up to 50,000.",
        published=PUBLISHED,
    )
    assert ("UKR", "50000") in {(c.subject.code, str(c.count.high)) for c in read.claims}
    # near-miss: an adjective with its own noun is no elided side; 50,000 is never Russia's
    read = news(
        "Leaked papers put Russian casualties near 80,000, Ukrainian troops at up to 50,000.",
        published=PUBLISHED,
    )
    assert ("RUS", "50000") not in {(c.subject.code, str(c.count.high)) for c in read.claims}


def test_news_sentence_caches_are_set_in_the_constructor() -> None:
    # one cache style: plain attributes set where ``m`` is set, never class defaults that
    # would outlive a replaced ``m``, and no functools.cached_property (a lock per read)
    for name in ("_edges_cache", "_struck_toll_cache", "_name_aside_cache"):
        assert not any(name in vars(cls) for cls in _extract._Sentence.__mro__)
    assert "functools" not in vars(_mentions)
