/// What a claim states.
public enum ClaimKind: String, Sendable, CaseIterable, Comparable {
    /// A relative change: 'steeg met 13,4%', 'verdubbelde'.
    case change
    /// A change in percentage points: 'steeg met 1,2 procentpunt'.
    case points
    /// An absolute change or difference: 'nam toe met 386', '6.590 meer … dan …'.
    case difference
    /// A part of a whole: '86%', 'de helft', 'drie op de tien'.
    case share
    /// Parts adding up to a total: 'samen 3.223'.
    case sum
    /// A rate: '45 per 1.000 inwoners'.
    case ratio
    /// A figure: 'In 2022 ontving Rotterdam 1.723 meldingen', or the size of a list: 'Vijf gemeenten (A, B, …)'.
    case count
    /// A figure with its place in a ranking: 'Rotterdam (1.723), gevolgd door …'.
    case rank
    /// A mean over periods: 'gemiddeld 3.470 per jaar'.
    case average

    public static func < (left: ClaimKind, right: ClaimKind) -> Bool {
        allCases.firstIndex(of: left)! < allCases.firstIndex(of: right)!
    }
}

/// The outcome of checking a claim.
public enum Verdict: String, Sendable, CaseIterable {
    case consistent, inconsistent, unverifiable
}

/// What a claim says, as the range of values it allows.
struct Claimed: Sendable {
    /// The value as written, signed by its direction (a decrease of 30,9% is −30,9); a factor for
    /// 'verdubbeld' (2), a percentage for 'de helft' (50).
    let value: Exact
    /// Every value the claim is right for.
    let accepted: Interval
    /// Every value the claim is not clearly wrong for: wider than `accepted` only for vague words
    /// ('de helft', 'verdubbeld'), where a value between the two is left unverifiable.
    let plausible: Interval
    /// The claim as written ('13,4%', 'de helft').
    let text: String
    /// +1 or −1 when a direction word or sign says which way; nil when the claim does not say.
    let direction: Int?
    /// The written number, for claims made with digits.
    let number: WrittenNumber?
    /// Whether the claim is a word ('de helft', 'verdubbeld'), not digits.
    var isWord: Bool { number == nil }
}

/// A number the text itself gives for a claim's computation.
struct Operand: Sendable {
    /// The values it may stand for (a point for an exact count).
    let bounds: Interval
    /// The value as written.
    let value: Exact
    let unit: NumberUnit
    let year: Int?
    /// Token index in its sentence; nil for a value taken from an earlier sentence.
    var token: Int?
    /// The line of the source text it stands on.
    let line: Int
    /// The evidence that ties it to its claim; nil until the grammar has weighed it.
    var binding: OperandBinding?
    /// Whether it, or a part of it, is a count of a line of values whose title states no scale
    /// (`WrittenNumber.scaleUnstated`).
    var scaleUnstated = false
    /// Whether it is the value of one of two groups that a comparison sets against the other's, in no order of time
    /// (`ContrastedGroups`): a wrong base is then the other group, not the later value.
    var ofContrastedGroup = false
    /// The step it was rounded to when written rounded ('17,5%': 0,1); nil when exact or not read as written.
    var roundingStep: Exact? = nil
    /// Every value it may have been rounded from when written rounded ('13,2%' is 13,15 to 13,25): what a product or a
    /// split of a whole computed from it may have been computed from; its bounds otherwise.
    var roundedBounds: Interval {
        roundingStep.map { Interval.rounding(to: value, step: $0) } ?? bounds
    }
    /// Where it is written: its own sentence's tokens and its index there, kept when it is carried into another
    /// sentence; nil for a derived value.
    var written: (tokens: [Token], index: Int)?
    /// For a fraction in words taken as a share ('een kwart'): the words and the wider band of percentages the words
    /// are not clearly wrong for (`ClaimParser.wordDoubt`); a value computed from it that fits only that band is left
    /// unverifiable. Nil for a number.
    var wordBand: (text: String, doubt: Interval)?

    /// The unit of measure its own sentence names for it ('9.120 kiloton'), read only where it is asked: of an operand
    /// carried into another sentence (`UnitAgreement.measure(at:in:)`); nil for one that names none, a rate, or a
    /// derived value.
    var measure: MeasureUnit? {
        written.flatMap { UnitAgreement.measure(at: $0.index, in: $0.tokens) }
    }

    init(_ number: WrittenNumber, year: Int?, token: Int?, line: Int, binding: OperandBinding? = nil) {
        bounds = number.operandBounds
        roundingStep = number.isRounded && number.hedge == nil ? number.step : nil
        value = number.value.magnitude
        unit = number.unit
        self.year = year
        self.token = token
        self.line = line
        self.binding = binding
        scaleUnstated = number.scaleUnstated
    }

    /// The sum of operands of one unit, as one operand of no token: its bounds the sum of theirs, its binding their
    /// weakest (the first weak one's, else the first's).
    init(summing parts: [Operand]) {
        self.init(
            combining: parts, bounds: parts.dropFirst().map(\.bounds).reduce(parts[0].bounds, +),
            value: parts.map(\.value).reduce(Exact(0), +))
    }

    /// The product of counts, as one operand of no token ('1.284 huishoudens en 52 weken' as 66.768 weeks of a
    /// household): its bounds the product of theirs, its binding their weakest; nil when their bounds have no finite
    /// product.
    init?(multiplying parts: [Operand]) {
        var product: Interval? = parts[0].bounds
        var exact = parts[0].value
        for factor in parts.dropFirst() {
            product = product.flatMap { $0 * factor.bounds }
            exact = exact * factor.value
        }
        guard let product else { return nil }
        self.init(combining: parts, bounds: product, value: exact)
    }

