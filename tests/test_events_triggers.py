from __future__ import annotations

from conftest import analysed, statuses
from rasd.events.lexicon import load_lexicon, noun_forms, verb_forms
from rasd.events.triggers import find_triggers


def _found(text: str) -> list[tuple[str, str]]:
    doc = analysed(text)
    return [(t.entry.type, doc.span_text(t.span(doc.tokens))) for t in find_triggers(doc)]


def test_events_lexicon_generates_inflections_from_lemmas() -> None:
    forms = verb_forms("اعتقل")
    assert {"اعتقلت", "اعتقلوا", "يعتقل", "تعتقلهم"} <= forms
    assert {"غارات", "غارته"} <= noun_forms("غاره")
    assert {"قصفوها", "حذروه", "يعتقلوهم"} <= verb_forms("قصف") | verb_forms("حذر") | verb_forms("اعتقل")
    assert "قصفواها" not in verb_forms("قصف")
    # a weak last root letter drops before a suffix: نفى (folded نفي), دعا, ادعى
    assert {"نفت", "نفوا", "ينفي"} <= verb_forms("نفي") and {"دعت", "دعوا", "يدعو"} <= verb_forms("دعا")
    assert "يدعي" in verb_forms("ادعي")


def test_events_lexicon_types_cliticised_and_inflected_forms() -> None:
    words = load_lexicon().words
    for form, type_ in (("قصفت", "ASSAULT"), ("يعتقل", "COERCE"), ("اتهامات", "ACCUSE"), ("نفت", "REJECT")):
        assert words[form][0].type == type_, form


def test_events_trigger_found_through_clitics() -> None:
    assert _found("وبقصف الطائرات للمدينة قتل مدنيان.")[0] == ("ASSAULT", "وبقصف")


def test_events_beat_and_torture_is_one_assault() -> None:
    assert _found("قام الضباط بضرب وتعذيب عدد منهم.") == [("ASSAULT", "بضرب وتعذيب")]


def test_events_deeds_told_one_after_another_stay_two() -> None:
    for word in ("غداة", "بعد", "منذ"):
        found = _found(f"ويأتي القصف {word} قصف استهدف المدينة.")
        assert found == [("ASSAULT", "القصف"), ("ASSAULT", "قصف استهدف")], word


def test_events_the_dead_and_the_wounded_of_one_deed_are_one_event() -> None:
    assert [t for t, _ in _found("قتل 18 مدنياً وأصيب العشرات في البلدة.")] == ["ASSAULT"]
    # in two places (the whole pipeline finds them) they are two deeds
    assert statuses("قتل خمسة مدنيين في حلب وأصيب ثلاثة في إدلب.") == [("ASSAULT", "reported")] * 2


def test_events_a_copula_negates_no_deed_but_there_is_none_refuses() -> None:
    assert ("REJECT", "الزيارة") not in _found("وليست الزيارة الأولى للوزير إلى دمشق.")
    assert ("REJECT", "اتفاق") in _found("وأكد المتحدث أنه ليس هناك اتفاق مع الحكومة.")


def test_events_a_student_is_no_demand() -> None:
    for text in ("ووجد الطالب الجامعي خليل الحل.", "ومن ضمن حالات الموت طالب جامعي واحد.",
                 "تعطيل العام الدراسي لأكثر من 35 ألف طالب فلسطيني."):
        assert not any(t == "REQUEST" for t, _ in _found(text)), text
    assert _found("وطالب الائتلاف بوقف القصف.")[0] == ("REQUEST", "وطالب")


def test_events_whom_sanctions_target_is_no_attack() -> None:
    assert [t for t, _ in _found("وقالت الوزارة إن العقوبات الجديدة تستهدف أربعة أفراد وسبع شركات.")] == ["SANCTION"]


def test_events_a_deed_not_intended_is_no_event() -> None:
    assert _found("وأكدت الوزارة أنها لا تعتزم توجيه ضربات جديدة ضد سوريا.") == []
    assert _found("وأكدت الوزارة أنها تعتزم توجيه ضربات جديدة ضد سوريا.")[0][0] == "ASSAULT"


def test_events_the_wounded_counted_in_the_next_sentence_are_the_attacks_toll() -> None:
    text = "قتل 12 شخصا في غارة على سوق في بلدة أريحا. وأضاف المرصد أن عشرات أصيبوا."
    assert [t for t, _ in _found(text)] == ["ASSAULT"]
    # a killing with its own object is a deed of its own
    text = "قتل 12 شخصا في غارة على سوق في بلدة أريحا. وقال القيادي إن عناصر الفرقة قتلوا مقاتلين من النصرة."
    assert [t for t, _ in _found(text)] == ["ASSAULT", "ASSAULT"]


def test_events_a_medical_evacuation_is_no_withdrawal() -> None:
    found = _found("وأكدت الوكالات أنها مستعدة لإجلاء المصابين بجروح خطيرة من الغوطة.")
    assert not any(t == "RETREAT" for t, _ in found)
    assert ("RETREAT", "إجلاء") in _found("وبدأت عملية إجلاء المقاتلين من درعا البلد.")


