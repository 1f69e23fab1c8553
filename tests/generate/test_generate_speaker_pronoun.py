"""A reported "he" or "she" is never the speaker's when the speaker's gender is the other:
"Coach Ann Lee said he had complained to her" is the coach's word on a man, so neither "Who
said he had complained to her …?" (Ann Lee) nor "How many games would Ann Lee miss?" may be asked;
"Mayor Helen Castell said she would open …" is still Castell's plan."""

from __future__ import annotations

from typing import Any

from questions.generate import pipeline
from questions.generate.context import parse
from questions.generate.speakers import speaker_pronouns

TEAM = """Harbour club faces an injury crisis

Tuesday, March 3, 2020

The Elmford Rovers lost their opening game of the season to Kelby on Saturday. Defender Sara \
Holt hurt her ankle in the same game. Coach Jim Lee said she would be out for 6 weeks.

Striker Dan Moss limped off the pitch in the second half.

Coach Ann Lee said he would miss 3 games of the league season. Coach Ann Lee said he had \
complained to her about the pitch at Kelby.

The club council met on Monday evening. Mayor Helen Castell said she would open a new stadium \
for the club in 2022. The stadium will hold 12,000 fans and cost 40 million pounds.
"""


def _replacements() -> dict[str, dict[str, str]]:
    """Return each sentence's named pronouns, by the sentence's text."""
    paragraphs = tuple(p for p in TEAM.split("\n\n")[2:] if p.strip())
    parsed = parse(paragraphs, None, "Harbour club faces an injury crisis")
    return {
        s.text: {s.doc[i].lower_: said for i, said in r.items() if said}
        for s, r in zip(parsed.sentences, parsed.replace, strict=True)
    }


def test_a_speakers_pronoun_of_the_other_gender_is_someone_else() -> None:
    """The male coach's "she" is Holt, the woman before; the female coach's "he" is not
    hers; the mayor's "she", her own gender, is the mayor's own."""
    named = _replacements()
    holt = named["Coach Jim Lee said she would be out for 6 weeks."]
    assert holt["she"] == "Defender Sara Holt"
    assert (
        named["Coach Ann Lee said he would miss 3 games of the league season."].get("he")
        != "Ann Lee"
    )
    stadium = "Mayor Helen Castell said she would open a new stadium for the club in 2022."
    assert named[stadium]["she"] == "Helen Castell"


def test_a_who_question_binds_no_pronoun_of_the_speakers_other_gender(nlp: Any) -> None:
    """ "Who said he would …?" reads the pronoun as the speaker's own: not a woman's "he"."""
    said = next(nlp("Coach Ann Lee said he would miss 3 games.").sents)
    at = range(1, 3)  # "Ann Lee"
    assert speaker_pronouns(said, at) == {"he"}  # nobody else in its own sentence
    assert not speaker_pronouns(said, at, {"Ann Lee": "f"}.get)
    assert speaker_pronouns(said, at, lambda _: "")  # a gender unknown: hers, or his
    alone = next(nlp("Coach Ann Lee said she would miss 3 games.").sents)
    assert speaker_pronouns(alone, at, {"Ann Lee": "f"}.get) == {"she"}


def test_the_article_asks_no_question_on_the_female_coachs_he() -> None:
    """The whole article: no question treats the female coach as the one who complained or
    would miss games, or asks who said "he" did; the mayor's own plan is still asked."""
    texts = [q.text for q in pipeline.generate(TEAM, slug="team", title="T").qset.questions]
    assert not any("Lee miss" in t or "said he" in t for t in texts), texts
    assert any("Helen Castell" in t and "stadium" in t for t in texts), texts
