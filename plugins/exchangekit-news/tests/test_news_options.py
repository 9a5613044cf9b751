"""Options and dates: the publication date, relative dates without one, bad option values."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from exchangekit_news import NewsParser

import exchangekit
from exchangekit import ParseError, Period, RecordSkipped, SkippedRecordWarning, Source, SourceKind
from exchangekit.cli import main
from exchangekit.formats import Provenance

News = Callable[..., Any]

RELATIVE = (
    "Russia and Ukraine swapped 84 prisoners each on Thursday.\n"
    "On 24 August 2025, 146 Russian servicemen were returned to Russia.\n"
)


def test_news_relative_date_without_publication_date_is_a_clear_error(news: News) -> None:
    with pytest.raises(ParseError) as caught:
        news(RELATIVE, published=None)
    error = caught.value
    assert error.source == "article.txt"
    assert error.line == 1
    assert error.field == "published"
    assert "'Thursday'" in error.message
    assert "published=" in error.message


def test_news_unresolved_skip_keeps_absolute_dates_and_reports_the_rest(news: News) -> None:
    read = news(RELATIVE, published=None, unresolved="skip")
    (exchange,) = read.exchanges
    assert exchange.period == Period.day(date(2025, 8, 24))
    (error,) = read.errors
    assert error.line == 1
    assert "Thursday" in error.message


def test_news_claim_without_any_date_needs_the_publication_date(news: News) -> None:
    text = "Mediazona has confirmed the deaths of more than 100,000 Russian soldiers."
    with pytest.raises(ParseError, match="no date"):
        news(text, published=None)
    assert news(text, published=None, unresolved="skip").claims == []
    (claim,) = news(text, published=date(2025, 3, 1)).claims
    assert claim.as_of == Period.day(date(2025, 3, 1))


@pytest.mark.parametrize(
    "published", ["2025-10-23", datetime(2025, 10, 23, 9, 30), "2025-10-23T09:30:00+00:00"]
)
def test_news_published_accepts_dates_and_iso_text(news: News, published: object) -> None:
    (exchange,) = news(RELATIVE, published=published).exchanges[:1]
    assert exchange.period == Period.day(date(2025, 10, 23))


def test_news_bad_published_names_the_option(news: News) -> None:
    with pytest.raises(ParseError, match="'23/10/2025' is not a date") as caught:
        news(RELATIVE, published="23/10/2025")
    assert caught.value.field == "published"
    with pytest.raises(TypeError, match="published"):
        news(RELATIVE, published=20251023)


def test_news_unknown_option_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="no option publishd"):
        NewsParser().parse(io.StringIO(""), source="x", publishd="2025-10-23")


@pytest.mark.parametrize(("option", "value"), [("unresolved", "keep"), ("markup", "pdf")])
def test_news_bad_choice_is_a_parse_error(news: News, option: str, value: str) -> None:
    with pytest.raises(ParseError, match=repr(value)):
        news("text", **{option: value})


def test_news_publisher_source_url_and_provenance() -> None:
    publisher = Source("Wire", SourceKind.MEDIA)
    items = list(
        NewsParser().parse(
            io.StringIO(RELATIVE),
            source="wire.txt",
            published="2025-10-23",
            publisher=publisher,
            url="https://example.org/a",
        )
    )
    provenance = items[0]
    assert isinstance(provenance, Provenance)
    assert "wire.txt" in provenance.entry
    assert "2025-10-23" in provenance.entry
    exchange = items[1]
    assert exchange.sources[-1] == Source(
        "Wire", SourceKind.MEDIA, url="https://example.org/a", published=date(2025, 10, 23)
    )


def test_news_default_publisher_is_named_after_the_source(news: News) -> None:
    (exchange, _) = news(RELATIVE, publisher=None).exchanges
    assert exchange.sources[-1].name == "publisher of article.txt"


def test_news_conflict_start_sets_where_running_totals_begin(news: News) -> None:
    text = "Mediazona has confirmed the deaths of more than 100,000 Russian soldiers."
    (claim,) = news(text).claims
    assert claim.covers.start == date(2022, 2, 24)
    (claim,) = news(text, conflict_start=date(2014, 4, 6)).claims
    assert claim.covers.start == date(2014, 4, 6)
    (claim,) = news("Since May 2023, " + text[0].lower() + text[1:]).claims
    assert claim.covers.start == date(2023, 5, 1)


def test_news_unresolved_skip_is_not_fatal_when_errors_are_raised(tmp_path: Path) -> None:
    path = tmp_path / "relative.txt"
    path.write_text(RELATIVE, encoding="utf-8")
    with pytest.warns(SkippedRecordWarning, match="Thursday") as caught:
        dataset = exchangekit.parse(path, unresolved="skip")
    (exchange,) = dataset.exchanges
    assert exchange.period == Period.day(date(2025, 8, 24))
    assert len(caught) == 1
    _, errors = exchangekit.parse(path, unresolved="skip", errors="collect")
    assert [type(e) for e in errors] == [RecordSkipped]


def test_news_skip_on_the_command_line_behaves_as_its_help_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "relative.txt"
    path.write_text(RELATIVE, encoding="utf-8")
    assert main(["report", str(path)]) == 2
    err = capsys.readouterr().err
    assert "--published DATE" in err
    assert "-O unresolved=skip" in err
    assert "published=" not in err
    assert "unresolved='skip'" not in err
    for mode in ("raise", "collect"):
        code = main(["report", str(path), "-O", "unresolved=skip", "--errors", mode])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert "2025-08-24" in out
        assert err.startswith("exchangekit: warning: ")
        assert "'Thursday' was left out" in err
        assert "--published DATE" in err
