"""A surname with an apostrophe ("O'Connell", "D'Arcy") is a person's, whatever label the
model gives it: after "Maeve O'Connell" the article's "O'Connell joined …" is hers, and so is
its "she". A name of that shape opening a longer name ("O'Hare Airport") or a possessive
("McDonald's") stays what it is."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from questions.generate import generate
from questions.generate.apostrophes import mend_apostrophe_names
from questions.generate.dates import ArticleDate
from questions.generate.persons import Cast
from questions.generate.render import join
from questions.generate.replacements import replacements

OBITUARY = """Irish folk singer Maeve O'Connell dies at 71

Tuesday, March 4, 2025

On Sunday, 71-year-old Maeve O'Connell, lead singer of the Irish folk group The Curlew \
Stones, died at her home in Galway, her manager Aidan Keogh said.

O'Connell joined the group in 1974 and wrote most of its songs. The group released nine \
albums with her, and O'Connell recorded three solo albums in the 1990s. In 2002, O'Connell \
said she had been treated for throat cancer. She was fined €2000 after she missed a court \
date in 2008.

Born in Tralee in 1953, O'Connell was the youngest of eight children. She is survived by two \
daughters and her husband, the fiddler Colm Ryan.
"""


def _people(nlp: Any, *texts: str) -> list[list[str]]:
    """Return each text's PERSON entities after the mending, the texts read as one article."""
    docs = [nlp(text) for text in texts]
    mend_apostrophe_names(docs)
    return [[e.text for e in doc.ents if e.label_ == "PERSON"] for doc in docs]


def test_the_surname_said_alone_after_the_full_name_is_the_person(nlp: Any) -> None:
    people = _people(nlp, "Maeve O'Connell sang in Galway.", "O'Connell joined the group in 1974.")
    assert people == [["Maeve O'Connell"], ["O'Connell"]]


def test_a_listed_first_name_the_model_leaves_out_is_part_of_the_name(nlp: Any) -> None:
    text = "Dolores D'Arcy is survived by two daughters. D'Arcy wrote six books."
    doc = nlp(text)
    # the model reads "Dolores" as a plural noun beside the surname: build that parse
    words = [t.text for t in doc]
    ents = ["O" if t.i == 0 else t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "")
            for t in doc]  # fmt: skip
    ents[1] = "B-PERSON"
    ents[words.index("D'Arcy", 2)] = "B-ORG"
    built = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc],
                pos=["NOUN", *(t.pos_ for t in doc[1:])], tags=[t.tag_ for t in doc],
                heads=[t.head.i for t in doc], deps=[t.dep_ for t in doc], ents=ents,
                sent_starts=[t.is_sent_start for t in doc])  # fmt: skip
    mend_apostrophe_names([built])
    assert [(e.text, e.label_) for e in built.ents if "Arcy" in e.text] == [
        ("Dolores D'Arcy", "PERSON"),
        ("D'Arcy", "PERSON"),
    ]


def test_an_airport_a_chain_or_a_house_is_no_person(nlp: Any) -> None:
    texts = ["Flights at O'Hare Airport were cut, and Domino's and McDonald's shut.",
             "They sold the O'Hare house last year."]  # fmt: skip
    docs = [nlp("Sean O'Hare flew home."), *map(nlp, texts)]
    read = [[(e.text, e.label_) for e in doc.ents] for doc in docs[1:]]
    mend_apostrophe_names(docs)
    assert [[(e.text, e.label_) for e in doc.ents] for doc in docs[1:]] == read  # as the model read


def test_a_surname_named_before_its_full_name_is_left_as_read(nlp: Any) -> None:
    assert _people(nlp, "O'Connell joined the group.", "Maeve O'Connell sang.")[0] == []


def test_a_date_resolved_keeps_the_person_misparsed_as_its_aside(nlp: Any) -> None:
    words = ["On", "Sunday", ",", "71", "-", "year", "-", "old", "Maeve", "O'Connell", ",",
             "the", "singer", ",", "died", "."]  # fmt: skip
    doc = Doc(nlp.vocab, words=words,
              spaces=[True, False, True, False, False, False, False, True, True, False, True,
                      True, False, True, False, False],
              tags=["IN", "NNP", ",", "CD", "HYPH", "NN", "HYPH", "JJ", "NNP", "NNP", ",", "DT",
                    "NN", ",", "VBD", "."],
              pos=["ADP", "PROPN", "PUNCT", "NUM", "PUNCT", "NOUN", "PUNCT", "ADJ", "PROPN",
                   "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"],
              heads=[14, 0, 1, 5, 5, 7, 7, 9, 9, 1, 14, 12, 14, 14, 14, 14],
              deps=["prep", "pobj", "punct", "nummod", "punct", "npadvmod", "punct", "amod",
                    "compound", "appos", "punct", "det", "nsubj", "punct", "ROOT", "punct"],
              ents=["O", "B-DATE", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE",
                    "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"],
              sent_starts=[True] + [False] * 15)  # fmt: skip
    replace = replacements(doc[:], ArticleDate(year=2025, month=3, day=4), {}, Cast())
    assert replace is not None
    said = join(list(doc), replace)
    assert said == "on March 2, 2025, 71-year-old Maeve O'Connell, the singer, died."


def test_an_obituary_asks_about_her_by_her_surname_and_pronouns() -> None:
    quiz = generate(OBITUARY, slug="o", title="O").qset
    stems = [q.text.splitlines()[-1] for q in quiz.questions]
    assert "In which year did Maeve O'Connell join the Curlew Stones?" in stems
    fined = [s for s in stems if "fined" in s]
    assert fined and all("after she missed" in s for s in fined)  # named once, then "she"
