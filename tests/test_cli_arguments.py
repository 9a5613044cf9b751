"""Mistakes on the command line are one ``exchangekit: error:`` line and exit status 2."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit.cli import main

COMMANDS = ("plugins", "formats", "convert", "totals", "compare", "tallies", "merge", "report")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command line in-process; its exit status, stdout and stderr."""
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_error_line(err: str, *, hint: str) -> str:
    """``err`` is exactly one documented error line ending with a pointer to the help."""
    lines = err.splitlines()
    assert len(lines) == 1, err
    [line] = lines
    assert line.startswith("exchangekit: error: "), line
    assert "usage:" not in line
    assert line.endswith(f"; see '{hint} --help'"), line
    return line


@pytest.mark.parametrize(
    ("argv", "hint", "what"),
    [
        (("report", "--by", "day"), "exchangekit report", "argument --by: invalid choice: 'day'"),
        ((), "exchangekit", "the following arguments are required: COMMAND"),
        (("nosuch",), "exchangekit", "argument COMMAND: invalid choice: 'nosuch'"),
        (("convert", "in.json"), "exchangekit convert", "required: OUT"),
        (("totals",), "exchangekit totals", "required: IN"),
        (("merge", "a.json"), "exchangekit merge", "required: -o/--output"),
        (("report", "--published", "23/10/2025"), "exchangekit report", "YYYY-MM-DD"),
        (("report", "-O", "no equals"), "exchangekit report", "KEY=VALUE"),
        (("compare", "x.json", "--width", "3"), "exchangekit compare", "at least 40"),
        (("plugins", "--no-such-option"), "exchangekit", "unrecognized arguments: --no-such"),
    ],
)
def test_a_usage_mistake_is_one_documented_line(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], hint: str, what: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    line = assert_one_error_line(err, hint=hint)
    assert what in line


@pytest.mark.parametrize("command", COMMANDS)
def test_help_still_prints_usage_and_exits_0(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    code, out, err = run(capsys, command, "--help")
    assert code == 0
    assert out.startswith(f"usage: exchangekit {command}")
    assert err == ""


def test_version_still_prints_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.startswith("exchangekit ")


# capsys is read (and so emptied) by every run, so sharing it between examples is safe.
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    command=st.sampled_from(COMMANDS),
    junk=st.text(
        st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=12
    ).map(lambda text: "--x" + text),
)
def test_any_unknown_option_gives_one_line_without_raw_control_characters(
    capsys: pytest.CaptureFixture[str], command: str, junk: str
) -> None:
    code, _, err = run(capsys, command, "in.json", "out.json", junk)
    assert code == 2
    assert err.endswith("\n")
    line = err[:-1]
    assert "\n" not in line
    assert line.startswith("exchangekit: error: ")
    assert all(char.isprintable() for char in line), repr(line)
