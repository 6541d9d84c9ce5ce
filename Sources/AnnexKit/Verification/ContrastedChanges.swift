/// Changes set against each other with 'tegen' ('Bij vrouwen steeg het aantal met 12 procent (van 250 naar 280),
/// tegen 5 procent bij mannen (van 400 naar 420)'). The number after 'tegen' is no earlier value of the change before
/// it: it is a change of its own, of another group or time, and each change takes the values of its own part of the
/// sentence, from its 'tegen' (or the sentence's start) to the next one; none when that part gives no one pair, so
/// 'tegen 5 procent bij mannen' without the men's values stays unverifiable and is never checked against the
/// women's.
extension ClaimParser {
    /// Whether the number at `index` is the amount of a change, not a level: signed ('+12%'), after 'met' in a clause
    /// with a direction word ('steeg met 12 procent'), after a noun of change and 'van' ('een stijging van 12
    /// procent'), or before a comparative ('12 procent meer').
    static func isChangeAmount(_ index: Int, _ analysis: SentenceAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard let number = tokens[index].number else { return false }
        if number.sign != nil { return true }
        if index + 1 < tokens.count, tokens[index + 1].kind == .word,
            Lexicon.comparatives.contains(tokens[index + 1].text)
        {
            return true
        }
        switch amountCue(before: index, in: tokens) {
        case .met:
            return analysis.clause(of: index).contains { position in
                tokens[position].kind == .word && directionSign(of: tokens[position].text) != nil
            }
        case .changeNoun: return true
        case nil: return false
        }
    }

    /// The words right before a number, past a hedge, that may make it the amount of a change.
    enum AmountCue {
        /// 'met' ('steeg met 5%'; an amount only beside a word of direction, unless a series says so).
        case met
        /// A noun of change and 'van' ('een groei van 5%').
        case changeNoun
    }

    /// The cue right before the number at `index`, past a hedge; nil when there is none.
    static func amountCue(before index: Int, in tokens: [Token]) -> AmountCue? {
        let before = positionPastHedges(before: index, in: tokens)
        guard before >= 0 else { return nil }
        if tokens[before].isWord("met") { return .met }
        let named = tokens[before].isWord("van") && before > 0 && Lexicon.changeNouns.contains(tokens[before - 1].text)
        return named ? .changeNoun : nil
    }

    /// Whether the number at `index` is the amount a verb of change right before its 'met' gives ('steeg met 12
    /// procent', 'liep daarmee op met 0,9 week'): never a level to set against another value. A 'met' after other
    /// words may give a level ('Met 12.600 deelnemers … 5% meer dan').
    static func isAmountOfVerb(_ index: Int, _ analysis: SentenceAnalysis) -> Bool {
        let tokens = analysis.tokens
        let before = positionPastHedges(before: index, in: tokens)
        guard before > 0, tokens[before].isWord("met"), tokens[before - 1].kind == .word else { return false }
        if isChangeVerb(tokens[before - 1]) { return true }
        let particle = tokens[before - 1].text
        let words = Set(tokens[analysis.clause(of: index)].filter { $0.kind == .word }.map(\.text))
        return Lexicon.separableVerbs.contains { $0.particle == particle && !$0.forms.isDisjoint(with: words) }
    }

    /// The token indices of each 'tegen' or 'tegenover' that opens a change set against the change before it: the
    /// nearest number before it of the unit of the first number after it is the amount of a change.
    static func contrastedChangeStarts(_ analysis: SentenceAnalysis) -> [Int] {
        let tokens = analysis.tokens
        return tokens.indices.filter { index in
            guard tokens[index].isAgainstWord,
                let after = number(after: index, in: tokens),
                let before = analysis.numberIndices.last(where: {
                    $0 < index && tokens[$0].number?.unit == tokens[after].number?.unit
                })
            else { return false }
            return isChangeAmount(before, analysis)
        }
    }

    /// The start and end value of the change at `index` when its sentence sets changes against each other: the one
    /// pair of `unit` of its own part of the sentence (see the type); `.some(nil)` when that part gives none or
    /// several; nil when the sentence sets no changes against each other.
    func contrastedChange(for index: Int, unit: NumberUnit) -> (from: Operand?, to: Operand?)?? {
        let starts = Self.contrastedChangeStarts(analysis)
        guard !starts.isEmpty else { return nil }
        let lower = starts.last { $0 < index } ?? 0
        let upper = starts.first { $0 > index } ?? tokens.count
        let own = pairs.filter { pair in
            tokens[pair.from].number?.unit == unit && (lower..<upper).contains(pair.from)
                && (lower..<upper).contains(pair.to) && pair.from != index && pair.to != index
        }
        guard own.count == 1 else { return .some(nil) }
        return stated(own[0], frame: analysis.frame(for: index, discourse: discourse))
    }
}
