"""The SQLite store, on real database files."""
from __future__ import annotations

import multiprocessing
import sqlite3
from dataclasses import replace

import pytest

from stakegraph.model import Claim, Document, Entity, Evidence
from stakegraph.store import SQLiteStore, StoredDocument, open_store


def make_claim(doc: Document, subject: Entity, relation: str, obj: Entity, sentence: str,
               **kwargs) -> Claim:
    start = doc.text.index(sentence)
    return Claim(subject, relation, obj, Evidence(doc.id, sentence, start, start + len(sentence)),
                 **kwargs)


def tesla_doc() -> tuple[Document, list[Entity], list[Claim]]:
    text = ("Elon Musk leads Tesla. Musk invested $6 billion in xAI in 2024. "
            "Tesla competes with BYD.")
    doc = Document(text=text, name="tesla.txt", source="test", title="Tesla news",
                   published="2024-11-20", lang="en", url="https://example.com/tesla")
    musk = Entity("Elon Musk", "person", aliases=["Musk"])
    tesla = Entity("Tesla", "organization", aliases=["Tesla Inc."])
    xai = Entity("xAI", "organization")
    byd = Entity("BYD", "organization")
    claims = [
        make_claim(doc, musk, "leads", tesla, "Elon Musk leads Tesla."),
        make_claim(doc, musk, "invested_in", xai, "Musk invested $6 billion in xAI in 2024.",
                   qualifiers={"amount": 6e9, "currency": "USD", "year": 2024, "note": "für €"},
                   confidence=0.9, extractor="pattern", extractor_version="1.2"),
        # Subject and object only equal by key to the listed entities, not the same objects.
        make_claim(doc, Entity("TESLA", "organization"), "competes_with", Entity("byd"),
                   "Tesla competes with BYD."),
    ]
    return doc, [musk, tesla, xai, byd], claims


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "graph.db") as s:
        yield s


def test_open_store_sets_up_schema_and_pragmas(tmp_path):
    path = tmp_path / "sub" / "graph.db"
    with open_store(path) as s:
        assert isinstance(s, SQLiteStore)
        conn = s._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 30_000
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        indexes = {r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE type='index'")
                   if r[0]}
    assert version >= 1
    assert {"documents", "entities", "aliases", "claims"} <= tables
    assert any("claims(subject_id)" in sql for sql in indexes)
    assert any("aliases(alias_key)" in sql for sql in indexes)
    # Reopening does not re-run migrations (CREATE TABLE would fail if it did).
    with open_store(path) as s:
        assert s._conn.execute("PRAGMA user_version").fetchone()[0] == version


def test_add_and_read_back(store):
    doc, entities, claims = tesla_doc()
    assert not store.has_document(doc.id)
    assert store.add_extraction(doc, entities, claims) is True
    assert store.has_document(doc.id)

    stored = store.document(doc.id)
    assert isinstance(stored, StoredDocument)
    assert (stored.id, stored.name, stored.source, stored.title, stored.published, stored.lang,
            stored.url) == (doc.id, "tesla.txt", "test", "Tesla news", "2024-11-20", "en",
                            "https://example.com/tesla")
    assert stored.ingested_at
    assert not hasattr(stored, "text")
    assert store.document_text(doc.id) == doc.text
    assert [d.id for d in store.documents()] == [doc.id]
    assert store.document("nope") is None and store.document_text("nope") is None

    read = list(store.claims())
    assert len(read) == 3
    by_relation = {c.relation: c for c in read}
    invest = by_relation["invested_in"]
    assert invest.subject.name == "Elon Musk" and invest.subject.kind == "person"
    assert invest.subject.aliases == ["Musk"]
    assert invest.object.name == "xAI"
    assert invest.qualifiers == {"amount": 6e9, "currency": "USD", "year": 2024, "note": "für €"}
    assert (invest.confidence, invest.extractor, invest.extractor_version) == (0.9, "pattern",
                                                                               "1.2")
    ev = invest.evidence
    assert ev.document_id == doc.id and ev.document_name == "tesla.txt"
    assert doc.text[ev.start:ev.end] == ev.sentence == "Musk invested $6 billion in xAI in 2024."
    assert invest.id == claims[1].id
    # The key-equal stand-ins were mapped onto the stored entities.
    competes = by_relation["competes_with"]
    assert (competes.subject.name, competes.object.name) == ("Tesla", "BYD")
    assert competes.object.kind == "organization"
    assert {e.name for e in store.entities()} == {"Elon Musk", "Tesla", "xAI", "BYD"}
    assert [e.name for e in store.entities(kind="person")] == ["Elon Musk"]


