import Foundation

/// The words, numbers, years and regions of one sentence, with the sentences before it.
struct SentenceContext {
    struct Word {
        let text: String
        let offset: Int
    }

    /// A region named in the sentence: the name matched (perhaps an alias) and where it stands.
    struct RegionMention {
        let match: RegionNames.Name
        let offset: Int

        var code: String { match.code }
        /// The official name, for messages.
        var name: String { match.official }
        var type: RegionType { match.type }
        /// Offset just after the matched text.
        var end: Int { offset + match.text.count }
    }

    let sentence: Sentence
    let characters: [Character]
    let words: [Word]
    let numbers: [NumberToken]
    let years: [(year: Int, offset: Int)]
    let regions: [RegionMention]
    /// Up to five earlier sentences under the same heading, nearest first.
    let earlier: [Sentence]

    /// `names` finds the regions a sentence mentions; nil where only words, numbers and years are read.
    init(_ sentence: Sentence, earlier: [Sentence], names: RegionNames?) {
        self.sentence = sentence
        self.earlier = earlier
        characters = Array(sentence.text)
        words = Self.words(sentence.text)
        numbers = NumberScanner.numbers(in: sentence.text)
        years = NumberScanner.years(in: sentence.text)
        regions = names?.mentions(in: sentence.text) ?? []
    }

    /// Lower-case words with their offsets; 'in- en uitstroom' reads as 'instroom en uitstroom'.
    static func words(_ text: String) -> [Word] {
        var result: [Word] = []
        var current = "", start = 0
        for (offset, character) in text.enumerated() {
            if character.isLetter || character.isNumber || (character == "-" && !current.isEmpty) {
                if current.isEmpty { start = offset }
                current.append(character)
            } else if !current.isEmpty {
                result.append(Word(text: current.lowercased(), offset: start))
                current = ""
            }
        }
        if !current.isEmpty { result.append(Word(text: current.lowercased(), offset: start)) }
        for index in result.indices where result[index].text == "in-" && index + 2 < result.count
            && result[index + 1].text == "en" && result[index + 2].text.hasPrefix("uit") {
            result[index] = Word(text: "instroom", offset: result[index].offset)
        }
        return result
    }

    func text(_ from: Int, _ to: Int) -> String {
        let lower = max(0, min(from, characters.count)), upper = max(lower, min(to, characters.count))
        return String(characters[lower..<upper])
    }

    /// The number before / after `index` in `numbers`, or the sentence edge.
    func segmentBefore(_ index: Int) -> (Int, Int) { (index == 0 ? 0 : numbers[index - 1].end, numbers[index].start) }
    func segmentAfter(_ index: Int) -> (Int, Int) {
        (numbers[index].end, index + 1 < numbers.count ? numbers[index + 1].start : characters.count)
    }

    /// The text in parentheses right after the number, if any ('16.166 ambulante plaatsingen (86%)' has none;
    /// '9,2% ('ondersteuning thuis')' has 'ondersteuning thuis').
    func parenthesisAfter(_ index: Int) -> (Int, Int)? {
        var position = numbers[index].end
        while position < characters.count && characters[position] == " " { position += 1 }
        guard position < characters.count, characters[position] == "(" else { return nil }
        guard let close = characters[position...].firstIndex(of: ")") else { return nil }
        return (position + 1, close)
    }

    func words(in range: (Int, Int)) -> [String] {
        words.filter { $0.offset >= range.0 && $0.offset < range.1 }.map(\.text)
    }
}

/// The names regions are mentioned by in prose, gathered and sorted once per verification:
/// current municipalities, aliases and synonyms, and (in sentences about districts) the districts.
struct RegionNames {
    struct Name {
        let text: String
        let code: String
        let official: String
        let type: RegionType
    }

    let municipal: [Name]
    let districts: [Name]

    init(gazetteer: Gazetteer, synonyms: [String: String]) {
        func official(_ code: String, _ fallback: String) -> String { gazetteer.municipality(code: code)?.name ?? fallback }
        var municipal = gazetteer.municipalities.filter { $0.validTo == nil }
            .map { Name(text: $0.name, code: $0.code, official: $0.name, type: .gemeente) }
        municipal += gazetteer.aliases.filter { gazetteer.municipality(code: $0.code) != nil }
            .map { Name(text: $0.alias, code: $0.code, official: official($0.code, $0.alias), type: .gemeente) }
        municipal += synonyms.map { Name(text: $0.key, code: $0.value, official: official($0.value, $0.key), type: .gemeente) }
        // Longest first, so 'Utrechtse Heuvelrug' wins over 'Utrecht'; ties by name, so the order is fixed.
        func sorted(_ names: [Name]) -> [Name] { names.sorted { ($1.text.count, $0.text) < ($0.text.count, $1.text) } }
        self.municipal = sorted(municipal)
        districts = sorted(gazetteer.arrondissementen.map { Name(text: $0.name, code: $0.code, official: $0.name, type: .arrondissement) })
    }

    /// The regions `text` names, in order; a sentence about 'arrondissementen' names districts.
    func mentions(in text: String) -> [SentenceContext.RegionMention] {
        let names = text.lowercased().contains("arrondissement") ? districts : municipal
        var result: [SentenceContext.RegionMention] = []
        let characters = Array(text)
        for name in names {
            var searchStart = text.startIndex
            while let range = text.range(of: name.text, range: searchStart..<text.endIndex) {
                let offset = text.distance(from: text.startIndex, to: range.lowerBound)
                let end = offset + name.text.count
                let boundaryBefore = offset == 0 || !(characters[offset - 1].isLetter || characters[offset - 1] == "-")
                let boundaryAfter = end >= characters.count || !(characters[end].isLetter || characters[end] == "-")
                let overlaps = result.contains { offset < $0.end && $0.offset < end }
                if boundaryBefore && boundaryAfter && !overlaps {
                    result.append(SentenceContext.RegionMention(match: name, offset: offset))
                }
                searchStart = range.upperBound
            }
        }
        return result.sorted { $0.offset < $1.offset }
    }
}
