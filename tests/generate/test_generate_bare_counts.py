"""A number that is its clause's subject with no noun of its own ("1,429,981 voted …", "at
least 116 were injured") is asked "how many …?" with its hedge or bound; a closing "while …"
contrast whose pronoun only the article explains is left out of a question that would lean on
it; and a clause the parse gave two subjects set apart by commas is asked nothing."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from questions.generate.barecount import bare_subject
from questions.generate.clauses import SUBJECT, children_of
from questions.generate.subject import two_subjects
from tests.generate.generate_checks import written_keys

VOTE = """Voters back repeal of river dam ban

Saturday, May 26, 2018

Voters in the Ardmore region have backed the repeal of a ban on new river dams in a \
referendum held on Friday, according to official results released today by the regional \
electoral office in Kellsbridge.

With a 61.2% turnout, 1,429,981 voted in favour of lifting the ban while 723,632 voted to \
keep it. Of the 40 districts, 39 voted in favour of the change. The regional governor, Maura \
Quill, called the result a clear message from the public.

Two council workers were killed and at least 116 were injured when a temporary stand \
collapsed at the results rally in Kellsbridge on Saturday night, police said. Nearly 700 had \
signed up for the rally on the council's website.

The dam ban was introduced in 1983 after flooding destroyed the village of Lowmere. \
Campaigners for the repeal argued that new dams would supply power to about 300,000 homes \
and create 4,000 jobs. Opponents said the dams would harm salmon stocks in the River Ardle.
"""


def _asked(text: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Return every question written for an article (chosen or not) with its key."""
    return written_keys(text, monkeypatch, "Voters back repeal of river dam ban", "vote")


def test_a_number_that_is_the_subject_is_asked_how_many(monkeypatch: pytest.MonkeyPatch) -> None:
    """The votes for, the districts (their group kept in front), the injured (the bound kept,
    the verb plural) and the sign-ups (the hedge kept) are each asked as "how many"."""
    asked = _asked(VOTE, monkeypatch)
    assert asked[
        "With a 61.2% turnout, how many voted in favour of lifting the river dam ban?"
    ] == ("1,429,981")
    assert asked["Of the 40 districts, how many voted in favour of the change?"] == "39"
    injured = next(q for q in asked if q.startswith("At least how many were injured when"))
    assert asked[injured] == "116"
    assert asked["About how many had signed up for the rally on the council's website?"] == "700"


def test_the_contrast_and_its_it_are_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "… while 723,632 voted to keep it" goes: no question says "it" for the ban, and the
    other side's count, whose clause needs the sentence, is not asked alone."""
    asked = _asked(VOTE, monkeypatch)
    assert not [q for q in asked if "keep it" in q]
    assert "723,632" not in asked.values()


@pytest.mark.parametrize(
    ("sentence", "bare"),
    [
        ("In all, 1,250 signed the letter.", True),
        ("The two met in Paris.", False),  # a determiner: people named before
        ("189 of those who died were tourists.", False),  # a part of a group
        ("One said the plan would fail.", False),  # "one" is a pronoun here
        ("Police arrested 12 on Friday.", False),  # an object, not the subject
    ],
)
def test_only_a_subject_with_no_noun_of_its_own_is_a_bare_count(
    nlp: Any, sentence: str, bare: bool
) -> None:
    """A number standing alone as a verb's subject counts; one with a determiner, a part
    of a group, "one" or an object does not."""
    doc = nlp(sentence)
    numbers = [e for e in doc.ents if e.label_ == "CARDINAL"]
    assert any(bare_subject(e) is not None for e in numbers) is bare


def _parsed(nlp: Any, words: list[str], heads: list[int], deps: list[str]) -> Any:
    """Build a parse by hand: the guard is for the model's misreadings, which a made-up
    sentence does not reliably bring about."""
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps)


def test_two_subjects_set_apart_by_commas_are_a_misread(nlp: Any) -> None:
    """ "Since the amendment, Article 7, in 1983, women travelled": the parse hung both
    "Article 7" and "women" on the verb; "Jane Roe Smith was placed …" split into three
    subjects side by side is one name, still asked."""
    misread = _parsed(
        nlp,
        ["Since", "the", "amendment", ",", "Article", "7", ",", "in", "1983", ",", "women",
         "travelled", "."],
        [11, 2, 0, 11, 5, 11, 11, 11, 7, 11, 11, 11, 11],
        ["prep", "det", "pobj", "punct", "compound", "nsubj", "punct", "prep", "pobj", "punct",
         "nsubj", "ROOT", "punct"],
    )  # fmt: skip
    verb = misread[11]
    assert two_subjects(children_of(verb, SUBJECT))
    split = _parsed(
        nlp,
        ["Jane", "Roe", "Smith", "was", "placed", "on", "trial", "."],
        [4, 4, 4, 4, 4, 4, 5, 4],
        ["nsubjpass", "nsubjpass", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"],
    )
    assert not two_subjects(children_of(split[4], SUBJECT))
