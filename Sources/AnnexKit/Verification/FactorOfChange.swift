/// A factor of equal degree whose subject is a change ('In de zomer was de stijging twee keer zo groot'): it compares
/// two changes, not two levels, so the start and end of one change are not its values; it stays unbound
/// (`unverifiable`).
extension ClaimParser {
    /// Whether the factor with its times word at `times` is of equal degree ('keer zo …', 'keer zoveel') and a noun
    /// of change stands before its words at `start` in its clause ('de daling', 'het verschil').
    func comparesChanges(factorAt start: Int, times: Int) -> Bool {
        guard times + 1 < tokens.count, tokens[times + 1].isWord("zo") || tokens[times + 1].isWord("zoveel") else {
            return false
        }
        let before = analysis.words(analysis.clause(of: start).lowerBound..<start)
        return before.contains(where: Lexicon.changeNouns.contains)
    }
}
