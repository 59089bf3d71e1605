"""How German news names parties and reports their ties."""
from __future__ import annotations

from spacy.lang.de.stop_words import STOP_WORDS

from .lexicon import Lexicon, Role, Stake, verb, words
from .names import country_names

CEO = Role("leads", "CEO")
CHAIR = Role("leads", "chair")
HEAD = Role("leads", "head")
BOARD = Role("board_member_of", None)
FOUNDER = Role("founded", None)

ROLES = {
    "ceo": CEO, "vorstandschef": CEO, "vorstandsvorsitzender": CEO, "vorstandsvorsitzende": CEO,
    "konzernchef": CEO, "generaldirektor": CEO, "vorstandssprecher": CEO, "chief executive": CEO,
    "firmenchef": CEO, "unternehmenschef": CEO, "bankchef": CEO, "konzernchefin": CEO,
    "vorstandschefin": CEO, "generaldirektorin": CEO,
    "chef": HEAD, "chefin": HEAD, "leiter": HEAD, "leiterin": HEAD, "boss": HEAD,
    "präsident": Role("leads", "president"), "präsidentin": Role("leads", "president"),
    "rektor": Role("leads", "rector"), "rektorin": Role("leads", "rector"),
    "aufsichtsratschef": CHAIR, "aufsichtsratsvorsitzender": CHAIR, "aufsichtsratsvorsitzende": CHAIR,
    "verwaltungsratspräsident": CHAIR, "verwaltungsratschef": CHAIR, "vorsitzender": CHAIR,
    "vorsitzende": CHAIR, "parteichef": Role("leads", "party leader"),
    "parteivorsitzender": Role("leads", "party leader"), "parteivorsitzende": Role("leads", "party leader"),
    "geschäftsführer": Role("leads", "managing director"),
    "geschäftsführerin": Role("leads", "managing director"),
    "managing partner": Role("leads", "managing partner"),
    "aufsichtsrat": BOARD, "aufsichtsrätin": BOARD, "aufsichtsratsmitglied": BOARD,
    "verwaltungsrat": BOARD, "verwaltungsratsmitglied": BOARD, "vorstandsmitglied": BOARD,
    "vorstand": BOARD, "beirat": BOARD, "direktor": Role("employed_by", "director"),
    "gründer": FOUNDER, "gründerin": FOUNDER, "mitgründer": FOUNDER, "mitbegründer": FOUNDER,
    "mitgründerin": FOUNDER, "co-gründer": FOUNDER, "firmengründer": FOUNDER,
    "cfo": Role("employed_by", "CFO"), "finanzvorstand": Role("employed_by", "CFO"),
    "finanzchef": Role("employed_by", "CFO"), "cto": Role("employed_by", "CTO"),
    "coo": Role("employed_by", "COO"), "generalsekretär": Role("employed_by", "secretary general"),
    "generalsekretärin": Role("employed_by", "secretary general"), "chefökonom": Role("employed_by", "Chefökonom"),
    "chefvolkswirt": Role("employed_by", "Chefvolkswirt"), "sprecher": Role("employed_by", "spokesperson"),
    "sprecherin": Role("employed_by", "spokesperson"), "analyst": Role("employed_by", "analyst"),
    "analystin": Role("employed_by", "analyst"), "manager": Role("employed_by", "manager"),
    "managerin": Role("employed_by", "manager"), "mitarbeiter": Role("employed_by", None),
    "mitarbeiterin": Role("employed_by", None), "ökonom": Role("employed_by", "economist"),
    "experte": Role("employed_by", "expert"), "expertin": Role("employed_by", "expert"),
    "anwalt": Role("employed_by", "lawyer"), "anwältin": Role("employed_by", "lawyer"),
    "professor": Role("employed_by", "professor"), "professorin": Role("employed_by", "professor"),
    "dozent": Role("employed_by", "lecturer"), "dozentin": Role("employed_by", "lecturer"),
    "forscher": Role("employed_by", "researcher"), "forscherin": Role("employed_by", "researcher"),
    "ingenieur": Role("employed_by", "engineer"), "ingenieurin": Role("employed_by", "engineer"),
    "redakteur": Role("employed_by", "editor"), "redakteurin": Role("employed_by", "editor"),
    "berater": Role("employed_by", "adviser"), "beraterin": Role("employed_by", "adviser"),
    "korrespondent": Role("employed_by", "correspondent"), "korrespondentin": Role("employed_by", "correspondent"),
    "mitglied": Role("employed_by", "member"),
    "eigentümer": Role("owns", None), "eigentümerin": Role("owns", None),
    "besitzer": Role("owns", None), "besitzerin": Role("owns", None),
    "mehrheitseigentümer": Role("owns", None),
    # offices: the "object" is a country or a body
    "kanzler": Role("holds_office", "chancellor"), "kanzlerin": Role("holds_office", "chancellor"),
    "bundeskanzler": Role("holds_office", "chancellor"),
    "bundeskanzlerin": Role("holds_office", "chancellor"),
    "minister": Role("holds_office", "minister"), "ministerin": Role("holds_office", "minister"),
    "finanzminister": Role("holds_office", "finance minister"),
    "finanzministerin": Role("holds_office", "finance minister"),
    "wirtschaftsminister": Role("holds_office", "economy minister"),
    "energieminister": Role("holds_office", "Energieminister"),
    "arbeitsminister": Role("holds_office", "Arbeitsminister"),
    "außenminister": Role("holds_office", "foreign minister"),
    "premierminister": Role("holds_office", "Premierminister"),
    "premier": Role("holds_office", "prime minister"), "staatschef": Role("holds_office", "Staatschef"),
    "regierungschef": Role("holds_office", "head of government"),
    "ministerpräsident": Role("holds_office", "prime minister"),
    "bürgermeister": Role("holds_office", "mayor"), "senator": Role("holds_office", "senator"),
    "abgeordneter": Role("holds_office", "member of parliament"),
    "abgeordnete": Role("holds_office", "member of parliament"),
}
# Heads of state: "US-Präsident" is an office, "Siemens-Präsident" a company role.
OFFICE_WHEN_PLACE = {"präsident": "President", "präsidentin": "President", "chef": "head"}

