/// Dutch (nl-NL) presentation of figures: `17.386`, `+2.049`, `13,4%`, `+13,4%`.
///
/// Rounding happens here and only here: percentages to one decimal, half away from zero, from
/// the exact unrounded value.
public enum DutchFormat {
    /// Marker text for a cell without a value (CBS practice where it has one).
    public static func marker(_ status: Status) -> String {
        switch status {
        case .ok, .estimated, .incomplete, .notApplicable: ""
        case .missing: "."
        case .suppressed: "x"
        case .notComparable: "n.vgl."
        }
    }

    /// Prefix of a value with this status: `≥` for an incomplete sum, which is a lower bound.
    public static func prefix(_ status: Status) -> String {
        status == .incomplete ? "≥" : ""
    }

    /// Explanation of a status shown in a table, for the notes under it.
    public static func markerExplanation(_ status: Status) -> String {
        switch status {
        case .ok: ""
        case .estimated: "cursief = geschat: afgeleid uit een gepubliceerd aandeel of een verdeelsleutel, niet geteld"
        case .incomplete: "'≥' = onvolledig: som van de bekende delen; het werkelijke aantal is minstens zo groot"
        case .missing: "'.' = cijfer onbekend (lege cel in de bron, of berekend uit een onbekend of onvolledig cijfer)"
        case .suppressed: "'x' = geheim (door de bron afgeschermd)"
        case .notApplicable: "lege cel = niet van toepassing (gemeente bestond dat jaar niet, deling door nul, of aandeel van het totaal zelf)"
        case .notComparable: "'n.vgl.' = niet vergelijkbaar: een gemeente is over meer gemeenten verdeeld zonder verdeelsleutel"
        }
    }

    public static func format(_ amount: Amount, as format: CellFormat) -> String {
        guard let exact = amount.exact else { return marker(amount.status) }
        let text: String
        switch format {
        case .count: text = number(exact, decimals: 0)
        case .change: text = signed(number(exact, decimals: 0), exact)
        case .percentage: text = number(exact, decimals: 1) + "%"
        case .percentageChange: text = signed(number(exact, decimals: 1), exact) + "%"
        case .ratio: text = number(exact, decimals: 1)
        }
        return prefix(amount.status) + text
    }

    /// A count such as 17.386 (whole numbers; other values with decimals as needed, max. 1).
    public static func count(_ value: Double) -> String {
        number(Exact(value), decimals: value == value.rounded() ? 0 : 1)
    }

    /// `exact` rounded to `decimals` places with '.' thousands grouping and ',' decimals.
    public static func number(_ exact: Exact, decimals: Int) -> String {
        let scaled = exact.scaledRounded(decimals: decimals)
        let magnitude = scaled.magnitude
        let scale = UInt64(Int64.pow10(decimals))
        let whole = String(magnitude / scale)
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        if decimals > 0 {
            let fraction = String(magnitude % scale)
            grouped += "," + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return (scaled < 0 ? "-" : "") + grouped
    }

    private static func signed(_ text: String, _ exact: Exact) -> String {
        exact.scaledRounded(decimals: 1) > 0 && !text.hasPrefix("-") && text != "0" && text != "0,0" ? "+" + text : text
    }
}
