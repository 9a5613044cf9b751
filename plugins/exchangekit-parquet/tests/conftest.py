"""The Hypothesis profiles exchangekit's suites share: default, ci (under CI) and deep."""

from __future__ import annotations

from exchangekit.profiles import register_profiles

register_profiles()
