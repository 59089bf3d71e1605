"""Sentences, mentions and the cues around them, on text written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

import stakegraph
from stakegraph.model import Document
from stakegraph.nlp import analyze
from stakegraph.pipeline import extract_document

SHARED = Path(__file__).resolve().parents[2] / "shared"
from stakegraph.resolve import resolve


def sentences(text: str, lang: str) -> list[str]:
    return [s.text for s in analyze(Document(text, "t", lang=lang)).sentences]


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Am 20. November 2024 kaufte Dr. Vogel 2,5 Mio. Aktien. Danach stieg der Kurs.",
     ["Am 20. November 2024 kaufte Dr. Vogel 2,5 Mio. Aktien.", "Danach stieg der Kurs."]),
    ("de", "Die Firma wurde am 3. März gegründet, z.B. in Graz. Der Umsatz wuchs.",
     ["Die Firma wurde am 3. März gegründet, z.B. in Graz.", "Der Umsatz wuchs."]),
    ("en", "J. Thomas Clark joined U.S. Steel Corp. in 1987. The deal closed later.",
     ["J. Thomas Clark joined U.S. Steel Corp. in 1987.", "The deal closed later."]),
    # a title after a legal form's full stop opens the next sentence
    ("en", "Tom Hale joined Brightwave Inc. Mr. Hale was at Kranich Corp. before.",
     ["Tom Hale joined Brightwave Inc.", "Mr. Hale was at Kranich Corp. before."]),
])
def test_sentence_boundaries(lang, text, expected):
    assert sentences(text, lang) == expected


def test_a_short_form_never_stands_for_a_name_in_its_own_sentence():
    analysis = analyze(Document("Samuel Kekewich met Tom Hale. Kekewich was the son of Samuel Kekewich. "
                                "Kekewich said little.", "t", lang="en"))
    resolve(analysis)
    entity_of = {(m.sentence, m.text): m.entity.name for m in analysis.mentions if m.entity is not None}
    assert entity_of[(1, "Kekewich")] == "Kekewich"  # beside the full name: another person
    assert entity_of[(2, "Kekewich")] == "Samuel Kekewich"  # alone: the one named before


def test_an_overlong_sentence_is_read_in_pieces_with_true_offsets():
    from stakegraph.nlp.sentences import MAX_TOKENS

    # One "sentence" of about 1,500 tokens, a table flattened into a line, then a real one.
    rows = ", ".join(f"Posten {n} kostet {n} Euro" for n in range(300))
    text = rows + ". Die Nordlicht GmbH investiert in die Kranich AG."
    analysis = analyze(Document(text, "t", lang="de"))
    pieces = analysis.sentences
    assert len(pieces) > 5 and all(len(s.tokens) <= MAX_TOKENS for s in pieces)
    assert all(text[s.start:s.end] == s.text for s in pieces)
    assert all(s.index == n for n, s in enumerate(pieces))
    assert all(t.i == n for s in pieces for n, t in enumerate(s.tokens))
    assert [t.text for s in pieces for t in s.tokens] == [t.text for t in _tokens(text)]
    # Cuts fall after commas where there are commas to cut at.
    assert all(s.text.endswith(",") for s in pieces[:-2])
    claims = stakegraph.extract(text, lang="de").claims
    assert [(c.subject.name, c.relation, c.object.name) for c in claims] == [
        ("Nordlicht GmbH", "invested_in", "Kranich AG")]


def _tokens(text: str):
    import spacy

    return [t for t in spacy.blank("de").tokenizer(text) if not t.is_space]


def test_hard_wrapped_wire_copy_joins_its_lines():
    text = ("A group of investment firms led by Harbor Peak Capital said it\n"
            "raised its stake in Brightwave Industries Corp to 238,000 shares,\n"
            "or 14.6 pct of the total, from 205,000 or 12.8 pct in the last\n"
            "filing with the regulator, the group said on Thursday.\n"
            "    The group said it may buy more shares of the company later\n"
            "this year and plans to study its operations in some detail.\n")
    found = sentences(text, "en")
    assert found[0].startswith("A group of investment firms") and "12.8 pct" in found[0]
    result = stakegraph.extract(text, lang="en")
    names = {e.name for e in result.entities}
    assert "Brightwave Industries Corp" in names  # a legal form continues the name


def test_a_wire_headline_in_capitals_is_a_sentence_of_its_own():
    text = ("HARBOR PEAK RAISES BRIGHTWAVE STAKE\n"
            "A group of investment firms led by Harbor Peak Capital said it\n"
            "raised its stake in Brightwave Industries Corp to 238,000 shares,\n"
            "or 14.6 pct of the total, from 205,000 or 12.8 pct in the last\n"
            "filing with the regulator, the group said on Thursday.\n")
    found = sentences(text, "en")
    assert found[0] == "HARBOR PEAK RAISES BRIGHTWAVE STAKE"
    assert found[1].startswith("A group of investment firms") and "12.8 pct" in found[1]


def test_a_headline_in_capitals_lends_no_words_to_names():
    text = ("LUMEN ANALYTICS SUES BRIGHTWAVE OVER SENSORS\n"
            "Lumen Analytics Inc said on Tuesday that it has sued Brightwave\n"
            "Industries Corp over a patent on the sensors that both companies\n"
            "sell to makers of cars and trucks in the United States, a\n"
            "spokesman for the company said in a statement released on Tuesday\n"
            "afternoon in the city where the company has its headquarters.\n")
    result = stakegraph.extract(text, lang="en")
    assert not [e.name for e in result.entities if "sues" in e.name.lower() or "sensors" in e.name.lower()]
    assert {(c.subject.name, c.relation, c.object.name) for c in result.claims} == {
        ("Lumen Analytics Inc", "sued", "Brightwave Industries Corp")}


def test_a_line_break_inside_a_sentence_does_not_hide_its_verb_phrase():
    text = ("Lumen Analytics said on Tuesday that it has filed a lawsuit\n"
            "against Brightwave Industries Corp over a patent on the sensors\n"
            "that both companies sell to makers of cars and trucks in the\n"
            "United States, a spokesman for the company said in a statement\n"
            "released to the press on Tuesday afternoon in the city.\n")
    claims = stakegraph.extract(text, lang="en").claims
    assert ("Lumen Analytics", "sued", "Brightwave Industries Corp") in {
        (c.subject.name, c.relation, c.object.name) for c in claims}


def test_headlines_on_their_own_lines_stay_apart():
    assert sentences("Brightwave kauft Lumen\n\nBrightwave hat Lumen übernommen.", "de") == [
        "Brightwave kauft Lumen", "Brightwave hat Lumen übernommen."]


@pytest.mark.parametrize("text, kept", [
    ("Brightwave acquired Lumen Analytics in May 2021.", True),  # the month, not the modal
    ("Brightwave acquired Lumen Analytics, adding goodwill to its books.", True),
    ("Brightwave may acquire Lumen Analytics.", False),
    ("Brightwave will acquire Lumen Analytics next year.", False),
])
def test_speculation_cues_are_whole_words(text, kept):
    claims = {(c.subject.name, c.relation, c.object.name) for c in stakegraph.extract(text, lang="en").claims}
    assert (("Brightwave", "acquired", "Lumen Analytics") in claims) is kept


@pytest.mark.parametrize("lang, text, name, kind", [
    ("de", "Der Konzern Edeka kauft die Kette.", "Edeka", "organization"),
    ("de", "Daniel Zimmer, Chef der Monopolkommission, findet das gut.", "Daniel Zimmer", "person"),
    ("de", "Die Übernahme der Kranich Logistik GmbH ist abgeschlossen.", "Kranich Logistik GmbH", "organization"),
    ("en", "Rodrigo de Rato, the fund's managing director, spoke on Monday.", "Rodrigo de Rato", "person"),
    ("en", "The agency said Jean-Rene Fourtou would stay.", "Jean-Rene Fourtou", "person"),
])
def test_names_found_from_shape_and_context(lang, text, name, kind):
    mentions = analyze(Document(text, "t", lang=lang)).mentions
    assert any(m.text == name and m.kind == kind for m in mentions), [(m.text, m.kind) for m in mentions]


@pytest.mark.parametrize("text, names", [
    # "and" inside a name: the fields after an organization's "of", or one trade word before it
    ("She joined the Department of Health and Human Services in May.",
     ["Department of Health and Human Services"]),
    ("He is a scholar at the Center for Strategic and International Studies in Washington.",
     ["Center for Strategic and International Studies"]),
    ("The Ministry for Economic Affairs and Energy sued Kranich Logistik.",
     ["Ministry for Economic Affairs and Energy", "Kranich Logistik"]),
    ("Brightwave told the Securities and Exchange Commission on Monday.",
     ["Brightwave", "Securities and Exchange Commission"]),
    # "and" between two names, even before a legal form
    ("The Ministry of Finance and Deutsche Bank AG agreed on the sale.",
     ["Ministry of Finance", "Deutsche Bank AG"]),
    ("Shares of Bell Canada and Northern Telecom Ltd rose.", ["Bell Canada", "Northern Telecom Ltd"]),
    ("Brightwave, backed by Nordwind Capital and Kestrel Fund, grew.",
     ["Brightwave", "Nordwind Capital", "Kestrel Fund"]),
    ("Shares of Spencer plc rose.", ["Spencer plc"]),  # a legal form written in lower case
])
def test_and_inside_a_name_or_between_two(text, names):
    mentions = analyze(Document(text, "t", lang="en")).mentions
    assert [m.text for m in mentions if m.kind != "place"] == names


@pytest.mark.parametrize("lang, text, word", [
    ("de", "Die Energie Steiermark AG investiert rund 58 Mio. Euro in den Windpark.", "Euro"),
    ("en", "The Paris-based exchange, owner of Liffe, said profits rose.", "Paris"),
    ("en", "An Indonesian consulting firm paid the official.", "Indonesian"),
])
def test_words_that_are_not_arguments(lang, text, word):
    result = stakegraph.extract(text, lang=lang)
    assert all(word not in (c.subject.name, c.object.name) for c in result.claims)


def test_abbreviation_in_brackets_is_an_alias():
    text = ("Die Nordlicht Beteiligungs GmbH (NBG) hat ihre Zahlen vorgelegt. "
            "Die NBG hält 30 Prozent an Kranich Logistik.")
    result = stakegraph.extract(text, lang="de")
    entity = next(e for e in result.entities if e.name == "Nordlicht Beteiligungs GmbH")
    assert "NBG" in entity.aliases
    assert not any(e.name == "NBG" for e in result.entities)
    assert ("Nordlicht Beteiligungs GmbH", "owns", "Kranich Logistik") in {
        (c.subject.name, c.relation, c.object.name) for c in result.claims}


def test_hyphenated_first_parts_mark_german_names():
    """"Kranich-Pleite": a word seen as a hyphenated first part is a name where it stands alone."""
    text = ("Die Kranich-Pleite trifft viele Lieferanten. Die Nordlicht Holding war lange ein "
            "Exklusivpartner von Kranich.")
    mentions = analyze(Document(text, "t", lang="de")).mentions
    assert any(m.text == "Kranich" and m.sentence == 1 for m in mentions)


@pytest.mark.parametrize("lang, text, triple, name", [
    ("de", "Neue Chefin der Bayerischen Bank wird Karin Vogel.",
     ("Karin Vogel", "leads", "Bayerische Bank"), "Bayerische Bank"),
    ("en", "Brightwave, backed by Nordwind Capital and Kestrel Fund, raised $50 million.",
     ("Kestrel Fund", "invested_in", "Brightwave"), "Kestrel Fund"),
])
def test_inflected_names_and_reduced_passives(lang, text, triple, name):
    result = stakegraph.extract(text, lang=lang)
    assert triple in {(c.subject.name, c.relation, c.object.name) for c in result.claims}
    assert any(e.name == name for e in result.entities)


@pytest.mark.parametrize("text, lang", [
    ("Der Konzern hat die Übernahme des Start-ups bestätigt, teilte eine Sprecherin mit.", "de"),
    ("The company said it had agreed to buy the start-up for an undisclosed sum.", "en"),
    ("Die Klage wurde am Montag eingereicht. Sie richtet sich gegen den Vorstand.", "de"),
])
def test_language_from_function_words_without_the_model(text, lang):
    """Plain news text is told apart by its function words; the 80 MB langid model stays unloaded."""
    from stakegraph.nlp import language

    language._identifier.cache_clear()
    assert language.detect_language(text) == lang
    assert language._identifier.cache_info().currsize == 0


def test_language_falls_back_to_the_model_on_names_alone():
    from stakegraph.nlp import language

    language._identifier.cache_clear()
    assert language.detect_language("Siemens Energy Aktiengesellschaft München") in ("de", "en")
    assert language._identifier.cache_info().currsize == 1


def test_lone_german_given_name_is_a_person_but_a_noun_is_not():
    """"Sigrun" alone is a person; "Rose", a noun with inflected forms ("Rosen"), stays unclassified."""
    analysis = analyze(Document(text="Das sagte Sigrun am Montag. Die Rose blüht.", name="t", lang="de"))
    kinds = {m.text: m.kind for m in analysis.mentions}
    assert kinds.get("Sigrun") == "person"
    assert kinds.get("Rose") != "person"


def test_a_one_letter_word_opening_a_sentence_is_read_not_refused():
    # "S" opening a sentence once made the dictionary look up the empty word "S" minus its plural
    # "s", which simplemma refuses with an error: the whole document failed.
    claims = extract_document(Document("S bought Beta Corp in May.", "s", lang="en")).claims
    assert [(c.subject.name, c.relation, c.object.name) for c in claims] == [("S", "acquired", "Beta Corp")]


FRAME_SENTENCES = [
    ("de", "Die Firma wurde 2015 von Elon Musk und Sam Altman gegründet."),
    ("de", "Thrive Capital hat die Finanzierungsrunde angeführt."),
    ("de", "Der Konzern ist an der Brightwave GmbH beteiligt."),
    ("de", "Anna Weber hält 20 Prozent an der Kranich AG."),
    ("de", "Siemens übernimmt den Softwareanbieter Zentrix."),
    ("de", "Die Verbraucherzentrale zieht gegen Meta vor Gericht."),
    ("en", "Acme Corp co-founded Beta Labs with Tom Hale in 2019."),
    ("en", "The round was led by Sequoia, with participation from Index Ventures."),
    ("en", "Kestrel was sold to Brightwave Inc for $40 million."),
    ("en", "Apple sued Samsung over patents, and Samsung is suing Apple too."),
    ("en", "Globex is majority-owned by the Hale family."),
]


@pytest.mark.parametrize("lang, text", FRAME_SENTENCES)
def test_verb_frames_left_out_cannot_match(lang, text):
    # frames_in is a cheap test in front of the frames' patterns: it may let through frames that
    # do not match, never leave out one that does.
    lower = text.lower()
    lexicon = stakegraph.nlp.LEXICONS[lang]
    matching = [f for f in lexicon.verbs if f.pattern.search(lower)]
    tried = lexicon.frames_in(lower)
    assert matching and all(f in tried for f in matching)


@pytest.mark.skipif(not (SHARED / "eval" / "dev").exists(), reason="../shared is not here")
def test_verb_frames_left_out_cannot_match_on_real_news():
    tried = total = 0
    for path in sorted((SHARED / "eval" / "dev").glob("*.txt")):
        analysis = analyze(Document(path.read_text(encoding="utf-8"), path.name))
        for sentence in analysis.sentences:
            lower = sentence.text.lower()
            kept = analysis.lexicon.frames_in(lower)
            assert all(f in kept for f in analysis.lexicon.verbs if f.pattern.search(lower)), sentence.text
            tried, total = tried + len(kept), total + len(analysis.lexicon.verbs)
    assert tried < total / 4  # and it leaves out most of them


@pytest.mark.skipif(not (SHARED / "eval" / "dev").exists(), reason="../shared is not here")
def test_a_lone_german_noun_is_read_as_the_full_classification_reads_it():
    """The shortcut for one-word runs must give what the full classification gives."""
    from stakegraph.nlp.mentions import MentionFinder

    def shown(cands):
        return [(c.first, len(c.tokens), c.kind, c.evidence, c.strength, c.genitive, c.extra) for c in cands]

    settled = 0
    for path in sorted((SHARED / "eval" / "dev").glob("10kgnad-*.txt")):
        analysis = analyze(Document(path.read_text(encoding="utf-8"), path.name, lang="de"))
        finder = MentionFinder(analysis.lexicon)
        for sentence in analysis.sentences:
            for i, token in enumerate(sentence.tokens[1:], 1):
                if token.text[:1].isupper() and (lone := finder._lone_word(sentence, i)) is not None:
                    assert shown(lone) == shown(finder._classify_fully(sentence, i, i + 1)), token.text
                    settled += 1
    assert settled > 500  # the shortcut is taken for most capitalized words


def test_frame_openings_follow_the_pattern():
    from stakegraph.nlp.lexicon import verb
    assert verb("led", r"(?:an)?geführt").openings == {"angeführ", "geführt"}  # up to eight letters
    assert verb("sued", r"su(?:ed|es|e)|filed (?:\S+ ){0,3}?suits?").openings == {"sue", "filed "}
    assert verb("invested_in", r"\w*runde").openings == frozenset()  # opens with any word: tried always


def test_an_english_document_leaves_the_german_dictionary_unloaded():
    """English words ending in -te ("private", "late") are no German past tense: asking the German
    dictionary cost an English-only process 1.8 s and 100 MB to load it."""
    import subprocess
    import sys

    code = """
import simplemma.strategies.dictionaries.dictionary_factory as factory
import stakegraph
from stakegraph.pipeline import extract_document
loaded, load = [], factory._load_dictionary_from_disk
factory._load_dictionary_from_disk = lambda lang: loaded.append(lang) or load(lang)
text = ("The private equity firm Acme Capital, founded by the late John Smith, invested in Beta "
        "Systems. Its complete stake was written down. Acme competes with Gamma Corp, an elite rival.")
extraction = extract_document(stakegraph.Document(text, "t", lang="en"))
print(len(extraction.claims), sorted(set(loaded)))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    claims, loaded = out.split(" ", 1)
    assert int(claims) >= 2 and "de" not in loaded
