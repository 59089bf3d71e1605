"""How an exported edge cites its evidence: the sentence, then the document it was read in."""
from __future__ import annotations

from collections.abc import Mapping

from stakegraph.model import Claim
from stakegraph.store import StoredDocument

Documents = Mapping[str, StoredDocument]  # by document id


def source(claim: Claim, documents: Documents) -> str:
    """'Title (2024-11-20)', or the document's name where it has no title."""
    document = documents.get(claim.evidence.document_id)
    if document is None:
        return claim.evidence.document_name
    label = document.title or document.name
    return f"{label} ({document.published})" if document.published else label


def citation(claim: Claim, documents: Documents) -> str:
    """'“The sentence.” — Title (2024-11-20)'"""
    return f"“{' '.join(claim.evidence.sentence.split())}” — {source(claim, documents)}"


def url(claim: Claim, documents: Documents) -> str | None:
    document = documents.get(claim.evidence.document_id)
    return document.url if document is not None else None
