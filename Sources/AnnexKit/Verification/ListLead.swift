/// The words that lead a list of bare labelled values after ':': what the list counts and what each of its values is
/// per, when its values name nothing themselves ('Het aantal respondenten per wijk: Centrum 188, Noord 241 en Zuid
/// 227.', 'Vertragingsminuten, laatste kwartaal: oktober 4.120, november 3.860, december 5.030.', 'Plaatsingen per
/// regio: Noord 612 – Oost 803 – Zuid 941.').
struct ListLead: Sendable {
    /// The lead's words, lower case, in order.
    let words: [String]
    /// The list's values in order, as the next sentence takes them.
    let values: [Operand]

    /// The nouns the lead names after 'per' ('per wijk').
    var perUnits: [String] {
        zip(words, words.dropFirst()).filter { $0.0 == "per" }.map(\.1)
    }

    /// Whether a mean of `noun` (nil when the mean names nothing it counts) per `unit` is of the list this leads:
    /// every unit the lead names after 'per' is the mean's, and the lead names the mean's noun ('respondenten' in
    /// 'Het aantal respondenten per wijk', the head of 'Vertragingsminuten' for 'minuten'), or, for a mean that names
    /// nothing it counts, the lead names the mean's unit after 'per' ('Plaatsingen per zorgtype: …' before 'Gemiddeld
    /// 971 per zorgtype').
    func leads(noun: String?, per unit: String) -> Bool {
        let units = perUnits
        let sameUnit = { (lead: String) in ClaimParser.isForm(lead, of: unit) || ClaimParser.isForm(unit, of: lead) }
        guard units.allSatisfy(sameUnit) else { return false }
        guard let noun else { return !units.isEmpty }
        return words.contains { $0 != "per" && !units.contains($0) && ClaimParser.namesUnit($0, noun) }
    }
}

extension ClaimParser {
    /// The lead of a list of labelled values that runs from the sentence's ':' to its end (`labelledValues`): the
    /// words before that ':', when no quantity stands among them ('Van de 300 klachten: …' leads nothing, a whole may
    /// be meant). Nil otherwise. A list of items under a header ('Bezoekers per regio (x 1 mln):' over '• Randstad:
    /// 14,6', …), read as one sentence with it (`ListHeaderScale`), is led by the header's words so too
    /// (`markedValues`).
    func listLead() -> ListLead? {
        let lead: Int
        let values: [Int]
        if let (end, items) = markedValues() {
            (lead, values) = (end, items)
        } else if let colon = tokens.firstIndex(where: { $0.isMark(":") && $0.depth == 0 }),
            let items = labelledValues(after: colon)
        {
            (lead, values) = (colon, items)
        } else {
            return nil
        }
        guard values.count >= Self.leastParts, tokens[..<lead].allSatisfy({ $0.kind != .number }) else { return nil }
        let words = tokens[..<lead].filter { $0.kind == .word }.map(\.text)
        return words.isEmpty ? nil : ListLead(words: words, values: values.map { operand($0).carriedOver })
    }

    /// Where the header ends and where the values stand of a list of items under it, each opened by an item's mark
    /// and each a plain label of words, a colon and one value that names nothing after it ('• Oost: 5,2'), a full
    /// stop or ';' allowed after the last. Nil for any other sentence: an item with a second number, a noun after
    /// its value or a label that names a total, a mean or a change ('• Totaal: 29,8') leads no list.
    private func markedValues() -> (lead: Int, values: [Int])? {
        guard let first = tokens.firstIndex(where: LineShape.isItemMark), first > 0 else { return nil }
        let starts = tokens.indices.filter { $0 >= first && LineShape.isItemMark(tokens[$0]) }
        var values: [Int] = []
        for (position, start) in starts.enumerated() {
            let isLast = position + 1 == starts.count
            var end = isLast ? tokens.count : starts[position + 1]
            if isLast, tokens[end - 1].kind == .mark, Self.listEndMarks.contains(tokens[end - 1].text) { end -= 1 }
            let value = end - 1
            guard value - start >= Self.leastItemTokens, tokens[value].kind == .number, tokens[value - 1].isMark(":"),
                tokens[(start + 1)..<(value - 1)].allSatisfy({ $0.kind == .word }),
                Self.isPlainLabel(tokens[(start + 1)..<(value - 1)].map(\.text))
            else { return nil }
            values.append(value)
        }
        let header = tokens[first - 1].isMark(":") ? first - 1 : first
        return (header, values)
    }

    /// The fewest tokens after an item's mark: a word, a colon and a value.
    private static let leastItemTokens = 3

    /// The values of a list of labelled values from after `colon` to the sentence's end: each a label of words (with
    /// words in brackets, 'FPP (ambulant)') and then its value, which names nothing after it, joined by ',', ';', a
    /// dash or 'en'. Nil when anything else stands there (a noun after a value, a number in a label, a clause) or when
    /// a label names a total, a mean or a change ('totaal 76': no item of the list).
    private func labelledValues(after colon: Int) -> [Int]? {
        var values: [Int] = []
        var position = colon + 1
        while true {
            let label = position
            while position < tokens.count, isLabelPart(position) { position += 1 }
            guard position > label, position < tokens.count, tokens[position].kind == .number,
                tokens[position].depth == 0,
                Self.isPlainLabel(tokens[label..<position].filter { $0.kind == .word }.map(\.text))
            else { return nil }
            values.append(position)
            position += 1
            if tokens[position...].allSatisfy({ $0.kind == .mark && Self.listEndMarks.contains($0.text) }) {
                return values
            }
            let joiner = position
            if tokens[position].kind == .mark, Self.labelledListJoiners.contains(tokens[position].text) {
                position += 1
            }
            if position < tokens.count, tokens[position].isWord("en") { position += 1 }
            guard position > joiner else { return nil }
        }
    }

    /// Whether the token at `index` may be part of a value's label: a word, in brackets or not, or a bracket.
    private func isLabelPart(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .word || token.isMark("(") || token.isMark(")")
    }

    /// Marks that join the values of a list of labelled values ('Noord 612 – Oost 803').
    static let labelledListJoiners: Set<String> = [",", ";", "–", "-", "—"]

    /// Marks that may close a sentence after its last value.
    static let listEndMarks: Set<String> = [".", "!", ";"]
}
