/// The two values a sentence contrasts in two clauses ('In de gemeente Tilburg kregen 11.240 cliënten hulp, in de
/// gemeente Eindhoven 14.050'), by what names each one's group: before the value in its clause, the first word of
/// content the other clause lacks after the words that lead to the other's name ('in de gemeente'), else the first
/// ('tilburg', 'eindhoven'), with the names written with a capital after it ('In de politie-eenheid Rotterdam'), not
/// the words a clause that leaves them out shares with it ('kregen', 'cliënten');
/// and, for a comparison that names neither, what orders them in time: an ordinal or a month in each clause ('in de
/// eerste helft …, in de tweede …', 'op 1 januari …, op 1 juli …'), or a mark of now, of the past or of a plan in
/// the second only ('… in 2019, 1.920 nu', '…, vorige winter nog 168'). Two groups have no order of their own: a
/// comparison between them ('Eindhoven telde daarmee een kwart meer', 'vijf keer zo vaak als …') runs from the group
/// it compares with to the group its subject names, and one that names neither group (nor time orders them), or
/// both, has no order at all (it stays unverifiable).
struct ContrastedGroups: Sendable {
    /// For each value, in the order of the text, the words that name its group.
    let names: [[String]]
    /// For each value, the ordinal of time its clause gives ('eerste' 1, 'juli' 7), if it gives one.
    private(set) var ordinals: [Int?]
    /// For each value, whether its clause marks now ('nu', 'dit jaar') and whether it marks the past ('vorige') or
    /// a plan, which comes before what is realised ('terwijl € 38 miljoen was begroot').
    let now: [Bool]
    let past: [Bool]
    /// For each value, the words of content of its clause: what the sentence says of each group.
    let clauseWords: [[String]]

    /// The groups of the values at `values` (two token indices) of `analysis`.
    init(_ values: [Int], in analysis: SentenceAnalysis) {
        self.init(values, stretches: Self.stretches(values, in: analysis), in: analysis)
    }

    /// The groups of the values at `values` of `analysis`, each named in its stretch of `stretches`.
    init(_ values: [Int], stretches clauses: [Range<Int>], in analysis: SentenceAnalysis) {
        let tokens = analysis.tokens
        func content(_ range: Range<Int>) -> [Int] {
            range.filter { position in
                let token = tokens[position]
                return token.kind == .word && Self.isContent(token.text)
            }
        }
        let whole = clauses.map { content($0).map { tokens[$0].text } }
        clauseWords = whole
        let own = values.indices.map { side in
            content(clauses[side].lowerBound..<Self.groupEnd(side, values, clauses, tokens)).filter { position in
                !whole[1 - side].contains { Self.related(tokens[position].text, $0) }
            }
        }
        names = values.indices.map { side in
            // 'Er kwamen in januari 640 …, in juli 560': the name follows the words that lead to the other's name.
            let leadIn = own[1 - side].first.map { tokens[clauses[1 - side].lowerBound..<$0].map(\.text) } ?? []
            let led = own[side].first { position in
                !leadIn.isEmpty && position - leadIn.count >= clauses[side].lowerBound
                    && tokens[(position - leadIn.count)..<position].map(\.text) == leadIn
            }
            guard let first = led ?? own[side].first else { return [] }
            return [tokens[first].text]
                + own[side].filter { $0 > first && analysis.startsWithCapital($0) }
                .map { tokens[$0].text }
        }
        ordinals = clauses.map { clause in
            let found = analysis.words(clause).compactMap { Self.timeOrdinals[$0] }
            return found.count == 1 ? found[0] : nil
        }
        now = clauses.map { analysis.hasPresentMarker($0) }
        past = clauses.map { clause in
            return analysis.hasEarlierMarker(clause)
                || analysis.words(clause).contains { Lexicon.pastWords.contains($0) || Self.planWords.contains($0) }
        }
    }

    /// What one sentence that gives one value says of that value's group, for a contrast of two such sentences
    /// (`init(across:)`): the words of content of its clause, those before the value with whether each is written
    /// with a capital, and its clause's marks of time.
    struct Side: Sendable {
        let leading: [(text: String, capital: Bool)]
        let clauseWords: [String]
        let ordinal: Int?
        let now: Bool
        let past: Bool

