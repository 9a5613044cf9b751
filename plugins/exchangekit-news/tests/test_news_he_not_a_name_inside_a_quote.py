"""A person named inside someone else's quoted words is not whom a later "he" means.

'Zelensky said: "... not the 400,000 that Putin keeps inventing." He also said Russia
had lost 210,000' quotes Zelensky; "he" goes back to the speaker, so the figure is
his and of his dated statement. A person named in the narrative itself, outside any
quotation, is still the latest one "he" may mean.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]

# published Wednesday 11 June 2025; the speech was on Monday
_PUBLISHED = date(2025, 6, 11)
_OPENINGS = [
    # the quotation runs over two sentences; the name is in the second
    'KYIV, June 11 (Desk) - Addressing parliament on Monday, Zelensky said: "38,000 of '
    'our soldiers have been killed. It is not the 400,000 that Putin keeps inventing."',
    # a quotation of its own, in a paragraph after the dated figure
    "KYIV, June 11 (Desk) - Addressing parliament on Monday, Zelensky said 38,000 "
    'Ukrainian soldiers had been killed.\n\nIn the same speech he went on: "That is a '
    'heavy price. It is not the 400,000 that Putin keeps inventing."',
]


@pytest.mark.parametrize("opening", _OPENINGS)
def test_news_he_after_a_quote_naming_another_is_the_speaker(news: News, opening: str) -> None:
    result = news(
        opening + "\n\nHe also said Russia had lost 210,000 soldiers killed.",
        published=_PUBLISHED,
    )
    told = {(str(c.count), c.claimant.name, str(c.as_of)) for c in result.claims}
    assert ("210,000", "Volodymyr Zelensky", "2025-06-09") in told


def test_news_he_after_a_name_outside_any_quote_is_that_person(news: News) -> None:
    result = news(
        "KYIV, June 11 (Desk) - Addressing parliament on Monday, Zelensky said 38,000 "
        "Ukrainian soldiers had been killed. In Moscow, Putin dismissed the figure.\n\n"
        "He also said Russia had lost 210,000 soldiers killed.",
        published=_PUBLISHED,
    )
    told = {(str(c.count), c.claimant.name) for c in result.claims}
    assert ("210,000", "Volodymyr Zelensky") not in told
