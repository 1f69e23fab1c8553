"""A person subject named with their body ("Jane Roe of the Bergen Institute said …") is asked
"Who at the Bergen Institute said …?", not left as one blank: the body stays as context,
after "at" (a body), "from" (a place), and is dropped where it holds the key's own name."""

from __future__ import annotations

from questions.generate import generate
from questions.generate.nlp import load_nlp
from tests.generate.generate_checks import asked_wh

ARTICLE = (
    "Seals return to northern bay\n\n"
    "Tuesday, March 4, 2031\n\n"
    "Grey seals have returned to the Lofoten bay in large numbers this winter, researchers "
    "said on Monday. Maria Olsen of the Bergen Institute said the number of seals in the bay "
    "had doubled since 2010. A survey by boat counted 400 seals in February. Dr. Anna Lind of "
    "the Tromso Museum has reported a link between the seals and warmer water in the fjord. "
    "The study was a joint project between Lena Dahl of the Oslo Marine Centre and Karl Berg "
    "of Fjord Diving, a firm that runs diving trips. Berg said the divers had seen seal pups "
    "for the first time in March. Fishermen in the bay said their catches of cod had fallen "
    "by a third. Olsen said the fish stocks were still healthy."
)


def _questions() -> dict[str, tuple[str, list[str]]]:
    """Return each question's last line with its key and options."""
    result = generate(ARTICLE, slug="seals", title="Seals return to northern bay")
    return {q.text.splitlines()[-1]: (q.correct_option, list(q.options))
            for q in result.qset.questions}  # fmt: skip


def test_a_subject_of_a_body_is_asked_who_at_the_body() -> None:
    """ "Maria Olsen of the Bergen Institute said …": "Who at the Bergen Institute said …?",
    its options the article's people, and no blank before "of the Bergen Institute"."""
    asked = _questions()
    said = (
        "Who at the Bergen Institute said the number of seals in the Lofoten bay had doubled "
        "since 2010?"
    )
    found, options = asked[said]
    assert found == "Maria Olsen" and len(options) >= 3
    # people, not the bodies the question names
    assert not any(w in o for o in options for w in ("Institute", "Museum", "Diving"))
    assert not any("_____ of the" in line for line in asked)


def test_a_person_named_as_an_object_keeps_the_blank() -> None:
    """ "a project between Lena Dahl of X and Karl Berg of Y": no "who at" question is made
    of an object's body ("Who at the Oslo Marine Centre …" would not read)."""
    assert not any("Oslo Marine Centre?" in line or line.startswith("Who at the Oslo")
                   for line in _questions())  # fmt: skip


def test_the_phrase_takes_the_preposition_its_kind_reads_with() -> None:
    """A lower-case body takes "at", a city or a party "from"; a body named after the key is
    dropped."""
    nlp = load_nlp()
    text = "Dr. Anna Lind of the Tromso Museum has reported a link between seals and warm water."
    museum, _ = asked_wh(nlp, text, "Anna Lind")
    assert museum == "Who at the Tromso Museum has reported a link between seals and warm water?"
    council, _ = asked_wh(nlp, "Jane Roe of the city council said the bridge would close.",
                          "Jane Roe")  # fmt: skip
    assert council == "Who at the city council said the bridge would close?"
    city, _ = asked_wh(nlp, "Jane Roe of Boston said the bridge would close.", "Jane Roe")
    assert city == "Who from Boston said the bridge would close?"
    party, _ = asked_wh(nlp, "Jane Roe of the Labour Party said the bridge would close.",
                        "Jane Roe")  # fmt: skip
    assert party == "Who from the Labour Party said the bridge would close?"  # not "at"
    own, _ = asked_wh(nlp, "Jane Roe of Roe Partners said the firm would close.", "Jane Roe")
    assert own == "Who said the firm would close?"


def test_a_concession_states_its_fact_and_a_condition_does_not() -> None:
    """ "…, though Anna Lind of X has counted 30 seals" says she has: it is asked; "… if
    Anna Lind counts the seals" says nothing happened: it is not."""
    nlp = load_nlp()
    north = "The survey found no seals in the north"
    though, _ = asked_wh(nlp, f"{north}, though Anna Lind of the Tromso Museum has counted 30 "
                         "seals near the pier.", "Anna Lind")  # fmt: skip
    assert though == "Who at the Tromso Museum has counted 30 seals near the pier?"
    text = "The survey will find no seals if Anna Lind of the Tromso Museum counts the seals."
    assert asked_wh(nlp, text, "Anna Lind")[0] is None
