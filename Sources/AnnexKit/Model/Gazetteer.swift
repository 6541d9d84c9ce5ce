import Foundation

/// The reference list of regions: municipalities, districts and name aliases.
///
/// Resolves the names that sources print to official regions: first the official names of
/// all municipalities in the reference (including ones that have since merged), then the
/// explicit alias list. Nothing is matched fuzzily; an unknown name is an error that lists
/// the closest official names.
public struct Gazetteer: Sendable {
    /// The first year of the reference list; `validFrom` equal to it means "or earlier".
    public static let firstReferenceYear = 2019

    public let municipalities: [Municipality]
    public let arrondissementen: [Arrondissement]
    public let aliases: [Alias]
    /// Mergers and renames per year, from `herindelingen.csv`.
    public let mergers: [Merger]
    private let byCode: [String: Municipality]
    private let byName: [String: Municipality]
    private let byAlias: [String: Alias]
    private let arrondissementByCode: [String: Arrondissement]

    /// `municipalities`, `arrondissementen`, `aliases` and `mergers`; all empty for a report
    /// without a reference (whose tables have regions of their own).
    public init(municipalities: [Municipality] = [], arrondissementen: [Arrondissement] = [], aliases: [Alias] = [],
                mergers: [Merger] = []) {
        self.municipalities = municipalities
        self.arrondissementen = arrondissementen
        self.aliases = aliases
        self.mergers = mergers
        byCode = Dictionary(municipalities.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        byName = Dictionary(municipalities.map { (Self.key($0.name), $0) }, uniquingKeysWith: { first, _ in first })
        byAlias = Dictionary(aliases.map { (Self.key($0.alias), $0) }, uniquingKeysWith: { first, _ in first })
        arrondissementByCode = Dictionary(
            arrondissementen.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// How a printed name was matched.
    public enum Match: Sendable, Hashable {
        case official(Municipality)
        case alias(Municipality, Alias)

        public var municipality: Municipality {
            switch self {
            case .official(let municipality), .alias(let municipality, _): municipality
            }
        }
    }

    /// The municipality a printed name or code refers to, or nil.
    public func match(_ name: String) -> Match? {
        let trimmed = name.trimmingSpaces()
        if let municipality = byCode[trimmed.uppercased()] { return .official(municipality) }
        if let municipality = byName[Self.key(trimmed)] { return .official(municipality) }
        if let alias = byAlias[Self.key(trimmed)], let municipality = byCode[alias.code] {
            return .alias(municipality, alias)
        }
        return nil
    }

    public func municipality(code: String) -> Municipality? { byCode[code] }

    public func arrondissement(code: String) -> Arrondissement? { arrondissementByCode[code] }

    /// The `count` official names closest to `name` (edit distance, ties alphabetical).
    public func suggestions(for name: String, count: Int = 3) -> [String] {
        let target = Array(Self.key(name))
        return municipalities
            .map { (name: $0.name, distance: EditDistance.between(target, Array(Self.key($0.name)))) }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .prefix(count)
            .map(\.name)
    }

    static func key(_ name: String) -> String {
        name.trimmingSpaces().lowercased()
    }
}

/// Levenshtein distance, used only to suggest names in error messages.
enum EditDistance {
    static func between(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, left) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, right) in b.enumerated() {
                current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
