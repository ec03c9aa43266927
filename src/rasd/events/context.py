"""What the event stage looks at around a trigger: the entities of the document by position."""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.document import Document, Span
from rasd.events.cues import find_cue


@dataclass(frozen=True)
class Located:
    """An entity mention by position: its span and the id of the entity (actor, place) or mention."""

    start: int
    end: int
    ref: str


@dataclass
class Entities:
    """Actor and place mentions sorted by position, with the entity each belongs to. (Times and counts
    are read with every occurrence through recognise.times.time_values_in / quantities.quantities_in.)"""

    actors: list[Located] = field(default_factory=list)
    places: list[Located] = field(default_factory=list)

    @classmethod
    def of(cls, doc: Document) -> Entities:
        mentions = {m.id: m for m in doc.mentions}

        def located(pairs: list[tuple[str, str]]) -> list[Located]:
            out = [Located(mentions[mid].start, mentions[mid].end, ref) for mid, ref in pairs if mid in mentions]
            return sorted(out, key=lambda x: (x.start, -x.end))

        return cls(
            actors=located([(mid, a.id) for a in doc.actors for mid in a.mentions]),
            places=located([(mid, p.id) for p in doc.places for mid in p.mentions]),
        )


def within(items: list[Located], span: Span) -> list[Located]:
    return [x for x in items if span.start <= x.start and x.end <= span.end]


def clause_of(doc: Document, sentence: Span, pos: int) -> Span:
    """The clause around `pos`: the sentence cut at semicolons and at commas followed by a new clause (a
    word with the conjunction و/ف, or حيث, بينما, فيما, كما). "قتل 16 طفلا، الأربعاء، في غارة" stays one."""
    start, end = sentence.start, sentence.end
    opens = _clause_openings(doc, sentence)
    original = doc.text
    for i in range(pos - 1, sentence.start - 1, -1):
        if _is_break(original, i, opens):
            start = i + 1
            break
    for i in range(pos, sentence.end):
        if _is_break(original, i, opens):
            end = i
            break
    return Span(start, max(end, start))


_CLAUSE_WORDS = ("حيث", "بينما", "فيما", "كما")
_CONJUNCTIONS = ("و", "ف")


def _clause_openings(doc: Document, sentence: Span) -> set[int]:
    """Start offsets of the sentence's tokens that open a clause: a conjunction clitic or a clause word."""
    return {t.start for t in doc.tokens_in(sentence)
            if t.text.startswith(_CLAUSE_WORDS) or (
                t.proclitics[:1] and t.proclitics[0] in _CONJUNCTIONS) or find_cue([t], "adding_participles") == 0}


def _is_break(text: str, i: int, opens: set[int]) -> bool:
    ch = text[i]
    if ch in ";؛":
        return True
    if ch in ",،":
        j = i + 1
        while j < len(text) and text[j].isspace():
            j += 1
        return j in opens
    return False
