/// The count of the sentence before that a start value of a change runs to, when that sentence gives a part and its
/// whole: 'Jongeren tot 27 jaar vormden met 2.310 aanmeldingen een vijfde van het totaal van 11.842. Een jaar eerder
/// ging het nog om 1.880 jongeren; de stijging bedroeg daarmee …'. The quantity that sentence is about is its total,
/// but a start value that names what it counts ('1.880 jongeren') is of the group whose words name the same: the part
/// when the words of its clause before it, or its noun, do ('Jongeren … 2.310'), the whole when its noun does. When
/// neither does, or both, which count is the group's is not known and the change has no end.
extension ClaimParser {
    /// The end of a change from the start value at `base` in the sentence before (see the extension): the quantity
    /// that sentence is about, unless it is the whole of the part and whole it states and `base` names a noun.
    func groupCountBefore(ofBase base: Int) -> Operand? {
        guard let topic = discourse.referredTopic, let end = operand(topic) else { return nil }
        guard let before = discourse.earlier.last, let stated = before.partAndWhole,
            stated.whole.value == end.value, stated.whole.line == end.line,
            let noun = ReadingSanity.noun(after: base, in: tokens), ContrastedGroups.isContent(noun)
        else { return end }
        let namesWhole = topic.noun.map { Self.areForms($0, noun) } ?? false
        let namesPart = before.partWords.contains { Self.areForms($0, noun) }
        guard namesWhole != namesPart else { return nil }
        return namesWhole ? end : stated.part
    }

    /// The words that name the part of the part and whole the sentence states (`statedPartAndWhole`): the words of
    /// content of its clause before it and the noun after it ('Jongeren', 'vormden', 'aanmeldingen' of 'Jongeren tot
    /// 27 jaar vormden met 2.310 aanmeldingen').
    func partWords(of part: Int) -> [String] {
        let clause = analysis.clause(of: part)
        let before = tokens[clause.lowerBound..<part].filter { $0.kind == .word && ContrastedGroups.isContent($0.text) }
        return before.map(\.text) + [ReadingSanity.noun(after: part, in: tokens)].compactMap { $0 }
    }
}
