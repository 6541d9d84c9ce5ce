/// The words of Dutch statistical prose that `annex verify` reads by role: one table per role, so
/// that the grammar names roles and never spells words. Words are lower case; a phrase of several
/// words is written with single spaces and matched word by word.
enum Lexicon {
    // MARK: Direction

    /// Words that say a quantity went up (verbs in every common form, nouns, comparatives).
    static let increase: Set<String> = [
        "steeg", "stegen", "stijgt", "stijgen", "gestegen", "stijging", "stijgingen",
        "toename", "toenam", "toenamen", "toeneemt", "toenemen", "toegenomen", "toe",
        "groei", "groeide", "groeiden", "groeit", "gegroeid", "verhoging", "verhoogd", "verhoogt", "verhoogde",
        "hoger", "meer", "groter", "hogere", "grotere",
        "langer", "langere", "verlenging", "duurder", "duurdere", "warmer", "warmere",
        "overschrijding",
        "opgelopen", "liep op", "liepen op", "loopt op", "vermeerderd", "vermeerdering",
        "uitbreiding", "uitgebreid", "breidde uit", "vergroting", "vergroot", "vergrootte", "aanwas", "opschaling",
        "opgeschaald", "verlengd", "verlengde", "opgehoogd", "ophoging",
        // A separable verb written as one word in a subordinate clause ('terwijl de verkoop opliep').
        "opliep", "opliepen",
    ]

    /// Words that say a quantity went down.
    static let decrease: Set<String> = [
        "daalde", "daalden", "daalt", "dalen", "gedaald", "daling", "dalingen",
        "afname", "afnam", "afnamen", "afneemt", "afnemen", "afgenomen", "af",
        "krimp", "kromp", "krompen", "krimpt", "krimpen", "gekrompen", "verlaging", "verlaagd", "verlaagt", "verlaagde",
        "lager", "minder", "kleiner", "lagere", "kleinere",
        "korter", "kortere", "verkorting", "goedkoper", "goedkopere", "kouder", "koudere",
        "reductie", "besparing", "uitval",
        "teruggelopen", "liep terug", "liepen terug", "loopt terug", "terugloop", "vermindering", "verminderd",
        "verminderde", "vermindert", "zakte", "gezakt",
        "inkrimping", "ingekrompen", "verkleining", "verkleind", "afbouw", "afgebouwd", "terugval", "teruggevallen",
        "viel terug", "teruggang", "ging terug", "teruggegaan", "inperking", "ingeperkt",
        "teruggebracht", "teruggedrongen", "verkort", "verkortte", "ingekort",
        // A separable verb written as one word in a subordinate clause ('terwijl de verkoop met 8 procent terugliep').
        "terugliep", "terugliepen", "terugviel", "terugvielen", "terugging", "teruggingen",
    ]

    /// Separable verbs whose particle closes the clause ('liep met 6 dagen terug', 'liep met 40 op'): the
    /// particle signs the change when one of its verb's forms stands before it in the clause.
    static let separableVerbs: [(forms: Set<String>, particle: String, sign: Int)] = [
        (["liep", "liepen", "loopt", "lopen"], "terug", -1), (["liep", "liepen", "loopt", "lopen"], "op", 1),
        (["viel", "vielen", "valt", "vallen"], "terug", -1), (["ging", "gingen", "gaat", "gaan"], "terug", -1),
        (["ging", "gingen", "gaat", "gaan"], "omhoog", 1), (["ging", "gingen", "gaat", "gaan"], "omlaag", -1),
        (["nam", "namen", "neemt", "nemen"], "toe", 1), (["nam", "namen", "neemt", "nemen"], "af", -1),
    ]

    /// Words that say a quantity stayed the same.
    static let unchanged: Set<String> = ["gelijk gebleven", "bleef gelijk", "bleef stabiel", "stabiel gebleven"]

    /// Comparatives that make a number a difference or a change when they follow it ('50 meer', '25% hoger'), also
    /// inflected before their noun ('17,5 procent langere straffen dan vrouwen').
    static let comparatives: Set<String> = [
        "meer", "minder", "hoger", "lager", "groter", "kleiner", "korter", "langer",
        "hogere", "lagere", "grotere", "kleinere", "kortere", "langere",
        "duurder", "goedkoper", "duurdere", "goedkopere", "warmer", "kouder", "warmere", "koudere",
    ]

