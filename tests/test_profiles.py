"""The shared Hypothesis profiles: what each sets, that a chosen one is kept, and the scaling."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import settings

from exchangekit.profiles import (
    CI_EXAMPLES,
    DEEP_EXAMPLES,
    DEFAULT_EXAMPLES,
    register_profiles,
    scaled_examples,
)


@pytest.fixture
def restore_profile() -> Iterator[None]:
    """Put back whichever profile the run was started with."""
    before = settings.get_current_profile_name()
    yield
    settings.load_profile(before)


@pytest.mark.usefixtures("restore_profile")
@pytest.mark.parametrize(
    ("name", "examples"),
    [("default", DEFAULT_EXAMPLES), ("ci", CI_EXAMPLES), ("deep", DEEP_EXAMPLES)],
)
def test_each_profile_sets_its_examples_and_no_deadline(name: str, examples: int) -> None:
    register_profiles()
    settings.load_profile(name)
    assert settings().max_examples == examples
    assert settings().deadline is None


@pytest.mark.usefixtures("restore_profile")
@pytest.mark.parametrize(
    ("name", "derandomized"), [("default", False), ("ci", True), ("deep", False)]
)
def test_only_the_ci_profile_draws_the_same_inputs_every_run(name: str, derandomized: bool) -> None:
    register_profiles()
    settings.load_profile(name)
    assert settings().derandomize is derandomized


@pytest.mark.usefixtures("restore_profile")
def test_a_profile_chosen_on_the_command_line_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    register_profiles()
    settings.load_profile("deep")
    monkeypatch.setenv("CI", "true")
    register_profiles()  # as a conftest.py loaded after --hypothesis-profile=deep would
    assert settings.get_current_profile_name() == "deep"


@pytest.mark.usefixtures("restore_profile")
@pytest.mark.parametrize(("ci", "expected"), [("", "default"), ("true", "ci")])
def test_ci_is_chosen_by_the_environment(
    monkeypatch: pytest.MonkeyPatch, ci: str, expected: str
) -> None:
    monkeypatch.setenv("CI", ci)
    settings.load_profile("default")
    register_profiles()
    assert settings.get_current_profile_name() == expected


@pytest.mark.usefixtures("restore_profile")
def test_deep_multiplies_a_tests_own_example_count() -> None:
    register_profiles()
    settings.load_profile("default")
    assert scaled_examples(25) == 25
    settings.load_profile("deep")
    assert scaled_examples(25) == 25 * DEEP_EXAMPLES // DEFAULT_EXAMPLES > 25


@pytest.mark.parametrize("bad", [0, -3, 2.5, True, "10"])
def test_scaled_examples_rejects_what_is_not_a_count(bad: object) -> None:
    with pytest.raises(ValueError, match=r"scaled_examples\(\): n must be a whole number"):
        scaled_examples(bad)  # type: ignore[arg-type]
