"""Roles for the constructions reviewers found misread: the owner of sites hit, a speaker's report, an undergone
attack, coordinated and apposed subjects, protesters, a genitive doer with its لـ object, a carried pronoun."""

from __future__ import annotations

from conftest import roles_of, with_actors
from rasd.recognise.quantities import quantity_stage
from rasd.recognise.times import time_stage


def test_events_roles_owner_of_the_sites_hit_is_the_target() -> None:
    doc = with_actors("نفذت قوات التحالف 19 غارة استهدفت مواقع لتنظيم داعش في سوريا.",
                      [("قوات التحالف", "foreign_state"), ("تنظيم داعش", "jihadist_group")])
    sources, targets = roles_of(doc, "غارة")
    assert "تنظيم داعش" not in sources and targets == ["تنظيم داعش"]


def test_events_roles_owner_after_tabi_a_is_the_target() -> None:
    doc = with_actors("شنت الولايات المتحدة ضربات عسكرية على مواقع تابعة للنظام السوري.",
                      [("الولايات المتحدة", "foreign_state"), ("للنظام السوري", "state_forces")])
    assert roles_of(doc, "شنت") == (["الولايات المتحدة"], ["للنظام السوري"])


def test_events_roles_who_tells_of_a_killing_did_not_kill() -> None:
    doc = with_actors("تحدثت وسائل إعلام لبنانية عن مقتل قيادي في سوريا.",
                      [("وسائل إعلام لبنانية", "foreign_state")])
    sources, _ = roles_of(doc, "مقتل")
    assert sources == []


def test_events_roles_who_urges_or_condemns_did_not_strike() -> None:
    for text, actor in (("طالبت روسيا بوقف الغارات على إدلب.", "روسيا"),
                        ("ودعت الأمم المتحدة إلى وقف القصف على الغوطة.", "الأمم المتحدة"),
                        ("ونددت دمشق مرارا بالاعتداء التركي في عفرين.", "دمشق")):
        doc = with_actors(text, [(actor, "foreign_state")])
        trigger = next(w for w in ("الغارات", "القصف", "بالاعتداء") if w in text)
        assert roles_of(doc, trigger)[0] == [], text


def test_events_roles_after_a_light_verb_the_genitive_is_the_object() -> None:
    doc = with_actors("وقالت الوزارة إن القوات الروسية ستواصل قصف تنظيم الدولة في مناطق أخرى.",
                      [("القوات الروسية", "foreign_state"), ("تنظيم الدولة", "jihadist_group")])
    assert roles_of(doc, "قصف") == (["القوات الروسية"], ["تنظيم الدولة"])
    # after "مع" the same form is a noun (renewal), whose genitive did the shelling
    doc = with_actors("وبالتزامن مع تجدد قصف الطيران المروحي لبلدة اللطامنة، استهدفت الفصائل مواقع.",
                      [("الطيران المروحي", "state_forces"), ("الفصائل", "rebel_group")])
    assert roles_of(doc, "قصف")[0] == ["الطيران المروحي"]


def test_events_roles_who_were_killed_in_an_attack_are_its_targets() -> None:
    doc = with_actors("وقال المرصد إن ثمانية من مقاتلي تنظيم داعش قتلوا في الهجوم على مارع.",
                      [("ثمانية من مقاتلي تنظيم داعش", "jihadist_group")])
    assert roles_of(doc, "قتلوا") == ([], ["ثمانية من مقاتلي تنظيم داعش"])
    # an object after the verb makes it active: the subject killed
    doc = with_actors("مسلحون قتلوا بالرصاص خمسة مدنيين في المدينة.",
                      [("مسلحون", "armed_group"), ("خمسة مدنيين", "civilians")])
    assert roles_of(doc, "قتلوا") == (["مسلحون"], ["خمسة مدنيين"])


