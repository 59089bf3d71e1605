"""The rule-based extractor: the grammar of how German and English news report ties.

Constructions, each a method below, read one sentence at a time over its resolved mentions:
- role compounds and appositions: "OpenAI-CEO Sam Altman", "Josh Kushner, Gründer von Thrive",
  "Barclays chief executive John Varley", "X ist ein Investor in Y", "dessen Vorstandsmitglied Z";
- verb frames from the lexicon, with German verb-second, verb brackets and verb-final clauses,
  English and German passives, relative clauses, pronoun subjects and coordinated lists;
- "zwischen X und Y" / "between X and Y" for symmetric ties;
- discourse: a lawsuit that "now also names" further defendants, a fund's contribution to the
  round reported a sentence earlier, "Kushners Fonds" for the fund Kushner founded.
Negated and speculative statements are dropped; reported ones are kept and marked."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import __version__
from ..dates import find_dates
from ..model import RELATIONS, Claim, Entity, Evidence
from ..nlp import LEXICONS, Analysis, Mention
from ..nlp.lexicon import Role, Stake, VerbFrame
from ..nlp.sentences import Sentence
from ..quantities import find_amounts, find_percentages
from . import register

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
                "deputy", "managing", "general", "executive", "co", "board", "director", "member"}
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


@register("rules")
class RuleExtractor:
    name = "rules"
    version = __version__
    _acquired_frame = VerbFrame("acquired", re.compile("^$"))

    def extract(self, analysis: Analysis, entities: list[Entity]) -> list[Claim]:
        self.analysis = analysis
        self.lx = analysis.lexicon
        self.claims: list[Claim] = []
        self.plaintiffs: list[Entity] = []
        for sentence in analysis.sentences:
            if self.lx.lang == "en" and _title_case(sentence):
                continue  # "Beecham Group To Sell Unit": every word looks like a name
            mentions = [m for m in analysis.mentions_in(sentence) if m.entity is not None]
            ctx = _Context(analysis, sentence, mentions, sentence.text.lower())
            self._role_compounds(ctx)
            self._role_nouns(ctx)
            self._possessed_orgs(ctx)
            self._verbs(ctx)
            self._between(ctx)
            self._lawsuit_continues(ctx)
            self._acquisition_nouns(ctx)
            self._partnerships(ctx)
            self._children(ctx)
            self._sales(ctx)
        return self.claims

    # ---- building claims ---------------------------------------------------------------------
    def _add(self, ctx: _Context, subject: Entity | None, relation: str, obj: Entity | None,
             anchor: int, qualifiers: dict | None = None, confidence: float = 0.8,
             modal: bool = True) -> Claim | None:
        """Record a claim. `modal` says whether the clause's negation or speculation bears on it:
        it does on a verb ("übernahm nicht"), not on a title ("Chefin X wollte nicht ...")."""
        if subject is None or obj is None or subject.key == obj.key:
            return None
        spec = RELATIONS[relation]
        if not (_fits(subject, spec.subject_kinds) and _fits(obj, spec.object_kinds)):
            return None
        if modal and (self._negated(ctx, anchor) or self._speculative(ctx, anchor)):
            return None
        qualifiers = dict(qualifiers or {})
        if any(marker in ctx.lower for marker in self.lx.reported):
            qualifiers["reported"] = True
            confidence = min(confidence, 0.6)
        _settle_kind(subject, spec.subject_kinds)
        _settle_kind(obj, spec.object_kinds)
        sentence = ctx.sentence
        document = ctx.analysis.document
        for earlier in self.claims:
            if earlier.evidence.start == sentence.start and earlier.relation == relation and \
                    earlier.subject.key == subject.key and earlier.object.key == obj.key:
                for key, value in qualifiers.items():
                    earlier.qualifiers.setdefault(key, value)
                return earlier  # stated twice in one sentence: one claim
        claim = Claim(subject, relation, obj,
                      Evidence(document.id, sentence.text, sentence.start, sentence.end, document.name),
                      qualifiers, confidence, RuleExtractor.name, RuleExtractor.version)
        self.claims.append(claim)
        if relation == "sued":
            self.plaintiffs.append(subject)
        return claim

    def _negated(self, ctx: _Context, anchor: int) -> bool:
        lo, hi = self._clause(ctx, anchor)
        words = [t.lower for t in ctx.sentence.tokens[lo:hi]]
        return any(w in self.lx.negations and not (w == "not" and nxt == "only")
                   for w, nxt in zip(words, words[1:] + [""]))

    def _speculative(self, ctx: _Context, anchor: int) -> bool:
        lo, hi = self._clause(ctx, anchor)
        tokens = ctx.sentence.tokens
        clause = " ".join(t.lower for t in tokens[max(0, lo - 6):hi]) + " "
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
        lo = anchor
        while lo > 0 and not self._boundary(tokens, lo - 1):
            lo -= 1
        hi = anchor + 1
        while hi < len(tokens) and not self._boundary(tokens, hi):
            hi += 1
        return lo, hi

    def _boundary(self, tokens, i: int) -> bool:
        text = tokens[i].text
        if text in (";", ":", "–", "—"):
            return True
        if text == "," and i + 1 < len(tokens):
            nxt = tokens[i + 1].lower
            if nxt in self.lx.determiners and nxt not in self.lx.possessive_relatives \
                    and i + 2 < len(tokens) and tokens[i + 2].text[:1].isupper() and self.lx.lang == "de":
                return False  # ", der Gründer von X": an article, not a relative pronoun
            return nxt in self.lx.clause_openers or nxt in self.lx.possessive_relatives
        return False

    # ---- mentions and their neighbourhood ----------------------------------------------------
    def _mention_at(self, ctx: _Context, i: int) -> Mention | None:
        for m in ctx.mentions:
            if m.first <= i < m.last:
                return m
        return None

    def _in_pp(self, ctx: _Context, mention: Mention) -> bool:
        """Is the mention inside a prepositional phrase ("auf dem Fortune Forum", "in OpenAI")?"""
        i = mention.first - 1
        tokens = ctx.sentence.tokens
        while i >= 0 and (tokens[i].lower in self.lx.determiners or _adjective(tokens[i].text)):
            i -= 1
        if i >= 1 and tokens[i].lower in _LIST_LINKS:
            previous = self._mention_at(ctx, i - 1)  # "von Karin Vogel und Markus Lenz"
            return previous is not None and self._in_pp(ctx, previous)
        return i >= 0 and tokens[i].lower in self.lx.prepositions

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
        while k < len(tokens) and k < start + 3 and (_adjective(tokens[k].text) or self.lx.org_cue(tokens[k].text)):
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
            while j < len(tokens) and j < i + 6 and (
                    tokens[j].lower in _LIST_LINKS or tokens[j].lower in self.lx.determiners
                    or tokens[j].lower in ("auch", "also") or self.lx.role(tokens[j].lower)
                    or tokens[j].lower in self.lx.former or tokens[j].lower in ("chief", "executive", "operating",
                                                                               "officer", "financial")):
                j += 1
            following = self._mention_at(ctx, j)
            if following is None or following.compound_head:
                break
            out.append(following)
            current = following
        return out

    def _subject_left(self, ctx: _Context, lo: int, trigger: int) -> Mention | None:
        candidates = [m for m in ctx.mentions if lo <= m.first and m.last <= trigger
                      and not self._in_pp(ctx, m) and not m.compound_head]
        for m in reversed(candidates):
            if self._possessor(ctx, m):
                if self._descriptor(ctx, m):
                    return m
                continue
            return m
        return None

    def _pronoun_antecedent(self, ctx: _Context, i: int) -> Entity | None:
        """The last person named before the pronoun, within two sentences."""
        position = ctx.sentence.tokens[i].start
        earlier = [m for m in self.analysis.mentions if m.entity is not None and m.end <= position
                   and m.entity.kind == "person" and m.sentence >= ctx.sentence.index - 2]
        return earlier[-1].entity if earlier else None

    def _entity(self, ctx: _Context, mention: Mention) -> Entity:
        if self._possessor(ctx, mention):
            return self._descriptor(ctx, mention) or mention.entity
        return mention.entity

    # ---- constructions -----------------------------------------------------------------------
    def _role_compounds(self, ctx: _Context) -> None:
        """"OpenAI-CEO Sam Altman", "US-Präsident Trump", "VW-Tochter Audi"."""
        for m in ctx.mentions:
            if not m.compound_head:
                continue
            head = m.compound_head.lower()
            person = self._mention_at(ctx, m.last)
            if person is None:
                person = self._apposed_before(ctx, m.first)
            if person is None:
                continue
            former = self._former(ctx, m.first)
            role, stake = self.lx.role(head), self.lx.stake(head)
            if role:
                self._role_claim(ctx, person.entity, role, m, head, former)
            elif stake:
                self._stake_claim(ctx, person.entity, stake, m.entity, m.first)

    def _apposed_before(self, ctx: _Context, i: int) -> Mention | None:
        """"Sam Altman, der OpenAI-CEO": the name before the comma."""
        tokens = ctx.sentence.tokens
        j = i - 1
        while j >= 0 and (tokens[j].lower in self.lx.determiners or _adjective(tokens[j].text)):
            j -= 1
        if j >= 1 and tokens[j].text == ",":
            return self._mention_at(ctx, j - 1)
        return None

    def _former(self, ctx: _Context, i: int) -> bool:
        tokens = ctx.sentence.tokens
        window = [t.lower for t in tokens[max(0, i - 3):i + 1]]
        return any(w in self.lx.former or any(w.startswith(f) for f in ("ex-", "former", "ehemalig"))
                   for w in window)

    def _role_claim(self, ctx: _Context, person: Entity, role: Role, org_mention: Mention,
                    word: str, former: bool, modal: bool = False, also: tuple[Role, ...] = ()) -> None:
        """`also`: roles coordinated with this one ("President and CEO"): the strongest relation
        wins and the role names all of them."""
        strongest = next((r for r in (role, *also) if r.relation == "leads"), role)
        if strongest is not role:
            role, also = strongest, tuple(r for r in (role, *also) if r is not strongest)
        org = org_mention.entity
        qualifiers: dict = {}
        relation = role.relation
        office = getattr(_lexmod(self.lx), "OFFICE_WHEN_PLACE", {})
        if org.kind == "place":
            if relation != "holds_office" and word not in office:
                return
            relation = "holds_office"
            qualifiers["role"] = office.get(word) or role.role or word
        elif role.role:
            qualifiers["role"] = " and ".join([role.role] + [r.role for r in also if r.role])
        if relation == "holds_office" and "role" not in qualifiers:
            qualifiers["role"] = word
        if former:
            qualifiers["former"] = True
        self._add(ctx, person, relation, org, org_mention.first, qualifiers, modal=modal)

    def _stake_claim(self, ctx: _Context, described: Entity, stake: Stake, other: Entity,
                     anchor: int, qualifiers: dict | None = None, modal: bool = False) -> None:
        subject, obj = (other, described) if stake.reverse else (described, other)
        q = dict(qualifiers or {})
        if stake.lead:
            q["lead"] = True
        self._add(ctx, subject, stake.relation, obj, anchor, q, modal=modal)

    def _role_nouns(self, ctx: _Context) -> None:
        """Role, stake and family nouns outside compounds, with the names around them."""
        tokens = ctx.sentence.tokens
        chain_subject: Mention | None = None
        chain_end = -1
        covered = -1
        for t in tokens:
            if self._mention_at(ctx, t.i) is not None or t.i < covered:
                continue
            word = t.lower
            text = ctx.sentence.text.lower()
            phrases = [(text[t.start - ctx.sentence.start: tokens[k].end - ctx.sentence.start], k - t.i + 1)
                       for k in range(min(len(tokens) - 1, t.i + 4), t.i - 1, -1)]
            for phrase, width in phrases:
                role = self.lx.role(phrase) if phrase else None
                stake = self.lx.stake(phrase) if phrase else None
                kin = self.lx.family_kind(phrase) if phrase else None
                if role or stake or kin:
                    break
            else:
                continue
            if self.lx.lang == "de" and not t.text[:1].isupper():
                continue  # German nouns are capitalized: "chef" inside other words is not one
            end = t.i + width
            covered = end  # "vice president": "president" is not read again on its own
            related = self._related_after(ctx, end)
            described = None
            former = self._former(ctx, t.i)
            self._office_adjective(ctx, t.i, end, phrase, former)
            np_start = t.i
            if related is None:
                related, described = self._related_before(ctx, t.i, end)
                if related is not None and related.last <= t.i:
                    np_start = related.first
            if related is None and role:
                person = self._mention_at(ctx, end)
                if person is not None and person.entity.kind == "person":
                    related = self._related_after(ctx, person.last)  # "analyst Alex Potter at Lehman"
                    described = person if related is not None else None
            if related is None:
                continue
            if described is None:
                described = self._described(ctx, np_start, end, related, chain_subject, chain_end)
            if described is None or described.entity.key == related.entity.key:
                continue
            chain_subject, chain_end = described, end
            modal = self._copula_before(ctx, t.i)
            people = described.entity.kind in ("person", "other") and related.entity.kind in ("person", "other")
            if kin and (people or not stake):
                for other in self._next_list(ctx, related):
                    self._add(ctx, described.entity, "family_of", other.entity, t.i, {"kind": kin}, modal=modal)
            elif role and not (stake and related.entity.kind != "person" and described.entity.kind != "person"):
                for org in self._next_list(ctx, related):  # "CEO von Euronews und Africanews"
                    self._role_claim(ctx, described.entity, role, org, phrase, former, modal=modal,
                                     also=self._coordinated_roles(ctx, end))
            elif stake:
                self._stake_claim(ctx, self._entity(ctx, described), stake, related.entity, t.i, modal=modal)

    def _coordinated_roles(self, ctx: _Context, end: int) -> tuple[Role, ...]:
        tokens = ctx.sentence.tokens
        text = ctx.sentence.text.lower()
        roles = []
        k = end
        while k + 1 < len(tokens) and tokens[k].lower in ("and", "&", "und", "/"):
            found = None
            for last in range(min(len(tokens) - 1, k + 4), k, -1):
                phrase = text[tokens[k + 1].start - ctx.sentence.start: tokens[last].end - ctx.sentence.start]
                if self.lx.role(phrase):
                    found = (self.lx.role(phrase), last + 1)
                    break
            if found is None:
                break
            roles.append(found[0])
            k = found[1]
        return tuple(roles)

    def _copula_before(self, ctx: _Context, i: int) -> bool:
        j = _noun_phrase_start(ctx.sentence.tokens, i, self.lx) - 1
        return j >= 0 and ctx.sentence.tokens[j].lower in _COPULA

    def _office_adjective(self, ctx: _Context, start: int, end: int, word: str, former: bool) -> None:
        """"Der französische Präsident Claude Martin", "French President Claude Martin"."""
        office = getattr(_lexmod(self.lx), "OFFICE_WHEN_PLACE", {})
        role = self.lx.role(word)
        if not role or (role.relation != "holds_office" and word not in office):
            return
        tokens = ctx.sentence.tokens
        person = self._mention_at(ctx, end)
        if person is None or person.entity.kind not in ("person", "other"):
            return
        for k in range(max(0, start - 3), start):
            lower = tokens[k].lower
            stem = next((lower[: -len(e)] for e in ("en", "e", "er", "es", "") if lower.endswith(e)
                         and lower[: len(lower) - len(e)] in self.lx.place_adjectives), None)
            place = self.lx.place_adjectives.get(stem) if stem is not None else None
            if place:
                q = {"role": office.get(word) or role.role or word}
                if former:
                    q["former"] = True
                self._add(ctx, person.entity, "holds_office", Entity(place, "place", [tokens[k].text]), k, q,
                          modal=False)
                return

    def _related_after(self, ctx: _Context, end: int) -> Mention | None:
        """"Gründer von Thrive Capital", "chief executive of Barclays", "Investor in Musks
        Unternehmen SpaceX": the organization the role is at."""
        tokens = ctx.sentence.tokens
        i = end
        while i + 1 < len(tokens) and tokens[i].lower in ("and", "&", "und", ",", "/") and (
                self.lx.role(tokens[i + 1].lower) or tokens[i + 1].lower in _TITLE_WORDS):
            i += 2  # "President and CEO of X", "founder and chief executive of Y"
            while i < len(tokens) and (self.lx.role(tokens[i].lower) or tokens[i].lower in _TITLE_WORDS):
                i += 1
        direct = self._mention_at(ctx, i)
        if direct is not None and direct.first == i and direct.entity.kind == "organization" \
                and i >= 2 and tokens[i - 2].text == ",":
            return direct  # "Bernd Hansen, CEO Hansen Gruppe"
        if i < len(tokens) and tokens[i].lower in ("von", "vom", "of", "at", "bei", "beim", "in", "im", "an",
                                                   "zu", "zum", "zur", "for", "des", "der", "to", "with"):
            i += 1
        else:
            return None
        for _ in range(5):
            m = self._mention_at(ctx, i)
            if m is not None and m.compound_head and not (self.lx.role(m.compound_head.lower())
                                                           or self.lx.stake(m.compound_head.lower())):
                i = m.last + 2  # "China-based", "Award-winning": a modifier, the name follows
                continue
            if m is not None:
                if self._possessor(ctx, m):
                    return self._possessed(ctx, m) or m  # "Investor in Musks Unternehmen SpaceX"
                return m
            if i >= len(tokens) or not (tokens[i].lower in self.lx.determiners or _adjective(tokens[i].text)
                                         or self.lx.org_cue(tokens[i].text) or tokens[i].lower in self.lx.person_cues
                                         or (self.lx.lang == "de" and tokens[i].text[:1].isupper()
                                             and tokens[i].text.isalpha())):
                return None
            i += 1
        return None

    def _related_before(self, ctx: _Context, i: int, end: int) -> tuple[Mention | None, Mention | None]:
        """"Barclays chief executive John Varley", "Microsoft's CEO", "dessen Vorstandsmitglied
        Reid Hoffman": the organization before the noun, the person after it."""
        tokens = ctx.sentence.tokens
        j = i - 1
        while j >= 0 and (_adjective(tokens[j].text) or tokens[j].lower in ("derzeitiges", "current",
                                                                            "new", "neuer", "neue")):
            j -= 1
        k = end
        while k < len(tokens) and (tokens[k].lower in self.lx.roles or tokens[k].lower in (",", "and", "und")) \
                and k < i + 4:
            k += 1  # "Brightwave's CEO, Tom Hale", "founder and CEO Frank Rinder"
        after = self._mention_at(ctx, k)
        if after is not None and after.first <= i:
            after = None
        if after is None and not (j >= 1 and tokens[j].text in ("'s", "’s", "'")) and not (
                j >= 0 and self._mention_at(ctx, j) is not None and self.lx.lang == "en"):
            return None, None
        if j >= 0 and tokens[j].lower in self.lx.possessive_relatives:
            antecedent = [m for m in ctx.mentions if m.last <= j and m.entity.kind in ("organization", "other")
                          and not m.compound_head]
            return (antecedent[-1] if antecedent else None), after
        if j >= 0 and tokens[j].lower in _PERSON_POSSESSIVES and after is not None:
            # "his son, Thom Duma Jr.", "seine Frau Anna": the person named last
            position = tokens[j].start
            earlier = [m for m in self.analysis.mentions if m.entity is not None and m.end <= position
                       and m.entity.kind == "person" and m.sentence >= ctx.sentence.index - 1
                       and m.entity.key != after.entity.key]
            return (earlier[-1] if earlier else None), after
        if j >= 0 and tokens[j].text in ("'s", "’s", "'") and j >= 1:
            owner = self._mention_at(ctx, j - 1)
            return owner, after
        owner = self._mention_at(ctx, j) if j >= 0 else None
        if owner is not None and owner.last == j + 1 and (owner.genitive or self.lx.lang == "en"):
            return owner, after
        return None, None

    def _described(self, ctx: _Context, start: int, end: int, related: Mention,
                   chain_subject: Mention | None, chain_end: int) -> Mention | None:
        """Whom the noun describes: the name in apposition before it, the subject of a copula,
        the previous noun's name in a chain ("Unterstützer von X und Investor in Y"), or the name
        right after the related organization ("the chief of Barclays, John Varley")."""
        tokens = ctx.sentence.tokens
        j = _noun_phrase_start(tokens, start, self.lx) - 1
        if j >= 0 and tokens[j].lower in ("zu", "among", "unter"):
            # "Zu den Geldgebern von X gehört auch Y"
            return next((m for m in ctx.mentions if related.last < m.first <= related.last + 5
                         and not self._in_pp(ctx, m)), None)
        if j >= 0 and tokens[j].lower in ("im", "in", "on", "zum", "zur", "als", "as", "into", "to"):
            # "Hoffman, der im Verwaltungsrat von Microsoft sitzt", "X sits on the board of Y"
            lo, _ = self._clause(ctx, j)
            antecedent = self._relative_antecedent(ctx, lo)
            if antecedent is not None:
                return antecedent
            items = self._items_before(ctx, lo, j)
            mentions = [m for e, m in items if m is not None]
            return mentions[-1] if mentions else None
        if j >= 0 and tokens[j].lower in ("und", "and", "sowie") and chain_subject is not None \
                and chain_end >= j - 8:
            return chain_subject
        if j >= 0 and tokens[j].text in (",", "(") and j >= 1:
            before = self._mention_at(ctx, j - 1)
            if before is not None:
                return before
            lo, _ = self._clause(ctx, j - 1)
            orgs = [m for m in ctx.mentions if lo <= m.first and m.last <= j and not self._in_pp(ctx, m)
                    and not m.compound_head]
            if orgs:
                return orgs[-1]
        if j >= 0 and tokens[j].lower in _COPULA:
            lo, _ = self._clause(ctx, j)
            # "DHL, which itself is a subsidiary of Deutsche Post": the relative's antecedent
            subject = self._subject_left(ctx, lo, j) or self._relative_subject(ctx, lo)
            if subject is None and j + 1 < len(tokens):
                # "Ein Beispiel ist X, ein Investor in Y" is handled by the comma; here German
                # inversion: "Gründer von X ist Y"
                subject = None
            return subject
        after = related.last
        if after + 2 < len(tokens) and tokens[after].text == "(" and tokens[after + 2].text == ")":
            after += 3  # "der Leipnik-Lundenburger Invest AG (LLI), Josef Pröll"
        if after < len(tokens) and tokens[after].lower in _COPULA:
            m = self._mention_at(ctx, after + 1)  # "Gründer von Kestrel ist Jonas Brandt"
            if m is not None:
                return m
        if after < len(tokens) and tokens[after].text == ",":
            m = self._mention_at(ctx, after + 1)
            if m is not None and m.entity.kind == "person" and not self._possessor(ctx, m):
                return m
        k = related.last + (1 if related.last < len(tokens) and self.lx.org_cue(tokens[related.last].text) else 0)
        m = self._mention_at(ctx, k)
        if m is not None and m is not related and m.entity.kind == "person":
            return m
        return None

    def _possessed_orgs(self, ctx: _Context) -> None:
        """"Musks Unternehmen SpaceX", "Musk's company SpaceX": the possessor owns it."""
        tokens = ctx.sentence.tokens
        for m in ctx.mentions:
            if not self._possessor(ctx, m):
                continue
            i = m.last + (1 if m.last < len(tokens) and tokens[m.last].text in ("'s", "’s") else 0)
            owned = self._mention_at(ctx, i)
            if i > m.last and owned is not None and owned.entity.kind in ("organization", "other") \
                    and m.entity.kind in ("person", "organization", "other"):
                self._add(ctx, m.entity, "owns", owned.entity, m.first, confidence=0.6, modal=False)
                continue
            if i < len(tokens) and self.lx.org_cue(tokens[i].text):
                target = self._mention_at(ctx, i + 1)
                if target is None and m.first >= 2 and tokens[m.first - 1].text == ",":
                    target = self._mention_at(ctx, m.first - 2)  # "Solaris Robotics, Vogels Firma"
                if target is not None and target.entity.kind in ("organization", "other"):
                    self._add(ctx, m.entity, "owns", target.entity, m.first, confidence=0.6)

    def _verbs(self, ctx: _Context) -> None:
        found = []
        for frame in self.lx.verbs:
            for match in frame.pattern.finditer(ctx.lower):
                start = _token_at(ctx.sentence, ctx.sentence.start + match.start())
                end = _token_at(ctx.sentence, ctx.sentence.start + match.end() - 1)
                if start is None or end is None or self._mention_at(ctx, start) is not None:
                    continue
                first = ctx.sentence.tokens[start].text
                if self.lx.lang == "de" and start > 0 and first[:1].isupper() and \
                        not first.lower().startswith(_NOUN_TRIGGERS):
                    continue  # "die Übernahme", "der Kauf": a noun, not the verb
                if frame.needs_context and not any(w in ctx.lower for w in frame.needs_context):
                    continue
                found.append((start, end + 1, frame))
        # the longest of overlapping matches wins ("round led by" over "led by"); then in the
        # order of the text: a contribution refers back to the round named before it
        kept: list[tuple[int, int, VerbFrame]] = []
        for start, end, frame in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
            if not any(start < e and s < end and f.relation != frame.relation for s, e, f in kept):
                kept.append((start, end, frame))
        for start, end, frame in sorted(kept, key=lambda f: f[0]):
            self._verb_claims(ctx, frame, start, end)

    def _verb_claims(self, ctx: _Context, frame: VerbFrame, start: int, end: int) -> None:
        lo, hi = self._clause(ctx, start)
        hi = max(hi, self._clause(ctx, end - 1)[1])
        subjects, objects = self._arguments(ctx, frame, start, end, lo, hi)
        if frame.reverse and not self._agent(ctx, frame, start, end, hi):
            subjects, objects = objects, subjects
        if not subjects or not objects:
            return
        qualifiers = self._qualifiers(ctx, frame, start)
        for subject in subjects:
            for obj in objects:
                self._add(ctx, subject, frame.relation, obj, start, qualifiers)

    def _arguments(self, ctx: _Context, frame: VerbFrame, start: int, end: int, lo: int, hi: int):
        """Subjects and objects of a verb frame matched at tokens start..end."""
        # passive: "X wurde von Y übernommen", "X was acquired by Y"
        agent = self._agent(ctx, frame, start, end, hi)
        if agent is not None:
            patient = self._subject_left(ctx, lo, start)
            commas = [k for k in range(lo, start) if ctx.sentence.tokens[k].text == ","]
            if commas and not any(commas[-1] < m.first < start for m in ctx.mentions):
                # "SpaceX, the rocket company run by Musk": the name the description is apposed to
                patient = self._mention_at(ctx, commas[-1] - 1) or patient
            if patient is None and frame.relation == "invested_in":
                # "Die Finanzierungsrunde von X wurde von Y angeführt"
                patient = next((m for m in ctx.mentions if lo <= m.first < start and m is not agent
                                and self._after_preposition(ctx, m, ("von", "of", "for", "für"))), None)
            if patient is None:
                return [], []
            agents = [self._entity(ctx, agent)] + [m.entity for m in self._next_list(ctx, agent)[1:]]
            return agents, [e.entity for e in self._next_list(ctx, patient)]
        if self._passive_without_agent(ctx, start):
            return [], []  # "Ebbers is accused of fraud": the subject is the one accused
        obj = self._object_right(ctx, frame, start + 1, hi, trigger_end=end)
        items = self._items_before(ctx, lo, start)
        relative = self._relative_subject(ctx, lo)
        if relative is not None and items and self.lx.lang == "en":
            # "Lumen Analytics, which Brightwave bought": the relative pronoun is the object
            subject, mention = items[-1]
            return ([relative.entity], [subject]) if frame.reverse else ([subject], [relative.entity])
        if relative is not None:
            # "Karin Vogel, die 2015 Solaris gegründet hat", "Tom Hale, who runs Brightwave"
            target = obj.entity if obj is not None else (items[-1][0] if items else None)
            if target is not None:
                subjects, objects = [relative.entity], (self._objects(ctx, obj) if obj else [target])
                return (objects, subjects) if frame.reverse else (subjects, objects)
        tokens = ctx.sentence.tokens
        bracket = self.lx.lang == "de" and any(t.lower in _AUX_DE for t in tokens[lo:start]) and obj is None
        subject: Entity | None = None
        if bracket and len(items) >= 2:
            # verb bracket or verb-final clause: "hat er xAI gegründet", "weil X Y kaufte"
            (subject, _), (obj_entity, obj_mention) = items[0], items[1]
            return [subject], [obj_entity]
        if bracket and len(items) == 1 and frame.prepositions:
            # "Sequoia hat sowohl in OpenAI als auch in xAI investiert"
            subject, mention = items[0]
            left = [m for m in ctx.mentions if lo <= m.first < start and self._after_preposition(
                ctx, m, frame.prepositions) and (mention is None or m.first > mention.first)]
            if left:
                return [subject], [m.entity for m in left]
        if start >= 2 and tokens[start - 1].lower in ("and", "und") and tokens[start - 2].text == "," \
                and not self._mention_at(ctx, start - 2):
            # "X led the round, which valued Y at $1bn, and contributed $1.3bn": the verb phrase
            # shares the subject of the sentence
            main = self._items_before(ctx, 0, start)
            if main:
                items = [main[0]]
        if items:
            subject, mention = items[-1]
            if obj is None:
                antecedent = self._relative_antecedent(ctx, lo)
                if antecedent is not None:
                    return [subject], [antecedent.entity]
                earlier = self._round_target(ctx, frame)
                if earlier is not None:
                    return [subject], [earlier]
                return [], []
            subjects = [subject]
            if mention is not None:
                subjects += [m.entity for m in self._coordinated_before(ctx, mention)]
            return subjects, self._objects(ctx, obj)
        following = next((m for m in ctx.mentions if start < m.first < hi and not m.compound_head
                          and not self._in_pp(ctx, m)
                          and all(tokens[x].lower in self.lx.determiners or tokens[x].lower == "sich"
                                  or x < end or _adjective(tokens[x].text) for x in range(start + 1, m.first))),
                         None)
        if self.lx.lang == "de" and following is not None and not following.compound_head:
            # verb-second with the subject after the verb: "Am Montag übernahm Siemens X",
            # "lobte Kushner Musks Engagement"
            subjects = [m.entity for m in self._next_list(ctx, following)]
            obj = self._object_right(ctx, frame, following.last, hi)
            if obj is None and frame.prepositions:
                # "An der Finanzierungsrunde von X beteiligten sich A, B und C"
                obj = next((m for m in ctx.mentions if lo <= m.first < start and (
                    self._after_preposition(ctx, m, frame.prepositions)
                    or self._after_preposition(ctx, m, ("von", "of")))), None)
            if obj is not None and obj.entity.key not in {e.key for e in subjects}:
                objects = self._objects(ctx, obj)
                return (objects, subjects) if frame.reverse else (subjects, objects)
        return [], []

    def _possessor_at(self, ctx: _Context, i: int) -> bool:
        m = self._mention_at(ctx, i)
        return m is not None and self._possessor(ctx, m)

    def _after_preposition(self, ctx: _Context, mention: Mention, prepositions: tuple[str, ...]) -> bool:
        tokens = ctx.sentence.tokens
        k = mention.first - 1
        while k >= 0 and (tokens[k].lower in self.lx.determiners or _adjective(tokens[k].text)
                          or tokens[k].lower in self.lx.org_cues):
            k -= 1
        return k >= 0 and tokens[k].lower in prepositions

    def _apposition_spans(self, ctx: _Context, limit: int) -> set[int]:
        """Token positions inside appositions: "Josh Kushner, der Gründer von Thrive, lobte"."""
        tokens = ctx.sentence.tokens
        inside: set[int] = set()
        for m in ctx.mentions:
            k = m.last
            if k >= limit or k >= len(tokens) or tokens[k].text != ",":
                continue
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if nxt is None or not (nxt.lower in self.lx.determiners or _adjective(nxt.text)
                                   or self.lx.role(nxt.lower) or self.lx.stake(nxt.lower)):
                continue
            close = next((x for x in range(k + 2, limit) if tokens[x].text == ","), None)
            if close is not None:
                inside.update(range(k + 1, close))
        return inside

    def _passive_without_agent(self, ctx: _Context, start: int) -> bool:
        """An English passive whose agent frames do not name: "was accused", "is being sued"."""
        tokens = ctx.sentence.tokens
        if self.lx.lang != "en" or start == 0:
            return False
        before = [t.lower for t in tokens[max(0, start - 2):start]]
        return any(w in ("is", "was", "were", "are", "been", "be", "being") for w in before) and \
            tokens[start].lower.endswith("ed")

    def _items_before(self, ctx: _Context, lo: int, start: int) -> list[tuple[Entity, Mention | None]]:
        """The nominative-looking arguments before a verb: names outside prepositional phrases,
        and subject pronouns standing for the last person named."""
        items: list[tuple[int, Entity, Mention | None]] = []
        apposed = self._apposition_spans(ctx, start) | _parenthesized(ctx.sentence.tokens)
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
        return [(e, m) for _, e, m in sorted(items, key=lambda x: x[0])]

    def _objects(self, ctx: _Context, obj: Mention | None) -> list[Entity]:
        if obj is None:
            return []
        return [m.entity for m in self._next_list(ctx, obj)]

    def _coordinated_before(self, ctx: _Context, mention: Mention) -> list[Mention]:
        out = []
        tokens = ctx.sentence.tokens
        current = mention
        while current.first >= 2 and tokens[current.first - 1].lower in _LIST_LINKS:
            prev = self._mention_at(ctx, current.first - 2)
            if prev is None or prev.compound_head:
                break
            out.append(prev)
            current = prev
        return out

    def _agent(self, ctx: _Context, frame: VerbFrame, start: int, end: int, hi: int) -> Mention | None:
        tokens = ctx.sentence.tokens
        if not frame.passive_agent:
            return None
        passive_words = _PASSIVE_DE if self.lx.lang == "de" else _PASSIVE_EN
        window = [t.lower for t in tokens[max(0, start - 8):min(len(tokens), end + 3)]]
        inside = any(t.lower in frame.passive_agent for t in tokens[start:end])
        if not inside and not any(w in passive_words for w in window):
            return None
        found = []
        for i in range(max(0, start - 8), min(hi, end + 6)):
            if tokens[i].lower in frame.passive_agent:
                m = self._mention_at(ctx, self._skip_descriptor(tokens, i + 1))
                if m is not None:
                    person = self._mention_at(ctx, self._skip_descriptor(tokens, m.last, 3))
                    if person is not None and person is not m and person.entity.kind == "person" \
                            and self.lx.role(tokens[m.last].lower):
                        m = person  # the organization only names the person's employer
                    found.append((abs(i - start) if i < start else i - end, m))
        # "Die Runde von X wurde von Y angeführt": the agent is the one nearest the verb
        return min(found, key=lambda f: f[0])[1] if found else None

    def _skip_descriptor(self, tokens, i: int, limit: int = 5) -> int:
        """Over what describes a name before it: "by (its visionary director Mr.) Sunil Dhadwe",
        "von (dem Unternehmer) Hans Berger"."""
        start = i
        while i < len(tokens) and i < start + limit and (
                tokens[i].lower in self.lx.determiners or _adjective(tokens[i].text)
                or tokens[i].lower in self.lx.honorifics or self.lx.role(tokens[i].lower)
                or tokens[i].lower in self.lx.person_cues or tokens[i].lower in _TITLE_WORDS
                or (tokens[i].text.isalpha() and tokens[i].text.islower() and tokens[i].lower not in _FUNCTION_WORDS
                    and self.lx.lang == "en")):
            i += 1
        return i

    def _object_right(self, ctx: _Context, frame: VerbFrame, end: int, hi: int,
                      trigger_end: int | None = None) -> Mention | None:
        """The object after the verb; `end` is where to look from, `trigger_end` where the matched
        phrase ends ("completed its acquisition of X": X follows the phrase's own "of")."""
        tokens = ctx.sentence.tokens
        candidates = [m for m in ctx.mentions if m.first >= end and m.last <= hi and not m.compound_head
                      and m.first - end <= 10
                      and not any(t.text in (",", ";") for t in tokens[end:m.first])]
        for m in candidates:
            if m.last + 1 < len(tokens) and tokens[m.last].text[:1].islower() and self.lx.org_cue(tokens[m.last].text) \
                    and self._mention_at(ctx, m.last + 1) is not None:
                continue  # "Adderall maker Shire", "chip designer Arm"
            if not frame.prepositions and frame.relation in ("acquired", "founded") \
                    and self._after_preposition(ctx, m, ("of", "von", "des")) and m.first > (trigger_end or end) + 1:
                continue  # "bought the production unit of Yukos": Yukos is not what was bought
            if frame.prepositions:
                k = m.first - 1
                while k >= end and (tokens[k].lower in self.lx.determiners or _adjective(tokens[k].text)
                                    or self.lx.org_cue(tokens[k].text) or self._possessor_at(ctx, k)):
                    k -= 1
                genitive_head = self._possessor(ctx, m)
                if not (k >= end and tokens[k].lower in frame.prepositions) and not genitive_head:
                    if frame.relation == "invested_in" and not any(
                            tokens[x].lower in self.lx.prepositions for x in range(end, m.first)):
                        return m  # "backed OpenAI", "finanzierte OpenAI"
                    continue
            if self._possessor(ctx, m) and frame.relation not in ("endorses", "criticizes", "supports"):
                head = self._possessed(ctx, m)
                if head is not None:
                    return head
                if frame.lead or frame.relation == "invested_in":
                    return m  # "led OpenAI's round", "invested in Brightwave's Series B round"
                continue
            return m
        return None

    def _relative_subject(self, ctx: _Context, lo: int) -> Mention | None:
        tokens = ctx.sentence.tokens
        if lo < 2 or tokens[lo - 1].text != "," or tokens[lo].lower not in (
                "der", "die", "das", "welche", "welcher", "who", "which", "that"):
            return None
        return self._mention_at(ctx, lo - 2)

    def _round_target(self, ctx: _Context, frame: VerbFrame) -> Entity | None:
        """"X trug 1,3 Milliarden zu dieser Summe bei": a contribution without a named target
        goes to the company whose funding the document reported last."""
        if frame.relation != "invested_in" or not find_amounts(ctx.sentence.text, self.lx.lang):
            return None
        earlier = [c for c in self.claims if c.relation == "invested_in"]
        return earlier[-1].object if earlier else None

    def _relative_antecedent(self, ctx: _Context, lo: int) -> Mention | None:
        """", dessen Wahl Musk unterstützt hat" / ", which Musk founded": the name the relative
        clause hangs on."""
        tokens = ctx.sentence.tokens
        if lo < 2 or tokens[lo - 1].text != ",":
            return None
        if tokens[lo].lower not in self.lx.possessive_relatives | {"den", "der", "which", "whom", "who", "that",
                                                                   "die", "das"}:
            return None
        return self._mention_at(ctx, lo - 2)

    def _qualifiers(self, ctx: _Context, frame: VerbFrame, start: int) -> dict:
        q: dict = {}
        if frame.lead:
            q["lead"] = True
        if frame.relation in ("invested_in", "acquired", "owns"):
            text = ctx.sentence.text
            for amount in find_amounts(text, self.lx.lang):
                window = text[max(0, amount.start - 40):amount.start].lower() + " " + \
                    text[amount.end:amount.end + 25].lower()
                if _VALUATION.search(window):
                    q.setdefault("valuation", amount.as_qualifier())
                elif _ROUND_TOTAL.match(text[amount.end:amount.end + 40]):
                    continue  # a round's total is not one investor's contribution
                else:
                    q.setdefault("amount", amount.as_qualifier())
            for pct in find_percentages(text, self.lx.lang):
                q.setdefault("percentage", pct.value)
            found = _ROUND.search(text)
            if found and frame.relation == "invested_in":
                q["round"] = found.group(0)
        if frame.relation in ("invested_in", "acquired", "founded", "sued", "owns"):
            dates = find_dates(ctx.sentence.text, ctx.analysis.document.published)
            if dates:
                q["date"] = dates[0][2]
        return q

    def _between(self, ctx: _Context) -> None:
        """"familiäre Verbindungen zwischen Kushner und Trump", "a partnership between X and Y"."""
        tokens = ctx.sentence.tokens
        for t in tokens:
            if t.lower not in ("zwischen", "between"):
                continue
            first = self._mention_at(ctx, _skip_words(tokens, t.i + 1, 3, self.lx))
            if first is None:
                continue
            k = first.last
            if k >= len(tokens) or tokens[k].lower not in ("und", "and"):
                continue
            second = next((m for m in ctx.mentions if m.first > k and not m.compound_head
                           and m.first - k <= 6), None)
            if second is None:
                continue
            context = ctx.lower[: t.start - ctx.sentence.start]
            for relation, nouns in _SYMMETRIC_NOUNS.items():
                if any(n in context[-60:] for n in nouns):
                    self._add(ctx, first.entity, relation, second.entity, t.i)
                    break

    def _acquisition_nouns(self, ctx: _Context) -> None:
        """"Brightwave's acquisition of Lumen", "die Übernahme von X durch Y"."""
        tokens = ctx.sentence.tokens
        for t in tokens:
            if t.lower.rstrip("s") not in _ACQUISITION_NOUNS:
                continue
            target = None
            if t.i + 1 < len(tokens) and tokens[t.i + 1].lower in ("of", "von", "des", "der", "eines", "einer"):
                # "der Übernahme eines Großteils der Aktien der Verbundnetz Gas AG"
                target = next((m for m in ctx.mentions if t.i + 1 < m.first <= t.i + 8
                               and not any(tokens[x].lower in ("by", "durch") for x in range(t.i, m.first))), None)
            if target is None:
                continue
            buyer = None
            k = target.last
            if k + 2 < len(tokens) and tokens[k].text == "(":
                k = next((x + 1 for x in range(k, min(len(tokens), k + 10)) if tokens[x].text == ")"), k)
            if k < len(tokens) and tokens[k].lower in ("by", "durch"):
                buyer = self._mention_at(ctx, _skip_words(tokens, k + 1, 3, self.lx))
            elif t.i >= 2 and tokens[t.i - 2].lower in ("mit", "nach", "with", "after") and k < len(tokens):
                # "Mit der Übernahme von X hat Y ...": the subject of the clause bought
                buyer = next((m for m in ctx.mentions if m.first > k and not self._in_pp(ctx, m)), None)
            elif t.i >= 2 and tokens[t.i - 1].text in ("'s", "’s"):
                buyer = self._mention_at(ctx, t.i - 2)
            elif t.i >= 1 and self._mention_at(ctx, t.i - 1) is not None and self._mention_at(ctx, t.i - 1).genitive:
                buyer = self._mention_at(ctx, t.i - 1)
            if buyer is not None:
                self._add(ctx, buyer.entity, "acquired", target.entity, t.i,
                          self._qualifiers(ctx, self._acquired_frame, t.i))

    def _children(self, ctx: _Context) -> None:
        """"their three children, Alexis, Graham and Leland", "seine Söhne Max und Moritz": each child
        is family of the parent (or the couple) the possessive points back to."""
        tokens = ctx.sentence.tokens
        for t in tokens:
            if t.lower not in _CHILDREN or t.i == 0:
                continue
            j = t.i - 1
            while j >= 0 and (_adjective(tokens[j].text) or tokens[j].text.isdigit()
                              or tokens[j].lower in _NUMBER_WORDS):
                j -= 1
            if j < 0 or tokens[j].lower not in _PERSON_POSSESSIVES | {"their", "ihre", "ihren", "ihrer"}:
                continue
            k = t.i + 1
            while k < len(tokens) and tokens[k].text in (",", ":", "-", "–", "—", "(") or \
                    k < len(tokens) and tokens[k].lower in ("were", "are", "sind", "waren", "namens", "named"):
                k += 1
            first = self._mention_at(ctx, k)
            if first is None or first.entity.kind not in ("person", "other"):
                continue
            children = [m for m in self._next_list(ctx, first) if m.entity.kind in ("person", "other")]
            position = tokens[j].start
            earlier = [m for m in self.analysis.mentions if m.entity is not None and m.end <= position
                       and m.entity.kind == "person" and m.sentence >= ctx.sentence.index - 1]
            couple = tokens[j].lower in ("their", "ihre", "ihren", "ihrer") and self.lx.lang == "en"
            parents = {m.entity.key: m.entity for m in earlier[-2:] if couple or m is earlier[-1]}
            for child in children:
                for parent in parents.values():
                    self._add(ctx, child.entity, "family_of", parent, t.i, {"kind": "child"}, modal=False)

    def _sales(self, ctx: _Context) -> None:
        """"Newport sold WHP to Sinclair", "X verkaufte Y an Z": the buyer acquired what was sold."""
        tokens = ctx.sentence.tokens
        for t in tokens:
            if not _SALE.match(t.lower):
                continue
            lo, hi = self._clause(ctx, t.i)
            sold = next((m for m in ctx.mentions if t.i < m.first < hi and not m.compound_head
                         and not self._in_pp(ctx, m)), None)
            if sold is None:
                continue
            buyer = None
            for k in range(sold.last, hi):
                if tokens[k].lower in ("to", "an"):
                    buyer = self._mention_at(ctx, self._skip_descriptor(tokens, k + 1))
                    break
            if buyer is not None and buyer is not sold:
                self._add(ctx, buyer.entity, "acquired", sold.entity, t.i,
                          self._qualifiers(ctx, self._acquired_frame, t.i))

    def _partnerships(self, ctx: _Context) -> None:
        """"X und Y haben eine Partnerschaft vereinbart", "X signed a partnership agreement with Y"."""
        tokens = ctx.sentence.tokens
        noun = next((t for t in tokens if any(t.lower.startswith(n) for n in _PARTNERSHIP_NOUNS)
                     or (t.lower == "joint" and t.i + 1 < len(tokens) and tokens[t.i + 1].lower == "venture")
                     or (t.lower.startswith("agreement") and t.i > 0 and tokens[t.i - 1].lower in _AGREEMENT_KINDS)),
                    None)
        if noun is None:
            return
        before = [m for m in ctx.mentions if m.last <= noun.i and not self._in_pp(ctx, m) and not m.compound_head]
        partner = next((m for m in ctx.mentions if self._after_preposition(ctx, m, ("mit", "with"))), None)
        if partner is not None and before and before[0] is not partner:
            self._add(ctx, before[0].entity, "partner_of", partner.entity, noun.i)
        elif len(before) >= 2 and tokens[before[0].last].lower in ("und", "and", "&") \
                and before[1].first == before[0].last + 1:
            self._add(ctx, before[0].entity, "partner_of", before[1].entity, noun.i)

    def _lawsuit_continues(self, ctx: _Context) -> None:
        """"Die Klage umfasst nun auch X, Y sowie Z": more defendants of the earlier lawsuit."""
        if not self.plaintiffs:
            return
        match = _LAWSUIT_MORE.search(ctx.lower)
        if not match:
            return
        plaintiff = self.plaintiffs[-1]
        after = _token_at(ctx.sentence, ctx.sentence.start + match.end() - 1)
        if after is None:
            return
        for m in ctx.mentions:
            if m.first > after and not m.compound_head and not self._possessor(ctx, m):
                self._add(ctx, plaintiff, "sued", m.entity, m.first)


