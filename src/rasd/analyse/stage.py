"""The analyse stage: normalised copy with its offset map, sentences, tokens with clitics."""

from rasd.analyse.normalise import normalise
from rasd.analyse.sentences import split_sentences
from rasd.analyse.tokens import tokenise
from rasd.document import Document
from rasd.pipeline import stage


@stage("analyse", requires=("text",), assigns=("normalised", "sentences", "tokens"))
def analyse_stage(doc: Document) -> None:
    doc.normalised = normalise(doc.text)
    doc.sentences = split_sentences(doc.normalised)
    doc.tokens = tokenise(doc.normalised)
