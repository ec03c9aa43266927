"""The whole event stage on short built reports (the dictionary, gazetteer and lexicons all run)."""

from __future__ import annotations

from rasd.document import Document
from rasd.ingest.text import read_text
from rasd.pipeline import default_pipeline


def _extract(text: str, published: str | None = "2021-12-20") -> Document:
    doc = next(read_text(text.encode(), "test", published))
    return default_pipeline()(doc)


def test_events_stage_speaker_sets_attribution_and_announced_status() -> None:
    doc = _extract("وقال التحالف الدولي إنه نفذ غارة جوية على مواقع لتنظيم داعش في الرقة.")
    (event,) = doc.events
    assert event.type == "ASSAULT" and event.status == "announced"
    assert event.attribution.kind == "named_official"


def test_events_stage_anonymous_sources_carry_over_to_the_next_sentence() -> None:
    doc = _extract("وذكرت مصادر خاصة أن عناصر الأمن اعتقلوا ثلاثة شبان في درعا. وأكدت المصادر أن الشبان تعرضوا للضرب.")
    assert [e.attribution.kind for e in doc.events] == ["anonymous", "anonymous"]


def test_events_stage_date_place_and_counts_come_from_the_clause() -> None:
    doc = _extract("قصفت قوات النظام مدينة إدلب يوم الأحد ما أدى إلى مقتل خمسة مدنيين.")
    (event,) = doc.events
    place = next(p for p in doc.places if p.id == event.place)
    assert place.name_en and "Idlib" in place.name_en
    assert event.date is not None and event.date.value == "2021-12-19"
    assert any(c.kind == "killed" and c.value == 5 for c in event.counts)
    assert "attack_on_civilians" in event.violations and "killing" in event.violations


def test_events_stage_without_publication_date_leaves_date_unknown() -> None:
    doc = _extract("اعتقلت قوات الأمن ناشطاً.", published=None)
    (event,) = doc.events
    assert event.date is not None and event.date.value is None and event.date.precision == "unknown"


def test_events_stage_conditional_and_background() -> None:
    doc = _extract("يذكر أن قوات النظام سيطرت على المدينة عام 2017. وهدده بالقتل في حال رفضه الأوامر.")
    assert [(e.type, e.status) for e in doc.events] == [("ASSAULT", "historical"), ("THREATEN", "reported")]


def test_events_stage_later_sentences_share_the_day_of_the_news() -> None:
    doc = _extract("قصفت الطائرات مدينة إدلب يوم الأحد. وأكد ناشطون أن القصف استهدف سوقا شعبية.")
    assert [e.date.value for e in doc.events if e.date] == ["2021-12-19", "2021-12-19"]


def test_events_stage_dateline_city_is_not_the_event_place() -> None:
    doc = _extract("دبي، الإمارات العربية المتحدة (CNN)-- قصفت الطائرات مواقع للمعارضة.")
    (event,) = doc.events
    assert event.place is None and event.place_precision == "none"


def test_events_stage_fighters_killed_in_fighting_are_not_tagged_killing() -> None:
    doc = _extract("قتل 20 عنصرا من قوات النظام في اشتباكات مع فصائل المعارضة في ريف حلب.")
    assert all("killing" not in e.violations and "attack_on_civilians" not in e.violations for e in doc.events)


def test_events_stage_an_announcement_is_attributed_to_its_author() -> None:
    doc = _extract("أعلن الجيش السوري عن تمديد الهدنة في مدينة دوما حتى نهاية الشهر.")
    announced = [e for e in doc.events if e.status == "announced"]
    assert announced and all(e.attribution.kind == "named_official" for e in announced)


def test_events_stage_another_attack_word_without_news_refers_back() -> None:
    doc = _extract("قصفت الطائرات بلدة سراقب أمس. وأدان المجلس الهجوم بشدة.")
    assert [e.type for e in doc.events] == ["ASSAULT", "ACCUSE"]
    # the same word with a place of its own is another attack
    doc = _extract("قصفت الطائرات بلدة سراقب أمس. وتزامن ذلك مع الهجوم على مدينة إدلب.")
    assert [e.type for e in doc.events] == ["ASSAULT", "ASSAULT"]


def test_events_stage_a_comma_before_a_plain_word_does_not_cut_the_clause() -> None:
    doc = _extract("قتل 16 طفلا، الأربعاء، في غارة على بلدة سراقب.")
    assault = doc.events[0]
    assert doc.span_text(assault.evidence).startswith("قتل 16 طفلا")
    assert "غارة" in doc.span_text(assault.evidence)


def test_events_stage_the_same_battle_is_no_new_battle() -> None:
    doc = _extract("هاجم مقاتلو التنظيم رتلا للقوات قرب الميادين أمس. وقتل 43 مسلحا في نفس المعركة.")
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_events_stage_the_weapon_of_the_attack_answered_is_not_the_mode() -> None:
    doc = _extract("شنت الطائرات الأمريكية ضربات صاروخية على مطار الشعيرات ردا على هجوم بغاز السارين.")
    assert doc.events[0].mode != "cbrn"


def test_events_stage_a_counted_weapon_after_bi_is_the_instrument() -> None:
    doc = _extract("واستهدف التحالف مواقع التنظيم بتسع ضربات جوية قرب المدينة.")
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_events_stage_those_who_died_before_the_verb_are_the_toll() -> None:
    doc = _extract("أفاد المرصد أن 35 مقاتلا من قوات النظام لقوا حتفهم في هجوم شنه تنظيم الدولة.")
    names = {a.id: doc.text[doc.mention(a.mentions[0]).start:doc.mention(a.mentions[0]).end] for a in doc.actors}
    targets = [names[r.actor] for e in doc.events for r in e.roles if r.role == "target"]
    sources = [names[r.actor] for e in doc.events for r in e.roles if r.role == "source"]
    assert any(t.startswith("35 مقاتلا") for t in targets) and sources == ["تنظيم الدولة"]