        /// The side of the value at `value` of `analysis`.
        init(of value: Int, in analysis: SentenceAnalysis) {
            let clause = analysis.clause(of: value)
            func isContent(_ position: Int) -> Bool {
                analysis.tokens[position].kind == .word && ContrastedGroups.isContent(analysis.tokens[position].text)
            }
            leading = (clause.lowerBound..<value).filter(isContent).map { position in
                (analysis.tokens[position].text, analysis.startsWithCapital(position))
            }
            clauseWords = clause.filter(isContent).map { analysis.tokens[$0].text }
            let found = analysis.words(clause).compactMap { ContrastedGroups.timeOrdinals[$0] }
            ordinal = found.count == 1 ? found[0] : nil
            now = analysis.hasPresentMarker(clause)
            past = analysis.hasEarlierMarker(clause)
                || analysis.words(clause).contains {
                    Lexicon.pastWords.contains($0) || ContrastedGroups.planWords.contains($0)
                }
        }
    }

    /// The groups of two values given one a sentence ('In Drenthe werden 2.140 … In Friesland waren dat er 1.870'):
    /// each named as in one sentence, by the first word of content before its value that the other's clause lacks,
    /// with the names written with a capital after it.
    init(across sides: [Side]) {
        clauseWords = sides.map(\.clauseWords)
        names = sides.indices.map { side in
            let own = sides[side].leading.filter { word in
                !sides[1 - side].clauseWords.contains { Self.related(word.text, $0) }
            }
            guard let first = own.first else { return [] }
            return [first.text] + own.dropFirst().filter(\.capital).map(\.text)
        }
        ordinals = sides.map(\.ordinal)
        now = sides.map(\.now)
        past = sides.map(\.past)
    }

    /// The groups of two values a list after 'respectievelijk' gives two words joined by 'en' before it, each named
    /// by its word alone (`respectiveContrast()`); a month or an ordinal among them orders them in time.
    init(respective words: [String]) {
        names = words.map { [$0] }
        clauseWords = names
        ordinals = words.map { Self.timeOrdinals[$0] }
        now = words.map { _ in false }
        past = now
    }

    /// Where the words that may name the group of the value on `side` end: at its value; at its clause's verb when the
    /// other clause (past its 'en') opens with the same word and leaves the verb out ('Bij gemeenten met … was de
    /// wachttijd 8,4 weken, bij gemeenten zonder … 6,0 weken'), for what follows the verb is the measure both share.
    private static func groupEnd(_ side: Int, _ values: [Int], _ clauses: [Range<Int>], _ tokens: [Token]) -> Int {
        // A gapped conjunct opens with its 'en' ('… 8,4 weken en bij gemeenten zonder … 6,0 weken').
        let joined = tokens[clauses[1 - side].lowerBound].isWord("en") ? 1 : 0
        let other = (clauses[1 - side].lowerBound + joined)..<values[1 - side]
        func verb(_ range: Range<Int>) -> Int? {
            range.first { tokens[$0].kind == .word && Lexicon.finiteVerbs.contains(tokens[$0].text) }
        }
        let opening = clauses[side].lowerBound
        guard !other.isEmpty, verb(other) == nil, tokens[opening].kind == .word,
            tokens[other.lowerBound].text == tokens[opening].text, let own = verb(opening..<values[side])
        else { return values[side] }
        return own
    }

    /// The stretch of each of two values: its clause; for two values of one clause joined as two conjuncts by 'en'
    /// (`gappedJoint`) or set against each other by the one 'tegen' or 'tegenover' between them ('630 in Deventer,
    /// tegen 3.150 in Zwolle'), the clause up to that word and the rest from it on.
    static func stretches(_ values: [Int], in analysis: SentenceAnalysis) -> [Range<Int>] {
        let clauses = values.map { analysis.clause(of: $0) }
        let against = { () -> Int? in
            let between = values.count == 2 && values[0] < values[1] && clauses[0] == clauses[1]
                ? analysis.tokens[(values[0] + 1)..<values[1]].indices.filter { analysis.tokens[$0].isAgainstWord } : []
            return between.count == 1 ? between[0] : nil
        }
        guard let joint = gappedJoint(values, in: analysis) ?? against() else { return clauses }
        return [clauses[0].lowerBound..<joint, joint..<clauses[1].upperBound]
    }

