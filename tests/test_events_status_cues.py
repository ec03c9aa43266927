from __future__ import annotations

from conftest import rule_statuses as _rule_statuses
from conftest import statuses as _statuses


def test_accusation_content_is_alleged() -> None:
    assert ("ASSAULT", "alleged") in _statuses("اتهمت الحكومة الفصائل بقصف المستشفى في المدينة.")


def test_undergone_attack_is_not_of_purpose() -> None:
    # the ل of لقصف follows "تعرضت" a few words back: undergone, not intended
    statuses = _statuses("تعرضت مناطق في ريف المدينة الشمالي لقصف جوي.")
    assert ("ASSAULT", "reported") in statuses and ("ASSAULT", "planned") not in statuses


def test_threat_itself_is_reported() -> None:
    assert ("THREATEN", "planned") not in _statuses("وهدد الرئيس بأن النظام سيدفع ثمنا باهظا.")


def test_agreement_terms_and_expected_attack_are_planned() -> None:
    assert ("RETREAT", "planned") in _statuses("وتوصلت روسيا إلى اتفاق، ينص على إجلاء المقاتلين إلى الشمال.")
    assert ("ASSAULT", "planned") in _statuses("وصعد المسؤولون الخطاب قبل هجوم الحكومة المتوقع على إدلب.")


def test_speaker_telling_own_deed_a_few_words_back_announces_it() -> None:
    statuses = _statuses("وقالت الحكومة البريطانية إنها سمحت للقوات البريطانية بتوجيه ضربات منسقة.")
    assert ("ASSAULT", "announced") in statuses


def test_a_habit_is_background() -> None:
    assert ("ASSAULT", "historical") in _statuses("وغالبا ما تنفذ تركيا ضربات جوية ضد أهداف في شمال العراق.")
    assert ("ASSAULT", "historical") in _statuses("ولطالما قصفت الطائرات الإسرائيلية مواقع في سوريا.")


def test_a_tally_since_long_ago_and_a_deed_at_the_time_are_background() -> None:
    assert ("ASSAULT", "historical") in _statuses("وقتل 40 جنديا تركيا في سوريا منذ بدء التدخل العسكري.")
    assert ("COERCE", "historical") in _rule_statuses("وتعرضت البلدة لحصار خانق منذ عام 2016.")
    assert ("ASSAULT", "historical") in _statuses("وأعلنت أنقرة حينها مقتل خمسة من جنودها جراء القصف.")


def test_the_first_attack_since_long_ago_and_a_siege_still_running_are_news() -> None:
    statuses = _statuses("وقصفت الطائرات البلدة في أول غارة منذ عام 2016.")
    assert ("ASSAULT", "historical") not in statuses
    assert ("COERCE", "historical") not in _statuses("وتحاصر القوات البلدة منذ عام 2016.")
    assert ("COERCE", "historical") not in _rule_statuses("ويعاني آلاف المدنيين المحاصرين في البلدة منذ عام 2016.")


def test_a_deed_claimed_is_announced_whatever_its_type() -> None:
    assert ("COERCE", "announced") in _statuses("وتبنت جماعة مسلحة خطف ثلاثة صحفيين في ريف إدلب.")


def test_an_aim_stated_before_an_aside_still_makes_the_deed_planned() -> None:
    statuses = _statuses("وتسعى القوات الحكومية السورية، مدعومة من روسيا وإيران، إلى فرض سيطرتها على المدينة.")
    assert ("ASSAULT", "planned") in statuses


def test_what_is_ordered_or_paved_for_is_planned() -> None:
    assert ("RETREAT", "planned") in _statuses("وأصدر الرئيس أوامره بانسحاب القوات من المدينة.")
    assert ("RETREAT", "planned") in _statuses("وسلمت الفصائل سلاحها الثقيل، ما يمهد لانسحاب المقاتلين من المدينة.")


def test_a_distancing_adjective_qualifies_the_noun_before_it() -> None:
    assert ("ASSAULT", "alleged") in _rule_statuses('وجاءت الضربات ردا على هجوم كيميائي "مفترض" في المدينة.')
    # "مزعومة" belongs to the attacks before the accusation verb, not to the accusation
    assert ("ACCUSE", "alleged") not in _rule_statuses("ردا على هجمات مزعومة اتهم الغرب النظام بشنها في المدينة.")


def test_what_reports_speak_of_is_alleged() -> None:
    assert ("ASSAULT", "alleged") in _rule_statuses("وجاء ذلك وسط تقارير عن إعدامات ميدانية في المدينة.")


