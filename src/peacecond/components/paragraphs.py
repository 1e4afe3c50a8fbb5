"""peacecond_paragraphs: a line break ends a sentence.

News text puts headlines, datelines and captions on lines of their own, with no
final full stop; without this the parser runs them into the first sentence of
the story, and a reported clause swallows the headline. Runs before the parser,
which keeps boundaries that are already set.
"""
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc


@Language.component("peacecond_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    # A token's own trailing whitespace is one space at most: a line break is always a whitespace token of
    # its own, which stays with the sentence before it; the token after it starts a new one.
    for k in doc.to_array([IS_SPACE]).nonzero()[0].tolist():
        if k + 1 < len(doc) and "\n" in doc[k].text:
            doc[k + 1].is_sent_start = True
    return doc
