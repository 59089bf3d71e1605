"""Mentions of people, organizations and places, found from the shape and context of names.

German capitalizes every noun, so a capital letter alone proves little there: a name needs a
given name, a legal form or an organization head noun, a brand shape (xAI, OpenAI, OMV), a cue
noun before it ("das Unternehmen X"), or — for a lone word — no sign of being a common noun.
Two passes: the first finds the names that carry such evidence, the second the short forms of
those names elsewhere in the document ("Musk", "Musks", "Thrive")."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from itertools import compress

import simplemma

from .lexicon import Answers, Lexicon
from .names import is_given_name
from .sentences import Sentence, Token, token_lower, token_text

_BRAND = re.compile(r"^(?:[a-z]+[A-Z][\w]*|[A-Z][a-z]+[A-Z][\w]*|[A-ZÄÖÜ]{2,}[a-zäöü]?|\d+[A-Z][\w]*|[A-Z]\d[\w]*)$")
_WORD = re.compile(r"\w", re.UNICODE)
# German federal and state institutions are one word: Bundeskartellamt, Landgericht, Bundestag
_INSTITUTION = re.compile(r"^(?:(?:Bundes|Landes|Ober|Europäische)\w*(?:amt|behörde|ministerium|gericht|gerichtshof|"
                          r"bank|agentur|anstalt|kammer|tag|rat|regierung|kanzleramt|kommission|parlament)"
                          # a court or cartel office is one body wherever it sits: "das Kartellgericht"
                          r"|[A-ZÄÖÜ]\w+(?:gericht|gerichtshof|kartellamt))(es|s)?$")
_REGNAL = re.compile(r"[IVX]{1,4}")  # "Henry IV", "Ferdinand VII"
_SPACES = re.compile(r"\s+")
_NATIONALITY = re.compile(r"(?:ian|ean|ese|ish|ican)$")  # "Indonesian", "Chinese", "Danish"
_INITIALS = re.compile(r"^(?:[A-Z]\.)+[A-Z]?\.?$")
# Acronyms that are words of the trade, not names.
_NOT_NAMES = {"ceo", "cfo", "coo", "cto", "ag", "se", "gmbh", "inc", "plc", "ltd", "llc", "ipo",
              "kg", "bip", "gdp", "pr", "tv", "it", "ki", "ai", "ok", "dlrs", "pct", "mln", "bln",
              "usd", "eur", "gbp", "chf", "dax", "atx", "nasdaq", "vs", "nr", "ceos", "co", "corp",
              "ltd.", "inc.", "ii", "iii", "iv", "pm", "am", "utc", "cet", "mez", "ps", "eu-", "dr",
              "qr", "faq", "app", "apps", "ps.", "the", "a", "i",
              # money and scale: "58 Mio. Euro" is an amount, not a name
              "mio", "mio.", "mrd", "mrd.", "mia.", "tsd", "tsd.", "euro", "euros", "dollar", "dollars",
              "franken", "pfund", "prozent", "millionen", "milliarden", "million", "billion", "cent", "yen"}


_NAME, _NAME_UNLESS_TITLE = "name", "name unless a title"
_PLAIN, _DICTIONARY = "plain noun", "dictionary noun"


@dataclass
class Mention:
    text: str  # the name as written, without a genitive ending
    start: int
    end: int
    sentence: int
    first: int  # token span in the sentence, end exclusive
    last: int
    kind: str  # person, organization, place, other
    evidence: str  # why this is a name: "given-name", "legal-form", "brand", "cue", ...
    genitive: bool = False  # "Musks", "Microsoft's": a possessor, not a head
    compound_head: str | None = None  # "CEO" in "OpenAI-CEO": the noun the name modifies
    entity: object = None  # set by resolve
    strength: int = 1  # how sure the kind is: 3 strong, 2 cue, 1 shape only

    @property
    def span(self) -> tuple[int, int]:
        return (self.first, self.last)


@dataclass
class _Cand:
    tokens: list[Token]
    first: int
    kind: str = "other"
    evidence: str = ""
    strength: int = 0
    genitive: bool = False
    extra: dict = field(default_factory=dict)


@functools.cache
def _compound_heads(lexicon: Lexicon) -> tuple[str, ...]:
    heads = set(lexicon.org_cues) | set(lexicon.stakes) | set(lexicon.roles)
    return tuple(h for h in heads if len(h) >= 5 and " " not in h)


@functools.cache
def _after_comma(lexicon: Lexicon) -> frozenset[str]:
    """Legal forms (and Jr, Sr) that follow a name after a comma; not the words that are names'
    heads as well ("…, Group" starts a new phrase)."""
    heads = {"company", "group", "holding", "holdings", "partnership", "corporation", "limited"}
    return frozenset({form.rstrip(".") for form in lexicon.legal_forms if form not in heads}
                     | {"jr", "sr", "p.a", "pa", "pc", "pllc"})


@functools.cache
def _connectors(lexicon: Lexicon) -> frozenset[str]:
    """The words that can join two parts of one name (_connector_continues): any other word after
    a name ends it."""
    return frozenset({",", "-", "&", "of", "for", "für", "and", "und", "bin", "bint", "ibn",
                      "de", "des", "du", "der", "la"} | lexicon.name_particles)


def _per_word(method):
    """Mark a word class whose answers are kept across documents: they depend on the word and the
    lexicon alone, and the same words come back in every document."""
    method.per_word = True
    return method


@functools.cache
def _word_classes(lexicon: Lexicon) -> dict[str, Answers]:
    """The answer tables of the lexicon's word classes. Each finder reads them in place of its
    methods, so that a known answer costs one dictionary lookup."""
    asker = object.__new__(MentionFinder)  # a finder of no document: word classes read the lexicon only
    asker.lx = lexicon
    tables = {name: Answers(functools.partial(method, asker))
              for name, method in vars(MentionFinder).items() if getattr(method, "per_word", False)}
    for name, table in tables.items():
        setattr(asker, name, table.__getitem__)
    return tables


class MentionFinder:
    def __init__(self, lexicon: Lexicon):
        self.lx = lexicon
        for name, table in _word_classes(lexicon).items():
            setattr(self, name, table.__getitem__)

    # ---- word classes -------------------------------------------------------------------------
    @_per_word
    def brand(self, text: str) -> bool:
        return bool(_BRAND.match(text)) and text.lower() not in _NOT_NAMES and \
            text.lower() not in self.lx.roles and text.lower() not in self.lx.places

    @_per_word
    def common_noun(self, word: str) -> bool:
        """A German noun (or an English title word) rather than a name."""
        lower = word.lower()
        lx = self.lx
        if lower in lx.org_cues or lower in lx.person_cues \
                or lx.role(lower) or lx.stake(lower) or lx.family_kind(lower):
            return True
        if lower in lx.months or lower in lx.weekdays:
            return True
        if self.compound_of_cue(lower):
            return True
        if lx.lang == "de" and not self.brand(word):
            if dictionary_word(word, "de")[1]:
                return True
            for stem in (lower, lower[:-1], lower[:-2]):
                if len(stem) > 4 and stem.endswith(lx.noun_suffixes):
                    return True
        return False

    @_per_word
    def compound_of_cue(self, lower: str) -> bool:
        """German compounds end in their head noun: "Raumfahrtfirma", "Wagniskapitalgeber"."""
        if self.lx.lang != "de" or len(lower) < 8:
            return False
        return lower.endswith(_compound_heads(self.lx))

    @_per_word
    def _lexicon_noun(self, lower: str) -> bool:
        """A noun the lexicon knows as a cue, role or tie: it separates names in a run."""
        lx = self.lx
        return bool(lower in lx.org_cues or lower in lx.person_cues or lx.role(lower) or lx.stake(lower)
                    or lx.family_kind(lower) or self.compound_of_cue(lower))


    def name_word(self, token: Token, sentence_start: bool) -> bool:
        shape = self._name_shape(token.text)
        # "Chief Financial Officer of Globex": a title in capitals, not a name
        return shape is _NAME or shape is _NAME_UNLESS_TITLE and token.i not in self._titles

    @_per_word
    def _name_shape(self, text: str) -> object:
        """_NAME, _NAME_UNLESS_TITLE, or None where the word cannot be part of a name."""
        lower = text.lower()
        capitalized = text[:1].isupper() and _WORD.search(text) or _BRAND.match(text)
        if not capitalized or lower in _NOT_NAMES:
            return None
        if (lower in self.lx.stop_words and not (text.isupper() and lower in self.lx.places)) \
                or lower in self.lx.months or lower in self.lx.weekdays:
            return None  # but "US" in "Delek US Holdings" is no pronoun
        if _INITIALS.match(text) or _INSTITUTION.match(text):
            return _NAME
        if "-" in text:
            return _NAME if self._compound_is_name(text) else None
        if self.lx.role(lower) and not self.brand(text) and lower not in self.lx.org_heads:
            return None
        return _NAME_UNLESS_TITLE

    def _compound_is_name(self, text: str) -> bool:
        parts = [p for p in text.split("-") if p]
        if not parts:
            return False
        head = parts[-1].lower()
        if head in self.lx.org_heads:
            return True
        if self.lx.role(head) or self.lx.stake(head) or self.lx.family_kind(head):
            return False
        return all(p[:1].isupper() for p in parts) and not any(
            self.common_noun(p) for p in parts[1:])

    # ---- pass 1 ------------------------------------------------------------------------------
    def find(self, sentences: list[Sentence], signals: list[tuple[int, int, str]] = ()) -> list[Mention]:
        """All mentions; `signals` are (start, end, kind) entities from a statistical model."""
        mentions: list[Mention] = []
        self._initial: list[tuple[Sentence, _Cand]] = []
        for sentence in sentences:
            mentions.extend(self._sentence_mentions(sentence))
        mentions.extend(self._model_mentions(sentences, mentions, signals))
        names = {m.text.lower() for m in mentions}
        for sentence, cand in self._initial:
            # "Kestrel Automation ist ...": a sentence-initial run named elsewhere is that name
            text = " ".join(t.text for t in cand.tokens).lower()
            if text in names and len(cand.tokens) > 1:
                cand.evidence, cand.strength = "repeated", 1
                mention = self._to_mention(sentence, cand)
                if mention:
                    mentions.append(mention)
        known = self._known_words(mentions)
        self._add_compound_names(sentences, mentions, known)
        mentions = self._confirm(mentions, known)
        result: list[Mention] = []
        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        for sentence in sentences:
            own = by_sentence.get(sentence.index, [])
            taken = {i for m in own for i in range(m.first, m.last)}
            extra = self._short_forms(sentence, known, taken)
            result.extend(own)
            result.extend(extra)
            result.extend(self._compound_modifiers(sentence, known, taken))
        result.sort(key=lambda m: (m.start, m.end))
        return _drop_nested(result)

    def _sentence_mentions(self, sentence: Sentence) -> list[Mention]:
        tokens = sentence.tokens
        if len(tokens) >= 3 and sentence.text.isupper():
            # "AIRBUS SIGNS ONE BILLION DLR JAPANESE CONTRACT": a headline in capitals shows no
            # name's shape; the names it holds are read from the story (and found here again
            # as the short forms of those)
            return []
        self._titles = self._title_words(tokens)
        mentions: list[Mention] = []
        pending: list[_Cand] = []
        j = 0  # where the last run ended
        # Most words have no name's shape and no capital to open one: only the others are read.
        for i in compress(range(len(tokens)), map(self._may_open_name, map(token_text, tokens))):
            if i < j:
                continue
            if not self.name_word(tokens[i], i == 0) and not self._name_opener(tokens, i):
                continue
            j = i + 1
            while j < len(tokens):
                if (self.name_word(tokens[j], False) or tokens[j].lower.rstrip(".") in self.lx.legal_forms
                        and (tokens[j].text[:1].isupper() or tokens[j].lower == "plc")) \
                        and not tokens[j - 1].text.endswith(("'s", "’s")):
                    j += 1  # "Louart Corp", "Zielpunkt GmbH": a legal form continues the name
                    continue
                if tokens[j].text in ("II", "III", "IV") or tokens[j].text == "I" and (
                        j + 1 == len(tokens) or tokens[j + 1].text in (",", ".", ")", "(", "and", "und")):
                    j += 1  # "King George III", "Sultan Abdulmejid I", "Paragon Associates II"
                    continue
                if self._connector_continues(tokens, i, j):
                    j += 2
                    continue
                if self._bracketed_part(tokens, j, i):
                    j += 4  # "Industrial Equity (Pacific) Ltd", 'Maurice "Hank" Greenberg'
                    continue
                break
            for cand in self._classify_run(sentence, i, j):
                if cand.extra.get("initial"):
                    self._initial.append((sentence, cand))
                    continue
                if cand.extra.get("dictionary"):
                    pending.append(cand)
                    continue
                mention = self._to_mention(sentence, cand)
                if mention:
                    mentions.append(mention)
        return mentions + self._coordinated(sentence, mentions, pending)

    def _coordinated(self, sentence: Sentence, mentions: list[Mention], pending: list[_Cand]) -> list[Mention]:
        """A dictionary word listed beside a name is a name too: "Sam Altman, Microsoft sowie"."""
        links = {",", "und", "sowie", "oder", "and", "or", "&"}
        ends = {m.last for m in mentions} | {m.first - 2 for m in mentions}
        starts = {m.first for m in mentions}
        out = []
        for cand in pending:
            last = cand.first + len(cand.tokens)
            tokens = sentence.tokens
            before = cand.first >= 1 and tokens[cand.first - 1].lower in links and cand.first - 1 in ends
            after = last < len(tokens) and tokens[last].lower in links and last + 1 in starts
            if before or after:
                cand.kind, cand.evidence, cand.strength = "other", "list", 1
                mention = self._to_mention(sentence, cand)
                if mention:
                    out.append(mention)
        return out

    _titles: set[int] = set()

    def _title_words(self, tokens: list[Token]) -> set[int]:
        """Words of a capitalized title ("Senior Vice President", "Chief Financial Officer"): each
        stands next to another title word or a role. Alone ("Financial Times", "General Motors")
        they are names."""
        words = self.lx.extra.get("title_words", frozenset())
        lowers = list(map(token_lower, tokens))
        titled = set(compress(range(len(tokens)), map(self._titled, lowers)))
        titles = {i for i in titled if lowers[i] in words and (i - 1 in titled or i + 1 in titled)}
        phrase_starts = self.lx.phrase_starts  # a title of two words opens with one of these
        for a in compress(tokens, map(phrase_starts.__contains__, lowers)):
            if a.i + 1 == len(tokens) or not a.text[:1].isupper():
                continue
            b = tokens[a.i + 1]
            if b.text[:1].isupper() and self.lx.role(f"{a.lower} {b.lower}"):
                titles.update((a.i, b.i))  # "General Secretary", "Managing Director"
            if b.text == "-" and a.i + 2 < len(tokens) and self.lx.role(f"{a.lower}-{tokens[a.i + 2].lower}"):
                titles.update((a.i, b.i, a.i + 2))  # "Secretary-General"
        for a in sorted(titled):  # "Chief Strategy and Business Development Officer": all of it
            if tokens[a].lower not in ("chief", "head", "vice", "executive", "senior", "global"):
                continue
            for b in range(a + 2, min(len(tokens), a + 8)):
                if not (tokens[b].text[:1].isupper() or tokens[b].lower in ("and", "&", "of")):
                    break
                if b in titled and tokens[b].lower not in ("chief", "vice", "senior", "executive", "global"):
                    titles.update(range(a, b))
                    break
        return titles

    @_per_word
    def _may_open_name(self, text: str) -> bool:
        """A word with a name's shape, or a capital: the words a name can start at."""
        return self._name_shape(text) is not None or text[:1].isupper()

    @_per_word
    def _titled(self, lower: str) -> bool:
        """A title word ("senior", "vice") or a role."""
        return lower in self.lx.extra.get("title_words", ()) or bool(self.lx.role(lower))

    def _name_opener(self, tokens: list[Token], i: int) -> bool:
        """A capitalized function word inside a sentence opens a name: "First Union Corp"; so does a
        month that is also a given name, before a surname: "Jan Kowalski", "June Carter"."""
        token = tokens[i]
        if token.lower in self.lx.months and token.text[:1].isupper() and i + 1 < len(tokens) \
                and is_given_name(token.text, self.lx.stop_words) and self.name_word(tokens[i + 1], False) \
                and tokens[i + 1].lower not in self.lx.stop_words \
                and not (i > 0 and (tokens[i - 1].lower in self.lx.prepositions or tokens[i - 1].text[:1].isdigit())) \
                and not (i + 2 < len(tokens) and (tokens[i + 2].lower in self.lx.legal_forms
                                                  or tokens[i + 2].lower in self.lx.org_heads)):
            return True  # not "in May Brightwave Inc bought"
        return (i > 0 and self.lx.lang == "en" and token.text[:1].isupper() and token.lower in self.lx.stop_words
                and token.lower not in self.lx.determiners and token.lower not in self.lx.prepositions
                and token.lower not in self.lx.months  # "in May Brightwave Inc bought"
                and i + 1 < len(tokens) and self.name_word(tokens[i + 1], False)
                and tokens[i + 1].lower not in self.lx.stop_words)

    def _connector_continues(self, tokens: list[Token], i: int, j: int) -> bool:
        """Inside a name: "Marsh & McLennan", "Bundes- und Industriebeteiligungen GmbH",
        "Hochschule für Technik", "National Union of Journalists", "Ursula von der Leyen"."""
        if j + 1 >= len(tokens) or tokens[j].lower not in _connectors(self.lx):
            return False
        word, after = tokens[j], tokens[j + 1]
        lower = word.lower
        if lower == "," and after.text[:1].isupper() and after.lower.rstrip(".") in _after_comma(self.lx):
            return True  # "Energy Transfer Partners, L.P.", "Sunoco, Inc.", "Eyecare Associates, P.A."
        if lower in ("of", "for") and after.lower == "the" and j + 2 < len(tokens) \
                and self.name_word(tokens[j + 2], False) and any(t.text.lower() in self.lx.org_heads for t in tokens[i:j]):
            return True  # "American Association for the Advancement of Science"
        if not self.name_word(after, False):
            if lower in ("and", "und", "&") and after.text[:1].isupper() and after.lower.rstrip(".") in ("co", "cie"):
                return True  # "Dubin Clark and Co", "Schelhammer & Co."
            if lower in self.lx.name_particles and after.lower in self.lx.name_particles and j + 2 < len(tokens):
                return self._given_names_only(tokens[i:j]) and self.name_word(tokens[j + 2], False)
            return False
        run = [t.text.lower() for t in tokens[i:j]]
        regnal = j - i >= 2 and _REGNAL.fullmatch(tokens[j - 1].text) and is_given_name(tokens[i].text, self.lx.stop_words)
        if (run[0] in self.lx.ranks or regnal) and (
                lower == "of" or lower == "and" and "of" in run and run[-1] in self.lx.places
                and not is_given_name(after.text, self.lx.stop_words)):
            return True  # "Prince Paul of Yugoslavia", "Ferdinand VII of Spain", "of Greece and Denmark"
        if lower in ("bin", "bint", "ibn"):
            return True  # "Mohammed bin Salman", "Prince Alwaleed bin Talal": a patronymic inside the name
        if lower in self.lx.name_particles and lower not in ("der", "den") and self._given_names_only(tokens[i:j]) \
                and not (self.lx.lang == "de" and self.common_noun(after.text)):
            return True  # "Rodrigo de Rato", "Ursula von der Leyen"; not "Lupe von Juristen"
        if lower == "-" and tokens[j - 1].end == word.start and word.end == after.start:
            return True  # "Jean-Rene", "Leipnik-Lundenburger" split by the tokenizer
        if lower == "&":
            return True
        if lower in ("und", "and"):
            return self._and_inside_name(tokens, i, j)
        if lower in ("für", "of", "for", "de", "des", "du", "der", "la") and (
                run[-1] in self.lx.org_heads or run[-1] in ("hochschule", "universität", "university",
                                                             "bank", "institut", "institute")
                or any(r in self.lx.org_heads for r in run)):
            return lower not in ("der", "des") or self.lx.lang == "de"
        return False

    def _and_inside_name(self, tokens: list[Token], i: int, j: int) -> bool:
        """Whether the "and" at j joins two words of one name ("Securities and Exchange
        Commission", "Department of Health and Human Services", "Bundes- und
        Industriebeteiligungen GmbH") rather than two names ("Microsoft and Apple Inc", "Bell
        Canada and Northern Telecom Ltd", "the Ministry of Finance and Deutsche Bank AG"). News
        joins two firms with "and" far more often than a firm's name does (those write "&"), so it
        takes words of a field or trade on both sides."""
        lx = self.lx
        if tokens[j - 1].text.endswith("-"):
            return True
        before = [t.lower for t in tokens[i:j]]
        if before[-1].rstrip(".") in lx.legal_forms:
            return False
        after = []
        for token in tokens[j + 1:j + 5]:
            if not self.name_word(token, False):
                break
            after.append(token)
        if not after or any(t.lower.rstrip(".") in lx.legal_forms for t in after):
            return False
        words = [t for t in after if t.lower not in lx.org_heads]
        if not all(self._field_word(t.text) for t in words):
            return False
        ends_in_head = after[-1].lower in lx.org_heads
        if ends_in_head and len(after) >= 2 and j - i == 1 and self._field_word(tokens[i].text):
            return True  # "Securities and Exchange Commission", "Research and Development Center"
        # "Department of Health and Human Services", "Ministry for Economic Affairs and Energy":
        # the fields an organization's name lists after its "of"
        complement = next((k for k, w in enumerate(before) if w in ("of", "for", "für")), None)
        return complement is not None and any(w in lx.org_heads for w in before[:complement]) \
            and (len(after) >= 2 or ends_in_head)

    @_per_word
    def _field_word(self, word: str) -> bool:
        """A capitalized common word ("Exchange", "Human", "Wirtschaft"), not a name or place."""
        return dictionary_word(word, self.lx.lang)[0] and word.lower() not in self.lx.places \
            and not is_given_name(word, self.lx.stop_words)

    def _bracketed_part(self, tokens: list[Token], j: int, i: int) -> bool:
        """A word in brackets between a name and its legal form belongs to the name, and so does a
        nickname between given names and the surname: 'Maurice "Hank" Greenberg', "Robert (Bob) Korsec"."""
        if not (j + 3 < len(tokens) and self.name_word(tokens[j + 1], False)
                and tokens[j + 3].text[:1].isupper()):
            return False
        if tokens[j].text == "(" and tokens[j + 2].text == ")" \
                and tokens[j + 3].lower.rstrip(".") in self.lx.legal_forms:
            return True
        quoted = tokens[j].text in ('"', "“", "„", "'", "‘", "(") and tokens[j + 2].text in ('"', "”", "“", "'", "’", ")")
        return quoted and self.name_word(tokens[j + 3], False) and \
            all(is_given_name(t.text, self.lx.stop_words) or _INITIALS.match(t.text) for t in tokens[i:j])

    def _given_names_only(self, tokens: list[Token]) -> bool:
        return 0 < len(tokens) <= 2 and all(is_given_name(t.text, self.lx.stop_words) for t in tokens)

    @_per_word
    def _lone_noun(self, text: str) -> str | None:
        """What a German noun that stands alone inside a sentence, with no cue before it, comes to
        without reading further: _PLAIN, a common noun that names nothing; _DICTIONARY, an
        uninflected word the dictionary knows ("Markt"), a name only if a name is listed beside
        it; None where the word itself may be a name: a place, an institution, a brand, the bank
        of a name no dictionary knows. What _classify_fully and _plausible would find at length."""
        lx = self.lx
        if lx.lang != "de":
            return None
        lower = text.lower()
        word = lower.rstrip(".") if lower.rstrip(".") in lx.legal_forms else lower
        if word in lx.places or lx.place_adjectives.get(word) \
                or word.endswith("s") and word[:-1] in lx.places or _INSTITUTION.match(text) \
                or "-" in word and word.rsplit("-", 1)[-1] in lx.org_heads \
                or word.endswith(("bank", "versicherung", "holding")) and len(word) > 8 \
                and not dictionary_word(text, "de")[0] \
                or self.brand(text) or word in ("series", "serie"):
            return None
        if self.common_noun(text):
            return _PLAIN
        return _DICTIONARY if dictionary_noun(text, "de") else None

    def _lone_word(self, sentence: Sentence, i: int) -> list[_Cand] | None:
        """The candidates of the one-word run at `i` where _lone_noun settles them: half of all
        German runs are a lone common noun ("die Zahl der Anleger")."""
        tokens = sentence.tokens
        verdict = self._lone_noun(tokens[i].text)
        if verdict is None or self._cue(tokens[i - 1].lower):
            return None
        if verdict is _PLAIN:
            return []
        cand = _Cand([tokens[i]], i, "other", "shape", 1)
        cand.genitive = i + 1 < len(tokens) and tokens[i + 1].text in ("'s", "’s", "'")
        if not self._apposition_cue(sentence, i + 1):  # "Datenwerk, ein Softwareanbieter": a name
            cand.extra["dictionary"] = True
        return [cand]

    @_per_word
    def _cue(self, lower: str) -> bool:
        """A word before a name that says what it names: "Konzern", "Herr", "Chef", "Ex-Chef";
        any of the words _classify_run reads as a cue before a run, whatever kind it gives."""
        lx = self.lx
        return bool(lx.org_cue(lower) or lower in lx.honorifics or lower in lx.person_cues
                    or "-" in lower and lx.role(lower.rsplit("-", 1)[-1]) or lx.role(lower))

    def _classify_run(self, sentence: Sentence, i: int, j: int) -> list[_Cand]:
        """The candidate names in the capitalized run tokens[i:j]."""
        if j == i + 1 and i > 0 and (lone := self._lone_word(sentence, i)) is not None:
            return lone
        return self._classify_fully(sentence, i, j)

    def _classify_fully(self, sentence: Sentence, i: int, j: int) -> list[_Cand]:
        tokens = sentence.tokens
        lx = self.lx
        run = tokens[i:j]
        if len(run) > 2 and run[0].lower == "board" and run[1].lower == "of" and i >= 2 \
                and tokens[i - 1].lower == "the" and tokens[i - 2].lower == "of" and any(
                    t.lower.rstrip(".") in lx.legal_forms or t.lower in lx.org_heads for t in run[2:]):
            # "Chairman of the Board of LiqTech International, Inc.": the board is the title's, the
            # company follows; "chair of the Board of Foreign Scholarships" names the board itself
            skip = 4 if run[2].lower == "directors" and len(run) > 4 and run[3].lower == "of" else 2
            return self._classify_run(sentence, i + skip, j)
        shouted = next((k for k, t in enumerate(run) if not t.text.isupper()), len(run)) if len(run) > 2 else 0
        if 2 <= shouted < len(run) and all(len(t.text) >= 3 for t in run[:shouted]) and run[shouted].text[:1].isupper():
            # "PESCH UNIT SEEKS BALANCE OF REPUBLIC HEALTH Alpha Health Systems Corp": a wire headline
            # in capitals runs into the first sentence; the name starts where the capitals end
            return self._classify_run(sentence, i + shouted, j)
        # "GmbH." at the end of a sentence keeps its full stop
        lowers = [t.lower.rstrip(".") if t.lower.rstrip(".") in lx.legal_forms else t.lower for t in run]
        # a legal form makes the words before it a name, common nouns or not: "Medial Beteiligungs GmbH"
        legal = len(lowers) > 1 and any(w in lx.legal_forms for w in lowers[1:])
        # "King Charles", "Crown Prince Mohammed", "Kronprinz Frederik": a person, title and all
        rank = lx.leading_ranks(lowers)
        title = lowers[rank:lowers.index("of")] if "of" in lowers else lowers[rank:]  # not "of Greece"
        if rank and title and not legal and not any(w in lx.org_heads or w in lx.places for w in title) \
                and not (lx.lang == "de" and dictionary_noun(run[rank].text, "de")):
            return [_Cand(run, i, "person", "rank", 3)]
        # Strip cue and title words in front: "Investmentfirma Thrive Capital", "Chief Executive X".
        lead = 0
        cue_kind = None
        while lead < len(run) - 1 and not is_given_name(run[lead].text, lx.stop_words) and (
                ((self.common_noun(run[lead].text) or inflected_compound(run[lead].text, lx.lang)
                  # "das Borkener Systemhaus Netgo": a place adjective before a common noun
                  or (lx.lang == "de" and lowers[lead].endswith("er") and lead + 2 < len(run)
                      and self.common_noun(run[lead + 1].text) and not is_given_name(run[lead + 1].text, lx.stop_words)))
                 and not (legal and not self._lexicon_noun(lowers[lead])))
                or lowers[lead] in lx.honorifics
                                       or lx.role(lowers[lead])) and not self.brand(run[lead].text) \
                and (lowers[lead] not in lx.org_heads or lx.org_cue(lowers[lead])) \
                and lowers[lead + 1] not in lx.org_heads \
                and lowers[lead + 1] not in ("of", "for", "für", "de", "&") \
                and (lx.lang == "de" or i + lead == 0 or lowers[lead] in lx.honorifics or lx.role(lowers[lead])):
            # "die Gewerkschaft Verdi": a cue, then the name; in English a capitalized word is part
            # of the name ("Network Aviation", "Bank of the West") unless it opens the sentence
            if self.lx.org_cue(lowers[lead]):
                cue_kind = "organization"
            elif lowers[lead] in lx.honorifics or lowers[lead] in lx.person_cues or lx.role(lowers[lead]):
                cue_kind = cue_kind or "person"
            lead += 1
        run, lowers, first = run[lead:], lowers[lead:], i + lead
        if not run or lowers[0] in ("series", "serie"):
            return []  # "Series B" names a funding round
        cand = _Cand(run, first)
        # the word in front of the run can be a cue as well
        before = tokens[first - 1].text.lower() if first > 0 else ""
        if self.lx.org_cue(before) and cue_kind is None:
            # "investor" cues both: "investor Sequoia" is a firm, "investor Bradbury Dyer" a person
            both = before in lx.person_cues and len(run) >= 2
            cue_kind = "person" if both else "organization"
        elif (before in lx.honorifics or before in lx.person_cues) and cue_kind is None:
            cue_kind = "person"
        elif before and "-" in before and lx.role(before.rsplit("-", 1)[-1]):
            cue_kind = "person"
        elif before and lx.role(before):
            cue_kind = "person"
        # English genitive: the tokenizer keeps "'s" apart
        if j < len(tokens) and tokens[j].text in ("'s", "’s", "'"):
            cand.genitive = True
        # organizations: a legal form or a head noun inside the run
        org_at = min((k for k, w in enumerate(lowers)
                      if (w in lx.legal_forms or w in lx.org_heads or
                          ("-" in w and w.rsplit("-", 1)[-1] in lx.org_heads)) and k > 0
                      or (w in lx.org_heads and k == 0 and len(run) > 1 and lowers[1] in lx.legal_forms)
                      or ("-" in w and w.rsplit("-", 1)[-1] in lx.org_heads)), default=None)
        if org_at is None and len(run) > 1 and lowers[0] in lx.org_heads and (
                not lx.org_cue(lowers[0]) or len(run) > 2 and lowers[1] in ("of", "for", "für")):
            org_at = len(run) - 1  # "Bankhaus Schelhammer & Schattera", "Bank Austria", "Bank of America"
        if org_at is None and "&" in lowers[1:-1] and not any(self.common_noun(t.text) for t in run if t.text != "&"):
            org_at = len(run) - 1  # "Rolls-Royce & Bentley", "Procter & Gamble": firms join names with "&"
        if org_at is not None:
            end = org_at + 1
            while end < len(run) and (lowers[end] in lx.legal_forms or lowers[end] in lx.org_heads
                                      or lowers[end] in ("ii", "iii", "iv")):  # "Paragon Associates II"
                end += 1
            if end < len(run) and lowers[end] in lx.places:
                end += 1  # "Zurich Gruppe Deutschland", "Imtech Deutschland"
            legal = [k for k in range(end, len(run)) if lowers[k].rstrip(".") in lx.legal_forms]
            if legal:
                end = legal[-1] + 1  # "Leipnik-Lundenburger Invest Beteiligungs AG"
            elif end < len(run) and lowers[end] in ("of", "for", "für", "&", "und", "and", "de", "des"):
                end = len(run)  # "National Bank of Alaska", "Marsh & McLennan Agency"
            elif any(w in ("of", "for", "für") for w in lowers[1:org_at]):
                end = len(run)  # "Center for International Studies": the head is in the complement
            cand.tokens = run[:end]
            cand.kind, cand.evidence, cand.strength = "organization", "org-name", 3
            rest = run[end:]
            out = [cand]
            if rest:
                out.extend(self._classify_run(sentence, first + end, j))
            return out
        # before given names: "Hong Kong" is no Mr Kong, in "Hong Kong Firm" neither
        place_end = next((k for k in range(len(run), 0, -1) if " ".join(lowers[:k]) in lx.places), 0)
        if place_end == len(run):
            cand.kind, cand.evidence, cand.strength = "place", "place", 3
            return [cand]
        if place_end > 1 and self._lexicon_noun(lowers[place_end]):
            return self._classify_run(sentence, first, first + place_end) + \
                self._classify_run(sentence, first + place_end, j)
        # "German Boerse": a nationality is no first name
        given = next((k for k, t in enumerate(run) if k >= place_end and is_given_name(t.text, lx.stop_words)
                      and not self._lexicon_noun(lowers[k]) and lowers[k] not in lx.place_adjectives
                      # "im Sinne X": an inflected German noun is no given name
                      and not (lx.lang == "de" and dictionary_word(t.text, "de")[1])), None)
        if given is not None and given < len(run) - 1 and not self._lexicon_noun(lowers[given + 1]):
            # a person's name ends before a common noun, except a genitive: "Karin Vogels Bruder"
            end = given + 2  # the surname, whatever else the word means: "Daniel Zimmer"
            while end < len(run) and end - given < 5 and not self._lexicon_noun(lowers[end]) and (
                    not self.common_noun(run[end].text) or lowers[end].endswith("s")):
                end += 1
            cand.tokens = run[given:end]
            cand.first = first + given
            cand.kind, cand.evidence, cand.strength = "person", "given-name", 3
            # "des Gasmonopolisten Naftogas Andrej Kobolew": the organization before the person
            out = self._classify_run(sentence, first, first + given) if given > 0 else []
            out.append(cand)
            if end < len(run):
                out.extend(self._classify_run(sentence, first + end, j))
            return out
        # German: a common noun after a genitive ends the name ("Musks Ambitionen"), and a
        # trailing common noun is never part of one ("Kestrel Automation" stays: "Automation"
        # follows no genitive, but "Zielpunkt Pleite" loses "Pleite")
        split = next((k for k in range(1, len(run)) if lowers[k] not in lx.org_heads and lx.lang == "de" and (
            self._lexicon_noun(lowers[k]) or (self.common_noun(run[k].text) and (
                lowers[k - 1].endswith("s") or k == len(run) - 1 and dictionary_word(run[k].text, "de")[1])))),
            None)
        if split is not None:
            # "Musks Unternehmen SpaceX": a common noun inside a run separates two names
            return self._classify_run(sentence, first, first + split) + \
                self._classify_run(sentence, first + split + 1, j)
        if len(run) == 1 and lx.lang == "en" and (_NATIONALITY.search(lowers[0]) or lowers[0] in (
                "icelandic", "arabic", "nordic", "baltic", "slavic", "hispanic", "celtic", "hellenic", "germanic")) \
                and j < len(tokens) and tokens[j].text[:1].islower() and tokens[j].text.isalpha():
            return []  # "an Indonesian consulting firm": a nationality, not a name
        if len(run) == 1 and lx.place_adjectives.get(lowers[0]):
            cand.kind, cand.evidence, cand.strength = "place", "place", 3  # "French President X"
            return [cand]
        if len(run) == 1 and lowers[0].endswith("s") and lowers[0][:-1] in lx.places:
            cand.kind, cand.evidence, cand.strength, cand.genitive = "place", "place", 3, True
            return [cand]  # "Russlands Energieminister"
        if len(run) == 1 and _INSTITUTION.match(run[0].text):
            cand.kind, cand.evidence, cand.strength = "organization", "institution", 2
            cand.genitive = bool(_INSTITUTION.match(run[0].text).group(1))
            return [cand]
        if len(run) >= 2 and _INITIALS.match(run[0].text):
            cand.kind, cand.evidence, cand.strength = "person", "initials", 3
            return [cand]
        if cue_kind:
            cand.kind, cand.evidence, cand.strength = cue_kind, "cue", 2
            if cue_kind == "person" and len(run) > 3:
                return []
            return [cand] if self._plausible(cand, sentence) else []
        if len(run) == 1 and lx.lang == "de" and lowers[0].endswith(("bank", "versicherung", "holding")) \
                and len(lowers[0]) > 8 and not dictionary_word(run[0].text, "de")[0]:
            # "der Ethikbank": a bank's name in one word that no dictionary knows, unlike "Notenbank"
            cand.kind, cand.evidence, cand.strength = "organization", "org-name", 2
            return [cand]
        if all(self.brand(t.text) for t in run) or (len(run) == 1 and self.brand(run[0].text)):
            cand.kind, cand.evidence, cand.strength = "organization", "brand", 2
            return [cand]
        cand.evidence, cand.strength = "shape", 1
        if len(run) == 1 and lx.lang == "de" and is_given_name(run[0].text, lx.stop_words) \
                and not dictionary_noun(run[0].text, "de"):
            cand.kind = "person"  # "Angela", "Jürgen": a lone German given name is a person, if weakly
        # a dictionary word is kept aside: a name beside it in a list may confirm it
        return [cand] if self._plausible(cand, sentence) or cand.extra.get("dictionary") \
            or cand.extra.get("initial") else []

    def _plausible(self, cand: _Cand, sentence: Sentence) -> bool:
        """A capitalized run with no other evidence: is it a name?"""
        lx = self.lx
        words = [t.text for t in cand.tokens]
        after = cand.first + len(cand.tokens)
        if lx.lang == "en" and after + 1 < len(sentence.tokens) and sentence.tokens[after].text[:1].islower() \
                and (lx.role(sentence.tokens[after].lower) or lx.stake(sentence.tokens[after].lower)
                     or sentence.tokens[after].lower in ("co", "chief")):
            return True  # "Microsoft co-founder Bill Gates", "Brightwave rival Lumen"
        if cand.evidence == "cue":
            # "der Konzern Edeka", "der Softwareanbieter Datenwerk": the cue vouches for the name
            return not (self._lexicon_noun(words[0].lower()) or (
                lx.lang == "de" and len(words) == 1 and dictionary_word(words[0], lx.lang)[1]))
        if cand.first == 0 and not (lx.lang == "en" and len(words) > 1):
            # sentence-initial capitals prove little: a word no dictionary knows is a name,
            # others wait for the same name elsewhere in the document
            if lx.lang == "en" and len(words) == 1 and is_given_name(words[0], lx.stop_words) \
                    and len(sentence.tokens) > 1 and sentence.tokens[1].text[:1].islower():
                cand.kind = "person"  # "Matt established Low Cost Vans in 2003"
                return True
            if len(words) == 1 and self._bare_subject(sentence):
                return True
            if self.common_noun(words[0]) or all(dictionary_noun(w, lx.lang) for w in words):
                cand.extra["initial"] = True
                return False
            return True
        if self.common_noun(words[0]) and cand.evidence != "cue":
            return False
        if self._apposition_cue(sentence, cand.first + len(cand.tokens)):
            return True
        if lx.lang == "de":
            if all(dictionary_noun(w, "de") for w in words):
                cand.extra["dictionary"] = True
                return False
            prev = sentence.tokens[cand.first - 1].text if cand.first > 0 else ""
            if prev.lower() in lx.determiners or prev.lower() in ("alle", "allen", "viele", "einige", "mehrere"):
                return cand.evidence == "cue"
            if prev[:1].islower() and prev.lower().endswith(("en", "er", "es", "em", "e")) \
                    and prev.lower() not in lx.stop_words and prev.lower() not in lx.prepositions \
                    and not prev.lower().endswith(("ten", "te")) and len(prev) > 3 \
                    and not _looks_like_verb(prev):
                return cand.evidence == "cue"  # an inflected adjective: "direkten Konkurrenten"
        return True

    def _bare_subject(self, sentence: Sentence) -> bool:
        """"Apple sued Samsung", "Volkswagen kauft Zentrix": a singular noun opens a sentence with
        no article, and a verb of the lexicon's ties follows. A common noun would take an article
        ("The apple ...", "Der Volkswagen ..."); a plural ("Analysts", "Banken", "Anleger
        investieren") needs none, and a German plural takes a verb in -en."""
        tokens = sentence.tokens
        word, text = tokens[0].lower, tokens[0].text
        if len(tokens) < 3 or self._lexicon_noun(word):
            return False
        if self.lx.lang == "en" and word.endswith("s") and dictionary_word(text[:-1], "en")[0]:
            return False
        if self.lx.lang == "de" and (dictionary_word(text, "de")[1] or tokens[1].lower.endswith("en")):
            return False
        verb = 3 if tokens[1].lower in ("and", "und", "&") and tokens[2].text[:1].isupper() else 1  # "Meta and Snap"
        if verb >= len(tokens):
            return False
        rest = sentence.text[tokens[verb].start - sentence.start:].lower()
        return any(frame.pattern.match(rest) for frame in self.lx.frames_in(rest))

    def _apposition_cue(self, sentence: Sentence, after: int) -> bool:
        """"X, ein früher Unterstützer von Y", "X, the chip maker": the noun after the comma says
        what X is."""
        tokens = sentence.tokens
        if after >= len(tokens) or tokens[after].text not in (",", "("):
            return False
        for token in tokens[after + 1: after + 6]:
            lower = token.lower
            if lower in self.lx.org_cues or self.lx.stake(lower) or self.lx.role(lower):
                return True
            if lower in (",", ".", ";") or (token.text[:1].isupper() and lower not in self.lx.stop_words
                                             and not self.common_noun(token.text)):
                return False
        return False

    def _to_mention(self, sentence: Sentence, cand: _Cand) -> Mention | None:
        tokens = cand.tokens
        text = sentence.text[tokens[0].start - sentence.start: tokens[-1].end - sentence.start]
        text = _SPACES.sub(" ", text)  # a name broken over two lines of wire copy
        text = text.rstrip(".,;:") if not text.endswith((" Inc.", " Corp.", " Co.", " Ltd.", " Bros.")) \
            and not _INITIALS.match(text.split()[-1]) else text
        if not text or text.lower() in _NOT_NAMES:
            return None
        genitive = cand.genitive
        if cand.evidence == "institution" and genitive:
            text = _INSTITUTION.sub(lambda m: m.group(0)[: len(m.group(0)) - len(m.group(1))], text)
        last = cand.first + len(tokens)
        if self.lx.lang == "de" and cand.kind == "person" and len(tokens) >= 2 and text.endswith("s") \
                and not text.endswith("ss") and last < len(sentence.tokens) \
                and sentence.tokens[last].text[:1].isupper() and self.common_noun(sentence.tokens[last].text):
            text, genitive = text[:-1], True
        last = cand.first + len(tokens)
        following = sentence.tokens[last:last + 2]
        modifier = None
        if len(following) == 2 and following[0].text == "-" and following[0].start == tokens[-1].end \
                and following[1].text[:1].islower():
            modifier = following[1].text  # "Paris-based exchange", "Frankfurt-listed"
        elif following and following[0].lower in ("based", "headquartered", "listed", "born"):
            modifier = following[0].text  # "the Toronto based Infinium Group"
        return Mention(text=text, start=tokens[0].start, end=tokens[0].start + len(text), compound_head=modifier,
                       sentence=sentence.index, first=cand.first, last=cand.first + len(tokens),
                       kind=cand.kind, evidence=cand.evidence, genitive=genitive,
                       strength=cand.strength)

    # ---- pass 2 ------------------------------------------------------------------------------
    def _add_compound_names(self, sentences: list[Sentence], mentions: list[Mention],
                            known: dict[str, Mention]) -> None:
        """German joins a common noun to a compound without a hyphen ("Firmenpleite") but a name with
        one ("Zielpunkt-Pleite"). A word seen as such a first part and also standing alone in the
        document is a name, whatever else it means."""
        if self.lx.lang != "de":
            return
        modifiers: dict[str, str] = {}
        for sentence in sentences:
            for token in sentence.tokens:
                first, hyphen, rest = token.text.partition("-")
                if hyphen and rest[:1].isupper() and first[:1].isupper() and len(first) > 2 \
                        and not first.isupper() and first.lower() not in self.lx.stop_words:
                    modifiers.setdefault(first.lower(), first)
        if not modifiers:
            return
        taken = {(m.sentence, i) for m in mentions for i in range(m.first, m.last)}
        for sentence in sentences:
            for token in sentence.tokens[1:]:
                if token.lower in modifiers and token.text == modifiers[token.lower] \
                        and (sentence.index, token.i) not in taken and token.lower not in known:
                    mention = Mention(token.text, token.start, token.end, sentence.index, token.i, token.i + 1,
                                      "other", "compound-name", strength=1)
                    mentions.append(mention)
                    taken.add((sentence.index, token.i))

    def _known_words(self, mentions: list[Mention]) -> dict[str, Mention]:
        """Single words that stand for a name found in pass 1: surnames, first words of
        organization names, whole one-word names."""
        known: dict[str, Mention] = {}
        for m in sorted(mentions, key=lambda m: -m.strength):
            words = m.text.split()
            if m.strength >= 2 or len(words) > 1:
                known.setdefault(m.text.lower(), m)
            if m.kind == "person" and len(words) >= 2:
                known.setdefault(words[-1].lower(), m)
            if m.kind == "organization" and len(words) >= 2 and not self.common_noun(words[0]) \
                    and words[0].lower() not in self.lx.stop_words and len(words[0]) > 2:
                known.setdefault(words[0].lower(), m)
        return known

    def _model_mentions(self, sentences: list[Sentence], mentions: list[Mention],
                        signals: list[tuple[int, int, str]]) -> list[Mention]:
        """A model's entity confirms the kind of a name found by shape, or adds one the rules
        missed."""
        added = []
        for start, end, kind in signals:
            overlapping = [m for m in mentions if m.start < end and start < m.end]
            for m in overlapping:
                if m.kind == "other" or m.strength < 2:
                    m.kind, m.strength = kind, max(m.strength, 2)
            if overlapping:
                continue
            sentence = next((s for s in sentences if s.start <= start and end <= s.end), None)
            if sentence is None:
                continue
            inside = [t for t in sentence.tokens if start <= t.start and t.end <= end]
            if inside and inside[0].start == start:
                added.append(Mention(sentence.text[start - sentence.start:inside[-1].end - sentence.start],
                                     start, inside[-1].end, sentence.index, inside[0].i, inside[-1].i + 1,
                                     kind, "model", strength=2))
        return added

    @_per_word
    def _title_ending(self, text: str) -> str | None:
        """The role a German word ends in where it may be a title in one word ("Bahnchef"), not
        the role itself ("Chef")."""
        lx, lower = self.lx, text.lower()
        if lx.lang != "de" or not text[:1].isupper() or lx.role(lower) or lx.stake(lower):
            return None
        return next((e for e in _ROLE_ENDINGS if lower.endswith(e) and len(lower) - len(e) >= 3), None)

    @_per_word
    def _compound_word(self, text: str) -> bool:
        """A word that may hold a name: hyphenated ("OpenAI-CEO") or a title in one word ("Bahnchef")."""
        return "-" in text.strip("-") or self._title_ending(text) is not None

    def _closed_compound(self, sentence: Sentence, token: Token, known: dict[str, Mention]) -> Mention | None:
        """German writes some titles as one word: "Bundesbankpräsident Jens Weidmann", "Bahnchef
        Rüdiger Grube". The first part names the organization, where it is no common noun."""
        lx = self.lx
        ending = self._title_ending(token.text)
        following = sentence.tokens[token.i + 1] if token.i + 1 < len(sentence.tokens) else None
        if ending is None or following is None or not is_given_name(following.text, lx.stop_words):
            return None
        prefix = token.text[: len(token.text) - len(ending)]
        if prefix.lower() in ("vize", "ex", "co", "ehren", "interims", "stellvertretende"):
            return None  # "Vizepräsidentin": a deputy, no organization
        institution = _INSTITUTION.match(prefix)
        if not institution and (lx.org_cue(prefix) or self.common_noun(prefix) or self._lexicon_noun(prefix.lower())
                                or prefix.lower().endswith("s") or prefix.lower() in lx.place_adjectives):
            return None
        source = known.get(prefix.lower())
        return Mention(text=prefix, start=token.start, end=token.start + len(prefix), sentence=sentence.index,
                       first=token.i, last=token.i + 1, kind=source.kind if source else "organization",
                       evidence="compound", compound_head=ending, strength=2)

    def _confirm(self, mentions: list[Mention], known: dict[str, Mention]) -> list[Mention]:
        """Shape-only mentions take kind and strength from the name they stand for; a run of
        such names ("lobte Kushner Musks Engagement") splits into its names."""
        out = []
        for m in mentions:
            if m.strength > 1:
                out.append(m)
                continue
            words = m.text.split()
            if len(words) > 1 and all(self._known_form(w, known) for w in words):
                offset = m.start
                for n, word in enumerate(words):
                    start = m.start + m.text.index(word, offset - m.start)
                    base, genitive = self._known_form(word, known)
                    source = known[base]
                    out.append(Mention(word[: len(base)], start, start + len(base), m.sentence,
                                       m.first + n, m.first + n + 1, source.kind, "short-form",
                                       genitive, strength=source.strength))
                    offset = start + len(word)
                continue
            form = self._known_form(m.text, known)
            if form and known[form[0]] is not m and known[form[0]].strength > m.strength:
                base, genitive = form
                m.kind, m.strength, m.genitive = known[base].kind, known[base].strength, genitive
                m.text, m.end = m.text[: len(base)], m.start + len(base)
            out.append(m)
        return out

    def _known_form(self, word: str, known: dict[str, Mention]) -> tuple[str, bool] | None:
        lower = word.lower()
        if lower in known:
            return lower, False
        for suffix in self.lx.inflection_suffixes:
            if lower.endswith(suffix) and lower[: -len(suffix)] in known:
                return lower[: -len(suffix)], True
        return None

    @_per_word
    def _short_form_shape(self, text: str) -> bool:
        """A capital or a brand's shape: a word that can be the short form of a name."""
        return text[:1].isupper() or self.brand(text)

    def _short_forms(self, sentence: Sentence, known: dict[str, Mention], taken: set[int]) -> list[Mention]:
        out = []
        tokens = sentence.tokens
        for token in compress(tokens, map(self._short_form_shape, map(token_text, tokens))):
            if token.i in taken:
                continue
            lower = token.lower
            base, genitive = lower, False
            if lower not in known and lower.endswith(self.lx.inflection_suffixes):
                for suffix in self.lx.inflection_suffixes:
                    if lower.endswith(suffix) and lower[: -len(suffix)] in known:
                        base, genitive = lower[: -len(suffix)], True
                        break
            if base not in known:
                continue
            if lower in self.lx.stop_words and token.i == 0:
                continue
            source = known[base]
            text = token.text[: len(base)]
            nxt = sentence.tokens[token.i + 1].text if token.i + 1 < len(sentence.tokens) else ""
            if nxt in ("'s", "’s"):
                genitive = True
            out.append(Mention(text=text, start=token.start, end=token.start + len(text),
                               sentence=sentence.index, first=token.i, last=token.i + 1,
                               kind=source.kind, evidence="short-form", genitive=genitive,
                               strength=source.strength))
        return out

    def _compound_modifiers(self, sentence: Sentence, known: dict[str, Mention], taken: set[int]) -> list[Mention]:
        """Names inside hyphenated compounds: "OpenAI-CEO", "US-Präsident", "Zielpunkt-Pleite"."""
        out = []
        lx = self.lx
        tokens = sentence.tokens
        for token in compress(tokens, map(self._compound_word, map(token_text, tokens))):
            if token.i in taken:
                continue
            if "-" not in token.text.strip("-"):
                closed = self._closed_compound(sentence, token, known)
                if closed:
                    out.append(closed)
                continue
            modifier, _, head = token.text.rpartition("-")
            offset = 0
            if modifier.lower().startswith("ex-"):
                modifier, offset = modifier[3:], 3  # "Ex-Öbfa-Chefin": a former head of Öbfa
            if not modifier or not head:
                continue
            head_lower = head.lower()
            is_role = bool(lx.role(head_lower) or lx.stake(head_lower) or lx.family_kind(head_lower))
            mod_lower = modifier.lower().replace("-", " ")
            place = lx.places.get(mod_lower) or lx.place_adjectives.get(mod_lower)
            if place and is_role:
                kind, strength = "place", 3
            elif mod_lower in known:
                kind, strength = known[mod_lower].kind, known[mod_lower].strength
            elif (is_role or lx.org_cue(head_lower) and not place) and (self.brand(modifier) or (
                    all(part[:1].isupper() for part in modifier.split("-"))
                    and (not self.common_noun(modifier.split("-")[0])
                         or modifier.split("-")[-1].lower() in lx.org_heads))):
                # "Siemens-Konzern" names a firm, "Mode-Konzern" a trade: such a name is kept only
                # where a tie needs it
                kind, strength = "organization", 2 if is_role else 1
            else:
                continue
            if mod_lower in _NOT_NAMES or mod_lower in lx.stop_words:
                continue
            # "Solaris-Robotics-Chefin": the name is "Solaris Robotics"
            name = modifier.replace("-", " ") if kind == "organization" and modifier.count("-") else modifier
            out.append(Mention(text=name, start=token.start + offset, end=token.start + offset + len(modifier),
                               sentence=sentence.index, first=token.i, last=token.i + 1, kind=kind,
                               evidence="compound", compound_head=head, strength=strength))
        return out


