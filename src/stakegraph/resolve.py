"""Mentions to entities within one document: full names, surnames, short forms and inflected
forms become one entity; two people who share a surname stay two."""
from __future__ import annotations

from collections import defaultdict
from itertools import compress

from .model import Entity, fold
from .nlp import Analysis, Mention
from .nlp.lexicon import Lexicon
from .nlp.sentences import token_lower, token_text

_KIND_ORDER = {"person": 3, "organization": 3, "place": 3, "other": 0}


def resolve(analysis: Analysis) -> list[Entity]:
    """Set `mention.entity` on every mention it can resolve; return the document's entities."""
    lexicon = analysis.lexicon
    by_key: dict[str, Entity] = {}
    strength: dict[str, int] = defaultdict(int)
    surnames: dict[str, list[Entity]] = defaultdict(list)
    first_words: dict[str, list[Entity]] = defaultdict(list)

    def canonical(mention: Mention) -> str:
        if lexicon.lang == "de" and mention.kind == "organization":
            return _uninflected(mention.text)
        if mention.kind == "place":
            lower = mention.text.lower()
            return lexicon.places.get(lower) or lexicon.place_adjectives.get(lower) or \
                (mention.genitive and lexicon.places.get(lower[:-1])) or mention.text
        return mention.text

    ordered = sorted(analysis.mentions, key=lambda m: (-len(m.text.split()), -m.strength, m.start))
    # A short form never stands for a name in its own sentence: "Kekewich was the son of Samuel
    # Kekewich", "M&T's banking subsidiary, M&T Bank", "Siemens und Siemens Energy" are two each.
    # Such a short form is an entity of its own, kept apart: elsewhere the short form still stands
    # for the full name.
    named_in: dict[int, set[int]] = defaultdict(set)  # id(entity) -> sentences it is named in in full
    apart: dict[str, Entity] = {}
    named_from: dict[int, int] = {}  # id(entity) -> where it is first named in full
    for mention in ordered:
        name = canonical(mention)
        key = fold(name)
        words = mention.text.split()
        entity = by_key.get(key)
        if entity is None and len(words) == 1:
            people = [e for e in surnames.get(key, []) if e.kind in ("person", "other")]
            # "Barclays' chief … Barclays Capital": a short name used in the story before the long
            # one was first named is a name of its own (a parent and its unit), not a short form;
            # a headline uses short forms of what the story names in full
            headline = not analysis.sentences[mention.sentence].text.endswith((".", "!", "?", '"', "“", "”", "«", "»"))
            orgs = [e for e in first_words.get(key, []) if headline or named_from[id(e)] < mention.start]
            candidates = people if mention.kind in ("person", "other") and people else []
            if not candidates and mention.kind in ("organization", "other"):
                candidates = orgs
            beside = [e for e in candidates if mention.sentence in named_in[id(e)]]
            candidates = [e for e in candidates if e not in beside]
            if len(candidates) > 1:
                continue  # "Barclay" with two Barclays named: leave it unresolved
            entity = candidates[0] if candidates else None
            if entity is None and beside:
                entity = apart.setdefault(key, Entity(name, beside[0].kind))
        if entity is None:
            entity = Entity(name, mention.kind)
            by_key[key] = entity
            if len(words) >= 2 and mention.kind in ("person", "other"):
                surnames[fold(words[-1])].append(entity)
            if len(words) >= 2 and mention.kind in ("organization", "other"):
                first_words[fold(words[0])].append(entity)
        if len(words) >= 2:
            named_in[id(entity)].add(mention.sentence)
            named_from[id(entity)] = min(named_from.get(id(entity), mention.start), mention.start)
        if mention.strength > strength[entity.key] and mention.kind != "other":
            entity.kind = mention.kind
            strength[entity.key] = mention.strength
        entity.add_alias(mention.text)
        if name != mention.text:
            entity.add_alias(name)
        for shorter in _shorter_names(mention.text, lexicon) if mention.kind == "person" else ():
            entity.add_alias(shorter)  # "Crown Prince Mohammed bin Salman" is "Mohammed bin Salman" later on
            if " " in shorter:  # a given name alone may be anyone's
                by_key.setdefault(fold(shorter), entity)
        mention.entity = entity
    for mention in analysis.mentions:
        if mention.entity is not None and mention.kind == "other" and mention.entity.kind != "other":
            mention.kind = mention.entity.kind
    for short, full in _abbreviations(analysis) + _other_names(analysis):
        full.add_alias(short.name)
        for alias in short.aliases:
            full.add_alias(alias)
        for mention in analysis.mentions:
            if mention.entity is short:
                mention.entity = full
        by_key.pop(short.key, None)
    _definite_descriptions(analysis)
    _organization_pronouns(analysis)
    return list({id(e): e for e in [*by_key.values(), *apart.values()]}.values())  # a ranked name has two keys


