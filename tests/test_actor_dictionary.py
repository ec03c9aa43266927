"""The actor dictionary: validation passes, lookups by match key, lexicon forms."""

import importlib.util
from pathlib import Path

from rasd.resolve.actor_dictionary import key, load_dictionary, load_lexicon, nisba_forms

SCRIPT = Path(__file__).parents[1] / "scripts" / "check_actor_dictionary.py"


def _checker():
    spec = importlib.util.spec_from_file_location("check_actor_dictionary", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_actor_dictionary_validation_passes():
    assert _checker().check() == []


def test_actor_dictionary_is_large():
    d = load_dictionary()
    assert len(d.entries) >= 300 and len(d.index) >= 1000


def test_actor_dictionary_lookup_by_match_key():
    d = load_dictionary()
    assert d.lookup(key("الدولة الإسلامية")).id == "isis"
    assert d.lookup(key("الدولةُ الاسلامية")).id == "isis"  # diacritics and hamza folded
    assert d.lookup(key("ypg")).id == "syr.ypg"


def test_actor_dictionary_parents_chain_to_the_state():
    d = load_dictionary()
    branch = d.get("syr.mi.branch-235")
    assert d.get(branch.parent).id == "syr.mi"
    assert d.get("syr.saa.4th-division").parent == "syr.saa"


def test_actor_dictionary_demonym_forms():
    forms = nisba_forms("روسي")
    assert {"الروسيه", "روسيين", "الروس"} & forms >= {"الروسيه", "روسيين"}
    assert load_lexicon().demonyms["الامريكيه"] == "USA"
