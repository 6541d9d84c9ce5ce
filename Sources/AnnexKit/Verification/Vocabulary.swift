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

        enum CodingKeys: String, CodingKey, CaseIterable { case table, measure, words, unless }

        init(table: String, measure: String, words: [String], unless: [String]?) {
            (self.table, self.measure, self.words, self.unless) = (table, measure, words, unless)
        }

        public init(from decoder: Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            table = try container.decode(String.self, forKey: .table)
            measure = try container.decode(String.self, forKey: .measure)
            words = try container.decode([String].self, forKey: .words)
            unless = try container.decodeIfPresent([String].self, forKey: .unless)
            if words.isEmpty { throw DecodingError.dataCorruptedError(forKey: .words, in: container, debugDescription: "geen woorden") }
        }
    }

    /// Other names of municipalities, by code ('Den Haag' → GM0518).
    public let regions: [String: String]?
    public let measures: [Entry]

    enum CodingKeys: String, CodingKey, CaseIterable { case regions, measures }

    init(regions: [String: String]?, measures: [Entry]) {
        self.regions = regions
        self.measures = measures
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        regions = try container.decodeIfPresent([String: String].self, forKey: .regions)
        measures = try container.decode([Entry].self, forKey: .measures)
    }

    public static func load(path: String) throws -> Vocabulary {
        let document = try YAMLDocument(path: path, kind: { .invalidSpec(reason: "woordenlijst niet te lezen: " + $0) })
        return try document.decode(Vocabulary.self)
    }
}
