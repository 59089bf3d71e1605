"""How English news names parties and reports their ties."""
from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import Lexicon, Role, Stake, verb, words
from .names import country_names

CEO = Role("leads", "CEO")
CHAIR = Role("leads", "chair")
BOARD = Role("board_member_of", None)
FOUNDER = Role("founded", None)
PRESIDENT = Role("leads", "president")

ROLES = {
    "ceo": CEO, "c.e.o.": CEO, "c.e.o": CEO, "chief executive": CEO, "chief executive officer": CEO,
    "boss": Role("leads", "head"),
    "chief": Role("leads", "head"), "head": Role("leads", "head"), "leader": Role("leads", "head"),
    "chairman": CHAIR, "chairwoman": CHAIR, "chairperson": CHAIR, "chair": CHAIR,
    "president": PRESIDENT, "managing partner": Role("leads", "managing partner"),
    "managing director": Role("leads", "managing director"),
    "general secretary": Role("leads", "General Secretary"),
    "secretary general": Role("leads", "secretary general"),
    "secretary-general": Role("leads", "secretary general"),
    "director": BOARD, "board member": BOARD, "board": BOARD, "board of directors": BOARD, "non-executive director": BOARD,
    "independent director": BOARD, "trustee": BOARD,
    "vice chairman": Role("board_member_of", "vice chairman"),
    "vice chair": Role("board_member_of", "vice chair"),
    "founder": FOUNDER, "co-founder": FOUNDER, "cofounder": FOUNDER, "founding partner": FOUNDER,
    "founding member": FOUNDER, "founder member": FOUNDER,
    "cfo": Role("employed_by", "CFO"), "chief financial officer": Role("employed_by", "CFO"),
    "finance director": Role("employed_by", "finance director"),
    "coo": Role("employed_by", "COO"),
    "chief operating officer": Role("employed_by", "chief operating officer"),
    "cto": Role("employed_by", "CTO"), "chief technology officer": Role("employed_by", "CTO"),
    "treasurer": Role("employed_by", "treasurer"), "spokesman": Role("employed_by", "spokesman"),
    "spokeswoman": Role("employed_by", "spokeswoman"),
    "spokesperson": Role("employed_by", "spokesperson"), "analyst": Role("employed_by", "analyst"),
    "economist": Role("employed_by", "economist"), "chief economist": Role("employed_by", "chief economist"),
    "executive": Role("employed_by", "executive"), "official": Role("employed_by", "official"),
    "vice president": Role("employed_by", "vice president"), "vice-president": Role("employed_by", "vice president"),
    "senior vice-president": Role("employed_by", "senior vice president"),
    "executive vice president": Role("employed_by", "executive vice president"),
    "senior vice president": Role("employed_by", "senior vice president"), "partner": Role("employed_by", "partner"),
    "general counsel": Role("employed_by", "general counsel"), "manager": Role("employed_by", "manager"),
    "owner": Role("owns", None), "co-owner": Role("owns", None),
    "professor": Role("employed_by", "professor"), "lecturer": Role("employed_by", "lecturer"),
    "professor emeritus": Role("employed_by", "professor emeritus"), "dean": Role("employed_by", "dean"),
    "officer": Role("employed_by", "officer"), "astronaut": Role("employed_by", "astronaut"),
    "chief finance officer": Role("employed_by", "CFO"), "founding president": FOUNDER,
    "principal": Role("employed_by", "principal"),
    "rector": Role("leads", "rector"), "provost": Role("employed_by", "provost"),
    "vice-chancellor": Role("leads", "vice-chancellor"),
    "chairman of the board": CHAIR, "chairwoman of the board": CHAIR, "chair of the board": CHAIR,
    "chairman of the board of directors": CHAIR,
    "vice chairman of the board": Role("board_member_of", "vice chairman"),
    "member of the board": BOARD, "member of the board of directors": BOARD, "director on the board": BOARD,
    "lead director": BOARD,
    **{f"chief {area} officer": Role("employed_by", f"chief {area} officer") for area in (
        "commercial", "marketing", "investment", "accounting", "legal", "strategy", "product", "information",
        "digital", "risk", "people", "revenue", "scientific", "medical", "communications", "compliance",
        "human resources", "data", "security", "sustainability", "administrative", "business")},
    "founding director": FOUNDER, "founding chairman": FOUNDER,
    "scholar": Role("employed_by", "scholar"), "researcher": Role("employed_by", "researcher"),
    "fellow": Role("employed_by", "fellow"), "engineer": Role("employed_by", "engineer"),
    "scientist": Role("employed_by", "scientist"), "editor": Role("employed_by", "editor"),
    "journalist": Role("employed_by", "journalist"), "reporter": Role("employed_by", "reporter"),
    "correspondent": Role("employed_by", "correspondent"), "consultant": Role("employed_by", "consultant"),
    "adviser": Role("employed_by", "adviser"), "advisor": Role("employed_by", "advisor"),
    "lawyer": Role("employed_by", "lawyer"), "attorney": Role("employed_by", "attorney"),
    "strategist": Role("employed_by", "strategist"), "member": Role("employed_by", "member"),
    "employee": Role("employed_by", None), "staff member": Role("employed_by", None),
    "prime minister": Role("holds_office", "prime minister"),
    "finance minister": Role("holds_office", "finance minister"),
    "minister": Role("holds_office", "minister"), "chancellor": Role("holds_office", "chancellor"),
    "senator": Role("holds_office", "senator"), "governor": Role("holds_office", "governor"),
    "mayor": Role("holds_office", "mayor"), "attorney general": Role("holds_office", "attorney-general"),
    "attorney-general": Role("holds_office", "attorney-general"),
    "secretary of state": Role("holds_office", "secretary of state"),
    "treasury secretary": Role("holds_office", "treasury secretary"),
    "congressman": Role("holds_office", "member of congress"),
    "congresswoman": Role("holds_office", "member of congress"),
}
OFFICE_WHEN_PLACE = {"president": "President", "chief": "head", "leader": "head"}

