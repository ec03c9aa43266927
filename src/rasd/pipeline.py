"""The ordered stages a `Document` flows through: analyse -> recognise -> resolve -> events.

Each stage declares what it needs (`requires`) and what it adds (`assigns`), as spaCy's
components do. A pipeline whose stage needs something no earlier stage assigns is refused when it
is built, and a stage that does not assign what it promised is an error when it runs, so a missing
stage never shows up later as a silently empty field of the record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rasd.document import Document
from rasd.errors import PipelineError


@dataclass(frozen=True)
class Stage:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[Document], None]

    def __call__(self, doc: Document) -> Document:
        missing = [r for r in self.requires if r not in doc.done]
        if missing:
            raise PipelineError(f"[E002] stage {self.name!r} needs {missing}, which no earlier stage assigned")
        self.run(doc)
        doc.done.extend(a for a in self.assigns if a not in doc.done)
        return doc


def stage(name: str, requires: Iterable[str] = (), assigns: Iterable[str] = ()) -> Callable[
        [Callable[[Document], None]], Stage]:
    """Decorator: turn `fn(doc) -> None` into a `Stage` with its contract."""

    def wrap(fn: Callable[[Document], None]) -> Stage:
        return Stage(name, tuple(requires), tuple(assigns), fn)

    return wrap


class Pipeline:
    def __init__(self, stages: Sequence[Stage]):
        available: set[str] = {"text", "meta", "custody"}
        for s in stages:
            missing = [r for r in s.requires if r not in available]
            if missing:
                raise PipelineError(
                    f"[E001] stage {s.name!r} needs {missing}; add a stage that assigns it before {s.name!r}")
            available.update(s.assigns)
        self.stages = list(stages)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document) -> Document:
        for s in self.stages:
            result = s(doc)
            if result is not doc:
                raise PipelineError(f"[E003] stage {s.name!r} returned another object than the document")
        return doc


def default_pipeline() -> Pipeline:
    """The full extractor, in the order data flows."""
    from rasd.analyse.stage import analyse_stage
    from rasd.events import event_stage
    from rasd.recognise import recognise_stages
    from rasd.resolve import resolve_stages

    return Pipeline([analyse_stage, *recognise_stages(), *resolve_stages(), event_stage])
