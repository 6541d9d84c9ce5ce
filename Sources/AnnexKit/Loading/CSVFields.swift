/// One record of a CSV file as its bytes: the fields unquoted, one after another in one buffer, each checked
/// by the reader (within its limit, UTF-8, no control character). A field becomes a `String` only where its
/// text is kept; numbers and codes are read from the bytes.
struct CSVFields {
    /// The line the record starts on.
    let line: Int
    /// The fields' bytes, one after another.
    private(set) var bytes: [UInt8] = []
    /// Where each field ends in `bytes`.
    private(set) var ends: [Int] = []

    init(line: Int, capacity: Int) {
        self.line = line
        bytes.reserveCapacity(capacity)
    }

    /// The number of fields.
    var count: Int { ends.count }

    /// Where field `index` lies in `bytes`.
    private func range(_ index: Int) -> Range<Int> { (index == 0 ? 0 : ends[index - 1])..<ends[index] }

    /// Appends bytes to the field being read.
    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    /// Runs `body` on the buffer the field being read grows in.
    mutating func growing<Result>(_ body: (inout [UInt8]) -> Result) -> Result { body(&bytes) }

    /// The bytes of the field being read (after the last one ended).
    var pending: ArraySlice<UInt8> { bytes[(ends.last ?? 0)...] }

    /// Ends the field being read.
    mutating func endField() { ends.append(bytes.count) }

    /// Runs `body` on the bytes of field `index` (none beyond the last field).
    func withField<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        guard index < count else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        let range = range(index)
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The text of field `index` ("" beyond the last field).
    subscript(index: Int) -> String { withField(index) { String(decoding: $0, as: UTF8.self) } }

    /// The text of field `index` without leading and trailing spaces and tabs, as `trimmingSpaces()` gives it.
    func trimmed(_ index: Int) -> String {
        withField(index) { field in field.withTrimmedSpaces { String(decoding: $0, as: UTF8.self) } }
    }

    /// Whether every field is empty but for spaces (a blank line, or only separators).
    var isBlank: Bool { (0..<count).allSatisfy { withField($0) { $0.withTrimmedSpaces(\.isEmpty) } } }

    /// The record with each field as text.
    var record: CSVRecord { CSVRecord(line: line, fields: (0..<count).map { self[$0] }) }
}

extension UnsafeBufferPointer<UInt8> {
    /// Runs `body` on the bytes without leading and trailing spaces, as `String.trimmingSpaces()` trims their
    /// text: spaces and tabs are cut among the bytes; when what is left starts or ends with a byte above ASCII
    /// (which may be a space of another script), the text is made and trimmed as text.
    func withTrimmedSpaces<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var (start, end) = (startIndex, endIndex)
        while start < end && isSpace(self[start]) { start += 1 }
        while end > start && isSpace(self[end - 1]) { end -= 1 }
        guard start == end || self[start] < 0x80 && self[end - 1] < 0x80 else {
            var text = String(decoding: self[start..<end], as: UTF8.self).trimmingSpaces()
            return try text.withUTF8(body)
        }
        return try body(UnsafeBufferPointer(rebasing: self[start..<end]))
    }
}
