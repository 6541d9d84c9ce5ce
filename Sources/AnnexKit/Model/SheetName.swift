/// Excel's rules for worksheet names, checked where a name is read (spec, translation) and again on
/// the finished workbook layout: 1 to 31 characters, none of `[]:*?/\` and no control character,
/// not starting or ending with an apostrophe, and not `History` (Excel keeps it for itself).
public enum SheetName {
    public static let maximumLength = 31

    /// Why `name` cannot name a worksheet, in Dutch; nil when it can.
    public static func problem(_ name: String) -> String? {
        let quoted = "werkbladnaam '\(LoadError.quote(name))'"
        if name.isEmpty { return "werkbladnaam is leeg" }
        if name.unicodeScalars.count > maximumLength { return "\(quoted) is langer dan \(maximumLength) tekens" }
        let forbidden = "[]:*?/\\".unicodeScalars
        if name.unicodeScalars.contains(where: { forbidden.contains($0) || $0.value < 0x20 || $0.value == 0x7F }) {
            return "\(quoted) bevat een van []:*?/\\ of een stuurteken"
        }
        if name.hasPrefix("'") || name.hasSuffix("'") { return "\(quoted) begint of eindigt met '" }
        if name.lowercased() == "history" { return "\(quoted) is voorbehouden aan Excel" }
        return nil
    }
}
