"""PLACEHOLDER being replaced in this session: assigns nothing but its contract."""

from rasd.document import Document
from rasd.pipeline import stage


@stage("quantities", requires=("tokens",), assigns=("quantities",))
def quantity_stage(doc: Document) -> None:
    return None
