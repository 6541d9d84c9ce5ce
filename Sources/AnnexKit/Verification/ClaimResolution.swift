import Foundation
import BigInt

extension ClaimReader {
    // MARK: Results

    func verdict(_ token: NumberToken, _ kind: ClaimKind, _ claimed: Double, _ recomputed: Double?, _ verdict: Verdict,
                 _ reason: String, _ sources: [String]) -> VerifiedClaim {
        VerifiedClaim(line: context.sentence.line(at: token.start), quote: context.sentence.text, kind: kind, claimed: claimed,
                      recomputed: recomputed, verdict: verdict, reason: reason, sources: sources)
    }

    func unverifiable(_ token: NumberToken, _ kind: ClaimKind, _ reason: String, _ claimed: Double? = nil,
                      sources: [String] = []) -> VerifiedClaim {
        verdict(token, kind, claimed ?? token.value, nil, .unverifiable, reason, sources)
    }

    func describe(_ figure: FigureRecord) -> String {
        "\(figure.table)/\(figure.region.code)/\(figure.measure)/\(figure.period) = "
            + (figure.amount.double.map(PlainNumber.format) ?? figure.amount.status.rawValue)
    }

    /// Why figures cannot settle a claim: estimated, corrected on the evidence of this very text, or
    /// (for a claimed count, `itself`) transcribed from it.
    func doubt(_ figures: [FigureRecord?], itself: Bool = false) -> String? {
        let lines = Set(context.sentence.lines)
        for figure in figures.compactMap({ $0 }) {
            if itself, !figure.source.contains("gecorrigeerd:"), let line = Self.cited(figure.source), lines.contains(line) {
                return "het cijfer in de data komt uit deze zin zelf"
            }
            if figure.source.contains("gecorrigeerd:"), lines.contains(where: { figure.source.contains("r. \($0))") || figure.source.contains("r. \($0),") }) {
                return "het cijfer in de data is met deze zin als bewijs gecorrigeerd"
            }
            if figure.amount.status == .estimated { return "alleen geschatte cijfers (afgeleid uit gepubliceerde aandelen)" }
        }
        return nil
    }

    /// The seed line a figure's source cites ('…, r. 251').
    static func cited(_ source: String) -> Int? {
        guard let range = source.range(of: "r. ", options: .backwards) else { return nil }
        return Int(source[range.upperBound...].prefix(while: \.isNumber))
    }

    // MARK: Words

    /// +1 for an increase word, −1 for a decrease word nearest the number: first before it (back to
    /// the previous number), then after it (up to the next number), then anywhere in the sentence.
    func direction(for i: Int) -> Double? {
        func find(_ words: [String]) -> Double? {
            for word in words {
                if Self.increase.contains(word) { return 1 }
                if Self.decrease.contains(word) { return -1 }
            }
            return nil
        }
        let token = context.numbers[i]
        if let found = find(context.words.filter { $0.offset < token.start }.reversed().map(\.text)) { return found }
        return find(context.words.filter { $0.offset >= token.end }.map(\.text))
    }

    /// How strongly each scope binds a word to the number.
    private func scopes(for i: Int) -> [(words: [String], weight: Double)] {
        var result: [(words: [String], weight: Double)] = []
        if let parenthesis = context.parenthesisAfter(i) { result.append((context.words(in: parenthesis), 4)) }
        result.append((context.words(in: context.segmentBefore(i)), 3))
        result.append((context.words(in: context.segmentAfter(i)), 2))
        result.append((context.words.map(\.text), 1))
        for (distance, sentence) in context.earlier.enumerated() {
            result.append((SentenceContext.words(sentence.text).map(\.text), 0.5 / Double(distance + 1)))
        }
        return result
    }

    /// Where `phrase` ('begin detentie') first occurs in `words`, each phrase word a prefix of a written word.
    static func position(of phrase: String, in words: [String]) -> Int? {
        let parts = phrase.lowercased().split(separator: " ").map(String.init)
        guard !parts.isEmpty, words.count >= parts.count else { return nil }
        return (0...(words.count - parts.count)).first { start in
            parts.enumerated().allSatisfy { words[start + $0.offset].hasPrefix($0.element) }
        }
    }

    /// Whether `phrase` occurs in `words` (see `position(of:in:)`).
    static func contains(_ words: [String], phrase: String) -> Bool { position(of: phrase, in: words) != nil }

