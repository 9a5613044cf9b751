"""Conformance checks a plugin author calls from their own test suite on a parser or exporter.

Each check raises :class:`ConformanceError` (an ``AssertionError``, so pytest
shows it as a test failure) saying what the format did wrong and on which
input; Hypothesis prints the smallest input it found. Needs the
``hypothesis`` extra. ::

    from exchangekit.testing import check_exporter, check_parser, check_round_trip

    def test_parser_conforms():
        check_parser(HandoverLogParser(), samples=[EXAMPLE_LOG])

    def test_round_trip():
        check_round_trip(HandoverLogExporter(), HandoverLogParser())
"""

from __future__ import annotations

import collections
import io
import itertools
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit.errors import ParseError
from exchangekit.formats import Exporter, Parser, Provenance, Record, metadata_problems
from exchangekit.models import CasualtyClaim, Dataset, Exchange, ExchangeTally

__all__ = [
    "NASTY_INPUTS",
    "SOURCE",
    "ConformanceError",
    "check_exporter",
    "check_metadata",
    "check_parser",
    "check_round_trip",
]

SOURCE = "<exchangekit.testing>"
"""The ``source`` name the checks pass to ``parse``; every ParseError must carry it."""

UNKNOWN_OPTION = "exchangekit_testing_no_such_option"

NASTY_INPUTS: tuple[str, ...] = (
    "",
    " ",
    "\n",
    "\r\n\r\n",
    "\r",
    "\ufeff",
    "\ufeff\n",
    "\x00",
    "\x00" * 64,
    "\x1b[31m",
    "\u2028\u2029",
    "\ud800",
    "#",
    "# nothing but a comment\n",
    "null",
    "true",
    "0",
    "-1",
    "1e999",
    "NaN",
    "{",
    "}",
    "[",
    "]",
    "{}",
    "[]",
    '{"": null}',
    '{"format": "exchangekit", "version": 99}',
    '"',
    "'",
    "[" * 5000,
    "{" * 5000,
    '{"a":' * 3000,
    ",,,,\n,,,",
    'a,b\n"unterminated',
    "\t\t\n\t",
    "=cmd|' /C calc'!A0",
    "x" * 100_000,
    "\n" * 10_000,
    "1,000",
    "around 1,000",
    "2025-10-23",
    "RUS -> UKR",
    "ÿþ\x00\x00",
)
"""Fixed hostile inputs every parser is fed, besides Hypothesis's random ones: empty and
blank text, control characters, a lone surrogate, truncated and deeply nested JSON,
broken CSV, a spreadsheet formula, very long lines, and fragments of real records."""


class ConformanceError(AssertionError):
    """A parser or exporter breaks the contract of :mod:`exchangekit.formats`."""


def _settings(max_examples: int | None) -> settings:
    """The current Hypothesis profile, without deadlines or the health checks about slow data."""
    changes: dict[str, Any] = {
        "deadline": None,
        "suppress_health_check": [
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
            HealthCheck.function_scoped_fixture,
        ],
    }
    if max_examples is not None:
        changes["max_examples"] = max_examples
    return settings(**changes)


def _parser(fmt: object, check: str) -> Parser:
    instance = fmt() if isinstance(fmt, type) and issubclass(fmt, Parser) else fmt
    if not isinstance(instance, Parser):
        raise TypeError(
            f"{check}() takes an exchangekit.formats.Parser subclass or instance, got {fmt!r}"
        )
    return instance


def _exporter(fmt: object, check: str) -> Exporter:
    instance = fmt() if isinstance(fmt, type) and issubclass(fmt, Exporter) else fmt
    if not isinstance(instance, Exporter):
        raise TypeError(
            f"{check}() takes an exchangekit.formats.Exporter subclass or instance, got {fmt!r}"
        )
    return instance


def _label(fmt: Parser | Exporter) -> str:
    kind = "parser" if isinstance(fmt, Parser) else "exporter"
    return f"{kind} {getattr(fmt, 'name', '?')!r} ({type(fmt).__module__}.{type(fmt).__qualname__})"


def _show(text: str, limit: int = 120) -> str:
    return repr(text) if len(text) <= limit else f"{text[:limit]!r}... ({len(text):,} characters)"


def check_metadata(fmt: Parser | Exporter | type[Parser] | type[Exporter]) -> None:
    """Fail unless the format's ``name``, ``description``, ``suffixes`` and ``media_types``
    are valid.

    The rules are :func:`exchangekit.formats.metadata_problems`, the same the
    plugin manager applies before it accepts a format.

    :param fmt: The parser or exporter to check: a class or an instance.
    """
    instance: Parser | Exporter = (
        _parser(fmt, "check_metadata")
        if isinstance(fmt, Parser) or (isinstance(fmt, type) and issubclass(fmt, Parser))
        else _exporter(fmt, "check_metadata")
    )
    problems = metadata_problems(instance)
    if problems:
        raise ConformanceError(f"{_label(instance)} has invalid metadata: " + "; ".join(problems))