def test_events_roles_the_genitive_of_a_killing_suffered_it() -> None:
    doc = with_actors("حيث نجحت مجموعة عسكرية أميركية بقتل أبو سياف القيادي في التنظيم.",
                      [("أبو سياف", "jihadist_group")])
    assert roles_of(doc, "بقتل") == ([], ["أبو سياف"])
    doc = with_actors("لكن اغتيال علوش أواخر عام 2015 أضعف جيش الإسلام.", [("علوش", "rebel_group")])
    assert roles_of(doc, "اغتيال") == ([], ["علوش"])
    # an attack's genitive did it
    doc = with_actors("وتواصل قصف الطيران الروسي على المدينة.", [("الطيران الروسي", "foreign_state")])
    assert roles_of(doc, "قصف")[0] == ["الطيران الروسي"]


def test_events_roles_an_actor_before_kama_belongs_to_the_clause_before() -> None:
    doc = with_actors("وتمت الإشارة لوجود عناصر فاغنر في سوريا كما قتل عدد منهم في أوكرانيا.",
                      [("عناصر فاغنر", "foreign_militia")])
    assert roles_of(doc, "قتل")[0] == []


def test_events_roles_the_dead_before_an_attack_stand_close_to_it() -> None:
    doc = with_actors("قتل 13 مدنيا جراء قصف على المدينة.", [("13 مدنيا", "civilians")])
    assert roles_of(doc, "قصف")[1] == ["13 مدنيا"]
    # warplanes named far back struck something else; they are no toll of the attack told later
    doc = with_actors("وقالت مصادر إن طائرات حربية يعتقد أنها تابعة للتحالف الذي تقوده واشنطن قصفت مواقع في شمال سوريا "
                      "أمس بعد هجوم على مقرات الفرقة.", [("طائرات حربية", "combatants")])
    assert "طائرات حربية" not in roles_of(doc, "هجوم")[1]


def test_events_roles_after_a_plural_verb_standing_first_comes_its_object() -> None:
    doc = with_actors("وخشي السكان تقدم التنظيم، ويطالبون قوات الأسد بوقف تقدمه.", [("قوات الأسد", "state_forces")])
    assert roles_of(doc, "ويطالبون") == ([], ["قوات الأسد"])
    # a singular verb standing first is followed by its subject
    doc = with_actors("وأضافت: لقد قتلنا الإرهابيين في حلب.", [("الإرهابيين", "jihadist_group")])
    assert roles_of(doc, "قتلنا") == ([], ["الإرهابيين"])  # "we" killed: the speaker is added by the event stage
    doc = with_actors("ويطالب الائتلاف قوات الأسد بوقف تقدمه.",
                      [("الائتلاف", "rebel_group"), ("قوات الأسد", "state_forces")])
    assert roles_of(doc, "ويطالب")[0] == ["الائتلاف"]


def test_events_roles_an_actor_inside_the_verbs_complement_is_not_its_subject() -> None:
    doc = with_actors("كما تعهدت بإخلاء جميع مواقعها على جبهات تنظيم داعش.", [("تنظيم داعش", "jihadist_group")])
    assert roles_of(doc, "تعهدت")[0] == []
    doc = with_actors("وقصفت أمس الطائرات الروسية مواقع للمعارضة.", [("الطائرات الروسية", "foreign_state")])
    assert roles_of(doc, "وقصفت")[0] == ["الطائرات الروسية"]


def test_events_roles_the_subject_of_a_hollow_light_verb_in_quotes_acts() -> None:
    doc = with_actors("اليوم تقوم «جبهة النصرة» باستهداف حلفاء القوى المعتدلة في سوريا.",
                      [("جبهة النصرة", "jihadist_group")])
    assert roles_of(doc, "باستهداف")[0] == ["جبهة النصرة"]
    doc = with_actors("معركة الزبداني التي يخوضها حزب الله مع قوات النظام.", [("حزب الله", "foreign_militia")])
    assert roles_of(doc, "معركة")[0] == ["حزب الله"]


