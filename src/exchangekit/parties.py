"""Party: a state, armed force or organisation, and the registry that resolves its names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping

import attrs

from exchangekit._text import encodable_text_fields
from exchangekit.errors import RecordValidationError, UnknownPartyError

__all__ = ["DEFAULT_REGISTRY", "Party", "PartyRegistry", "derived_code"]

_CODE = re.compile(r"^[A-Z][A-Z0-9_]*(\+[A-Z][A-Z0-9_]*)*$")


def _normalise(name: str) -> str:
    name = name.casefold().replace("\u2019", "'").strip()
    name = re.sub(r"^the\s+", "", name)
    return re.sub(r"[\s\-]+", " ", name)


_YEARS = re.compile(r"\s*\(\s*\d{4}\s*-\s*(\d{4})?\s*\)\s*$")
"""A trailing span of years, as data sets date an actor: "Military Forces of Ukraine (2019-)"."""
_LONGEST_CODE = 32


def derived_code(name: str) -> str:
    """A stable code for a party nobody registered, from its name: "Wagner Group" → "WAGNER_GROUP".

    Letters are folded to ASCII capitals and everything else to single
    underscores; a name that starts with no letter gets an ``X_`` prefix, and
    a long one is cut and given a short digest of the whole name, so two
    names never share a code by being cut. The same name always gives the
    same code, in every release.
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    code = re.sub(r"[^A-Z0-9]+", "_", folded.upper()).strip("_")
    if not code or not code[0].isalpha():
        code = f"X_{code}".rstrip("_")
    if len(code) > _LONGEST_CODE:
        import hashlib  # only for a very long name

        digest = hashlib.sha256(_normalise(name).encode("utf-8", "surrogatepass")).hexdigest()
        code = f"{code[: _LONGEST_CODE - 7].rstrip('_')}_{digest[:6].upper()}"
    return code


