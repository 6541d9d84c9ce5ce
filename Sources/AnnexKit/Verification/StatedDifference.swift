/// A count that is itself a claim of a difference between two values: 'dat is 170 minder' (a comparative right
/// after it), 'een verschil van 170' (what a bare 'verschil' is said to be), 'het verschil tussen A en B is 170'. It
/// compares the values beside it, so it is no part of a whole they make up, in its sentence or the next.
extension ClaimParser {
    /// Whether the count at `index` states a difference (see the type).
    func statesDifference(_ index: Int) -> Bool {
        comparative(afterCount: index) != nil || isBareDifference(index) || differenceNames(for: index) != nil
            || hasBracketedSides(index)
    }
}
