"""docs/plugins.md documents every hook under a heading that is the hook's exact signature."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from exchangekit import hookspecs

PLUGINS_PAGE = Path(__file__).parent.parent / "docs" / "plugins.md"
HEADING = re.compile(r"^#{2,4} `(?P<signature>(?P<name>exchangekit_\w+)\(.*\).*)`$", re.MULTILINE)


def _hooks() -> dict[str, str]:
    """Every hook specification, by name, with its signature written as in the source."""
    marker = f"{hookspecs.PROJECT}_spec"
    hooks: dict[str, str] = {}
    for name, function in inspect.getmembers(hookspecs, inspect.isfunction):
        if getattr(function, marker, None) is None:
            continue
        signature = inspect.signature(function)
        parameters = []
        for parameter in signature.parameters.values():
            text = parameter.name
            if parameter.annotation is not inspect.Parameter.empty:
                text += f": {parameter.annotation}"
            if parameter.default is not inspect.Parameter.empty:
                text += f" = {parameter.default!r}"
            parameters.append(text)
        returns = signature.return_annotation
        arrow = "" if returns is inspect.Signature.empty else f" -> {returns}"
        hooks[name] = f"{name}({', '.join(parameters)}){arrow}"
    return hooks


def _documented() -> dict[str, str]:
    text = PLUGINS_PAGE.read_text(encoding="utf-8")
    return {m["name"]: m["signature"] for m in HEADING.finditer(text)}


def test_the_hook_specifications_are_found() -> None:
    assert set(_hooks()) == {"exchangekit_parsers", "exchangekit_exporters"}


@pytest.mark.parametrize("name", sorted(_hooks()))
def test_every_hook_has_a_heading_with_its_exact_signature(name: str) -> None:
    documented = _documented()
    assert name in documented, f"docs/plugins.md has no heading for the hook {name}"
    assert documented[name] == _hooks()[name]


def test_no_heading_documents_a_hook_that_does_not_exist() -> None:
    assert set(_documented()) <= set(_hooks())


def test_hooks_take_keyword_arguments_only() -> None:
    marker = f"{hookspecs.PROJECT}_spec"
    for _, function in inspect.getmembers(hookspecs, inspect.isfunction):
        if getattr(function, marker, None) is not None:
            kinds = {p.kind for p in inspect.signature(function).parameters.values()}
            assert kinds <= {inspect.Parameter.KEYWORD_ONLY}


def test_every_hook_has_a_docstring_saying_what_to_return() -> None:
    for name in _hooks():
        doc = inspect.getdoc(getattr(hookspecs, name)) or ""
        assert doc.startswith("Return "), name