def test_events_what_may_happen_is_no_event() -> None:
    assert _found("وقال مسؤول كردي إن روسيا ربما تعارض الاتفاق مع تركيا.") == [("AGREE", "الاتفاق")]
    assert ("THREATEN", "توعدت بتطهير") in _found("وكانت تركيا قد توعدت بتطهير عفرين.")


def test_events_a_syndication_line_is_no_agreement() -> None:
    assert _found("قصفت الطائرات المدينة.\n* بالاتفاق مع «بلومبيرغ»") == [("ASSAULT", "قصفت")]


def test_events_coerce_and_threaten_stay_two_events() -> None:
    types = [t for t, _ in _found("أجبر الضابط الشاب على الشرب، وهدده بالقتل.")]
    assert types == ["COERCE", "THREATEN"]


def test_events_light_verb_and_its_noun_are_one_trigger() -> None:
    assert _found("شن الطيران الحربي غارات على البلدة.") == [("ASSAULT", "شن الطيران الحربي غارات")]


def test_events_toll_of_an_attack_is_not_a_second_event() -> None:
    assert [t for t, _ in _found("قصفت الطائرات السوق ما أسفر عن مقتل عشرة مدنيين.")] == ["ASSAULT"]


def test_events_truce_asked_for_is_part_of_the_request() -> None:
    assert [t for t, _ in _found("دعا المبعوث إلى هدنة فورية.")] == ["REQUEST"]


def test_events_words_that_only_look_like_triggers_are_skipped() -> None:
    assert _found("زارت وزارة الخارجية المنطقة الاجتماعية وشهدت فجر اليوم طائرة مسيرة.") == [
        ("CONSULT", "زارت")]


def test_events_generic_attack_and_fixed_phrases_are_not_events() -> None:
    assert _found("حذر من أي هجوم على المدينة.") == [("THREATEN", "حذر")]
    assert _found("قال المسؤولون الذين طلبوا عدم ذكر أسمائهم إن الوضع هادئ.") == []


def test_events_weapon_after_bi_is_the_instrument_of_the_attack() -> None:
    assert [t for t, _ in _found("قصف الطيران المروحي بالبراميل المتفجرة أحياء المدينة.")] == ["ASSAULT"]


def test_events_threat_content_and_decided_against_are_not_events() -> None:
    assert [t for t, _ in _found("هددت تركيا بأنها ستستهدف القوات القادمة.")] == ["THREATEN"]
    assert _found("اتخذ قرار عدم ضرب المطارات.") == []


def test_events_negated_accord_is_a_refusal() -> None:
    assert _found("وتصر روسيا على أنه لا هدنة مع الجهاديين.") == [("REJECT", "هدنة")]
    assert [t for t, _ in _found("لم تسمح الحكومة بإدخال المساعدات.")][:1] == ["COERCE"]


def test_events_quoted_label_is_an_accusation_spanning_to_the_label() -> None:
    assert _found('ووصف الرئيس التركي نظيره السوري بـ"القاتل".') == [
        ("ACCUSE", 'ووصف الرئيس التركي نظيره السوري بـ"القاتل')]
    assert [t for t, _ in _found('ووصفت الحكومة الهجوم على المدينة بأنه "اعتداء سافر" على سيادتها.')] == ["ACCUSE"]


def test_events_description_of_a_state_or_unquoted_label_is_no_accusation() -> None:
    assert _found('ووصف المبعوث الوضع في المدينة بأنه "خطير للغاية".') == []
    assert _found("ووصف أحد المصادر المعلومات بأنها أولية.") == []
    assert _found('تقدمت القوات لمواجهة ما وصفه بـ"التهديد".') == []


def test_events_vow_of_retaliation_and_named_threat_are_threats() -> None:
    assert _found("وتعهد الرئيس بالرد على الهجوم.")[0] == ("THREATEN", "وتعهد الرئيس بالرد")
    assert [t for t, _ in _found("دفع ذلك الرئيس إلى التهديد بقصف المطار.")] == ["THREATEN"]
    assert [t for t, _ in _found('وقال إن النظام "سيدفع ثمنا باهظا".')] == ["THREATEN"]
    assert [t for t, _ in _found("تعهدت الحكومة بعدم التدخل.")] == ["AGREE"]


def test_events_evidence_and_fabrication_claims_are_accusations() -> None:
    assert [t for t, _ in _found("أكدت فرنسا أن لديها أدلة على استخدام الغاز.")][:1] == ["ACCUSE"]
    assert [t for t, _ in _found('وقالت الوزارة إن التقرير "خبر كاذب".')] == ["ACCUSE"]


def test_events_terrorist_label_and_necessity_demand() -> None:
    assert [t for t, _ in _found("الوحدات الكردية التي تعدها أنقرة منظمة إرهابية.")] == ["ACCUSE"]
    assert [t for t, _ in _found("وشدد الوزير على ضرورة تنحي الرئيس.")] == ["REQUEST"]
    assert _found("ليس بالضرورة أن يتكرر ذلك، ويمكن التدخل عند الضرورة.") == []


