import Foundation

/// Finds the quantitative claims of a text and checks each against a recomputation, from the
/// numbers in its own sentence or from the report's figures. When in doubt a claim is
/// `unverifiable`: a false alarm is worse than a miss.
public struct Verifier {
    let index: FigureIndex
    let vocabulary: Vocabulary
    let names: RegionNames

    public init(report: ComputedReport, vocabulary: Vocabulary, gazetteer: Gazetteer) {
        index = FigureIndex(report: report)
        self.vocabulary = vocabulary
        names = RegionNames(gazetteer: gazetteer, synonyms: vocabulary.regions ?? [:])
    }

    public func verify(_ document: TextDocument) -> [VerifiedClaim] {
        var result: [VerifiedClaim] = []
        for (position, sentence) in document.sentences.enumerated() {
            let earlier = document.sentences[..<position].reversed().prefix(5).filter { $0.heading == sentence.heading }
            let context = SentenceContext(sentence, earlier: Array(earlier), names: names)
            result += ClaimReader(context: context, verifier: self).claims()
        }
        return result
    }
}

/// Reads and checks the claims of one sentence.
struct ClaimReader {
    let context: SentenceContext
    let verifier: Verifier
    var index: FigureIndex { verifier.index }

    static let increase = ["toename", "toenam", "toeneemt", "toe", "stijging", "steeg", "stijgt", "gestegen", "hoger",
                           "groei", "gegroeid", "toegenomen"]
    static let decrease = ["afname", "afnam", "afneemt", "af", "daling", "daalde", "daalt", "gedaald", "lager",
                           "afgenomen"]
    static let rankingWords = ["hoogste", "meeste", "gevolgd", "grootste", "kleinste", "laagste"]

    func claims() -> [VerifiedClaim] {
        var claims: [VerifiedClaim] = []
        let numbers = context.numbers
        for (i, token) in numbers.enumerated() {
            let before = context.text(context.segmentBefore(i).0, context.segmentBefore(i).1).lowercased()
            let beforeWords = context.words(in: context.segmentBefore(i))
            if beforeWords.suffix(3).contains("gemiddeld") {
                claims.append(average(token, i))
            } else if token.isPercent {
                if let direction = direction(for: i) {
                    claims.append(change(token, i, direction: direction))
                } else {
                    claims.append(share(token, i))
                }
            } else if before.hasSuffix("in totaal ") || before.hasSuffix("totaal van ") || before.hasSuffix("naar ") {
                // 'van 200 in 2019 naar 150 in 2023': the end value belongs to the sentence's own change.
                if before.hasSuffix("naar "), sentencePair() != nil { continue }
                claims.append(total(token, i))
            } else if let word = context.words(in: context.segmentAfter(i)).prefix(3).first(where: { $0 == "meer" || $0 == "minder" }) {
                claims.append(difference(token, i, sign: word == "meer" ? 1 : -1))
            } else if beforeWords.last == "met", direction(for: i) != nil {
                claims.append(yearOnYearDifference(token, i))
            } else if before.hasSuffix("(") || before.hasSuffix("( "), let mention = region(before: token.start) {
                claims.append(regionValue(token, i, mention: mention))
            }
        }
        return claims
    }

    // MARK: Claim kinds

    func change(_ token: NumberToken, _ i: Int, direction: Double) -> VerifiedClaim {
        let claimed = direction * token.value
        let entry = measure(for: i)
        // The sentence's own numbers come first: 'van 19.752 in 2019 naar 16.492 in 2023' needs no data.
        if let pair = sentencePair(), ownValues().keys.contains(pair.0), ownValues().keys.contains(pair.1) {
            return changeResult(token, claimed, entry: entry, region: Region.netherlands.code, periods: (String(pair.0), String(pair.1)))
        }
        guard let entry else { return unverifiable(token, .change, "maat niet (eenduidig) in de data", claimed) }
        guard let periods = periodPair(for: i, table: entry.table) else {
            return unverifiable(token, .change, "jaren niet te bepalen", claimed)
        }
        let region = regionCode(for: token, table: entry.table)
        if context.words.contains(where: { $0.text.hasPrefix("aandeel") }), let total = index.partOf[entry.table]?[entry.measure] {
            return shareChange(token, claimed, entry: entry, total: total, region: region, periods: periods)
        }
        let result = changeResult(token, claimed, entry: entry, region: region, periods: periods)
        return ambiguousRegion(result, region: region, table: entry.table) {
            changeResult(token, claimed, entry: entry, region: $0, periods: periods)
        }
    }

