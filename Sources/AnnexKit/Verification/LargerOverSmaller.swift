/// A multiple between two contrasted groups that compares with no group of its own ('In Amsterdam wachten 84 …, in
/// Den Haag 21: vier keer zo veel'): 'N keer zo veel' above one says that one group has N times what the other has,
/// so it is the larger value over the smaller, whichever the text names first. The values are the sentence's own two
/// of one unit in two clauses that nothing orders (`soleChange(of:)`), else, when the sentence has no value besides
/// the claim, the two the sentence before contrasts. A subject that names the smaller group ('Den Haag had vier keer
/// zo veel') leaves the multiple unbound, as does one that names the group it compares with ('als', 'dan':
/// `groupSides(forFactorFrom:to:)`). A multiple of less ('vier keer zo weinig', 'zo klein') is the same grammar
/// reversed: bound, as the larger over the smaller, only when its subject names the smaller group, else unbound (no
/// order of the text's values stands in).
/// Ordinals that order the two values ('Op de eerste markt kwamen 3.150 bezoekers, op de tweede 700. Dat is ruim
/// vier keer zo veel': 3.150 / 700 = 4,5) make them no change in time for such a multiple, unless a verb of change
/// stands in its clause ('steeg tot vier keer zo veel').
/// A fraction of more ('half zo lang', 'half zo veel') is the smaller value over the larger: its subject has the
/// smaller, so it is bound unless the subject names the larger ('In A 26 minuten, in B 13: half zo lang': 13 / 26),
/// of its own sentence's two values only ('… 310. Dat is ongeveer half zo veel.' names no base: left open).
/// The sentence before's two values stay the multiple's when the only other numbers of its sentence are their sum or
/// difference (`derivesFromLastContrast`).
extension ClaimParser {
    /// The smaller and the larger value of the two groups a multiple of `factor` compares, its times word at `times`
    /// and its words starting at `start`; nil when the text gives no such two or the subject names the smaller; no
    /// values (unbound) for a multiple of less whose subject does not name the smaller.
    func largerOverSmaller(factor: Exact, start: Int, times: Int) -> (from: Operand?, to: Operand?)? {
        // 'half zo lang' is a factor below one of more: its subject has the smaller value.
        let isFraction = factor < Exact(1)
        guard factor != Exact(1), let degree = degree(afterTimes: times),
            Self.degreesOfMore.contains(degree) || !isFraction && Self.degreesOfLess.contains(degree)
        else { return nil }
        let values: [Operand]
        let subject: Int?
        if let (own, groups) = ownContrast(before: start) {
            // The subject is named in the multiple's own clause, after the clauses of the values.
            let named = (0..<2).filter { side in
                analysis.words(analysis.clause(of: start).lowerBound..<start).contains { word in
                    groups.names[side].contains { ContrastedGroups.related($0, word) }
                }
            }
            guard named.count < 2 else { return nil }
            (values, subject) = (own, named.first)
        } else if !isFraction, let (earlier, groups) = earlierContrast(besides: start...times) {
            // 'Dat is ongeveer half zo veel' after two values of the sentence before names no base: left open.
            let changes = tokens[analysis.clause(of: start)].contains(where: Self.isChangeVerb)
            (values, subject) = (earlier, newSide(of: changes ? groups : groups.unordered, claim: start))
        } else {
            return nil
        }
        guard values[0].value != values[1].value else { return nil }
        let larger = values[0].value > values[1].value ? 0 : 1
        // A factor of less says its subject has the smaller value: bound only when the subject names that group.
        if isFraction {
            // Half as much is the smaller over the larger, whichever the text names first, unless the subject names
            // the larger.
            if let subject, subject == larger { return nil }
            return (values[larger], values[1 - larger])
        }
        if isFactorOfLess(times: times) {
            guard subject == 1 - larger else { return (nil, nil) }
        } else if let subject, subject != larger {
            return nil
        }
        return (values[1 - larger], values[larger])
    }

