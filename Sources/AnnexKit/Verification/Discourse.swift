/// The periods a number is about: the year it is for, and the year it is compared with.
struct PeriodFrame: Sendable, Hashable {
    var later: Int?
    var base: Int?
    /// Whether the frame comes from an earlier sentence of the paragraph.
    var inherited = false
    /// Whether the years are a span ('in de periode 2019 - 2023'): the number may be about all of it.
    var isSpan = false

    var isEmpty: Bool { later == nil && base == nil }
}

/// The two values a sentence gives for one change of a unit (`ClaimParser.soleChange(of:)`), for a change in a
/// sentence beside it.
struct SoleChange: Sendable {
    let from: Operand
    let to: Operand
    /// Whether the text says which is the start (a pair, a start value, their years, a mark of an earlier time);
    /// else they stand in the order of the text.
    let ordered: Bool
    /// The nouns right after the values ('310 meldingen'), where they have one.
    let nouns: [String]
    /// What names the group of each value, when the text does not order them.
    var groups: ContrastedGroups? = nil
    /// The two values in the order of the text and their groups, when only a word of contrast orders them: two
    /// groups in two clauses with no year or mark of time ('2.240 op Schiphol, tegen 38.900 in Rotterdam').
    var setAgainst: (values: [Operand], groups: ContrastedGroups)? = nil

    /// The start and end of a change between them: as the text orders them, else to the value `newSide` chooses
    /// of their groups (`ClaimParser.newSide(of:claim:)`) from the other; none when it chooses none.
    func run(newSide: (ContrastedGroups) -> Int?) -> (from: Operand, to: Operand)? {
        if ordered { return (from, to) }
        guard let groups, let side = newSide(groups) else { return nil }
        return groups.pair(side == 1 ? (from, to) : (to, from))
    }
}

/// The quantity a sentence is about, for a later 'dit aantal', 'deze' or 'daarvan' to refer to.
struct Topic: Sendable {
    /// Its value, when the sentence gives one ('in totaal 21.707 meldingen').
    var value: WrittenNumber?
    var year: Int?
    /// The region (code and name); nil for the country.
    var region: (code: String, name: String)?
    var measure: MeasureBinding?
    /// The source line of the value.
    var line: Int
    /// The noun its value counts ('14.820 jongeren'), when one follows it.
    var noun: String? = nil
    /// Whether 'nog' stands right before its value ('telde in 2018 nog 84.000'): a value of the past, earlier than
    /// one a later sentence dates from now ('Vorig jaar waren het er 63.000').
    var isStill = false
}

