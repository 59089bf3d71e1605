"""How an exported edge cites its evidence: the sentence, then the document it was read in. The
document's label, date and address come from the same lookup the reports use."""
from __future__ import annotations

from collections.abc import Mapping

from stakegraph.model import Claim
from stakegraph.report import source_of
from stakegraph.store import StoredDocument

Documents = Mapping[str, StoredDocument]  # by document id


def source(claim: Claim, documents: Documents) -> str:
    """'Title (2024-11-20)', or the document's name where it has no title."""
    found = source_of(claim, documents)
    return f"{found.label} ({found.published})" if found.published else found.label


def citation(claim: Claim, documents: Documents) -> str:
    """'“The sentence.” — Title (2024-11-20)'"""
    return f"“{' '.join(claim.evidence.sentence.split())}” — {source(claim, documents)}"


def url(claim: Claim, documents: Documents) -> str | None:
    """The article's address, where it is a web address."""
    return source_of(claim, documents).url
