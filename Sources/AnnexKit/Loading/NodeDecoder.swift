import Foundation
import Yams

/// Decodes a composed YAML document (a report spec) as Yams' `YAMLDecoder` does, without its
/// general machinery: Yams asks at every value whether its type is one of its scalar types (a
/// dynamic cast), and looks up every key by building a node and comparing it with each pair of the
/// mapping, after copying the mapping to resolve merge keys. This decoding takes only documents
/// without merge keys, tagged mappings or repeated keys, and decodes texts, whole
/// decimal numbers and truth values exactly as Yams does; on any other document, value or type, and
/// on any error, it gives nil and the document is decoded by Yams, which also words the errors.
/// The tests require the same value from both on the project's specs and on thousands of damaged ones.
enum NodeDecoding {
    /// `type` decoded from `root`, or nil where Yams' decoder must decide; `taken`: the document is
    /// known to be one this decoding takes (`YAMLComposer` composed it).
    static func decode<T: Decodable>(_ type: T.Type, from root: Node, taken: Bool = false) -> T? {
        guard taken || takes(root) else { return nil }
        let declined = Declined()
        let value = try? T(from: NodeDecoder(node: root, parentPath: [], key: nil, declined: declined))
        return declined.value ? nil : value
    }

    /// Whether the document is one this decoding takes: every mapping untagged, with text keys each
    /// once (so no merge keys), and no alias left (the composed document has its anchors' values in
    /// place of its aliases, for Yams' decoder as for this one).
    static func takes(_ node: Node) -> Bool {
        switch node {
        case .scalar:
            return true
        case .sequence(let sequence):
            return sequence.allSatisfy(takes)
        case .mapping(let mapping):
            guard mapping.tag.description == Tag.Name.implicit.rawValue else { return false }
            var keys = Set<String>()
            for (key, value) in mapping {
                guard case .scalar(let scalar) = key, scalar.tag.description == Tag.Name.str.rawValue,
                      keys.insert(scalar.string).inserted, takes(value) else { return false }
            }
            return true
        case .alias:
            return false
        }
    }
}

/// Set when the decoding met a value or type it leaves to Yams: a `try?` in a type's decoding may
/// have swallowed the refusal, so the whole result is refused.
private final class Declined {
    var value = false
}

/// What is thrown where a value or type is left to Yams.
private struct LeftToYams: Error {}

/// The error Yams' decoder throws where a value is not of the type asked for, at the same path: a
/// type's decoding may catch it (`DataSource.list`); its wording is left to Yams.
private func mismatch(_ type: Any.Type, at codingPath: [CodingKey]) -> DecodingError {
    .typeMismatch(type, DecodingError.Context(codingPath: codingPath, debugDescription: "\(type)"))
}

/// Yams' key of an item of a sequence.
private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { nil }
}

/// The decoder of one node, and its single value.
private struct NodeDecoder: Decoder, SingleValueDecodingContainer, MappingKeys {
    let node: Node
    /// The path of the node's container, shared by the container's values; the node's own path is made
    /// only where it is asked for (an error, a nested container), not for every value decoded.
    let parentPath: [CodingKey]
    /// The node's key in its container; none at the root.
    let key: CodingKey?
    let declined: Declined
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    var codingPath: [CodingKey] { key.map { parentPath + [$0] } ?? parentPath }

    /// Scalar types Yams constructs in its own way: left to it.
    private static let yamsScalars: Set<ObjectIdentifier> = [
        Double.self, Float.self, Int8.self, Int16.self, Int32.self, Int64.self, UInt.self, UInt8.self, UInt16.self,
        UInt32.self, UInt64.self, Date.self, Data.self, Decimal.self, URL.self, UUID.self,
    ].reduce(into: []) { $0.insert(ObjectIdentifier($1)) }

    /// The texts a plain scalar is null as, for Yams.
    private static let nulls: Set<String> = ["", "~", "null", "Null", "NULL"]

    /// The decoder of `node`, the value at `key` of the container whose path is `path` (this node's).
    func child(_ node: Node, _ key: CodingKey, in path: [CodingKey]) -> NodeDecoder {
        NodeDecoder(node: node, parentPath: path, key: key, declined: declined)
    }

