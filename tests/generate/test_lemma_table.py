"""lemminflect's lemma table packed small: every word answers as lemminflect's own table."""

from __future__ import annotations

import gzip
from pathlib import Path

from lemminflect import config, getAllLemmas, getLemma
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec

from questions.generate.lemmatable import LemmaTable, install, read_entries, unpack


def test_every_word_unpacks_as_lemminflect_loads_it() -> None:
    loaded = LemmaLUCodec.load(config.lemma_lu_fn)
    table = LemmaTable(config.lemma_lu_fn)
    assert len(read_entries(config.lemma_lu_fn)) == len(loaded)
    for word, lemmas in loaded.items():
        # the same parts of speech in the same order, each with the same spellings
        assert list(table.get(word, {}).items()) == list(lemmas.items()), word
    assert table.get("qzxv", {}) == {}


def test_a_later_line_adds_a_part_or_replaces_one(tmp_path: Path) -> None:
    made_up = tmp_path / "lemmas.csv.gz"
    lines = "brisks,verb,brisk\nbrisks,noun,brisk\nbrisks,verb,briskle/brisk\nglims,modal,glim\n"
    made_up.write_bytes(gzip.compress(lines.encode()))
    entries = read_entries(str(made_up))
    assert unpack(entries["brisks"]) == {"VERB": ("briskle", "brisk"), "NOUN": ("brisk",)}
    assert unpack(entries["glims"]) == {"AUX": ("glim",)}  # a modal is lemminflect's AUX


def test_lemminflect_answers_the_same_with_the_packed_table() -> None:
    install()
    assert getAllLemmas("Running") == {"VERB": ("Run",), "NOUN": ("Running",)}
    assert getLemma("geese", upos="NOUN") == ("goose",)
    assert getLemma("blorfed", upos="VERB") == ("blorf",)  # unknown: lemminflect's rules
