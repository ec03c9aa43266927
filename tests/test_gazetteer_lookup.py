"""Gazetteer lookups: spelling variants meet under one key; admin chains and ids are filled."""

from rasd.resolve.gazetteer import gazetteer, name_key


def test_gazetteer_lookup_space_variants_meet():
    assert name_key("ديرالزور") == name_key("دير الزور")
    kbs = {p.kb for p in gazetteer().find("ديرالزور")}
    assert "ocha:SY09" in kbs


def test_gazetteer_lookup_hamza_and_ta_marbuta():
    assert name_key("إدلب") == name_key("ادلب")
    assert name_key("حماة") == name_key("حماه")
    assert any(p.feature == "city" and p.name_en for p in gazetteer().find("حماه"))


def test_gazetteer_lookup_rows_carry_admin_chain():
    douma = next(p for p in gazetteer().find("دوما") if p.feature == "city")
    assert douma.admin[:2] == ("Syria", "Rif Dimashq")
    assert douma.kb.startswith("geonames:")


def test_gazetteer_lookup_hand_written_entries():
    g = gazetteer()
    assert g.find("الغوطة الشرقية")[0].feature == "region"
    assert g.find("مطار التيفور")[0].kb == "rasd:t4-airbase"
    assert g.capital_of("SYR").name_en == "Damascus"
    assert g.country("RUS").feature == "country"


def test_gazetteer_lookup_common_word_village_not_bare():
    hits = gazetteer().lookup(name_key("الحرية"))
    assert hits and not any(h.bare for h in hits if gazetteer().place(h.place).feature == "village")
