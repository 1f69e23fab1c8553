"""A teacher's interview story: a leader's first interview on a named broadcaster, what he
pointed out and said, whom he met shortly prior to it. Its questions name "the interview"
and "the Mayor" as the article introduced them, ask who said a quotation by a bare surname,
keep the quotation's own words and move "shortly prior to …" whole."""

from __future__ import annotations

from typing import Any

from questions.generate.antecedents import Antecedents, name_antecedents, record
from questions.generate.clauses import reports
from questions.generate.facts import Fact, sentence_facts
from questions.generate.headlinetopic import headline_topic
from questions.generate.leaning import leaning
from questions.generate.namedwh import speaker_wh
from questions.generate.persons import Cast
from questions.generate.pipeline import generate
from questions.generate.quotes import quote_question
from questions.generate.replacements import replacements
from questions.generate.stems import key_title
from questions.generate.tense import perfect_in_past
from questions.generate.titleholders import name_title_holders, title_holders

INTERVIEW = """Harbour city mayor speaks to radio listeners

Monday, March 3, 2014

Mayor Helena Varro of Lisbon gave her first long interview since her election, on Radio \
Nova Porto. The station had exclusive access to the Mayor.

The Mayor pointed out that she had lived for years in Braga, the oldest city of the north.

Shortly prior to the interview, Varro met with Marcus Delling, her adviser on harbour \
affairs. Delling then travelled to Coimbra and Faro, where he met the owners of three \
fishing fleets and the union of dock workers to talk about the new harbour rules.
"""


def _stems(text: str) -> list[str]:
    """Return the last line of each question generated from a text."""
    result = generate(text, slug="interview", title=text.splitlines()[0])
    return [q.text.split("\n")[-1] for q in result.qset.questions]


def test_a_phrase_of_a_two_word_preposition_is_moved_whole_with_its_adverb() -> None:
    """ "Shortly prior to the interview, …": "prior" leads a phrase the parse hangs on the
    verb, and "Shortly" says how long before; both go to the question's end together, after
    the comma closing the apposition the clause ends in."""
    stems = _stems(INTERVIEW)
    assert (
        "Who met with Marcus Delling, her adviser on harbour affairs, shortly prior to the "
        "interview on Radio Nova Porto?"
    ) in stems, stems


def test_the_interview_is_named_by_the_broadcaster_it_was_given_on(nlp: Any) -> None:
    seen, said = Antecedents(), []
    for sentence in nlp(INTERVIEW.split("\n\n", 2)[2]).sents:
        replace: dict[int, str] = {}
        name_antecedents(sentence, seen, replace)
        record(sentence, seen)
        said.append(" ".join(replace.get(t.i, t.text) for t in sentence))
    assert any("prior to the interview on Radio Nova Porto ," in s for s in said), said


def test_a_thing_introduced_with_no_named_phrase_stays_unnamed(nlp: Any) -> None:
    seen, said = Antecedents(), []
    text = "Varro gave her first long interview since her election. Later the interview ended."
    for sentence in nlp(text).sents:
        replace: dict[int, str] = {}
        name_antecedents(sentence, seen, replace)
        record(sentence, seen)
        said.append(" ".join(replace.get(t.i, t.text) for t in sentence))
    assert said[1] == "Later the interview ended ."


def test_the_mayor_is_the_articles_one_mayor(nlp: Any) -> None:
    doc = nlp("Mayor Helena Varro of Lisbon spoke. The station had access to the Mayor.")
    holders = title_holders(doc.sents)
    assert holders == {"Mayor": "Helena Varro"}
    sentence = list(doc.sents)[1]
    replace: dict[int, str] = {}
    name_title_holders(sentence, holders, replace)
    assert " ".join(replace.get(t.i, t.text) for t in sentence).split() == [
        "The", "station", "had", "access", "to", "Mayor", "Helena", "Varro", ".",
    ]  # fmt: skip


def test_a_former_or_second_holder_of_a_title_is_not_the_present_one(nlp: Any) -> None:
    doc = nlp("Mayor Helena Varro met former Mayor Joan Whitcombe in Faro.")
    assert title_holders(doc.sents) == {"Mayor": "Helena Varro"}
    doc = nlp("Mayor Helena Varro met Mayor Joan Whitcombe of Faro.")
    assert title_holders(doc.sents) == {}


def test_the_mayors_own_account_is_asked_of_her_by_name() -> None:
    """ "The Mayor pointed out that she had lived …": a phrasal verb of speaking reports its
    clause, and "she" is the Mayor the article names."""
    stems = _stems(INTERVIEW)
    assert "Where had Mayor Helena Varro lived for years?" in stems, stems


def test_a_phrasal_verb_of_speaking_reports_what_its_clause_says(nlp: Any) -> None:
    pointed = next(t for t in nlp("She pointed out that prices rose.") if t.lower_ == "pointed")
    assert reports(pointed)
    carried = next(t for t in nlp("She carried out the plan.") if t.lower_ == "carried")
    assert not reports(carried)


def test_a_former_title_cut_from_a_blank_takes_its_former(nlp: Any) -> None:
    sentence = next(nlp("Varro spoke about former Mayor Joan Whitcombe's harbour plan.").sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "Joan Whitcombe")
    cut = " ".join(sentence.doc[i].text for i in sorted(key_title(sentence, fact)))
    assert cut == "former Mayor"


_SAID = '"We have not been perfect, and we will do better for the harbour city," said Varro.'


def test_a_bare_surname_speaker_is_asked_who_said_it(nlp: Any) -> None:
    sentence = next(nlp(_SAID).sents)
    start = next(t.i for t in sentence if t.text == "Varro")
    fact = Fact(0, start, start + 1, "Varro", "PERSON", "name", "", "")
    stem = quote_question(sentence, fact)
    assert stem is not None
    assert (
        stem.text
        == 'Who said "We have not been perfect, and we will do better for the harbour city"?'
    )
    verb = next(t for t in sentence if t.text == "said")
    assert speaker_wh(fact, sentence.doc[start], verb, None) == "who"
    thing = Fact(0, start, start + 1, "Varro", "ORG", "name", "", "")
    assert speaker_wh(thing, sentence.doc[start], verb, None) is None


def test_a_dated_question_keeps_a_quotations_own_tense(nlp: Any) -> None:
    sentence = next(nlp(_SAID).sents)
    stem = 'In March 2014, who said "We have not been perfect"?'
    assert perfect_in_past(stem, sentence) == stem


def test_a_mid_clause_then_is_left_out_but_not_a_quoted_or_hyphened_one(nlp: Any) -> None:
    doc = nlp('Delling then travelled to Faro. "We then left," he said. The then-mayor spoke.')
    thens = [t for t in doc if t.lower_ == "then"]
    assert [leaning(t, None) for t in thens] == [True, False, False]
    sentence = next(doc.sents)
    assert (replacements(sentence, None, {}, Cast()) or {}).get(thens[0].i) == ""


def test_a_headline_topic_is_never_a_pronouns(nlp: Any) -> None:
    assert headline_topic(nlp("Mayor to sailors: 'The harbour is not your enemy'")) is None
    assert headline_topic(nlp("New town ferry plan to replace bridge")) == "Town ferry plan"
