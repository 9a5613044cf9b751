"""A sentence the rules fail on: left out and reported by default, raised when asked."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from exchangekit_news import NewsParser, _extract

import exchangekit
from exchangekit import ParseError, RecordSkipped, SkippedRecordWarning
from exchangekit.cli import main

News = Callable[..., Any]

MARKER = "quartermaster"
BEFORE = "Russia returned 120 Ukrainian soldiers on Monday, the Ukrainian ministry said."
FAILING = f"The {MARKER} said 35 more soldiers came home on Wednesday, as listed."
AFTER = (
    "Ukraine handed back 64 Russian prisoners on Tuesday.\n\n"
    "The Ukrainian general staff said 900 Russian soldiers were killed on Thursday."
)
TEXT = f"{BEFORE}\n\n{FAILING}\n\n{AFTER}\n"


@pytest.fixture
def failing_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule that raises on any sentence with the marker word, late in its reading.

    The rule runs after the sentence's speakers, figures and scene were noted in the
    discourse, so what the sentence noted before failing must not reach the others.
    """
    rule = _extract._Sentence.intermediaries

    def failing(self: Any) -> Any:
        if MARKER in self.norm_set:
            raise IndexError("list index out of range")
        return rule(self)

    monkeypatch.setattr(_extract._Sentence, "intermediaries", failing)


def _figures(read: Any) -> set[tuple[str, str, str, str, str]]:
    """What each record states, without the quotes (whose offsets move with the text)."""
    moved = {
        (str(e.period), t.sender.code, t.receiver.code, str(t.count), str(t.attributed_to))
        for e in read.exchanges
        for t in e.transfers
    }
    claimed = {
        (str(c.as_of), c.subject.code, c.category.value, str(c.count), c.claimant.name)
        for c in read.claims
    }
    return moved | claimed


@pytest.mark.usefixtures("failing_rule")
def test_news_failing_sentence_is_left_out_and_the_rest_read(news: News) -> None:
    read = news(TEXT, sentence_errors="skip")
    (error,) = read.errors
    assert isinstance(error, RecordSkipped)
    assert error.source == "article.txt"
    assert error.line == 3
    assert "IndexError" in error.message
    assert f"The {MARKER} said 35" in error.message
    assert "sentence_errors='raise'" in error.message
    # every other sentence gives what it gives in a text without the failing one
    assert _figures(read) == _figures(news(f"{BEFORE}\n\n{AFTER}\n"))
    assert len(read.exchanges) == 2
    assert len(read.claims) == 1
    assert all("35" not in q.text for e in read.exchanges for q in e.quotes)


def test_news_without_a_failure_the_marker_sentence_is_read(news: News) -> None:
    read = news(TEXT, sentence_errors="skip")
    assert read.errors == []
    assert len(read.exchanges) == 3  # the near miss: the same text, no rule failing


@pytest.mark.usefixtures("failing_rule")
def test_news_sentence_errors_raise_lets_the_failure_through(news: News) -> None:
    with pytest.raises(IndexError):
        news(TEXT, sentence_errors="raise")


@pytest.mark.usefixtures("failing_rule")
def test_news_tests_parse_with_sentence_errors_raise(news: News) -> None:
    # the suite's own parses raise, so that no test passes over a failing rule
    with pytest.raises(IndexError):
        news(TEXT)
    with pytest.raises(IndexError):
        list(NewsParser().parse(io.StringIO(TEXT), source="a.txt", published="2025-10-23"))


def test_news_sentence_errors_bad_value_names_the_option(news: News) -> None:
    with pytest.raises(ParseError) as caught:
        news(TEXT, sentence_errors="keep")
    assert caught.value.field == "sentence_errors"


@pytest.mark.usefixtures("failing_rule")
def test_news_left_out_sentence_is_a_warning_through_the_api(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    with pytest.warns(SkippedRecordWarning, match="IndexError"):
        data = exchangekit.parse(
            path, format="news", published="2025-10-23", sentence_errors="skip"
        )
    assert len(data.exchanges) == 2
    dataset, errors = exchangekit.parse(
        path, format="news", published="2025-10-23", sentence_errors="skip", errors="collect"
    )
    assert [e.line for e in errors] == [3]
    assert len(dataset.exchanges) == 2


@pytest.mark.usefixtures("failing_rule")
def test_news_left_out_sentence_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    args = ["report", str(path), "--published", "2025-10-23", "-O", "sentence_errors=skip"]
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert err.startswith("exchangekit: warning: ")
    assert "line 3" in err
    assert "-O sentence_errors=raise" in err
    assert "Traceback" not in err
    assert "64" in out
    assert main([*args[:-1], "sentence_errors=raise"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("exchangekit: error: ")
    assert "IndexError" in err
    assert "Traceback" not in err


@pytest.mark.usefixtures("failing_rule")
def test_news_left_out_sentence_leaves_nothing_noted_for_the_next(news: News) -> None:
    # The failing sentence had noted its year before the rule failed: read again without
    # it, the next sentence is read as in the text without it, not half-way through it.
    opening = "Russia returned 120 Ukrainian soldiers on Monday.\n\n"
    after = "On 5 March, Ukraine handed back 64 Russian prisoners.\n"
    read = news(f"{opening}In 2023, the {MARKER} kept the lists. {after}", sentence_errors="skip")
    assert [e.line for e in read.errors] == [3]
    assert _figures(read) == _figures(news(f"{opening}{after}"))
    assert "2025-03-05" in {str(e.period) for e in read.exchanges}
