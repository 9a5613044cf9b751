"""The plugin as exchangekit sees it: entry point, hook, format metadata, parse() and the CLI."""

from __future__ import annotations

import importlib.metadata
import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from exchangekit_news import NewsParser
from exchangekit_news.plugin import exchangekit_parsers

from exchangekit import CasualtyCategory, Count, ParseError, Period
from exchangekit.api import parse
from exchangekit.cli import main
from exchangekit.formats import metadata_problems
from exchangekit.plugins import get_parser, plugin_of
from exchangekit.testing import check_metadata

CORPUS = Path(__file__).parent / "corpus"
SEED = CORPUS / "dev" / "01_seed_facts_broadcaster.txt"


def test_news_entry_point_names_the_plugin_module() -> None:
    (entry_point,) = [
        ep for ep in importlib.metadata.entry_points(group="exchangekit") if ep.name == "news"
    ]
    assert entry_point.value == "exchangekit_news.plugin"
    assert entry_point.dist is not None
    assert entry_point.dist.name == "exchangekit-news"


def test_news_hook_gives_the_parser_with_valid_metadata() -> None:
    assert list(exchangekit_parsers()) == [NewsParser]
    parser = NewsParser()
    assert metadata_problems(parser) == []
    check_metadata(parser)
    assert parser.name == "news"
    assert ".txt" in parser.suffixes
    assert parser.sniff("Russia returned 1,000 bodies.") is False


def test_news_exchangekit_finds_the_parser_by_name() -> None:
    parser = get_parser("news")
    assert isinstance(parser, NewsParser)
    info = plugin_of(parser)
    assert info is not None


def test_news_parse_a_file_through_exchangekit() -> None:
    dataset = parse(SEED, format="news", published=date(2025, 10, 23), publisher="Broadcaster")
    assert dataset.exchanges[0].period == Period.day(date(2025, 10, 23))
    assert len(dataset.exchanges) == 4
    killed = {c.subject.code for c in dataset.claims if c.category is CasualtyCategory.KILLED}
    assert killed == {"UKR", "RUS"}
    assert any("exchangekit-news" in entry for entry in dataset.provenance)


def test_news_a_txt_file_is_read_as_news_without_naming_the_format() -> None:
    dataset = parse(SEED, published="2025-10-23")
    assert Count.exact(31) in [t.count for e in dataset.exchanges for t in e.transfers]


def test_news_parse_raises_the_relative_date_error_with_the_file_name() -> None:
    with pytest.raises(ParseError) as caught:
        parse(SEED, format="news")
    assert caught.value.source is not None
    assert caught.value.source.endswith("01_seed_facts_broadcaster.txt")
    assert caught.value.line is not None


def test_news_report_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["report", str(SEED), "--published", "2025-10-23"])
    out = capsys.readouterr().out
    assert status == 0
    assert "2025-10-23" in out
    assert "ICRC" in out
    assert "135,000" in out


def test_news_stream_input() -> None:
    text = "Russia and Ukraine swapped 84 prisoners each on Thursday."
    dataset = parse(io.StringIO(text), format="news", published=date(2025, 8, 14))
    (exchange,) = dataset.exchanges
    assert exchange.period == Period.day(date(2025, 8, 14))


def test_news_discovery_leaves_the_rules_unloaded_until_a_parse() -> None:
    """Plugin discovery imports the parser class, not the grammar it builds on first use."""
    probe = (
        "import sys, io\n"
        "import exchangekit.plugins\n"
        "exchangekit.plugins.parsers()\n"
        "print(sorted(m for m in sys.modules if m.startswith('exchangekit_news')))\n"
        "from exchangekit_news import NewsParser\n"
        "items = list(NewsParser().parse(io.StringIO('Russia returned 5 bodies to Ukraine"
        " on 3 May 2025.'), source='a.txt', published=None))\n"
        "print('exchangekit_news._extract' in sys.modules, len(items))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    discovered, parsed = done.stdout.strip().splitlines()
    assert "exchangekit_news.parser" in discovered
    assert "exchangekit_news._extract" not in discovered
    assert "exchangekit_news._assemble" not in discovered
    assert parsed.startswith("True ")
