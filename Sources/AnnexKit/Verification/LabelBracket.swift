/// A bracket of words only right after a value, naming the item the value is of: '21,2 (Noord), 23,4 (Den Haag) en
/// 17,3 procent (Zuid)'. Such a bracket is part of the item: a unit word after the last value applies over it to the
/// values before (`Tokenizer.shareUnitWords`), and it is no gap between the values of a list (`listRuns`).
extension Tokenizer {
    /// The index of the ')' of a bracket of words only that opens right after `index`; nil when there is none.
    static func labelBracketEnd(after index: Int, _ tokens: [Token]) -> Int? {
        guard index + 1 < tokens.count, tokens[index + 1].isMark("(") else { return nil }
        var close = index + 2
        while close < tokens.count, tokens[close].kind == .word { close += 1 }
        return close > index + 2 && close < tokens.count && tokens[close].isMark(")") ? close : nil
    }

    /// The index of the value whose bracket of words only closes at `close` ('20,1 (Den Haag)'); nil when the token
    /// there closes no such bracket.
    static func labelledValue(closedAt close: Int, _ tokens: [Token]) -> Int? {
        guard close >= 0, close < tokens.count, tokens[close].isMark(")") else { return nil }
        var open = close - 1
        while open >= 0, tokens[open].kind == .word { open -= 1 }
        guard open >= 1, open < close - 1, tokens[open].isMark("("), tokens[open - 1].kind == .number else {
            return nil
        }
        return open - 1
    }
}
