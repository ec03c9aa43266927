"""Status of an event: reported, announced, alleged, denied, planned or historical (GUIDE.md)."""

from __future__ import annotations

from rasd.analyse.tokens import IMPERFECT_PREFIXES
from rasd.document import Document, EventDate, Span, Token
from rasd.events.arguments import days_before, since_long_ago
from rasd.events.cues import QUOTES, cues, find_cue
from rasd.events.roles_clauses import single
from rasd.events.trigger_match import is_definite, with_bi
from rasd.events.triggers import Trigger

_ANNOUNCE_TYPES = frozenset({"AGREE", "CONCEDE", "MOBILIZE", "AID", "RETREAT", "COOPERATE", "SANCTION", "ASSAULT"})
_FUTURE_PROCLITIC = "س"
_ACCUSE_WINDOW = 8  # words before the trigger where an accusation verb makes it the accusation's content
_PLANNED_WINDOW = 12  # "وتسعى القوات، مدعومة من روسيا، إلى فرض سيطرتها": the subject and an aside between
_ALLEGED_AFTER = 4  # "هجوم كيميائي "مفترض"": an adjective and a quote mark may stand between
_WISH_WINDOW = 4  # "تريد أن ينسحب مقاتلو": the wanted deed follows its verb closely
_CLAIM_WINDOW = 4  # "تبنت جبهة النصرة خطف": the claimant stands between


def event_status(doc: Document, trig: Trigger, sentence: Span, clause: Span, date: EventDate,
                 self_report: bool, reporter_speaks: bool) -> str:
    """`self_report`: the speaker of the sentence tells its own deed (see events/speaker.py);
    `reporter_speaks`: the speaker is a monitor or outlet, whose "announcement" is a report."""
    tokens = doc.tokens
    before_in_sentence = [t for t in tokens[: trig.first] if t.start >= sentence.start]
    before_in_clause = [t for t in before_in_sentence if t.start >= clause.start]
    if trig.entry.type != "REJECT" and find_cue(before_in_sentence, "denied") is not None:
        return "denied"
    # distancing words qualify what they touch: "ما يسمى بالانتخابات", not a whole sentence that names
    # "the so-called centre" somewhere
    after = [t for t in tokens[trig.first : trig.last + _ALLEGED_AFTER] if t.norm not in QUOTES
             and find_cue([t], "called") is None]  # "أدانت شخصا آخر يدعى إلياس": named, not claimed
    if find_cue(before_in_sentence[-3:], "alleged") is not None or find_cue(after, "alleged") is not None or (
            trig.pos != "verb" and find_cue(after, "alleged_after") is not None):  # not "نفى المشتبه به"
        return "alleged"
    # what someone is accused of is their allegation: "متهما الفصائل باحتجاز المدنيين"
    if trig.entry.type != "ACCUSE" and (find_cue(before_in_sentence[-_ACCUSE_WINDOW:], "accuse") is not None or (
            find_cue(before_in_sentence[-1:], "accused") is not None and with_bi(tokens[trig.first]))):
        return "alleged"
    if _is_planned(doc, trig, before_in_clause):
        return "planned"
    if _is_background(doc, trig, clause, before_in_clause, date):
        return "historical"
    if not reporter_speaks and find_cue(before_in_clause[-_CLAIM_WINDOW:], "claimed") is not None:
        return "announced"
    if trig.entry.type in _ANNOUNCE_TYPES and (self_report or first_person(doc, trig) or (
            not reporter_speaks and _announcing(before_in_clause, doc.tokens[trig.first]))):
        return "announced"
    return "reported"


def _is_planned(doc: Document, trig: Trigger, before_in_clause: list) -> bool:
    """Intended, scheduled or agreed to happen. A threat itself is a deed already done ("هدد بأنه سيقصف"):
    only what it threatens is planned."""
    if trig.entry.type == "THREATEN":
        return False
    return _is_future(doc, trig, before_in_clause) or find_cue(
        before_in_clause[-_PLANNED_WINDOW:], "planned") is not None or _wished(before_in_clause) or find_cue(
        doc.tokens[trig.last + 1 : trig.last + 4], "planned_after") is not None  # "زيارة يعتزم القيام بها"


def _wished(before_in_clause: list) -> bool:
    """Wanted, right before the deed ("يريد استعادة السيطرة"); unless what is wanted is to stop it, which
    is then going on ("يريدون أن توقف تركيا عملياتها")."""
    near = before_in_clause[-_WISH_WINDOW:]
    at = find_cue(near, "wished")
    return at is not None and find_cue(near[at + 1 :], "halted") is None


