"""What the constructions of the rule-based extractor read a sentence with: clauses, the
names in them and their roles (subject, possessor, apposition, prepositional phrase), and the
modality (negation, speculation) of a statement. Shared word lists and small helpers live here."""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import filterfalse

import simplemma

from ..model import Entity
from ..nlp import LEXICONS, Analysis, Mention
from ..nlp.lexicon import Lexicon
from ..nlp.mentions import dictionary_word
from ..nlp.sentences import Sentence, token_text
from ..resolve import after_preposition

_AUX_DE = {"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wird", "werden",
           "wurde", "wurden", "habe", "sei", "seien", "hätte", "hätten",
           # modal verbs open the same bracket: "soll X übernommen haben"
           "soll", "sollen", "sollte", "kann", "können", "konnte", "muss", "müssen", "will", "wollen",
           "darf", "dürfen", "könnte", "möchte"}
_PASSIVE_DE = {"wurde", "wurden", "worden", "wird", "werden", "ist", "sind", "war"}
_PASSIVE_EN = {"was", "were", "been", "is", "are", "be", "being"}
_COPULA = {"ist", "war", "sind", "waren", "wird", "wurde", "bleibt", "gilt", "is", "was", "are",
           "were", "remains", "became", "becomes", "as", "als", "been", "gewesen"}
_FUNCTION_WORDS = LEXICONS["de"].stop_words | LEXICONS["en"].stop_words
_PERSON_POSSESSIVES = {"his", "her", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren",
                       "ihrem", "ihrer"}
# words of English titles that are not roles on their own: "chief financial officer", "vice president"
_TITLE_WORDS = {"chief", "executive", "officer", "financial", "operating", "technology", "vice", "senior",
                "deputy", "managing", "general", "executive", "co", "board", "director", "member", "founding"}
_LIST_LINKS = {",", "und", "sowie", "oder", "and", "or", "&", "plus"}
_ROUND = re.compile(r"\b(?:series|serie)\s+([a-h])\b|\b(seed|pre-seed|series [a-h])\b", re.I)
_ROUND_TOTAL = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:\w*runde|round|financing|funding)\b", re.I)
_VALUATION = re.compile(r"bewert|valu|bewertung|wert von|worth", re.I)
_LAWSUIT_MORE = re.compile(r"(?:klage|lawsuit|suit|complaint|verfahren)\b(?:\s+\w+){0,3}?\s+(?:umfasst|richtet sich|"
                           r"nennt|betrifft|erfasst|names|targets|includes|adds|extends to)", re.I)
# German frames that begin with a noun by design ("Klage gegen", "Anteile an X halten")
_NOUN_TRIGGERS = ("klage", "rechtliche", "geldbuße", "geldstrafe", "strafe", "bußgeld", "strafzahlung",
                  "anteil", "prozent", "beteiligung", "aktien", "partnerschaft", "allianz", "joint",
                  "wahlkampf", "spende", "bewunder", "lob", "kritik", "anerkennung")
_RELATIVE_PRONOUNS = {"which", "whom", "dem", "der", "denen", "den", "die", "das", "welchem", "welcher", "welchen"}
_CHILDREN = {"children", "sons", "daughters", "kids", "son", "daughter", "kinder", "kindern", "söhne", "söhnen",
             "töchter", "töchtern"}
_NUMBER_WORDS = {"two", "three", "four", "five", "six", "zwei", "drei", "vier", "fünf", "sechs", "beiden", "both"}
_SALE = re.compile(r"^(?:sold|sells|sell|selling|verkauft\w*|veräußer\w*)$")
_ACQUISITION_NOUNS = {"acquisition", "purchase", "takeover", "buyout", "übernahme", "kauf", "erwerb",
                      "akquisition", "akquisitionen"}
_PARTNERSHIP_NOUNS = ("partnerschaft", "kooperation", "allianz", "gemeinschaftsunternehmen", "partnership",
                      "alliance", "collaboration", "kooperationsvertrag", "kooperationsabkommen",
                      "kooperationsvereinbarung")