STAKES = {
    "investor": Stake("invested_in"), "investorin": Stake("invested_in"),
    "geldgeber": Stake("invested_in"), "unterstützer": Stake("invested_in"),
    "anteilseigner": Stake("invested_in"), "aktionär": Stake("invested_in"),
    "großaktionär": Stake("invested_in"), "hauptaktionär": Stake("invested_in"),
    "mehrheitsaktionär": Stake("owns"), "gesellschafter": Stake("invested_in"),
    "kapitalgeber": Stake("invested_in"), "financier": Stake("invested_in"),
    "hauptinvestor": Stake("invested_in"), "leadinvestor": Stake("invested_in", lead=True),
    "lead-investor": Stake("invested_in", lead=True), "eigentümer": Stake("owns"),
    "mutterkonzern": Stake("owns"), "muttergesellschaft": Stake("owns"), "mutter": Stake("owns"),
    "tochter": Stake("owns", reverse=True), "tochterfirma": Stake("owns", reverse=True),
    "tochtergesellschaft": Stake("owns", reverse=True), "konzerntochter": Stake("owns", reverse=True),
    "konkurrent": Stake("competes_with"), "konkurrentin": Stake("competes_with"),
    "rivale": Stake("competes_with"), "wettbewerber": Stake("competes_with"),
    "mitbewerber": Stake("competes_with"), "erzrivale": Stake("competes_with"),
    "partner": Stake("partner_of"), "partnerin": Stake("partner_of"),
    "kooperationspartner": Stake("partner_of"), "exklusivpartner": Stake("partner_of"),
    "spender": Stake("supports"), "großspender": Stake("supports"), "wahlkampfspender": Stake("supports"),
    "unterstützerin": Stake("invested_in"), "bewunderer": Stake("endorses"), "bewunderin": Stake("endorses"),
    "kritiker": Stake("criticizes"), "kritikerin": Stake("criticizes"),
    "käufer": Stake("acquired"), "übernehmer": Stake("acquired"),
}

