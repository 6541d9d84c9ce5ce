/// A table's caption on a line of its own: a word for a table or figure, a number of at most two levels ('2', '2.1',
/// '3.', '4:') and a title in words, perhaps closed by its year in brackets ('Tabel 2.1 Cliënten naar zorgvorm
/// (2025)', 'Figuur 4: Wachttijden', 'Overzicht 3.4 Bezoekers per vestiging'). Its number is no figure and it is no
/// prose: it heads the rows under it as a title does (`LineShape.title`), and its year dates them. A title that ends a
/// sentence ('Tabel 2 laat zien dat …'), opens in lower case or holds a value ('Tabel 3 12') is none.
struct TableCaption: Equatable {
    /// The caption's title, after its number ('Bezoekers per vestiging (2025)').
    let title: String
    /// The year the title names, in closing brackets or among its words.
    let year: Int?

    /// The caption `line` is (trimmed, tags stripped), if it is one.
    init?(_ line: String) {
        let words = line.split(separator: " ", maxSplits: 2)
        guard words.count == 3, Self.words.contains(words[0].lowercased()), Self.isCaptionNumber(words[1]),
            words[2].first?.isUppercase == true, let end = words[2].last, !Self.sentenceEnds.contains(end),
            words[2].split(separator: " ").count <= Self.longestTitle
        else { return nil }
        let tokens = Tokenizer.tokens(Array(words[2].unicodeScalars))
        let closing = tokens.lastIndex(where: { $0.isMark("(") && $0.depth == 0 }) ?? tokens.count
        guard tokens.last?.isMark(")") == true || closing == tokens.count,
            !tokens[..<closing].contains(where: { $0.kind == .number })
        else { return nil }
        let years = tokens.compactMap(\.year)
        title = String(words[2])
        year = Set(years).count == 1 ? years[0] : nil
    }

    /// Words that name a table or figure ('Tabel', 'Figuur', 'Overzicht', 'Bijlage').
    static let words: Set<String> = [
        "tabel", "figuur", "grafiek", "kaart", "afbeelding", "overzicht", "bijlage", "table", "figure", "chart",
    ]
    /// The most words of a caption's title.
    static let longestTitle = 15
    /// The most levels of a caption's number ('2.1').
    static let mostLevels = 2
    /// Marks that end a sentence: a caption ending in one is prose.
    private static let sentenceEnds: Set<Character> = [".", "!", "?"]

    /// A caption's number: at most `mostLevels` levels of small whole numbers joined by full stops, with at most a
    /// closing full stop or colon ('2', '2.1', '3.', '4:').
    private static func isCaptionNumber(_ word: Substring) -> Bool {
        let number = word.last == "." || word.last == ":" ? word.dropLast() : word
        let levels = number.split(separator: ".", omittingEmptySubsequences: false)
        return (1...mostLevels).contains(levels.count)
            && levels.allSatisfy { (1...NumberedHeading.mostDigits).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }
    }
}
