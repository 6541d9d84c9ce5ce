/// What kind of number a measure is, which decides how it may be added up and shown.
public enum MeasureKind: String, Sendable, Hashable, CaseIterable, Decodable {
    /// A number of persons, notifications, events: a whole number ≥ 0, additive.
    case count
    /// A decimal quantity with a unit (euro, days), additive.
    case amount
    /// A mean (average stay in days): not additive.
    case average
    /// A number per unit of something else (per 1.000 inhabitants): not additive.
    case rate
    /// A value in percent (13,4 is 13,4%): not additive; it changes in percentage points.
    case percentage

    /// Whether figures of different regions or parts may be added up: only then does a table get
    /// totals, sums of rows, district and province sums, shares and rates per inhabitant.
    public var isAdditive: Bool { self == .count || self == .amount }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let kind = MeasureKind(rawValue: text) else {
            let known = MeasureKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw decoder.refuse(.specUnknownKind, ["kind": "\(text)", "known": "\(known)"])
        }
        self = kind
    }

    /// Decimals shown when the spec gives none.
    public var defaultDecimals: Int {
        switch self {
        case .count: 0
        case .amount: 2
        case .average, .rate, .percentage: 1
        }
    }
}

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
    public let kind: MeasureKind
    /// The unit shown in the column headers (in the spec's language), e.g. `dagen`.
    public let unit: String?
    /// Decimals shown for the measure's values and changes.
    public let decimals: Int

    public init(id: String, label: String, aliases: [String] = [], partOf: String? = nil, partsAddUp: Bool = false,
                kind: MeasureKind = .count, unit: String? = nil, decimals: Int? = nil) {
        self.id = id
        self.label = label
        self.aliases = aliases
        self.partOf = partOf
        self.partsAddUp = partsAddUp
        self.kind = kind
        self.unit = unit
        self.decimals = decimals ?? kind.defaultDecimals
    }

    /// How the measure's values are shown: counts as whole numbers, percentages with '%', other
    /// kinds with their decimals.
    public var valueFormat: CellFormat {
        switch kind {
        case .count: CellFormat(.count, decimals: decimals)
        case .percentage: CellFormat(.percentage, decimals: decimals)
        case .amount, .average, .rate: CellFormat(.number, decimals: decimals)
        }
    }

    /// How differences of the measure's values are shown (for a percentage: in percentage points).
    public var changeFormat: CellFormat { CellFormat(.change, decimals: decimals) }
}

/// A reporting period such as a calendar year (`2022`); order comes from the report spec.
public struct Period: Sendable, Hashable, CustomStringConvertible {
    public let label: String
    public init(_ label: String) { self.label = label }
    public var description: String { label }
}