STAKES = {
    "investor": Stake("invested_in"), "backer": Stake("invested_in"),
    "shareholder": Stake("invested_in"), "stakeholder": Stake("invested_in"),
    "major shareholder": Stake("invested_in"), "largest shareholder": Stake("invested_in"),
    "lead investor": Stake("invested_in", lead=True), "financier": Stake("invested_in"),
    "owner": Stake("owns"), "parent": Stake("owns"), "parent company": Stake("owns"),
    "parent organization": Stake("owns"), "parent corporation": Stake("owns"),
    "parent group": Stake("owns"), "holding company": Stake("owns"),
    "subsidiary": Stake("owns", reverse=True), "unit": Stake("owns", reverse=True),
    "daughter company": Stake("owns", reverse=True), "arm": Stake("owns", reverse=True),
    "subsidiary company": Stake("owns", reverse=True),
    "division": Stake("owns", reverse=True), "affiliate": Stake("owns", reverse=True),
    "rival": Stake("competes_with"), "competitor": Stake("competes_with"),
    "arch-rival": Stake("competes_with"), "archrival": Stake("competes_with"),
    "partner": Stake("partner_of"), "ally": Stake("partner_of"), "buyer": Stake("acquired"),
    "donor": Stake("supports"), "major donor": Stake("supports"), "admirer": Stake("endorses"),
    "critic": Stake("criticizes"), "vocal critic": Stake("criticizes"), "fierce critic": Stake("criticizes"),
}

FAMILY = {
    "son": "son", "daughter": "daughter", "father": "father", "mother": "mother",
    "brother": "brother", "sister": "sister", "wife": "wife", "husband": "husband",
    "son-in-law": "son-in-law", "daughter-in-law": "daughter-in-law",
    "father-in-law": "father-in-law", "brother-in-law": "brother-in-law",
    "sister-in-law": "sister-in-law", "twin": "twin", "twin brother": "twin", "nephew": "nephew",
    "niece": "niece", "uncle": "uncle", "aunt": "aunt", "cousin": "cousin", "grandson": "grandson",
    "granddaughter": "granddaughter", "widow": "widow", "spouse": "spouse", "stepson": "stepson",
    "child": "child", "stepdaughter": "stepdaughter", "stepchild": "stepchild", "stepfather": "stepfather",
    "stepmother": "stepmother", "stepbrother": "stepbrother", "stepsister": "stepsister",
    "half-brother": "half-brother", "half-sister": "half-sister", "grandfather": "grandfather",
    "grandmother": "grandmother", "grandchild": "grandchild", "mother-in-law": "mother-in-law",
    "widower": "widower",
}

