"""Actor recognition: dictionary names with clitics and spelling variants, descriptive phrases, capitals."""

from rasd.analyse.stage import analyse_stage
from rasd.document import Document, Meta
from rasd.ingest.custody import custody_for
from rasd.recognise.actors import actor_stage
from rasd.resolve.actors import resolve_actor_stage


def run(text: str) -> Document:
    doc = Document(text, Meta(), custody_for(b"", "test"))
    doc.done.extend(["text", "meta", "custody"])
    for s in (analyse_stage, actor_stage, resolve_actor_stage):
        s(doc)
    return doc


def found(text: str) -> dict[str, dict]:
    return {m.text: m.attrs for m in run(text).mentions_of("actor")}


def test_actor_recognise_fused_preposition_kept_conjunction_dropped():
    ms = found("وجهت تركيا رسالة للقوات الروسية وقوات النظام بقصف المدنيين.")
    assert ms["للقوات الروسية"]["kb_id"] == "rus.forces"
    assert ms["قوات النظام"]["kb_id"] == "syr.saa"
    assert "المدنيين" in ms


def test_actor_recognise_spelling_variants_and_quotes():
    ms = found("قال الاسد إن قوات سورية الديموقراطية وتنظيم «جبهة النصرة» انسحبوا.")
    assert ms["الاسد"]["kb_id"] == "syr.president"
    assert ms["قوات سورية الديموقراطية"]["kb_id"] == "syr.sdf"
    assert ms["تنظيم «جبهة النصرة"]["kb_id"] == "aq.nusra"


def test_actor_recognise_abbreviations():
    ms = found("اشتبكت قسد مع داعش قرب الحدود.")
    assert ms["قسد"]["kb_id"] == "syr.sdf" and ms["داعش"]["kb_id"] == "isis"


def test_actor_recognise_members_of_a_unit_take_its_id():
    ms = found("اعتقل ضباط وعناصر الفرقة الرابعة عشرات الشبان.")
    assert ms["ضباط وعناصر الفرقة الرابعة"]["kb_id"] == "syr.saa.4th-division"
    assert ms["عشرات الشبان"]["category"] == "civilians"


def test_actor_recognise_country_adjective_names_the_state_forces():
    ms = found("قصف الطيران التركي مواقع، وقال مسؤولون أتراك إن 3 جنود سوريين قتلوا.")
    assert ms["الطيران التركي"]["kb_id"] == "tur.forces"
    assert ms["3 جنود سوريين"]["kb_id"] == "syr.saa"
    assert ms["مسؤولون أتراك"]["country"] == "TUR"


def test_actor_recognise_title_with_unknown_name():
    ms = found("وقال وزير الدفاع الأردني فلان الفلاني إن الحدود مغلقة.")
    [(text, attrs)] = [(t, a) for t, a in ms.items() if t.startswith("وزير")]
    assert text == "وزير الدفاع الأردني فلان الفلاني"
    assert attrs["country"] == "JOR"


def test_actor_recognise_ally_phrase_is_militia_with_parent():
    ms = found("هاجمت قوات موالية لإيران البلدة.")
    attrs = ms["قوات موالية لإيران"]
    assert attrs["category"] == "foreign_militia" and attrs["parent"] == "irn.gov"


def test_actor_recognise_capital_as_actor_not_as_place():
    ms = found("وقالت موسكو إن الاجتماع عقد في دمشق.")
    assert ms["موسكو"]["kb_id"] == "rus.gov"
    assert "دمشق" not in ms


def test_actor_recognise_offsets_point_at_original_text():
    text = "قالت وكالة الأنباء السورية (سانا) إن الجيشَ السوريّ تقدّم."
    doc = run(text)
    for m in doc.mentions_of("actor"):
        assert text[m.start:m.end] == m.text
    assert {m.attrs["kb_id"] for m in doc.mentions_of("actor")} >= {"media.sana", "syr.saa"}


def test_actor_recognise_title_with_dictionary_name_takes_the_persons_id():
    ms = found("التقى وزير الخارجية الإيراني محمد جواد ظريف نظيره الروسي.")
    attrs = ms["وزير الخارجية الإيراني محمد جواد ظريف"]
    assert attrs["kb_id"] == "irn.zarif" and attrs["category"] == "foreign_state" and attrs["country"] == "IRN"


