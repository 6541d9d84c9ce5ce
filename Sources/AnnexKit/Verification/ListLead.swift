/// The words that lead a list of bare labelled values after ':': what the list counts and what each of its values is
/// per, when its values name nothing themselves ('Het aantal respondenten per wijk: Centrum 188, Noord 241 en Zuid
/// 227.', 'Vertragingsminuten, laatste kwartaal: oktober 4.120, november 3.860, december 5.030.').
struct ListLead: Sendable, Equatable {
    /// The lead's words, lower case, in order.
    let words: [String]

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
    /// The lead of the sentence's longest list (`longestList`): the words before the ':' that stands between the
    /// list's first value and the words before it, when only words (its first value's label) stand between that ':'
    /// and the value, and no quantity and no ':' stand before it ('Aanvragen 2023: 412. Per regio: …' leads nothing).
    /// Nil otherwise.
    func listLead() -> ListLead? {
        guard let first = longestList().first,
            let colon = tokens[..<first].lastIndex(where: { $0.isMark(":") }),
            tokens[(colon + 1)..<first].allSatisfy({ $0.kind == .word }),
            tokens[..<colon].allSatisfy({ $0.kind != .number && !$0.isMark(":") })
        else { return nil }
        let words = tokens[..<colon].filter { $0.kind == .word }.map(\.text)
        return words.isEmpty ? nil : ListLead(words: words)
    }
}
