"""Tests of Party, joint parties and the PartyRegistry that resolves names."""

from __future__ import annotations

import attrs
import hypothesis.strategies as st
import pytest
from hypothesis import given

from exchangekit import (
    DEFAULT_REGISTRY,
    Party,
    PartyRegistry,
    RecordValidationError,
    UnknownPartyError,
)
from exchangekit import strategies as xst

UKR = DEFAULT_REGISTRY.lookup("UKR")
RUS = DEFAULT_REGISTRY.lookup("RUS")
ICRC = DEFAULT_REGISTRY.lookup("ICRC")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kyiv", "UKR"),
        ("kyiv", "UKR"),
        ("Ukrainian", "UKR"),
        ("UKRAINIAN", "UKR"),
        ("Ukrainian side", "UKR"),
        ("the Ukrainian side", "UKR"),
        ("Moscow", "RUS"),
        ("Russian side", "RUS"),
        ("the Russian side", "RUS"),
        ("The  Russian   Side", "RUS"),
        ("Russian Federation", "RUS"),
        ("Red Cross", "ICRC"),
        ("the Red Cross", "ICRC"),
        ("ICRC", "ICRC"),
        ("icrc", "ICRC"),
        ("International Committee of the Red Cross", "ICRC"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
    ],
)
def test_lookup_resolves_names_aliases_and_codes_case_insensitively(name: str, code: str) -> None:
    assert Party.lookup(name).code == code


def test_lookup_accepts_a_typographic_apostrophe() -> None:
    registry = DEFAULT_REGISTRY.with_parties([Party("XYZ", "People's Front")])
    assert registry.lookup("People\u2019s Front").code == "XYZ"


@pytest.mark.parametrize(
    ("misspelt", "suggestion"),
    [("Ukrane", "ukraine"), ("Rusia", "russia"), ("Red Cros", "red cross"), ("Kiyv", "kyiv")],
)
def test_a_misspelling_is_an_unknown_party_with_suggestions(misspelt: str, suggestion: str) -> None:
    with pytest.raises(UnknownPartyError) as info:
        Party.lookup(misspelt)
    assert suggestion in info.value.suggestions
    assert misspelt in str(info.value)
    assert "did you mean" in str(info.value)
    assert isinstance(info.value, LookupError)


def test_an_unknown_name_with_nothing_close_has_no_suggestions() -> None:
    with pytest.raises(UnknownPartyError, match="Atlantis") as info:
        Party.lookup("Atlantis")
    assert info.value.suggestions == ()
    assert "did you mean" not in str(info.value)


def test_get_and_contains_do_not_raise() -> None:
    assert DEFAULT_REGISTRY.get("Moscow") == RUS
    assert DEFAULT_REGISTRY.get("Atlantis") is None
    assert "the Russian side" in DEFAULT_REGISTRY
    assert "Atlantis" not in DEFAULT_REGISTRY
    assert 42 not in DEFAULT_REGISTRY


@given(st.sampled_from(list(DEFAULT_REGISTRY)), st.data())
def test_every_name_of_every_registered_party_resolves_to_it(
    party: Party, data: st.DataObject
) -> None:
    name = data.draw(st.sampled_from([party.code, party.name, *party.aliases]))
    spelling = data.draw(st.sampled_from([name, name.upper(), name.lower(), f"  {name} "]))
    assert DEFAULT_REGISTRY.lookup(spelling) == party


def test_the_registry_iterates_and_counts_its_parties() -> None:
    assert len(DEFAULT_REGISTRY) == len(list(DEFAULT_REGISTRY)) >= 3
    assert {UKR, RUS, ICRC} <= set(DEFAULT_REGISTRY)


# -- joint parties -----------------------------------------------------------------


def test_joint_party_of_both_sides() -> None:
    both = Party.joint(UKR, RUS)
    assert both.code == "RUS+UKR"
    assert both.name == "Russia and Ukraine"
    assert both.members == ("RUS", "UKR")
    assert str(both) == "RUS+UKR"
    assert UKR.members == ("UKR",)


def test_joint_needs_two_different_parties() -> None:
    with pytest.raises(RecordValidationError, match=r"Party\.code"):
        Party.joint(UKR)
    with pytest.raises(RecordValidationError, match="two or more"):
        Party.joint(UKR, UKR)


def test_joining_a_joint_party_with_one_of_its_members_changes_nothing() -> None:
    both = Party.joint(UKR, RUS)
    assert Party.joint(both, UKR) == both
    assert Party.joint(UKR, both, RUS) == both


def test_joining_a_joint_party_with_a_newcomer_flattens_the_members() -> None:
    three = Party.joint(Party.joint(UKR, RUS), ICRC)
    assert three.members == ("ICRC", "RUS", "UKR")
    assert three.code == "ICRC+RUS+UKR"


@given(st.lists(xst.parties(), min_size=1, max_size=4, unique_by=lambda p: p.code))
def test_joint_is_order_independent_and_has_no_repeated_member(group: list[Party]) -> None:
    codes = {code for p in group for code in p.members}
    if len(codes) < 2:
        with pytest.raises(RecordValidationError):
            Party.joint(*group)
        return
    joint = Party.joint(*group)
    assert joint == Party.joint(*reversed(group))
    assert list(joint.members) == sorted(codes)
    assert Party.joint(joint, *group) == joint


# -- validation ----------------------------------------------------------------------


