/// Any key, to see every key a YAML mapping has.
struct AnyCodingKey: CodingKey {
    let stringValue: String
    let intValue: Int? = nil
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Decoder {
    /// Throws when the mapping has a key that `Keys` does not know: a typo in a report spec
    /// ('colums:') must be an error, not silently ignored.
    func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws {
        let known = Set(Keys.allCases.map(\.stringValue))
        let container = try self.container(keyedBy: AnyCodingKey.self)
        if let unknown = container.allKeys.map(\.stringValue).sorted().first(where: { !known.contains($0) }) {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: codingPath,
                debugDescription: "onbekend veld '\(unknown)'; bekende velden: \(known.sorted().joined(separator: ", "))"))
        }
    }
}

extension KeyedDecodingContainer {
    /// A text that `problem` finds nothing wrong with (`Identifier.problem`, `DataFolder.problem`);
    /// what it refuses is a decoding error located at the value, so the spec error names its line.
    func decode(_ key: Key, checkedBy problem: (String) -> String?) throws -> String {
        let text = try decode(String.self, forKey: key)
        if let reason = problem(text) {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: reason)
        }
        return text
    }

    /// Such a text, if present.
    func decodeIfPresent(_ key: Key, checkedBy problem: (String) -> String?) throws -> String? {
        contains(key) ? try decode(key, checkedBy: problem) : nil
    }
}

extension DecodingError {
    /// Where the error is; for a missing field, the mapping that lacks it.
    var context: Context {
        switch self {
        case .keyNotFound(_, let context), .typeMismatch(_, let context), .valueNotFound(_, let context),
             .dataCorrupted(let context):
            context
        @unknown default:
            Context(codingPath: [], debugDescription: "\(self)")
        }
    }

    /// The error in Dutch, after the path of the field it concerns: 'tables[2].top: verwacht een
    /// geheel getal', 'verplicht veld 'id' ontbreekt'.
    var dutchDescription: String {
        let reason: String
        switch self {
        case .keyNotFound(let key, _): reason = "verplicht veld '\(key.stringValue)' ontbreekt"
        case .typeMismatch(let type, _), .valueNotFound(let type, _): reason = "verwacht " + Self.expected(type)
        case .dataCorrupted(let context): reason = context.debugDescription
        @unknown default: reason = "\(self)"
        }
        let place = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
        return place.isEmpty ? reason : "\(place.drop { $0 == "." }): \(reason)"
    }

    /// What a value of `type` looks like, in words.
    private static func expected(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "een geheel getal"
        case is Double.Type: "een getal"
        case is Bool.Type: "true of false"
        case is String.Type: "een tekst"
        case is any Sequence.Type: "een lijst of sleutels met waarden"
        default: "een waarde van het soort \(type)"
        }
    }
}