def test_events_negated_refusal_and_declined_comment_are_no_rejections() -> None:
    assert _found("ولا نستبعد استخدام غاز السارين.")[:1] != [("REJECT", "نستبعد")]
    assert _found("قالت الوزارة إنها ترفض التعليق.") == []
    assert _found('وقال متحدث "لا علم لي بذلك".') == [("REJECT", "لا علم لي")]
    assert [t for t, _ in _found("نفت الوزارة الخبر، وسارعت دمشق إلى النفي.")] == ["REJECT", "REJECT"]


def test_events_deployment_of_ones_own_army_is_a_mobilization() -> None:
    assert [t for t, _ in _found("ويحشد الرئيس السوري بشار الأسد جيشه على الخطوط الأمامية.")] == ["MOBILIZE"]


def test_events_battlefield_exchange_and_programme_names_are_not_events() -> None:
    assert _found("تقدمت القوات على أرض المعركة.") == []
    assert _found("دارت معارك عنيفة في المدينة.") == [("ASSAULT", "معارك")]
    assert _found("رصدت الوزارة مكافأة لقاء أي معلومات عن المطلوبين.") == []
    assert _found("تأخر برنامج تدريب المقاتلين.") == []
    assert _found("أقام التنظيم معسكرات تدريب في المنطقة.") == []
    assert _found("دربت القوات الأميركية المقاتلين.") == [("AID", "دربت")]


def test_events_what_endangers_or_portends_is_no_threat() -> None:
    assert "THREATEN" not in [t for t, _ in _found("قال إن هذه الهجمات تهدد الاستقرار في المنطقة.")]
    assert _found("الوضع ينذر بعواقب خطيرة.") == []
    assert _found("هدد الوزير بقصف المطار.") == [("THREATEN", "هدد")]


def test_events_declining_to_be_named_and_a_conviction_are_not_events() -> None:
    assert [t for t, _ in _found("قال مسؤول رفض الكشف عن هويته إن القوات انسحبت.")] == ["RETREAT"]
    assert _found("رفضت الحكومة المبادرة.") == [("REJECT", "رفضت")]
    assert _found("قضت المحكمة بسجنه بعد أن ثبتت إدانته بالانضمام إلى التنظيم.") == []


def test_events_war_toll_in_thousands_is_background() -> None:
    assert _found("تشهد البلاد نزاعا تسبب بمقتل أكثر من 350 ألف شخص.") == []
    assert _found("قتل 12 مدنيا في قصف على المدينة.") == [("ASSAULT", "قصف")]


def test_events_aid_is_an_event_when_delivered_not_as_a_topic() -> None:
    assert [t for t, _ in _found("أدخلت الأمم المتحدة مساعدات إلى البلدة.")] == ["AID"]
    assert [t for t, _ in _found("دعت المنظمة إلى وقف القتال من أجل إيصال المساعدات.")] == ["REQUEST"]


def test_events_training_a_group_once_received_is_no_event() -> None:
    assert _found("هاجمت الجماعة عناصر الفرقة الذين تلقوا تدريبات عسكرية.") == [("ASSAULT", "هاجمت")]


def test_events_content_of_a_deal_or_a_denial_is_part_of_it() -> None:
    assert [t for t, _ in _found("توصل الطرفان إلى اتفاق لإجلاء المقاتلين من البلدة.")] == ["AGREE"]
    assert [t for t, _ in _found("ونفت موسكو تلك الاتهامات.")] == ["REJECT"]


def test_events_targeting_verb_after_a_strike_tells_what_it_hit() -> None:
    found = _found("نفذت الطائرات 17 ضربة جوية قرب المدينة، استهدفت مواقع ونقاط تفتيش.")
    assert [t for t, _ in found] == ["ASSAULT"]


def test_events_terms_of_a_deal_go_on_with_wa() -> None:
    found = _found("ينص الاتفاق على خروج المقاتلين من المدينة إلى الشمال وتسليم أسلحتهم الثقيلة.")
    assert [t for t, _ in found] == ["AGREE"]


def test_events_urging_to_call_for_is_one_demand() -> None:
    found = _found("حثت الولايات المتحدة، يوم الاثنين، مجلس الأمن الدولي، على الدعوة إلى وقف القتال.")
    assert [t for t, _ in found] == ["REQUEST"]


def test_events_capture_with_its_object_after_a_date() -> None:
    found = _found("وسيطرت القوات الحكومية في ديسمبر الماضي على مدينة البوكمال.")
    assert [t for t, _ in found] == ["ASSAULT"]


def test_events_prevented_or_only_possible_actions_are_no_events() -> None:
    assert [t for t, _ in _found("أصدر المجلس قرارا من شأنه منع تهجير الأهالي.")] == []
    assert [t for t, _ in _found("تستعد المنطقة لضربة عسكرية محتملة.")] == []


def test_events_fighters_leaving_is_a_retreat_not_a_mobilisation() -> None:
    assert [t for t, _ in _found("وغادرت الدفعة الأخيرة من المقاتلين المدينة باتجاه إدلب.")] == ["RETREAT"]


