"""Direct quotes and reported speech, attributed to their speakers: the stages of peacecond_quotes.

    rules        patterns/ files the stages read (loaded once per patterns folder, validated)
    speaker      who speaks (Speaker) and the name shapes the parser leaves
    verbs        speech verbs, their subjects and what they report
    names        people and organisations the parse names (titles, appositions, acronyms)
    groups       plural subjects ("they", "the two leaders") and the co-speakers of one statement
    resolve      what a subject stands for: a name, a description or a pronoun, back to who it means
    descriptions a person named by a description ("the Russian leader", "the visitor"), back or ahead to who it is
    heads        a subject's head against the names inside it ("the Petro administration"), "the Frelimo", "his
                 counterpart", a pronoun with nobody before it, windows that skip quotations
    frames       the text around a quotation mark, and the verb or label attributing the quote
    issuers      who issued a text the story names by a noun ('the statement said', 'remarks by X that ...')
    reported     reported speech: 'X said (that) ...', 'according to X, ...'
    transcripts  a transcript's turns (peacecond.turns), statements of kind 'turn'
    reading      one article's reading: its state (on the Doc while the component runs) and the stages in order

The component (peacecond.components.quotes) runs a Reading per article and sets doc._.pc_quotes,
doc._.pc_speakers and doc._.pc_people.
"""
