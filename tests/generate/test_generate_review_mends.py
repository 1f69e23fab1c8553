"""False statements a code review found in questions on made-up sentences: an "It" carried to
a person or past the thing it means, an "As X told Y" that is "while", and "the nation" that
is another country than the headline's."""

from __future__ import annotations

from typing import Any

from questions.generate.astold import as_told_question
from questions.generate.carried import carried_subject, name_carried_it
from questions.generate.facts import sentence_facts
from questions.generate.references import HEADLINE, unresolved_reference
from questions.generate.synonyms import headline_country


def test_an_it_is_never_carried_to_a_person_or_past_another_thing(nlp: Any) -> None:
    for text in (
        "The town engineer designed a new bridge over the Ouse. It carries 5,000 cars a day.",
        "The head teacher opened the new laboratory in February. It cost the school $40,000.",
        "The school board rejected a proposal in March. It would have cost the district $2 "
        "million.",
        "The engineer spoke in February. It carries 5,000 cars a day.",
    ):
        first, second = nlp(text).sents
        replace: dict[int, str] = {}
        name_carried_it(second, carried_subject(first), replace)
        assert replace == {}, text
    # the sentence's one thing is still carried: "in English" is no thing "it" means
    first = next(nlp("The document must be completed in English.").sents)
    assert carried_subject(first) == "the document"


def test_an_it_opening_a_paragraph_is_carried_only_from_a_one_sentence_one(nlp: Any) -> None:
    from questions.generate.context import parse

    said = "It must be returned within twenty working days."
    longer = ("Applicants answer forty questions. The document must be completed in English.", said)
    assert not any("the document" in r.values() for r in parse(longer, None).replace)
    # the paragraph before is the one sentence: nothing else there for "it" to mean
    alone = ("The document must be completed in English.", said)
    assert any("the document" in r.values() for r in parse(alone, None).replace)


def test_an_as_clause_beside_a_past_event_is_not_what_was_told(nlp: Any) -> None:
    sentence = next(nlp("As Mary Jones told parents, a fire alarm went off in the Riverside "
                        "Academy hall.").sents)  # fmt: skip
    jones = next(f for f in sentence_facts(sentence, 0) if f.text == "Mary Jones")
    assert as_told_question(sentence, jones, {}) is None
    # what is told in the perfect or with a modal is still asked
    for text in (
        "As Mary Jones told parents, the school hall has been closed since January.",
        "As Mary Jones told parents, the school hall will reopen in March.",
    ):
        other = next(nlp(text).sents)
        person = next(f for f in sentence_facts(other, 0) if f.text == "Mary Jones")
        stem = as_told_question(other, person, {})
        assert stem is not None and stem.text.startswith("Who told parents that"), text


def test_the_nation_after_another_country_is_not_the_headline_s(nlp: Any) -> None:
    headline = HEADLINE + "Kenya hosts African cocoa and coffee trade summit\n"
    doc = nlp("Uganda's coffee minister also arrived on Sunday. The nation's coffee exports "
              "fell by 12 percent in 2013, the minister said.")  # fmt: skip
    sentence = list(doc.sents)[1]
    head = next(t for t in sentence if t.lower_ == "nation")
    stem = headline + "By how much did the nation's coffee exports fall in 2013?"
    assert not headline_country(head, sentence, stem)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "12 percent")
    assert "the nation" in (unresolved_reference(sentence, fact, stem) or "").lower()
    for said in ("The Kenyan coffee minister", "The coffee minister"):  # the headline's own
        doc = nlp(doc.text.replace("Uganda's coffee minister", said))
        sentence = list(doc.sents)[1]
        head = next(t for t in sentence if t.lower_ == "nation")
        assert headline_country(head, sentence, stem), said
