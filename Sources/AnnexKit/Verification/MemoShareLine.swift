/// A line of a memo whose value carries its own share in brackets, right under the line of one value that opens the
/// run: 'Plaatsen: 840. Bezet: 756 (90%).', 'Gemeld: 1.200 meldingen. Opgepakt: 300 (25%). Doorgezet: 150 (12,5%).'.
/// The share's part is the line's value; its whole is the value of the line that opens the run, each line between
/// them carrying a share of its own (parts of one whole are no wholes of each other). Nothing in the lines says that
/// the opening line is the whole rather than a sibling part ('Nee: 612. Ja: 289 (28%)' of all answers), so the whole
/// is bound by position only: it confirms a share that agrees, and never contradicts one.
extension SentenceAnalysis {
    /// The value of a memo line that is only its label, one count and that count's unsigned share in brackets
    /// ('Bezetting: 12.340 (96,7%).'): the count's index; nil otherwise.
    var memoShareValue: Int? {
        guard memoLabel != nil, let colon = topColon else { return nil }
        let rest = valueTokens(after: colon)
        guard rest.count == 4, let count = tokens[rest[0]].number, count.unit == .count, count.sign == nil,
            tokens[rest[1]].isMark("("), let share = tokens[rest[2]].number, share.unit == .percent,
            share.sign == nil, tokens[rest[3]].isMark(")")
        else { return nil }
        return rest[0]
    }

    /// The value of a line whose colon is followed by one count and words only ('Capaciteit, stand 1 mei: 960
    /// plaatsen.', 'Bezocht: 40.'): the count's index; nil otherwise. Numbers in the label before the colon are the
    /// label's.
    var soleValueAfterColon: Int? {
        guard let colon = topColon else { return nil }
        let rest = valueTokens(after: colon)
        guard let first = rest.first, let value = tokens[first].number, value.unit == .count, value.sign == nil,
            rest.dropFirst().allSatisfy({ tokens[$0].kind == .word })
        else { return nil }
        return first
    }

    /// The first colon outside brackets, when a label stands before it.
    private var topColon: Int? {
        tokens.firstIndex(where: { $0.isMark(":") && $0.depth == 0 }).flatMap { $0 > 0 ? $0 : nil }
    }

    /// The indices after `colon`, without the full stop that closes the line.
    private func valueTokens(after colon: Int) -> [Int] {
        var rest = Array((colon + 1)..<tokens.count)
        if let last = rest.last, tokens[last].isMark(".") { rest.removeLast() }
        return rest
    }
}

extension Discourse {
    /// The whole of a memo line's own share (`SentenceAnalysis.memoShareValue`): the value of the line of one value
    /// right above, or above the lines right before that each carry a share of their own, when that line opens its
    /// run (no sentence with numbers right before it, and none forgotten before the sentences remembered); bound by
    /// position only.
    var wholeAboveShareLines: Operand? {
        guard let opening = earlier.lastIndex(where: { !$0.carriesOwnShare }),
            let value = earlier[opening].soleLineValue,
            opening == 0 ? earlier.count < Self.memory : !earlier[opening - 1].hasNumbers
        else { return nil }
        return value.carriedOverByPosition
    }

    /// 'Inzetten totaal: 415. Gemiddeld per dag: 138. Doorverwezen: 23 (5,5%).': the value of the nearest line of one
    /// value above a memo line's own share whose label names a total ('totaal', 'totale'), each line between them a
    /// memo line of one value or one carrying a share of its own. The label says the line is the whole, but not that
    /// the share is of it rather than of another count the lines give: bound by position only.
    var totalAboveShareLines: Operand? {
        for summary in earlier.reversed() {
            guard let value = summary.soleLineValue else {
                if summary.carriesOwnShare { continue }
                return nil
            }
            if let words = summary.valueLine?.label.words, words.contains(where: ClaimParser.totallingWords.contains) {
                return value.carriedOverByPosition
            }
        }
        return nil
    }
}
