/// A sentence read as tokens, clauses and region mentions: what the claim grammar works on.
///
/// Clauses end at ';', ':' and ',' outside parentheses, before a subordinating conjunction
/// ('terwijl', 'waarbij') and before 'en' that opens a clause of its own ('… en in 2021 nam deze
/// af'). Words in parentheses belong to the clause around them.
struct SentenceAnalysis: Sendable {
    let sentence: Sentence
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// The clause of each token.
    let clauseOf: [Int]
    /// The stretch of each token (`stretches(of:)`), numbered from 0.
    let stretches: [Int]
    /// Token ranges of the clauses, in order.
    let clauses: [Range<Int>]
    let regions: [RegionMention]
    /// The token indices of the numbers, in order.
    let numberIndices: [Int]
    /// The scale that closes the sentence when it is a table's title that states one ('Instroom (x 1.000)'): its
    /// number is no quantity (`TitleScale.labelling`).
    let closingScale: TitleScale?
    /// Years after a comparison marker ('ten opzichte van 2019'), with their tokens.
    private(set) var baseYearTokens: [(year: Int, token: Int)] = []
    /// The tokens that put what follows in the past (`isEarlierMarker`), in order: found once, asked of many ranges.
    private var earlierMarkerTokens: [Int] = []

    init(_ sentence: Sentence, names: RegionNames) {
        self.sentence = sentence
        scalars = Array(sentence.text.unicodeScalars)
        let spoken = SpeakerLabel.spoken(Tokenizer.tokens(scalars), scalars, names: names)
        let read = sentence.titleScale.map { TitleScale.applied($0, to: spoken) } ?? ListHeaderScale.applied(to: spoken)
        closingScale = TitleScale(read)
        let scaled = closingScale.map { $0.labelling(read) } ?? read
        let tokens = LineShape.labellingBounds(scaled, bracketsOnly: !sentence.isValueLines)
        self.tokens = tokens
        (clauseOf, clauses) = Self.clauses(tokens)
        stretches = Self.stretches(of: tokens)
        regions = names.mentions(in: scalars, tokens: tokens)
        numberIndices = tokens.indices.filter { tokens[$0].kind == .number }
        baseYearTokens = findBaseYears()
        earlierMarkerTokens = tokens.indices.filter(isEarlierMarker)
    }

    private static func clauses(_ tokens: [Token]) -> ([Int], [Range<Int>]) {
        var clauseOf = [Int](repeating: 0, count: tokens.count)
        var ranges: [Range<Int>] = []
        var start = 0
        func close(at end: Int) {
            if end > start { ranges.append(start..<end) }
            start = end
        }
        for (index, token) in tokens.enumerated() where token.depth == 0 {
            if token.kind == .mark, [";", ":", ","].contains(token.text) {
                close(at: index + 1)
            } else if token.kind == .word, index > start, Lexicon.clauseConjunctions.contains(token.text) {
                close(at: index)
            } else if index > start, opensClause(andAt: index, tokens) {
                close(at: index)
            }
        }
        close(at: tokens.count)
        for (clause, range) in ranges.enumerated() {
            for index in range { clauseOf[index] = clause }
        }
        return (clauseOf, ranges)
    }

    /// The stretch of each token: the sentence split at ';' and before a conjunction that opens a clause
    /// of its own ('maar', 'terwijl', '… en in 2021 …'), not at ',' or ':' (lists and restatements).
    private static func stretches(of tokens: [Token]) -> [Int] {
        var result = [Int](repeating: 0, count: tokens.count)
        var stretch = 0
        for (index, token) in tokens.enumerated() {
            let opensClause =
                token.depth == 0 && index > 0
                && (tokens[index - 1].isMark(";") && tokens[index - 1].depth == 0
                    || token.kind == .word && Lexicon.clauseConjunctions.contains(token.text)
                    || SentenceAnalysis.opensClause(andAt: index, tokens))
            if opensClause { stretch += 1 }
            result[index] = stretch
        }
        return result
    }

