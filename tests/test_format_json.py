"""The canonical JSON document: its layout, its JSON Schema, and how it reports bad input."""

from __future__ import annotations

import io
import json
from datetime import date
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings

from exchangekit import (
    DEFAULT_REGISTRY,
    CasualtyCategory,
    CasualtyClaim,
    ClaimMethod,
    ClaimScope,
    Count,
    Dataset,
    Exchange,
    ExchangeKind,
    ExchangeTally,
    ParseError,
    Party,
    Period,
    PersonCategory,
    Precision,
    Qualifier,
    Source,
    SourceKind,
    Transfer,
)
from exchangekit import strategies as xst
from exchangekit.builtin._converter import to_data as to_dict
from exchangekit.builtin.canonical_json import JsonExporter, JsonParser, schema
from exchangekit.formats import Item, Provenance

UKR, RUS, ICRC = (Party.lookup(code) for code in ("UKR", "RUS", "ICRC"))


def handover(period: Period, to_ukraine: Count, to_russia: Count) -> Exchange:
    return Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=period,
        transfers=[
            Transfer(
                RUS,
                UKR,
                PersonCategory.REMAINS,
                to_ukraine,
                attributed_to=Source("Russian side", SourceKind.GOVERNMENT, party=RUS),
            ),
            Transfer(UKR, RUS, PersonCategory.REMAINS, to_russia),
        ],
        intermediaries=[ICRC],
    )


OCTOBER = handover(Period.day(date(2025, 10, 23)), Count.exact(1000), Count.exact(31))
SEPTEMBER = handover(Period.month(2025, 9), Count.approx(1000), Count.unknown())
KYIV_CLAIM = CasualtyClaim(
    subject=UKR,
    category=CasualtyCategory.KILLED,
    count=Count.more_than(46_000),
    covers=Period.between(date(2022, 2, 24), date(2025, 2, 16)),
    as_of=Period.month(2025, 2),
    claimant=Source("President of Ukraine", SourceKind.GOVERNMENT, party=UKR),
)
OPEN_SOURCE_COUNT = CasualtyClaim(
    subject=RUS,
    category=CasualtyCategory.KILLED,
    count=Count.more_than(135_000),
    covers=Period.between(date(2022, 2, 24), date(2025, 10, 1)),
    as_of=Period.month(2025, 10),
    claimant=Source("BBC News Russian and Mediazona", SourceKind.MEDIA),
    method=ClaimMethod.DOCUMENTED_MINIMUM,
    caveats=["a floor: the authors expect the true toll to be far higher"],
)
DATASET = Dataset(
    exchanges=[SEPTEMBER, OCTOBER],
    claims=[KYIV_CLAIM, OPEN_SOURCE_COUNT],
    provenance=["seed report"],
)
REMAINS_TALLY = ExchangeTally(
    receiver=UKR,
    sender=RUS,
    category=PersonCategory.REMAINS,
    count=Count.approx(9_000),
    covers=Period.between(date(2022, 2, 24), date(2025, 10, 23)),
    as_of=Period.day(date(2025, 10, 23)),
    claimant=Source("Coordination Headquarters", SourceKind.GOVERNMENT, party=UKR),
    exchange_count=Count.exact(58),
)
PRISONER_TALLY = ExchangeTally(
    receiver=RUS,
    category=PersonCategory.PRISONERS_OF_WAR,
    count=Count.more_than(4_000),
    covers=Period.year(2024),
    as_of=Period.year(2024),
    claimant=Source("Ministry of Defence", SourceKind.MILITARY, party=RUS),
)
WITH_TALLIES = attrs.evolve(DATASET, tallies=[REMAINS_TALLY, PRISONER_TALLY])


def export(dataset: Dataset = DATASET) -> str:
    stream = io.StringIO()
    JsonExporter().write(dataset.records, stream, provenance=dataset.provenance)
    return stream.getvalue()


def parse(text: str) -> list[Item]:
    return list(JsonParser().parse(io.StringIO(text), source="data.json"))


def errors(items: list[Item]) -> list[ParseError]:
    return [item for item in items if isinstance(item, ParseError)]


def document(**sections: Any) -> str:
    return json.dumps({"format": "exchangekit", "version": 1, **sections}, indent=2)


