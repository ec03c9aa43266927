"""Refine an event's mode and violation tags from its sentence (GUIDE.md "Violation tags")."""

from __future__ import annotations

from rasd.document import Token
from rasd.events.cues import find_cue
from rasd.events.lexicon import Entry

_MODE_ORDER = ("cbrn", "aerial", "explosives", "artillery", "firearms")


def assault_mode(entry: Entry, sentence_tokens: list[Token]) -> str | None:
    """The trigger's own mode unless the sentence names a more telling weapon (chemical beats aircraft)."""
    if find_cue(sentence_tokens, "mode_cbrn") is not None:
        return "cbrn"
    if entry.mode in ("aerial", "assassinate", "beat", "explosives"):
        return entry.mode
    for mode in _MODE_ORDER[1:]:
        if find_cue(sentence_tokens, f"mode_{mode}") is not None:
            return mode
    return entry.mode


def violations(entry: Entry, clause_tokens: list[Token], sentence_tokens: list[Token],
               target_categories: list[str]) -> list[str]:
    tags = list(entry.violations)
    if entry.type == "ASSAULT":
        civilians = "civilians" in target_categories or find_cue(clause_tokens, "civilian") is not None
        if civilians and "attack_on_civilians" not in tags:
            tags.append("attack_on_civilians")
        if civilians and find_cue(sentence_tokens, "killed") is not None and "killing" not in tags:
            tags.append("killing")
    return tags