def test_events_stage_a_speaker_telling_what_its_country_did_announces_it() -> None:
    doc = _extract("قالت وزارة الخارجية الروسية إن بلادها قتلت الإرهابيين في سوريا.")
    (event,) = doc.events
    assert event.type == "ASSAULT" and event.status == "announced"


def test_events_stage_a_bare_attack_gives_its_toll_the_trigger() -> None:
    # the attack word says nothing of who struck or how: the dead told before it are the news
    doc = _extract("وقتل أربعة جنود جراء هجوم في محافظة دير الزور.")
    assert [(e.type, doc.span_text(e.trigger)) for e in doc.events] == [("ASSAULT", "وقتل")]
    # an attack word with its own detail keeps the trigger
    doc = _extract("وقتل 16 مدنيا جراء غارة جوية روسية على مدينة إدلب.")
    assert [(e.type, doc.span_text(e.trigger)) for e in doc.events] == [("ASSAULT", "غارة")]


def test_events_stage_a_place_name_with_its_conjunction_is_no_trigger() -> None:
    # "وتدمر" is "and Palmyra" here, not "and destroys": the place mention holds the word but its و
    doc = _extract("وتحتل القاعدة موقعا استراتيجيا بين مدينتي حمص وتدمر غربي سوريا.")
    assert doc.events == []
    assert _extract("وقصفت الطائرات المدينة وتدمر المنازل فوق رؤوس ساكنيها.").events


def test_events_stage_an_attack_noun_is_the_subject_of_the_verb_merged_with_it() -> None:
    # «الغارات التركية استهدفت» is one trigger: the strikes did the targeting, the (Kurdish) activists were hit
    doc = _extract("ويؤكد المراقبون أن الغارات التركية استهدفت الناشطين الأكراد في شمال العراق.")
    (event,) = doc.events
    names = {a.id: a.name for a in doc.actors}
    assert [(r.role, names[r.actor]) for r in event.roles] == [("target", "الناشطين")]


def test_events_stage_the_time_of_telling_does_not_date_the_deed() -> None:
    # "صباح الإثنين" is when the television said it; the strike it tells of keeps another date
    doc = _extract("وذكر التلفزيون الرسمي، صباح الإثنين، بأن قاعدة جوية ضربت بعدة صواريخ.")
    (event,) = doc.events
    assert event.date is not None and event.date.value != "2021-12-20"


def test_events_stage_at_that_time_points_back_to_the_last_date_told() -> None:
    doc = _extract("وكانت دمشق قد اتهمت إسرائيل في التاسع من تشرين الأول بشن غارة على المطار. "
                   "وأعلنت طهران وقتها مقتل سبعة من مقاتليها.")
    assert doc.events[-1].date is not None and doc.events[-1].date.value == "2021-10-09"


def test_events_stage_a_clause_of_adding_keeps_its_own_counts() -> None:
    # "مضيفة أن ...": what the sources add is another deed, not the air strike's toll
    doc = _extract("وأكدت مصادر محلية أن قصف الطيران على البلدة أدى إلى مقتل عشرة عناصر من تنظيم داعش، "
                   "مضيفة أن تنظيم داعش اشتبك مع قوات المعارضة في المنطقة.")
    clash = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "اشتبك")
    assert clash.counts == []


def test_events_stage_the_doers_own_aircraft_are_not_its_target() -> None:
    # "غارات لطائراته": the coalition's own aircraft, by the pronoun that points back at it
    doc = _extract("قتل عشرات المسلحين جراء ضربات صاروخية نفذها التحالف الدولي وغارات لطائراته.")
    actors = {a.id: a for a in doc.actors}
    for event in doc.events:
        sources = {actors[r.actor].kb_id for r in event.roles if r.role == "source"}
        targets = [actors[r.actor] for r in event.roles if r.role == "target"]
        assert "coalition" in sources and not any(t.kb_id == "usa.forces" for t in targets)


def test_events_stage_a_name_before_a_deed_with_its_pronoun_did_it() -> None:
    # "واصلت تركيا قصفها": Turkey's own shelling; a name is no indefinite antecedent ("مقاتلين دربتهم")
    doc = _extract("وواصلت تركيا قصفها للمنطقة الحدودية.")
    actors = {a.id: a for a in doc.actors}
    (event,) = doc.events
    assert [actors[r.actor].kb_id for r in event.roles if r.role == "source"] == ["tur.gov"]


def test_events_stage_the_antecedent_of_a_relative_verb_behind_a_quote_is_its_object() -> None:
    # "«جبهة النصرة» التي تصنفها واشنطن", "الحزب الذي تصنفه واشنطن": Washington labels, the group is labelled
    for text in ("وتتعامل أنقرة مع «جبهة النصرة» التي تصنفها واشنطن كجماعة إرهابية.",
                 "وتقاتل أنقرة حزب العمال الكردستاني الذي تصنفه واشنطن كمنظمة إرهابية."):
        doc = _extract(text)
        actors = {a.id: a for a in doc.actors}
        event = next(e for e in doc.events if e.type == "ACCUSE")
        assert [actors[r.actor].kb_id for r in event.roles if r.role == "source"] == ["usa.gov"], text


def test_events_stage_a_killing_verb_ending_its_clause_is_passive() -> None:
    # "إن أربعة من أفراده قتلوا.": the group counts its dead, it killed no one
    doc = _extract("وقال جيش الثوار في بيان إن أربعة من أفراده وثمانية مهاجمين على الأقل قتلوا.")
    (event,) = doc.events
    assert not [r for r in event.roles if r.role == "source"] and event.status == "reported"