    /// Whether the token at `index` is an 'en' that opens a clause of its own: a word after it opens one ('… en in
    /// 2021 nam deze af'), or a word of a moment before a year ('… en eind 2024 € 15,3 miljoen', '… en ultimo 2024
    /// …', '… en per 1 januari 2025 …').
    static func opensClause(andAt index: Int, _ tokens: [Token]) -> Bool {
        guard tokens[index].isWord("en"), index + 1 < tokens.count, tokens[index + 1].kind == .word else {
            return false
        }
        let next = tokens[index + 1].text
        if Lexicon.clauseOpeners.contains(next) { return true }
        let date = tokens[(index + 2)..<min(tokens.count, index + 2 + dateReach)]
        return Lexicon.momentWords.contains(next) && date.contains { $0.year != nil }
    }

    /// How many tokens after a word of a moment its year may stand ('per 1 januari 2025').
    private static let dateReach = 3

    // MARK: Reading

    /// The clause range of a token.
    func clause(of index: Int) -> Range<Int> { clauses[clauseOf[index]] }

    /// The tokens of the stretch numbered `stretch` (`stretches`).
    func stretchRange(_ stretch: Int) -> Range<Int> {
        stretches.firstIndex(of: stretch)!..<(stretches.lastIndex(of: stretch)! + 1)
    }

    /// Whether a stretch of tokens is nothing but a number with at most its noun: '93 procent', 'een
    /// bezettingsgraad van 93,8%', '482 personen', 'bijna twee derde'. Its one word of content must follow a
    /// count or an article, so that it is a noun and not a verb ('80 procent slaagde'). Words of precision
    /// are no content ('352 om precies te zijn').
    func isBare(_ range: Range<Int>) -> Bool {
        let content = range.filter { index in
            tokens[index].kind == .word && !Lexicon.grammarWords.contains(tokens[index].text)
                && !Lexicon.precisionWords.contains(tokens[index].text)
                && Lexicon.hedges[tokens[index].text] == nil && Lexicon.fractions[tokens[index].text] == nil
        }
        guard content.count <= 1, let word = content.first else { return content.isEmpty }
        return word > 0
            && (tokens[word - 1].number?.unit == .count || ["een", "de", "het"].contains(tokens[word - 1].text))
    }

    /// The source line of a token.
    func line(of index: Int) -> Int { sentence.line(at: tokens[index].start) }

    /// Whether the words starting at token `index` are `phrase` ('ten opzichte van'); marks inside
    /// the phrase ('t.o.v.') are matched as written.
    func matches(_ phrase: String, at index: Int) -> Bool { phraseEnd(phrase, at: index) != nil }

    /// The index after `phrase` when it starts at token `index`.
    func phraseEnd(_ phrase: String, at index: Int) -> Int? {
        // Most tokens fail on their first letter: no need to split the phrase.
        guard index < tokens.count, index >= 0, tokens[index].text.utf8.first == phrase.utf8.first else { return nil }
        var position = index
        for part in Self.parts(of: phrase) {
            guard position < tokens.count, tokens[position].text == part else { return nil }
            position += 1
        }
        return position
    }

    /// The index where `phrase` starts when it ends just before token `index`.
    func phraseStart(_ phrase: String, endingBefore index: Int) -> Int? {
        let count = Self.parts(of: phrase).count
        guard index - count >= 0, phraseEnd(phrase, at: index - count) == index else { return nil }
        return index - count
    }

    /// A phrase as the tokens it is made of: 't.o.v.' is 't', '.', 'o', '.', 'v', '.'.
    static func parts(of phrase: String) -> [String] { Lexicon.phraseParts[phrase] ?? split(phrase) }

    static func split(_ phrase: String) -> [String] {
        var parts: [String] = []
        for word in phrase.split(separator: " ") {
            var current = ""
            for character in word {
                if character == "." || character == "/" {
                    if !current.isEmpty { parts.append(current) }
                    parts.append(String(character))
                    current = ""
                } else {
                    current.append(character)
                }
            }
            if !current.isEmpty { parts.append(current) }
        }
        return parts
    }

