/// The scale a table's title states for the values of the lines under it: 'Instroom (x 1.000)', 'Uitgaven per
/// programma (x € 1 miljoen)', 'Bedragen x € 1.000', 'Bedragen in miljoenen euro', 'Omzet in duizenden', 'Kosten
/// per domein (mln euro)', '(€ mln)'. The scale closes the title (before at most a unit in brackets and a colon:
/// 'Bedragen in miljoenen (euro):'), in one of three forms: a times sign before a round number of a scale, with '€'
/// and a multiplier word allowed ('x € 1 miljoen'); 'in' before a multiplier word ('in miljoenen euro'); or brackets
/// that hold a multiplier word and at most unit words ('(mln euro)'), or one word and such an 'in' ('(bedragen in
/// miljoenen euro)'). A line under the title that gives '41,2' then
/// stands for 41.200 (`SentenceAnalysis`, `Sentence.titleScale`). A number after the times sign that is no power of a
/// thousand ('(x 100)'), a times sign after a number ('3 x 1.000 euro', a product) and a line with a sentence end
/// state no scale.
struct TitleScale: Sendable, Equatable {
    /// What a value under the title is multiplied by: 1.000, 1.000.000 or 1.000.000.000.
    let factor: Int
    /// Where the scale's phrase opens among the title's tokens (its bracket, its times sign or its 'in').
    let start: Int

    /// The scales a title may state: a thousand, a million, a billion.
    static let factors: Set<Int> = [1_000, 1_000_000, 1_000_000_000]
    /// The marks that end a sentence: a title has none.
    private static let sentenceEnds: Set<String> = [".", "!", "?"]
    /// The most unit words a scale's phrase holds besides its scale ('(x 1.000 euro)', '(mln euro)').
    static let unitWords = 2

    /// The scale that closes `tokens`, a title's; nil when it states none.
    init?(_ tokens: [Token]) {
        guard !tokens.contains(where: { $0.kind == .mark && Self.sentenceEnds.contains($0.text) }) else { return nil }
        var end = tokens.count
        if end > 0, tokens[end - 1].isMark(":") { end -= 1 }
        if let unit = LineShape.unitBracketStart(Array(tokens[..<end])) { end = unit }
        guard end > 0 else { return nil }
        if tokens[end - 1].isMark(")"), let open = tokens[..<(end - 1)].lastIndex(where: { $0.isMark("(") }),
            let factor = Self.bracketed(tokens[(open + 1)..<(end - 1)])
        {
            (self.factor, start) = (factor, open)
            return
        }
        let opener = tokens[..<end].lastIndex { Self.isTimesSign($0) || $0.isWord("in") }
        guard let opener, opener > 0, tokens[opener - 1].kind != .number,
            let factor = Self.factor(of: tokens[opener..<end])
        else { return nil }
        (self.factor, start) = (factor, opener)
    }

    /// The scale a phrase states: a times sign, at most '€', a round number and a multiplier word ('x € 1
    /// miljoen', 'x 1.000'); 'in' and a multiplier word ('in miljoenen'); or, in brackets, a multiplier word
    /// ('mln', 'x mln'). At most `unitWords` unit words may stand around it.
    private static func factor(of phrase: ArraySlice<Token>) -> Int? {
        guard let first = phrase.first else { return nil }
        let sign = isTimesSign(first)
        let rest = phrase.dropFirst(sign || first.isWord("in") ? 1 : 0)
        let numbers = rest.filter { $0.kind == .number || $0.kind == .label }
        let scaleWords = rest.filter(LineShape.isScale)
        let units = rest.filter { $0.kind == .word && !LineShape.isScale($0) }
        guard rest.allSatisfy({ $0.kind != .mark || $0.isMark("€") }), units.count <= unitWords else { return nil }
        if numbers.count == 1, sign, scaleWords.isEmpty, let value = roundNumber(numbers[0]) {
            return factors.contains(value) ? value : nil
        }
        guard numbers.isEmpty, scaleWords.count == 1, let word = rest.first(where: LineShape.isScale) else {
            return nil
        }
        return Lexicon.multipliers.first { word.text.hasPrefix($0.key) }.map(\.value)
    }