def _shorter_names(name: str, lexicon: Lexicon) -> list[str]:
    """A ranked name without its titles and without where it is from: "King Henry IV of France"
    is also "Henry IV of France", "King Henry IV" and "Henry IV"."""
    words = name.split()
    k = lexicon.leading_ranks([word.lower() for word in words])
    at = words.index("of") if "of" in words[1:-1] else len(words)
    if k >= at:
        return []  # "Duke of Prussia": a title, no name
    names = {" ".join(words[k:]), " ".join(words[:at]), " ".join(words[k:at]) if k < at else ""}
    return [n for n in names if n and n != name]


def _abbreviations(analysis: Analysis) -> list[tuple[Entity, Entity]]:
    """"Österreichische Bundes- und Industriebeteiligungen GmbH (Öbib)", "Securities and Exchange
    Commission (SEC)": the short form in brackets names the same entity, here and later."""
    found: dict[str, tuple[Entity, Entity]] = {}
    for mention in analysis.mentions:
        tokens = analysis.sentences[mention.sentence].tokens
        k = mention.last
        if mention.entity is None or k + 2 >= len(tokens) or tokens[k].text != "(" or tokens[k + 2].text != ")":
            continue
        inner = next((m for m in analysis.mentions if m.sentence == mention.sentence and m.first == k + 1
                      and m.last == k + 2), None)
        if inner is None or inner.entity is None or inner.entity is mention.entity:
            continue
        short, full = inner.entity, mention.entity
        if len(short.name.split()) == 1 and len(full.name.split()) > 1 and short.kind in (full.kind, "other"):
            found.setdefault(short.key, (short, full))
    return list(found.values())


_OTHER_NAME = frozenset({"formerly", "previously", "once", "now", "früher", "vormals", "ehemals", "zuvor",
                         "heute", "jetzt", "einst"})


def _other_names(analysis: Analysis) -> list[tuple[Entity, Entity]]:
    """"Meta (formerly Facebook)", "Meta Platforms, formerly known as Facebook,", "die Brightwave
    AG (vormals Kranich GmbH)": one organization under its names of different times."""
    found: dict[str, tuple[Entity, Entity]] = {}
    by_sentence = analysis.mentions_by_sentence()
    for mention in analysis.mentions:
        tokens = analysis.sentences[mention.sentence].tokens
        k = mention.last
        if mention.entity is None or k + 2 >= len(tokens) or tokens[k].text not in ("(", ",") \
                or tokens[k + 1].lower not in _OTHER_NAME:
            continue
        k += 2
        if tokens[k].lower == "known" and k + 1 < len(tokens) and tokens[k + 1].lower == "as":
            k += 2
        other = next((m for m in by_sentence[mention.sentence] if m.first == k), None)
        closing = ")" if tokens[mention.last].text == "(" else ","
        if other is None or other.entity is None or other.entity is mention.entity or other.entity.kind == "person" \
                or (other.last < len(tokens) and tokens[other.last].text not in (closing, ".")):
            continue
        found.setdefault(other.entity.key, (other.entity, mention.entity))
    return list(found.values())


_INFLECTED_ADJECTIVE = ("ischen", "schen", "lichen", "igen", "alen", "ären", "ellen")


def _uninflected(name: str) -> str:
    """"der Deutschen Bank" names "Deutsche Bank": a German adjective opening an organization's
    name loses its case ending."""
    first, _, rest = name.partition(" ")
    if rest and first.lower().endswith(_INFLECTED_ADJECTIVE) and rest[:1].isupper():
        return first[:-1] + " " + rest
    return name


