/// How figures are written in one language: `17.386`, `+2.049`, `13,4%` in Dutch; `17,386`,
/// `+2,049`, `13.4%` in English; the markers for cells without a figure or with nil; and the text
/// cue of an estimate (`1.838 [g]`), so that no status is shown by italics alone.
///
/// Every number is shown rounded to its format's decimals by `Exact.rounded(toDecimals:)` (half
/// away from zero), from the exact unrounded value; workbook cells hold that same rounded value.
public struct NumberStyle: Sendable, Hashable {
    public let decimalSeparator: String
    public let groupingSeparator: String
    /// Markers (CBS StatLine practice where it has one): unknown, secret, not comparable.
    public let missingMarker: String
    public let suppressedMarker: String
    public let notComparableMarker: String
    /// Marker for a counted figure that is exactly zero (CBS: 'nihil'), in a table cell.
    public let nilMarker: String
    /// Marker after an estimated figure ('[g]'), separated from it by a no-break space.
    public let estimatedMarker: String

    /// What stands between an estimated figure and its marker: a no-break space, so they stay on one line.
    public static let markerSeparator = "\u{00A0}"

    /// Dutch (nl-NL), as `annex verify` reads and writes it.
    public static let dutch = NumberStyle(decimalSeparator: ",", groupingSeparator: ".", missingMarker: ".",
                                          suppressedMarker: "x", notComparableMarker: "n.vgl.", nilMarker: "-",
                                          estimatedMarker: "[g]")

    /// Whether a table cell holds nil: a counted (not estimated, not incomplete) count of exactly zero.
    public static func isNil(_ amount: Amount, _ format: CellFormat) -> Bool {
        isNil(isZero: amount.exact?.isZero == true, status: amount.status, format)
    }

    /// Whether a value that `isZero` with `status` is nil in `format` (`isNil(_:_:)`).
    static func isNil(isZero: Bool, status: Status, _ format: CellFormat) -> Bool {
        format.style == .count && status == .ok && isZero
    }

    /// A table cell: as `format`, but nil as its marker (the cell keeps the number 0).
    public func cell(_ amount: Amount, as format: CellFormat) -> String {
        var out = ByteBuffer()
        appendCell(amount, as: format, to: &out)
        return out.text
    }

    /// A table cell as `cell` writes it, appended to `out`.
    func appendCell(_ amount: Amount, as format: CellFormat, to out: inout ByteBuffer) {
        if Self.isNil(amount, format) { return out.append(nilMarker) }
        appendFormat(amount, as: format, to: &out)
    }

    /// Every text a cell may hold besides digits, `+`, `-`, `%` and the prefix (`prefix`): the separators, the
    /// markers and what stands before the estimate's.
    var texts: [String] {
        [decimalSeparator, groupingSeparator, missingMarker, suppressedMarker, notComparableMarker, nilMarker,
         estimatedMarker, Self.markerSeparator]
    }

    /// Marker text for a cell without a value, or after an estimated one.
    public func marker(_ status: Status) -> String {
        switch status {
        case .estimated: estimatedMarker
        case .ok, .incomplete, .notApplicable: ""
        case .missing: missingMarker
        case .suppressed: suppressedMarker
        case .notComparable: notComparableMarker
        }
    }

    /// Prefix of a value with this status: `≥` for an incomplete sum, which is a lower bound.
    public static func prefix(_ status: Status) -> String {
        status == .incomplete ? "≥" : ""
    }

    /// Suffix of a value with this status: the estimate's marker after a no-break space.
    public func suffix(_ status: Status) -> String {
        status == .estimated ? Self.markerSeparator + estimatedMarker : ""
    }

    public func format(_ amount: Amount, as format: CellFormat) -> String {
        var out = ByteBuffer()
        appendFormat(amount, as: format, to: &out)
        return out.text
    }

    /// An amount as `format(_:as:)` writes it, appended to `out`.
    func appendFormat(_ amount: Amount, as format: CellFormat, to out: inout ByteBuffer) {
        guard let exact = amount.exact else { return out.append(marker(amount.status)) }
        let number = RoundedNumber(exact, decimals: format.decimals)
        number.withDigits { digits in
            appendFormat(signum: number.signum, digits: digits, status: amount.status, as: format, to: &out)
        }
    }