# -- layout ---------------------------------------------------------------------------


def test_document_has_fixed_keys_in_a_fixed_order() -> None:
    data = json.loads(export())
    assert list(data) == ["format", "version", "provenance", "exchanges", "claims"]
    assert data["format"] == "exchangekit"
    assert data["version"] == 1
    assert data["provenance"] == ["seed report"]
    assert [e["id"] for e in data["exchanges"]] == [SEPTEMBER.id, OCTOBER.id]
    assert next(iter(data["exchanges"][0])) == "id"


def test_streamed_text_equals_the_standard_pretty_printing() -> None:
    for dataset in (DATASET, WITH_TALLIES, Dataset(tallies=[PRISONER_TALLY])):
        text = export(dataset)
        assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"


def test_the_tallies_section_comes_last_and_only_when_there_are_tallies() -> None:
    assert "tallies" not in json.loads(export(Dataset()))
    data = json.loads(export(WITH_TALLIES))
    assert list(data) == ["format", "version", "provenance", "exchanges", "claims", "tallies"]
    assert [t["id"] for t in data["tallies"]] == [REMAINS_TALLY.id, PRISONER_TALLY.id]
    assert next(iter(data["tallies"][0])) == "id"
    assert data["tallies"][0]["sender"] == "RUS"
    assert data["tallies"][0]["exchange_count"] == {
        "low": 58,
        "high": 58,
        "best": 58,
        "qualifier": "exact",
    }
    assert data["tallies"][1]["sender"] is None
    alone = json.loads(export(Dataset(tallies=[PRISONER_TALLY])))
    assert (alone["exchanges"], alone["claims"], len(alone["tallies"])) == ([], [], 1)


def test_a_document_without_tallies_is_written_as_before_they_existed() -> None:
    # Exactly the text of a document that has no "tallies" key, printed the standard way.
    expected = {
        "format": "exchangekit",
        "version": 1,
        "provenance": ["seed report"],
        "exchanges": [to_dict(e) for e in DATASET.exchanges],
        "claims": [to_dict(c) for c in DATASET.claims],
    }
    assert export() == json.dumps(expected, indent=2, ensure_ascii=False) + "\n"


def test_values_are_written_as_documented() -> None:
    data = json.loads(export())
    october = data["exchanges"][1]
    assert october["kind"] == "repatriation_of_remains"
    assert october["period"] == {"start": "2025-10-23", "end": "2025-10-23", "precision": "day"}
    first = october["transfers"][0]
    assert first["count"] == {"low": 1000, "high": 1000, "best": 1000, "qualifier": "exact"}
    assert first["sender"] == "RUS"
    assert first["attributed_to"]["party"] == "RUS"
    assert data["claims"][1]["count"] == {
        "low": 135_001,
        "high": None,
        "best": None,
        "qualifier": "more_than",
    }


def test_a_party_unlike_its_registry_entry_is_written_in_full() -> None:
    renamed = Party("UKR", "Ukraine", ())  # same code, but without the registry's aliases
    militia = Party("DPR_MILITIA", "A militia", ("the militia",))
    exchange = Exchange(
        kind=ExchangeKind.PRISONER_SWAP,
        period=Period.month(2025, 8),
        transfers=[Transfer(renamed, militia, PersonCategory.PRISONERS_OF_WAR, Count.exact(5))],
    )
    data = json.loads(export(Dataset(exchanges=[exchange])))
    transfer = data["exchanges"][0]["transfers"][0]
    assert transfer["sender"] == {"code": "UKR", "name": "Ukraine", "aliases": []}
    assert transfer["receiver"] == {
        "code": "DPR_MILITIA",
        "name": "A militia",
        "aliases": ["the militia"],
    }
    assert parse(export(Dataset(exchanges=[exchange]))) == [exchange]


def test_non_ascii_text_is_written_as_is() -> None:
    claim = CasualtyClaim(
        subject=RUS,
        category=CasualtyCategory.KILLED,
        count=Count.more_than(135_000),
        covers=Period.year(2025),
        as_of=Period.year(2025),
        claimant=Source("Медиазона", SourceKind.MEDIA),
    )
    text = export(Dataset(claims=[claim]))
    assert '"name": "Медиазона"' in text
    assert parse(text) == [claim]