/// What the sentences before the current one say: the topic and periods of the nearest ones in
/// the paragraph, and the sources, sectors, populations and regions the paragraph and its heading name.
struct Discourse: Sendable {
    struct Summary: Sendable {
        let topic: Topic?
        let frame: PeriodFrame
        let year: Int?
        /// The start and end value the sentence states (the last, if several).
        var pair: (from: Operand, to: Operand)?
        /// That pair with the group the sentence opens with, when it states one pair for a group of its own
        /// (`GroupPair`).
        var groupPair: GroupPair?
        /// With no pair, the two levels it gives of one quantity restated for a time it leaves unordered
        /// (`UnorderedLevels`), for a change of a stated direction in the next sentence.
        var unorderedLevels: UnorderedLevels?
        /// Whether the sentence states no value of its own: no number and no direction word (a step of instructions,
        /// 'Dan neemt u eerst het verschil.'), or only changes of values before it ('Dat is een stijging van 6
        /// procentpunt.'). A change after it may refer past it (`valueSource`).
        var statesNoValue = false
        /// Whether its numbers only restate shares of a part and whole the sentence before gives ('Dat is 57 procent
        /// van het totaal.'): a rest after it may refer past it (`restSource`).
        var restatesShare = false
        /// Its one inflow and one outflow, for a balance in the next sentence ('Het saldo kwam uit op 2.500').
        var flows: (inflow: Operand, outflow: Operand, natural: Bool)?
        /// The one flow the sentence gives, a line of a memo (`ClaimParser.soleFlow`).
        var soleFlow: SoleFlow?
        /// Its two values a shortfall or excess in the next sentence takes ('Het tekort bedroeg € 5.500').
        var gap: StatedGap?
        /// Its counts that are no start or end value, for a sum in the next sentence ('Opgeteld …').
        var counts: [Operand] = []
        /// Its rows' own values when its counts are rows of two columns ('- Zuid: 2.875 (2.940)':
        /// `ClaimParser.bracketedRows`), the values outside the brackets, for a total in the next sentence.
        var rowValues: [Operand] = []
        /// Its series of values each with a year of its own ('2.840 (2021), 3.120 (2022) en 3.390 (2023)').
        var series: [Operand] = []
        /// Its longest list of values of one unit ('88% / 91% / 97%'), for a memo's 'Gemiddeld: 92%' after it.
        var list: [Operand] = []
        /// The words that lead that list after ':', for what its bare values count (`ListLead`).
        var listLead: ListLead?
        /// Its shares each of a whole of its own ('82 procent van de 1.200 …, 74 procent van de 800'): groups.
        var groupShares: [(share: Operand, whole: Operand)] = []
        /// The noun those counts are of, opening their clause ('De lasten bestonden uit …').
        var countsNoun: String?
        /// Its counts with what each counts, for a mean per unit in the next sentence.
        var countedValues: [CountedValue] = []
        /// Its counts with what each counts, their year and whether each is a part, for a mean or rate later in the
        /// paragraph (`ClaimParser.paragraphRatioReading`).
        var paragraphCounts: [ParagraphCount] = []
        /// The end values of its changes, counts of now for a mean or rate later in the paragraph
        /// (`ClaimParser.endLevelCounts`).
        var endLevels: [ParagraphCount] = []
        /// The line of the one whole year it states its counts over ('In 2023 …'), for a mean per month next.
        var wholeYearLine: Int?
        /// Its only two numbers, of one unit, in two clauses and no start and end value ('In groep A 42
        /// procent, in groep B 30 procent'), for a change the next sentence states between them.
        var contrast: [Operand] = []
        /// What names the group of each of those two values.
        var contrastGroups: ContrastedGroups?
        /// Its two values of a unit, per unit, for a bare 'Het verschil bedraagt …' in the next sentence.
        var differenceValues: [[Operand]] = []
        /// Its values with the words that name them, for 'Het verschil tussen A en B …' in the next sentence.
        var namedValues: [NamedValue] = []
        /// Its values with the words that name their groups, for a factor between groups in the next sentence.
        var groupValues: [NamedValue] = []
        /// The words of content of its clauses that hold a number: what has a value of its own in the text.
        var valueWords: Set<String> = []
        /// Its two values of one change, per unit, when it gives no other values of that unit.
        var soleChanges: [SoleChange] = []
        /// Its one value of a unit, per unit, with its year, for the next sentence to restate ('In 2023 was dat …').
        var datedValues: [DatedValue] = []
        /// The one whole of counts it splits into parts ('800 aanvragen: 320 … en 432 …'), for a rest after it.
        var split: SplitWhole?
        /// The one whole a relative marker splits into listed counts ('900.000 …, van wie 270.000 … en 36.000 …').
        var relativeSplit: SplitWhole?
        /// The count it leaves for a share of it in the next sentence, a link of a chain (`ClaimParser.chainLink`).
        var chainLink: Operand?
        /// Its counts with the words that name them, for a share in the next sentence that names its whole in words.
        var namedCounts: [NamedCount] = []
        /// Its counts as a chain, each a part of the one before (`ClaimParser.countChain`), for a share in the next
        /// sentence that names the link it is of.
        var chain: [NamedCount] = []
        /// The whole it opens with ('Van de 2.450 bezoekers …'), for a share that closes the passage next.
        var openingWhole: Operand?
        /// The part and whole it states as such ('M van de W', 'W …, waarvan M').
        var partAndWhole: (part: Operand, whole: Operand)?
        /// Whether that part is derived by a word before it ('…, ofwel 1.187 ton') or is a count the sentence claims
        /// ('28% …, zo'n 12.400 mensen'): a share × whole restated, which a later rest may be checked against only
        /// weakly (its share may be the figure the text gives right).
        var partIsDerived = false
        /// Its one count as a part of the count the sentence before is about, in the same noun
        /// (`ClaimParser.countedPartAndWhole`), for a share in the next sentence that refers back.
        var countedPartAndWhole: (part: Operand, whole: Operand)?
        /// Its one share and the whole it is of ('42 procent van de 357 cliënten', 'Van de 412 dieren is een kwart …'),
        /// the noun the whole counts, and whether it gives no count of a set beside them (`soleShareOfWhole`), for a
        /// count restating their product in the next sentence ('Dat zijn er 150').
        var shareAndWhole: (share: Operand, whole: Operand, wholeNoun: String?, alone: Bool)?
        /// The verb that closes that part's clause ('zijn er 912 toegekend'), for a share of it or of the rest in the
        /// next sentence (`PartVerb`).
        var partVerb: String?
        /// The noun that part counts ('1.985 man'), when one follows it.
        var partNoun: String?
        /// The words that name that part (`ClaimParser.partWords(of:)`), for a change of its group in the next
        /// sentence.
        var partWords: [String] = []
        /// Its label when it is a line of a memo ('Caseload per werker: 31 (norm: 28).').
        var memoLabel: [String]?
        /// Its labelled lines when it is a run of them ('2024: 212. 2025: 238.').
        var labelledLines: [CarriedLine] = []
        /// The values of norms and targets it gives ('De norm is 90 procent.'), for a verdict in the next sentence.
        var norms: [Operand] = []
        /// Whether the sentence says something is absent, not the case or outside ('… bevatten er 160 geen …').
        var negated = false
        /// The one series of periods its value lines give, when it is a block of them (`PeriodSeries`).
        var periodSeries: PeriodSeries?
        /// The sentence as one value line, when it is one (`SentenceAnalysis.soleValueLine`).
        var valueLine: CarriedLine?
        /// Its lines when it is a list of the parts of one whole (`ClaimParser.itemList()`).
        var itemList: ItemList?
        /// Its items and total when it is a list whose last item totals the others (`ClaimParser.listClosedByTotal()`),
        /// for a share under it that names an item.
        var listTable: Table?
        /// The whole it asks a part of when it is a question ('Hoeveel van de 600 deelnemers …?'), for its answer.
        var askedWhole: Operand?
        /// Whether it is a title that says the lines under it split one whole ('Leerlingen naar schoolsoort 2024').
        var classifies = false
        /// Whether it is a table's title that states the unit or scale of its rows
        /// (`SentenceAnalysis.isUnitTableTitle`).
        var titlesTable = false
        /// Whether it is a table's title of any kind (`SentenceAnalysis.isTableTitle`): short, no number, no word of a
        /// selection or a mean.
        var headsTable = false
        /// Whether it is a title that names a selection of a whole's parts (`SentenceAnalysis.isSelectionTitle`).
        var selects = false
        /// The noun after the value of a memo line ('Rechtbanken: 2.140 fte'), when it is one and has one.
        var memoNoun: String?
        /// Whether it is a memo line whose value carries its own share in brackets ('Bezet: 756 (90%).').
        var carriesOwnShare = false
        /// The one value after its colon, when it is a line of one value ('Plaatsen: 840.'), for the share of a memo
        /// line under it (`wholeAboveShareLines`).
        var soleLineValue: Operand?
        /// Whether it has numbers (a year is none): a line of a block the reading missed, or a title joined to one.
        var hasNumbers = false
        /// Its words, lower case, when it has no numbers: a title, for what the lines under it count.
        var titleWords: [String] = []
        /// Its counts with what each counts, no mean, when it is a row of a table between bars
        /// (`ClaimParser.tableRowCounts`).
        var rowCounts: [CountedValue]?
        /// The rate per one unit it states, for a product the next sentence states (`ClaimParser.unitRates`).
        var unitRates: [UnitRate] = []
    }