    /// A value as `appendFormat(_:as:to:)` writes it, from the sign and the digits of its magnitude rounded to
    /// `format`'s decimals (`RoundedNumber`), with the prefix or marker of `status`.
    func appendFormat(signum: Int, digits: UnsafeBufferPointer<UInt8>, status: Status, as format: CellFormat,
                      to out: inout ByteBuffer) {
        if status == .incomplete { out.append(Self.prefix(.incomplete)) }
        if format.isSigned && signum > 0 { out.append(UInt8(ascii: "+")) }
        append(negative: signum < 0, digits: digits, decimals: format.decimals, to: &out)
        if format.isPercent { out.append(UInt8(ascii: "%")) }
        out.append(suffix(status))
    }

    /// The characters `cell(_:as:)` writes for `amount`, counted without writing them (a table's column
    /// widths measure every cell): its parts' characters added up (no part starts with a combining
    /// mark), the number's from the same rounding its text is written from.
    func cellWidth(_ amount: Amount, as format: CellFormat) -> Int {
        if Self.isNil(amount, format) { return Self.characters(nilMarker) }
        guard let exact = amount.exact else { return Self.characters(marker(amount.status)) }
        let number = RoundedNumber(exact, decimals: format.decimals)
        return Self.characters(Self.prefix(amount.status)) + (format.isSigned && number.signum > 0 ? 1 : 0)
            + width(number) + (format.isPercent ? 1 : 0) + Self.characters(suffix(amount.status))
    }

    /// The characters of a marker or separator (`String.count`): its bytes when it is ASCII without a carriage
    /// return (which joins a line feed after it into one character), as most are, without Unicode's rules.
    private static func characters(_ text: String) -> Int {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") } ? text.utf8.count : text.count
    }

    /// A value as shown in the format: 17.386, 12,5, 13,4%.
    public func value(_ exact: Exact, as format: CellFormat) -> String {
        self.format(.value(exact), as: format)
    }

    /// `exact` rounded to `decimals` places, with grouping of thousands.
    public func number(_ exact: Exact, decimals: Int) -> String {
        var out = ByteBuffer()
        appendNumber(exact, decimals: decimals, to: &out)
        return out.text
    }

    /// `exact` as `number` writes it, appended to `out`.
    func appendNumber(_ exact: Exact, decimals: Int, to out: inout ByteBuffer) {
        append(RoundedNumber(exact, decimals: decimals), to: &out)
    }

    /// A rounded number with grouping of thousands, appended to `out`.
    /// The digits go in runs between the separators, each run one copy.
    private func append(_ number: RoundedNumber, to out: inout ByteBuffer) {
        number.withDigits { append(negative: number.signum < 0, digits: $0, decimals: number.decimals, to: &out) }
    }

    /// A number's magnitude given as its digits scaled by 10^`decimals`, after a minus when `negative`,
    /// written as `append(_:to:)` writes it.
    private func append(negative: Bool, digits: UnsafeBufferPointer<UInt8>, decimals: Int, to out: inout ByteBuffer) {
        if negative { out.append(UInt8(ascii: "-")) }
        let zeros = Swift.max(decimals + 1 - digits.count, 0)
        if zeros > 0 {
            // A value under one: '0', the separator, the zeros after it, the digits.
            out.append(UInt8(ascii: "0"))
            out.append(decimalSeparator)
            for _ in 1..<zeros { out.append(UInt8(ascii: "0")) }
            return out.append(contentsOf: digits)
        }
        let whole = digits.count - decimals
        // The first group of the whole part has one to three digits, every next group three.
        var end = whole % 3 == 0 ? Swift.min(3, whole) : whole % 3
        out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[..<end]))
        while end < whole {
            out.append(groupingSeparator)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[end..<end + 3]))
            end += 3
        }
        if whole < digits.count {
            out.append(decimalSeparator)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[whole...]))
        }
    }

    /// The characters `append(_:to:)` writes for `number`: its sign, its digits and its separators.
    private func width(_ number: RoundedNumber) -> Int {
        let length = number.leadingZeros + number.digitCount, whole = number.wholeDigits
        // A grouping separator before every third digit left of the decimal separator, none before the first.
        let groups = (min(whole, length) - 1) / 3
        return (number.signum < 0 ? 1 : 0) + length + (groups > 0 ? groups * Self.characters(groupingSeparator) : 0)
            + (whole < length ? Self.characters(decimalSeparator) : 0)
    }
}

extension NumberStyle {
    /// The style of a language's phrase book.
    public init(phrases: PhraseBook) {
        self.init(decimalSeparator: phrases.text(.numberDecimal), groupingSeparator: phrases.text(.numberGrouping),
                  missingMarker: phrases.text(.markerMissing), suppressedMarker: phrases.text(.markerSuppressed),
                  notComparableMarker: phrases.text(.markerNotComparable), nilMarker: phrases.text(.markerNil),
                  estimatedMarker: phrases.text(.markerEstimated))
    }
}