def test_events_destruction_by_an_attack_is_its_toll() -> None:
    assert [t for t, _ in _found("هاجمت الطائرات المطار، ودمرت بعض الطائرات الرابضة فيه.")] == ["ASSAULT"]
    assert [t for t, _ in _found("دمرت القوات عشرات المنازل في القرية.")] == ["ASSAULT"]


def test_events_stance_accusative_says_why_not_what() -> None:
    assert [t for t, _ in _found("تظاهر آلاف في المدينة تنديدا بقرار الحكومة.")] == ["PROTEST"]


def test_events_the_link_line_repeats_the_headline() -> None:
    found = _found("قصفت المقاتلات مواقع للتنظيم. رابط الخبر بصحيفة الوئام: مقاتلات قصفت مواقع للتنظيم")
    assert [t for t, _ in found] == ["ASSAULT"]


def test_events_forces_moving_in_are_a_mobilisation() -> None:
    assert [t for t, _ in _found("وتتجه سفن حربية أميركية نحو سوريا.")] == ["MOBILIZE"]


def test_events_what_an_action_is_for_is_not_yet_done() -> None:
    found = _found("بدأت القوات عملية عسكرية تهدف إلى طرد المسلحين من المدينة.")
    assert [t for t, _ in found] == ["ASSAULT"]


def test_events_tajalla_is_no_evacuation() -> None:
    assert _found("وتجلى ذلك في تصريحات المسؤولين.") == []
    assert [t for t, _ in _found("أجلت السلطات مئات المدنيين من البلدة.")] == ["RETREAT"]


def test_events_a_prayer_and_an_action_that_did_not_happen_are_no_events() -> None:
    assert _found("وختم كلمته داعيا الله أن يحفظ البلاد.") == []
    assert _found("انتهت المظاهرة بدون اشتباكات.")[1:] == []


def test_events_a_failed_accord_did_not_happen_but_a_failed_attack_did() -> None:
    assert _found("فشل الطرفان في التوصل إلى هدنة.") == []
    assert [t for t, _ in _found("فشل الهجوم على المدينة.")] == ["ASSAULT"]


def test_events_an_immediate_ceasefire_is_no_shooting() -> None:
    assert [t for t, _ in _found("أصدر المجلس قرارا بوقف فوري لإطلاق النار.")] == []


def test_events_suspending_funds_and_pulling_troops_out() -> None:
    assert [t for t, _ in _found("أعلنت الولايات المتحدة تعليق صرف الأموال المخصصة.")] == ["SANCTION"]
    assert [t for t, _ in _found("قررت الحكومة سحب قواتها من المنطقة.")] == ["RETREAT"]


def test_events_attacking_a_policy_is_criticism() -> None:
    assert [t for t, _ in _found("هاجم الوزير سياسة الحكومة في المنطقة.")] == ["ACCUSE"]
    assert [t for t, _ in _found("هاجم المسلحون حاجزا للجيش.")] == ["ASSAULT"]


def test_events_one_man_fleeing_is_no_displacement_but_a_crowd_is() -> None:
    assert _found("أطلق الرجل النار على المصلين ثم هرب من المكان.")[1:] == []
    assert [t for t, _ in _found("فر عشرات السكان من البلدة.")] == ["COERCE"]


def test_events_launching_appeals_is_a_request_not_fire() -> None:
    assert [t for t, _ in _found("يطلق المدنيون نداءات للمجتمع الدولي.")] == ["REQUEST"]
    assert [t for t, _ in _found("أطلق المسلحون صواريخ على البلدة.")] == ["ASSAULT"]


def test_events_allowing_strikes_in_support_is_military_aid() -> None:
    assert [t for t, _ in _found("قررت الولايات المتحدة السماح بغارات جوية للمساعدة في صد الهجوم.")][:1] == ["AID"]
    assert [t for t, _ in _found("سمحت الحكومة بدخول الصحفيين.")] == ["CONCEDE"]


def test_events_a_crowd_leaving_is_displacement_fighters_leaving_a_retreat() -> None:
    assert [t for t, _ in _found("غادر آلاف المدنيين المدينة.")] == ["COERCE"]
    assert [t for t, _ in _found("قال المرصد إن 15 ألف شخص غادروا المدينة.")] == ["COERCE"]
    assert [t for t, _ in _found("غادرت الدفعة الأخيرة من المقاتلين المدينة.")] == ["RETREAT"]
    assert [t for t, _ in _found("غادر الوزير القاعة.")] == []


def test_events_a_common_word_is_peeled_only_for_a_guarded_reading() -> None:
    assert [t for t, _ in _found("وفر أكثر من 2500 مدني من المدينة.")] == ["COERCE"]
    assert [t for t, _ in _found("وفر المجلس الدعم للمشروع.")] == []


def test_events_an_offensives_toll_is_no_war_toll_and_nobody_killed_is_no_event() -> None:
    assert [t for t, _ in _found("وقتل أكثر من ألف مدني خلال ثلاثة أسابيع من القصف على المدينة.")] == ["ASSAULT"]
    assert _found("ولم يقتل أي من أفراد الطاقم.") == []


