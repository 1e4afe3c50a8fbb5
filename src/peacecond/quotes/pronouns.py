"""Who "he" or "she" means: the last person in subject position or quoted who fits the pronoun, else the last one
named in full (the article's People filed by gender), and what the article says of a person's gender."""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

from ..people import People
from .groups import HISTORY_REACH
from .speaker import SUBJECT_DEPS, Speaker, _as_speaker


ANY_GENDER = "any"  # the class of a person the article gives no gender (People.classify files no None)


class Pronouns:
    """Mixin of Reading: personal pronouns and the lookups of the latest speaker or person."""

    def _pronoun_person(self, tok: Token, people: People, history: list[Speaker]) -> Speaker | None:
        """"He" / "she": the last person in subject position or quoted who fits the pronoun's gender, else (with
        nobody in subject position yet: "For Halyna Shevchuk, 58, the wait was long. ... she said") the last
        person named in full who fits; where nobody fits, the last one all the same (the article's own words
        outweigh the name lists). A person a gendered pronoun resolves to is of that gender from then on."""
        ahead = self._cataphor(tok)  # "Although he called the offer 'a trap', Aliyev agreed to meet"
        if ahead is not None:
            return self.resolve(ahead, tok.doc, people, history)
        gender = self.rules["pronoun_gender"].get(tok.lower_)
        fits = None if gender is None else (lambda name: not name or self._gender(name, people) in (None, gender))
        # "Putin, he said, has no plans ...": a parenthetical speaker is not the subject it interrupts.
        at = tok.idx
        if tok.head.dep_ == "parataxis" and self._is_speech(tok.head):
            # (back from the clause it interrupts, which may open after a colon: "X went further: the new
            # territories, he wrote, '...'")
            interrupted = next((c for c in tok.head.head.children if c.dep_ in SUBJECT_DEPS and c.i < tok.i), None)
            colon = next((t for t in reversed(tok.doc[tok.sent.start:tok.i]) if t.text in {":", ";"}), None)
            at = interrupted.left_edge.idx if interrupted is not None else \
                colon.idx + 1 if colon is not None else tok.sent.start_char
        found = self._recent(history, at, kind="person", fits=fits) or \
            self._recent_mention(people, at, full=True, gender=gender)
        if found is None and fits is not None:
            found = self._recent(history, at, kind="person") or \
                self._recent_mention(people, at, full=True)
        if found is None:
            # nobody before it: a story whose lead names the speaker after the first quote ("'...,' he told
            # the paper. Ortega stressed ..."), the first person named in full after it who fits
            found = self._first_named_after(people, tok.idx, fits)
        if found is not None and gender is not None and found.kind == "person" and found.name \
                and self._gender(found.name, people) is None:
            self._genders[found.name] = gender
            person = people.by_name.get(found.name)
            if person is not None and len(person.name.split()) > 1:
                people.classify(person, "gender", gender)
        return found

    def _gender(self, name: str, people: People) -> str | None:
        """What the article says of a person's gender: a title or role word before a mention ("Mrs. Zakharova",
        "spokeswoman Maria ..."), in their role, or a pronoun already resolved to them; else their given name
        (patterns/given_names_*.txt); None when nothing says."""
        if name in self._genders:
            return self._genders[name]
        words = self.rules["gender_words"]
        person = people.by_name.get(name)
        said = []
        if person is not None:
            for s, _ in person.mentions:
                before = self.text[max(0, s - 24):s].split()
                if before:
                    said.append(before[-1].strip(".,;:").casefold())
            # (A capitalised word of a role is a name, not a role word: "the top Marine in the Gulf" says
            # nothing of the person's gender, though Marine is a given name.)
            said += [w.strip(",") for w in (person.role or "").split() if w.islower()]
        gender = next((words[w] for w in said if w in words), None)
        if gender is None and name.split():
            gender = words.get(name.split()[0].casefold())
        self._genders[name] = gender
        return gender

    @staticmethod
    def _recent(history: list[Speaker], before: int, kind: str, party: str | None = None,
                spoke: bool = False, fits=None, since: int | None = None) -> Speaker | None:
        """The latest speaker or subject before `before` of that kind (and party, having spoken, fitting), not
        looking further back than `since`."""
        for sp in islice(history.latest(before), HISTORY_REACH):
            if since is not None and sp.at < since:
                break
            if (sp.kind == kind or (kind == "person" and sp.proxy)) and (party is None or sp.party == party) and (sp.spoke or not spoke):
                if fits is not None and sp.kind == "person" and not fits(sp.name):
                    continue
                return sp
        return None

    def _recent_mention(self, people: People, before: int, party: str | None = None, full: bool = False,
                        gender: str | None = None) -> Speaker | None:
        """The person mentioned last before `before`: of that party, or named in two words or more (and, with a
        gender, of that gender or of none the article says), from the People's classes by bisection."""
        if gender is not None:
            for p in people.unseen("gender"):  # (each person's gender read once, when first asked for)
                if len(p.name.split()) > 1:
                    people.classify(p, "gender", self._gender(p.name, people) or ANY_GENDER)
            found = people.last_in_class(before, "gender", (ANY_GENDER, gender))
        else:
            found = people.last_in_class(before, "party", (party,)) if party is not None else \
                people.last_in_class(before, "full", (True,)) if full else None
        return _as_speaker(found[1], found[0], spoke=False) if found is not None else None