_AGREEMENT_KINDS = {"commercial", "cooperation", "strategic", "partnership", "licensing", "distribution"}
_SYMMETRIC_NOUNS = {
    "family_of": ("famili", "verwandt", "verschwägert", "family ties", "related by marriage"),
    "partner_of": ("partnerschaft", "kooperation", "allianz", "joint venture", "partnership",
                   "alliance", "zusammenarbeit"),
    "competes_with": ("wettbewerb", "konkurrenz", "konkurrenzkampf", "rivalität", "rivalry",
                      "competition"),
}


@dataclass
class _Context:
    analysis: Analysis
    sentence: Sentence
    mentions: list[Mention]  # resolved mentions of the sentence, in order
    lower: str  # the sentence, lowercased
    # Where clauses end (see Grammar._clause), found on first use: asked for by rule after rule.
    clause_ends: list[int] | None = field(default=None, init=False)

    @functools.cached_property
    def parenthesized(self) -> set[int]:
        return _parenthesized(self.sentence.tokens)

    @functools.cached_property
    def mention_by_token(self) -> dict[int, Mention]:
        """The first mention covering each token: asked for constantly, so looked up, not searched."""
        found: dict[int, Mention] = {}
        for m in self.mentions:
            for i in range(m.first, m.last):
                found.setdefault(i, m)
        return found


