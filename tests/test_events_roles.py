"""Roles from Arabic word order, on documents whose actors are placed by hand (no dictionary needed)."""

from __future__ import annotations

from conftest import roles_of, with_actors
from rasd.document import Span
from rasd.events.context import clause_of


def test_events_roles_verb_subject_object() -> None:
    doc = with_actors("اعتقلت قوات النظام عشرات الشبان في المدينة.",
                      [("قوات النظام", "state_forces"), ("عشرات الشبان", "civilians")])
    assert roles_of(doc) == (["قوات النظام"], ["عشرات الشبان"])


def test_events_roles_subject_before_verb() -> None:
    doc = with_actors("قوات النظام تقصف المدنيين بالمدفعية.",
                      [("قوات النظام", "state_forces"), ("المدنيين", "civilians")])
    assert roles_of(doc) == (["قوات النظام"], ["المدنيين"])


def test_events_roles_agent_after_min_qibal() -> None:
    doc = with_actors("تم اعتقال ناشط من قبل الأمن العسكري.",
                      [("ناشط", "civilians"), ("الأمن العسكري", "state_security")])
    assert roles_of(doc) == (["الأمن العسكري"], ["ناشط"])


def test_events_roles_passive_has_no_invented_source() -> None:
    doc = with_actors("قُتل مدنيون في المدينة.", [("مدنيون", "civilians")])
    assert roles_of(doc) == ([], ["مدنيون"])


def test_events_roles_reporter_is_not_the_perpetrator() -> None:
    doc = with_actors("وقال المرصد إن قصفا استهدف البلدة.", [("المرصد", "ngo")])
    assert roles_of(doc) == ([], [])


def test_events_roles_clause_stops_at_comma_and_conjunction() -> None:
    doc = with_actors("قصفت الطائرات البلدة، وقال الجيش إنه رد.",
                      [("الطائرات", "foreign_state"), ("الجيش", "state_forces")])
    assert clause_of(doc, doc.sentences[0], 0) == Span(0, doc.text.index("،"))


def test_events_roles_verbal_noun_after_jarraa_takes_its_genitive_agent() -> None:
    doc = with_actors("قتل 13 مدنيا جراء قصف القوات الحكومية على البلدة.",
                      [("13 مدنيا", "civilians"), ("القوات الحكومية", "state_forces")])
    assert roles_of(doc, "قصف") == (["القوات الحكومية"], ["13 مدنيا"])


def test_events_roles_resumptive_verb_names_the_doer() -> None:
    doc = with_actors("قتل 16 طفلا في غارة نفذتها طائرات حربية قرب مدرسة.",
                      [("16 طفلا", "civilians"), ("طائرات حربية", "state_forces")])
    assert roles_of(doc, "غارة") == (["طائرات حربية"], ["16 طفلا"])


def test_events_roles_partner_joined_by_a_wa_the_tokeniser_kept() -> None:
    # "وحلفاؤها" stays one token (its bare form is rare in the word list); the actor starts after the و
    doc = with_actors("قتل 40 مدنيا في هجمات شنتها القوات الحكومية وحلفاؤها في الغوطة.",
                      [("40 مدنيا", "civilians"), ("القوات الحكومية", "state_forces"), ("حلفاؤها", "militia")])
    assert roles_of(doc, "هجمات") == (["القوات الحكومية", "حلفاؤها"], ["40 مدنيا"])


def test_events_roles_who_took_part_in_the_attack_carried_it_out() -> None:
    doc = with_actors("قتل 20 مدنيا في الغارة التي شاركت فيها طائرات حربية أمريكية.",
                      [("20 مدنيا", "civilians"), ("طائرات حربية أمريكية", "foreign_state")])
    assert roles_of(doc, "الغارة") == (["طائرات حربية أمريكية"], ["20 مدنيا"])
    doc = with_actors("قتل 20 مدنيا في الاشتباكات التي لم يشارك فيها الجنود الروس.",
                      [("20 مدنيا", "civilians"), ("الجنود الروس", "foreign_state")])
    assert roles_of(doc, "الاشتباكات")[0] == []


def test_events_roles_relative_clause_with_object_pronoun() -> None:
    doc = with_actors("قتل عنصر من القوة التي دربها الجيش الأمريكي.",
                      [("القوة", "rebel_group"), ("الجيش الأمريكي", "foreign_state")])
    assert roles_of(doc, "دربها") == (["الجيش الأمريكي"], ["القوة"])


