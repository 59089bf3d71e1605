"""The shape of a language's lexicon: the words in which news reports names and ties.

Each language module (`de.py`, `en.py`) fills one `Lexicon`. Words are stored lowercased; role and
relation entries map a word to what it says. Matching of inflected forms happens through
`Lexicon.role()` and friends, so the lists hold base forms and the few irregular ones."""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

try:  # the parser behind `re`, public as sre_parse until Python 3.11 deprecated that name
    from re import _parser as _regex_parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _regex_parser  # type: ignore[no-redef]


@dataclass(frozen=True)
class Role:
    """What a role noun says about the person who bears it."""

    relation: str  # leads, board_member_of, employed_by, founded, holds_office
    role: str | None  # the English role name, or None where the relation says enough


@dataclass(frozen=True)
class Stake:
    """What a party noun ("investor", "Konkurrent", "Tochter") says about the name it describes."""

    relation: str
    # True where the described name is the object ("X, a subsidiary of Y" -> Y owns X).
    reverse: bool = False
    lead: bool = False


@dataclass(frozen=True)
class VerbFrame:
    """A verb (or verbal phrase) that states a relation between its subject and its object."""

    relation: str
    pattern: re.Pattern[str]  # matched against the lowercased clause, word-bounded
    prepositions: tuple[str, ...] = ()  # the object follows one of these ("in", "gegen")
    passive_agent: tuple[str, ...] = ()  # "von"/"by": a passive names the subject after these
    lead: bool = False
    reverse: bool = False  # the grammatical object is the claim's subject: "X gehört Y"
    # A verb like "unterstützt" states `supports` only near a word of politics.
    needs_context: tuple[str, ...] = ()
    former: bool = False  # the tie has ended: "resigned from X"
    # The object is the company whose funding round the text reports, named there or before:
    # "with participation from X", "X also participated in the round".
    of_round: bool = False
    # The letters every match opens with, one of these at the start of a word: a frame needs
    # trying only on a text that holds one (most sentences hold none). Empty: try it always.
    openings: frozenset[str] = frozenset()


