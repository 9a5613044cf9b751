"""Tests of source identity: known bodies, aliases, joint bylines, and listing each source once."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import (
    DEFAULT_SOURCES,
    CasualtyCategory,
    CasualtyClaim,
    Count,
    Exchange,
    ExchangeKind,
    KnownSource,
    Party,
    Period,
    PersonCategory,
    RecordValidationError,
    Source,
    SourceIdentity,
    SourceKind,
    SourceRegistry,
    Transfer,
    UnknownSourceError,
    distinct_sources,
    record_sources,
)
from exchangekit.strategies import sources

UKR, RUS = Party.lookup("UKR"), Party.lookup("RUS")
KNOWN = sorted(
    (spelling, known.key) for known in DEFAULT_SOURCES for spelling in (known.name, *known.aliases)
)


def respell(draw: st.DrawFn, name: str) -> str:
    """``name`` as another writer might type it: other case, spacing, hyphens, a leading "the"."""
    words = name.split(" ")
    cased = [draw(st.sampled_from([w, w.upper(), w.lower(), w.capitalize()])) for w in words]
    joined = "".join(
        word + (draw(st.sampled_from([" ", "  ", "-"])) if i < len(cased) - 1 else "")
        for i, word in enumerate(cased)
    )
    prefix = draw(st.sampled_from(["", "the ", "The "]))
    return prefix + joined + draw(st.sampled_from(["", " ", "."]))


@st.composite
def respelt_known(draw: st.DrawFn) -> tuple[str, str]:
    spelling, key = draw(st.sampled_from(KNOWN))
    return respell(draw, spelling), key


@given(respelt_known())
def test_any_spelling_of_a_known_body_has_its_key(case: tuple[str, str]) -> None:
    spelling, key = case
    assert DEFAULT_SOURCES.identity(spelling).key == key


@given(st.lists(st.sampled_from(KNOWN), min_size=2, max_size=3), st.randoms())
def test_a_joint_byline_is_its_parts_in_any_order_and_spelling(
    parts: list[tuple[str, str]], rnd: object
) -> None:
    names = [name for name, _ in parts]
    if any(" and " in n.casefold() or "&" in n for n in names):
        return  # a known name that itself contains "and" is not a separate part
    shuffled = list(names)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    one = DEFAULT_SOURCES.identity(" and ".join(names))
    other = DEFAULT_SOURCES.identity(" & ".join(shuffled))
    assert one == other
    assert one.key == "+".join(sorted({key for _, key in parts}))
    assert str(one) == str(other)


@given(sources())
def test_identity_ignores_case_and_spacing_and_keeps_the_party(source: Source) -> None:
    respaced = Source(f" {source.name}  ", source.kind, source.party)
    assert respaced.identity == source.identity
    other_party = RUS if source.party != RUS else UKR
    if not source.identity.known and "+" not in source.identity.key:
        moved = Source(source.name, source.kind, other_party)
        assert moved.identity != source.identity


def test_the_issue_pairs_are_one_source() -> None:
    assert Source("Russian authorities").identity == Source("Russian government").identity
    assert Source("BBC Russian").identity == Source("BBC News Russian").identity
    joint = Source("BBC News Russian and Mediazona").identity
    assert joint == Source("BBC Russian and Mediazona").identity
    assert joint.name == "BBC News Russian and Mediazona"
    assert joint.party is None
    assert joint.known


def test_a_known_body_lends_its_party_unless_the_record_names_one() -> None:
    assert Source("Russian Ministry of Defence").identity.party == "RUS"
    assert Source("Mediazona").identity.party is None
    assert Source("Mediazona", party=UKR).identity.party == "UKR"


def test_unknown_names_key_on_spelling_and_party() -> None:
    reuters = Source("Reuters").identity
    assert reuters == Source("REUTERS").identity
    assert not reuters.known
    assert reuters.name == "Reuters"
    kyiv_mod = Source("Ministry of Defence", party=UKR).identity
    assert kyiv_mod != Source("Ministry of Defence", party=RUS).identity
    assert kyiv_mod != Source("Ministry of Defence").identity


def test_an_and_inside_an_unknown_name_does_not_split_it() -> None:
    name = "Ministry of Foreign Affairs and Trade"
    assert DEFAULT_SOURCES.identity(name).key == "~ministry of foreign affairs and trade"
    partly = DEFAULT_SOURCES.identity("Mediazona and a regional newsroom")
    assert partly.key == "mediazona+~a regional newsroom"


def test_identities_compare_by_key_only() -> None:
    assert SourceIdentity("x", "X", "RUS") == SourceIdentity("x", "another name", None)
    assert hash(SourceIdentity("x", "X")) == hash(SourceIdentity("x", "Y"))


def test_lookup_names_close_matches() -> None:
    assert DEFAULT_SOURCES.lookup("mediazona").name == "Mediazona"
    with pytest.raises(UnknownSourceError, match="'Mediazone'; did you mean mediazona"):
        DEFAULT_SOURCES.lookup("Mediazone")
    assert DEFAULT_SOURCES.get("Mediazone") is None
    assert "BBC Russian" in DEFAULT_SOURCES
    assert 42 not in DEFAULT_SOURCES


def test_registry_refuses_one_alias_for_two_bodies_and_bad_keys() -> None:
    clash = KnownSource("bbc", "BBC", SourceKind.MEDIA, aliases=["BBC Russian"])
    with pytest.raises(RecordValidationError, match="'BBC Russian' names both"):
        DEFAULT_SOURCES.with_sources([clash])
    with pytest.raises(RecordValidationError, match="key 'a' is used twice"):
        SourceRegistry([KnownSource("a", "A"), KnownSource("a", "B")])
    with pytest.raises(RecordValidationError, match=r"KnownSource\.key: 'Not A Key'"):
        KnownSource("Not A Key", "x")
    with pytest.raises(RecordValidationError, match=r"KnownSource\.name"):
        KnownSource("ok", " ")


def test_with_sources_adds_and_replaces_by_key() -> None:
    renamed = KnownSource("mediazona", "MediaZona Project", SourceKind.MEDIA, aliases=["MZ"])
    registry = DEFAULT_SOURCES.with_sources([renamed])
    assert len(registry) == len(DEFAULT_SOURCES)
    assert registry.canonical_name("mz") == "MediaZona Project"
    assert "MZ" not in DEFAULT_SOURCES


def test_distinct_sources_lists_each_once_and_borrows_a_missing_url() -> None:
    listed = distinct_sources(
        [
            Source("BBC Russian", SourceKind.MEDIA),
            Source("Russian authorities", SourceKind.GOVERNMENT, RUS),
            Source("BBC News Russian", SourceKind.MEDIA, url="https://bbc.example"),
            Source("Russian government", SourceKind.GOVERNMENT, RUS, url="https://gov.example"),
            Source("bbc russian", SourceKind.MEDIA, url="https://other.example"),
        ]
    )
    assert [(s.name, s.url) for s in listed] == [
        ("BBC Russian", "https://bbc.example"),
        ("Russian authorities", "https://gov.example"),
    ]


@given(st.lists(sources(), max_size=8))
def test_distinct_sources_keeps_one_of_each_identity_in_order(given_sources: list[Source]) -> None:
    listed = distinct_sources(given_sources)
    identities = [s.identity for s in given_sources]
    assert [s.identity for s in listed] == list(dict.fromkeys(identities))
    assert {s.name for s in listed} <= {s.name for s in given_sources}


def test_record_sources_of_an_exchange_and_of_a_claim() -> None:
    kyiv = Source("Coordination Headquarters", SourceKind.GOVERNMENT, UKR)
    moscow = Source("Russian authorities", SourceKind.GOVERNMENT, RUS)
    exchange = Exchange(
        kind=ExchangeKind.REPATRIATION_OF_REMAINS,
        period=Period.day(date(2025, 10, 23)),
        transfers=[
            Transfer(RUS, UKR, PersonCategory.REMAINS, Count.exact(1000), attributed_to=moscow)
        ],
        sources=[kyiv, Source("Russian government", SourceKind.GOVERNMENT, RUS), kyiv],
    )
    assert record_sources(exchange) == (kyiv, exchange.sources[1])
    claim = CasualtyClaim(
        subject=RUS,
        category=CasualtyCategory.KILLED,
        count=Count.more_than(135_000),
        covers=Period.between(date(2022, 2, 24), date(2025, 10, 23)),
        as_of=Period.day(date(2025, 10, 23)),
        claimant=Source("BBC Russian and Mediazona", SourceKind.MEDIA),
        relayed_by=[Source("Mediazona & BBC News Russian"), Source("Reuters")],
    )
    assert [s.name for s in record_sources(claim)] == ["BBC Russian and Mediazona", "Reuters"]
    with pytest.raises(TypeError, match="expects an Exchange, a CasualtyClaim or an ExchangeTally"):
        record_sources("ex-1")  # type: ignore[arg-type]
