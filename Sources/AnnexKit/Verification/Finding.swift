/// A number in a finding, with how it is shown: the output's language formats it.
public struct Shown: Sendable {
    public enum Format: Sendable {
        case count
        case percent(decimals: Int)
        case signedPercent(decimals: Int)
        case signedCount
        /// A number at as many decimals as the claim it is compared with.
        case decimal(Int)
        case points(decimals: Int)
        case factor(decimals: Int)
        /// A rate: '45,3 per 1.000'.
        case rate(decimals: Int, scale: Exact)
    }

    public let value: Exact
    public let format: Format
    /// The period the value belongs to, when it says something ('31.456 (2019)').
    public let period: String?

    init(_ value: Exact, _ format: Format, period: String? = nil) {
        (self.value, self.format, self.period) = (value, format, period)
    }
}

/// Where a recomputation took its numbers from.
public enum Basis: Sendable {
    /// The numbers of the text itself (this sentence, or one it refers to).
    case text
    /// The report's figures.
    case data
    /// Some of each ('steeg met 5,9% naar 19.910': 19.910 from the text, the year before from the data).
    case mixed
}

/// A recomputation: what was computed from what, and the result.
public struct Computation: Sendable {
    public enum Form: Sendable {
        /// `from → to`.
        case change(from: Shown, to: Shown)
        /// `part of whole`.
        case share(part: Shown, whole: Shown)
        /// `a + b + …`.
        case sum([Shown])
        /// `whole − a − b − …`: the rest of a whole ('de overige 10 procent').
        case remainder(whole: Shown, parts: [Shown])
        /// `first − second` between two measures.
        case between(first: String, second: String)
        /// A figure of the data: region and period.
        case figure(region: String, period: String)
        /// A mean over a span of periods ('2019–2022').
        case mean(span: String)
        /// The mean of values the text lists.
        case meanOf([Shown])
        /// The mean of groups' values weighted by the groups' sizes.
        case weightedMean(values: [Shown], weights: [Shown])
        /// The items a list names, counted.
        case items(Int)
        /// The exact value the text gives for a rounded one ('ruim 30.000 (30.412)').
        case exact(Shown)
        /// A quantity of time in another unit ('84 dagen, twaalf weken').
        case converted(Shown, UnitConversion)
        /// A product of a rate and its units, or of a share and its whole ('1.240 × 9.600', '40% × 2.100').
        case product([Shown])
        /// A side of a formula, as the text writes it ('(6,4 + 7,1 + 5,8 + 8,3) / 4').
        case formula(String)
    }

    public let basis: Basis
    public let form: Form
    public let result: Shown
}

/// Why a claim could not be settled.
public enum Doubt: Sendable {
    /// No report was given and the text gives no numbers to compute the claim from.
    case noData
    /// The sentence names no measure of the report.
    case measureUnknown
    /// The sentence's words fit several measures (`table/measure`).
    case measureAmbiguous([String])
    case periodUnknown
    case periodNotInData(table: String, period: String)
    case regionNotInData(region: String, table: String)
    case figureMissing(figure: String, status: Status)
    /// The data has only an estimate (derived from a published share).
    case estimated(figure: String)
    /// The figure was transcribed from the passage the claim stands in.
    case fromPassage(figure: String, line: Int)
    /// The figure was corrected on the evidence of the passage the claim stands in.
    case correctedOnPassage(figure: String, line: Int)
    /// The sentence names a source, sector or population that is not the table's.
    case scope(dimension: ScopeDimension, named: [String], table: String, declared: [String])
    /// The paragraph or heading names a source, sector or population other than the table's, and the
    /// sentence does not say which it means.
    case contextScope(dimension: ScopeDimension, named: [String], table: String)
    /// The paragraph names a region, and the sentence does not say whether it means it or the country.
    case contextRegion(region: String)
    /// Not clear of what total the share is taken.
    case noWhole
    /// The text gives no numbers to compute the claim from, and no figures either.
    case noOperands
    /// A word such as 'de helft' fits the value only loosely.
    case vague(word: String)
    case tooFewPeriods
    /// The parts named do not belong to one total.
    case partsOfDifferentTotals
    /// The only reading of the numbers is impossible in kind: a sum below its largest part, a mean
    /// outside its values or over unlike quantities, a share whose part exceeds its base.
    case impossibleReading(Reading)
    /// The numbers disagree with the claim, but not every one is tied to it beyond doubt: it stands in
    /// another part of the sentence, with nothing that refers to it (`OperandBinding`).
    case weaklyBound
    /// The values are the means of labelled groups whose sizes the text does not give: only a mean weighted
    /// by them recombines the groups.
    case groupSizesMissing
    /// The claim fits the text's values `factor` times over, and some of them stand on lines whose title states no
    /// scale: the lines may be in thousands (or millions) the text does not say (`TitleScale`).
    case scaleUnstated(factor: Exact)
    /// The claim is in a unit of measure that its operands are not in, and that no exact factor turns them into
    /// ('twee maanden' against days) (`UnitAgreement`).
    case unitsDiffer

    /// A reading of a claim's numbers that sanity rules can rule out.
    public enum Reading: Sendable { case sum, mean, share }
}

/// A known mistake that explains an inconsistent claim.
public enum Diagnosis: Sendable {
    /// The change was computed against the later value instead of the earlier one.
    case laterBase(period: String?)
    /// The comparison between two groups was computed with the other group as its base.
    case otherGroupBase
    /// The direction word is the wrong way round: the change is really an increase (+1) or decrease (−1).
    case wrongDirection(actual: Int)
    /// The claim is the change between another pair of periods.
    case otherYears(earlier: String, later: String)
    /// Percentage points were written as percent.
    case pointsForPercent(points: Exact)
    /// An index's difference in points was written as percent ('van 118 naar 131,2, 13,2 procent hoger').
    case indexPointsForPercent(points: Exact)
    /// A relative change was written as percentage points.
    case percentForPoints(relative: Exact)
    /// The number is another region's figure.
    case otherRegion(region: String)
    /// The region is not at the place in the ranking the text gives it.
    case rankOrder(region: String, rank: Int, position: Int, holder: String, holderValue: Exact)
    /// The claimed share is the sum of the parts' shares each rounded first.
    case roundedParts([Exact], decimals: Int)
    /// A count cannot fall by more than 100%.
    case impossibleDecrease
}

/// Why a claim got its verdict: what was computed, or why nothing could be, and a diagnosis.
public struct ClaimFinding: Sendable {
    public let doubt: Doubt?
    public let computation: Computation?
    public let diagnosis: Diagnosis?

    init(doubt: Doubt? = nil, computation: Computation? = nil, diagnosis: Diagnosis? = nil) {
        (self.doubt, self.computation, self.diagnosis) = (doubt, computation, diagnosis)
    }
}