@pytest.mark.parametrize("code", ["ukr", "", "U K R", "1UKR", "UKR+", "+UKR", "UKR+rus"])
def test_a_party_code_must_be_upper_case(code: str) -> None:
    with pytest.raises(RecordValidationError, match=r"Party\.code") as info:
        Party(code, "Somewhere")
    assert info.value.field == "code"
    assert "'UKR'" in str(info.value)


@pytest.mark.parametrize("name", ["", "   "])
def test_a_party_name_must_not_be_blank(name: str) -> None:
    with pytest.raises(RecordValidationError, match=r"Party\.name"):
        Party("XYZ", name)


def test_a_single_alias_string_is_one_alias() -> None:
    assert Party("XYZ", "Example", "Ex").aliases == ("Ex",)


# -- extending the registry --------------------------------------------------------


def test_with_parties_adds_a_party_without_touching_the_original() -> None:
    moldova = Party("MDA", "Moldova", ("Chișinău", "Moldovan"))
    extended = DEFAULT_REGISTRY.with_parties([moldova])
    assert extended.lookup("chișinău") == moldova
    assert Party.lookup("Moldovan", registry=extended) == moldova
    assert extended.lookup("Kyiv") == UKR
    assert "Moldova" not in DEFAULT_REGISTRY
    with pytest.raises(UnknownPartyError):
        Party.lookup("Moldova")


def test_with_parties_replaces_a_party_with_the_same_code() -> None:
    renamed = Party("ICRC", "International Committee of the Red Cross", ("CICR", "Red Cross"))
    extended = DEFAULT_REGISTRY.with_parties([renamed])
    assert extended.lookup("CICR") == renamed
    assert len(extended) == len(DEFAULT_REGISTRY)


def test_a_name_shared_by_two_parties_is_rejected() -> None:
    with pytest.raises(RecordValidationError, match="Kyiv") as info:
        DEFAULT_REGISTRY.with_parties([Party("KYV", "Kyiv City", ("Kyiv",))])
    assert info.value.record == "PartyRegistry"
    assert "UKR" in str(info.value)
    assert "KYV" in str(info.value)


def test_an_empty_registry_knows_nobody() -> None:
    empty = PartyRegistry()
    assert len(empty) == 0
    with pytest.raises(UnknownPartyError):
        empty.lookup("Kyiv")


@given(xst.parties())
def test_parties_compare_and_hash_by_value(party: Party) -> None:
    copy = attrs.evolve(party)
    assert copy == party
    assert hash(copy) == hash(party)
    assert attrs.evolve(party, name=party.name + "x") != party


# -- actors of event data sets ------------------------------------------------------------------


def test_data_set_actor_names_resolve_to_registered_parties() -> None:
    from exchangekit import DEFAULT_REGISTRY

    assert DEFAULT_REGISTRY.resolve("Military Forces of Ukraine (2019-)").code == "UKR"
    assert DEFAULT_REGISTRY.resolve("Military Forces of Russia (2000-)").code == "RUS"
    assert DEFAULT_REGISTRY.resolve("Government of Russia (Soviet Union)").code == "RUS"
    assert DEFAULT_REGISTRY.resolve("Government of Ukraine").code == "UKR"


def test_an_unknown_actor_gets_a_stable_party_of_its_own() -> None:
    from exchangekit import DEFAULT_REGISTRY
    from exchangekit.parties import derived_code

    wagner = DEFAULT_REGISTRY.resolve("Wagner  Group")
    assert (wagner.code, wagner.name) == ("WAGNER_GROUP", "Wagner Group")
    assert DEFAULT_REGISTRY.resolve("Wagner Group") == wagner
    assert derived_code("Militia (Pro-Russia)") == "MILITIA_PRO_RUSSIA"
    assert derived_code("123rd Brigade") == "X_123RD_BRIGADE"
    assert derived_code("Élite") == "ELITE"
    long_a, long_b = derived_code("A" * 60 + " one"), derived_code("A" * 60 + " two")
    assert long_a != long_b
    assert len(long_a) <= 32
    with pytest.raises(UnknownPartyError):
        DEFAULT_REGISTRY.resolve("  ")


def test_a_user_maps_their_own_actor_names() -> None:
    from exchangekit import DEFAULT_REGISTRY

    mapped = DEFAULT_REGISTRY.with_aliases(
        {
            "Russian Armed Forces (Donetsk)": "RUS",
            "Wagner Group": Party("WAG", "Wagner Group"),
        }
    )
    assert mapped.resolve("russian armed forces (donetsk)").code == "RUS"
    assert mapped.resolve("Wagner Group").code == "WAG"
    assert DEFAULT_REGISTRY.resolve("Wagner Group").code == "WAGNER_GROUP"
    with pytest.raises(UnknownPartyError):
        DEFAULT_REGISTRY.with_aliases({"Somebody": "ZZZ"})


@given(st.text(min_size=1, max_size=80).filter(lambda s: s.strip()))
def test_any_actor_name_resolves_to_a_valid_party_the_same_way_twice(name: str) -> None:
    from exchangekit import DEFAULT_REGISTRY

    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return
    first = DEFAULT_REGISTRY.resolve(name)
    assert first == DEFAULT_REGISTRY.resolve(name)
    assert Party(first.code, first.name) == first or first in DEFAULT_REGISTRY.parties


@pytest.mark.parametrize(
    "name", ["North Korea", "North Korean", "north koreans", "Pyongyang", "PRK"]
)
def test_default_registry_knows_north_korea(name: str) -> None:
    # North Korean troops fight beside Russia and have casualty figures of their own.
    party = DEFAULT_REGISTRY.lookup(name)
    assert party.code == "PRK"
    assert party.name == "North Korea"
    assert party != RUS
