"""A pronoun subject after "<party> said" stands for the party that said it.

"Kyiv said it had received 78": "it" is Kyiv, whatever other side the sentence
names nearer the pronoun, in an aside after the verb of saying ("said that, unlike
Moscow, it had received"), in one before it ("Moscow, unlike Kyiv, said it had
received"), or as the owner of "its own" people. A later speaker whose own reported
clause follows ("..., Kyiv said it had received 78") speaks for that clause only, so
an earlier figure keeps its own speaker. In a side's own statement, "we" is the
statement's author's side; a quoted or interviewed "we" is left unread.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange

_SIDES = {"Kyiv": "UKR", "Moscow": "RUS"}


def moves(text: str, publisher: str = "Riverside Ledger") -> set[tuple[str, str, int, str]]:
    """(sender, receiver, count, attributed side) of every transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2026, 3, 12), publisher=publisher
    )
    return {
        (
            t.sender.code,
            t.receiver.code,
            t.count.best or 0,
            t.attributed_to.party.code if t.attributed_to and t.attributed_to.party else "",
        )
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


def ways(text: str, publisher: str = "Riverside Ledger") -> set[tuple[str, str, int]]:
    """(sender, receiver, count) of every transfer read in ``text``."""
    return {(s, r, n) for s, r, n, _ in moves(text, publisher)}


@settings(max_examples=20, deadline=None)
@given(
    count=st.integers(min_value=12, max_value=480),
    teller=st.sampled_from(["Kyiv", "Moscow"]),
    form=st.sampled_from(
        [
            "{t} said that, unlike {o}, it had received {n} of its own soldiers on Tuesday.",
            "{t} said, unlike {o}, they had received only {n} soldiers on Tuesday.",
            "{t}, unlike {o}, said it had received {n} of its own soldiers on Tuesday.",
            "{t}, which had accused {o} of delays, said it had received {n} soldiers.",
        ]
    ),
)
def test_it_after_said_is_the_teller_past_another_side(count: int, teller: str, form: str) -> None:
    """The side named in an aside never turns the teller's homecoming around."""
    other = "Moscow" if teller == "Kyiv" else "Kyiv"
    home, away = _SIDES[teller], _SIDES[other]
    read = ways(form.format(t=teller, o=other, n=count))
    assert (away, home, count) in read
    assert (home, away, count) not in read


def test_an_aside_after_said_that_opens_with_a_side() -> None:
    """Said that, as Moscow had asked, they had handed over: still the teller's hand-over."""
    read = ways("Kyiv said that, as Moscow had asked, they had handed over 37 prisoners.")
    assert read == {("UKR", "RUS", 37)}


def test_a_later_teller_with_a_clause_of_its_own_keeps_off_the_earlier_figure() -> None:
    """Two tellers, two figures: each figure is its own teller's, and both are read."""
    read = moves("Moscow said it had handed over 61 Ukrainians, Kyiv said it had received 58.")
    assert ("RUS", "UKR", 61, "RUS") in read
    assert ("RUS", "UKR", 58, "UKR") in read


def test_a_teller_set_off_after_the_figure_is_still_its_teller() -> None:
    """Near miss: "..., Kyiv said." ends the figure's clause and tells it."""
    read = moves("Moscow handed over 61 Ukrainians on Tuesday, Kyiv said.")
    assert read == {("RUS", "UKR", 61, "UKR")}


def test_a_side_before_the_comma_of_another_clause_stays_the_subject() -> None:
    """Near miss: a comma that closes a clause (not an aside after "said") changes nothing."""
    read = ways("Moscow handed over 61 Ukrainians on Tuesday, and it received 58 of its own.")
    assert ("RUS", "UKR", 61) in read
    assert ("UKR", "RUS", 58) in read


_STATEMENT = (
    "Statement of the Ukrainian Parliament Commissioner for Human Rights\n\n"
    "Today 44 Russian servicemen were transferred by the Ukrainian side to the "
    "Russian Federation.\n\n"
)


def test_we_in_a_sides_statement_is_that_side() -> None:
    """In Ukraine's statement, "we managed to return 63 people": 63 came home to Ukraine."""
    text = _STATEMENT + "On the eve of that, on 9 March, we managed to return 63 people.\n"
    read = ways(text, "Ukrainian Parliament Commissioner for Human Rights")
    assert ("RUS", "UKR", 63) in read
    assert ("UKR", "RUS", 63) not in read


def test_we_of_a_news_outlet_is_no_side() -> None:
    """Near miss: with no side's statement, a "we" told to a reporter is not read."""
    text = "On 9 March we managed to return 63 people, a volunteer told the Ledger.\n"
    assert not {w for w in ways(text) if w[2] == 63}


def test_we_tried_is_no_return() -> None:
    """Near miss: "we tried to return 63" in a statement is no homecoming."""
    text = _STATEMENT + "On 9 March we tried to return 63 people.\n"
    read = ways(text, "Ukrainian Parliament Commissioner for Human Rights")
    assert not {w for w in read if w[2] == 63}