    /// The 'en' that joins two values of one clause as two conjuncts whose second leaves out the verb of the first
    /// ('Gemeente A ontving 2,4 mln euro en gemeente B 3,0 mln euro'): the only 'en' between them, followed by a
    /// word of content that names the second group and no finite verb before its value. Nil for a range ('tussen
    /// 20 en 25 procent') or values of another clause.
    static func gappedJoint(_ values: [Int], in analysis: SentenceAnalysis) -> Int? {
        let tokens = analysis.tokens
        guard values.count == 2, values[0] < values[1], analysis.clauseOf[values[0]] == analysis.clauseOf[values[1]]
        else { return nil }
        let joints = ((values[0] + 1)..<values[1]).filter { tokens[$0].isWord("en") }
        guard joints.count == 1, let joint = joints.first else { return nil }
        let lead = (joint + 1)..<values[1]
        let names = lead.contains { tokens[$0].kind == .word && isContent(tokens[$0].text) }
        let verb = lead.contains { tokens[$0].kind == .word && Lexicon.finiteVerbs.contains(tokens[$0].text) }
        return names && !verb && lead.allSatisfy({ tokens[$0].kind == .word }) ? joint : nil
    }

    /// The value (0 or 1) that is later in time: by their ordinals when each has one and they differ, else by a
    /// mark of now or of the past that only the second clause has (one in the first frames both: 'In Rotterdam
    /// werden vorig jaar 3.840 …, in Noord-Nederland 1.530').
    var laterByTime: Int? {
        if let first = ordinals[0], let second = ordinals[1] { return first == second ? nil : first < second ? 1 : 0 }
        if now[1] && !now[0] { return 1 }
        if past[1] && !past[0] { return 0 }
        return nil
    }

    /// The start and end of a comparison between the two groups, marked as values of groups (`ofContrastedGroup`)
    /// when time does not order them.
    func pair(_ values: (from: Operand, to: Operand)) -> (from: Operand, to: Operand) {
        guard laterByTime == nil else { return values }
        var (from, to) = values
        (from.ofContrastedGroup, to.ofContrastedGroup) = (true, true)
        return (from, to)
    }

    /// The same groups without their ordinals: for a comparison of amounts ('vier keer zo veel'), which 'op de
    /// eerste …, op de tweede …' order as places in a row, not as a change from the one to the other.
    var unordered: ContrastedGroups {
        var groups = self
        groups.ordinals = ordinals.map { _ in nil }
        return groups
    }

    /// Whether a word says what something is: no word of grammar, no word that refers back ('daarmee').
    static func isContent(_ word: String) -> Bool {
        !Lexicon.grammarWords.contains(word) && !Lexicon.backReferences.contains(word)
    }

    /// Whether two words name the same thing: the same stem ('vrouwen', 'vrouwelijke'; 'Brabant', 'Brabantse'), or
    /// one a part of the other's compound, its head ('tarief', 'uurtarief'; 'Brabant', 'Noord-Brabant') or its
    /// first part ('interventie', 'interventiegroep'; 'bijstand', 'bijstandsuitkering'); an irregular adjective of
    /// place stands for its place ('Spaanse', 'Spanje': `PlaceAdjectives`).
    static func related(_ first: String, _ second: String) -> Bool {
        let (a, b) = (stem(PlaceAdjectives.place(of: first)), stem(PlaceAdjectives.place(of: second)))
        func part(_ short: String, of long: String) -> Bool {
            short.count >= compoundPart && (long.hasSuffix(short) || long.hasPrefix(short))
        }
        return a == b || part(a, of: b) || part(b, of: a)
    }

    /// Whether two words name the same thing by their stem alone, not as parts of a compound ('jongens', 'jongens';
    /// 'Brabant', 'Brabantse'; not 'plaats', 'FPC-plaats').
    static func sameStem(_ first: String, _ second: String) -> Bool {
        stem(PlaceAdjectives.place(of: first)) == stem(PlaceAdjectives.place(of: second))
    }

    /// The one of `values` whose own words (`words`) name every word of `subject` by its stem (`sameStem`): the
    /// value of a subject that leaves out the group it is compared with ('Jongens zijn daarmee …'); nil when `subject`
    /// is empty or names none or several.
    static func soleNamed<Value>(among values: [Value], by subject: [String], words: (Value) -> [String]) -> Value? {
        guard !subject.isEmpty else { return nil }
        let named = values.filter { value in
            let own = words(value)
            return subject.allSatisfy { word in own.contains { sameStem($0, word) } }
        }
        return named.count == 1 ? named[0] : nil
    }