    /// Entries that apply to this sentence at all: not ruled out, and naming the regions it mentions.
    ///
    /// When the sentence names the topic of some entry (its first word, 'meldingen', 'instroom'), only
    /// entries whose topic it names apply; the topic is inherited from earlier sentences only when
    /// the sentence names none. Words that rule an entry out count in the sentence, the earlier
    /// sentences of its paragraph and its heading.
    func candidates() -> [Vocabulary.Entry] {
        let paragraph = context.earlier.filter { $0.paragraph == context.sentence.paragraph }
        let excluded = ([context.sentence.heading, context.sentence.text] + paragraph.map(\.text))
            .flatMap { SentenceContext.words($0).map(\.text) }
        let mentioned = Set(context.regions.map(\.code))
        let sentence = context.words.map(\.text)
        let topical = verifier.vocabulary.measures.contains { Self.contains(sentence, phrase: $0.words[0]) }
        return verifier.vocabulary.measures.filter { entry in
            !(entry.unless ?? []).contains { Self.contains(excluded, phrase: $0) }
                && (!topical || Self.contains(sentence, phrase: entry.words[0]))
                && (mentioned.isEmpty || mentioned.contains { index.regions[entry.table]?.contains($0) == true })
        }
    }

    /// The measure the number is about: the vocabulary entry whose words stand nearest, on average.
    /// With 'respectievelijk', the n-th percentage goes with the n-th measure named. Nil when no
    /// entry matches or two different measures match equally well.
    func measure(for i: Int) -> Vocabulary.Entry? {
        let scopes = scopes(for: i)
        if context.words.contains(where: { $0.text == "respectievelijk" }) {
            let percentages = context.numbers.enumerated().filter { $0.element.isPercent }.map(\.offset)
            let named = matchedEntries()
            if named.count == percentages.count, let position = percentages.firstIndex(of: i) { return named[position] }
        }
        var best: (entry: Vocabulary.Entry, score: Double)?
        var tied = false
        for entry in candidates() {
            var total = 0.0
            var complete = true
            for word in entry.words {
                guard let weight = scopes.filter({ Self.contains($0.words, phrase: word) }).map(\.weight).max() else {
                    complete = false
                    break
                }
                total += weight
            }
            guard complete else { continue }
            let score = total / Double(entry.words.count)
            guard let current = best else { best = (entry, score); continue }
            let same = (entry.table, entry.measure) == (current.entry.table, current.entry.measure)
            if score > current.score + 1e-9 || (abs(score - current.score) < 1e-9 && entry.words.count > current.entry.words.count) {
                best = (entry, score)
                tied = false
            } else if abs(score - current.score) < 1e-9 && entry.words.count == current.entry.words.count && !same {
                // Equal evidence: the measure named first is the subject ('het aantal unieke personen waarvoor
                // een plaatsingsverzoek …'); without a first mention in the sentence it stays a tie.
                switch (firstMention(entry), firstMention(current.entry)) {
                case let (a?, b?) where a < b: best = (entry, score); tied = false
                case let (a?, b?) where a > b: break
                default: tied = true
                }
            }
        }
        return tied ? nil : best?.entry
    }

    /// Character offset in the sentence where `phrase` first occurs.
    func offset(of phrase: String) -> Int? {
        Self.position(of: phrase, in: context.words.map(\.text)).map { context.words[$0].offset }
    }

    /// Offset of the first word of the entry's topic in the sentence.
    func firstMention(_ entry: Vocabulary.Entry) -> Int? { offset(of: entry.words[0]) }

    /// Distinct measures named in the sentence, in the order they are named.
    ///
    /// An entry counts when its topic is in the sentence and its other words are in the sentence or
    /// the earlier sentences; an entry whose words a more specific match contains is dropped
    /// ('verzoeken' beside 'verzoeken, ambulant'). Measures are ordered by where their most
    /// distinctive word stands in the sentence.
    func matchedEntries() -> [Vocabulary.Entry] {
        let context = self.context.earlier.flatMap { SentenceContext.words($0.text).map(\.text) } + self.context.words.map(\.text)
        var found: [(entry: Vocabulary.Entry, position: Int)] = []
        for entry in candidates() {
            guard let topic = firstMention(entry), entry.words.dropFirst().allSatisfy({ Self.contains(context, phrase: $0) }),
                  !found.contains(where: { $0.entry.table == entry.table && $0.entry.measure == entry.measure }) else { continue }
            let positions = entry.words.map { offset(of: $0) ?? topic }
            found.append((entry, positions.max() ?? topic))
        }
        let specific = found.filter { candidate in
            !found.contains { other in
                other.entry.table == candidate.entry.table && other.entry.words.count > candidate.entry.words.count
                    && candidate.entry.words.allSatisfy(other.entry.words.contains)
            }
        }
        return specific.sorted { $0.position < $1.position }.map(\.entry)
    }