    func decline() -> LeftToYams {
        declined.value = true
        return LeftToYams()
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else { throw mismatch(Node.Mapping.self, at: codingPath) }
        var keys: [String] = [], values: [Node] = []
        keys.reserveCapacity(mapping.count)
        values.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            keys.append(Self.text(ofKey: key))
            values.append(value)
        }
        return KeyedDecodingContainer(KeyedNodes<Key>(decoder: self, path: codingPath, keys: keys, values: values))
    }

    func mappingKeys() throws -> [String] {
        guard case .mapping(let mapping) = node else { throw mismatch(Node.Mapping.self, at: codingPath) }
        return mapping.map { Self.text(ofKey: $0.key) }
    }

    /// A key's text, as Yams' `Node.string` gives it for a scalar (every key is one in a document this decoding
    /// takes).
    private static func text(ofKey key: Node) -> String { key.scalar?.string ?? "" }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else { throw mismatch(Node.Sequence.self, at: codingPath) }
        return UnkeyedNodes(decoder: self, path: codingPath, items: Array(sequence))
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { self }

    func decodeNil() -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return Self.nulls.contains(scalar.string)
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return try text() as! T }
        if T.self == Bool.self { return try truth() as! T }
        if T.self == Int.self { return try whole() as! T }
        if Self.yamsScalars.contains(ObjectIdentifier(T.self)) { throw decline() }
        return try T(from: self)
    }

    private func scalar() throws -> Node.Scalar {
        guard case .scalar(let scalar) = node else { throw mismatch(Node.Scalar.self, at: codingPath) }
        return scalar
    }

    /// Any scalar is a text.
    private func text() throws -> String { try scalar().string }

    /// As `Bool.construct(from:)`: not a quoted text; true, yes, on, false, no, off in any case.
    private func truth() throws -> Bool {
        let scalar = try scalar()
        guard scalar.tag.description != Tag.Name.str.rawValue else { throw mismatch(Bool.self, at: codingPath) }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw mismatch(Bool.self, at: codingPath)
        }
    }

    /// As Yams' `Int.construct(from:)`: a plain scalar, `_` ignored, in decimal, hexadecimal (`0x`),
    /// binary (`0b`) or octal (`0o`, `0`) notation; sexagesimal (`1:30`) is left to Yams.
    private func whole() throws -> Int {
        let scalar = try scalar()
        guard scalar.style == .any || scalar.style == .plain else { throw mismatch(Int.self, at: codingPath) }
        let string = scalar.string
        let text = string.utf8.contains(UInt8(ascii: "_")) ? string.replacing("_", with: "") : string
        if text == "0" { return 0 }
        let sign = text.hasPrefix("-") ? "-" : ""
        let digits = text.dropFirst(text.hasPrefix("-") || text.hasPrefix("+") ? 1 : 0)
        let value: Int?
        // Every prefix of another notation starts with '0'; and without a ':' byte the text has no ':'.
        if digits.hasPrefix("0"), let (prefix, radix) = Self.radixPrefixes.first(where: { digits.hasPrefix($0.0) }) {
            value = Int(sign + digits.dropFirst(prefix.count), radix: radix)
        } else if digits.utf8.contains(UInt8(ascii: ":")) && digits.contains(":") {
            throw decline()
        } else {
            value = Int(text)
        }
        guard let value else { throw mismatch(Int.self, at: codingPath) }
        return value
    }

    /// Yams' prefixes of whole numbers in other notations than decimal, in its order.
    private static let radixPrefixes = [("0x", 16), ("0b", 2), ("0o", 8), ("0", 8)]
}

/// A mapping's values by key, as Yams finds them (each key is there once).
private struct KeyedNodes<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoder
    /// The mapping's path, that of each of its values' container.
    let codingPath: [CodingKey]
    /// The mapping's keys in order, apart from its values, so that a key is found without copying a value.
    let keys: [String]
    /// The value of each key.
    let values: [Node]

    init(decoder: NodeDecoder, path: [CodingKey], keys: [String], values: [Node]) {
        self.decoder = decoder
        codingPath = path
        (self.keys, self.values) = (keys, values)
    }

    var allKeys: [Key] { keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { keys.contains(key.stringValue) }

    private func value(at key: CodingKey) -> Node? {
        keys.firstIndex(of: key.stringValue).map { values[$0] }
    }

    private func child(_ key: CodingKey) throws -> NodeDecoder {
        guard let value = value(at: key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: ""))
        }
        return decoder.child(value, key, in: codingPath)
    }

    func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decode(type) }

    /// As the protocol's own (`contains`, then `decodeNil`, then `decode`), with the key looked up once.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = value(at: key) else { return nil }
        let child = decoder.child(value, key, in: codingPath)
        return child.decodeNil() ? nil : try child.decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                               forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { throw decoder.decline() }

    func superDecoder(forKey key: Key) throws -> Decoder { try child(key) }
}

/// A sequence's items in turn; as in Yams, each call moves on to the next item, also `decodeNil`.
private struct UnkeyedNodes: UnkeyedDecodingContainer {
    let decoder: NodeDecoder
    /// The sequence's path, that of each of its items' container.
    let codingPath: [CodingKey]
    let items: [Node]
    var currentIndex = 0

    init(decoder: NodeDecoder, path: [CodingKey], items: [Node]) {
        self.decoder = decoder
        codingPath = path
        self.items = items
    }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next<T>(_ work: (NodeDecoder) throws -> T) throws -> T {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(T.self, DecodingError.Context(
                codingPath: codingPath + [IndexKey(index: currentIndex)], debugDescription: ""))
        }
        let value = try work(decoder.child(items[currentIndex], IndexKey(index: currentIndex), in: codingPath))
        currentIndex += 1
        return value
    }

    mutating func decodeNil() throws -> Bool { try next { $0.decodeNil() } }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next { try $0.decode(type) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type)
        throws -> KeyedDecodingContainer<NestedKey> {
        try next { try $0.container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer { try next { try $0.unkeyedContainer() } }

    mutating func superDecoder() throws -> Decoder { try next { $0 } }
}
