extension ClaimParser {
    /// The parts of a list counted in words with an item the article counts ('twee tijgers, een olifant en drie
    /// pinguïns: samen zes'): 'een' right after ',' or 'en', between the first part and the cue, before a word that
    /// is no fraction ('een half') counts one item. The parts in order with a one for each such item; nil when the
    /// list has none, or when a part is written in digits (a list of digits writes its ones in digits).
    func articleCounted(_ parts: [Int], before cue: Int) -> [Operand]? {
        guard let first = parts.first, parts.allSatisfy({ tokens[$0].number?.isWord == true }) else { return nil }
        let articles = ((first + 1)..<cue).filter { index in
            index + 1 < tokens.count && tokens[index].isWord("een") && tokens[index].depth == tokens[first].depth
                && (tokens[index - 1].isMark(",") || tokens[index - 1].isWord("en"))
                && tokens[index + 1].kind == .word && NumberWords.fraction(of: tokens[index + 1].text) == nil
        }
        guard !articles.isEmpty else { return nil }
        let one = WrittenNumber(
            value: Exact(1), unit: .count, decimals: 0, step: Exact(1), isRounded: false, sign: nil, text: "een",
            hedge: nil)
        return (parts + articles).sorted().map { index in
            guard articles.contains(index) else { return operand(index) }
            return Operand(
                one, year: nil, token: nil, line: analysis.line(of: index), binding: OperandBinding(.construction))
        }
    }
}
