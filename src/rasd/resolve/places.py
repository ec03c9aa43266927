"""PLACEHOLDER being replaced in this session: assigns nothing but its contract."""

from rasd.document import Document
from rasd.pipeline import stage


@stage("resolve_places", requires=("tokens",), assigns=("places",))
def resolve_place_stage(doc: Document) -> None:
    return None
