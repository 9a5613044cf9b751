"""A teller after "confirmed on the Russian side by" told of the figures; it sent nothing.

"... and Russia received 17 and 22 respectively, numbers that were confirmed on the
Russian side by Vladimir Medinsky": the side phrase between the participle of
telling and "by" does not make the teller's side the sender of the later item of
the list, which would leave it going from Russia to Russia and unread. A "by"
after a verb of handing over still names who sent the people. Every passage was
written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]
YEAR_END = date(2025, 12, 19)


def _remains(day: str, sender: str, receiver: str, count: str) -> tuple[str, ...]:
    return (day, sender, receiver, "remains", count)


def test_respective_list_confirmed_on_a_side_by_a_named_aide(news: News) -> None:
    text = (
        "On 4 March and 9 April, Kyiv took back 600 bodies each time, and Russia "
        "received 17 and 22 respectively, numbers that were confirmed on the Russian "
        "side by Vladimir Medinsky, who heads Moscow's delegation."
    )
    assert news(text, published=YEAR_END).period_legs() == {
        _remains("2025-03-04", "RUS", "UKR", "600"),
        _remains("2025-04-09", "RUS", "UKR", "600"),
        _remains("2025-03-04", "UKR", "RUS", "17"),
        _remains("2025-04-09", "UKR", "RUS", "22"),
    }


def test_respective_list_confirmed_on_a_side_by_the_capital(news: News) -> None:
    # the teller is the receiving side's capital itself
    text = (
        "On 4 March and 9 April, Kyiv took back 600 bodies each time, and Russia "
        "received 17 and 22 respectively, numbers confirmed on the Russian side by Moscow."
    )
    assert (
        _remains("2025-04-09", "UKR", "RUS", "22") in news(text, published=YEAR_END).period_legs()
    )


def test_handed_over_on_a_side_by_a_party_still_sends(news: News) -> None:
    # near miss: "by" after a verb of handing over names the sender, side phrase or not
    text = (
        "On 4 March, 17 bodies were handed over on the Russian side by Ukraine, the Red Cross said."
    )
    assert news(text, published=YEAR_END).period_legs() == {
        _remains("2025-03-04", "UKR", "RUS", "17")
    }
