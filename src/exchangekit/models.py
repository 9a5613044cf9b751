"""The records: who exchanged whom, and who claimed how many losses, with full provenance."""

from __future__ import annotations

import enum
import json
import operator
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, Final

import attrs

from exchangekit._display import counted, quoted, record_repr
from exchangekit._text import encodable_text_fields
from exchangekit.counts import Count
from exchangekit.errors import RecordValidationError
from exchangekit.parties import Party
from exchangekit.periods import Period
from exchangekit.sources import DEFAULT_SOURCES, SourceIdentity, SourceRegistry
from exchangekit.vocabulary import (
    CasualtyCategory,
    ClaimMethod,
    ClaimScope,
    ExchangeKind,
    PersonCategory,
    Population,
    SourceKind,
)

__all__ = [
    "CasualtyClaim",
    "Dataset",
    "Exchange",
    "ExchangeTally",
    "Party",
    "Quote",
    "Source",
    "Transfer",
    "distinct_sources",
    "record_sources",
]


_PLAIN: Final = frozenset({str, int, float, bool, type(None)})  # exact types, kept as they are


def _canonical(value: Any) -> Any:
    """A plain form of a record's content that stays the same across releases.

    Parties count by code alone (a new alias must not change every id), and a
    field left at its default is omitted (a new optional field must not either).
    This is the definition; :func:`_plain` gives the same form faster and makes the ids.
    """
    if type(value) in _PLAIN:
        return value  # most values are text and numbers: return them before any other test
    if isinstance(value, Party):
        return value.code
    if isinstance(value, Period):
        return value.format()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_canonical(item) for item in value]
    if attrs.has(type(value)):
        return {
            field.name: _canonical(getattr(value, field.name))
            for field in attrs.fields(type(value))
            if field.name != "id"
            and not (
                field.default is not attrs.NOTHING
                and not isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
                and getattr(value, field.name) == field.default
            )
        }
    return value


_Spec = tuple[tuple[str, Any, bool], ...]
_Render = Callable[[Any], Any]

# How each type is rendered, decided the first time it is met: the branch of
# ``_canonical`` its instances take, as one function. Ids are made for every
# record built, so this walk, not ``_canonical``'s per-value tests, makes them.
_RENDER: dict[type, _Render] = {}


def _render(cls: type) -> _Render:
    """The function that renders instances of ``cls``, tested in the order ``_canonical`` tests."""
    found = _RENDER.get(cls)
    if found is not None:
        return found
    if issubclass(cls, Party):
        found = _party
    elif issubclass(cls, Period):
        found = _period
    elif issubclass(cls, enum.Enum):
        found = _enum
    elif issubclass(cls, date):
        found = _date
    elif issubclass(cls, tuple | list):
        found = _sequence
    elif attrs.has(cls):
        spec = _spec(cls)
        get = _getter(tuple(name for name, _, _ in spec))
        found = lambda value: _fields(spec, get(value))  # noqa: E731
    else:
        found = _canonical  # a type no branch names: returned as it is
    _RENDER[cls] = found
    return found


def _party(value: Party) -> str:
    return value.code


def _period(value: Period) -> str:
    return value.format()


def _date(value: date) -> str:
    return value.isoformat()


def _enum(value: enum.Enum) -> Any:
    return value._value_  # what ``.value`` gives, without the property's descriptor call


def _sequence(value: tuple[Any, ...] | list[Any]) -> list[Any]:
    return [_plain(item) for item in value]


def _spec(cls: type) -> _Spec:
    """Each field but ``id``: its name, its default, and whether a value equal to it is left out."""
    return tuple(
        (
            field.name,
            field.default,
            field.default is not attrs.NOTHING and not isinstance(field.default, attrs.Factory),  # type: ignore[arg-type]
        )
        for field in attrs.fields(cls)
        if field.name != "id"
    )


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """A function giving an instance's values of ``names``, as a tuple, in one call."""
    if len(names) >= 2:
        return operator.attrgetter(*names)  # a tuple for two names or more
    return lambda value: tuple(getattr(value, name) for name in names)  # one name, or none


