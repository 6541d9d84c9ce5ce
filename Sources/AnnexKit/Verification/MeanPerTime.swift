/// A mean per a unit of time the sentence's values are not counted in: 'In januari, februari en maart kwamen 310, 420
/// en 390 meldingen binnen, gemiddeld 12 per dag' spreads counts of months over days; it is no mean of the list. A
/// mean per the unit the values are of ('in 2021, 2022 en 2023 …, gemiddeld 373 per jaar', '… in drie maanden,
/// gemiddeld 373 per maand') or per any other noun ('gemiddeld 250 leerlingen per vestiging') is read as before.
extension ClaimParser {
    /// Whether the mean at `index` is per a unit of time that no other word or year of the sentence names.
    func isPerOtherTime(_ index: Int) -> Bool {
        guard let per = perNoun(of: index), let period = Self.timeUnits.first(where: { Self.isForm(per, of: $0) })
        else { return false }
        let named = tokens.filter { token in
            token.kind == .word && Self.areForms(token.text, period)
                || period == Self.month && token.kind == .word && Lexicon.months.contains(token.text)
                || period == Self.year && token.year != nil
        }
        // The unit after 'per' is one of the words that name it.
        return named.count <= 1
    }

    /// The units of time a mean may be per ('per dag', 'per maand').
    static let timeUnits = ["dag", "week", "maand", "kwartaal", "jaar", "uur"]
    private static let month = "maand"
    private static let year = "jaar"
}