def test_readding_same_document_changes_nothing(store):
    doc, entities, claims = tesla_doc()
    assert store.add_extraction(doc, entities, claims)
    before = store.stats()
    # Same text under another name is the same document (content hash).
    again = replace(doc, name="copy.txt")
    extra = Entity("Someone New", "person")
    assert store.add_extraction(again, entities + [extra], claims) is False
    assert store.stats() == before
    assert store.get_entity("Someone New") is None
    assert store.document(doc.id).name == "tesla.txt"


def test_same_entity_from_two_documents_is_merged(store):
    doc1, entities, claims = tesla_doc()
    store.add_extraction(doc1, entities, claims)
    doc2 = Document(text="TESLA, INC. and Tesla Motors report. Tesla sued BYD.", name="b.txt")
    tesla2 = Entity("tesla", "organization", aliases=["Tesla Motors", "Tesla Inc"],
                    external_ids={"wikidata": "Q478214"})
    byd2 = Entity("BYD", "organization")
    assert store.add_extraction(doc2, [tesla2, byd2],
                                [make_claim(doc2, tesla2, "sued", byd2, "Tesla sued BYD.")])
    teslas = [e for e in store.entities() if e.key == "tesla"]
    assert len(teslas) == 1
    tesla = teslas[0]
    assert tesla.name == "Tesla"  # the first spelling stays the name
    # "Tesla Inc" folds like "Tesla Inc." and is not duplicated.
    assert tesla.aliases == ["Tesla Inc.", "Tesla Motors"]
    assert tesla.external_ids == {"wikidata": "Q478214"}
    assert store.stats()["entities"] == 4
    assert len(list(store.claims(entity="Tesla Motors"))) == 3


def test_kind_other_is_upgraded(store):
    doc1 = Document(text="Acme sued Globex.", name="1")
    acme, globex = Entity("Acme"), Entity("Globex", "organization")
    store.add_extraction(doc1, [acme, globex], [make_claim(doc1, acme, "sued", globex,
                                                           "Acme sued Globex.")])
    assert store.get_entity("acme").kind == "other"
    doc2 = Document(text="Acme Corp is a firm.", name="2")
    store.add_extraction(doc2, [Entity("ACME", "organization")], [])
    assert store.get_entity("Acme").kind == "organization"
    # A specific kind is not overwritten by another one.
    doc3 = Document(text="Acme the person.", name="3")
    store.add_extraction(doc3, [Entity("Acme", "person")], [])
    assert store.get_entity("Acme").kind == "organization"


def test_surname_maps_to_the_entity_with_that_alias(store):
    doc1, entities, claims = tesla_doc()
    store.add_extraction(doc1, entities, claims)
    doc2 = Document(text="Musk bought Twitter.", name="twitter.txt")
    musk, twitter = Entity("Musk", "person"), Entity("Twitter", "organization")
    assert store.add_extraction(doc2, [musk, twitter],
                                [make_claim(doc2, musk, "acquired", twitter,
                                            "Musk bought Twitter.")])
    assert store.stats()["entities"] == 5  # Twitter is new, Musk is not
    assert [e.name for e in store.entities(kind="person")] == ["Elon Musk"]
    acquired = list(store.claims(relation="acquired"))
    assert len(acquired) == 1
    assert acquired[0].subject.name == "Elon Musk"
    assert acquired[0].evidence.document_name == "twitter.txt"