    /// With no region in the sentence the claim is about the country; when that disagrees and the
    /// paragraph named regions, the claim may be about one of them: unverifiable, not a false alarm.
    func ambiguousRegion(_ result: VerifiedClaim, region: String, table: String,
                         recheck: (String) -> VerifiedClaim?) -> VerifiedClaim {
        guard result.verdict == .inconsistent, region == Region.netherlands.code, context.regions.isEmpty else { return result }
        let named = context.earlier.filter { $0.paragraph == context.sentence.paragraph }.flatMap { verifier.names.mentions(in: $0.text) }
        // The claim stands against the country unless a region of the paragraph could be meant:
        // one the table does not have, or one whose figures agree with the claim.
        let known = index.regions[table] ?? []
        guard named.contains(where: { !known.contains($0.code) || recheck($0.code)?.verdict == .consistent }) else { return result }
        return VerifiedClaim(line: result.line, quote: result.quote, kind: result.kind, claimed: result.claimed, recomputed: nil,
                             verdict: .unverifiable, reason: "regio niet eenduidig: de alinea noemt \(named[0].name); landelijk: "
                                + result.reason, sources: result.sources)
    }

    /// The two years of 'van N in 2019 naar M in 2023' or 'in 2020 (N) … 2019 (M)', earlier first.
    func sentencePair() -> (Int, Int)? {
        let years = Array(ownValues().keys).sorted()
        return years.count == 2 ? (years[0], years[1]) : nil
    }

    func changeResult(_ token: NumberToken, _ claimed: Double, entry: Vocabulary.Entry?, region: String,
                      periods: (String, String)) -> VerifiedClaim {
        let (earlier, later) = periods
        let own = ownValues(later: Int(later), claim: context.numbers.firstIndex(of: token))
        var sources: [String] = []
        func value(_ period: String) -> (Amount, FigureRecord?)? {
            if let year = Int(period), let stated = own[year] { return (.count(Exact(prose: stated)), nil) }
            guard let entry, let figure = index.count(entry.table, region, entry.measure, period) else { return nil }
            return (figure.amount, figure)
        }
        guard let (from, fromFigure) = value(earlier), let (to, toFigure) = value(later) else {
            return unverifiable(token, .change, "cijfers voor \(earlier) en \(later) staan niet in de data", claimed)
        }
        for (period, amount, figure) in [(earlier, from, fromFigure), (later, to, toFigure)] {
            sources.append(figure.map(describe) ?? "tekst: \(period) = \(amount.double.map(PlainNumber.format) ?? "?")")
        }
        if let problem = doubt([fromFigure, toFigure]) { return unverifiable(token, .change, problem, claimed, sources: sources) }
        let recomputed = Arithmetic.changePercentage(from: from, to: to)
        guard let exact = recomputed.exact else {
            return unverifiable(token, .change, "cijfer ontbreekt in de data (\(recomputed.status.rawValue))", claimed, sources: sources)
        }
        let basis = fromFigure == nil && toFigure == nil ? "uit de getallen in de zin"
            : fromFigure == nil || toFigure == nil ? "uit de zin en de data" : "uit de data"
        if agrees(exact, claimed: claimed, token: token, signed: true) {
            return verdict(token, .change, claimed, exact.double, .consistent,
                           "\(earlier)–\(later) \(basis): \(NumberStyle.dutch.format(recomputed, as: .percentageChange))", sources)
        }
        let explanation = entry.map { diagnosis(token, claimed: claimed, from: from, to: to, entry: $0, region: region, periods: periods) }
            ?? laterBaseDiagnosis(token, claimed: claimed, from: from, to: to, later: later)
        return verdict(token, .change, claimed, exact.double, .inconsistent,
                       "\(earlier)–\(later) \(basis) is \(NumberStyle.dutch.format(recomputed, as: .percentageChange))" + explanation,
                       sources)
    }