    /// Adverbs of adding to a quantity or taking off from it, with their sign: after a percentage they make it a
    /// change in time ('9 procent erbij', 'zestig procent eraf').
    static let addedOrTakenOff: [String: Int] = ["erbij": 1, "eraf": -1]

    /// Nouns of change, after which 'van' introduces the size of the change ('een stijging van 25%').
    static let changeNouns: Set<String> = [
        "stijging", "toename", "groei", "verhoging", "daling", "afname", "krimp", "verlaging", "vermindering",
        "terugloop", "verandering", "verschil", "vermeerdering", "reductie", "besparing", "uitval", "overschrijding",
        "verbetering", "verslechtering", "uitbreiding", "vergroting", "aanwas", "inkrimping", "verkleining",
        "afbouw", "terugval", "teruggang", "inperking", "delta", "mutatie", "verkorting", "verlenging",
    ]

    /// Nouns of change that say better or worse, not up or down ('een verbetering van 7 procent'): whether a rise is
    /// better depends on the measure, so the change they name has a size and no sign.
    static let qualityChanges: Set<String> = ["verbetering", "verslechtering"]

    /// Nouns of gain and loss and their sign, which name a change only with a size after 'van' that is no amount of
    /// money ('een verlies van 10 procent', 'een plus van 41'): 'een verlies van € 2,8 miljoen' is a result.
    static let gainsAndLosses: [String: Int] = ["winst": 1, "plus": 1, "verlies": -1, "min": -1]

    /// Words that sign the number right after them, as '+' and '−' do ('min 30 procent', 'plus 5%').
    static let signWords: Set<String> = ["plus", "min", "minus"]

    /// Words in a clause or sentence that refer back to what was said before ('Dat is een toename',
    /// 'daalde daarmee').
    static let backReferences: Set<String> = [
        "dat", "dit", "daarmee", "hiermee", "daardoor", "hetgeen", "wat", "relatief", "dus",
    ]

    /// Words that make a figure the whole country's ('landelijk ligt het gemiddelde op …', 'in Nederland').
    static let countryWords: Set<String> = ["landelijk", "landelijke", "nationaal", "nationale", "nederland"]
    /// Words that say something is absent or not the case ('geen', 'ontbrak'): a share in a sentence with one of
    /// them counts the others than the part a sentence without them stated.
    static let absenceWords: Set<String> = [
        "geen", "niet", "zonder", "nooit", "ontbrak", "ontbraken", "ontbreekt", "ontbreken",
    ]
    /// Words after 'niet' that make it a hedge, not a negation ('niet meer dan een kwart').
    static let hedgingAfterNot: Set<String> = ["meer", "minder", "veel", "ver"]

    /// Whether the tokens say something is absent or not the case; 'niet' in a hedge ('niet meer dan') does not, nor
    /// a word of absence that denies or bounds the figure after it ('Dat is geen 25 procent, dat is 15 procent', '…,
    /// nog altijd geen helft'; `DeniedFigure.speaksOfFigure`).
    static func saysAbsence(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { index in
            tokens[index].kind == .word && absenceWords.contains(tokens[index].text)
                && !(tokens[index].text == "niet" && index + 1 < tokens.count
                    && hedgingAfterNot.contains(tokens[index + 1].text))
                && !DeniedFigure.speaksOfFigure(tokens, at: index, among: absenceWords)
        }
    }

    /// Words that point at the later (1) or the earlier (0) of two things named before ('Die laatste verdient …').
    static let positionalReferences: [String: Int] = [
        "die laatste": 1, "deze laatste": 1, "laatstgenoemde": 1, "laatstgenoemden": 1, "de laatstgenoemde": 1,
        "eerstgenoemde": 0, "eerstgenoemden": 0, "de eerstgenoemde": 0,
    ]

    /// Words that take a part of the quantity named before ('Bij 810 daarvan …', 'Hiervan …').
    static let partReferences: Set<String> = ["daarvan", "hiervan"]
    /// Words that open a sentence saying what the whole just named consists of ('Het gaat om 71 meldingen in …').
    static let concernOpeners: [String] = ["het gaat om", "het ging om", "het betreft", "het betrof"]

