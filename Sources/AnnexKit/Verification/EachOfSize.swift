/// A count that says what each counted item is made of ('412 teams van vier lopers', '85 klassen van 28 leerlingen'):
/// it makes no sum with the count before it, and a total of its noun after both restates their product ('412 teams
/// van vier lopers, samen 1.648 lopers': 412 × 4).
extension ClaimParser {
    /// Whether the count at `index` follows 'van' after another count and its noun: it says what each of those is
    /// made of or where they come from.
    func describesEach(_ index: Int) -> Bool {
        index >= Self.eachPhraseLength && tokens[index - 1].isWord("van") && tokens[index - 2].kind == .word
            && !Lexicon.wholeDeterminers.contains(tokens[index - 2].text)
            && tokens[index - Self.eachPhraseLength].kind == .number
    }

    /// The count of items and the size of each (`describesEach`) of `numbers` (the two before `total`), when the total
    /// counts what each is made of: its noun is a form of the size's ('lopers' and 'lopers').
    func sizeOfEach(_ numbers: [Int], total: Int) -> (factor: Int, units: Int, scale: Exact)? {
        let (items, size) = (numbers[0], numbers[1])
        guard items == size - Self.eachPhraseLength, describesEach(size),
            [items, size, total].allSatisfy({ tokens[$0].number?.unit == .count }),
            let part = ReadingSanity.noun(after: size, in: tokens),
            let whole = ReadingSanity.noun(after: total, in: tokens), Self.areForms(part, whole)
        else { return nil }
        return (size, items, Exact(1))
    }

    /// The tokens from the items' count to the size's: the count, its noun and 'van'.
    static let eachPhraseLength = 3
}
