/// The mean of a list of labelled values: an item of a dash list whose label is an average word ('- team Noord: 24
/// - team Midden: 28 - team Zuid: 26 - gemiddeld: 26'), or a line or sentence that opens with one right under the
/// list ('Gemiddeld over de vier teams: 31,5 uur', 'Gemiddeld is dat 107 dagen.'), or per the period of the lines
/// of a series right above ('Gemiddeld stroomden per kwartaal 1.775 mensen de WW in.'), or a sentence that opens
/// with the mean of what the lines' title names ('Het gemiddelde nalevingsniveau …' under 'Nalevingsniveau per sector
/// (%)'), or a sentence whose average word stands before the mean and whose clause names the set the lines are with
/// its size ('Over de drie subregio's samen is dat gemiddeld 15 weken.', 'Gemiddeld over de vier wijken komt dat op
/// € 2.220.').
extension ClaimParser {
    /// The values a mean at `index` is of (see the type), each bound by its line
    /// (`OperandBinding.Evidence.labelledLine`): the items before it in its run, else, when its label, a word of
    /// reference or the period of their series ties it to them ('Gemiddeld …: 31,5', 'Gemiddeld is dat …', 'per
    /// kwartaal'), the lines of the run right above. None
    /// when fewer than two, when one names a total, a mean, a change or a part of a part, when they are of another
    /// unit, or when the mean names a count of them ('de vier teams') that is not theirs.
    func listMean(for index: Int) -> [Operand]? {
        guard let unit = tokens[index].number?.unit else { return nil }
        let values: [CarriedLine]
        var named: Exact?
        if let lines = analysis.labelledLines, let place = lines.firstIndex(where: { $0.value == index }), place > 0 {
            let label = analysis.read(lines[place])
            guard label.moments.isEmpty, label.words.contains(where: Lexicon.averageWords.contains),
                label.words.allSatisfy({ Lexicon.averageWords.contains($0) || Lexicon.grammarWords.contains($0) })
            else { return nil }
            values = lines[..<place].map { line in
                CarriedLine(label: analysis.read(line), value: operand(line.value).bound(OperandBinding(.labelledLine)))
            }
        } else {
            guard let first = tokens.first, first.kind == .word,
                Lexicon.averageWords.contains(first.text)
                    && (isLabelled(index) || tokens.count > 2 && Self.beingVerbs.contains(tokens[1].text)
                        && ["dat", "dit"].contains(tokens[2].text) || isPerSeriesPeriod
                        || namesOneOfTitleUnit(before: index))
                    || namesMeanOfTitle || isOverSizedSet(index)
            else { return nil }
            let others = analysis.numberIndices.filter { $0 != index }
            guard others.allSatisfy({ $0 < index && tokens[$0].number?.isWord == true }), others.count <= 1 else {
                return nil
            }
            named = others.first.flatMap { tokens[$0].number?.value }
            values = discourse.lineRun.count >= Self.leastParts ? discourse.wholeLineRun : discourse.labelledRun
        }
        guard values.count >= Self.leastParts,
            values.allSatisfy({ $0.value.unit == unit && Self.isPlainLabel($0.label.words) }),
            named.map({ $0 == Exact(values.count) }) ?? true
        else { return nil }
        return values.map(\.value)
    }

    /// Whether the sentence opens with a mean of what the title of the value lines right above counts: an article,
    /// an average word and a word of the title ('Het gemiddelde nalevingsniveau …' under 'Nalevingsniveau per sector
    /// (%)'); 'De gemiddelde leeftijd …' under rows of respondents means a mean of something else.
    private var namesMeanOfTitle: Bool {
        tokens.count > 2 && ["het", "de"].contains(tokens[0].text) && Lexicon.averageWords.contains(tokens[1].text)
            && tokens[2].kind == .word && discourse.lineTitle.contains(tokens[2].text)
    }

    /// Whether the words before the mean at `index` name one of the unit that the title of the value lines, memo lines
    /// or list right above is per ('Gemiddeld kwam een vestiging daarmee op 27.933 bezoeken.' under 'Bezoeken per
    /// vestiging in september:'): 'een', 'elke', 'iedere' or 'per' and a form of the noun after the title's 'per'.
    /// Each line is then the value of one such unit, and the mean per unit is their mean.
    private func namesOneOfTitleUnit(before index: Int) -> Bool {
        let title = [discourse.lineTitle, discourse.memoTitle, discourse.lastItemList?.lead ?? []]
            .first { !$0.isEmpty } ?? []
        guard let per = title.firstIndex(of: "per"), per + 1 < title.count else { return false }
        return (1..<max(1, index)).contains { at in
            tokens[at].kind == .word && Self.oneOfUnitWords.contains(tokens[at - 1].text)
                && Self.isForm(tokens[at].text, of: title[per + 1])
        }
    }

    /// Words before a noun that make it one unit of a set ('een vestiging', 'per vestiging').
    private static let oneOfUnitWords: Set<String> = ["een", "elke", "iedere", "per"]

    /// Whether an average word stands before the mean at `index` and its clause names the set it is over with a size
    /// ('Over de drie subregio's samen is dat gemiddeld 15 weken.'): the size must be the number of lines.
    private func isOverSizedSet(_ index: Int) -> Bool {
        meanSet(of: index)?.size != nil && !analysis.indices(of: Lexicon.averageWords, in: 0..<index).isEmpty
    }

    /// Whether the sentence takes its mean per period of the series of value lines right above it ('Gemiddeld
    /// stroomden per kwartaal 1.775 mensen de WW in.' under 'Q1: 1.840' … 'Q4: 1.930'): 'per' before the noun of the
    /// series' periods.
    private var isPerSeriesPeriod: Bool {
        guard let step = discourse.lastPeriodSeries?.step else { return false }
        return tokens.indices.dropLast().contains { index in
            tokens[index].isWord("per") && PeriodSeries.months(ofNoun: tokens[index + 1].text) == step
        }
    }

    /// Whether a number is the value of a label that is an average word and at most what it is taken over
    /// ('Gemiddeld:', 'Gemiddeld over de vier teams:'; not 'Gemiddelde wachttijd:', a mean of something else): after
    /// its colon, with only words between.
    private func isLabelled(_ index: Int) -> Bool {
        guard let colon = tokens.firstIndex(where: { $0.isMark(":") && $0.depth == 0 }), colon < index,
            colon == 1 || ["over", "van"].contains(tokens[1].text)
        else { return false }
        return tokens[(colon + 1)..<index].allSatisfy { $0.kind == .word }
    }
}