def test_ambiguous_or_incompatible_alias_makes_a_new_entity(store):
    doc1 = Document(text="Elon Musk and Kimbal Musk lead Tesla. Paris, the city.", name="1")
    elon = Entity("Elon Musk", "person", aliases=["Musk"])
    kimbal = Entity("Kimbal Musk", "person", aliases=["Musk"])
    tesla = Entity("Tesla", "organization")
    paris = Entity("Paris", "place", aliases=["Paname"])
    claims = [make_claim(doc1, elon, "leads", tesla, "Elon Musk and Kimbal Musk lead Tesla.")]
    store.add_extraction(doc1, [elon, kimbal, tesla, paris], claims)
    doc2 = Document(text="Musk spoke. Paname, a person.", name="2")
    store.add_extraction(doc2, [Entity("Musk", "person"), Entity("Paname", "person")], [])
    names = {e.name for e in store.entities()}
    assert {"Musk", "Paname"} <= names  # two Musks carry the alias; a place is no person
    assert len(names) == 6
    # get_entity prefers the exact name, then the alias holder with most claims.
    assert store.get_entity("musk").name == "Musk"
    assert store.get_entity("Paname").name == "Paname"
    assert store.get_entity("Paris").aliases == ["Paname"]


def test_get_entity_prefers_alias_holder_with_most_claims(store):
    doc = Document(text="Elon Musk leads Tesla. Kimbal Musk sits on the board. X.", name="1")
    elon = Entity("Elon Musk", "person", aliases=["Musk"])
    kimbal = Entity("Kimbal Musk", "person", aliases=["Musk"])
    tesla, x = Entity("Tesla", "organization"), Entity("X", "organization")
    store.add_extraction(doc, [elon, kimbal, tesla, x], [
        make_claim(doc, kimbal, "board_member_of", tesla, "Kimbal Musk sits on the board."),
        make_claim(doc, elon, "leads", tesla, "Elon Musk leads Tesla."),
        make_claim(doc, elon, "owns", x, "X."),
    ])
    assert store.get_entity("MUSK").name == "Elon Musk"
    assert store.get_entity("kimbal musk").name == "Kimbal Musk"
    assert store.get_entity("Nobody") is None
    assert store.get_entity("...") is None


class ExplodingClaim(Claim):
    @property
    def id(self) -> str:
        raise RuntimeError("boom")


def test_failed_add_leaves_store_unchanged(store):
    doc1, entities, claims = tesla_doc()
    store.add_extraction(doc1, entities, claims)
    before = store.stats()
    doc2 = Document(text="Musk founded SpaceX. SpaceX partners with NASA.", name="space.txt")
    musk, spacex, nasa = (Entity("Musk", "person", aliases=["Elon"]),
                          Entity("SpaceX", "organization"), Entity("NASA", "organization"))
    good = make_claim(doc2, musk, "founded", spacex, "Musk founded SpaceX.")
    bad = ExplodingClaim(spacex, "partner_of", nasa,
                         Evidence(doc2.id, "SpaceX partners with NASA.", 21, 47))
    with pytest.raises(RuntimeError, match="boom"):
        store.add_extraction(doc2, [musk, spacex, nasa], [good, bad])
    assert store.stats() == before
    assert not store.has_document(doc2.id)
    assert store.get_entity("SpaceX") is None
    assert store.get_entity("Elon Musk").aliases == ["Musk"]  # alias "Elon" not added
    # The connection is usable afterwards and the same document can then be stored.
    assert store.add_extraction(doc2, [musk, spacex, nasa], [good])
    assert store.stats()["documents"] == before["documents"] + 1
    assert store.get_entity("Elon Musk").aliases == ["Musk", "Elon"]


def test_claim_citing_another_document_is_rejected(store):
    doc1, entities, claims = tesla_doc()
    doc2 = Document(text="Other text.", name="other")
    with pytest.raises(ValueError):
        store.add_extraction(doc2, entities, claims)
    assert store.stats()["documents"] == 0 and store.stats()["entities"] == 0


