"""Answers a sentence keeps are the ones its rules would work out again.

Some rules about a date ("does it date a statement?", "does it only bound an
exchange?", "does it tell someone's own past?") or a figure ("are its people the
subject of dying?") are asked by several other rules for the same mention. The
sentence works each out once and reads it back after; these tests check that the
answer read back is what a fresh sentence works out, whatever was asked before,
and that the kept rules still read the text right.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news import NewsParser
from exchangekit_news._extract import Discourse, _Sentence
from exchangekit_news._mentions import find_mentions, lexicon
from exchangekit_news._tokens import Token, split_sentences, tokenize
from hypothesis import example, given, settings
from hypothesis import strategies as st

from exchangekit import DEFAULT_REGISTRY, Exchange, PersonCategory, SourceKind

_LEXICON = lexicon(iter(DEFAULT_REGISTRY))

_KEPT = ("_statement_date", "bound_date", "uncounted_reach", "persons_past_date")
_KEPT_FIGURES = ("_casualty_predicate",)

_WORDS = st.sampled_from(
    [
        "Kyiv",
        "Moscow",
        "said",
        "announced",
        "agreed",
        "on",
        "in",
        "before",
        "after",
        "ahead",
        "of",
        "days",
        "hours",
        "shortly",
        "who",
        "was",
        "captured",
        "arrested",
        "freed",
        "returned",
        "exchanged",
        "swap",
        "the",
        "that",
        "Friday",
        "3 May",
        "May 9",
        "April",
        "2024",
        "120",
        "soldiers",
        "killed",
        "died",
        "had",
        "been",
        "were",
        "Petrov",
        ",",
        ".",
    ]
)
_SENTENCES = st.lists(_WORDS, min_size=1, max_size=24).map(" ".join)


def _sentence(tokens: list[Token], text: str) -> _Sentence:
    mentions = find_mentions(tokens, 0, len(tokens), text, _LEXICON)
    return _Sentence(0, tokens, 0, len(tokens), mentions, Discourse(), text, SourceKind.MEDIA)


@settings(max_examples=200)
@given(_SENTENCES)
@example("Moscow said on Friday that Kyiv freed 120 soldiers .")
@example("Kyiv freed 120 soldiers days before 3 May .")
@example("Petrov , who was arrested in April , was freed .")
def test_an_answer_read_back_is_the_one_worked_out_afresh(text: str) -> None:
    for tokens in split_sentences(tokenize(text)):
        asked = _sentence(tokens, text)
        for name in _KEPT:  # every answer asked once, so the later reads are kept ones
            for when in asked.m.dates:
                getattr(asked, name)(when)
        for name in reversed(_KEPT):
            for n, when in enumerate(asked.m.dates):
                fresh = _sentence(tokens, text)  # its own mentions: the same date, n-th
                assert getattr(asked, name)(when) == getattr(fresh, name)(fresh.m.dates[n])


@settings(max_examples=200)
@given(_SENTENCES)
@example("Moscow said 120 soldiers had been killed .")
@example("120 soldiers , Kyiv said , were killed on Friday .")
def test_an_answer_on_a_figure_read_back_is_the_one_worked_out_afresh(text: str) -> None:
    for tokens in split_sentences(tokenize(text)):
        asked = _sentence(tokens, text)
        for name in _KEPT_FIGURES:
            for figure in asked.m.figures:
                getattr(asked, name)(figure)
        for name in _KEPT_FIGURES:
            for n, figure in enumerate(asked.m.figures):
                fresh = _sentence(tokens, text)
                assert getattr(asked, name)(figure) == getattr(fresh, name)(fresh.m.figures[n])


@settings(max_examples=100)
@given(_SENTENCES)
def test_an_equal_date_made_anew_is_asked_about_afresh(text: str) -> None:
    # a rule may tell a mention from an equal copy another rule made; the copy's answer
    # is worked out for it, never read from the mention's
    for tokens in split_sentences(tokenize(text)):
        asked = _sentence(tokens, text)
        fresh = _sentence(tokens, text)
        for name in _KEPT:
            for when in asked.m.dates:
                getattr(asked, name)(when)
                copy = when._replace()
                assert getattr(asked, name)(copy) == getattr(fresh, name)(copy)


def _legs(text: str) -> list[tuple[str, int | None, str]]:
    records = NewsParser().parse(
        io.StringIO(text),
        source="x",
        published=date(2025, 6, 20),
        unresolved="skip",
        sentence_errors="raise",
    )
    return [
        (t.receiver.code, t.count.best, str(e.period))
        for e in records
        if isinstance(e, Exchange)
        for t in e.transfers
    ]


def test_a_statement_day_asked_about_by_several_rules_dates_no_exchange() -> None:
    # the day of the telling is asked about by the scene, the tallies and the dates alike
    legs = _legs(
        "The defence ministry said on Wednesday that Ukraine had received 84 soldiers "
        "in a swap on Monday."
    )
    assert legs == [("UKR", 84, "2025-06-16")]


def test_a_date_only_bounding_a_swap_is_not_its_day() -> None:
    legs = _legs("Ukraine got back 95 soldiers shortly before 9 June, officials said.")
    assert len(legs) == 1
    assert legs[0][:2] == ("UKR", 95)
    assert legs[0][2] != "2025-06-09"
    assert legs[0][2].endswith("2025-06-08")  # some day up to the day before


def test_kept_rules_read_the_category_as_before() -> None:
    records = NewsParser().parse(
        io.StringIO("On 12 June Kyiv received the bodies of 1,200 fallen soldiers from Russia."),
        source="x",
        published=date(2025, 6, 20),
        unresolved="skip",
        sentence_errors="raise",
    )
    kinds = {t.category for e in records if isinstance(e, Exchange) for t in e.transfers}
    assert kinds == {PersonCategory.REMAINS}
