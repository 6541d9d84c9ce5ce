/// A numbered heading on a line of its own, at the start of a paragraph: it names a part of the text, its number is
/// no figure, and it is no prose to be joined to the sentence under it.
///
/// Two forms: a *numbered part*, a word or two and a small whole number, at most a colon or full stop after it
/// ('Antwoord 5', 'Vraag 12', 'Bijlage 2:', 'Stap 3'), which numbers a question, answer or step of the paragraph it
/// stands in; and a *section*, a section number and a short title without figures or a sentence end ('2.1 Instroom',
/// '4 Conclusies', '3.2.1 Wachttijden in de jeugdzorg'), which opens a part of the text as a Markdown heading does.
/// A line with a colon and a value ('Meldingen 2023: 1.240'), a year ('Kerncijfers 2025'), a number with a decimal
/// or thousands mark, or a total word ('Totaal 27') is none.
enum NumberedHeading: Equatable {
    case part
    case section

    /// The form of `line` (trimmed, tags stripped), if it is a numbered heading.
    init?(_ line: String) {
        // Split no further than is needed to tell a line longer than the longest (prose) from a heading.
        let words = line.split(separator: " ", maxSplits: Self.longestSection + 1)
        guard let first = words.first, words.count <= Self.longestSection else { return nil }
        if Self.isSectionNumber(first) {
            let title = words.dropFirst()
            guard let opening = title.first, opening.first?.isUppercase == true,
                title.allSatisfy(Self.isTitleWord), line.last.map(Self.sentenceEnds.contains) == false
            else { return nil }
            self = .section
            return
        }
        guard (2...Self.longestPartLabel + 1).contains(words.count), first.first?.isUppercase == true,
            words.dropLast().allSatisfy({ $0.allSatisfy(\.isLetter) }),
            !words.dropLast().contains(where: { Self.summaryWords.contains($0.lowercased()) }),
            Self.isPartNumber(words[words.count - 1])
        else { return nil }
        self = .part
    }

    /// The most words of a section heading, its number included ('3.2 Meldingen van huiselijk geweld per regio').
    static let longestSection = 9
    /// The most words before a numbered part's number ('Deel', 'Bijlage', 'Kamervraag', 'Vraag en antwoord').
    static let longestPartLabel = 2
    /// The most digits of a part's number or of one level of a section number: a small whole number.
    static let mostDigits = 2
    /// The most levels of a section number ('3.2.1').
    static let mostLevels = 3
    /// Words that make a label of a count, not of a part ('Totaal 27', 'Gemiddeld 14').
    private static let summaryWords: Set<String> = ["totaal", "samen", "gemiddeld", "gemiddelde", "overig", "overige"]
    /// Marks that end a sentence: a line ending in one is prose, not a title (also a caption's, `TableCaption`).
    static let sentenceEnds: Set<Character> = [".", "!", "?"]

    /// A small whole number, with at most a colon or full stop after it ('5', '12:', '2.').
    private static func isPartNumber(_ word: Substring) -> Bool {
        let digits = word.last == ":" || word.last == "." ? word.dropLast() : word
        return (1...mostDigits).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit)
    }

    /// A section number: levels of small whole numbers joined by full stops, with at most a closing full stop
    /// ('4', '2.1', '3.2.1.'); a number with three digits after a point ('1.240') is a figure, and one level with
    /// a full stop ('1.') the mark of an item of a list.
    private static func isSectionNumber(_ word: Substring) -> Bool {
        let levels = (word.last == "." ? word.dropLast() : word).split(separator: ".", omittingEmptySubsequences: false)
        return (1...mostLevels).contains(levels.count) && !(levels.count == 1 && word.last == ".")
            && levels.allSatisfy { (1...mostDigits).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }
    }

    /// A word of a title: letters, with hyphens, apostrophes, commas and brackets, and no digit ('jeugdzorg',
    /// '(Ifzo)', 'ex-gedetineerden,').
    private static func isTitleWord(_ word: Substring) -> Bool {
        word.contains(where: \.isLetter) && !word.contains(where: \.isNumber)
    }
}
