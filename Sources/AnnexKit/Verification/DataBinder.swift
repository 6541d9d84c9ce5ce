/// A measure of the report's data.
struct MeasureBinding: Sendable, Hashable {
    let table: String
    let measure: String

    var id: String { "\(table)/\(measure)" }
}

/// A number of a sentence tied to a measure and a region of the data.
struct Binding: Sendable {
    let measure: MeasureBinding
    let region: String
    let regionName: String
    /// What would make an alarm on this binding uncertain: the region or scope was not said in the
    /// sentence while the paragraph names another.
    var doubts: [Doubt]
}

/// Ties a number to a measure and region of the report only from what its own sentence says: the
/// vocabulary's words in the number's own phrase, clause or sentence (never in earlier sentences),
/// or an explicit reference ('dit aantal', 'deze') to the clause or sentence before. A table whose
/// scope the sentence contradicts (another source, sector or population; a region it lacks) is out.
/// When the sentence names only the topic of several measures ('instroom'), the other figures of
/// the sentence may decide: the one measure whose figures match them exactly. Otherwise nothing is
/// bound: a claim is then unverifiable, never wrong.
struct DataBinder {
    let index: FigureIndex
    let vocabulary: Vocabulary
    let analysis: SentenceAnalysis
    let discourse: Discourse
    /// The numbers of the text on the lines the figures come from.
    let source: SourceText
    /// Bindings of earlier clauses of this sentence, by clause, for 'deze'.
    var clauseBindings: [Int: Binding] = [:] {
        didSet { memo.bindings = [:] }
    }
    /// What the binder has worked out for this sentence, shared by its copies.
    private let memo = Memo()

    private final class Memo {
        var bindings: [Int: Result<Binding, BindingFailure>] = [:]
        var evidence: [Evidence]?
    }

    /// A count of the sentence that may show which table it is about: its region, year and value.
    private struct Evidence {
        let site: Int
        let region: String
        let period: Int
        let value: Exact
    }

    /// Per vocabulary entry, per word, where it occurs in the sentence.
    private let occurrences: [[[Range<Int>]]]
    /// Per dimension and scope value, where its words occur.
    private let scopeOccurrences: [ScopeDimension: [String: [Range<Int>]]]
    /// The parentheses right after numbers ('9,2% (\'ondersteuning thuis\')'), by number.
    private let numberParentheses: [Int: Range<Int>]

    /// Fewest digits a figure must have to tell its table from others ('1.723' does; '12' does not).
    static let minimumEvidenceDigits = 3

    init(
        index: FigureIndex, vocabulary: Vocabulary, analysis: SentenceAnalysis, discourse: Discourse, source: SourceText
    ) {
        (self.index, self.vocabulary, self.analysis, self.discourse, self.source) = (
            index, vocabulary, analysis, discourse, source
        )
        let words = WordIndex(analysis.tokens)
        occurrences = vocabulary.measures.map { entry in entry.parts.map { words.occurrences(of: $0) } }
        numberParentheses = Dictionary(
            uniqueKeysWithValues: analysis.numberIndices.compactMap { number in
                analysis.parenthesis(after: number).map { (number, $0) }
            })
        scopeOccurrences = vocabulary.scopeParts.mapValues { values in
            values.mapValues { phrases in phrases.flatMap(words.occurrences) }
        }
    }

    // MARK: Where words count for a number

    /// How close a word range stands to the number at `site`: 1 in its own phrase (since the number
    /// before it in its clause) or its parentheses, 2 in its clause, 3 in its sentence; nil inside
    /// another number's parentheses.
    func level(of range: Range<Int>, for site: Int) -> Int? {
        let tokens = analysis.tokens
        for (other, inside) in numberParentheses where other != site && inside.contains(range.lowerBound) { return nil }
        let clause = analysis.clause(of: site)
        let previous = analysis.numberIndices.last { $0 < site && clause.contains($0) } ?? (clause.lowerBound - 1)
        var own = (previous + 1)..<(site + 1)
        if let inside = numberParentheses[site] { own = own.lowerBound..<inside.upperBound }
        if let inside = analysis.enclosingParenthesis(of: site) {
            own = own.lowerBound..<max(own.upperBound, inside.upperBound)
        }
        if own.contains(range.lowerBound) { return 1 }
        if clause.contains(range.lowerBound) { return 2 }
        return tokens.indices.contains(range.lowerBound) ? 3 : nil
    }

