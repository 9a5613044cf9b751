"""Kinds listed in brackets that define a loss noun do not become the figure's kind (b23-d).

'Russia\'s "casualties" (a term that covers killed, wounded and captured) passed
200,000': the brackets say what the head counts; the figure is the head's, total
losses, not the last kind the brackets name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said Russia's losses (which include killed, wounded and missing) passed "
        "700,000 this year.",
        # harder: a quoted head and a long defining clause in the brackets
        'The ministry said that Ukraine\'s "losses" (a category that in its usage counts '
        "the dead, the wounded and the captured) had exceeded 600,000.",
    ],
)
def test_news_bracketed_kinds_leave_the_head_total_losses(news: News, text: str) -> None:
    """The claim is of total losses, never of the kind the brackets name last."""
    kinds = {c.category.value for c in news(text).claims}
    assert kinds == {"total_losses"}


def test_news_kind_outside_brackets_is_kept(news: News) -> None:
    """A bracket that names no kind leaves the head's own kind: the dead."""
    claims = news("The ministry said Russia's dead (soldiers only) had reached 50,000.").claims
    assert [c.category.value for c in claims] == ["killed"]