def _definite_descriptions(analysis: Analysis) -> None:
    """"das Unternehmen", "the company": the organization named last, within two sentences.
    They become mentions of that entity, so that relations can take them as arguments."""
    lexicon = analysis.lexicon
    definite = {"der", "die", "das", "den", "dem", "des", "the", "this", "diese", "dieses", "dieser",
                # "sein Unternehmen", "its parent": the organization the possessor is about
                "sein", "seine", "seinem", "seinen", "ihr", "ihre", "ihrem", "ihren", "its", "unser", "unsere"}
    salience: dict[str, int] = defaultdict(int)
    for m in analysis.mentions:
        if m.entity is not None:
            salience[m.entity.key] += 1
    added = []
    for sentence in analysis.sentences:
        tokens = sentence.tokens
        for t in compress(tokens[1:], map(lexicon.org_cue, map(token_text, tokens[1:]))):
            k = t.i - 1  # "the Frankfurt-based exchange", "der niederösterreichische Glücksspielkonzern"
            while k > 0 and t.i - k <= 4 and (tokens[k].text == "-" or tokens[k].lower in ("based", "listed")
                                              or tokens[k].text.isalpha() and tokens[k].text.islower()
                                              and tokens[k].lower not in definite
                                              and tokens[k].lower not in lexicon.stop_words
                                              or tokens[k - 1].text == "-" and tokens[k].text.islower()):
                k -= 1
            if tokens[k].text[:1].isupper() and k > 0 and tokens[k + 1].text == "-":
                k -= 1  # the place before "-based"
            if tokens[k].lower not in definite:  # "der Staatsholding"
                continue
            apposed = t.i + 2 < len(tokens) and tokens[t.i + 1].text == ","
            if any(m.sentence == sentence.index and (m.first == t.i + 1 or apposed and m.first == t.i + 2
                                                     and m.kind != "person") for m in analysis.mentions):
                continue  # "das Unternehmen SpaceX", "its oil unit, Yuganskneftegas": a name follows, no anaphor
            following = tokens[t.i + 1].lower if t.i + 1 < len(tokens) else ""
            if lexicon.stake(f"{t.lower} {following}") and t.i + 2 < len(tokens):
                following = tokens[t.i + 2].lower  # "the parent organization of Juno": one noun
            if lexicon.org_cue(following):
                continue  # "the parent company": the last noun is the head
            if following in ("of", "to", "for", "von", "vom", "des", "der") and any(
                    lexicon.stake(tokens[x].lower) for x in range(k + 1, t.i + 1)):
                continue  # "the parent (company) of Juno": a tie to name, not a reference back
            window = [m for m in analysis.mentions if m.entity is not None and m.end <= t.start
                      and m.sentence >= sentence.index - 2 and m.entity.kind in ("organization", "other")
                      and m.evidence != "given-name" and not m.compound_head]
            # "the group" after "a group of firms led by X": X; "the partnership" after "Clevebaco
            # Ltd Partnership", "the bank" after "Deutsche Bank"
            earlier = [m for m in window if t.lower in lexicon.extra.get("group_nouns", ())
                       and _leads_the_group(analysis, m)] or \
                [m for m in window if m.entity.name.split()[-1].lower() == t.lower] or \
                [m for m in window if not after_preposition(analysis, m)]
            if not earlier:
                continue
            same_sentence = [m for m in earlier if m.sentence == sentence.index]
            # the nearest organization in the sentence, else the most talked-about of the last two
            antecedent = same_sentence[-1] if same_sentence else max(
                reversed(earlier), key=lambda m: (salience[m.entity.key], not after_preposition(analysis, m, True)))
            added.append(Mention(t.text, t.start, t.end, sentence.index, t.i, t.i + 1, "organization",
                                 "anaphor", entity=antecedent.entity, strength=antecedent.strength))
    analysis.mentions = sorted(analysis.mentions + added, key=lambda m: (m.start, m.end))


