/// A change set beside the level it ends, after a comma: 'Het aantal leden kwam uit op 2.300, een daling van 500
/// ten opzichte van 2022 (1.800)'. The base after 'ten opzichte van' is compared with that level (2.300 − 1.800 =
/// 500), never with the change's own amount.
extension ClaimParser {
    /// The level the amount at `amount` stands beside as a change's: the sentence's one number before it, of its
    /// unit, when only words stand between them but for one comma, and the words after the comma are 'een', a noun
    /// of change and 'van'. Nil for an amount that is no change's or stands otherwise ('en de winst steeg met 500',
    /// ', de winst een stijging van 200').
    static func apposedLevel(of amount: Int, _ analysis: SentenceAnalysis) -> Int? {
        guard let level = apposedNumber(before: amount, analysis),
            analysis.tokens[level].number?.unit == analysis.tokens[amount].number?.unit
        else { return nil }
        return level
    }

    /// The count of a difference a change in percent at `claim` stands beside in the same structure: '23 junioren
    /// erbij, een toename van 15,5 procent', '40 meer, een groei van 8 procent'. It is the same change in the values'
    /// own unit, no value of another: a word of adding or taking off, or 'meer' or 'minder', stands between it and
    /// the comma.
    static func apposedDifference(of claim: Int, _ analysis: SentenceAnalysis) -> Int? {
        let tokens = analysis.tokens
        guard tokens[claim].number?.unit == .percent, let count = apposedNumber(before: claim, analysis),
            tokens[count].number?.unit == .count,
            tokens[(count + 1)..<claim].prefix(while: { !$0.isMark(",") }).contains(where: {
                Lexicon.addedOrTakenOff[$0.text] != nil || $0.isWord("meer") || $0.isWord("minder")
            })
        else { return nil }
        return count
    }

    /// The sentence's one number before `amount` when only words stand between them but for one comma, and the words
    /// after the comma are 'een', a noun of change and 'van' (see the extension).
    private static func apposedNumber(before amount: Int, _ analysis: SentenceAnalysis) -> Int? {
        let tokens = analysis.tokens
        // '2.300 leden en 40 vrijwilligers, een daling van 500': with two levels before it, whose change is unsaid.
        let earlier = analysis.numberIndices.filter { $0 < amount }
        guard earlier.count == 1, let level = earlier.first,
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