def test_events_roles_between_gives_both_sides() -> None:
    doc = with_actors("تدور اشتباكات عنيفة بين قوات النظام وفصائل المعارضة قرب المدينة.",
                      [("قوات النظام", "state_forces"), ("فصائل المعارضة", "rebel_group")])
    assert roles_of(doc, "اشتباكات") == (["قوات النظام"], ["فصائل المعارضة"])


def test_events_roles_subject_inside_a_phrase_trigger() -> None:
    doc = with_actors("شن تنظيم الدولة هجوما على مواقع الجيش.",
                      [("تنظيم الدولة", "jihadist_group"), ("الجيش", "state_forces")])
    sources, _ = roles_of(doc, "شن")
    assert sources == ["تنظيم الدولة"]


def test_events_roles_undergone_attack_with_subject_between_and_agent_after_min() -> None:
    doc = with_actors("ويتعرض مسلحو التنظيم لهجوم بري من القوات الحكومية.",
                      [("مسلحو التنظيم", "jihadist_group"), ("القوات الحكومية", "state_forces")])
    assert roles_of(doc, "لهجوم") == (["القوات الحكومية"], ["مسلحو التنظيم"])


def test_events_roles_partitive_min_is_not_an_agent() -> None:
    doc = with_actors("جرى اعتقال عشرات من المقاتلين في المدينة.", [("المقاتلين", "combatants")])
    sources, _ = roles_of(doc, "اعتقال")
    assert sources == []


def test_events_roles_participle_clause_takes_the_speaker() -> None:
    doc = with_actors("وقال المتحدث باسم الكرملين إن الوضع مقلق، متهما الفصائل المقاتلة باحتجاز المدنيين.",
                      [("المتحدث باسم الكرملين", "foreign_state"), ("الفصائل المقاتلة", "rebel_group")])
    assert roles_of(doc, "متهما") == (["المتحدث باسم الكرملين"], ["الفصائل المقاتلة"])


def test_events_roles_mobilize_has_no_plain_target() -> None:
    doc = with_actors("أرسلت الحكومة السورية قواتها إلى المنطقة.",
                      [("الحكومة السورية", "state_forces"), ("قواتها", "state_forces")])
    sources, targets = roles_of(doc, "أرسلت")
    assert sources == ["الحكومة السورية"] and targets == []


def test_events_roles_coordinated_subjects_share_the_source_role() -> None:
    doc = with_actors("أجبر قادة الفرقة وضباط الأمن جميع العناصر على الهتاف.",
                      [("قادة الفرقة", "state_forces"), ("ضباط الأمن", "state_security"),
                        ("جميع العناصر", "combatants")])
    assert roles_of(doc) == (["قادة الفرقة", "ضباط الأمن"], ["جميع العناصر"])


def test_events_roles_who_it_is_according_to_does_not_act() -> None:
    doc = with_actors("وحسب الإعلام البلجيكي فقد نفى المتهم كل الاتهامات.", [("الإعلام البلجيكي", "media")])
    assert roles_of(doc, "نفى") == ([], [])


def test_events_roles_the_fire_of_someone_is_their_deed() -> None:
    doc = with_actors("أصيب طفل برصاص قوات النظام في درعا.", [("طفل", "civilians"), ("قوات النظام", "state_forces")])
    assert roles_of(doc) == (["قوات النظام"], ["طفل"])


def test_events_roles_the_released_follow_an() -> None:
    # أفرج takes its object with عن (the lexicon's object_preps); detainees "from" a prison were held there
    doc = with_actors("أفرجت السلطات السورية عن عشرات المعتقلين من سجن صيدنايا.",
                      [("السلطات السورية", "state_official"), ("عشرات المعتقلين", "civilians")])
    assert roles_of(doc) == (["السلطات السورية"], ["عشرات المعتقلين"])


def test_events_roles_soldiers_killed_before_an_attack_are_its_target() -> None:
    doc = with_actors("قتل عنصران من قوات النظام في هجوم لتنظيم داعش في البادية.",
                      [("عنصران من قوات النظام", "state_forces"), ("تنظيم داعش", "jihadist_group")])
    assert roles_of(doc, "هجوم") == (["تنظيم داعش"], ["عنصران من قوات النظام"])


