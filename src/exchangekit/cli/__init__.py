"""The ``exchangekit`` command line: parse arguments, run one command, map errors to exit codes.

Exit status 0 on success; 2 for usage and input errors (a file that is
missing or malformed, an unknown format, an invalid record), printed as one
line ``exchangekit: error: <what and where>``; 1 for an unexpected internal
error, whose traceback is printed only with ``--debug``.
"""

from __future__ import annotations

import contextlib
import sys
import traceback
import warnings
from collections.abc import Sequence
from typing import TextIO

__all__ = ["EXIT_INTERNAL", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2


def _one_line(exc: BaseException) -> str:
    """The message of ``exc`` on one line, safe to print (it may quote a record's text)."""
    from exchangekit.cli.terminal import for_terminal

    text = " ".join(str(exc).split())
    return for_terminal(text) or type(exc).__name__


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (default ``sys.argv[1:]``) and return the exit status."""
    from exchangekit.cli.arguments import UsageError, build_parser
    from exchangekit.errors import ExchangekitError

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse exits 0 after --help/--version and 2 on bad usage
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    stdout, stderr = sys.stdout, sys.stderr
    for stream in (stdout, stderr):
        _tolerate_narrow_encoding(stream)
    try:
        from exchangekit.cli.commands import run

        with warnings.catch_warnings():
            _plugin_warnings_to(stderr)
            return run(args, stdout, stderr)
    except (UsageError, ExchangekitError) as exc:
        print(f"exchangekit: error: {_one_line(exc)}", file=stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (``exchangekit report | head``): nothing left to say to it.
        _silence_stdout()
        return EXIT_OK
    except OSError as exc:
        print(f"exchangekit: error: {_os_error(exc)}", file=stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("exchangekit: interrupted", file=stderr)
        return 130
    except (Exception, SystemExit) as exc:  # SystemExit: a plugin's; no command exits itself
        if args.debug:
            traceback.print_exc(file=stderr)
        print(
            f"exchangekit: internal error: {type(exc).__name__}: {_one_line(exc)}"
            + ("" if args.debug else " (run with --debug for the traceback)"),
            file=stderr,
        )
        return EXIT_INTERNAL


def _tolerate_narrow_encoding(stream: TextIO) -> None:
    """Write what a narrow encoding (ASCII, a code page) lacks, such as "→", as escapes.

    Reports use arrows, dashes and "∞"; printing them to a terminal or pipe
    that cannot encode them would otherwise fail after half the output.
    """
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        "→–∞".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _plugin_warnings_to(stderr: TextIO) -> None:
    """Show a plugin that failed to load, or a record left out on request, as one line each."""
    from exchangekit.cli.loading import in_command_line_words
    from exchangekit.errors import SkippedRecordWarning
    from exchangekit.plugins import PluginWarning

    shown = warnings.showwarning
    said: set[str] = set()

    def show(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
    ) -> None:
        if issubclass(category, PluginWarning | SkippedRecordWarning):
            text = in_command_line_words(_one_line(Warning(message)))
            if text not in said:
                said.add(text)
                print(f"exchangekit: warning: {text}", file=stderr)
        else:
            shown(message, category, filename, lineno, file, line)

    warnings.simplefilter("default", PluginWarning)
    warnings.simplefilter("always", SkippedRecordWarning)
    warnings.showwarning = show


def _os_error(exc: OSError) -> str:
    from exchangekit.cli.terminal import for_terminal

    reason = exc.strerror or _one_line(exc)
    return for_terminal(f"{exc.filename}: {reason}" if exc.filename is not None else reason)


def _silence_stdout() -> None:
    import os

    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
