"""Columns are matched by name: every GED layout, and an API page, gives the same claims."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from exchangekit_ucdp import UCDP_REGISTRY

import exchangekit
from exchangekit import ParseError, Party

FIXTURES = Path(__file__).parent / "fixtures"


def _by_id(path: Path) -> dict[str, exchangekit.CasualtyClaim]:
    result = exchangekit.parse(path, errors="collect")
    return {c.id: c for c in result.dataset.claims}


def test_ged_19_1_order_low_best_high_reads_as_23_1_order_best_high_low() -> None:
    old = _by_id(FIXTURES / "ged-19.1.csv")
    new = _by_id(FIXTURES / "ged-23.1.csv")
    assert old
    assert old == {key: new[key] for key in old}


def test_a_candidate_release_with_other_columns_in_another_order_reads() -> None:
    candidate = _by_id(FIXTURES / "ged-candidate.csv")
    yearly = _by_id(FIXTURES / "ged-23.1.csv")
    assert candidate["ged-900001-total"].count == yearly["ged-900001-total"].count
    assert candidate["ged-900004-a"].count == yearly["ged-900004-a"].count
    assert any("Check dyad" in c for c in candidate["ged-910001-b"].caveats)


def test_an_api_page_gives_the_claims_of_the_same_rows_in_csv() -> None:
    result = exchangekit.parse(FIXTURES / "ucdp-api-page.json", errors="collect")
    page = {c.id: c for c in result.dataset.claims}
    csv_claims = _by_id(FIXTURES / "ged-23.1.csv")
    assert set(page) == {k for k in csv_claims if k.split("-")[1] in {"900001", "900005"}}
    for key, claim in page.items():
        assert claim.count == csv_claims[key].count
        assert claim.covers == csv_claims[key].covers
        assert claim.subject == csv_claims[key].subject
        assert claim.relayed_by == csv_claims[key].relayed_by
    [error] = result.errors
    assert error.field == "best"
    assert "Result[2]" in error.message


def test_a_header_without_a_required_column_is_one_error_naming_it() -> None:
    text = "id,date_start,date_end,side_a,side_b,country,deaths_a,deaths_b,best,low,high\n"
    with pytest.raises(ParseError) as caught:
        exchangekit.parse(io.StringIO(text), format="ucdp-ged")
    assert caught.value.line == 1
    assert "deaths_civilians, deaths_unknown columns" in caught.value.message


def test_older_est_names_and_a_short_row() -> None:
    text = (
        "id,date_start,date_end,side_a,side_b,country,deaths_a,deaths_b,deaths_civilians,"
        "deaths_unknown,low_est,best_est,high_est\n"
        "1,2024-02-01,2024-02-01,Government of Ukraine,Wagner Group,Ukraine,1,2,0,0,3,3,4\n"
        "2,2024-02-02,2024-02-02,Government of Ukraine\n"
    )
    result = exchangekit.parse(io.StringIO(text), format="ucdp-ged", errors="collect")
    claims = {c.id: c for c in result.dataset.claims}
    assert claims["ged-1-total"].count == exchangekit.Count.between(3, 4, 3)
    assert claims["ged-1-b"].subject == Party("WAGNER_GROUP", "Wagner Group")
    [error] = result.errors
    assert error.line == 3
    assert "4 cells; the header has 13" in error.message


def test_a_users_registry_maps_actors_to_their_own_parties() -> None:
    text = (FIXTURES / "ged-19.1.csv").read_text(encoding="utf-8")
    legion = Party("LEGION", "Invented Legion")
    registry = UCDP_REGISTRY.with_aliases({"Legion of the Invented North": legion})
    text = text.replace(",3,0,0,0,0,3,2", ",3,4,0,0,0,3,2")  # give side B of 900002 deaths
    claims = {
        c.id: c
        for c in exchangekit.parse(io.StringIO(text), format="ucdp-ged", registry=registry).claims
    }
    assert claims["ged-900002-b"].subject.code == "LEGION"
    unknown = {c.id: c for c in exchangekit.parse(io.StringIO(text), format="ucdp-ged").claims}
    assert unknown["ged-900002-b"].subject.code == "LEGION_OF_THE_INVENTED_NORTH"


def test_an_unknown_option_or_a_bad_registry_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="registry="):
        exchangekit.parse(FIXTURES / "ged-19.1.csv", registry={"a": "b"})
    with pytest.raises(TypeError, match="takes only registry="):
        exchangekit.parse(FIXTURES / "ged-19.1.csv", published="2024-01-01")


def test_json_that_is_not_a_page_is_one_clear_error() -> None:
    with pytest.raises(ParseError, match="'Result' list"):
        exchangekit.parse(io.StringIO(json.dumps({"Result": 3})), format="ucdp-ged")
    with pytest.raises(ParseError) as caught:
        exchangekit.parse(io.StringIO('{"Result": [\n  {"id": 1,}\n]}'), format="ucdp-ged")
    assert caught.value.line == 2
