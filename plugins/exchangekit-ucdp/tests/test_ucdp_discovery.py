"""The installed plugin is found through its entry point and chosen for GED files by content."""

from __future__ import annotations

from pathlib import Path

from exchangekit_ucdp import GedParser

import exchangekit
from exchangekit import plugins

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_parser_is_found_through_the_entry_point() -> None:
    plugins.reset()
    assert isinstance(plugins.get_parser("ucdp-ged"), GedParser)
    [info] = [p for p in plugins.list_plugins() if p.name == "ucdp"]
    assert info.distribution == "exchangekit-ucdp"
    assert info.parsers == ("ucdp-ged",)


def test_a_ged_csv_and_an_api_page_are_recognised_without_a_format_name() -> None:
    csv_claims = exchangekit.parse(FIXTURES / "ged-19.1.csv").claims
    page = exchangekit.parse(FIXTURES / "ucdp-api-page.json", errors="collect").dataset
    assert {c.id for c in csv_claims} >= {"ged-900001-a", "ged-900002-total"}
    assert {c.id for c in page.claims} >= {"ged-900001-a", "ged-900005-total"}


def test_exchangekit_csv_and_json_still_go_to_the_built_in_parsers(tmp_path: Path) -> None:
    dataset = exchangekit.parse(FIXTURES / "ged-19.1.csv")
    for name in ("copy.csv", "copy.json"):
        exchangekit.export(dataset, tmp_path / name)
        assert exchangekit.parse(tmp_path / name).claims == dataset.claims
