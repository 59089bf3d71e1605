"""Entities from a pretrained spaCy pipeline, where one happens to be installed: an extra signal
for the mention finder, never a requirement. Nothing is downloaded.

The pipeline is the first installed of the packages below, or the package name or folder given
in $STAKEGRAPH_SPACY_DE / $STAKEGRAPH_SPACY_EN ("none" turns the signal off)."""
from __future__ import annotations

import functools
import os

import spacy

PACKAGES = {
    "de": ("de_core_news_lg", "de_core_news_md", "de_core_news_sm"),
    "en": ("en_core_web_lg", "en_core_web_md", "en_core_web_sm"),
}
KINDS = {"PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "place", "GPE": "place"}


@functools.cache
def pipeline(lang: str):
    chosen = os.environ.get(f"STAKEGRAPH_SPACY_{lang.upper()}")
    if chosen and chosen.lower() == "none":
        return None
    if not chosen:
        chosen = next((name for name in PACKAGES.get(lang, ()) if spacy.util.is_package(name)), None)
    if not chosen:
        return None
    nlp = spacy.load(chosen)
    # only the entity recognizer and what it needs are run
    keep = {"ner", "entity_ruler", "tok2vec", "transformer"}
    nlp.select_pipes(enable=[name for name in nlp.pipe_names if name in keep])
    return nlp


def entities(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the person, organization and place entities the pipeline finds."""
    nlp = pipeline(lang)
    if nlp is None:
        return []
    return [(ent.start_char, ent.end_char, KINDS[ent.label_]) for ent in nlp(text).ents if ent.label_ in KINDS]
