/// '86 kramen (2022: 74), zodat het aantal kramen met 16 procent steeg': a clause that a conjunction of consequence
/// opens tells what follows from the clause right before it. When it names the noun that clause's values count, its
/// change is of that clause's pair, as an apposition's is; one that names another noun ('…, zodat de omzet met 14
/// procent steeg') may tell the change of another quantity, and takes no pair.
extension ClaimParser {
    /// Whether `clause` opens with a conjunction of consequence and names a noun a count of the clause before counts.
    func followsFromClauseBefore(_ clause: Int) -> Bool {
        guard clause > 0 else { return false }
        let range = analysis.clauses[clause]
        guard let first = range.first, Self.consequenceConjunctions.contains(tokens[first].text) else { return false }
        let nouns = numbers(.count, in: analysis.clauses[clause - 1]).compactMap {
            ReadingSanity.noun(after: $0, in: tokens)
        }
        return range.contains { position in
            tokens[position].kind == .word && nouns.contains { Self.areForms($0, tokens[position].text) }
        }
    }

    /// Conjunctions that open a clause telling what follows from the one before ('zodat', 'waardoor', 'waarmee').
    static let consequenceConjunctions: Set<String> = ["zodat", "waardoor", "waarmee"]
}