    /// The first of `phrases` that starts at `index`, with its end.
    func firstPhrase(_ phrases: [String], at index: Int) -> (phrase: String, end: Int)? {
        guard index >= 0, index < tokens.count else { return nil }
        // The token's first byte, taken once: most phrases fail on it (see `phraseEnd`).
        let opening = tokens[index].text.utf8.first
        for phrase in phrases where phrase.utf8.first == opening {
            if let end = phraseEnd(phrase, at: index) { return (phrase, end) }
        }
        return nil
    }

    /// The words before the colon when the sentence opens as a line of a memo, a label and its value
    /// ('Instroom toezichten: +9%', 'Caseload per werker: 31', 'Bromfiets/snorfiets: 52'); nil otherwise.
    var memoLabel: [String]? {
        guard let colon = tokens.firstIndex(where: { $0.isMark(":") && $0.depth == 0 }), colon > 0,
            colon + 1 < tokens.count
        else { return nil }
        // A remark on the label ('Overig (o.a. schorsing)', 'Overig¹') is no word of it; a part that holds numbers
        // ('vo (12–18 jaar)', '65+', '18-64 jaar') is.
        var words: [String] = []
        var index = 0
        while index < colon {
            if tokens[index].kind == .word {
                words.append(tokens[index].text)
                index += 1
            } else if LineShape.joinsLabel(tokens, at: index) {
                index += 1
            } else if index > 0, let end = LineShape.remarkEnd(tokens, at: index), end <= colon {
                index = end
            } else if LineShape.holdsInLabel(tokens, at: index) {
                index += 1
            } else {
                return nil
            }
        }
        return words
    }

    /// The number that ends a label opening the sentence ('Vraag 3: …', 'Tabel 2: …'): it numbers the label.
    var memoLabelNumber: Int? {
        guard let colon = tokens.firstIndex(where: { $0.isMark(":") && $0.depth == 0 }), colon > 1,
            tokens[colon - 1].kind == .number, tokens[..<(colon - 1)].allSatisfy({ $0.kind == .word })
        else { return nil }
        return colon - 1
    }

    /// The words of a token range, lower case.
    func words(_ range: Range<Int>) -> [String] {
        tokens[range.clamped(to: tokens.indices)].filter { $0.kind == .word }.map(\.text)
    }

