"""Build the plugin that docs/plugins.md teaches, pip-install it, and use it.

This is the acceptance check that a plugin written only from the docs works
with no change to exchangekit: it must show up in ``exchangekit plugins`` with
its parser and exporter, read its format through ``exchangekit.parse``, write
it back through ``exchangekit.export`` and ``exchangekit convert``, refuse what
it cannot hold with a one-line error, and pass the test files that
docs/plugin-testing.md shows for it.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
FENCE = re.compile(r"```(\w+)\n(.*?)```", re.DOTALL)
SHEET = "# tally sheet\n2025-10-23 RUS UKR 1000\n2025-10-23 UKR RUS 31\n"


def _blocks(page: str) -> list[tuple[str, str]]:
    return FENCE.findall((DOCS / page).read_text(encoding="utf-8"))


def _block_starting(page: str, first_line: str) -> str:
    found = [body for _, body in _blocks(page) if body.startswith(first_line + "\n")]
    if len(found) != 1:
        sys.exit(f"docs/{page} has {len(found)} code blocks starting {first_line!r}, expected 1")
    return found[0]


def _run(*argv: str, cwd: Path, expect: int = 0) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != expect:
        sys.exit(
            f"`{' '.join(argv)}` exited {done.returncode}, expected {expect}:\n"
            f"{done.stdout}{done.stderr}"
        )
    return done


def _check(package: Path) -> None:
    python = sys.executable
    exchangekit = (python, "-m", "exchangekit")
    listing = _run(*exchangekit, "plugins", cwd=package).stdout
    if "parsers: tally_sheet; exporters: tally_sheet" not in listing:
        sys.exit(f"the docs' plugin is not listed with its parser and exporter:\n{listing}")
    sheet = package / "october.tally"
    sheet.write_text(SHEET, encoding="utf-8")

    code = (
        "import exchangekit, io, sys; d = exchangekit.parse(sys.argv[1]); "
        "out = io.StringIO(); exchangekit.export(d, out, 'tally_sheet'); "
        "print(len(d.exchanges)); sys.stdout.write(out.getvalue())"
    )
    count, written = _run(python, "-c", code, str(sheet), cwd=package).stdout.split("\n", 1)
    if count != "2":
        sys.exit(f"the docs' plugin read {count} exchanges, expected 2")
    if written != SHEET:
        sys.exit(f"the docs' exporter wrote\n{written}\ninstead of the sheet it read:\n{SHEET}")

    _run(*exchangekit, "convert", "october.tally", "october.json", cwd=package)
    _run(*exchangekit, "convert", "october.json", "back.tally", cwd=package)
    if (package / "back.tally").read_text(encoding="utf-8") != SHEET:
        sys.exit("october.tally -> json -> tally did not give the same sheet back")

    options = ("--published", "2025-10-31", "--publisher", "Night desk")
    report = _run(*exchangekit, "report", "october.tally", *options, cwd=package).stdout
    if "tally sheet kept by Night desk, published 2025-10-31" not in report:
        sys.exit(f"the standard parser options did not reach the provenance:\n{report}")
    late = _run(
        *exchangekit, "report", "october.tally", "--published", "2025-10-01", cwd=package, expect=2
    ).stderr
    if "line 2, field date: dated after the sheet was published" not in late:
        sys.exit(f"a handover dated after publication was not reported by field:\n{late}")

    example = Path(__file__).resolve().parent.parent / "src/exchangekit/data/running-example.json"
    error = _run(*exchangekit, "convert", str(example), "x.tally", cwd=package, expect=2).stderr
    if not error.startswith("exchangekit: error: record ") or "cannot keep" not in error:
        sys.exit(f"exporting what a tally sheet cannot hold did not give an ExportError:\n{error}")

    tests = package / "tests"
    tests.mkdir()
    for name in ("test_tally_sheet.py", "test_installed.py"):
        body = _block_starting("plugin-testing.md", f"# tests/{name}")
        (tests / name).write_text(body, encoding="utf-8")
    _run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests", cwd=package)


def main() -> None:
    """Build, install, exercise and uninstall the docs' tally sheet plugin."""
    module = _block_starting("plugins.md", "# tally_sheet.py")
    project = next(
        body for lang, body in _blocks("plugins.md") if lang == "toml" and "tally" in body
    )
    with tempfile.TemporaryDirectory() as tmp:
        package = Path(tmp, "exchangekit-tally-sheet")
        package.mkdir()
        (package / "tally_sheet.py").write_text(module, encoding="utf-8")
        (package / "pyproject.toml").write_text(project, encoding="utf-8")
        pip = (sys.executable, "-m", "pip")
        _run(*pip, "install", "--quiet", str(package), cwd=package)
        try:
            _check(package)
        finally:
            _run(*pip, "uninstall", "--quiet", "--yes", "exchangekit-tally-sheet", cwd=package)
    print(
        "a plugin written from docs/plugins.md installs, is listed, reads and writes its format, "
        "and passes the tests docs/plugin-testing.md shows"
    )


if __name__ == "__main__":
    main()