@functools.lru_cache(maxsize=65536)
def dictionary_word(word: str, lang: str) -> tuple[bool, bool]:
    """(known, inflected): whether simplemma's dictionary knows the word, and whether it is an
    inflected form of another. Its German dictionary holds some names (Microsoft, Henkel) but no
    inflected names, so an inflected known word is a common noun or adjective."""
    if not word or not simplemma.is_known(word, lang=lang):  # simplemma refuses an empty word
        return False, False
    return True, simplemma.lemmatize(word, lang=lang).lower() != word.lower()  # "Medial" is "medial"


@functools.lru_cache(maxsize=65536)
def inflected_compound(word: str, lang: str) -> bool:
    """"Paketdiensts", "Gasmonopolisten", "PC-Herstellers": an inflected German compound whose
    last part is a noun the dictionary knows. Before a name it describes ("des Paketdiensts DPD");
    names themselves rarely carry a case ending."""
    if lang != "de" or not word[:1].isupper() or _BRAND.match(word):
        return False
    head = word.rsplit("-", 1)[-1]
    for ending in ("es", "s", "en", "n"):
        stem = head[: len(head) - len(ending)]
        if not head.endswith(ending) or len(stem) < 6:
            continue
        for cut in range(len(stem) - 5, 0, -1):  # a real compound: a known noun of 5+ letters after a first part
            tail = stem[cut:].capitalize()
            if simplemma.is_known(tail, lang="de") and simplemma.lemmatize(tail, lang="de") == tail:
                return True
    return False


@functools.lru_cache(maxsize=65536)
def dictionary_noun(word: str, lang: str) -> bool:
    """A word the dictionary knows as a common word. simplemma's German dictionary also holds
    names (Comcast, Siemens, Lufthansa); a German noun shows itself by its inflected forms
    ("Hauses", "Märkte" -> Markt), which names lack, or by being such a form itself."""
    known, inflected = dictionary_word(word, lang)
    if not known or inflected or lang != "de":
        return known
    return any(simplemma.is_known(word + ending, lang="de") and simplemma.lemmatize(word + ending, lang="de") == word
               for ending in ("s", "es", "e", "en", "n", "er", "ern", "ns"))


_ROLE_ENDINGS = ("präsidentin", "präsident", "chefin", "chef", "gründerin", "gründer", "sprecherin", "sprecher")


def _looks_like_verb(word: str) -> bool:
    return word.lower().endswith(("ieren", "iert", "ierte", "ierten"))


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if out and m.sentence == out[-1].sentence and m.start < out[-1].end:
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out