def _plain(value: Any) -> Any:
    """What ``_canonical(value)`` returns, each type handled as decided once."""
    cls = type(value)
    if cls is str or cls is int or value is None:
        return value
    render = _RENDER.get(cls) or _render(cls)
    return render(value)


def _fields(spec: _Spec, values: Iterable[Any]) -> dict[str, Any]:
    """The plain form of a record: ``values`` are its fields' values, in the order of ``spec``."""
    plain: dict[str, Any] = {}
    for (name, default, omit_default), value in zip(spec, values, strict=True):
        if omit_default and value == default:
            continue
        cls = type(value)
        # ``_plain`` inlined: most fields are text, numbers or unset, and ids are made often
        if cls is str or cls is int or value is None:
            plain[name] = value
        else:
            plain[name] = (_RENDER.get(cls) or _render(cls))(value)
    return plain


_sha256: Callable[[bytes], Any] | None = None


def _load_sha256() -> Callable[[bytes], Any]:
    """``hashlib.sha256``, imported by the first id made (it loads OpenSSL), not at import."""
    global _sha256
    import hashlib

    _sha256 = hashlib.sha256
    return _sha256


def _stable_id(prefix: str, record: Any) -> str:
    """A short digest of a record's content, so the same record built twice has the same id."""
    text = json.dumps(_plain(record), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # The default id is made before the fields are validated, so text a validator
    # is about to refuse (a lone surrogate) must not make the digest fail first.
    digest = (_sha256 or _load_sha256())(text.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{prefix}-{digest[:16]}"


# Typed converters: mypy's attrs plugin cannot type a generic ``converter=tuple``.
def _strings(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _parties(value: Iterable[Party]) -> tuple[Party, ...]:
    return tuple(value)


def _sources(value: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(value)


def _quotes(value: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(value)


def _transfers(value: Iterable[Transfer]) -> tuple[Transfer, ...]:
    return tuple(value)


class _DistinctIds(list[Any]):
    """Records of one class whose ids the caller has already checked all differ.

    :func:`exchangekit.api.parse` checks ids as it reads, so the dataset it
    builds need not gather them all again (a set as big as the file's ids).
    """


# A dataset keeps a record given twice once, as merge() does, so nothing is counted twice.
def _once(value: Iterable[Any], cls: type[Any]) -> tuple[Any, ...]:
    """Each record of ``value`` once, in order of first appearance.

    Two records with different ids are never equal, so when every id differs
    (as in any file read) nothing is dropped and no record needs hashing,
    which for a deep record costs more than reading it did.
    """
    records = tuple(value)
    if type(value) is _DistinctIds and all(type(record) is cls for record in records):
        return records
    if all(type(record) is cls for record in records) and len(
        {record.id for record in records}
    ) == len(records):
        return records
    return tuple(dict.fromkeys(records))


def _exchanges(value: Iterable[Exchange]) -> tuple[Exchange, ...]:
    return _once(value, Exchange)


def _claims(value: Iterable[CasualtyClaim]) -> tuple[CasualtyClaim, ...]:
    return _once(value, CasualtyClaim)


def _tallies(value: Iterable[ExchangeTally]) -> tuple[ExchangeTally, ...]:
    return _once(value, ExchangeTally)


@attrs.frozen(repr=False, field_transformer=encodable_text_fields)
class Source:
    """Who published or said something: an agency, a ministry, an outlet, a research team.

    ``party`` is the party the source speaks for, if any (a ministry speaks
    for its state; an independent outlet for nobody).
    """

    name: str = attrs.field()
    kind: SourceKind = SourceKind.OTHER
    party: Party | None = None
    url: str | None = None
    published: date | None = None

    @name.validator
    def _check_name(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not value.strip():
            raise RecordValidationError("Source", "name", "must not be empty")

    @property
    def identity(self) -> SourceIdentity:
        """Who this is, whatever the spelling, by the built-in registry of known bodies.

        "BBC Russian" and "BBC News Russian" have one identity (by
        :data:`~exchangekit.sources.DEFAULT_SOURCES`); see
        :meth:`SourceRegistry.identity <exchangekit.sources.SourceRegistry.identity>`
        to use another registry.
        """
        return DEFAULT_SOURCES.identity(self)

    def __repr__(self) -> str:
        return record_repr(
            "Source",
            quoted(self.name, 60),
            "" if self.kind is SourceKind.OTHER else f"kind={self.kind.value!r}",
            "" if self.party is None else f"party={self.party.code!r}",
            "" if self.url is None else f"url={quoted(self.url, 60)}",
            "" if self.published is None else f"published={self.published.isoformat()!r}",
        )


@attrs.frozen(repr=False, field_transformer=encodable_text_fields)
class Quote:
    """The words a record was read from, and where they stand in the document.

    ``start`` and ``end`` are character offsets into the document's text
    (``text == document_text[start:end]``) when the record was extracted from it.
    """

    text: str
    start: int | None = None
    end: int | None = None
    document: str | None = None

    def __attrs_post_init__(self) -> None:
        if (self.start is None) != (self.end is None):
            raise RecordValidationError("Quote", "end", "start and end must be given together")
        if self.start is not None and self.end is not None and not 0 <= self.start <= self.end:
            raise RecordValidationError(
                "Quote", "start", f"offsets {self.start}..{self.end} are not an ordered span"
            )

    def __repr__(self) -> str:
        return record_repr(
            "Quote",
            quoted(self.text, 60),
            "" if self.start is None else f"{self.start}..{self.end}",
            "" if self.document is None else f"document={quoted(self.document, 40)}",
        )


@attrs.frozen(repr=False, field_transformer=encodable_text_fields)
class Transfer:
    """One direction of an exchange: ``count`` people of ``category`` from sender to receiver.

    ``attributed_to`` records who vouches for the figure or its description,
    as in bodies that "according to the Russian side" are Ukrainian soldiers.
    """

    sender: Party
    receiver: Party
    category: PersonCategory
    count: Count
    attributed_to: Source | None = None

    def __attrs_post_init__(self) -> None:
        if self.sender.code == self.receiver.code:
            raise RecordValidationError(
                "Transfer", "receiver", f"sender and receiver are both {self.sender.code}"
            )

    def __repr__(self) -> str:
        return record_repr("Transfer", _transfer_text(self))

    @property
    def direction(self) -> tuple[str, str, PersonCategory]:
        """``(sender code, receiver code, category)``: what identifies this leg of an exchange."""
        return (self.sender.code, self.receiver.code, self.category)


def _transfer_text(transfer: Transfer) -> str:
    """``RUS → UKR remains: 1,000``, with who vouches for it when someone does."""
    text = (
        f"{transfer.sender.code} → {transfer.receiver.code} "
        f"{transfer.category.value}: {transfer.count}"
    )
    if transfer.attributed_to is not None:
        text += f" according to {quoted(transfer.attributed_to.name, 40)}"
    return text


def _exchange_id(self: Exchange) -> str:
    return _stable_id("ex", self)


def _nonempty_transfers(instance: Exchange, attribute: Any, value: tuple[Transfer, ...]) -> None:
    if not value:
        raise RecordValidationError(
            "Exchange", "transfers", "an exchange needs at least one transfer"
        )


@attrs.frozen(kw_only=True, repr=False, field_transformer=encodable_text_fields)
class Exchange:
    """One humanitarian exchange: a swap of prisoners, a handover of remains, a return of civilians.

    Both directions of a swap are ``transfers`` of one record. ``id`` is
    derived from the content unless given, so it is stable across runs.
    """

    kind: ExchangeKind
    period: Period
    transfers: tuple[Transfer, ...] = attrs.field(
        converter=_transfers, validator=_nonempty_transfers
    )
    intermediaries: tuple[Party, ...] = attrs.field(default=(), converter=_parties)
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)
    notes: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quotes)
    id: str = attrs.field(default=attrs.Factory(_exchange_id, takes_self=True))

    def __attrs_post_init__(self) -> None:
        if not self.id.strip():
            raise RecordValidationError("Exchange", "id", "must not be empty")

    def __repr__(self) -> str:
        via = ", ".join(p.code for p in self.intermediaries)
        return record_repr(
            "Exchange",
            f"id={self.id!r}",
            f"{self.kind.value} {self.period}",
            "; ".join(_transfer_text(t) for t in self.transfers),
            f"via {via}" if via else "",
            counted(self.sources, "source") if self.sources else "",
            counted(self.notes, "note") if self.notes else "",
            counted(self.quotes, "quote") if self.quotes else "",
        )

    @property
    def parties(self) -> frozenset[str]:
        """Codes of every party that sent or received someone."""
        return frozenset(code for t in self.transfers for code in (t.sender.code, t.receiver.code))


def _claim_id(self: CasualtyClaim) -> str:
    return _stable_id("cl", self)


@attrs.frozen(kw_only=True, repr=False, field_transformer=encodable_text_fields)
class CasualtyClaim:
    """A figure someone stated about someone's losses, with who, when, over what span and how.

    ``covers`` is the span in which the losses occurred; ``as_of`` when the
    figure was stated or current. ``method`` and ``scope`` decide what it may
    be compared or added with: a documented minimum is a floor, and
    cumulative figures are never summed. ``population`` says whose dead it
    counts (by default the subject's combatants); figures for different
    populations are never compared or added together unasked.
    """

    subject: Party
    category: CasualtyCategory
    count: Count
    covers: Period
    as_of: Period
    claimant: Source
    method: ClaimMethod = ClaimMethod.OFFICIAL_STATEMENT
    scope: ClaimScope = ClaimScope.CUMULATIVE
    population: Population = Population.COMBATANTS
    caveats: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    relayed_by: tuple[Source, ...] = attrs.field(default=(), converter=_sources)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quotes)
    id: str = attrs.field(default=attrs.Factory(_claim_id, takes_self=True))

    def __attrs_post_init__(self) -> None:
        if not self.id.strip():
            raise RecordValidationError("CasualtyClaim", "id", "must not be empty")
        _check_stated_by("CasualtyClaim", "losses", self.as_of, self.covers, self.claimant)

    def __repr__(self) -> str:
        return record_repr(
            "CasualtyClaim",
            f"id={self.id!r}",
            f"{self.subject.code} {self.category.value}: {self.count}",
            f"as of {self.as_of}, covering {self.covers}",
            f"by {quoted(self.claimant.name, 40)}",
            f"{self.method.value}, {self.scope.value}",
        )

    @property
    def is_adversarial(self) -> bool:
        """Whether the claimant speaks for a party other than the one whose losses it counts."""
        party = self.claimant.party
        return party is not None and not set(party.members) & set(self.subject.members)


def _check_stated_by(
    record: str, what: str, as_of: Period, covers: Period, claimant: Source
) -> None:
    """A figure cannot be dated after its claimant published it, nor cover time after its date."""
    published = claimant.published
    if published is not None and as_of.start > published:
        raise RecordValidationError(
            record,
            "as_of",
            f"figure dated {as_of} but its claimant {claimant.name!r} "
            f"published on {published.isoformat()}",
        )
    if covers.start > as_of.end:
        raise RecordValidationError(
            record, "covers", f"{what} from {covers} cannot be stated as of {as_of}"
        )


def _tally_id(self: ExchangeTally) -> str:
    return _stable_id("ta", self)


@attrs.frozen(kw_only=True, repr=False, field_transformer=encodable_text_fields)
class ExchangeTally:
    """A stated running total of people handed over, as in "since 2022, some 9,000 bodies".

    ``count`` people of ``category`` reached ``receiver`` (from ``sender``,
    when the tally names one) during ``covers``, as stated by ``claimant`` as
    of ``as_of``. ``exchange_count`` is the number of exchanges the tally says
    it counts ("in 58 exchanges"), when it says so. A tally that gives only
    how many exchanges there were ("the 58th exchange of the war") has
    ``count`` None and ``exchange_count`` set; a tally with neither is an
    error. A two-way tally ("3,000 captives freed from both sides") has the
    joint party of the two sides as its ``receiver`` (``Party.joint(RUS,
    UKR)``, code ``"RUS+UKR"``) and no ``sender``: it counts the people who
    reached either member, in both directions, and is never a one-direction
    figure. A tally is held against the itemized exchanges of a dataset by
    :func:`exchangekit.reconcile.check_tallies`; it is never added to them.
    """

    receiver: Party
    category: PersonCategory
    count: Count | None = None
    covers: Period
    as_of: Period
    claimant: Source
    sender: Party | None = None
    exchange_count: Count | None = None
    relayed_by: tuple[Source, ...] = attrs.field(default=(), converter=_sources)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quotes)
    notes: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    id: str = attrs.field(default=attrs.Factory(_tally_id, takes_self=True))

    def __attrs_post_init__(self) -> None:
        if not self.id.strip():
            raise RecordValidationError("ExchangeTally", "id", "must not be empty")
        if self.sender is not None and self.sender.code == self.receiver.code:
            raise RecordValidationError(
                "ExchangeTally", "receiver", f"sender and receiver are both {self.sender.code}"
            )
        if self.count is None and self.exchange_count is None:
            raise RecordValidationError(
                "ExchangeTally",
                "count",
                "a tally needs a count of people or a number of exchanges (exchange_count)",
            )
        _check_stated_by("ExchangeTally", "handovers", self.as_of, self.covers, self.claimant)

    @property
    def two_way(self) -> bool:
        """Whether the tally counts both directions: a joint receiver and no sender."""
        return self.sender is None and len(self.receiver.members) > 1

    @property
    def direction(self) -> str:
        """Which way the counted people went, in words: "to UKR from RUS", "in both directions
        between RUS and UKR"; never a joint code read as one receiver."""
        if self.two_way:
            *rest, last = self.receiver.members
            return f"in both directions between {', '.join(rest)} and {last}"
        sender = "" if self.sender is None else f" from {self.sender.code}"
        return f"to {self.receiver.code}{sender}"

    def __repr__(self) -> str:
        sender = "" if self.sender is None else f"{self.sender.code} → "
        return record_repr(
            "ExchangeTally",
            f"id={self.id!r}",
            f"{sender}{self.receiver.code} {self.category.value}: "
            + ("no count" if self.count is None else str(self.count)),
            f"as of {self.as_of}, covering {self.covers}",
            f"by {quoted(self.claimant.name, 40)}",
            "" if self.exchange_count is None else f"in {self.exchange_count} exchanges",
        )


def distinct_sources(
    sources: Iterable[Source], *, registry: SourceRegistry | None = None
) -> tuple[Source, ...]:
    """Each source once by identity, in order of first mention, so a listing never repeats one.

    The first spelling stands for its identity; when it lacks a ``url`` or
    ``published`` date that another spelling of the same source gives, the
    listed source borrows it. The records themselves are not changed.
    """
    chosen = registry or DEFAULT_SOURCES
    listed: dict[SourceIdentity, Source] = {}
    for source in sources:
        identity = chosen.identity(source)
        first = listed.setdefault(identity, source)
        if first is source:
            continue
        missing = {
            name: getattr(source, name)
            for name in ("url", "published")
            if getattr(first, name) is None and getattr(source, name) is not None
        }
        if missing:
            listed[identity] = attrs.evolve(first, **missing)
    return tuple(listed.values())


def record_sources(
    record: Exchange | CasualtyClaim | ExchangeTally, *, registry: SourceRegistry | None = None
) -> tuple[Source, ...]:
    """Everyone a record cites, each once by identity (see :func:`distinct_sources`).

    For an exchange: its ``sources``, then whoever a transfer is attributed
    to. For a claim or a stated tally: its ``claimant``, then whoever relayed it.
    """
    if isinstance(record, Exchange):
        attributed = (t.attributed_to for t in record.transfers if t.attributed_to is not None)
        return distinct_sources((*record.sources, *attributed), registry=registry)
    if isinstance(record, CasualtyClaim | ExchangeTally):
        return distinct_sources((record.claimant, *record.relayed_by), registry=registry)
    raise TypeError(
        f"record_sources() expects an Exchange, a CasualtyClaim or an ExchangeTally, not {record!r}"
    )


AnyRecord = Exchange | CasualtyClaim | ExchangeTally


def _check_unique_ids(kind: str, records: Iterable[AnyRecord]) -> None:
    seen: dict[str, AnyRecord] = {}
    for index, record in enumerate(records):
        other = seen.setdefault(record.id, record)
        if other is not record and other != record:
            raise RecordValidationError(
                "Dataset",
                f"{kind}[{index}].id",
                f"id {record.id!r} is used by two different records",
            )


@attrs.frozen(kw_only=True, repr=False, field_transformer=encodable_text_fields)
class Dataset:
    """A collection of exchanges, claims and stated tallies, with where they came from.

    A record given twice is kept once; two different records with one id are an error.
    """

    exchanges: tuple[Exchange, ...] = attrs.field(default=(), converter=_exchanges)
    claims: tuple[CasualtyClaim, ...] = attrs.field(default=(), converter=_claims)
    provenance: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    tallies: tuple[ExchangeTally, ...] = attrs.field(default=(), converter=_tallies)

    def __attrs_post_init__(self) -> None:
        _check_unique_ids("exchanges", self.exchanges)
        _check_unique_ids("claims", self.claims)
        _check_unique_ids("tallies", self.tallies)

    @classmethod
    def gather(
        cls,
        records: Iterable[object],
        provenance: Iterable[str] = (),
        *,
        refuse: Callable[[object], Exception] | None = None,
        invalid: Callable[[RecordValidationError], Exception] | None = None,
    ) -> Dataset:
        """A dataset of a mixed stream of records, each sorted by its kind, in order.

        For writers that need the whole set at once. Anything that is not a
        record raises the exception ``refuse`` makes of it (by default a
        :class:`TypeError` naming its type); a set the dataset refuses (one id
        on two different records) raises what ``invalid`` makes of the
        :class:`~exchangekit.errors.RecordValidationError`, or that error itself.
        """
        exchanges: list[Exchange] = []
        claims: list[CasualtyClaim] = []
        tallies: list[ExchangeTally] = []
        for record in records:
            if isinstance(record, Exchange):
                exchanges.append(record)
            elif isinstance(record, CasualtyClaim):
                claims.append(record)
            elif isinstance(record, ExchangeTally):
                tallies.append(record)
            elif refuse is not None:
                raise refuse(record)
            else:
                raise TypeError(f"cannot write {type(record).__name__}; expected a record")
        try:
            return cls(exchanges=exchanges, claims=claims, tallies=tallies, provenance=provenance)
        except RecordValidationError as exc:
            if invalid is None:
                raise
            raise invalid(exc) from exc

    def merge(self, *others: Dataset) -> Dataset:
        """One dataset holding every record of this and ``others``; identical records kept once."""
        # The constructor keeps each record once and refuses one id on two records.
        datasets = (self, *others)
        return Dataset(
            exchanges=[e for d in datasets for e in d.exchanges],
            claims=[c for d in datasets for c in d.claims],
            provenance=tuple(dict.fromkeys(p for d in datasets for p in d.provenance)),
            tallies=[t for d in datasets for t in d.tallies],
        )

    @property
    def records(self) -> tuple[AnyRecord, ...]:
        """Every record: the exchanges, then the claims, then the tallies."""
        return (*self.exchanges, *self.claims, *self.tallies)

    def __len__(self) -> int:
        return len(self.exchanges) + len(self.claims) + len(self.tallies)

    def __repr__(self) -> str:
        return record_repr(
            "Dataset",
            counted(self.exchanges, "exchange"),
            counted(self.claims, "claim"),
            counted(self.tallies, "tally", "tallies") if self.tallies else "",
            counted(self.provenance, "provenance entry", "provenance entries"),
        )

    def __add__(self, other: object) -> Dataset:
        if not isinstance(other, Dataset):
            return NotImplemented
        return self.merge(other)
