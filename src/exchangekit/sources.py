"""Source identity: which spellings name one body, so a source is counted and listed once.

A :class:`~exchangekit.Source` keeps the name its record gave; its identity is
derived here. Known bodies (a ministry, an outlet, a mission) have a canonical
name and aliases in a :class:`SourceRegistry`, looked up case-insensitively,
so "BBC Russian" and "BBC News Russian" are one source. A joint byline such as
"BBC Russian and Mediazona" is one claimant whose identity is made of its
parts. A name the registry does not know is identified by its normalised
spelling together with the party it speaks for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Protocol

import attrs

from exchangekit.errors import RecordValidationError, UnknownSourceError
from exchangekit.parties import ICRC, RUSSIA, UKRAINE, UNITED_NATIONS, Party
from exchangekit.vocabulary import SourceKind

__all__ = [
    "DEFAULT_SOURCES",
    "KnownSource",
    "SourceIdentity",
    "SourceRegistry",
    "Speaker",
]

_CACHE_SIZE = 4096
_KEY = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# What joins the bodies of a joint byline: "BBC Russian and Mediazona", "X & Y".
_JOINT = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)


def _normalise(name: str) -> str:
    """A spelling with case, curly quotes, a leading "the", hyphens and spacing evened out."""
    name = name.casefold().replace("\u2019", "'").replace("\u2018", "'").strip()
    name = re.sub(r"[\s\-\u2010-\u2015]+", " ", name)
    name = re.sub(r"^the ", "", name)
    return name.rstrip(".").strip()


def _aliases(value: Iterable[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _known_tuple(value: Iterable[KnownSource]) -> tuple[KnownSource, ...]:
    return tuple(value)


class Speaker(Protocol):
    """Anything with a ``name`` and the ``party`` it speaks for, such as a :class:`Source`."""

    @property
    def name(self) -> str:
        """The name as the record gave it."""

    @property
    def party(self) -> Party | None:
        """The party the speaker speaks for, if any."""


@attrs.frozen
class KnownSource:
    """A body the registry knows: a stable ``key``, its canonical ``name``, and its aliases.

    ``kind`` and ``party`` describe the body itself (a ministry speaks for its
    state; an independent outlet for nobody); the ``key`` is what identities
    compare, so it never changes once released.
    """

    key: str = attrs.field()
    name: str = attrs.field()
    kind: SourceKind = SourceKind.OTHER
    party: Party | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_aliases)

    @key.validator
    def _check_key(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not _KEY.match(value):
            raise RecordValidationError(
                "KnownSource",
                "key",
                f"{value!r} is not a lower-case key such as 'mediazona' or 'rus-mod'",
            )

    @name.validator
    def _check_name(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not value.strip():
            raise RecordValidationError("KnownSource", "name", "must not be empty")


@attrs.frozen
class SourceIdentity:
    """Who a source is, whatever its spelling: equal identities are one source.

    Only ``key`` decides equality. ``name`` is how to show the source (the
    canonical name of a known body, else the spelling first met) and
    ``party`` the code of the party it speaks for, taken from the record or
    else from the registry.
    """

    key: str
    name: str = attrs.field(eq=False)
    party: str | None = attrs.field(default=None, eq=False)

    @property
    def known(self) -> bool:
        """Whether every body this identity is made of is in the registry."""
        return not any(part.startswith("~") for part in self.key.split("+"))

    def __str__(self) -> str:
        return self.name


@attrs.frozen
class SourceRegistry:
    """An immutable set of known bodies, resolving names and aliases case-insensitively."""

    sources: tuple[KnownSource, ...] = attrs.field(default=(), converter=_known_tuple)
    _index: dict[str, KnownSource] = attrs.field(init=False, repr=False, eq=False)
    # Comparing claims asks for the same few identities many times over.
    _cache: dict[tuple[str, str | None], SourceIdentity] = attrs.field(
        init=False, repr=False, eq=False, factory=dict
    )

    def __attrs_post_init__(self) -> None:
        index: dict[str, KnownSource] = {}
        keys: set[str] = set()
        for known in self.sources:
            if known.key in keys:
                raise RecordValidationError(
                    "SourceRegistry", "sources", f"key {known.key!r} is used twice"
                )
            keys.add(known.key)
            for spelling in (known.name, *known.aliases):
                norm = _normalise(spelling)
                other = index.get(norm)
                if other is not None and other.key != known.key:
                    raise RecordValidationError(
                        "SourceRegistry",
                        "sources",
                        f"{spelling!r} names both {other.key!r} and {known.key!r}",
                    )
                index[norm] = known
        object.__setattr__(self, "_index", index)

    def with_sources(self, sources: Iterable[KnownSource]) -> SourceRegistry:
        """A new registry with ``sources`` added (replacing any with the same key)."""
        new = {s.key: s for s in self.sources}
        new.update((s.key, s) for s in sources)
        return SourceRegistry(tuple(new.values()))

    def lookup(self, name: str) -> KnownSource:
        """The known body called ``name``; else :class:`UnknownSourceError` with close matches."""
        known = self.get(name)
        if known is None:
            import difflib  # only for the error message

            close = difflib.get_close_matches(_normalise(name), self._index, n=3, cutoff=0.75)
            raise UnknownSourceError(name, tuple(close))
        return known

    def get(self, name: str) -> KnownSource | None:
        """Like :meth:`lookup`, but ``None`` for a name the registry does not know."""
        return self._index.get(_normalise(name))

    def identity(self, source: Speaker | str) -> SourceIdentity:
        """Who ``source`` (a :class:`Source` or a plain name) is, for comparing and listing.

        A known name is its body's key. Otherwise a byline joined with "and"
        or "&" in which some part is known is a joint source, keyed by its
        parts in sorted order, so "Mediazona and BBC Russian" equals "BBC News
        Russian and Mediazona". Anything else is keyed by its normalised
        spelling and the party it speaks for.
        """
        name = source if isinstance(source, str) else source.name
        given = None if isinstance(source, str) or source.party is None else source.party.code
        cached = self._cache.get((name, given))
        if cached is None:
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            cached = self._cache[name, given] = self._identify(name, given)
        return cached

    def _identify(self, name: str, given: str | None) -> SourceIdentity:
        whole = self.get(name)
        if whole is not None:
            return self._of([whole], given)
        parts = [p for p in _JOINT.split(name) if p.strip()]
        known = [self.get(p) for p in parts]
        if len(parts) > 1 and any(k is not None for k in known):
            found = dict.fromkeys(
                _Part(k.key, k.name, k.party) if k is not None else _unknown(p, given)
                for p, k in zip(parts, known, strict=True)
            )
            return self._joint(list(found), given)
        part = _unknown(name, given)
        return SourceIdentity(part.key, name.strip(), given)

    def canonical_name(self, source: Speaker | str) -> str:
        """How to name ``source`` in a listing: the canonical name of what it is known as."""
        return self.identity(source).name

    def _of(self, known: list[KnownSource], given: str | None) -> SourceIdentity:
        return self._joint([_Part(k.key, k.name, k.party) for k in known], given)

    @staticmethod
    def _joint(parts: list[_Part], given: str | None) -> SourceIdentity:
        ordered = sorted(dict.fromkeys(parts), key=lambda p: p.key)
        key = "+".join(dict.fromkeys(p.key for p in ordered))
        name = " and ".join(dict.fromkeys(p.name for p in ordered))
        codes = {p.party.code if p.party is not None else None for p in parts}
        party = given if given is not None else (codes.pop() if len(codes) == 1 else None)
        return SourceIdentity(key, name, party)

    def __iter__(self) -> Iterator[KnownSource]:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and _normalise(name) in self._index


@attrs.frozen
class _Part:
    """One body of a (possibly joint) identity."""

    key: str
    name: str
    party: Party | None


def _unknown(name: str, party: str | None) -> _Part:
    """An unregistered body: its spelling evened out, plus the party it speaks for."""
    key = "~" + _normalise(name) + (f"@{party}" if party is not None else "")
    return _Part(key, name.strip(), None)


_GOV, _MIL, _MEDIA = SourceKind.GOVERNMENT, SourceKind.MILITARY, SourceKind.MEDIA
_IO, _RESEARCH = SourceKind.INTERNATIONAL_ORGANISATION, SourceKind.RESEARCH

DEFAULT_SOURCES = SourceRegistry(
    (
        KnownSource(
            "mediazona",
            "Mediazona",
            _MEDIA,
            None,
            ("MediaZona", "Mediazona (Media Zona)", "Media Zona", "Медиазона"),
        ),
        KnownSource(
            "bbc-news-russian",
            "BBC News Russian",
            _MEDIA,
            None,
            (
                "BBC Russian",
                "BBC Russian Service",
                "BBC News Russian Service",
                "BBC Russia",
                "BBC's Russian service",
                "Русская служба Би-би-си",
                "Би-би-си",
            ),
        ),
        KnownSource("meduza", "Meduza", _MEDIA, None, ("Медуза",)),
        KnownSource(
            "icrc",
            "International Committee of the Red Cross",
            _IO,
            ICRC,
            ("ICRC", "Red Cross", "International Red Cross"),
        ),
        KnownSource(
            "ukr-coordination-hq",
            "Ukrainian Coordination Headquarters for the Treatment of Prisoners of War",
            _GOV,
            UKRAINE,
            (
                "Coordination Headquarters for the Treatment of Prisoners of War",
                "Coordination Headquarters for the Treatment of POWs",
                "Coordination Headquarters for the Treatment of PoWs",
                "Ukraine's Coordination Headquarters",
                "Coordination Headquarters",
                "Coordination HQ",
                "Координаційний штаб з питань поводження з військовополоненими",
            ),
        ),
        KnownSource(
            "rus-mod",
            "Russian Ministry of Defence",
            _MIL,
            RUSSIA,
            (
                "Russian Ministry of Defense",
                "Russian Defence Ministry",
                "Russian Defense Ministry",
                "Ministry of Defence of the Russian Federation",
                "Russia's Defence Ministry",
                "Russian MoD",
                "Министерство обороны Российской Федерации",
                "Минобороны России",
            ),
        ),
        KnownSource(
            "rus-government",
            "Russian government",
            _GOV,
            RUSSIA,
            (
                "Russian authorities",
                "Russian officials",
                "Russian side",
                "Government of Russia",
                "Government of the Russian Federation",
                "Kremlin",
                "Moscow",
            ),
        ),
        KnownSource(
            "ukr-government",
            "Ukrainian government",
            _GOV,
            UKRAINE,
            (
                "Ukrainian authorities",
                "Ukrainian officials",
                "Ukrainian side",
                "Government of Ukraine",
                "Cabinet of Ministers of Ukraine",
                "Kyiv",
            ),
        ),
        KnownSource(
            "ukr-president",
            "President of Ukraine",
            _GOV,
            UKRAINE,
            (
                "Office of the President of Ukraine",
                "Ukrainian President",
                "Volodymyr Zelensky",
                "Volodymyr Zelenskyy",
                "Zelensky",
                "Zelenskyy",
                "Volodymyr Zelensky, President of Ukraine",
            ),
        ),
        KnownSource(
            "ukr-general-staff",
            "General Staff of the Armed Forces of Ukraine",
            _MIL,
            UKRAINE,
            (
                "Ukrainian General Staff",
                "Ukraine's General Staff",
                "General Staff of Ukraine",
                "General Staff of the Ukrainian Armed Forces",
                "Генеральний штаб ЗСУ",
            ),
        ),
        KnownSource(
            "ukr-mod",
            "Ministry of Defence of Ukraine",
            _MIL,
            UKRAINE,
            (
                "Ukrainian Ministry of Defence",
                "Ukrainian Ministry of Defense",
                "Ukrainian Defence Ministry",
                "Ukrainian Defense Ministry",
            ),
        ),
        KnownSource(
            "un-hrmmu",
            "UN Human Rights Monitoring Mission in Ukraine",
            _IO,
            UNITED_NATIONS,
            (
                "HRMMU",
                "UN human rights monitoring mission",
                "United Nations Human Rights Monitoring Mission in Ukraine",
                "UN monitoring mission",
            ),
        ),
        KnownSource(
            "ohchr",
            "Office of the UN High Commissioner for Human Rights",
            _IO,
            UNITED_NATIONS,
            ("OHCHR", "UN human rights office", "UN Human Rights"),
        ),
        KnownSource(
            "uk-mod",
            "UK Ministry of Defence",
            _MIL,
            None,
            (
                "British Ministry of Defence",
                "UK Defence Ministry",
                "UK MoD",
                "British Defence Ministry",
            ),
        ),
        KnownSource("ualosses", "UALosses", _RESEARCH, None, ("UA Losses", "UALosses project")),
    )
)
"""The bodies known out of the box; extend with :meth:`SourceRegistry.with_sources`."""
