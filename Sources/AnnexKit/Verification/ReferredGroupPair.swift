/// A change referred back after two sentences that each give one start and end value for a group of their own, the
/// group each opens with ('In de bibliotheek steeg het aantal leden van 400 naar 460. In het zwembad nam het af van
/// 250 naar 225. De bibliotheek won daarmee 15 procent, …'): the change is of the group its clause names, and takes
/// that group's pair, the one two sentences back as well as the last. A clause that names neither group, or both,
/// takes neither: the change stays unverifiable.
struct GroupPair: Sendable {
    /// The words that name the group: the first word of content after the preposition that opens the sentence, and
    /// the names with a capital right after it ('In de gemeente Assen': 'gemeente', 'assen').
    let group: [String]
    /// The group's start and end value.
    let pair: (from: Operand, to: Operand)
}

extension ClaimParser {
    /// The words that name the group a sentence opens with ('Bij de thuiszorg …': 'thuiszorg';
    /// `opensWithScopeOfItsOwn`), empty when it opens with none.
    var openingGroupWords: [String] {
        guard opensWithScopeOfItsOwn else { return [] }
        let run = tokens.indices.dropFirst().prefix { tokens[$0].kind == .word }
        guard let first = run.first(where: { ContrastedGroups.isContent(tokens[$0].text) }) else { return [] }
        let names = run.drop { $0 <= first }.prefix { analysis.startsWithCapital($0) }
        return ([first] + names).map { tokens[$0].text }
    }

    /// The pair of the one group of `groups` whose own words (those the other group's words do not name) the clause
    /// of the change at `index` names; nil when it names neither or both.
    func namedGroupPair(among groups: [GroupPair], claim index: Int) -> (from: Operand, to: Operand)? {
        let clause = analysis.words(analysis.clause(of: index))
        let named = groups.indices.filter { side in
            let others = groups.indices.filter { $0 != side }.flatMap { groups[$0].group }
            let own = groups[side].group.filter { word in !others.contains { ContrastedGroups.related($0, word) } }
            return own.contains { word in clause.contains { ContrastedGroups.related($0, word) } }
        }
        return named.count == 1 ? groups[named[0]].pair : nil
    }
}
