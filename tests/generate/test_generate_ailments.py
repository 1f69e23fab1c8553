"""Illnesses a teacher asks: what someone died of, suffered from or was treated for, with
WordNet's other illnesses of the same level as options (a cancer: other cancers); an
adjective WordNet lists with the noun is part of the key ("pancreatic cancer"); a negated
illness is not asked; an animal under a parent of many kinds gets no options."""

from __future__ import annotations

from questions.generate.ailments import ailment_object, is_ailment
from questions.generate.common import common_rivals
from questions.generate.nlp import load_nlp
from tests.generate.generated import SharedGenerations
from tests.generate.test_generate_common_nouns import _noun  # a made-up noun fact

_OBITUARY = (
    "Retired jazz drummer Walter Pike dies aged 81\n\n"
    "Thursday, May 11, 2023\n\n"
    "Walter Pike, a jazz drummer who toured with several big bands in the 1960s, has died at "
    "his home in New Orleans. He was 81.\n\n"
    "Pike died on Tuesday after a long battle with tuberculosis, his daughter, Grace Pike, "
    "told local radio. He had retired from touring in 1998.\n\n"
    "Born in Memphis in 1942, Pike learned to play on a drum kit his uncle built from paint "
    "tins. He joined his first band at the age of 16 and recorded more than 40 albums.\n\n"
    "In 2005 the city of New Orleans gave Pike its music award for his work teaching drums "
    "to children. A memorial concert is planned for June at the city's Preservation Hall.\n"
)


def _token(sentence: str, word: str) -> object:
    """Return the first token of a made-up sentence whose text is `word`."""
    return next(t for t in load_nlp()(sentence) if t.text == word)


def test_a_cancer_gets_other_cancers() -> None:
    """Pancreatic cancer: lung, breast, skin cancer — cancers, not any disease."""
    found = common_rivals(_noun("pancreatic cancer"), "")
    assert len(found) == 3 and all(r.endswith(" cancer") for r in found)


def test_a_cancer_alone_in_its_kind_gets_the_kind_above() -> None:
    """Prostate cancer is WordNet's only adenocarcinoma: the other carcinomas are its rivals."""
    found = common_rivals(_noun("prostate cancer"), "")
    assert len(found) == 3 and all(r.endswith(" cancer") for r in found)
    assert "prostate cancer" not in found


def test_an_only_child_outside_illness_gets_none() -> None:
    """ "Health problems" alone under "pathological state": never "good health" beside it."""
    assert common_rivals(_noun("health problems", "health problem"), "") == []


def test_an_animal_under_a_broad_parent_gets_none() -> None:
    """Rodents sit beside "livestock" and bats among placentals: no level a reader weighs;
    the great apes are one family."""
    assert common_rivals(_noun("rodents", "rodent"), "") == []
    assert common_rivals(_noun("chimpanzees", "chimpanzee"), "") == ["gorillas", "orangutans"]


def test_what_an_illness_is_after_a_preposition() -> None:
    """ "died of _____", "treated for _____" hold an illness; "with a friend" holds none."""
    assert is_ailment("tuberculosis") and is_ailment("pancreatic cancer")
    assert not is_ailment("bleeding") and not is_ailment("friend")
    assert ailment_object(_token("Maria Lopez died of tuberculosis in May.", "tuberculosis"),
                          "tuberculosis")  # fmt: skip
    assert not ailment_object(_token("Maria Lopez did not die of tuberculosis.", "tuberculosis"),
                              "tuberculosis")  # fmt: skip


def test_a_cause_of_death_is_asked_with_other_illnesses(generation: SharedGenerations) -> None:
    """'Pike died … after a long battle with tuberculosis': a blank, with other illnesses."""
    result = generation(_OBITUARY, "obituary", "obituary")
    asked = [q for q in result.qset.questions if q.correct_option == "tuberculosis"]
    assert len(asked) == 1
    assert "after a long battle with _____" in asked[0].text
    assert sorted(asked[0].options) == ["cholera", "hepatitis", "herpes", "tuberculosis"]


def test_a_cancer_named_with_its_adjective_is_asked(generation: SharedGenerations) -> None:
    """'The cause of … death was pancreatic cancer': the whole phrase is the key, among other
    cancers, never the bare "cancer" (of five senses) nor a blank after "pancreatic"."""
    said = (
        "The cause of Walter Pike's death was pancreatic cancer, the drummer's daughter, "
        "Grace Pike, told local radio."
    )
    text = _OBITUARY.replace(
        "Pike died on Tuesday after a long battle with tuberculosis, his daughter, Grace Pike, "
        "told local radio.",
        said,
    )
    assert said in text
    result = generation(text, "obituary-cancer", "obituary")
    asked = [q for q in result.qset.questions if q.correct_option == "pancreatic cancer"]
    assert [q.text.splitlines()[-1] for q in asked] == [
        "What was the cause of Walter Pike's death?"
    ]
    assert all(o.endswith(" cancer") for o in asked[0].options)