    /// Verbs in the present that state an effect, comparing two groups ('het programma verlaagt de
    /// uitval met 12 procent').
    static let effectVerbs: Set<String> = ["verlaagt", "verhoogt", "vermindert", "vergroot", "verkleint"]

    /// Units of time: a count before one is a duration ('binnen vier weken', 'binnen drie werkdagen'), no part of a
    /// share.
    static let durationUnits: Set<String> = [
        "seconde", "seconden", "minuut", "minuten", "uur", "uren", "dag", "dagen", "werkdag", "werkdagen",
        "kalenderdag", "kalenderdagen", "etmaal", "etmalen", "week", "weken", "werkweek", "werkweken", "maand",
        "maanden", "jaar", "jaren", "kwartaal", "kwartalen",
    ]

    /// Phrases that say what a whole before them is made of ('€ 42,5 miljoen, bestaande uit € 27 miljoen … en …').
    static let compositionCues: [String] = [
        "bestaande uit", "bestaat uit", "bestaan uit", "bestond uit", "bestonden uit", "opgebouwd uit",
        "samengesteld uit",
    ]

    /// Forms of the verb of composition that may stand apart from its 'uit' ('bestaat voor € 3 miljoen uit …').
    static let compositionVerbs: Set<String> = ["bestaat", "bestaan", "bestond", "bestonden"]

    /// Words that name the rest of a whole ('de overige 10 procent', 'de resterende 8%').
    static let restWords: Set<String> = ["overige", "overig", "resterende", "rest"]

    /// Labels of the rest category that closes a classification ('Overig: 120', 'Onbekend: 35', 'Anders: 12').
    static let restCategories: Set<String> = restWords.union(["onbekend", "anders"])

    /// Finite verbs that say where counted things came from, went or stayed ('de overige 250 kwamen van …'): after a
    /// count they name no noun of their own.
    static let placingVerbs: Set<String> = [
        "kwam", "kwamen", "komt", "komen", "ging", "gingen", "gaat", "gaan", "bleef", "bleven", "blijft", "blijven",
        "viel", "vielen", "valt", "vallen", "belandde", "belandden", "stroomde", "stroomden",
    ]

    /// Words that make an amount recur ('€ 2 miljoen per jaar', 'jaarlijks', 'elk jaar'): it is no single
    /// part of a sum.
    static let recurrenceWords: Set<String> = ["per", "jaarlijks", "elk", "ieder", "telkens", "steeds"]

    /// Words that put a compared value in the past ('meer dan vorig jaar', 'dan een jaar eerder').
    static let pastWords: Set<String> = ["vorig", "vorige", "eerder", "daarvoor", "ervoor", "geleden"]

    /// Words that put a sentence in the future ('naar verwachting', 'zal'): its years may lie after now.
    static let futureWords: Set<String> = ["verwacht", "verwachting", "zal", "zullen", "prognose", "raming"]

    /// Nouns of time: after 'dit' or 'dat' they name a period ('dit jaar'), no quantity said before.
    static let timeNouns: Set<String> = [
        "jaar", "kwartaal", "halfjaar", "maand", "week", "voorjaar", "najaar", "moment", "tijdstip", "decennium",
    ]

    /// Plurals of the nouns of time, for 'twee maanden eerder', 'drie weken geleden'.
    static let periodPlurals: Set<String> = ["jaren", "kwartalen", "maanden", "weken", "halfjaren"]

    /// Phrases that put a number in the present, against one in the past ('vorig jaar 412, dit jaar 467').
    static let presentMarkers: [String] = [
        "dit jaar", "nu", "inmiddels", "thans", "momenteel", "tegenwoordig", "jaar later", "jaren later",
    ]

    /// Past forms of 'zijn' that label an earlier value in a parenthesis ('daalt naar 2.300 (was 2.530)').
    static let pastOfBeing: Set<String> = ["was", "waren"]

