"""The installed plugin is found through its entry point, with nothing registered by hand."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exchangekit import plugins
from exchangekit.plugins import PluginStatus


@pytest.fixture(autouse=True)
def only_this_plugin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Load this plugin alone, so other installed plugins cannot affect these tests."""
    monkeypatch.setenv(plugins.ENV_VAR, "acled")
    plugins.reset()
    yield
    plugins.reset()


def test_the_plugin_is_listed_with_its_distribution_and_parser() -> None:
    [info] = [p for p in plugins.list_plugins() if p.status is PluginStatus.LOADED]
    assert info.name == "acled"
    assert info.distribution == "exchangekit-acled"
    assert info.parsers == ("acled",)
    assert info.exporters == ()
    assert info.module == "exchangekit_acled.hooks"
