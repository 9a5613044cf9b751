"""The scorer's measure: direction, category and value per figure, dates apart, tallies too."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from exchangekit_news.evaluation import (
    Score,
    _compare_measured,
    _measured_expected,
    _measured_extracted,
    score_article,
    speaker_key,
)
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import (
    Count,
    ExchangeTally,
    Party,
    Period,
    PersonCategory,
    Source,
    SourceKind,
)


def _swap_answer(receiver_first: str, period: str, count: str = "84") -> dict[str, Any]:
    other = "RUS" if receiver_first == "UKR" else "UKR"
    return {
        "published": "2025-08-14",
        "publisher": {"name": "Wire", "kind": "media"},
        "exchanges": [
            {
                "period": period,
                "kind": "prisoner_swap",
                "intermediaries": [],
                "notes": "free text the scorer ignores",
                "transfers": [
                    {
                        "sender": other,
                        "receiver": receiver_first,
                        "category": "prisoners_of_war",
                        "count": count,
                        "attributed_to": None,
                    }
                ],
            }
        ],
        "claims": [],
        "tallies": [],
    }


def _two_way_tally(count: str, claimant: str) -> dict[str, Any]:
    """An answer file's tally of prisoners of war in both directions (receiver null)."""
    return {
        "receiver": None,
        "sender": None,
        "category": "prisoners_of_war",
        "count": count,
        "covers": "2022-02-24/2025-08-14",
        "as_of": "2025-08-14",
        "claimant": claimant,
        "exchange_count": None,
    }


def _score(tmp_path: Path, text: str, answer: dict[str, Any]) -> Score:
    article = tmp_path / "article.txt"
    article.write_text(text, "utf-8")
    article.with_suffix(".json").write_text(json.dumps(answer), "utf-8")
    return score_article(article).measured


SWAP = "Russia and Ukraine swapped 84 prisoners each on Thursday."


def test_news_scorer_finds_a_figure_by_direction_category_and_value(tmp_path: Path) -> None:
    score = _score(tmp_path, SWAP, _swap_answer("UKR", "2025-08-14"))
    assert (score.found, score.expected, score.extracted, score.dated) == (1, 1, 2, 1)
    assert score.false_positives == ("article.txt: transfer to RUS prisoners_of_war 84",)


def test_news_scorer_keeps_a_wrong_date_apart_from_a_wrong_figure(tmp_path: Path) -> None:
    score = _score(tmp_path, SWAP, _swap_answer("UKR", "2025-08-13"))
    assert (score.found, score.dated) == (1, 0)
    assert score.date_accuracy == 0.0
    assert len(score.misdated) == 1
    assert "2025-08-14" in score.misdated[0]
    assert "2025-08-13" in score.misdated[0]


def test_news_scorer_counts_a_reversed_direction_as_a_miss_and_a_false_positive(
    tmp_path: Path,
) -> None:
    text = "Ukraine received 84 prisoners from Russia on Thursday."
    score = _score(tmp_path, text, _swap_answer("RUS", "2025-08-14"))
    assert (score.found, score.expected, score.extracted) == (0, 1, 1)
    assert score.misses == ("article.txt: transfer to RUS prisoners_of_war 84",)
    assert score.false_positives == ("article.txt: transfer to UKR prisoners_of_war 84",)


def test_news_scorer_reads_tallies_and_counts_it_cannot_read(tmp_path: Path) -> None:
    answer = _swap_answer("UKR", "2025-08-14")
    answer["tallies"] = [_two_way_tally("some 4,500", "UAE")]
    answer["claims"] = [
        {
            "subject": "RUS",
            "category": "total_losses",
            "count": "a figure no grammar reads",
            "as_of": None,
            "claimant": "Wire",
            "method": "media_estimate",
            "caveated": False,
        }
    ]
    score = _score(tmp_path, "Ukraine received 84 prisoners from Russia on Thursday.", answer)
    assert score.expected == 3
    assert score.found == 1
    assert any(m.startswith("article.txt: tally to both prisoners_of_war") for m in score.misses)
    assert any("unreadable count 'a figure no grammar reads'" in m for m in score.misses)


def test_news_scorer_keys_a_tally_coded_without_a_count_on_its_exchanges(tmp_path: Path) -> None:
    # "the 61st exchange": a tally of which the text gives only the number of exchanges
    answer = _swap_answer("UKR", "2025-08-14")
    answer["tallies"] = [{**_two_way_tally("1", "Kyiv"), "count": None, "exchange_count": 61}]
    score = _score(tmp_path, "Ukraine received 84 prisoners from Russia on Thursday.", answer)
    assert (score.found, score.expected) == (1, 2)
    assert "article.txt: tally to both prisoners_of_war in 61 exchanges" in score.misses


