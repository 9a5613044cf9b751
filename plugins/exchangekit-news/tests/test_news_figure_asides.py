"""A short note in brackets right after a figure: "640 (illustrative) soldiers".

An editor's note of a few lower-case words says how sure a figure is, not what it
counts, so the figure is read as if the note were not there: its noun, its verb
and its date stay its own. A bracket hedge ("(est.)") makes the figure approximate.
A bracket that says something the rules read (a number, a date, a source, a noun
of people, "each") is kept where it stands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from exchangekit_news._asides import _MEANINGFUL, skip_asides
from exchangekit_news._tokens import split_sentences, tokenize
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


def _records(news: News, text: str) -> set[tuple[str, ...]]:
    """Every record of ``text`` as plain strings: transfers, claims and tallies alike."""
    read = news(text)
    return (
        {
            ("T", str(e.period), t.sender.code, t.receiver.code, t.category.value, str(t.count))
            for e in read.exchanges
            for t in e.transfers
        }
        | {("C", str(c.as_of), c.subject.code, c.category.value, str(c.count)) for c in read.claims}
        | {
            ("Y", str(t.as_of), str(t.covers), t.receiver.code, t.category.value, str(t.count))
            for t in read.tallies
        }
    )


# Sentences the parser reads, each with one figure marked by "{note}" right after it.
_READ: list[str] = [
    # a transfer: the noun of the people stands past the note
    "On Monday Moscow handed over the bodies of 512{note} fallen Ukrainian soldiers to Kyiv.",
    # a swap, one count each way, shared out by "each" past the note
    "Kyiv and Moscow traded 184{note} prisoners each on Saturday.",
    # a running tally, its verb and span past the note
    "The ombudsman said Ukraine had brought home 3,870{note} people from captivity "
    "since February 2022.",
    # a casualty claim: the noun and the kind of loss past the note
    "According to the General Staff, Russia has lost 790,000{note} troops killed and "
    "wounded since the invasion began.",
    # a milestone passed in a month: the month past the note dates it
    "The number of Ukrainians freed from captivity passed 4,300{note} in July.",
]


@pytest.mark.parametrize("sentence", _READ)
@pytest.mark.parametrize(
    "note",
    [" (illustrative)", " (provisional)", " (rounded)", " (figures unverified)", " (see below)"],
)
def test_a_note_after_the_figure_changes_nothing(news: News, sentence: str, note: str) -> None:
    plain = _records(news, sentence.format(note=""))
    assert plain  # the sentence is one the parser reads
    assert _records(news, sentence.format(note=note)) == plain


@pytest.mark.parametrize("hedge", ["(est.)", "(approx.)", "(estimated)", "(approximately)"])
def test_a_hedge_in_brackets_makes_the_figure_approximate(news: News, hedge: str) -> None:
    text = f"On Monday Moscow returned the bodies of 512 {hedge} Ukrainian soldiers to Kyiv."
    hedged = _records(
        news, "On Monday Moscow returned the bodies of about 512 Ukrainian soldiers to Kyiv."
    )
    assert _records(news, text) == hedged
    assert all("around 512" in record[-1] for record in hedged)


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 2,300 Ukrainian fighters{note} laid down their arms at the plant in May.",
        "Officials said 1,100 Ukrainian soldiers{note} had been killed in the first weeks.",
        "Moscow handed over 512 bodies{note} to Kyiv on Monday.",
    ],
)
def test_a_note_after_the_figures_noun_changes_nothing(news: News, sentence: str) -> None:
    plain = _records(news, sentence.format(note=""))
    assert plain
    assert _records(news, sentence.format(note=" (unverified)")) == plain


def test_a_note_on_a_later_figure_of_a_list_leaves_the_others(news: News) -> None:
    # the note marks the second figure only; both keep their sides
    text = "In Friday's swap Ukraine got back 140 soldiers and Russia 140 (provisional) of its own."
    assert _records(news, text) == _records(news, text.replace(" (provisional)", ""))


def _kept(text: str) -> list[str]:
    (sentence,) = list(split_sentences(tokenize(text)))
    return [t.text for t in skip_asides(sentence)]


@pytest.mark.parametrize(
    "bracket",
    [
        "(about 1,100)",  # a figure of its own
        "(May 3)",  # a date
        "(on Tuesday)",  # a time
        "(according to Kyiv)",  # a source
        "(as per officials)",  # a source, lower case
        "(bodies)",  # the noun of the people counted
        "(killed and wounded)",  # the kind of loss
        "(each)",  # how the figure is shared out
        "(in total)",  # how it is summed
        "(twelve of them officers)",  # a part with a number word
        "(mostly hostages)",  # who the people are
        "(Kyiv's figure)",  # a name
        "(a figure that officials have not confirmed for weeks)",  # a clause, not a note
    ],
)
def test_a_bracket_that_says_something_is_kept(bracket: str) -> None:
    text = f"Ukraine received 300 {bracket} soldiers on Friday."
    assert _kept(text) == [t.text for t in tokenize(text)]


@pytest.mark.parametrize(
    "text",
    [
        # after a noun with no figure before it
        "The ministry (illustrative) said 300 soldiers came home.",
        # a comma stands between the figure and the note: the note is the clause's
        "Kyiv got back 300, its officials (unofficially) said.",
        # a hedge past the noun is not read as the figure's, so it is left as written
        "Kyiv got back 300 soldiers (approx.) on Friday.",
        # too far past the figure for its noun
        "Kyiv got back 300 soldiers and their long lost families (reportedly) on Friday.",
    ],
)
def test_a_note_not_beside_a_figure_is_kept(text: str) -> None:
    assert _kept(text) == [t.text for t in tokenize(text)]


def test_the_note_is_taken_out_but_the_text_stays() -> None:
    text = "Ukraine received fifty (unconfirmed) soldiers on Friday."
    assert _kept(text) == ["Ukraine", "received", "fifty", "soldiers", "on", "Friday", "."]


# Words a bracket may hold alone: none the rules read, and no hedge (which would make
# the figure approximate, as tested above).
_HEDGE_WORDS = frozenset(
    {"approx", "approximately", "approximate", "est", "estimated", "estimate", "about"}
    | {"around", "roughly", "circa"}
)
_NOTE_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9).filter(
    lambda w: w not in _MEANINGFUL and w not in _HEDGE_WORDS
)


@settings(max_examples=25, deadline=None)
@given(sentence=st.sampled_from(_READ), word=_NOTE_WORDS)
def test_any_one_word_note_after_the_figure_changes_nothing(
    news: News, sentence: str, word: str
) -> None:
    plain = _records(news, sentence.format(note=""))
    assert _records(news, sentence.format(note=f" ({word})")) == plain
