"""Options for organisations and named things are real names of the key's own kind that the
article gives: other shuttles for a shuttle, other parties for a party (issue #11: "too few
options" was the largest refusal, and made-up names are no fix)."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.camps import name_camps
from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact
from questions.generate.fragments import fragment
from questions.generate.kinds import name_kinds
from questions.generate.options import article_context, option_context
from questions.generate.series import same_series, series
from questions.generate.whphrase import wh_phrase

SHUTTLES = """NASA names new homes for its retired shuttles

NASA announced on Tuesday where its retired orbiters will go on display. Space Shuttle \
Atlantis will go on display at the Kennedy Space Center Visitor Complex in Florida.

Space Shuttle Discovery will take the place of Space Shuttle Enterprise at the Udvar-Hazy \
Center. Space Shuttle Endeavour will be sent to the California Science Center in Los Angeles, \
California following its retirement.

Space Shuttle Columbia was lost in 2003 when it disintegrated during re-entry. Space Shuttle \
Challenger was lost in 1986 when it exploded 73 seconds after liftoff.
"""

PARTIES = (
    "In New Territories East, pan-democracy camp councillors Alvin Yeung from the Civic Party, "
    "Fernando Cheung from the Labour Party and Raymond Chan of People Power were elected. "
    "Pan-democracy camp councillor Wu Chi-wai of the Democratic Party was elected. "
    "The pro-Beijing camp candidates elected were New People's Party's Michael Tien and "
    "DAB's Ben Chan. Pro-Beijing DAB's Starry Lee was elected, as was Tanya Chan of the "
    "Civic Party. Hui Chi-fung of the Civic Party is in the pan-democracy camp too."
)


def _fact(text: str, kind: str, sentence: int = 0) -> Fact:
    """Build a fact that is not tied to a parse."""
    return Fact(sentence, 0, 0, text, "ORG", kind, "", "")


def _question(text: str, starts: str) -> tuple[str, list[str], str]:
    """Generate a quiz and return the question that starts so: its text, options, key."""
    result = generate(text, slug="t", title=text.splitlines()[0])
    found = [q for q in result.qset.questions if q.text.splitlines()[-1].startswith(starts)]
    assert found, [q.text for q in result.qset.questions]
    q = found[0]
    return q.text.splitlines()[-1], list(q.options), q.options[q.answer]


def test_a_shuttle_is_asked_with_the_other_shuttles_of_the_article() -> None:
    """'Space Shuttle Endeavour' (spaCy: a PERSON no name list knows) is a thing of a series:
    asked "which space shuttle", with the other shuttles the article names as options."""
    text, options, key = _question(SHUTTLES, "Which space shuttle will be sent")
    assert text == (
        "Which space shuttle will be sent to the California Science Center in Los Angeles, "
        "California following its retirement?"
    )
    assert key == "Space Shuttle Endeavour"
    assert sorted(options) == [
        "Space Shuttle Atlantis",
        "Space Shuttle Discovery",
        "Space Shuttle Endeavour",
        "Space Shuttle Enterprise",
    ]


def test_a_series_is_the_words_before_the_name() -> None:
    assert series("Space Shuttle Columbia") == "Space Shuttle"
    assert series("Donald Trump") == ""  # a first name is no kind of thing
    assert same_series("Space Shuttle Atlantis", "Space Shuttle Columbia")
    assert not same_series("Space Shuttle", "Space Shuttle Columbia")  # the series itself


def test_a_shuttle_the_question_names_is_no_option(nlp: Any) -> None:
    """ "Which space shuttle will take the place of Enterprise …?": not Space Shuttle
    Enterprise, which cannot take its own place, nor Columbia, which the article says was
    lost (a lost shuttle takes no place later)."""
    text = (
        "Space Shuttle Discovery will take the place of Enterprise at the Udvar-Hazy Center. "
        "Space Shuttle Enterprise was a prototype. Space Shuttle Atlantis will go to Florida. "
        "Space Shuttle Endeavour will go to California. Space Shuttle Columbia was lost."
    )
    names = ["Discovery", "Enterprise", "Atlantis", "Endeavour", "Columbia"]
    article = [_fact(f"Space Shuttle {n}", "name", i) for i, n in enumerate(names)]
    stem = "Which space shuttle will take the place of Enterprise at the Udvar-Hazy Center?"
    key = article[0]
    sentences = list(nlp(text).sents)
    joined = "\n".join(s.text for s in sentences)  # a sentence a line, as the pipeline joins
    base = article_context(joined, article, sentences)
    options, _ = choose_distractors(
        key, key.text, article, sentences[0].text, "s", option_context(base, key, stem)
    )
    assert sorted(options) == ["Space Shuttle Atlantis", "Space Shuttle Endeavour"]


def test_a_name_people_belong_to_is_of_the_kind_the_others_share(nlp: Any) -> None:
    """ "Raymond Chan of People Power" beside "… of the Labour Party": People Power is a
    party (its own last word, "power", is no kind), and so are DAB and others said so."""
    kinds = name_kinds(list(nlp(PARTIES).sents))
    assert kinds["people power"] == "party"
    assert kinds["dab"] == "party"
    assert kinds["labour party"] == "party"


def test_a_party_is_offered_the_parties_of_its_own_camp(nlp: Any) -> None:
    """ "Wu Chi-wai of the _____" (pan-democracy): the article's other pan-democrat parties;
    not the pro-Beijing DAB or New People's Party (nor People Power, which the article
    writes without "the")."""
    sentences = list(nlp(PARTIES).sents)
    said = [("Civic Party", 0), ("Labour Party", 0), ("People Power", 0),
            ("Democratic Party", 1), ("New People's Party", 2), ("DAB", 2)]  # fmt: skip
    article = [_fact(name, "organization", n) for name, n in said]
    key = article[3]
    stem = "Pan-democracy camp councillor Wu Chi-wai of the _____ was elected."
    base = article_context("\n".join(s.text for s in sentences), article, sentences)
    source = sentences[1].text
    options, _ = choose_distractors(
        key, key.text, article, source, "s", option_context(base, key, stem)
    )
    assert sorted(options) == ["Civic Party", "Labour Party"]


def test_a_name_takes_the_camp_said_most_often_beside_it(nlp: Any) -> None:
    """The Civic Party is said once in a sentence that names the pro-Beijing camp too, and
    twice beside the pan-democrats: it is pan-democrat."""
    camps = name_camps(list(nlp(PARTIES).sents))
    assert camps["civic party"] == frozenset({"pan-democ"})
    assert camps["dab"] == frozenset({"pro-beiji"})  # "Pro-Beijing DAB's": capitalised too


def test_two_spellings_of_one_party_are_one_option(nlp: Any) -> None:
    """ "New People Party" is "New People's Party" misspelt: no option beside it."""
    text = (
        "Pro-Beijing candidates elected were New People Party's Michael Tien and DAB's Ben "
        "Chan. Pro-Beijing Eunice Yung of New People's Party was elected. Pro-Beijing Alice "
        "Mak of the FTU and Priscilla Leung of the BPA were elected."
    )
    sentences = list(nlp(text).sents)
    article = [_fact("New People Party", "organization", 0), _fact("DAB", "organization", 0),
               _fact("New People's Party", "organization", 1), _fact("FTU", "organization", 2),
               _fact("BPA", "organization", 2)]  # fmt: skip
    key = article[2]
    stem = "Pro-Beijing Eunice Yung of _____ was elected."
    base = article_context("\n".join(s.text for s in sentences), article, sentences)
    options, _ = choose_distractors(
        key, key.text, article, sentences[1].text, "s", option_context(base, key, stem)
    )
    assert "New People Party" not in options


def test_a_name_opening_a_sentence_is_no_fragment() -> None:
    """ "The" before a name, or the last sentence's final word, does not make it part of a
    longer name; "Foundation for the Visual Arts" still does."""
    text = "It rose.\nThe U.S. Environmental Protection Agency says so."
    assert not fragment("U.S. Environmental Protection Agency", text)
    text = "It went to the Udvar-Hazy Center.\nSpace Shuttle Discovery will take its place."
    assert not fragment("Space Shuttle Discovery", text)
    assert fragment("Visual Arts", "The Andy Warhol Foundation for the Visual Arts gave.")


def test_a_person_of_a_body_does_not_carry_the_bodys_name_on() -> None:
    """ "veteran politician Raymond Wong of the Proletariat Political Institute": the
    Institute is a body of its own, not the tail of a longer name (it was no option)."""
    text = "Ho defeated veteran politician Raymond Wong of the Proletariat Political Institute."
    assert not fragment("Proletariat Political Institute", text, frozenset({"Wong"}))
    assert fragment("Proletariat Political Institute", text)  # no person known: a name's tail


def test_a_bare_name_that_never_acts_is_no_body_to_ask(nlp: Any) -> None:
    """ "the EAS version of the bill": EAS is a version, not a body; Senates are no options.
    "The FDIC raised …" acts: asked, with the article's other bodies."""
    text = (
        "The U.S. Senate passed a revised bailout bill. The U.S. House of Representatives "
        "rejected the first bill. The FDIC raised its insurance cap to $250,000. In the EAS "
        "version of the bill (Engrossed Amendment as Agreed to by the Senate), Division A is "
        "the Emergency Economic Stabilization Act. The Treasury Department agreed."
    )
    sentences = list(nlp(text).sents)
    names = ["U.S. Senate", "U.S. House of Representatives", "FDIC", "EAS", "Treasury Department"]
    article = [_fact(n, "organization", i) for i, n in enumerate(names)]
    base = article_context("\n".join(s.text for s in sentences), article, sentences)

    def options(key: Fact, stem: str) -> tuple[list[str], str]:
        context = option_context(base, key, stem)
        return choose_distractors(
            key, key.text, article, sentences[key.sentence].text, "s", context
        )

    assert options(article[3], "In the _____ version of the bill, Division A is the Act.") == (
        [],
        "refused",
    )
    chosen, _ = options(article[2], "The _____ raised its insurance cap to $250,000.")
    assert sorted(chosen) == ["Treasury Department", "U.S. House of Representatives", "U.S. Senate"]