    /// Phrases that put a number in the past of the sentence's own ('toen', 'een jaar eerder', 'gisteren').
    /// Adverbs that put what follows them before now, with no period of their own ('(voorheen 22 en 20 uur)').
    static let formerly: Set<String> = ["voorheen", "vroeger", "destijds", "eerder"]

    static let earlierMarkers: [String] = [
        "toen", "een jaar eerder", "een jaar geleden", "een jaar daarvoor", "het jaar ervoor", "het jaar daarvoor",
        "vorig jaar", "het voorgaande jaar", "twee jaar eerder", "drie jaar eerder", "vijf jaar eerder",
        "twee jaar geleden",
        "begin dat jaar", "aan het begin van dat jaar", "gisteren", "eergisteren",
    ]

    // MARK: Precision and hedges

    enum Hedge: Sendable, Hashable {
        /// 'ruim': at least the number, less than one step more.
        case above
        /// 'bijna': at most the number, less than one step less.
        case below
        /// 'circa', 'ongeveer', 'zo'n': within one step either side.
        case about
        /// 'meer dan': more than the number.
        case over
        /// 'minder dan': less than the number.
        case under

        /// The hedge of a factor below 1 as a fall: 'bijna gehalveerd' is a factor of at least ½ (a
        /// fall of almost half), 'ruim gehalveerd' one of at most ½.
        var mirrored: Hedge {
            switch self {
            case .above: .below
            case .below: .above
            case .about: .about
            case .over: .under
            case .under: .over
            }
        }
    }

    /// Words before a number that widen what it claims.
    static let hedges: [String: Hedge] = [
        "ruim": .above, "ruimschoots": .above, "krap": .below, "bijna": .below, "nagenoeg": .about,
        "circa": .about, "ca": .about, "ongeveer": .about, "zo'n": .about, "rond": .about, "rondom": .about,
        "omstreeks": .about, "grofweg": .about, "naar schatting": .about, "pakweg": .about,
        "meer dan": .over, "ruim meer dan": .over, "boven de": .over, "minder dan": .under, "nog geen": .under,
        "onder de": .under, "een kleine": .below, "net geen": .below, "een goede": .above, "net over": .above,
        "net over de": .above, "net boven de": .above,
        // Prepositions before a quantity; before a moment ('rond 2027', 'rond de 1e van de maand') there is no number
        // to widen: years, dates and times are no quantities.
        "rond de": .about, "rondom de": .about, "om en nabij": .about, "in de buurt van": .about,
    ]

    /// Hedges of a bound with an article, which also label a band ('onder de 30', 'boven de 65').
    static let bandBounds: Set<String> = ["onder de", "boven de"]

    /// Letters glued to a currency sign or an amount that multiply it ('k€ 450', '€ 450k', 'M€ 2,4').
    static let scaleLetters: [String: Int] = ["k": 1_000, "m": 1_000_000]

    /// Words after a number that multiply it ('2,4 miljoen', '12 duizend', '1,2 mln').
    static let multipliers: [String: Int] = [
        "duizend": 1_000, "miljoen": 1_000_000, "mln": 1_000_000, "miljard": 1_000_000_000, "mld": 1_000_000_000,
        "mrd": 1_000_000_000,
    ]

    /// Words after a number that make it a percentage or a number of percentage points.
    static let percentWords: Set<String> = ["procent", "pct"]
    static let pointWords: Set<String> = ["procentpunt", "procentpunten", "procentpt", "pp", "ppt"]

    // MARK: Words for numbers

    /// Numbers written as words, as they occur in fractions and factors ('twee op de drie', 'drie keer').
    static let cardinals: [String: Int] = [
        "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
        "tien": 10, "elf": 11, "twaalf": 12, "twintig": 20, "honderd": 100,
    ]

    /// Counts written as words ('dertien meer', 'van vijf naar drie'); 'een' is left out (it is mostly the article).
    static let numberWords: [String: Int] = [
        "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11,
        "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
        "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
        "tachtig": 80, "negentig": 90, "honderd": 100,
    ]

    /// Fractions that multiply a multiplier word ('een kwart miljoen', 'anderhalf miljoen') or a factor
    /// ('anderhalf keer zoveel').
    static let amountFractions: [String: (numerator: Int, denominator: Int)] = [
        "half": (1, 2), "kwart": (1, 4), "driekwart": (3, 4), "anderhalf": (3, 2), "tweeënhalf": (5, 2),
    ]