def _aliases(value: Iterable[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _party_tuple(value: Iterable[Party]) -> tuple[Party, ...]:
    return tuple(value)


@attrs.frozen(repr=False, field_transformer=encodable_text_fields)
class Party:
    """A party to an exchange or the subject of a claim: ``code`` ("UKR"), ``name`` and aliases.

    Two parties are equal when every field is; the code is what analysis keys on.
    """

    code: str = attrs.field()
    name: str = attrs.field()
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_aliases)

    @code.validator
    def _check_code(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not _CODE.match(value):
            raise RecordValidationError(
                "Party",
                "code",
                f"{value!r} is not an upper-case code such as 'UKR', 'ICRC' or 'RUS+UKR'",
            )

    @name.validator
    def _check_name(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not value.strip():
            raise RecordValidationError("Party", "name", "must not be empty")

    @classmethod
    def lookup(cls, name: str, registry: PartyRegistry | None = None) -> Party:
        """The registered party known by ``name`` ("Kyiv", "Russian side", "Red Cross").

        Raises :class:`~exchangekit.errors.UnknownPartyError` (a ``LookupError``)
        with close matches when nobody is known by that name.
        """
        return (registry or DEFAULT_REGISTRY).lookup(name)

    @classmethod
    def joint(cls, *parties: Party) -> Party:
        """Several parties taken together, as in "losses on both sides".

        Joint parties among ``parties`` contribute their members, so joining
        ``RUS+UKR`` with ``UKR`` is ``RUS+UKR`` again, never ``RUS+UKR+UKR``.
        """
        by_members = {frozenset(p.members): p for p in parties}
        # A party whose members another one already includes adds nothing to the name.
        kept = sorted(
            (p for m, p in by_members.items() if not any(m < other for other in by_members)),
            key=lambda p: p.code,
        )
        members = sorted({code for p in kept for code in p.members})
        if len(members) < 2:
            raise RecordValidationError("Party", "code", "a joint party needs two or more parties")
        return cls("+".join(members), " and ".join(p.name for p in kept))

    @property
    def members(self) -> tuple[str, ...]:
        """The codes a joint party is made of (just its own code otherwise)."""
        return tuple(self.code.split("+"))

    def __str__(self) -> str:
        return self.code

    def __repr__(self) -> str:
        # The code is what analysis keys on; the aliases would drown it.
        return f"Party({self.code!r})"


@attrs.frozen
class PartyRegistry:
    """An immutable set of parties, resolving codes, names and aliases case-insensitively."""

    parties: tuple[Party, ...] = attrs.field(default=(), converter=_party_tuple)
    _index: dict[str, Party] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        index: dict[str, Party] = {}
        for party in self.parties:
            for key in (party.code, party.name, *party.aliases):
                norm = _normalise(key)
                other = index.get(norm)
                if other is not None and other.code != party.code:
                    raise RecordValidationError(
                        "PartyRegistry",
                        "parties",
                        f"{key!r} names both {other.code} and {party.code}",
                    )
                index[norm] = party
        object.__setattr__(self, "_index", index)

    def with_parties(self, parties: Iterable[Party]) -> PartyRegistry:
        """A new registry with ``parties`` added (replacing any with the same code)."""
        new = {p.code: p for p in self.parties}
        new.update((p.code, p) for p in parties)
        return PartyRegistry(tuple(new.values()))

    def with_aliases(self, aliases: Mapping[str, str | Party]) -> PartyRegistry:
        """A new registry where each name in ``aliases`` also names a party (given or by code).

        This is how a user maps a data set's own actor names ("Russian Armed
        Forces (Donetsk)") to the parties they mean; a code that is not
        registered yet must be given as a :class:`Party`.
        """
        parties = {p.code: p for p in self.parties}
        for alias, target in aliases.items():
            if isinstance(target, Party):
                party = parties.get(target.code, target)
            elif target in parties:
                party = parties[target]
            else:
                raise UnknownPartyError(target, tuple(parties))
            parties[party.code] = Party(party.code, party.name, (*party.aliases, alias))
        return PartyRegistry(tuple(parties.values()))

    def resolve(self, name: str) -> Party:
        """The party known by ``name``, or, for a name nobody registered, a party of its own.

        Data sets name hundreds of actors; an unknown one becomes
        ``Party(derived_code(name), name)``, never an error, so the same name
        always gives the same party. Only a blank name raises
        :class:`~exchangekit.errors.UnknownPartyError`.
        """
        if not name.strip():
            raise UnknownPartyError(name, ())
        known = self.get(name)
        if known is not None:
            return known
        code = derived_code(name)
        taken = self.get(code)
        if taken is not None and taken.code == code:  # a registered code; keep the names apart
            code = derived_code(f"{name} (unregistered)")
        return Party(code, " ".join(name.split()))

    def lookup(self, name: str) -> Party:
        """The party known by ``name``; see :meth:`Party.lookup`.

        A trailing span of years, as data sets date an actor ("Military Forces
        of Ukraine (2019-)"), is ignored when the name is not known with it.
        """
        norm = _normalise(name)
        party = self._index.get(norm)
        if party is None and norm.endswith(" side"):
            party = self._index.get(norm[: -len(" side")])
        if party is None and _YEARS.search(name):
            party = self._index.get(_normalise(_YEARS.sub("", name)))
        if party is None:
            import difflib  # only for the error message

            close = difflib.get_close_matches(norm, self._index, n=3, cutoff=0.75)
            raise UnknownPartyError(name, tuple(close))
        return party

    def get(self, name: str) -> Party | None:
        """Like :meth:`lookup`, but ``None`` for an unknown name."""
        try:
            return self.lookup(name)
        except UnknownPartyError:
            return None

    def __iter__(self) -> Iterator[Party]:
        return iter(self.parties)

    def __len__(self) -> int:
        return len(self.parties)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and _normalise(name) in self._index


UKRAINE = Party(
    "UKR",
    "Ukraine",
    (
        "Ukrainian",
        "Ukrainians",
        "Kyiv",
        "Kiev",
        "Ukrainian side",
        "Ukrainian government",
        "Ukrainian authorities",
        "Ukrainian forces",
        "Armed Forces of Ukraine",
        "Government of Ukraine",
        "Military Forces of Ukraine",
    ),
)
RUSSIA = Party(
    "RUS",
    "Russia",
    (
        "Russian",
        "Russians",
        "Moscow",
        "Russian Federation",
        "Russian side",
        "Kremlin",
        "Russian government",
        "Russian authorities",
        "Russian forces",
        "Russian Ministry of Defence",
        "Russian Defence Ministry",
        "Government of Russia",
        "Government of Russia (Soviet Union)",
        "Military Forces of Russia",
    ),
)
ICRC = Party(
    "ICRC",
    "International Committee of the Red Cross",
    ("Red Cross", "the ICRC", "International Red Cross"),
)
UAE = Party("UAE", "United Arab Emirates", ("Emirates", "Emirati", "Abu Dhabi"))
TURKEY = Party("TUR", "Türkiye", ("Turkey", "Turkish", "Ankara"))
QATAR = Party("QAT", "Qatar", ("Qatari", "Doha"))
SAUDI_ARABIA = Party("SAU", "Saudi Arabia", ("Saudi", "Riyadh"))
HOLY_SEE = Party("VAT", "Holy See", ("Vatican", "the Pope"))
UNITED_NATIONS = Party("UN", "United Nations", ("UN", "U.N."))
UNITED_STATES = Party("USA", "United States", ("US", "U.S.", "America", "American", "Washington"))
NORTH_KOREA = Party(
    "PRK",
    "North Korea",
    (
        "North Korean",
        "North Koreans",
        "Pyongyang",
        "Democratic People's Republic of Korea",
        "Korean People's Army",
    ),
)

DEFAULT_REGISTRY = PartyRegistry(
    (
        UKRAINE,
        RUSSIA,
        ICRC,
        UAE,
        TURKEY,
        QATAR,
        SAUDI_ARABIA,
        HOLY_SEE,
        UNITED_NATIONS,
        UNITED_STATES,
        NORTH_KOREA,
    )
)
"""The parties known out of the box; extend with :meth:`PartyRegistry.with_parties`."""
