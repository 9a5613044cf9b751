"""A sentence listing no "N stages of A, B and C" is not asked whether it plans.

The stages' sizes are looked for first: with none listed, the tests for a modal verb
or a plan's words cannot change the (empty) reading, so they are not run.
"""

from __future__ import annotations

import pytest
from exchangekit_news._extract import Discourse, _Sentence
from exchangekit_news._mentions import find_mentions, lexicon
from exchangekit_news._tokens import tokenize

from exchangekit import DEFAULT_REGISTRY, SourceKind

_LEXICON = lexicon(iter(DEFAULT_REGISTRY))


def _sentence(text: str) -> _Sentence:
    tokens = tokenize(text)
    mentions = find_mentions(tokens, 0, len(tokens), text, _LEXICON)
    return _Sentence(0, tokens, 0, len(tokens), mentions, Discourse(), text, SourceKind.MEDIA)


def _refuse(*_: object) -> bool:
    raise AssertionError("asked about a plan with no stages listed")


@pytest.mark.parametrize(
    "text",
    [
        "Russia may return 90 soldiers to Ukraine next week.",
        "The deal foresees the release of 300 prisoners by each side.",
        "Ukraine got back 84 soldiers on Tuesday.",
    ],
)
def test_no_stage_list_asks_no_plan_question(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = _sentence(text)
    monkeypatch.setattr(sentence, "modal_said", _refuse)
    monkeypatch.setattr(sentence, "_planned", _refuse)
    assert sentence.listed_stages([], set(), ("RUS", "UKR")) == []


def test_a_planned_stage_list_is_still_refused() -> None:
    # near miss: the stages are listed, but as a timetable, so no exchange is read
    text = (
        "The swap was scheduled to run in three stages of 100, 120 and 150, each side "
        "freeing the same number."
    )
    sentence = _sentence(text)
    assert sentence._stage_sizes()
    assert sentence._planned()
    assert sentence.listed_stages([], set(), ("RUS", "UKR")) == []
