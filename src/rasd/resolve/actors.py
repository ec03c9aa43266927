"""PLACEHOLDER being replaced in this session: assigns nothing but its contract."""

from rasd.document import Document
from rasd.pipeline import stage


@stage("resolve_actors", requires=("tokens",), assigns=("actors",))
def resolve_actor_stage(doc: Document) -> None:
    return None