def test_events_roles_the_subject_of_a_clause_does_its_purpose() -> None:
    doc = with_actors("وقال إذا كانت قوات النظام تدخل عفرين لطرد المقاتلين فلا مشكلة.",
                      [("قوات النظام", "state_forces")])
    assert roles_of(doc, "لطرد")[0] == ["قوات النظام"]
    # who urges it, or undergoes it, does not do it
    doc = with_actors("ودعت الأمم المتحدة إلى وقف فوري لاستهداف المدنيين.", [("الأمم المتحدة", "other")])
    assert roles_of(doc, "لاستهداف")[0] == []


def test_events_roles_an_attack_noun_with_a_pronoun_after_khilal_is_the_actor_before() -> None:
    doc = with_actors("ميدانيا، ارتفعت حصيلة تحطم طائرة حربية سورية خلال قصفها مدينة أريحا.",
                      [("طائرة حربية سورية", "state_forces")])
    assert roles_of(doc, "قصفها")[0] == ["طائرة حربية سورية"]
    doc = with_actors("وقال مدير المرصد: تحطمت طائرة حربية أثناء قصفها حيا في وسط مدينة أريحا.",
                      [("مدير المرصد", "ngo"), ("طائرة حربية", "state_forces")])
    assert roles_of(doc, "قصفها")[0] == ["طائرة حربية"]


def test_events_roles_an_attack_the_sentence_speaks_about_is_not_its_subjects() -> None:
    doc = with_actors("وأعربت روسيا عن قلقها الشديد إزاء الغارات الجوية الإسرائيلية.", [("روسيا", "foreign_state")])
    assert roles_of(doc, "الغارات")[0] == []
    # but what a party announces of itself stays its own deed
    doc = with_actors("وأعلن جيش الفتح عن سيطرته على قرية المشيك.", [("جيش الفتح", "rebel_group")])
    assert roles_of(doc, "سيطرته")[0] == ["جيش الفتح"]


def test_events_roles_a_commentator_telling_of_a_deed_did_not_do_it() -> None:
    doc = with_actors("وقال ديفيد مارتن في القناة ذاتها إذا كان ثمة روس بين القتلى فإن الضربات الجوية قد قتلت روسا.",
                      [("ديفيد مارتن", "other")])
    assert roles_of(doc, "الضربات")[0] == []


def test_events_roles_who_backs_an_attack_is_not_its_target() -> None:
    doc = with_actors("تمكنت قوات النظام من السيطرة على المدينة، بدعم كامل من الطيران الروسي والميليشيات الإيرانية.",
                      [("قوات النظام", "state_forces"), ("الطيران الروسي", "foreign_state"),
                       ("والميليشيات الإيرانية", "foreign_militia")])
    assert roles_of(doc, "السيطرة")[1] == []


def test_events_roles_genitive_of_an_undergone_attack_is_its_doer() -> None:
    doc = with_actors("وتعرضت البلدات لقصف القوات الحكومية الثلاثاء.", [("القوات الحكومية", "state_forces")])
    assert roles_of(doc, "لقصف") == (["القوات الحكومية"], [])


def test_events_roles_subjects_coordinated_before_the_verb_are_all_sources() -> None:
    doc = with_actors("وكانت الولايات المتحدة وفرنسا شنتا ضربات على مواقع للنظام السوري.",
                      [("الولايات المتحدة", "foreign_state"), ("فرنسا", "foreign_state"),
                        ("للنظام السوري", "state_forces")])
    sources, targets = roles_of(doc, "شنتا")
    assert sorted(sources) == ["الولايات المتحدة", "فرنسا"] and targets == ["للنظام السوري"]


def test_events_roles_subjects_joined_past_an_unrecognised_partner() -> None:
    doc = with_actors("ضربات نفذتها الولايات المتحدة وبريطانيا وفرنسا يوم السبت.",
                      [("الولايات المتحدة", "foreign_state"), ("فرنسا", "foreign_state")])
    assert roles_of(doc, "ضربات") == (["الولايات المتحدة", "فرنسا"], [])


