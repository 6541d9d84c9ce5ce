/// A percentage that is an item of a list of percentages ('Met 41, 37 en 29 procent voor respectievelijk Lelystad,
/// Almere en Dronten haalden twee van de drie scholen de doelstelling') in a sentence that holds fewer pairs 'M van
/// (de) W' than the list has items, one at least: one pair gives the share of one figure, not of each item, so the
/// items are the levels of their own groups, of another measure than the pair counts, and no share of the pair. No
/// part or whole is read for them. As many pairs as items ('210 van de 700 en 140 van de 700, respectievelijk 30 en
/// 20 procent') are read as before.
extension ClaimParser {
    /// Whether the share at `start..<end` is an item of such a list (see the extension).
    func isListedBesideFewerPairs(start: Int, end: Int) -> Bool {
        guard let run = listRuns(numbers(.percent, in: tokens.indices)).first(where: { run in
            run.contains { (start..<end).contains($0) }
        })
        else { return false }
        let pairs = numbers(.count, in: tokens.indices).filter { count in
            pairedWhole(of: count).map { tokens[$0].number?.unit == .count } ?? false
        }
        return !pairs.isEmpty && pairs.count < run.count
    }
}
