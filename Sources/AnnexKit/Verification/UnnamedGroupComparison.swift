/// A comparative between two groups' values whose sentence names neither group with certainty ('Bij scholen met een
/// vaste conciërge waren het 3,4 incidenten per 1.000 leerlingen, bij scholen zonder conciërge 2,6. Het aantal lag bij
/// niet-bewaakte scholen dus 24 procent lager'): 'hoger', 'meer', 'groter' compare the larger value with the smaller,
/// the base; 'lager', 'minder', 'kleiner' the smaller with the larger. Whichever group is meant, no other order can
/// make a right figure fit, so a figure credited to the wrong group is missed and a right one never contradicted.
/// Read only for a comparative right after the claim ('24 procent lager') in a sentence with no comparison marker
/// ('dan', 'vergeleken met'), no word of change ('steeg', 'een daling') and no mark of time (a year, 'vorig jaar',
/// 'nu'), for two groups that time does not order and when the sentence names nothing beside them
/// (`groupMention(of:claim:)`, nor a name with a capital of neither group): two values in time keep their order.
extension ClaimParser {
    /// The new side (0 or 1) of two contrasted groups whose values are `values`, for the claim at `index`: the group
    /// the sentence names (`newSide(of:claim:)`), else the one the claim's comparative alone makes new.
    func comparedSide(of groups: ContrastedGroups, values: [Operand], claim index: Int) -> Int? {
        let mention = groupMention(of: groups, claim: index)
        if let side = mention.side { return side }
        guard !mention.namesOther, groups.laterByTime == nil, values.count == 2, values[0].value != values[1].value,
            let sign = comparative(after: index), directions(in: tokens.indices).isEmpty, !marksAnyTime,
            !namesThirdByName(groups),
            !tokens.indices.contains(where: { Self.isComparisonMarker(at: $0, analysis) })
        else { return nil }
        return Self.sideMadeNew(bySign: sign, values[0], values[1])
    }

    /// The side (0 or 1) of two unequal values that a comparative of `sign` makes new: 'hoger', 'meer' (positive) the
    /// larger value, 'lager', 'minder' (negative) the smaller; the other is the base.
    static func sideMadeNew(bySign sign: Int, _ first: Operand, _ second: Operand) -> Int {
        (second.value > first.value) == (sign > 0) ? 1 : 0
    }

    /// Whether the sentence names something by a name with a capital, past its first word, that is neither group's
    /// ('In Rotterdam was dat 10 procent minder' after Amsterdam and Utrecht): a third group.
    private func namesThirdByName(_ groups: ContrastedGroups) -> Bool {
        tokens.indices.dropFirst().contains { position in
            analysis.isCapitalisedWord(position)
                && !groups.names.joined().contains { ContrastedGroups.related($0, tokens[position].text) }
        }
    }

    /// Whether the sentence dates what it says (`marksTime`), also by a word of the past ('toen') or a time
    /// relative to now.
    var marksAnyTime: Bool {
        marksTime || tokens.contains { $0.kind == .word && Lexicon.pastWords.contains($0.text) }
            || analysis.isRelativeToNow(tokens.indices)
    }
}
