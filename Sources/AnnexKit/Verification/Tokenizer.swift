/// A word, number, year or mark of a sentence.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        case word
        /// A quantity: a count, percentage or number of percentage points.
        case number
        case year
        /// A number that is no quantity: a section, figure, page, date, age or footnote number.
        case label
        /// Punctuation.
        case mark
        /// A number inside a formula the text writes out ('(6,4 + 7,1) / 2 = 6,75', `WrittenFormula`): the formula's
        /// reading claims it; it is no quantity of the prose, its value is in `term`.
        case term
    }

    let kind: Kind
    /// Lower case for words; as written for numbers, years, labels and marks.
    let text: String
    /// Offsets in Unicode scalars of the sentence: `start..<end`.
    let start: Int
    let end: Int
    var number: WrittenNumber?
    var year: Int?
    /// The number a term writes.
    var term: WrittenNumber?
    /// How many parentheses are open at the token (1 inside '( … )').
    var depth = 0

    func isWord(_ word: String) -> Bool { kind == .word && text == word }
    func isMark(_ mark: String) -> Bool { kind == .mark && text == mark }
    /// Whether the token is 'tegen' or 'tegenover', which set the value before them against the one after.
    var isAgainstWord: Bool { isWord("tegen") || isWord("tegenover") }
}