def test_events_a_repeated_attack_word_with_its_toll_is_kept() -> None:
    text = "قصفت الطائرات المدينة أمس. ووثق المرصد مقتل 42 مدنيا جراء القصف الجوي على المدينة."
    assert [t for t, _ in _found(text)] == ["ASSAULT", "ASSAULT"]


def test_events_opening_fire_with_the_subject_between() -> None:
    assert _found("فتحت قوات النظام نيران رشاشاتها على البلدة.") == [("ASSAULT", "فتحت قوات النظام نيران")]
    assert _found("فتحت المدارس أبوابها.") == []


def test_events_arrests_told_with_their_idioms() -> None:
    assert _found("ألقت الشرطة التركية القبض على ثلاثة أشخاص.")[0][0] == "COERCE"
    assert [t for t, _ in _found("وأوقفت قوة من الجيش 23 شخصا قرب الحدود.")] == ["COERCE"]
    assert _found("وأعلنت الحكومة أنها أوقفت القتال.") == []


def test_events_crossing_the_border_and_falling_into_a_forces_hands() -> None:
    assert [t for t, _ in _found("اجتاز عشرات المقاتلين الحدود إلى داخل سوريا.")] == ["MOBILIZE"]
    assert [t for t, _ in _found("اجتاز الطلاب الامتحان.")] == []
    assert [t for t, _ in _found("وكانت البلدة سقطت في يد المعارضة في مايو.")] == ["ASSAULT"]


def test_events_words_used_in_another_sense_are_not_events() -> None:
    assert _found("وهذا أكبر دليل على ذلك.") == []
    assert _found("والتقى الوزيران على هامش قمة العشرين.")[1:] == []
    assert _found("وتوصلت اللجنة إلى معلومات جديدة.") == []
    assert [t for t, _ in _found("وتوصل الطرفان إلى اتفاق لوقف القتال.")] == ["AGREE"]
    assert _found("وقال إن الهجوم يستهدف وحدة بلادنا.") == [("ASSAULT", "الهجوم")]
    assert _found("وهذا يتعارض مع القانون الدولي.") == []


def test_events_an_imperfect_with_the_article_is_another_word() -> None:
    assert _found("بدأت المتدربات بالتطبيق العملي لما تم التدرب عليه.") == []
    assert [t for t, _ in _found("المعارضة التي تدربها القوات الأميركية في تركيا.")] == ["AID"]


def test_events_arming_as_a_topic_and_withdrawal_as_applies_to_are_not_events() -> None:
    assert _found("تردد البيت الأبيض في تسليح المعارضة.") == []
    assert _found("وهذا ينسحب على عناصر الوحدات.") == []


def test_events_what_a_demand_asks_for_is_part_of_the_demand() -> None:
    assert [t for t, _ in _found("ودعا المعتصمون إلى إعدام القاتل.")] == ["REQUEST"]
    assert [t for t, _ in _found("وطالبت المنظمة بمحاكمة المسؤولين عن القصف.")][:1] == ["REQUEST"]


def test_events_a_noun_in_construct_is_not_a_verb_form() -> None:
    assert _found("اتهمت تركيا الأكراد بالتطهير في المناطق الخاضعة لسيطرتهم على حدودها.")[1:] == []


def test_events_a_student_an_appeal_and_no_need_are_not_requests() -> None:
    assert _found("وهو طالب جزائري سعى للقيام بعمل.")[:1] != [("REQUEST", "طالب")]
    assert _found("حددت المحكمة موعدا للنظر في طلبات الاستئناف.") == []
    assert _found("وقال إنه لا ضرورة تقنية لهذا التنسيق.") == []


def test_events_a_courts_conviction_and_the_defendants_are_no_accusation() -> None:
    assert _found("وأدانت المحكمة ثلاثة آخرين وعاقبتهم بالسجن.") == []
    assert _found("وحكم القاضي على المتهمين بالسجن.") == []
    assert [t for t, _ in _found("أدانت الحكومة الهجوم على المدنيين.")][:1] == ["ACCUSE"]


def test_events_lifting_a_siege_is_no_siege() -> None:
    assert _found("ويتضمن الاتفاق وقفا لإطلاق النار وفك الحصار عن المدينة.")[1:] == []
    assert [t for t, _ in _found("وتحاصر قوات النظام المدينة منذ عام 2013.")] == ["COERCE"]


def test_events_a_crowd_gathering_or_in_the_streets_is_a_protest() -> None:
    assert [t for t, _ in _found("واحتشد المئات أمام السفارة.")] == ["PROTEST"]
    assert [t for t, _ in _found("ونزل الأهالي إلى الشوارع.")] == ["PROTEST"]
    assert _found("وتجمع المقاتلون في المعسكر.") == []


def test_events_a_refusal_said_not_to_happen_is_none() -> None:
    assert _found("ورجح وقوع المزيد بدون أن يستبعد فرضية الاختراق.") == []


