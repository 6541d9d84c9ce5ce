/// A rate per a scale ('0,5 per 1.000 bezoeken') and the count of its units in brackets right after its phrase
/// ('(84.300 bezoeken)') count no things a total of the next sentence adds up: 'Naast de 14 ongevallen werden 37
/// incidenten gemeld, 0,5 per 1.000 bezoeken (84.300 bezoeken). In totaal kwamen er 51 meldingen binnen.' is 14 + 37.
extension ClaimParser {
    /// The sites of the sentence's rates per a scale and of the counts in the bracket after each rate's phrase.
    func scaledRateCounts() -> Set<Int> {
        var found = Set<Int>()
        for index in analysis.numberIndices where tokens[index].number?.unit == .count {
            guard let per = Self.per(after: index, in: tokens, reach: Self.nounReach),
                Self.scale(tokens[per + 1]) != nil
            else { continue }
            found.insert(index)
            // The rate's phrase ends with the noun of its units ('per 1.000 bezoeken'), a bracket may follow it.
            var end = per + 1
            while end + 1 < tokens.count, tokens[end + 1].kind == .word, end - per <= Self.nounReach { end += 1 }
            if let inside = analysis.parenthesis(after: end) {
                found.formUnion(analysis.numberIndices.filter { inside.contains($0) })
            }
        }
        return found
    }
}
