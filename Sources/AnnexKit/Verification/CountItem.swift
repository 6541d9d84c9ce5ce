/// An item of a list that names a part and its count with no colon between them ('• politie 512', '- Interne
/// geneeskunde 4.215', '- Totaal 9.800'). Such an item opens a paragraph of its own, so that the items of its list
/// were read apart, their title and total line each alone; in a block of two or more such lines each is read as the
/// value line '- Label: count' it stands for (`TextDocument`, as items of an amount are: `AmountItem`), so the block
/// is one run of items under its title. The label is words only (no digit, no closing colon), and neither ends in a
/// word of grammar ('- het aantal steeg naar 412': a preposition, a hedge before the number) nor holds a finite verb
/// ('- de meldingen waren 412'): such an item is prose; so is one whose count does not end the line ('- 42%').
enum CountItem {
    /// The value line the line `text` stands for, if it is such an item.
    static func line(_ text: String.UnicodeScalarView) -> String? {
        let plain = PlainLine(text).scalars
        guard let (mark, space) = TabValueLine.itemMark(of: plain), let valueSpace = plain.lastIndex(of: " "),
            valueSpace > space
        else { return nil }
        let label = String(scalars: PlainLine.trimmed(plain[(space + 1)..<valueSpace]))
        let count = String(scalars: plain[(valueSpace + 1)...])
        let words = label.lowercased().split(separator: " ").map(String.init)
        guard let last = words.last, !label.contains(where: \.isNumber), !label.hasSuffix(":"),
            !Lexicon.grammarWords.contains(last), !words.contains(where: Lexicon.finiteVerbs.contains),
            count.first?.isNumber == true, count.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," })
        else { return nil }
        return TabValueLine.line(cells: [mark, label, count])
    }
}