FAMILY = {
    "sohn": "son", "tochter": "daughter", "vater": "father", "mutter": "mother",
    "bruder": "brother", "schwester": "sister", "ehefrau": "wife", "ehemann": "husband",
    "frau": "wife", "mann": "husband", "gattin": "wife", "gatte": "husband",
    "schwiegersohn": "son-in-law", "schwiegertochter": "daughter-in-law",
    "schwiegervater": "father-in-law", "schwager": "brother-in-law", "schwägerin": "sister-in-law",
    "zwillingsbruder": "twin", "zwilling": "twin", "neffe": "nephew", "nichte": "niece",
    "onkel": "uncle", "tante": "aunt", "cousin": "cousin", "cousine": "cousin",
    "enkel": "grandson", "enkelin": "granddaughter", "witwe": "widow", "lebensgefährtin": "partner",
    "lebensgefährte": "partner", "witwer": "widower", "ehepartner": "spouse", "ehepartnerin": "spouse",
    "ehegatte": "husband", "ehegattin": "wife", "stiefsohn": "stepson", "stieftochter": "stepdaughter",
    "stiefvater": "stepfather", "stiefmutter": "stepmother", "halbbruder": "half-brother",
    "halbschwester": "half-sister", "großvater": "grandfather", "großmutter": "grandmother",
    "schwiegermutter": "mother-in-law",
}

_V = r"(?:\S+ ){0,8}?"  # a few words inside a verbal bracket