def test_actor_recognise_title_is_not_the_institution_that_stands_for_a_person():
    ms = found("هدد المتحدث باسم الرئاسة التركية إبراهيم قالن المجموعات.")
    assert ms["المتحدث باسم الرئاسة التركية إبراهيم قالن"]["kb_id"] == "tur.kalin"


def test_actor_recognise_title_and_name_stop_before_a_prepositional_actor():
    ms = found("اتصل وزير الخارجية الأردني أيمن خليل بالرئيس التركي.")
    assert "وزير الخارجية الأردني أيمن خليل" in ms and "بالرئيس التركي" in ms


def test_actor_recognise_rank_splits_office_from_name():
    # annotators mark "رئيس الأركان الإيراني" and "محمد باقري" apart, the rank in neither
    ms = found("وقال رئيس الأركان الإيراني اللواء محمد باقري إن القوات مستعدة.")
    assert ms["رئيس الأركان الإيراني"]["kb_id"] is None and ms["رئيس الأركان الإيراني"]["country"] == "IRN"
    assert ms["محمد باقري"]["kb_id"] == "irn.bagheri"
    ms = found("وقال رئيس الأركان الإيراني اللواء علي مرادي إن القوات مستعدة.")
    assert ms["علي مرادي"]["country"] == "IRN" and "رئيس الأركان الإيراني" in ms



def test_actor_recognise_subject_and_object_are_two_actors():
    # a genitive follows its head directly, never after an adjective or a head with the article
    ms = found("اتهم النظام السوري إسرائيل بشن غارة.")
    assert "النظام السوري" in ms and "إسرائيل" in ms
    assert "قوات النظام" in found("قصفت قوات النظام البلدة.")


def test_actor_recognise_an_everyday_word_is_no_name():
    assert "كيماوي" not in found("اتهمت واشنطن النظام بشن هجوم كيماوي على دوما.")


def test_actor_recognise_a_named_holder_ends_the_title_phrase():
    ms = found("اتهم الرئيس الأميركي دونالد ترامب النظام السوري بشن الهجوم.")
    assert "الرئيس الأميركي دونالد ترامب" in ms and "النظام السوري" in ms
    ms = found("التقى ولي العهد السعودي الأمير محمد بن سلمان بالرئيس التركي رجب طيب أردوغان.")
    assert "بالرئيس التركي رجب طيب أردوغان" in ms


def test_actor_recognise_a_force_described_by_any_adjective():
    assert {"قوات محلية", "الطائرات الحربية"} <= set(found("وهاجمت قوات محلية الحاجز. وقصفت الطائرات الحربية البلدة."))


def test_actor_recognise_the_warring_parties():
    assert "الأطراف المتحاربة" in found("دعا الأمين العام الأطراف المتحاربة إلى وقف القتال.")


def test_actor_recognise_a_country_whose_name_begins_with_ba_is_not_in_it():
    assert "بريطانيا" in found("شنت الولايات المتحدة وبريطانيا وفرنسا ضربات على مواقع سورية.")
    assert "دمشق" not in found("وقتل خمسة أشخاص بدمشق أمس.")


def test_actor_recognise_an_unnamed_official_described_by_his_office():
    assert "مسؤول إعلامي" in found("نفى مسؤول إعلامي التعليق على التقرير.")


def test_actor_recognise_masked_and_jihadist_gunmen_alone():
    """GUIDE: descriptive actors count ("ثلاثة مقنعين", "ملثمون" with no unit named)."""
    assert "ثلاثة مقنعين" in found("وخطف ثلاثة مقنعين الأب باولو من منزله في الرقة.")
    assert "ملثمون" in found("هاجم ملثمون حاجزا في البلدة.")
    assert "جهاديون" in found("وفتح جهاديون النار على المصلين.")


def test_actor_recognise_his_country_only_as_a_reported_subject():
    """"إن بلادها قتلت": the speaker's country acts; "إلى بلادهم" is a place, no actor."""
    assert "بلادها" in found("قالت وزارة الخارجية الروسية إن بلادها قتلت الإرهابيين.")
    assert "بلادهم" not in found("وعاد اللاجئون إلى بلادهم بعد سنوات.")


