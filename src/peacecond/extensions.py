"""The Doc extensions peacecond components set and the record builder reads.

Values are plain lists and dicts, so Docs survive the trip between processes
(`nlp.pipe(n_process=2)` serialises `doc.user_data`).
"""
from spacy.tokens import Doc

DOC_EXTENSIONS = {
    "pc_boilerplate": None,  # [[start, end]] of lines extraction ignores (set before the pipeline)
    "pc_published": None,  # ISO date anchoring relative dates (set before the pipeline)
    "pc_anchor": None,  # --anchor-date for articles without a publication date
    "pc_regions": None,  # [{id, text, start, end}]
    "pc_actors": None,  # [{id, text, start, end}]
    "pc_people": None,  # [{name, party, role, kind, mentions: [{text, start, end}]}]
    "pc_speakers": None,
    "pc_quotes": None,
    "pc_conditions": None,
    "pc_dates": None,
    "pc_warnings": None,
}

for _name, _default in DOC_EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
