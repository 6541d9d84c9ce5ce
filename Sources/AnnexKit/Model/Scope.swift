/// A way a table's figures are delimited that prose may name: which source system counted them,
/// which sector they cover, which population they are about.
public enum ScopeDimension: String, Sendable, Hashable, CaseIterable, Comparable, Decodable {
    case source, sector, population

    public static func < (left: ScopeDimension, right: ScopeDimension) -> Bool {
        allCases.firstIndex(of: left)! < allCases.firstIndex(of: right)!
    }
}

/// What a table (or one of its measures) covers, per dimension, as ids the report's vocabulary
/// gives words for: `{source: injus, sector: [gevangeniswezen, forensische-zorg]}`. A dimension with
/// several values is their sum; a dimension left out is not delimited (and not compared).
public struct Scope: Sendable, Hashable, Decodable {
    public private(set) var values: [ScopeDimension: Set<String>]

    public init(_ values: [ScopeDimension: Set<String>] = [:]) {
        self.values = values.filter { !$0.value.isEmpty }
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(ScopeDimension.self)
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        var values: [ScopeDimension: Set<String>] = [:]
        for key in container.allKeys {
            guard let dimension = ScopeDimension(rawValue: key.stringValue) else { continue }
            if let single = try? container.decode(String.self, forKey: key) {
                values[dimension] = [single]
            } else {
                values[dimension] = Set(try container.decode([String].self, forKey: key))
            }
        }
        self.init(values)
    }

    public var isEmpty: Bool { values.isEmpty }

    /// This scope with the dimensions `other` declares replaced by its values (a measure's
    /// scope refines its table's).
    public func refined(by other: Scope) -> Scope {
        Scope(values.merging(other.values) { _, refined in refined })
    }

    /// Every value id, as `dimension: id`, sorted.
    public var references: [(dimension: ScopeDimension, id: String)] {
        values.keys.sorted().flatMap { dimension in values[dimension]!.sorted().map { (dimension, $0) } }
    }
}

extension ScopeDimension: CodingKey {}
