"""The installed plugin is found through its entry point, with nothing registered by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exchangekit import plugins
from exchangekit.api import export, parse
from exchangekit.plugins import PluginStatus

LOG = """\
date: 2025-10-23
kind: repatriation of remains
transfer: RUS -> UKR, 1,000 remains
transfer: UKR -> RUS, 31 remains
via: ICRC
"""


@pytest.fixture(autouse=True)
def only_this_plugin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Load this plugin alone, so other installed plugins cannot affect these tests."""
    monkeypatch.setenv(plugins.ENV_VAR, "example")
    plugins.reset()
    yield
    plugins.reset()


def test_the_plugin_is_listed_with_its_distribution_and_formats() -> None:
    [info] = [p for p in plugins.list_plugins() if p.status is PluginStatus.LOADED]
    assert info.name == "example"
    assert info.distribution == "exchangekit-example"
    assert info.version == "0.1.0"
    assert info.parsers == ("handover_log",)
    assert info.exporters == ("handover_log", "markdown")
    assert info.module == "exchangekit_example.hooks"


def test_a_handover_log_is_read_by_suffix_and_by_content(tmp_path: Path) -> None:
    by_suffix = tmp_path / "desk.handover"
    by_suffix.write_text(LOG, encoding="utf-8")
    by_content = tmp_path / "desk.txt"
    by_content.write_text(LOG, encoding="utf-8")
    dataset = parse(by_suffix)
    assert [t.count.low for t in dataset.exchanges[0].transfers] == [1000, 31]
    assert parse(by_content) == dataset


def test_markdown_is_written_by_suffix(tmp_path: Path) -> None:
    source = tmp_path / "desk.handover"
    source.write_text(LOG, encoding="utf-8")
    target = tmp_path / "briefing.md"
    export(parse(source), target, title="Handovers")
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Handovers\n\n## Exchanges\n")
    assert "RUS → UKR: 1,000 remains; UKR → RUS: 31 remains" in text