    private(set) var paragraph = -1
    private(set) var heading = ""
    /// Earlier sentences of the paragraph, nearest last, at most `memory`.
    private(set) var earlier: [Summary] = []
    /// Scope values named by the earlier sentences of the paragraph and by its heading.
    private(set) var namedScope: [ScopeDimension: Set<String>] = [:]
    /// Regions named by the earlier sentences of the paragraph.
    private(set) var namedRegions: [RegionMention] = []
    /// The labels and counts of the lines of a memo right before, one count each, however many (`memory` bounds the
    /// sentences remembered, not such a run).
    private var memoRun: [(label: [String], count: Operand, noun: String?)] = []
    /// Whether the memo lines right before stand under a title that says they split one whole.
    private var memoRunClassified = false
    /// Whether the memo lines right before stand under a table's title that states their unit or scale.
    private var memoRunUnderTitle = false
    /// Whether the memo lines right before stand under a table's title of any kind (`Summary.headsTable`).
    private var memoRunUnderAnyTitle = false
    /// Whether a sentence with numbers, or a table row with numbers the reading dropped, stands right before the memo
    /// lines: they may be only the end of their block.
    private var memoRunAfterNumbers = false
    /// The words of the title right before the memo lines, if one stands there.
    private var memoRunTitle: [String] = []
    /// The list of the parts of one whole right before the memo lines ('- handel: 231', '- bouw: 164'), if one stands
    /// there (`lastItemList`): its items are the rows of a total line that opens the memo lines.
    private var memoRunItems: ItemList?
    /// Whether the paragraph before was one title that names a selection ('Top drie gemeenten naar …').
    private var selectionAbove = false
    /// The words of the title right before the memo lines, for a total line under them ('Totale baten' under
    /// 'Baten').
    var memoTitle: [String] { memoRun.isEmpty ? [] : memoRunTitle }
    /// The rows and total line of the last table of the paragraph (`rowsAndTotal`), kept over the prose sentences
    /// under it: 'Samen zijn dat … Zorg is goed voor 62 procent van het totaal.'; also over those of the paragraph
    /// right under it, when that table closed the paragraph before.
    private var tableAbove: Table?
    /// The value lines right before, each a sentence of its own, however many: for a total line under them.
    private(set) var lineRun: [CarriedLine] = []
    /// Whether a sentence with numbers, or a dropped table row with numbers, stands right before those value lines.
    private var lineRunAfterNumbers = false
    /// The words of the title right before those value lines, if one stands there.
    private var lineRunTitle: [String] = []
    /// The words of the title right before the value lines right before, for a mean of what it names under them
    /// ('Het gemiddelde nalevingsniveau …' under 'Nalevingsniveau per sector (%)').
    var lineTitle: [String] { lineRun.isEmpty ? [] : lineRunTitle }

