"""Word lists of the recognisers: YAML files under `rasd/data/lexicon/`, folded for matching.

Every form is looked up under `match_key` (normalised, folded, single-spaced), the same key the
recognisers compute for the text, so spelling variants of hamza, ta marbuta and alef maqsura meet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

import yaml

from rasd.analyse.normalise import match_key


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed YAML file `data/lexicon/<name>.yaml`."""
    path = resources.files("rasd.data").joinpath(f"lexicon/{name}.yaml")
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return data if isinstance(data, dict) else {}


def keys(forms: Iterable[str]) -> frozenset[str]:
    """The matching keys of `forms` (cached: recognisers ask for the same lists at every word)."""
    return _keys(tuple(forms))


@cache
def _keys(forms: tuple[str, ...]) -> frozenset[str]:
    return frozenset(match_key(f) for f in forms if f)


def alternation(forms: Iterable[str]) -> str:
    """A regex alternation of the folded forms, longest first, any run of spaces between words."""
    ordered = sorted(keys(forms), key=len, reverse=True)
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in ordered)


def inverted(table: dict[Any, Iterable[str]]) -> dict[str, int]:
    """{value: [forms]} -> {folded form: int(value)}."""
    return {match_key(f): int(v) for v, forms in table.items() for f in forms}