    // MARK: Regions

    /// The region mention nearest before `offset`, passing over 'na Rotterdam' (after Rotterdam).
    func region(before offset: Int) -> SentenceContext.RegionMention? {
        context.regions.last { $0.offset < offset && !context.text(max(0, $0.offset - 3), $0.offset).lowercased().hasSuffix("na ") }
    }

    /// The region a number is about: the mention nearest before it (else the first in the sentence)
    /// when the table has that region; otherwise the country.
    func regionCode(for token: NumberToken, table: String) -> String {
        let known = index.regions[table] ?? []
        if let mention = context.regions.last(where: { $0.offset < token.start && known.contains($0.code) })
            ?? context.regions.first(where: { known.contains($0.code) }) {
            return mention.code
        }
        return Region.netherlands.code
    }

    /// Position of a region in a ranking list ('A (n), gevolgd door B (n) en C (n)': 1, 2, 3;
    /// 'Na A volgde B (n) en C (n)': 2, 3). Nil where the sentence does not set out a list.
    func listPosition(of mention: SentenceContext.RegionMention) -> Int? {
        let lower = context.sentence.text.lowercased()
        // Regions that carry a value: the nearest region before each '(number'.
        let carriers = context.numbers.compactMap { number -> SentenceContext.RegionMention? in
            guard context.text(max(0, number.start - 2), number.start).contains("(") else { return nil }
            return region(before: number.start)
        }
        guard let index = carriers.firstIndex(where: { $0.offset == mention.offset }) else { return nil }
        if lower.hasPrefix("na "), context.regions.first.map({ !carriers.map(\.offset).contains($0.offset) }) == true {
            return index + 2  // 'Na Amsterdam volgde Den Haag (815) en Utrecht (690)'
        }
        if let range = lower.range(of: "gevolgd door") {
            let split = lower.distance(from: lower.startIndex, to: range.lowerBound)
            guard carriers.first.map({ $0.offset < split }) == true else { return nil }  // who is first is not said
            return index + 1
        }
        let immediate = carriers.filter { region in
            context.numbers.contains { $0.start > region.offset && context.text(region.end, $0.start).trimmingCharacters(in: .whitespaces) == "(" }
        }
        if (lower.contains("de meeste") || lower.contains("de hoogste")) && immediate.count >= 2 && immediate.count == carriers.count {
            return index + 1  // 'Rotterdam (1.723), Amsterdam (1.500) en 's-Gravenhage (1.136) ontvingen de meeste'
        }
        return nil
    }

    func ranked(_ table: String, _ measure: String, _ period: String) -> [FigureRecord] {
        index.all(table, measure, period).filter { $0.amount.status == .ok }
            .sorted { ($0.amount.double ?? 0) > ($1.amount.double ?? 0) }
    }

    // MARK: Years and values

    /// The base year of 'ten opzichte van 2019', 'dan in 2019', 'vergeleken met 2019'.
    private static func baseYear(in sentence: SentenceContext) -> Int? {
        let lower = sentence.sentence.text.lowercased()
        for marker in ["ten opzichte van ", "t.o.v. ", "dan in ", "vergeleken met ", "in vergelijking met "] {
            var search = lower.startIndex
            while let range = lower.range(of: marker, range: search..<lower.endIndex) {
                let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
                if let year = sentence.years.first(where: { $0.offset >= offset && $0.offset <= offset + 4 }) { return year.year }
                search = range.upperBound
            }
        }
        return nil
    }

    /// The base year that belongs to the number's own clause: a marker after the number before any
    /// other year, or one before it with no other year in between; the sentence's marker when the
    /// sentence has one number.
    func localBaseYear(for i: Int) -> Int? {
        guard let base = Self.baseYear(in: context) else { return nil }
        if context.numbers.count == 1 { return base }
        let token = context.numbers[i]
        let lower = context.sentence.text.lowercased()
        let markers = ["ten opzichte van ", "t.o.v. ", "dan in ", "vergeleken met ", "in vergelijking met "]
        for marker in markers {
            var search = lower.startIndex
            while let range = lower.range(of: marker, range: search..<lower.endIndex) {
                let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
                let yearsBetween = context.years.filter { $0.offset > min(offset, token.end) && $0.offset < max(offset, token.start) }
                if offset > token.end && yearsBetween.isEmpty { return base }
                if offset < token.start && offset >= context.segmentBefore(i).0
                    && context.years.filter({ $0.offset > offset + marker.count + 4 && $0.offset < token.start }).isEmpty { return base }
                search = range.upperBound
            }
        }
        return nil
    }

