/// What a line of text is to the reader when it stands without a sentence end: a label, a colon and one value
/// ('Instroom: 410 (2024: 380, +8%)', '- waarvan jeugdigen: 310 (25%)'), a title that gives no value and names one
/// year ('Kerncijfers reclassering 2025', 'Instroom Q3 2025') or ends in a colon ('De cijfers:'), or other text:
/// prose, which may go on on the next line. Dashboards, factsheets and key-figure blocks are written in such lines.
enum LineShape: Sendable, Equatable {
    case value
    /// A title, with the one year it names, if it names one, and the scale it states for the lines under it
    /// (`TitleScale`), if it states one.
    case title(year: Int?, scale: Int?)
    case other

    /// The shape of a line (its tags stripped, trimmed).
    init(_ line: String.UnicodeScalarView) {
        // A value line has a colon, a title a year, a colon or a unit in brackets; a longer line is prose.
        guard line.count <= Self.longestLine,
            line.last == ")" || line.contains(where: { $0 == ":" || ("0"..."9").contains($0) })
                || TitleScale.mayClose(line)
        else {
            self = .other
            return
        }
        let tokens = Tokenizer.tokens(Array(line))
        if Self.isValueLine(tokens) {
            self = .value
        } else if let title = Self.title(tokens, opensUpper: line.first?.properties.isLowercase == false) {
            self = title
        } else {
            self = .other
        }
    }

    /// Whether the line is a value line or a title: one that ends at its line end before a value line.
    var isBlockLine: Bool { self != .other }

    /// The longest line, in Unicode scalars, read for its shape.
    static let longestLine = 120
    /// The most tokens a label or a title has ('Cliënten in begeleiding bij de reclassering').
    static let longestLabel = 8
    /// The most words between a colon and its value ('een kleine', 'ruim') and after the value ('fte', 'dagen').
    static let wordsAroundValue = 3
    /// The most tokens a title has ('Monitor nazorg ex-gedetineerden, 1e halfjaar 2025').
    static let longestTitle = 10
    /// Marks that open an item of a list.
    private static let itemMarks: Set<String> = ["-", "–", "*", "•"]

    /// Whether `token` is the mark that opens an item of a list ('-', '•'), outside brackets.
    static func isItemMark(_ token: Token) -> Bool {
        token.kind == .mark && token.depth == 0 && itemMarks.contains(token.text)
    }
    /// Signs a value may be written with ('Groei: +8%').
    private static let signs: Set<String> = ["+", "-", "−"]
    /// Marks a title may hold besides its closing colon ('Monitor nazorg, 1e halfjaar 2025', 'Instroom Q1–Q3').
    private static let titleMarks: Set<String> = [",", "-", "–", "/", "'", "’"]

    /// A label, a colon, hedge words, one value with at most a noun, and at most a bracketed part that closes the
    /// line; after a list item's mark.
    static func isValueLine(_ tokens: [Token]) -> Bool {
        var index = tokens.first.map(isItemMark) == true ? 1 : 0
        let labelStart = index
        var remarks = 0
        while index < tokens.count {
            if [.word, .year, .label].contains(tokens[index].kind) || joinsLabel(tokens, at: index)
                || boundsLabel(tokens, at: index)
            {
                index += 1
            } else if index > labelStart, let end = remarkEnd(tokens, at: index) {
                remarks += end - index
                index = end
            } else if qualifiesLabel(tokens, at: index) {
                index += 1
            } else {
                break
            }
        }
        guard index > labelStart, index - labelStart - remarks <= longestLabel, index < tokens.count,
            tokens[index].isMark(":")
        else { return false }
        index += 1
        index = skipWords(tokens, from: index)
        while index < tokens.count, tokens[index].kind == .mark,
            tokens[index].text == "€" || signs.contains(tokens[index].text)
        {
            index += 1
        }
        guard index < tokens.count, tokens[index].kind == .number else { return false }
        index = skipWords(tokens, from: index + 1)
        if index < tokens.count, tokens[index].isMark("("), tokens[tokens.count - 1].isMark(")"),
            tokens[(index + 1)...].allSatisfy({ $0.depth > 0 || $0.isMark(")") })
        {
            return true
        }
        return index == tokens.count
    }