    /// The level of a vocabulary entry for a number (the farthest of its words), and the ranges used.
    private func level(entry: Int, for site: Int) -> (level: Int, used: [Range<Int>])? {
        var worst = 0
        var used: [Range<Int>] = []
        for ranges in occurrences[entry] {
            let placed = ranges.compactMap { range in level(of: range, for: site).map { ($0, range) } }
            guard let best = placed.min(by: { $0.0 < $1.0 }) else { return nil }
            worst = max(worst, best.0)
            used.append(best.1)
        }
        return (worst, used)
    }

    // MARK: Binding

    /// The measure and region of the number at `site`, or why there are none.
    func bind(_ site: Int) -> Result<Binding, BindingFailure> {
        if let known = memo.bindings[site] { return known }
        let result = binding(for: site)
        memo.bindings[site] = result
        return result
    }

    private func binding(for site: Int) -> Result<Binding, BindingFailure> {
        let place = region(for: site)
        var rejected: Doubt?
        var named: [(entry: Int, level: Int, used: [Range<Int>])] = []
        let noun = noun(after: site)
        let family = headFamily(for: site)
        for entry in vocabulary.measures.indices where fits(noun, entry) && family.map({ $0.contains(entry) }) != false
        {
            guard let (level, used) = level(entry: entry, for: site) else { continue }
            let measure = binding(entry)
            if let problem = conflict(measure, region: (place.code, place.name), consumed: used) {
                rejected = rejected ?? problem
                continue
            }
            named.append((entry, level, used))
        }
        // A list that names no measure of the report is unmatched like any other count.
        if isRespectively(site), !named.isEmpty {
            guard let chosen = respectively(site, named: named) else {
                return .failure(
                    .init(doubt: .measureAmbiguous(Array(Set(named.map { binding($0.entry).id })).sorted())))
            }
            return .success(finish(chosen, place: place, consumed: []))
        }
        for levels in [1...2, 3...3] {
            let here = named.filter { levels.contains($0.level) }
            if !here.isEmpty {
                guard let chosen = choose(here, site: site) else {
                    return .failure(
                        .init(doubt: .measureAmbiguous(Array(Set(here.map { binding($0.entry).id })).sorted())))
                }
                return .success(finish(binding(chosen.entry), place: place, consumed: chosen.used))
            }
            if levels == 1...2, let referred = reference(for: site) {
                let region = place.defaulted ? (referred.region.code, referred.region.name, false) : place
                if conflict(referred.measure, region: (region.0, region.1), consumed: []) == nil {
                    return .success(finish(referred.measure, place: region, consumed: []))
                }
            }
        }
        let candidates = topicCandidates(for: site, region: (place.code, place.name)).filter { candidate in
            vocabulary.measures.indices.contains { entry in
                binding(entry) == candidate && fits(noun, entry) && family.map { $0.contains(entry) } != false
            }
        }
        if let agreed = agreeing(candidates, site: site) {
            // The figures that decided it were the region's: no doubt about the region.
            return .success(finish(agreed, place: (place.code, place.name, false), consumed: []))
        }
        if let rejected { return .failure(.init(doubt: rejected)) }
        if !candidates.isEmpty { return .failure(.init(doubt: .measureAmbiguous(candidates.map(\.id).sorted()))) }
        return .failure(.init(doubt: .measureUnknown))
    }

    struct BindingFailure: Error {
        let doubt: Doubt
    }

    private func binding(_ entry: Int) -> MeasureBinding {
        MeasureBinding(table: vocabulary.measures[entry].table, measure: vocabulary.measures[entry].measure)
    }

