"""Shared test data: a small store written by hand, with the markup, quotes and formula-like text
that real articles can carry, for the exports, the report and the web page."""
from __future__ import annotations

from pathlib import Path

import pytest

from stakegraph.model import Claim, Document, Entity, Evidence
from stakegraph.store import open_store

HOSTILE_TITLE = 'Funding <script>window.__pwned = "title"</script> news'
HOSTILE_SENTENCE = ('Sequoia Capital also invested in Kestrel Labs '
                    '<img src=x onerror="window.__pwned = \'sentence\'">.')
FORMULA_SENTENCE = '=HYPERLINK("http://evil.example") Anna Roe leads Nordlicht "AI" GmbH.'

SEQUOIA = Entity("Sequoia Capital", "organization", ["Sequoia"])
NORDLICHT = Entity('Nordlicht "AI" GmbH', "organization", ["Nordlicht"])
KESTREL = Entity("Kestrel Labs", "organization", ["Kestrel <b>Labs</b>"])
ANNA = Entity("Anna Roe", "person", ["Roe"])
BEN = Entity("Ben Roe", "person")
HAMBURG = Entity("Hamburg", "place")

# (sentence, subject, relation, object, qualifiers, confidence)
FACTS = [
    ('Sequoia Capital led a $1.3 billion round in Nordlicht "AI" GmbH in March 2024.',
     SEQUOIA, "invested_in", NORDLICHT,
     {"amount": {"value": 1300000000, "currency": "USD"}, "lead": True, "date": "2024-03"}, 0.8),
    (HOSTILE_SENTENCE, SEQUOIA, "invested_in", KESTREL, {}, 0.8),
    ("Nordlicht competes with Kestrel Labs.", NORDLICHT, "competes_with", KESTREL, {}, 0.8),
    (FORMULA_SENTENCE, ANNA, "leads", NORDLICHT, {"role": "CEO"}, 0.8),
    ("Anna Roe sued Kestrel Labs; she said: \"enough\".", ANNA, "sued", KESTREL,
     {"court": "Landgericht Hamburg"}, 0.8),
    ("Anna Roe is the sister of Ben Roe.", ANNA, "family_of", BEN, {"kind": "sister"}, 0.8),
    ("Ben Roe is the mayor of Hamburg.", BEN, "holds_office", HAMBURG, {"role": "mayor"}, 0.8),
    ("Ben Roe praised Sequoia Capital, according to a report.", BEN, "endorses", SEQUOIA, {},
     0.6),
]


def hostile_document() -> tuple[Document, list[Claim]]:
    text = " ".join(sentence for sentence, *_ in FACTS)
    document = Document(text=text, name="funding.txt", source="funding.txt", title=HOSTILE_TITLE,
                        published="2024-11-20", lang="en",
                        url="https://example.com/funding?a=1&b=<2>")
    claims = []
    for sentence, subject, relation, obj, qualifiers, confidence in FACTS:
        start = text.index(sentence)
        claims.append(Claim(subject, relation, obj,
                            Evidence(document.id, sentence, start, start + len(sentence),
                                     document.name),
                            qualifiers=dict(qualifiers), confidence=confidence))
    return document, claims


@pytest.fixture
def hostile_store(tmp_path) -> Path:
    """A store holding one hand-written document with the facts above."""
    path = tmp_path / "hostile.db"
    document, claims = hostile_document()
    with open_store(path) as store:
        store.add_extraction(document, [SEQUOIA, NORDLICHT, KESTREL, ANNA, BEN, HAMBURG], claims)
    return path
