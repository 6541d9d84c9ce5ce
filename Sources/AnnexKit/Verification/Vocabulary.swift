import Foundation
import Yams

/// The words that tie prose to a report's data: which words name which measure of which table, the
/// words for each source, sector and population the tables declare in their `scope`, and other
/// names of municipalities.
public struct Vocabulary: Sendable, Decodable {
    public struct Entry: Sendable, Decodable {
        public let table: String
        public let measure: String
        /// Words that must all occur in the claim's sentence; each matches written words that start with it.
        /// The first is the topic ('meldingen', 'instroom'), the others qualify it ('begin detentie').
        public let words: [String]
        /// Each of `words` split into its words ('begin detentie' → 'begin', 'detentie').
        let parts: [[String]]

        enum CodingKeys: String, CodingKey, CaseIterable { case table, measure, words }

        init(table: String, measure: String, words: [String]) {
            (self.table, self.measure, self.words) = (table, measure, words.map { $0.lowercased() })
            parts = self.words.map(Vocabulary.split)
        }

        public init(from decoder: Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            table = try container.decode(String.self, forKey: .table)
            measure = try container.decode(String.self, forKey: .measure)
            words = try container.decode([String].self, forKey: .words).map { $0.lowercased() }
            parts = words.map(Vocabulary.split)
            if words.isEmpty {
                throw DecodingError.dataCorruptedError(forKey: .words, in: container, debugDescription: "geen woorden")
            }
        }
    }

    /// Other names of municipalities, by code ('Den Haag' → GM0518).
    public let regions: [String: String]?
    /// Per dimension, the words for each scope value: `source: {injus: [Injus], 3ro: [3RO, SIBa]}`.
    public let scopes: [ScopeDimension: [String: [String]]]
    public let measures: [Entry]

    enum CodingKeys: String, CodingKey, CaseIterable { case regions, scopes, measures }

    init(regions: [String: String]? = nil, scopes: [ScopeDimension: [String: [String]]] = [:], measures: [Entry]) {
        (self.regions, self.measures) = (regions, measures)
        self.scopes = scopes.mapValues { $0.mapValues { $0.map { $0.lowercased() } } }
        scopeParts = self.scopes.mapValues { $0.mapValues { $0.map(Vocabulary.split) } }
    }

    /// `scopes` with each phrase split into its words.
    let scopeParts: [ScopeDimension: [String: [[String]]]]

    static func split(_ phrase: String) -> [String] { phrase.split(separator: " ").map(String.init) }

    /// No words at all: only the numbers of the text itself can be checked.
    public static let empty = Vocabulary(measures: [])

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        regions = try container.decodeIfPresent([String: String].self, forKey: .regions)
        measures = try container.decode([Entry].self, forKey: .measures)
        var scopes: [ScopeDimension: [String: [String]]] = [:]
        for (key, values) in try container.decodeIfPresent([String: [String: [String]]].self, forKey: .scopes) ?? [:] {
            guard let dimension = ScopeDimension(rawValue: key) else {
                let known = ScopeDimension.allCases.map(\.rawValue).joined(separator: ", ")
                throw DecodingError.dataCorruptedError(
                    forKey: .scopes, in: container,
                    debugDescription: "onbekende dimensie '\(key)'; bekend: \(known)")
            }
            scopes[dimension] = values.mapValues { $0.map { $0.lowercased() } }
        }
        self.scopes = scopes
        scopeParts = scopes.mapValues { $0.mapValues { $0.map(Vocabulary.split) } }
    }

    public static func load(path: String) throws -> Vocabulary {
        let document = try YAMLDocument(path: path, kind: {
            .invalidSpec(reason: MessageText(.vocabularyUnreadable, ["problem": .message($0)]))
        })
        return try document.decode(Vocabulary.self)
    }

    /// Problems with a report's tables: an entry naming an unknown table or measure, a scope value
    /// no scope words exist for.
    func problems(with spec: ReportSpec) -> [MessageText] {
        var problems: [MessageText] = []
        for entry in measures {
            let names: [String: MessageText.Value] = ["table": .plain(entry.table), "measure": .plain(entry.measure)]
            guard let table = spec.tables.first(where: { $0.id == entry.table }) else {
                problems.append(MessageText(.vocabularyUnknownTable, names))
                continue
            }
            if !table.measures.contains(where: { $0.id == entry.measure }) {
                problems.append(MessageText(.vocabularyUnknownMeasure, names))
            }
        }
        for table in spec.tables {
            for scope in [table.scope] + table.measures.map(\.scope) {
                for (dimension, id) in scope.references where scopes[dimension]?[id] == nil {
                    problems.append(MessageText(.vocabularyScopeWithoutWords, [
                        "table": .plain(table.id), "dimension": .plain(dimension.rawValue), "id": .plain(id),
                    ]))
                }
            }
        }
        return problems
    }
}
