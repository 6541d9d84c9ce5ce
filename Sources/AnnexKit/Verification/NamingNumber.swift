/// A number that names something rather than counting it: a phone number, a line or a channel ('612.400 meldingen via
/// 112 binnen', 'vragen via 144'). It stands right after a preposition that gives no amount (not 'met', 'van', 'naar',
/// 'tot', 'op': `Lexicon.amountPrepositions`; nor 'tegen', which sets a base against a value), in digits, a bare count
/// with no noun of its own after it: a mark, a word of grammar, a preposition or the hedge of the next number ('via
/// 144 ruim 8 procent meer') follows; or it is a bare number after a word that stands before another bare number of
/// the sentence too ('in stal 2 … dan in stal 1'). Such a number is no start or end value of a change. Numbers listed
/// right after a noun ('de groepen 7 en 8'), or each after the same word ('scope 1 en scope 2'), name members of its
/// set (`namesMembers`): they are no parts of a sum before it.
extension ClaimParser {
    /// Whether the number at `index` names something (see the type).
    static func namesSomething(_ index: Int, _ tokens: [Token]) -> Bool {
        if sharesLabelWord(index, tokens) { return true }
        guard index >= 1, let number = tokens[index].number, number.unit == .count, !number.isWord,
            number.hedge == nil, number.currency.isEmpty, number.multiplier == 1
        else { return false }
        let before = tokens[index - 1]
        guard before.kind == .word, Lexicon.prepositions.contains(before.text),
            !Lexicon.amountPrepositions.contains(before.text), !before.isAgainstWord
        else { return false }
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return true }
        let next = tokens[index + 1].text
        return Lexicon.grammarWords.contains(next) || Lexicon.prepositions.contains(next)
            || opensHedge(at: index + 1, tokens)
    }

    /// Whether the count at `index` is an item of a list of bare whole numbers in apposition to a noun that a
    /// determiner or a preposition governs ('In de groepen 7 en 8 zaten samen 54 leerlingen', 'Op de buslijnen 501
    /// en 502 …', 'in week 3, 4 en 5'): numbers that name members of the noun's set, no amounts of the total's noun
    /// `counted`. Bare: in digits, below `memberNumberBelow`, with no hedge, currency or multiplier; the list has at
    /// least two items joined by ',', 'en' or 'of'; the noun is no article, preposition or word of grammar; and the
    /// list counts no form of `counted` ('de opgave 38 en 24 hectare, samen 62 hectare' adds up). False when the
    /// total counts no noun. So too a number after the same word as a number joined to it ('Scope 1 en scope 2 …'),
    /// whatever the total counts, unless the number counts a form of it.
    static func namesMembers(_ index: Int, _ tokens: [Token], besideTotalOf counted: String?) -> Bool {
        let isBare = { (position: Int) in isBareMember(position, tokens) }
        let joins = { (position: Int) in joinsMembers(position, tokens) }
        guard isBare(index) else { return false }
        if repeatsLabel(index, tokens) {
            return counted.map { counted in
                ReadingSanity.noun(after: index, in: tokens).map { !areForms($0, counted) } ?? true
            } ?? true
        }
        var first = index
        while first >= 2, joins(first - 1), isBare(first - 2) { first -= 2 }
        var last = index
        while last + 2 < tokens.count, joins(last + 1), isBare(last + 2) { last += 2 }
        guard last > first, first >= 2, tokens[first - 1].kind == .word, tokens[first - 2].kind == .word else {
            return false
        }
        let noun = tokens[first - 1].text
        let governor = tokens[first - 2].text
        guard let counted, !Lexicon.articles.contains(noun), !determiners.contains(noun),
            !Lexicon.prepositions.contains(noun), !Lexicon.grammarWords.contains(noun),
            determiners.contains(governor)
                || Lexicon.prepositions.contains(governor) && !Lexicon.amountPrepositions.contains(governor)
        else { return false }
        return ReadingSanity.noun(after: last, in: tokens).map { !areForms($0, counted) } ?? true
    }

    /// Whether the number at `index` follows the same word as a number joined to it ('Scope 1 en scope 2 daalden
    /// samen …', 'lijn 3, lijn 4'): each names a member by that word.
    private static func repeatsLabel(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index >= 1, tokens[index - 1].kind == .word, ContrastedGroups.isContent(tokens[index - 1].text) else {
            return false
        }
        let label = tokens[index - 1].text
        let next = index + 3 < tokens.count && joinsMembers(index + 1, tokens) && tokens[index + 2].isWord(label)
            && isBareMember(index + 3, tokens)
        let previous = index >= 4 && joinsMembers(index - 2, tokens) && isBareMember(index - 3, tokens)
            && tokens[index - 4].isWord(label)
        return next || previous
    }

    /// Whether the bare number at `index` follows a word of content that stands right before another bare number of
    /// the sentence ('De uitval in stal 2 lag hoger dan in stal 1'): each names a member by that word.
    private static func sharesLabelWord(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index >= 1, isBareMember(index, tokens), tokens[index - 1].kind == .word,
            ContrastedGroups.isContent(tokens[index - 1].text), !Lexicon.prepositions.contains(tokens[index - 1].text)
        else { return false }
        let label = tokens[index - 1].text
        return tokens.indices.contains { other in
            other != index && other >= 1 && tokens[other - 1].isWord(label) && isBareMember(other, tokens)
        }
    }

    /// Whether the token at `position` is a number that may name a member: in digits, a whole count below
    /// `memberNumberBelow`, with no hedge, currency or multiplier.
    private static func isBareMember(_ position: Int, _ tokens: [Token]) -> Bool {
        guard let number = tokens[position].number else { return false }
        return number.unit == .count && !number.isWord && number.hedge == nil && number.currency.isEmpty
            && number.multiplier == 1 && number.value.isInteger && number.value < Exact(memberNumberBelow)
    }

    /// Whether the token at `position` joins the items of a list: ',', 'en', 'of'.
    private static func joinsMembers(_ position: Int, _ tokens: [Token]) -> Bool {
        tokens[position].isMark(",") || Lexicon.listJoiners.contains(tokens[position].text)
    }

    /// Numbers that name members are small whole numbers: line, group, article or week numbers.
    private static let memberNumberBelow = 1_000

    /// Whether the words from `start` are the hedge of the number right after them ('ruim' of 'ruim 8 procent').
    private static func opensHedge(at start: Int, _ tokens: [Token]) -> Bool {
        guard let number = tokens[start...].firstIndex(where: { $0.kind != .word }),
            tokens[number].number?.hedge != nil,
            let (_, first) = Tokenizer.hedge(before: number, in: tokens, from: start)
        else { return false }
        return first == start
    }
}