class Grammar:
    """Reading helpers for one sentence; the constructions (nouns.py, verbs.py) build on them.
    `self.analysis`, `self.lx` and `self.claims` are set by the extractor for each document."""

    def _negated(self, ctx: _Context, anchor: int) -> bool:
        lo, hi = self._clause(ctx, anchor)
        words = [t.lower for t in ctx.sentence.tokens[lo:hi]]
        return any(w in self.lx.negations and not (w == "not" and nxt == "only")
                   for w, nxt in zip(words, words[1:] + [""]))

    def _speculative(self, ctx: _Context, anchor: int) -> bool:
        lo, hi = self._clause(ctx, anchor)
        tokens = ctx.sentence.tokens
        clause = " ".join(t.lower for t in tokens[max(0, lo - 6):hi]) + " "
        # the month: "closed in May", "since early May"
        clause = re.sub(r"\b(in|since|until|of|by|from|early|late|mid|last|next|end of) may\b", r"\1 month", clause)
        if re.search(r"\b(?:agreed|agrees|einig\w*|unterzeichn\w*|signed|zugestimmt)\b", clause):
            return False
        if re.search(r"\bsoll(?:en|te|ten)?\b", clause):
            # German "soll ... übernommen haben" reports; "soll ... übernehmen" plans
            return not re.search(r"\b(?:haben|sein|worden)\b", clause)
        return bool(self._speculation_pattern.search(clause))

    @functools.cached_property
    def _speculation_pattern(self) -> re.Pattern[str]:
        """Whole words only ("will" is not "goodwill"); "may" before a day or year is the month."""
        phrases = sorted({p.strip() for p in self.lx.speculation}, key=len, reverse=True)
        words = "|".join(re.escape(p) for p in phrases)
        return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])(?! \d)")

    def _clause(self, ctx: _Context, anchor: int) -> tuple[int, int]:
        """Token range of the clause around `anchor`: up to ;/: or a comma that opens a clause."""
        tokens = ctx.sentence.tokens
        if ctx.clause_ends is None:
            inside = ctx.parenthesized  # "($1.3m; £690,000)": no clause ends in brackets
            ctx.clause_ends = [i for i in range(len(tokens)) if i not in inside and self._boundary(ctx, i)]
        ends = ctx.clause_ends
        before = bisect_left(ends, anchor)
        after = bisect_right(ends, anchor)
        lo = ends[before - 1] + 1 if before else 0
        hi = ends[after] if after < len(ends) else max(len(tokens), anchor + 1)
        return lo, hi

    def _boundary(self, ctx: _Context, i: int) -> bool:
        tokens = ctx.sentence.tokens
        text = tokens[i].text
        if text in (";", ":", "–", "—"):
            return True
        if text == "," and i + 1 < len(tokens):
            nxt = tokens[i + 1].lower
            named = ctx.mention_by_token.get(i + 2)
            if nxt in self.lx.determiners and nxt not in self.lx.possessive_relatives \
                    and i + 2 < len(tokens) and tokens[i + 2].text[:1].isupper() and self.lx.lang == "de" \
                    and not (named is not None and named.first == i + 2 and named.kind == "person"):
                # ", der Gründer von X": an article, not a relative pronoun; but news puts no
                # article before a person's name: ", die Karin Vogel gegründet hat" is a clause
                return False
            return nxt in self.lx.clause_openers or nxt in self.lx.possessive_relatives \
                or self._prepositional_relative(tokens, i + 1)
        return self._subordinator(tokens, i)

    def _subordinator(self, tokens, i: int) -> bool:
        return 0 < i < len(tokens) - 1 and self.lx.opens_clause(tokens[i].lower, tokens[i + 1].text)

    def _prepositional_relative(self, tokens, i: int) -> bool:
        """", in which X has a stake", ", an der X beteiligt ist": a relative clause opened by a
        preposition."""
        return i + 1 < len(tokens) and tokens[i].lower in self.lx.prepositions \
            and tokens[i + 1].lower in _RELATIVE_PRONOUNS

    def _mention_at(self, ctx: _Context, i: int) -> Mention | None:
        return ctx.mention_by_token.get(i)

    def _in_pp(self, ctx: _Context, mention: Mention) -> bool:
        """Is the mention inside a prepositional phrase ("auf dem Fortune Forum", "in OpenAI")?"""
        i = self._phrase_start(ctx, mention.first) - 1
        tokens = ctx.sentence.tokens
        in_list = mention.last < len(tokens) and tokens[mention.last].lower in _LIST_LINKS
        if i >= 1 and (tokens[i].lower in _LIST_LINKS - {","} or (tokens[i].text == "," and in_list)):
            previous = self._mention_at(ctx, i - 1)  # "von Karin Vogel und Markus Lenz"
            return previous is not None and self._in_pp(ctx, previous)
        return i >= 0 and tokens[i].lower in self.lx.prepositions and not self._subordinator(tokens, i)

    def _possessor(self, ctx: _Context, mention: Mention) -> bool:
        """A genitive that modifies a following noun: "Musks Unternehmen", "Microsoft's CEO"."""
        if not mention.genitive:
            return False
        nxt = mention.last + (1 if ctx.sentence.tokens[mention.last:mention.last + 1]
                              and ctx.sentence.tokens[mention.last].text in ("'s", "’s", "'") else 0)
        return nxt < len(ctx.sentence.tokens) and _wordlike(ctx.sentence.tokens[nxt].text)

    def _possessed(self, ctx: _Context, possessor: Mention) -> Mention | None:
        """The name a genitive modifies: "Musks Raumfahrtfirma SpaceX" -> SpaceX."""
        tokens = ctx.sentence.tokens
        k = possessor.last + (1 if possessor.last < len(tokens) and tokens[possessor.last].text in ("'s", "’s", "'")
                              else 0)
        start = k
        while k < len(tokens) and k < start + 3 and (_adjective(tokens[k].text, self.lx.lang) or self.lx.org_cue(tokens[k].text)):
            k += 1
        following = self._mention_at(ctx, k)
        return following if following is not None and following is not possessor else None

    def _descriptor(self, ctx: _Context, mention: Mention) -> Entity | None:
        """"Kushners Fonds", "Musk's company": the organization the possessor founded, leads or
        owns, where the document has named exactly one."""
        nxt = mention.last + (1 if ctx.sentence.tokens[mention.last:mention.last + 1]
                              and ctx.sentence.tokens[mention.last].text in ("'s", "’s") else 0)
        tokens = ctx.sentence.tokens
        if nxt >= len(tokens) or not self.lx.org_cue(tokens[nxt].text):
            return None
        if self._mention_at(ctx, nxt + 1):
            return None  # "Musks Unternehmen SpaceX": the name follows, no descriptor
        owned = {c.object.key: c.object for c in self.claims if c.subject.key == mention.entity.key
                 and c.relation in ("founded", "leads", "owns") and c.object.kind == "organization"}
        return next(iter(owned.values())) if len(owned) == 1 else None

    def _next_list(self, ctx: _Context, mention: Mention, limit: int | None = None) -> list[Mention]:
        """The mention and those coordinated after it: "X, Y und Z"."""
        out = [mention]
        tokens = ctx.sentence.tokens
        current = mention
        while True:
            i = current.last
            if i < len(tokens) and tokens[i].text == "(":
                close = next((k for k in range(i, min(len(tokens), i + 12)) if tokens[k].text == ")"), None)
                i = close + 1 if close is not None else i
            if i < len(tokens) and tokens[i].text in ("'s", "’s"):
                break
            if i >= len(tokens) or tokens[i].lower not in _LIST_LINKS:
                break
            j = i + 1
            if tokens[i].text == "," and j < len(tokens) and tokens[j].lower in ("a", "an"):
                break  # "Melvyn Gelch, a Providence, R.I., surgeon": an apposition, no list
            described = False  # "comedian Ron White, singer/songwriter Margo Rey and veteran Michael Blakey"
            while j < len(tokens) and j < i + 6 and (
                    tokens[j].lower in _LIST_LINKS or tokens[j].lower in self.lx.determiners
                    or tokens[j].lower in ("auch", "also") or self.lx.role(tokens[j].lower)
                    or tokens[j].lower in self.lx.possessive_relatives or self.lx.stake(tokens[j].lower)
                    or (tokens[j].lower in _PERSON_POSSESSIVES and current.entity.kind in ("person", "other"))
                    or self.lx.family_kind(tokens[j].lower) or tokens[j].lower in self.lx.honorifics
                    or tokens[j].lower in self.lx.former or tokens[j].lower in ("chief", "executive", "operating",
                                                                               "officer", "financial")):
                j += 1
            while self.lx.lang == "en" and j < len(tokens) and j < i + 6 and tokens[j].lower not in ("a", "an") and (
                    tokens[j].text in ("-", "/") or _lower_word(tokens[j].text) and not self._structure_word(tokens[j].lower)):
                j += 1
                described = True
            following = self._mention_at(ctx, j)
            if following is None or following.compound_head or described and not (
                    following.entity.kind == "person" and current.entity.kind in ("person", "other")):
                break
            out.append(following)
            current = following
        after = out[-1].last
        if len(out) > 1 and not any(t.lower in _LIST_LINKS and t.text != "," for t in tokens[mention.last:after + 1]):
            return out[:1]  # "Kraus & Associates LLC, Grosse Pointe, Michigan": an address, no list
        return out

    def _subject_left(self, ctx: _Context, lo: int, trigger: int) -> Mention | None:
        # "X (born 1950 in Tiflet, Morocco) is the CEO of Y": what the brackets name is no subject
        bracketed = ctx.parenthesized
        candidates = [m for m in ctx.mentions if lo <= m.first and m.last <= trigger and m.first not in bracketed
                      and not self._in_pp(ctx, m) and not m.compound_head]
        for m in reversed(candidates):
            if self._possessor(ctx, m):
                if self._descriptor(ctx, m):
                    return m
                continue
            return m
        return None

    def _people_before(self, ctx: _Context, i: int, sentences: int) -> list[Mention]:
        """The people named before token `i`, in this and the `sentences` sentences before it: what
        "er", "his" or "their" can point back to. A name of unknown kind counts: "Swiney is managed
        by his wife" says Swiney is a person."""
        position = ctx.sentence.tokens[i].start
        return [m for m in self.analysis.mentions if m.entity is not None and m.end <= position
                and (m.entity.kind == "person" or m.entity.kind == "other" and " " not in m.text
                     and m.evidence != "pronoun" and self._may_be_person(m))
                and m.sentence >= ctx.sentence.index - sentences]

    def _may_be_person(self, m: Mention) -> bool:
        """A lone name of unknown kind in subject position: not "in Lakewood", not "Parra, Goa",
        not a title ("Madam", "Lord"), not a sentence's first word ("Zudem")."""
        tokens = self.analysis.sentences[m.sentence].tokens
        bare = m.text.lower().rstrip(".")
        after_name = m.first > 2 and tokens[m.first - 1].text == "," and tokens[m.first - 2].text[:1].isupper()
        opening_word = m.first == 0 and dictionary_word(m.text, self.lx.lang)[0]  # "Zudem", not "Kormendi"
        return not opening_word and not after_preposition(self.analysis, m, strict=True) and not after_name \
            and bare not in self.lx.honorifics and bare not in ("sr", "jr") and not self.lx.role(bare)

    def _pronoun_antecedent(self, ctx: _Context, i: int) -> Entity | None:
        """The last person named before the pronoun, within two sentences."""
        earlier = self._people_before(ctx, i, 2)
        return earlier[-1].entity if earlier else None

    def _entity(self, ctx: _Context, mention: Mention) -> Entity:
        if self._possessor(ctx, mention):
            return self._descriptor(ctx, mention) or mention.entity
        return mention.entity

    def _former(self, ctx: _Context, i: int) -> bool:
        tokens = ctx.sentence.tokens
        window = [t.lower for t in tokens[max(0, i - 3):i + 1]]
        return any(w in self.lx.former or any(w.startswith(f) for f in ("ex-", "former", "ehemalig"))
                   for w in window)

    def _possessor_at(self, ctx: _Context, i: int) -> bool:
        m = self._mention_at(ctx, i)
        return m is not None and self._possessor(ctx, m)

    def _phrase_start(self, ctx: _Context, first: int) -> int:
        """Where the noun phrase ending in a name begins: over articles, adjectives and describing
        nouns ("vom Oldenburger Energieversorger EWE", "in das Berliner Start-up Solaris")."""
        tokens = ctx.sentence.tokens
        i = first - 1
        while i >= 0 and not (i > 0 and tokens[i - 1].lower == "to" and tokens[i].text.islower()
                              and tokens[i].lower not in self.lx.determiners and not self.lx.org_cue(tokens[i].text)
                              and self.lx.lang == "en") and (  # "to acquire X": a verb, no adjective
                tokens[i].lower in self.lx.determiners or _adjective(tokens[i].text, self.lx.lang)
                or self.lx.org_cue(tokens[i].text) or tokens[i].lower in self.lx.person_cues
                          or (self.lx.lang == "de" and tokens[i].text[:1].isupper() and tokens[i].text.endswith("er")
                              and self._mention_at(ctx, i) is None)):
            i -= 1
        return i + 1

    def _after_preposition(self, ctx: _Context, mention: Mention, prepositions: tuple[str, ...]) -> bool:
        k = self._phrase_start(ctx, mention.first) - 1
        return k >= 0 and ctx.sentence.tokens[k].lower in prepositions

    def _apposition_spans(self, ctx: _Context, limit: int) -> set[int]:
        """Token positions inside appositions: "Josh Kushner, der Gründer von Thrive, lobte"."""
        tokens = ctx.sentence.tokens
        inside: set[int] = set()
        for m in ctx.mentions:
            k = m.last
            if k >= limit or k >= len(tokens) or tokens[k].text != ",":
                continue
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if nxt is None or not (nxt.lower in self.lx.determiners or _adjective(nxt.text, self.lx.lang)
                                   or self.lx.role(nxt.lower) or self.lx.stake(nxt.lower)):
                continue
            close = next((x for x in range(k + 2, limit) if tokens[x].text == ","), None)
            if close is not None:
                inside.update(range(k + 1, close))
        return inside

    def _passive_without_agent(self, ctx: _Context, start: int) -> bool:
        """A passive whose agent the frames do not name: "was accused", "is being sued", "wird von
        Walgreens Boots Alliance übernommen" (a name not found) — read actively it turns around."""
        tokens = ctx.sentence.tokens
        if start == 0:
            return False
        word = tokens[start].lower
        if self.lx.lang == "de":
            lo, _ = self._clause(ctx, start)
            participle = word[:1].islower() and word.endswith(("en", "t")) and not word.endswith(("te", "ten")) \
                and simplemma.lemmatize(word, lang="de") != word
            return participle and any(t.lower in ("wird", "wurde", "wurden", "werden", "worden")
                                      for t in tokens[lo:start])
        before = [t.lower for t in tokens[max(0, start - 2):start]]
        return any(w in ("is", "was", "were", "are", "been", "be", "being") for w in before) and word.endswith("ed")

    def _items_before(self, ctx: _Context, lo: int, start: int) -> list[tuple[Entity, Mention | None]]:
        """The nominative-looking arguments before a verb: names outside prepositional phrases,
        and subject pronouns standing for the last person named."""
        items: list[tuple[int, Entity, Mention | None]] = []
        apposed = self._apposition_spans(ctx, start) | ctx.parenthesized
        for m in ctx.mentions:
            if m.first in apposed:
                continue
            if lo <= m.first and m.last <= start and not m.compound_head and not self._in_pp(ctx, m):
                if self._possessor(ctx, m):
                    descriptor = self._descriptor(ctx, m)
                    if descriptor is not None:
                        items.append((m.first, descriptor, m))
                    continue
                items.append((m.first, m.entity, m))
        for t in ctx.sentence.tokens[lo:start]:
            if t.lower in self.lx.subject_pronouns:
                antecedent = self._pronoun_antecedent(ctx, t.i)
                if antecedent is not None:
                    items.append((t.i, antecedent, None))
        pronouns = self.lx.extra.get("organization_pronouns", {})
        unresolved = [t.i for t in ctx.sentence.tokens[lo:start]
                      if t.lower in pronouns and not pronouns[t.lower] and self._mention_at(ctx, t.i) is None]
        if unresolved and all(i < unresolved[-1] for i, _, _ in items):
            return []  # "told the SEC it had acquired": "it" is the subject, and no one we can name
        return [(e, m) for _, e, m in sorted(items, key=lambda x: x[0])]

    def _coordinated_before(self, ctx: _Context, mention: Mention) -> list[Mention]:
        out = []
        tokens = ctx.sentence.tokens
        current = mention
        while True:
            k = current.first - 1
            # "Vivendi and its former chief executive Messier": over what describes the name
            while k > 0 and current.first - k <= 5 and (
                    tokens[k].lower in self.lx.former or tokens[k].lower in _TITLE_WORDS or self.lx.role(tokens[k].lower)
                    or (tokens[k].lower in self.lx.possessive_relatives and k + 1 < current.first)):
                k -= 1
            if k < 1 or tokens[k].lower not in _LIST_LINKS:
                break
            prev = self._mention_at(ctx, k - 1)
            if prev is None or prev.compound_head or self._in_pp(ctx, prev):
                break  # "In a filing with the SEC, Louart said": the comma ends a phrase, not a list
            out.append(prev)
            current = prev
        return out

    def _skip_descriptor(self, tokens, i: int, limit: int = 6) -> int:
        """Over what describes a name before it: "by (its visionary director Mr.) Sunil Dhadwe",
        "von (dem Unternehmer) Hans Berger", "by (businessman and entrepreneur) Steve Francis"."""
        start = i
        while i < len(tokens) and i < start + limit and (
                tokens[i].lower in self.lx.determiners or _adjective(tokens[i].text, self.lx.lang)
                or (tokens[i].lower in ("and", "und", "&") and i > start and i + 1 < len(tokens)
                    and (self.lx.role(tokens[i + 1].lower) or tokens[i + 1].lower in self.lx.person_cues
                         or tokens[i + 1].lower in _TITLE_WORDS))
                or (tokens[i].text in ("-", "/") and self.lx.lang == "en")  # "top-grossing", "singer/songwriter"
                or tokens[i].lower in self.lx.honorifics or self.lx.role(tokens[i].lower)
                or tokens[i].lower in self.lx.person_cues or tokens[i].lower in _TITLE_WORDS
                or tokens[i].lower in self.lx.former
                or tokens[i].lower in self.lx.place_adjectives and self.lx.place_adjectives[tokens[i].lower]
                or (_lower_word(tokens[i].text) and self.lx.lang == "en" and not self._structure_word(tokens[i].lower))):
            i += 1
        return i

    def _structure_word(self, lower: str) -> bool:
        """A word that ends a description: a preposition, conjunction, pronoun or clause opener."""
        return lower in self.lx.prepositions or lower in self.lx.clause_openers or lower in _LIST_LINKS \
            or lower in self.lx.subject_pronouns or lower in ("it", "they", "we", "you", "i", "is", "was", "are",
                                                              "were", "has", "had", "have", "be", "been", "not")

    def _relative_subject(self, ctx: _Context, lo: int) -> Mention | None:
        tokens = ctx.sentence.tokens
        if lo < 2 or tokens[lo - 1].text != "," or tokens[lo].lower not in (
                "der", "die", "das", "welche", "welcher", "who", "which", "that"):
            return None
        return self._before_comma(ctx, lo - 1)

    def _relative_antecedent(self, ctx: _Context, lo: int) -> Mention | None:
        """", dessen Wahl Musk unterstützt hat" / ", which Musk founded": the name the relative
        clause hangs on."""
        tokens = ctx.sentence.tokens
        if lo < 2 or tokens[lo - 1].text != ",":
            return None
        if tokens[lo].lower not in self.lx.possessive_relatives | {"den", "der", "which", "whom", "who", "that",
                                                                   "die", "das"} \
                and not self._prepositional_relative(tokens, lo):
            return None
        return self._before_comma(ctx, lo - 1)

    def _before_comma(self, ctx: _Context, comma: int) -> Mention | None:
        """The name that ends right before the comma at `comma`, past a short form or a ticker in
        brackets: "die Beteiligungsholding (Öbib), die …", "Mark IV Industries Inc <IV>, which …"."""
        tokens = ctx.sentence.tokens
        k = comma - 1
        closer = tokens[k].text if k >= 0 else ""
        if closer in (")", ">"):
            opener = "(" if closer == ")" else "<"
            k = next((j - 1 for j in range(k - 1, max(k - 5, 0), -1) if tokens[j].text == opener), k)
        return self._mention_at(ctx, k)