def test_actor_recognise_a_quotation_mark_ends_a_spokesperson_name():
    ms = found('وقالت متحدثة باسم الأمم المتحدة "استمرت الغارات على المدينة".')
    assert "متحدثة باسم الأمم المتحدة" in ms


def test_actor_recognise_a_name_stops_before_an_actor_behind_a_preposition():
    ms = found("وقال مسؤول أمريكي لرويترز إن الغارات مستمرة.")
    assert "مسؤول أمريكي" in ms and ms["لرويترز"]["kb_id"] == "media.reuters"
    # a surname that is itself a dictionary entry stays in the name
    assert any(text.endswith("جيم ماتيس") for text in found("وقال وزير الدفاع الأمريكي جيم ماتيس إن"))


def test_actor_recognise_a_name_stops_at_a_word_naming_an_action():
    assert "مسؤول دبلوماسي إسرائيلي" in found("وقال مسؤول دبلوماسي إسرائيلي طلب من الحكومة التحرك.")
    assert "الإعلامي السوري منهل عبدالقادر" in found("وطالب الإعلامي السوري منهل عبدالقادر بقتل المدنيين.")


def test_actor_recognise_no_personal_name_follows_an_office_of_several_people():
    ms = found("وقال مسؤولون أمريكيون مرارا إن الهدنة صامدة.")
    assert "مسؤولون أمريكيون" in ms


def test_actor_recognise_security_forces_named_by_their_service():
    ms = found("واقتحمت قوات الأمن المنزل، ونشرت قوات الأمن العراقية حواجز.")
    assert ms["قوات الأمن"]["category"] == "state_security"
    assert "قوات الأمن العراقية" in ms
    assert found("وقال مجلس الأمن إن الوضع خطير.")["مجلس الأمن"]["kb_id"] == "un.sc"


def test_actor_recognise_aircraft_named_by_their_kind_stand_alone():
    ms = found("وقصف الطيران المروحي بالبراميل المتفجرة أحياء المدينة.")
    assert ms["الطيران المروحي"]["category"] == "combatants"


def test_actor_recognise_a_word_after_a_bare_alias_can_show_another_sense():
    # «القاعدة الجوية» is an air base; «القاعدة» alone and «تنظيم القاعدة» stay al-Qaeda
    assert "القاعدة" not in found("قصفت الطائرات القاعدة الجوية في حمص.")
    assert found("هاجم مسلحو القاعدة الجيش.")["مسلحو القاعدة"]["kb_id"] == "aq"
    assert found("قال تنظيم القاعدة إنه هاجم الجيش.")["تنظيم القاعدة"]["kb_id"] == "aq"


def test_actor_recognise_a_surname_after_another_given_name_is_someone_else():
    ms = found("أعلن التلفزيون السوري توقيف سليمان هلال الأسد المتهم بقتل العقيد.")
    assert all(a.get("kb_id") != "syr.president" for a in ms.values())
    assert "سليمان هلال الأسد" in ms
    # the entry's own name, and two people joined by و, stay the entries
    assert found("وقال الرئيس بشار الأسد إن الجيش سيواصل.")["الرئيس بشار الأسد"]["kb_id"] == "syr.president"
    assert found("التقى لافروف والأسد في دمشق.")["الأسد"]["kb_id"] == "syr.president"


def test_actor_recognise_an_outlet_of_a_country_is_media():
    doc = run("وقالت وسائل الإعلام السورية الرسمية إن الدفاعات الجوية تصدت للهجوم، ونقلت صحيفة تركية ذلك.")
    categories = {a.name: a.category for a in doc.actors}
    assert categories["وسائل الإعلام السورية الرسمية"] == "media" and categories["صحيفة تركية"] == "media"


def test_actor_recognise_a_unit_of_an_actor_by_lam_or_tabi() -> None:
    # an indefinite force head with ل, or with تابعون ل, belongs to the actor: one mention with its id
    ms = found("داهمت دورية للشرطة العسكرية الروسية منزلا واختطف مسلحون تابعون لهيئة تحرير الشام ناشطا.")
    assert ms["دورية للشرطة العسكرية الروسية"]["kb_id"] == "rus.forces"
    assert ms["مسلحون تابعون لهيئة تحرير الشام"]["kb_id"] == "syr.hts"
    assert ms["ناشطا"]["category"] == "civilians"


