"""Event triggers of a document: lexicon matches (events/trigger_match.py) that the text asserts
(events/assertion.py), one per action (events/one_action.py)."""

from __future__ import annotations

from rasd.document import Document, Span, Token
from rasd.events.assertion import not_asserted
from rasd.events.lexicon import Lexicon, load_lexicon
from rasd.events.one_action import merge_triggers, one_per_action
from rasd.events.trigger_match import Trigger, candidates

__all__ = ["Trigger", "find_triggers", "merge_triggers"]


def find_triggers(doc: Document, lexicon: Lexicon | None = None) -> list[Trigger]:
    lex = lexicon or load_lexicon()
    tokens = doc.tokens
    places = [m.span for m in doc.mentions if m.kind == "place"]
    at = candidates(doc, lex)
    found: list[Trigger] = []
    i = 0
    while i < len(tokens):
        trig = at[i]
        if trig and (not_asserted(doc, trig) or _place_name(trig, tokens, places)):
            trig = None  # not told as done, or a place name (وتدمر)
        if trig:
            found.append(trig)
            i = trig.last + 1 if trig.pos == "phrase" else i + 1
        else:
            i += 1
    return one_per_action(doc, found)


def _place_name(trig: Trigger, tokens: list[Token], places: list[Span]) -> bool:
    """The trigger's words are a place name: a place mention holds them, or holds the one word but its
    proclitic ("حمص وتدمر": the place is تدمر, the word وتدمر)."""
    span = trig.span(tokens)
    return any(p.contains(span) or (trig.first == trig.last and p.overlaps(span)) for p in places)