def _fits(entity: Entity, kinds: tuple[str, ...]) -> bool:
    return entity.kind in kinds or entity.kind == "other"


def _settle_kind(entity: Entity, kinds: tuple[str, ...]) -> None:
    """A name of unknown kind in a slot that takes one kind (or prefers organizations) gets it."""
    if entity.kind == "other":
        entity.kind = "organization" if "organization" in kinds else kinds[0]


@functools.lru_cache(maxsize=32768)
def _german_past_tense(word: str) -> bool:
    """"erklärte", "kündigte": a verb, not an inflected adjective, though both end in -te."""
    lemma = simplemma.lemmatize(word, lang="de")
    return lemma != word and lemma.endswith("en") and not lemma.endswith("ten")


def _adjective(word: str, lang: str) -> bool:
    lower = word.lower()
    if lang == "de" and lower.endswith(("te", "ten")) and word[:1].islower() and _german_past_tense(word):
        return False
    if lower in ("früher", "frühere", "wichtiger", "major", "big", "key", "early", "new", "largest", "biggest",
                 "neue", "neuer", "neuen", "neues", "designierte", "designierter"):
        return True
    if lower in _FUNCTION_WORDS:
        return False
    return word[:1].islower() and lower.endswith(("e", "en", "er", "es", "em", "ed", "ive", "al", "ic",
                                                   "ful", "ous", "ige", "igen", "iger")) and len(word) > 2