    /// The index after a remark on the label at `index`: a part in brackets that holds no number ('Overig (o.a.
    /// schorsing)', 'Sociale huur (corporaties)', 'Wfz-titel (art. 2.3)'), or a footnote's mark glued to the word
    /// before it ('Overig¹'). Nil when none stands there.
    static func remarkEnd(_ tokens: [Token], at index: Int) -> Int? {
        if isFootnoteMark(tokens, at: index) { return index + 1 }
        let token = tokens[index]
        guard token.isMark("("), token.depth == 0,
            let close = tokens[(index + 1)...].firstIndex(where: { $0.isMark(")") && $0.depth == 0 }),
            close > index + 1, !tokens[(index + 1)..<close].contains(where: { $0.kind == .number })
        else { return nil }
        return close + 1
    }

    /// Whether the token at `index` is a footnote's mark glued to the token before it ('Overig¹').
    static func isFootnoteMark(_ tokens: [Token], at index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .mark && footnoteMarks.contains(token.text) && index > 0
            && tokens[index - 1].end == token.start
    }

    /// Superscript digits that mark a footnote ('Overig¹').
    private static let footnoteMarks: Set<String> = ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// Marks that join two words of a label into one ('Bromfiets/snorfiets', 'Zorg & welzijn', 'print + online').
    private static let labelJoins: Set<String> = ["/", "&", "+"]

    /// Whether the token at `index` is a mark that joins the word before it to the word after it in a label.
    static func joinsLabel(_ tokens: [Token], at index: Int) -> Bool {
        index > 0 && index + 1 < tokens.count && tokens[index].kind == .mark && labelJoins.contains(tokens[index].text)
            && tokens[index - 1].kind == .word && tokens[index + 1].kind == .word
    }

    /// Whether the number at `index` is a bound or a range of a label ('korter dan 3 maanden', '3 tot 12 maanden',
    /// 'meer dan 12 maanden'): after 'dan', 'tot' or 'vanaf', or before 'tot', with a word right after it; no value.
    static func boundsLabel(_ tokens: [Token], at index: Int) -> Bool {
        guard tokens[index].kind == .number, index + 1 < tokens.count, tokens[index + 1].kind == .word else {
            return false
        }
        return index > 0 && boundWords.contains(tokens[index - 1].text) || tokens[index + 1].isWord("tot")
    }

    /// Words before a bound of a label ('korter dan 3', '3 tot 12', 'vanaf 65').
    private static let boundWords: Set<String> = ["dan", "tot", "vanaf"]

    /// Whether the token at `index` belongs to a label that holds numbers without its value being in doubt: a part in
    /// brackets that closes right before the colon ('vo (12–18 jaar): 305', 'Instroom (personen): 410') or an open
    /// band glued to its '+' ('65+: 95'). The value is the one number after the colon.
    static func qualifiesLabel(_ tokens: [Token], at index: Int) -> Bool {
        inLabelBracket(tokens, at: index) || opensBand(tokens, at: index)
            || index > 0 && tokens[index].isMark("+") && opensBand(tokens, at: index - 1)
    }

    /// Whether the token at `index` is in, or closes or opens, a part in brackets after a word of a label that closes
    /// right before a colon and holds no colon or ';' of its own.
    private static func inLabelBracket(_ tokens: [Token], at index: Int) -> Bool {
        guard tokens[index].depth > 0 || tokens[index].isMark("(") || tokens[index].isMark(")"),
            let open = tokens[...index].lastIndex(where: { $0.isMark("(") && $0.depth == 0 }), open > 0,
            tokens[open - 1].kind == .word,
            let close = tokens[index...].firstIndex(where: { $0.isMark(")") && $0.depth == 0 }),
            close + 1 < tokens.count, tokens[close + 1].isMark(":")
        else { return false }
        return !tokens[open...close].contains { $0.isMark(":") || $0.isMark(";") }
    }

