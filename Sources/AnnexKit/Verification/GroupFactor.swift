/// A factor between two groups, bound by the words that name each group rather than by the order of the values:
/// 'In 2025 waren er 198.300 mannelijke en 64.800 vrouwelijke verdachten. Mannen werden ruim drie keer zo vaak
/// verdacht als vrouwen.' The factor's subject ('mannen', in its clause before the factor) and the group it compares
/// with ('vrouwen', after 'als' or 'dan') each take the one value whose own words name that group by the same stem
/// ('mannelijke', 'vrouwelijke'); the factor is the subject's value over the compared group's. The values are those
/// of the factor's own sentence, else, when it has none, those of the sentence before, else of the sentence after in
/// its paragraph. A group whose words name several values, or both groups one value, binds nothing.
extension ClaimParser {
    /// The values the two groups of a factor whose words run from `start` to `end` name; nil when the factor compares
    /// with no group ('als' or 'dan' in its clause) or neither group names a value. A factor of equal degree that
    /// leaves out the group it compares with ('in Utrecht 206: in Groningen dus twee keer zo veel') binds only both
    /// sides (`leftOutSides`).
    func groupSides(forFactorFrom start: Int, to end: Int) -> GroupSides? {
        let clause = analysis.clause(of: start)
        let marker = (end..<clause.upperBound).first(where: { Self.isComparisonMarker(at: $0, analysis) })
            ?? (Self.namesComparedAmount(afterTimes: end, tokens) ? end : nil)
        guard marker != nil || Self.isEquative(after: end, tokens) else { return nil }
        // The subject runs from its clause's start, or the sentence's when the clause opens with the factor ('…
        // schreven 48.600 bekeuringen uit, vier keer zo veel als …'), to the first number ('Jongens waren met 840 …').
        let opening = (clause.lowerBound..<start).contains {
            tokens[$0].kind == .word && Self.isNaming(tokens[$0].text)
        }
        var subjectStart = opening ? clause.lowerBound : 0
        // 'ochtend 8,1 | middag 7,6 | nacht 14,9' over 'In de nacht wachtten klanten twee keer zo lang als 's middags',
        // one sentence over two lines: values on lines above the factor's are what it compares, and its own line,
        // naming words before the factor, holds its subject.
        let line = analysis.line(of: start)
        if let lineStart = (subjectStart..<start).first(where: { analysis.line(of: $0) == line }),
            (subjectStart..<lineStart).contains(where: { tokens[$0].kind == .number }),
            (lineStart..<start).contains(where: { tokens[$0].kind == .word && Self.isNaming(tokens[$0].text) })
        {
            subjectStart = lineStart
        }
        let subjectEnd = (subjectStart..<start).first { tokens[$0].kind == .number } ?? start
        let own = groupNamedValues(excluding: start...end)
        // 'Het aantal gesprekken met ouderen (32.300) was … zo groot als met jongeren (22.300)': a sentence that states
        // two values of one unit besides the factor compares those, not the groups of the sentence before or after,
        // even when no word beside its values names a group (values in brackets).
        let statesPair = [NumberUnit.count, .percent].contains { unit in
            numbers(unit, in: tokens.indices).filter { !(start...end).contains($0) && Self.isValue($0, tokens) }.count
                >= 2
        }
        let sources = !own.isEmpty ? [own] : statesPair ? [] : [discourse.lastGroupValues, groupValuesAhead]
        return sources.lazy.filter { !$0.isEmpty }.compactMap { values in
            // Left out, the compared group leaves the subject to the factor's clause, without a value of its own
            // ('in Groningen dus twee keer zo veel'; not '…, voor B 3,6 weken – ruim drie keer zo lang').
            guard let marker else {
                let bare = opening && subjectEnd == start
                return bare ? self.leftOutSides(of: values, subject: subjectStart..<start) : nil
            }
            // What it compares with runs from the marker to the first number or mark ('als vrouwen (…)').
            let baseEnd = ((marker + 1)..<clause.upperBound).first { tokens[$0].kind != .word } ?? clause.upperBound
            let base = namingWords(in: (marker + 1)..<baseEnd)
            let found = self.sides(of: values, subject: namingWords(in: subjectStart..<subjectEnd), base: base)
            // A subject that binds nothing leaves it to the noun the factor quantifies, when that noun and the
            // compared group each bind a value of their own ('Er zaten … zoveel brandganzen als kolganzen').
            guard found?.subject == nil, found?.isAmbiguous != true,
                let quantified = self.sides(
                    of: values, subject: quantifiedNoun(afterFactor: end, before: marker), base: base),
                quantified.pair != nil
            else { return found }
            return quantified
        }.first
    }

    /// Whether a factor's words end right before 'zo' or 'zoveel' ('twee keer zo vaak', 'half zoveel'): a comparison
    /// of equal degree, which 'als' completes or leaves out.
    static func isEquative(after end: Int, _ tokens: [Token]) -> Bool {
        end + 1 < tokens.count && (tokens[end + 1].isWord("zo") || tokens[end + 1].isWord("zoveel"))
    }

