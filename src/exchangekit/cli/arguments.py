"""The command line's grammar: every command, its options, and how option values are read."""

from __future__ import annotations

import argparse
import json
import re
import shutil
from collections.abc import Iterable
from datetime import date
from typing import Any, NoReturn

from exchangekit.vocabulary import ExchangeKind, PersonCategory, Population

__all__ = [
    "BUCKETS",
    "EXIT_FINDINGS",
    "MIN_WIDTH",
    "REPORT_FORMATS",
    "ArgumentParser",
    "UsageError",
    "build_parser",
    "command_line_words",
    "exporter_options",
    "parser_options",
    "text_width",
]

BUCKETS = ("week", "month", "quarter", "year")
"""The bucket sizes ``--by`` accepts, as :func:`exchangekit.reconcile.totals` names them."""

_DESCRIPTION = (
    "Read, convert, add up and compare records of humanitarian exchanges and casualty "
    "claims. With no input, 'exchangekit report' reports on the example data bundled "
    "with the package."
)

EXIT_FINDINGS = 3
"""Exit status when ``--fail-on`` finds findings of that severity or worse."""

MIN_WIDTH = 40
"""The narrowest text output is wrapped to, however narrow the terminal."""

_EPILOG = (
    "exit status: 0 success; 2 usage or input error (bad file, unknown format, invalid "
    "record); 3 findings at or above the severity given to --fail-on (the output is still "
    "printed in full; 2 wins over 3); 1 unexpected internal error. "
    "See 'exchangekit COMMAND --help'."
)


_FLAGS = {"published": "--published DATE", "publisher": "--publisher NAME", "url": "--url URL"}
"""Parser options with a flag of their own, and how the flag is written."""

_KEYWORD = re.compile(
    r"\b(?P<name>[a-z_][a-z0-9_]*)="
    r"(?:'(?P<single>[^']*)'|\"(?P<double>[^\"]*)\"|(?=[\s(),;.]|$))"
)


def command_line_words(text: str, options: Iterable[str] = ()) -> str:
    """``text`` with parser options written the command line's way.

    Parsers word their advice for Python callers ("pass published= ... or
    unresolved='skip'"); at a shell prompt that is ``--published DATE`` and
    ``-O unresolved=skip``. Only the names in ``options`` and those with a
    flag of their own are rewritten, so other ``name=`` text is left alone.
    """
    names = set(options) | set(_FLAGS)

    def spell(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in names:
            return match[0]
        value = match["single"] if match["single"] is not None else match["double"]
        if name in _FLAGS:
            flag = _FLAGS[name]
            return flag if value is None else f"{flag.split()[0]} {value}"
        return f"-O {name}={'VALUE' if value is None else value}"

    return _KEYWORD.sub(spell, text)


class UsageError(Exception):
    """The command line was asked for something that makes no sense (exit status 2)."""


def _visible(text: str) -> str:
    """``text`` on one line, with any other control character written as an escape."""
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in " ".join(text.split())
    )


class ArgumentParser(argparse.ArgumentParser):
    """An argument parser whose mistakes are reported the documented way.

    A bad option is one line on stderr, ``exchangekit: error: <what>; see
    'exchangekit COMMAND --help'``, and exit status 2, rather than argparse's
    usage block followed by ``exchangekit COMMAND: error:``. Help and
    ``--version`` are printed as usual.
    """

    def error(self, message: str) -> NoReturn:
        """Print ``message`` as one ``exchangekit: error:`` line and exit with status 2."""
        self.exit(2, f"exchangekit: error: {_visible(message)}; see '{self.prog} --help'\n")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-10-23"
        ) from None


def _party_list(text: str) -> list[str]:
    parties = [part.strip() for part in text.split(",") if part.strip()]
    if not parties:
        raise argparse.ArgumentTypeError(
            f"{text!r} names no party; write codes or names separated by commas, e.g. RUS,UKR"
        )
    return parties


def _key_value(text: str) -> tuple[str, Any]:
    """Read ``key=value``; the value is JSON when it parses as JSON, else the text itself."""
    key, sep, raw = text.partition("=")
    key = key.strip().replace("-", "_")
    if not sep or not key.isidentifier():
        raise argparse.ArgumentTypeError(
            f"{text!r} is not KEY=VALUE with KEY a name such as 'strict' or 'max_rows'"
        )
    try:
        value: Any = json.loads(raw)
    except ValueError:
        value = raw
    return key, value


def _enum_choice(enum: type[PersonCategory] | type[ExchangeKind] | type[Population]) -> Any:
    values = [member.value for member in enum]

    def read(text: str) -> PersonCategory | ExchangeKind | Population:
        normalised = text.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            return enum(normalised)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not one of: {', '.join(values)}"
            ) from None

    read.__name__ = enum.__name__
    return read


