"""Shared fixtures: documents built in code, the bundled sample, the repository's paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.analyse.stage import analyse_stage
from rasd.document import Actor, Document, Meta
from rasd.ingest.custody import custody_for

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "sy24-deir-ez-zor-2021.jsonl"
DEV = ROOT / "eval" / "dev"


def make_doc(text: str, published: str | None = None) -> Document:
    """A document as ingest would make it, with no stage run yet."""
    return Document(text=text, meta=Meta(published=published), custody=custody_for(text.encode(), "test"))


def analysed(text: str, published: str | None = None) -> Document:
    return analyse_stage(make_doc(text, published))


def with_actors(text: str, actors: list[tuple[str, str]]) -> Document:
    """An analysed document whose actors are placed by hand: (phrase, category) pairs."""
    doc = analysed(text)
    for i, (phrase, category) in enumerate(actors, 1):
        start = text.index(phrase)
        m = doc.new_mention("actor", start, start + len(phrase))
        doc.actors.append(Actor(f"a{i}", phrase, category, [m.id]))
    return doc


def statuses(text: str, published: str = "2018-04-14") -> list[tuple[str, str]]:
    """(type, status) of each event the whole pipeline finds, the status model included."""
    from rasd.pipeline import default_pipeline

    doc = default_pipeline()(make_doc(text, published))
    return [(e.type, e.status) for e in doc.events]


def rule_statuses(text: str, published: str = "2018-04-14") -> list[tuple[str, str]]:
    """The rules' answer alone: the status model may overrule a rule where it learned to (events/status_model.py)."""
    from rasd.events.stage import build_events
    from rasd.pipeline import Pipeline, default_pipeline

    doc = Pipeline(default_pipeline().stages[:-1])(make_doc(text, published))
    build_events(doc, None)
    return [(e.type, e.status) for e in doc.events]


def roles_of(doc: Document, trigger_word: str | None = None) -> tuple[list[str], list[str]]:
    """Source and target names of the trigger whose first word is `trigger_word` (default: the first)."""
    from rasd.events.context import Entities, clause_of
    from rasd.events.roles import TokenIndex, assign_roles
    from rasd.events.triggers import find_triggers

    triggers = find_triggers(doc)
    if trigger_word is None:
        trig = triggers[0]
    else:
        pos = doc.text.index(trigger_word)
        trig = next(t for t in triggers if doc.tokens[t.first].start <= pos < doc.tokens[t.first].end)
    sentence = doc.sentence_of(doc.tokens[trig.first].start)
    clause = clause_of(doc, sentence, trig.span(doc.tokens).start)
    roles = assign_roles(doc, trig, clause, Entities.of(doc).actors, TokenIndex(doc.tokens),
                         {a.id: a for a in doc.actors}, sentence)
    names = {a.id: a.name for a in doc.actors}
    return [names[s] for s in roles.sources], [names[t] for t in roles.targets]


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE
