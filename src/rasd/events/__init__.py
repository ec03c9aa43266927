"""PLACEHOLDER being replaced in this session."""

from rasd.document import Document
from rasd.pipeline import stage


@stage("events", requires=("tokens", "actors", "places", "times", "quantities", "sources"), assigns=("events",))
def event_stage(doc: Document) -> None:
    return None