def test_news_scorer_matches_a_countless_tally_on_its_number_of_exchanges() -> None:
    answer = {"tallies": [{**_two_way_tally("1", "Kyiv"), "count": None, "exchange_count": 7}]}
    (expected,) = _measured_expected(answer)
    key, _ = expected
    assert key == ("tally", "to both", "prisoners_of_war", "in 7 exchanges")
    # a count of seven people is another figure, never the seventh exchange
    assert key != ("tally", "to both", "prisoners_of_war", Count.exact(7))
    seventh = ExchangeTally(
        receiver=Party.joint(Party.lookup("RUS"), Party.lookup("UKR")),
        category=PersonCategory.PRISONERS_OF_WAR,
        exchange_count=Count.exact(7),
        covers=Period.parse("2022-02-24/2025-08-14"),
        as_of=Period.parse("2025-08-14"),
        claimant=Source("Kyiv", SourceKind.GOVERNMENT),
    )
    assert _measured_extracted([seventh]) == [(key, "2025-08-14")]


def test_news_scorer_names_a_malformed_answer_file(tmp_path: Path) -> None:
    answer = _swap_answer("UKR", "2025-08-14")
    del answer["exchanges"][0]["transfers"][0]["receiver"]
    with pytest.raises(ValueError, match=r"article\.json: answer file is malformed"):
        _score(tmp_path, SWAP, answer)


_KEYS = st.tuples(
    st.sampled_from(["transfer", "claim", "tally"]),
    st.sampled_from(["to UKR", "to RUS"]),
    st.sampled_from(["remains", "killed"]),
    st.integers(0, 3),
)
_FIGURES = st.lists(st.tuples(_KEYS, st.sampled_from(["2025-07", "2025-08", None])), max_size=8)


@given(_FIGURES, _FIGURES)
def test_news_scorer_measure_is_bounded_and_symmetric_in_its_counts(
    expected: list[Any], extracted: list[Any]
) -> None:
    score = _compare_measured("a", expected, extracted)
    flipped = _compare_measured("a", extracted, expected)
    assert 0 <= score.dated <= score.found <= min(score.expected, score.extracted)
    assert (score.found, score.dated) == (flipped.found, flipped.dated)
    assert score.found + len(score.misses) == score.expected
    assert score.found + len(score.false_positives) == score.extracted
    assert 0.0 <= score.precision <= 1.0
    assert 0.0 <= score.recall <= 1.0


@given(_FIGURES)
def test_news_scorer_gives_a_perfect_score_to_the_answers_themselves(
    figures: list[Any],
) -> None:
    score = _compare_measured("a", figures, list(reversed(figures)))
    assert (score.found, score.dated) == (len(figures), len(figures))
    assert score.misses == score.false_positives == score.misdated == ()


def test_an_answer_file_with_an_unknown_publisher_kind_is_named_in_the_error(
    tmp_path: Path,
) -> None:
    article = tmp_path / "07_wire.txt"
    article.write_text("Ukraine received 90 prisoners of war on Tuesday.\n", encoding="utf-8")
    answer = {"published": "2025-10-23", "publisher": {"name": "Wire", "kind": "news"}}
    (tmp_path / "07_wire.json").write_text(json.dumps(answer), encoding="utf-8")
    with pytest.raises(ValueError, match=r"07_wire\.json: publisher\.kind 'news' is not one of"):
        score_article(article)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Russian defence ministry", "Russian Ministry of Defence"),
        ("the Russian side", "Russian government"),
        ("Kyiv", "Ukrainian government"),
        ("UAE foreign ministry", "United Arab Emirates Ministry of Foreign Affairs"),
        (
            "UN human rights monitoring mission in Ukraine",
            "UN Human Rights Monitoring Mission in Ukraine",
        ),
    ],
)
def test_news_scorer_compares_speakers_by_what_they_name_not_how_they_are_spelt(
    written: str, canonical: str
) -> None:
    # Regression: answer files name speakers in free text, the parser canonically; the
    # attribution score compared the spellings and counted every such figure wrong.
    assert speaker_key(written) == speaker_key(canonical)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Russian Ministry of Defence", "Ukrainian government"),
        ("Volodymyr Zelensky", "Andriy Yermak"),
        ("Mediazona", "UALosses"),
        ("both sides", "Russian government"),
    ],
)
def test_news_scorer_keeps_different_speakers_apart(one: str, other: str) -> None:
    assert speaker_key(one) != speaker_key(other)


