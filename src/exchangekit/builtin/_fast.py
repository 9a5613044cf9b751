"""The fast way from JSON data to records: one plain function per record type.

The detailed cattrs path of :mod:`exchangekit.builtin._converter` stays the
authority on what a record is. The functions here take only the plain,
well-formed shape every exporter writes, check each value exactly as the
detailed hooks would (a string is a string without a lone surrogate, a number
is a whole number, a date is written ``YYYY-MM-DD``, no unknown keys), and build
the records with their own constructors, so every model validator still runs.
On any doubt, and on any error, they raise, and the caller runs the detailed
path on the same data: it either builds an equal record or names the field at
fault by its JSON path, exactly as before.

Parties, sources, periods, counts and dates repeat from line to line; each
distinct one is checked and built once and then shared (a bounded cache keyed
by the JSON values themselves, checked for type first wherever Python would
take ``1``, ``1.0`` and ``true`` for the same key).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import attrs

from exchangekit.builtin._converter import DATE_PATTERN, SURROGATE_PATTERN, detailed
from exchangekit.counts import Count
from exchangekit.models import CasualtyClaim, Exchange, Quote, Source, Transfer, _stable_id
from exchangekit.parties import DEFAULT_REGISTRY, Party
from exchangekit.periods import Period
from exchangekit.vocabulary import (
    CasualtyCategory,
    ClaimMethod,
    ClaimScope,
    ExchangeKind,
    PersonCategory,
    Population,
    Precision,
    Qualifier,
    SourceKind,
)

__all__ = ["FAST", "Declined"]

_LIMIT = 1 << 16
"""How many distinct values each cache keeps before it starts afresh (a bound, not a tuning)."""


class Declined(Exception):
    """The fast path leaves this data to the detailed one."""


def _text(value: object) -> str:
    """``value`` if the detailed path takes it as a string: a ``str`` without lone surrogates."""
    if type(value) is str and (value.isascii() or not SURROGATE_PATTERN.search(value)):
        return value
    raise Declined


def _texts(value: object) -> tuple[str, ...]:
    if type(value) is not list:
        raise Declined
    return tuple([_text(item) for item in value])


_DATES: dict[str, date] = {}


def _date(value: object) -> date:
    """A date written ``YYYY-MM-DD``, one shared object per distinct text."""
    if type(value) is not str:
        raise Declined
    day = _DATES.get(value)
    if day is None:
        if not DATE_PATTERN.fullmatch(value):
            raise Declined
        day = date.fromisoformat(value)
        if len(_DATES) >= _LIMIT:
            _DATES.clear()
        _DATES[value] = day
    return day


def _by_value(cls: type[Any]) -> dict[Any, Any]:
    return {member.value: member for member in cls}


_QUALIFIERS = _by_value(Qualifier)
_PRECISIONS = _by_value(Precision)
_SOURCE_KINDS = _by_value(SourceKind)
_EXCHANGE_KINDS = _by_value(ExchangeKind)
_PERSON_CATEGORIES = _by_value(PersonCategory)
_CASUALTY_CATEGORIES = _by_value(CasualtyCategory)
_METHODS = _by_value(ClaimMethod)
_SCOPES = _by_value(ClaimScope)
_POPULATIONS = _by_value(Population)
_REGISTERED = {party.code: party for party in DEFAULT_REGISTRY}


def _party(value: object) -> Party:
    """A registered party by its bare code; a party written as an object goes the detailed way."""
    if type(value) is str:
        return _REGISTERED[value]
    party: Party = detailed(value, Party)
    return party


_PARTY_TUPLES: dict[tuple[str, ...], tuple[Party, ...]] = {}


def _parties(value: object) -> tuple[Party, ...]:
    """Registered parties by code, one shared tuple per distinct list (the intermediaries)."""
    if type(value) is not list:
        raise Declined
    if not value:
        return ()
    key = tuple(value)
    codes = all(type(code) is str for code in key)  # only lists of codes are kept
    if codes:
        cached = _PARTY_TUPLES.get(key)
        if cached is not None:
            return cached
    parties = tuple([_party(item) for item in value])
    if codes and len(_PARTY_TUPLES) < _LIMIT:
        _PARTY_TUPLES[key] = parties
    return parties


_COUNT_KEYS = frozenset({"low", "high", "best", "qualifier"})
_COUNTS: dict[tuple[object, ...], Count] = {}


def _count(value: object) -> Count:
    if type(value) is not dict:
        raise Declined
    if len(value) == 4:  # every key written, as exporters do; a wrong name is a KeyError
        low, high, best, qualifier = (
            value["low"],
            value["high"],
            value["best"],
            value["qualifier"],
        )
    elif _COUNT_KEYS.issuperset(value):
        low, high = value["low"], value["high"]
        best, qualifier = value.get("best"), value.get("qualifier", Qualifier.RANGE.value)
    else:
        raise Declined
    # Whole numbers only: True and 1.0 would otherwise find the count of 1.
    if not (
        type(low) is int
        and (high is None or type(high) is int)
        and (best is None or type(best) is int)
    ):
        raise Declined
    key = (low, high, best, qualifier)
    count = _COUNTS.get(key)
    if count is None:
        # Equal bounds as one int object, as Count.exact(n) has them.
        high = low if high == low else high
        best = high if best == high else low if best == low else best
        count = Count(low, high, best, _QUALIFIERS[qualifier])
        if len(_COUNTS) >= _LIMIT:
            _COUNTS.clear()
        # Kept by the values the count holds, not by this line's copies of them.
        _COUNTS[(count.low, count.high, count.best, count.qualifier.value)] = count
    return count


_PERIOD_KEYS = frozenset({"start", "end", "precision"})
_PERIODS: dict[tuple[object, ...], Period] = {}


def _period(value: object) -> Period:
    if type(value) is not dict or len(value) != len(_PERIOD_KEYS):
        raise Declined
    key = (value["start"], value["end"], value["precision"])
    period = _PERIODS.get(key)  # strings equal only strings, so no type check is needed first
    if period is None:
        period = Period(_date(key[0]), _date(key[1]), _PRECISIONS[key[2]])
        if len(_PERIODS) >= _LIMIT:
            _PERIODS.clear()
        _PERIODS[key] = period
    return period


_SOURCE_KEYS = frozenset({"name", "kind", "party", "url", "published"})
_SOURCES: dict[tuple[object, ...], Source] = {}
_OTHER_SOURCE = SourceKind.OTHER.value


def _source(value: object) -> Source:
    if type(value) is not dict:
        raise Declined
    if len(value) == 5:
        key = (value["name"], value["kind"], value["party"], value["url"], value["published"])
    elif _SOURCE_KEYS.issuperset(value):
        key = (
            value["name"],
            value.get("kind", _OTHER_SOURCE),
            value.get("party"),
            value.get("url"),
            value.get("published"),
        )
    else:
        raise Declined
    name, kind, party, url, published = key
    if type(party) is dict:  # unhashable; built each time, its party the detailed way
        return _build_source(name, kind, party, url, published)
    # Every part is a string or null once stored, and strings equal only strings.
    source = _SOURCES.get(key)
    if source is None:
        source = _build_source(name, kind, party, url, published)
        if len(_SOURCES) >= _LIMIT:
            _SOURCES.clear()
        # Kept by shared strings, not by this line's copies of them.
        _SOURCES[
            (
                source.name,
                source.kind.value,
                _maybe_shared(party),
                source.url,
                _maybe_shared(published),
            )
        ] = source
    return source


def _maybe_shared(text: object) -> object:
    return _shared(text) if type(text) is str else text


_STRINGS: dict[str, str] = {}
"""One object per distinct name and url of a source, which repeat far more than sources do."""


def _shared(text: str) -> str:
    shared = _STRINGS.get(text)
    if shared is None:
        if len(_STRINGS) >= _LIMIT:
            _STRINGS.clear()
        shared = _STRINGS[text] = text
    return shared


def _build_source(
    name: object, kind: object, party: object, url: object, published: object
) -> Source:
    return Source(
        _shared(_text(name)),
        _SOURCE_KINDS[kind],
        None if party is None else _party(party),
        None if url is None else _shared(_text(url)),
        None if published is None else _date(published),
    )


def _sources(value: object) -> tuple[Source, ...]:
    if type(value) is not list:
        raise Declined
    return tuple([_source(item) for item in value])


def _quotes(value: object) -> tuple[Quote, ...]:
    if type(value) is not list:
        raise Declined
    if not value:
        return ()
    return tuple([detailed(item, Quote) for item in value])


def _assembler(cls: type[Any]) -> Callable[..., Any]:
    """A function taking every field of ``cls`` in order and setting it, without ``__init__``.

    Only for the classes whose every check :func:`_exchange` and
    :func:`_transfer` make themselves (see :data:`_CHECKED`).
    """
    names = [field.name for field in attrs.fields(cls)]
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    lines = [f"def assemble({', '.join(names)}):", "    self = new(cls)"]
    for name in names:
        namespace[f"set_{name}"] = cls.__dict__[name].__set__  # the slot itself
        lines.append(f"    set_{name}(self, {name})")
    lines.append("    return self")
    exec(compile("\n".join(lines), f"<exchangekit assemble {cls.__name__}>", "exec"), namespace)
    assemble: Callable[..., Any] = namespace["assemble"]
    return assemble


_new_transfer = _assembler(Transfer)
_new_exchange = _assembler(Exchange)
_set_exchange_id = Exchange.__dict__["id"].__set__

_TRANSFER_KEYS = frozenset({"sender", "receiver", "category", "count", "attributed_to"})


def _transfer(value: object) -> Transfer:
    if type(value) is not dict or not _TRANSFER_KEYS.issuperset(value):
        raise Declined
    attributed = value.get("attributed_to")
    sender = _party(value["sender"])
    receiver = _party(value["receiver"])
    if sender.code == receiver.code:  # Transfer.__attrs_post_init__
        raise Declined
    transfer: Transfer = _new_transfer(
        sender,
        receiver,
        _PERSON_CATEGORIES[value["category"]],
        _count(value["count"]),
        None if attributed is None else _source(attributed),
    )
    return transfer


_EXCHANGE_KEYS = frozenset(
    {"kind", "period", "transfers", "intermediaries", "sources", "notes", "quotes", "id"}
)


_NO_ID = object()


def _exchange(data: dict[str, Any]) -> Exchange:
    if not _EXCHANGE_KEYS.issuperset(data):
        raise Declined
    get = data.get
    items = data["transfers"]
    if type(items) is not list:
        raise Declined
    transfers = tuple([_transfer(item) for item in items])
    identifier = get("id", _NO_ID)
    if not transfers or (identifier is not _NO_ID and not _text(identifier).strip()):
        raise Declined  # the checks of Exchange's validators and __attrs_post_init__
    # Text without lone surrogates, as _text and _texts check, is always encodable.
    exchange: Exchange = _new_exchange(
        _EXCHANGE_KINDS[data["kind"]],
        _period(data["period"]),
        transfers,
        _parties(get("intermediaries", [])),
        _sources(get("sources", [])),
        _texts(get("notes", [])),
        _quotes(get("quotes", [])),
        identifier,
    )
    if identifier is _NO_ID:  # derived from the other fields, as Exchange's default does
        _set_exchange_id(exchange, _stable_id("ex", exchange))
    return exchange


_CLAIM_KEYS = frozenset(
    {
        "subject",
        "category",
        "count",
        "covers",
        "as_of",
        "claimant",
        "method",
        "scope",
        "population",
        "caveats",
        "relayed_by",
        "quotes",
        "id",
    }
)
_DEFAULT_METHOD = ClaimMethod.OFFICIAL_STATEMENT.value
_DEFAULT_SCOPE = ClaimScope.CUMULATIVE.value
_DEFAULT_POPULATION = Population.COMBATANTS.value


def _claim(data: dict[str, Any]) -> CasualtyClaim:
    if not _CLAIM_KEYS.issuperset(data):
        raise Declined
    get = data.get
    fields: dict[str, Any] = {
        "subject": _party(data["subject"]),
        "category": _CASUALTY_CATEGORIES[data["category"]],
        "count": _count(data["count"]),
        "covers": _period(data["covers"]),
        "as_of": _period(data["as_of"]),
        "claimant": _source(data["claimant"]),
        "method": _METHODS[get("method", _DEFAULT_METHOD)],
        "scope": _SCOPES[get("scope", _DEFAULT_SCOPE)],
        "population": _POPULATIONS[get("population", _DEFAULT_POPULATION)],
        "caveats": _texts(get("caveats", [])),
        "relayed_by": _sources(get("relayed_by", [])),
        "quotes": _quotes(get("quotes", [])),
    }
    if "id" in data:
        fields["id"] = _text(data["id"])
    return CasualtyClaim(**fields)


_KNOWN: dict[type[Any], frozenset[str]] = {
    Exchange: _EXCHANGE_KEYS,
    CasualtyClaim: _CLAIM_KEYS,
    Transfer: _TRANSFER_KEYS,
    Source: _SOURCE_KEYS,
    Period: _PERIOD_KEYS,
    Count: _COUNT_KEYS,
}
"""The fields each fast function knows; a model with any other field is left to cattrs."""

_FUNCTIONS: dict[type[Any], Callable[[dict[str, Any]], Any]] = {
    Exchange: _exchange,
    CasualtyClaim: _claim,
}


_CHECKED: dict[type[Any], frozenset[str]] = {
    Exchange: frozenset({"transfers", "notes", "id"}),
    Transfer: frozenset(),
}
"""The fields with validators of each class built without its ``__init__``.

:func:`_exchange` and :func:`_transfer` make those checks (and those of the
classes' ``__attrs_post_init__``) themselves; a validator added to any other
field would be skipped, so then the fast path is off.
"""


def _current() -> dict[type[Any], Callable[[dict[str, Any]], Any]]:
    """The fast functions, if the models still have exactly the fields and checks they know.

    A field added to a model that these functions do not read would be lost,
    and a new validator skipped, so then every record goes the detailed way
    until this module learns the change.
    """
    known = all(
        frozenset(field.name for field in attrs.fields(cls)) == names
        for cls, names in _KNOWN.items()
    ) and all(
        frozenset(field.name for field in attrs.fields(cls) if field.validator) == names
        for cls, names in _CHECKED.items()
    )
    return dict(_FUNCTIONS) if known else {}


FAST: dict[type[Any], Callable[[dict[str, Any]], Any]] = _current()
"""Record type → its fast structure function (empty if the models moved on)."""