    /// The scales of rates ('45 per 1.000 inwoners').
    static let scales: [Exact] = [100, 1_000, 10_000, 100_000, 1_000_000].map { Exact($0) }
    /// The scales of rates written as words ('2,2 per duizend').
    static let scaleWords: [String: Int] = [
        "honderd": 100, "duizend": 1_000, "tienduizend": 10_000, "honderdduizend": 100_000, "miljoen": 1_000_000,
    ]

    /// Fractions written as words: 'de helft', 'een derde', 'driekwart', 'twee derde'.
    static let fractions: [String: (numerator: Int, denominator: Int)] = [
        "helft": (1, 2), "derde": (1, 3), "kwart": (1, 4), "vijfde": (1, 5), "zesde": (1, 6), "zevende": (1, 7),
        "achtste": (1, 8), "negende": (1, 9), "tiende": (1, 10), "driekwart": (3, 4), "tweederde": (2, 3),
    ]

    /// Verbs and nouns that state a factor: 'verdubbeld' is ×2, 'gehalveerd' ×½.
    static let factorStems: [(stem: String, numerator: Int, denominator: Int)] = [
        ("verdubbel", 2, 1), ("verdrievoudig", 3, 1), ("verviervoudig", 4, 1), ("vervijfvoudig", 5, 1),
        ("vertienvoudig", 10, 1), ("halveer", 1, 2), ("halver", 1, 2), ("gehalveerd", 1, 2),
    ]

    /// '2,5 keer zo groot', '3 maal zoveel'.
    static let timesWords: Set<String> = ["keer", "maal"]

    /// Nouns of a multiple after 'het': 'het dubbele', 'het drievoudige'.
    static let multipleNouns: [String: Int] = [
        "dubbele": 2, "drievoudige": 3, "viervoudige": 4, "vijfvoudige": 5, "tienvoudige": 10,
    ]

    // MARK: Structure

    /// Phrases after which a year or number is the base of a comparison.
    static let baseMarkers: [String] = [
        "ten opzichte van", "t.o.v.", "tov", "vergeleken met", "in vergelijking met", "vergeleken bij", "dan in",
        "dan", "sinds", "tegen", "tegenover", "afgezet tegen",
    ]

    /// The two coordinators that join the last item to a list, or one group to another ('14 dagen, 6 weken of 3
    /// maanden', 'jongens en meisjes'); `ClaimParser.coordinators` adds those of a sum ('plus', 'alsmede').
    static let listJoiners: Set<String> = ["en", "of"]

    /// Words that join a range of years ('2019 - 2023', '2019 tot en met 2022', 'tussen 2020 en 2022').
    static let spanJoiners: [String] = ["-", "–", "—", "tot en met", "t/m", "tot", "en"]

    /// Arrows a memo writes from an earlier value to a later one ('412 → 318').
    static let arrows: Set<String> = ["→", "⟶", "⇒"]

    /// Words that join the numbers before them ('A (1.200) en B (900) samen', 'bij elkaar opgeteld'): the sum cues
    /// that name no total of their own.
    static let joiningCues: [String] = ["samen", "tezamen", "opgeteld", "bij elkaar"]

    /// Words that open a selection of a whole's parts, not all of them: ': onder meer 14 miljoen voor …'.
    static let selectionMarkers: [String] = [
        "onder meer", "onder andere", "onder anderen", "waaronder", "zoals", "bijvoorbeeld",
    ]

    /// Words that introduce a sum: 'samen', 'in totaal', 'opgeteld'.
    static let sumCues: [String] = joiningCues + [
        "bijeen", "in totaal", "totaal", "bedraagt", "bedroeg", "bedragen",
        "bedroegen", "komt uit op", "kwam uit op", "komen uit op", "kwamen uit op", "uit op", "tellen op tot",
        "telt op tot", "telden op tot", "telde op tot",
    ]

    /// Words that mark the total a part is taken of: 'van de 200', 'van onze 1.640', 'waarvan', 'daarvan'.
    static let partOfMarkers: [String] = [
        "van de", "van het", "van alle", "van in totaal", "van de in totaal", "op de",
    ] + ["onze", "deze", "hun", "zijn", "haar"].map { "van " + $0 }