def test_a_shuttle_is_asked_for_only_as_subject_or_object(nlp: Any) -> None:
    """NASA held a ceremony "outside the hangar, …, for Space Shuttle Atlantis": the hangar
    is Atlantis's, so no "For which space shuttle did NASA hold a ceremony?"."""
    key = _fact("Space Shuttle Atlantis", "name")
    assert wh_phrase(key, None) == "which space shuttle"
    assert wh_phrase(key, nlp("for")[0]) is None


def test_no_organisation_is_made_up_by_swapping_its_place(nlp: Any) -> None:
    """ "Beijing Cooperation Organization" beside the Shanghai one was struck by the blind
    review: an organisation's options are the article's real ones, or none at all."""
    text = (
        "Xi Jinping attended the summit of the Shanghai Cooperation Organization in Dushanbe. "
        "He met the Collective Security Treaty Organization there. Beijing and Astana sent "
        "envoys."
    )
    sentences = list(nlp(text).sents)
    article = [
        _fact("Shanghai Cooperation Organization", "organization", 0),
        _fact("Collective Security Treaty Organization", "organization", 1),
        Fact(2, 0, 0, "Beijing", "GPE", "place", "city", ""),
        Fact(2, 0, 0, "Astana", "GPE", "place", "city", ""),
    ]
    key = article[0]
    stem = "Xi Jinping attended the summit of the _____ in Dushanbe."
    base = article_context("\n".join(s.text for s in sentences), article, sentences)
    options, _ = choose_distractors(
        key, key.text, article, sentences[0].text, "s", option_context(base, key, stem)
    )
    assert options == ["Collective Security Treaty Organization"]


