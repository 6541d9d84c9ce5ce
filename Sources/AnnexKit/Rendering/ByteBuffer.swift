import Foundation

/// Text built as UTF-8 bytes: every writer of annex (CSV, JSON, SVG, XML, the annex templates)
/// appends to one of these instead of concatenating Swift strings, so writing a file costs a copy
/// per byte, not an allocation per field.
///
/// The bytes live in storage of its own (`ByteStorage`), not in an `[UInt8]`: an append checks that
/// the storage is this buffer's alone and has room, then copies, a few instructions where
/// `Array.append(contentsOf:)` took about a hundred. Copies of a buffer share its storage until one of
/// them changes, as arrays do: a buffer handed to a writer and then emptied keeps the bytes handed over.
///
/// A buffer may go to another thread as an array may (`@unchecked Sendable`): its storage is changed only
/// by a buffer that holds it alone, and shared storage is only read.
struct ByteBuffer: ContiguousBytes, @unchecked Sendable {
    /// Where the bytes are; they end at `count`, the room at `capacity`.
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    /// Owns the memory at `base`; shared by the copies of this buffer.
    private var storage: ByteStorage

    init(capacity: Int = 0) {
        storage = capacity > 0 ? ByteStorage(capacity: capacity) : .empty
        (base, self.capacity) = (storage.base, storage.capacity)
    }

    /// The last byte, if any.
    var last: UInt8? { count > 0 ? base[count - 1] : nil }

    /// The bytes as text (they are UTF-8 as appended).
    var text: String { withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) } }

    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// Empties the buffer and keeps its room for the bytes to come.
    mutating func removeAll() {
        count = 0
    }

    mutating func removeLast() {
        precondition(count > 0, "ByteBuffer: nothing to remove")
        count -= 1
    }

    /// Where `extra` more bytes go after the last: in storage this buffer alone holds, with room for them.
    @inline(__always)
    private mutating func room(for extra: Int) -> UnsafeMutablePointer<UInt8> {
        if _slowPath(capacity - count < extra || !isKnownUniquelyReferenced(&storage)) { makeRoom(for: extra) }
        return base + count
    }

    /// Storage of this buffer's own with room for `extra` more bytes: a copy of its bytes when the storage is
    /// shared (as much room as before), else the storage grown to at least twice its room.
    @inline(never)
    private mutating func makeRoom(for extra: Int) {
        if isKnownUniquelyReferenced(&storage) {
            storage.grow(to: Swift.max(count + extra, capacity * 2, Self.minimumCapacity))
        } else {
            storage = ByteStorage(copying: UnsafeBufferPointer(start: base, count: count),
                                  capacity: Swift.max(count + extra, capacity, Self.minimumCapacity))
        }
        (base, capacity) = (storage.base, storage.capacity)
    }

    /// The least room a buffer gets when it first grows: the short texts most buffers hold (a figure's fields,
    /// a map's path) fit without growing again.
    private static let minimumCapacity = 64

    mutating func append(_ byte: UInt8) {
        room(for: 1).initialize(to: byte)
        count += 1
    }

    mutating func append(contentsOf source: UnsafeBufferPointer<UInt8>) {
        guard let start = source.baseAddress else { return }
        room(for: source.count).update(from: start, count: source.count)
        count += source.count
    }

    mutating func append(contentsOf source: UnsafeRawBufferPointer) {
        append(contentsOf: source.assumingMemoryBound(to: UInt8.self))
    }

    /// The bytes of an array, a slice of one, `Data`: copied whole where they lie side by side, else one by one.
    mutating func append<C: Collection<UInt8>>(contentsOf source: C) {
        guard source.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil else { return }
        for byte in source { append(byte) }
    }

    mutating func append(_ text: String) {
        text.withUTF8InPlace { append(contentsOf: $0) }
    }

    mutating func append(_ text: Substring) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    mutating func append(_ other: ByteBuffer) {
        other.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    /// The bytes of `other` at `range`.
    mutating func append(_ other: ByteBuffer, _ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= other.count, "ByteBuffer: range out of bounds")
        append(contentsOf: UnsafeBufferPointer(start: other.base + range.lowerBound, count: range.count))
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Lets `fill` write up to `extra` bytes after the last and keeps as many as it says it wrote.
    mutating func append(upTo extra: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) throws -> Int) rethrows {
        let written = try fill(UnsafeMutableBufferPointer(start: room(for: extra), count: extra))
        precondition(written >= 0 && written <= extra, "ByteBuffer: more written than there was room for")
        count += written
    }

    /// `value` in decimal digits: `-1234`.
    mutating func append(decimal value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        append(digits: value.magnitude)
    }

    /// The digits of `value`, most significant first.
    mutating func append(digits value: UInt) {
        // One or two digits (most of a map's steps) appended as bytes: a copy costs more than they do.
        if value < 10 {
            append(UInt8(ascii: "0") + UInt8(value))
        } else if value < 100 {
            append(UInt8(ascii: "0") + UInt8(value / 10))
            append(UInt8(ascii: "0") + UInt8(value % 10))
        } else {
            // As typed bytes, appended in one copy (a slice of raw bytes is appended byte by byte).
            Self.withDigits(of: UInt64(value)) { append(contentsOf: $0) }
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
    mutating func append(xmlEscaped text: String) {
        text.withUTF8InPlace { append(xmlEscaped: $0) }
    }

    /// UTF-8 bytes with `&`, `<`, `>` and `"` written as XML entities: the runs between them found sixteen bytes
    /// at a time (`SpecialBytes`) and copied whole.
    mutating func append(xmlEscaped utf8: UnsafeBufferPointer<UInt8>) {
        var start = 0
        while true {
            let special = Self.xmlSpecial.first(in: utf8, from: start)
            append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<special]))
            guard special < utf8.count, let entity = Self.xmlEntity(utf8[special]) else { return }
            append(entity)
            start = special + 1
        }
    }

    /// The bytes of `text` escaped as `append(xmlEscaped:)` escapes a `String`.
    mutating func append(xmlEscaped text: ByteBuffer) {
        text.withUnsafeBufferPointer { append(xmlEscaped: $0) }
    }

    /// The bytes `xmlEntity` names.
    private static let xmlSpecial = SpecialBytes("&<>\"".utf8)

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
        text.withUnsafeBufferPointer { append($0, escaping: Self.htmlEntity) }
    }

    /// Whether `append(htmlEscaped:)` writes `text` otherwise than it is.
    static func needsHTMLEscape(_ text: String) -> Bool {
        text.utf8.contains { htmlEntity($0) != nil }
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
        text.withUTF8InPlace { append($0, escaping: entity) }
    }

    private mutating func append(_ utf8: UnsafeBufferPointer<UInt8>, escaping entity: (UInt8) -> StaticString?) {
        var start = 0
        for (index, byte) in utf8.enumerated() {
            guard let entity = entity(byte) else { continue }
            append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
            append(entity)
            start = index + 1
        }
        append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
    }
}
