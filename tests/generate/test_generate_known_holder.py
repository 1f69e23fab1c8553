"""An office question a reader answers without the article is not asked: "Who was the U.S.
President in May 2003?" keyed George W. Bush. A director, or a country's head WordNet does
not know, is the article's fact and stays asked, as does what the famous person did.

Every text here is made up.
"""

from __future__ import annotations

from questions.generate import generate
from questions.generate.roles import ROLE_RULE
from questions.generate.stems import Stem
from questions.generate.worldknown import known_holder, nation_head

DAM = (
    "Lakeside dam opened\n\n"
    "Friday, May 16, 2003\n\n"
    "The Lakeside dam in Ohio opened on Friday after six years of work. "
    "U.S. President George W. Bush said he still plans to visit the dam in the summer. "
    "Professor Helen Markham, Director of the Lakeside Water Trust, said the river had "
    "flooded the town of Elmford four times in ten years. "
    "Markham said the trust would plant 3,000 trees along the river banks by next spring. "
    "Engineer Rosa Tillman said the dam cost 40 million dollars. "
    "The town council said a new road to the dam would open in the autumn."
)


def _asked(text: str) -> dict[str, str]:
    """Return a made-up article's questions (their last line) and keys."""
    result = generate(text, slug="dam", title=text.splitlines()[0])
    return {q.text.splitlines()[-1]: q.correct_option for q in result.qset.questions}


def test_a_famous_head_of_a_country_is_not_asked_as_the_office_s_holder() -> None:
    asked = _asked(DAM)
    assert "Who was the U.S. President in May 2003?" not in asked, asked
    # the director is the article's fact: asked
    office = "Who was the Director of the Lakeside Water Trust in May 2003?"
    assert asked.get(office) == "Helen Markham", asked
    # what the famous man said is the article's too
    said = [t for t in asked if t.startswith("Who said he still plans to visit")]
    assert said and asked[said[0]] == "George W. Bush", asked


def _office(text: str) -> Stem:
    """An office question as `roles.role_stems` writes it."""
    return Stem(text, "wh", ROLE_RULE)


def test_only_a_famous_key_of_a_country_s_head_is_refused() -> None:
    assert known_holder(_office("Who was the Japanese prime minister in May 2003?"),
                        "Hirohito") is None  # fmt: skip  # died 1989: a namesake in 2003
    assert known_holder(_office("Who was the Emperor of Japan in May 1975?"), "Hirohito")
    assert known_holder(_office("Who was the Kenyan President in 2003?"), "Juma Odera") is None
    assert known_holder(_office("Who was the US vice president in 2003?"), "George W. Bush") \
        is None  # fmt: skip
    assert nation_head("the President of Afghanistan") and nation_head("Sweden's King")
    assert not nation_head("the current President of the European Council")
    assert not nation_head("the Chancellor of the Exchequer")
    assert not nation_head("the NASA Administrator")
