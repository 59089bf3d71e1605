"""Constructions around nouns: titles and roles ("OpenAI-CEO Sam Altman", "Josh Kushner, Gründer
von Thrive Capital", "Barclays chief executive John Varley"), stakes ("X ist ein Investor in Y",
"a subsidiary of"), family ("his wife"), possessives ("Musks Unternehmen SpaceX"), takeovers and
partnerships named by nouns, children, and "zwischen X und Y"."""
from __future__ import annotations

import re

from ..model import Claim, Entity
from ..nlp import Mention, Sentence
from ..nlp.lexicon import Role, Stake
from .grammar import (_order_word, _ACQUISITION_NOUNS, _AGREEMENT_KINDS, _CHILDREN, _COPULA, _LIST_LINKS, _NUMBER_WORDS, _PASSIVE_EN,
                      _PARTNERSHIP_NOUNS, _PERSON_POSSESSIVES, _SYMMETRIC_NOUNS, _TITLE_WORDS, Grammar,
                      _Context, _adjective, _noun_phrase_start, _skip_words)


# Titles after which "of" names a field, not an employer: "Professor of Computer Science".
_ACADEMIC = frozenset({"professor", "emeritus", "lecturer", "reader", "fellow"})
# What shows a mention after such a title to be an organization nonetheless ("Professor of the
# University of Oslo"): its own name says so.
_ORGANIZATION_EVIDENCE = frozenset({"org-name", "institution"})

# Verbs of succession: "X succeeded Z", "replacing Z", "folgt auf Z", "beerbt Z".
_SUCCEEDS = re.compile(r"succeed(?:s|ed|ing)?|replac(?:es|ed|ing)|folgt|folgte|beerbt\w*")
# Verbs that give someone a post: with one, "succeeding Z" says Z held it before.
_TAKES_POST = re.compile(r"became|becomes|become|named|appointed|elected|promoted|wurde|wird|ernannt|berufen")

# Where a successor takes over the lead without a title: "an der Spitze der X AG", "at the helm of X".
_AT_THE_TOP = frozenset({"an der spitze", "at the helm", "at the top"})
_HEAD = Role("leads", "head")

# A person hired into no named post is employed.
_HIRED = Role("employed_by", "")
# Verbs by which an organization gives someone a post.
_INCLUDES = frozenset({"include", "includes", "included", "including"})
_APPOINTS = re.compile(r"hired|hires|named|names|appointed|appoints|elected|elects|promoted|promotes"
                       r"|ernannt|ernennt|ernannte|berufen|beruft|berief|bestellt|bestellte|gewählt|wählte")

# Adverbs between a copula and its predicate noun: "is also the parent of", "ist seit 2019 Chefin".
_PREDICATE_ADVERBS = frozenset({"also", "now", "still", "currently", "already", "again", "auch", "jetzt",
                                "inzwischen", "bereits", "schon", "noch", "nun", "derzeit", "künftig",
                                "wieder", "erneut", "ebenfalls", "weiterhin", "mittlerweile", "seither"})