def test_events_roles_killed_by_an_attack_named_after_them() -> None:
    # a verb of killing whose first actor is followed by what killed it is passive
    doc = with_actors("قتل ستة عناصر من الجيش التركي بقصف لقوات النظام على نقطة مراقبة.",
                      [("ستة عناصر من الجيش التركي", "foreign_state"), ("قوات النظام", "state_forces")])
    assert roles_of(doc) == (["قوات النظام"], ["ستة عناصر من الجيش التركي"])


def test_events_roles_the_one_who_did_it_with_bi() -> None:
    doc = with_actors("وكانت الضربة الوحيدة التي قامت بها القوات التركية في سوريا.",
                      [("القوات التركية", "foreign_state")])
    assert roles_of(doc) == (["القوات التركية"], [])


def test_events_roles_who_claims_the_killing_did_it() -> None:
    # "مسؤوليته" keeps its pronoun on the word (ة + ه); a claim of one's dead is no announcement of losses
    doc = with_actors("وأعلن حزب العمال الكردستاني مسؤوليته عن مقتل جنديين تركيين في انفجار سيارة مفخخة.",
                      [("حزب العمال الكردستاني", "foreign_militia"), ("جنديين تركيين", "foreign_state")])
    assert roles_of(doc)[0] == ["حزب العمال الكردستاني"]


def test_events_roles_an_aid_organisation_delivers() -> None:
    doc = with_actors("ووزع مركز الملك سلمان للإغاثة سلالا غذائية على النازحين.",
                      [("مركز الملك سلمان للإغاثة", "ngo"), ("النازحين", "civilians")])
    assert roles_of(doc) == (["مركز الملك سلمان للإغاثة"], ["النازحين"])


def test_events_roles_who_imposes_a_siege_or_sanctions_does_it() -> None:
    doc = with_actors("ومنذ 2013، تفرض قوات النظام حصارا محكما على الغوطة الشرقية.", [("قوات النظام", "state_forces")])
    assert roles_of(doc)[0] == ["قوات النظام"]
    # a من inside the target phrase marks no agent
    doc = with_actors("وفرض الاتحاد الأوروبي عقوبات جديدة على شخصيات مقربة من النظام السوري.",
                      [("الاتحاد الأوروبي", "other"), ("النظام السوري", "state_official")])
    assert roles_of(doc)[0] == ["الاتحاد الأوروبي"]


def test_events_roles_a_blow_directed_at_an_actor_hits_it() -> None:
    doc = with_actors("ووجهت الولايات المتحدة ضربة للنظام السوري.",
                      [("الولايات المتحدة", "foreign_state"), ("للنظام السوري", "state_official")])
    assert roles_of(doc) == (["الولايات المتحدة"], ["للنظام السوري"])
    doc = with_actors("وقتل خمسة في هجوم لتنظيم داعش.", [("لتنظيم داعش", "jihadist_group")])
    assert roles_of(doc, "هجوم")[0] == ["لتنظيم داعش"]  # without directing, لـ after an attack names its doer


def test_events_roles_the_accused_did_it_across_a_date() -> None:
    doc = with_actors("وكانت دمشق قد اتهمت إسرائيل في التاسع من نيسان بشن غارة جوية على المطار.",
                      [("دمشق", "state_official"), ("إسرائيل", "foreign_state")])
    assert roles_of(doc, "غارة")[0] == ["إسرائيل"]


def test_events_roles_the_speakers_own_pronoun_did_it() -> None:
    text = "قال التحالف الذي تقوده الولايات المتحدة ضد تنظيم الدولة في سوريا والعراق إنه نفذ ضربة جوية."
    doc = with_actors(text, [("التحالف", "foreign_state"), ("تنظيم الدولة", "jihadist_group"),
                             ("والعراق", "foreign_state")])
    assert roles_of(doc, "ضربة")[0] == ["التحالف"]
    # a concession's pronoun is the topic's, not the speaker's
    doc = with_actors("وقال المرصد إن التنظيم كان يبحث عن مطلوبين، إلا أنه قام باعتقال عائلات بأكملها.",
                      [("المرصد", "ngo"), ("التنظيم", "jihadist_group")])
    assert roles_of(doc, "باعتقال")[0] != ["المرصد"]


def test_events_roles_troops_sent_are_no_party() -> None:
    doc = with_actors("وقرر البنتاغون إرسال ألف جندي إضافي إلى سوريا.",
                      [("البنتاغون", "foreign_state"), ("ألف جندي", "combatants")])
    assert roles_of(doc, "إرسال") == (["البنتاغون"], [])
