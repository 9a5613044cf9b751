"""The exceptions exchangekit raises, so callers can catch one family."""

from __future__ import annotations

__all__ = [
    "CountParseError",
    "ExchangekitError",
    "ExportError",
    "ParseError",
    "PeriodParseError",
    "RecordSkipped",
    "RecordValidationError",
    "SkippedRecordWarning",
    "UnknownPartyError",
    "UnknownSourceError",
]

# An error repeats at most this much of the text it could not read (``.text`` keeps it all).
_QUOTED_AT_MOST = 200


def _quoted(text: str) -> str:
    """``text`` as a Python literal; only its start, and its length, when it is long."""
    if len(text) <= _QUOTED_AT_MOST:
        return repr(text)
    return f"{text[: _QUOTED_AT_MOST // 2]!r}… ({len(text):,} characters)"


class ExchangekitError(Exception):
    """Base class of every error exchangekit raises on purpose."""


class CountParseError(ExchangekitError, ValueError):
    """Text that was expected to state a number of people but does not."""

    def __init__(self, text: str, reason: str = "not a recognised figure") -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"cannot read {_quoted(text)} as a count: {reason}")


class PeriodParseError(ExchangekitError, ValueError):
    """Text that was expected to state a date or span but does not, or cannot be resolved."""

    def __init__(self, text: str, reason: str = "not a recognised date or span") -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"cannot read {_quoted(text)} as a period: {reason}")


class RecordValidationError(ExchangekitError, ValueError):
    """A record that cannot be true, reported with the record type and field at fault."""

    def __init__(self, record: str, field: str, message: str) -> None:
        self.record = record
        self.field = field
        self.message = message
        super().__init__(f"{record}.{field}: {message}")


class UnknownPartyError(ExchangekitError, LookupError):
    """A name that no registered party is known by."""

    def __init__(self, name: str, suggestions: tuple[str, ...] = ()) -> None:
        self.name = name
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no registered party is called {name!r}{hint}")

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownSourceError(ExchangekitError, LookupError):
    """A name that no body in a source registry is known by."""

    def __init__(self, name: str, suggestions: tuple[str, ...] = ()) -> None:
        self.name = name
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no known source is called {name!r}{hint}")

    def __str__(self) -> str:
        return str(self.args[0])


class ParseError(ExchangekitError, ValueError):
    """Malformed input to a parser, naming where (source, line, field) and what was wrong.

    Every parser, built-in or third-party, raises this (or a subclass) for bad
    data and nothing else, so callers need one ``except`` clause.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.source = source
        self.line = line
        self.field = field
        super().__init__(self._render())

    def _render(self) -> str:
        where = []
        if self.source is not None:
            where.append(self.source)
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.field is not None:
            where.append(f"field {self.field}")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


class RecordSkipped(ParseError):
    """A record the parser left out because one of its options asked it to.

    The news parser's ``unresolved="skip"``, for instance, leaves out a record
    dated "on Thursday" when no publication date was given, and yields one of
    these to say so. The caller asked for it, so it never stops reading: with
    ``errors="collect"`` it is listed with the errors, and with
    ``errors="raise"`` it is issued as a :class:`SkippedRecordWarning`.
    """


class SkippedRecordWarning(UserWarning):
    """Issued, with ``errors="raise"``, for each record a parser left out on request."""


class ExportError(ExchangekitError, ValueError):
    """A record an exporter cannot write, naming the record and the field its format cannot hold.

    Exporters raise it rather than write something that would read back
    differently, so the command line reports it as an input error (exit
    status 2) instead of a crash.
    """

    def __init__(
        self, message: str, *, record: str | None = None, field: str | None = None
    ) -> None:
        self.message = message
        self.record = record
        self.field = field
        where = []
        if record is not None:
            where.append(f"record {record!r}")
        if field is not None:
            where.append(f"field {field}")
        super().__init__(f"{', '.join(where)}: {message}" if where else message)
