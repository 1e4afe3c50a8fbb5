"""Turn-taking in transcripts and interviews: lines that open with a speaker's label.

    OLUSEGUN OBASANJO: Thank you very much. Ladies and gentlemen, ...
    REDWAN HUSSIEN (Head of the Government delegation): On behalf of the Government ...
    Question (Reuters): Will Tigrayan forces hand over their heavy weapons ...

A label is a turn's only when the line is prose (it ends as a sentence does: "Medinsky: meeting
possible once treaty is ready" is a live blog's heading) and the caller knows whom it names, and
there is turn-taking: two turns at least that someone takes. Question labels
(patterns/turn_question_labels.txt: "Question", "Q", "Reporter") open turns that belong to nobody.
Where someone asks (an interview, a press conference), a turn runs over the unlabelled paragraphs
after its label up to the next label or a separator line ("* * *", "-- END --"); elsewhere, and
for the last turn, the story may go on in its own voice after it, and a turn is its own paragraph.
"""
from __future__ import annotations

import re
from typing import Callable, NamedTuple

# A name of up to four capitalised words (or a bracketed role after one: "ZELENSKY (through interpreter)"); a
# name's lowercase particle counts as a word of it ("Khalil al-Hayya", "Ursula von der Leyen", "Massimo d'Alema").
JOINED_PARTICLE = r"[a-z]{1,3}[-'’][A-Z][\w'’-]*"  # "al-Hayya", "d'Alema"
BARE_PARTICLE = r"(?:al|el|bin|ibn|bint|de|da|do|dos|das|del|della|di|du|van|von|der|den|le|la|ter)"
PARTICLE = rf"(?:{JOINED_PARTICLE}|{BARE_PARTICLE}(?= [A-Za-z]))"  # (a bare one goes on with the name)
LABEL = re.compile(r"^[ \t]*([A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|" + PARTICLE + r"|\([^()\n]{1,40}\))){0,3}):[ \t]+\S")
NAME_PARTICLE = re.compile(rf"(?:{JOINED_PARTICLE}|{BARE_PARTICLE})$")
PROSE_END = ".?!\"”»’'"


class Turn(NamedTuple):
    start: int  # the label's first character
    end: int  # where the turn ends: the next turn's label, a separator line, or the end of the text
    name_end: int  # the name ends here (before a bracketed role and the colon)
    body: int  # what the speaker says starts here, after the colon
    speaker: object  # what `whose` said of the label; None for a question


def find_turns(text: str, question_labels: frozenset[str], whose: Callable[[int, int, int], object]) -> list[Turn]:
    """The turns of a transcript in text, in order. whose(start, name_end, label_end) says who the label names
    (text[start:name_end] is the name, text[start:label_end] the label with its bracketed role), or None when it
    names nobody the caller knows (then the line is no turn, and ends none)."""
    turns: list[list] = []
    pos = 0
    for line in text.split("\n"):
        a, pos = pos, pos + len(line) + 1
        m = LABEL.match(line)
        if m is not None and line.rstrip()[-1:] in PROSE_END:
            label = m.group(1)
            name = label.split(" (", 1)[0]
            start = a + m.start(1)
            speaker = None
            if label.split()[0].rstrip(".").lower() not in question_labels:
                speaker = whose(start, start + len(name), start + len(label))
                if speaker is None:
                    continue
            if turns and turns[-1][1] is None:
                turns[-1][1] = a
            # [start, end (None: open), name end, body start, speaker, end of the label's own line]
            turns.append([start, None, start + len(name), a + m.end() - 1, speaker, a + len(line)])
        elif turns and turns[-1][1] is None and line.strip() and not any(c.isalpha() for c in line):
            turns[-1][1] = a  # "* * *": the transcript ends
        elif turns and turns[-1][1] is None and re.fullmatch(r"\W*(?:END|ENDS)\W*", line.strip()):
            turns[-1][1] = a  # "-- END --"
    # Turn-taking is two turns that someone takes, at least (a question alone, or one "Name: ..." line, is not).
    if sum(t[4] is not None for t in turns) < 2:
        return []
    _askers_ask(text, turns)
    # The paragraphs after a label are the speaker's in an interview or press conference (someone asks), up to
    # the next label. Elsewhere ("Zelensky: Ukraine will not give up Donbas." heading a live blog's entry), and
    # after the last label, the story may go on in its own voice: a turn is its own paragraph.
    asked = any(t[4] is None for t in turns)
    for i, t in enumerate(turns):
        if t[1] is None or not asked or i == len(turns) - 1:
            t[1] = min(t[1] if t[1] is not None else len(text), t[5])
    return [Turn(*t[:5]) for t in turns]


def _askers_ask(text: str, turns: list[list]) -> None:
    """A label that does nothing but ask while another label answers is the interviewer, named by the outlet or
    the journalist ("Al Jazeera: What do you expect from the talks?"): its turns are questions, nobody's statement."""
    asks: dict[str, bool] = {}
    for t in turns:
        if t[4] is not None:
            name = text[t[0]:t[2]].casefold()
            line = text[t[3]:t[5]].rstrip()
            asks[name] = asks.get(name, True) and line.endswith("?")
    if any(asks.values()) and not all(asks.values()):
        for t in turns:
            if t[4] is not None and asks[text[t[0]:t[2]].casefold()]:
                t[4] = None


SECOND_PERSON = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(?:I|we|my|our|us|me)\b", re.IGNORECASE)
MAX_QUESTION_WORDS = 80


def find_unlabelled_answers(text: str) -> tuple[int, list[tuple[int, int]]]:
    """An interview without labels: questions put to someone ("What do you make of the offer?"), each a paragraph
    of its own, each followed by answers in the first person. Returns (where the first question starts, the
    answers' (start, end)); (-1, []) unless two questions at least are answered so. An answer runs over the
    paragraphs up to the next question; the last is its own paragraph (the story may go on in its own voice).
    A question in the third person ("How did Trump respond?") heads an explainer's section, not an interview."""
    paragraphs = []
    pos = 0
    for line in text.split("\n"):
        a, pos = pos, pos + len(line) + 1
        if line.strip():
            paragraphs.append((a + len(line) - len(line.lstrip()), a + len(line.rstrip())))
    asked = [k for k, (s, e) in enumerate(paragraphs)
             if text[e - 1] == "?" and len(text[s:e].split()) <= MAX_QUESTION_WORDS and SECOND_PERSON.search(text[s:e])
             and not any(c in text[s:e] for c in "\"“”«»")]
    answers = []
    for n, k in enumerate(asked):
        stop = asked[n + 1] if n + 1 < len(asked) else min(k + 2, len(paragraphs))
        body = paragraphs[k + 1:stop]
        if body and FIRST_PERSON.search(text[body[0][0]:body[0][1]]):
            answers.append((body[0][0], body[-1][1]))
    if len(answers) < 2:
        return -1, []
    return paragraphs[asked[0]][0], answers
