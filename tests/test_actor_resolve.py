"""Actor resolution: one actor per entity, coreference of anaphors and pronoun heads."""

from test_actor_recognise import run


def actor_of(doc, text):
    [m] = [m for m in doc.mentions_of("actor") if m.text == text]
    return next(a for a in doc.actors if m.id in a.mentions)


def test_actor_resolve_same_entry_is_one_actor():
    doc = run("قال تنظيم الدولة الإسلامية إن عناصر داعش سيطروا على البلدة، وأكد التنظيم ذلك.")
    isis = actor_of(doc, "تنظيم الدولة الإسلامية")
    assert isis.kb_id == "isis" and isis.name_en == "Islamic State"
    assert len(isis.mentions) == 3  # عناصر داعش and the anaphor التنظيم join it


def test_actor_resolve_anaphor_takes_nearest_matching_actor():
    doc = run("هاجمت الفرقة الرابعة البلدة، ثم انسحبت هيئة تحرير الشام. وقالت الفرقة إنها سيطرت عليها.")
    assert actor_of(doc, "الفرقة").kb_id == "syr.saa.4th-division"


def test_actor_resolve_anaphor_without_antecedent_is_dropped():
    doc = run("وقالت الحركة إنها لن تنسحب.")
    assert doc.mentions_of("actor") == []


def test_actor_resolve_pronoun_head_is_the_antecedents_forces():
    doc = run("قال الرئيس السوري بشار الأسد إن قواته ستستعيد إدلب.")
    forces = actor_of(doc, "قواته")
    assert forces.kb_id == "syr.saa" and forces.category == "state_forces"
    assert actor_of(doc, "الرئيس السوري بشار الأسد").kb_id == "syr.president"


def test_actor_resolve_a_groups_own_fighters_are_its_members_not_its_countrys_army():
    doc = run("قال حزب الله اللبناني إن الحزب بدأ سحب جنوده من سوريا.")
    assert actor_of(doc, "جنوده").kb_id == "lbn.hezbollah"
    doc = run("قالت حركة أحرار الشام إن مقاتليها سيطروا على البلدة.")
    assert actor_of(doc, "مقاتليها").kb_id == "syr.ahrar-sham"


def test_actor_resolve_his_country_is_the_state_itself():
    doc = run("قال الرئيس التركي إن بلاده لن تسحب جنوده من سوريا.")
    assert actor_of(doc, "بلاده").kb_id == "tur.gov"
    assert actor_of(doc, "جنوده").kb_id == "tur.forces"


def test_actor_resolve_descriptive_actors_grouped_by_text():
    doc = run("قتل 5 مدنيين في القصف. ونزح المدنيون من البلدة، وقال المدنيون إنهم خائفون.")
    names = [a.name for a in doc.actors]
    assert names.count("المدنيون") == 1
    assert all(a.category == "civilians" for a in doc.actors)


def test_actor_resolve_title_with_dictionary_name_is_the_dictionary_person():
    doc = run("التقى وزير الخارجية الإيراني محمد جواد ظريف نظيره الروسي، وقال ظريف إن اللقاء مثمر.")
    zarif = actor_of(doc, "وزير الخارجية الإيراني محمد جواد ظريف")
    assert (zarif.kb_id, zarif.name_en, zarif.category, zarif.country) == (
        "irn.zarif", "Mohammad Javad Zarif", "foreign_state", "IRN")
    assert actor_of(doc, "ظريف") is zarif

