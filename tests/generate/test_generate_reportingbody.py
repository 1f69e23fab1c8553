"""A news outlet asked as the one that reported ("reported by The _____", "Which organization
reported …?", "According to the _____") is offered only among the other bodies the article
shows reporting news, never a council or a university a reader strikes out at once; with
too few such reporters the question is not asked at all."""

from __future__ import annotations

from questions.generate.pipeline import generate

FIRE = """Fire destroys warehouse in Port Ellis

Tuesday, March 10, 2020

A fire destroyed a timber warehouse in Port Ellis on Monday night, and two workers were \
injured.

Fire chief Dana Hollis said the blaze began in a storage room of the Port Ellis warehouse \
shortly after midnight. The Daily Ledger reported that flames from the Port Ellis warehouse \
fire could be seen ten miles away. Coastal Radio reported that about 60 firefighters fought \
the Port Ellis warehouse fire. The Northern Herald reported that the Port Ellis warehouse \
fire was the largest in the town for 40 years.

The Port Ellis City Council said it would review safety rules at the Port Ellis docks. The \
injured workers were taken to the Westmoor University Hospital, where doctors said both were \
stable. Students from Westmoor University helped to clear debris on Tuesday.

According to the Harbour Gazette, the Port Ellis warehouse had stood empty for several years \
before the fire. Its owner, Marcus Reed, said he would rebuild the warehouse within a year.
"""

ATTACK = """Mayor of Port Ellis attacked at charity concert

Monday, March 9, 2020

Helen Castell, mayor of the town of Port Ellis, was attacked on stage at a charity concert \
on Sunday night. She is recovering in hospital.

Castell, a former member of the Port Ellis City Council, has been mayor since 2012. Police \
spokesman Mark Dunne said a stolen ticket was used by the attacker, reported by The Sentinel \
as convicted of burglary and by Coastal Radio of car theft, to gain entry. Coastal Radio \
reported that the attacker was arrested at the scene.

The Port Ellis Harbour Authority cancelled all concerts on the quay until further notice.

Castell was taken to the Westmoor University Hospital, where surgeon Anna Reyes said she was \
in a stable condition. The Bishop of Port Ellis visited the hospital on Monday morning. \
Students from Westmoor University held a vigil outside the hospital.
"""

OUTLETS = {"Daily Ledger", "Coastal Radio", "Northern Herald", "Harbour Gazette"}
BODIES = {"Port Ellis City Council", "Westmoor University", "Port Ellis Harbour Authority"}


def _asked(text: str) -> dict[str, tuple[list[str], str]]:
    """Return each question's last line with its options and key."""
    quiz = generate(text, slug="fire", title=text.splitlines()[0])
    return {
        q.text.split("\n")[-1]: (list(q.options), q.correct_option) for q in quiz.qset.questions
    }


def _options(asked: dict[str, tuple[list[str], str]], stem: str, key: str) -> set[str]:
    """Return the options of the question asked with this stem, checking its key."""
    options, correct = asked[stem]
    assert correct == key
    return set(options)


def test_which_organization_reported_offers_the_other_reporters() -> None:
    """Asked as "Which organization reported …?" (not "which radio"), Coastal Radio stands
    beside the Ledger, the Herald or the Gazette, and no council or university."""
    asked = _asked(FIRE)
    stem = "Which organization reported that about 60 firefighters fought the Port Ellis "
    options = _options(asked, stem + "warehouse fire?", "Coastal Radio")
    assert options <= OUTLETS and len(options) >= 3
    assert not any("which radio" in s.lower() or "which ledger" in s.lower() for s in asked)


def test_no_reporter_is_offered_beside_a_council() -> None:
    """Every question keyed on an outlet offers outlets only; "According to the _____"
    offers only outlets the article writes with "the" (not "the Coastal Radio"), each shown
    without it, as the key is."""
    asked = _asked(FIRE)
    stem = "According to the _____, the Port Ellis warehouse had stood empty for several "
    options = _options(asked, stem + "years before the fire.", "Harbour Gazette")
    assert options == {"Harbour Gazette", "Daily Ledger", "Northern Herald"}
    for stem, (listed, key) in asked.items():
        if key in OUTLETS:
            assert not set(listed) & BODIES, stem
        if key in OUTLETS and "the _____" in stem.lower():
            assert "Coastal Radio" not in listed, stem


def test_too_few_reporters_refuse_the_question() -> None:
    """Only the Sentinel and Coastal Radio report, and Coastal Radio is in the question's
    own sentence: "reported by The _____" is not asked with a council, an authority and a
    university for its options."""
    asked = _asked(ATTACK)
    assert not any(key == "Sentinel" for _, key in asked.values())
    assert not any("reported by The _____" in stem for stem in asked)
    for options, key in asked.values():
        assert not (set(options) & BODIES and key in {"Sentinel", "Coastal Radio"})
