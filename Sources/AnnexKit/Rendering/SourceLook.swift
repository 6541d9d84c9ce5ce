/// What one look through a source's bytes, or through each of its parts, tells of its encodings in `figures.csv`
/// and `figures.json`. A source names a document, a table and a file with commas between, rarely anything either
/// file escapes: when no byte but the comma is one either file treats otherwise, both encodings are the bytes
/// copied (the CSV field in quotes when a comma is among them); else each encoder looks for itself. The look
/// through a text made of parts is that of its parts together (`and`), digits adding nothing.
struct SourceLook: Sendable {
    /// Whether no byte but the comma is one that either file treats otherwise.
    let copied: Bool
    /// Whether a comma is among the bytes.
    let hasComma: Bool

    /// The look through `utf8`.
    init(_ utf8: UnsafeBufferPointer<UInt8>) {
        var copied = true, hasComma = false, index = Self.special.first(in: utf8, from: 0)
        while index < utf8.count {
            guard utf8[index] == UInt8(ascii: ",") else {
                copied = false
                break
            }
            hasComma = true
            index = Self.special.first(in: utf8, from: index + 1)
        }
        (self.copied, self.hasComma) = (copied, hasComma)
    }

    /// The look through the bytes of `text`.
    init(_ text: String) { self = text.withUTF8InPlace { SourceLook($0) } }

    private init(copied: Bool, hasComma: Bool) { (self.copied, self.hasComma) = (copied, hasComma) }

    /// The look through the bytes looked through here and those `other` looked through, together.
    func and(_ other: SourceLook) -> SourceLook {
        SourceLook(copied: copied && other.copied, hasComma: hasComma || other.hasComma)
    }

    /// `utf8`, the bytes looked through, as its CSV field (`CSVWriter.encode`) appended to `csv` and as its JSON
    /// string (`MachineReadable.appendJSONString`) appended to `json`.
    func append(_ utf8: UnsafeBufferPointer<UInt8>, csv: inout ByteBuffer, json: inout ByteBuffer) {
        guard copied else {
            CSVWriter.encode(utf8, to: &csv)
            MachineReadable.appendJSONString(utf8, to: &json)
            return
        }
        CSVWriter.encode(utf8, firstQuoted: hasComma ? 0 : utf8.count, mayHoldQuote: false, to: &csv)
        json.append(UInt8(ascii: "\""))
        json.append(contentsOf: utf8)
        json.append(UInt8(ascii: "\""))
    }

    /// The bytes a source's CSV field or JSON string treats otherwise: the control characters (the line breaks
    /// among them), the quote, the backslash and the comma.
    private static let special = SpecialBytes(below: 0x20, ",\"\\".utf8)
}