def test_a_doer_of_the_speakers_own_side_makes_an_announcement() -> None:
    # state media telling what the state's air defence did speaks for that side
    statuses = _rule_statuses("وذكرت وكالة سانا أن الدفاعات الجوية السورية أسقطت صواريخ فوق ريف حمص.")
    assert ("ASSAULT", "announced") in statuses


def test_the_body_a_spokesperson_speaks_for_is_not_taken_as_the_doer() -> None:
    from rasd.document import Actor
    from rasd.events.stage import _own_side_acted

    spokeswoman = Actor("a1", "متحدثة باسم مكتب تنسيق الشؤون الإنسانية", "other", [], parent="un.ocha")
    ocha = Actor("a2", "مكتب تنسيق الشؤون الإنسانية", "other", [], kb_id="un.ocha", parent="un")
    wfp = Actor("a3", "برنامج الأغذية العالمي", "other", [], kb_id="un.wfp", parent="un")
    observatory = Actor("a4", "المرصد السوري لحقوق الإنسان", "ngo", [], kb_id="ngo.sohr")
    assert not _own_side_acted(spokeswoman, [ocha])  # mostly the speaker's title read as the doer
    assert _own_side_acted(spokeswoman, [wfp])  # another UN body: the UN tells its own deed
    assert not _own_side_acted(spokeswoman, [observatory])


def test_a_first_person_light_verb_announces_the_deed_it_governs() -> None:
    statuses = _rule_statuses('وقال مدير المنظمة: "أوصلنا مساعدات إلى البلدة رغم القصف".')
    assert ("AID", "announced") in statuses


def test_who_is_called_after_a_trigger_claims_nothing() -> None:
    # يدعى/يدعي before a name is "who is called"; يدعي before the claim is "claims"
    assert _rule_statuses("واعتقلت شخصا يدعى خالد.") == [("COERCE", "reported")]
    assert ("ASSAULT", "alleged") in _rule_statuses("وتدعي روسيا أنها قصفت مواقع التنظيم.")


def test_a_suspect_after_a_verb_is_no_distancing_adjective() -> None:
    # مشتبه/مزعوم after a noun distances it ("هجوم كيماوي مزعوم"); after a verb it names the suspect
    assert _rule_statuses("واعتقلت الشرطة المشتبه به في الهجوم.")[0] == ("COERCE", "reported")
    assert ("ASSAULT", "alleged") in _rule_statuses("وقع هجوم كيماوي مزعوم على البلدة.")


def test_a_deed_wished_for_is_planned_unless_its_stopping_is_wished() -> None:
    assert ("ASSAULT", "planned") in _statuses("وقال الأسد إنه يريد استعادة السيطرة على البلاد بالكامل.")
    assert ("RETREAT", "planned") in _statuses("وتريد تركيا أن ينسحب المقاتلون من مدينة منبج.")
    assert ("ASSAULT", "planned") not in _statuses("وقال إن الذين يقولون ذلك يريدون أن توقف تركيا عملياتها العسكرية.")


def test_what_the_accused_is_accused_of_is_alleged() -> None:
    assert ("ASSAULT", "alleged") in _statuses("وأعلن التلفزيون توقيف سليمان الأسد المتهم بقتل العقيد حسان الشيخ.")


def test_a_deed_after_a_light_verb_of_purpose_is_planned() -> None:
    # the tokenizer keeps لشن whole; لتنفيذ splits: both state a purpose
    assert ("ASSAULT", "planned") in _rule_statuses("أصبح من الممكن أن تنطلق المقاتلات من قواعد في تركيا لشن ضربات.")
    assert ("ASSAULT", "planned") in _rule_statuses("كانت المجموعة في المراحل النهائية لتنفيذ هجمات كبيرة.")


def test_what_is_expected_is_planned() -> None:
    assert ("CONSULT", "planned") in _statuses("ومن المتوقع أن يزور وفد من المعارضة موسكو.")


def test_an_attack_undergone_far_after_its_verb_is_not_of_purpose() -> None:
    text = "بينما تعرضت أماكن في منطقتي الكوم وكتف الغدر وقرية غمام بريف اللاذقية الشمالي، لقصف من قبل قوات النظام."
    assert _statuses(text) == [("ASSAULT", "reported")]


def test_the_subject_after_a_participle_of_saying_is_told_not_teller() -> None:
    # "مضيفة أن التنظيم اشتبك": the organisation is what the sources tell of, not their own announcement
    statuses = _statuses("وأكدت مصادر محلية مقتل عشرة عناصر، مضيفة أن تنظيم داعش اشتبك مع قوات المعارضة في المنطقة.")
    assert ("ASSAULT", "reported") in statuses and ("ASSAULT", "announced") not in statuses