class NounConstructions(Grammar):
    def _role_compounds(self, ctx: _Context) -> None:
        """"OpenAI-CEO Sam Altman", "US-Präsident Trump", "VW-Tochter Audi"."""
        for m in ctx.mentions:
            if not m.compound_head:
                continue
            head = m.compound_head.lower()
            person = self._mention_at(ctx, m.last)
            if person is None:
                person = self._apposed_before(ctx, m.first) or self._copula_subject(ctx, m.first)
            if person is None:
                continue
            former = self._former(ctx, m.first)
            role, stake = self.lx.role(head), self.lx.stake(head)
            if role:
                self._role_claim(ctx, person.entity, role, m, head, former)
            elif stake:
                self._stake_claim(ctx, person.entity, stake, m.entity, m.first)

    def _copula_subject(self, ctx: _Context, i: int) -> Mention | None:
        """"Satya Nadella ist mittlerweile Microsoft-Chef", "Seit 2014 ist Satya Nadella
        Microsoft-Chef": whom a predicate noun at token i describes."""
        tokens = ctx.sentence.tokens
        j = i - 1
        while j >= 0 and (tokens[j].lower in self.lx.determiners or _adjective(tokens[j].text, self.lx.lang)
                          or tokens[j].lower in _PREDICATE_ADVERBS):
            j -= 1
        before = self._mention_at(ctx, j) if j >= 0 else None
        copulas = _COPULA - {"als", "as"}  # "will als FIFA-Chef …": a wish, no predicate
        if before is not None and before.last == j + 1 and before.first > 0 \
                and tokens[before.first - 1].lower in copulas and before.entity.kind in ("person", "other"):
            return before  # the subject after the copula
        if j >= 0 and tokens[j].lower in copulas:
            lo, _ = self._clause(ctx, j)
            return self._subject_left(ctx, lo, j)
        return None

    def _apposed_before(self, ctx: _Context, i: int) -> Mention | None:
        """"Sam Altman, der OpenAI-CEO": the name before the comma."""
        tokens = ctx.sentence.tokens
        j = i - 1
        while j >= 0 and (tokens[j].lower in self.lx.determiners or _adjective(tokens[j].text, self.lx.lang)):
            j -= 1
        if j >= 1 and tokens[j].text == ",":
            return self._mention_at(ctx, j - 1)
        return None

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
        office = self.lx.office_when_place
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
        for other in also:
            # "founder and CEO of X": founding and owning are facts of their own beside leading
            if other.relation in ("founded", "owns") and other.relation != relation and org.kind != "place":
                self._add(ctx, person, other.relation, org, org_mention.first,
                          {"former": True} if former else {}, modal=modal)

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
        text = ctx.lower
        named, phrase_starts, noun = ctx.mention_by_token, self.lx.phrase_starts, self.lx.noun
        lowers = [t.lower for t in tokens]
        if phrase_starts.isdisjoint(lowers) and not any(map(noun, lowers)):
            return  # no role, stake or kin noun in the sentence: most sentences, asked in C loops
        for t in tokens:
            if t.i < covered or t.i in named:
                continue
            if t.lower in phrase_starts:
                # a word that opens some phrase of the lexicon is tried with the words after it
                for k in range(min(len(tokens) - 1, t.i + self.lx.phrase_length - 1), t.i - 1, -1):
                    phrase = text[t.start - ctx.sentence.start: tokens[k].end - ctx.sentence.start]
                    meanings = noun(phrase) if phrase else None
                    if meanings is not None:
                        width = k - t.i + 1
                        break
                else:
                    continue
            else:
                phrase, width, meanings = t.lower, 1, noun(t.lower)
                if meanings is None:
                    continue
            role, stake, kin = meanings
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
                if related is not None and t.i - 4 <= related.last <= t.i:
                    np_start = related.first  # "Barclays chief executive"; not "…, who is its CEO"
            if related is None and role:
                person = self._mention_at(ctx, end)
                if person is not None and person.entity.kind == "person":
                    related = self._related_after(ctx, person.last)  # "analyst Alex Potter at Lehman"
                    described = person if related is not None else None
            if related is not None and related.entity.kind == "place" and stake and not role:
                related = None  # "German rival X", "a Chinese investor": where, not whose
            if related is None and stake and stake.relation == "competes_with":
                related, described = self._rival_of_subject(ctx, t.i, end)
            if related is None:
                continue
            if described is None:
                described = self._described(ctx, np_start, end, related, chain_subject, chain_end)
            if described is None or described.entity.key == related.entity.key:
                continue
            chain_subject, chain_end = described, end
            modal = self._copula_before(ctx, t.i)
            if role and role.relation in ("board_member_of", "leads") and end + 1 < len(tokens) \
                    and tokens[end].lower in ("of", "für") and (
                        related.first > end and any(tokens[k].lower in ("at", "bei") for k in range(end + 1, related.first))
                        or related.last <= t.i and tokens[end + 1].text.isalpha() and tokens[end + 1].text.islower()
                        and tokens[end + 1].lower not in self.lx.determiners):
                # "director of product management at Google", "Deutsche Bank's head of research": a
                # department's head holds a post, no seat or lead
                role = Role("employed_by", phrase)
            if role and role.relation == "leads" and any(
                    w.lower.startswith(("stellvertretend", "deputy", "vize")) for w in tokens[max(0, t.i - 2):t.i]):
                role = Role("employed_by", f"deputy {role.role or phrase}")  # "stellvertretender Geschäftsführer"
            # "Microsoft employees Gabe Newell and Mike Harrington": each of the people named after
            listed = self._next_list(ctx, described) if described.first >= end else [described]
            for one in listed:
                self._noun_claims(ctx, one, related, role, stake, kin, phrase, t.i, end, former, modal)

    def _noun_claims(self, ctx: _Context, described: Mention, related: Mention, role: Role | None,
                     stake: Stake | None, kin: str | None, phrase: str, at: int, end: int, former: bool,
                     modal: bool) -> None:
        """The claims a role, stake or kin noun states between the name it describes and the
        name it is related to (and those listed with it)."""
        if described.entity.key == related.entity.key:
            return
        people = described.entity.kind in ("person", "other") and related.entity.kind in ("person", "other")
        # "Zentrix's largest shareholder", "Andrea Case's daughter": whose the noun is
        possessor = related.genitive or related.last < at and ctx.sentence.tokens[related.last].text in ("'s", "’s")
        if kin and (people or not stake):
            # "Mary Polk, whose sons A, B and C": a list before the noun ends at it; the names
            # after it are the kin, not more of the relatives
            relatives = [m for m in self._next_list(ctx, related) if related.first > at or m.last <= at]
            if possessor:
                relatives += self._coordinated_before(ctx, related)  # "Ralph and Andrea Case's daughter"
            for other in relatives:
                self._add(ctx, described.entity, "family_of", other.entity, at, {"kind": kin}, modal=modal)
        elif role and not (stake and related.entity.kind != "person" and described.entity.kind != "person"):
            for org in self._next_list(ctx, related):  # "CEO von Euronews und Africanews"
                self._role_claim(ctx, described.entity, role, org, phrase, former, modal=modal,
                                 also=self._coordinated_roles(ctx, end))
        elif stake:
            if related.last <= at and related.entity.kind == "other" and related.strength < 2 \
                    and described.entity.kind == "person" and not possessor:
                return  # "Dallas investor Bradbury Dyer": a name of unknown kind before the noun may be a place
            for other in self._next_list(ctx, related):  # "the parent of Juno and BlueLight"
                self._stake_claim(ctx, self._entity(ctx, described), stake, other.entity, at, modal=modal)

    def _coordinated_roles(self, ctx: _Context, end: int) -> tuple[Role, ...]:
        tokens = ctx.sentence.tokens
        roles = []
        k = end
        while k + 1 < len(tokens) and tokens[k].lower in ("and", "&", "und", "/"):
            role, _, after = self._role_at(ctx, k + 1)
            if role is None:
                break
            roles.append(role)
            k = after
        return tuple(roles)

    def _role_at(self, ctx: _Context, first: int) -> tuple[Role | None, str, int]:
        """The longest role phrase that starts at token `first`, its text, and the token after it."""
        tokens = ctx.sentence.tokens
        for after in range(min(len(tokens), first + self.lx.phrase_length), first, -1):
            phrase = ctx.lower[tokens[first].start - ctx.sentence.start: tokens[after - 1].end - ctx.sentence.start]
            role = self.lx.role(phrase)
            if role:
                return role, phrase, after
        return None, "", first

    def _copula_before(self, ctx: _Context, i: int) -> bool:
        j = _noun_phrase_start(ctx.sentence.tokens, i, self.lx) - 1
        return j >= 0 and ctx.sentence.tokens[j].lower in _COPULA

    def _office_adjective(self, ctx: _Context, start: int, end: int, word: str, former: bool) -> None:
        """"Der französische Präsident Claude Martin", "French President Claude Martin"."""
        office = self.lx.office_when_place
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
                self.lx.role(tokens[i + 1].lower) or tokens[i + 1].lower in _TITLE_WORDS
                or (tokens[i + 1].lower in ("a", "an") or tokens[i + 1].lower in self.lx.former)
                and i + 2 < len(tokens) and self.lx.role(tokens[i + 2].lower)):
            if tokens[i + 1].lower in ("a", "an") or tokens[i + 1].lower in self.lx.former:
                i += 1  # "President, Chief Executive Officer and a Director of X", "founder and former CEO"
            i += 2  # "President and CEO of X", "founder and chief executive of Y"
            while i < len(tokens) and (self.lx.role(tokens[i].lower) or tokens[i].lower in _TITLE_WORDS):
                i += 1
        direct = self._mention_at(ctx, i)
        if direct is not None and direct.first == i and direct.entity.kind == "organization" \
                and i >= 2 and tokens[i - 2].text == ",":
            return direct  # "Bernd Hansen, CEO Hansen Gruppe"
        if i < len(tokens) and tokens[i].lower == "of":
            # "professor of chemistry at Harvard University": the field, then the organization
            at = next((k for k in range(i + 2, min(len(tokens), i + 6)) if tokens[k].lower in ("at", "in")), None)
            if at is not None and all(tokens[x].text.isalpha() and (tokens[x].text.islower()
                                                                     or tokens[x].lower in self.lx.place_adjectives)
                                      and tokens[x].lower not in self.lx.determiners for x in range(i + 1, at)):
                i = at
            elif (field := self._mention_at(ctx, i + 1)) is not None and field.last < len(tokens) \
                    and tokens[field.last].lower == "at" and field.entity.kind != "person" \
                    and self._mention_at(ctx, field.last + 1) is not None:
                i = field.last  # "Professor of Transportation Sciences at Stanford University"
            elif tokens[end - 1].lower in _ACADEMIC:
                # "Professor Emeritus of Transportation Sciences and Professor of Operations Research
                # at Stanford": after an academic title, "of" names a field; the employer follows "at"
                at = next((k for k in range(i + 1, min(len(tokens) - 1, i + 16))
                           if tokens[k].lower == "at" or tokens[k].text in (",", ";", "(", ".")), None)
                if at is None or tokens[at].lower != "at" or self._mention_at(
                        ctx, at + 2 if tokens[at + 1].lower in self.lx.determiners else at + 1) is None:
                    field = self._mention_at(ctx, i + 2 if tokens[i + 1].lower in self.lx.determiners
                                             else i + 1)
                    return field if field is not None and field.evidence in _ORGANIZATION_EVIDENCE \
                        else None
                i = at
        if i < len(tokens) and tokens[i].lower == "in" and tokens[end - 1].lower in ("leader", "leaders"):
            return None  # "the worldwide leader in Quality of Life services": a market, not a post
        if i < len(tokens) and tokens[i].lower in ("von", "vom", "of", "at", "bei", "beim", "in", "im", "an",
                                                   "zu", "zum", "zur", "for", "des", "der", "to", "with"):
            i += 1
        else:
            return None
        for _ in range(6):  # "subsidiary of global resort developer Las Vegas Sands"
            m = self._mention_at(ctx, i)
            if m is not None and m.compound_head and not (self.lx.role(m.compound_head.lower())
                                                           or self.lx.stake(m.compound_head.lower())):
                i = m.last + 2  # "China-based", "Award-winning": a modifier, the name follows
                continue
            if m is not None and m.last - m.first == 1 and tokens[i].lower in self.lx.place_adjectives \
                    and any(self._mention_at(ctx, k) is not None for k in range(i + 1, min(len(tokens), i + 4))):
                i += 1  # "daughter of former Ukrainian President X", "of German carmaker Y": a nationality
                continue
            if m is not None:
                if self._possessor(ctx, m):
                    return self._possessed(ctx, m) or m  # "Investor in Musks Unternehmen SpaceX"
                return m
            if i >= len(tokens) or not (tokens[i].lower in self.lx.determiners or _adjective(tokens[i].text, self.lx.lang)
                                         or tokens[i].lower in self.lx.former
                                         or self.lx.org_cue(tokens[i].text) or tokens[i].lower in self.lx.person_cues
                                         or tokens[i].lower in self.lx.honorifics or self.lx.role(tokens[i].lower)
                                         or _describing_word(tokens[i], self.lx)
                                         # "the landowner and entrepreneur Sebastian Hensel"
                                         or tokens[i].lower in ("and", "und") and 0 < i < len(tokens) - 1
                                         and _describing_word(tokens[i - 1], self.lx)
                                         and _describing_word(tokens[i + 1], self.lx)
                                         or (self.lx.lang == "de" and tokens[i].text[:1].isupper()
                                             and tokens[i].text.replace("-", "").isalpha())):
                return None  # "des Liga-Verbandes HBL", "des weltgrößten PC-Herstellers Lenovo"
            i += 1
        return None

    def _related_before(self, ctx: _Context, i: int, end: int) -> tuple[Mention | None, Mention | None]:
        """"Barclays chief executive John Varley", "Microsoft's CEO", "dessen Vorstandsmitglied
        Reid Hoffman": the organization before the noun, the person after it."""
        tokens = ctx.sentence.tokens
        j = i - 1
        while j >= 0 and (_adjective(tokens[j].text, self.lx.lang) or _order_word(tokens[j].lower) or tokens[j].lower in (
                "derzeitiges", "current", "new", "neuer", "neue", "deputy", "acting", "interim", "joint")):
            j -= 1  # "Maurice's youngest son", "seine älteste Tochter", "Ryanair deputy chief executive"
        k = j
        while k > 0 and i - k <= 3 and tokens[k].text.isalpha() and tokens[k].text.islower() \
                and tokens[k].lower not in self.lx.stop_words:
            k -= 1
        pronoun = self._mention_at(ctx, k) if k < j else None
        if k < j and (tokens[k].text in ("'s", "’s", "'") or pronoun is not None and pronoun.genitive
                      and pronoun.evidence == "pronoun"):
            j = k  # "M&T's principal banking subsidiary", "its key oil production unit": modifiers
            # between the possessor and the noun
        k = end
        while k < len(tokens) and (tokens[k].lower in self.lx.roles or tokens[k].lower in (",", "and", "und")
                                   # "her husband, violinist William Polk": a description after the comma
                                   or k > end and tokens[end].text == "," and _describing_word(tokens[k], self.lx)
                                   and self.lx.family_kind(tokens[end - 1].lower)) \
                and k < i + 6:
            k += 1  # "Brightwave's CEO, Tom Hale", "founder and CEO Frank Rinder"
        possessed = j >= 0 and (tokens[j].lower in self.lx.possessive_relatives or tokens[j].text in ("'s", "’s"))
        if possessed and k < len(tokens) and k == end and (
                tokens[k].lower in _COPULA - {"as", "als"} or tokens[k].lower in _INCLUDES):
            k += 1  # "Brightwave, whose chief executive is Yo Shitara", "X's board includes Y and Z"
        after = self._mention_at(ctx, k)
        if after is not None and after.first <= i:
            after = None
        if after is not None and after.entity.kind == "other" and after.strength < 2:
            person = self._mention_at(ctx, after.last)
            if person is not None and person.first == after.last and person.entity.kind == "person":
                after = person  # "his brother, Deputy Coroner Jim Hale": a title in capitals, then the name
        if after is None and not (j >= 1 and tokens[j].text in ("'s", "’s", "'")) and not (
                j >= 0 and self._mention_at(ctx, j) is not None and self.lx.lang == "en"):
            return None, None
        if j >= 0 and tokens[j].lower in self.lx.possessive_relatives:
            # "Richard Bastow, whose sons ...": kin are a person's; other nouns an organization's
            kin = self.lx.family_kind(tokens[i].lower) and not self.lx.stake(tokens[i].lower)  # "deren Tochter"
            kinds = ("person", "other") if kin else ("organization", "other")
            antecedent = [m for m in ctx.mentions if m.last <= j and m.entity.kind in kinds
                          and not m.compound_head]
            return (antecedent[-1] if antecedent else None), after
        if j >= 0 and tokens[j].lower in _PERSON_POSSESSIVES and after is not None:
            # "his son, Thom Duma Jr.", "seine Frau Anna": the person named last
            earlier = [m for m in self._people_before(ctx, j, 1) if m.entity.key != after.entity.key]
            return (earlier[-1] if earlier else None), after
        if j >= 0 and tokens[j].text in ("'s", "’s", "'") and j >= 1:
            owner = self._mention_at(ctx, j - 1)
            return owner, after
        owner = self._mention_at(ctx, j) if j >= 0 else None
        whose = self._mention_at(ctx, owner.first - 1) if owner is not None and owner.first > 0 else None
        if whose is not None and whose.evidence == "pronoun" and whose.genitive and owner.last == j + 1 \
                and self.lx.stake(tokens[end - 1].lower):
            return whose, owner  # "UAL said its United Airlines unit …": the unit is named, "its" owns it
        if owner is not None and owner.last == j + 1 and (owner.genitive or self.lx.lang == "en" or (
                # "Volkswagen Chef Müller", "RWE Chef Terium": German headline style, no hyphen
                after is not None and after.first == end and owner.entity.kind == "organization")):
            return owner, after
        return None, None

    def _rival_of_subject(self, ctx: _Context, i: int, end: int) -> tuple[Mention | None, Mention | None]:
        """"The LSE rejected a bid from German rival Deutsche Boerse", "Microsoft said rival Google
        …": a rival named after the noun, with no one's before it, competes with the clause's
        subject."""
        rival = self._mention_at(ctx, end)
        if rival is None or rival.entity.kind == "person":
            return None, None
        lo, _ = self._clause(ctx, i)
        subject = self._subject_left(ctx, lo, _noun_phrase_start(ctx.sentence.tokens, i, self.lx))
        if subject is None or subject.entity.kind == "person":
            return None, None
        return subject, rival

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
        if j >= 0 and tokens[j].lower in ("und", "and", "sowie", ",") and chain_subject is not None \
                and chain_end >= j - 10 and (tokens[j].text != "," or self._mention_at(ctx, j - 1) is not None):
            # "chairman of A, director of B and former CEO of C": the same person all along
            return chain_subject
        if j >= 1 and tokens[j].lower in ("und", "and", ","):
            # "X is an entrepreneur and the CEO of Y", "X is a German businessman, CEO of Y": the
            # noun before is a predicate too, and the copula's subject is described
            k = j - 1
            # "is a French business executive and physician, and the current CEO of Y": a list
            while k >= 0 and j - k <= 10 and (tokens[k].text.isalpha() and tokens[k].text.islower()
                                             and tokens[k].lower not in _COPULA
                                             or tokens[k].text == ","
                                             or tokens[k].lower in self.lx.place_adjectives
                                             or re.search(r"(?:an|ese|ish|ch|i)$", tokens[k].text)
                                             and tokens[k].text[:1].isupper() and tokens[k + 1].text.islower()):
                k -= 1  # "is an American chemist and ...", "ist ein deutscher Unternehmer und ..."
            if k >= 0 and tokens[k].lower in _COPULA and k < j - 1:
                lo, _ = self._clause(ctx, k)
                subject = self._subject_left(ctx, lo, k)
                if subject is not None:
                    return subject
        if j >= 0 and tokens[j].text in (",", "(") and j >= 1:
            before = self._mention_at(ctx, j - 1)
            if before is not None:
                return before
            lo, _ = self._clause(ctx, j - 1)
            orgs = [m for m in ctx.mentions if lo <= m.first and m.last <= j and not self._in_pp(ctx, m)
                    and not m.compound_head and m.text.lower() not in self.lx.place_adjectives]
            if orgs:
                return orgs[-1]
        k = j
        while k >= 1 and j - k < 4 and (tokens[k].lower in _PREDICATE_ADVERBS or tokens[k].text.isdigit()
                                        or tokens[k].lower in ("seit", "since", "ab", "from")):
            k -= 1
        if k < j and tokens[k].lower in _COPULA:
            j = k  # "United Online is also the parent of ...", "X ist seit 2019 Chefin der Y AG"
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
        if after < len(tokens) and (tokens[after].lower in _COPULA or tokens[after].lower in _INCLUDES):
            # "Gründer von Kestrel ist Jonas Brandt", "Hauptaktionär der X ist die Y Holding",
            # "Investors in X include Y and Z"
            m = self._mention_at(ctx, after + (2 if after + 1 < len(tokens)
                                               and tokens[after + 1].lower in self.lx.determiners else 1))
            if m is not None:
                return m
        if after < len(tokens) and tokens[after].text == ",":
            m = self._mention_at(ctx, after + 1)  # "der Chef der Gewerkschaft Ufo, Nicoley Baublies"
            if m is not None and m.entity.kind in ("person", "other") and not self._possessor(ctx, m):
                return m
            fronted = start <= 3 and all(t.lower in self.lx.determiners or t.text.islower() for t in tokens[:start])
            if m is not None and fronted and not self._possessor(ctx, m) and not (
                    m.last < len(tokens) and tokens[m.last].lower in _LIST_LINKS):
                return m  # "A subsidiary of CABAL Media, AtelierCABAL is …": the sentence's subject
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
            if i < len(tokens) and self._owned_cue(tokens[i].lower):
                target = self._mention_at(ctx, i + 1)
                if target is None and m.first >= 2 and tokens[m.first - 1].text == ",":
                    target = self._mention_at(ctx, m.first - 2)  # "Solaris Robotics, Vogels Firma"
                if target is not None and target.entity.kind in ("organization", "other"):
                    self._add(ctx, m.entity, "owns", target.entity, m.first, confidence=0.6)

    def _owned_cue(self, word: str) -> bool:
        """"its company", "Musks Firma": an organization noun for something the possessor owns.
        Not a stake noun (its subsidiary, parent, rival and investors are read with their own
        relation) and not another party ("its supplier", "seine Partei")."""
        return self.lx.org_cue(word) and self.lx.stake(word) is None and \
            word not in self.lx.extra.get("counterparty_cues", ())

    def _successions(self, ctx: _Context) -> None:
        """"Lilly succeeded Mitchell Baker as CEO of Mozilla": both held the post, the predecessor
        before. Where the successor's post is stated elsewhere in the sentence ("X became CEO of
        Y in 2010, succeeding Z"), the predecessor held that one."""
        if not _SUCCEEDS.search(ctx.lower):  # one scan of the text rules out most sentences
            return
        tokens = ctx.sentence.tokens
        for t in tokens:
            if not _SUCCEEDS.fullmatch(t.lower):
                continue
            after = t.i + 1
            if t.lower in ("folgt", "folgte"):
                # "X folgt (bei der Y AG) auf Z als Vorstandschef"
                after = next((k + 1 for k in range(after, min(len(tokens), after + 6)) if tokens[k].lower == "auf"),
                             after)
            predecessor = self._mention_at(ctx, self._skip_descriptor(tokens, after, 3))
            if predecessor is None or predecessor.entity.kind not in ("person", "other"):
                continue
            lo, _ = self._clause(ctx, t.i)
            successor = self._subject_left(ctx, lo, t.i)
            if successor is None and t.i > 0 and tokens[t.i - 1].text == ",":
                # "X became CEO of Y, succeeding Z", "X, who became CEO of Y, replaced Z"
                successor = self._subject_left(ctx, 0, t.i)
            if successor is None:
                continue
            k = predecessor.last
            helm = " ".join(t.lower for t in tokens[k:k + 3])
            if helm in _AT_THE_TOP:
                # "X folgt auf Z an der Spitze der Y AG", "X succeeds Z at the helm of Y"
                org = self._related_after(ctx, k + 3)
                if org is not None:
                    self._role_claim(ctx, successor.entity, _HEAD, org, helm, False)
                    self._role_claim(ctx, predecessor.entity, _HEAD, org, helm, True)
                continue
            if k >= len(tokens) or tokens[k].lower not in ("as", "als"):
                sentence = ctx.sentence
                if not any(_TAKES_POST.fullmatch(x.lower) for x in tokens[:t.i]):
                    # "X has been promoted to president of Y. X replaces Z": the post taken just before
                    sentence = self.analysis.sentences[sentence.index - 1] if sentence.index else None
                    if sentence is None or not any(_TAKES_POST.fullmatch(x.lower) for x in sentence.tokens):
                        continue  # "X, chairman of Y, succeeded Z": in what, the text does not say
                for post in self._posts_of(sentence, successor.entity):
                    self._add(ctx, predecessor.entity, post.relation, post.object, predecessor.first,
                              {**post.qualifiers, "former": True})
                continue
            role, phrase, end = self._role_at(ctx, k + 1) if k + 1 < len(tokens) else (None, "", k + 1)
            org = self._related_after(ctx, end) if role else None
            if role and org is None:
                # "Lilly, previously Mozilla's COO, succeeded Mitchell Baker as CEO": the one
                # organization the sentence names
                orgs = {m.entity.key: m for m in ctx.mentions if m.entity.kind == "organization"}
                org = next(iter(orgs.values())) if len(orgs) == 1 else None
            if org is None:
                continue
            self._role_claim(ctx, successor.entity, role, org, phrase, False)
            self._role_claim(ctx, predecessor.entity, role, org, phrase, True)

    def _appointments(self, ctx: _Context) -> None:
        """"Brightwave hired Mary Lowe as chief executive", "named X chief financial officer", "Die
        Brightwave AG hat X zur Vorstandschefin ernannt": the organization that appoints, or the
        one the post names, gets the person in that post."""
        if not _APPOINTS.search(ctx.lower):
            return
        tokens = ctx.sentence.tokens
        verbs = [t.i for t in tokens if _APPOINTS.fullmatch(t.lower)]
        if not verbs:
            return
        german = self.lx.lang == "de"
        for t in tokens:
            if german:
                # "X zum neuen Vorstandschef (ernannt)": the person stands before "zum"
                if t.lower not in ("zum", "zur"):
                    continue
                person, k = self._mention_at(ctx, t.i - 1), t.i + 1
            else:
                if t.i not in verbs or (t.i > 0 and tokens[t.i - 1].lower in _PASSIVE_EN):
                    continue  # "was named CEO of X" is a role noun's business
                person, k = self._mention_at(ctx, t.i + 1), None
                if person is not None:
                    k = person.last + (1 if person.last < len(tokens) and tokens[person.last].lower == "as" else 0)
            if person is None or person.entity.kind not in ("person", "other") or k is None:
                continue
            while k < len(tokens) and (tokens[k].lower in self.lx.determiners or tokens[k].lower in (
                    "its", "their", "ihrem", "ihrer", "new", "neue", "neuen", "neuer", "interim")):
                k += 1  # "as its new chief financial officer", "zur neuen Finanzchefin"
            role, phrase, end = self._role_at(ctx, k) if k < len(tokens) else (None, "", k)
            if role is None and t.lower in ("hired", "hires") and person.entity.kind == "person":
                role, phrase, end = _HIRED, "", k  # "Brightwave hired Mary Lowe, a former banker"
            if role is None:
                continue
            org = self._related_after(ctx, end) if role is not _HIRED else None
            if org is None:  # the one that appoints: the last organization before the person
                lo, _ = self._clause(ctx, verbs[0])
                org = next((m for m in reversed(ctx.mentions) if lo <= m.first < person.first
                            and m.entity.kind in ("organization", "other")), None)
            if org is not None:
                self._role_claim(ctx, person.entity, role, org, phrase, False, modal=True)

    def _posts_of(self, sentence: Sentence, person: Entity) -> list[Claim]:
        """The posts (leads, board seats) `sentence` has given `person`, not former ones."""
        start = sentence.start
        return [claim for (at, relation, subject, _), claim in self._stated.items()
                if at == start and subject == person.key and relation in ("leads", "board_member_of")
                and not claim.qualifiers.get("former")]

    def _stakes_held(self, ctx: _Context) -> None:
        """"British Telecom's shares in Cegetel", "its 20 pct stake in X", "Siemens' Anteile an X":
        the possessor owns part of the company, unless a verb of the sentence said more."""
        tokens = ctx.sentence.tokens
        for t in tokens:
            if t.lower not in self.lx.share_nouns or t.i + 1 >= len(tokens) or tokens[t.i + 1].lower not in (
                    "in", "an", "am"):
                continue
            target = self._mention_at(ctx, _skip_words(tokens, t.i + 2, 3, self.lx))
            j = t.i - 1
            while j > 0 and j >= t.i - 4 and not self._mention_at(ctx, j) and (
                    _adjective(tokens[j].text, self.lx.lang) or any(ch.isdigit() for ch in tokens[j].text)
                    or tokens[j].lower in ("pct", "percent", "prozent", "%", "per", "cent", "quarter", "third")):
                j -= 1
            if j >= 1 and tokens[j].text in ("'s", "’s", "'"):
                j -= 1
            owner = self._mention_at(ctx, j) if j >= 0 else None
            if owner is None or target is None or not (owner.genitive or tokens[j + 1].text in ("'s", "’s", "'")):
                continue
            if any(c.evidence.start == ctx.sentence.start and {c.subject.key, c.object.key}
                   == {owner.entity.key, target.entity.key} for c in self.claims):
                continue
            # what a party holds is a fact even where the sentence muses about it
            self._add(ctx, owner.entity, "owns", target.entity, t.i,
                      self._qualifiers(ctx, self._owns_frame, t.i), modal=False)

    def _acquisition_nouns(self, ctx: _Context) -> None:
        """"Brightwave's acquisition of Lumen", "die Übernahme von X durch Y"."""
        tokens = ctx.sentence.tokens
        for t in tokens:
            if t.lower.rstrip("s") not in _ACQUISITION_NOUNS:
                continue
            target = None
            if t.i + 1 < len(tokens) and tokens[t.i + 1].lower in ("of", "von", "des", "der", "eines", "einer"):
                # "der Übernahme eines Großteils der Aktien der Verbundnetz Gas AG"
                target = next((m for m in ctx.mentions if t.i + 1 < m.first <= t.i + 10 and not m.compound_head
                               and m.entity.kind != "place"
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
                # "Mit der Übernahme von X hat Y ...": the subject of the clause bought, unless the
                # buyer is named with "durch": "Nach der Übernahme der Sparten von X durch Y sucht Z"
                by = next((x for x in range(k, min(len(tokens), k + 25)) if tokens[x].lower in ("durch", "by")), None)
                buyer = self._mention_at(ctx, _skip_words(tokens, by + 1, 4, self.lx)) if by is not None else \
                    next((m for m in ctx.mentions if m.first > k and not self._in_pp(ctx, m)), None)
            else:
                # "Brightwave's acquisition", "its 2001 acquisition", "Siemens' geplante Übernahme"
                j = t.i - 1
                while j > 0 and j >= t.i - 3 and (tokens[j].text.isdigit() or _adjective(tokens[j].text, self.lx.lang)):
                    j -= 1
                if j >= 1 and tokens[j].text in ("'s", "’s", "'"):
                    j -= 1
                possessor = self._mention_at(ctx, j) if j >= 0 else None
                if possessor is not None and (possessor.genitive or j < t.i - 1 and tokens[j + 1].text in ("'s", "’s", "'")):
                    buyer = possessor
            if buyer is not None:
                self._add(ctx, buyer.entity, "acquired", target.entity, t.i,
                          self._qualifiers(ctx, self._acquired_frame, t.i))

    def _partnerships(self, ctx: _Context) -> None:
        """"X und Y haben eine Partnerschaft vereinbart", "X signed a partnership agreement with Y"."""
        if not any(word in ctx.lower for word in (*_PARTNERSHIP_NOUNS, "joint", "agreement")):
            return
        tokens = ctx.sentence.tokens
        noun = next((t for t in tokens if t.lower.startswith(_PARTNERSHIP_NOUNS)
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

    def _children(self, ctx: _Context) -> None:
        """"their three children, Alexis, Graham and Leland", "seine Söhne Max und Moritz": each child
        is family of the parent (or the couple) the possessive points back to."""
        tokens = ctx.sentence.tokens
        for t in tokens:
            if t.lower not in _CHILDREN or t.i == 0:
                continue
            j = t.i - 1
            while j >= 0 and (_adjective(tokens[j].text, self.lx.lang) or tokens[j].text.isdigit()
                              or tokens[j].lower in _NUMBER_WORDS):
                j -= 1
            named: list[Mention] = []  # "Ann Brightwell and Robbie Packer had three sons: A, B and C"
            if j >= 1 and tokens[j].lower in ("have", "had", "has", "haben", "hatten", "hat", "hatte"):
                subject = self._mention_at(ctx, j - 1)
                couple = self._coordinated_before(ctx, subject) + [subject] if subject is not None else []
                if subject is None and tokens[j - 1].lower not in _PARENT_PRONOUNS:
                    # "A and B were married in 1964 and had three sons", "A and her husband, B,
                    # have two children": the clause's subjects, however far
                    items = [m for _, m in self._items_before(ctx, 0, j) if m is not None]
                    couple = self._next_list(ctx, items[0]) if items else []
                if couple and all(m.entity.kind in ("person", "other") for m in couple):
                    named = couple
                elif tokens[j - 1].lower in _PARENT_PRONOUNS:
                    j -= 1  # "they have two children, A and B": "they" stands for the parents as "their" does
            elif j >= 0 and tokens[j].lower in self.lx.possessive_relatives:
                parent = self._relative_antecedent(ctx, j)  # "Richard Bastow, dessen Söhne A und B"
                if parent is not None and parent.entity.kind in ("person", "other"):
                    named = [parent]
            if not named and (j < 0 or tokens[j].lower not in _PERSON_POSSESSIVES | _PARENT_PRONOUNS):
                continue
            k = t.i + 1
            while k < len(tokens) and tokens[k].text in (",", ":", "-", "–", "—", "(") or \
                    k < len(tokens) and tokens[k].lower in ("were", "are", "sind", "waren", "namens", "named"):
                k += 1
            first = self._mention_at(ctx, k)
            if first is None or first.entity.kind not in ("person", "other"):
                continue
            children = [m for m in self._next_list(ctx, first) if m.entity.kind in ("person", "other")]
            if named:
                parents = {m.entity.key: m.entity for m in named}
            else:
                earlier = self._people_before(ctx, j, 1)
                couple = tokens[j].lower in ("their", "they", "sie") and self.lx.lang == "en" or tokens[j].lower == "they"
                parents = {m.entity.key: m.entity for m in earlier[-2:] if couple or m is earlier[-1]}
            for child in children:
                for parent in parents.values():
                    self._add(ctx, child.entity, "family_of", parent, t.i, {"kind": "child"}, modal=False)

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


_PARENT_PRONOUNS = {"their", "they", "ihre", "ihren", "ihrer", "he", "she", "er", "sie"}
def _describing_word(token, lexicon) -> bool:
    """An English lowercase word inside a description before a name: "resort developer",
    "computer scientist"; a nationality: "English expatriates"."""
    if lexicon.lang != "en":
        return False
    text = token.text
    return (text.isalpha() and text.islower() and token.lower not in lexicon.stop_words
            and token.lower not in lexicon.prepositions) or bool(lexicon.place_adjectives.get(token.lower))