    /// One measure among entries named about as close: the only one; else the most specific (whose
    /// words include the others'); else the one whose words all stand closest; else the one with a
    /// word nearest the number; else the one named first ('het aantal unieke personen waarvoor een
    /// plaatsingsverzoek …' is about persons).
    private func choose(
        _ named: [(entry: Int, level: Int, used: [Range<Int>])], site: Int
    ) -> (entry: Int, level: Int, used: [Range<Int>])? {
        var remaining = named.filter { candidate in
            !named.contains { other in
                binding(other.entry) != binding(candidate.entry) && other.used.count > candidate.used.count
                    && Set(candidate.used).isSubset(of: Set(other.used))
            }
        }
        func nearest(_ candidate: (entry: Int, level: Int, used: [Range<Int>])) -> Int {
            candidate.used.compactMap { level(of: $0, for: site) }.min() ?? 3
        }
        let keys: [((entry: Int, level: Int, used: [Range<Int>])) -> Int] = [
            \.level, nearest, { $0.used.map(\.lowerBound).min() ?? 0 },
        ]
        for key in keys {
            if Set(remaining.map { binding($0.entry) }).count == 1 { break }
            let best = remaining.map(key).min() ?? 0
            remaining = remaining.filter { key($0) == best }
        }
        return Set(remaining.map { binding($0.entry) }).count == 1
            ? remaining.max { $0.used.count < $1.used.count } : nil
    }

    /// The entries whose topic the number's own phrase names first ('het aantal unieke personen
    /// waarvoor een plaatsingsverzoek …' is about persons): a number is only about a measure of that
    /// topic. Nil when its phrase names no topic.
    private func headFamily(for site: Int) -> Set<Int>? {
        var head: Int?
        var family = Set<Int>()
        for entry in vocabulary.measures.indices {
            guard
                let start = occurrences[entry].first?.filter({ level(of: $0, for: site) == 1 }).map(\.lowerBound).min()
            else { continue }
            if head == nil || start < head! {
                head = start
                family = [entry]
            } else if start == head {
                family.insert(entry)
            }
        }
        return head == nil ? nil : family
    }

    /// The words right after a count that say what it counts ('9.874 personen', '1.723 meldingen'),
    /// up to a word of grammar or a mark; empty for percentages.
    func noun(after site: Int) -> [String] {
        guard analysis.tokens[site].number?.unit == .count else { return [] }
        var words: [String] = []
        var position = site + 1
        while position < analysis.tokens.count, words.count < Self.nounReach {
            let token = analysis.tokens[position]
            if token.kind == .mark && (token.text == "'" || token.text == "‘") {
                position += 1
                continue
            }
            guard token.kind == .word, !Lexicon.grammarWords.contains(token.text) else { break }
            words.append(token.text)
            position += 1
        }
        return words
    }

    /// How many words after a count can name what it counts.
    static let nounReach = 3

    /// Whether what a count counts can be the entry's measure: one of its words is one of the entry's.
    private func fits(_ noun: [String], _ entry: Int) -> Bool {
        guard !noun.isEmpty else { return true }
        let words = vocabulary.measures[entry].words.flatMap { $0.split(separator: " ").map(String.init) }
        return noun.contains { written in words.contains { WordIndex.matches(written, $0) } }
    }

    /// Whether the number is one of a list that 'respectievelijk' pairs with what the sentence names.
    private func isRespectively(_ site: Int) -> Bool {
        guard analysis.tokens.contains(where: { $0.isWord("respectievelijk") }),
            let unit = analysis.tokens[site].number?.unit
        else { return false }
        return analysis.numberIndices.filter { analysis.tokens[$0].number?.unit == unit }.count >= 2
    }

    /// With 'respectievelijk', the n-th claimed number of a unit goes with the n-th measure named; nil
    /// when the numbers and the measures do not pair up.
    private func respectively(_ site: Int, named: [(entry: Int, level: Int, used: [Range<Int>])]) -> MeasureBinding? {
        guard let unit = analysis.tokens[site].number?.unit else { return nil }
        var order: [(measure: MeasureBinding, at: Int)] = []
        for candidate in named {
            let measure = binding(candidate.entry)
            let at = candidate.used.map(\.lowerBound).max() ?? 0
            if let existing = order.firstIndex(where: { $0.measure == measure }) {
                order[existing].at = min(order[existing].at, at)
            } else {
                order.append((measure, at))
            }
        }
        let numbers = analysis.numberIndices.filter { analysis.tokens[$0].number?.unit == unit }
        guard order.count == numbers.count, let position = numbers.firstIndex(of: site) else { return nil }
        return order.sorted { $0.at < $1.at }[position].measure
    }