    /// The scale the inside of a title's brackets states: a scale's phrase ('mln euro', 'x € 1.000'), or one word
    /// that names the values before 'in' and a multiplier word ('bedragen in miljoenen euro').
    private static func bracketed(_ inside: ArraySlice<Token>) -> Int? {
        if let factor = factor(of: inside) { return factor }
        guard inside.count > 1, inside.first?.kind == .word, inside.dropFirst().first?.isWord("in") == true else {
            return nil
        }
        return factor(of: inside.dropFirst())
    }

    /// The whole value a number token stands for, multiplier and all ('1.000', '1 miljoen'); nil for a fraction.
    private static func roundNumber(_ token: Token) -> Int? {
        if let number = token.number {
            return factors.first { Exact($0) == number.value }
        }
        let digits = token.text.replacingOccurrences(of: ".", with: "")
        return digits.allSatisfy(\.isASCIIDigit) ? Int(digits) : nil
    }

    /// Whether a line may close with a scale in words, without brackets or digits ('Bedragen in miljoenen euro'): one
    /// of its last `unitWords` + 1 words is a multiplier word. A cheap test before the line is read as tokens.
    static func mayClose(_ line: String.UnicodeScalarView) -> Bool {
        String(line).lowercased().split(separator: " ").suffix(unitWords + 1).contains { word in
            Lexicon.multipliers.keys.contains(where: word.hasPrefix)
        }
    }

    /// The values of `tokens`, a line's under a title of scale `factor`, in that scale: each count in digits with no
    /// multiplier of its own is multiplied by it ('41,2' under '(x 1.000)' is 41.200, to the nearest hundred). Under
    /// a title that states no scale (`factor` 1) such counts are marked as in a scale unstated
    /// (`WrittenNumber.scaleUnstated`).
    static func applied(_ factor: Int?, to tokens: [Token]) -> [Token] {
        guard let factor else { return tokens }
        return tokens.map { token in
            guard var number = token.number, number.unit == .count, number.multiplier == 1, !number.isWord else {
                return token
            }
            var scaled = token
            if factor == 1 {
                number.scaleUnstated = true
                scaled.number = number
            } else {
                scaled.number = number.scaled(by: factor)
            }
            return scaled
        }
    }

    /// `tokens`, whose scale this is, with the numbers of its phrase as labels: the '1.000' of '(x 1.000)' is no
    /// quantity the title states.
    func labelling(_ tokens: [Token]) -> [Token] {
        tokens.enumerated().map { index, token in
            guard index >= start, token.kind == .number else { return token }
            var label = Token(kind: .label, text: token.text, start: token.start, end: token.end)
            label.depth = token.depth
            return label
        }
    }

    /// Whether `token` is a times sign written apart ('x', '×').
    private static func isTimesSign(_ token: Token) -> Bool {
        token.isWord("x") || token.isMark("×")
    }
}

extension CheckContext {
    /// The doubt that a claim recomputed as `value` from lines whose title states no scale is right in their unstated
    /// scale: it fits `value` times a scale of `TitleScale.factors` ('Samen zijn dat 4.200 mensen' under 'Noord:
    /// 1,2', 'Zuid: 3,0'). None for a claim of no count, with no such line among its operands, or that fits no scale.
    func unstatedScale(_ claim: Claim, _ value: Exact) -> Doubt? {
        guard claim.claimed.number?.unit == .count, claim.operands.contains(where: \.scaleUnstated) else { return nil }
        return TitleScale.factors.sorted().map { Exact($0) }.first { fits(claim, value * $0) }
            .map { .scaleUnstated(factor: $0) }
    }
}

extension SentenceAnalysis {
    /// Where the scale that closes the sentence opens, when it is a title that states one ('Instroom (x 1.000)'),
    /// else its end: its numbers before this are values, its words before this name what the lines under it count.
    var titleEnd: Int { closingScale?.start ?? tokens.count }
}
