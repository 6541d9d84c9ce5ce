/// The label of a speaker or a turn that opens a sentence of spoken text: 'De wethouder: "We zagen 1.200 aanvragen
/// …"', 'Directeur Jansen: …', 'Wethouder Smit (2024): …', 'Vraag: …', 'A: …'. It is no word of the sentence: it
/// names no measure, group or region the figures are of, and a year in its bracket dates the speaking, not them. Nor
/// are quotation marks words: they do not split a claim ('"Van de 840 aanvragen …"' opens with its whole, 'Dat zijn
/// er 150."' closes with its count).
///
/// A label is one to `reach` words, the first written with a capital and no grammar word but an article, with at most
/// one bracket after them, before a colon; the turn after the colon opens with a quotation mark, or with a word
/// written with a capital that is no hedge and has no number right after it. A label before a number, a hedge, a word
/// in lower case or a name with its value is a memo line's ('Caseload per werker: 31', 'Instroom: stijging van 9%',
/// 'Aanvragen: Zo'n 1.200', 'Per district: Noord 10, …'), and a label that names a region ('Rotterdam: In 2024 …') is
/// the scope of its line: both stay words of the sentence.
enum SpeakerLabel {
    /// `tokens` without the speaker's label that opens them, and without quotation marks.
    static func spoken(_ tokens: [Token], _ scalars: [Unicode.Scalar], names: RegionNames) -> [Token] {
        unquoted(labelEnd(tokens, scalars, names: names).map { Array(tokens[$0...]) } ?? tokens)
    }

    /// The first token after a speaker's label and its colon, when the tokens open with one.
    private static func labelEnd(_ tokens: [Token], _ scalars: [Unicode.Scalar], names: RegionNames) -> Int? {
        guard let colon = tokens.firstIndex(where: { $0.isMark(":") && $0.depth == 0 }), colon > 0,
            colon + 1 < tokens.count
        else { return nil }
        var words = 0..<colon
        if tokens[colon - 1].isMark(")"), let open = tokens[..<colon].lastIndex(where: { $0.isMark("(") }) {
            words = 0..<open
        }
        let turn = tokens[colon + 1]
        let opensSentence =
            turn.kind == .word && isCapitalized(turn, scalars) && Lexicon.hedges[turn.text] == nil
            && !(colon + 2 < tokens.count && tokens[colon + 2].kind == .number)
        guard (1...reach).contains(words.count), tokens[words].allSatisfy({ $0.kind == .word }),
            // An article may open a label ('De wethouder'); no other grammar word does ('Per district').
            isCapitalized(tokens[0], scalars),
            !Lexicon.grammarWords.subtracting(Lexicon.articles).contains(tokens[0].text),
            isQuotation(turn) || opensSentence, names.mentions(in: scalars, tokens: Array(tokens[words])).isEmpty
        else { return nil }
        return colon + 1
    }

    /// The tokens without quotation marks.
    private static func unquoted(_ tokens: [Token]) -> [Token] {
        tokens.contains(where: isQuotation) ? tokens.filter { !isQuotation($0) } : tokens
    }

    /// Whether a token is a quotation mark on its own (an apostrophe inside a word is none: 'zo'n').
    private static func isQuotation(_ token: Token) -> Bool {
        token.kind == .mark && quotationMarks.contains(token.text)
    }

    /// Whether a word is written with a capital.
    private static func isCapitalized(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        token.start < scalars.count && scalars[token.start].properties.isUppercase
    }

    /// The most words of a label ('De heer van Dam').
    private static let reach = 4

    /// Marks that open or close a quotation.
    private static let quotationMarks: Set<String> = ["\"", "“", "”", "„", "«", "»", "‘", "’", "'"]
}
