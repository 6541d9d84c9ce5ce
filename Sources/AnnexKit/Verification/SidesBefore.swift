/// A count that is the difference between two sides a comparison names, each side's value given in the sentence
/// before and named there by the side's own words ('Karin kreeg er 412, Joost 377. Karin had er dus 35 meer dan
/// Joost.'). The subject's name opens the sentence (past its grammar words), the 'dan' side's name closes it; each
/// must be held by the words of exactly one value of the count's unit in the sentence before (`namedValues()`,
/// `soleValue(named:in:)`; the subject's by its longest opening part any value holds), the two values distinct.
/// A comparison may also be a main clause of its own after a mark and a coordinator ('Maart bleef 33,5% achter, en
/// februari trok 7.520 bezoekers meer dan maart'): its subject's name then opens that clause, and the numbers before it
/// are the other clauses'. Nothing is bound when another number stands in the comparison, a name is held by no value
/// or by several, or the count is one of the two values: the count is read as before.
extension ClaimParser {
    /// The comparative and the two sides' values of the count at `index` that measures a comparison of two sides
    /// named in the sentence before (see the extension): `from` the value of the side after 'dan', `to` the subject's.
    func sidesBefore(of index: Int) -> (comparative: Int, from: Operand, to: Operand)? {
        guard let number = tokens[index].number, number.unit == .count, let start = comparisonStart(of: index),
            let comparative = comparative(measuredBy: index), let than = comparisonThan(after: comparative),
            let subject = openingName(from: start, before: index), let other = closingName(after: than)
        else { return nil }
        let values = discourse.lastNamedValues.filter { $0.value.unit == number.unit }
        guard let to = Self.soleValue(namedByOpeningOf: subject, in: values),
            let from = Self.soleValue(named: other, in: values), to != from,
            ![values[to], values[from]].contains(where: { $0.value.value == number.value })
        else { return nil }
        return (comparative, values[from].value, values[to].value)
    }

    /// The one value of `values` whose words hold the longest opening part of `name` that any value's words hold
    /// ('deventer' of 'deventer kwamen'); nil when that part is held by none or by several.
    private static func soleValue(namedByOpeningOf name: [String], in values: [NamedValue]) -> Int? {
        let held = (1...name.count).reversed().lazy.map { Array(name.prefix($0)) }
            .first { part in values.contains { holds($0.words, part) } }
        return held.flatMap { soleValue(named: $0, in: values) }
    }

    /// Where the comparison of the count at `index` opens: the sentence's start when the count is its only number;
    /// else the start of the count's clause when 'en' or 'maar' opens it right after a mark ('…, en februari trok …')
    /// and every other number stands before it; nil otherwise.
    private func comparisonStart(of index: Int) -> Int? {
        let others = tokens.indices.filter { $0 != index && tokens[$0].kind == .number }
        if others.isEmpty { return 0 }
        let start = analysis.clause(of: index).lowerBound
        guard start > 0, tokens[start - 1].kind == .mark, Self.clauseCoordinators.contains(tokens[start].text),
            others.allSatisfy({ $0 < start })
        else { return nil }
        return start
    }

    /// The subject's name: the words of content that open the comparison at `start` past its grammar words ('Karin' of
    /// 'Karin had er', 'Joost' of 'Bij Joost waren er'), at most `nameLength` and before the count at `index`.
    private func openingName(from start: Int, before index: Int) -> [String]? {
        let opening = tokens[start..<index].drop { $0.kind == .word && Lexicon.grammarWords.contains($0.text) }
        let name = opening.prefix { $0.kind == .word && ContrastedGroups.isContent($0.text) }
        guard (1...Self.nameLength).contains(name.count) else { return nil }
        return name.map(\.text)
    }

    /// The name of the side after the 'dan' at `than`: its words past grammar words, all of content, that close the
    /// sentence ('Joost' of 'dan Joost.', 'de brugklas' of 'dan in de brugklas').
    private func closingName(after than: Int) -> [String]? {
        let end = tokens[(than + 1)...].firstIndex { $0.kind != .word } ?? tokens.count
        guard end == tokens.count || tokens[end].isMark(".") && end + 1 == tokens.count else { return nil }
        let name = tokens[(than + 1)..<end].drop { Lexicon.grammarWords.contains($0.text) }
        guard (1...Self.nameLength).contains(name.count), name.allSatisfy({ ContrastedGroups.isContent($0.text) })
        else { return nil }
        return name.map(\.text)
    }

    /// The coordinators that open a main clause of its own after a mark ('…, en februari trok …', '…, maar …').
    private static let clauseCoordinators: Set<String> = ["en", "maar"]
}