    /// The sides of a factor that leaves out the group it compares with, whose own clause names its subject: the one
    /// value every word of the subject names by its stem, and the one other value of that unit ('412 jongens en 40
    /// meisjes. Jongens zijn daarmee ruim tien keer zo vaak vertegenwoordigd.': 412 over 40); nil unless both are
    /// bound. A word of the subject that names no value ('Het risico ligt in de vergelijkingsgroep …', rates of two
    /// groups), or names one only as a part of a compound ('Een FPC-plaats …' for '… voor een plaats'), binds none.
    private func leftOutSides(of values: [NamedValue], subject: Range<Int>) -> GroupSides? {
        guard let bound = ContrastedGroups.soleNamed(among: values, by: namingWords(in: subject), words: \.words)?.value
        else { return nil }
        let others = values.map(\.value).filter {
            $0.unit == bound.unit && ($0.token != bound.token || $0.line != bound.line || $0.value != bound.value)
        }
        guard others.count == 1 else { return nil }
        return GroupSides(subject: bound, base: others[0], isAmbiguous: false)
    }

    /// The words of `range` that may name a group (`isNaming`).
    private func namingWords(in range: Range<Int>) -> [String] {
        range.filter { tokens[$0].kind == .word }.map { tokens[$0].text }.filter(Self.isNaming)
    }

    /// The noun an equative of amount quantifies, right before its 'als' ('vier keer zoveel ganzen als eenden', 'zo
    /// veel ganzen als'): where the words before the factor bind no value, it may name the subject's group ('Enkhuizen
    /// telde … half zo veel aanvragen als Hoorn' names it before, and 'aanvragen' is the measure). Empty for any
    /// other word there ('zo vaak verdacht als').
    private func quantifiedNoun(afterFactor end: Int, before marker: Int) -> [String] {
        let degree = tokens[end + 1].isWord("zoveel") ? end + 1 : end + 2
        guard degree + 2 == marker, tokens[marker].isWord("als"),
            tokens[degree].isWord("zoveel") || tokens[degree].isWord("veel") && tokens[end + 1].isWord("zo"),
            tokens[degree + 1].kind == .word, Self.isNaming(tokens[degree + 1].text)
        else { return [] }
        return [tokens[degree + 1].text]
    }

    /// The values the words of the subject and of the compared group name among `values`; nil when they name none.
    /// A word that both sides share names neither ('plaats' in 'een tbs-plaats … als een reguliere plaats').
    private func sides(of values: [NamedValue], subject subjectWords: [String], base baseWords: [String])
        -> GroupSides?
    {
        func named(by own: [String], other: [String]) -> [Int] {
            let distinct = own.filter { word in !other.contains { ContrastedGroups.related($0, word) } }
            return values.indices.filter { value in
                values[value].words.contains { name in distinct.contains { ContrastedGroups.related($0, name) } }
            }
        }
        // A word that names the compared group's value is no word of the subject's group, and the reverse: 'kost'
        // in 'De koopwoning kost 1,5 keer die van een huurwoning' after 'Een huurwoning kost € 980, een koopwoning
        // € 1.470' is the verb both values share, written only once.
        let allSubjects = named(by: subjectWords, other: baseWords)
        let allBases = named(by: baseWords, other: subjectWords)
        func without(_ found: [Int], _ other: [Int]) -> [Int] {
            found.count > 1 && other.count == 1 ? found.filter { $0 != other[0] } : found
        }
        let (subjects, bases) = (without(allSubjects, allBases), without(allBases, allSubjects))
        guard !subjects.isEmpty || !bases.isEmpty else { return nil }
        let subject = subjects.count == 1 ? subjects.first : nil
        let base = bases.count == 1 ? bases.first : nil
        let units = [subject, base].compactMap { $0 }.map { values[$0].value.unit }
        let ambiguous =
            subjects.count > 1 || bases.count > 1 || subject != nil && subject == base
            || units.count == 2 && units[0] != units[1]
        return GroupSides(
            subject: ambiguous ? nil : subject.map { values[$0].value },
            base: ambiguous ? nil : base.map { values[$0].value }, isAmbiguous: ambiguous)
    }

    /// The values of the next sentence of the paragraph with the words that name their groups ('Mannen 3x zo vaak
    /// verdacht als vrouwen' over 'In 2025 waren er 198.300 mannelijke en 64.800 vrouwelijke verdachten.').
    private var groupValuesAhead: [NamedValue] {
        guard let next, next.sentence.paragraph == analysis.sentence.paragraph else { return [] }
        return ClaimParser(analysis: next, discourse: discourse, withData: withData).groupNamedValues().map {
            NamedValue(words: $0.words, value: $0.value.carriedOver)
        }
    }