def test_events_roles_apposition_between_commas_is_the_same_source() -> None:
    doc = with_actors("واتهم الرئيس الأمريكي، دونالد ترامب، النظام السوري بشن الهجوم.",
                      [("الرئيس الأمريكي", "foreign_state"), ("دونالد ترامب", "foreign_state"),
                        ("النظام السوري", "state_forces")])
    sources, targets = roles_of(doc, "واتهم")
    assert sources == ["الرئيس الأمريكي", "دونالد ترامب"] and "دونالد ترامب" not in targets


def test_events_roles_protesters_are_the_source() -> None:
    doc = with_actors("تظاهر آلاف الأشخاص في وسط برلين.", [("آلاف الأشخاص", "civilians")])
    assert roles_of(doc, "تظاهر") == (["آلاف الأشخاص"], [])


def test_events_roles_genitive_with_a_lam_object_is_the_doer() -> None:
    doc = with_actors("وندد الأهالي باعتقال قوات الأمن لناشطين في المدينة.",
                      [("قوات الأمن", "state_security"), ("ناشطين", "civilians")])
    assert roles_of(doc, "باعتقال") == (["قوات الأمن"], ["ناشطين"])


def test_events_roles_verb_carrying_its_object_pronoun_takes_no_other_object() -> None:
    doc = with_actors("وتحاصرها القوات السورية منذ عام 2013 بدعم من حلفائها الروس.",
                      [("القوات السورية", "state_forces"), ("الروس", "foreign_state")])
    assert roles_of(doc, "وتحاصرها") == (["القوات السورية"], [])


def test_events_roles_what_undergoes_an_attack_is_its_target() -> None:
    doc = with_actors("تعرض مطار المزة العسكري لعدة غارات وقصف في السنوات الأخيرة.",
                      [("مطار المزة العسكري", "state_forces")])
    assert roles_of(doc, "غارات") == ([], ["مطار المزة العسكري"])


def test_events_roles_the_one_aided_is_the_target() -> None:
    doc = with_actors("أرسلت الأمم المتحدة مساعدات إلى سكان البلدة المحاصرة.",
                      [("الأمم المتحدة", "igo"), ("سكان البلدة", "civilians")])
    assert roles_of(doc, "مساعدات") == (["الأمم المتحدة"], ["سكان البلدة"])


def test_events_roles_doer_resumed_after_a_plural_noun_form() -> None:
    doc = with_actors("وقتل عشرة مدنيين في غارات شنتها طائرات النظام على البلدة.",
                      [("طائرات النظام", "state_forces"), ("عشرة مدنيين", "civilians")])
    assert roles_of(doc, "غارات") == (["طائرات النظام"], ["عشرة مدنيين"])


def test_events_roles_who_announces_its_dead_did_not_strike() -> None:
    doc = with_actors("وأعلنت طهران مقتل سبعة من مقاتليها جراء الغارة.", [("طهران", "foreign_state")])
    assert roles_of(doc, "مقتل")[0] == []


def test_events_roles_partners_named_before_from_one_side_are_not_the_other_side() -> None:
    doc = with_actors("اشتباكات بين قوات النظام والميليشيات الموالية لها من جهة والفصائل المعارضة من جهة أخرى.",
                      [("قوات النظام", "state_forces"), ("الميليشيات الموالية لها", "militia"),
                       ("الفصائل المعارضة", "armed_opposition")])
    sources, targets = roles_of(doc, "اشتباكات")
    assert sources[:1] == ["قوات النظام"] and targets == ["الفصائل المعارضة"]


def test_events_roles_each_side_of_a_fight_may_be_several_actors_past_a_comma() -> None:
    doc = with_actors("تدور اشتباكات بين قوات النظام وحزب الله من جهة، والفصائل المقاتلة وجبهة النصرة من جهة أخرى.",
                      [("قوات النظام", "state_forces"), ("حزب الله", "militia"),
                       ("الفصائل المقاتلة", "armed_opposition"), ("جبهة النصرة", "jihadist_group")])
    assert roles_of(doc, "اشتباكات") == (["قوات النظام", "حزب الله"], ["الفصائل المقاتلة", "جبهة النصرة"])


