/// A multiple of two values ('twee keer zo hoog', 'drie keer zoveel') that compares another measure than the values the
/// text gives: both values are parts of wholes of their own, whose shares it compares ('In Oosterhout deden 210 van de
/// 600 leden mee, in Dongen 140 van de 800. De deelname … twee keer zo hoog'), or it is per a unit that the values it
/// takes from a sentence before are not per ('Per vierkante kilometer lag het aantal … drie keer zo hoog' after two
/// counts). Such a multiple takes no values: the text does not give what it compares. Values in the multiple's own
/// sentence are its own ('1,6 keer zoveel casussen per fte …: 38 tegenover 24').
extension ClaimParser {
    /// Whether the multiple with its times word at `times` compares another measure than `values` (see the type).
    func comparesOtherMeasure(times: Int, _ values: [Operand]) -> Bool {
        values.count == 2 && values.allSatisfy(Self.isPairedPart) || isPerOtherUnit(times: times, values)
    }

    /// Whether a value is the part of a pair 'M van (de) W' ('210 van de 600 leden') where it is written.
    private static func isPairedPart(_ value: Operand) -> Bool {
        value.written.map { pairedWhole(of: $0.index, in: $0.tokens) != nil } ?? false
    }

    /// Whether the multiple's clause names a unit it is per ('Per vierkante kilometer') that no value taken from a
    /// sentence before names after 'per' there.
    private func isPerOtherUnit(times: Int, _ values: [Operand]) -> Bool {
        guard values.allSatisfy({ $0.token == nil }),
            let own = analysis.clause(of: times).lazy.compactMap({ Self.unit(perAt: $0, in: self.tokens) }).first
        else { return false }
        return !values.contains { value in
            value.written.map { written in
                written.tokens.indices.contains { Self.unit(perAt: $0, in: written.tokens) == own }
            } ?? false
        }
    }

    /// The word after 'per' at `position` ('per hectare'), if 'per' stands there.
    private static func unit(perAt position: Int, in tokens: [Token]) -> String? {
        guard tokens[position].isWord("per"), position + 1 < tokens.count, tokens[position + 1].kind == .word else {
            return nil
        }
        return tokens[position + 1].text
    }
}