@dataclass(eq=False)  # one object per language, hashed by identity: answers are cached per lexicon
class Lexicon:
    lang: str
    stop_words: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    clause_openers: frozenset[str]  # words that open a new clause after a comma
    abbreviations: frozenset[str]  # end in "." without ending the sentence
    honorifics: frozenset[str]
    # titles of rank that news writes as part of a person's name: "King Charles", "Sheikh
    # Mohammed", "Kronprinz Frederik"
    ranks: frozenset[str]
    legal_forms: frozenset[str]
    org_heads: frozenset[str]  # Capital, Bank, Gruppe: the last word of many organization names
    org_cues: frozenset[str]  # "das Unternehmen X", "the startup X"
    person_cues: frozenset[str]  # "der Investor X" when X is a person is rare; "Herr", "Analyst"
    name_particles: frozenset[str]  # von, van, de: inside personal names
    months: frozenset[str]
    weekdays: frozenset[str]
    negations: frozenset[str]
    speculation: tuple[str, ...]  # phrases that make a statement a possibility, not a fact
    reported: tuple[str, ...]  # phrases that mark a statement as reported by others
    subject_pronouns: dict[str, str]  # "er" -> "person"
    possessive_relatives: frozenset[str]  # "dessen", "deren", "its", "whose"
    roles: dict[str, Role]
    stakes: dict[str, Stake]
    verbs: list[VerbFrame]
    family: dict[str, str]  # "schwager" -> "brother-in-law"
    former: frozenset[str]  # "ehemalig", "former"
    # roles that are offices when held at a place: "US-Präsident", "French President"
    office_when_place: dict[str, str]
    places: dict[str, str]  # surface form -> canonical English name
    place_adjectives: dict[str, str]  # "US" in "US-Präsident", "russische" -> canonical place
    share_nouns: frozenset[str] = frozenset()  # "shares", "Anteile": what a stake is counted in
    noun_suffixes: tuple[str, ...] = ()
    inflection_suffixes: tuple[str, ...] = ()  # genitive "s", "'s"
    extra: dict[str, object] = field(default_factory=dict)

    # The questions extraction asks of every word, answered from tables: each is a function of a
    # word (made on first use), and a known answer costs one dictionary lookup, no Python call.
    @functools.cached_property
    def role(self) -> Callable[[str], Role | None]:
        """The role a noun names ("ceo", "vorstandschefs"), or None."""
        return self._looked_up(self.roles)

    @functools.cached_property
    def stake(self) -> Callable[[str], Stake | None]:
        """The stake a party noun names ("investor", "tochter"), or None."""
        return self._looked_up(self.stakes)

    @functools.cached_property
    def family_kind(self) -> Callable[[str], str | None]:
        """The tie a kin noun names ("schwager" -> "brother-in-law"), or None."""
        return self._looked_up(self.family)

    def _looked_up(self, table: dict) -> Callable:
        """A table of base forms asked with inflected forms, its answers kept."""
        return Answers(lambda word: _find_noun(table, word, self.inflection_endings)).__getitem__

    @functools.cached_property
    def noun(self) -> Callable[[str], tuple[Role | None, Stake | None, str | None] | None]:
        """What a phrase says as a role, a stake and a kin noun at once, or None where it is none
        of them: one question where extraction tries every word of every sentence."""
        def meanings(phrase: str):
            # Not through the three tables above: each would keep every phrase tried as well.
            found = tuple(_find_noun(table, phrase, self.inflection_endings)
                          for table in (self.roles, self.stakes, self.family))
            return found if any(found) else None
        return Answers(meanings).__getitem__

    def leading_ranks(self, words: list[str]) -> int:
        """How many of the lowercased `words` are titles of rank in front of a name ("king",
        "crown prince", "empress dowager"); the last word is always left for the name."""
        k = 0
        while k < len(words) - 1 and (words[k] in self.ranks
                                      or words[k] in ("crown", "grand") and words[k + 1] in self.ranks):
            k += 1
        return k

    def opens_clause(self, word: str, following: str) -> bool:
        """"… after Brightwave Inc bought Kranich": an English conjunction that opens a clause
        without a comma, told from a preposition ("after the merger") by the name after it."""
        return self.lang == "en" and word in self.clause_openers and word in self.prepositions \
            and word != "as" and following[:1].isupper() and following.lower() not in self.months \
            and following.lower() not in self.weekdays

    @functools.cached_property
    def org_cue(self) -> Callable[[str], bool]:
        """"Unternehmen", "company" — or a German compound ending in one: "Raumfahrtfirma"."""
        def is_cue(word: str) -> bool:
            word = word.lower()
            return word in self.org_cues or self.lang == "de" and len(word) >= 8 and word.endswith(self._long_cues)
        return Answers(is_cue).__getitem__

    @functools.cached_property
    def _long_cues(self) -> tuple[str, ...]:
        return tuple(cue for cue in self.org_cues if len(cue) >= 5)

    @functools.cached_property
    def phrase_starts(self) -> frozenset[str]:
        """The first tokens of the role, stake and family phrases of more than one token
        ("chief" of "chief executive", "co" of "co-founder" as the tokenizer splits it)."""
        keys = [*self.roles, *self.stakes, *self.family]
        return frozenset(re.split(r"[\s/-]", key)[0] for key in keys if re.search(r"[\s/-]", key))

    @functools.cached_property
    def phrase_length(self) -> int:
        """The most tokens a role, stake or family phrase spans ("member of the board of directors")."""
        keys = [*self.roles, *self.stakes, *self.family]
        return max(len(re.findall(r"[^\s/-]+|[/-]", key)) for key in keys)

    def frames_in(self, lower: str) -> list[VerbFrame]:
        """The verb frames that can match the lowercased `lower`, in the lexicon's order: those
        whose opening word begins one of its words, and those without openings. Most sentences
        hold no such word; a frame's own pattern decides on the others."""
        # Split at spaces, which is done in C, rather than into words by a regular expression,
        # which cost more than all the rest: no word spans a space.
        hit = self._frames_without_openings.union(*map(self._frames_opened_in.__getitem__, lower.split()))
        # A frame whose openings are all absent from the text cannot match: searching for them is
        # done in C and spares most of the patterns' scans of the whole sentence ("is" opens a
        # word of most sentences, "is sold" few).
        return [frame for frame in map(self.verbs.__getitem__, sorted(hit))
                if not frame.openings or any(map(lower.__contains__, frame.openings))]

    @functools.cached_property
    def _frames_opened_in(self) -> Answers:
        """The frames (by index) the words of a chunk of text between spaces can open: those with
        an opening whose first word ("ist" of "ist an") begins one of them."""
        heads: dict[str, set[int]] = {}
        for k, frame in enumerate(self.verbs):
            for opening in frame.openings:
                heads.setdefault(_WORD.match(opening).group(), set()).add(k)
        return Answers(lambda chunk: frozenset().union(
            *[heads.get(word[:n], ()) for word in _WORD.findall(chunk) for n in range(1, len(word) + 1)]))

    @functools.cached_property
    def _frames_without_openings(self) -> frozenset[int]:
        return frozenset(k for k, frame in enumerate(self.verbs) if not frame.openings)

    @property
    def inflection_endings(self) -> tuple[str, ...]:
        return self.extra.get("noun_endings", ("s",))  # type: ignore[return-value]