# between a determiner or possessive and a kin or role noun: "Maurice's youngest son", "his then
# wife", "the third son of"
_ORDER_WORDS = frozenset({
    "youngest", "eldest", "oldest", "younger", "older", "elder", "first", "second", "third", "fourth", "fifth",
    "sixth", "seventh", "eighth", "ninth", "tenth", "late", "then", "only", "twin", "jüngste", "jüngster",
    "jüngsten", "älteste", "ältester", "ältesten", "einzige", "einziger", "verstorbene", "verstorbenen",
    "damalige", "damaligen", "zweite", "zweiter", "dritte", "dritter"})
_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th|\.)")


def _order_word(lower: str) -> bool:
    return lower in _ORDER_WORDS or bool(_NUMBERED.fullmatch(lower))


def _noun_phrase_start(tokens, i: int, lexicon) -> int:
    """Walk left from a noun over its determiner, adjectives and "former": "a direct rival"."""
    j = i - 1
    steps = 0
    # "a wholly-owned investment management subsidiary", "a 100% subsidiary"
    while j >= 0 and steps < 6 and (tokens[j].lower in lexicon.determiners or _adjective(tokens[j].text, lexicon.lang)
                                     or _order_word(tokens[j].lower) or tokens[j].text == "%"
                                     # "chief US economist", "senior European analyst"
                                     or j > 0 and tokens[j].lower in lexicon.place_adjectives
                                     and tokens[j - 1].text[:1].islower()
                                     or tokens[j].text.isdigit() and j + 1 < i and tokens[j + 1].text == "%"
                                     or tokens[j].lower in lexicon.former or tokens[j].text == "-"
                                     or tokens[j].lower in lexicon.extra.get("title_words", ())  # "Corporate"
                                     or (lexicon.lang == "en" and tokens[j].text[:1].islower()
                                         and tokens[j].text.isalpha() and not tokens[j].lower.endswith("ed")
                                         and tokens[j].lower not in _FUNCTION_WORDS
                                         and tokens[j].lower not in lexicon.prepositions)):
        j -= 1
        steps += 1
    return j + 1


