import Foundation

extension String {
    /// The text without leading and trailing white space and line breaks, as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives it; a text that starts and ends with
    /// a visible ASCII character (nearly every cell) is returned as it is, without Foundation.
    func trimmingWhitespaceAndNewlines() -> String {
        if startsAndEndsVisibleASCII { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether the first and the last byte are visible ASCII characters (nearly every cell and name).
    /// Such a text has no white space at either end: its first character starts with the first byte,
    /// and the last character's first scalar is the last byte or a prepended mark, no white space either.
    var startsAndEndsVisibleASCII: Bool {
        func isVisibleASCII(_ byte: UInt8?) -> Bool { byte.map { $0 > 0x20 && $0 < 0x7F } ?? false }
        return isVisibleASCII(utf8.first) && isVisibleASCII(utf8.last)
    }

    /// The text without leading and trailing spaces and tabs: what `trimmingCharacters(in:
    /// .whitespaces)` gives, without the detour through Foundation's NSString, which made reading
    /// a million rows take many seconds. Loaders trim every field and name with it.
    func trimmingSpaces() -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? scalar == " " || scalar == "\t" : scalar.properties.generalCategory == .spaceSeparator
        }
        // A text whose first and last bytes are ASCII but space and tab (nearly every field) starts and ends with
        // those characters: nothing to trim, told without its scalars.
        func isKept(_ byte: UInt8?) -> Bool { byte.map { $0 < 0x80 && $0 != 0x20 && $0 != 0x09 } ?? true }
        if isKept(utf8.first) && isKept(utf8.last) { return self }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return self }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
              let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