def test_events_an_operation_vowed_to_go_on_is_a_threat() -> None:
    assert [t for t, _ in _found("وأكد الرئيس أن العملية العسكرية ستستمر حتى تطهير المنطقة.")][-1:] == ["THREATEN"]
    assert _found("وقال إن الأمطار ستستمر حتى الغد.") == []



def test_events_any_action_pointed_back_to_is_a_repeat() -> None:
    text = "التقى الوزير نظيره الروسي أمس. وبحث هذا اللقاء الأوضاع في سوريا."
    assert [t for t, _ in _found(text)] == ["CONSULT"]


def test_events_fourth_review_round_triggers() -> None:
    assert [t for t, _ in _found("وجرى اتصال هاتفي بين الرئيسين.")] == ["CONSULT"]
    assert [t for t, _ in _found("وقال إن العمليات لا تستهدف المدنيين.")] == ["REJECT"]
    assert [t for t, _ in _found("وأكد أن بلاده ستواصل عملياتها ضد التنظيم.")] == ["THREATEN"]
    assert [t for t, _ in _found("وتم حبسهما احتياطيا.")] == ["COERCE"]
    assert _found("وحذر من انفجار الأوضاع في المنطقة.")[1:] == []
    assert _found("وقرر الاعتماد على الحوار بدلا من استهداف المدنيين.") == []


def test_events_a_resolve_to_go_on_is_a_threat() -> None:
    assert [t for t, _ in _found("وأكد الرئيس عزمه على المضي في الحملة.")] == ["THREATEN"]


def test_events_reviewer_j_round_triggers() -> None:
    assert [t for t, _ in _found("وشككت الوزارة في التقرير نافية أسر أي من أفراده.")][:1] == ["REJECT"]
    assert [t for t, _ in _found("ورد المتحدث على اتهامات الوزير.")] == ["REJECT"]
    assert _found("ودعا له بالشفاء.") == []
    assert _found("وقال إن الأمر يدعو للشك.") == []
    assert _found("وتنص قواعد الاشتباك على ذلك.") == []
    assert _found("وتظاهر بأنه ميت.") == []


def test_events_an_imperfect_of_one_lemma_does_not_hide_another_lemmas_verb() -> None:
    assert [t for t, _ in _found("وأعلن الطرفان التوصل إلى اتفاق لوقف القتال.")] == ["AGREE"]


def test_events_reviewer_i_round_triggers() -> None:
    assert _found("وصدر حكم بالإعدام غيابيا على المتهم.") == []
    assert _found("ودعا إلى وقف التصعيد العسكري في المنطقة.")[1:] == []
    assert [t for t, _ in _found("وأطلقت إيران طائرة مسيرة نحو الحدود.")] == ["ASSAULT"]
    assert _found("وحذر من خطر داهم.")[1:] == []


def test_events_a_verb_only_possible_is_no_event() -> None:
    assert _found("وقال إن بإمكان تركيا أن تطلب تسليمه.") == []
    assert _found("وحذر من أنه يمكن أن تقصف الطائرات المدينة.")[1:] == []


def test_events_shelling_and_clashes_side_by_side_are_two_actions() -> None:
    assert [t for t, _ in _found("وشهدت البلدة قصفا واشتباكات عنيفة.")] == ["ASSAULT", "ASSAULT"]
    assert [t for t, _ in _found("وتعرض المعتقلون للضرب والتعذيب.")] == ["ASSAULT"]


def test_events_a_description_told_again_is_a_repeat() -> None:
    text = ("خطفت الجبهة مقاتلين دربتهم الولايات المتحدة. "
            "وقال المرصد إن المقاتلين الذين دربتهم الولايات المتحدة نقلوا إلى إدلب.")
    assert [t for t, _ in _found(text)].count("AID") == 1


def test_events_leaving_talks_or_a_programme_is_no_retreat() -> None:
    assert _found("وانسحبت بعض الفصائل من برنامج التدريب الأميركي.") == []
    assert [t for t, _ in _found("وانسحبت قوات النظام من البلدة.")] == ["RETREAT"]


def test_events_chanting_and_solidarity_stands_are_protests() -> None:
    assert [t for t, _ in _found("وأطلق المحتشدون هتافات مؤيدة للرئيس.")] == ["PROTEST"]
    assert [t for t, _ in _found("ونظم الأهالي وقفة تضامنية مع المعتقلين.")] == ["PROTEST"]


def test_events_forces_arriving_told_subject_first_and_reinforcements_brought() -> None:
    assert [t for t, _ in _found("وقالت مصادر إن رتلا عسكريا تركيا توجه إلى مدينة إدلب.")] == ["MOBILIZE"]
    assert [t for t, _ in _found("واستقدم الجيش المزيد من التعزيزات إلى المنطقة.")] == ["MOBILIZE"]


def test_events_a_verbal_noun_named_as_a_topic_is_no_event() -> None:
    assert _found("ونشرت الصحيفة مقالا تناول جدوى الغارات الجوية.") == []
    assert _found("ودافع البيت الأبيض عن حق تركيا في ضرب المسلحين.") == []


