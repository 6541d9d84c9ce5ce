/// 'De kosten stegen met 25 procent; per rit daalden ze van € 5.000 naar € 4.600.': a pair of start and end values
/// stands in the stretch of its own verb of change. When the claim's stretch (the sentence split at ';' or a clause
/// conjunction, `SentenceAnalysis.stretches`) has a verb of change of its own too and does not refer back, the pair
/// tells the other verb's change, never the claim's.
extension ClaimParser {
    /// Whether the pair `from` → `to` of this sentence stands wholly in another stretch than the claim at `index`,
    /// each stretch with a verb of change of its own, the claim's with no word of reference.
    func isOtherVerbsPair(from: Int, to: Int, claim index: Int) -> Bool {
        let stretches = analysis.stretches
        let own = stretches[index]
        guard stretches[from] == stretches[to], stretches[from] != own else { return false }
        let ownStretch = analysis.stretchRange(own)
        return !refersBack(ownStretch) && hasChangeVerb(ownStretch)
            && hasChangeVerb(analysis.stretchRange(stretches[from]))
    }

    /// Whether a range holds a verb of change ('steeg', 'daalden'; no noun of change, no particle).
    private func hasChangeVerb(_ range: Range<Int>) -> Bool {
        range.contains { Self.isChangeVerb(tokens[$0]) }
    }
}
