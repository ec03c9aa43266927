"""Refine an event's mode and violation tags from its sentence (GUIDE.md "Violation tags")."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from rasd.document import Token
from rasd.events.cues import find_cue
from rasd.events.lexicon import Entry, key

_MODE_ORDER = ("cbrn", "aerial", "explosives", "artillery", "firearms")


def assault_mode(entry: Entry, clause_tokens: list[Token]) -> str | None:
    """The trigger's own mode unless its clause names a more telling weapon (chemical beats aircraft). What
    the attack answers ("ردا على هجوم كيماوي") names another attack's weapon, so the clause stops there."""
    cause = find_cue(clause_tokens, "cause")
    own = clause_tokens[:cause] if cause is not None else clause_tokens
    if find_cue(own, "mode_cbrn") is not None:
        return "cbrn"
    if entry.mode in ("aerial", "assassinate", "beat", "explosives"):
        return entry.mode
    for mode in _MODE_ORDER[1:]:
        if find_cue(own, f"mode_{mode}") is not None:
            return mode
    return entry.mode


def violations(entry: Entry, clause_tokens: list[Token], sentence_tokens: list[Token],
               target_categories: list[str]) -> list[str]:
    """Tags from the trigger, the clause's civilians and the sentence's dead."""
    tags = list(entry.violations)
    if entry.type != "ASSAULT":
        return tags
    lists = _lists()
    civilians = "civilians" in target_categories or find_cue(clause_tokens, "civilian") is not None
    if civilians and "attack_on_civilians" not in tags and key(entry.lemma) not in lists["not_strikes"]:
        tags.append("attack_on_civilians")
    if civilians and find_cue(sentence_tokens, "killed") is not None and "killing" not in tags:
        tags.append("killing")
    fighters = any(t.norm in lists["combatant"] or t.stem_norm in lists["combatant"] for t in sentence_tokens)
    if "killing" in tags and fighters and not civilians:
        tags.remove("killing")  # fighters killed in fighting: GUIDE keeps killing for civilians
    return tags


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    raw = yaml.safe_load(resources.files("rasd.data").joinpath("events/violations.yaml").read_text(encoding="utf-8"))
    return {name: frozenset(key(w) for w in words) for name, words in raw.items()}
