"""Every public name has a docstring: the API reference is generated from them."""

from __future__ import annotations

import enum
import importlib
import inspect
from types import ModuleType

import pytest

PUBLIC_MODULES = [
    "exchangekit",
    "exchangekit.api",
    "exchangekit.counts",
    "exchangekit.errors",
    "exchangekit.figures",
    "exchangekit.findings",
    "exchangekit.formats",
    "exchangekit.hookspecs",
    "exchangekit.models",
    "exchangekit.parties",
    "exchangekit.periods",
    "exchangekit.plugins",
    "exchangekit.reconcile",
    "exchangekit.strategies",
    "exchangekit.testing",
    "exchangekit.vocabulary",
]


def _public_names(module: ModuleType) -> list[str]:
    names = getattr(module, "__all__", None)
    assert names is not None, f"{module.__name__} has no __all__"
    return [name for name in names if not name.startswith("_")]


def _undocumented(module: ModuleType) -> list[str]:
    missing = []
    for name in _public_names(module):
        obj = getattr(module, name)
        if not (inspect.isclass(obj) or inspect.isfunction(obj)):
            continue  # constants and aliases are documented where they are defined
        if not inspect.getdoc(obj):
            missing.append(name)
        if inspect.isclass(obj) and not issubclass(obj, enum.Enum):
            for attr, member in vars(obj).items():
                if attr.startswith("_"):
                    continue
                function = getattr(member, "__func__", member)
                if isinstance(member, property):
                    function = member.fget
                if inspect.isfunction(function) and not inspect.getdoc(function):
                    missing.append(f"{name}.{attr}")
    return missing


@pytest.mark.parametrize("module_name", PUBLIC_MODULES)
def test_every_public_name_has_a_docstring(module_name: str) -> None:
    module = importlib.import_module(module_name)
    assert inspect.getdoc(module), f"{module_name} has no module docstring"
    assert _undocumented(module) == []