    /// Articles and possessives between 'van' and a whole ('van de 200', 'Van onze 1.640 medewerkers').
    static let wholeDeterminers: Set<String> = ["de", "het", "alle", "onze", "deze", "hun", "zijn", "haar"]

    /// Words after which a number is worked out from the ones before ('ofwel', 'dat is', 'neer op'): an amount per
    /// unit from a total ('€ 900.000 voor 120 cliënten, ofwel € 7.500 per cliënt'), a count from a share ('45%, dat
    /// zijn 36 leden'). 'dus' draws the number from the clause before as 'ofwel' does ('kost € 140, dus € 14 per
    /// les'); 'uit op', as 'neer op', is the level a subject arrives at ('kwam de omzet per fte uit op € 145.000').
    static let derivingPhrases = [
        "ofwel", "oftewel", "dus", "dat is", "dit is", "dat zijn", "neer op", "uit op",
    ]

    /// Words that introduce a number restating the one before: '(ofwel 25%)', 'dat is 25%'.
    static let restatements: [String] = [
        "ofwel", "oftewel", "dat is", "dit is", "dat was", "dit was", "goed voor", "namelijk",
    ]

    /// Phrases that open a clause naming the count of what the clause before is about ('het gaat om 1.070').
    static let countRestatements: [String] = [
        "het gaat om", "het ging om", "gaat het om", "ging het om", "het betreft", "het betrof",
    ]

    /// Words that say numbers restate others rounded ('(afgerond van 2.400 naar 2.600)').
    static let roundingWords: Set<String> = ["afgerond"]

    /// Words that say a number is given exactly, restating a rounded one ('352 om precies te zijn').
    static let precisionWords: Set<String> = ["precies", "exact", "exacter", "preciezer", "nauwkeurig"]

    /// Phrases that say a count restates a share in absolute numbers ('in absolute aantallen ging het om').
    static let absoluteMarkers: [String] = [
        "in absolute aantallen", "in absolute getallen", "in absolute zin", "in aantallen", "absoluut gezien",
    ]

    /// Words that say a quantity is a share ('het aandeel ambulant').
    static let shareWords: Set<String> = ["aandeel", "percentage", "proportie"]

    /// The noun of a share itself ('het aandeel ambulant', 'hun aandeel in de omzet'), also the end of its compounds
    /// ('treinaandeel').
    static let shareNoun = "aandeel"

    /// Words for an average.
    static let averageWords: Set<String> = ["gemiddeld", "gemiddelde", "gemiddelden", "doorsnee"]
    /// Words of a middle value that is no plain mean of a total over units: a median, a weighed mean.
    static let unplainMeanWords: Set<String> = ["mediaan", "mediane", "gewogen"]
    /// Nouns whose plural lengthens and changes their vowel ('lid' 'leden', 'schip' 'schepen'), a closed class.
    static let vowelChangePlurals: [String: String] = [
        "lid": "leden", "schip": "schepen", "smid": "smeden", "stad": "steden", "gelid": "gelederen",
    ]

    /// Words that say a number is a position in a ranking.
    static let rankingWords: Set<String> = [
        "hoogste", "meeste", "grootste", "laagste", "minste", "kleinste", "hoogst", "meest", "grootst", "gevolgd",
    ]

    /// Words that begin a new clause after a comma or on their own.
    static let clauseConjunctions: Set<String> = [
        "maar", "terwijl", "waarbij", "waarna", "waardoor", "omdat", "doordat", "hoewel", "alhoewel", "zodat",
        "want", "waarmee",
    ]

    /// Words after 'en' that open a clause with a subject or adjunct of its own ('en in 2021 nam deze …').
    static let clauseOpeners: Set<String> = [
        "in", "op", "bij", "voor", "sinds", "vanaf", "tussen", "deze", "dit", "die", "dat", "het", "ze", "zij",
        "daarna", "vervolgens", "ook", "daarentegen",
    ]

    /// Words of a moment in a year, before it ('eind 2023', 'ultimo 2024', 'per 1 januari 2025').
    static let momentWords: Set<String> = ["eind", "einde", "begin", "medio", "ultimo", "per"]