VERBS = [
    verb("owns", r"(?:ist|sind|war|waren|bleibt) (?:\S+ ){0,12}?beteiligt", prepositions=("an", "am", "bei")),
    # verb-final, in a relative clause: "..., an der auch die Kranich AG beteiligt ist"
    verb("owns", r"beteiligt (?:ist|sind|war|waren)", prepositions=("an", "am", "bei")),
    verb("owns", r"(?:anteil\w*|prozent|beteiligung|aktien) (?:\S+ ){0,2}?an (?:\S+ ){1,5}?(?:halten|hält|hielten|hielt)",
         prepositions=("an", "am")),
    verb("sued", r"(?:geldbuße|geldstrafe|strafe|bußgeld|strafzahlung)\w* (?:\S+ ){0,8}?verhängt"
         r"|verhängt\w* (?:\S+ ){0,8}?(?:geldbuße|geldstrafe|strafe|bußgeld)", prepositions=("über", "gegen")),
    verb("invested_in", r"investier\w*|investiert|beteilig\w+ sich|sich (?:\S+ ){0,6}?beteiligt|steig\w* (?:\w+ ){0,4}?ein"
         r"|eingestiegen|stieg\w* (?:\w+ ){0,4}?ein", prepositions=("in", "an", "bei", "beim")),
    verb("invested_in", r"führt\w* " + _V + r"\w*(?:finanzierungs|investitions|investment)?runde" +
         r"(?: \w+){0,4}? an|an(?:ge)?führt\w* (?:\w+ ){0,3}?\w*runde|\w*runde (?:\w+ ){0,4}?an(?:ge)?führt\w*",
         prepositions=("von", "bei", "für"), lead=True),
    verb("invested_in", r"(?:trug|trugen|steuert\w*|steuerte\w*) " + _V + "bei|beigesteuert|beigetragen",
         prepositions=("zu", "zur", "zum")),
    verb("invested_in", r"angeführt|(?:an)?geführt", passive_agent=("von",), lead=True,
         needs_context=("runde",)),
    # "Zentrix erhält 50 Millionen Euro von Sequoia Capital": money received, the giver invests
    verb("invested_in", r"(?:erhält|erhielt|erhalten|bekommt|bekam|bekommen)"
         r" (?!(?:\S+ ){0,6}?(?:schadenersatz|entschädigung|kredit|darlehen|strafe|förder))(?:\S+ ){0,6}?von",
         prepositions=("von",),
         reverse=True, needs_context=("euro", "dollar", "franken", "pfund", "millionen", "milliarden", "mio", "mrd")),
    # "stockt ihren Anteil an X auf", "erhöhte seine Beteiligung an X": as "raised its stake in X"
    verb("invested_in", r"(?:stockt\w*|aufgestockt|erhöht\w*) (?:\S+ ){0,3}?(?:anteil\w*|beteiligung|aktienpaket)"
         r"|(?:anteil\w*|beteiligung|aktienpaket) (?:\S+ ){1,8}?(?:aufgestockt|erhöht)", prepositions=("an", "am")),
    verb("employed_by", r"arbeite\w* (?:\S+ ){0,4}?(?:bei|für)|tätig (?:bei|für)", prepositions=("bei", "für")),
    verb("owns", r"(?:hält|hielt|halten|hielten) (?:\S+ ){0,6}?(?:prozent|anteil\w*|beteiligung|aktien|mehrheit|%)",
         prepositions=("an", "am", "bei")),
    # "gehört zur Siemens AG", "gehört zu Siemens"; not "gehört zu den Kunden von X"
    verb("owns", r"gehör\w* (?:zu [\d,.]+ (?:prozent|%) |(?:\S+ ){0,2}?)(?:der|dem|zur|zum)"
         r"|gehör\w* (?:\S+ ){0,2}?zu(?! (?:den|dem|der|die|einer|einem|einen|seinen|ihren|\d)\b)", reverse=True),
    verb("acquired", r"(?:wurde|wurden|wird|werden|ist|sind) an (?:\S+ ){1,6}?(?:verkauft|veräußert)",
         passive_agent=("an",)),
    verb("board_member_of", r"in (?:den|seinen|ihren) (?:aufsichtsrat|verwaltungsrat|vorstand|beirat) "
         r"(?:\S+ ){0,2}?(?:berufen|gewählt|entsandt|geholt)|(?:beruft|berief|wählte|holte) (?:\S+ ){1,5}?in den "
         r"(?:aufsichtsrat|verwaltungsrat|vorstand|beirat)", reverse=True),
    verb("family_of", r"verheiratet|heiratete\w*|geheiratet", prepositions=("mit",)),
    verb("acquired", r"(?:geht|gehen|ging|gingen) an", prepositions=("an",), reverse=True),
    verb("acquired", r"übernimmt|übernahm\w*|übernommen|übernehmen|kauft\w*|gekauft|erwirbt|erwarb\w*"
         r"|erworben|schluckt\w*|geschluckt|kaufte\w*", passive_agent=("von", "durch")),
    verb("founded", r"gründe\w*|gegründet|rief\w* " + _V + r"ins leben|ins leben gerufen"
         r"|ruft " + _V + "ins leben", passive_agent=("von",)),
    verb("sued", r"verklagt\w*|verklagen|(?:geht|ging|gehen|gingen) (?:\S+ ){0,3}?gegen (?:\S+ ){1,4}?vor"
         r"|vorgehen gegen|klagt\w* gegen|klage gegen|klage eingereicht gegen"
         r"|klage (?:\w+ ){0,3}gegen|rechtliche schritte gegen|zieht " + _V + "vor gericht"
         r"|zog " + _V + r"vor gericht|strafe gegen|bußgeld gegen|ermittl\w* gegen",
         passive_agent=("von",)),
    # "hat gegen X geklagt", Austrian "hat X auf Schadenersatz geklagt"
    verb("sued", r"geklagt|klagte|klagten", prepositions=("gegen",), passive_agent=("von",)),
    # "Siemens und Zentrix konkurrieren um Kunden", "X und Y sind Konkurrenten": einander
    verb("competes_with", r"konkurrieren|konkurrierten"
         r"|(?:sind|waren|bleiben) (?:\S+ ){0,2}?(?:konkurrenten|wettbewerber|rivalen)"),
    verb("competes_with", r"konkurrier\w* (?:\S+ ){0,4}?mit|im wettbewerb mit|tritt gegen",
         prepositions=("mit", "gegen")),
    verb("partner_of", r"kooperier\w* (?:\S+ ){0,4}?mit|arbeite\w* (?:\w+ ){0,3}?mit " + _V + "zusammen"
         r"|partnerschaft mit|joint venture mit|allianz mit|schließ\w* sich mit|schloss\w* sich mit"),
    verb("supports", r"unterstütz\w*|spendet\w*|gespendet|wahlkampf für|wahlkampfhilfe",
         needs_context=("wahl", "wahlkampf", "kandidat", "kandidatur", "partei", "präsident",
                        "kampagne", "spende", "wiederwahl")),
    verb("endorses", r"lob\w*|gelobt|würdig\w*|gewürdigt|(?:äußert\w*|zeigt\w*) sich (?:\w+ ){0,6}?"
         r"(?:positiv|begeistert|lobend|anerkennend)|bewunder\w*|schwärm\w* von|pries"),
    verb("criticizes", r"kritisier\w*|warf\w* (?:\w+ ){0,4}?vor|wirft (?:\w+ ){0,4}?vor|attackier\w*"
         r"|griff\w* (?:\w+ ){0,3}?an|beschuldig\w*|(?:äußert\w*|zeigt\w*) sich (?:\w+ ){0,6}?"
         r"(?:kritisch|negativ|empört)"),
    verb("leads", r"leitet\w*|führt (?!\w+ (?:an|ein)\b)|geführt von|steht an der spitze"
         r"|stand an der spitze", prepositions=()),
    # "X wird von Y geleitet", "X hat die Firma Z geleitet"; "geführt" only in a passive, where it
    # is not "Gespräche geführt"
    verb("leads", r"geleitet|(?:wird|wurde|werden|wurden) (?:\S+ ){0,6}?geführt", passive_agent=("von",)),
]

