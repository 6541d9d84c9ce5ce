/// Any key, to see every key a YAML mapping has.
struct AnyCodingKey: CodingKey {
    let stringValue: String
    let intValue: Int? = nil
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// A value of a spec or translation annex refuses, thrown where it is decoded with the path of
/// its field, so that the error names its line and column.
struct FieldError: Error {
    let message: MessageText
    let codingPath: [CodingKey]
}

/// A decoder that names the keys of the mapping it decodes without a keyed container, each key a text
/// (`rejectUnknownKeys` asks for every mapping of a spec).
protocol MappingKeys {
    /// The mapping's keys in order; throws as `container(keyedBy:)` does where the value is no mapping.
    func mappingKeys() throws -> [String]
}

extension Decoder {
    /// Throws when the mapping has a key that `Keys` does not know: a typo in a report spec
    /// ('colums:') must be an error, not silently ignored.
    func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws {
        let names = try (self as? MappingKeys)?.mappingKeys()
            ?? container(keyedBy: AnyCodingKey.self).allKeys.map(\.stringValue)
        if let unknown = names.filter({ Keys(stringValue: $0) == nil }).min() {
            let known = Set(Keys.allCases.map { $0.stringValue })
            throw FieldError(message: MessageText(.specUnknownField, ["field": "\(unknown)",
                        "known": "\(known.sorted().joined(separator: ", "))",
                    ]),
                             codingPath: codingPath + [AnyCodingKey(stringValue: unknown)])
        }
    }

    /// A refusal of the value this decoder decodes.
    func refuse(_ message: Message, _ values: [String: MessageText.Value] = [:]) -> FieldError {
        FieldError(message: MessageText(message, values), codingPath: codingPath)
    }
}

extension KeyedDecodingContainer {
    /// A text that `problem` finds nothing wrong with (`Identifier.problem`, `DataFolder.problem`);
    /// what it refuses is an error located at the value, so the spec error names its line.
    func decode(_ key: Key, checkedBy problem: (String) -> MessageText?) throws -> String {
        let text = try decode(String.self, forKey: key)
        if let reason = problem(text) { throw FieldError(message: reason, codingPath: codingPath + [key]) }
        return text
    }

    /// Such a text, if present.
    func decodeIfPresent(_ key: Key, checkedBy problem: (String) -> MessageText?) throws -> String? {
        contains(key) ? try decode(key, checkedBy: problem) : nil
    }

    /// A refusal of the value of `key`.
    func refuse(_ key: Key, _ message: Message, _ values: [String: MessageText.Value] = [:]) -> FieldError {
        FieldError(message: MessageText(message, values), codingPath: codingPath + [key])
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

    /// The error, after the path of the field it concerns: 'tables[2].top: verwacht een geheel
    /// getal', 'verplicht veld 'id' ontbreekt'.
    var message: MessageText {
        let reason: MessageText
        switch self {
        case .keyNotFound(let key, _): reason = MessageText(.specRequiredField, ["field": "\(key.stringValue)"])
        case .typeMismatch(let type, _), .valueNotFound(let type, _):
            reason = MessageText(.specExpected, ["what": .message(Self.expected(type))])
        case .dataCorrupted(let context):
            reason = MessageText(.specInvalidValue, ["detail": "\(context.debugDescription)"])
        @unknown default: reason = MessageText(.specInvalidValue, ["detail": "\(self)"])
        }
        return FieldError(message: reason, codingPath: context.codingPath).located
    }

    /// What a value of `type` looks like, in words.
    private static func expected(_ type: Any.Type) -> MessageText {
        switch type {
        case is Int.Type: MessageText(.specExpectedInteger)
        case is Double.Type: MessageText(.specExpectedNumber)
        case is Bool.Type: MessageText(.specExpectedBool)
        case is String.Type: MessageText(.specExpectedText)
        case is any Sequence.Type: MessageText(.specExpectedCollection)
        default: MessageText(.specExpectedType, ["type": "\(type)"])
        }
    }
}

extension FieldError {
    /// The message after the path of its field: 'tables[2].top: verwacht 0 of meer'.
    var located: MessageText {
        let place = codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
        return place.isEmpty ? message : MessageText(.specAtField, ["field": "\(place.drop { $0 == "." })",
                                                                    "problem": .message(message)])
    }
}