    /// The counts of the table rows right before, each a sentence of its own, however many: for a total under them
    /// (`ClaimParser.rowRunParts`).
    private(set) var rowRun: [[CountedValue]] = []

    /// How many earlier sentences are remembered.
    static let memory = 3

    /// Starts a sentence: a new paragraph forgets the old one; a new heading is read for scope.
    mutating func enter(_ sentence: Sentence, headingScope: () -> [ScopeDimension: Set<String>]) {
        guard sentence.paragraph != paragraph else { return }
        // Prose in the paragraph right under a table, under the same heading, still speaks of its rows ('Totaal
        // 46.300', a blank line, 'Ruim een kwart … kwam uit de uitzendsector.'): they carry over to it, no further.
        let tableRightAbove = memoRun.isEmpty || sentence.heading != heading ? nil : rowsAndTotal
        paragraph = sentence.paragraph
        selectionAbove = earlier.count == 1 && earlier[0].selects
        earlier = []
        namedRegions = []
        memoRun = []
        memoRunClassified = false
        memoRunUnderTitle = false
        memoRunUnderAnyTitle = false
        memoRunAfterNumbers = sentence.isAfterDroppedRow
        memoRunTitle = []
        memoRunItems = nil
        tableAbove = tableRightAbove
        lineRun = []
        lineRunAfterNumbers = sentence.isAfterDroppedRow
        lineRunTitle = []
        rowRun = []
        if sentence.heading != heading { heading = sentence.heading }
        namedScope = headingScope()
    }

    /// Records a finished sentence.
    mutating func leave(_ summary: Summary, scope: [ScopeDimension: Set<String>], regions: [RegionMention]) {
        earlier.append(summary)
        if earlier.count > Self.memory { earlier.removeFirst() }
        if let label = summary.memoLabel, summary.counts.count == 1 {
            if memoRun.isEmpty { tableAbove = nil }
            memoRun.append((label, summary.counts[0], summary.memoNoun))
        } else {
            tableAbove = summary.listTable ?? rowsAndTotal
            memoRun = []
            memoRunClassified = summary.classifies
            memoRunUnderTitle = summary.titlesTable
            memoRunUnderAnyTitle = summary.headsTable
            memoRunAfterNumbers = summary.hasNumbers
            memoRunTitle = summary.titleWords
            memoRunItems = lastItemList
        }
        if let line = summary.valueLine {
            lineRun.append(line)
        } else {
            lineRun = []
            lineRunAfterNumbers = summary.hasNumbers
            lineRunTitle = summary.titleWords
        }
        if let row = summary.rowCounts { rowRun.append(row) } else { rowRun = [] }
        namedScope.merge(scope) { $0.union($1) }
        namedRegions += regions
    }

    /// Reads the last `count` sentences as `summary`, one sentence: the value lines of a block above a prose sentence.
    mutating func join(last count: Int, as summary: Summary) {
        earlier.removeLast(min(count, earlier.count))
        earlier.append(summary)
        if earlier.count > Self.memory { earlier.removeFirst() }
    }

    /// The nearest earlier topic with a value (for 'dit aantal', 'daarvan'), or with a measure.
    func topic(needingValue: Bool) -> Topic? {
        for summary in earlier.reversed() {
            guard let topic = summary.topic else { continue }
            if !needingValue || topic.value != nil { return topic }
        }
        return nil
    }

    /// The topic with a value of the sentence a start value of its own refers back to ('Een jaar eerder was dat
    /// € 7,25'): the nearest before, past sentences that state no value (`Summary.statesNoValue`), never past one that
    /// states values of no one quantity ('Met 17.030 klanten is dat € 7,70 per klant'): what 'dat' stands for is then
    /// not known.
    var referredTopic: Topic? {
        for summary in earlier.reversed() {
            if let topic = summary.topic, topic.value != nil { return topic }
            if !summary.statesNoValue { return nil }
        }
        return nil
    }

