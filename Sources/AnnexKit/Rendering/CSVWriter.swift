/// Writes RFC 4180 CSV: CRLF line ends, fields quoted only when they contain a comma, quote or line break.
///
/// Every CSV annex writes goes through here (`tables/*.csv`, `figures.csv`, `verify --format csv`),
/// so every one is safe to open in a spreadsheet: a text field that starts with `=`, `+`, `-`, `@`,
/// a tab or a carriage return would be read as a formula (`=HYPERLINK(…)` becomes a live link), so
/// it gets a `'` in front, as OWASP recommends. A number stays a number: `-30.9` is not text.
public struct CSVWriter {
    private(set) var buffer = ByteBuffer()
    /// Whether the current row has a field already.
    private var rowStarted = false

    public init() {}

    public var text: String { buffer.text }

    public mutating func row(_ fields: [String]) {
        for field in fields { self.field(field) }
        endRow()
    }

    /// The next field of the current row.
    mutating func field(_ text: String) {
        separate()
        Self.encode(text, to: &buffer)
    }

    /// A whole row of fields encoded before (a plain number, or a text `encode` wrote once for many rows), put
    /// with their commas by `write` through a cursor into room for `length` bytes at most, and ended: one check of
    /// the buffer's room for the row, not one for each field and comma.
    mutating func row(atMost length: Int, _ write: (inout ByteCursor) -> Void) {
        precondition(!rowStarted, "CSVWriter: a row is started")
        buffer.append(upTo: length + 2) { room in
            var out = ByteCursor(room)
            write(&out)
            out.put(UInt8(ascii: "\r"))
            out.put(UInt8(ascii: "\n"))
            return out.count
        }
    }

    /// `text` as a field: in quotes when it needs them, after a `'` when it would read as a formula.
    static func encode(_ text: String, to buffer: inout ByteBuffer) {
        text.withUTF8InPlace { encode($0, to: &buffer) }
    }

    /// The bytes `utf8` as a field (`encode(_:to:)`).
    static func encode(_ utf8: UnsafeBufferPointer<UInt8>, to buffer: inout ByteBuffer) {
        encode(utf8, firstQuoted: Self.quoted.first(in: utf8, from: 0), mayHoldQuote: true, to: &buffer)
    }

    /// The bytes `utf8` as a field (`encode(_:to:)`), given where the first byte that makes it quoted is
    /// (`utf8.count`: there is none) and, for a caller that has looked through the bytes already, whether a
    /// quote (to double) may be among them.
    static func encode(_ utf8: UnsafeBufferPointer<UInt8>, firstQuoted: Int, mayHoldQuote: Bool,
                       to buffer: inout ByteBuffer) {
        let quoted = firstQuoted < utf8.count
        if quoted { buffer.append(UInt8(ascii: "\"")) }
        if let first = utf8.first, Self.formulaStarts.contains(first), !Self.isPlainNumber(utf8) {
            buffer.append(UInt8(ascii: "'"))
        }
        guard quoted else { return buffer.append(contentsOf: utf8) }
        // The runs between quotes are copied whole; each quote is doubled (it ends one run and starts the next).
        // No quote comes before the first byte that makes the field quoted.
        var start = 0, searched = firstQuoted
        while mayHoldQuote, case let quote = Self.quoteMark.first(in: utf8, from: searched), quote < utf8.count {
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...quote]))
            (start, searched) = (quote, quote + 1)
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        buffer.append(UInt8(ascii: "\""))
    }

    /// The next field of the current row: an exact number, written as `PlainNumber` writes it,
    /// after `prefix` (`~` or `≥`: never quoted, never a formula).
    mutating func field(_ value: Exact, prefix: String = "") {
        separate()
        buffer.append(prefix)
        PlainNumber.append(value, to: &buffer)
    }

    mutating func endRow() {
        buffer.append("\r\n")
        rowStarted = false
    }

    /// The CSV written so far, handed to `write` once it holds `blockSize` bytes (and always when
    /// `finished`), the buffer then emptied and kept: a file of any size is written in constant memory.
    mutating func flush(finished: Bool = false, to write: (ByteBuffer) throws -> Void) rethrows {
        guard finished || buffer.count >= Self.blockSize else { return }
        try write(buffer)
        buffer.removeAll()
    }

    /// How much CSV `flush` gathers before it writes.
    static let blockSize = 1 << 20

    private mutating func separate() {
        if rowStarted { buffer.append(UInt8(ascii: ",")) }
        rowStarted = true
    }

    /// The first characters that make a spreadsheet read a field as a formula.
    private static let formulaStarts = ByteSet("=+-@\t\r".utf8)
    /// The characters that make a field quoted.
    private static let quoted = SpecialBytes(",\"\n\r".utf8)
    /// The quote, which a quoted field doubles.
    private static let quoteMark = SpecialBytes("\"".utf8)

    /// `-8738`, `-30.900178662258393`: an optional minus, digits and at most one decimal point.
    static func isPlainNumber(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        let digits = field.first == UInt8(ascii: "-") ? field.dropFirst() : field[...]
        guard let point = digits.firstIndex(of: UInt8(ascii: ".")) else { return isDigits(digits) }
        return isDigits(digits[..<point]) && isDigits(digits[(point + 1)...])
    }

    /// Whether `bytes` are one or more decimal digits.
    private static func isDigits(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// `field` in quotes (its quotes doubled) when it contains a comma, quote or line break; not
    /// neutralised, as a CSV from elsewhere would have it.
    static func quote(_ field: String) -> String {
        guard field.utf8.contains(where: quoted.contains) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
