"""PLACEHOLDER being replaced in this session: assigns nothing but its contract."""

from rasd.document import Document
from rasd.pipeline import stage


@stage("actors", requires=("tokens",), assigns=("actor_mentions",))
def actor_stage(doc: Document) -> None:
    return None
