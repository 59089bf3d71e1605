"""A pretrained spaCy pipeline, where installed, adds its entities to the rules' mentions.

No model can be downloaded here, so the test builds a small pipeline of its own (an entity ruler
saved to disk) and points stakegraph at it, the way an installed package would be found."""
from __future__ import annotations

import spacy

import stakegraph
from stakegraph.nlp import pretrained

SENTENCE = "Apple, the iPhone maker, acquired Lumen Analytics in March."


def triples(result):
    return {(c.subject.name, c.relation, c.object.name) for c in result.claims}


def test_without_a_pipeline_the_rules_alone_decide(monkeypatch):
    monkeypatch.setenv("STAKEGRAPH_SPACY_EN", "none")
    pretrained.pipeline.cache_clear()
    # a dictionary word at the start of a sentence is not taken for a name on its own (unless a
    # verb of a tie follows it straight away: "Apple acquired ...")
    assert ("Apple", "acquired", "Lumen Analytics") not in triples(stakegraph.extract(SENTENCE, lang="en"))


def test_a_pipeline_adds_the_names_it_recognizes(tmp_path, monkeypatch):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "Apple"}])
    nlp.to_disk(tmp_path / "pipeline")
    monkeypatch.setenv("STAKEGRAPH_SPACY_EN", str(tmp_path / "pipeline"))
    pretrained.pipeline.cache_clear()
    try:
        result = stakegraph.extract(SENTENCE, lang="en")
    finally:
        pretrained.pipeline.cache_clear()
    assert ("Apple", "acquired", "Lumen Analytics") in triples(result)
    assert {e.name: e.kind for e in result.entities}["Apple"] == "organization"
