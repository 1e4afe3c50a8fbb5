"""Speakers named by a description after their first mention: an age ("the 64-year-old") the parser hung on the
speech verb instead of making it the subject, a spokesperson noun the story first set beside a name ("X, a
spokeswoman for the UN mission, ... the spokeswoman said"), and a description that fits two people coordinated
in the sentence before (nobody); and a speaker named in the sentence after the quote ("Those were the
words of X", "The warning came from X")."""
import pytest

from conftest import direct
from conftest import run_quote_text as run_text

# '"...," the 64-year-old said' is parsed with "the" and "old" on the verb and no subject: the phrase is the
# subject, and the age is the person the sentence before made its subject.
AGES = [
    pytest.param("Colombian President Gustavo Petro arrived in Bogota on Tuesday. \"Peace is the only road left to "
                 "us,\" the 64-year-old said.", "Gustavo Petro", id="colombia-same-paragraph"),
    pytest.param("Colombian President Gustavo Petro arrived in Bogota on Tuesday.\n\n\"Peace is the only road left "
                 "to us,\" the 64-year-old said.", "Gustavo Petro", id="colombia-next-paragraph"),
    pytest.param("Myanmar's junta leader Min Aung Hlaing visited Naypyidaw. \"Elections will be held in December,\" "
                 "the 68-year-old added.", "Min Aung Hlaing", id="myanmar-added"),
    pytest.param("Sudan's army chief Abdel Fattah al-Burhan flew to Cairo. \"We will not sit with the militia,\" "
                 "the 64-year-old said.", "Abdel Fattah al-Burhan", id="sudan"),
]


# The same age with nobody named before, or only a group, names nobody; two people coordinated in the sentence
# before are both described by it, so neither is chosen.
NOBODY = [
    pytest.param("The ceasefire took hold on Monday. \"Nobody wants more fighting,\" the 30-year-old said.",
                 None, id="nobody-named"),
    pytest.param("The Houthi delegation arrived in Muscat. \"The siege must end first,\" the 52-year-old said.",
                 None, id="a-delegation"),
    pytest.param("Gustavo Petro and Ivan Mordisco met in Havana on Tuesday. \"Peace is the only road left to us,\" "
                 "the 64-year-old said.", None, id="two-people-age"),
    pytest.param("Nikol Pashinyan and Ilham Aliyev met in Washington on Friday. \"The border is settled now,\" the "
                 "lawmaker said.", None, id="two-people-epithet"),
]


# "X, a spokeswoman for the UN mission, ... the spokeswoman said": the person set beside the noun speaks, not the
# body she speaks for; a spokesperson never given a name still speaks for the body, and a different noun
# ("the spokesman" after two people) means the one it was set beside.
SPOKESPEOPLE = [
    pytest.param("Anna Berg, a spokeswoman for the UN mission, briefed reporters in Juba. \"Civilians are paying "
                 "the price,\" the spokeswoman said.", "Anna Berg", id="apposed-after-name"),
    pytest.param("Anna Berg, spokeswoman for the UN mission, said the talks had stalled. \"Civilians are paying the "
                 "price,\" the spokeswoman said.", "Anna Berg", id="apposed-no-article"),
    pytest.param("Tun Myat, a spokesman for the Arakan Army, spoke to reporters on Monday. \"We will hold the "
                 "towns we have taken,\" the spokesman said.", "Tun Myat", id="myanmar"),
    pytest.param("Anna Berg, a spokeswoman for the UN mission, met Ali Hassan, a spokesman for the Sudanese army. "
                 "\"Civilians are paying the price,\" the spokesman said.", "Ali Hassan", id="the-other-noun"),
    pytest.param("A spokeswoman for the UN mission said the talks had stalled. \"Civilians are paying the price,\" "
                 "the spokeswoman said.", "UN", id="never-named"),
]


# The sentence after a quote names whose words they were: "Those were the words of X", "The warning came from X"
# (a speech noun of patterns/speech_nouns.txt pointing back at the quote). A noun that is no speech ("the attack
# came from"), a place, or something that is nobody ("the words of a song") names no speaker.
NAMED_AFTER = [
    pytest.param("\"We cannot accept a deal that rewards aggression.\" Those were the words of Azerbaijani Foreign "
                 "Minister Jeyhun Bayramov on Friday.", "Jeyhun Bayramov", id="words-of"),
    pytest.param("\"There will be no deal without guarantees.\" The warning came from Min Aung, a commander of the "
                 "Arakan Army.", "Min Aung", id="warning-came-from"),
    pytest.param("Gustavo Petro spoke in Cali. \"We will sign by December.\" The comments came from Otty Patino, "
                 "the government's chief negotiator.", "Otty Patino", id="over-an-earlier-subject"),
    pytest.param("\"We shall overcome.\" Those were the words of a song the crowd sang in Khartoum.", None,
                 id="words-of-a-song"),
    pytest.param("\"The ceasefire must hold now.\" The call came from Washington.", None, id="a-place"),
    pytest.param("Ali Hassan said the talks had failed. \"Nobody came to the table.\" The attack came from the "
                 "north.", "Ali Hassan", id="no-speech-noun-goes-on"),
]


# "The diplomat" (patterns/nominal_speakers.jsonl, roles) is also a foreign minister or an envoy the story has
# just named; not when someone unnamed was called a diplomat since, when no post fits, or when two people of such
# posts were named (a description that fits two people names neither).
DIPLOMATS = [
    pytest.param("Azerbaijani Foreign Minister Jeyhun Bayramov spoke in Baku. \"Armenia must change its "
                 "constitution,\" the top diplomat insisted.", "Jeyhun Bayramov", id="foreign-minister"),
    pytest.param("UN envoy Hans Grundberg spoke in Aden. \"The truce is fragile,\" the diplomat said.",
                 "Hans Grundberg", id="envoy"),
    pytest.param("Azerbaijani Foreign Minister Jeyhun Bayramov spoke in Baku. A senior Western diplomat said the "
                 "talks were stuck. \"Nobody trusts anyone,\" the diplomat said.", None, id="an-unnamed-diplomat"),
    pytest.param("Sudanese Defence Minister Yassin Ibrahim spoke in Port Sudan. \"The army is ready,\" the "
                 "diplomat said.", None, id="no-such-post"),
    pytest.param("Armenian Foreign Minister Ararat Mirzoyan met US envoy Tom Barrack in Yerevan. \"The border talks "
                 "are going well,\" the diplomat said.", None, id="two-diplomats"),
]


# "Those were the words of X's predecessor": the noun owns the words, not its possessor; a name apposed to the noun
# is the owner still.
OWNERS = [
    pytest.param("\"We will never give up Karabakh.\" Those were the words of Aliyev's predecessor.", None,
                 id="predecessor"),
    pytest.param("\"The deal is dead.\" Those were the words of Mordisco's spokesman.", None, id="spokesman-of"),
    pytest.param("\"The army will not return to the barracks.\" Those were the words of Burhan's deputy.", None,
                 id="deputy"),
    pytest.param("\"The deal is dead.\" Those were the words of the group's leader, Ivan Mordisco.", "Ivan Mordisco",
                 id="apposed-name"),
]


@pytest.mark.parametrize("text, who", AGES + NOBODY + SPOKESPEOPLE + NAMED_AFTER + DIPLOMATS + OWNERS)
def test_a_description_or_the_next_sentence_names_the_one_speaker_it_fits(extractor, text, who):
    """who: the speaker the quote's record names, None where the description fits nobody or two people."""
    assert [s for _, s in direct(run_text(extractor, text))] == [who]
