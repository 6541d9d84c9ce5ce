/// Means per a unit that the sentence counts under another noun: 'De 64 deelnemers volgden samen 1.472 sessies,
/// gemiddeld 23 per persoon', '… samen 186.000 uur opleiding, gemiddeld 75 uur per persoon', '€ 8,4 miljoen voor
/// 1.200 cliënten, gemiddeld € 7.000 per persoon'. The unit's word ('persoon', 'gezin') names neither count; the
/// mean's own noun or currency tells which of the two is the total, and the other is the units; for a mean per person
/// with neither, the word that names the later count a total ('samen').
extension ClaimParser {
    /// The total and the units of a mean at `index` per `unit` among exactly two `counts` of its stretch, neither
    /// of which `unit` names: the total is the one count that the mean's own noun names ('75 uur' of '186.000 uur'),
    /// or that is in the mean's currency ('€ 7.000' of '€ 8,4 miljoen'); the units are the other, a count of
    /// something in no currency. None for a unit of time (a mean per month of the hours of a year is no mean over
    /// the persons counted), for a mean with neither but per person (`jointTotal`), or when no count or both are told
    /// apart so.
    func unnamedUnits(per unit: String, mean index: Int, among counts: [Int]) -> (total: Int, units: Int)? {
        guard counts.count == 2, !Self.timeUnits.contains(where: { Self.isForm(unit, of: $0) }) else { return nil }
        let values = counts.map { countedValue($0) }
        guard !values.contains(where: { $0.counts(unit) }) else { return nil }
        let currency = tokens[index].number?.currency ?? ""
        let own = index + 1 < tokens.count && tokens[index + 1].isWord("per")
            ? nil : ReadingSanity.noun(after: index, in: tokens)
        let isTotal: (Int) -> Bool
        if !currency.isEmpty {
            isTotal = { values[$0].currency == currency }
        } else if let own {
            isTotal = { values[$0].isNamed(by: own) }
        } else {
            return jointTotal(per: unit, among: counts)
        }
        let totals = values.indices.filter(isTotal)
        guard totals.count == 1 else { return nil }
        let units = 1 - totals[0]
        guard values[units].currency.isEmpty, values[units].noun != nil, !namesPlaces(counts[units]) else { return nil }
        return (counts[totals[0]], counts[units])
    }

    /// The total and the units of a mean per person with neither a noun nor a currency of its own, among two `counts`
    /// of its stretch: 'De 24 leden verzamelden samen 5.880 zegels, gemiddeld 245 per persoon'. The total is the later
    /// count, right after a word that names it a total ('samen', 'in totaal'); the units are the earlier, the subject
    /// of the clause that made it together, with only words between the two, a count of things in no currency and in
    /// no unit of time or measure. Nil for another unit than 'persoon' ('… samen 46.800 meldingen, gemiddeld 11.700 per
    /// gemeente' may be per another unit than the counted groups), or when the units stand after the total.
    private func jointTotal(per unit: String, among counts: [Int]) -> (total: Int, units: Int)? {
        guard Self.isForm(unit, of: Self.personUnit), let units = counts.min(), let total = counts.max(),
            isCuedTotal(total), !isCuedTotal(units), !namesPlaces(units),
            tokens[(units + 1)..<total].allSatisfy({ $0.kind == .word })
        else { return nil }
        return Self.countsThings(countedValue(units, carried: false)) ? (total, units) : nil
    }

    /// Whether `value` counts things a mean per person may be over: it names what it counts, in no currency and in no
    /// unit of time or measure ('24 leden', not '9.600 uur' or '€ 6.000').
    static func countsThings(_ value: CountedValue) -> Bool {
        guard value.currency.isEmpty, let noun = value.noun else { return false }
        return MeasureUnit(noun: noun) == nil && !timeUnits.contains(where: { isForm(noun, of: $0) })
    }

    /// Whether the count at `index` names the places a sentence speaks of, after a preposition of place and an
    /// article ('Op de 307.700 ritten in de drie gemeenten …'): where, not whom, a mean per person is over.
    private func namesPlaces(_ index: Int) -> Bool {
        index >= 2 && Lexicon.articles.contains(tokens[index - 1].text)
            && Self.placePrepositions.contains(tokens[index - 2].text)
    }

    /// Prepositions of place before a set of places ('in de drie gemeenten', 'op de vier locaties').
    private static let placePrepositions: Set<String> = ["in", "op", "binnen"]
}