def test_exchanges_must_come_before_claims() -> None:
    with pytest.raises(ValueError, match="before the first claim"):
        JsonExporter().write([KYIV_CLAIM, OCTOBER], io.StringIO())


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([REMAINS_TALLY, KYIV_CLAIM], f"claim {KYIV_CLAIM.id!r} came after a tally"),
        ([REMAINS_TALLY, OCTOBER], f"exchange {OCTOBER.id!r} came after a tally"),
    ],
)
def test_tallies_must_come_last(records: list[Any], message: str) -> None:
    with pytest.raises(ValueError, match=message) as raised:
        JsonExporter().write(records, io.StringIO())
    assert "every claim before the first tally" in str(raised.value)


# -- schema ----------------------------------------------------------------------------

VALIDATOR = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker())


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_seed_document_validates() -> None:
    VALIDATOR.validate(json.loads(export()))


@settings(max_examples=40)
@given(dataset=xst.datasets())
def test_every_exported_document_validates_against_the_schema(dataset: Dataset) -> None:
    VALIDATOR.validate(json.loads(export(dataset)))


@pytest.mark.parametrize(
    ("definition", "enum"),
    [
        ("count", Qualifier),
        ("period", Precision),
        ("transfer", PersonCategory),
        ("source", SourceKind),
    ],
)
def test_schema_enums_are_the_vocabulary(definition: str, enum: type[Any]) -> None:
    properties = schema()["$defs"][definition]["properties"]
    (listed,) = [p["enum"] for p in properties.values() if "enum" in p]
    assert listed == [member.value for member in enum]


def test_schema_enums_of_records_are_the_vocabulary() -> None:
    defs = schema()["$defs"]
    exchange, claim = defs["exchangeFields"]["properties"], defs["claimFields"]["properties"]
    assert exchange["kind"]["enum"] == [m.value for m in ExchangeKind]
    assert claim["category"]["enum"] == [m.value for m in CasualtyCategory]
    assert claim["method"]["enum"] == [m.value for m in ClaimMethod]
    assert claim["scope"]["enum"] == [m.value for m in ClaimScope]
    tally = defs["tallyFields"]["properties"]
    assert tally["category"]["enum"] == [m.value for m in PersonCategory]
    codes = defs["party"]["oneOf"][0]["enum"]
    assert codes == [party.code for party in DEFAULT_REGISTRY]


def test_schema_fields_are_the_record_fields() -> None:
    data = json.loads(export(WITH_TALLIES))
    defs = schema()["$defs"]
    assert set(defs["exchangeFields"]["properties"]) == set(data["exchanges"][0])
    assert set(defs["claimFields"]["properties"]) == set(data["claims"][0])
    assert set(defs["tallyFields"]["properties"]) == set(data["tallies"][0])
    assert set(defs["tallyFields"]["required"]) == {
        field.name
        for field in attrs.fields(ExchangeTally)
        if field.default is attrs.NOTHING and field.name != "id"
    }
    assert set(defs["transfer"]["properties"]) == set(data["exchanges"][0]["transfers"][0])
    assert set(defs["source"]["properties"]) == set(data["claims"][0]["claimant"])


def test_schema_rejects_what_the_parser_rejects() -> None:
    data = json.loads(export())
    data["exchanges"][0]["transfers"][0]["count"]["low"] = -1
    assert not VALIDATOR.is_valid(data)
    data = json.loads(export())
    data["claims"][0]["surprise"] = True
    assert not VALIDATOR.is_valid(data)
    for change in (
        {"surprise": True},
        {"exchange_count": {"low": -1, "high": 3}},
        {"category": "killed"},
        {"receiver": None},
    ):
        data = json.loads(export(WITH_TALLIES))
        data["tallies"][0].update(change)
        assert not VALIDATOR.is_valid(data), change
    data = json.loads(export(WITH_TALLIES))
    del data["tallies"][1]["claimant"]
    assert not VALIDATOR.is_valid(data)


