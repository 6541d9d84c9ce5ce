/// 'zo' as an adverb of consequence ('Vught heeft zo anderhalf keer zoveel personeel', 'Tiel telt zo 50 procent meer
/// laadpalen'): right before a claim's figure (past its hedge, and the 'een' of 'een derde') 'zo' is no word of
/// degree, for an adjective or adverb follows that one ('zo groot', 'zo vaak', 'twee keer zo lang'); it says that the
/// claim follows from what was said before, as 'daarmee' and 'dus' do. 'zo'n' is a hedge of its own.
extension ClaimParser {
    /// Whether 'zo' stands right before the figure of the claim at `index`, past a hedge and the article of a
    /// fraction in words.
    func saysThus(before index: Int) -> Bool {
        tokens.indices.contains { position in
            guard tokens[position].isWord("zo"), position < index else { return false }
            let figure = analysis.firstPhrase(Lexicon.hedgePhrases, at: position + 1)?.end ?? position + 1
            return [position + 1, figure].contains(index) || figure + 1 == index && tokens[figure].isWord("een")
        }
    }
}
