"""Claim extractors behind one interface, and a registry to choose them by name.

An extractor reads an analysed document whose mentions are resolved to entities and returns
claims with evidence. The rule-based extractor is the default; a statistical or LLM-based one
registers under its own name and plugs in without touching the rest of the pipeline."""
from __future__ import annotations

from typing import Callable, Protocol

from ..model import Claim, Entity
from ..nlp import Analysis


class Extractor(Protocol):
    name: str
    version: str

    def extract(self, analysis: Analysis, entities: list[Entity]) -> list[Claim]: ...


EXTRACTORS: dict[str, Callable[[], Extractor]] = {}


def register(name: str):
    def decorate(factory):
        EXTRACTORS[name] = factory
        return factory
    return decorate


def get_extractor(name: str = "rules") -> Extractor:
    try:
        return EXTRACTORS[name]()
    except KeyError:
        raise ValueError(f"unknown extractor {name!r}; known: {', '.join(sorted(EXTRACTORS))}") from None


from . import rules  # noqa: E402,F401  (registers the rule-based extractor)

__all__ = ["Extractor", "EXTRACTORS", "register", "get_extractor"]
