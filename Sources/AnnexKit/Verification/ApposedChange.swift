/// A change set beside the level it ends, after a comma: 'Het aantal leden kwam uit op 2.300, een daling van 500
/// ten opzichte van 2022 (1.800)'. The base after 'ten opzichte van' is compared with that level (2.300 − 1.800 =
/// 500), never with the change's own amount.
extension ClaimParser {
    /// The level the amount at `amount` stands beside as a change's: the sentence's one number before it, of its
    /// unit, when only words stand between them but for one comma, and the words after the comma are 'een', a noun
    /// of change and 'van'. Nil for an amount that is no change's or stands otherwise ('en de winst steeg met 500',
    /// ', de winst een stijging van 200').
    static func apposedLevel(of amount: Int, _ analysis: SentenceAnalysis) -> Int? {
        let tokens = analysis.tokens
        // '2.300 leden en 40 vrijwilligers, een daling van 500': with two levels before it, whose change is unsaid.
        let earlier = analysis.numberIndices.filter { $0 < amount }
        guard earlier.count == 1, let level = earlier.first,
            tokens[level].number?.unit == tokens[amount].number?.unit,
            let comma = (level + 1..<amount).first(where: { tokens[$0].isMark(",") })
        else { return nil }
        // 'een daling van', with the amount's currency sign after it ('een daling van € 0,5 mln'); 'een winst van'
        // when the amount is no money (a result's, `gainOrLossSign`).
        let words = tokens[(comma + 1)..<amount].filter { !$0.isMark("€") }.map(\.text)
        guard tokens[(level + 1)..<comma].allSatisfy({ $0.kind == .word }), words.count == 3, words[0] == "een",
            Lexicon.changeNouns.contains(words[1])
                || Lexicon.gainsAndLosses[words[1]] != nil && tokens[amount].number?.isAmount == false,
            words[2] == "van"
        else { return nil }
        return level
    }
}
