/// Two groups' values given one a sentence, compared in the sentence after them: 'In Drenthe werden 2.140 woningen
/// gebouwd. In Friesland waren dat er 1.870. Drenthe bouwde daarmee 14 procent meer.' The two sentences before the
/// comparison each give one exact value of its unit (`datedValue(of:)`), of one currency, and the later stands for the
/// quantity of the earlier by a pronoun ('waren dat er', 'was dat') or both name one noun they count ('2.140 woningen',
/// '1.870 woningen'): then they are values of one quantity, as the two clauses of a contrast in one sentence are, and
/// what names each group is read as for one sentence (`ContrastedGroups.init(across:)`). No sentence before them in
/// the paragraph gives a value of the unit or a contrast: a third group could be meant. The comparison is then read as
/// one after a contrast of the sentence before is (`contrasted(for:unit:)`), by the years of the two values, else by
/// the group it names or the time that orders them (`newSide(of:claim:)`), never by its comparative alone: one that
/// names neither side ('In Almere waren dat er 2.500. Dat is 12 procent meer.') may be of the later value alone.
extension ClaimParser {
    /// The one value of `unit` each of the two sentences before gives, the earlier first, and what names their groups;
    /// nil unless they are two values of one quantity (see the extension).
    func contrastAcrossSentences(of unit: NumberUnit) -> (values: [Operand], groups: ContrastedGroups)? {
        let sides = discourse.lastTwoDatedValues(of: unit)
        guard sides.count == 2, sides[0].currency == sides[1].currency else { return nil }
        if let one = sides[0].noun, let other = sides[1].noun {
            guard Self.areForms(one, other) else { return nil }
        } else if !sides[1].restates {
            return nil
        }
        let before = discourse.earlier.dropLast(2)
        guard
            !before.contains(where: { summary in
                !summary.contrast.isEmpty || summary.datedValues.contains { $0.value.unit == unit }
            })
        else { return nil }
        return (sides.map(\.value.carriedOver), ContrastedGroups(across: sides.map(\.side)))
    }
}