# -- parsers ------------------------------------------------------------------------------


def _read_all(parser: Parser, text: str) -> list[object]:
    """Every item ``parser`` gives for ``text``, ending with the ParseError it raised, if any.

    Anything else it raises, or yields, or a ParseError that does not name the
    source, is a :class:`ConformanceError`.
    """
    items: list[object] = []
    try:
        result: Iterable[object] = parser.parse(io.StringIO(text, newline=""), source=SOURCE)
        if iter(result) is not result:
            raise ConformanceError(
                f"{_label(parser)}.parse() returned a {type(result).__name__}, not an iterator; "
                "yield records as they are read (write parse() as a generator)"
            )
        for item in result:
            if not isinstance(
                item, Exchange | CasualtyClaim | ExchangeTally | Provenance | ParseError
            ):
                raise ConformanceError(
                    f"{_label(parser)} yielded {item!r} for input {_show(text)}; a parser yields "
                    "only Exchange, CasualtyClaim, ExchangeTally, Provenance and ParseError items"
                )
            items.append(item)
    except ParseError as error:
        items.append(error)
    except ConformanceError:
        raise
    except Exception as exc:
        raise ConformanceError(
            f"{_label(parser)} raised {type(exc).__name__}: {exc} for input {_show(text)}; "
            "malformed input must give exchangekit.ParseError (yielded for a record it can "
            "skip, raised when it cannot go on), never another exception"
        ) from exc
    for item in items:
        if isinstance(item, ParseError) and item.source != SOURCE:
            raise ConformanceError(
                f"{_label(parser)} gave the error {str(item)!r} for input {_show(text)}, naming "
                f"the source {item.source!r}; pass on the source= it was given ({SOURCE!r})"
            )
    return items


def _comparable(items: Iterable[object]) -> list[object]:
    return [str(item) if isinstance(item, ParseError) else item for item in items]


def _parse_twice(parser: Parser, text: str) -> list[object]:
    first = _read_all(parser, text)
    second = _read_all(parser, text)
    if _comparable(first) != _comparable(second):
        raise ConformanceError(
            f"{_label(parser)} gave different results for the same input {_show(text)}: "
            "parsing must be deterministic"
        )
    return first


def _sniffs(parser: Parser, head: str) -> bool:
    try:
        answer = parser.sniff(head)
    except Exception as exc:
        raise ConformanceError(
            f"{_label(parser)}.sniff() raised {type(exc).__name__}: {exc} for {_show(head)}; "
            "sniff must answer True or False for any text"
        ) from exc
    if not isinstance(answer, bool):
        raise ConformanceError(
            f"{_label(parser)}.sniff() returned {answer!r} for {_show(head)}, not a bool"
        )
    return answer


def _check_unknown_option_parser(parser: Parser) -> None:
    try:
        collections.deque(
            parser.parse(io.StringIO(""), source=SOURCE, **{UNKNOWN_OPTION: True}), maxlen=0
        )
    except TypeError:
        return
    except Exception as exc:
        raise ConformanceError(
            f"{_label(parser)} raised {type(exc).__name__} for the unknown option "
            f"{UNKNOWN_OPTION}=True; an unknown option must be a TypeError"
        ) from exc
    raise ConformanceError(
        f"{_label(parser)} accepted the unknown option {UNKNOWN_OPTION}=True; "
        "an unknown option must be a TypeError (a misspelt option would otherwise be ignored)"
    )


@st.composite
def _mutated(draw: st.DrawFn, samples: Sequence[str]) -> str:
    """A valid sample with a few random edits: cut, inserted, replaced or reordered text."""
    text = draw(st.sampled_from(samples))
    for _ in range(draw(st.integers(1, 3))):
        size = len(text)
        start = draw(st.integers(0, size))
        end = draw(st.integers(start, min(size, start + 40)))
        edit = draw(
            st.sampled_from(["delete", "insert", "replace", "truncate", "repeat", "swap_lines"])
        )
        if edit == "delete":
            text = text[:start] + text[end:]
        elif edit == "insert":
            text = text[:start] + draw(st.text(max_size=10)) + text[start:]
        elif edit == "replace":
            text = text[:start] + draw(st.text(min_size=1, max_size=5)) + text[end:]
        elif edit == "truncate":
            text = text[:start]
        elif edit == "repeat":
            text = text[:end] + text[start:end] + text[end:]
        else:
            lines = text.splitlines(keepends=True)
            if len(lines) > 1:
                i = draw(st.integers(0, len(lines) - 2))
                lines[i], lines[i + 1] = lines[i + 1], lines[i]
            text = "".join(lines)
    return text


