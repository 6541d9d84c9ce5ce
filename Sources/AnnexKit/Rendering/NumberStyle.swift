/// How figures are written in one language: `17.386`, `+2.049`, `13,4%` in Dutch; `17,386`,
/// `+2,049`, `13.4%` in English; and the markers for cells without a figure or with nil.
///
/// Rounding happens here and only here: percentages to one decimal, half away from zero, from
/// the exact unrounded value.
public struct NumberStyle: Sendable, Hashable {
    public let decimalSeparator: String
    public let groupingSeparator: String
    /// Markers (CBS StatLine practice where it has one): unknown, secret, not comparable.
    public let missingMarker: String
    public let suppressedMarker: String
    public let notComparableMarker: String
    /// Marker for a counted figure that is exactly zero (CBS: 'nihil'), in a table cell.
    public let nilMarker: String

    /// Dutch (nl-NL), as `annex verify` reads and writes it.
    public static let dutch = NumberStyle(decimalSeparator: ",", groupingSeparator: ".", missingMarker: ".",
                                          suppressedMarker: "x", notComparableMarker: "n.vgl.", nilMarker: "-")

    /// Whether a table cell holds nil: a counted (not estimated, not incomplete) count of exactly zero.
    public static func isNil(_ amount: Amount, _ format: CellFormat) -> Bool {
        format == .count && amount.status == .ok && amount.exact.map { $0.numerator == 0 } == true
    }

    /// A table cell: as `format`, but nil as its marker (the cell keeps the number 0).
    public func cell(_ amount: Amount, as format: CellFormat) -> String {
        Self.isNil(amount, format) ? nilMarker : self.format(amount, as: format)
    }

    /// Marker text for a cell without a value.
    public func marker(_ status: Status) -> String {
        switch status {
        case .ok, .estimated, .incomplete, .notApplicable: ""
        case .missing: missingMarker
        case .suppressed: suppressedMarker
        case .notComparable: notComparableMarker
        }
    }

    /// Prefix of a value with this status: `≥` for an incomplete sum, which is a lower bound.
    public static func prefix(_ status: Status) -> String {
        status == .incomplete ? "≥" : ""
    }

    public func format(_ amount: Amount, as format: CellFormat) -> String {
        guard let exact = amount.exact else { return marker(amount.status) }
        let text: String
        switch format {
        case .count: text = number(exact, decimals: 0)
        case .change: text = signed(exact, decimals: 0)
        case .percentage: text = number(exact, decimals: 1) + "%"
        case .percentageChange: text = signed(exact, decimals: 1) + "%"
        case .ratio: text = number(exact, decimals: 1)
        }
        return Self.prefix(amount.status) + text
    }

    /// A count such as 17.386 (whole numbers; other values with decimals as needed, max. 1).
    public func count(_ value: Double) -> String {
        number(Exact(value), decimals: value == value.rounded() ? 0 : 1)
    }

    /// `exact` rounded to `decimals` places, with grouping of thousands.
    public func number(_ exact: Exact, decimals: Int) -> String {
        let scaled = exact.scaledRounded(decimals: decimals)
        let magnitude = scaled.magnitude
        let scale = UInt64(Int64.pow10(decimals))
        let whole = String(magnitude / scale)
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { grouped += groupingSeparator }
            grouped.append(digit)
        }
        if decimals > 0 {
            let fraction = String(magnitude % scale)
            grouped += decimalSeparator + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return (scaled < 0 ? "-" : "") + grouped
    }

    /// The number with a '+' when it is positive at the precision shown.
    private func signed(_ exact: Exact, decimals: Int) -> String {
        (exact.scaledRounded(decimals: decimals) > 0 ? "+" : "") + number(exact, decimals: decimals)
    }
}
