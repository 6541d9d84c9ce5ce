/// A figure a speaker denies in order to correct it: 'Dat is geen 30 procent, dat is 18 procent', 'Het was niet 2,4
/// maar 2,1 miljoen'. The denied figure is no claim (what the text says of it is that it is wrong); it may still be
/// an operand ('…, dus een achtste minder dan u zei'). 'nog geen' and 'net geen' are hedges, read as such before.
extension ClaimParser {
    /// Whether the number claimed at `site` is denied: 'geen' or 'niet' right before it, with no hedge between. A
    /// claim in words ('niet gehaald') is no number.
    func isDenied(_ site: Int) -> Bool {
        guard site > 0, let number = tokens[site].number, number.hedge == nil else { return false }
        return tokens[site - 1].kind == .word && Self.denials.contains(tokens[site - 1].text)
    }

    /// Words that deny the figure right after them.
    static let denials: Set<String> = ["geen", "niet"]
}