def check_parser(
    parser: Parser | type[Parser],
    *,
    samples: Iterable[str] = (),
    max_examples: int | None = None,
) -> None:
    """Fail unless ``parser`` keeps the parser contract, whatever text it is given.

    Checks that its metadata is valid; that ``parse`` streams (returns an
    iterator), rejects an unknown option with ``TypeError``, and is
    deterministic; that ``sniff`` always answers a ``bool``; and that
    :data:`NASTY_INPUTS`, random text, random bytes read as Latin-1, and
    random edits of your ``samples`` give only records, provenance entries and
    :class:`~exchangekit.errors.ParseError` naming the source it was given,
    never another exception. Each of ``samples`` (valid documents in the
    format) must parse without any error. ``max_examples`` overrides the
    Hypothesis profile for the random inputs.

    :param parser: The parser to check: a class (created without arguments) or an instance.
    :param samples: Valid documents in the format, which are edited at random
        to reach the code that handles nearly valid input.
    :param max_examples: How many random inputs to try; by default as the Hypothesis profile says.
    """
    instance = _parser(parser, "check_parser")
    check_metadata(instance)
    _check_unknown_option_parser(instance)
    valid = list(samples)
    for sample in valid:
        errors = [item for item in _parse_twice(instance, sample) if isinstance(item, ParseError)]
        if errors:
            raise ConformanceError(
                f"{_label(instance)} found errors in a valid sample {_show(sample)}: "
                + "; ".join(str(error) for error in errors)
            )
        _sniffs(instance, sample[:4096])
    for text in NASTY_INPUTS:
        _parse_twice(instance, text)
        _sniffs(instance, text[:4096])

    junk = st.text() | st.binary().map(lambda data: data.decode("latin-1"))
    if valid:
        junk = junk | _mutated(valid)

    @_settings(max_examples)
    @given(text=junk)
    def junk_gives_records_or_parse_errors(text: str) -> None:
        _sniffs(instance, text[:4096])
        _parse_twice(instance, text)

    junk_gives_records_or_parse_errors()


# -- exporters ----------------------------------------------------------------------------


def _records(dataset: Dataset) -> tuple[Record, ...]:
    return (*dataset.exchanges, *dataset.claims, *dataset.tallies)


def _write(exporter: Exporter, records: Iterable[Record], provenance: tuple[str, ...]) -> str:
    stream = io.StringIO(newline="")
    try:
        exporter.write(records, stream, provenance=provenance)
    except Exception as exc:
        raise ConformanceError(
            f"{_label(exporter)} raised {type(exc).__name__}: {exc} writing a valid dataset"
        ) from exc
    if stream.closed:
        raise ConformanceError(f"{_label(exporter)} closed the stream; leave it to the caller")
    return stream.getvalue()


def _export(exporter: Exporter, dataset: Dataset) -> str:
    """The exporter's text for ``dataset``, checked to be the same each time and single-pass."""
    records = _records(dataset)
    from_tuple = _write(exporter, records, dataset.provenance)
    again = _write(exporter, records, dataset.provenance)
    if again != from_tuple:
        raise ConformanceError(
            f"{_label(exporter)} wrote different text for the same dataset twice: "
            "output must be deterministic"
        )
    from_iterator = _write(exporter, iter(records), dataset.provenance)
    if from_iterator != from_tuple:
        raise ConformanceError(
            f"{_label(exporter)} wrote different text when given the records as a one-shot "
            "iterator instead of a tuple: go through the records once, writing as you go"
        )
    return from_tuple


def _check_unknown_option_exporter(exporter: Exporter) -> None:
    try:
        exporter.write((), io.StringIO(), provenance=(), **{UNKNOWN_OPTION: True})
    except TypeError:
        return
    except Exception as exc:
        raise ConformanceError(
            f"{_label(exporter)} raised {type(exc).__name__} for the unknown option "
            f"{UNKNOWN_OPTION}=True; an unknown option must be a TypeError"
        ) from exc
    raise ConformanceError(
        f"{_label(exporter)} accepted the unknown option {UNKNOWN_OPTION}=True; "
        "an unknown option must be a TypeError"
    )


def _default_datasets() -> st.SearchStrategy[Dataset]:
    from exchangekit import strategies

    return strategies.datasets()


