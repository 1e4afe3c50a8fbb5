"""peacecond_paragraphs: a line break ends a sentence, and no sentence runs longer than MAX_SENT tokens.

News text puts headlines, datelines and captions on lines of their own, with no
final full stop; without this the parser runs them into the first sentence of
the story, and a reported clause swallows the headline. Runs before the parser,
which keeps boundaries that are already set.

A scraped page without punctuation is one "sentence" of thousands of words to the
parser, and what the quotes and conditions components do within a sentence (every
condition mention against every stance cue, every speech verb up its chain of
conjuncts) grows with the square of its length: 8,000 words took 17 s, 32,000 over
300 s. Cutting such a run into pieces of at most MAX_SENT tokens bounds that work by
a constant per token. No sentence of real prose comes near the limit (the longest
in the tuning sets is 84 tokens), so prose is parsed as before.
"""
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

MAX_SENT = 200
# Where to cut a run that is too long, best first: after a full stop the parser did not take as one, after a
# semicolon or colon, after a comma or dash or before a conjunction; else anywhere. A cut is made in the second
# half of the allowed window, so each one moves on by at least MAX_SENT // 2 tokens (linear time).
ENDS = {".", "!", "?", "…"}
PAUSES = {";", ":"}
BREATHS = {",", "—", "–", "-", "(", ")"}
CONJUNCTIONS = {"and", "or", "but", "so", "then"}


@Language.component("peacecond_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    # A token's own trailing whitespace is one space at most: a line break is always a whitespace token of
    # its own, which stays with the sentence before it; the token after it starts a new one.
    # (Set as one array: each Token.is_sent_start assignment reads the whole Doc, a square in all.)
    if not len(doc):
        return doc
    marks = doc.to_array([SENT_START])
    starts = [0]
    for k in doc.to_array([IS_SPACE]).nonzero()[0].tolist():
        if k + 1 < len(doc) and "\n" in doc[k].text:
            marks[k + 1] = 1
            starts.append(k + 1)
    starts.append(len(doc))
    for a, b in zip(starts, starts[1:]):
        while b - a > MAX_SENT:
            a = _cut(doc, a)
            marks[a] = 1
    doc.from_array([SENT_START], marks)
    return doc


def _cut(doc: Doc, a: int) -> int:
    """The token that starts the next piece of an over-long run beginning at token a."""
    best, rank = a + MAX_SENT, -1
    for c in range(a + MAX_SENT // 2, a + MAX_SENT + 1):
        before, tok = doc[c - 1], doc[c]
        if tok.is_space:
            continue
        r = 3 if before.text in ENDS else 2 if before.text in PAUSES else \
            1 if before.text in BREATHS or tok.lower_ in CONJUNCTIONS else 0
        if r >= rank:  # the last of the best kind: the pieces stay as long as they may
            best, rank = c, r
    return best