def test_a_body_named_after_a_persons_office_is_an_option(nlp: Any) -> None:
    """ "Chairman of the Australian Centre for …" names the centre in full: the centre is
    offered beside the World Health Organisation, not refused as a fragment of a name."""
    text = (
        "Professor Cres Eastman, Director of the study, and Chairman of the Australian Centre "
        "for Control of Iodine Deficiency Disorders, spoke. The World Health Organisation "
        "recommends that every country should iodise all edible salt. Senior researcher Mu Li, "
        "of the University of NSW, agreed. The Department of Health said it would act."
    )
    sentences = list(nlp(text).sents)
    names = [
        "Australian Centre for Control of Iodine Deficiency Disorders",
        "World Health Organisation",
        "University of NSW",
        "Department of Health",
    ]
    article = [_fact(n, "organization", i) for i, n in enumerate(names)]
    base = article_context("\n".join(s.text for s in sentences), article, sentences)
    key = article[1]
    stem = "The _____ recommends that every country should iodise all edible salt."
    chosen, _ = choose_distractors(
        key, key.text, article, sentences[1].text, "s", option_context(base, key, stem)
    )
    assert "Australian Centre for Control of Iodine Deficiency Disorders" in chosen
    assert not fragment("Visual Arts", "Chairman of the Visual Arts board spoke.")
    assert fragment("Arts", "He went to the University of the Arts.")
