/// The identifiers of reports, tables and figures. They name the annex's files and folders
/// (`out/<report>/tables/<table>.csv`), so they follow one pattern: lowercase letters a–z, digits
/// and '-', starting with a letter or a digit, at most 64 characters (`samenwerking-2024`,
/// `injus-meldingen-gemeente`). Nothing else can reach a path: no '/', '..', space or line break.
public enum Identifier {
    public static let maximumLength = 64

    /// Why `text` is not an identifier; nil when it is one.
    public static func problem(_ text: String) -> MessageText? {
        let (letter, digit) = (UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"))
        let allowed = text.utf8.allSatisfy { letter.contains($0) || digit.contains($0) || $0 == UInt8(ascii: "-") }
        guard allowed, let first = text.first, first != "-", text.utf8.count <= maximumLength else {
            return MessageText(.specInvalidID, ["id": "\(LoadError.quote(text))", "limit": .number(maximumLength)])
        }
        return nil
    }
}
