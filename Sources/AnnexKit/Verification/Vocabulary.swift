import Foundation
import Yams

/// The words that tie prose to the data: which words name which measure of which table.
public struct Vocabulary: Sendable, Decodable {
    public struct Entry: Sendable, Decodable {
        public let table: String
        public let measure: String
        /// Words that must all occur; each matches written words that start with it.
        public let words: [String]
        /// Words that rule the entry out when they occur in the sentence or its heading.
        public let unless: [String]?
    }

    /// Other names of municipalities, by code ('Den Haag' → GM0518).
    public let regions: [String: String]?
    public let measures: [Entry]

    public static func load(path: String) throws -> Vocabulary {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw LoadErrors([LoadError(file: path, .unreadable(reason: "bestaat niet of geen UTF-8"))])
        }
        do {
            return try YAMLDecoder().decode(Vocabulary.self, from: text)
        } catch {
            throw LoadErrors([LoadError(file: path, .invalidSpec(reason: "woordenlijst niet te lezen: \(error)"))])
        }
    }
}
