"""One function per subcommand: read the inputs, call the library, print the result."""

from __future__ import annotations

import argparse
import inspect
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from exchangekit._writing import write_path
from exchangekit.cli.analysis import (
    ReportData,
    Selection,
    TotalsTable,
    build_report,
    merged_dataset,
    ordered_comparison,
    reaching,
    tabulate,
)
from exchangekit.cli.arguments import (
    EXIT_FINDINGS,
    REPORT_FORMATS,
    UsageError,
    exporter_options,
    parser_options,
    text_width,
)
from exchangekit.cli.loading import (
    BUNDLED_LABEL,
    Loaded,
    bundled_example,
    load_inputs,
    write_dataset,
)
from exchangekit.cli.report import (
    render_comparison,
    render_findings,
    render_report,
    render_tallies,
    render_totals,
)
from exchangekit.cli.shapes import (
    CASUALTY_TOTALS_COLUMNS,
    COMPARE_COLUMNS,
    REPORT_COLUMNS,
    TALLY_COLUMNS,
    TOTALS_COLUMNS,
    casualty_totals_json,
    casualty_totals_rows,
    comparison_json,
    comparison_rows,
    report_json,
    report_rows,
    tally_checks_json,
    tally_rows,
    totals_json,
    totals_rows,
    write_csv,
    write_json,
)
from exchangekit.cli.terminal import show
from exchangekit.findings import Finding, Severity
from exchangekit.models import Dataset
from exchangekit.reconcile import casualty_totals, check_tallies, compare, merge_duplicate_claims
from exchangekit.vocabulary import Population

__all__ = ["COMMANDS", "run"]

Command = Callable[[argparse.Namespace, TextIO, TextIO], int]


def _options(args: argparse.Namespace) -> dict[str, Any]:
    try:
        return parser_options(args)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _load(args: argparse.Namespace, paths: Sequence[str], stderr: TextIO) -> Loaded:
    return load_inputs(
        paths,
        format=args.source_format,
        errors=args.errors,
        options=_options(args),
        stderr=stderr,
    )


def _finish(
    loaded: Loaded, args: argparse.Namespace | None = None, findings: Sequence[Finding] = ()
) -> int:
    """The exit status once everything is printed.

    2 when ``--errors collect`` met bad records (already reported on stderr);
    else 3 when ``--fail-on`` was given and a finding reaches its severity;
    else 0.
    """
    if loaded.errors:
        return 2
    fail_on = getattr(args, "fail_on", None)
    threshold = None if fail_on is None else Severity(fail_on)
    return EXIT_FINDINGS if reaching(findings, threshold) else 0


