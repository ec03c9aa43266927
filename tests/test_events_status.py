from __future__ import annotations

import json
from importlib import resources

from conftest import statuses as _statuses
from rasd.events.status_model import load_status_model


def test_events_status_cues() -> None:
    assert _statuses("نفت روسيا أن تكون طائراتها قصفت المستشفى.") == [("REJECT", "reported"), ("ASSAULT", "denied")]
    assert _statuses("وستقصف الطائرات المواقع غدا.") == [("ASSAULT", "planned")]
    assert _statuses("وكان الجيش قد قصف البلدة في عام 2015.") == [("ASSAULT", "historical")]


def test_events_status_model_is_used_only_when_it_beat_the_rules() -> None:
    meta = json.loads(resources.files("rasd.data").joinpath("models/status_model.json").read_text(encoding="utf-8"))
    model_acc = max(meta["cv_accuracy_model"].values())
    check = meta.get("check_accuracy") or {}
    beats_on_check = not check or check["model"] > check["rules"]
    assert meta["use"] == (model_acc > meta["cv_accuracy_rules"] and beats_on_check)
    assert (load_status_model() is not None) == meta["use"]
    assert meta["cv_accuracy_model"][f"{meta['c2']}|{meta['threshold']}"] == model_acc


def test_events_status_a_deal_reached_is_not_a_deal_intended() -> None:
    statuses = dict(_statuses("أعلنت الحكومة التوصل لاتفاق مع الفصائل في البلدة."))
    assert statuses["AGREE"] in ("reported", "announced")


def test_events_status_an_announcement_inside_a_relative_clause_is_its_nouns() -> None:
    statuses = _statuses("دخلت الهدنة التي أعلنت عنها روسيا حيز التنفيذ بعد أيام من القصف العنيف.")
    assert ("ASSAULT", "announced") not in statuses


def test_events_status_announcing_losses_is_a_report() -> None:
    assert _statuses("وأعلنت طهران مقتل سبعة من مقاتليها جراء الغارة.") == [("ASSAULT", "reported")]
    assert _statuses("وأعلن الجيش سيطرته على البلدة.")[0][1] == "announced"
