import Foundation
import Testing
import Yams
@testable import AnnexKit

/// The translation files read straight from the parser's events (`FlatTexts`) give what the full
/// reading gives, and leave every file with a problem to it.
@Suite("Flat translation files")
struct FlatTextsTests {
    /// Three keys, as the program's messages and the phrases are named.
    enum Sample: String, CaseIterable, Hashable {
        case first = "help.first", second = "help.second", third = "table.note"
    }

    static let good = """
        # a comment
        help.first: "Eerste {tekst}"
        help.second: tweede, met 'aanhalingstekens'
        table.note: >-
          gevouwen
          tekst
        """

    /// The same keys written as the program's messages are: one double-quoted text a line.
    static let quoted = """
        # a comment

        help.first: "Eerste {tekst}"
        help.second: "tweede, met 'aanhalingstekens', \\\\ en \\"citaat\\""
        table.note: "  een noot: # geen commentaar  "
        """

    @Test("A text told blank by its first bytes is blank exactly when every character is white space")
    func blankText() {
        let pieces = [" ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{A0}", "\u{2003}", "\u{3000}", "\u{85}",
                      "a", "\u{301}", "é", "\u{1C}", "\u{600}", "0", "\u{200B}"]
        var texts = [""]
        for _ in 0..<3 { texts = texts.flatMap { text in pieces.map { text + $0 } } }
        for text in texts { #expect(FlatTexts.blank(text) == text.allSatisfy(\.isWhitespace), "\(Array(text.utf8))") }
    }

    @Test("The built-in messages and the templates' phrases: the same texts as the full reading")
    func sameAsFull() throws {
        for (language, bytes) in [(Language.nl, PackageResources.nl_yaml), (.en, PackageResources.en_yaml)] {
            let text = String(decoding: bytes, as: UTF8.self)
            let flat = try #require(FlatTexts.read(text, as: Message.self))
            let full = try MessageBook.read(text, language: language)
            for message in Message.allCases { #expect(flat[message] == full.template(message)) }
        }
        for language in Language.allCases {
            let path = PhraseBook.path(templates: Paths.packageRoot + "/templates", language: language)
            let flat = try #require(FlatTexts.read(try readText(path), as: Phrase.self))
            #expect(flat == (try Self.full(try readText(path), as: Phrase.self)))
        }
    }

    @Test("The built-in messages are read line by line, without the parser; a file of quoted lines as YAML reads it")
    func quotedLines() throws {
        let keys = Dictionary(uniqueKeysWithValues: Message.allCases.map { ($0.rawValue, $0) })
        for bytes in [PackageResources.nl_yaml, PackageResources.en_yaml] {
            #expect(FlatTexts.quotedLines(String(decoding: bytes, as: UTF8.self), keys: keys) != nil)
        }
        let sample = Dictionary(uniqueKeysWithValues: Sample.allCases.map { ($0.rawValue, $0) })
        let texts = try #require(FlatTexts.quotedLines(Self.quoted, keys: sample))
        #expect(texts == [.first: "Eerste {tekst}", .second: "tweede, met 'aanhalingstekens', \\ en \"citaat\"",
                          .third: "  een noot: # geen commentaar  "])
        #expect(texts == (try Self.full(Self.quoted, as: Sample.self)))
        // Left to the parser: another escape, a plain or single-quoted text, a tab, a text after the quote.
        for (old, new) in [("{tekst}", "\\n"), ("\"Eerste {tekst}\"", "Eerste"), ("\"Eerste {tekst}\"", "'Eerste'"),
                           ("Eerste", "\tEerste"), ("{tekst}\"", "{tekst}\" # x"), ("Eerste", "\u{2028}")] {
            let text = Self.quoted.replacingOccurrences(of: old, with: new)
            #expect(FlatTexts.quotedLines(text, keys: sample) == nil, "\(text)")
        }
    }

    @Test("Every key reads as a text in YAML, so no key's type needs working out")
    func keysAreTexts() {
        let names = Message.allCases.map(\.rawValue) + Phrase.allCases.map(\.rawValue)
        for name in names {
            #expect(Resolver.default.resolveTag(of: Node(name)) == .str, "\(name)")
        }
    }

    @Test("A file with a problem is left to the full reading", arguments: [
        "help.first: a\nhelp.second: b\n",                                  // a key missing
        good + "\nhelp.first: again\n",                                     // a key twice
        good + "\nhelp.other: x\n",                                         // an unknown key
        good.replacingOccurrences(of: "tweede, met 'aanhalingstekens'", with: "\"\""),  // an empty text
        good.replacingOccurrences(of: "\"Eerste {tekst}\"", with: "[a, b]"),           // a list
        good.replacingOccurrences(of: "\"Eerste {tekst}\"", with: "&a x"),             // an anchor
        good.replacingOccurrences(of: "\"Eerste {tekst}\"", with: "!!str x"),          // a tag
        good + "\n---\nhelp.first: a\n",                                    // two documents
        "- help.first\n", "", "help.first: 'open",
    ])
    func leftToFullReading(text: String) {
        #expect(FlatTexts.read(text, as: Sample.self) == nil)
    }

    @Test("Damaged files: what the flat reading takes, the full reading takes without a problem, with the same texts",
          arguments: [good, quoted])
    func damaged(good: String) throws {
        let good = Array(good.utf8)
        let pieces = ["&a ", "*a", "!!str ", "- ", ": ", "\"", "'", "\n", "\n  ", "{", "}", "[", "]", "#", "---\n",
                      "help.first: ", "table.note", "|", ">", "~", "1", "yes", "\\", ",", "?", "\\\"", "\\n", "\t",
                      "\u{85}", "\u{2028}", "\u{FEFF}", "\r", " #", "é"].map { Array($0.utf8) }
        var generator = SystemRandomNumberGenerator()
        var taken = 0
        for _ in 0..<2_000 {
            var bytes = good
            for _ in 0...Int.random(in: 0...2, using: &generator) {
                let index = Int.random(in: bytes.indices, using: &generator)
                switch Int.random(in: 0...2, using: &generator) {
                case 0: bytes.removeSubrange(index..<min(bytes.count, index + Int.random(in: 1...4, using: &generator)))
                case 1: bytes.insert(contentsOf: pieces.randomElement(using: &generator)!, at: index)
                default: bytes.replaceSubrange(index...index, with: pieces.randomElement(using: &generator)!)
                }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            guard let flat = FlatTexts.read(text, as: Sample.self) else { continue }
            taken += 1
            #expect(flat == (try? Self.full(text, as: Sample.self)), "\(text)")
        }
        #expect(taken > 0)
    }

    /// The texts of a file read in full, throwing its problems.
    static func full<Key: RawRepresentable & CaseIterable & Hashable>(_ text: String, as _: Key.Type) throws
        -> [Key: String] where Key.RawValue == String
    {
        var file = try TranslationFile(text: text, path: "t.yaml")
        let texts = file.keyed(Key.self)
        try file.finish()
        return texts
    }
}
