"""Cue lists (data/events/cues.yaml), loaded once, and a finder over clitic-stripped words."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from rasd.document import Token
from rasd.events.lexicon import key


@lru_cache(maxsize=1)
def cues() -> dict[str, list[tuple[str, ...]]]:
    raw = yaml.safe_load(resources.files("rasd.data").joinpath("events/cues.yaml").read_text(encoding="utf-8"))
    return {name: [tuple(key(w) for w in phrase.split()) for phrase in items] for name, items in raw.items()}


def find_cue(tokens: list[Token], name: str) -> int | None:
    """Index of the first token where a cue of list `name` starts, else None."""
    phrases = cues()[name]
    for i in range(len(tokens)):
        for p in phrases:
            window = tokens[i : i + len(p)]
            if len(window) == len(p) and all(t.stem_norm == w or t.norm == w for t, w in zip(window, p, strict=True)):
                return i
    return None
