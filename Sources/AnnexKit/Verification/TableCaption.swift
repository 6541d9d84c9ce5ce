/// A table's caption on a line of its own: a word for a table or figure and a number of at most two levels ('2',
/// '2.1', '3.', '4:'), then text. Its word and number are no figure and no prose. When the text is a title in words,
/// perhaps closed by its year in brackets ('Tabel 2.1 Cliënten naar zorgvorm (2025)', 'Figuur 4: Wachttijden',
/// 'Overzicht 3.4 Bezoekers per vestiging'), it heads the rows under it as a title does (`LineShape.title`) and its
/// year dates them; other text after a closing full stop or colon is read as the line it is ('Tabel 2. Instroom per
/// jaar: 2021: 310 - …'). A bare number before text in lower case ('Tabel 2 laat zien dat …') or a value after the
/// number ('Tabel 3 12') makes no caption.
struct TableCaption: Equatable {
    /// The text after the caption's number ('Bezoekers per vestiging (2025)').
    let text: String
    /// Whether that text is a title in words: opening in upper case, no sentence end, no number but in its closing
    /// brackets.
    let isTitle: Bool
    /// The year the title names, in closing brackets or among its words.
    let year: Int?
    /// Whether the title closes with the unit or scale of its rows ('(aantal scholen)', '(mld euro)', '(x 1.000)'):
    /// a title line that says how its rows are read (`SentenceAnalysis.isUnitTableTitle`).
    let statesUnit: Bool

    /// The caption `line` is (trimmed, tags stripped), if it is one.
    init?(_ line: String) {
        let words = line.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, Self.words.contains(words[0].lowercased()), Self.isCaptionNumber(words[1]) else {
            return nil
        }
        let closed = words[1].last == "." || words[1].last == ":"
        let rest = words.count == 3 ? words[2] : ""
        // 'Figuur 2.' alone is a caption; 'Bijlage 2' alone a numbered part (`NumberedHeading`).
        let opensTitle = rest.first?.isUppercase == true
        guard rest.isEmpty ? closed : rest.first?.isLetter == true && (opensTitle || closed) else { return nil }
        let tokens = Tokenizer.tokens(Array(rest.unicodeScalars))
        let closing = tokens.lastIndex(where: { $0.isMark("(") && $0.depth == 0 }) ?? tokens.count
        text = String(rest)
        isTitle =
            opensTitle && rest.last.map(NumberedHeading.sentenceEnds.contains) == false
            && rest.split(separator: " ").count <= Self.longestTitle
            && (tokens.last?.isMark(")") == true || closing == tokens.count)
            && !tokens[..<closing].contains(where: { $0.kind == .number })
        statesUnit = isTitle && (LineShape.unitBracketStart(tokens) != nil || TitleScale(tokens) != nil)
        let years = tokens.compactMap(\.year)
        year = Set(years).count == 1 ? years[0] : nil
    }

    /// Words that name a table or figure ('Tabel', 'Figuur', 'Overzicht', 'Bijlage').
    private static let words: Set<String> = [
        "tabel", "figuur", "grafiek", "kaart", "afbeelding", "overzicht", "bijlage", "table", "figure", "chart",
    ]
    /// The most words of a caption's title.
    static let longestTitle = 15
    /// The most levels of a caption's number ('2.1').
    static let mostLevels = 2

    /// A caption's number: at most `mostLevels` levels of small whole numbers joined by full stops, with at most a
    /// closing full stop or colon ('2', '2.1', '3.', '4:').
    private static func isCaptionNumber(_ word: Substring) -> Bool {
        let number = word.last == "." || word.last == ":" ? word.dropLast() : word
        let levels = number.split(separator: ".", omittingEmptySubsequences: false)
        let isLevel = { (level: Substring) in
            (1...NumberedHeading.mostDigits).contains(level.count) && level.allSatisfy(\.isASCIIDigit)
        }
        return (1...mostLevels).contains(levels.count) && levels.allSatisfy(isLevel)
    }
}
