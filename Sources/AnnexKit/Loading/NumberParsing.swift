import Foundation

/// Reads cell text as a figure: a number, or a marker for a cell without one. Numbers are read
/// exactly (`16,8` is 168/10), of any size.
///
/// - Blank and `.` (CBS: unknown) are missing; `x` (CBS: secret) is suppressed.
/// - `-` and `–` are refused: in CBS tables they mean nil (zero), elsewhere "not available";
///   the file must say which.
public enum CellParser {
    /// How numbers are written in a file.
    public enum Notation: Sendable, Hashable {
        /// Machine-readable: `1500`, `-3.25` ('.' decimals, no thousands separators).
        case plain
        /// Dutch: `1.500`, `13,4`, `13,4%`, `−2` ('.' thousands in groups of three, ',' decimals).
        case dutch
        /// English, as English Excel saves a table: `1,500`, `13.4`, `13.4%` (',' thousands in
        /// groups of three, '.' decimals); plain numbers are English numbers without grouping.
        case english

        /// How the notation writes numbers, for messages.
        var described: MessageText {
            switch self {
            case .plain: MessageText(.numberPlain)
            case .dutch: MessageText(.numberDutch)
            case .english: MessageText(.numberEnglish)
            }
        }
    }

    /// The marker a cell holds, nil when it holds something else (a number, or not).
    public static func marker(_ text: String) -> Result<Amount, LoadError.Problem>? {
        var text = text
        return text.withUTF8(marker)
    }

    /// The marker the UTF-8 `bytes` of a cell write, nil when they write something else. Compared as bytes:
    /// no other text is canonically equivalent to a marker.
    static func marker(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Amount, LoadError.Problem>? {
        // Every marker is at most `markerBytes` long: a longer text (most numbers) is none, without comparing texts.
        guard bytes.count <= markerBytes else { return nil }
        func isDash(_ dash: String) -> Bool { bytes.elementsEqual(dash.utf8) }
        switch bytes.count {
        case 0: return .success(.missing)
        case 1:
            switch bytes[0] {
            case UInt8(ascii: "."): return .success(.missing)
            case UInt8(ascii: "x"), UInt8(ascii: "X"): return .success(.suppressed)
            case UInt8(ascii: "-"): return .failure(.ambiguousMarker(cell: "-"))
            default: return nil
            }
        default:
            guard isDash("–") || isDash("—") || isDash("−") else { return nil }
            return .failure(.ambiguousMarker(cell: String(decoding: bytes, as: UTF8.self)))
        }
    }

    /// The longest marker's length in UTF-8 ('–', '—' and '−' take three bytes).
    private static let markerBytes = 3

    /// The figure in `text`, or the problem with it.
    public static func amount(_ text: String, notation: Notation) -> Result<Amount, LoadError.Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let marker = marker(trimmed) { return marker }
        guard let number = read(trimmed, notation) else { return .failure(notANumber(trimmed, notation: notation)) }
        return .success(.count(number))
    }

    /// The problem with text that is neither a marker nor a number in `notation` (nil: both notations).
    static func notANumber(_ text: String, notation: Notation?) -> LoadError.Problem {
        if isScientific(text) { return .exponentNotation(cell: text) }
        let expected: Message = switch notation {
        case .plain?: .numberExpectedPlain
        case .dutch?: .numberExpectedDutch
        case .english?: .numberExpectedEnglish
        case nil: .numberExpectedAny
        }
        return .notANumber(cell: text, expected: MessageText(expected))
    }

    /// Whether `text` is a number in exponent notation (`1e19`, `1.5E-3`), which data files must not use.
    static func isScientific(_ text: String) -> Bool {
        text.contains { $0 == "e" || $0 == "E" } && Exact(decimal: text) != nil
    }

    /// The number `text` writes in `notation`, or nil.
    public static func read(_ text: String, _ notation: Notation) -> Exact? {
        var text = text
        return text.withUTF8 { read($0, notation) }
    }