def test_events_firing_as_a_verbal_noun_with_its_subject_between() -> None:
    assert _found("قتل طفل بعد إطلاق مسلحين موالين للنظام الرصاص على قافلة.")[-1] == (
        "ASSAULT", "إطلاق مسلحين موالين للنظام الرصاص")


def test_events_shells_falling_ambushes_and_devices_exploding_are_attacks() -> None:
    assert _found("سقطت قذائف هاون على حي سكني في المدينة.") == [("ASSAULT", "قذائف")]
    assert [t for t, _ in _found("نصب مسلحون كمينا لدورية في ريف حمص.")] == ["ASSAULT"]
    assert _found("انفجرت عبوة ناسفة بسيارة عسكرية في المدينة.")[0] == ("ASSAULT", "انفجرت عبوة")
    assert _found("فجر انتحاري نفسه في سوق مزدحم.") == [("ASSAULT", "فجر انتحاري نفسه")]
    assert _found("وصل الوفد فجر اليوم إلى دمشق.") == []
    assert _found("انفجر الوضع في المدينة.") == []


def test_events_curfews_surrender_and_broken_relations() -> None:
    assert _found("فرضت قوات النظام حظر تجول في المدينة.") == [("COERCE", "حظر تجول")]
    assert [t for t, _ in _found("استسلم عشرات المسلحين للجيش في ريف دمشق.")] == ["RETREAT"]
    assert [t for t, _ in _found("قطعت السعودية علاقاتها الدبلوماسية مع النظام.")] == ["SANCTION"]


def test_events_taking_control_achieved_and_discussing_with_a_counterpart() -> None:
    assert [t for t, _ in _found("تمكنت قوات النظام من السيطرة على بلدتين.")] == ["ASSAULT"]
    assert _found("خطوة ضرورية لمنع المتشددين من السيطرة على المدنيين.") == []
    assert [t for t, _ in _found("بحث الرئيس الروسي مع نظيره التركي الوضع في سوريا.")] == ["CONSULT"]
    assert _found("وتبحث الشرطة عن المشتبه به.") == []


def test_events_killing_captives_disappearing_people_and_taking_property() -> None:
    assert [t for t, _ in _found("ذبح عناصر التنظيم ثلاثة رهائن.")] == ["ASSAULT"]
    assert [t for t, _ in _found("قطع التنظيم رأس أحد الرهائن.")] == ["ASSAULT"]
    assert _found("قطعت الحكومة الكهرباء عن المدينة.") == []
    assert [t for t, _ in _found("اقتادت دورية للأمن شابين إلى جهة مجهولة.")] == ["COERCE"]
    assert [t for t, _ in _found("أخفت قوات النظام قسريا مئات المعتقلين.")] == ["COERCE"]
    assert [t for t, _ in _found("صادر عناصر الميليشيا منازل المهجرين.")] == ["COERCE"]


def test_events_lifting_sanctions_and_reaching_an_understanding() -> None:
    assert _found("وطالبت الدول برفع العقوبات عن سوريا.")[-1][0] != "SANCTION"
    assert [t for t, _ in _found("وتم التوافق بين الطرفين على وقف القتال.")][:1] == ["AGREE"]
    assert [t for t, _ in _found("وبحث الوزير خلال لقائه نظيره الروسي الأزمة.")][:1] == ["CONSULT"]


def test_events_phone_calls_arrests_made_and_refutations() -> None:
    assert [t for t, _ in _found("اتصل الرئيس الفرنسي هاتفيا بنظيره الروسي.")] == ["CONSULT"]
    assert _found("تم القبض على ثلاثة مشتبه بهم.") == [("COERCE", "القبض")]
    assert [t for t, _ in _found("ودحضت الوزارة هذه المزاعم.")] == ["REJECT"]
    assert _found("وكتب عن مسيرة حياته الطويلة.") == []


def test_events_commas_do_not_count_as_words_between_a_trigger_and_its_need() -> None:
    assert [t for t, _ in _found("أوقفت الشرطة، منذ أمس الجمعة، 320 شخصاً.")] == ["COERCE"]


def test_events_capturing_a_town_is_an_attack_and_seizing_property_a_coercion() -> None:
    assert [t for t, _ in _found("استولى التنظيم على مدينة تدمر.")] == ["ASSAULT"]
    assert [t for t, _ in _found("استولى عناصر الميليشيا على أموال السكان.")] == ["COERCE"]
    assert [t for t, _ in _found("اجتاحت القوات التركية مدينة عفرين.")] == ["ASSAULT"]


def test_events_an_attack_undergone_by_others_is_not_a_repeat() -> None:
    # "تعرضت للقصف" is the passive of قصف: a new deed with its own target, like a verb
    text = "قصفت الطائرات المدينة أمس. وقال مسؤول إن ستة مستشفيات تعرضت للقصف."
    assert [t for t, _ in _found(text)] == ["ASSAULT", "ASSAULT"]


