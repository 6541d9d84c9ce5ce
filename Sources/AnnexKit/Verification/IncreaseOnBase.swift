/// A total that an increase brings its base to, in one sentence: 'Er komen 1.200 extra laadpalen, bovenop de 3.400 van
/// vorig jaar; in totaal 4.600 laadpalen', '… uitgebreid met 75 nieuwe bedden, waarmee het totaal op 410 komt (2024:
/// 335)'. The base is an earlier level and the increase a change, which are never parts of a total of their own
/// time; a total after a word of summing that only these two numbers stand beside is the base plus the increase.
extension ClaimParser {
    /// The increase and its base that the total at `total` sums: besides the total, the sentence holds two numbers
    /// only, of the total's unit and currency, one marked as added ('extra' or 'nieuwe' after it, past at most its
    /// noun), the other as the level it is added to ('bovenop' or a word of now before it, or its year and a colon
    /// in the brackets it opens: '(2024: 335)').
    func increaseOnBase(total: Int) -> [Operand]? {
        guard let number = tokens[total].number else { return nil }
        let others = analysis.numberIndices.filter { $0 != total }
        guard others.count == 2,
            others.allSatisfy({ tokens[$0].number.map { $0.unit == number.unit && $0.currency == number.currency }
                ?? false }),
            let increase = others.first(where: isMarkedAdded), let base = others.first(where: { $0 != increase }),
            isMarkedBase(base)
        else { return nil }
        return [operand(base), operand(increase)]
    }

    /// Whether `parts`, the numbers before a total's word of summing, hold an increase (marked added: '1.200 extra
    /// laadpalen') and a count right after a preposition that gives no amount, of a noun of its own that neither the
    /// increase nor the total counts ('…, in 38 gemeenten'): that count says where or among what the increase fell, it
    /// is no addend; and the base the increase is added to is not written, so the parts give no sum.
    func addsIncreaseInOtherNoun(_ parts: [Int], total: Int) -> Bool {
        guard let increase = parts.first(where: isMarkedAdded), let counted = addedNoun(after: increase) else {
            return false
        }
        let totalNoun = ReadingSanity.noun(after: total, in: tokens)
        return parts.contains { part in
            guard part != increase, part >= 1, Lexicon.prepositions.contains(tokens[part - 1].text),
                !Lexicon.amountPrepositions.contains(tokens[part - 1].text), !tokens[part - 1].isAgainstWord,
                let noun = ReadingSanity.noun(after: part, in: tokens)
            else { return false }
            return !Self.areForms(noun, counted) && !(totalNoun.map { Self.areForms(noun, $0) } ?? false)
        }
    }

    /// The noun an added number counts: the first word after it, past its words of adding, that is no word of grammar
    /// ('laadpalen' of '1.200 extra laadpalen').
    private func addedNoun(after index: Int) -> String? {
        var position = index + 1
        while position < tokens.count, tokens[position].kind == .word,
            Self.addingWords.contains(tokens[position].text)
        {
            position += 1
        }
        return ReadingSanity.noun(after: position - 1, in: tokens)
    }

    /// Whether a word of adding follows the number at `index`, past at most its noun's words ('1.200 extra', '38
    /// miljoen euro extra', 'vier nieuwe vestigingen').
    private func isMarkedAdded(_ index: Int) -> Bool {
        var position = index + 1
        while position < tokens.count, tokens[position].kind == .word, position - index <= Self.addedReach {
            if Self.addingWords.contains(tokens[position].text) { return true }
            position += 1
        }
        return false
    }

    /// Whether the number at `index` is named as the level an increase is added to: 'bovenop' or a word of now
    /// before it (past an article or a possessive), or a year and a colon before it opening its brackets.
    private func isMarkedBase(_ index: Int) -> Bool {
        if index >= 3, tokens[index - 1].isMark(":"), tokens[index - 2].kind == .year, tokens[index - 3].isMark("(") {
            return true
        }
        var position = index - 1
        while position >= 0, tokens[position].kind == .word, index - position <= 2 {
            if Self.baseWords.contains(tokens[position].text) { return true }
            guard Lexicon.wholeDeterminers.contains(tokens[position].text) else { return false }
            position -= 1
        }
        return false
    }

    /// Words after a number that mark it as added to what was there.
    private static let addingWords: Set<String> = ["extra", "nieuwe"]
    /// Words before a number that mark it as the level something is added to.
    private static let baseWords: Set<String> = ["bovenop", "thans", "nu", "momenteel"]
    /// How many words may stand between an added number and its word of adding.
    private static let addedReach = 3
}
