"""An exchangekit plugin reading UCDP's Georeferenced Event Dataset (GED) as casualty claims.

Installed, it adds the ``ucdp-ged`` parser, found through the ``exchangekit``
entry point: GED CSV releases (yearly and candidate) and UCDP API pages
become incident claims per side, civilians, unknown and event total.
"""

from __future__ import annotations

from exchangekit_ucdp.events import CLAIMANT, UCDP_REGISTRY
from exchangekit_ucdp.ged import GedParser

__version__ = "0.1.0"

__all__ = ["CLAIMANT", "UCDP_REGISTRY", "GedParser", "__version__"]
