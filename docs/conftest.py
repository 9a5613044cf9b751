"""Doctests of the docs pages: the shared Hypothesis profiles, and a scratch directory per page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exchangekit.profiles import register_profiles

register_profiles()

SAVED_FILE = re.compile(
    r"```\{code-block\} \w+\n:caption: (?P<name>[\w.-]+)\n\n(?P<body>.*?)```", re.S
)


def saved_files(page: Path) -> dict[str, str]:
    """The files a page shows under a caption naming them, by name."""
    return {m["name"]: m["body"] for m in SAVED_FILE.finditer(page.read_text(encoding="utf-8"))}


@pytest.fixture(autouse=True)
def _scratch_directory(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run each page's examples in an empty directory holding the files the page saves."""
    page = Path(str(request.node.path))
    for name, body in saved_files(page).items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
