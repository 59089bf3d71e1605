"""The rule-based extractor: the grammar of how German and English news report ties.

It reads one sentence at a time over its resolved mentions. The constructions live beside it:
- nouns.py: titles, stakes, family and possessives ("OpenAI-CEO Sam Altman", "Josh Kushner,
  Gründer von Thrive", "X ist ein Investor in Y", "Musks Unternehmen SpaceX"), takeovers and
  partnerships named by nouns, children, "zwischen X und Y";
- verbs.py: the lexicon's verb frames with German verb-second, verb brackets and verb-final
  clauses, passives, relative clauses, pronoun subjects and lists; sales; lawsuits that "now also
  name" further defendants; a fund's contribution to a round reported a sentence earlier;
- grammar.py: clauses, subjects, possessors, appositions, and the modality of a statement.
Negated and speculative statements are dropped; reported ones are kept and marked."""
from __future__ import annotations

import re

from .. import __version__
from ..model import RELATIONS, Claim, Entity, Evidence
from ..nlp import Analysis
from ..nlp.lexicon import VerbFrame
from . import register
from .grammar import _Context, _fits, _settle_kind, _title_case
from .nouns import NounConstructions
from .verbs import VerbConstructions


# Wire copy breaks its lines in mid-sentence ("filed suit\nagainst"), and the lexicon's phrases
# have spaces between their words: the rules read a sentence as one line (offsets unchanged).
_ONE_LINE = str.maketrans("\n\r\t\f\v", "     ")


@register("rules")
class RuleExtractor(NounConstructions, VerbConstructions):
    name = "rules"
    version = __version__
    _acquired_frame = VerbFrame("acquired", re.compile("^$"))
    _owns_frame = VerbFrame("owns", re.compile("^$"))

    def extract(self, analysis: Analysis, entities: list[Entity]) -> list[Claim]:
        self.analysis = analysis
        self.lx = analysis.lexicon
        self.claims: list[Claim] = []
        self._stated: dict[tuple[int, str, str, str], Claim] = {}  # one claim per fact per sentence
        self.plaintiffs: list[Entity] = []
        self.round_company: Entity | None = None  # whose funding round the text reported last
        by_sentence = analysis.mentions_by_sentence()
        for sentence in analysis.sentences:
            mentions = [m for m in by_sentence.get(sentence.index, []) if m.entity is not None]
            if not mentions:
                continue  # a tie names at least one of its two ends in its sentence
            if self.lx.lang == "en" and _title_case(sentence, self.lx.stop_words) or sentence.text.isupper():
                continue  # "Beecham Group To Sell Unit", "COFAB BUYS GULFEX": every word looks like a name
            ctx = _Context(analysis, sentence, mentions, sentence.text.lower().translate(_ONE_LINE))
            self._role_compounds(ctx)
            self._role_nouns(ctx)
            self._possessed_orgs(ctx)
            self._raised(ctx)
            self._verbs(ctx)
            self._stakes_held(ctx)
            self._between(ctx)
            self._lawsuit_continues(ctx)
            self._acquisition_nouns(ctx)
            self._partnerships(ctx)
            self._children(ctx)
            self._sales(ctx)
            self._successions(ctx)
            self._appointments(ctx)
        return self.claims

    def _named_like_a_person(self, entity: Entity) -> bool:
        """Whether nothing but the shape of its name (a given name first) makes `entity` a person:
        no title, no "Mr", no role noun before it."""
        sentences = self.analysis.sentences
        return all(m.evidence in ("given-name", "short-form") and not (
            m.first > 0 and sentences[m.sentence].tokens[m.first - 1].lower.rstrip(".") in self.lx.honorifics)
            for m in self.analysis.mentions if m.entity is entity)

    def _add(self, ctx: _Context, subject: Entity | None, relation: str, obj: Entity | None,
             anchor: int, qualifiers: dict | None = None, confidence: float = 0.8,
             modal: bool = True) -> Claim | None:
        """Record a claim. `modal` says whether the clause's negation or speculation bears on it:
        it does on a verb ("übernahm nicht"), not on a title ("Chefin X wollte nicht ...")."""
        if subject is None or obj is None or subject.key == obj.key:
            return None
        spec = RELATIONS[relation]
        if obj.kind == "person" and relation in ("acquired", "owns") and self._named_like_a_person(obj):
            obj.kind = "organization"  # "X acquired Laura Ashley": no one buys a person; a firm named after one
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
        stated = (sentence.start, relation, subject.key, obj.key)
        earlier = self._stated.get(stated)
        if earlier is not None:  # stated twice in one sentence: one claim
            for key, value in qualifiers.items():
                earlier.qualifiers.setdefault(key, value)
            return earlier
        claim = Claim(subject, relation, obj,
                      Evidence(document.id, sentence.text, sentence.start, sentence.end, document.name),
                      qualifiers, confidence, RuleExtractor.name, RuleExtractor.version)
        self.claims.append(claim)
        self._stated[stated] = claim
        if relation == "sued":
            self.plaintiffs.append(subject)
        if relation == "invested_in":
            self.round_company = obj
        return claim
