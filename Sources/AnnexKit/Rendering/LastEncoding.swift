/// The last text a writer encoded (as a CSV field, as a JSON string) and its bytes: a text repeated
/// on the next record is copied instead of encoded again. In `figures.csv` and `figures.json` the
/// source of a count is also that of each statistic derived from it, the longest field of a row.
struct LastEncoding {
    private var text: String?
    private var bytes = ByteBuffer()

    /// Appends `text` encoded by `encode` to `buffer`, or the bytes of the last time when it is the same text.
    mutating func append(_ text: String, to buffer: inout ByteBuffer,
                         encode: (String, inout ByteBuffer) -> Void) {
        if text == self.text { return buffer.append(bytes) }
        let start = buffer.count
        encode(text, &buffer)
        self.text = text
        bytes.bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: buffer.bytes[start...])
    }
}
