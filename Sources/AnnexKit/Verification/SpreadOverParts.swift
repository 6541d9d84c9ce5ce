/// A whole spread over a number of parts the sentence counts and then lists: 'in totaal 46 dagen een waarschuwing,
/// verspreid over drie perioden van 12, 19 en 15 dagen', '€ 90.000, verdeeld over twee rondes van € 40.000 en €
/// 50.000'. The words of spreading ('verdeeld over', 'verspreid over'), a count of the parts, their noun and 'van' open
/// the list; the number before the phrase in its stretch is the whole. Only a list of as many values as that count,
/// right after 'van', of the whole's noun or currency, is its parts: 'verdeeld over 12 scholen' lists none.
extension ClaimParser {
    /// Each whole spread over the parts it lists (see the extension), with the parts.
    func spreadOverParts() -> [(whole: Int, parts: [Int])] {
        let stretches = analysis.stretches
        var found: [(whole: Int, parts: [Int])] = []
        for index in tokens.indices {
            guard let (_, end) = analysis.firstPhrase(Self.spreadingPhrases, at: index), end + 3 < tokens.count,
                let size = tokens[end].number, size.unit == .count, tokens[end + 1].kind == .word,
                tokens[end + 2].isWord("van"),
                let whole = analysis.numberIndices.last(where: { $0 < index }), stretches[whole] == stretches[index],
                let number = tokens[whole].number
            else { continue }
            let parts = coordinated(candidates(number.unit, in: (end + 2)..<tokens.count))
            guard parts.count >= 2, Exact(parts.count) == size.value, parts[0] == firstValue(after: end + 2),
                parts.allSatisfy({ isAlikeInKind($0, whole) })
            else { continue }
            found.append((whole, parts))
        }
        return found
    }

    /// The position of the number right after the token at `index`, past a currency sign.
    private func firstValue(after index: Int) -> Int {
        tokens[index + 1].isMark("€") ? index + 2 : index + 1
    }

    /// Whether the part at `part` is of the kind of the whole at `whole`: an amount of its currency or multiplier, or
    /// a count whose noun, or the noun of the list it closes, is a form of the whole's.
    private func isAlikeInKind(_ part: Int, _ whole: Int) -> Bool {
        guard let written = tokens[part].number, let number = tokens[whole].number else { return false }
        if number.isAmount || written.isAmount { return Self.isAmount(written, alike: number) }
        return ReadingSanity.nounAlike([part, whole], in: tokens)
    }

    /// The words that spread a whole over parts.
    private static let spreadingPhrases = ["verdeeld over", "verspreid over"]
}
