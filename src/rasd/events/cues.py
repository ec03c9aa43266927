"""Cue lists (data/events/cues.yaml), loaded once, and a finder over clitic-stripped words."""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

import yaml

from rasd.document import Token
from rasd.events.lexicon import key

QUOTES_OPEN, QUOTES_CLOSE = "“«\"", "”»\""
QUOTES = frozenset(QUOTES_OPEN + QUOTES_CLOSE)  # quotation marks, which tokens stand as words of their own


@lru_cache(maxsize=1)
def cues() -> dict[str, list[tuple[str, ...]]]:
    raw = yaml.safe_load(resources.files("rasd.data").joinpath("events/cues.yaml").read_text(encoding="utf-8"))
    return {name: [tuple(key(w) for w in phrase.split()) for phrase in items]
            for name, items in raw.items() if isinstance(items, list)}


@cache
def _by_first_word(name: str) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in cues()[name]:
        index.setdefault(phrase[0], []).append(phrase)
    return index


def find_cue(tokens: list[Token], name: str) -> int | None:
    """Index of the first token where a cue of list `name` starts, else None."""
    index = _by_first_word(name)
    for i, tok in enumerate(tokens):
        for p in index.get(tok.stem_norm, []) + (index.get(tok.norm, []) if tok.norm != tok.stem_norm else []):
            window = tokens[i : i + len(p)]
            if len(window) == len(p) and all(t.stem_norm == w or t.norm == w for t, w in zip(window, p, strict=True)):
                return i
    return None
