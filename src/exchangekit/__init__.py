"""exchangekit: typed records, honest arithmetic and source comparison for humanitarian exchanges.

Prisoner-of-war swaps, repatriations of remains and the casualty figures
around them, each with its uncertainty, its dates and who said it.
"""

from __future__ import annotations

from exchangekit.counts import DEFAULT_SEMANTICS, Count, CountSemantics
from exchangekit.errors import (
    CountParseError,
    ExchangekitError,
    ParseError,
    PeriodParseError,
    RecordValidationError,
    UnknownPartyError,
)
from exchangekit.findings import Finding, Severity
from exchangekit.models import CasualtyClaim, Dataset, Exchange, Quote, Source, Transfer
from exchangekit.parties import DEFAULT_REGISTRY, Party, PartyRegistry
from exchangekit.periods import Period
from exchangekit.vocabulary import (
    CasualtyCategory,
    ClaimMethod,
    ClaimScope,
    ExchangeKind,
    PersonCategory,
    Precision,
    Qualifier,
    SourceKind,
)

__version__ = "0.1.0.dev0"

__all__ = [
    "DEFAULT_REGISTRY",
    "DEFAULT_SEMANTICS",
    "CasualtyCategory",
    "CasualtyClaim",
    "ClaimMethod",
    "ClaimScope",
    "Count",
    "CountParseError",
    "CountSemantics",
    "Dataset",
    "Exchange",
    "ExchangeKind",
    "ExchangekitError",
    "Finding",
    "ParseError",
    "Party",
    "PartyRegistry",
    "Period",
    "PeriodParseError",
    "PersonCategory",
    "Precision",
    "Qualifier",
    "Quote",
    "RecordValidationError",
    "Severity",
    "Source",
    "SourceKind",
    "Transfer",
    "UnknownPartyError",
    "__version__",
]
