/// A figure a speaker denies in order to correct it: 'Dat is geen 30 procent, dat is 18 procent', 'Het was niet 2,4
/// maar 2,1 miljoen'. The denied figure is no claim (what the text says of it is that it is wrong); it may still be
/// an operand ('…, dus een achtste minder dan u zei'). 'nog geen' and 'net geen' are hedges, read as such before.
///
/// One reading answers two questions over two word sets: whether a claim's figure is denied ('geen', 'niet' right
/// before it, `ClaimParser.isDenied`), and whether a word of absence says something is absent or only denies the
/// figure after it (`Lexicon.saysAbsence`). A figure with its own whole after it ('in geen 3 van de 10 gevallen',
/// 'bij geen 30 procent van de 357 cliënten') is not denied: there 'geen' negates the verb, or it corrects a share of
/// a whole; which one the text does not say, so the claim stays, without operands of its own (`unverifiable`
/// without data), never dropped.
enum DeniedFigure {
    /// Whether the word at `index` is one of `words` and stands right before a figure without a hedge that it denies:
    /// one with no whole of its own after it.
    static func denies(_ tokens: [Token], at index: Int, among words: Set<String>) -> Bool {
        standsBeforeFigure(tokens, at: index, among: words) && !hasWholeAfter(index + 1, tokens)
    }

    /// Whether the word at `index` is one of `words` right before a figure without a hedge ('geen 25 procent').
    static func standsBeforeFigure(_ tokens: [Token], at index: Int, among words: Set<String>) -> Bool {
        guard index >= 0, index + 1 < tokens.count, tokens[index].kind == .word, words.contains(tokens[index].text),
            let number = tokens[index + 1].number
        else { return false }
        return number.hedge == nil
    }

    /// Whether the word at `index` is one of `words` right before a figure it denies or bounds, hedged or not, with no
    /// whole of its own after it: a number ('geen 25 procent', 'nog geen 25 procent') or a fraction in words that ends
    /// its phrase ('nog altijd geen helft', 'net geen kwart'; in 'geen derde partij' the word is an ordinal). Such a
    /// word speaks of the figure, not of something absent (`Lexicon.saysAbsence`).
    static func speaksOfFigure(_ tokens: [Token], at index: Int, among words: Set<String>) -> Bool {
        guard index >= 0, index + 1 < tokens.count, tokens[index].kind == .word, words.contains(tokens[index].text)
        else { return false }
        let figure = index + 1
        let fraction = tokens[figure].kind == .word && Lexicon.fractions[tokens[figure].text] != nil
            && (figure + 1 == tokens.count || tokens[figure + 1].kind != .word
                || wholeLinks.contains(tokens[figure + 1].text))
        return (tokens[figure].number != nil || fraction) && !hasWholeAfter(figure, tokens)
    }

    /// Whether the figure at `figure` has a whole of its own right after it: 'van' or 'op', at most `wholeReach`
    /// words ('de', 'alle', 'in totaal'), then a count ('3 van de 10', '30 procent van de 357', '3 op 10').
    private static func hasWholeAfter(_ figure: Int, _ tokens: [Token]) -> Bool {
        guard figure + 1 < tokens.count, tokens[figure + 1].kind == .word, wholeLinks.contains(tokens[figure + 1].text)
        else { return false }
        let after = tokens[(figure + 2)...].prefix(wholeReach + 1)
        return after.first { $0.kind != .word }?.number?.unit == .count
    }

    /// Words that tie a figure to its whole after it.
    private static let wholeLinks: Set<String> = ["van", "op"]
    /// The most words between such a word and the whole ('van de in totaal 1.200').
    private static let wholeReach = 3
}

extension ClaimParser {
    /// Whether the number claimed at `site` is denied: 'geen' or 'niet' right before it, with no hedge between and no
    /// whole of its own after it. A claim in words ('niet gehaald') is no number.
    func isDenied(_ site: Int) -> Bool {
        DeniedFigure.denies(tokens, at: site - 1, among: Self.denials)
    }

    /// The claim at `claim`'s site as it stands when 'geen' or 'niet' before its figure may deny it or negate the
    /// verb ('in geen 3 van de 10 gevallen'): kept, with no operand of its own, so it is never judged against them.
    func undecidedDenial(_ claim: Claim) -> Claim {
        guard DeniedFigure.standsBeforeFigure(tokens, at: claim.site - 1, among: Self.denials) else { return claim }
        return Claim(kind: claim.kind, site: claim.site, claimed: claim.claimed)
    }

    /// Words that deny the figure right after them.
    static let denials: Set<String> = ["geen", "niet"]
}
