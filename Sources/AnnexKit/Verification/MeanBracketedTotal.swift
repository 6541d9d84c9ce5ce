/// Counts in brackets that name nothing they count but stand where what they count is plain: after a mean, its total
/// ('We waren 241 dagen open en verkochten gemiddeld 400 bolletjes per dag (96.400 in totaal)': 96.400 / 241 = 400);
/// right after the unit of 'per', the number of that unit ('gemiddeld 14 dozen per particuliere verhuizing (902)').
extension ClaimParser {
    /// The counted values of `counts` for the mean at `index` per `unit`, where a count alone in brackets that names
    /// nothing counts what its place names: with only words of totalling beside it ('(96.400 in totaal)', '(in totaal
    /// 96.400)', '(totaal 96.400)') after a mean that names what it counts (`own`), that, of which the mean is the part
    /// per unit; else, alone or with those words right after the 'per' phrase, `unit`.
    func countedValues(_ counts: [Int], mean index: Int, per unit: String, own: String?) -> [CountedValue] {
        counts.map { count in
            let value = countedValue(count)
            guard value.noun == nil, let (open, wording) = bracketWording(count),
                analysis.clause(of: index).contains(open), tokens[index].depth == 0
            else { return value }
            let totalling = Self.bracketTotalWordings.contains(wording)
            let named: String?
            if let own, totalling, open > index,
                (index + 1..<open).allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .mark })
            {
                named = own
            } else if opensAfterPer(open), wording.isEmpty || totalling {
                named = unit
            } else {
                named = nil
            }
            return named.map { CountedValue(operand: value.operand, noun: $0, currency: value.currency) } ?? value
        }
    }

    /// The opening bracket of the count at `count` and the words beside it within the brackets; nil when it stands
    /// in none or beside anything but words.
    private func bracketWording(_ count: Int) -> (open: Int, words: [String])? {
        guard tokens[count].depth == 1, let open = (0..<count).last(where: { tokens[$0].isMark("(") }) else {
            return nil
        }
        let close = (count..<tokens.count).first { tokens[$0].isMark(")") } ?? tokens.count
        let beside = (open + 1..<close).filter { $0 != count }
        guard beside.allSatisfy({ tokens[$0].kind == .word }) else { return nil }
        return (open, beside.map { tokens[$0].text })
    }

    /// Whether the bracket at `open` follows 'per' and at most two words ('per particuliere verhuizing (902)').
    private func opensAfterPer(_ open: Int) -> Bool {
        open >= 2 && (max(0, open - 3)...(open - 2)).contains { per in
            tokens[per].isWord("per") && (per + 1..<open).allSatisfy { tokens[$0].kind == .word }
        }
    }

    /// What a bracket with a total says besides its number.
    private static let bracketTotalWordings: Set<[String]> = [["in", "totaal"], ["totaal"]]
}