PLACES = {
    "usa": "United States", "us": "United States", "vereinigte staaten": "United States",
    "amerika": "United States", "deutschland": "Germany", "österreich": "Austria",
    "schweiz": "Switzerland", "frankreich": "France", "russland": "Russia", "ukraine": "Ukraine",
    "china": "China", "japan": "Japan", "italien": "Italy", "spanien": "Spain",
    "großbritannien": "United Kingdom", "england": "United Kingdom", "griechenland": "Greece",
    "polen": "Poland", "ungarn": "Hungary", "tschechien": "Czech Republic", "indien": "India",
    "brasilien": "Brazil", "kanada": "Canada", "türkei": "Turkey", "israel": "Israel",
    "iran": "Iran", "niederlande": "Netherlands", "belgien": "Belgium", "schweden": "Sweden",
    "norwegen": "Norway", "dänemark": "Denmark", "finnland": "Finland", "eu": "European Union",
    "europa": "Europe", "wien": "Vienna", "berlin": "Berlin", "graz": "Graz", "linz": "Linz",
    "salzburg": "Salzburg", "münchen": "Munich", "frankfurt": "Frankfurt", "hamburg": "Hamburg",
    "london": "London", "paris": "Paris", "moskau": "Moscow", "kiew": "Kyiv", "peking": "Beijing",
    "washington": "Washington", "new york": "New York", "brüssel": "Brussels", "zürich": "Zurich",
    "tirol": "Tyrol", "kärnten": "Carinthia", "steiermark": "Styria", "bayern": "Bavaria",
    "kalifornien": "California", "texas": "Texas",
}
PLACE_ADJECTIVES = {
    "us": "United States", "us-amerikanisch": "United States", "amerikanisch": "United States",
    "deutsch": "Germany", "österreichisch": "Austria", "französisch": "France",
    "russisch": "Russia", "ukrainisch": "Ukraine", "chinesisch": "China", "britisch": "United Kingdom",
    "italienisch": "Italy", "spanisch": "Spain", "schweizer": "Switzerland", "japanisch": "Japan",
    "eu": "European Union", "bundes": "Germany",
}