def test_a_document_with_tallies_validates() -> None:
    VALIDATOR.validate(json.loads(export(WITH_TALLIES)))
    VALIDATOR.validate(json.loads(export(Dataset(tallies=[PRISONER_TALLY]))))


@settings(max_examples=30)
@given(dataset=xst.datasets(max_exchanges=1, max_claims=1, max_tallies=4))
def test_every_exported_document_with_tallies_validates(dataset: Dataset) -> None:
    VALIDATOR.validate(json.loads(export(dataset)))


# -- reading ---------------------------------------------------------------------------


def test_parse_gives_provenance_then_exchanges_then_claims() -> None:
    assert parse(export()) == [
        Provenance("seed report"),
        SEPTEMBER,
        OCTOBER,
        KYIV_CLAIM,
        OPEN_SOURCE_COUNT,
    ]


def test_parse_gives_the_tallies_last() -> None:
    assert parse(export(WITH_TALLIES))[-3:] == [OPEN_SOURCE_COUNT, REMAINS_TALLY, PRISONER_TALLY]


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"count": {"low": -3, "high": 3}}, "count.low", "must not be negative"),
        ({"exchange_count": {"low": "58", "high": 58}}, "exchange_count.low", "whole number"),
        ({"sender": "UKR"}, "receiver", "sender and receiver are both UKR"),
        ({"category": "killed"}, "category", "expected one of remains, prisoners_of_war"),
        (
            {"as_of": {"start": "2021-06-01", "end": "2021-06-01", "precision": "day"}},
            "covers",
            "handovers from 2022-02-24/2025-10-23 cannot be stated as of 2021-06-01",
        ),
        ({"colour": "red"}, "", "unknown field 'colour'"),
        ({"notes": "identification pending"}, "notes", "expected an array"),
    ],
)
def test_a_bad_tally_field_is_reported_with_its_line_and_path(
    change: dict[str, Any], field: str, message: str
) -> None:
    data = json.loads(export(WITH_TALLIES))
    data["tallies"][0].update(change)
    text = json.dumps(data, indent=2)
    items = parse(text)
    (error,) = errors(items)
    assert error.field == "$.tallies[0]" + (f".{field}" if field else "")
    assert message in error.message
    assert error.line is not None
    assert PRISONER_TALLY in items
    assert OPEN_SOURCE_COUNT in items
    lines = text.splitlines()
    if field.startswith(("count", "exchange_count")):
        assert lines[error.line - 1].strip().startswith('"low":')
    elif not field:
        assert lines[error.line - 1].strip() == "{"
        assert REMAINS_TALLY.id in lines[error.line]


def test_a_bad_tally_count_names_the_line_of_the_number() -> None:
    data = json.loads(export(WITH_TALLIES))
    data["tallies"][1]["count"]["low"] = -7
    text = json.dumps(data, indent=2)
    (error,) = errors(parse(text))
    assert str(error) == (
        f"data.json, line {error.line}, field $.tallies[1].count.low: must not be negative, got -7"
    )
    assert text.splitlines()[error.line - 1].strip() == '"low": -7,'


def test_a_bad_field_is_reported_with_its_line_and_path_and_the_rest_is_kept() -> None:
    data = json.loads(export())
    data["exchanges"][1]["transfers"][0]["count"]["low"] = -5
    text = json.dumps(data, indent=2)
    items = parse(text)
    (error,) = errors(items)
    assert error.field == "$.exchanges[1].transfers[0].count.low"
    assert "must not be negative" in error.message
    assert error.source == "data.json"
    assert error.line is not None
    assert text.splitlines()[error.line - 1].strip() == '"low": -5,'
    assert [item for item in items if not isinstance(item, ParseError)] == [
        Provenance("seed report"),
        SEPTEMBER,
        KYIV_CLAIM,
        OPEN_SOURCE_COUNT,
    ]
    assert str(error) == (
        f"data.json, line {error.line}, field $.exchanges[1].transfers[0].count.low: "
        "must not be negative, got -5"
    )


def test_an_unknown_key_is_reported_on_the_line_of_its_object() -> None:
    data = json.loads(export())
    data["claims"][1]["colour"] = "red"
    text = json.dumps(data, indent=2)
    (error,) = errors(parse(text))
    assert error.field == "$.claims[1]"
    assert error.line is not None
    lines = text.splitlines()
    assert lines[error.line - 1].strip() == "{"
    assert OPEN_SOURCE_COUNT.id in lines[error.line]