def _add_debug(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # On subcommands the default is SUPPRESS so it does not undo a --debug given before them.
    parser.add_argument(
        "--debug",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="on an unexpected error, print the full traceback",
    )


def _input_parent() -> ArgumentParser:
    parent = ArgumentParser(add_help=False)
    group = parent.add_argument_group("reading input")
    group.add_argument(
        "--from",
        dest="source_format",
        metavar="FORMAT",
        help="input format name (default: from the file suffix, else by sniffing the content)",
    )
    group.add_argument(
        "--errors",
        choices=("raise", "collect"),
        default="raise",
        help="'raise' stops at the first bad record; 'collect' reports every bad record on "
        "stderr, keeps the good ones, and exits 2 at the end (default: raise)",
    )
    group.add_argument(
        "--published",
        type=_iso_date,
        metavar="DATE",
        help="publication date of the input, for parsers that resolve relative dates "
        "('on Thursday') against it; passed as the parser option 'published'",
    )
    group.add_argument(
        "--publisher", metavar="NAME", help="who published the input (parser option 'publisher')"
    )
    group.add_argument("--url", metavar="URL", help="where the input was published (option 'url')")
    group.add_argument(
        "-O",
        "--option",
        dest="parser_options",
        type=_key_value,
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="any other parser option; VALUE is read as JSON when it is valid JSON "
        "(10, true, null, [1, 2], '\"text\"'), otherwise as text. Repeatable",
    )
    return parent


def _width(text: str) -> int:
    try:
        columns = int(text)
    except ValueError:
        columns = 0
    if columns < MIN_WIDTH:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number of columns of at least {MIN_WIDTH}"
        )
    return columns


def _output_parent(choices: tuple[str, ...] = ("text", "json", "csv")) -> ArgumentParser:
    parent = ArgumentParser(add_help=False)
    parent.add_argument(
        "--format",
        dest="output_format",
        choices=choices,
        default="text",
        help="what to print: readable text, or JSON / CSV for other programs (default: text)",
    )
    parent.add_argument(
        "--width",
        type=_width,
        metavar="COLUMNS",
        help="wrap text output at COLUMNS (default: the terminal's width, or 80 when the "
        "output is not a terminal)",
    )
    return parent


REPORT_FORMATS = ("text", "json", "csv")
"""What ``report --format`` prints itself; any other name is an installed exporter's."""


def _report_output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        dest="output_format",
        default="text",
        metavar="FORMAT",
        help="text (the default), json or csv print the report; the name of an installed "
        "exporter that draws reports, such as 'html' from exchangekit-html, writes it in "
        "that format (see 'exchangekit formats')",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write the report to the file OUT instead of standard output",
    )
    parser.add_argument(
        "--width",
        type=_width,
        metavar="COLUMNS",
        help="wrap text output at COLUMNS (default: the terminal's width, or 80 when the "
        "output is not a terminal)",
    )


def _findings_parent() -> ArgumentParser:
    parent = ArgumentParser(add_help=False)
    parent.add_argument(
        "--fail-on",
        choices=("warning", "error"),
        metavar="SEVERITY",
        help="exit with status 3 when a finding of SEVERITY ('warning' or 'error') or worse "
        "is made, so that a pipeline can stop on it; the output is printed in full first",
    )
    return parent


def text_width(args: argparse.Namespace, stream: object) -> int:
    """The column to wrap text output at: ``--width``, else the terminal's, else 80.

    Output that is not a terminal (a pipe, a file) gets 80 whatever the
    environment says, so the same command writes the same file everywhere.
    """
    given = getattr(args, "width", None)
    if given is not None:
        return int(given)
    isatty = getattr(stream, "isatty", None)
    if isatty is None or not isatty():
        return 80
    return max(shutil.get_terminal_size((80, 24)).columns, MIN_WIDTH)


def _export_parent() -> ArgumentParser:
    parent = ArgumentParser(add_help=False)
    group = parent.add_argument_group("writing output")
    group.add_argument(
        "--to",
        dest="target_format",
        metavar="FORMAT",
        help="output format name (default: from the output file's suffix; required for '-')",
    )
    group.add_argument(
        "-E",
        "--export-option",
        dest="exporter_options",
        type=_key_value,
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="an exporter option, read like -O. Repeatable",
    )
    return parent


def _selection_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "which transfers to count (default: each receiver and category in its own table)"
    )
    group.add_argument("--sender", metavar="PARTY", help="only transfers from this party")
    group.add_argument("--receiver", metavar="PARTY", help="only transfers to this party")
    group.add_argument(
        "--category",
        type=_enum_choice(PersonCategory),
        metavar="CATEGORY",
        help="only this category: " + ", ".join(c.value for c in PersonCategory),
    )
    group.add_argument(
        "--kind",
        type=_enum_choice(ExchangeKind),
        metavar="KIND",
        help="only exchanges of this kind: " + ", ".join(k.value for k in ExchangeKind),
    )


