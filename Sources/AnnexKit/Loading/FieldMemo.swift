import Foundation

/// What a column's texts were read as, remembered by their bytes: a tidy file names a few region types,
/// measures, periods and tables on every line, and a region with its printed line on several lines in a row,
/// so each distinct text is made a `String` and read (lowercased, looked up) once, not once a line.
///
/// Reading a text must depend on its bytes alone; what fails to read (an error, recorded per line by `read`)
/// is not remembered, so that each line that has it is read, and reported, again.
struct FieldMemo<Value> {
    /// How many distinct texts are remembered; once full, the last place holds the latest text read.
    private let capacity: Int
    private var entries: [(bytes: [UInt8], value: Value)] = []

    /// A memo of at most `capacity` texts (1: the last one read).
    init(capacity: Int) {
        self.capacity = capacity
        entries.reserveCapacity(capacity)
    }

    /// The value of the text `bytes`: remembered, or `read` of the text (remembered when not nil).
    mutating func value(_ bytes: UnsafeBufferPointer<UInt8>, _ read: (String) -> Value?) -> Value? {
        for entry in entries where entry.bytes.count == bytes.count {
            let equal = entry.bytes.withUnsafeBufferPointer { kept in
                bytes.isEmpty || memcmp(kept.baseAddress!, bytes.baseAddress!, bytes.count) == 0
            }
            if equal { return entry.value }
        }
        guard let value = read(String(decoding: bytes, as: UTF8.self)) else { return nil }
        if entries.count == capacity { entries.removeLast() }
        entries.append((Array(bytes), value))
        return value
    }
}