def test_all_problems_of_a_record_are_named() -> None:
    data = json.loads(export())
    data["claims"][0]["count"]["qualifier"] = "roughly"
    data["claims"][0]["covers"]["start"] = "24/02/2022"
    data["claims"][0]["colour"] = "red"
    (error,) = errors(parse(json.dumps(data)))
    assert error.field == "$.claims[0].count.qualifier"
    assert "expected one of exact, approximate" in error.message
    assert "$.claims[0].covers.start: expected a date written YYYY-MM-DD" in error.message
    assert "unknown field 'colour'" in error.message


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"low": "1000"}, "count.low", "expected a whole number, got the string '1000'"),
        ({"low": True}, "count.low", "expected a whole number, got true"),
        ({"low": 1e3}, "count.low", "expected a whole number, got the number 1000.0"),
        ({"high": 5}, "count.high", "upper bound 5 is below lower bound 1000"),
        ({"best": 2000}, "count.best", "best figure 2000 lies outside"),
    ],
)
def test_count_fields_are_checked_strictly(
    change: dict[str, Any], field: str, message: str
) -> None:
    data = json.loads(export())
    data["exchanges"][1]["transfers"][0]["count"].update(change)
    (error,) = errors(parse(json.dumps(data)))
    assert error.field == f"$.exchanges[1].transfers[0].{field}"
    assert message in error.message


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2025-10-23T00:00:00", "expected a date written YYYY-MM-DD"),
        ("20251023", "expected a date written YYYY-MM-DD"),
        ("2025-02-30", "is not a calendar date"),
        (None, "expected a date written YYYY-MM-DD, got null"),
    ],
)
def test_dates_must_be_iso_calendar_dates(value: object, message: str) -> None:
    data = json.loads(export())
    data["exchanges"][1]["period"]["start"] = value
    (error,) = errors(parse(json.dumps(data)))
    assert error.field == "$.exchanges[1].period.start"
    assert message in error.message


def test_a_list_must_be_an_array_not_a_string() -> None:
    data = json.loads(export())
    data["claims"][1]["caveats"] = "a floor"
    (error,) = errors(parse(json.dumps(data)))
    assert error.field == "$.claims[1].caveats"
    assert error.message == "expected an array, got the string 'a floor'"


def test_a_rule_across_fields_names_the_field() -> None:
    data = json.loads(export())
    data["claims"][0]["covers"] = {"start": "2025-06-01", "end": "2025-06-30", "precision": "range"}
    (error,) = errors(parse(json.dumps(data)))
    assert error.field == "$.claims[0].covers"
    assert "cannot be stated as of 2025-02" in error.message


def test_a_hand_written_document_may_omit_defaults_and_use_party_codes() -> None:
    text = document(
        exchanges=[
            {
                "kind": "repatriation_of_remains",
                "period": {"start": "2025-10-23", "end": "2025-10-23", "precision": "day"},
                "transfers": [
                    {
                        "sender": "RUS",
                        "receiver": "UKR",
                        "category": "remains",
                        "count": {"low": 1000, "high": 1000, "best": 1000, "qualifier": "exact"},
                        "attributed_to": {
                            "name": "Russian side",
                            "kind": "government",
                            "party": "RUS",
                        },
                    },
                    {
                        "sender": "UKR",
                        "receiver": "RUS",
                        "category": "remains",
                        "count": {"low": 31, "high": 31, "best": 31, "qualifier": "exact"},
                    },
                ],
                "intermediaries": ["ICRC"],
            }
        ]
    )
    assert parse(text) == [OCTOBER]


def test_an_unregistered_party_code_is_explained() -> None:
    data = json.loads(export())
    data["exchanges"][0]["intermediaries"] = ["XYZ"]
    (error,) = errors(parse(json.dumps(data)))
    assert error.field == "$.exchanges[0].intermediaries[0]"
    assert "'XYZ' is not the code of a registered party" in error.message
    assert "write the party as an object with code and name" in error.message