    /// Whether the number at `index` opens a band with no upper bound ('65+'): the '+' glued to it, then at most words
    /// up to the colon of its line.
    private static func opensBand(_ tokens: [Token], at index: Int) -> Bool {
        guard tokens[index].kind == .number, index + 2 < tokens.count, tokens[index + 1].isMark("+"),
            tokens[index + 1].start == tokens[index].end
        else { return false }
        let rest = tokens[(index + 2)...]
        guard let colon = rest.firstIndex(where: { $0.kind != .word }) else { return false }
        return tokens[colon].isMark(":")
    }

    /// Whether the token at `index`, before its line's colon, is of a label that holds numbers once its numbers are
    /// labels (`labellingBounds`): a range or bound ('18-64 jaar', 'tot 18 jaar'; not the number of 'tabel 2'), a
    /// part in brackets ('vo (12–18 jaar)') or the '+' of an open band ('65+').
    static func holdsInLabel(_ tokens: [Token], at index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .label { return index == 0 || !Lexicon.labelWords.contains(tokens[index - 1].text) }
        return inLabelBracket(tokens, at: index)
            || token.isMark("+") && index > 0 && [.label, .number].contains(tokens[index - 1].kind)
                && tokens[index - 1].end == token.start
    }

    /// Whether the number at `index` is part of its line's label: a bound (`boundsLabel`) or a number of a label
    /// that holds numbers (`qualifiesLabel`).
    private static func labelsNumber(_ tokens: [Token], at index: Int) -> Bool {
        tokens[index].kind == .number && (boundsLabel(tokens, at: index) || qualifiesLabel(tokens, at: index))
    }

    /// The tokens of a line of values with the numbers in each label before its colon as labels (`boundsLabel`,
    /// `qualifiesLabel`): '3 tot 12 maanden: 486' and '65+: 95' give one value each. Items of a block are split by
    /// ';' (`ValueLineBlock.separator`).
    /// In prose that is no line of values (`bracketsOnly`: an item of a dash list, 'Wachttijd (n = 40): 640') only
    /// the numbers of a label's part in brackets are labels.
    static func labellingBounds(_ tokens: [Token], bracketsOnly: Bool = false) -> [Token] {
        let labels: (Int) -> Bool = { index in
            bracketsOnly ? tokens[index].kind == .number && inLabelBracket(tokens, at: index)
                && !numberBeforeBracket(tokens, at: index) : labelsNumber(tokens, at: index)
        }
        var result = tokens
        for index in tokens.indices where labels(index) {
            guard let stop = tokens[index...].firstIndex(where: { $0.isMark(":") || $0.isMark(";") }),
                tokens[stop].isMark(":"),
                (index..<stop).allSatisfy({ tokens[$0].kind != .number || labels($0) })
            else { continue }
            let bound = tokens[index]
            result[index] = Token(kind: .label, text: bound.text, start: bound.start, end: bound.end)
            result[index].depth = bound.depth
        }
        return result
    }

    /// Whether a number stands in the item before the bracket that holds the token at `index`, back to the item's
    /// mark, a colon or a sentence's end: 'Gemiddeld 27 cliënten per fte (4.860 cliënten, 180 fte):' gives its
    /// operands in the bracket, no label.
    private static func numberBeforeBracket(_ tokens: [Token], at index: Int) -> Bool {
        guard let open = tokens[...index].lastIndex(where: { $0.isMark("(") && $0.depth == 0 }) else { return false }
        var position = open - 1
        while position >= 0, !itemBounds.contains(tokens[position].text) || tokens[position].kind != .mark {
            if tokens[position].kind == .number { return true }
            position -= 1
        }
        return false
    }

    /// Marks that open an item of a dash list or close what stands before it.
    private static let itemBounds: Set<String> = [":", ";", ".", "-", "–", "•"]

