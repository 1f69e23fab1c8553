"""A code review of the seventh round found rules that could state something false on
articles outside the corpus: "the same day" after "the next day", "the country" beside
another nation's place or inside a quotation, a headline's nation for officials of another,
"the attack" as an earlier counterattack. Each case is held here."""

from __future__ import annotations

from typing import Any

from questions.generate.definites import name_country
from questions.generate.groups import headline_nation
from questions.generate.introduced import _tail
from questions.generate.occasion import name_same_day, said_day


def test_the_next_day_or_days_later_is_another_day(nlp: Any) -> None:
    for opening in ("The next day, the council met.", "Two days later, the council met."):
        sentence = next(nlp(opening).sents)
        assert said_day(sentence, "September 17") is None  # "the same day" after it: unknown


def test_the_same_day_is_the_one_its_own_sentence_states_first(nlp: Any) -> None:
    text = (
        "The council approved a fishing treaty on September 20, and on the same day Lindqvist "
        "announced that Sweden would give 40 million kronor to a regional climate fund."
    )
    sentence = next(nlp(text).sents)
    replace: dict[int, str] = {}
    name_same_day(sentence, "September 17", replace)
    assert "September 17" not in replace.values()  # it was said so: a false date


def test_the_country_beside_another_nations_place_is_left(nlp: Any) -> None:
    doc = nlp("The girls come from Herat. Women in the country face many restrictions.")
    before, sentence = list(doc.sents)
    replace: dict[int, str] = {}
    name_country(sentence, "the United States", replace, before)
    assert replace == {}  # Herat is Afghan: "the country" is not the story's United States
    alone = next(nlp("Tourism across the country has fallen by 40 percent.").sents)
    name_country(alone, "Japan", replace)
    assert "Japan" in replace.values()


def test_the_country_in_a_quotation_is_the_speakers(nlp: Any) -> None:
    text = '"The country will not accept any new conditions," the minister said on Monday.'
    replace: dict[int, str] = {}
    name_country(next(nlp(text).sents), "Japan", replace)
    assert replace == {}


def test_a_headline_of_two_nations_gives_officials_neither(nlp: Any) -> None:
    body = [nlp("The girls from Afghanistan were denied visas twice. Afghan girls build robots.")]
    assert headline_nation(nlp("All-girl Afghan robotics team allowed into US"), body) is None


def test_a_word_that_is_the_others_whole_ending_is_no_kin() -> None:
    assert _tail("counterattack", "attack") == 0  # "the attack" may be another one
    assert _tail("mudslide", "landslide") >= 5  # "the landslide" of "a mudslide": kin
