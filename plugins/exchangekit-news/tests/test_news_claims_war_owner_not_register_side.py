"""The side that owns the war in a time phrase is not the side a register counts.

"Since the first days of Russia's large-scale armed aggression, the state register ...
has recorded more than 48,000 persons": "Russia's" says who waged the war the count
runs from, not whose missing the register holds; read as the register's one side it
would print Ukraine's missing as Russia's.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news import NewsParser

from exchangekit import CasualtyClaim, Count, Source, SourceKind

OMBUDSMAN = Source("Ukrainian Parliament Commissioner for Human Rights", SourceKind.GOVERNMENT)


def _claims(text: str, publisher: Source | str = OMBUDSMAN) -> set[tuple[str, str, Count]]:
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 8, 30), publisher=publisher
    )
    return {
        (i.subject.code, i.category.value, i.count) for i in items if isinstance(i, CasualtyClaim)
    }


def test_news_war_owner_in_time_phrase_is_not_the_registers_side() -> None:
    """The aggressor named as the war's owner leaves the register's side to the teller."""
    text = (
        "Since the first days of Russia's large-scale armed aggression, the state register "
        "of people missing under special circumstances has recorded more than 48,000 "
        "persons, both servicemen and civilians, whose fate remains unknown."
    )
    read = _claims(text)
    assert ("UKR", "missing", Count.parse("more than 48,000")) in read
    assert ("RUS", "missing", Count.parse("more than 48,000")) not in read


def test_news_possessive_of_the_missing_still_names_the_side() -> None:
    """Near miss: "the register of Russia's missing" counts Russia's people."""
    text = (
        "Since February 2022, the register of Russia's missing, kept by volunteers, has "
        "recorded more than 48,000 people."
    )
    assert _claims(text, "Desk") == {("RUS", "missing", Count.parse("more than 48,000"))}
