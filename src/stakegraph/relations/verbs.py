"""Constructions around verbs: the verb frames of the lexicon with their subjects and objects
(German verb-second, verb brackets and verb-final clauses, passives, relative clauses, pronoun
subjects, lists), their qualifiers (amount, valuation, round, lead, date), sales to a buyer, and
lawsuits that "now also name" further defendants."""
from __future__ import annotations

import re

import simplemma

from ..dates import find_dates
from ..model import RELATIONS, Entity
from ..nlp import Mention
from ..nlp.lexicon import VerbFrame
from ..quantities import find_amounts, find_percentages
from .grammar import (_AUX_DE, _PERSON_POSSESSIVES, _LAWSUIT_MORE, _NOUN_TRIGGERS, _PASSIVE_DE, _PASSIVE_EN, _ROUND, _ROUND_TOTAL,
                      _SALE, _VALUATION, Grammar, _adjective, _Context, _fits, _german_past_tense, _skip_words,
                      _token_at)

# What one takes over that is a post, not a company: "übernimmt den Vorsitz", "took over the helm".
_POSTS = frozenset({"vorsitz", "leitung", "führung", "amt", "posten", "position", "aufgabe", "ressort",
                    "verantwortung", "geschäftsführung", "spitze", "chefposten", "role", "post", "helm",
                    "reins", "chairmanship", "leadership", "management", "duties"})
# German compounds ending in one: "Vorstandsvorsitz", "Konzernleitung", "Geschäftsführung"
_POST_HEADS = ("vorsitz", "leitung", "führung", "spitze", "posten")
# Adverbs between "and" and a second verb of the same subject: "and then founded", "und gründete
# danach" has it after the verb.
# Between a German verb and its subject: "beteiligten sich auch A und B"
_AFTER_VERB = frozenset({"sich", "auch", "zudem", "außerdem", "ebenfalls", "nun", "jetzt", "erneut", "wieder"})
_RAISED = re.compile(r"raised|raises|raising|secured|secures|closed|closes|sammelt|sammelte|eingesammelt"
                     r"|erhält|erhielt|bekommt|bekam")
_LINKING_ADVERBS = frozenset({"then", "later", "also", "subsequently", "simultaneously", "eventually",
                              "soon", "finally", "dann", "später", "danach", "schließlich", "anschließend"})