    /// Each value of the sentence (outside `excluded`) with the words that name it: the words of content right before
    /// it, back to a mark other than '€', another number, a word that joins or sets values against each other or a
    /// finite verb, and right after it, up to the same; at most `nameReach` words each way, and only the words no
    /// other value's words share ('verdachten' after '198.300 mannelijke en 64.800 vrouwelijke verdachten' names
    /// neither).
    func groupNamedValues(excluding excluded: ClosedRange<Int>? = nil) -> [NamedValue] {
        // The whole of 'N van de M' is no group's value: two such parts compare their shares (`comparedShares`). Nor
        // are the bounds of a range that describes a group ('Jongeren tussen 18 en 25').
        let wholes = Set(analysis.numberIndices.compactMap { Self.ownWhole(of: $0, analysis) })
        func bounds(_ index: Int) -> Bool {
            index >= 1 && tokens[index - 1].isWord("tussen")
                || index >= 3 && tokens[index - 1].isWord("en") && tokens[index - 3].isWord("tussen")
        }
        let sites = analysis.numberIndices.filter { index in
            excluded?.contains(index) != true && Self.isValue(index, tokens) && !wholes.contains(index)
                && !bounds(index) && tokens[index].number.map { $0.unit != .points } == true
        }
        func stretch(_ positions: some Sequence<Int>) -> [String] {
            var words: [String] = []
            for (step, position) in positions.prefix(Self.nameReach).enumerated() {
                let token = tokens[position]
                if token.isMark("€") || step == 0 && isLabelMark(position) { continue }
                guard token.kind == .word, !Self.valueJoiners.contains(token.text),
                    !Lexicon.finiteVerbs.contains(token.text), excluded?.contains(position) != true
                else { break }
                if Self.isNaming(token.text) { words.append(token.text) }
            }
            return words
        }
        let named = sites.map { index in
            stretch(stride(from: index - 1, through: 0, by: -1)) + stretch((index + 1)..<tokens.count)
        }
        return sites.indices.compactMap { site in
            let others = named.indices.filter { $0 != site }.flatMap { named[$0] }
            let words = named[site].filter { word in !others.contains { ContrastedGroups.related($0, word) } }
            return words.isEmpty ? nil : NamedValue(words: words, value: operand(sites[site]))
        }
    }

    /// Whether the ':' at `index` ends the label of the value after it on a line: only words stand between it and
    /// the mark of an item of a list ('- België: 2,4'), or the start of a value line ('België: 2,4; Nederland: 2,1',
    /// a block read as one sentence). A colon in prose ('… als een jaar eerder: 6.300 tegen 4.200') ends no label.
    private func isLabelMark(_ index: Int) -> Bool {
        guard tokens[index].isMark(":") else { return false }
        let lines = analysis.sentence.isValueLines
        guard let opening = tokens[..<index].lastIndex(where: { $0.kind != .word }) else { return lines }
        return lines && tokens[opening].isMark(Self.lineSeparator) || LineShape.isItemMark(tokens[opening])
    }

    /// The mark that joins the lines of a block read as one sentence (`ValueLineBlock.separator`).
    private static let lineSeparator = ValueLineBlock.separator.trimmingCharacters(in: .whitespaces)

    /// Whether the words after the times word at `times` name the amount a factor compares with, without 'als':
    /// 'die van' or 'dat van' and a group ('1,5 keer die van een huurwoning'), or an article and a word that is no
    /// number's ('1,14 keer het Nederlandse').
    static func namesComparedAmount(afterTimes times: Int, _ tokens: [Token]) -> Bool {
        guard times + 2 < tokens.count, tokens[times].kind == .word, Lexicon.timesWords.contains(tokens[times].text),
            tokens[times + 1].kind == .word, tokens[times + 2].kind == .word
        else { return false }
        if ["die", "dat"].contains(tokens[times + 1].text) { return tokens[times + 2].isWord("van") }
        return ["het", "de"].contains(tokens[times + 1].text) && isNaming(tokens[times + 2].text)
    }

    /// Whether a word may name a group: a word of content, no hedge, no times word.
    private static func isNaming(_ word: String) -> Bool {
        ContrastedGroups.isContent(word) && Lexicon.hedges[word] == nil && !Lexicon.timesWords.contains(word)
    }

    /// Words that join values or set them against each other, and so end the words that name one of them.
    private static let valueJoiners: Set<String> = [
        "en", "tegen", "tegenover", "versus", "terwijl", "maar", "of", "als", "dan",
    ]

    /// The most words before or after a value that may name its group ('in de gemeente Hoorn').
    private static let nameReach = 4
}

/// The values a factor's two groups name: its subject's and the compared group's, each nil when not bound.
struct GroupSides: Sendable {
    let subject: Operand?
    let base: Operand?
    /// A group named several values, or both groups the same one: no value is bound.
    let isAmbiguous: Bool

    /// The factor's values, from the compared group's to the subject's, when both are bound.
    var pair: (from: Operand, to: Operand)? {
        guard let subject, let base else { return nil }
        return (base, subject)
    }

    /// Whether a pair found otherwise (by order, by position) gives each bound group its own value.
    func admits(from: Operand?, to: Operand?) -> Bool {
        func same(_ bound: Operand?, _ found: Operand?) -> Bool {
            guard let bound else { return true }
            guard let found else { return false }
            return bound.value == found.value && bound.unit == found.unit && bound.line == found.line
                && bound.token == found.token
        }
        return !isAmbiguous && same(subject, to) && same(base, from)
    }
}
