/// A bound a count of items is taken by: 'In twee van de zes regio's lag de uitval boven de 8 procent', 'de score
/// van vier van de tien teams bleef onder de 50 procent'. A percentage after 'boven de' or 'onder de' in a clause
/// that holds a pair 'M van (de) W' before it is the line the pair counts by: M of the W have a value beyond it. The
/// bound is a label, no value of anything and no amount of a change. Without such a pair ('Het verzuim bleef onder
/// de 6 procent') the bound is the value's, as before.
extension Tokenizer {
    /// Whether the percentage at `index` is the bound a pair before it in its clause counts by (see the extension).
    static func isCountingBound(_ index: Int, _ tokens: [Token]) -> Bool {
        guard tokens[index].number?.unit == .percent, Lexicon.bandBounds.contains(phrase(tokens, endingBefore: index))
        else { return false }
        let marker = index - 2
        let opening = (0..<marker).last { tokens[$0].kind == .mark }.map { $0 + 1 } ?? 0
        return (opening..<marker).contains { isCountedPair(at: $0, before: marker, tokens) }
    }

    /// Whether the count at `part` and a larger count after 'van' and its determiners, before `end`, are a pair 'M van
    /// (de) W' ('drie van de vijf').
    private static func isCountedPair(at part: Int, before end: Int, _ tokens: [Token]) -> Bool {
        guard let counted = tokens[part].number, counted.unit == .count, part + 2 < end,
            tokens[part + 1].isWord("van")
        else { return false }
        let whole = ((part + 2)..<end).first { position in
            tokens[position].kind != .word || !Lexicon.wholeDeterminers.contains(tokens[position].text)
        }
        guard let whole, let total = tokens[whole].number, total.unit == .count else { return false }
        return counted.value < total.value
    }
}
