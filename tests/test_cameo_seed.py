"""The CAMEO seed for the event trigger lexicon: data files parse and use rasd's vocabulary; the build is stable."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT / "src" / "rasd" / "data" / "events"

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODES = {
    "ASSAULT": {"beat", "firearms", "explosives", "aerial", "artillery", "assassinate", "sexual", "cbrn"},
    "COERCE": {"arrest", "seize", "raid", "ban", "censor", "besiege", "expel"},
    "PROTEST": {"demonstrate", "strike", "riot"},
    # modes the gold annotations use for these types
    "MOBILIZE": {"troops", "weapons"},
    "AID": {"military", "humanitarian"},
    "THREATEN": {"assault"},
}
VIOLATIONS = {"torture", "ill_treatment", "killing", "arbitrary_detention", "enforced_disappearance",
              "forced_recruitment", "threat_to_life", "forced_displacement", "property_destruction", "looting",
              "sexual_violence", "attack_on_civilians", "other"}


def _load_script():
    spec = importlib.util.spec_from_file_location("build_cameo_seed", ROOT / "scripts" / "build_cameo_seed.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["build_cameo_seed"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


seed = _load_script()


def _rows(name: str) -> list[dict[str, str]]:
    with (EVENTS / name).open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = list(reader)
    assert all(None not in r and None not in r.values() for r in rows), f"{name}: a row has the wrong field count"
    return rows


def _check_vocabulary(row: dict[str, str]) -> None:
    ptype, mode = row["plover_type"], row["plover_mode"]
    assert not mode or mode in MODES.get(ptype, set()), row
    assert set(filter(None, row["violations"].split("|"))) <= VIOLATIONS, row


def test_cameo_seed_mapping_uses_plover_vocabulary():
    rows = _rows("cameo_plover.tsv")
    assert len({r["cameo_code"] for r in rows}) == len(rows)
    for row in rows:
        assert not row["plover_type"] or row["plover_type"] in PLOVER_TYPES, row
        _check_vocabulary(row)


def test_cameo_seed_mapping_covers_every_root():
    codes = {r["cameo_code"] for r in _rows("cameo_plover.tsv")}
    assert {f"{n:02d}" for n in range(1, 21)} <= codes


@pytest.mark.parametrize(("code", "ptype", "mode", "violation"), [
    ("0874", "RETREAT", "", ""), ("173", "COERCE", "arrest", "arbitrary_detention"),
    ("181", "COERCE", "arrest", "arbitrary_detention"), ("174", "COERCE", "expel", "forced_displacement"),
    ("1821", "ASSAULT", "sexual", "sexual_violence"), ("1822", "ASSAULT", "beat", "torture"),
    ("183", "ASSAULT", "explosives", ""), ("191", "COERCE", "besiege", "other"), ("195", "ASSAULT", "aerial", ""),
    ("2041", "ASSAULT", "cbrn", ""), ("010", "", "", ""), ("1124", "ACCUSE", "", ""), ("0233", "REQUEST", "", ""),
    ("1413", "PROTEST", "demonstrate", ""),
])
def test_cameo_seed_mapping_decisions(code, ptype, mode, violation):
    target = seed.map_code(code, seed.load_mapping())
    assert (target["plover_type"], target["plover_mode"]) == (ptype, mode)
    assert violation in target["violations"].split("|")


def test_cameo_seed_verbs_are_typed_and_measured():
    rows = _rows("cameo_verbs.tsv")
    assert rows and list(rows[0]) == list(seed.COLUMNS)
    for row in rows:
        assert row["plover_type"] in PLOVER_TYPES, row
        _check_vocabulary(row)
        assert row["train_hits"].isdigit()
        assert not row["train_precision"] or 0.0 <= float(row["train_precision"]) <= 1.0


SAMPLE = """\
####### SYNONYM SETS #######
&WEAPON
+صاروخ_
####### VERB PATTERNS #######
--- قصف [---] ---
قَصَفَ                [195]     # bomb
هاجم                            # attack
حقق+في                [092]     # look
- * مدينة [190] # هاجم
- * (في غارة) [194] # قصف
--- قال [010] ---
قال                             # say
أ حرق                           # set
"""


def test_cameo_seed_build_is_deterministic(tmp_path):
    mapping = seed.load_mapping()
    first, second = seed.build(SAMPLE, mapping), seed.build(SAMPLE, mapping)
    assert first == second
    seed.write_tsv(first, tmp_path / "a.tsv")
    seed.write_tsv(second, tmp_path / "b.tsv")
    assert (tmp_path / "a.tsv").read_bytes() == (tmp_path / "b.tsv").read_bytes()
    got = {(r["lemma"], r["particle"]): (r["cameo_code"], r["plover_type"], r["code_source"]) for r in first}
    assert got == {
        ("قصف", ""): ("195", "ASSAULT", "entry"),
        ("هاجم", ""): ("190", "ASSAULT", "pattern"),
        ("حقق", "في"): ("092", "ACCUSE", "entry"),
    }  # قال and احرق take the block's 010: statements, dropped


@pytest.mark.parametrize(("word", "key"), [
    ("أ حرق", ("احرق", "")), ("وضع هوو", ("وضع", "")), ("اضرم+نار+في", ("اضرم", "نار في")),
    ("سَمَحَ", ("سمح", "")), ("ما+زال", None),
])
def test_cameo_seed_lemma_keys(word, key):
    assert seed.lemma_key(word) == key


@pytest.mark.parametrize(("lemma", "form"), [("قصف", "قصفت"), ("أطلق", "يطلقون"), ("نفى", "نفت"),
                                             ("دعا", "يدعو"), ("زار", "يزور"), ("استهدف", "تستهدف")])
def test_cameo_seed_inflections(lemma, form):
    assert form in seed.inflections(lemma)


def test_cameo_seed_evaluation_counts_hits_inside_same_type_triggers():
    text = "قصفت الطائرات المدينة. وقصفت المدفعية القرية أمس. ونفى الجيش ذلك."
    gold = seed.Gold(text, [seed.Trigger(0, 4, "ASSAULT", frozenset({"ASSAULT"})),
                            seed.Trigger(50, 53, "REJECT", frozenset({"REJECT"}))])
    rows = seed.build(SAMPLE.replace("قال  ", "نفى  ").replace("[010]", "[016]"), seed.load_mapping())
    seed.evaluate(rows, [gold])
    by_lemma = {r["lemma"]: r for r in rows}
    assert (by_lemma["قصف"]["train_hits"], by_lemma["قصف"]["train_precision"]) == ("2", "0.500")
    assert by_lemma["قصف"]["train_types"] == "-:1|ASSAULT:1"
    assert by_lemma["نفى"]["train_precision"] == "1.000"
    assert seed.coverage(rows, [gold]) == (2, 2)


def test_cameo_seed_mapping_resolves_every_petrarch_code():
    ontology = ROOT.parent / "shared/data/petrarch-arabic-dictionaries/PETR.Internal.Coding.Ontology.txt"
    if not ontology.exists():
        pytest.skip("shared PETRARCH data not present")
    codes = [line.split(":")[0] for line in ontology.read_text(encoding="utf-8").splitlines()
             if line[:1].isdigit() and line.split(":")[0].isdigit()]
    mapping = seed.load_mapping()
    assert len(codes) > 200
    assert [c for c in codes if seed.map_code(c, mapping) is None] == []
