/// An item of a list that names a post and its amount in euros with no colon between them ('- veldhuur € 14.500',
/// '• materiaal € 3.400', '- korting -€ 524,95'), as budgets and bills list them. In a block of two or more such
/// lines each is read as the value line '- Label: amount' it stands for (`TextDocument`, as rows pasted with spaces
/// are); an item whose label holds a digit, or whose amount does not end the line, stays prose.
enum AmountItem {
    /// The value line the line `text` stands for, if it is such an item.
    static func line(_ text: String.UnicodeScalarView) -> String? {
        let plain = PlainLine(text).scalars
        guard let (mark, space) = TabValueLine.itemMark(of: plain), let euro = plain.lastIndex(of: "€"), euro > space
        else { return nil }
        let valueStart = signs.contains(plain[euro - 1]) ? euro - 1 : euro
        let label = String(scalars: PlainLine.trimmed(plain[(space + 1)..<valueStart]))
        let amount = String(scalars: PlainLine.trimmed(plain[(euro + 1)...]))
        guard !label.isEmpty, !label.contains(where: \.isNumber), !label.hasSuffix(":"),
            let first = amount.first, first.isNumber,
            amount.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," })
        else { return nil }
        // '-€ 524,95' is written '€ -524,95', the way a signed amount is read.
        let value =
            valueStart < euro ? "€ " + String(plain[valueStart]) + amount : String(scalars: plain[valueStart...])
        return TabValueLine.line(cells: [mark, label, value])
    }

    /// Signs an amount may open with before its '€' ('-€ 524,95').
    private static let signs: Set<Unicode.Scalar> = ["-", "−"]
}