    /// The start and end value of the sentence before, for 'Dat is een toename van 6 procent'.
    var lastPair: (from: Operand, to: Operand)? { valueSource?.pair }

    /// The two levels of the sentence before whose times it leaves unordered, for 'Dat is een daling van 3,6
    /// procentpunt' (`UnorderedLevels`).
    var lastUnorderedLevels: UnorderedLevels? { valueSource?.unorderedLevels }

    /// The pairs of the groups the two sentences before each open with, the earlier first (`GroupPair`); none unless
    /// both state one for a group of their own.
    var lastTwoGroupPairs: [GroupPair] {
        let found = earlier.suffix(2).compactMap(\.groupPair)
        return earlier.count >= 2 && found.count == 2 ? found : []
    }

    /// The pairs of the run of memo lines right before, each under its label ('Cliënttevredenheid: 7,6 (2023: 7,4).
    /// Medewerkerstevredenheid: 7,1 (2023: 7,3).'), the earlier first; none unless two or more each give one.
    var lastMemoPairs: [GroupPair] {
        let run = earlier.reversed().prefix { $0.memoLabel != nil && $0.pair != nil }.reversed()
        let found = run.compactMap { summary in
            summary.pair.map { pair in
                GroupPair(group: (summary.memoLabel ?? []).filter(ContrastedGroups.isContent), pair: pair)
            }
        }
        return found.count >= 2 ? found : []
    }

    /// The two values of one change of `unit` the sentence before gives.
    func lastSoleChange(of unit: NumberUnit) -> SoleChange? {
        valueSource?.soleChanges.first { $0.from.unit == unit }
    }

    /// The sentence whose values a change with none of its own refers to: the one before, or, when that one states no
    /// value (`Summary.statesNoValue`: 'Stel dat … 2.400 en in 2023 2.520. Dan neemt u eerst het verschil. Dat deelt
    /// u door …: een stijging van 5 procent.'), the one before that, two sentences back at most.
    private var valueSource: Summary? {
        guard let last = earlier.last, last.statesNoValue, last.pair == nil, earlier.count >= 2 else {
            return earlier.last
        }
        return earlier[earlier.count - 2]
    }

    /// The one value of `unit` the sentence before gives, for 'In 2023 waren dat er 43.900'.
    func lastDatedValue(of unit: NumberUnit) -> DatedValue? {
        earlier.last?.datedValues.first { $0.value.unit == unit }
    }

    /// The inflow and outflow the sentence before gives, for a balance (`ClaimParser.balanceReading`).
    /// Else the two lines before, when each gives one flow of one kind, one in and one out ('Instroom: 1.240' and
    /// 'Uitstroom: 1.105' above 'Saldo: 135').
    var lastFlows: (inflow: Operand, outflow: Operand, natural: Bool)? { earlier.last?.flows ?? lastFlowLines }

    /// The one inflow and one outflow the sentence before gives itself, for a net change ('Per saldo groeide …').
    var lastSentenceFlows: (inflow: Operand, outflow: Operand, natural: Bool)? { earlier.last?.flows }

    /// The inflow and outflow of the two lines before, when each gives one flow of one kind, one in and one out.
    var lastFlowLines: (inflow: Operand, outflow: Operand, natural: Bool)? {
        let lines = earlier.suffix(Self.flowLines).compactMap(\.soleFlow)
        guard lines.count == Self.flowLines, let inflow = lines.first(where: { $0.sign == 1 }),
            let outflow = lines.first(where: { $0.sign == -1 }), inflow.natural == outflow.natural
        else { return nil }
        return (inflow.operand, outflow.operand, inflow.natural)
    }

    /// The lines of a memo that give a balance's two flows, one each.
    private static let flowLines = 2

    /// The target and result, or costs and income, the sentence before gives (`ClaimParser.statedGap`).
    var lastGap: StatedGap? { earlier.last?.gap }

    /// The noun the quantity of the sentence before counts, when it names one.
    var lastTopicNoun: String? { earlier.last?.topic?.noun }

    /// The label of the sentence before when it is a line of a memo.
    var lastMemoLabel: [String]? { earlier.last?.memoLabel }

    /// The part and whole the sentence before states, for 'Daarmee kwam een op de vijf …'.
    var lastPartAndWhole: (part: Operand, whole: Operand)? { earlier.last?.partAndWhole }

    /// The whole of counts and its parts the sentence before splits it into.
    var lastSplit: SplitWhole? { earlier.last?.split }