def test_events_roles_subject_between_a_light_verb_and_its_noun() -> None:
    doc = with_actors("وقام الرئيس التركي بزيارة إلى موسكو.", [("الرئيس التركي", "foreign_state")])
    assert roles_of(doc, "بزيارة")[0] == ["الرئيس التركي"]


def test_events_roles_an_actor_before_a_subordinate_clause_is_not_its_subject() -> None:
    doc = with_actors("وأعلن الجيش مقتل ثلاثة جنود حين فتح مسلحون النار على دورية.",
                      [("ثلاثة جنود", "state_forces"), ("مسلحون", "armed_group")])
    assert roles_of(doc, "فتح")[0] == ["مسلحون"]


def test_events_roles_the_side_faced_and_the_one_a_place_is_taken_from_are_targets() -> None:
    doc = with_actors("وبدأت قوات النظام عملية عسكرية في درعا في مواجهة فصائل معارضة.",
                      [("قوات النظام", "state_forces"), ("فصائل معارضة", "rebel_group")])
    assert roles_of(doc, "عملية عسكرية") == (["قوات النظام"], ["فصائل معارضة"])


def test_events_roles_the_pronoun_of_the_matter_leaves_the_subject_after_the_verb() -> None:
    doc = with_actors("أعلن المرصد أنه قصفت قوات النظام صباح أمس مناطق في المدينة.",
                      [("المرصد", "ngo"), ("قوات النظام", "state_forces")])
    assert roles_of(doc, "قصفت")[0] == ["قوات النظام"]


def test_events_roles_where_an_attack_happened_is_not_its_doer() -> None:
    doc = with_actors("شهدت تركيا هجوما انتحاريا أسفر عن مقتل 30 شخصا.",
                      [("تركيا", "foreign_state"), ("30 شخصا", "civilians")])
    sources, _ = roles_of(doc, "هجوما")
    assert sources == []


def test_events_roles_resumptive_verb_with_bare_pronoun_names_the_doer() -> None:
    doc = with_actors("وقتل جنديان في هجوم شنه تنظيم الدولة على نقطة تجمع.",
                      [("تنظيم الدولة", "jihadist_group")])
    sources, _ = roles_of(doc)
    assert sources == ["تنظيم الدولة"]



def test_events_roles_a_counted_group_after_a_killing_noun_is_its_target() -> None:
    doc = with_actors("ورد متشددون بقتل ثلاثة جنود أتراك.", [("ثلاثة جنود أتراك", "foreign_state")])
    time_stage(doc)
    quantity_stage(doc)  # the count that marks the group
    assert roles_of(doc, "بقتل") == ([], ["ثلاثة جنود أتراك"])


def test_events_roles_what_follows_a_denial_is_not_its_subject() -> None:
    doc = with_actors("ونفى مصدر عسكري أن تكون القوات الروسية قصفت البلدة.", [("القوات الروسية", "foreign_state")])
    assert roles_of(doc, "ونفى")[0] == []
    assert roles_of(doc, "قصفت")[0] == ["القوات الروسية"]


def test_events_roles_the_subject_stands_before_an_aside() -> None:
    doc = with_actors("وكانت جبهة النصرة -جناح تنظيم القاعدة في سوريا- هاجمت مقاتلين من الفرقة 30.",
                      [("جبهة النصرة", "jihadist_group"), ("تنظيم القاعدة", "jihadist_group"),
                       ("الفرقة 30", "rebel_group")])
    assert roles_of(doc, "هاجمت")[0] == ["جبهة النصرة"]
    doc = with_actors("وقال المرصد إن تنظيم الدولة، الذي يسيطر على المدينة، أعدم 12 شخصا.",
                      [("المرصد", "ngo"), ("تنظيم الدولة", "jihadist_group")])
    assert roles_of(doc, "أعدم")[0] == ["تنظيم الدولة"]


def test_events_roles_who_acted_during_an_operation_carried_it_out() -> None:
    doc = with_actors("واستمر هجوم بري تمكنت قوات النظام خلاله من تقسيم المنطقة.",
                      [("قوات النظام", "state_forces")])
    assert roles_of(doc, "هجوم")[0] == ["قوات النظام"]
