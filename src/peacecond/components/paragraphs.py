"""peacecond_paragraphs: a line break ends a sentence.

News text puts headlines, datelines and captions on lines of their own, with no
final full stop; without this the parser runs them into the first sentence of
the story, and a reported clause swallows the headline. Runs before the parser,
which keeps boundaries that are already set.
"""
from spacy.language import Language
from spacy.tokens import Doc


@Language.component("peacecond_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
        elif tok.is_space and "\n" in tok.text:
            # keep the newline token with the sentence before it; the next token starts anew
            continue
    return doc
