"""Round 33: options the question's own words rule out by role or nation: a judge's rival
another judge the article names, no foreign leader as the speaker to a nation's voters."""

from __future__ import annotations

from typing import Any

from questions.generate.distractors import choose_distractors
from questions.generate.facts import sentence_facts
from questions.generate.fromnation import other_nation
from questions.generate.kinds import person_roles
from questions.generate.options import article_context, option_context

COURT = (
    "A lawsuit filed by state attorney Dana Whitcomb reached federal judge Oren Halvard on "
    "Monday. He froze the new permit rules. Mayor Colin Brandt praised the "
    "freeze. Senator Walter Penrose said the rules were lawful. A week earlier, the rules "
    "had been paused by another federal judge, Karen Doyle. The governor called Halvard a "
    '"so-called judge" in a post.'
)


def test_a_person_noun_set_off_before_a_name_is_their_role(nlp: Any) -> None:
    said = "This follows a pause ordered a week earlier by another federal judge, Karen Doyle, "
    said += "though the new ruling goes further."
    roles = person_roles(list(nlp(said).sents))
    assert roles.get("karen doyle") == "judge"
    asked = person_roles(list(nlp("Asked by a reporter, Tom Vance said nothing more.").sents))
    assert "tom vance" not in asked  # the name runs on into its clause: no apposition


def test_another_judge_the_article_names_is_a_judges_first_rival(nlp: Any) -> None:
    sentences = list(nlp(COURT).sents)
    facts = [f for n, s in enumerate(sentences) for f in sentence_facts(s, n)]
    fact = next(f for f in facts if f.text == "Oren Halvard")
    stem = 'Whom did the governor call a "so-called judge" in a post?'
    base = article_context(COURT, facts, sentences)
    context = option_context(base, fact, stem, sentence=sentences[fact.sentence])
    options, _ = choose_distractors(fact, fact.text, facts, stem, stem, context)
    assert options[0] == "Karen Doyle"  # the other judge first, though named last
    assert len(options) == 3  # one other judge: the article's other people stand too


def test_a_question_on_one_nations_voters_takes_no_one_placed_abroad() -> None:
    placed = {"amira haddad": frozenset({"PS"}), "jon kell": frozenset({"US"})}
    stem = "📰 Talks resume\nWhich American official urged voters to end the other rule?"
    assert other_nation("Amira Haddad", "Ned Farley", stem, placed)
    assert not other_nation("Jon Kell", "Ned Farley", stem, placed)
    # a question naming no country, or one placing its key, is judged as before
    assert not other_nation("Amira Haddad", "Ned Farley", "Who urged voters to act?", placed)
    quoted = 'Who said "American voters must act"?'  # a quotation names no side of the asked
    assert not other_nation("Amira Haddad", "Ned Farley", quoted, placed)
    thing = "Who wrote to the Chinese newspaper about the Russian laws?"  # no one's country
    assert not other_nation("Amira Haddad", "Ned Farley", thing, placed)
