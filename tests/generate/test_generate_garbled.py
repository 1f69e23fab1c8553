"""A question says only what English can: a report's source is no later "it", a relative clause
on a time is not asked of the clock, a verb of saying keeps what was said, and a relative day
owning a part of the day is said "the early morning of <date>" with the deed in the past."""

from __future__ import annotations

from questions.generate import generate
from questions.generate.saying import needs_said

_TREMORS = """Three tremors shake southern Peru; no injuries reported

Tuesday, March 11, 2025

Three strong tremors have occurred on today's early morning in southern Peru. The third and \
strongest tremor had a 5.2 magnitude in the Richter scale. No injuries were reported.

The first tremor took place at 01:15 local time (06:15 UTC), which according to the \
Geophysical Institute of Peru had a 4.3 magnitude in the Richter scale. It occurred 40 \
kilometers south of Arequipa, Arequipa Region at a depth of 25 kilometers, Geophysical \
Institute of Peru reported. It was felt in towns such as Camana (Arequipa Region), Mollendo \
(Arequipa Region) and Moquegua (Moquegua Region).

The second tremor took place at 03:40 local time (08:40 UTC), 12 kilometers west of Tacna, \
Tacna Region at a depth of 60 kilometers. It had a magnitude of 3.9.

"Everything in the kitchen fell down!," Luis Quispe said on Camila Torres's page. "The dogs \
were barking before it began," Rosa Mamani said on Ana Flores's page. Mamani was one of the \
first to post a video of the tremor on the page.

The National Civil Defense Institute said there was no risk of a tsunami, according to Radio \
Programas.
"""


def _asked() -> list[tuple[str, str]]:
    """Return each question's last line and key."""
    made = generate(_TREMORS, slug="tremors", title="Tremors").qset.questions
    return [(q.text.splitlines()[-1], q.correct_option) for q in made]


def test_the_source_of_a_report_is_not_the_next_sentences_it() -> None:
    """ "It occurred …, Geophysical Institute of Peru reported. It was felt in towns …": the
    "it" felt is the tremor, never the institute the report is put to."""
    asked = _asked()
    assert not any("Institute of Peru was felt" in text for text, _ in asked)
    assert not any(key == "Moquegua" for _, key in asked)  # no other "it" names the tremor


def test_a_relative_clause_on_a_clock_time_is_not_asked_of_the_time() -> None:
    """ "took place at 01:15 local time (06:15 UTC), which … had a 4.3 magnitude": the tremor
    had it, and "What magnitude did 01:15 local time have?" is asked of a clock."""
    asked = _asked()
    assert not any("local time" in text for text, _ in asked)
    assert not any(key == "4.3" for _, key in asked)


def test_a_verb_of_saying_keeps_what_was_said() -> None:
    """ "'The dogs were barking …,' Rosa Mamani said on Ana Flores's page": the quotation is
    another clause, and "On whose page did Rosa Mamani say?" says nothing said."""
    asked = _asked()
    assert not any(text.endswith(" say?") for text, _ in asked)
    assert ('Who said "The dogs were barking before it began"?', "Rosa Mamani") in asked
    assert needs_said("say") and needs_said("announce")
    assert not needs_said("write") and not needs_said("comment")  # they stand alone


def test_todays_early_morning_is_said_of_its_date_in_the_past() -> None:
    """ "have occurred on today's early morning in southern Peru": the date said, the morning
    is its own ("the early morning of March 11, 2025"), and the deed it dates is past."""
    asked = _asked()
    line = (
        "How many strong tremors occurred on the early morning of March 11, 2025 in southern Peru?"
    )
    assert (line, "three") in asked
    assert not any("2025 early morning" in text or "have occurred" in text for text, _ in asked)
