"""A speaker's "he" in what he reports of himself ("Berg said he paid …"): a one-blank
sentence keeps it as written rather than naming him twice ("Berg … said Tomas Berg paid"),
and a person's word on a deed of his own done is asked over the saying ("How much did Tomas
Berg say he paid …?"), not as the article's fact; his plans, the date or place of his deed,
and a third party's account are asked as before."""

from __future__ import annotations

from typing import Any

from questions.generate.cataphora import speaker_bound
from questions.generate.facts import sentence_facts
from questions.generate.filters import not_standalone
from questions.generate.stems import cloze
from questions.generate.write import wh_question
from tests.generate.generate_checks import written_keys

_PAID = "How much did Tomas Berg say he paid Karin Olsen during the Bergen Jazz Festival?"


def _sentence(nlp: Any, text: str) -> Any:
    return next(nlp(text).sents)


def _fact(sentence: Any, text: str) -> Any:
    return next(f for f in sentence_facts(sentence, 0) if f.text == text)


def _he(sentence: Any, name: str) -> dict[int, str]:
    return {t.i: name for t in sentence if t.lower_ == "he"}


def test_a_blank_keeps_the_speakers_own_he(nlp: Any) -> None:
    text = "Rabbi Tomas Berg, a local filmmaker, said he filmed the parade outside the city hall on May 27."  # noqa: E501
    sentence = _sentence(nlp, text)
    stem = cloze(_fact(sentence, "May 27"), list(sentence), _he(sentence, "Rabbi Tomas Berg"))
    said = "Rabbi Tomas Berg, a local filmmaker, said he filmed the parade outside the city hall on _____."  # noqa: E501
    assert stem is not None and stem.text == said
    # the speaker by his last name is the same man
    short = _sentence(nlp, "Berg said he filmed the parade on May 27.")
    stem = cloze(_fact(short, "May 27"), list(short), _he(short, "Tomas Berg"))
    assert stem is not None and stem.text == "Berg said he filmed the parade on _____."


def test_a_he_who_is_someone_else_is_named(nlp: Any) -> None:
    sentence = _sentence(nlp, "Tomas Berg said he filmed the parade on May 27.")
    stem = cloze(_fact(sentence, "May 27"), list(sentence), _he(sentence, "Ivan Petrov"))
    assert (
        stem is not None and stem.text == "Tomas Berg said Ivan Petrov filmed the parade on _____."
    )


def test_the_speaker_named_before_binds_his_he(nlp: Any) -> None:
    sentence = _sentence(nlp, "Tomas Berg said he filmed the parade on May 27.")
    replace = _he(sentence, "Tomas Berg")
    told = "Tomas Berg said he filmed the parade on _____."
    assert speaker_bound(sentence, told, replace) == {"he"}
    assert not_standalone(told, "rule:date-blank", speaker_bound(sentence, told, replace)) is None
    # a question that does not name the speaker before it leaves "he" no one's
    assert speaker_bound(sentence, "When did he film the parade?", replace) == frozenset()
    assert speaker_bound(sentence, told, _he(sentence, "Ivan Petrov")) == frozenset()


def test_a_persons_own_deed_is_asked_over_his_claim(nlp: Any) -> None:
    sentence = _sentence(nlp, "Tomas Berg said he paid Ivan Petrov $4,000 during the festival.")
    stem, _ = wh_question(sentence, _fact(sentence, "$4,000"), _he(sentence, "Tomas Berg"))
    assert stem is not None
    assert stem.text == "How much did Tomas Berg say he paid Ivan Petrov during the festival?"
    sold = _sentence(nlp, "Tomas Berg said he had sold 300 tickets.")
    stem, _ = wh_question(sold, _fact(sold, "300"), _he(sold, "Tomas Berg"))
    assert stem is not None and stem.text == "How many tickets did Tomas Berg say he had sold?"


def test_plans_dates_and_others_accounts_are_asked_as_before(nlp: Any) -> None:
    plan = _sentence(nlp, "Tomas Berg said he would pay Ivan Petrov $9,000.")
    stem, _ = wh_question(plan, _fact(plan, "$9,000"), _he(plan, "Tomas Berg"))
    assert stem is not None and stem.text == "How much would Tomas Berg pay Ivan Petrov?"
    # "When did Tomas Berg say he met …?" would ask when he said it
    dated = _sentence(nlp, "Tomas Berg said he met Ivan Petrov in Oslo on May 27.")
    stem, _ = wh_question(dated, _fact(dated, "May 27"), _he(dated, "Tomas Berg"))
    assert stem is not None and stem.text == "When did Tomas Berg meet Ivan Petrov in Oslo?"
    told = _sentence(nlp, "Police said Ivan Petrov paid Tomas Berg $7,000.")
    stem, _ = wh_question(told, _fact(told, "$7,000"), {})
    assert stem is not None and "say" not in stem.text


def test_an_article_asks_the_claim_and_keeps_the_blank_whole(monkeypatch: Any) -> None:
    text = (
        "Mayor Karin Olsen opened the Bergen Jazz Festival on June 4, the first time the "
        "festival has been held outdoors since it was founded by the city in 1968.\n\n"
        "Rabbi Tomas Berg, a local filmmaker, said he filmed Olsen outside the city hall on "
        "May 27. Berg said he paid Olsen $4,000 during the festival, a sum now the subject of "
        "a legal battle. Berg said he paid the city $2,500 for the permit.\n\n"
        "Berg has made six films about the city and its musicians since moving there in 2004. "
        "His latest, a portrait of the harbour's fishermen, opens at the Bergen cinema in May."
    )
    keys = written_keys(text, monkeypatch, "Bergen Jazz Festival opens outdoors")
    assert keys.get(_PAID) == "$4,000"
    assert keys.get("Tomas Berg said he paid the city _____ for the permit.") == "$2,500"
    assert not any("Berg paid" in line or "said Tomas Berg" in line for line in keys)
