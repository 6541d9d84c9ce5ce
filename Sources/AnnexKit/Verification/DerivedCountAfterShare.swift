/// A share restated as a count after it ('Van de 80 leden stemde 45% voor, dat zijn 36 leden'; '…: 36 mensen'). The
/// count is share × whole, written from one of the two, and the numbers do not say from which: a slip in the count
/// is as likely as one in the share. Words that derive the count ('ofwel', 'dat zijn', 'neer op') say the count was
/// worked out from the share, and so does a count after a colon that names a noun other than the whole's ('van de 80
/// leden …: 36 mensen', a restatement in other words). Such a count, the share's part, may confirm the share, never
/// contradict it (`OperandBinding.Evidence.derivedAfter`). A share with a hedge ('ruim 45%') or a range ('40 tot 45
/// procent') rounds the count, which no rounded share gives exactly: the count is then what the share was taken from,
/// and a count in brackets ('45% (36)') is the data notation of the part the share is of; both stay strongly bound.
/// A fraction in words with no hedge ('Van de 4.000 leden kwam een op de vier …: 1.000 mensen') is read as a
/// percentage is. A whole of the sentence before keeps the colon's count the share's part ('Van de gepensioneerden
/// woont 8 procent …: 1.200 mensen').
extension ClaimParser {
    /// Whether the count at `part`, the part of the share at `site` whose whole is at `whole`, may be derived from
    /// that share: an exact count outside brackets after an exact share (a percentage with no hedge or range, or a
    /// fraction in words with no hedge), right after a word that derives it or right after a colon when its noun is
    /// not the whole's.
    func mayDeriveFromShare(part: Int, site: Int, whole: Int?) -> Bool {
        guard part > site, isUnhedgedShare(at: site),
            let count = tokens[part].number, count.hedge == nil, tokens[part].depth == tokens[site].depth,
            tokens[site].depth == 0
        else { return false }
        if Lexicon.derivingPhrases.contains(where: { phrase in
            analysis.phraseStart(phrase, endingBefore: part).map { $0 > site } ?? false
        }) {
            return true
        }
        guard tokens[part - 1].isMark(":"), part - 1 > site, let whole, tokens.indices.contains(whole) else {
            return false
        }
        let named = countedValue(part, carried: false).namingWords
        let wholeNamed = countedValue(whole, carried: false).namingWords
        guard !named.isEmpty, !wholeNamed.isEmpty else { return false }
        return !named.contains { word in
            wholeNamed.contains { Self.namesUnit(word, $0) || Self.namesUnit($0, word) }
        }
    }

    /// Whether the share at `site` is written as exact: a percentage with no hedge or range, or a fraction in words
    /// ('een op de drie', 'twee derde') with no hedge before it.
    private func isUnhedgedShare(at site: Int) -> Bool {
        if let share = tokens[site].number {
            return share.unit == .percent && share.hedge == nil && share.rangeLower == nil
        }
        return fraction(at: site) != nil && hedge(before: site) == nil
    }
}
