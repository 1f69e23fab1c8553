"""Per-article and per-doc reads kept once give the answers read anew each time."""

from __future__ import annotations

from typing import Any

from questions.generate import clean, slips
from questions.generate.clausepronouns import shown_pronouns
from questions.generate.facts import Fact
from questions.generate.namedapart import named_apart, question_words, words_named_apart
from questions.generate.objectmates import _holds, _lemmas
from questions.generate.othernamed import named_pointers
from questions.generate.spantext import doc_text, span_text

_TEXT = (
    "The council met on Monday. The other one, Dana Pell, said they would build new bridges. "
    "Rex Hale took with them two recieved barrels to the harbour."
)


def test_span_text_is_the_spans_own(nlp: Any) -> None:
    """A sentence's text read from its doc's kept text is what spaCy joins."""
    doc = nlp(_TEXT)
    assert doc_text(doc) == doc.text
    for sentence in doc.sents:
        assert span_text(sentence) == sentence.text
    assert span_text(doc[3:7]) == doc[3:7].text
    assert span_text(doc[2:2]) == doc[2:2].text


def test_clean_parse_tags_as_the_whole_pipeline(nlp: Any) -> None:
    """The clean-up's parse without lemmas and names gives the words' tags, parts of speech,
    dependencies and sentences the whole pipeline gives."""
    for text in ("Other sellers at the market", "analysts said prices would rise", _TEXT):
        full, tagged = nlp(text), clean._tagged(text)
        assert [(t.tag_, t.pos_, t.dep_, t.head.i) for t in tagged] == [
            (t.tag_, t.pos_, t.dep_, t.head.i) for t in full
        ]
        assert [s.start for s in tagged.sents] == [s.start for s in full.sents]


def test_clean_answers_kept_are_the_same() -> None:
    """A line's answers asked twice (a heading's and a paragraph's test) are the same."""
    clean._a_sentence.cache_clear()
    first = clean._a_sentence("analysts said prices would rise")
    assert clean._a_sentence("analysts said prices would rise") == first is True
    assert clean._a_sentence("mutual trust, respect and benefit") is False
    assert clean._unfinished("He spoke because of") is True
    assert clean._unfinished("He spoke.") is False


def test_named_apart_from_words() -> None:
    """Questions split once into words are told apart as the questions are."""
    pairs = [
        ("As which act is Division A known?", "As which act is Division B known?"),
        ("Who won the men's race?", "Who won the women's race?"),
    ]
    for one, other in pairs:
        split = words_named_apart(question_words(one), question_words(other))
        assert split == named_apart(one, other)
    assert named_apart(*pairs[0]) and not named_apart(*pairs[1])


def test_slips_kept_per_sentence_follow_each_stem(nlp: Any) -> None:
    """A sentence's slips are read once; each stem still gets only the slips it holds."""
    sentence = list(nlp(_TEXT).sents)[-1]
    held = slips._slips(sentence, "Who took with them two recieved barrels?")
    assert [word for word, _ in held] == ["recieved"]
    assert slips._slips(sentence, "Who took two barrels to the harbour?") == []
    assert slips._slips(sentence, "Which recieved barrels were taken?") == held


def test_pointing_and_pronoun_checks_skip_sentences_without_the_word(nlp: Any) -> None:
    """A sentence without a pointing word or the pronoun asked gives none; one with it still
    gives its own."""
    first, second, third = nlp(_TEXT).sents
    fact = Fact(sentence=2, start=third.start, end=third.start + 2, text="Rex Hale",
                label="PERSON", kind="person")  # fmt: skip
    assert named_pointers(first, fact) == frozenset()
    assert named_pointers(second, fact)  # "The other one, Dana Pell,"
    assert shown_pronouns(first, "them", "Who met on Monday?") == []
    assert [t.text for t in shown_pronouns(third, "them", "Who took with them …?")] == ["them"]


def test_lemmas_read_once_hold_a_phrase(nlp: Any) -> None:
    """Each sentence's lemmas, read once, hold the phrases the sentence's words say."""
    every = list(nlp(_TEXT).sents)
    lemmas = _lemmas(every)
    assert [_holds(held, ("new", "bridge")) for held in lemmas] == [False, True, False]
