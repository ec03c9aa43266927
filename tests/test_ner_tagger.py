"""The packaged CRF tagger: loads, tags names, maps spans back to the original text, emits valid BIO."""

from rasd.analyse.stage import analyse_stage
from rasd.document import Document, Meta
from rasd.ingest.custody import custody_for
from rasd.recognise import ner


def _doc(text: str) -> Document:
    doc = Document(text, Meta(), custody_for(b"", "test"))
    analyse_stage(doc)
    return doc


def test_ner_model_loads_and_tags_known_names() -> None:
    text = "وقال الرئيس السوري بشار الأسد إن الأمم المتحدة لم ترسل مساعدات إلى مدينة حلب."
    spans = ner.tag(_doc(text))
    found = {(text[s:e], label) for s, e, label in spans}
    assert ("بشار الأسد", "PER") in found
    assert ("الأمم المتحدة", "ORG") in found
    assert ("حلب", "LOC") in found


def test_ner_spans_are_original_offsets_despite_diacritics_and_tatweel() -> None:
    text = "التقى الرئيسُ بشّار الأســد وفداً من الأمم المتحدة في دمشق."
    spans = ner.tag(_doc(text))
    by_label = {label: text[s:e] for s, e, label in spans}
    assert by_label.get("PER") == "بشّار الأســد"
    for s, e, _ in spans:
        assert text[s:e] == text[s:e].strip() and e > s


def test_ner_tag_tokens_gives_valid_bio() -> None:
    sentence = "قال وزير الخارجية الروسي سيرغي لافروف في موسكو إن الأمم المتحدة تدعم المحادثات"
    words = sentence.split(" ")
    labels = ner.tag_tokens(words)
    assert len(labels) == len(words)
    prev = "O"
    for lab in labels:
        assert lab == "O" or (lab[:2] in ("B-", "I-") and lab[2:] in ner.LABELS)
        if lab.startswith("I-"):
            assert prev[2:] == lab[2:]
        prev = lab
    assert labels[words.index("موسكو")] == "B-LOC"


def test_ner_repair_bio_and_spans() -> None:
    labels = ner.repair_bio(["I-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-LOC"])
    assert labels == ["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "B-LOC"]
    assert ner.bio_spans(labels) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 6, "LOC")]


def test_ner_empty_input() -> None:
    assert ner.tag_tokens([]) == []
    assert ner.tag(_doc("   ")) == []


def test_ner_lexicon_features_bin_label_shares() -> None:
    lexicon = ner.load_lexicon(["# header", "بشار\tO:1 PER:9", "~بشار\tPER:1"])
    res = ner.Resources({}, {}, lexicon)
    feats = ner.sentence_features(["بشار", "قال"], res)
    assert "lwPER=h" in feats[0] and "lwO=l" in feats[0] and "ls=rare" in feats[0]
    assert "lw=unk" in feats[1] and "ls=unk" in feats[1]


def test_ner_packaged_lexicon_is_loaded() -> None:
    assert len(ner.packaged_resources().lexicon) > 1000
