"""PLACEHOLDER being replaced in this session: assigns nothing but its contract."""

from rasd.document import Document
from rasd.pipeline import stage


@stage("places", requires=("tokens",), assigns=("place_mentions",))
def place_stage(doc: Document) -> None:
    return None
