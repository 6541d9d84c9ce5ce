/// The level of a region in the figures.
public enum RegionType: String, Sendable, Hashable, CaseIterable, Decodable {
    case gemeente
    case arrondissement
    case provincie
    case land
    /// A region of a table's own list, or as its data names it (`regions:` in the spec): wijken,
    /// buurten, GGD or zorgkantoor regions.
    case regio
}

/// A region a figure is about: a municipality, a judicial district or the country.
public struct Region: Sendable, Hashable {
    public let type: RegionType
    /// `GM0363` for municipalities, a slug such as `oost-nederland` for districts, `NL` for the country.
    public let code: String
    /// Official name (CBS spelling for municipalities).
    public let name: String

    public init(type: RegionType, code: String, name: String) {
        self.type = type
        self.code = code
        self.name = name
    }

    /// The Netherlands as a whole; published 'Totaal' rows belong to this region.
    public static let netherlands = Region(type: .land, code: "NL", name: "Nederland")
}
