"""The entry point exchangekit loads: it declares the ``news`` parser and nothing else."""

from __future__ import annotations

from collections.abc import Sequence

from exchangekit.formats import Parser
from exchangekit.hookspecs import hookimpl

__all__ = ["exchangekit_parsers"]


@hookimpl
def exchangekit_parsers() -> Sequence[type[Parser]]:
    """The news parser, imported only when exchangekit first needs its formats."""
    from exchangekit_news.parser import NewsParser

    return [NewsParser]