    /// The index after at most `wordsAroundValue` words from `index`.
    private static func skipWords(_ tokens: [Token], from index: Int) -> Int {
        var end = index
        while end < tokens.count, end - index < wordsAroundValue, tokens[end].kind == .word { end += 1 }
        return end
    }

    /// A title: words, years and labels, no value, one year, a closing colon, a closing unit in brackets
    /// (`unitBracketStart`), a closing moment in brackets (`momentBracketStart`: '(2025)', '(1-10-2023)') or a closing
    /// scale (`TitleScale`: '(x 1.000)', 'in miljoenen euro'), not opening in lower case.
    private static func title(_ tokens: [Token], opensUpper: Bool) -> LineShape? {
        guard opensUpper, let last = tokens.last else { return nil }
        let unitStart = unitBracketStart(tokens)
        let momentStart = unitStart == nil ? momentBracketStart(tokens) : nil
        let scale = TitleScale(tokens)
        let body =
            if let scale { tokens[..<scale.start] } else if last.isMark(":") { tokens.dropLast() } else {
                tokens[..<(unitStart ?? momentStart ?? tokens.count)]
            }
        let years = body.compactMap(\.year) + (momentStart.map { tokens[$0...].compactMap(\.year) } ?? [])
        let words = body.filter { $0.kind == .word }.count
        guard words > 0, body.count <= longestTitle,
            body.allSatisfy({ [.word, .year, .label].contains($0.kind) || titleMarks.contains($0.text) }),
            years.count == 1 || last.isMark(":") || scale != nil || momentStart != nil
                || unitStart != nil && !body.contains(where: isScale)
        else { return nil }
        return .title(year: years.count == 1 ? years[0] : nil, scale: scale?.factor)
    }

    /// Where brackets open that close a title with the moment its rows are of ('Cliënten naar zorgvorm (2025)',
    /// 'Studenten per leerweg (1-10-2023)', '(peildatum 31-12-2025)'): a year or a date among at most `longestMoment`
    /// words, years and dates, no value. Nil when the line closes with no such brackets.
    static func momentBracketStart(_ tokens: [Token]) -> Int? {
        guard let close = tokens.indices.last, tokens[close].isMark(")"),
            let open = tokens.lastIndex(where: { $0.isMark("(") }), open > 0
        else { return nil }
        let inside = tokens[(open + 1)..<close]
        guard inside.count <= longestMoment, inside.contains(where: { $0.kind == .year || $0.kind == .label }),
            inside.allSatisfy({ [.word, .year, .label].contains($0.kind) || titleMarks.contains($0.text) })
        else { return nil }
        return open
    }

    /// The most tokens of a moment in brackets that closes a title ('(stand 1 oktober 2025)').
    private static let longestMoment = 6

    /// Where a unit in brackets that closes a table's title opens ('Uitstoot per sector, 2023 (Mton)', '(dagen)',
    /// '(%)'): at most `longestUnit` words or a '%' or '€', no number and no scale ('(x 1.000)', '(mln euro)' are a
    /// `TitleScale`, as is the scale before it in 'Bedragen in miljoenen (euro)').
    static func unitBracketStart(_ tokens: [Token]) -> Int? {
        guard let close = tokens.indices.last, tokens[close].isMark(")"),
            let open = tokens.lastIndex(where: { $0.isMark("(") }), open > 0, close - open - 1 >= 1,
            close - open - 1 <= longestUnit
        else { return nil }
        let unit = tokens[(open + 1)..<close]
        let isUnit = unit.allSatisfy { token in
            token.kind == .word && !isScale(token) || token.isMark("%") || token.isMark("€")
        }
        return isUnit ? open : nil
    }

    /// Whether `token` is a word of a scale, singular or plural ('mln', 'miljoen', 'miljoenen', 'duizend').
    static func isScale(_ token: Token) -> Bool {
        token.kind == .word && Lexicon.multipliers.keys.contains(where: token.text.hasPrefix)
    }

    /// The most tokens of a unit in a title's brackets ('(mln euro)', '(aantal personen)').
    private static let longestUnit = 3
}
