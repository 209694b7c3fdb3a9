"""Start-up shortcuts for the command-line process only.

Two of them: spaCy's command line is not imported, and the installed
packages' entry points are selected once per group (``_EntryPointGroups``).

``import spacy`` imports ``spacy.cli`` (typer, click, weasel, the download
machinery: 0.12 s of a 1 s cold start, measured) only so that ``spacy.info``
exists. The ``python -m pipeline`` process never uses spaCy's command line,
so before spaCy is imported it gets a placeholder ``spacy.cli`` package
whose submodules still import normally from spaCy's own folder
(``import spacy.cli.download`` works) and whose ``info`` says why it is
missing. Library users who ``import pipeline`` are not affected.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import types


def defer_spacy_cli() -> None:
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.origin:
        return
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = [os.path.join(os.path.dirname(spec.origin), "cli")]
    info = types.ModuleType("spacy.cli.info")

    def _info(*args, **kwargs):
        raise RuntimeError("spaCy's command line is not loaded in the `python -m pipeline` process; "
                           "run `python -m spacy info` instead")

    info.info = _info
    cli.info = info
    sys.modules["spacy.cli"] = cli
    sys.modules["spacy.cli.info"] = info


def bind_deferred_cli() -> None:
    """Once spaCy is imported, make ``spacy.cli`` an attribute of it as a normal import
    would (a module placed in ``sys.modules`` beforehand is not bound to its parent)."""
    spacy = sys.modules.get("spacy")
    cli = sys.modules.get("spacy.cli")
    if spacy is not None and cli is not None and not hasattr(spacy, "cli"):
        spacy.cli = cli


class _EntryPointGroups:
    """``importlib.metadata``'s entry points, each group selected once.

    catalogue looks a registry's entry points up on every ``registry.get`` (235 lookups
    while spaCy loads the model), and each lookup filters every entry point of every
    installed package again: 35 ms of a cold start, measured. The groups cannot change
    while the process runs (no package is installed under it), so each selection is kept.
    """

    def __init__(self, entry_points):
        self._all = entry_points
        self._groups: dict = {}

    def select(self, **params):
        if set(params) != {"group"}:
            return self._all.select(**params)
        group = params["group"]
        if group not in self._groups:
            self._groups[group] = self._all.select(group=group)
        return self._groups[group]


def cache_entry_point_groups() -> None:
    try:
        import catalogue
    except ImportError:
        return
    found = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if found is not None and hasattr(found, "select") and not isinstance(found, _EntryPointGroups):
        catalogue.AVAILABLE_ENTRY_POINTS = _EntryPointGroups(found)