    /// The sentence a rest with no whole of its own refers to ('De overige schade, € 122.500, …'): the one before,
    /// or, when that one only restates a share of the part and whole before it (`Summary.restatesShare`), the one
    /// before that, two sentences back at most.
    var restSource: Summary? {
        guard let last = earlier.last, last.restatesShare, earlier.count >= 2 else { return earlier.last }
        return earlier[earlier.count - 2]
    }

    /// The two values the sentence before contrasts, for 'A verlaagt dat dus met 12 procent'.
    var lastContrast: [Operand] { earlier.last?.contrast ?? [] }

    /// What names the groups of the two values the sentence before contrasts.
    var lastContrastGroups: ContrastedGroups? { earlier.last?.contrastGroups }

    /// The words of content of the earlier sentences' clauses that hold a number ('Venlo staat bovenaan met 86').
    var earlierValueWords: Set<String> { earlier.reduce(into: []) { $0.formUnion($1.valueWords) } }

    /// The one value of `unit` each of the two sentences before gives, the earlier first; none unless both give one,
    /// nor when the sentence before them gives one too: the two are then the last rows of a longer run ('tot 12 jaar
    /// | 1.112', …, '65+ | 1.621'), no pair set side by side.
    func lastTwoDatedValues(of unit: NumberUnit) -> [DatedValue] {
        guard earlier.count >= 2 else { return [] }
        let values = earlier.suffix(3).map { summary in summary.datedValues.first { $0.value.unit == unit } }
        guard values.count == 2 || values[0] == nil else { return [] }
        let found = values.suffix(2).compactMap { $0 }
        return found.count == 2 ? found : []
    }

    /// The two values of `unit` the sentence before gives, for 'Het verschil bedraagt 310'.
    func lastDifferenceValues(of unit: NumberUnit) -> [Operand] {
        valueSource?.differenceValues.first { $0.first?.unit == unit } ?? []
    }

    /// The values of the sentence before with the words that name them, for 'Het verschil tussen A en B …'.
    var lastNamedValues: [NamedValue] { earlier.last?.namedValues ?? [] }

    /// The values of the sentence before with the words that name their groups ('198.300 mannelijke').
    var lastGroupValues: [NamedValue] { earlier.last?.groupValues ?? [] }

    /// The counts of the sentence before, for 'Opgeteld ging het om …'.
    var lastCounts: [Operand] { earlier.last?.counts ?? [] }
    /// The rate per one unit the sentence before states; sentences between that state no count (a percentage alone:
    /// 'Die stijging van 7,2% …') name no other unit and pass it on.
    var lastUnitRates: [UnitRate] {
        let stating = earlier.last { summary in
            !summary.unitRates.isEmpty || !summary.counts.isEmpty || summary.pair != nil
                || !summary.countedValues.isEmpty
        }
        return stating?.unitRates ?? []
    }

    /// The values outside brackets of the rows of two columns of the sentence before, for 'In totaal …' under them.
    var lastRowValues: [Operand] { earlier.last?.rowValues ?? [] }

    /// The counts of the sentence before that one in the paragraph, where a list of the sentence before may begin.
    var countsBeforeLast: [Operand] { earlier.count >= 2 ? earlier[earlier.count - 2].counts : [] }

    /// Whether the sentence before is a list under a title that names a selection ('Top drie gemeenten …' over '-
    /// Amsterdam: 410', …): its rows are some of a whole's parts (`SentenceAnalysis.isSelectionTitle`).
    /// A list's first item opens a paragraph of its own: the title is then the paragraph above.
    var lastListUnderSelection: Bool {
        earlier.count >= 2 ? earlier[earlier.count - 2].selects : earlier.count == 1 && selectionAbove
    }

    /// The counts of the sentence before with what they count, for 'Dat is gemiddeld 115.000 euro per fte'.
    var lastCountedValues: [CountedValue] { earlier.last?.countedValues ?? [] }
    /// The counts of the earlier sentences of the paragraph that are remembered, for a mean or rate that names them.
    var paragraphCounts: [ParagraphCount] { earlier.flatMap(\.paragraphCounts) }
    /// The end values of the changes of the earlier sentences of the paragraph that are remembered.
    var paragraphEndLevels: [ParagraphCount] { earlier.flatMap(\.endLevels) }
    /// The end values of the changes of the sentence before, with what they count.
    var lastEndLevels: [CountedValue] { earlier.last?.endLevels.map(\.counted) ?? [] }
    /// The line of the whole year the sentence before states its counts over, if any.
    var lastWholeYearLine: Int? { earlier.last?.wholeYearLine }