    func share(_ token: NumberToken, _ i: Int) -> VerifiedClaim {
        // Several parts together: 'ambulante en klinische plaatsingen samen 66,7%'.
        if context.words.contains(where: { $0.text == "samen" }) {
            let parts = matchedEntries().filter { index.partOf[$0.table]?[$0.measure] != nil }
            if parts.count >= 2, Set(parts.map(\.table)).count == 1,
               let period = periodPair(for: i, table: parts[0].table, single: true)?.1 {
                return groupShare(token, parts: parts, region: regionCode(for: token, table: parts[0].table), period: period)
            }
        }
        guard let entry = measure(for: i) else { return unverifiable(token, .share, "maat niet (eenduidig) in de data") }
        guard let period = periodPair(for: i, table: entry.table, single: true)?.1 else {
            return unverifiable(token, .share, "jaar niet te bepalen")
        }
        let regionCode = regionCode(for: token, table: entry.table)
        if regionCode != Region.netherlands.code {
            // A region's share of the national total.
            guard let part = index.count(entry.table, regionCode, entry.measure, period),
                  let whole = index.count(entry.table, Region.netherlands.code, entry.measure, period) else {
                return unverifiable(token, .share, "cijfer van de regio ontbreekt in de data")
            }
            return compareShare(token, part: part, whole: whole)
        }
        // A category's share of its total: find the part by the count written next to the share.
        let count = nearestCount(to: i)
        let parts = index.partOf[entry.table] ?? [:]
        let candidates = ([entry.measure] + parts.keys.sorted()).filter { parts[$0] != nil }
        let matched = count.flatMap { count in
            candidates.first { index.count(entry.table, regionCode, $0, period)?.amount.double == count.value }
        } ?? (parts[entry.measure] != nil ? entry.measure : nil)
        guard let measure = matched, let total = parts[measure],
              let part = index.count(entry.table, regionCode, measure, period),
              let whole = index.count(entry.table, regionCode, total, period) else {
            return unverifiable(token, .share, "niet te herleiden waarvan dit een aandeel is")
        }
        return compareShare(token, part: part, whole: whole)
    }

    func compareShare(_ token: NumberToken, part: FigureRecord, whole: FigureRecord) -> VerifiedClaim {
        let sources = [describe(part), describe(whole)]
        if let problem = doubt([part, whole]) { return unverifiable(token, .share, problem, token.value, sources: sources) }
        let recomputed = Arithmetic.sharePercentage(part.amount, of: whole.amount)
        guard let exact = recomputed.exact else { return unverifiable(token, .share, "geen aandeel te berekenen", token.value, sources: sources) }
        let shown = NumberStyle.dutch.format(recomputed, as: .percentage)
        if agrees(exact, claimed: token.value, token: token, signed: false) {
            return verdict(token, .share, token.value, exact.double, .consistent, "\(part.measure) van \(whole.measure), \(part.period): \(shown)", sources)
        }
        return verdict(token, .share, token.value, exact.double, .inconsistent,
                       "\(part.measure) van \(whole.measure), \(part.period): \(shown)", sources)
    }

    func total(_ token: NumberToken, _ i: Int) -> VerifiedClaim {
        // 'af met 4,2% naar 1.889': the count the change ends at has the change's measure.
        let endsChange = i > 0 && context.numbers[i - 1].isPercent
            && context.text(context.numbers[i - 1].end, token.start).lowercased().trimmingCharacters(in: .whitespaces).hasPrefix("naar")
        guard let entry = measure(for: endsChange ? i - 1 : i) else {
            return unverifiable(token, .total, "maat niet (eenduidig) in de data", token.value)
        }
        guard let period = periodPair(for: i, table: entry.table, single: true)?.1 else {
            return unverifiable(token, .total, "jaar niet te bepalen", token.value)
        }
        let region = regionCode(for: token, table: entry.table)
        guard let figure = index.count(entry.table, region, entry.measure, period) else {
            return unverifiable(token, .total, "cijfer ontbreekt in de data", token.value)
        }
        return ambiguousRegion(compareCount(token, .total, figure: figure), region: region, table: entry.table) { code in
            index.count(entry.table, code, entry.measure, period).map { compareCount(token, .total, figure: $0) }
        }
    }

