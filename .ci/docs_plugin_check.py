"""Build the plugin that docs/plugins.md teaches, pip-install it, and use it.

This is the acceptance check that a plugin written only from the docs works
with no change to exchangekit: it must show up in ``exchangekit plugins`` and
parse its format through ``exchangekit.parse``.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs" / "plugins.md"
FENCE = re.compile(r"```(\w+)\n(.*?)```", re.DOTALL)


def main() -> None:
    blocks = FENCE.findall(DOCS.read_text(encoding="utf-8"))
    module = next(body for lang, body in blocks if body.startswith("# tally_sheet.py"))
    project = next(body for lang, body in blocks if lang == "toml" and "tally" in body)
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        package = Path(tmp, "exchangekit-tally-sheet")
        package.mkdir()
        (package / "tally_sheet.py").write_text(module, encoding="utf-8")
        (package / "pyproject.toml").write_text(project, encoding="utf-8")
        subprocess.run([python, "-m", "pip", "install", "--quiet", str(package)], check=True)
        try:
            listing = subprocess.run(
                [python, "-m", "exchangekit", "plugins"], check=True, capture_output=True, text=True
            ).stdout
            if "tally_sheet" not in listing:
                sys.exit(f"the docs' plugin is not listed by `exchangekit plugins`:\n{listing}")
            sheet = Path(tmp, "october.tally")
            sheet.write_text(
                "# tally sheet\n2025-10-23 RUS UKR 1000\n2025-10-23 UKR RUS 31\n", encoding="utf-8"
            )
            code = (
                "import exchangekit, sys; d = exchangekit.parse(sys.argv[1]); "
                "print(len(d.exchanges))"
            )
            count = subprocess.run(
                [python, "-c", code, str(sheet)], check=True, capture_output=True, text=True
            ).stdout.strip()
            if count != "2":
                sys.exit(f"the docs' plugin read {count} exchanges, expected 2")
        finally:
            subprocess.run(
                [python, "-m", "pip", "uninstall", "--quiet", "--yes", "exchangekit-tally-sheet"],
                check=True,
            )
    print("a plugin written from docs/plugins.md installs, is listed and parses its format")


if __name__ == "__main__":
    main()
