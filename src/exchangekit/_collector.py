"""Pausing the cyclic garbage collector around bulk work that makes long-lived objects."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Switch the cyclic collector off for the block, then back on if it was on, even on error.

    Loading or merging many records makes objects that live on and almost no
    cycles, so each automatic full collection meanwhile walks everything made
    so far for nothing, a share of the time that grows with the input.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
