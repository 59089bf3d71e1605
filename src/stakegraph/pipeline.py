"""One document through the flow: nlp -> resolve -> relations."""
from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice
from multiprocessing import get_context

from .model import Claim, Document, Entity
from .sources import Skipped
from .nlp import analyze
from .relations import get_extractor
from .resolve import resolve


@dataclass
class Extraction:
    document: Document
    lang: str
    entities: list[Entity]
    claims: list[Claim]


def extract_document(document: Document, extractor: str = "rules") -> Extraction:
    analysis = analyze(document)
    entities = resolve(analysis)
    claims = get_extractor(extractor).extract(analysis, entities)
    _share_qualifiers(claims)
    in_claims = {c.subject.key for c in claims} | {c.object.key for c in claims}
    strong = {m.entity.key for m in analysis.mentions if m.entity is not None and m.strength >= 2}
    kept = [e for e in entities if e.key in in_claims or e.key in strong]
    return Extraction(document, analysis.lang, kept, claims)


def _share_qualifiers(claims: list[Claim]) -> None:
    """Sentences of one document often state one tie in parts ("führte die Runde an" here, "trug
    1,3 Milliarden bei" there): each claim of an edge gets the qualifiers the others found."""
    merged: dict[tuple, dict] = {}
    for claim in claims:
        bucket = merged.setdefault(claim.edge, {})
        for key, value in claim.qualifiers.items():
            bucket.setdefault(key, value)
    for claim in claims:
        for key, value in merged[claim.edge].items():
            claim.qualifiers.setdefault(key, value)


# -- many documents ------------------------------------------------------------------------------

Outcome = Extraction | str | None  # the extraction, why it failed, or None: already stored


def extract_or_reason(document: Document) -> Extraction | str:
    """The extraction, or why it failed: one bad document must not stop a batch."""
    try:
        return extract_document(document)
    except Exception as error:
        return f"{type(error).__name__}: {error}"[:500]


def extract_all(items: Iterable[Document | Skipped], is_stored: Callable[[str], bool],
                workers: int) -> Iterator[tuple[Document | Skipped, Outcome]]:
    """Each item with its outcome, in the order the items came. With several workers the
    documents are extracted in that many processes, a few per worker in flight at most, so memory
    stays flat however large the batch. A batch too small to repay starting the processes is
    extracted here, and so is everything after a worker dies (killed, out of memory)."""
    items = iter(items)
    window = workers * 4
    head = list(islice(items, window))
    if workers <= 1 or sum(isinstance(item, Document) for item in head) <= workers:
        for item in chain(head, items):
            yield item, _here(item, is_stored)
        return
    items = chain(head, items)
    broken = False
    while True:
        # A worker's memory grows with every new word its tokenizer meets (spaCy keeps them all),
        # so the pool is replaced after WORKER_DOCUMENTS documents a worker: a second of start-up
        # against hundreds of MB. (Python's own max_tasks_per_child can deadlock: CPython gh-115634.)
        submitted = 0
        queue: deque[tuple[Document | Skipped, Future | None]] = deque()
        # "spawn": a forked child would share the writer's open SQLite connection.
        with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_exit_with_parent,
                                 initargs=(os.getpid(),)) as pool:
            for item in items:
                future = None
                if isinstance(item, Document) and not is_stored(item.id):
                    try:
                        future = _done(_here(item, is_stored)) if broken else \
                            pool.submit(extract_or_reason, item)
                        submitted += 1
                    except (BrokenProcessPool, OSError):  # the pool died between two documents
                        broken = True
                        future = _done(_here(item, is_stored))
                queue.append((item, future))
                while len(queue) > window or (queue and (queue[0][1] is None or queue[0][1].done())):
                    item, outcome, died = _take(queue, is_stored)
                    broken |= died
                    yield item, outcome
                if submitted >= workers * WORKER_DOCUMENTS:
                    break
            else:
                items = iter(())
            while queue:
                item, outcome, died = _take(queue, is_stored)
                broken |= died
                yield item, outcome
        if submitted < workers * WORKER_DOCUMENTS:
            return


WORKER_DOCUMENTS = 2000


def _exit_with_parent(parent: int) -> None:
    """A worker whose ingest was killed (kill -9 leaves no time to stop the pool) would otherwise
    wait for work for ever: it leaves once it has been handed to another parent."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)
    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _here(item: Document | Skipped, is_stored: Callable[[str], bool]) -> Outcome:
    if isinstance(item, Document) and not is_stored(item.id):
        return extract_or_reason(item)
    return None


def _done(outcome: Outcome) -> Future:
    future: Future = Future()
    future.set_result(outcome)
    return future


def _take(queue: deque, is_stored: Callable[[str], bool]
          ) -> tuple[Document | Skipped, Outcome, bool]:
    """The oldest item with its outcome, and whether the pool has died."""
    item, future = queue.popleft()
    if future is None:
        return item, None, False
    try:
        return item, future.result(), False
    except BrokenProcessPool:
        return item, _here(item, is_stored), True
