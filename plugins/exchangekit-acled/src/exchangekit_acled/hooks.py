"""The plugin's hook implementations: the module the ``exchangekit`` entry point names."""

from __future__ import annotations

from exchangekit.formats import Parser
from exchangekit.hookspecs import hookimpl
from exchangekit_acled.parser import AcledParser


@hookimpl
def exchangekit_parsers() -> list[type[Parser]]:
    """The ``acled`` parser."""
    return [AcledParser]
