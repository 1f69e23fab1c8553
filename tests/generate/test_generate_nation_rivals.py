"""Options of the key's nation: WordNet's U.S. Presidents for "Who was the U.S. President …?",
never another nation's statesmen; no U.S. federal agency beside an Indonesian one; an office
a sentence dates to another year is asked of that year.

Every text here is made up.
"""

from __future__ import annotations

from typing import Any

from questions.generate import library
from questions.generate.dates import ArticleDate
from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact, sentence_facts
from questions.generate.library import named_rivals
from questions.generate.offices import implausible_holder
from questions.generate.options import article_context, option_context
from questions.generate.roles import role_stems
from questions.generate.wnnations import body_nation, foreign_body

VISIT = """Crowds lined the road when U.S. President George W. Bush visited Millbrook on \
Friday. Local teacher Maria Quinlan showed the children's letters to George W. Bush, and \
the mayor of Millbrook, Tom Adair, gave him a key to the town.
"""
US_PRESIDENTS = {
    "Bill Clinton", "Jimmy Carter", "John F. Kennedy", "Gerald R. Ford", "Richard M. Nixon",
    "Ronald Reagan", "Lyndon Johnson", "Gerald Ford", "Richard Nixon",
}  # fmt: skip

FLOOD = """Floods swept through three villages in West Java, Indonesia, on Sunday. \
"The water rose within minutes," said Rahmat Hidayat, a spokesman for the National Flood \
Relief Agency. Indonesia has seen heavy rain since January, and Jakarta has sent boats to \
the villages. Indonesia's army joined the search on Monday.
"""
STORM = """A storm cut power to 40,000 homes in Ohio on Sunday. The National Storm Relief \
Agency sent teams to Dayton, Ohio, and the United States Coast Guard rescued two \
fishermen from Lake Erie. Ohio's governor thanked the United States Army for its help.
"""


def _context(nlp: Any, text: str, names: list[str], kind: str, stem: str) -> tuple[Any, Any]:
    """Return a made-up article's facts of one kind and the first one's option context."""
    label = "PERSON" if kind == "person" else "ORG"
    article = [Fact(0, 0, 1, name, label, kind) for name in names]
    base = article_context(text, article, list(nlp(text).sents))
    return article, option_context(base, article[0], stem)


def test_a_us_president_question_offers_us_presidents_of_the_era(nlp: Any) -> None:
    """ "Who was the U.S. President …?": WordNet's other Presidents of the key's era, though
    the article names no other; the key's made-up names are no Presidents."""
    stem = "Who was the U.S. President in May 2003?"
    names = ["George W. Bush", "Maria Quinlan", "Tom Adair"]
    article, ctx = _context(nlp, VISIT, names, "person", stem)
    chosen, _ = choose_distractors(article[0], names[0], article, stem, stem, ctx)
    assert len(chosen) == 3 and set(chosen) <= US_PRESIDENTS, chosen
    assert not implausible_holder("Jimmy Carter", "George W. Bush", ctx)


def test_a_president_of_another_nation_is_no_holder(nlp: Any) -> None:
    """A question on another nation's office takes no U.S. President, however famous."""
    stem = "Who was the Mexican President in May 2003?"
    _, ctx = _context(nlp, VISIT, ["George W. Bush", "Maria Quinlan"], "person", stem)
    assert implausible_holder("Jimmy Carter", "George W. Bush", ctx)
    assert implausible_holder("Bill Clinton", "George W. Bush", ctx)


def test_an_office_dated_by_its_sentence_is_asked_of_that_date(nlp: Any) -> None:
    """ "On June 4, 1984, … U.S. President Ronald Reagan": he was President then, not in the
    article's month (2015): the question asks of June 1984."""
    text = (
        "On June 4, 1984, U.S. President Ronald Reagan visited the village of Ballymore. "
        "The village opened a new library on Friday."
    )
    sentences = list(nlp(text).sents)
    facts = [sentence_facts(s, n) for n, s in enumerate(sentences)]
    stems = role_stems(sentences, facts, [{}, {}], ArticleDate(month=4, day=17, year=2015))
    texts = [s.text for s in stems.values()]
    assert "Who was the U.S. President in June 1984?" in texts, texts
    assert not any("2015" in t and "President" in t for t in texts)


def test_wordnet_ties_bodies_to_their_nation() -> None:
    """Agencies of the U.S. government are the U.S.'s, by their own words or what they are
    part of; a body WordNet places in no one nation is none's."""
    assert body_nation("Census Bureau") == "US"
    assert body_nation("Defense Information Systems Agency") == "US"  # its department's
    assert body_nation("Home Office") == ""
    assert body_nation("World Health Organization") == ""


def test_a_foreign_story_takes_no_us_agency(nlp: Any, monkeypatch: Any) -> None:
    """An Indonesian spokesman's agency: no U.S. federal agency beside it, so too few
    options rather than the Census Bureau."""
    # the nation's rule alone: the field's (`fields`) would drop the Census Bureau too
    monkeypatch.setattr(library, "of_field", lambda *_: True)
    stem = '"The water rose within minutes," said a spokesman for the _____.'
    key = "National Flood Relief Agency"
    article, ctx = _context(nlp, FLOOD, [key, "Indonesia", "Jakarta"], "organization", stem)
    article = [*article[:1], Fact(0, 0, 1, "Indonesia", "GPE", "place", "country")]
    article += [Fact(0, 0, 1, "West Java", "GPE", "place", "state")] * 2
    _, found = named_rivals(article[0], key, [], [key], ctx, "seed", article)
    assert not any(body_nation(name) == "US" for name in found), found
    _, unplaced = named_rivals(article[0], key, [], [key], ctx, "seed")  # no story's nation
    assert any(body_nation(name) == "US" for name in unplaced), unplaced
    assert foreign_body("Census Bureau", key, ["ID"])


def test_a_story_of_that_nation_keeps_its_agencies(nlp: Any, monkeypatch: Any) -> None:
    """A storm in Ohio: a national agency's rivals are the U.S.'s agencies, as before."""
    monkeypatch.setattr(library, "of_field", lambda *_: True)  # the nation's rule alone
    stem = "The _____ sent teams to Dayton, Ohio."
    key = "National Storm Relief Agency"
    article, ctx = _context(nlp, STORM, [key], "organization", stem)
    article += [Fact(0, 0, 1, "Ohio", "GPE", "place", "state")] * 3
    _, found = named_rivals(article[0], key, [], [key], ctx, "seed", article)
    assert len(found) >= 3 and all(body_nation(name) in ("US", "") for name in found), found
    assert not foreign_body("Census Bureau", key, ["US"])
    assert not foreign_body("Census Bureau", "United States Mint", ["ID"])  # the key's own
