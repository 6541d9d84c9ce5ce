/// A list its sentence marks as all of its whole, so that parts short of the whole contradict it as parts beyond
/// it do: a list after ', namelijk' ('ruim 2.400 cliënten doorgestroomd, namelijk 1.310 naar … en 560 naar …'), and
/// amounts allocated after ':' ('38 miljoen euro beschikbaar: 14 miljoen voor …, 11 miljoen voor … en 3 miljoen
/// voor …'), unless a word of selection opens it ('onder meer', 'waaronder').
extension ClaimParser {
    /// Whether the token at `index` is a 'namelijk' after a comma, which introduces the list that names the count
    /// of the clause before it.
    func listsNamely(at index: Int) -> Bool {
        index >= 2 && tokens[index].isWord("namelijk") && tokens[index - 1].isMark(",")
    }

    /// Whether `parts` after the colon at `colon` allocate the amount at `total`: amounts of money or in millions
    /// alike it, with no word of selection before them.
    func allocates(_ total: Int, _ parts: [Int], after colon: Int) -> Bool {
        guard let whole = tokens[total].number, whole.isAmount, let last = parts.last else { return false }
        let alike = parts.allSatisfy { part in tokens[part].number.map { Self.isAmount($0, alike: whole) } ?? false }
        let selects = (colon..<last).contains { analysis.firstPhrase(Lexicon.selectionMarkers, at: $0) != nil }
        return alike && !selects
    }
}