    /// Whether the factor with its times word at `times` is of less ('keer zo weinig', 'keer zo klein'): the subject
    /// has the smaller value, so the factor is the other value over the subject's.
    func isFactorOfLess(times: Int) -> Bool {
        degree(afterTimes: times).map(Self.degreesOfLess.contains) ?? false
    }

    /// Whether the factor with its times word at `times` is of equal degree in a word of amount or size ('keer
    /// zoveel', 'keer zo groot', 'keer zo hoog'), which a quantity's values take, not of duration or frequency ('De
    /// wachttijd bij de laadpalen is twee keer zo lang'): only such a factor may be of a row of a table's values.
    func isOfAmount(times: Int) -> Bool {
        degree(afterTimes: times).map(Self.degreesOfAmount.contains) ?? false
    }

    /// Whether the factor with its times word at `times` is of duration ('twee keer zo lang', 'half zo kort'): of a
    /// time, never of counts of anything else (`contrasted(for:unit:)`).
    func isOfDuration(times: Int) -> Bool {
        degree(afterTimes: times).map(Self.degreesOfDuration.contains) ?? false
    }

    /// The word of degree after a times word: 'veel' for 'zoveel', else the word after 'zo' ('zo vaak').
    private func degree(afterTimes times: Int) -> String? {
        guard times + 1 < tokens.count else { return nil }
        if tokens[times + 1].isWord(Self.soMuch) { return Self.much }
        guard tokens[times + 1].isWord("zo"), times + 2 < tokens.count, tokens[times + 2].kind == .word else {
            return nil
        }
        return tokens[times + 2].text
    }

    /// The sentence's own two values of one unit, in two clauses before the multiple, that nothing orders.
    private func ownContrast(before start: Int) -> ([Operand], ContrastedGroups)? {
        for unit in [NumberUnit.count, .percent] {
            guard let sole = soleChange(of: unit), !sole.ordered, let groups = sole.groups,
                [sole.from, sole.to].allSatisfy({ ($0.token ?? start) < start })
            else { continue }
            return ([sole.from, sole.to], groups)
        }
        return nil
    }

    /// The two values the sentence before contrasts, when this sentence has no number besides the multiple's words
    /// and they have no years of their own, which order them in time; else the two of one change of the sentence
    /// before that only a word of contrast orders, of two groups ('2.240 op Schiphol, tegen 38.900 in Rotterdam':
    /// `SoleChange.setAgainst`).
    private func earlierContrast(besides words: ClosedRange<Int>) -> ([Operand], ContrastedGroups)? {
        guard analysis.numberIndices.allSatisfy({ words.contains($0) || derivesFromLastContrast($0) }) else {
            return nil
        }
        let values = discourse.lastContrast
        if values.count == 2, values.contains(where: { $0.year == nil }), let groups = discourse.lastContrastGroups {
            return (values, groups)
        }
        let paired = [NumberUnit.count, .percent].lazy.compactMap { discourse.lastSoleChange(of: $0)?.setAgainst }
        return paired.first.map { ($0.values.map(\.carriedOver), $0.groups) }
    }

    /// 'zoveel', and the word of degree it stands for.
    private static let soMuch = "zoveel"
    private static let much = "veel"
    /// Words of degree after 'zo' that say the subject has more: of amount, frequency, height, size, length, price,
    /// crowding ('zo druk'), weight.
    private static let degreesOfMore: Set<String> = ["veel", "vaak", "hoog", "groot", "lang", "duur", "druk", "zwaar"]
    /// Words of degree after 'zo' of amount, size and height: of more, those any count or percentage may take.
    private static let degreesOfAmount: Set<String> = ["veel", "groot", "hoog"]
    /// Words of degree after 'zo' of duration: of more and of less.
    private static let degreesOfDuration: Set<String> = ["lang", "kort"]
    /// Words of degree after 'zo' that say the subject has less: of amount, height, size, length, price.
    private static let degreesOfLess: Set<String> = ["weinig", "laag", "klein", "kort", "goedkoop"]
}
