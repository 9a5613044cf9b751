"""Shared by the html plugin's tests: Hypothesis profiles, a headless browser, an HTML reader."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from typing import Any

import pytest

from exchangekit.profiles import register_profiles

register_profiles()

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
DRIVER_NAMES = ("chromedriver", "chromium-driver")


def _which(names: tuple[str, ...]) -> str | None:
    return next((path for name in names if (path := shutil.which(name))), None)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Chromium driven by chromedriver, both from the system's package manager.

    Skipped where they are missing, except under CI (``CI=true``), where a
    missing browser fails: the browser tests must never be skipped silently there.
    """
    chromium, driver = _which(CHROMIUM_NAMES), _which(DRIVER_NAMES)
    if chromium is None or driver is None:
        missing = "chromium" if chromium is None else "chromedriver"
        message = (
            f"{missing} is not installed; install the system packages chromium and "
            "chromium-driver (apt-get install -y chromium chromium-driver) to run the "
            "browser tests"
        )
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI=true and {message}")
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.add_argument("--window-size=1000,1400")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit driver path: Selenium Manager never tries to download one.
    chrome = webdriver.Chrome(options=options, service=Service(executable_path=driver))
    try:
        yield chrome
    finally:
        chrome.quit()


class Page(HTMLParser):
    """Every start tag, the text outside tags, and the cells of every table by its class."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.tables: list[tuple[str, list[list[str]]]] = []
        self._cell: list[str] | None = None
        self._raw = False
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._raw = True
        if tag == "table":
            self.tables.append((dict(attrs).get("class") or "", []))
        elif tag == "tr" and self.tables:
            self.tables[-1][1].append([])
        elif tag in ("td", "th") and self.tables:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._raw = False
        if tag in ("td", "th") and self._cell is not None and self.tables:
            self.tables[-1][1][-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._raw:
            return
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)

    def tables_of(self, cls: str) -> list[list[list[str]]]:
        """The body rows (header row dropped) of every table with class ``cls``."""
        return [rows[1:] for name, rows in self.tables if name == cls]


@pytest.fixture(scope="session")
def read_page() -> Callable[[str], Page]:
    """Parse a report with the standard library's HTML parser: tags, text and table cells."""
    return Page