VERBS = [
    verb("invested_in", r"invest(?:s|ed|ing)?|put (?:\w+ ){0,4}?into|pumped (?:\w+ ){0,4}?into"
         r"|(?:took|takes|take|taking|bought|buys|buy|acquired|acquires|built|raised)"
         r" (?:\S+ ){0,6}?stake|backed|backs|has backed|financed|funded",
         prepositions=("in", "into", "of"), passive_agent=("by",)),
    verb("invested_in", r"contributed|chipped in|put in", prepositions=("to", "toward", "towards")),
    verb("invested_in", r"led (?:\S+ ){0,6}?round|leads (?:\S+ ){0,6}?round|leading (?:\S+ ){0,6}?round",
         prepositions=("in", "for", "of", "into"), lead=True),
    verb("invested_in", r"(?:round|financing|funding)(?: \S+){0,2}? (?:co-)?led by", passive_agent=("by",), lead=True),
    # "Zentrix received $50 million from Sequoia Capital": money received, the giver invests
    verb("invested_in", r"(?:received|receives|receiving|secured|secures|raised|raises)"
         r" (?!(?:\S+ ){0,6}?(?:damages|compensation|settlement|fine|penalty|refund|loan))(?:\S+ ){0,6}?from",
         prepositions=("from",), reverse=True,
         needs_context=("$", "€", "£", "million", "billion", "dollar", "euro", "pound", "mln", "bln")),
    # "with participation from X and Y", "X also participated in the round"
    verb("invested_in", r"participation (?:from|by|of)", passive_agent=("from", "by", "of"), of_round=True),
    verb("invested_in", r"participat(?:ed|es|e|ing) in", prepositions=("in",), of_round=True),
    verb("employed_by", r"(?:works|worked|working) (?:\S+ ){0,3}?(?:for|at)", prepositions=("for", "at")),
    verb("employed_by", r"joined|joins|joining|rejoined"),
    verb("employed_by", r"on the faculty (?:of|at)"),
    verb("employed_by", r"(?:was|were|is|are|been) (?:\S+ )?(?:employed|hired|recruited) by", prepositions=("by",)),
    verb("employed_by", r"resigned (?:\S+ ){0,3}?from|retired (?:\S+ ){0,3}?from|stepped down (?:\S+ ){0,3}?(?:from|at)",
         prepositions=("from", "at"), former=True),
    verb("acquired", r"(?:was|were|is|are|been|be) sold to", passive_agent=("to",)),
    # "MCI agreed to a buyout by Verizon"; not "rejected a takeover by"
    verb("acquired", r"(?:agreed to|accepted|completed|approved) (?:\S+ ){0,3}?(?:buyout|takeover|acquisition|purchase) by",
         passive_agent=("by",)),
    verb("board_member_of", r"(?:appointed|named|elected|nominated) (?:\S+ ){1,5}?to (?:its|the|their) board"
         r"|elected to (?:the |its )?(?:\S+ )?board", reverse=True),
    verb("family_of", r"(?:is|was|are|were|got|has been|had been) married to",
         prepositions=("to",)),
    verb("family_of", r"married|marries|wed|weds"),  # "Kennedy married his companion Don Endy"
    verb("invested_in", r"(?:bought|buys|buy|buying|acquired|acquires|purchased|raised|increased|lifted|boosted)"
         r" (?:\S+ ){0,3}?(?:shares|stake|interest|holding|pct|percent|per cent|[\d.,]+ ?%)", prepositions=("in", "of")),
    verb("acquired", r"acquir(?:es|ed|e|ing)(?! (?:\S+ ){0,3}?(?:shares|stake|interest|pct|percent|per cent))"
         r"|(?:bought|buys|buy|buying)(?! (?:\S+ ){0,3}?(?:stake|shares|interest|pct|percent|per cent|[\d.,]+ ?%))"
         r"|(?:took|takes|take|taking) over|purchas(?:ed|es|e)|snapped up|swallowed up"
         r"|complet\w+ (?:the |its )?(?:\S+ ){0,3}?(?:acquisition|purchase|takeover) of|merge[sd]? with",
         passive_agent=("by",)),
    verb("founded", r"found(?:ed|s|ing)|co-?found(?:ed|s|ing)|set up|established|launched the company"
         r"|started the company", passive_agent=("by",)),
    # "formed the film production company X", "started her own consultancy X"
    verb("founded", r"(?:form|start|launch|creat)(?:ed|s|ing|e)? (?:(?:his|her|their|a|an|the|own|new) )*"
         r"(?:\S+ ){0,3}?(?:company|firm|startup|start-up|business|label|agency|consultancy)"),
    verb("sued", r"(?:faces|faced|facing|face) (?:\S+ ){0,3}?(?:lawsuit|suit|legal action|complaint)s? (?:from|by)",
         prepositions=("from", "by"), reverse=True),
    verb("sued", r"su(?:ed|es|e|ing)|filed (?:\S+ ){0,3}?(?:suit|lawsuit|complaint|charge)s? against"
         r"|(?:begun|began|begins|launched|opened|started|initiated|brought) (?:\S+ ){0,2}?"
         r"(?:proceedings|legal action|case|action) against"
         r"|took legal action against|(?:brought|filed|launched) (?:\w+ ){0,3}?(?:action|case|proceedings) against"
         r"|fined|charged|took (?:\w+ ){0,3}?to court", passive_agent=("by",)),
    # "filed a lawsuit in Texas state court against X": the court or authority is no defendant
    verb("sued", r"filed (?:\S+ ){0,3}?(?:suit|lawsuit|complaint|charge)s? (?:in|with|at|before) (?:[^\s,;]+ ){1,6}?against",
         prepositions=("against",)),
    verb("competes_with", r"compet(?:es|ed|e|ing) (?:\w+ ){0,3}?(?:with|against)|rivals"),
    # "Meta and Snap compete for advertisers", "X and Y are fierce competitors": each other
    verb("competes_with", r"compete|competed|competing"
         r"|(?:are|were|remain|have been) (?:\S+ ){0,2}?(?:competitors|rivals)", prepositions=("of",)),
    verb("partner_of", r"partner(?:s|ed|ing)? with|teamed up with|team(?:s|ed)? up with"
         r"|formed (?:a |an )?(?:\w+ )?(?:alliance|partnership|joint venture) with"
         r"|joint venture with|allied with|cooperat\w+ with|collaborat\w+ with"),
    verb("supports", r"support(?:s|ed|ing)?|backed|backs|donated (?:\S+ ){0,4}?to|campaigned for"
         r"|endorsed|endorses", needs_context=("election", "campaign", "candidate", "candidacy",
                                                "presidential", "president", "party", "donation",
                                                "donated", "re-election", "vote", "senate", "governor",
                                                "mayor", "congress", "parliament")),
    verb("endorses", r"(?:expressed|voiced|showed|has) (?:\S+ ){0,2}?(?:admiration|praise|respect) for"
         r"|prais(?:ed|es|e|ing)|hail(?:ed|s)|laud(?:ed|s)|applaud(?:ed|s)"
         r"|spoke (?:\S+ ){0,2}?highly of|admir(?:es|ed)|commended|endorsed|endorses"),
    verb("criticizes", r"criticis\w+|criticiz\w+|attack(?:ed|s)|slammed|slams|blasted|accus(?:ed|es)"
         r"|condemned|condemns|lambasted|hit out at|denounced"),
    verb("leads", r"heads|headed|runs|ran|chairs|chaired|is at the helm of|leads|(?:run|headed|led|chaired) by",
         passive_agent=("by",)),
    verb("founded", r"(?:founded|co-founded|set up|started|created|formed|established|launched) (?:\S+ ){0,4}?by",
         passive_agent=("by",)),
    verb("owns", r"(?:holds|hold|held|has|have|had|owns) (?:\S+ ){0,5}?(?:stake|shares|interest|holding)",
         prepositions=("in", "of")),
    # "owns Y", "owned 30 pct of Y", "own a majority of Y"; not "its own chip", nor a share of a
    # market: "controls 90% of the PC market"
    verb("owns", r"(?:(?:majority|wholly|partly|jointly|principally|privately)[- ])?(?:owned|controlled) by"
         r"|(?:owns|controls|(?:own|owned|control|controlled)(?= (?:a |an |the |about |nearly |almost |some )?"
         r"(?:[\d.,]+(?: ?%| pct| percent| per cent)|(?:\S+ )?(?:stake|shares|majority|minority)\b)))"
         r"(?! (?:\S+ ){0,2}?[\d.,]+(?: ?%| pct| percent| per cent) of (?:\S+ ){0,6}?(?:market|markets|sales|output)\b)",
         passive_agent=("by",)),
]

