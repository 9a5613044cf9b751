"""The Hypothesis profiles exchangekit's suites share, and the running example as a fixture."""

from __future__ import annotations

import importlib.resources

import pytest

from exchangekit import Dataset, parse
from exchangekit.profiles import register_profiles

register_profiles()


def running_example() -> Dataset:
    """The running example bundled with exchangekit: exchanges, claims, tallies and quotes."""
    resource = importlib.resources.files("exchangekit").joinpath("data/running-example.json")
    with resource.open("rb") as stream:
        return parse(stream, "json")


@pytest.fixture
def example() -> Dataset:
    """The running example (see :func:`running_example`)."""
    return running_example()
