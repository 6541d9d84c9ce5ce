/// A difference between two values named by what they are of: 'Het verschil tussen Utrecht en Leiden bedraagt 34
/// dagen' after 'in Utrecht 142 dagen, in Leiden 118 dagen en in Zwolle 131 dagen'. The sentence before gives each of
/// its values with the words before it in its clause (after the value before it); a name takes the one value whose
/// words hold it, so the pair is found by the names, however many values there are and in whatever order. A name
/// that no value or more than one value holds leaves the difference `unverifiable`. Unsigned, like a bare difference.
extension ClaimParser {
    /// The two names a difference at `index` is between: 'verschil tussen A en B', then a verb of being and at most a
    /// hedge before the number. Nil when the difference names no such pair ('tussen beide groepen' is one name).
    func differenceNames(for index: Int) -> (first: [String], second: [String])? {
        guard let phrase = betweenPhrase(for: index),
            let joiner = phrase.first(where: { tokens[$0].isWord("en") })
        else { return nil }
        let first = Array(tokens[phrase.lowerBound..<joiner])
        let second = Array(tokens[(joiner + 1)..<phrase.upperBound])
        guard (1...Self.nameLength).contains(first.count), (1...Self.nameLength).contains(second.count),
            (first + second).allSatisfy({ $0.kind == .word && !Lexicon.grammarWords.contains($0.text) })
        else { return nil }
        return (first.map(\.text), second.map(\.text))
    }

    /// The words between 'verschil tussen' and the verb of being that says what the difference at `index` is, with at
    /// most hedges and a currency sign between the verb and the number ('tussen A en B' of 'Het verschil tussen A en B
    /// bedraagt ruim € 40').
    func betweenPhrase(for index: Int) -> Range<Int>? {
        guard let noun = (0..<index).last(where: { tokens[$0].isWord("verschil") }), noun + 1 < index,
            tokens[noun + 1].isWord("tussen"),
            let verb = ((noun + 2)..<index).first(where: { Self.beingVerbs.contains(tokens[$0].text) }),
            tokens[(verb + 1)..<index].allSatisfy({
                $0.kind == .word && Lexicon.hedges[$0.text] != nil || $0.isMark("€")
            })
        else { return nil }
        return (noun + 2)..<verb
    }

    /// The values of `unit` a difference between two names is of, smaller first: the one value of the sentence
    /// before whose words hold each name; both nil when a name is found for no value or for several.
    func namedDifference(_ names: (first: [String], second: [String]), unit: NumberUnit) -> (
        from: Operand?, to: Operand?
    ) {
        let values = discourse.lastNamedValues.filter { $0.value.unit == unit }
        guard let first = Self.soleValue(named: names.first, in: values),
            let second = Self.soleValue(named: names.second, in: values), first != second
        else {
            return (nil, nil)
        }
        let ordered = [values[first].value, values[second].value].sorted { $0.value < $1.value }
        return (ordered[0], ordered[1])
    }

    /// Each value of the sentence with the words before it in its clause, after the value before it ('in Leiden'
    /// for '…, in Leiden 118 dagen'), for a difference between named values in the next sentence.
    func namedValues() -> [NamedValue] {
        var previous: Int?
        return analysis.numberIndices.compactMap { index in
            defer { previous = index }
            let start = max(analysis.clause(of: index).lowerBound, (previous ?? -1) + 1)
            let words = analysis.words(start..<index)
            guard Self.isValue(index, tokens), !words.isEmpty else { return nil }
            return NamedValue(words: words, value: operand(index).carriedOver)
        }
    }

    /// The index of the one value of `values` whose words hold `name`; nil when none or several do.
    static func soleValue(named name: [String], in values: [NamedValue]) -> Int? {
        let found = values.indices.filter { holds(values[$0].words, name) }
        return found.count == 1 ? found.first : nil
    }

    /// Whether `words` hold `name` in a row, its last word in any form ('strafbeschikkingen', 'strafbeschikking').
    static func holds(_ words: [String], _ name: [String]) -> Bool {
        guard words.count >= name.count else { return false }
        return (0...(words.count - name.count)).contains { start in
            zip(words[start...], name).enumerated().allSatisfy { offset, pair in
                offset == name.count - 1 ? pair.0 == pair.1 || areForms(pair.0, pair.1) : pair.0 == pair.1
            }
        }
    }

    /// The most words a name of a difference may have ('Den Haag', 'Noord-Holland Noord').
    static let nameLength = 3
}

/// A value with the words that name it in its sentence ('in Leiden' for 118 dagen).
struct NamedValue: Sendable {
    let words: [String]
    let value: Operand
}