    /// The number the UTF-8 `bytes` write in `notation`, or nil.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ notation: Notation) -> Exact? {
        switch notation {
        case .plain: plain(bytes)
        case .dutch: grouped(bytes, group: UInt8(ascii: "."), decimal: UInt8(ascii: ","))
        case .english: grouped(bytes, group: UInt8(ascii: ","), decimal: UInt8(ascii: "."))
        }
    }

    /// `1,500`, `17,386`, `13.4`, `13.4%`, `-2.5`: the Dutch notation with the roles of '.' and ','
    /// swapped.
    public static func english(_ text: String) -> Exact? { read(text, .english) }

    /// `1500`, `-3.25`; no exponents, no thousands separators, no NaN or infinity.
    public static func plain(_ text: String) -> Exact? { read(text, .plain) }

    /// `plain` on UTF-8 bytes: an optional `-`, digits, and optionally `.` and digits.
    static func plain(_ bytes: UnsafeBufferPointer<UInt8>) -> Exact? {
        let body = bytes.first == UInt8(ascii: "-") ? bytes.dropFirst() : bytes[...]
        let point = body.firstIndex(of: UInt8(ascii: "."))
        let whole = body[..<(point ?? body.endIndex)]
        let fraction = point.map { body[($0 + 1)...] }
        func isDigits(_ part: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            !part.isEmpty && part.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        }
        guard isDigits(whole), fraction.map(isDigits) ?? true else { return nil }
        return Exact.smallDecimal(bytes) ?? Exact(decimal: String(decoding: bytes, as: UTF8.self))
    }

    /// `1.500`, `17.386`, `13,4`, `13,4%`, `-2,5`, `−2,5`, `+5,9%`. A trailing `%` is dropped:
    /// the number is the percentage as written (13,4% gives 13.4).
    public static func dutch(_ text: String) -> Exact? { read(text, .dutch) }

    /// The Dutch notation with `group` as the thousands separator and `decimal` as the decimal
    /// separator, read byte by byte: an optional sign (`-`, `−`, `+`), digits in groups of three
    /// after a first group of one to three, an optional fraction, an optional `%`.
    static func grouped(_ bytes: UnsafeBufferPointer<UInt8>, group separator: UInt8, decimal: UInt8) -> Exact? {
        var body = bytes[...]
        if body.last == UInt8(ascii: "%") {
            body = body.dropLast()
            while body.last == UInt8(ascii: " ") { body = body.dropLast() }
        }
        var negative = false
        if body.first == UInt8(ascii: "-") || body.first == UInt8(ascii: "+") {
            negative = body.first == UInt8(ascii: "-")
            body = body.dropFirst()
        } else if body.starts(with: "−".utf8) {
            negative = true
            body = body.dropFirst("−".utf8.count)
        }
        // The whole part's groups checked as they end (the first of one to three digits, each later
        // one of three), then the fraction's digits counted; a whole number of up to 18 digits (every
        // count) is read in 64 bits on the way, without a list of its digits or groups.
        var groups = 1, firstGroup = 0, group = 0, laterGroupsOfThree = true
        var fraction: Int?
        var digitCount = 0
        var whole: Int64 = 0
        for byte in body {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digitCount += 1
                if digitCount <= 18 { whole = whole * 10 + Int64(byte - UInt8(ascii: "0")) }
                if fraction != nil { fraction! += 1 } else { group += 1 }
            case separator where fraction == nil:
                if groups == 1 { firstGroup = group } else { laterGroupsOfThree = laterGroupsOfThree && group == 3 }
                groups += 1
                group = 0
            case decimal where fraction == nil:
                fraction = 0
            default:
                return nil
            }
        }
        if groups == 1 { firstGroup = group }
        let grouping = groups == 1 || (firstGroup <= 3 && laterGroupsOfThree && group == 3)
        guard firstGroup > 0, fraction != 0, grouping else { return nil }
        if fraction == nil && digitCount <= 18 { return Exact(Int(negative ? -whole : whole)) }
        var digits = body.filter { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        if let fraction { digits.insert(UInt8(ascii: "."), at: digits.count - fraction) }
        guard let value = Exact(decimal: String(decoding: digits, as: UTF8.self)) else { return nil }
        return negative ? -value : value
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
