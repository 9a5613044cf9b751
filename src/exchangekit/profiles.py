"""The Hypothesis profiles that exchangekit's test suites and its plugins' share.

``default`` is for running the tests while working, ``ci`` for continuous
integration (chosen when the ``CI`` environment variable is set; it draws the
same inputs on every run, so a gate never fails by chance, while working runs
keep exploring new ones), and
``deep`` for a long hunt for rare failures, chosen on the command line::

    python -m pytest --hypothesis-profile=deep

Call :func:`register_profiles` from a ``conftest.py``. A test whose
examples are costly sets its own count with :func:`scaled_examples`, so that
``deep`` still multiplies it. Needs the ``hypothesis`` extra.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

__all__ = [
    "CI_EXAMPLES",
    "DEEP_EXAMPLES",
    "DEFAULT_EXAMPLES",
    "register_profiles",
    "scaled_examples",
]

DEFAULT_EXAMPLES = 100
"""Examples per property in the ``default`` profile (Hypothesis's own default)."""

CI_EXAMPLES = 100
"""Examples per property in the ``ci`` profile: as many as a local run, so CI stays in budget."""

DEEP_EXAMPLES = 2_000
"""Examples per property in the ``deep`` profile: twenty times a normal run."""

_SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]


def register_profiles() -> None:
    """Register ``default``, ``ci`` and ``deep``, then load ``ci`` under CI or else ``default``.

    None has a deadline, since shared machines make timings noisy. A profile
    chosen with ``--hypothesis-profile`` is kept: this only loads one while
    Hypothesis's own default is in force, so calling it from several
    ``conftest.py`` files is harmless.
    """
    settings.register_profile(
        "default", deadline=None, max_examples=DEFAULT_EXAMPLES, derandomize=False
    )
    settings.register_profile(
        "ci",
        deadline=None,
        max_examples=CI_EXAMPLES,
        derandomize=True,
        suppress_health_check=_SLOW,
        print_blob=True,
    )
    settings.register_profile(
        "deep",
        deadline=None,
        max_examples=DEEP_EXAMPLES,
        derandomize=False,
        suppress_health_check=_SLOW,
        print_blob=True,
    )
    current = getattr(settings, "get_current_profile_name", lambda: "default")()
    if current == "default":
        settings.load_profile("ci" if os.environ.get("CI") else "default")


def scaled_examples(n: int) -> int:
    """``n`` examples as the loaded profile scales them: ``n`` by default, 20 times ``n`` deep.

    For ``@settings(max_examples=scaled_examples(25))`` on a property whose
    examples are slow: a fixed ``max_examples`` would ignore the profile.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"scaled_examples(): n must be a whole number of at least 1, got {n!r}")
    return max(1, n * settings().max_examples // DEFAULT_EXAMPLES)
