"""A figure got "in return" beside a total over a span is that total's counterpart.

"Moscow said it had handed over 4,000 bodies this month and had received 55 in
return": "in return" sets the 55 beside the month's total told in the same breath,
as "in turn" and "for its part" do, so the 55 are the other way's count over that
span, not a handover on a day of its own. Where the sentence tells a handover first,
the figure "in return" is that swap's other leg.
"""

from __future__ import annotations

from datetime import date

from .conftest import read


def test_news_in_return_beside_a_span_total_is_no_exchange() -> None:
    text = (
        "Ukraine gets 4,000 bodies back\n\n"
        "KYIV, March 20 - Ukraine has taken back 4,000 bodies from Russia over the past "
        "ten days, officials said on Wednesday.\n\n"
        "A Kremlin aide wrote that Russia had now handed over 4,010 bodies of Ukrainian "
        "soldiers under the deal struck in February, and that it had received 55 bodies of "
        "Russian soldiers in return."
    )
    legs = read(text, published=date(2024, 3, 20)).period_legs()
    assert not {leg for leg in legs if leg[2] == "RUS"}


def test_news_in_return_after_a_handover_is_its_other_leg() -> None:
    text = (
        "KYIV, March 20 - Ukraine freed 60 Russian soldiers on Tuesday and received 60 "
        "Ukrainian soldiers in return, officials said."
    )
    legs = read(text, published=date(2024, 3, 20)).period_legs()
    assert legs == {
        ("2024-03-19", "RUS", "UKR", "prisoners_of_war", "60"),
        ("2024-03-19", "UKR", "RUS", "prisoners_of_war", "60"),
    }
