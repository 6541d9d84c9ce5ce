/// Text built as UTF-8 bytes: every writer of annex (CSV, JSON, SVG, XML, the annex templates)
/// appends to one of these instead of concatenating Swift strings, so writing a file costs a copy
/// per byte, not an allocation per field.
struct ByteBuffer {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var count: Int { bytes.count }

    /// The bytes as text (they are UTF-8 as appended).
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ text: Substring) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ other: ByteBuffer) {
        bytes.append(contentsOf: other.bytes)
    }

    mutating func append<C: Collection>(contentsOf data: C) where C.Element == UInt8 {
        bytes.append(contentsOf: data)
    }

    /// `value` in decimal digits: `-1234`.
    mutating func append(decimal value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        append(digits: value.magnitude)
    }

    /// The digits of `value`, most significant first.
    mutating func append(digits value: UInt) {
        // One or two digits (most of a map's steps) appended as bytes: a copy costs more than they do.
        if value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
        } else if value < 100 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / 10))
            bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
        } else {
            // As typed bytes, appended in one copy (a slice of raw bytes is appended byte by byte).
            Self.withDigits(of: UInt64(value)) { bytes.append(contentsOf: $0) }
        }
    }

    /// Calls `body` with the decimal digits of `value` as ASCII bytes, written on the stack (no list made).
    static func withDigits<Result>(of value: UInt64, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for the 20 digits of UInt64.max
        return withUnsafeMutableBytes(of: &scratch) { buffer in
            var rest = value, index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            return body(UnsafeRawBufferPointer(rebasing: buffer[index...]).assumingMemoryBound(to: UInt8.self))
        }
    }

    /// `text` with `&`, `<`, `>` and `"` written as XML entities.
    mutating func append(xmlEscaped text: String) { append(text, escaping: Self.xmlEntity) }

    /// UTF-8 bytes with `&`, `<`, `>` and `"` written as XML entities.
    mutating func append(xmlEscaped utf8: UnsafeBufferPointer<UInt8>) { append(utf8, escaping: Self.xmlEntity) }

    /// `text` for an XML attribute's value: the XML entities, and tab and line breaks as character references,
    /// which an XML reader would otherwise turn into spaces.
    mutating func append(xmlAttribute text: String) {
        append(text) { byte in
            switch byte {
            case 0x09: "&#9;"
            case 0x0A: "&#10;"
            case 0x0D: "&#13;"
            default: Self.xmlEntity(byte)
            }
        }
    }

    /// `text` escaped for HTML as Mustache escapes it: the XML entities and `'`.
    mutating func append(htmlEscaped text: String) {
        append(text, escaping: Self.htmlEntity)
    }

    /// The bytes of `text` escaped for HTML as `append(htmlEscaped:)` escapes a `String`.
    mutating func append(htmlEscaped text: ByteBuffer) {
        text.bytes.withUnsafeBufferPointer { append($0, escaping: Self.htmlEntity) }
    }

    private static func htmlEntity(_ byte: UInt8) -> StaticString? {
        byte == UInt8(ascii: "'") ? "&#39;" : xmlEntity(byte)
    }

    private static func xmlEntity(_ byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        default: nil
        }
    }

    /// `text` with each byte that `entity` names written as that entity.
    private mutating func append(_ text: String, escaping entity: (UInt8) -> StaticString?) {
        var text = text
        text.withUTF8 { append($0, escaping: entity) }
    }

    private mutating func append(_ utf8: UnsafeBufferPointer<UInt8>, escaping entity: (UInt8) -> StaticString?) {
        var start = 0
        for (index, byte) in utf8.enumerated() {
            guard let entity = entity(byte) else { continue }
            bytes.append(contentsOf: utf8[start..<index])
            append(entity)
            start = index + 1
        }
        bytes.append(contentsOf: utf8[start...])
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}