    /// The counts of the lines of a memo right before, one count each, when they are lines of one kind, for a
    /// 'Totaal:' under them: their labels share a word ('Jeugdhulp met verblijf: 412 jeugdigen. Jeugdhulp zonder
    /// verblijf: 3.905.'), the last is the rest of a classification ('Vmbo: 392.100', 'Havo: 226.800', 'Overig:
    /// 12.000'), which a writer adds only when the lines split one whole, or they stand under a table's title that
    /// states their unit or scale (`SentenceAnalysis.isUnitTableTitle`: 'Bezetting rechterlijke macht (fte)', 'Kosten
    /// (x € 1.000)') and names no selection. The last two only when the lines are their whole block (no sentence with
    /// numbers right before them), the title's only of one unit and noun. Lines that share a word right after a
    /// sentence with numbers may end a longer list (a table's first row joined to its title: 'Tabel 2.1 Cliënten
    /// (2025) Basis-ggz 3.214' over 'Gespecialiseerde ggz 5.876'): they may confirm a total, never contradict it
    /// (`OperandBinding.Evidence.partOfList`). A 'waarvan' line is a part of the line above, none of the whole;
    /// lines of which some total others ('Totaal zorg' between the rows) sum to nothing. Lines of one unit and noun
    /// that are their whole block under a table's title that names no split, unit or scale ('Afdoening klachten
    /// 2025') may be a selection of the whole's parts: they too may confirm a total, never contradict it.
    var memoLineCounts: [Operand] {
        let parts = memoRun.filter { $0.label.first != "waarvan" }
        let totals = parts.filter { $0.label.contains(where: Self.totalWords.contains) }.count
        guard parts.count >= 2, totals == 0 || totals == parts.count else { return [] }
        let labels = parts.map { Set($0.label).subtracting(Lexicon.grammarWords) }
        let closedByRest = parts.last.map { Self.isRestLabel($0.label) }
        let alike = Set(parts.map(\.count.unit)).count == 1 && Set(parts.map(\.noun)).count == 1
        if (closedByRest == true || memoRunClassified || memoRunUnderTitle && alike) && !memoRunAfterNumbers {
            return parts.map(\.count)
        }
        guard !labels.dropFirst().reduce(labels[0], { $0.intersection($1) }).isEmpty else {
            // Under a title that names no split, unit or scale ('Doelpunten thuis en uit', 'Klachten 2025') the lines
            // of one unit and noun may be a selection of the whole's parts: they may confirm a total, never contradict
            // it.
            guard memoRunUnderAnyTitle, alike, !memoRunAfterNumbers else { return [] }
            return parts.map { $0.count.adding(.partOfList) }
        }
        guard memoRunAfterNumbers else { return parts.map(\.count) }
        return parts.map { $0.count.adding(.partOfList) }
    }

    /// The values of the labelled lines of the sentence before when they are a complete list of one whole, for a
    /// total line that names that whole in words of its own ('Totaal geraamde kosten: € 13.000' under '- huur zaal
    /// € 6.200 … - overig € 550'): at least two lines, none naming a period, a total, a mean or a change, the last
    /// the rest of a classification, which a writer adds only when the lines split one whole. Empty otherwise.
    var lastClosedList: [Operand] {
        guard let lines = earlier.last?.labelledLines, lines.count >= 2, let last = lines.last,
            Self.isRestLabel(last.label.words),
            lines.allSatisfy({ $0.label.moments.isEmpty && ClaimParser.isPlainLabel($0.label.words) })
        else { return [] }
        return lines.map(\.value)
    }

    /// Whether a line's label is the rest of a classification alone ('Overig', 'Onbekend').
    private static func isRestLabel(_ label: [String]) -> Bool {
        label.count == 1 && Lexicon.restCategories.contains(label[0])
    }

    /// Words of a line's label that say it totals other lines ('Totaal zorg', 'Subtotaal').
    private static let totalWords: Set<String> = ["totaal", "totale", "subtotaal"]

    /// A table's rows, with the whole its total line gives, or their sum (`summed`), and the words of its title.
    typealias Table = (rows: [(label: [String], count: Operand)], total: Operand, title: [String], summed: Bool)

    /// The rows of the memo lines right before, with the whole their last line totals and the words of their title,
    /// when that last line is a total line ('Totaal: 153,4', 'Totaal\t46.300') under at least `fewestRows` rows
    /// that are their whole block (no sentence with numbers right before them), or when it is their only line, right
    /// under a list of the parts of one whole ('- handel: 231', '- bouw: 164', …, 'Totaal: 1.084': `memoRunItems`),
    /// whose items are then the rows and whose title is the table's: for prose under the table that names a row by
    /// its label (`ClaimParser.labelledRowShare`). Lines without a total line may still be a table whose whole is
    /// their sum (`summedRows`). Else the last such table of the paragraph, with only prose since (`tableAbove`).
    var rowsAndTotal: Table? {
        guard let last = memoRun.last else { return tableAbove }
        guard !last.label.isEmpty, last.label.allSatisfy(Lexicon.sumCues.contains) else { return summedRows }
        if memoRun.count == 1, let items = memoRunItems {
            return (Array(zip(items.labels, items.values)), last.count, items.lead, false)
        }
        guard memoRun.count > Self.fewestRows, !memoRunAfterNumbers else { return nil }
        return (memoRun.dropLast().map { ($0.label, $0.count) }, last.count, memoRunTitle, false)
    }

