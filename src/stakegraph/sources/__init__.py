"""Readers that turn files and folders into `Document`s, reporting what they cannot read.

`read_sources` never raises for bad input: each unreadable file, line or feed entry comes out
as a `Skipped` in the stream, and the rest still comes through.
"""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from stakegraph.model import Document
from stakegraph.sources.base import SourceError, Skipped
from stakegraph.sources.feed import read_feed
from stakegraph.sources.html import read_html
from stakegraph.sources.jsonl import read_jsonl
from stakegraph.sources.text import read_text

__all__ = ["Skipped", "SourceError", "read_sources", "read_text", "read_html", "read_jsonl",
           "read_feed"]

Reader = Callable[..., Iterator["Document | Skipped"]]
_BY_SUFFIX: dict[str, Reader] = {
    **dict.fromkeys([".txt", ".text", ".md", ".markdown"], read_text),
    **dict.fromkeys([".html", ".htm", ".xhtml"], read_html),
    **dict.fromkeys([".jsonl", ".ndjson"], read_jsonl),
    **dict.fromkeys([".xml", ".rss", ".atom", ".rdf", ".feed"], read_feed),
}


def _sniff(path: Path) -> Reader:
    with open(path, "rb") as f:
        head = f.read(4096)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        start = head.decode("utf-16", errors="ignore")
    else:
        start = head.decode("utf-8", errors="ignore")
    start = start.lstrip("\ufeff \t\r\n").lower()
    if start.startswith("<"):
        if "<rss" in start or "<feed" in start or "<rdf:rdf" in start:
            return read_feed
        if "<html" in start or "<!doctype html" in start:
            return read_html
    return read_text


def _reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, FileNotFoundError):
        return "not found"
    if error.errno == errno.ELOOP:
        return "symlink loop"
    return (error.strerror or str(error)).lower()


def _read_file(path: Path, max_bytes: int) -> Iterator[Document | Skipped]:
    try:
        # No suffix is sniffed too: it reads as text unless it plainly is a page or a feed.
        reader = _BY_SUFFIX.get(path.suffix.lower()) or _sniff(path)
        yield from reader(path, max_bytes=max_bytes)
    except SourceError as e:
        yield Skipped(str(path), e.reason)
    except OSError as e:
        yield Skipped(str(path), _reason(e))
    except UnicodeError:
        yield Skipped(str(path), "not valid text")
    except (ValueError, RecursionError) as e:
        yield Skipped(str(path), f"unreadable: {e}"[:200])


def _walk(root: Path, seen: set[tuple[int, int]]) -> Iterator[Path | Skipped]:
    """Files under `root` in sorted order, depth first; hidden names and symlink loops left out.

    Iterative rather than recursive, so that no folder depth can exhaust the stack.
    """
    stack: list[tuple[Path, tuple[tuple[int, int], ...]]] = [(root, ())]
    while stack:
        path, ancestors = stack.pop()
        try:
            st = os.stat(path)  # follows symlinks; a link to itself fails with ELOOP
        except OSError as e:
            yield Skipped(str(path), _reason(e))
            continue
        if not stat.S_ISDIR(st.st_mode):
            yield path
            continue
        key = (st.st_dev, st.st_ino)
        if key in ancestors:
            yield Skipped(str(path), "symlink loop")
            continue
        if key in seen:  # a second way into a folder already read would only repeat it
            yield Skipped(str(path), "folder already read")
            continue
        seen.add(key)
        try:
            names = sorted(os.listdir(path))
        except OSError as e:
            yield Skipped(str(path), _reason(e))
            continue
        children = [(path / n, ancestors + (key,)) for n in names if not n.startswith(".")]
        stack.extend(reversed(children))


def read_sources(paths: Iterable[str | os.PathLike], *, max_bytes: int = 20_000_000
                 ) -> Iterator[Document | Skipped]:
    """Documents from files and folders (recursed, sorted), with a `Skipped` for each failure.

    A file named explicitly is read whatever its suffix; hidden names are skipped only inside
    folders.
    """
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]  # a lone "docs/" would otherwise be walked letter by letter, "/" first
    seen: set[tuple[int, int]] = set()  # folders read so far, shared across `paths`
    for root in paths:
        for item in _walk(Path(root), seen):
            if isinstance(item, Skipped):
                yield item
            else:
                yield from _read_file(item, max_bytes)