    // MARK: References

    /// Phrases that refer to the quantity of the previous clause or sentence ('dit aantal').
    static let quantityReferences: [String] = [
        "dit totale aantal", "dit totaal", "dit aantal", "dat aantal", "deze aantallen", "dit cijfer", "dat cijfer",
        "dit getal",
    ]

    /// Pronouns that stand for the previous clause's subject when a verb part or adverb follows
    /// ('nam deze weer af').
    static let pronouns: Set<String> = ["deze", "die", "dit"]
    static let pronounFollowers: Set<String> = [
        "weer", "ook", "echter", "daarentegen", "nog", "licht", "iets", "sterk", "fors", "met", "in", "verder",
    ]

    /// Phrases that refer to the year of the previous sentence.
    static let sameYear: [String] = ["datzelfde jaar", "hetzelfde jaar", "dat jaar", "dit jaar", "in dit jaar"]
    /// Phrases that name the year before the claim's own year.
    static let yearBefore: [String] = [
        "een jaar eerder", "een jaar daarvoor", "het jaar ervoor", "het jaar daarvoor", "het voorgaande jaar",
        "vorig jaar", "het vorige jaar", "jaar eerder",
    ]
    /// Words that say a number is about the whole country.
    static let nationalWords: Set<String> = [
        "landelijk", "landelijke", "nationaal", "nationale", "totaal", "totale", "nederland",
    ]

    /// Words that refer to the region of the previous sentence ('hier', 'deze gemeente').
    static let regionReferences: [String] = ["deze gemeente", "die gemeente", "dit arrondissement", "hier", "daar"]

    // MARK: Not quantities

