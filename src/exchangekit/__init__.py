"""exchangekit: typed records, honest arithmetic and source comparison for humanitarian exchanges.

Prisoner-of-war swaps, repatriations of remains and the casualty figures
around them, each with its uncertainty, its dates and who said it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from exchangekit.counts import DEFAULT_SEMANTICS, Count, CountSemantics
from exchangekit.errors import (
    CountParseError,
    ExchangekitError,
    ExportError,
    ParseError,
    PeriodParseError,
    RecordSkipped,
    RecordValidationError,
    SkippedRecordWarning,
    UnknownPartyError,
    UnknownSourceError,
)
from exchangekit.models import (
    CasualtyClaim,
    Dataset,
    Exchange,
    ExchangeTally,
    Quote,
    Source,
    Transfer,
    distinct_sources,
    record_sources,
)
from exchangekit.parties import DEFAULT_REGISTRY, Party, PartyRegistry
from exchangekit.periods import Period
from exchangekit.sources import DEFAULT_SOURCES, KnownSource, SourceIdentity, SourceRegistry
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

if TYPE_CHECKING:
    from exchangekit.api import ParseResult, RecordStream, export, iter_parse, parse
    from exchangekit.findings import Finding, Severity
    from exchangekit.hookspecs import hookimpl
    from exchangekit.plugins import (
        AmbiguousFormatError,
        FormatError,
        FormatUnavailableError,
        PluginWarning,
        UnknownFormatError,
    )
else:
    from exchangekit._lazy import lazy_names

    # Reading, writing and plugin names load pluggy and the plugin machinery, and
    # findings are only made by reconciliation, so these are imported on first use:
    # ``import exchangekit`` stays cheap.
    _LAZY = {
        "Finding": "exchangekit.findings",
        "Severity": "exchangekit.findings",
        "hookimpl": "exchangekit.hookspecs",
        "parse": "exchangekit.api",
        "iter_parse": "exchangekit.api",
        "export": "exchangekit.api",
        "ParseResult": "exchangekit.api",
        "RecordStream": "exchangekit.api",
        "FormatError": "exchangekit.plugins",
        "UnknownFormatError": "exchangekit.plugins",
        "FormatUnavailableError": "exchangekit.plugins",
        "AmbiguousFormatError": "exchangekit.plugins",
        "PluginWarning": "exchangekit.plugins",
    }

    __getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())


__version__ = "0.1.0"

__all__ = [
    "DEFAULT_REGISTRY",
    "DEFAULT_SEMANTICS",
    "DEFAULT_SOURCES",
    "AmbiguousFormatError",
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
    "ExchangeTally",
    "ExchangekitError",
    "ExportError",
    "Finding",
    "FormatError",
    "FormatUnavailableError",
    "KnownSource",
    "ParseError",
    "ParseResult",
    "Party",
    "PartyRegistry",
    "Period",
    "PeriodParseError",
    "PersonCategory",
    "PluginWarning",
    "Population",
    "Precision",
    "Qualifier",
    "Quote",
    "RecordSkipped",
    "RecordStream",
    "RecordValidationError",
    "Severity",
    "SkippedRecordWarning",
    "Source",
    "SourceIdentity",
    "SourceKind",
    "SourceRegistry",
    "Transfer",
    "UnknownFormatError",
    "UnknownPartyError",
    "UnknownSourceError",
    "__version__",
    "distinct_sources",
    "export",
    "hookimpl",
    "iter_parse",
    "parse",
    "record_sources",
]
