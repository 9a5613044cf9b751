"""Tellers quoted in the press on a day, named again as "the officials", speak on that day.

"According to European officials quoted in the press on March 3, ... Of that number,
the officials put Russian dead at 90,000": the definite plural names the tellers of
the sentence just before, quoted that day, so their figures take that day, as a
pronoun would ("They put ..."). Other tellers ("the analysts") do not.
"""

from __future__ import annotations

from datetime import date

from .conftest import read

_PUBLISHED = date(2024, 3, 7)


def _text(tellers: str) -> str:
    return (
        "Policy Brief 7: Where the estimates stand\n\n"
        "Northern Security Forum\n\n"
        "According to European officials quoted in the press on March 3, the losses of "
        "both armies together are approaching 400,000 killed or wounded. Of that number, "
        f"the {tellers} put Russian military deaths at 90,000.\n"
    )


def test_news_the_officials_named_again_speak_on_the_quoted_day() -> None:
    assert read(_text("officials"), published=_PUBLISHED).claim_days_by_count_text() == {
        "90,000": "2024-03-03"
    }


def test_news_other_tellers_keep_the_day_of_publication() -> None:
    # near miss: "the analysts" were not quoted in the sentence before
    assert read(_text("analysts"), published=_PUBLISHED).claim_days_by_count_text() == {
        "90,000": "2024-03-07"
    }
