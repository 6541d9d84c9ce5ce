/// Excel's rules for worksheet names, checked where a name is read (spec, translation) and again on
/// the finished workbook layout: 1 to 31 characters, none of `[]:*?/\` and no control character,
/// not starting or ending with an apostrophe, and not `History` (Excel keeps it for itself).
public enum SheetName {
    public static let maximumLength = 31

    /// Why `name` cannot name a worksheet; nil when it can.
    public static func problem(_ name: String) -> MessageText? {
        let quoted: [String: MessageText.Value] = ["name": "\(LoadError.quote(name))"]
        if name.isEmpty { return MessageText(.sheetEmpty) }
        if name.unicodeScalars.count > maximumLength {
            return MessageText(.sheetTooLong, quoted.merging(["limit": .number(maximumLength)]) { $1 })
        }
        let forbidden = "[]:*?/\\".unicodeScalars
        if name.unicodeScalars.contains(where: { forbidden.contains($0) || $0.value < 0x20 || $0.value == 0x7F }) {
            return MessageText(.sheetForbidden, quoted)
        }
        if name.hasPrefix("'") || name.hasSuffix("'") { return MessageText(.sheetApostrophe, quoted) }
        if name.lowercased() == "history" { return MessageText(.sheetReserved, quoted) }
        return nil
    }
}
