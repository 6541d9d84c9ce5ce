/// Where the regions of a table per region come from, when they are not the municipalities,
/// districts and provinces of the reference (`regions:` in a table's spec).
public enum RegionSource: Sendable, Equatable, Decodable {
    /// As the data gives them: each name is a region, its code from the code column
    /// (`gemeente_code`, `Code`) or, without one, the name itself.
    case data
    /// The regions of a list (a CSV of `code`, `name` and optionally `parent`, relative to the data
    /// folder); the data names them by code or by name.
    case list(String)

    /// The word that asks for the regions as the data gives them.
    static let dataKeyword = "data"

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        if text == Self.dataKeyword {
            self = .data
        } else if let problem = DataFolder.problem(text) {
            throw FieldError(message: problem, codingPath: decoder.codingPath)
        } else {
            self = .list(text)
        }
    }
}

/// A list of regions of a report's own: `code,name[,parent]`, as a spec declares it for a table
/// (wijken, buurten, GGD regions). Names and codes are matched without case and surrounding spaces.
public struct RegionList: Sendable {
    public struct Entry: Sendable, Hashable {
        public let region: Region
        /// The code of the region this one lies in (a wijk's gemeente), when the list says.
        public let parent: String?
    }

    public let entries: [Entry]
    private let byKey: [String: Int]

    public init(entries: [Entry]) {
        self.entries = entries
        var byKey: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            for key in [Self.key(entry.region.code), Self.key(entry.region.name)] where byKey[key] == nil {
                byKey[key] = index
            }
        }
        self.byKey = byKey
    }

    /// The regions themselves, as a list (the regions a table's data gave).
    init(_ regions: [Region]) {
        self.init(entries: regions.filter { $0.type == .regio }.map { Entry(region: $0, parent: nil) })
    }

    /// The region a code or name in the data stands for.
    public func region(_ name: String) -> Region? {
        byKey[Self.key(name)].map { entries[$0].region }
    }

    /// The `count` names of the list closest to `name` (edit distance, ties alphabetical).
    func suggestions(for name: String, count: Int = 3) -> [String] {
        let target = Array(Self.key(name))
        return entries.map { entry in
            (name: entry.region.name, distance: EditDistance.between(target, Array(Self.key(entry.region.name))))
        }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .prefix(count)
            .map(\.name)
    }

    static func key(_ text: String) -> String { text.trimmingSpaces().lowercased() }
}
