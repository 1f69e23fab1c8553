"""A teacher's own articles: "the parade" right after "a counter-parade" is the counter-parade
(named so, or the question refused), and a surname the article makes a thing's name ("known as
Harrow") is not written as the owner's full name."""

from __future__ import annotations

from typing import Any

from questions.generate.fullnames import thing_names
from questions.generate.newcomers import name_newcomers
from questions.generate.pipeline import generate

PARADE = """Thousands join Harbour Day parade in Port Elvin

Sunday, June 7, 2020

Thousands of residents lined the streets of Port Elvin on Saturday for the annual Harbour \
Day parade, which was organized by the town's fishing guild. The parade began at noon and \
wound along the seafront to the old lighthouse.

Police said about 20,000 people watched the parade, while the guild put the number at \
25,000. Mayor Ellen Crowther called the parade "the best in a decade".

Dock workers angry over pay cuts organized a counter-parade along the river. Organizers said \
about 800 people took part in the parade. No trouble between the two groups was reported, \
police said.

The parade was first held in 1952 to mark the reopening of the harbour after the war.
"""

MILL = """Mill workers vow to keep running their factory in Dunmore

Tuesday, April 12, 2011

Workers at a paper mill in Dunmore are preparing to defend their control of the plant, as a \
court considers appointing a new owner. The workers have run the mill themselves since it \
went bankrupt in 2008.

The mill is widely known as Harrow, the name under its previous owner, Edwin Harrow, who ran \
up large debts and shut the mill, firing the workers.

Mayor Colin Baird has been trying to evict the workers of Harrow in a long legal battle for \
several years. A local newspaper said in March that Baird wants the workers to leave the \
Harrow mill and work instead on a council building project.

"We will defend the mill with everything we have," said Anna Lowe, a Harrow worker and union \
leader. About 240 workers now run the plant.
"""


def _asked(text: str) -> dict[str, str]:
    """Return each question's text (headline dropped) and its key."""
    quiz = generate(text, slug="t", title=text.split("\n", 1)[0])
    return {q.text.split("\n")[-1]: q.correct_option for q in quiz.qset.questions}


def _said(nlp: Any, text: str) -> list[str]:
    """Return each sentence of a text as a question would say it, newcomers named."""
    doc = nlp(text)
    every, out = list(doc.sents), []
    for sentence in every:
        replace: dict[int, str] = {}
        name_newcomers(sentence, every, replace)
        out.append("".join(replace.get(t.i, t.text) + t.whitespace_ for t in sentence))
    return out


def test_the_counter_parades_count_is_asked_of_the_counter_parade() -> None:
    asked = _asked(PARADE)
    keyed = [stem for stem, key in asked.items() if key == "800"]
    # never "how many took part in the (Harbour Day) parade?" keyed with the counter-parade's
    assert keyed, asked
    assert all("counter-parade" in stem for stem in keyed), keyed


def test_an_unmarked_new_parade_is_refused_when_the_article_has_another() -> None:
    asked = _asked(PARADE.replace("organized a counter-parade", "organized a parade"))
    assert "800" not in asked.values(), asked


def test_the_noun_is_said_with_the_words_that_set_the_new_one_apart(nlp: Any) -> None:
    said = _said(
        nlp,
        "The council held a vote on the plan in March. The vote failed by two votes. Two "
        "weeks later the council held a second vote. The vote passed easily.",
    )
    assert said[1].startswith("The vote failed")  # the first "a vote": nothing to set apart
    assert said[3].startswith("The second vote passed")


def test_a_name_the_article_gives_a_thing_is_not_its_owners_full_name(nlp: Any) -> None:
    docs = [nlp(p) for p in MILL.split("\n\n")[2:]]
    assert "Harrow" in thing_names(docs)
    asked = _asked(MILL)
    stems = [stem for stem in asked if "Harrow" in stem]
    assert stems, asked
    assert not any("Edwin Harrow" in stem for stem in stems), stems
