"""The data model, declared once: documents, entities, claims, evidence, conflicts, and the
relation vocabulary. Every other stage imports its types from here."""
from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

KINDS = ("person", "organization", "place", "other")


@dataclass(frozen=True)
class Relation:
    name: str
    subject_kinds: tuple[str, ...]
    object_kinds: tuple[str, ...]
    symmetric: bool = False
    # The relations that put money or control into the object: the stakes conflict rules look at.
    stake: bool = False
    label: str = ""


_PO = ("person", "organization")
RELATIONS: dict[str, Relation] = {
    r.name: r
    for r in [
        Relation("invested_in", _PO, ("organization",), stake=True, label="invested in"),
        Relation("founded", _PO, ("organization",), label="founded"),
        Relation("leads", ("person",), ("organization",), label="leads"),
        Relation("board_member_of", ("person",), ("organization",), label="sits on the board of"),
        Relation("employed_by", ("person",), ("organization",), label="works for"),
        Relation("owns", _PO + ("place",), ("organization", "other"), stake=True, label="owns"),
        Relation("acquired", _PO, ("organization", "other"), stake=True, label="acquired"),
        Relation("sued", _PO + ("place",), _PO, label="sued"),
        Relation("competes_with", ("organization",), ("organization",), symmetric=True,
                 label="competes with"),
        Relation("partner_of", ("organization",), ("organization",), symmetric=True,
                 label="is a partner of"),
        Relation("family_of", ("person",), ("person",), symmetric=True, label="is family of"),
        Relation("supports", _PO, _PO, label="supports"),
        Relation("holds_office", ("person",), ("organization", "place"), label="holds office in"),
        Relation("endorses", _PO, _PO, label="endorses"),
        Relation("criticizes", _PO, _PO, label="criticizes"),
    ]
}


@functools.lru_cache(maxsize=1 << 18)  # Entity.key asks for it constantly; a big store has 200k names
def fold(name: str) -> str:
    """The key under which two spellings of one name meet: case, accents of width, punctuation."""
    text = unicodedata.normalize("NFKC", name).casefold().replace("\u2019", "'").replace("ß", "ss")
    text = re.sub(r"[^\w&+' ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def short_hash(*parts: str, length: int = 16) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True)
class Document:
    """One article. `name` is what `extract` reports as `doc`: the file name, or a record's id."""

    text: str
    name: str
    source: str = ""
    title: str | None = None
    published: str | None = None  # ISO date: 2024, 2024-11 or 2024-11-20
    lang: str | None = None
    url: str | None = None

    @functools.cached_property  # hashing a long text for every claim made from it adds up
    def id(self) -> str:
        """Content hash: the same text read twice is the same document."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Entity:
    name: str
    kind: str = "other"
    aliases: list[str] = field(default_factory=list)
    external_ids: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return fold(self.name)

    @property
    def id(self) -> str:
        return "e" + short_hash(self.key, length=15)

    def add_alias(self, alias: str) -> None:
        if fold(alias) != self.key and all(fold(alias) != fold(a) for a in self.aliases):
            self.aliases.append(alias)


@dataclass(frozen=True)
class Evidence:
    """Where a claim was read: the sentence and its character offsets in the document text."""

    document_id: str
    sentence: str
    start: int
    end: int
    document_name: str = ""


@dataclass
class Claim:
    subject: Entity
    relation: str
    object: Entity
    evidence: Evidence
    qualifiers: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.8
    extractor: str = "rules"
    extractor_version: str = "0"

    def __post_init__(self) -> None:
        if self.relation not in RELATIONS:
            raise ValueError(f"unknown relation {self.relation!r}")

    @property
    def id(self) -> str:
        return "c" + short_hash(self.evidence.document_id, self.subject.key, self.relation,
                                self.object.key, str(self.evidence.start), length=15)

    @property
    def edge(self) -> tuple[str, str, str]:
        """The graph edge this claim supports; symmetric relations in a fixed order."""
        a, b = self.subject.key, self.object.key
        if RELATIONS[self.relation].symmetric and b < a:
            a, b = b, a
        return (a, self.relation, b)


@dataclass
class Conflict:
    rule: str
    entities: list[str]
    summary: str
    claims: list[Claim]

    @property
    def id(self) -> str:
        return "x" + short_hash(self.rule, *sorted(fold(e) for e in self.entities), length=15)
