/// Whole numbers written as Dutch words, read by their grammar rather than from a list: units and
/// tens joined by 'en' ('tweeëntwintig'), hundreds ('driehonderdvijftig', 'vijftienhonderd'), thousands
/// ('vierhonderdduizend', 'tweeduizendvijfhonderd'), and a thousand written apart from its rest
/// ('vierduizend vijfhonderd'). 'een' alone is left out: it is mostly the article.
enum NumberWords {
    /// The value of a number word, or nil when the word is no number.
    static func value(of word: String) -> Int? {
        if let value = Lexicon.numberWords[word] { return value }
        // Every compound ends in a ten ('…tig'), a teen ('…tien'), 'honderd' or 'duizend', or a unit after them.
        guard word.count > 4, holdsCompoundPart(word), let value = belowMillion(Substring(word)), value > 0
        else { return nil }
        return value
    }

    /// The value of a fraction in words that multiplies ('half', 'anderhalf', 'driekwart') or of a unit and a
    /// half written as one word ('tweeënhalf', 'drieënhalf', 'vierenhalf'), or nil.
    static func fraction(of word: String) -> Exact? {
        if let (numerator, denominator) = Lexicon.amountFractions[word] { return Exact(numerator, over: denominator) }
        for joiner in ["ënhalf", "enhalf"] where word.hasSuffix(joiner) {
            if let whole = unit(word.dropLast(joiner.count)), whole > 1 { return Exact(2 * whole + 1, over: 2) }
        }
        return nil
    }

    /// Parts one of which every compound number word holds.
    private static let compoundParts = ["tig", "tien", "honderd", "duizend"].map { Array($0.utf8) }

    /// Whether `word` holds one of `compoundParts`: compared byte by byte (the parts are ASCII), not through
    /// Foundation's string search, since every word of a text is tried.
    private static func holdsCompoundPart(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        return compoundParts.contains { part in
            bytes.count >= part.count
                && (0...(bytes.count - part.count)).contains { bytes[$0..<($0 + part.count)].elementsEqual(part) }
        }
    }

    /// Whether a number of `value` may be followed by a word for the rest below a thousand
    /// ('vierduizend vijfhonderd').
    static func takesRest(_ value: Int) -> Bool { value >= thousand && value % thousand == 0 }

    private static let thousand = 1_000
    private static let hundred = 100

    private static func belowMillion(_ word: Substring) -> Int? {
        guard let split = word.range(of: "duizend") else { return belowThousand(word, teens: true) }
        let multiple = word[..<split.lowerBound].isEmpty ? 1 : belowThousand(word[..<split.lowerBound])
        guard let multiple, multiple > 0, let rest = belowThousand(word[split.upperBound...]) else { return nil }
        return multiple * thousand + rest
    }

    /// Hundreds and their rest; with `teens`, also hundreds counted in teens ('vijftienhonderd', 1.500), which only
    /// a number written without 'duizend' uses.
    private static func belowThousand(_ word: Substring, teens: Bool = false) -> Int? {
        guard let split = word.range(of: "honderd") else { return belowHundred(word) }
        let before = word[..<split.lowerBound]
        let multiple = before.isEmpty ? 1 : unit(before) ?? (teens ? teen(before) : nil)
        guard let multiple, let rest = belowHundred(word[split.upperBound...]) else { return nil }
        return multiple * hundred + rest
    }

    /// 0 for nothing, a unit, a teen or a ten, or a unit and a ten ('eenentwintig', 'tweeëntwintig').
    private static func belowHundred(_ word: Substring) -> Int? {
        if word.isEmpty { return 0 }
        if let value = Lexicon.numberWords[String(word)], value < hundred { return value }
        for joiner in ["ën", "en"] {
            var search = word.startIndex..<word.endIndex
            while let found = word.range(of: joiner, range: search) {
                if let first = unit(word[..<found.lowerBound]),
                    let ten = Lexicon.numberWords[String(word[found.upperBound...])],
                    ten >= 20, ten < hundred, ten % 10 == 0
                {
                    return ten + first
                }
                search = found.upperBound..<word.endIndex
            }
        }
        return nil
    }

    /// 11 to 19 ('elf', 'vijftien').
    private static func teen(_ word: Substring) -> Int? {
        Lexicon.numberWords[String(word)].flatMap { (11...19).contains($0) ? $0 : nil }
    }

    private static func unit(_ word: Substring) -> Int? {
        if word == "een" || word == "één" { return 1 }
        return Lexicon.numberWords[String(word)].flatMap { $0 < 10 ? $0 : nil }
    }
}