def _parenthesized(tokens) -> set[int]:
    inside, depth = set(), 0
    for t in tokens:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            inside.add(t.i)
    return inside


def _title_case(sentence: Sentence, function_words: frozenset[str]) -> bool:
    """A headline in Title Case: most words capitalized, function words of its language included
    ("To Sell"; German's "ag" is no English function word)."""
    texts = list(map(token_text, sentence.tokens[1:]))
    if function_words.isdisjoint(map(str.lower, filterfalse(str.islower, texts))):
        return False  # no function word with a capital: most sentences, told in C loops
    words = [w for w in texts if w.isalpha()]
    function_words = [w for w in words if w.lower() in function_words]
    capital_function = sum(w[0].isupper() for w in function_words)
    return len(words) >= 3 and capital_function >= 1 and sum(w[0].isupper() for w in words) / len(words) > 0.7


def _lower_word(text: str) -> bool:
    """A lowercase word, hyphens and slashes allowed: "top-grossing", "singer/songwriter"."""
    parts = [p for p in re.split(r"[-/]", text) if p]
    return bool(parts) and all(p.isalpha() and p.islower() for p in parts)


def _wordlike(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _skip_words(tokens, i: int, limit: int, lexicon: Lexicon) -> int:
    """Skip determiners and adjectives: to the head of a noun phrase."""
    n = 0
    while i < len(tokens) and n < limit and (
            _adjective(tokens[i].text, lexicon.lang) or tokens[i].lower in lexicon.determiners
            or tokens[i].lower in ("der", "die", "das", "den", "dem", "des", "the", "a", "an")):
        i += 1
        n += 1
    return i


def _token_at(sentence: Sentence, offset: int) -> int | None:
    for t in sentence.tokens:
        if t.start <= offset < t.end:
            return t.i
    return None

