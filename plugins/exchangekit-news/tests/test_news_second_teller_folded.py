"""One figure told by two tellers is coded once, under the first (convention 13).

"..., the ministry said. Kyiv, for its part, confirmed that 150 had come home": the same
figure for the same direction of one exchange, told again by a second source, is one
record, kept under the teller who gave it first; the second teller is named in a note
and listed among the exchange's sources. Different figures from two tellers stay two
records, and a teller's part of a whole it gives in the same breath is not folded.
"""

from __future__ import annotations

from collections.abc import Callable

from exchangekit import Exchange

from .conftest import Read

_TWO_TELLERS = (
    "KYIV, Oct 22 (Test Desk) - Ukraine and Russia swapped prisoners on Wednesday, the"
    " first exchange in six weeks.\n\n"
    "Russia's defence ministry said in a statement that 117 Russian servicemen, some of"
    " them captured in the Kursk region last year, had been returned from territory"
    " controlled by Kyiv, and that 117 Ukrainian prisoners of war had been handed over"
    " in return.\n\n"
    "Kyiv, for its part, said it got back 117 of its soldiers, most of them held since"
    " 2022, and thanked the United Arab Emirates."
)


def _only_exchange(read: Read) -> Exchange:
    assert len(read.exchanges) == 1, read.exchanges
    return read.exchanges[0]


def _legs(exchange: Exchange) -> list[tuple[str, str, str, str, str | None]]:
    return sorted(
        (
            (
                t.sender.code,
                t.receiver.code,
                t.category.value,
                str(t.count),
                t.attributed_to.name if t.attributed_to is not None else None,
            )
            for t in exchange.transfers
        ),
        key=str,
    )


def test_news_second_teller_of_the_same_figure_is_folded_into_the_first(
    news: Callable[..., Read],
) -> None:
    exchange = _only_exchange(news(_TWO_TELLERS))
    legs = _legs(exchange)
    # one record a direction, each under the ministry that told it first
    assert [leg[:4] for leg in legs] == [
        ("RUS", "UKR", "prisoners_of_war", "117"),
        ("UKR", "RUS", "prisoners_of_war", "117"),
    ]
    assert {leg[4] for leg in legs} == {"Russian Ministry of Defence"}
    # the second teller is kept: named in a note and among the sources
    assert any("also gave 117" in note and "RUS to UKR" in note for note in exchange.notes)
    assert any("Ukrain" in source.name for source in exchange.sources)


def test_news_rival_figure_of_a_second_teller_stays_its_own_record(
    news: Callable[..., Read],
) -> None:
    # near miss: the second teller gives another figure for the same direction
    exchange = _only_exchange(news(_TWO_TELLERS.replace("got back 117", "got back 121")))
    counts = sorted(
        str(t.count)
        for t in exchange.transfers
        if (t.sender.code, t.receiver.code) == ("RUS", "UKR")
    )
    assert counts == ["117", "121"]
    assert not any("also gave" in note for note in exchange.notes)


def test_news_story_figure_then_a_named_source_keeps_no_teller(
    news: Callable[..., Read],
) -> None:
    # the story states the figure first; the side's own later word does not re-code it
    text = (
        "KYIV, Oct 22 (Test Desk) - Eighty-four Ukrainians, among them a medic who had"
        " been held since the siege of Mariupol, came home from Russian captivity on"
        " Wednesday.\n\n"
        '"We have brought home 84 of our people," Ukraine\'s Coordination Headquarters'
        " for the Treatment of Prisoners of War, for its part, said later in the day."
    )
    exchange = _only_exchange(news(text))
    assert _legs(exchange) == [("RUS", "UKR", "other", "84", None)]
    assert any("also gave 84" in note for note in exchange.notes)


def test_news_part_of_a_whole_its_teller_gives_is_not_folded(
    news: Callable[..., Read],
) -> None:
    # near miss: the second teller's equal figure is a part of the whole it gives in the
    # same quote, so the breakdown stays whole and no part is printed on its own
    text = (
        "KYIV, Oct 22 (Test Desk) - Russia's defence ministry said on Wednesday evening"
        " that 226 Ukrainian prisoners of war, a few of them wounded, had been handed over"
        " to Kyiv in exchange for 226 Russian servicemen.\n\n"
        "Earlier in the day President Volodymyr Zelensky wrote that the swap was done."
        ' "Today 251 of our people are coming home," he wrote, "226 soldiers and 25'
        ' civilians."'
    )
    legs = _legs(_only_exchange(news(text)))
    home = [leg[2:4] for leg in legs if leg[:2] == ("RUS", "UKR")]
    assert sorted(home) == [("other", "251"), ("prisoners_of_war", "226")]
