"""A name's bare possessive ("Douglas' brother") is blanked as "_____'s brother", never
"_____ ' brother"; and the object pronoun of the verb whose subject the blank owns
("_____'s brother begged him to …") is the blank's person, so a one-blank question may keep
it, while "Whose brother begged him …?" may not (nobody there for "him" to be)."""

from __future__ import annotations

from typing import Any

from questions.generate import pipeline
from questions.generate.candidate import write_candidate
from questions.generate.render import join
from questions.generate.speakers import owner_pronouns, person_pronouns
from questions.generate.stems import BLANK, Stem, cloze
from tests.generate.generate_checks import sentence_fact

FARM = """Farmer fined after dam bursts over village bridge

Monday, June 14, 2021

Douglas Dale, 51, and his wife Irene Dale, 48, from Carlow, Ireland, were fined 9,000 euros \
on Friday after their farm dam burst and destroyed the village bridge. Judge Peter Walsh said \
the couple had ignored three warnings from the county council.

Reportedly, Douglas' brother begged him to move the cattle off the Slaney dam before the \
spring rains, but he refused. The couple also stored diesel next to the river, according to \
the council.

The council engineer, Brian Keane, told the court that the repairs would have cost 2,000 \
euros. Councillor Kevin Byrne said the new bridge will cost 350,000 euros and open in 2023.
"""
BEGGED = "Reportedly, Douglas' brother begged him to move the cattle off the Slaney dam."
CLOZE = Stem("_____'s brother begged him …", "cloze", "rule:person-blank")
WH = Stem("Whose brother begged him …?", "wh", "rule:person-subject")


def _man(name: str) -> str:
    """Say every person named is a man."""
    return "m"


def _woman(name: str) -> str:
    """Say every person named is a woman."""
    return "f"


def test_a_bare_possessive_is_blanked_with_its_s(nlp: Any) -> None:
    """The blank shows the possessive every name takes, glued to it: "_____'s brother"."""
    sentence, fact = sentence_fact(nlp, BEGGED, "Douglas")
    stem = cloze(fact, list(sentence), {})
    assert stem is not None
    assert stem.text == (
        "Reportedly, _____'s brother begged him to move the cattle off the Slaney dam."
    )


def test_the_owners_object_pronoun_is_bound_only_by_a_blank(nlp: Any) -> None:
    """ "him" is the blank's man; not a woman's, not with another person named before it,
    and not in a wh-question."""
    sentence, fact = sentence_fact(nlp, BEGGED, "Douglas")
    at = range(fact.start, fact.end)
    assert owner_pronouns(sentence, at, _man) == {"him"}
    assert not owner_pronouns(sentence, at, _woman)  # then "him" is another
    assert person_pronouns(sentence, at, _man, CLOZE) == {"him"}
    assert not person_pronouns(sentence, at, _man, WH)
    told = "Reportedly, Douglas' brother told Peter Walsh about him at the Slaney dam."
    sentence, fact = sentence_fact(nlp, told, "Douglas")
    assert not owner_pronouns(sentence, range(fact.start, fact.end))  # Walsh may be meant


def test_the_article_asks_whose_brother_begged_him(monkeypatch: Any) -> None:
    """The whole pipeline writes the one-blank question on the owner, keyed to his full name
    among the article's other men, and no "Whose brother … him" question."""
    written: list[tuple[str, str, list[str]]] = []
    real = write_candidate

    def kept(*args: Any, **kwargs: Any) -> Any:
        out = real(*args, **kwargs)
        if out is not None:
            last = out.stem.text.split("\n")[-1]
            written.append((last, out.options[out.answer], list(out.options)))
        return out

    monkeypatch.setattr(pipeline, "write_candidate", kept)
    pipeline.generate(FARM, slug="farm", title="Farmer fined after dam bursts over village bridge")
    line = (
        "Reportedly, _____'s brother begged him to move the cattle off the Slaney dam before"
        " the spring rains."
    )
    asked = [(key, sorted(options)) for text, key, options in written if text == line]
    assert asked == [
        ("Douglas Dale", ["Brian Keane", "Douglas Dale", "Kevin Byrne", "Peter Walsh"])
    ], written
    assert not any(text.startswith("Whose") for text, _, _ in written)


def test_a_plural_owners_apostrophe_stays_bare(nlp: Any) -> None:
    """A plural owner's blank keeps the apostrophe alone, glued: "the _____' union"."""
    doc = nlp("The farmers' union met the minister on Monday.")
    assert doc[1].tag_ == "NNS"
    assert join([doc[0], BLANK, *doc[2:]]) == "The _____' union met the minister on Monday."
