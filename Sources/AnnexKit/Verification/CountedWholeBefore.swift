/// A part counted in the noun of the count the sentence before is about is a part of that count: 'In 2024 bezocht de
/// inspectie 312 locaties. Op 87 locaties trof zij tekortkomingen aan; dat is 28 procent.' takes 87 of 312, and so
/// does a share that refers back in the sentence after ('… trof zij tekortkomingen aan. Dat is 28 procent.').
extension ClaimParser {
    /// The whole of the count at `part`: the count the sentence right before is about (its only count or its total,
    /// `Discourse.Summary.topic`), when its noun is a form of the part's noun or a compound whose head is ('Op 156
    /// locaties' after '640 kinderopvanglocaties': the head names the kind, `namesUnit`), it is larger than the part,
    /// and both are of one year. The part must select among those counted: a preposition names it as the cases its
    /// clause holds for ('Bij 138 bedrijven …'), or the share ending at `shareEnd` says it is 'van hen'; a count that
    /// is the subject or object of a verb like the one before ('Noord telde 312 locaties. Zuid telde 87 locaties')
    /// may be a sibling, no part. Nil too when the words after the share name a whole of their own ('van het
    /// totaal'), or the count before is one of the past ('nog 312').
    func countedWholeBefore(ofPart part: Int, shareEnd: Int? = nil) -> Operand? {
        let ofThem = shareEnd.map { end in
            end + 1 < tokens.count && tokens[end].isWord("van") && Self.partPronouns.contains(tokens[end + 1].text)
        } ?? false
        let selected = part > 0 && tokens[part - 1].kind == .word
            && Self.selectingPrepositions.contains(tokens[part - 1].text)
        guard selected || ofThem, let topic = discourse.earlier.last?.topic, !topic.isStill,
            let whole = operand(topic), whole.unit == .count, let wholeNoun = topic.noun,
            let partNoun = ReadingSanity.noun(after: part, in: tokens),
            Self.areForms(wholeNoun, partNoun) || Self.namesUnit(wholeNoun, partNoun),
            shareEnd.map({ wholeName(afterShareEndingAt: $0) == nil }) ?? true
        else { return nil }
        let counted = operand(part)
        guard counted.value < whole.value, counted.year == nil || whole.year == nil || counted.year == whole.year
        else { return nil }
        return whole
    }

    /// The part and whole a sentence of one count states with the sentence before (`countedWholeBefore(ofPart:)`),
    /// for a share in the next sentence that refers back to them.
    func countedPartAndWhole() -> (part: Operand, whole: Operand)? {
        let counts = numbers(.count, in: tokens.indices).filter { !countsTime($0) }
        guard counts.count == 1, let whole = countedWholeBefore(ofPart: counts[0]) else { return nil }
        return (operand(counts[0]), whole)
    }

    /// Prepositions that name the cases a clause holds for ('in 205 dossiers', 'bij 138 bedrijven', 'op 87 locaties').
    static let selectingPrepositions: Set<String> = scopePrepositions.union(["op"])
}
