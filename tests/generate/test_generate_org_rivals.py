"""An organisation no library names rivals for is refused, never asked among other kinds.

WordNet 3.0, the only installed library that names organisations, has no named newspaper,
journal, news agency, broadcaster, football team or company, and one rock group (the
Beatles): a journal, a newspaper or a band the article names alone has no real rival of its
own kind, and bodies of another kind (a university, a foundation, a council) would give the
key away. Such questions are refused for want of options.
"""

from __future__ import annotations

from questions.generate import generate

_JOURNAL = """Beetles in Dry Forests Sleep Through the Drought

Scientists at the University of Vermont said on Tuesday that a small beetle can sleep for \
three years when its forest dries out. The study was published in the journal Nature on Monday.

The team followed 400 beetles in the hills of Arizona for six years. Lead author Maria Lopez \
said the insects slowed their hearts to one beat a minute.

"We were amazed that they woke up at all," Lopez said. The beetles woke within two days of \
the first rain, the researchers said.

The National Science Foundation paid for the work, which cost $2 million.
"""

_BAND = """Rock Band to Play Harbour Festival

The British rock band Coldplay will headline the Harbour Festival in Sydney in March, \
organisers said on Friday.

The band, led by singer Chris Martin, last played in the city in 2017. Tickets go on sale on \
Monday and cost $120 each, the Sydney City Council said.

The festival, which began in 1998, drew 40,000 people last year. Organiser Jane Hill said the \
council had approved two extra nights after the Harbour Trust agreed to close the park early.

Police said they would send 200 officers to the park each night and close three streets \
around it. The state transport minister said extra trains would run until 2 a.m.
"""


def _keyed(text: str, key: str) -> list[tuple[str, tuple[str, ...]]]:
    """Return the questions keyed on a name, with their options."""
    questions = generate(text, slug="x", title="X").qset.questions
    return [(q.text, tuple(q.options)) for q in questions if q.correct_option == key]


def test_a_journal_named_alone_is_not_asked_among_bodies() -> None:
    """ "Published in the journal Nature": no other journal is named, and the university and
    the foundation are no journals."""
    assert _keyed(_JOURNAL, "Nature") == []


def test_a_band_named_alone_is_not_asked_among_councils() -> None:
    """ "The rock band Coldplay": WordNet's one rock group is no pool, and the council and the
    trust are no bands."""
    assert _keyed(_BAND, "Coldplay") == []


_PARLIAMENT = """Iceland Votes to Cut Fishing Quotas

Iceland's parliament, the Althing, voted on Tuesday to cut the cod quota by 20 percent for \
the next two years.

The bill passed by 35 votes to 28 after a debate that lasted nine hours. Fisheries Minister \
Anna Jonsdottir said the cut was needed to save the stocks.

The Althing also approved a fund of 500 million kronur to help fishing towns in the north. The \
fishermen's union said 600 jobs could be lost in the towns of Husavik and Akureyri.

The Marine Research Institute had advised a cut of 25 percent, the ministry said.
"""


def test_a_parliament_is_not_asked_among_other_nations_parliaments() -> None:
    """ "Iceland's parliament, the Althing": WordNet's parliaments (the Knesset, the
    Oireachtas, the British Parliament) each belong to another nation, absurd for an
    Icelandic vote, and the institute and the union are no parliaments."""
    assert _keyed(_PARLIAMENT, "Althing") == []