    /// The memo lines right before as a table whose whole is their sum, when no total line closes them: at least
    /// `fewestRows` lines, their whole block (no sentence with numbers right before them), of one unit, under a title
    /// that says they split one whole ('Toezichten per unit' over 'Noord: 2.140', 'Oost: 2.870', …), each a part
    /// (`ClaimParser.namesPart`: no total, mean, change or part of a part), and none as large as all the others
    /// together: such a line may be their total under a label of its own ('Regio: 1.284' under 'Centrumgemeente: 742'
    /// …). Without such a title the lines may be some of the whole's parts only: none.
    private var summedRows: Table? {
        guard memoRun.count >= Self.fewestRows, memoRunClassified, !memoRunAfterNumbers,
            Set(memoRun.map(\.count.unit)).count == 1,
            memoRun.allSatisfy({ $0.label.first != "waarvan" && ClaimParser.namesPart($0.label) })
        else { return nil }
        let sum = Operand(summing: memoRun.map(\.count))
        guard memoRun.allSatisfy({ $0.count.value + $0.count.value < sum.value }) else { return nil }
        return (memoRun.map { ($0.label, $0.count) }, sum, memoRunTitle, true)
    }

    /// The fewest rows over a total line that make a table.
    static let fewestRows = 2

    /// The value lines right before when they are their whole block (no sentence with numbers right before them),
    /// for a mean line under them; else none.
    var wholeLineRun: [CarriedLine] { lineRunAfterNumbers ? [] : lineRun }

    /// The labelled lines of the runs of lines right before, in order, for a claim line under them.
    var labelledRun: [CarriedLine] {
        earlier.reversed().prefix { !$0.labelledLines.isEmpty }.reversed().flatMap(\.labelledLines)
    }

    /// The list of the sentence before, with the words of a title right above it, for a total line under it
    /// (`ClaimParser.itemList()`); none when that title names a selection ('Top drie …': `lastListUnderSelection`).
    var lastItemList: ItemList? {
        guard !lastListUnderSelection, var list = earlier.last?.itemList else { return nil }
        if earlier.count >= 2 { list.lead += earlier[earlier.count - 2].titleWords }
        return list
    }

    /// Whether the sentence before is a run of labelled lines one of which names no part of a whole
    /// (`ClaimParser.namesPart`): a part of a part, a total, a mean or a change; its counts are then no parts of one
    /// total. A noun of change that names an item ('uitbreiding capaciteit: 40') is a part.
    var lastLinesMixKinds: Bool {
        earlier.last?.labelledLines.contains { !ClaimParser.namesPart($0.label.words) } ?? false
    }

    /// The series of the sentence before, for 'In twee jaar is dat een toename van …'.
    var lastSeries: [Operand] { earlier.last?.series ?? [] }

    /// The list of the sentence before, for a memo's 'Gemiddeld: 92%'.
    var lastList: [Operand] { earlier.last?.list ?? [] }

    /// The lead of the list of the sentence before, for what a mean after it counts.
    var lastListLead: ListLead? { earlier.last?.listLead }

    /// The shares of groups with their wholes the sentence before gives, for 'Gemiddeld … was dat 78 procent'.
    var lastGroupShares: [(share: Operand, whole: Operand)] { earlier.last?.groupShares ?? [] }

    /// The noun the counts of the sentence before are of.
    var lastCountsNoun: String? { earlier.last?.countsNoun }

    /// The periods of the nearest earlier sentence that has any.
    var inheritedFrame: PeriodFrame? {
        guard var frame = earlier.last(where: { !$0.frame.isEmpty })?.frame else { return nil }
        frame.inherited = true
        return frame
    }

    /// The year of the previous sentence ('in dat jaar').
    var previousYear: Int? { earlier.last(where: { $0.year != nil })?.year }

    /// The series of periods of the block of value lines right before (`PeriodSeries`).
    var lastPeriodSeries: PeriodSeries? { earlier.last?.periodSeries }

    /// The values of norms the sentence before gives, for 'In 2025 werd die met 87 procent niet gehaald.'.
    var lastNorms: [Operand] { earlier.last?.norms ?? [] }
}
