/// 'Van de 520 deelnemers vonden er 214 werk en 98 een opleiding. Samen is dat zes op de tien.': a share after a word
/// of joining (`Lexicon.joiningCues`: 'samen', 'bij elkaar') in a sentence with no other number is the share of the
/// parts the sentence before gives, summed, in the whole it marks (the whole its sum claim splits, or the one it opens
/// with: 'Van de 520 …'). When the words before the joining word name some of those parts by the words that name them
/// there ('Sport en welzijn kregen samen …' after '€ 3,0 mln naar sport, € 1,9 mln naar cultuur en € 3,1 mln naar
/// welzijn'), the share is of those alone; when they name one only, of no parts. The parts summed must be at least two
/// and less than their whole: all the parts of a whole they fill leave no share to state.
extension ClaimParser {
    /// The parts of the sentence before that the share at `start..<end` joins, and their whole.
    func joinedPartsBefore(ofShareAt start: Int, end: Int) -> SplitWhole? {
        guard let cue = (0..<start).first(where: { analysis.firstPhrase(Lexicon.joiningCues, at: $0) != nil }),
            tokens[..<start].allSatisfy({ $0.kind == .word }),
            analysis.numberIndices.allSatisfy({ (start..<end).contains($0) }),
            directions(in: tokens.indices).isEmpty, let before = discourse.earlier.last,
            let whole = before.split?.whole ?? before.openingWhole
        else { return nil }
        let parts = before.split?.parts ?? before.namedCounts.map(\.operand).filter { !Self.isSame($0, whole) }
        let subject = tokens[..<cue].map(\.text).filter(ContrastedGroups.isContent)
        let named = parts.filter { part in
            let words = before.namedCounts.first { Self.isSame($0.operand, part) }?.words ?? []
            return words.contains { word in subject.contains { Self.areForms($0, word) } }
        }
        let joined = named.isEmpty ? parts : named
        guard joined.count >= 2, joined.allSatisfy({ $0.unit == whole.unit }),
            Operand(summing: joined).value < whole.value
        else { return nil }
        return SplitWhole(whole: whole, parts: joined, noun: before.split?.noun)
    }
}
