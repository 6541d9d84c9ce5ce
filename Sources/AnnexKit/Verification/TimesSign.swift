/// A times sign as the times word of a factor: '3x zo vaak', '2 x zoveel', '1,5× zo hoog' are read as '3 keer zo
/// vaak'. The sign counts as one only after a number and before a word: between two numbers it joins dimensions ('2 x
/// 3'), glued to letters or digits after it it is part of a code ('3xl', '4x4'), before a number a table's
/// multiplier ('(x 1.000 euro)').
extension Tokenizer {
    /// The times word a times sign stands for.
    static let timesWord = "keer"

    /// The signs written for 'keer'.
    private static let timesSigns: Set<Unicode.Scalar> = ["x", "X", "×"]

    /// Where a times sign stands glued to the number that starts at `start` ('3x', '1,5×'), when nothing but a space,
    /// a mark or the end follows it.
    static func gluedTimesSign(_ s: [Unicode.Scalar], at start: Int) -> Int? {
        var end = start
        while end < s.count, ("0"..."9").contains(s[end]) || s[end] == "." || s[end] == "," { end += 1 }
        guard end < s.count, timesSigns.contains(s[end]) else { return nil }
        guard end + 1 < s.count else { return end }
        let after = s[end + 1]
        return after.properties.isAlphabetic || ("0"..."9").contains(after) ? nil : end
    }

    /// A times sign written apart between a number and a word ('3 x zo vaak', '2 × zoveel') becomes the times word.
    static func spacedTimesSigns(_ tokens: inout [Token]) {
        for index in tokens.indices.dropFirst().dropLast() {
            let sign = tokens[index]
            guard sign.isWord("x") || sign.isMark("×"), tokens[index - 1].kind == .number,
                tokens[index + 1].kind == .word
            else { continue }
            tokens[index] = Token(kind: .word, text: timesWord, start: sign.start, end: sign.end)
        }
    }
}
