"""A title set after a noun for a kind of work ("her song Paper Moons", "his album 19") is a
work of that kind: asked as "which song", with the article's other works of the kind as
options, never one the article says did the same deed, and a number title never a count."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.works import same_deed, work_mentions, work_sense

_MUSIC = """Pop singer wins three music prizes in Berlin

Monday, March 3, 2025

On Saturday, Canadian singer Mara Linden won three prizes at the annual Golden Lyre ceremony \
in Berlin.

Linden won Song of the Year for her song Paper Moons, and Album of the Year for her album \
19, the night's biggest prize.

Rival singer Tomas Verhoeven was nominated for his album Northern Lights and his song Glass \
Harbour. His song Glass Harbour won Best Dance Recording.

The band Ferro Velvet won Best Group Performance for their song Slow Engines. Their album \
Quiet Machines was nominated for Best Rock Album.

Linden thanked her producer, Ida Marsh, and said she would tour Europe in the autumn. Her song \
Paper Moons has been streamed more than forty million times since its release in 2024.

The ceremony was hosted by comedian Aldo Ferri for the second year in a row. More than 3,000 \
guests attended the event at the Tempelhof hall.
"""

_FILMS = """Film festival in Lisbon hands out its awards

Sunday, October 5, 2025

The Atlantic Screen festival ended on Saturday in Lisbon with its awards ceremony at the \
Tivoli theatre.

The jury gave the Golden Wave to the film Salt Roads, directed by Portuguese filmmaker Rita \
Gomes. Her film Salt Roads follows two fishermen during a long winter.

The Audience Award went to the film Night Ferry by Danish director Karl Holm. His film Night \
Ferry also won the Critics Prize.

The film Copper Sky by Chilean director Ana Ruiz won the Critics Prize as well. The film Paper \
Kites by Irish director Sean Boyle was shown out of competition.

Festival director Marta Lopes said more than 40,000 tickets were sold, a record for the event.
"""


def _asked(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    """Return each question's last line, options and key."""
    made = generate(text, slug="works", title="Works").qset.questions
    return [(q.text.splitlines()[-1], tuple(q.options), q.correct_option) for q in made]


def test_a_work_noun_is_told_by_wordnet_not_a_list() -> None:
    """Songs, albums, films and novels are works; an icon may be a person, a report a
    document, a singer someone: the name after them is no title."""
    assert all(work_sense(noun) for noun in ("song", "album", "film", "movie", "novel", "play"))
    assert not any(work_sense(noun) for noun in ("icon", "report", "singer", "friend", "game"))
    assert work_sense("film") == work_sense("movie")  # one kind, one pool of options


def test_a_title_is_the_name_right_after_its_noun(nlp: Any) -> None:
    """ "her song Paper Moons won": the capitalised words after the noun; a name that tells
    the story or a number that counts years is no title, nor a director's name."""

    def titles(sentence: str) -> list[str]:
        doc = nlp(sentence)
        return [doc[s:e].text for s, e, _, _ in work_mentions(doc[:])]

    assert titles("Her song Paper Moons won the prize on Friday.") == ["Paper Moons"]
    assert titles("She won the prize for her album 19, her third.") == ["19"]
    assert titles("He released his album, Northern Lights, in May.") == ["Northern Lights"]
    assert titles("He was shortlisted for his novel Harbour Lights.") == ["Harbour Lights"]
    assert titles("The jury praised her novel 1984 Revisited warmly.") == ["1984 Revisited"]
    assert titles("The novel Marta loved was long.") == []
    assert titles("The album 25 years ago sold well.") == []
    assert titles("The film director Ann Lee spoke.") == []


def test_a_deed_is_shared_by_the_same_verb_and_thing() -> None:
    """Winning the same prize is one deed; winning another prize is not."""
    assert same_deed("win|the critics prize", "win|the critics prize")
    assert same_deed("win|record of the year", "win|record")  # the parse cut the name short
    assert not same_deed("win|the critics prize", "win|the golden wave")
    assert not same_deed("win|the critics prize", "nominate")


def test_a_song_is_asked_with_the_articles_other_songs() -> None:
    """ "Which song … streamed …?": the other songs the article names so, all real; the album
    titled 19 is asked as an album, never as a count or a year."""
    asked = _asked(_MUSIC)
    streamed = [a for a in asked if "streamed" in a[0] and a[2] == "Paper Moons"]
    assert streamed and streamed[0][0].startswith("Which song by Mara Linden has been streamed")
    assert set(streamed[0][1]) == {"Paper Moons", "Glass Harbour", "Slow Engines"}
    assert not any(key == "19" and "album" not in text for text, _, key in asked)


def test_a_work_that_did_the_same_deed_is_never_offered() -> None:
    """Night Ferry and Copper Sky both won the Critics Prize: neither is offered for the
    other; a film that won another prize is a fair option; a maker named after the title
    stays beside it (no "did the award go by …")."""
    asked = _asked(_FILMS)
    prize = [
        (t, o, k)
        for t, o, k in asked
        if "Critics Prize" in t and k in ("Night Ferry", "Copper Sky")
    ]
    assert prize
    for _, options, _ in prize:
        assert not {"Night Ferry", "Copper Sky"} <= set(options)
    assert not any("go by" in text for text, _, _ in asked)