    /// Words before a number that make it a label ('figuur 2', 'artikel 12').
    static let labelWords: Set<String> = [
        "figuur", "figuren", "tabel", "tabellen", "hoofdstuk", "paragraaf", "artikel", "nummer", "nr", "p",
        "pagina", "blz", "bijlage", "fase", "stap", "versie", "noot", "voetnoot", "lid", "week", "kwartaal",
        "grafiek", "kaart", "bron", "niveau", "groep", "klasse", "categorie", "ronde", "regel", "r", "klas",
        "leerjaar", "cohort", "kamer", "lijn", "lijnen", "vraag", "vragen", "agendapunt", "onderdeel",
    ]
    /// Dutch school types whose years are numbered ('vwo 3', 'havo 4', 'mbo 2'): a whole number up to
    /// `highestSchoolYear` right after one names a year or level, no quantity.
    static let schoolTypes: Set<String> = ["vmbo", "havo", "vwo", "mbo", "vso"]
    /// The highest year or level a school type numbers (vwo 6).
    static let highestSchoolYear = 6
    /// Words before a number that say to what precision figures are written ('afgerond op € 0,1 miljard').
    static let precisionMarkers: Set<String> = ["afgerond op", "afgerond tot", "afgerond naar", "rounded to"]
    /// Words before a label word that name its period or item themselves ('het derde kwartaal', 'vorig kwartaal',
    /// 'per week'), so that a number after them is no label.
    static let periodNamers: Set<String> = [
        "eerste", "tweede", "derde", "vierde", "vorig", "vorige", "dit", "deze", "dat", "hetzelfde", "dezelfde",
        "afgelopen", "laatste", "volgend", "volgende", "huidige", "per", "elk", "elke", "iedere",
    ]
    /// Words that make brackets a reference to a source: parliamentary papers, the bulletin of acts, a page.
    static let citationWords: Set<String> = [
        "kamerstukken", "kamerstuk", "handelingen", "aanhangsel", "stb", "staatsblad", "stcrt", "staatscourant",
        "nr", "blz", "pagina", "p", "pp",
    ]
    static let months: Set<String> = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
    ]
    /// Words after a number that make it an age or duration rather than a count of what is measured.
    static let ageWords: Set<String> = ["jaar", "jarige", "jarigen", "jarig"]
    static let ageMarkers: [String] = ["jonger dan", "ouder dan", "leeftijd van"]

    /// Quantities that can fall below zero (a balance): a decrease of more than 100% is possible for them.
    static let signedQuantities: Set<String> = [
        "saldo", "migratiesaldo", "winst", "verlies", "resultaat", "tekort", "overschot", "rendement", "marge",
    ]

    /// Words naming the whole country as a population compared with ('het landelijke cijfer').
    static let comparisonPopulations: Set<String> = ["landelijk", "landelijke", "nationaal", "nationale"]

    /// The articles, which open a noun phrase ('de', 'het', 'een').
    static let articles: Set<String> = ["de", "het", "een"]

    /// Prepositions: 'een' after one opens no subject ('in een gemeente').
    static let prepositions: Set<String> = [
        "in", "op", "van", "voor", "naar", "tot", "met", "bij", "uit", "door", "om", "over", "per", "tegen", "sinds",
        "binnen", "buiten", "onder", "boven", "na", "zonder", "tijdens", "via", "aan", "achter", "naast",
        "tegenover",
    ]

    /// Words that open a sentence adding to what the sentence before told ('Daarnaast werden 1.630 …').
    static let addingOpeners: Set<String> = ["daarnaast", "bovendien", "tevens", "verder", "voorts"]

    /// Particles of verbs of arriving at a level, before 'op' ('kwam uit op 612', 'komt neer op 3,1').
    static let levelParticles: Set<String> = ["uit", "neer"]

    /// Prepositions before a number that make it the amount of a change or a level it started from or reached ('met
    /// 12 procent', 'van 8 procent', 'naar 30 procent', 'uit op 612').
    static let amountPrepositions: Set<String> = ["met", "van", "naar", "tot", "op"]

    /// Words of grammar: after a count they end what it counts ('1.500 in Amsterdam').
    static let grammarWords: Set<String> = [
        "de", "het", "een", "in", "op", "van", "voor", "naar", "tot", "met", "bij", "uit", "door", "om", "over", "per",
        "en",
        "of", "dan", "als", "die", "dat", "is", "was", "waren", "zijn", "werd", "werden", "wordt", "worden", "heeft",
        "hebben", "had", "hadden", "ten", "tegen", "sinds", "meer", "minder", "ruim", "bijna", "waarvan", "terwijl",
        "maar", "ook", "nog", "wel", "niet", "er", "te", "zo", "iets", "jaar", "ofwel", "oftewel", "namelijk", "samen",
        "respectievelijk", "gevolgd", "t", "tov",
    ]

    /// Forms of the auxiliary verbs among the grammar words ('had', 'werd'): a clause they open has no
    /// subject of its own.
    static let finiteVerbs: Set<String> = [
        "is", "was", "waren", "zijn", "werd", "werden", "wordt", "worden", "heeft", "hebben", "had", "hadden",
    ]

    /// The hedges' phrases, longest first, so that 'meer dan' is found before 'meer'.
    static let hedgePhrases = hedges.keys.sorted { ($0.count, $0) > ($1.count, $1) }

    /// Abbreviations after which a full stop does not end the sentence.
    static let abbreviations: Set<String> = [
        "o.a.", "m.n.", "bijv.", "bv.", "t.o.v.", "dhr.", "mevr.", "drs.", "dr.", "prof.", "nr.", "vs.", "ca.", "e.a.",
        "i.p.v.", "resp.", "incl.", "excl.", "m.b.t.", "n.a.v.", "z.g.", "mr.", "ir.", "ing.", "jl.", "jr.", "sr.",
        "o.",
        "a.", "d.w.z.", "m.a.w.", "e.d.", "etc.", "art.", "blz.", "p.", "gem.", "gemidd.", "inw.",
    ]

    /// Every phrase of the tables above as the tokens it is made of, split once.
    static let phraseParts: [String: [String]] = {
        let phrases =
            baseMarkers + spanJoiners + sumCues + partOfMarkers + restatements + quantityReferences + sameYear
            + yearBefore + regionReferences + ageMarkers + Array(hedges.keys) + earlierMarkers + presentMarkers
            + countRestatements + absoluteMarkers + compositionCues
        return Dictionary(phrases.map { ($0, SentenceAnalysis.split($0)) }, uniquingKeysWith: { first, _ in first })
    }()
}
