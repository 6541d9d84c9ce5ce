import Foundation
import Yams

/// Every `Phrase` in one language, read from `templates/i18n/<language>.yaml` and checked: each
/// phrase present, no unknown key, each text using exactly the placeholders of its phrase.
public struct PhraseBook: Sendable {
    public let language: Language
    /// Each phrase's text cut at its placeholders once, when the book is made (`pieces(of:)`).
    private let pieces: [Phrase: [Piece]]

    /// A piece of literal text and the placeholder after it (nil after the last piece).
    typealias Piece = (literal: Substring, placeholder: String?)

    private init(language: Language, pieces: [Phrase: [Piece]]) {
        self.language = language
        self.pieces = pieces
    }

    /// The file name of a language's phrases in the templates folder.
    public static func path(templates: String, language: Language) -> String {
        templates + "/i18n/\(language.rawValue).yaml"
    }

    /// The phrases of `language`: a file without a problem is read straight from the parser
    /// (`FlatTexts`); any other in full, which names each problem with its line.
    public static func load(templates: String, language: Language) throws -> PhraseBook {
        let path = path(templates: templates, language: language)
        let text = try InputFile.text(path)
        if let texts = FlatTexts.read(text, as: Phrase.self), texts[.numberDecimal] != texts[.numberGrouping] {
            let pieces = texts.mapValues(Self.pieces(of:))
            if pieces.allSatisfy({ phrase, pieces in placeholders(pieces) == Set(phrase.placeholders) }) {
                return PhraseBook(language: language, pieces: pieces)
            }
        }
        var file = try TranslationFile(text: text, path: path)
        var groupingNode: Node?
        let texts = file.keyed(Phrase.self) { file, phrase, text, node in
            if phrase == .numberGrouping { groupingNode = node }
            let used = placeholders(in: text)
            let expected = Set(phrase.placeholders)
            if used != expected {
                let missing = expected.subtracting(used).sorted().map { "{\($0)}" }.joined(separator: ", ")
                let unknown = used.subtracting(expected).sorted().map { "{\($0)}" }.joined(separator: ", ")
                let parts =
                    (missing.isEmpty ? [] : [MessageText(.translationPlaceholdersMissing, ["names": "\(missing)"])])
                    + (unknown.isEmpty ? [] : [MessageText(.translationPlaceholdersUnknown, ["names": "\(unknown)"])])
                file.problem(
                    node, at: phrase.rawValue, .translationPlaceholders, ["problems": .list(parts, separator: "; ")])
            }
        }
        // A reader tells 1.500 from 1,5 only by the marks: the decimal and the grouping mark differ.
        if let mark = texts[.numberDecimal], mark == texts[.numberGrouping] {
            file.problem(groupingNode, at: Phrase.numberGrouping.rawValue, .translationSameMarks, ["mark": "\(mark)"])
        }
        try file.finish()
        return PhraseBook(language: language, pieces: texts.mapValues(Self.pieces(of:)))
    }

    /// A text cut at its placeholders: each piece of literal text with the placeholder after it
    /// (nil after the last piece). A brace is a character '{' or '}' of its own: in ASCII text, where
    /// each byte is one, found among the bytes (most texts: searching their characters, twice, took 8% of
    /// the bench job's instructions at 342 rows; docs/performance.md), in any other among the characters.
    static func pieces(of text: String) -> [Piece] {
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        func brace(_ brace: Character, in text: Substring) -> String.Index? {
            ascii ? text.utf8.firstIndex(of: brace.asciiValue!) : text.firstIndex(of: brace)
        }
        var pieces: [Piece] = []
        var rest = text[...]
        while let open = brace("{", in: rest), let close = brace("}", in: rest[open...]) {
            // A brace is one byte, whichever way it was found.
            pieces.append((rest[..<open], String(rest[text.utf8.index(after: open)..<close])))
            rest = rest[text.utf8.index(after: close)...]
        }
        return pieces + [(rest, nil)]
    }

    /// The names between braces in a text.
    static func placeholders(in text: String) -> Set<String> { placeholders(pieces(of: text)) }

    /// The names of the placeholders of a text's pieces.
    static func placeholders(_ pieces: [Piece]) -> Set<String> { Set(pieces.compactMap(\.placeholder)) }

    /// The literal texts of a phrase whose placeholders all take one value, cut at them: the value goes between
    /// each and the next (`CitationWords`, which puts a value in many times without filling the phrase each time).
    func literals(_ phrase: Phrase) -> [String] {
        precondition(Set(phrase.placeholders).count == 1, "\(phrase.rawValue): one placeholder")
        return pieces[phrase]!.map { String($0.literal) }
    }

    /// A phrase's text cut at its placeholders, each literal with the placeholder after it (nil after the last), to
    /// be filled in many times without looking it up each time (`CitationWords`).
    func cut(_ phrase: Phrase) -> [Piece] { pieces[phrase]! }

    /// The text of a phrase with its placeholders filled in; `values` names every placeholder of
    /// the phrase (checked when the book was loaded, so the text has no others).
    public func text(_ phrase: Phrase, _ values: [String: String] = [:]) -> String {
        let names = phrase.placeholders
        precondition(names.allSatisfy { values[$0] != nil } && values.keys.allSatisfy(names.contains),
                     "\(phrase.rawValue): waarden voor \(names)")
        var text = ""
        for piece in pieces[phrase]! {
            text += piece.literal
            if let name = piece.placeholder { text += values[name]! }
        }
        return text
    }
}