class VerbConstructions(Grammar):
    def _verbs(self, ctx: _Context) -> None:
        found = []
        for frame in self.lx.frames_in(ctx.lower):
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
        if frame.of_round and frame.passive_agent:
            # "a round led by X, with participation from Y": Y is in the round, whoever the
            # clause before it names
            objects = [self.round_company] if self.round_company is not None else []
            if not objects:
                return
        qualifiers = self._qualifiers(ctx, frame, start)
        if frame.relation == "founded":
            subjects = subjects + self._cofounders(ctx, end, hi)
        if frame.relation == "acquired":
            self._seller(ctx, objects, hi)
        if frame.relation == "employed_by" and len(objects) == 1:
            self._post_taken(ctx, frame, subjects, objects[0], end, hi)
        for subject in subjects:
            own = self._bracketed_percentage(ctx, subject, lo, hi) if len(subjects) > 1 else None
            for obj in objects:
                self._add(ctx, subject, frame.relation, obj, start,
                          qualifiers if own is None else {**qualifiers, "percentage": own})

    def _each_other(self, ctx: _Context, frame: VerbFrame, lo: int, start: int) -> tuple[list, list]:
        """"Anna Weber and Tom Hale are married", "X and Y compete": a symmetric tie with no
        object holds between the two subjects."""
        items = self._items_before(ctx, lo, start) if RELATIONS[frame.relation].symmetric else []
        mention = items[-1][1] if items else None
        partners = self._coordinated_before(ctx, mention) if mention is not None else []
        if len(partners) != 1:
            return [], []
        return [items[-1][0]], [partners[0].entity]

    def _post_taken(self, ctx: _Context, frame: VerbFrame, subjects: list[Entity], employer: Entity,
                    end: int, hi: int) -> None:
        """"Tom Hale joined Brightwave as chief executive": the post says more than employment."""
        tokens = ctx.sentence.tokens
        org = next((m for m in ctx.mentions if m.entity.key == employer.key and end <= m.first < hi), None)
        at = next((k for k in range(org.last, hi) if tokens[k].lower in ("as", "als")), None) if org else None
        if at is None or at > org.last + 3:
            return
        k = at + 1
        while k < hi and (tokens[k].lower in self.lx.determiners or tokens[k].lower in ("new", "neuer", "neue")):
            k += 1
        role, phrase, after = self._role_at(ctx, k)
        if role is None or role.relation == "employed_by" or self._related_after(ctx, after) is not None:
            return  # "as CEO of its unit" names a post elsewhere, read by the noun rules
        for subject in subjects:
            self._role_claim(ctx, subject, role, org, phrase, frame.former, modal=True)

    def _seller(self, ctx: _Context, objects: list[Entity], hi: int) -> None:
        """"to acquire Roberts from Beecham Group": until the sale, the seller owns what is sold,
        whatever the sentence says of the sale itself."""
        tokens = ctx.sentence.tokens
        for m in ctx.mentions:
            if not objects or m.entity is not objects[-1] or m.last + 1 >= min(hi, len(tokens)):
                continue
            k = m.last + (1 if tokens[m.last].text in (">", ")") else 0)
            if k < len(tokens) and tokens[k].lower == "from" and self.lx.lang == "en":
                seller = self._mention_at(ctx, _skip_words(tokens, k + 1, 3, self.lx) +
                                          (1 if k + 1 < len(tokens) and tokens[k + 1].text == "<" else 0))
                if seller is not None and seller.entity.kind in ("organization", "other", "person"):
                    for obj in objects:
                        self._add(ctx, seller.entity, "owns", obj, m.first, confidence=0.6, modal=False)
                return

    def _bracketed_percentage(self, ctx: _Context, party: Entity, lo: int, hi: int) -> float | None:
        """"halten die UNIQA (29,6 Prozent), das Bankhaus X (10,8 Prozent)": each party's own share."""
        tokens = ctx.sentence.tokens
        for m in ctx.mentions:
            if m.entity is party and lo <= m.first < hi and m.last + 2 < len(tokens) and tokens[m.last].text == "(":
                close = next((k for k in range(m.last, min(len(tokens), m.last + 6)) if tokens[k].text == ")"), None)
                if close is not None:
                    inside = ctx.sentence.text[tokens[m.last].end - ctx.sentence.start:tokens[close].start - ctx.sentence.start]
                    found = find_percentages(inside, self.lx.lang)
                    if found:
                        return found[0].value
        return None

    def _cofounders(self, ctx: _Context, end: int, hi: int) -> list[Entity]:
        """"he founded the Civic Platform with Donald Tusk and Andrzej Olechowski"."""
        tokens = ctx.sentence.tokens
        for k in range(end, min(hi, end + 10)):
            if tokens[k].lower in ("with", "mit", "alongside", "gemeinsam"):
                at = self._skip_descriptor(tokens, k + 1, 3)
                while at < len(tokens) and (self.lx.stake(tokens[at].lower) or tokens[at].text == "/"):
                    at += 1  # "with partner Mikael Flodell", "with partner/producer X"
                first = self._mention_at(ctx, self._skip_descriptor(tokens, at, 3))
                if first is not None and first.entity.kind == "person":
                    return [m.entity for m in self._next_list(ctx, first) if m.entity.kind == "person"]
        return []

    def _arguments(self, ctx: _Context, frame: VerbFrame, start: int, end: int, lo: int, hi: int):
        """Subjects and objects of a verb frame matched at tokens start..end."""
        tokens = ctx.sentence.tokens
        # passive: "X wurde von Y übernommen", "X was acquired by Y"
        agent = self._agent(ctx, frame, start, end, hi)
        if agent is not None:
            patient = self._subject_left(ctx, lo, start) or self._relative_subject(ctx, lo)
            commas = [k for k in range(lo, start) if tokens[k].text == ","]
            if commas and not any(commas[-1] < m.first < start for m in ctx.mentions):
                if tokens[commas[-1] + 1].lower in self.lx.determiners and any(
                        t.lower in _AUX_DE or t.lower in _PASSIVE_EN for t in tokens[commas[-1] + 1:start]):
                    # "Based in Bowen Hills, Brisbane, the airline was founded by Y": the clause has
                    # its own subject, a description no name was found for
                    return [], []
                # "SpaceX, the rocket company run by Musk": the name the description is apposed to;
                # "X is a superstore in Ullared, Sweden, founded by Y": not the place, the subject
                apposed = self._mention_at(ctx, commas[-1] - 1)
                if apposed is not None and apposed.entity.kind == "place":
                    apposed = next((m for m in ctx.mentions if not self._in_pp(ctx, m) and m.entity.kind != "place"),
                                   None)
                patient = apposed or patient
                if commas[-1] + 1 < len(tokens) and \
                        tokens[commas[-1] + 1].lower in ("having", "being", "nachdem"):
                    # "X was bought by Y last year, having previously been owned by Z": X again
                    patient = next((m for m in ctx.mentions if not self._in_pp(ctx, m)), patient)
            if start == 0 and agent.first > start:
                # "Created in 1899 by X and Y, VINCI has become ...": the main clause's subject
                comma = next((k for k in range(agent.last, len(tokens))
                              if tokens[k].text == ","), None)
                if comma is not None:
                    patient = next((m for m in ctx.mentions if m.first > comma and not self._in_pp(ctx, m)), patient)
            if patient is None and frame.relation == "invested_in":
                # "Die Finanzierungsrunde von X wurde von Y angeführt"
                patient = next((m for m in ctx.mentions if lo <= m.first < start and m is not agent
                                and self._after_preposition(ctx, m, ("von", "of", "for", "für"))), None)
            if patient is None:
                target = self._round_target(ctx, frame)  # "The round was co-led by X and Y"
                if target is None:
                    return [], []
                return [self._entity(ctx, agent)] + [m.entity for m in self._next_list(ctx, agent)[1:]], [target]
            agents = [self._entity(ctx, agent)] + [m.entity for m in self._next_list(ctx, agent)[1:]]
            patients = self._coordinated_before(ctx, patient)[::-1] + self._next_list(ctx, patient)
            return agents, [e.entity for e in patients]
        if tokens[lo].lower in frame.prepositions and self._prepositional_relative(tokens, lo):
            # "Kranich AG, an der die Nordlicht Holding mit 38 Prozent beteiligt ist": the
            # relative pronoun after the verb's own preposition stands for the object
            antecedent = self._relative_antecedent(ctx, lo)
            inner = [m for m in ctx.mentions if lo + 1 < m.first and m.last <= start
                     and (self._phrase_start(ctx, m.first) <= lo + 2 or not self._in_pp(ctx, m))]
            if antecedent is not None and inner:
                subjects = [m.entity for m in self._next_list(ctx, inner[0])]
                return ([antecedent.entity], subjects) if frame.reverse else (subjects, [antecedent.entity])
        if self._passive_without_agent(ctx, start):
            # "Ebbers is accused of fraud": the subject is the one accused
            return self._each_other(ctx, frame, lo, start)
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
            spec = RELATIONS[frame.relation]
            if obj is None and target is not None and not frame.reverse and not _fits(target, spec.object_kinds) \
                    and _fits(target, spec.subject_kinds) and _fits(relative.entity, spec.object_kinds):
                # "die Holding, die Karin Vogel gegründet hat": German "die" is as often the object,
                # and only that reading fits (no one founds a person)
                return [target], [relative.entity]
            if target is not None:
                subjects, objects = [relative.entity], (self._objects(ctx, obj) if obj else [target])
                return (objects, subjects) if frame.reverse else (subjects, objects)
        bracket = self.lx.lang == "de" and any(t.lower in _AUX_DE for t in tokens[lo:start]) and obj is None
        subject: Entity | None = None
        if bracket and len(items) >= 2:
            # verb bracket or verb-final clause: "hat er xAI gegründet", "weil X Y kaufte"; "X und
            # ihre Tochter Y haben Z übernommen": the subjects are listed, the object follows them
            (subject, first), rest = items[0], items[1:]
            listed = {x.entity.key for x in self._next_list(ctx, first)} if first is not None else {subject.key}
            objects = [e for e, _ in rest if e.key not in listed]
            if objects:
                subjects = [x.entity for x in self._next_list(ctx, first)] if first is not None else [subject]
                return subjects, [objects[0]]
            return [], []
        if bracket and len(items) == 1 and frame.prepositions:
            # "Sequoia hat sowohl in OpenAI als auch in xAI investiert"
            subject, mention = items[0]
            left = [m for m in ctx.mentions if lo <= m.first < start and self._after_preposition(
                ctx, m, frame.prepositions) and (mention is None or m.first > mention.first)]
            if left:
                listed = {id(x): x for m in left for x in self._next_list(ctx, m) if x.first < start}
                return [subject], [m.entity for m in listed.values()]
        if self._second_verb_phrase(ctx, start):
            # "X led the round, which valued Y at $1bn, and contributed $1.3bn", "X left Siemens in
            # 2019 and joined Bosch", "X verließ Siemens und gründete Y": the verb phrase shares the
            # subject of the sentence
            main = self._items_before(ctx, 0, start)
            if main:
                items = [main[0]]
        if not items and self.lx.lang == "en" and tokens[start].lower.endswith("ing") and any(
                tokens[k].lower in ("before", "after", "since", "while", "upon", "prior", "when")
                for k in range(max(0, start - 3), start)):
            # "Before joining Temenos, Mr. Dubois was ...": the main clause's subject
            comma = next((k for k in range(end, len(tokens)) if tokens[k].text == ","), None)
            subject_after = comma is not None and next(
                (m for m in ctx.mentions if m.first > comma and not self._in_pp(ctx, m)), None)
            obj = obj if obj is None or comma is None or obj.first < comma else None
            if subject_after and obj is not None:
                subjects, objects = [subject_after.entity], self._objects(ctx, obj)
                return (objects, subjects) if frame.reverse else (subjects, objects)
        if items:
            subject, mention = items[-1]
            if obj is None:
                antecedent = self._relative_antecedent(ctx, lo)
                if antecedent is not None:
                    return [subject], [antecedent.entity]
                earlier = self._round_target(ctx, frame)
                if earlier is not None:  # "Sequoia and Accel also participated in the round"
                    listed = self._coordinated_before(ctx, mention) if mention is not None else []
                    return [subject] + [m.entity for m in listed], [earlier]
                return self._each_other(ctx, frame, lo, start)
            subjects = [subject]
            if mention is not None:
                subjects += [m.entity for m in self._coordinated_before(ctx, mention)]
            return subjects, self._objects(ctx, obj)
        following = next((m for m in ctx.mentions if start < m.first < hi and not m.compound_head
                          and not self._in_pp(ctx, m)
                          and all(tokens[x].lower in self.lx.determiners or tokens[x].lower in _AFTER_VERB
                                  or x < end or _adjective(tokens[x].text, self.lx.lang) for x in range(start + 1, m.first))),
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
            if frame.relation == "invested_in" and self.round_company is not None and "runde" in ctx.lower:
                return subjects, [self.round_company]  # "An der Runde beteiligten sich auch A und B"
        return [], []

    def _second_verb_phrase(self, ctx: _Context, start: int) -> bool:
        """Whether the verb at `start` follows "and" ("and then", "und gründete") after a verb
        phrase of its own, rather than after a second subject ("Musk and Altman founded")."""
        tokens = ctx.sentence.tokens
        k = start - 1
        while k > 0 and tokens[k].lower in _LINKING_ADVERBS:
            k -= 1
        if k < 1 or tokens[k].lower not in ("and", "und"):
            return False
        # The first verb phrase may lie before the clause the second one opens: from the sentence's
        # first name on.
        first = next((m.last for m in ctx.mentions if m.last <= k), k)
        before = self._mention_at(ctx, k - 1)
        if before is not None and not self._in_pp(ctx, before):
            return any(self._verb_like(t) for t in tokens[first:before.first])  # "X left Siemens and"
        return tokens[k - 1].text == "," or self._verbs_before(ctx, k) or any(
            self._verb_like(t) for t in tokens[first:k])

    def _verb_like(self, token) -> bool:
        """A finite verb, roughly: "left", "joined", "verließ", "was"; names and nouns are not."""
        text = token.text
        if not (text.isalpha() and text.islower()):
            return False
        if text in _PASSIVE_EN or text in _AUX_DE or text in ("left", "quit", "set", "put", "cut", "has", "had"):
            return True
        if self.lx.lang == "de":
            return _german_past_tense(text)
        return text.endswith("ed") and len(text) > 4 or (
            not text.endswith("s") and simplemma.lemmatize(text, lang="en") != text
            and text not in self.lx.stop_words)

    def _verbs_before(self, ctx: _Context, i: int) -> bool:
        """Whether a frame's verb stands before token `i`: "X acquired Y in 1995 and controls Z"
        coordinates two verb phrases of one subject."""
        before = ctx.lower[: ctx.sentence.tokens[i].start - ctx.sentence.start]
        return any(frame.pattern.search(before) for frame in self.lx.verbs)

    def _objects(self, ctx: _Context, obj: Mention | None) -> list[Entity]:
        if obj is None:
            return []
        return [m.entity for m in self._next_list(ctx, obj)]

    def _agent(self, ctx: _Context, frame: VerbFrame, start: int, end: int, hi: int) -> Mention | None:
        tokens = ctx.sentence.tokens
        if not frame.passive_agent:
            return None
        passive_words = _PASSIVE_DE if self.lx.lang == "de" else _PASSIVE_EN
        window = [t.lower for t in tokens[max(0, start - 8):min(len(tokens), end + 3)]]
        # "backed by X" right after the participle is a passive even without "was"
        inside = any(t.lower in frame.passive_agent for t in tokens[start:end + 1])
        if not inside and not any(w in passive_words for w in window):
            return None
        found = []
        # "were fined 1m euros ($1.3m; £690,000) by AMF": brackets do not count towards the distance
        stop = end + 6 + sum(1 for k in ctx.parenthesized if end <= k < end + 20)
        for k in range(end, min(hi, stop)):
            if tokens[k].lower in ("as", "als"):  # "founded in 1985 as Kranich Chainsaw Centre by Y"
                named = next((m for m in ctx.mentions if k < m.first <= k + 3), None)
                stop += named.last - k - 1 if named is not None else 0
        for i in range(max(0, start - 8), min(hi, stop)):
            if tokens[i].lower in frame.passive_agent:
                m = self._mention_at(ctx, self._skip_descriptor(tokens, i + 1))
                if m is not None:
                    person = self._mention_at(ctx, self._skip_descriptor(tokens, m.last, 3))
                    word = tokens[m.last].lower if m.last < len(tokens) else ""
                    if person is not None and person is not m and person.entity.kind == "person" \
                            and (self.lx.role(word) or self.lx.stake(word) or word in self.lx.person_cues):
                        m = person  # "by Dallas investor Bradbury Dyer": the place or firm only describes him
                    elif self._possessor(ctx, m) and self._possessed(ctx, m) is not None:
                        m = self._possessed(ctx, m)  # "by Lord Conrad Black's Hollinger International"
                    found.append((abs(i - start) if i < start else i - end, m))
        # "Die Runde von X wurde von Y angeführt": the agent is the one nearest the verb
        return min(found, key=lambda f: f[0])[1] if found else None

    def _object_right(self, ctx: _Context, frame: VerbFrame, end: int, hi: int,
                      trigger_end: int | None = None) -> Mention | None:
        """The object after the verb; `end` is where to look from, `trigger_end` where the matched
        phrase ends ("completed its acquisition of X": X follows the phrase's own "of")."""
        tokens = ctx.sentence.tokens
        # "zum Siemens-Konzern": a name before an organization noun is that organization
        candidates = [m for m in ctx.mentions if m.first >= end and m.last <= hi
                      and (not m.compound_head or self.lx.org_cue(m.compound_head) and m.kind == "organization")
                      and m.first - end <= 10
                      and (not any(t.text in (",", ";") for t in tokens[end:m.first]) or self._apposed(ctx, end, m))]
        for m in candidates:
            if m.compound_head and any(n.first == m.last for n in candidates):
                continue  # "zum Mode-Konzern Inditex": the compound describes the name after it
            if m.evidence == "pronoun" and m.first < (trigger_end or end):
                continue  # "raised its stake in X": the pronoun is the subject's own
            if m.last + 1 < len(tokens) and tokens[m.last].text[:1].islower() and self.lx.org_cue(tokens[m.last].text) \
                    and self._mention_at(ctx, m.last + 1) is not None:
                continue  # "Adderall maker Shire", "chip designer Arm"
            if frame.relation == "acquired" and any(  # "übernimmt den Vorstandsvorsitz der X"
                    t.lower in _POSTS or t.lower.endswith(_POST_HEADS) or self.lx.role(t.lower)
                    for t in tokens[end:m.first]):
                return None  # "übernimmt den Vorsitz des Aufsichtsrats der X": a post, not the firm
            # The verb is no part of its object's phrase: "and founded Kranich AG" ("founded" looks
            # like an adjective) is no list going back to a prepositional phrase, and the "over" of
            # "took over X" is the verb's own particle, not a preposition.
            governed = self._phrase_start(ctx, m.first) - 1 <= (end - 1 if trigger_end is None else trigger_end)
            if not frame.prepositions and frame.relation in ("acquired", "founded") and not governed \
                    and self._in_pp(ctx, m) and (
                    (self.lx.lang == "en" and not self._after_preposition(ctx, m, ("of",)))
                    or (self._after_preposition(ctx, m, ("of", "von", "des")) and m.first > (trigger_end or end) + 1)
                    or self._after_preposition(ctx, m, ("vom", "from"))):  # "kauft X vom Konzern Onex": the seller
                continue  # "bought the unit of Yukos", "bought Postech from Comtech": not what was bought
            if frame.prepositions:
                k = m.first - 1
                while k >= end and (tokens[k].lower in self.lx.determiners or _adjective(tokens[k].text, self.lx.lang)
                                    or tokens[k].lower in self.lx.former
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

    def _apposed(self, ctx: _Context, end: int, m: Mention) -> bool:
        """"married his longtime girlfriend, Anna Weber, in 1990": the name in commas after a
        description of it is the object the description stands for."""
        tokens = ctx.sentence.tokens
        comma = m.first - 1
        described = tokens[end:comma]
        return 2 <= len(described) <= 5 and tokens[comma].text == "," \
            and (tokens[end].lower in self.lx.determiners or tokens[end].lower in _PERSON_POSSESSIVES) \
            and all(t.text.isalpha() and t.text.islower() for t in described) \
            and (m.last == len(tokens) or tokens[m.last].text in (",", ".", ";"))

    def _round_target(self, ctx: _Context, frame: VerbFrame) -> Entity | None:
        """"X trug 1,3 Milliarden zu dieser Summe bei", "The round was co-led by X", "X also
        participated in the round": a contribution to a round without a named target goes to
        the company whose funding the document reported last."""
        if frame.relation != "invested_in" or not (
                frame.of_round or frame.lead or find_amounts(ctx.sentence.text, self.lx.lang)):
            return None
        return self.round_company

    def _raised(self, ctx: _Context) -> None:
        """"Zentrix raised $50 million", "Zentrix hat 50 Millionen Euro eingesammelt": whose round
        the next sentences are about, though no investor is named yet."""
        if not _RAISED.search(ctx.lower):
            return
        tokens = ctx.sentence.tokens
        verb = next((t.i for t in tokens if _RAISED.fullmatch(t.lower)), None)
        if verb is None or not find_amounts(ctx.sentence.text, self.lx.lang):
            return
        lo, _ = self._clause(ctx, verb)
        items = self._items_before(ctx, lo, verb)
        if items and items[0][0].kind in ("organization", "other"):
            self.round_company = items[0][0]

    def _qualifiers(self, ctx: _Context, frame: VerbFrame, start: int) -> dict:
        q: dict = {}
        if frame.lead:
            q["lead"] = True
        if frame.former:
            q["former"] = True
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

    def _sales(self, ctx: _Context) -> None:
        """"Newport sold WHP to Sinclair", "X verkaufte Y an Z": the buyer acquired what was sold."""
        if not any(word in ctx.lower for word in ("sold", "sell", "sale", "verkauf", "veräußer")):
            return
        tokens = ctx.sentence.tokens
        for t in tokens:
            noun = t.lower in ("sale", "verkauf") and t.i + 1 < len(tokens) and tokens[t.i + 1].lower in (
                "of", "von", "des", "der")  # "completed the sale of the terminal to Delek"
            if not (_SALE.match(t.lower) or noun):
                continue
            lo, hi = self._clause(ctx, t.i)
            sold = next((m for m in ctx.mentions if t.i < m.first < hi and not m.compound_head
                         and (noun or not self._in_pp(ctx, m))), None)
            buyer = None
            for k in range(t.i + 1, hi):
                if tokens[k].lower in ("to", "an"):
                    buyer = self._mention_at(ctx, self._skip_descriptor(tokens, k + 1))
                    break
            if buyer is None:
                continue
            shares = next((k for k in range(t.i + 1, buyer.first) if tokens[k].lower in self.lx.share_nouns), None)
            if shares is not None:
                # "X sold two mln shares of its common stock to Y": the buyer now holds a stake
                issuer = next((m for m in ctx.mentions if shares < m.first < buyer.first), None)
                if issuer is None or issuer.entity.kind == "person":
                    issuer = self._subject_left(ctx, lo, t.i)
                if issuer is not None:
                    self._add(ctx, buyer.entity, "invested_in", issuer.entity, t.i,
                              self._qualifiers(ctx, self._acquired_frame, t.i))
            elif sold is not None and buyer is not sold and sold.first < buyer.first:
                self._add(ctx, buyer.entity, "acquired", sold.entity, t.i,
                          self._qualifiers(ctx, self._acquired_frame, t.i))

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