def test_claims_filter_by_entity_alias_and_relation(store):
    doc, entities, claims = tesla_doc()
    store.add_extraction(doc, entities, claims)
    assert {c.relation for c in store.claims(entity="musk")} == {"leads", "invested_in"}
    assert {c.relation for c in store.claims(entity="Tesla Inc.")} == {"leads", "competes_with"}
    # Object side too.
    assert [c.relation for c in store.claims(entity="BYD")] == ["competes_with"]
    assert [c.object.name for c in store.claims(entity="Musk", relation="leads")] == ["Tesla"]
    assert list(store.claims(entity="Nobody")) == []
    assert list(store.claims(relation="sued")) == []
    with pytest.raises(ValueError):
        list(store.claims(relation="likes"))


def test_stats(store):
    assert store.stats() == {"documents": 0, "entities": 0, "claims": 0,
                             "claims_by_relation": {}}
    doc, entities, claims = tesla_doc()
    store.add_extraction(doc, entities, claims)
    assert store.stats() == {
        "documents": 1, "entities": 4, "claims": 3,
        "claims_by_relation": {"competes_with": 1, "invested_in": 1, "leads": 1},
    }


def test_search_entities(store):
    doc, entities, claims = tesla_doc()
    store.add_extraction(doc, entities, claims)
    doc2 = Document(text="Teslabs exists.", name="2")
    store.add_extraction(doc2, [Entity("Teslabs", "organization")], [])
    # Tesla (2 claims) ranks above Teslabs (0).
    assert [e.name for e in store.search_entities("TESL")] == ["Tesla", "Teslabs"]
    assert [e.name for e in store.search_entities("tesl", limit=1)] == ["Tesla"]
    # Matches on alias keys too.
    assert [e.name for e in store.search_entities("inc")] == ["Tesla"]
    assert [e.name for e in store.search_entities("mus")] == ["Elon Musk"]
    # No LIKE wildcards: "_" is a literal character, and an empty query finds nothing.
    assert store.search_entities("t_sla") == []
    assert store.search_entities("%") == [] and store.search_entities("") == []
    assert store.search_entities("zzz") == []


def _ingest_worker(path: str, worker: int, count: int, start) -> None:
    with open_store(path) as s:
        start.wait(timeout=60)  # both connections open, then write at the same time
        shared = Entity("Shared Corp", "organization", aliases=[f"Shared {worker}"])
        for i in range(count):
            doc = Document(text=f"Worker {worker} article {i}: Person {worker}-{i} backs Shared.",
                           name=f"w{worker}-{i}.txt")
            person = Entity(f"Person {worker}-{i}", "person")
            claim = make_claim(doc, person, "supports", shared, doc.text)
            assert s.add_extraction(doc, [person, shared], [claim])


def test_two_processes_ingest_concurrently(tmp_path):
    path = str(tmp_path / "shared.db")
    ctx = multiprocessing.get_context("spawn")  # a fresh interpreter and connection each
    start = ctx.Barrier(2)
    workers = [ctx.Process(target=_ingest_worker, args=(path, w, 20, start)) for w in (1, 2)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(timeout=120)
    assert [p.exitcode for p in workers] == [0, 0]
    with open_store(path) as s:
        docs = list(s.documents())
        assert len(docs) == 40 and len({d.id for d in docs}) == 40
        stats = s.stats()
        assert stats["documents"] == 40 and stats["claims"] == 40
        assert stats["entities"] == 41  # 40 people and one shared company
        assert sorted(s.get_entity("Shared Corp").aliases) == ["Shared 1", "Shared 2"]
        assert s._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 40
    finally:
        conn.close()


def test_readers_keep_reading_while_a_writer_writes(tmp_path):
    path = tmp_path / "wal.db"
    doc, entities, claims = tesla_doc()
    with open_store(path) as writer, open_store(path) as reader:
        writer.add_extraction(doc, entities, claims)
        writer._conn.execute("BEGIN IMMEDIATE")  # hold the write lock, uncommitted
        try:
            writer._conn.execute("DELETE FROM claims")
            # The reader sees the last committed state and is not blocked by the writer.
            assert reader.stats()["claims"] == 3
            assert len(list(reader.claims(entity="Musk"))) == 2
        finally:
            writer._conn.execute("ROLLBACK")