PLACES = {
    "us": "United States", "u.s.": "United States", "usa": "United States", "america": "United States",
    "united states": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom",
    "britain": "United Kingdom", "great britain": "United Kingdom", "united kingdom": "United Kingdom",
    "england": "United Kingdom", "germany": "Germany", "austria": "Austria", "france": "France",
    "russia": "Russia", "ukraine": "Ukraine", "china": "China", "japan": "Japan", "india": "India",
    "italy": "Italy", "spain": "Spain", "switzerland": "Switzerland", "canada": "Canada",
    "brazil": "Brazil", "mexico": "Mexico", "australia": "Australia", "greece": "Greece",
    "netherlands": "Netherlands", "belgium": "Belgium", "sweden": "Sweden", "norway": "Norway",
    "ireland": "Ireland", "israel": "Israel", "iran": "Iran", "iraq": "Iraq", "turkey": "Turkey",
    "south korea": "South Korea", "korea": "South Korea", "taiwan": "Taiwan", "europe": "Europe",
    "eu": "European Union", "european union": "European Union", "london": "London",
    "new york": "New York", "paris": "Paris", "moscow": "Moscow", "beijing": "Beijing",
    "shanghai": "Shanghai", "tokyo": "Tokyo", "washington": "Washington", "berlin": "Berlin",
    "frankfurt": "Frankfurt", "brussels": "Brussels", "hong kong": "Hong Kong",
    "california": "California", "texas": "Texas", "ohio": "Ohio", "chicago": "Chicago",
    "boston": "Boston", "silicon valley": "Silicon Valley", "scotland": "Scotland", "wales": "Wales",
}
PLACE_ADJECTIVES = {
    "us": "United States", "u.s.": "United States", "american": "United States",
    "british": "United Kingdom", "uk": "United Kingdom", "german": "Germany", "french": "France",
    "russian": "Russia", "ukrainian": "Ukraine", "chinese": "China", "japanese": "Japan",
    "italian": "Italy", "spanish": "Spain", "swiss": "Switzerland", "austrian": "Austria",
    "indian": "India", "canadian": "Canada", "new york": "New York", "eu": "European Union",
    "european": "European Union", "federal": "United States", "state": None,
    "english": "United Kingdom", "scottish": "United Kingdom", "welsh": "United Kingdom", "irish": "Ireland",
    "dutch": "Netherlands", "belgian": "Belgium", "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark",
    "finnish": "Finland", "polish": "Poland", "greek": "Greece", "turkish": "Turkey", "israeli": "Israel",
    "brazilian": "Brazil", "mexican": "Mexico", "australian": "Australia", "korean": "South Korea",
    "taiwanese": "Taiwan", "portuguese": "Portugal",
}

