"""The scorer compares an exchange's mediators by the party they name, not by spelling."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from exchangekit_news.evaluation import score_article

TEXT = (
    "Russia and Ukraine swapped 84 prisoners each on Thursday in a deal brokered by {who}, "
    "Russia's defence ministry said."
)


def _answer(intermediaries: list[str]) -> dict[str, Any]:
    return {
        "published": "2025-08-14",
        "publisher": {"name": "Wire", "kind": "media"},
        "exchanges": [
            {
                "period": "2025-08-14",
                "kind": "prisoner_swap",
                "intermediaries": intermediaries,
                "transfers": [
                    {
                        "sender": sender,
                        "receiver": receiver,
                        "category": "prisoners_of_war",
                        "count": "84",
                        "attributed_to": "Russian defence ministry",
                    }
                    for sender, receiver in (("RUS", "UKR"), ("UKR", "RUS"))
                ],
            }
        ],
        "claims": [],
        "tallies": [],
    }


def _attributed_found(tmp_path: Path, who: str, coded: list[str]) -> int:
    article = tmp_path / "article.txt"
    article.write_text(TEXT.format(who=who), "utf-8")
    article.with_suffix(".json").write_text(json.dumps(_answer(coded)), "utf-8")
    return score_article(article).attributed.found


@pytest.mark.parametrize(
    ("who", "coded"),
    [
        ("Qatar", ["Qatar"]),
        ("Saudi Arabia and Turkey", ["Saudi Arabia", "Turkey"]),
        ("the Vatican", ["Holy See"]),
        ("the United Arab Emirates", ["UAE"]),
        ("Qatar", ["QAT"]),
    ],
)
def test_news_scorer_compares_mediators_by_the_party_they_name(
    tmp_path: Path, who: str, coded: list[str]
) -> None:
    # Regression: answers name mediators as written ("Qatar"), the parser gives party
    # codes ("QAT"); every such figure was scored wrongly attributed.
    assert _attributed_found(tmp_path, who, coded) == 2


def test_news_scorer_keeps_a_different_mediator_apart(tmp_path: Path) -> None:
    assert _attributed_found(tmp_path, "Qatar", ["Saudi Arabia"]) == 0


def test_news_scorer_keeps_a_mediator_it_does_not_register_as_written(tmp_path: Path) -> None:
    # a name the party registry does not hold can only match itself, never fail the run
    assert _attributed_found(tmp_path, "Qatar", ["Narnia"]) == 0