def test_events_joining_a_deal_is_an_agreement_joining_a_group_is_not() -> None:
    # the trigger is the joining, not the deal it joins
    assert [(t, w.split()[0]) for t, w in _found("وانضمت 13 بلدة في ريف درعا إلى اتفاقات التسوية.")] == [
        ("AGREE", "وانضمت")]
    assert [t for t, _ in _found("وانضم الشاب إلى تنظيم داعش في سوريا.")] == []


def test_events_launching_ones_operations_is_an_attack() -> None:
    assert _found("وبدأ الجيش السوري عملياته في الغوطة الشهر الماضي.") == [("ASSAULT", "وبدأ الجيش السوري عملياته")]
    assert _found("وبدأ الوزير عمله في الوزارة.") == []


def test_events_one_word_has_several_guarded_readings() -> None:
    # أطلق with its subject between: a release by سراح, an attack by "its operations", fire by النار
    assert _found("وأطلق النظام سراح عشرات المعتقلين.") == [("CONCEDE", "وأطلق النظام سراح")]
    assert _found("وأطلق الجيش عملياته في المنطقة.") == [("ASSAULT", "وأطلق الجيش عملياته")]
    assert [t for t, _ in _found("وأطلق الجنود النار على المتظاهرين.")] == ["ASSAULT"]


def test_events_an_aircraft_brought_down_by_fire_is_shot_down() -> None:
    assert _found("وتحطمت مقاتلة إسرائيلية بنيران الدفاعات الجوية السورية.") == [
        ("ASSAULT", "وتحطمت مقاتلة إسرائيلية بنيران")]
    assert _found("وتحطمت طائرة عسكرية بسبب سوء الأحوال الجوية.") == []


def test_events_a_batch_of_fighters_leaving_is_a_retreat() -> None:
    found = _found("وخرجت الدفعة الأولى من مقاتلي المعارضة وعائلاتهم من مدينة دوما.")
    assert [t for t, _ in found] == ["RETREAT"]


def test_events_aid_given_with_a_long_giver_between() -> None:
    assert _found("وقدمت المملكة العربية السعودية مساعدات إنسانية للاجئين.") == [("AID", "مساعدات")]
    assert _found("ووزع المركز سلالا غذائية على النازحين.") == [("AID", "سلالا غذائية")]


def test_events_driving_people_into_service_is_forced_recruitment() -> None:
    # the trigger starts at the driving verb, so the roles read its subject
    assert [(t, w.split()[0]) for t, w in _found("وساقت قوات النظام مئات الشبان إلى الخدمة الإلزامية.")] == [
        ("COERCE", "وساقت")]
    assert _found("ووقف الرجل على ساقه الأخرى في الصورة.") == []


def test_events_evacuated_positions_passive_siege_and_firebombs() -> None:
    assert _found("وأخلى عناصر الجبهة مواقعهم في ريف حلب الشمالي.") == [("RETREAT", "وأخلى عناصر الجبهة مواقعهم")]
    assert [t for t, _ in _found("وحوصر المدنيون في الأحياء الشرقية.")] == ["COERCE"]
    # a definite phrase naming the same deed again is a repeat, like a single word
    text = "وألقى مستوطنون زجاجتين حارقتين على منزل. واشتعلت الزجاجتين الحارقتين قرب النافذة."
    assert [t for t, _ in _found(text)] == ["ASSAULT"]


def test_events_any_attack_with_a_fused_preposition_is_no_event() -> None:
    assert _found("وأكد الفصيلان نيتهما التصدي لأي هجوم مرتقب.") == []


def test_events_deployments_of_troops_and_missiles() -> None:
    assert [t for t, _ in _found("وانتشرت قوات من الشرطة العسكرية الروسية في محيط المدينة.")] == ["MOBILIZE"]
    assert [t for t, _ in _found("ونشرت الولايات المتحدة بطاريات صواريخ باتريوت في تركيا.")] == ["MOBILIZE"]


def test_events_a_ministry_with_its_pronoun_is_no_visit() -> None:
    # وزارته is "his ministry" (وزارة + ه), not و + زارته, "and she visited him"
    assert _found("وأشار الوزير إلى أن وزارته استنفرت جميع قطاعاتها.") == []
    assert ("CONSULT", "وزار") in _found("وزار الوزير دمشق أمس.")


def test_events_a_word_reaching_its_need_is_still_blocked_by_the_next_word() -> None:
    # "سيارتي دفع رباعي لقوات النظام": four-wheel drive vehicles, no troops sent
    assert "MOBILIZE" not in [t for t, _ in _found("وهاجم المسلحون سيارتي دفع رباعي لقوات النظام في المنطقة.")]
    assert "MOBILIZE" in [t for t, _ in _found("ودفع الجيش بتعزيزات إلى المنطقة.")]


def test_events_what_it_is_not_is_no_event() -> None:
    # "وليس هجوما على مطار": a contrast; "وليست الزيارة الأولى" still tells of a visit
    assert [t for t, _ in _found("يريد ضربة شاملة وليس هجوما على مطار واحد.")].count("ASSAULT") == 1
    assert ("CONSULT", "الزيارة") in _found("وليست الزيارة الأولى للوزير إلى دمشق.")
