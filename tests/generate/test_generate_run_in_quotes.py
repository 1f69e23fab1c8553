"""A quotation run into its sentence in lower case ('said "it is likely that …"') is the whole
clause the speaker said when it opens with that clause's subject: asked 'Who said "It is
likely …"?' with a capital; a fragment run in ('called the vote "a fresh start …"') is not."""

from __future__ import annotations

from questions.generate import generate

HARBOUR = """Harbour survey finds fewer seals

Monday, June 3, 2019

A survey of the northern harbour counted 214 grey seals this spring, down from 390 a decade ago.

The survey was led by marine biologist Tomas Varga of the Coastal Wildlife Trust.

Senior ecologist Helen Marsh, of the city university's marine department, said "it is likely \
that the colony has moved to the quieter islands further up the coast."

Harbour master Ian Doyle called the count "a warning for the whole bay."

The trust plans a second count in the autumn, when the pups are born on the outer sandbanks \
near the old lighthouse.
"""


def _questions(text: str, slug: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Return each question's last line, its key and its options."""
    qset = generate(text, slug=slug, title=slug).qset
    return [(q.text.split("\n")[-1], q.correct_option, tuple(q.options)) for q in qset.questions]


def test_a_run_in_whole_clause_is_asked_as_its_speakers_quotation() -> None:
    asked = [q for q, k, _ in _questions(HARBOUR, "harbour") if k == "Helen Marsh"]
    assert (
        'Who said "It is likely that the colony has moved to the quieter islands further up '
        'the coast"?' in asked
    )


def test_a_run_in_fragment_is_no_quotation_to_ask() -> None:
    asked = [q for q, _, _ in _questions(HARBOUR, "harbour")]
    assert not any('"A warning' in q or '"a warning' in q for q in asked if q.startswith("Who"))
