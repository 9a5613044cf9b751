"""docs/getting-started.md: every command it shows prints what it shows, on the article it shows."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from exchangekit import plugins
from exchangekit.cli import main

DOCS = Path(__file__).resolve().parent.parent / "docs"
PAGE = DOCS / "getting-started.md"
ARTICLE = re.compile(r"```\{code-block\} text\n:caption: article.txt\n\n(.*?)```", re.S)


def _console_examples() -> list[tuple[str, list[str]]]:
    """Every ``$ exchangekit ...`` line of the page's console blocks, with the lines after it."""
    examples: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.S):
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, *expected = chunk.splitlines()
            examples.append((command, expected))
    return examples


def _fits(expected: list[str], actual: list[str]) -> bool:
    """Whether ``actual`` fits ``expected``: a line ``...`` stands for any lines (at least one
    when it ends the example), and ``...`` inside a line for any text."""
    if not expected:
        return not actual
    head, rest = expected[0], expected[1:]
    if head == "...":
        return any(_fits(rest, actual[i:]) for i in range(0 if rest else 1, len(actual) + 1))
    pattern = ".*".join(re.escape(part) for part in head.split("..."))
    return bool(actual) and re.fullmatch(pattern, actual[0]) is not None and _fits(rest, actual[1:])


def test_fits_understands_ellipses() -> None:
    assert _fits(["a", "...", "d"], ["a", "b", "c", "d"])
    assert _fits(["a", "..."], ["a", "b"])
    assert not _fits(["a", "..."], ["a"])
    assert _fits(["x ... z"], ["x y z"])
    assert not _fits(["a", "...", "d"], ["a", "b"])
    assert not _fits(["a"], ["a", "b"])


def test_the_page_shows_an_article_and_commands_that_read_it() -> None:
    [article] = ARTICLE.findall(PAGE.read_text(encoding="utf-8"))
    assert "on Thursday" in article
    commands = [command for command, _ in _console_examples()]
    assert [c.split()[1] for c in commands] == ["plugins", "report", "totals", "compare"]
    assert all("article.txt --published 2025-10-23" in c for c in commands[1:])


PAGE_PLUGINS = {"csv", "json", "jsonl", "news"}
"""The plugins a reader of the page has: the built-in formats and exchangekit-news."""


def test_every_console_example_prints_what_it_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    [article] = ARTICLE.findall(PAGE.read_text(encoding="utf-8"))
    (tmp_path / "article.txt").write_text(article, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(plugins.ENV_VAR, raising=False)
    plugins.reset()
    try:
        for command, expected in _console_examples():
            program, *argv = shlex.split(command)
            assert program == "exchangekit", command
            code = main(argv)
            captured = capsys.readouterr()
            actual = (captured.out + captured.err).splitlines()
            if argv[0] == "plugins":
                # The page installs exchangekit and its news plugin alone; other plugins
                # installed here (exchangekit-parquet, ...) add lines the page cannot show.
                actual = [line for line in actual if line.split(":")[0] in PAGE_PLUGINS]
            assert code == 0, f"$ {command}\n{captured.err}"
            assert _fits(expected, actual), f"$ {command}\n" + "\n".join(actual)
    finally:
        plugins.reset()


def test_the_article_needs_the_publication_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the page says happens without --published: an error naming the line, no guess."""
    [article] = ARTICLE.findall(PAGE.read_text(encoding="utf-8"))
    path = tmp_path / "article.txt"
    path.write_text(article, encoding="utf-8")
    assert main(["report", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"exchangekit: error: {path}, line ")
    assert "Thursday" in err