def test_given_ids_are_kept() -> None:
    data = json.loads(export())
    data["exchanges"][0]["id"] = "handover-2025-09"
    items = parse(json.dumps(data))
    assert isinstance(items[1], Exchange)
    assert items[1].id == "handover-2025-09"


def test_an_unknown_top_level_key_is_reported_and_the_records_kept() -> None:
    text = document(comment="hello", exchanges=[json.loads(export())["exchanges"][1]])
    items = parse(text)
    (error,) = errors(items)
    assert error.field == "$.comment"
    assert "unknown key 'comment'" in error.message
    assert OCTOBER in items


def test_a_tallies_section_that_is_not_an_array_is_reported() -> None:
    items = parse(document(claims=[json.loads(export())["claims"][0]], tallies=None))
    (error,) = errors(items)
    assert (error.field, error.message) == ("$.tallies", "expected an array, got null")
    assert KYIV_CLAIM in items


def test_a_section_that_is_not_an_array_is_reported() -> None:
    items = parse(document(exchanges={}, claims=[json.loads(export())["claims"][0]]))
    (error,) = errors(items)
    assert error.field == "$.exchanges"
    assert error.message == "expected an array, got an object"
    assert KYIV_CLAIM in items


def test_a_provenance_entry_must_be_a_string() -> None:
    (error,) = errors(parse(document(provenance=["ok", 7])))
    assert error.field == "$.provenance[1]"
    assert error.message == "expected a string, got the number 7"


def test_half_a_surrogate_pair_is_not_text() -> None:
    data = json.loads(export())
    data["claims"][1]["claimant"]["name"] = "Media\ud800zona"
    (error,) = errors(parse(json.dumps(data)))
    assert error.field == "$.claims[1].claimant.name"
    assert "unpaired surrogate escape" in error.message


def test_invalid_json_raises_with_line_and_column() -> None:
    text = export().replace('"version": 1,', '"version": 1', 1)
    with pytest.raises(ParseError) as caught:
        parse(text)
    assert caught.value.line == 4
    assert "invalid JSON" in caught.value.message
    assert "(column 3)" in caught.value.message


def test_invalid_json_inside_a_record_raises_with_its_position() -> None:
    text = export().replace('"low": 31,', '"low": 31,,', 1)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if ",," in row)
    with pytest.raises(ParseError) as caught:
        parse(text)
    assert caught.value.line == line
    assert caught.value.field == "$.exchanges[1]"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "expected '{' to open it, the input is empty"),
        ("[]", "expected '{' to open it, found '['"),
        ('{"format": "geojson", "version": 1}', "\"format\" is the string 'geojson'"),
        ('{"version": 1}', 'it has no "format" key'),
        ('{"format": "exchangekit"}', 'no "version" key'),
        ('{"format": "exchangekit", "version": 2}', "this exchangekit reads version 1"),
        ('{"format": "exchangekit", "version": 1, "version": 1}', "appears twice"),
        ('{"format": "exchangekit", "version": 1} {}', "extra data after the document"),
    ],
)
def test_a_document_that_cannot_be_read_raises(text: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse(text)
    assert caught.value.source == "data.json"
    assert message in caught.value.message


def test_text_that_is_not_utf8_raises_a_parse_error() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b'{"format": "\xff"}'), encoding="utf-8")
    with pytest.raises(ParseError, match="not text in the expected encoding"):
        list(JsonParser().parse(stream, source="data.json"))


def test_a_byte_order_mark_is_ignored() -> None:
    assert parse("\ufeff" + export()) == parse(export())


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('{"format": "exchangekit", "version": 1}', True),
        ('\ufeff  {\n  "format" : "exchangekit"', True),
        ('{"format": "geojson"}', False),
        ('[{"format": "exchangekit"}]', False),
        ('{"type": "exchange", "id": "x"}', False),
        ("record_type,id\n", False),
    ],
)
def test_sniff(head: str, expected: bool) -> None:
    assert JsonParser().sniff(head) is expected


def test_schema_is_shipped_as_package_data() -> None:
    from importlib import resources

    shipped = resources.files("exchangekit.builtin").joinpath("exchangekit.schema.json")
    assert json.loads(shipped.read_text(encoding="utf-8")) == schema()