    /// The sentence text of a token range.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound < tokens.count else { return "" }
        let end = tokens[min(range.upperBound, tokens.count) - 1].end
        return String(scalars: scalars[tokens[range.lowerBound].start..<end])
    }

    /// Whether the token at `index` starts with a capital as the text writes it ('Utrecht', 'Oost-Nederland').
    func startsWithCapital(_ index: Int) -> Bool { text(index..<(index + 1)).first?.isUppercase == true }

    /// Whether the token at `index` is a word written with a capital: a name, past a sentence's first word.
    func isCapitalisedWord(_ index: Int) -> Bool { tokens[index].kind == .word && startsWithCapital(index) }

    /// The token range of the parenthesis that opens right after token `index`, without the parentheses.
    func parenthesis(after index: Int) -> Range<Int>? {
        guard index + 1 < tokens.count, tokens[index + 1].isMark("(") else { return nil }
        let depth = tokens[index + 1].depth
        guard let close = tokens[(index + 2)...].firstIndex(where: { $0.isMark(")") && $0.depth == depth }) else {
            return nil
        }
        return (index + 2)..<close
    }

    /// The token range of the parenthesis a token stands in, without the parentheses.
    func enclosingParenthesis(of index: Int) -> Range<Int>? {
        let depth = tokens[index].depth
        guard depth > 0, let open = tokens[..<index].lastIndex(where: { $0.isMark("(") && $0.depth == depth - 1 })
        else {
            return nil
        }
        let close = tokens[index...].firstIndex { $0.isMark(")") && $0.depth == depth - 1 } ?? tokens.count
        return (open + 1)..<close
    }

    /// Token indices of the words in `set`, in a range.
    func indices(of set: Set<String>, in range: Range<Int>) -> [Int] {
        range.clamped(to: tokens.indices).filter { tokens[$0].kind == .word && set.contains(tokens[$0].text) }
    }

    /// The region mentions inside a token range.
    func regions(in range: Range<Int>) -> [RegionMention] {
        guard !range.isEmpty, range.lowerBound < tokens.count else { return [] }
        let start = tokens[range.lowerBound].start
        let end = tokens[min(range.upperBound, tokens.count) - 1].end
        return regions.filter { $0.start >= start && $0.end <= end }
    }

    /// Whether a range puts what it says in the past: 'toen', 'een jaar eerder', 'twee jaar geleden', and so for
    /// any period ('een kwartaal eerder', 'de maand ervoor', 'vorige week').
    func hasEarlierMarker(_ range: Range<Int>) -> Bool { earlierMarkerTokens.contains(where: range.contains) }

    /// Whether the token at `index` opens a marker of the past (`hasEarlierMarker`).
    private func isEarlierMarker(_ index: Int) -> Bool {
        Self.earlierMarkerOpenings.contains(tokens[index].text)
            && Lexicon.earlierMarkers.contains { matches($0, at: index) }
            || index + 1 < tokens.count && ["eerder", "geleden", "daarvoor", "ervoor"].contains(tokens[index + 1].text)
                && isPeriod(index)
            || isPastPeriod(at: index)
    }

    /// The first words of the markers of the past: a token that is none of them opens none (`matches`).
    private static let earlierMarkerOpenings = Set(Lexicon.earlierMarkers.compactMap { parts(of: $0).first })

    /// Whether the token is a noun of a period of time ('kwartaal', 'maanden').
    private func isPeriod(_ index: Int) -> Bool {
        tokens[index].kind == .word
            && (Lexicon.timeNouns.contains(tokens[index].text) || Lexicon.periodPlurals.contains(tokens[index].text))
    }

    /// 'vorig kwartaal', 'vorige maand': the period before the current one.
    private func isPastPeriod(at index: Int) -> Bool { opensPreviousOne(at: index) && isPeriod(index + 1) }

    /// Whether a range names the one before the current one of what its noun counts ('vorig seizoen', 'de vorige
    /// meting', 'vorige editie'): 'vorig' before any noun, not only one of time. Read where a value is set against
    /// one of now (a share restated for another period); a change's start needs a period (`hasEarlierMarker`).
    func namesPreviousOne(_ range: Range<Int>) -> Bool {
        range.contains(where: opensPreviousOne)
    }

    /// Whether 'vorig' or 'vorige' stands at `index` before a word.
    private func opensPreviousOne(at index: Int) -> Bool {
        (tokens[index].isWord("vorig") || tokens[index].isWord("vorige")) && index + 1 < tokens.count
            && tokens[index + 1].kind == .word
    }

    /// Whether a range names a year and puts 'nog' right before its number ('in 2021 waren het er nog
    /// 15.000'): a value of the past, against which a later one is compared. Not after another clause that dates a
    /// number in an earlier year ('In 2019 … 2,2 miljoen, in 2024 nog 1,49 miljoen'): there 'nog' is what is left.
    func isStillDated(_ range: Range<Int>) -> Bool {
        guard let year = range.compactMap({ tokens[$0].year }).max(),
            range.contains(where: { index in
                tokens[index].kind == .number && index > 0 && tokens[index - 1].isWord("nog")
            })
        else { return false }
        return !clauses.contains { other in
            other != range && numberIndices.contains(where: other.contains)
                && other.contains { position in
                    tokens[position].year.map { $0 < year } ?? false && !isBaseYear(position)
                }
        }
    }

    /// Whether a range dates its number from now: 'vorig jaar', 'vorige maand', 'twee jaar geleden'.
    func isRelativeToNow(_ range: Range<Int>) -> Bool {
        range.contains { index in isPastPeriod(at: index) || tokens[index].isWord("geleden") }
    }

    /// Whether a range says its numbers are of now ('dit jaar', 'inmiddels').
    func hasPresentMarker(_ range: Range<Int>) -> Bool {
        range.contains { index in Lexicon.presentMarkers.contains { matches($0, at: index) } }
    }

    /// The token index where a region mention starts.
    func tokenIndex(atOffset offset: Int) -> Int? { tokens.firstIndex { $0.start >= offset } }
}
