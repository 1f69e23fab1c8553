"""A one-word person key's options are written as the key is: a given or single name the
article never ends a full name with ("Princess Liesl", "Prince Ottwin") beside the article's
other single names, never the bare surnames of people it names in full ("Marlow" of Dana
Marlow); a surname beside surnames. And no question asks whose relative someone is ("Whose
aunt married …?"): an aunt has nephews and nieces, a son two parents."""

from __future__ import annotations

from typing import Any

from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact, sentence_facts
from questions.generate.givennames import single_names
from questions.generate.kinowners import kin_noun, kin_owner
from questions.generate.options import OptionContext, article_context, option_context
from questions.generate.relabel import people_named

_BODY = (
    "Emperor Rupprecht, aged 80, said he would step down next year. "
    "His son Crown Prince Anselm, born in 1962, will take the throne. "
    "Anselm's brother Prince Ottwin has three children, including his only son Leopold. "
    "Ottwin's daughter Princess Liesl said last month that she would marry a commoner, "
    "Dana Marlow, a banker. "
    "In 2009, Princess Ottoline married a commoner, Piet Vandermolen, a carpenter. "
    "Professor Grzegorz Halloway of Strelsau University said the law was long overdue. "
    "Halloway added that few young royals remain, and Marlow agreed."
)
_SINGLES = {"Rupprecht", "Anselm", "Ottwin", "Leopold", "Liesl", "Ottoline"}
_SURNAMES = {"Marlow", "Vandermolen", "Halloway"}


def _context(nlp: Any, key: str, stem: str, text: str = _BODY) -> tuple[list[Fact], OptionContext]:
    """Return a made-up story's facts and a key's option context."""
    sentences = list(nlp(text).sents)
    found = people_named([sentence_facts(s, n) for n, s in enumerate(sentences)], sentences)
    facts = [f for each in found for f in each]
    fact = next(f for f in facts if f.text == key)
    return facts, option_context(article_context(text, facts, sentences, 2015), fact, stem)


def _options(nlp: Any, key: str, stem: str) -> list[str]:
    """Return the options a made-up royal story gives a key, judged in its context."""
    facts, ctx = _context(nlp, key, stem)
    return choose_distractors(ctx.fact, key, facts, "", stem, ctx)[0]


def test_single_names_follow_a_royal_title_or_stand_alone(nlp: Any) -> None:
    facts, ctx = _context(nlp, "Marlow", "_____ agreed that few young royals remain.")
    singles = single_names(facts, ctx)
    assert {"Anselm", "Ottwin", "Liesl"} <= singles  # "Prince Ottwin", "Princess Liesl"
    assert not _SURNAMES & singles


def test_a_name_said_only_after_an_office_is_no_single_name(nlp: Any) -> None:
    # "President Varga" … "Varga said": a surname, though no full name tells it
    text = (
        "President Varga met Prime Minister Tomas Lind in Brussels on Monday. "
        "Varga said the talks had gone well, and Lind agreed."
    )
    facts, ctx = _context(nlp, "Varga", "_____ met Prime Minister Tomas Lind.", text)
    assert "Varga" in {f.text for f in facts}
    assert "Varga" not in single_names(facts, ctx)


def test_a_single_name_gets_the_articles_other_single_names(nlp: Any) -> None:
    options = _options(nlp, "Ottwin", "Who has three children, including his only son Leopold?")
    assert len(options) == 3 and set(options) <= _SINGLES  # "Anselm", "Liesl": no "Halloway"


def test_a_surname_gets_surnames_not_single_names(nlp: Any) -> None:
    options = _options(nlp, "Marlow", "_____ agreed that few young royals remain.")
    assert options and not _SINGLES & set(options)  # "Vandermolen", "Halloway": not "Liesl"


def test_kinship_nouns_but_a_spouse_have_several_owners() -> None:
    for noun in ("aunt", "son", "father", "sister", "cousin", "nephew", "grandmother"):
        assert kin_noun(noun), noun
    for noun in ("wife", "husband", "heir", "friend", "lawyer", "family", "spokesman"):
        assert not kin_noun(noun), noun


def _fact_of(nlp: Any, text: str, name: str) -> tuple[Any, Any]:
    sentence = next(iter(nlp(text).sents))
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == name)
    return sentence, fact


def test_the_owner_of_a_kinship_noun_is_refused(nlp: Any) -> None:
    text = "In 2004, Greta Lindqvist's uncle Harald married a baker, Sven Ekdahl."
    sentence, fact = _fact_of(nlp, text, "Greta Lindqvist")
    assert kin_owner(sentence, fact) is not None  # Greta's brother's uncle too
    text = (
        "In 2009, Liesl's aunt and Anselm's sister Ottoline, once Princess Tilde, married "
        "a commoner, Piet Vandermolen."
    )
    sentence, fact = _fact_of(nlp, text, "Liesl")
    assert kin_owner(sentence, fact) is not None  # "Whose aunt married …?": her cousins'
    text = "Ruth Abara's son Daniel, 12, won the regional spelling contest on Friday."
    sentence, fact = _fact_of(nlp, text, "Ruth Abara")
    assert kin_owner(sentence, fact) is not None  # his father's son too


def test_the_owner_of_a_spouse_is_kept(nlp: Any) -> None:
    text = "In 2004, Greta Lindqvist's husband Harald Berg opened a bakery in the town."
    sentence, fact = _fact_of(nlp, text, "Greta Lindqvist")
    assert kin_owner(sentence, fact) is None
