/// 'De vangst kwam uit op 640 ton. Tong was goed voor 96 ton, 15 procent van het totaal.': a share whose part its own
/// sentence gives and whose whole it names only as 'het totaal' takes the total the sentence before gives. The
/// definite noun refers back to a whole already said; the one the sentence before marks as a whole (a split's, a
/// stated part's, the one it opens with), else its one count in the part's unit of measure, is that whole; of the two
/// values of a change it states ('steeg van 25 naar 49'), the later, when the share's sentence names no time; a mean
/// per unit it gives ('gemiddeld 170 kilo per tuin') is none. A rest
/// its sentence goes on with ('…; de rest, 1.148 opdrachten, …') is of that total too, and leaves the reading be.
extension ClaimParser {
    /// The whole from the sentence before of a share ending at `end` with its part at `part` (see the type's
    /// comment): nil when the share's sentence holds another count, when its total is qualified ('van het totaal in
    /// de regio'), or when the sentence before gives no such whole, or several, or one no larger than the part.
    func totalBefore(ofShareEndingAt end: Int, part: Int) -> Operand? {
        guard let name = wholeName(afterShareEndingAt: end), Self.totalNouns.contains(name.noun), !name.outermost,
            name.qualifier.isEmpty, let before = scopedSentenceBefore
        else { return nil }
        let clause = analysis.clause(of: end - 1)
        // '…, een vijfde van het totaal; de rest, 1.148 opdrachten, …': a count after a word of the rest in a clause of
        // its own is what the parts before it leave of the same total, no other count.
        guard nameableCounts.filter({ referringRest(before: $0) == nil || clause.contains($0) }) == [part] else {
            return nil
        }
        guard let noun = (end..<clause.upperBound).first(where: { tokens[$0].isWord(name.noun) }),
            tokens[(noun + 1)..<clause.upperBound].allSatisfy({ $0.kind == .mark })
        else { return nil }
        let measure = UnitAgreement.measure(at: part, in: tokens)
        let marked = [before.split?.whole, before.relativeSplit?.whole, before.partAndWhole?.whole, before.openingWhole]
            .compactMap { $0 }
        // '…, gemiddeld 170 kilo per tuin': a mean per unit is no total.
        var candidates = (marked.isEmpty ? before.namedCounts.map(\.operand) : marked).filter {
            $0.measure == measure && !($0.written.map { UnitAgreement.isRate($0.index, in: $0.tokens) } ?? false)
        }
        // 'Het aantal … steeg van 25 naar 49. Er werden 22 controles afgekeurd, 45 procent van het totaal.': of a
        // change's two values the total is the later one, unless the share's sentence names a time of its own.
        if marked.isEmpty, let pair = before.pair, candidates.count == 2,
            candidates.contains(where: { $0.value == pair.from.value }),
            candidates.contains(where: { $0.value == pair.to.value }),
            !tokens.contains(where: { $0.year != nil }), !analysis.hasEarlierMarker(tokens.indices)
        {
            candidates = candidates.filter { $0.value == pair.to.value }
        }
        guard let whole = candidates.first, candidates.allSatisfy({ Self.isSame($0, whole) }),
            whole.value > operand(part).value
        else { return nil }
        return whole.carriedOver
    }
}
