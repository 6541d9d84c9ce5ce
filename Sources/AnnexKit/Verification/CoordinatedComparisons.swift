/// Comparisons coordinated in one clause share their subject: in 'In Tilburg wachtten 1.480 mensen op een woning, 260
/// meer dan in Breda (1.220) en ruim 500 minder dan in Eindhoven (1.990)' both differences are of the 1.480, each from
/// the value its own 'dan' phrase gives. A value in one comparison's phrase is the base of that comparison only, never
/// the later value of another comparison coordinated with it (after 'en' or ',' in the same stretch, with no word
/// between them that refers back to it and opens a clause of its own: '(1.000), dat zelf 200 meer was dan …'). When
/// the sentence gives no subject before them ('Dat zijn er 480 meer dan …'), each comparison takes its own base, never
/// another's, and the quantity the sentence refers to is the subject of them all.
extension ClaimParser {
    /// Each comparison marker of the sentence ('dan' after a comparative, 'ten opzichte van', …) with the value its
    /// phrase compares with.
    static func comparisons(_ analysis: SentenceAnalysis) -> [Int: Int] {
        var found: [Int: Int] = [:]
        for index in analysis.tokens.indices where isComparisonMarker(at: index, analysis) {
            if let base = comparedValue(after: index, analysis) { found[index] = base }
        }
        return found
    }

    /// Whether `value` is the base of another comparison than the one at `marker`, in the same coordination: the two
    /// stand in one stretch and no word between the earlier's base and the later's marker refers back to that base.
    static func isCoordinatedBase(
        _ value: Int, of marker: Int, in comparisons: [Int: Int], _ analysis: SentenceAnalysis
    ) -> Bool {
        guard let other = comparisons.first(where: { $0.key != marker && $0.value == value })?.key,
            let own = comparisons[marker], analysis.stretches[other] == analysis.stretches[marker]
        else { return false }
        // The earlier comparison's base and the later one's marker; a comparison inside the other's phrase is none.
        let (earlierBase, laterMarker) = other < marker ? (value, marker) : (own, other)
        guard earlierBase < laterMarker else { return false }
        return !analysis.tokens[(earlierBase + 1)..<laterMarker].contains {
            $0.kind == .word && Lexicon.backReferences.contains($0.text)
        }
    }

    /// The comparison a claim at `index` makes: the marker of the comparative right after it ('€ 25.000 minder dan
    /// …', '10 procent lager dan …', 'twee keer zo veel als …', with only words between), with its base.
    func ownComparison(of index: Int) -> (marker: Int, base: Int)? {
        guard let marker = ownComparisonMarker(of: index), let base = comparisons[marker] else { return nil }
        return (marker, base)
    }

    /// The marker of the comparison a claim at `index` makes, whether or not its phrase gives a value ('55 meer dan
    /// vorig voorjaar').
    func ownComparisonMarker(of index: Int) -> Int? {
        let reach = min(analysis.clause(of: index).upperBound, index + 1 + Self.groupComparisonReach)
        guard let marker = ((index + 1)..<reach).first(where: { Self.isComparisonMarker(at: $0, analysis) }),
            tokens[(index + 1)..<marker].allSatisfy({ $0.kind == .word }),
            // 'boven' or 'onder' right after a percentage of position is its own comparative (`isPositionMarker`).
            marker == index + 1 && Self.isPositionMarker(at: marker, analysis)
                || tokens[(index + 1)..<marker].contains(where: { Lexicon.comparatives.contains($0.text) })
                // A factor of equal degree compares by 'als' as a comparative does by 'dan' ('twee keer zo veel als').
                || tokens[marker].isWord("als")
                    && tokens[(index + 1)..<marker].contains(where: { $0.isWord("zo") || $0.isWord("zoveel") })
        else { return nil }
        return marker
    }

    /// The bases of the sentence's other comparisons than the one a claim at `index` makes, each measured by a number
    /// of its own (`measuresComparative`): none is its base, also when its own phrase gives no value ('55 meer dan
    /// vorig voorjaar en 24 procent meer dan in 2021 (1.000)'). A clause that gives the value of the claim's own time
    /// ('… minder dan in 2022, toen het er 11.110 waren') measures nothing and is no other comparison.
    func otherComparisonBases(of index: Int) -> Set<Int> {
        guard let marker = ownComparisonMarker(of: index) else { return [] }
        let others = comparisons.filter { other, _ in
            other != marker && analysis.numberIndices.contains { value in
                value != index && value < other && Self.measuresComparative(value, before: other, tokens)
            }
        }
        return Set(others.values)
    }

    /// The phrases of the sentence's comparisons, from each marker to its base: they name what is compared with, not
    /// the subject ('dan in Nieuwegein (€ 381.000)').
    var comparisonPhrases: [ClosedRange<Int>] { comparisons.map { $0.key...$0.value } }
}
