"""A sentence wholly inside a quotation of several sentences is asked as its speaker's words
when the sentence opening or closing the quotation names the speaker (or the quotation goes on
from one that does): 'Dr Lee said: "… you lose _____, on average."'. A quoted sentence whose
subject is "they", "it", "that" (whom the sentence before names) is never shown alone."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.prose import prose
from questions.generate.quotes import spoken_question
from questions.generate.spoken import mark_speakers

OPENED = (
    'Nurse Petra Holm told reporters: "The trial went well. Each patient in the group gained '
    '12 kilograms within a year."'
)
GOES_ON = (
    'Dr Anna Berg said she was worried by the survey. "Farmers are losing money," she said. '
    '"If the rain fails you lose 30 percent of the harvest, on average. Nobody plans for it."'
)
POINTING = (
    '"The rebels crossed the border at dawn. They fired 40 rockets at the trucks near the '
    'river. Nobody was hurt," said army spokesman Tomas Reyes.'
)
UNSAID = '"The rebels crossed the border at dawn. They fired 40 rockets. Nobody was hurt."'


def _asked(nlp: Any, text: str, start: str, key: str) -> str | None:
    """Return the question asked of a key in the sentence that starts so, or None."""
    doc = nlp(text)
    mark_speakers(doc)
    sentence = next(s for s in doc.sents if s.text.lstrip('"').startswith(start))
    fact = next((f for f in sentence_facts(sentence, 0) if f.text == key), None)
    stem = spoken_question(sentence, fact) if fact is not None else None  # none: never asked
    return stem.text if stem is not None else None


def test_a_quoted_sentence_after_the_named_opening_is_asked_as_the_speakers(nlp: Any) -> None:
    assert _asked(nlp, OPENED, "Each patient", "12 kilograms") == (
        'Nurse Petra Holm said: "Each patient in the group gained _____ within a year."'
    )


def test_a_quotation_with_no_speaker_goes_on_the_last_ones(nlp: Any) -> None:
    # "she said" closes the first quotation; the next one, unattributed, is still hers
    assert _asked(nlp, GOES_ON, "If the rain", "30 percent") == (
        'Dr Anna Berg said: "If the rain fails you lose _____ of the harvest, on average."'
    )


def test_a_quoted_sentence_whose_subject_points_back_is_not_asked(nlp: Any) -> None:
    # "They fired 40 rockets": who "they" are is in the sentence the question does not show
    assert _asked(nlp, POINTING, "They fired", "40") is None


def test_a_quotation_no_one_is_named_for_stays_unasked(nlp: Any) -> None:
    doc = nlp(UNSAID)
    mark_speakers(doc)
    middle = next(s for s in doc.sents if s.text.startswith("They fired"))
    assert not prose(middle)
    assert sentence_facts(middle, 0) == []


def test_she_said_after_two_people_names_no_one(nlp: Any) -> None:
    # "she" could be either woman: whose words the quotation is, the article leaves open
    two = GOES_ON.replace("said she was worried by the survey", "met Maria Cole at the farm")
    assert _asked(nlp, two, "If the rain", "30 percent") is None


def test_a_quotation_an_unnamed_speaker_gave_is_not_the_last_speakers(nlp: Any) -> None:
    # '"…," a spokesman replied': someone spoke it, not the councillor quoted before
    text = (
        '"The town cannot pay for this. It is far too much," Councillor Tom Reed said. '
        '"The council will borrow 90 million pounds from the bank. Repayments begin in '
        '2020," a council spokesman replied.'
    )
    assert _asked(nlp, text, "The council will", "90 million pounds") is None


def test_he_said_is_not_a_woman_who_said_nothing(nlp: Any) -> None:
    # the mayor is the only name, but she said nothing and "he" is her husband
    text = (
        "Mayor Anna Kowalski was not at the meeting, but her husband was in the crowd. "
        '"The town needs 40 new teachers for its schools. The schools are full," he said.'
    )
    assert _asked(nlp, text, "The town needs", "40") is None


def test_he_said_is_not_a_woman_speaker(nlp: Any) -> None:
    # "he" cannot be Dr Anna Berg, whatever else the paragraph names
    text = GOES_ON.replace('," she said.', '," he said.')
    assert _asked(nlp, text, "If the rain", "30 percent") is None
