/// An item of a list that names a post and its amount in euros with no colon between them ('- veldhuur € 14.500',
/// '• materiaal € 3.400', '- korting -€ 524,95'), as budgets and bills list them. In a block of two or more such
/// lines each is read as the value line '- Label: amount' it stands for (`TextDocument`, as rows pasted with spaces
/// are); an item whose label holds a digit, or whose amount does not end the line, stays prose.
enum AmountItem {
    /// The value line the line `text` stands for, if it is such an item.
    static func line(_ text: String.UnicodeScalarView) -> String? {
        let plain = String(text).replacingOccurrences(of: "\u{A0}", with: " ").trimmingCharacters(in: .whitespaces)
        guard let space = plain.firstIndex(of: " "), TabValueLine.itemMarks.contains(String(plain[..<space])),
            let euro = plain.lastIndex(of: "€")
        else { return nil }
        var valueStart = euro
        if valueStart > space, let sign = plain.index(valueStart, offsetBy: -1, limitedBy: space),
            signs.contains(plain[sign])
        {
            valueStart = sign
        }
        let label = plain[plain.index(after: space)..<valueStart].trimmingCharacters(in: .whitespaces)
        let amount = plain[plain.index(after: euro)...].trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty, !label.contains(where: \.isNumber), !label.hasSuffix(":"),
            let first = amount.first, first.isNumber,
            amount.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," })
        else { return nil }
        // '-€ 524,95' is written '€ -524,95', the way a signed amount is read.
        let value = valueStart < euro ? "€ " + String(plain[valueStart]) + amount : String(plain[valueStart...])
        return TabValueLine.line(cells: [String(plain[..<space]), label, value])
    }

    /// Signs an amount may open with before its '€' ('-€ 524,95').
    private static let signs: Set<Character> = ["-", "−"]
}