/// Splits a sentence into tokens: words (with hyphens and apostrophes inside), Dutch numbers
/// ('17.386', '13,4', '−3,2%', '2,4 miljoen', '1,2 procentpunt'), years (1900–2099), and marks.
/// Numbers that are no quantity become labels: section numbers ('2.1.2'), figure, table and page
/// numbers ('figuur 2', 'p. 23-28'), dates ('15 april'), ages ('18 jaar'), footnote numbers glued to
/// a word ('Nederland.1'), ranges ('18-25'). A duration in two units ('19 min 10 s') is one number
/// (`CompoundDuration`); 'sneller' after a count of time is 'korter' (`DurationComparative`).
enum Tokenizer {
    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens = CompoundDuration.merged(scaledCurrencies(rawTokens(scalars)), scalars)
        spacedTimesSigns(&tokens)
        shareUnitWords(&tokens)
        markLabels(&tokens)
        percentRanges(&tokens)
        attachHedges(&tokens, scalars)
        signWords(&tokens)
        DurationComparative.read(&tokens)
        formulaTerms(&tokens)
        var depth = 0
        for index in tokens.indices {
            if tokens[index].isMark(")") { depth = max(0, depth - 1) }
            tokens[index].depth = depth
            if tokens[index].isMark("(") { depth += 1 }
        }
        return tokens
    }

    // MARK: Scanning

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.isAlphabetic }
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.isWhitespace }
    private static let apostrophes: Set<Unicode.Scalar> = ["'", "’"]

    /// A word in lower case, as the lexicon spells it: 'Eén', the way Dutch writes 'één' at the start of a sentence
    /// ('Eén op de vijf …'), is 'één', not a word 'eén' of its own; a typographic apostrophe inside a word is the
    /// straight one ('zo’n' is 'zo'n', 'auto’s' is 'auto's').
    private static func lowercased(_ word: String) -> String {
        var lower = word.lowercased()
        if lower.unicodeScalars.contains(typographicApostrophe) {
            let straight = lower.unicodeScalars.map { $0 == typographicApostrophe ? "'" : $0 }
            lower = String(String.UnicodeScalarView(straight))
        }
        return lower == capitalOneLowered ? "één" : lower
    }
    /// The right single quotation mark, which typesetting puts for an apostrophe ('zo’n').
    private static let typographicApostrophe: Unicode.Scalar = "’"
    /// 'Eén' in lower case: 'één' with its first accent dropped, as the capital that carried it is.
    private static let capitalOneLowered = "eén"

    private static func rawTokens(_ s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        func text(_ from: Int, _ to: Int) -> String { String(scalars: s[from..<to]) }
        while i < s.count {
            let scalar = s[i]
            if isSpace(scalar) {
                i += 1
            } else if isLetter(scalar)
                || apostrophes.contains(scalar) && i + 2 < s.count && s[i + 1] == "s" && s[i + 2] == "-"
            {
                var end = wordEnd(s, from: i)
                let word = lowercased(text(i, end))
                if var value = NumberWords.value(of: word) {
                    // 'vierduizend vijfhonderd': a thousand and its rest written apart.
                    if NumberWords.takesRest(value), end + 1 < s.count, s[end] == " ", isLetter(s[end + 1]) {
                        let restEnd = wordEnd(s, from: end + 1)
                        if let rest = NumberWords.value(of: text(end + 1, restEnd).lowercased()), rest < 1_000 {
                            (value, end) = (value + rest, restEnd)
                        }
                    }
                    // 'tien miljoen': to the nearest million.
                    let (unit, multiplier, unitEnd) = suffix(s, after: end)
                    var number = WrittenNumber(
                        value: Exact(value * multiplier), unit: unit, decimals: 0, step: Exact(multiplier),
                        isRounded: unit != .count || multiplier > 1, sign: nil, text: text(i, unitEnd), hedge: nil,
                        isWord: true)
                    number.multiplier = multiplier
                    tokens.append(Token(kind: .number, text: number.text, start: i, end: unitEnd, number: number))
                    i = unitEnd
                    continue
                }
                if let amount = amountInWords(word, s, after: end, text: { text(i, $0) }) {
                    tokens.append(
                        Token(kind: .number, text: amount.number.text, start: i, end: amount.end, number: amount.number)
                    )
                    i = amount.end
                    continue
                }
                tokens.append(Token(kind: .word, text: word, start: i, end: end))
                i = end
            } else if isDigit(scalar) {
                var (token, end) = number(s, at: i)
                // '3x zo vaak', '1,5× zo hoog': a times sign glued to a number is the times word after it.
                if let sign = gluedTimesSign(s, at: i) {
                    let (signed, signedEnd) = number(Array(s[..<sign]), at: i)
                    if signedEnd == sign, signed.last?.kind == .number {
                        token = signed + [Token(kind: .word, text: timesWord, start: sign, end: sign + 1)]
                        end = sign + 1
                    }
                }
                tokens.append(contentsOf: token)
                i = end
            } else {
                tokens.append(Token(kind: .mark, text: String(scalar), start: i, end: i + 1))
                i += 1
            }
        }
        return tokens
    }

    /// 'kwart miljoen', 'anderhalf miljoen': a fraction of a multiplier word, as an amount written to
    /// a tenth of itself; 'een half procent', 'anderhalf procentpunt': a percentage or points as if written in
    /// digits ('0,5', '1,5').
    private static func amountInWords(
        _ word: String, _ s: [Unicode.Scalar], after end: Int, text: (Int) -> String
    ) -> (number: WrittenNumber, end: Int)? {
        guard let (numerator, denominator) = Lexicon.amountFractions[word] else { return nil }
        let (unit, multiplier, unitEnd) = suffix(s, after: end)
        if unit != .count {
            let value = Exact(numerator, over: denominator)
            let decimals = denominator == 2 ? 1 : 2
            let number = WrittenNumber(
                value: value, unit: unit, decimals: decimals, step: Exact(1, over: decimals == 1 ? 10 : 100),
                isRounded: true, sign: nil, text: text(unitEnd), hedge: nil, isWord: true)
            return (number, unitEnd)
        }
        guard unit == .count, multiplier > 1 else { return nil }
        let value = Exact(numerator * multiplier, over: denominator)
        var number = WrittenNumber(
            value: value, unit: .count, decimals: 0, step: value * Exact(1, over: amountWordPrecision),
            isRounded: true, sign: nil, text: text(unitEnd), hedge: nil, isWord: true)
        number.multiplier = multiplier
        return (number, unitEnd)
    }

    /// An amount in words ('een kwart miljoen') is read to a tenth of its value.
    private static let amountWordPrecision = 10

    /// The end of the word starting at `start`: letters and digits, with hyphens and apostrophes
    /// between them; a trailing hyphen before 'en'/'of' ('in- en uitstroom') belongs to the word.
    private static func wordEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var end = start + 1
        while end < s.count {
            let scalar = s[end]
            if isLetter(scalar) || isDigit(scalar) || scalar.properties.isDiacritic {
                end += 1
            } else if scalar == "-" || apostrophes.contains(scalar), end + 1 < s.count,
                isLetter(s[end + 1]) || isDigit(s[end + 1])
            {
                end += 1
            } else {
                break
            }
        }
        if isSuspended(s, at: end) { end += 1 }
        return end
    }

    /// Whether the hyphen at `index` ends the first part of a compound that a later word completes, joined by
    /// 'en', 'of' or 'tot' ('in- en uitstroom', '40- tot 60-jarigen').
    private static func isSuspended(_ s: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 4 < s.count, s[index] == "-", s[index + 1] == " " else { return false }
        let next = String(scalars: s[(index + 2)...].prefix(4)).lowercased()
        return suspensionJoiners.contains { next.hasPrefix($0 + " ") }
    }

    /// A number at `start` (a digit), as tokens: a number, a year, a label, a range of two, or a
    /// word when letters follow ('3RO', '1e').
    /// The upper `bound` of a glued range ('25' in '20-25%') is no number glued to the one before it.
    private static func number(
        _ s: [Unicode.Scalar], at start: Int, bound: Bool = false
    ) -> (tokens: [Token], end: Int) {
        func text(_ from: Int, _ to: Int) -> String { String(scalars: s[from..<to]) }
        func run(from: Int, while test: (Unicode.Scalar) -> Bool) -> Int {
            var end = from
            while end < s.count && test(s[end]) { end += 1 }
            return end
        }
        let previous = start > 0 ? s[start - 1] : " "
        // Glued to a word or to another number: a footnote ('Nederland.1'), a section ('§2.1.2'), 'COVID-19'.
        let glued =
            !bound
            && (isLetter(previous) || isDigit(previous) || ".,§#/_".unicodeScalars.contains(previous)
                || (previous == "-" && start > 1 && (isLetter(s[start - 2]) || isDigit(s[start - 2]))))
        if glued {
            let end = run(from: start) { isDigit($0) || isLetter($0) }
            return ([Token(kind: .label, text: text(start, end), start: start, end: end)], end)
        }
        var end = run(from: start, while: isDigit)
        var digits = text(start, end)
        // '09:45', '23:30': a time of day, no quantity.
        if let clockEnd = clockTimeEnd(s, start: start, end: end) {
            return ([Token(kind: .label, text: text(start, clockEnd), start: start, end: clockEnd)], clockEnd)
        }
        // Groups of thousands: '17.386', '2.400.000'.
        if digits.count <= 3 {
            while end + 3 < s.count, s[end] == ".", (1...3).allSatisfy({ isDigit(s[end + $0]) }),
                end + 4 == s.count || !isDigit(s[end + 4])
            {
                digits += text(end + 1, end + 4)
                end += 4
            }
        }
        var decimals = ""
        if end + 1 < s.count, s[end] == ",", isDigit(s[end + 1]) {
            let after = run(from: end + 1, while: isDigit)
            decimals = text(end + 1, after)
            end = after
        }
        // '2.1.2', '1.2345', '3,4,5': no Dutch number.
        if end + 1 < s.count, s[end] == "." || s[end] == ",", isDigit(s[end + 1]) {
            let after = run(from: end) { isDigit($0) || $0 == "." || $0 == "," }
            return ([Token(kind: .label, text: text(start, after), start: start, end: after)], after)
        }
        // '40- tot 60-jarigen', '18- en 19-jarigen': the first part of a compound that a later word completes.
        if decimals.isEmpty, isSuspended(s, at: end) {
            return ([Token(kind: .label, text: text(start, end + 1), start: start, end: end + 1)], end + 1)
        }
        // '€ 450k', '€ 1,2k': a thousand glued to an amount of money.
        let thousands = gluedThousands(s, number: start, end: end)
        // '3RO', '1e', '2de', '65-plussers', '18-jarigen': a word.
        if thousands == nil, end < s.count,
            isLetter(s[end]) || s[end] == "-" && end + 1 < s.count && isLetter(s[end + 1])
        {
            let after = wordEnd(s, from: end)
            return ([Token(kind: .word, text: text(start, after).lowercased(), start: start, end: after)], after)
        }
        if let range = gluedPercentRange(s, start: start, end: end, digits: digits, decimals: decimals) {
            return range
        }
        // A range: '2019-2022' (years), '23-28', '18–25' (labels).
        if end + 1 < s.count, s[end] == "-" || s[end] == "–", isDigit(s[end + 1]), decimals.isEmpty {
            let second = run(from: end + 1, while: isDigit)
            let first = Int(digits)
            let last = Int(text(end + 1, second))
            if let first, let last, isYear(first, written: digits), isYear(last, written: text(end + 1, second)) {
                return (
                    [
                        Token(kind: .year, text: digits, start: start, end: end, year: first),
                        Token(kind: .mark, text: "–", start: end, end: end + 1),
                        Token(kind: .year, text: text(end + 1, second), start: end + 1, end: second, year: last),
                    ], second
                )
            }
            return ([Token(kind: .label, text: text(start, second), start: start, end: second)], second)
        }
        var sign: Int?
        var tokenStart = start
        if start >= 1, "+-−".unicodeScalars.contains(s[start - 1]),
            start == 1 || isSpace(s[start - 2]) || s[start - 2] == "("
        {
            sign = s[start - 1] == "+" ? 1 : -1
            tokenStart = start - 1
        } else if start >= 1, s[start - 1] == "–",
            opensCell(s, before: start - 1) || start >= 2 && s[start - 2] == "("
        {
            // '–9,9%' opening a table's cell: an en dash set as a minus sign ('Appartement | 760 | 700 | –8,6%'); so
            // is one that opens a bracket ('achteruit (–0,3)'): no range opens with its dash.
            (sign, tokenStart) = (-1, start - 1)
        }
        let (unit, multiplier, unitEnd) = thousands.map { (.count, $0, end + 1) } ?? suffix(s, after: end)
        guard let whole = Exact(decimal: digits + (decimals.isEmpty ? "" : "." + decimals)) else {
            return ([Token(kind: .label, text: text(start, end), start: start, end: end)], end)
        }
        if unit == .count, multiplier == 1, sign == nil, decimals.isEmpty, let value = Int(digits),
            isYear(value, written: text(start, end))
        {
            return ([Token(kind: .year, text: digits, start: start, end: end, year: value)], end)
        }
        let scale = Exact(multiplier)
        // `whole` was read, so the decimals are within Exact's digit limit.
        let step = (Exact(decimal: "1E-\(decimals.count)") ?? Exact(1)) * scale
        let value = whole * scale
        var written = WrittenNumber(
            value: sign == -1 ? -value : value, unit: unit, decimals: decimals.count, step: step,
            isRounded: unit != .count || !decimals.isEmpty || multiplier != 1, sign: sign,
            text: text(tokenStart, unitEnd), hedge: nil)
        written.multiplier = multiplier
        return ([Token(kind: .number, text: written.text, start: tokenStart, end: unitEnd, number: written)], unitEnd)
    }

    /// The end of a time of day written 'hh:mm' from `start`, whose hours run to `end` ('09:45', '9:45'): one or two
    /// digits of hours below 24, a colon and two digits of minutes below 60; nil for anything else ('3:1', '25:10').
    private static func clockTimeEnd(_ s: [Unicode.Scalar], start: Int, end: Int) -> Int? {
        let minutesEnd = end + 1 + minuteDigits
        guard end - start <= minuteDigits, end < s.count, s[end] == ":", minutesEnd <= s.count,
            s[(end + 1)..<minutesEnd].allSatisfy(isDigit), minutesEnd == s.count || !isDigit(s[minutesEnd]),
            let hours = Int(String(scalars: s[start..<end])), hours < hoursPerDay,
            let minutes = Int(String(scalars: s[(end + 1)..<minutesEnd])), minutes < minutesPerHour
        else { return nil }
        return minutesEnd
    }

    /// The digits of the minutes (and at most of the hours) of a time of day.
    private static let minuteDigits = 2
    private static let hoursPerDay = 24
    private static let minutesPerHour = 60

    /// '20-25%', '2,5–3,5 procent': a range of percentages, two numbers joined by a dash with no space, the first the
    /// smaller and no year (`percentRanges` makes it one claim): the first number (`digits`, `decimals`, from `start`
    /// to `end`), the dash and the percentage; nil for anything else ('2019-2023', '030-1234567', '25-20%').
    private static func gluedPercentRange(
        _ s: [Unicode.Scalar], start: Int, end: Int, digits: String, decimals: String
    ) -> (tokens: [Token], end: Int)? {
        guard end + 1 < s.count, s[end] == "-" || s[end] == "–", isDigit(s[end + 1]),
            !decimals.isEmpty || !isYear(Int(digits) ?? 0, written: digits),
            let value = Exact(decimal: digits + (decimals.isEmpty ? "" : "." + decimals))
        else { return nil }
        let (upper, upperEnd) = number(s, at: end + 1, bound: true)
        guard upper.count == 1, let bound = upper[0].number, bound.unit == .percent, bound.multiplier == 1,
            value < bound.value
        else { return nil }
        let written = String(scalars: s[start..<end])
        let lower = WrittenNumber(
            value: value, unit: .count, decimals: decimals.count,
            step: Exact(decimal: "1E-\(decimals.count)") ?? Exact(1),
            isRounded: !decimals.isEmpty, sign: nil, text: written, hedge: nil)
        let joined = [
            Token(kind: .number, text: written, start: start, end: end, number: lower),
            Token(kind: .mark, text: "–", start: end, end: end + 1),
        ]
        return (joined + upper, upperEnd)
    }

    /// The multiplier of a 'k' glued to the amount of money from `number` to `end` ('€ 450k'): a thousand when the
    /// letter ends the word and a currency sign stands before the amount; nil otherwise ('3k-meter', '12kg').
    private static func gluedThousands(_ s: [Unicode.Scalar], number: Int, end: Int) -> Int? {
        guard end < s.count, s[end] == "k" || s[end] == "K", end + 1 == s.count || !isLetter(s[end + 1]),
            end + 1 == s.count || !isDigit(s[end + 1]) && s[end + 1] != "-"
        else { return nil }
        let before = s[max(0, number - currencyReach)..<number]
        return before.contains("€") ? Lexicon.scaleLetters["k"] : nil
    }

    /// How far before an amount its currency sign may stand ('€ 450k', '€450k').
    private static let currencyReach = 2

    /// Words that join the first part of a compound to the word that completes it ('40- tot 60-jarigen').
    private static let suspensionJoiners = ["en", "én", "of", "tot"]

    /// A year: four digits written plainly, 1900–2099.
    /// Whether the scalar at `index` opens a cell of a table written as text: it opens the text, or only spaces stand
    /// between it and a '|' before it. An en dash there, glued to a number, is its minus sign; in prose it is a dash.
    private static func opensCell(_ s: [Unicode.Scalar], before index: Int) -> Bool {
        let before = s[..<index].last { !isSpace($0) }
        return before == nil || before == "|"
    }

    static func isYear(_ value: Int, written: String) -> Bool {
        written.count == 4 && written.allSatisfy(\.isASCIIDigit) && (1900...2099).contains(value)
    }

    /// What follows a number and belongs to it: '%', '%-punt', 'procent', 'procentpunt', 'miljoen'.
    private static func suffix(_ s: [Unicode.Scalar], after end: Int) -> (NumberUnit, Int, Int) {
        var index = end
        if index < s.count, s[index] == " " || s[index] == "\u{A0}" || s[index] == "\u{202F}" { index += 1 }
        if index < s.count, s[index] == "%" {
            let afterPercent = index + 1
            let rest = String(scalars: s[afterPercent...].prefix(8)).lowercased()
            for point in ["-punten", "-punt", " punten", " punt"] where rest.hasPrefix(point) {
                let after = afterPercent + point.unicodeScalars.count
                if after >= s.count || !isLetter(s[after]) { return (.points, 1, after) }
            }
            return (.percent, 1, afterPercent)
        }
        guard index < s.count, isLetter(s[index]) else { return (.count, 1, end) }
        let wordEnd = wordEnd(s, from: index)
        let word = String(scalars: s[index..<wordEnd]).lowercased()
        if Lexicon.percentWords.contains(word) { return (.percent, 1, wordEnd) }
        if Lexicon.pointWords.contains(word) { return (.points, 1, wordEnd) }
        if let multiplier = Lexicon.multipliers[word] { return (.count, multiplier, wordEnd) }
        return (.count, 1, end)
    }

    // MARK: Scaled currencies

    /// 'k€ 450', 'M€ 2,4': a scale letter glued to the currency sign multiplies the amount after it (k€ 450 is
    /// 450.000 euro, written to the nearest thousand); the letter is no word of the sentence.
    private static func scaledCurrencies(_ tokens: [Token]) -> [Token] {
        var scaled: [Token] = []
        for token in tokens {
            if var number = token.number, scaled.count >= 2, scaled[scaled.count - 1].isMark("€"),
                scaled[scaled.count - 2].kind == .word, scaled[scaled.count - 2].end == scaled[scaled.count - 1].start,
                let multiplier = Lexicon.scaleLetters[scaled[scaled.count - 2].text], number.multiplier == 1,
                number.unit == .count
            {
                number = number.scaled(by: multiplier)
                scaled.remove(at: scaled.count - 2)
                var amount = token
                amount.number = number
                scaled.append(amount)
                continue
            }
            scaled.append(token)
        }
        return scaled
    }

    // MARK: Shared unit words

    /// A multiplier or percent word after the last number of a list or range applies to all of it: '€ 2,6,
    /// € 2,7 en € 2,9 miljoen', 'van € 18,0 naar € 23,4 miljoen', 'van 13,0 naar 15,1 procent', 'tussen 10
    /// en 12%', '30 tegen 20 procent'. A number before it takes the word when only a joiner (and '€') stands
    /// between them, the joiner next to the word is no comma (a list ends in 'en'), and it is written below
    /// 1.000, as numbers in a multiplier's unit or in percent are, or, for a multiplier, of the last number's
    /// order as written ('3.690, 2.440 en 1.660 miljoen kilo'); a percent word never to an amount in euros
    /// ('een daling van € 2,50 of 4 procent'). A multiplier word also applies to the part before its whole: '48 van
    /// de 144 miljoen euro' is 48 of 144 million.
    private static func shareUnitWords(_ tokens: inout [Token]) {
        for index in tokens.indices.reversed() {
            guard let number = tokens[index].number, !number.isWord else { continue }
            let multiplied = number.unit == .count && number.multiplier > 1
            guard multiplied || number.unit == .percent else { continue }
            if multiplied, let part = partBefore(index, tokens) {
                tokens[part].number = tokens[part].number!.scaled(by: number.multiplier)
                continue
            }
            var current = index
            let order = multiplied ? number.value / Exact(number.multiplier) : nil
            while let previous = listedBefore(current, tokens, first: current == index, order: order),
                multiplied || previous == 0 || !tokens[previous - 1].isMark("€")
            {
                let bare = tokens[previous].number!
                tokens[previous].number = multiplied ? bare.scaled(by: number.multiplier) : bare.inPercent
                current = previous
            }
        }
    }

    /// The part in 'A van (de) B miljoen': a plain count A, not above B as written, right before 'van' (and
    /// an article) before the multiplied number at `index`.
    private static func partBefore(_ index: Int, _ tokens: [Token]) -> Int? {
        var position = index - 1
        if position >= 0, tokens[position].kind == .word, ["de", "het"].contains(tokens[position].text) {
            position -= 1
        }
        guard position >= 1, tokens[position].isWord("van"), let whole = tokens[index].number,
            let part = tokens[position - 1].number, part.unit == .count, part.multiplier == 1, !part.isWord,
            part.value <= whole.value / Exact(whole.multiplier)
        else { return nil }
        return position - 1
    }

    /// The number joined to the one at `index` by a joiner, when it is a plain count below 1.000 or within
    /// `sharedOrderSpan` of `order` (the written value of a multiplied number that ends the list); the `first`
    /// joiner of a list may not be a comma.
    private static func listedBefore(_ index: Int, _ tokens: [Token], first: Bool, order: Exact?) -> Int? {
        var position = index - 1
        func skipEuro() { if position >= 0, tokens[position].isMark("€") { position -= 1 } }
        skipEuro()
        guard position >= 0, Self.listJoiners.contains(tokens[position].text), !(first && tokens[position].isMark(",")),
            tokens[position].kind == .word || tokens[position].kind == .mark
        else { return nil }
        position -= 1
        // Items each named in a bracket after their value share the word too: '21,2 (Noord) en 17,3 procent (Zuid)'.
        if labelBracketEnd(after: index, tokens) != nil, let labelled = labelledValue(closedAt: position, tokens) {
            position = labelled
        }
        skipEuro()
        guard position >= 0, let number = tokens[position].number, number.unit == .count, number.multiplier == 1,
            !number.isWord, number.value.magnitude < Exact(Self.sharedUnitBelow)
                || order.map({ isOfOrder(number.value, $0) }) == true
        else { return nil }
        return position
    }

    /// Whether `value` lies within `sharedOrderSpan` of `order`, either way: numbers of one list in one unit.
    private static func isOfOrder(_ value: Exact, _ order: Exact) -> Bool {
        let span = Exact(sharedOrderSpan)
        return value > Exact(0) && order > Exact(0) && value <= order * span && order <= value * span
    }

    /// Words and marks that join the numbers of a list or range, or two compared values ('16 tegen 8 procent',
    /// '31 tegenover 13 procent').
    private static let listJoiners: Set<String> = [
        ",", "en", "of", "naar", "tot", "-", "–", "tegen", "tegenover", "versus", "vs",
    ]
    /// Numbers that share a unit word are written in its unit: below one thousand of it.
    private static let sharedUnitBelow = 1_000
    /// How far apart a list's numbers that share a multiplier may be as written, at most: a factor of ten.
    private static let sharedOrderSpan = 10

    // MARK: Labels and hedges

    /// Whether the label word at `index` is, with its article, the subject right after a form of 'tellen' ('telde
    /// de groep 148 jeugdleden', 'telt de klas 28 leerlingen'): the number after it is what that subject counts.
    private static func isCountingSubject(_ index: Int, _ tokens: [Token]) -> Bool {
        index >= 2 && Lexicon.articles.contains(tokens[index - 1].text)
            && countingVerbs.contains(tokens[index - 2].text)
    }

    /// The forms of 'tellen' ('to number') that take a subject and the count it has.
    private static let countingVerbs: Set<String> = ["telt", "tellen", "telde", "telden"]

    /// Whether the count at `index` is whole and 'of' joins it to another whole count right after it ('niveau 2 of 3').
    private static func isAlternative(_ index: Int, _ tokens: [Token]) -> Bool {
        let isWhole = { (token: Token) in token.number.map { $0.unit == .count && $0.value.isInteger } ?? false }
        return index + 2 < tokens.count && isWhole(tokens[index]) && tokens[index + 1].isWord("of")
            && isWhole(tokens[index + 2])
    }

    /// Whether a comma or the joiner of a list's last item ('en', 'of') follows the number at `index`.
    private static func continuesLabelList(after index: Int, _ tokens: [Token]) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return next.isMark(",") || next.isWord("en") || next.isWord("of")
    }

    /// Numbers that are no quantity: after a label word ('figuur 2', 'nr. 97', 'p. 23'), before a month
    /// ('15 april'), ages and durations in whole years ('18 jaar', 'tussen de 30 en 45 jaar', 'ouder dan 85').
    private static func markLabels(_ tokens: inout [Token]) {
        func relabel(_ index: Int) {
            let token = tokens[index]
            tokens[index] = Token(kind: .label, text: token.text, start: token.start, end: token.end)
        }
        for range in citations(in: tokens) {
            for index in range where tokens[index].kind == .number { relabel(index) }
        }
        let ages = listedAges(tokens)
        for index in ages.labels { relabel(index) }
        for index in tokens.indices where tokens[index].kind == .number {
            let token = tokens[index]
            var before = index - 1
            if before >= 0, tokens[before].isMark(".") { before -= 1 }
            // 'kwartaal 3', not 'het derde kwartaal 410' nor 'vorig kwartaal 380': an ordinal, a word of relative time
            // or 'per' names the period already, so the number after it is a value.
            if before >= 0, tokens[before].kind == .word, Lexicon.labelWords.contains(tokens[before].text),
                before == 0 || !Lexicon.periodNamers.contains(tokens[before - 1].text),
                !isCountingSubject(before, tokens)
            {
                relabel(index)
                continue
            }
            // 'naar vwo 4', 'mbo 1 | 1.240': the year or level of a school type (not 'op het vwo 23,3 leerlingen').
            if index > 0, tokens[index - 1].kind == .word, Lexicon.schoolTypes.contains(tokens[index - 1].text),
                let number = token.number, number.unit == .count, number.value.isInteger, !number.isWord,
                (Exact(1)...Exact(Lexicon.highestSchoolYear)).contains(number.value)
            {
                relabel(index)
                continue
            }
            // 'beveiligingsniveau 2 of 3', 'in 2 of 3 gevallen': whole numbers offered as alternatives name levels or
            // guess at a count; neither is a quantity (the second is the end of a list of labels, below).
            if isAlternative(index, tokens) {
                relabel(index)
                continue
            }
            // 'per 1.000 inwoners': a scale, not a quantity.
            if index > 0, tokens[index - 1].isWord("per"), let number = token.number,
                Lexicon.scales.contains(number.value)
            {
                relabel(index)
                continue
            }
            // 'de rijkste tien procent van de huishoudens': a percentage after a superlative names a group;
            // 'gemeenten met een vaccinatiegraad onder de 85 procent' bounds one (`isQualifyingBound`); 'in drie van de
            // vijf regio's boven de 8 procent' is the line a pair counts by (`isCountingBound`).
            if token.number?.unit == .percent,
                isQuantileGroup(index, tokens) || isQualifyingBound(index, tokens) || isCountingBound(index, tokens)
            {
                relabel(index)
                continue
            }
            // '187 dagen met ten minste 0,1 mm neerslag': a limit that picks out the counted group (`isCountedLimit`).
            if isCountedLimit(index, tokens) {
                relabel(index)
                continue
            }
            // '(2/12)': the place of a post in its thread or a page in its document, no quantity.
            if let last = seriesPositionEnd(index, tokens) {
                relabel(index)
                relabel(last)
                continue
            }
            // 'artikelen 1 tot en met 9', '3 t/m 7': a range of whole numbers going up names items, adds nothing.
            if let upper = inclusiveRangeEnd(index, tokens) {
                relabel(index)
                relabel(upper)
                continue
            }
            // 'afgerond op € 0,1 miljard': the precision figures are written to, no figure.
            let unsigned = index > 0 && tokens[index - 1].isMark("€") ? index - 1 : index
            if Lexicon.precisionMarkers.contains(phrase(tokens, endingBefore: unsigned)) {
                relabel(index)
                continue
            }
            // 'niveau 2, 3 en 4': a whole number after a label and a comma that the list goes on after (a comma or
            // its last joiner follows) is one of the labels too; 'tabel 2, 150 meldingen' is a count.
            if index >= 2, tokens[index - 1].isMark(","), tokens[index - 2].kind == .label,
                token.number?.value.isInteger == true, continuesLabelList(after: index, tokens)
            {
                relabel(index)
                continue
            }
            // 'figuren 16 tot en met 19', 'tabel 2 en 3', 'niveau 2 of 3': the end of a range or list of labels.
            if let joiner = ["tot en met", "t/m", "tot", "en", "of", "-", "–"].first(where: { joiner in
                let count = SentenceAnalysis.parts(of: joiner).count
                return index - count - 1 >= 0 && tokens[index - count - 1].kind == .label
                    && zip(SentenceAnalysis.parts(of: joiner), tokens[(index - count)..<index]).allSatisfy {
                        $0 == $1.text
                    }
            }), !joiner.isEmpty {
                relabel(index)
                continue
            }
            guard token.number?.unit == .count, !ages.values.contains(index) else { continue }
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            // An age is whole; '6,8 jaar' is a duration, a quantity like '6,8 maanden'.
            let isAge = Lexicon.ageWords.contains(next?.text ?? "") && token.number?.decimals == 0
            if let next, next.kind == .word, Lexicon.months.contains(next.text) || isAge {
                relabel(index)
                continue
            }
            if Lexicon.ageMarkers.contains(where: { phrase(tokens, endingBefore: index) == $0 }) {
                relabel(index)
                continue
            }
            // 'deelnemers onder de 30 (400)': a bare bound with an article before the count of its band in
            // brackets labels the band; it is no quantity of its own.
            if Lexicon.bandBounds.contains(phrase(tokens, endingBefore: index)), next?.isMark("(") == true,
                index + 2 < tokens.count, tokens[index + 2].number?.unit == .count
            {
                relabel(index)
                continue
            }
            if isGroupBound(index, tokens) || isLevelBound(index, tokens) {
                relabel(index)
                continue
            }
            // 'tussen de 30 en 45 jaar', '60 tot 75 jaar', '1.290 (klanten) tussen 30 en 60': a range of ages, or
            // one right after a count that bounds the counted group; a range goes up ('… 688 - 46 jaar en ouder:
            // 300' is a count and the next item's label).
            if index + 2 < tokens.count, ["tot", "en", "à", "-", "–"].contains(tokens[index + 1].text),
                tokens[index + 2].kind == .number,
                index + 3 < tokens.count && tokens[index + 3].kind == .word
                    && Lexicon.ageWords.contains(tokens[index + 3].text)
                    || tokens[index + 1].isWord("en") && boundsCountedGroup(betweenAt: index - 1, tokens),
                token.number?.decimals == 0,
                tokens[index + 2].number?.decimals == 0,
                let start = token.number?.value, let end = tokens[index + 2].number?.value, start < end
            {
                relabel(index)
                relabel(index + 2)
            }
        }
    }

    /// Whether the 'tussen' at `between` follows a count, right after it or after its noun ('1.290 tussen 30 en 60',
    /// '410 leden tussen 18 en 25'): the range it opens bounds the group counted, as 'jonger dan 30' does. After a
    /// verb ('lag tussen 30 en 60') the range is a value.
    private static func boundsCountedGroup(betweenAt between: Int, _ tokens: [Token]) -> Bool {
        guard between >= 1, tokens[between].isWord("tussen") else { return false }
        let noun = tokens[between - 1].kind == .word && !Lexicon.grammarWords.contains(tokens[between - 1].text)
            && !Lexicon.finiteVerbs.contains(tokens[between - 1].text)
        let count = noun ? between - 2 : between - 1
        return count >= 0 && tokens[count].number?.unit == .count
    }

    /// The index of the upper bound of a range 'N tot en met M' or 'N t/m M' whose lower bound is the number at
    /// `index`: both whole counts, the upper one larger; nil otherwise.
    private static func inclusiveRangeEnd(_ index: Int, _ tokens: [Token]) -> Int? {
        guard let lower = tokens[index].number, lower.unit == .count, lower.decimals == 0 else { return nil }
        for joiner in inclusiveJoiners {
            let parts = SentenceAnalysis.parts(of: joiner)
            let upper = index + parts.count + 1
            guard upper < tokens.count, zip(parts, tokens[(index + 1)..<upper]).allSatisfy({ $0 == $1.text }),
                let bound = tokens[upper].number, bound.unit == .count, bound.decimals == 0,
                lower.value < bound.value
            else { continue }
            return upper
        }
        return nil
    }

    /// Whether the percentage at `index` names a group by its place in a ranking: an article and a superlative or
    /// ordinal before it ('de rijkste tien procent', 'de armste 20%', 'het hoogste 5 procent', 'de eerste 10 procent').
    private static func isQuantileGroup(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index >= 2, tokens[index - 1].kind == .word, tokens[index - 2].kind == .word,
            ["de", "het"].contains(tokens[index - 2].text)
        else { return false }
        let word = tokens[index - 1].text
        return word.count > superlativeEnding.count + 1 && word.hasSuffix(superlativeEnding)
    }

    /// The ending of a Dutch superlative or ordinal before a noun ('rijkste', 'hoogste', 'eerste').
    private static let superlativeEnding = "ste"

    /// The index of the count of places in a series position '(N/M)' whose place is the number at `index`: two
    /// whole numbers glued to a slash, the place not above the count, alone in brackets ('(2/12)', the second post of
    /// a thread of twelve; the scanner may have made the count a label already); nil otherwise. A fraction is
    /// written in words or with a noun after it ('1/3 van de …').
    private static func seriesPositionEnd(_ index: Int, _ tokens: [Token]) -> Int? {
        let (slash, last, close) = (index + 1, index + 2, index + 3)
        guard index > 0, close < tokens.count, tokens[index - 1].isMark("("), tokens[slash].isMark("/"),
            tokens[close].isMark(")"), tokens[index].end == tokens[slash].start,
            tokens[slash].end == tokens[last].start, let place = tokens[index].number, place.unit == .count,
            place.decimals == 0, place.sign == nil, !place.isWord, tokens[last].text.allSatisfy(\.isASCIIDigit),
            let count = Int(tokens[last].text), place.value <= Exact(count)
        else { return nil }
        return last
    }

    /// Words that join the bounds of a range that includes both ('1 tot en met 9', '1 t/m 9').
    private static let inclusiveJoiners = ["tot en met", "t/m"]

    /// A range of percentages is one claim, that the value lies in it: 'tussen 20 en 25 procent', '20 à 25 procent',
    /// '20 tot 25 procent', '20 – 25 procent', '20-25%': a bare number before the percentage that shares its percent
    /// word. The lower bound becomes a label and the upper bound carries it; each bound stands for what rounds to it.
    /// 'van 20 tot 25 procent' (a change), 'daalde 4 procent tot 61 procent' (a change and a level) and years
    /// ('tussen 2020 en 2023') are no range.
    private static func percentRanges(_ tokens: inout [Token]) {
        for index in tokens.indices.dropFirst(2) {
            guard var upper = tokens[index].number, upper.unit == .percent,
                let lower = tokens[index - 2].number, lower.unit == .count || lower.unit == .percent,
                lower.multiplier == 1, !lower.text.contains(where: { $0.isLetter || $0 == "%" }),
                lower.value < upper.value, tokens[index - 2].kind == .number
            else { continue }
            let joiner = tokens[index - 1].text
            let before = index >= 3 ? tokens[index - 3] : nil
            let opensRange: Bool
            switch joiner {
            case "en": opensRange = before?.isWord("tussen") == true
            case "à", "–": opensRange = true
            case "tot": opensRange = before.map { !Self.changeOpeners.contains($0.text) } ?? true
            default: opensRange = false
            }
            guard opensRange else { continue }
            upper.rangeLower = .rounding(to: lower.value, step: lower.step)
            // '20–25%' is written as glued as it stands.
            let spaced = tokens[index - 2].end != tokens[index - 1].start
            upper.rangeText = (joiner == "en" ? "tussen " : "") + lower.text + (spaced ? " \(joiner) " : joiner)
            tokens[index].number = upper
            let bound = tokens[index - 2]
            tokens[index - 2] = Token(kind: .label, text: bound.text, start: bound.start, end: bound.end)
        }
    }

    /// Words before 'X tot Y' that make it a change from X to Y ('van 20 tot 25 procent', 'met 2 tot 5 procent').
    private static let changeOpeners: Set<String> = ["van", "met"]

    /// Ages listed in a row of at least `leastAgeList` whole numbers that ends in an age word ('27, 34, 41, 29 en 38
    /// jaar'): values, with a mean in whole years after an average word, in a sentence that states a mean age ('…;
    /// gemiddeld 33,8 jaar', 'De gemiddelde leeftijd … was 34 jaar'), labels otherwise, each of them (the last two
    /// are no range '29 tot 38 jaar').
    private static func listedAges(_ tokens: [Token]) -> (values: Set<Int>, labels: Set<Int>) {
        func isWhole(_ index: Int) -> Bool {
            tokens[index].kind == .number && tokens[index].number?.unit == .count && tokens[index].number?.decimals == 0
        }
        let aged = tokens.indices.filter { index in
            tokens[index].kind == .number && index + 1 < tokens.count
                && Lexicon.ageWords.contains(tokens[index + 1].text)
        }
        var listed: Set<Int> = []
        for last in aged where isWhole(last) {
            var items = [last]
            while let item = items.last, item >= 2, [",", "en"].contains(tokens[item - 1].text), isWhole(item - 2) {
                items.append(item - 2)
            }
            if items.count >= Self.leastAgeList { listed.formUnion(items) }
        }
        let means = aged.filter { index in
            tokens[..<index].contains { $0.kind == .word && Lexicon.averageWords.contains($0.text) }
        }
        guard !listed.isEmpty else { return ([], []) }
        return means.isEmpty ? ([], listed) : (listed.union(means.filter(isWhole)), [])
    }

    /// The fewest ages a list has ('16, 17 en 18 jaar'); two are a range ('30 en 45 jaar').
    private static let leastAgeList = 3

    /// Numbers a word puts below zero: 'negatief' right after an amount or its currency word ('0,8 miljoen (euro)
    /// negatief'), or before the noun whose 'van' gives it ('een negatief resultaat van 0,8 miljoen'); an amount
    /// after 'verlies van' ('een verlies van 2,8 miljoen euro', a result below zero). After a count
    /// of things it names their outcome ('1.240 positief, 380 negatief'): a count is never below zero.
    private static func signWords(_ tokens: inout [Token]) {
        func isNegativeWord(_ index: Int) -> Bool {
            tokens.indices.contains(index) && tokens[index].kind == .word
                && Self.negativeWords.contains(tokens[index].text)
        }
        for index in tokens.indices where tokens[index].kind == .number {
            guard let number = tokens[index].number, number.sign == nil else { continue }
            let after = number.isAmount && isNegativeWord(index + 1)
                || index + 2 < tokens.count && tokens[index + 1].kind == .word && isNegativeWord(index + 2)
                    && Self.currencyWords.contains(tokens[index + 1].text)
            let before = index >= 3 && tokens[index - 1].isWord("van") && tokens[index - 2].kind == .word
                && isNegativeWord(index - 3)
                || number.isAmount && index >= 2 && tokens[index - 1].isWord("van")
                    && Self.lossNouns.contains(tokens[index - 2].text)
            if after || before { tokens[index].number = number.negated }
        }
    }

    /// Words that put a value below zero.
    private static let negativeWords: Set<String> = ["negatief", "negatieve"]
    /// Nouns whose amount after 'van' is a result below zero ('een verlies van 2,8 miljoen').
    private static let lossNouns: Set<String> = ["verlies"]
    /// Currency words written after an amount ('0,8 miljoen euro').
    static let currencyWords: Set<String> = ["euro"]

    /// Brackets that cite a source ('(Kamerstukken II 2022/23, 29 452, nr. 270)', '(Stb. 2019, 403)'): every
    /// number in them is part of the reference, none a quantity.
    private static func citations(in tokens: [Token]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var open: Int?
        for index in tokens.indices {
            if tokens[index].isMark("(") {
                open = index
            } else if tokens[index].isMark(")"), let start = open {
                let inside = (start + 1)..<index
                let cites = inside.contains {
                    tokens[$0].kind == .word && Lexicon.citationWords.contains(tokens[$0].text)
                }
                if cites { ranges.append(inside) }
                open = nil
            }
        }
        return ranges
    }

    /// The two words before `index`, joined ('ouder dan').
    static func phrase(_ tokens: [Token], endingBefore index: Int) -> String {
        guard index >= 2, tokens[index - 1].kind == .word, tokens[index - 2].kind == .word else { return "" }
        return tokens[index - 2].text + " " + tokens[index - 1].text
    }

    /// 'ruim', 'bijna', 'circa', 'meer dan' right before a number; 'meer dan' after a number ('50 meer
    /// dan 200') compares, it does not hedge.
    private static func attachHedges(_ tokens: inout [Token], _ scalars: [Unicode.Scalar]) {
        for index in tokens.indices where tokens[index].kind == .number {
            var position = index
            if position > 0, tokens[position - 1].isMark("€") {
                let (sign, start) = (tokens[position - 1].start, tokens[index].start)
                let currency = String(scalars: scalars[sign..<min(start, sign + 2)])
                tokens[index].number?.currency = currency
                position -= 1
            }
            guard let (hedge, first) = hedge(before: position, in: tokens) else { continue }
            let comparing = (hedge == .over || hedge == .under) && first > 0 && tokens[first - 1].kind == .number
            if !comparing {
                let written = String(scalars: scalars[tokens[first].start..<tokens[position - 1].end])
                tokens[index].number?.hedge = hedge
                tokens[index].number?.hedgeText = written
            }
        }
    }

    /// The hedge written in the words right before `index`, none before `lowest` ('ruim', 'meer dan', 'een kleine'):
    /// the longest of at most `longestHedge` words, with the index of its first word.
    static func hedge(before index: Int, in tokens: [Token], from lowest: Int = 0) -> (Lexicon.Hedge, first: Int)? {
        let start = max(lowest, index - longestHedge)
        for first in start..<max(start, index) where tokens[first..<index].allSatisfy({ $0.kind == .word }) {
            if let hedge = Lexicon.hedges[tokens[first..<index].map(\.text).joined(separator: " ")] {
                return (hedge, first)
            }
        }
        return nil
    }

    /// The most words a hedge has ('in de buurt van', 'net over de').
    static let longestHedge = 4
}
