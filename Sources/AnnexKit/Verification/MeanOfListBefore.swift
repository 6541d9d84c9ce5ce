/// A mean per unit of the values the sentence before lists, one per unit: 'Utrecht, Zeist en Nieuwegein ontvingen
/// respectievelijk 310, 145 en 122 aanvragen. Gemiddeld waren dat er 192 per gemeente.' (577 / 3 = 192,3), or of a
/// set whose size that sentence states: 'De drie filialen zetten 410, 365 en 290 pakketten om. Gemiddeld 355 per
/// filiaal.' (1.065 / 3 = 355).
extension ClaimParser {
    /// The values of the sentence before that a mean at `index` is of: the mean is its sentence's only number and names
    /// its unit with 'per', or names the set it is over (`meanSet`), then with at most the number that counts that set,
    /// which must equal the list's length; the sentence before gives a list of at least two counts in the mean's
    /// currency and no other count (no total, no count of the units: that is `meanPerUnitReading`'s total over units),
    /// but for one count of the unit equal to the list's length, the set's size. Without that size the mean refers back
    /// ('dat', 'dit'). When the mean names what it counts ('192 klachten per gemeente'), the list (or, with the size
    /// stated, the total it spells out) must count it too; a list that names nothing fits only a set the mean's clause
    /// counts. Empty otherwise.
    func meanOfListBefore(_ index: Int) -> [Operand] {
        guard let number = tokens[index].number, number.unit == .count else { return [] }
        // 'Over de drie opvangsoorten samen is dat gemiddeld …': a set the mean's clause names and counts.
        let per = perNoun(of: index)
        let set = per == nil ? meanSet(of: index) : nil
        guard let unit = per ?? set?.noun,
            analysis.numberIndices == [set?.size, index].compactMap({ $0 })
        else { return [] }
        // The values of a list under a lead ('Plaatsingen per regio: Noord 612 – Oost 803 – …') may be joined by
        // dashes.
        let list = discourse.lastListLead?.values ?? discourse.lastList
        let ownSize = set?.size.map { tokens[$0].number?.value == Exact(list.count) }
        if ownSize == false { return [] }
        let isSize = { (value: CountedValue) in value.counts(unit) && value.operand.value == Exact(list.count) }
        let sizes = discourse.lastCountedValues.filter(isSize)
        // With the size stated, a total the list spells out is no value of it ('Onze vijf vrijwilligers draaiden
        // samen 600 uur: Anna 140, …, Eva 125.'): the mean of the list is that total over the size too.
        let sum = list.reduce(Exact(0)) { $0 + $1.value }
        let isTotal = { (value: CountedValue) in sizes.count == 1 && value.operand.value == sum }
        let counted = discourse.lastCountedValues.filter { !isSize($0) && !isTotal($0) }
        let total = discourse.lastCountedValues.first(where: isTotal)
        let own = ReadingSanity.noun(after: index, in: tokens).flatMap { $0 == "per" ? nil : $0 }
        let listed = counted.last?.noun ?? total?.noun
        // Values that name nothing under a lead that names what they count ('Het aantal respondenten per wijk:
        // Centrum 188, …') are of a mean of that, per that unit, with no word of reference.
        let led = listed == nil && sizes.isEmpty && discourse.lastListLead?.leads(noun: own, per: unit) == true
        guard ownSize == true || sizes.count == 1 || sizes.isEmpty && refersBack(analysis.clause(of: index)) || led,
            list.count >= Self.leastParts, list.allSatisfy({ $0.unit == .count }), counted.count == list.count,
            zip(counted, list).allSatisfy({ $0.operand.value == $1.value && $0.currency == number.currency })
        else { return [] }
        if let own {
            // The list counts what its last value or the total it spells out names ('600 uur: …, Eva 125').
            // A list that names nothing ('dagopvang 68, bso 42, gastouderopvang 55') fits a set the mean counts.
            guard listed.map({ Self.namesUnit($0, own) || Self.isForm(own, of: $0) }) ?? (ownSize == true || led)
            else { return [] }
        }
        return list
    }
}