class Answers(dict):
    """The answers given so far to a question about words, asked as `answers[word]`. Extraction
    asks about the same words over and over (each token, as part of several phrases); a known
    answer costs one dictionary lookup. Bounded, since a corpus has no end of distinct words."""

    MAX_ANSWERS = 100_000

    def __init__(self, answer):
        super().__init__()
        self.answer = answer

    def __missing__(self, word: str):
        if len(self) >= self.MAX_ANSWERS:
            self.clear()
        found = self[word] = self.answer(word)
        return found


def _find_noun(table: dict, word: str, endings: tuple[str, ...]):
    """Find a noun in a table of base forms, trying its inflected endings off."""
    word = word.lower()
    if word in table:
        return table[word]
    for ending in endings:
        ending, _, base = ending.partition(">")  # "ies>y": "subsidiaries" is "subsidiary"
        if word.endswith(ending) and word[: -len(ending)] + base in table:
            return table[word[: -len(ending)] + base]
    return None


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# What the start of a word is to a frame's pattern: no word character or hyphen before it.
_WORD = re.compile(r"[\w-]+")


def verb(relation: str, forms: str, **options) -> VerbFrame:
    """A verb frame from a regular expression over lowercased words (spaces between words)."""
    return VerbFrame(relation, re.compile(r"(?<![\w-])(?:" + forms + r")(?![\w-])"),
                     openings=_frame_openings(forms), **options)


def _frame_openings(forms: str) -> frozenset[str]:
    """A frame's openings, each at the start of a word; none where some match may open otherwise."""
    openings = _openings(list(_regex_parser.parse(forms)))
    if openings is None or not all(_WORD.match(opening) for opening in openings):
        return frozenset()
    return frozenset(openings)


def _openings(items: list, reach: int = 8) -> set[str] | None:
    """The literal letters that every match of the parsed regular expression `items` opens with
    (one of the set, up to `reach` letters long), or None where a match can open otherwise
    ("\\w*runde")."""
    if not items:
        return None
    (op, value), rest = items[0], list(items[1:])
    if op.name == "LITERAL":
        after = _openings(rest, reach - 1) if reach > 1 else None
        return {chr(value) + opening for opening in after} if after else {chr(value)}
    if op.name == "SUBPATTERN":
        return _openings(list(value[-1]) + rest, reach)
    if op.name == "BRANCH":
        branches = [_openings(list(branch) + rest, reach) for branch in value[1]]
        return None if None in branches else set().union(*branches)
    if op.name in ("MAX_REPEAT", "MIN_REPEAT"):  # "(?:an)?geführt": with the part, or without
        low, _, part = value
        once = _openings(list(part) + rest, reach)
        if low:
            return once
        without = _openings(rest, reach)
        return None if once is None or without is None else once | without
    return None
