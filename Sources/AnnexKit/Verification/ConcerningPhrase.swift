/// 'Het gaat om', 'Gemiddeld ging het om': the impersonal 'het' with a form of 'gaan' and its 'om' ('it concerns') has
/// no subject of its own; it speaks of the matter the sentences before state ('In 2023 legde de toezichthouder 14
/// boetes op, samen € 9,8 mln. Gemiddeld ging het om € 700.000 per boete.'). An amount per unit after it is of the
/// amounts before, as after 'dat' ('Dat is gemiddeld € 700.000 per boete').
extension ClaimParser {
    /// Whether 'het' and a form of 'gaan' stand side by side before the number at `index` in its sentence, with the
    /// verb's 'om' after them and before the number.
    func concernsMatterBefore(_ index: Int) -> Bool {
        (1..<max(1, index)).contains { verb in
            guard tokens[verb].kind == .word, let preposition = Self.concerningVerbs[tokens[verb].text],
                tokens[verb - 1].isWord("het") || tokens[verb + 1].isWord("het")
            else { return false }
            return ((verb + 1)..<index).contains { tokens[$0].isWord(preposition) }
        }
    }
}
