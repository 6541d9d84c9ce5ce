/// A share whose whole is a group the sentence before names by a related word, not by the noun the share repeats:
/// the first part of a compound there ('De vereniging telt 240 jeugdleden, onder wie 84 meisjes. Daarmee is 35% van
/// de jeugd een meisje': 'jeugd' names the 240 jeugdleden), or a word of a sentence that splits a whole into named
/// groups ('Ons team telt 80 mensen: 32 in Utrecht, 28 in Zwolle en 20 in Breda. Breda is daarmee goed voor een
/// derde van het team': the split's whole, 80), or that lists only named groups and no whole ('In de
/// kleutergroepen zitten 18 jongens en 27 meisjes. Jongens vormen daarmee 60% van de kleuters': their sum, 45).
extension ClaimParser {
    /// The whole of the sentence before that `noun` names by a related word (see the type's comment): the one count
    /// whose words relate to it, else, when a word of its clauses with numbers does, its split's whole or the sum of
    /// its groups. Nil when none, or two counts, relate.
    func relatedWhole(of noun: String, in before: Discourse.Summary) -> Operand? {
        let counts = before.namedCounts.filter { count in count.words.contains { Self.relates($0, to: noun) } }
        if counts.count == 1 { return counts[0].operand }
        guard counts.isEmpty, before.valueWords.contains(where: { Self.relates($0, to: noun) }) else { return nil }
        if let split = before.split { return split.whole }
        return groupsSum(of: before)
    }

    /// The sum of the counts of a sentence that lists only named groups: at least two counts, each named by words
    /// of its own, of one kind (`ReadingSanity.kindAlike`: '€ 46.200 … over 60 dagen, gemiddeld € 770 per dag' adds
    /// euros, days and euros per day, no groups), and no whole or part stated among them.
    private func groupsSum(of before: Discourse.Summary) -> Operand? {
        let groups = before.namedCounts
        let names = groups.map { Set($0.words) }
        let written = groups.compactMap(\.operand.written)
        guard groups.count >= Self.leastGroups, before.partAndWhole == nil, before.chain.isEmpty,
            names.allSatisfy({ !$0.isEmpty }), Set(names).count == names.count,
            groups.allSatisfy({ $0.operand.unit == groups[0].operand.unit }), written.count == groups.count,
            ReadingSanity.kindAlike(written.map(\.index), in: written[0].tokens)
        else { return nil }
        return Operand(summing: groups.map(\.operand))
    }

    /// Whether `word` names the group `noun` does: a form of it, or a compound whose first part is one
    /// ('jeugdleden' for 'jeugd', 'kleutergroepen' for 'kleuters').
    static func relates(_ word: String, to noun: String) -> Bool {
        if areForms(word, noun) { return true }
        guard word.count >= 2 * leastCompoundHead else { return false }
        return (leastCompoundHead...(word.count - leastCompoundHead)).contains { length in
            let first = String(word.prefix(length))
            return first == noun || areForms(first, noun)
        }
    }

    /// The fewest named groups whose counts sum to the collective they make up.
    static let leastGroups = 2
}
