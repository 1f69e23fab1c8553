"""A fronted phrase moves to a question's end whole ("in total", never a bare "in"); an
amount's describing word ("a record $4 billion") stays in the stem, not in the key; and a
count of things something was done to ("the first of 36 crossings allowed to run …") is
asked of what was done to them."""

from __future__ import annotations

from typing import Any

from questions.generate.counted import done_to_question
from questions.generate.cutshort import WHOLE_RULE, asked_total
from questions.generate.facts import sentence_facts
from questions.generate.forms import write_form
from questions.generate.moved import fronted


def _fact(nlp: Any, text: str, answer: str) -> tuple[Any, Any]:
    """Return a one-sentence text's sentence and its fact whose text is `answer`."""
    sentence = next(nlp(text).sents)
    return sentence, next(f for f in sentence_facts(sentence, 0) if f.text == answer)


def _asked(nlp: Any, text: str, answer: str) -> str | None:
    """Write the question a one-sentence text's fact `answer` is asked as."""
    stem, _ = write_form(*_fact(nlp, text, answer), {}, None)
    return stem.text if stem else None


def test_a_fronted_in_total_moves_whole(nlp: Any) -> None:
    """The parse hangs "total" on "in" with no object; the question keeps "in total"."""
    text = (
        "According to the Harwick Courier, in total about 40 students have been suspended "
        "from the school."
    )
    assert _asked(nlp, text, "40") == (
        "About how many students have been suspended from the school in total, according to "
        "the Harwick Courier?"
    )


def test_a_fronted_preposition_without_its_object_is_not_moved(nlp: Any) -> None:
    """A preposition whose word went elsewhere is refused, not left as "… school in, …"."""
    doc = nlp("In total about 40 students have been suspended from the school.")
    verb = next(t for t in doc if t.dep_ == "ROOT")
    moved, problem = fronted([doc[0]], verb)  # "In" without "total"
    assert moved == [] and problem
    moved, problem = fronted([doc[0], doc[1]], verb)
    assert [t.text for t in moved] == ["In", "total"] and not problem


def test_a_word_describing_an_amount_is_not_in_its_key(nlp: Any) -> None:
    """ "a record $4 billion": the key is "$4 billion", the stem keeps "a record _____"."""
    text = "Exports of timber from Corran reached a record $4 billion in 2010."
    assert _asked(nlp, text, "$4 billion") == (
        "Exports of timber from Corran reached a record _____ in 2010."
    )
    assert not [f for f in sentence_facts(next(nlp(text).sents), 0) if "record" in f.text]


def test_things_something_was_done_to_are_counted(nlp: Any) -> None:
    """A past participle after the counted noun says what was done to all of them."""
    text = (
        "The ceremony marked the first of 36 ferry crossings allowed to run between Corran "
        "and the island over the two-week harvest season."
    )
    assert _asked(nlp, text, "36") == (
        "How many ferry crossings were allowed to run between Corran and the island over the "
        "two-week harvest season?"
    )
    sentence, fact = _fact(nlp, text, "36")
    assert asked_total(sentence, fact, "wh", WHOLE_RULE) is None  # the whole is what is asked
    hedged = "The ceremony marked the first of about 36 ferry crossings allowed to run to Corran."
    assert (
        _asked(nlp, hedged, "36") == "About how many ferry crossings were allowed to run to Corran?"
    )


def test_a_present_sentence_does_not_count_what_was_done(nlp: Any) -> None:
    """In a present sentence "were allowed" would date what the article keeps open."""
    text = (
        "The ceremony marks the first of 36 ferry crossings allowed to run between Corran and "
        "the island over the two-week harvest season."
    )
    assert done_to_question(*_fact(nlp, text, "36"), {}) is None
    assert _asked(nlp, text, "36") is not None and "_____" in (_asked(nlp, text, "36") or "")


def test_a_comma_set_clause_after_the_deed_is_left_out(nlp: Any) -> None:
    """ "… by the coastguard, who towed …": the clause says more of the coastguard, not of
    the boats; the question asks what was done to them without it."""
    text = (
        "The Marla was one of the 12 fishing boats rescued on May 9 by the coastguard, who "
        "towed them into the harbour at Corran."
    )
    assert _asked(nlp, text, "12") == (
        "How many fishing boats were rescued on May 9 by the coastguard?"
    )


def test_a_perfect_sentence_opening_on_the_count_counts_what_was_done(nlp: Any) -> None:
    """ "Four of the nine men charged with … have been cleared": the charging is past."""
    text = (
        "Four of the nine men charged with theft over the 2019 fire at the Corran mill have "
        "been cleared of all charges."
    )
    assert _asked(nlp, text, "nine") == (
        "How many men were charged with theft over the 2019 fire at the Corran mill?"
    )
    fronted_time = (
        "Since the start of June, four of the nine boats seized by the navy have been in the "
        "harbour at Corran."
    )
    assert done_to_question(*_fact(nlp, fronted_time, "nine"), {}) is None  # since June only
