"""A speaker's figures told again past another speaker's: the date of the first telling.

"Zelensky on Sunday put Ukraine's dead at 43,000. The figures answered Trump, who had
written 400,000. 'Russia's losses are 198,000,' Zelensky wrote": the second quote is from
the Sunday statement, not from the day of the report.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyClaim, Period

_PUBLISHED = date(2024, 12, 9)  # a Monday
_SUNDAY = Period.day(date(2024, 12, 8))


def _dates(text: str) -> dict[int, Period | None]:
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=_PUBLISHED, publisher="Desk"
    )
    return {i.count.low: i.as_of for i in items if isinstance(i, CasualtyClaim)}


@settings(max_examples=25, deadline=None)
@given(
    own=st.integers(min_value=20, max_value=90).map(lambda n: n * 1000),
    other=st.integers(min_value=300, max_value=500).map(lambda n: n * 1000),
    later=st.integers(min_value=100, max_value=250).map(lambda n: n * 1000),
    speaker=st.sampled_from(["President Volodymyr Zelensky", "Defence Minister Rustem Umerov"]),
    verb=st.sampled_from(["wrote", "said", "added"]),
)
def test_news_a_speakers_figures_past_another_speakers_keep_the_first_telling(
    own: int, other: int, later: int, speaker: str, verb: str
) -> None:
    short = speaker.split()[-1]
    text = (
        f"{speaker} on Sunday said {own:,} Ukrainian soldiers had been killed. "
        f"The figure came in response to Donald Trump, who had written that Ukraine had lost "
        f"{other:,} soldiers. "
        f'"Russia\'s losses in this war are {later:,} killed," {short} {verb}.'
    )
    dates = _dates(text)
    assert dates[own] == _SUNDAY
    assert dates[later] == _SUNDAY


@pytest.mark.parametrize(
    "tail",
    [
        # present tense: current when the text tells it
        '"Russia\'s losses in this war are 198,000 killed," Zelensky says.',
        # a date of its own
        "On Monday Zelensky said Russia had lost 198,000 soldiers.",
    ],
)
def test_news_a_speaker_told_now_or_on_a_day_of_its_own_is_not_carried_back(tail: str) -> None:
    text = (
        "President Volodymyr Zelensky on Sunday said 43,000 Ukrainian soldiers had been "
        "killed. The figure came in response to Donald Trump, who had written that Ukraine "
        f"had lost 400,000 soldiers. {tail}"
    )
    assert _dates(text)[198_000] == Period.day(_PUBLISHED)


def test_news_a_speaker_three_sentences_back_is_not_carried_forward() -> None:
    text = (
        "President Volodymyr Zelensky on Sunday said 43,000 Ukrainian soldiers had been "
        "killed. Donald Trump had written that Ukraine had lost 400,000 soldiers. "
        "The talks in Paris lasted about 35 minutes. "
        "Analysts said Russia had lost 600,000 soldiers. "
        '"Russia\'s losses in this war are 198,000 killed," Zelensky wrote.'
    )
    assert _dates(text)[198_000] != _SUNDAY
