"""The SQLite store: documents, merged entities with their aliases, and claims with evidence.

One file, stdlib `sqlite3` only. Every write is one `BEGIN IMMEDIATE` transaction, so a
document's extraction is stored whole or not at all, and several processes can ingest into the
same file: the write lock is taken up front and the busy timeout makes the others wait for it
instead of failing. WAL mode lets readers go on reading while a writer writes.

A connection belongs to the thread that opened the store; other threads open their own store.
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from stakegraph.model import KINDS, RELATIONS, Claim, Document, Entity, Evidence, fold

BUSY_TIMEOUT_MS = 30_000

# Schema migrations, applied in order: script i brings the file from user_version i to i + 1.
# Append new scripts (e.g. ALTER TABLE ... ADD COLUMN); never edit one that has shipped.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE documents (
        id          TEXT PRIMARY KEY,      -- content hash (Document.id)
        name        TEXT NOT NULL,
        source      TEXT NOT NULL DEFAULT '',
        title       TEXT,
        published   TEXT,
        lang        TEXT,
        url         TEXT,
        text        TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE entities (
        id           TEXT PRIMARY KEY,
        key          TEXT NOT NULL UNIQUE, -- fold(name): where spellings of the name meet
        name         TEXT NOT NULL,
        kind         TEXT NOT NULL DEFAULT 'other',
        external_ids TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE aliases (
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        alias     TEXT NOT NULL,
        alias_key TEXT NOT NULL,
        PRIMARY KEY (entity_id, alias_key)
    );
    CREATE TABLE claims (
        id                TEXT PRIMARY KEY,
        subject_id        TEXT NOT NULL REFERENCES entities(id),
        relation          TEXT NOT NULL,
        object_id         TEXT NOT NULL REFERENCES entities(id),
        qualifiers        TEXT NOT NULL DEFAULT '{}',
        document_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sentence          TEXT NOT NULL,
        "start"           INTEGER NOT NULL,
        "end"             INTEGER NOT NULL,
        extractor         TEXT NOT NULL,
        extractor_version TEXT NOT NULL,
        confidence        REAL NOT NULL
    );
    CREATE INDEX claims_subject ON claims(subject_id);
    CREATE INDEX claims_object ON claims(object_id);
    CREATE INDEX claims_relation ON claims(relation);
    CREATE INDEX aliases_key ON aliases(alias_key);
    """,
]

# How many claims an entity takes part in: the ranking for ambiguous names and search results.
_CLAIM_COUNT = """
    (SELECT COUNT(*) FROM claims c WHERE c.subject_id = e.id)
  + (SELECT COUNT(*) FROM claims c WHERE c.object_id = e.id AND c.subject_id != e.id)
"""


@dataclass(frozen=True)
class StoredDocument:
    """A stored document without its text (fetch that with `SQLiteStore.document_text`)."""

    id: str
    name: str
    source: str
    title: str | None
    published: str | None
    lang: str | None
    url: str | None
    ingested_at: str


def _statements(script: str) -> Iterator[str]:
    """Split a script into statements. `executescript` would commit first, and a migration has
    to run inside the transaction that also checks and bumps the version."""
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \t\r\n;"):
                yield buffer
            buffer = ""
    if buffer.strip(" \t\r\n;"):
        raise ValueError(f"incomplete SQL statement in migration: {buffer.strip()!r}")


def _compatible(kind_a: str, kind_b: str) -> bool:
    return kind_a == kind_b or "other" in (kind_a, kind_b)