    func regionValue(_ token: NumberToken, _ i: Int, mention: SentenceContext.RegionMention) -> VerifiedClaim {
        let ranking = context.words.contains { word in Self.rankingWords.contains(word.text) }
        let kind: ClaimKind = ranking ? .rank : .total
        guard let entry = measure(for: i) else { return unverifiable(token, kind, "maat niet (eenduidig) in de data", token.value) }
        guard let period = periodPair(for: i, table: entry.table, single: true)?.1 else {
            return unverifiable(token, kind, "jaar niet te bepalen", token.value)
        }
        guard let figure = index.count(entry.table, mention.code, entry.measure, period) else {
            return unverifiable(token, kind, "\(mention.name) staat niet in de data", token.value)
        }
        var result = compareCount(token, kind, figure: figure)
        if result.verdict == .consistent, ranking, let position = listPosition(of: mention) {
            let ranks = ranked(entry.table, entry.measure, period)
            let rank = ranks.first { $0.region.code == mention.code }.map { _ in
                1 + ranks.filter { ($0.amount.double ?? 0) > (figure.amount.double ?? 0) }.count
            }
            if let rank, rank != position {
                let holder = ranks.dropFirst(position - 1).first.map { "\($0.region.name) (\(NumberStyle.dutch.count($0.amount.double ?? 0)))" } ?? "?"
                result = verdict(token, kind, token.value, result.recomputed, .inconsistent,
                                 "\(mention.name) staat op plaats \(rank), niet \(position); plaats \(position) is \(holder)", result.sources)
            } else if rank != nil {
                result = verdict(token, kind, token.value, result.recomputed, .consistent,
                                 result.reason + "; plaats \(position) klopt", result.sources)
            }
        }
        return result
    }

    func compareCount(_ token: NumberToken, _ kind: ClaimKind, figure: FigureRecord) -> VerifiedClaim {
        let sources = [describe(figure)]
        if let problem = doubt([figure], itself: true) { return unverifiable(token, kind, problem, token.value, sources: sources) }
        guard let value = figure.amount.double else {
            return unverifiable(token, kind, "cijfer in de data: \(figure.amount.status.rawValue)", token.value, sources: sources)
        }
        if value == token.value {
            return verdict(token, kind, token.value, value, .consistent, "\(figure.region.name) \(figure.period): \(NumberStyle.dutch.count(value))", sources)
        }
        var reason = "\(figure.region.name) \(figure.period) is \(NumberStyle.dutch.count(value)) in de data"
        if let other = index.all(figure.table, figure.measure, figure.period).first(where: { $0.amount.double == token.value }) {
            reason += "; \(NumberStyle.dutch.count(token.value)) is het cijfer van \(other.region.name)"
        }
        return verdict(token, kind, token.value, value, .inconsistent, reason, sources)
    }

    func difference(_ token: NumberToken, _ i: Int, sign: Double) -> VerifiedClaim {
        let claimed = sign * token.value
        let named = matchedEntries()
        let entries = named.filter { $0.table == named.first?.table }
        guard entries.count == 2 else { return unverifiable(token, .difference, "niet te bepalen tussen welke maten het verschil is", claimed) }
        let table = entries[0].table
        guard let period = periodPair(for: i, table: table, single: true)?.1 else {
            return unverifiable(token, .difference, "jaar niet te bepalen", claimed)
        }
        let region = regionCode(for: token, table: table)
        guard let first = index.count(table, region, entries[0].measure, period),
              let second = index.count(table, region, entries[1].measure, period) else {
            return unverifiable(token, .difference, "cijfers ontbreken in de data", claimed)
        }
        let sources = [describe(first), describe(second)]
        if let problem = doubt([first, second]) { return unverifiable(token, .difference, problem, claimed, sources: sources) }
        let recomputed = Arithmetic.change(from: second.amount, to: first.amount)
        guard let value = recomputed.double else { return unverifiable(token, .difference, "cijfer ontbreekt", claimed, sources: sources) }
        let what = "\(first.measure) − \(second.measure), \(first.region.name) \(period): \(NumberStyle.dutch.format(recomputed, as: .change))"
        return verdict(token, .difference, claimed, value, value == claimed ? .consistent : .inconsistent, what, sources)
    }

