"""A confidence in [0, 1] for each event: how often events like it were right on the training set.

The table (data/events/confidence.yaml) is fitted by `scripts/calibrate_confidence.py` on
../shared/corpus/train: for each (type, trigger part of speech, has roles) cell, the share of system events
that matched a gold event; cells seen fewer than 5 times fall back to the type's share, then to the
overall share. It is calibrated by construction on train; `scripts/calibrate_confidence.py --report`
prints the reliability table on dev.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from rasd.document import Event

_DEFAULT = 0.5


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    path = resources.files("rasd.data").joinpath("events/confidence.yaml")
    if not path.is_file():
        return {}
    return {str(k): float(v) for k, v in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items()}


def cell(event_type: str, trigger_text: str, has_roles: bool) -> str:
    """The table's key, from what a record shows: type, a definite/prepositional trigger or not, roles."""
    nominal = trigger_text.startswith(("ال", "وال", "بال", "لل", "فال"))
    return f"{event_type}|{'noun' if nominal else 'verb'}|{'roles' if has_roles else 'bare'}"


def confidence(event: Event, trigger_text: str) -> float:
    table = _table()
    key = cell(event.type, trigger_text, bool(event.roles))
    for k in (key, event.type, "*"):
        if k in table:
            return table[k]
    return _DEFAULT