class SQLiteStore:
    def __init__(self, path: str | os.PathLike[str] = "stakegraph.db") -> None:
        self.path = str(path)
        if self.path != ":memory:" and not self.path.startswith("file:"):
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: the module starts no transactions behind our back; we issue
        # BEGIN IMMEDIATE / COMMIT ourselves.
        self._conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                     isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._migrate()
        except BaseException:
            self._conn.close()
            raise

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        # IMMEDIATE takes the write lock now (waiting up to the busy timeout) rather than at the
        # first write, where a lock upgrade could fail with SQLITE_BUSY without waiting.
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _migrate(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise RuntimeError(f"{self.path}: schema version {version} is newer than this "
                               f"stakegraph knows ({len(MIGRATIONS)})")
        while version < len(MIGRATIONS):
            with self._transaction() as conn:
                # Re-read under the write lock: another process may have migrated meanwhile.
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version >= len(MIGRATIONS):
                    break
                for statement in _statements(MIGRATIONS[version]):
                    conn.execute(statement)
                version += 1
                conn.execute(f"PRAGMA user_version = {version}")

    # -- writing ---------------------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,))
        return row.fetchone() is not None

    def add_extraction(self, document: Document, entities: list[Entity],
                       claims: list[Claim]) -> bool:
        """Store a document with what was extracted from it, all or nothing. Returns False (and
        stores nothing) if a document with the same text is already stored."""
        with self._transaction() as conn:
            inserted = conn.execute(
                "INSERT OR IGNORE INTO documents (id, name, source, title, published, lang, url,"
                " text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (document.id, document.name, document.source, document.title,
                 document.published, document.lang, document.url, document.text,
                 datetime.now(timezone.utc).isoformat(timespec="seconds")),
            ).rowcount
            if not inserted:
                return False

            # Longer names first, so that "Elon Musk" (alias "Musk") is stored before a bare
            # "Musk" from the same document looks for an entity carrying that alias.
            incoming = sorted(entities, key=lambda e: -len(e.key.split()))
            incoming += [e for c in claims for e in (c.subject, c.object)]
            # Resolve each name once, so all its mentions in this document land on one entity;
            # later objects with the same key only add their aliases and kind to it.
            stored_ids: dict[str, str] = {}
            for entity in incoming:
                stored_ids[entity.key] = self._merge_entity(entity, stored_ids.get(entity.key))

            for claim in claims:
                evidence = claim.evidence
                if evidence.document_id != document.id:
                    raise ValueError(f"claim {claim.id} cites document {evidence.document_id},"
                                     f" not {document.id}")
                conn.execute(
                    'INSERT OR IGNORE INTO claims (id, subject_id, relation, object_id,'
                    ' qualifiers, document_id, sentence, "start", "end", extractor,'
                    ' extractor_version, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                    (claim.id, stored_ids[claim.subject.key], claim.relation,
                     stored_ids[claim.object.key],
                     json.dumps(claim.qualifiers, ensure_ascii=False, sort_keys=True),
                     document.id, evidence.sentence, evidence.start, evidence.end,
                     claim.extractor, claim.extractor_version, claim.confidence),
                )
        return True

    def _merge_entity(self, entity: Entity, known_id: str | None = None) -> str:
        """Find or create the stored entity `entity` stands for (`known_id` if already resolved),
        merge kind, aliases and identifiers into it and return its id. Runs inside
        add_extraction's transaction."""
        key = entity.key
        if not key:
            raise ValueError(f"entity name {entity.name!r} has no letters or digits")
        if entity.kind not in KINDS:
            raise ValueError(f"unknown entity kind {entity.kind!r}")
        conn = self._conn
        new_aliases = list(entity.aliases)
        if known_id is not None:
            row = conn.execute("SELECT * FROM entities WHERE id = ?", (known_id,)).fetchone()
            new_aliases.insert(0, entity.name)  # a no-op if it is the stored name
        else:
            row = conn.execute("SELECT * FROM entities WHERE key = ?", (key,)).fetchone()
        if row is None:
            # A name that is a known alias of exactly one entity ("Musk") is that entity; if
            # several carry it, we cannot tell which one is meant and keep it apart.
            candidates = [
                r for r in conn.execute(
                    "SELECT DISTINCT e.* FROM entities e JOIN aliases a ON a.entity_id = e.id"
                    " WHERE a.alias_key = ?", (key,))
                if _compatible(r["kind"], entity.kind)
            ]
            if len(candidates) == 1:
                row = candidates[0]
                new_aliases.insert(0, entity.name)
        if row is None:
            conn.execute(
                "INSERT INTO entities (id, key, name, kind, external_ids) VALUES (?, ?, ?, ?, ?)",
                (entity.id, key, entity.name, entity.kind,
                 json.dumps(entity.external_ids, sort_keys=True)),
            )
            entity_id, entity_key = entity.id, key
        else:
            entity_id, entity_key = row["id"], row["key"]
            kind = entity.kind if row["kind"] == "other" else row["kind"]
            # Identifiers already stored win; new ones are added.
            external_ids = {**entity.external_ids, **json.loads(row["external_ids"])}
            conn.execute("UPDATE entities SET kind = ?, external_ids = ? WHERE id = ?",
                         (kind, json.dumps(external_ids, sort_keys=True), entity_id))
        for alias in new_aliases:
            alias_key = fold(alias)
            if alias_key and alias_key != entity_key:
                conn.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, alias_key)"
                             " VALUES (?, ?, ?)", (entity_id, alias, alias_key))
        return entity_id

    # -- entities --------------------------------------------------------------------------

    def _entity(self, row: sqlite3.Row) -> Entity:
        aliases = [a["alias"] for a in self._conn.execute(
            "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY rowid", (row["id"],))]
        return Entity(name=row["name"], kind=row["kind"], aliases=aliases,
                      external_ids=json.loads(row["external_ids"]))

    def _entity_row(self, name: str) -> sqlite3.Row | None:
        key = fold(name)
        if not key:
            return None
        row = self._conn.execute("SELECT * FROM entities WHERE key = ?", (key,)).fetchone()
        if row is None:
            row = self._conn.execute(
                f"SELECT e.*, {_CLAIM_COUNT} AS n FROM entities e"
                " WHERE e.id IN (SELECT entity_id FROM aliases WHERE alias_key = ?)"
                " ORDER BY n DESC, e.name LIMIT 1", (key,)).fetchone()
        return row

    def entities(self, kind: str | None = None) -> Iterator[Entity]:
        where, params = ("WHERE kind = ?", (kind,)) if kind is not None else ("", ())
        rows = self._conn.execute(f"SELECT * FROM entities {where} ORDER BY name, id",
                                  params).fetchall()
        aliases: dict[str, list[str]] = {}
        for a in self._conn.execute("SELECT entity_id, alias FROM aliases ORDER BY rowid"):
            aliases.setdefault(a["entity_id"], []).append(a["alias"])
        for row in rows:
            yield Entity(name=row["name"], kind=row["kind"], aliases=aliases.get(row["id"], []),
                         external_ids=json.loads(row["external_ids"]))

    def get_entity(self, name: str) -> Entity | None:
        """The entity called `name` (any spelling that folds alike), else the one carrying it
        as an alias; among several, the one with most claims."""
        row = self._entity_row(name)
        return self._entity(row) if row is not None else None

    def entity_by_id(self, entity_id: str) -> Entity | None:
        row = self._conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return self._entity(row) if row is not None else None

    def search_entities(self, query: str, limit: int = 20) -> list[Entity]:
        """Entities whose name or an alias contains `query` (folded), most claims first.
        A query with nothing left after folding (e.g. "%") finds nothing, not everything."""
        key = fold(query)
        if not key:
            return []
        # instr() rather than LIKE: no wildcards in the user's query to escape.
        rows = self._conn.execute(
            f"SELECT e.*, {_CLAIM_COUNT} AS n FROM entities e"
            " WHERE instr(e.key, :q) > 0"
            "    OR EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = e.id"
            "               AND instr(a.alias_key, :q) > 0)"
            " ORDER BY n DESC, length(e.key), e.name LIMIT :limit",
            {"q": key, "limit": limit}).fetchall()
        return [self._entity(row) for row in rows]

    # -- claims ----------------------------------------------------------------------------

    def claims(self, entity: str | None = None, relation: str | None = None) -> Iterator[Claim]:
        """Claims in the order they were stored; `entity` (a name or alias) as subject or
        object, and/or one relation."""
        conditions: list[str] = []
        params: list[str] = []
        if relation is not None:
            if relation not in RELATIONS:
                raise ValueError(f"unknown relation {relation!r}")
            conditions.append("c.relation = ?")
            params.append(relation)
        if entity is not None:
            row = self._entity_row(entity)
            if row is None:
                return
            conditions.append("(c.subject_id = ? OR c.object_id = ?)")
            params += [row["id"], row["id"]]
        where = "WHERE " + " AND ".join(conditions) if conditions else ""
        rows = self._conn.execute(
            f"SELECT c.*, d.name AS document_name FROM claims c"
            f" JOIN documents d ON d.id = c.document_id {where} ORDER BY c.rowid",
            params).fetchall()
        cache: dict[str, Entity] = {}

        def load(entity_id: str) -> Entity:
            if entity_id not in cache:
                cache[entity_id] = self._entity(self._conn.execute(
                    "SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone())
            return cache[entity_id]

        for row in rows:
            yield Claim(
                subject=load(row["subject_id"]),
                relation=row["relation"],
                object=load(row["object_id"]),
                evidence=Evidence(document_id=row["document_id"], sentence=row["sentence"],
                                  start=row["start"], end=row["end"],
                                  document_name=row["document_name"]),
                qualifiers=json.loads(row["qualifiers"]),
                confidence=row["confidence"],
                extractor=row["extractor"],
                extractor_version=row["extractor_version"],
            )

    # -- documents -------------------------------------------------------------------------

    _DOCUMENT_COLUMNS = "id, name, source, title, published, lang, url, ingested_at"

    def documents(self) -> Iterator[StoredDocument]:
        rows = self._conn.execute(
            f"SELECT {self._DOCUMENT_COLUMNS} FROM documents ORDER BY rowid").fetchall()
        for row in rows:
            yield StoredDocument(**dict(row))

    def document(self, document_id: str) -> StoredDocument | None:
        row = self._conn.execute(f"SELECT {self._DOCUMENT_COLUMNS} FROM documents WHERE id = ?",
                                 (document_id,)).fetchone()
        return StoredDocument(**dict(row)) if row is not None else None

    def document_text(self, document_id: str) -> str | None:
        row = self._conn.execute("SELECT text FROM documents WHERE id = ?",
                                 (document_id,)).fetchone()
        return row["text"] if row is not None else None

    # -- summary ---------------------------------------------------------------------------

    def revision(self) -> tuple[int, int, int]:
        """Changes whenever a document is added (rows are only ever added): lets a reader that
        keeps a graph in memory tell whether it must reload."""
        row = self._conn.execute(
            "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM entities),"
            " (SELECT COALESCE(MAX(rowid), 0) FROM claims)").fetchone()
        return (row[0], row[1], row[2])

    def stats(self) -> dict:
        def count(table: str) -> int:  # table names are ours, never user input
            return self._conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

        by_relation = {r["relation"]: r["n"] for r in self._conn.execute(
            "SELECT relation, COUNT(*) AS n FROM claims GROUP BY relation ORDER BY relation")}
        return {"documents": count("documents"), "entities": count("entities"),
                "claims": count("claims"), "claims_by_relation": by_relation}