def test_news_scorer_attribution_accepts_a_free_text_speaker(tmp_path: Path) -> None:
    text = (
        "Russia and Ukraine swapped 84 prisoners each on Thursday, Russia's defence ministry said."
    )
    answer = _swap_answer("UKR", "2025-08-14")
    answer["exchanges"][0]["transfers"][0]["attributed_to"] = "Russian defence ministry"
    article = tmp_path / "article.txt"
    article.write_text(text, "utf-8")
    article.with_suffix(".json").write_text(json.dumps(answer), "utf-8")
    assert score_article(article).attributed.found == 1


def test_news_scorer_runs_an_article_dated_only_by_month_without_a_publication_day(
    tmp_path: Path,
) -> None:
    answer = _swap_answer("UKR", "2025-08-14")
    answer["published"] = "2025-08"
    dated = _score(tmp_path, "On 14 August 2025 Russia handed 84 prisoners to Ukraine.", answer)
    assert (dated.found, dated.dated) == (1, 1)
    relative = _score(tmp_path, "On Thursday Russia handed 84 prisoners to Ukraine.", answer)
    assert (relative.found, relative.extracted) == (0, 0)
    assert relative.misses == ("article.txt: transfer to UKR prisoners_of_war 84",)


def test_news_scorer_names_a_publication_date_it_cannot_read(tmp_path: Path) -> None:
    answer = _swap_answer("UKR", "2025-08-14")
    answer["published"] = "mid-August"
    with pytest.raises(ValueError, match=r"article\.json: answer file is malformed: published"):
        _score(tmp_path, SWAP, answer)


def test_news_scorer_keys_a_joint_receiver_as_to_both(tmp_path: Path) -> None:
    # the answer's receiver null and the parser's joint party of the two sides are one key
    answer = _swap_answer("UKR", "2025-08-14")
    answer["tallies"] = [_two_way_tally("1,640", "Qatar")]
    text = SWAP + " Qatar said its mediation has now freed 1,640 prisoners from both sides."
    score = _score(tmp_path, text, answer)
    assert (score.found, score.expected) == (2, 2)
    assert score.false_positives == ("article.txt: transfer to RUS prisoners_of_war 84",)


def _echo_answer(echo: str, *others: tuple[str, str, str, str]) -> dict[str, Any]:
    """A swap coded with RUS->UKR figures and a UKR->RUS direction given only as ``echo``."""
    answer = _swap_answer("UKR", "2025-08-14")
    transfers = [
        {"sender": s, "receiver": r, "category": c, "count": n, "attributed_to": None}
        for s, r, c, n in others
    ]
    transfers.append(
        {
            "sender": "UKR",
            "receiver": "RUS",
            "category": "prisoners_of_war",
            "count": echo,
            "attributed_to": None,
        }
    )
    answer["exchanges"][0]["transfers"] = transfers
    return answer


@pytest.mark.parametrize("echo", ["the same number", "The same numbers", "an equal number"])
def test_news_scorer_reads_an_echoed_direction_as_the_opposite_figure(echo: str) -> None:
    # the writer codes the phrase the article gives; it stands for the other direction's figure
    answer = _echo_answer(echo, ("RUS", "UKR", "prisoners_of_war", "84"))
    keys = [k for k, _ in _measured_expected(answer)]
    assert keys == [
        ("transfer", "to UKR", "prisoners_of_war", Count.parse("84")),
        ("transfer", "to RUS", "prisoners_of_war", Count.parse("84")),
    ]


def test_news_scorer_prefers_the_echoed_figure_of_the_same_category() -> None:
    answer = _echo_answer(
        "the same number",
        ("RUS", "UKR", "wounded_prisoners", "22"),
        ("RUS", "UKR", "prisoners_of_war", "84"),
    )
    keys = {k for k, _ in _measured_expected(answer)}
    assert ("transfer", "to RUS", "prisoners_of_war", Count.parse("84")) in keys
    first = _echo_answer(
        "the same number",
        ("RUS", "UKR", "other", "175"),
        ("RUS", "UKR", "wounded_prisoners", "22"),
    )
    keys = {k for k, _ in _measured_expected(first)}
    assert ("transfer", "to RUS", "prisoners_of_war", Count.parse("175")) in keys


def test_news_scorer_keeps_an_echo_with_nothing_to_echo_unreadable() -> None:
    answer = _echo_answer("the same number")
    keys = [k for k, _ in _measured_expected(answer)]
    assert keys == [
        ("transfer", "to RUS", "prisoners_of_war", "unreadable count 'the same number'")
    ]