    /// 'periode 2021 - 2022', '2019 tot en met 2022': an explicit pair of years.
    static func spannedYears(in sentence: SentenceContext) -> (Int, Int)? {
        for (first, second) in zip(sentence.years, sentence.years.dropFirst()) {
            let between = sentence.text(first.offset + 4, second.offset).trimmingCharacters(in: .whitespaces)
            if ["-", "–", "tot en met", "t/m"].contains(between) { return (first.year, second.year) }
        }
        return nil
    }

    /// The periods a number compares: (earlier, later). With `single`, only the later matters.
    func periodPair(for i: Int, table: String, single: Bool = false) -> (String, String)? {
        let periods = index.periods[table] ?? []
        func pair(later: Int?, base: Int?) -> (String, String)? {
            if let later, let base { return (String(base), String(later)) }
            guard let later else { return nil }
            if single { return ("", String(later)) }
            if let previous = index.previous(table, String(later)) { return (previous, String(later)) }
            if let next = index.next(table, String(later)) { return (String(later), next) }
            return nil
        }
        if !single, let span = Self.spannedYears(in: context) { return (String(span.0), String(span.1)) }
        let token = context.numbers[i]
        let (beforeStart, _) = context.segmentBefore(i)
        let (_, afterEnd) = context.segmentAfter(i)
        let base = localBaseYear(for: i)
        let candidates = context.years.filter { $0.year != base || single && context.years.count == 1 }
        let following = context.text(token.end, min(token.end + 8, context.characters.count)).lowercased()
        let later = (following.hasPrefix(" in ") ? candidates.first(where: { $0.offset == token.end + 4 })?.year : nil)
            ?? candidates.last(where: { $0.offset >= beforeStart && $0.offset < token.start })?.year
            ?? candidates.last(where: { $0.offset < token.start })?.year
            ?? candidates.first(where: { $0.offset > token.end && $0.offset < afterEnd })?.year
            ?? candidates.first(where: { $0.offset > token.end })?.year
        if later != nil || base != nil { return pair(later: later, base: single ? nil : base) ?? pair(later: later, base: nil) }
        // No year in the sentence: the nearest earlier sentence with years, else a table of two periods.
        for sentence in context.earlier {
            let earlier = SentenceContext(sentence, earlier: [], names: nil)  // only its years are read
            if !single, let span = Self.spannedYears(in: earlier) { return (String(span.0), String(span.1)) }
            if let last = earlier.years.last?.year {
                let earlierBase = Self.baseYear(in: earlier)
                let laterYear = earlier.years.last(where: { $0.year != earlierBase })?.year ?? last
                return pair(later: laterYear, base: single ? nil : earlierBase)
            }
        }
        return periods.count == 2 ? (periods[0], periods[1]) : nil
    }

    /// Counts the sentence gives for years: 'in 2020 (21.735)', 'van 19.752 in 2019 naar 16.492 in 2023'.
    func ownValues(later: Int? = nil, claim: Int? = nil) -> [Int: Double] {
        var values: [Int: Double] = [:]
        for number in context.numbers where !number.isPercent {
            let before = context.text(max(0, number.start - 8), number.start)
            if before.hasSuffix(" ("), let year = context.years.last(where: { $0.offset + 4 <= number.start && number.start - $0.offset <= 7 }) {
                values[year.year] = number.value
            }
            // 'met 4,2% naar (een totaal van) 1.889': the value the claim's change ends at.
            let lead = context.text(max(0, number.start - 20), number.start).lowercased()
            if let later, let claim, claim + 1 < context.numbers.count, context.numbers[claim + 1] == number,
               lead.hasSuffix("naar ") || lead.hasSuffix("naar een totaal van ") {
                values[later] = values[later] ?? number.value
            }
            if let year = context.years.first(where: { $0.offset > number.end && $0.offset - number.end <= 25 }),
               context.text(number.end, year.offset).lowercased().contains(" in "),
               ["van ", "naar "].contains(where: { context.text(max(0, number.start - 5), number.start).lowercased().hasSuffix($0) })
                || context.text(number.end, year.offset).split(separator: " ").count <= 4 && before.lowercased().contains("van ") {
                values[year.year] = values[year.year] ?? number.value
            }
        }
        return values
    }

