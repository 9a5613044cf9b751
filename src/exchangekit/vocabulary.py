"""The controlled vocabulary of the field, as enums shared by every layer."""

from __future__ import annotations

import enum

__all__ = [
    "CasualtyCategory",
    "ClaimMethod",
    "ClaimScope",
    "ExchangeKind",
    "PersonCategory",
    "Population",
    "Precision",
    "Qualifier",
    "SourceKind",
]


class Qualifier(enum.Enum):
    """How a figure was hedged when it was stated ("around", "more than", ...)."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    FEWER_THAN = "fewer_than"
    RANGE = "range"
    ORDER_OF_MAGNITUDE = "order_of_magnitude"
    UNKNOWN = "unknown"


class Precision(enum.Enum):
    """How finely a period is known: a day, a week, ... or an arbitrary span."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"


class ExchangeKind(enum.Enum):
    """What sort of humanitarian exchange took place."""

    REPATRIATION_OF_REMAINS = "repatriation_of_remains"
    PRISONER_SWAP = "prisoner_swap"
    CIVILIAN_RETURN = "civilian_return"
    CHILD_RETURN = "child_return"
    OTHER = "other"


class PersonCategory(enum.Enum):
    """Who, or whose remains, one direction of an exchange carried."""

    REMAINS = "remains"
    PRISONERS_OF_WAR = "prisoners_of_war"
    CIVILIANS = "civilians"
    CHILDREN = "children"
    WOUNDED_PRISONERS = "wounded_prisoners"
    OTHER = "other"


class CasualtyCategory(enum.Enum):
    """What a casualty figure counts; killed is never compared with total losses."""

    KILLED = "killed"
    MISSING = "missing"
    WOUNDED = "wounded"
    CAPTURED = "captured"
    KILLED_OR_MISSING = "killed_or_missing"
    TOTAL_LOSSES = "total_losses"


class Population(enum.Enum):
    """Whose dead a casualty figure counts: a civilian count is never compared with a military one.

    ``COMBATANTS`` are the subject's own fighters (what a figure of a side's
    losses means by default), ``CIVILIANS`` non-combatants, ``ALL`` everyone
    killed, and ``UNKNOWN`` deaths a source could not assign.
    """

    COMBATANTS = "combatants"
    CIVILIANS = "civilians"
    ALL = "all"
    UNKNOWN = "unknown"


class ClaimMethod(enum.Enum):
    """How a casualty figure was arrived at, which decides how it may be combined."""

    OFFICIAL_STATEMENT = "official_statement"
    DOCUMENTED_MINIMUM = "documented_minimum"
    STATISTICAL_ESTIMATE = "statistical_estimate"
    INTELLIGENCE_ESTIMATE = "intelligence_estimate"
    MEDIA_ESTIMATE = "media_estimate"
    UNSPECIFIED = "unspecified"


class ClaimScope(enum.Enum):
    """Whether a figure counts one incident, one period's losses, or everything so far.

    Incident and period figures may be added up over time; cumulative figures never are.
    """

    INCIDENT = "incident"
    PERIOD = "period"
    CUMULATIVE = "cumulative"


class SourceKind(enum.Enum):
    """What sort of body published or stated something."""

    GOVERNMENT = "government"
    MILITARY = "military"
    MEDIA = "media"
    INTERNATIONAL_ORGANISATION = "international_organisation"
    RESEARCH = "research"
    NGO = "ngo"
    OTHER = "other"
