"""A page's ticker, breaking-news strip and most-read list are not the story.

Their headlines tell other stories ("Kyiv gets back 90 soldiers in a swap"), so an
element whose class names such furniture is skipped with everything in it. An element
of any other class (the story's "lead", a "summary") is read as before.
"""

from __future__ import annotations

from exchangekit_news._markup import read_html
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves

_PAGE = (
    '<html><body><header><div class="{cls}"><span class="item">Kyiv gets back '
    "{n} soldiers in a swap</span></div></header><main><article><h1>Bodies "
    "returned</h1><p>On June 4 Russia handed over 500 bodies to Ukraine, the "
    "ministry in Kyiv said.</p></article></main></body></html>"
)


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=20, max_value=400),
    cls=st.sampled_from(["ticker", "breaking-ticker", "breaking", "most-read", "site-trending"]),
)
def test_a_furniture_strip_is_not_read(n: int, cls: str) -> None:
    """Whatever the strip's class and figure, only the story's handover is read."""
    page = _PAGE.format(cls=cls, n=n)
    assert f"{n} soldiers" not in read_html(page).visible
    assert moves(page) == {("RUS", "UKR", "remains", 500)}


def test_an_element_of_another_class_is_read() -> None:
    """Near miss: a "lead" paragraph is the story's own text."""
    page = _PAGE.format(cls="lead", n=90)
    assert "Kyiv gets back 90 soldiers" in read_html(page).visible
