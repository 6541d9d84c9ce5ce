/// A percentage alone in brackets right after the name of an item of a list, when two items at least each have one:
/// 'Vijf van de zes afdelingen bleven binnen hun budget: Inkoop (96%), Verkoop (88%) en …'. Each gives its item's own
/// value, a measure of that item, not the item's share of a count the sentence gives elsewhere, so no part or whole is
/// read for it. An item that holds a count of its own ('… 200 voor havo (40%) en 150 voor vwo (30%)') is no such
/// name: its percentage may be that count's share.
extension ClaimParser {
    /// Whether the percentage at `index` is such an item's own value.
    func isItemsOwnPercentage(_ index: Int) -> Bool {
        isNamedItemPercentage(index) && analysis.numberIndices.filter(isNamedItemPercentage).count >= Self.leastParts
    }

    /// Whether the number at `index` is a percentage alone in brackets right after an item of words only, from the
    /// mark or coordinator that opens the item (':', ',', ';', 'en', 'of') to the bracket.
    private func isNamedItemPercentage(_ index: Int) -> Bool {
        guard tokens[index].number?.unit == .percent, index >= 2, tokens[index - 2].kind == .word,
            analysis.parenthesis(after: index - 2) == index..<(index + 1),
            let opener = tokens[..<(index - 1)].lastIndex(where: opensListItem), opener < index - 2
        else { return false }
        return tokens[(opener + 1)..<(index - 1)].allSatisfy { $0.kind == .word }
    }

    /// Whether a token opens an item of a list in prose: a mark between items or a coordinator.
    private func opensListItem(_ token: Token) -> Bool {
        token.kind == .mark && Self.itemOpeningMarks.contains(token.text)
            || token.kind == .word && Self.itemCoordinators.contains(token.text)
    }

    /// The marks that open an item of a list in prose.
    private static let itemOpeningMarks: Set<String> = [":", ",", ";"]
    /// The coordinators that open the last item of a list in prose.
    private static let itemCoordinators: Set<String> = ["en", "of"]
}