LEXICON = Lexicon(
    lang="de",
    stop_words=frozenset(STOP_WORDS) | words("laut zufolge gemäß"),
    determiners=words("der die das den dem des ein eine einen einem einer eines kein keine keinen "
                      "keinem keiner dieser diese dieses diesen diesem jener jene sein seine seinen "
                      "seinem seiner ihr ihre ihren ihrem ihrer unser unsere dessen deren"),
    prepositions=words("in im ins an am auf aus bei beim mit nach von vom zu zum zur für über "
                       "unter um durch gegen ohne seit bis vor hinter neben zwischen wegen trotz "
                       "laut gemäß samt innerhalb außerhalb"),
    clause_openers=words("der die das welche welcher welches dass weil denn aber doch während "
                         "wobei nachdem obwohl wenn als ob sondern damit sodass da wo was wie"),
    abbreviations=words("dr prof mag ing dipl bzw ca etc evtl ggf inkl mio mrd mia nr st str "
                        "tsd vgl z zb u ua usw u.a z.b d.h v.a s sog jh jhd hr fr abs art bd "
                        "co corp inc ltd mr mrs ms jr sr e.v a.d i.r o.ä dt"),
    honorifics=words("herr herrn frau dr prof dr. prof. mag. ing."),
    ranks=words("könig königin prinz prinzessin kronprinz kronprinzessin kaiser kaiserin herzog herzogin"
                " erzherzog erzherzogin großherzog großherzogin fürst fürstin graf gräfin baron baronin freiherr"
                " freifrau scheich emir sultan zar zarin papst"),
    legal_forms=words("ag gmbh se kg kgaa ohg gbr ug mbh e.v. ev co. co plc inc. inc corp. corp "
                      "ltd. ltd llc lp n.v. nv s.a. sa spa s.p.a. holding holdings bv b.v. "
                      "handelsgmbh beteiligungs-gmbh privatstiftung pte pvt pty ab oy asa a/s sarl sas srl ltda limited"),
    org_heads=words("capital ventures venture partners partner bank banken holding holdings group "
                    "gruppe stiftung fonds fund funds investments invest beteiligungen "
                    "management associates industries technologies systems media medien "
                    "versicherung versicherungen werke airlines motors energy energie telekom "
                    "institut universität hochschule akademie verband verein gewerkschaft "
                    "ministerium behörde gericht kartellgericht bundesamt kammer partei "
                    "agentur kommission rat bundesrat parlament regierung sparkasse "
                    "volksbank volksbanken raiffeisenbank bankhaus privatbank insurance "
                    "pharma labs automotive logistik "
                    # English heads of names that German business news keeps as they are
                    "securities trust resources solutions services financial international enterprises "
                    "communications entertainment brothers studios records pharmaceuticals networks"),
    org_cues=words("unternehmen unternehmens konzern konzerns firma startup start-up "
                   "investor investors investoren fonds fond bank autobauer hersteller "
                   "einzelhändler händler onlinehändler versicherer versorger "
                   "energieversorger modekonzern technologiekonzern tech-konzern "
                   "softwarekonzern chiphersteller mutterkonzern tochterfirma "
                   "tochtergesellschaft supermarktkette handelskette kette "
                   "gesellschaft holding plattform anbieter dienst dienstes airline "
                   "fluglinie fluggesellschaft rivale konkurrent konkurrenten wettbewerber "
                   "zeitung zeitschrift sender partei finanzinvestor vermögensverwalter "
                   "beteiligungsgesellschaft investmentfirma risikokapitalgeber "
                   "geldhaus kreditinstitut gewerkschaft verband partei behörde"),
    person_cues=words("kandidat kandidaten kandidatin herr herrn frau analyst analystin sprecher sprecherin experte expertin "
                      "ökonom ökonomin politiker politikerin milliardär milliardärs unternehmer "
                      "unternehmers investor gründer gründerin tech-milliardär"),
    name_particles=words("von van der den de da di du la le zu vom ten ter bin bint ibn al"),
    months=words("januar jänner februar feber märz maerz april mai juni juli august september "
                 "oktober november dezember jan feb mär apr jun jul aug sep sept okt nov dez"),
    weekdays=words("montag dienstag mittwoch donnerstag freitag samstag sonntag"),
    negations=words("nicht kein keine keinen keinem keiner nie niemals weder"),
    speculation=("erwägt", "erwäge", "erwogen", "könnte", "könnten", "würde", "würden", "dürfte",
                 "plant", "planen", "plante", "will ", "wollen", "wolle", "möchte", "verhandelt",
                 "verhandlungen", "gespräche", "im gespräch", "interesse an", "prüft", "prüfen",
                 "spekuliert", "spekulation", "gerücht", "angeblich", "angebot",
                 "möglicherweise", "vielleicht", "eventuell", "bereit,", "bereit zu", "angebot für",
                 "versuchen", "versucht"),
    reported=("laut ", "zufolge", "berichten zufolge", "wie berichtet", "insidern", "insider",
              "medienberichten", "informierten kreisen", "sollen ", "soll "),
    subject_pronouns={"er": "person"},
    possessive_relatives=words("dessen deren"),
    roles=ROLES,
    stakes=STAKES,
    verbs=VERBS,
    family=FAMILY,
    former=words("ehemalig ehemalige ehemaligen ehemaliger ehemaliges früher frühere früheren "
                 "früherer ex alt-"),
    office_when_place=OFFICE_WHEN_PLACE,
    places={**country_names("de"), **PLACES},
    place_adjectives=PLACE_ADJECTIVES,
    share_nouns=words("anteil anteile anteilen aktie aktien aktienpaket beteiligung geschäftsanteile"),
    noun_suffixes=("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften",
                   "tion", "tionen", "sion", "ität", "itäten", "ismus", "nis", "nisse", "tum",
                   "ment", "ments", "enz", "anz", "ik", "ie", "ien", "ur", "chen", "lein", "ling",
                   "linge", "ei", "eien", "ern", "ungs", "ands", "ande", "tät", "gang", "stoff",
                   "werk", "markt", "preis", "preise", "zahl", "zahlen", "jahr", "jahre",
                   "prozent", "euro", "dollar", "runde", "summe", "mission", "leute", "welt",
                   "geld", "kosten", "ziel", "ziele", "fall", "fälle", "sicht", "schritte",
                   "verfahren", "haus", "häuser", "bereich", "wert", "werte", "seite", "rolle",
                   "frage", "fragen", "plan", "pläne", "lage", "kunde", "kunden", "zeit",
                   "teil", "amt", "ämter", "geschäft", "geschäfte", "gewinn", "umsatz", "land",
                   "länder", "stelle", "stellen", "tag", "tage", "woche", "wochen", "monat",
                   "monate", "ende", "anfang", "mitte", "gespräch", "gespräche", "aktie",
                   "aktien", "anteil", "anteile", "angebot", "verkauf", "kauf", "handel",
                   "sektor", "branche", "industrie", "produkt", "produkte", "system", "systeme",
                   "modell", "modelle", "daten", "netz", "technik", "technologie", "technologien",
                   "ebene", "gruppe", "gruppen", "chef", "chefs", "manager", "minister",
                   "mitarbeiter", "mitarbeitern", "kritik", "klage", "klagen", "vorwürfe",
                   "begeisterung", "einfluss", "engagement", "haltung", "ambitionen", "namen"),
    inflection_suffixes=("s", "'s", "’s", "'", "’"),
    extra={"noun_endings": ("en", "n", "s", "es", "e", "in", "innen"),
           # Organization nouns for another party, not for something owned: "sein Lieferant X".
           "counterparty_cues": frozenset({"behörde", "partei", "gewerkschaft", "verband",
                                           "lieferant", "kunde", "partner", "gläubiger", "käufer",
                                           "bieter", "anbieter", "versorger", "energieversorger"})},
)
