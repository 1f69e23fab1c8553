"""People options that fit (blind review 21): a famous key beside made-up names, though the
article names real people of the story; an award the model took for a person, offered
people's surnames; a noun that only classifies the names before it ("… spacecraft") blanked.

Every text here is made up.
"""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.camps import name_camps
from questions.generate.common import _classifies_names
from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact
from questions.generate.nonpersons import nonpersons
from questions.generate.options import article_context, option_context
from questions.generate.relabel import _taken_up_by_he_or_she
from questions.generate.rolefit import other_role, titled_person

AWARDS = """Nadia Voss and Peter Hallam share honours at Lumen Awards

Tuesday, March 7, 2023

On Saturday, Canadian singer Nadia Voss won four Lumen Awards at the 30th Lumen Awards \
ceremony in Denver. Peter Hallam posthumously won two Lumens.

Voss won Song of the Year for her song Paper Rivers, and Album of the Year for her album \
Quiet Harbour. Hallam was nominated in three categories for his album Nightfall. Weeks after \
releasing his ninth album, Nightfall, Hallam passed away in May 2022.

In the event, singer Carl Brenner paid tribute to the late drummer Otis Reyes. Folk singer \
Oliver Marsh died on New Year's Day of a stroke at the age of 61. Voss, in her performance, \
paid tribute to Marsh. Other albums in the pool were Fiona Castell's Lanterns and Signals by \
Ruben Ashby.

Voss was in tears while receiving Lumen for the Album of the Year. Earlier, she thanked her \
producer Simon Kettle. The new host Greta Lindqvist tripped on the stairs while entering. The \
duo Tin Orchard won Best Duo Performance, and Ivo Stark said they had waited ten years to win \
a Lumen.
"""


def test_a_death_question_offers_the_article_people_whatever_their_role() -> None:
    """The article names two other singers, yet a death befalls anyone: its producer and
    the people it names without a role are real options, no made-up names."""
    questions = generate(AWARDS, slug="t", title="t").qset.questions
    died = [q for q in questions if "Who died on New Year's Day" in q.text]
    assert died, "the singer's death is asked"
    for question in died:
        assert question.correct_option == "Oliver Marsh"
        for option in question.options:
            assert option in AWARDS, f"{option!r} is made up"


def test_a_family_name_with_its_particle_is_no_camp(nlp: Any) -> None:
    """ "Samir al-Haddad" is a man's name, no side like "pro-Harbour": no one of the article
    stands on an "al-Haddad" side, so no option is kept off it."""
    text = (
        "Samir al-Haddad was freed from prison in 2009. His brother Karim al-Haddad said the "
        "family was relieved. Minister Ruth Ellery criticised the release of al-Haddad. The "
        "pro-Harbour candidate Ann Lowe won the seat."
    )
    camps = name_camps(list(nlp(text).sents))
    assert not any(side.startswith("al-") for sides in camps.values() for side in sides)
    assert camps.get("ann lowe") == frozenset({"pro-harbo"})


def test_a_name_an_album_or_an_indefinite_article_describes_is_no_person(nlp: Any) -> None:
    """ "his ninth album, Nightfall" says what Nightfall is; "to win a Lumen" counts a
    Lumen as a thing: neither is anyone's name."""
    found = nonpersons(list(nlp(AWARDS).sents))
    assert {"Nightfall", "Lumen"} <= found
    assert not {"Oliver Marsh", "Greta Lindqvist", "Nadia Voss"} & found


def test_a_key_no_one_is_named_by_gets_no_surnames(nlp: Any) -> None:
    """ "receiving _____" keyed "Beacon" (an award, a common word), were it taken for a
    person: "Marsh", "Kettle" are no awards; a rare surname key ("Marsh" of a full name)
    still gets the other surnames."""
    text = AWARDS.split("\n\n", 2)[2]
    sentences = list(nlp(text).sents)
    people = ["Oliver Marsh", "Simon Kettle", "Greta Lindqvist", "Carl Brenner"]
    article = [Fact(0, 0, 1, name, "PERSON", "person") for name in people]
    base = article_context(text, article, sentences)
    award = Fact(0, 0, 1, "Beacon", "PERSON", "person")
    stem = "Voss was in tears while receiving _____ for the Album of the Year."
    chosen, _ = choose_distractors(award, "Beacon", article, stem, stem,
                                   option_context(base, award, stem))  # fmt: skip
    assert not {"Marsh", "Kettle", "Lindqvist", "Brenner"} & set(chosen)
    surname = Fact(0, 0, 1, "Marsh", "PERSON", "person")
    asked = "Voss, in her performance, paid tribute to _____."
    chosen, _ = choose_distractors(surname, "Marsh", article, asked, asked,
                                   option_context(base, surname, asked))  # fmt: skip
    assert {"Kettle", "Lindqvist", "Brenner"} & set(chosen)


def test_a_title_that_names_a_person_makes_a_name_of_common_words(nlp: Any) -> None:
    """ "singer Enzo Castle": a name, though "Castle" is a common word and "Enzo" no
    English first name; "album Quiet Harbour" names no person."""
    text = "Singer Enzo Castle paid tribute to Tom Reed. Her album Quiet Harbour sold well."
    base = article_context(text, [], list(nlp(text).sents))
    assert titled_person("enzo castle", base)
    assert not titled_person("quiet harbour", base)


def test_a_noun_that_only_classifies_the_names_before_it_is_not_blanked(nlp: Any) -> None:
    """ "with the Kestrel 4 and Orbis spacecraft": the names say what it carries; a place
    before a noun ("the Texas floods") or a bare object noun is still asked."""

    def noun(sentence: str, word: str) -> Any:
        return next(t for t in nlp(sentence) if t.text == word)

    launch = "The next launch is planned for early May, with the Kestrel 4 and Orbis spacecraft."
    assert _classifies_names(noun(launch, "spacecraft"))
    assert not _classifies_names(noun("The engineers tested a new spacecraft.", "spacecraft"))
    assert not _classifies_names(noun("Volunteers cleared the Texas floods.", "floods"))


def test_a_name_taken_up_as_she_is_a_person(nlp: Any) -> None:
    """ "Vexa received …, but she won only two": a person, though the model calls the name a
    firm; a firm taken up as "it" stays one."""
    text = (
        "Vexa received the largest number of nominations for the event, but she won only two. "
        "Toyota sponsored the show, but it did not send a speaker."
    )
    sentences = list(nlp(text).sents)
    assert _taken_up_by_he_or_she(sentences) == {"Vexa"}


def test_a_death_question_offers_no_one_else_the_article_says_died(nlp: Any) -> None:
    """ "Who was killed …?" of one of two victims: the other may be the answer too, so only
    the living are offered, whatever their role."""
    text = (
        "Driver Paul Denning was killed in the crash. Singer Maria Holt was killed too. "
        "Singer Ann Reeve and singer Joan Pike sang at the service. Host Tom Varley spoke."
    )
    named = (("Paul Denning", 0), ("Maria Holt", 1), ("Ann Reeve", 2), ("Joan Pike", 2),
             ("Tom Varley", 3))  # fmt: skip
    article = [Fact(n, 0, 1, name, "PERSON", "person") for name, n in named]
    base = article_context(text, article, list(nlp(text).sents))
    fact = article[1]
    ctx = option_context(base, fact, "Who was killed in the crash?")
    assert other_role("Paul Denning", "Maria Holt", ctx)
    assert not other_role("Tom Varley", "Maria Holt", ctx)
