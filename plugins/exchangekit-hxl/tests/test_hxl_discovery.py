"""The installed plugin is found through its entry point and works from the command line."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from exchangekit_hxl import kept

from exchangekit import plugins
from exchangekit.api import parse
from exchangekit.cli import main
from exchangekit.plugins import PluginStatus

EXAMPLE = Path(str(resources.files("exchangekit") / "data" / "running-example.json"))


@pytest.fixture(autouse=True)
def only_this_plugin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Load this plugin alone (with the built-in formats), so others cannot interfere."""
    monkeypatch.setenv(plugins.ENV_VAR, "hxl,json,jsonl,csv")
    plugins.reset()
    yield
    plugins.reset()


def test_the_plugin_is_listed_with_its_distribution_and_formats() -> None:
    [info] = [p for p in plugins.list_plugins() if p.name == "hxl"]
    assert info.status is PluginStatus.LOADED
    assert info.distribution == "exchangekit-hxl"
    assert info.parsers == ("hxl",)
    assert info.exporters == ("hxl",)


def test_hxl_appears_in_exchangekit_formats(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["formats"]) == 0
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert listed.count("hxl") == 2


def test_convert_writes_hxl_by_suffix_and_reads_it_back(tmp_path: Path) -> None:
    table = tmp_path / "figures.hxl.csv"
    back = tmp_path / "back.json"
    assert main(["convert", str(EXAMPLE), str(table)]) == 0
    assert table.read_text(encoding="utf-8").splitlines()[1].startswith("#meta+x_record,")
    assert main(["convert", "--from", "hxl", str(table), str(back)]) == 0
    assert parse(back) == kept(parse(EXAMPLE))


def test_a_table_lacking_tags_is_an_input_error_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "bad.hxl"
    table.write_text("#affected+killed,#date+occurred\n3,2025\n", encoding="utf-8")
    assert main(["convert", str(table), str(tmp_path / "out.json")]) == 2
    assert "#country+code, #date+reported, #meta+source" in capsys.readouterr().err
