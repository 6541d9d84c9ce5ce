extension SentenceAnalysis {
    /// How many years back a range puts the base of its comparison: 'vorig jaar', 'een jaar eerder' 1, 'dan vijf
    /// jaar geleden' 5, 'drie jaren daarvoor' 3; nil when it counts no years back (or counts them twice, unalike).
    func yearsBack(in range: Range<Int>) -> Int? {
        let counted = range.clamped(to: tokens.indices).compactMap { index -> Int? in
            guard index >= 1, Self.yearNouns.contains(tokens[index].text) else { return nil }
            let before = tokens[index - 1]
            if before.isWord("vorig") || before.isWord("vorige") { return 1 }
            guard index + 1 < tokens.count, Self.backWords.contains(tokens[index + 1].text) else { return nil }
            // A count in words may be a word or the label of a list ('vijf jaar geleden'), a count of years a label of
            // an age ('15 jaar geleden'); its text says which count.
            if let count = Lexicon.cardinals[before.text] ?? Lexicon.numberWords[before.text] { return count }
            if before.kind == .label, let count = Int(before.text) { return count }
            guard let number = before.number, number.unit == .count, number.hedge == nil, number.value.isInteger
            else { return nil }
            return Int(exactly: number.value.numerator)
        }
        return Set(counted).count == 1 ? counted[0] : nil
    }

    /// The nouns of a count of years ('vijf jaar', 'drie jaren').
    private static let yearNouns: Set<String> = ["jaar", "jaren"]
    /// The words after a count of years that put it back from the time of the sentence.
    private static let backWords: Set<String> = ["geleden", "eerder", "daarvoor", "ervoor"]
}
