import Foundation

/// The words, numbers, years and regions of one sentence, with the sentences before it.
struct SentenceContext {
    struct Word {
        let text: String
        let offset: Int
    }

    struct RegionMention {
        let code: String
        let name: String
        let offset: Int
        let type: RegionType
    }

    let sentence: Sentence
    let characters: [Character]
    let words: [Word]
    let numbers: [NumberToken]
    let years: [(year: Int, offset: Int)]
    let regions: [RegionMention]
    /// Up to five earlier sentences under the same heading, nearest first.
    let earlier: [Sentence]

    init(_ sentence: Sentence, earlier: [Sentence], gazetteer: Gazetteer, synonyms: [String: String]) {
        self.sentence = sentence
        self.earlier = earlier
        characters = Array(sentence.text)
        words = Self.words(sentence.text)
        numbers = NumberScanner.numbers(in: sentence.text)
        years = NumberScanner.years(in: sentence.text)
        regions = Self.regions(in: sentence.text, gazetteer: gazetteer, synonyms: synonyms)
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

    static func regions(in text: String, gazetteer: Gazetteer, synonyms: [String: String]) -> [RegionMention] {
        var names: [(String, String, RegionType)] = gazetteer.municipalities.filter { $0.validTo == nil }.map { ($0.name, $0.code, .gemeente) }
        names += gazetteer.aliases.compactMap { alias in gazetteer.municipality(code: alias.code).map { _ in (alias.alias, alias.code, .gemeente) } }
        names += synonyms.map { ($0.key, $0.value, .gemeente) }
        if text.lowercased().contains("arrondissement") {
            names = gazetteer.arrondissementen.map { ($0.name, $0.code, .arrondissement) }
        }
        var result: [RegionMention] = []
        let characters = Array(text)
        for (name, code, type) in names.sorted(by: { $0.0.count > $1.0.count }) {
            var searchStart = text.startIndex
            while let range = text.range(of: name, range: searchStart..<text.endIndex) {
                let offset = text.distance(from: text.startIndex, to: range.lowerBound)
                let end = offset + name.count
                let boundaryBefore = offset == 0 || !(characters[offset - 1].isLetter || characters[offset - 1] == "-")
                let boundaryAfter = end >= characters.count || !(characters[end].isLetter || characters[end] == "-")
                let overlaps = result.contains { offset < $0.offset + $0.name.count && $0.offset < end }
                if boundaryBefore && boundaryAfter && !overlaps {
                    result.append(RegionMention(code: code, name: gazetteer.municipality(code: code)?.name ?? name,
                                                offset: offset, type: type))
                }
                searchStart = range.upperBound
            }
        }
        return result.sorted { $0.offset < $1.offset }
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
