import Yams

/// The type YAML 1.1 gives a plain (unquoted) scalar: bool, int, float, merge, null, timestamp,
/// value or text, exactly as Yams' `Resolver.default` works it out, but by hand instead of with
/// seven regular expressions per scalar (and the start-up of ICU's regular expressions), which
/// was most of the cost of reading a spec. The tests compare it with `Resolver.default` on every
/// short string of the characters the rules use.
enum PlainScalarType {
    /// The tag `Resolver.default` gives the plain scalar `string`; the rules are tried in its order.
    static func tag(of string: String) -> Tag.Name {
        var string = string
        return string.withUTF8 { bytes in
            // ICU's `$` also matches before a line break at the end: left to the regular expressions.
            if lineEnds.contains(where: { bytes.reversed().starts(with: $0.reversed()) }) {
                return Resolver.default.resolveTag(of: Node(String(decoding: bytes, as: UTF8.self)))
            }
            if bools.contains(where: { $0.elementsEqual(bytes) }) { return .bool }
            if isInt(bytes) { return .int }
            if isFloat(bytes) { return .float }
            if bytes.elementsEqual("<<".utf8) { return .merge }
            if nulls.contains(where: { $0.elementsEqual(bytes) }) { return .null }
            if isTimestamp(bytes) { return .timestamp }
            if bytes.elementsEqual("=".utf8) { return .value }
            return .str
        }
    }

    /// `node` with the type of every plain scalar worked out by `tag(of:)`: for a document composed
    /// with `Resolver.basic` that has no explicit tags, so that every plain scalar's type is implicit.
    /// Its mappings keep the basic resolver, so a key is looked up as the text it is.
    static func typed(_ node: Node) -> Node { typed(node, constructor: .default) }

