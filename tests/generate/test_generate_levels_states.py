"""A level on a scale ("a level seven"), a state the model left unnamed ("Tasmania was
excluded …"), an acronym the article describes ("NISA, the … authority,"), a closing
"because …" and a lone dash's afterthought left out of a question."""

from __future__ import annotations

from typing import Any

from questions.generate.acronyms import acronym_descriptions
from questions.generate.asides import asides
from questions.generate.astold import as_told_question
from questions.generate.facts import sentence_facts
from questions.generate.levels import level_variants
from questions.generate.stems import closing_reason
from questions.generate.write import wh_question
from tests.generate.generated import SharedGenerations


def test_a_number_after_its_scale_s_noun_is_a_level_asked_so(nlp: Any) -> None:
    sentence = next(nlp("Officials had upgraded the crisis to a level seven on the "
                        "International Nuclear Event Scale.").sents)  # fmt: skip
    level = next(f for f in sentence_facts(sentence, 0) if f.text == "seven")
    assert level.kind == "level"
    stem, _ = wh_question(sentence, level, {})
    assert stem is not None
    assert stem.text == (
        "To what level on the International Nuclear Event Scale had officials upgraded the crisis?"
    )  # not "how many levels"


def test_a_level_s_options_are_written_as_the_key_is() -> None:
    assert level_variants("seven")[:3] == ["six", "five", "eight"]
    assert level_variants("3")[:2] == ["2", "1"]


def test_a_counted_number_or_a_name_s_number_is_no_level(nlp: Any) -> None:
    for text in ("Officials evacuated four villages on Sunday.",
                 "The plane flew as Flight 370 on Sunday.",
                 "He stayed in room 101 of the hotel on Sunday."):  # fmt: skip
        facts = sentence_facts(next(nlp(text).sents), 0)
        assert all(f.kind != "level" for f in facts), text


def test_the_corpus_asks_the_level_the_crisis_was_raised_to(
    generation: SharedGenerations,
) -> None:
    asked = [
        (text, options)
        for text, options in generation.keyed("fukushima-level-seven", "seven")
        if "International Nuclear Event Scale" in text
    ]
    assert len(asked) == 1
    text, options = asked[0]
    assert text.splitlines()[-1] == (
        "To what level on the International Nuclear Event Scale had Japanese officials "
        "upgraded the crisis, according to a spokesperson for the Japanese government nuclear "
        "authority?"
    )
    assert "seven" in options and len(set(options)) == 4


def test_an_acronym_s_apposition_describes_it(nlp: Any) -> None:
    doc = nlp("A spokesperson for NISA, the Japanese government nuclear authority, said so.")
    assert acronym_descriptions([doc]) == {"NISA": "the Japanese government nuclear authority"}
    named = nlp("A spokesperson for NISA, Japan's Nuclear Safety agency, said so.")
    assert acronym_descriptions([named]) == {}  # a name, not a description


def test_a_closing_because_is_left_out_only_when_it_holds_no_answer(nlp: Any) -> None:
    sentence = next(nlp("Officials in Florida raised the alert to level four because of "
                        "heavy rain in the north.").sents)  # fmt: skip
    facts = sentence_facts(sentence, 0)
    florida = next(f for f in facts if f.text == "Florida")
    cut = closing_reason(sentence, florida)
    assert " ".join(sentence.doc[i].text for i in sorted(cut)) == (
        "because of heavy rain in the north"
    )
    north = nlp("Officials raised the alert because of rain in Florida.")
    inside = next(f for f in sentence_facts(next(north.sents), 0) if f.text == "Florida")
    assert closing_reason(next(north.sents), inside) == frozenset()


def test_a_lone_dash_s_afterthought_is_an_aside_a_pair_or_a_quotation_s_is_not(
    nlp: Any,
) -> None:
    doc = nlp("Tasmania was excluded from the study - where a program is ongoing.")
    cut = asides(list(doc), range(0, 1))
    assert " ".join(doc[i].text for i in sorted(cut)) == "- where a program is ongoing"
    paired = nlp("A survey of 1709 children - aged 8 to 10, from 88 schools - was carried out.")
    kept = asides(list(paired), range(4, 5))
    assert "was" not in {paired[i].text for i in kept}
    quoted = nlp('He said, "These images serve as documentation of art - one we enjoy."')
    assert asides(list(quoted), range(0, 1)) == set()


def test_a_state_the_model_left_unnamed_is_asked_among_the_article_s_states(
    generation: SharedGenerations,
) -> None:
    asked = generation.keyed("iodine-deficiency-australia", "Tasmania")
    assert [text.splitlines()[-1] for text, _ in asked] == [
        "Which state was excluded from the Australian National Iodine Nutrition Study?"
    ]
    options = set(asked[0][1])
    # the study's own states: each a state of Australia, none the one excluded
    assert options - {"Tasmania"} <= {
        "New South Wales", "Victoria", "South Australia", "Western Australia", "Queensland",
    }  # fmt: skip


def test_a_speaker_in_a_fronted_as_clause_is_asked_with_what_they_said(nlp: Any) -> None:
    sentence = next(nlp("As John Smith told The Guardian, food prices in Britain have risen "
                        "by a third since January.").sents)  # fmt: skip
    smith = next(f for f in sentence_facts(sentence, 0) if f.text == "John Smith")
    stem = as_told_question(sentence, smith, {})
    assert stem is not None
    assert stem.text == (
        "Who told The Guardian that food prices in Britain have risen by a third since January?"
    )
    # "As X expected, …" reports nothing; a quotation after it is asked as a quotation
    for text in (
        "As John Smith expected, food prices in Britain have risen since January.",
        'As John Smith told The Guardian, "food prices have risen since January."',
    ):
        other = next(nlp(text).sents)
        person = next(f for f in sentence_facts(other, 0) if f.text == "John Smith")
        assert as_told_question(other, person, {}) is None, text


def test_the_corpus_asks_who_told_the_paper_unless_the_next_question_names_her_speaking(
    generation: SharedGenerations,
) -> None:
    asked = [
        q.text.splitlines()[-1] for q in generation.corpus("ozone-warming-crops").qset.questions
    ]
    told = (
        "Who told The Huffington Post that US surface ozone has dropped partly due to the Clean "
        "Air Act?"
    )
    # the next sentence's 'Colette Heald said: "… surface ozone has declined by _____ …"'
    # names her speaking on ozone: the better-ranked of the two is asked (review 65)
    named = [t for t in asked if t.startswith("Colette Heald said:")]
    assert named and told not in asked