    /// One operand of no token that `parts` make together, of `bounds` and `value`: the first's unit, year and line,
    /// their weakest binding.
    private init(combining parts: [Operand], bounds: Interval, value: Exact) {
        self.bounds = bounds
        self.value = value
        unit = parts[0].unit
        year = parts[0].year
        token = nil
        line = parts[0].line
        binding = parts.first { $0.binding?.strength != .strong }?.binding ?? parts[0].binding
        scaleUnstated = parts.contains(where: \.scaleUnstated)
    }

    /// `operand` in a unit `factor` times smaller ('153,4 megaton' as 153.400.000 ton).
    init(_ operand: Operand, scaledBy factor: Exact) {
        bounds = operand.bounds.scaled(by: factor)
        value = operand.value * factor
        unit = operand.unit
        year = operand.year
        token = operand.token
        line = operand.line
        binding = operand.binding
        scaleUnstated = operand.scaleUnstated
    }

    /// What is left of `whole` after `parts` (of its unit), as one operand of no token: 'the 1.240 less the 771'.
    init(rest whole: Operand, less parts: [Operand]) {
        let taken = Operand(summing: parts)
        bounds = whole.bounds - taken.bounds
        value = whole.value - taken.value
        unit = whole.unit
        year = whole.year
        token = nil
        line = whole.line
        binding = [whole, taken].first { $0.binding?.strength != .strong }?.binding ?? whole.binding
        scaleUnstated = whole.scaleUnstated || taken.scaleUnstated
    }

    /// A fraction in words as the percentage it stands for ('een kwart' as 25, 'drie op de tien' as 30), a factor of
    /// the count that restates it of a whole: its bounds what the words are right for, its `wordBand` what they are
    /// not clearly wrong for (`claimed`'s accepted and plausible values).
    init(fraction claimed: Claimed, token: Int, line: Int) {
        bounds = claimed.accepted
        value = claimed.value
        unit = .percent
        year = nil
        self.token = token
        self.line = line
        wordBand = (claimed.text, claimed.plausible)
    }

    /// The count a share claims of `whole`, as one operand of no token: 'Daarvan werd 45% opgenomen' after 8.000
    /// patiënten is 3.600, within what the share's bounds (percentages) allow; nil when they have no finite product.
    init?(share: Claimed, of whole: Operand) {
        guard let product = share.accepted.scaled(by: Exact(1, over: 100)) * whole.bounds else { return nil }
        bounds = product
        value = share.value.magnitude * whole.value / Exact(100)
        unit = whole.unit
        year = whole.year
        token = nil
        line = whole.line
        binding = whole.binding
    }
}

/// A claim as the grammar reads it: what is claimed, where, and the numbers the text gives for it.
struct Claim: Sendable {
    let kind: ClaimKind
    /// Token index of the claimed number (or of the first word of a claim in words).
    let site: Int
    var claimed: Claimed
    /// Start and end values of a change the text states ('van 200 naar 250').
    var from: Operand?
    var to: Operand?
    /// The part and the whole of a share the text states ('98 van de 200').
    var part: Operand?
    var whole: Operand?
    /// The parts of a sum; the values of a mean.
    var parts: [Operand] = []
    /// The sizes of the groups whose means `parts` are, for a mean weighted by them ('400, 600 en 1.000
    /// cliënten … 6, 9 en 12 weken'); empty for a plain mean.
    var weights: [Operand] = []
    /// Whether the values of a mean are those of labelled groups whose sizes the text does not give ('mannen 24,1
    /// jaar, vrouwen 21,8 jaar'): only a mean weighted by the sizes recombines them.
    var groupSizesMissing = false
    /// The place in a ranking the text gives (1 for 'de hoogste').
    var position: Int?
    /// The scale of a rate ('per 1.000').
    var scale: Exact?
    /// The number of items a list names, for 'Vijf gemeenten (Almere, Lelystad, …)'.
    var listSize: Int?
    /// The exact value the text gives for a rounded count ('ruim 30.000 cliënten (30.412)').
    var exact: Operand?
    /// The unit the exact value is restated from ('84 dagen, twaalf weken'), when the claim restates it in another.
    var conversion: UnitConversion?
    /// The rate (or share) and the number of units whose product a count restates ('1.240 euro per cliënt bij 9.600
    /// cliënten, in totaal 11,9 miljoen euro'); the product is divided by `scale` (100 for a percentage).
    var factors: [Operand] = []
    /// Whether a change is claimed as a factor ('verdubbeld', '2,5 keer zo groot'), not in percent.
    var isFactor = false
    /// The side before, for a side of a formula the text writes out ('27,6 / 4 = 6,9').
    var formula: FormulaStep?
}

/// A quantitative claim in a text, checked.
public struct VerifiedClaim: Sendable {
    /// 1-based line of the claim's number in the text file.
    public let line: Int
    /// The sentence the claim stands in, and the lines it stands on.
    public let quote: String
    public let sentenceLines: ClosedRange<Int>
    public let kind: ClaimKind
    /// The claim as written ('13,4%', 'ruim 30.000', 'de helft').
    public let written: String
    /// The number as stated, signed by its direction (a decrease of 30,9% is −30,9).
    public let claimed: Exact
    /// The recomputed value at full precision; nil when there is none.
    public let recomputed: Exact?
    public let verdict: Verdict
    /// Why, in words to be rendered in the output's language.
    public let finding: ClaimFinding
    /// The figures used, as `table/region/measure/period = value`, and the text's own numbers as
    /// `text:line: year = value`.
    public let sources: [String]
}