    /// `typed(_:)` with one `constructor` for every scalar's tag: Yams' `Constructor.default` is made
    /// anew (its three maps of tag names) at every use.
    private static func typed(_ node: Node, constructor: Constructor) -> Node {
        func typed(_ node: Node) -> Node { Self.typed(node, constructor: constructor) }
        switch node {
        case .scalar(var scalar):
            if scalar.style == .plain { scalar.tag = Tag(tag(of: scalar.string), .basic, constructor) }
            return .scalar(scalar)
        case .mapping(let mapping):
            return .mapping(Node.Mapping(mapping.map { (typed($0.key), typed($0.value)) }, mapping.tag, mapping.style,
                                         mapping.mark, mapping.anchor))
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map(typed), sequence.tag, sequence.style, sequence.mark,
                                           sequence.anchor))
        case .alias:
            return node
        }
    }

    /// The line breaks of ICU, in UTF-8: LF, VT, FF, CR, NEL, LS and PS.
    private static let lineEnds = ["\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
        .map { Array($0.utf8) }
    private static let bools = ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
                                "FALSE", "on", "On", "ON", "off", "Off", "OFF"].map { Array($0.utf8) }
    private static let nulls = ["~", "null", "Null", "NULL", ""].map { Array($0.utf8) }

    /// `[-+]?0b[0-1_]+`, `[-+]?0o?[0-7_]+`, `[-+]?(?:0|[1-9][0-9_]*)`, `[-+]?0x[0-9a-fA-F_]+` or
    /// `[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+`.
    private static func isInt(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = Cursor(bytes)
        cursor.skipSign()
        if cursor.take("0") {
            if cursor.atEnd { return true }
            var binary = cursor, octal = cursor, hex = cursor
            if binary.take("b"), binary.many({ $0 == .zero || $0 == .one || $0 == .underscore }), binary.atEnd {
                return true
            }
            _ = octal.take("o")
            if octal.many({ (.zero ... .seven).contains($0) || $0 == .underscore }), octal.atEnd { return true }
            if hex.take("x"), hex.many({ $0.isHexDigit || $0 == .underscore }), hex.atEnd { return true }
            return false
        }
        guard cursor.take(where: { (.one ... .nine).contains($0) }) else { return false }
        _ = cursor.many(isDigitOrUnderscore)
        if cursor.atEnd { return true }
        return cursor.sexagesimal() && cursor.atEnd
    }

    /// `[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?`, `\.[0-9_]+(?:[eE][-+][0-9]+)?`,
    /// `[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*`, `[-+]?\.(?:inf|Inf|INF)` or `\.(?:nan|NaN|NAN)`.
    private static func isFloat(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let whole = Cursor(bytes)
        var cursor = whole
        cursor.skipSign()
        let signed = cursor.position > 0
        if cursor.take(where: \.isDigit) {
            _ = cursor.many(isDigitOrUnderscore)
            var decimal = cursor
            if decimal.take(".") { _ = decimal.many(isDigitOrUnderscore) }
            if decimal.atEnd || decimal.exponent(signRequired: false) && decimal.atEnd { return true }
            return cursor.sexagesimal() && cursor.take(".") && cursor.many(isDigitOrUnderscore, atLeast: 0)
                && cursor.atEnd
        }
        guard cursor.take(".") else { return false }
        let rest = Array(UnsafeBufferPointer(rebasing: bytes[cursor.position...]))
        if [Array("inf".utf8), Array("Inf".utf8), Array("INF".utf8)].contains(rest) { return true }
        if signed { return false }
        if [Array("nan".utf8), Array("NaN".utf8), Array("NAN".utf8)].contains(rest) { return true }
        guard cursor.many(isDigitOrUnderscore) else { return false }
        return cursor.atEnd || cursor.exponent(signRequired: true) && cursor.atEnd
    }

    /// `[0-9]{4}-[0-9]{2}-[0-9]{2}`, or `[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}` with a time:
    /// `(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?`.
    private static func isTimestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = Cursor(bytes)
        guard cursor.digits(4...4), cursor.take("-") else { return false }
        let month = cursor.position
        guard cursor.digits(1...2) else { return false }
        let monthDigits = cursor.position - month
        guard cursor.take("-") else { return false }
        let day = cursor.position
        guard cursor.digits(1...2) else { return false }
        if cursor.atEnd { return monthDigits == 2 && cursor.position - day == 2 }
        if !cursor.take("T"), !cursor.take("t"), !cursor.many(\.isBlank) { return false }
        guard cursor.digits(1...2), cursor.take(":"), cursor.digits(2...2), cursor.take(":"), cursor.digits(2...2)
        else { return false }
        if cursor.take(".") { _ = cursor.many(\.isDigit, atLeast: 0) }
        if cursor.atEnd { return true }
        _ = cursor.many(\.isBlank, atLeast: 0)
        if cursor.take("Z") { return cursor.atEnd }
        guard cursor.take("-") || cursor.take("+"), cursor.digits(1...2) else { return false }
        if cursor.take(":") { guard cursor.digits(2...2) else { return false } }
        return cursor.atEnd
    }

    private static func isDigitOrUnderscore(_ byte: UInt8) -> Bool { byte.isDigit || byte == .underscore }

    /// A position in the scalar's bytes, moved on by what it takes.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        var atEnd: Bool { position == bytes.count }

        mutating func take(where matches: (UInt8) -> Bool) -> Bool {
            guard position < bytes.count, matches(bytes[position]) else { return false }
            position += 1
            return true
        }

        mutating func take(_ character: Unicode.Scalar) -> Bool { take { $0 == UInt8(ascii: character) } }

        /// At least `atLeast` bytes that match, as many as there are.
        mutating func many(_ matches: (UInt8) -> Bool, atLeast: Int = 1) -> Bool {
            let start = position
            while take(where: matches) {}
            return position - start >= atLeast
        }

        mutating func digits(_ count: ClosedRange<Int>) -> Bool {
            let start = position
            while position - start < count.upperBound && take(where: \.isDigit) {}
            return position - start >= count.lowerBound
        }

        mutating func skipSign() { _ = take("-") || take("+") }

        /// `(?::[0-5]?[0-9])+`.
        mutating func sexagesimal() -> Bool {
            var groups = 0
            while take(":") {
                guard position < bytes.count, bytes[position].isDigit else { return false }
                let first = bytes[position]
                position += 1
                if first <= .five { _ = take(where: \.isDigit) }
                groups += 1
            }
            return groups > 0
        }

        /// `[eE][-+]?[0-9]+`, or `[eE][-+][0-9]+` when the sign is required.
        mutating func exponent(signRequired: Bool) -> Bool {
            guard take("e") || take("E") else { return false }
            if !(take("-") || take("+")) && signRequired { return false }
            return many(\.isDigit)
        }
    }
}

private extension UInt8 {
    static let zero = UInt8(ascii: "0"), one = UInt8(ascii: "1"), five = UInt8(ascii: "5")
    static let seven = UInt8(ascii: "7"), nine = UInt8(ascii: "9"), underscore = UInt8(ascii: "_")

    var isDigit: Bool { (.zero ... .nine).contains(self) }
    var isHexDigit: Bool {
        isDigit || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
    /// A space or a tab.
    var isBlank: Bool { self == UInt8(ascii: " ") || self == UInt8(ascii: "\t") }
}