    func yearOnYearDifference(_ token: NumberToken, _ i: Int) -> VerifiedClaim {
        let claimed = (direction(for: i) ?? 1) * token.value
        guard let entry = measure(for: i), let (earlier, later) = periodPair(for: i, table: entry.table) else {
            return unverifiable(token, .difference, "maat of jaren niet te bepalen", claimed)
        }
        let region = regionCode(for: token, table: entry.table)
        guard let from = index.count(entry.table, region, entry.measure, earlier),
              let to = index.count(entry.table, region, entry.measure, later) else {
            return unverifiable(token, .difference, "cijfers ontbreken in de data", claimed)
        }
        let sources = [describe(from), describe(to)]
        if let problem = doubt([from, to]) { return unverifiable(token, .difference, problem, claimed, sources: sources) }
        guard let value = Arithmetic.change(from: from.amount, to: to.amount).double else {
            return unverifiable(token, .difference, "cijfer ontbreekt", claimed, sources: sources)
        }
        return verdict(token, .difference, claimed, value, value == claimed ? .consistent : .inconsistent,
                       "\(earlier)–\(later): \(NumberStyle.dutch.format(.count(Exact(prose: value)), as: .change))",
                       sources)
    }

    /// A change of a share ('het aandeel ambulant daalde met 3,1%'): the relative change of the share,
    /// with the diagnosis 'percentage points taken for percent' when the difference in points fits.
    func shareChange(_ token: NumberToken, _ claimed: Double, entry: Vocabulary.Entry, total: String, region: String,
                     periods: (String, String)) -> VerifiedClaim {
        let figures = [periods.0, periods.1].map { period in
            (index.count(entry.table, region, entry.measure, period), index.count(entry.table, region, total, period))
        }
        guard let first = figures.first, let last = figures.last, let a = first.0, let b = first.1, let c = last.0, let d = last.1 else {
            return unverifiable(token, .change, "cijfers voor het aandeel ontbreken", claimed)
        }
        let sources = [a, b, c, d].map(describe)
        if let problem = doubt([a, b, c, d]) { return unverifiable(token, .change, problem, claimed, sources: sources) }
        let before = Arithmetic.sharePercentage(a.amount, of: b.amount), after = Arithmetic.sharePercentage(c.amount, of: d.amount)
        let relative = Arithmetic.changePercentage(from: before, to: after)
        guard let exact = relative.exact else { return unverifiable(token, .change, "geen aandeel te berekenen", claimed, sources: sources) }
        let what = "aandeel \(entry.measure) \(periods.0)–\(periods.1): \(NumberStyle.dutch.format(before, as: .percentage)) → "
            + "\(NumberStyle.dutch.format(after, as: .percentage)), \(NumberStyle.dutch.format(relative, as: .percentageChange))"
        if agrees(exact, claimed: claimed, token: token, signed: true) {
            return verdict(token, .change, claimed, exact.double, .consistent, what, sources)
        }
        var reason = what
        if let points = Arithmetic.change(from: before, to: after).exact, agrees(points, claimed: claimed, token: token, signed: true) {
            reason += "; diagnose: procentpunten voor procenten aangezien (het verschil is \(NumberStyle.dutch.number(points, decimals: 1)) procentpunt)"
        }
        return verdict(token, .change, claimed, exact.double, .inconsistent, reason, sources)
    }