    /// The count written next to a percentage in the same clause: the number before it, or in the
    /// parenthesis after it.
    func nearestCount(to i: Int) -> NumberToken? {
        if i > 0, !context.numbers[i - 1].isPercent {
            let between = context.text(context.numbers[i - 1].end, context.numbers[i].start)
            if ![",", ";", ")", " en "].contains(where: between.contains) { return context.numbers[i - 1] }
        }
        if i + 1 < context.numbers.count, !context.numbers[i + 1].isPercent, let parenthesis = context.parenthesisAfter(i),
           context.numbers[i + 1].start < parenthesis.1 {
            return context.numbers[i + 1]
        }
        if let parenthesis = context.parenthesisAfter(i) {
            return context.numbers.first { !$0.isPercent && $0.start >= parenthesis.0 && $0.end <= parenthesis.1 }
        }
        // '12,8% van de verzoeken om een klinische plaatsing (2.541 plaatsingsverzoeken)'
        if i + 1 < context.numbers.count, !context.numbers[i + 1].isPercent {
            let between = context.text(context.numbers[i].end, context.numbers[i + 1].start)
            if between.hasSuffix("("), ![",", ";", ")", " en "].contains(where: between.contains) { return context.numbers[i + 1] }
        }
        return nil
    }

    // MARK: Comparison

    /// Whether the exact recomputation, rounded as the claim is written, equals the claim; 'ruim',
    /// 'bijna', 'circa' widen the tolerance to one unit of the last written digit.
    func agrees(_ exact: Exact, claimed: Double, token: NumberToken, signed: Bool) -> Bool {
        let scaled = exact.scaledRounded(decimals: token.decimals)
        let stated = Int64((abs(claimed) * pow(10, Double(token.decimals))).rounded())
        if signed && scaled != 0 && (scaled > 0) != (claimed > 0) { return false }
        let hedge = context.words(in: (max(0, token.start - 12), token.start)).last
        let unit = pow(10, -Double(token.decimals))
        let value = abs(exact.double)
        switch hedge {
        case "ruim": return value >= abs(claimed) && value < abs(claimed) + unit
        case "bijna": return value <= abs(claimed) && value > abs(claimed) - unit
        case "circa", "ongeveer", "rond", "zo'n", "ca": return abs(value - abs(claimed)) <= unit
        default: return abs(scaled) == BigInt(stated)
        }
    }

    /// A known mistake that explains an inconsistent percentage change, as text after the reason.
    func diagnosis(_ token: NumberToken, claimed: Double, from: Amount, to: Amount, entry: Vocabulary.Entry,
                   region: String, periods: (String, String)) -> String {
        func rounds(_ amount: Amount, signed: Bool) -> Bool {
            amount.exact.map { agrees($0, claimed: claimed, token: token, signed: signed) } ?? false
        }
        if rounds(Arithmetic.changePercentage(from: to, to: from), signed: false) {
            return "; diagnose: berekend ten opzichte van het latere jaar (\(periods.1)) in plaats van het eerdere"
        }
        if rounds(Arithmetic.changePercentage(from: from, to: to), signed: false) {
            return "; diagnose: verkeerd richtingwoord (het is een \(claimed > 0 ? "afname" : "toename"))"
        }
        let list = index.periods[entry.table] ?? []
        for (a, earlier) in list.enumerated() {
            for later in list[(a + 1)...] where (earlier, later) != periods {
                guard let x = index.count(entry.table, region, entry.measure, earlier), let y = index.count(entry.table, region, entry.measure, later) else { continue }
                if rounds(Arithmetic.changePercentage(from: x.amount, to: y.amount), signed: true) {
                    return "; diagnose: dat is de verandering \(earlier)–\(later), een ander jarenpaar"
                }
            }
        }
        return ""
    }
}

extension ClaimReader {
    /// The diagnosis 'computed against the later year' when only the sentence's numbers are known.
    func laterBaseDiagnosis(_ token: NumberToken, claimed: Double, from: Amount, to: Amount, later: String) -> String {
        guard let exact = Arithmetic.changePercentage(from: to, to: from).exact,
              agrees(exact, claimed: claimed, token: token, signed: false) else { return "" }
        return "; diagnose: berekend ten opzichte van het latere jaar (\(later)) in plaats van het eerdere"
    }
}