def _organization_pronouns(analysis: Analysis) -> None:
    """"Ameritrust said it sold ...", "Euronext ... due to its acquisition of Liffe": "it" and
    "its" stand for the nearest organization before them in the sentence that is no
    prepositional object; opening a sentence, for the organization the sentence before opened
    with. Elsewhere the pronoun is left alone: "it" is as often no one ("it is expected")."""
    pronouns: dict[str, bool] = analysis.lexicon.extra.get("organization_pronouns", {})  # word -> genitive
    if not pronouns:
        return
    by_sentence = analysis.mentions_by_sentence()

    def organization(m: Mention) -> bool:
        tokens = analysis.sentences[m.sentence].tokens
        k = m.first - 1
        while k >= 0 and m.first - k <= 3 and tokens[k].text.islower() and tokens[k].lower not in ("a", "an"):
            k -= 1
        # "a Singapore investment firm", "a publicly held New Zealand company": a description
        # "told the Securities and Exchange Commission it had acquired": the addressee is not "it"
        addressed = any(tokens[x].lower in ("told", "informed", "notified", "advised")
                        for x in range(max(0, m.first - 2), m.first))
        # "Melvyn Gelch, a Providence, R.I., surgeon": inside an apposition, a modifier
        apposed = any(tokens[x].text == "," and tokens[x + 1].lower in ("a", "an")
                      for x in range(max(0, m.first - 6), m.first - 1))
        describes = addressed or apposed or (k >= 0 and tokens[k].lower in ("a", "an")) or (
            m.last < len(tokens) and analysis.lexicon.org_cue(tokens[m.last].text) and tokens[m.last].text.islower())
        return m.entity is not None and m.entity.kind in ("organization", "other") and not m.compound_head \
            and m.evidence not in ("given-name", "place") and (_leads_the_group(analysis, m) or (
                not describes and not after_preposition(analysis, m, strict=True)))

    added = []
    for sentence in analysis.sentences:
        own = by_sentence.get(sentence.index, [])
        for t in compress(sentence.tokens, map(pronouns.__contains__, map(token_lower, sentence.tokens))):
            if any(m.first <= t.i < m.last for m in own):
                continue
            before = [m for m in own if m.last <= t.i and organization(m)]
            antecedent = before[-1] if before else None
            if antecedent is None and t.i == 0 and sentence.index > 0:
                opening = by_sentence.get(sentence.index - 1, [])[:1]
                antecedent = opening[0] if opening and organization(opening[0]) else None
            if antecedent is None:
                continue
            added.append(Mention(t.text, t.start, t.end, sentence.index, t.i, t.i + 1, "organization",
                                 "pronoun", genitive=pronouns[t.lower], entity=antecedent.entity,
                                 strength=antecedent.strength))
    analysis.mentions = sorted(analysis.mentions + added, key=lambda m: (m.start, m.end))


def _leads_the_group(analysis: Analysis, mention: Mention) -> bool:
    """"A group of Miami-based investment firms led by X": the group, named by its leader."""
    extra = analysis.lexicon.extra
    tokens = analysis.sentences[mention.sentence].tokens
    by = mention.first - 1
    return by >= 2 and tokens[by].lower == "by" and tokens[by - 1].lower in extra.get("group_leaders", ()) \
        and any(t.lower in extra.get("group_nouns", ()) for t in tokens[max(0, by - 9):by - 1])


def after_preposition(analysis: Analysis, mention: Mention, strict: bool = False) -> bool:
    """"with the Securities and Exchange Commission": not what "the group" refers back to; but
    "Shares in Tesla ... the company's chief" is, unless `strict`."""
    tokens = analysis.sentences[mention.sentence].tokens
    lexicon = analysis.lexicon
    i = mention.first - 1
    while i >= 0 and (tokens[i].lower in lexicon.determiners or strict and mention.first - i <= 4 and (
            lexicon.org_cue(tokens[i].text) or lexicon.stake(tokens[i].lower) or tokens[i].lower in lexicon.person_cues
            or tokens[i].text[:1].isupper() and tokens[i].lower not in lexicon.stop_words)):
        i -= 1  # strict: "by Dallas investor Bradbury Dyer" is as much a prepositional object
    return i >= 0 and tokens[i].lower in lexicon.prepositions and \
        (strict or tokens[i].lower not in ("in", "of", "an", "bei", "von")) and \
        not lexicon.opens_clause(tokens[i].lower, tokens[i + 1].text)
