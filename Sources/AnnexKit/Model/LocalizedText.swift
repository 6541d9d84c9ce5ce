/// A text that comes with the data (the evidence for a correction, a note on a name), in the
/// source language and in the translations the data file gives (`evidence_en`, `note_en`).
public struct LocalizedText: Sendable, Hashable {
    public let text: String
    public let translations: [Language: String]
    /// Where the text is recorded, for a missing translation.
    public let file: String
    public let line: Int?

    public init(_ text: String, translations: [Language: String] = [:], file: String = "", line: Int? = nil) {
        self.text = text
        self.translations = translations
        self.file = file
        self.line = line
    }

    public var isEmpty: Bool { text.isEmpty }

    /// The text in `language`; nil when it has no translation into it.
    public func text(in language: Language) -> String? {
        language == .source ? text : translations[language]
    }

    /// The translations in the columns `<column>_<language>` of a CSV record.
    static func translations(_ column: String, _ field: (String) -> String) -> [Language: String] {
        var result: [Language: String] = [:]
        for language in Language.allCases where language != .source {
            let text = field("\(column)_\(language.rawValue)")
            if !text.isEmpty { result[language] = text }
        }
        return result
    }
}
