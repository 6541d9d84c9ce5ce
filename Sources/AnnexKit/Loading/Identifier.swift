/// The pattern of figure ids, which name files and web page anchors: lowercase letters, digits and
/// '-', starting with a letter or digit, at most `maximumLength` characters. Kept in one place, so
/// that it can give way to the one validator of report, table and figure ids.
enum Identifier {
    static let maximumLength = 64

    static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= maximumLength, first != "-" else {
            return false
        }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