def cmd_plugins(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Installed plugins with distribution, version and formats; then any that failed to load."""
    from exchangekit.cli.listing import render_plugins

    show(stdout, render_plugins())
    return 0


def cmd_formats(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Every parser and exporter: name, suffixes and description."""
    from exchangekit.cli.listing import render_formats

    show(stdout, render_formats())
    return 0


def cmd_convert(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Read one input and write it in another format."""
    loaded = _load(args, [args.input], stderr)
    write_dataset(
        loaded.dataset,
        args.output,
        format=args.target_format,
        options=exporter_options(args),
        stdout=stdout,
    )
    return _finish(loaded)


def cmd_totals(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Totals per bucket: of one selection of transfers, or of each receiver and category.

    With ``--subject`` or ``--population`` it adds up casualty figures of
    single incidents or periods instead (see :func:`_casualty_totals`).
    """
    casualties = args.subject is not None or args.population is not None
    if casualties:
        _refuse_transfer_options(args)
    loaded = _load(args, args.inputs, stderr)
    if casualties:
        return _casualty_totals(args, loaded, stdout)
    dataset, findings = merged_dataset(loaded.dataset)
    for finding in findings:  # so that a merge is never silent
        show(stderr, f"exchangekit: {finding}\n")
    chosen = Selection(args.sender, args.receiver, args.category, args.kind)
    tables = tabulate(
        dataset.exchanges,
        by=args.by,
        selection=None if chosen == Selection() else chosen,
        running=args.cumulative,
    )
    if args.output_format == "json":
        write_json(totals_json(tables), stdout)
    elif args.output_format == "csv":
        write_csv(TOTALS_COLUMNS, totals_rows(tables), stdout)
    else:
        lines = render_totals(tables, width=text_width(args, stdout)) or ["no exchanges to add up"]
        show(stdout, "\n".join(lines) + "\n")
    return _finish(loaded, args, findings)


def _refuse_transfer_options(args: argparse.Namespace) -> None:
    given = [
        option
        for option, value in (
            ("--sender", args.sender),
            ("--receiver", args.receiver),
            ("--category", args.category),
            ("--kind", args.kind),
            ("--cumulative", args.cumulative or None),
        )
        if value is not None
    ]
    if given:
        raise UsageError(
            f"{', '.join(given)} choose{'s' if len(given) == 1 else ''} transfers, and "
            "--subject/--population choose casualty figures; totals adds up one or the other"
        )


def _casualty_totals(args: argparse.Namespace, loaded: Loaded, stdout: TextIO) -> int:
    """Casualty figures of incidents and periods per bucket, for one subject and population.

    Claims are added as read: incident claims of an event data set are
    distinct events even when two look alike, so duplicates are not merged.
    """
    population = args.population or Population.COMBATANTS
    totals = casualty_totals(
        loaded.dataset, by=args.by, subject=args.subject, population=population
    )
    if args.output_format == "json":
        write_json(casualty_totals_json(args.subject, population, totals), stdout)
    elif args.output_format == "csv":
        rows = casualty_totals_rows(args.subject, population, totals)
        write_csv(CASUALTY_TOTALS_COLUMNS, rows, stdout)
    else:
        table = TotalsTable(Selection(), totals)
        show(stdout, "\n".join(render_totals([table], width=text_width(args, stdout))) + "\n")
    return _finish(loaded, args)


def cmd_compare(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Group comparable claims; print each group's claims, envelope and findings."""
    loaded = _load(args, args.inputs, stderr)
    merged = merge_duplicate_claims(loaded.dataset.claims)
    for finding in merged.findings:  # so that a merge is never silent
        show(stderr, f"exchangekit: {finding}\n")
    dataset = Dataset(exchanges=loaded.dataset.exchanges, claims=merged.claims)
    comparison = ordered_comparison(
        compare(dataset, belligerents=args.belligerents, sum_events=True)
    )
    if args.output_format == "json":
        write_json(comparison_json(comparison), stdout)
    elif args.output_format == "csv":
        write_csv(COMPARE_COLUMNS, comparison_rows(comparison), stdout)
    else:
        width = text_width(args, stdout)
        lines = render_comparison(comparison, width=width) or ["no claims to compare"]
        show(stdout, "\n".join(lines) + "\n")
    return _finish(loaded, args, comparison.findings)


def cmd_tallies(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Hold each stated tally against the itemized exchanges in its span; print the verdicts."""
    loaded = _load(args, args.inputs, stderr)
    dataset, merging = merged_dataset(loaded.dataset)
    for finding in merging:  # so that a merge is never silent
        show(stderr, f"exchangekit: {finding}\n")
    checks = check_tallies(dataset)
    if args.output_format == "json":
        write_json(tally_checks_json(checks), stdout)
    elif args.output_format == "csv":
        write_csv(TALLY_COLUMNS, tally_rows(checks), stdout)
    else:
        width = text_width(args, stdout)
        lines = render_tallies(checks, width=width) or ["no stated tallies to check"]
        show(stdout, "\n".join(lines) + "\n")
    return _finish(loaded, args, checks.findings)


def cmd_merge(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Merge the inputs and duplicate reports of one exchange; write the result; print findings."""
    loaded = _load(args, args.inputs, stderr)
    dataset, findings = merged_dataset(loaded.dataset)
    write_dataset(
        dataset,
        args.output,
        format=args.target_format,
        options=exporter_options(args),
        stdout=stdout,
    )
    # With the dataset on stdout, the findings go to stderr so the two never mix.
    talk = stderr if args.output == "-" else stdout
    lines = render_findings(findings, indent="", width=text_width(args, talk))
    before = len(loaded.dataset.exchanges)
    claims = len(dataset.claims)
    claims_before = len(loaded.dataset.claims)
    into = f"{claims_before} claim records into {claims}" if claims_before != claims else claims
    lines.append(
        f"merged {len(args.inputs)} input{'s' if len(args.inputs) != 1 else ''}: "
        f"{before} exchange reports into {len(dataset.exchanges)} exchanges, "
        f"{into} claims"
        + (
            f", {len(dataset.tallies)} tall{'y' if len(dataset.tallies) == 1 else 'ies'}"
            if dataset.tallies
            else ""
        )
        + f" -> {args.output}"
    )
    show(talk, "\n".join(lines) + "\n")
    return _finish(loaded, args, findings)


def cmd_report(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """The main job: exchanges, totals per receiver and category, and compared claims."""
    if args.inputs:
        loaded = _load(args, args.inputs, stderr)
        inputs = list(args.inputs)
    else:
        if _options(args) or args.source_format:
            raise UsageError(
                "parser options (--from, --published, --publisher, --url, -O) apply to input "
                "files, and none was given"
            )
        loaded = Loaded(dataset=bundled_example(), errors=())
        inputs = [BUNDLED_LABEL]
    data = build_report(loaded.dataset, by=args.by, inputs=inputs)
    if args.output_format not in REPORT_FORMATS:
        _export_report(args, loaded.dataset, stdout)
    elif args.output in (None, "-"):
        _print_report(args, data, stdout)
    else:
        write_path(args.output, "utf-8", lambda stream: _print_report(args, data, stream))
    return _finish(loaded, args, data.findings)


def _print_report(args: argparse.Namespace, data: ReportData, stream: TextIO) -> None:
    if args.output_format == "json":
        write_json(report_json(data), stream)
    elif args.output_format == "csv":
        write_csv(REPORT_COLUMNS, report_rows(data), stream)
    else:
        show(stream, render_report(data, width=text_width(args, stream)))


def _export_report(args: argparse.Namespace, dataset: Dataset, stdout: TextIO) -> None:
    """Hand the dataset to the exporter named by ``--format``, with ``--by`` if it takes it."""
    from exchangekit.plugins import get_exporter

    exporter = get_exporter(args.output_format)  # an unknown name is an error naming them all
    try:
        parameters = inspect.signature(exporter.write).parameters
    except (TypeError, ValueError):  # pragma: no cover - a write() without a signature
        parameters = {}  # type: ignore[assignment]
    options = {"by": args.by} if "by" in parameters else {}
    write_dataset(
        dataset,
        "-" if args.output is None else args.output,
        format=args.output_format,
        options=options,
        stdout=stdout,
    )


COMMANDS: dict[str, Command] = {
    "plugins": cmd_plugins,
    "formats": cmd_formats,
    "convert": cmd_convert,
    "totals": cmd_totals,
    "compare": cmd_compare,
    "tallies": cmd_tallies,
    "merge": cmd_merge,
    "report": cmd_report,
}


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Run the subcommand ``args.command`` and return its exit status."""
    return COMMANDS[args.command](args, stdout, stderr)
