"""The round-32 code review's finds, on made-up text: a first clause's date, place or
circumstance is no setting of the clauses after its semicolons ("In 2011, …; Kessler hired …
in 2012" was asked "… in 2012 in 2011?"); the adjective "global" or a body's name sets no
world scope for the next sentence's figure ("Globally, … unemployment in the town …"); a quoted
record that speaks as "we" stays a speaker's words ("When will we open it, according to …?")."""

from __future__ import annotations

from typing import Any

from questions.generate.recorded import mark_records, recorded_in
from questions.generate.semiclauses import carried_setting
from questions.generate.worldscope import carried_world

DATED = (
    "In 2011, the state transportation department awarded the $900 million contract for the "
    "new bridge to Kessler Construction, a firm based in Denver, after a long bidding process "
    "that drew five other companies from around the country; Kessler hired the engineering firm "
    "Marlow Engineering of Boston to design the main span of the bridge in 2012; and the "
    "federal government added a loan of $300 million to the project in 2013, after Senator "
    "James Whitfield of Ohio pressed officials in Washington for months."
)
DESPITE = (
    "Despite the storm, the state legislature met as planned in Salem on Thursday morning to "
    "hear testimony on a new water bill from farmers, fishermen and city officials from across "
    "the region; the storm had passed by late afternoon, and crews from Portland General "
    "Electric restored power to 30,000 homes by midnight; the rest of the homes remained "
    "without power until Friday afternoon, the company said in a statement."
)


def test_a_date_or_circumstance_is_no_setting_of_the_later_clauses(nlp: Any) -> None:
    for text in (DATED, DESPITE):
        sentences = list(nlp(text).sents)
        assert len(sentences) == 3  # still cut at its semicolons
        assert [carried_setting(s) for s in sentences] == [None, None, None]


# (the paragraph, the question over its second sentence, the question as it must read)
_SCOPES = (
    ("The mill closed after the global financial crisis cut demand for steel. Unemployment in "
     "the town rose to 14% in 2010.", "In which year did unemployment in the town rise to 14%?",
     None),
    ("Worldwide Fund for Nature said in a report last month that forests shrink. Forest cover "
     "fell by 20% between 1990 and 2010.", "How much did forest cover fall by?", None),
    ("The report notes that progress has been slow worldwide. Female representation has risen "
     "from 10% in 1995 to 17% in 2009.", "Female representation has risen from _____ in 1995.",
     "Globally, female representation has risen from _____ in 1995."),  # still said
)  # fmt: skip


def test_the_adjective_global_or_a_bodys_name_sets_no_world_scope(nlp: Any) -> None:
    for paragraph, stem, asked in _SCOPES:
        second = list(nlp(paragraph).sents)[1]
        assert carried_world(stem, second) == (asked or stem)


def test_a_record_that_speaks_as_we_stays_a_speakers_words(nlp: Any) -> None:
    doc = nlp('It is noted on the Club Website that "On 1 May, the board approved the plan. '
              'We will open it in 2018."')  # fmt: skip
    mark_records(doc)
    assert all(recorded_in(s) is None for s in doc.sents)
    plain = nlp('It is noted on the Club Website that "On 1 May, the board approved the plan. '
                'The stadium will open in 2018."')  # fmt: skip
    mark_records(plain)
    assert [recorded_in(s) for s in plain.sents][-1] == "the Club Website"