    /// The measure and region a pronoun or 'dit aantal' in the number's clause refers to: the previous
    /// clause's, else the previous sentence's.
    private func reference(for site: Int) -> (measure: MeasureBinding, region: (code: String, name: String))? {
        let clause = analysis.clauseOf[site]
        let range = analysis.clauses[clause]
        let refers = range.contains { position in
            let token = analysis.tokens[position]
            return Lexicon.quantityReferences.contains { analysis.matches($0, at: position) }
                || token.kind == .word && Lexicon.pronouns.contains(token.text) && position + 1 < analysis.tokens.count
                    && Lexicon.pronounFollowers.contains(analysis.tokens[position + 1].text)
        }
        guard refers else { return nil }
        if let earlier = (0..<clause).reversed().lazy.compactMap({ clauseBindings[$0] }).first {
            return (earlier.measure, (earlier.region, earlier.regionName))
        }
        guard let topic = discourse.topic(needingValue: false), let measure = topic.measure else { return nil }
        return (measure, topic.region ?? (Region.netherlands.code, Region.netherlands.name))
    }

    /// The distinct measures the sentence names in full that its scope and the number's region allow,
    /// in the order their words are written.
    func namedMeasures(for site: Int) -> [MeasureBinding] {
        let place = region(for: site)
        var found: [(measure: MeasureBinding, used: Set<Range<Int>>)] = []
        for entry in vocabulary.measures.indices {
            guard let (_, used) = level(entry: entry, for: site) else { continue }
            let measure = binding(entry)
            guard conflict(measure, region: (place.code, place.name), consumed: used) == nil,
                !found.contains(where: { $0.measure == measure })
            else { continue }
            found.append((measure, Set(used)))
        }
        // 'verzoeken' beside 'verzoeken, ambulant' is the same words, less specific.
        let specific = found.filter { candidate in
            !found.contains { other in
                other.measure != candidate.measure && candidate.used.isStrictSubset(of: other.used)
            }
        }
        return specific.sorted { ($0.used.map(\.lowerBound).max() ?? 0) < ($1.used.map(\.lowerBound).max() ?? 0) }.map(
            \.measure)
    }

    /// Measures whose topic word the sentence names, that its scope and region allow.
    private func topicCandidates(for site: Int, region: (code: String, name: String)) -> [MeasureBinding] {
        var result: [MeasureBinding] = []
        for entry in vocabulary.measures.indices {
            let measure = binding(entry)
            guard !result.contains(measure), let first = occurrences[entry].first,
                first.contains(where: { level(of: $0, for: site) != nil }),
                conflict(measure, region: region, consumed: first) == nil
            else { continue }
            result.append(measure)
        }
        return result
    }

    /// The one candidate whose figures the sentence's other counts match exactly (none of the others
    /// matching any), as evidence of which table the sentence is about.
    private func agreeing(_ candidates: [MeasureBinding], site: Int) -> MeasureBinding? {
        guard candidates.count > 1 else { return nil }
        let evidence = self.evidence().filter { $0.site != site }
        let agreeing = candidates.filter { measure in
            evidence.contains { count in
                guard let figure = index.count(measure.table, count.region, measure.measure, String(count.period)),
                    figure.amount.status == .ok, let value = figure.amount.exact,
                    Circularity.doubt(figure, lines: analysis.sentence.lines, source: source) == nil
                else { return false }
                return value == count.value
            }
        }
        return agreeing.count == 1 ? agreeing[0] : nil
    }

    /// The sentence's exact counts of at least `minimumEvidenceDigits` digits, with their regions and
    /// years, worked out once per sentence.
    private func evidence() -> [Evidence] {
        if let known = memo.evidence { return known }
        let found = analysis.numberIndices.compactMap { site -> Evidence? in
            guard let number = analysis.tokens[site].number, number.unit == .count, !number.isRounded,
                number.hedge == nil,
                number.text.filter(\.isASCIIDigit).count >= Self.minimumEvidenceDigits,
                let period = analysis.frame(for: site, discourse: discourse).later
            else { return nil }
            return Evidence(site: site, region: region(for: site).code, period: period, value: number.value)
        }
        memo.evidence = found
        return found
    }