    /// The share of several parts together ('ambulant en klinisch samen 66,6%'), with the diagnosis
    /// 'sum of rounded parts' when the claim is the sum of the parts' shares each rounded first.
    func groupShare(_ token: NumberToken, parts: [Vocabulary.Entry], region: String, period: String) -> VerifiedClaim {
        let table = parts[0].table
        let totals = Set(parts.compactMap { index.partOf[table]?[$0.measure] })
        guard totals.count == 1, let totalMeasure = totals.first,
              let whole = index.count(table, region, totalMeasure, period) else {
            return unverifiable(token, .share, "de delen horen niet bij één totaal")
        }
        let figures = parts.compactMap { index.count(table, region, $0.measure, period) }
        guard figures.count == parts.count else { return unverifiable(token, .share, "cijfers van de delen ontbreken") }
        let sources = (figures + [whole]).map(describe)
        if let problem = doubt(figures + [whole]) { return unverifiable(token, .share, problem, token.value, sources: sources) }
        let together = Arithmetic.sharePercentage(Arithmetic.sum(figures.map(\.amount)), of: whole.amount)
        guard let exact = together.exact else { return unverifiable(token, .share, "geen aandeel te berekenen", sources: sources) }
        let what = "\(parts.map(\.measure).joined(separator: " + ")) van \(totalMeasure), \(period): \(NumberStyle.dutch.format(together, as: .percentage))"
        if agrees(exact, claimed: token.value, token: token, signed: false) {
            return verdict(token, .share, token.value, exact.double, .consistent, what, sources)
        }
        let scale = pow(10, Double(token.decimals))
        let roundedParts = figures.compactMap { Arithmetic.sharePercentage($0.amount, of: whole.amount).exact?.scaledRounded(decimals: token.decimals) }
        var reason = what
        if Double(roundedParts.reduce(0, +)) / scale == token.value {
            reason += "; diagnose: som van afgeronde delen (\(roundedParts.map { NumberStyle.dutch.number(Exact(Double($0), over: scale), decimals: token.decimals) }.joined(separator: " + ")))"
        }
        return verdict(token, .share, token.value, exact.double, .inconsistent, reason, sources)
    }

    /// An average over the years of the table (or of 'de periode 2019 - 2023'): of counts, or of a
    /// category's shares, where both the mean of the yearly shares and the pooled share are accepted.
    func average(_ token: NumberToken, _ i: Int) -> VerifiedClaim {
        guard let entry = measure(for: i) else { return unverifiable(token, .average, "maat niet (eenduidig) in de data") }
        var periods = index.periods[entry.table] ?? []
        if let span = Self.spannedYears(in: context) {
            periods = periods.filter { Int($0).map { (span.0...span.1).contains($0) } ?? false }
        }
        let region = regionCode(for: token, table: entry.table)
        let total = token.isPercent ? index.partOf[entry.table]?[entry.measure] : nil
        if token.isPercent && total == nil { return unverifiable(token, .average, "geen aandeel: de maat is geen deel van een totaal") }
        var parts: [FigureRecord] = [], wholes: [FigureRecord] = []
        for period in periods {
            guard let part = index.count(entry.table, region, entry.measure, period) else {
                return unverifiable(token, .average, "cijfer voor \(period) ontbreekt in de data")
            }
            parts.append(part)
            if let total {
                guard let whole = index.count(entry.table, region, total, period) else {
                    return unverifiable(token, .average, "totaal voor \(period) ontbreekt in de data")
                }
                wholes.append(whole)
            }
        }
        guard periods.count >= 2 else { return unverifiable(token, .average, "minder dan twee perioden in de data") }
        let sources = (parts + wholes).map(describe)
        if let problem = doubt(parts + wholes) { return unverifiable(token, .average, problem, token.value, sources: sources) }
        let span = "\(periods.first!)–\(periods.last!)"
        let values: [Amount] = total == nil ? parts.map(\.amount) : zip(parts, wholes).map { Arithmetic.sharePercentage($0.amount, of: $1.amount) }
        let mean = Arithmetic.ratio(Arithmetic.sum(values), to: .count(Exact(values.count)), per: 1)
        let pooled = total == nil ? Amount.missing
            : Arithmetic.sharePercentage(Arithmetic.sum(parts.map(\.amount)), of: Arithmetic.sum(wholes.map(\.amount)))
        let format: CellFormat = token.isPercent ? .percentage : .count
        guard let meanExact = mean.exact else { return unverifiable(token, .average, "cijfers ontbreken in de data", sources: sources) }
        var reason = "gemiddelde \(span): \(NumberStyle.dutch.format(mean, as: format))"
        if let pooledExact = pooled.exact {
            reason += " (samengeteld: \(NumberStyle.dutch.format(pooled, as: .percentage)))"
            if agrees(pooledExact, claimed: token.value, token: token, signed: false) {
                return verdict(token, .average, token.value, pooledExact.double, .consistent, reason, sources)
            }
        }
        let fits = agrees(meanExact, claimed: token.value, token: token, signed: false)
        return verdict(token, .average, token.value, meanExact.double, fits ? .consistent : .inconsistent, reason, sources)
    }
}
