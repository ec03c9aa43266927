from __future__ import annotations

import pytest

from conftest import make_doc
from rasd.document import Document
from rasd.errors import PipelineError
from rasd.pipeline import Pipeline, default_pipeline, stage


@stage("needs_tokens", requires=("tokens",), assigns=("things",))
def _needs_tokens(doc: Document) -> None:
    return None


@stage("promises_tokens", assigns=("tokens",))
def _promises_tokens(doc: Document) -> None:
    return None


def test_pipeline_refuses_a_stage_whose_input_no_earlier_stage_assigns() -> None:
    with pytest.raises(PipelineError, match=r"E001.*needs_tokens"):
        Pipeline([_needs_tokens])


def test_pipeline_stage_run_alone_on_a_document_missing_its_input_fails() -> None:
    with pytest.raises(PipelineError, match="E002"):
        _needs_tokens(make_doc("نص"))


def test_pipeline_records_what_each_stage_assigned() -> None:
    doc = Pipeline([_promises_tokens, _needs_tokens])(make_doc("نص"))
    assert doc.done[-2:] == ["tokens", "things"]


def test_pipeline_default_runs_in_the_order_data_flows() -> None:
    names = default_pipeline().names
    assert names[0] == "analyse" and names[-1] == "events"
    assert names.index("times") < names.index("resolve_places") < names.index("events")
