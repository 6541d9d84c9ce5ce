/// A percentage alone in brackets right after the name of an item of a list after ':', when two items at least each
/// have one: 'Vijf van de zes afdelingen bleven binnen hun budget: Inkoop (96%), Verkoop (88%) en …'. Each gives its
/// item's own value, a measure of that item, not the item's share of a count the sentence gives elsewhere, so no part
/// or whole is read for it. An item that holds a count of its own ('… 200 voor havo (40%) en 150 voor vwo (30%)'), or
/// a clause with a percentage in brackets after it ('… gaven er 187 aan dat … (34,6%); 115 …'), is no such item.
extension ClaimParser {
    /// Whether the percentage at `index` is such an item's own value.
    func isItemsOwnPercentage(_ index: Int) -> Bool {
        tokens.indices.contains { colon in
            tokens[colon].isMark(":") && tokens[colon].depth == 0 && namedItemPercentages(after: colon).contains(index)
        }
    }

    /// The percentages of the list right after the ':' at `colon`, each alone in brackets after an item of words only,
    /// the items joined by ',', ';', 'en' or 'of'; empty when fewer than `leastParts` items run so.
    private func namedItemPercentages(after colon: Int) -> [Int] {
        var found: [Int] = []
        var position = colon + 1
        while true {
            let item = position
            while position < tokens.count, tokens[position].kind == .word { position += 1 }
            guard position > item, analysis.parenthesis(after: position - 1) == (position + 1)..<(position + 2),
                tokens[position + 1].number?.unit == .percent
            else { break }
            found.append(position + 1)
            position += 3
            if position < tokens.count, Self.itemJoiningMarks.contains(tokens[position].text),
                tokens[position].kind == .mark
            {
                position += 1
            }
            if position < tokens.count, Lexicon.listJoiners.contains(tokens[position].text),
                tokens[position].kind == .word
            {
                position += 1
            }
        }
        return found.count >= Self.leastParts ? found : []
    }

    /// The marks that join the items of a list in prose.
    private static let itemJoiningMarks: Set<String> = [",", ";"]
}
