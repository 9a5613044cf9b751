"""The API reference: a page per public module, every package name listed, parameters described."""

from __future__ import annotations

import inspect
import pkgutil
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import exchangekit
from exchangekit import Count, Period, api, strategies, testing
from exchangekit.reconcile import compare, cumulative, merge_duplicates, totals

API_DOCS = Path(__file__).resolve().parent.parent / "docs" / "api"
NOT_LIBRARY_MODULES = {"cli", "builtin"}  # the command line (docs/cli.md) and built-in plugins


def _public_modules() -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.iter_modules(exchangekit.__path__)
        if not info.name.startswith("_") and info.name not in NOT_LIBRARY_MODULES
    )


def test_the_public_modules_are_found() -> None:
    assert {"counts", "periods", "models", "reconcile", "strategies", "testing"} <= set(
        _public_modules()
    )


@pytest.mark.parametrize("module", _public_modules())
def test_every_public_module_has_a_page_in_the_index(module: str) -> None:
    page = API_DOCS / f"{module}.md"
    assert page.exists(), f"docs/api/{module}.md is missing"
    assert f".. automodule:: exchangekit.{module}\n" in page.read_text(encoding="utf-8")
    toctree = (API_DOCS / "index.md").read_text(encoding="utf-8")
    assert re.search(rf"^{module}$", toctree, re.M), f"docs/api/index.md does not list {module}"


def test_the_package_page_lists_every_name_the_package_exports() -> None:
    page = (API_DOCS / "exchangekit.md").read_text(encoding="utf-8")
    missing = [
        name for name in exchangekit.__all__ if name != "__version__" and f"`{name} <" not in page
    ]
    assert not missing, f"docs/api/exchangekit.md does not list {missing}"


MAIN_FUNCTIONS: list[Callable[..., Any]] = [
    api.parse,
    api.iter_parse,
    api.export,
    totals,
    cumulative,
    compare,
    merge_duplicates,
    Count.parse,
    Period.parse,
    testing.check_metadata,
    testing.check_parser,
    testing.check_exporter,
    testing.check_round_trip,
    *(f for name in strategies.__all__ if callable(f := getattr(strategies, name))),
]


@pytest.mark.parametrize("function", MAIN_FUNCTIONS, ids=lambda f: f.__qualname__)
def test_every_parameter_of_the_main_functions_is_described(function: Callable[..., Any]) -> None:
    doc = inspect.getdoc(function) or ""
    undescribed = [
        name
        for name in inspect.signature(function).parameters
        if name not in {"self", "cls"} and f":param {name}:" not in doc
    ]
    assert not undescribed, f"{function.__qualname__} does not describe {undescribed}"