    /// A word without the ending of its plural or of an adjective made from it, when a stem of at least
    /// `shortestStem` letters is left; a plural that changes its vowel, alone or as a compound's head, stands for its
    /// singular ('jeugdleden' for 'jeugdlid': `vowelChangingPlurals`).
    static func stem(_ word: String) -> String {
        if let (plural, singular) = vowelChangingPlurals.first(where: { word.hasSuffix($0.plural) }) {
            return String(word.dropLast(plural.count)) + singular
        }
        for ending in endings where word.hasSuffix(ending) && word.count - ending.count >= shortestStem {
            return String(word.dropLast(ending.count))
        }
        return word
    }

    /// The plurals of Dutch that change the vowel of their singular, with that singular ('leden', 'lid').
    static let vowelChangingPlurals: [(plural: String, singular: String)] = [
        ("leden", "lid"), ("steden", "stad"), ("schepen", "schip"),
    ]

    /// Endings of plurals and adjectives, longest first.
    static let endings = ["elijke", "elijk", "lijke", "lijk", "ische", "isch", "'s", "’s", "en", "se", "e", "s"]

    /// The fewest letters a stem keeps ('mann' of 'mannen' and 'mannelijke').
    static let shortestStem = 3

    /// The fewest letters of a word that may be a part of a compound ('groep', 'tarief').
    static let compoundPart = 4

    /// Words that mark a value as planned ('begroot', 'geraamd').
    static let planWords: Set<String> = ["begroot", "begroting", "geraamd", "raming", "gepland", "planning"]

    /// Ordinals and months that order moments ('in het eerste kwartaal', 'op 1 juli').
    static let timeOrdinals: [String: Int] = [
        "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4,
        "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
        "september": 9, "oktober": 10, "november": 11, "december": 12,
    ]
}

extension ClaimParser {
    /// Which of two contrasted values (0 or 1) the claim at `index` makes the new side of its comparison: the group
    /// the sentence names outside what it compares with, when the comparison names the other ('vijf keer zo vaak als
    /// vrouwen', 'vergeleken met Tilburg') or nothing ('Vrouwen deden daarmee 4 procentpunt minder vaak aangifte',
    /// 'Het eerste kwartaal telde daarmee 80 meer'); when it names no group, the later by time. None when it names
    /// both as its subject, or one as both, or none and time does not order them, or when its subject is neither
    /// group but one with a value of its own in the text or a known place ('Venlo ligt daarmee een derde hoger dan
    /// Roermond' after 'Venlo staat bovenaan met 86' and Roermond and Sittard-Geleen are contrasted) or a member of a
    /// third group ('Dan betaalt een student 15 procent minder dan een koper' after counts of 'huurder' and 'koper'). A
    /// subject that opens the sentence, names neither group and has no value of its own stands for the other group
    /// when the comparison names one ('Ouderen werden daarmee minder vaak slachtoffer dan jongeren' after
    /// '65-plussers' and 'jongeren'), and for nothing when it names none. A word of position ('die laatste',
    /// 'eerstgenoemde') outside the comparison names the group it points at. A compound that negates a group's name
    /// ('niet-gecertificeerde' for 'gecertificeerde' and 'zonder certificaat') names neither with certainty.
    func newSide(of groups: ContrastedGroups, claim index: Int) -> Int? {
        groupMention(of: groups, claim: index).side
    }

