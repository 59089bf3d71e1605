"""JSON Lines: one article per record; a bad record costs only its own line."""
from __future__ import annotations

import json
import os
from collections.abc import Iterator

from stakegraph.model import Document
from stakegraph.sources.base import (SourceError, Skipped, check_text, decode, iso_date,
                                     lang_code, read_bytes)
from stakegraph.sources.text import parse_date


def _optional(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _document(record: object, source: str) -> Document:
    if not isinstance(record, dict):
        raise SourceError("not a JSON object")
    rid, text = record.get("id"), record.get("text")
    if isinstance(rid, int) and not isinstance(rid, bool):
        rid = str(rid)  # numeric ids are common in exports and harmless
    if not isinstance(rid, str) or not rid.strip():
        raise SourceError("no id")
    if not isinstance(text, str):
        raise SourceError("no text")
    published = record.get("published")
    return Document(
        text=check_text(text),
        name=rid,
        source=source,
        title=_optional(record.get("title")),
        published=iso_date(published) or (parse_date(published) if isinstance(published, str) else None),
        url=_optional(record.get("url")),
        lang=lang_code(record.get("lang")),
    )


def read_jsonl(path: str | os.PathLike, *, max_bytes: int = 20_000_000) -> Iterator[Document | Skipped]:
    text = decode(read_bytes(path, max_bytes))
    # split("\n"), not splitlines(): U+2028 may stand raw inside a JSON string.
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        source = f"{path}:{lineno}"
        try:
            yield _document(json.loads(line), source)
        except SourceError as e:
            yield Skipped(source, f"{e.reason} on line {lineno}")
        except (ValueError, RecursionError):  # RecursionError: "[[[[…" nested past the stack
            yield Skipped(source, f"malformed JSON on line {lineno}")
