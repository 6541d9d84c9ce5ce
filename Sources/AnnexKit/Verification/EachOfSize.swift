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
        else {
            return sizeBeforeItems(numbers, total: total).map { ($0.size, $0.items, Exact(1)) }
        }
        return (size, items, Exact(1))
    }

    /// The size of each and the count of items of `numbers` (the two before `total`) when the size comes first, after
    /// a noun and 'van' with no count before them ('in wielen van 12 kilo; er rolden 355.000 van de pers, samen 4,26
    /// miljoen kilo'): the total counts what the size counts, and the items count no such unit. Such a size makes no
    /// sum with the items either.
    func sizeBeforeItems(_ numbers: [Int], total: Int) -> (size: Int, items: Int)? {
        guard numbers.count == 2 else { return nil }
        let (size, items) = (numbers[0], numbers[1])
        guard size >= Self.eachPhraseLength - 1, tokens[size - 1].isWord("van"), tokens[size - 2].kind == .word,
            !Lexicon.wholeDeterminers.contains(tokens[size - 2].text),
            size < Self.eachPhraseLength || tokens[size - Self.eachPhraseLength].kind != .number,
            [items, size, total].allSatisfy({ tokens[$0].number?.unit == .count }),
            let part = ReadingSanity.noun(after: size, in: tokens),
            let whole = ReadingSanity.noun(after: total, in: tokens), Self.areForms(part, whole),
            ReadingSanity.noun(after: items, in: tokens).map({ !Self.areForms($0, part) }) ?? true
        else { return nil }
        return (size, items)
    }

    /// The tokens from the items' count to the size's: the count, its noun and 'van'.
    static let eachPhraseLength = 3
}
