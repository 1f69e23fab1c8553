"""Statements a speech or a debate is built on: the speaker of a quotation said while doing
something else ('X criticized the plan, saying "…"'), or by a verb of speaking the reporting
list lacks ('X remarked, "…"'), is asked with the quotation word for word; a quotation too
long to show whole is cut before a clause its "and" joins, marked as going on."""

from __future__ import annotations

from questions.generate import generate

DEBATE = """Harbour council debates new bridge

Thursday, April 9, 2026

The Norvale harbour council debated a plan for a new bridge over the river on Wednesday night.

Mayor Elin Varga defended the plan and criticized the delay, saying "Every year we wait \
costs the town another ferry season and another winter of closed roads."

Councillor Tomas Reyes remarked, "The bridge will carry more lorries than the old road was \
ever built to take."

"Families have been waiting for a safe crossing since the old ferry stopped running and in \
the meantime the shops on the east bank have lost nearly half of the customers who used to \
come over from the west side every weekend," said councillor Nadia Brandt.

Harbour master Jonas Ekberg said the river would be closed to boats for two months while the \
bridge is built.

The council will vote on the plan in May.
"""


def _asked(key: str) -> list[tuple[str, tuple[str, ...]]]:
    """Return the last line and options of each question keyed to `key`."""
    qset = generate(DEBATE, slug="bridge", title="bridge").qset
    return [(q.text.split("\n")[-1], tuple(q.options)) for q in qset.questions
            if q.correct_option == key]  # fmt: skip


def test_a_quotation_said_while_doing_something_is_asked_by_its_speaker() -> None:
    asked = _asked("Elin Varga")
    assert (
        'Who said "Every year we wait costs the town another ferry season and another winter '
        'of closed roads"?'
    ) in [q for q, _ in asked]
    options = next(o for q, o in asked if q.startswith('Who said "Every year'))
    assert "Tomas Reyes" in options


def test_a_quotation_a_verb_of_speaking_introduces_is_asked_by_its_speaker() -> None:
    asked = [q for q, _ in _asked("Tomas Reyes")]
    assert (
        'Who said "The bridge will carry more lorries than the old road was ever built to take"?'
    ) in asked


def test_a_long_quotation_is_cut_before_the_clause_its_and_joins() -> None:
    asked = [q for q, _ in _asked("Nadia Brandt")]
    assert (
        'Who said "Families have been waiting for a safe crossing since the old ferry stopped '
        'running …"?'
    ) in asked
