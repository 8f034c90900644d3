"""The clinical taxonomy, one category at a time: paraphrases the rules were not written from.

Each category gets sentences in several styles (plain, text-speak, no punctuation, typos). A
warning-sign category must be found at its level or above; urgent categories at urgent. The
hard negatives must stay at none. No method detail beyond a word or two (docs/SAFETY.md).
"""

import pytest

from innerbase.safety.detect import screen

URGENT = {
    "method": [
        "i keep thinking about jumping off the bridge on my way to work",
        "Been looking up ways to kill myself again",
        "i cant stop staring at the pills in the cupboard and thinking about taking all of them",
        "i think about hanging myself most nights",
    ],
    "intent": [
        "I've decided, I'm going to go through with it this time.",
        "i will end my life, i mean it",
        "im not going to be alive much longer",
    ],
    "plan": [
        "I have chosen the day, it will be Saturday",
        "I counted how many tablets I would need",
        "tonight when everyone's asleep im going to take all my pills",
        "ive set the date, its going to be the 3rd",
        "going to jump from the bridge on friday",
    ],
    "preparation": [
        "I've been keeping my pills aside",
        "I sorted out my will and said goodbye to people",
        "been stockpiling my meds for a while now",
        "gave my dog to my neighbour so he'll be looked after when im gone",
        "bought a rope today",
    ],
    "attempt": [
        "I tried to end my life on Sunday",
        "i overdosed last week and didnt tell anyone",
        "i almost went through with it last night",
    ],
    "self-harm": [
        "I used a blade on my arm again tonight",
        "burnt my wrist with a lighter on purpose",
        "i scratched my legs till they bled",
    ],
    "last-message": [
        "If you're reading this I'm sorry, I love you all",
        "to whoever finds this please tell my sister it wasnt her fault",
    ],
    "danger-from-others": [
        "he told me he would kill me if I ever left",
        "my ex keeps turning up outside my flat at night",
        "he had his hands round my throat",
        "I'm scared to go home, he's been drinking",
        "she says if she cant have me no one will",
        # "hit me in ..." was once read as an idiom ("hit me in the feels") even with a body part.
        "he hit me in the face",
        "she kicked me in the back",
    ],
}
CHECK_IN = {
    "wish-dead": [
        "i hope i just dont wake up tomorrow",
        "It would be such a relief to not exist",
        "wish i could fall asleep and never wake up",
    ],
    "burden": [
        "they would be better off with me dead",
        "everything would be simpler if I wasn't around",
        "im just a drain on everyone",
    ],
    "trapped": ["I feel so trapped, there's no escape", "theres nowhere left to turn"],
    "unbearable-pain": ["the pain is unbearable", "i cant bear this anymore"],
    "no-reason": ["i cant think of a single reason to stay alive", "why bother living"],
    "wont-matter": ["soon it won't matter", "you wont have to deal with me for much longer"],
}
NEGATIVE = {
    "neg-denial": [
        "I'm not suicidal, only very low",
        "I'd never hurt myself",
        "not that I'd do anything, I'm just tired",
    ],
    "neg-others": [
        "my friend said she wants to die and I'm worried about her",
        "The news said a woman's ex had been stalking her for months.",
    ],
    "neg-fiction": [
        "In the film he says goodbye to everyone before the end",
        "i dreamt i was falling off a bridge",
    ],
    "neg-training": [
        "We had a lecture on suicide prevention today",
        "my dissertation is about self-harm in young people",
    ],
    "neg-past": ["I self-harmed as a student; that part of my life is over."],
    "neg-hyperbole": [
        "this breakup is killing me",
        "I could die of embarrassment",
        "kill me now another meeting",
        "dead on my feet",
        "that song hit me in the feels",
    ],
    "neg-everyday": [
        "I bought a new knife for the kitchen",
        "getting the train tonight to see mum",
        "need to pick up my pills from the pharmacy",
        "saving up for a car",
        "I stopped taking that medicine in 2019 and I feel fine now.",
        "Took my tablets at 10 like the doctor said",
    ],
}


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(category, text) for category, texts in table.items() for text in texts]


@pytest.mark.parametrize(("category", "text"), _cases(URGENT))
def test_urgent_categories_are_urgent(category, text):
    assert screen(text)["level"] == "urgent", category


@pytest.mark.parametrize(("category", "text"), _cases(CHECK_IN))
def test_warning_signs_are_at_least_a_check_in(category, text):
    assert screen(text)["level"] in ("check-in", "urgent"), category


@pytest.mark.parametrize(("category", "text"), _cases(NEGATIVE))
def test_hard_negatives_stay_none(category, text):
    assert screen(text)["level"] == "none", category


def test_danger_from_others_is_its_own_kind():
    result = screen("he told me he would kill me if I ever left")
    assert result["kinds"] == ["danger-from-others"]


@pytest.mark.parametrize(
    "text",
    [
        "ngl i wanna kms rn",
        "tbh ive been savin my pills",
        "I COUNTED HOW MANY TABLETS I WOULD NEED",
        "i have chosen the day\nit will be saturday",
        "so tired of everything i keep thinking about the bridge and jumping off it tonight",
        "im keeping my tablets aside 💊",
    ],
)
def test_text_speak_capitals_line_breaks_and_run_ons_keep_working(text):
    assert screen(text)["level"] == "urgent"


def test_a_sign_buried_in_a_long_entry_is_found_and_the_span_points_at_it():
    filler = "Went to work, had lunch with Sam, watched a film and tidied up. " * 450
    sign = "I've been keeping my pills aside"
    text = filler + sign + ". " + filler
    assert len(text.split()) > 5000
    result = screen(text)
    assert result["level"] == "urgent"
    start, end = result["matched"][0]
    assert text.index(sign) <= start < end <= text.index(sign) + len(sign)
