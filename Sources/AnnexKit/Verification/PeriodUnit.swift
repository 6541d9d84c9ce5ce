/// A unit of time a duration or a rate is written in ('84 dagen', '575 euro per dag').
public enum PeriodUnit: Sendable, Equatable {
    case day, week, month, year

    /// The unit a word names ('dagen', 'week'), if it names one.
    init?(word: String) {
        switch word {
        case "dag", "dagen": self = .day
        case "week", "weken": self = .week
        case "maand", "maanden": self = .month
        case "jaar", "jaren": self = .year
        default: return nil
        }
    }

    /// Its length in days: a day and a week exactly, a year 365 days or 366 in a leap year, a month a twelfth of that.
    var days: Interval {
        switch self {
        case .day: .point(Exact(1))
        case .week: .point(Exact(Self.daysPerWeek))
        case .month: .closed(Exact(Self.daysPerYear, over: Self.monthsPerYear), Exact(Self.daysPerLeapYear, over: 12))
        case .year: .closed(Exact(Self.daysPerYear), Exact(Self.daysPerLeapYear))
        }
    }

    /// Its length in days as a reader reckons it: a year of 365 days, a month a twelfth of it.
    var nominalDays: Exact { days.lower! }

    /// Whether it is counted in months (a month, a year) rather than in days (a day, a week).
    var countsMonths: Bool { self == .month || self == .year }

    private static let daysPerWeek = 7
    private static let daysPerYear = 365
    private static let daysPerLeapYear = 366
    private static let monthsPerYear = 12
}

/// A quantity of time restated in another unit ('84 dagen, twaalf weken', '575 euro per dag, ruim 200 duizend euro
/// per jaar'): what a value in `from` is in `to`.
public struct UnitConversion: Sendable {
    public let from: PeriodUnit
    public let to: PeriodUnit
    /// Whether the units are those of a rate ('per dag', 'per jaar'), not of a duration.
    public let isRate: Bool

    /// Whether the two units are counted in one another exactly: days and weeks, months and years. Between a year
    /// and days or weeks the leap day is the only doubt; a month in days or weeks is a reckoning.
    var isExact: Bool { from.countsMonths == to.countsMonths }

    /// Whether a restatement needs a hedge to be a claim: a month in days or weeks is no exact number of either
    /// ('ruim drie maanden, 97 dagen'; 'drie maanden, 91 dagen' says nothing).
    var needsHedge: Bool { !isExact && (from == .month || to == .month) }

    /// Every value `bounds` (in `from`) may be in `to`.
    func converted(_ bounds: Interval) -> Interval {
        let factor = self.factor
        return Interval(
            lower: bounds.lower.map { $0 * factor.lower! }, upper: bounds.upper.map { $0 * factor.upper! },
            lowerOpen: bounds.lowerOpen, upperOpen: bounds.upperOpen)
    }

    /// A value in `from` in `to`, as a reader reckons it (a year of 365 days).
    func converted(_ value: Exact) -> Exact {
        isRate ? value * to.nominalDays / from.nominalDays : value * from.nominalDays / to.nominalDays
    }

    /// How many of `to` one `from` is (for a rate: how many times as much per `to` as per `from`).
    private var factor: Interval {
        let (long, short) = isRate ? (to, from) : (from, to)
        if isExact { return .point(long.nominalDays / short.nominalDays) }
        return Interval(lower: long.days.lower! / short.days.upper!, upper: long.days.upper! / short.days.lower!)
    }
}