LEXICON = Lexicon(
    lang="en",
    stop_words=frozenset(STOP_WORDS),
    determiners=words("the a an this that these those its their his her our your my whose"),
    prepositions=words("in into at on of for from by with to about against over under after "
                       "before between through during without within among via per like as "
                       "near since until"),
    clause_openers=words("which who whom that while whereas because although though but if "
                         "when where after before since as so said says"),
    abbreviations=words("mr mrs ms dr prof st jr sr co corp inc ltd bros no nos vs etc jan feb "
                        "mar apr jun jul aug sep sept oct nov dec gen gov sen rep u.s u.k e.g "
                        "i.e mt ft approx est dept div"),
    honorifics=words("mr mr. mrs mrs. ms ms. dr dr. prof prof. sir lord lady dame madam madame"),
    ranks=words("king queen prince princess emperor empress dowager duke duchess archduke archduchess"
                " marquis marquess earl baron baroness viscount count countess sultan sheikh sheikha emir"
                " tsar czar tsarina shah pharaoh kaiser pope"),
    legal_forms=words("inc inc. corp corp. corporation co co. ltd ltd. plc llc lp l.p. llp ag "
                      "gmbh se sa s.a. nv n.v. partnership company spa s.p.a. bv b.v. holdings holding group pte pvt pty bhd ab oy oyj asa a/s kk sarl sas srl s.r.l. ltda limited"),
    org_heads=words("capital ventures partners bank holdings group fund funds investments "
                    "management associates industries technologies systems media airlines "
                    "motors energy insurance institute university college commission agency "
                    "council court department ministry union party exchange securities "
                    "trust realty enterprises international labs pharmaceuticals communications "
                    "telecom network networks foods petroleum oil gas electric steel resources "
                    "financial brothers organisation organization federation association board "
                    "authority office services solutions studios entertainment records academy society "
                    "laboratory laboratories school seminary center centre foundation museum hospital library "
                    "advisors advisers consultants consulting"),
    org_cues=words("company firm startup start-up group investor investors fund bank lender "
                   "carrier maker manufacturer retailer chain insurer operator giant rival "
                   "conglomerate firm's subsidiary unit parent broker brokerage publisher "
                   "newspaper network airline automaker carmaker chipmaker producer supplier "
                   "developer platform exchange regulator watchdog union consultancy concern partnership"),
    person_cues=words("candidate mr mrs ms dr analyst spokesman spokeswoman economist billionaire "
                      "entrepreneur investor founder"),
    name_particles=words("von van der den de da di du la le bin bint ibn al ter"),
    months=words("january february march april may june july august september october november "
                 "december jan feb mar apr jun jul aug sep sept oct nov dec"),
    weekdays=words("monday tuesday wednesday thursday friday saturday sunday"),
    negations=words("not no never n't neither nor without"),
    speculation=("could ", "might ", "may ", "would ", "considering", "considers", "consider ",
                 "in talks", "talks to", "talks with", "plans to", "planned to", "plan to",
                 "intends to", "intend to", "wants to", "seeking to", "seeks to", "sought to",
                 "rumour", "rumor", "speculation", "possible", "potential", "expected to",
                 "proposed", "proposal", "offer for", "offered to", "bid for", "bid to",
                 "approach", "interested in", "explore", "exploring", "weighing", "mulling", "offer",
                 "will ", "if ", "set to ", "is due to ", "are due to ", "was due to ", "were due to ", "poised to", "aims to", "hopes to"),
    reported=("reportedly", "according to", "sources said", "people familiar", "is said to",
              "are said to", "reported that", "reports say", "alleged"),
    subject_pronouns={"he": "person", "she": "person"},
    possessive_relatives=words("whose its"),
    roles=ROLES,
    stakes=STAKES,
    verbs=VERBS,
    family=FAMILY,
    former=words("former ex- ex onetime one-time erstwhile then-"),
    office_when_place=OFFICE_WHEN_PLACE,
    places={**country_names("en"), **PLACES},
    place_adjectives=PLACE_ADJECTIVES,
    share_nouns=words("share shares stake stakes interest holding holdings stock"),
    inflection_suffixes=("'s", "’s", "'", "’"),
    extra={"noun_endings": ("s", "es", "ies>y"),
           "organization_pronouns": {"it": False, "its": True},
           # "A group of investment firms led by X said it raised its stake": "it" is the group,
           # which news names by its leader
           "group_nouns": frozenset({"group", "groups", "consortium", "venture", "partnership", "firms",
                                     "investors", "syndicate", "companies", "funds"}),
           "group_leaders": frozenset({"led", "headed", "controlled", "managed"}),
           # Organization nouns for another party, not for something owned: "its supplier X".
           "counterparty_cues": frozenset({"supplier", "lender", "broker", "brokerage", "regulator",
                                           "watchdog", "union", "exchange", "carrier", "customer",
                                           "client", "partner", "competitor", "bidder", "buyer"}),
           "title_words": frozenset({"chief", "executive", "officer", "financial", "operating", "vice",
                                     "senior", "deputy", "managing", "general", "board", "director",
                                     "chairman", "president", "founder", "co-founder", "corporate",
                                     "named", "interim", "acting", "global", "regional", "finance",
                                     "emeritus", "associate", "assistant"})},
)