    /// The new side `newSide(of:claim:)` chooses, and whether the sentence names something beside the two groups: a
    /// place, a member of a third group, a subject with a value of its own.
    func groupMention(of groups: ContrastedGroups, claim index: Int) -> (side: Int?, namesOther: Bool) {
        let compared = Set(
            tokens.indices.filter { Self.isComparisonMarker(at: $0, analysis) }.flatMap { marker in
                marker..<analysis.clause(of: marker).upperBound
            })
        // 'Die laatste verdient dus 15 procent meer': a word of position names the later or the earlier group.
        for position in tokens.indices where !compared.contains(position) {
            if let side = Lexicon.positionalReferences.first(where: { analysis.matches($0.key, at: position) })?.value {
                return (side, false)
            }
        }
        var subjects = Set<Int>()
        var bases = Set<Int>()
        var strangers = false
        var standIn = false
        var negated = false
        for position in tokens.indices where position != index && tokens[position].kind == .word {
            // 'Noord-Holland' names Noord-Holland, not Zuid-Holland; 'vwo-leerlingen' the vwo and the pupils.
            let word = tokens[position].text
            func names(_ side: Int, _ words: [String]) -> Bool {
                groups.names[side].contains { name in words.contains { ContrastedGroups.related($0, name) } }
            }
            let parts = word.split(separator: "-").map(String.init)
            // 'niet-gecertificeerde' is the group that lacks what 'gecertificeerde' names, unless a group is so named.
            let negates = parts.count > 1 && Self.negatingParts.contains(parts[0])
                && !groups.names.joined().contains { $0.hasPrefix(parts[0] + "-") }
            negated = negated || negates
            var named = negates ? [] : (0..<2).filter { names($0, [word]) }
            if named.isEmpty && !negates && parts.count > 1 {
                named = (0..<2).filter { names($0, parts) }
            }
            for side in named {
                if compared.contains(position) { bases.insert(side) } else { subjects.insert(side) }
            }
            guard named.isEmpty, !compared.contains(position) else { continue }
            if !analysis.regions(in: position..<(position + 1)).isEmpty
                || namesMember(at: position, before: index, of: groups)
            {
                strangers = true
            } else if opensAsSubject(position) {
                if hasValueOfItsOwn(word, claim: index) { strangers = true } else { standIn = true }
            }
        }
        if subjects.isEmpty && (strangers || standIn && bases.count != 1) { return (nil, strangers) }
        if bases.count == 1, let base = bases.first { return (subjects.contains(base) ? nil : 1 - base, strangers) }
        guard bases.isEmpty, subjects.count <= 1, !negated else { return (nil, strangers) }
        return (subjects.first ?? groups.laterByTime, strangers)
    }

    /// First parts of a compound that negate the rest ('niet-westerse', 'non-profit').
    private static let negatingParts: Set<String> = ["niet", "non"]

    /// Whether the word at `position` is a word of content that opens the sentence as the subject of a verb ('Venlo
    /// ligt daarmee …', 'Ouderen werden daarmee …').
    private func opensAsSubject(_ position: Int) -> Bool {
        position == 0 && tokens.count > 1 && tokens[1].kind == .word && ContrastedGroups.isContent(tokens[0].text)
            && Lexicon.hedges[tokens[0].text] == nil
    }

    /// Whether the word at `position`, before the claim at `claim`, names one member of a group after an article ('Dan
    /// betaalt een student 15 procent minder dan een koper', 'Dan betaalt de gepensioneerde …'): a word of content, no
    /// hedge ('een kleine') and no word of change ('Dat is een daling van …'). 'een' brings in a member of any group;
    /// 'de' points back at a group already given, so it names a third group only when no clause of the two values
    /// holds the word or a form of it ('Stel dat een huurder 600 euro betaalt en een koper 900 euro. Dan betaalt de
    /// huurder …' names the renter). A group that neither value counts, named so, is the comparison's subject: the
    /// values are not its.
    private func namesMember(at position: Int, before claim: Int, of groups: ContrastedGroups) -> Bool {
        let word = tokens[position].text
        guard position > 0, position < claim else { return false }
        let article = tokens[position - 1]
        let given = groups.clauseWords.joined().contains { ContrastedGroups.related($0, word) }
        guard article.isWord("een") || article.isWord("de") && !given else { return false }
        return ContrastedGroups.isContent(word) && Lexicon.hedges["een " + word] == nil
            && Self.directionSign(of: word) == nil && !Lexicon.changeNouns.contains(word)
            && Lexicon.gainsAndLosses[word] == nil
    }

    /// Whether `word` names something with a value of its own in the text: it stands in a clause with a number, of
    /// this sentence (other than the claim at `claim`) or of an earlier one of the paragraph ('Venlo staat bovenaan
    /// met 86 meldingen').
    private func hasValueOfItsOwn(_ word: String, claim: Int) -> Bool {
        (valueWords(except: claim).union(discourse.earlierValueWords)).contains { ContrastedGroups.related($0, word) }
    }

    /// The words of content of the clauses that hold a number other than the one at `except`: what carries a value of
    /// its own. None in a sentence that contrasts two groups: its words name or describe those ('Van de mensen met
    /// een uitkering …, van de werkenden …' for a later 'Uitkeringsgerechtigden').
    func valueWords(except: Int? = nil) -> Set<String> {
        guard contrast().isEmpty else { return [] }
        let valued = analysis.clauses.filter { clause in
            analysis.numberIndices.contains { clause.contains($0) && $0 != except }
        }
        return Set(valued.flatMap { analysis.words($0).filter(ContrastedGroups.isContent) })
    }
}
