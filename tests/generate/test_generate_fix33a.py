"""A "there" is said by a place only when the sentence before sets its event there.

"A bomb exploded in a small village about 40 miles north of Kabul. Police there arrested 14
men." was asked as "How many men did police in Kabul arrest?": false, the police were in the
village, and Kabul only a landmark to find it by. A place named under "north of", "near",
"from" or "outside", or heading no more than a noun ("a farm in Kabul province"), is not
where "there" is; such a "there" is left, and the question refused, as any unresolved one.
"""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate import generate
from questions.generate.prowords import name_there
from questions.generate.render import join

ARTICLE = """Bomb hits village near Dalmora

Wednesday, March 4, 2015

A truck bomb exploded on Monday in a small village about 60 kilometres east of Dalmora. \
Police there arrested 17 men on Tuesday.

The blast destroyed a school and damaged 40 houses, officials said. Nobody has claimed the \
attack. Governor Lena Rauch said the village would get help to rebuild the school before \
the winter. Doctors treated 23 people for burns and cuts at a clinic in the next valley.

Army engineers sent to Port Caldera on Wednesday checked the roads for more bombs. The \
deployment of 250 soldiers there is a major issue for local voters.
"""


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a landmark the setting is found by: "there" is the village or the farm
        ("A truck bomb exploded in a small village 60 kilometres east of Dalmora.", None),
        ("A truck bomb exploded at a farm near Dalmora.", None),
        ("Gunmen from Dalmora attacked the market on Monday.", None),
        # the place is where the verb happens, goes or what it acts on
        ("A truck bomb exploded in Dalmora on Monday.", "in Dalmora"),
        ("Army engineers were sent to Port Caldera on Monday.", "in Port Caldera"),
        ("Critics say the decision to invade Iceland was a mistake.", "in Iceland"),
    ],
)
def test_there_is_said_by_a_place_only_where_the_sentence_before_sets_it(
    nlp: Any, text: str, named: str | None
) -> None:
    doc = nlp(f"{text} Police there arrested 17 men.")
    previous, sentence = list(doc.sents)
    replace: dict[int, str] = {}
    name_there(sentence, previous, replace, set())
    written = join(list(sentence), replace)
    assert written.startswith(f"Police {named or 'there'} arrested")


def test_no_question_names_a_landmark_for_there() -> None:
    stems = [q.text for q in generate(ARTICLE, slug="dalmora", title="Dalmora").qset.questions]
    assert not any("police in dalmora" in s.lower() for s in stems)
    assert any("soldiers in Port Caldera" in s for s in stems)