def _lexmod(lexicon):
    from ..nlp import de, en

    return de if lexicon.lang == "de" else en


def _fits(entity: Entity, kinds: tuple[str, ...]) -> bool:
    return entity.kind in kinds or entity.kind == "other"


def _settle_kind(entity: Entity, kinds: tuple[str, ...]) -> None:
    """A name of unknown kind in a slot that takes one kind (or prefers organizations) gets it."""
    if entity.kind == "other":
        entity.kind = "organization" if "organization" in kinds else kinds[0]


def _adjective(word: str) -> bool:
    lower = word.lower()
    if lower in ("früher", "frühere", "wichtiger", "major", "big", "key", "early", "new", "largest", "biggest"):
        return True
    if lower in _FUNCTION_WORDS:
        return False
    return word[:1].islower() and lower.endswith(("e", "en", "er", "es", "em", "ed", "ive", "al", "ic",
                                                   "ful", "ous", "ige", "igen", "iger")) and len(word) > 2


def _noun_phrase_start(tokens, i: int, lexicon) -> int:
    """Walk left from a noun over its determiner, adjectives and "former": "a direct rival"."""
    j = i - 1
    steps = 0
    while j >= 0 and steps < 4 and (tokens[j].lower in lexicon.determiners or _adjective(tokens[j].text)
                                     or tokens[j].lower in lexicon.former or tokens[j].text == "-"
                                     or (tokens[j].text[:1].islower() and tokens[j].text.isalpha()
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


def _title_case(sentence: Sentence) -> bool:
    """A headline in Title Case: most words capitalized, function words included ("To Sell")."""
    words = [t.text for t in sentence.tokens[1:] if t.text.isalpha()]
    function_words = [w for w in words if w.lower() in _FUNCTION_WORDS]
    capital_function = sum(w[0].isupper() for w in function_words)
    return len(words) >= 3 and capital_function >= 1 and sum(w[0].isupper() for w in words) / len(words) > 0.7


def _wordlike(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _skip_words(tokens, i: int, limit: int, lexicon=None) -> int:
    """Skip determiners and adjectives: to the head of a noun phrase."""
    n = 0
    while i < len(tokens) and n < limit and (
            _adjective(tokens[i].text) or (lexicon and tokens[i].lower in lexicon.determiners)
            or tokens[i].lower in ("der", "die", "das", "den", "dem", "des", "the", "a", "an")):
        i += 1
        n += 1
    return i


def _token_at(sentence: Sentence, offset: int) -> int | None:
    for t in sentence.tokens:
        if t.start <= offset < t.end:
            return t.i
    return None
