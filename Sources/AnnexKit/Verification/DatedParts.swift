/// A total stated for a named period and then its parts in the same sentence, each dated by a period that period
/// holds: 'In het derde kwartaal kwamen 12.480 aanvragen binnen; in juli 3.950, in augustus 4.120 en in september
/// 4.410.' A quarter holds three months, a half year two quarters or six months, a year four quarters or twelve
/// months; the parts are a sum claim when they give each of them exactly once (`periods(_:coveredBy:)`).
extension ClaimParser {
    /// The total and its dated parts (see the type): the sentence's first count, in a stretch that names one quarter
    /// or half year ('in het derde kwartaal', 'in het eerste halfjaar van 2025') or else one year ('over 2024'), and
    /// every number after it a count of its kind in a stretch of its own that names one month ('in juli') or one
    /// quarter ('in het tweede kwartaal'), all of one kind. None when a part is of another unit or currency, names no
    /// such period or more than one, or when the parts do not give each period of the total exactly once.
    func totalBeforeDatedParts() -> (total: Int, parts: [Operand])? {
        let numbers = analysis.numberIndices
        guard numbers.count > Self.leastParts, let total = numbers.first, let whole = tokens[total].number,
            whole.unit == .count, let period = namedPeriod(in: stretch(of: total))
        else { return nil }
        var lines: [CarriedLine] = []
        for part in numbers.dropFirst() {
            let moments = stretch(of: part).compactMap { moment(at: $0) }
            guard let number = tokens[part].number, number.unit == .count, Self.isAlike(number, whole),
                moments.count == 1, moments[0].kind != .year
            else { return nil }
            lines.append(CarriedLine(label: ReadLabel(moments: moments, words: []), value: operand(part)))
        }
        guard let kind = lines.first?.label.moments.first?.kind, let covered = period.moments(in: kind),
            let parts = Self.periods(covered, coveredBy: lines)
        else { return nil }
        return (total, parts)
    }

    /// Whether a part is written as its total is: with the same currency and multiplier ('4.120' of '12.480').
    private static func isAlike(_ part: WrittenNumber, _ total: WrittenNumber) -> Bool {
        part.currency == total.currency && part.multiplier == total.multiplier
    }

    /// The tokens around the number at `index` up to the marks and 'en' that join the items of a list, at depth 0.
    private func stretch(of index: Int) -> Range<Int> {
        let joins = { (position: Int) in
            self.tokens[position].depth == 0
                && (self.tokens[position].kind == .mark && Self.stretchEnds.contains(self.tokens[position].text)
                    || self.tokens[position].isWord("en"))
        }
        let start = (0..<index).last(where: joins).map { $0 + 1 } ?? 0
        let end = ((index + 1)..<tokens.count).first(where: joins) ?? tokens.count
        return start..<end
    }

    /// The period a part names at `index`: a month ('juli'), or a quarter by its ordinal before 'kwartaal'.
    private func moment(at index: Int) -> LabelMoment? {
        guard tokens[index].kind == .word else { return nil }
        if let month = LabelMoment.named(by: tokens[index].text), month.kind == .month { return month }
        guard tokens[index].isWord("kwartaal"), index > 0, let order = Self.ordinals[tokens[index - 1].text] else {
            return nil
        }
        return LabelMoment(kind: .quarter, order: order)
    }

    /// The one period the tokens `range` name for a total: an ordinal and 'kwartaal' or 'halfjaar', else one year.
    private func namedPeriod(in range: Range<Int>) -> StatedPeriod? {
        let parts = range.dropFirst().compactMap { index -> StatedPeriod? in
            guard let order = Self.ordinals[tokens[index - 1].text] else { return nil }
            if tokens[index].isWord("kwartaal") { return .quarter(order) }
            return tokens[index].isWord("halfjaar") && order <= Self.halvesPerYear ? .half(order) : nil
        }
        let years = range.compactMap { tokens[$0].year }
        if parts.count == 1 { return parts[0] }
        return parts.isEmpty && years.count == 1 ? .year(years[0]) : nil
    }

    /// Marks that end the stretch of a total or of one of its parts.
    private static let stretchEnds: Set<String> = [",", ";", ":"]
    /// The ordinals that name a quarter or half of a year, in words and in digits ('2e kwartaal', '1ste halfjaar').
    static let ordinals: [String: Int] = [
        "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "1e": 1, "2e": 2, "3e": 3, "4e": 4, "1ste": 1, "2de": 2,
        "3de": 3, "4de": 4,
    ]
    /// The halves of a year.
    static let halvesPerYear = 2
}

/// A period a total is stated for: a quarter, a half year or a year.
enum StatedPeriod {
    case quarter(Int)
    case half(Int)
    case year(Int)

    /// The quarter or half year a table row's label names, its words `words` (lower case): an ordinal and 'kwartaal'
    /// or 'halfjaar' ('Tweede kwartaal', 'Eerste halfjaar 2024'), or a quarter's mark ('Q2'); nil for any other label.
    init?(label words: [String]) {
        if words.count == 1, let moment = LabelMoment.named(by: words[0]), moment.kind == .quarter {
            self = .quarter(moment.order)
            return
        }
        guard words.count >= 2, let order = ClaimParser.ordinals[words[0]],
            words.dropFirst(2).allSatisfy({ LabelMoment.named(by: $0)?.kind == .year })
        else { return nil }
        if words[1] == "kwartaal" {
            self = .quarter(order)
        } else if words[1] == "halfjaar", order <= ClaimParser.halvesPerYear {
            self = .half(order)
        } else {
            return nil
        }
    }

    /// The moments that bound it in parts of `kind` (a range of two, or the year itself); nil when it holds no
    /// more than one such part.
    func moments(in kind: LabelMoment.Kind) -> [LabelMoment]? {
        let months = PeriodSeries.monthsPerYear / LabelMoment.quarters.count
        let quartersPerHalf = LabelMoment.quarters.count / 2
        switch (self, kind) {
        case (.quarter(let order), .month): return Self.bounds(.month, order, length: months)
        case (.half(let order), .quarter): return Self.bounds(.quarter, order, length: quartersPerHalf)
        case (.half(let order), .month): return Self.bounds(.month, order, length: quartersPerHalf * months)
        case (.year(let year), .quarter), (.year(let year), .month): return [LabelMoment(kind: .year, order: year)]
        default: return nil
        }
    }

    /// The first and last moment of `kind` of the `order`th period of `length` of them ('derde kwartaal', 3: juli and
    /// september).
    private static func bounds(_ kind: LabelMoment.Kind, _ order: Int, length: Int) -> [LabelMoment] {
        [LabelMoment(kind: kind, order: (order - 1) * length + 1), LabelMoment(kind: kind, order: order * length)]
    }
}