    private func finish(
        _ measure: MeasureBinding, place: (code: String, name: String, defaulted: Bool),
        consumed: [Range<Int>]
    ) -> Binding {
        var doubts: [Doubt] = []
        let national = analysis.tokens.contains { $0.kind == .word && Lexicon.nationalWords.contains($0.text) }
        if place.defaulted, !national, let named = discourse.namedRegions.last {
            doubts.append(.contextRegion(region: named.name))
        }
        let scope = index.scope(measure.table, measure.measure)
        let said = namedScope(excluding: consumed)
        // A sentence that names the table's source, sector or population has said what it is about.
        let anchored = scope.values.contains { dimension, declared in
            said[dimension].map { !$0.isEmpty && $0.isSubset(of: declared) } ?? false
        }
        for (dimension, declared) in scope.values.sorted(by: { $0.key < $1.key })
        where (said[dimension] ?? []).isEmpty && !anchored {
            let context = discourse.namedScope[dimension] ?? []
            if !context.isEmpty && !context.isSubset(of: declared) {
                doubts.append(
                    .contextScope(
                        dimension: dimension, named: context.subtracting(declared).sorted(), table: measure.table))
            }
        }
        return Binding(measure: measure, region: place.code, regionName: place.name, doubts: doubts)
    }

    /// Why a measure cannot be what the sentence is about: the region is not in its table, or the
    /// sentence names another source, sector or population than its table covers.
    private func conflict(
        _ measure: MeasureBinding, region: (code: String, name: String),
        consumed: [Range<Int>]
    ) -> Doubt? {
        if !(index.regions[measure.table]?.contains(region.code) ?? false) {
            return .regionNotInData(region: region.name, table: measure.table)
        }
        let scope = index.scope(measure.table, measure.measure)
        let said = namedScope(excluding: consumed)
        for (dimension, declared) in scope.values.sorted(by: { $0.key < $1.key }) {
            if let named = said[dimension], !named.isEmpty, named != declared {
                return .scope(
                    dimension: dimension, named: named.sorted(), table: measure.table, declared: declared.sorted())
            }
        }
        return nil
    }

    /// The scope values the sentence names, leaving out the words of the measure itself.
    func namedScope(excluding consumed: [Range<Int>]) -> [ScopeDimension: Set<String>] {
        var result: [ScopeDimension: Set<String>] = [:]
        for (dimension, values) in scopeOccurrences {
            for (value, ranges) in values
            where ranges.contains(where: { range in !consumed.contains { $0.overlaps(range) } }) {
                result[dimension, default: []].insert(value)
            }
        }
        return result
    }

    // MARK: Regions

    /// The region a number is about: the one carrying it ('Rotterdam (1.723)'), the nearest named
    /// before it in its phrase or clause (else the first after it in its clause), the nearest in its
    /// sentence, or the one 'hier' or 'deze gemeente' refers to; else the country (`defaulted`).
    func region(for site: Int) -> (code: String, name: String, defaulted: Bool) {
        let start = analysis.tokens[site].start
        let clause = analysis.clause(of: site)
        let inClause = analysis.regions(in: clause).filter { !precededByNa($0) }
        let all = analysis.regions.filter { !precededByNa($0) }
        if let mention = inClause.last(where: { $0.end <= start }) ?? inClause.first ?? all.last(where: {
            $0.end <= start
        }) ?? all.first {
            return (mention.code, mention.name, false)
        }
        let refers = Lexicon.regionReferences.contains { phrase in clause.contains { analysis.matches(phrase, at: $0) }
        }
        if refers, let region = discourse.topic(needingValue: false)?.region {
            return (region.code, region.name, false)
        }
        return (Region.netherlands.code, Region.netherlands.name, true)
    }

    private func precededByNa(_ mention: RegionMention) -> Bool {
        guard let index = analysis.tokenIndex(atOffset: mention.start), index > 0 else { return false }
        return analysis.tokens[index - 1].isWord("na")
    }
}
