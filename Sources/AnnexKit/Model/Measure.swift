/// What is counted, e.g. `begin-detentie` ("Meldingen begin detentie").
public struct Measure: Sendable, Hashable {
    public let id: String
    public let label: String
    /// Other labels a source may use for this measure (matched case-insensitively).
    public let aliases: [String]
    /// The id of the measure this one is a part of (ambulant is part of the total).
    public let partOf: String?
    /// For a total: whether its parts must add up to it.
    public let partsAddUp: Bool

    public init(id: String, label: String, aliases: [String] = [], partOf: String? = nil, partsAddUp: Bool = false) {
        self.id = id
        self.label = label
        self.aliases = aliases
        self.partOf = partOf
        self.partsAddUp = partsAddUp
    }
}

/// A reporting period such as a calendar year (`2022`); order comes from the report spec.
public struct Period: Sendable, Hashable, CustomStringConvertible {
    public let label: String
    public init(_ label: String) { self.label = label }
    public var description: String { label }
}
