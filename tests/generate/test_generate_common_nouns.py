"""Common nouns a teacher asks ("What did Gloria develop …?": eczema), with WordNet's sisters
as options: one sense only, the object of the main clause, none a kind of the key or its
parent, none the article says, no sentence whose pronoun is a guess."""

from __future__ import annotations

from questions.generate.common import NOUN, common_rivals
from questions.generate.facts import Fact
from tests.generate.generated import SharedGenerations

_LEAK = (
    "Elephant at Dublin Zoo treated for arthritis\n\n"
    "Dublin Zoo said on Monday that its oldest elephant, Kasi, had developed arthritis in both "
    "front legs.\n\n"
    "Keepers noticed in March that the 40-year-old animal was walking more slowly than the rest "
    "of the herd. Vets from University College Dublin examined her and prescribed a daily dose "
    "of painkillers.\n\n"
    "The zoo has since fitted the elephant house with a soft sand floor, which costs about "
    "€80,000. The keepers also feed Kasi a diet rich in fish oil, which vets say eases the "
    "swelling.\n\n"
    "A factory near the zoo leaked chlorine last year, and the zoo closed for two days while "
    "firefighters sealed the building. Officials said no animal was harmed.\n\n"
    "The zoo expects more than one million visitors this year. Kasi will stay in the herd, the "
    "zoo's director, Leo Oosterweghel, said.\n"
)


def _noun(text: str, lemma: str = "", label: str = "NOUN") -> Fact:
    """Return a common-noun fact of a made-up sentence."""
    return Fact(0, 0, len(text.split()), text, label, NOUN, "", lemma or text)


def test_a_disease_gets_other_diseases_of_its_kind() -> None:
    """Eczema: the other skin diseases, never "skin disease" itself (also true)."""
    assert common_rivals(_noun("eczema"), "") == ["acne", "lupus", "psoriasis"]
    assert "skin disease" not in common_rivals(_noun("eczema"), "")


def test_a_rival_the_article_says_is_left_out() -> None:
    """An article that says "acne" may say it of the same child: another disease instead."""
    found = common_rivals(_noun("eczema"), "She had acne and severe eczema.")
    assert "acne" not in found and len(found) == 3


def test_the_narrowest_kind_gives_the_rivals() -> None:
    """Helium: the other noble gases, not any element ("carbon" balloons)."""
    assert set(common_rivals(_noun("helium"), "")) <= {"argon", "krypton", "neon", "radon", "xenon"}


def test_rivals_take_the_keys_number_and_article() -> None:
    """ "silver medals": plural rivals; "an _____" shows no rival that takes "a"."""
    assert common_rivals(_noun("silver medals", "silver medal"), "") == [
        "gold medals",
        "bronze medals",
    ]
    assert common_rivals(_noun("eczema", label="NOUN an"), "") == []  # only "acne" fits


def test_a_word_of_several_senses_gets_none() -> None:
    """ "Salt" is a compound and a seasoning: which sisters fit is a guess."""
    assert common_rivals(_noun("salt"), "") == []


def test_an_artifact_under_a_broad_parent_gets_none() -> None:
    """Hurdles are barriers beside fences, dams and fenders; a robot a mechanism beside
    clockwork: a teacher would not offer them. A trophy's few kinds are fine."""
    assert common_rivals(_noun("hurdles", "hurdle"), "") == []
    assert common_rivals(_noun("robot"), "") == []
    assert common_rivals(_noun("silver medal"), "")


def test_an_object_noun_is_asked_with_wordnets_sisters(generation: SharedGenerations) -> None:
    """'A factory near the zoo leaked chlorine': what it leaked, with the other halogens,
    its nearest kin (not "air", nor hydrogen, merely another gas)."""
    result = generation(_LEAK, "zoo", "zoo")
    asked = [q for q in result.qset.questions if q.correct_option == "chlorine"]
    assert [q.text.splitlines()[-1] for q in asked] == [
        "What did a factory near Dublin Zoo leak?"  # as the article writes it, without "the"
    ]
    assert sorted(asked[0].options) == ["chlorine", "fluorine", "iodine"]


def test_the_corpus_asks_key_nouns(generation: SharedGenerations) -> None:
    """Gloria's eczema, the Afghan team's silver medal and Warhol's helium are asked."""
    eczema = generation.keyed("homeopathy-manslaughter-trial", "eczema")
    assert [t.splitlines()[-1] for t, _ in eczema] == [
        "What did Gloria develop at the age of four months?"
    ]
    assert sorted(eczema[0][1]) == ["acne", "eczema", "lupus", "psoriasis"]
    medal = generation.keyed("afghan-girls-robotics", "silver medal")
    assert medal and "gold medal" in medal[0][1]
    helium = generation.keyed("warhol-photo-legacy", "helium")
    assert helium and helium[0][0].endswith("silver balloons blown up with _____.")


def test_dull_or_guessed_nouns_are_refused(generation: SharedGenerations) -> None:
    """No "rebuild their _____" in a robotics story (robot), no "ended 1–1 on the _____"
    (where, not what), no "propaganda" beside "evidence" and "stuff", and no noun of a
    sentence whose "She" is a guess ("She died from infection …": Gloria, not her mother)."""
    assert not generation.keyed("afghan-girls-robotics", "robot")
    assert not generation.keyed("world-cup-2018-day-five", "scoreboard")
    assert not generation.keyed("north-korea-quasi-state-of-war", "propaganda")
    assert not generation.keyed("homeopathy-manslaughter-trial", "infection")
