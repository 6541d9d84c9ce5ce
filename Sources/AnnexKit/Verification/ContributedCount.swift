/// 'Aardappelen waren met 3.150 kilo goed voor bijna een derde van het totaal', 'Noord was met 1.200 meldingen goed
/// voor 30 procent van alle meldingen': a count after 'met' in the share's clause, before 'goed voor' and the share,
/// is what the subject contributes: the share's part. Only the one count of the clause before the share, with at most
/// words between it and 'goed voor' (its noun).
extension ClaimParser {
    /// The count after 'met' that 'goed voor' and the share at `start` follow in its clause (see the extension).
    func contributedCount(beforeShareAt start: Int) -> Int? {
        let clause = analysis.clause(of: start)
        guard let verb = analysis.phraseStart(Self.accountingPhrase, endingBefore: lead(ofShareAt: start)),
            verb > clause.lowerBound
        else { return nil }
        let counts = numbers(.count, in: clause.lowerBound..<verb)
        guard counts.count == 1, let count = counts.first, analysis.amountStart(of: count) > clause.lowerBound,
            tokens[analysis.amountStart(of: count) - 1].isWord("met"),
            tokens[(count + 1)..<verb].allSatisfy({ $0.kind == .word })
        else { return nil }
        return count
    }

    /// The words that say what share of a whole the subject accounts for.
    private static let accountingPhrase = "goed voor"
}
