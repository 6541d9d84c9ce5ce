/// The scale a list's header states for its items: a header, closed by a colon or not, that states a scale as a
/// table's title does (`TitleScale`: 'Bezoekers per museum (x 1.000):', 'Baten (mln)'), then items each opened by an
/// item's mark and each a label, a colon and one value ('– Stadsmuseum: 84,5'). The text reads such a list as one
/// sentence with its header (`TextDocument`), so the scale the lines under a title get is not given to it: here each
/// count in digits of the items stands in the header's scale ('84,5' under '(x 1.000)' is 84.500), and the numbers
/// of the scale's phrase are labels. Under a header that states no scale its counts are marked as in a scale
/// unstated, as the lines under a title that states none are ('Samen 186.000' under '– Noord: 84,5' … is open). A
/// list with an item that is no label and one value is read as it is.
///
/// A list written in one line after its header's colon, its items joined by ';' and each words or labels and one
/// value, a colon between them allowed ('Bezoekers per vestiging (x 1.000): Centrum 212,4; Haven 198,6; Station
/// 230,1.', 'Opbrengst (x € 1.000): 2022: 598; 2023: 612.'), is read so too; under a header that states a scale its
/// items may be joined by ',' as well ('Omzet (x € 1.000): Q1 182, Q2 205, Q3 174, Q4 389; samen € 950.000.').
///
/// Under a scale that holds the currency sign ('x € 1.000') the items' bare counts are in it; an amount that writes
/// its own sign ('samen € 950.000') is written in full.
enum ListHeaderScale {
    /// `tokens`, a sentence's, with its items' counts in its header's scale, or marked as in a scale unstated, when
    /// it is such a list (see the type); else as they are.
    static func applied(to tokens: [Token]) -> [Token] {
        guard let (header, items) = marked(tokens) ?? inline(tokens) ?? commaInline(tokens) else { return tokens }
        guard let scale = TitleScale(header) else { return header + TitleScale.applied(1, to: items) }
        let signed = header[scale.start...].contains { $0.isMark("€") }
        let scaled = zip(items, TitleScale.applied(scale.factor, to: items)).map { item, scaled in
            signed && item.number?.currency.isEmpty == false ? item : scaled
        }
        return scale.labelling(header) + scaled
    }

    /// The header and the items of a list whose items each open with an item's mark and are a label, a colon and
    /// one value; nil for any other sentence.
    private static func marked(_ tokens: [Token]) -> (header: [Token], items: [Token])? {
        guard let first = tokens.firstIndex(where: LineShape.isItemMark), first > 0,
            !tokens[..<first].contains(where: { $0.isMark(":") && $0.depth == 0 }) || tokens[first - 1].isMark(":")
        else { return nil }
        let items = Array(tokens[first...])
        guard Self.items(of: items).allSatisfy(Self.isValueLine) else { return nil }
        return (Array(tokens[..<first]), items)
    }

    /// The header, up to its colon, and the items of a list in one line after it: at least `ClaimParser.leastParts`
    /// items joined by ';', each one or more words, labels or years and then one value, a full stop allowed after
    /// the last; nil for any other sentence.
    private static func inline(
        _ tokens: [Token], separators: Set<String> = [";"]
    ) -> (header: [Token], items: [Token])? {
        guard let colon = tokens.firstIndex(where: { $0.isMark(":") && $0.depth == 0 }), colon > 0 else { return nil }
        let items = Array(tokens[(colon + 1)...])
        let body = items.last?.isMark(".") == true ? items.dropLast() : items[...]
        let pieces = body.split(omittingEmptySubsequences: false) {
            $0.kind == .mark && separators.contains($0.text) && $0.depth == 0
        }
        guard pieces.count >= ClaimParser.leastParts, pieces.allSatisfy(isNamedValue) else { return nil }
        return (Array(tokens[...colon]), items)
    }

    /// The header and the items of a list in one line after a header that states a scale, its items joined by ','
    /// or ';' ('Omzet per kwartaal (x € 1.000): Q1 182, Q2 205, Q3 174, Q4 389; samen € 950.000.'); nil otherwise.
    private static func commaInline(_ tokens: [Token]) -> (header: [Token], items: [Token])? {
        guard let list = inline(tokens, separators: [",", ";"]), TitleScale(list.header) != nil else { return nil }
        return list
    }

    /// Whether an item of a list in one line is one or more words, labels or years and then one value, a colon
    /// between them allowed ('2021: 584'), and a currency sign before the value ('samen € 950.000').
    private static func isNamedValue(_ item: ArraySlice<Token>) -> Bool {
        guard let value = item.last, value.kind == .number, item.count > 1 else { return false }
        let unsigned = item.dropLast().last?.isMark("€") == true ? item.dropLast(2) : item.dropLast()
        let name = unsigned.last?.isMark(":") == true ? unsigned.dropLast() : unsigned
        return !name.isEmpty && name.allSatisfy { [.word, .label, .year].contains($0.kind) }
    }

    /// Whether an item is a label, a colon and one value, a full stop after it allowed when it closes the sentence.
    private static func isValueLine(_ item: [Token]) -> Bool {
        LineShape.isValueLine(item.last?.isMark(".") == true ? Array(item.dropLast()) : item)
    }

    /// The items of a list, each from its item's mark to the next.
    private static func items(of tokens: [Token]) -> [[Token]] {
        let starts = tokens.indices.filter { LineShape.isItemMark(tokens[$0]) }
        return starts.indices.map { position in
            let end = position + 1 < starts.count ? starts[position + 1] : tokens.count
            return Array(tokens[starts[position]..<end])
        }
    }
}