def _by_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--by",
        choices=BUCKETS,
        default="month",
        help="bucket size of the totals (default: month)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The ``exchangekit`` argument parser with every subcommand."""
    from exchangekit import __version__

    parser = ArgumentParser(prog="exchangekit", description=_DESCRIPTION, epilog=_EPILOG)
    parser.add_argument("--version", action="version", version=f"exchangekit {__version__}")
    _add_debug(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    reading, text_json_csv, writing = _input_parent(), _output_parent(), _export_parent()
    findings = _findings_parent()

    def command(name: str, summary: str, *parents: ArgumentParser) -> Any:
        sub = commands.add_parser(
            name, help=summary, description=summary, epilog=_EPILOG, parents=list(parents)
        )
        _add_debug(sub, top=False)
        return sub

    command("plugins", "List installed plugins: distribution, version, formats, load failures.")
    command("formats", "List every parser and exporter: name, suffixes, description.")

    convert = command("convert", "Convert a file from one format to another.", reading, writing)
    convert.add_argument("input", metavar="IN", help="input file, or '-' for stdin")
    convert.add_argument("output", metavar="OUT", help="output file, or '-' for stdout")

    totals = command(
        "totals",
        "Add up the people transferred, per week, month, quarter or year.",
        reading,
        text_json_csv,
        findings,
    )
    totals.add_argument("inputs", metavar="IN", nargs="+", help="input files ('-' for stdin)")
    _by_option(totals)
    totals.add_argument(
        "--cumulative", action="store_true", help="print running totals instead of per bucket"
    )
    _selection_options(totals)
    casualties = totals.add_argument_group(
        "or add up casualty figures of single incidents or periods (event data such as UCDP GED)"
    )
    casualties.add_argument(
        "--subject",
        metavar="PARTY",
        help="add up the casualty figures of this party's losses instead of transfers",
    )
    casualties.add_argument(
        "--population",
        type=_enum_choice(Population),
        metavar="POPULATION",
        help="whose dead to add up (with --subject; default: combatants): "
        + ", ".join(p.value for p in Population),
    )

    compare = command(
        "compare",
        "Compare casualty claims: groups, consensus envelopes, findings.",
        reading,
        text_json_csv,
        findings,
    )
    compare.add_argument("inputs", metavar="IN", nargs="+", help="input files ('-' for stdin)")
    compare.add_argument(
        "--belligerents",
        metavar="PARTIES",
        type=_party_list,
        default=None,
        help="the parties at war, comma-separated codes or names (e.g. 'RUS,UKR'), which "
        "decide whether a claim is a self-report, an adversary's claim or independent; "
        "default: the parties whose losses are counted and the parties to the exchanges",
    )

    tallies = command(
        "tallies",
        "Check stated running totals of transfers against the itemized exchanges.",
        reading,
        text_json_csv,
        findings,
    )
    tallies.add_argument("inputs", metavar="IN", nargs="+", help="input files ('-' for stdin)")

    merge = command(
        "merge",
        "Merge datasets and duplicate reports of one exchange; print the findings.",
        reading,
        writing,
        findings,
    )
    merge.add_argument("inputs", metavar="IN", nargs="+", help="input files ('-' for stdin)")
    merge.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="merged dataset file, or '-'"
    )

    report = command(
        "report",
        "Report exchanges, totals per receiver and category, and compared claims. "
        "Without IN, reports on the bundled example data.",
        reading,
        findings,
    )
    report.add_argument("inputs", metavar="IN", nargs="*", help="input files ('-' for stdin)")
    _by_option(report)
    _report_output(report)
    return parser


def parser_options(args: argparse.Namespace) -> dict[str, Any]:
    """The keyword options for the parser: ``--published``/``--publisher``/``--url`` and ``-O``.

    Raises ``ValueError`` when one option is given twice in different ways.
    """
    options: dict[str, Any] = {}
    for key in ("published", "publisher", "url"):
        value = getattr(args, key, None)
        if value is not None:
            options[key] = value
    return _merge_pairs(options, getattr(args, "parser_options", []), "-O")


def exporter_options(args: argparse.Namespace) -> dict[str, Any]:
    """The keyword options for the exporter, from ``-E KEY=VALUE``."""
    return _merge_pairs({}, getattr(args, "exporter_options", []), "-E")


def _merge_pairs(
    options: dict[str, Any], pairs: list[tuple[str, Any]], flag: str
) -> dict[str, Any]:
    for key, value in pairs:
        if key in options and options[key] != value:
            raise ValueError(f"option {key!r} is given twice ({flag} {key}=... and another way)")
        options[key] = value
    return options
