"""Tests that importing reconcile and discovering plugins load only what they need, names intact."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import types

import pytest

import exchangekit
import exchangekit.reconcile


def _modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    probe = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


@pytest.mark.parametrize("package", [exchangekit, exchangekit.reconcile])
def test_every_public_name_resolves(package: types.ModuleType) -> None:
    for name in package.__all__:
        assert getattr(package, name) is not None, name
        assert name in dir(package)


def test_every_public_name_of_reconcile_imports_by_from() -> None:
    namespace: dict[str, object] = {}
    exec("from exchangekit.reconcile import *", namespace)
    assert set(exchangekit.reconcile.__all__) <= set(namespace)


def test_an_unknown_reconcile_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'merge_everything'"):
        exchangekit.reconcile.merge_everything  # noqa: B018


def test_importing_reconcile_loads_none_of_its_submodules() -> None:
    loaded = _modules_after("import exchangekit.reconcile")
    assert "exchangekit.reconcile" in loaded
    assert not {m for m in loaded if m.startswith("exchangekit.reconcile.")}


def test_one_function_loads_its_own_submodule_only() -> None:
    loaded = _modules_after("from exchangekit.reconcile import check_tallies")
    assert "exchangekit.reconcile.tallies" in loaded
    assert "exchangekit.reconcile.comparison" not in loaded
    assert "exchangekit.reconcile.duplicates" not in loaded


@pytest.mark.parametrize(
    "first",
    [
        "import exchangekit.reconcile.totals",
        "from exchangekit.reconcile.event_sums import is_derived",
        "from exchangekit.reconcile import cumulative, is_derived",
        "import exchangekit.reconcile",
    ],
)
def test_totals_and_event_sums_stay_the_functions_whatever_is_imported_first(first: str) -> None:
    code = (
        f"{first}\n"
        "import exchangekit.reconcile as r\n"
        "from exchangekit.reconcile import event_sums, totals\n"
        "import exchangekit.reconcile.totals\n"
        "assert callable(totals) and totals.__name__ == 'totals', totals\n"
        "assert callable(event_sums) and event_sums.__name__ == 'event_sums', event_sums\n"
        "assert r.totals is totals and r.event_sums is event_sums\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_submodules_are_still_importable_by_name() -> None:
    module = importlib.import_module("exchangekit.reconcile.totals")
    assert module.totals is exchangekit.reconcile.totals
    assert isinstance(module, types.ModuleType)


def test_discovering_plugins_imports_no_reconcile_and_no_report_machinery() -> None:
    loaded = _modules_after(
        "import exchangekit.plugins\n"
        "exchangekit.plugins.parsers()\n"
        "exchangekit.plugins.exporters()\n"
    )
    assert "exchangekit.plugins" in loaded
    heavy = {"exchangekit.tables", "exchangekit_html.report", "jinja2", "pyarrow", "logging"}
    assert not {m for m in loaded if m.startswith("exchangekit.reconcile.")}
    assert not heavy & loaded


# What the import row of benchmarks/perf_table.py runs: the package, the api, reconcile,
# and plugin discovery with every installed plugin (the README installs them all).
IMPORT_AND_DISCOVER = (
    "import exchangekit, exchangekit.api, exchangekit.reconcile, exchangekit.plugins\n"
    "exchangekit.plugins.parsers()\n"
    "exchangekit.plugins.exporters()\n"
)

# Each was measured loading on that path and is needed only later: reading entry points
# through importlib.metadata (with email and zipfile), cattrs until a record is structured,
# hashlib (OpenSSL) until an id is derived, and the rest until a file is written, a bundled
# file read or an error message worded.
DEFERRED = {
    "importlib.metadata": "entry points are read by exchangekit._discovery",
    "email": "importlib.metadata parses METADATA as a message",
    "cattrs": "the converter is built on first use",
    "hashlib": "ids are derived on first use",
    "difflib": "only error messages suggest names",
    "secrets": "only writing a file names a temporary one",
    "signal": "only writing a file handles termination",
    "zipfile": "only zipped packages and parquet bundles",
    "tempfile": "only the frictionless writer spools tables",
    "importlib.resources": "only canonical_json.schema() reads the bundled schema",
    "html": "only Markdown cells and HTML articles",
    "exchangekit.findings": "only reconciliation makes findings",
}


def test_importing_and_discovering_plugins_leaves_the_deferred_modules_unloaded() -> None:
    env = {k: v for k, v in os.environ.items() if k != "EXCHANGEKIT_PLUGINS"}
    probe = f"{IMPORT_AND_DISCOVER}import sys\nprint('\\n'.join(sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    loaded = set(done.stdout.split())
    assert {"exchangekit_news.plugin", "exchangekit.builtin.csv_tables"} <= loaded
    assert {name: why for name, why in DEFERRED.items() if name in loaded} == {}


def test_what_was_deferred_is_imported_when_it_is_used() -> None:
    probe = (
        "import sys\n"
        "from exchangekit.builtin._converter import _converter\n"
        "from exchangekit.models import _stable_id\n"
        "assert 'cattrs' not in sys.modules and 'hashlib' not in sys.modules\n"
        "assert type(_converter()).__module__.startswith('cattrs')\n"
        "assert _stable_id('ex', ('a', 1)).startswith('ex-')\n"
        "assert 'hashlib' in sys.modules and 'cattrs' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)
