/// Two levels that years label, beside a change of its own: 'In 2021 had 31,5 procent van de huishoudens een
/// warmtepomp; in 2023 was dat 36,9 procent, een toename van 5,4 procentpunt', 'In 2020 waren er 1.240 meldingen; in
/// 2022 waren dat er 1.410, een stijging van 14 procent'. A number a verb of being or having states, in a clause with
/// one year and no direction word, is a level when every direction word of the sentence stands in a clause with a
/// number of its own (the apposition's ', een toename van X'); two such levels of one unit and one measure, the
/// later one referring back ('dat', 'het', 'er') or naming the same noun, run from the earlier year to the later.
extension ClaimParser {
    /// Verbs that state a level ('was', 'bedroeg', 'lag op', 'kwam uit op', 'had', 'telde').
    static let levelVerbs = beingVerbs.union([
        "zijn", "kwam", "komt", "had", "heeft", "hadden", "hebben", "telde", "telt", "stond", "staat",
    ])

    /// Words by which a clause restates the quantity of the clause before ('was dat', 'bedroeg het', 'waren er').
    static let levelReferences: Set<String> = ["dat", "het", "er", "dit"]

    /// Whether the number is a level a year labels and a verb of being or having states, while the sentence's
    /// direction words all belong to other numbers.
    func isDatedLevel(_ index: Int) -> Bool {
        Self.isDatedLevel(index, analysis) && Self.changesHaveOwnNumbers(analysis, besides: index)
    }

    /// The one pair of dated levels the sentence gives beside a change of its own, the earlier year first.
    static func datedLevelPair(_ analysis: SentenceAnalysis) -> FromTo? {
        let tokens = analysis.tokens
        let levels = analysis.numberIndices.filter { isDatedLevel($0, analysis) }
        guard levels.count == 2, let unit = tokens[levels[0]].number?.unit, unit != .points,
            tokens[levels[1]].number?.unit == unit, analysis.clauseOf[levels[0]] != analysis.clauseOf[levels[1]],
            levels.allSatisfy({ changesHaveOwnNumbers(analysis, besides: $0) }),
            !directionIndices(analysis).isEmpty,
            let first = clauseYear(of: levels[0], analysis), let second = clauseYear(of: levels[1], analysis),
            first != second
        else { return nil }
        let (from, to) = first < second ? (levels[0], levels[1]) : (levels[1], levels[0])
        let later = max(from, to)
        let nouns = [from, to].map { measure(of: $0, tokens, clause: analysis.clause(of: $0)) }
        let refers = tokens[analysis.clause(of: later).lowerBound..<later].contains {
            $0.kind == .word && levelReferences.contains($0.text)
        }
        if let one = nouns[0], let other = nouns[1] {
            return areForms(one, other) ? FromTo(from: from, to: to) : nil
        }
        return refers && nouns[later == from ? 0 : 1] == nil ? FromTo(from: from, to: to) : nil
    }

    /// A number in a clause with one year and no other number, after a verb of level in that clause, with no
    /// direction word in it; a value, no difference ('55 meer dan eind 2024').
    private static func isDatedLevel(_ index: Int, _ analysis: SentenceAnalysis) -> Bool {
        let tokens = analysis.tokens
        let clause = analysis.clause(of: index)
        guard clauseYear(of: index, analysis) != nil, tokens[index].number?.sign == nil, !isCompared(index, tokens),
            isValue(index, tokens),
            tokens[clause.lowerBound..<index].contains(where: { $0.kind == .word && levelVerbs.contains($0.text) })
                || followsFrontedYear(index, tokens, clause: clause)
        else { return false }
        return !directionIndices(analysis).contains { clause.contains($0) }
    }

    /// 'In 2022 gaf 44 procent …', 'In 2019 bezocht 63,5 procent …': a clause that opens with 'in' and its year has
    /// its finite verb right after them (the verb second), and the number right after that verb is its subject.
    private static func followsFrontedYear(_ index: Int, _ tokens: [Token], clause: Range<Int>) -> Bool {
        let start = clause.lowerBound
        return index == start + 3 && tokens[start].isWord("in") && tokens[start + 1].year != nil
            && tokens[start + 2].kind == .word && !Lexicon.grammarWords.contains(tokens[start + 2].text)
    }

    /// 'ruim 20 procent sneller', '12 procent meer': a comparative right after a number (a word in '-er') makes it a
    /// comparison, no level.
    private static func isCompared(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return false }
        let word = tokens[index + 1].text
        return Lexicon.comparatives.contains(word) || word.hasSuffix(comparativeEnding)
    }

    /// How a Dutch comparative ends ('sneller', 'hoger', 'duurder').
    static let comparativeEnding = "er"

    /// The one year of the number's clause when the number is that clause's only one.
    private static func clauseYear(of index: Int, _ analysis: SentenceAnalysis) -> Int? {
        let clause = analysis.clause(of: index)
        let years = clause.compactMap { analysis.tokens[$0].year }
        // A group's size ('(n = 1.120)') is no other number of the clause.
        let numbers = analysis.numberIndices.filter { clause.contains($0) && !isSampleSize($0, analysis.tokens) }
        guard years.count == 1, numbers == [index] else { return nil }
        return years[0]
    }

    /// Whether every direction word of the sentence stands in a clause with a number other than `index`.
    private static func changesHaveOwnNumbers(_ analysis: SentenceAnalysis, besides index: Int) -> Bool {
        directionIndices(analysis).allSatisfy { word in
            analysis.numberIndices.contains { $0 != index && analysis.clauseOf[$0] == analysis.clauseOf[word] }
        }
    }

    /// Where the sentence's words of increase or decrease stand.
    private static func directionIndices(_ analysis: SentenceAnalysis) -> [Int] {
        analysis.tokens.indices.filter { directionSign(of: analysis.tokens[$0].text) != nil }
    }

    /// The noun a level measures: the first content word after it in its clause ('31,5 procent van de huishoudens',
    /// '1.240 meldingen'), if any.
    private static func measure(of index: Int, _ tokens: [Token], clause: Range<Int>) -> String? {
        tokens[(index + 1)..<clause.upperBound].first {
            $0.kind != .word || !Lexicon.grammarWords.contains($0.text)
        }.flatMap { $0.kind == .word ? $0.text : nil }
    }
}