def test_actor_recognise_people_from_a_prison_were_held_there() -> None:
    ms = found("أفرجت السلطات عن عشرات المعتقلين من سجن صيدنايا.")
    assert ms["عشرات المعتقلين"]["category"] == "civilians"
    assert ms["سجن صيدنايا"]["kb_id"] == "syr.saydnaya"


def test_actor_recognise_indefinite_extremists_are_jihadists() -> None:
    assert found("وكان متطرفون فتحوا النار على مركز حدودي.")["متطرفون"]["kb_id"] == "jihadists"


def test_actor_recognise_a_state_after_a_title_is_not_its_holders_name() -> None:
    # روسيا is also the accusative of the adjective روسي; a state named after an office is another actor
    ms = found("وحث وزير الخارجية الأمريكي روسيا على الضغط على النظام.")
    assert "وزير الخارجية الأمريكي" in ms and ms["روسيا"]["kb_id"] == "rus.gov"
    ms = found("وضع الرئيس الأميركي الولايات المتحدة أمام تحد كبير.")
    assert "الرئيس الأميركي" in ms and ms["الولايات المتحدة"]["kb_id"] == "usa.gov"


def test_actor_recognise_a_word_with_a_preposition_ends_a_name() -> None:
    # بـ / لـ before an action or any word the tokenizer splits it from: the holder's name has ended
    ms = found("وتابع الوزير الأمريكي بالقول إن المحادثات مثمرة، وهدد الرئيس التركي بشن عملية.")
    assert "الوزير الأمريكي" in ms and "الرئيس التركي" in ms


def test_actor_recognise_another_office_is_not_a_holders_name() -> None:
    ms = found("واستقبل ولي العهد السعودي المبعوث الأممي إلى سوريا.")
    assert ms["ولي العهد السعودي"]["kb_id"] == "sau.mbs"
    assert ms["المبعوث الأممي إلى سوريا"]["kb_id"] == "un.envoy"


def test_actor_recognise_an_armed_gang() -> None:
    assert "عصابة مسلحة" in found("واختطفت عصابة مسلحة طفلا من أمام منزله.")


def test_actor_recognise_a_cabinet_with_its_country() -> None:
    assert found("وشدد مجلس الوزراء السعودي على ضرورة إيجاد حل سياسي.")["مجلس الوزراء السعودي"]["country"] == "SAU"


def test_actor_recognise_armed_groups_of_a_country_are_not_its_army() -> None:
    ms = found("وتشن تركيا عملية عسكرية مع قوات برية وفصائل سورية مقربة منها، وقاتلت ميليشيات عراقية.")
    assert ms["فصائل سورية"]["kb_id"] is None and ms["فصائل سورية"]["category"] == "combatants"
    assert ms["ميليشيات عراقية"]["category"] == "foreign_militia"
    assert found("وقصفت قوات سورية مواقع المعارضة.")["قوات سورية"]["kb_id"] == "syr.saa"


def test_actor_recognise_a_convoy_of_an_actor() -> None:
    ms = found("ووصل رتل عسكري للقوات الأمريكية إلى قاعدة التنف.")
    assert ms["رتل عسكري للقوات الأمريكية"]["kb_id"] == "usa.forces"


def test_actor_recognise_the_second_of_two_places_after_fi_is_a_place():
    ms = found("نفذ التحالف غارات على مواقع التنظيم في سوريا والعراق أمس.")
    assert "العراق" not in ms and "والعراق" not in ms
    assert "العراق" in found("وقعت سوريا والعراق اتفاقا أمنيا.")


def test_actor_recognise_public_order_is_not_the_regime():
    assert "النظام" not in found("شدد الاجتماع على حماية النظام العام والأمن القومي.")
    assert found("قصف النظام البلدة.")["النظام"]["kb_id"] == "syr.gov"


def test_actor_recognise_a_capital_after_an_area_word_with_its_preposition_is_a_place():
    assert "دمشق" not in found("سيطرت الفصائل على نقاط في الزبداني بريف دمشق.")
    assert "تركيا" not in found("نشرت واشنطن مقاتلات في قاعدة إنجرليك بجنوب تركيا.")
    assert "دمشق" in found("فوضه رئيس الوزراء لزيارة دمشق ونقل رسائل.")
    assert "دمشق" not in found("سقطت قذائف على حي باب توما بالعاصمة دمشق أمس.")