def check_exporter(
    exporter: Exporter | type[Exporter],
    *,
    datasets: st.SearchStrategy[Dataset] | None = None,
    max_examples: int | None = None,
) -> None:
    """Fail unless ``exporter`` keeps the exporter contract for every dataset it is given.

    Checks that its metadata is valid; that it rejects an unknown option with
    ``TypeError``; that it writes the empty dataset and every dataset from
    ``datasets`` (default :func:`exchangekit.strategies.datasets`) without
    raising, leaving the stream open; that the text is the same every time;
    and that it reads the records in one pass (a one-shot iterator gives the
    same text as a tuple). Narrow ``datasets`` to what your format can hold:
    the default draws claims and tallies too, so an exporter of exchanges
    alone passes ``strategies.datasets(max_claims=0, max_tallies=0)``.

    :param exporter: The exporter to check: a class (created without arguments) or an instance.
    :param datasets: A strategy for the datasets to write; by default
        :func:`exchangekit.strategies.datasets`.
    :param max_examples: How many random inputs to try; by default as the Hypothesis profile says.
    """
    instance = _exporter(exporter, "check_exporter")
    check_metadata(instance)
    _check_unknown_option_exporter(instance)
    _export(instance, Dataset())

    @_settings(max_examples)
    @given(dataset=datasets if datasets is not None else _default_datasets())
    def output_is_deterministic(dataset: Dataset) -> None:
        _export(instance, dataset)

    output_is_deterministic()


# -- round trip ---------------------------------------------------------------------------


def _difference(expected: object, got: object) -> str:
    cls: Any = type(expected)
    if attrs.has(cls) and cls is type(got):
        for field in attrs.fields(cls):
            a, b = getattr(expected, field.name), getattr(got, field.name)
            if a != b:
                return f"field {field.name!r} was written as {a!r} and read back as {b!r}"
    return f"wrote {expected!r} and read back {got!r}"


def _plural(kind: str) -> str:
    return kind[:-1] + "ies" if kind.endswith("y") else kind + "s"


def check_round_trip(
    exporter: Exporter | type[Exporter],
    parser: Parser | type[Parser],
    *,
    datasets: st.SearchStrategy[Dataset] | None = None,
    max_examples: int | None = None,
) -> None:
    """Fail unless what ``exporter`` writes, ``parser`` reads back to an equal dataset.

    For every dataset from ``datasets`` (default
    :func:`exchangekit.strategies.datasets`; narrow it to what a lossy format
    keeps), reading back what was written must give no error and the same
    dataset: the same exchanges, the same claims and the same tallies, each
    in the same order (a parser may yield one kind of record before another),
    and the same provenance. If the parser has its own ``sniff``, it must
    recognise the exporter's output.

    :param exporter: The exporter that writes: a class or an instance.
    :param parser: The parser that reads it back: a class or an instance.
    :param datasets: A strategy for the datasets to write; by default
        :func:`exchangekit.strategies.datasets`.
    :param max_examples: How many random inputs to try; by default as the Hypothesis profile says.
    """
    writer = _exporter(exporter, "check_round_trip")
    reader = _parser(parser, "check_round_trip")
    sniffs = type(reader).sniff is not Parser.sniff

    def round_trip(dataset: Dataset) -> None:
        text = _export(writer, dataset)
        items = _read_all(reader, text)
        errors = [str(item) for item in items if isinstance(item, ParseError)]
        if errors:
            raise ConformanceError(
                f"{_label(reader)} could not read back what {_label(writer)} wrote "
                f"({_show(text)}): " + "; ".join(errors)
            )
        provenance = tuple(item.entry for item in items if isinstance(item, Provenance))
        for kind, cls, wrote in (
            ("exchange", Exchange, dataset.exchanges),
            ("claim", CasualtyClaim, dataset.claims),
            ("tally", ExchangeTally, dataset.tallies),
        ):
            read = [item for item in items if isinstance(item, cls)]
            for index, (a, b) in enumerate(itertools.zip_longest(wrote, read)):
                if a != b:
                    raise ConformanceError(
                        f"{kind} {index} did not survive {_label(writer)} and {_label(reader)}: "
                        + (
                            f"{len(wrote)} {_plural(kind)} written, {len(read)} read back"
                            if a is None or b is None
                            else _difference(a, b)
                        )
                    )
        if provenance != dataset.provenance:
            raise ConformanceError(
                f"provenance was written as {dataset.provenance!r} and read back as {provenance!r}"
            )
        if sniffs and len(dataset) and not _sniffs(reader, text[:4096]):
            raise ConformanceError(
                f"{_label(reader)}.sniff() does not recognise what {_label(writer)} wrote "
                f"({_show(text)})"
            )

    round_trip(Dataset())

    @_settings(max_examples)
    @given(dataset=datasets if datasets is not None else _default_datasets())
    def records_survive_export_and_parse(dataset: Dataset) -> None:
        round_trip(dataset)

    records_survive_export_and_parse()