def _announcing(before: list, head: Token) -> bool:
    """An announcing verb before the trigger (whose first word is `head`) that is not inside a relative
    clause of another noun ("الهدنة التي أعلنت عنها روسيا ... القصف": the announcement is the truce's, not
    the shelling's)."""
    at = find_cue(before, "announced")
    if at is None:
        return False
    if find_cue([*before[at + 1 :], head], "losses") is not None:
        return False  # "أعلنت طهران مقتل سبعة من مقاتليها جراء الغارة": the toll is news, not its own deed
    return not (at > 0 and before[at - 1].norm in single("relatives"))


def first_person(doc: Document, trig: Trigger) -> bool:
    """"قتلنا", "أوصلنا مساعدات": a speaker quoted telling what "we" did, by the verb itself or by the light
    verb right before a verbal noun (a listed first-person form: -نا also ends nouns, منازلنا, مليونا)."""
    tok = doc.tokens[trig.first]
    if trig.pos in ("verb", "form") and tok.norm.endswith("نا") and len(tok.norm) > 4:
        return True
    return trig.pos != "verb" and find_cue(doc.tokens[max(0, trig.first - 1) : trig.first], "we_did") is not None


def _is_future(doc: Document, trig: Trigger, before_in_clause: list) -> bool:
    """A future verb (ستقصف), a verbal noun of purpose (لاقتحام), or a future verb just before the noun."""
    first = doc.tokens[trig.first]
    if _FUTURE_PROCLITIC in first.proclitics:
        return True
    if trig.pos == "noun" and first.proclitics[:1] == ("ل",) \
            and find_cue(before_in_clause, "undergo") is None \
            and find_cue(before_in_clause[-1:], "reach") is None:
        return True  # لاقتحام: of purpose; but تعرضت لقصف is undergone
    if trig.pos != "verb" and before_in_clause and _purpose_light(before_in_clause[-1]):
        return True  # "لشن ضربات": the purpose of what the clause tells, not done yet
    around = before_in_clause[-2:] + (doc.tokens[trig.last + 1 : trig.last + 3] if trig.pos != "verb" else [])
    return any(_FUTURE_PROCLITIC in t.proclitics for t in around)


def _purpose_light(tok: Token) -> bool:
    """A light verb's noun with the ل of purpose: لشن, لتنفيذ (the tokenizer may keep لشن whole)."""
    if tok.proclitics[:1] == ("ل",):
        return find_cue([tok], "light_nouns") is not None
    return tok.norm.startswith("ل") and (tok.norm[1:],) in cues()["light_nouns"]


PLUPERFECT = frozenset({"كان", "كانت", "كانوا"})  # وكان ... قد: the pluperfect of background
_RECENT_DAYS = 30  # gold keeps the news of the last weeks "reported", older events are background


def _is_background(doc: Document, trig: Trigger, clause: Span, before: list, date: EventDate) -> bool:
    """Told as context: a background cue or the pluperfect (وكان ... قد) opens the clause, a word of "at the
    time" (حينها) stands in it, a deed is tallied since long ago (قتل 92 عسكريا منذ تدخل موسكو), or the
    event's own date lies well before the news (more than a month before publication)."""
    if find_cue(before[:4], "historical") is not None or (before and before[0].stem_norm in PLUPERFECT):
        return True
    if find_cue(doc.tokens_in(clause), "at_that_time") is not None:
        return True
    if _perfect_deed(doc, trig, before) and since_long_ago(doc, trig.span(doc.tokens), clause):
        return True
    published = doc.meta.published
    if not (published and date.value and date.precision != "unknown" and date.latest):
        return False
    return date.latest < days_before(published, _RECENT_DAYS) if len(published) == 10 else (
        date.latest[: len(published)] < published)


def _perfect_deed(doc: Document, trig: Trigger, before: list) -> bool:
    """A deed told in the perfect (قتل, تعرضت لحصار), which "since" makes a tally of the past; a state still
    running (تحاصرها, المحاصرين) is today's news."""
    if trig.pos in ("verb", "form"):
        first = doc.tokens[trig.first]
        return first.stem_norm[:1] not in IMPERFECT_PREFIXES and not is_definite(first)  # not المحاصرين منذ 2013
    return find_cue(before, "undergo") is not None
