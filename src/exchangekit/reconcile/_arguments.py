"""Reading the loose arguments of the reconcile functions into exact values, with clear errors."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import TypeVar

from exchangekit.errors import ExchangekitError, UnknownPartyError
from exchangekit.parties import DEFAULT_REGISTRY, Party, PartyRegistry
from exchangekit.periods import Period
from exchangekit.vocabulary import Precision

__all__ = [
    "PartyFilter",
    "ReconcileError",
    "resolve_bucket_size",
    "resolve_day",
    "resolve_enums",
    "resolve_parties",
    "resolve_window",
]

E = TypeVar("E", bound=enum.Enum)

PartyFilter = Party | str | Iterable[Party | str] | None
"""A party, a code or name ("UKR", "Kyiv", "Russian side"), or a collection of them."""

_CODE = re.compile(r"^[A-Z][A-Z0-9_]*(\+[A-Z][A-Z0-9_]*)*$")

_BUCKET_WORDS = {
    "day": Precision.DAY,
    "week": Precision.WEEK,
    "month": Precision.MONTH,
    "quarter": Precision.QUARTER,
    "year": Precision.YEAR,
}


class ReconcileError(ExchangekitError, ValueError):
    """A reconcile function was given an argument it cannot use; names the argument and why."""

    __module__ = "exchangekit.reconcile"  # where users import it from, shown in tracebacks

    def __init__(self, argument: str, message: str) -> None:
        self.argument = argument
        self.message = message
        super().__init__(f"{argument}: {message}")


def resolve_bucket_size(by: str | Precision) -> Precision:
    """The calendar unit named by ``by`` ("week", "month", ... or a :class:`Precision`)."""
    accepted = ", ".join(repr(word) for word in _BUCKET_WORDS)
    if isinstance(by, Precision):
        if by is Precision.RANGE:
            raise ReconcileError(
                "by", f"Precision.RANGE is not a calendar unit; use one of {accepted}"
            )
        return by
    if isinstance(by, str):
        unit = _BUCKET_WORDS.get(by.strip().lower())
        if unit is not None:
            return unit
    raise ReconcileError(
        "by", f"{by!r} is not a bucket size; use one of {accepted} or a Precision other than RANGE"
    )


def resolve_parties(
    argument: str, value: PartyFilter, registry: PartyRegistry | None = None
) -> frozenset[str] | None:
    """The party codes a filter selects, or ``None`` when the filter is not set.

    A string is looked up in ``registry`` (codes, names and aliases); an
    unregistered string written as a code ("WAG") is taken as that code.
    """
    if value is None:
        return None
    items: Iterable[Party | str] = (value,) if isinstance(value, Party | str) else value
    codes: set[str] = set()
    for item in items:
        if isinstance(item, Party):
            codes.add(item.code)
        elif isinstance(item, str):
            codes.add(_party_code(argument, item, registry or DEFAULT_REGISTRY))
        else:
            raise ReconcileError(
                argument, f"{item!r} is not a party; give a Party, a code such as 'UKR' or a name"
            )
    if not codes:
        raise ReconcileError(argument, "an empty collection selects nothing; pass None for all")
    return frozenset(codes)


def _party_code(argument: str, name: str, registry: PartyRegistry) -> str:
    try:
        return registry.lookup(name).code
    except UnknownPartyError as exc:
        if _CODE.match(name):
            return name
        raise ReconcileError(argument, str(exc)) from exc


def resolve_enums(
    argument: str, value: E | str | Iterable[E | str] | None, enum_type: type[E]
) -> frozenset[E] | None:
    """The members a filter selects: members, their values or names, or a collection of them."""
    if value is None:
        return None
    items: Iterable[object] = (value,) if isinstance(value, enum.Enum | str) else value
    members = {_member(argument, item, enum_type) for item in items}
    if not members:
        raise ReconcileError(argument, "an empty collection selects nothing; pass None for all")
    return frozenset(members)


def _member(argument: str, item: object, enum_type: type[E]) -> E:
    if isinstance(item, enum_type):
        return item
    if isinstance(item, str):
        key = item.strip().lower().replace(" ", "_").replace("-", "_")
        for member in enum_type:
            if key in (str(member.value).lower(), member.name.lower()):
                return member
    accepted = ", ".join(repr(m.value) for m in enum_type)
    raise ReconcileError(argument, f"{item!r} is not a {enum_type.__name__}; use one of {accepted}")


def resolve_day(argument: str, value: date | Period | None, *, end: bool) -> date | None:
    """A day from a date or a period: the period's last day when ``end``, else its first."""
    if value is None:
        return None
    if isinstance(value, Period):
        return value.end if end else value.start
    if isinstance(value, datetime):
        raise ReconcileError(argument, f"{value!r} is a datetime; pass its .date()")
    if isinstance(value, date):
        return value
    raise ReconcileError(argument, f"{value!r} is not a date or a Period")


def resolve_window(value: timedelta | int) -> timedelta:
    """A non-negative time window from a ``timedelta`` or a number of days."""
    if isinstance(value, bool) or not isinstance(value, timedelta | int):
        raise ReconcileError("window", f"{value!r} is not a timedelta or a number of days")
    window = timedelta(days=value) if isinstance(value, int) else value
    if window < timedelta(0):
        raise ReconcileError("window", f"must not be negative, got {window}")
    return window
